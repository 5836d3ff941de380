"""The findings memo as plain data and HTML (drafter/memo.py), without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.analysis import analyze
from drafter.document import load_draft
from drafter.library.loader import Library, load_library
from drafter.memo import Words, build_memo, memo_html, short_quote
from drafter.model import Analysis, Stance
from drafter.review import Decision, Status, finding_key, missing_key
from tests.version_pairs import DEV


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([])


@pytest.fixture(scope="module")
def english(library: Library) -> Analysis:
    return analyze(load_draft(DEV / "rolling_text_en.docx"), library)


def test_summary_counts_and_findings_in_draft_order(english: Analysis, library: Library) -> None:
    memo = build_memo(english, library, today=dt.date(2026, 3, 1))
    assert memo.title == "Findings memo: rolling_text_en.docx"
    assert memo.header[-1] == f"Prepared on 2026-03-01 with Drafter; clause library {library.version}."
    counts = {s.value: sum(f.stance is s for f in english.findings) for s in Stance}
    assert memo.counts == counts
    assert memo.summary[-1] == (
        f"Contrary: {counts['contrary']}; weak: {counts['weak']}; conforming: {counts['conforms']} "
        f"({len(english.findings)} findings)."
    )
    order = [(f.part.value != "body", f.paragraph, f.start) for f in english.findings]
    assert [f.location for f in memo.findings] == [
        english.findings[i].label for i in sorted(range(len(order)), key=order.__getitem__)
    ]
    assert all(len(f.quote) <= 222 for f in memo.findings)
    assert all(f.suggestion is None for f in memo.findings if f.stance is Stance.CONFORMS)


def test_missing_amnesty_ban_comes_first(library: Library) -> None:
    french = analyze(load_draft(DEV / "fr_projet_convention.docx"), library)
    memo = build_memo(french, library)
    assert memo.summary[0] == "Aucune interdiction expresse de l’amnistie."
    assert memo.gaps[0].category_id == "amnesty"
    # Places in the draft's words, as the memo's own.
    assert memo.gaps[0].lead == "Insertion proposée après Article 4, paragraphe 2 (modèle AMN-1) :"
    assert memo.findings[0].location == "Article 3, paragraphe 3"
    assert "<b>Aucune interdiction expresse de l’amnistie.</b>" in memo_html(memo)


def test_a_spanish_memo_names_places_in_spanish(library: Library) -> None:
    spanish = analyze(load_draft(DEV / "rolling_text_es.docx"), library)
    memo = build_memo(spanish, library)
    locations = [f.location for f in memo.findings]
    assert "Preámbulo" in locations and "Artículo 3, párrafo 1" in locations
    assert not any("Article" in place or "paragraph" in place for place in locations)


def test_decisions_notes_and_the_stance_filter(english: Analysis, library: Library) -> None:
    weak = next(f for f in english.findings if f.stance is Stance.WEAK)
    decisions = {
        finding_key(weak): Decision(
            Status.EDITED, "Each State Party shall <not> grant amnesty.", "Ask the chair."
        ),
    }
    if english.missing:
        decisions[missing_key(english.missing[0])] = Decision(Status.ACCEPTED, None, "Insert it.")
    memo = build_memo(english, library, decisions, stances={Stance.WEAK})
    assert {f.stance for f in memo.findings} == {Stance.WEAK}
    edited = next(f for f in memo.findings if f.decision)
    assert edited.decision == "edited: “Each State Party shall <not> grant amnesty.”"
    assert edited.note == "Ask the chair."
    html = memo_html(memo)
    assert "shall &lt;not&gt; grant" in html and "<not>" not in html  # escaped
    assert memo.counts["conforms"] > 0  # the summary still counts every stance


def test_a_language_without_memo_words_falls_back_to_english(library: Library) -> None:
    words = Words("de", library)
    assert words("summary") == "Summary"
    assert words("field", label="Why") == "Why:"
    assert Words("fr", library)("field", label="Pourquoi") == "Pourquoi :"


def test_short_quote_cuts_at_a_word() -> None:
    text = "word " * 100
    quote = short_quote(text, 50)
    assert quote.endswith(" …") and len(quote) <= 52 and "wor …" not in quote
    assert short_quote("  a   b  ") == "a b"
