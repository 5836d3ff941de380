"""Two versions of a draft read and analysed side by side (Qt-free).

Comparing two versions means two whole analyses, each as long as analysing one draft. Where
the system can fork a process cheaply (Linux and the BSDs; not Windows, and not macOS, whose
system frameworks are not safe after a fork), the earlier version is read and analysed in a
child process while this one analyses the later version, so the comparison takes about as long
as one analysis on a machine with two cores. The child inherits the loaded library and its match
index (forked after both are ready) and sends back its analysis, or the error that stopped it,
pickled through a pipe. Anywhere else, or from a process with threads of its own (the desktop
app: a fork copies only the calling thread), the two run one after the other. Both ways give
the same analyses; the test suite checks it.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import Library
from drafter.matching.cache import index_for, prefilter_for
from drafter.matching.engine import MatchSettings
from drafter.model import Analysis

Analyse = Callable[[str | Path], Analysis]


def can_fork() -> bool:
    """Whether a child process may be forked safely here (see the module's docstring)."""
    return (
        sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def analyse_versions(
    old: str | Path,
    new: str | Path,
    library: Library,
    settings: MatchSettings | None = None,
    *,
    parallel: bool | None = None,
) -> tuple[Analysis, Analysis]:
    """The analyses of ``old`` and ``new``; ``parallel``: None to fork when it is safe."""

    def one(path: str | Path) -> Analysis:
        return analyze(load_draft(path), library, settings)

    if parallel is None:
        parallel = can_fork()
    if not parallel:
        return one(old), one(new)
    # Loaded before the fork, so that the child does not load them again.
    prefilter_for(index_for(library))
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(one, old, send), daemon=True)
    child.start()
    send.close()
    try:
        later = one(new)
        try:
            outcome = pickle.loads(receive.recv_bytes())
        except EOFError:  # the child died without a word (killed, out of memory): do it here
            outcome = None
    except BaseException:
        child.kill()
        raise
    finally:
        receive.close()
        child.join()
    if outcome is None:
        return one(old), later
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome, later


def _child(one: Analyse, path: str | Path, send: Connection) -> None:
    """The child's whole life: the analysis of ``path`` (or what stopped it) into the pipe."""
    try:
        outcome: object = one(path)
    except Exception as exc:  # handed to the parent, which raises it
        outcome = exc
    try:
        payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an error that cannot be pickled: its words
        payload = pickle.dumps(RuntimeError(f"{type(outcome).__name__}: {exc}"))
    send.send_bytes(payload)
    send.close()
    os._exit(0)  # no atexit handlers, no flushing of the parent's buffers a second time
