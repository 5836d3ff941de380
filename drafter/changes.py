"""One change per need: what an export changes, decided before anything is written (Qt-free).

The findings, the lawyer's decisions and the missing categories are reconciled here:

- a heading or a title is never changed (nor marked: it is not a clause);
- only an operative clause (not preambular, not quoted text, in the body) that is weak or
  contrary is changed by "every suggestion" (``Mode.ALL``); the lawyer's own decisions are
  applied as made;
- a wording goes into the copy once: a second finding whose suggestion is the same text is
  commented ("the model is proposed at ...") instead of receiving it again, and a finding on
  the same words as another adds its reasons to that change;
- a missing category that a change supplies (an accepted or edited replacement of a clause of
  that category) is not inserted again: "What the draft lacks" is recomputed after the
  decisions, for the export and for the app;
- a changed paragraph carries at most ``MAX_MARKS`` revision marks: phrase-level redlines
  (``drafter.redline``), whole sentences where that is too many, one change over the
  paragraph's changed stretch as the last resort.

``reconcile`` gives all of it as plain records; ``drafter.export`` turns them into the plan
the OOXML writer carries out, and the app shows the same records (the redline preview, the
missing panel), so what the app shows is what the export writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from enum import StrEnum

from msgspec import Struct, field

from drafter.analysis import is_preambular
from drafter.model import Analysis, DiffOp, Draft, Finding, MissingCategory, Paragraph, Part, Stance
from drafter.redline import MAX_MARKS, marks, phrase_diff, whole
from drafter.review import Decision, Status, finding_key, missing_key
from drafter.segment import enumerator_end, looks_like_title


class Mode(StrEnum):
    COMMENTS = "comments"  # comments only: the draft's words untouched
    DECIDED = "decided"  # the lawyer's accepted and edited decisions as tracked changes
    ALL = "all"  # also every open operative suggestion and every missing category


class Change(Struct):
    """One tracked replacement of ``[start, end)`` of a paragraph."""

    part: Part
    paragraph: int
    start: int
    end: int
    new_text: str
    ops: tuple[DiffOp, ...]
    findings: list[int]  # the findings it answers (indices into analysis.findings), the first wrote it
    own: bool = False  # the lawyer's own wording (an edited decision), not a model clause


class Insertion(Struct):
    """A missing category's clause inserted after a paragraph."""

    missing: int  # index into analysis.missing
    text: str
    own: bool = False


class Reconciled(Struct):
    changes: list[Change] = field(default_factory=list)
    insertions: list[Insertion] = field(default_factory=list)
    # Per finding index, what the export does with it: "changed" (a change's first finding),
    # "joined" (its words are changed by another finding's change), "superseded" (its
    # suggestion is written elsewhere: ``supplied_at`` says where), "title", "dismissed",
    # "open" (highlight and comment).
    finding_state: dict[int, str] = field(default_factory=dict)
    change_of: dict[int, int] = field(default_factory=dict)  # finding -> index into ``changes``
    superseded_by: dict[int, int] = field(default_factory=dict)  # finding -> the finding that writes its text
    # Missing categories: index -> "inserted", "supplied" (by a change), "dismissed", "open".
    missing_state: dict[int, str] = field(default_factory=dict)
    supplied_by: dict[int, int] = field(default_factory=dict)  # missing index -> finding index

    def lacking(self, analysis: Analysis) -> list[MissingCategory]:
        """What the draft still lacks once the decisions are applied."""
        return [m for i, m in enumerate(analysis.missing) if self.missing_state.get(i) != "supplied"]

    def change_for(self, finding: int) -> Change | None:
        index = self.change_of.get(finding)
        return self.changes[index] if index is not None else None


MAX_TITLE_WORDS = 12
_SENTENCE_END = re.compile(r"[.;:!?…]$")
_CLOSING = "]”’\"')» \t"


def is_title(draft: Draft, f: Finding) -> bool:
    """Whether the finding's paragraph is a heading or a title (``is_title_paragraph``)."""
    return is_title_paragraph(draft.paragraph(f.part, f.paragraph))


