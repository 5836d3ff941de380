"""Two versions analysed side by side (drafter/versions.py): in a forked child and in this
process, the same analyses; the child's error or death told as if it had happened here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter import forking
from drafter.cli import main
from drafter.errors import DrafterError, NotADocxError
from drafter.library.loader import Library, load_library
from drafter.versions import analyse_versions
from tests.version_pairs import french_pair

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([])


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return french_pair(tmp_path_factory.mktemp("pair"))


def test_the_child_analyses_as_this_process_does(pair: tuple[Path, Path], library: Library) -> None:
    old, new = pair
    forked = analyse_versions(old, new, library, parallel=True)
    here = analyse_versions(old, new, library, parallel=False)
    assert [a.to_json() for a in forked] == [a.to_json() for a in here]
    assert forked[0].draft.path == str(old) and forked[1].draft.path == str(new)
    assert forked[0].to_json() != forked[1].to_json()  # two versions, not one twice


def test_an_error_in_the_earlier_version_reaches_the_caller_whole(
    pair: tuple[Path, Path], library: Library, tmp_path: Path
) -> None:
    bad = tmp_path / "old.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(NotADocxError) as here:
        analyse_versions(bad, pair[1], library, parallel=False)
    with pytest.raises(NotADocxError) as forked:
        analyse_versions(bad, pair[1], library, parallel=True)
    assert (forked.value.problem, forked.value.advice) == (here.value.problem, here.value.advice)
    assert "old.docx" in forked.value.message


def test_a_child_that_dies_silently_is_replaced_by_this_process(
    pair: tuple[Path, Path], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dies(*_: object) -> None:
        os._exit(9)

    monkeypatch.setattr(forking, "_child", dies)
    old, new = pair
    earlier, later = analyse_versions(old, new, library, parallel=True)
    assert earlier.to_json() == analyse_versions(old, new, library, parallel=False)[0].to_json()
    assert later.draft.path == str(new)


def test_compare_names_the_damaged_earlier_version(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "earlier.docx"
    bad.write_bytes(b"not a zip at all")
    assert main(["compare", str(bad), str(pair[1]), "--no-user-library"]) == 2
    err = capsys.readouterr().err
    assert "earlier.docx" in err and len(err.strip().splitlines()) == 1


def test_errors_survive_pickling() -> None:
    import pickle

    error = NotADocxError("x.docx is damaged.", "Save it again.")
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, DrafterError)
    assert (back.problem, back.advice, back.message) == (error.problem, error.advice, error.message)
