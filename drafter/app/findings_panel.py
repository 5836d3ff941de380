"""Every finding, in draft order or grouped by category: sortable columns, filters by category,
stance and status, a selection to decide in one go, and next/previous navigation.

The list is a view of ``FindingsModel`` (the review model's findings as rows) through
``FindingsFilter`` (a QSortFilterProxyModel): a new analysis resets the model, and the view
asks only for the rows it shows, so nothing is done per finding when the findings arrive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.app.controls import refilter
from drafter.app.review_model import FINDING, ReviewModel
from drafter.app.theme import StanceStyle, is_dark, stance_styles
from drafter.model import Stance
from drafter.review import Status

INDEX_ROLE = Qt.ItemDataRole.UserRole  # the finding's index in the analysis (-1 for a category row)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by
# Built once at import: PySide creates its enum types on first use, which would otherwise fall in
# the slot that shows a new analysis and stall the window.
NO_PARENT = QModelIndex()  # the invisible root, as a default argument
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
SCORE_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HORIZONTAL = Qt.Orientation.Horizontal
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
STATUS_TEXT = {
    Status.OPEN: "Open",
    Status.ACCEPTED: "Accepted",
    Status.EDITED: "Edited",
    Status.DISMISSED: "Dismissed",
}
STATUS_ORDER = {Status.OPEN: 0, Status.ACCEPTED: 1, Status.EDITED: 2, Status.DISMISSED: 3}
SEVERITY = {Stance.CONTRARY: 0, Stance.WEAK: 1, Stance.CONFORMS: 2}
COLUMNS = ("Location", "Category", "Stance", "Score", "Status")
LOCATION, CATEGORY, STANCE, SCORE, STATUS = range(len(COLUMNS))
SCORE_HELP = (
    "Likeness: how closely the clause's words resemble the library wording it was matched with "
    "(0-100). It is evidence, not severity: the stance says whether the clause conforms, is weak "
    "or is contrary."
)
HEADER_TIPS = {
    LOCATION: "Where the clause is, in the draft's own words",
    CATEGORY: "The measure of impunity the clause is about",
    STANCE: "What the clause does, measured against the model: conforms, weak or contrary",
    SCORE: SCORE_HELP,
    STATUS: "Your decision: open, accepted, edited or dismissed",
}
FILTER_STATUSES = (("all", "All"), ("open", "Open"), ("decided", "Decided"))


class FindingsModel(QAbstractItemModel):
    """The review model's findings as rows: in draft order, or under their categories."""

    def __init__(self, review: ReviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.grouped = False
        self._groups: list[tuple[str, list[int]]] = []  # (category, finding indexes) in library order
        self._group_of: dict[int, tuple[int, int]] = {}  # finding -> (group row, row in it)
        self._order: dict[str, int] = {}
        self._brushes: dict[Stance, tuple[QBrush, QBrush]] = {}
        self.struck = QFont()
        self.struck.setStrikeOut(True)
        self.bold = QFont()
        self.bold.setBold(True)
        self.set_styles(stance_styles(is_dark()))
        review.reset.connect(self.rebuild)
        review.findingsChanged.connect(self._changed)

    def set_styles(self, styles: dict[Stance, StanceStyle]) -> None:
        self._brushes = {
            s: (QBrush(QColor(style.background)), QBrush(QColor(style.foreground)))
            for s, style in styles.items()
        }

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self.grouped:
            self.beginResetModel()
            self.grouped = grouped
            self._regroup()
            self.endResetModel()

    def rebuild(self) -> None:
        self.beginResetModel()
        self._regroup()
        self.endResetModel()

    def _regroup(self) -> None:
        self._groups = []
        self._group_of = {}
        loaded = self.review.loaded
        self._order = {cid: n for n, cid in enumerate(loaded.titles)} if loaded is not None else {}
        if not self.grouped or loaded is None:
            return
        members: dict[str, list[int]] = {}
        for i, f in enumerate(self.review.findings):
            members.setdefault(f.category, []).append(i)
        for category in sorted(members, key=lambda c: self._order.get(c, len(self._order))):
            row = len(self._groups)
            for k, i in enumerate(members[category]):
                self._group_of[i] = (row, k)
            self._groups.append((category, members[category]))

    def _changed(self, indexes: list[int]) -> None:
        for i in indexes:
            index = self.index_of(i)
            self.dataChanged.emit(index, index.siblingAtColumn(STATUS))

    # ------------------------------------------------------------ structure

    def index_of(self, finding: int, column: int = 0) -> QModelIndex:
        if not self.grouped:
            return self.createIndex(finding, column, 0)
        row, k = self._group_of[finding]
        return self.createIndex(k, column, row + 1)

    def finding_at(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        if not index.isValid():
            return None
        if not self.grouped:
            return index.row()
        group = index.internalId()
        if group == 0:
            return None
        return self._groups[group - 1][1][index.row()]

    def group_category(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if self.grouped and index.isValid() and index.internalId() == 0:
            return self._groups[index.row()][0]
        return None

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = NO_PARENT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if parent.isValid():
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0)

    def parent(self, child: QModelIndex | QPersistentModelIndex | None = None) -> Any:
        if child is None:
            return QObject.parent(self)  # (the QObject's parent, as for any object)
        if not child.isValid() or not self.grouped:
            return QModelIndex()
        group = child.internalId()
        if group == 0:
            return QModelIndex()
        return self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        if self.review.loaded is None:
            return 0
        if not parent.isValid():
            return len(self._groups) if self.grouped else len(self.review.findings)
        if self.grouped and parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.grouped and index.isValid() and index.internalId() == 0:
            return GROUP_FLAGS
        return ITEM_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation is not HORIZONTAL:
            return None
        if role == DISPLAY:
            return COLUMNS[section]
        if role == TOOLTIP:
            return HEADER_TIPS[section]
        return None

    # ------------------------------------------------------------ content

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        column = index.column()
        if self.grouped and index.internalId() == 0:
            category, members = self._groups[index.row()]
            if column != 0:
                return None
            if role in (DISPLAY, TOOLTIP):
                return f"{self.review.title(category)} ({len(members)})"
            if role == FONT:
                return self.bold
            if role == SORT_ROLE:
                return self._order.get(category, 0)
            if role == INDEX_ROLE:
                return -1
            return None
        i = self.finding_at(index)
        if i is None:
            return None
        f = self.review.findings[i]
        if role == DISPLAY:
            if column == LOCATION:
                return self.review.place(i)
            if column == CATEGORY:
                return self.review.title(f.category)
            if column == STANCE:
                return f.stance.value
            if column == SCORE:
                return f"{f.score:.0f}"
            return STATUS_TEXT[self.review.status(i)]
        if role == INDEX_ROLE:
            return i
        if role == SORT_ROLE:
            if column == LOCATION:
                return i  # draft order
            if column == CATEGORY:
                return self._order.get(f.category, 0) * 10_000 + i
            if column == STANCE:
                return SEVERITY[f.stance] * 10_000 + i
            if column == SCORE:
                return f.score
            return STATUS_ORDER[self.review.status(i)] * 10_000 + i
        if role == TOOLTIP:
            if column == SCORE:
                return f"Likeness {f.score:.0f} of 100. {SCORE_HELP}"
            if column == CATEGORY:
                return self.review.title(f.category)
            return f"{self.review.place(i)}\n{f.text[:300]}"
        if column == STANCE and role in (BACKGROUND, FOREGROUND):
            return self._brushes[f.stance][0 if role == BACKGROUND else 1]
        if role == FONT and column == LOCATION and self.review.status(i) is Status.DISMISSED:
            return self.struck
        if role == ALIGNMENT and column == SCORE:
            return SCORE_ALIGNMENT
        return None


class FindingsFilter(QSortFilterProxyModel):
    """The findings the filters let through; a category row shows while one of its own does."""

    def __init__(self, source: FindingsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings_model = source
        self.category = ""
        self.stances: set[Stance] = set(Stance)
        self.status = "all"
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setSourceModel(source)

    def set_filters(self, category: str, stances: set[Stance], status: str) -> None:
        if (category, stances, status) != (self.category, self.stances, self.status):

            def change() -> None:
                self.category, self.stances, self.status = category, set(stances), status

            refilter(self, change)

    def is_filtering(self) -> bool:
        return bool(self.category) or self.stances != set(Stance) or self.status != "all"

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.findings_model
        if source.grouped and not source_parent.isValid():
            return False  # a category: shown when one of its findings is (recursive filtering)
        if not self.is_filtering():
            return True
        i = source.finding_at(source.index(source_row, 0, source_parent))
        if i is None:
            return False
        f = source.review.findings[i]
        if self.category and f.category != self.category:
            return False
        if f.stance not in self.stances:
            return False
        if self.status != "all":
            is_open = source.review.status(i) is Status.OPEN
            return is_open if self.status == "open" else not is_open
        return True


class FindingsPanel(QWidget):
    def __init__(self, review: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.model = FindingsModel(review, self)
        self.proxy = FindingsFilter(self.model, self)
        self.category = QComboBox()
        self.category.setAccessibleName("Filter by category")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.category.addItem("All categories", "")
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Filter by status")
        for value, text in FILTER_STATUSES:
            self.status_filter.addItem(text, value)
        self.stance_boxes: dict[Stance, QCheckBox] = {}
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.category)
        status = QLabel(self.tr("Stat&us:"))
        status.setBuddy(self.status_filter)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(show, 0, 0)
        filters.addWidget(self.category, 0, 1)
        filters.addWidget(status, 0, 2)
        filters.addWidget(self.status_filter, 0, 3)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 1)
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for stance, text in (
            (Stance.CONTRARY, self.tr("Con&trary")),
            (Stance.WEAK, self.tr("&Weak")),
            (Stance.CONFORMS, self.tr("Confor&ms")),
        ):
            box = QCheckBox(text)
            box.setChecked(True)
            box.setAccessibleName(f"Show {stance.value} findings")
            box.toggled.connect(self._apply_filter)
            self.stance_boxes[stance] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.group_box = QCheckBox(self.tr("&Group by category"))
        self.group_box.setAccessibleName("Group the findings by category")
        self.group_box.setToolTip("Off: the findings in the order of the draft")
        self.group_box.toggled.connect(self.set_grouped)
        boxes.addWidget(self.group_box)
        filters.addLayout(boxes, 1, 0, 1, 4)

        self.tree = QTreeView()
        self.tree.setAccessibleName("Findings")
        self.tree.setModel(self.proxy)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the end of a location tells it apart
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setSortIndicatorClearable(True)  # a third click goes back to the draft's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        for col in (STANCE, SCORE, STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(CATEGORY, 110)
        header.setMinimumSectionSize(36)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Findings summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.menu_actions: list = []  # the window's batch actions, for the context menu
        review.reset.connect(self._reset)
        review.findingsChanged.connect(lambda _: self._update_summary())
        review.currentChanged.connect(self._follow_current)

    # ------------------------------------------------------------ content

    def _reset(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("All categories", "")
        present = {f.category for f in self.review.findings}
        loaded = self.review.loaded
        for category, title in loaded.titles.items() if loaded is not None else ():
            if category in present:
                self.category.addItem(title, category)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)
        self._apply_filter()
        self._spans()

    def set_styles(self, styles: dict[Stance, StanceStyle]) -> None:
        self.model.set_styles(styles)
        self.tree.viewport().update()

    def set_grouped(self, grouped: bool) -> None:
        current = self.current_index()
        if self.group_box.isChecked() != grouped:
            self.group_box.setChecked(grouped)  # (toggles back into this)
            return
        self.model.set_grouped(grouped)
        self.tree.setRootIsDecorated(grouped)
        self._spans()
        if current is not None:
            self.select(current)

    def _spans(self) -> None:
        if not self.model.grouped:
            return
        self.tree.expandAll()
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def status_text(self, index: int) -> str:
        return STATUS_TEXT[self.review.status(index)] if self.review.session is not None else ""

    # ------------------------------------------------------------ filtering and navigation

    def _apply_filter(self) -> None:
        stances = {s for s, box in self.stance_boxes.items() if box.isChecked()}
        self.proxy.set_filters(self.category.currentData() or "", stances, self.status_filter.currentData())
        self._spans()
        self._update_summary()

    def clear_filters(self) -> None:
        for widget in (self.category, self.status_filter, *self.stance_boxes.values()):
            widget.blockSignals(True)
        self.category.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        for box in self.stance_boxes.values():
            box.setChecked(True)
        for widget in (self.category, self.status_filter, *self.stance_boxes.values()):
            widget.blockSignals(False)
        self._apply_filter()

    def _update_summary(self) -> None:
        total = len(self.review.findings)
        shown = len(self.visible_indexes()) if self.proxy.is_filtering() else total
        open_ = self.review.open_count()
        self.summary.setText(f"{shown} of {total} findings shown; {open_} still open.")

    def visible_indexes(self) -> list[int]:
        """The findings shown, in the order shown."""
        out: list[int] = []
        proxy = self.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            children = proxy.rowCount(index)
            if children:
                out += [proxy.index(k, 0, index).data(INDEX_ROLE) for k in range(children)]
            else:
                i = index.data(INDEX_ROLE)
                if i is not None and i >= 0:
                    out.append(i)
        return out

    def current_index(self) -> int | None:
        i = self.tree.currentIndex().data(INDEX_ROLE)
        return i if i is not None and i >= 0 else None

    def selected_indexes(self) -> list[int]:
        """The selected findings, in the order shown (the current one if none is selected)."""
        rows = self.tree.selectionModel().selectedRows()
        chosen = {i for i in (r.data(INDEX_ROLE) for r in rows) if i is not None and i >= 0}
        if not chosen:
            current = self.current_index()
            return [current] if current is not None else []
        return [i for i in self.visible_indexes() if i in chosen]

    def _proxy_index(self, index: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(index))

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.review.findings):
            return
        target = self._proxy_index(index)
        if not target.isValid():
            # Selecting a filtered-out finding (e.g. from the document) shows everything again.
            self.clear_filters()
            target = self._proxy_index(index)
        self.tree.selectionModel().setCurrentIndex(
            target,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(target)

    def next_of(self, index: int | None, step: int = 1, open_only: bool = False) -> int | None:
        """The finding shown ``step`` after (or before) ``index``, wrapping around; with
        ``open_only``, the next one still undecided (None if none is)."""
        order = self.visible_indexes()
        if not order:
            return None
        start = order.index(index) if index in order else (-1 if step > 0 else len(order))
        for n in range(1, len(order) + 1):
            candidate = order[(start + step * n) % len(order)]
            if not open_only or (candidate != index and self.review.status(candidate) is Status.OPEN):
                return candidate
        return None

    def select_next(self, step: int = 1) -> int | None:
        """Select the next (``step=1``) or previous (``-1``) finding shown, wrapping around."""
        target = self.next_of(self.current_index(), step)
        if target is not None:
            self.select(target)
        return target

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        i = current.data(INDEX_ROLE)
        if i is not None and i >= 0:
            self.review.set_current(FINDING, i)

    def _follow_current(self) -> None:
        i = self.review.current_finding()
        if i is not None and i != self.current_index():
            self.select(i)

    def _context_menu(self, point: QPoint) -> None:
        if not self.menu_actions:
            return
        menu = QMenu(self)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()
