"""The app's interface language: Qt's translators for its widgets, chosen as the core's.

The language is the one ``drafter.i18n`` resolves (an explicit choice, ``DRAFTER_LANGUAGE``, the
choice saved in Settings, the system's, English). The app's own words are in
``drafter/app/translations/drafter_<lang>.qm`` (compiled from the ``.ts`` beside them by
``scripts/translations``); Qt's standard buttons and dialogs (OK, Cancel, the file dialogs) in
Qt's own ``qtbase_<lang>.qm``, from PySide6's translations folder. English loads the app's
English file too: it holds only the plural forms ("1 finding", "2 findings").

``switch`` changes the language while the app runs: the core's messages follow
(``i18n.set_language``) and swapping the translators sends every widget a
``QEvent.LanguageChange``, on which each view sets its words again (its ``retranslate``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from drafter import i18n

TRANSLATIONS_DIR = Path(__file__).resolve().with_name("translations")
APP_CATALOGUE = "drafter"  # drafter_<lang>.qm
QT_CATALOGUE = "qtbase"  # qtbase_<lang>.qm, Qt's own


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate finds it), returned unchanged: a
    constant translated where it is shown, with ``QCoreApplication.translate(context, text)``."""
    return text


class _State:
    def __init__(self) -> None:
        self.language: str | None = None
        self.translators: list[QTranslator] = []


_state = _State()


def qt_translations_dir() -> Path:
    """The folder of Qt's own catalogues: where QLibraryInfo says, else PySide6's own folder
    (the bundle carries qtbase_es.qm and qtbase_fr.qm there, packaging/drafter.spec)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (folder / f"{QT_CATALOGUE}_es.qm").is_file():
        return folder
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def catalogue_files(language: str) -> list[Path]:
    """The .qm files the app loads for ``language`` ("en", "es", "fr")."""
    files = [TRANSLATIONS_DIR / f"{APP_CATALOGUE}_{language}.qm"]
    if language != i18n.DEFAULT_LANGUAGE:
        files.append(qt_translations_dir() / f"{QT_CATALOGUE}_{language}.qm")
    return files


def install(language: str) -> str:
    """Install the translators of ``language`` in place of the ones installed before (a file
    missing is skipped: its words stay English). Returns the language."""
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _state.translators:
        QCoreApplication.removeTranslator(translator)
    _state.translators = []
    for path in catalogue_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _state.translators.append(translator)
        else:
            translator.deleteLater()
    _state.language = language
    return language


def ensure_installed() -> str:
    """The translators of the core's language, installed if they are not yet (the first window
    built does this; ``run_app`` too, before it)."""
    language = i18n.language()
    if _state.language != language or not _state.translators:
        install(language)
    return language


def current() -> str | None:
    """The language whose translators are installed (None before any)."""
    return _state.language


def switch(choice: str | None) -> str:
    """Speak ``choice`` ("en", "es", "fr"; None or "system": resolved as at the start, from the
    environment, the saved setting and the system) from now on, the core and the widgets alike.
    Every open widget receives a ``QEvent.LanguageChange``. Returns the language."""
    language = i18n.set_language(None if choice in (None, "", i18n.SYSTEM) else choice)
    if language != _state.language:
        install(language)
    return language
