"""Two versions of a draft read and analysed side by side (Qt-free).

Comparing two versions means two whole analyses. From the command line, where a second
process can run beside this one (``drafter.forking``), the earlier version is read and
analysed in a forked child while this process analyses the later one, so the comparison takes
about as long as one analysis on a machine with two cores; elsewhere, and from the desktop app
(a process with threads), one after the other. Both ways give the same analyses; the test
suite checks it.
"""

from __future__ import annotations

from pathlib import Path

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.forking import beside, worth_forking
from drafter.library.loader import Library
from drafter.matching.cache import index_for, prefilter_for
from drafter.matching.engine import MatchSettings
from drafter.model import Analysis


def analyse_versions(
    old: str | Path,
    new: str | Path,
    library: Library,
    settings: MatchSettings | None = None,
    *,
    parallel: bool | None = None,
) -> tuple[Analysis, Analysis]:
    """The analyses of ``old`` and ``new``; ``parallel``: None to fork when it is worth it."""

    def one(path: str | Path) -> Analysis:
        return analyze(load_draft(path), library, settings)

    if parallel is None:
        parallel = worth_forking()
    if not parallel:
        return one(old), one(new)
    prefilter_for(index_for(library))  # loaded before the fork, so that the child has them
    return beside(lambda: one(old), lambda: one(new))
