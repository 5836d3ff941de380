"""Where a clause of the loaded library comes from: shipped, yours, yours replacing a shipped
clause, or another library folder (Qt-free; the app's library editor shows it).

The rule the loader applies (``userlib.RULE``): a clause of yours with the id of a shipped clause
of the same category replaces it; a new id adds a clause. Which of your clauses does which is
decided here, once, for every view that says it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from drafter.library.model import ClauseRecord


class Source(StrEnum):
    SHIPPED = "shipped"
    USER = "user"  # yours, added to its category
    OVERRIDE = "override"  # yours, replacing the shipped clause of the same id
    FOLDER = "folder"  # from another library folder (Settings), read-only here


LABELS = {
    Source.SHIPPED: "Shipped",
    Source.USER: "Yours",
    Source.OVERRIDE: "Replaces shipped",
    Source.FOLDER: "Other folder",
}

# The user's own clauses: these may be edited and deleted.
OWN = frozenset({Source.USER, Source.OVERRIDE})


def source_of(rec: ClauseRecord, user_folder: Path, shipped_ids: Mapping[str, str]) -> Source:
    """``rec``'s source, given the user's library folder and the shipped ids (id -> category)."""
    if rec.origin == "shipped":
        return Source.SHIPPED
    try:
        mine = Path(rec.origin).resolve().parent == Path(user_folder).resolve()
    except OSError:
        mine = False
    if not mine:
        return Source.FOLDER
    return Source.OVERRIDE if shipped_ids.get(rec.id) == rec.category else Source.USER


def describe(rec: ClauseRecord, source: Source) -> str:
    """One sentence on what the source means for this clause."""
    return {
        Source.SHIPPED: "Shipped with Drafter (read-only). Make your version to replace it.",
        Source.USER: "Your clause, added to this category.",
        Source.OVERRIDE: "Your version replaces the shipped clause in analyses.",
        Source.FOLDER: f"From {rec.origin} (read-only here).",
    }[source]
