"""Loading and validating the clause library; compiling it for the matcher.

The shipped library lives in ``clause_library/`` at the top of the project; a user's
own clauses live in folders of their choosing (the app keeps them under the user data
folder). A user clause with the id of a shipped clause replaces it; other user clauses
are added to their category.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from drafter.errors import LibraryError
from drafter.library.patterns import PatternError, bounded, compile_macros, pattern_regex
from drafter.library.schema import (
    CATEGORY_IDS,
    LANGUAGES,
    AllOf,
    Category,
    Clause,
    ClauseFile,
    Cue,
    LanguageCues,
    LanguageProfile,
    LibraryManifest,
    Localized,
)
from drafter.textnorm import fold

try:  # libyaml's C loader is several times faster; PyYAML wheels ship it.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def shipped_library_dir() -> Path:
    env = os.environ.get("DRAFTER_LIBRARY_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "clause_library"


# ---------------------------------------------------------------- compiled form


@dataclass(frozen=True, slots=True)
class CueMatcher:
    """One pattern (or an all-of group) of a category, compiled.

    ``generic`` marks a pattern that is just a language macro ("{hedge}", "{limit}"):
    its words may be part of a safeguard's own wording ("tried only by ordinary courts").
    """

    source: str
    regexes: tuple[re.Pattern[str], ...]
    generic: bool = False

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the cue matches; for an all-of group, the span of its first pattern."""
        if len(self.regexes) == 1:
            return [m.span() for m in self.regexes[0].finditer(folded)]
        found: list[tuple[int, int]] = []
        for rx in self.regexes:
            m = rx.search(folded)
            if m is None:
                return []
            found.append(m.span())
        return [(min(s for s, _ in found), max(e for _, e in found))]


@dataclass(frozen=True, slots=True)
class CompiledCues:
    topic: tuple[CueMatcher, ...]
    exclude: tuple[CueMatcher, ...]
    protective: tuple[CueMatcher, ...]
    weakening: tuple[CueMatcher, ...]
    contrary: tuple[CueMatcher, ...]


@dataclass(frozen=True, slots=True)
class Wording:
    """A library wording the matcher compares segments with."""

    clause_id: str
    category: str
    kind: str  # "model", "equivalent", "weak" or "contrary"
    lang: str
    text: str
    key: str  # folded text
    source: str | None = None
    note: str | None = None


@dataclass(slots=True)
class ClauseRecord:
    clause: Clause
    category: str
    origin: str  # "shipped" or the user file it came from
    overrides_shipped: bool = False

    @property
    def id(self) -> str:
        return self.clause.id

    def precedents(self) -> list[str]:
        return [p.cite() for p in self.clause.precedents]


@dataclass(slots=True)
class CategoryRecord:
    spec: Category
    cues: dict[str, CompiledCues]
    clauses: list[ClauseRecord]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass(slots=True)
class LanguageRecord:
    profile: LanguageProfile
    stopwords: frozenset[str]
    macros: dict[str, str]


@dataclass(slots=True)
class Library:
    version: str
    name: str
    categories: dict[str, CategoryRecord]
    languages: dict[str, LanguageRecord]
    wordings: list[Wording]
    user_dirs: tuple[Path, ...] = ()
    user_clause_count: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self.categories.values())

    def clause(self, clause_id: str) -> ClauseRecord:
        for cat in self.categories.values():
            for rec in cat.clauses:
                if rec.id == clause_id:
                    return rec
        raise KeyError(clause_id)

    def category_title(self, category: str, lang: str = "en") -> str:
        return self.categories[category].spec.title.get(lang)


# ---------------------------------------------------------------- reading files


def _read_yaml(path: Path) -> Any:
    try:
        with path.open("r", encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LibraryError(f"{path}: {where}{problem}.", "Fix the YAML syntax of this file.") from None
    except UnicodeDecodeError:
        raise LibraryError(f"{path}: not UTF-8 text.", "Save the file as UTF-8.") from None
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror}).") from None


def _entry_name(raw: Any, loc: Sequence[int | str]) -> str:
    """The id of the entry an error is in (a clause id, or the category id)."""
    node = raw
    name = raw.get("id") or raw.get("category") if isinstance(raw, dict) else None
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            if isinstance(node, dict) and node.get("id"):
                name = node["id"]
            elif isinstance(node, dict) and node.get("text"):
                name = f"{name}, wording '{str(node['text'])[:40]}...'"
        else:
            break
    return str(name or "(top level)")


