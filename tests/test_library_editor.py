"""The clause library editor, driven the way a lawyer drives it (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextBrowser,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from drafter.app.library_editor import LibraryEditor
from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore
from drafter.library.loader import load_library
from drafter.library.userlib import UserLibrary
from drafter.paths import user_library_dir

LEFT = Qt.MouseButton.LeftButton


class Answers:
    """Stands in for the editor's dialogs."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.confirm_answers: list[bool] = []
        self.open_path = ""
        self.save_path = ""


def make_editor(qtbot: QtBot, folder: Path) -> tuple[LibraryEditor, Answers]:
    ed = LibraryEditor(UserLibrary(folder), lambda: load_library([folder]))
    answers = Answers()
    ed.show_error = answers.errors.append  # type: ignore[method-assign]
    ed.show_info = lambda title, text: answers.infos.append((title, text))  # type: ignore[method-assign]

    def confirm(title: str, text: str) -> bool:
        answers.confirms.append(text)
        return answers.confirm_answers.pop(0) if answers.confirm_answers else True

    ed.confirm = confirm  # type: ignore[method-assign]
    ed.ask_open_path = lambda: answers.open_path  # type: ignore[method-assign]
    ed.ask_save_path = lambda suggested: answers.save_path  # type: ignore[method-assign]
    qtbot.addWidget(ed)
    ed.show()
    return ed, answers


@pytest.fixture
def editor(qtbot: QtBot) -> tuple[LibraryEditor, Answers]:
    return make_editor(qtbot, user_library_dir())


def select(ed: LibraryEditor, clause_id: str) -> None:
    assert ed.select_id(clause_id), clause_id


def select_category(ed: LibraryEditor, category: str) -> None:
    assert ed.select_category(category), category


def source_label(ed: LibraryEditor, clause_id: str) -> str:
    label = ed.source_label(clause_id)
    assert label is not None, clause_id
    shown = ed.found.mapFromSource(ed.clauses.index_of(clause_id).siblingAtColumn(1))
    assert shown.data() == label  # what the Source column shows
    return label


def fill_new_clause(qtbot: QtBot, ed: LibraryEditor, clause_id: str, model: str) -> None:
    form = ed.form
    qtbot.keyClicks(form.clause_id, clause_id)
    qtbot.keyClicks(form.text("title", "en"), "Our amnesty ban")
    if model:
        qtbot.keyClicks(form.text("model", "en"), model)
    form.set_text("model", "es", "No se concederá amnistía alguna.")  # QTest types ASCII only
    qtbot.keyClicks(form.text("suggestion", "en"), "{states} shall not grant amnesties for {crimes}.")
    qtbot.keyClicks(form.text("rationale", "en"), "The delegation's wording.")
    qtbot.mouseClick(form.precedents.add_button, LEFT)
    type_into_cell(qtbot, "Statute of the Special Court for Sierra Leone")
    form.precedents.set_cell(0, 1, "art 10")


def type_into_cell(qtbot: QtBot, text: str) -> None:
    """Add row opens the new row's first empty cell for typing; Enter commits it."""
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit), cell
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)


def test_create_a_clause_by_filling_the_form(qtbot: QtBot, editor, isolated_user_folders: Path) -> None:
    ed, answers = editor
    ed.activateWindow()
    select_category(ed, "amnesty")
    qtbot.mouseClick(ed.new_button, LEFT)
    assert ed.is_editing and not ed.tree.isEnabled()
    assert ed.form.selected_category() == "amnesty"
    assert not ed.save_button.isEnabled()
    fill_new_clause(qtbot, ed, "AMN-MX-1", model="")
    assert ed.validate_timer.isActive()  # validation waits for a pause in typing
    qtbot.waitUntil(lambda: not ed.validate_timer.isActive(), timeout=2000)
    assert ed.messages == ["field 'model.en': English is required"]
    assert "English is required" in ed.problems.text()
    assert not ed.save_button.isEnabled()

    qtbot.keyClicks(ed.form.text("model", "en"), "No amnesty shall be granted for crimes against humanity.")
    # A weak formulation without a note is refused until it says why.
    qtbot.mouseClick(ed.form.formulations.add_button, LEFT)
    type_into_cell(qtbot, "Amnesties should be avoided where possible.")
    ed.form.formulations.set_cell(0, 0, "weak")
    qtbot.waitUntil(lambda: any("formulations[1]" in m for m in ed.messages), timeout=2000)
    assert "note" in ed.messages[0] and not ed.save_button.isEnabled()
    ed.form.formulations.set_cell(0, 4, "A mere wish, not a prohibition.")
    qtbot.waitUntil(ed.save_button.isEnabled, timeout=2000)
    assert "Ready to save" in ed.problems.text()

    qtbot.mouseClick(ed.save_button, LEFT)
    assert not ed.is_editing and answers.errors == []
    path = isolated_user_folders / "data" / "library" / "amnesty.yaml"
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["category"] == "amnesty"
    clause = saved["clauses"][0]
    assert clause["id"] == "AMN-MX-1"
    assert clause["model"] == {
        "en": "No amnesty shall be granted for crimes against humanity.",
        "es": "No se concederá amnistía alguna.",
    }
    assert clause["precedents"] == [
        {"instrument": "Statute of the Special Court for Sierra Leone", "article": "art 10"}
    ]
    assert clause["formulations"] == [
        {
            "stance": "weak",
            "lang": "en",
            "text": "Amnesties should be avoided where possible.",
            "note": "A mere wish, not a prohibition.",
        }
    ]
    assert source_label(ed, "AMN-MX-1") == "Yours"
    assert ed.current_id() == "AMN-MX-1"
    assert "Our amnesty ban" in ed.view.toPlainText()
    rec = load_library([user_library_dir()]).clause("AMN-MX-1")
    assert rec.category == "amnesty" and not rec.overrides_shipped


