"""The ``memo:`` section of a language file (clause_library/languages/<code>.yaml): the framing
words of the findings memo and of the comparison of two versions in that language ("Summary",
"What the draft lacks", "weakened"), read by ``drafter/memo.py``.

Each phrase is a template whose ``{names}`` the memo fills in (``{name}``, ``{date}``,
``{category}``, ``{old}``, ...; clause_library/README.md lists them). A language may leave
phrases out: they fall back to English, which has them all (a test checks the shipped
languages have them too).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class MemoPhrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # A field's name before its value ("Why:"; French puts a space before the colon).
    field: Phrase | None = None
    # The heading and the facts about the draft.
    title: Phrase | None = None
    compare_title: Phrase | None = None
    draft: Phrase | None = None
    old_draft: Phrase | None = None
    prepared: Phrase | None = None
    library: Phrase | None = None
    # The summary.
    summary: Phrase | None = None
    counts: Phrase | None = None
    missing_amnesty: Phrase | None = None
    missing: Phrase | None = None
    nothing_missing: Phrase | None = None
    partial: Phrase | None = None
    insert: Phrase | None = None
    insert_end: Phrase | None = None
    # The findings, in draft order.
    findings: Phrase | None = None
    no_findings: Phrase | None = None
    lacks: Phrase | None = None
    quoted: Phrase | None = None
    footnote: Phrase | None = None
    # Column and field names (the memo's table, the CSV's header).
    item: Phrase | None = None
    location: Phrase | None = None
    category: Phrase | None = None
    stance: Phrase | None = None
    quote: Phrase | None = None
    why: Phrase | None = None
    suggestion: Phrase | None = None
    model: Phrase | None = None
    precedents: Phrase | None = None
    decision: Phrase | None = None
    note: Phrase | None = None
    redline: Phrase | None = None
    # Stances, decisions and kinds of row.
    conforms: Phrase | None = None
    weak: Phrase | None = None
    contrary: Phrase | None = None
    missing_stance: Phrase | None = None
    finding_row: Phrase | None = None
    missing_row: Phrase | None = None
    open: Phrase | None = None
    accepted: Phrase | None = None
    edited: Phrase | None = None
    dismissed: Phrase | None = None
    # The comparison of two versions.
    changes: Phrase | None = None
    no_changes: Phrase | None = None
    change_counts: Phrase | None = None
    added: Phrase | None = None
    removed: Phrase | None = None
    strengthened: Phrase | None = None
    weakened: Phrase | None = None
    reworded: Phrase | None = None
    stance_change: Phrase | None = None
    ban_appeared: Phrase | None = None
    ban_disappeared: Phrase | None = None
    ban_still_missing: Phrase | None = None
    ban_kept: Phrase | None = None
    gap_opened: Phrase | None = None
    gap_closed: Phrase | None = None
