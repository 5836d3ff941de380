"""The words of each language that the code below the clause library reads.

Negations, relative pronouns, abbreviations, heading words ("Article", "Artículo"), the
openers of preambular paragraphs, the notes of a rolling text's brackets: this is language
knowledge, and it lives with the rest of it, in the ``words:`` section of
``clause_library/languages/<lang>.yaml`` (see clause_library/README.md), for the languages
``library.yaml`` lists. A new Latin-script language brings its own lists as data.

Why a module of its own, low in the layers. The modules that need most of these words cut
and label the draft's text (``locations``, which the OOXML reader calls as it reads;
``segment``; ``brackets``; ``language``). They sit below ``drafter.library``, and a draft is
read before, or while, the library is loaded (the app does both at once), so they cannot ask
the library. Passing the words down from callers would thread a parameter through every
function that labels or cuts text and make the reader wait for the library. This module
reads the words itself and is below all of them; the library validates the same files
(``LanguageProfile.words`` in ``drafter/library/schema.py``) and code above the library
reads them from the loaded library.

What it costs. Parsing YAML means importing PyYAML (some 20 ms), which a warm start of
``drafter analyze`` otherwise never does. So the words are read once and kept: in memory
for the process, and on disk in the user cache folder as a small ``marshal`` file keyed by
the names, sizes and modification times of ``library.yaml`` and ``languages/*.yaml`` (and
by this module's own file), like the compiled library. A warm start costs a listing of
``languages/``, a few ``stat`` calls and reading that file (0.2 ms measured; the module's
import 0.3 ms). What is built from the words is built once per process, when first needed:
long lists are matched as sets of folded phrases (``Phrases``), not as regular expressions,
whose compiling would cost a few milliseconds at every start; the few patterns that remain
cost about what the hand-written ones they replace did.

The folder is the shipped library's (``DRAFTER_LIBRARY_DIR``, else ``clause_library/``;
see ``drafter.paths.shipped_library_dir``), read when first needed in a process. The words
do not change while Drafter runs: an edit of a ``words:`` list shows at the next start. (The
library itself notices edits at once; the app never writes into the shipped folder.)
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import threading
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from drafter.paths import LIBRARY_DIR_ENV, shipped_library_dir, user_cache_dir, write_cache_file
from drafter.textnorm import fold

__all__ = ["Lexicon", "Phrases", "lexicon", "word_pattern"]

# Bump when what the cache file holds changes shape.
CACHE_FORMAT = 1
_T = TypeVar("_T")


class Lexicon:
    """The ``words:`` lists of a library's languages, and what is derived from them (kept)."""

    def __init__(self, languages: Iterable[str], words: dict[str, dict[str, list[str]]]) -> None:
        self.languages = tuple(languages)
        self._words = words  # language -> list name -> the words as written
        self._derived: dict[object, Any] = {}
        self._lock = threading.RLock()  # what one builds may build another

    def words(self, name: str, lang: str | None = None) -> tuple[str, ...]:
        """The list ``name`` as written, of one language or of all of them (each word once)."""
        langs = self.languages if lang is None else (lang,)
        found = (w for code in langs for w in self._words.get(code, {}).get(name, ()))
        return tuple(dict.fromkeys(found))

    def folded(self, name: str) -> frozenset[str]:
        """The list's words of every language, folded (``drafter.textnorm.fold``): for comparing
        with a draft's folded words."""
        return self.derived(("folded", name), lambda: frozenset(fold(w) for w in self.words(name)))

    def lowered(self, name: str) -> frozenset[str]:
        """The list's words of every language in lower case, accents kept: for comparing with
        the draft's text as written."""
        return self.derived(("lowered", name), lambda: frozenset(w.lower() for w in self.words(name)))

    def phrases(self, *names: str) -> Phrases:
        """The words and phrases of the lists ``names`` (every language), to find at a place in
        a text (``Phrases.at``): cheaper than a pattern, which costs a millisecond or so to
        compile at every start when the lists are long."""
        return self.derived(
            ("phrases", names), lambda: Phrases(w for name in names for w in self.words(name))
        )

    def pattern(self, *names: str, capital: bool = False) -> str:
        """A regular expression matching any word of the lists ``names`` (every language), the
        longest first; see ``word_pattern``."""
        words = sorted({w for name in names for w in self.words(name)}, key=lambda w: (-len(w), w))
        return "(?:" + "|".join(word_pattern(w, capital) for w in words) + ")" if words else "(?!)"

    def derived(self, key: object, build: Callable[[], _T]) -> _T:
        """What ``build`` makes of this lexicon, built once (compiled patterns, word sets)."""
        try:
            return self._derived[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._derived:
                self._derived[key] = build()
            return self._derived[key]


_WORD_AS_WRITTEN = re.compile(r"[^\W_]+")
# What may stand between the words of a phrase: spaces, or an apostrophe ("l'esprit", "d’ article").
_BETWEEN = re.compile(r"\s+|['’]\s*")


class Phrases:
    """Words and phrases ("recalling", "bearing in mind", "ayant à l'esprit") found at a place in
    a text as a draft writes them: whatever the case and accents, with any spaces between the
    words (or an apostrophe where the phrase has one), and ending where a word ends."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.folded = frozenset(f for f in map(fold, phrases) if f)
        self.longest = max((f.count(" ") + 1 for f in self.folded), default=0)

    def at(self, text: str, pos: int = 0) -> int:
        """Where the longest phrase that starts at ``pos`` (spaces skipped) ends in ``text``, or -1."""
        words: list[str] = []
        found = -1
        end = pos
        for m in _WORD_AS_WRITTEN.finditer(text, pos):
            gap = text[end : m.start()]
            if (words and not _BETWEEN.fullmatch(gap)) or (not words and gap.strip()):
                break
            words.append(fold(m.group()))
            end = m.end()
            if " ".join(words) in self.folded:
                found = end
            if len(words) >= self.longest:
                break
        return found


def word_pattern(word: str, capital: bool = False) -> str:
    """A regular expression for ``word`` as a draft may write it: an accented letter also
    without its accent ("artículo": ``art[íi]culo``), any run of spaces for a space, either
    apostrophe (and spaces) for an apostrophe ("projet d'article", "d’ article").

    Meant for patterns compiled with ``re.IGNORECASE``; with ``capital`` the pattern is for a
    case-sensitive one and matches the word with a capital initial only ("Recalling")."""
    text = word.strip().lower()
    if text.isascii() and not capital:  # most words: escaped, with their spaces and apostrophes
        return r"\s+".join(re.escape(part).replace("'", r"['’]\s*") for part in text.split())
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
            continue
        if ch in "'’":
            out.append(r"['’]\s*")
            continue
        options = [ch]
        if not ch.isascii() and ch.isalpha():
            plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
            if len(plain) == 1 and plain.isalpha():
                options.append(plain)
        if capital and i == 0:
            options = [o.upper() for o in options]
        out.append(f"[{''.join(options)}]" if len(options) > 1 else re.escape(options[0]))
    return "".join(out)


# ---------------------------------------------------------------- reading, cached

_memory: dict[str, Lexicon] = {}
_memory_lock = threading.Lock()


def lexicon() -> Lexicon:
    """The words of the shipped library's languages (read on first use in a process)."""
    key = os.environ.get(LIBRARY_DIR_ENV, "")
    found = _memory.get(key)
    if found is None:
        with _memory_lock:
            found = _memory.get(key)
            if found is None:
                found = _memory[key] = _load(shipped_library_dir())
    return found


def clear() -> None:
    """Forget the words read so far (for tests that change them)."""
    with _memory_lock:
        _memory.clear()


def _stamp(paths: Iterable[Path]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for path in paths:
        with contextlib.suppress(OSError):
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return out


def _load(folder: Path) -> Lexicon:
    manifest = folder / "library.yaml"
    try:
        language_files = sorted(p for p in (folder / "languages").iterdir() if p.suffix == ".yaml")
    except OSError:
        language_files = []
    key = repr((CACHE_FORMAT, str(folder), _stamp([manifest, *language_files, Path(__file__)])))
    data = key.encode("utf-8")
    # (zlib, not hashlib, whose import loads OpenSSL: as the library loader names its caches.)
    cache = user_cache_dir() / f"lexicon-{zlib.crc32(data):08x}{zlib.adler32(data):08x}.marshal"
    try:
        # Our own file, in the user's cache folder; read whole (marshal.load reads a file in
        # small pieces, ten times slower).
        stored = marshal.loads(cache.read_bytes())
        if isinstance(stored, tuple) and len(stored) == 3 and stored[0] == key:
            return Lexicon(stored[1], stored[2])
    except (OSError, EOFError, ValueError, TypeError):
        pass
    languages, words = _read(folder)
    if languages:
        _write(cache, (key, languages, words))
    return Lexicon(languages, words)


def _read(folder: Path) -> tuple[list[str], dict[str, dict[str, list[str]]]]:
    """The languages ``library.yaml`` lists and their ``words:`` lists. Invalid files give no
    words here: the library loader reports them when it validates the library."""
    import yaml

    def read(path: Path) -> Any:
        try:
            with path.open("r", encoding="utf-8") as fh:
                return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return None

    manifest = read(folder / "library.yaml")
    listed = manifest.get("languages") if isinstance(manifest, dict) else None
    languages = [str(lang) for lang in listed] if isinstance(listed, list) else []
    words: dict[str, dict[str, list[str]]] = {}
    for lang in languages:
        profile = read(folder / "languages" / f"{lang}.yaml")
        section = profile.get("words") if isinstance(profile, dict) else None
        if isinstance(section, dict):
            words[lang] = {
                str(name): [w for w in items if isinstance(w, str)]
                for name, items in section.items()
                if isinstance(items, list)
            }
    return languages, words


def _write(path: Path, stored: tuple[str, list[str], dict[str, dict[str, list[str]]]]) -> None:
    """Best effort, atomically: a cache that cannot be written only costs the next start time."""
    write_cache_file(path, lambda fh: marshal.dump(stored, fh))
