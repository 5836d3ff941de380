"""User settings, stored with QSettings in an INI file under the user config folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from drafter import i18n
from drafter.matching.engine import MatchSettings
from drafter.paths import user_config_dir, user_library_dir

MAX_RECENT = 10
THEMES = ("system", "light", "dark")
# The interface language: "system" (follow the system) or one of i18n.LANGUAGES; saved under
# i18n.SETTINGS_KEY with no group, where drafter.i18n reads it for the command line too.
INTERFACE_LANGUAGES = (i18n.SYSTEM, *i18n.LANGUAGES)


EXPORT_MODES = ("comments", "decided", "all")


def initials_of(name: str) -> str:
    parts = [p for p in name.replace(".", " ").split() if p]
    return "".join(p[0].upper() for p in parts[:3]) or "R"


@dataclass(slots=True)
class AppSettings:
    # The reviewer's name and initials on comments and tracked changes: asked for on the first
    # export, never taken from the login name.
    author: str = ""
    initials: str = ""
    # The export's last options: what becomes tracked changes (drafter.changes.Mode) and
    # whether conforming clauses are marked too.
    export_mode: str = "decided"
    include_conforming: bool = False
    topic_only_min: float = MatchSettings().topic_only_min
    contrary_resemblance_min: float = MatchSettings().contrary_resemblance_min
    library_dirs: list[str] = field(default_factory=list)  # beyond the user's own library folder
    theme: str = "system"
    recent_files: list[str] = field(default_factory=list)
    # The draft view's zoom (percent) and how the findings are listed.
    zoom: int = 100
    group_by_category: bool = False
    interface_language: str = i18n.SYSTEM

    def match_settings(self) -> MatchSettings:
        return MatchSettings(
            topic_only_min=self.topic_only_min, contrary_resemblance_min=self.contrary_resemblance_min
        )

    def all_library_dirs(self) -> list[Path]:
        return [user_library_dir(), *(Path(d) for d in self.library_dirs)]

    def effective_initials(self) -> str:
        return self.initials or initials_of(self.author)

    def has_author(self) -> bool:
        return bool(self.author.strip())

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


class SettingsStore:
    """Reads and writes ``AppSettings``; the file lives under the user config folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (user_config_dir() / "settings.ini")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> AppSettings:
        s = self.qsettings
        defaults = AppSettings()

        def number(key: str, default: float) -> float:
            value = s.value(key, default)
            if not isinstance(value, str | int | float):
                return default
            try:
                return float(value)
            except ValueError:
                return default

        def strings(key: str) -> list[str]:
            value = s.value(key, [])
            if isinstance(value, str):
                return [value] if value else []
            if isinstance(value, list | tuple):
                return [str(v) for v in value]
            return []

        theme = str(s.value("appearance/theme", defaults.theme))
        mode = str(s.value("export/mode", defaults.export_mode))
        language = str(s.value(i18n.SETTINGS_KEY, i18n.SYSTEM))
        return AppSettings(
            author=str(s.value("review/author", defaults.author)),
            initials=str(s.value("review/initials", "")),
            export_mode=mode if mode in EXPORT_MODES else defaults.export_mode,
            include_conforming=str(s.value("export/include_conforming", "false")).lower() == "true",
            topic_only_min=number("matching/topic_only_min", defaults.topic_only_min),
            contrary_resemblance_min=number(
                "matching/contrary_resemblance_min", defaults.contrary_resemblance_min
            ),
            library_dirs=strings("library/folders"),
            theme=theme if theme in THEMES else "system",
            recent_files=strings("files/recent"),
            zoom=int(number("view/zoom", defaults.zoom)),
            group_by_category=str(s.value("view/group_by_category", "false")).lower() == "true",
            interface_language=language if language in INTERFACE_LANGUAGES else i18n.SYSTEM,
        )

    def save(self, settings: AppSettings) -> None:
        s = self.qsettings
        s.setValue("review/author", settings.author)
        s.setValue("review/initials", settings.initials)
        s.setValue("export/mode", settings.export_mode)
        s.setValue("export/include_conforming", "true" if settings.include_conforming else "false")
        s.setValue("matching/topic_only_min", settings.topic_only_min)
        s.setValue("matching/contrary_resemblance_min", settings.contrary_resemblance_min)
        s.setValue("library/folders", list(settings.library_dirs))
        s.setValue("appearance/theme", settings.theme)
        s.setValue("files/recent", list(settings.recent_files))
        s.setValue("view/zoom", settings.zoom)
        s.setValue("view/group_by_category", "true" if settings.group_by_category else "false")
        s.setValue(i18n.SETTINGS_KEY, settings.interface_language)
        s.sync()

    def window_state(self) -> tuple[object, object]:
        return self.qsettings.value("window/geometry"), self.qsettings.value("window/state")

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)
        self.qsettings.sync()
