"""A long draft judged in two halves at once (``analyze(split=True)``, drafter/forking.py)
gives exactly the findings of one pass; a half that fails or dies is told or redone."""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from drafter import analysis, forking
from drafter.analysis import SPLIT_FROM, analyze
from drafter.document import load_draft
from drafter.library.loader import Library, load_library
from drafter.model import Draft
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([])


@pytest.fixture(scope="module")
def long_draft(tmp_path_factory: pytest.TempPathFactory) -> Draft:
    """The benchmark's 100-page treaty draft (clauses on impunity among boilerplate, footnotes)."""
    spec = importlib.util.spec_from_file_location(
        "drafter_bench_generate", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("long") / "treaty-100p.docx"
    module.generate(100, path)
    draft = load_draft(path)
    assert len(draft.paragraphs) >= SPLIT_FROM and draft.footnotes
    return draft


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the splits, and allows them in this (perhaps threaded) test process: the child
    runs only the analysis."""
    calls: list[int] = []
    real = forking.beside

    def counted(in_child, here):  # type: ignore[no-untyped-def]
        calls.append(os.getpid())
        return real(in_child, here)

    monkeypatch.setattr(analysis, "beside", counted)
    monkeypatch.setattr(analysis, "worth_forking", lambda: True)
    return calls


def test_two_halves_find_what_one_pass_finds(long_draft: Draft, library: Library, forks: list[int]) -> None:
    one_pass = analyze(long_draft, library).to_json()
    assert not forks
    halves = analyze(long_draft, library, split=True).to_json()
    assert forks, "the draft was split"
    assert halves == one_pass
    findings = one_pass["findings"]
    assert isinstance(findings, list) and len(findings) > 20
    middle = len(long_draft.paragraphs) // 2
    assert {f["paragraph"] < middle for f in findings if f["part"] == "body"} == {True, False}
    assert len(long_draft.footnotes) > 0  # the child judges them too


def test_a_short_draft_is_not_split(library: Library, forks: list[int]) -> None:
    draft = load_draft(ROOT / "tests" / "dev_drafts" / "rolling_text_en.docx")
    assert len(draft.paragraphs) < SPLIT_FROM
    assert analyze(draft, library, split=True).findings
    assert not forks


def test_a_half_that_dies_is_judged_here(
    long_draft: Draft, library: Library, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def dies(*_: object) -> None:
        os._exit(9)

    monkeypatch.setattr(forking, "_child", dies)
    assert analyze(long_draft, library, split=True).to_json() == analyze(long_draft, library).to_json()
    assert forks


def test_an_error_in_the_other_half_is_raised_here(
    long_draft: Draft, library: Library, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real = analysis._judge

    def fails_in_child(*args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise ValueError("a unit the child could not judge")
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "_judge", fails_in_child)
    with pytest.raises(ValueError, match="could not judge"):
        analyze(long_draft, library, split=True)
