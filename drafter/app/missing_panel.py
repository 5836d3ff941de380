"""What the draft lacks: the missing categories, each with wording to insert and a place.

A list that follows the review model: selecting an item makes it the current one (the detail
pane shows it, with its buttons; the draft scrolls to the proposed place); each item says what
the decisions make of it (to be inserted, dismissed, supplied by an accepted change).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.review_model import MISSING, ReviewModel
from drafter.review import Status

NO_PARENT = QModelIndex()  # the invisible root, as a default argument
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
SUFFIX = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("MissingModel", "{title} — will be inserted"),
    Status.EDITED: QT_TRANSLATE_NOOP("MissingModel", "{title} — will be inserted (your wording)"),
    Status.DISMISSED: QT_TRANSLATE_NOOP("MissingModel", "{title} — dismissed"),
}


class MissingModel(QAbstractListModel):
    def __init__(self, review: ReviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self._supplied: dict[int, str] = {}
        review.reset.connect(self._reset)
        review.missingChanged.connect(self._changed)

    def _reset(self) -> None:
        self.beginResetModel()
        self._supplied = self.review.supplied()
        self.endResetModel()

    def _changed(self) -> None:
        self._supplied = self.review.supplied()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.review.missing)

    def text(self, n: int) -> str:
        title = self.review.missing_title(n)
        if n in self._supplied:
            return self.tr("{title} — supplied by the change at {place}").format(
                title=title, place=self._supplied[n]
            )
        suffix = SUFFIX.get(self.review.missing_decision(n).status)
        return QCoreApplication.translate("MissingModel", suffix).format(title=title) if suffix else title

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.text(index.row())
        if role == TOOLTIP:
            return self.tr("Proposed place: {place}").format(place=self.review.missing_place(index.row()))
        return None


class MissingPanel(QWidget):
    def __init__(self, review: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.model = MissingModel(review, self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListView()
        self.list.setAccessibleName("Missing categories")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)  # long titles wrap instead of being cut off
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        review.reset.connect(self._reset)
        review.currentChanged.connect(self._follow_current)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "A category is missing when no clause of the draft conforms to the model. Select one to "
                "see the wording proposed and where it would go."
            )
        )
        self.empty.setText(self.tr("Nothing is missing: every category has a conforming clause."))
        self.model._changed()  # (its rows' words: dataChanged)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _reset(self) -> None:
        nothing = self.review.loaded is not None and not self.review.missing
        self.empty.setVisible(nothing)

    def lacking(self) -> int:
        """How many categories the draft still lacks once the decisions are applied."""
        return self.review.lacking()

    def count(self) -> int:
        return self.model.rowCount()

    def item_text(self, row: int) -> str:
        return self.model.text(row)

    def current_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def set_current_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.review.set_current(MISSING, current.row())

    def _follow_current(self) -> None:
        n = self.review.current_missing()
        if n is not None and n != self.current_row():
            self.set_current_row(n)
