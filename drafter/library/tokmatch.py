"""The library's pattern language, matched on word lists instead of regular expressions.

A pattern compiles to a small tree of matchers over the words of a folded sentence
(``drafter.textnorm.fold``). Matching starts only at the words that can open the
pattern (its "first words"), found through a per-sentence word index, so a sentence
is never scanned once per pattern; compiling costs microseconds, so a library of a
few thousand patterns loads instantly. The syntax (also in clause_library/README.md):

    word        the word itself              amnesty
    word*       any word starting so         amnest*   (amnesty, amnesties)
    a b         a directly followed by b     statute of limitations
    a ... b     up to 12 other words between shall not ... grant
    [a b]       optional words               shall [not] apply
    [a|b]       optionally one of these      [its|their] national law
    (a|b c)     one of the alternatives      (pardon*|clemency)
    {name}      a macro of the language      {neg} ... amnest*
    !word       the next word is not this    may !not
"""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TypeVar, cast

from msgspec import Struct, field

from drafter.i18n import _
from drafter.textnorm import fold

_T = TypeVar("_T")

GAP_WORDS = 12


class PatternError(ValueError):
    pass


_TOKEN = re.compile(r"\s+|(\.\.\.|[()\[\]|]|\{[^}]*\}|(?:(?!\.\.\.)[^\s()\[\]|{])+)|(\{)")


def _tokenize(pattern: str) -> list[str]:
    """Words, "...", brackets, bars and {macros}, in order (one regex: patterns are compiled
    when first used, several hundred of them while a long draft is analysed)."""
    tokens: list[str] = []
    for token, unclosed in _TOKEN.findall(pattern):
        if unclosed:
            raise PatternError(_("unclosed '{{' in pattern '{pattern}'").format(pattern=pattern))
        if token:
            tokens.append(token)
    return tokens