def test_a_clash_with_another_category_is_refused_as_you_type(qtbot: QtBot, editor) -> None:
    ed, _ = editor
    pardon_id = load_library([]).categories["pardon"].clauses[0].id
    select_category(ed, "amnesty")
    qtbot.mouseClick(ed.new_button, LEFT)
    fill_new_clause(qtbot, ed, pardon_id, model="No amnesty.")
    qtbot.waitUntil(
        lambda: any("is a shipped clause of category 'pardon'" in m for m in ed.messages), timeout=2000
    )
    assert not ed.save_button.isEnabled()
    ed.form.clause_id.setText("AMN-MX-2")
    qtbot.waitUntil(ed.save_button.isEnabled, timeout=2000)
    ed.dirty = True
    answers_before = ed.is_editing
    assert answers_before
    ed.reject()  # Esc: asks before discarding
    assert not ed.is_editing and not ed.has_clause("AMN-MX-2")


def test_make_my_version_of_a_shipped_clause(qtbot: QtBot, editor) -> None:
    ed, answers = editor
    shipped = load_library([]).categories["amnesty"].clauses[0]
    select(ed, shipped.id)
    assert source_label(ed, shipped.id) == "Shipped"
    assert "Make my" in ed.edit_button.text()
    assert not ed.delete_button.isEnabled()
    assert "read-only" in ed.view.toPlainText()
    qtbot.mouseClick(ed.edit_button, LEFT)
    assert ed.form.clause_id.isReadOnly() and not ed.form.category.isEnabled()
    assert ed.form.text("model", "en").toPlainText() == shipped.clause.model.en
    ed.form.text("rationale", "en").setPlainText("Our delegation's reasons.")
    qtbot.waitUntil(ed.save_button.isEnabled, timeout=2000)
    qtbot.mouseClick(ed.save_button, LEFT)
    assert answers.errors == []
    assert source_label(ed, shipped.id) == "Replaces shipped"
    assert "Your version replaces the shipped clause" in ed.view.toPlainText()
    assert "Our delegation's reasons." in ed.view.toPlainText()
    assert ed.edit_button.text() == "&Edit…" and ed.delete_button.isEnabled()
    rec = load_library([user_library_dir()]).clause(shipped.id)
    assert rec.overrides_shipped and rec.clause.rationale.en == "Our delegation's reasons."
    # The rule is stated in the window.
    assert "same id as a shipped clause replaces it" in ed.rule.text()


def test_search_filters_by_id_title_and_text(qtbot: QtBot, editor) -> None:
    ed, _ = editor
    everything = ed.visible_ids()
    assert len(everything) == load_library([]).clause_count
    pardon_id = load_library([]).categories["pardon"].clauses[0].id
    qtbot.keyClicks(ed.search, pardon_id.lower())
    assert ed.visible_ids() == [pardon_id]
    assert ed.current_id() == pardon_id
    ed.search.clear()
    qtbot.keyClicks(ed.search, "AMNISTIA")  # accents and case do not matter
    found = ed.visible_ids()
    assert found and set(found) < set(everything)
    assert all("amnist" in ed.search_keys[cid] for cid in found)
    assert "match" in ed.count_label.text()
    ed.search.clear()
    qtbot.keyClicks(ed.search, "no such words anywhere")
    assert ed.visible_ids() == [] and ed.current_id() is None
    ed.search.clear()
    assert ed.visible_ids() == everything


