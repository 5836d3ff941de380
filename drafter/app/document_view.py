"""The draft, read-only, with each finding highlighted on its exact span.

The document is built by ``rendering.Renderer`` in slices of a few milliseconds from a
zero-timer: each slice's text is laid out as it goes in, so a 300-page draft streams in
without ever blocking the window (the findings list is complete before the text is).

The view follows the review model: the changes the lawyer's decisions make are shown inline as
a redline (deleted words struck through, new words underlined, an inserted clause as a new
paragraph), added and taken back as decisions are made and undone, without rebuilding the rest.
Every character of the draft stays in the document; the positions of the findings, which are
those of the draft's text, are mapped past the inserted words. Zoom (Ctrl+plus, Ctrl+minus,
Ctrl+wheel) scales the text, headings included.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from drafter.app.rendering import Renderer
from drafter.app.review_model import Inline, ReviewModel
from drafter.app.theme import DELETE_COLOUR, INSERT_COLOUR, StanceStyle, is_dark, stance_styles
from drafter.model import Draft, Finding, Part, Stance

SLICE_SECONDS = 0.010  # work per event-loop turn: short enough that the window never feels stuck
# Text added per turn: the view lays out a turn's text in one go when the turn ends (an edit
# block), which costs about a millisecond per 3,000 characters.
SLICE_CHARACTERS = 12_000
# The view never gets narrower than this: below it a line holds a word or two, and a long
# draft then grows taller than Qt's text layout can place (about 8.4 million pixels; a
# 300-page draft at 54 pixels reached it, and selecting a finding near its end crashed Qt).
MIN_VIEW_WIDTH = 300
# The first slice waits a little: the slot that called show_draft() has just used the event
# loop's turn (filling the panels), and pending input and paints go first.
FIRST_SLICE_DELAY_MS = 5
ZOOM_STEPS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent of the base size
DEFAULT_ZOOM = 100
MARK_COLOUR = QColor(0, 114, 178, 72)  # the item looked at: a tint of the theme's selected blue


@dataclass(slots=True)
class _Shown:
    """An inline change as the document holds it: the words it inserted (position in the draft's
    text, a sequence number, length) and the formats of the words it struck through."""

    insertions: list[tuple[int, int, int]] = field(default_factory=list)
    formats: list[tuple[int, list[tuple[int, int, QTextCharFormat]]]] = field(default_factory=list)


class DocumentView(QTextBrowser):
    findingActivated = Signal(int)  # index in the findings list
    ready = Signal()  # text and highlights are all in
    zoomChanged = Signal(int)  # percent

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
        self.retranslate()
        self.setMinimumWidth(MIN_VIEW_WIDTH)
        self._span_starts: list[int] = []
        self._spans: list[tuple[int, int, int]] = []
        self._document: QTextDocument | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._steps: Iterator[None] | None = None
        self._renderer: Renderer | None = None
        self._draft: Draft | None = None
        self.is_ready = False
        self._base_size = self.font().pointSizeF()
        self.zoom = DEFAULT_ZOOM
        # Inline changes: those wanted (applied once the text is all in), those shown, and the
        # words inserted, in the draft text's positions (position, sequence, length), in order.
        self._wanted: list[Inline] = []
        self._shown: dict[Inline, _Shown] = {}
        self._inserted: list[tuple[int, int, int]] = []
        self._sequence = 0
        self.review: ReviewModel | None = None

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Open a Word draft (File > Open, Ctrl+O, or drop a .docx here)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ content

    def follow(self, review: ReviewModel) -> None:
        """Show ``review``'s draft, the changes its decisions make, and the item looked at."""
        self.review = review
        review.reset.connect(self.show_review)
        review.changesChanged.connect(lambda: self.set_changes(review.inline_changes()))
        review.currentChanged.connect(self._follow_current)

    def show_review(self) -> None:
        """The review's draft, with its findings in the theme's colours and its changes inline
        (again after the theme changed)."""
        review = self.review
        if review is None or review.loaded is None:
            return
        analysis = review.analysis
        self.show_draft(analysis.draft, analysis.findings, stance_styles(is_dark()))
        self.set_changes(review.inline_changes())

    def _follow_current(self) -> None:
        review = self.review
        if review is None:
            return
        i, n = review.current_finding(), review.current_missing()
        if i is not None:
            self.show_finding(i)
        elif n is not None:
            after = review.missing[n].after_paragraph
            if after is not None:
                self.show_place(Part.BODY.value, after)

    def show_draft(self, draft: Draft, findings: list[Finding], styles: dict[Stance, StanceStyle]) -> None:
        """Build the document on the UI thread in slices of a few milliseconds (each slice's
        text is laid out as it goes in); emits ``ready`` when text and highlights are in."""
        self._timer.stop()
        self.is_ready = False
        self._spans = []
        self._span_starts = []
        self._shown = {}
        self._inserted = []
        self._draft = draft
        self.setExtraSelections([])
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(24)
        document.setDefaultFont(self.font())  # (the zoom)
        previous = self._document
        self.setDocument(document)
        self._document = document
        if previous is not None:
            # PySide keeps every document once set on a view alive as long as the view: the
            # previous draft's text and layout (185 MiB for the 1,000-page draft) stayed in
            # memory at each opening or re-analysis. Its rendering has stopped (above).
            previous.deleteLater()
        self._renderer = Renderer(findings, styles)
        self._steps = self._renderer.build(document, draft)
        self._timer.start(FIRST_SLICE_DELAY_MS)

    def _work(self) -> None:
        if self._steps is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        document = self._document
        assert document is not None
        limit = document.characterCount() + SLICE_CHARACTERS
        # One edit block per turn: the layout runs once for the turn's text, not per insertion.
        edit = QTextCursor(document)
        edit.beginEditBlock()
        finished = False
        try:
            while time.perf_counter() < deadline and document.characterCount() < limit:
                next(self._steps)
        except StopIteration:
            finished = True
        finally:
            edit.endEditBlock()
        if not finished:
            self._timer.start(0)
            return
        self._steps = None
        assert self._renderer is not None
        self._spans = list(self._renderer.spans)
        self._span_starts = [s for s, _, _ in self._spans]
        self.is_ready = True
        self._update_inline()
        self.ready.emit()

    # ------------------------------------------------------------ navigation

    def _to_document(self, position: int, inclusive: bool = False) -> int:
        """The document position of ``position`` in the draft's text: past the words inserted
        before it (and at it, if ``inclusive``)."""
        shift = 0
        for at, _, length in self._inserted:
            if at < position or (inclusive and at == position):
                shift += length
            else:
                break
        return position + shift

    def _to_text(self, position: int) -> int:
        """The position in the draft's text of document ``position`` (an inserted word maps to
        the place it was inserted at)."""
        shift = 0
        for at, _, length in self._inserted:
            start = at + shift
            if position < start:
                break
            if position < start + length:
                return at
            shift += length
        return position - shift

    def finding_at(self, position: int) -> int | None:
        """The finding whose highlight covers document ``position`` (the narrowest one)."""
        position = self._to_text(position)
        best: tuple[int, int] | None = None
        i = bisect.bisect_right(self._span_starts, position)
        for start, end, index in self._spans[max(0, i - 40) : i]:
            if start <= position < end and (best is None or end - start < best[0]):
                best = (end - start, index)
        return best[1] if best else None

    def span_of(self, index: int) -> tuple[int, int] | None:
        """The document positions of finding ``index``'s words (with the words inserted in them)."""
        for start, end, i in self._spans:
            if i == index:
                return self._to_document(start), self._to_document(end, inclusive=True)
        return None

    def show_finding(self, index: int) -> None:
        span = self.span_of(index)
        if span is not None:
            self._mark(*span)

    def _mark(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as the item looked at and bring it to the middle of the view.
        A tint under the words rather than the selection: the selection's colours would hide
        those of a redline (and of the stance)."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        tint = QTextCharFormat()
        tint.setBackground(QBrush(MARK_COLOUR))
        mark.format = tint
        self.setExtraSelections([mark])
        caret = QTextCursor(document)
        caret.setPosition(start)  # the caret at the start: Enter there selects the finding
        self.setTextCursor(caret)
        # Centre the span vertically rather than leaving it at the window's edge.
        top, bottom = self.cursorRect(caret), self.cursorRect(cursor)
        middle = (top.top() + bottom.bottom()) // 2
        if bottom.bottom() - top.top() > self.viewport().height():
            middle = top.top() + self.viewport().height() // 2 - 24  # a long span: its start in view
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + middle - self.viewport().height() // 2)

    def marked_text(self) -> str:
        """The words marked as the item looked at."""
        marks = self.extraSelections()
        return marks[0].cursor.selectedText().replace("\u2028", "\n") if marks else ""

    def paragraph_span(self, part: str, index: int) -> tuple[int, int] | None:
        """The document positions of a paragraph's text (with the words inserted in it)."""
        if self._renderer is None or not self.is_ready:
            return None
        start = self._renderer.starts.get((part, index))
        if start is None:
            return None
        end = start + self._paragraph_length(part, index)
        return self._to_document(start), self._to_document(end)

    def _paragraph_length(self, part: str, index: int) -> int:
        assert self._draft is not None
        return len(self._draft.paragraph(Part(part), index).text)

    def show_place(self, part: str, index: int) -> None:
        """Mark paragraph ``index`` and bring it to the middle of the view: a missing clause
        would be inserted after it."""
        span = self.paragraph_span(part, index)
        if span is not None:
            self._mark(*span)

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

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoom_by(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------ zoom

    def set_zoom(self, percent: int) -> None:
        """Text at ``percent`` of its base size (clamped to the steps' range)."""
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        font = QFont(self.font())
        font.setPointSizeF(self._base_size * percent / 100)
        self.zoom = percent
        self.setFont(font)  # the document's default font follows the view's
        if self._document is not None:
            self._document.setDefaultFont(font)
        self.zoomChanged.emit(percent)

    def zoom_by(self, steps: int) -> None:
        later = [z for z in ZOOM_STEPS if z > self.zoom]
        earlier = [z for z in ZOOM_STEPS if z < self.zoom]
        if steps > 0 and later:
            self.set_zoom(later[0])
        elif steps < 0 and earlier:
            self.set_zoom(earlier[-1])

    # ------------------------------------------------------------ accepted changes, inline

    def set_changes(self, changes: list[Inline]) -> None:
        """Show ``changes`` inline (those no longer wanted are taken back); applied once the
        text is all in if it is not yet."""
        self._wanted = list(changes)
        if self.is_ready:
            self._update_inline()

    def shown_changes(self) -> list[Inline]:
        return list(self._shown)

    def _update_inline(self) -> None:
        wanted = set(self._wanted)
        gone = [c for c in self._shown if c not in wanted]
        new = [c for c in self._wanted if c not in self._shown]
        if not gone and not new:
            return
        document = self.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        try:
            for change in gone:
                self._take_back(change)
            for change in new:
                self._show_change(change)
        finally:
            edit.endEditBlock()

    def _formats(self) -> tuple[QTextCharFormat, QTextCharFormat]:
        mode = "dark" if is_dark() else "light"
        inserted = QTextCharFormat()
        inserted.setForeground(QBrush(QColor(INSERT_COLOUR[mode])))
        inserted.setFontUnderline(True)
        deleted = QTextCharFormat()
        deleted.setForeground(QBrush(QColor(DELETE_COLOUR[mode])))
        deleted.setFontStrikeOut(True)
        return inserted, deleted

    def _show_change(self, change: Inline) -> None:
        assert self._renderer is not None
        begin = self._renderer.starts.get((change.part, change.paragraph))
        if begin is None:
            return  # a paragraph the view does not show
        document = self.document()
        inserted_format, deleted_format = self._formats()
        shown = _Shown()
        cursor = QTextCursor(document)
        if change.start < 0:  # a clause inserted after the paragraph
            at = begin + self._paragraph_length(change.part, change.paragraph)
            text = "".join(op.text for op in change.ops).replace("\n", "\u2028")
            cursor.setPosition(self._to_document(at, inclusive=True))
            cursor.insertBlock()
            cursor.insertText(text, inserted_format)
            self._record(shown, at, len(text) + 1)
            self._shown[change] = shown
            return
        position = begin + change.start
        insertions: list[tuple[int, str]] = []
        for op in change.ops:
            if op.op == "insert":
                insertions.append((position, op.text.replace("\n", "\u2028")))
                continue
            if op.op == "delete":
                shown.formats.append((position, self._fragments(position, position + len(op.text))))
                cursor.setPosition(self._to_document(position))
                cursor.setPosition(
                    self._to_document(position + len(op.text)), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(deleted_format)
            position += len(op.text)
        for at, text in insertions:
            cursor.setPosition(self._to_document(at, inclusive=True))
            cursor.insertText(text, inserted_format)
            self._record(shown, at, len(text))
        self._shown[change] = shown

    def _record(self, shown: _Shown, at: int, length: int) -> None:
        self._sequence += 1
        entry = (at, self._sequence, length)
        bisect.insort(self._inserted, entry)
        shown.insertions.append(entry)

    def _fragments(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        """The character formats of the draft's text ``[start, end)``, as (offset, length, format)."""
        out: list[tuple[int, int, QTextCharFormat]] = []
        doc_start, doc_end = self._to_document(start), self._to_document(end)
        block = self.document().findBlock(doc_start)
        while block.isValid() and block.position() < doc_end:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                a = max(fragment.position(), doc_start)
                b = min(fragment.position() + fragment.length(), doc_end)
                if a < b:
                    out.append((a - doc_start, b - a, QTextCharFormat(fragment.charFormat())))
                it += 1
            block = block.next()
        return out

    def _take_back(self, change: Inline) -> None:
        shown = self._shown.pop(change)
        cursor = QTextCursor(self.document())
        for entry in sorted(shown.insertions, reverse=True):
            k = self._inserted.index(entry)
            start = entry[0] + sum(length for _, _, length in self._inserted[:k])
            cursor.setPosition(start)
            cursor.setPosition(start + entry[2], QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            del self._inserted[k]
        for position, fragments in shown.formats:
            base = self._to_document(position)
            for offset, length, fmt in fragments:
                cursor.setPosition(base + offset)
                cursor.setPosition(base + offset + length, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(fmt)

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
