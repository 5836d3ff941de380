"""Loading a draft for analysis: the OOXML reader plus location labels."""

from __future__ import annotations

from pathlib import Path

from drafter.locations import Labeller
from drafter.model import Draft
from drafter.ooxml.reader import read_draft


def load_draft(path: str | Path, *, with_formatting: bool = False) -> Draft:
    """Read ``path`` (never modifying it). Raises ``DrafterError`` subclasses with user messages."""
    return read_draft(path, with_formatting=with_formatting, label=Labeller().label)
