"""Writing an annotated copy of a draft: highlights, comments and tracked changes.

The caller describes what to do with plain objects (``ExportPlan``): spans to
highlight and comment on, spans to replace (as tracked changes), paragraphs to insert.
This module does the run surgery: it splits runs exactly at span boundaries so that
the text is untouched, wraps replaced words in ``w:del`` and new words in ``w:ins``,
and writes the result atomically next to the destination. The source is never
modified.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import re
import secrets
import stat
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.oxml.parser import parse_xml as docx_parse_xml
from docx.parts.document import DocumentPart
from lxml import etree
from msgspec import Struct, field
from msgspec.structs import replace

from drafter.errors import Cancelled, NotADocxError, OutputError
from drafter.model import DiffOp, Part
from drafter.ooxml.package import inspect_package
from drafter.ooxml.text import (
    W_DEL,
    W_INS,
    W_MOVE_FROM,
    W_MOVE_TO,
    W_NS,
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    W_T,
    XML_NS,
    parent,
    text_nodes,
    w,
)

HIGHLIGHTS = {"conforms": "cyan", "weak": "yellow", "contrary": "magenta"}
_W_DEL_TEXT = w("delText")
_W_INSTR_TEXT = w("instrText")
_W_DEL_INSTR_TEXT = w("delInstrText")
_W_ID = w("id")
_W_AUTHOR = w("author")
_W_DATE = w("date")
_XML_SPACE = f"{{{XML_NS}}}space"
_W_STYLE = w("style")
_W_FLD_CHAR = w("fldChar")
_W_FLD_CHAR_TYPE = w("fldCharType")
_W_STYLE_ID = w("styleId")
_RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


class SpanMark(Struct, frozen=True):
    """Highlight ``[start, end)`` of a paragraph and/or anchor a comment on it."""

    part: Part
    paragraph: int
    start: int
    end: int
    highlight: str | None  # a w:highlight colour name, or None
    comment: str | None  # paragraphs separated by "\n"


class Replacement(Struct, frozen=True):
    """Replace ``[start, end)`` as tracked changes; ``ops`` is a word diff of that span."""

    part: Part
    paragraph: int
    start: int
    end: int
    ops: tuple[DiffOp, ...]
    comment: str | None


class ParagraphInsertion(Struct, frozen=True):
    """A new paragraph after body paragraph ``after`` (None: at the end), tracked or not."""

    after: int | None
    text: str
    comment: str | None
    tracked: bool = True


class ExportPlan(Struct):
    marks: list[SpanMark] = field(default_factory=list)
    replacements: list[Replacement] = field(default_factory=list)
    insertions: list[ParagraphInsertion] = field(default_factory=list)
    author: str = "Drafter"
    initials: str = "DR"
    # What opens a comment on a footnote's text, anchored on the footnote's reference mark.
    footnote_note: str = "On footnote {number}: "
    date: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))


# ---------------------------------------------------------------- run surgery


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip() or "  " in text:
        t.set(_XML_SPACE, "preserve")


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


def _boundary(p: etree._Element, offset: int) -> None:
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
    _boundary(p, start)
    _boundary(p, end)
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


def _apply_highlight(run: etree._Element, colour: str) -> None:
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


class _Revisions:
    """Revision marks with unique ids that never collide with the draft's own.

    Word keeps one id space per annotation type, but some readers do not: ids start
    above every w:id already in the package and above the comment ids this export adds.
    """

    def __init__(self, roots: Sequence[etree._Element], author: str, date: dt.datetime, reserve: int) -> None:
        used = 0
        for root in roots:
            for val in cast(list[str], _ALL_IDS(root)):  # found by libxml2, not element by element here
                if val.lstrip("-").isdigit():
                    used = max(used, int(val))
        self.first_free = used + 1  # comment ids go here, revision ids after them
        self.next_id = used + 1 + reserve
        self.author = author
        self.date = date.strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(self, tag: str) -> etree._Element:
        el = etree.Element(w(tag))
        el.set(_W_ID, str(self.next_id))
        el.set(_W_AUTHOR, self.author)
        el.set(_W_DATE, self.date)
        self.next_id += 1
        return el


def _to_deleted(run: etree._Element) -> None:
    for t in run.iter(W_T, _W_INSTR_TEXT):
        t.tag = _W_DEL_TEXT if t.tag == W_T else _W_DEL_INSTR_TEXT
        if t.text and (t.text != t.text.strip()):
            t.set(_XML_SPACE, "preserve")


def _wrap(runs: list[etree._Element], wrapper: etree._Element) -> etree._Element:
    """Wrap consecutive sibling ``runs`` in ``wrapper`` (a w:del or w:ins)."""
    first = runs[0]
    first.addprevious(wrapper)
    for r in runs:
        wrapper.append(r)
    return wrapper


def _new_run(template: etree._Element | None, text: str) -> etree._Element:
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
    p: etree._Element, start: int, end: int, ops: Sequence[DiffOp], revisions: _Revisions
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
            _boundary(p, at)
            nodes = text_nodes(p)
            following = next((n for n in nodes if n.start >= at and n.end > n.start), None)
            preceding = next((n for n in reversed(nodes) if n.end <= at and n.end > n.start), None)
            near = preceding or following
            template = near.run if near is not None else None
            ins = revisions.element("ins")
            ins.append(_new_run(template, text))
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


# ---------------------------------------------------------------- comments


# Word's built-in styles for comments: (python-docx's id for it, type, built-in name, base style,
# definition). python-docx writes comment paragraphs with these ids but does not define the
# styles; Word adds them to styles.xml with the first comment, and so do we (a reference to an
# undefined style is reported by validators as content Word repairs).
_COMMENT_STYLES = (
    (
        "CommentReference",
        "character",
        "annotation reference",
        "DefaultParagraphFont",
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
    ),
    (
        "CommentText",
        "paragraph",
        "annotation text",
        "Normal",
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
    ),
)


def _comment_style_ids(document: docx.document.Document) -> dict[str, str]:
    """The style ids to use for comment marks and text, defining the styles if the draft lacks them.

    A draft saved by a localised Word has them under other ids ("Marquedecommentaire"); the
    built-in name identifies them whatever the id.
    """
    styles = document.styles.element
    by_id = {el.get(_W_STYLE_ID): el for el in styles.iterchildren(_W_STYLE)}
    # Word 2010 keeps a copy of styles.xml in stylesWithEffects.xml and treats the two
    # drifting apart as damage: a style added to one is added to the other.
    effects_part = next(
        (
            rel.target_part
            for rel in document.part.rels.values()
            if rel.reltype == _RT_STYLES_WITH_EFFECTS and not rel.is_external
        ),
        None,
    )
    effects: etree._Element | None = None  # parsed only if a style is to be added (it is large)
    mirrored = False
    ids: dict[str, str] = {}
    for default_id, kind, name, based_on, body in _COMMENT_STYLES:
        found = next(
            (
                sid
                for sid, el in by_id.items()
                if sid and el.get(w("type")) == kind and _style_name(el) == name
            ),
            None,
        )
        if found is None and default_id not in by_id:
            base = f'<w:basedOn w:val="{based_on}"/>' if based_on in by_id else ""
            style = docx_parse_xml(
                f'<w:style xmlns:w="{W_NS}" w:type="{kind}" w:styleId="{default_id}">'
                f'<w:name w:val="{name}"/>{base}{body}</w:style>'
            )
            if effects is None and effects_part is not None:
                effects = docx_parse_xml(effects_part.blob)
            if effects is not None and effects.find(f"{_W_STYLE}[@{_W_STYLE_ID}='{default_id}']") is None:
                effects.append(copy.deepcopy(style))
                mirrored = True
            styles.append(style)
        ids[default_id] = found or default_id
    if mirrored and effects_part is not None and effects is not None:
        effects_part._blob = etree.tostring(effects, xml_declaration=True, encoding="UTF-8", standalone=True)
    return ids


def _style_name(style: etree._Element) -> str:
    name = style.find(w("name"))
    return (name.get(w("val")) or "").lower() if name is not None else ""


class _Comments:
    def __init__(self, document: docx.document.Document, author: str, initials: str, first_id: int) -> None:
        """``first_id``: above every w:id of the package. LibreOffice mixes up a comment and a
        footnote that share an id: the footnote's text went missing or under another number."""
        self.document = document
        self._first_id = first_id
        self.author = author
        self.initials = initials
        self._style_ids: dict[str, str] | None = None
        # python-docx's first new comment, kept empty as a template for the others: its
        # add_comment parses a template and scans every comment id each time (quadratic).
        self._template: etree._Element | None = None
        self._next_id = 0

    def _new_comment(self) -> tuple[etree._Element, int]:
        if self._template is None or self._next_id > 2**31 - 1:
            comment = self.document.comments.add_comment(author=self.author, initials=self.initials)
            first: etree._Element = comment._comment_elm
            comment_id = max(comment.comment_id, self._first_id, self._next_id)
            first.set(_W_ID, str(comment_id))
            self._template = copy.deepcopy(first)
            self._next_id = comment_id + 1
            return first, comment_id
        element = copy.deepcopy(self._template)
        comment_id = self._next_id
        self._next_id += 1
        element.set(_W_ID, str(comment_id))
        comments = self.document.comments._comments_elm  # the w:comments of the part just used
        comments.append(element)
        return element, comment_id

    def _styled(self, comment: etree._Element) -> dict[str, str]:
        """Comment style ids, set on python-docx's new ``comment`` (which names the usual ids)."""
        if self._style_ids is None:
            self._style_ids = _comment_style_ids(self.document)
        ids = self._style_ids
        for el in comment.iter(w("pStyle"), w("rStyle")):
            val = el.get(w("val"))
            if val in ids:
                el.set(w("val"), ids[val])
        return ids

    def add(self, text: str, first: etree._Element, last: etree._Element, p: etree._Element) -> None:
        element, comment_id = self._new_comment()
        # The text goes in as python-docx would put it (a paragraph per line, in the comment
        # text style), built directly: its run-text setter works character by character.
        lines = text.split("\n")
        paragraph = element.find(W_P)
        assert paragraph is not None  # python-docx starts every comment with one
        for n, line in enumerate(lines):
            if n:
                paragraph = etree.SubElement(element, W_P)
                ppr = etree.SubElement(paragraph, W_PPR)
                etree.SubElement(ppr, w("pStyle")).set(w("val"), "CommentText")
            if line:
                paragraph.append(_new_run(None, line))
        ids = self._styled(element)
        cid = str(comment_id)
        start = etree.Element(w("commentRangeStart"))
        start.set(_W_ID, cid)
        end = etree.Element(w("commentRangeEnd"))
        end.set(_W_ID, cid)
        first.addprevious(start)
        last.addnext(end)
        ref_run = etree.Element(W_R)
        rpr = etree.SubElement(ref_run, W_RPR)
        style = etree.SubElement(rpr, w("rStyle"))
        style.set(w("val"), ids["CommentReference"])
        ref = etree.SubElement(ref_run, w("commentReference"))
        ref.set(_W_ID, cid)
        # The reference run goes at paragraph level, after the container holding the range end.
        container = end
        up = container.getparent()
        while up is not None and up is not p:
            container, up = up, up.getparent()
        if up is p and container is not end:
            container.addnext(ref_run)
        else:
            end.addnext(ref_run)


