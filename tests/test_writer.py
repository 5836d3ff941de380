"""The OOXML writer: exact spans, untouched text, kept history, atomic output."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from drafter.document import load_draft
from drafter.model import DiffOp, Part
from drafter.ooxml.writer import ExportPlan, ParagraphInsertion, Replacement, SpanMark, write_docx
from drafter.suggest import word_diff
from tests.builders import xml_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

# A paragraph whose runs split words in odd places, with a hyperlink and an earlier tracked insertion.
SPLIT_BODY = (
    '<w:p><w:r><w:t xml:space="preserve">Each St</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ate shall </w:t></w:r>'
    '<w:ins w:id="7" w:author="Ana" w:date="2025-05-01T00:00:00Z"><w:r><w:t xml:space="preserve">endeavour not to </w:t></w:r></w:ins>'
    '<w:hyperlink w:anchor="x"><w:r><w:t>grant</w:t></w:r></w:hyperlink>'
    '<w:r><w:t xml:space="preserve"> amnesties</w:t><w:tab/><w:t>for crimes against humanity.</w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Second </w:t></w:r><w:del w:id="8" w:author="Ana" w:date="2025-05-01T00:00:00Z">'
    "<w:r><w:delText>old </w:delText></w:r></w:del><w:r><w:t>paragraph.</w:t></w:r></w:p>"
)
TEXT0 = "Each State shall endeavour not to grant amnesties\tfor crimes against humanity."


def _doc_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _highlighted_text(root: etree._Element) -> list[str]:
    out = []
    for run in root.iter(qn("w:r")):
        if run.find("w:rPr/w:highlight", NS) is not None:
            out.append(
                "".join(t.text or "" for t in run.iter(qn("w:t")))
                + ("\t" if run.find("w:tab", NS) is not None else "")
            )
    return out


def _comment_ranges(root: etree._Element) -> dict[str, str]:
    """Visible text between commentRangeStart and commentRangeEnd, per comment id."""
    ranges: dict[str, str] = {}
    open_ids: list[str] = []
    for el in root.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.append(el.get(qn("w:id")))
            ranges[el.get(qn("w:id"))] = ""
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.remove(el.get(qn("w:id")))
        elif el.tag == qn("w:t") and open_ids:
            for cid in open_ids:
                ranges[cid] += el.text or ""
        elif el.tag == qn("w:tab") and open_ids and el.getparent().tag == qn("w:r"):
            for cid in open_ids:
                ranges[cid] += "\t"
    return ranges


def test_highlight_and_comment_cover_exactly_the_span(tmp_path: Path) -> None:
    src = xml_docx(tmp_path / "src.docx", SPLIT_BODY)
    draft = load_draft(src)
    assert draft.paragraphs[0].text == TEXT0
    start = TEXT0.index("State")
    end = TEXT0.index(" for") if " for" in TEXT0 else TEXT0.index("\tfor")
    end = TEXT0.index("amnesties") + len("amnesties")
    plan = ExportPlan(
        marks=[SpanMark(Part.BODY, 0, start, end, "yellow", "Amnesty — weak\nSuggested wording: ...")]
    )
    out = tmp_path / "out.docx"
    write_docx(src, out, plan)
    assert [p.text for p in load_draft(out).paragraphs] == [p.text for p in draft.paragraphs]
    root = _doc_xml(out)
    assert "".join(_highlighted_text(root)) == TEXT0[start:end]
    ranges = _comment_ranges(root)
    assert list(ranges.values()) == [TEXT0[start:end]]
    comments = docx.Document(str(out)).comments
    texts = [c.text for c in comments]
    assert texts == ["Amnesty — weak\nSuggested wording: ..."]
    # The earlier tracked insertion and deletion are still there with their author.
    assert root.find(".//w:ins[@w:author='Ana']", NS) is not None
    assert root.find(".//w:del[@w:author='Ana']", NS) is not None


def test_existing_comments_are_kept_and_ids_do_not_collide(tmp_path: Path) -> None:
    src = tmp_path / "src.docx"
    document = docx.Document()
    para = document.add_paragraph("States shall not grant amnesties. Second sentence here.")
    document.add_comment(para.runs, text="Earlier remark", author="Bea", initials="B")
    document.save(str(src))
    out = tmp_path / "out.docx"
    text = "States shall not grant amnesties. Second sentence here."
    plan = ExportPlan(
        marks=[SpanMark(Part.BODY, 0, 0, 32, "cyan", "Drafter remark")],
        replacements=[
            Replacement(Part.BODY, 0, 34, len(text), tuple(word_diff(text[34:], "Another sentence.")), "why")
        ],
    )
    write_docx(src, out, plan)
    result = docx.Document(str(out))
    comments = {c.author: c.text for c in result.comments}
    assert comments["Bea"] == "Earlier remark"
    assert sorted(c.text for c in result.comments) == sorted(["Earlier remark", "Drafter remark", "why"])
    ids = [c.comment_id for c in result.comments]
    assert len(set(ids)) == len(ids)
    root = _doc_xml(out)
    revision_ids = [el.get(qn("w:id")) for el in root.iter(qn("w:ins"), qn("w:del"))]
    assert revision_ids and not set(revision_ids) & {str(i) for i in ids}


def test_tracked_replacement_accepts_to_the_suggestion_and_rejects_to_the_draft(tmp_path: Path) -> None:
    src = xml_docx(tmp_path / "src.docx", SPLIT_BODY)
    new = "Each State Party shall ensure that no amnesty is granted for crimes against humanity."
    ops = tuple(word_diff(TEXT0, new))
    out = tmp_path / "out.docx"
    write_docx(src, out, ExportPlan(replacements=[Replacement(Part.BODY, 0, 0, len(TEXT0), ops, "Change")]))
    root = _doc_xml(out)
    para = root.find(".//w:body/w:p", NS)
    # Accept: drop w:del, keep w:ins content. Reject: drop our w:ins, keep w:del content.
    assert _resolved(para, accept=True) == new
    assert _resolved(para, accept=False) == TEXT0.replace("endeavour not to ", "endeavour not to ")
    dels = para.findall(".//w:del[@w:author='Drafter']", NS)
    assert dels and all(d.find(".//w:delText", NS) is not None for d in dels)
    # Only the words that differ are marked.
    deleted = "".join(t.text for d in dels for t in d.iter(qn("w:delText")))
    assert "crimes against humanity" not in deleted


def _resolved(p: etree._Element, accept: bool) -> str:
    out = []
    for el in p.iter(qn("w:t"), qn("w:delText"), qn("w:tab")):
        ours_del = _inside(el, p, "del", "Drafter")
        ours_ins = _inside(el, p, "ins", "Drafter")
        if accept and ours_del:
            continue
        if not accept and ours_ins:
            continue
        if el.tag == qn("w:delText") and not ours_del:
            continue  # earlier deletions stay deleted either way
        out.append("\t" if el.tag == qn("w:tab") else el.text or "")
    return "".join(out)


def _inside(el: etree._Element, stop: etree._Element, tag: str, author: str) -> bool:
    anc = el.getparent()
    while anc is not None and anc is not stop:
        if anc.tag == qn(f"w:{tag}") and anc.get(qn("w:author")) == author:
            return True
        anc = anc.getparent()
    return False


def test_tracked_paragraph_insertion_copies_the_neighbours_style(tmp_path: Path) -> None:
    body = (
        '<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:rPr><w:i/></w:rPr><w:t>Six.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Seven.</w:t></w:r></w:p>"
    )
    src = xml_docx(tmp_path / "src.docx", body)
    out = tmp_path / "out.docx"
    write_docx(
        src, out, ExportPlan(insertions=[ParagraphInsertion(0, "No amnesty shall be granted.", "Why")])
    )
    paragraphs = _doc_xml(out).findall(".//w:body/w:p", NS)
    new = paragraphs[1]
    assert "".join(t.text for t in new.iter(qn("w:t"))) == "No amnesty shall be granted."
    assert new.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "ListParagraph"
    assert new.find("w:pPr/w:numPr/w:numId", NS).get(qn("w:val")) == "1"
    assert new.find("w:pPr/w:rPr/w:ins", NS) is not None  # the paragraph mark is a tracked insertion
    assert new.find("w:ins/w:r/w:rPr/w:i", NS) is not None  # formatted like its neighbour
    assert [p.text for p in load_draft(out).paragraphs] == ["Six.", "No amnesty shall be granted.", "Seven."]


def test_source_is_never_modified_and_no_temp_files_remain(tmp_path: Path) -> None:
    src = xml_docx(tmp_path / "src.docx", SPLIT_BODY)
    before = src.read_bytes()
    out = tmp_path / "out.docx"
    write_docx(src, out, ExportPlan(marks=[SpanMark(Part.BODY, 0, 0, 4, "magenta", "c")]))
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "src.docx"]


def test_diff_must_cover_its_span(tmp_path: Path) -> None:
    src = xml_docx(tmp_path / "src.docx", SPLIT_BODY)
    bad = (DiffOp("equal", "Each"),)
    with pytest.raises(ValueError, match="does not cover"):
        write_docx(
            src, tmp_path / "o.docx", ExportPlan(replacements=[Replacement(Part.BODY, 0, 0, 10, bad, None)])
        )
    assert not (tmp_path / "o.docx").exists()


# ---------------------------------------------------------------- where tracked paragraphs go


def _rejected_texts(path: Path, author: str = "Drafter") -> list[str]:
    """Body paragraph texts with every tracked change by ``author`` rejected, as Word does it.

    A paragraph whose mark ``author`` inserted is joined with the next paragraph; text
    ``author`` inserted goes, text ``author`` deleted comes back. Changes by others stay.
    """
    from drafter.ooxml.text import paragraph_text

    root = _doc_xml(path)

    def by_author(el: etree._Element) -> bool:
        return el.get(qn("w:author")) == author

    for para in list(root.iter(qn("w:p"))):
        mark = para.find("w:pPr/w:rPr/w:ins", NS)
        if mark is not None and by_author(mark):
            following = para.getnext()
            assert following is not None and following.tag == qn("w:p"), "nothing to join the paragraph to"
            at = 1 if following.find("w:pPr", NS) is not None else 0
            for child in [c for c in para if c.tag != qn("w:pPr")][::-1]:
                following.insert(at, child)
            para.getparent().remove(para)
    for ins in [el for el in root.iter(qn("w:ins")) if by_author(el) and el.getparent().tag != qn("w:rPr")]:
        ins.getparent().remove(ins)
    for dele in [el for el in root.iter(qn("w:del")) if by_author(el) and el.getparent().tag != qn("w:rPr")]:
        for t in dele.iter(qn("w:delText")):
            t.tag = qn("w:t")
        up = dele.getparent()
        at = up.index(dele)
        for child in reversed(list(dele)):
            up.insert(at, child)
        up.remove(dele)
    return [paragraph_text(para) for para in root.iter(qn("w:p"))]


def test_paragraph_inserted_at_the_end_of_a_cell_or_the_body_rejects_to_the_draft(tmp_path: Path) -> None:
    # Tracking the new paragraph's own mark leaves an empty paragraph when it is rejected at
    # the end of a table cell or of the body (nothing follows to join it to). The anchor's
    # mark is tracked instead, as Word does when Enter is pressed at the end of a paragraph.
    body = (
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>'
        '<w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>In the cell.</w:t></w:r></w:p>'
        "</w:tc></w:tr></w:tbl>"
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Last.</w:t></w:r></w:p>'
    )
    src = xml_docx(tmp_path / "src.docx", body)
    out = tmp_path / "out.docx"
    plan = ExportPlan(
        insertions=[
            ParagraphInsertion(0, "New in the cell.", "Why"),
            ParagraphInsertion(1, "New at the end.", None),
            ParagraphInsertion(1, "Also at the end.", None),
        ]
    )
    write_docx(src, out, plan)
    assert [p.text for p in load_draft(out).paragraphs] == [
        "In the cell.",
        "New in the cell.",
        "Last.",
        "New at the end.",
        "Also at the end.",
    ]
    assert _rejected_texts(out) == ["In the cell.", "Last."]
    cell = _doc_xml(out).findall(".//w:tc/w:p", NS)
    assert cell[0].find("w:pPr/w:rPr/w:ins", NS) is not None  # the anchor's mark is the insertion
    assert cell[1].find("w:pPr/w:rPr/w:ins", NS) is None  # the new paragraph has the original mark
    assert cell[1].find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "ListParagraph"
    last = _doc_xml(out).findall("w:body/w:p", NS)[-1]
    assert last.find("w:pPr/w:jc", NS) is not None and last.find("w:pPr/w:rPr", NS) is None


def test_paragraph_is_not_inserted_inside_a_table_of_contents(tmp_path: Path) -> None:
    # Inside the field result Word would drop it on the next update of the table.
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Article 1</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Article 2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        "<w:p><w:r><w:t>Article 1 text.</w:t></w:r></w:p>"
    )
    src = xml_docx(tmp_path / "src.docx", body)
    out = tmp_path / "out.docx"
    write_docx(src, out, ExportPlan(insertions=[ParagraphInsertion(0, "New.", None)]))
    assert [p.text for p in load_draft(out).paragraphs] == [
        "Article 1",
        "Article 2",
        "New.",
        "Article 1 text.",
    ]
    assert _rejected_texts(out) == ["Article 1", "Article 2", "Article 1 text."]


def test_paragraph_is_not_inserted_between_paragraphs_a_deletion_joins(tmp_path: Path) -> None:
    # Ana deleted the mark between "First half" and "second half": accepting joins them, so
    # a paragraph inserted after "First half" goes after "second half".
    body = (
        '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="Ana" w:date="2025-05-01T00:00:00Z"/></w:rPr></w:pPr>'
        '<w:r><w:t xml:space="preserve">First half, </w:t></w:r></w:p>'
        "<w:p><w:r><w:t>second half.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Next.</w:t></w:r></w:p>"
    )
    src = xml_docx(tmp_path / "src.docx", body)
    out = tmp_path / "out.docx"
    write_docx(src, out, ExportPlan(insertions=[ParagraphInsertion(0, "New.", None)]))
    assert [p.text for p in load_draft(out).paragraphs] == ["First half, ", "second half.", "New.", "Next."]


def test_comment_styles_are_defined_once(tmp_path: Path) -> None:
    # python-docx names the styles CommentReference and CommentText without defining them;
    # the export defines them (in stylesWithEffects.xml too, which must match styles.xml),
    # and uses a localised draft's own styles, found by their built-in names.
    src = xml_docx(tmp_path / "src.docx", SPLIT_BODY)
    out = tmp_path / "out.docx"
    plan = ExportPlan(
        marks=[SpanMark(Part.BODY, 0, 0, 4, "yellow", "one"), SpanMark(Part.BODY, 1, 0, 6, None, "two")]
    )
    write_docx(src, out, plan)
    with zipfile.ZipFile(out) as zf:
        styles = etree.fromstring(zf.read("word/styles.xml"))
        effects = etree.fromstring(zf.read("word/stylesWithEffects.xml"))
        comments = zf.read("word/comments.xml").decode()
    for root in (styles, effects):
        for sid in ("CommentReference", "CommentText"):
            assert len(root.findall(f"w:style[@w:styleId='{sid}']", NS)) == 1, sid
    assert 'w:val="CommentText"' in comments and 'w:val="CommentReference"' in comments

    localised = tmp_path / "fr.docx"
    document = docx.Document(str(src))
    document.styles.element.append(
        etree.fromstring(
            f'<w:style xmlns:w="{W}" w:type="character" w:styleId="Marquedecommentaire">'
            '<w:name w:val="annotation reference"/></w:style>'
        )
    )
    document.save(str(localised))
    write_docx(localised, out, plan)
    root = _doc_xml(out)
    refs = [
        r.find("w:rPr/w:rStyle", NS).get(qn("w:val"))
        for r in root.iter(qn("w:r"))
        if r.find("w:commentReference", NS) is not None
    ]
    assert refs == ["Marquedecommentaire", "Marquedecommentaire"]
    with zipfile.ZipFile(out) as zf:
        styles = etree.fromstring(zf.read("word/styles.xml"))
        comments = zf.read("word/comments.xml").decode()
    assert styles.find("w:style[@w:styleId='CommentReference']", NS) is None
    assert 'w:val="Marquedecommentaire"' in comments and 'w:val="CommentReference"' not in comments


def test_several_insertions_after_one_paragraph_keep_their_order(tmp_path: Path) -> None:
    src = xml_docx(
        tmp_path / "src.docx", "<w:p><w:r><w:t>Six.</w:t></w:r></w:p><w:p><w:r><w:t>Seven.</w:t></w:r></w:p>"
    )
    out = tmp_path / "out.docx"
    plan = ExportPlan(
        insertions=[
            ParagraphInsertion(0, "First insertion.", None),
            ParagraphInsertion(0, "Second insertion.", None),
        ]
    )
    write_docx(src, out, plan)
    assert [p.text for p in load_draft(out).paragraphs] == [
        "Six.",
        "First insertion.",
        "Second insertion.",
        "Seven.",
    ]
