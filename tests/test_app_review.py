"""Reviewing as in Word, driven the way a lawyer drives it (pytest-qt, offscreen): undo and redo,
accept and next, decisions on a selection, the list's filter, order and grouping, zoom, the
changes shown in the draft, what the draft lacks, and a layout that holds on a laptop screen."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from drafter.app.detail_panel import DetailPanel
from drafter.app.edit_dialog import EditDialog
from drafter.app.findings_panel import INDEX_ROLE, STANCE
from drafter.app.main_window import MainWindow
from drafter.app.review_model import MISSING
from drafter.app.settings import SettingsStore
from drafter.model import Stance
from drafter.review import Decision, Status, finding_key
from tests.builders import build_sample
from tests.test_app import TIMEOUT, Recorder, wait_loaded

DEV_DRAFTS = Path(__file__).parent / "dev_drafts"
LONG_NOTE = (
    "Agreed with the capital on 3 December: the delegation accepts the model wording provided that the "
    "travaux record it; see https://example.org/a-very-long-address-without-any-space-in-it-at-all-to-wrap"
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return build_sample(tmp_path / "sample-draft.docx")


@pytest.fixture
def win(qtbot: QtBot, tmp_path: Path, sample: Path) -> MainWindow:
    window = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    rec = Recorder()
    window.show_error = rec.errors.append  # type: ignore[method-assign]
    window.show_info = lambda title, text: rec.infos.append((title, text))  # type: ignore[method-assign]
    window.offer_open_folder = rec.exported.append  # type: ignore[method-assign]
    window.settings.author = "Ana Ruiz"
    window.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
    window.recorder = rec  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    window.open_path(sample)
    wait_loaded(qtbot, window)
    return window


def _first(win: MainWindow, predicate) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, f in enumerate(win.review.findings) if predicate(f))


def _weak_amnesty(win: MainWindow) -> int:
    return _first(win, lambda f: f.category == "amnesty" and f.stance is Stance.WEAK)


def test_undo_and_redo_take_decisions_back_and_forth(qtbot: QtBot, win: MainWindow) -> None:
    weak = _weak_amnesty(win)
    original = win.document.toPlainText()
    win.findings.select(weak)
    qtbot.mouseClick(win.detail.accept_button, Qt.MouseButton.LeftButton)
    assert win.findings.status_text(weak) == "Accepted"
    # The draft shows the accepted change inline: the suggestion's words are in, the old struck.
    suggestion = win.review.findings[weak].suggestion
    assert suggestion is not None and "no amnesty or other similar measure" in win.document.toPlainText()
    assert win.document.shown_changes() and win.document.toPlainText() != original
    assert win.undo_action.text() == "&Undo Accept Article 6 bis"
    assert win.undo_action.shortcut().matches(Qt.Modifier.CTRL | Qt.Key.Key_Z)

    win.activateWindow()
    win.findings.tree.setFocus()
    qtbot.keyClick(win.findings.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.findings.status_text(weak) == "Open"
    assert win.session is not None and finding_key(win.review.findings[weak]) not in win.session.decisions
    assert win.document.shown_changes() == [] and win.document.toPlainText() == original
    assert win.detail.accept_button.isEnabled()  # the detail pane follows

    qtbot.keyClick(win.findings.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert win.findings.status_text(weak) == "Accepted"
    assert win.session.status(finding_key(win.review.findings[weak])) is Status.ACCEPTED
    # The undone and redone decision is what is saved: a reopening restores it.
    saved = json.loads(win.session.path.read_text(encoding="utf-8"))
    assert [d["decision"]["status"] for d in saved["decisions"]] == ["accepted"]
    # The Review menu has both.
    review_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Review")
    assert {win.undo_action, win.redo_action} <= set(review_menu.actions())


def test_a_note_and_a_dismissal_are_undone_too(qtbot: QtBot, win: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pardon = _first(win, lambda f: f.category == "pardon")
    win.findings.select(pardon)
    monkeypatch.setattr(DetailPanel, "ask_text", staticmethod(lambda *a: ("Handled in plenary.", True)))
    qtbot.mouseClick(win.detail.note_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win.detail.dismiss_button, Qt.MouseButton.LeftButton)
    assert win.review.decision(pardon) == Decision(
        Status.DISMISSED, None, "Handled in plenary.", "Handled in plenary."
    )
    win.undo_action.trigger()
    assert win.review.decision(pardon) == Decision(Status.OPEN, None, "Handled in plenary.")
    win.undo_action.trigger()
    assert win.review.decision(pardon) == Decision()
    assert not win.undo_action.isEnabled()


def test_accept_and_next_goes_to_the_next_open_finding(qtbot: QtBot, win: MainWindow) -> None:
    order = win.findings.visible_indexes()
    acceptable = [i for i in order if win.review.can_accept(i)]
    first, second = acceptable[0], acceptable[1]
    win.findings.select(first)
    win.activateWindow()
    win.findings.tree.setFocus()
    qtbot.keyClick(win.findings.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.review.status(first) is Status.ACCEPTED
    following = order[order.index(first) + 1]
    assert win.findings.current_index() == following == win.review.current_finding()
    # An accepted finding is skipped: from the one before it, the next open one is after it.
    win.review.accept([second])
    before = order[order.index(second) - 1]
    win.findings.select(before)
    if win.review.can_accept(before) and win.review.status(before) is Status.OPEN:
        qtbot.mouseClick(win.detail.next_button, Qt.MouseButton.LeftButton)
        assert win.findings.current_index() == win.findings.next_of(second, 1, open_only=True)


def test_a_selection_is_accepted_or_dismissed_in_one_step(qtbot: QtBot, win: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tree = win.findings.tree
    proxy = win.findings.proxy
    selection = tree.selectionModel()
    rows = range(proxy.rowCount())
    for row in rows:
        selection.select(
            proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    everything = win.findings.selected_indexes()
    assert len(everything) == len(win.review.findings) >= 10
    win.accept_selected_action.trigger()
    acceptable = [i for i in everything if win.review.can_accept(i)]
    assert acceptable and [win.review.status(i) for i in acceptable] == [Status.ACCEPTED] * len(acceptable)
    assert all(win.review.status(i) is Status.OPEN for i in everything if i not in acceptable)
    assert "Accepted" in win.message.text()
    assert win.undo_action.text() == f"&Undo Accept {len(acceptable)} findings"
    win.undo_action.trigger()  # one step takes all of them back
    assert all(win.review.status(i) is Status.OPEN for i in everything)

    monkeypatch.setattr(DetailPanel, "ask_text", staticmethod(lambda *a: ("Not ours to decide.", True)))
    win.dismiss_selected_action.trigger()
    assert {win.review.status(i) for i in everything} == {Status.DISMISSED}
    assert {win.review.decision(i).reason for i in everything} == {"Not ours to decide."}
    # Dismissed findings are struck through in the list.
    assert win.findings.model.index_of(everything[0]).data(Qt.ItemDataRole.FontRole).strikeOut()
    win.undo_action.trigger()
    assert {win.review.status(i) for i in everything} == {Status.OPEN}


def test_the_list_filters_by_status_sorts_by_column_and_groups_by_category(
    qtbot: QtBot, win: MainWindow
) -> None:
    panel = win.findings
    draft_order = panel.visible_indexes()
    places = [(f.part.value, f.paragraph, f.start) for f in win.review.findings]
    assert [places[i] for i in draft_order] == sorted(places)  # in the draft's order by default
    weak = _weak_amnesty(win)
    win.review.accept([weak])

    panel.status_filter.setCurrentIndex(panel.status_filter.findData("open"))
    assert weak not in panel.visible_indexes() and len(panel.visible_indexes()) == len(draft_order) - 1
    assert panel.summary.text().startswith(f"{len(draft_order) - 1} of {len(draft_order)} findings shown")
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("decided"))
    assert panel.visible_indexes() == [weak]
    panel.select(draft_order[0])  # a finding filtered out is shown again when it is selected
    assert panel.status_filter.currentData() == "all" and panel.current_index() == draft_order[0]

    header = panel.tree.header()
    header.setSortIndicator(STANCE, Qt.SortOrder.AscendingOrder)  # as a click on "Stance" does
    stances = [win.review.findings[i].stance for i in panel.visible_indexes()]
    severity = {Stance.CONTRARY: 0, Stance.WEAK: 1, Stance.CONFORMS: 2}
    assert stances == sorted(stances, key=severity.__getitem__) and stances[0] is Stance.CONTRARY
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the third click: the draft's order again
    assert panel.visible_indexes() == draft_order

    win.group_action.trigger()
    assert panel.group_box.isChecked() and panel.model.grouped
    groups = [panel.proxy.index(r, 0) for r in range(panel.proxy.rowCount())]
    titles = [g.data() for g in groups]
    assert titles[0].startswith("Official capacity") or titles[0].endswith(")")
    assert sum(panel.proxy.rowCount(g) for g in groups) == len(draft_order)
    assert all(g.data(INDEX_ROLE) == -1 for g in groups)
    assert all(panel.tree.isFirstColumnSpanned(r, groups[0].parent()) for r in range(len(groups)))
    assert win.store.load().group_by_category  # kept in the settings
    panel.stance_boxes[Stance.CONFORMS].setChecked(False)
    assert all(win.review.findings[i].stance is not Stance.CONFORMS for i in panel.visible_indexes())
    win.group_action.trigger()
    assert not panel.model.grouped and not win.store.load().group_by_category


def test_zoom_scales_the_draft_and_is_kept_in_the_settings(
    qtbot: QtBot, win: MainWindow, tmp_path: Path
) -> None:
    base = win.document.font().pointSizeF()
    win.activateWindow()
    win.document.setFocus()
    qtbot.keyClick(win.document, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert win.document.zoom == 110
    win.zoom_in_action.trigger()
    assert win.document.zoom == 125
    assert win.document.font().pointSizeF() == pytest.approx(base * 1.25)
    assert win.document.document().defaultFont().pointSizeF() == pytest.approx(base * 1.25)
    assert win.store.load().zoom == 125
    win.zoom_out_action.trigger()
    assert win.document.zoom == 110
    win.close()
    again = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    qtbot.addWidget(again)
    assert again.document.zoom == 110
    again.zoom_reset_action.trigger()
    assert again.document.zoom == 100 and again.store.load().zoom == 100


def test_a_long_note_does_not_widen_the_window(qtbot: QtBot, win: MainWindow) -> None:
    width = win.width()
    weak = _weak_amnesty(win)
    win.findings.select(weak)
    win.review.accept([weak])
    win.review.note(weak, LONG_NOTE + " " + LONG_NOTE)
    QApplication.processEvents()
    qtbot.wait(50)
    assert win.width() == width
    assert win.minimumSizeHint().width() <= max(width, 1093)
    assert "note:" in win.detail.status.text() and len(win.detail.status.text()) < 200  # a preview
    assert LONG_NOTE in win.detail.body.toPlainText()  # and all of it in the details
    win.message.setText("Exported " + "/very-long-folder-name" * 30 + "/annotated.docx.")
    QApplication.processEvents()
    assert win.width() == width  # (that it fits a laptop's screen: the test below)


WINDOW_ON_A_LAPTOP = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore

app = QApplication([])
config = Path(sys.argv[1])
out = {"screen": list(app.primaryScreen().availableGeometry().getRect())}
first = MainWindow(SettingsStore(config))
first.show()
app.processEvents()
out["default"] = list(first.frameGeometry().getRect())
out["minimum"] = [first.minimumSizeHint().width(), first.minimumSizeHint().height()]
first.resize(1900, 1150)  # as a window left on a larger screen
first.move(300, 200)
first.store.save_window_state(bytes(first.saveGeometry().data()), bytes(first.saveState().data()))
first.hide()
second = MainWindow(SettingsStore(config))
second.show()
app.processEvents()
out["restored"] = list(second.frameGeometry().getRect())
print(json.dumps(out))
"""


