"""The app's widgets in Spanish and French (drafter/app/language.py, drafter/app/translations/):
the Qt catalogues, the language chosen as the core's and switched live, and no English left in any
window, dialog or menu the app opens."""

from __future__ import annotations

import contextlib
import html
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from drafter import i18n
from drafter.analysis import analyze
from drafter.app import language
from drafter.app.compare_view import CompareView
from drafter.app.document_view import DocumentView
from drafter.app.edit_dialog import EditDialog
from drafter.app.export_dialog import ExportDialog
from drafter.app.guide_window import GuideWindow
from drafter.app.main_window import MainWindow
from drafter.app.memo_export import MemoPrintPreview, ask_memo_path
from drafter.app.settings import AppSettings, SettingsStore
from drafter.app.settings_dialog import SettingsDialog
from drafter.compare import compare
from drafter.document import load_draft
from drafter.library.loader import Library, load_library
from drafter.memo import build_memo
from tests.builders import build_sample, text_docx
from tests.conftest import ROOT
from tests.test_app import wait_loaded
from tests.test_app_mnemonics import clashes, menu_clashes
from tests.test_i18n import ENGLISH as CLI_ENGLISH

# The command line's list (tests/test_i18n.py) and the app's own words: English words that are
# words of neither Spanish nor French ("clause", "note", "article", "zoom", "interface", "guide",
# "continue", "version", "source", "compare", "insertion" are French; "no", "general" Spanish; so they are not here).
ENGLISH = CLI_ENGLISH | frozenset(
    re.findall(
        r"\S+",
        """
        export exported exporting settings accept accepted dismiss dismissed decision decisions
        review edit edited insert inserted undo redo status select selected cancel cancelled close
        comment comments tracked changes change copy annotated comparison likeness stance
        title location yours shipped replaces rule search new delete add remove ready failed saved
        restored keep retry here there will when where user about quit next previous size
        group recent light dark system theme initials author reason
        """,
    )
)
TRANSLATIONS = ROOT / "drafter" / "app" / "translations"
LANGS = ("es", "fr")
FRENCH_DRAFT = ROOT / "tests" / "dev_drafts" / "fr_projet_convention.docx"
BIN = Path(sys.executable).parent


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """The core and the widgets in ``lang`` (translators installed), English again after."""
    language.switch(lang)
    try:
        yield
    finally:
        language.switch("en")


# ---------------------------------------------------------------- the catalogues


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"drafter_{lang}.ts").getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


