"""Opening a .docx safely: what the file is, whether it is safe to decompress and parse, and
whether Drafter can both read and export it.

``inspect_package`` is the one guarded entry: sizes come from the zip's central directory, so
a zip bomb is refused before a byte is inflated; zip features Word never uses are refused
before they are met; every XML part is checked for a DOCTYPE by a parser (in any encoding), so
entity declarations are refused, never resolved or expanded; and the package's structure
(content types, relationships, the parts the export needs) is checked as python-docx will
read it at export, so that a draft that can be analysed can be exported. Whatever else goes
wrong while a package is read becomes a clear refusal (``guarded``).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TypedDict

from lxml import etree
from msgspec import Struct

from drafter.errors import Cancelled, DrafterError, EncryptedDocxError, NotADocxError, UnsafeDocxError
from drafter.i18n import _, pgettext

# Limits for one draft. A 1,000-page treaty compilation has a document.xml of a few
# tens of MB; these leave a wide margin while refusing archives built to exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 400 * 1024 * 1024
MAX_TOTAL_BYTES = 800 * 1024 * 1024
MAX_RATIO = 200  # inflated/deflated, for parts over 1 MB
MAX_ENTRIES = 20_000
MAX_RELATIONSHIPS = 100_000  # in all the package's relationship parts together
# libxml2's depth limit without XML_PARSE_HUGE: python-docx parses the parts at export with
# it, so the reader keeps to it too (a draft it reads, the export can write).
MAX_XML_DEPTH = 256
_AES = 99  # the compression method WinZip's AES encryption writes

DOCUMENT_PART = "word/document.xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
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
            _("{name} does not exist.").format(name=_describe(path)), _("Check the path and the file name.")
        ) from None
    except OSError as exc:
        raise NotADocxError(
            _("{name} cannot be read ({reason}).").format(name=_describe(path), reason=exc.strerror),
            _("Check the path and your permissions."),
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotADocxError(
            _("{name} is a folder, not a Word document.").format(name=_describe(path)),
            _("Choose a .docx file."),
        )
    if not stat.S_ISREG(st.st_mode):
        # A FIFO would block the first read forever; a device never ends.
        problem = (
            _("{name} is a pipe (FIFO), not a Word document.")
            if stat.S_ISFIFO(st.st_mode)
            else _("{name} is a device or special file, not a Word document.")
        )
        raise NotADocxError(problem.format(name=_describe(path)), _("Choose a .docx file."))
    if not os.access(path, os.R_OK):
        raise NotADocxError(
            _("{name} cannot be read (permission denied).").format(name=_describe(path)),
            _("Check your permissions."),
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
        raise NotADocxError(
            _("{name} is empty (0 bytes).").format(name=name), _("Open the original Word document instead.")
        )
    if head.startswith(OLE_MAGIC):
        # Both old binary .doc files and password-protected .docx files are OLE containers.
        with path.open("rb") as fh:
            blob = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
        if "EncryptedPackage".encode("utf-16-le") in blob or b"EncryptionInfo" in blob.replace(b"\x00", b""):
            raise EncryptedDocxError(
                _("{name} is password-protected.").format(name=name),
                _(
                    "Open it in Word, remove the password (File > Info > Protect Document), save and try again."
                ),
            )
        raise NotADocxError(
            _("{name} is an old binary Word (.doc) file, not a .docx.").format(name=name),
            _("Open it in Word or LibreOffice and save it as .docx first."),
        )
    if head.startswith(b"%PDF"):
        raise NotADocxError(
            _("{name} is a PDF file, not a Word document.").format(name=name),
            _("Open the original .docx instead of the PDF."),
        )
    if head.startswith(b"{\\rtf"):
        raise NotADocxError(
            _("{name} is an RTF file, not a .docx.").format(name=name), _("Save it as .docx in Word first.")
        )
    if not head.startswith(b"PK"):
        raise NotADocxError(
            _("{name} is not a Word .docx document (it looks like plain text or another format).").format(
                name=name
            ),
            _("Open a .docx file saved by Word or LibreOffice."),
        )


def inspect_package(path: Path, *, structure: bool = True) -> PackageInfo:
    """Check that ``path`` is a readable, safe .docx that Drafter can read and export; return
    what is inside.

    ``structure=False`` leaves out the longest check, the walk of the package's relationships
    (every part python-docx will read at export decompressed and parsed), for a caller that has
    it done elsewhere meanwhile (``check_structure``, in a helper process) before it trusts the
    file; what is checked still makes reading the draft safe (sizes, compression, the main part).

    Raises ``NotADocxError``, ``EncryptedDocxError`` or ``UnsafeDocxError`` with a message
    for the user, whatever is wrong with the file. Never modifies the file.
    """
    with guarded(path):
        key = package_key(path)
        found = _INSPECTED.get(key) if key is not None else None
        if found is None or (structure and not found[1]):
            info = found[0] if found is not None else _inspect(path)
            if structure:
                _check_package(path, info)
            found = (info, structure)
            if key is not None:
                _INSPECTED.clear()  # one draft at a time is enough: annotate inspects it thrice
                _INSPECTED[key] = found
        return found[0]


PackageKey = tuple[str, int, int, int]


def package_key(path: Path) -> PackageKey | None:
    """The file as inspected: its path, size, modification time and inode (a changed file has
    another key), or None if it cannot be told."""
    try:
        st = path.stat()
        return (str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ino)
    except OSError:
        return None


def check_structure(path: Path) -> PackageKey | None:
    """The whole inspection of ``path`` (raising what ``inspect_package`` raises); returns the
    key of the file checked, for ``structure_checked``."""
    key = package_key(path)
    inspect_package(path)
    return key


def structure_checked(path: Path, key: PackageKey | None) -> bool:
    """Record that ``check_structure`` found nothing wrong with the file ``key`` (in another
    process); whether that is the file at ``path`` now, as this process inspected it."""
    found = _INSPECTED.get(key) if key is not None else None
    if key is None or found is None or key != package_key(path):
        return False
    _INSPECTED[key] = (found[0], True)
    return True


# The last package inspected, by ``package_key``, and whether its structure was checked: the
# same file is not inspected again.
_INSPECTED: dict[PackageKey, tuple[PackageInfo, bool]] = {}


def fresh_copy() -> str:
    """The advice for a damaged package."""
    return _("Ask the sender for a fresh copy, or open it in Word and save it again as a .docx.")


@contextlib.contextmanager
def guarded(path: Path) -> Iterator[None]:
    """The one guard around reading a package: any failure of the zip, the XML or a part,
    whatever its class (recursion and XML depth included), becomes a ``DrafterError`` saying
    what is wrong with the file and what to do."""
    name = _describe(path)
    try:
        yield
    except (DrafterError, Cancelled):
        raise
    except zipfile.BadZipFile:
        raise NotADocxError(
            _("{name} is damaged (the zip container is truncated or corrupt).").format(name=name),
            fresh_copy(),
        ) from None
    except etree.XMLSyntaxError as exc:
        if "depth" in (exc.msg or "").lower():
            raise UnsafeDocxError(*_too_deep(name)) from None
        raise NotADocxError(
            _("{name} is damaged (its XML is not well-formed: {reason}).").format(name=name, reason=exc.msg),
            fresh_copy(),
        ) from None
    except zlib.error as exc:
        raise NotADocxError(
            _("{name} is damaged (a part of it cannot be decompressed: {reason}).").format(
                name=name, reason=exc
            ),
            fresh_copy(),
        ) from None
    except RecursionError:
        raise UnsafeDocxError(*_too_deep(name)) from None
    except MemoryError:
        raise UnsafeDocxError(
            _("{name} is too large to read in the memory available.").format(name=name), fresh_copy()
        ) from None
    except UnicodeDecodeError:  # zipfile: a part's name marked as UTF-8 that is not
        raise NotADocxError(
            _("{name} is damaged (the name of a part in it is not valid text).").format(name=name),
            fresh_copy(),
        ) from None
    except NotImplementedError as exc:  # zipfile: a compression method or feature it lacks
        raise NotADocxError(
            _("{name} uses a zip feature Drafter cannot read ({reason}).").format(name=name, reason=exc),
            fresh_copy(),
        ) from None
    except Exception as exc:  # whatever else a damaged package raises
        raise NotADocxError(
            _("{name} is damaged ({reason}).").format(name=name, reason=exc or type(exc).__name__),
            fresh_copy(),
        ) from None


def _too_deep(name: str) -> tuple[str, str]:
    return (
        _("{name} has content nested more than {depth} levels deep, which Word never writes.").format(
            name=name, depth=MAX_XML_DEPTH
        ),
        _("The file may be damaged or malicious; ask the sender for a clean copy."),
    )


def _inspect(path: Path) -> PackageInfo:
    size = check_readable(path)
    name = _describe(path)
    if size > MAX_FILE_BYTES:
        raise UnsafeDocxError(
            _("{name} is {size} MB, larger than Drafter accepts ({limit} MB).").format(
                name=name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
            ),
            _("Split the draft or remove embedded media, then try again."),
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    sniff(path, head)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        _check_entries(name, infos)
        parts = frozenset(i.filename for i in infos)
        _ContentTypes.read(name, zf, parts)  # a damaged list of content types is refused now
        main = _find_main_part(name, zf, parts)
        if main is None:
            raise NotADocxError(
                _("{name} is a zip archive but not a Word document (no word/document.xml).").format(
                    name=name
                ),
                _("Open a .docx file saved by Word or LibreOffice."),
            )
    return PackageInfo(path=path, size=size, parts=parts, main=main)


def _check_package(path: Path, info: PackageInfo) -> None:
    """The structure of the package inspected (``info``) as python-docx reads it at export, and
    no DOCTYPE in any XML part."""
    name = _describe(path)
    with zipfile.ZipFile(path) as zf:
        types = _ContentTypes.read(name, zf, info.parts)
        parsed = _check_structure(name, zf, info.parts, types, info.main)
        for entry in zf.infolist():  # the XML parts not parsed whole above (the main part among them)
            if entry.filename not in parsed and _is_xml(entry.filename, types):
                _check_no_doctype(name, zf, entry)


def _check_entries(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise UnsafeDocxError(
            _("{name} holds {count} files; a Word document never needs that many.").format(
                name=name, count=len(infos)
            ),
            _("The file may be malicious; ask the sender for a clean copy."),
        )
    total = 0
    seen: set[str] = set()
    for info in infos:
        total += info.file_size
        too_big = info.file_size > MAX_PART_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        bomb = info.file_size > 1024 * 1024 and ratio > MAX_RATIO
        if too_big or bomb or total > MAX_TOTAL_BYTES:
            raise UnsafeDocxError(
                _(
                    "{name} would expand to {total} MB or more ('{part}' alone to {size} MB): it looks like "
                    "a zip bomb."
                ).format(
                    name=name,
                    total=total // (1024 * 1024),
                    part=info.filename,
                    size=info.file_size // (1024 * 1024),
                ),
                _("Drafter refuses to open it; ask the sender for a clean copy."),
            )
        # Bit 0: encrypted; bit 6: strong encryption; method 99: AES.
        if info.flag_bits & 0x41 or info.compress_type == _AES:
            raise EncryptedDocxError(
                _("{name} is an encrypted zip archive.").format(name=name),
                _("Remove the encryption in Word and save again."),
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise NotADocxError(
                _("{name} was packed with a compression method Word never uses (method {method}).").format(
                    name=name, method=info.compress_type
                ),
                _("Open it in Word or LibreOffice and save it again as a .docx."),
            )
        if info.extract_version > zipfile.MAX_EXTRACT_VERSION:
            raise NotADocxError(
                _("{name} needs a newer zip version ({version}) than Word writes.").format(
                    name=name, version=f"{info.extract_version // 10}.{info.extract_version % 10}"
                ),
                _("Open it in Word or LibreOffice and save it again as a .docx."),
            )
        if info.filename in seen:
            raise NotADocxError(
                _(
                    "{name} holds the part '{part}' twice, which Word never writes; Drafter cannot tell "
                    "which one is the draft's."
                ).format(name=name, part=info.filename),
                _("Open it in Word and save it again, then try again."),
            )
        seen.add(info.filename)


CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = f"{{{REL_NS}}}Relationship"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT_REL = _RT + "officeDocument"
_STRICT_OFFICE_DOCUMENT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Relationships of the main part that python-docx looks up as the only one of their kind, with
# the content type the part it finds must have (None: any), and the part python-docx creates
# when the draft has none (the export adds comments, and their styles).
_SINGLE_RELS: dict[str, tuple[str, str | None, str | None]] = {
    _RT + "styles": ("styles", _WML + "styles+xml", "word/styles.xml"),
    _RT + "numbering": ("numbering", _WML + "numbering+xml", None),
    _RT + "settings": ("settings", _WML + "settings+xml", None),
    _RT + "comments": ("comments", _WML + "comments+xml", "word/comments.xml"),
    _RT + "footnotes": ("footnotes", None, None),
    _RT + "endnotes": ("endnotes", None, None),
}


class _ContentTypes:
    """[Content_Types].xml as python-docx reads it: overrides by part name and defaults by
    extension, both without regard to case."""

    def __init__(self) -> None:
        self.overrides: dict[str, str] = {}
        self.defaults: dict[str, str] = {}

    @classmethod
    def read(cls, name: str, zf: zipfile.ZipFile, parts: frozenset[str]) -> _ContentTypes:
        types = cls()
        if CONTENT_TYPES not in parts:
            return types  # not a package at all: said below (no document)
        root = _parse_checked(name, zf, CONTENT_TYPES)
        for el in root:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag == f"{{{CT_NS}}}Override":
                part, ctype = el.get("PartName"), el.get("ContentType")
                if not part or not ctype:
                    raise NotADocxError(
                        *_damaged_structure(name, _("an entry of its content types is incomplete"))
                    )
                types.overrides[part.lower()] = ctype
            elif tag == f"{{{CT_NS}}}Default":
                ext, ctype = el.get("Extension"), el.get("ContentType")
                if ext is None or not ctype:
                    raise NotADocxError(
                        *_damaged_structure(name, _("an entry of its content types is incomplete"))
                    )
                types.defaults[ext.lower()] = ctype
        return types

    def of(self, part: str) -> str | None:
        """The content type of zip entry ``part`` (no leading slash)."""
        found = self.overrides.get(f"/{part}".lower())
        if found is not None:
            return found
        ext = posixpath.splitext(part)[1]
        return self.defaults.get((ext[1:] if ext.startswith(".") else ext).lower())


def _damaged_structure(name: str, what: str) -> tuple[str, str]:
    return (_("{name} is damaged ({reason}).").format(name=name, reason=what), fresh_copy())


def _part_kind(what: str) -> str:
    """The kind of a part python-docx expects once (``_SINGLE_RELS``), in the interface language."""
    return {
        "styles": pgettext("package part", "styles"),
        "numbering": pgettext("package part", "numbering"),
        "settings": pgettext("package part", "settings"),
        "comments": pgettext("package part", "comments"),
        "footnotes": pgettext("package part", "footnotes"),
        "endnotes": pgettext("package part", "endnotes"),
    }.get(what, what)


def _is_xml(filename: str, types: _ContentTypes) -> bool:
    if filename.lower().endswith((".xml", ".rels")):
        return True
    ctype = types.of(filename)
    return ctype is not None and ctype.lower().endswith("xml")


def _find_main_part(name: str, zf: zipfile.ZipFile, parts: frozenset[str]) -> str | None:
    """The main document part, as the package relationships name it (usually word/document.xml)."""
    if PACKAGE_RELS in parts:
        root = _parse_checked(name, zf, PACKAGE_RELS)
        for rel in root:
            rtype = rel.get("Type")
            if rtype == _STRICT_OFFICE_DOCUMENT_REL:
                raise NotADocxError(*strict_advice(name))
            if rtype == OFFICE_DOCUMENT_REL:
                target = (rel.get("Target") or "").lstrip("/")
                if target in parts:
                    return target
    if DOCUMENT_PART in parts:
        return DOCUMENT_PART
    return None


def find_main_part(zf: zipfile.ZipFile) -> str | None:
    """The main document part's name, or None (for a package already inspected)."""
    try:
        return _find_main_part("", zf, frozenset(zf.namelist()))
    except DrafterError:
        return None


