"""The user guide's screenshots (docs/images/), taken from the real app: run by
scripts/guide-screenshots on a virtual X screen (Xvfb), or under any display:

    .venv/bin/python scripts/guide_screenshots.py [OUT_DIR]

It opens the sample draft in the main window as `drafter gui` does, with its own settings
folder (the user's are never read or changed) and the light theme, then saves:

    main-window.png     the window on the sample draft, a contrary finding selected
    detail-panel.png    that finding's detail panel (why, suggested wording as a redline, model)
    missing.png         the window on the "What the draft lacks" tab, the missing amnesty
                        prohibition selected (its proposed place in the draft, its wording)
    settings.png        File > Settings
    export-dialog.png   the options asked at File > Export annotated .docx
    library-editor.png  Library > Edit clause library, on the shipped clause AMN-1
    memo-preview.png    the findings memo, as File > Print preview shows it
    compare.png         File > Compare with..., against an earlier version of the sample that
                        this script writes (a pardon ban since turned into a grant, a hedged
                        limitation clause since made absolute, a victims' clause added since)
    guide-window.png    Help > User guide, the guide window on the page "Reading the findings"
                        (followed from the index by its link)

Each file is replaced; run it again after a change to the interface.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import docx
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from drafter.app.export_dialog import ExportDialog
from drafter.app.main import create_main_window
from drafter.app.settings import SettingsStore
from drafter.app.settings_dialog import SettingsDialog
from drafter.app.theme import apply_theme
from drafter.paths import sample_draft

ROOT = Path(__file__).resolve().parents[1]
# The app's own settings, reviews and caches for this run only: a home folder of its own, in
# which they are where they are for a user (docs/data.md), as the screenshots show. (A fixed
# name, emptied first, so that a re-run changes no picture without a reason.)
WORK = Path(tempfile.gettempdir()) / "drafter-guide"


def isolate() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    os.environ["HOME"] = str(WORK / "home")
    for name in ("DRAFTER_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ.pop(name, None)


WINDOW = (1480, 900)
SHOTS = 9  # the pictures saved (tour.save below)
# The earlier version of the sample, for the comparison: (start of a paragraph of the sample,
# its text in the earlier version, or None where the earlier version did not have it).
EARLIER = (
    (
        "A State may grant a pardon",
        "No pardon, commutation of sentence or other measure of clemency shall be granted to a person "
        "convicted of an offence referred to in draft article 6.",
    ),
    (
        "6. Each State shall take the necessary measures to ensure that, under its criminal law, the offences "
        "referred to in this draft article shall not be subject to any statute of limitations",
        "6. Each State shall endeavour to ensure that the offences referred to in this draft article are subject "
        "to a long period of limitation, where appropriate.",
    ),
    (
        "2. Each State shall take the necessary measures to ensure, in its legal system, that the victims",
        None,
    ),
)


def write_earlier_version(target: Path) -> Path:
    document = docx.Document(str(sample_draft()))
    for start, text in EARLIER:
        found = [p for p in document.paragraphs if p.text.startswith(start)]
        if not found:
            raise SystemExit(f"the sample has no paragraph starting {start!r}: update EARLIER in {__file__}")
        paragraph = found[0]
        if text is None:
            element = paragraph._element
            element.getparent().remove(element)
            continue
        runs = paragraph.runs
        runs[0].text = text
        for run in runs[1:]:
            run.text = ""
    document.save(str(target))
    return target


class Tour:
    """Steps run one after another on the event loop, each after the pause the previous asked for."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.steps: list[Callable[[], int]] = []
        self.saved: list[str] = []

    def save(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        path = self.out / name
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"could not save {path}")
        self.saved.append(name)
        print(f"saved {path} ({widget.width()}x{widget.height()})", flush=True)

    def run(self) -> None:
        if not self.steps:
            self.app.quit()
            return
        try:
            pause = self.steps.pop(0)()
        except Exception:  # a step that no longer fits the app: stop at once, not at the time-out
            traceback.print_exc()
            self.app.exit(1)
            return
        QTimer.singleShot(pause, self.run)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    isolate()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Drafter")
    app.setApplicationDisplayName("Drafter")
    app.setOrganizationName("Drafter")
    store = SettingsStore()
    settings = store.load()
    settings.author = "Legal Adviser"
    settings.initials = "LA"
    settings.theme = "light"
    store.save(settings)
    apply_theme(app, settings.theme)
    window = create_main_window(store)
    window.resize(*WINDOW)
    tour = Tour(app, out)
    earlier = write_earlier_version(WORK / "sample-draft-earlier.docx")
    state: dict[str, object] = {}

    def main_window() -> int:
        loaded = window.loaded
        assert loaded is not None
        findings = loaded.analysis.findings
        pick = next(i for i, f in enumerate(findings) if f.category == "pardon")
        window.findings.select(pick)
        return 600

    def shoot_main() -> int:
        tour.save(window, "main-window.png")
        tour.save(window.detail, "detail-panel.png")
        window.side.setCurrentWidget(window.missing)
        window.missing.set_current_row(0)
        return 400

    def shoot_missing() -> int:
        tour.save(window, "missing.png")
        window.side.setCurrentWidget(window.findings)
        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        state["dialog"] = dialog
        return 400

    def shoot_settings() -> int:
        dialog = state.pop("dialog")
        assert isinstance(dialog, QWidget)
        tour.save(dialog, "settings.png")
        dialog.close()
        export = ExportDialog(window.settings, window)
        export.show()
        state["dialog"] = export
        return 400

    def shoot_export() -> int:
        dialog = state.pop("dialog")
        assert isinstance(dialog, QWidget)
        tour.save(dialog, "export-dialog.png")
        dialog.close()
        window.edit_library()
        editor = window.library_editor
        assert editor is not None
        editor.select_id("AMN-1")
        return 800

    def shoot_library() -> int:
        editor = window.library_editor
        assert editor is not None
        tour.save(editor, "library-editor.png")
        editor.close()
        preview = window.make_print_preview()
        preview.resize(1100, 900)
        preview.show()
        state["dialog"] = preview
        return 1500

    def shoot_memo() -> int:
        dialog = state.pop("dialog")
        assert isinstance(dialog, QWidget)
        tour.save(dialog, "memo-preview.png")
        dialog.close()
        window.compare_with(earlier)
        return 300

    def wait_for_comparison() -> int:
        view = window.compare_view
        if view is None or not view.isVisible():
            tour.steps.insert(0, wait_for_comparison)
            return 200
        view.resize(1300, 820)  # (the view selects its first change itself)
        return 600

    def shoot_compare() -> int:
        view = window.compare_view
        assert view is not None
        tour.save(view, "compare.png")
        view.close()
        window.show_user_guide()
        guide = window.guide
        assert guide is not None
        guide.resize(1000, 760)
        guide.follow(QUrl("findings.md"))
        return 600

    def shoot_guide() -> int:
        guide = window.guide
        assert guide is not None
        tour.save(guide, "guide-window.png")
        guide.close()
        window.close()
        return 0

    tour.steps = [
        main_window,
        shoot_main,
        shoot_missing,
        shoot_settings,
        shoot_export,
        shoot_library,
        shoot_memo,
        wait_for_comparison,
        shoot_compare,
        shoot_guide,
    ]
    window.document.ready.connect(lambda: QTimer.singleShot(300, tour.run))
    window.show()
    window.open_path(sample_draft())
    QTimer.singleShot(180_000, lambda: (print("timed out", file=sys.stderr), app.exit(1)))
    code = app.exec()
    if code == 0 and len(tour.saved) != SHOTS:
        print(f"only {len(tour.saved)} of {SHOTS} screenshots were taken", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
