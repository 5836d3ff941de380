"""The library editor shows how far each text and citation was checked, and keeps it when a
lawyer makes their own version of a shipped clause."""

from __future__ import annotations

import yaml
from pytestqt.qtbot import QtBot

from drafter.library.loader import load_library
from drafter.paths import user_library_dir
from tests.test_library_editor import LEFT, make_editor, select


def test_the_view_shows_verification_status_and_address(qtbot: QtBot) -> None:
    ed, _ = make_editor(qtbot, user_library_dir())
    select(ed, "AUT-1")
    text = ed.view.toPlainText()
    assert "verbatim from the official text" in text
    assert "https://wetten.overheid.nl/BWBV0001010" in text
    assert "the project's own rendering" in text
    assert "typical negotiating wording" in text
    assert "cited, not checked against the text" in text  # a precedent
    html = ed.view.toHtml()
    assert 'href="https://wetten.overheid.nl/BWBV0001010"' in html


def test_my_version_of_a_shipped_clause_keeps_statuses_and_addresses(qtbot: QtBot) -> None:
    ed, answers = make_editor(qtbot, user_library_dir())
    select(ed, "AUT-1")
    qtbot.mouseClick(ed.edit_button, LEFT)
    columns = [ed.form.formulations.table.horizontalHeaderItem(i).text() for i in range(7)]
    assert columns[5:] == ["Verification", "Address"]
    ed.form.text("rationale", "en").setPlainText("Our delegation's reasons.")
    qtbot.waitUntil(ed.save_button.isEnabled, timeout=2000)
    qtbot.mouseClick(ed.save_button, LEFT)
    assert answers.errors == []
    saved = yaml.safe_load((user_library_dir() / "aut_dedere_aut_judicare.yaml").read_text(encoding="utf-8"))
    clause = saved["clauses"][0]
    shipped = load_library([]).clause("AUT-1").clause
    assert [f.get("status") for f in clause["formulations"]] == [f.status for f in shipped.formulations]
    assert [f.get("url") for f in clause["formulations"]] == [f.url for f in shipped.formulations]
    assert [p.get("status") for p in clause["precedents"]] == [p.status for p in shipped.precedents]
