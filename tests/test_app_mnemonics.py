"""Keyboard mnemonics are unique in every window and dialog of the app.

Alt+letter goes to one control only: a menu of the menu bar and a button of the same window, two
buttons, or two items of one menu, may not share a letter. Controls on different pages of a tab
widget or a stack are never on screen together, so they may.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from drafter.analysis import analyze
from drafter.app.compare_view import CompareView
from drafter.app.edit_dialog import EditDialog
from drafter.app.export_dialog import ExportDialog
from drafter.app.guide_window import GuideWindow
from drafter.app.main_window import MainWindow
from drafter.app.memo_export import MemoPrintPreview
from drafter.app.settings import AppSettings, SettingsStore
from drafter.app.settings_dialog import SettingsDialog
from drafter.compare import compare
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.memo import build_memo
from tests.builders import build_sample, text_docx
from tests.test_app import wait_loaded

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter of ``text``'s mnemonic ("&Accept" -> "a"), or None ("&&" is a literal &)."""
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _pages(widget: QWidget, root: QWidget) -> tuple[tuple[int, int], ...]:
    """The (stack, page) pairs ``widget`` sits in, from ``root`` down."""
    out = []
    child: QWidget | None = widget
    parent = widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget) and child is not None:
            index = parent.indexOf(child)
            if index >= 0:
                out.append((id(parent), index))
        child, parent = parent, parent.parentWidget()
    return tuple(out)


def _exclusive(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    """Whether two controls are on different pages of one stack (never shown together)."""
    pages = dict(a)
    return any(stack in pages and pages[stack] != page for stack, page in b)


def window_mnemonics(root: QWidget) -> Iterator[tuple[str, str, tuple[tuple[int, int], ...]]]:
    """(letter, what, pages) of every mnemonic of ``root``'s own controls: buttons, check boxes,
    labels with a buddy, group boxes, tabs and, for a main window, the menu bar's menus."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and widget.window() is not root:
            continue  # a window or dialog of its own: walked on its own
        pages = _pages(widget, root)
        text = ""
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        if text and (letter := mnemonic(text)):
            yield letter, f"{type(widget).__name__} {text!r}", pages
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if letter := mnemonic(widget.tabText(i)):
                    yield letter, f"tab {widget.tabText(i)!r}", pages
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if letter := mnemonic(action.text()):
                yield letter, f"menu {action.text()!r}", ()


def clashes(root: QWidget) -> list[str]:
    found = list(window_mnemonics(root))
    out = []
    for n, (letter, what, pages) in enumerate(found):
        for other_letter, other, other_pages in found[n + 1 :]:
            if letter == other_letter and not _exclusive(pages, other_pages):
                out.append(f"Alt+{letter.upper()}: {what} and {other}")
    return out


def menu_clashes(menu: QMenu) -> list[str]:
    """Two items of one menu with the same letter (each submenu checked on its own)."""
    out = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = mnemonic(action.text())
        if letter is None:
            out.append(f"{menu.title()!r}: {action.text()!r} has no mnemonic")
        elif letter in seen:
            out.append(f"{menu.title()!r}: {seen[letter]!r} and {action.text()!r} (Alt+{letter.upper()})")
        else:
            seen[letter] = action.text()
        if action.menu() is not None:
            out += menu_clashes(action.menu())  # type: ignore[arg-type]
    return out


def test_the_walker_finds_a_clash(qtbot: QtBot) -> None:
    assert mnemonic("&Accept") == "a" and mnemonic("Fish && &chips") == "c" and mnemonic("Close") is None
    dialog = QDialog()
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    layout = QVBoxLayout(dialog)
    tabs = QTabWidget()
    one, two = QWidget(), QWidget()
    QVBoxLayout(one).addWidget(QPushButton("&Open"))
    QVBoxLayout(two).addWidget(QPushButton("&Other"))  # another page: no clash with "&Open"
    tabs.addTab(one, "&Tab")
    tabs.addTab(two, "Ot&her")
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("Re&open"))  # beside both pages: a clash with each
    problems = clashes(dialog)
    assert len(problems) == 2 and all("Re&open" in p for p in problems), problems
    dialog.deleteLater()


@pytest.fixture
def loaded(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    win.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    win.open_path(build_sample(tmp_path / "sample-draft.docx"))
    wait_loaded(qtbot, win)
    return win


def test_the_main_window_and_its_menus_have_unique_mnemonics(qtbot: QtBot, loaded: MainWindow) -> None:
    win = loaded
    problems = clashes(win)
    for action in win.menuBar().actions():
        problems += menu_clashes(action.menu())  # type: ignore[arg-type]
    # The findings list's context menu, and the detail pane showing a missing category (its
    # buttons say "insertion").
    context = QMenu()
    for action in win.findings.menu_actions:
        if action is None:
            context.addSeparator()
        else:
            context.addAction(action)
    problems += menu_clashes(context)
    win.side.setCurrentWidget(win.missing)
    win.missing.set_current_row(0)
    assert win.detail.accept_button.text() == "&Accept insertion"
    problems += clashes(win)
    assert problems == [], "\n".join(problems)
    assert {mnemonic(a.text()) for a in win.menuBar().actions()} == set("frvlh")


def test_the_dialogs_have_unique_mnemonics(qtbot: QtBot, loaded: MainWindow, tmp_path: Path) -> None:
    win = loaded
    assert win.loaded is not None and win.session is not None
    library = win.loaded.library
    earlier = analyze(
        load_draft(text_docx(tmp_path / "old.docx", ["1. States may grant amnesties for these crimes."])),
        load_library([]),
    )
    analysis = win.loaded.analysis
    memo = build_memo(analysis, library, {})
    finding = analysis.findings[0]
    win.session.decide(next(iter(win.session._by_key)), win.session.decision(next(iter(win.session._by_key))))
    windows: list[QWidget] = [
        SettingsDialog(AppSettings(), win),
        ExportDialog(AppSettings(), win),
        ExportDialog(AppSettings(author="Ana Ruiz"), win),
        CompareView(compare(earlier, analysis, library.categories), dict(win.loaded.titles), win),
        MemoPrintPreview(memo, win),
        EditDialog("Edit and accept", finding.text, finding.suggestion or finding.text, parent=win),
        EditDialog("Edit and insert", "Article 6", "No amnesty.", inserted=True, parent=win),
        GuideWindow(None, win),
        win.unsaved_box()[0],
        win.review_not_saved_box("The review could not be saved.")[0],
        win.exported_box(tmp_path / "annotated.docx")[0],
        win.memo_written_box(tmp_path / "memo.docx")[0],
    ]
    win.edit_library()
    editor = win.library_editor
    assert editor is not None
    windows.append(editor)
    problems = []
    for window in windows:
        problems += clashes(window)
    # The library editor's other states: a category selected ("Edit…" for "Make my version…"),
    # and the form open.
    editor.select_category("amnesty")
    problems += clashes(editor)
    editor.new_clause()
    problems += clashes(editor)
    editor.dirty = False
    editor.cancel_edit()
    assert problems == [], "\n".join(problems)
    for window in windows:
        window.deleteLater()
