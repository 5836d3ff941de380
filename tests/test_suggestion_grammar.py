"""Suggestions stay grammatical whatever phrase the draft uses for the crimes and the State.

Every suggestion (and model) of every clause is filled with every term variant of every language
(the draft's own phrases taken from the variants' ``examples``) and checked against sequences no
careful drafter writes: "de les", "los los", "the the" ... Then two real drafts, a French one in
the ILC's phrasing and a Spanish one in "los delitos a que se refiere el presente proyecto de
artículo", are analysed end to end.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import load_library
from drafter.library.model import Library, TermVariant
from drafter.suggest import FilledTerm, Terms, fill_terms, filled_term
from tests.builders import text_docx

# Sequences that are never grammatical, per language (matched case-insensitively on word
# boundaries). "des"/"aux"/"del"/"al" already hold an article: one after them is doubled.
FORBIDDEN: dict[str, list[str]] = {
    "fr": [
        r"de les",
        r"à les",
        r"de le",
        r"à le",
        r"des les",
        r"aux les",
        r"du le",
        r"au le",
        r"des des",
        r"(les|le|la) (les|le|la|l['’])",
        r"de des",
        r"(de|que|le|la|ne) [aeiouyéèêàâîïôûœ]\w*",  # elision missing: "de infractions"
        r"ces les",
        r"pour des les",
    ],
    "es": [
        r"de el",
        r"a el",
        r"los los",
        r"las las",
        r"de los los",
        r"del el",
        r"al el",
        r"(los|las|el|la) (los|las|el|la)",
        r"(tales|dichos|esos|estos) (los|las)",
    ],
    "en": [
        r"the the",
        r"of of",
        r"(such|these|those|any) the",
        r"a the",
    ],
}


def _forbidden(lang: str, text: str) -> list[str]:
    found = []
    for pattern in FORBIDDEN.get(lang, []):
        m = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
        if m is not None:
            found.append(f"'{m.group(0)}' ({pattern})")
    return found


def _phrases(variant: TermVariant) -> list[str]:
    """What a variant may put into a suggestion: its wording, or the draft phrases it finds."""
    return list(variant.examples) if "{match}" in variant.one else [variant.one]


def term_sets(library: Library, lang: str) -> Iterator[tuple[str, dict[str, FilledTerm]]]:
    """Every combination of the language's State and crimes variants, with a label."""
    record = library.languages[lang]
    grammar = record.grammar
    states = [
        (v.one, filled_term(v, v.one, grammar), filled_term(v, v.many or v.one, grammar))
        for v in (record.terms["state"].default, *record.terms["state"].variants)
    ]
    crimes = [
        (phrase, filled_term(v, phrase, grammar))
        for v in (record.terms["crimes"].default, *record.terms["crimes"].variants)
        for phrase in _phrases(v)
    ]
    seen: set[tuple[str, str]] = set()
    for (state_label, one, many), (crimes_label, crime) in itertools.product(states, crimes):
        if (state_label, crimes_label) in seen:
            continue
        seen.add((state_label, crimes_label))
        yield f"{state_label} / {crimes_label}", {"state": one, "states": many, "crimes": crime}


LIBRARY = load_library([])
LANGS = list(LIBRARY.languages)


@pytest.mark.parametrize("lang", LANGS)
def test_every_suggestion_with_every_term_is_grammatical(lang: str) -> None:
    grammar = LIBRARY.languages[lang].grammar
    problems: list[str] = []
    checked = 0
    for category in LIBRARY.categories.values():
        for rec in category.clauses:
            clause = rec.clause
            model = clause.model.get(lang)
            problems += [f"{clause.id} model: {p}" for p in _forbidden(lang, model)]
            template = clause.suggestion.get(lang)
            for label, terms in term_sets(LIBRARY, lang):
                text = fill_terms(template, terms, grammar)
                checked += 1
                assert "{" not in text and "}" not in text, (clause.id, label, text)
                problems += [f"{clause.id} [{label}]: {p}" for p in _forbidden(lang, text)]
    assert checked >= 14 * 3
    assert problems == []


