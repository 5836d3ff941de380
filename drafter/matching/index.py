"""The library, prepared for fast matching: cue keys, stance cues, wording stems.

Built once per library and rebuilt when the library changes (``cache.py`` keeps it).
Comparing every paragraph with every wording is far too slow for a 1,000-page compilation,
so each cue is indexed by the words that can open it and the words it requires: a sentence
is only tried against the cues whose words it contains (``CueKeys``), and a paragraph
without any topic cue's required words is not looked at at all (``prefilter.py``).
"""

from __future__ import annotations

import math
import re
import sys
import threading
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any, cast

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

MIN_TOKEN_LENGTH = 3
# Stems of one derivational family count as one: Snowball stems that agree on all but the last
# letter of the shorter and on at least this many letters ("prescrib" of "prescribe" and
# "prescripcion"; "extradit" and "extradicion"; "poursuivr" and "poursuit"). Snowball removes
# inflections only, and a draft says "la acción penal prescribe" where a wording says "la
# prescripción de la acción penal".
FAMILY_MIN_PREFIX = 6
# A word as a draft writes it, accents kept (the language's stemmer needs them).
_WORD_AS_WRITTEN = re.compile(r"[^\W_]+")

_stemmers: dict[str | None, Callable[[str], str]] = {}
_stemmers_lock = threading.Lock()


def stemmer(name: str | None) -> Callable[[str], str]:
    """The Snowball stemmer ``name`` ("english", "spanish": a language file's ``stemmer``) as a
    function from a folded word to its stem; words stay whole without one (``None``).

    The stemmers are the Snowball project's (https://snowballstem.org): PyStemmer, their C
    build, which ``snowballstemmer`` itself uses when it is installed (about a microsecond a
    word, and a millisecond to load); else ``snowballstemmer``'s pure-Python build, which
    gives the same stems at some fifty times the cost. Words reach them folded (lower case,
    accents gone: "responsabilite"), as the library's wordings do, so a draft's word and a
    wording's word meet on the same stem. Loaded when first needed, kept per process."""
    found = _stemmers.get(name)
    if found is not None:
        return found
    with _stemmers_lock:
        found = _stemmers.get(name)
        if found is None:
            if name is None:
                found = str
            else:
                stem_word = _snowball()(name).stemWord
                lock = threading.Lock()  # a stemmer object is not safe to share between threads

                def stem(word: str) -> str:
                    with lock:
                        return str(stem_word(word))

                found = stem
            _stemmers[name] = found
    return found


def _snowball() -> Callable[[str], Any]:
    """What makes a Snowball stemmer of a name: PyStemmer's if installed (importing
    ``snowballstemmer`` would load every one of its pure-Python stemmers, some 25 ms)."""
    try:
        from Stemmer import Stemmer
    except ImportError:  # pragma: no cover - PyStemmer is a dependency; this is the fallback
        from snowballstemmer import stemmer

        return stemmer
    return Stemmer


def stemmer_stamp() -> tuple[str, int, int]:
    """Which stemmers a cached index's stems come from: their module's file, its time and size."""
    module = sys.modules.get(getattr(_snowball(), "__module__", "") or "")
    where = getattr(module, "__file__", None) or ""
    try:
        st = Path(where).stat()
    except OSError:
        return (where, 0, 0)
    return (where, st.st_mtime_ns, st.st_size)


def is_content(word: str, stopwords: AbstractSet[str]) -> bool:
    """Whether a folded word counts for similarity: not a stopword, a number or a short word."""
    return len(word) >= MIN_TOKEN_LENGTH and word not in stopwords and not word.isdigit()


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _related(a: str, b: str, common: int) -> bool:
    """Stems ``a`` and ``b``, which share ``common`` first letters, are of one family."""
    return common >= max(FAMILY_MIN_PREFIX, min(len(a), len(b)) - 1)


