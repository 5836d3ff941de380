"""Loading the clause library: validate the YAML files, compile the cues, cache the result.

The shipped library lives in ``clause_library/`` at the top of the project; a user's
own clauses live in folders of their choosing (the app keeps them under the user data
folder). A user clause with the id of a shipped clause replaces it; other user clauses
are added to their category.

Validating and compiling costs a few hundred milliseconds (YAML, pydantic), so the
compiled library is cached: in memory for the process, and as a pickle in the user cache
folder keyed by the files' names, sizes and modification times and by the code that
compiles them (the four most recently used are kept). A change to any library file
invalidates it, so the app picks up edits without a restart. The library carries that key
(``Library.cache_key``), so that code built on it can key its own caches by it (the
matcher caches its index so, in ``drafter/matching/cache.py``).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import threading
import zlib
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from drafter.errors import LibraryError
from drafter.i18n import _, ngettext
from drafter.library.model import (
    EFFECTS,
    TEMPLATE_EFFECTS,
    CategoryRecord,
    CategorySpec,
    Clause,
    ClauseRecord,
    CompiledCues,
    CueMatcher,
    Formulation,
    Grammar,
    LanguageRecord,
    Library,
    Precedent,
    Term,
    TermVariant,
    Texts,
    Wording,
)
from drafter.library.tokmatch import Macros, PatternError, compile_pattern
from drafter.paths import shipped_library_dir, write_cache_file
from drafter.textnorm import fold

if TYPE_CHECKING:  # pydantic and YAML load only when files must be validated
    from pydantic import BaseModel

    from drafter.library import schema

__all__ = [
    "CategoryRecord",
    "ClauseRecord",
    "CompiledCues",
    "CueMatcher",
    "LanguageRecord",
    "Library",
    "Wording",
    "check_file",
    "load_library",
    "shipped_library_dir",
    "shipped_vocabulary",
]

# Bump when the compiled form changes, so that old caches are ignored.
CACHE_FORMAT = 17


# ---------------------------------------------------------------- reading and validating files


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        loader = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - PyYAML built without libyaml
        loader = yaml.SafeLoader  # type: ignore[assignment]
    try:
        with path.open("r", encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if mark is not None:
            said = _("{path}: line {line}, column {column}: {problem}.").format(
                path=path, line=mark.line + 1, column=mark.column + 1, problem=problem
            )
        else:
            said = _("{path}: {problem}.").format(path=path, problem=problem)
        raise LibraryError(said, _("Fix the YAML syntax of this file.")) from None
    except UnicodeDecodeError:
        raise LibraryError(
            _("{path}: not UTF-8 text.").format(path=path), _("Save the file as UTF-8.")
        ) from None
    except OSError as exc:
        raise LibraryError(
            _("{path}: cannot be read ({reason}).").format(path=path, reason=exc.strerror)
        ) from None


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
                name = _("{entry}, wording '{text}...'").format(entry=name, text=str(node["text"])[:40])
        else:
            break
    return str(name or _("(top level)"))


def validation_message(err: Any) -> str:
    """A pydantic validation error's message in the interface language: the library's own
    checks are written so (``ValueError`` in drafter.library.schema), pydantic's commonest are
    said here; any other stays as pydantic says it."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    messages = {
        "missing": lambda: _("required"),
        "extra_forbidden": lambda: _("not a field of this entry"),
        "string_type": lambda: _("expected a text"),
        "string_too_short": lambda: _("must not be empty"),
        "string_pattern_mismatch": lambda: _("does not have the expected form ({pattern})").format(
            pattern=ctx.get("pattern", "")
        ),
        "list_type": lambda: _("expected a list"),
        "dict_type": lambda: _("expected a mapping of fields"),
        "model_type": lambda: _("expected a mapping of fields"),
        "model_attributes_type": lambda: _("expected a mapping of fields"),
        "literal_error": lambda: _("expected {values}").format(values=ctx.get("expected", "")),
        "int_type": lambda: _("expected a whole number"),
        "int_parsing": lambda: _("expected a whole number"),
        "float_type": lambda: _("expected a number"),
        "float_parsing": lambda: _("expected a number"),
        "bool_type": lambda: _("expected true or false"),
        "bool_parsing": lambda: _("expected true or false"),
        "too_short": lambda: _("expected at least {n}").format(n=ctx.get("min_length", 1)),
        "too_long": lambda: _("expected at most {n}").format(n=ctx.get("max_length", "")),
    }
    said = messages.get(kind)
    msg = said() if said is not None else str(err["msg"]).removeprefix("Value error, ")
    if kind == "string_type" and isinstance(err.get("input"), bool):
        msg += " " + _("(YAML reads yes/no/on/off as true/false: put the word in quotes)")
    return msg


