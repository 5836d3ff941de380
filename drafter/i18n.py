"""The interface language, English, Spanish or French, and the translations of what the core and
the command line say (Qt-free; the app's widgets are translated by Qt).

The language is chosen, first to last:

1. an explicit choice: ``set_language("es")`` (the command line's ``--lang``), else the
   ``DRAFTER_LANGUAGE`` environment variable;
2. the choice saved in the app's settings: the key ``interface_language`` of its settings file
   (QSettings' INI format; a key without a group is in the ``[General]`` section), read here with
   configparser; ``system`` or no key means the system's;
3. the system's: the first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set,
   as gettext reads them (``LANGUAGE`` may list several, ``es:fr``; the first known one wins);
   on Windows without them, the user's display language;
4. English.

A message is marked with ``_`` (``ngettext`` with a count, ``pgettext`` with a context; ``N_``
marks a message translated later, where it is shown) and looked up in the catalogue of the
language chosen, ``drafter/locale/<lang>/LC_MESSAGES/drafter.mo``, compiled from the ``.po`` beside
it (``scripts/translations`` extracts, updates and compiles them with Babel, a development tool
only). The language is resolved at the first message, so a program that says nothing reads no
setting; English loads no catalogue at all.

This module is the bottom layer of the core: it imports nothing of Drafter's, so that every
other module, the errors among them, can use it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

LANGUAGES = ("en", "es", "fr")
# Each language in its own words (the app's Settings, the command line's --lang help).
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}
DEFAULT_LANGUAGE = "en"
SYSTEM = "system"  # the saved choice that follows the system
ENV_VARIABLE = "DRAFTER_LANGUAGE"
# The settings key the app saves the choice under (QSettings, no group: section [General]).
SETTINGS_KEY = "interface_language"
SETTINGS_SECTION = "General"
# The environment variables gettext reads, in its order.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
DOMAIN = "drafter"
LOCALE_DIR = Path(__file__).resolve().with_name("locale")


if TYPE_CHECKING:  # (a Protocol class costs a fraction of a millisecond to create at every start)
    from typing import Protocol

    class _Catalogue(Protocol):
        def gettext(self, message: str, /) -> str: ...
        def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...
        def pgettext(self, context: str, message: str, /) -> str: ...


class _English:
    """The messages as written (no catalogue to read)."""

    def gettext(self, message: str, /) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str, /) -> str:
        return message


class _State:
    language: str | None = None  # None until resolved (at the first message)
    catalogue: _Catalogue = _English()


_state = _State()


def normalize(value: str | None) -> str | None:
    """The language code ("en", "es", "fr") of a choice or a locale name ("es", "ES",
    "es_ES.UTF-8", "fr-CA", "fr_FR@euro"), or None: nothing, "system", "C", or a language
    Drafter does not speak."""
    if not value:
        return None
    code = value.strip().lower()
    for mark in (".", "@", "_", "-"):
        code = code.split(mark, 1)[0]
    return code if code in LANGUAGES else None


def settings_file() -> Path:
    """The app's settings file (``drafter.app.settings.SettingsStore``'s default path): in
    ``DRAFTER_HOME/config`` when that is set, else in the user's configuration folder. (The same
    rule as ``drafter.paths.user_config_dir``, which this module, below it, cannot import.)"""
    home = os.environ.get("DRAFTER_HOME")
    if home:
        return Path(home) / "config" / "settings.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir("Drafter", appauthor=False)) / "settings.ini"


def saved_language(path: Path | None = None) -> str | None:
    """The language saved in the app's settings, or None (none saved, "system", a file that
    cannot be read)."""
    path = path or settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if SETTINGS_KEY not in text:  # most files: configparser is not even imported
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error:
        return None
    value = parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback=None)
    return normalize(value.strip().strip('"')) if value else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The system's language if Drafter speaks it: the first of LANGUAGE, LC_ALL, LC_MESSAGES
    and LANG that is set (as gettext reads them; LANGUAGE may list several, "de:fr", of which
    the first Drafter speaks counts), else, on Windows, the user's display language."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:
            for name in value.split(":"):
                code = normalize(name)
                if code is not None:
                    return code
            return None
    if sys.platform == "win32":
        return _windows_language()
    return None


def _windows_language() -> str | None:  # pragma: no cover - Windows only
    import ctypes
    import locale

    try:
        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return normalize(locale.windows_locale.get(lcid))


def resolve_language(
    explicit: str | None = None,
    environ: Mapping[str, str] | None = None,
    settings: Path | None = None,
) -> str:
    """The interface language: ``explicit``, else ``DRAFTER_LANGUAGE``, else the app's saved
    choice, else the system's, else English (see the module's documentation)."""
    environ = os.environ if environ is None else environ
    return (
        normalize(explicit)
        or normalize(environ.get(ENV_VARIABLE))
        or saved_language(settings)
        or system_language(environ)
        or DEFAULT_LANGUAGE
    )


def _load(language: str) -> _Catalogue:
    if language == DEFAULT_LANGUAGE:
        return _English()
    import gettext

    try:
        with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError:  # an installation without its catalogues speaks English
        return _English()


def set_language(language: str | None) -> str:
    """Speak ``language`` from now on ("en", "es", "fr", or a locale name); None, "system" or
    a language Drafter does not speak: resolve it as without a choice. Returns the language."""
    chosen = resolve_language(language)
    if chosen != _state.language:
        _state.catalogue = _load(chosen)
        _state.language = chosen
    return chosen


def language() -> str:
    """The interface language ("en", "es" or "fr")."""
    return _state.language if _state.language is not None else set_language(None)


def _current() -> _Catalogue:
    if _state.language is None:
        set_language(None)
    return _state.catalogue


def _(message: str) -> str:
    """``message`` in the interface language."""
    return _current().gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things in the interface language."""
    return _current().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the interface language, as meant in ``context`` (a short word said in
    more than one sense)."""
    return _current().pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for translation where it is shown (a constant defined before the
    language is known); returns it unchanged."""
    return message
