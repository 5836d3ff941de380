"""File > Export memo, Print, Print preview and Compare with... in the app (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from drafter.app.detail_panel import DetailPanel
from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore
from drafter.model import Stance
from tests.version_pairs import DEV, french_pair

TIMEOUT = 30_000


@pytest.fixture
def win(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(SettingsStore(tmp_path / "config" / "settings.ini"))
    window.settings.author = "Ana Ruiz"
    window.show_error = lambda text: pytest.fail(f"error shown: {text}")  # type: ignore[method-assign]
    window.show_info = lambda title, text: None  # type: ignore[method-assign]
    window.ask_unsaved = lambda: "close"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot: QtBot, win: MainWindow, path: Path) -> None:
    win.open_path(path)
    qtbot.waitUntil(
        lambda: win.loaded is not None and win.task is None and win.document.is_ready, timeout=TIMEOUT
    )


def _menu_texts(win: MainWindow) -> list[str]:
    file_menu = win.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]


def test_file_menu_has_the_memo_print_and_compare_actions(
    qtbot: QtBot, win: MainWindow, tmp_path: Path
) -> None:
    texts = _menu_texts(win)
    start = texts.index("&Export annotated .docx…")
    assert texts[start + 1 : start + 5] == [
        "Export &memo…",
        "&Print memo…",
        "Print pre&view…",
        "&Compare with…",
    ]
    assert not any(a.isEnabled() for a in win.memo_actions)  # nothing open yet
    draft = tmp_path / "projet.docx"
    draft.write_bytes((DEV / "fr_projet_convention.docx").read_bytes())
    _open(qtbot, win, draft)
    assert all(a.isEnabled() for a in win.memo_actions)


def test_export_memo_with_the_lawyers_decision_and_note(
    qtbot: QtBot, win: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "projet.docx"
    draft.write_bytes((DEV / "fr_projet_convention.docx").read_bytes())
    _open(qtbot, win, draft)
    findings = win.loaded.analysis.findings  # type: ignore[union-attr]
    index = next(i for i, f in enumerate(findings) if f.stance is Stance.CONTRARY and f.suggestion)
    win.findings.select(index)
    monkeypatch.setattr(DetailPanel, "ask_text", staticmethod(lambda *a: ("Traité en plénière", True)))
    qtbot.mouseClick(win.detail.dismiss_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(DetailPanel, "ask_text", staticmethod(lambda *a: ("À voir avec la capitale.", True)))
    qtbot.mouseClick(win.detail.note_button, Qt.MouseButton.LeftButton)
    written: list[Path] = []
    win.offer_open_memo = written.append  # type: ignore[method-assign]
    asked: list[Path] = []

    def ask(suggested: Path) -> str:
        asked.append(suggested)
        return str(tmp_path / "note")  # no ending: a .docx

    win.ask_memo_path = ask  # type: ignore[method-assign]
    win.memo_action.trigger()
    assert asked == [tmp_path / "projet-memo.docx"]
    qtbot.waitUntil(lambda: bool(written), timeout=TIMEOUT)
    out = written[0]
    assert out == tmp_path / "note.docx"
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[0] == "Note sur les constatations : projet.docx"
    assert "Décision : écartée (Traité en plénière)" in texts
    assert "Note : À voir avec la capitale." in texts
    assert win.task is None and "Wrote the memo" in win.message.text()
    # The same memo as CSV: the decision and note in their columns.
    win.export_memo_to(tmp_path / "note.csv")
    qtbot.waitUntil(lambda: len(written) == 2, timeout=TIMEOUT)
    with (tmp_path / "note.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    decided = [r for r in rows if r["Décision"]]
    assert [(r["Décision"], r["Note"]) for r in decided] == [
        ("écartée (Traité en plénière)", "À voir avec la capitale.")
    ]


def test_the_real_memo_dialog_adds_the_chosen_formats_ending(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from drafter.app import memo_export

    monkeypatch.setattr(
        memo_export.QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("/tmp/memo", "PDF (*.pdf)"))
    )
    assert memo_export.ask_memo_path(None, Path("/tmp/x.docx")) == "/tmp/memo.pdf"  # type: ignore[arg-type]
    monkeypatch.setattr(
        memo_export.QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("/tmp/memo.csv", "PDF (*.pdf)"))
    )
    assert memo_export.ask_memo_path(None, Path("/tmp/x.docx")) == "/tmp/memo.csv"  # type: ignore[arg-type]


def test_print_preview_paints_the_memos_pages_without_blocking(
    qtbot: QtBot, win: MainWindow, tmp_path: Path
) -> None:
    draft = tmp_path / "rolling.docx"
    draft.write_bytes((DEV / "rolling_text_en.docx").read_bytes())
    _open(qtbot, win, draft)
    dialog = win.make_print_preview()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Print preview — Findings memo: rolling.docx"
    dialog.show()  # (not exec: the test goes on while the dialog is open)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: dialog.paints >= 1 and widget.pageCount() >= 2, timeout=TIMEOUT)
    assert dialog.document.toPlainText().startswith("Findings memo: rolling.docx")
    assert "Findings, in the order of the draft" in dialog.document.toPlainText()
    dialog.close()


def test_print_sends_the_memo_to_the_chosen_printer(qtbot: QtBot, win: MainWindow, tmp_path: Path) -> None:
    """File > Print with the print dialog answered by the test: the memo printed to a PDF file."""
    draft = tmp_path / "rolling.docx"
    draft.write_bytes((DEV / "rolling_text_es.docx").read_bytes())
    _open(qtbot, win, draft)
    out = tmp_path / "printed.pdf"

    def ask(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    win.ask_print = ask  # type: ignore[method-assign]
    win.print_action.trigger()
    assert out.read_bytes().startswith(b"%PDF-")
    assert win.message.text() == "The memo was sent to the printer."
    win.ask_print = lambda printer: False  # type: ignore[method-assign]
    out.unlink()
    win.print_memo()  # cancelled in the dialog: nothing printed
    assert not out.exists()


def test_compare_with_an_earlier_version(qtbot: QtBot, win: MainWindow, tmp_path: Path) -> None:
    old, new = french_pair(tmp_path)
    _open(qtbot, win, new)
    win.ask_compare_path = lambda: str(old)  # type: ignore[method-assign]
    win.compare_action.trigger()
    qtbot.waitUntil(lambda: win.compare_view is not None and win.task is None, timeout=TIMEOUT)
    view = win.compare_view
    assert view is not None and view.isVisible()
    assert "APPEARED in projet-v2.docx" in view.summary.text()
    assert "1 weakened, 1 strengthened, 1 added, 1 removed" in view.summary.text()
    rows = [
        (view.tree.topLevelItem(n).text(0), view.tree.topLevelItem(n).childCount())
        for n in range(view.tree.topLevelItemCount())
    ]
    assert rows == [
        ("Amnesties and similar measures (1)", 1),
        ("Statutes of limitations (1)", 1),
        ("Official capacity and immunities (1)", 1),
        ("Exclusion of military and special jurisdiction (1)", 1),
    ]
    kinds = {change.kind: (item.text(1), item.text(2)) for item, change in view.items}
    assert kinds == {
        "added": ("Article 4, paragraph 3", "conforms"),
        "weakened": ("Article 3, paragraph 6", "conforms → weak"),
        "strengthened": ("Article 3, paragraph 4", "weak → conforms"),
        "removed": ("Article 7", "contrary"),
    }
    weakened = next(item for item, change in view.items if change.kind == "weakened")
    view.tree.setCurrentItem(weakened)
    html = view.redline.toHtml()
    assert "line-through" in html and "dans la mesure du possible" in view.redline.toPlainText()
    # The memo of the comparison, from the view's button.
    written: list[Path] = []
    win.offer_open_memo = written.append  # type: ignore[method-assign]
    win.ask_memo_path = lambda suggested: str(tmp_path / suggested.name)  # type: ignore[method-assign]
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(written), timeout=TIMEOUT)
    assert written == [tmp_path / "projet-v2-changes.docx"]
    texts = [p.text for p in docx.Document(str(written[0])).paragraphs]
    assert "Modifications depuis projet-v1.docx" in texts
    assert "L’interdiction expresse de l’amnistie apparaît dans cette version." in texts