def _families(stems: list[str]) -> dict[str, str]:
    """Each of the sorted ``stems`` -> its family's first stem (related stems joined, and what
    is related to them)."""
    parent = {s: s for s in stems}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(stems):
        if len(a) < FAMILY_MIN_PREFIX:
            continue
        head = a[:FAMILY_MIN_PREFIX]
        for b in stems[i + 1 :]:
            if not b.startswith(head):
                break  # sorted: no later stem shares the head either
            if _related(a, b, _common_prefix(a, b)):
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {s: root(s) for s in stems}


class LanguageStems(Struct):
    """How a language's words become the stems that similarity compares.

    A word's stem is the language's Snowball stem, folded, of its family (``FAMILY_MIN_PREFIX``).
    The library's own words are stemmed as its files write them: Snowball's Spanish and French
    rules read accents ("ejecución", "exécutée"), which folding removes. A draft's word is
    looked up by its folded form: a word the library uses gets the library's stem; another is
    stemmed folded and joins the family of a library stem it is related to, if any (a stem
    the library does not have cannot match a wording anyway; it only counts as itself).
    """

    stemmer: str | None
    known: list[str]  # the stems of the language's wordings, sorted
    family: dict[str, str]  # each of those -> its family
    memo: dict[str, str] = field(default_factory=dict)  # folded word -> family ("" if no content)

    def of(self, word: str, stopwords: AbstractSet[str]) -> str:
        """The family stem of a folded word ("" for a word that does not count), memoised."""
        found = self.memo.get(word)
        if found is None:
            found = self.memo[word] = (
                self._family_of(stemmer(self.stemmer)(word)) if is_content(word, stopwords) else ""
            )
        return found

    def _family_of(self, stem: str) -> str:
        found = self.family.get(stem)
        if found is not None or len(stem) < FAMILY_MIN_PREFIX:
            return found or stem
        head = stem[:FAMILY_MIN_PREFIX]
        best, best_common = stem, 0
        for known in self.known[bisect_left(self.known, head) :]:
            if not known.startswith(head):
                break
            common = _common_prefix(stem, known)
            if common > best_common and _related(stem, known, common):
                best, best_common = self.family[known], common
        return best


def language_stems(
    name: str | None, wordings: list[Wording], stopwords: AbstractSet[str]
) -> tuple[LanguageStems, list[frozenset[str]]]:
    """The stems of one language's ``wordings`` (with the stemmer ``name``): how its words are
    stemmed, and each wording's stems."""
    stem = stemmer(name)
    of_word: dict[str, str] = {}  # folded word -> Snowball stem, folded
    for w in wordings:
        for token in _WORD_AS_WRITTEN.findall(w.text.lower()):
            word = fold(token)
            if word not in of_word and " " not in word and is_content(word, stopwords):
                of_word[word] = fold(stem(token))
    raw: list[set[str]] = []
    for w in wordings:
        words = [x for x in w.key.split() if is_content(x, stopwords)]
        for x in words:
            if x not in of_word:
                of_word[x] = stem(x)
        raw.append({of_word[x] for x in words})
    known = sorted(set(of_word.values()))
    family = _families(known)
    stems = LanguageStems(name, known, family, {word: family[s] for word, s in of_word.items()})
    return stems, [frozenset(family[s] for s in st) for st in raw]


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
    # The same for topics a list item shares with its lead-in ({lead, item} cues), by the item's
    # words; each gate's patterns are (the item's, the lead-in's). Only an item opens them.
    item_exact: dict[str, tuple[TopicGate, ...]] = {}
    item_prefix: dict[str, tuple[TopicGate, ...]] = {}

    def categories(
        self,
        words: AbstractSet[str],
        prefixes: AbstractSet[str],
        lead: tuple[AbstractSet[str], AbstractSet[str]] | None = None,
    ) -> set[str]:
        """Categories one of whose topic cues has all its required words in a sentence with
        these words and word prefixes (as found by the language's prefix table); ``lead``: the
        words and prefixes of the lead-in of a list item."""
        found = set(self.topic_anywhere)
        for table, keys in ((self.topic_exact, words), (self.topic_prefix, prefixes)):
            for key in keys & table.keys():
                for category, patterns in table[key]:
                    if category not in found and all(p.feasible(words, prefixes) for p in patterns):
                        found.add(category)
        if lead is not None:
            # An item gate's patterns are the item's and the lead-in's.
            for table, keys in ((self.item_exact, words), (self.item_prefix, prefixes)):
                for key in keys & table.keys():
                    for category, (item, in_lead) in table[key]:
                        if (
                            category not in found
                            and item.feasible(words, prefixes)
                            and in_lead.feasible(*lead)
                        ):
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
    stems: LanguageStems  # how words become the stems similarity compares

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
        """Content stems of a sentence's folded words (memoised per word: drafts repeat their words)."""
        stems = self.stems
        memo = stems.memo
        out: set[str] = set()
        for w in words:
            s = memo.get(w)
            if s is None:
                s = stems.of(w, self.stopwords)
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
    item_exact: dict[str, set[TopicGate]] = defaultdict(set)
    item_prefix: dict[str, set[TopicGate]] = defaultdict(set)
    topic_anywhere: set[str] = set()
    for category, compiled in cues.items():
        for cue in compiled.topic:
            gate = (category, cue.patterns if cue.lead is None else (*cue.patterns, cue.lead))
            # The gate for a topic cue is the rarest word set it requires (every pattern of an
            # all-of group is required): "pardon*" rather than "(shall|may)", "active" rather
            # than "in" for "in active service".
            found = [k for k in (rarest(pat.requirement, costs) for pat in cue.patterns) if k is not None]
            key = min(found, key=costs.cost) if found else None
            if key is None:
                topic_anywhere.add(category)
                continue
            by_word, by_prefix = (
                (item_exact, item_prefix) if cue.lead is not None else (topic_exact, topic_prefix)
            )
            for w in key[0]:
                by_word[w].add(gate)
            for p in key[1]:
                by_prefix[p].add(gate)
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
        {k: tuple(v) for k, v in item_exact.items()},
        {k: tuple(v) for k, v in item_prefix.items()},
    )


