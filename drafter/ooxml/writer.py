"""Writing an annotated copy of a draft: the thin layer that opens the draft, has the plan
carried out and saves the copy.

The caller describes what to do with plain records (``plan.ExportPlan``). The work is done
by the modules beside this one, in the way python-docx layers its oxml: run-level surgery
(``runs``: exact span boundaries, highlights, tracked replacements), paragraph insertions
(``paragraphs``) and the comments part (``comments``). This module orchestrates them, checks
the output and writes it atomically next to the destination. The source is never modified.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.oxml.parser import parse_xml as docx_parse_xml
from docx.parts.document import DocumentPart
from lxml import etree

from drafter.errors import Cancelled, DrafterError, NotADocxError, OutputError
from drafter.i18n import _
from drafter.model import Part
from drafter.ooxml.comments import CommentPart
from drafter.ooxml.package import SAFE_PARSER, find_main_part, guarded, inspect_package
from drafter.ooxml.paragraphs import insert_paragraph, insertion_points
from drafter.ooxml.plan import HIGHLIGHTS, ExportPlan, ParagraphInsertion, Replacement, SpanMark
from drafter.ooxml.runs import Revisions, apply_highlight, isolate, replace_tracked
from drafter.ooxml.text import W_P, W_R, parent, w
from drafter.paths import atomic_write, output_problem

__all__ = [
    "HIGHLIGHTS",
    "ExportPlan",
    "ParagraphInsertion",
    "Replacement",
    "SpanMark",
    "check_output",
    "copy_suffix",
    "write_docx",
]

_W_ID = w("id")


def _footnotes(document: docx.document.Document) -> tuple[object | None, etree._Element | None]:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            root = docx_parse_xml(part.blob)
            return part, root
    return None, None


def _other_notes(document: docx.document.Document) -> list[etree._Element]:
    """The endnotes part, parsed only to keep its ids out of the ids this export adds."""
    return [
        docx_parse_xml(rel.target_part.blob)
        for rel in document.part.rels.values()
        if rel.reltype == RT.ENDNOTES and not rel.is_external
    ]


def _comment_parts(document: docx.document.Document) -> list:
    return [
        rel.target_part
        for rel in document.part.rels.values()
        if rel.reltype == RT.COMMENTS and not rel.is_external and hasattr(rel.target_part, "element")
    ]


def _footnote_id(p: etree._Element) -> str | None:
    anc = p.getparent()
    while anc is not None and anc.tag != w("footnote"):
        anc = anc.getparent()
    return anc.get(_W_ID) if anc is not None else None


def _footnote_reference_run(body: etree._Element, p: etree._Element) -> etree._Element | None:
    """The body run that carries the reference mark of the footnote holding ``p``."""
    note_id = _footnote_id(p)
    if note_id is None:
        return None
    for ref in body.iter(w("footnoteReference")):
        if ref.get(_W_ID) == note_id:
            run = ref.getparent()
            return run if run is not None and run.tag == W_R else None
    return None


MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TEMPLATE_MAIN = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
# What each kind of main part becomes in the copy: a template gives a document (.dotx a .docx,
# .dotm a .docm); a macro-enabled document stays one, its macros kept byte for byte (python-docx
# carries parts it does not know as they are, and nothing here runs them).
_COPY_TYPE = {
    CT.WML_DOCUMENT_MAIN: CT.WML_DOCUMENT_MAIN,
    MACRO_MAIN: MACRO_MAIN,
    TEMPLATE_MAIN: CT.WML_DOCUMENT_MAIN,
    MACRO_TEMPLATE_MAIN: MACRO_MAIN,
}
for _type in _COPY_TYPE:  # python-docx reads each as its document part
    PartFactory.part_type_for.setdefault(_type, DocumentPart)
TEMP_PREFIX = ".~drafter-"
STALE_AFTER = 3600.0  # seconds: a temporary file this old was left by a run that died


def copy_suffix(src: Path) -> str:
    """The suffix the annotated copy of ``src`` takes: .docm for a macro-enabled draft, else .docx."""
    return ".docm" if _main_content_type(src) in (MACRO_MAIN, MACRO_TEMPLATE_MAIN) else ".docx"


def _main_content_type(src: Path) -> str:
    try:
        with zipfile.ZipFile(src) as zf:
            main = find_main_part(zf)
            root = etree.fromstring(zf.read("[Content_Types].xml"), SAFE_PARSER)
    except Exception:  # a damaged draft: refused with its reason where it is read
        return CT.WML_DOCUMENT_MAIN
    for el in root:
        if el.get("PartName", "").lstrip("/") == main:
            return el.get("ContentType") or CT.WML_DOCUMENT_MAIN
    return CT.WML_DOCUMENT_MAIN


def check_output(src: Path, dst: Path) -> None:
    """Refuse an output that is the draft itself or cannot be written, before any work.

    A symbolic link given as the output is written through: the file it points to is replaced
    and the link stays, as Word and LibreOffice save through a link (replacing the link itself
    would silently cut it from the file the user meant)."""
    problem = output_problem(src, dst, "output", ".docx")
    if problem is not None:
        raise OutputError(*problem)
    if dst.is_symlink():
        dst = dst.resolve()
    suffix = copy_suffix(src) if src.suffix.lower() in (".docm", ".dotm", ".dotx", ".docx") else ""
    if suffix and dst.suffix.lower() in (".docx", ".docm") and dst.suffix.lower() != suffix:
        mismatch = (
            _(
                "'{name}' does not fit: a macro-enabled draft gives a .docm copy (Word refuses a file "
                "whose name does not match its kind)."
            )
            if suffix == ".docm"
            else _(
                "'{name}' does not fit: this draft gives a .docx copy (Word refuses a file whose name "
                "does not match its kind)."
            )
        )
        raise OutputError(
            mismatch.format(name=dst.name), _("Name the output ...{ending}.").format(ending=suffix)
        )


def write_docx(
    src: str | Path,
    dst: str | Path,
    plan: ExportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``src`` with ``plan`` applied to ``dst``, atomically. ``src`` is never modified."""
    src_path, dst_path = Path(src), Path(dst)
    inspect_package(src_path)
    check_output(src_path, dst_path)
    if dst_path.is_symlink():
        dst_path = dst_path.resolve()  # written through (check_output says why)
    with guarded(src_path):  # python-docx's reading of the draft, as the reader's
        document = _open_document(src_path)
        body = document.element.body
        body_ps = list(body.iter(W_P))
        foot_part, foot_root = _footnotes(document)
        foot_ps = list(foot_root.iter(W_P)) if foot_root is not None else []
        roots = [document.element] + ([foot_root] if foot_root is not None else [])
        roots += [part.element for part in _comment_parts(document)]
        roots += _other_notes(document)
    planned_comments = len(plan.marks) + len(plan.replacements) + len(plan.insertions)
    revisions = Revisions(roots, plan.author, plan.date, reserve=planned_comments)
    comments = CommentPart(document, plan.author, plan.initials, revisions.first_free)

    def paragraph(part: Part, index: int) -> etree._Element:
        seq = body_ps if part is Part.BODY else foot_ps
        if not 0 <= index < len(seq):
            raise ValueError(f"paragraph {index} of {part.value} does not exist")
        return seq[index]

    # Per paragraph, right to left, so that offsets of earlier spans stay valid.
    jobs: dict[tuple[Part, int], list[SpanMark | Replacement]] = defaultdict(list)
    for m in plan.marks:
        jobs[(m.part, m.paragraph)].append(m)
    for r in plan.replacements:
        jobs[(r.part, r.paragraph)].append(r)
    total = len(jobs) + len(plan.insertions)
    done = 0
    severity = {None: 0, "cyan": 1, "yellow": 2, "magenta": 3}
    for (part, index), items in jobs.items():
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        p = paragraph(part, index)
        items.sort(
            key=lambda j: (
                -j.start,
                isinstance(j, Replacement),
                severity.get(j.highlight, 0) if isinstance(j, SpanMark) else 9,
            )
        )
        for job in items:
            if isinstance(job, Replacement):
                first, last = replace_tracked(p, job.start, job.end, job.ops, revisions)
                anchor = (first, last, p)
            else:
                runs = isolate(p, job.start, job.end)
                if not runs:
                    continue
                if job.highlight:
                    for run in runs:
                        apply_highlight(run, job.highlight)
                anchor = (runs[0], runs[-1], p)
            if not job.comment or anchor[0] is None or anchor[1] is None:
                continue
            if part is Part.FOOTNOTES:
                # LibreOffice cannot load comments inside footnotes: anchor on the note's reference mark.
                ref = _footnote_reference_run(body, p)
                if ref is not None:
                    comments.add(
                        plan.footnote_note.format(number=_footnote_id(p)) + job.comment, ref, ref, parent(ref)
                    )
                continue
            comments.add(job.comment, anchor[0], anchor[1], anchor[2])
        done += 1
        if progress is not None:
            progress(done, total)
    # Insertions from the end backwards keep the indices of earlier anchors valid; several after
    # the same paragraph go in last-first, so that they read in the plan's order.
    insertions = list(enumerate(insertion_points(plan.insertions, body_ps)))
    insertions.sort(
        key=lambda item: (-(item[1].after if item[1].after is not None else len(body_ps)), -item[0])
    )
    for _order, ins in insertions:
        new_p = insert_paragraph(body, body_ps, ins, revisions if ins.tracked else None)
        if ins.comment:
            runs = [r for r in new_p.iter(W_R)]
            if runs:
                comments.add(ins.comment, runs[0], runs[-1], new_p)
        done += 1
        if progress is not None:
            progress(done, total)
    if foot_part is not None and foot_root is not None:
        foot_part._blob = etree.tostring(foot_root, xml_declaration=True, encoding="UTF-8", standalone=True)  # type: ignore[attr-defined]
    _save_atomically(document, dst_path)