# ---------------------------------------------------------------- the document


def _footnotes(document: docx.document.Document) -> tuple[object | None, etree._Element | None]:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            root = docx_parse_xml(part.blob)
            return part, root
    return None, None


def _other_notes(document: docx.document.Document) -> list[etree._Element]:
    """The endnotes part, parsed only to keep its ids out of the ids this export adds."""
    return [
        docx_parse_xml(rel.target_part.blob)
        for rel in document.part.rels.values()
        if rel.reltype == RT.ENDNOTES and not rel.is_external
    ]


def _comment_parts(document: docx.document.Document) -> list:
    return [
        rel.target_part
        for rel in document.part.rels.values()
        if rel.reltype == RT.COMMENTS and not rel.is_external and hasattr(rel.target_part, "element")
    ]


def _footnote_id(p: etree._Element) -> str | None:
    anc = p.getparent()
    while anc is not None and anc.tag != w("footnote"):
        anc = anc.getparent()
    return anc.get(_W_ID) if anc is not None else None


def _footnote_reference_run(body: etree._Element, p: etree._Element) -> etree._Element | None:
    """The body run that carries the reference mark of the footnote holding ``p``."""
    note_id = _footnote_id(p)
    if note_id is None:
        return None
    for ref in body.iter(w("footnoteReference")):
        if ref.get(_W_ID) == note_id:
            run = ref.getparent()
            return run if run is not None and run.tag == W_R else None
    return None


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