M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], raw: Any, path: Path) -> M:
    if not isinstance(raw, dict):
        raise LibraryError(
            f"{path}: expected a mapping of fields at the top level.", "See clause_library/README.md."
        )
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "str")))]
        field_path = ""
        for part in loc:
            field_path += f"[{part}]" if isinstance(part, int) else (f".{part}" if field_path else str(part))
        field_path = re.sub(r"^clauses\[\d+\]\.?", "", field_path) or "(entry)"
        entry = _entry_name(raw, loc)
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] in ("string_type",) and isinstance(err.get("input"), bool):
            msg += " (YAML reads yes/no/on/off as true/false: put the word in quotes)"
        more = f" ({len(exc.errors()) - 1} more problem(s) in this file)" if len(exc.errors()) > 1 else ""
        raise LibraryError(
            f"{path}: entry '{entry}', field '{field_path}': {msg}{more}.",
            "Fix this entry (see clause_library/README.md).",
        ) from None


# ---------------------------------------------------------------- compiling


def _compile_cue(cue: Cue, macros: dict[str, str], where: str) -> CueMatcher:
    try:
        if isinstance(cue, AllOf):
            regexes = tuple(re.compile(bounded(pattern_regex(p, macros))) for p in cue.all)
            return CueMatcher(" + ".join(cue.all), regexes)
        generic = re.fullmatch(r"\{[a-z_]+\}", cue.strip()) is not None
        return CueMatcher(cue, (re.compile(bounded(pattern_regex(cue, macros))),), generic)
    except (PatternError, re.error) as exc:
        raise LibraryError(
            f"{where}: {exc}.", "Fix the pattern (see clause_library/README.md, 'Patterns')."
        ) from None


def _compile_cues(cues: LanguageCues, macros: dict[str, str], where: str) -> CompiledCues:
    def many(items: Iterable[Cue], name: str) -> tuple[CueMatcher, ...]:
        return tuple(_compile_cue(c, macros, f"{where}, field '{name}'") for c in items)

    return CompiledCues(
        topic=many(cues.topic, "topic"),
        exclude=many(cues.exclude, "exclude"),
        protective=many(cues.protective, "protective"),
        weakening=many(cues.weakening, "weakening"),
        contrary=many(cues.contrary, "contrary"),
    )


def _wordings(rec: ClauseRecord) -> list[Wording]:
    out: list[Wording] = []
    clause = rec.clause
    for lang in LANGUAGES:
        text = getattr(clause.model, lang)
        if text:
            out.append(Wording(clause.id, rec.category, "model", lang, text, fold(text)))
    for f in clause.formulations:
        out.append(Wording(clause.id, rec.category, f.stance, f.lang, f.text, fold(f.text), f.source, f.note))
    return out


