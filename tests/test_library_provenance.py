"""Provenance a lawyer can check: every shipped formulation and precedent says how far it was
verified, a verified text gives the address of the official text, nothing ships "as recalled";
and the corrections of library 0.4.0 stay made."""

from __future__ import annotations

import re

import pytest

from drafter.cli import main, render_library_report
from drafter.errors import LibraryError
from drafter.library import schema
from drafter.library.loader import load_library, validate
from tests.conftest import ROOT

LIBRARY = load_library([])
FORMULATIONS = [
    (rec, f) for cat in LIBRARY.categories.values() for rec in cat.clauses for f in rec.clause.formulations
]
PRECEDENTS = [
    (rec, p) for cat in LIBRARY.categories.values() for rec in cat.clauses for p in rec.clause.precedents
]


def test_every_formulation_and_precedent_has_a_verification_status() -> None:
    assert FORMULATIONS and PRECEDENTS
    assert [(r.id, f.text[:50]) for r, f in FORMULATIONS if f.status not in schema.FORMULATION_STATUSES] == []
    assert [(r.id, p.cite()) for r, p in PRECEDENTS if p.status not in schema.PRECEDENT_STATUSES] == []
    verified = [f for _, f in FORMULATIONS if f.status in ("verbatim", "official_version")]
    assert verified and all(f.url and f.url.startswith("https://") and f.source for f in verified)
    assert all(f.source for _, f in FORMULATIONS)


def test_no_text_ships_as_recalled_or_as_an_unmarked_rendering() -> None:
    for rec, f in FORMULATIONS:
        where = f"{rec.id} [{f.lang}] {f.source}"
        assert not re.search(r"recalled", f"{f.source} {f.note or ''}", re.IGNORECASE), where
        # "unofficial rendering" is said by the status now, not by the source
        assert "rendering" not in (f.source or ""), where


def test_the_ngo_brief_is_not_cited_as_the_source_of_the_librarys_own_wording() -> None:
    for rec, f in FORMULATIONS:
        if "TRIAL" in (f.source or ""):
            assert f.status == "typical", (rec.id, f.source)


def test_the_lome_statement_is_not_called_a_reservation() -> None:
    assert not [f.source for _, f in FORMULATIONS if "reservation" in (f.source or "").lower()]


