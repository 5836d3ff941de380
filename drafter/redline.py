"""Redlines a colleague reads: phrase-level changes, not word soup.

A word diff aligns a new clause on the small words it shares with the old one ("~~A~~Each
State ~~may grant a~~shall ensure that no pardon"): many marks, none of them meaningful. Here
the diff runs on words (each word or space or punctuation mark is one symbol for
diff-match-patch), then diff-match-patch's semantic cleanup folds the small equalities
between changes into the changes around them, so that a phrase is replaced as a phrase.
When most of the old text changes anyway, the sentence is replaced whole; and a change never
carries more than ``MAX_MARKS`` revision marks (each deletion and each insertion is one).

``phrase_diff`` is what the export writes and what the app's redline preview shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from drafter.model import DiffOp

MAX_MARKS = 6  # revision marks (deletions and insertions) in one changed paragraph at most
# The share of the old text's words a redline must keep for a phrase-level change; below it
# the sentence is replaced whole (a colleague reads a new sentence, not a patchwork).
MIN_KEPT = 0.5
# Tokens (words, spaces, punctuation) of either side above which a change is replaced whole
# instead of diffed: the exact diff costs the product of the lengths in the worst case (a
# 20,000-word paragraph took 9 to 15 s); at this size it stays within a few tenths of a second,
# and a clause of more than some 500 words is a new text to read, not a phrase-level redline.
MAX_DIFF_TOKENS = 1_000

_TOKENS = re.compile(r"\s+|[^\W_]+(?:[’'-][^\W_]+)*|[^\w\s]|_", re.UNICODE)
_WORD = re.compile(r"\w")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _encode(a: list[str], b: list[str]) -> tuple[str, str, list[str]]:
    """Each distinct token as one character (as diff-match-patch's line mode does for lines)."""
    table: dict[str, str] = {}
    back: list[str] = []

    def code(tok: str) -> str:
        found = table.get(tok)
        if found is None:
            n = len(back)
            # Private-use characters: never in a draft's text as one token of the diff.
            found = chr(0xE000 + n) if n < 0x1900 else chr(0xF0000 + n - 0x1900)
            table[tok] = found
            back.append(tok)
        return found

    return "".join(code(t) for t in a), "".join(code(t) for t in b), back


def _decode(text: str, back: list[str]) -> str:
    out = []
    for ch in text:
        n = ord(ch)
        out.append(back[n - 0xE000 if n < 0xF0000 else n - 0xF0000 + 0x1900])
    return "".join(out)


def _words(text: str) -> int:
    return sum(1 for t in tokens(text) if _WORD.search(t))


def merge(ops: Iterable[DiffOp]) -> list[DiffOp]:
    """Adjacent ops of a kind joined; per changed stretch one deletion, then one insertion."""
    out: list[DiffOp] = []
    deleted = inserted = ""
    for op in [*ops, DiffOp("equal", "")]:
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


def marks(ops: Sequence[DiffOp]) -> int:
    """The revision marks a redline makes: each deletion and each insertion."""
    return sum(1 for op in ops if op.op != "equal")


def _fold_equality(ops: list[DiffOp], i: int) -> list[DiffOp]:
    """``ops`` with the equality at ``i`` (between two changes) made part of both."""
    text = ops[i].text
    return merge([*ops[:i], DiffOp("delete", text), DiffOp("insert", text), *ops[i + 1 :]])


def whole(old: str, new: str) -> list[DiffOp]:
    """``old`` replaced by ``new`` in one change; a common start or end (a list marker, a final
    full stop) stays as it is."""
    a, b = tokens(old), tokens(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    ops = [DiffOp("equal", "".join(a[:head]))]
    ops += [
        DiffOp("delete", "".join(a[head : len(a) - tail])),
        DiffOp("insert", "".join(b[head : len(b) - tail])),
    ]
    ops.append(DiffOp("equal", "".join(a[len(a) - tail :])))
    return merge(op for op in ops if op.text)


def word_diff(
    old: str, new: str, a: list[str] | None = None, b: list[str] | None = None, timeout: float = 0.0
) -> list[DiffOp]:
    """The word-level diff from ``old`` to ``new`` (their ``tokens``, if known: ``a``, ``b``) with
    diff-match-patch's semantic cleanup; ``timeout`` in seconds, 0 for an exact diff."""
    if old == new:
        return [DiffOp("equal", old)] if old else []
    from diff_match_patch import diff_match_patch  # only redlines need it, not an analysis

    ea, eb, back = _encode(tokens(old) if a is None else a, tokens(new) if b is None else b)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(ea, eb, False)
    dmp.diff_cleanupSemantic(diffs)
    kinds = {-1: "delete", 0: "equal", 1: "insert"}
    return merge(DiffOp(kinds[kind], _decode(text, back)) for kind, text in diffs if text)


def phrase_diff(old: str, new: str, max_marks: int = MAX_MARKS) -> list[DiffOp]:
    """A phrase-level redline from ``old`` to ``new``; joining the ops gives back both texts."""
    if old == new:
        return [DiffOp("equal", old)] if old else []
    a, b = tokens(old), tokens(new)
    if len(a) > MAX_DIFF_TOKENS or len(b) > MAX_DIFF_TOKENS:
        return whole(old, new)
    ops = word_diff(old, new, a, b)
    # An equality of spaces and punctuation alone between two changes joins them.
    changed = True
    while changed:
        changed = False
        for i in range(1, len(ops) - 1):
            if ops[i].op == "equal" and not _WORD.search(ops[i].text):
                ops = _fold_equality(ops, i)
                changed = True
                break
    kept = sum(_words(op.text) for op in ops if op.op == "equal")
    if kept < MIN_KEPT * max(_words(old), 1):
        return whole(old, new)
    while marks(ops) > max_marks:
        inner = [i for i in range(1, len(ops) - 1) if ops[i].op == "equal"]
        if not inner:
            return whole(old, new)
        ops = _fold_equality(ops, min(inner, key=lambda i: _words(ops[i].text)))
    return ops


def apply(ops: Iterable[DiffOp], side: str) -> str:
    """The old (``side='old'``) or new text of a redline."""
    keep = {"old": ("equal", "delete"), "new": ("equal", "insert")}[side]
    return "".join(o.text for o in ops if o.op in keep)
