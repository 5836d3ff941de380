"""The library, prepared for fast matching: cue keys, stance cues, wording stems.

Built once per library and rebuilt when the library changes (``cache.py`` keeps it).
Comparing every paragraph with every wording is far too slow for a 1,000-page compilation,
so each cue is indexed by the words that can open it and the words it requires: a sentence
is only tried against the cues whose words it contains (``CueKeys``), and a paragraph
without any topic cue's required words is not looked at at all (``prefilter.py``).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Set as AbstractSet
from typing import cast

from msgspec import Struct, field

from drafter.library.model import CompiledCues, CueMatcher, Library, Wording
from drafter.library.tokmatch import (
    Macros,
    PrefixTable,
    Requirement,
    TokenPattern,
    WordIndex,
    WordSet,
    compile_pattern,
)
from drafter.textnorm import fold

STEM_LENGTH = 6
MIN_TOKEN_LENGTH = 3


def stem(token: str) -> str:
    """A crude stem that is good enough for English, Spanish and French legal text."""
    if len(token) > 4 and token.endswith("s"):
        token = token[:-1]
    return token[:STEM_LENGTH]


def content_stems(words: list[str], stopwords: frozenset[str]) -> set[str]:
    return {stem(t) for t in words if len(t) >= MIN_TOKEN_LENGTH and t not in stopwords and not t.isdigit()}


TopicGate = tuple[str, tuple[TokenPattern, ...]]  # a topic cue's category and patterns


class CueKeys(Struct):
    """Which cues can match a sentence, from the words that can open them.

    A cue whose first words do not occur in a sentence is never tried on it; this is what
    keeps a 1,000-page draft from being matched against every pattern of the library.
    """

    exact: dict[str, tuple[CueMatcher, ...]]  # first word -> the cues it can open
    prefix: dict[str, tuple[CueMatcher, ...]]  # first-word prefix -> the cues
    anywhere: frozenset[CueMatcher]  # cues that may start with an optional word: always tried
    # The first, cheapest gate: topic cues by their rarest required word (or prefix), each as
    # (category, what its patterns require).
    topic_exact: dict[str, tuple[TopicGate, ...]]
    topic_prefix: dict[str, tuple[TopicGate, ...]]
    topic_anywhere: frozenset[str]

    def categories(self, words: AbstractSet[str], prefixes: AbstractSet[str]) -> set[str]:
        """Categories one of whose topic cues has all its required words in a sentence with
        these words and word prefixes (as found by the language's prefix table)."""
        found = set(self.topic_anywhere)
        for table, keys in ((self.topic_exact, words), (self.topic_prefix, prefixes)):
            for key in keys & table.keys():
                for category, patterns in table[key]:
                    if category not in found and all(p.feasible(words, prefixes) for p in patterns):
                        found.add(category)
        return found

    def live(self, words: AbstractSet[str], prefixes: AbstractSet[str]) -> set[CueMatcher]:
        """The cues (of any kind) that can open in a sentence with these words."""
        live = set(self.anywhere)
        exact, prefix = self.exact, self.prefix
        for key in words & exact.keys():
            live.update(exact[key])
        for key in prefixes & prefix.keys():
            live.update(prefix[key])
        return live


class LanguageIndex(Struct):
    lang: str
    stopwords: frozenset[str]
    cues: dict[str, CompiledCues]  # category -> cues
    keys: CueKeys
    prefix_table: PrefixTable  # first-word prefixes of every cue of the language
    wordings: list[Wording]
    wording_stems: list[frozenset[str]]
    wording_weight: list[float]
    by_category: dict[str, list[int]]
    editorial: TokenPattern | None  # sentences opening an editorial remark, not a clause
    # The scope of a ban: the crimes of the draft (or "these crimes"), and other offences
    # (kidnapping, drug trafficking ...) that a ban may be limited to.
    core_crimes: TokenPattern | None
    other_offences: TokenPattern | None
    hedge_modals: frozenset[str]  # modal verbs that weaken unless negated
    _stems: dict[str, str] = field(default_factory=dict)

    def word_index(self, words: list[str]) -> WordIndex:
        return WordIndex.build(words, self.prefix_table)

    def prefixes_of(self, words: AbstractSet[str]) -> set[str]:
        table = self.prefix_table
        memo, of = table.memo, table.of
        out: set[str] = set()
        for w in words:
            hits = memo.get(w)
            if hits is None:
                hits = of(w)
            if hits:
                out.update(hits)
        return out

    def stems_of(self, words: list[str]) -> set[str]:
        """Content stems of a sentence (memoised per word: drafts repeat their words)."""
        memo = self._stems
        out: set[str] = set()
        for w in words:
            s = memo.get(w)
            if s is None:
                s = (
                    stem(w)
                    if len(w) >= MIN_TOKEN_LENGTH and w not in self.stopwords and not w.isdigit()
                    else ""
                )
                memo[w] = s
            if s:
                out.add(s)
        return out


class MatchIndex(Struct):
    library: Library
    languages: dict[str, LanguageIndex]
    idf: dict[str, float]
    unknown_idf: float

    def weight(self, stem_: str) -> float:
        return self.idf.get(stem_, self.unknown_idf)


# Words too frequent in treaty text to single out a topic (beyond each language's stopwords).
_GENERIC_WORDS = frozenset(
    [
        "shall",
        "may",
        "must",
        "will",
        "should",
        "can",
        "state",
        "states",
        "party",
        "parties",
        "any",
        "other",
        "each",
        "under",
        "such",
        "all",
        "person",
        "persons",
        "measures",
        "necessary",
        "ensure",
        "law",
        "present",
        "article",
        "convention",
        "deber",
        "podra",
        "estado",
        "estados",
        "parte",
        "partes",
        "toda",
        "todo",
        "cualquier",
        "medidas",
        "etat",
        "etats",
        "partie",
        "parties",
        "toute",
        "tout",
        "mesures",
    ]
)


class StaticCost:
    """How likely a word set is to occur in treaty text, without seeing the draft: by how
    many of the library's own wordings use each word ("against", "committed", "derecho" are
    everywhere; "amnesty" and "martial" are not); stop words, "State", "shall" and words or
    prefixes of one or two letters count as frequent."""

    def __init__(self, common: frozenset[str], wordings: list[Wording]) -> None:
        self.common = common
        self.df: dict[str, int] = defaultdict(int)
        for w in wordings:
            for word in set(w.key.split()):
                self.df[word] += 1
        self._sorted = sorted(self.df)

    def _word(self, word: str) -> int:
        return FREQUENT if word in self.common or len(word) < 3 else 1 + self.df.get(word, 0)

    def _prefix(self, prefix: str) -> int:
        if len(prefix) < 3:
            return FREQUENT
        lo = bisect_left(self._sorted, prefix)
        hi = bisect_left(self._sorted, prefix + "{", lo)  # "{" sorts after every folded letter
        return 1 + sum(self.df[w] for w in self._sorted[lo:hi])

    def cost(self, item: WordSet) -> int:
        exact, prefixes = item
        return sum(self._word(w) for w in exact) + sum(self._prefix(p) for p in prefixes)


FREQUENT = 1000


def rarest(req: Requirement, costs: StaticCost) -> WordSet | None:
    """The word set, one word of which any match contains, cheapest by ``costs``."""
    if req is None:
        return None
    kind, value = req
    if kind == "w":
        return frozenset({str(value)}), frozenset()
    if kind == "p":
        return frozenset(), frozenset({str(value)})
    if kind == "n":
        return cast(WordSet, value)
    children = cast(tuple[Requirement, ...], value)
    if kind == "s":
        found = [k for k in (rarest(c, costs) for c in children) if k is not None]
        return min(found, key=costs.cost) if found else None
    exact: set[str] = set()
    prefixes: set[str] = set()
    for option in children:  # "a": one of the options is required, so the union of theirs is
        key = rarest(option, costs)
        if key is None:
            return None
        exact |= key[0]
        prefixes |= key[1]
    return frozenset(exact), frozenset(prefixes)


def _cue_keys(cues: dict[str, CompiledCues], costs: StaticCost) -> CueKeys:
    exact: dict[str, set[CueMatcher]] = defaultdict(set)
    prefix: dict[str, set[CueMatcher]] = defaultdict(set)
    anywhere: set[CueMatcher] = set()
    topic_exact: dict[str, set[TopicGate]] = defaultdict(set)
    topic_prefix: dict[str, set[TopicGate]] = defaultdict(set)
    topic_anywhere: set[str] = set()
    for category, compiled in cues.items():
        for cue in compiled.topic:
            gate = (category, cue.patterns)
            # The gate for a topic cue is the rarest word set it requires (every pattern of an
            # all-of group is required): "pardon*" rather than "(shall|may)", "active" rather
            # than "in" for "in active service".
            found = [k for k in (rarest(pat.requirement, costs) for pat in cue.patterns) if k is not None]
            key = min(found, key=costs.cost) if found else None
            if key is None:
                topic_anywhere.add(category)
                continue
            for w in key[0]:
                topic_exact[w].add(gate)
            for p in key[1]:
                topic_prefix[p].add(gate)
        for cue in compiled.all():
            # For an all-of group every pattern must match, so the first one's first words suffice.
            first = cue.patterns[0]
            if first.anywhere:
                anywhere.add(cue)
                continue
            for w in first.first_exact:
                exact[w].add(cue)
            for p in first.first_prefixes:
                prefix[p].add(cue)
    return CueKeys(
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in prefix.items()},
        frozenset(anywhere),
        {k: tuple(v) for k, v in topic_exact.items()},
        {k: tuple(v) for k, v in topic_prefix.items()},
        frozenset(topic_anywhere),
    )


