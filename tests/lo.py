"""LibreOffice as an independent reader of Drafter's exports (test helpers, not a test module).

- ``to_pdf`` converts .docx files to PDF, one ``soffice --convert-to pdf`` call per batch.
- ``resolve`` accepts or rejects all tracked changes in LibreOffice (through UNO, by
  ``tests/uno_resolve.py`` run with a Python that can ``import uno``) and returns the text
  of every paragraph, table cells included.
- ``expected_paragraphs`` is what LibreOffice should show for a document according to
  Drafter's own reader, and ``same`` compares it with what LibreOffice shows; the rules
  are listed above ``expected_paragraphs``, each for a documented difference in how
  LibreOffice represents the same text.

soffice always runs headless with a private profile in a temporary folder of this test
session, so the tests never read or change the user's LibreOffice settings and never hand
their work to a LibreOffice the user has open. Every file is loaded with Word's import
filter: LibreOffice would otherwise open a damaged .docx as plain text and "succeed".
"""

from __future__ import annotations

import atexit
import contextlib
import difflib
import functools
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from drafter.document import load_draft
from drafter.ooxml.package import inspect_package, parse_xml
from drafter.ooxml.text import (
    MC_FALLBACK,
    W_BR,
    W_P,
    W_PPR,
    W_RPR,
    W_SOFT_HYPHEN,
    W_T,
    W_TXBX_CONTENT,
    text_nodes,
    w,
)
from tests.conftest import require_soffice

DOCX_FILTER = "MS Word 2007 XML"
BATCH = 40  # files per soffice call: a hang or crash costs at most one batch, converted again file by file
WORKERS = max(1, min(4, os.cpu_count() or 1))  # soffice processes at a time
BATCH_SECONDS = 600
FILE_SECONDS = 120
RESOLVER = Path(__file__).with_name("uno_resolve.py")
MODES = ("accept", "reject", "none")


# ---------------------------------------------------------------- finding the tools


@functools.cache
def _session_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="drafter-lo-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def profile_uri(name: str) -> str:
    """A private LibreOffice profile for this test session (created by soffice on first use)."""
    return (_session_dir() / name).as_uri()


@functools.cache
def uno_python() -> str | None:
    """A Python that can ``import uno`` (Debian's python3-uno): /usr/bin/python3, else python3 on PATH."""
    candidates = ["/usr/bin/python3", shutil.which("python3")]
    for exe in dict.fromkeys(c for c in candidates if c):
        try:
            result = subprocess.run(
                [exe, "-c", "import uno"], capture_output=True, timeout=60, env=_clean_env(), check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if result.returncode == 0:
            return exe
    return None


def require_uno_python() -> str:
    """The Python with UNO; in CI its absence is a failure, elsewhere a skip (as ``require_soffice``)."""
    exe = uno_python()
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("a Python that can 'import uno' is required in CI (Debian package python3-uno)")
        pytest.skip("no Python with LibreOffice's UNO bridge (python3-uno) is installed")
    return exe


def _clean_env() -> dict[str, str]:
    """The environment for the system Python: nothing of this virtualenv's Python settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.setdefault("HOME", str(_session_dir()))
    return env


def _run(
    cmd: Sequence[str], timeout: float, stdin: str | None = None, grace: float = 0
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` in its own process group; on timeout kill the whole group (soffice forks).

    With ``grace``, the group first gets SIGTERM and that many seconds to clean up (the UNO
    script then stops the soffice it started in a group of its own).
    """
    with subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_clean_env(),
        start_new_session=True,
    ) as proc:
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            if grace:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(grace)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # nothing of it may outlive the call
    return subprocess.CompletedProcess(list(cmd), proc.returncode, out, err)


# ---------------------------------------------------------------- PDF conversion


# Digests of the files that converted to PDF in this session, so that no file is converted twice.
_CONVERTED: set[str] = set()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def converted_before(path: Path) -> bool:
    """True if a file with the very same bytes as ``path`` converted to PDF earlier in this session."""
    return _digest(path) in _CONVERTED


