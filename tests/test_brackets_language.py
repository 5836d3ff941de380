"""Rolling texts (square-bracketed alternatives) and language detection."""

from __future__ import annotations

from pathlib import Path

from drafter.analysis import analyze
from drafter.brackets import readings, slots
from drafter.document import load_draft
from drafter.language import LanguageDetector
from drafter.library.loader import load_library
from drafter.model import Analysis, Finding, Stance
from drafter.textnorm import fold
from tests.builders import text_docx


def test_adjacent_brackets_are_alternatives_and_a_lone_bracket_is_optional() -> None:
    text = "Each State Party [shall][should] ensure that no amnesty is granted [for crimes against humanity]."
    assert [s.options for s in slots(text)] == [("shall", "should"), ("for crimes against humanity", "")]
    assert [r.text for r in readings(text)] == [
        "Each State Party shall ensure that no amnesty is granted for crimes against humanity.",
        "Each State Party shall ensure that no amnesty is granted.",
        "Each State Party should ensure that no amnesty is granted for crimes against humanity.",
        "Each State Party should ensure that no amnesty is granted.",
    ]


def test_alternative_labels_and_editorial_notes() -> None:
    text = "[Alt. 1: No amnesty shall be granted.] [Alt. 2: Amnesties may be granted.] [Delegation X: delete]"
    found = readings(text)
    assert [r.text for r in found] == ["No amnesty shall be granted.", "Amnesties may be granted."]
    assert [r.describe() for r in found] == ["Alt. 1", "Alt. 2"]
    assert readings("No brackets here.") == []


def test_each_reading_is_judged_and_the_suggestion_resolves_the_brackets(tmp_path: Path) -> None:
    path = text_docx(
        tmp_path / "rolling.docx",
        [
            "Each State Party [shall][should] ensure that no amnesty is granted for crimes against humanity.",
            "[El Estado podrá conceder amnistías][No se concederán amnistías] por crímenes de lesa humanidad.",
        ],
    )
    analysis = analyze(load_draft(path), load_library([]))
    first = next(f for f in analysis.findings if f.paragraph == 0 and f.category == "amnesty")
    assert first.stance is Stance.WEAK  # the worst reading decides what is reported
    assert {a["reading"]: a["stance"] for a in first.alternatives} == {"shall": "conforms", "should": "weak"}
    assert (
        first.suggestion
        == "Each State Party shall ensure that no amnesty is granted for crimes against humanity."
    )
    second = next(f for f in analysis.findings if f.paragraph == 1 and f.category == "amnesty")
    assert second.stance is Stance.CONTRARY
    assert second.suggestion == "No se concederán amnistías por crímenes de lesa humanidad."
    # A strong alternative still on the table: the draft does not lack the amnesty ban.
    assert "amnesty" not in {m.category for m in analysis.missing}


def test_language_detection() -> None:
    lib = load_library([])
    detector = LanguageDetector({k: v.stopwords for k, v in lib.languages.items()})
    assert (
        detector.detect(
            fold("Each State Party shall take the necessary measures to ensure that the offences")
        )
        == "en"
    )
    assert (
        detector.detect(
            fold("Los Estados Partes adoptarán las medidas necesarias para que los crímenes de la ley")
        )
        == "es"
    )
    assert (
        detector.detect(
            fold("Chaque État partie prend les mesures nécessaires pour que les crimes visés par la")
        )
        == "fr"
    )
    assert detector.detect(fold("Article 6")) is None
    assert detector.document_language([("es", 500), ("en", 40), (None, 900)]) == "es"


def _one_clause(tmp_path: Path, text: str, category: str) -> tuple[Analysis, Finding]:
    """Analyse a one-paragraph draft; its finding in ``category``."""
    analysis = analyze(load_draft(text_docx(tmp_path / "draft.docx", [text])), load_library([]))
    return analysis, next(f for f in analysis.findings if f.category == category)


def test_spanish_draft_gets_spanish_suggestions(tmp_path: Path) -> None:
    analysis, finding = _one_clause(
        tmp_path,
        "Los Estados Partes procurarán no conceder amnistías a los responsables de crímenes de lesa humanidad.",
        "amnesty",
    )
    assert finding.language == "es" and finding.stance is Stance.WEAK
    assert finding.suggestion is not None and "amnistía" in finding.suggestion
    assert analysis.language == "es"
    assert all("amnistía" in m.suggestion or m.language == "es" for m in analysis.missing)


