"""The matcher's cache: a start reads the match index and prefilter instead of building them."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library import loader
from drafter.library.model import CueMatcher
from drafter.matching import cache
from drafter.matching.prefilter import Prefilter
from tests.builders import build_sample


def _no_build(*args: object) -> None:
    raise AssertionError("built again instead of read from the cache")


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget every library kept in memory: only the disk caches are left."""
    monkeypatch.setattr(loader, "_memory", {})


def test_index_and_prefilter_are_read_from_their_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With and without the user's clauses (--no-user-library), side by side."""
    user = tmp_path / "user"
    user.mkdir()
    _new_process(monkeypatch)
    for dirs in ([], [user]):
        cache.index_for(loader.load_library(dirs))
    _new_process(monkeypatch)
    monkeypatch.setattr(cache, "build_index", _no_build)
    monkeypatch.setattr(Prefilter, "__init__", _no_build)
    for dirs in ([], [user]):
        lib = loader.load_library(dirs)
        assert cache.load_cached_index(lib) is cache.index_for(lib)  # the app's start-up, then an analysis
        index = cache.index_for(lib)
        assert index.library is lib
        assert cache.prefilter_for(index).index is index  # read with the index, before any analysis
    assert len(list(_cache_dir().glob("match-*.pickle"))) == 2


def _cache_dir() -> Path:
    from drafter.paths import user_cache_dir

    return user_cache_dir()


def test_a_cached_index_refers_to_the_library_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read for a library read from its own cache, the index holds that library's cues, patterns
    and wordings, not copies (cues are compared by identity), and finds what the built one finds."""
    draft = load_draft(build_sample(tmp_path / "sample.docx"))
    _new_process(monkeypatch)
    built = analyze(draft, loader.load_library([])).to_json()
    _new_process(monkeypatch)
    monkeypatch.setattr(cache, "build_index", _no_build)
    lib = loader.load_library([])
    index = cache.index_for(lib)
    cues = {id(c) for cat in lib.categories.values() for cc in cat.cues.values() for c in cc.all()}
    wordings = {id(w) for w in lib.wordings}
    for lang, lidx in index.languages.items():
        for category, compiled in lidx.cues.items():
            assert compiled is lib.categories[category].cues[lang]
        keys = lidx.keys
        indexed: set[CueMatcher] = set(keys.anywhere)
        for table in (keys.exact, keys.prefix):
            for found in table.values():
                indexed.update(found)
        assert indexed and {id(c) for c in indexed} <= cues
        gates = [
            patterns
            for table in (keys.topic_exact, keys.topic_prefix)
            for g in table.values()
            for _, patterns in g
        ]
        shipped = {
            id(c.patterns) for cat in lib.categories.values() for cc in cat.cues.values() for c in cc.all()
        }
        assert gates and {id(p) for p in gates} <= shipped
        assert lidx.wordings and {id(w) for w in lidx.wordings} <= wordings
    assert analyze(draft, lib).to_json() == built


def test_an_index_is_not_read_for_another_library_or_matcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached index belongs to one library (its cache key) and to the matcher code that built it."""
    _new_process(monkeypatch)
    cache.index_for(loader.load_library([]))
    _new_process(monkeypatch)
    lib = loader.load_library([])
    monkeypatch.setattr(cache, "_code_stamp", lambda: (("index.py", 1, 1),))  # the matcher changed
    assert cache.load_cached_index(lib) is None
    monkeypatch.undo()
    _new_process(monkeypatch)
    other = loader.load_library([])
    other.cache_key += " (edited)"  # a library with another key
    assert cache.load_cached_index(other) is None
    other.cache_key = ""  # a library without one: built, never cached
    before = sorted(_cache_dir().glob("match-*.pickle"))
    assert cache.index_for(other).library is other
    assert sorted(_cache_dir().glob("match-*.pickle")) == before
