"""Exports that Word users trust, checked by readers that are not Drafter's own.

- LibreOffice opens every export, and accepting or rejecting all tracked changes in it
  gives the texts they must give: accept-all is Drafter's own reading of the export (the
  draft with every suggestion applied), reject-all is the draft as it was (LibreOffice's
  reject-all of the export equals its reject-all of the original, so that earlier changes
  by others are treated alike on both sides). See tests/lo.py for how the two readers'
  representations are compared.
- openxml-audit, an OOXML validator, finds nothing in an export that it does not already
  find in the draft.
- Earlier tracked changes keep their author and date, earlier comments stay.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator

from drafter.cli import main as drafter_main
from tests import lo
from tests.builders import build_sample, p, xml_docx
from tests.conftest import CORPUS_WILD, EVAL_DEV, ROOT, require_shared, require_soffice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DEV_DRAFTS = sorted((ROOT / "tests" / "dev_drafts").glob("*.docx"))
SHARED_DEV = sorted(EVAL_DEV.glob("*.docx")) if EVAL_DEV.exists() else []
WILD = sorted(CORPUS_WILD.rglob("*.docx")) if CORPUS_WILD.exists() else []


def run_annotate(src: Path, out: Path, *, track_changes: bool = True) -> tuple[int, str]:
    """``drafter annotate SRC -o OUT [--track-changes]`` in this process: exit status and stderr."""
    argv = ["annotate", str(src), "-o", str(out)] + (["--track-changes"] if track_changes else [])
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = drafter_main(argv)
    return status, err.getvalue().strip()


def annotate(src: Path, out: Path, *, track_changes: bool = True) -> Path:
    status, err = run_annotate(src, out, track_changes=track_changes)
    assert status == 0, err
    return out


def _xml(path: Path) -> etree._Element:
    return lo.main_part(path)[1]


def revisions(path: Path, *, by: str | None = None, but: str | None = None) -> list[tuple[str, ...]]:
    """(kind, id, author, date) of every tracked change in the main part, by or but one author."""
    out = []
    for el in _xml(path).iter(*(f"{{{W}}}{t}" for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange"))):
        author = el.get(f"{{{W}}}author") or ""
        if (by is None or author == by) and (but is None or author != but):
            kind = etree.QName(el).localname
            out.append((kind, el.get(f"{{{W}}}id") or "", author, el.get(f"{{{W}}}date") or ""))
    return out


# ---------------------------------------------------------------- the text checks


@dataclass
class Readings:
    """What LibreOffice shows of a draft and of its export."""

    original: Path
    export: Path
    compared: Path  # the export, or a copy of it without Drafter's comments (see ``compared_export``)
    accepted: list[str]  # the compared export, all changes accepted
    rejected: list[str]  # the compared export, all changes rejected
    original_rejected: list[str]
    original_accepted: list[str]
    notes: list[str] = field(default_factory=list)


def compared_export(export: Path, folder: Path) -> Path:
    """The export, or, for a draft whose body starts with a table, a copy without Drafter's comments.

    LibreOffice 7.4 reads a document that starts with a table differently once it has
    comments: it adds an empty paragraph before the table and may drop one after it. The
    text checks compare the export with the draft, which has no Drafter comments; they use
    the export without them. The real export is still opened (``to_pdf``) and its comments
    checked separately.
    """
    body = _xml(export).find(f"{{{W}}}body")
    assert body is not None
    first = next((el for el in body if el.tag in (f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}sdt")), None)
    if first is None or first.tag != f"{{{W}}}tbl":
        return export
    return lo.without_comments_by(export, folder / f"{export.stem}.nocomments.docx", "Drafter")


def read_in_libreoffice(pairs: list[tuple[Path, Path]], folder: Path) -> list[Readings]:
    """LibreOffice's readings of each (original, export) pair, all in one soffice session."""
    compared = [compared_export(e, folder) for _, e in pairs]
    jobs: list[tuple[Path, str]] = []
    for (original, _), export in zip(pairs, compared, strict=True):
        jobs += [(export, "accept"), (export, "reject"), (original, "reject")]
        if revisions(original):  # without changes of its own, the original reads the same both ways
            jobs.append((original, "accept"))
    answers = {(r.path, r.mode): r for r in lo.resolve(jobs)}
    out = []
    for (original, export), comp in zip(pairs, compared, strict=True):

        def text(path: Path, mode: str) -> list[str]:
            answer = answers[(path, mode)]
            assert answer.paragraphs is not None, f"LibreOffice: {path.name}, {mode}: {answer.error}"
            return answer.paragraphs

        original_rejected = text(original, "reject")
        original_accepted = text(original, "accept") if revisions(original) else original_rejected
        out.append(
            Readings(
                original,
                export,
                comp,
                text(comp, "accept"),
                text(comp, "reject"),
                original_rejected,
                original_accepted,
            )
        )
    return out


