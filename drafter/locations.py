"""Human location labels: "Article 6, paragraph 3 (a)".

Treaty drafts number their provisions in three ways, often mixed: headings
("Article 6", "Draft article 6", "Artículo 8"), typed numbers at the start of a
paragraph ("3.", "4.2.", "(a)", "b)") and Word's automatic numbering. This module
walks the paragraphs in order and keeps the current article, paragraph and item.
"""

from __future__ import annotations

import re

from msgspec import Struct, field

from drafter.i18n import language, pgettext
from drafter.lexicon import Lexicon, Phrases, lexicon, word_pattern
from drafter.model import Paragraph, TableCell
from drafter.textnorm import fold

# Words come from the languages' ``words:`` lists (``drafter.lexicon``); the patterns built
# from them are built once, when the first paragraph is labelled.
# The divisions a label names by kind, as word lists of the languages: a label is written in
# English whatever the draft's language ("Part II"), so these kinds are fixed here.
_HEADING_KINDS = ("part", "chapter", "title", "section")
# Ordinals of Latin origin after an article's number ("Article 6 bis"), in every language.
_NUMBER_SUFFIXES = r"bis|ter|quater|quinquies"


class _Patterns(Struct, frozen=True):
    article: re.Pattern[str]
    section: re.Pattern[str]
    kinds: dict[str, str]  # a division's heading word (folded) -> its label ("Part", "Chapter"...)
    preamble: re.Pattern[str]
    preambular: Phrases
    preamble_opening: Phrases
    annex: re.Pattern[str]
    keyword_start: re.Pattern[str]


def _build(lex: Lexicon) -> _Patterns:
    drafts = sorted(lex.words("draft"), key=len, reverse=True)
    # "Draft article", "proyecto de artículo", "projet d'article" (no space needed after "d'").
    draft = "|".join(word_pattern(w) + (r"\s*" if w.rstrip()[-1:] in "'’" else r"\s+") for w in drafts)
    headings = ("article", "draft", *_HEADING_KINDS, "preamble", "annex")
    # Headings start with one of a few words: a paragraph that starts otherwise (most) is not
    # tried against their patterns.
    starts = {word_pattern(w[:3]) for kind in headings for w in lex.words(kind) if w.strip()}
    return _Patterns(
        article=re.compile(
            rf"^\s*(?:{draft})?{lex.pattern('article')}\s+"
            rf"(?P<num>\d{{1,3}}\s*(?:º|°|o\b)?(?:\s*(?:{_NUMBER_SUFFIXES})\b)?|[IVXLC]{{1,6}}\b|[a-z]+\b)",
            re.IGNORECASE,
        ),
        section=re.compile(
            rf"^\s*(?P<kind>{lex.pattern(*_HEADING_KINDS)})\s+(?P<num>[IVXLC]{{1,6}}|\d{{1,3}}|[a-z]+)\b",
            re.IGNORECASE,
        ),
        kinds={fold(w): kind.title() for kind in _HEADING_KINDS for w in lex.words(kind)},
        preamble=re.compile(rf"^\s*{lex.pattern('preamble')}\b", re.IGNORECASE),
        # The opening words of preambular paragraphs ("Recalling ...", "Considerando ...",
        # "Rappelant ...") and of the preamble itself ("The States Parties to this Convention,"):
        # before the first article they mark the preamble even without a "Preamble" heading.
        preambular=lex.phrases("preambular"),
        preamble_opening=lex.phrases("preamble_opening"),
        annex=re.compile(rf"^\s*{lex.pattern('annex')}\b(?P<rest>[^\n]{{0,20}})", re.IGNORECASE),
        keyword_start=re.compile(
            "^\\s*(?:" + "|".join(sorted(starts, key=lambda p: (-len(p), p))) + ")", re.IGNORECASE
        ),
    )


def _is_preamble_opening(text: str, openings: Phrases) -> bool:
    """The preamble's first line, alone in its paragraph ("The States Parties to this Convention,")."""
    end = openings.at(text)
    return end >= 0 and text[end:].strip() in ("", ",")


def _patterns() -> _Patterns:
    lex = lexicon()
    return lex.derived(_Patterns, lambda: _build(lex))


