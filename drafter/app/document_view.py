"""The draft, read-only, with each finding highlighted on its exact span.

The document is built by ``rendering.Renderer`` in slices of a few milliseconds from a
zero-timer: each slice's text is laid out as it goes in, so a 300-page draft streams in
without ever blocking the window (the findings list is complete before the text is).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from drafter.app.rendering import Renderer
from drafter.app.theme import StanceStyle
from drafter.model import Draft, Finding, Stance

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
        self.is_ready = False

    # ------------------------------------------------------------ content

    def show_draft(self, draft: Draft, findings: list[Finding], styles: dict[Stance, StanceStyle]) -> None:
        """Build the document on the UI thread in slices of a few milliseconds (each slice's
        text is laid out as it goes in); emits ``ready`` when text and highlights are in."""
        self._timer.stop()
        self.is_ready = False
        self._spans = []
        self._span_starts = []
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(24)
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
        self.ready.emit()

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
