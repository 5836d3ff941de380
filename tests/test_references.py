"""Sentences that set another provision aside: the cheap search finds every phrase the
languages list, and the sentence is tied to the provision it names."""

from __future__ import annotations

from drafter.lexicon import lexicon
from drafter.references import may_set_aside, sets_aside_in
from drafter.textnorm import folded_joined


def test_the_cheap_search_keeps_every_phrase_of_every_language() -> None:
    phrases = lexicon().words("sets_aside")
    assert len(phrases) > 30
    texts = ["Committees shall meet once a year.", *(f"Paragraph 2 {p} to offences." for p in phrases)]
    joined, folded = folded_joined(texts)
    kept = may_set_aside(joined, folded)
    assert kept >= set(range(1, len(texts)))
    assert {i for i in kept if sets_aside_in(folded[i].split())} == set(range(1, len(texts)))


def test_words_that_only_look_alike_set_nothing_aside() -> None:
    texts = ["The Convention shall apply to all persons.", "La ley se aplicará a todos los hechos."]
    joined, folded = folded_joined(texts)
    assert not [i for i in may_set_aside(joined, folded) if sets_aside_in(folded[i].split())]