class Node:
    """Matches at word position ``i``; returns the set of possible end positions."""

    __slots__ = ()

    # Plain classes, not dataclasses: a long draft compiles hundreds of patterns, but every
    # run creates these classes, and each dataclass costs about a millisecond to create.
    # Nodes are never changed once built (word nodes are shared between patterns).

    def __repr__(self) -> str:
        names: tuple[str, ...] = type(self).__slots__
        values = ", ".join(repr(getattr(self, name)) for name in names if not name.startswith("_"))
        return f"{type(self).__name__}({values})"

    def ends(self, words: Sequence[str], i: int) -> set[int]:  # pragma: no cover - abstract
        raise NotImplementedError

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        """Exact first words, first-word prefixes, and whether it can match nothing."""
        raise NotImplementedError  # pragma: no cover

    def required(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        """Word sets (exact, prefixes) of which one word each must occur for any match."""
        exact, prefixes, empty = self.first()
        return [] if empty else [(exact, prefixes)]


class Word(Node):
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        return {i + 1} if i < len(words) and words[i] == self.text else set()

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        return frozenset({self.text}), frozenset(), False


class Prefix(Node):
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        return {i + 1} if i < len(words) and words[i].startswith(self.text) else set()

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        return frozenset(), frozenset({self.text}), False


class NotNext(Node):
    """``!word``: the next word is not this one (matches nothing itself)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        return {i} if i >= len(words) or words[i] != self.text else set()

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        return frozenset(), frozenset(), True


class Gap(Node):
    """``...``: up to ``GAP_WORDS`` other words."""

    __slots__ = ()

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        return set(range(i, min(len(words), i + GAP_WORDS) + 1))

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        return frozenset(), frozenset(), True


class Optional_(Node):
    __slots__ = ("inner",)

    def __init__(self, inner: Node) -> None:
        self.inner = inner

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        return {i} | self.inner.ends(words, i)

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        exact, prefixes, _ = self.inner.first()
        return exact, prefixes, True


class Alt(Node):
    __slots__ = ("_others", "_prefixes", "_words", "options")

    def __init__(self, options: tuple[Node, ...]) -> None:
        self.options = options
        # Single words and prefixes among the options, checked at once
        # ("(court|courts|tribunal*)" is the common case); the other options one by one.
        self._words = frozenset(o.text for o in options if isinstance(o, Word))
        self._prefixes = tuple(o.text for o in options if isinstance(o, Prefix))
        self._others = tuple(o for o in options if not isinstance(o, Word | Prefix))

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        out: set[int] = set()
        if i < len(words):
            word = words[i]
            if word in self._words or (self._prefixes and word.startswith(self._prefixes)):
                out.add(i + 1)
        for option in self._others:
            out |= option.ends(words, i)
        return out

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        exact: set[str] = set()
        prefixes: set[str] = set()
        empty = False
        for option in self.options:
            e, p, z = option.first()
            exact |= e
            prefixes |= p
            empty |= z
        return frozenset(exact), frozenset(prefixes), empty


class Seq(Node):
    __slots__ = ("items",)

    def __init__(self, items: tuple[Node, ...]) -> None:
        self.items = items

    def ends(self, words: Sequence[str], i: int) -> set[int]:
        positions = {i}
        for item in self.items:
            if len(positions) == 1:  # the usual case: no set to merge into
                following = item.ends(words, next(iter(positions)))
            else:
                following = set()
                for p in positions:
                    following |= item.ends(words, p)
            if not following:
                return following
            positions = following
        return positions

    def first(self) -> tuple[frozenset[str], frozenset[str], bool]:
        exact: set[str] = set()
        prefixes: set[str] = set()
        for item in self.items:
            e, p, empty = item.first()
            exact |= e
            prefixes |= p
            if not empty:
                return frozenset(exact), frozenset(prefixes), False
        return frozenset(exact), frozenset(prefixes), True

    def required(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        out: list[tuple[frozenset[str], frozenset[str]]] = []
        for item in self.items:
            out.extend(item.required())
        return out


def _unwrap(node: Node) -> Node:
    """A one-item alternative as the item itself: an alternation of plain words is then
    checked at once (see ``Alt``), and what it requires is one set of words."""
    return node.items[0] if isinstance(node, Seq) and len(node.items) == 1 else node


class _Compiler:
    def __init__(self, pattern: str, macros: Mapping[str, Node]) -> None:
        self.pattern = pattern
        self.tokens = _tokenize(pattern)
        self.pos = 0
        self.macros = macros

    def compile(self) -> Node:
        node = self._sequence(stop=())
        if self.pos != len(self.tokens):
            raise PatternError(
                _("unexpected '{token}' in pattern '{pattern}'").format(
                    token=self.tokens[self.pos], pattern=self.pattern
                )
            )
        if isinstance(node, Seq) and not node.items:
            raise PatternError(_("empty pattern '{pattern}'").format(pattern=self.pattern))
        return node

    def _sequence(self, stop: tuple[str, ...]) -> Seq:
        items: list[Node] = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in stop:
            tok = self.tokens[self.pos]
            if tok == "...":
                self.pos += 1
                if not items:
                    raise PatternError(
                        _("'...' at the start of pattern '{pattern}'").format(pattern=self.pattern)
                    )
                items.append(Gap())
                continue
            if tok.startswith("!"):
                self.pos += 1
                words = self._words(tok[1:])
                items.append(NotNext(words[0].text))
                continue
            items.append(self._item(first=not items))
        if items and isinstance(items[-1], Gap):
            raise PatternError(_("'...' at the end of pattern '{pattern}'").format(pattern=self.pattern))
        return Seq(tuple(items))

    def _alternatives(self, close: str) -> list[Seq]:
        alts = [self._sequence(stop=("|", close))]
        while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
            self.pos += 1
            alts.append(self._sequence(stop=("|", close)))
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != close:
            raise PatternError(
                _("missing '{token}' in pattern '{pattern}'").format(token=close, pattern=self.pattern)
            )
        self.pos += 1
        if any(not a.items for a in alts):
            raise PatternError(_("empty alternative in pattern '{pattern}'").format(pattern=self.pattern))
        return alts

    def _item(self, first: bool) -> Node:
        tok = self.tokens[self.pos]
        if tok == "(":
            self.pos += 1
            alts = self._alternatives(")")
            return _unwrap(alts[0]) if len(alts) == 1 else Alt(tuple(map(_unwrap, alts)))
        if tok == "[":
            if first:
                raise PatternError(
                    _("put a required word before '[' in pattern '{pattern}'").format(pattern=self.pattern)
                )
            self.pos += 1
            alts = self._alternatives("]")
            return Optional_(_unwrap(alts[0]) if len(alts) == 1 else Alt(tuple(map(_unwrap, alts))))
        if tok.startswith("{"):
            self.pos += 1
            name = tok[1:-1].strip()
            if name not in self.macros:
                raise PatternError(
                    _("unknown macro {macro} in pattern '{pattern}'").format(
                        macro=f"{{{name}}}", pattern=self.pattern
                    )
                )
            return self.macros[name]
        if tok in (")", "]", "|"):
            raise PatternError(
                _("unexpected '{token}' in pattern '{pattern}'").format(token=tok, pattern=self.pattern)
            )
        self.pos += 1
        words = self._words(tok)
        return words[0] if len(words) == 1 else Seq(words)

    def _words(self, raw: str) -> tuple[Word | Prefix, ...]:
        found = _WORDS_OF.get(raw)
        if found is not None:
            return found
        star = raw.endswith("*")
        core = fold(raw.rstrip("*"))
        if not core:
            raise PatternError(
                _("'{word}' is not a word in pattern '{pattern}'").format(word=raw, pattern=self.pattern)
            )
        parts = core.split(" ")
        # "l'amnistie" folds to "l amnistie": consecutive words; only the last can be a prefix.
        out: list[Word | Prefix] = [Word(p) for p in parts[:-1]]
        out.append(Prefix(parts[-1]) if star else Word(parts[-1]))
        found = _WORDS_OF[raw] = tuple(out)
        return found


# The nodes of a word as a pattern writes it ("amnest*", "l'amnistie"): the same words recur
# across hundreds of patterns, and the nodes are immutable, so they are shared.
_WORDS_OF: dict[str, tuple[Word | Prefix, ...]] = {}


class PrefixTable:
    """The first-word prefixes patterns look up, and for each word seen, which of them it has.

    Words repeat a lot in a draft, so each distinct word is examined once.
    """

    def __init__(self, prefixes: Iterable[str]) -> None:
        self.prefixes = frozenset(prefixes)
        self.lengths = tuple(sorted({len(p) for p in self.prefixes}))
        # Each word's prefixes once found: callers in loops look here first, and call ``of``
        # only for a word not seen yet.
        self.memo: dict[str, tuple[str, ...]] = {}

    def of(self, word: str) -> tuple[str, ...]:
        hit = self.memo.get(word)
        if hit is None:
            hit = tuple(word[:n] for n in self.lengths if len(word) >= n and word[:n] in self.prefixes)
            self.memo[word] = hit
        return hit


class WordIndex(Struct):
    """Where each word (and each looked-up word prefix) occurs in a word list."""

    words: list[str]
    exact: dict[str, list[int]] = field(default_factory=dict)
    prefix: dict[str, list[int]] = field(default_factory=dict)
    # The words and prefixes as sets: set operations with them iterate the smaller side,
    # with a dict's keys they iterate all of them.
    word_set: frozenset[str] = frozenset()
    prefix_set: frozenset[str] = frozenset()

    @classmethod
    def build(cls, words: list[str], table: PrefixTable) -> WordIndex:
        exact: dict[str, list[int]] = {}
        prefix: dict[str, list[int]] = {}
        memo, of = table.memo, table.of
        for i, w in enumerate(words):
            hits = exact.get(w)
            if hits is None:
                exact[w] = [i]
            else:
                hits.append(i)
            starts = memo.get(w)
            for p in of(w) if starts is None else starts:
                hits = prefix.get(p)
                if hits is None:
                    prefix[p] = [i]
                else:
                    hits.append(i)
        return cls(words, exact, prefix, frozenset(exact), frozenset(prefix))


class Macros:
    """A language's macros, compiled when first needed (and not stored in caches: the raw
    patterns are, so that loading a cached library does not rebuild thousands of nodes)."""

    def __init__(self, raw: Mapping[str, Sequence[str]]) -> None:
        self.raw = {k: list(v) for k, v in raw.items()}
        self._nodes: dict[str, Node] | None = None

    def nodes(self) -> dict[str, Node]:
        if self._nodes is None:
            self._nodes = compile_macros(self.raw)
        return self._nodes

    def __getstate__(self) -> dict[str, object]:
        return {"raw": self.raw}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.raw = state["raw"]  # type: ignore[assignment]
        self._nodes = None


# What a pattern requires, as plain tuples (cheap to cache): ("w", word), ("p", prefix),
# ("s", children: all required), ("a", children: one of them required), ("n", (words,
# prefixes): one of these words or prefixes, the common case of "a"); None: nothing.
Requirement = tuple[str, object] | None
WordSet = tuple[frozenset[str], frozenset[str]]  # exact words, word prefixes


def requirement(node: Node) -> Requirement:
    if isinstance(node, Word):
        return ("w", node.text)
    if isinstance(node, Prefix):
        return ("p", node.text)
    if isinstance(node, Seq):
        children = tuple(r for r in (requirement(i) for i in node.items) if r is not None)
        if len(children) == 1:
            return children[0]  # "(court|tribunal)" is one word of a set, not a sequence of one
        return ("s", children) if children else None
    if isinstance(node, Alt):
        options = tuple(requirement(o) for o in node.options)
        if any(o is None for o in options):
            return None
        if all(o[0] in ("w", "p", "n") for o in options):  # type: ignore[index]
            return ("n", _word_set(options))
        return ("a", options)
    return None  # optional words, gaps, negative lookahead require nothing


def _word_set(options: Iterable[Requirement]) -> WordSet:
    """One of several words or prefixes, as one node: (exact words, prefixes)."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for option in options:
        kind, value = option  # type: ignore[misc]
        if kind == "w":
            exact.add(value)  # type: ignore[arg-type]
        elif kind == "p":
            prefixes.add(value)  # type: ignore[arg-type]
        else:
            exact |= cast(WordSet, value)[0]
            prefixes |= cast(WordSet, value)[1]
    return frozenset(exact), frozenset(prefixes)


