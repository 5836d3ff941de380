"""The clause library's file format, validated with pydantic.

See clause_library/README.md for the format as a lawyer reads it. Every file is YAML;
``load_library`` turns validation errors into messages naming file, entry and field.

The categories and languages a library has are data: ``library.yaml`` lists them. A file is
validated against that list (a ``Vocabulary``), given as the validation context
(``model_validate(raw, context=vocabulary)``; the loader and the user library pass their
library's); without one, against the shipped library's.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from drafter.i18n import _
from drafter.library.export_schema import ExportPhrases
from drafter.library.memo_schema import MemoPhrases
from drafter.library.model import FALLBACK_LANGUAGE

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ClauseId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")]
# A language code ("en", "es", "pt"): one of those library.yaml lists (checked with the context).
Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
CategoryId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
PLACEHOLDERS = frozenset({"state", "states", "crimes"})
# {crimes}, or a word that agrees with the term: {crimes:commis|commises} (masculine|feminine).
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^{}]*))?\}")


class Vocabulary(NamedTuple):
    """What a library's ``library.yaml`` lists: its categories and languages, in order."""

    categories: tuple[str, ...]
    languages: tuple[str, ...]


def vocabulary(info: ValidationInfo) -> Vocabulary:
    """The categories and languages a file is validated against: the context's, else the
    shipped library's."""
    if isinstance(info.context, Vocabulary):
        return info.context
    from drafter.library.loader import shipped_vocabulary

    return shipped_vocabulary()


def _known_language(value: str, info: ValidationInfo) -> str:
    languages = vocabulary(info).languages
    if value not in languages:
        raise ValueError(
            _("unknown language '{language}'; use one of: {languages}").format(
                language=value, languages=", ".join(languages)
            )
        )
    return value


def _known_category(value: str, info: ValidationInfo) -> str:
    categories = vocabulary(info).categories
    if value not in categories:
        raise ValueError(
            _(
                "unknown category '{category}'; use one of: {categories} (a new category is listed under "
                "'categories' in library.yaml)"
            ).format(category=value, categories=", ".join(categories))
        )
    return value


