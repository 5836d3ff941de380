"""Starting the desktop app."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from drafter import i18n
from drafter.app import language
from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore
from drafter.app.theme import apply_theme
from drafter.paths import sample_draft


def run_app(draft: str | None = None, self_test: bool = False) -> int:
    """Open the app (on ``draft``, else the sample draft) and run it until it is closed. With
    ``self_test``, close it once the analysis is shown, print one line saying what was found and
    return 0 (1 if the analysis failed or took more than SELF_TEST_TIMEOUT_MS): the check that
    the installed application works (packaging/drafter.spec, tests/test_bundle.py)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Drafter")
    app.setApplicationDisplayName("Drafter")
    app.setOrganizationName("Drafter")
    # One language for the widgets (Qt's translators) and the core's messages they show (error
    # boxes, labels): the one the command line would speak (DRAFTER_LANGUAGE, the choice saved in
    # Settings, the system's, English; drafter.i18n).
    language.install(i18n.set_language(None))
    store = SettingsStore()
    apply_theme(app, store.load().theme)
    window = create_main_window(store)
    if self_test:
        _self_test_when_ready(app, window)
    window.show()
    window.open_path(Path(draft) if draft else sample_draft())
    shot = os.environ.get("DRAFTER_SCREENSHOT")
    if shot:
        _screenshot_when_ready(app, window, Path(shot))
    return app.exec()


def create_main_window(store: SettingsStore, pool: QThreadPool | None = None) -> MainWindow:
    """The main window as the app starts it (the benchmark measures the app through this too).

    What exists once it is built (modules, Qt wrappers, the library) lives as long as the
    process; it is put out of the cyclic collector's sight. Otherwise every full collection
    rescans it, about 80,000 objects: 25 ms with no draft open and 55-60 ms once a 300- or
    1,000-page draft is in, during which the interpreter lock is held and the window stalls.
    """
    window = MainWindow(store, pool)
    gc.freeze()
    return window


def _screenshot_when_ready(app: QApplication, window: MainWindow, target: Path) -> None:
    """For scripts/screenshot: once the findings are shown, grab the whole screen and quit."""

    def grab() -> None:
        window.findings.select_next(1)
        QTimer.singleShot(400, shoot)

    def shoot() -> None:
        screen = app.primaryScreen()
        pixmap = screen.grabWindow(0)
        target.parent.mkdir(parents=True, exist_ok=True)
        pixmap.save(str(target), "PNG")
        print(f"screenshot saved to {target}")
        window.close()
        app.quit()

    window.document.ready.connect(lambda: QTimer.singleShot(300, grab))
    QTimer.singleShot(60_000, shoot)  # never hang a script


SELF_TEST_TIMEOUT_MS = 120_000


def _self_test_when_ready(app: QApplication, window: MainWindow) -> None:
    """For ``drafter gui --self-test``: once the draft and its highlights are shown, print what
    the analysis found and quit with 0; quit with 1, the reason on stderr, if the analysis fails
    (its error box would otherwise wait for a click) or nothing is shown in time."""
    outcome: list[int] = []

    def finish(code: int, line: str) -> None:
        if outcome:
            return
        outcome.append(code)
        print(line, file=sys.stdout if code == 0 else sys.stderr, flush=True)
        app.exit(code)

    def ready() -> None:
        loaded = window.loaded
        if loaded is None:
            finish(1, "drafter: self-test: the draft was shown without an analysis")
            return
        analysis = loaded.analysis
        name = Path(analysis.draft.path).name
        # The interface's words as the translators give them: the app's own and Qt's (a bundle
        # that lost a catalogue says File and Cancel in a Spanish interface).
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        words = [window.file_menu.title(), cancel.button(QDialogButtonBox.StandardButton.Cancel).text()]
        cancel.deleteLater()
        finish(
            0,
            f"drafter: self-test: {name}: {len(analysis.findings)} findings, "
            f"{len(analysis.missing)} categories missing (clause library {loaded.library.version}); "
            f"interface {language.current()}: {', '.join(w.replace('&', '') for w in words)}",
        )

    def failed(text: str) -> None:
        first = text.strip().splitlines()[0] if text.strip() else "unknown error"
        finish(1, f"drafter: self-test: failed: {first}")

    window.show_error = failed  # type: ignore[method-assign]
    window.document.ready.connect(ready)
    QTimer.singleShot(
        SELF_TEST_TIMEOUT_MS,
        lambda: finish(1, f"drafter: self-test: nothing shown after {SELF_TEST_TIMEOUT_MS // 1000} s"),
    )
