"""The user's own clause library, without Qt: save, validate, delete, duplicate, share."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter.errors import LibraryError
from drafter.library.loader import load_library, shipped_library_dir
from drafter.library.userlib import SHARE_FORMAT, UserLibrary, clause_data, dump_yaml, validate_clause
from drafter.paths import user_library_dir


def new_clause(clause_id: str = "AMN-MX-1", model: str = "No amnesty shall be granted.") -> dict[str, Any]:
    return {
        "id": clause_id,
        "title": {"en": "Our amnesty ban", "es": "", "fr": ""},
        "model": {"en": model, "es": "No se concederá amnistía alguna.", "fr": ""},
        "suggestion": {"en": "{states} shall not grant amnesties for {crimes}."},
        "rationale": {"en": "The delegation's preferred wording."},
        "precedents": [{"instrument": "Statute of the Special Court for Sierra Leone", "article": "art 10"}],
        "formulations": [
            {"stance": "weak", "lang": "en", "text": "Amnesties should be avoided.", "note": "Only a wish."}
        ],
    }


def shipped_tree() -> dict[str, str]:
    root = shipped_library_dir()
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def lib(tmp_path: Path) -> UserLibrary:
    return UserLibrary(tmp_path / "mine")


def test_user_library_is_under_drafter_home(isolated_user_folders: Path) -> None:
    assert str(user_library_dir()).startswith(str(isolated_user_folders))


def test_validate_names_field_and_problem() -> None:
    assert validate_clause(new_clause()) == []
    data = new_clause(model="")
    assert validate_clause(data) == ["field 'model.en': English is required"]
    data = new_clause(clause_id="amn 1")
    assert validate_clause(data) == [
        "field 'id': use capitals, digits and hyphens with at least one hyphen, e.g. AMN-MX-1"
    ]
    data = new_clause()
    data["precedents"] = []
    data["formulations"][0]["note"] = ""
    data["suggestion"]["es"] = "{estado} no concederá amnistías."
    problems = validate_clause(data)
    assert "field 'precedents': at least one precedent is required" in problems
    assert any(p.startswith("field 'suggestion': unknown placeholder {estado} in 'es'") for p in problems)
    assert any(p.startswith("field 'formulations[1]'") and "note" in p for p in problems)


def test_save_writes_readable_yaml_and_the_analysis_picks_it_up(lib: UserLibrary) -> None:
    before = shipped_tree()
    saved = lib.save_clause("amnesty", new_clause(model="No amnesty shall be granted. " * 6))
    path = lib.folder / "amnesty.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("category: amnesty\nclauses:\n- id: AMN-MX-1\n")
    assert "No se concederá" in text  # Unicode kept, not escaped
    assert "model:\n    en: >-\n" in text  # a long text is a folded block
    assert max(len(line) for line in text.splitlines()) < 110
    assert "fr:" not in text.split("model:")[1].split("suggestion:")[0]  # empty texts are left out
    assert yaml.safe_load(text)["clauses"][0] == clause_data(saved)
    assert not list(lib.folder.glob(".*"))  # no temporary file left behind
    assert lib.clauses() == {"amnesty": [saved]}

    records = {r.id: r for r in load_library([lib.folder]).categories["amnesty"].clauses}
    assert "AMN-MX-1" in records and not records["AMN-MX-1"].overrides_shipped
    assert records["AMN-MX-1"].origin == str(path)
    assert shipped_tree() == before


def test_a_clause_with_a_shipped_id_overrides_it(lib: UserLibrary) -> None:
    shipped = load_library([]).categories["pardon"].clauses[0].clause
    data = clause_data(shipped)
    data["model"]["en"] = "Our version: no pardon shall be granted to persons convicted of these crimes."
    assert lib.problems("pardon", data) == []
    lib.save_clause("pardon", data)
    assert lib.is_override("pardon", shipped.id)
    rec = load_library([lib.folder]).clause(shipped.id)
    assert rec.overrides_shipped and rec.clause.model.en.startswith("Our version")
    # Saved again: replaced in place, not duplicated.
    data["model"]["en"] = "Our second version: no pardon shall be granted."
    lib.save_clause("pardon", data)
    assert [c.id for c in lib.clauses()["pardon"]] == [shipped.id]
    assert load_library([lib.folder]).clause(shipped.id).clause.model.en.startswith("Our second")


def test_each_clause_says_where_it_comes_from(lib: UserLibrary, tmp_path: Path) -> None:
    """The clause-source rule (shipped, yours, yours replacing a shipped clause, another folder)
    is decided once, without Qt, for the editor and any other view."""
    from drafter.library.sources import LABELS, OWN, Source, describe, source_of

    shipped = load_library([]).categories["pardon"].clauses[0].clause
    lib.save_clause("pardon", clause_data(shipped))  # my version of a shipped clause
    lib.save_clause("amnesty", new_clause())  # a clause of my own
    elsewhere = UserLibrary(tmp_path / "delegation")
    elsewhere.save_clause("amnesty", new_clause("AMN-DEL-1"))
    library = load_library([lib.folder, elsewhere.folder])
    ids = lib.shipped_ids()
    sources = {
        cid: source_of(library.clause(cid), lib.folder, ids) for cid in (shipped.id, "AMN-MX-1", "AMN-DEL-1")
    }
    assert sources == {shipped.id: Source.OVERRIDE, "AMN-MX-1": Source.USER, "AMN-DEL-1": Source.FOLDER}
    other = load_library([]).categories["amnesty"].clauses[0]
    assert source_of(other, lib.folder, ids) is Source.SHIPPED
    assert {LABELS[s] for s in sources.values()} == {"Replaces shipped", "Yours", "Other folder"}
    assert {Source.USER, Source.OVERRIDE} == OWN
    assert "replaces the shipped clause" in describe(library.clause(shipped.id), Source.OVERRIDE)
    assert str(elsewhere.folder) in describe(library.clause("AMN-DEL-1"), Source.FOLDER)


def test_ids_are_unique_across_categories(lib: UserLibrary) -> None:
    shipped_pardon = load_library([]).categories["pardon"].clauses[0].id
    data = new_clause(clause_id=shipped_pardon)
    with pytest.raises(
        LibraryError, match=rf"field 'id': '{shipped_pardon}' is a shipped clause of category 'pardon'"
    ):
        lib.save_clause("amnesty", data)
    lib.save_clause("amnesty", new_clause())
    assert any("belongs to category 'amnesty'" in p for p in lib.problems("penalties", new_clause()))
    assert any("already have a clause" in p for p in lib.problems("amnesty", new_clause(), new=True))
    # Moving it deliberately (editing it) is allowed.
    lib.save_clause("penalties", new_clause(), editing="AMN-MX-1")
    assert list(lib.clauses()) == ["penalties"]
    assert not (lib.folder / "amnesty.yaml").exists()


def test_invalid_save_raises_a_named_field_and_writes_nothing(lib: UserLibrary) -> None:
    with pytest.raises(LibraryError, match=r"field 'model.en': English is required"):
        lib.save_clause("amnesty", new_clause(model="  "))
    with pytest.raises(LibraryError, match="unknown category 'amnesties'"):
        lib.save_clause("amnesties", new_clause())
    assert not lib.folder.exists()


def test_rename_delete_and_duplicate(lib: UserLibrary) -> None:
    lib.save_clause("amnesty", new_clause("AMN-MX-1"))
    lib.save_clause("amnesty", new_clause("AMN-MX-2"))
    lib.save_clause("amnesty", new_clause("AMN-MX-9"), editing="AMN-MX-2")
    assert [c.id for c in lib.clauses()["amnesty"]] == ["AMN-MX-1", "AMN-MX-9"]

    copy = lib.duplicate_clause("AMN-MX-1", lib.suggest_id("AMN-MX-1"))
    assert copy.id == "AMN-MX-1-COPY"
    assert lib.suggest_id("AMN-MX-1") == "AMN-MX-1-COPY-2"
    assert copy.model == lib.clause("AMN-MX-1").model
    shipped = load_library([]).categories["victims_rights"].clauses[0]
    dup = lib.duplicate_clause(shipped.id, "VIC-MX-1")
    assert lib.category_of("VIC-MX-1") == "victims_rights" and dup.rationale.en == shipped.clause.rationale.en
    with pytest.raises(LibraryError, match="already used"):
        lib.duplicate_clause("AMN-MX-1", "AMN-MX-9")

    lib.delete_clause("AMN-MX-1")
    lib.delete_clause("AMN-MX-9")
    lib.delete_clause("AMN-MX-1-COPY")
    assert not (lib.folder / "amnesty.yaml").exists()  # no empty (invalid) file left
    with pytest.raises(LibraryError, match="not one of your clauses"):
        lib.delete_clause(shipped.id)
    lib_all = load_library([lib.folder])
    assert lib_all.clause(shipped.id).origin == "shipped"
    assert lib_all.clause("VIC-MX-1").origin.endswith("victims_rights.yaml")


def test_export_import_round_trip(lib: UserLibrary, tmp_path: Path) -> None:
    shipped = load_library([]).categories["amnesty"].clauses[0].clause
    override = clause_data(shipped)
    override["rationale"]["en"] = "Our reasons."
    lib.save_clause("amnesty", override)
    lib.save_clause("amnesty", new_clause())
    lib.save_clause("penalties", new_clause("PEN-MX-1"))
    bundle = tmp_path / "share.yaml"
    assert lib.export_file(bundle) == 3
    raw = yaml.safe_load(bundle.read_text(encoding="utf-8"))
    assert raw["format"] == SHARE_FORMAT and raw["version"] == 1
    assert [g["category"] for g in raw["categories"]] == ["amnesty", "penalties"]

    other = UserLibrary(tmp_path / "colleague")
    report = other.import_file(bundle)
    assert report.invalid == [] and report.written
    assert sorted(report.added) == sorted([shipped.id, "AMN-MX-1", "PEN-MX-1"])
    assert report.overriding == [shipped.id]
    assert other.clauses() == lib.clauses()
    # Importing again replaces, and says so.
    again = other.import_file(bundle)
    assert again.added == [] and sorted(again.replaced) == sorted(report.added)
    assert "replaced 3 of yours" in again.summary()

    # Only some clauses; a single user file is importable too.
    part = tmp_path / "part.yaml"
    lib.export_file(part, ["PEN-MX-1"])
    assert [g["category"] for g in yaml.safe_load(part.read_text(encoding="utf-8"))["categories"]] == [
        "penalties"
    ]
    third = UserLibrary(tmp_path / "third")
    assert third.import_file(lib.folder / "penalties.yaml").added == ["PEN-MX-1"]
    with pytest.raises(LibraryError, match="Not among your clauses"):
        lib.export_file(part, ["VIC-1"])


def test_a_shipped_category_file_imports_as_overrides(lib: UserLibrary) -> None:
    report = lib.import_file(shipped_library_dir() / "categories" / "pardon.yaml")
    assert report.added and report.added == report.overriding
    assert all(load_library([lib.folder]).clause(cid).overrides_shipped for cid in report.added)


def test_invalid_import_writes_nothing(lib: UserLibrary, tmp_path: Path) -> None:
    lib.save_clause("amnesty", new_clause())
    before = (lib.folder / "amnesty.yaml").read_bytes()
    good = new_clause("PEN-MX-1")
    bad = new_clause("PEN-MX-2", model="")
    wrong_category = new_clause("AMN-MX-1")  # yours, but in amnesty
    bundle = {
        "format": SHARE_FORMAT,
        "version": 1,
        "categories": [
            {"category": "penalties", "clauses": [good, bad, wrong_category]},
            {"category": "amnesty", "clauses": [new_clause("AMN-MX-1", model="Changed.")]},
        ],
    }
    path = tmp_path / "bad.yaml"
    path.write_text(dump_yaml(bundle), encoding="utf-8")
    report = lib.import_file(path)
    assert not report.written
    assert report.invalid == [
        "entry 'PEN-MX-2', field 'model.en': English is required",
        "entry 'AMN-MX-1', field 'id': your clause 'AMN-MX-1' belongs to category 'amnesty'; "
        "ids are unique across categories",
    ]
    assert "Nothing was imported" in report.summary()
    assert sorted(p.name for p in lib.folder.iterdir()) == ["amnesty.yaml"]
    assert (lib.folder / "amnesty.yaml").read_bytes() == before

    newer = tmp_path / "newer.yaml"
    newer.write_text(dump_yaml({"format": SHARE_FORMAT, "version": 2, "categories": []}), encoding="utf-8")
    with pytest.raises(LibraryError, match="newer Drafter"):
        lib.import_file(newer)
    junk = tmp_path / "junk.yaml"
    junk.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a clause file"):
        lib.import_file(junk)


def test_never_writes_into_the_shipped_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="inside Drafter's shipped clause library"):
        UserLibrary(shipped_library_dir() / "categories")
    lib = UserLibrary(tmp_path / "mine")
    lib.save_clause("amnesty", new_clause())
    before = shipped_tree()
    with pytest.raises(LibraryError, match="does not write into its shipped clause library"):
        lib.export_file(shipped_library_dir() / "mine.yaml")
    assert shipped_tree() == before


def test_yaml_round_trips_every_shipped_text() -> None:
    for cat in load_library([]).categories.values():
        body = {"category": cat.id, "clauses": [clause_data(r.clause) for r in cat.clauses]}
        assert yaml.safe_load(dump_yaml(body)) == body
    tricky = ["a  b   c " * 12, 'x: y # z "q" ' * 10, "line one\nline two\n\n  indented", "é" * 200]
    for text in tricky:
        assert yaml.safe_load(dump_yaml({"t": text})) == {"t": text}


def test_userlib_does_not_import_qt() -> None:
    code = (
        "import sys, drafter.library.userlib\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
