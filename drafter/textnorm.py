"""Normalisation for matching only: case, accents, quotes, punctuation, numbering, spaces.

The draft's text is never changed; these functions produce a comparison key.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Any character that is not a letter or digit in any script: typographic apostrophes and
# quotes (l’amnistie), dashes, non-breaking spaces. It must become a space before accents are
# stripped, or "d’une" would fold to "dune".
_NON_WORD_UNICODE = re.compile(r"[^\w]|_")
_SPECIAL = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "đ": "d"}
)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[a-z0-9]+")
_folded_chars: dict[str, str] = {}


def _fold_char(char: str) -> str:
    """The ASCII a non-ASCII character folds to: its letters without accents, or a space."""
    out = []
    for c in char.translate(_SPECIAL):
        if _NON_WORD_UNICODE.match(c):
            out.append(" ")
        else:
            out.append(unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode("ascii"))
    return "".join(out)


def _fold_match(match: re.Match[str]) -> str:
    char = match.group()
    folded = _folded_chars.get(char)
    if folded is None:
        folded = _folded_chars[char] = _fold_char(char)
    return folded


def _ascii(text: str) -> str:
    # Character by character (memoised): drafts are mostly ASCII, and a few distinct accented
    # letters and quotes recur, so this costs far less than normalising the whole text.
    return text if text.isascii() else _NON_ASCII.sub(_fold_match, text)


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces.

    Accents go (amnistía -> amnistia), quotes and punctuation become spaces, so
    ``l'amnistie`` becomes ``l amnistie``. Scripts other than Latin vanish, which is
    fine: the library's languages are written in the Latin script.
    """
    return _NON_WORD.sub(" ", _ascii(text).lower()).strip()


def fold_words(text: str) -> list[str]:
    """The words of ``fold(text)``: the same as ``fold(text).split()``, faster."""
    return _WORD.findall(_ascii(text).lower())


# For folding many texts at once: ASCII letters lowered, digits kept, NUL (the separator)
# kept, anything else a space.
_ASCII_TO_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if (97 <= c <= 122 or 48 <= c <= 57 or c == 0) else 32 for c in range(256)
)


def folded_texts(texts: list[str]) -> list[str]:
    """For each text, its folded words separated by spaces: ``folded_texts(t)[i].split() ==
    fold_words(t[i])``. Folds all of them in one pass (one ``bytes.translate``), which costs a
    fraction of folding them one by one; for a whole draft's paragraphs."""
    return folded_joined(texts)[1]


def folded_joined(texts: list[str]) -> tuple[str, list[str]]:
    """``folded_texts(texts)``, and the same texts joined by NUL characters in one string (to
    search all of them at once)."""
    if not texts:
        return "", []
    # Text by text: most are ASCII already (known without reading them), so only the others
    # are searched for characters to fold.
    joined = "\x00".join(map(_ascii, texts))
    if joined.count("\x00") != len(texts) - 1:  # a text holds NUL itself (XML text cannot)
        folded = [" ".join(fold_words(t)) for t in texts]
        return "\x00".join(folded), folded
    ascii_only = joined.encode("ascii")  # _ascii leaves only ASCII
    whole = ascii_only.translate(_ASCII_TO_WORDS).decode("ascii")
    return whole, whole.split("\x00")


_WORD_ANY_CASE = re.compile(r"[A-Za-z0-9]+")


def folds_in_place(text: str) -> bool:
    """Whether folding leaves every character of ``text`` in its place: each folds to exactly
    one character, as ASCII, accented letters and typographic quotes do ("ß" and "œ" do not).
    Then the words of a stretch of the folded text are those of the same stretch of ``text``."""
    return text.isascii() or all(
        len(_folded_chars.get(c) or _folded_chars.setdefault(c, _fold_char(c))) == 1
        for c in set(_NON_ASCII.findall(text))
    )


def word_offsets(text: str) -> list[tuple[int, int]]:
    """Where each word of ``fold_words(text)`` is in ``text`` (start, end)."""
    if text.isascii():
        return [m.span() for m in _WORD_ANY_CASE.finditer(text)]
    if folds_in_place(text):
        # Every character folds to one (accented letters, quotes): the offsets stay as they are.
        return [m.span() for m in _WORD.finditer(_ascii(text).lower())]
    folded: list[str] = []
    owner: list[int] = []  # for each folded character, the original character it comes from
    for i, char in enumerate(text):
        if char.isascii():
            piece = char.lower()
        else:
            piece = _folded_chars.get(char) or _folded_chars.setdefault(char, _fold_char(char))
        folded.append(piece)
        owner.extend([i] * len(piece))
    joined = "".join(folded).lower()
    return [(owner[m.start()], owner[m.end() - 1] + 1) for m in _WORD.finditer(joined)]


class WordSource:
    """The original text of folded word spans, for reasons a lawyer reads: “n’exonère pas”,
    not “n exonere pas”. ``parts`` are texts whose folded words follow one another."""

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts
        self._spans: list[tuple[int, int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int, int]]:
        """(part, start, end) of every folded word, computed when a reason first quotes the text."""
        if self._spans is None:
            self._spans = [(n, a, b) for n, text in enumerate(self.parts) for a, b in word_offsets(text)]
        return self._spans

    def phrase(self, start: int, end: int) -> str:
        """Words ``start`` to ``end`` (exclusive) as written; pieces of different parts joined by " … "."""
        pieces: list[str] = []
        run: tuple[int, int, int] | None = None
        for n, a, b in self.spans[start:end]:
            if run is not None and run[0] == n:
                run = (n, run[1], b)
                continue
            if run is not None:
                pieces.append(self.parts[run[0]][run[1] : run[2]])
            run = (n, a, b)
        if run is not None:
            pieces.append(self.parts[run[0]][run[1] : run[2]])
        return " … ".join(pieces)


def has_brackets(text: str) -> bool:
    """Whether ``text`` may hold square-bracketed alternatives of a rolling text (checked before
    ``drafter.brackets`` is loaded to read them)."""
    return "[" in text and "]" in text
