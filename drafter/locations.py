"""Human location labels: "Article 6, paragraph 3 (a)".

Treaty drafts number their provisions in three ways, often mixed: headings
("Article 6", "Draft article 6", "Artículo 8"), typed numbers at the start of a
paragraph ("3.", "4.2.", "(a)", "b)") and Word's automatic numbering. This module
walks the paragraphs in order and keeps the current article, paragraph and item.
"""

from __future__ import annotations

import re

from msgspec import Struct, field

from drafter.model import Paragraph, TableCell

_ARTICLE = re.compile(
    r"^\s*(?:draft\s+|proyecto\s+de\s+|projet\s+d['’]\s*)?"
    r"(?:article|art[íi]culo|art\.)\s+"
    r"(?P<num>\d{1,3}\s*(?:º|°|o\b)?(?:\s*(?:bis|ter|quater|quinquies)\b)?|[IVXLC]{1,6}\b|[a-z]+\b)",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^\s*(?P<kind>part|parte|partie|chapter|cap[íi]tulo|chapitre|title|t[íi]tulo|titre|section|secci[óo]n)"
    r"\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[a-z]+)\b",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(r"^\s*(?:preamble|pre[áa]mbulo|pr[ée]ambule)\b", re.IGNORECASE)
# The opening words of preambular paragraphs ("Recalling ...", "Considerando ...",
# "Rappelant ...") and of the preamble itself ("The States Parties to this Convention,"):
# before the first article they mark the preamble even without a "Preamble" heading.
_PREAMBULAR = re.compile(
    r"^\s*(?:"
    r"recalling|considering|recognizing|recognising|affirming|reaffirming|determined|"
    r"mindful|noting|bearing\s+in\s+mind|convinced|desiring|emphasizing|emphasising|"
    r"acknowledging|stressing|taking\s+into\s+account|welcoming|deeply\s+concerned|"
    r"recordando|considerando|reconociendo|afirmando|reafirmando|decididos|resueltos|"
    r"conscientes|observando|teniendo\s+(?:presente|en\s+cuenta)|convencidos|deseando|"
    r"destacando|subrayando|profundamente\s+preocupados|"
    r"rappelant|consid[ée]rant|reconnaissant|affirmant|r[ée]affirmant|d[ée]termin[ée]s|"
    r"r[ée]solus|conscients|notant|ayant\s+[àa]\s+l|convaincus|d[ée]sireux|soulignant|"
    r"profond[ée]ment\s+pr[ée]occup[ée]s"
    r")\b",
    re.IGNORECASE,
)
_PREAMBLE_OPENER = re.compile(
    r"^\s*(?:the\s+states\s+parties\s+to\s+(?:the\s+present|this)\s+convention|"
    r"los\s+estados\s+partes\s+en\s+(?:la\s+presente|esta)\s+convenci[óo]n|"
    r"les\s+[ée]tats\s+parties\s+[àa]\s+(?:la\s+pr[ée]sente|cette)\s+convention)\s*,?\s*$",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^\s*(?:annex|anexo|annexe)\b(?P<rest>[^\n]{0,20})", re.IGNORECASE)
# "3.", "4.2.", "13.2 " at the start of a paragraph (not a year: at most 3 digits per level).
_PARA_NUMBER = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*)(?:\.|\s*\))?\s+(?=\S)")
_PARA_NUMBER_STRICT = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*)\.(?!\d)\s*(?=\S)")
# "(a)", "a)", "(iv)", "A)", "1)" at the start of a paragraph.
_ITEM = re.compile(r"^\s*(?P<open>\()?(?P<mark>[a-zA-Z]{1,2}|[ivxIVX]{1,5}|\d{1,2})\)\s*")
_ROMAN = re.compile(r"^[ivx]+$", re.IGNORECASE)
_WORDS = {"article": "Article", "part": "Part", "chapter": "Chapter"}
_SECTION_NAMES = {
    "part": "Part",
    "parte": "Part",
    "partie": "Part",
    "chapter": "Chapter",
    "capítulo": "Chapter",
    "capitulo": "Chapter",
    "chapitre": "Chapter",
    "title": "Title",
    "título": "Title",
    "titulo": "Title",
    "titre": "Title",
    "section": "Section",
    "sección": "Section",
    "seccion": "Section",
}
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


_KEYWORD_START = re.compile(
    r"^\s*(?:draft|proyecto|projet|art|part|chap|cap[íi]|t[íi]t|sec|pre|pr[ée]|annex|anex)", re.IGNORECASE
)


class Labeller:
    """Labels paragraphs one after the other, in document order, from the numbering seen so far."""

    def __init__(self) -> None:
        self.state = _State()
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
        heading_like = heading_level is not None or len(text) <= MAX_HEADING_CHARS
        # Headings of articles, parts, the preamble and annexes start with one of a few words.
        keyword = _KEYWORD_START.match(text) is not None
        m_art = _ARTICLE.match(text) if keyword else None
        m_sec = _SECTION.match(text) if keyword and not m_art else None
        if m_art and (heading_like or re.match(r"^\s*\S+\s+\S+\s*[.:–—-]", text)):
            state.article = _article_number(m_art.group("num"))
            state.preamble = False
            state.reset_article()
            return describe(state)
        if m_sec and heading_like:
            kind = _SECTION_NAMES.get(m_sec.group("kind").lower(), m_sec.group("kind").title())
            state.section = f"{kind} {m_sec.group('num').upper()}"
            state.article = ""
            state.preamble = False
            state.reset_article()
            return describe(state)
        starts_preamble = not (state.article or state.section or state.annex or state.preamble) and (
            _PREAMBULAR.match(text.lstrip("[(")) is not None or _PREAMBLE_OPENER.match(text) is not None
        )
        if (keyword and _PREAMBLE.match(text)) or starts_preamble:
            state.preamble = True
            state.article = ""
            state.reset_article()
            return "Preamble"
        m_annex = _ANNEX.match(text) if keyword else None
        if m_annex and heading_like and len(stripped) < 60:
            rest = m_annex.group("rest").strip(" .:-")
            state.annex = "Annex" + (f" {rest}" if rest else "")
            state.article = ""
            state.section = ""
            state.reset_article()
            return state.annex
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
