"""Run-level surgery: runs split exactly at span boundaries so that the text is untouched,
highlights, and tracked replacements (the replaced words in ``w:del``, the new ones in
``w:ins``) with revision ids that never collide with the draft's own."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence
from typing import cast

from lxml import etree

from drafter.model import DiffOp
from drafter.ooxml.text import W_NS, W_PPR, W_R, W_RPR, W_T, XML_NS, parent, text_nodes, w

W_DEL_TEXT = w("delText")
W_INSTR_TEXT = w("instrText")
W_DEL_INSTR_TEXT = w("delInstrText")
W_ID = w("id")
W_AUTHOR = w("author")
W_DATE = w("date")
XML_SPACE = f"{{{XML_NS}}}space"


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip() or "  " in text:
        t.set(XML_SPACE, "preserve")


def _split_run_before(run: etree._Element, child: etree._Element) -> etree._Element:
    """Split ``run`` so that ``child`` and what follows it move to a new run right after it."""
    new = copy.deepcopy(run)
    index = list(run).index(child)
    # The new run keeps the properties and the children from ``index`` on; the old one the rest.
    for i, el in enumerate(list(new)):
        if el.tag != W_RPR and i < index:
            new.remove(el)
    for i, el in enumerate(list(run)):
        if el.tag != W_RPR and i >= index:
            run.remove(el)
    run.addnext(new)
    return new


def boundary(p: etree._Element, offset: int) -> None:
    """Make ``offset`` of paragraph ``p``'s text fall on a run boundary."""
    for node in text_nodes(p):
        if node.start < offset < node.end:
            # Only w:t holds more than one character: split it in two inside its run first.
            t = node.element
            cut = offset - node.start
            right = copy.deepcopy(t)
            _set_text(t, node.text[:cut])
            _set_text(right, node.text[cut:])
            t.addnext(right)
            _split_run_before(parent(t), right)
            return
        if node.start == offset and node.end > node.start:
            run = node.run
            first_content = next((c for c in run if c.tag != W_RPR), None)
            if first_content is not None and first_content is not node.element:
                _split_run_before(run, node.element)
            return


def isolate(p: etree._Element, start: int, end: int) -> list[etree._Element]:
    """The runs that hold exactly the characters ``[start, end)`` of ``p``, after splitting."""
    boundary(p, start)
    boundary(p, end)
    runs: list[etree._Element] = []
    for node in text_nodes(p):
        if node.start >= start and node.end <= end and (node.end > node.start or start <= node.start < end):
            run = node.run
            if not runs or runs[-1] is not run:
                runs.append(run)
    return runs


# w:rPr children that must come after w:highlight (ECMA-376 CT_RPr sequence).
_AFTER_HIGHLIGHT = frozenset(
    w(t)
    for t in (
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
        "rPrChange",
    )
)


def apply_highlight(run: etree._Element, colour: str) -> None:
    rpr = run.find(W_RPR)
    if rpr is None:
        rpr = etree.Element(W_RPR)
        run.insert(0, rpr)
    for old in rpr.findall(w("highlight")):
        rpr.remove(old)
    mark = etree.Element(w("highlight"))
    mark.set(w("val"), colour)
    successor = next((c for c in rpr if c.tag in _AFTER_HIGHLIGHT), None)
    if successor is not None:
        successor.addprevious(mark)
    else:
        rpr.append(mark)


_ALL_IDS = etree.XPath("descendant-or-self::*/@w:id", namespaces={"w": W_NS}, smart_strings=False)


_SMALL_ID = re.compile(r"[0-9]{1,9}", re.ASCII)


class Revisions:
    """Revision marks with unique ids that never collide with the draft's own.

    Word keeps one id space per annotation type, but some readers do not: ids start
    above every w:id already in the package and above the comment ids this export adds.
    """

    def __init__(self, roots: Sequence[etree._Element], author: str, date: dt.datetime, reserve: int) -> None:
        used = 0
        for root in roots:
            for val in cast(list[str], _ALL_IDS(root)):  # found by libxml2, not element by element here
                if _SMALL_ID.fullmatch(val):  # ids of ten digits or more never collide with ours
                    used = max(used, int(val))
        self.first_free = used + 1  # comment ids go here, revision ids after them
        self.next_id = used + 1 + reserve
        self.author = author
        self.date = date.strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(self, tag: str) -> etree._Element:
        el = etree.Element(w(tag))
        el.set(W_ID, str(self.next_id))
        el.set(W_AUTHOR, self.author)
        el.set(W_DATE, self.date)
        self.next_id += 1
        return el


