"""Loading a draft for analysis: the OOXML reader plus location labels."""

from __future__ import annotations

from pathlib import Path

from drafter.locations import assign_labels
from drafter.model import Draft
from drafter.ooxml.reader import read_draft


def load_draft(path: str | Path, *, with_formatting: bool = False) -> Draft:
    """Read ``path`` (never modifying it). Raises ``DrafterError`` subclasses with user messages."""
    draft = read_draft(path, with_formatting=with_formatting)
    draft.paragraphs = assign_labels(draft.paragraphs)
    return draft
