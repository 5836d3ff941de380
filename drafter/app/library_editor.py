"""The clause library editor: browse the shipped clauses and your own, write and share yours.

The window shows every clause the analysis uses (shipped, yours, and those of other
library folders), read-only for the shipped ones; "Make my version" copies a shipped
clause into your library under the same id, which then replaces it in analyses. All
file work goes through ``drafter.library.userlib.UserLibrary``; this module is the view.

Dialogs (confirmations, file choosers, messages) are methods so that tests can replace
them and no modal loop blocks.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.app.controls import push_button
from drafter.app.theme import is_dark
from drafter.errors import DrafterError, LibraryError
from drafter.library.loader import ClauseRecord, Library
from drafter.library.schema import Clause
from drafter.library.userlib import RULE, UserLibrary, clause_data
from drafter.textnorm import fold

TEXT_FIELDS = (
    ("title", "Title"),
    ("model", "Model clause"),
    ("suggestion", "Suggested wording"),
    ("rationale", "Rationale"),
)
STANCES = ("equivalent", "weak", "contrary")
FORMULATION_COLUMNS = ("Stance", "Language", "Text", "Source", "Note", "Verification", "Address")
PRECEDENT_COLUMNS = ("Instrument", "Article", "Verification", "Address")
# How far a text or a citation was checked (clause_library/README.md, "Provenance"); "" = not said.
FORMULATION_STATUSES = ("", "verbatim", "official_version", "own_rendering", "typical")
PRECEDENT_STATUSES = ("", "verbatim", "official_version", "cited")
STATUS_WORDS = {
    "verbatim": "verbatim from the official text",
    "official_version": "official language version",
    "own_rendering": "the project's own rendering",
    "typical": "typical negotiating wording",
    "cited": "cited, not checked against the text",
}
SOURCE_LABELS = {
    "shipped": "Shipped",
    "user": "Yours",
    "override": "Replaces shipped",
    "folder": "Other folder",
}
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 200


def _provenance(status: str | None, url: str | None, muted: str) -> str:
    """ " — checked against the official text (address)" after a precedent."""
    words = STATUS_WORDS.get(status or "", "verification not stated")
    return f' <span style="color:{muted}">— {_esc(words)}</span>{" " + _link(url) if url else ""}'


def _link(url: str | None) -> str:
    return f'<a href="{html.escape(url)}">{_esc(url)}</a>' if url else ""


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=False).replace("\n", "<br>")


class ChoiceDelegate(QStyledItemDelegate):
    """A table column whose cells are picked from a fixed list (stance, language)."""

    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(self.choices))
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or self.choices[0]))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class RowTable(QWidget):
    """A table the lawyer adds rows to and removes rows from, with its two buttons."""

    changed = Signal()

    def __init__(self, name: str, columns: tuple[str, ...], defaults: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.defaults = defaults
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton("Add row")
        self.add_button.setAccessibleName(f"Add a row to {name.lower()}")
        self.remove_button = QPushButton("Remove row")
        self.remove_button.setAccessibleName(f"Remove the selected row of {name.lower()}")
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.table.resizeRowsToContents()
        self.changed.emit()

    def add_row(self, values: tuple[str, ...] | list[str] | None = None) -> int:
        values = list(values) if values else list(self.defaults)
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col in range(self.table.columnCount()):
            self.table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(
            row, len(self.defaults) if len(self.defaults) < self.table.columnCount() else 0
        )
        self.changed.emit()
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        item = self.table.item(row, self.table.currentColumn())
        if item is not None:
            self.table.setFocus()
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col in range(self.table.columnCount()):
                self.table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                cells.append(item.text().strip() if item is not None else "")
            out.append(cells)
        return out

    def set_cell(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is None:
            self.table.setItem(row, col, QTableWidgetItem(text))
        else:
            item.setText(text)


class ClauseForm(QWidget):
    """Every field of a clause: category, id, texts per language, precedents, formulations."""

    changed = Signal()

    def __init__(self, category_titles: dict[str, str], language_names: dict[str, str]) -> None:
        """``category_titles`` and ``language_names``: the library's categories and languages
        (codes), in its order, with what the form shows for each."""
        super().__init__()
        self.language_codes = tuple(language_names)
        self.heading = QLabel()
        self.heading.setAccessibleName("What you are editing")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)

        self.category = QComboBox()
        self.category.setAccessibleName("Category")
        for cid, title in category_titles.items():
            self.category.addItem(title, cid)
        self.clause_id = QLineEdit()
        self.clause_id.setAccessibleName("Clause id")
        self.clause_id.setPlaceholderText("e.g. AMN-MX-1 (capitals, digits, hyphens)")
        self.identity_note = QLabel()
        self.identity_note.setWordWrap(True)
        self.identity_note.setAccessibleName("About the id")
        identity = QFormLayout()
        category_label = QLabel("&Category")
        category_label.setBuddy(self.category)
        id_label = QLabel("&Id")
        id_label.setBuddy(self.clause_id)
        identity.addRow(category_label, self.category)
        identity.addRow(id_label, self.clause_id)
        identity.addRow("", self.identity_note)

        self.languages = QTabWidget()
        self.languages.setAccessibleName("Texts by language")
        self.texts: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        for lang, name in language_names.items():
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            required = " (required)" if lang == "en" else " (expected)"
            for key, label in TEXT_FIELDS:
                widget: QLineEdit | QPlainTextEdit
                if key == "title":
                    widget = QLineEdit()
                    widget.textChanged.connect(self.changed)
                else:
                    widget = QPlainTextEdit()
                    widget.setTabChangesFocus(True)
                    widget.setMinimumHeight(72)
                    widget.setMaximumHeight(120 if key == "model" else 96)
                    widget.textChanged.connect(self.changed)
                widget.setAccessibleName(f"{label}, {name}")
                if key == "suggestion":
                    widget.setToolTip(
                        "May use {state}, {states} and {crimes}: Drafter puts in the draft's own terms."
                    )
                text_label = QLabel(label)
                text_label.setBuddy(widget)
                form.addRow(text_label, widget)
                self.texts[(key, lang)] = widget
            self.languages.addTab(page, f"{name}{required}")

        self.precedents = RowTable("Precedents", PRECEDENT_COLUMNS)
        self.precedents.table.setItemDelegateForColumn(
            2, ChoiceDelegate(PRECEDENT_STATUSES, self.precedents.table)
        )
        self.precedents.table.setMinimumHeight(90)
        self.precedents.table.setMaximumHeight(170)
        self.precedents.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.precedents.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.formulations = RowTable("Formulations", FORMULATION_COLUMNS, ("equivalent", "en"))
        self.formulations.table.setMinimumHeight(280)
        self.formulations.table.setItemDelegateForColumn(0, ChoiceDelegate(STANCES, self.formulations.table))
        self.formulations.table.setItemDelegateForColumn(
            1, ChoiceDelegate(self.language_codes, self.formulations.table)
        )
        self.formulations.table.setItemDelegateForColumn(
            5, ChoiceDelegate(FORMULATION_STATUSES, self.formulations.table)
        )
        header = self.formulations.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 140)
        header.resizeSection(4, 170)
        header.resizeSection(6, 120)
        formulations_help = QLabel(
            "Wordings of real instruments (equivalent) and of weak or contrary drafts, which Drafter "
            "compares drafts with. A weak or contrary wording needs a note saying what is wrong with it. "
            "Verification: verbatim (from the official text, whose address goes in Address), "
            "official_version (from an official language version, with its address), own_rendering "
            "(your own rendering of the provision) or typical (typical negotiating wording)."
        )
        formulations_help.setWordWrap(True)

        self.category.currentIndexChanged.connect(self.changed)
        self.clause_id.textChanged.connect(self.changed)
        self.precedents.changed.connect(self.changed)
        self.formulations.changed.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(identity)
        layout.addWidget(self.languages)
        layout.addWidget(self._section("Precedents"))
        layout.addWidget(self.precedents)
        layout.addWidget(self._section("Formulations"))
        layout.addWidget(formulations_help)
        layout.addWidget(self.formulations, 1)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def text(self, key: str, lang: str) -> QLineEdit | QPlainTextEdit:
        return self.texts[(key, lang)]

    def set_text(self, key: str, lang: str, value: str) -> None:
        widget = self.texts[(key, lang)]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.category, self.clause_id, self.languages]
        for lang in self.language_codes:
            chain += [self.texts[(key, lang)] for key, _ in TEXT_FIELDS]
        for table in (self.precedents, self.formulations):
            chain += [table.table, table.add_button, table.remove_button]
        return chain

    def load(self, category: str, data: dict[str, Any] | None, heading: str, lock_identity: bool) -> None:
        data = data or {}
        self.blockSignals(True)
        self.heading.setText(heading)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.clause_id.setText(str(data.get("id", "")))
        for key, _ in TEXT_FIELDS:
            values = data.get(key) or {}
            for lang in self.language_codes:
                self.set_text(key, lang, str(values.get(lang) or ""))
        self.precedents.set_rows(
            [
                [str(p.get(k) or "") for k in ("instrument", "article", "status", "url")]
                for p in data.get("precedents", [])
            ]
        )
        self.formulations.set_rows(
            [
                [str(f.get(k) or "") for k in ("stance", "lang", "text", "source", "note", "status", "url")]
                for f in data.get("formulations", [])
            ]
        )
        self.category.setEnabled(not lock_identity)
        self.clause_id.setReadOnly(lock_identity)
        self.identity_note.setText(
            "The id and category stay those of the shipped clause, so that your version replaces it."
            if lock_identity
            else "A shipped clause's id (in its category) makes your clause replace it; a new id adds a clause."
        )
        self.languages.setCurrentIndex(0)
        self.blockSignals(False)

    def selected_category(self) -> str:
        return str(self.category.currentData())

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.clause_id.text().strip()}
        for key, _ in TEXT_FIELDS:
            values = {}
            for lang in self.language_codes:
                widget = self.texts[(key, lang)]
                values[lang] = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            out[key] = values
        out["precedents"] = [
            {"instrument": r[0], "article": r[1], "status": r[2], "url": r[3]}
            for r in self.precedents.rows()
            if any(r)
        ]
        out["formulations"] = [
            {
                "stance": r[0],
                "lang": r[1],
                "text": r[2],
                "source": r[3],
                "note": r[4],
                "status": r[5],
                "url": r[6],
            }
            for r in self.formulations.rows()
            if any(r[2:])
        ]
        return out


class LibraryEditor(QDialog):
    """The "Clause library" window. Emits ``changed`` after every change to your library."""

    changed = Signal()

    def __init__(
        self, userlib: UserLibrary, load: Callable[[], Library], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.userlib = userlib
        self._load = load
        self.library = load()
        self.shipped_ids = userlib.shipped_ids()
        self.records: dict[str, ClauseRecord] = {}
        self.search_keys: dict[str, str] = {}
        self.editing: str | None = None  # the id of your clause being edited
        self.editing_new = False
        self.dirty = False
        self.messages: list[str] = []  # the validation messages shown under the form
        self.setWindowTitle("Clause library")
        self.setAccessibleName("Clause library")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.resize(1240, 800)
        self._build()
        self.refresh()

    # ------------------------------------------------------------ dialogs (replaceable in tests)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import clauses", str(Path.home()), "Clause files (*.yaml *.yml);;All files (*)"
        )
        return path

    def ask_save_path(self, suggested: Path) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export your clauses", str(suggested), "Clause files (*.yaml)"
        )
        return path

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, "Clause library", text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        self.rule = QLabel(
            f"<b>The rule:</b> {html.escape(RULE, quote=False)}<br>"
            f"Your clauses are kept in <code>{html.escape(str(self.userlib.folder))}</code>; "
            "the shipped library is never changed."
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
            "&New clause", "Write a clause of your own in the selected category", clicked=self.new_clause
        )
        self.duplicate_button = push_button(
            "D&uplicate",
            "Start a clause of your own from a copy of the selected one, under a new id",
            name="Duplicate the selected clause",
            clicked=self.duplicate_clause,
        )
        self.edit_button = push_button("&Edit…", name="Edit the selected clause", clicked=self.edit_clause)
        self.delete_button = push_button(
            "&Delete…", name="Delete the selected clause of yours", clicked=self.delete_clause
        )
        self.import_button = push_button(
            "&Import…",
            "Add the clauses of a file a colleague exported (or a user clause file)",
            name="Import clauses from a file",
            clicked=self.import_clauses,
        )
        self.export_button = push_button(
            "E&xport…",
            "Write all your clauses to one file to share with colleagues",
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
        self.search.setPlaceholderText("Search by id, title or any text (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Categories and clauses")
        self.tree.setHeaderLabels(["Clause", "Source"])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_clause())
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
            {cid: self.library.category_title(cid) for cid in self.library.categories},
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
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save the clause")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton("Cancel")
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

        self.close_button = QPushButton("Close")
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

    def source_of(self, rec: ClauseRecord) -> str:
        """'shipped', 'user', 'override' (yours, replacing a shipped clause) or 'folder'."""
        if rec.origin == "shipped":
            return "shipped"
        try:
            mine = Path(rec.origin).resolve().parent == self.userlib.folder.resolve()
        except OSError:
            mine = False
        if not mine:
            return "folder"
        return "override" if self.shipped_ids.get(rec.id) == rec.category else "user"

    def refresh(self, select: str | None = None) -> None:
        """Reload the library from disk and rebuild the tree, keeping the selection."""
        if select is None:
            select = self.current_id()
        self.library = self._load()
        self.shipped_ids = self.userlib.shipped_ids()
        self.records.clear()
        self.search_keys.clear()
        self.tree.blockSignals(True)
        self.tree.clear()
        dark = is_dark()
        mine_colour = "#8FD18F" if dark else "#1B6B1B"
        for cid in self.library.categories:  # in the order library.yaml lists them
            cat = self.library.categories[cid]
            parent = QTreeWidgetItem([f"{self.library.category_title(cid)} ({len(cat.clauses)})", ""])
            parent.setToolTip(0, self.library.category_title(cid))
            parent.setData(0, KIND_ROLE, "category")
            parent.setData(0, ID_ROLE, cid)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            for rec in cat.clauses:
                source = self.source_of(rec)
                item = QTreeWidgetItem([f"{rec.id}  {rec.clause.title.en}", SOURCE_LABELS[source]])
                item.setData(0, KIND_ROLE, source)
                item.setData(0, ID_ROLE, rec.id)
                item.setToolTip(0, rec.clause.title.en)
                item.setToolTip(1, self._source_text(rec, source))
                if source in ("user", "override"):
                    item.setForeground(1, QBrush(QColor(mine_colour)))
                    bold = item.font(1)
                    bold.setBold(True)
                    item.setFont(1, bold)
                parent.addChild(item)
                self.records[rec.id] = rec
                self.search_keys[rec.id] = self._search_key(rec)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.blockSignals(False)
        self.apply_filter()
        chosen = self.item_for(select) if select else None
        if chosen is None or chosen.isHidden():
            chosen = next((i for i in self._clause_items() if not i.isHidden()), None)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._current_changed()

    def _source_text(self, rec: ClauseRecord, source: str) -> str:
        return {
            "shipped": "Shipped with Drafter (read-only). Make your version to replace it.",
            "user": "Your clause, added to this category.",
            "override": "Your version replaces the shipped clause in analyses.",
            "folder": f"From {rec.origin} (read-only here).",
        }[source]

    @staticmethod
    def _search_key(rec: ClauseRecord) -> str:
        c = rec.clause
        parts: list[str] = [c.id]
        for value in (c.title, c.model, c.suggestion, c.rationale):
            parts += value.dump().values()
        parts += [p.cite() for p in c.precedents]
        for f in c.formulations:
            parts += [f.text, f.source or "", f.note or ""]
        return " " + fold(" ".join(parts))

    def _category_items(self) -> list[QTreeWidgetItem]:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [i for i in items if i is not None]

    def _clause_items(self) -> list[QTreeWidgetItem]:
        items = []
        for parent in self._category_items():
            children = [parent.child(j) for j in range(parent.childCount())]
            items += [c for c in children if c is not None]
        return items

    def item_for(self, clause_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._clause_items() if i.data(0, ID_ROLE) == clause_id), None)

    def visible_ids(self) -> list[str]:
        return [str(i.data(0, ID_ROLE)) for i in self._clause_items() if not i.isHidden()]

    def apply_filter(self) -> None:
        query = self.search.text().strip()
        phrase = " " + fold(query)
        shown = 0
        for parent in self._category_items():
            any_shown = False
            for j in range(parent.childCount()):
                item = parent.child(j)
                if item is None:
                    continue
                key = self.search_keys.get(str(item.data(0, ID_ROLE)), "")
                visible = not query or phrase in key
                item.setHidden(not visible)
                any_shown |= visible
                shown += visible
            parent.setHidden(not any_shown)
        total = len(self.records)
        self.count_label.setText(
            f"{total} clauses" if not query else f"{shown} of {total} clauses match “{query}”"
        )
        current = self.tree.currentItem()
        if current is not None and current.isHidden():
            first = next((i for i in self._clause_items() if not i.isHidden()), None)
            if first is not None:
                self.tree.setCurrentItem(first)
            else:
                self.tree.setCurrentIndex(QModelIndex())

    def _focus_search(self) -> None:
        if self.left.isEnabled():
            self.search.setFocus()
            self.search.selectAll()

    # ------------------------------------------------------------ selection and view

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) == "category":
            return None
        return str(item.data(0, ID_ROLE))

    def current_category(self) -> str:
        item = self.tree.currentItem()
        if item is None:
            return next(iter(self.library.categories))
        if item.data(0, KIND_ROLE) == "category":
            return str(item.data(0, ID_ROLE))
        return self.records[str(item.data(0, ID_ROLE))].category

    def _current_changed(self, *_: object) -> None:
        clause_id = self.current_id()
        rec = self.records.get(clause_id) if clause_id else None
        source = self.source_of(rec) if rec else None
        self.duplicate_button.setEnabled(rec is not None)
        self.edit_button.setEnabled(source in ("shipped", "user", "override"))
        self.delete_button.setEnabled(source in ("user", "override"))
        if source == "shipped":
            self.edit_button.setText("Make my &version…")
            self.edit_button.setAccessibleName("Make my version of the shipped clause")
            self.edit_button.setToolTip(
                "Copy this clause into your library under the same id; your version replaces it"
            )
        else:
            self.edit_button.setText("&Edit…")
            self.edit_button.setAccessibleName("Edit the selected clause")
            self.edit_button.setToolTip("Edit your clause" if source else "Select a clause of yours")
        self.delete_button.setToolTip(
            "Delete your version; the shipped clause is used again"
            if source == "override"
            else "Delete your clause"
            if source == "user"
            else "Only your own clauses can be deleted"
        )
        self.export_button.setEnabled(
            any(self.source_of(r) in ("user", "override") for r in self.records.values())
        )
        if self.stack.currentIndex() == 0:
            if rec is None:
                item = self.tree.currentItem()
                if item is not None and item.data(0, KIND_ROLE) == "category":
                    self.view.setHtml(self._category_html(str(item.data(0, ID_ROLE))))
                else:
                    self.view.setHtml("<p>Select a clause to see it in every language.</p>")
            else:
                self.view.setHtml(self.clause_html(rec))

    def _category_html(self, cid: str) -> str:
        cat = self.library.categories[cid]
        spec = cat.spec
        parts = [f"<h2>{_esc(spec.title.en)}</h2>"]
        for lang, language in self.library.languages.items():
            if spec.description.has(lang):
                parts.append(f"<p><b>{_esc(language.name)}.</b> {_esc(spec.description.own(lang))}</p>")
        parts.append(
            f"<p>{len(cat.clauses)} clause(s). Select one to see it, or press New clause to add one.</p>"
        )
        return "".join(parts)

    def clause_html(self, rec: ClauseRecord) -> str:
        c = rec.clause
        source = self.source_of(rec)
        dark = is_dark()
        muted = "#A8A8A8" if dark else "#5A5A5A"
        banner_bg, banner_fg = ("#2E4A2E", "#E8F5E8") if dark else ("#E6F4E6", "#1B4D1B")
        category = self.library.category_title(rec.category)
        parts = [f"<h2>{_esc(c.id)} — {_esc(c.title.en)}</h2>"]
        about = "Your clause." if source == "override" else self._source_text(rec, source)
        parts.append(f'<p style="color:{muted}">{_esc(category)} · {_esc(about)}</p>')
        if source == "override":
            parts.append(
                f'<table width="100%" cellpadding="6" style="background:{banner_bg}; color:{banner_fg}"><tr><td>'
                "<b>Your version replaces the shipped clause</b> in every analysis. "
                "Delete it to use the shipped clause again.</td></tr></table>"
            )
        for lang, language in self.library.languages.items():
            parts.append(f"<h3>{_esc(language.name)}</h3>")
            if not c.model.has(lang) and not c.title.has(lang):
                parts.append(
                    f'<p style="color:{muted}"><i>No text in {_esc(language.name)}; English is used.</i></p>'
                )
                continue
            for key, label in TEXT_FIELDS:
                value = getattr(c, key).own(lang)
                shown = _esc(value) if value else f'<i style="color:{muted}">(none; English is used)</i>'
                parts.append(f"<p><b>{label}</b><br>{shown}</p>")
        parts.append("<h3>Precedents</h3><ul>")
        parts += [
            f"<li>{_esc(p.instrument)}, {_esc(p.article)}{_provenance(p.status, p.url, muted)}</li>"
            for p in c.precedents
        ]
        parts.append("</ul>")
        parts.append("<h3>Formulations</h3>")
        if c.formulations:
            parts.append(
                '<table cellspacing="0" cellpadding="4" border="1" width="100%" '
                f'style="border-color:{muted}; border-collapse:collapse">'
                "<tr>" + "".join(f"<th align='left'>{h}</th>" for h in FORMULATION_COLUMNS) + "</tr>"
            )
            for f in c.formulations:
                parts.append(
                    f"<tr><td>{_esc(f.stance)}</td><td>{_esc(f.lang)}</td><td>{_esc(f.text)}</td>"
                    f"<td>{_esc(f.source)}</td><td>{_esc(f.note)}</td>"
                    f"<td>{_esc(STATUS_WORDS.get(f.status or '', 'not stated'))}</td>"
                    f"<td>{_link(f.url)}</td></tr>"
                )
            parts.append("</table>")
        else:
            parts.append(f'<p style="color:{muted}"><i>None.</i></p>')
        if source == "override":
            shipped = self.userlib.shipped_clause(c.id)
            if shipped is not None:
                parts.append("<h3>The shipped clause it replaces (English)</h3>")
                parts.append(f"<p><b>{_esc(shipped.title.en)}</b><br>{_esc(shipped.model.en)}</p>")
        return "".join(parts)

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
        self._open_form(category, None, "New clause", None, lock=False)

    def duplicate_clause(self) -> None:
        rec = self.records.get(self.current_id() or "")
        if rec is None:
            return
        data = clause_data(rec.clause)
        data["id"] = self.userlib.suggest_id(rec.id)
        self._open_form(rec.category, data, f"New clause, copied from {rec.id}", None, lock=False)
        self.form.clause_id.selectAll()

    def edit_clause(self) -> None:
        rec = self.records.get(self.current_id() or "")
        if rec is None or not self.left.isEnabled():
            return
        source = self.source_of(rec)
        if source == "shipped":
            self._open_form(
                rec.category,
                clause_data(rec.clause),
                f"Your version of {rec.id} (it will replace the shipped clause)",
                None,
                lock=True,
            )
        elif source in ("user", "override"):
            heading = f"Your version of {rec.id}" if source == "override" else f"Your clause {rec.id}"
            self._open_form(rec.category, clause_data(rec.clause), heading, rec.id, lock=source == "override")

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
        self.problems.setAccessibleDescription("; ".join(problems) if problems else "Ready to save.")
        if problems:
            colour = "#FF8A80" if is_dark() else "#B00020"
            items = "".join(f"<li>{_esc(p)}</li>" for p in problems)
            self.problems.setText(
                f'<span style="color:{colour}"><b>To fix before saving:</b></span>'
                f'<ul style="margin-top:0; margin-left:-20px; color:{colour}">{items}</ul>'
            )
        else:
            colour = "#8FE38F" if is_dark() else "#1B6B1B"
            self.problems.setText(f'<span style="color:{colour}">Ready to save.</span>')
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
        if self.dirty and not self.confirm("Discard changes", "Discard the changes to this clause?"):
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
        if source == "override":
            text = f"Delete your version of {rec.id}? The shipped clause will be used again."
        elif source == "user":
            text = f"Delete your clause {rec.id} ({rec.clause.title.en})? This cannot be undone."
        else:
            return
        if not self.confirm("Delete clause", text):
            return
        try:
            self.userlib.delete_clause(rec.id)
        except DrafterError as exc:
            self.show_error(exc.message)
            return
        self._after_change(rec.id if source == "override" else None)

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
        self.show_info("Clauses imported", report.summary())
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
        self.show_info("Clauses exported", f"{count} clause(s) of yours were written to {target}.")

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
