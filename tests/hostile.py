"""Damaged and hostile .docx packages, built from a real draft: the cases that once crashed
Drafter, each as bytes (tests/test_hostile.py checks that every one is refused clearly or read,
and that a draft that is read can be exported). The fuzzer (benchmarks/fuzz.py) uses the same
zip surgery."""

from __future__ import annotations

import io
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "sample-draft.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def build(items: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    pairs = items.items() if isinstance(items, dict) else items
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")  # a duplicate name is what some cases are made of
        for name, data in pairs:
            zf.writestr(name, data)
    return buf.getvalue()


def headers(data: bytes) -> list[tuple[int, int]]:
    """(offset of the local header, offset of the central header) of each entry, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        locals_ = [i.header_offset for i in zf.infolist()]
    centrals = [m.start() for m in re.finditer(re.escape(_CENTRAL), data)]
    return list(zip(locals_, centrals[-len(locals_) :], strict=False))


def patch_entry(
    data: bytes,
    name: str,
    *,
    method: int | None = None,
    flags_or: int = 0,
    version: int | None = None,
) -> bytes:
    """The zip with entry ``name``'s compression method, general purpose flags or needed
    version changed in both its local and central headers (the data left as it is)."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
    index = names.index(name)
    local, central = headers(data)[index]
    # Local header: version 4, flags 6, method 8. Central: made-by 4, needed 6, flags 8, method 10.
    for base, v_off, f_off, m_off in ((local, 4, 6, 8), (central, 6, 8, 10)):
        if version is not None:
            out[base + v_off : base + v_off + 2] = struct.pack("<H", version)
        if flags_or:
            (flags,) = struct.unpack("<H", out[base + f_off : base + f_off + 2])
            out[base + f_off : base + f_off + 2] = struct.pack("<H", flags | flags_or)
        if method is not None:
            out[base + m_off : base + m_off + 2] = struct.pack("<H", method)
    return bytes(out)


def rename_entry(data: bytes, name: str, raw: bytes, utf8_flag: bool = True) -> bytes:
    """Replace entry ``name``'s file name by the bytes ``raw`` (same length) in both headers."""
    assert len(raw) == len(name.encode())
    out = patch_entry(data, name, flags_or=0x800 if utf8_flag else 0)
    encoded = name.encode()
    return out.replace(encoded, raw)


def _sample() -> bytes:
    return SAMPLE.read_bytes()


def _with(change: Callable[[dict[str, bytes]], None]) -> bytes:
    items = entries(_sample())
    change(items)
    return build(items)


def _sub(items: dict[str, bytes], name: str, old: str, new: str, count: int = 1) -> None:
    text = items[name].decode("utf-8")
    assert old in text, (name, old)
    items[name] = text.replace(old, new, count).encode("utf-8")


def _first_numbering_ilvl(value: str) -> bytes:
    def change(items: dict[str, bytes]) -> None:
        doc = items["word/document.xml"].decode()
        doc = re.sub(r'<w:ilvl w:val="[^"]*"/>', f'<w:ilvl w:val="{value}"/>', doc, count=1)
        if f'w:val="{value}"' not in doc:
            doc = doc.replace(
                "<w:pPr>",
                f'<w:pPr><w:numPr><w:ilvl w:val="{value}"/><w:numId w:val="1"/></w:numPr>',
                1,
            )
        items["word/document.xml"] = doc.encode()

    return _with(change)


def _abstract_ilvl(value: str) -> bytes:
    return _with(
        lambda items: _sub(items, "word/numbering.xml", '<w:lvl w:ilvl="0"', f'<w:lvl w:ilvl="{value}"')
    )


def _nested_hyperlinks(depth: int) -> bytes:
    inner = "<w:r><w:t>Amnesty shall not be granted.</w:t></w:r>"
    for _ in range(depth):
        inner = f"<w:hyperlink>{inner}</w:hyperlink>"
    return _with(lambda items: _sub(items, "word/document.xml", "<w:body>", f"<w:body><w:p>{inner}</w:p>"))


def _nested_footnote(depth: int) -> bytes:
    inner = "<w:r><w:t>Note.</w:t></w:r>"
    for _ in range(depth):
        inner = f"<w:ins w:id='9' w:author='x'>{inner}</w:ins>"

    def change(items: dict[str, bytes]) -> None:
        text = items["word/footnotes.xml"].decode()
        items["word/footnotes.xml"] = text.replace(
            "</w:footnotes>", f'<w:footnote w:id="7"><w:p>{inner}</w:p></w:footnote></w:footnotes>'
        ).encode()

    return _with(change)


def _rels(items: dict[str, bytes], change: Callable[[str], str]) -> None:
    name = "word/_rels/document.xml.rels"
    items[name] = change(items[name].decode()).encode()


def _styles_rel(text: str) -> str:
    m = re.search(r'<Relationship [^>]*Target="styles.xml"[^>]*/>', text)
    assert m is not None
    return m.group(0)


def _no_type(items: dict[str, bytes]) -> None:
    _rels(items, lambda t: t.replace(f'Type="{RT}/settings"', "", 1))


def _no_styles_override(items: dict[str, bytes]) -> None:
    items["[Content_Types].xml"] = re.sub(
        rb'<Override PartName="/word/styles.xml"[^>]*/>', b"", items["[Content_Types].xml"]
    )