def remainder(req: Requirement, flat: AbstractSet[WordSet]) -> Requirement:
    """The part of ``req`` that does not hold whenever each of the ``flat`` word sets is
    present: ``holds(req)`` is then ``holds(remainder(req, flat))``, for a sentence that has
    a word of each flat set (the sets a pattern's ``required`` lists, which are checked first)."""
    if req is None:
        return None
    kind, value = req
    if kind == "w":
        return None if (frozenset({value}), frozenset()) in flat else req
    if kind == "p":
        return None if (frozenset(), frozenset({value})) in flat else req
    if kind == "n":
        return None if value in flat else req
    if kind == "a":
        # One of the options (the flat sets know only their first words): the single words
        # among them checked as one set, "no" or "never" or "in no case" as {no, never} or
        # "in no case".
        options = cast(tuple[Requirement, ...], value)
        single = [o for o in options if o is not None and o[0] in ("w", "p", "n")]
        if len(single) < 2:
            return req
        others = tuple(o for o in options if o is None or o[0] not in ("w", "p", "n"))
        words = _word_set(single)
        if words in flat:
            return None  # one of the single words is there, so one option is
        merged: Requirement = ("n", words)
        return ("a", (merged, *others)) if others else merged
    children = tuple(
        r for r in (remainder(c, flat) for c in cast(tuple[Requirement, ...], value)) if r is not None
    )
    if not children:
        return None
    return children[0] if len(children) == 1 else ("s", children)


