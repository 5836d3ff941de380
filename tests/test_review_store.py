"""The review store cannot fail silently: a save that fails (read-only folder, full disk) keeps
the decision in memory and says where and why, retries, and can save elsewhere; loading is
bounded and refuses special files. One atomic-write helper writes every file, with fsync of the
file and of its folder."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter import paths
from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.paths import atomic_write, reviews_dir
from drafter.review import Decision, ReviewSession, Status, finding_key
from drafter.review_store import MAX_REVIEW_DEPTH, ReviewReadError, json_depth, read_review
from tests.builders import text_docx

CLAUSES = [
    "Article 6",
    "1. States Parties shall endeavour not to grant amnesties for crimes against humanity.",
    "2. The President may grant a pardon to any person convicted of these crimes.",
]


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    draft = text_docx(tmp_path / "draft.docx", CLAUSES, headings=("Article 6",))
    return ReviewSession(analyze(load_draft(draft), load_library([])))


def _keys(session: ReviewSession) -> list[str]:
    return [finding_key(f) for f in session.analysis.findings]


def _mount(target: Path, options: str) -> Iterator[Path]:
    """A tmpfs at ``target`` (root only; skipped where it cannot be mounted)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture
def full_disk(isolated_user_folders: Path) -> Iterator[Path]:
    """The reviews folder on a 64 kB tmpfs, filled to the last byte."""
    folder = reviews_dir()
    for mounted in _mount(folder, "size=64k"):
        try:
            with (mounted / "filler").open("wb", buffering=0) as fh:
                while True:
                    fh.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        yield mounted


@pytest.fixture
def read_only_folder(isolated_user_folders: Path) -> Iterator[Path]:
    folder = reviews_dir()
    yield from _mount(folder, "ro,size=64k")


def _assert_kept_and_told(session: ReviewSession, key: str, reason: str) -> None:
    assert session.decision(key).status is Status.ACCEPTED  # kept in memory
    assert not session.saved
    problem = session.save_problem
    assert problem is not None
    assert problem.folder == reviews_dir()
    assert reason.lower() in problem.reason.lower()
    assert str(reviews_dir()) in problem.message and "kept in this window" in problem.message
    assert "\n" not in problem.message


def test_a_full_disk_keeps_the_decision_and_says_so(session: ReviewSession, full_disk: Path) -> None:
    key = _keys(session)[0]
    session.decide(key, Decision(Status.ACCEPTED))  # never raises
    _assert_kept_and_told(session, key, "No space left")
    assert [p.name for p in full_disk.iterdir()] == ["filler"]  # no temporary file left
    assert not session.retry_save()
    (full_disk / "filler").unlink()
    assert session.retry_save() and session.saved
    again = ReviewSession(session.analysis)
    assert again.restore().restored == 1


def test_a_read_only_folder_keeps_the_decision_and_saves_elsewhere(
    session: ReviewSession, read_only_folder: Path, tmp_path: Path
) -> None:
    key = _keys(session)[0]
    session.decide(key, Decision(Status.ACCEPTED))
    _assert_kept_and_told(session, key, "Read-only")
    elsewhere = session.save_to(tmp_path / "review.json")
    payload = json.loads(elsewhere.read_text(encoding="utf-8"))
    assert [d["key"] for d in payload["decisions"]] == [key]
    assert not session.saved  # the review's own place still holds nothing


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT])
def test_an_injected_write_failure_keeps_the_decision(
    session: ReviewSession, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    """The failure the disk reports late (at fsync), as a full disk or a lost share does."""
    real_fsync = os.fsync

    def failing(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(paths.os, "fsync", failing)
    key = _keys(session)[0]
    session.decide(key, Decision(Status.ACCEPTED))
    _assert_kept_and_told(session, key, os.strerror(error))
    assert [p for p in reviews_dir().iterdir() if p.name.startswith(".~")] == []
    monkeypatch.setattr(paths.os, "fsync", real_fsync)
    session.decide(_keys(session)[1], Decision(Status.DISMISSED))  # the next decision retries
    assert session.saved
    again = ReviewSession(session.analysis)
    assert again.restore().restored == 2


def _restore_within(session: ReviewSession, seconds: float = 20) -> object:
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(session.restore()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "restoring the review hangs"
    return result[0]


def test_a_review_file_that_is_a_fifo_is_set_aside(session: ReviewSession) -> None:
    session.path.parent.mkdir(parents=True)
    os.mkfifo(session.path)
    report = _restore_within(session)
    assert "not a regular file" in (report.problem or "")  # type: ignore[attr-defined]


def test_a_review_file_that_links_to_dev_zero_is_set_aside(session: ReviewSession) -> None:
    session.path.parent.mkdir(parents=True)
    session.path.symlink_to("/dev/zero")
    report = _restore_within(session)
    assert "link" in (report.problem or "")  # type: ignore[attr-defined]


def test_a_review_nested_200000_deep_is_set_aside(session: ReviewSession) -> None:
    session.path.parent.mkdir(parents=True)
    session.path.write_text('{"version": 1, "decisions": ' + "[" * 200_000 + "]" * 200_000 + "}")
    report = _restore_within(session)
    assert "levels deep" in (report.problem or "")  # type: ignore[attr-defined]
    assert report.corrupt_file is not None and report.corrupt_file.exists()  # type: ignore[attr-defined]


def test_review_size_and_depth_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.json"
    inner = MAX_REVIEW_DEPTH - 1  # inside the outer object
    path.write_text('{"a": "[[[{{{", "b": ' + "[" * inner + "]" * inner + "}")
    assert read_review(path) is not None
    path.write_text('{"b": ' + "[" * MAX_REVIEW_DEPTH + "]" * MAX_REVIEW_DEPTH + "}")
    with pytest.raises(ReviewReadError, match="levels deep"):
        read_review(path)
    assert json_depth(b'{"a": "[[\\"[", "b": [{}]}') == 3
    from drafter import review_store

    monkeypatch.setattr(review_store, "MAX_REVIEW_BYTES", 10)
    path.write_text('{"decisions": []}')
    with pytest.raises(ReviewReadError, match="larger than"):
        read_review(path)
    assert read_review(tmp_path / "none.json") is None


def test_one_atomic_write_syncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording(fd: int) -> None:
        synced.append("folder" if Path(f"/proc/self/fd/{fd}").is_dir() else "file")
        real_fsync(fd)

    monkeypatch.setattr(paths.os, "fsync", recording)
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, lambda fh: fh.write(b"new"))
    assert target.read_bytes() == b"new" and (target.stat().st_mode & 0o777) == 0o640
    assert synced == ["file", "folder"]

    def refuse(path: Path) -> None:
        raise ValueError("not valid")

    with pytest.raises(ValueError, match="not valid"):
        atomic_write(target, lambda fh: fh.write(b"bad"), check=refuse)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_every_writer_uses_the_one_atomic_write() -> None:
    """os.replace, tempfile and Path.replace appear only in the helper."""
    root = Path(__file__).resolve().parents[1] / "drafter"
    offenders = []
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        rel = source.relative_to(root).as_posix()
        if rel == "paths.py":
            continue
        if "tempfile" in text or "os.replace" in text or "tmp.replace(" in text or ".replace(path)" in text:
            offenders.append(rel)
    assert offenders == []
