"""Property-based tests (hypothesis): any generated document (paragraphs of formatted runs,
tables, an earlier reviewer's comments and revisions, footnotes) survives annotate and annotate
with tracked changes with its text preserved, every part well-formed and reject-all exact; and
the span mapping isolates exactly the characters asked for, at any offsets."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter.document import load_draft
from drafter.model import Part
from drafter.ooxml.runs import isolate
from drafter.ooxml.text import paragraph_text, text_nodes
from drafter.ooxml.writer import ExportPlan, Replacement, SpanMark, check_written, write_docx
from drafter.redline import phrase_diff
from tests import hostile
from tests.builders import escape
from tests.test_writer import _rejected_texts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

# Words of the three languages, punctuation and spaces (text a draft holds).
WORD = st.sampled_from(
    [
        "amnesty",
        "shall",
        "not",
        "be",
        "granted",
        "Estado",
        "amnistía",
        "crímenes",
        "l'État",
        "ne",
        "pas",
        "—",
        "pardon",
        "1.",
        "(a)",
        "«",
        "»",
        "Article",
        "6",
        "bis",
        ";",
        ",",
        "ó",
        "ñ",
        "中文",
    ]
)
TEXT = st.lists(WORD, min_size=1, max_size=8).map(" ".join)


@st.composite
def runs(draw: st.DrawFn) -> str:
    """The inside of a paragraph: runs with formatting, tabs and breaks, an earlier reviewer's
    insertions and deletions, hyperlinks."""
    out = []
    for n in range(draw(st.integers(1, 6))):
        text = escape(draw(TEXT)) + draw(st.sampled_from(["", " "]))
        props = "".join(
            draw(st.lists(st.sampled_from(["<w:b/>", "<w:i/>", '<w:u w:val="single"/>']), unique=True))
        )
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        extra = draw(st.sampled_from(["", "<w:tab/>", "<w:br/>"]))
        run = f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t>{extra}</w:r>'
        kind = draw(st.sampled_from(["plain", "plain", "ins", "del", "link"]))
        if kind == "ins":
            run = f'<w:ins w:id="{9000 + n}" w:author="Other" w:date="2024-01-01T00:00:00Z">{run}</w:ins>'
        elif kind == "del":
            run = run.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
            run = f'<w:del w:id="{9100 + n}" w:author="Other" w:date="2024-01-01T00:00:00Z">{run}</w:del>'
        elif kind == "link":
            run = f"<w:hyperlink>{run}</w:hyperlink>"
        out.append(run)
    return "".join(out)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(the children of w:body, footnote paragraphs): paragraphs, tables, one earlier comment,
    footnote references."""
    body = []
    notes: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["p", "p", "p", "table", "comment", "footnote"]))
        if kind == "table":
            cells = "".join(f"<w:tc><w:p>{draw(runs())}</w:p></w:tc>" for _ in range(draw(st.integers(1, 3))))
            body.append(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")
        elif kind == "comment":
            body.append(
                f'<w:p><w:commentRangeStart w:id="1"/>{draw(runs())}<w:commentRangeEnd w:id="1"/>'
                '<w:r><w:commentReference w:id="1"/></w:r></w:p>'
            )
        elif kind == "footnote":
            note_id = len(notes) + 1
            notes.append(draw(runs()))
            body.append(
                f'<w:p>{draw(runs())}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r></w:p>'
            )
        else:
            body.append(f"<w:p>{draw(runs())}</w:p>")
    return "".join(body), notes


def _docx(folder: Path, body: str, notes: list[str]) -> Path:
    """The sample draft (styles, numbering, a footnotes part) with this body and these notes."""
    items = hostile.entries(hostile.SAMPLE.read_bytes())
    doc = items["word/document.xml"].decode()
    doc = re.sub(r"<w:body>.*(<w:sectPr)", lambda m: "<w:body>" + body + m.group(1), doc, count=1, flags=re.S)
    items["word/document.xml"] = doc.encode()
    foot = items["word/footnotes.xml"].decode()
    head = foot[: foot.index('<w:footnote w:id="1">')]
    footnotes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>{inner}</w:p></w:footnote>'
        for n, inner in enumerate(notes, start=1)
    )
    items["word/footnotes.xml"] = (head + footnotes + "</w:footnotes>").encode()
    hostile._comment_id_not_a_number(items)
    items["word/comments.xml"] = items["word/comments.xml"].replace(b'w:id="abc"', b'w:id="1"')
    path = folder / "draft.docx"
    path.write_bytes(hostile.build(items))
    return path


def _texts(path: Path) -> tuple[list[str], list[str]]:
    draft = load_draft(path)
    return [p.text for p in draft.paragraphs], [p.text for p in draft.footnotes]


@SETTINGS
@given(doc=documents(), data=st.data())
def test_any_document_survives_annotate_with_text_kept_and_reject_all_exact(
    doc: tuple[str, list[str]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = _docx(folder, *doc)
        draft = load_draft(src)
        marks: list[SpanMark] = []
        replacements: list[Replacement] = []
        taken: set[int] = set()
        for p in draft.paragraphs + draft.footnotes:
            if not p.text or not data.draw(st.booleans()):
                continue
            start = data.draw(st.integers(0, len(p.text) - 1))
            end = data.draw(st.integers(start + 1, len(p.text)))
            if p.part is Part.BODY and p.index not in taken and data.draw(st.booleans()):
                taken.add(p.index)
                new = data.draw(TEXT)
                ops = tuple(phrase_diff(p.text[start:end], new))
                replacements.append(Replacement(p.part, p.index, start, end, ops, "why"))
            else:
                marks.append(SpanMark(p.part, p.index, start, end, "yellow", "check"))
        comments_only = folder / "comments.docx"
        write_docx(src, comments_only, ExportPlan(marks=marks))
        check_written(comments_only)
        assert _texts(comments_only) == _texts(src)
        tracked = folder / "tracked.docx"
        write_docx(src, tracked, ExportPlan(marks=marks, replacements=replacements))
        check_written(tracked)
        body, _ = _texts(src)
        assert _rejected_texts(tracked) == body  # reject all of Drafter's changes: the draft again
        assert _texts(tracked)[1] == _texts(src)[1]  # footnotes are never changed


@SETTINGS
@given(inner=runs(), data=st.data())
def test_a_span_is_isolated_exactly_at_any_offsets(inner: str, data: st.DataObject) -> None:
    p = etree.fromstring(f'<w:p xmlns:w="{W}">{inner}</w:p>')
    text = paragraph_text(p)
    if not text:
        return
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    runs_ = isolate(p, start, end)
    assert paragraph_text(p) == text  # splitting runs changes no character
    inside = {id(r) for r in runs_}
    got = "".join(n.text for n in text_nodes(p) if id(n.run) in inside)
    assert got == text[start:end]