def test_the_window_fits_a_1366_by_768_screen_by_default_and_when_restored(tmp_path: Path) -> None:
    """On a laptop's screen the window opens within it, and a size saved on a larger screen is
    made to fit (Qt's offscreen platform with a screen of that size)."""
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]}
        ),
        encoding="utf-8",
    )
    script = tmp_path / "laptop.py"
    script.write_text(textwrap.dedent(WINDOW_ON_A_LAPTOP), encoding="utf-8")
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "DRAFTER_HOME": str(tmp_path / "home"),
    }
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "config" / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [0, 0, 1366, 768]

    def inside(rect: list[int]) -> bool:
        x, y, w, h = rect
        return x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768

    assert inside(result["default"]), result
    assert result["default"][2] >= 1200  # and it uses the screen
    assert inside(result["restored"]), result
    assert result["minimum"][0] <= 1366 and result["minimum"][1] <= 700, result


def test_missing_categories_show_their_place_and_take_an_edited_wording(
    qtbot: QtBot, win: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    win.side.setCurrentWidget(win.missing)
    row = next(r for r in range(win.missing.count()) if "ne bis in idem" in win.missing.item_text(r).lower())
    win.missing.set_current_row(row)
    assert win.review.current == (MISSING, row)
    m = win.review.missing[row]
    assert m.after_paragraph is not None
    anchor = win.review.analysis.draft.paragraphs[m.after_paragraph].text
    # The draft is scrolled to the proposed place: the paragraph it would follow is selected.
    assert win.document.marked_text() == anchor
    assert (
        "Proposed place" in win.detail.body.toPlainText()
        and win.detail.edit_button.text() == "&Edit and insert…"
    )
    seen: list[tuple] = []

    def ask(*args):  # type: ignore[no-untyped-def]
        seen.append(args)
        return "No one shall be tried again unless the earlier trial shielded the person.", True

    monkeypatch.setattr(DetailPanel, "ask_wording", staticmethod(ask))
    qtbot.mouseClick(win.detail.edit_button, Qt.MouseButton.LeftButton)
    assert seen[0][2] == anchor and seen[0][3] == m.suggestion and seen[0][5] is True  # the wording, before
    assert win.review.missing_decision(row).status is Status.EDITED
    assert "your wording" in win.missing.item_text(row)
    assert "No one shall be tried again" in win.document.toPlainText()  # inserted inline, after its place
    win.undo_action.trigger()
    assert "No one shall be tried again" not in win.document.toPlainText()
    assert win.review.missing_decision(row).status is Status.OPEN
    # Accepting the model wording for the weak amnesty clause supplies the missing amnesty ban:
    # the tab and the status line both count what the draft still lacks.
    before = win.review.lacking()
    summary = f"{len(win.review.findings)} findings; {before} categories missing."
    assert win.side.tabText(1).endswith(f"({before})") and win.message.text().startswith(summary)
    win.side.setCurrentWidget(win.findings)
    amnesty = next(
        i for i, f in enumerate(win.review.findings) if f.category == "amnesty" and f.stance is Stance.WEAK
    )
    win.findings.select(amnesty)
    qtbot.mouseClick(win.detail.accept_button, Qt.MouseButton.LeftButton)
    assert win.review.lacking() == before - 1
    assert win.side.tabText(1).endswith(f"({before - 1})")
    assert f"; {before - 1} categories missing." in win.message.text()
    win.undo_action.trigger()
    assert (
        win.side.tabText(1).endswith(f"({before})")
        and f"; {before} categories missing." in win.message.text()
    )
    # Back to the findings: the detail pane shows a finding again, not the missing category.
    win.side.setCurrentWidget(win.findings)
    win.findings.select(0)
    assert win.review.current_finding() == 0 and win.detail.accept_button.text() == "&Accept"


def test_the_edit_dialog_is_large_wraps_and_shows_a_live_redline(qtbot: QtBot) -> None:
    original = (
        "Each State shall endeavour not to grant amnesties for crimes against humanity, where appropriate."
    )
    dialog = EditDialog("Edit and accept", original, original, context="Article 6 bis — Amnesties")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= min(640, dialog.screen().availableGeometry().width() - 40)
    assert dialog.isSizeGripEnabled()
    assert dialog.editor.lineWrapMode() is QPlainTextEdit.LineWrapMode.WidgetWidth
    assert dialog.draft.toPlainText() == original
    dialog.editor.setPlainText(original.replace("endeavour not to grant", "not grant"))
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=2000)
    html = dialog.redline.toHtml()
    assert "line-through" in html and "endeavour" in dialog.redline.toPlainText()
    dialog.editor.setPlainText("")
    assert not dialog.ok.isEnabled()
    dialog.reject()


