"""Test set-up: every test runs with its own user folders and offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_DEV = SHARED / "eval-dev"
CORPUS_WILD = SHARED / "corpus" / "docx-wild"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real settings, library or review files; speak English."""
    home = tmp_path_factory.mktemp("drafter-home")
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.delenv("DRAFTER_LIBRARY_DIR", raising=False)
    # English, whatever the developer's locale or a test before this one chose (drafter.i18n);
    # commands run as processes inherit it.
    monkeypatch.setenv("DRAFTER_LANGUAGE", "en")
    from drafter import i18n

    i18n.set_language(None)
    return home


# The test that opens every export of the session in LibreOffice; it runs last.
LAST_TEST = "test_every_export_of_the_session_opens_in_libreoffice"


@pytest.fixture(scope="session", autouse=True)
def session_exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Path]]:
    """A copy of every .docx that write_docx writes in this session, in a folder of its own.

    The exports themselves live in each test's folder and may be gone when the last test
    runs; the copies never go into a test's folder, so tests that check their folder for
    stray files see none. (Exports written by a ``drafter`` subprocess are not seen.)
    """
    from drafter.ooxml import writer

    folder = tmp_path_factory.mktemp("session-exports")
    recorded: list[Path] = []
    save = writer._save_atomically

    def save_and_record(document: object, dst: Path) -> None:
        save(document, dst)
        copy = folder / f"{len(recorded):04d}-{dst.name}"
        shutil.copyfile(dst, copy)
        recorded.append(copy)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(writer, "_save_atomically", save_and_record)
        yield recorded


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Move LAST_TEST to the end, after every test that writes exports. Skip the tests marked
    ``bundle`` (they build the installable application, with PyInstaller, which the test command
    does not install) unless ``-m`` names them: ``make bundle-check`` and .ci/run do."""
    last = [item for item in items if item.name == LAST_TEST]
    items[:] = [item for item in items if item.name != LAST_TEST] + last
    if "bundle" not in (config.getoption("markexpr", "") or ""):
        skip = pytest.mark.skip(reason="builds the installable application: run make bundle-check")
        for item in items:
            if "bundle" in item.keywords:
                item.add_marker(skip)


def require_soffice() -> str:
    """The LibreOffice binary; in CI its absence is a failure, elsewhere a skip."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required in CI; .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe


def require_pdftotext() -> str:
    """pdftotext (poppler-utils), to read a PDF back; in CI its absence is a failure, elsewhere
    a skip (``scripts/bootstrap`` installs it with CI=true)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is required in CI; .ci/run installs it")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return exe


def require_shared(path: Path) -> Path:
    """Material shared beside the checkout (../shared); not ours to install, so skip without it."""
    if not path.exists():
        pytest.skip(f"{path} is not available next to this checkout")
    return path