def _to_deleted(run: etree._Element) -> None:
    for t in run.iter(W_T, W_INSTR_TEXT):
        t.tag = W_DEL_TEXT if t.tag == W_T else W_DEL_INSTR_TEXT
        if t.text and (t.text != t.text.strip()):
            t.set(XML_SPACE, "preserve")


def _wrap(runs: list[etree._Element], wrapper: etree._Element) -> etree._Element:
    """Wrap consecutive sibling ``runs`` in ``wrapper`` (a w:del or w:ins)."""
    first = runs[0]
    first.addprevious(wrapper)
    for r in runs:
        wrapper.append(r)
    return wrapper


def new_run(template: etree._Element | None, text: str) -> etree._Element:
    """A run with ``text`` formatted like ``template`` (minus highlight and revision marks)."""
    run = etree.Element(W_R)
    template_rpr = template.find(W_RPR) if template is not None else None
    if template_rpr is not None:
        rpr = copy.deepcopy(template_rpr)
        for tag in ("highlight", "rPrChange", "ins", "del"):
            for el in rpr.findall(w(tag)):
                rpr.remove(el)
        run.append(rpr)
    # Line breaks and tabs of the new text become w:br and w:tab, as Word writes them.
    for piece in _BREAKS.split(text):
        if piece == "\n":
            etree.SubElement(run, w("br"))
        elif piece == "\t":
            etree.SubElement(run, w("tab"))
        elif piece:
            _set_text(etree.SubElement(run, W_T), piece)
    return run


_BREAKS = re.compile(r"([\n\t])")


def _group_siblings(runs: list[etree._Element]) -> list[list[etree._Element]]:
    groups: list[list[etree._Element]] = []
    for r in runs:
        if groups and groups[-1][-1].getnext() is r:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def replace_tracked(
    p: etree._Element, start: int, end: int, ops: Sequence[DiffOp], revisions: Revisions
) -> tuple[etree._Element | None, etree._Element | None]:
    """Apply a word diff of ``[start, end)`` as w:del/w:ins; return the first and last changed elements.

    Steps run right to left so that the offsets of the steps still to do stay valid; an
    insertion is placed before the run that follows it, so the deletion done next (just
    to its left) ends up before it: ``<w:del>old</w:del><w:ins>new</w:ins>``.
    """
    pos = start
    steps: list[tuple[str, int, str]] = []
    for op in ops:
        if op.op == "equal":
            pos += len(op.text)
        elif op.op == "delete":
            steps.append(("delete", pos, op.text))
            pos += len(op.text)
        else:
            steps.append(("insert", pos, op.text))
    if pos != end:
        raise ValueError("the diff does not cover the span")
    first: etree._Element | None = None
    last: etree._Element | None = None
    for kind, at, text in reversed(steps):
        if kind == "delete":
            runs = isolate(p, at, at + len(text))
            wrappers = []
            for group in _group_siblings(runs):
                for r in group:
                    _to_deleted(r)
                wrappers.append(_wrap(group, revisions.element("del")))
            if not wrappers:
                continue
            last = last if last is not None else wrappers[-1]
            first = wrappers[0]
        else:
            boundary(p, at)
            nodes = text_nodes(p)
            following = next((n for n in nodes if n.start >= at and n.end > n.start), None)
            preceding = next((n for n in reversed(nodes) if n.end <= at and n.end > n.start), None)
            near = preceding or following
            template = near.run if near is not None else None
            ins = revisions.element("ins")
            ins.append(new_run(template, text))
            if following is not None:
                following.run.addprevious(ins)
            elif preceding is not None:
                preceding.run.addnext(ins)
            else:
                ppr = p.find(W_PPR)
                if ppr is not None:
                    ppr.addnext(ins)
                else:
                    p.insert(0, ins)
            last = last if last is not None else ins
            first = ins
    return first, last
