"""Settings: the reviewer's name and initials, matching thresholds, library folders, theme."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.app.settings import THEMES, AppSettings
from drafter.paths import user_library_dir


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._settings = settings
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText("Your name, shown on comments and tracked changes")
        self.author.setAccessibleName("Author name")
        self.initials = QLineEdit(settings.initials)
        self.initials.setPlaceholderText(settings.effective_initials())
        self.initials.setMaxLength(8)
        self.initials.setAccessibleName("Author initials")
        self.topic_only = QDoubleSpinBox()
        self.topic_only.setRange(0, 100)
        self.topic_only.setValue(settings.topic_only_min)
        self.topic_only.setAccessibleName("Similarity needed without safeguard words")
        self.topic_only.setToolTip(
            "A paragraph on a category's topic but without any safeguard, hedge or grant wording "
            "is reported only if it resembles a library wording at least this much (0-100)."
        )
        self.contrary_resemblance = QDoubleSpinBox()
        self.contrary_resemblance.setRange(0, 100)
        self.contrary_resemblance.setValue(settings.contrary_resemblance_min)
        self.contrary_resemblance.setAccessibleName(
            "Similarity to a pro-impunity wording that outweighs safeguard words"
        )
        self.contrary_resemblance.setToolTip(
            "A clause with safeguard words that resembles a known pro-impunity wording at least this much "
            "(and more than any strong wording) is reported as weak rather than conforms (0-100)."
        )
        self.folders = QListWidget()
        self.folders.setAccessibleName("Additional clause library folders")
        self.folders.addItems(settings.library_dirs)
        add = QPushButton("&Add folder…")
        remove = QPushButton("&Remove folder")
        add.clicked.connect(self._add_folder)
        remove.clicked.connect(
            lambda: [self.folders.takeItem(self.folders.row(i)) for i in self.folders.selectedItems()]
        )
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(add)
        folder_buttons.addWidget(remove)
        folder_buttons.addStretch(1)
        folders_box = QVBoxLayout()
        folders_box.addWidget(
            QLabel(
                f"Your own clauses are kept in {user_library_dir()}.\n"
                "Clauses in these folders are added too (for example a delegation's shared library)."
            )
        )
        folders_box.addWidget(self.folders)
        folders_box.addLayout(folder_buttons)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for name in THEMES:
            self.theme.addItem(name.capitalize(), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form = QFormLayout()
        form.addRow("&Author name:", self.author)
        form.addRow("&Initials:", self.initials)
        form.addRow("Similarity without &safeguard words:", self.topic_only)
        form.addRow("Resemblance to a &pro-impunity wording:", self.contrary_resemblance)
        form.addRow("T&heme:", self.theme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(folders_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Clause library folder")
        if folder:
            self.folders.addItem(folder)

    def result_settings(self) -> AppSettings:
        return replace(
            self._settings,
            author=self.author.text().strip() or self._settings.author,
            initials=self.initials.text().strip(),
            topic_only_min=self.topic_only.value(),
            contrary_resemblance_min=self.contrary_resemblance.value(),
            library_dirs=[self.folders.item(i).text() for i in range(self.folders.count())],
            theme=self.theme.currentData(),
        )