M = TypeVar("M", bound="BaseModel")


def validate(model: type[M], raw: Any, path: Path, vocabulary: schema.Vocabulary | None = None) -> M:
    """Validate ``raw`` (parsed YAML) against ``model``; errors name file, entry and field.
    ``vocabulary``: the categories and languages of the library the file belongs to (else the
    shipped library's)."""
    from pydantic import ValidationError

    if not isinstance(raw, dict):
        raise LibraryError(
            _("{path}: expected a mapping of fields at the top level.").format(path=path),
            _("See clause_library/README.md."),
        )
    try:
        return model.model_validate(raw, context=vocabulary)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "str")))]
        field_path = ""
        for part in loc:
            field_path += f"[{part}]" if isinstance(part, int) else (f".{part}" if field_path else str(part))
        field_path = re.sub(r"^clauses\[\d+\]\.?", "", field_path) or _("(entry)")
        entry = _entry_name(raw, loc)
        msg = validation_message(err)
        n = len(exc.errors()) - 1
        if n:
            msg += " " + ngettext(
                "({n} more problem in this file)", "({n} more problems in this file)", n
            ).format(n=n)
        raise LibraryError(
            _("{path}: entry '{entry}', field '{field}': {problem}.").format(
                path=path, entry=entry, field=field_path, problem=msg
            ),
            _("Fix this entry (see clause_library/README.md)."),
        ) from None


# ---------------------------------------------------------------- compiling


def _texts(value: schema.Localized) -> Texts:
    return Texts(value.en, value.others())


def runtime_clause(clause: schema.Clause) -> Clause:
    """The plain run-time form of a validated clause."""
    return Clause(
        id=clause.id,
        title=_texts(clause.title),
        model=_texts(clause.model),
        suggestion=_texts(clause.suggestion),
        rationale=_texts(clause.rationale),
        precedents=tuple(Precedent(p.instrument, p.article, p.status, p.url) for p in clause.precedents),
        formulations=tuple(
            Formulation(f.stance, f.lang, f.text, f.source, f.note, f.status, f.url)
            for f in clause.formulations
        ),
    )


def _compile_cue(
    cue: Any,
    macros: Macros,
    where: str,
    effect: str = "",
    template: bool = False,
    negators: AbstractSet[str] = frozenset(),
) -> CueMatcher:
    from drafter.library.schema import AllOf, InItemOf

    try:
        if isinstance(cue, InItemOf):
            item, lead = compile_pattern(cue.item, macros), compile_pattern(cue.lead, macros)
            return CueMatcher(
                f"{cue.lead} : {cue.item}", (item,), effect=effect, lead=lead, does=cue.does or ""
            )
        if isinstance(cue, AllOf):
            patterns = tuple(compile_pattern(p, macros) for p in cue.all)
            return CueMatcher(" + ".join(cue.all), patterns, effect=effect)
        # A scope limit used as a whole cue may belong to a safeguard's own wording.
        generic = cue.strip() == "{limit}"
        own = set(fold(cue).split())
        if template:
            # A template checks the negations that govern it itself ("shall not be refused" is
            # no refusal); only a grant is also cancelled by a ban around it ("no amnesty is granted"),
            # unless it writes its own negation ("no person shall be denied the benefit of ...").
            words = frozenset(w for token in own for w in token.strip("()[]|").split("|") if w)
            aware = effect != "grants" or not negators.isdisjoint(words)
            return CueMatcher(cue, (compile_pattern(cue, macros),), generic, aware, effect, True, words)
        aware = "{neg}" in cue or not negators.isdisjoint(own)
        return CueMatcher(cue, (compile_pattern(cue, macros),), generic, aware, effect)
    except PatternError as exc:
        raise LibraryError(
            _("{where}: {problem}.").format(where=where, problem=exc),
            _("Fix the pattern (see clause_library/README.md, 'Patterns')."),
        ) from None


