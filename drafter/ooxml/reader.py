"""Reading a draft: every paragraph of the main document part (and footnotes) as plain objects."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, cast

from lxml import etree

from drafter.errors import NotADocxError
from drafter.i18n import _
from drafter.model import Draft, Paragraph, Part, TableCell, TextStyle
from drafter.ooxml.numbering import Numbering, Styles, to_int
from drafter.ooxml.numbering import list_level as level_value
from drafter.ooxml.package import (
    PARSER_OPTIONS,
    STRICT_W_NS,
    file_digest,
    fresh_copy,
    guarded,
    inspect_package,
    parse_xml,
    strict_advice,
)
from drafter.ooxml.text import (
    MC_FALLBACK,
    W_DEL,
    W_INS,
    W_MOVE_FROM,
    W_MOVE_TO,
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    paragraph_text_and_revision,
    text_nodes,
    w,
)

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_TYPES = {
    "styles": "/styles",
    "numbering": "/numbering",
    "footnotes": "/footnotes",
    "comments": "/comments",
}
W_VAL = w("val")
W_BODY = w("body")
W_TBL = w("tbl")
W_TR = w("tr")
W_TC = w("tc")
_W_PSTYLE = w("pStyle")
_W_NUMPR = w("numPr")
_W_NUMID = w("numId")
_W_ILVL = w("ilvl")
_W_OUTLINE = w("outlineLvl")


def _rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _related_parts(zf: zipfile.ZipFile, main: str, names: frozenset[str]) -> dict[str, str]:
    """Map 'styles', 'numbering', ... to part names, following the main part's relationships."""
    out: dict[str, str] = {}
    rels = _rels_path(main)
    if rels not in names:
        return out
    root = parse_xml(zf.read(rels))
    folder = posixpath.dirname(main)
    for rel in root:
        rtype = rel.get("Type") or ""
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        path = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        for key, suffix in _REL_TYPES.items():
            if rtype.endswith(suffix) and path in names:
                out[key] = path
    return out


def _parse_part(zf: zipfile.ZipFile, name: str | None) -> etree._Element | None:
    if name is None:
        return None
    return parse_xml(zf.read(name))


def _on(el: etree._Element | None) -> bool:
    if el is None:
        return False
    val = el.get(W_VAL)
    return val is None or val not in ("0", "false", "off", "none")


def _formatting(nodes: list, p: etree._Element) -> tuple[TextStyle, ...]:
    spans: list[TextStyle] = []
    for node in nodes:
        if not node.text:
            continue
        run = node.element.getparent()
        rpr = run.find(W_RPR) if run is not None and run.tag == W_R else None
        bold = italic = underline = False
        if rpr is not None:
            bold = _on(rpr.find(w("b")))
            italic = _on(rpr.find(w("i")))
            underline = _on(rpr.find(w("u")))
        if not (bold or italic or underline):
            continue
        if (
            spans
            and spans[-1].end == node.start
            and (spans[-1].bold, spans[-1].italic, spans[-1].underline)
            == (
                bold,
                italic,
                underline,
            )
        ):
            spans[-1] = TextStyle(spans[-1].start, node.end, bold, italic, underline)
        else:
            spans.append(TextStyle(node.start, node.end, bold, italic, underline))
    return tuple(spans)


def _paragraph_facts(
    p: etree._Element, styles: Styles, numbering: Numbering
) -> tuple[str, str, int | None, int | None, bool]:
    """Style name, list number, heading level, list level and 'paragraph mark is a revision'."""
    ppr = next(p.iterchildren(W_PPR), None)
    style_id = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    mark_revised = False
    if ppr is not None:
        seen: set[str] = set()  # the first of each, as find() would give
        for child in ppr.iterchildren(_W_PSTYLE, _W_NUMPR, _W_OUTLINE, W_RPR):
            tag = child.tag
            if tag in seen:
                continue
            seen.add(tag)
            if tag == _W_PSTYLE:
                style_id = child.get(W_VAL)
            elif tag == _W_NUMPR:
                nid = child.find(_W_NUMID)
                lvl = child.find(_W_ILVL)
                num_id = nid.get(W_VAL) if nid is not None else None
                ilvl = level_value(lvl.get(W_VAL)) if lvl is not None else None
            elif tag == _W_OUTLINE:
                if to_int(child.get(W_VAL), -1, -1, 9) >= 0:
                    outline = to_int(child.get(W_VAL), 9, 0, 9)
            elif child.find(W_INS) is not None or child.find(W_DEL) is not None:
                mark_revised = True
    name, heading, style_num_id, style_lvl = styles.facts(style_id)
    if num_id is None:
        num_id = style_num_id
        if ilvl is None:
            ilvl = style_lvl
    number = numbering.next_number(num_id, ilvl) if num_id else ""
    if heading is None and outline is not None and outline < 9:
        heading = outline + 1
    list_level = ilvl if number else None
    return name, number, heading, list_level, mark_revised