_FIELD = re.compile(r"\{\w*\}|%n")
_MNEMONIC = re.compile(r"&(?!gt;|lt;|amp;|nbsp;)[^&\s]")


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_its_fields_and_mnemonic(lang: str) -> None:
    problems = []
    messages = _messages(lang)
    assert len(messages) > 350
    for context, m in messages:
        source = m.findtext("source") or ""
        translation = m.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") or not all(f.strip() for f in forms):
            problems.append(f"unfinished: {context}: {source!r}")
            continue
        for form in forms:
            if sorted(_FIELD.findall(form)) != sorted(_FIELD.findall(source)):
                problems.append(f"fields differ: {context}: {source!r} -> {form!r}")
            if bool(_MNEMONIC.search(form.replace("&&", ""))) != bool(
                _MNEMONIC.search(source.replace("&&", ""))
            ):
                problems.append(f"mnemonic: {context}: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def _keys(path: Path) -> set[tuple[str, str, bool]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "", m.get("numerus") == "yes")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_the_catalogues_hold_the_messages_of_the_code(tmp_path: Path) -> None:
    """lupdate finds no message the .ts files lack, and they keep none that is gone
    (scripts/translations updates them)."""
    sources = sorted(str(p) for p in (ROOT / "drafter" / "app").rglob("*.py"))
    fresh = tmp_path / "fresh_es.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = _keys(fresh)
    assert ("MainWindow", "&File", False) in extracted
    for lang in LANGS:
        have = _keys(TRANSLATIONS / f"drafter_{lang}.ts")
        assert sorted(extracted - have) == [], f"{lang}: new messages; run scripts/translations"
        assert sorted(have - extracted) == [], f"{lang}: messages gone; run scripts/translations"
    plurals = {k for k in extracted if k[2]}
    assert _keys(TRANSLATIONS / "drafter_en.ts") == plurals  # English: the plural forms only


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_the_compiled_catalogues_are_the_compilation_of_the_ts_files(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"drafter_{lang}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"drafter_{lang}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    shipped = (TRANSLATIONS / f"drafter_{lang}.qm").read_bytes()
    assert shipped == fresh.read_bytes(), "the .qm is stale: run scripts/translations"


def test_the_catalogues_are_packaged_with_qts_own() -> None:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "app/translations/*.qm" in data["tool"]["setuptools"]["package-data"]["drafter"]
    spec = (ROOT / "packaging" / "drafter.spec").read_text(encoding="utf-8")
    assert '"drafter/app/translations"' in spec and '"qtbase_es.qm", "qtbase_fr.qm"' in spec
    for lang in LANGS:
        files = language.catalogue_files(lang)
        assert [f.name for f in files] == [f"drafter_{lang}.qm", f"qtbase_{lang}.qm"]
        assert all(f.is_file() for f in files)


def test_loading_the_translators_takes_a_few_milliseconds(qtbot: QtBot) -> None:
    times = []
    for lang in ("es", "fr", "en") * 3:
        start = time.perf_counter()
        language.install(lang)
        times.append(time.perf_counter() - start)
    language.install("en")
    assert sorted(times)[len(times) // 2] < 0.005, times


def test_qts_own_buttons_follow(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    with speaking("fr"):
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    with speaking("es"):
        assert QCoreApplication.translate("MainWindow", "&File").replace("&", "") == "Archivo"


# ---------------------------------------------------------------- the language, chosen and changed


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    win.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    win.open_path(build_sample(tmp_path / "sample-draft.docx"))
    wait_loaded(qtbot, win)
    return win


def _switch(qtbot: QtBot, win: MainWindow, choice: str) -> None:
    win.apply_settings(replace(win.settings, interface_language=choice))
    QCoreApplication.sendPostedEvents()  # (the QEvent.LanguageChange of every widget)
    qtbot.wait(20)


def test_the_language_is_switched_live_without_losing_the_review(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    assert win.session is not None
    review = win.review
    acceptable = [i for i in range(len(review.findings)) if review.can_accept(i)]
    review.accept(acceptable[:2])
    review.dismiss([acceptable[2]], "Covered elsewhere")
    chosen = acceptable[3]
    win.findings.select(chosen)
    win.document.verticalScrollBar().setValue(win.document.verticalScrollBar().maximum() // 2)
    scroll = win.document.verticalScrollBar().value()
    decisions = dict(win.session.decisions)
    sort_column = win.findings.tree.header().sortIndicatorSection()
    words = {
        "es": ("Archivo", "Ubicación", "Observaciones", "Aceptar", "Todas las categorías", "Deshacer"),
        "fr": ("Fichier", "Emplacement", "Constatations", "Accepter", "Toutes les catégories", "Annuler"),
        "en": ("File", "Location", "Findings", "Accept", "All categories", "Undo"),
    }
    for choice in ("es", "fr", "system"):
        _switch(qtbot, win, choice)
        lang = "en" if choice == "system" else choice  # (the tests' DRAFTER_LANGUAGE is English)
        assert i18n.language() == lang and language.current() == lang
        assert win.store.qsettings.value(i18n.SETTINGS_KEY) == choice
        menu, column, tab, accept, everything, undo = words[lang]
        assert win.file_menu.title().replace("&", "") == menu
        assert win.findings.model.headerData(0, Qt.Orientation.Horizontal) == column
        assert win.side.tabText(0).replace("&", "").startswith(f"{tab} (")
        assert win.detail.accept_button.text().replace("&", "") == accept
        assert win.findings.category.itemText(0) == everything
        assert win.undo_action.text().replace("&", "").startswith(undo)
        # ... and the review is as it was: decisions, the finding looked at, the scroll, the list.
        assert dict(win.session.decisions) == decisions
        assert win.findings.current_index() == chosen and review.current_finding() == chosen
        assert win.document.verticalScrollBar().value() == scroll
        assert win.findings.tree.header().sortIndicatorSection() == sort_column
        assert len(win.findings.visible_indexes()) == len(review.findings)
    # The category titles the core gives follow the language; the draft's own words do not.
    _switch(qtbot, win, "es")
    category = review.findings[chosen].category
    assert win.loaded is not None
    assert review.title(category) == win.loaded.library.category_title(category, "es")
    assert win.findings.model.rows[chosen][1].text() == review.title(category)
    assert win.loaded.places[chosen] in win.detail.title.text()
    _switch(qtbot, win, "en")


def test_the_app_starts_in_the_saved_language(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_VARIABLE)
    store = SettingsStore()  # the default file, where drafter.i18n reads the choice
    store.save(replace(AppSettings(), interface_language="fr"))
    try:
        assert i18n.set_language(None) == "fr"
        win = MainWindow(store)
        qtbot.addWidget(win)
        assert win.file_menu.title().replace("&", "") == "Fichier"
        assert win.settings.interface_language == "fr"
        dialog = SettingsDialog(win.settings, win)
        assert dialog.language.currentData() == "fr" and dialog.language.currentText() == "Français"
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert names == ["Système", "English", "Español", "Français"]
        dialog.deleteLater()
    finally:
        language.switch("en")


@pytest.mark.parametrize("lang", LANGS)
def test_mnemonics_are_unique_in_every_language(qtbot: QtBot, lang: str, tmp_path: Path) -> None:
    from tests import test_app_mnemonics

    with speaking(lang):
        win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
        win.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
        qtbot.addWidget(win)
        win.show()
        win.open_path(build_sample(tmp_path / "sample-draft.docx"))
        wait_loaded(qtbot, win)
        problems = clashes(win)
        for action in win.menuBar().actions():
            problems += menu_clashes(action.menu())  # type: ignore[arg-type]
        win.side.setCurrentWidget(win.missing)
        win.missing.set_current_row(0)
        problems += clashes(win)
        assert problems == [], "\n".join(problems)
        test_app_mnemonics.test_the_dialogs_have_unique_mnemonics(qtbot, win, tmp_path)


# ---------------------------------------------------------------- no English left


def _strip_tags(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.DOTALL)
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_strings(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(_columns(model, QModelIndex())):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield "header", value

    def rows(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 400)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield "item", value
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                yield from rows(first)

    yield from rows(QModelIndex())


def visible_strings(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every string ``root`` and the widgets in it show: window titles, labels,
    buttons, group boxes, tabs, placeholders, tooltips, combo items, rich text (tags stripped),
    item views' headers and items, the menus and the actions of menu bars and toolbars."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        if widget.isWindow():
            out.append((f"{name} title", widget.windowTitle()))
        out.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            out.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append(("group box", widget.title()))
        elif isinstance(widget, QLineEdit):
            out.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            out += [("combo item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                out += [("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            out.append(("placeholder", widget.placeholderText()))
            if isinstance(widget, QTextEdit) and not isinstance(widget, DocumentView):  # (the draft)
                out.append((f"{name} text", widget.toPlainText()))
        if isinstance(widget, QAbstractItemView):
            out += list(_model_strings(widget))
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                out.append(("menu", action.text()))
                if action.menu() is not None:
                    out += menu_strings(action.menu())  # type: ignore[arg-type]
        if isinstance(widget, QToolBar):
            out += [("toolbar", a.toolTip()) for a in widget.actions()]
    return [(what, _strip_tags(text)) for what, text in out if text and text.strip()]


def menu_strings(menu: QMenu) -> list[tuple[str, str]]:
    out = [("menu", menu.title())]
    for action in menu.actions():
        out += [("action", action.text()), ("action tooltip", action.toolTip())]
        if action.menu() is not None:
            out += menu_strings(action.menu())  # type: ignore[arg-type]
    return out


# What is shown in any language: proper names, formats, keys, codes.
PROPER = re.compile(
    r"\b(?:Drafter|Word|LibreOffice|PDF|CSV|YAML|Ctrl|Shift|Esc|F\d+)\b"
    r"|\S*\.(?:docx|docm|dotx|dotm|yaml|yml|json|pdf|csv)\b\S*"
    r"|\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b"  # clause ids: AMN-MX-1
    r"|\{\w+\}"
    r"|\S*/\S*"  # paths
    r"|'[^'\s]+'"  # an identifier quoted: 'title.en'
)


def _remove(text: str, data: list[str]) -> str:
    for item in sorted(data, key=len, reverse=True):
        words = item.split()
        if len(item.strip()) > 2:
            text = re.sub(r"\s+".join(re.escape(w) for w in words), " ", text)
    return text


def _english(text: str) -> list[str]:
    return sorted({w for w in re.findall(r"[^\W\d_]+", PROPER.sub(" ", text)) if w.lower() in ENGLISH})


def english_left(shown: list[tuple[str, str]], data: list[str]) -> dict[str, list[str]]:
    """The English words of each string shown, once the data (the draft's own words, the
    library's wordings, file names) and the proper names are out."""
    out: dict[str, list[str]] = {}
    for what, text in shown:
        words = _english(text)
        if words:  # (only then: taking every datum out of every string would take minutes)
            lowered = {w.lower() for w in words}
            near = [d for d in data if lowered & {w.lower() for w in re.findall(r"[^\W\d_]+", d)}]
            words = _english(_remove(text, near))
        if words:
            out[f"{what}: {text[:160]!r}"] = words
    return out


def library_data(library: Library) -> list[str]:
    """The library's own wordings (shown as quotes, in the draft's or their own language)."""
    out: list[str] = []
    for category in library.categories.values():
        out += category.spec.title.dump().values()
        out += category.spec.description.dump().values()
        for rec in category.clauses:
            c = rec.clause
            out.append(c.id)
            for value in (c.title, c.model, c.suggestion, c.rationale):
                out += value.dump().values()
            for p in c.precedents:
                out += [p.cite(), p.instrument, p.article, p.url or ""]
            for f in c.formulations:
                out += [f.text, f.source or "", f.note or "", f.url or "", f.stance, f.lang, f.status or ""]
            out.append(rec.origin)
    for lang in library.languages.values():
        out.append(lang.name)
    return [s for s in out if s]


def draft_data(win: MainWindow, tmp_path: Path) -> list[str]:
    """The draft's own text, its places, and what the analysis says in the draft's language."""
    assert win.loaded is not None
    analysis = win.loaded.analysis
    out = [p.text for p in analysis.draft.paragraphs] + [n.text for n in analysis.draft.footnotes]
    out += win.loaded.places + [p.label for p in analysis.draft.paragraphs if p.label]
    for i, f in enumerate(analysis.findings):
        out += [
            f.text,
            f.text[:300],
            f.why or "",
            *f.reasons,
            f.model_text,
            f.suggestion or "",
            f.rationale or "",
        ]
        # The redline the detail pane shows: the draft's words and the suggestion's, interleaved.
        out.append("".join(op.text for op in win.review.preview(i).ops))
        out += [*f.precedents, f.clause_id, f.label or ""]
    for m in analysis.missing:
        out += [m.suggestion, m.rationale, *m.precedents, m.clause_id]
    out += [str(tmp_path), str(Path.home()), str(analysis.draft.path), analysis.language]
    return [s for s in out if s]


class Captured:
    """What the app's dialogs (file choosers, input dialogs, message boxes) were asked to show."""

    def __init__(self) -> None:
        self.strings: list[tuple[str, str]] = []
        self.data: list[str] = []  # quoted in them: the data of the draft compared with, the memo

    def add(self, what: str, *texts: object) -> None:
        self.strings += [(what, _strip_tags(str(t))) for t in texts if isinstance(t, str) and t.strip()]


def _file_dialogs(monkeypatch: pytest.MonkeyPatch, captured: Captured) -> None:
    def chooser(*args: Any, **kwargs: Any) -> tuple[str, str]:
        captured.add(
            "file dialog", *args[1:2], *(a for a in args[3:4]), kwargs.get("caption"), kwargs.get("filter")
        )
        for filters in args[3:4]:
            captured.add("file filter", *filters.split(";;"))
        return "", ""

    def folder(*args: Any, **kwargs: Any) -> str:
        captured.add("folder dialog", *args[1:2])
        return ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chooser))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))


def walk_the_app(
    qtbot: QtBot, win: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[tuple[str, str]], list[str]]:
    """Every window, dialog, menu and message of the app on the open draft, as strings shown."""
    assert win.loaded is not None and win.session is not None
    captured = Captured()
    _file_dialogs(monkeypatch, captured)
    win.show_info = lambda title, text: captured.add("message box", title, text)  # type: ignore[method-assign]
    win.show_error = lambda text: captured.add("error box", text)  # type: ignore[method-assign]
    shown: list[tuple[str, str]] = []
    review = win.review
    # The main window on a finding, after decisions (the detail pane, the list, the status bar).
    acceptable = [i for i in range(len(review.findings)) if review.can_accept(i)]
    review.accept(acceptable[:1])
    win.findings.select(acceptable[0])
    shown += visible_strings(win)
    win.findings.select(acceptable[1])
    review.dismiss([acceptable[1]], None)
    review.note(acceptable[1], "x")
    shown += visible_strings(win.detail)
    win.findings.tree.selectAll()
    win.accept_selected()
    shown += visible_strings(win.statusBar())
    # The context menu, and the missing categories with one of them looked at.
    context = QMenu()
    for action in win.findings.menu_actions:
        if action is not None:
            context.addAction(action)
    shown += menu_strings(context)
    if review.missing:
        win.side.setCurrentWidget(win.missing)
        win.missing.set_current_row(0)
        shown += visible_strings(win)
    # The input dialogs and the wording editor the detail pane asks with.
    win.detail.ask_text = lambda _p, title, label, _t: (
        captured.add("input dialog", title, label),
        ("", False),
    )[1]  # type: ignore[method-assign,assignment]
    win.detail.ask_wording = lambda _p, title, _o, _w, context="", _i=False: (
        captured.add("wording", title, context),
        ("", False),
    )[1]  # type: ignore[method-assign,assignment]
    win.side.setCurrentWidget(win.findings)
    win.findings.select(acceptable[2])
    win.detail.dismiss()
    win.detail.note()
    win.detail.edit()
    win.dismiss_selected()
    if review.missing:
        win.missing.set_current_row(0)
        win.detail.edit()
    win.about()
    win.ask_open_path()
    win.ask_save_path(tmp_path / "x.docx")
    win.ask_review_path(tmp_path / "x.json")
    win.ask_compare_path()
    ask_memo_path(win, tmp_path / "memo.docx")
    library = win.loaded.library
    analysis = win.loaded.analysis
    earlier = analyze(
        load_draft(text_docx(tmp_path / "old.docx", ["1. States may grant amnesties for these crimes."])),
        load_library([]),
    )
    finding = analysis.findings[0]
    comparison = compare(earlier, analysis, library.categories)
    memo = build_memo(analysis, library, {})
    # What the comparison and the memo quote: the earlier draft's words, the memo's title (the
    # memo is in the draft's language).
    captured.data += [memo.title, *(p.text for p in earlier.draft.paragraphs)]
    for changes in comparison.changes.values():
        for change in changes:
            captured.data.append(change.location)
            captured.data += [c.location for c in (change.old, change.new) if c is not None]
            captured.data += [c.text for c in (change.old, change.new) if c is not None]
    dialogs: list[QWidget] = [
        SettingsDialog(win.settings, win),
        ExportDialog(AppSettings(), win),
        ExportDialog(AppSettings(author="Ana Ruiz"), win),
        CompareView(comparison, dict(win.loaded.titles), win),
        MemoPrintPreview(memo, win),
        EditDialog(
            QCoreApplication.translate("DetailPanel", "Edit and accept"), finding.text, "", parent=win
        ),
        EditDialog(
            QCoreApplication.translate("DetailPanel", "Edit and insert"), "", "x", inserted=True, parent=win
        ),
        win.unsaved_box()[0],
        win.review_not_saved_box("")[0],
        win.exported_box(tmp_path / "annotated.docx")[0],
        win.memo_written_box(tmp_path / "memo.docx")[0],
    ]
    # The user guide: Help > User guide on the quick start of the language (a page in it quotes
    # the menus as the app shows them), and the short built-in guide where docs/ is missing.
    win.guide_action.trigger()
    assert win.guide is not None and win.guide.browser.source().fileName().startswith("quickstart.")
    dialogs.append(win.guide)
    monkeypatch.setenv("DRAFTER_DOCS_DIR", str(tmp_path / "no-docs"))
    dialogs.append(GuideWindow(None, win))
    monkeypatch.delenv("DRAFTER_DOCS_DIR")
    for dialog in dialogs:
        shown += visible_strings(dialog)
    dialogs[0]._add_folder()  # type: ignore[attr-defined]
    # The library editor: a clause, a category, the form (a new clause), its file dialogs.
    win.edit_library()
    editor = win.library_editor
    assert editor is not None
    editor.confirm = lambda title, text: (captured.add("confirm", title, text), False)[1]  # type: ignore[method-assign]
    editor.show_info = lambda title, text: captured.add("message box", title, text)  # type: ignore[method-assign]
    shown += visible_strings(editor)
    editor.select_category("amnesty")
    shown += visible_strings(editor)
    editor.new_clause()
    editor.validate_now()
    shown += visible_strings(editor)
    editor.dirty = True
    editor.cancel_edit()
    editor.dirty = False
    editor.cancel_edit()
    editor.ask_open_path()
    editor.ask_save_path(tmp_path / "clauses.yaml")
    for dialog in dialogs:
        dialog.deleteLater()
    return shown + captured.strings, captured.data


def _every_window_in(
    lang: str, draft: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, list[str]]:
    with speaking(lang):
        win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
        win.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
        qtbot.addWidget(win)
        win.show()
        win.open_path(draft)
        wait_loaded(qtbot, win)
        assert win.loaded is not None
        shown, quoted = walk_the_app(qtbot, win, tmp_path, monkeypatch)
        assert len(shown) > 300  # the walk reached the app's windows
        data = draft_data(win, tmp_path) + library_data(win.loaded.library) + quoted
        return english_left(shown, data)


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_left_in_any_window_on_an_english_draft(
    qtbot: QtBot, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left = _every_window_in(lang, build_sample(tmp_path / "sample-draft.docx"), qtbot, tmp_path, monkeypatch)
    assert not left, "\n".join(f"{k} -> {v}" for k, v in left.items())


def test_no_english_left_on_a_french_draft_in_spanish(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left = _every_window_in("es", FRENCH_DRAFT, qtbot, tmp_path, monkeypatch)
    assert not left, "\n".join(f"{k} -> {v}" for k, v in left.items())


def test_the_collector_finds_english(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    dialog.setWindowTitle("Paramètres")
    layout.addWidget(QLabel("<b>Open</b> the draft"))
    box = QComboBox()
    box.addItems(["Todas", "Missing"])
    layout.addWidget(box)
    edit = QLineEdit()
    edit.setPlaceholderText("Nom de l’auteur")
    edit.setToolTip("Shown on comments")
    layout.addWidget(edit)
    left = english_left(visible_strings(dialog), ["the draft"])
    assert sorted({w for words in left.values() for w in words}) == ["Missing", "Open", "comments"], left
    assert english_left([("label", "Article 6, Word.docx, clause AMN-MX-1")], []) == {}
