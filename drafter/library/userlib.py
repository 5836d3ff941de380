"""The user's own clauses: reading, validating, saving, importing and exporting them.

A user library is a folder of YAML files in the user-file format of
``clause_library/README.md``: one file per category, ``<category>.yaml``, holding
``{category: <id>, clauses: [...]}``. The rule the analysis applies (see the loader):
**a user clause with the id of a shipped clause replaces it; a new id adds a clause.**
Clause ids are unique across categories, so a user clause may not take the id of a
clause of another category.

Nothing here writes into the shipped ``clause_library/`` folder, and every write is
atomic (``drafter.paths.atomic_write``: a temporary file in the same folder, synced, then put in
its place in one step): a crash leaves the
old file or the new one, never half of one.

The share format, for sending clauses to colleagues (``export_file``/``import_file``)::

    format: drafter-clauses
    version: 1
    categories:
      - category: amnesty
        clauses: [...]          # clauses exactly as in a user file

``import_file`` also accepts a single user file (``{category, clauses}``) and a shipped
category file (its clauses are taken; its cues are ignored).

This module does not import Qt: the app's editor and the tests share it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

import yaml
from msgspec import Struct, field
from pydantic import ValidationError

from drafter.errors import LibraryError
from drafter.i18n import N_, _, ngettext
from drafter.library.loader import _read_yaml, shipped_library_dir, shipped_vocabulary, validation_message
from drafter.library.schema import Clause, ClauseFile, Vocabulary
from drafter.paths import atomic_write

SHARE_FORMAT = "drafter-clauses"
SHARE_VERSION = 1
# (Marked for translation: shown translated with drafter.i18n's ``_(RULE)``.)
RULE = N_(
    "A clause of yours with the same id as a shipped clause replaces it in analyses; "
    "a clause with a new id is added to its category."
)


def _id_hint() -> str:
    return _("use capitals, digits and hyphens with at least one hyphen, e.g. AMN-MX-1")


# ---------------------------------------------------------------- YAML output


class _Dumper(yaml.SafeDumper):
    """Readable, diff-friendly YAML: long texts as folded blocks, multi-line texts as literal ones."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    if len(data) > 72:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """YAML as a lawyer reads it in a diff: Unicode kept, keys in schema order, wide lines."""
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88, default_flow_style=False
    )


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _atomic_write(path: Path, text: str, shipped: Path) -> None:
    if _is_within(path, shipped):
        raise LibraryError(
            _("{path}: Drafter does not write into its shipped clause library ({folder}).").format(
                path=path, folder=shipped
            ),
            _("Choose another folder."),
        )
    try:
        before = path.stat() if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda fh: fh.write(text.encode("utf-8")), temp_prefix=f".{path.name}.")
        after = path.stat()
        if before is not None and (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size):
            # A coarse clock could hide the change from the loader's cache (keyed on time and size).
            os.utime(path, ns=(after.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    except OSError as exc:
        raise LibraryError(
            _("{path}: cannot be written ({reason}).").format(path=path, reason=exc.strerror),
            _("Check that the folder is writable."),
        ) from None


class _Dumpable(Protocol):
    def model_dump(self, *, exclude_none: bool = ...) -> dict[str, Any]: ...


def clause_data(clause: _Dumpable) -> dict[str, Any]:
    """A clause (validated, or the loader's run-time form) as the mapping written to YAML, no empty fields."""
    data = clause.model_dump(exclude_none=True)
    if not data.get("formulations"):
        data.pop("formulations", None)
    return data


# ---------------------------------------------------------------- validation


def _clean(value: Any) -> Any:
    """Drop empty optional texts ("" from an empty form field) so they read as absent."""
    if isinstance(value, dict):
        out = {}
        for key, raw in value.items():
            item = _clean(raw)
            if item is None or (isinstance(item, str) and not item.strip()):
                continue
            out[key] = item
        return out
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _field_name(loc: Iterable[int | str]) -> str:
    name = ""
    for part in loc:
        if isinstance(part, str) and part.startswith(("function-", "str")):
            continue
        if isinstance(part, int):
            name += f"[{part + 1}]"
        else:
            name += f".{part}" if name else part
    return name or _("(clause)")


def _friendly(err: Any) -> str:
    kind = err["type"]
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "str")))]
    if kind == "missing":
        if loc and loc[-1] == "en":
            return _("English is required")
        if loc and loc[-1] == "precedents":
            return _("at least one precedent is required")
        return _("required")
    if kind == "string_pattern_mismatch":
        return _id_hint()
    if kind == "too_short" and loc and loc[-1] == "precedents":
        return _("at least one precedent is required")
    if kind == "literal_error" and loc and loc[-1] == "stance":
        return _("use equivalent, weak or contrary")
    if kind == "extra_forbidden":
        return _("not a field of a clause")
    return validation_message(err)


