"""Two pieces of work at once, one of them in a forked child process (Qt-free).

A long analysis is mostly pure Python, which one process runs on one core. Where the system
can fork a process cheaply (Linux and the BSDs; not Windows, and not macOS, whose system
frameworks are not safe after a fork) and the machine has a second core, a command-line run
gives part of the work to a child: it inherits everything already loaded (the draft, the
library and its match index), does its part, and sends the result back pickled through a
pipe, or the error that stopped it, which is raised here as if it had happened here. A child
that dies without a word (killed, out of memory) is replaced by doing its part here.

Never from a process with threads of its own, such as the desktop app: a fork copies only the
calling thread, and a lock another thread held stays locked in the child forever.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def can_fork() -> bool:
    """Whether a child process may be forked safely here, to run beside this one."""
    return (
        sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def cores() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def worth_forking() -> bool:
    """Whether a second process would run beside this one (a fork is safe and a core is free)."""
    return can_fork() and cores() >= 2


def beside(in_child: Callable[[], A], here: Callable[[], B]) -> tuple[A, B]:
    """``(in_child(), here())``, the first computed in a forked child while this process
    computes the second. The caller checks ``can_fork()`` first."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(in_child, send), daemon=True)
    child.start()
    send.close()
    try:
        mine = here()
        try:
            outcome = pickle.loads(receive.recv_bytes())
        except EOFError:  # the child died without a word: its part is done here
            outcome = _Died()
    except BaseException:
        child.kill()
        raise
    finally:
        receive.close()
        child.join()
    if isinstance(outcome, _Died):
        return in_child(), mine
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome, mine


class _Died:
    """What a child that sent nothing is taken to have sent."""


def _child(work: Callable[[], object], send: Connection) -> None:
    """The child's whole life: ``work()`` (or what stopped it) into the pipe, then exit."""
    try:
        outcome: object = work()
    except Exception as exc:  # handed to the parent, which raises it
        outcome = exc
    try:
        payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an error that cannot be pickled: its words
        payload = pickle.dumps(RuntimeError(f"{type(outcome).__name__}: {exc}"))
    send.send_bytes(payload)
    send.close()
    os._exit(0)  # no atexit handlers, no second flush of the parent's buffers
