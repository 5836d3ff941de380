"""Plain objects shared by the engine, the command line and the app.

Nothing here knows about OOXML or Qt: a paragraph is an index, a text and a few
facts about its place in the document; a finding is a span of that text.
"""

from __future__ import annotations

from enum import StrEnum

from msgspec import Struct, field
from msgspec.structs import replace

from drafter.i18n import pgettext


class Stance(StrEnum):
    CONFORMS = "conforms"
    WEAK = "weak"
    CONTRARY = "contrary"


def stance_name(stance: Stance | str) -> str:
    """A stance as the readable reports name it, in the interface language ("contraria"; the
    JSON keeps the values above)."""
    stance = Stance(stance)
    if stance is Stance.CONFORMS:
        return pgettext("stance", "conforms")
    if stance is Stance.WEAK:
        return pgettext("stance", "weak")
    return pgettext("stance", "contrary")


class Part(StrEnum):
    BODY = "body"
    FOOTNOTES = "footnotes"


class TextStyle(Struct, frozen=True):
    """Character formatting of a stretch of a paragraph, for display only."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False
    underline: bool = False


class TableCell(Struct, frozen=True):
    """Where a paragraph sits in a table (table number in document order, row, column)."""

    table: int
    row: int
    column: int


class Paragraph(Struct, frozen=True):
    """One ``w:p`` of the draft as the reader sees it.

    ``index`` is the position among all ``w:p`` elements of the part in document order
    (table cells and text boxes included). ``text`` has tracked insertions in and
    deletions out. ``number`` is the automatic list number Word would display in front
    of the text ("3.", "(a)"); it is not part of ``text``.
    """

    index: int
    part: Part
    text: str
    style: str = ""
    number: str = ""
    heading_level: int | None = None
    list_level: int | None = None
    label: str = ""
    cell: TableCell | None = None
    styles: tuple[TextStyle, ...] = ()
    # A paragraph whose content is a duplicate rendering (mc:Fallback of a text box).
    shadow: bool = False
    # Inside a tracked insertion or deletion made by someone earlier (paragraph mark or all runs).
    in_revision: bool = False

    def with_label(self, label: str) -> Paragraph:
        return replace(self, label=label)


class Draft(Struct):
    """A loaded draft: its paragraphs and what the reader needs to know about the file."""

    path: str
    paragraphs: list[Paragraph]
    footnotes: list[Paragraph] = field(default_factory=list)
    has_tracked_changes: bool = False
    has_comments: bool = False
    # Size and checksum of the file as it was read ("" for drafts built otherwise): an export
    # refuses a file that has changed since, whose paragraphs no longer match the findings.
    digest: str = ""

    def paragraph(self, part: Part, index: int) -> Paragraph:
        seq = self.paragraphs if part is Part.BODY else self.footnotes
        return seq[index]


class Segment(Struct, frozen=True):
    """A stretch of one paragraph (a sentence, a clause, or the whole paragraph)."""

    paragraph: int
    part: Part
    start: int
    end: int
    text: str


class DiffOp(Struct, frozen=True):
    """One step of a word-level diff: ``equal``, ``delete`` or ``insert`` of ``text``."""

    op: str
    text: str


class Finding(Struct):
    paragraph: int
    part: Part
    start: int
    end: int
    text: str
    label: str
    clause_id: str
    category: str
    stance: Stance
    score: float
    language: str
    suggestion: str | None
    precedents: list[str]
    reasons: list[str] = field(default_factory=list)
    model_text: str = ""
    rationale: str = ""
    alternatives: list[dict[str, str]] = field(default_factory=list)
    # What the clause does to the measure (prohibits, limits, grants, carves_out, gives_effect,
    # describes, protects; "" when only its likeness to a library wording spoke), one plain
    # sentence saying so, and the words that decided: {"role", "text", "start", "end"} with
    # character offsets in the paragraph (-1 for words of a list item's lead-in).
    effect: str = ""
    why: str = ""
    evidence: list[dict[str, object]] = field(default_factory=list)
    # Quoted text, not the draft's own (a reservation, a court citing a ban): reported, but it
    # never fills a missing category.
    quoted: bool = False

    @property
    def scope(self) -> str:
        """What the clause covers: "narrower" when a limit, a carve-out or other offences narrow
        it (the evidence says which words), else "these crimes"."""
        narrowing = {"limits", "carves_out", "scope"}
        return "narrower" if any(e.get("role") in narrowing for e in self.evidence) else "these crimes"

    @property
    def key(self) -> tuple[str, int, int, int, str]:
        return (self.part.value, self.paragraph, self.start, self.end, self.category)

    def to_json(self) -> dict[str, object]:
        return {
            "paragraph": self.paragraph,
            "part": self.part.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "clause_id": self.clause_id,
            "category": self.category,
            "stance": self.stance.value,
            "score": round(self.score, 1),
            "suggestion": self.suggestion,
            "precedents": list(self.precedents),
            "language": self.language,
            "reasons": list(self.reasons),
            "model": self.model_text,
            "rationale": self.rationale,
            "alternatives": list(self.alternatives),
            "effect": self.effect,
            "why": self.why,
            "evidence": [dict(e) for e in self.evidence],
            "scope": self.scope,
            "quoted": self.quoted,
        }


class MissingCategory(Struct):
    category: str
    clause_id: str
    suggestion: str
    after_paragraph: int | None
    place: str
    language: str
    rationale: str = ""
    precedents: list[str] = field(default_factory=list)
    # Findings of this category that exist but do not fill the gap (weak or contrary).
    partial_findings: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.category

    def to_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "clause_id": self.clause_id,
            "suggestion": self.suggestion,
            "after_paragraph": self.after_paragraph,
            "place": self.place,
            "language": self.language,
            "rationale": self.rationale,
            "precedents": list(self.precedents),
            "partial_findings": list(self.partial_findings),
        }


class Analysis(Struct):
    draft: Draft
    findings: list[Finding]
    missing: list[MissingCategory]
    library_version: str
    library_clauses: int
    language: str

    def to_json(self) -> dict[str, object]:
        return {
            "document": {
                "path": self.draft.path,
                "paragraphs": len(self.draft.paragraphs),
                "footnotes": len(self.draft.footnotes),
                "language": self.language,
            },
            "library": {"version": self.library_version, "clauses": self.library_clauses},
            "findings": [f.to_json() for f in self.findings],
            "missing": [m.to_json() for m in self.missing],
        }
