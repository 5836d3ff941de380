"""Long work (analysis, export) off the UI thread: a QRunnable with signals, progress and cancel.

Results are delivered through queued signals, so they land on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from drafter.errors import Cancelled, DrafterError

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelFn], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()


class Task:
    """Runs ``job(progress, is_cancelled)`` on a pool thread (see ``start``)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.is_cancelled)
        except Cancelled:
            self.signals.cancelled.emit()
        except DrafterError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: tell the user instead of crashing the app
            # (The details go to the log for a report; the message names no Python exception.)
            traceback.print_exc()
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "Task", "Something went wrong that Drafter did not expect ({error}). Please report it."
                ).format(error=exc)
            )
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    # The pool gets a callable, not a QRunnable: PySide keeps every QRunnable it was given
    # alive as long as the pool, with its job and what the job holds (an export's job holds
    # the whole analysis); a callable is let go once it has run.
    (pool or QThreadPool.globalInstance()).start(task.run)
    return task
