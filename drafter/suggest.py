"""Suggested wording: the library's replacement text in the draft's own terms, and redlines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.library.loader import Library
from drafter.library.model import Term
from drafter.model import DiffOp

_PLACEHOLDER = re.compile(r"\{(state|states|crimes)\}")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # within a word (d'un, State's), not a quotation mark
_TOKENS = re.compile(r"\s+|[^\W_]+(?:[’'-][^\W_]+)*|[^\w\s]|_", re.UNICODE)


SAMPLE_CHARS = 60_000  # the draft's terms are clear from its first pages; counting the rest costs time


class Terms:
    """The draft's own words for "State Party" and "crimes against humanity", per language."""

    def __init__(self, library: Library, texts: Iterable[str]) -> None:
        parts: list[str] = []
        size = 0
        for text in texts:
            parts.append(text)
            size += len(text) + 1
            if size >= SAMPLE_CHARS:
                break
        blob = "\n".join(parts)
        # Typographic apostrophes (l’amnistie) if the draft writes them, as most drafts from
        # Word do; then the suggestion does not mix two styles in one paragraph.
        self.apostrophe = "’" if blob.count("’") > blob.count("'") else "'"
        self._blob = blob
        self._languages = library.languages
        self._chosen: dict[str, dict[str, str]] = {}  # per language, when first needed

    def _terms(self, lang: str) -> dict[str, str] | None:
        found = self._chosen.get(lang)
        if found is None and lang in self._languages:
            found = {}
            for name, term in self._languages[lang].terms.items():
                one, many = self._pick(term, self._blob)
                found[name] = one
                if name == "state":
                    found["states"] = many
            self._chosen[lang] = found
        return found

    @staticmethod
    def _pick(term: Term, blob: str) -> tuple[str, str]:
        best = term.default
        best_count = 0
        best_match = ""
        for variant in term.variants:
            matches = _find_all(variant.pattern, blob)
            if len(matches) > best_count:
                best, best_count = variant, len(matches)
                best_match = matches[0] if isinstance(matches[0], str) else matches[0][0]
        one = best.one.replace("{match}", best_match) if best_count else best.one.replace("{match}", "")
        if not one.strip():
            one = term.default.one
        many = best.many or one
        return one, many

    def fill(self, template: str, lang: str) -> str:
        chosen = self._terms(lang) or self._terms("en") or {}

        def sub(m: re.Match[str]) -> str:
            return chosen.get(m.group(1), m.group(0))

        text = _PLACEHOLDER.sub(sub, template)
        if self.apostrophe != "'":
            text = _APOSTROPHE.sub(self.apostrophe, text)
        return re.sub(r"\s+", " ", text).strip()

    def chosen(self, lang: str) -> dict[str, str]:
        return dict(self._terms(lang) or {})


def _find_all(pattern: str, text: str) -> list[str] | list[tuple[str, ...]]:
    """``re.findall(pattern, text)``, faster for a pattern that opens with ``\\b`` and a literal
    (as most of the library's term patterns do): Python's regex engine cannot skip ahead to a
    literal behind a leading ``\\b``, so the rest is searched and the boundary checked here.
    Same matches: a match of the rest where the boundary fails is no match of the pattern, and
    the search resumes one character later, as ``findall`` would."""
    if not pattern.startswith("\\b") or not pattern[2:3].isalnum() or not text:
        # Only a literal behind the boundary gains: the engine skips ahead to it. Before a
        # group of alternatives ("(?:each|every|any) State") the boundary itself is what
        # spares the engine most positions.
        return re.findall(pattern, text)
    rest = re.compile(pattern[2:])
    if rest.match("") is not None:  # the rest can match nothing: keep the exact semantics simple
        return re.findall(pattern, text)
    found: list[re.Match[str]] = []
    pos = 0
    while (m := rest.search(text, pos)) is not None:
        start = m.start()
        if m.end() == start:  # an empty match: leave the details to findall
            return re.findall(pattern, text)
        before = start > 0 and _WORD_CHAR.match(text, start - 1) is not None
        if before != (_WORD_CHAR.match(text, start) is not None):  # \b holds at start
            found.append(m)
            pos = m.end()
        else:
            pos = start + 1
    if rest.groups == 0:
        return [m.group(0) for m in found]
    if rest.groups == 1:
        return [m.group(1) or "" for m in found]
    return [tuple(g or "" for g in m.groups()) for m in found]


_WORD_CHAR = re.compile(r"\w")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """A word-level redline from ``old`` to ``new``; joining the ops gives back both texts."""
    a, b = tokens(old), tokens(new)
    if "".join(a) != old or "".join(b) != new:  # pragma: no cover - the token regex covers every character
        raise AssertionError("tokenizer lost characters")
    ops: list[DiffOp] = []
    import difflib  # only redlines need it, not an analysis

    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                ops.append(DiffOp("delete", "".join(a[i1:i2])))
            if j2 > j1:
                ops.append(DiffOp("insert", "".join(b[j1:j2])))
    return _tidy(ops)


def _tidy(ops: list[DiffOp]) -> list[DiffOp]:
    """One deletion then one insertion per changed stretch; lone spaces between changes join them."""
    expanded: list[DiffOp] = []
    for i, op in enumerate(ops):
        between_changes = 0 < i < len(ops) - 1 and ops[i - 1].op != "equal" and ops[i + 1].op != "equal"
        if op.op == "equal" and not op.text.strip() and between_changes:
            expanded += [DiffOp("delete", op.text), DiffOp("insert", op.text)]
        else:
            expanded.append(op)
    out: list[DiffOp] = []
    deleted = inserted = ""
    for op in [*expanded, DiffOp("equal", "")]:
        if op.op == "delete":
            deleted += op.text
        elif op.op == "insert":
            inserted += op.text
        else:
            if deleted:
                out.append(DiffOp("delete", deleted))
            if inserted:
                out.append(DiffOp("insert", inserted))
            deleted = inserted = ""
            if op.text:
                if out and out[-1].op == "equal":
                    out[-1] = DiffOp("equal", out[-1].text + op.text)
                else:
                    out.append(op)
    return out


def apply_diff(ops: Iterable[DiffOp], side: str) -> str:
    """The old (``side='old'``) or new text of a diff."""
    keep = {"old": ("equal", "delete"), "new": ("equal", "insert")}[side]
    return "".join(o.text for o in ops if o.op in keep)
