"""The library's small pattern language, compiled to regular expressions.

Patterns are matched against folded text (``drafter.textnorm.fold``: lower case, no
accents, punctuation turned into single spaces). The syntax, documented for lawyers in
clause_library/README.md:

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

import re
from collections.abc import Mapping, Sequence

from drafter.textnorm import fold

GAP_WORDS = 12


class PatternError(ValueError):
    pass


def _tokenize(pattern: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c.isspace():
            i += 1
        elif pattern.startswith("...", i):
            tokens.append("...")
            i += 3
        elif c in "()[]|":
            tokens.append(c)
            i += 1
        elif c == "{":
            j = pattern.find("}", i)
            if j < 0:
                raise PatternError(f"unclosed '{{' in pattern '{pattern}'")
            tokens.append(pattern[i : j + 1])
            i = j + 1
        else:
            j = i
            while (
                j < n
                and not pattern[j].isspace()
                and pattern[j] not in "()[]|{"
                and not pattern.startswith("...", j)
            ):
                j += 1
            tokens.append(pattern[i:j])
            i = j
    return tokens


class _Parser:
    def __init__(self, pattern: str, macros: Mapping[str, str]) -> None:
        self.pattern = pattern
        self.tokens = _tokenize(pattern)
        self.pos = 0
        self.macros = macros

    def parse(self) -> str:
        regex = self._sequence(stop=())
        if self.pos != len(self.tokens):
            raise PatternError(f"unexpected '{self.tokens[self.pos]}' in pattern '{self.pattern}'")
        if not regex:
            raise PatternError(f"empty pattern '{self.pattern}'")
        return regex

    def _sequence(self, stop: tuple[str, ...]) -> str:
        """A run of items; returns regex where every item but the first is preceded by a space."""
        parts: list[str] = []
        pending_gap = False
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in stop:
            tok = self.tokens[self.pos]
            if tok == "...":
                self.pos += 1
                pending_gap = True
                continue
            if tok.startswith("!"):
                self.pos += 1
                word = self._word(tok[1:])
                parts.append(f"(?! {word}\\b)")
                continue
            item, optional = self._item()
            if optional and not parts:
                raise PatternError(f"put a required word before '[' in pattern '{self.pattern}'")
            starts = not parts or (len(parts) == 1 and parts[0].startswith("(?!"))
            sep = "" if starts else " "
            if pending_gap and parts:
                sep = f"(?: \\S+){{0,{GAP_WORDS}}} "
            pending_gap = False
            if optional:
                parts.append(f"(?:{sep}{item})?")
            else:
                parts.append(f"{sep}{item}")
        if pending_gap:
            raise PatternError(f"'...' at the end of pattern '{self.pattern}'")
        return "".join(parts)

    def _item(self) -> tuple[str, bool]:
        tok = self.tokens[self.pos]
        if tok == "(":
            self.pos += 1
            alts = [self._sequence(stop=("|", ")"))]
            while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
                self.pos += 1
                alts.append(self._sequence(stop=("|", ")")))
            self._expect(")")
            if any(not a for a in alts):
                raise PatternError(f"empty alternative in pattern '{self.pattern}'")
            return f"(?:{'|'.join(alts)})", False
        if tok == "[":
            self.pos += 1
            alts = [self._sequence(stop=("|", "]"))]
            while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
                self.pos += 1
                alts.append(self._sequence(stop=("|", "]")))
            self._expect("]")
            if any(not a for a in alts):
                raise PatternError(f"empty [] in pattern '{self.pattern}'")
            return (alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"), True
        if tok.startswith("{"):
            self.pos += 1
            name = tok[1:-1].strip()
            if name not in self.macros:
                raise PatternError(f"unknown macro {{{name}}} in pattern '{self.pattern}'")
            return self.macros[name], False
        if tok in (")", "]", "|"):
            raise PatternError(f"unexpected '{tok}' in pattern '{self.pattern}'")
        self.pos += 1
        return self._word(tok), False

    def _word(self, raw: str) -> str:
        star = raw.endswith("*")
        core = fold(raw.rstrip("*"))
        if not core:
            raise PatternError(f"'{raw}' is not a word in pattern '{self.pattern}'")
        # fold may split "l'amnistie" into "l amnistie": keep it as consecutive words.
        regex = " ".join(re.escape(part) for part in core.split(" "))
        return regex + ("[a-z0-9]*" if star else "")

    def _expect(self, tok: str) -> None:
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != tok:
            raise PatternError(f"missing '{tok}' in pattern '{self.pattern}'")
        self.pos += 1


def pattern_regex(pattern: str, macros: Mapping[str, str] | None = None) -> str:
    """The regular expression (source) for one pattern, without word boundaries."""
    return _Parser(pattern, macros or {}).parse()


def compile_macros(raw: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Macros may use macros defined before them in the file."""
    out: dict[str, str] = {}
    for name, alternatives in raw.items():
        regexes = [pattern_regex(p, out) for p in alternatives]
        out[name] = f"(?:{'|'.join(regexes)})"
    return out


