"""File > Export memo, Print memo, Print preview and Compare with...: the findings memo of the
open draft (with the lawyer's decisions and notes) written, printed or previewed, and the draft
compared with an earlier version, with the message boxes they show.

``MemoActions`` is a part of the main window (``MainWindow`` derives from it): it uses the
window's review, its task runner and its status line, declared below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QStyle

from drafter.analysis import analyze
from drafter.app.compare_view import CompareView
from drafter.app.controls import APP_TITLE, ElidedLabel
from drafter.app.memo_export import (
    MemoPrintPreview,
    ask_memo_path,
    ask_print,
    default_memo_path,
    make_printer,
    print_memo,
    write_memo,
)
from drafter.app.review_model import Loaded
from drafter.app.settings import AppSettings
from drafter.app.workers import CancelFn, Job, ProgressFn
from drafter.compare import Comparison, compare
from drafter.document import load_draft
from drafter.memo import Memo, build_memo
from drafter.review import ReviewSession


class MemoActions(QMainWindow):
    """The memo, printing and comparing commands of the main window."""

    # What the main window provides.
    loaded: Loaded | None
    session: ReviewSession | None
    current_path: Path | None
    settings: AppSettings
    message: ElidedLabel
    export_action: QAction

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        raise NotImplementedError

    def _run(self, kind: str, message: str, job: Job, on_done: Callable[[Any], None]) -> None:
        raise NotImplementedError

    def _task_over(self) -> None:
        raise NotImplementedError

    def _titles(self) -> dict[str, str]:
        raise NotImplementedError

    def _build_memo_actions(self) -> None:
        """File > Export memo, Print, Print preview and Compare with..., after the export."""
        self.compare_view: CompareView | None = None
        self.memo_action = self._action(self._export_memo_chosen, "Ctrl+M")
        self.print_action = self._action(self.print_memo, QKeySequence.StandardKey.Print)
        self.print_preview_action = self._action(self.print_preview, "Ctrl+Shift+P")
        self.compare_action = self._action(self.choose_compare, "Ctrl+Shift+C")
        self.memo_actions = (
            self.memo_action,
            self.print_action,
            self.print_preview_action,
            self.compare_action,
        )
        file_menu = self.export_action.associatedObjects()[0]
        assert isinstance(file_menu, QMenu)
        actions = file_menu.actions()
        after = actions[actions.index(self.export_action) + 1]
        file_menu.insertActions(after, list(self.memo_actions))
        for action in self.memo_actions:
            action.setEnabled(False)

    def _retranslate_memo_actions(self) -> None:
        self.memo_action.setText(self.tr("Export &memo…"))
        self.print_action.setText(self.tr("&Print memo…"))
        self.print_preview_action.setText(self.tr("Print pre&view…"))
        self.compare_action.setText(self.tr("&Compare with…"))

    def _export_memo_chosen(self) -> None:
        self.choose_memo_export()  # (the action's "checked" flag is no comparison)

    def current_memo(self, comparison: Comparison | None = None) -> Memo:
        """The memo of the open draft with the lawyer's decisions and notes."""
        assert self.loaded is not None and self.session is not None
        return build_memo(self.loaded.analysis, self.loaded.library, dict(self.session.decisions), comparison)

    def ask_memo_path(self, suggested: Path) -> str:
        return ask_memo_path(self, suggested)

    def ask_print(self, printer: QPrinter) -> bool:
        return ask_print(self, printer)

    def memo_written_box(self, path: Path) -> tuple[QMessageBox, dict[str, object]]:
        box = QMessageBox(self)
        box.setWindowTitle(APP_TITLE)
        box.setText(self.tr("The memo was written to:\n{path}").format(path=path))
        buttons: dict[str, object] = {
            "open": box.addButton(self.tr("Open &memo"), QMessageBox.ButtonRole.ActionRole),
            "close": box.addButton(QMessageBox.StandardButton.Close),
        }
        return box, buttons

    def offer_open_memo(self, path: Path) -> None:
        box, buttons = self.memo_written_box(path)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is buttons["open"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_memo_export(self, comparison: Comparison | None = None) -> None:
        if self.loaded is None or self.current_path is None:
            return
        path = self.ask_memo_path(default_memo_path(self.current_path, comparison is not None))
        if path:
            self.export_memo_to(Path(path), comparison)

    def export_memo_to(self, path: Path, comparison: Comparison | None = None) -> None:
        if self.loaded is None or self.session is None:
            return
        if path.suffix.lower() not in (".docx", ".pdf", ".csv"):
            path = path.with_name(path.name + ".docx")
        memo = self.current_memo(comparison)
        draft = Path(self.loaded.analysis.draft.path)

        def job(progress: ProgressFn, is_cancelled: CancelFn) -> Path:
            progress(0, 1)
            return write_memo(memo, draft, path)

        self._run(
            "memo export", self.tr("Writing the memo {name}…").format(name=path.name), job, self._memo_done
        )

    def _memo_done(self, path: Path) -> None:
        self._task_over()
        self.message.setText(self.tr("Wrote the memo {path}.").format(path=path))
        self.offer_open_memo(path)

    def print_memo(self) -> None:
        if self.loaded is None:
            return
        printer = make_printer()
        if self.ask_print(printer):
            print_memo(self.current_memo(), printer)
            self.message.setText(self.tr("The memo was sent to the printer."))

    def make_print_preview(self) -> MemoPrintPreview:
        return MemoPrintPreview(self.current_memo(), self)

    def print_preview(self) -> None:
        if self.loaded is None:
            return
        dialog = self.make_print_preview()
        dialog.exec()
        dialog.deleteLater()  # (a child of the window: it would otherwise live as long as the window)

    def ask_compare_path(self) -> str:
        start = str(self.current_path.parent) if self.current_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare with an earlier version"),
            start,
            self.tr("Word documents (*.docx *.docm *.dotx *.dotm)"),
        )
        return path

    def choose_compare(self) -> None:
        if self.loaded is None:
            return
        path = self.ask_compare_path()
        if path:
            self.compare_with(Path(path))

    def compare_with(self, earlier: Path) -> None:
        """Analyse ``earlier`` on the pool and compare it with the open draft (the later version)."""
        if self.loaded is None:
            return
        loaded = self.loaded
        match = self.settings.match_settings()

        def job(progress: ProgressFn, is_cancelled: CancelFn) -> Comparison:
            progress(0, 100)
            draft = load_draft(earlier)

            def scaled(done: int, total: int) -> None:
                progress(5 + (90 * done) // max(total, 1), 100)

            old = analyze(draft, loaded.library, match, progress=scaled, is_cancelled=is_cancelled)
            return compare(old, loaded.analysis, loaded.library.categories)

        self._run(
            "comparison", self.tr("Comparing with {name}…").format(name=earlier.name), job, self._compare_done
        )

    def _compare_done(self, comparison: Comparison) -> None:
        self._task_over()
        if self.compare_view is not None:
            self.compare_view.close()
            self.compare_view.deleteLater()
        view = CompareView(comparison, self._titles(), self)
        view.exportRequested.connect(lambda: self.choose_memo_export(comparison))
        self.compare_view = view
        n = comparison.counts()
        self.message.setText(
            self.tr(
                "Compared with {name}: {weakened} weakened, {strengthened} strengthened, {added} added, "
                "{removed} removed."
            ).format(name=Path(comparison.old.draft.path).name, **n)
        )
        view.show()