def strict_advice(name: str) -> tuple[str, str]:
    return (
        _("{name} is saved as Strict Open XML, which Drafter cannot read.").format(name=name),
        _(
            "In Word choose File > Save As and save it as 'Word Document (.docx)', not 'Strict Open XML Document'."
        ),
    )


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _check_structure(
    name: str, zf: zipfile.ZipFile, parts: frozenset[str], types: _ContentTypes, main: str
) -> set[str]:
    """Walk the package's relationships as python-docx does when the export opens the draft,
    and refuse now what it would fail on then: a relationship without a type or target, a part
    it refers to that is missing or has no content type, two styles (numbering, ...) parts or
    one outside the package, a part of the wrong kind, and a part the export would create
    twice. Every part reached (but the main one, which the reader streams) is decompressed,
    and parsed if it is XML. Returns the names of the parts parsed whole."""
    if CONTENT_TYPES not in parts:
        raise NotADocxError(*_damaged_structure(name, _("it has no list of content types")))
    if PACKAGE_RELS not in parts:
        raise NotADocxError(*_damaged_structure(name, _("it has no package relationships")))
    main_type = types.of(main)
    if main_type not in _MAIN_CONTENT_TYPES:
        raise NotADocxError(
            _("{name} is not a Word document that Drafter can annotate (its main part is '{type}').").format(
                name=name, type=main_type
            ),
            _("Open it in Word and save it again as a .docx."),
        )
    parsed = {CONTENT_TYPES}
    count = mains = 0
    found_main = False
    single: dict[str, int] = {}
    visited: set[str] = set()
    queue: list[str] = [""]  # "": the package itself
    while queue:
        source = queue.pop()
        rels = PACKAGE_RELS if not source else _rels_name(source)
        if rels not in parts:
            continue
        base = "/" + posixpath.dirname(source) if source else "/"
        parsed.add(rels)
        for rel in _parse_checked(name, zf, rels).iterchildren(_REL):
            count += 1
            if count > MAX_RELATIONSHIPS:
                raise UnsafeDocxError(
                    _(
                        "{name} holds more than {count} relationships between its parts; a Word document "
                        "never needs that many."
                    ).format(name=name, count=MAX_RELATIONSHIPS),
                    _("The file may be malicious; ask the sender for a clean copy."),
                )
            rtype, target, rid = rel.get("Type"), rel.get("Target"), rel.get("Id")
            if not rtype or target is None or not rid:
                raise NotADocxError(
                    *_damaged_structure(
                        name, _("a relationship in '{part}' has no type, target or id").format(part=rels)
                    )
                )
            external = rel.get("TargetMode") == "External"
            if source == "" and rtype == OFFICE_DOCUMENT_REL:
                mains += 1
                if mains > 1 or external:
                    raise NotADocxError(
                        *_damaged_structure(
                            name, _("its package relationships name two main parts, or one outside it")
                        )
                    )
            if source == main and rtype in _SINGLE_RELS:
                what = _SINGLE_RELS[rtype][0]
                if external:
                    raise NotADocxError(
                        *_damaged_structure(
                            name,
                            _("its {kind} part is outside the package, at '{target}'").format(
                                kind=_part_kind(what), target=target
                            ),
                        )
                    )
                single[rtype] = single.get(rtype, 0) + 1
                if single[rtype] > 1:
                    raise NotADocxError(
                        *_damaged_structure(
                            name,
                            _("it has two {kind} parts where Word writes one").format(kind=_part_kind(what)),
                        )
                    )
            if external:
                continue
            part = posixpath.abspath(posixpath.join(base, target))[1:]
            if source == "" and rtype == OFFICE_DOCUMENT_REL:
                found_main = found_main or part == main
            if part not in parts:
                raise NotADocxError(
                    *_damaged_structure(
                        name,
                        _("'{source}' refers to '{part}', which is not in the file").format(
                            source=rels, part=part
                        ),
                    )
                )
            ctype = types.of(part)
            if ctype is None:
                raise NotADocxError(
                    *_damaged_structure(name, _("'{part}' has no content type").format(part=part))
                )
            if source == main and rtype in _SINGLE_RELS:
                what, expected, _created = _SINGLE_RELS[rtype]
                if expected is not None and ctype != expected:
                    raise NotADocxError(
                        *_damaged_structure(
                            name,
                            _("its {kind} part '{part}' has the content type '{type}'").format(
                                kind=_part_kind(what), part=part, type=ctype
                            ),
                        )
                    )
            if part in visited:
                continue
            visited.add(part)
            if part != main:
                data = zf.read(part)  # every part the export reads must decompress (its CRC too)
                if _is_xml(part, types):  # well-formed, within the depth the export's parser takes
                    _parse_checked(name, zf, part, data)
                    parsed.add(part)
            queue.append(part)
    if not found_main:
        raise NotADocxError(
            *_damaged_structure(name, _("its package relationships do not name its main part"))
        )
    main_rels = {rtype for rtype in single}
    for rtype, (what, _expected, default) in _SINGLE_RELS.items():
        if default is not None and rtype not in main_rels and default in visited:
            raise NotADocxError(
                *_damaged_structure(
                    name,
                    _("'{part}' is in it but not as its {kind} part").format(
                        part=default, kind=_part_kind(what)
                    ),
                )
            )
    return parsed