def is_title_paragraph(p: Paragraph) -> bool:
    """A heading or a title ("Grâce et exécution des peines", "[Amnesties][Amnesties and other
    similar measures]"): a few words without a sentence's end, not a list item."""
    if looks_like_title(p):
        return True
    text = p.text.strip()
    core = text.lstrip("[ ").rstrip(_CLOSING)
    if not core or _SENTENCE_END.search(core) or enumerator_end(core) > 0:
        return False
    return len(core.split()) <= MAX_TITLE_WORDS


def is_operative(analysis: Analysis, f: Finding) -> bool:
    """A clause of the draft's own operative text, which a suggestion may replace."""
    return (
        f.part is Part.BODY
        and not f.quoted
        and not is_preambular(f.label)
        and not is_title(analysis.draft, f)
    )


_SEVERITY = {Stance.CONTRARY: 0, Stance.WEAK: 1, Stance.CONFORMS: 2}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def reconcile(
    analysis: Analysis, decisions: Mapping[str, Decision] | None = None, mode: Mode = Mode.DECIDED
) -> Reconciled:
    decisions = decisions or {}
    out = Reconciled()
    findings = analysis.findings
    # Who wants which words: (priority, finding index, new text, own wording).
    wanted: list[tuple[tuple[int, int, int], int, str, bool]] = []
    for i, f in enumerate(findings):
        decision = decisions.get(finding_key(f))
        status = decision.status if decision is not None else Status.OPEN
        if is_title(analysis.draft, f):
            out.finding_state[i] = "title"
            continue
        if status is Status.DISMISSED:
            out.finding_state[i] = "dismissed"
            continue
        out.finding_state[i] = "open"
        if mode is Mode.COMMENTS:
            continue
        text: str | None = None
        own = False
        if status is Status.EDITED and decision is not None and decision.text:
            text, own = decision.text, True
        elif status in (Status.ACCEPTED, Status.EDITED) or (
            mode is Mode.ALL
            and status is Status.OPEN
            and f.stance is not Stance.CONFORMS
            and f.suggestion
            and is_operative(analysis, f)
        ):
            text = f.suggestion
        if text is None or text == f.text:
            continue
        explicit = 0 if status in (Status.ACCEPTED, Status.EDITED) else 1
        wanted.append(((explicit, _SEVERITY[f.stance], i), i, text, own))
    # A wording is written once, by the finding that needs it most (the lawyer's decision first,
    # then the contrary clause, then the first in the draft).
    written: dict[str, int] = {}
    spans: dict[tuple[Part, int], list[int]] = defaultdict(list)  # change indices per paragraph
    for _, i, text, own in sorted(wanted):
        f = findings[i]
        key = _norm(text)
        if key in written:
            out.finding_state[i] = "superseded"
            out.superseded_by[i] = written[key]
            continue
        overlapping = next(
            (
                c
                for c in spans[(f.part, f.paragraph)]
                if out.changes[c].start < f.end and f.start < out.changes[c].end
            ),
            None,
        )
        if overlapping is not None:
            out.changes[overlapping].findings.append(i)
            out.change_of[i] = overlapping
            out.finding_state[i] = "joined"
            continue
        written[key] = i
        out.change_of[i] = len(out.changes)
        out.finding_state[i] = "changed"
        spans[(f.part, f.paragraph)].append(len(out.changes))
        out.changes.append(Change(f.part, f.paragraph, f.start, f.end, text, (), [i], own))
    _redlines(analysis, out, spans)
    # Missing categories: supplied by a change of that category, else inserted or commented.
    supplied: dict[str, int] = {}
    for c in out.changes:
        for i in c.findings[:1]:
            supplied.setdefault(findings[i].category, i)
    for n, m in enumerate(analysis.missing):
        if m.category in supplied:
            out.missing_state[n] = "supplied"
            out.supplied_by[n] = supplied[m.category]
            continue
        decision = decisions.get(missing_key(m))
        status = decision.status if decision is not None else Status.OPEN
        if status is Status.DISMISSED:
            out.missing_state[n] = "dismissed"
            continue
        insert = mode is not Mode.COMMENTS and (
            status in (Status.ACCEPTED, Status.EDITED) or (mode is Mode.ALL and status is Status.OPEN)
        )
        if not insert:
            out.missing_state[n] = "open"
            continue
        own = status is Status.EDITED and decision is not None and bool(decision.text)
        text = decision.text if own and decision is not None and decision.text else m.suggestion
        if _norm(text) in written:
            out.missing_state[n] = "supplied"
            out.supplied_by[n] = written[_norm(text)]
            continue
        written[_norm(text)] = -1 - n
        out.missing_state[n] = "inserted"
        out.insertions.append(Insertion(n, text, own))
    return out