def test_the_forbidden_list_catches_literal_substitution() -> None:
    """The check would have caught the literal fills of library 0.3.0."""
    assert _forbidden("fr", "la répression des les infractions visées")
    assert _forbidden("fr", "auteurs présumés de les infractions")
    assert _forbidden("es", "por que los los delitos a que se refiere")
    assert _forbidden("es", "la sanción de el crimen")
    assert _forbidden("en", "ensure that the the offences")
    assert _forbidden("fr", "auteurs de infractions")
    assert not _forbidden("fr", "la répression des infractions visées au présent projet d'article")


@pytest.mark.parametrize(
    ("lang", "template", "crimes", "expected"),
    [
        ("fr", "la répression de {crimes}", "les infractions visées", "la répression des infractions visées"),
        (
            "fr",
            "la répression des {crimes}",
            "les infractions visées",
            "la répression des infractions visées",
        ),
        (
            "fr",
            "la répression des {crimes}",
            "crimes contre l'humanité",
            "la répression des crimes contre l'humanité",
        ),
        ("fr", "que les {crimes} soient", "les infractions visées", "que les infractions visées soient"),
        ("fr", "relatives aux {crimes}", "les infractions visées", "relatives aux infractions visées"),
        ("fr", "relatives à {crimes}", "les infractions visées", "relatives aux infractions visées"),
        ("fr", "pour {crimes}", "les infractions visées", "pour les infractions visées"),
        ("fr", "auteurs de {crimes}", "infractions graves", "auteurs d'infractions graves"),
        ("fr", "ces {crimes}", "les infractions visées", "ces infractions visées"),
        ("fr", "Les {crimes} sont", "les infractions visées", "Les infractions visées sont"),
        (
            "fr",
            "qu'ils ont été {crimes:commis|commises}",
            "les infractions visées",
            "qu'ils ont été commises",
        ),
        (
            "es",
            "la sanción de {crimes}",
            "los delitos a que se refiere",
            "la sanción de los delitos a que se refiere",
        ),
        ("es", "que los {crimes} y", "los delitos a que se refiere", "que los delitos a que se refiere y"),
        ("es", "de los {crimes}", "los delitos a que se refiere", "de los delitos a que se refiere"),
        ("es", "la sanción del {crimes}", "el delito de tortura", "la sanción del delito de tortura"),
        ("es", "la sanción de {crimes}", "el delito de tortura", "la sanción del delito de tortura"),
        ("es", "con respecto a {crimes}", "el delito de tortura", "con respecto al delito de tortura"),
        ("es", "de las {crimes}", "los delitos", "de los delitos"),
        ("es", "tales {crimes}", "los delitos", "tales delitos"),
        ("es", "por {crimes:ellos|ellas}", "las conductas", "por ellas"),
        ("en", "the {crimes}", "the offences referred to", "the offences referred to"),
        ("en", "The {crimes} shall", "the offences referred to", "The offences referred to shall"),
        ("en", "such {crimes}", "the offences referred to", "such offences referred to"),
        (
            "en",
            "punishment of {crimes}",
            "the offences referred to",
            "punishment of the offences referred to",
        ),
        ("en", "Each case. {crimes} shall", "the offences", "Each case. The offences shall"),
    ],
)
def test_grammar_rules(lang: str, template: str, crimes: str, expected: str) -> None:
    grammar = LIBRARY.languages[lang].grammar
    feminine = crimes.startswith(("les infractions", "las "))
    variant = TermVariant(crimes, None, "x", "feminine" if feminine else None)
    assert fill_terms(template, {"crimes": filled_term(variant, crimes, grammar)}, grammar) == expected


def test_french_agreement_follows_the_drafts_phrase() -> None:
    grammar = LIBRARY.languages["fr"].grammar
    so1 = LIBRARY.clause("SO-1").clause.suggestion.get("fr")
    ilc = next(v for v in LIBRARY.languages["fr"].terms["crimes"].variants if v.gender == "feminine")
    feminine = fill_terms(
        so1, {"state": FilledTerm("État"), "crimes": filled_term(ilc, ilc.examples[0], grammar)}, grammar
    )
    assert "des infractions visées au présent projet d'article ont été commises" in feminine
    masculine = fill_terms(
        so1, {"state": FilledTerm("État"), "crimes": FilledTerm("crimes contre l'humanité")}, grammar
    )
    assert "des crimes contre l'humanité ont été commis " in masculine