# Labels a paragraph from (index, text, list number, heading level, list level, table cell),
# called in document order (``drafter.locations.Labeller.label``).
LabelFn = Callable[[int, str, str, int | None, int | None, TableCell | None], str]


class _PartReader:
    """Turns the paragraphs of one part into ``Paragraph`` objects, in document order.

    It is fed consecutive pieces of the part (the body arrives a batch of top-level elements
    at a time, so its tree never stands whole in memory); paragraph and table numbers run
    on from one piece to the next.
    """

    def __init__(
        self,
        part: Part,
        styles: Styles,
        numbering: Numbering,
        with_formatting: bool,
        label: LabelFn | None = None,
    ) -> None:
        self.part = part
        self.styles = styles
        self.numbering = numbering
        self.with_formatting = with_formatting
        self.label = label
        self.paragraphs: list[Paragraph] = []
        self.has_changes = False
        self._tables = 0

    def read(self, piece: etree._Element) -> None:
        cell_of = self._cells(piece)
        shadows = _shadow_paragraphs(piece)
        styles, numbering, part, label = self.styles, self.numbering, self.part, self.label
        out = self.paragraphs
        index = len(out)
        for p in piece.iter(W_P):
            style, number, heading, list_level, mark_revised = _paragraph_facts(p, styles, numbering)
            if self.with_formatting:
                nodes = text_nodes(p)
                text = "".join(n.text for n in nodes)
                all_inserted = bool(nodes) and all(n.inserted for n in nodes)
                formatting = _formatting(nodes, p)
            else:
                text, all_inserted = paragraph_text_and_revision(p)
                formatting = ()
            cell = cell_of.get(p) if cell_of else None
            out.append(
                Paragraph(  # positional: built once per paragraph of a 1,000-page draft
                    index,
                    part,
                    text,
                    style,
                    number,
                    heading,
                    list_level,
                    label(index, text, number, heading, list_level, cell) if label is not None else "",
                    cell,
                    formatting,
                    (p in shadows if shadows else False) or _is_separator_footnote(p, part),
                    mark_revised or all_inserted,
                )
            )
            index += 1
        if not self.has_changes:
            self.has_changes = next(piece.iter(W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO), None) is not None

    def _cells(self, piece: etree._Element) -> dict[etree._Element, TableCell]:
        """Where each paragraph inside a table sits (table number, row, column)."""
        cell_of: dict[etree._Element, TableCell] = {}
        for tbl in piece.iter(W_TBL):
            t_no = self._tables
            self._tables += 1
            for r_no, tr in enumerate(tbl.iterchildren(W_TR)):
                for c_no, tc in enumerate(tr.iterchildren(W_TC)):
                    cell = TableCell(t_no, r_no, c_no)
                    for p in tc.iter(W_P):
                        cell_of[p] = cell  # nested tables are visited later and win
        return cell_of


# The body is fed to the parser in pieces of about this many bytes, each cut just after a
# paragraph's end tag, so that a piece usually ends with the body's last child complete.
_FEED_BYTES = 1 << 16
_PARAGRAPH_END = b"</w:p>"  # Word always writes the prefix w:; with another, pieces just wait


def _stream_body(source: IO[bytes], reader: _PartReader) -> int:
    """Read the body of document.xml from ``source`` a piece at a time, dropping what was
    read, so the whole tree never stands in memory. Returns the number of bodies (0: none;
    more than one, which Word never writes, is refused by the caller).

    After each piece the body's children are read and dropped if they are all complete
    (the last thing parsed is a paragraph directly in the body); otherwise they wait for a
    later piece. Reading them a batch at a time keeps to a few tree walks per batch.
    """
    parser = etree.XMLPullParser(events=("end",), tag=W_P, **PARSER_OPTIONS)
    body: etree._Element | None = None
    pending = b""
    while True:
        data = source.read(_FEED_BYTES)
        if not data:
            break
        data = pending + data
        cut = data.rfind(_PARAGRAPH_END)
        if cut < 0:
            pending = b""
        else:
            cut += len(_PARAGRAPH_END)
            data, pending = data[:cut], data[cut:]
        parser.feed(data)
        last: etree._Element | None = None
        # Only "end" events are asked for: each carries an element.
        for _event, element in cast("Iterator[tuple[str, etree._Element]]", parser.read_events()):
            last = element
        if last is None:
            continue
        parent = last.getparent()
        if body is None and _is_body(parent):
            body = parent
        if body is not None and parent is body and body[-1] is last:
            reader.read(body)
            del body[:]
    if pending:
        parser.feed(pending)
    root = parser.close()
    bodies = root.findall(W_BODY)
    if len(bodies) != 1:
        return len(bodies)
    reader.read(bodies[0])
    return 1


