"""Location labels as a reader of the draft sees them: in the draft's own words, told apart."""

from __future__ import annotations

from drafter.locations import assign_labels, distinct_labels, in_draft_words
from drafter.model import Paragraph, Part


def test_a_label_is_written_in_the_drafts_language() -> None:
    assert in_draft_words("Article 6, paragraph 3 (a)", "es") == "Artículo 6, párrafo 3 (a)"
    assert in_draft_words("Article 6 bis, paragraph 3 (a)", "fr") == "Article 6 bis, paragraphe 3 (a)"
    assert in_draft_words("Part II, paragraph 2", "es") == "Parte II, párrafo 2"
    assert in_draft_words("Preamble", "fr") == "Préambule"
    assert in_draft_words("Annex, Article 1", "es") == "Anexo, Artículo 1"
    assert in_draft_words("Footnote 3", "es") == "Nota 3"
    assert in_draft_words("Paragraph 12", "fr") == "Paragraphe 12"
    assert (
        in_draft_words("Article 2, table 1, row 2, column 3", "es")
        == "Artículo 2, cuadro 1, fila 2, columna 3"
    )
    assert in_draft_words("Article 6, paragraph 3", "en") == "Article 6, paragraph 3"
    assert in_draft_words("Article 6", "xx") == "Article 6"  # a language without the words
    assert in_draft_words("", "es") == ""


def _paragraphs(texts: list[str]) -> list[Paragraph]:
    return assign_labels([Paragraph(index=i, part=Part.BODY, text=t) for i, t in enumerate(texts)])


def test_two_equal_labels_are_told_apart_by_their_part_or_their_order() -> None:
    paragraphs = _paragraphs(
        [
            "Part I",
            "Article 5",
            "1. No amnesty shall be granted.",
            "2. Nothing.",
            "Part II",
            "Article 5",
            "1. Amnesties may be granted where appropriate.",
            "1. A second paragraph numbered one by mistake.",
            "Article 6",
            "1. Pardons are excluded.",
        ]
    )
    labels = [p.label for p in paragraphs]
    assert labels[2] == labels[6] == labels[7] == "Article 5, paragraph 1"
    places = [
        (2, labels[2]),
        (6, labels[6]),
        (7, labels[7]),
        (9, labels[9]),
        (None, "Footnote 1"),
        (2, labels[2]),
    ]
    assert distinct_labels(paragraphs, places) == [
        "Part I, Article 5, paragraph 1",
        "Part II, Article 5, paragraph 1 (1 of 2)",
        "Part II, Article 5, paragraph 1 (2 of 2)",
        "Article 6, paragraph 1",  # named once: as it was
        "Footnote 1",
        "Part I, Article 5, paragraph 1",  # two findings in one paragraph are one place
    ]
    assert in_draft_words(distinct_labels(paragraphs, places)[1], "es") == (
        "Parte II, Artículo 5, párrafo 1 (1 of 2)"
    )


def test_labels_that_differ_are_left_alone() -> None:
    paragraphs = _paragraphs(["Article 1", "1. Text.", "Article 2", "1. Text."])
    places: list[tuple[int | None, str]] = [(1, paragraphs[1].label), (3, paragraphs[3].label)]
    assert distinct_labels(paragraphs, places) == ["Article 1, paragraph 1", "Article 2, paragraph 1"]
