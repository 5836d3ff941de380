"""File > Export memo, Print and Print preview: the findings memo from the app.

The memo itself is plain data (drafter/memo.py) with the lawyer's decisions and notes; this module
chooses the file, writes it in the format its name asks for (.docx, .pdf, .csv), and prints it
with Qt's print support (the same QTextDocument the PDF is laid out from).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from drafter.app.controls import fit_size
from drafter.app.memo_print import memo_document, page_layout, write_memo_pdf
from drafter.memo import Memo
from drafter.memo_files import check_memo_output, write_memo_csv, write_memo_docx


def memo_filters() -> dict[str, str]:
    """The file dialog's filters (in the interface language), each with the ending it gives."""
    return {
        QCoreApplication.translate("MemoExport", "Word document (*.docx)"): ".docx",
        QCoreApplication.translate("MemoExport", "PDF (*.pdf)"): ".pdf",
        QCoreApplication.translate("MemoExport", "CSV for a spreadsheet (*.csv)"): ".csv",
    }


def default_memo_path(draft: Path, comparison: bool = False) -> Path:
    return draft.with_name(f"{draft.stem}-{'changes' if comparison else 'memo'}.docx")


def ask_memo_path(parent: QWidget, suggested: Path) -> str:
    """A file name for the memo; its ending chooses the format (the filter's, if none is typed)."""
    filters = memo_filters()
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MemoExport", "Export memo"), str(suggested), ";;".join(filters)
    )
    if path and Path(path).suffix.lower() not in (".docx", ".pdf", ".csv"):
        path += filters.get(chosen, ".docx")
    return path


def write_memo(memo: Memo, draft: Path, output: Path) -> Path:
    """Write the memo in the format ``output``'s ending names (refusing the draft itself)."""
    kind = check_memo_output(draft, output)
    if kind == ".pdf":
        return write_memo_pdf(memo, output)
    if kind == ".csv":
        return write_memo_csv(memo, output)
    return write_memo_docx(memo, output)


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def print_memo(memo: Memo, printer: QPrinter) -> None:
    memo_document(memo).print_(printer)


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("MemoExport", "Print memo"))
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class MemoPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of the memo: the pages as they will print, with Qt's own print button."""

    def __init__(self, memo: Memo, parent: QWidget | None = None) -> None:
        self.memo_printer = make_printer()
        super().__init__(self.memo_printer, parent)
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=memo.title))
        self.document: QTextDocument = memo_document(memo)
        self.paints = 0
        self.paintRequested.connect(self._paint)
        fit_size(self, 900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        self.document.print_(printer)
        self.paints += 1
