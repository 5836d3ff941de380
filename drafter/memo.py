"""The findings memo a delegation lawyer gives the head of delegation (Qt-free).

``build_memo`` turns an analysis (and, from the app, the lawyer's decisions; for ``report
--compare``, a comparison with an earlier version) into plain data in the draft's language: the
draft's name and date, the library version, a summary (the missing categories first, above all a
missing amnesty prohibition, then the counts by stance), what the draft lacks with the wording to
insert, the findings in draft order (location, category, stance, a short quote, why, the
suggestion, model and precedents, the decision and note), and the changes since the earlier
version. ``memo_html`` lays it out as HTML for Qt's print and PDF support
(drafter/app/memo_print.py); drafter/memo_files.py writes the .docx and the .csv.

The framing words come from the ``memo:`` section of each language file
(clause_library/languages/<code>.yaml, validated by drafter/library/memo_schema.py); a phrase a
language lacks is taken from English.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from msgspec import Struct, field

from drafter.compare import AMNESTY, Comparison
from drafter.library.loader import Library, load_library
from drafter.locations import in_draft_words
from drafter.model import Analysis, DiffOp, Finding, Part, Stance
from drafter.review import Decision, Status, finding_key, missing_key

QUOTE_CHARS = 220  # a short quote: the clause's first words, cut at a word
MAX_PRECEDENTS = 2
STANCE_ORDER = (Stance.CONTRARY, Stance.WEAK, Stance.CONFORMS)


class Words:
    """The memo's phrases in one language, with English for what it lacks."""

    def __init__(self, lang: str, library: Library | None = None) -> None:
        self.lang = lang
        self.library = library
        # The phrases the loaded library validated (and caches): no language file is read again.
        self._own, self._en = (library if library is not None else load_library([])).phrases("memo", lang)

    def __call__(self, phrase: str, /, **values: object) -> str:
        template = self._own.get(phrase) or self._en.get(phrase) or phrase
        return template.format(**values)

    def category(self, category: str) -> str:
        if self.library is not None and category in self.library.categories:
            return self.library.category_title(category, self.lang)
        return category.replace("_", " ")

    def category_lower(self, category: str) -> str:
        title = self.category(category)
        return title[:1].lower() + title[1:] if title[1:2].islower() else title


class MemoFinding(Struct):
    number: int
    location: str
    category: str  # the category's title in the memo's language
    category_id: str
    stance: Stance
    stance_word: str
    quote: str
    why: str
    suggestion: str | None
    model: str
    precedents: list[str]
    quoted: bool = False
    decision: str | None = None  # the lawyer's decision in words (from the app)
    decision_status: str | None = None
    note: str | None = None


class MemoGap(Struct):
    category_id: str
    headline: str  # "No explicit amnesty prohibition."
    partial: str  # "(the clauses found on this topic are weak or contrary)", or ""
    place: str
    lead: str  # "Suggested insertion after Article 4, paragraph 2 (model AMN-1):"
    suggestion: str
    model: str
    precedents: list[str]
    decision: str | None = None
    note: str | None = None


class MemoChange(Struct):
    kind: str
    kind_word: str
    category: str
    category_id: str
    location: str
    stance: str  # "weak → conforms", or one stance for an added or removed clause
    redline: list[DiffOp]


class Memo(Struct):
    language: str
    title: str
    header: list[str]  # the draft's name and date, the earlier version's, who prepared it when
    summary: list[str]  # the missing categories first (the amnesty prohibition above all), then counts
    counts: dict[str, int]
    gaps: list[MemoGap]
    findings: list[MemoFinding]
    words: dict[str, str]  # headings and field names in the memo's language
    changes: list[MemoChange] | None = None  # with an earlier version only
    change_summary: list[str] = field(default_factory=list)
    draft_name: str = ""
    library_version: str = ""


def _date(path: Path) -> str:
    try:
        return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    except OSError:
        return "?"


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def _location(analysis: Analysis, f: Finding, words: Words) -> str:
    where = in_draft_words(f.label, analysis.language) or f"¶ {f.paragraph + 1}"
    return f"{where} ({words('footnote')})" if f.part is Part.FOOTNOTES else where


def _decision(decision: Decision | None, words: Words) -> tuple[str | None, str | None, str | None]:
    if decision is None:
        return None, None, None
    status = decision.status.value
    said = words(status) + (f" ({decision.reason})" if decision.reason else "")
    if decision.status is Status.EDITED and decision.text:
        said += f": “{decision.text}”"  # (the lawyer's own wording)
    return said, status, decision.note or None


