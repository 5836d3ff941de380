"""The clause library: the shipped files are valid and complete; invalid files are named precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.errors import LibraryError
from drafter.library.loader import check_file, load_library, shipped_library_dir, shipped_vocabulary
from drafter.library.tokmatch import PatternError, compile_macros, compile_pattern, find

WEAK_CONTRARY_MIN = {"amnesty": 4, "pardon": 4, "statute_of_limitations": 4, "official_capacity": 4}
# What library.yaml lists: the library's categories and languages.
CATEGORY_IDS, LANGUAGES = shipped_vocabulary()


def test_shipped_library_loads() -> None:
    lib = load_library([])
    assert list(lib.categories) == list(CATEGORY_IDS)  # in library.yaml's order
    assert list(lib.languages) == list(LANGUAGES)
    assert len(CATEGORY_IDS) == 10 and LANGUAGES == ("en", "es", "fr")
    assert lib.version
    assert lib.clause_count >= len(CATEGORY_IDS)


@pytest.mark.parametrize("category", CATEGORY_IDS)
def test_every_category_has_content_in_every_language(category: str) -> None:
    cat = load_library([]).categories[category]
    for lang in LANGUAGES:
        assert lang in cat.cues, f"{category}: no cues for {lang}"
        assert cat.spec.title.has(lang) and cat.spec.description.has(lang)
        for rec in cat.clauses:
            clause = rec.clause
            for field in ("title", "model", "suggestion", "rationale"):
                assert getattr(clause, field).has(lang), f"{clause.id}.{field} lacks {lang}"
        forms = [f for rec in cat.clauses for f in rec.clause.formulations if f.lang == lang]
        equivalents = [f for f in forms if f.stance == "equivalent"]
        weak = [f for f in forms if f.stance == "weak"]
        contrary = [f for f in forms if f.stance == "contrary"]
        assert len(equivalents) >= 5, f"{category}/{lang}: {len(equivalents)} equivalent formulations"
        assert all(f.source for f in equivalents), (
            f"{category}/{lang}: an equivalent formulation lacks its source"
        )
        minimum = WEAK_CONTRARY_MIN.get(category, 2)
        assert len(weak) >= minimum, f"{category}/{lang}: {len(weak)} weak formulations"
        assert len(contrary) >= minimum, f"{category}/{lang}: {len(contrary)} contrary formulations"


def test_every_shipped_file_checks() -> None:
    root = shipped_library_dir()
    for path in sorted(root.glob("**/*.yaml")):
        assert "valid" in check_file(path)


def _copy_library(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(shipped_library_dir(), target)
    return target


def test_invalid_file_names_file_entry_and_field(tmp_path: Path) -> None:
    lib = _copy_library(tmp_path)
    path = lib / "categories" / "pardon.yaml"
    text = path.read_text(encoding="utf-8")
    # Remove the English model text of the first clause.
    start = text.index("    model:")
    en = text.index("      en:", start)
    end = text.index("\n      es:", en)
    path.write_text(text[:en] + text[end + 1 :], encoding="utf-8")
    with pytest.raises(LibraryError) as info:
        load_library([], shipped=lib)
    message = info.value.message
    assert str(path) in message
    assert "entry 'PAR-1'" in message or "entry 'PAR" in message
    assert "field 'model.en'" in message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    lib = _copy_library(tmp_path)
    path = lib / "categories" / "amnesty.yaml"
    path.write_text("id: amnesty\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(LibraryError, match=r"amnesty\.yaml: line \d+, column \d+"):
        load_library([], shipped=lib)


def test_bad_pattern_is_reported_with_its_category(tmp_path: Path) -> None:
    lib = _copy_library(tmp_path)
    path = lib / "categories" / "amnesty.yaml"
    text = path.read_text(encoding="utf-8").replace('- "amnest*"', '- "(amnest*"', 1)
    text = text.replace("      - amnest*\n", '      - "(amnest*"\n', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError, match=r"entry 'amnesty', cues\.en, field 'topic'"):
        load_library([], shipped=lib)


def test_user_clause_overrides_shipped_and_new_ids_are_added(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    shipped = load_library([]).categories["amnesty"].clauses[0].clause
    body = shipped.model_dump(exclude_none=True)
    body["model"]["en"] = (
        "Delegation wording: no amnesty whatsoever shall be granted for crimes against humanity."
    )
    new = dict(body, id="AMN-MX-1")
    import yaml

    (user / "amnesty.yaml").write_text(
        yaml.safe_dump({"category": "amnesty", "clauses": [body, new]}, allow_unicode=True), encoding="utf-8"
    )
    lib = load_library([user])
    records = {r.id: r for r in lib.categories["amnesty"].clauses}
    assert records[shipped.id].overrides_shipped
    assert records[shipped.id].clause.model.en.startswith("Delegation wording")
    assert "AMN-MX-1" in records and not records["AMN-MX-1"].overrides_shipped
    assert lib.version.endswith("+user.2")


def test_pattern_language() -> None:
    macros = compile_macros({"neg": ["not", "no", "never"]})

    def matches(pattern: str, text: str) -> bool:
        return bool(find(compile_pattern(pattern, macros), text))

    assert matches("amnest*", "no amnesties shall")
    assert not matches("amnest*", "the preamnesty")  # words must start with the stem
    assert matches("statute of limitations", "any statute of limitations")
    assert matches("shall not ... grant*", "shall not in any case whatsoever grant")
    assert not matches("shall not ... grant*", "shall not " + "x " * 13 + "grant")
    assert matches("shall [not] apply", "shall apply") and matches("shall [not] apply", "shall not apply")
    assert matches("(pardon*|clemency)", "any clemency")
    assert matches("{neg} ... amnest*", "never an amnesty")
    assert matches("may !not", "may grant") and not matches("may !not", "may not grant")
    assert matches("l'amnistie", "l amnistie")
    assert find(compile_pattern("no ... amnest*", macros), "a no b amnesty c") == [(1, 4)]
    with pytest.raises(PatternError):
        compile_pattern("(amnest*", macros)
    with pytest.raises(PatternError):
        compile_pattern("{unknown} x", macros)
    pattern = compile_pattern("(exempt*|shield*) ... from", macros)
    assert (pattern.first_exact, pattern.first_prefixes) == (frozenset(), frozenset({"exempt", "shield"}))


def test_flat_sets_and_remainder_decide_as_the_whole_requirement() -> None:
    """A pattern checks the word sets it requires, then only what they leave of its whole
    requirement: on any sentence that decides as the whole requirement does."""
    import random

    from drafter.library.tokmatch import holds
    from drafter.matching.cache import index_for

    index = index_for(load_library([]))
    patterns = {
        id(p): p
        for lidx in index.languages.values()
        for c in lidx.cues.values()
        for m in c.all()
        for p in m.patterns
    }
    rng = random.Random(11)
    verdicts = {True: 0, False: 0}
    shortened = 0
    for pattern in patterns.values():
        shortened += pattern.remainder != pattern.requirement
        vocabulary = sorted({w for exact, _ in pattern.required for w in exact} | {"the", "state", "shall"})
        starts = sorted({p for _, prefixes in pattern.required for p in prefixes})
        for _ in range(20):
            words = set(rng.sample(vocabulary, rng.randint(0, len(vocabulary))))
            prefixes = set(rng.sample(starts, rng.randint(0, len(starts))))
            flat = all(not e.isdisjoint(words) or not p.isdisjoint(prefixes) for e, p in pattern.required)
            whole = flat and holds(pattern.requirement, words, prefixes)
            assert pattern.feasible(words, prefixes) == whole, pattern.source
            verdicts[whole] += 1
    assert shortened > 100 and min(verdicts.values()) > 1000, (shortened, verdicts)


def test_compiled_libraries_are_cached_side_by_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A start reads the compiled library from the cache, and the caches with and without the
    user's clauses (--no-user-library) do not push each other out. The cache holds the library
    alone (the matcher caches its index apart: tests/test_match_cache.py)."""
    from drafter.library import loader

    user = tmp_path / "user"
    user.mkdir()
    monkeypatch.setattr(loader, "_memory", {})  # as in a new process: this test's cache folder only
    keys = [loader.load_library(dirs).cache_key for dirs in ([], [user])]
    loader._memory.clear()  # and again: only the disk cache is left

    def no_build(*args: object) -> None:
        raise AssertionError("the library was compiled again instead of read from the cache")

    monkeypatch.setattr(loader, "_build", no_build)
    for dirs, key in zip(([], [user]), keys, strict=True):
        lib = loader.load_library(dirs)
        assert lib.cache_key == key and (repr(str(user)) in key) == bool(dirs)
        assert lib.prepared == {}


