"""Which of the library's languages a paragraph is written in (English, Spanish, French ...).

Treaty paragraphs are long and formulaic, so counting each language's frequent words
(listed in clause_library/languages/*.yaml) is reliable and costs microseconds; short
paragraphs (headings, "Article 6") take the document's language instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

MIN_HITS = 3
MARGIN = 1.25  # the winner needs this many times the runner-up's hits


class LanguageDetector:
    def __init__(self, stopwords: Mapping[str, frozenset[str]], default: str = "en") -> None:
        owners: dict[str, list[str]] = {}
        for lang, words in stopwords.items():
            for word in words:
                owners.setdefault(word, []).append(lang)
        # A word shared by languages ("de", "a", "la") says nothing: keep the distinctive ones.
        self._owner = {w: langs[0] for w, langs in owners.items() if len(langs) == 1}
        self.languages = tuple(stopwords)
        self.default = default

    def detect_tokens(self, tokens: Iterable[str]) -> str | None:
        """The language of folded tokens, or None when the text is too short to tell."""
        # Counted without a Python loop: thousands of paragraphs are sampled in a long draft.
        counts = Counter(filter(None, map(self._owner.get, tokens)))
        if not counts:
            return None
        ranked = counts.most_common(2)
        best, n_best = ranked[0]
        n_second = ranked[1][1] if len(ranked) > 1 else 0
        if n_best < MIN_HITS or n_best < n_second * MARGIN:
            return None
        return best

    def detect(self, folded_text: str) -> str | None:
        return self.detect_tokens(folded_text.split())

    def document_language(self, per_paragraph: Iterable[tuple[str | None, int]]) -> str:
        """The language most of the text is in (weighted by paragraph length)."""
        weight: Counter[str] = Counter()
        for lang, size in per_paragraph:
            if lang:
                weight[lang] += size
        return weight.most_common(1)[0][0] if weight else self.default
