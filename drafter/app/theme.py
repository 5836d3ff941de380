"""Colours and themes.

Stance colours come from the Okabe-Ito palette (sky blue, yellow, reddish purple), which
stays distinguishable with the common colour-vision deficiencies; the weak and contrary
highlights also carry a dashed or wavy underline so that colour is never the only cue.
They match the Word export (turquoise, yellow and pink highlighter).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.model import Stance


@dataclass(frozen=True, slots=True)
class StanceStyle:
    background: str
    foreground: str
    underline: str  # "none", "dash" or "wave"
    label: str


LIGHT = {
    Stance.CONFORMS: StanceStyle("#BFE3F7", "#000000", "none", QT_TRANSLATE_NOOP("Legend", "Conforms")),
    Stance.WEAK: StanceStyle("#F8F0A0", "#000000", "dash", QT_TRANSLATE_NOOP("Legend", "Weak")),
    Stance.CONTRARY: StanceStyle("#EFC3DC", "#000000", "wave", QT_TRANSLATE_NOOP("Legend", "Contrary")),
}
DARK = {
    Stance.CONFORMS: StanceStyle("#1D4F6E", "#FFFFFF", "none", QT_TRANSLATE_NOOP("Legend", "Conforms")),
    Stance.WEAK: StanceStyle("#6A6218", "#FFFFFF", "dash", QT_TRANSLATE_NOOP("Legend", "Weak")),
    Stance.CONTRARY: StanceStyle("#6E2F55", "#FFFFFF", "wave", QT_TRANSLATE_NOOP("Legend", "Contrary")),
}
SELECTED_OUTLINE = "#0072B2"
INSERT_COLOUR = {"light": "#006400", "dark": "#8FE38F"}
DELETE_COLOUR = {"light": "#B00020", "dark": "#FF8A80"}


def is_dark(app: QApplication | None = None) -> bool:
    running = app if app is not None else QApplication.instance()
    if not isinstance(running, QApplication):
        return False
    return running.palette().color(QPalette.ColorRole.Window).lightness() < 128


def stance_styles(dark: bool) -> dict[Stance, StanceStyle]:
    return DARK if dark else LIGHT


def apply_theme(app: QApplication, theme: str) -> None:
    """'system' keeps the platform look; 'light' and 'dark' use Fusion with a fixed palette."""
    if theme == "system":
        app.setPalette(app.style().standardPalette())
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    if theme == "light":
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    base, window, text = QColor("#1E1E1E"), QColor("#2B2B2B"), QColor("#E8E8E8")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3D7EBF"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7FB8F0"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9A9A9A"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A7A"))
    app.setPalette(p)
