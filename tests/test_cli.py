"""The ``drafter`` program as a user runs it: a process whose output is complete when it ends
(it leaves without Python's object-by-object teardown, so nothing may be left unwritten)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.cli import render_report
from drafter.document import load_draft
from drafter.errors import DraftChangedError
from drafter.export import export_annotated
from drafter.library.loader import load_library
from tests.builders import build_sample, text_docx

ROOT = Path(__file__).resolve().parents[1]


def _drafter(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    # As a user's shell runs it: output to a pipe is block-buffered (not unbuffered, as some
    # environments ask with PYTHONUNBUFFERED), so unflushed output would be lost.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.Popen([sys.executable, "-m", "drafter", *args], cwd=ROOT, env=env, **kwargs)  # type: ignore[call-overload]


def test_json_output_is_complete(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "sample.docx")
    proc = _drafter(
        "analyze", str(sample), "--json", "--no-user-library", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert err == b""
    expected = analyze(load_draft(sample), load_library([])).to_json()
    assert json.loads(out) == json.loads(json.dumps(expected))
    assert out.endswith(b"}\n")


def test_text_report_is_complete(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "sample.docx")
    proc = _drafter(
        "analyze", str(sample), "--no-user-library", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    library = load_library([])
    expected = render_report(analyze(load_draft(sample), library), library) + "\n"
    assert out.decode("utf-8") == expected


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """``drafter analyze draft.docx | head -1``: the report is cut short, quietly (a report
    far longer than a pipe holds, so that writing it fails once the reader is gone)."""
    clauses = [
        f"{n}. Amnesties may be granted for the crimes referred to in article {n}." for n in range(1, 600)
    ]
    draft = text_docx(tmp_path / "long.docx", clauses)
    with _drafter(
        "analyze", str(draft), "--no-user-library", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
    assert first.startswith(b"Draft: long.docx")
    assert proc.returncode == 0
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_annotated_copy_is_whole_when_the_process_ends(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "sample.docx")
    out = tmp_path / "annotated.docx"
    proc = _drafter("annotate", str(sample), "-o", str(out), "--no-user-library", stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        comments = zf.read("word/comments.xml").decode("utf-8")
    findings = analyze(load_draft(sample), load_library([])).findings
    # Conforming clauses are left unmarked unless asked for (--include-conforming).
    flagged = [f for f in findings if f.stance.value != "conforms"]
    assert comments.count("<w:comment ") >= len(flagged) > 0


def test_an_export_refuses_a_draft_saved_again_since_it_was_analysed(tmp_path: Path) -> None:
    """Findings are paragraph indices and offsets in the text analysed: on a draft Word has
    saved again since, they would put highlights, comments and tracked deletions on other
    words. The original is left as it is and nothing is written."""
    sample = build_sample(tmp_path / "sample.docx")
    analysis = analyze(load_draft(sample), load_library([]))
    assert analysis.findings
    text_docx(sample, ["1. A new first paragraph.", *(p.text for p in analysis.draft.paragraphs)])
    saved = sample.read_bytes()
    out = tmp_path / "annotated.docx"
    with pytest.raises(DraftChangedError, match="has changed since it was analysed"):
        export_annotated(analysis, None, out)
    assert not out.exists()
    assert sample.read_bytes() == saved
    export_annotated(analyze(load_draft(sample), load_library([])), None, out)  # analysed again: fine
    assert out.exists()