def _schema_problems(data: Any, vocabulary: Vocabulary | None = None) -> tuple[Clause | None, list[str]]:
    if not isinstance(data, dict):
        return None, [_("the clause is not a mapping of fields")]
    try:
        return Clause.model_validate(_clean(data), context=vocabulary), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            problem = _("field '{field}': {problem}").format(
                field=_field_name(err["loc"]), problem=_friendly(err)
            )
            if problem not in problems:
                problems.append(problem)
        return None, problems


def validate_clause(data: dict[str, Any]) -> list[str]:
    """Readable problems of a clause as typed (field and problem); empty when it is valid.

    Empty optional texts count as absent, so an empty Spanish field is no problem but an
    empty English one is: ``field 'model.en': English is required``.
    """
    return _schema_problems(data)[1]


# ---------------------------------------------------------------- import report


class ImportReport(Struct):
    """What an import did. When ``invalid`` is not empty nothing was written."""

    source: Path
    added: list[str] = field(default_factory=list)  # new in your library
    replaced: list[str] = field(default_factory=list)  # replaced a clause of yours with the same id
    overriding: list[str] = field(default_factory=list)  # these replace shipped clauses in analyses
    invalid: list[str] = field(default_factory=list)  # "entry 'X', field 'y': problem"

    @property
    def written(self) -> bool:
        return not self.invalid and bool(self.added or self.replaced)

    def summary(self) -> str:
        if self.invalid:
            n = len(self.invalid)
            lines = [
                ngettext(
                    "Nothing was imported from {name}: {n} problem.",
                    "Nothing was imported from {name}: {n} problems.",
                    n,
                ).format(name=self.source.name, n=n)
            ]
            lines += [f"• {p}" for p in self.invalid]
            return "\n".join(lines)
        parts = []
        if self.added:
            parts.append(_("added {n} ({clauses})").format(n=len(self.added), clauses=", ".join(self.added)))
        if self.replaced:
            parts.append(
                _("replaced {n} of yours ({clauses})").format(
                    n=len(self.replaced), clauses=", ".join(self.replaced)
                )
            )
        text = _("From {name}: {what}.").format(
            name=self.source.name, what="; ".join(parts) if parts else _("no clauses")
        )
        if self.overriding:
            text += " " + _("These replace shipped clauses in analyses: {clauses}.").format(
                clauses=", ".join(self.overriding)
            )
        return text


# ---------------------------------------------------------------- the library


class _Entry(Struct):
    clause: Clause
    category: str
    path: Path


_SHIPPED_CACHE: dict[
    Path, tuple[tuple[tuple[str, int, int], ...], dict[str, tuple[str, dict[str, Any]]]]
] = {}


