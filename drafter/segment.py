"""Cutting paragraphs into the units the matcher judges.

A unit is a sentence of a paragraph (short paragraphs are one unit), with its exact
character span, and, for list items, the lead-in that gives them their meaning:
"... shall not relieve that person of criminal responsibility unless:" followed by
"(a) The person was under a legal obligation to obey orders ..." forms one clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from msgspec import Struct

from drafter.lexicon import Phrases, lexicon
from drafter.locations import article_of
from drafter.model import Paragraph, Part

SPLIT_LONGER_THAN = 320  # characters; shorter paragraphs are one unit
MIN_UNIT_CHARS = 30
MIN_WORDS = 5

# A sentence ends at '.', ';', '?', '!' (or ':' before an upper-case start) followed by space and a capital,
# an opening bracket or a number. (The match includes the mark: a pattern that opens with a
# character class lets the regex engine skip to the marks, where a look-behind tries every position.)
# A capital beyond ASCII (É, Ł, Ș: a letter of Latin-1 or Latin Extended-A or B, in any language
# written in the Latin script) is told by ``str.isupper`` (a class listing them all costs a
# millisecond to compile at every start).
_BOUNDARY = re.compile(r"[.;?!:][\"'”’)]*\s+(?=[\"'“‘(¿¡\[]?(?P<first>[A-Z0-9\u00c0-\u024f]))")
_ENUMERATOR = re.compile(
    r"^\s*(?:(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*(?:\.?[°º]|[.)])|\(?[a-zA-Z]{1,3}\)|\(?[ivxIVX]{1,5}\)|[-•·*–])\s*)+"
)
_ITEM_START = re.compile(
    # "(a)", "b)", "iv)", "3)"; and the "I.-", "a.", "2.-" of Latin American and French statutes
    r"^\s*(?:\(?(?:[a-zA-Z]{1,2}|[ivxIVX]{1,5}|\d{1,2})\)|(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s?(?:\.-|\.–|\.)(?=\s)"
    # "1°", "2.º": the ordinal items of French, Belgian and Spanish statutes
    r"|\d{1,2}\.?[°º](?=\s))\s*"
)
# The kind of marker a list item carries: items of one kind belong to a lead-in of another
# ("1. ... shall:" is followed by "(a)", "(b)", and "2." is its sibling, not its item).
_MARK = re.compile(r"^\s*\(?(?:(?P<d>\d{1,3})\.?[°º]?|(?P<r>[ivxIVX]{2,5})|(?P<l>[a-zA-Z]{1,2}))[.)°º]")
_TITLE_END = re.compile(r"[.;:,)]\s*$")
MAX_TITLE_WORDS = 40
_COMMA = re.compile(r",\s*")
_OPENING_QUOTES = re.compile(r"[\"'“‘(]*")
_LEADING_MARKS = re.compile(r"\W{0,3}")  # before the name of an instrument: "- Ley ..."


def _skip(pattern: re.Pattern[str], text: str) -> int:
    """Where what ``pattern`` matches at the start of ``text`` ends (0 if nothing)."""
    m = pattern.match(text)
    return m.end() if m else 0


# A quotation long enough to be someone else's clause (a quoted reservation, a court citing a ban).
_QUOTATION = re.compile(r"“[^”]{40,}”|«[^»]{40,}»|\"[^\"]{40,}\"|„[^“”]{40,}[“”]")


class _Words(Struct, frozen=True):
    """What this module reads of the languages' ``words:`` lists (``drafter.lexicon``)."""

    abbreviations: frozenset[str]  # lower case, without their full stop
    # ", Recalling" in a preamble run on as one paragraph starts a new preambular clause.
    preambular: Phrases
    # A sentence opening with one of these qualifies the sentence before it ("However, the court
    # shall take it into account in determining the penalty").
    qualifiers: Phrases
    # An item of an enumeration without a marker ends with a semicolon ("Por amnistía;", "...; and").
    item_end: re.Pattern[str]
    # The name of an instrument standing alone ("Ley N.º 26479 - Ley que concede amnistía general ...",
    # "Loi n° 95-017 portant amnistie ..."): a title, whatever its length, when it ends without a stop.
    instruments: Phrases
    quote_style: re.Pattern[str]  # Word's quotation styles ("Quote", "Cita", "Citation")


