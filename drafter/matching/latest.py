"""A cache of one: what was built for the most recent library (or index), by identity."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Latest(Generic[K, V]):
    """``build(key)``, kept while ``key`` is the object last asked about.

    The app works with one library at a time: when the user's clauses change, a reloaded
    library replaces the old one, and what was built for the old one is dropped with it.
    """

    def __init__(self, build: Callable[[K], V]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._kept: tuple[K, V] | None = None

    def __call__(self, key: K) -> V:
        with self._lock:
            kept = self._kept
        if kept is not None and kept[0] is key:
            return kept[1]
        built = self._build(key)  # outside the lock: building may take a while
        with self._lock:
            self._kept = (key, built)
        return built
