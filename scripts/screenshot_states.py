"""Screenshots of the app in the states a review goes through (run by scripts/screenshot --states
under Xvfb; the screen's size is Xvfb's).

    main-note.png       the main window after a long note on an accepted finding
    edit-dialog.png     the Edit dialog on a finding (the draft's text, the wording, the redline)
    missing-place.png   "What the draft lacks" with the proposed place shown in the draft
    library-editor.png  the clause library editor, a clause selected
    settings.png        Settings, over the main window

In the interface language the app would choose (--lang, else DRAFTER_LANGUAGE, else the system's).

Settings, reviews and the user's library go to a temporary DRAFTER_HOME: nothing of the user's
is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

LONG_NOTE = (
    "Agreed with the capital on 3 December: the delegation accepts the model wording, provided that "
    "the travaux préparatoires record that 'similar measures' covers pardons granted before conviction."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--draft", type=Path, help="the draft to open (default: the sample)")
    parser.add_argument("--lang", choices=("en", "es", "fr"), help="the interface language")
    args = parser.parse_args()
    if args.lang:
        os.environ["DRAFTER_LANGUAGE"] = args.lang
    home = tempfile.mkdtemp(prefix="drafter-shots-")
    os.environ["DRAFTER_HOME"] = home
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(Path(home) / var.lower())

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from drafter.app.edit_dialog import EditDialog
    from drafter.app.main import create_main_window
    from drafter.app.review_model import MISSING
    from drafter.app.settings import SettingsStore
    from drafter.app.settings_dialog import SettingsDialog
    from drafter.app.theme import apply_theme
    from drafter.model import Stance
    from drafter.paths import sample_draft, user_config_dir

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Drafter")
    store = SettingsStore(user_config_dir() / "settings.ini")
    apply_theme(app, "light")
    window = create_main_window(store)
    window.settings.author = "Ana Ruiz"
    window.show_info = lambda title, text: None  # type: ignore[method-assign]
    window.show()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    steps: list[Callable[[], None]] = []
    extra: list[QWidget] = []

    def grab(name: str) -> None:
        screen = app.primaryScreen()
        size = screen.geometry()
        target = out / f"{name}.png"
        screen.grabWindow(0).save(str(target), "PNG")
        print(f"{target} ({size.width()}x{size.height()})")

    def run_next() -> None:
        if not steps:
            for widget in extra:
                widget.close()
            window.session.mark_exported()  # type: ignore[union-attr]
            window.close()
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(700, run_next)

    def note() -> None:
        review = window.review
        weak = next(
            i for i, f in enumerate(review.findings) if f.stance is Stance.WEAK and review.can_accept(i)
        )
        window.findings.select(weak)
        review.accept([weak])
        review.note(weak, LONG_NOTE)

    def edit() -> None:
        grab("main-note")
        review = window.review
        i = review.current_finding()
        assert i is not None
        f = review.findings[i]
        dialog = EditDialog(
            QCoreApplication.translate("DetailPanel", "Edit and accept"),
            f.text,
            (f.suggestion or f.text) + " Such measures shall be without effect.",
            context=f"{review.place(i)} — {review.title(f.category)}",
            parent=window,
        )
        dialog.show()
        extra.append(dialog)

    def missing() -> None:
        grab("edit-dialog")
        extra.pop().close()
        window.side.setCurrentWidget(window.missing)
        review = window.review
        supplied = review.supplied()
        row = next((n for n in range(len(review.missing)) if n not in supplied), 0)
        review.set_current(MISSING, row)

    def library() -> None:
        grab("missing-place")
        window.edit_library()
        editor = window.library_editor
        assert editor is not None
        editor.select_id("AMN-1")
        extra.append(editor)

    def settings() -> None:
        grab("library-editor")
        extra.pop().close()
        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        extra.append(dialog)

    def last() -> None:
        grab("settings")

    steps += [note, edit, missing, library, settings, last]
    started: list[bool] = []

    def on_ready() -> None:
        if not started:
            started.append(True)
            QTimer.singleShot(500, run_next)

    window.document.ready.connect(on_ready)
    window.open_path(args.draft or sample_draft())
    QTimer.singleShot(120_000, app.quit)  # never hang a script
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
