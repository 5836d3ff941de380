"""Review decisions: saved automatically, restored by content after the draft was edited elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.review import Decision, ReviewSession, Status, finding_key, missing_key, sidecar_path
from tests.builders import text_docx

CLAUSES = [
    "Article 6",
    "1. States Parties shall endeavour not to grant amnesties for crimes against humanity.",
    "2. The President may grant a pardon to any person convicted of these crimes.",
    "3. Acting on the orders of a superior shall be a complete defence to a charge under this article.",
]


def _session(path: Path) -> ReviewSession:
    return ReviewSession(analyze(load_draft(path), load_library([])))


def _key(session: ReviewSession, category: str) -> str:
    return next(finding_key(f) for f in session.analysis.findings if f.category == category)


def test_decisions_are_saved_atomically_outside_the_draft_folder(
    tmp_path: Path, isolated_user_folders: Path
) -> None:
    draft = text_docx(tmp_path / "draft.docx", CLAUSES, headings=("Article 6",))
    session = _session(draft)
    session.decide(_key(session, "amnesty"), Decision(Status.ACCEPTED, note="Agreed in capital"))
    session.decide(missing_key(session.analysis.missing[0]), Decision(Status.DISMISSED))
    saved = sidecar_path(draft)
    assert saved.is_file() and isolated_user_folders in saved.parents
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]  # nothing beside the draft
    assert not [p for p in saved.parent.iterdir() if p.name.startswith(".~")]
    payload = json.loads(saved.read_text(encoding="utf-8"))
    assert {d["decision"]["status"] for d in payload["decisions"]} == {"accepted", "dismissed"}

    again = _session(draft)
    report = again.restore()
    assert report.restored == 2 and report.lost == []
    assert again.decision(_key(again, "amnesty")) == Decision(Status.ACCEPTED, note="Agreed in capital")


def test_decisions_follow_their_clause_after_the_draft_was_edited(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "draft.docx", CLAUSES, headings=("Article 6",))
    session = _session(draft)
    session.decide(_key(session, "pardon"), Decision(Status.DISMISSED, reason="Domestic matter"))
    session.decide(_key(session, "superior_orders"), Decision(Status.ACCEPTED))
    # Edited elsewhere: a paragraph inserted before, the pardon clause retouched, the orders clause deleted.
    edited = [
        CLAUSES[0],
        "1. Each State Party shall cooperate with other States.",
        CLAUSES[1].replace("1.", "2."),
        "3. The President may grant a pardon to any person convicted of such crimes.",
    ]
    text_docx(draft, edited, headings=("Article 6",))
    again = _session(draft)
    report = again.restore()
    assert report.moved == 1  # re-anchored on the edited pardon clause
    pardon = _key(again, "pardon")
    assert again.decision(pardon).status is Status.DISMISSED
    assert again.decision(pardon).reason == "Domestic matter"
    assert [lost.category for lost in report.lost] == ["superior_orders"]  # listed, not dropped
    # The lost decision stays in the file for later.
    again.save()
    third = _session(draft)
    assert [lost.category for lost in third.restore().lost] == ["superior_orders"]


def test_corrupted_file_is_reported_and_set_aside(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "draft.docx", CLAUSES, headings=("Article 6",))
    saved = sidecar_path(draft)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text("{ not json", encoding="utf-8")
    session = _session(draft)
    report = session.restore()
    assert report.problem is not None and "set aside" in report.problem
    assert report.corrupt_file is not None and report.corrupt_file.read_text(encoding="utf-8") == "{ not json"
    assert not saved.exists()
    assert session.decisions == {}


def test_a_batch_of_decisions_is_saved_once_and_checked_first(tmp_path: Path, monkeypatch) -> None:
    """Accepting or dismissing a selection (and undoing it) is one save, not one per finding;
    an unknown key changes nothing."""
    import pytest

    from drafter import review

    draft = text_docx(tmp_path / "draft.docx", CLAUSES, headings=("Article 6",))
    session = _session(draft)
    writes: list[int] = []
    real = review.write_review
    monkeypatch.setattr(review, "write_review", lambda path, payload: writes.append(1) or real(path, payload))
    keys = [finding_key(f) for f in session.analysis.findings]
    session.decide_all([(k, Decision(Status.DISMISSED)) for k in keys])
    assert writes == [1] and all(session.status(k) is Status.DISMISSED for k in keys)
    with pytest.raises(KeyError):
        session.decide_all([(keys[0], Decision(Status.OPEN)), ("body:999:0:1:amnesty", Decision())])
    assert session.status(keys[0]) is Status.DISMISSED and writes == [1]
    session.decide_all([(k, Decision()) for k in keys])
    assert session.decisions == {} and writes == [1, 1]
