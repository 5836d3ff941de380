"""Styles and automatic numbering: the list numbers Word shows but does not store as text."""

from __future__ import annotations

import re

from lxml import etree
from msgspec import Struct, field

from drafter.ooxml.text import w

W_VAL = w("val")
_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)

# What Word itself accepts: list levels 0 to 8, start values up to 32767; a number with more
# digits than MAX_NUMBER_DIGITS is not read as a number at all (a damaged or hostile file).
MAX_LIST_LEVEL = 8
MAX_START = 32_767
MAX_NUMBER_DIGITS = 9
_NUMBER = re.compile(rf"[+-]?[0-9]{{1,{MAX_NUMBER_DIGITS}}}", re.ASCII)


def to_int(value: str | None, default: int, lo: int, hi: int) -> int:
    """``value`` as an integer within ``lo``..``hi``; ``default`` if it is missing or not a
    plain decimal number of at most MAX_NUMBER_DIGITS digits."""
    if value is None or not _NUMBER.fullmatch(value.strip()):
        return default
    return min(max(int(value), lo), hi)


def list_level(value: str | None) -> int:
    """A w:ilvl value: 0 to MAX_LIST_LEVEL (0 when it is not a number)."""
    return to_int(value, 0, 0, MAX_LIST_LEVEL)


class StyleInfo(Struct):
    style_id: str
    name: str
    based_on: str | None = None
    outline_level: int | None = None
    num_id: str | None = None
    num_level: int | None = None


StyleFacts = tuple[str, int | None, str | None, int | None]  # name, heading level, numId, level


class Styles(Struct):
    by_id: dict[str, StyleInfo] = field(default_factory=dict)
    default_paragraph: str | None = None
    _facts: dict[str | None, StyleFacts] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element | None) -> Styles:
        styles = cls()
        if root is None:
            return styles
        for el in root.iterchildren(w("style")):
            if el.get(w("type")) != "paragraph":
                continue
            sid = el.get(w("styleId")) or ""
            name_el = el.find(w("name"))
            based = el.find(w("basedOn"))
            info = StyleInfo(
                style_id=sid,
                name=(name_el.get(W_VAL) if name_el is not None else None) or sid,
                based_on=based.get(W_VAL) if based is not None else None,
            )
            ppr = el.find(w("pPr"))
            if ppr is not None:
                ol = ppr.find(w("outlineLvl"))
                if ol is not None and to_int(ol.get(W_VAL), -1, -1, 9) >= 0:
                    info.outline_level = to_int(ol.get(W_VAL), 9, 0, 9)
                num_pr = ppr.find(w("numPr"))
                if num_pr is not None:
                    nid = num_pr.find(w("numId"))
                    ilvl = num_pr.find(w("ilvl"))
                    info.num_id = nid.get(W_VAL) if nid is not None else None
                    info.num_level = list_level(ilvl.get(W_VAL)) if ilvl is not None else 0
            styles.by_id[sid] = info
            if el.get(w("default")) in ("1", "true", "on"):
                styles.default_paragraph = sid
        return styles

    def _chain(self, style_id: str | None) -> list[StyleInfo]:
        out: list[StyleInfo] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            info = self.by_id[style_id]
            out.append(info)
            style_id = info.based_on
        return out

    def name(self, style_id: str | None) -> str:
        sid = style_id or self.default_paragraph
        if sid and sid in self.by_id:
            return self.by_id[sid].name
        return sid or ""

    def heading_level(self, style_id: str | None) -> int | None:
        for info in self._chain(style_id or self.default_paragraph):
            m = _HEADING_NAME.match(info.name)
            if m:
                return int(m.group(1))
            if info.name.lower() == "title":
                return 0
            if info.outline_level is not None and info.outline_level < 9:
                return info.outline_level + 1
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for info in self._chain(style_id or self.default_paragraph):
            if info.num_id is not None:
                return info.num_id, info.num_level
        return None, None

    def facts(self, style_id: str | None) -> StyleFacts:
        """Name, heading level and list numbering of a paragraph style (``None``: the default),
        looked up once per style: a draft has thousands of paragraphs and a few styles."""
        found = self._facts.get(style_id)
        if found is None:
            num_id, num_level = self.numbering(style_id)
            found = self._facts[style_id] = (
                self.name(style_id),
                self.heading_level(style_id),
                num_id,
                num_level,
            )
        return found


