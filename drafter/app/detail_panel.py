"""The item the lawyer looks at, in full, and what they do with it.

A finding: the draft's text, why, the suggested wording as the redline the export writes, the
model, precedents and rationale. A missing category: the wording proposed, where it would go and
why. The panel follows the review model's current item and decisions; its buttons decide through
the model (each decision one undoable step).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.app.controls import push_button
from drafter.app.edit_dialog import ask_wording, redline_html
from drafter.app.findings_panel import SCORE_HELP
from drafter.app.review_model import ReviewModel
from drafter.app.theme import is_dark
from drafter.changes import Preview
from drafter.model import Finding
from drafter.review import Decision, Status

AskText = Callable[[QWidget, str, str, str], tuple[str, bool]]
AskWording = Callable[..., tuple[str, bool]]
NOTE_PREVIEW = 80  # characters of a note in the status line (all of it is in the details)
STATUS_WORDS = {
    Status.OPEN: "open",
    Status.ACCEPTED: "accepted",
    Status.EDITED: "edited",
    Status.DISMISSED: "dismissed",
}

__all__ = ["DetailPanel", "redline_html"]


def ask_multiline(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    return QInputDialog.getMultiLineText(parent, title, label, text)


def wrapping_label(name: str) -> QLabel:
    """A label that wraps and never widens its window, however long its text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A long word (an address in a note) cannot wrap: it is clipped rather than widening the window.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(1)
    return label


