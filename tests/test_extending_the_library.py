"""Extending the library with data only: a new language, a new category (clause_library/README.md).

Each test copies the shipped library to a folder of its own, adds files there and points
Drafter at it with ``DRAFTER_LIBRARY_DIR``, as a delegation's own build of Drafter would.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.errors import LibraryError
from drafter.lexicon import Phrases, lexicon, word_pattern
from drafter.library.loader import check_file, load_library, shipped_library_dir
from drafter.model import Stance
from tests.builders import text_docx


def _copy_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "library"
    shutil.copytree(shipped_library_dir(), target)
    monkeypatch.setenv("DRAFTER_LIBRARY_DIR", str(target))
    return target


def _edit_yaml(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


ITALIAN = {
    "language": "it",
    "name": "Italiano",
    "stemmer": "italian",
    "stopwords": [
        "il",
        "lo",
        "gli",
        "della",
        "delle",
        "dei",
        "degli",
        "che",
        "e",
        "per",
        "con",
        "non",
        "un",
        "una",
        "nel",
        "nella",
        "sono",
        "alcuna",
        "ogni",
        "loro",
        "dal",
        "questa",
        "questo",
        "essere",
    ],
    "macros": {
        "neg": ["non", "nessun*", "alcuna", "mai", "in nessun caso"],
        "hedge_modal": ["puo", "possono", "potra", "potranno"],
    },
    "terms": {
        "state": {
            "default": {"one": "Stato Parte", "many": "Stati Parte", "pattern": "\\bStat[oi] Parte\\b"},
            "variants": [],
        },
        "crimes": {
            "default": {"one": "crimini contro l'umanità", "pattern": "\\bcrimini contro l.umanit[àa]\\b"},
            "variants": [],
        },
    },
    "words": {
        "negators": ["non", "né", "mai", "nessun", "nessuna", "alcuna"],
        "relatives": ["che", "cui", "quale", "quali"],
        "article": ["articolo", "art."],
        "draft": ["progetto di"],
        "part": ["parte"],
        "preamble": ["preambolo"],
        "annex": ["allegato"],
        "preambular": ["ricordando", "considerando", "riconoscendo", "determinati"],
        "qualifiers": ["tuttavia", "salvo"],
        "abbreviations": ["art", "n"],
    },
}

# The amnesty category in Italian: its cues, and an Italian text of its first clause.
ITALIAN_CUES = {
    "topic": ["amnisti*"],
    "measure": ["amnisti*"],
    "protective": ["{neg} ... (concess*|concede*|accordat*) ... amnisti*", "{neg} amnisti*"],
    "contrary": ["(concede|concedono|concedera|accorda) [l|un|una] amnisti*"],
}


def _add_italian(library: Path) -> None:
    (library / "languages" / "it.yaml").write_text(
        yaml.safe_dump(ITALIAN, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    _edit_yaml(library / "library.yaml", lambda d: d["languages"].append("it"))

    def amnesty(data: dict[str, Any]) -> None:
        data["cues"]["it"] = ITALIAN_CUES
        clause = data["clauses"][0]
        clause["model"]["it"] = (
            "Gli Stati Parte non concedono alcuna amnistia per i crimini contro l'umanità."
        )
        clause["suggestion"]["it"] = (
            "Ogni {state} garantisce che nessuna amnistia sia concessa per i {crimes}."
        )
        clause["formulations"].append(
            {
                "stance": "contrary",
                "lang": "it",
                "text": "Lo Stato concede l'amnistia ai combattenti.",
                "note": "a grant of amnesty",
            }
        )

    _edit_yaml(library / "categories" / "amnesty.yaml", amnesty)


def test_a_new_language_is_data_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = _copy_library(tmp_path, monkeypatch)
    _add_italian(library)
    assert "valid" in check_file(library / "languages" / "it.yaml")
    lib = load_library([])
    assert list(lib.languages) == ["en", "es", "fr", "it"]
    assert lib.languages["it"].stemmer == "italian"
    assert lexicon().words("article", "it") == ("articolo", "art.")

    # Two drafts: a ban beside the draft's own grant would be an exception to it.
    ban = text_docx(
        tmp_path / "bozza.docx",
        [
            "Articolo 5",
            "Gli Stati Parte non concedono alcuna amnistia per i crimini contro l'umanità commessi nel loro territorio.",
        ],
        headings=("Articolo 5",),
    )
    grant = text_docx(
        tmp_path / "legge.docx",
        [
            "Articolo 6",
            "Lo Stato concede l'amnistia a tutte le persone che hanno partecipato al conflitto per i fatti commessi.",
            "Articolo 7",
            "Questa legge entra in vigore il giorno della sua pubblicazione nella Gazzetta degli atti dello Stato.",
        ],
        headings=("Articolo 6", "Articolo 7"),
    )
    banned = analyze(load_draft(ban), lib)
    assert {(f.label, f.category, f.stance, f.language) for f in banned.findings} == {
        ("Article 5", "amnesty", Stance.CONFORMS, "it")
    }
    result = analyze(load_draft(grant), lib)
    found = {(f.label, f.category, f.stance, f.language) for f in result.findings}
    assert ("Article 6", "amnesty", Stance.CONTRARY, "it") in found
    assert banned.language == result.language == "it"
    contrary = next(f for f in result.findings if f.stance is Stance.CONTRARY)
    # The Italian model clause and suggestion, in the draft's own terms.
    assert contrary.model_text.startswith("Gli Stati Parte")
    assert (
        contrary.suggestion
        == "Ogni Stato Parte garantisce che nessuna amnistia sia concessa per i crimini contro l'umanità."
    )


def test_a_text_in_an_unlisted_language_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = _copy_library(tmp_path, monkeypatch)
    _edit_yaml(
        library / "categories" / "pardon.yaml",
        lambda d: d["clauses"][0]["model"].__setitem__("de", "Eine Begnadigung ist ausgeschlossen."),
    )
    with pytest.raises(LibraryError, match=r"field 'model': unknown language 'de'; use one of: en, es, fr"):
        load_library([])


COMMUTATION = {
    "id": "commutation",
    "title": {"en": "Commutation of sentences"},
    "description": {"en": "A sentence for crimes against humanity is served; it is not commuted."},
    "kind": "prohibition",
    "insert_after": ["pardon"],
    "cues": {
        "en": {
            "topic": ["commut*"],
            "measure": ["commut*"],
            "protective": ["{neg} ... commut*", "(shall|may) not be commuted"],
            "contrary": ["(may|shall|can) commute", "(may|shall) be commuted"],
        }
    },
    "clauses": [
        {
            "id": "COM-1",
            "title": {"en": "No commutation"},
            "model": {"en": "No sentence imposed for crimes against humanity shall be commuted."},
            "suggestion": {
                "en": "Each {state} shall ensure that no sentence imposed for {crimes} is commuted."
            },
            "rationale": {"en": "A commuted sentence is impunity by other means."},
            "precedents": [{"instrument": "Test instrument", "article": "art 1"}],
            "formulations": [
                {
                    "stance": "contrary",
                    "lang": "en",
                    "text": "The President may commute any sentence.",
                    "note": "commutation at will",
                }
            ],
        }
    ],
}


def test_a_new_category_is_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = _copy_library(tmp_path, monkeypatch)
    path = library / "categories" / "commutation.yaml"
    path.write_text(yaml.safe_dump(COMMUTATION, sort_keys=False), encoding="utf-8")
    # Not listed in library.yaml yet: refused, and the message says where to list it.
    with pytest.raises(LibraryError, match=r"unknown category 'commutation'.*'categories' in library.yaml"):
        load_library([])
    _edit_yaml(library / "library.yaml", lambda d: d["categories"].append("commutation"))
    assert "valid" in check_file(path)
    lib = load_library([])
    assert list(lib.categories)[-1] == "commutation"

    draft = text_docx(
        tmp_path / "draft.docx",
        ["The President may commute any sentence imposed under this Act, at any time and for any reason."],
    )
    result = analyze(load_draft(draft), lib)
    # (Commutation is also one of the pardon category's words: both see the sentence.)
    assert ("commutation", Stance.CONTRARY) in {(f.category, f.stance) for f in result.findings}
    # Missing safeguards are listed in library.yaml's order, the new category last: this draft's
    # clause on it grants the measure, so it is missing, with that finding as a partial one.
    last = result.missing[-1]
    assert last.category == "commutation" and last.clause_id == "COM-1"
    assert [result.findings[i].category for i in last.partial_findings] == ["commutation"]


def test_a_listed_category_needs_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = _copy_library(tmp_path, monkeypatch)
    _edit_yaml(library / "library.yaml", lambda d: d["categories"].append("commutation"))
    with pytest.raises(LibraryError, match=r"lacks the categories: commutation .*categories/<id>.yaml"):
        load_library([])


def test_words_match_as_a_draft_writes_them() -> None:
    """A word list matches whatever the case, the accents and the spaces (languages/*.yaml)."""
    openers = Phrases(["bearing in mind", "ayant à l'esprit", "considérant"])
    assert openers.at("  Bearing   in mind that") == len("  Bearing   in mind")
    assert openers.at("AYANT A L’ESPRIT la résolution") == len("AYANT A L’ESPRIT")
    assert openers.at("Considerant que") == len("Considerant")
    assert openers.at("Bearings") == -1 and openers.at("Bearing the cost") == -1
    assert re.fullmatch(word_pattern("artículo"), "ARTICULO", re.IGNORECASE)
    assert re.fullmatch(word_pattern("projet d'"), "projet d’ ", re.IGNORECASE)
    assert re.fullmatch(word_pattern("recalling", capital=True), "Recalling")
    assert not re.fullmatch(word_pattern("recalling", capital=True), "recalling")