def test_labels_are_in_the_drafts_words_and_the_title_names_the_folder(qtbot: QtBot, win: MainWindow) -> None:
    spanish = DEV_DRAFTS / "rolling_text_es.docx"
    win.session.mark_exported()  # type: ignore[union-attr]
    win.open_path(spanish)
    qtbot.waitUntil(
        lambda: win.loaded is not None and win.loaded.analysis.draft.path == str(spanish), timeout=TIMEOUT
    )
    wait_loaded(qtbot, win)
    places = [win.review.place(i) for i in range(len(win.review.findings))]
    assert any(p.startswith("Artículo") for p in places), places
    assert not any(p.startswith("Article ") for p in places)
    assert win.findings.model.index_of(0).data() == places[0]
    title = win.windowTitle()
    assert title.startswith("rolling_text_es.docx") and "dev_drafts" in title


def test_choosing_export_when_opening_another_draft_exports_then_opens_it(
    qtbot: QtBot, win: MainWindow, tmp_path: Path
) -> None:
    from dataclasses import replace

    weak = _weak_amnesty(win)
    win.review.accept([weak])
    other = build_sample(tmp_path / "other" / "sample-draft.docx")
    out = tmp_path / "annotated.docx"
    win.ask_unsaved = lambda: "export"  # type: ignore[method-assign]
    win.ask_export_options = lambda: replace(win.settings, author="Ana Ruiz")  # type: ignore[method-assign]
    win.ask_save_path = lambda suggested: str(out)  # type: ignore[method-assign]
    win.open_path(other)
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: win.loaded is not None and Path(win.loaded.analysis.draft.path) == other and win.task is None,
        timeout=TIMEOUT,
    )
    assert win.current_path == other
    assert win.recorder.exported == []  # type: ignore[attr-defined]  # straight on to the opening
    assert "other" in win.windowTitle()


