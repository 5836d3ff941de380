"""The library's categories and clauses as an item model, and the search over them.

``ClauseModel`` holds the loaded library as a tree (categories in the library's order, their
clauses under them; columns Clause and Source) and rebuilds itself when the library is loaded
again. ``ClauseSearch`` is the QSortFilterProxyModel the tree looks through, as Anki's browser
does: a clause shows when its id or any of its texts (every language, precedents, formulations)
holds the words searched for, accents and case aside; a category while one of its clauses does.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from drafter import i18n
from drafter.app.controls import refilter
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.library.loader import ClauseRecord, Library
from drafter.library.sources import OWN, Source, source_of
from drafter.textnorm import fold

KIND_ROLE = Qt.ItemDataRole.UserRole  # "category", or the clause's source
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the category's or the clause's id
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
NO_PARENT = QModelIndex()  # the invisible root, as a default argument
COLUMNS = (QT_TRANSLATE_NOOP("ClauseModel", "Clause"), QT_TRANSLATE_NOOP("ClauseModel", "Source"))
SOURCE_LABELS = {
    Source.SHIPPED: QT_TRANSLATE_NOOP("ClauseModel", "Shipped"),
    Source.USER: QT_TRANSLATE_NOOP("ClauseModel", "Yours"),
    Source.OVERRIDE: QT_TRANSLATE_NOOP("ClauseModel", "Replaces shipped"),
    Source.FOLDER: QT_TRANSLATE_NOOP("ClauseModel", "Other folder"),
}


def source_label(source: Source) -> str:
    """What the Source column says (drafter.library.sources.LABELS, in the interface language)."""
    return QCoreApplication.translate("ClauseModel", SOURCE_LABELS[source])


def source_text(rec: ClauseRecord, source: Source) -> str:
    """One sentence on what the source means for this clause (``sources.describe``, translated)."""
    if source is Source.SHIPPED:
        return QCoreApplication.translate(
            "ClauseModel", "Shipped with Drafter (read-only). Make your version to replace it."
        )
    if source is Source.USER:
        return QCoreApplication.translate("ClauseModel", "Your clause, added to this category.")
    if source is Source.OVERRIDE:
        return QCoreApplication.translate(
            "ClauseModel", "Your version replaces the shipped clause in analyses."
        )
    return QCoreApplication.translate("ClauseModel", "From {origin} (read-only here).").format(
        origin=rec.origin
    )


def search_key(rec: ClauseRecord) -> str:
    """Everything a search may find a clause by, folded (accents and case aside)."""
    c = rec.clause
    parts: list[str] = [c.id]
    for value in (c.title, c.model, c.suggestion, c.rationale):
        parts += value.dump().values()
    parts += [p.cite() for p in c.precedents]
    for f in c.formulations:
        parts += [f.text, f.source or "", f.note or ""]
    return " " + fold(" ".join(parts))


class ClauseModel(QAbstractItemModel):
    """Categories (internal id 0) with their clauses (internal id: the category's row + 1)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.categories: list[str] = []
        self.clauses: list[list[ClauseRecord]] = []
        self.sources: dict[str, Source] = {}
        self.records: dict[str, ClauseRecord] = {}
        self.search_keys: dict[str, str] = {}
        self._mine = QBrush(QColor("#1B6B1B"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_library(
        self, library: Library, user_folder: Path, shipped_ids: Mapping[str, str], dark: bool
    ) -> None:
        self.beginResetModel()
        self.library = library
        self._mine = QBrush(QColor("#8FD18F" if dark else "#1B6B1B"))
        self.categories = list(library.categories)  # in the order library.yaml lists them
        self.clauses = [list(library.categories[cid].clauses) for cid in self.categories]
        self.records = {rec.id: rec for recs in self.clauses for rec in recs}
        self.sources = {cid: source_of(rec, user_folder, shipped_ids) for cid, rec in self.records.items()}
        self.search_keys = {cid: search_key(rec) for cid, rec in self.records.items()}
        self.endResetModel()

    # ------------------------------------------------------------ structure

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = NO_PARENT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: QModelIndex | QPersistentModelIndex | None = None) -> Any:
        if child is None:
            return QObject.parent(self)  # (the QObject's parent, as for any object)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self.categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.clauses[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY:
            return QCoreApplication.translate("ClauseModel", COLUMNS[section])
        return None

    def record(self, index: QModelIndex | QPersistentModelIndex) -> ClauseRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.clauses[index.internalId() - 1][index.row()]

    def index_of(self, clause_id: str) -> QModelIndex:
        for row, recs in enumerate(self.clauses):
            for k, rec in enumerate(recs):
                if rec.id == clause_id:
                    return self.createIndex(k, 0, row + 1)
        return QModelIndex()

    def category_index(self, category: str) -> QModelIndex:
        if category not in self.categories:
            return QModelIndex()
        return self.createIndex(self.categories.index(category), 0, 0)

    # ------------------------------------------------------------ content

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid() or self.library is None:
            return None
        column = index.column()
        if index.internalId() == 0:
            cid = self.categories[index.row()]
            if role == KIND_ROLE:
                return "category"
            if role == ID_ROLE:
                return cid
            if column != 0:
                return None
            title = self.library.category_title(cid, i18n.language())
            if role == DISPLAY:
                return f"{title} ({len(self.clauses[index.row()])})"
            if role == TOOLTIP:
                return title
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        rec = self.clauses[index.internalId() - 1][index.row()]
        source = self.sources[rec.id]
        if role == KIND_ROLE:
            return source.value
        if role == ID_ROLE:
            return rec.id
        if role == DISPLAY:
            return (
                f"{rec.id}  {rec.clause.title.get(i18n.language())}" if column == 0 else source_label(source)
            )
        if role == TOOLTIP:
            return rec.clause.title.get(i18n.language()) if column == 0 else source_text(rec, source)
        if column == 1 and source in OWN:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._mine
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


class ClauseSearch(QSortFilterProxyModel):
    """The clauses whose search key holds the words searched for (see the module's docstring)."""

    def __init__(self, source: ClauseModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clause_model = source
        self.query = ""
        self._phrase = ""
        self.setRecursiveFilteringEnabled(True)
        self.setSourceModel(source)

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self.query:

            def change() -> None:
                self.query = query
                self._phrase = " " + fold(query)

            refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.query:
            return True
        if not source_parent.isValid():
            return False  # a category: shown while one of its clauses is (recursive filtering)
        rec = self.clause_model.clauses[source_parent.row()][source_row]
        return self._phrase in self.clause_model.search_keys.get(rec.id, "")
