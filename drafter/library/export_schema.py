"""The ``export:`` section of a language file (clause_library/languages/<code>.yaml): the
framing words of the annotated copy's comments in that language ("What to change",
"Precedents", "Inserted"), read by ``drafter/comments.py``.

Each phrase is a template whose ``{names}`` the comment fills in (``{category}``, ``{model}``,
``{why}``, ...; clause_library/README.md lists them). A language may leave phrases out: they
fall back to English, which has them all (a test checks the shipped languages have them too).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class ExportPhrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    conforms: Phrase | None = None
    weak: Phrase | None = None
    contrary: Phrase | None = None
    quote: Phrase | None = None
    finding: Phrase | None = None
    what_hedges: Phrase | None = None
    what_scope: Phrase | None = None
    what_replace: Phrase | None = None
    what_compare: Phrase | None = None
    changed_model: Phrase | None = None
    changed_own: Phrase | None = None
    superseded: Phrase | None = None
    precedents: Phrase | None = None
    # A precedent whose text was checked against the official text at its address.
    checked: Phrase | None = None
    note: Phrase | None = None
    dismissed: Phrase | None = None
    reason: Phrase | None = None
    missing_amnesty: Phrase | None = None
    missing: Phrase | None = None
    inserted_model: Phrase | None = None
    inserted_own: Phrase | None = None
    insert_here: Phrase | None = None
    footnote: Phrase | None = None
