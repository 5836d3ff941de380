"""Rendering a draft into a QTextDocument with its findings highlighted.

``Renderer.build`` is a generator: the document view runs it a few milliseconds at a time
(see ``document_view.py``). Consecutive plain paragraphs go in with one call.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from drafter.app.theme import StanceStyle
from drafter.model import Draft, Finding, Paragraph, Stance

BATCH_PARAGRAPHS = 60  # plain paragraphs inserted in one call, at most
BATCH_CHARACTERS = 4_000  # and about this much text: the view lays out each turn's text at once
FONT_SIZE_ADJUSTMENT = QTextFormat.Property.FontSizeAdjustment
_SIZE_STEPS = {1: 2, 2: 1}  # heading level -> steps above the text's size (as HTML's h1, h2)
_UNDERLINES = {
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
}


def _to_end(cursor: QTextCursor, document: QTextDocument) -> None:
    """Put ``cursor`` at the end of the document, out of any table: what ``movePosition(End)``
    does, without first having the layout place the cursor's block. Within the edit block of
    a slice that is wasted work, and where a view too narrow had made the document taller than
    Qt's layout can place, it crashed Qt."""
    cursor.setPosition(document.characterCount() - 1)


class Renderer:
    def __init__(self, findings: list[Finding], styles: dict[Stance, StanceStyle]) -> None:
        self._findings = findings
        self._styles = styles
        # Where each paragraph's text starts in the document (part, index) -> position.
        self.starts: dict[tuple[str, int], int] = {}
        # The findings of each paragraph, least severe first: where two overlap, the more
        # severe colour is applied last and shows.
        self._by_paragraph: dict[tuple[str, int], list[int]] = {}
        for i in sorted(range(len(findings)), key=lambda i: self._severity(findings[i])):
            f = findings[i]
            self._by_paragraph.setdefault((f.part.value, f.paragraph), []).append(i)
        self._spans: list[tuple[int, int, int]] = []
        self.spans: list[tuple[int, int, int]] = []

    def build(self, document: QTextDocument, draft: Draft) -> Iterator[None]:
        cursor = QTextCursor(document)
        shapes: dict[int, tuple[int, int]] = {}
        for p in draft.paragraphs:
            if p.cell is not None:
                rows, cols = shapes.get(p.cell.table, (0, 0))
                shapes[p.cell.table] = (max(rows, p.cell.row + 1), max(cols, p.cell.column + 1))
        table = None
        table_no = -1
        cell_used: set[tuple[int, int]] = set()
        first = True
        batch: list[Paragraph] = []
        batch_chars = 0
        for p in draft.paragraphs:
            if p.shadow:
                continue
            if p.cell is not None and p.cell.table in shapes:
                if batch:
                    self._insert_plain(cursor, batch, new_block=not first)
                    batch = []
                    batch_chars = 0
                    first = False
                if p.cell.table != table_no:
                    rows, cols = shapes[p.cell.table]
                    _to_end(cursor, document)
                    fmt = QTextTableFormat()
                    fmt.setBorder(0.5)
                    fmt.setCellPadding(4)
                    fmt.setCellSpacing(0)
                    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
                    table = cursor.insertTable(rows, cols, fmt)
                    table_no = p.cell.table
                    cell_used = set()
                    first = False
                assert table is not None
                cell = table.cellAt(p.cell.row, p.cell.column)
                cursor = cell.lastCursorPosition()
                if (p.cell.row, p.cell.column) in cell_used:
                    cursor.insertBlock()
                cell_used.add((p.cell.row, p.cell.column))
                self._insert_paragraph(cursor, p, new_block=False)
            else:
                if table is not None:
                    _to_end(cursor, document)
                    table = None
                    table_no = -1
                if self._plain(p):
                    batch.append(p)
                    batch_chars += len(p.text)
                    if len(batch) >= BATCH_PARAGRAPHS or batch_chars >= BATCH_CHARACTERS:
                        self._insert_plain(cursor, batch, new_block=not first)
                        batch = []
                        batch_chars = 0
                        first = False
                        yield
                    continue
                if batch:
                    self._insert_plain(cursor, batch, new_block=not first)
                    batch = []
                    batch_chars = 0
                    first = False
                self._insert_paragraph(cursor, p, new_block=not first)
                first = False
            yield
        if batch:
            self._insert_plain(cursor, batch, new_block=not first)
            first = False
        notes = [n for n in draft.footnotes if not n.shadow and n.text.strip()]
        if notes:
            _to_end(cursor, document)
            heading = Paragraph(
                index=-1,
                part=draft.footnotes[0].part,
                text=QCoreApplication.translate("Renderer", "Footnotes"),
                heading_level=2,
            )
            self._insert_paragraph(cursor, heading, new_block=not first, record=False)
            for n in notes:
                self._insert_paragraph(cursor, n, new_block=True, prefix=f"{n.label}: ")
                yield
        self._spans.sort()
        self.spans = self._spans

    @staticmethod
    def _plain(p: Paragraph) -> bool:
        return p.heading_level is None and not p.number and not p.list_level and not p.styles

    def _insert_plain(self, cursor: QTextCursor, batch: list[Paragraph], *, new_block: bool) -> None:
        """Consecutive unformatted paragraphs in one call: each "\n" starts a new block with the
        same formats, so the start of each paragraph is known from the lengths."""
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        base = QTextCharFormat()
        if new_block:
            cursor.insertBlock(block, base)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        pos = cursor.position()
        texts = []
        for p in batch:
            self.starts[(p.part.value, p.index)] = pos
            text = p.text.replace("\n", "\u2028")
            texts.append(text)
            pos += len(text) + 1
        cursor.insertText("\n".join(texts), base)
        for p in batch:
            self._highlight(cursor, p)

    def _insert_paragraph(
        self, cursor: QTextCursor, p: Paragraph, *, new_block: bool, prefix: str = "", record: bool = True
    ) -> None:
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        base = QTextCharFormat()
        if p.heading_level is not None:
            block.setHeadingLevel(max(1, min(p.heading_level or 1, 6)))
            block.setTopMargin(10)
            base.setFontWeight(QFont.Weight.Bold)
            # Larger than the text by a step, not by points: zooming the view scales headings too.
            base.setProperty(FONT_SIZE_ADJUSTMENT, _SIZE_STEPS.get(p.heading_level or 1, 0))
        if p.list_level:
            block.setIndent(p.list_level)
        if new_block:
            cursor.insertBlock(block, base)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        lead = prefix + (f"{p.number}\t" if p.number else "")
        if lead:
            cursor.insertText(lead, base)
        if record:
            self.starts[(p.part.value, p.index)] = cursor.position()
        text = p.text.replace("\n", "\u2028")  # a line break inside the block, one character like "\n"
        pos = 0
        for style in p.styles:
            if style.start > pos:
                cursor.insertText(text[pos : style.start], base)
            fmt = QTextCharFormat(base)
            if style.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if style.italic:
                fmt.setFontItalic(True)
            if style.underline:
                fmt.setFontUnderline(True)
            cursor.insertText(text[style.start : style.end], fmt)
            pos = style.end
        if pos < len(text):
            cursor.insertText(text[pos:], base)
        if record:
            self._highlight(cursor, p)

    def _highlight(self, cursor: QTextCursor, p: Paragraph) -> None:
        """Colour the findings of a paragraph just inserted (so that each slice of work changes
        only the text it added, and the view lays out only that)."""
        found = self._by_paragraph.get((p.part.value, p.index))
        if not found:
            return
        begin = self.starts[(p.part.value, p.index)]
        marker = QTextCursor(cursor.document())
        for i in found:
            f = self._findings[i]
            start, end = begin + f.start, begin + f.end
            marker.setPosition(start)
            marker.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            marker.mergeCharFormat(self._format(f.stance))
            self._spans.append((start, end, i))

    @staticmethod
    def _severity(f: Finding) -> int:
        return {Stance.CONFORMS: 0, Stance.WEAK: 1, Stance.CONTRARY: 2}[f.stance]

    def _format(self, stance: Stance) -> QTextCharFormat:
        style = self._styles[stance]
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor(style.background)))
        fmt.setForeground(QBrush(QColor(style.foreground)))
        fmt.setUnderlineStyle(_UNDERLINES[style.underline])
        if style.underline != "none":
            fmt.setUnderlineColor(QColor(style.foreground))
        return fmt
