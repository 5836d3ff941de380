"""Opening a .docx safely: what the file is, whether it is safe to decompress and parse.

Everything here runs before any XML is parsed: sizes come from the zip's central
directory, so a zip bomb is refused before a byte is inflated, and every XML part is
scanned for a DOCTYPE (Word never writes one) so entity declarations are refused,
never resolved or expanded.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import TypedDict

from lxml import etree
from msgspec import Struct

from drafter.errors import EncryptedDocxError, NotADocxError, UnsafeDocxError

# Limits for one draft. A 1,000-page treaty compilation has a document.xml of a few
# tens of MB; these leave a wide margin while refusing archives built to exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 400 * 1024 * 1024
MAX_TOTAL_BYTES = 800 * 1024 * 1024
MAX_RATIO = 200  # inflated/deflated, for parts over 1 MB
MAX_ENTRIES = 20_000

DOCUMENT_PART = "word/document.xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_MAIN_CONTENT_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


class PackageInfo(Struct, frozen=True):
    path: Path
    size: int
    parts: frozenset[str]
    main: str


def _describe(path: Path) -> str:
    return f"'{path.name}'"


def check_readable(path: Path) -> int:
    """Return the file size, or raise a DrafterError saying why the file cannot be read."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise NotADocxError(
            f"{_describe(path)} does not exist.", "Check the path and the file name."
        ) from None
    except OSError as exc:
        raise NotADocxError(
            f"{_describe(path)} cannot be read ({exc.strerror}).", "Check the path and your permissions."
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotADocxError(f"{_describe(path)} is a folder, not a Word document.", "Choose a .docx file.")
    if not os.access(path, os.R_OK):
        raise NotADocxError(
            f"{_describe(path)} cannot be read (permission denied).", "Check your permissions."
        )
    return st.st_size


def file_digest(path: Path) -> str:
    """The file's size and CRC-32: what an export checks to know the draft is still the one
    analysed (Word may have saved it since). A checksum against accidents, not tampering;
    zlib is loaded already, where hashlib would load OpenSSL (4 MiB more at every start)."""
    size = 0
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            size += len(chunk)
            crc = zlib.crc32(chunk, crc)
    return f"{size}:{crc:08x}"


def sniff(path: Path, head: bytes) -> None:
    """Refuse files that are plainly something else than a .docx, with a precise message."""
    name = _describe(path)
    if not head:
        raise NotADocxError(f"{name} is empty (0 bytes).", "Open the original Word document instead.")
    if head.startswith(OLE_MAGIC):
        # Both old binary .doc files and password-protected .docx files are OLE containers.
        with path.open("rb") as fh:
            blob = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
        if "EncryptedPackage".encode("utf-16-le") in blob or b"EncryptionInfo" in blob.replace(b"\x00", b""):
            raise EncryptedDocxError(
                f"{name} is password-protected.",
                "Open it in Word, remove the password (File > Info > Protect Document), save and try again.",
            )
        raise NotADocxError(
            f"{name} is an old binary Word (.doc) file, not a .docx.",
            "Open it in Word or LibreOffice and save it as .docx first.",
        )
    if head.startswith(b"%PDF"):
        raise NotADocxError(
            f"{name} is a PDF file, not a Word document.", "Open the original .docx instead of the PDF."
        )
    if head.startswith(b"{\\rtf"):
        raise NotADocxError(f"{name} is an RTF file, not a .docx.", "Save it as .docx in Word first.")
    if not head.startswith(b"PK"):
        raise NotADocxError(
            f"{name} is not a Word .docx document (it looks like plain text or another format).",
            "Open a .docx file saved by Word or LibreOffice.",
        )


def inspect_package(path: Path) -> PackageInfo:
    """Check that ``path`` is a readable, safe .docx; return what is inside.

    Raises ``NotADocxError``, ``EncryptedDocxError`` or ``UnsafeDocxError`` with a
    message for the user. Never modifies the file.
    """
    size = check_readable(path)
    name = _describe(path)
    if size > MAX_FILE_BYTES:
        raise UnsafeDocxError(
            f"{name} is {size // (1024 * 1024)} MB, larger than Drafter accepts "
            f"({MAX_FILE_BYTES // (1024 * 1024)} MB).",
            "Split the draft or remove embedded media, then try again.",
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    sniff(path, head)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_sizes(name, infos)
            parts = frozenset(i.filename for i in infos)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_no_doctype(name, zf, info)
            main = _find_main_part(zf, parts)
            if main is None:
                raise NotADocxError(
                    f"{name} is a zip archive but not a Word document (no word/document.xml).",
                    "Open a .docx file saved by Word or LibreOffice.",
                )
    except zipfile.BadZipFile:
        raise NotADocxError(
            f"{name} is damaged (the zip container is truncated or corrupt).",
            "Ask for a fresh copy of the file or re-save it from Word.",
        ) from None
    except etree.XMLSyntaxError as exc:
        raise NotADocxError(
            f"{name} is damaged (its package description is not well-formed XML: {exc.msg}).",
            "Ask for a fresh copy of the file or re-save it from Word.",
        ) from None
    except zlib.error as exc:
        raise NotADocxError(
            f"{name} is damaged (a part of it cannot be decompressed: {exc}).",
            "Ask for a fresh copy of the file or re-save it from Word.",
        ) from None
    except (EOFError, OSError) as exc:
        raise NotADocxError(
            f"{name} cannot be read as a .docx ({exc}).", "Ask for a fresh copy of the file."
        ) from None
    return PackageInfo(path=path, size=size, parts=parts, main=main)


def _check_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise UnsafeDocxError(
            f"{name} holds {len(infos)} files; a Word document never needs that many.",
            "The file may be malicious; ask the sender for a clean copy.",
        )
    total = 0
    for info in infos:
        total += info.file_size
        too_big = info.file_size > MAX_PART_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        bomb = info.file_size > 1024 * 1024 and ratio > MAX_RATIO
        if too_big or bomb or total > MAX_TOTAL_BYTES:
            raise UnsafeDocxError(
                f"{name} would expand to {total // (1024 * 1024)} MB or more "
                f"('{info.filename}' alone to {info.file_size // (1024 * 1024)} MB): it looks like a zip bomb.",
                "Drafter refuses to open it; ask the sender for a clean copy.",
            )
        if info.flag_bits & 0x1:
            raise EncryptedDocxError(
                f"{name} is an encrypted zip archive.", "Remove the encryption in Word and save again."
            )


OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_OFFICE_DOCUMENT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def _find_main_part(zf: zipfile.ZipFile, parts: frozenset[str]) -> str | None:
    """The main document part, as the package relationships name it (usually word/document.xml)."""
    if "_rels/.rels" in parts:
        root = parse_xml(zf.read("_rels/.rels"))
        for rel in root:
            if rel.get("Type") in (OFFICE_DOCUMENT_REL, _STRICT_OFFICE_DOCUMENT_REL):
                target = (rel.get("Target") or "").lstrip("/")
                if target in parts:
                    return target
    if DOCUMENT_PART in parts:
        return DOCUMENT_PART
    if "[Content_Types].xml" in parts:
        root = parse_xml(zf.read("[Content_Types].xml"))
        for el in root:
            if el.get("ContentType") in _MAIN_CONTENT_TYPES:
                part = (el.get("PartName") or "").lstrip("/")
                if part in parts:
                    return part
    return None


def _check_no_doctype(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    # The prolog comes first; a DOCTYPE after 4 KB would be malformed XML anyway.
    with zf.open(info) as fh:
        head = fh.read(4096)
    if _DOCTYPE.search(head):
        raise UnsafeDocxError(
            f"{name} contains XML entity declarations in '{info.filename}', which Word never writes.",
            "Drafter does not open such files; re-save the draft from Word and try again.",
        )


# Entities are never resolved and nothing is fetched; huge_tree lifts libxml2's depth and
# text-size limits, which a 1,000-page draft can exceed. For whole-part and pull parsers.
class ParserOptions(TypedDict):
    resolve_entities: bool
    no_network: bool
    load_dtd: bool
    huge_tree: bool
    remove_blank_text: bool


PARSER_OPTIONS = ParserOptions(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_blank_text=False
)
SAFE_PARSER = etree.XMLParser(**PARSER_OPTIONS)


def parse_xml(raw: bytes) -> etree._Element:
    """Parse a part's XML with entity resolution and network access off."""
    return etree.fromstring(raw, SAFE_PARSER)
