"""Every finding, grouped by category, with filters and next/previous navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.app.theme import StanceStyle
from drafter.model import Finding, Stance
from drafter.review import Status

INDEX_ROLE = Qt.ItemDataRole.UserRole
# Built once at import: PySide creates its enum types on first use (about 12 ms for these),
# which would otherwise fall in the slot that shows a new analysis and stall the window.
SCORE_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
STATUS_TEXT = {
    Status.OPEN: "Open",
    Status.ACCEPTED: "Accepted",
    Status.EDITED: "Edited",
    Status.DISMISSED: "Dismissed",
}
COLUMNS = ("Location", "Stance", "Score", "Status")


class FindingsPanel(QWidget):
    findingSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = QComboBox()
        self.category.setAccessibleName("Filter by category")
        self.category.addItem("All categories", "")
        self.stance_boxes: dict[Stance, QCheckBox] = {}
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        label = QLabel("&Show:")
        label.setBuddy(self.category)
        filters.addWidget(label)
        filters.addWidget(self.category, 1)
        for stance, text in (
            (Stance.CONTRARY, "&Contrary"),
            (Stance.WEAK, "&Weak"),
            (Stance.CONFORMS, "C&onforms"),
        ):
            box = QCheckBox(text)
            box.setChecked(True)
            box.setAccessibleName(f"Show {stance.value} findings")
            box.toggled.connect(self._apply_filter)
            self.stance_boxes[stance] = box
            filters.addWidget(box)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Findings")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.summary = QLabel("")
        self.summary.setAccessibleName("Findings summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._findings: list[Finding] = []
        self._styles: dict[Stance, StanceStyle] = {}
        self._warm_up()

    @staticmethod
    def _warm_up() -> None:
        """Make one throwaway row the way set_findings() does: PySide creates the enum types these
        calls use on first use (about 10 ms), at start-up rather than when an analysis lands."""
        item = QTreeWidgetItem(["", "", "", ""])
        item.setFlags(GROUP_FLAGS)
        item.setData(0, INDEX_ROLE, 0)
        item.setToolTip(0, "")
        item.setBackground(1, QBrush(QColor("#ffffff")))
        item.setForeground(1, QBrush(QColor("#000000")))
        item.setTextAlignment(2, SCORE_ALIGNMENT)
        font = item.font(0)
        font.setBold(True)
        font.setStrikeOut(False)
        item.setFont(0, font)

    # ------------------------------------------------------------ content

    def set_findings(
        self,
        findings: list[Finding],
        titles: dict[str, str],
        statuses: dict[int, Status],
        styles: dict[Stance, StanceStyle],
    ) -> None:
        self._findings = list(findings)
        self._styles = styles
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        self._groups.clear()
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("All categories", "")
        for category, title in titles.items():
            if any(f.category == category for f in findings):
                self.category.addItem(title, category)
        restore = self.category.findData(current)
        self.category.setCurrentIndex(max(restore, 0))
        self.category.blockSignals(False)
        for category, title in titles.items():
            members = [i for i, f in enumerate(findings) if f.category == category]
            if not members:
                continue
            group = QTreeWidgetItem([f"{title} ({len(members)})"])
            group.setFlags(GROUP_FLAGS)
            group.setData(0, INDEX_ROLE, None)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            self._groups[category] = group
            for i in members:
                f = findings[i]
                item = QTreeWidgetItem([self._location(f), f.stance.value, f"{f.score:.0f}", ""])
                item.setData(0, INDEX_ROLE, i)
                item.setToolTip(0, f.text[:300])
                style = styles[f.stance]
                item.setBackground(1, QBrush(QColor(style.background)))
                item.setForeground(1, QBrush(QColor(style.foreground)))
                item.setTextAlignment(2, SCORE_ALIGNMENT)
                group.addChild(item)
                self._items[i] = item
                self._set_status_text(item, statuses.get(i, Status.OPEN))
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self._apply_filter()

    @staticmethod
    def _location(f: Finding) -> str:
        where = f.label or f"Paragraph {f.paragraph + 1}"
        return f"{where} (footnote)" if f.part.value == "footnotes" and "Footnote" not in where else where

    def _set_status_text(self, item: QTreeWidgetItem, status: Status) -> None:
        item.setText(3, STATUS_TEXT[status])
        font = item.font(0)
        font.setStrikeOut(status is Status.DISMISSED)
        item.setFont(0, font)

    def set_status(self, index: int, status: Status) -> None:
        item = self._items.get(index)
        if item is not None:
            self._set_status_text(item, status)
        self._update_summary()

    def status_text(self, index: int) -> str:
        item = self._items.get(index)
        return item.text(3) if item is not None else ""

    # ------------------------------------------------------------ filtering and navigation

    def _apply_filter(self) -> None:
        wanted = self.category.currentData() or ""
        stances = {s for s, box in self.stance_boxes.items() if box.isChecked()}
        for group in self._groups.values():
            visible = 0
            for k in range(group.childCount()):
                child = group.child(k)
                if child is None:
                    continue
                f = self._findings[child.data(0, INDEX_ROLE)]
                show = (not wanted or f.category == wanted) and f.stance in stances
                child.setHidden(not show)
                visible += show
            group.setHidden(visible == 0)
        self._update_summary()

    def _update_summary(self) -> None:
        shown = sum(1 for item in self._items.values() if not item.isHidden())
        open_ = sum(1 for item in self._items.values() if item.text(3) == STATUS_TEXT[Status.OPEN])
        self.summary.setText(f"{shown} of {len(self._items)} findings shown; {open_} still open.")

    def visible_indexes(self) -> list[int]:
        out = []
        for group in self._groups.values():
            if group.isHidden():
                continue
            for k in range(group.childCount()):
                child = group.child(k)
                if child is not None and not child.isHidden():
                    out.append(child.data(0, INDEX_ROLE))
        return out

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, INDEX_ROLE) if item is not None else None

    def select(self, index: int) -> None:
        item = self._items.get(index)
        if item is None:
            return
        if item.isHidden():
            # Selecting a filtered-out finding (e.g. from the document) shows everything again.
            self.category.setCurrentIndex(0)
            for box in self.stance_boxes.values():
                box.setChecked(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def select_next(self, step: int = 1) -> int | None:
        """Select the next (``step=1``) or previous (``-1``) visible finding, wrapping around."""
        order = self.visible_indexes()
        if not order:
            return None
        current = self.current_index()
        if current not in order:
            target = order[0] if step > 0 else order[-1]
        else:
            target = order[(order.index(current) + step) % len(order)]
        self.select(target)
        return target

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        index = current.data(0, INDEX_ROLE)
        if index is not None:
            self.findingSelected.emit(index)