# "3.", "4.2.", "13.2 " at the start of a paragraph (not a year: at most 3 digits per level).
_PARA_NUMBER = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*)(?:\.|\s*\))?\s+(?=\S)")
_PARA_NUMBER_STRICT = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*)\.(?!\d)\s*(?=\S)")
# "(a)", "a)", "(iv)", "A)", "1)" at the start of a paragraph; "1°", "2.º" (French, Belgian and
# Spanish statutes).
_ITEM = re.compile(r"^\s*(?P<open>\()?(?P<mark>[a-zA-Z]{1,2}|[ivxIVX]{1,5}|\d{1,2})(?:\)|(?<=\d)\.?[°º])\s*")
_ROMAN = re.compile(r"^[ivx]+$", re.IGNORECASE)
MAX_HEADING_CHARS = 160


class _State(Struct):
    section: str = ""
    article: str = ""
    paragraph: str = ""
    items: list[str] | None = None
    item_kinds: list[str] = field(default_factory=list)
    preamble: bool = False
    annex: str = ""

    def reset_article(self) -> None:
        self.paragraph = ""
        self.clear_items()

    def clear_items(self) -> None:
        self.items = None
        self.item_kinds = []


def _item_kind(mark: str) -> str:
    if mark.isdigit():
        return "digit"
    if _ROMAN.match(mark) and len(mark) > 1:
        return "roman"
    if mark.isupper():
        return "upper"
    return "letter"


def _is_heading_like(p: Paragraph) -> bool:
    return p.heading_level is not None or len(p.text) <= MAX_HEADING_CHARS


def _article_number(raw: str) -> str:
    num = re.sub(r"\s+", " ", raw).strip()
    num = re.sub(r"\s*(?:º|°)$|(?<=\d)o$", "", num)
    return num


def _push_item(state: _State, mark: str) -> None:
    """Add an item marker at the right depth: same kind as an open level replaces it, else nests."""
    kind = _item_kind(mark)
    levels = state.item_kinds
    prev_kind = levels[-1] if levels else None
    prev_mark = (state.items or [""])[-1].strip("()").lower()
    if len(mark) == 1 and mark.lower() in "ivx":
        # "(i)" after "(h)" is a letter; after another letter (or nothing roman) it opens a roman list.
        if prev_kind == "roman" or (prev_kind in ("letter", "upper") and prev_mark not in ("h", "u", "w")):
            kind = "roman"
        elif prev_kind == "letter" and prev_mark in ("h", "u", "w"):
            kind = "letter"
    label = f"({mark})"
    if kind in levels:
        depth = levels.index(kind)
        state.items = [*(state.items or [])[:depth], label]
        state.item_kinds = [*levels[:depth], kind]
    else:
        state.items = [*(state.items or []), label]
        state.item_kinds = [*levels, kind]


def describe(state: _State) -> str:
    parts: list[str] = []
    if state.annex:
        parts.append(state.annex)
    if state.article:
        parts.append(f"Article {state.article}")
    elif state.preamble:
        parts.append("Preamble")
    elif state.section:
        parts.append(state.section)
    head = ", ".join(parts)
    tail = ""
    if state.paragraph:
        tail = f"paragraph {state.paragraph}"
    if state.items:
        tail = f"{tail} {''.join(state.items)}".strip()
    if head and tail:
        return f"{head}, {tail}" if tail.startswith("paragraph") else f"{head} {tail}"
    if tail:
        return tail[0].upper() + tail[1:]
    return head