def test_settings_speak_in_words_and_whole_numbers(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox

    from drafter.app.settings import AppSettings
    from drafter.app.settings_dialog import SettingsDialog

    settings = AppSettings(topic_only_min=45.4)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.findChildren(QDoubleSpinBox) == []
    assert isinstance(dialog.topic_only, QSpinBox) and dialog.topic_only.value() == 45
    assert dialog.topic_only.suffix() == " %"
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Similarity without" not in words
    assert "neither bans nor grants" in words and "evidence, not severity" in words
    assert dialog.result_settings().topic_only_min == 45.4  # left alone: kept exactly
    dialog.topic_only.setValue(50)
    assert dialog.result_settings().topic_only_min == 50.0


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # (offscreen cannot raise a window)
def test_help_opens_the_guide_in_a_window_beside_the_review(qtbot: QtBot, win: MainWindow) -> None:
    """Help > User guide (F1) shows the guide in the app's own window, not modal: the review goes
    on, and asking again brings the same window forward (tests/test_app_guide.py drives it)."""
    assert win.guide_action.shortcut().toString() == "F1"
    win.guide_action.trigger()
    guide = win.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert QApplication.activeModalWidget() is None
    assert guide.browser.source().toLocalFile().endswith("docs/README.md")
    win.findings.select_next(1)
    assert win.review.current_finding() is not None
    win.guide_action.trigger()
    assert win.guide is guide
    guide.close()


def test_the_score_is_explained(qtbot: QtBot, win: MainWindow) -> None:
    from drafter.app.findings_panel import SCORE

    tip = win.findings.model.headerData(SCORE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "not severity" in tip
    win.findings.select(0)
    assert "(score" not in win.detail.title.text()
    assert "Likeness to the library's wording" in win.detail.body.toPlainText()
