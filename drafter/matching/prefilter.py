"""Which paragraphs of a draft can yield a finding at all: a cheap filter that loses nothing.

A finding needs a topic cue of some category, and every pattern requires some words (a
sentence without "pardon" cannot match "(shall|may) ... pardon*"). Each topic cue has a
key: the rarest word set it requires (``CueKeys`` in ``index.py``). A paragraph none of
whose words is a key cannot yield a finding and is not looked at again: one set operation
for most paragraphs. Keys of treaty language are often common words ("appropriate
penalties", "official capacity"), so a paragraph with a key is checked next against every
word set the cues it opens require, as bits: each such set has a bit, each word of the
draft carries the bits of the sets it is in (or has a prefix in), and a paragraph the union
of its words' bits; a cue is possible only if the paragraph has the bits of all its sets.
Only the paragraphs that pass are checked word by word against the cue's patterns. The
test suite checks that the result equals trying every paragraph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import cast

from drafter.library.tokmatch import Requirement, TokenPattern, WordSet
from drafter.matching.index import MatchIndex

Gate = tuple[TokenPattern, ...]  # the patterns of a topic cue: all must be possible


class _Bits:
    """One bit for each set of words and prefixes some topic cue requires one of; a word
    carries the bits of the sets it is in, or has a prefix in."""

    def __init__(self) -> None:
        self._of_set: dict[WordSet, int] = {}
        self.of_word: dict[str, int] = defaultdict(int)
        self.of_prefix: dict[str, int] = defaultdict(int)

    def of_set(self, words: Iterable[str], prefixes: Iterable[str]) -> int:
        key = (frozenset(words), frozenset(prefixes))
        bit = self._of_set.get(key)
        if bit is None:
            bit = self._of_set[key] = 1 << len(self._of_set)
            for w in key[0]:
                self.of_word[w] |= bit
            for p in key[1]:
                self.of_prefix[p] |= bit
        return bit

    def of_requirement(self, req: Requirement) -> _BitTree:
        """``req`` with its word sets as bits; None when it requires nothing."""
        if req is None:
            return None
        kind, value = req
        if kind == "w":
            return self.of_set((str(value),), ())
        if kind == "p":
            return self.of_set((), (str(value),))
        if kind == "n":
            exact, prefixes = cast(WordSet, value)
            return self.of_set(exact, prefixes)
        children = tuple(self.of_requirement(c) for c in cast(tuple[Requirement, ...], value))
        return (kind == "s", children)


# A requirement as bits: the bit of a word set (it must be present), or (all?, children).
_BitTree = int | tuple[bool, tuple["_BitTree", ...]] | None


def _holds(tree: _BitTree, mask: int) -> bool:
    """``tokmatch.holds`` for a requirement as bits and a paragraph's mask."""
    if tree is None:
        return True
    if isinstance(tree, int):
        return bool(mask & tree)
    every, children = tree
    if every:
        return all(_holds(c, mask) for c in children)
    return any(_holds(c, mask) for c in children)


class _Cue:
    """A topic cue as bits: those of the word sets its patterns require (all must be present:
    the quick test), then what those leave of each pattern's requirement."""

    __slots__ = ("item", "lead_need", "memo", "need", "relevant", "trees")

    def __init__(self, patterns: Gate, bits: _Bits, item: bool = False) -> None:
        # A topic only a list item can match (``CueKeys.item_exact``): its patterns are the
        # item's and the lead-in's, whose required words the lead-in must hold.
        self.item = item
        self.lead_need = 0
        if item:
            patterns, lead = patterns[:1], patterns[1]
            for exact, starts in lead.required:
                self.lead_need |= bits.of_set(exact, starts)
        need = 0
        for p in patterns:
            for exact, starts in p.required:
                need |= bits.of_set(exact, starts)
        self.need = need
        trees = (bits.of_requirement(p.remainder) for p in patterns)  # see TokenPattern.remainder
        self.trees = tuple(t for t in trees if t is not None)
        # The bits the trees look at: paragraphs that agree on them get the same verdict, and
        # few combinations of them occur, so each is worked out once.
        self.relevant = _bits_in(self.trees)
        self.memo: dict[int, bool] = {}

    def possible(self, mask: int) -> bool:
        """Whether a paragraph whose words carry these bits can match the cue, word order aside
        (what ``TokenPattern.feasible`` says of each pattern, for the paragraph's words)."""
        if mask & self.need != self.need:
            return False
        seen = mask & self.relevant
        verdict = self.memo.get(seen)
        if verdict is None:
            verdict = self.memo[seen] = all(_holds(tree, seen) for tree in self.trees)
        return verdict


def _bits_in(trees: Iterable[_BitTree]) -> int:
    found = 0
    for tree in trees:
        if isinstance(tree, int):
            found |= tree
        elif tree is not None:
            found |= _bits_in(tree[1])
    return found


