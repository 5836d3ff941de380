"""Review decisions and their autosave (Qt-free).

What the lawyer decided about each finding (accepted, edited, dismissed, notes) is
saved automatically, atomically, as JSON in the user data folder
(``<data>/reviews/<hash of the draft's absolute path>.json``; see ``paths.py``), never
beside the draft, so that confidential folders are not littered and read-only shares
work. When the same draft is opened again, decisions are re-anchored by content: a
finding matches a saved decision if it has the same category and the same text, or
text that is at least 90 % similar (the draft was edited elsewhere). Saved decisions
that match nothing are listed as "no longer found", never dropped silently. A
corrupted file is reported and renamed ``*.corrupt-<time>.json``, never deleted.

A save that fails never loses a decision nor raises into the app: the decision stays in
memory, ``save_problem`` says where and why (``review_store.ReviewSaveError``), every later
decision and ``retry_save`` try again, and ``save_to`` writes the review elsewhere.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import asdict

from drafter.i18n import _
from drafter.model import Analysis, Finding, MissingCategory
from drafter.paths import reviews_dir
from drafter.review_store import ReviewReadError, ReviewSaveError, read_review, write_review

SIDECAR_VERSION = 1
REANCHOR_MIN_SIMILARITY = 90.0


class Status(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    EDITED = "edited"
    DISMISSED = "dismissed"


class Decision(Struct):
    status: Status = Status.OPEN
    text: str | None = None  # the edited wording, for EDITED
    note: str | None = None  # a note that goes into the comment
    reason: str | None = None  # why a finding was dismissed


def finding_key(f: Finding) -> str:
    return f"{f.part.value}:{f.paragraph}:{f.start}:{f.end}:{f.category}"


def missing_key(m: MissingCategory) -> str:
    return f"missing:{m.category}"


class SavedDecision(Struct):
    """A decision as stored: with what it was about, so that it can be found again."""

    key: str
    category: str
    text: str
    label: str
    decision: Decision

    def to_json(self) -> dict[str, Any]:
        d = asdict(self.decision)
        d["status"] = self.decision.status.value
        return {
            "key": self.key,
            "category": self.category,
            "text": self.text,
            "label": self.label,
            "decision": d,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SavedDecision:
        d = raw["decision"]
        decision = Decision(Status(d["status"]), d.get("text"), d.get("note"), d.get("reason"))
        return cls(
            str(raw["key"]), str(raw["category"]), str(raw["text"]), str(raw.get("label", "")), decision
        )


class RestoreReport(Struct):
    restored: int = 0
    moved: int = 0  # re-anchored on edited text
    lost: list[SavedDecision] = field(default_factory=list)
    corrupt_file: Path | None = None
    problem: str | None = None


def sidecar_path(draft_path: str | Path) -> Path:
    import hashlib  # here, not at the top: exporting needs this module's records, not its files

    absolute = str(Path(draft_path).resolve())
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:24]
    return reviews_dir() / f"{digest}.json"


class ReviewSession:
    """The decisions for one analysed draft, with autosave."""

    def __init__(self, analysis: Analysis, autosave: bool = True) -> None:
        self.analysis = analysis
        self.decisions: dict[str, Decision] = {}
        self.lost: list[SavedDecision] = []
        self.autosave = autosave
        self.changed_since_export = False
        # The last save's failure, while the decisions on disk are not those in memory.
        self.save_problem: ReviewSaveError | None = None
        self.saved_elsewhere: Path | None = None
        self._by_key: dict[str, Finding | MissingCategory] = {finding_key(f): f for f in analysis.findings}
        self._by_key.update({missing_key(m): m for m in analysis.missing})

    # ------------------------------------------------------------ decisions

    def decision(self, key: str) -> Decision:
        return self.decisions.get(key) or Decision()

    def status(self, key: str) -> Status:
        return self.decision(key).status

    def decide(self, key: str, decision: Decision) -> None:
        self.decide_all([(key, decision)])

    def decide_all(self, decisions: Iterable[tuple[str, Decision]]) -> None:
        """Several decisions at once (a batch, or undoing one), saved once."""
        pairs = list(decisions)
        for key, _decision in pairs:
            if key not in self._by_key:
                raise KeyError(key)
        for key, decision in pairs:
            if decision.status is Status.OPEN and not decision.note:
                self.decisions.pop(key, None)
            else:
                self.decisions[key] = decision
        self.changed_since_export = True
        self.saved_elsewhere = None
        if self.autosave:
            self.retry_save()

    @property
    def saved(self) -> bool:
        """Whether the decisions in memory are those saved for this draft."""
        return self.save_problem is None

    def retry_save(self) -> bool:
        """Save now; on failure keep the decisions in memory and the reason in ``save_problem``."""
        try:
            self.save()
        except ReviewSaveError as exc:
            self.save_problem = exc
            return False
        return True

    def mark_exported(self) -> None:
        self.changed_since_export = False

    # ------------------------------------------------------------ persistence

    @property
    def path(self) -> Path:
        return sidecar_path(self.analysis.draft.path)

    def _saved(self) -> list[SavedDecision]:
        out = []
        for key, decision in self.decisions.items():
            item = self._by_key[key]
            if isinstance(item, MissingCategory):
                out.append(SavedDecision(key, item.category, "", "", decision))
            else:
                out.append(SavedDecision(key, item.category, item.text, item.label, decision))
        # Decisions that did not re-anchor are kept in the file for a later reopen.
        out.extend(self.lost)
        return out

    def _payload(self) -> dict[str, Any]:
        return {
            "version": SIDECAR_VERSION,
            "draft": str(Path(self.analysis.draft.path).resolve()),
            "saved": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "decisions": [s.to_json() for s in self._saved()],
        }

    def save(self) -> Path:
        """Save the decisions where they are restored from; raises ``ReviewSaveError``."""
        path = write_review(self.path, self._payload())
        self.save_problem = None
        return path

    def save_to(self, path: str | Path) -> Path:
        """Save the review elsewhere (when its own folder cannot be written); raises
        ``ReviewSaveError``. Copied into the reviews folder, it is restored as usual."""
        out = write_review(Path(path), self._payload())
        self.saved_elsewhere = out
        return out

    def restore(self) -> RestoreReport:
        """Load saved decisions for this draft and re-anchor them on the current findings."""
        report = RestoreReport()
        path = self.path
        try:
            raw = read_review(path)
            if raw is None:
                return report
            if raw.get("version") != SIDECAR_VERSION:
                raise ValueError(_("unknown format"))
            saved = [SavedDecision.from_json(item) for item in raw["decisions"]]
        except (ReviewReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            reason = exc.message if isinstance(exc, ReviewReadError) else str(exc)
            aside = path.with_name(f"{path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}.json")
            with contextlib.suppress(OSError):
                path.rename(aside)
            report.corrupt_file = aside
            report.problem = _(
                "The saved review for this draft could not be read ({reason}); it was set aside as {name}."
            ).format(reason=reason, name=aside.name)
            return report
        findings = {finding_key(f): f for f in self.analysis.findings}
        missing = {missing_key(m): m for m in self.analysis.missing}
        taken: set[str] = set()
        for item in saved:
            if item.key.startswith("missing:"):
                if item.key in missing:
                    self.decisions[item.key] = item.decision
                    report.restored += 1
                else:
                    report.lost.append(item)
                continue
            key = self._reanchor(item, findings, taken)
            if key is None:
                report.lost.append(item)
                continue
            taken.add(key)
            self.decisions[key] = item.decision
            if key == item.key:
                report.restored += 1
            else:
                report.moved += 1
        self.lost = report.lost
        return report

    @staticmethod
    def _reanchor(item: SavedDecision, findings: dict[str, Finding], taken: set[str]) -> str | None:
        same_category = [
            (k, f) for k, f in findings.items() if f.category == item.category and k not in taken
        ]
        exact = [k for k, f in same_category if f.text == item.text]
        if item.key in exact:
            return item.key
        if exact:
            return exact[0]
        from rapidfuzz import fuzz  # only when saved decisions are matched to a new analysis

        best_key, best = None, 0.0
        for k, f in same_category:
            score = fuzz.ratio(f.text, item.text)
            if score > best:
                best_key, best = k, score
        return best_key if best >= REANCHOR_MIN_SIMILARITY else None

    def counts(self) -> dict[Status, int]:
        out = dict.fromkeys(Status, 0)
        for key in self._by_key:
            out[self.status(key)] += 1
        return out