def _two_styles_rels(items: dict[str, bytes]) -> None:
    _rels(
        items,
        lambda t: t.replace("</Relationships>", _styles_rel(t).replace('Id="', 'Id="x') + "</Relationships>"),
    )


def _external_styles(items: dict[str, bytes]) -> None:
    _rels(
        items,
        lambda t: t.replace(_styles_rel(t), _styles_rel(t).replace("/>", ' TargetMode="External"/>')),
    )


def _unknown_styles_type(items: dict[str, bytes]) -> None:
    _rels(items, lambda t: t.replace(f'Type="{RT}/styles"', 'Type="http://example.com/unknown"'))


def _comment_id_not_a_number(items: dict[str, bytes]) -> None:
    items["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}">'
        '<w:comment w:id="abc" w:author="A"><w:p><w:r><w:t>old</w:t></w:r></w:p></w:comment></w:comments>'
    ).encode()
    _sub(
        items,
        "[Content_Types].xml",
        "</Types>",
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.comments+xml"/></Types>',
    )
    _rels(
        items,
        lambda t: t.replace(
            "</Relationships>",
            f'<Relationship Id="rIdC" Type="{RT}/comments" Target="comments.xml"/></Relationships>',
        ),
    )


def _late_doctype(items: dict[str, bytes]) -> None:
    pad = "<!--" + " " * 5000 + "-->"
    _sub(
        items,
        "word/document.xml",
        "<w:document",
        f'{pad}<!DOCTYPE w:document [<!ENTITY x "amnesty">]><w:document',
    )
    _sub(items, "word/document.xml", "<w:body>", "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>")


def _utf16_doctype(items: dict[str, bytes]) -> None:
    text = items["word/settings.xml"].decode("utf-8")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    text = text.replace("<w:settings", '<!DOCTYPE w:settings [<!ENTITY x "y">]><w:settings', 1)
    items["word/settings.xml"] = text.encode("utf-16")


def _nul_in_text(items: dict[str, bytes]) -> None:
    _sub(items, "word/document.xml", "<w:body>", "<w:body><w:p><w:r><w:t>a\x00b</w:t></w:r></w:p>")


def _strict(items: dict[str, bytes]) -> None:
    rels = items["_rels/.rels"].decode()
    items["_rels/.rels"] = rels.replace(
        f"{RT}/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
    ).encode()
    doc = items["word/document.xml"].decode()
    items["word/document.xml"] = doc.replace(
        W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main"
    ).encode()


def _duplicate_entry() -> bytes:
    items = entries(_sample())
    pairs = [*items.items(), ("word/document.xml", items["word/document.xml"])]
    return build(pairs)


def _long_number(items: dict[str, bytes]) -> None:
    _sub(items, "word/numbering.xml", '<w:start w:val="1"/>', f'<w:start w:val="{"9" * 5000}"/>')


# name -> (bytes, what the one-line refusal says, or None when the draft must be read and exported)
CASES: dict[str, tuple[Callable[[], bytes], str | None]] = {
    "aes-encrypted entry": (lambda: patch_entry(_sample(), "word/document.xml", method=99), "encrypt"),
    "deflate64 entry": (lambda: patch_entry(_sample(), "word/styles.xml", method=9), "compression"),
    "strong encryption flag": (lambda: patch_entry(_sample(), "word/document.xml", flags_or=0x40), "encrypt"),
    "zip version 8.0": (lambda: patch_entry(_sample(), "word/document.xml", version=80), "zip"),
    "name not utf-8": (
        lambda: rename_entry(_sample(), "docProps/app.xml", b"docProps/\xff\xfe\xfd.xml"),
        "damaged",
    ),
    "duplicate entry": (_duplicate_entry, "twice"),
    "ilvl not a number": (lambda: _first_numbering_ilvl("x"), None),
    "ilvl of 5,000 digits": (lambda: _first_numbering_ilvl("9" * 5000), None),
    "ilvl 999999999999": (lambda: _first_numbering_ilvl("999999999999"), None),
    "abstract ilvl not a number": (lambda: _abstract_ilvl("one"), None),
    "start of 5,000 digits": (lambda: _with(_long_number), None),
    "hyperlinks 1,000 deep": (lambda: _nested_hyperlinks(1000), "nested"),
    "footnote 300 deep": (lambda: _nested_footnote(300), "nested"),
    "relationship without Type": (lambda: _with(_no_type), "relationship"),
    "no content type for styles": (lambda: _with(_no_styles_override), "content type"),
    "two styles relationships": (lambda: _with(_two_styles_rels), "two"),
    "external styles": (lambda: _with(_external_styles), "outside"),
    "styles of unknown type": (lambda: _with(_unknown_styles_type), "styles.xml"),
    "comment id not a number": (lambda: _with(_comment_id_not_a_number), None),
    "doctype after 4 KB": (lambda: _with(_late_doctype), "entity declarations"),
    "doctype in utf-16": (lambda: _with(_utf16_doctype), "entity declarations"),
    "nul byte in text": (lambda: _with(_nul_in_text), "damaged"),
    "strict ooxml": (lambda: _with(_strict), "Strict"),
}
