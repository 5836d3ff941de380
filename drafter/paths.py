"""Where Drafter keeps the user's data (own clauses, review decisions) and where it ships its own.

``DRAFTER_HOME`` moves everything of the user's into one folder (the tests use it so
that they never touch the real settings).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

APP_NAME = "Drafter"
PROJECT_ROOT = Path(__file__).resolve().parents[1]
# Another shipped clause library than the one beside the package (tests, a delegation's build).
LIBRARY_DIR_ENV = "DRAFTER_LIBRARY_DIR"


def shipped_library_dir() -> Path:
    """The shipped clause library: ``DRAFTER_LIBRARY_DIR``, else ``clause_library/``."""
    env = os.environ.get(LIBRARY_DIR_ENV)
    return Path(env) if env else PROJECT_ROOT / "clause_library"


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
    env = os.environ.get("DRAFTER_RESOURCES_DIR")
    return Path(env) if env else PROJECT_ROOT / "resources"


def sample_draft() -> Path:
    return resources_dir() / "sample" / "sample-draft.docx"


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
        import tempfile  # only when a cache is written

        fd, tmp = tempfile.mkstemp(prefix=f".~{kind}-", suffix=path.suffix, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        Path(tmp).replace(path)
    except OSError:
        return
