"""The clause library's file format, validated with pydantic.

See clause_library/README.md for the format as a lawyer reads it. Every file is YAML;
``load_library`` turns validation errors into messages naming file, entry and field.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from drafter.library.model import CATEGORY_IDS, LANGUAGES

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ClauseId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")]
Lang = Literal["en", "es", "fr"]
PLACEHOLDERS = frozenset({"state", "states", "crimes"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """The same text in each language. English is required; Spanish and French are expected."""

    en: Text
    es: Text | None = None
    fr: Text | None = None

    def get(self, lang: str) -> str:
        value = getattr(self, lang, None) if lang in LANGUAGES else None
        return value or self.en

    def has(self, lang: str) -> bool:
        return bool(getattr(self, lang, None)) if lang in LANGUAGES else False


class Precedent(_Strict):
    instrument: Text
    article: Text

    def cite(self) -> str:
        return f"{self.instrument} {self.article}"


class Formulation(_Strict):
    """A wording the matcher compares drafts with, and what a draft saying it amounts to."""

    stance: Literal["equivalent", "weak", "contrary"]
    lang: Lang
    text: Text
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _weak_needs_note(self) -> Formulation:
        if self.stance in ("weak", "contrary") and not self.note:
            raise ValueError("a weak or contrary formulation needs a 'note' saying why")
        return self


class Clause(_Strict):
    id: ClauseId
    title: Localized
    model: Localized
    suggestion: Localized
    rationale: Localized
    precedents: list[Precedent] = Field(min_length=1)
    formulations: list[Formulation] = Field(default_factory=list)

    @field_validator("suggestion")
    @classmethod
    def _known_placeholders(cls, value: Localized) -> Localized:
        for lang in LANGUAGES:
            text = getattr(value, lang)
            if not text:
                continue
            unknown = set(_PLACEHOLDER.findall(text)) - PLACEHOLDERS
            if unknown:
                raise ValueError(
                    f"unknown placeholder {{{sorted(unknown)[0]}}} in '{lang}'; use {{state}}, {{states}} or {{crimes}}"
                )
        return value


Pattern = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class AllOf(_Strict):
    all: list[Pattern] = Field(min_length=2)


Cue = Pattern | AllOf


class LanguageCues(_Strict):
    """Patterns for one language (see clause_library/README.md, 'Patterns')."""

    topic: list[Cue] = Field(min_length=1)
    # The measure's own words ("amnest*", "indult*"): they fill {measure} in the language's
    # effect templates (a passive grant, a ground of refusal, a saving clause ...).
    measure: list[Pattern] = Field(default_factory=list)
    # The measure without its name ("no criminal proceedings may be instituted against ..."):
    # a topic that counts only when no other category's measure is named in the sentence.
    implied: list[Cue] = Field(default_factory=list)
    exclude: list[Cue] = Field(default_factory=list)
    protective: list[Cue] = Field(default_factory=list)
    weakening: list[Cue] = Field(default_factory=list)
    contrary: list[Cue] = Field(default_factory=list)  # grants, confers or encourages the measure
    # Contrary cues that say more precisely what the clause does (see the effect templates).
    gives_effect: list[Cue] = Field(default_factory=list)
    describes: list[Cue] = Field(default_factory=list)
    protects: list[Cue] = Field(default_factory=list)


class Category(_Strict):
    id: str
    title: Localized
    description: Localized
    kind: Literal["prohibition", "obligation"]
    insert_after: list[str] = Field(default_factory=list)
    cues: dict[Lang, LanguageCues]
    clauses: list[Clause] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORY_IDS:
            raise ValueError(f"unknown category '{value}'; use one of: {', '.join(CATEGORY_IDS)}")
        return value

    @field_validator("insert_after")
    @classmethod
    def _known_neighbours(cls, value: list[str]) -> list[str]:
        for cat in value:
            if cat not in CATEGORY_IDS:
                raise ValueError(f"unknown category '{cat}' in insert_after")
        return value

    @model_validator(mode="after")
    def _english_cues(self) -> Category:
        if "en" not in self.cues:
            raise ValueError("cues for 'en' are required")
        return self


class TermVariant(_Strict):
    one: Text
    many: Text | None = None
    pattern: Text

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class Term(_Strict):
    default: TermVariant
    variants: list[TermVariant] = Field(default_factory=list)


class LanguageProfile(_Strict):
    """General vocabulary of one language: detection words, pattern macros, the draft's terms."""

    language: Lang
    name: Text
    stopwords: list[Text] = Field(min_length=20)
    macros: dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")], list[Pattern]] = Field(
        default_factory=dict
    )
    terms: dict[Literal["state", "crimes"], Term]
    # What a clause does to a measure, as patterns in which {measure} stands for a category's
    # measure words: the same grammar serves every category (see clause_library/README.md).
    effects: dict[
        Literal["grants", "carves_out", "gives_effect", "describes", "protects", "defines"], list[Pattern]
    ] = Field(default_factory=dict)


class LibraryManifest(_Strict):
    version: Text
    name: Text
    languages: list[Lang] = Field(min_length=1)
    description: Text | None = None


class ClauseFile(_Strict):
    """A file of a delegation's own clauses for one category.

    A clause whose id equals a shipped clause's id replaces the shipped clause; any other
    id adds a clause to the category.
    """

    category: str
    clauses: list[Clause] = Field(min_length=1)

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORY_IDS:
            raise ValueError(f"unknown category '{value}'; use one of: {', '.join(CATEGORY_IDS)}")
        return value
