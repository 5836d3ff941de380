"""One finding in full: the draft's text, the suggested wording as a redline, the model,
precedents and rationale; and what the lawyer does with it."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.app.controls import push_button
from drafter.app.theme import DELETE_COLOUR, INSERT_COLOUR
from drafter.changes import Preview
from drafter.model import DiffOp, Finding
from drafter.review import Decision, Status

AskText = Callable[[QWidget, str, str, str], tuple[str, bool]]


def ask_multiline(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    return QInputDialog.getMultiLineText(parent, title, label, text)


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


class DetailPanel(QWidget):
    """Emits ``decided(index, decision)`` when the lawyer accepts, edits, dismisses or notes."""

    decided = Signal(int, object)

    # Dialogs are attributes so that tests can answer them without a modal loop.
    ask_text: AskText = staticmethod(ask_multiline)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Select a finding to see it here.")
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Finding title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.status = QLabel("")
        self.status.setAccessibleName("Review status")
        self.body = QTextBrowser()
        self.body.setAccessibleName("Finding details")
        self.body.setOpenLinks(False)
        self.accept_button = push_button(
            "&Accept", "Use the suggested wording (exported as a tracked change)"
        )
        self.edit_button = push_button("&Edit and accept…", "Change the suggested wording, then use it")
        self.dismiss_button = push_button("&Dismiss…", "Keep the draft's wording; optionally say why")
        self.note_button = push_button("Add &note…", "Add a note that goes into the Word comment")
        self.reopen_button = push_button("&Reopen", "Undo the decision on this finding")
        # Two rows, the decisions first: in one row the five buttons made the panel, and so
        # the window, too wide for a small screen.
        buttons = QGridLayout()
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.dismiss_button, 0, 2)
        buttons.addWidget(self.note_button, 1, 0)
        buttons.addWidget(self.reopen_button, 1, 1)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self._accept)
        self.edit_button.clicked.connect(self._edit)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.note_button.clicked.connect(self._note)
        self.reopen_button.clicked.connect(self._reopen)
        self._index: int | None = None
        self._finding: Finding | None = None
        self._decision = Decision()
        self._preview = Preview("none")
        self.dark = False
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for b in (
            self.accept_button,
            self.edit_button,
            self.dismiss_button,
            self.note_button,
            self.reopen_button,
        ):
            b.setEnabled(on)

    def show_finding(
        self,
        index: int,
        finding: Finding,
        category_title: str,
        decision: Decision,
        preview: Preview | None = None,
    ) -> None:
        """``preview``: what the export writes for the finding (``drafter.changes.preview``)."""
        self._index, self._finding, self._decision = index, finding, decision
        preview = preview or Preview("none")
        self._preview = preview
        where = finding.label or f"Paragraph {finding.paragraph + 1}"
        self.title.setText(f"{where} — {category_title} — {finding.stance.value} (score {finding.score:.0f})")
        self.status.setText(self._status_text(decision))
        has_suggestion = bool(finding.suggestion)
        self._set_enabled(True)
        title = preview.state == "title"
        self.accept_button.setEnabled(has_suggestion and not title and decision.status is not Status.ACCEPTED)
        self.edit_button.setEnabled(not title)
        self.dismiss_button.setEnabled(decision.status is not Status.DISMISSED)
        self.reopen_button.setEnabled(decision.status is not Status.OPEN)
        self.body.setHtml(self._html(finding, decision))

    def clear(self) -> None:
        self._index = self._finding = None
        self.title.setText("Select a finding to see it here.")
        self.status.setText("")
        self.body.clear()
        self._set_enabled(False)

    @staticmethod
    def _status_text(decision: Decision) -> str:
        text = f"Status: {decision.status.value}"
        if decision.reason:
            text += f" — reason: {decision.reason}"
        if decision.note:
            text += f" — note: {decision.note}"
        return text

    def _html(self, f: Finding, decision: Decision) -> str:
        esc = html.escape
        parts = [f"<h3>Draft text</h3><p>{esc(f.text)}</p>"]
        if f.why or f.reasons:
            sentence = f"<p>{esc(f.why)}</p>" if f.why else ""
            details = "".join(f"<li>{esc(r)}</li>" for r in f.reasons)
            parts.append(f"<h3>Why</h3>{sentence}<ul>{details}</ul>")
        preview = self._preview
        if preview.state in ("changed", "joined"):
            # Exactly the redline the export writes (drafter.changes): phrases, not word soup.
            title = (
                "Your wording (redline, as exported)"
                if decision.status is Status.EDITED
                else "Suggested wording (redline, as exported)"
            )
            joined = (
                "<p><small>One change with the other finding on these words.</small></p>"
                if preview.state == "joined"
                else ""
            )
            parts.append(f"<h3>{title}</h3><p>{redline_html(list(preview.ops), self.dark)}</p>{joined}")
        elif preview.state == "title":
            parts.append(
                "<h3>Suggested wording</h3><p>None: this is a heading or a title, not a clause. "
                "The export never changes it.</p>"
            )
        elif preview.state == "superseded":
            parts.append(
                f"<h3>Suggested wording</h3><p>The same wording is already proposed at {esc(preview.place)}: "
                "the export comments on this clause instead of writing it a second time.</p>"
            )
        elif f.stance.value == "conforms":
            parts.append("<h3>Suggested wording</h3><p>None needed: the clause conforms to the model.</p>")
        parts.append(f"<h3>Model clause {esc(f.clause_id)}</h3><p>{esc(f.model_text)}</p>")
        if f.precedents:
            parts.append(
                "<h3>Precedents</h3><ul>" + "".join(f"<li>{esc(p)}</li>" for p in f.precedents) + "</ul>"
            )
        if f.rationale:
            parts.append(f"<h3>Rationale</h3><p>{esc(f.rationale)}</p>")
        parts.append(f"<p><small>Score {f.score:.0f} of 100; language: {esc(f.language)}.</small></p>")
        return "".join(parts)

    # ------------------------------------------------------------ actions

    def _emit(self, decision: Decision) -> None:
        if self._index is not None:
            self.decided.emit(self._index, decision)

    def _accept(self) -> None:
        self._emit(Decision(Status.ACCEPTED, None, self._decision.note))

    def _edit(self) -> None:
        if self._finding is None:
            return
        start = self._decision.text or self._finding.suggestion or self._finding.text
        text, ok = self.ask_text(self, "Edit and accept", "Wording to use instead of the draft's:", start)
        if ok and text.strip():
            self._emit(Decision(Status.EDITED, text.strip(), self._decision.note))

    def _dismiss(self) -> None:
        reason, ok = self.ask_text(self, "Dismiss finding", "Reason (optional, goes into the export):", "")
        if ok:
            self._emit(Decision(Status.DISMISSED, None, self._decision.note, reason.strip() or None))

    def _note(self) -> None:
        note, ok = self.ask_text(self, "Add note", "Note for the Word comment:", self._decision.note or "")
        if ok:
            d = self._decision
            self._emit(Decision(d.status, d.text, note.strip() or None, d.reason))

    def _reopen(self) -> None:
        self._emit(Decision(Status.OPEN, None, self._decision.note))
