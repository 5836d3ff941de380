"""The installable application: built afresh with PyInstaller (packaging/drafter.spec) and run with
no Python visible to it, the app offscreen on the sample draft and the command line.

Marked ``bundle``: skipped unless ``-m`` names it. ``make bundle-check`` (scripts/bundle --check)
installs PyInstaller and runs it, and so does .ci/run. Where the tests run as root with ``unshare``
(CI, the development machine), every program runs in a private mount namespace in which every
Python installation, the virtual environment and the checkout itself are hidden under empty
folders: the bundle has to carry its interpreter, its libraries and its data. Elsewhere it runs
in a clean environment (no virtual environment on PATH, no PYTHON* variables), and says so.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "drafter.spec"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 180


@dataclass
class Bundle:
    folder: Path  # dist/drafter: the program and _internal/
    program: Path
    scratch: Path  # a folder outside everything hidden, for the runs' files
    sandbox: list[str]  # the command prefix that hides Python (empty: a clean environment only)

    def run(self, *args: str | Path, language: str = "") -> subprocess.CompletedProcess[str]:
        home = self.scratch / "home"
        runtime = self.scratch / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "DRAFTER_HOME": str(home / "drafter"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        if language:
            env["DRAFTER_LANGUAGE"] = language
        command = [*self.sandbox, str(self.program), *map(str, args)]
        return subprocess.run(
            command,
            env=env,
            check=False,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            cwd=self.scratch,
        )


def _hidden_python() -> tuple[list[str], list[str]]:
    """The folders and files that make up the Python installations of this machine: this
    interpreter's (and its virtual environment), the system's, and any python3 on PATH."""
    folders = {Path(sys.prefix), ROOT}
    system = {Path("/"), Path("/usr"), Path("/usr/local")}
    for prefix in (Path(sys.base_prefix), Path(sys.exec_prefix)):
        folders.add(Path(sysconfig.get_paths()["stdlib"]) if prefix in system else prefix)
    folders.update([*Path("/usr/lib").glob("python3*"), *Path("/usr/local/lib").glob("python3*")])
    files: set[Path] = set()
    for folder, pattern in (
        ("/usr/bin", "python*"),
        ("/usr/local/bin", "python*"),
        ("/usr/lib", "*/libpython3*"),
        ("/usr/local/lib", "libpython3*"),
    ):
        files.update(Path(folder).glob(pattern))
    found = shutil.which("python3")
    if found:
        files.add(Path(found))
    home_pyenv = Path.home() / ".pyenv"
    if home_pyenv.is_dir():
        folders.add(home_pyenv)
    existing = {f.resolve() for f in folders if f.is_dir()}
    # A folder inside another one is hidden with it (and could not be mounted on once hidden).
    outer = sorted(str(f) for f in existing if not any(o != f and o in f.parents for o in existing))

    def inside(path: str) -> bool:
        return any(path.startswith(d + "/") for d in outer)

    # (A link is left alone: it points into a hidden folder, or to a file hidden here.)
    real = {f.resolve() for f in files if f.is_file()}
    kept_files = sorted(str(f) for f in real if not inside(str(f)))
    return outer, kept_files


def _sandbox(scratch: Path) -> list[str]:
    """A command prefix that runs a program with every Python installation hidden, or [] where
    this system does not allow it (not root, or no ``unshare``)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return []
    folders, files = _hidden_python()
    lines = ["set -e"]
    lines += [f"mount -t tmpfs -o ro,size=4k drafter-hidden {shlex.quote(d)}" for d in folders]
    lines += [f"mount --bind /dev/null {shlex.quote(f)}" for f in files]
    # The proof: no Python left to start.
    lines.append(
        'for p in python3 python; do if command -v "$p" >/dev/null 2>&1 && "$p" -c pass 2>/dev/null; '
        'then echo "a Python is still visible: $p" >&2; exit 97; fi; done'
    )
    lines.append('exec "$@"')
    script = scratch / "hide-python.sh"
    script.write_text("\n".join(lines) + "\n")
    prefix = ["unshare", "--mount", "--propagation", "private", "/bin/sh", str(script)]
    probe = subprocess.run([*prefix, "/bin/true"], check=False, capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        print(f"\n(cannot hide Python here: {probe.stderr.strip()[:200]}; a clean environment only)")
        return []
    return prefix


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail(
            "PyInstaller is not installed: run `make bundle-check` (scripts/bundle --check installs it)"
        )
    out = tmp_path_factory.mktemp("bundle")
    start = time.monotonic()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(SPEC),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        cwd=ROOT,
    )
    took = time.monotonic() - start
    assert build.returncode == 0, build.stderr[-6000:]
    folder = out / "dist" / "drafter"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(
        f"\nbuilt {folder} in {took:.0f} s: {size / 2**20:.0f} MiB in {sum(1 for _ in folder.rglob('*'))} files"
    )
    scratch = out / "scratch"
    scratch.mkdir()
    sandbox = _sandbox(scratch)
    print("runs with every Python installation hidden" if sandbox else "runs in a clean environment only")
    return Bundle(folder, folder / "drafter", scratch, sandbox)


def _library_version() -> str:
    return str(
        yaml.safe_load((ROOT / "clause_library" / "library.yaml").read_text(encoding="utf-8"))["version"]
    )


