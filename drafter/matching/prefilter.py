"""Which paragraphs of a draft can yield a finding at all: a cheap filter that loses nothing.

A finding needs a topic cue of some category, and every pattern requires some words (a
sentence without "pardon" cannot match "(shall|may) ... pardon*"). For each topic cue we
keep the word set it requires that is rarest *in this draft*. A paragraph containing none
of the kept words cannot yield a finding and is not looked at again; in a typical
300-page draft that leaves out most paragraphs, at the cost of counting the draft's words
once. The test suite checks that the result equals trying every paragraph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from drafter.library.tokmatch import Requirement

if TYPE_CHECKING:
    from drafter.matching.index import MatchIndex

MAX_PREFIX = 12
WordSet = tuple[frozenset[str], frozenset[str]]  # exact words, word prefixes


@dataclass(slots=True)
class Vocabulary:
    """How often each word, and each word prefix, occurs in the draft."""

    words: Counter[str]
    prefixes: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, paragraphs: Iterable[list[str]]) -> Vocabulary:
        words: Counter[str] = Counter()
        for ws in paragraphs:
            words.update(ws)
        prefixes: Counter[str] = Counter()
        for w, n in words.items():
            for size in range(1, min(len(w), MAX_PREFIX) + 1):
                prefixes[w[:size]] += n
        return cls(words, prefixes)

    def cost(self, item: WordSet) -> int:
        exact, prefixes = item
        return sum(self.words.get(w, 0) for w in exact) + sum(self.prefixes.get(p, 0) for p in prefixes)


class Cost(Protocol):
    def cost(self, item: WordSet) -> int: ...


def rarest(req: Requirement, vocab: Cost) -> WordSet | None:
    """The word set, one word of which any match contains, cheapest by ``vocab``."""
    if req is None:
        return None
    kind, value = req
    if kind == "w":
        return frozenset({value}), frozenset()  # type: ignore[arg-type]
    if kind == "p":
        return frozenset(), frozenset({str(value)[:MAX_PREFIX]})
    children: tuple[Requirement, ...] = value  # type: ignore[assignment]
    if kind == "s":
        found = [k for k in (rarest(c, vocab) for c in children) if k is not None]
        return min(found, key=vocab.cost) if found else None
    exact: set[str] = set()
    prefixes: set[str] = set()
    for option in children:  # "a": one of the options is required, so the union of theirs is
        key = rarest(option, vocab)
        if key is None:
            return None
        exact |= key[0]
        prefixes |= key[1]
    return frozenset(exact), frozenset(prefixes)


@dataclass(slots=True)
class Prefilter:
    """The draft's words that can open a topic cue; a paragraph with none of them is left out."""

    hit_words: frozenset[str]
    everything: bool  # some cue requires no word at all: nothing can be left out

    def keeps(self, words: list[str]) -> bool:
        return self.everything or not self.hit_words.isdisjoint(words)


def build_prefilter(index: MatchIndex, vocab: Vocabulary) -> Prefilter:
    exact: set[str] = set()
    prefixes: set[str] = set()
    for lidx in index.languages.values():
        for cues in lidx.cues.values():
            for cue in cues.topic:
                # Every pattern of an all-of group is required: the rarest of their keys suffices.
                keys = [k for k in (rarest(p.requirement, vocab) for p in cue.patterns) if k is not None]
                if not keys:
                    return Prefilter(frozenset(), everything=True)
                best = min(keys, key=vocab.cost)
                exact |= best[0]
                prefixes |= best[1]
    hits = frozenset(
        w
        for w in vocab.words
        if w in exact or any(w[:n] in prefixes for n in range(1, min(len(w), MAX_PREFIX) + 1))
    )
    return Prefilter(hits, everything=False)
