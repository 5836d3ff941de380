"""Which paragraphs of a draft can yield a finding at all: a cheap filter that loses nothing.

A finding needs a topic cue of some category, and every pattern requires some words (a
sentence without "pardon" cannot match "(shall|may) ... pardon*"). For each topic cue we
keep the word set it requires that is rarest *in this draft*. A paragraph containing none
of the kept words cannot yield a finding and is not looked at again; one that contains
one is kept only if it also has every other word the cue requires ("military" and
"court"). In a typical 300-page draft that leaves out nineteen paragraphs in twenty, at the
cost of counting the draft's words once. The test suite checks that the result equals
trying every paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from drafter.library.tokmatch import Requirement, WordSet

if TYPE_CHECKING:
    from drafter.matching.index import MatchIndex

MAX_PREFIX = 12


class Vocabulary:
    """How often each word, and each word prefix, occurs in the draft."""

    def __init__(self, words: Counter[str]) -> None:
        self.words = words
        self._sorted = sorted(words)
        running = 0
        self._cumulative = [0]
        for w in self._sorted:
            running += words[w]
            self._cumulative.append(running)
        self._prefix_counts: dict[str, int] = {}

    @classmethod
    def of(cls, paragraphs: Iterable[list[str]]) -> Vocabulary:
        words: Counter[str] = Counter()
        for ws in paragraphs:
            words.update(ws)
        return cls(words)

    def prefix_count(self, prefix: str) -> int:
        """Occurrences of words starting with ``prefix`` (the words sorted, so a range)."""
        hit = self._prefix_counts.get(prefix)
        if hit is None:
            lo = bisect_left(self._sorted, prefix)
            hi = bisect_left(self._sorted, prefix + "\uffff", lo)
            hit = self._prefix_counts[prefix] = self._cumulative[hi] - self._cumulative[lo]
        return hit

    def cost(self, item: WordSet) -> int:
        exact, prefixes = item
        return sum(self.words.get(w, 0) for w in exact) + sum(self.prefix_count(p) for p in prefixes)


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
    if kind == "n":
        words, starts = cast(WordSet, value)
        return words, frozenset(p[:MAX_PREFIX] for p in starts)
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


def satisfied(req: Requirement, words: AbstractSet[str], with_prefix: dict[str, frozenset[str]]) -> bool:
    """Whether a word set has what ``req`` requires (word order aside); ``with_prefix`` maps
    each prefix the requirements name to the draft's words that have it."""
    if req is None:
        return True
    kind, value = req
    if kind == "w":
        return value in words
    if kind == "p":
        return not words.isdisjoint(with_prefix.get(str(value), ()))
    if kind == "n":
        exact, starts = cast(WordSet, value)
        return not words.isdisjoint(exact) or any(
            not words.isdisjoint(with_prefix.get(p, ())) for p in starts
        )
    children: tuple[Requirement, ...] = value  # type: ignore[assignment]
    if kind == "s":
        return all(satisfied(c, words, with_prefix) for c in children)
    return any(satisfied(c, words, with_prefix) for c in children)


CueRequirements = tuple[Requirement, ...]  # one per pattern of a cue: all must be satisfied


@dataclass(slots=True)
class Prefilter:
    """The draft's words that can open a topic cue, and for each the cues it opens.

    A paragraph is kept when, for some topic cue, it contains the cue's rarest required word
    and every word the cue's patterns require (in any order): a cheap superset of the
    paragraphs where the cue can match.
    """

    cues_by_word: dict[str, tuple[CueRequirements, ...]]
    with_prefix: dict[str, frozenset[str]]
    everything: bool  # some cue requires no word at all: nothing can be left out

    def keeps(self, words: list[str]) -> bool:
        if self.everything:
            return True
        present = set(words)
        by_word = self.cues_by_word
        for w in present & by_word.keys():
            for cue in by_word[w]:
                if all(satisfied(r, present, self.with_prefix) for r in cue):
                    return True
        return False


def build_prefilter(index: MatchIndex, vocab: Vocabulary) -> Prefilter:
    exact: dict[str, set[CueRequirements]] = defaultdict(set)
    prefixes: dict[str, set[CueRequirements]] = defaultdict(set)
    named: set[str] = set()
    for lidx in index.languages.values():
        for cues in lidx.cues.values():
            for cue in cues.topic:
                # Every pattern of an all-of group is required: the rarest of their keys suffices.
                keys = [k for k in (rarest(p.requirement, vocab) for p in cue.patterns) if k is not None]
                if not keys:
                    return Prefilter({}, {}, everything=True)
                best = min(keys, key=vocab.cost)
                requirements = tuple(p.requirement for p in cue.patterns)
                for pattern in cue.patterns:
                    named |= pattern.lookup_prefixes
                for w in best[0]:
                    exact[w].add(requirements)
                for p in best[1]:
                    prefixes[p].add(requirements)
    cues_by_word: dict[str, tuple[CueRequirements, ...]] = {}
    with_prefix: dict[str, set[str]] = defaultdict(set)
    lengths = sorted({len(p) for p in named})
    for w in vocab.words:
        for n in lengths:
            if n <= len(w) and w[:n] in named:
                with_prefix[w[:n]].add(w)
        found = set(exact.get(w, ()))
        for n in range(1, min(len(w), MAX_PREFIX) + 1):
            found |= prefixes.get(w[:n], set())
        if found:
            cues_by_word[w] = tuple(found)
    return Prefilter(cues_by_word, {k: frozenset(v) for k, v in with_prefix.items()}, everything=False)
