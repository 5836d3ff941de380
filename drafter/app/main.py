"""Starting the desktop app."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from drafter.app.main_window import MainWindow
from drafter.app.settings import SettingsStore
from drafter.app.theme import apply_theme
from drafter.paths import sample_draft


def run_app(draft: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Drafter")
    app.setApplicationDisplayName("Drafter")
    app.setOrganizationName("Drafter")
    store = SettingsStore()
    apply_theme(app, store.load().theme)
    window = create_main_window(store)
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