class Labeller:
    """Labels paragraphs one after the other, in document order, from the numbering seen so far."""

    def __init__(self) -> None:
        self.state = _State()
        self._patterns = _patterns()
        # The last label described and the state it describes: most paragraphs change nothing.
        self._described: tuple[tuple[object, ...], str] = ((), "")

    def _describe(self) -> str:
        state = self.state
        items = tuple(state.items) if state.items else ()
        key = (state.annex, state.article, state.preamble, state.section, state.paragraph, items)
        if key != self._described[0]:
            self._described = (key, describe(state))
        return self._described[1]

    def label(
        self,
        index: int,
        text: str,
        number: str = "",
        heading_level: int | None = None,
        list_level: int | None = None,
        cell: TableCell | None = None,
    ) -> str:
        """The label of the next paragraph (its facts as the reader found them)."""
        state = self.state
        stripped = text.strip()
        if not stripped and not number:
            return ""
        pats = self._patterns
        heading_like = heading_level is not None or len(text) <= MAX_HEADING_CHARS
        # Headings of articles, parts, the preamble and annexes start with one of a few words.
        keyword = pats.keyword_start.match(text) is not None
        m_art = pats.article.match(text) if keyword else None
        m_sec = pats.section.match(text) if keyword and not m_art else None
        if m_art and (heading_like or re.match(r"^\s*\S+\s+\S+\s*[.:–—-]", text)):
            state.article = _article_number(m_art.group("num"))
            state.preamble = False
            state.reset_article()
            return describe(state)
        if m_sec and heading_like:
            kind = pats.kinds.get(fold(m_sec.group("kind")), m_sec.group("kind").title())
            state.section = f"{kind} {m_sec.group('num').upper()}"
            state.article = ""
            state.preamble = False
            state.reset_article()
            return describe(state)
        starts_preamble = not (state.article or state.section or state.annex or state.preamble) and (
            pats.preambular.at(text.lstrip("[(")) >= 0 or _is_preamble_opening(text, pats.preamble_opening)
        )
        if (keyword and pats.preamble.match(text)) or starts_preamble:
            state.preamble = True
            state.article = ""
            state.reset_article()
            return "Preamble"
        m_annex = pats.annex.match(text) if keyword else None
        if m_annex and heading_like and len(stripped) < 60:
            rest = m_annex.group("rest").strip(" .:-")
            state.annex = "Annex" + (f" {rest}" if rest else "")
            state.article = ""
            state.section = ""
            state.reset_article()
            return state.annex
        if state.preamble and heading_level is not None and _NUMBERED_HEADING.match(stripped):
            # A statute's numbered section heading ("6 Serious crimes") ends its preamble.
            state.preamble = False
            state.reset_article()
        if heading_level is not None and len(stripped) <= MAX_HEADING_CHARS:
            # A title under the article heading ("Issues of admissibility").
            return self._describe() or f"Paragraph {index + 1}"
        number = number.strip()
        # Typed numbers and items start with a digit, "(" or a mark closed by ")" within a few
        # characters: most paragraphs have none, and need not be tried against the patterns.
        head = stripped[:6]  # "(a)", "3.", "viii)": a mark of at most five characters
        typed = bool(head) and (head[0].isdigit() or head[0] == "(" or ")" in head)
        m_item = _ITEM.match(text) if typed else None
        m_para = (
            (_PARA_NUMBER_STRICT.match(text) or (None if m_item else _PARA_NUMBER.match(text)))
            if typed
            else None
        )
        if number and number != "\u2022":
            core = number.strip("().")
            if _NUMBER_CORE.fullmatch(core) and (list_level or 0) == 0:
                state.paragraph = core
                state.clear_items()
            else:
                _push_item(state, core)
        elif m_para:
            num = m_para.group("num")
            if m_item and state.items and not m_para.group(0).rstrip().endswith("."):
                _push_item(state, m_item.group("mark"))
            else:
                state.paragraph = num
                state.clear_items()
        elif m_item:
            mark = m_item.group("mark")
            if mark.isdigit() and not state.items:
                if state.paragraph:
                    _push_item(state, mark)
                else:
                    state.paragraph = mark
            else:
                _push_item(state, mark)
        elif state.items:
            # An unnumbered paragraph after a list continues the numbered paragraph.
            state.clear_items()
        label = self._describe()
        if cell is not None:
            where = f"table {cell.table + 1}, row {cell.row + 1}, column {cell.column + 1}"
            label = f"{label}, {where}" if label else where[0].upper() + where[1:]
        return label or f"Paragraph {index + 1}"


_NUMBERED_HEADING = re.compile(r"\d{1,4}[A-Z]{0,2}\.?\s+[^\W\d_]")
_NUMBER_CORE = re.compile(r"\d{1,3}(?:\.\d{1,3})*")


