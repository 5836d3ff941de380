"""One change per need, phrase-level redlines and short comments in the draft's language.

What goes into an annotated copy is decided before anything is written (drafter/changes.py,
drafter/redline.py, drafter/comments.py); these tests read the plan and the written copy with
Drafter's own reader. tests/test_export_fidelity.py checks the same copies in LibreOffice.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafter.analysis import analyze
from drafter.changes import Mode, is_title, preview, reconcile
from drafter.document import load_draft
from drafter.export import ExportOptions, build_plan, export_annotated
from drafter.library.loader import load_library
from drafter.model import Analysis, Stance
from drafter.redline import MAX_MARKS, apply, marks, phrase_diff
from drafter.review import Decision, Status, finding_key, missing_key
from tests.builders import build_sample, text_docx
from tests.conftest import ROOT

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DEV = ROOT / "tests" / "dev_drafts"


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library([])


def _analysis(path: Path, library) -> Analysis:  # type: ignore[no-untyped-def]
    return analyze(load_draft(path), library)


# ---------------------------------------------------------------- redlines


PARDON = (
    "A State may grant a pardon or a commutation of the sentence to a person convicted of an offence "
    "referred to in draft article 6 once that person has served half of the sentence."
)
PAR_1 = (
    "Each State shall ensure that no pardon, commutation of sentence or other measure of clemency that "
    "would relieve a person convicted of crimes against humanity of the penalty imposed, in whole or in "
    "part, is granted, and that no such measure, whenever adopted, shall prevent the full enforcement of "
    "that penalty."
)


def test_a_sentence_that_mostly_changes_is_replaced_whole() -> None:
    ops = phrase_diff(PARDON, PAR_1)
    assert [op.op for op in ops] == ["delete", "insert", "equal"]  # the final full stop stays
    assert apply(ops, "old") == PARDON and apply(ops, "new") == PAR_1


def test_a_phrase_is_replaced_as_a_phrase() -> None:
    old = "Each State Party [shall][should] ensure that no amnesty is granted for crimes against humanity."
    new = "Each State Party shall ensure that no amnesty is granted for crimes against humanity."
    ops = phrase_diff(old, new)
    assert [(op.op, op.text) for op in ops if op.op != "equal"] == [
        ("delete", "[shall][should]"),
        ("insert", "shall"),
    ]


@pytest.mark.parametrize("seed", range(20))
def test_a_redline_has_at_most_six_marks_and_gives_both_texts(seed: int) -> None:
    import random

    rng = random.Random(seed)
    words = [
        "State",
        "shall",
        "may",
        "not",
        "grant",
        "amnesty",
        "pardon",
        "crimes",
        "against",
        "humanity",
        "the",
        "a",
        "of",
        "to",
        "for",
    ]
    old = " ".join(rng.choice(words) for _ in range(40)) + "."
    new = " ".join(w if rng.random() < 0.7 else rng.choice(words) for w in old[:-1].split()) + "."
    ops = phrase_diff(old, new)
    assert marks(ops) <= MAX_MARKS
    assert apply(ops, "old") == old and apply(ops, "new") == new


# ---------------------------------------------------------------- one change per need


def _accepted_text(path: Path) -> str:
    return "\n".join(p.text for p in load_draft(path).paragraphs)


def _inserted_texts(analysis: Analysis, library, mode: Mode = Mode.ALL) -> list[str]:  # type: ignore[no-untyped-def]
    result = reconcile(analysis, {}, mode)
    return [c.new_text for c in result.changes] + [i.text for i in result.insertions]


DRAFTS = [
    ("sample", None),
    *((p.name, p) for p in sorted(DEV.glob("*.docx"))),
]


@pytest.mark.parametrize(("name", "path"), DRAFTS, ids=[n for n, _ in DRAFTS])
def test_track_changes_writes_each_wording_once_and_never_touches_titles(
    name: str, path: Path | None, library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    draft = build_sample(tmp_path / "sample.docx") if path is None else path
    analysis = _analysis(draft, library)
    out = export_annotated(analysis, library, tmp_path / "out.docx", options=ExportOptions(mode=Mode.ALL))
    before, after = _accepted_text(draft), _accepted_text(out)
    texts = _inserted_texts(analysis, library)
    assert texts, "the draft must have something to change"
    assert len({t.casefold() for t in texts}) == len(texts)
    result = reconcile(analysis, {}, Mode.ALL)
    replaced = [analysis.draft.paragraph(c.part, c.paragraph).text[c.start : c.end] for c in result.changes]
    for text in texts:
        # (A bracketed reading of a rolling text may already hold it: the change resolves the brackets.)
        gone = sum(old.count(text) for old in replaced)
        assert after.count(text) == before.count(text) - gone + 1, text
    changed = {(c.part, c.paragraph) for c in result.changes}
    for f in analysis.findings:
        if is_title(analysis.draft, f):
            assert (f.part, f.paragraph) not in changed, f.text
    # A missing category supplied by a change is not inserted again.
    supplied = {analysis.findings[c.findings[0]].category for c in result.changes}
    assert not supplied & {analysis.missing[i.missing].category for i in result.insertions}


def test_the_french_title_is_left_alone_and_the_pardon_model_goes_in_once(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(DEV / "fr_projet_convention.docx", library)
    title = next(f for f in analysis.findings if f.text == "Grâce et exécution des peines")
    assert is_title(analysis.draft, title)
    plan = build_plan(analysis, library, options=ExportOptions(mode=Mode.ALL))
    new = [apply(r.ops, "new") for r in plan.replacements] + [i.text for i in plan.insertions]
    assert sum("grâce" in t.lower() and "commutation" in t.lower() for t in new) == 1
    assert not any(m.paragraph == title.paragraph for m in plan.marks)
    # The other pardon clause is told where the model is proposed, in French.
    comments = [m.comment or "" for m in plan.marks]
    assert any("Le modèle PAR-1 est proposé à" in c for c in comments)


def test_track_changes_changes_only_operative_weak_or_contrary_clauses(library) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(DEV / "rolling_text_en.docx", library)
    result = reconcile(analysis, {}, Mode.ALL)
    for change in result.changes:
        for i in change.findings[:1]:
            f = analysis.findings[i]
            assert f.stance is not Stance.CONFORMS
            assert f.label != "Preamble" and not f.quoted and f.part.value == "body"


def test_what_the_draft_lacks_is_recomputed_after_the_decisions(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(build_sample(tmp_path / "sample.docx"), library)
    amnesty = next(f for f in analysis.findings if f.category == "amnesty")
    assert "amnesty" in {m.category for m in reconcile(analysis, {}).lacking(analysis)}
    decisions = {finding_key(amnesty): Decision(Status.ACCEPTED)}
    result = reconcile(analysis, decisions)
    assert "amnesty" not in {m.category for m in result.lacking(analysis)}
    # Accepting the missing amnesty clause as well inserts nothing more.
    decisions[missing_key(next(m for m in analysis.missing if m.category == "amnesty"))] = Decision(
        Status.ACCEPTED
    )
    plan = build_plan(analysis, library, decisions)
    assert len(plan.replacements) == 1 and plan.insertions == []
    # An edited clause is the lawyer's own wording, and supplies its category too.
    decisions = {
        finding_key(amnesty): Decision(Status.EDITED, "No amnesty shall be granted for these crimes.")
    }
    plan = build_plan(analysis, library, decisions, ExportOptions(author="Ana Ruiz"))
    assert "Wording proposed by Ana Ruiz." in (plan.replacements[0].comment or "")
    assert "model" not in (plan.replacements[0].comment or "").lower()
    assert "amnesty" not in {m.category for m in reconcile(analysis, decisions).lacking(analysis)}


def test_the_preview_is_the_redline_the_export_writes(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(build_sample(tmp_path / "sample.docx"), library)
    for i, f in enumerate(analysis.findings):
        if not f.suggestion:
            continue
        shown = preview(analysis, {}, i)
        plan = build_plan(analysis, library, {finding_key(f): Decision(Status.ACCEPTED)})
        (written,) = [r for r in plan.replacements if r.paragraph == f.paragraph]
        assert shown.ops == written.ops


def test_a_paragraph_of_many_changes_keeps_six_marks_at_most(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sentence = "Each State may grant an amnesty for crimes against humanity where appropriate."
    draft = text_docx(
        tmp_path / "d.docx",
        [" ".join([sentence.replace("Each", w) for w in ("One", "Two", "Three", "Four")])],
    )
    analysis = _analysis(draft, library)
    decisions = {
        finding_key(f): Decision(Status.EDITED, f"Edited {n}: {f.text}")
        for n, f in enumerate(analysis.findings)
    }
    plan = build_plan(analysis, library, decisions)
    assert sum(marks(r.ops) for r in plan.replacements if r.paragraph == 0) <= MAX_MARKS


# ---------------------------------------------------------------- comments


def _comments(path: Path) -> list[docx.comments.Comment]:
    return list(docx.Document(str(path)).comments)


def test_comments_are_short_in_the_drafts_language_and_leave_conforming_clauses_alone(
    library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(DEV / "rolling_text_es.docx", library)
    out = export_annotated(analysis, library, tmp_path / "es.docx", options=ExportOptions(mode=Mode.COMMENTS))
    texts = [c.text for c in _comments(out)]
    flagged = [
        f for f in analysis.findings if f.stance is not Stance.CONFORMS and not is_title(analysis.draft, f)
    ]
    assert len(texts) >= len(flagged)
    for text in texts:
        lines = text.splitlines()
        assert 2 <= len(lines) <= 4, text
        assert not re.search(r"\((?:[a-z]+_[a-z_]+), (?:weak|contrary|conforms)\)", text)  # no internal ids
        assert "..'" not in text and not text.rstrip().endswith("..")
        if (cited := next((ln for ln in lines if ln.startswith("Precedentes: ")), None)) is not None:
            assert cited.count(";") <= 1  # two precedents at most
    assert any(t.splitlines()[1].startswith("Qué cambiar:") for t in texts)
    assert not any("What to change" in t or "Precedents:" in t for t in texts)
    # No conforming clause is highlighted or commented unless asked for.
    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    assert root.find(f".//{{{W}}}highlight[@{{{W}}}val='cyan']") is None
    asked = export_annotated(
        analysis,
        library,
        tmp_path / "es-all.docx",
        options=ExportOptions(mode=Mode.COMMENTS, include_conforming=True),
    )
    root = etree.fromstring(zipfile.ZipFile(asked).read("word/document.xml"))
    assert root.find(f".//{{{W}}}highlight[@{{{W}}}val='cyan']") is not None
    assert len(_comments(asked)) > len(texts)


def test_comments_only_changes_no_word(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_sample(tmp_path / "sample.docx")
    analysis = _analysis(sample, library)
    decisions = {finding_key(f): Decision(Status.ACCEPTED) for f in analysis.findings if f.suggestion}
    out = export_annotated(
        analysis, library, tmp_path / "c.docx", decisions, ExportOptions(mode=Mode.COMMENTS)
    )
    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    assert root.find(f".//{{{W}}}ins") is None and root.find(f".//{{{W}}}del") is None
    assert _accepted_text(out) == _accepted_text(sample)


def test_a_dismissed_finding_with_a_note_reads_plainly(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(build_sample(tmp_path / "sample.docx"), library)
    f = next(f for f in analysis.findings if f.category == "victims_rights" and f.stance is Stance.WEAK)
    decisions = {finding_key(f): Decision(Status.DISMISSED, None, "Agreed in the plenary", "Out of scope")}
    plan = build_plan(analysis, library, decisions, ExportOptions(author="Ana Ruiz"))
    (comment,) = [m.comment for m in plan.marks if m.paragraph == f.paragraph]
    assert comment is not None
    assert comment.splitlines() == [
        "Victims' rights to justice, truth and reparation: finding set aside by Ana Ruiz.",
        "Reason: Out of scope.",
        "Note: Agreed in the plenary",
    ]


def test_a_gap_shown_by_an_open_clause_is_said_in_that_clauses_comment(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'No explicit amnesty prohibition' goes first in the comment on the weak amnesty clause,
    not in a second comment on the same words; the hedge to delete is named."""
    analysis = _analysis(build_sample(tmp_path / "sample.docx"), library)
    plan = build_plan(analysis, library)
    amnesty = next(f for f in analysis.findings if f.category == "amnesty")
    on_it = [m.comment or "" for m in plan.marks if m.paragraph == amnesty.paragraph]
    assert len(on_it) == 1
    lines = on_it[0].splitlines()
    assert lines[0] == "Missing: no explicit amnesty prohibition."
    assert lines[2].startswith("What to change: delete “endeavour”") and "(model AMN-1)" in lines[2]
    assert len(lines) == 4
