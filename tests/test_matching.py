"""Matching: category, stance and span on clauses written for these tests (not the dev set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.model import Analysis, Stance
from tests.builders import text_docx


def _analyze(tmp_path: Path, paragraphs: list[str], headings: tuple[str, ...] = ()) -> Analysis:
    path = text_docx(tmp_path / "d.docx", paragraphs, headings)
    return analyze(load_draft(path), load_library([]))


def _stances(analysis: Analysis, paragraph: int, category: str) -> set[Stance]:
    return {f.stance for f in analysis.findings if f.paragraph == paragraph and f.category == category}


CASES: list[tuple[str, str, Stance]] = [
    # A prohibition and its opposite share most of their words: the stance must differ.
    (
        "Each State Party shall ensure that no amnesty is granted for crimes against humanity.",
        "amnesty",
        Stance.CONFORMS,
    ),
    (
        "Each State Party shall grant an amnesty to all persons who took part in the hostilities.",
        "amnesty",
        Stance.CONTRARY,
    ),
    (
        "States Parties shall endeavour not to grant amnesties for crimes against humanity.",
        "amnesty",
        Stance.WEAK,
    ),
    ("States Parties shall not grant blanket amnesties for crimes against humanity.", "amnesty", Stance.WEAK),
    (
        "At the end of hostilities, the authorities shall grant the broadest possible amnesty.",
        "amnesty",
        Stance.CONTRARY,
    ),
    (
        "An amnesty granted under national law shall be no bar to prosecution for these crimes.",
        "amnesty",
        Stance.CONFORMS,
    ),
    (
        "Amnesties granted under national law shall bar any prosecution for these crimes.",
        "amnesty",
        Stance.CONTRARY,
    ),
    (
        "The crimes referred to in this Convention shall not be subject to any statute of limitations.",
        "statute_of_limitations",
        Stance.CONFORMS,
    ),
    (
        "The limitation period for these crimes shall be of long duration and proportionate to their seriousness.",
        "statute_of_limitations",
        Stance.WEAK,
    ),
    (
        "Prosecution of these crimes shall be barred after twenty years by the statute of limitations.",
        "statute_of_limitations",
        Stance.CONTRARY,
    ),
    (
        "An order of a superior or of a Government may not be invoked as a justification of these crimes.",
        "superior_orders",
        Stance.CONFORMS,
    ),
    (
        "Acting on the orders of a superior shall be a complete defence to a charge under this article.",
        "superior_orders",
        Stance.CONTRARY,
    ),
    (
        "No pardon or commutation of sentence shall be granted to persons convicted of these crimes.",
        "pardon",
        Stance.CONFORMS,
    ),
    ("The President may grant a pardon to any person convicted of these crimes.", "pardon", Stance.CONTRARY),
    ("Los crímenes de lesa humanidad son imprescriptibles.", "statute_of_limitations", Stance.CONFORMS),
    (
        "Se concede amnistía amplia e incondicional a todas las personas que participaron en los hechos.",
        "amnesty",
        Stance.CONTRARY,
    ),
    (
        "No se concederá amnistía ni indulto a los responsables de crímenes de lesa humanidad.",
        "amnesty",
        Stance.CONFORMS,
    ),
    ("Los Estados procurarán no conceder amnistías por crímenes de lesa humanidad.", "amnesty", Stance.WEAK),
    (
        "Aucune amnistie ne peut être accordée aux auteurs de crimes contre l'humanité.",
        "amnesty",
        Stance.CONFORMS,
    ),
    (
        "Une amnistie pleine et entière est accordée aux personnes ayant participé aux événements.",
        "amnesty",
        Stance.CONTRARY,
    ),
    ("Les crimes contre l'humanité sont imprescriptibles.", "statute_of_limitations", Stance.CONFORMS),
]


@pytest.mark.parametrize(("text", "category", "stance"), CASES, ids=[c[0][:40] for c in CASES])
def test_stance_of_single_clauses(tmp_path: Path, text: str, category: str, stance: Stance) -> None:
    analysis = _analyze(tmp_path, [text])
    assert _stances(analysis, 0, category) == {stance}


def test_span_is_the_clause_without_its_number(tmp_path: Path) -> None:
    text = "3. Each State Party shall ensure that no amnesty is granted for crimes against humanity."
    analysis = _analyze(tmp_path, [text])
    finding = next(f for f in analysis.findings if f.category == "amnesty")
    assert (finding.start, finding.end) == (3, len(text))
    assert finding.text == text[3:]


def test_span_is_the_sentence_in_a_long_paragraph(tmp_path: Path) -> None:
    filler = (
        "This paragraph first deals with cooperation between the States Parties on many other matters. " * 3
    )
    clause = "No amnesty shall be granted for crimes against humanity."
    analysis = _analyze(tmp_path, [filler + clause + " It then turns to yet another subject entirely."])
    finding = next(f for f in analysis.findings if f.category == "amnesty")
    assert finding.text == clause


def test_every_library_wording_keeps_its_stance(tmp_path: Path) -> None:
    """Each formulation of the library, put in a draft on its own, is found in its category and a
    contrary one never comes out as conforms (the worst error the product can make)."""
    lib = load_library([])
    items = [
        (rec.category, f)
        for cat in lib.categories.values()
        for rec in cat.clauses
        for f in rec.clause.formulations
    ]
    analysis = _analyze(tmp_path, [f.text for _, f in items])
    found_in_category = 0
    for i, (category, f) in enumerate(items):
        stances = _stances(analysis, i, category)
        found_in_category += bool(stances)
        if f.stance in ("weak", "contrary"):
            assert Stance.CONFORMS not in stances, (
                f"{category} {f.stance} wording came out as conforms: {f.text}"
            )
    assert found_in_category / len(items) >= 0.9


def test_missing_amnesty_ban_is_proposed_after_the_limitation_clause(tmp_path: Path) -> None:
    paragraphs = [
        "Article 6",
        "1. Each State shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law.",
        "5. Each State shall take the necessary measures to ensure that, under its criminal law, the fact that an offence was committed by a person holding an official position is not a ground for excluding criminal responsibility.",
        "6. Each State shall take the necessary measures to ensure that, under its criminal law, the offences referred to in this draft article shall not be subject to any statute of limitations.",
        "7. Each State shall take the necessary measures to ensure that the offences referred to in this draft article shall be punishable by appropriate penalties that take into account their grave nature.",
    ]
    analysis = _analyze(tmp_path, paragraphs, headings=("Article 6",))
    missing = {m.category: m for m in analysis.missing}
    assert "amnesty" in missing
    amnesty = missing["amnesty"]
    assert amnesty.after_paragraph == 3
    assert "Article 6, paragraph 6" in amnesty.place
    # The suggestion reuses the draft's own terms.
    assert "Each State " in amnesty.suggestion and "State Party" not in amnesty.suggestion
    assert "the offences referred to in this draft article" in amnesty.suggestion
    assert "statute_of_limitations" not in missing


def test_a_weak_ban_does_not_fill_the_gap(tmp_path: Path) -> None:
    analysis = _analyze(
        tmp_path, ["States Parties shall not grant blanket amnesties for crimes against humanity."]
    )
    assert _stances(analysis, 0, "amnesty") == {Stance.WEAK}
    missing = {m.category: m for m in analysis.missing}
    assert "amnesty" in missing and missing["amnesty"].partial_findings


def test_look_alikes_are_not_flagged(tmp_path: Path) -> None:
    analysis = _analyze(
        tmp_path,
        [
            "The members of the Committee shall be entitled to the facilities, privileges and immunities of experts on mission.",
            "The Court shall have no jurisdiction over any person who was under the age of 18 at the time of the crime.",
            "Add an explicit prohibition of amnesties to draft article 6.",
        ],
    )
    assert analysis.findings == []


def test_a_statutes_numbered_section_heading_ends_its_preamble(tmp_path: Path) -> None:
    """An act with a preamble and sections headed "11 Only citizens to be prosecuted" (no word
    "Section"): the sections are operative, not preambular."""
    paragraphs = [
        "War Crimes Act",
        "Preamble",
        "WHEREAS it is appropriate that persons accused of war crimes be brought to trial:",
        "11 Defence of superior orders",
        "(1) It is not a defence that the person acted under the orders of a superior.",
    ]
    analysis = _analyze(tmp_path, paragraphs, headings=("Preamble", "11 Defence of superior orders"))
    assert analysis.draft.paragraphs[2].label.startswith("Preamble")
    assert not analysis.draft.paragraphs[4].label.startswith("Preamble")
    found = [f for f in analysis.findings if f.paragraph == 4 and f.category == "superior_orders"]
    assert [f.stance for f in found] == [Stance.CONFORMS]
    assert not any("preambular" in r for r in found[0].reasons)


@pytest.mark.parametrize("heading", [True, False])
def test_a_preambular_paragraph_is_no_operative_ban(tmp_path: Path, heading: bool) -> None:
    """Preambular wording on amnesties is judged, but it is not replaced by an operative
    clause, it does not count as the missing ban, and the ban is not proposed in the preamble."""
    paragraphs = [
        *(["Preamble"] if heading else []),
        "The States Parties to the present Convention,",
        "Determined to put an end to impunity for the perpetrators of these crimes, including by excluding amnesties and other similar measures of impunity,",
        "Have agreed as follows:",
        "Article 6",
        "1. Each State Party shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law.",
        "2. Each State Party shall take the necessary measures to ensure that the offences referred to in this article shall not be subject to any statute of limitations.",
        "Article 7",
        "Each State Party shall submit reports to the Committee.",
    ]
    analysis = _analyze(tmp_path, paragraphs, headings=("Preamble", "Article 6", "Article 7"))
    first = 1 if heading else 0
    assert analysis.draft.paragraphs[first].label == "Preamble"
    preamble = [f for f in analysis.findings if f.paragraph == first + 1 and f.category == "amnesty"]
    assert len(preamble) == 1
    assert preamble[0].label == "Preamble"
    assert preamble[0].stance is Stance.CONFORMS  # "by excluding amnesties" is safeguard wording
    assert preamble[0].suggestion is None
    assert any("preambular" in r for r in preamble[0].reasons)
    missing = {m.category: m for m in analysis.missing}
    assert "amnesty" in missing
    # Proposed among the articles (after the limitation clause), not in the preamble.
    assert missing["amnesty"].after_paragraph == first + 5
    assert "Article 6, paragraph 2" in missing["amnesty"].place