def _load_uncached(shipped: Path, user_dirs: tuple[Path, ...]) -> Library:
    manifest_path = shipped / "library.yaml"
    if not manifest_path.is_file():
        raise LibraryError(f"The clause library is missing: {manifest_path} not found.", "Reinstall Drafter.")
    manifest = _validate(LibraryManifest, _read_yaml(manifest_path), manifest_path)

    languages: dict[str, LanguageRecord] = {}
    for lang in manifest.languages:
        path = shipped / "languages" / f"{lang}.yaml"
        if not path.is_file():
            raise LibraryError(f"{path} not found (listed in {manifest_path}).")
        profile = _validate(LanguageProfile, _read_yaml(path), path)
        try:
            macros = compile_macros(profile.macros)
        except (PatternError, re.error) as exc:
            raise LibraryError(f"{path}: field 'macros': {exc}.") from None
        languages[lang] = LanguageRecord(profile, frozenset(fold(w) for w in profile.stopwords), macros)

    categories: dict[str, CategoryRecord] = {}
    for path in sorted((shipped / "categories").glob("*.yaml")):
        spec = _validate(Category, _read_yaml(path), path)
        if spec.id in categories:
            raise LibraryError(f"{path}: category '{spec.id}' is defined twice.")
        cues: dict[str, CompiledCues] = {}
        for lang, lang_cues in spec.cues.items():
            if lang not in languages:
                raise LibraryError(f"{path}: cues for '{lang}', a language the library does not list.")
            cues[lang] = _compile_cues(
                lang_cues, languages[lang].macros, f"{path}: entry '{spec.id}', cues.{lang}"
            )
        records = [ClauseRecord(c, spec.id, "shipped") for c in spec.clauses]
        categories[spec.id] = CategoryRecord(spec, cues, records)
    missing = [c for c in CATEGORY_IDS if c not in categories]
    if missing:
        raise LibraryError(
            f"The clause library in {shipped} lacks the categories: {', '.join(missing)}.",
            "Reinstall Drafter.",
        )

    seen: dict[str, Path] = {}
    for cat in categories.values():
        for rec in cat.clauses:
            if rec.id in seen:
                raise LibraryError(f"clause id '{rec.id}' is used twice in the shipped library.")
            seen[rec.id] = shipped

    user_count = 0
    for folder in user_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            data = _validate(ClauseFile, _read_yaml(path), path)
            cat = categories[data.category]
            for clause in data.clauses:
                user_count += 1
                existing = next((i for i, r in enumerate(cat.clauses) if r.id == clause.id), None)
                other = next(
                    (
                        c
                        for c in categories.values()
                        if c.id != cat.id and any(r.id == clause.id for r in c.clauses)
                    ),
                    None,
                )
                if other is not None:
                    raise LibraryError(
                        f"{path}: entry '{clause.id}': this id belongs to category '{other.id}', not '{cat.id}'.",
                        "Use another id or move the clause.",
                    )
                rec = ClauseRecord(clause, cat.id, str(path), overrides_shipped=existing is not None)
                if existing is not None:
                    cat.clauses[existing] = rec
                else:
                    cat.clauses.append(rec)

    wordings = [w for cat in categories.values() for rec in cat.clauses for w in _wordings(rec)]
    version = manifest.version + (f"+user.{user_count}" if user_count else "")
    return Library(
        version=version,
        name=manifest.name,
        categories=categories,
        languages=languages,
        wordings=wordings,
        user_dirs=user_dirs,
        user_clause_count=user_count,
    )


def _fingerprint(dirs: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    out: list[tuple[str, int, int]] = []
    for d in dirs:
        if not d.is_dir():
            continue
        for path in sorted(d.rglob("*.yaml")):
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


_cache_lock = threading.Lock()
_cache: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[tuple[str, int, int], ...], Library]] = {}


def load_library(user_dirs: Sequence[str | Path] = (), shipped: str | Path | None = None) -> Library:
    """The shipped library plus the user's folders, validated and compiled.

    Cached per process; a change to any library file (time or size) reloads it, so
    the app picks up edits without a restart.
    """
    shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
    users = tuple(Path(u) for u in user_dirs)
    key = (shipped_dir, users)
    stamp = _fingerprint((shipped_dir, *users))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    lib = _load_uncached(shipped_dir, users)
    with _cache_lock:
        _cache[key] = (stamp, lib)
    return lib


def localized(value: Localized, lang: str) -> str:
    return value.get(lang)


def check_file(path: str | Path, shipped: str | Path | None = None) -> str:
    """Validate one library file on its own (a category, a language or a user clause file).

    Returns a one-line summary; raises ``LibraryError`` naming file, entry and field.
    """
    p = Path(path)
    shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
    raw = _read_yaml(p)
    if isinstance(raw, dict) and "language" in raw and "stopwords" in raw:
        profile = _validate(LanguageProfile, raw, p)
        try:
            compile_macros(profile.macros)
        except (PatternError, re.error) as exc:
            raise LibraryError(f"{p}: field 'macros': {exc}.") from None
        return f"{p}: language '{profile.language}' is valid."
    if isinstance(raw, dict) and "clauses" in raw and "cues" not in raw:
        data = _validate(ClauseFile, raw, p)
        return f"{p}: {len(data.clauses)} user clause(s) for '{data.category}' are valid."
    spec = _validate(Category, raw, p)
    for lang, lang_cues in spec.cues.items():
        lang_path = shipped_dir / "languages" / f"{lang}.yaml"
        profile = _validate(LanguageProfile, _read_yaml(lang_path), lang_path)
        try:
            macros = compile_macros(profile.macros)
        except (PatternError, re.error) as exc:
            raise LibraryError(f"{lang_path}: field 'macros': {exc}.") from None
        _compile_cues(lang_cues, macros, f"{p}: entry '{spec.id}', cues.{lang}")
    n_form = sum(len(c.formulations) for c in spec.clauses)
    return f"{p}: category '{spec.id}' is valid ({len(spec.clauses)} clause(s), {n_form} formulation(s))."
