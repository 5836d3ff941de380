"""The findings memo as files: a new .docx (python-docx) and a .csv (Qt-free).

The .docx is a new document built with python-docx's ordinary API (headings, paragraphs, runs);
it never touches the user's draft, whose WordprocessingML only drafter/ooxml/ reads and writes.
The PDF is laid out by Qt (drafter/app/memo_print.py). Each file is written through a temporary
file in its folder and then put in place in one step; the draft itself is never the output.
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from drafter.compare import render_redline
from drafter.errors import OutputError
from drafter.i18n import _
from drafter.memo import Memo, MemoFinding, short_quote
from drafter.model import Stance
from drafter.paths import atomic_write, output_problem

FORMATS = (".docx", ".pdf", ".csv")
TEMP_PREFIX = ".~drafter-memo-"
STANCE_RGB = {
    Stance.CONTRARY: (0xB3, 0x26, 0x1E),
    Stance.WEAK: (0x8A, 0x5A, 0x00),
    Stance.CONFORMS: (0x1B, 0x6E, 0x2A),
}


def check_memo_output(draft: Path, output: Path) -> str:
    """The output's format (".docx", ".pdf" or ".csv"), after refusing an output that is the
    draft, has another ending, or cannot be written."""
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(
            _("'{name}' is neither a .docx, a .pdf nor a .csv file.").format(name=output.name),
            _("Name the memo MEMO.docx, MEMO.pdf or MEMO.csv."),
        )
    problem = output_problem(draft, output, "memo", _(".docx, .pdf or .csv"))
    if problem is not None:
        raise OutputError(*problem)
    return suffix


@contextlib.contextmanager
def atomic_output(output: Path) -> Iterator[Path]:
    """A temporary path beside ``output`` for a writer that wants a path (python-docx, Qt's PDF
    writer); on success its bytes are put in the place of ``output`` by the one atomic write
    (through a symbolic link, which stays; a replaced file keeps its permissions)."""
    target = output.resolve() if output.is_symlink() else output
    tmp = target.parent / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{target.suffix}"
    try:
        yield tmp
        if not tmp.exists():
            raise OutputError(
                _("'{path}' could not be written.").format(path=output),
                _("Check the folder and free disk space."),
            )
        data = tmp.read_bytes()  # a memo: small
        atomic_write(target, lambda fh: fh.write(data), temp_prefix=TEMP_PREFIX)
    except OSError as exc:
        raise OutputError(
            _("'{path}' cannot be written ({reason}).").format(path=output, reason=exc.strerror),
            _("Check the folder and free disk space."),
        ) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# ---------------------------------------------------------------------------- .docx


def write_memo_docx(memo: Memo, output: Path) -> Path:
    import docx
    from docx.shared import Pt, RGBColor

    w = memo.words
    document = docx.Document()
    document.core_properties.title = memo.title
    document.core_properties.language = memo.language
    document.core_properties.author = "Drafter"
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    document.add_heading(memo.title, level=1)
    for line in memo.header:
        p = document.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    document.add_heading(w["summary"], level=2)
    for n, line in enumerate(memo.summary):
        run = document.add_paragraph(style="List Bullet").add_run(line)
        run.bold = n == 0 and bool(memo.gaps) and memo.gaps[0].category_id == "amnesty"
    if memo.changes is not None:
        document.add_heading(w["changes"], level=2)
        for line in memo.change_summary:
            document.add_paragraph(line, style="List Bullet")
        if not memo.changes:
            document.add_paragraph(w["no_changes"])
        for c in memo.changes:
            head = document.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.add_run(c.location).bold = True
            head.add_run(f" — {c.category} — ")
            head.add_run(c.kind_word).bold = True
            head.add_run(f" ({c.stance})")
            body = document.add_paragraph()
            body.paragraph_format.left_indent = Pt(12)
            for op in c.redline:
                run = body.add_run(op.text)
                if op.op == "delete":
                    run.font.strike = True
                    run.font.color.rgb = RGBColor(0xB3, 0x26, 0x1E)
                elif op.op == "insert":
                    run.font.underline = True
                    run.font.color.rgb = RGBColor(0x1A, 0x5F, 0xB4)
    if memo.gaps:
        document.add_heading(w["lacks"], level=2)
        for g in memo.gaps:
            head = document.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.add_run(g.headline).bold = True
            if g.partial:
                head.add_run(f" {g.partial}")
            body = document.add_paragraph()
            body.paragraph_format.left_indent = Pt(12)
            body.add_run(f"{g.lead} ")
            body.add_run(g.suggestion).italic = True
            if g.decision or g.note:
                extra = document.add_paragraph(
                    f"{w['decision:']} " + "; ".join(x for x in (g.decision, g.note) if x)
                )
                extra.paragraph_format.left_indent = Pt(12)
    document.add_heading(w["findings"], level=2)
    if not memo.findings:
        document.add_paragraph(w["no_findings"])
    for f in memo.findings:
        _docx_finding(document, f, w)
    with atomic_output(output) as tmp:
        document.save(str(tmp))
    return output


def _docx_finding(document: Any, f: MemoFinding, w: dict[str, str]) -> None:
    from docx.shared import Pt, RGBColor

    head = document.add_paragraph()
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.space_after = Pt(1)
    head.paragraph_format.keep_with_next = True
    head.add_run(f"{f.number}. {f.location}").bold = True
    head.add_run(f" — {f.category} — ")
    stance = head.add_run(f.stance_word)
    stance.bold = True
    stance.font.color.rgb = RGBColor(*STANCE_RGB[f.stance])
    if f.quoted:
        head.add_run(f" {w['quoted']}")

    def line(label: str | None, text: str, italic: bool = False) -> None:
        p = document.add_paragraph()
        p.paragraph_format.left_indent = Pt(12)
        p.paragraph_format.space_after = Pt(1)
        if label:
            p.add_run(f"{w[label + ':']} ").bold = True
        p.add_run(text).italic = italic

    line(None, f"“{f.quote}”", italic=True)
    if f.stance is Stance.CONFORMS and not (f.decision or f.note):
        return  # (a conforming clause needs no more than where it is and what it says)
    if f.why:
        line("why", f.why)
    if f.suggestion:
        line("suggestion", f.suggestion)
    refs = f.model + (f" · {w['precedents:']} " + "; ".join(f.precedents) if f.precedents else "")
    line("model", refs)
    if f.decision:
        line("decision", f.decision)
    if f.note:
        line("note", f.note)


# ---------------------------------------------------------------------------- .csv

CSV_FIELDS = (
    "item",
    "location",
    "category",
    "stance",
    "quote",
    "why",
    "suggestion",
    "model",
    "precedents",
    "decision",
    "note",
)


def memo_rows(memo: Memo) -> list[list[str]]:
    """The memo as a table: a header row in the memo's language, then one row per finding in
    draft order, one per missing category, and (with an earlier version) one per change."""
    w = memo.words
    rows = [[w[name] for name in CSV_FIELDS]]
    for f in memo.findings:
        rows.append(
            [
                w["finding_row"],
                f.location,
                f.category,
                f.stance_word,
                f.quote,
                f.why,
                f.suggestion or "",
                f.model,
                "; ".join(f.precedents),
                f.decision or "",
                f.note or "",
            ]
        )
    for g in memo.gaps:
        rows.append(
            [
                w["missing_row"],
                g.place,
                g.headline,
                w["missing_stance"],
                "",
                "",
                g.suggestion,
                g.model,
                "; ".join(g.precedents),
                g.decision or "",
                g.note or "",
            ]
        )
    for c in memo.changes or []:
        rows.append(
            [
                c.kind_word,
                c.location,
                c.category,
                c.stance,
                short_quote(render_redline(c.redline), 600),
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        )
    return rows


def write_memo_csv(memo: Memo, output: Path) -> Path:
    # UTF-8 with a byte-order mark: what Excel needs to read accented letters right.
    with atomic_output(output) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(memo_rows(memo))
    return output
