"""From an analysis and the lawyer's review decisions to an annotated .docx (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from msgspec import Struct
from msgspec.structs import replace

from drafter.errors import DraftChangedError
from drafter.library.loader import Library
from drafter.model import Analysis, DiffOp, Draft, Finding, MissingCategory, Stance
from drafter.ooxml.package import file_digest
from drafter.ooxml.writer import (
    HIGHLIGHTS,
    ExportPlan,
    ParagraphInsertion,
    Replacement,
    SpanMark,
    write_docx,
)
from drafter.review import Decision, Status, finding_key, missing_key
from drafter.suggest import word_diff

STANCE_WORDS = {Stance.CONFORMS: "conforms", Stance.WEAK: "weak", Stance.CONTRARY: "contrary"}


class ExportOptions(Struct, frozen=True):
    author: str = "Drafter"
    initials: str = "DR"
    # Apply every weak/contrary suggestion and every missing insertion as tracked changes.
    track_all: bool = False


def category_title(library: Library | None, category: str) -> str:
    if library is not None and category in library.categories:
        return library.category_title(category)
    return category.replace("_", " ")


def _sentence(text: str) -> str:
    """``text`` with a full stop, unless it already ends a sentence."""
    stripped = text.rstrip()
    return stripped if stripped.rstrip("”’\"')").endswith((".", "!", "?", "…")) else stripped + "."


def finding_comment(f: Finding, library: Library | None, decision: Decision | None = None) -> str:
    lines = [
        f"Drafter: {category_title(library, f.category)} — {STANCE_WORDS[f.stance]} (score {f.score:.0f}).",
    ]
    if f.why or f.reasons:
        lines.append(_sentence("Why: " + (f.why or "; ".join(f.reasons[:3]))))
    if f.model_text:
        lines.append(f"Model clause {f.clause_id}: {f.model_text}")
    if f.precedents:
        lines.append(_sentence("Precedents: " + "; ".join(f.precedents)))
    if decision is not None and decision.status is Status.EDITED and decision.text:
        lines.append(f"Proposed wording (edited by the reviewer): {decision.text}")
    elif f.suggestion:
        lines.append(f"Suggested wording: {f.suggestion}")
    if decision is not None and decision.note:
        lines.append(f"Note: {decision.note}")
    return "\n".join(lines)


def change_comment(f: Finding, library: Library | None, decision: Decision | None) -> str:
    lines = [
        f"Drafter: proposed change — {category_title(library, f.category)} clause was "
        f"{STANCE_WORDS[f.stance]} (score {f.score:.0f}); replaced with model {f.clause_id}.",
    ]
    if f.why or f.reasons:
        lines.append(_sentence("Why: " + (f.why or "; ".join(f.reasons[:3]))))
    if f.precedents:
        lines.append(_sentence("Precedents: " + "; ".join(f.precedents)))
    if decision is not None and decision.note:
        lines.append(f"Note: {decision.note}")
    return "\n".join(lines)


def missing_comment(
    m: MissingCategory, library: Library | None, inserted: bool, note: str | None = None
) -> str:
    title = category_title(library, m.category)
    head = (
        f"Drafter: the draft has no provision that conforms on {title.lower()} (missing)."
        if m.category != "amnesty"
        else "Drafter: no explicit amnesty prohibition (missing)."
    )
    lines = [head]
    if inserted:
        lines.append(f"Inserted model clause {m.clause_id} {m.place}.")
    else:
        lines.append(f"Suggested insertion {m.place}: {m.suggestion}")
    if m.rationale:
        lines.append(f"Why: {m.rationale}")
    if m.precedents:
        lines.append("Precedents: " + "; ".join(m.precedents) + ".")
    if note:
        lines.append(f"Note: {note}")
    return "\n".join(lines)


def build_plan(
    analysis: Analysis,
    library: Library | None,
    decisions: Mapping[str, Decision] | None = None,
    options: ExportOptions | None = None,
) -> ExportPlan:
    """What to write: open findings highlighted and commented, accepted ones as tracked changes."""
    options = options or ExportOptions()
    decisions = decisions or {}
    plan = ExportPlan(author=options.author, initials=options.initials)
    for f in analysis.findings:
        decision = decisions.get(finding_key(f))
        status = decision.status if decision is not None else Status.OPEN
        if options.track_all and status is Status.OPEN and f.stance is not Stance.CONFORMS and f.suggestion:
            status = Status.ACCEPTED
        if status is Status.DISMISSED:
            if decision is not None and decision.note:
                plan.marks.append(
                    SpanMark(f.part, f.paragraph, f.start, f.end, None, _dismissed(f, decision))
                )
            continue
        if status in (Status.ACCEPTED, Status.EDITED):
            new_text = (
                decision.text if (status is Status.EDITED and decision and decision.text) else f.suggestion
            )
            if new_text is not None and new_text != f.text:
                comment = change_comment(f, library, decision)
                # One change per span: a second finding on the same words (another category of
                # the same sentence) adds its reasons to the change already planned there.
                for i, r in enumerate(plan.replacements):
                    if (r.part, r.paragraph) == (f.part, f.paragraph) and r.start < f.end and f.start < r.end:
                        plan.replacements[i] = replace(r, comment=f"{r.comment}\n\n{comment}")
                        break
                else:
                    ops: tuple[DiffOp, ...] = tuple(word_diff(f.text, new_text))
                    plan.replacements.append(Replacement(f.part, f.paragraph, f.start, f.end, ops, comment))
                continue
        plan.marks.append(
            SpanMark(
                f.part,
                f.paragraph,
                f.start,
                f.end,
                HIGHLIGHTS[f.stance.value],
                finding_comment(f, library, decision),
            )
        )
    for m in analysis.missing:
        decision = decisions.get(missing_key(m))
        status = decision.status if decision is not None else Status.OPEN
        if options.track_all and status is Status.OPEN:
            status = Status.ACCEPTED
        if status is Status.DISMISSED:
            continue
        note = decision.note if decision is not None else None
        if status in (Status.ACCEPTED, Status.EDITED):
            text = decision.text if (status is Status.EDITED and decision and decision.text) else m.suggestion
            plan.insertions.append(
                ParagraphInsertion(m.after_paragraph, text, missing_comment(m, library, True, note))
            )
        elif m.after_paragraph is not None:
            p = analysis.draft.paragraphs[m.after_paragraph]
            start = len(p.text) - len(p.text.lstrip())
            end = len(p.text.rstrip())
            if end > start:
                plan.marks.append(
                    SpanMark(p.part, p.index, start, end, None, missing_comment(m, library, False, note))
                )
    return plan


def _dismissed(f: Finding, decision: Decision) -> str:
    reason = f" Reason: {decision.reason}." if decision.reason else ""
    return f"Drafter finding dismissed by the reviewer ({f.category}, {f.stance.value}).{reason}\nNote: {decision.note}"


def export_annotated(
    analysis: Analysis,
    library: Library | None,
    output: str | Path,
    decisions: Mapping[str, Decision] | None = None,
    options: ExportOptions | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    _check_unchanged(analysis.draft)
    plan = build_plan(analysis, library, decisions, options)
    out = Path(output)
    write_docx(analysis.draft.path, out, plan, progress=progress, is_cancelled=is_cancelled)
    return out


def _check_unchanged(draft: Draft) -> None:
    """Refuse a draft saved again since it was analysed: the findings' paragraphs and offsets
    would fall on other text (a highlight, a comment or a tracked deletion on the wrong words)."""
    if not draft.digest:
        return
    path = Path(draft.path)
    advice = "Analyse it again, then export."
    try:
        now = file_digest(path)
    except OSError as exc:
        raise DraftChangedError(f"'{path.name}' cannot be read any more ({exc.strerror}).", advice) from None
    if now != draft.digest:
        raise DraftChangedError(f"'{path.name}' has changed since it was analysed.", advice)
