"""The clause library at run time: plain objects, compiled cues, no validation machinery.

Validation (pydantic, in ``schema.py``) runs only when the library files change; the
result is cached as these plain objects, so analysing a draft neither parses YAML nor
imports pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec import Struct, field

from drafter.library.tokmatch import TokenPattern, WordIndex

# The library's categories and languages are those its library.yaml lists, in that order: the
# keys of ``Library.categories`` and ``Library.languages``. English is the one language the
# format names: every text has it and falls back to it.
FALLBACK_LANGUAGE = "en"


class Texts(Struct, frozen=True):
    """The same text in several languages; English is always there (every text falls back to it)."""

    en: str
    others: dict[str, str] = field(default_factory=dict)  # the other languages' texts, by code

    def own(self, lang: str) -> str | None:
        """The text in ``lang`` itself, None if there is none."""
        return self.en if lang == FALLBACK_LANGUAGE else self.others.get(lang)

    def get(self, lang: str) -> str:
        return self.own(lang) or self.en

    def has(self, lang: str) -> bool:
        return bool(self.own(lang))

    def dump(self) -> dict[str, str]:
        return {FALLBACK_LANGUAGE: self.en, **self.others}


class Precedent(Struct, frozen=True):
    instrument: str
    article: str
    status: str | None = None  # "verbatim", "official_version" or "cited" (schema.PrecedentStatus)
    url: str | None = None  # the official text it was checked against

    def cite(self) -> str:
        return f"{self.instrument} {self.article}"


class Formulation(Struct, frozen=True):
    stance: str  # "equivalent", "weak" or "contrary"
    lang: str
    text: str
    source: str | None = None
    note: str | None = None
    # "verbatim", "official_version", "own_rendering" or "typical" (schema.FormulationStatus)
    status: str | None = None
    url: str | None = None  # the official text it was checked against


class Clause(Struct, frozen=True):
    id: str
    title: Texts
    model: Texts
    suggestion: Texts
    rationale: Texts
    precedents: tuple[Precedent, ...]
    formulations: tuple[Formulation, ...] = ()

    def model_dump(self, exclude_none: bool = True) -> dict[str, Any]:
        """The clause as the library files write it (for editing and exporting)."""
        forms = []
        for f in self.formulations:
            item: dict[str, Any] = {"stance": f.stance, "lang": f.lang, "text": f.text}
            for key in ("source", "note", "status", "url"):
                value = getattr(f, key)
                if value is not None or not exclude_none:
                    item[key] = value
            forms.append(item)
        precedents = []
        for p in self.precedents:
            cited: dict[str, Any] = {"instrument": p.instrument, "article": p.article}
            for key in ("status", "url"):
                value = getattr(p, key)
                if value is not None or not exclude_none:
                    cited[key] = value
            precedents.append(cited)
        return {
            "id": self.id,
            "title": self.title.dump(),
            "model": self.model.dump(),
            "suggestion": self.suggestion.dump(),
            "rationale": self.rationale.dump(),
            "precedents": precedents,
            "formulations": forms,
        }


class CueMatcher(Struct, frozen=True, eq=False):
    """One cue of a category: a pattern, or an all-of group of patterns.

    Compared and hashed by identity: the match index keeps sets of the cues that can open
    in a sentence, and its cache refers to the library's own cues (``matching/cache.py``).

    ``generic`` marks the cue "{limit}" (the language's scope limits): its words may be
    part of a safeguard's own wording ("tried only by ordinary courts").
    """

    source: str
    patterns: tuple[TokenPattern, ...]
    generic: bool = False
    # The pattern spells out a negation itself ("shall not apply to ... amnest*"): a safeguard
    # word inside it is part of what it describes, not something that cancels it.
    negation_aware: bool = False
    # What the clause does to the measure when this cue decides (see EFFECTS); "" for topic cues.
    effect: str = ""
    # An effect template of the language: void where a negation it does not spell out itself
    # (a word outside ``own_words``) governs it: "no amnesty shall bar ..." bars nothing.
    template: bool = False
    own_words: frozenset[str] = frozenset()
    # For a topic a list item shares with its lead-in: what the lead-in must say (``patterns``
    # are then the item's own words).
    lead: TokenPattern | None = None
    # ... and what such an item does to the measure (a key of EFFECTS), if the pair says it.
    does: str = ""

    def spans(self, index: WordIndex) -> list[tuple[int, int]]:
        """Word spans where the cue matches; for an all-of group, the span of all its parts."""
        if len(self.patterns) == 1:
            pattern = self.patterns[0]
            return pattern.spans(index) if pattern.possible(index) else []
        if not all(p.possible(index) for p in self.patterns):
            return []
        found: list[tuple[int, int]] = []
        for pattern in self.patterns:
            hits = pattern.spans(index)
            if not hits:
                return []
            found.append(hits[0])
        return [(min(s for s, _ in found), max(e for _, e in found))]


# What a clause can do to an impunity measure, and the stance each effect gives (DOMAIN.md).
# The first four come from a category's own cues (protective, weakening, contrary); the others
# from the language's effect templates, instantiated with the category's measure words.
EFFECTS: dict[str, str] = {
    "prohibits": "conforms",  # bans the measure, excludes the crimes from it, makes it no bar
    "requires": "conforms",  # imposes the duty of an obligation category (punish, prosecute, repair)
    "limits": "weak",  # a narrower scope: only some crimes, only "blanket" amnesties
    "hedges": "weak",  # a hedge: "shall endeavour", "where appropriate", "may"
    "grants": "contrary",  # grants, confers or encourages the measure
    "carves_out": "weak",  # an exception inside a grant: some crimes are left out of it
    "gives_effect": "contrary",  # makes the measure a bar to prosecution or a ground of refusal
    "describes": "contrary",  # states what the measure does (erases convictions, ends proceedings)
    "protects": "contrary",  # a saving clause that keeps the measure in force
    "defines": "weak",  # says what the measure is: no ban, and no grant by itself
    "names": "weak",  # names the measure and does nothing the patterns know: for review
    "excepts": "weak",  # leaves persons or acts out of the draft's own grant (an amnesty law)
    "sets_aside": "contrary",  # sets a safeguard of the draft aside for some cases
}
TEMPLATE_EFFECTS: tuple[str, ...] = (
    "grants",
    "carves_out",
    "gives_effect",
    "describes",
    "protects",
    "defines",
)


class CompiledCues(Struct, frozen=True):
    topic: tuple[CueMatcher, ...]
    exclude: tuple[CueMatcher, ...]
    protective: tuple[CueMatcher, ...]
    weakening: tuple[CueMatcher, ...]
    contrary: tuple[CueMatcher, ...]
    mention: tuple[CueMatcher, ...] = ()

    def all(self) -> tuple[CueMatcher, ...]:
        return self.topic + self.exclude + self.protective + self.weakening + self.contrary + self.mention


class Wording(Struct, frozen=True):
    """A library wording the matcher compares segments with."""

    clause_id: str
    category: str
    kind: str  # "model", "equivalent", "weak" or "contrary"
    lang: str
    text: str
    key: str  # folded text
    source: str | None = None
    note: str | None = None
    # Does the category's own safeguard pattern fire on this wording? A contrary wording that
    # carries safeguard words cannot be told apart from a strong one by the patterns alone.
    protective: bool = False


class ClauseRecord(Struct):
    clause: Clause
    category: str
    origin: str  # "shipped" or the user file it came from
    overrides_shipped: bool = False

    @property
    def id(self) -> str:
        return self.clause.id

    def precedents(self) -> list[str]:
        return [p.cite() for p in self.clause.precedents]


class CategorySpec(Struct, frozen=True):
    id: str
    title: Texts
    description: Texts
    kind: str  # "prohibition" or "obligation"
    insert_after: tuple[str, ...]


class CategoryRecord(Struct):
    spec: CategorySpec
    cues: dict[str, CompiledCues]
    clauses: list[ClauseRecord]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def kind(self) -> str:
        return self.spec.kind


class TermVariant(Struct, frozen=True):
    one: str
    many: str | None
    pattern: str
    gender: str | None = None  # "masculine" or "feminine"; None: as its article says, else masculine
    examples: tuple[str, ...] = ()  # phrases of drafts the pattern finds (for tests and reviews)


class Grammar(Struct, frozen=True):
    """How a language fits the draft's terms into a suggestion (``drafter/suggest.py``); words
    folded to lower case, apostrophes as "'"."""

    # A definite article a term may open with: its gender and number (None: either).
    articles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # (preposition, article) -> the one word they make: ("de", "les") -> "des".
    contractions: dict[tuple[str, str], str] = field(default_factory=dict)
    determiners: frozenset[str] = frozenset()
    elision: dict[str, str] = field(default_factory=dict)  # "de" -> "d'"
    elide_before: str = "[aeiouAEIOU]"


class Term(Struct, frozen=True):
    default: TermVariant
    variants: tuple[TermVariant, ...]


class LanguageRecord(Struct):
    language: str
    name: str
    stopwords: frozenset[str]
    macros: dict[str, list[str]]  # raw patterns, by macro name
    terms: dict[str, Term]
    # How the terms are fitted into suggestions (languages/<lang>.yaml, grammar:).
    grammar: Grammar = field(default_factory=Grammar)
    # The Snowball stemmer's name ("english"), or None: words are compared whole.
    stemmer: str | None = None
    # The language's ``words:`` lists, folded (drafter.textnorm.fold), by list name.
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    # The "Why" sentence templates (see schema.WhySentences), those the language gives.
    why: dict[str, str] = field(default_factory=dict)
    # The annotated copy's comment phrases (export_schema.ExportPhrases), those the language gives.
    export: dict[str, str] = field(default_factory=dict)
    # The findings memo's phrases (memo_schema.MemoPhrases), those the language gives.
    memo: dict[str, str] = field(default_factory=dict)


class Library(Struct, eq=False):
    version: str
    name: str
    categories: dict[str, CategoryRecord]
    languages: dict[str, LanguageRecord]
    wordings: list[Wording]
    user_dirs: tuple[Path, ...] = ()
    user_clause_count: int = 0
    warnings: list[str] = field(default_factory=list)
    # Everything the compiled library depends on (its files, the code that compiled it), as
    # the loader keys its cache: code built on the library keys its own caches by it.
    cache_key: str = ""
    # What code built on the library derives from it (the matcher's index, say), by that
    # code's own keys: kept in memory with the library and dropped with it, never written to
    # the library's cache.
    prepared: dict[str, Any] = field(default_factory=dict)

    @property
    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self.categories.values())

    def clause(self, clause_id: str) -> ClauseRecord:
        for cat in self.categories.values():
            for rec in cat.clauses:
                if rec.id == clause_id:
                    return rec
        raise KeyError(clause_id)

    def phrases(self, section: str, lang: str) -> tuple[dict[str, str], dict[str, str]]:
        """A language's own phrases of a section of the language files (``export``, ``memo``) and
        English's, which give what a language leaves out."""
        english = self.languages.get("en")
        own = self.languages.get(lang) if lang != "en" else None
        return (getattr(own, section) if own is not None else {}), (
            getattr(english, section) if english is not None else {}
        )

    def category_title(self, category: str, lang: str = "en") -> str:
        return self.categories[category].spec.title.get(lang)

    def why(self, lang: str, key: str) -> str:
        """A "Why" sentence template in ``lang``, else in English."""
        record = self.languages.get(lang)
        found = record.why.get(key) if record is not None else None
        return found or self.languages["en"].why[key]