def to_pdf(paths: Path | Iterable[Path], outdir: Path) -> dict[Path, bool]:
    """Convert .docx files to PDF in ``outdir``; per file, whether LibreOffice loaded and converted it.

    Files are converted in batches, one soffice call each, WORKERS calls at a time (each
    with a profile of its own), each batch into a subfolder of ``outdir``. A file
    LibreOffice cannot load ("Error: source file could not be loaded") leaves no PDF and
    counts as a failure. If a batch hangs, its files are converted again one by one, so
    that only the culprit fails.
    """
    soffice = require_soffice()
    files = [paths] if isinstance(paths, Path) else list(paths)
    batches = _batches(files)
    results: dict[Path, bool] = {}

    def work(worker: int) -> None:
        profile = profile_uri(f"lo-profile-{worker}")
        for number in range(worker, len(batches), WORKERS):
            batch, folder = batches[number], outdir / f"batch-{number:03d}"
            try:
                results.update(_convert(soffice, profile, batch, folder, BATCH_SECONDS))
            except subprocess.TimeoutExpired:
                for path in batch:
                    try:
                        results.update(_convert(soffice, profile, [path], folder, FILE_SECONDS))
                    except subprocess.TimeoutExpired:
                        results[path] = False

    with ThreadPoolExecutor(WORKERS) as pool:
        for done in [pool.submit(work, worker) for worker in range(WORKERS)]:
            done.result()
    return {path: results[path] for path in files}


def _batches(files: list[Path]) -> list[list[Path]]:
    """Batches of at most BATCH files with distinct names: soffice names each PDF after its file."""
    batches: list[list[Path]] = []
    for path in files:
        target = next(
            (b for b in batches if len(b) < BATCH and all(p.stem != path.stem for p in b)),
            None,
        )
        if target is None:
            batches.append([path])
        else:
            target.append(path)
    return batches


def _convert(soffice: str, profile: str, batch: list[Path], outdir: Path, timeout: float) -> dict[Path, bool]:
    outdir.mkdir(parents=True, exist_ok=True)
    for path in batch:
        (outdir / f"{path.stem}.pdf").unlink(missing_ok=True)
    _run(
        [
            soffice,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={profile}",
            f"--infilter={DOCX_FILTER}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *(str(p.resolve()) for p in batch),
        ],
        timeout,
    )
    results = {path: _is_pdf(outdir / f"{path.stem}.pdf") for path in batch}
    _CONVERTED.update(_digest(path) for path, ok in results.items() if ok)
    return results


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


# ---------------------------------------------------------------- accept / reject in LibreOffice


@dataclass(frozen=True, slots=True)
class Resolved:
    path: Path
    mode: str
    paragraphs: list[str] | None  # None when LibreOffice could not do it; see ``error``
    error: str | None


