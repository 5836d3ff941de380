"""The installed Qt bindings, checked for a defect the app cannot work around."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication


def test_qt_methods_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None with every call of a Qt method
    that returns nothing; rendering a 300-page draft made that thousands of calls and the app
    crashed. pyproject.toml excludes that release there (Python 3.12 makes None immortal)."""
    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(1_000):
        cursor.setPosition(0)
    assert sys.getrefcount(None) >= before - 10