def _words() -> _Words:
    lex = lexicon()
    return lex.derived(
        _Words,
        lambda: _Words(
            frozenset(w.removesuffix(".") for w in lex.lowered("abbreviations")),
            lex.phrases("preambular"),
            lex.phrases("qualifiers"),
            re.compile(rf";\s*(?:{lex.pattern('conjunctions')}\s*)?$"),
            lex.phrases("instruments"),
            re.compile(lex.pattern("quotation_styles"), re.IGNORECASE),
        ),
    )


class Unit(Struct, frozen=True):
    paragraph: int
    part: Part
    start: int
    end: int
    text: str
    lead_in: str  # the lead-in sentence of a list item, or ""
    is_item: bool
    trailing: str = ""  # for a lead-in ending with ":", the items that complete it


class UnitWords(Struct, frozen=True):
    """A unit's folded words (``drafter.textnorm.fold_words``): of its text, of its lead-in and
    of the items that complete it. The analysis folds each once and hands them to the matcher."""

    text: list[str]
    lead_in: list[str]
    trailing: list[str]


def enumerator_end(text: str) -> int:
    """Length of a leading "3.", "(a)", "4.2." or bullet, so spans exclude it."""
    m = _ENUMERATOR.match(text)
    return m.end() if m else 0


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation ("art.", "No.", "e.g.") or an initial."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".º"):
        j -= 1
    word = text[j:dot].lower()
    return word in abbreviations or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]`` (trimmed of surrounding spaces)."""
    words = _words()
    cuts = [start]
    # From the character before ``start``: a mark just before it ends a sentence there.
    for m in _BOUNDARY.finditer(text, max(start - 1, 0)):
        mark = m.start()
        first = m.group("first")
        if not (first.isascii() or first.isupper()):
            continue
        if text[mark] == "." and _is_abbreviation(text, mark, words.abbreviations):
            continue
        cuts.append(m.end())
    for m in _COMMA.finditer(text, start):
        if text[m.end() : m.end() + 1].isupper() and words.preambular.at(text, m.end()) >= 0:
            cuts.append(m.end())
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for left, right in itertools.pairwise(cuts):
        a, b = left, right
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    # Fold tiny fragments ("Art. 5.", "or") into their neighbour.
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and (b - a < MIN_UNIT_CHARS or merged[-1][1] - merged[-1][0] < MIN_UNIT_CHARS):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def looks_like_title(p: Paragraph) -> bool:
    """Headings and short titles ("Non-applicability of statute of limitations") are not clauses,
    nor is the name of an instrument standing alone ("Loi n° 95-017 portant amnistie ...")."""
    text = p.text.strip()
    if p.heading_level is not None and len(text) < 200:
        return True
    if _TITLE_END.search(text[-4:]):
        return False
    # (Words counted only up to a bound: a paragraph may run to pages.)
    if len(text.split(maxsplit=MIN_WORDS - 1)) < MIN_WORDS:
        return True
    return (
        _words().instruments.at(text, _skip(_LEADING_MARKS, text)) >= 0
        and len(text.split(maxsplit=MAX_TITLE_WORDS)) <= MAX_TITLE_WORDS
    )


def is_quotation(p: Paragraph, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the words at ``spans`` (the words that decided a finding) are quoted, not the
    draft's own: a paragraph in a quotation style, or words inside quotation marks."""
    if _words().quote_style.search(p.style):
        return True
    quotes = (
        [(m.start(), m.end()) for m in _QUOTATION.finditer(p.text)]
        if "“" in p.text or "«" in p.text or '"' in p.text or "„" in p.text
        else []
    )
    located = [(a, b) for a, b in spans if a >= 0]
    return bool(quotes and located) and all(any(qa <= a and b <= qb for qa, qb in quotes) for a, b in located)


# A quotation that runs over several paragraphs (a commentary quoting a law article by article)
# is followed at most this far: a stray opening mark must not make the rest of a draft quoted.
QUOTATION_PARAGRAPHS = 20


def inside_open_quotation(paragraphs: Iterable[Paragraph]) -> set[int]:
    """The indices of the paragraphs that stand inside a quotation opened in an earlier
    paragraph and not yet closed («Artículo 1. ...» over several paragraphs); a heading ends it."""
    inside: set[int] = set()
    depth = 0
    run = 0
    for p in paragraphs:
        if p.heading_level is not None:
            depth = run = 0
            continue
        if depth > 0:
            inside.add(p.index)
            run += 1
        text = p.text
        if "«" in text or "»" in text or "“" in text or "”" in text:
            opened = depth == 0
            depth = max(0, depth + text.count("«") + text.count("“") - text.count("»") - text.count("”"))
            if opened and depth > 0 and text.lstrip()[:1] in "«“":
                inside.add(p.index)  # (the paragraph that opens the quotation with its first word)
        if depth == 0 or run >= QUOTATION_PARAGRAPHS:
            depth = run = 0
    return inside


