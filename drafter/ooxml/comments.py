"""The comments part: Word comments anchored on a stretch of a paragraph, with the comment
styles Word expects (defined if the draft lacks them), in python-docx's comments part."""

from __future__ import annotations

import copy
import re

import docx
from docx.oxml.parser import parse_xml as docx_parse_xml
from lxml import etree

from drafter.ooxml.runs import W_ID, new_run
from drafter.ooxml.text import W_NS, W_P, W_PPR, W_R, W_RPR, w

_W_STYLE = w("style")
_NUMBER_ID = re.compile(r"[0-9]{1,9}", re.ASCII)
_W_STYLE_ID = w("styleId")
_RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

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


class CommentPart:
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
            comment = self._first_comment()
            first: etree._Element = comment._comment_elm
            comment_id = max(comment.comment_id, self._first_id, self._next_id)
            first.set(W_ID, str(comment_id))
            self._template = copy.deepcopy(first)
            self._next_id = comment_id + 1
            return first, comment_id
        element = copy.deepcopy(self._template)
        comment_id = self._next_id
        self._next_id += 1
        element.set(W_ID, str(comment_id))
        comments = self.document.comments._comments_elm  # the w:comments of the part just used
        comments.append(element)
        return element, comment_id

    def _first_comment(self) -> docx.comments.Comment:
        """python-docx's new comment. It reads every comment id of the part as a number: ids
        that are not (a damaged or odd draft) are hidden from it while it counts."""
        comments = self.document.comments
        element = comments._comments_elm
        odd = [
            (c, c.get(W_ID))
            for c in element.iterchildren(w("comment"))
            if not _NUMBER_ID.fullmatch(c.get(W_ID) or "0")
        ]
        for c, _ in odd:
            c.set(W_ID, "0")
        try:
            return comments.add_comment(author=self.author, initials=self.initials)
        finally:
            for c, value in odd:
                c.set(W_ID, value or "0")

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
                paragraph.append(new_run(None, line))
        ids = self._styled(element)
        cid = str(comment_id)
        start = etree.Element(w("commentRangeStart"))
        start.set(W_ID, cid)
        end = etree.Element(w("commentRangeEnd"))
        end.set(W_ID, cid)
        first.addprevious(start)
        last.addnext(end)
        ref_run = etree.Element(W_R)
        rpr = etree.SubElement(ref_run, W_RPR)
        style = etree.SubElement(rpr, w("rStyle"))
        style.set(w("val"), ids["CommentReference"])
        ref = etree.SubElement(ref_run, w("commentReference"))
        ref.set(W_ID, cid)
        # The reference run goes at paragraph level, after the container holding the range end.
        container = end
        up = container.getparent()
        while up is not None and up is not p:
            container, up = up, up.getparent()
        if up is p and container is not end:
            container.addnext(ref_run)
        else:
            end.addnext(ref_run)