def test_reasons_quote_the_draft_as_written(tmp_path: Path) -> None:
    """Matching folds accents and apostrophes; the reasons a lawyer reads do not."""
    _, finding = _one_clause(
        tmp_path,
        "Chaque État partie veille à ce que le fait qu’une infraction a été commise sur l’ordre "
        "d’un supérieur n’exonère pas le subordonné de sa responsabilité pénale.",
        "superior_orders",
    )
    reasons = " ".join(finding.reasons)
    assert "n’exonère pas le subordonné de sa responsabilité" in reasons
    assert "n exonere" not in reasons


def test_word_offsets_line_up_with_folded_words() -> None:
    import random

    from drafter.textnorm import fold_words, word_offsets

    rng = random.Random(7)
    alphabet = [chr(i) for i in range(0x20, 0x2100)] + ["e\u0301", "ﬁ", "ß", "’", "\u00a0"]
    latin = list("áéíóúñÁÉÑçüöàè’“”«»\u00a0–")  # each folds to one character: offsets kept as they are
    for n in range(6000):
        letters = alphabet if n % 2 else latin
        text = "".join(
            rng.choice(letters) if rng.random() < 0.3 else rng.choice("abc DEF_-.,'09")
            for _ in range(rng.randint(0, 30))
        )
        words = fold_words(text)
        spans = word_offsets(text)
        assert len(spans) == len(words), text
        assert [fold_words(text[a:b]) for a, b in spans] == [[w] for w in words], text
        assert all(fold_words(text[a]) and fold_words(text[b - 1]) for a, b in spans), text  # tight


def test_folding_many_texts_at_once_equals_folding_each() -> None:
    import random

    from drafter.textnorm import fold_words, folded_texts

    rng = random.Random(11)
    alphabet = [chr(i) for i in range(0x01, 0x2100)] + ["e\u0301", "ﬁ", "ß", "’", "\u00a0", "\n", "\t"]
    texts = [
        "".join(
            rng.choice(alphabet) if rng.random() < 0.3 else rng.choice("abc DEF_-.,'09")
            for _ in range(rng.randint(0, 30))
        )
        for _ in range(3000)
    ]
    assert [t.split() for t in folded_texts(texts)] == [fold_words(t) for t in texts]
    # A NUL inside a text (which XML cannot carry) must not shift the texts.
    odd = ["a\x00b", "Ça", ""]
    assert [t.split() for t in folded_texts(odd)] == [fold_words(t) for t in odd]
    assert folded_texts([]) == []


def test_term_search_finds_what_findall_finds() -> None:
    import random
    import re

    from drafter.library.loader import load_library
    from drafter.suggest import _find_all

    library = load_library([])
    patterns = [
        v.pattern
        for rec in library.languages.values()
        for t in rec.terms.values()
        for v in (t.default, *t.variants)
    ]
    patterns += [r"\bab", r"\b(a)(b)?", r"\b\Wx", r"\b(?:x|)", r"\b[ÉE]tat", r"\b(?=a)a+", r"plain"]
    rng = random.Random(5)
    texts = [
        "".join(rng.choice("ab xÉé.-_État Ea\n") for _ in range(rng.randint(0, 40))) for _ in range(2000)
    ]
    texts.append(
        "Each State Party, every State and the requesting State; États parties, l’État; Estados Partes."
    )
    for pattern in patterns:
        for text in texts:
            assert _find_all(pattern, text) == re.findall(pattern, text), (pattern, text)


def test_suggestions_follow_the_drafts_apostrophes(tmp_path: Path) -> None:
    analysis, finding = _one_clause(
        tmp_path,
        "Chaque État partie s’efforce de ne pas accorder d’amnistie aux auteurs de crimes contre l’humanité.",
        "amnesty",
    )
    assert finding.language == "fr" and finding.suggestion is not None
    assert "’" in finding.suggestion and "'" not in finding.suggestion
    assert all("'" not in m.suggestion for m in analysis.missing)