def _open_document(src: Path) -> docx.document.Document:
    """The draft as python-docx's document, with its main part of a kind the copy can be."""
    from docx.package import Package

    try:
        part = Package.open(str(src)).main_document_part
    except Exception:  # python-docx raises many kinds on odd packages
        raise NotADocxError(
            _("'{name}' cannot be opened for writing: its package is not one Drafter can copy.").format(
                name=src.name
            ),
            _("Re-save the draft from Word as a .docx and try again."),
        ) from None
    copy_type = _COPY_TYPE.get(part.content_type)
    if copy_type is None or not isinstance(part, DocumentPart):
        raise NotADocxError(
            _(
                "'{name}' is not a Word document that Drafter can annotate (its main part is '{type}')."
            ).format(name=src.name, type=part.content_type),
            _("Re-save the draft from Word as a .docx and try again."),
        )
    part._content_type = copy_type  # a template's copy is a document
    document = part.document
    if len(document.element.findall(w("body"))) > 1:
        raise NotADocxError(
            _(
                "'{name}' has two document bodies, which Word never writes; Drafter cannot tell "
                "which one is the draft."
            ).format(name=src.name),
            _("Open it in Word and save it again, then try again."),
        )
    return document


def _save_atomically(document: docx.document.Document, dst: Path) -> None:
    """Write ``dst`` through a temporary file in its folder (``paths.atomic_write``), checked to
    be a valid package before it replaces ``dst``. Temporary files left by a run that died are
    removed."""
    _remove_stale_temporaries(dst.parent)
    try:
        atomic_write(dst, document.save, temp_prefix=TEMP_PREFIX, check=check_written)
    except OSError as exc:
        raise OutputError(
            _("'{path}' cannot be written ({reason}).").format(path=dst, reason=exc.strerror or exc),
            _("Check the folder and free disk space."),
        ) from None


