"""From an analysis and the lawyer's review decisions to an annotated .docx (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from msgspec import Struct

from drafter.changes import Mode, is_operative, reconcile
from drafter.comments import (
    Phrases,
    change_comment,
    dismissed_comment,
    finding_comment,
    missing_comment,
    superseded_comment,
)
from drafter.errors import Cancelled, DraftChangedError
from drafter.i18n import _
from drafter.library.loader import Library
from drafter.locations import in_draft_words
from drafter.model import Analysis, Draft, Stance
from drafter.ooxml.package import file_digest
from drafter.ooxml.writer import (
    HIGHLIGHTS,
    ExportPlan,
    ParagraphInsertion,
    Replacement,
    SpanMark,
    copy_suffix,
    write_docx,
)

__all__ = ["ExportOptions", "Mode", "build_plan", "copy_suffix", "export_annotated"]
from drafter.review import Decision, finding_key, missing_key

STANCE_WORDS = {Stance.CONFORMS: "conforms", Stance.WEAK: "weak", Stance.CONTRARY: "contrary"}


class ExportOptions(Struct, frozen=True):
    author: str = "Drafter"
    initials: str = "DR"
    # What becomes tracked changes: nothing (comments only), the reviewer's accepted and edited
    # decisions, or every operative weak or contrary clause's suggestion and every missing
    # category (``drafter annotate --track-changes``).
    mode: Mode = Mode.DECIDED
    # Conforming clauses are neither highlighted nor commented unless asked for.
    include_conforming: bool = False
    # The same as ``mode=Mode.ALL`` (kept for callers written before ``mode``).
    track_all: bool = False

    @property
    def effective_mode(self) -> Mode:
        return Mode.ALL if self.track_all else self.mode


def category_title(library: Library | None, category: str) -> str:
    if library is not None and category in library.categories:
        return library.category_title(category)
    return category.replace("_", " ")


def _place(analysis: Analysis, finding: int, lang: str) -> str:
    """Where a finding is, in the words of the comment's language ("Artículo 6, párrafo 3")."""
    f = analysis.findings[finding]
    return in_draft_words(f.label or f"paragraph {f.paragraph + 1}", lang)


def build_plan(
    analysis: Analysis,
    library: Library | None,
    decisions: Mapping[str, Decision] | None = None,
    options: ExportOptions | None = None,
) -> ExportPlan:
    """What to write: one change per need (``drafter.changes``), each with a short comment in
    the draft's language (``drafter.comments``)."""
    options = options or ExportOptions()
    decisions = decisions or {}
    plan = ExportPlan(author=options.author, initials=options.initials)
    plan.footnote_note = Phrases(analysis.language, library).get("footnote", number="{number}") + " "
    result = reconcile(analysis, decisions, options.effective_mode)
    phrases: dict[str, Phrases] = {}

    def ph(lang: str) -> Phrases:
        if lang not in phrases:
            phrases[lang] = Phrases(lang, library)
        return phrases[lang]

    findings = analysis.findings
    # A missing category whose gap an open clause of that category shows is said in that
    # clause's comment ("Missing: ..." first), not in a second comment beside it.
    told: dict[int, int] = {}  # finding index -> missing index
    for n, m in enumerate(analysis.missing):
        if result.missing_state.get(n) != "open":
            continue
        carrier = next(
            (
                i
                for i, f in enumerate(findings)
                if f.category == m.category
                and result.finding_state.get(i) == "open"
                and f.stance is not Stance.CONFORMS
                and f.suggestion
                and i not in told
                and is_operative(analysis, f)
            ),
            None,
        )
        if carrier is not None:
            told[carrier] = n
    for change in result.changes:
        answered = [findings[i] for i in change.findings]
        notes = [d.note for i in change.findings if (d := decisions.get(finding_key(findings[i]))) and d.note]
        comment = change_comment(
            answered, ph(answered[0].language), options.author if change.own else None, notes
        )
        plan.replacements.append(
            Replacement(change.part, change.paragraph, change.start, change.end, change.ops, comment)
        )
    for i, f in enumerate(findings):
        state = result.finding_state.get(i)
        decision = decisions.get(finding_key(f))
        note = decision.note if decision is not None else None
        words = ph(f.language)
        if state == "dismissed":
            if decision is not None and decision.note:  # a dismissal without a note stays private
                comment = dismissed_comment(f, words, options.author, decision.reason, decision.note)
                plan.marks.append(SpanMark(f.part, f.paragraph, f.start, f.end, None, comment))
            continue
        if state == "superseded":
            where = _place(analysis, result.superseded_by[i], f.language)
            comment = superseded_comment(f, words, where, note)
            plan.marks.append(
                SpanMark(f.part, f.paragraph, f.start, f.end, HIGHLIGHTS[f.stance.value], comment)
            )
            continue
        if state != "open":
            continue  # changed or joined (the change's comment), or a title
        if f.stance is Stance.CONFORMS and not options.include_conforming and not note:
            continue
        highlight = (
            HIGHLIGHTS[f.stance.value]
            if f.stance is not Stance.CONFORMS or options.include_conforming
            else None
        )
        missing = analysis.missing[told[i]] if i in told else None
        plan.marks.append(
            SpanMark(f.part, f.paragraph, f.start, f.end, highlight, finding_comment(f, words, note, missing))
        )
    words = ph(analysis.language)
    inserted = {ins.missing: ins for ins in result.insertions}
    for n, m in enumerate(analysis.missing):
        state = result.missing_state.get(n)
        decision = decisions.get(missing_key(m))
        note = decision.note if decision is not None else None
        if state == "inserted":
            ins = inserted[n]
            own = options.author if ins.own else None
            comment = missing_comment(m, words, inserted=True, own_author=own, note=note)
            plan.insertions.append(ParagraphInsertion(m.after_paragraph, ins.text, comment))
        elif state == "open" and m.after_paragraph is not None and n not in told.values():
            p = analysis.draft.paragraphs[m.after_paragraph]
            start = len(p.text) - len(p.text.lstrip())
            end = len(p.text.rstrip())
            if end > start:
                comment = missing_comment(m, words, inserted=False, note=note)
                plan.marks.append(SpanMark(p.part, p.index, start, end, None, comment))
    return plan


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
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    plan = build_plan(analysis, library, decisions, options)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    out = Path(output)
    write_docx(analysis.draft.path, out, plan, progress=progress, is_cancelled=is_cancelled)
    return out


def _check_unchanged(draft: Draft) -> None:
    """Refuse a draft saved again since it was analysed: the findings' paragraphs and offsets
    would fall on other text (a highlight, a comment or a tracked deletion on the wrong words)."""
    if not draft.digest:
        return
    path = Path(draft.path)
    advice = _("Analyse it again, then export.")
    try:
        now = file_digest(path)
    except OSError as exc:
        raise DraftChangedError(
            _("'{name}' cannot be read any more ({reason}).").format(name=path.name, reason=exc.strerror),
            advice,
        ) from None
    if now != draft.digest:
        raise DraftChangedError(
            _("'{name}' has changed since it was analysed.").format(name=path.name), advice
        )
