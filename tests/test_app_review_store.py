# ruff: noqa: F811 (the fixtures of tests/test_app.py, imported, are parameters here)
"""The app when the review cannot be saved: the decision shows and is kept, the lawyer is told
once where and why, can retry or save elsewhere, the save is retried, and closing says what is
true. A saved review that cannot be read never leaves the window on "Analysing..."."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drafter import paths
from drafter.app.main_window import MainWindow
from drafter.model import Stance
from drafter.review import sidecar_path
from tests.test_app import Recorder, _select, sample, wait_loaded, window  # noqa: F401 (fixtures)


def _fail_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(paths.os, "fsync", full)


def _accept_one(qtbot: QtBot, win: MainWindow) -> int:
    index = _select(win, lambda f: f.stance is not Stance.CONFORMS)
    qtbot.mouseClick(win.detail.accept_button, Qt.MouseButton.LeftButton)
    return index


def test_a_failed_save_is_told_once_kept_and_retried(
    qtbot: QtBot, window: tuple[MainWindow, Recorder], sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win, _ = window
    win.open_path(sample)
    wait_loaded(qtbot, win)
    asked: list[str] = []
    answers = ["retry", "keep"]
    win.ask_review_not_saved = lambda text: asked.append(text) or answers.pop(0)  # type: ignore[method-assign]
    _fail_saves(monkeypatch)
    index = _accept_one(qtbot, win)
    assert win.findings.status_text(index) == "Accepted"  # the list shows the decision
    assert len(asked) == 2  # told, retried (in vain), told again, kept
    assert "No space left on device" in asked[0] and str(sidecar_path(sample).parent) in asked[0]
    assert "not saved" in win.message.text() and win.review_retry.isActive()
    # A second decision does not ask again while the problem lasts.
    other = next(
        i
        for i, f in enumerate(win.loaded.analysis.findings)
        if i != index and f.stance is not Stance.CONFORMS
    )
    win.findings.select(other)
    qtbot.mouseClick(win.detail.accept_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    # The disk has room again: the timer's retry saves, and says so.
    monkeypatch.undo()
    win._retry_review_save()
    assert win.session.saved and not win.review_retry.isActive()
    assert sidecar_path(sample).is_file()
    assert "saved again" in win.message.text()


def test_closing_with_an_unsaved_review_asks_even_after_an_export(
    qtbot: QtBot,
    window: tuple[MainWindow, Recorder],
    sample: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    win, rec = window
    win.open_path(sample)
    wait_loaded(qtbot, win)
    win.ask_review_not_saved = lambda text: "keep"  # type: ignore[method-assign]
    _fail_saves(monkeypatch)
    _accept_one(qtbot, win)
    win.session.mark_exported()  # exported, but the review itself is not saved
    rec.unsaved_answers = ["elsewhere", "cancel"]
    win.ask_review_path = lambda suggested: str(tmp_path / "kept-review.json")  # type: ignore[method-assign]
    monkeypatch.undo()
    monkeypatch.setattr(paths.os, "open", _refuse_reviews_folder(os.open))
    assert win.close() is False  # saved elsewhere instead of closing
    assert (tmp_path / "kept-review.json").is_file()
    assert rec.infos and rec.infos[-1][0] == "Review saved"
    assert win.close() is False  # cancelled
    assert rec.asked_unsaved == 2
    monkeypatch.undo()
    assert win.close() is True  # the last try before closing saves it: nothing to ask


def _refuse_reviews_folder(real_open):  # type: ignore[no-untyped-def]
    def opener(path, flags, mode=0o777, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "reviews" in str(path) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, mode, *args, **kwargs)

    return opener


def test_an_unreadable_saved_review_does_not_stall_the_window(
    qtbot: QtBot, window: tuple[MainWindow, Recorder], sample: Path
) -> None:
    win, rec = window
    saved = sidecar_path(sample)
    saved.parent.mkdir(parents=True)
    saved.write_text('{"version": 1, "decisions": ' + "[" * 200_000 + "]" * 200_000 + "}")
    win.open_path(sample)
    wait_loaded(qtbot, win)
    assert rec.infos and rec.infos[0][0] == "Saved review set aside"
    assert "levels deep" in rec.infos[0][1]
    assert not win.message.text().startswith("Analysing")