def bounded(regex: str) -> str:
    return rf"(?<![a-z0-9])(?:{regex})(?![a-z0-9])"


def compile_pattern(pattern: str, macros: Mapping[str, str] | None = None) -> re.Pattern[str]:
    return re.compile(bounded(pattern_regex(pattern, macros)))


def trigger_words(pattern: str, raw_macros: Mapping[str, Sequence[str]]) -> list[str] | None:
    """Words one of which must occur in any text the pattern matches ("amnest*" = prefix).

    Used to skip cheaply the paragraphs a pattern cannot match. Returns None when the
    pattern has no such word (it then has to be tried on every paragraph).
    """
    return _Triggers(raw_macros).of_pattern(pattern, depth=0)


class _Triggers:
    def __init__(self, raw_macros: Mapping[str, Sequence[str]]) -> None:
        self.raw_macros = raw_macros

    def of_pattern(self, pattern: str, depth: int) -> list[str] | None:
        tokens = _tokenize(pattern)
        return self._first_required(tokens, 0, depth)

    def _first_required(self, tokens: list[str], i: int, depth: int) -> list[str] | None:
        while i < len(tokens):
            tok = tokens[i]
            if tok == "..." or tok.startswith("!"):
                i += 1
            elif tok == "[":
                i = _skip_group(tokens, i, "[", "]")
            elif tok == "(":
                end = _skip_group(tokens, i, "(", ")")
                out: list[str] = []
                for alt in _split_alternatives(tokens[i + 1 : end - 1]):
                    words = self._first_required(alt, 0, depth)
                    if words is None:
                        return None
                    out.extend(words)
                return out
            elif tok.startswith("{"):
                if depth > 3:
                    return None
                out = []
                for macro_alt in self.raw_macros.get(tok[1:-1].strip(), []):
                    words = self.of_pattern(macro_alt, depth + 1)
                    if words is None:
                        return None
                    out.extend(words)
                return out or None
            else:
                star = tok.endswith("*")
                core = fold(tok.rstrip("*"))
                first = core.split(" ")[0] if core else ""
                if not first:
                    return None
                # "l'amnistie" folds to "l amnistie": its first word is complete, so no star.
                return [first + ("*" if star and " " not in core else "")]
        return None


def _skip_group(tokens: list[str], i: int, open_: str, close: str) -> int:
    depth = 0
    while i < len(tokens):
        if tokens[i] == open_:
            depth += 1
        elif tokens[i] == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _split_alternatives(tokens: list[str]) -> list[list[str]]:
    alts: list[list[str]] = [[]]
    depth = 0
    for tok in tokens:
        if tok in ("(", "["):
            depth += 1
        elif tok in (")", "]"):
            depth -= 1
        if tok == "|" and depth == 0:
            alts.append([])
        else:
            alts[-1].append(tok)
    return alts
