"""Work done at once in a forked child process beside this one (Qt-free).

A long analysis is mostly pure Python, which one process runs on one core. Where the system
can fork a process cheaply (Linux and the BSDs; not Windows, and not macOS, whose system
frameworks are not safe after a fork) and the machine has a second core, a command-line run
gives part of the work to a child. Two ways:

- ``beside(in_child, here)``: fork now; the child inherits everything already loaded, computes
  ``in_child()`` while this process computes ``here()``.
- ``Helper(prepare)``: fork at once, before the work is known, so that the child prepares what
  does not depend on it (``prepare()``: the clause library and its match index) while this
  process reads the draft; then ``send`` it the work, which this process hands over without
  waiting (through an in-memory file, Linux only), and ``receive`` the result later.

Either way the child's result, or the error that stopped it, comes back pickled through a pipe
and an error is raised here as if it had happened here. A child that dies without a word
(killed, out of memory) is replaced by doing its part here.

Never from a process with threads of its own, such as the desktop app: a fork copies only the
calling thread, and a lock another thread held stays locked in the child forever. (Plain
``os.fork`` and pipes: the multiprocessing package would cost every command-line run about
ten milliseconds of imports for the same.)
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

A = TypeVar("A")
B = TypeVar("B")
S = TypeVar("S")

_HEADER = struct.Struct("<Q")  # the length of a message, before it


def can_fork() -> bool:
    """Whether a child process may be forked safely here, to run beside this one."""
    return (
        hasattr(os, "fork")
        and sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
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
    receive, send = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(receive)
        _child(in_child, send)
    os.close(send)
    try:
        mine = here()
        outcome = _read_message(receive)
    except BaseException:
        _kill(pid)
        raise
    finally:
        os.close(receive)
        _reap(pid)
    if isinstance(outcome, _Died):  # the child died without a word: its part is done here
        return in_child(), mine
    if isinstance(outcome, BaseException):
        raise outcome
    return cast(A, outcome), mine


class _Died:
    """What a child that sent nothing (whole) is taken to have sent."""


class Unavailable:
    """What a helper answers when it could not do the work (its preparation failed, or it died):
    the caller does the work itself."""


def _child(work: Callable[[], object], send: int) -> None:
    """The child's whole life: ``work()`` (or what stopped it) into the pipe, then exit."""
    try:
        try:
            outcome: object = work()
        except Exception as exc:  # handed to the parent, which raises it
            outcome = exc
        _write_message(send, outcome)
    finally:
        os._exit(0)  # no atexit handlers, no second flush of the parent's buffers


def _write_message(fd: int, outcome: object) -> None:
    try:
        payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an error that cannot be pickled: its words
        payload = pickle.dumps(RuntimeError(f"{type(outcome).__name__}: {exc}"))
    _write_all(fd, _HEADER.pack(len(payload)) + payload)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_message(fd: int) -> object:
    """The object the other side sent, or ``_Died()`` if it closed the pipe before sending it
    whole."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return _Died()
    payload = _read_exactly(fd, _HEADER.unpack(header)[0])
    return _Died() if payload is None else pickle.loads(payload)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def can_hand_over() -> bool:
    """Whether a ``Helper`` can be given work without this process waiting for it to read: an
    in-memory file (Linux's memfd) holds the work meanwhile."""
    return worth_forking() and hasattr(os, "memfd_create")


class Helper(Generic[S]):
    """A child forked now that prepares its state (``prepare()``) at once, then does one piece
    of work with it when this process sends it (``send``) and returns the result (``receive``).
    Check ``can_hand_over()`` first. Always ``close()`` it (``with`` does): a child still
    preparing is stopped."""

    def __init__(self, prepare: Callable[[], S]) -> None:
        # The work goes through an in-memory file both processes hold: writing it never waits
        # for the child, which may still be preparing. The pipes carry only a length and the
        # result.
        self._work = os.memfd_create("drafter-work", os.MFD_CLOEXEC)
        go_read, self._go = os.pipe()
        self._results, result_write = os.pipe()
        self._sent = self._gone = False
        self._pid = os.fork()
        if self._pid == 0:  # the child
            os.close(self._go)
            os.close(self._results)
            _helper_child(prepare, self._work, go_read, result_write)
        os.close(go_read)
        os.close(result_write)

    def send(self, work: Callable[..., object], *args: object) -> None:
        """Have the child compute ``work(state, *args)``: ``work`` a function of a module (it is
        pickled by name), ``args`` what pickle can carry. Returns at once."""
        payload = pickle.dumps((work, args), pickle.HIGHEST_PROTOCOL)
        self._sent = True
        try:
            _write_all(self._work, payload)
            _write_all(self._go, _HEADER.pack(len(payload)))
        except BrokenPipeError:  # the child is gone: ``receive`` says so
            self._gone = True

    def receive(self) -> Any:
        """The result of the work sent: its value, or ``Unavailable()`` if the child could not do
        it (then the caller does it); an error the work raised in the child is raised here."""
        if not self._sent:
            raise RuntimeError("nothing was sent to the helper")
        outcome = _Died() if self._gone else _read_message(self._results)
        if isinstance(outcome, _Died):
            return Unavailable()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def close(self) -> None:
        """Stop the child (if it is still at work) and release it."""
        if self._pid <= 0:
            return
        for fd in (self._go, self._results, self._work):
            os.close(fd)
        _kill(self._pid)
        _reap(self._pid)
        self._pid = -1

    def __enter__(self) -> Helper[S]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _helper_child(prepare: Callable[[], object], work_fd: int, go: int, results: int) -> None:
    """The helper's whole life: prepare, wait for the work, do it, send the result, exit. The
    parent closing the pipe first (it needed no help) ends it too."""
    try:
        try:
            state = prepare()
        except Exception:  # the parent meets the same failure, or does the work itself
            state = Unavailable()
        header = _read_exactly(go, _HEADER.size)
        if header is None:
            return
        size, chunks, done = _HEADER.unpack(header)[0], [], 0
        while done < size:
            chunk = os.pread(work_fd, size - done, done)
            if not chunk:
                return
            chunks.append(chunk)
            done += len(chunk)
        work, args = pickle.loads(b"".join(chunks))
        if isinstance(state, Unavailable):
            outcome: object = state
        else:
            try:
                outcome = work(state, *args)
            except Exception as exc:  # handed to the parent, which raises it
                outcome = exc
        _write_message(results, outcome)
    finally:
        os._exit(0)
