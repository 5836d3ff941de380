"""Paragraph-level surgery: a missing clause inserted as a new paragraph (tracked the way
Word tracks Enter at a paragraph's end), at a place where a new paragraph stays one."""

from __future__ import annotations

import copy

from lxml import etree
from msgspec.structs import replace

from drafter.ooxml.plan import ParagraphInsertion
from drafter.ooxml.runs import Revisions, new_run
from drafter.ooxml.text import W_DEL, W_INS, W_MOVE_FROM, W_MOVE_TO, W_P, W_PPR, W_R, W_RPR, w

_W_FLD_CHAR = w("fldChar")
_W_FLD_CHAR_TYPE = w("fldCharType")


def _paragraph_properties_for_insert(p: etree._Element | None) -> etree._Element | None:
    if p is None:
        return None
    ppr = p.find(W_PPR)
    if ppr is None:
        return None
    new = copy.deepcopy(ppr)
    for tag in ("rPr", "sectPr", "pPrChange"):
        el = new.find(w(tag))
        if el is not None:
            new.remove(el)
    return new


# Block-level siblings of a paragraph; range marks (bookmarkEnd, commentRangeEnd, ...) may sit between.
_BLOCKS = frozenset(w(t) for t in ("p", "tbl", "sdt", "customXml", "sectPr", "altChunk"))
_MARK_REVISIONS = frozenset((W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO))


def _ends_its_container(p: etree._Element) -> bool:
    """True if no paragraph follows ``p`` directly in its container (body, cell, content control...)."""
    nxt = p.getnext()
    while nxt is not None and nxt.tag not in _BLOCKS:
        nxt = nxt.getnext()
    return nxt is None or nxt.tag != W_P


def _mark_anchor_as_inserted(anchor: etree._Element, revisions: Revisions) -> etree._Element | None:
    """Track a new paragraph after ``anchor`` the way Word does when Enter is pressed at its end.

    The anchor's own paragraph mark becomes the tracked insertion and the new paragraph
    gets the anchor's original mark (its properties, section break and earlier revisions).
    Rejecting then joins the anchor's text with that original mark: exactly the draft. The
    other way round (the new paragraph's own mark tracked) only works when a paragraph
    follows to absorb it: at the end of the body or of a table cell, or before a table,
    rejecting it leaves an empty paragraph behind. Returns the new paragraph's properties,
    or None (with the anchor untouched) if the anchor's mark is already a tracked change.
    """
    ppr = anchor.find(W_PPR)
    mark = ppr.find(W_RPR) if ppr is not None else None
    if mark is not None and any(c.tag in _MARK_REVISIONS for c in mark):
        return None
    if ppr is None:
        ppr = etree.Element(W_PPR)
        anchor.insert(0, ppr)
    original = copy.deepcopy(ppr)
    for tag in ("sectPr", "pPrChange"):  # they belong to the original mark, which moves on
        for el in ppr.findall(w(tag)):
            ppr.remove(el)
    if mark is None:
        mark = etree.SubElement(ppr, W_RPR)  # last child now that sectPr and pPrChange are gone
    for el in mark.findall(w("rPrChange")):
        mark.remove(el)
    mark.insert(0, revisions.element("ins"))
    return original


def insert_paragraph(
    body: etree._Element,
    paragraphs: list[etree._Element],
    ins: ParagraphInsertion,
    revisions: Revisions | None,
) -> etree._Element:
    anchor = paragraphs[ins.after] if ins.after is not None and 0 <= ins.after < len(paragraphs) else None
    new_p = etree.Element(W_P)
    moved_mark = None
    if revisions is not None and anchor is not None and _ends_its_container(anchor):
        moved_mark = _mark_anchor_as_inserted(anchor, revisions)
    ppr = moved_mark if moved_mark is not None else _paragraph_properties_for_insert(anchor)
    if ppr is None:
        ppr = etree.Element(W_PPR)
    new_p.append(ppr)
    template_run = anchor.find(f".//{W_R}") if anchor is not None else None
    run = new_run(template_run, ins.text)
    if revisions is not None:
        if moved_mark is None:
            mark = etree.SubElement(ppr, W_RPR)
            mark.append(revisions.element("ins"))
        wrapper = revisions.element("ins")
        wrapper.append(run)
        new_p.append(wrapper)
    else:
        new_p.append(run)
    if anchor is not None:
        anchor.addnext(new_p)
    else:
        sect = body.find(w("sectPr"))
        if sect is not None:
            sect.addprevious(new_p)
        else:
            body.append(new_p)
    if len(ppr) == 0:
        new_p.remove(ppr)
    return new_p


def insertion_points(
    insertions: list[ParagraphInsertion], paragraphs: list[etree._Element]
) -> list[ParagraphInsertion]:
    """``insertions`` moved, where needed, to a place where a new paragraph stays one.

    - Not inside a field whose result runs over several paragraphs (a table of contents, an
      index): a paragraph inserted among its entries would be part of the field's result,
      dropped by Word the next time the field is updated (and LibreOffice, which shows the
      field as a protected index, cannot reject it). It goes after the paragraph where the
      field ends.
    - Not after a paragraph whose mark is a tracked deletion: accepting that deletion joins
      the paragraph with the next one, which would then be the new paragraph. It goes after
      the paragraph the joined text ends in.
    """
    if not insertions:
        return insertions
    open_after: list[int] = []  # per paragraph, the fields still open at its end
    depth = 0
    for p in paragraphs:
        for fc in p.iter(_W_FLD_CHAR):
            if _owner(fc) is not p or _is_deleted(fc, p):
                continue
            kind = fc.get(_W_FLD_CHAR_TYPE)
            if kind == "begin":
                depth += 1
            elif kind == "end":
                depth = max(depth - 1, 0)
        open_after.append(depth)
    out = []
    for ins in insertions:
        after = ins.after
        if after is not None and 0 <= after < len(paragraphs):
            if open_after[after] > 0:
                after = next((j for j in range(after + 1, len(paragraphs)) if open_after[j] == 0), after)
            while after + 1 < len(paragraphs) and _mark_deleted(paragraphs[after]):
                after += 1
        out.append(ins if after == ins.after else replace(ins, after=after))
    return out


def _mark_deleted(p: etree._Element) -> bool:
    mark = p.find(f"{W_PPR}/{W_RPR}")
    return mark is not None and any(c.tag in (W_DEL, W_MOVE_FROM) for c in mark)


def _owner(el: etree._Element) -> etree._Element | None:
    """The paragraph that holds ``el`` directly (not through a text box inside it)."""
    anc = el.getparent()
    while anc is not None and anc.tag != W_P:
        anc = anc.getparent()
    return anc


def _is_deleted(el: etree._Element, stop: etree._Element) -> bool:
    anc = el.getparent()
    while anc is not None and anc is not stop:
        if anc.tag in (W_DEL, W_MOVE_FROM):
            return True
        anc = anc.getparent()
    return False
