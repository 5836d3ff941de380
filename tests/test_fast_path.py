"""The fast path (trigger words, term index) finds exactly what trying everything finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from tests.builders import build_sample
from tests.conftest import EVAL_DEV, ROOT, require_shared

OWN = sorted((ROOT / "tests" / "dev_drafts").glob("*.docx"))
SHARED = sorted(EVAL_DEV.glob("*.docx")) if EVAL_DEV.exists() else []


def _same(path: Path) -> None:
    lib = load_library([])
    draft = load_draft(path)
    fast = analyze(draft, lib).to_json()
    slow = analyze(draft, lib, exhaustive=True).to_json()
    assert fast == slow
    assert fast["findings"], "a draft with findings makes the comparison meaningful"


@pytest.mark.parametrize("path", OWN + SHARED, ids=[p.name for p in OWN + SHARED])
def test_fast_path_equals_exhaustive_on_dev_drafts(path: Path) -> None:
    if path in SHARED:
        require_shared(EVAL_DEV)
    _same(path)


def test_fast_path_equals_exhaustive_on_the_sample(tmp_path: Path) -> None:
    _same(build_sample(tmp_path / "sample.docx"))
