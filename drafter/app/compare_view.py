"""File > Compare with...: the open draft against an earlier (or later) version of it, by stance.

A thin view of ``drafter.compare.Comparison``: at the top whether the explicit amnesty
prohibition appeared or disappeared and the counts; on the left the changes per category
(weakened first in the eye: colour and words both say the direction); on the right the selected
change's word-level redline. "Export memo…" writes the memo of the comparison.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.app.controls import fit_size
from drafter.app.findings_panel import stance_word
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.compare import Change, Comparison
from drafter.memo import redline_html
from drafter.model import Stance

KIND_WORDS = {
    "weakened": QT_TRANSLATE_NOOP("CompareView", "Weakened"),
    "strengthened": QT_TRANSLATE_NOOP("CompareView", "Strengthened"),
    "added": QT_TRANSLATE_NOOP("CompareView", "Added"),
    "removed": QT_TRANSLATE_NOOP("CompareView", "Removed"),
    "reworded": QT_TRANSLATE_NOOP("CompareView", "Reworded"),
}
KIND_COLOURS = {
    "weakened": "#b3261e",
    "removed": "#8a5a00",
    "strengthened": "#1b6e2a",
    "added": "#1a5fb4",
    "reworded": "#555555",
}
BAN_WORDS = {
    "appeared": QT_TRANSLATE_NOOP("CompareView", "The explicit amnesty prohibition APPEARED in {new}."),
    "disappeared": QT_TRANSLATE_NOOP(
        "CompareView", "The explicit amnesty prohibition DISAPPEARED from {new}."
    ),
    "present": QT_TRANSLATE_NOOP("CompareView", "Both versions have an explicit amnesty prohibition."),
    "absent": QT_TRANSLATE_NOOP("CompareView", "Neither version has an explicit amnesty prohibition."),
}


def kind_word(kind: str) -> str:
    return QCoreApplication.translate("CompareView", KIND_WORDS[kind])


class CompareView(QDialog):
    exportRequested = Signal()

    def __init__(self, comparison: Comparison, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.titles = titles
        old, new = Path(comparison.old.draft.path).name, Path(comparison.new.draft.path).name
        self.setWindowTitle(self.tr("Compare {old} → {new}").format(old=old, new=new))
        self.setAccessibleName("Comparison of two versions")
        fit_size(self, 1100, 700)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_html(old, new))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary of the changes")
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Changes by category")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Location"), self.tr("Stance")])
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a location's end tells it apart
        self.redline = QTextBrowser()
        self.redline.setAccessibleName("Redline of the selected change")
        self.redline.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.redline)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export &memo…"))
        self.export_button.setAccessibleName("Export a memo of the comparison")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.exportRequested.emit)
        layout.addWidget(buttons)
        self.items: list[tuple[QTreeWidgetItem, Change]] = []
        self._fill()
        self.tree.currentItemChanged.connect(self._selected)
        if self.items:
            self.tree.setCurrentItem(self.items[0][0])
        else:
            nothing = self.tr("No clause on these measures moved between the two versions.")
            self.redline.setHtml(f"<p>{html.escape(nothing)}</p>")

    def _summary_html(self, old: str, new: str) -> str:
        c = self.comparison
        n = c.counts()
        ban = html.escape(
            QCoreApplication.translate("CompareView", BAN_WORDS[c.amnesty_prohibition]).format(new=new)
        )
        strong = c.amnesty_prohibition in ("appeared", "disappeared")
        colour = "#b3261e" if c.amnesty_prohibition in ("disappeared", "absent") else "#1b6e2a"
        lines = [f"<b>{html.escape(old)}</b> → <b>{html.escape(new)}</b>"]
        lines.append(
            f"<span style='color:{colour};'>{'<b>' if strong else ''}{ban}{'</b>' if strong else ''}</span>"
        )
        for cat in c.gaps_opened:
            if cat != "amnesty":
                gone = self.tr("No longer any conforming clause on {category}.")
                lines.append(html.escape(gone.format(category=self._title(cat).lower())))
        for cat in c.gaps_closed:
            if cat != "amnesty":
                now = self.tr("Now a conforming clause on {category}.")
                lines.append(html.escape(now.format(category=self._title(cat).lower())))
        counts = self.tr(
            "{weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed, "
            "{reworded} only reworded ({unchanged} unchanged)."
        ).format(**n)
        lines.append(html.escape(counts))
        return "<br/>".join(lines)

    @staticmethod
    def _stances(change: Change) -> str:
        """The change's stances ("weak → conforms") in the interface language."""
        return change.stances(lambda value: stance_word(Stance(value)))

    def _title(self, category: str) -> str:
        return self.titles.get(category, category.replace("_", " "))

    def _fill(self) -> None:
        for cat in self.comparison.categories:
            changes = self.comparison.changes.get(cat, [])
            if not changes:
                continue
            parent = QTreeWidgetItem([f"{self._title(cat)} ({len(changes)})"])
            parent.setToolTip(0, self._title(cat))
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)  # (a category's title across the columns)
            for change in changes:
                item = QTreeWidgetItem([kind_word(change.kind), change.location, self._stances(change)])
                item.setForeground(0, QBrush(QColor(KIND_COLOURS[change.kind])))
                clause = change.new or change.old
                assert clause is not None
                item.setToolTip(1, f"{change.location}\n{clause.text[:300]}")
                item.setToolTip(2, self._stances(change))
                parent.addChild(item)
                self.items.append((item, change))
            parent.setExpanded(True)
        # The kind column as wide as its longest word (the spanned titles do not widen it).
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(0, max(metrics.horizontalAdvance(kind_word(k)) for k in KIND_WORDS) + 48)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)

    def change_of(self, item: QTreeWidgetItem | None) -> Change | None:
        return next((c for i, c in self.items if i is item), None)

    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        change = self.change_of(item)
        if change is None:
            return
        where = html.escape(change.location)
        if change.old is not None and change.new is not None and change.old.location != change.new.location:
            where += " " + html.escape(self.tr("(was {location})").format(location=change.old.location))
        head = (
            f"<p><b style='color:{KIND_COLOURS[change.kind]};'>{html.escape(kind_word(change.kind))}</b> — "
            f"{html.escape(self._title(change.category))} — {where}</p>"
        )
        words = self.tr("Deleted words are struck through in red; inserted words are underlined in blue.")
        legend = f"<p style='color:#555;'>{html.escape(words)}</p>"
        self.redline.setHtml(f"{head}<p style='font-size:11pt;'>{redline_html(change.redline)}</p>{legend}")
