"""Reading drafts: text as the reader sees it, paragraph order, tables, footnotes, numbering."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from drafter.document import load_draft
from drafter.model import Part
from tests.builders import build_sample, p, text_docx, xml_docx

INS = '<w:ins w:id="901" w:author="Ana" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:ins>'
DEL = '<w:del w:id="902" w:author="Ana" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">{}</w:delText></w:r></w:del>'


def test_plain_paragraphs_in_order(tmp_path: Path) -> None:
    path = text_docx(tmp_path / "a.docx", ["Article 1", "1. First.", "2. Second."])
    draft = load_draft(path)
    assert [p.text for p in draft.paragraphs] == ["Article 1", "1. First.", "2. Second."]
    assert [p.index for p in draft.paragraphs] == [0, 1, 2]


def test_tracked_insertions_are_in_and_deletions_out(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">States shall </w:t></w:r>'
        + DEL.format("endeavour to ")
        + INS.format("not ")
        + "<w:r><w:t>grant amnesties.</w:t></w:r></w:p>"
    )
    path = xml_docx(tmp_path / "t.docx", body)
    draft = load_draft(path)
    assert draft.paragraphs[0].text == "States shall not grant amnesties."
    assert draft.has_tracked_changes
    # python-docx's Paragraph.text would miss the inserted word: we must not.
    assert docx.Document(str(path)).paragraphs[0].text == "States shall grant amnesties."


def test_tabs_breaks_and_moved_text(tmp_path: Path) -> None:
    body = (
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>"
        '<w:moveFrom w:id="5" w:author="X" w:date="2026-01-01T00:00:00Z"><w:r><w:t>gone</w:t></w:r></w:moveFrom>'
        "</w:p>"
    )
    draft = load_draft(xml_docx(tmp_path / "tabs.docx", body))
    assert draft.paragraphs[0].text == "a\tb\nc"


def test_table_cells_are_paragraphs_with_their_cell(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Delegation"
    table.cell(1, 1).text = "No amnesty shall be granted."
    document.add_paragraph("After")
    path = tmp_path / "table.docx"
    document.save(str(path))
    draft = load_draft(path)
    texts = [p.text for p in draft.paragraphs]
    assert texts[0] == "Before" and texts[-1] == "After"
    cell_para = next(p for p in draft.paragraphs if p.text == "No amnesty shall be granted.")
    assert cell_para.cell is not None
    assert (cell_para.cell.row, cell_para.cell.column) == (1, 1)
    assert cell_para.label == "Table 1, row 2, column 2"
    # Index = position among all w:p of the body, table cells included.
    all_p = list(docx.Document(str(path)).element.body.iter(qn("w:p")))
    joined = ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in all_p]
    assert joined[cell_para.index] == cell_para.text


def test_text_box_paragraphs_are_counted_but_not_duplicated(tmp_path: Path) -> None:
    textbox = (
        '<w:p><w:r><w:t>Outer </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        "<wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>text</w:t></w:r></w:p>"
    )
    draft = load_draft(xml_docx(tmp_path / "box.docx", textbox))
    texts = [(p.text, p.shadow) for p in draft.paragraphs]
    assert texts == [("Outer text", False), ("Boxed", False), ("Boxed", True)]


def test_footnotes_are_read_as_their_own_part(tmp_path: Path) -> None:
    path = tmp_path / "sample.docx"
    build_sample(path)
    draft = load_draft(path)
    notes = [p for p in draft.footnotes if p.text.strip() and not p.shadow]
    assert notes and all(p.part is Part.FOOTNOTES for p in notes)
    assert notes[0].label == "Footnote 1"
    assert "explicit prohibition of amnesties" in notes[0].text


def test_automatic_numbering_gives_numbers_and_labels(tmp_path: Path) -> None:
    numbering = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:abstractNum w:abstractNumId="7">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )

    def item(text: str, level: int) -> str:
        return (
            f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>"
        )

    body = (
        p("Article 6", style="Heading2")
        + item("First.", 0)
        + item("Second:", 0)
        + item("sub one", 1)
        + item("sub two", 1)
    )
    path = xml_docx(tmp_path / "num.docx", body)
    _with_numbering(path, numbering)
    draft = load_draft(path)
    assert [x.number for x in draft.paragraphs] == ["", "1.", "2.", "(a)", "(b)"]
    assert [x.label for x in draft.paragraphs] == [
        "Article 6",
        "Article 6, paragraph 1",
        "Article 6, paragraph 2",
        "Article 6, paragraph 2 (a)",
        "Article 6, paragraph 2 (b)",
    ]


def _with_numbering(path: Path, numbering_xml: str) -> None:
    import zipfile

    from tests.builders import add_parts

    with zipfile.ZipFile(path) as zf:
        ct = zf.read("[Content_Types].xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
        has = "word/numbering.xml" in zf.namelist()
    parts = {"word/numbering.xml": numbering_xml}
    if not has:
        ct = ct.replace(
            "</Types>",
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.numbering+xml"/></Types>',
        )
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>',
        )
        parts["[Content_Types].xml"] = ct
        parts["word/_rels/document.xml.rels"] = rels
    add_parts(path, parts)


def test_typed_numbers_give_labels(tmp_path: Path) -> None:
    path = text_docx(
        tmp_path / "typed.docx",
        [
            "Preamble",
            "Recalling the duty of every State,",
            "Draft article 6",
            "1. Each State shall take the necessary measures.",
            "3. Each State shall ensure that:",
            "(a) first item;",
            "(b) second item:",
            "(i) sub item;",
            "(ii) other sub item.",
            "Artículo 8",
            "4.2. Cuando se encontrare en territorio de la República.",
        ],
        headings=("Preamble", "Draft article 6", "Artículo 8"),
    )
    labels = [x.label for x in load_draft(path).paragraphs]
    assert labels == [
        "Preamble",
        "Preamble",
        "Article 6",
        "Article 6, paragraph 1",
        "Article 6, paragraph 3",
        "Article 6, paragraph 3 (a)",
        "Article 6, paragraph 3 (b)",
        "Article 6, paragraph 3 (b)(i)",
        "Article 6, paragraph 3 (b)(ii)",
        "Article 8",
        "Article 8, paragraph 4.2",
    ]


def test_with_label_copies_every_field() -> None:
    from msgspec.structs import fields

    from drafter.model import Paragraph, Part, TableCell, TextStyle

    p = Paragraph(
        index=3,
        part=Part.FOOTNOTES,
        text="text",
        style="Heading 2",
        number="(a)",
        heading_level=2,
        list_level=1,
        label="old",
        cell=TableCell(1, 2, 3),
        styles=(TextStyle(0, 4, True, False, False),),
        shadow=True,
        in_revision=True,
    )
    assert all(getattr(p, f.name) != getattr(Paragraph(0, Part.BODY, ""), f.name) for f in fields(p))
    copy = p.with_label("new")
    assert copy.label == "new"
    assert all(getattr(copy, f.name) == getattr(p, f.name) for f in fields(p) if f.name != "label")


def test_fast_text_equals_the_node_by_node_text_on_real_files() -> None:
    """The reader's one-walk text (what is analysed) must be exactly the text the writer
    addresses node by node, or annotations would land on the wrong characters."""
    import zipfile

    from drafter.ooxml.package import parse_xml
    from drafter.ooxml.text import W_P, paragraph_text_and_revision, text_nodes
    from tests.conftest import CORPUS_WILD, EVAL_DEV, ROOT, require_shared

    require_shared(CORPUS_WILD)
    files = [*sorted(CORPUS_WILD.rglob("*.docx")), *sorted(EVAL_DEV.glob("*.docx"))]
    files += sorted((ROOT / "tests" / "dev_drafts").glob("*.docx"))
    checked = 0
    for path in files:
        try:
            with zipfile.ZipFile(path) as zf:
                names = [n for n in zf.namelist() if n.startswith("word/") and n.endswith(".xml")]
                roots = [parse_xml(zf.read(n)) for n in names]
        except Exception:  # unreadable files are the bad-input tests' business
            continue
        for root in roots:
            for para in root.iter(W_P):
                nodes = text_nodes(para)
                expected = ("".join(n.text for n in nodes), bool(nodes) and all(n.inserted for n in nodes))
                assert paragraph_text_and_revision(para) == expected, path.name
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("feed_bytes", [700, 4096, 1 << 16])
def test_the_body_read_piece_by_piece_equals_the_whole_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, feed_bytes: int
) -> None:
    """The body is parsed a piece at a time and what was read is dropped; wherever a piece
    ends (inside tables, nested tables, content controls, text boxes), nothing may be lost,
    reordered or numbered differently from reading the whole tree."""
    import zipfile

    import drafter.ooxml.reader

    monkeypatch.setattr(drafter.ooxml.reader, "_FEED_BYTES", feed_bytes)

    from drafter.ooxml.package import parse_xml
    from drafter.ooxml.text import W_NS, W_P, paragraph_text_and_revision, w

    def cell(text: str) -> str:
        return f"<w:tc><w:tcPr/>{p(text)}</w:tc>"

    pieces = []
    for n in range(1500):  # 0.3 MB of XML: the parser reads it in tens of chunks
        pieces.append(p(f"Article {n}. Each State shall ensure that no amnesty covers offence {n}."))
        if n % 7 == 0:
            pieces.append(f'<w:bookmarkStart w:id="{n}" w:name="b{n}"/><w:bookmarkEnd w:id="{n}"/>')
        if n % 11 == 0:
            pieces.append(
                f"<w:sdt><w:sdtPr/><w:sdtContent>{p(f'Controlled {n}')}{p(f'Second {n}')}</w:sdtContent></w:sdt>"
            )
        if n % 13 == 0:
            inner = f"<w:tbl><w:tr>{cell(f'Inner {n}')}</w:tr></w:tbl>"
            pieces.append(
                f"<w:tbl><w:tr>{cell(f'Cell {n} a')}<w:tc>{p(f'Outer {n}')}{inner}{p(f'After {n}')}</w:tc></w:tr>"
                f"<w:tr>{cell(f'Row two {n}')}</w:tr></w:tbl>"
            )
        if n % 19 == 0:
            pieces.append(
                f'<w:p><w:r><w:t>Outer {n} </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
                f"<w:drawing><wps:txbx><w:txbxContent>{p(f'Boxed {n}')}</w:txbxContent></wps:txbx></w:drawing>"
                f"</mc:Choice><mc:Fallback><w:pict><w:txbxContent>{p(f'Boxed {n}')}</w:txbxContent></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
            )
        if n % 17 == 0:
            pieces.append(
                INS.format(f"inserted {n}")
                .replace("<w:ins", "<w:p><w:ins")
                .replace("</w:ins>", "</w:ins></w:p>")
            )
    pieces.append(f"<w:sdt><w:sdtContent>{p('Last, inside a content control')}</w:sdtContent></w:sdt>")
    path = xml_docx(tmp_path / "long.docx", "".join(pieces))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/document.xml").file_size > 250_000
        body = parse_xml(zf.read("word/document.xml")).find(w("body"))
    expected_text = [paragraph_text_and_revision(el)[0] for el in body.iter(W_P)]
    fallback = w("Fallback").replace(W_NS, "http://schemas.openxmlformats.org/markup-compatibility/2006")
    expected_shadows = [any(a.tag == fallback for a in el.iterancestors()) for el in body.iter(W_P)]
    expected_cells = {}
    for t_no, tbl in enumerate(body.iter(w("tbl"))):
        for r_no, tr in enumerate(tbl.iterchildren(w("tr"))):
            for c_no, tc in enumerate(tr.iterchildren(w("tc"))):
                for el in tc.iter(W_P):
                    expected_cells[paragraph_text_and_revision(el)[0]] = (t_no, r_no, c_no)

    draft = load_draft(path)
    assert [q.text for q in draft.paragraphs] == expected_text
    assert [q.index for q in draft.paragraphs] == list(range(len(expected_text)))
    assert [q.shadow for q in draft.paragraphs] == expected_shadows
    assert sum(expected_shadows) == 79
    cells = {
        q.text: (q.cell.table, q.cell.row, q.cell.column) for q in draft.paragraphs if q.cell is not None
    }
    assert cells == expected_cells
    assert cells["Inner 13"] != cells["Outer 13"]  # the nested table wins for its own paragraphs
    assert draft.has_tracked_changes
    assert draft.paragraphs[-1].text == "Last, inside a content control"