def test_cached_patterns_match_as_compiled_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns come out of the cache with their matcher trees packed, and unpacked they
    find exactly what the patterns compiled from their source find."""
    import pickle

    from drafter.library import tokmatch
    from drafter.matching.cache import index_for
    from drafter.textnorm import fold_words

    lib = load_library([])
    lidx = index_for(lib).languages["en"]
    sentences = [
        "Each State Party shall ensure that no amnesty or pardon is granted to persons responsible.",
        "Amnesties may be granted for the crimes referred to in article 6, unless the court decides.",
        "Military courts shall not try civilians; superior orders shall not relieve a subordinate.",
        "The prosecution of such crimes shall not be subject to any statute of limitations.",
    ]
    indexes = [lidx.word_index(fold_words(s)) for s in sentences]
    patterns = [p for cues in lidx.cues.values() for cue in cues.all() for p in cue.patterns]
    compiled = {id(p): [p.spans(i) for i in indexes] for p in patterns}
    assert sum(bool(s) for found in compiled.values() for s in found) > 10
    restored = pickle.loads(pickle.dumps(patterns, pickle.HIGHEST_PROTOCOL))

    def no_compiling(*args: object) -> None:
        raise AssertionError("a cached pattern was compiled again from its source")

    monkeypatch.setattr(tokmatch, "_Compiler", no_compiling)
    for before, after in zip(patterns, restored, strict=True):
        assert [after.spans(i) for i in indexes] == compiled[id(before)], before.source
