"""A long draft judged in two parts at once, the larger by a helper process started before the
draft was read (``sharing.SecondJudge`` on ``forking.Helper``), gives exactly the findings of
one pass; a helper that fails, dies or judges otherwise is told or replaced, and what it checks
first about the file is the verdict the command line gives."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from drafter import analysis, forking
from drafter.analysis import Judge, analyze
from drafter.cli import HELPER_FROM_BYTES
from drafter.document import load_draft
from drafter.errors import NotADocxError
from drafter.library.loader import Library, load_library
from drafter.matching.engine import MatchSettings
from drafter.model import Draft, Part
from drafter.ooxml.package import inspect_package
from drafter.sharing import SPLIT_FROM, SecondJudge
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not (hasattr(os, "fork") and hasattr(os, "memfd_create")), reason="needs fork and memfd"
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([])


@pytest.fixture(scope="module")
def long_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
    return path


@pytest.fixture(scope="module")
def long_draft(long_path: Path) -> Draft:
    draft = load_draft(long_path)
    assert len(draft.paragraphs) >= SPLIT_FROM and draft.footnotes
    return draft


@pytest.fixture
def judged_where(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, list[tuple[Part, int, int]]]]:
    """Which stretches were judged, and whether in this process (the child's entries are lost
    with it: only this process's are seen)."""
    seen: list[tuple[bool, list[tuple[Part, int, int]]]] = []
    real = analysis.Judge.findings
    parent = os.getpid()

    def recorded(self, draft, context, stretches, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((os.getpid() == parent, list(stretches)))
        return real(self, draft, context, stretches, *args, **kwargs)

    monkeypatch.setattr(analysis.Judge, "findings", recorded)
    return seen


def test_two_parts_find_what_one_pass_finds(
    long_draft: Draft, library: Library, judged_where: list[tuple[bool, list[tuple[Part, int, int]]]]
) -> None:
    one_pass = analyze(long_draft, library).to_json()
    del judged_where[:]
    with SecondJudge(lambda: Judge(library)) as helper:
        assert helper.hand_over(long_draft)
        shared = analyze(long_draft, library, helper=helper).to_json()
    # This process judged only its own, smaller, part of the body; the helper the rest.
    assert judged_where == [(True, helper.own)]
    (_, start, stop), *_ = helper.theirs
    assert 0 < start < stop == len(long_draft.paragraphs)
    assert helper.theirs[-1] == (Part.FOOTNOTES, 0, len(long_draft.footnotes))
    assert shared == one_pass
    findings = one_pass["findings"]
    assert isinstance(findings, list) and len(findings) > 20
    assert {f["paragraph"] < start for f in findings if f["part"] == "body"} == {True, False}


def test_a_short_draft_is_judged_here_whole(
    library: Library, judged_where: list[tuple[bool, list[tuple[Part, int, int]]]]
) -> None:
    draft = load_draft(ROOT / "tests" / "dev_drafts" / "rolling_text_en.docx")
    assert len(draft.paragraphs) < SPLIT_FROM
    with SecondJudge(lambda: Judge(library)) as helper:
        assert not helper.hand_over(draft)
        assert analyze(draft, library, helper=helper).findings
    assert judged_where == [(True, [(Part.BODY, 0, len(draft.paragraphs)), (Part.FOOTNOTES, 0, 0)])]


def test_a_helper_that_dies_is_replaced_here(
    long_draft: Draft, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dies(*_: object) -> None:
        os._exit(9)

    monkeypatch.setattr(forking, "_helper_child", dies)
    with SecondJudge(lambda: Judge(library)) as helper:
        shared = analyze(long_draft, library, helper=helper).to_json()
    assert shared == analyze(long_draft, library).to_json()


def test_a_helper_whose_library_failed_is_replaced_here(long_draft: Draft, library: Library) -> None:
    def broken() -> Library:
        raise OSError("the library folder cannot be read")

    with SecondJudge(lambda: Judge(broken())) as helper:
        shared = analyze(long_draft, library, helper=helper).to_json()
    assert shared == analyze(long_draft, library).to_json()


def test_a_helper_that_judges_otherwise_is_not_trusted(
    long_draft: Draft, library: Library, judged_where: list[tuple[bool, list[tuple[Part, int, int]]]]
) -> None:
    stricter = MatchSettings(topic_only_min=90.0)
    with SecondJudge(lambda: Judge(library, stricter)) as helper:
        shared = analyze(long_draft, library, helper=helper).to_json()
    assert judged_where == [(True, helper.own), (True, helper.theirs)]
    assert shared == analyze(long_draft, library).to_json()


def test_an_error_in_the_helpers_part_is_raised_here(
    long_draft: Draft, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real = analysis._judge

    def fails_in_child(*args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise ValueError("a unit the child could not judge")
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "_judge", fails_in_child)
    with SecondJudge(lambda: Judge(library)) as helper, pytest.raises(ValueError, match="could not judge"):
        analyze(long_draft, library, helper=helper)


def test_what_the_helper_found_first_is_told(long_draft: Draft, library: Library) -> None:
    def damaged() -> object:
        raise NotADocxError("'x.docx' is damaged.", "Save it again.")

    with SecondJudge(lambda: Judge(library), first=lambda: "checked") as helper:
        analyze(long_draft, library, helper=helper)
    assert helper.first == "checked"
    with SecondJudge(lambda: Judge(library), first=damaged) as helper, pytest.raises(NotADocxError) as raised:
        analyze(long_draft, library, helper=helper)
    assert (raised.value.problem, raised.value.advice) == ("'x.docx' is damaged.", "Save it again.")


def _drafter(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DRAFTER_HOME": str(home), "DRAFTER_LANGUAGE": "en"}
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_finds_the_same_in_two_processes(long_path: Path, tmp_path: Path) -> None:
    """`drafter analyze` of a long draft (which it shares with a helper where it can) prints the
    findings of one pass."""
    run = _drafter("analyze", "--json", str(long_path), home=tmp_path)
    assert run.returncode == 0, run.stderr
    library = load_library([])
    expected = analyze(load_draft(long_path), library).to_json()
    import json

    assert json.loads(run.stdout) == json.loads(json.dumps(expected, ensure_ascii=False))


def test_a_long_draft_with_a_damaged_structure_is_refused_as_in_one_process(
    long_path: Path, tmp_path: Path
) -> None:
    """The helper checks the file's structure while the command line reads the body: a part the
    relationships name but the file lacks is refused with the words of the one-process check."""
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(long_path) as src, zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdGone" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/image" Target="media/gone.png"/></Relationships>',
                )
            out.writestr(item, data)
    assert damaged.stat().st_size > HELPER_FROM_BYTES  # long enough for a helper
    with pytest.raises(NotADocxError) as here:
        inspect_package(damaged)
    assert "gone.png" in here.value.problem
    run = _drafter("analyze", "--json", str(damaged), home=tmp_path)
    assert run.returncode == 2
    assert here.value.problem in run.stderr
    assert run.stdout == ""