def _prefix_table(cues: dict[str, CompiledCues]) -> PrefixTable:
    """Every prefix a cue looks up: its first words and the words it requires."""
    prefixes: set[str] = set()
    for compiled in cues.values():
        for cue in compiled.all():
            for pat in (*cue.patterns, cue.lead) if cue.lead is not None else cue.patterns:
                prefixes |= pat.lookup_prefixes
    return PrefixTable(prefixes)


def build_index(library: Library) -> MatchIndex:
    all_stops: frozenset[str] = frozenset().union(*(lr.stopwords for lr in library.languages.values()))
    # Words too frequent in treaty text to single out a topic, besides the stopwords ("shall",
    # "State", "Parties": each language's `generic` words).
    generic: frozenset[str] = frozenset().union(
        *(lr.words.get("generic", frozenset()) for lr in library.languages.values())
    )

    stemming: dict[str, tuple[LanguageStems, list[Wording], list[frozenset[str]]]] = {}
    for lang, lrec in library.languages.items():
        wordings = [w for w in library.wordings if w.lang == lang]
        how, of_wordings = language_stems(lrec.stemmer, wordings, all_stops)
        stemming[lang] = (how, wordings, of_wordings)
    df: dict[str, int] = defaultdict(int)
    for _, _, of_wordings in stemming.values():
        for stems in of_wordings:
            for s in stems:
                df[s] += 1
    n = max(len(library.wordings), 1)
    idf = {s: math.log(1.0 + n / d) for s, d in df.items()}
    unknown = math.log(1.0 + n)
    languages: dict[str, LanguageIndex] = {}
    for lang, lrec in library.languages.items():
        how, wordings, wstems = stemming[lang]
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
            keys=_cue_keys(cues, StaticCost(lrec.stopwords | all_stops | generic, wordings)),
            prefix_table=table,
            wordings=wordings,
            wording_stems=wstems,
            wording_weight=weights,
            by_category=dict(by_category),
            editorial=editorial,
            core_crimes=core,
            other_offences=other,
            hedge_modals=frozenset(fold(m) for m in lrec.macros.get("hedge_modal", [])),
            stems=how,
        )
    return MatchIndex(library, languages, idf, unknown)
