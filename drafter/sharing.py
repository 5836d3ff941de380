"""A long draft's analysis shared with a second process (Qt-free; the command line's).

``SecondJudge`` forks a helper before the draft is read (``drafter.forking.Helper``): while this
process reads the draft, the helper does what does not depend on it (a check of the file given
as ``first``, the analysis modules, the clause library and its match index); as soon as the
draft is read it is handed over, and the helper judges the larger part of it while this process
judges the rest (``drafter.analysis.analyze(helper=...)``). This module imports no analysis
code itself: a command-line run reads the draft first, and only then needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
from msgspec import Struct

from drafter.forking import Helper, Unavailable
from drafter.model import Draft, Part

if TYPE_CHECKING:
    from drafter.analysis import Judge, Judged
    from drafter.matching.engine import MatchSettings

# Drafts with at least this many paragraphs (about a hundred pages) are judged in two parts
# at once.
SPLIT_FROM = 1500
# The share of the body this process judges while the helper judges the rest and the
# footnotes: less than half, as the helper had its library and index ready before the draft
# was read, when this process still has to load them.
OWN_SHARE = 0.46

Stretch = tuple[Part, int, int]  # the paragraphs start:stop of a part
JudgeKey = tuple[str, "MatchSettings", bool]  # what a judge's findings depend on (``Judge.key``)


class _Prepared(Struct):
    judge: Judge
    first: object  # what the helper did first, or the error that stopped it


class SecondJudge:
    """A child process that judges the larger part of a long draft while this process judges
    the rest. Check ``drafter.forking.can_hand_over()`` first. Started before the draft is read,
    it does ``first()`` if given (the command line checks the file's structure so), then builds
    its judge (``judge()``: the analysis modules, the library, its index); ``hand_over`` gives
    it the draft as soon as it is read. Always ``close()`` it (``with`` does)."""

    def __init__(self, judge: Callable[[], Judge], *, first: Callable[[], object] | None = None) -> None:
        self._helper: Helper[_Prepared] = Helper(lambda: _prepare(judge, first))
        self._draft: Draft | None = None
        self.own: list[Stretch] = []
        self.theirs: list[Stretch] = []
        # What ``first()`` returned in the helper, once its findings are in (None until then, or if
        # the helper could not say).
        self.first: object = None

    def hand_over(self, draft: Draft) -> bool:
        """Give the helper its part of ``draft`` if the draft is long enough to share (once);
        whether it has a part of it."""
        if self._draft is draft:
            return True
        body, notes = len(draft.paragraphs), len(draft.footnotes)
        if self._draft is not None or body < SPLIT_FROM:
            return False
        share = int(body * OWN_SHARE)
        self.own = [(Part.BODY, 0, share)]
        self.theirs = [(Part.BODY, share, body), (Part.FOOTNOTES, 0, notes)]
        self._helper.send(_judged_by_helper, msgspec.msgpack.encode(draft), self.theirs)
        self._draft = draft
        return True

    def findings(self, judge: Judge) -> Judged | None:
        """The helper's findings on its part, or None if it could not judge it as ``judge``
        does (its library differs, or it died): then the caller judges that part. The error
        ``first()`` raised in the helper is raised here."""
        outcome = self._helper.receive()
        if isinstance(outcome, Unavailable):
            return None
        first, key, found = outcome
        if isinstance(first, Exception):
            raise first
        self.first = first
        return found if key == judge.key and key[0] else None

    def close(self) -> None:
        self._helper.close()

    def __enter__(self) -> SecondJudge:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _prepare(judge: Callable[[], Judge], first: Callable[[], object] | None) -> _Prepared:
    done: object = None
    if first is not None:
        try:
            done = first()
        except Exception as exc:  # raised in the parent with the findings
            done = exc
    return _Prepared(judge(), done)


def _judged_by_helper(
    prepared: _Prepared, draft_bytes: bytes, stretches: list[Stretch]
) -> tuple[object, JudgeKey, Judged]:
    """The helper's part: the findings of ``stretches`` of the draft its parent sent, with what
    they depend on (the parent checks that its own judge is the same) and what it did first."""
    judge = prepared.judge
    draft = msgspec.msgpack.decode(draft_bytes, type=Draft)
    return prepared.first, judge.key, judge.findings(draft, judge.context(draft), stretches)
