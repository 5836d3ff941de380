"""Where Drafter keeps the user's data (own clauses, review decisions) and where it ships its own.

``DRAFTER_HOME`` moves everything of the user's into one folder (the tests use it so
that they never touch the real settings).
"""

from __future__ import annotations

import os
from pathlib import Path

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
