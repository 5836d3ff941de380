"""The main window: open a draft, review its findings, export the annotated copy.

It builds the views, which follow one review model (``review_model.ReviewModel``: the analysis,
the decisions, the item looked at, the undo stack), puts the commands in menus, and runs the
long work (analysis, export) on a thread pool; it holds no analysis logic of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QWidget,
)

from drafter.analysis import analyze
from drafter.app import language
from drafter.app.controls import APP_TITLE, ElidedLabel
from drafter.app.detail_panel import DetailPanel
from drafter.app.document_view import DocumentView
from drafter.app.export_dialog import ExportDialog
from drafter.app.findings_panel import FindingsModel, FindingsPanel, status_word
from drafter.app.guide_window import GuideWindow, show_guide
from drafter.app.library_editor import LibraryEditor
from drafter.app.memo_actions import MemoActions
from drafter.app.missing_panel import MissingPanel
from drafter.app.review_model import FINDING, MISSING, Loaded, ReviewModel, prepare
from drafter.app.settings import AppSettings, SettingsStore
from drafter.app.settings_dialog import SettingsDialog
from drafter.app.theme import apply_theme, is_dark, stance_styles
from drafter.app.workers import CancelFn, Job, ProgressFn, Task, start
from drafter.changes import Mode
from drafter.document import load_draft
from drafter.errors import DrafterError
from drafter.export import ExportOptions, copy_suffix, export_annotated
from drafter.library.loader import load_cached_library, load_library
from drafter.library.userlib import UserLibrary
from drafter.matching.cache import load_cached_index
from drafter.paths import resources_dir, sample_draft, user_library_dir
from drafter.review import ReviewSession, Status
from drafter.review_store import ReviewSaveError

REVIEW_RETRY_MS = 30_000  # a review that could not be saved is tried again this often
DEFAULT_SIZE = (1400, 860)
# Room left around the window for its frame (title bar, borders) and a taskbar's edge.
FRAME_ROOM = (16, 48)
TITLE_FOLDER_CHARS = 48  # the folder in the title is shortened beyond this

__all__ = ["APP_TITLE", "Loaded", "MainWindow"]


class Legend(QWidget):
    """The stance colours, with their names (colour is never the only cue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []

    def update_styles(self, dark: bool) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels.clear()
        for style in stance_styles(dark).values():
            decoration = {"none": "none", "dash": "underline", "wave": "underline"}[style.underline]
            name = QCoreApplication.translate("Legend", style.label)
            label = QLabel(
                f'<span style="background:{style.background}; color:{style.foreground}; '
                f'text-decoration:{decoration};">&nbsp;{name}&nbsp;</span>'
            )
            label.setAccessibleName(f"{style.label} highlight")
            self.layout_.addWidget(label)
            self.labels.append(label)


def title_folder(path: Path) -> str:
    """The folder of ``path`` as the title shows it: the home folder as "~", and only its last
    folders when it is long (enough to tell two drafts of the same name apart)."""
    folder = path.parent
    try:
        shown = "~/" + folder.relative_to(Path.home()).as_posix()
    except ValueError:
        shown = folder.as_posix()
    shown = shown.rstrip("/") or "/"
    if len(shown) > TITLE_FOLDER_CHARS:
        parts = folder.parts
        tail = "/".join(parts[-2:])
        if len(tail) > TITLE_FOLDER_CHARS:
            tail = parts[-1][-TITLE_FOLDER_CHARS:]
        shown = f"…/{tail}"
    return shown


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` made to fit ``available`` (less room for the frame), moved inside it."""
    width = min(wanted.width(), available.width() - FRAME_ROOM[0])
    height = min(wanted.height(), available.height() - FRAME_ROOM[1])
    x = min(max(wanted.x(), available.x()), available.right() - width - FRAME_ROOM[0] // 2)
    y = min(max(wanted.y(), available.y()), available.bottom() - height - FRAME_ROOM[1] + 8)
    return QRect(max(x, available.x()), max(y, available.y()), width, height)


class MainWindow(MemoActions):
    def __init__(self, store: SettingsStore | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.store = store or SettingsStore()
        self.settings: AppSettings = self.store.load()
        self.pool = pool or QThreadPool.globalInstance()
        self.task: Task | None = None
        self.task_kind = ""
        self._on_task_done: Callable[[Any], None] = lambda result: None
        self.loaded: Loaded | None = None
        self._shown_summary = ""  # the summary at the start of the status line, while it is there
        self.session: ReviewSession | None = None
        self.current_path: Path | None = None
        self.library_editor: LibraryEditor | None = None
        self.guide: GuideWindow | None = None
        self._reanalyse_after_task = False
        self._after_export: Callable[[], None] | None = None  # what the export was asked for before
        self._review_warned = False  # the review's save failed and the lawyer was told
        self.review_retry = QTimer(self)
        self.review_retry.setInterval(REVIEW_RETRY_MS)
        self.review_retry.timeout.connect(self._retry_review_save)
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "drafter.svg")))
        language.ensure_installed()  # the widgets' words in the core's language
        self.review = ReviewModel(self)
        self._build_views()
        self._build_actions()
        self._build_memo_actions()
        self._build_status_bar()
        self.retranslate()
        self._restore_window()
        self._update_title()
        # Load the compiled library and its match index now, before the event loop runs, if
        # the caches have them.
        library = load_cached_library(self.settings.all_library_dirs())
        if library is not None:
            load_cached_index(library)

    # ------------------------------------------------------------ construction

    def _build_views(self) -> None:
        review = self.review
        self.document = DocumentView()
        self.document.set_zoom(self.settings.zoom)
        self.findings = FindingsPanel(review)
        self.findings.set_grouped(self.settings.group_by_category)
        self.missing = MissingPanel(review)
        self.detail = DetailPanel(review)
        self.side = QTabWidget()
        self.side.setAccessibleName("Findings and missing categories")
        self.side.addTab(self.findings, "")
        self.side.addTab(self.missing, "")
        self.side.setUsesScrollButtons(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.document)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setCollapsible(1, False)  # the draft itself stays readable
        self.setCentralWidget(self.splitter)
        self.document.follow(review)
        review.reset.connect(self._show_analysis)
        review.currentChanged.connect(self._follow_current)
        review.decided.connect(self._decided)
        review.missingChanged.connect(self._update_missing_tab)
        self.document.findingActivated.connect(lambda i: review.set_current(FINDING, i))
        self.document.zoomChanged.connect(self._zoom_changed)
        self.detail.acceptAndNextRequested.connect(self.accept_and_next)
        self.side.currentChanged.connect(self._tab_changed)
        self.findings.group_box.toggled.connect(self._grouping_changed)
        self.setTabOrder(self.findings.tree, self.document)
        self.setTabOrder(self.document, self.detail.body)
        self.setTabOrder(self.detail.body, self.detail.accept_button)

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        """A command (its words are set by ``retranslate``)."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        """The commands (their words are set by ``retranslate``), in menus and the toolbar."""
        sp = QStyle.StandardPixmap
        action = self._action
        self.open_action = action(self.choose_file, QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.export_action = action(self.choose_export, "Ctrl+E", sp.SP_DialogSaveButton)
        self.reanalyse_action = action(self.reanalyse, "F5", sp.SP_BrowserReload)
        self.settings_action = action(self.edit_settings, "Ctrl+,")
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.next_action = action(lambda: self.findings.select_next(1), "F8", sp.SP_ArrowDown)
        self.prev_action = action(lambda: self.findings.select_next(-1), "Shift+F8", sp.SP_ArrowUp)
        # Undo and Redo say the step they take back or do again ("Undo Accept Article 6").
        stack = self.review.undo_stack
        self.undo_action = action(stack.undo, None, sp.SP_ArrowBack)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = action(stack.redo, None, sp.SP_ArrowForward)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.accept_action = action(self.detail.accept)
        self.accept_next_action = action(
            self.accept_and_next, QKeySequence("Ctrl+Return"), sp.SP_DialogApplyButton
        )
        self.accept_next_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.edit_action = action(self.detail.edit)
        self.dismiss_action = action(self.detail.dismiss)
        self.note_action = action(self.detail.note)
        self.reopen_action = action(self.detail.reopen)
        self.accept_selected_action = action(self.accept_selected)
        self.dismiss_selected_action = action(self.dismiss_selected)
        self.cancel_action = action(self.cancel_task, "Esc")
        self.zoom_in_action = action(lambda: self.document.zoom_by(1))
        # Ctrl+plus, and Ctrl+= for keyboards where plus needs Shift (each once: a key sequence
        # given twice is an ambiguous shortcut).
        zoom_keys: list[QKeySequence] = []
        for key in (
            *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
            QKeySequence("Ctrl++"),
            QKeySequence("Ctrl+="),
        ):
            if key not in zoom_keys:
                zoom_keys.append(key)
        self.zoom_in_action.setShortcuts(zoom_keys)
        self.zoom_out_action = action(lambda: self.document.zoom_by(-1), QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = action(lambda: self.document.set_zoom(100), "Ctrl+0")
        self.group_action = QAction(self)
        self.group_action.setCheckable(True)
        self.group_action.setChecked(self.settings.group_by_category)
        self.group_action.toggled.connect(self.findings.set_grouped)
        self.guide_action = action(self.show_user_guide, QKeySequence.StandardKey.HelpContents)
        self.about_action = action(self.about)
        self.library_action = action(self.edit_library, "Ctrl+L")
        self.file_menu = file_menu = self.menuBar().addMenu("")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.review_menu = review_menu = self.menuBar().addMenu("")
        for item in (
            self.undo_action,
            self.redo_action,
            None,
            self.next_action,
            self.prev_action,
            None,
            self.accept_action,
            self.accept_next_action,
            self.edit_action,
            self.dismiss_action,
            self.note_action,
            self.reopen_action,
            None,
            self.accept_selected_action,
            self.dismiss_selected_action,
            None,
            self.reanalyse_action,
            self.cancel_action,
        ):
            if item is None:
                review_menu.addSeparator()
            else:
                review_menu.addAction(item)
        self.view_menu = view_menu = self.menuBar().addMenu("")
        for item in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            None,
            self.group_action,
        ):
            if item is None:
                view_menu.addSeparator()
            else:
                view_menu.addAction(item)
        self.library_menu = self.menuBar().addMenu("")
        self.library_menu.addAction(self.library_action)
        self.help_menu = help_menu = self.menuBar().addMenu("")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        self.findings.menu_actions = [
            self.accept_selected_action,
            self.dismiss_selected_action,
            None,
            self.undo_action,
            self.redo_action,
        ]
        self.toolbar = toolbar = self.addToolBar("")
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName("Main toolbar")
        for item in (
            self.open_action,
            self.export_action,
            self.reanalyse_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.prev_action,
            self.next_action,
            self.accept_next_action,
        ):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        self._rebuild_recent()
        self._set_loaded_actions(False)

    def _retranslate_actions(self) -> None:
        """The words of the menus, their commands and the toolbar, in the interface language."""
        for action, text in (
            (self.open_action, self.tr("&Open draft…")),
            (self.export_action, self.tr("&Export annotated .docx…")),
            (self.reanalyse_action, self.tr("Analyse a&gain")),
            (self.settings_action, self.tr("&Settings…")),
            (self.quit_action, self.tr("&Quit")),
            (self.next_action, self.tr("&Next finding")),
            (self.prev_action, self.tr("&Previous finding")),
            (self.accept_action, self.tr("&Accept")),
            (self.accept_next_action, self.tr("Accept and ne&xt")),
            (self.edit_action, self.tr("&Edit wording…")),
            (self.dismiss_action, self.tr("&Dismiss…")),
            (self.note_action, self.tr("Add no&te…")),
            (self.reopen_action, self.tr("Re&open")),
            (self.accept_selected_action, self.tr("Accept &selected findings")),
            (self.dismiss_selected_action, self.tr("Dis&miss selected findings…")),
            (self.cancel_action, self.tr("&Cancel")),
            (self.zoom_in_action, self.tr("Zoom &in")),
            (self.zoom_out_action, self.tr("Zoom &out")),
            (self.zoom_reset_action, self.tr("&Actual size")),
            (self.group_action, self.tr("&Group findings by category")),
            (self.guide_action, self.tr("&User guide")),
            (self.about_action, self.tr("&About Drafter")),
            (self.library_action, self.tr("Edit clause &library…")),
        ):
            action.setText(text)
        self._update_undo_texts()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.view_menu.setTitle(self.tr("&View"))
        self.library_menu.setTitle(self.tr("&Library"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main"))

    def _update_undo_texts(self, _text: str = "") -> None:
        stack = self.review.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo {step}").format(step=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=redo) if redo else self.tr("&Redo"))

    def _build_status_bar(self) -> None:
        self.message = ElidedLabel("")
        self.message.setText(self.tr("Ready."))
        self.message.setAccessibleName("Status")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setAccessibleName("Cancel the running task")
        self.cancel_button.clicked.connect(self.cancel_task)
        self.cancel_button.hide()
        self.legend = Legend()
        self.legend.update_styles(is_dark())
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.legend)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    # ------------------------------------------------------------ the interface language

    def retranslate(self) -> None:
        """The window's own words in the interface language (each view does its own on the same
        QEvent.LanguageChange)."""
        self._retranslate_actions()
        self._retranslate_memo_actions()
        self.cancel_button.setText(self.tr("Cancel"))
        self.legend.update_styles(is_dark())
        self._update_missing_tab()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.task is None:
                self._shown_summary = self._analysis_summary() if self.loaded is not None else ""
                self.message.setText(self._shown_summary or self.tr("Ready."))
        super().changeEvent(event)

    def set_language(self, choice: str | None) -> str:
        """Speak ``choice`` ("en", "es", "fr", or "system") from now on, without closing anything:
        the core's words the views show are made again, and every open widget retranslates
        itself on the QEvent.LanguageChange that installing the translators sends."""
        chosen = language.switch(choice)
        self.review.retranslate()
        return chosen

    # ------------------------------------------------------------ the window on the screen

    def available_geometry(self) -> QRect:
        """The part of the window's screen a window may use (replaceable in tests)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """Make the window fit its screen: no larger, and inside it."""
        available = self.available_geometry()
        wanted = QRect(self.pos(), self.size())
        fitted = fit_rect(wanted, available)
        if fitted.size() != self.size():
            self.resize(fitted.size())
        if fitted.topLeft() != self.pos():
            self.move(fitted.topLeft())

    def _restore_window(self) -> None:
        geometry, state = self.store.window_state()
        available = self.available_geometry()
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            width, height = DEFAULT_SIZE
            self.resize(width, height)
            fitted = fit_rect(QRect(0, 0, width, height), available)
            self.resize(fitted.size())
            centre = available.center()
            self.move(
                centre.x() - fitted.width() // 2, max(available.y(), centre.y() - fitted.height() // 2 - 8)
            )
        self.fit_to_screen()
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(state)

    def _set_loaded_actions(self, loaded: bool) -> None:
        for action in (
            self.export_action,
            self.reanalyse_action,
            self.next_action,
            self.prev_action,
            self.accept_action,
            self.accept_next_action,
            self.edit_action,
            self.dismiss_action,
            self.note_action,
            self.reopen_action,
            self.accept_selected_action,
            self.dismiss_selected_action,
        ):
            action.setEnabled(loaded)
        for action in getattr(self, "memo_actions", ()):
            action.setEnabled(loaded)

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.settings.recent_files, 1):
            # Numbered mnemonics (&1 ... &9, then 1&0): a path's own letters would clash.
            mark = f"&{n}" if n < 10 else f"1&{n - 10}"
            action = self.recent_menu.addAction(f"{mark} {path.replace('&', '&&')}")
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    # ------------------------------------------------------------ dialogs (replaceable in tests)

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, APP_TITLE, text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def ask_open_path(self) -> str:
        start = str(self.current_path.parent) if self.current_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open draft"),
            start,
            self.tr("Word documents (*.docx *.docm *.dotx *.dotm)") + ";;" + self.tr("All files (*)"),
        )
        return path

    def ask_save_path(self, suggested: Path) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export annotated copy"), str(suggested), self.tr("Word documents (*.docx *.docm)")
        )
        return path

    def _box(self, text: str, informative: str = "") -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_TITLE)
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        return box

    def unsaved_box(self) -> tuple[QMessageBox, dict[str, object]]:
        """The question asked before the decisions are left (``ask_unsaved``), and its buttons."""
        problem = self.session.save_problem if self.session is not None else None
        buttons: dict[str, object] = {}
        if problem is None:
            box = self._box(
                self.tr("Your review decisions have not been exported to an annotated copy yet."),
                self.tr("They are kept and restored when you open this draft again. Export them now?"),
            )
        else:
            box = self._box(
                self.tr(
                    "Your review decisions could not be saved in '{folder}' ({reason}): they are lost "
                    "when you close unless you export them or save the review elsewhere."
                ).format(folder=problem.folder, reason=problem.reason),
                self.tr("Export them now, or save the review elsewhere?"),
            )
            buttons["elsewhere"] = box.addButton(
                self.tr("&Save review elsewhere…"), QMessageBox.ButtonRole.ActionRole
            )
        buttons["export"] = box.addButton(self.tr("&Export…"), QMessageBox.ButtonRole.AcceptRole)
        buttons["close"] = box.addButton(
            self.tr("Continue &without exporting") if problem is None else self.tr("Continue and &lose them"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        buttons["cancel"] = box.addButton(QMessageBox.StandardButton.Cancel)
        return box, buttons

    def ask_unsaved(self) -> str:
        """'export', 'elsewhere' (save the review elsewhere), 'close' or 'cancel'. What it says
        of the decisions is true: kept for the next opening only if they were saved."""
        box, buttons = self.unsaved_box()
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()  # a child of the window: it would otherwise live as long as the window
        return next((name for name, button in buttons.items() if button is clicked), "cancel")

    def review_not_saved_box(self, text: str) -> tuple[QMessageBox, dict[str, object]]:
        box = self._box(text)
        buttons: dict[str, object] = {
            "retry": box.addButton(self.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole),
            "elsewhere": box.addButton(self.tr("&Save review elsewhere…"), QMessageBox.ButtonRole.ActionRole),
            "keep": box.addButton(self.tr("&Keep in this window"), QMessageBox.ButtonRole.RejectRole),
        }
        return box, buttons

    def ask_review_not_saved(self, text: str) -> str:
        """After a save of the review failed: 'retry', 'elsewhere' or 'keep' (in the window)."""
        box, buttons = self.review_not_saved_box(text)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()  # (as above)
        return next((name for name, button in buttons.items() if button is clicked), "keep")

    def ask_review_path(self, suggested: Path) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save review elsewhere"), str(suggested), self.tr("Review (*.json)")
        )
        return path

    def exported_box(self, path: Path) -> tuple[QMessageBox, dict[str, object]]:
        box = QMessageBox(self)
        box.setWindowTitle(APP_TITLE)
        box.setText(self.tr("The annotated copy was written to:\n{path}").format(path=path))
        buttons: dict[str, object] = {
            "document": box.addButton(self.tr("Open &document"), QMessageBox.ButtonRole.ActionRole),
            "folder": box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole),
            "close": box.addButton(QMessageBox.StandardButton.Close),
        }
        return box, buttons

    def offer_open_folder(self, path: Path) -> None:
        """After an export: open the annotated copy itself, or the folder that holds it."""
        box, buttons = self.exported_box(path)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()  # (as above)
        if clicked is buttons["document"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is buttons["folder"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def ask_export_options(self) -> AppSettings | None:
        """The export options (author and initials, what becomes tracked changes, conforming
        clauses), or None if the reviewer cancels."""
        dialog = ExportDialog(self.settings, self)
        accepted = dialog.exec()
        chosen = dialog.result_settings()
        dialog.deleteLater()  # (as above)
        return chosen if accepted and chosen.has_author() else None

    # ------------------------------------------------------------ opening and analysing

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_sample(self) -> None:
        self.open_path(sample_draft())

    def open_path(self, path: str | Path) -> None:
        if self.task is not None:
            self.cancel_task()
        if not self._confirm_leave(lambda: self.open_path(path)):
            return
        self.current_path = Path(path)
        self._analyse(self.current_path)

    def reanalyse(self) -> None:
        if self.current_path is not None:
            self._analyse(self.current_path)

    def _analyse(self, path: Path) -> None:
        dirs = self.settings.all_library_dirs()
        match = self.settings.match_settings()
        grouped, styles = self.findings.group_box.isChecked(), self.findings.styles

        def job(progress: ProgressFn, is_cancelled: CancelFn) -> Loaded:
            progress(0, 100)
            draft = load_draft(path, with_formatting=True)
            progress(5, 100)
            library = load_library(dirs)
            progress(10, 100)

            def scaled(done: int, total: int) -> None:
                progress(10 + (90 * done) // max(total, 1), 100)

            analysis = analyze(draft, library, match, progress=scaled, is_cancelled=is_cancelled)
            # What the views show, prepared here, off the window: labels, and the list's rows.
            loaded = prepare(analysis, library)
            loaded.findings_model = FindingsModel.build(loaded, grouped, styles)
            return loaded

        self._run("analysis", self.tr("Analysing {name}…").format(name=path.name), job, self._analysis_done)

    def _run(self, kind: str, message: str, job: Job, on_done: Callable[[Any], None]) -> None:
        task = Task(job)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._task_finished)
        task.signals.failed.connect(self._task_failed)
        task.signals.cancelled.connect(self._task_cancelled)
        self.task = task
        self._on_task_done = on_done
        self.task_kind = kind
        self.message.setText(message)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        start(task, self.pool)

    def _from_current_task(self) -> bool:
        """Whether the signal being handled comes from the task under way. One superseded by
        opening another draft still reports (its cancellation, or a result it reached just
        before), and must touch neither the progress nor what the window shows."""
        return self.task is not None and self.sender() is self.task.signals

    def _progress(self, done: int, total: int) -> None:
        if self._from_current_task():
            self.progress.setValue(int(100 * done / max(total, 1)))

    def _task_finished(self, result: object) -> None:
        if self._from_current_task():
            self._on_task_done(result)

    def _task_over(self) -> None:
        self.task = None
        self.task_kind = ""
        self.progress.hide()
        self.cancel_button.hide()
        if self._reanalyse_after_task:
            self._reanalyse_after_task = False
            QTimer.singleShot(0, self.reanalyse)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _task_failed(self, text: str) -> None:
        if not self._from_current_task():
            return
        kind = self.task_kind
        self._task_over()
        self._after_export = None
        self.message.setText(self._task_words(kind)[0])
        self.show_error(text)

    def _task_cancelled(self) -> None:
        if not self._from_current_task():
            return
        kind = self.task_kind
        self._task_over()
        self._after_export = None
        self.message.setText(self._task_words(kind)[1])

    def _task_words(self, kind: str) -> tuple[str, str]:
        """What the status bar says when a task of ``kind`` failed, and when it was cancelled."""
        words = {
            "analysis": (self.tr("The analysis failed."), self.tr("The analysis was cancelled.")),
            "export": (self.tr("The export failed."), self.tr("The export was cancelled.")),
            "memo export": (self.tr("The memo export failed."), self.tr("The memo export was cancelled.")),
            "comparison": (self.tr("The comparison failed."), self.tr("The comparison was cancelled.")),
        }
        return words.get(kind, (self.tr("The task failed."), self.tr("The task was cancelled.")))

    def _analysis_summary(self) -> str:
        """The status line of an analysis shown: how many findings, how many categories the draft
        still lacks (as the tab counts them: an accepted insertion supplies one)."""
        assert self.loaded is not None
        analysis = self.loaded.analysis
        lacking = self.review.lacking() if self.review.loaded is not None else len(analysis.missing)
        text = self.tr("%n finding(s);", "", len(analysis.findings))
        return text + " " + self.tr("%n category(ies) missing.", "", lacking)

    def _analysis_done(self, loaded: Loaded) -> None:
        self._task_over()
        self.loaded = loaded
        analysis = loaded.analysis
        self.session = ReviewSession(analysis)
        self._review_warned = False
        self.review_retry.stop()
        report = self.session.restore()
        self.settings.add_recent(analysis.draft.path)
        self.store.save(self.settings)
        self._rebuild_recent()
        self.review.load(loaded, self.session)  # every view follows (_show_analysis here)
        self._set_loaded_actions(True)
        text = self._shown_summary = self._analysis_summary()
        if report.restored or report.moved:
            text += " " + self.tr(
                "Restored %n earlier review decision(s).", "", report.restored + report.moved
            )
        self.message.setText(text)
        if report.problem:
            self.show_info(self.tr("Saved review set aside"), report.problem)
        if report.lost:
            lines = "\n".join(
                f"• {s.label or s.category}: {status_word(s.decision.status)} — “{s.text[:80]}”"
                for s in report.lost
            )
            self.show_info(
                self.tr("Earlier decisions not found"),
                self.tr(
                    "These saved decisions no longer match any finding (the draft changed); they are kept:"
                )
                + "\n"
                + lines,
            )

    def _titles(self) -> dict[str, str]:
        assert self.loaded is not None
        return dict(self.loaded.titles)

    def _show_analysis(self) -> None:
        """A new analysis: the window's own words about it (the views follow the review model)."""
        self._update_missing_tab()
        self._update_title()

    def _theme_changed(self) -> None:
        """The stance colours of the theme, everywhere they show."""
        dark = is_dark()
        self.findings.set_styles(stance_styles(dark))
        self.legend.update_styles(dark)
        self.detail.refresh()
        self.document.show_review()

    # ------------------------------------------------------------ reviewing

    def _update_missing_tab(self) -> None:
        lacking = self.review.lacking() if self.review.loaded is not None else 0
        shown = self._shown_summary
        if self.loaded is not None and shown and self.message.text().startswith(shown):
            # The status line says the same count as the tab while it shows the summary (not
            # once a task's message has replaced it).
            summary = self._analysis_summary()
            self.message.setText(summary + self.message.text()[len(shown) :])
            self._shown_summary = summary
        self.side.setTabText(
            0, self.tr("Find&ings") + (f" ({len(self.review.findings)})" if self.review.loaded else "")
        )
        self.side.setTabText(
            1, self.tr("What the draft lac&ks") + (f" ({lacking})" if self.review.loaded else "")
        )

    def _follow_current(self) -> None:
        """The item looked at changed: its list is the one in front (the draft follows by itself)."""
        review = self.review
        if review.current_finding() is not None and self.side.currentWidget() is not self.findings:
            self.side.setCurrentWidget(self.findings)
        elif review.current_missing() is not None and self.side.currentWidget() is not self.missing:
            self.side.setCurrentWidget(self.missing)

    def _tab_changed(self, _tab: int) -> None:
        """The list brought to the front makes its own current item the one looked at."""
        if self.review.loaded is None:
            return
        if self.side.currentWidget() is self.missing:
            row = self.missing.current_row()
            if row is None and self.missing.count():
                self.missing.set_current_row(0)
            elif row is not None:
                self.review.set_current(MISSING, row)
        else:
            i = self.findings.current_index()
            if i is not None:
                self.review.set_current(FINDING, i)

    def _decided(self) -> None:
        self._check_review_saved()
        self._update_title()
        self.findings._update_summary()

    def accept_and_next(self) -> None:
        """Accept the item looked at and go to the next one still open (in the list's order)."""
        review = self.review
        i, n = review.current_finding(), review.current_missing()
        if i is not None:
            if not review.can_accept(i):
                return
            after = self.findings.next_of(i, 1, open_only=True)  # before the list filters it out
            review.accept([i])
            if after is not None:
                self.findings.select(after)
            else:
                self.message.setText(self.tr("No open finding left."))
        elif n is not None:
            self.detail.accept()
            supplied = review.supplied()
            rows = list(range(n + 1, len(review.missing))) + list(range(n))
            after = next(
                (r for r in rows if r not in supplied and review.missing_decision(r).status is Status.OPEN),
                None,
            )
            if after is not None:
                self.missing.set_current_row(after)

    def accept_selected(self) -> None:
        chosen = self.findings.selected_indexes()
        if not chosen:
            return
        done = self.review.accept(chosen)
        left = len(chosen) - done
        text = self.tr("Accepted %n of the {total} findings selected.", "", done).format(total=len(chosen))
        if left:
            text += " " + self.tr(
                "%n without a suggestion to use (or a heading) left as they were.", "", left
            )
        self.message.setText(text)

    def dismiss_selected(self) -> None:
        chosen = self.findings.selected_indexes()
        if not chosen:
            return
        reason, ok = self.detail.ask_text(
            self,
            self.tr("Dismiss findings"),
            self.tr("Reason for the %n finding(s) (optional, goes into the export):", "", len(chosen)),
            "",
        )
        if not ok:
            return
        done = self.review.dismiss(chosen, reason.strip() or None)
        self.message.setText(self.tr("Dismissed %n of the findings selected.", "", done))

    def _zoom_changed(self, percent: int) -> None:
        if self.settings.zoom != percent:
            self.settings.zoom = percent
            self.store.save(self.settings)

    def _grouping_changed(self, grouped: bool) -> None:
        self.group_action.setChecked(grouped)
        if self.settings.group_by_category != grouped:
            self.settings.group_by_category = grouped
            self.store.save(self.settings)

    # ------------------------------------------------------------ the review's autosave

    def _check_review_saved(self) -> None:
        """After a decision: if the review could not be saved, say so once (the decision is kept
        in the window), offer to retry or to save elsewhere, and retry every REVIEW_RETRY_MS."""
        session = self.session
        if session is None or session.saved:
            if self._review_warned:
                self.message.setText(self.tr("The review is saved again."))
            self._review_warned = False
            self.review_retry.stop()
            return
        problem = session.save_problem
        assert problem is not None
        self.message.setText(
            self.tr("Review not saved ({reason}); kept in this window, retrying.").format(
                reason=problem.reason
            )
        )
        if not self.review_retry.isActive():
            self.review_retry.start()
        if self._review_warned:
            return
        self._review_warned = True
        while session.save_problem is not None:
            answer = self.ask_review_not_saved(session.save_problem.message)
            if answer == "retry":
                if session.retry_save():
                    self._check_review_saved()
                    return
                continue
            if answer == "elsewhere":
                self.save_review_elsewhere()
            return

    def _retry_review_save(self) -> None:
        if self.session is not None and not self.session.saved and self.session.retry_save():
            self._check_review_saved()

    def save_review_elsewhere(self) -> bool:
        if self.session is None:
            return False
        draft = Path(self.session.analysis.draft.path)
        path = self.ask_review_path(Path.home() / f"{draft.stem}-review.json")
        if not path:
            return False
        try:
            out = self.session.save_to(path)
        except ReviewSaveError as exc:
            self.show_error(exc.message)
            return False
        self.show_info(
            self.tr("Review saved"),
            self.tr(
                "Your review decisions were saved to {saved}. To have them restored when you open "
                "this draft, copy that file over {path} once its folder can be written."
            ).format(saved=out, path=self.session.path),
        )
        return True

    def _update_title(self) -> None:
        if self.current_path is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            return
        # The folder too: two drafts of the same name (two sessions' "draft.docx") differ by it.
        self.setWindowTitle(f"{self.current_path.name}[*] — {title_folder(self.current_path)} — {APP_TITLE}")
        unsaved = bool(self.session and self.session.changed_since_export)
        self.setWindowModified(unsaved)
        self.setWindowFilePath(str(self.current_path))

    # ------------------------------------------------------------ exporting

    def default_export_path(self) -> Path:
        assert self.current_path is not None
        # (A macro-enabled draft gives a .docm copy, its macros kept; a template a .docx.)
        return self.current_path.with_name(
            f"{self.current_path.stem}-annotated{copy_suffix(self.current_path)}"
        )

    def choose_export(self, then: Callable[[], None] | None = None) -> bool:
        """Ask for the options and the file, and export; ``then`` runs once the copy is written.
        False if the lawyer cancelled."""
        if self.loaded is None:
            return False
        chosen = self.ask_export_options()
        if chosen is None:
            return False
        self.apply_settings(chosen)
        path = self.ask_save_path(self.default_export_path())
        if not path:
            return False
        self.export_to(Path(path))
        self._after_export = then if self.task is not None and self.task_kind == "export" else None
        return True

    def export_to(self, path: Path) -> None:
        if self.loaded is None or self.session is None:
            return
        if not self.settings.has_author():
            # The first export asks who signs the comments and changes (never the login name).
            chosen = self.ask_export_options()
            if chosen is None:
                return
            self.apply_settings(chosen)
        if path.suffix.lower() not in (".docx", ".docm"):
            path = path.with_suffix(copy_suffix(Path(self.loaded.analysis.draft.path)))
        loaded, decisions = self.loaded, dict(self.session.decisions)
        settings = self.settings
        options = ExportOptions(
            author=settings.author,
            initials=settings.effective_initials(),
            mode=Mode(settings.export_mode),
            include_conforming=settings.include_conforming,
        )

        def job(progress: ProgressFn, is_cancelled: CancelFn) -> Path:
            return export_annotated(
                loaded.analysis,
                loaded.library,
                path,
                decisions,
                options,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        self._after_export = None
        self._run("export", self.tr("Exporting {name}…").format(name=path.name), job, self._export_done)

    def _export_done(self, path: Path) -> None:
        self._task_over()
        if self.session is not None:
            self.session.mark_exported()
        self._update_title()
        self.message.setText(self.tr("Exported {path}.").format(path=path))
        then, self._after_export = self._after_export, None
        if then is not None:
            then()  # what was asked before the export (opening another draft, closing)
        else:
            self.offer_open_folder(path)

    # ------------------------------------------------------------ settings, window

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        accepted = dialog.exec()
        chosen = dialog.result_settings()
        dialog.deleteLater()  # (as above)
        if accepted:
            self.apply_settings(chosen)

    def apply_settings(self, settings: AppSettings) -> None:
        old = self.settings
        self.settings = settings
        self.store.save(settings)
        app = QApplication.instance()
        if settings.theme != old.theme and isinstance(app, QApplication):
            apply_theme(app, settings.theme)
            self._theme_changed()
        if settings.interface_language != old.interface_language:
            self.set_language(settings.interface_language)
        matching_changed = (
            settings.topic_only_min,
            settings.contrary_resemblance_min,
            settings.library_dirs,
        ) != (
            old.topic_only_min,
            old.contrary_resemblance_min,
            old.library_dirs,
        )
        if matching_changed and self.current_path is not None:
            self.reanalyse()

    def edit_library(self) -> None:
        """Open the clause library editor (one window; a second request raises it)."""
        if self.library_editor is not None and self.library_editor.isVisible():
            self.library_editor.raise_()
            self.library_editor.activateWindow()
            return
        dirs = self.settings.all_library_dirs()
        try:
            editor = LibraryEditor(UserLibrary(user_library_dir()), lambda: load_library(dirs), self)
        except DrafterError as exc:
            self.show_error(exc.message)
            return
        if self.library_editor is not None:
            self.library_editor.deleteLater()
        editor.changed.connect(self.library_changed)
        self.library_editor = editor
        editor.show()

    def library_changed(self) -> None:
        """The user's clauses changed: analyse the open draft again (now, or after the running task)."""
        if self.current_path is None:
            return
        if self.task is None:
            self.reanalyse()
        else:
            self._reanalyse_after_task = True

    def show_user_guide(self) -> None:
        """The user guide in its window (one window: a second request raises it)."""
        self.guide = show_guide(self.guide, self.store.qsettings, self)

    def about(self) -> None:
        from drafter import __version__

        version = self.loaded.library.version if self.loaded else self.tr("not loaded")
        self.show_info(
            self.tr("About Drafter"),
            self.tr(
                "Drafter {version} — checks treaty drafts for amnesties and other measures of impunity.\n"
                "Clause library {library}. Works offline; drafts never leave this computer."
            ).format(version=__version__, library=version),
        )

    def _confirm_leave(self, then: Callable[[], None] | None = None) -> bool:
        """Whether the decisions may be left (another draft opened, the window closed). Chosen
        "Export…", the export runs and ``then`` (what was asked) follows once it is written."""
        session = self.session
        if session is None or not session.decisions:
            return True
        if not session.saved:
            session.retry_save()  # a last try
        if session.saved and not session.changed_since_export:
            return True
        answer = self.ask_unsaved()
        if answer == "export":
            self.choose_export(then)
            return False
        if answer == "elsewhere":
            self.save_review_elsewhere()
            return False
        return answer == "close"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_leave(lambda: QTimer.singleShot(0, self.close)):
            event.ignore()
            return
        if self.task is not None:
            self.task.cancel()
            self.task.done.wait(5)
        self.store.save_window_state(bytes(self.saveGeometry().data()), bytes(self.saveState().data()))
        self.store.save(self.settings)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())
