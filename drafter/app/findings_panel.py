"""Every finding, in draft order or grouped by category: sortable columns, filters by category,
stance and status, a selection to decide in one go, and next/previous navigation.

The list is a view of ``FindingsModel`` (the review model's findings as rows) through
``FindingsFilter`` (a QSortFilterProxyModel): a new analysis resets the model, and the view
asks only for the rows it shows, so nothing is done per finding when the findings arrive.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
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

from drafter.app.controls import ElideRightDelegate
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.review_model import FINDING, Loaded, ReviewModel
from drafter.app.theme import StanceStyle, is_dark, stance_styles
from drafter.model import Stance
from drafter.review import Status

INDEX_ROLE = Qt.ItemDataRole.UserRole  # the finding's index in the analysis (-1 for a category row)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # what the filters look at (``filter_key``)
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
    Status.OPEN: QT_TRANSLATE_NOOP("Status", "Open"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("Status", "Accepted"),
    Status.EDITED: QT_TRANSLATE_NOOP("Status", "Edited"),
    Status.DISMISSED: QT_TRANSLATE_NOOP("Status", "Dismissed"),
}
STANCE_TEXT = {
    Stance.CONFORMS: QT_TRANSLATE_NOOP("Stance", "conforms"),
    Stance.WEAK: QT_TRANSLATE_NOOP("Stance", "weak"),
    Stance.CONTRARY: QT_TRANSLATE_NOOP("Stance", "contrary"),
}
STATUS_ORDER = {Status.OPEN: 0, Status.ACCEPTED: 1, Status.EDITED: 2, Status.DISMISSED: 3}
SEVERITY = {Stance.CONTRARY: 0, Stance.WEAK: 1, Stance.CONFORMS: 2}
COLUMNS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Location"),
    QT_TRANSLATE_NOOP("FindingsModel", "Category"),
    QT_TRANSLATE_NOOP("FindingsModel", "Stance"),
    QT_TRANSLATE_NOOP("FindingsModel", "Score"),
    QT_TRANSLATE_NOOP("FindingsModel", "Status"),
)
LOCATION, CATEGORY, STANCE, SCORE, STATUS = range(len(COLUMNS))
HEADER_TIPS = {
    LOCATION: QT_TRANSLATE_NOOP("FindingsModel", "Where the clause is, in the draft's own words"),
    CATEGORY: QT_TRANSLATE_NOOP("FindingsModel", "The measure of impunity the clause is about"),
    STANCE: QT_TRANSLATE_NOOP(
        "FindingsModel", "What the clause does, measured against the model: conforms, weak or contrary"
    ),
    STATUS: QT_TRANSLATE_NOOP("FindingsModel", "Your decision: open, accepted, edited or dismissed"),
}
FILTER_STATUSES = (
    ("all", QT_TRANSLATE_NOOP("FindingsPanel", "All")),
    ("open", QT_TRANSLATE_NOOP("FindingsPanel", "Open")),
    ("decided", QT_TRANSLATE_NOOP("FindingsPanel", "Decided")),
)


def score_help() -> str:
    """What the likeness score means (the list's tooltip, the detail pane, the short guide)."""
    return QCoreApplication.translate(
        "FindingsModel",
        "Likeness: how closely the clause's words resemble the library wording it was matched with "
        "(0-100). It is evidence, not severity: the stance says whether the clause conforms, is weak "
        "or is contrary.",
    )


def status_word(status: Status) -> str:
    """A decision's status in the interface language ("Open", "Accepted" ...)."""
    return QCoreApplication.translate("Status", STATUS_TEXT[status])


def stance_word(stance: Stance) -> str:
    """A stance in the interface language ("conforms", "weak", "contrary")."""
    return QCoreApplication.translate("Stance", STANCE_TEXT[stance])


def score_tip(score: float) -> str:
    return QCoreApplication.translate("FindingsModel", "Likeness {score} of 100. {help}").format(
        score=f"{score:.0f}", help=score_help()
    )


def filter_key(category: str, stance: Stance, status: Status) -> str:
    """What the filters look at, as one string the proxy's pattern matches (no call into Python)."""
    return f"{category}|{stance.value}|{'open' if status is Status.OPEN else 'decided'}"


def filter_pattern(category: str, stances: set[Stance], status: str) -> str:
    """The pattern of the findings the filters let through ("" for all of them)."""
    if not category and stances == set(Stance) and status == "all":
        return ""
    kinds = "|".join(sorted(s.value for s in stances)) or "(?!)"
    return f"^{re.escape(category) if category else '[^|]*'}\\|(?:{kinds})\\|{status if status != 'all' else '[^|]*'}$"


class FindingsModel(QStandardItemModel):
    """The findings as rows of items, in draft order or under their categories.

    Built with the analysis on the worker thread (``build``) and handed to the window, where the
    list only shows it: the rows hold their own texts, colours and sort keys, so that painting,
    sorting and filtering the list never call into Python (a model answering each cell from
    Python took 60 ms to paint the list of a 300-page draft). No method Qt calls is overridden.
    """

    def __init__(self, grouped: bool = False, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.grouped = grouped
        self.rows: dict[int, list[QStandardItem]] = {}  # finding -> the items of its row
        self.categories: dict[int, str] = {}  # finding -> its category (for the filter key)
        self.stances: dict[int, Stance] = {}
        self._statuses: dict[int, Status] = {}
        self.struck = QFont()
        self.struck.setStrikeOut(True)
        self.group_items: dict[str, QStandardItem] = {}  # category -> its row (grouped)
        self.retranslate_headers()

    def retranslate_headers(self) -> None:
        """The columns' names and tooltips in the interface language (headerDataChanged follows)."""
        for col, text in enumerate(COLUMNS):
            self.setHeaderData(col, HORIZONTAL, QCoreApplication.translate("FindingsModel", text), DISPLAY)
            tip = (
                score_help()
                if col == SCORE
                else QCoreApplication.translate("FindingsModel", HEADER_TIPS[col])
            )
            self.setHeaderData(col, HORIZONTAL, tip, TOOLTIP)

    def retranslate(self, loaded: Loaded | None) -> None:
        """Every word of the rows in the interface language again (the draft's own words, the
        locations, stay as they are): category titles, stances, statuses, tooltips."""
        self.retranslate_headers()
        if loaded is None:
            return
        findings = loaded.analysis.findings
        members: dict[str, int] = {}
        for f in findings:
            members[f.category] = members.get(f.category, 0) + 1
        for category, group in self.group_items.items():
            title = loaded.titles.get(category, category)
            group.setText(f"{title} ({members.get(category, 0)})")
            group.setToolTip(title)
        for i, row in self.rows.items():
            f = findings[i]
            title = loaded.titles.get(f.category, f.category)
            row[CATEGORY].setText(title)
            row[CATEGORY].setToolTip(title)
            row[STANCE].setText(stance_word(f.stance))
            row[SCORE].setToolTip(score_tip(f.score))
            row[STATUS].setText(status_word(self._statuses.get(i, Status.OPEN)))

    @classmethod
    def build(
        cls,
        loaded: Loaded,
        grouped: bool,
        styles: dict[Stance, StanceStyle],
        statuses: dict[int, Status] | None = None,
    ) -> FindingsModel:
        """The rows of ``loaded``'s findings (any thread; the model is moved to the GUI thread)."""
        model = cls(grouped)
        statuses = statuses or {}
        order = {cid: n for n, cid in enumerate(loaded.titles)}
        brushes = {
            s: (QBrush(QColor(st.background)), QBrush(QColor(st.foreground))) for s, st in styles.items()
        }
        findings = loaded.analysis.findings
        groups: dict[str, QStandardItem] = {}
        members: dict[str, int] = {}
        for f in findings:
            members[f.category] = members.get(f.category, 0) + 1
        if grouped:
            for category in sorted(members, key=lambda c: order.get(c, len(order))):
                title = loaded.titles.get(category, category)
                group = QStandardItem(f"{title} ({members[category]})")
                group.setFlags(GROUP_FLAGS)
                group.setToolTip(title)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                group.setData(-1, INDEX_ROLE)
                group.setData(order.get(category, 0), SORT_ROLE)
                filler = [QStandardItem() for _ in COLUMNS[1:]]
                for item in filler:
                    item.setFlags(GROUP_FLAGS)
                model.appendRow([group, *filler])
                groups[category] = group
        model.group_items = groups
        root = model.invisibleRootItem()
        for i, f in enumerate(findings):
            place = loaded.places[i]
            title = loaded.titles.get(f.category, f.category)
            status = statuses.get(i, Status.OPEN)
            location = QStandardItem(place)
            location.setData(i, INDEX_ROLE)
            location.setData(i, SORT_ROLE)
            location.setToolTip(f"{place}\n{f.text[:300]}")
            topic = QStandardItem(title)
            topic.setData(order.get(f.category, 0) * 10_000 + i, SORT_ROLE)
            topic.setToolTip(title)
            stance = QStandardItem(stance_word(f.stance))
            stance.setData(SEVERITY[f.stance] * 10_000 + i, SORT_ROLE)
            stance.setBackground(brushes[f.stance][0])
            stance.setForeground(brushes[f.stance][1])
            score = QStandardItem(f"{f.score:.0f}")
            score.setData(f.score, SORT_ROLE)
            score.setTextAlignment(SCORE_ALIGNMENT)
            score.setToolTip(score_tip(f.score))
            row = [location, topic, stance, score, QStandardItem()]
            for item in row:
                item.setFlags(ITEM_FLAGS)
            model.rows[i] = row
            model.categories[i] = f.category
            model.stances[i] = f.stance
            model._set_status(i, status)
            (groups[f.category] if grouped else root).appendRow(row)
        main = QCoreApplication.instance()
        if main is not None and model.thread() is not main.thread():
            model.moveToThread(main.thread())
        return model

    def _set_status(self, i: int, status: Status) -> None:
        row = self.rows[i]
        self._statuses[i] = status
        row[STATUS].setText(status_word(status))
        row[STATUS].setData(STATUS_ORDER[status] * 10_000 + i, SORT_ROLE)
        row[LOCATION].setData(filter_key(self.categories[i], self.stances[i], status), FILTER_ROLE)
        row[LOCATION].setData(self.struck if status is Status.DISMISSED else None, FONT)

    def set_statuses(self, statuses: dict[int, Status]) -> None:
        for i, status in statuses.items():
            if i in self.rows:
                self._set_status(i, status)

    def set_styles(self, styles: dict[Stance, StanceStyle]) -> None:
        for i, row in self.rows.items():
            style = styles[self.stances[i]]
            row[STANCE].setBackground(QBrush(QColor(style.background)))
            row[STANCE].setForeground(QBrush(QColor(style.foreground)))

    def index_of(self, finding: int, column: int = 0) -> QModelIndex:
        row = self.rows.get(finding)
        return row[column].index() if row is not None else QModelIndex()

    def finding_at(self, index: QModelIndex) -> int | None:
        i = index.siblingAtColumn(0).data(INDEX_ROLE) if index.isValid() else None
        return i if i is not None and i >= 0 else None


class FindingsFilter(QSortFilterProxyModel):
    """The findings the filters let through, matched by pattern on each row's filter key; a
    category row shows while one of its own does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category = ""
        self.stances: set[Stance] = set(Stance)
        self.status = "all"
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(LOCATION)

    def set_filters(self, category: str, stances: set[Stance], status: str) -> None:
        if (category, stances, status) != (self.category, self.stances, self.status):
            self.category, self.stances, self.status = category, set(stances), status
            self.setFilterRegularExpression(filter_pattern(category, stances, status))

    def is_filtering(self) -> bool:
        return bool(self.filterRegularExpression().pattern())


class FindingsPanel(QWidget):
    def __init__(self, review: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.model = FindingsModel()
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.styles = stance_styles(is_dark())
        self.category = QComboBox()
        self.category.setAccessibleName("Filter by category")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.category.addItem("", "")  # all categories
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Filter by status")
        for value, _text in FILTER_STATUSES:
            self.status_filter.addItem("", value)
        self.stance_boxes: dict[Stance, QCheckBox] = {}
        self.show_label = show = QLabel()
        show.setBuddy(self.category)
        self.status_label = status = QLabel()
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
        for stance in (Stance.CONTRARY, Stance.WEAK, Stance.CONFORMS):
            box = QCheckBox()
            box.setChecked(True)
            box.setAccessibleName(f"Show {stance.value} findings")
            box.toggled.connect(self._apply_filter)
            self.stance_boxes[stance] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.group_box = QCheckBox()
        self.group_box.setAccessibleName("Group the findings by category")
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
        self.names = ElideRightDelegate(self.tree)  # a category's name is cut at its end
        self.tree.setItemDelegateForColumn(CATEGORY, self.names)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setSortIndicatorClearable(True)  # a third click goes back to the draft's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.Stretch)
        for col in (STANCE, SCORE, STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
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
        review.findingsChanged.connect(self._statuses_changed)
        review.currentChanged.connect(self._follow_current)
        self.retranslate()

    # ------------------------------------------------------------ the interface language

    def _size_columns(self) -> None:
        """The columns but the first two as wide as their longest possible word, measured here
        once (and again in another language): sized to their contents, the view would measure
        every row when the findings arrive."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header()

        def name(col: int) -> str:
            return QCoreApplication.translate("FindingsModel", COLUMNS[col])

        widest = {
            STANCE: (name(STANCE), *(stance_word(s) for s in Stance)),
            SCORE: (name(SCORE), "100"),
            STATUS: (name(STATUS), *(status_word(s) for s in Status)),
        }
        for col, words in widest.items():
            header.resizeSection(col, max(metrics.horizontalAdvance(w) for w in words) + 22)

    def retranslate(self) -> None:
        """Every word of the panel in the interface language (filters, selection, scroll and
        sorting kept)."""
        self.show_label.setText(self.tr("&Show:"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.category.setItemText(0, self.tr("All categories"))
        loaded = self.review.loaded
        if loaded is not None:
            for row in range(1, self.category.count()):
                cid = self.category.itemData(row)
                self.category.setItemText(row, loaded.titles.get(cid, cid))
        for row, (_value, text) in enumerate(FILTER_STATUSES):
            self.status_filter.setItemText(row, QCoreApplication.translate("FindingsPanel", text))
        texts = {
            Stance.CONTRARY: self.tr("Con&trary"),
            Stance.WEAK: self.tr("&Weak"),
            Stance.CONFORMS: self.tr("Confor&ms"),
        }
        for stance, box in self.stance_boxes.items():
            box.setText(texts[stance])
        self.group_box.setText(self.tr("&Group by category"))
        self.group_box.setToolTip(self.tr("Off: the findings in the order of the draft"))
        self.model.retranslate(loaded)
        self._size_columns()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ content

    def _reset(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        present = {f.category for f in self.review.findings}
        loaded = self.review.loaded
        for category, title in loaded.titles.items() if loaded is not None else ():
            if category in present:
                self.category.addItem(title, category)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)
        built = loaded.findings_model if loaded is not None else None
        if isinstance(built, FindingsModel) and built.grouped == self.group_box.isChecked():
            loaded.findings_model = None  # type: ignore[union-attr]  # (the list owns it now)
            built.set_statuses(self._decided())
            self._use(built)
        else:
            self._rebuild()
        self._apply_filter()

    def _decided(self) -> dict[int, Status]:
        """The statuses that are not open (restored decisions): a new model's rows say open."""
        return {i: self.review.status(i) for i in self.review.decided_indexes()}

    def _rebuild(self) -> None:
        loaded = self.review.loaded
        if loaded is None:
            self._use(FindingsModel(self.group_box.isChecked()))
        else:
            self._use(FindingsModel.build(loaded, self.group_box.isChecked(), self.styles, self._decided()))

    def _use(self, model: FindingsModel) -> None:
        old = self.model
        self.model = model
        self.proxy.setSourceModel(model)
        self.tree.setRootIsDecorated(model.grouped)
        self._spans()
        if old is not model:
            old.deleteLater()

    def _statuses_changed(self, indexes: list[int]) -> None:
        self.model.set_statuses({i: self.review.status(i) for i in indexes})
        self._update_summary()

    def set_styles(self, styles: dict[Stance, StanceStyle]) -> None:
        self.styles = styles
        self.model.set_styles(styles)

    def set_grouped(self, grouped: bool) -> None:
        current = self.current_index()
        if self.group_box.isChecked() != grouped:
            self.group_box.setChecked(grouped)  # (toggles back into this)
            return
        if self.model.grouped != grouped:
            self._rebuild()
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
        self.summary.setText(
            self.tr("{shown} of %n finding(s) shown; {open} still open.", "", total).format(
                shown=shown, open=open_
            )
        )

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
        source = self.model.index_of(index)
        return self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()

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
