"""Edit the wording to use: the draft's text above, your wording in the middle, and below it the
redline the export writes, kept up to date as you type.

For a clause of the draft the redline runs from its text to your wording (``drafter.redline``,
as the export writes it); for a missing clause, whose wording is inserted whole, it shows the
insertion after the paragraph named.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.app.theme import DELETE_COLOUR, INSERT_COLOUR, is_dark
from drafter.model import DiffOp
from drafter.redline import phrase_diff

REDLINE_DELAY_MS = 150  # the redline follows a pause in typing


def redline_html(ops: list[DiffOp], dark: bool) -> str:
    mode = "dark" if dark else "light"
    parts = []
    for op in ops:
        text = html.escape(op.text).replace("\n", "<br>")
        if op.op == "insert":
            parts.append(
                f'<span style="color:{INSERT_COLOUR[mode]}; text-decoration:underline;">{text}</span>'
            )
        elif op.op == "delete":
            parts.append(
                f'<span style="color:{DELETE_COLOUR[mode]}; text-decoration:line-through;">{text}</span>'
            )
        else:
            parts.append(text)
    return "".join(parts)


class EditDialog(QDialog):
    def __init__(
        self,
        title: str,
        original: str,
        wording: str,
        *,
        context: str = "",
        inserted: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``original``: the draft's text the wording replaces (for ``inserted``, the paragraph it
        goes after); ``context``: a line above it saying where it is."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setSizeGripEnabled(True)
        self.original = original
        self.inserted = inserted
        self.context = QLabel(context)
        self.context.setWordWrap(True)
        self.context.setAccessibleName("Where the wording goes")
        self.context.setVisible(bool(context))
        self.draft = QTextBrowser()
        self.draft.setAccessibleName(
            "The paragraph the wording goes after" if inserted else "The draft's text"
        )
        self.draft.setPlainText(original)
        draft_label = QLabel(
            self.tr("The paragraph it goes &after:") if inserted else self.tr("The &draft's text:")
        )
        draft_label.setBuddy(self.draft)
        self.editor = QPlainTextEdit(wording)
        self.editor.setAccessibleName("Your wording")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTabChangesFocus(True)
        editor_label = QLabel(self.tr("&Wording to use:"))
        editor_label.setBuddy(self.editor)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName("Redline of your wording, as exported")
        redline_label = QLabel(self.tr("&Redline, as the export writes it:"))
        redline_label.setBuddy(self.redline)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for label, widget in (
            (draft_label, self.draft),
            (editor_label, self.editor),
            (redline_label, self.redline),
        ):
            pane = QWidget()
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(label)
            box.addWidget(widget, 1)
            splitter.addWidget(pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Use this wording"))
        self.ok.setAccessibleName("Use this wording")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDLINE_DELAY_MS)
        self.timer.timeout.connect(self.update_redline)
        self.editor.textChanged.connect(self._typed)
        self.update_redline()
        self._fit()
        self.editor.setFocus()

    def _fit(self) -> None:
        """Large, but within the screen: about two thirds of it, at least 640 by 440."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = max(min(1100, available.width() * 2 // 3), min(640, available.width() - 40))
        height = max(min(760, available.height() * 3 // 4), min(440, available.height() - 60))
        self.setMinimumSize(min(480, available.width() - 40), min(360, available.height() - 60))
        self.resize(width, height)

    def _typed(self) -> None:
        self.ok.setEnabled(bool(self.text()))
        self.timer.start()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def ops(self) -> list[DiffOp]:
        if self.inserted:
            return [DiffOp("insert", self.text())] if self.text() else []
        return phrase_diff(self.original, self.text())

    def update_redline(self) -> None:
        self.timer.stop()
        if not self.text():
            self.redline.setHtml("<p><i>" + html.escape(self.tr("No wording yet.")) + "</i></p>")
            return
        self.redline.setHtml(f"<p>{redline_html(self.ops(), is_dark())}</p>")


def ask_wording(
    parent: QWidget, title: str, original: str, wording: str, context: str = "", inserted: bool = False
) -> tuple[str, bool]:
    """The wording the lawyer chose, and whether they chose one (not cancelled)."""
    dialog = EditDialog(title, original, wording, context=context, inserted=inserted, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text()
    dialog.deleteLater()  # (a child of the window: it would otherwise live as long as the window)
    return text, accepted and bool(text)
