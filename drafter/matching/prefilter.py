"""Which paragraphs of a draft can yield a finding at all: a cheap filter that loses nothing.

A finding needs a topic cue of some category, and every pattern requires some words (a
sentence without "pardon" cannot match "(shall|may) ... pardon*"). Each topic cue has a
key: the rarest word set it requires (``CueKeys`` in ``index.py``), and a second word set
it also requires. A paragraph none of whose words is a key cannot yield a finding and is
not looked at again; one that has a key is checked only against the cues whose second set
it also has, and kept only if it has every other word one of them requires ("military"
and "court"). In the 300-page benchmark draft that leaves out 94 % of the paragraphs, at
the cost of one set operation for most of them. The test suite checks that the result
equals trying every paragraph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from drafter.library.tokmatch import PrefixTable, TokenPattern, WordSet
from drafter.matching.index import MatchIndex
from drafter.matching.latest import Latest

Gate = tuple[TokenPattern, ...]  # the patterns of a topic cue: all must be possible


class _Opened:
    """The topic cues one key opens, indexed again by a second word set each requires: a
    paragraph with the key is checked only against the cues whose second set it also has."""

    __slots__ = ("always", "by_prefix", "by_word")

    def __init__(self, gates: list[Gate], second: dict[Gate, WordSet]) -> None:
        self.always: list[Gate] = []  # cues that require nothing besides the key
        self.by_word: dict[str, list[Gate]] = defaultdict(list)
        self.by_prefix: dict[str, list[Gate]] = defaultdict(list)
        for gate in dict.fromkeys(gates):
            other = second.get(gate)
            if other is None:
                self.always.append(gate)
                continue
            for word in other[0]:
                self.by_word[word].append(gate)
            for prefix in other[1]:
                self.by_prefix[prefix].append(gate)

    def candidates(self, present: set[str], prefixes: set[str]) -> list[Gate]:
        found = list(self.always)
        for word in self.by_word.keys() & present:
            found.extend(self.by_word[word])
        for prefix in self.by_prefix.keys() & prefixes:
            found.extend(self.by_prefix[prefix])
        return found


class Prefilter:
    """Built once per library index; remembers which words it has seen are keys."""

    def __init__(self, index: MatchIndex) -> None:
        languages = list(index.languages.values())
        # Some topic cue requires no word at all: then nothing can be left out.
        self.everything = any(lidx.keys.topic_anywhere for lidx in languages)
        exact: dict[str, list[Gate]] = defaultdict(list)
        by_prefix: dict[str, list[Gate]] = defaultdict(list)
        second: dict[Gate, WordSet] = {}
        for lidx in languages:
            for word, gates in lidx.keys.topic_exact.items():
                exact[word].extend(patterns for _, patterns in gates)
            for prefix, gates in lidx.keys.topic_prefix.items():
                by_prefix[prefix].extend(patterns for _, patterns in gates)
            second.update(lidx.keys.topic_second)
        self._exact = {word: _Opened(gates, second) for word, gates in exact.items()}
        self._prefixes = {prefix: _Opened(gates, second) for prefix, gates in by_prefix.items()}
        self._lengths = sorted({len(p) for p in self._prefixes})
        # Every prefix any pattern of any language looks up, for checking the requirements.
        self._table = PrefixTable(frozenset().union(*(lidx.prefix_table.prefixes for lidx in languages)))
        # Words seen so far, and the keys each opens. They only grow, and always by the same
        # verdicts, so analyses on two threads may share them.
        self._seen: set[str] = set()
        self._opens: dict[str, tuple[_Opened, ...]] = {}
        self._prefixes_of: dict[str, tuple[str, ...]] = {}  # only words that have some

    def _classify(self, words: Iterable[str]) -> None:
        of = self._table.of
        for w in words:
            if found := of(w):
                self._prefixes_of[w] = found
            opened: list[_Opened] = []
            if w in self._exact:
                opened.append(self._exact[w])
            for n in self._lengths:
                if n <= len(w) and (group := self._prefixes.get(w[:n])) is not None:
                    opened.append(group)
            if opened:
                self._opens[w] = tuple(opened)
            self._seen.add(w)

    def keeps(self, words: list[str]) -> bool:
        if self.everything:
            return True
        if not self._seen.issuperset(words):
            self._classify(set(words) - self._seen)
        if self._opens.keys().isdisjoint(words):
            return False  # most paragraphs: no word opens any topic cue (checked without a set)
        present = set(words)
        prefixes: set[str] = set().union(
            *map(self._prefixes_of.__getitem__, present & self._prefixes_of.keys())
        )
        for key in present & self._opens.keys():
            for opened in self._opens[key]:
                for patterns in opened.candidates(present, prefixes):
                    if all(p.feasible(present, prefixes) for p in patterns):
                        return True
        return False


# Built on first use for an index and kept while it is the current one.
prefilter_for: Latest[MatchIndex, Prefilter] = Latest(Prefilter)
