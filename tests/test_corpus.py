"""Real-world .docx files from other projects: each annotates with its text intact, or is refused clearly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.errors import DrafterError
from drafter.library.loader import load_library
from drafter.model import Part
from drafter.ooxml.writer import ExportPlan, SpanMark, write_docx
from tests.conftest import CORPUS_WILD, EVAL_DEV, ROOT, SHARED, require_shared

WILD = sorted(CORPUS_WILD.rglob("*.docx")) if CORPUS_WILD.exists() else []
# The wild files Drafter refuses, with words of the message: none today. Every other file must
# be read and annotated (a reader that refused everything fails here, file by file).
EXPECTED_REFUSED: dict[str, str] = {}


def _texts(path: Path) -> tuple[list[str], list[str]]:
    draft = load_draft(path)
    return [p.text for p in draft.paragraphs], [p.text for p in draft.footnotes]


@pytest.mark.parametrize("path", WILD, ids=[p.name for p in WILD])
def test_wild_file_annotates_with_text_preserved(path: Path, tmp_path: Path) -> None:
    if path.name in EXPECTED_REFUSED:
        with pytest.raises(DrafterError, match=EXPECTED_REFUSED[path.name]) as refused:
            load_draft(path)
        assert refused.value.problem and refused.value.advice  # the message says what to do
        return
    draft = load_draft(path)  # a refusal of a file that is not expected to be refused fails
    analysis = analyze(draft, load_library([]))
    # Mark every paragraph as well as the findings, to exercise run splitting everywhere.
    marks = [
        SpanMark(p.part, p.index, 0, len(p.text), "yellow", "check")
        for p in draft.paragraphs
        if p.text and not p.shadow
    ]
    marks += [
        SpanMark(Part.FOOTNOTES, p.index, 0, len(p.text), "cyan", None)
        for p in draft.footnotes
        if p.text and not p.shadow
    ]
    marks += [SpanMark(f.part, f.paragraph, f.start, f.end, "magenta", f.category) for f in analysis.findings]
    out = tmp_path / "out.docx"
    write_docx(path, out, ExportPlan(marks=marks))
    assert _texts(out) == _texts(path)


def test_wild_corpus_is_present() -> None:
    require_shared(CORPUS_WILD)
    assert len(WILD) > 50
    # Every expected refusal names a file of the corpus, and most files are read.
    assert set(EXPECTED_REFUSED) <= {p.name for p in WILD}
    assert len(EXPECTED_REFUSED) < len(WILD) // 10


@pytest.mark.parametrize("cases", ["shared", "own"])
def test_dev_set_scores(cases: str) -> None:
    """The figures of the core issue, measured with the shared scorer on the shared dev set and
    on our own labelled French and rolling-text drafts (tests/dev_drafts)."""
    require_shared(EVAL_DEV)
    extra = [] if cases == "shared" else ["--cases", str(ROOT / "tests" / "dev_drafts")]
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_findings.py"), "--json", *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["errors"] == []
    assert scores["recall_must"] >= 0.90
    assert scores["cat_recall"] >= 0.85
    assert scores["precision"] >= 0.75
    assert scores["contrast_safe"] == 1.0
    assert scores["missing_acc"] == 1.0


def test_real_text_corpus_is_built_from_its_sources() -> None:
    """tests/corpus: every source validates, and the .docx and labels are those it builds."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "corpus" / "build.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = {p.stem for p in (ROOT / "tests" / "corpus" / "src").glob("*.yaml")}
    assert len(names) >= 30
    assert all(sum(n.startswith(f"{lang}_") for n in names) >= 8 for lang in ("en", "es", "fr"))


# Issue 14's targets on the real-text corpus are recall_must 0.95, cat_recall 0.93, precision
# 0.88, contrast_safe 1.0 and missing_acc 1.0; they are not reached yet. Until they are, these
# hold what is reached, so that no change loses ground (raise them as the figures rise): on the
# first two batches, and on the whole corpus with each later batch (gathered after the rules of
# the batches before it were written, so it starts lower).
REACHED = {
    "1,2": {  # the 66 instruments of batches 1 and 2
        "recall_must": 0.92,
        "cat_recall": 0.95,
        "precision": 0.95,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3": {  # 84 instruments
        "recall_must": 0.88,
        "cat_recall": 0.94,
        "precision": 0.94,
        "contrast_safe": 0.98,
        "missing_acc": 0.98,
    },
    "1,2,3,4": {  # 109 instruments
        "recall_must": 0.87,
        "cat_recall": 0.91,
        "precision": 0.92,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3,4,5": {  # 134 instruments
        "recall_must": 0.86,
        "cat_recall": 0.89,
        "precision": 0.92,
        "contrast_safe": 0.99,
        "missing_acc": 0.97,
    },
    "1,2,3,4,5,6": {  # 153 instruments
        "recall_must": 0.85,
        "cat_recall": 0.87,
        "precision": 0.91,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3,4,5,6,7": {  # 172 instruments
        "recall_must": 0.84,
        "cat_recall": 0.86,
        "precision": 0.91,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3,4,5,6,7,8": {  # 200 instruments
        "recall_must": 0.84,
        "cat_recall": 0.85,
        "precision": 0.92,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3,4,5,6,7,8,9": {  # 215 instruments
        "recall_must": 0.84,
        "cat_recall": 0.85,
        "precision": 0.91,
        "contrast_safe": 0.99,
        "missing_acc": 0.98,
    },
    "1,2,3,4,5,6,7,8,9,10": {  # 229 instruments
        "recall_must": 0.83,
        "cat_recall": 0.86,
        "precision": 0.91,
        "contrast_safe": 0.99,
        "missing_acc": 0.97,
    },
    "1,2,3,4,5,6,7,8,9,10,11": {  # the whole corpus, 236 instruments
        "recall_must": 0.83,
        "cat_recall": 0.86,
        "precision": 0.90,
        "contrast_safe": 0.99,
        "missing_acc": 0.97,
    },
}


def test_every_instrument_is_in_one_batch() -> None:
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    try:
        from score import batches  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    names = {p.stem for p in (ROOT / "tests" / "corpus" / "src").glob("*.yaml")}
    assert set(batches()) == names
    listed = [
        line.strip()
        for line in (ROOT / "tests" / "corpus" / "batches.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize("batches", list(REACHED))
def test_real_text_corpus_holds_what_is_reached(batches: str) -> None:
    require_shared(SHARED / "tools")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "corpus" / "score.py"), "--json", "--batches", batches],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["errors"] == []
    assert {k: v for k, v in REACHED[batches].items() if scores[k] < v} == {}