def _mark_anchor_as_inserted(anchor: etree._Element, revisions: _Revisions) -> etree._Element | None:
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


def _insert_paragraph(
    body: etree._Element,
    paragraphs: list[etree._Element],
    ins: ParagraphInsertion,
    revisions: _Revisions | None,
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
    run = _new_run(template_run, ins.text)
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


def _insertion_points(
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


MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TEMPLATE_MAIN = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
# What each kind of main part becomes in the copy: a template gives a document (.dotx a .docx,
# .dotm a .docm); a macro-enabled document stays one, its macros kept byte for byte (python-docx
# carries parts it does not know as they are, and nothing here runs them).
_COPY_TYPE = {
    CT.WML_DOCUMENT_MAIN: CT.WML_DOCUMENT_MAIN,
    MACRO_MAIN: MACRO_MAIN,
    TEMPLATE_MAIN: CT.WML_DOCUMENT_MAIN,
    MACRO_TEMPLATE_MAIN: MACRO_MAIN,
}
for _type in _COPY_TYPE:  # python-docx reads each as its document part
    PartFactory.part_type_for.setdefault(_type, DocumentPart)
TEMP_PREFIX = ".~drafter-"
STALE_AFTER = 3600.0  # seconds: a temporary file this old was left by a run that died


def copy_suffix(src: Path) -> str:
    """The suffix the annotated copy of ``src`` takes: .docm for a macro-enabled draft, else .docx."""
    return ".docm" if _main_content_type(src) in (MACRO_MAIN, MACRO_TEMPLATE_MAIN) else ".docx"


def _main_content_type(src: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(src) as zf:
            main = inspect_package(src).main
            root = docx_parse_xml(zf.read("[Content_Types].xml"))
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return CT.WML_DOCUMENT_MAIN
    for el in root:
        if el.get("PartName", "").lstrip("/") == main:
            return el.get("ContentType") or CT.WML_DOCUMENT_MAIN
    return CT.WML_DOCUMENT_MAIN


def check_output(src: Path, dst: Path) -> None:
    """Refuse an output that is the draft itself or cannot be written, before any work.

    A symbolic link given as the output is written through: the file it points to is replaced
    and the link stays, as Word and LibreOffice save through a link (replacing the link itself
    would silently cut it from the file the user meant)."""
    if dst.is_symlink():
        dst = dst.resolve()
    try:
        same = dst.exists() and dst.samefile(src)
    except OSError:
        same = False
    if same or dst.resolve() == src.resolve():
        raise OutputError(
            f"'{dst.name}' is the draft itself; Drafter never overwrites the original.",
            "Choose another output file name.",
        )
    folder = dst.parent
    if not folder.is_dir():
        raise OutputError(
            f"The folder '{folder}' does not exist.", "Choose an existing folder for the output."
        )
    if not os.access(folder, os.W_OK):
        raise OutputError(f"The folder '{folder}' cannot be written to.", "Choose a folder you can write to.")
    if dst.is_dir():
        raise OutputError(f"'{dst}' is a folder.", "Give a file name ending in .docx.")
    if dst.exists() and not dst.stat().st_mode & 0o222:
        raise OutputError(
            f"'{dst.name}' is read-only; Drafter does not replace a read-only file.",
            "Choose another file name, or make the file writable first.",
        )
    suffix = copy_suffix(src) if src.suffix.lower() in (".docm", ".dotm", ".dotx", ".docx") else ""
    if suffix and dst.suffix.lower() in (".docx", ".docm") and dst.suffix.lower() != suffix:
        kind = (
            "a macro-enabled draft gives a .docm copy"
            if suffix == ".docm"
            else "this draft gives a .docx copy"
        )
        raise OutputError(
            f"'{dst.name}' does not fit: {kind} (Word refuses a file whose name does not match its kind).",
            f"Name the output ...{suffix}.",
        )


def write_docx(
    src: str | Path,
    dst: str | Path,
    plan: ExportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``src`` with ``plan`` applied to ``dst``, atomically. ``src`` is never modified."""
    src_path, dst_path = Path(src), Path(dst)
    inspect_package(src_path)
    check_output(src_path, dst_path)
    if dst_path.is_symlink():
        dst_path = dst_path.resolve()  # written through (check_output says why)
    document = _open_document(src_path)
    body = document.element.body
    body_ps = list(body.iter(W_P))
    foot_part, foot_root = _footnotes(document)
    foot_ps = list(foot_root.iter(W_P)) if foot_root is not None else []
    roots = [document.element] + ([foot_root] if foot_root is not None else [])
    roots += [part.element for part in _comment_parts(document)]
    roots += _other_notes(document)
    planned_comments = len(plan.marks) + len(plan.replacements) + len(plan.insertions)
    revisions = _Revisions(roots, plan.author, plan.date, reserve=planned_comments)
    comments = _Comments(document, plan.author, plan.initials, revisions.first_free)

    def paragraph(part: Part, index: int) -> etree._Element:
        seq = body_ps if part is Part.BODY else foot_ps
        if not 0 <= index < len(seq):
            raise ValueError(f"paragraph {index} of {part.value} does not exist")
        return seq[index]

    # Per paragraph, right to left, so that offsets of earlier spans stay valid.
    jobs: dict[tuple[Part, int], list[SpanMark | Replacement]] = defaultdict(list)
    for m in plan.marks:
        jobs[(m.part, m.paragraph)].append(m)
    for r in plan.replacements:
        jobs[(r.part, r.paragraph)].append(r)
    total = len(jobs) + len(plan.insertions)
    done = 0
    severity = {None: 0, "cyan": 1, "yellow": 2, "magenta": 3}
    for (part, index), items in jobs.items():
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        p = paragraph(part, index)
        items.sort(
            key=lambda j: (
                -j.start,
                isinstance(j, Replacement),
                severity.get(j.highlight, 0) if isinstance(j, SpanMark) else 9,
            )
        )
        for job in items:
            if isinstance(job, Replacement):
                first, last = replace_tracked(p, job.start, job.end, job.ops, revisions)
                anchor = (first, last, p)
            else:
                runs = isolate(p, job.start, job.end)
                if not runs:
                    continue
                if job.highlight:
                    for run in runs:
                        _apply_highlight(run, job.highlight)
                anchor = (runs[0], runs[-1], p)
            if not job.comment or anchor[0] is None or anchor[1] is None:
                continue
            if part is Part.FOOTNOTES:
                # LibreOffice cannot load comments inside footnotes: anchor on the note's reference mark.
                ref = _footnote_reference_run(body, p)
                if ref is not None:
                    comments.add(
                        plan.footnote_note.format(number=_footnote_id(p)) + job.comment, ref, ref, parent(ref)
                    )
                continue
            comments.add(job.comment, anchor[0], anchor[1], anchor[2])
        done += 1
        if progress is not None:
            progress(done, total)
    # Insertions from the end backwards keep the indices of earlier anchors valid; several after
    # the same paragraph go in last-first, so that they read in the plan's order.
    insertions = list(enumerate(_insertion_points(plan.insertions, body_ps)))
    insertions.sort(
        key=lambda item: (-(item[1].after if item[1].after is not None else len(body_ps)), -item[0])
    )
    for _, ins in insertions:
        new_p = _insert_paragraph(body, body_ps, ins, revisions if ins.tracked else None)
        if ins.comment:
            runs = [r for r in new_p.iter(W_R)]
            if runs:
                comments.add(ins.comment, runs[0], runs[-1], new_p)
        done += 1
        if progress is not None:
            progress(done, total)
    if foot_part is not None and foot_root is not None:
        foot_part._blob = etree.tostring(foot_root, xml_declaration=True, encoding="UTF-8", standalone=True)  # type: ignore[attr-defined]
    _save_atomically(document, dst_path)


def _open_document(src: Path) -> docx.document.Document:
    """The draft as python-docx's document, with its main part of a kind the copy can be."""
    from docx.package import Package

    try:
        part = Package.open(str(src)).main_document_part
    except Exception:  # python-docx raises many kinds on odd packages
        raise NotADocxError(
            f"'{src.name}' cannot be opened for writing: its package is not one Drafter can copy.",
            "Re-save the draft from Word as a .docx and try again.",
        ) from None
    copy_type = _COPY_TYPE.get(part.content_type)
    if copy_type is None or not isinstance(part, DocumentPart):
        raise NotADocxError(
            f"'{src.name}' is not a Word document that Drafter can annotate (its main part is "
            f"'{part.content_type}').",
            "Re-save the draft from Word as a .docx and try again.",
        )
    part._content_type = copy_type  # a template's copy is a document
    document = part.document
    if len(document.element.findall(w("body"))) > 1:
        raise NotADocxError(
            f"'{src.name}' has two document bodies, which Word never writes; Drafter cannot tell "
            "which one is the draft.",
            "Open it in Word and save it again, then try again.",
        )
    return document


def _save_atomically(document: docx.document.Document, dst: Path) -> None:
    """Write ``dst`` through a temporary file in its folder, then replace it in one step.

    A new file gets the permissions any saved file gets (what the umask leaves of rw-rw-rw-);
    a file replaced keeps its own. Temporary files left by a run that died are removed."""
    _remove_stale_temporaries(dst.parent)
    try:
        mode = stat.S_IMODE(dst.stat().st_mode) if dst.exists() else None
    except OSError:
        mode = None
    tmp = dst.parent / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{dst.suffix or '.docx'}"
    try:
        # os.open with 0o666 applies the umask as any program's new file does (mkstemp's 0600 did not).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(
            f"'{dst}' cannot be written ({exc.strerror}).", "Check the folder and free disk space."
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            document.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            tmp.chmod(mode)
        tmp.replace(dst)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(
            f"'{dst}' cannot be written ({exc.strerror}).", "Check the folder and free disk space."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files of earlier exports into ``folder`` whose process is gone or which are
    older than STALE_AFTER (a crash or a power cut between writing and renaming)."""
    import time

    now = time.time()
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*"))
    except OSError:
        return
    for path in candidates:
        if not path.is_file() or path.suffix.lower() not in (".docx", ".docm"):
            continue
        pid_text = path.name[len(TEMP_PREFIX) :].split("-", 1)[0]
        alive = False
        if pid_text.isdigit() and int(pid_text) != os.getpid():
            try:
                os.kill(int(pid_text), 0)
                alive = True
            except ProcessLookupError:
                alive = False
            except OSError:
                alive = True  # someone else's process: leave its file alone
        with contextlib.suppress(OSError):
            if not alive or now - path.stat().st_mtime > STALE_AFTER:
                path.unlink()