class UserLibrary:
    """The clauses of one user folder (created on the first save)."""

    def __init__(self, folder: Path, shipped: Path | None = None) -> None:
        self.folder = Path(folder)
        self.shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
        if _is_within(self.folder, self.shipped_dir):
            raise LibraryError(
                _("{folder} is inside Drafter's shipped clause library.").format(folder=self.folder),
                _("Keep your own clauses in another folder."),
            )

    # -------------------------------------------------------- reading

    def vocabulary(self) -> Vocabulary:
        """The categories and languages of the shipped library (its library.yaml)."""
        return shipped_vocabulary(self.shipped_dir)

    def path_for(self, category: str) -> Path:
        """The file new clauses of ``category`` go to: ``<category>.yaml`` unless that holds another one."""
        path = self.folder / f"{category}.yaml"
        if not path.exists() or self._read(path).category == category:
            return path
        for other in self._files():
            if self._read(other).category == category:
                return other
        return self.folder / f"{category}-mine.yaml"

    def _files(self) -> list[Path]:
        return sorted(self.folder.glob("*.yaml")) if self.folder.is_dir() else []

    def _read(self, path: Path) -> ClauseFile:
        raw = _read_yaml(path)
        if not isinstance(raw, dict):
            raise LibraryError(_("{path}: expected a mapping of fields at the top level.").format(path=path))
        try:
            return ClauseFile.model_validate(raw, context=self.vocabulary())
        except ValidationError as exc:
            err = exc.errors()[0]
            raise LibraryError(
                _("{path}: field '{field}': {problem}.").format(
                    path=path, field=_field_name(err["loc"]), problem=_friendly(err)
                ),
                _("Fix this file (see clause_library/README.md)."),
            ) from None

    def _entries(self) -> dict[str, _Entry]:
        entries: dict[str, _Entry] = {}
        for path in self._files():
            data = self._read(path)
            for clause in data.clauses:
                entries[clause.id] = _Entry(clause, data.category, path)
        return entries

    def clauses(self) -> dict[str, list[Clause]]:
        """Your clauses by category (only categories that have some)."""
        out: dict[str, list[Clause]] = {}
        for entry in self._entries().values():
            out.setdefault(entry.category, []).append(entry.clause)
        return out

    def clause(self, clause_id: str) -> Clause | None:
        entry = self._entries().get(clause_id)
        return entry.clause if entry else None

    def category_of(self, clause_id: str) -> str | None:
        entry = self._entries().get(clause_id)
        return entry.category if entry else None

    def _shipped(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """Shipped clause id -> (category, the clause as written), re-read when the files change."""
        files = sorted((self.shipped_dir / "categories").glob("*.yaml"))
        stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
        hit = _SHIPPED_CACHE.get(self.shipped_dir)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        for path in files:
            raw = _read_yaml(path)
            if not isinstance(raw, dict) or not isinstance(raw.get("clauses"), list):
                continue
            for data in raw["clauses"]:
                if isinstance(data, dict) and isinstance(data.get("id"), str):
                    found[data["id"]] = (str(raw.get("id")), data)
        _SHIPPED_CACHE[self.shipped_dir] = (stamp, found)
        return found

    def shipped_ids(self) -> dict[str, str]:
        """Shipped clause id -> its category."""
        return {cid: cat for cid, (cat, _) in self._shipped().items()}

    def shipped_clause(self, clause_id: str) -> Clause | None:
        hit = self._shipped().get(clause_id)
        if hit is None:
            return None
        try:
            return Clause.model_validate(hit[1], context=self.vocabulary())
        except ValidationError:
            return None

    # -------------------------------------------------------- checking

    def _id_problems(
        self,
        category: str,
        clause_id: str,
        entries: dict[str, _Entry],
        shipped: dict[str, str],
        editing: str | None,
        new: bool,
    ) -> list[str]:
        problems = []
        home = shipped.get(clause_id)
        if home is not None and home != category:
            problems.append(
                _(
                    "field 'id': '{clause}' is a shipped clause of category '{category}'; ids are unique "
                    "across categories, so choose another id"
                ).format(clause=clause_id, category=home)
            )
        mine = entries.get(clause_id)
        if mine is not None and editing != clause_id:
            if new or editing is not None:
                problems.append(
                    _(
                        "field 'id': you already have a clause '{clause}' ({category}); edit it or choose "
                        "another id"
                    ).format(clause=clause_id, category=mine.category)
                )
            elif mine.category != category:
                problems.append(
                    _(
                        "field 'id': your clause '{clause}' belongs to category '{category}'; ids are unique "
                        "across categories"
                    ).format(clause=clause_id, category=mine.category)
                )
        return problems

    def problems(
        self, category: str, data: dict[str, Any], editing: str | None = None, new: bool = False
    ) -> list[str]:
        """Everything wrong with saving ``data`` into ``category``: the fields, then the id.

        ``editing`` is the id of the clause of yours being edited (a changed id renames
        it); ``new`` refuses an id you already use.
        """
        problems = []
        categories = self.vocabulary().categories
        if category not in categories:
            problems.append(
                _("field 'category': unknown category '{category}'; use one of {categories}").format(
                    category=category, categories=", ".join(categories)
                )
            )
        clause, schema = _schema_problems(data, self.vocabulary())
        problems += schema
        if clause is not None and not problems:
            problems += self._id_problems(
                category, clause.id, self._entries(), self.shipped_ids(), editing, new
            )
        return problems

    def is_override(self, category: str, clause_id: str) -> bool:
        return self.shipped_ids().get(clause_id) == category

    # -------------------------------------------------------- writing

    def _write(self, category: str, clauses: list[Clause], path: Path | None = None) -> None:
        target = path or self.path_for(category)
        if not clauses:
            if target.exists():
                if _is_within(target, self.shipped_dir):
                    raise LibraryError(
                        _("{path}: Drafter does not write into its shipped clause library.").format(
                            path=target
                        )
                    )
                try:
                    target.unlink()
                except OSError as exc:
                    raise LibraryError(
                        _("{path}: cannot be removed ({reason}).").format(path=target, reason=exc.strerror)
                    ) from None
            return
        body = {"category": category, "clauses": [clause_data(c) for c in clauses]}
        _atomic_write(target, dump_yaml(body), self.shipped_dir)

    def _file_clauses(self, path: Path) -> list[Clause]:
        return list(self._read(path).clauses) if path.exists() else []

    def _remove(self, entry: _Entry) -> None:
        remaining = [c for c in self._file_clauses(entry.path) if c.id != entry.clause.id]
        self._write(entry.category, remaining, entry.path)

    def _put(self, category: str, clause: Clause, entries: dict[str, _Entry]) -> None:
        """Write ``clause`` in place of the user clause with its id, or append it to the category file."""
        existing = entries.get(clause.id)
        if existing is not None and existing.category == category:
            clauses = [clause if c.id == clause.id else c for c in self._file_clauses(existing.path)]
            self._write(category, clauses, existing.path)
            return
        if existing is not None:
            self._remove(existing)
        path = self.path_for(category)
        self._write(category, [*self._file_clauses(path), clause], path)

    def save_clause(
        self, category: str, data: dict[str, Any], *, editing: str | None = None, new: bool = False
    ) -> Clause:
        """Validate ``data`` and save it as your clause in ``category``; return the clause.

        Without ``editing`` a clause of yours with the same id is replaced; with it, the
        clause of that id is replaced (and renamed or moved if id or category changed).
        Raises ``LibraryError`` naming the field, e.g. ``field 'model.en': English is required``.
        """
        problems = self.problems(category, data, editing=editing, new=new)
        if problems:
            if len(problems) > 1:
                n = len(problems) - 1
                problem = ngettext(
                    "{problem} ({n} more problem).", "{problem} ({n} more problems).", n
                ).format(problem=problems[0], n=n)
            else:
                problem = _("{problem}.").format(problem=problems[0])
            raise LibraryError(problem, _("Correct the clause and save again."))
        clause = Clause.model_validate(_clean(data), context=self.vocabulary())
        entries = self._entries()
        if editing is not None and editing != clause.id and editing in entries:
            self._remove(entries.pop(editing))
            entries = self._entries()
        self._put(category, clause, entries)
        return clause

    def delete_clause(self, clause_id: str) -> None:
        entry = self._entries().get(clause_id)
        if entry is None:
            raise LibraryError(
                _("'{clause}' is not one of your clauses.").format(clause=clause_id),
                _("Only your own clauses can be deleted."),
            )
        self._remove(entry)

    def suggest_id(self, clause_id: str) -> str:
        """A free id derived from ``clause_id`` (AMN-1 -> AMN-1-COPY, AMN-1-COPY-2...)."""
        taken = set(self._entries()) | set(self.shipped_ids())
        base = re.sub(r"-COPY(?:-\d+)?$", "", clause_id) + "-COPY"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def duplicate_clause(self, clause_id: str, new_id: str) -> Clause:
        """Copy a clause (yours, or a shipped one) under a new id into the same category."""
        entries = self._entries()
        shipped = self.shipped_ids()
        if clause_id in entries:
            source, category = entries[clause_id].clause, entries[clause_id].category
        elif clause_id in shipped:
            found = self.shipped_clause(clause_id)
            assert found is not None
            source, category = found, shipped[clause_id]
        else:
            raise LibraryError(_("There is no clause '{clause}' to duplicate.").format(clause=clause_id))
        if new_id in entries or new_id in shipped:
            raise LibraryError(
                _("field 'id': '{clause}' is already used.").format(clause=new_id), _("Choose another id.")
            )
        data = clause_data(source)
        data["id"] = new_id
        return self.save_clause(category, data, new=True)

    # -------------------------------------------------------- sharing

    def _bundle(self, clause_ids: Iterable[str] | None) -> dict[str, Any]:
        entries = self._entries()
        wanted = list(entries) if clause_ids is None else list(dict.fromkeys(clause_ids))
        unknown = [cid for cid in wanted if cid not in entries]
        if unknown:
            raise LibraryError(
                _("Not among your clauses: {clauses}.").format(clauses=", ".join(unknown)),
                _("Only your own clauses can be exported."),
            )
        by_category: dict[str, list[dict[str, Any]]] = {}
        for cid in wanted:
            entry = entries[cid]
            by_category.setdefault(entry.category, []).append(clause_data(entry.clause))
        return {
            "format": SHARE_FORMAT,
            "version": SHARE_VERSION,
            "categories": [
                {"category": cat, "clauses": by_category[cat]}
                for cat in self.vocabulary().categories
                if cat in by_category
            ],
        }

    def export_file(self, path: Path, clause_ids: Iterable[str] | None = None) -> int:
        """Write your clauses (all, or those listed) as a share bundle; return how many."""
        bundle = self._bundle(clause_ids)
        count = sum(len(group["clauses"]) for group in bundle["categories"])
        if count == 0:
            raise LibraryError(
                _("You have no clauses of your own to export."), _("Create or import some first.")
            )
        _atomic_write(Path(path), dump_yaml(bundle), self.shipped_dir)
        return count

    def _groups(self, raw: Any, path: Path) -> list[tuple[Any, list[Any]]]:
        """(category, clauses) groups of a file in any of the accepted formats."""
        if not isinstance(raw, dict):
            raise LibraryError(
                _("{path}: not a clause file (expected a mapping at the top level).").format(path=path)
            )
        if "format" in raw or "categories" in raw:
            if raw.get("format") != SHARE_FORMAT:
                raise LibraryError(
                    _("{path}: not a Drafter clause bundle (format should be '{format}').").format(
                        path=path, format=SHARE_FORMAT
                    )
                )
            version = raw.get("version")
            if not isinstance(version, int) or version < 1:
                raise LibraryError(
                    _("{path}: field 'version': expected {version}.").format(path=path, version=SHARE_VERSION)
                )
            if version > SHARE_VERSION:
                raise LibraryError(
                    _("{path}: made by a newer Drafter (bundle version {version}).").format(
                        path=path, version=version
                    ),
                    _("Update Drafter to import it."),
                )
            groups = raw.get("categories")
            if not isinstance(groups, list):
                raise LibraryError(
                    _("{path}: field 'categories': expected a list of {{category, clauses}}.").format(
                        path=path
                    )
                )
            out = []
            for i, group in enumerate(groups, 1):
                if not isinstance(group, dict) or not isinstance(group.get("clauses"), list):
                    raise LibraryError(
                        _(
                            "{path}: field 'categories[{number}]': expected {{category, clauses: [...]}}."
                        ).format(path=path, number=i)
                    )
                out.append((group.get("category"), group["clauses"]))
            return out
        if isinstance(raw.get("clauses"), list) and "category" in raw:
            return [(raw["category"], raw["clauses"])]
        if isinstance(raw.get("clauses"), list) and "cues" in raw:
            return [(raw.get("id"), raw["clauses"])]
        raise LibraryError(
            _(
                "{path}: not a clause file: expected a Drafter bundle, a user clause file or a category file."
            ).format(path=path),
            _("See clause_library/README.md."),
        )

    def import_file(self, path: Path) -> ImportReport:
        """Add the clauses of ``path`` to your library, or, if any entry is invalid, nothing at all."""
        path = Path(path)
        report = ImportReport(path)
        groups = self._groups(_read_yaml(path), path)
        entries = self._entries()
        shipped = self.shipped_ids()
        accepted: list[tuple[str, Clause]] = []
        seen: dict[str, str] = {}
        categories = self.vocabulary().categories
        for category, clauses in groups:
            if category not in categories:
                report.invalid.append(
                    _("category '{category}': unknown; use one of {categories}").format(
                        category=category, categories=", ".join(categories)
                    )
                )
                continue
            for i, data in enumerate(clauses, 1):
                clause, problems = _schema_problems(data, self.vocabulary())
                name = data.get("id") if isinstance(data, dict) and data.get("id") else f"{category} #{i}"
                if clause is not None:
                    if clause.id in seen:
                        problems = [
                            _("field 'id': '{clause}' appears twice in this file").format(clause=clause.id)
                        ]
                    else:
                        problems = self._id_problems(category, clause.id, entries, shipped, None, False)
                if problems or clause is None:
                    report.invalid += [
                        _("entry '{name}', {problem}").format(name=name, problem=p) for p in problems
                    ]
                    continue
                seen[clause.id] = category
                accepted.append((category, clause))
        if report.invalid:
            return report
        for category, clause in accepted:
            (report.replaced if clause.id in entries else report.added).append(clause.id)
            if shipped.get(clause.id) == category:
                report.overriding.append(clause.id)
        by_file: dict[Path, tuple[str, list[Clause]]] = {}
        for category, clause in accepted:
            existing = entries.get(clause.id)
            target = existing.path if existing is not None else self.path_for(category)
            if target not in by_file:
                by_file[target] = (category, self._file_clauses(target))
            cat, current = by_file[target]
            if any(c.id == clause.id for c in current):
                by_file[target] = (cat, [clause if c.id == clause.id else c for c in current])
            else:
                current.append(clause)
        for target, (category, clauses) in by_file.items():
            self._write(category, clauses, target)
        return report
