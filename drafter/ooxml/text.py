"""The text of a ``w:p`` as the reader sees it, and where each character lives.

Reader and writer both call ``text_nodes`` so that character offsets computed when a
draft is analysed address exactly the same characters when the draft is annotated.
"""

from __future__ import annotations

from lxml import etree
from msgspec import Struct

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P = w("p")
W_R = w("r")
W_T = w("t")
W_TAB = w("tab")
W_PTAB = w("ptab")
W_BR = w("br")
W_CR = w("cr")
W_NO_BREAK_HYPHEN = w("noBreakHyphen")
W_SOFT_HYPHEN = w("softHyphen")
W_SYM = w("sym")
W_DEL = w("del")
W_INS = w("ins")
W_MOVE_FROM = w("moveFrom")
W_MOVE_TO = w("moveTo")
W_PPR = w("pPr")
W_RPR = w("rPr")
W_TXBX_CONTENT = w("txbxContent")
MC_FALLBACK = f"{{{MC_NS}}}Fallback"

TEXT_TAGS = (W_T, W_TAB, W_PTAB, W_BR, W_CR, W_NO_BREAK_HYPHEN, W_SOFT_HYPHEN, W_SYM)
# Content under these, between a text node and its paragraph, is not what the reader sees
# (deleted or moved-away text, tab stops in paragraph properties) or belongs to a nested
# paragraph (text boxes) that is a paragraph of its own.
_HIDDEN_ANCESTORS = frozenset({W_DEL, W_MOVE_FROM, W_PPR, W_RPR, W_P, MC_FALLBACK, W_TXBX_CONTENT})


class TextNode(Struct, frozen=True):
    """One text-bearing element of a paragraph and the characters it contributes."""

    element: etree._Element
    text: str
    start: int
    inserted: bool  # inside a tracked insertion

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def run(self) -> etree._Element:
        """The w:r holding this node (text nodes are always children of a run)."""
        return parent(self.element)


def parent(el: etree._Element) -> etree._Element:
    """``el.getparent()`` for an element known to have one."""
    up = el.getparent()
    if up is None:
        raise ValueError(f"{el.tag} has no parent")
    return up


def node_text(node: etree._Element) -> str:
    tag = node.tag
    if tag == W_T:
        return node.text or ""
    if tag in (W_TAB, W_PTAB):
        return "\t"
    if tag in (W_BR, W_CR):
        return "\n"
    if tag == W_NO_BREAK_HYPHEN:
        return "\u2011"
    if tag == W_SYM:
        code = node.get(w("char")) or ""
        try:
            return chr(int(code[:8], 16))
        except (ValueError, OverflowError):
            return ""
    return ""  # soft hyphen: invisible unless the line breaks there


def _visibility(node: etree._Element, p: etree._Element) -> tuple[bool, bool]:
    """(visible, inside a tracked insertion) for a text node of paragraph ``p``."""
    run = node.getparent()
    if run is not None and run.getparent() is p:
        # The usual case: a run directly in the paragraph.
        return run.tag not in _HIDDEN_ANCESTORS, run.tag in (W_INS, W_MOVE_TO)
    anc = run
    inserted = False
    while anc is not None and anc is not p:
        tag = anc.tag
        if tag in _HIDDEN_ANCESTORS:
            return False, False
        if tag in (W_INS, W_MOVE_TO):
            inserted = True
        anc = anc.getparent()
    return True, inserted


def text_nodes(p: etree._Element) -> list[TextNode]:
    """The visible text nodes of paragraph ``p`` in order, with their offsets."""
    out: list[TextNode] = []
    pos = 0
    for node in p.iter(*TEXT_TAGS):
        visible, inserted = _visibility(node, p)
        if not visible:
            continue
        text = node_text(node)
        out.append(TextNode(node, text, pos, inserted))
        pos += len(text)
    return out


_TEXT_TAG_SET = frozenset(TEXT_TAGS)
_INSERTING = frozenset({W_INS, W_MOVE_TO})


def _collect(el: etree._Element, inserted: bool, parts: list[str], flags: list[bool]) -> None:
    for child in el:
        tag = child.tag
        if tag in _TEXT_TAG_SET:
            parts.append(child.text or "" if tag == W_T else node_text(child))
            flags.append(inserted)
        elif tag not in _HIDDEN_ANCESTORS and len(child):
            _collect(child, inserted or tag in _INSERTING, parts, flags)


def paragraph_text_and_revision(p: etree._Element) -> tuple[str, bool]:
    """The text of ``p`` (as ``text_nodes`` gives it) and whether all of it is a tracked
    insertion; for reading whole drafts quickly: one walk down the paragraph that skips
    what is hidden, instead of looking up from every text node (half the cost)."""
    parts: list[str] = []
    flags: list[bool] = []
    _collect(p, False, parts, flags)
    return "".join(parts), bool(flags) and all(flags)


def paragraph_text(p: etree._Element) -> str:
    return "".join(n.text for n in text_nodes(p))
