"""What the installable application relies on, checked without building it (tests/test_bundle.py
builds it): where the shipped data is found, the app's self-test, the icons, the desktop entry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import paths

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def test_the_shipped_data_is_found_beside_the_package_in_a_checkout() -> None:
    assert paths._data_root() == ROOT
    assert paths.shipped_library_dir() == ROOT / "clause_library"
    assert paths.sample_draft().is_file()
    assert paths.docs_dir() == ROOT / "docs"


def test_the_shipped_data_is_found_in_the_bundle_folder_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What PyInstaller's bootloader sets (packaging/drafter.spec puts the data there).
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths._data_root() == tmp_path
    # sys._MEIPASS alone (a frozen build's leftover in an ordinary interpreter) changes nothing.
    monkeypatch.delattr(sys, "frozen")
    assert paths._data_root() == ROOT


def test_the_environment_still_overrides_the_shipped_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DRAFTER_LIBRARY_DIR", str(tmp_path / "lib"))
    monkeypatch.setenv("DRAFTER_RESOURCES_DIR", str(tmp_path / "res"))
    assert paths.shipped_library_dir() == tmp_path / "lib"
    assert paths.sample_draft() == tmp_path / "res" / "sample" / "sample-draft.docx"


def _drafter(*args: str, language: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if language is not None:
        env["DRAFTER_LANGUAGE"] = language
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_self_test_opens_the_sample_and_says_what_it_found() -> None:
    run = _drafter("gui", "--self-test")
    assert run.returncode == 0, run.stderr
    line = run.stdout.strip()
    assert line.startswith("drafter: self-test: sample-draft.docx: ")
    assert " findings, " in line and "categories missing (clause library " in line


def test_the_self_test_fails_with_the_reason_when_the_draft_cannot_be_analysed(tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("plain text\n", encoding="utf-8")
    run = _drafter("gui", "--self-test", str(bad))
    assert run.returncode == 1
    assert "drafter: self-test: failed: 'notes.docx' is not a Word .docx document" in run.stderr
    assert not run.stdout.strip()


def test_the_app_speaks_the_language_the_command_line_speaks(tmp_path: Path) -> None:
    # The app resolves the language as the command line does (DRAFTER_LANGUAGE here): its error
    # boxes say the core's messages in that language, beside widgets translated into it.
    bad = tmp_path / "notas.docx"
    bad.write_text("texto\n", encoding="utf-8")
    for language, words in (
        ("es", "no es un documento .docx de Word"),
        ("fr", "n’est pas un document Word .docx"),
    ):
        run = _drafter("gui", "--self-test", str(bad), language=language)
        assert run.returncode == 1
        assert f"'notas.docx' {words}" in run.stderr, run.stderr
        cli = _drafter("analyze", str(bad), language=language)
        assert cli.returncode == 2 and f"'notas.docx' {words}" in cli.stderr, cli.stderr
    english = _drafter("gui", "--self-test", str(bad), language="en")
    assert "'notas.docx' is not a Word .docx document" in english.stderr, english.stderr


def test_the_command_line_alone_imports_neither_qt_nor_numpy() -> None:
    # The bundle leaves numpy out (packaging/drafter.spec): nothing Drafter runs may import it.
    code = (
        "import sys; import drafter.cli, drafter.export, drafter.memo_files, drafter.compare, drafter.review;"
        "import drafter.app.main, drafter.app.memo_print;"
        "print(sorted(m for m in ('numpy', 'mypy', 'rich') if m in sys.modules))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_the_icons_exist_in_every_size_and_format() -> None:
    from PySide6.QtGui import QImageReader

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        reader = QImageReader(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "drafter.png"))
        assert reader.size().width() == size and reader.size().height() == size
    for name, sizes in (
        ("drafter.ico", {16, 24, 32, 48, 64, 128, 256}),
        ("drafter.icns", {16, 32, 64, 128, 256, 512, 1024}),
    ):
        reader = QImageReader(str(ICONS / name))
        found = set()
        for i in range(reader.imageCount()):
            reader.jumpToImage(i)
            found.add(reader.read().width())
        assert found == sizes, name


def _fake_bundle(tmp_path: Path) -> Path:
    """A folder laid out as dist/drafter/ is, its program a stand-in."""
    folder = tmp_path / "My Apps" / "drafter"
    (folder / "_internal").mkdir(parents=True)
    shutil.copytree(ICONS, folder / "_internal" / "resources" / "icons")
    program = folder / "drafter"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    shutil.copy2(ROOT / "scripts" / "install-desktop-entry", folder / "install-desktop-entry")
    return folder


def test_the_desktop_entry_installs_into_xdg_data_home_and_uninstalls(tmp_path: Path) -> None:
    folder = _fake_bundle(tmp_path)
    data_home = tmp_path / "xdg data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(data_home)}
    run = subprocess.run(
        [str(folder / "install-desktop-entry")],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    entry = data_home / "applications" / "drafter.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{folder / "drafter"}" gui %f' in text  # quoted: the path has a space
    assert "Icon=drafter" in text and "MimeType=application/vnd.openxmlformats-officedocument" in text
    for size in (16, 48, 256, 512):
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "drafter.png").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / "drafter.svg").is_file()
    assert not (tmp_path / "home").exists()  # XDG_DATA_HOME, not ~/.local/share
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = subprocess.run(
            [validate, str(entry)], check=False, capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    run = subprocess.run(
        [str(folder / "install-desktop-entry"), "--uninstall"],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert not entry.exists()
    assert not list((data_home / "icons").rglob("drafter.*"))


def test_the_desktop_entry_defaults_to_the_users_local_share(tmp_path: Path) -> None:
    folder = _fake_bundle(tmp_path)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    run = subprocess.run(
        [str(folder / "install-desktop-entry")],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "home" / ".local" / "share" / "applications" / "drafter.desktop").is_file()


def test_the_desktop_entry_refuses_a_path_it_cannot_quote(tmp_path: Path) -> None:
    folder = _fake_bundle(tmp_path)
    odd = folder.rename(tmp_path / "a$b")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    run = subprocess.run(
        [str(odd / "install-desktop-entry")], env=env, check=False, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    assert "cannot quote" in run.stderr
    assert not (tmp_path / "xdg" / "applications" / "drafter.desktop").exists()