def _prefix_table(cues: dict[str, CompiledCues]) -> PrefixTable:
    """Every prefix a cue looks up: its first words and the words it requires."""
    prefixes: set[str] = set()
    for compiled in cues.values():
        for cue in compiled.all():
            for pat in cue.patterns:
                prefixes |= pat.lookup_prefixes
    return PrefixTable(prefixes)


def build_index(library: Library) -> MatchIndex:
    all_stops: frozenset[str] = frozenset().union(*(lr.stopwords for lr in library.languages.values()))
    stems_of = [content_stems(w.key.split(), all_stops) for w in library.wordings]
    df: dict[str, int] = defaultdict(int)
    for stems in stems_of:
        for s in stems:
            df[s] += 1
    n = max(len(library.wordings), 1)
    idf = {s: math.log(1.0 + n / d) for s, d in df.items()}
    unknown = math.log(1.0 + n)
    languages: dict[str, LanguageIndex] = {}
    for lang, lrec in library.languages.items():
        ids = [i for i, w in enumerate(library.wordings) if w.lang == lang]
        wordings = [library.wordings[i] for i in ids]
        wstems = [frozenset(stems_of[i]) for i in ids]
        weights = [
            math.fsum(idf.get(s, unknown) for s in st) for st in wstems
        ]  # order-free, as in the matcher
        by_category: dict[str, list[int]] = defaultdict(list)
        for local, w in enumerate(wordings):
            by_category[w.category].append(local)
        cues = {cid: cat.cues[lang] for cid, cat in library.categories.items() if lang in cat.cues}
        table = _prefix_table(cues)
        # Compiled from its source after a cached index is loaded: hence the Macros.
        editorial = (
            compile_pattern("{editorial}", Macros({"editorial": lrec.macros["editorial"]}))
            if "editorial" in lrec.macros
            else None
        )
        core, other = (
            compile_pattern(f"{{{name}}}", Macros({name: lrec.macros[name]})) if name in lrec.macros else None
            for name in ("core_crimes", "other_offences")
        )
        languages[lang] = LanguageIndex(
            lang=lang,
            stopwords=lrec.stopwords | all_stops,
            cues=cues,
            keys=_cue_keys(cues, StaticCost(lrec.stopwords | all_stops | _GENERIC_WORDS, wordings)),
            prefix_table=table,
            wordings=wordings,
            wording_stems=wstems,
            wording_weight=weights,
            by_category=dict(by_category),
            editorial=editorial,
            core_crimes=core,
            other_offences=other,
            hedge_modals=frozenset(fold(m) for m in lrec.macros.get("hedge_modal", [])),
        )
    return MatchIndex(library, languages, idf, unknown)