def holds(req: Requirement, exact: AbstractSet[str], prefixes: AbstractSet[str]) -> bool:
    """Whether a sentence with these words and word prefixes has what ``req`` requires."""
    if req is None:
        return True
    kind, value = req
    if kind == "w":
        return value in exact
    if kind == "p":
        return value in prefixes
    if kind == "n":
        words, starts = cast(WordSet, value)
        return not words.isdisjoint(exact) or not starts.isdisjoint(prefixes)
    children: tuple[Requirement, ...] = value  # type: ignore[assignment]
    if kind == "s":
        return all(holds(c, exact, prefixes) for c in children)
    return any(holds(c, exact, prefixes) for c in children)


def _collect_prefixes(req: Requirement, out: set[str]) -> None:
    if req is None:
        return
    kind, value = req
    if kind == "p":
        out.add(str(value))
    elif kind == "n":
        out.update(cast(WordSet, value)[1])
    elif kind in ("s", "a"):
        for child in value:  # type: ignore[attr-defined]
            _collect_prefixes(child, out)


_PATTERN_STATE = (
    "source",
    "first_exact",
    "first_prefixes",
    "anywhere",
    "required",
    "macros",
    "requirement",
    "lookup_prefixes",
    "remainder",
)


class TokenPattern:
    """A compiled pattern: the words that can open it and that it requires, and its matcher
    tree (built on first use from the source; caches store only the source and the words)."""

    __slots__ = (
        "_node",
        "_packed",
        "anywhere",
        "first_exact",
        "first_prefixes",
        "lookup_prefixes",
        "macros",
        "remainder",
        "required",
        "requirement",
        "source",
    )

    def __init__(
        self,
        source: str,
        node: Node | None,
        first_exact: frozenset[str],
        first_prefixes: frozenset[str],
        anywhere: bool,
        required: tuple[tuple[frozenset[str], frozenset[str]], ...] = (),
        macros: Macros | None = None,
        requirement: Requirement = None,
    ) -> None:
        self.source = source
        self._node = node
        self._packed: bytes | None = None
        self.first_exact = first_exact
        self.first_prefixes = first_prefixes
        self.anywhere = anywhere  # can start with optional/negative items only: try every position
        # One word of each of these sets must occur in a sentence for the pattern to match there.
        self.required = required
        self.macros = macros
        self.requirement = requirement
        # What the flat sets leave to check of the whole requirement (alternatives of phrases).
        self.remainder = remainder(requirement, frozenset(required))
        # Every word prefix the pattern looks up: a word index for it must know them all.
        prefixes = set(first_prefixes).union(*(p for _, p in required))
        _collect_prefixes(requirement, prefixes)
        self.lookup_prefixes = frozenset(prefixes)

    @property
    def node(self) -> Node:
        if self._node is None:
            if self._packed is not None:
                self._node = pickle.loads(self._packed)  # our own cache (see __reduce__)
            else:
                self._node = _Compiler(self.source, self.macros.nodes() if self.macros else {}).compile()
        return self._node

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Restored by one call (a start unpickles thousands of patterns with the compiled
        # library), with the matcher tree packed apart: unpacked when a draft first needs the
        # pattern, about twice as fast as compiling it from the source again.
        packed = self._packed
        if packed is None:
            packed = pickle.dumps(self.node, pickle.HIGHEST_PROTOCOL)
        return _restore_pattern, (*(getattr(self, name) for name in _PATTERN_STATE), packed)

    def possible(self, index: WordIndex) -> bool:
        """False when a word the pattern needs is absent: then it cannot match (cheap check).

        The index must have been built with a table holding ``lookup_prefixes``.
        """
        return self.feasible(index.word_set, index.prefix_set)

    def feasible(self, words: AbstractSet[str], prefixes: AbstractSet[str]) -> bool:
        """Whether a sentence with these words and word prefixes (those of ``lookup_prefixes``
        its words have) has every word the pattern needs, word order aside."""
        for exact, starts in self.required:  # the flat sets first: most sentences fail there
            if exact.isdisjoint(words) and starts.isdisjoint(prefixes):
                return False
        return holds(self.remainder, words, prefixes)

    def spans(self, index: WordIndex) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) word spans, leftmost-longest, like a regex finditer."""
        words = index.words
        if self.anywhere:
            starts: list[int] = list(range(len(words)))
        else:
            found: set[int] = set()
            for w in self.first_exact:
                hits = index.exact.get(w)
                if hits:
                    found.update(hits)
            for p in self.first_prefixes:
                hits = index.prefix.get(p)
                if hits:
                    found.update(hits)
            if not found:
                return []
            starts = sorted(found)
        out: list[tuple[int, int]] = []
        last_end = -1
        for i in starts:
            if i < last_end:
                continue
            ends = self.node.ends(words, i)
            ends.discard(i)
            if ends:
                end = max(ends)
                out.append((i, end))
                last_end = end
        return out


def _restore_pattern(
    source: str,
    first_exact: frozenset[str],
    first_prefixes: frozenset[str],
    anywhere: bool,
    required: tuple[tuple[frozenset[str], frozenset[str]], ...],
    macros: Macros | None,
    requirement: Requirement,
    lookup_prefixes: frozenset[str],
    remainder: Requirement,
    packed: bytes | None = None,
) -> TokenPattern:
    pattern = TokenPattern.__new__(TokenPattern)
    pattern.source = source
    pattern.first_exact = first_exact
    pattern.first_prefixes = first_prefixes
    pattern.anywhere = anywhere
    pattern.required = required
    pattern.macros = macros
    pattern.requirement = requirement
    pattern.lookup_prefixes = lookup_prefixes
    pattern.remainder = remainder
    pattern._node = None
    pattern._packed = packed
    return pattern


def compile_macros(raw: Mapping[str, Sequence[str]]) -> dict[str, Node]:
    """A language's macros, compiled once; a macro may use the macros defined before it."""
    out: dict[str, Node] = {}
    for name, alternatives in raw.items():
        options = [_Compiler(p, out).compile() for p in alternatives]
        out[name] = options[0] if len(options) == 1 else Alt(tuple(map(_unwrap, options)))
    return out


