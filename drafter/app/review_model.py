"""The review of one analysed draft, which every view of the main window follows.

The model holds the analysis, the lawyer's decisions (``drafter.review.ReviewSession``, saved as
they are made), what the decisions make of the draft (``drafter.changes.reconcile``: the changes
the export writes, the missing categories they supply), the item the lawyer is looking at, and
the undo stack. Views read from it and listen to its signals; a decision is made only through
it, as one undoable command (a batch is one command too).

``prepare`` runs on the worker thread with the analysis: each finding's location in the draft's
own words, told apart where two paragraphs share a label, so that nothing per finding is left
for the window to do when the findings arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from drafter import i18n
from drafter.analysis import insertion_place
from drafter.changes import Mode, Preview, Reconciled, is_title, preview, reconcile
from drafter.library.loader import Library
from drafter.locations import distinct_labels, in_draft_words
from drafter.model import Analysis, DiffOp, Finding, MissingCategory, Part
from drafter.review import Decision, ReviewSession, Status, finding_key, missing_key

FINDING = "finding"
MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Inline:
    """A change the export writes, as the draft view shows it: the redline ``ops`` of the
    paragraph's text from ``start``, or (``start`` -1) a paragraph inserted after it."""

    part: str
    paragraph: int
    start: int
    ops: tuple[DiffOp, ...]


@dataclass(slots=True)
class Loaded:
    """An analysis with what the views show of it, prepared off the GUI thread."""

    analysis: Analysis
    library: Library
    places: list[str] = field(default_factory=list)  # each finding's location, in the draft's words
    missing_places: list[str] = field(default_factory=list)  # each missing category's proposed place
    titles: dict[str, str] = field(default_factory=dict)  # category id -> title
    titles_of: list[bool] = field(default_factory=list)  # whether each finding is a heading or title
    # The findings list's rows, built on the worker thread too (findings_panel.FindingsModel).
    findings_model: Any = None


def category_titles(library: Library) -> dict[str, str]:
    """The library's category titles in the interface language (id -> title, the library's order)."""
    lang = i18n.language()
    return {cid: library.category_title(cid, lang) for cid in library.categories}


def insertion_places(analysis: Analysis, library: Library) -> list[str]:
    """Where each missing clause would go: why there in the interface language, the paragraph in
    the draft's words (``drafter.analysis.insertion_place``, as the command line's report says it)."""
    return [
        insertion_place(analysis, m, library, lambda label: in_draft_words(label, analysis.language))
        for m in analysis.missing
    ]


def prepare(analysis: Analysis, library: Library) -> Loaded:
    """What the views show of ``analysis`` (run it on the worker thread)."""
    lang = analysis.language
    findings = analysis.findings
    raw = [
        (f.paragraph if f.part is Part.BODY else None, f.label or f"Paragraph {f.paragraph + 1}")
        for f in findings
    ]
    places = []
    for f, label in zip(findings, distinct_labels(analysis.draft.paragraphs, raw), strict=True):
        note = f.part is Part.FOOTNOTES and "Footnote" not in label
        places.append(in_draft_words(f"{label} (footnote)" if note else label, lang))
    missing_places = insertion_places(analysis, library)
    titles = category_titles(library)
    titles_of = [is_title(analysis.draft, f) for f in findings]
    return Loaded(analysis, library, places, missing_places, titles, titles_of)


