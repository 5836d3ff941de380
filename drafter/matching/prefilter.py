"""Which paragraphs of a draft can yield a finding at all: a cheap filter that loses nothing.

A finding needs a topic cue of some category, and every pattern requires some words (a
sentence without "pardon" cannot match "(shall|may) ... pardon*"). Each topic cue has a
key: the rarest word set it requires (``CueKeys`` in ``index.py``). A paragraph none of
whose words is a key cannot yield a finding and is not looked at again; one that has a
key is kept only if it also has every other word some cue requires ("military" and
"court"). In the 300-page benchmark draft that leaves out 94 % of the paragraphs, at
the cost of one set operation per paragraph. The test suite checks that the result
equals trying every paragraph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from drafter.library.tokmatch import PrefixTable, TokenPattern
from drafter.matching.index import MatchIndex
from drafter.matching.latest import Latest

Gate = tuple[TokenPattern, ...]  # the patterns of a topic cue: all must be possible


class Prefilter:
    """Built once per library index; remembers which words it has seen are keys."""

    def __init__(self, index: MatchIndex) -> None:
        languages = list(index.languages.values())
        # Some topic cue requires no word at all: then nothing can be left out.
        self.everything = any(lidx.keys.topic_anywhere for lidx in languages)
        self._exact: dict[str, list[Gate]] = defaultdict(list)
        self._prefixes: dict[str, list[Gate]] = defaultdict(list)
        for lidx in languages:
            for word, gates in lidx.keys.topic_exact.items():
                self._exact[word].extend(patterns for _, patterns in gates)
            for prefix, gates in lidx.keys.topic_prefix.items():
                self._prefixes[prefix].extend(patterns for _, patterns in gates)
        self._lengths = sorted({len(p) for p in self._prefixes})
        # Every prefix any pattern of any language looks up, for checking the requirements.
        self._table = PrefixTable(frozenset().union(*(lidx.prefix_table.prefixes for lidx in languages)))
        # Words seen so far, and the cues each key among them opens. They only grow, and
        # always by the same verdicts, so analyses on two threads may share them.
        self._seen: set[str] = set()
        self._gates: dict[str, tuple[Gate, ...]] = {}
        self._prefixes_of: dict[str, tuple[str, ...]] = {}

    def _classify(self, words: Iterable[str]) -> None:
        of = self._table.of
        for w in words:
            self._prefixes_of[w] = of(w)
            gates = list(self._exact.get(w, ()))
            for n in self._lengths:
                if n <= len(w):
                    gates.extend(self._prefixes.get(w[:n], ()))
            if gates:
                self._gates[w] = tuple(dict.fromkeys(gates))
            self._seen.add(w)

    def keeps(self, words: list[str]) -> bool:
        if self.everything:
            return True
        present = set(words)
        new = present - self._seen
        if new:
            self._classify(new)
        if self._gates.keys().isdisjoint(present):
            return False  # most paragraphs: no word opens any topic cue
        keys = present & self._gates.keys()
        prefixes: set[str] = set().union(*map(self._prefixes_of.__getitem__, present))
        for key in keys:
            for patterns in self._gates[key]:
                if all(p.feasible(present, prefixes) for p in patterns):
                    return True
        return False


# Built on first use for an index and kept while it is the current one.
prefilter_for: Latest[MatchIndex, Prefilter] = Latest(Prefilter)