class _Level(Struct):
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None


def _roman(n: int) -> str:
    vals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    if n <= 0:
        return ""
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt in ("upperLetter",):
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """Replays Word's list counters in document order to produce each paragraph's number."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for an in root.iterchildren(w("abstractNum")):
            aid = an.get(w("abstractNumId")) or ""
            levels: dict[int, _Level] = {}
            for lvl in an.iterchildren(w("lvl")):
                levels[list_level(lvl.get(w("ilvl")))] = self._parse_level(lvl)
            self._abstract[aid] = levels
        for num in root.iterchildren(w("num")):
            nid = num.get(w("numId")) or ""
            aref_el = num.find(w("abstractNumId"))
            abstract_id = aref_el.get(W_VAL) if aref_el is not None else None
            overrides: dict[int, int] = {}
            for ov in num.iterchildren(w("lvlOverride")):
                so = ov.find(w("startOverride"))
                if so is not None:
                    overrides[list_level(ov.get(w("ilvl")))] = to_int(so.get(W_VAL), 1, 0, MAX_START)
                level_el = ov.find(w("lvl"))
                if level_el is not None and abstract_id is not None:
                    # A full level override: keep it on a private copy of the abstract list.
                    key = f"{abstract_id}#{nid}"
                    base = dict(self._abstract.get(abstract_id, {}))
                    base[list_level(ov.get(w("ilvl")))] = self._parse_level(level_el)
                    self._abstract[key] = base
                    abstract_id = key
            if abstract_id is not None:
                self._nums[nid] = (abstract_id, overrides)

    @staticmethod
    def _parse_level(lvl: etree._Element) -> _Level:
        level = _Level()
        start = lvl.find(w("start"))
        if start is not None:
            level.start = to_int(start.get(W_VAL), 1, 0, MAX_START)
        fmt = lvl.find(w("numFmt"))
        if fmt is not None:
            level.fmt = fmt.get(W_VAL) or "decimal"
        text = lvl.find(w("lvlText"))
        if text is not None:
            level.text = text.get(W_VAL) or ""
        restart = lvl.find(w("lvlRestart"))
        if restart is not None and to_int(restart.get(W_VAL), -1, -1, MAX_LIST_LEVEL + 1) >= 0:
            level.restart = to_int(restart.get(W_VAL), 0, 0, MAX_LIST_LEVEL + 1)
        return level

    def next_number(self, num_id: str | None, ilvl: int | None) -> str:
        """Advance the counter of list ``num_id`` at ``ilvl`` and return the displayed number."""
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        ilvl = min(max(ilvl or 0, 0), MAX_LIST_LEVEL)
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id)
        if not levels:
            return ""
        # Lists that restart with startOverride count on their own.
        key = f"{abstract_id}@{num_id}" if overrides else abstract_id
        counters = self._counters.setdefault(key, [0] * 9)
        if key not in self._started:
            self._started.add(key)
            for lvl_no, start in overrides.items():
                if 0 <= lvl_no < 9:
                    counters[lvl_no] = start - 1
        level = levels.get(ilvl, _Level())
        if counters[ilvl] == 0 and ilvl not in overrides:
            counters[ilvl] = level.start - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            lv = levels.get(deeper)
            counters[deeper] = (lv.start - 1) if lv else 0
        if level.fmt == "bullet":
            return "\u2022"
        text = level.text
        for i in range(9):
            token = f"%{i + 1}"
            if token in text:
                lv = levels.get(i, _Level())
                text = text.replace(token, format_number(max(counters[i], lv.start), lv.fmt))
        return text
