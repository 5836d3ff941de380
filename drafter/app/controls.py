"""Small builders for controls the views share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

APP_TITLE = "Drafter"  # the app's name, the title of its windows and message boxes


def push_button(
    text: str, tooltip: str = "", *, name: str | None = None, clicked: Callable[[], object] | None = None
) -> QPushButton:
    """A button with its mnemonic ("&Accept"), an accessible name (the text without "&" and
    "…" unless ``name`` says more) and a tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    if tooltip:
        button.setToolTip(tooltip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


class ElidedLabel(QLabel):
    """One line of text that never widens its window: cut with "…" where it does not fit, the
    whole text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 2, 1)
        QLabel.setText(self, self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], object]) -> None:
    """Change what ``proxy`` filters on (``change`` sets it) and filter its rows again: with
    beginFilterChange/endFilterChange where Qt has them (6.9), else invalidateRowsFilter, which
    they replace (deprecated since)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt before 6.9
        change()
        proxy.invalidateRowsFilter()


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` (a window) ``width`` by ``height``, or less where its screen is smaller:
    room is left for the frame and a taskbar, so that its buttons stay on the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    widget.resize(min(width, available.width() - 16), min(height, available.height() - 48))


class ElideRightDelegate(QStyledItemDelegate):
    """Cuts a column's text at its end (a name), where the view cuts in the middle (a place)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class WrapDelegate(QStyledItemDelegate):
    """A tree column whose texts wrap onto as many lines as they need, as wide as the column is
    (the tree lays its rows out again when the column is resized)."""

    def __init__(self, view: QTreeView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        view.header().sectionResized.connect(self._resized)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section == self.column:
            self.view.doItemsLayout()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        text = str(index.data() or "")
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        spanned = self.view.isFirstColumnSpanned(index.row(), index.parent())
        column = self.view.viewport().width() if spanned else self.view.columnWidth(index.column())
        width = column - self.view.indentation() * (depth + 1) - 12
        if width <= 0 or not text:
            return size
        metrics = option.fontMetrics
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            metrics = QFontMetrics(font)
        bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 6))
