"""Help > User guide (drafter/app/guide_window.py), driven as a lawyer drives it (pytest-qt,
offscreen): the guide's pages read in a window of the app, a link clicked, a picture shown, Back,
Forward and Home, the web left to the browser, the start page of each language, the short guide
where docs/ is missing, the window's size kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from drafter.app import guide_window
from drafter.app.guide_window import GuideWindow
from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore
from tests.conftest import ROOT
from tests.test_app_i18n import speaking

DOCS = ROOT / "docs"


@pytest.fixture
def win(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def _open_guide(qtbot: QtBot, win: MainWindow) -> GuideWindow:
    win.guide_action.trigger()
    guide = win.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return guide


def _page(guide: GuideWindow) -> str:
    return Path(guide.browser.source().toLocalFile()).name


def click_link(qtbot: QtBot, guide: GuideWindow, href: str) -> None:
    """Click, with the mouse, the first link of the page shown that goes to ``href``."""
    browser = guide.browser
    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                qtbot.wait(10)
                rect = browser.cursorRect(cursor)
                point = QPoint(rect.x(), rect.center().y())
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    pytest.fail(f"no link to {href} on {_page(guide)}")


def _picture(guide: GuideWindow, name: str) -> QImage | QPixmap:
    resource = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    assert isinstance(resource, QImage | QPixmap), name
    return resource


# (The offscreen platform of the tests cannot raise a window, and says so.)
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_help_opens_the_guide_on_its_index_and_links_are_followed(qtbot: QtBot, win: MainWindow) -> None:
    assert win.guide_action.shortcut().toString() == "F1"
    guide = _open_guide(qtbot, win)
    assert not guide.isModal() and guide.isWindow()
    assert _page(guide) == "README.md"
    assert guide.page_title() == "Drafter's user guide"
    assert guide.windowTitle() == "Drafter's user guide — Drafter — User guide"
    # The index's screenshot is loaded, narrowed to the page's width.
    picture = _picture(guide, "images/main-window.png")
    assert not picture.isNull() and picture.width() > 1000
    assert not guide.back_button.isEnabled() and not guide.forward_button.isEnabled()

    click_link(qtbot, guide, "findings.md")
    qtbot.waitUntil(lambda: _page(guide) == "findings.md")
    assert guide.page_title() == "Reading the findings"
    assert not _picture(guide, "images/main-window.png").isNull()
    assert guide.back_button.isEnabled()

    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert _page(guide) == "README.md" and guide.page_title() == "Drafter's user guide"
    assert guide.forward_button.isEnabled()
    qtbot.mouseClick(guide.forward_button, Qt.MouseButton.LeftButton)
    assert _page(guide) == "findings.md"
    qtbot.mouseClick(guide.home_button, Qt.MouseButton.LeftButton)
    assert _page(guide) == "README.md"
    # Asked again, the same window comes to the front (it is not modal: the review goes on).
    assert _open_guide(qtbot, win) is guide


def test_the_guides_keys(qtbot: QtBot, win: MainWindow) -> None:
    guide = _open_guide(qtbot, win)
    guide.follow(QUrl("deciding.md"))
    assert guide.page_title() == "Deciding"
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    assert QApplication.focusWidget() is guide.browser
    qtbot.keyClick(guide.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _page(guide) == "README.md"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _page(guide) == "deciding.md"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert _page(guide) == "README.md"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_a_link_to_a_heading_and_outside_the_guides_folder(qtbot: QtBot, win: MainWindow) -> None:
    guide = _open_guide(qtbot, win)
    guide.resize(700, 500)
    guide.follow(QUrl("../README.md#the-command-line"))
    assert _page(guide) == "README.md" and guide.browser.source().toLocalFile() == str(ROOT / "README.md")
    assert guide.browser.verticalScrollBar().value() > 0  # at the heading, not the top
    guide.browser.backward()
    assert guide.browser.source().toLocalFile() == str(DOCS / "README.md")
    # A picture or a file that is no page stays where it is, and says so.
    guide.follow(QUrl("images/compare.png"))
    assert _page(guide) == "README.md"
    assert "compare.png" in guide.status.text() and guide.status.isVisible()


def test_a_web_link_goes_to_the_browser_not_into_the_window(
    qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        guide_window.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    guide = _open_guide(qtbot, win)
    guide.follow(QUrl("https://example.org/treaty"))
    guide.follow(QUrl("mailto:someone@example.org"))
    assert opened == ["https://example.org/treaty", "mailto:someone@example.org"]
    assert _page(guide) == "README.md" and not guide.back_button.isEnabled()
    assert guide.status.text() == "Opened in your browser: mailto:someone@example.org"
    guide.follow(QUrl("ftp://example.org/file"))
    assert len(opened) == 2 and _page(guide) == "README.md"


@pytest.mark.parametrize(
    ("lang", "page", "heading", "full"),
    [
        ("es", "quickstart.es.md", "Drafter en una página", "La guía completa, en inglés"),
        ("fr", "quickstart.fr.md", "Drafter en une page", "Le guide complet, en anglais"),
    ],
)
def test_in_spanish_and_french_the_guide_opens_on_the_quick_start(
    qtbot: QtBot, tmp_path: Path, lang: str, page: str, heading: str, full: str
) -> None:
    with speaking(lang):
        win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
        qtbot.addWidget(win)
        win.show()
        guide = _open_guide(qtbot, win)
        assert _page(guide) == page and guide.page_title() == heading
        assert guide.back_button.text().replace("&", "") in ("Atrás", "Précédent")
        assert not _picture(guide, "images/main-window.png").isNull()
        # The quick start links to the full guide, in English, followed in the window.
        assert full in guide.browser.toPlainText()
        click_link(qtbot, guide, "README.md")
        qtbot.waitUntil(lambda: _page(guide) == "README.md")
        assert guide.page_title() == "Drafter's user guide"
        guide.close()


def test_the_start_page_follows_a_change_of_language(qtbot: QtBot, win: MainWindow) -> None:
    guide = _open_guide(qtbot, win)
    with speaking("fr"):
        qtbot.waitUntil(lambda: _page(guide) == "quickstart.fr.md")
        assert guide.home_button.text() == "&Accueil"
    qtbot.waitUntil(lambda: _page(guide) == "README.md")
    assert guide.home_button.text() == "&Home"


def test_without_docs_the_short_guide_is_shown_in_the_same_window(
    qtbot: QtBot, win: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTER_DOCS_DIR", str(tmp_path / "no-docs"))
    guide = _open_guide(qtbot, win)
    text = guide.browser.toPlainText()
    assert "likeness" in text and "evidence, not severity" in text
    assert guide.page_title() == "Reviewing a draft with Drafter"
    qtbot.mouseClick(guide.home_button, Qt.MouseButton.LeftButton)
    assert "likeness" in guide.browser.toPlainText()


def test_the_guide_keeps_its_size(qtbot: QtBot, win: MainWindow) -> None:
    guide = _open_guide(qtbot, win)
    assert (guide.width(), guide.height()) == guide_window.DEFAULT_SIZE
    guide.resize(720, 610)
    guide.close()
    again = GuideWindow(win.store.qsettings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 610)
    # The settings file of the test, never the user's.
    assert win.store.qsettings.fileName().startswith(str(Path(win.store.path).parent))
