"""Settings: the reviewer's name and initials, how closely a clause must resemble a library
wording to be reported, library folders, theme. Each setting says in words what it does."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drafter import i18n
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.settings import INTERFACE_LANGUAGES, THEMES, AppSettings
from drafter.matching.engine import MatchSettings
from drafter.paths import user_library_dir

DEFAULTS = MatchSettings()


def topic_help() -> str:
    return QCoreApplication.translate(
        "SettingsDialog",
        "A paragraph on one of the topics (amnesties, pardons, limitation ...) that neither bans nor "
        "grants anything is reported for you to review only if its words are at least this much like "
        "a wording of the library. Lower: more such paragraphs are listed; higher: fewer. "
        "Usual: {usual} %.",
    ).format(usual=f"{DEFAULTS.topic_only_min:.0f}")


def contrary_help() -> str:
    return QCoreApplication.translate(
        "SettingsDialog",
        'A clause with safeguard words ("shall not", "no amnesty") is still reported as weak, not as '
        "conforming, when its words are at least this much like a known pro-impunity wording (and more "
        "like it than like any strong one). Treaty language makes unrelated clauses about 75 % alike, "
        "hence a high value. Usual: {usual} %.",
    ).format(usual=f"{DEFAULTS.contrary_resemblance_min:.0f}")


THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "System"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def percent_box(value: float, name: str, help_text: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setSuffix(" %")
    box.setValue(round(value))
    box.setAccessibleName(name)
    box.setToolTip(help_text)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName("Settings")
        self.setSizeGripEnabled(True)
        self._settings = settings
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(self.tr("Your name, shown on comments and tracked changes"))
        self.author.setAccessibleName("Author name")
        self.initials = QLineEdit(settings.initials)
        self.initials.setPlaceholderText(settings.effective_initials())
        self.initials.setMaxLength(8)
        self.initials.setAccessibleName("Author initials")
        self.topic_only = percent_box(
            settings.topic_only_min,
            "Likeness needed to report a paragraph that neither bans nor grants",
            topic_help(),
        )
        self.contrary_resemblance = percent_box(
            settings.contrary_resemblance_min,
            "Likeness to a pro-impunity wording that makes a clause weak",
            contrary_help(),
        )
        self.folders = QListWidget()
        self.folders.setAccessibleName("Additional clause library folders")
        self.folders.addItems(settings.library_dirs)
        add = QPushButton(self.tr("Add &folder…"))
        add.setAccessibleName("Add a clause library folder")
        remove = QPushButton(self.tr("&Remove folder"))
        remove.setAccessibleName("Remove the selected folder")
        add.clicked.connect(self._add_folder)
        remove.clicked.connect(
            lambda: [self.folders.takeItem(self.folders.row(i)) for i in self.folders.selectedItems()]
        )
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(add)
        folder_buttons.addWidget(remove)
        folder_buttons.addStretch(1)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for name in THEMES:
            self.theme.addItem(QCoreApplication.translate("SettingsDialog", THEME_NAMES[name]), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        # Each language in its own words (a lawyer who cannot read the current one finds theirs).
        self.language = QComboBox()
        self.language.setAccessibleName("Interface language")
        for code in INTERFACE_LANGUAGES:
            name = self.tr("System") if code == i18n.SYSTEM else i18n.LANGUAGE_NAMES[code]
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.interface_language)))
        self.language.setToolTip(
            self.tr(
                "The language of menus, dialogs and messages; the draft and its suggestions keep their own"
            )
        )

        you = QFormLayout()
        you.addRow(self.tr("&Author name:"), self.author)
        you.addRow(self.tr("&Initials:"), self.initials)
        you.addRow(self.tr("T&heme:"), self.theme)
        you.addRow(self.tr("Interface lan&guage:"), self.language)

        matching = QGroupBox(self.tr("What Drafter reports"))
        rules = QVBoxLayout(matching)
        rules.addWidget(
            wrapped(
                self.tr(
                    "Drafter compares each clause with the library's wordings; the likeness (0-100 %) is "
                    "evidence, not severity. Change these only if too many or too few paragraphs are listed."
                )
            )
        )
        topic_row = QFormLayout()
        topic_row.addRow(
            self.tr("Report a paragraph that neither bans nor grants when it is &this alike:"),
            self.topic_only,
        )
        rules.addLayout(topic_row)
        rules.addWidget(wrapped(topic_help()))
        contrary_row = QFormLayout()
        contrary_row.addRow(
            self.tr(
                "Call a clause with safeguard words weak when it is this much &like a pro-impunity wording:"
            ),
            self.contrary_resemblance,
        )
        rules.addLayout(contrary_row)
        rules.addWidget(wrapped(contrary_help()))
        for row in (topic_row, contrary_row):
            row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        folders_box = QGroupBox(self.tr("Clause library folders"))
        folders = QVBoxLayout(folders_box)
        folders.addWidget(
            wrapped(
                self.tr(
                    "Your own clauses are kept in {folder}. Clauses in these folders are "
                    "added too (for example a delegation's shared library)."
                ).format(folder=user_library_dir())
            )
        )
        folders.addWidget(self.folders)
        folders.addLayout(folder_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(you)
        layout.addWidget(matching)
        layout.addWidget(folders_box, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Clause library folder"))
        if folder:
            self.folders.addItem(folder)

    def result_settings(self) -> AppSettings:
        # A value left as it was keeps its exact setting (the box shows it rounded).
        topic = float(self.topic_only.value())
        contrary = float(self.contrary_resemblance.value())
        if round(self._settings.topic_only_min) == self.topic_only.value():
            topic = self._settings.topic_only_min
        if round(self._settings.contrary_resemblance_min) == self.contrary_resemblance.value():
            contrary = self._settings.contrary_resemblance_min
        return replace(
            self._settings,
            author=self.author.text().strip() or self._settings.author,
            initials=self.initials.text().strip(),
            topic_only_min=topic,
            contrary_resemblance_min=contrary,
            library_dirs=[self.folders.item(i).text() for i in range(self.folders.count())],
            theme=self.theme.currentData(),
            interface_language=self.language.currentData(),
        )