def _parse_checked(name: str, zf: zipfile.ZipFile, part: str, data: bytes | None = None) -> etree._Element:
    """Part ``part`` parsed whole, refused if it has a DOCTYPE (entities are never resolved)."""
    root = parse_xml(zf.read(part) if data is None else data)
    if getattr(root.getroottree().docinfo, "doctype", ""):
        raise UnsafeDocxError(*_entities(name, part))
    return root


def _entities(name: str, part: str) -> tuple[str, str]:
    return (
        _("{name} contains XML entity declarations in '{part}', which Word never writes.").format(
            name=name, part=part
        ),
        _("Drafter does not open such files; ask the sender to save the draft from Word as a .docx."),
    )


def _check_no_doctype(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a DOCTYPE (and so entity declarations) in an XML part, in whatever encoding: the
    parser reads the prolog, up to the root element's start, where a DOCTYPE must stand."""
    with zf.open(info) as fh:
        try:
            events = etree.iterparse(fh, events=("start",), **PARSER_OPTIONS)
            doctype = next((el.getroottree().docinfo.doctype for _, el in events), "")
        except etree.XMLSyntaxError:
            return  # not XML at all (reported where the part is read, if it ever is)
    if doctype:
        raise UnsafeDocxError(*_entities(name, info.filename))


# Entities are never resolved and nothing is fetched; libxml2's limits stay on (depth
# MAX_XML_DEPTH, 10 MB in one text node), as in the parser python-docx uses at export, so that
# what is read can be written. For whole-part and pull parsers.
class ParserOptions(TypedDict):
    resolve_entities: bool
    no_network: bool
    load_dtd: bool
    huge_tree: bool
    remove_blank_text: bool


PARSER_OPTIONS = ParserOptions(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False
)
SAFE_PARSER = etree.XMLParser(**PARSER_OPTIONS)


def parse_xml(raw: bytes) -> etree._Element:
    """Parse a part's XML with entity resolution and network access off."""
    return etree.fromstring(raw, SAFE_PARSER)