def is_list_item(p: Paragraph) -> bool:
    if p.number and p.number != "\u2022" and (p.list_level or 0) > 0:
        return True
    # An item of an enumeration without a marker ends with a semicolon ("Por amnistía;").
    tail = p.text[-12:]
    return bool(_ITEM_START.match(p.text) or (";" in tail and _words().item_end.search(tail)))


def opens_list(text: str) -> bool:
    """Whether a paragraph's text ends as a lead-in to the list items after it: with a colon,
    or in some statutes with a dash ("... the President may -", "... shall be brought unless—").
    Reads only the end."""
    if not text or text[-1] not in ":-–— \t\r\n\u00a0":
        return False  # most paragraphs end with a full stop: decided without a copy
    end = text.rstrip()[-2:]
    # An em dash ends a lead-in even without a space before it; a hyphen or en dash must stand apart.
    return end.endswith((":", "—")) or (len(end) > 1 and end[-1] in "-–" and end[-2].isspace())


def is_item_of(p: Paragraph, parent: Paragraph) -> bool:
    """Whether ``p`` is a list item under ``parent``, not its sibling ("7." after "6.")."""
    kind = _marker_kind(p)
    return is_list_item(p) and (kind is None or kind != _marker_kind(parent))


def _marker_kind(p: Paragraph) -> str | None:
    m = _MARK.match(p.number or p.text)
    return m.lastgroup if m else None


MAX_TRAILING_ITEMS = 12


def list_openers(paragraphs: list[Paragraph]) -> set[int]:
    """The paragraphs that open a list (lead-ins): each reads the items that complete it, so
    its topic may stand in them, even spread over several."""
    return {p.index for p in paragraphs if not p.shadow and opens_list(p.text)}


def _dash_attached(stripped: str) -> bool:
    return stripped.endswith("—") and len(stripped) > 1 and not stripped[-2].isspace()


def _under(item_article: str, lead_article: str) -> bool:
    """Whether an item can complete a lead-in of this article: the same one, or an item whose
    label is only its own mark ("(e)"), in a draft without articles."""
    return item_article == lead_article or item_article.startswith("(")


def _trailing_items(paragraphs: list[Paragraph], i: int, article: str, kind: str | None = None) -> str:
    """The list items that follow paragraph ``i`` (a lead-in), joined; an item with the lead-in's
    own kind of marker is its sibling and ends the list."""
    texts: list[str] = []
    for k in range(i + 1, len(paragraphs)):
        q = paragraphs[k]
        if q.shadow or not q.text.strip():
            continue
        if (
            not is_list_item(q)
            or not _under(article_of(q.label), article)
            or len(texts) >= MAX_TRAILING_ITEMS
        ):
            break
        if kind is not None and _marker_kind(q) == kind:
            break
        texts.append(q.text[enumerator_end(q.text) :].strip())
    return " ".join(texts)


def _spans_of(text: str) -> list[tuple[int, int]]:
    begin = enumerator_end(text)
    if len(text) - begin <= SPLIT_LONGER_THAN:
        return [(begin, len(text.rstrip()))]
    return sentence_spans(text, begin)


def _lead_in_of(paragraph: Paragraph, spans: list[tuple[int, int]] | None = None) -> str:
    """The lead-in a paragraph ending with ':' gives the list items after it: its last sentence
    (``spans``: its sentence spans, if already known)."""
    text = paragraph.text
    stripped = text.rstrip()
    spans = _spans_of(text) if spans is None else spans
    last_a = spans[-1][0] if spans else enumerator_end(text)
    return text[last_a : len(stripped)]


# A lead-in: its text, the article it belongs to, and the kind of marker its paragraph carries.
_Lead = tuple[str, str, str | None]
# The lead-ins in force after a paragraph, outermost first: "(5) ... if:", then, after its item
# "(b) ... an aircraft:", that item's own.
_Leads = tuple[_Lead, ...]


def _enclosing(leads: _Leads, kind: str | None) -> _Leads:
    """The lead-ins an item with this kind of marker stands under: a lead-in carrying the same
    kind is a sibling's ("(b) ... :" before "(c)"), and its list ends there with those inside it."""
    if kind is not None:
        for j in range(len(leads) - 1, -1, -1):
            if leads[j][2] == kind:
                return leads[:j]
    return leads


