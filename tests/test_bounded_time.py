"""Long steps are bounded and cancellable: the redline of a 20,000-word paragraph (an exact
word diff took 9 to 15 s), and an export cancelled before its plan is written."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.errors import Cancelled
from drafter.export import ExportOptions, Mode, export_annotated
from drafter.library.loader import load_library
from drafter.redline import MAX_DIFF_TOKENS, apply, phrase_diff, tokens
from tests.builders import text_docx

WORDS = ["amnesty", "shall", "not", "be", "granted", "the", "State", "Party", "pardon", "crimes", "of"]


def _paragraph(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def test_the_redline_of_a_20000_word_paragraph_is_quick_and_exact() -> None:
    old = _paragraph(20_000, 1)
    new = " ".join("changed" if i % 50 == 0 else w for i, w in enumerate(old.split(" ")))
    started = time.perf_counter()
    ops = phrase_diff(old, new)
    assert time.perf_counter() - started < 2.0
    assert apply(ops, "old") == old and apply(ops, "new") == new


def test_a_clause_within_the_limit_keeps_its_phrase_level_redline() -> None:
    old = "States Parties shall endeavour not to grant amnesties for crimes against humanity."
    new = "States Parties shall not grant amnesties for crimes against humanity."
    assert len(tokens(old)) < MAX_DIFF_TOKENS
    ops = phrase_diff(old, new)
    assert apply(ops, "old") == old and apply(ops, "new") == new
    assert [op.op for op in ops].count("delete") == 1  # a phrase, not the whole sentence
    assert "States Parties shall" in ops[0].text


def test_a_track_changes_export_of_a_huge_paragraph_is_bounded(tmp_path: Path) -> None:
    para = "The President may grant amnesty to " + _paragraph(20_000, 2)
    draft = text_docx(tmp_path / "huge.docx", ["Article 1", para], headings=("Article 1",))
    analysis = analyze(load_draft(draft), load_library([]))
    started = time.perf_counter()
    export_annotated(analysis, None, tmp_path / "out.docx", options=ExportOptions(mode=Mode.ALL))
    assert time.perf_counter() - started < 5.0


def test_an_export_can_be_cancelled_before_anything_is_written(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "d.docx", ["The President may grant a pardon to any person convicted."])
    analysis = analyze(load_draft(draft), load_library([]))
    with pytest.raises(Cancelled):
        export_annotated(analysis, None, tmp_path / "out.docx", is_cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.docx"]