class DecisionCommand(QUndoCommand):
    """Decisions on one or more items, undone and redone as one step."""

    def __init__(
        self,
        model: ReviewModel,
        before: list[tuple[str, Decision]],
        after: list[tuple[str, Decision]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.model._apply(self.after)

    def undo(self) -> None:
        self.model._apply(self.before)


class ReviewModel(QObject):
    reset = Signal()  # another analysis (or none)
    findingsChanged = Signal(list)  # the indexes of findings whose decision changed
    missingChanged = Signal()  # decisions on missing categories, or what the decisions supply
    changesChanged = Signal()  # what the export would write (the draft view's redline)
    currentChanged = Signal()  # the item the lawyer looks at
    decided = Signal()  # after any decision, its undo or redo (the window checks the save)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.loaded: Loaded | None = None
        self.session: ReviewSession | None = None
        self.current: tuple[str, int] | None = None
        self._index_of: dict[str, int] = {}
        self._reconciled: Reconciled | None = None

    # ------------------------------------------------------------ content

    def load(self, loaded: Loaded | None, session: ReviewSession | None) -> None:
        self.undo_stack.clear()
        self.loaded, self.session = loaded, session
        self.current = None
        self._reconciled = None
        self._index_of = {}
        if loaded is not None:
            self._index_of = {finding_key(f): i for i, f in enumerate(loaded.analysis.findings)}
        self.reset.emit()

    def retranslate(self) -> None:
        """The words the core gives in the interface language (the category titles) again, after
        the language changed; the views follow on their own QEvent.LanguageChange."""
        if self.loaded is not None:
            self.loaded.titles = category_titles(self.loaded.library)
            self.loaded.missing_places = insertion_places(self.loaded.analysis, self.loaded.library)

    @property
    def analysis(self) -> Analysis:
        assert self.loaded is not None
        return self.loaded.analysis

    @property
    def findings(self) -> list[Finding]:
        return self.loaded.analysis.findings if self.loaded is not None else []

    @property
    def missing(self) -> list[MissingCategory]:
        return self.loaded.analysis.missing if self.loaded is not None else []

    def title(self, category: str) -> str:
        if self.loaded is None:
            return category
        return self.loaded.titles.get(category, category.replace("_", " "))

    def place(self, index: int) -> str:
        assert self.loaded is not None
        return self.loaded.places[index]

    def missing_place(self, n: int) -> str:
        assert self.loaded is not None
        return self.loaded.missing_places[n]

    def missing_title(self, n: int) -> str:
        m = self.missing[n]
        if m.category == "amnesty":
            return self.tr("No explicit amnesty prohibition")
        return self.tr("No conforming clause on {category}").format(category=self.title(m.category).lower())

    # ------------------------------------------------------------ decisions

    def decision(self, index: int) -> Decision:
        assert self.session is not None
        return self.session.decision(finding_key(self.findings[index]))

    def status(self, index: int) -> Status:
        return self.decision(index).status

    def missing_decision(self, n: int) -> Decision:
        assert self.session is not None
        return self.session.decision(missing_key(self.missing[n]))

    def is_title(self, index: int) -> bool:
        assert self.loaded is not None
        return self.loaded.titles_of[index]

    def can_accept(self, index: int) -> bool:
        """Whether the finding's suggestion can be used: it has one, and it is no heading."""
        return bool(self.findings[index].suggestion) and not self.is_title(index)

    def reconciled(self) -> Reconciled:
        """What the export writes with the decisions as they are (``Mode.DECIDED``)."""
        if self._reconciled is None:
            assert self.loaded is not None and self.session is not None
            self._reconciled = reconcile(self.loaded.analysis, self.session.decisions, Mode.DECIDED)
        return self._reconciled

    def preview(self, index: int) -> Preview:
        assert self.loaded is not None and self.session is not None
        return preview(self.loaded.analysis, self.session.decisions, index)

    def supplied(self) -> dict[int, str]:
        """The missing categories a decided change supplies (index -> the place of that change)."""
        if self.session is None or not self.session.decisions:
            return {}  # nothing decided, nothing supplied (and no reconciling at every opening)
        result = self.reconciled()
        out = {}
        for n in range(len(self.missing)):
            if result.missing_state.get(n) == "supplied":
                by = result.supplied_by[n]
                out[n] = self.place(by) if by >= 0 else self.tr("another inserted clause")
        return out

    def inline_changes(self) -> list[Inline]:
        """The changes and insertions the export writes, for the draft view's redline."""
        if self.session is None or not self.session.decisions:
            return []
        result = self.reconciled()
        out = [Inline(c.part.value, c.paragraph, c.start, c.ops) for c in result.changes if c.ops]
        for insertion in result.insertions:
            m = self.missing[insertion.missing]
            if m.after_paragraph is not None:
                out.append(
                    Inline(Part.BODY.value, m.after_paragraph, -1, (DiffOp("insert", insertion.text),))
                )
        return out

    def lacking(self) -> int:
        """How many categories the draft still lacks once the decisions are applied."""
        return len(self.missing) - len(self.supplied())

    def decided_indexes(self) -> list[int]:
        """The findings with a decision other than open."""
        if self.session is None:
            return []
        return [
            self._index_of[key]
            for key, d in self.session.decisions.items()
            if key in self._index_of and d.status is not Status.OPEN
        ]

    def open_count(self) -> int:
        """How many findings are still undecided."""
        if self.session is None:
            return 0
        decided = sum(
            1
            for key, d in self.session.decisions.items()
            if key in self._index_of and d.status is not Status.OPEN
        )
        return len(self.findings) - decided

    # ------------------------------------------------------------ changing decisions (undoable)

    def decide(self, items: Sequence[tuple[str, Decision]], text: str) -> bool:
        """Record ``items`` (key, decision) as one undoable step; False if nothing changes."""
        if self.session is None:
            return False
        session = self.session
        changed = [(k, d) for k, d in items if session.decision(k) != d]
        if not changed:
            return False
        before = [(k, session.decision(k)) for k, _ in changed]
        self.undo_stack.push(DecisionCommand(self, before, changed, text))
        return True

    def _apply(self, items: list[tuple[str, Decision]]) -> None:
        assert self.session is not None
        self.session.decide_all(items)
        self._reconciled = None
        indexes = [self._index_of[k] for k, _ in items if k in self._index_of]
        if indexes:
            self.findingsChanged.emit(indexes)
        self.missingChanged.emit()
        self.changesChanged.emit()
        self.currentChanged.emit()  # the item shown may be one of them
        self.decided.emit()

    def _finding_text(self, indexes: list[int], verb: str) -> str:
        """What the undo step is called: "Accept Article 6 bis", "Dismiss 12 findings"."""
        if len(indexes) == 1:
            return self.tr("{verb} {place}").format(verb=verb, place=self.place(indexes[0]))
        return self.tr("{verb} %n finding(s)", "", len(indexes)).format(verb=verb)

    def accept(self, indexes: Iterable[int]) -> int:
        """Use the suggestions of the findings that have one; returns how many were accepted."""
        chosen = [i for i in indexes if self.can_accept(i)]
        items = [
            (finding_key(self.findings[i]), Decision(Status.ACCEPTED, None, self.decision(i).note))
            for i in chosen
        ]
        self.decide(items, self._finding_text(chosen, self.tr("Accept")))
        return len(chosen)

    def edit(self, index: int, text: str) -> None:
        note = self.decision(index).note
        self.decide(
            [(finding_key(self.findings[index]), Decision(Status.EDITED, text, note))],
            self._finding_text([index], self.tr("Edit")),
        )

    def dismiss(self, indexes: Iterable[int], reason: str | None = None) -> int:
        chosen = list(indexes)
        items = [
            (finding_key(self.findings[i]), Decision(Status.DISMISSED, None, self.decision(i).note, reason))
            for i in chosen
        ]
        self.decide(items, self._finding_text(chosen, self.tr("Dismiss")))
        return len(chosen)

    def reopen(self, indexes: Iterable[int]) -> None:
        chosen = list(indexes)
        items = [
            (finding_key(self.findings[i]), Decision(Status.OPEN, None, self.decision(i).note))
            for i in chosen
        ]
        self.decide(items, self._finding_text(chosen, self.tr("Reopen")))

    def note(self, index: int, note: str | None) -> None:
        d = self.decision(index)
        self.decide(
            [(finding_key(self.findings[index]), Decision(d.status, d.text, note, d.reason))],
            self._finding_text([index], self.tr("Note on")),
        )

    def decide_missing(self, n: int, decision: Decision, verb: str) -> None:
        text = self.tr("{verb} “{title}”").format(verb=verb, title=self.missing_title(n))
        self.decide([(missing_key(self.missing[n]), decision)], text)

    # ------------------------------------------------------------ the item looked at

    def set_current(self, kind: str, index: int) -> None:
        if self.loaded is None or self.current == (kind, index):
            return
        self.current = (kind, index)
        self.currentChanged.emit()

    def current_finding(self) -> int | None:
        return self.current[1] if self.current is not None and self.current[0] == FINDING else None

    def current_missing(self) -> int | None:
        return self.current[1] if self.current is not None and self.current[0] == MISSING else None
