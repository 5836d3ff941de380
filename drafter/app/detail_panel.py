"""The item the lawyer looks at, in full, and what they do with it.

A finding: the draft's text, why, the suggested wording as the redline the export writes, the
model, precedents and rationale. A missing category: the wording proposed, where it would go and
why. The panel follows the review model's current item and decisions; its buttons decide through
the model (each decision one undoable step).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
from drafter.app.findings_panel import score_help, stance_word
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.review_model import ReviewModel
from drafter.app.theme import is_dark
from drafter.changes import Preview
from drafter.model import Finding
from drafter.review import Decision, Status

AskText = Callable[[QWidget, str, str, str], tuple[str, bool]]
AskWording = Callable[..., tuple[str, bool]]
NOTE_PREVIEW = 80  # characters of a note in the status line (all of it is in the details)
STATUS_WORDS = {
    Status.OPEN: QT_TRANSLATE_NOOP("DetailPanel", "open"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("DetailPanel", "accepted"),
    Status.EDITED: QT_TRANSLATE_NOOP("DetailPanel", "edited"),
    Status.DISMISSED: QT_TRANSLATE_NOOP("DetailPanel", "dismissed"),
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
        self.status = wrapping_label("Review status")
        self.body = QTextBrowser()
        self.body.setAccessibleName("Finding details")
        self.body.setOpenLinks(False)
        self.accept_button = push_button("", "")
        self.next_button = push_button("", "")
        self.edit_button = push_button("", "")
        self.dismiss_button = push_button("", "")
        self.note_button = push_button("", "")
        self.reopen_button = push_button("", "")
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
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons and the item shown in the interface language."""
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Use the suggested wording (exported as a tracked change)"))
        self.next_button.setText(self.tr("Accept and ne&xt"))
        self.next_button.setToolTip(
            self.tr("Use the suggested wording and go to the next open item (Ctrl+Enter)")
        )
        self.edit_button.setText(self.tr("&Edit and accept…"))
        self.edit_button.setToolTip(self.tr("Change the suggested wording, then use it"))
        self.dismiss_button.setText(self.tr("&Dismiss…"))
        self.dismiss_button.setToolTip(self.tr("Keep the draft's wording; optionally say why"))
        self.note_button.setText(self.tr("Add &note…"))
        self.note_button.setToolTip(self.tr("Add a note that goes into the Word comment"))
        self.reopen_button.setText(self.tr("Re&open"))
        self.reopen_button.setToolTip(self.tr("Take back the decision on this item"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        word = QCoreApplication.translate("DetailPanel", words[decision.status])
        text = self.tr("Status: {status}").format(status=word)
        if decision.reason:
            text += " — " + self.tr("reason: {reason}").format(reason=self._short(decision.reason))
        if decision.note:
            text += " — " + self.tr("note: {note}").format(note=self._short(decision.note))
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
        self.title.setText(f"{review.place(index)} — {review.title(f.category)} — {stance_word(f.stance)}")
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
        suggested = esc(self.tr("Suggested wording"))
        parts = ["<h3>" + esc(self.tr("Draft text")) + f"</h3><p>{esc(f.text)}</p>"]
        if f.why or f.reasons:
            sentence = f"<p>{esc(f.why)}</p>" if f.why else ""
            details = "".join(f"<li>{esc(r)}</li>" for r in f.reasons)
            parts.append("<h3>" + esc(self.tr("Why")) + f"</h3>{sentence}<ul>{details}</ul>")
        if preview.state in ("changed", "joined"):
            # Exactly the redline the export writes (drafter.changes): phrases, not word soup.
            title = (
                self.tr("Your wording (redline, as exported)")
                if decision.status is Status.EDITED
                else self.tr("Suggested wording (redline, as exported)")
            )
            joined = (
                "<p><small>"
                + esc(self.tr("One change with the other finding on these words."))
                + "</small></p>"
                if preview.state == "joined"
                else ""
            )
            parts.append(f"<h3>{esc(title)}</h3><p>{redline_html(list(preview.ops), self.dark)}</p>{joined}")
        elif preview.state == "title":
            none = self.tr("None: this is a heading or a title, not a clause. The export never changes it.")
            parts.append(f"<h3>{suggested}</h3><p>{esc(none)}</p>")
        elif preview.state == "superseded":
            same = self.tr(
                "The same wording is already proposed at {place}: the export comments on this clause "
                "instead of writing it a second time."
            ).format(place=preview.place)
            parts.append(f"<h3>{suggested}</h3><p>{esc(same)}</p>")
        elif f.stance.value == "conforms":
            none = self.tr("None needed: the clause conforms to the model.")
            parts.append(f"<h3>{suggested}</h3><p>{esc(none)}</p>")
        if decision.note or decision.reason:
            parts.append("<h3>" + esc(self.tr("Your note")) + "</h3>")
            if decision.reason:
                parts.append(
                    "<p><b>" + esc(self.tr("Reason for dismissing:")) + f"</b> {esc(decision.reason)}</p>"
                )
            if decision.note:
                parts.append(f"<p>{esc(decision.note)}</p>")
        model = self.tr("Model clause {id}").format(id=f.clause_id)
        parts.append(f"<h3>{esc(model)}</h3><p>{esc(f.model_text)}</p>")
        if f.precedents:
            parts.append(
                "<h3>"
                + esc(self.tr("Precedents"))
                + "</h3><ul>"
                + "".join(f"<li>{esc(p)}</li>" for p in f.precedents)
                + "</ul>"
            )
        if f.rationale:
            parts.append("<h3>" + esc(self.tr("Rationale")) + f"</h3><p>{esc(f.rationale)}</p>")
        likeness = self.tr("Likeness to the library's wording: {score} of 100.").format(
            score=f"{f.score:.0f}"
        )
        language = self.tr("Language of the clause: {language}.").format(language=f.language)
        parts.append(f"<p><small>{esc(likeness)} {esc(score_help())} {esc(language)}</small></p>")
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
        words[Status.ACCEPTED] = QT_TRANSLATE_NOOP("DetailPanel", "will be inserted")
        words[Status.EDITED] = QT_TRANSLATE_NOOP("DetailPanel", "will be inserted in your wording")
        self.status.setText(
            self.tr("Supplied by the change at {place}").format(place=supplied)
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
            by = self.tr(
                "the change at {place} puts a clause of this category in the draft; the export does not "
                "insert it a second time."
            ).format(place=supplied)
            parts.append("<p><b>" + esc(self.tr("Supplied by your decision:")) + f"</b> {esc(by)}</p>")
        elif m.partial_findings:
            partial = self.tr(
                "The draft has clauses on this topic, but they are weak or contrary; they do not fill the gap."
            )
            parts.append(f"<p>{esc(partial)}</p>")
        parts.append("<p><b>" + esc(self.tr("Proposed place:")) + f"</b> {esc(review.missing_place(n))}</p>")
        if decision.status is Status.EDITED and decision.text:
            yours = self.tr("Your wording (inserted as a tracked change):")
            was = self.tr("Suggested ({id}):").format(id=m.clause_id)
            parts.append(
                f"<p><b>{esc(yours)}</b><br>{esc(decision.text)}</p>"
                f"<p><small>{esc(was)} {esc(m.suggestion)}</small></p>"
            )
        else:
            insertion = self.tr("Suggested insertion ({id}):").format(id=m.clause_id)
            parts.append(f"<p><b>{esc(insertion)}</b><br>{esc(m.suggestion)}</p>")
        if decision.note:
            parts.append("<p><b>" + esc(self.tr("Your note:")) + f"</b> {esc(decision.note)}</p>")
        parts.append("<p><b>" + esc(self.tr("Why:")) + f"</b> {esc(m.rationale)}</p>")
        if m.precedents:
            parts.append("<p><b>" + esc(self.tr("Precedents:")) + f"</b> {esc('; '.join(m.precedents))}</p>")
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
                self,
                self.tr("Edit and accept"),
                f.text,
                start,
                f"{review.place(i)} — {review.title(f.category)}",
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
                self.tr("Edit and insert"),
                after,
                decision.text or m.suggestion,
                self.tr("{title}: inserted {place}").format(
                    title=review.missing_title(n), place=review.missing_place(n)
                ),
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
