"""Loading a draft for analysis: the OOXML reader plus location labels."""

from __future__ import annotations

from pathlib import Path

from drafter.locations import Labeller
from drafter.model import Draft
from drafter.ooxml.reader import read_draft


def load_draft(path: str | Path, *, with_formatting: bool = False, structure: bool = True) -> Draft:
    """Read ``path`` (never modifying it). Raises ``DrafterError`` subclasses with user messages.
    ``structure=False``: the caller has the package's structure checked elsewhere meanwhile
    (``drafter.ooxml.package.check_structure``) and trusts the file only once it is."""
    return read_draft(path, with_formatting=with_formatting, label=Labeller().label, structure=structure)