def _is_hedge(cue: Any) -> bool:
    return isinstance(cue, str) and ("{hedge}" in cue or "{hedge_modal}" in cue)


def compile_cues(
    cues: schema.LanguageCues,
    macros: Macros,
    where: str,
    effects: Mapping[str, Sequence[str]] | None = None,
    negators: AbstractSet[str] = frozenset(),
) -> CompiledCues:
    """A category's cues in one language; ``effects`` are the language's effect templates,
    instantiated with the category's measure words (none if the category lists none);
    ``negators``: the language's negations, folded (a cue that writes one is negation-aware)."""

    def many(
        items: Iterable[Any],
        name: str,
        effect: str = "",
        with_macros: Macros = macros,
        template: bool = False,
    ) -> tuple[CueMatcher, ...]:
        return tuple(
            _compile_cue(c, with_macros, f"{where}, field '{name}'", effect, template, negators)
            for c in items
        )

    contrary = many(cues.contrary, "contrary", "grants")
    for effect in ("gives_effect", "describes", "protects"):
        contrary += many(getattr(cues, effect), effect, effect)
    # A hedge dilutes the obligation ("shall endeavour"); a limit narrows what it covers.
    weakening = tuple(
        _compile_cue(c, macros, f"{where}, field 'weakening'", "hedges" if _is_hedge(c) else "limits")
        for c in cues.weakening
    ) + many(cues.excepts, "excepts", "excepts")
    if cues.measure and effects:
        own = Macros({**macros.raw, "measure": list(cues.measure)})
        for effect in TEMPLATE_EFFECTS:
            compiled = many(effects.get(effect, ()), f"effects.{effect}", effect, own, template=True)
            if EFFECTS[effect] == "weak":
                weakening += compiled
            else:
                contrary += compiled
    return CompiledCues(
        # Named topics first: the first topic cue that matches says whether the measure is named.
        topic=many(cues.topic, "topic")
        + many(cues.implied, "implied", "implied")
        + many(cues.excepts, "excepts"),
        exclude=many(cues.exclude, "exclude"),
        protective=many(cues.protective, "protective", "prohibits"),
        weakening=weakening,
        contrary=contrary,
        mention=many(cues.mention, "mention"),
    )


def _macros(profile: schema.LanguageProfile, path: Path) -> Macros:
    macros = Macros(profile.macros)
    try:
        macros.nodes()  # compile now, to report errors while validating
    except PatternError as exc:
        raise LibraryError(_("{path}: field 'macros': {problem}.").format(path=path, problem=exc)) from None
    return macros


def _wordings(rec: ClauseRecord, languages: Iterable[str]) -> list[Wording]:
    out: list[Wording] = []
    clause = rec.clause
    for lang in languages:
        text = clause.model.own(lang)
        if text:
            out.append(Wording(clause.id, rec.category, "model", lang, text, fold(text)))
    for f in clause.formulations:
        out.append(Wording(clause.id, rec.category, f.stance, f.lang, f.text, fold(f.text), f.source, f.note))
    return out


def _with_protective(wording: Wording, categories: dict[str, CategoryRecord]) -> Wording:
    from msgspec.structs import replace

    from drafter.library.tokmatch import PrefixTable, WordIndex

    cues = categories[wording.category].cues.get(wording.lang)
    if cues is None:
        return wording
    prefixes = {p for cue in cues.protective for pat in cue.patterns for p in pat.lookup_prefixes}
    index = WordIndex.build(wording.key.split(), PrefixTable(prefixes))
    return replace(wording, protective=any(cue.spans(index) for cue in cues.protective))


def _term(term: schema.Term) -> Term:
    def variant(v: schema.TermVariant) -> TermVariant:
        return TermVariant(v.one, v.many, v.pattern, v.gender, tuple(v.examples))

    return Term(variant(term.default), tuple(variant(v) for v in term.variants))


def _grammar(g: schema.Grammar) -> Grammar:
    def word(w: str) -> str:
        return w.lower().replace("’", "'")

    return Grammar(
        articles={word(a.word): (a.gender, a.number) for a in g.articles},
        contractions={(word(c.preposition), word(c.article)): word(c.form) for c in g.contractions},
        determiners=frozenset(word(d) for d in g.determiners),
        elision={word(k): word(v) for k, v in g.elision.words.items()},
        elide_before=g.elision.before,
    )


