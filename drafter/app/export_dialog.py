"""Export options: who signs the comments and changes, and what the annotated copy holds."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.settings import AppSettings

MODES = (
    (
        "comments",
        QT_TRANSLATE_NOOP(
            "ExportDialog", "&Comments only: highlights and comments, the draft's words untouched"
        ),
    ),
    (
        "decided",
        QT_TRANSLATE_NOOP("ExportDialog", "&Tracked changes for the suggestions you accepted or edited"),
    ),
    (
        "all",
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Tracked changes for e&very suggestion on an operative clause and every missing clause",
        ),
    ),
)


class ExportDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export annotated copy"))
        self.setAccessibleName("Export options")
        self._settings = settings
        self.author = QLineEdit(settings.author)
        self.author.setAccessibleName("Author name")
        self.author.setPlaceholderText(self.tr("Your name, shown on comments and tracked changes"))
        self.initials = QLineEdit(settings.initials)
        self.initials.setAccessibleName("Author initials")
        self.initials.setMaxLength(8)
        self.initials.setPlaceholderText(settings.effective_initials() if settings.has_author() else "")
        form = QFormLayout()
        form.addRow(self.tr("&Author name:"), self.author)
        form.addRow(self.tr("&Initials:"), self.initials)
        self.modes = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        if not settings.has_author():
            hint = QLabel(
                self.tr(
                    "Comments and tracked changes carry your name: please give it once (Settings keep it)."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(form)
        for mode, source in MODES:
            button = QRadioButton(QCoreApplication.translate("ExportDialog", source))
            button.setAccessibleName(source.replace("&", ""))
            self.modes.addButton(button)
            self.buttons[mode] = button
            layout.addWidget(button)
        self.buttons.get(settings.export_mode, self.buttons["decided"]).setChecked(True)
        self.conforming = QCheckBox(self.tr("Also &mark the clauses that conform (left unmarked by default)"))
        self.conforming.setChecked(settings.include_conforming)
        layout.addWidget(self.conforming)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Export…"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.author.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.author.text().strip()))

    def result_settings(self) -> AppSettings:
        mode = next((m for m, b in self.buttons.items() if b.isChecked()), "decided")
        return replace(
            self._settings,
            author=self.author.text().strip(),
            initials=self.initials.text().strip(),
            export_mode=mode,
            include_conforming=self.conforming.isChecked(),
        )
