"""Damaged and hostile packages (tests/hostile.py): each is refused at opening with one clear
line and exit status 2, in analyze and in annotate, or is read and exported as a valid package.
A draft that can be analysed can be exported. The limits that decide are named constants."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.errors import DrafterError, NotADocxError, OutputError, UnsafeDocxError, one_line
from drafter.ooxml import numbering, package
from drafter.ooxml.numbering import MAX_LIST_LEVEL, MAX_NUMBER_DIGITS, MAX_START, Numbering, to_int
from drafter.ooxml.package import MAX_XML_DEPTH, inspect_package
from drafter.ooxml.writer import check_written
from tests import hostile
from tests.builders import text_docx

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", sorted(hostile.CASES))
def test_hostile_package_is_refused_clearly_or_exported(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = hostile.CASES[case]
    draft = tmp_path / "draft.docx"
    draft.write_bytes(make())
    before = draft.read_bytes()
    out = tmp_path / "out.docx"
    analysed = run(capsys, "analyze", str(draft), "--json", "--no-user-library")
    annotated = run(capsys, "annotate", str(draft), "-o", str(out), "--track-changes", "--no-user-library")
    for code, stdout, stderr in (analysed, annotated):
        if expected is None:
            assert code == 0, stderr
            assert stderr == ""
        else:
            assert code == 2, stderr
            lines = stderr.splitlines()
            assert len(lines) == 1, stderr
            assert lines[0].startswith("drafter: error: ")
            assert expected.lower() in lines[0].lower()
            assert "Error" not in lines[0].replace("drafter: error", "")  # no exception's name
            assert stdout == ""
    if expected is None:
        check_written(out)  # a valid package, every part well-formed
    else:
        assert not out.exists()
    assert draft.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "x.docx"
    os.mkfifo(fifo)
    for command in (["analyze", str(fifo)], ["annotate", str(fifo), "-o", str(tmp_path / "o.docx")]):
        result = subprocess.run(
            [sys.executable, "-m", "drafter", *command],
            check=False,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert result.returncode == 2, result.stderr
        assert "pipe (FIFO)" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_device_behind_a_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.docx"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotADocxError, match="device or special file"):
        inspect_package(link)


def test_a_message_is_one_line_whatever_the_file_holds() -> None:
    assert (
        one_line("damaged (Char 0x0\n, line 2\x00)\r\n Re-save.") == "damaged (Char 0x0 , line 2 ) Re-save."
    )
    assert "\n" not in DrafterError("a\nb", "c\u2028d").message


def _nested_body(depth: int, tmp_path: Path) -> Path:
    inner = "<w:r><w:t>Amnesty shall not be granted.</w:t></w:r>"
    # w:document, w:body and w:p are three levels; each hyperlink one more.
    for _ in range(depth - 4):
        inner = f"<w:hyperlink>{inner}</w:hyperlink>"
    items = hostile.entries(hostile.SAMPLE.read_bytes())
    doc = items["word/document.xml"].decode()
    items["word/document.xml"] = doc.replace("<w:body>", f"<w:body><w:p>{inner}</w:p>", 1).encode()
    path = tmp_path / f"deep-{depth}.docx"
    path.write_bytes(hostile.build(items))
    return path


def test_xml_depth_limit(tmp_path: Path) -> None:
    from drafter.document import load_draft

    ok = load_draft(_nested_body(MAX_XML_DEPTH - 10, tmp_path))
    assert ok.paragraphs[0].text == "Amnesty shall not be granted."
    with pytest.raises(UnsafeDocxError, match=f"more than {MAX_XML_DEPTH} levels"):
        load_draft(_nested_body(MAX_XML_DEPTH + 20, tmp_path))


def test_number_limits() -> None:
    assert to_int("9" * MAX_NUMBER_DIGITS, 0, 0, 10**12) == int("9" * MAX_NUMBER_DIGITS)
    assert to_int("9" * (MAX_NUMBER_DIGITS + 1), 7, 0, 10**12) == 7
    assert to_int("x", 3, 0, 9) == 3 and to_int("٣", 3, 0, 9) == 3 and to_int(None, 3, 0, 9) == 3
    assert numbering.list_level("999999999") == MAX_LIST_LEVEL
    assert to_int("99999", 1, 0, MAX_START) == MAX_START
    assert Numbering(None).next_number("1", 10**12) == ""


def test_entry_and_relationship_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = text_docx(tmp_path / "d.docx", ["Each State shall ensure that no amnesty is granted."])
    inspect_package(draft)
    package._INSPECTED.clear()
    monkeypatch.setattr(package, "MAX_ENTRIES", 3)
    with pytest.raises(UnsafeDocxError, match="files; a Word document never needs that many"):
        inspect_package(draft)
    monkeypatch.setattr(package, "MAX_ENTRIES", 20_000)
    monkeypatch.setattr(package, "MAX_RELATIONSHIPS", 3)
    with pytest.raises(UnsafeDocxError, match="more than 3 relationships"):
        inspect_package(draft)


def test_a_damaged_copy_is_never_left_in_place(tmp_path: Path) -> None:
    good = text_docx(tmp_path / "d.docx", ["Each State shall ensure that no amnesty is granted."])
    check_written(good)
    items = hostile.entries(good.read_bytes())
    items["word/document.xml"] = items["word/document.xml"][:-20]
    bad = tmp_path / "bad.docx"
    bad.write_bytes(hostile.build(items))
    with pytest.raises(OutputError, match="came out damaged"):
        check_written(bad)
    twice = tmp_path / "twice.docx"
    twice.write_bytes(hostile.build([*items.items(), ("word/styles.xml", items["word/styles.xml"])]))
    with pytest.raises(OutputError, match="twice"):
        check_written(twice)


def test_every_xml_part_is_checked_for_a_doctype(tmp_path: Path) -> None:
    """Also a part with another name than .xml whose content type is XML."""
    items = hostile.entries(hostile.SAMPLE.read_bytes())
    items["customXml/item1.bin"] = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16")
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="bin" ContentType="application/xml"/></Types>'
    )
    path = tmp_path / "d.docx"
    path.write_bytes(hostile.build(items))
    with pytest.raises(UnsafeDocxError, match=r"entity declarations in 'customXml/item1\.bin'"):
        inspect_package(path)
    assert zipfile.ZipFile(io.BytesIO(path.read_bytes())).testzip() is None
