"""The findings memo (``drafter report``), the comparison of two versions (``drafter compare``)
and the readable report's summary, filter and help, from the command line."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
import yaml

from drafter.cli import main
from drafter.library.memo_schema import MemoPhrases
from drafter.locations import in_draft_words
from tests.conftest import require_pdftotext
from tests.version_pairs import DEV, french_pair

ROOT = Path(__file__).resolve().parents[1]
FRENCH = DEV / "fr_projet_convention.docx"
ENGLISH = DEV / "rolling_text_en.docx"
SPANISH = DEV / "rolling_text_es.docx"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main([*args, "--json", "--no-user-library"]) == 0
    return json.loads(capsys.readouterr().out)


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return french_pair(tmp_path_factory.mktemp("versions"))


def test_report_docx_in_the_drafts_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    analysis = _json(capsys, "analyze", str(FRENCH))
    out = tmp_path / "note.docx"
    assert main(["report", str(FRENCH), "-o", str(out), "--no-user-library"]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Note sur les constatations : fr_projet_convention.docx"
    assert texts[1].startswith("Projet : fr_projet_convention.docx, enregistré le ")
    assert f"bibliothèque de clauses {analysis['library']['version']}" in texts[2]
    # The summary: the missing amnesty prohibition first, in bold, then the counts by stance.
    summary = texts.index("Résumé")
    assert texts[summary + 1] == "Aucune interdiction expresse de l’amnistie."
    assert document.paragraphs[summary + 1].runs[0].bold
    counts = {
        s: sum(f["stance"] == s for f in analysis["findings"]) for s in ("contrary", "weak", "conforms")
    }
    assert (
        f"Contraires : {counts['contrary']} ; faibles : {counts['weak']} ; conformes : {counts['conforms']} "
        f"({len(analysis['findings'])} constatations)." in texts
    )
    assert texts.index("Ce qui manque au projet") < texts.index("Constatations, dans l’ordre du projet")
    assert any(
        t.startswith("Insertion proposée après Article 4, paragraphe 2 (modèle AMN-1) : Chaque État")
        for t in texts
    )
    # The findings in draft order, numbered, each with its location, category and stance.
    heads = [t for t in texts if t[:1].isdigit() and ". " in t[:4] and " — " in t]
    assert len(heads) == len(analysis["findings"])
    located = sorted(analysis["findings"], key=lambda f: (f["part"] != "body", f["paragraph"], f["start"]))
    for n, (head, f) in enumerate(zip(heads, located, strict=True), start=1):
        stance = {"contrary": "contraire", "weak": "faible", "conforms": "conforme"}[f["stance"]]
        where = in_draft_words(f["label"], "fr")  # "Article 3, paragraphe 3": the memo's words
        assert head.startswith(f"{n}. {where} — ") and head.endswith(f" — {stance}")
    assert any(t.startswith("Pourquoi : ") for t in texts)
    assert any(t.startswith("Texte proposé : ") for t in texts)


def test_report_pdf_through_qt(tmp_path: Path) -> None:
    """``report -o MEMO.pdf`` in a process of its own (Qt laid out offscreen, no window), read
    back with pdftotext."""
    pdftotext = require_pdftotext()
    out = tmp_path / "memo.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "report", str(SPANISH), "-o", str(out), "--no-user-library"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(
        [pdftotext, "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Memorando de conclusiones: rolling_text_es.docx" in flat
    assert "Resumen" in flat and "Lo que le falta al proyecto" in flat
    assert "Ninguna cláusula conforme sobre non bis in idem" in flat
    assert "Observaciones, en el orden del proyecto" in flat
    assert flat.index("Resumen") < flat.index("Observaciones, en el orden del proyecto")
    assert "1. Preámbulo — " in flat and "Artículo 4, párrafo 1" in flat  # places in the memo's words
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info
    assert not [p for p in tmp_path.iterdir() if p.name != "memo.pdf"]  # no temporary file left


def test_report_csv_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    analysis = _json(capsys, "analyze", str(ENGLISH))
    out = tmp_path / "memo.csv"
    assert main(["report", str(ENGLISH), "-o", str(out), "--no-user-library"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "Item", "Location", "Category", "Stance", "Text", "Why", "Suggested wording", "Model", "Precedents",
        "Decision", "Note",
    ]  # fmt: skip
    findings = [r for r in rows if r["Item"] == "finding"]
    missing = [r for r in rows if r["Item"] == "missing"]
    assert len(findings) == len(analysis["findings"])
    assert len(missing) == len(analysis["missing"])
    assert [r["Stance"] for r in findings] == [
        f["stance"]
        for f in sorted(analysis["findings"], key=lambda f: (f["part"] != "body", f["paragraph"], f["start"]))
    ]
    contrary = next(r for r in findings if r["Stance"] == "contrary")
    assert contrary["Suggested wording"] and contrary["Model"] and contrary["Why"]
    assert all(r["Category"] and r["Location"] and r["Text"] for r in findings)


def test_report_stance_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "memo.csv"
    assert (
        main(["report", str(ENGLISH), "-o", str(out), "--stance", "contrary,weak", "--no-user-library"]) == 0
    )
    capsys.readouterr()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Item"] == "finding"]
    assert rows and {r["Stance"] for r in rows} == {"contrary", "weak"}
    data = _json(capsys, "analyze", str(FRENCH), "--stance", "contrary")
    assert {f["stance"] for f in data["findings"]} == {"contrary"}
    for m in data["missing"]:
        assert all(data["findings"][i]["category"] == m["category"] for i in m["partial_findings"])


def test_report_refuses_a_wrong_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(ENGLISH), "-o", str(tmp_path / "memo.txt"), "--no-user-library"]) == 2
    assert "neither a .docx, a .pdf nor a .csv" in capsys.readouterr().err
    draft = tmp_path / "draft.docx"
    draft.write_bytes(ENGLISH.read_bytes())
    assert main(["report", str(draft), "-o", str(draft), "--no-user-library"]) == 2
    assert "is the draft itself" in capsys.readouterr().err
    assert draft.read_bytes() == ENGLISH.read_bytes()


def test_report_compare_tells_what_changed(pair: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    old, new = pair
    out = tmp_path / "changes.docx"
    assert main(["report", str(new), "--compare", str(old), "-o", str(out), "--no-user-library"]) == 0
    assert "4 changes since projet-v1.docx" in capsys.readouterr().out
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Comparaison de deux versions : projet-v1.docx → projet-v2.docx"
    assert texts[2].startswith("Version antérieure : projet-v1.docx")
    start = texts.index("Modifications depuis projet-v1.docx")
    assert texts[start + 1] == "L’interdiction expresse de l’amnistie apparaît dans cette version."
    assert "Plus aucune clause conforme sur prescription." in texts
    assert (
        "Affaiblies : 1 ; renforcées : 1 ; ajoutées : 1 ; supprimées : 1 ; seulement reformulées : 0."
        in texts
    )
    assert "Article 3, paragraph 6 — Prescription — affaiblie (conforme → faible)" in texts
    assert "Article 3, paragraph 4 — Qualité officielle et immunités — renforcée (faible → conforme)" in texts
    assert "Article 7 — Exclusion des juridictions militaires et d'exception — supprimée (contraire)" in texts
    assert "Article 4, paragraph 3 — Amnisties et mesures similaires — ajoutée (conforme)" in texts
    # The redline: deletions struck through, insertions underlined.
    weakened = document.paragraphs[
        texts.index("Article 3, paragraph 6 — Prescription — affaiblie (conforme → faible)") + 1
    ]
    assert any(r.font.strike and r.text == "prend" for r in weakened.runs)
    assert any(r.font.underline and "dans la mesure du possible" in r.text for r in weakened.runs)


def test_compare_json_contract(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair
    data = _json(capsys, "compare", str(old), str(new))
    assert data["amnesty_prohibition"] == "appeared"
    assert data["old"]["path"] == str(old) and data["new"]["path"] == str(new)
    assert data["old"]["language"] == "fr" and "amnesty" in data["old"]["missing"]
    assert data["gaps"] == {"opened": ["statute_of_limitations"], "closed": ["amnesty"]}
    counts = data["counts"]
    assert (counts["weakened"], counts["strengthened"], counts["added"], counts["removed"], counts["reworded"]) == (
        1, 1, 1, 1, 0,
    )  # fmt: skip
    kinds = {
        c["kind"]: (entry["category"], (c["new"] or c["old"])["label"])
        for entry in data["categories"]
        for c in entry["changes"]
    }
    assert kinds == {
        "weakened": ("statute_of_limitations", "Article 3, paragraph 6"),
        "strengthened": ("official_capacity", "Article 3, paragraph 4"),
        "removed": ("military_jurisdiction", "Article 7"),
        "added": ("amnesty", "Article 4, paragraph 3"),
    }
    for entry in data["categories"]:
        assert sum(entry["counts"].values()) >= len(entry["changes"])
        for c in entry["changes"]:
            assert "".join(op["text"] for op in c["redline"] if op["op"] != "insert") == (c["old"] or {}).get(
                "text", ""
            )
            assert "".join(op["text"] for op in c["redline"] if op["op"] != "delete") == (c["new"] or {}).get(
                "text", ""
            )


def test_compare_readable_form(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair
    assert main(["compare", str(old), str(new), "--no-user-library"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Earlier version: projet-v1.docx (18 findings)"
    assert "The explicit amnesty prohibition APPEARED in the later version." in lines
    assert "- WEAKENED: Article 3, paragraph 6 — conforms → weak" in lines
    assert "- STRENGTHENED: Article 3, paragraph 4 — weak → conforms" in lines
    assert "- REMOVED: Article 7 — contrary" in lines
    assert "- ADDED: Article 4, paragraph 3 — conforms" in lines
    assert "[-prend-]{+s’efforce, dans la mesure du possible, de prendre+}" in " ".join(out.split())
    assert all(len(line) <= 100 for line in lines)


def test_analyze_report_summary_first_filter_and_wrapped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(FRENCH), "--no-user-library"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[3].startswith("Summary: 4 contrary, 5 weak, 9 conforming (18 findings).")
    assert lines[4] == "  MISSING: no explicit amnesty prohibition."
    assert lines.index("Findings (18)") > 4
    assert all(len(line) <= 100 for line in lines), max(lines, key=len)  # precedent lines wrapped too
    assert main(["analyze", str(FRENCH), "--stance", "contrary,weak", "--no-user-library"]) == 0
    out = capsys.readouterr().out
    assert "Findings: contrary, weak (9 of 18)" in out
    assert " — conforms (score" not in out


@pytest.mark.parametrize(
    "command", ["analyze", "report", "compare", "annotate", "gui", "library", "library check"]
)
def test_every_command_has_a_clean_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*command.split(), "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: drafter {command} [-h]")
    assert "{analyze" not in out and "_MIN" not in out  # no garbled usage, no SHOUTED metavars


def test_every_language_has_every_memo_phrase() -> None:
    for lang in ("en", "es", "fr"):
        raw = yaml.safe_load((ROOT / "clause_library" / "languages" / f"{lang}.yaml").read_text("utf-8"))
        phrases = MemoPhrases.model_validate(raw["memo"])
        assert [k for k, v in phrases.model_dump().items() if v is None] == [], lang