def problems(r: Readings, *, strict: bool) -> list[str]:
    """What is wrong with the export's texts in LibreOffice; tolerated differences go to ``r.notes``.

    ``strict``: for drafts built for the tests, no tolerance at all. Otherwise (drafts from
    the wild) two things are tolerated, each recorded in ``r.notes``:
    - accepted view: differences between LibreOffice and the expectation (tests/lo.py) that
      LibreOffice's reading of the unmodified draft shows just the same; they come from
      representations tests/lo.py does not model, not from the export;
    - rejected view: an empty paragraph left after a paragraph that holds a footnote
      reference and whose mark Drafter inserted: LibreOffice 7.4 cannot join such a
      paragraph to the next when it rejects the insertion of its mark (Word can).
    Drafts with drop caps are not checked for the rejected view: LibreOffice 7.4 loads the
    tracked changes after a drop cap as plain text, so it has nothing to reject.
    """
    out: list[str] = []
    expected = lo.expected_paragraphs(r.compared)
    if not lo.same(r.accepted, expected):
        new = _new_differences(
            (lo.expected_paragraphs(r.original), lo.blank_fields(r.original_accepted)),
            (expected, lo.blank_fields(r.accepted)),
        )
        if strict or new:
            out.append("accept-all differs from Drafter's reading:\n" + lo.diff(expected, r.accepted))
        else:
            r.notes.append("accept-all: only differences the unmodified draft shows too")
    rejected, original = lo.blank_fields(r.rejected), lo.blank_fields(r.original_rejected)
    if rejected != original:
        if not strict and _has_drop_caps(r.original):
            r.notes.append("reject-all: not checked, LibreOffice loses tracked changes after drop caps")
        elif not strict and _only_empty_added(original, rejected, _footnote_marks_inserted(r.compared)):
            r.notes.append("reject-all: empty paragraph left after a footnote reference (LibreOffice)")
        else:
            out.append(
                "reject-all differs from the draft's reject-all:\n"
                + lo.diff(original, rejected, "draft", "export")
            )
    return out