def compile_pattern(pattern: str, macros: Mapping[str, Node] | Macros | None = None) -> TokenPattern:
    lazy = macros if isinstance(macros, Macros) else None
    nodes = macros.nodes() if isinstance(macros, Macros) else (macros or {})
    node = _Compiler(pattern, nodes).compile()
    exact, prefixes, empty = node.first()
    share = _shared
    return TokenPattern(
        pattern,
        node,
        _canonical(exact, share),
        _canonical(prefixes, share),
        empty,
        _canonical(tuple(node.required()), share),
        lazy,
        _canonical(requirement(node), share),
    )


# Patterns that use the same macros ({neg}, {modal}) have equal requirement trees and word
# sets; one shared object for each keeps the compiled library (and its cache file) small.
_shared: dict[object, object] = {}


def _canonical(value: _T, share: dict[object, object]) -> _T:
    if isinstance(value, tuple):
        value = tuple(_canonical(v, share) for v in value)  # type: ignore[assignment]
    elif isinstance(value, frozenset):
        value = frozenset(sys.intern(v) if isinstance(v, str) else v for v in value)  # type: ignore[assignment]
    elif isinstance(value, str):
        return sys.intern(value)  # type: ignore[return-value]
    elif value is None or isinstance(value, bool):
        return value
    return share.setdefault(value, value)  # type: ignore[return-value]


def find(pattern: TokenPattern, folded: str) -> list[tuple[int, int]]:
    """Convenience for tests and tools: word spans of ``pattern`` in a folded text."""
    return pattern.spans(WordIndex.build(folded.split(), PrefixTable(pattern.lookup_prefixes)))
