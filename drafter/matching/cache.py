"""The matcher's data for a library, its match index and prefilter: built once, then cached.

Rebuilding them would cost every start about as much as reading the compiled library
(some forty milliseconds for the shipped one), so they are cached like the library itself:
in memory with the library object (``Library.prepared``), and as a pickle in the user
cache folder, keyed by the library's own cache key (its files and the code that compiled
them) and by the code of this package that shapes them. The four most recently used are
kept, as for the library.

The pickle holds only what the matcher adds to the library. The index shares many of the
library's objects (its cues, their patterns, its wordings): those are written as
references, by their place in the library, and resolved against the library the index is
read for. So they are neither stored nor read twice, and they keep their identity, by
which the matcher compares cues.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
import zlib
from pathlib import Path
from typing import IO, BinaryIO

from drafter.library.model import Library
from drafter.matching.index import MatchIndex, build_index, stemmer_stamp
from drafter.matching.prefilter import Prefilter
from drafter.paths import write_cache_file

__all__ = ["index_for", "load_cached_index", "prefilter_for"]

# Bump when what is cached changes in a way the code stamp below does not show.
CACHE_FORMAT = 1
# Where the index and its prefilter are kept in ``Library.prepared``.
MATCH_INDEX = "match_index"
PREFILTER = "prefilter"

_lock = threading.Lock()


def index_for(library: Library) -> MatchIndex:
    """The library's match index: kept with the library, else read from the cache, else built
    with its prefilter and cached (then a start finds both on disk)."""
    found = _kept(library)
    if found is not None:
        return found
    read = _read_cache(library)
    if read is not None:
        return _keep(library, *read)
    index = build_index(library)  # two threads may both build it: the same index either way
    prefilter = Prefilter(index)
    _write_cache(library, index, prefilter)
    return _keep(library, index, prefilter)


def load_cached_index(library: Library) -> MatchIndex | None:
    """The library's index if it is kept or cached, else None; never builds one.

    The app calls this at start-up with the cached library, before its event loop runs (see
    ``load_cached_library``)."""
    found = _kept(library)
    if found is not None:
        return found
    read = _read_cache(library)
    return _keep(library, *read) if read is not None else None


def prefilter_for(index: MatchIndex) -> Prefilter:
    """The index's prefilter: the one built or cached with it, else built now (and kept)."""
    prepared = index.library.prepared
    found = prepared.get(PREFILTER)
    if isinstance(found, Prefilter) and found.index is index:
        return found
    built = Prefilter(index)  # two threads may both build one: either decides the same
    prepared[PREFILTER] = built
    return built


def _kept(library: Library) -> MatchIndex | None:
    found = library.prepared.get(MATCH_INDEX)
    return found if isinstance(found, MatchIndex) and found.library is library else None


def _keep(library: Library, index: MatchIndex, prefilter: Prefilter) -> MatchIndex:
    """Keep an index and its prefilter with the library; if another thread kept one first,
    that one (so that every analysis of the library shares one prefilter's memory)."""
    with _lock:
        found = _kept(library)
        if found is not None:
            return found
        library.prepared[PREFILTER] = prefilter
        library.prepared[MATCH_INDEX] = index
    return index


# ---------------------------------------------------------------- on disk


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """The code that shapes the cached index (the library's own code is in its cache key), by
    modification time and size, as the library loader checks its own."""
    here = Path(__file__).resolve().parent
    out: list[tuple[str, int, int]] = []
    for path in (here / "index.py", here / "prefilter.py", here / "cache.py"):
        with contextlib.suppress(OSError):
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _cache_key(library: Library) -> str | None:
    """Everything a cached index depends on (None for a library that has no cache key): the
    wordings' stems depend on the stemmers too."""
    if not library.cache_key:
        return None
    return repr((CACHE_FORMAT, _code_stamp(), stemmer_stamp(), library.cache_key))


def _cache_file(key: str) -> Path:
    from drafter.paths import user_cache_dir

    data = key.encode("utf-8")
    # A short name is enough: the key inside the file decides (zlib rather than hashlib, whose
    # import loads OpenSSL, as in the loader).
    return user_cache_dir() / f"match-{zlib.crc32(data):08x}{zlib.adler32(data):08x}.pickle"


def _shared(library: Library) -> list[object]:
    """The library's objects that an index shares, in an order the library's contents fix: the
    same for every library with the same cache key, whether compiled or read from its cache."""
    shared: list[object] = [library]
    for category in library.categories.values():
        for cues in category.cues.values():
            shared.append(cues)
            for cue in cues.all():
                shared += (cue, cue.patterns, *cue.patterns)
    shared += library.wordings
    return shared


class _Pickler(pickle.Pickler):
    """Writes the library's own objects as their places in ``_shared(library)``."""

    def __init__(self, file: IO[bytes], shared: list[object]) -> None:
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self._places: dict[int, int] = {}
        for place, obj in enumerate(shared):
            self._places.setdefault(id(obj), place)

    def persistent_id(self, obj: object) -> int | None:
        return self._places.get(id(obj))


def _read_cache(library: Library) -> tuple[MatchIndex, Prefilter] | None:
    key = _cache_key(library)
    if key is None:
        return None
    path = _cache_file(key)
    shared = _shared(library)
    try:
        with path.open("rb") as fh:
            # Our own file, in the user's cache folder: its key first, then the index.
            if pickle.load(fh) != (key, len(shared)):
                return None
            unpickler = pickle.Unpickler(fh)
            unpickler.persistent_load = shared.__getitem__  # type: ignore[method-assign]
            index, prefilter = unpickler.load()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    except IndexError:  # a reference past the library's objects: not this library's index
        return None
    if not (
        isinstance(index, MatchIndex)
        and index.library is library
        and isinstance(prefilter, Prefilter)
        and prefilter.index is index
    ):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when other caches are cleared away
    return index, prefilter


def _write_cache(library: Library, index: MatchIndex, prefilter: Prefilter) -> None:
    """Best effort: a cache that cannot be written only costs time on the next start."""
    key = _cache_key(library)
    if key is None:
        return
    path = _cache_file(key)
    shared = _shared(library)

    def write(fh: BinaryIO) -> None:
        pickle.dump((key, len(shared)), fh, protocol=pickle.HIGHEST_PROTOCOL)
        _Pickler(fh, shared).dump((index, prefilter))

    write_cache_file(path, write)
