"""What an annotated copy is to hold, as plain records: spans to highlight and comment on,
spans to replace as tracked changes, paragraphs to insert (the plan ``writer.write_docx``
carries out). Nothing here touches XML."""

from __future__ import annotations

import datetime as dt

from msgspec import Struct, field

from drafter.model import DiffOp, Part

HIGHLIGHTS = {"conforms": "cyan", "weak": "yellow", "contrary": "magenta"}


class SpanMark(Struct, frozen=True):
    """Highlight ``[start, end)`` of a paragraph and/or anchor a comment on it."""

    part: Part
    paragraph: int
    start: int
    end: int
    highlight: str | None  # a w:highlight colour name, or None
    comment: str | None  # paragraphs separated by "\n"


class Replacement(Struct, frozen=True):
    """Replace ``[start, end)`` as tracked changes; ``ops`` is a word diff of that span."""

    part: Part
    paragraph: int
    start: int
    end: int
    ops: tuple[DiffOp, ...]
    comment: str | None


class ParagraphInsertion(Struct, frozen=True):
    """A new paragraph after body paragraph ``after`` (None: at the end), tracked or not."""

    after: int | None
    text: str
    comment: str | None
    tracked: bool = True


class ExportPlan(Struct):
    marks: list[SpanMark] = field(default_factory=list)
    replacements: list[Replacement] = field(default_factory=list)
    insertions: list[ParagraphInsertion] = field(default_factory=list)
    author: str = "Drafter"
    initials: str = "DR"
    # What opens a comment on a footnote's text, anchored on the footnote's reference mark.
    footnote_note: str = "On footnote {number}: "
    date: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