def check_written(path: Path) -> None:
    """Refuse a copy that is not a valid package with well-formed XML (the last guard: whatever
    the draft held, the lawyer never receives a file Word reports as damaged)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if len(names) != len(set(names)):
                raise ValueError(_("a part is in it twice"))
            if zf.testzip() is not None:
                raise ValueError(_("a part does not decompress"))
            for name in names:
                if name.lower().endswith((".xml", ".rels")):
                    root = etree.fromstring(zf.read(name), SAFE_PARSER).getroottree()
                    if getattr(root.docinfo, "doctype", ""):
                        raise ValueError(_("'{part}' has a DOCTYPE").format(part=name))
    except (DrafterError, Cancelled):
        raise
    except Exception as exc:
        raise OutputError(
            _("The annotated copy of this draft came out damaged ({reason}); nothing was written.").format(
                reason=exc
            ),
            _("Please report it; meanwhile re-save the draft from Word as a .docx and try again."),
        ) from None


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files of earlier exports into ``folder`` whose process is gone or which are
    older than STALE_AFTER (a crash or a power cut between writing and renaming)."""
    import time

    now = time.time()
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*"))
    except OSError:
        return
    for path in candidates:
        if not path.is_file() or path.suffix.lower() not in (".docx", ".docm"):
            continue
        pid_text = path.name[len(TEMP_PREFIX) :].split("-", 1)[0]
        alive = False
        if pid_text.isdigit() and int(pid_text) != os.getpid():
            try:
                os.kill(int(pid_text), 0)
                alive = True
            except ProcessLookupError:
                alive = False
            except OSError:
                alive = True  # someone else's process: leave its file alone
        with contextlib.suppress(OSError):
            if not alive or now - path.stat().st_mtime > STALE_AFTER:
                path.unlink()
