"""The draft, read-only, with each finding highlighted on its exact span.

The text document is built in small slices from a zero-timer so that a 300-page draft
never blocks the event loop; highlights are applied the same way once the text is in.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from drafter.app.theme import StanceStyle
from drafter.model import Draft, Finding, Paragraph, Stance

SLICE_SECONDS = 0.012  # work per event-loop turn, well under the 50 ms a user would notice
_UNDERLINES = {
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
}


class DocumentView(QTextBrowser):
    findingActivated = Signal(int)  # index in the findings list
    ready = Signal()  # text and highlights are all in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Draft text")
        self.setAccessibleDescription(
            "The draft with its findings highlighted. Press Enter on a highlight to select it."
        )
        self.setPlaceholderText("Open a Word draft (File > Open, Ctrl+O, or drop a .docx here).")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._steps: Iterator[None] | None = None
        self._starts: dict[tuple[str, int], int] = {}
        self._span_starts: list[int] = []
        self._spans: list[tuple[int, int, int]] = []
        self._findings: list[Finding] = []
        self._styles: dict[Stance, StanceStyle] = {}
        self.is_ready = False

    # ------------------------------------------------------------ building

    def show_draft(self, draft: Draft, findings: list[Finding], styles: dict[Stance, StanceStyle]) -> None:
        """Start rendering ``draft``; ``ready`` is emitted when text and highlights are in."""
        self._timer.stop()
        self.is_ready = False
        self._findings = list(findings)
        self._styles = styles
        self._starts.clear()
        self._spans = []
        self._span_starts = []
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(24)
        self.setDocument(document)
        self._steps = self._build(document, draft)
        self._timer.start()

    def clear_draft(self) -> None:
        self._timer.stop()
        self._steps = None
        self._findings = []
        self._spans = []
        self._span_starts = []
        self.setDocument(QTextDocument(self))
        self.is_ready = False

    def _work(self) -> None:
        if self._steps is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        try:
            while time.perf_counter() < deadline:
                next(self._steps)
        except StopIteration:
            self._steps = None
            self.is_ready = True
            self.ready.emit()
            return
        self._timer.start()

    def _build(self, document: QTextDocument, draft: Draft) -> Iterator[None]:
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
        for p in draft.paragraphs:
            if p.shadow:
                continue
            if p.cell is not None and p.cell.table in shapes:
                if p.cell.table != table_no:
                    rows, cols = shapes[p.cell.table]
                    cursor.movePosition(QTextCursor.MoveOperation.End)
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
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                    table = None
                    table_no = -1
                self._insert_paragraph(cursor, p, new_block=not first)
                first = False
            yield
        notes = [n for n in draft.footnotes if not n.shadow and n.text.strip()]
        if notes:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            heading = Paragraph(index=-1, part=draft.footnotes[0].part, text="Footnotes", heading_level=2)
            self._insert_paragraph(cursor, heading, new_block=not first, record=False)
            for n in notes:
                self._insert_paragraph(cursor, n, new_block=True, prefix=f"{n.label}: ")
                yield
        yield from self._apply_highlights(document)

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
            base.setFontPointSize(max(10.0, 16.0 - 1.5 * (p.heading_level or 1)))
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
            self._starts[(p.part.value, p.index)] = cursor.position()
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

    def _apply_highlights(self, document: QTextDocument) -> Iterator[None]:
        spans: list[tuple[int, int, int]] = []
        cursor = QTextCursor(document)
        order = sorted(range(len(self._findings)), key=lambda i: self._severity(self._findings[i]))
        for i in order:
            f = self._findings[i]
            begin = self._starts.get((f.part.value, f.paragraph))
            if begin is None:
                continue
            start, end = begin + f.start, begin + f.end
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._format(f.stance))
            spans.append((start, end, i))
            yield
        spans.sort()
        self._spans = spans
        self._span_starts = [s for s, _, _ in spans]

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

    # ------------------------------------------------------------ navigation

    def finding_at(self, position: int) -> int | None:
        """The finding whose highlight covers document ``position`` (the narrowest one)."""
        best: tuple[int, int] | None = None
        i = bisect.bisect_right(self._span_starts, position)
        for start, end, index in self._spans[max(0, i - 40) : i]:
            if start <= position < end and (best is None or end - start < best[0]):
                best = (end - start, index)
        return best[1] if best else None

    def span_of(self, index: int) -> tuple[int, int] | None:
        for start, end, i in self._spans:
            if i == index:
                return start, end
        return None

    def show_finding(self, index: int) -> None:
        span = self.span_of(index)
        if span is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        # Centre the span vertically rather than leaving it at the window's edge.
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self._activate_at(event.position().toPoint())

    def _activate_at(self, point: QPoint) -> None:
        index = self.finding_at(self.cursorForPosition(point).position())
        if index is not None:
            self.findingActivated.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.finding_at(self.textCursor().position())
            if index is not None:
                self.findingActivated.emit(index)
                return
        super().keyPressEvent(event)

    def highlighted_text(self, index: int) -> str:
        span = self.span_of(index)
        if span is None:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2028", "\n")

    def highlight_format_at(self, position: int) -> QTextCharFormat:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()