def _hunks(a: list[str], b: list[str]) -> Counter[tuple[tuple[str, ...], tuple[str, ...]]]:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return Counter(
        (tuple(a[i1:i2]), tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    )


def _new_differences(
    before: tuple[list[str], list[str]], after: tuple[list[str], list[str]]
) -> Counter[tuple[tuple[str, ...], tuple[str, ...]]]:
    return _hunks(*after) - _hunks(*before)


def _has_drop_caps(path: Path) -> bool:
    return any(fp.get(f"{{{W}}}dropCap") in ("drop", "margin") for fp in _xml(path).iter(f"{{{W}}}framePr"))


def _footnote_marks_inserted(path: Path) -> int:
    """Paragraphs with a footnote or endnote reference whose mark is a tracked insertion by Drafter."""
    count = 0
    for para in _xml(path).iter(f"{{{W}}}p"):
        mark = para.find("w:pPr/w:rPr/w:ins", NS)
        notes = para.find(".//w:footnoteReference", NS) is not None or (
            para.find(".//w:endnoteReference", NS) is not None
        )
        if mark is not None and mark.get(f"{{{W}}}author") == "Drafter" and notes:
            count += 1
    return count


def _only_empty_added(a: list[str], b: list[str], at_most: int) -> bool:
    added = 0
    for op, _, _, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "insert" or any(x != "" for x in b[j1:j2]):
            return False
        added += j2 - j1
    return 0 < added <= at_most


def assert_reads_right(r: Readings) -> None:
    found = problems(r, strict=True)
    assert not found, f"{r.export.name}:\n" + "\n\n".join(found)
    # The expectation's rules hold for this draft: LibreOffice reads the unmodified draft
    # (changes accepted) as the expectation says.
    assert lo.same(r.original_accepted, lo.expected_paragraphs(r.original)), lo.diff(
        lo.expected_paragraphs(r.original), r.original_accepted
    )


# ---------------------------------------------------------------- drafts built for the tests

A = 'w:author="Ana Ruiz" w:date="2025-03-04T10:20:00Z"'
# Earlier tracked changes by another author inside the clauses Drafter rewrites: an
# insertion, deletions, a deleted paragraph mark (two paragraphs that become one when
# accepted), and a clause in a table cell. A comment by a third person is added on top.
EARLIER_REVISIONS_BODY = (
    p("Article 6", style="Heading2") + '<w:p><w:r><w:t xml:space="preserve">Each State shall </w:t></w:r>'
    f'<w:ins w:id="101" {A}><w:r><w:t xml:space="preserve">endeavour to </w:t></w:r></w:ins>'
    "<w:r><w:t>ensure that no amnesty is granted for crimes against humanity</w:t></w:r>"
    f'<w:del w:id="102" {A}><w:r><w:delText>, save in exceptional circumstances</w:delText></w:r></w:del>'
    "<w:r><w:t>.</w:t></w:r></w:p>"
    + '<w:p><w:r><w:t xml:space="preserve">Amnesties may be granted to persons who </w:t></w:r>'
    f'<w:del w:id="103" {A}><w:r><w:delText xml:space="preserve">fully </w:delText></w:r></w:del>'
    "<w:r><w:t>confess their crimes before the commission.</w:t></w:r></w:p>"
    + f'<w:p><w:pPr><w:rPr><w:del w:id="104" {A}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">'
    "The fact that a crime was committed pursuant to an order of a superior </w:t></w:r></w:p>"
    + "<w:p><w:r><w:t>may be taken into account in mitigation of punishment.</w:t></w:r></w:p>"
    + '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>'
    "Crimes against humanity shall be subject to a statute of limitations of twenty years."
    "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" + p("Final clause.")
)
EARLIER_COMMENT = "Should this not be stronger?"


def build_revised_draft(path: Path) -> Path:
    xml_docx(path, EARLIER_REVISIONS_BODY)
    document = docx.Document(str(path))
    document.add_comment(
        document.paragraphs[1].runs[0], text=EARLIER_COMMENT, author="Bea Obi", initials="BO"
    )
    document.save(str(path))
    return path


# Drafts whose exports must read exactly right: the sample, the draft with earlier
# revisions, the project's dev drafts and, when present, the shared dev set.
DRAFTS = {
    "sample": None,
    "revised": None,
    **{f"{path.parent.name}/{path.name}": path for path in DEV_DRAFTS + SHARED_DEV},
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """(draft, export with --track-changes) for every draft of DRAFTS."""
    folder = tmp_path_factory.mktemp("built")
    out = {}
    for i, (name, path) in enumerate(DRAFTS.items()):
        if name == "sample":
            draft = build_sample(folder / "sample.docx")
        elif name == "revised":
            draft = build_revised_draft(folder / "revised.docx")
        else:
            assert path is not None
            draft = path
        out[name] = (draft, annotate(draft, folder / f"{i:02d}-{draft.stem}-tracked.docx"))
    return out


@pytest.fixture(scope="module")
def built_in_libreoffice(
    built: dict[str, tuple[Path, Path]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[Path, bool], dict[str, Readings]]:
    """Which drafts and exports LibreOffice opens, and its readings: one soffice run for each."""
    folder = tmp_path_factory.mktemp("built-lo")
    opened = lo.to_pdf([path for pair in built.values() for path in pair], folder)
    readings = read_in_libreoffice(list(built.values()), folder)
    return opened, dict(zip(built, readings, strict=True))


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", list(DRAFTS))
def test_tracked_export_accepts_and_rejects_right_in_libreoffice(
    name: str,
    built: dict[str, tuple[Path, Path]],
    built_in_libreoffice: tuple[dict[Path, bool], dict[str, Readings]],
) -> None:
    original, export = built[name]
    assert revisions(export, by="Drafter"), "the export must have tracked changes to check"
    opened, readings = built_in_libreoffice
    assert opened[original] and opened[export]
    assert_reads_right(readings[name])


def test_earlier_revisions_and_comments_are_kept(built: dict[str, tuple[Path, Path]]) -> None:
    original, export = built["revised"]
    before = revisions(original)
    assert len(before) == 4
    assert revisions(export, but="Drafter") == before  # same ids, authors and dates, same order
    ours = revisions(export, by="Drafter")
    assert {kind for kind, *_ in ours} >= {"ins", "del"}
    ids = [rid for _, rid, *_ in revisions(export)]
    assert len(ids) == len(set(ids))
    comments = {c.author: c for c in docx.Document(str(export)).comments}
    assert comments["Bea Obi"].text == EARLIER_COMMENT
    assert comments["Bea Obi"].initials == "BO"
    assert "Drafter" in comments
    bea = str(comments["Bea Obi"].comment_id)
    root = _xml(export)
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert len(root.findall(f".//w:{tag}[@w:id='{bea}']", NS)) == 1, tag


def test_shared_dev_set_is_present() -> None:
    require_shared(EVAL_DEV)
    assert SHARED_DEV


# ---------------------------------------------------------------- drafts from the wild


@dataclass
class WildResult:
    refused: str | None = None  # Drafter's message if it does not annotate the file
    original_opens: bool = True
    export_opens: bool = True
    readings: Readings | None = None


@pytest.fixture(scope="module")
def wild(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, WildResult]:
    """Every docx-wild file annotated with --track-changes, converted and resolved in batches."""
    require_shared(CORPUS_WILD)
    require_soffice()
    lo.require_uno_python()
    folder = tmp_path_factory.mktemp("wild")
    results = {path: WildResult() for path in WILD}
    pairs: list[tuple[Path, Path]] = []
    for i, path in enumerate(WILD):
        export = folder / f"{i:03d}-{path.stem}.docx"
        status, err = run_annotate(path, export)
        if status != 0:
            results[path].refused = err
            continue
        pairs.append((path, export))
    opened = lo.to_pdf([o for o, _ in pairs] + [e for _, e in pairs], folder / "pdf")
    for original, export in pairs:
        results[original].original_opens = opened[original]
        results[original].export_opens = opened[export]
    readable = [(o, e) for o, e in pairs if opened[o] and opened[e]]
    for readings in read_in_libreoffice(readable, folder):
        results[readings.original].readings = readings
    return results


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("path", WILD, ids=[p.name for p in WILD])
def test_wild_export_opens_and_resolves_right_in_libreoffice(
    path: Path, wild: dict[Path, WildResult]
) -> None:
    result = wild[path]
    if result.refused is not None:
        pytest.skip(f"Drafter refuses the draft: {result.refused}")
    if not result.original_opens:
        pytest.skip("LibreOffice cannot open the unmodified draft either")
    assert result.export_opens, "LibreOffice cannot open the export"
    assert result.readings is not None
    found = problems(result.readings, strict=False)
    assert not found, "\n\n".join(found)


# ---------------------------------------------------------------- every export of the session


@pytest.mark.libreoffice
def test_every_export_of_the_session_opens_in_libreoffice(
    session_exports: list[Path], tmp_path: Path
) -> None:
    """Run last (tests/conftest.py): every .docx written by write_docx in this session converts to PDF."""
    if not session_exports:
        pytest.skip("no export was written in this session")
    todo = [path for path in session_exports if not lo.converted_before(path)]
    failed = sorted(path.name for path, ok in lo.to_pdf(todo, tmp_path).items() if not ok)
    assert not failed, f"LibreOffice cannot open {len(failed)} of {len(todo)} exports: {failed}"


# ---------------------------------------------------------------- OOXML validation

# openxml-audit also runs heuristic "semantic" checks for Word compatibility. A file saved by
# python-docx from its default template, unmodified, already gets two of them (see
# test_template_notes_are_known): its stylesWithEffects.xml, the copy of styles.xml Word
# 2010 keeps, lacks the Header/Footer styles python-docx's styles.xml has; and the two
# parts' docDefaults "differ" only by indentation whitespace, which the check compares too.
# Every draft built with python-docx (the sample included) has them; they are not ours.
TEMPLATE_NOTES = {
    "semantic /word/stylesWithEffects.xml styleId: styles.xml contains 4 style(s) not in "
    "stylesWithEffects: Footer, FooterChar, Header, HeaderChar",
    "semantic /word/stylesWithEffects.xml docDefaults: docDefaults differ between styles.xml and "
    "stylesWithEffects (Word may treat this as unreadable content)",
}
# Drafts from the wild with tracked changes, comments, tables, notes; the last one with
# schema errors of its own, which the export must not add to.
WILD_FOR_AUDIT = [
    "golden__track_changes_insertion.docx",
    "golden__comments.docx",
    "golden__tables.docx",
    "notes.docx",
    "sdt_elements.docx",
]


def audit(path: Path) -> Counter[str]:
    """openxml-audit's findings for ``path`` (kind, part, node and description; not the XPath).

    A fresh validator each time: one instance carries what it read of a file's parts over to
    the next file (comment ids of one file were looked for in the other's).
    """
    result = OpenXmlValidator(max_errors=0).validate(str(path))
    return Counter(f"{e.error_type.value} {e.part_uri} {e.node}: {e.description}" for e in result.errors)


def test_template_notes_are_known(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    assert set(audit(plain)) == TEMPLATE_NOTES


@functools.cache
def audit_draft(path: Path) -> Counter[str]:
    return audit(path)


@pytest.mark.parametrize(
    ("name", "track_changes"),
    [("sample", False), ("sample", True), ("revised", True)] + [(name, True) for name in WILD_FOR_AUDIT],
)
def test_export_adds_no_validator_finding(
    name: str, track_changes: bool, built: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    draft = built[name][0] if name in built else require_shared(CORPUS_WILD / "pandoc" / name)
    export = annotate(draft, tmp_path / "export.docx", track_changes=track_changes)
    before, after = audit_draft(draft), audit(export)
    added = after - before
    assert not added, f"the export adds {sorted(added)}"
    if name in built:  # built with python-docx: no schema error, nothing but the template's notes
        assert set(after) <= TEMPLATE_NOTES, sorted(after)