def build_memo(
    analysis: Analysis,
    library: Library | None,
    decisions: Mapping[str, Decision] | None = None,
    comparison: Comparison | None = None,
    *,
    stances: Collection[Stance] | None = None,
    today: dt.date | None = None,
) -> Memo:
    """The memo of ``analysis``; ``stances``: list only findings of these (the summary still
    counts them all)."""
    words = Words(analysis.language, library)
    decisions = decisions or {}
    draft_path = Path(analysis.draft.path)
    today = today or dt.date.today()
    header = [words("draft", name=draft_path.name, date=_date(draft_path))]
    if comparison is not None:
        old_path = Path(comparison.old.draft.path)
        header.append(words("old_draft", name=old_path.name, date=_date(old_path)))
    header.append(words("prepared", date=today.isoformat(), version=analysis.library_version))

    gaps: list[MemoGap] = []
    for m in sorted(analysis.missing, key=lambda m: m.category != AMNESTY):
        headline = (
            words("missing_amnesty")
            if m.category == AMNESTY
            else words("missing", category=words.category_lower(m.category))
        )
        where = (
            in_draft_words(analysis.draft.paragraphs[m.after_paragraph].label, analysis.language)
            or f"¶ {m.after_paragraph + 1}"
            if m.after_paragraph is not None
            else ""
        )
        decision, _status, note = _decision(decisions.get(missing_key(m)), words)
        lead = (
            words("insert", place=where, model=m.clause_id)
            if where
            else words("insert_end", model=m.clause_id)
        )
        gaps.append(
            MemoGap(
                m.category,
                headline,
                words("partial") if m.partial_findings else "",
                where,
                lead,
                m.suggestion,
                m.clause_id,
                list(m.precedents[:MAX_PRECEDENTS]),
                decision,
                note,
            )
        )
    counts = {s.value: sum(1 for f in analysis.findings if f.stance is s) for s in STANCE_ORDER}
    summary = [g.headline for g in gaps]
    if not gaps:
        summary.append(words("nothing_missing"))
    summary.append(words("counts", total=len(analysis.findings), **counts))

    order = sorted(
        (i for i, f in enumerate(analysis.findings) if stances is None or f.stance in stances),
        key=lambda i: (
            analysis.findings[i].part is not Part.BODY,
            analysis.findings[i].paragraph,
            analysis.findings[i].start,
        ),
    )
    findings = []
    for n, i in enumerate(order, start=1):
        f = analysis.findings[i]
        decision, status, note = _decision(decisions.get(finding_key(f)), words)
        findings.append(
            MemoFinding(
                number=n,
                location=_location(analysis, f, words),
                category=words.category(f.category),
                category_id=f.category,
                stance=f.stance,
                stance_word=words(f.stance.value),
                quote=short_quote(f.text),
                why=f.why or "; ".join(f.reasons[:2]),
                suggestion=f.suggestion if f.stance is not Stance.CONFORMS else None,
                model=f.clause_id,
                precedents=list(f.precedents[:MAX_PRECEDENTS]),
                quoted=f.quoted,
                decision=decision if status != Status.OPEN.value else None,
                decision_status=status,
                note=note,
            )
        )
    names = [
        "summary",
        "lacks",
        "findings",
        "no_findings",
        "item",
        "location",
        "category",
        "stance",
        "quote",
        "why",
        "suggestion",
        "model",
        "precedents",
        "decision",
        "note",
        "redline",
        "quoted",
        "missing_stance",
        "finding_row",
        "missing_row",
        "no_changes",
    ]
    memo = Memo(
        language=analysis.language,
        title=words("title", name=draft_path.name),
        header=header,
        summary=summary,
        counts=counts,
        gaps=gaps,
        findings=findings,
        words={name: words(name) for name in names}
        | {f"{name}:": words("field", label=words(name)) for name in names},
        draft_name=draft_path.name,
        library_version=analysis.library_version,
    )
    if comparison is not None:
        _add_comparison(memo, comparison, words)
    return memo


def _add_comparison(memo: Memo, comparison: Comparison, words: Words) -> None:
    old_name = Path(comparison.old.draft.path).name
    memo.title = words("compare_title", old=old_name, new=memo.draft_name)
    memo.words["changes"] = words("changes", old=old_name)
    lines = [
        words(
            {
                "appeared": "ban_appeared",
                "disappeared": "ban_disappeared",
                "present": "ban_kept",
                "absent": "ban_still_missing",
            }[comparison.amnesty_prohibition]
        )
    ]
    lines += [
        words("gap_opened", category=words.category_lower(c)) for c in comparison.gaps_opened if c != AMNESTY
    ]
    lines += [
        words("gap_closed", category=words.category_lower(c)) for c in comparison.gaps_closed if c != AMNESTY
    ]
    lines.append(words("change_counts", **comparison.counts()))
    memo.change_summary = lines
    memo.changes = []
    for c in comparison.all_changes():
        stance = c.stances(words, words("stance_change", old="{old}", new="{new}"))
        location = c.location
        if c.old is not None and c.new is not None and c.old.location != c.new.location:
            location = f"{c.new.location} (← {c.old.location})"
        memo.changes.append(
            MemoChange(
                c.kind, words(c.kind), words.category(c.category), c.category, location, stance, c.redline
            )
        )


