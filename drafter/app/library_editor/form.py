"""The clause form: every field of a clause (category, id, texts per language, precedents,
formulations), with the tables the lawyer adds rows to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.app.language import QT_TRANSLATE_NOOP

TEXT_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ClauseForm", "Title")),
    ("model", QT_TRANSLATE_NOOP("ClauseForm", "Model clause")),
    ("suggestion", QT_TRANSLATE_NOOP("ClauseForm", "Suggested wording")),
    ("rationale", QT_TRANSLATE_NOOP("ClauseForm", "Rationale")),
)
STANCES = ("equivalent", "weak", "contrary")
FORMULATION_COLUMNS = (
    QT_TRANSLATE_NOOP("ClauseForm", "Stance"),
    QT_TRANSLATE_NOOP("ClauseForm", "Language"),
    QT_TRANSLATE_NOOP("ClauseForm", "Text"),
    QT_TRANSLATE_NOOP("ClauseForm", "Source"),
    QT_TRANSLATE_NOOP("ClauseForm", "Note"),
    QT_TRANSLATE_NOOP("ClauseForm", "Verification"),
    QT_TRANSLATE_NOOP("ClauseForm", "Address"),
)
PRECEDENT_COLUMNS = (
    QT_TRANSLATE_NOOP("ClauseForm", "Instrument"),
    QT_TRANSLATE_NOOP("ClauseForm", "Article"),
    QT_TRANSLATE_NOOP("ClauseForm", "Verification"),
    QT_TRANSLATE_NOOP("ClauseForm", "Address"),
)


def field_label(text: str) -> str:
    """A text field's or a column's name (TEXT_FIELDS, the columns) in the interface language."""
    return QCoreApplication.translate("ClauseForm", text)


column_label = field_label
# How far a text or a citation was checked (clause_library/README.md, "Provenance"); "" = not said.
FORMULATION_STATUSES = ("", "verbatim", "official_version", "own_rendering", "typical")
PRECEDENT_STATUSES = ("", "verbatim", "official_version", "cited")


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
        self.table.setHorizontalHeaderLabels([column_label(c) for c in columns])
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
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(f"Add a row to {name.lower()}")
        self.remove_button = QPushButton(self.tr("Remove row"))
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
        self.clause_id.setPlaceholderText(self.tr("e.g. AMN-MX-1 (capitals, digits, hyphens)"))
        self.identity_note = QLabel()
        self.identity_note.setWordWrap(True)
        self.identity_note.setAccessibleName("About the id")
        identity = QFormLayout()
        category_label = QLabel(self.tr("&Category"))
        category_label.setBuddy(self.category)
        id_label = QLabel(self.tr("&Id"))
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
            required = self.tr("{language} (required)") if lang == "en" else self.tr("{language} (expected)")
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
                        self.tr(
                            "May use {state}, {states} and {crimes}: Drafter puts in the draft's own terms."
                        )
                    )
                text_label = QLabel(field_label(label))
                text_label.setBuddy(widget)
                form.addRow(text_label, widget)
                self.texts[(key, lang)] = widget
            self.languages.addTab(page, required.replace("{language}", name))

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
            self.tr(
                "Wordings of real instruments (equivalent) and of weak or contrary drafts, which Drafter "
                "compares drafts with. A weak or contrary wording needs a note saying what is wrong with it. "
                "Verification: verbatim (from the official text, whose address goes in Address), "
                "official_version (from an official language version, with its address), own_rendering "
                "(your own rendering of the provision) or typical (typical negotiating wording)."
            )
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
        layout.addWidget(self._section(self.tr("Precedents")))
        layout.addWidget(self.precedents)
        layout.addWidget(self._section(self.tr("Formulations")))
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
            self.tr("The id and category stay those of the shipped clause, so that your version replaces it.")
            if lock_identity
            else self.tr(
                "A shipped clause's id (in its category) makes your clause replace it; a new id adds a clause."
            )
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