def assign_labels(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with ``label`` set from the numbering seen so far (the reader
    labels as it reads; this is for paragraphs built otherwise)."""
    labeller = Labeller()
    return [
        p.with_label(labeller.label(p.index, p.text, p.number, p.heading_level, p.list_level, p.cell))
        for p in paragraphs
    ]


def article_of(label: str) -> str:
    """The article part of a label: "Article 7" for "Article 7, paragraph 2 (b)"."""
    return re.split(r",| \(", label, maxsplit=1)[0]


# The words ``describe`` and the labeller write into a label (the rest is the draft's: numbers,
# item marks, an annex's own name).
_INTERFACE_LABEL_WORD = re.compile(
    r"\b(?:Article|Preamble|Annex|Part|Chapter|Title|Section|Paragraph|paragraph|Table|table|row|column)\b"
)


def _label_words() -> dict[str, str]:
    return {
        "Article": pgettext("location", "Article"),
        "Preamble": pgettext("location", "Preamble"),
        "Annex": pgettext("location", "Annex"),
        "Part": pgettext("location", "Part"),
        "Chapter": pgettext("location", "Chapter"),
        "Title": pgettext("location", "Title"),
        "Section": pgettext("location", "Section"),
        "Paragraph": pgettext("location", "Paragraph"),
        "paragraph": pgettext("location", "paragraph"),
        "Table": pgettext("location", "Table"),
        "table": pgettext("location", "table"),
        "row": pgettext("location", "row"),
        "column": pgettext("location", "column"),
    }


def display_label(label: str) -> str:
    """A location label in the interface language ("Artículo 6, párrafo 3 (a)"). Labels are
    written in English, as the JSON gives them; the readable reports show them so."""
    if language() == "en" or not label:
        return label
    words = _label_words()
    return _INTERFACE_LABEL_WORD.sub(lambda m: words[m.group(0)], label)


# ---------------------------------------------------------------- labels as a reader sees them

# The English words of a label (``describe``, the reader's "Footnote 3", the fallback "Paragraph
# 12"), each said in a draft's language by the first word of the word list of the same name
# (clause_library/languages/*.yaml, ``words:``).
_LABEL_WORD = re.compile(
    r"\b(article|preamble|annex|part|chapter|title|section|paragraph|footnote|table|row|column)\b",
    re.IGNORECASE,
)
# The division a paragraph opens or sits in before its first article ("Part II", "Chapter 3").
_DIVISION = re.compile(r"^(?:Part|Chapter|Title|Section) [^,\s]+")


def in_draft_words(label: str, lang: str) -> str:
    """``label`` with its words in the language ``lang`` ("Artículo 6, párrafo 3 (a)" for a
    Spanish draft); unchanged for English, or where the language has no word for one."""
    if not label:
        return label
    lex = lexicon()

    def say(m: re.Match[str]) -> str:
        english = m.group(0)
        words = lex.words(english.lower(), lang)
        if not words:
            return english
        word = words[0]
        return word[:1].upper() + word[1:] if english[:1].isupper() else word

    return _LABEL_WORD.sub(say, label)


def distinct_labels(paragraphs: list[Paragraph], places: list[tuple[int | None, str]]) -> list[str]:
    """The labels of ``places`` ((body paragraph index or None, label) each), told apart where
    two paragraphs share one: "Part II, Article 5, paragraph 1" with the division each stands
    in, and "(2 of 3)" in document order where that is the same too. Paragraphs a label names
    once, and places without a paragraph, keep their label."""
    paragraphs_of: dict[str, set[int]] = {}
    for index, label in places:
        if index is not None and label:
            paragraphs_of.setdefault(label, set()).add(index)
    clashing = {label: sorted(found) for label, found in paragraphs_of.items() if len(found) > 1}
    if not clashing:
        return [label for _, label in places]
    wanted = {i for found in clashing.values() for i in found}
    last = max(wanted)
    division: dict[int, str] = {}
    current = ""
    for p in paragraphs:
        if p.index > last:
            break
        label = p.label
        if label[:1] in ("P", "C", "T", "S", "A"):
            if label.startswith("Annex"):
                current = ""  # an annex starts afresh, and its labels name it
            else:
                m = _DIVISION.match(label)
                if m is not None:
                    current = m.group(0)
        if p.index in wanted:
            division[p.index] = current
    told: dict[int, str] = {}
    for label, found in clashing.items():
        groups: dict[str, list[int]] = {}
        for i in found:
            groups.setdefault(division.get(i, ""), []).append(i)
        for where, members in groups.items():
            named = f"{where}, {label}" if where and not label.startswith(where) else label
            for n, i in enumerate(members, 1):
                told[i] = f"{named} ({n} of {len(members)})" if len(members) > 1 else named
    return [told.get(index, label) if index is not None else label for index, label in places]
