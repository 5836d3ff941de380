"""The library, prepared for fast matching: trigger words, a term index, stance cues.

Built once per library (and rebuilt when the library changes). Comparing every
paragraph with every wording is far too slow for a 1,000-page compilation, so:

* each category's topic patterns name words one of which must be present (``amnest*``,
  ``pardon*``...); a paragraph with none of them is never tried against that category;
* every wording's content stems go into an inverted index, so the wordings worth a
  precise comparison with a paragraph are found by looking up its stems.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from dataclasses import dataclass

from drafter.library.loader import CompiledCues, Library, Wording
from drafter.library.patterns import trigger_words
from drafter.library.schema import AllOf
from drafter.textnorm import fold

STEM_LENGTH = 6
MIN_TOKEN_LENGTH = 3


def stem(token: str) -> str:
    """A crude stem that is good enough for English, Spanish and French legal text."""
    if len(token) > 4 and token.endswith("s"):
        token = token[:-1]
    return token[:STEM_LENGTH]


def content_stems(folded: str, stopwords: frozenset[str]) -> set[str]:
    return {
        stem(t)
        for t in folded.split()
        if len(t) >= MIN_TOKEN_LENGTH and t not in stopwords and not t.isdigit()
    }


@dataclass(slots=True)
class Triggers:
    """Trigger words of one language's topic patterns, mapped to their categories."""

    words: dict[str, set[str]]
    prefixes: dict[int, dict[str, set[str]]]
    always: set[str]  # categories with a topic pattern that has no trigger word

    def categories(self, tokens: list[str]) -> set[str]:
        found = set(self.always)
        words = self.words
        prefixes = self.prefixes
        for tok in tokens:
            hit = words.get(tok)
            if hit is not None:
                found |= hit
            for size, table in prefixes.items():
                if len(tok) >= size:
                    hit = table.get(tok[:size])
                    if hit is not None:
                        found |= hit
        return found


@dataclass(slots=True)
class LanguageIndex:
    lang: str
    stopwords: frozenset[str]
    cues: dict[str, CompiledCues]  # category -> cues
    triggers: Triggers
    wordings: list[Wording]
    wording_stems: list[frozenset[str]]
    wording_weight: list[float]
    postings: dict[str, list[int]]
    by_category: dict[str, list[int]]
    editorial: re.Pattern[str] | None  # sentences opening an editorial remark, not a clause
    hedge_modals: frozenset[str]  # modal verbs that weaken unless negated
    # For each wording: does its own category's safeguard pattern fire on it? A contrary wording
    # that carries safeguard words too cannot be told apart by the patterns alone.
    wording_protective: list[bool]


@dataclass(slots=True)
class MatchIndex:
    library: Library
    languages: dict[str, LanguageIndex]
    idf: dict[str, float]
    unknown_idf: float

    def weight(self, stem_: str) -> float:
        return self.idf.get(stem_, self.unknown_idf)


def _triggers_for(library: Library, lang: str) -> Triggers:
    raw_macros = library.languages[lang].profile.macros
    words: dict[str, set[str]] = defaultdict(set)
    prefixes: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    always: set[str] = set()
    for cat in library.categories.values():
        spec = cat.spec.cues.get(lang)  # type: ignore[call-overload]
        if spec is None:
            continue
        for cue in spec.topic:
            pattern = cue.all[0] if isinstance(cue, AllOf) else cue
            found = trigger_words(pattern, raw_macros)
            if not found:
                always.add(cat.id)
                continue
            for word in found:
                if word.endswith("*"):
                    core = word[:-1]
                    prefixes[len(core)][core].add(cat.id)
                else:
                    words[word].add(cat.id)
    return Triggers(dict(words), {k: dict(v) for k, v in prefixes.items()}, always)


def build_index(library: Library) -> MatchIndex:
    all_stops: frozenset[str] = frozenset().union(*(lr.stopwords for lr in library.languages.values()))
    stems_of = [content_stems(w.key, all_stops) for w in library.wordings]
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
        weights = [sum(idf.get(s, unknown) for s in st) for st in wstems]
        postings: dict[str, list[int]] = defaultdict(list)
        by_category: dict[str, list[int]] = defaultdict(list)
        for local, st in enumerate(wstems):
            for s in st:
                postings[s].append(local)
            by_category[wordings[local].category].append(local)
        cues = {cid: cat.cues[lang] for cid, cat in library.categories.items() if lang in cat.cues}
        editorial = lrec.macros.get("editorial")
        languages[lang] = LanguageIndex(
            lang=lang,
            stopwords=lrec.stopwords | all_stops,
            cues=cues,
            triggers=_triggers_for(library, lang),
            wordings=wordings,
            wording_stems=wstems,
            wording_weight=weights,
            postings=dict(postings),
            by_category=dict(by_category),
            editorial=re.compile(rf"^{editorial}(?![a-z0-9])") if editorial else None,
            hedge_modals=frozenset(fold(m) for m in lrec.profile.macros.get("hedge_modal", [])),
            wording_protective=[
                any(m.spans(w.key) for m in cues[w.category].protective) if w.category in cues else False
                for w in wordings
            ],
        )
    return MatchIndex(library, languages, idf, unknown)


_lock = threading.Lock()
_indexes: dict[int, tuple[Library, MatchIndex]] = {}


def index_for(library: Library) -> MatchIndex:
    """The index of ``library``, built on first use and kept while the library object lives."""
    with _lock:
        hit = _indexes.get(id(library))
        if hit is not None and hit[0] is library:
            return hit[1]
    built = build_index(library)
    with _lock:
        _indexes.clear()  # one library at a time: a reloaded library replaces the old index
        _indexes[id(library)] = (library, built)
    return built