def resolve(jobs: Sequence[tuple[Path, str]]) -> list[Resolved]:
    """For each (file, mode), LibreOffice's paragraphs after accepting ("accept") or rejecting
    ("reject") all tracked changes, or as loaded ("none").

    The jobs are shared among WORKERS runs of uno_resolve.py at a time, each serving its
    share in one soffice session with a profile of its own.
    """
    soffice = require_soffice()
    python = require_uno_python()
    for _, mode in jobs:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
    if not jobs:
        return []
    size = -(-len(jobs) // WORKERS)  # ceiling division
    shares = [list(jobs[i : i + size]) for i in range(0, len(jobs), size)]

    def work(worker: int) -> list[Resolved]:
        share = shares[worker]
        request = {
            "soffice": soffice,
            "profile": str(_session_dir() / f"lo-profile-uno-{worker}"),
            "jobs": [{"path": str(Path(p).resolve()), "mode": m} for p, m in share],
        }
        # uno_resolve.py has its own per-file watchdog; this is the backstop.
        result = _run([python, str(RESOLVER)], 180 + 60 * len(share), stdin=json.dumps(request), grace=30)
        if result.returncode != 0:
            raise RuntimeError(
                f"uno_resolve.py failed (status {result.returncode}):\n{result.stderr[-3000:]}"
            )
        answers = json.loads(result.stdout)["results"]
        return [
            Resolved(Path(p), m, a["paragraphs"], a["error"])
            for (p, m), a in zip(share, answers, strict=True)
        ]

    with ThreadPoolExecutor(WORKERS) as pool:
        return [r for done in [pool.submit(work, w) for w in range(len(shares))] for r in done.result()]


def resolved_texts(path: Path, mode: str) -> list[str]:
    """LibreOffice's paragraphs of ``path`` with all tracked changes accepted or rejected."""
    (answer,) = resolve([(path, mode)])
    if answer.paragraphs is None:
        raise AssertionError(f"LibreOffice could not {mode} the changes of {path.name}: {answer.error}")
    return answer.paragraphs


# ---------------------------------------------------------------- what LibreOffice should show

# How LibreOffice represents the text of a .docx differently from Drafter's reader, and how
# the comparison accounts for it. Nothing else is normalised: not whitespace in general, not
# case, not line breaks, tabs or any other character.
#
# Done by uno_resolve.py while extracting:
#   - footnote and endnote reference marks: Writer gives them their number as text; the
#     reader reads notes as a part of their own and gives the mark no character;
#   - fields Writer evaluates itself (page numbers, dates, cross-references) show Writer's
#     result, not the one Word saved: they come marked (FIELD_START ... FIELD_END) and match
#     any text (``same``), or any field (``blank_fields``) when LibreOffice is on both sides.
# Done by ``expected_paragraphs`` to the reader's text, node by node (``text_nodes``):
#   1. paragraphs in text boxes (w:txbxContent) and in mc:Fallback duplicates are not in
#      Writer's body text (they become drawing shapes and frames): left out;
#   2. a page or column break (w:br w:type="page"/"column") becomes a paragraph attribute:
#      Writer starts a new paragraph there and keeps no character (none for a break that
#      ends the paragraph);
#   3. w:softHyphen is kept by Writer as U+00AD; the reader gives it no character;
#   4. w:t without xml:space="preserve": Writer drops its leading and trailing XML
#      whitespace, as the XML rules allow; the reader keeps it;
#   5. in table cells Writer drops the trailing whitespace of each paragraph;
#   6. a drop cap paragraph (w:framePr w:dropCap) is joined to the paragraph it belongs to;
#   7. a paragraph whose mark is a tracked deletion is joined to the next one, as accepting
#      the deletion does (the reader keeps the two apart).
# Not modelled (tests/test_export_readers.py ``problems`` tolerates them for drafts from the
# wild, where LibreOffice's reading of the unmodified draft shows them just the same):
# Writer's own handling of empty paragraphs around tables and section breaks, irregular
# table grids (w:gridBefore) and vertically merged cells.
FIELD_START, FIELD_END = "\x1d", "\x1e"
_FIELD = re.compile(f"{FIELD_START}(.*?){FIELD_END}", re.S)
W_FRAME_PR = w("framePr")
W_DEL = w("del")
W_TC = w("tc")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_XML_WHITESPACE = " \t\r\n"


def main_part(path: Path) -> tuple[str, etree._Element]:
    """The name and root element of the main document part of ``path``."""
    main = inspect_package(path).main
    with zipfile.ZipFile(path) as zf:
        return main, parse_xml(zf.read(main))


def expected_paragraphs(path: Path) -> list[str]:
    """The paragraphs LibreOffice should show for ``path`` once all its changes are accepted.

    Drafter's reader gives the accepted view (tracked insertions in, deletions out); this is
    its text with rules 1-7 above applied.
    """
    reader = [p.text for p in load_draft(path).paragraphs]
    body = main_part(path)[1].find(w("body"))
    assert body is not None
    elements = list(body.iter(W_P))
    assert len(elements) == len(reader), "the reader and this helper must see the same paragraphs"
    out: list[str] = []
    join_next = False
    for p, text in zip(elements, reader, strict=True):
        if _inside(p, body, (W_TXBX_CONTENT, MC_FALLBACK)):
            continue  # rule 1
        nodes = text_nodes(p)
        assert "".join(n.text for n in nodes) == text
        pieces = [""]
        for node in nodes:
            el = node.element
            if el.tag == W_BR and el.get(w("type")) in ("page", "column"):
                pieces.append("")  # rule 2
            elif el.tag == W_SOFT_HYPHEN:
                pieces[-1] += "\u00ad"  # rule 3
            elif el.tag == W_T and el.get(XML_SPACE) != "preserve":
                pieces[-1] += node.text.strip(_XML_WHITESPACE)  # rule 4
            else:
                pieces[-1] += node.text
        if len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()
        if _inside(p, body, (W_TC,)):
            pieces = [piece.rstrip() for piece in pieces]  # rule 5 (spaces, tabs, no-break spaces)
        if join_next:
            out[-1] += pieces[0]
            out.extend(pieces[1:])
        else:
            out.extend(pieces)
        ppr = p.find(W_PPR)
        frame = ppr.find(W_FRAME_PR) if ppr is not None else None
        mark = ppr.find(W_RPR) if ppr is not None else None
        join_next = (frame is not None and frame.get(w("dropCap")) in ("drop", "margin")) or (
            mark is not None and mark.find(W_DEL) is not None
        )  # rules 6 and 7
    return out


def _inside(p: etree._Element, stop: etree._Element, tags: tuple[str, ...]) -> bool:
    anc = p.getparent()
    while anc is not None and anc is not stop:
        if anc.tag in tags:
            return True
        anc = anc.getparent()
    return False


def same(lo: list[str], expected: list[str]) -> bool:
    """LibreOffice's paragraphs ``lo`` say ``expected``; a field LibreOffice computed matches any text."""
    return len(lo) == len(expected) and all(_same(a, b) for a, b in zip(lo, expected, strict=True))


def _same(lo: str, expected: str) -> bool:
    if FIELD_START not in lo:
        return lo == expected
    parts = _FIELD.split(lo)  # text, field, text, field, ..., text
    pattern = "".join(re.escape(part) if i % 2 == 0 else ".*?" for i, part in enumerate(parts))
    return re.fullmatch(pattern, expected, re.S) is not None


def blank_fields(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` from LibreOffice with the results of the fields it computed left out."""
    return [_FIELD.sub(FIELD_START + FIELD_END, p) for p in paragraphs]


def diff(a: list[str], b: list[str], a_name: str = "expected", b_name: str = "LibreOffice") -> str:
    """A readable unified diff of two paragraph lists."""
    lines = difflib.unified_diff([repr(x) for x in a], [repr(x) for x in b], a_name, b_name, lineterm="", n=1)
    return "\n".join(line[:300] for line in lines)


def without_comments_by(path: Path, dst: Path, author: str) -> Path:
    """A copy of ``path`` without the comments by ``author``: texts, ranges and reference marks."""
    with zipfile.ZipFile(path) as zf:
        items = {info.filename: zf.read(info) for info in zf.infolist()}
    main = inspect_package(path).main
    ids: set[str] = set()
    for name, data in list(items.items()):
        if Path(name).name == "comments.xml":
            root = parse_xml(data)
            for comment in root.findall(w("comment")):
                if comment.get(w("author")) == author:
                    ids.add(comment.get(w("id")) or "")
                    root.remove(comment)
            items[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    doc = parse_xml(items[main])
    for mark in list(doc.iter(w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))):
        if mark.get(w("id")) in ids:
            gone = mark.getparent() if mark.tag == w("commentReference") else mark  # its run
            assert gone is not None
            up = gone.getparent()
            assert up is not None
            up.remove(gone)
    items[main] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return dst