class DetailPanel(QWidget):
    """Shows the review model's current item; ``acceptAndNextRequested`` asks the window to
    accept it and move to the next open one."""

    acceptAndNextRequested = Signal()

    # Dialogs are attributes so that tests can answer them without a modal loop.
    ask_text: AskText = staticmethod(ask_multiline)
    ask_wording: AskWording = staticmethod(ask_wording)

    def __init__(self, review: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.title = wrapping_label("Finding title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setText(self.tr("Select a finding to see it here."))
        self.status = wrapping_label("Review status")
        self.body = QTextBrowser()
        self.body.setAccessibleName("Finding details")
        self.body.setOpenLinks(False)
        self.accept_button = push_button(
            self.tr("&Accept"), "Use the suggested wording (exported as a tracked change)"
        )
        self.next_button = push_button(
            self.tr("Accept and ne&xt"),
            "Use the suggested wording and go to the next open item (Ctrl+Enter)",
        )
        self.edit_button = push_button(
            self.tr("&Edit and accept…"), "Change the suggested wording, then use it"
        )
        self.dismiss_button = push_button(
            self.tr("&Dismiss…"), "Keep the draft's wording; optionally say why"
        )
        self.note_button = push_button(self.tr("Add &note…"), "Add a note that goes into the Word comment")
        self.reopen_button = push_button(self.tr("Re&open"), "Take back the decision on this item")
        # Two rows, the decisions first: in one row the buttons made the panel, and so the
        # window, too wide for a small screen.
        buttons = QGridLayout()
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.next_button, 0, 1)
        buttons.addWidget(self.edit_button, 0, 2)
        buttons.addWidget(self.dismiss_button, 1, 0)
        buttons.addWidget(self.note_button, 1, 1)
        buttons.addWidget(self.reopen_button, 1, 2)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self.accept)
        self.next_button.clicked.connect(self.acceptAndNextRequested)
        self.edit_button.clicked.connect(self.edit)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.note_button.clicked.connect(self.note)
        self.reopen_button.clicked.connect(self.reopen)
        self.dark = False
        self._set_enabled(False)
        review.reset.connect(self.clear)
        review.currentChanged.connect(self.refresh)

    def _buttons(self) -> tuple[QWidget, ...]:
        return (
            self.accept_button,
            self.next_button,
            self.edit_button,
            self.dismiss_button,
            self.note_button,
            self.reopen_button,
        )

    def _set_enabled(self, on: bool) -> None:
        for b in self._buttons():
            b.setEnabled(on)

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        self.dark = is_dark()
        i = self.review.current_finding()
        n = self.review.current_missing()
        if i is not None:
            self._show_finding(i)
        elif n is not None:
            self._show_missing(n)
        else:
            self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Select a finding to see it here."))
        self.status.setText("")
        self.body.clear()
        self._set_enabled(False)

    def _status_text(self, decision: Decision, words: dict[Status, str] = STATUS_WORDS) -> str:
        text = f"Status: {words[decision.status]}"
        if decision.reason:
            text += f" — reason: {self._short(decision.reason)}"
        if decision.note:
            text += f" — note: {self._short(decision.note)}"
        return text

    @staticmethod
    def _short(text: str) -> str:
        line = " ".join(text.split())
        return line if len(line) <= NOTE_PREVIEW else line[: NOTE_PREVIEW - 1] + "…"

    def _show_finding(self, index: int) -> None:
        review = self.review
        f = review.findings[index]
        decision = review.decision(index)
        preview = review.preview(index)
        self.accept_button.setText(self.tr("&Accept"))
        self.edit_button.setText(self.tr("&Edit and accept…"))
        self.title.setText(f"{review.place(index)} — {review.title(f.category)} — {f.stance.value}")
        self.status.setText(self._status_text(decision))
        title = preview.state == "title"
        accept = review.can_accept(index) and decision.status is not Status.ACCEPTED
        self._set_enabled(True)
        self.accept_button.setEnabled(accept)
        self.next_button.setEnabled(accept)
        self.edit_button.setEnabled(not title)
        self.dismiss_button.setEnabled(decision.status is not Status.DISMISSED)
        self.reopen_button.setEnabled(decision.status is not Status.OPEN)
        self.body.setHtml(self._finding_html(f, decision, preview))

    def _finding_html(self, f: Finding, decision: Decision, preview: Preview) -> str:
        esc = html.escape
        parts = [f"<h3>Draft text</h3><p>{esc(f.text)}</p>"]
        if f.why or f.reasons:
            sentence = f"<p>{esc(f.why)}</p>" if f.why else ""
            details = "".join(f"<li>{esc(r)}</li>" for r in f.reasons)
            parts.append(f"<h3>Why</h3>{sentence}<ul>{details}</ul>")
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
        if decision.note or decision.reason:
            parts.append("<h3>Your note</h3>")
            if decision.reason:
                parts.append(f"<p><b>Reason for dismissing:</b> {esc(decision.reason)}</p>")
            if decision.note:
                parts.append(f"<p>{esc(decision.note)}</p>")
        parts.append(f"<h3>Model clause {esc(f.clause_id)}</h3><p>{esc(f.model_text)}</p>")
        if f.precedents:
            parts.append(
                "<h3>Precedents</h3><ul>" + "".join(f"<li>{esc(p)}</li>" for p in f.precedents) + "</ul>"
            )
        if f.rationale:
            parts.append(f"<h3>Rationale</h3><p>{esc(f.rationale)}</p>")
        parts.append(
            f"<p><small>Likeness to the library's wording: {f.score:.0f} of 100. {esc(SCORE_HELP)} "
            f"Language of the clause: {esc(f.language)}.</small></p>"
        )
        return "".join(parts)

    def _show_missing(self, n: int) -> None:
        review = self.review
        m = review.missing[n]
        decision = review.missing_decision(n)
        supplied = review.supplied().get(n)
        self.accept_button.setText(self.tr("&Accept insertion"))
        self.edit_button.setText(self.tr("&Edit and insert…"))
        self.title.setText(review.missing_title(n))
        words = dict(STATUS_WORDS)
        words[Status.ACCEPTED] = "will be inserted"
        words[Status.EDITED] = "will be inserted in your wording"
        self.status.setText(
            f"Supplied by the change at {supplied}"
            if supplied is not None
            else self._status_text(decision, words)
        )
        self._set_enabled(True)
        accept = supplied is None and decision.status is not Status.ACCEPTED
        self.accept_button.setEnabled(accept)
        self.next_button.setEnabled(accept)
        self.edit_button.setEnabled(supplied is None)
        self.dismiss_button.setEnabled(decision.status is not Status.DISMISSED)
        self.reopen_button.setEnabled(decision.status is not Status.OPEN)
        esc = html.escape
        parts = [f"<h3>{esc(review.missing_title(n))}</h3>"]
        if supplied is not None:
            parts.append(
                f"<p><b>Supplied by your decision:</b> the change at {esc(supplied)} puts a clause of "
                "this category in the draft; the export does not insert it a second time.</p>"
            )
        elif m.partial_findings:
            parts.append(
                "<p>The draft has clauses on this topic, but they are weak or contrary; they do not fill the gap.</p>"
            )
        parts.append(f"<p><b>Proposed place:</b> {esc(review.missing_place(n))}</p>")
        if decision.status is Status.EDITED and decision.text:
            parts.append(
                f"<p><b>Your wording (inserted as a tracked change):</b><br>{esc(decision.text)}</p>"
                f"<p><small>Suggested ({esc(m.clause_id)}): {esc(m.suggestion)}</small></p>"
            )
        else:
            parts.append(f"<p><b>Suggested insertion ({esc(m.clause_id)}):</b><br>{esc(m.suggestion)}</p>")
        if decision.note:
            parts.append(f"<p><b>Your note:</b> {esc(decision.note)}</p>")
        parts.append(f"<p><b>Why:</b> {esc(m.rationale)}</p>")
        if m.precedents:
            parts.append(f"<p><b>Precedents:</b> {esc('; '.join(m.precedents))}</p>")
        self.body.setHtml("".join(parts))

    # ------------------------------------------------------------ actions (through the model)

    def accept(self) -> None:
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is not None:
            review.accept([i])
        elif n is not None:
            note = review.missing_decision(n).note
            review.decide_missing(n, Decision(Status.ACCEPTED, None, note), self.tr("Insert"))

    def edit(self) -> None:
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is not None:
            f = review.findings[i]
            start = review.decision(i).text or f.suggestion or f.text
            text, ok = self.ask_wording(
                self, "Edit and accept", f.text, start, f"{review.place(i)} — {review.title(f.category)}"
            )
            if ok and text.strip():
                review.edit(i, text.strip())
        elif n is not None:
            m = review.missing[n]
            decision = review.missing_decision(n)
            after = ""
            if m.after_paragraph is not None:
                after = review.analysis.draft.paragraphs[m.after_paragraph].text
            text, ok = self.ask_wording(
                self,
                "Edit and insert",
                after,
                decision.text or m.suggestion,
                f"{review.missing_title(n)}: inserted {review.missing_place(n)}",
                True,
            )
            if ok and text.strip():
                review.decide_missing(
                    n, Decision(Status.EDITED, text.strip(), decision.note), self.tr("Edit and insert")
                )

    def dismiss(self) -> None:
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is None and n is None:
            return
        reason, ok = self.ask_text(
            self, self.tr("Dismiss"), self.tr("Reason (optional, goes into the export):"), ""
        )
        if not ok:
            return
        if i is not None:
            review.dismiss([i], reason.strip() or None)
        elif n is not None:
            note = review.missing_decision(n).note
            review.decide_missing(
                n, Decision(Status.DISMISSED, None, note, reason.strip() or None), self.tr("Dismiss")
            )

    def note(self) -> None:
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is None and n is None:
            return
        d = review.decision(i) if i is not None else review.missing_decision(n)  # type: ignore[arg-type]
        note, ok = self.ask_text(
            self, self.tr("Add note"), self.tr("Note for the Word comment:"), d.note or ""
        )
        if not ok:
            return
        if i is not None:
            review.note(i, note.strip() or None)
        elif n is not None:
            review.decide_missing(
                n, Decision(d.status, d.text, note.strip() or None, d.reason), self.tr("Note on")
            )

    def reopen(self) -> None:
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is not None:
            review.reopen([i])
        elif n is not None:
            review.decide_missing(
                n, Decision(Status.OPEN, None, review.missing_decision(n).note), self.tr("Reopen")
            )