class Prefilter:
    """Built once per library index (``cache.py`` keeps it with the index); remembers which
    words it has seen are keys."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        languages = list(index.languages.values())
        # Some topic cue requires no word at all: then nothing can be left out.
        self.everything = any(lidx.keys.topic_anywhere for lidx in languages)
        bits = _Bits()
        cues: dict[tuple[Gate, bool], _Cue] = {}
        exact: dict[str, dict[tuple[Gate, bool], _Cue]] = defaultdict(dict)
        by_prefix: dict[str, dict[tuple[Gate, bool], _Cue]] = defaultdict(dict)
        for lidx in languages:
            keys = lidx.keys
            for tables, target, item in (
                (keys.topic_exact, exact, False),
                (keys.topic_prefix, by_prefix, False),
                (keys.item_exact, exact, True),
                (keys.item_prefix, by_prefix, True),
            ):
                for key, gates in tables.items():
                    for _, patterns in gates:
                        cue = cues.get((patterns, item))
                        if cue is None:
                            cue = cues[patterns, item] = _Cue(patterns, bits, item)
                        target[key][patterns, item] = cue
        self._exact = {word: tuple(found.values()) for word, found in exact.items()}
        # What a word's beginning brings: the cues it opens as a prefix key, and its bits.
        self._by_start: dict[str, tuple[tuple[_Cue, ...], int]] = {
            start: (
                tuple(by_prefix[start].values()) if start in by_prefix else (),
                bits.of_prefix.get(start, 0),
            )
            for start in by_prefix.keys() | bits.of_prefix.keys()
        }
        # Every beginning of those: a word's beginnings are looked up until one is not among
        # them (most words differ from every key within their first few letters).
        self._shortest = min((len(p) for p in self._by_start), default=0)
        self._beginnings = {p[:n] for p in self._by_start for n in range(self._shortest, len(p) + 1)}
        self._word_bits = dict(bits.of_word)
        # Words seen so far: the cues each opens as a key, and the bits each carries. They
        # only grow, and always by the same verdicts, so analyses on two threads may share them.
        self._seen: set[str] = set()
        self._opens: dict[str, tuple[_Cue, ...]] = {}
        self._opens_item: dict[str, tuple[_Cue, ...]] = {}  # the cues only a list item can match
        self._bits: dict[str, int] = {}  # only words that carry some

    def _classify(self, words: Iterable[str]) -> None:
        exact, word_bits, by_start, beginnings = (
            self._exact,
            self._word_bits,
            self._by_start,
            self._beginnings,
        )
        shortest = self._shortest
        for w in words:
            opened = exact.get(w, ())
            mask = word_bits.get(w, 0)
            for n in range(shortest, len(w) + 1):
                start = w[:n]
                if start not in beginnings:
                    break
                hit = by_start.get(start)
                if hit is not None:
                    opened += hit[0]
                    mask |= hit[1]
            if opened:
                unique = tuple(dict.fromkeys(opened))
                if plain := tuple(c for c in unique if not c.item):
                    self._opens[w] = plain
                if of_items := tuple(c for c in unique if c.item):
                    self._opens_item[w] = of_items
            if mask:
                self._bits[w] = mask
            self._seen.add(w)

    def keeps(self, words: list[str]) -> bool:
        """Whether a paragraph with these words can yield a finding (a list item may also
        through the topics it shares with its lead-in: see ``keeps_item``)."""
        if self.everything:
            return True
        if not self._seen.issuperset(words):
            self._classify(set(words) - self._seen)
        return self._opened(words, self._opens)

    def keeps_item(self, words: list[str], lead_mask: int) -> bool:
        """Whether a list item with these words (``keeps`` said no) can match a topic it shares
        with its lead-in, whose words carry ``lead_mask`` (``mask``)."""
        if self.everything:
            return True
        if self._opens_item.keys().isdisjoint(words):
            return False
        if not self._seen.issuperset(words):
            self._classify(set(words) - self._seen)
        return self._opened(words, self._opens_item, lead_mask)

    def mask(self, words: Iterable[str]) -> int:
        """The bits the words carry (of a lead-in, for ``keeps_item``)."""
        words = set(words)
        if not self._seen.issuperset(words):
            self._classify(words - self._seen)
        bits = self._bits
        mask = 0
        for w in bits.keys() & words:
            mask |= bits[w]
        return mask

    def _opened(self, words: list[str], opens: dict[str, tuple[_Cue, ...]], lead_mask: int = 0) -> bool:
        if opens.keys().isdisjoint(words):
            return False  # most paragraphs: no word opens any topic cue (checked without a set)
        carrying = self._bits.keys() & words
        bits = self._bits
        mask = 0
        for w in carrying:
            mask |= bits[w]
        for key in carrying & opens.keys():
            for cue in opens[key]:
                if cue.possible(mask) and lead_mask & cue.lead_need == cue.lead_need:
                    return True
        return False