def _build(shipped: Path, user_dirs: tuple[Path, ...]) -> Library:
    from drafter.library import schema

    manifest_path = shipped / "library.yaml"
    if not manifest_path.is_file():
        raise LibraryError(
            _("The clause library is missing: {path} not found.").format(path=manifest_path),
            _("Reinstall Drafter."),
        )
    manifest = validate(schema.LibraryManifest, _read_yaml(manifest_path), manifest_path)
    vocabulary = manifest.vocabulary()

    languages: dict[str, LanguageRecord] = {}
    macro_nodes: dict[str, Macros] = {}
    effects: dict[str, dict[str, list[str]]] = {}
    for lang in manifest.languages:
        path = shipped / "languages" / f"{lang}.yaml"
        if not path.is_file():
            raise LibraryError(
                _("{path} not found (listed in {manifest}).").format(path=path, manifest=manifest_path)
            )
        profile = validate(schema.LanguageProfile, _read_yaml(path), path, vocabulary)
        if profile.language != lang:
            raise LibraryError(
                _("{path}: field 'language': '{language}', where the file name says '{name}'.").format(
                    path=path, language=profile.language, name=lang
                )
            )
        macro_nodes[lang] = _macros(profile, path)
        effects[lang] = {k: list(v) for k, v in profile.effects.items()}
        languages[lang] = LanguageRecord(
            language=profile.language,
            name=profile.name,
            stopwords=frozenset(fold(w) for w in profile.stopwords),
            macros={k: list(v) for k, v in profile.macros.items()},
            terms={k: _term(v) for k, v in profile.terms.items()},
            grammar=_grammar(profile.grammar),
            stemmer=profile.stemmer,
            words={k: frozenset(fold(w) for w in v) for k, v in profile.words.model_dump().items()},
            why={k: v for k, v in profile.why.model_dump().items() if v},
            export={k: v for k, v in profile.export.model_dump().items() if v},
            memo={k: v for k, v in profile.memo.model_dump().items() if v},
        )
        if lang == "en" and len(languages[lang].why) != len(schema.WhySentences.model_fields):
            absent = sorted(set(schema.WhySentences.model_fields) - set(languages[lang].why))
            raise LibraryError(
                _("{path}: field 'why' lacks {keys} (English gives them all).").format(
                    path=path, keys=", ".join(absent)
                )
            )

    categories: dict[str, CategoryRecord] = {}
    for path in sorted((shipped / "categories").glob("*.yaml")):
        spec = validate(schema.Category, _read_yaml(path), path, vocabulary)
        if spec.id in categories:
            raise LibraryError(
                _("{path}: category '{category}' is defined twice.").format(path=path, category=spec.id)
            )
        cues: dict[str, CompiledCues] = {}
        for lang, lang_cues in spec.cues.items():
            if lang not in languages:
                raise LibraryError(
                    _("{path}: cues for '{language}', a language the library does not list.").format(
                        path=path, language=lang
                    )
                )
            cues[lang] = compile_cues(
                lang_cues,
                macro_nodes[lang],
                _("{path}: entry '{entry}', cues.{language}").format(path=path, entry=spec.id, language=lang),
                effects[lang],
                languages[lang].words.get("negators", frozenset()),
            )
        records = [ClauseRecord(runtime_clause(c), spec.id, "shipped") for c in spec.clauses]
        category = CategorySpec(
            spec.id, _texts(spec.title), _texts(spec.description), spec.kind, tuple(spec.insert_after)
        )
        categories[spec.id] = CategoryRecord(category, cues, records)
    missing = [c for c in manifest.categories if c not in categories]
    if missing:
        raise LibraryError(
            _(
                "The clause library in {folder} lacks the categories: {categories} (listed in {manifest}; "
                "each needs categories/<id>.yaml)."
            ).format(folder=shipped, categories=", ".join(missing), manifest=manifest_path),
            _("Reinstall Drafter."),
        )
    # In the order library.yaml lists them: the order of findings and of missing categories.
    categories = {c: categories[c] for c in manifest.categories}
    seen: set[str] = set()
    for cat in categories.values():
        for rec in cat.clauses:
            if rec.id in seen:
                raise LibraryError(
                    _("clause id '{clause}' is used twice in the shipped library.").format(clause=rec.id)
                )
            seen.add(rec.id)

    user_count = 0
    for folder in user_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            data = validate(schema.ClauseFile, _read_yaml(path), path, vocabulary)
            cat = categories[data.category]
            for clause in data.clauses:
                user_count += 1
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
                        _(
                            "{path}: entry '{entry}': this id belongs to category '{category}', not '{other}'."
                        ).format(path=path, entry=clause.id, category=other.id, other=cat.id),
                        _("Use another id or move the clause."),
                    )
                existing = next((i for i, r in enumerate(cat.clauses) if r.id == clause.id), None)
                shipped_before = existing is not None and cat.clauses[existing].origin == "shipped"
                rec = ClauseRecord(
                    runtime_clause(clause), cat.id, str(path), overrides_shipped=shipped_before
                )
                if existing is not None:
                    cat.clauses[existing] = rec
                else:
                    cat.clauses.append(rec)

    wordings = [
        _with_protective(w, categories)
        for cat in categories.values()
        for rec in cat.clauses
        for w in _wordings(rec, languages)
    ]
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