# A language or a category of the library (see ``vocabulary``).
KnownLang = Annotated[Lang, AfterValidator(_known_language)]
KnownCategory = Annotated[str, AfterValidator(_known_category)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """The same text in each of the library's languages. English is required (every text falls
    back to it); the others are expected (a test checks that the shipped library has them)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    en: Text
    # The other languages, by code ("es": "...").
    __pydantic_extra__: dict[str, Text | None] = Field(init=False)

    @model_validator(mode="after")
    def _known_languages(self, info: ValidationInfo) -> Localized:
        for lang in self.__pydantic_extra__ or {}:
            _known_language(lang, info)
        return self

    def own(self, lang: str) -> str | None:
        """The text in ``lang`` itself, None if there is none."""
        if lang == FALLBACK_LANGUAGE:
            return self.en
        return (self.__pydantic_extra__ or {}).get(lang) or None

    def get(self, lang: str) -> str:
        return self.own(lang) or self.en

    def has(self, lang: str) -> bool:
        return bool(self.own(lang))

    def others(self) -> dict[str, str]:
        """The texts other than English, by language."""
        return {k: v for k, v in (self.__pydantic_extra__ or {}).items() if v}


# How far a formulation's text can be relied on (clause_library/README.md, "Provenance"):
#   verbatim          word for word from the instrument's official text, at `url`
#   official_version  word for word from an official language version or official translation
#                     of the instrument (the UN's Spanish text, a State's own English version), at `url`
#   own_rendering     the project's own rendering of the cited provision (a translation, an
#                     abridgement, a paraphrase, or a quotation not checked against the official
#                     text here): cite the instrument, never quote this as its text
#   typical           typical negotiating wording, written by the project; no instrument says it
FormulationStatus = Literal["verbatim", "official_version", "own_rendering", "typical"]
# How far a precedent's citation was checked:
#   verbatim / official_version   the cited provision was read in its official text (or an
#                                 official language version) at `url`, and says what is cited for
#   cited                         cited from the project's research, not checked against a text here
PrecedentStatus = Literal["verbatim", "official_version", "cited"]
FORMULATION_STATUSES: tuple[str, ...] = ("verbatim", "official_version", "own_rendering", "typical")
PRECEDENT_STATUSES: tuple[str, ...] = ("verbatim", "official_version", "cited")
Url = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^https?://\S+$")]
# Words that say a text was not checked: a text is verified (verbatim, at its address) or is the
# project's own rendering; "as recalled" is neither.
_UNCHECKED = re.compile(r"\bas recalled\b|\brecalled\b|\bfrom memory\b", re.IGNORECASE)


def _needs_url(status: str | None, url: str | None) -> None:
    if status in ("verbatim", "official_version") and not url:
        raise ValueError(
            _("'status: {status}' needs the 'url' of the official text it was checked against").format(
                status=status
            )
        )


class Precedent(_Strict):
    instrument: Text
    article: Text
    status: PrecedentStatus | None = None
    url: Url | None = None

    @model_validator(mode="after")
    def _checked_has_address(self) -> Precedent:
        _needs_url(self.status, self.url)
        return self

    def cite(self) -> str:
        return f"{self.instrument} {self.article}"


class Formulation(_Strict):
    """A wording the matcher compares drafts with, and what a draft saying it amounts to."""

    stance: Literal["equivalent", "weak", "contrary"]
    lang: KnownLang
    text: Text
    source: Text | None = None
    note: Text | None = None
    # Provenance: how far the text can be relied on, and the address of the official text.
    status: FormulationStatus | None = None
    url: Url | None = None

    @model_validator(mode="after")
    def _weak_needs_note(self) -> Formulation:
        if self.stance in ("weak", "contrary") and not self.note:
            raise ValueError(_("a weak or contrary formulation needs a 'note' saying why"))
        return self

    @model_validator(mode="after")
    def _provenance(self) -> Formulation:
        _needs_url(self.status, self.url)
        if self.status in ("verbatim", "official_version", "own_rendering") and not self.source:
            raise ValueError(
                _("'status: {status}' needs the 'source' (instrument and article)").format(status=self.status)
            )
        for field in ("source", "note"):
            value = getattr(self, field) or ""
            if _UNCHECKED.search(value):
                raise ValueError(
                    _(
                        "'{field}' says the text is recalled: check it against the official text (status: "
                        "verbatim, with its url) or mark it as the project's own rendering"
                    ).format(field=field)
                )
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
        for lang, text in {"en": value.en, **value.others()}.items():
            for name, forms in _PLACEHOLDER.findall(text):
                if name not in PLACEHOLDERS:
                    raise ValueError(
                        _(
                            "unknown placeholder {placeholder} in '{language}'; use {{state}}, {{states}} or {{crimes}}"
                        ).format(placeholder=f"{{{name}}}", language=lang)
                    )
                if forms and (forms.count("|") != 1 or not all(f.strip() for f in forms.split("|"))):
                    raise ValueError(
                        _(
                            "'{placeholder}' in '{language}': a word that agrees with a term is written "
                            "{form}, e.g. {{crimes:commis|commises}}"
                        ).format(
                            placeholder=f"{{{name}:{forms}}}",
                            language=lang,
                            form=f"{{{name}:masculine|feminine}}",
                        )
                    )
        return value


Pattern = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class AllOf(_Strict):
    all: list[Pattern] = Field(min_length=2)


Cue = Pattern | AllOf


class InItemOf(_Strict):
    """A topic that a list item shares with its lead-in: ``item`` must match the item itself and
    ``lead`` the lead-in it completes ("Le Tribunal militaire est seul compétent pour connaître :"
    + "des crimes contre l'humanité ;"). Neither half alone is the topic."""

    lead: Pattern
    item: Pattern
    # What such an item does to the measure, when the pair says it: the item's words then decide
    # the stance as a safeguard (prohibits, requires), a limit (limits, carves_out, excepts) or a
    # grant (grants, gives_effect) would.
    does: (
        Literal["prohibits", "requires", "limits", "carves_out", "excepts", "grants", "gives_effect"] | None
    ) = None


TopicCue = Cue | InItemOf


class LanguageCues(_Strict):
    """Patterns for one language (see clause_library/README.md, 'Patterns')."""

    topic: list[TopicCue] = Field(min_length=1)
    # The measure's own words ("amnest*", "indult*"): they fill {measure} in the language's
    # effect templates (a passive grant, a ground of refusal, a saving clause ...).
    measure: list[Pattern] = Field(default_factory=list)
    # The measure without its name ("no criminal proceedings may be instituted against ..."):
    # a topic that counts only when no other category's measure is named in the sentence.
    implied: list[Cue] = Field(default_factory=list)
    # Words that name the measure itself ("amnesty", "immunity"): an operative sentence that
    # names it is on the category even when it bans nothing and resembles no library wording.
    mention: list[Pattern] = Field(default_factory=list)
    exclude: list[Cue] = Field(default_factory=list)
    protective: list[Cue] = Field(default_factory=list)
    weakening: list[Cue] = Field(default_factory=list)
    contrary: list[Cue] = Field(default_factory=list)  # grants, confers or encourages the measure
    # Contrary cues that say more precisely what the clause does (see the effect templates).
    gives_effect: list[Cue] = Field(default_factory=list)
    describes: list[Cue] = Field(default_factory=list)
    protects: list[Cue] = Field(default_factory=list)
    # Persons or acts left out of the draft's own grant without naming the measure ("quedan
    # excluidos de la presente ley ..."): a topic and a carve-out, reported only in a draft
    # that grants the measure itself (an amnesty law).
    excepts: list[Cue] = Field(default_factory=list)


class Category(_Strict):
    id: KnownCategory
    title: Localized
    description: Localized
    kind: Literal["prohibition", "obligation"]
    insert_after: list[KnownCategory] = Field(default_factory=list)
    # By language (one of the library's; the loader names a language it does not list).
    cues: dict[Lang, LanguageCues]
    clauses: list[Clause] = Field(min_length=1)

    @model_validator(mode="after")
    def _english_cues(self) -> Category:
        if "en" not in self.cues:
            raise ValueError(_("cues for 'en' are required"))
        return self


Gender = Literal["masculine", "feminine"]


class TermVariant(_Strict):
    one: Text
    many: Text | None = None
    pattern: Text
    # The grammatical gender of the term ("les infractions ...": feminine), for the words of a
    # suggestion that agree with it ({crimes:commis|commises}). Without it, the gender its own
    # article says (grammar.articles), else masculine.
    gender: Gender | None = None
    # Phrases of drafts the pattern finds; required where the term is the draft's own phrase
    # ("{match}"): the tests fill every suggestion with each, and the review table shows them.
    examples: list[Text] = Field(default_factory=list)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(_("not a valid regular expression: {reason}").format(reason=exc)) from None
        return value

    @model_validator(mode="after")
    def _examples_match(self) -> TermVariant:
        if "{match}" in self.one and not self.examples:
            raise ValueError(_("a term that takes the draft's own phrase ({match}) needs 'examples' of it"))
        for example in self.examples:
            if re.search(self.pattern, example) is None:
                raise ValueError(_("example '{example}' does not match the pattern").format(example=example))
        return self


class Term(_Strict):
    default: TermVariant
    variants: list[TermVariant] = Field(default_factory=list)


class Article(_Strict):
    """A definite article a term may open with ("les infractions visées ..."), and what it says."""

    word: Text
    gender: Gender | None = None
    number: Literal["singular", "plural"] | None = None


class Contraction(_Strict):
    """A preposition and an article that are written as one word: de + les = des."""

    preposition: Text
    article: Text
    form: Text


class Elision(_Strict):
    """Words written short before a vowel (French: de → d', que → qu')."""

    words: dict[Text, Text] = Field(default_factory=dict)
    # A regular expression for the start of a word before which they are elided.
    before: Text = "[aeiouAEIOU]"

    @field_validator("before")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(_("not a valid regular expression: {reason}").format(reason=exc)) from None
        return value


class Grammar(_Strict):
    """How the draft's terms are fitted into a suggestion (see clause_library/README.md,
    "Placeholders in suggestions"): a term that opens with its own article ("les infractions
    visées au présent projet d'article") takes the place of the suggestion's article, contracts
    with the preposition before it (de + les = des) and loses its article after a determiner
    ("ces"); words before a vowel are elided (de → d')."""

    articles: list[Article] = Field(default_factory=list)
    contractions: list[Contraction] = Field(default_factory=list)
    # Words before which a term's own article is dropped: demonstratives, quantifiers ("such").
    determiners: list[Text] = Field(default_factory=list)
    elision: Elision = Field(default_factory=Elision)

    @model_validator(mode="after")
    def _contractions_of_articles(self) -> Grammar:
        known = {a.word.lower() for a in self.articles}
        for c in self.contractions:
            if c.article.lower() not in known:
                raise ValueError(
                    _("contraction '{form}': '{article}' is not one of the articles").format(
                        form=c.form, article=c.article
                    )
                )
        return self


class Words(_Strict):
    """The language's own words that Drafter's code reads (``drafter/lexicon.py`` for the code
    below the library, the loaded library for the rest); see clause_library/README.md.

    The lists' names stay fixed here (unlike their words): each is read by some code, so a
    new list comes with the code that reads it, and a misspelt name is an error, not a list."""

    negators: list[Text] = Field(default_factory=list)
    relatives: list[Text] = Field(default_factory=list)
    # Relative pronouns that open a clause of their own ("persons who have not benefited from the
    # amnesty"): a negation right after one governs that clause, not the sentence.
    relative_subjects: list[Text] = Field(default_factory=list)
    # A negation particle that negates only with a second word ("ne ... pas"); with a restrictive
    # word instead ("ne ... que", "n'est accordée qu'aux") it means "only", and bans nothing.
    negation_particles: list[Text] = Field(default_factory=list)
    # Words that open a clause of time ("when it has not been suspended"): a negation right after
    # one, like one after a relative pronoun, governs that clause, not the sentence.
    temporal_subordinators: list[Text] = Field(default_factory=list)
    # Words that open a condition ("if he had not been convicted"): a negation a few words after
    # one governs the condition, not the measure.
    conditionals: list[Text] = Field(default_factory=list)
    negation_completions: list[Text] = Field(default_factory=list)
    restrictives: list[Text] = Field(default_factory=list)
    # Words that make a following restrictive word a conjunction ("tant que", "avant que"): the
    # particle before it still negates.
    conjunction_heads: list[Text] = Field(default_factory=list)
    # Words of quantity beside which a negation only sets a bound ("a penalty not exceeding ten
    # years", "ne dépassant pas"): it bans nothing.
    quantity_words: list[Text] = Field(default_factory=list)
    # Words that point back to a measure already named ("this amnesty", "dicha amnistía", "the
    # benefit of the amnesty"): a sentence that only refers to it is no new clause on it.
    anaphors: list[Text] = Field(default_factory=list)
    generic: list[Text] = Field(default_factory=list)
    abbreviations: list[Text] = Field(default_factory=list)
    qualifiers: list[Text] = Field(default_factory=list)
    article: list[Text] = Field(default_factory=list)
    draft: list[Text] = Field(default_factory=list)
    part: list[Text] = Field(default_factory=list)
    chapter: list[Text] = Field(default_factory=list)
    title: list[Text] = Field(default_factory=list)
    section: list[Text] = Field(default_factory=list)
    preamble: list[Text] = Field(default_factory=list)
    annex: list[Text] = Field(default_factory=list)
    # The other words of a location label ("paragraph", "footnote", "table", "row", "column"):
    # with the first word of the heading lists above, a label in the draft's language.
    paragraph: list[Text] = Field(default_factory=list)
    footnote: list[Text] = Field(default_factory=list)
    table: list[Text] = Field(default_factory=list)
    row: list[Text] = Field(default_factory=list)
    column: list[Text] = Field(default_factory=list)
    preambular: list[Text] = Field(default_factory=list)
    preamble_opening: list[Text] = Field(default_factory=list)
    bracket_notes: list[Text] = Field(default_factory=list)
    note_openers: list[Text] = Field(default_factory=list)
    alternative_labels: list[Text] = Field(default_factory=list)
    joiners: list[Text] = Field(default_factory=list)
    conjunctions: list[Text] = Field(default_factory=list)
    instruments: list[Text] = Field(default_factory=list)
    # Formulas that introduce the new text of an amended provision ("is replaced by the
    # following:"): a lead-in that only quotes new text says nothing itself.
    amending: list[Text] = Field(default_factory=list)
    quotation_styles: list[Text] = Field(default_factory=list)
    # A provision that sets another aside ("Paragraph 1 does not apply in the case of ..."):
    # the words that do so, the provisions it may name besides articles, the word for the one
    # before ("the preceding paragraph") and the words that say for which cases.
    sets_aside: list[Text] = Field(default_factory=list)
    provisions: list[Text] = Field(default_factory=list)
    preceding: list[Text] = Field(default_factory=list)
    set_aside_for: list[Text] = Field(default_factory=list)


class WhySentences(_Strict):
    """The plain sentence that says what a clause does (a finding's "Why"), in one language:
    templates whose placeholders the analysis fills ({lead}, {words}, {rest}, {title}, {scope},
    {sentence}, {similarity}, {where}). The names are fixed here, since code picks them; a
    language that leaves one out falls back to English, which gives them all."""

    lead: Text | None = None
    lead_preambular: Text | None = None
    lead_quoted: Text | None = None
    similar: Text | None = None
    requires: Text | None = None
    requires_hedged: Text | None = None
    requires_sentence: Text | None = None
    prohibits: Text | None = None
    prohibits_scope: Text | None = None
    prohibits_hedged: Text | None = None
    prohibits_sentence: Text | None = None
    prohibits_resembles: Text | None = None
    limits: Text | None = None
    grants: Text | None = None
    carves_out: Text | None = None
    gives_effect: Text | None = None
    describes: Text | None = None
    protects: Text | None = None
    defines: Text | None = None
    names: Text | None = None
    names_duty: Text | None = None
    denies_duty: Text | None = None
    excepts: Text | None = None
    sets_aside: Text | None = None
    sentence_contrary: Text | None = None
    sentence_unbanned: Text | None = None
    beside_grant: Text | None = None
    # Where quoted words stand when they are not in the clause's own paragraph.
    in_lead_in: Text | None = None
    in_items: Text | None = None
    elsewhere: Text | None = None


class LanguageProfile(_Strict):
    """General vocabulary of one language: detection words, pattern macros, the draft's terms."""

    language: Lang
    name: Text
    # The Snowball stemmer that reduces words to stems for comparing wordings (english, spanish ...).
    stemmer: Text | None = None
    stopwords: list[Text] = Field(min_length=20)
    words: Words = Field(default_factory=Words)
    why: WhySentences = Field(default_factory=WhySentences)

    @field_validator("stemmer")
    @classmethod
    def _known_stemmer(cls, value: str | None) -> str | None:
        if value is None:
            return value
        import snowballstemmer

        names = sorted(snowballstemmer.algorithms())
        if value not in names:
            raise ValueError(
                _("unknown stemmer '{stemmer}'; use one of: {stemmers}").format(
                    stemmer=value, stemmers=", ".join(names)
                )
            )
        return value

    macros: dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")], list[Pattern]] = Field(
        default_factory=dict
    )
    terms: dict[Literal["state", "crimes"], Term]
    # How the terms are fitted into a suggestion's sentence (articles, contractions, elision).
    grammar: Grammar = Field(default_factory=Grammar)
    # What a clause does to a measure, as patterns in which {measure} stands for a category's
    # measure words: the same grammar serves every category (see clause_library/README.md).
    effects: dict[
        Literal["grants", "carves_out", "gives_effect", "describes", "protects", "defines"], list[Pattern]
    ] = Field(default_factory=dict)
    # The framing words of the annotated copy's comments (drafter/library/export_schema.py).
    export: ExportPhrases = Field(default_factory=ExportPhrases)
    # The framing words of the findings memo and the comparison (drafter/library/memo_schema.py).
    memo: MemoPhrases = Field(default_factory=MemoPhrases)


class LibraryManifest(_Strict):
    version: Text
    name: Text
    # The library's languages (a file languages/<code>.yaml each; English first and required)
    # and categories (a file categories/<id>.yaml each), in the order Drafter lists them.
    languages: list[Lang] = Field(min_length=1)
    categories: list[CategoryId] = Field(min_length=1)
    description: Text | None = None

    @field_validator("languages", "categories")
    @classmethod
    def _once(cls, value: list[str]) -> list[str]:
        twice = sorted({v for v in value if value.count(v) > 1})
        if twice:
            raise ValueError(_("listed twice: {values}").format(values=", ".join(twice)))
        return value

    @field_validator("languages")
    @classmethod
    def _english(cls, value: list[str]) -> list[str]:
        if FALLBACK_LANGUAGE not in value:
            raise ValueError(
                _("'{language}' is required: every text falls back to English").format(
                    language=FALLBACK_LANGUAGE
                )
            )
        return value

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(tuple(self.categories), tuple(self.languages))


class ClauseFile(_Strict):
    """A file of a delegation's own clauses for one category.

    A clause whose id equals a shipped clause's id replaces the shipped clause; any other
    id adds a clause to the category.
    """

    category: KnownCategory
    clauses: list[Clause] = Field(min_length=1)