FRENCH_ILC = [
    "Projet d’articles sur la prévention et la répression des crimes contre l’humanité",
    "Projet d’article 6",
    "Incrimination en droit interne",
    "1. Tout État prend les mesures nécessaires pour que les crimes contre l’humanité constituent des"
    " infractions au regard de son droit pénal.",
    "5. Tout État prend les mesures nécessaires pour que les infractions visées au présent projet"
    " d’article soient passibles de peines appropriées, qui prennent en compte leur gravité.",
    "6. Tout État prend les mesures nécessaires pour que les infractions visées au présent projet"
    " d’article ne se prescrivent pas.",
    "7. Tout État s’efforce, le cas échéant, de ne pas accorder d’amnistie pour les infractions visées"
    " au présent projet d’article.",
    "8. Tout État prend les mesures nécessaires pour que les infractions visées au présent projet"
    " d’article relèvent de ses juridictions ordinaires.",
]

SPANISH_ILC = [
    "Proyecto de artículos sobre la prevención y el castigo de los crímenes de lesa humanidad",
    "Proyecto de artículo 6",
    "Tipificación en el derecho nacional",
    "1. Todo Estado adoptará las medidas necesarias para que los crímenes de lesa humanidad constituyan"
    " delitos en su derecho penal.",
    "5. Todo Estado adoptará las medidas necesarias para que los delitos a que se refiere el presente"
    " proyecto de artículo sean castigados con penas adecuadas que tengan en cuenta su gravedad.",
    "6. Todo Estado adoptará las medidas necesarias para que los delitos a que se refiere el presente"
    " proyecto de artículo no prescriban.",
    "7. Todo Estado procurará, cuando proceda, no conceder amnistías por los delitos a que se refiere el"
    " presente proyecto de artículo.",
    "8. Todo Estado adoptará las medidas necesarias para que los delitos a que se refiere el presente"
    " proyecto de artículo sean juzgados por sus tribunales ordinarios.",
]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "phrase"),
    [
        ("fr", FRENCH_ILC, "infractions visées au présent projet d’article"),
        ("es", SPANISH_ILC, "delitos a que se refiere el presente proyecto de artículo"),
    ],
)
def test_a_draft_in_the_ilc_phrasing_gets_grammatical_suggestions(
    tmp_path: Path, lang: str, paragraphs: list[str], phrase: str
) -> None:
    path = text_docx(tmp_path / f"ilc_{lang}.docx", paragraphs, headings=paragraphs[1:3])
    analysis = analyze(load_draft(path), LIBRARY)
    texts = [f.suggestion for f in analysis.findings if f.suggestion]
    texts += [m.suggestion for m in analysis.missing]
    assert analysis.findings and analysis.missing
    assert len(texts) >= 8
    assert all(t and phrase in t for t in texts), [t for t in texts if t and phrase not in t]
    problems = {t: _forbidden(lang, t) for t in texts if t and _forbidden(lang, t)}
    assert problems == {}
    joined = " ".join(t for t in texts if t)
    if lang == "fr":
        assert "des infractions visées au présent projet d’article" in joined
        assert "Chaque État " in joined  # the draft's "Tout État": no "Party"
    else:
        assert "de los delitos a que se refiere el presente proyecto de artículo" in joined


def test_terms_pick_the_drafts_phrase_and_its_gender() -> None:
    terms = Terms(LIBRARY, FRENCH_ILC)
    assert terms.chosen("fr")["crimes"] == "les infractions visées au présent projet d’article"
    filled = terms.fill("le fait que des {crimes} ont été {crimes:commis|commises}", "fr")
    assert filled == "le fait que des infractions visées au présent projet d’article ont été commises"


def test_the_review_table_of_filled_suggestions_is_current() -> None:
    """clause_library/docs/filled-suggestions.md is what scripts/render_filled_suggestions.py
    makes of the library as it is."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, str(root / "scripts" / "render_filled_suggestions.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    table = (root / "clause_library" / "docs" / "filled-suggestions.md").read_text(encoding="utf-8")
    assert "des **infractions visées au présent projet d'article**" in table
    assert "de los **delitos a que se refiere el presente proyecto de artículo**" in table
