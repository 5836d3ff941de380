"""Small builders for controls the views share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


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
