"""The fast path (trigger words, term index) finds exactly what trying everything finds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.library.tokmatch import PrefixTable
from drafter.matching.cache import index_for
from drafter.matching.index import MatchIndex
from drafter.matching.prefilter import Prefilter
from tests.builders import build_sample, text_docx
from tests.conftest import EVAL_DEV, ROOT, require_shared

OWN = sorted((ROOT / "tests" / "dev_drafts").glob("*.docx"))
SHARED = sorted(EVAL_DEV.glob("*.docx")) if EVAL_DEV.exists() else []


def _same(path: Path) -> None:
    lib = load_library([])
    draft = load_draft(path)
    fast = analyze(draft, lib).to_json()
    slow = analyze(draft, lib, exhaustive=True).to_json()
    assert fast == slow
    assert fast["findings"], "a draft with findings makes the comparison meaningful"


@pytest.mark.parametrize("path", OWN + SHARED, ids=[p.name for p in OWN + SHARED])
def test_fast_path_equals_exhaustive_on_dev_drafts(path: Path) -> None:
    if path in SHARED:
        require_shared(EVAL_DEV)
    _same(path)


def test_fast_path_equals_exhaustive_on_the_sample(tmp_path: Path) -> None:
    _same(build_sample(tmp_path / "sample.docx"))


def test_fast_path_finds_the_topics_items_share_with_their_lead_in(tmp_path: Path) -> None:
    """Only a list item can match a {lead, item} topic: the prefilter keeps such items, and only
    them; the fast path still finds what trying everything finds."""
    path = text_docx(
        tmp_path / "items.docx",
        [
            "The military tribunal shall have jurisdiction to try:",
            "(a) crimes against humanity and genocide;",
            "No proceedings for an offence under this Act shall be brought unless—",
            "(a) the person to be charged is present in the territory of the State; or",
            "Extradition shall be refused:",
            "(a) where the sentence has been served in the requested State;",
            "Crimes against humanity are crimes under international law.",
        ],
    )
    _same(path)
    categories = {(f.paragraph, f.category) for f in analyze(load_draft(path), load_library([])).findings}
    assert {(1, "military_jurisdiction"), (3, "aut_dedere_aut_judicare"), (5, "ne_bis_in_idem")} <= categories


def _keeps_word_by_word(index: MatchIndex, words: list[str]) -> bool:
    """What the prefilter decides, by the patterns' own check: some topic cue whose key is
    among the words has every pattern feasible on them."""
    present = set(words)
    languages = list(index.languages.values())
    table = PrefixTable(frozenset().union(*(lidx.prefix_table.prefixes for lidx in languages)))
    prefixes = {p for w in present for p in table.of(w)}
    for lidx in languages:
        keys = lidx.keys
        gates = [g for w in present for g in keys.topic_exact.get(w, ())]
        gates += [
            g
            for p, found in keys.topic_prefix.items()
            if any(w.startswith(p) for w in present)
            for g in found
        ]
        if any(all(p.feasible(present, prefixes) for p in patterns) for _, patterns in gates):
            return True
    return False


def test_prefilter_bits_decide_as_the_patterns_do() -> None:
    """Paragraphs of words the topic cues require, shuffled with others: the prefilter's bit
    masks keep exactly those on which some cue's patterns are feasible."""
    index = index_for(load_library([]))
    required: set[str] = set()
    for lidx in index.languages.values():
        for table in (lidx.keys.topic_exact, lidx.keys.topic_prefix):
            for gates in table.values():
                for _, patterns in gates:
                    for pattern in patterns:
                        for exact, prefixes in pattern.required:
                            required |= exact
                            required |= {p + ending for p in prefixes for ending in ("", "s", "ies", "ment")}
    vocabulary = sorted(required)
    filler = ["the", "state", "party", "shall", "ensure", "article", "de", "la", "los", "measures", "report"]
    rng = random.Random(20261123)
    prefilter = Prefilter(index)
    verdicts = []
    for _ in range(3000):
        words = rng.sample(vocabulary, rng.randint(1, 6)) + rng.choices(filler, k=rng.randint(0, 20))
        rng.shuffle(words)
        verdict = prefilter.keeps(words)
        assert verdict == _keeps_word_by_word(index, words), words
        verdicts.append(verdict)
    assert 300 < sum(verdicts) < 2700, "both verdicts are common, so the comparison means something"


def test_unit_words_cut_from_the_folded_paragraph_are_the_units_own() -> None:
    """A unit's words are cut from its paragraph's folded text when that keeps the offsets
    (an ASCII paragraph); cut or folded afresh, they are the same words."""
    from drafter.analysis import _words_of
    from drafter.segment import units
    from drafter.textnorm import fold_words, folded_texts

    kinds = {True: 0, False: 0}  # units of ASCII paragraphs (cut) and of others (folded afresh)
    for path in OWN + SHARED:
        paragraphs = load_draft(path).paragraphs
        folded = folded_texts([p.text for p in paragraphs])
        for unit in units(paragraphs):
            assert _words_of(unit, paragraphs, folded[unit.paragraph]) == fold_words(unit.text), unit.text
            kinds[paragraphs[unit.paragraph].text.isascii()] += 1
    assert kinds[True] > 20 and kinds[False] > 20, kinds
