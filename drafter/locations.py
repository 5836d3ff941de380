"""Human location labels: "Article 6, paragraph 3 (a)".

Treaty drafts number their provisions in three ways, often mixed: headings
("Article 6", "Draft article 6", "Artículo 8"), typed numbers at the start of a
paragraph ("3.", "4.2.", "(a)", "b)") and Word's automatic numbering. This module
walks the paragraphs in order and keeps the current article, paragraph and item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.model import Paragraph

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


@dataclass(slots=True)
class _State:
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


def assign_labels(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with ``label`` set from the numbering seen so far."""
    state = _State()
    out: list[Paragraph] = []
    for p in paragraphs:
        text = p.text
        stripped = text.strip()
        label = ""
        if not stripped and not p.number:
            out.append(p)
            continue
        m_art = _ARTICLE.match(text)
        m_sec = _SECTION.match(text) if not m_art else None
        if m_art and (_is_heading_like(p) or re.match(r"^\s*\S+\s+\S+\s*[.:–—-]", text)):
            state.article = _article_number(m_art.group("num"))
            state.preamble = False
            state.reset_article()
            label = describe(state)
            rest = text[m_art.end() :]
            # "Artículo 1.- Decrétase ..." carries its first paragraph inline.
            if len(rest.strip(" .:-–—º°")) > MAX_HEADING_CHARS:
                label = describe(state)
            out.append(p.with_label(label))
            continue
        if m_sec and _is_heading_like(p):
            kind = _SECTION_NAMES.get(m_sec.group("kind").lower(), m_sec.group("kind").title())
            state.section = f"{kind} {m_sec.group('num').upper()}"
            state.article = ""
            state.preamble = False
            state.reset_article()
            out.append(p.with_label(describe(state)))
            continue
        starts_preamble = not (state.article or state.section or state.annex or state.preamble) and (
            _PREAMBULAR.match(text.lstrip("[(")) is not None or _PREAMBLE_OPENER.match(text) is not None
        )
        if _PREAMBLE.match(text) or starts_preamble:
            state.preamble = True
            state.article = ""
            state.reset_article()
            out.append(p.with_label("Preamble"))
            continue
        m_annex = _ANNEX.match(text)
        if m_annex and _is_heading_like(p) and len(stripped) < 60:
            state.annex = "Annex" + (
                f" {m_annex.group('rest').strip(' .:-')}" if m_annex.group("rest").strip(" .:-") else ""
            )
            state.article = ""
            state.section = ""
            state.reset_article()
            out.append(p.with_label(state.annex))
            continue
        if p.heading_level is not None and len(stripped) <= MAX_HEADING_CHARS:
            # A title under the article heading ("Issues of admissibility").
            out.append(p.with_label(describe(state) or f"Paragraph {p.index + 1}"))
            continue
        number = p.number.strip()
        m_item = _ITEM.match(text)
        m_para = _PARA_NUMBER_STRICT.match(text) or (None if m_item else _PARA_NUMBER.match(text))
        if number and number != "\u2022":
            core = number.strip("().")
            if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", core) and (p.list_level or 0) == 0:
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
        label = describe(state)
        if p.cell is not None:
            where = f"table {p.cell.table + 1}, row {p.cell.row + 1}, column {p.cell.column + 1}"
            label = f"{label}, {where}" if label else where[0].upper() + where[1:]
        if not label:
            label = f"Paragraph {p.index + 1}"
        out.append(p.with_label(label))
    return out


def article_of(label: str) -> str:
    """The article part of a label: "Article 7" for "Article 7, paragraph 2 (b)"."""
    return re.split(r",| \(", label, maxsplit=1)[0]