def test_delete_asks_and_only_for_your_clauses(qtbot: QtBot, editor) -> None:
    ed, answers = editor
    userlib = ed.userlib
    shipped = load_library([]).categories["penalties"].clauses[0]
    data = shipped.clause.model_dump(exclude_none=True)
    data["id"] = "PEN-MX-1"
    userlib.save_clause("penalties", data)
    ed.refresh("PEN-MX-1")
    assert source_label(ed, "PEN-MX-1") == "Yours"
    changes: list[int] = []
    ed.changed.connect(lambda: changes.append(1))
    answers.confirm_answers = [False]
    qtbot.mouseClick(ed.delete_button, LEFT)
    assert ed.has_clause("PEN-MX-1") and changes == []
    assert "Delete your clause PEN-MX-1" in answers.confirms[-1]
    answers.confirm_answers = [True]
    qtbot.mouseClick(ed.delete_button, LEFT)
    assert not ed.has_clause("PEN-MX-1") and changes == [1]
    assert userlib.clauses() == {}
    select(ed, shipped.id)
    assert not ed.delete_button.isEnabled()


def test_duplicate_starts_a_new_clause_from_a_copy(qtbot: QtBot, editor) -> None:
    ed, _ = editor
    shipped = load_library([]).categories["victims_rights"].clauses[0]
    select(ed, shipped.id)
    qtbot.mouseClick(ed.duplicate_button, LEFT)
    assert ed.form.clause_id.text() == f"{shipped.id}-COPY"
    assert not ed.form.clause_id.isReadOnly()
    qtbot.waitUntil(ed.save_button.isEnabled, timeout=2000)
    qtbot.mouseClick(ed.save_button, LEFT)
    assert source_label(ed, f"{shipped.id}-COPY") == "Yours"
    assert source_label(ed, shipped.id) == "Shipped"


def test_export_then_import_into_a_fresh_folder(qtbot: QtBot, editor, tmp_path: Path) -> None:
    ed, answers = editor
    shipped = load_library([]).categories["amnesty"].clauses[0].clause
    override = shipped.model_dump(exclude_none=True)
    override["rationale"] = {"en": "Ours."}
    ed.userlib.save_clause("amnesty", override)
    added = dict(override, id="AMN-MX-1")
    ed.userlib.save_clause("amnesty", added)
    ed.refresh()
    answers.save_path = str(tmp_path / "share")  # the extension is added
    qtbot.mouseClick(ed.export_button, LEFT)
    bundle = tmp_path / "share.yaml"
    assert answers.errors == [] and bundle.is_file()
    assert "2 clauses of yours" in answers.infos[-1][1]

    fresh = tmp_path / "colleague"
    other, other_answers = make_editor(qtbot, fresh)
    assert not other.export_button.isEnabled()  # nothing of theirs yet
    other_answers.open_path = str(bundle)
    qtbot.mouseClick(other.import_button, LEFT)
    assert other_answers.errors == []
    assert "added 2" in other_answers.infos[-1][1]
    assert source_label(other, shipped.id) == "Replaces shipped"
    assert source_label(other, "AMN-MX-1") == "Yours"
    assert sorted(p.name for p in fresh.iterdir()) == ["amnesty.yaml"]


def test_invalid_import_shows_why_and_changes_nothing(qtbot: QtBot, editor, tmp_path: Path) -> None:
    ed, answers = editor
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: drafter-clauses\nversion: 1\ncategories:\n- category: amnesty\n  clauses:\n  - id: AMN-X-1\n",
        encoding="utf-8",
    )
    answers.open_path = str(bad)
    qtbot.mouseClick(ed.import_button, LEFT)
    assert answers.errors and "Nothing was imported" in answers.errors[0]
    assert "entry 'AMN-X-1', field 'title': required" in answers.errors[0]
    assert not user_library_dir().exists()


def test_controls_are_named_and_reachable_by_keyboard(qtbot: QtBot, editor) -> None:
    ed, _ = editor
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for kind in (
            QPushButton,
            QLineEdit,
            QPlainTextEdit,
            QComboBox,
            QTableWidget,
            QTreeView,
            QTextBrowser,
        )
        for w in ed.findChildren(kind)
        if not w.accessibleName()
    ]
    assert unnamed == []
    ed.activateWindow()
    ed.search.setFocus()
    assert ed.search.nextInFocusChain() is ed.tree or ed.search.nextInFocusChain().parent() is ed.search
    qtbot.keyClick(ed, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ed.search


def test_main_window_opens_the_editor_and_reanalyses_on_change(qtbot: QtBot, tmp_path: Path) -> None:
    win = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    qtbot.addWidget(win)
    assert win.library_action.shortcut().toString() == "Ctrl+L"
    assert "&Library" in [a.text() for a in win.menuBar().actions()]
    win.library_action.trigger()
    editor = win.library_editor
    assert editor is not None and editor.isVisible()
    assert editor.userlib.folder == user_library_dir()
    calls: list[int] = []
    win.reanalyse = lambda: calls.append(1)  # type: ignore[method-assign]
    editor.changed.emit()
    assert calls == []  # no draft open
    win.current_path = tmp_path / "draft.docx"
    editor.changed.emit()
    assert calls == [1]
    editor.close()