def test_scope_of_quotations_is_kept() -> None:
    def texts(source_start: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for _, f in FORMULATIONS:
            if (f.source or "").startswith(source_start):
                out.setdefault(f.lang, []).append(f.text)
        return out

    scsl = texts("SCSL Statute art 10")
    assert "articles 2 to 4" in scsl["en"][0]
    assert "artículos 2 a 4" in scsl["es"][0] and "articles 2 à 4" in scsl["fr"][0]
    assert all("may be investigated" in t for t in texts("ECCC Law art 40")["en"])
    ets82 = texts("European Convention on the Non-Applicability of Statutory Limitation")["en"]
    assert all("[...]" in t for t in ets82)


def test_schema_requires_an_address_for_verbatim_text_and_refuses_recalled_text() -> None:
    base = {"stance": "equivalent", "lang": "en", "text": "No amnesty.", "source": "X art 1"}
    with pytest.raises(ValueError, match="url"):
        schema.Formulation.model_validate({**base, "status": "verbatim"})
    with pytest.raises(ValueError, match="recalled"):
        schema.Formulation.model_validate(
            {**base, "source": "X art 1 (wording as recalled)", "status": "own_rendering"}
        )
    with pytest.raises(ValueError):
        schema.Formulation.model_validate({**base, "status": "verbatim", "url": "not an address"})
    with pytest.raises(ValueError, match="source"):
        schema.Formulation.model_validate({**base, "source": None, "status": "own_rendering"})
    ok = schema.Formulation.model_validate({**base, "status": "verbatim", "url": "https://example.org/x"})
    assert ok.status == "verbatim"
    with pytest.raises(ValueError, match="url"):
        schema.Precedent.model_validate({"instrument": "X", "article": "art 1", "status": "verbatim"})


def test_a_library_file_with_a_recalled_text_is_refused_naming_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from drafter.library.loader import _read_yaml, shipped_library_dir

    raw = _read_yaml(shipped_library_dir() / "categories" / "pardon.yaml")
    raw["clauses"][0]["formulations"][0]["source"] = "ECCC Law art 40 new (wording as recalled)"
    path = tmp_path / "pardon.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LibraryError, match="recalled"):
        validate(schema.Category, yaml.safe_load(path.read_text(encoding="utf-8")), path)


def test_library_check_report_counts_statuses_per_category(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "check", "--report", "--no-user-library"]) == 0
    out = capsys.readouterr().out
    for category in LIBRARY.categories:
        assert re.search(rf"^{category}\s+\d+", out, re.MULTILINE), category
    assert "verbatim" in out and "own_rendering" in out and "typical" in out and "cited" in out
    assert "Every formulation names its source; no text is marked 'as recalled'." in out
    total = int(re.search(r"^all(?:\s+\d+){5}\s+(\d+)$", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert total == len(FORMULATIONS)


def test_report_lists_formulations_without_a_source() -> None:
    from msgspec.structs import replace

    lib = load_library([])
    cat = lib.categories["amnesty"]
    rec = cat.clauses[0]
    first = rec.clause.formulations[0]
    bare = replace(first, source=None, status=None, url=None)
    rec.clause = replace(rec.clause, formulations=(bare, *rec.clause.formulations[1:]))
    try:
        report = render_library_report(lib)
    finally:
        rec.clause = replace(rec.clause, formulations=(first, *rec.clause.formulations[1:]))
    assert "Formulations without a source or an address (1):" in report
    assert f"{rec.id} [{first.lang}, {first.stance}]" in report


def test_english_models_do_not_say_shall_ensure_that_shall() -> None:
    for cat in LIBRARY.categories.values():
        for rec in cat.clauses:
            for field in (rec.clause.model.en, rec.clause.suggestion.en):
                for sentence in re.split(r"(?<=\.)\s", field):
                    assert not re.search(r"\bensure that\b[^.;]*\bshall\b", sentence), (rec.id, sentence)


@pytest.mark.parametrize(
    ("clause_id", "lang", "needle"),
    [
        ("PAR-1", "en", "commutation of a sentence of death"),
        ("PAR-1", "es", "conmutación de la pena de muerte"),
        ("PAR-1", "fr", "commutation d'une condamnation à mort"),
        ("PEN-2", "en", "25 years in the case of life imprisonment"),
        ("PEN-2", "es", "25 años de prisión en caso de cadena perpetua"),
        ("PEN-2", "fr", "25 ans d'emprisonnement en cas d'emprisonnement à perpétuité"),
        ("OC-2", "en", "towards a State that is not a party to this Convention"),
        ("OC-2", "es", "un Estado que no sea parte en la presente Convención"),
        ("OC-2", "fr", "un État qui n'est pas partie à la présente Convention"),
        ("AUT-2", "en", "without prejudice to the obligation of non-refoulement"),
        ("AUT-2", "es", "sin perjuicio de la obligación de no devolución"),
        ("AUT-2", "fr", "sans préjudice de l'obligation de non-refoulement"),
        ("VIC-2", "en", "whether or not a complaint has been made"),
        ("VIC-2", "es", "se haya presentado o no una denuncia"),
        ("VIC-2", "fr", "qu'une plainte ait été déposée ou non"),
        ("SOL-1", "en", "or other limitation in time"),
        ("SOL-1", "es", "ninguna otra limitación temporal"),
        ("SOL-1", "fr", "aucune autre limitation dans le temps"),
        ("NBI-1", "es", "de otro modo"),
        ("NBI-1", "fr", "de toute autre manière"),
        ("AUT-1", "es", "en un territorio bajo cuya jurisdicción"),
        ("SO-1", "en", "[, nor as a ground for a lesser penalty]"),
    ],
)
def test_the_drafting_points_of_issue_15_stay_fixed(clause_id: str, lang: str, needle: str) -> None:
    clause = LIBRARY.clause(clause_id).clause
    assert needle in clause.model.get(lang)
    assert "en cuyo territorio bajo su jurisdicción" not in clause.model.get("es")


def test_a_comment_says_which_precedents_were_checked_against_the_official_text() -> None:
    from drafter.comments import Phrases

    library = load_library([])
    checked = "International Covenant on Civil and Political Rights art 6(4) (commutation of death sentences, kept by the second sentence)"
    cited = "ECCC Law art 40 new"
    line = Phrases("es", library).precedents([checked, cited])
    assert line == f"Precedentes: {checked} (texto verificado); {cited}."


def _section_of_file(lang: str, section: str) -> dict[str, str]:
    import yaml

    raw = yaml.safe_load((ROOT / "clause_library" / "languages" / f"{lang}.yaml").read_text(encoding="utf-8"))
    return {k: str(v).strip() for k, v in raw.get(section, {}).items() if v}


def test_the_loaded_library_carries_the_same_comment_phrases_as_the_language_files() -> None:
    # The export reads the phrases from the loaded (cached) library, not the files again.
    from drafter.comments import Phrases

    library = load_library([])
    english = _section_of_file("en", "export")
    for lang in ("en", "es", "fr"):
        from_library = Phrases(lang, library)
        assert from_library._en == english
        assert from_library._own == ({} if lang == "en" else _section_of_file(lang, "export"))
        assert Phrases(lang, None)._own == from_library._own
    assert Phrases("es", library).get("precedents", precedents="X") != Phrases("en", library).get(
        "precedents", precedents="X"
    )


def test_the_loaded_library_carries_the_same_memo_phrases_as_the_language_files() -> None:
    from drafter.memo import Words

    library = load_library([])
    english = _section_of_file("en", "memo")
    assert english
    for lang in ("en", "es", "fr"):
        from_library = Words(lang, library)
        assert from_library._en == english
        assert from_library._own == ({} if lang == "en" else _section_of_file(lang, "memo"))
