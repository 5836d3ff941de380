"""Files that are not (safe) .docx drafts: exit status 2, one clear line, no output, input untouched."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.builders import text_docx

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        check=False,
    )


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _zip_bytes(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _valid_docx_bytes(tmp_path: Path) -> bytes:
    return text_docx(
        tmp_path / "valid.docx", ["Each State shall ensure that no amnesty is granted."]
    ).read_bytes()


def _entity_docx(tmp_path: Path) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_valid_docx_bytes(tmp_path))) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    doc = items["word/document.xml"].decode()
    doc = doc.replace(
        "<w:document",
        '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><w:document',
        1,
    )
    items["word/document.xml"] = doc.encode()
    return _zip_bytes(items)


def _bomb_docx(tmp_path: Path) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_valid_docx_bytes(tmp_path))) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    # 20 MB of zeros deflate to a few kB: a ratio no real document part has.
    items["word/media/filler.bin"] = b"\0" * (20 * 1024 * 1024)
    return _zip_bytes(items)


def _broken_xml_docx(tmp_path: Path) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_valid_docx_bytes(tmp_path))) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    doc = items["word/document.xml"]
    items["word/document.xml"] = doc[: doc.index(b"</w:body>")]  # cut off mid-document
    return _zip_bytes(items)


def _corrupt_part_docx(tmp_path: Path) -> bytes:
    """A zip whose directory is intact but whose document.xml stops inflating two thirds in
    (past the start that is checked before parsing)."""
    articles = [
        f"Article {n}. Each State Party shall take measure number {n * 7919 % 1000}." for n in range(400)
    ]
    data = bytearray(text_docx(tmp_path / "long.docx", articles).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    name_len, extra_len = (
        int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little"),
        int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little"),
    )
    start = info.header_offset + 30 + name_len + extra_len
    for i in range(start + info.compress_size * 2 // 3, start + info.compress_size * 2 // 3 + 40):
        data[i] ^= 0x5A
    return bytes(data)


def _encrypted_docx() -> bytes:
    # An OLE compound file holding EncryptionInfo/EncryptedPackage streams (Word's password protection).
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    names = "EncryptionInfo".encode("utf-16-le") + b"\0" * 20 + "EncryptedPackage".encode("utf-16-le")
    return header + names + b"\0" * 1024


CASES = {
    "plain text": (lambda t: b"Article 1. Each State shall not grant amnesties.\n", "not a Word .docx"),
    "pdf renamed": (lambda t: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "is a PDF"),
    "old binary doc": (
        lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048,
        "old binary Word (.doc)",
    ),
    "encrypted docx": (lambda _t: _encrypted_docx(), "password-protected"),
    "empty file": (lambda t: b"", "is empty"),
    "truncated zip": (lambda t: _valid_docx_bytes(t)[:700], "damaged"),
    "document.xml cut off": (_broken_xml_docx, "damaged"),
    "document.xml does not inflate": (_corrupt_part_docx, "damaged"),
    "zip without document": (lambda t: _zip_bytes({"hello.txt": b"hi"}), "no word/document.xml"),
    "zip bomb": (_bomb_docx, "zip bomb"),
    "entity declarations": (_entity_docx, "entity declarations"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["analyze", "annotate"])
def test_bad_input_is_refused_clearly(tmp_path: Path, case: str, command: str) -> None:
    make, expected = CASES[case]
    draft = tmp_path / "draft.docx"
    draft.write_bytes(make(tmp_path))
    before = _digest(draft)
    out = tmp_path / "out.docx"
    args = [command, str(draft)] + (["-o", str(out)] if command == "annotate" else ["--json"])
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("drafter: error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not out.exists()
    assert _digest(draft) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~drafter")] == []


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("analyze", str(tmp_path / "nope.docx"))
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "drafter: error: 'nope.docx' does not exist. Check the path and the file name."
    )


def test_unwritable_output_folder(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "d.docx", ["Each State shall not grant amnesties."])
    result = run_cli("annotate", str(draft), "-o", str(tmp_path / "missing-folder" / "out.docx"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_output_cannot_be_the_draft(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "d.docx", ["Each State shall not grant amnesties."])
    before = _digest(draft)
    result = run_cli("annotate", str(draft), "-o", str(draft))
    assert result.returncode == 2
    assert "never overwrites the original" in result.stderr
    assert _digest(draft) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_output_folder(tmp_path: Path) -> None:
    draft = text_docx(tmp_path / "d.docx", ["Each State shall not grant amnesties."])
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("annotate", str(draft), "-o", str(folder / "out.docx"))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and "cannot be written" in result.stderr
