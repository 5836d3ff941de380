"""Square-bracketed alternatives in rolling texts, read as alternative readings.

Negotiation texts carry the options still on the table in square brackets:

    Each State Party [shall][should] ensure that no [amnesty][amnesty or similar measure] is granted.
    [Alt. 1: The offences shall not be subject to any statute of limitations.]
    [Alt. 2: The limitation period shall be of long duration.]
    No amnesty shall be granted [for crimes against humanity].

Adjacent bracket groups are alternatives for one slot; a lone group is optional text
(the reading with it and the reading without it); editorial notes ("[Delegation X:
delete]", "[proposal]", "[...]", "[1]") are not part of any reading. Each reading is
judged on its own; the finding says which alternative conforms and which is weak or
contrary.
"""

from __future__ import annotations

import itertools
import re

from msgspec import Struct

from drafter.lexicon import lexicon

MAX_READINGS = 32


class _Words(Struct, frozen=True):
    """The bracket words of the languages' ``words:`` lists (``drafter.lexicon``), as patterns."""

    # Not part of any reading: "[...]", "[1]", a bracket holding only a note ("[proposal]"), a
    # note ("[Delegation X: ...]", "[footnote ...]"), an instruction ("[Mexico: delete]").
    editorial: re.Pattern[str]
    alt_label: re.Pattern[str]  # "Alt. 1:", "Option 2", "Variante 3"
    joiner: re.Pattern[str]  # what may stand between alternatives of one slot: "/", "or"


def _words() -> _Words:
    lex = lexicon()

    def build() -> _Words:
        notes = lex.pattern("bracket_notes")
        return _Words(
            editorial=re.compile(
                rf"^\s*(?:\.\.\.|…|\d{{1,3}}|{notes}|{lex.pattern('note_openers')}\b.*|"
                rf"[^\W\d_](?:[^\W\d_]|\s){{0,40}}:\s*{notes}\b.*)\s*$",
                re.IGNORECASE,
            ),
            alt_label=re.compile(
                rf"^\s*{lex.pattern('alternative_labels')}\s*\d+[a-z]?\s*[:.)-]?\s*", re.IGNORECASE
            ),
            joiner=re.compile(rf"^\s*(?:/|{lex.pattern('joiners')})?\s*$", re.IGNORECASE),
        )

    return lex.derived(_Words, build)


class Slot(Struct, frozen=True):
    """Characters ``[start, end)`` of the text (brackets included) and the options for them."""

    start: int
    end: int
    options: tuple[str, ...]
    labels: tuple[str, ...]  # "Alt. 1" etc., or the option text itself


class Reading(Struct, frozen=True):
    text: str
    choices: tuple[str, ...]  # the option label chosen for each slot ("" for "without")

    def describe(self) -> str:
        return "; ".join(c for c in self.choices if c) or "without the bracketed text"


def _groups(text: str) -> list[tuple[int, int]]:
    """Spans of top-level bracket groups ``[...]`` (one level of nesting allowed inside)."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = -1
    for i, ch in enumerate(text):
        if ch == "[":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "]" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


def _clean(option: str) -> tuple[str, str]:
    """An option's text without brackets inside it or an "Alt. 1:" label; and its label."""
    m = _words().alt_label.match(option)
    label = m.group(0).strip().rstrip(":.)-").strip() if m else ""
    body = option[m.end() :] if m else option
    # Keep the option's own spacing: "penales[ de conformidad ...]" reads "penales de conformidad".
    return body.replace("[", "").replace("]", ""), label


def slots(text: str) -> list[Slot]:
    groups = _groups(text)
    words = _words()
    out: list[Slot] = []
    i = 0
    while i < len(groups):
        run = [groups[i]]
        while i + 1 < len(groups) and words.joiner.match(text[run[-1][1] : groups[i + 1][0]]):
            run.append(groups[i + 1])
            i += 1
        i += 1
        inner = [text[a + 1 : b - 1] for a, b in run]
        options: list[str] = []
        labels: list[str] = []
        for raw in inner:
            if words.editorial.match(raw):
                continue
            body, label = _clean(raw)
            if not body.strip():
                continue
            options.append(body)
            labels.append(label or _short(body.strip()))
        if not options:
            options, labels = [""], [""]
        elif len(options) == 1:
            options.append("")  # a lone bracket: the text may stay or go
            labels.append("")
        out.append(Slot(run[0][0], run[-1][1], tuple(options), tuple(labels)))
    return out


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.strip()


def readings(text: str) -> list[Reading]:
    """Every reading of ``text`` (at most ``MAX_READINGS``); empty when it has no brackets."""
    found = slots(text)
    if not found:
        return []
    choices = [list(zip(s.options, s.labels, strict=True)) for s in found]
    combos: list[tuple[tuple[str, str], ...]]
    total = 1
    for c in choices:
        total *= len(c)
    if total <= MAX_READINGS:
        combos = list(itertools.product(*choices))
    else:
        # Too many combinations: vary one slot at a time, the others at their first option.
        base = [c[0] for c in choices]
        combos = [tuple(base)]
        for k, c in enumerate(choices):
            for alternative in c[1:]:
                combos.append((*base[:k], alternative, *base[k + 1 :]))
        combos = combos[:MAX_READINGS]
    out: list[Reading] = []
    seen: set[str] = set()
    for combo in combos:
        parts: list[str] = []
        pos = 0
        for slot, (option, _label) in zip(found, combo, strict=True):
            parts.append(text[pos : slot.start])
            parts.append(option)
            pos = slot.end
        parts.append(text[pos:])
        reading = _tidy("".join(parts))
        if reading and text.lstrip().startswith("[") and reading[0].islower():
            reading = reading[0].upper() + reading[1:]  # the sentence now starts where a bracket was
        if reading and reading not in seen:
            seen.add(reading)
            out.append(Reading(reading, tuple(label for _option, label in combo)))
    return out
