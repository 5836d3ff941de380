"""Building real .docx files for tests, from plain text or from raw WordprocessingML."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def text_docx(path: Path, paragraphs: Iterable[str], headings: Sequence[str] = ()) -> Path:
    """A .docx with one paragraph per string; strings listed in ``headings`` get Heading 2."""
    document = docx.Document()
    for text in paragraphs:
        if text in headings:
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def xml_docx(path: Path, body_xml: str, parts: dict[str, str] | None = None) -> Path:
    """A .docx whose body is ``body_xml`` (children of w:body, namespace w: declared)."""
    document = docx.Document()
    body = document.element.body
    sect = body.find(f"{{{W}}}sectPr")
    for child in list(body):
        if child is not sect:
            body.remove(child)
    wrapper = parse_xml(
        f"<w:body {nsdecls('w', 'r')} xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        f"xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>{body_xml}</w:body>"
    )
    for child in list(wrapper):
        if sect is not None:
            sect.addprevious(child)
        else:
            body.append(child)
    document.save(str(path))
    if parts:
        add_parts(path, parts)
    return path


def add_parts(path: Path, parts: dict[str, str]) -> None:
    """Add or replace parts of a saved .docx (content types and relationships are up to the caller)."""
    with zipfile.ZipFile(path) as zf:
        items = {name: zf.read(name) for name in zf.namelist()}
    for name, content in parts.items():
        items[name] = content.encode("utf-8")
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    tmp.replace(path)


def p(text: str, *, style: str | None = None) -> str:
    """A simple w:p with one run."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def body_texts(path: Path) -> list[str]:
    from drafter.document import load_draft

    return [p.text for p in load_draft(path).paragraphs]


def build_sample(path: Path) -> Path:
    """The bundled sample draft, rebuilt from its script."""
    import runpy

    root = Path(__file__).resolve().parents[1]
    runpy.run_path(str(root / "resources" / "sample" / "build_sample.py"))["build"](path)
    return path