def _kind_under(p: Paragraph, leads: _Leads) -> str | None:
    """The kind of marker of an item under these lead-ins: "(i)" under "(a) ... :" is the first
    of roman numerals, not a letter after "(h)"."""
    kind = _marker_kind(p)
    if kind == "l" and leads and leads[-1][2] == "l" and _FIRST_ROMAN.match(p.number or p.text):
        return "r"
    return kind


_FIRST_ROMAN = re.compile(r"^\s*\(?[iI][.)]")


def _leads_after(
    leads: _Leads,
    p: Paragraph,
    spans: list[tuple[int, int]] | None = None,
    item: bool | None = None,
    kind: str | None = None,
) -> _Leads:
    """The lead-ins in force after paragraph ``p`` (not a title), given those before it
    (``item``, ``kind``: whether it is a list item and its kind of marker under them, if known)."""
    lead = opens_list(p.text)
    if not (is_list_item(p) if item is None else item):
        return ((_lead_in_of(p, spans), article_of(p.label), _marker_kind(p)),) if lead else ()
    if kind is None:
        kind = _kind_under(p, leads)
    leads = _enclosing(leads, kind)
    return (*leads, (_lead_in_of(p, spans), article_of(p.label), kind)) if lead else leads


def _leads_before(paragraphs: list[Paragraph], i: int, known: dict[int, _Leads]) -> _Leads:
    """The lead-ins in force when paragraph ``i`` starts, found by walking back to the paragraph
    that is not a list item (a lead-in of its own, or the end of every list), then reading
    forward. A heading ends every list; ``known`` holds the lead-ins after paragraphs already
    read, which ends the walk."""
    chain: list[Paragraph] = []
    leads: _Leads = ()
    for k in range(i - 1, -1, -1):
        if k in known:
            leads = known[k]
            break
        q = paragraphs[k]
        if q.shadow or not q.text.strip():
            continue
        if looks_like_title(q):
            if q.heading_level is not None:
                break
            continue
        chain.append(q)
        if not is_list_item(q):
            break
    for q in reversed(chain):
        leads = _leads_after(leads, q)
    return leads


def units(paragraphs: list[Paragraph], wanted: Iterable[int] | None = None) -> Iterator[Unit]:
    """The units of every analysable paragraph (or of the ``wanted`` ones, by index), in
    document order.

    A list item's lead-in (a sentence ending with ':' before it) is found by walking back
    from the item, so a unit reads the same whichever paragraphs are wanted, and the
    paragraphs that are not wanted cost nothing.
    """
    positions = range(len(paragraphs)) if wanted is None else sorted(set(wanted))
    known: dict[int, _Leads] = {}  # the lead-ins in force after each paragraph judged
    qualifiers = _words().qualifiers
    for i in positions:
        p = paragraphs[i]
        if p.shadow or not p.text.strip():
            continue
        if looks_like_title(p):
            continue
        article = article_of(p.label)
        text = p.text
        stripped = text.rstrip()
        item = is_list_item(p)
        kind = _marker_kind(p)
        before: _Leads = ()
        current_lead = ""
        if item:
            before = _leads_before(paragraphs, i, known)
            # "2." after "1. ... shall:" is its sibling, under the lead-in (if any) "1." is under.
            kind_under = _kind_under(p, before)
            enclosing = _enclosing(before, kind_under)
            current_lead = enclosing[-1][0] if enclosing and _under(article, enclosing[-1][1]) else ""
        spans = _spans_of(text)
        lead = opens_list(stripped)
        # A statute's "... unless—" gives its items their meaning, but they are provisions of their
        # own ("In proceedings for an offence under this Part— (a) the measures ... shall ..."): it
        # does not read them as its own, as "The President may - (a) grant a pardon" does.
        trailing = (
            _trailing_items(paragraphs, i, article, kind) if lead and not _dash_attached(stripped) else ""
        )
        for n, (a, b) in enumerate(spans):
            if b > a:
                last = n == len(spans) - 1
                extra = trailing if last else ""
                if not last:
                    following = text[spans[n + 1][0] : spans[n + 1][1]]
                    if qualifiers.at(following, _skip(_OPENING_QUOTES, following)) >= 0:
                        extra = following
                yield Unit(p.index, p.part, a, b, text[a:b], current_lead, item, extra)
        known[i] = (
            _leads_after(before, p, spans, item, kind_under)
            if item
            else _leads_after((), p, spans, item)
            if lead
            else ()
        )
