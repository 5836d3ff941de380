"""The findings memo laid out by Qt: a PDF (QTextDocument + QPdfWriter), and the document that
File > Print and Print preview print.

Used by the app and, without a window, by ``drafter report -o MEMO.pdf``: a QGuiApplication on
the offscreen platform is enough for Qt to lay out text (``ensure_gui_application``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from drafter.memo import Memo, memo_html
from drafter.memo_files import atomic_output

RESOLUTION = 300  # dots per inch of the PDF's layout
MARGIN_MM = 0.0  # QTextDocument.print_ adds its own margins of 2 cm and the page numbers

_apps: list[QGuiApplication] = []  # the command line's application, kept alive while it runs


def ensure_gui_application() -> None:
    """Qt lays out text only with a GUI application; the command line makes an offscreen one."""
    if QGuiApplication.instance() is None:
        _apps.append(QGuiApplication(["drafter", "-platform", "offscreen"]))


def memo_document(memo: Memo) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(memo_html(memo))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, memo.title)
    return document


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's pages (with page numbers) and paint them."""
    document.print_(device)


def write_memo_pdf(memo: Memo, output: Path) -> Path:
    ensure_gui_application()
    document = memo_document(memo)
    with atomic_output(output) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout())
        writer.setTitle(memo.title)
        writer.setCreator("Drafter")
        print_document(document, writer)
        del writer  # closes the file
    return output
