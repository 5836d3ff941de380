"""Exports a colleague can circulate as they are, on the sample, the dev drafts and the shared
dev set (copied: the shared set is read-only):

- with ``--track-changes``: accepting every change gives each inserted wording once; no
  heading or title is changed; no changed paragraph carries more than six revision marks;
- the comments-only copy lays out in LibreOffice with exactly the draft's words (PDF text,
  footnotes included);
- openxml-audit finds nothing in either copy that it does not find in the draft.

Rejecting every change in LibreOffice gives the draft back: tests/test_export_readers.py
checks it on the same drafts.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from drafter.analysis import analyze
from drafter.changes import Mode, is_title_paragraph, reconcile
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.redline import MAX_MARKS
from tests import lo
from tests.builders import build_sample
from tests.conftest import EVAL_DEV, ROOT, require_pdftotext
from tests.test_export_readers import annotate, audit, audit_draft

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DRAFTER = "Drafter"
DRAFTS = ["sample"] + [f"dev/{p.name}" for p in sorted((ROOT / "tests" / "dev_drafts").glob("*.docx"))]
DRAFTS += [f"eval-dev/{p.name}" for p in sorted(EVAL_DEV.glob("*.docx"))] if EVAL_DEV.exists() else []


@dataclass
class Exported:
    draft: Path
    comments_only: Path
    tracked: Path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    folder = tmp_path_factory.mktemp("fidelity")
    out: dict[str, Exported] = {}
    for n, name in enumerate(DRAFTS):
        if name == "sample":
            draft = build_sample(folder / "sample.docx")
        else:
            kind, file = name.split("/", 1)
            source = (ROOT / "tests" / "dev_drafts" if kind == "dev" else EVAL_DEV) / file
            draft = folder / f"{n:02d}-{file}"
            shutil.copyfile(source, draft)
            draft.chmod(0o644)
        comments = annotate(draft, folder / f"{n:02d}-comments.docx", track_changes=False)
        tracked = annotate(draft, folder / f"{n:02d}-tracked.docx", track_changes=True)
        out[name] = Exported(draft, comments, tracked)
    return out


def _paragraphs(path: Path) -> Iterator[etree._Element]:
    yield from lo.main_part(path)[1].iter(f"{{{W}}}p")


def _ours(el: etree._Element, tag: str, stop: etree._Element) -> bool:
    anc = el.getparent()
    while anc is not None and anc is not stop:
        if anc.tag == f"{{{W}}}{tag}" and anc.get(f"{{{W}}}author") == DRAFTER:
            return True
        anc = anc.getparent()
    return False


TEXT = {f"{{{W}}}{t}" for t in ("t", "delText", "tab", "br", "noBreakHyphen")}


def marks_of(p: etree._Element) -> tuple[int, str]:
    """The revision marks a reader sees in ``p`` (stretches of our inserted or deleted text, in
    document order) and the paragraph's text with our changes rejected."""
    count, last = 0, "plain"
    rejected = []
    for el in p.iter(*TEXT):
        kind = "ins" if _ours(el, "ins", p) else "del" if _ours(el, "del", p) else "plain"
        if kind not in ("plain", last):
            count += 1
        last = kind
        if kind != "ins":
            rejected.append({f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n"}.get(el.tag, el.text or ""))
    return count, "".join(rejected)


@pytest.mark.parametrize("name", DRAFTS)
def test_tracked_export_holds_each_wording_once_changes_no_title_and_few_marks(
    name: str, exported: dict[str, Exported]
) -> None:
    e = exported[name]
    draft = load_draft(e.draft)
    analysis = analyze(draft, load_library([]))
    result = reconcile(analysis, {}, Mode.ALL)
    before = "\n".join(p.text for p in draft.paragraphs)
    after = "\n".join(p.text for p in load_draft(e.tracked).paragraphs)  # every change accepted
    for change in result.changes:
        old = draft.paragraph(change.part, change.paragraph).text[change.start : change.end]
        assert after.count(change.new_text) == before.count(change.new_text) - old.count(change.new_text) + 1
    for insertion in result.insertions:
        assert after.count(insertion.text) == before.count(insertion.text) + 1
    titles = {p.text.strip() for p in draft.paragraphs if p.text.strip() and is_title_paragraph(p)}
    for p in _paragraphs(e.tracked):
        count, rejected = marks_of(p)
        if count:
            assert count <= MAX_MARKS, rejected
            assert rejected.strip() not in titles, rejected


@pytest.mark.libreoffice
def test_comments_only_copies_lay_out_with_exactly_the_drafts_words(
    exported: dict[str, Exported], tmp_path: Path
) -> None:
    pdftotext = require_pdftotext()
    files = [path for e in exported.values() for path in (e.draft, e.comments_only)]
    opened = lo.to_pdf(files, tmp_path)
    assert all(opened.values()), [p.name for p, ok in opened.items() if not ok]
    pdfs = {pdf.stem: pdf for pdf in tmp_path.rglob("*.pdf")}

    def text(path: Path) -> str:
        pdf = pdfs[path.stem]
        return subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout

    wrong = [name for name, e in exported.items() if text(e.draft) != text(e.comments_only)]
    assert not wrong, wrong


@pytest.mark.parametrize("name", DRAFTS)
def test_exports_add_no_validator_finding(name: str, exported: dict[str, Exported]) -> None:
    e = exported[name]
    before = audit_draft(e.draft)
    for export in (e.comments_only, e.tracked):
        added = audit(export) - before
        assert not added, f"{export.name} adds {sorted(added)}"
