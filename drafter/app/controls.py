"""Small builders for controls the views share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


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