def _root_namespace(zf: zipfile.ZipFile, part: str) -> str:
    with zf.open(part) as fh:
        for _, el in etree.iterparse(fh, events=("start",), **PARSER_OPTIONS):
            return etree.QName(el).namespace or ""
    return ""


def _is_body(el: etree._Element | None) -> bool:
    if el is None or el.tag != W_BODY:
        return False
    document = el.getparent()
    return document is not None and document.getparent() is None


def _shadow_paragraphs(root: etree._Element) -> set[etree._Element]:
    """Paragraphs inside mc:Fallback: duplicates of content shown elsewhere (text boxes)."""
    return {p for fallback in root.iter(MC_FALLBACK) for p in fallback.iter(W_P)}


def _is_separator_footnote(p: etree._Element, part: Part) -> bool:
    if part is not Part.FOOTNOTES:
        return False
    anc = p.getparent()
    while anc is not None and anc.tag != w("footnote"):
        anc = anc.getparent()
    return anc is not None and anc.get(w("type")) in (
        "separator",
        "continuationSeparator",
        "continuationNotice",
    )


def footnote_ids(root: etree._Element) -> list[str | None]:
    """For each w:p of footnotes.xml, the id of the footnote it belongs to."""
    out: list[str | None] = []
    for p in root.iter(W_P):
        anc = p.getparent()
        while anc is not None and anc.tag != w("footnote"):
            anc = anc.getparent()
        out.append(anc.get(w("id")) if anc is not None else None)
    return out


def read_draft(
    path: str | Path, *, with_formatting: bool = False, label: LabelFn | None = None, structure: bool = True
) -> Draft:
    """Load ``path`` safely. Raises a ``DrafterError`` subclass with a user message.

    Body paragraphs are labelled by ``label`` as they are read (``drafter.document.load_draft``
    passes the location labeller); without it their labels are empty. ``structure=False``: the
    package's structure is checked elsewhere meanwhile (``inspect_package``).
    """
    p = Path(path)
    info = inspect_package(p, structure=structure)
    with guarded(p):
        digest = file_digest(p)
        with zipfile.ZipFile(p) as zf:
            related = _related_parts(zf, info.main, info.parts)
            styles = Styles.parse(_parse_part(zf, related.get("styles")))
            numbering = Numbering(_parse_part(zf, related.get("numbering")))
            body = _PartReader(Part.BODY, styles, numbering, with_formatting, label)
            with zf.open(info.main) as source:
                has_body = _stream_body(source, body)
            if not has_body and _root_namespace(zf, info.main) == STRICT_W_NS:
                raise NotADocxError(*strict_advice(f"'{p.name}'"))
            foot_root = _parse_part(zf, related.get("footnotes"))
        if not has_body:
            raise NotADocxError(_("'{name}' has no document body.").format(name=p.name), fresh_copy())
        if has_body > 1:
            problem = (
                _(
                    "'{name}' has two document bodies, which Word never writes; Drafter cannot tell "
                    "which one is the draft."
                )
                if has_body == 2
                else _(
                    "'{name}' has {count} document bodies, which Word never writes; Drafter cannot tell "
                    "which one is the draft."
                )
            )
            raise NotADocxError(
                problem.format(name=p.name, count=has_body),
                _("Open it in Word and save it again, then try again."),
            )
        footnotes: list[Paragraph] = []
        if foot_root is not None:
            notes = _PartReader(Part.FOOTNOTES, styles, numbering, with_formatting)
            notes.read(foot_root)
            ids = footnote_ids(foot_root)
            footnotes = [
                fp.with_label(f"Footnote {ids[i]}" if ids[i] is not None else "Footnote")
                for i, fp in enumerate(notes.paragraphs)
            ]
    return Draft(
        path=str(p),
        paragraphs=body.paragraphs,
        footnotes=footnotes,
        has_tracked_changes=body.has_changes,
        has_comments="comments" in related,
        digest=digest,
    )
