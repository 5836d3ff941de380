"""The annotated copy as a file: permissions, read-only and linked targets, leftovers of a crash,
macro-enabled drafts and templates, packages Word never writes; messages without Python's words."""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.cli import main as drafter_main
from drafter.document import load_draft
from tests.builders import text_docx

TEXT = "Each State shall endeavour not to grant amnesties for crimes against humanity, where appropriate."
EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|Traceback")
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
VBA = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8  # stands for a vbaProject.bin


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = drafter_main(list(argv))
    message = err.getvalue().strip()
    assert not EXCEPTION_NAME.search(message), message
    return status, message


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return text_docx(tmp_path / "draft.docx", ["Article 1", TEXT])


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_copy_follows_the_umask(draft: Path, tmp_path: Path, mask: int, mode: int) -> None:
    out = tmp_path / "out.docx"
    with umask(mask):
        assert run("annotate", str(draft), "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.parametrize("mode", [0o600, 0o664])
def test_a_replaced_copy_keeps_its_mode(draft: Path, tmp_path: Path, mode: int) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    out.chmod(mode)
    assert run("annotate", str(draft), "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert zipfile.is_zipfile(out)


def test_a_read_only_target_is_refused_clearly(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    status, message = run("annotate", str(draft), "-o", str(out))
    assert status == 2
    assert "read-only" in message and "out.docx" in message
    assert out.read_bytes() == b"keep me"


def test_a_linked_target_is_written_through(draft: Path, tmp_path: Path) -> None:
    """The link stays and the file it points to becomes the copy, as Word saves through a link."""
    real = tmp_path / "shared" / "annotated.docx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    assert run("annotate", str(draft), "-o", str(link))[0] == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert zipfile.is_zipfile(real)
    assert [p.text for p in load_draft(real).paragraphs] == ["Article 1", TEXT]
    # A link to the draft itself is the draft: refused.
    (tmp_path / "to-draft.docx").symlink_to(draft)
    assert run("annotate", str(draft), "-o", str(tmp_path / "to-draft.docx"))[0] == 2


def test_temporary_files_of_earlier_runs_are_removed(draft: Path, tmp_path: Path) -> None:
    dead = tmp_path / ".~drafter-999999999-dead.docx"  # no process has this id
    dead.write_bytes(b"x")
    old = tmp_path / f".~drafter-{os.getppid()}-old.docx"
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    running = tmp_path / f".~drafter-{os.getppid()}-busy.docx"  # another export under way
    running.write_bytes(b"x")
    other = tmp_path / ".~lock.draft.docx#"
    other.write_bytes(b"x")
    assert run("annotate", str(draft), "-o", str(tmp_path / "out.docx"))[0] == 0
    assert not dead.exists() and not old.exists()
    assert running.exists() and other.exists()
    assert not [p for p in tmp_path.glob(".~drafter-*") if p != running]


def _retype(src: Path, dst: Path, main_type: str, extra: dict[str, bytes] | None = None) -> Path:
    """``src`` with another content type for its main part (and extra parts)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_MAIN.encode(), main_type.encode())
                if extra:
                    data = data.replace(
                        b"<Default ",
                        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
                        1,
                    )
            if info.filename == "word/_rels/document.xml.rels" and extra:
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
                    b'vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            zout.writestr(info, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _main_type(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        types = zf.read("[Content_Types].xml").decode()
    return re.search(r'PartName="/word/document.xml" ContentType="([^"]+)"', types).group(1)  # type: ignore[union-attr]


def test_a_macro_enabled_draft_gives_a_docm_with_its_macros_byte_for_byte(
    draft: Path, tmp_path: Path
) -> None:
    docm = _retype(draft, tmp_path / "draft.docm", MACRO_MAIN, {"word/vbaProject.bin": VBA})
    out = tmp_path / "out.docm"
    assert run("annotate", str(docm), "-o", str(out), "--track-changes")[0] == 0
    with zipfile.ZipFile(out) as zf:
        assert zf.read("word/vbaProject.bin") == VBA
    assert _main_type(out) == MACRO_MAIN
    assert len(load_draft(out).paragraphs) >= 2
    status, message = run("annotate", str(docm), "-o", str(tmp_path / "out.docx"))
    assert status == 2 and ".docm" in message
    assert not (tmp_path / "out.docx").exists()


def test_a_template_gives_a_document(draft: Path, tmp_path: Path) -> None:
    dotx = _retype(draft, tmp_path / "draft.dotx", TEMPLATE_MAIN)
    out = tmp_path / "out.docx"
    assert run("annotate", str(dotx), "-o", str(out))[0] == 0
    assert _main_type(out) == DOCUMENT_MAIN
    assert [p.text for p in load_draft(out).paragraphs] == ["Article 1", TEXT]


def test_a_package_with_two_bodies_is_refused_clearly(draft: Path, tmp_path: Path) -> None:
    two = tmp_path / "two.docx"
    with zipfile.ZipFile(draft) as zin, zipfile.ZipFile(two, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"</w:body>",
                    b"</w:body><w:body><w:p><w:r><w:t>Amnesties may be granted.</w:t></w:r></w:p>",
                    1,
                )
                data = data.replace(b"</w:document>", b"</w:body></w:document>")
            zout.writestr(info, data)
    for argv in (("analyze", str(two)), ("annotate", str(two), "-o", str(tmp_path / "out.docx"))):
        status, message = run(*argv)
        assert status == 2
        assert "two document bodies" in message and "save it again" in message
