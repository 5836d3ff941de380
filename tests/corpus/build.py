"""Build the real-text corpus (NAME.docx + NAME.labels.json) from its sources in src/.

usage (from the checkout root):  .venv/bin/python tests/corpus/build.py [--check]

Each instrument is one file src/NAME.yaml: where the text comes from, the exact text of the
excerpt as a list of paragraphs, and a lawyer's labels on those paragraphs (the conventions of
../shared/eval-dev, read by ../shared/tools/score_findings.py).  The script validates every
source, writes NAME.docx with python-docx (one w:p per listed paragraph, headings in heading
styles), reopens it, checks that its paragraphs are the listed ones in order, and writes
NAME.labels.json with their indices.  --check validates and compares without writing.

The docx bytes are not deterministic (zip timestamps); the paragraphs and labels are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import docx
import yaml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
QUOTE_WORDS = 10
LEVELS = ("MUST", "SHOULD", "OPTIONAL", "MUST-NOT", "NOFLAG")
CATEGORIES = (
    "amnesty",
    "pardon",
    "statute_of_limitations",
    "official_capacity",
    "superior_orders",
    "ne_bis_in_idem",
    "military_jurisdiction",
    "penalties",
    "victims_rights",
    "aut_dedere_aut_judicare",
)
STYLES = {"title": "Title", "heading": "Heading 2", "p": None}
LANGUAGES = ("en", "es", "fr")
REQUIRED = (
    "name",
    "title",
    "language",
    "kind",
    "source",
    "excerpt",
    "lacks_amnesty_prohibition",
    "paragraphs",
)


class SourceError(ValueError):
    pass


def _labels(spec: dict[str, Any], where: str) -> list[dict[str, Any]]:
    raw = spec.get("labels", [])
    if "label" in spec:
        raw = [spec["label"], *raw]
    out = []
    for lab in raw:
        unknown = set(lab) - {"level", "cats", "contrast", "note"}
        if unknown:
            raise SourceError(f"{where}: unknown label keys {sorted(unknown)}")
        level = lab.get("level")
        if level not in LEVELS:
            raise SourceError(f"{where}: level {level!r} is not one of {LEVELS}")
        cats = list(lab.get("cats") or [])
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            raise SourceError(f"{where}: unknown categories {bad}")
        note = str(lab.get("note") or "").strip()
        if not note:
            raise SourceError(f"{where}: every label needs a note saying why")
        out.append({"level": level, "cats": cats, "contrast": bool(lab.get("contrast", False)), "note": note})
    return out


def load_source(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise SourceError(f"{path.name}: missing keys {missing}")
    if data["name"] != path.stem:
        raise SourceError(f"{path.name}: name {data['name']!r} differs from the file name")
    if data["language"] not in LANGUAGES:
        raise SourceError(f"{path.name}: language must be one of {LANGUAGES}")
    if not str(data["source"]).startswith(("http://", "https://")):
        raise SourceError(f"{path.name}: source must be the address the text was taken from")
    if not isinstance(data["lacks_amnesty_prohibition"], bool):
        raise SourceError(f"{path.name}: lacks_amnesty_prohibition must be true or false")
    paragraphs = []
    for i, raw in enumerate(data["paragraphs"]):
        where = f"{path.name} paragraph {i}"
        spec = {"text": raw} if isinstance(raw, str) else raw
        kind = spec.get("kind", "p")
        if kind not in STYLES:
            raise SourceError(f"{where}: kind {kind!r} is not one of {sorted(STYLES)}")
        text = str(spec.get("text", "")).strip()
        if not text or "\n" in text:
            raise SourceError(f"{where}: a paragraph is one non-empty line of text")
        paragraphs.append({"kind": kind, "text": text, "labels": _labels(spec, where)})
    data["paragraphs"] = paragraphs
    return data


def write_docx(source: dict[str, Any], out: Path) -> None:
    document = docx.Document()
    # (Word's title property holds 255 characters; a long descriptive title is cut there.)
    title = source["title"]
    document.core_properties.title = title if len(title) <= 255 else title[:254] + "…"
    document.core_properties.language = source["language"]
    for para in source["paragraphs"]:
        style = STYLES[para["kind"]]
        document.add_paragraph(para["text"], style=style) if style else document.add_paragraph(para["text"])
    document.save(str(out))


def body_texts(path: Path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def quote(text: str) -> str:
    return " ".join(text.split()[:QUOTE_WORDS])


def labels_file(source: dict[str, Any], docx_name: str, count: int) -> dict[str, Any]:
    labels = []
    for index, para in enumerate(source["paragraphs"]):
        for lab in para["labels"]:
            labels.append({"quote": quote(para["text"]), **lab, "paragraph": index})
    return {
        "document": docx_name,
        "lacks_amnesty_prohibition": source["lacks_amnesty_prohibition"],
        "paragraphs": count,
        "labels": labels,
        "unmatched": [],
    }


def build(check_only: bool) -> list[str]:
    problems: list[str] = []
    sources = sorted(SRC.glob("*.yaml"))
    for path in sources:
        try:
            source = load_source(path)
        except (SourceError, yaml.YAMLError) as exc:
            problems.append(str(exc))
            continue
        out = HERE / f"{path.stem}.docx"
        if not check_only:
            write_docx(source, out)
        if not out.exists():
            problems.append(f"{out.name}: not built")
            continue
        wanted = [p["text"] for p in source["paragraphs"]]
        got = body_texts(out)
        if got != wanted:
            problems.append(f"{out.name}: its paragraphs differ from {path.name}")
            continue
        labels = labels_file(source, out.name, len(got))
        target = HERE / f"{path.stem}.labels.json"
        text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
        if check_only:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                problems.append(f"{target.name}: out of date (run build.py)")
        else:
            target.write_text(text, encoding="utf-8")
    stems = {p.stem for p in sources}
    for stray in HERE.glob("*.labels.json"):
        if stray.name[: -len(".labels.json")] not in stems:
            problems.append(f"{stray.name}: no source in src/")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate and compare; write nothing")
    args = parser.parse_args()
    problems = build(args.check)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(list(SRC.glob('*.yaml')))} instruments OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