def _redlines(analysis: Analysis, out: Reconciled, spans: Mapping[tuple[Part, int], list[int]]) -> None:
    """Each change's redline, at most MAX_MARKS revision marks per paragraph."""
    for (part, index), members in spans.items():
        text = analysis.draft.paragraph(part, index).text
        for c in members:
            change = out.changes[c]
            change.ops = tuple(phrase_diff(text[change.start : change.end], change.new_text))
        if sum(marks(out.changes[c].ops) for c in members) <= MAX_MARKS:
            continue
        for c in members:  # whole sentences: two marks each
            change = out.changes[c]
            change.ops = tuple(whole(text[change.start : change.end], change.new_text))
        if sum(marks(out.changes[c].ops) for c in members) <= MAX_MARKS:
            continue
        # One change over the paragraph's changed stretch, the words between the changes kept.
        ordered = sorted(members, key=lambda c: out.changes[c].start)
        first = out.changes[ordered[0]]
        start, end = first.start, max(out.changes[c].end for c in ordered)
        new = []
        pos = start
        for c in ordered:
            change = out.changes[c]
            new.append(text[pos : change.start] + change.new_text)
            pos = change.end
        new.append(text[pos:end])
        first.start, first.end, first.new_text = start, end, "".join(new)
        first.ops = tuple(whole(text[start:end], first.new_text))
        for c in ordered[1:]:
            gone = out.changes[c]
            first.findings.extend(gone.findings)
            for i in gone.findings:
                out.change_of[i] = ordered[0]
                out.finding_state[i] = "joined"
            gone.findings = []
            gone.ops = ()
    # Changes emptied by the merge above go; the indices of the others follow.
    keep = [c for c in range(len(out.changes)) if out.changes[c].findings]
    if len(keep) != len(out.changes):
        renumber = {old: new for new, old in enumerate(keep)}
        out.changes = [out.changes[c] for c in keep]
        out.change_of = {i: renumber[c] for i, c in out.change_of.items()}


class Preview(Struct, frozen=True):
    """What the export does with one finding if the lawyer accepts it (or as decided): the
    redline it writes (``ops``, of the paragraph's text from ``start``), or why it writes none."""

    state: str  # "changed", "joined", "superseded", "title", "none" (no suggestion), "dismissed"
    ops: tuple[DiffOp, ...] = ()
    place: str = ""  # for "superseded": where the same wording is proposed


def preview(analysis: Analysis, decisions: Mapping[str, Decision], index: int) -> Preview:
    """The redline the export writes for finding ``index``, with the other decisions as they
    are and this one accepted unless the lawyer decided otherwise (an edit, a dismissal)."""
    f = analysis.findings[index]
    key = finding_key(f)
    decision = decisions.get(key)
    trial = dict(decisions)
    if decision is None or decision.status is Status.OPEN:
        trial[key] = Decision(Status.ACCEPTED)
    result = reconcile(analysis, trial, Mode.DECIDED)
    state = result.finding_state.get(index, "none")
    if state in ("changed", "joined"):
        change = result.change_for(index)
        assert change is not None
        return Preview(state, change.ops)
    if state == "superseded":
        other = analysis.findings[result.superseded_by[index]]
        return Preview(state, place=other.label or f"paragraph {other.paragraph + 1}")
    if state == "open":
        state = "none"
    return Preview(state)
