"""Where Drafter keeps the user's data (own clauses, review decisions) and where it ships its own.

``DRAFTER_HOME`` moves everything of the user's into one folder (the tests use it so
that they never touch the real settings).

The shipped data (``clause_library/``, ``resources/``) is found from ``DATA_ROOT`` only: the top
of the source checkout, or, in the installable application built by PyInstaller
(packaging/drafter.spec), the bundle's own folder, which PyInstaller names ``sys._MEIPASS``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from drafter.i18n import _

APP_NAME = "Drafter"


def _data_root() -> Path:
    """The folder that holds ``clause_library/`` and ``resources/``: the bundle's folder in the
    built application (PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS``), else the checkout's
    top folder, the one above the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


DATA_ROOT = _data_root()
# Another shipped clause library than the one beside the package (tests, a delegation's build).
LIBRARY_DIR_ENV = "DRAFTER_LIBRARY_DIR"


def shipped_library_dir() -> Path:
    """The shipped clause library: ``DRAFTER_LIBRARY_DIR``, else ``clause_library/``."""
    env = os.environ.get(LIBRARY_DIR_ENV)
    return Path(env) if env else DATA_ROOT / "clause_library"


def user_data_dir() -> Path:
    home = os.environ.get("DRAFTER_HOME")
    if home:
        return Path(home) / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    home = os.environ.get("DRAFTER_HOME")
    if home:
        return Path(home) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Disposable data (the compiled clause library)."""
    home = os.environ.get("DRAFTER_HOME")
    if home:
        return Path(home) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_library_dir() -> Path:
    """The user's own clauses (created on first save; never inside the shipped library)."""
    return user_data_dir() / "library"


def reviews_dir() -> Path:
    return user_data_dir() / "reviews"


def resources_dir() -> Path:
    """The shipped resources (icons, the sample draft): ``DRAFTER_RESOURCES_DIR``, else ``resources/``."""
    env = os.environ.get("DRAFTER_RESOURCES_DIR")
    return Path(env) if env else DATA_ROOT / "resources"


def sample_draft() -> Path:
    return resources_dir() / "sample" / "sample-draft.docx"


def docs_dir() -> Path:
    """The user guide (``docs/``: README.md is its index), shipped in the bundle too;
    ``DRAFTER_DOCS_DIR`` moves it (tests)."""
    env = os.environ.get("DRAFTER_DOCS_DIR")
    return Path(env) if env else DATA_ROOT / "docs"


# Cache files of one kind kept side by side (two installations, with and without the user's
# clauses, a test's library): each start would otherwise rebuild the other's.
KEEP_CACHES = 4


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def write_cache_file(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a cache file atomically, best effort (a cache that cannot be written only costs
    the next start time); of the other files of its kind (same prefix before the first '-',
    same suffix) only the most recently used are kept."""
    kind = path.name.split("-", 1)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        others = sorted(
            (old for old in path.parent.glob(f"{kind}-*{path.suffix}") if old != path),
            key=_mtime,
            reverse=True,
        )
        for old in others[KEEP_CACHES - 1 :]:  # the least recently used go
            with contextlib.suppress(OSError):
                old.unlink()
        atomic_write(path, write, temp_prefix=f".~{kind}-")
    except OSError:
        return


def atomic_write(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    temp_prefix: str = ".~drafter-",
    check: Callable[[Path], None] | None = None,
) -> None:
    """Write ``path`` whole or not at all: ``write`` fills a temporary file in the same folder,
    which is flushed and synced to the disk, checked (``check``, if given, may raise), then put
    in the place of ``path`` in one step; the folder is synced too, so that the new name
    survives a power cut. The one way every file of Drafter's is written (the annotated copy,
    saved reviews, caches, the user's clauses).

    A new file gets the permissions any saved file gets (what the umask leaves of rw-rw-rw-); a
    file replaced keeps its own. The temporary file is named ``<temp_prefix><pid>-<random><suffix>``
    and removed on any failure. Raises ``OSError`` (the disk full, the folder read-only, ...).
    """
    folder = path.parent
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    tmp = folder / f"{temp_prefix}{os.getpid()}-{os.urandom(4).hex()}{path.suffix}"
    # os.open with 0o666 applies the umask as any program's new file does (mkstemp's 0600 would not).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if check is not None:
            check(tmp)
        if mode is not None:
            tmp.chmod(mode)
        tmp.replace(path)  # os.replace: atomic on the same filesystem
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: some systems cannot sync a folder)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def output_problem(draft: Path, output: Path, kind: str, endings: str) -> tuple[str, str] | None:
    """What forbids writing ``output`` from ``draft``, as (problem, advice), or None: the draft
    itself (even through a link), a missing or unwritable folder, a folder, a read-only file.
    ``kind`` names the output in the advice ("output", "memo"); ``endings`` its file endings (in
    the interface language: ".docx, .pdf o .csv").
    A symbolic link is judged by the file it points to, which is what gets replaced."""
    target = output.resolve() if output.is_symlink() else output
    try:
        same = target.exists() and target.samefile(draft)
    except OSError:
        same = False
    if same or target.resolve() == draft.resolve():
        return (
            _("'{name}' is the draft itself; Drafter never overwrites the original.").format(
                name=output.name
            ),
            _("Choose another output file name."),
        )
    folder = target.parent
    if not folder.is_dir():
        advice = (
            _("Choose an existing folder for the memo.")
            if kind == "memo"
            else _("Choose an existing folder for the output.")
        )
        return _("The folder '{folder}' does not exist.").format(folder=folder), advice
    if not os.access(folder, os.W_OK):
        return (
            _("The folder '{folder}' cannot be written to.").format(folder=folder),
            _("Choose a folder you can write to."),
        )
    if target.is_dir():
        return (
            _("'{path}' is a folder.").format(path=target),
            _("Give a file name ending in {endings}.").format(endings=endings),
        )
    if target.exists() and not target.stat().st_mode & 0o222:
        return (
            _("'{name}' is read-only; Drafter does not replace a read-only file.").format(name=output.name),
            _("Choose another file name, or make the file writable first."),
        )
    return None