# ---------------------------------------------------------------------------- HTML (print, PDF)

STANCE_COLOURS = {Stance.CONTRARY: "#b3261e", Stance.WEAK: "#8a5a00", Stance.CONFORMS: "#1b6e2a"}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def redline_html(ops: Sequence[DiffOp]) -> str:
    parts = []
    for op in ops:
        if op.op == "delete":
            parts.append(f'<span style="color:#b3261e; text-decoration:line-through;">{_e(op.text)}</span>')
        elif op.op == "insert":
            parts.append(f'<span style="color:#1a5fb4; text-decoration:underline;">{_e(op.text)}</span>')
        else:
            parts.append(_e(op.text))
    return "".join(parts)


def memo_html(memo: Memo) -> str:
    """The memo as the simple HTML Qt's rich text lays out and prints (no external resources)."""
    w = memo.words
    out = [
        "<html><head><meta charset='utf-8'/></head>",
        "<body style=\"font-family:'DejaVu Sans','Liberation Sans',sans-serif; font-size:10pt;\">",
        f"<h1 style='font-size:16pt;'>{_e(memo.title)}</h1>",
    ]
    out += [f"<p style='margin:0; color:#444;'>{_e(line)}</p>" for line in memo.header]
    out.append(f"<h2 style='font-size:13pt;'>{_e(w['summary'])}</h2><ul>")
    for n, line in enumerate(memo.summary):
        strong = n == 0 and memo.gaps and memo.gaps[0].category_id == AMNESTY
        out.append(f"<li>{'<b>' if strong else ''}{_e(line)}{'</b>' if strong else ''}</li>")
    out.append("</ul>")
    if memo.changes is not None:
        out.append(f"<h2 style='font-size:13pt;'>{_e(w['changes'])}</h2><ul>")
        out += [f"<li>{_e(line)}</li>" for line in memo.change_summary]
        out.append("</ul>")
        if not memo.changes:
            out.append(f"<p>{_e(w['no_changes'])}</p>")
        for c in memo.changes:
            out.append(
                f"<p style='margin-bottom:2px;'><b>{_e(c.location)}</b> — {_e(c.category)} — "
                f"<b>{_e(c.kind_word)}</b> ({_e(c.stance)})</p>"
                f"<p style='margin-top:0; margin-left:12px;'>{redline_html(c.redline)}</p>"
            )
    if memo.gaps:
        out.append(f"<h2 style='font-size:13pt;'>{_e(w['lacks'])}</h2>")
        for g in memo.gaps:
            partial = f" {_e(g.partial)}" if g.partial else ""
            out.append(f"<p style='margin-bottom:2px;'><b>{_e(g.headline)}</b>{partial}</p>")
            out.append(
                f"<p style='margin-top:0; margin-left:12px;'>{_e(g.lead)} <i>{_e(g.suggestion)}</i></p>"
            )
            if g.decision or g.note:
                extra = "; ".join(x for x in (g.decision, g.note) if x)
                out.append(f"<p style='margin-top:0; margin-left:12px;'>{_e(w['decision:'])} {_e(extra)}</p>")
    out.append(f"<h2 style='font-size:13pt;'>{_e(w['findings'])}</h2>")
    if not memo.findings:
        out.append(f"<p>{_e(w['no_findings'])}</p>")
    for f in memo.findings:
        colour = STANCE_COLOURS[f.stance]
        quoted = f" {_e(w['quoted'])}" if f.quoted else ""
        out.append(
            f"<p style='margin-top:8px; margin-bottom:2px;'><b>{f.number}. {_e(f.location)}</b> — "
            f"{_e(f.category)} — <b style='color:{colour};'>{_e(f.stance_word)}</b>{quoted}</p>"
        )
        body = [f"<i>“{_e(f.quote)}”</i>"]
        if f.stance is Stance.CONFORMS and not (f.decision or f.note):
            # (A conforming clause needs no more than where it is and what it says.)
            out += [f"<p style='margin-top:0; margin-bottom:0; margin-left:12px;'>{body[0]}</p>"]
            continue
        if f.why:
            body.append(f"{_e(w['why:'])} {_e(f.why)}")
        if f.suggestion:
            body.append(f"{_e(w['suggestion:'])} {_e(f.suggestion)}")
        refs = f"{_e(w['model'])} {_e(f.model)}"
        if f.precedents:
            refs += f" · {_e(w['precedents:'])} {_e('; '.join(f.precedents))}"
        body.append(refs)
        if f.decision:
            body.append(f"{_e(w['decision:'])} <b>{_e(f.decision)}</b>")
        if f.note:
            body.append(f"{_e(w['note:'])} {_e(f.note)}")
        out += [f"<p style='margin-top:0; margin-bottom:0; margin-left:12px;'>{line}</p>" for line in body]
    out.append("</body></html>")
    return "\n".join(out)
