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
_LEADING_ENUM = re.compile(
    r"^\s*(?:(?:article|art[íi]culo|art\.)\s+\d+[.:\-–—\s]*)?(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-zA-Z]{1,3}\)|[-•·*])\s+"
)
_SPECIAL = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "đ": "d"}
)


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces.

    Accents go (amnistía -> amnistia), quotes and punctuation become spaces, so
    ``l'amnistie`` becomes ``l amnistie``. Scripts other than Latin vanish, which is
    fine: the library matches English, Spanish and French.
    """
    if not text.isascii():
        text = _NON_WORD_UNICODE.sub(" ", text.translate(_SPECIAL))
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub(" ", text.lower()).strip()


def strip_enumerator(text: str) -> str:
    """Drop a leading paragraph number or item letter ("3.", "(a)", "b)") for comparison."""
    return _LEADING_ENUM.sub("", text, count=1)


def matching_key(text: str) -> str:
    return fold(strip_enumerator(text))
