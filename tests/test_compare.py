"""Two versions of a draft compared by stance (drafter/compare.py), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.compare import Comparison, compare, render_comparison, render_redline, word_diff
from drafter.document import load_draft
from drafter.library.loader import Library, load_library
from drafter.model import Stance
from drafter.redline import apply
from tests.version_pairs import french_pair


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([])


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory, library: Library) -> Comparison:
    old, new = french_pair(tmp_path_factory.mktemp("pair"))
    return compare(analyze(load_draft(old), library), analyze(load_draft(new), library), library.categories)


def _only(comparison: Comparison, category: str) -> list[tuple[str, str]]:
    return [(c.kind, c.location) for c in comparison.changes.get(category, [])]


def test_each_change_is_found_in_its_category_and_direction(french: Comparison) -> None:
    assert _only(french, "statute_of_limitations") == [("weakened", "Article 3, paragraph 6")]
    assert _only(french, "official_capacity") == [("strengthened", "Article 3, paragraph 4")]
    assert _only(french, "military_jurisdiction") == [("removed", "Article 7")]
    assert _only(french, "amnesty") == [("added", "Article 4, paragraph 3")]
    counts = french.counts()
    assert (counts["weakened"], counts["strengthened"], counts["removed"], counts["added"]) == (1, 1, 1, 1)
    assert counts["reworded"] == 0
    assert counts["unchanged"] == len(french.old.findings) - 3  # weakened, strengthened, removed


def test_the_amnesty_prohibition_appears_and_gaps_are_told(french: Comparison) -> None:
    assert french.amnesty_prohibition == "appeared"
    assert not french.ban_before and french.ban_after
    assert "amnesty" in french.gaps_closed
    assert "statute_of_limitations" in french.gaps_opened  # its one conforming clause was weakened
    backwards = compare(french.new, french.old)
    assert backwards.amnesty_prohibition == "disappeared"
    assert _only(backwards, "statute_of_limitations") == [("strengthened", "Article 3, paragraph 6")]
    assert _only(backwards, "amnesty") == [("removed", "Article 4, paragraph 3")]
    assert _only(backwards, "military_jurisdiction") == [("added", "Article 7")]


def test_stances_and_redlines_of_a_change(french: Comparison) -> None:
    (weakened,) = french.changes["statute_of_limitations"]
    assert weakened.old is not None and weakened.new is not None
    assert (weakened.old.stance, weakened.new.stance) == (Stance.CONFORMS, Stance.WEAK)
    assert apply(weakened.redline, "old") == weakened.old.text
    assert apply(weakened.redline, "new") == weakened.new.text
    assert "{+s’efforce, dans la mesure du possible, de prendre+}" in render_redline(weakened.redline)
    (removed,) = french.changes["military_jurisdiction"]
    assert removed.new is None and [op.op for op in removed.redline] == ["delete"]


def test_a_draft_compared_with_itself_has_no_changes(french: Comparison) -> None:
    same = compare(french.old, french.old)
    assert same.all_changes() == []
    assert same.amnesty_prohibition == "absent"
    assert same.counts()["unchanged"] == len(french.old.findings)
    assert "No clause on these measures moved" in render_comparison(same)


def test_the_json_contract(french: Comparison) -> None:
    data = french.to_json()
    assert set(data) == {"old", "new", "library", "amnesty_prohibition", "gaps", "counts", "categories"}
    assert data["amnesty_prohibition"] == "appeared"
    assert data["old"]["amnesty_prohibition"] is False and data["new"]["amnesty_prohibition"] is True
    assert set(data["counts"]) == {"weakened", "strengthened", "added", "removed", "reworded", "unchanged"}
    entry = next(c for c in data["categories"] if c["category"] == "statute_of_limitations")
    (change,) = entry["changes"]
    assert change["kind"] == "weakened"
    assert change["old"]["stance"] == "conforms" and change["new"]["stance"] == "weak"
    assert set(change["old"]) == {
        "paragraph",
        "part",
        "start",
        "end",
        "label",
        "text",
        "stance",
        "clause_id",
        "score",
    }
    assert {op["op"] for op in change["redline"]} == {"equal", "delete", "insert"}


def test_word_diff_keeps_both_texts() -> None:
    old = "Each State Party shall ensure that no amnesty is granted."
    new = "Each State Party should endeavour to ensure that no amnesty is granted."
    ops = word_diff(old, new)
    assert apply(ops, "old") == old and apply(ops, "new") == new
    assert (
        render_redline(ops)
        == "Each State Party [-shall-]{+should endeavour to+} ensure that no amnesty is granted."
    )


def test_a_large_category_is_aligned_within_a_window(library: Library, tmp_path: Path) -> None:
    """Past MAX_PAIRS candidate pairs the fuzzy pass compares neighbours only, and still pairs a
    reworded clause with its earlier version."""
    from drafter import compare as module
    from tests.builders import text_docx

    texts = [
        f"{n}. Each State Party shall ensure that no amnesty is granted for offence number {n}."
        for n in range(30)
    ]
    changed = [*texts]
    changed[10] = (
        "10. Each State Party shall endeavour to ensure that no amnesty is granted for offence number 10."
    )
    a = analyze(load_draft(text_docx(tmp_path / "a.docx", texts)), library)
    b = analyze(load_draft(text_docx(tmp_path / "b.docx", changed)), library)
    old_max, old_window = module.MAX_PAIRS, module.WINDOW
    module.MAX_PAIRS, module.WINDOW = 0, 3
    try:
        result = compare(a, b)
    finally:
        module.MAX_PAIRS, module.WINDOW = old_max, old_window
    assert [(c.kind, c.new.text[:3] if c.new else "") for c in result.all_changes()] == [("weakened", "Eac")]
