"""Test set-up: every test runs with its own user folders and offscreen Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_DEV = SHARED / "eval-dev"
CORPUS_WILD = SHARED / "corpus" / "docx-wild"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real settings, library or review files."""
    home = tmp_path_factory.mktemp("drafter-home")
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.delenv("DRAFTER_LIBRARY_DIR", raising=False)
    return home


def require_soffice() -> str:
    """The LibreOffice binary; in CI its absence is a failure, elsewhere a skip."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required in CI; .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe


def require_shared(path: Path) -> Path:
    """Material shared beside the checkout (../shared); not ours to install, so skip without it."""
    if not path.exists():
        pytest.skip(f"{path} is not available next to this checkout")
    return path
