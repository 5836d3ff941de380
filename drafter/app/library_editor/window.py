"""The clause library editor: browse the shipped clauses and your own, write and share yours.

The window shows every clause the analysis uses (shipped, yours, and those of other library
folders), read-only for the shipped ones; "Make my version" copies a shipped clause into your
library under the same id, which then replaces it in analyses. The tree is a view of
``clauses.ClauseModel`` through ``clauses.ClauseSearch``; the form is ``form.ClauseForm``; the
pages are ``pages``; which clause comes from where is ``drafter.library.sources``; all file work
goes through ``drafter.library.userlib.UserLibrary``. This module is the window.

Dialogs (confirmations, file choosers, messages) are methods so that tests can replace them and
no modal loop blocks.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter import i18n
from drafter.app import language
from drafter.app.controls import WrapDelegate, fit_size, push_button
from drafter.app.library_editor.clauses import ID_ROLE, KIND_ROLE, ClauseModel, ClauseSearch, source_label
from drafter.app.library_editor.form import ClauseForm
from drafter.app.library_editor.pages import category_html, clause_html, esc
from drafter.app.theme import is_dark
from drafter.errors import DrafterError, LibraryError
from drafter.library.loader import ClauseRecord, Library
from drafter.library.schema import Clause
from drafter.library.sources import OWN, Source, source_of
from drafter.library.userlib import RULE, UserLibrary, clause_data

DEBOUNCE_MS = 200


class LibraryEditor(QDialog):
    """The "Clause library" window. Emits ``changed`` after every change to your library."""

    changed = Signal()

    def __init__(
        self, userlib: UserLibrary, load: Callable[[], Library], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        language.ensure_installed()  # (opened on its own, as in tests, it speaks the core's language too)
        self.userlib = userlib
        self._load = load
        self.library = load()
        self.shipped_ids = userlib.shipped_ids()
        self.clauses = ClauseModel(self)
        self.found = ClauseSearch(self.clauses, self)
        self.editing: str | None = None  # the id of your clause being edited
        self.editing_new = False
        self.dirty = False
        self.messages: list[str] = []  # the validation messages shown under the form
        self.setWindowTitle(self.tr("Clause library"))
        self.setAccessibleName("Clause library")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._build()
        fit_size(self, 1240, 800)
        self.refresh()

    # ------------------------------------------------------------ dialogs (replaceable in tests)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import clauses"),
            str(Path.home()),
            self.tr("Clause files (*.yaml *.yml)") + ";;" + self.tr("All files (*)"),
        )
        return path

    def ask_save_path(self, suggested: Path) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export your clauses"), str(suggested), self.tr("Clause files (*.yaml)")
        )
        return path

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Clause library"), text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        rule = html.escape(self.tr("The rule:"))
        kept = html.escape(
            self.tr("Your clauses are kept in {folder}; the shipped library is never changed.")
        )
        folder = f"<code>{html.escape(str(self.userlib.folder))}</code>"
        self.rule = QLabel(
            f"<b>{rule}</b> {html.escape(i18n._(RULE), quote=False)}<br>" + kept.replace("{folder}", folder)
        )
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule.setAccessibleName("How your clauses combine with the shipped library")
        self.rule.setFrameShape(QFrame.Shape.StyledPanel)
        self.rule.setMargin(8)
        self.rule.setStyleSheet(
            "QLabel { background: %s; border: 1px solid %s; border-radius: 4px; }"
            % (("#1F3346", "#3D6A8F") if is_dark() else ("#EAF3FB", "#9CC3E4"))
        )

        self.new_button = push_button(
            self.tr("&New clause"),
            self.tr("Write a clause of your own in the selected category"),
            clicked=self.new_clause,
        )
        self.duplicate_button = push_button(
            self.tr("D&uplicate"),
            self.tr("Start a clause of your own from a copy of the selected one, under a new id"),
            name="Duplicate the selected clause",
            clicked=self.duplicate_clause,
        )
        self.edit_button = push_button(
            self.tr("&Edit…"), name="Edit the selected clause", clicked=self.edit_clause
        )
        self.delete_button = push_button(
            self.tr("&Delete…"), name="Delete the selected clause of yours", clicked=self.delete_clause
        )
        self.import_button = push_button(
            self.tr("I&mport…"),
            self.tr("Add the clauses of a file a colleague exported (or a user clause file)"),
            name="Import clauses from a file",
            clicked=self.import_clauses,
        )
        self.export_button = push_button(
            self.tr("E&xport…"),
            self.tr("Write all your clauses to one file to share with colleagues"),
            name="Export your clauses to a file",
            clicked=self.export_clauses,
        )
        actions = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.search = QLineEdit()
        self.search.setAccessibleName("Search clauses")
        self.search.setPlaceholderText(self.tr("Search by id, title or any text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeView()
        self.tree.setAccessibleName("Categories and clauses")
        self.tree.setModel(self.found)
        # Titles wrap rather than being cut off (a category's title spans both columns).
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.wrap = WrapDelegate(self.tree, 0)
        self.tree.setItemDelegateForColumn(0, self.wrap)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(lambda *_: self.edit_clause())
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of clauses shown")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)
        self.left = left

        self.view = QTextBrowser()
        self.view.setAccessibleName("Clause in every language")
        self.view.setOpenLinks(False)

        self.form = ClauseForm(
            {cid: self.library.category_title(cid, i18n.language()) for cid in self.library.categories},
            {lang: rec.name for lang, rec in self.library.languages.items()},
        )
        self.form.changed.connect(self._form_changed)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems with this clause")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName("Save the clause")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName("Cancel editing")
        self.cancel_button.clicked.connect(self.cancel_edit)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.problems, 1)
        form_buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        form_buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(form_scroll, 1)
        form_layout.addLayout(form_buttons)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(form_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([480, 760])
        self.splitter.setChildrenCollapsible(False)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName("Close the clause library")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(DEBOUNCE_MS)
        self.validate_timer.timeout.connect(self.validate_now)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self._focus_search)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self._save_shortcut)

        chain: list[QWidget] = [
            self.new_button,
            self.duplicate_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.export_button,
            self.search,
            self.tree,
            self.view,
            *self.form.tab_chain(),
            self.save_button,
            self.cancel_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # ------------------------------------------------------------ the tree

    def source_of(self, rec: ClauseRecord) -> Source:
        """Where ``rec`` comes from (``drafter.library.sources``: the rule lives there)."""
        return source_of(rec, self.userlib.folder, self.shipped_ids)

    @property
    def records(self) -> dict[str, ClauseRecord]:
        return self.clauses.records

    @property
    def search_keys(self) -> dict[str, str]:
        return self.clauses.search_keys

    def refresh(self, select: str | None = None) -> None:
        """Reload the library from disk and rebuild the tree, keeping the selection."""
        if select is None:
            select = self.current_id()
        self.library = self._load()
        self.shipped_ids = self.userlib.shipped_ids()
        self.tree.selectionModel().blockSignals(True)
        self.clauses.set_library(self.library, self.userlib.folder, self.shipped_ids, is_dark())
        self._expand()
        self.tree.selectionModel().blockSignals(False)
        self.apply_filter()
        if not (select and self.select_id(select)):
            self._select_first()
        self._current_changed()

    def _expand(self) -> None:
        self.tree.expandAll()
        for row in range(self.found.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _select_first(self) -> bool:
        for row in range(self.found.rowCount()):
            category = self.found.index(row, 0)
            if self.found.rowCount(category):
                self.tree.setCurrentIndex(self.found.index(0, 0, category))
                return True
        self.tree.setCurrentIndex(QModelIndex())
        return False

    def select_id(self, clause_id: str) -> bool:
        """Select a clause; False if the library has none of that id or the search hides it."""
        index = self.found.mapFromSource(self.clauses.index_of(clause_id))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def select_category(self, category: str) -> bool:
        index = self.found.mapFromSource(self.clauses.category_index(category))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def has_clause(self, clause_id: str) -> bool:
        return clause_id in self.clauses.records

    def source_label(self, clause_id: str) -> str | None:
        """What the Source column says of a clause (None if the library has none of that id)."""
        source = self.clauses.sources.get(clause_id)
        return source_label(source) if source is not None else None

    def visible_ids(self) -> list[str]:
        out = []
        for row in range(self.found.rowCount()):
            category = self.found.index(row, 0)
            out += [
                str(self.found.index(k, 0, category).data(ID_ROLE))
                for k in range(self.found.rowCount(category))
            ]
        return out

    def apply_filter(self) -> None:
        query = self.search.text().strip()
        self.found.set_query(query)
        self._expand()
        shown = len(self.visible_ids())
        total = len(self.records)
        self.count_label.setText(
            self.tr("%n clause(s)", "", total)
            if not query
            else self.tr("{shown} of %n clause(s) match “{query}”", "", total).format(
                shown=shown, query=query
            )
        )
        if self.current_id() not in self.visible_ids():
            self._select_first()

    def _focus_search(self) -> None:
        if self.left.isEnabled():
            self.search.setFocus()
            self.search.selectAll()

    # ------------------------------------------------------------ selection and view

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid() or index.data(KIND_ROLE) == "category":
            return None
        return str(index.data(ID_ROLE))

    def current_category(self) -> str:
        index = self.tree.currentIndex()
        if not index.isValid():
            return next(iter(self.library.categories))
        if index.data(KIND_ROLE) == "category":
            return str(index.data(ID_ROLE))
        return self.records[str(index.data(ID_ROLE))].category

    def _current_changed(self, *_: object) -> None:
        clause_id = self.current_id()
        rec = self.records.get(clause_id) if clause_id else None
        source = self.source_of(rec) if rec else None
        self.duplicate_button.setEnabled(rec is not None)
        self.edit_button.setEnabled(source is not None and source is not Source.FOLDER)
        self.delete_button.setEnabled(source in OWN)
        if source is Source.SHIPPED:
            self.edit_button.setText(self.tr("Make my &version…"))
            self.edit_button.setAccessibleName("Make my version of the shipped clause")
            self.edit_button.setToolTip(
                self.tr("Copy this clause into your library under the same id; your version replaces it")
            )
        else:
            self.edit_button.setText(self.tr("&Edit…"))
            self.edit_button.setAccessibleName("Edit the selected clause")
            self.edit_button.setToolTip(
                self.tr("Edit your clause") if source else self.tr("Select a clause of yours")
            )
        self.delete_button.setToolTip(
            self.tr("Delete your version; the shipped clause is used again")
            if source is Source.OVERRIDE
            else self.tr("Delete your clause")
            if source is Source.USER
            else self.tr("Only your own clauses can be deleted")
        )
        self.export_button.setEnabled(any(s in OWN for s in self.clauses.sources.values()))
        if self.stack.currentIndex() == 0:
            if rec is None:
                index = self.tree.currentIndex()
                if index.isValid() and index.data(KIND_ROLE) == "category":
                    self.view.setHtml(category_html(self.library, str(index.data(ID_ROLE))))
                else:
                    select = self.tr("Select a clause to see it in every language.")
                    self.view.setHtml(f"<p>{html.escape(select)}</p>")
            else:
                self.view.setHtml(self.clause_html(rec))

    def clause_html(self, rec: ClauseRecord) -> str:
        source = self.source_of(rec)
        shipped = self.userlib.shipped_clause(rec.id) if source is Source.OVERRIDE else None
        return clause_html(self.library, rec, source, shipped, is_dark())

    # ------------------------------------------------------------ editing

    @property
    def is_editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def _open_form(
        self, category: str, data: dict[str, Any] | None, heading: str, editing: str | None, lock: bool
    ) -> None:
        self.editing = editing
        self.editing_new = editing is None
        self.form.load(category, data, heading, lock)
        self.stack.setCurrentIndex(1)
        self._set_browsing(False)
        self.dirty = False
        self.validate_now()
        (self.form.text("title", "en") if lock else self.form.clause_id).setFocus()

    def _set_browsing(self, browsing: bool) -> None:
        for widget in (
            self.left,
            self.new_button,
            self.duplicate_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            widget.setEnabled(browsing)
        if browsing:
            self._current_changed()

    def new_clause(self) -> None:
        category = self.current_category()
        self._open_form(category, None, self.tr("New clause"), None, lock=False)

    def duplicate_clause(self) -> None:
        rec = self.records.get(self.current_id() or "")
        if rec is None:
            return
        data = clause_data(rec.clause)
        data["id"] = self.userlib.suggest_id(rec.id)
        heading = self.tr("New clause, copied from {id}").format(id=rec.id)
        self._open_form(rec.category, data, heading, None, lock=False)
        self.form.clause_id.selectAll()

    def edit_clause(self) -> None:
        rec = self.records.get(self.current_id() or "")
        if rec is None or not self.left.isEnabled():
            return
        source = self.source_of(rec)
        if source is Source.SHIPPED:
            self._open_form(
                rec.category,
                clause_data(rec.clause),
                self.tr("Your version of {id} (it will replace the shipped clause)").format(id=rec.id),
                None,
                lock=True,
            )
        elif source in OWN:
            heading = (
                self.tr("Your version of {id}").format(id=rec.id)
                if source is Source.OVERRIDE
                else self.tr("Your clause {id}").format(id=rec.id)
            )
            self._open_form(
                rec.category, clause_data(rec.clause), heading, rec.id, lock=source is Source.OVERRIDE
            )

    def _form_changed(self) -> None:
        self.dirty = True
        self.validate_timer.start()

    def current_problems(self) -> list[str]:
        try:
            return self.userlib.problems(
                self.form.selected_category(), self.form.data(), editing=self.editing, new=self.editing_new
            )
        except DrafterError as exc:
            return [exc.message]

    def validate_now(self) -> list[str]:
        self.validate_timer.stop()
        problems = self.current_problems()
        self.messages = problems
        ready = self.tr("Ready to save.")
        self.problems.setAccessibleDescription("; ".join(problems) if problems else ready)
        if problems:
            colour = "#FF8A80" if is_dark() else "#B00020"
            items = "".join(f"<li>{esc(p)}</li>" for p in problems)
            fix = self.tr("To fix before saving:")
            self.problems.setText(
                f'<span style="color:{colour}"><b>{html.escape(fix)}</b></span>'
                f'<ul style="margin-top:0; margin-left:-20px; color:{colour}">{items}</ul>'
            )
        else:
            colour = "#8FE38F" if is_dark() else "#1B6B1B"
            self.problems.setText(f'<span style="color:{colour}">{html.escape(ready)}</span>')
        self.save_button.setEnabled(not problems)
        return problems

    def _save_shortcut(self) -> None:
        if self.is_editing and self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        if not self.is_editing or self.validate_now():
            return False
        try:
            clause: Clause = self.userlib.save_clause(
                self.form.selected_category(), self.form.data(), editing=self.editing, new=self.editing_new
            )
        except DrafterError as exc:
            self.show_error(exc.message)
            return False
        self.dirty = False
        self._close_form()
        self._after_change(clause.id)
        return True

    def cancel_edit(self) -> bool:
        if self.dirty and not self.confirm(
            self.tr("Discard changes"), self.tr("Discard the changes to this clause?")
        ):
            return False
        self.dirty = False
        self._close_form()
        return True

    def _close_form(self) -> None:
        self.validate_timer.stop()
        self.stack.setCurrentIndex(0)
        self._set_browsing(True)
        self.tree.setFocus()

    def _after_change(self, select: str | None = None) -> None:
        try:
            self.refresh(select)
        except LibraryError as exc:
            self.show_error(exc.message)
        self.changed.emit()

    # ------------------------------------------------------------ delete, import, export

    def delete_clause(self) -> None:
        rec = self.records.get(self.current_id() or "")
        if rec is None:
            return
        source = self.source_of(rec)
        if source is Source.OVERRIDE:
            text = self.tr("Delete your version of {id}? The shipped clause will be used again.").format(
                id=rec.id
            )
        elif source is Source.USER:
            text = self.tr("Delete your clause {id} ({title})? This cannot be undone.").format(
                id=rec.id, title=rec.clause.title.get(i18n.language())
            )
        else:
            return
        if not self.confirm(self.tr("Delete clause"), text):
            return
        try:
            self.userlib.delete_clause(rec.id)
        except DrafterError as exc:
            self.show_error(exc.message)
            return
        self._after_change(rec.id if source is Source.OVERRIDE else None)

    def import_clauses(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        try:
            report = self.userlib.import_file(Path(path))
        except DrafterError as exc:
            self.show_error(exc.message)
            return
        if report.invalid:
            self.show_error(report.summary())
            return
        self.show_info(self.tr("Clauses imported"), report.summary())
        if report.written:
            self._after_change((report.added + report.replaced)[0])

    def export_clauses(self) -> None:
        path = self.ask_save_path(Path.home() / "drafter-clauses.yaml")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".yaml", ".yml"):
            target = target.with_suffix(".yaml")
        try:
            count = self.userlib.export_file(target)
        except DrafterError as exc:
            self.show_error(exc.message)
            return
        self.show_info(
            self.tr("Clauses exported"),
            self.tr("%n clause(s) of yours were written to {path}.", "", count).format(path=target),
        )

    # ------------------------------------------------------------ closing

    def reject(self) -> None:  # Esc
        if self.is_editing:
            self.cancel_edit()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_editing and not self.cancel_edit():
            event.ignore()
            return
        event.accept()