def test_the_bundle_carries_its_data(bundle: Bundle) -> None:
    data = bundle.folder / "_internal"
    for part in (
        "clause_library/library.yaml",
        "clause_library/languages/es.yaml",
        "clause_library/categories/amnesty.yaml",
        "resources/sample/sample-draft.docx",
        "resources/icons/drafter.svg",
        "resources/icons/hicolor/256x256/apps/drafter.png",
        "docs/README.md",
        "drafter/library/loader.py",  # the caches' keys stat the code (packaging/drafter.spec)
        "drafter/locale/es/LC_MESSAGES/drafter.mo",  # the command line's translations
        "drafter/locale/fr/LC_MESSAGES/drafter.mo",
        "drafter/app/translations/drafter_es.qm",  # the app's widgets (drafter/app/language.py)
        "drafter/app/translations/drafter_fr.qm",
        "drafter/app/translations/drafter_en.qm",
        "PySide6/Qt/translations/qtbase_es.qm",  # Qt's own buttons and dialogs
        "PySide6/Qt/translations/qtbase_fr.qm",
    ):
        assert (data / part).is_file(), part
    assert os.access(bundle.program, os.X_OK)
    assert (bundle.folder / "install-desktop-entry").is_file()
    # What the spec leaves out stays out.
    assert not list(data.rglob("numpy")) and not (data / "mypy").exists()


def test_the_app_opens_the_sample_draft_and_shows_its_analysis(bundle: Bundle) -> None:
    start = time.monotonic()
    run = bundle.run("gui", "--self-test")
    took = time.monotonic() - start
    print(f"\n$ drafter gui --self-test  ({took:.1f} s)\n{run.stdout.strip()}")
    assert run.returncode == 0, run.stderr
    found = re.search(r"self-test: sample-draft\.docx: (\d+) findings, (\d+) categories missing", run.stdout)
    assert found, run.stdout
    assert int(found.group(1)) > 0
    assert f"clause library {_library_version()}" in run.stdout
    assert run.stdout.strip().endswith("interface en: File, Cancel"), run.stdout
    # The widgets in the language chosen, Qt's own buttons too (the bundle carries both catalogues).
    for lang, words in (("es", "Archivo, Cancelar"), ("fr", "Fichier, Annuler")):
        run = bundle.run("gui", "--self-test", language=lang)
        assert run.returncode == 0, run.stderr
        print(run.stdout.strip())
        assert run.stdout.strip().endswith(f"interface {lang}: {words}"), run.stdout


def test_the_command_line_analyses_the_sample_draft(bundle: Bundle) -> None:
    sample = bundle.folder / "_internal" / "resources" / "sample" / "sample-draft.docx"
    run = bundle.run("analyze", sample, "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    stances = sorted({f["stance"] for f in data["findings"]})
    print(
        f"\n$ drafter analyze sample-draft.docx --json\n{len(data['findings'])} findings ({', '.join(stances)}), "
        f"missing: {', '.join(m['category'] for m in data['missing'])}; library {data['library']['version']}"
    )
    assert data["findings"] and data["library"]["version"] == _library_version()
    assert {"amnesty"} <= {m["category"] for m in data["missing"]}
    readable = bundle.run("analyze", sample)
    assert readable.returncode == 0, readable.stderr
    assert "contrary" in readable.stdout.lower()


def test_the_command_line_writes_the_memo_and_the_annotated_copy(bundle: Bundle) -> None:
    sample = bundle.folder / "_internal" / "resources" / "sample" / "sample-draft.docx"
    out = bundle.scratch
    for name in ("memo.docx", "memo.pdf", "memo.csv"):
        run = bundle.run("report", sample, "-o", out / name)
        assert run.returncode == 0, run.stderr
    assert (out / "memo.pdf").read_bytes().startswith(b"%PDF")
    run = bundle.run("annotate", sample, "-o", out / "annotated.docx", "--track-changes")
    assert run.returncode == 0, run.stderr
    for name in ("memo.docx", "annotated.docx"):
        with zipfile.ZipFile(out / name) as package:
            assert "word/document.xml" in package.namelist()
    with zipfile.ZipFile(out / "annotated.docx") as package:
        assert "word/comments.xml" in package.namelist()
        assert b"<w:ins " in package.read("word/document.xml")
    run = bundle.run("library", "check")
    assert run.returncode == 0, run.stderr


def test_a_file_that_is_not_a_draft_is_refused_in_one_line(bundle: Bundle) -> None:
    text = bundle.scratch / "notes.docx"
    text.write_text("plain text, not a Word document\n", encoding="utf-8")
    run = bundle.run("analyze", text)
    assert run.returncode == 2
    assert run.stderr.strip().startswith("drafter: error:") and "\n" not in run.stderr.strip()
    # ... in the language chosen (the bundle carries the catalogues).
    run = bundle.run("analyze", text, language="fr")
    assert run.returncode == 2
    assert run.stderr.startswith("drafter : erreur : 'notes.docx' n’est pas un document Word .docx"), (
        run.stderr
    )
    run = bundle.run(
        "analyze", bundle.folder / "_internal" / "resources" / "sample" / "sample-draft.docx", language="es"
    )
    assert run.returncode == 0, run.stderr
    print(f"\n$ DRAFTER_LANGUAGE=es drafter analyze sample-draft.docx\n{run.stdout[:400]}")
    assert run.stdout.startswith("Proyecto: sample-draft.docx") and "Resumen:" in run.stdout


def test_the_desktop_entry_installs_from_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    data_home = tmp_path / "xdg-data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home)}
    run = subprocess.run(
        [str(bundle.folder / "install-desktop-entry")],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    entry = data_home / "applications" / "drafter.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{bundle.program}" gui %f' in text
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / "drafter.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = subprocess.run(
            [validate, str(entry)], check=False, capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr
