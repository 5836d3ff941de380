"""Two versions of a draft compared by stance (Qt-free).

Between rounds of a rolling text a delegation needs to know which impunity clauses moved and in
which direction. Both versions are analysed; then, per category, the clauses of the earlier
version are aligned with those of the later one: first the same text at the same place, then the
same text elsewhere, then the most similar text (rapidfuzz), with a bonus for the same location
label (a clause reworded in place). A pair whose stance rose is ``strengthened``, one whose
stance fell ``weakened``, one only reworded ``reworded``; a clause left over in the earlier
version was ``removed``, one in the later version ``added``. Each change carries a word-level
redline (diff-match-patch on words, its semantic cleanup folding small equalities).

Whether the explicit amnesty prohibition appeared or disappeared is read from the two analyses'
missing categories: a category is missing when no clause conforms (docs: DOMAIN.md).

The JSON form (``Comparison.to_json``) is a contract; the README documents it.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence

from msgspec import Struct, field

from drafter import redline
from drafter.model import Analysis, DiffOp, Finding, Stance

# Adjusted similarity (0-100) a pair needs to be one clause in two versions.
MIN_SIMILARITY = 55.0
# Added to the similarity of two clauses at the same location label ("Article 4, paragraph 1").
SAME_LABEL_BONUS = 15.0
# Beyond this many candidate pairs in one category the fuzzy pass compares each clause only with
# those at about the same relative position (a whole other draft, not a revision of this one).
MAX_PAIRS = 250_000
WINDOW = 200

RANK = {Stance.CONTRARY: 0, Stance.WEAK: 1, Stance.CONFORMS: 2}
KINDS = ("weakened", "strengthened", "added", "removed", "reworded")
AMNESTY = "amnesty"

_SPACE = re.compile(r"\s+")


class Clause(Struct, frozen=True):
    """A finding as one side of a change."""

    index: int  # among the findings of its version's analysis
    paragraph: int
    part: str
    start: int
    end: int
    label: str
    text: str
    stance: Stance
    clause_id: str
    score: float

    @classmethod
    def of(cls, index: int, f: Finding) -> Clause:
        return cls(
            index, f.paragraph, f.part.value, f.start, f.end, f.label, f.text, f.stance, f.clause_id, f.score
        )

    @property
    def location(self) -> str:
        where = self.label or f"paragraph {self.paragraph + 1}"
        return f"{where} (footnote)" if self.part == "footnotes" else where

    def to_json(self) -> dict[str, object]:
        return {
            "paragraph": self.paragraph,
            "part": self.part,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "stance": self.stance.value,
            "clause_id": self.clause_id,
            "score": round(self.score, 1),
        }


class Change(Struct):
    kind: str  # one of KINDS ("unchanged" pairs are only counted)
    category: str
    old: Clause | None
    new: Clause | None
    similarity: float  # 0-100; 0 for an added or removed clause
    redline: list[DiffOp] = field(default_factory=list)

    @property
    def location(self) -> str:
        side = self.new or self.old
        assert side is not None
        return side.location

    def stances(self, word: Callable[[str], str] = str, arrow: str = "{old} → {new}") -> str:
        """ "weak → conforms" for a stance that changed, else the one stance."""
        if self.old is not None and self.new is not None and self.old.stance is not self.new.stance:
            return arrow.format(old=word(self.old.stance.value), new=word(self.new.stance.value))
        side = self.new or self.old
        assert side is not None
        return word(side.stance.value)

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "category": self.category,
            "similarity": round(self.similarity, 1),
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
            "redline": [{"op": op.op, "text": op.text} for op in self.redline],
        }


def _zero() -> dict[str, int]:
    return dict.fromkeys((*KINDS, "unchanged"), 0)


class Comparison(Struct):
    old: Analysis
    new: Analysis
    # Per category (the library's order), the changes in the later version's order (a removed
    # clause where it stood in the earlier one).
    changes: dict[str, list[Change]]
    unchanged: dict[str, int]
    categories: list[str]

    @property
    def ban_before(self) -> bool:
        return not any(m.category == AMNESTY for m in self.old.missing)

    @property
    def ban_after(self) -> bool:
        return not any(m.category == AMNESTY for m in self.new.missing)

    @property
    def amnesty_prohibition(self) -> str:
        """``appeared``, ``disappeared``, ``present`` (in both) or ``absent`` (from both)."""
        before, after = self.ban_before, self.ban_after
        if before != after:
            return "appeared" if after else "disappeared"
        return "present" if after else "absent"

    @property
    def gaps_opened(self) -> list[str]:
        """Categories with a conforming clause before and none now."""
        old = {m.category for m in self.old.missing}
        return [m.category for m in self.new.missing if m.category not in old]

    @property
    def gaps_closed(self) -> list[str]:
        new = {m.category for m in self.new.missing}
        return [m.category for m in self.old.missing if m.category not in new]

    def all_changes(self) -> list[Change]:
        return [c for cat in self.categories for c in self.changes.get(cat, [])]

    def counts(self, category: str | None = None) -> dict[str, int]:
        out = _zero()
        for cat in [category] if category else self.categories:
            for c in self.changes.get(cat, []):
                out[c.kind] += 1
            out["unchanged"] += self.unchanged.get(cat, 0)
        return out

    def to_json(self) -> dict[str, object]:
        def side(a: Analysis, ban: bool) -> dict[str, object]:
            return {
                "path": a.draft.path,
                "paragraphs": len(a.draft.paragraphs),
                "language": a.language,
                "findings": len(a.findings),
                "missing": [m.category for m in a.missing],
                "amnesty_prohibition": ban,
            }

        return {
            "old": side(self.old, self.ban_before),
            "new": side(self.new, self.ban_after),
            "library": {"version": self.new.library_version},
            "amnesty_prohibition": self.amnesty_prohibition,
            "gaps": {"opened": self.gaps_opened, "closed": self.gaps_closed},
            "counts": self.counts(),
            "categories": [
                {
                    "category": cat,
                    "counts": self.counts(cat),
                    "changes": [c.to_json() for c in self.changes.get(cat, [])],
                }
                for cat in self.categories
                if self.changes.get(cat) or self.unchanged.get(cat)
            ],
        }


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def word_diff(old: str, new: str) -> list[DiffOp]:
    """A word-level redline from ``old`` to ``new`` (joining the ops gives back both texts); a
    clause of any length: the diff stops refining after half a second."""
    return redline.word_diff(old, new, timeout=0.5)


def _pairs_exact(
    olds: list[int], news: list[int], old_f: Sequence[Finding], new_f: Sequence[Finding], by_label: bool
) -> list[tuple[int, int]]:
    pool: dict[tuple[str, str], deque[int]] = defaultdict(deque)
    for i in olds:
        pool[(_norm(old_f[i].text), old_f[i].label if by_label else "")].append(i)
    out = []
    for j in news:
        queue = pool.get((_norm(new_f[j].text), new_f[j].label if by_label else ""))
        if queue:
            out.append((queue.popleft(), j))
    return out


def _pairs_fuzzy(
    olds: list[int], news: list[int], old_f: Sequence[Finding], new_f: Sequence[Finding]
) -> list[tuple[int, int, float]]:
    from rapidfuzz import fuzz, process

    if not olds or not news:
        return []
    a = [_norm(old_f[i].text) for i in olds]
    b = [_norm(new_f[j].text) for j in news]
    candidates: list[tuple[float, int, int]] = []
    cutoff = MIN_SIMILARITY - SAME_LABEL_BONUS
    # (process.extract, not cdist: cdist needs numpy, whose import alone costs more than the
    # comparison of a revision's few changed clauses.)
    window = len(a) * len(b) > MAX_PAIRS
    for y, text in enumerate(b):
        lo, hi = 0, len(a)
        if window:
            centre = round(y * len(a) / len(b))
            lo, hi = max(0, centre - WINDOW), min(len(a), centre + WINDOW)
        for _choice, score, x in process.extract(
            text, a[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            candidates.append((float(score), int(x) + lo, y))
    scored = []
    for s, x, y in candidates:
        i, j = olds[x], news[y]
        same_label = bool(old_f[i].label) and old_f[i].label == new_f[j].label
        adjusted = min(100.0, s + (SAME_LABEL_BONUS if same_label else 0.0))
        if adjusted >= MIN_SIMILARITY:
            scored.append((adjusted, s, i, j))
    scored.sort(key=lambda t: (-t[0], t[2], t[3]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    out = []
    for _adjusted, s, i, j in scored:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        out.append((i, j, s))
    return out


def _kind(old: Finding, new: Finding) -> str:
    if RANK[new.stance] > RANK[old.stance]:
        return "strengthened"
    if RANK[new.stance] < RANK[old.stance]:
        return "weakened"
    return "reworded" if _norm(old.text) != _norm(new.text) else "unchanged"


def _order(f: Finding) -> tuple[int, int, int]:
    return (0 if f.part.value == "body" else 1, f.paragraph, f.start)


def compare(old: Analysis, new: Analysis, categories: Iterable[str] | None = None) -> Comparison:
    """The clauses of ``old`` and ``new`` aligned per category, and what changed.

    ``categories``: the order to report them in (the library's); categories found in neither
    are left out, others found are added after them."""
    old_f, new_f = old.findings, new.findings
    by_cat_old: dict[str, list[int]] = defaultdict(list)
    by_cat_new: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(old_f):
        by_cat_old[f.category].append(i)
    for j, f in enumerate(new_f):
        by_cat_new[f.category].append(j)
    order = list(dict.fromkeys([*(categories or ()), *by_cat_old, *by_cat_new]))
    order = [c for c in order if c in by_cat_old or c in by_cat_new]
    changes: dict[str, list[Change]] = {}
    unchanged: dict[str, int] = {}
    for cat in order:
        olds, news = by_cat_old.get(cat, []), by_cat_new.get(cat, [])
        pairs: list[tuple[int, int, float]] = []
        for by_label in (True, False):
            exact = _pairs_exact(olds, news, old_f, new_f, by_label)
            pairs += [(i, j, 100.0) for i, j in exact]
            taken_o, taken_n = {i for i, _ in exact}, {j for _, j in exact}
            olds = [i for i in olds if i not in taken_o]
            news = [j for j in news if j not in taken_n]
        fuzzy = _pairs_fuzzy(olds, news, old_f, new_f)
        pairs += fuzzy
        paired_o = {i for i, _, _ in fuzzy}
        paired_n = {j for _, j, _ in fuzzy}
        rows: list[tuple[tuple[int, int, int], Change]] = []
        same = 0
        for i, j, sim in pairs:
            kind = _kind(old_f[i], new_f[j])
            if kind == "unchanged":
                same += 1
                continue
            change = Change(
                kind,
                cat,
                Clause.of(i, old_f[i]),
                Clause.of(j, new_f[j]),
                sim,
                word_diff(old_f[i].text, new_f[j].text),
            )
            rows.append((_order(new_f[j]), change))
        for i in olds:
            if i not in paired_o:
                change = Change(
                    "removed", cat, Clause.of(i, old_f[i]), None, 0.0, [DiffOp("delete", old_f[i].text)]
                )
                rows.append((_removed_order(old_f[i]), change))
        for j in news:
            if j not in paired_n:
                change = Change(
                    "added", cat, None, Clause.of(j, new_f[j]), 0.0, [DiffOp("insert", new_f[j].text)]
                )
                rows.append((_order(new_f[j]), change))
        rows.sort(key=lambda r: r[0])
        changes[cat] = [c for _, c in rows]
        unchanged[cat] = same
    return Comparison(old=old, new=new, changes=changes, unchanged=unchanged, categories=order)


def _removed_order(f: Finding) -> tuple[int, int, int]:
    """Where a removed clause is listed: where it stood (its paragraph number in the earlier
    version, a fair guide in a revision that keeps most of the text)."""
    part, paragraph, start = _order(f)
    return (part, paragraph, start - 1)


def render_comparison(comparison: Comparison, titles: dict[str, str] | None = None, width: int = 100) -> str:
    """The readable form of ``drafter compare``, in the interface language (drafter.i18n) as the
    command line's other reports; ``titles``: the categories' titles in that language."""
    import textwrap
    from pathlib import Path

    from drafter.i18n import _, ngettext, pgettext
    from drafter.locations import display_label
    from drafter.model import stance_name

    def findings(n: int) -> str:
        return ngettext("{n} finding", "{n} findings", n).format(n=n)

    def location(clause: Clause) -> str:
        where = (
            display_label(clause.label)
            if clause.label
            else _("paragraph {number}").format(number=clause.paragraph + 1)
        )
        return _("{place} (footnote)").format(place=where) if clause.part == "footnotes" else where

    kinds = {
        "weakened": pgettext("change", "weakened"),
        "strengthened": pgettext("change", "strengthened"),
        "added": pgettext("change", "added"),
        "removed": pgettext("change", "removed"),
        "reworded": pgettext("change", "reworded"),
    }
    titles = titles or {}
    out: list[str] = []
    old, new = comparison.old, comparison.new
    out.append(
        _("Earlier version: {name} ({findings})").format(
            name=Path(old.draft.path).name, findings=findings(len(old.findings))
        )
    )
    out.append(
        _("Later version:   {name} ({findings})").format(
            name=Path(new.draft.path).name, findings=findings(len(new.findings))
        )
    )
    out.append(_("Library: {version}").format(version=new.library_version))
    out.append("")
    ban = {
        "appeared": _("The explicit amnesty prohibition APPEARED in the later version."),
        "disappeared": _("The explicit amnesty prohibition DISAPPEARED from the later version."),
        "present": _("Both versions have an explicit amnesty prohibition."),
        "absent": _("Neither version has an explicit amnesty prohibition."),
    }[comparison.amnesty_prohibition]
    out.append(ban)
    for cat in comparison.gaps_opened:
        if cat != AMNESTY:
            out.append(
                _("No longer any conforming clause on {category}.").format(
                    category=titles.get(cat, cat).lower()
                )
            )
    for cat in comparison.gaps_closed:
        if cat != AMNESTY:
            out.append(
                _("Now a conforming clause on {category}.").format(category=titles.get(cat, cat).lower())
            )
    n = comparison.counts()
    out.append(
        _(
            "Changes: {weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed, "
            "{reworded} only reworded ({unchanged} unchanged)."
        ).format(**n)
    )
    for cat in comparison.categories:
        rows = comparison.changes.get(cat, [])
        if not rows:
            continue
        out.append("")
        out.append(f"{titles.get(cat, cat)}")
        for c in rows:
            stance = c.stances(stance_name)
            side = c.new or c.old
            assert side is not None
            moved = ""
            if c.old and c.new and c.old.location != c.new.location:
                moved = " " + _("(was {place})").format(place=location(c.old))
            out.append(f"- {kinds[c.kind].upper()}: {location(side)}{moved} — {stance}")
            out.append(
                textwrap.fill(
                    render_redline(c.redline), width, initial_indent="    ", subsequent_indent="    "
                )
            )
    if not comparison.all_changes():
        out.append("")
        out.append(_("No clause on these measures moved between the two versions."))
    return "\n".join(out)


def render_redline(ops: Sequence[DiffOp]) -> str:
    """A redline as plain text: [-deleted-] and {+inserted+} (as ``git diff --word-diff``)."""
    parts = []
    for op in ops:
        if op.op == "delete":
            parts.append(f"[-{op.text}-]")
        elif op.op == "insert":
            parts.append(f"{{+{op.text}+}}")
        else:
            parts.append(op.text)
    return "".join(parts)
