"""What the draft lacks: missing categories, each with wording to insert and where."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.model import MissingCategory
from drafter.review import Decision, Status

KEY_ROLE = Qt.ItemDataRole.UserRole


def missing_title(m: MissingCategory, category_title: str) -> str:
    if m.category == "amnesty":
        return "No explicit amnesty prohibition"
    return f"No conforming clause on {category_title.lower()}"


class MissingPanel(QWidget):
    decided = Signal(str, object)  # key, Decision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName("Missing categories")
        self.details = QTextBrowser()
        self.details.setAccessibleName("Suggested insertion")
        self.insert_button = QPushButton("&Insert in export")
        self.insert_button.setToolTip(
            "Insert the suggested clause at the proposed place, as a tracked change"
        )
        self.dismiss_button = QPushButton("Dis&miss")
        self.reopen_button = QPushButton("Re&open")
        for b in (self.insert_button, self.dismiss_button, self.reopen_button):
            b.setAccessibleName(b.text().replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        self.hint = QLabel("A category is missing when no clause of the draft conforms to the model.")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details, 2)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.insert_button.clicked.connect(lambda: self._decide(Status.ACCEPTED))
        self.dismiss_button.clicked.connect(lambda: self._decide(Status.DISMISSED))
        self.reopen_button.clicked.connect(lambda: self._decide(Status.OPEN))
        self._missing: dict[str, MissingCategory] = {}
        self._titles: dict[str, str] = {}
        self._decisions: dict[str, Decision] = {}
        self._supplied: dict[str, str] = {}  # key -> where a change supplies the category

    def set_missing(
        self,
        missing: list[MissingCategory],
        titles: dict[str, str],
        decisions: dict[str, Decision],
        supplied: dict[str, str] | None = None,
    ) -> None:
        """``supplied``: the categories a decided change already supplies (key -> its place):
        listed as supplied, not to be inserted a second time."""
        self.list.clear()
        self._missing = {f"missing:{m.category}": m for m in missing}
        self._titles = titles
        self._decisions = dict(decisions)
        self._supplied = dict(supplied or {})
        for key, m in self._missing.items():
            item = QListWidgetItem(self._item_text(key, m))
            item.setData(KEY_ROLE, key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.details.setHtml("<p>Nothing is missing: every category has a conforming clause.</p>")
        self._show_current()

    def lacking(self) -> int:
        """How many categories the draft still lacks once the decisions are applied."""
        return sum(1 for key in self._missing if key not in self._supplied)

    def _item_text(self, key: str, m: MissingCategory) -> str:
        if key in self._supplied:
            return missing_title(m, self._titles.get(m.category, m.category)) + (
                f" — supplied by the change at {self._supplied[key]}"
            )
        status = self._decisions.get(key, Decision()).status
        suffix = {Status.ACCEPTED: " — will be inserted", Status.DISMISSED: " — dismissed"}.get(status, "")
        return missing_title(m, self._titles.get(m.category, m.category)) + suffix

    def set_decision(self, key: str, decision: Decision) -> None:
        self._decisions[key] = decision
        self._refresh()

    def set_supplied(self, supplied: dict[str, str]) -> None:
        """What the decisions supply now ("What the draft lacks" recomputed after a decision)."""
        self._supplied = dict(supplied)
        self._refresh()

    def _refresh(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(KEY_ROLE)
            item.setText(self._item_text(key, self._missing[key]))
        self._show_current()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _show_current(self) -> None:
        key = self.current_key()
        m = self._missing.get(key) if key else None
        enabled = m is not None
        status = self._decisions.get(key, Decision()).status if key else Status.OPEN
        supplied = key in self._supplied if key else False
        self.insert_button.setEnabled(enabled and not supplied and status is not Status.ACCEPTED)
        self.dismiss_button.setEnabled(enabled and status is not Status.DISMISSED)
        self.reopen_button.setEnabled(enabled and status is not Status.OPEN)
        if m is None:
            return
        esc = html.escape
        partial = (
            "<p>The draft has clauses on this topic, but they are weak or contrary; they do not fill the gap.</p>"
            if m.partial_findings
            else ""
        )
        if supplied and key is not None:
            partial = (
                f"<p><b>Supplied by your decision:</b> the change at {esc(self._supplied[key])} puts a "
                "clause of this category in the draft; the export does not insert it a second time.</p>"
            )
        self.details.setHtml(
            f"<h3>{esc(missing_title(m, self._titles.get(m.category, m.category)))}</h3>{partial}"
            f"<p><b>Proposed place:</b> {esc(m.place)}</p>"
            f"<p><b>Suggested insertion ({esc(m.clause_id)}):</b><br>{esc(m.suggestion)}</p>"
            f"<p><b>Why:</b> {esc(m.rationale)}</p>"
            f"<p><b>Precedents:</b> {esc('; '.join(m.precedents))}</p>"
        )

    def _decide(self, status: Status) -> None:
        key = self.current_key()
        if key is not None:
            self.decided.emit(key, Decision(status))