# ---------------------------------------------------------------- caching


def _fingerprint(dirs: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    return _stamp_of(path for d in dirs if d.is_dir() for path in sorted(d.rglob("*.yaml")))


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """The code that shapes the compiled library, as Python checks its own compiled modules:
    by modification time and size, so that a new version of Drafter (or an edited one) never
    reuses a cache built by another."""
    here = Path(__file__).resolve().parent
    return _stamp_of((*sorted(here.glob("*.py")), here.parent / "textnorm.py"))


def _stamp_of(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    out: list[tuple[str, int, int]] = []
    for path in paths:
        with contextlib.suppress(OSError):
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _cache_key(shipped: Path, users: tuple[Path, ...], stamp: tuple[tuple[str, int, int], ...]) -> str:
    """Everything a compiled library depends on; stored in the cache and compared when it is
    read, so that two keys whose file names coincide can never be mistaken for each other."""
    return repr((CACHE_FORMAT, _code_stamp(), str(shipped), tuple(str(u) for u in users), stamp))


def _cache_file(key: str) -> Path:
    from drafter.paths import user_cache_dir

    data = key.encode("utf-8")
    # A short name is enough: the key inside the file decides (zlib, not hashlib: importing
    # hashlib loads OpenSSL, which costs every start more than the whole lookup).
    return user_cache_dir() / f"library-{zlib.crc32(data):08x}{zlib.adler32(data):08x}.pickle"


def _read_cache(path: Path, key: str) -> Library | None:
    try:
        with path.open("rb") as fh:
            stored = pickle.load(fh)  # our own file, in the user's cache folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None
    lib = stored[1]
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when other caches are cleared away
    return lib if isinstance(lib, Library) else None


def _write_cache(path: Path, key: str, lib: Library) -> None:
    """Best effort: a cache that cannot be written only costs time on the next start.

    The library alone: what other code has derived from it (``Library.prepared``) has caches
    of its own."""
    if lib.prepared:
        from msgspec.structs import replace

        lib = replace(lib, prepared={})
    write_cache_file(path, lambda fh: pickle.dump((key, lib), fh, protocol=pickle.HIGHEST_PROTOCOL))


_cache_lock = threading.Lock()
_memory: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[tuple[str, int, int], ...], Library]] = {}


def load_cached_library(
    user_dirs: Sequence[str | Path] = (), shipped: str | Path | None = None
) -> Library | None:
    """The library if a valid cache has it (in memory or on disk), else None; never validates.

    The app calls this at start-up, before its event loop runs, so that the first analysis
    does not spend tens of milliseconds unpickling while the window waits for the GIL.
    """
    shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
    users = tuple(Path(u) for u in user_dirs)
    stamp = _fingerprint((shipped_dir, *users))
    with _cache_lock:
        hit = _memory.get((shipped_dir, users))
        if hit is not None and hit[0] == stamp:
            return hit[1]
    cache_key = _cache_key(shipped_dir, users, stamp)
    lib = _read_cache(_cache_file(cache_key), cache_key)
    if lib is not None:
        with _cache_lock:
            _memory[(shipped_dir, users)] = (stamp, lib)
    return lib


def load_library(
    user_dirs: Sequence[str | Path] = (), shipped: str | Path | None = None, *, use_disk_cache: bool = True
) -> Library:
    """The shipped library plus the user's folders, validated and compiled (cached)."""
    shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
    users = tuple(Path(u) for u in user_dirs)
    key = (shipped_dir, users)
    stamp = _fingerprint((shipped_dir, *users))
    with _cache_lock:
        hit = _memory.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    cache_key = _cache_key(shipped_dir, users, stamp)
    cache_file = _cache_file(cache_key)
    lib = _read_cache(cache_file, cache_key) if use_disk_cache else None
    if lib is None:
        lib = _build(shipped_dir, users)
        lib.cache_key = cache_key
        if use_disk_cache:
            _write_cache(cache_file, cache_key, lib)
    with _cache_lock:
        _memory[key] = (stamp, lib)
    return lib


def check_file(path: str | Path, shipped: str | Path | None = None) -> str:
    """Validate one library file on its own (a category, a language or a user clause file).

    Returns a one-line summary; raises ``LibraryError`` naming file, entry and field.
    """
    from drafter.library import schema

    p = Path(path)
    shipped_dir = Path(shipped) if shipped is not None else shipped_library_dir()
    raw = _read_yaml(p)
    if isinstance(raw, dict) and "categories" in raw and "languages" in raw and "clauses" not in raw:
        manifest = validate(schema.LibraryManifest, raw, p)
        return _("{path}: library '{name}' {version} is valid.").format(
            path=p, name=manifest.name, version=manifest.version
        )
    vocabulary = shipped_vocabulary(shipped_dir)
    if isinstance(raw, dict) and "language" in raw and "stopwords" in raw:
        profile = validate(schema.LanguageProfile, raw, p, vocabulary)
        _macros(profile, p)
        return _("{path}: language '{language}' is valid.").format(path=p, language=profile.language)
    if isinstance(raw, dict) and "clauses" in raw and "cues" not in raw:
        data = validate(schema.ClauseFile, raw, p, vocabulary)
        return ngettext(
            "{path}: {n} user clause for '{category}' is valid.",
            "{path}: {n} user clauses for '{category}' are valid.",
            len(data.clauses),
        ).format(path=p, n=len(data.clauses), category=data.category)
    spec = validate(schema.Category, raw, p, vocabulary)
    for lang, lang_cues in spec.cues.items():
        lang_path = shipped_dir / "languages" / f"{lang}.yaml"
        profile = validate(schema.LanguageProfile, _read_yaml(lang_path), lang_path, vocabulary)
        negators = frozenset(fold(w) for w in profile.words.negators)
        compile_cues(
            lang_cues,
            _macros(profile, lang_path),
            _("{path}: entry '{entry}', cues.{language}").format(path=p, entry=spec.id, language=lang),
            negators=negators,
        )
    n_form = sum(len(c.formulations) for c in spec.clauses)
    return _("{path}: category '{category}' is valid ({clauses}, {formulations}).").format(
        path=p,
        category=spec.id,
        clauses=ngettext("{n} clause", "{n} clauses", len(spec.clauses)).format(n=len(spec.clauses)),
        formulations=ngettext("{n} formulation", "{n} formulations", n_form).format(n=n_form),
    )


_vocabularies: dict[Path, tuple[tuple[tuple[str, int, int], ...], schema.Vocabulary]] = {}


def shipped_vocabulary(shipped: str | Path | None = None) -> schema.Vocabulary:
    """The categories and languages the shipped library's ``library.yaml`` lists (re-read when
    it changes); what files are validated against when no library is being loaded."""
    from drafter.library import schema

    folder = Path(shipped) if shipped is not None else shipped_library_dir()
    path = folder / "library.yaml"
    stamp = _stamp_of([path])
    with _cache_lock:
        hit = _vocabularies.get(folder)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    if not path.is_file():
        raise LibraryError(
            _("The clause library is missing: {path} not found.").format(path=path), _("Reinstall Drafter.")
        )
    found = validate(schema.LibraryManifest, _read_yaml(path), path).vocabulary()
    with _cache_lock:
        _vocabularies[folder] = (stamp, found)
    return found
