"""Provisions that set another provision of the draft aside (Qt-free).

"The preceding paragraph does not apply in the case of offences under articles 136bis and
136ter", "En los casos a que se refiere esta disposición no será aplicable lo dispuesto en el
artículo 2": such a sentence names no measure itself, yet it changes what the provision it names
does. It is judged by that provision's finding: setting a safeguard aside (a ban, a duty, an
exception to a grant) for some cases lets the measure reach them, which is contrary; setting a
grant or a defence aside leaves some cases out of it, which is no ban (weak).

The words come from the languages' ``words:`` lists (``sets_aside``, ``provisions``,
``preceding``, ``set_aside_for``, with ``article``, ``instruments`` and ``anaphors``).
Finding the sentences is cheap: while the analysis folds the paragraphs it asks
``may_set_aside`` of each batch (a few substring searches of their joined text) and
``sets_aside_in`` of the words of those it keeps; only the paragraphs that pass both are read
here, once every finding of the draft is known, since the provision named may stand anywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from msgspec import Struct

from drafter.lexicon import lexicon
from drafter.locations import article_of
from drafter.model import Finding, Paragraph, Part
from drafter.segment import sentence_spans
from drafter.textnorm import fold, fold_words, word_offsets

# How far back "the preceding paragraph" and "subsection (1)" are looked for, in paragraphs.
MAX_BACK = 40
MAX_BACK_PRECEDING = 8
# Words between the setting-aside words and the provision they name, at most: a subject may be
# a long one ("Subsection (1) of this section, as amended, shall not apply"), what follows the
# words is short ("lo dispuesto en el artículo 2"); and words before a subject.
MAX_GAP = 12
MAX_SUBJECT_GAP = 8
MAX_SUBJECT_LEAD = 4
MAX_OBJECT_GAP = 4
# The least length of the substrings searched for first (``_anchors``).
ANCHOR_LENGTH = 4

_MARKER_WORD = re.compile(r"\d{1,4}[a-z]{0,10}|[a-z]|[ivx]{1,5}")
_LEADING_MARK = re.compile(r"^\s*\(?(\d{1,3}[a-z]{0,10}|[ivxIVX]{1,5}|[a-zA-Z]{1,2})\s?(?:[.)°º]|\.-)")

# What a setting-aside does, by what the provision set aside does.
SAFEGUARD_EFFECTS = frozenset({"prohibits", "requires", "excepts", "carves_out"})


class _Words(Struct, frozen=True):
    phrases: frozenset[tuple[str, ...]]
    starts: frozenset[str]  # the first words of the phrases
    longest: int
    anchors: tuple[str, ...]
    provisions: frozenset[str]
    articles: frozenset[str]
    preceding: frozenset[str]
    cases: frozenset[str]
    instruments: frozenset[str]
    this: frozenset[str]


def _words() -> _Words:
    return lexicon().derived("references", _build)


def _build() -> _Words:
    lex = lexicon()
    phrases = frozenset(tuple(fold_words(p)) for p in lex.words("sets_aside") if fold_words(p))
    anchors = _anchors(phrases)
    return _Words(
        phrases=phrases,
        starts=frozenset(p[0] for p in phrases),
        longest=max((len(p) for p in phrases), default=0),
        anchors=anchors,
        provisions=lex.folded("provisions"),
        articles=lex.folded("article"),
        preceding=lex.folded("preceding"),
        cases=lex.folded("set_aside_for"),
        instruments=lex.folded("instruments"),
        this=frozenset(a for a in lex.folded("anaphors") if " " not in a),
    )


def _anchors(phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """Few substrings, of at least ``ANCHOR_LENGTH`` letters, one of which every phrase holds
    ("appl" for "does not apply" and "ne s'applique pas"): a folded text without any of them
    sets nothing aside. Chosen greedily, the one shared by most phrases first."""
    left = [p for p in phrases if p]
    chosen: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for phrase in left:
            pieces = {
                w[i : i + n]
                for w in phrase
                for n in range(ANCHOR_LENGTH, len(w) + 1)
                for i in range(len(w) - n + 1)
            }
            for piece in pieces:
                counts[piece] = counts.get(piece, 0) + 1
        if not counts:  # only words shorter than an anchor: the phrase's longest word itself
            chosen += {max(p, key=len) for p in left}
            break
        best = max(counts, key=lambda piece: (counts[piece], len(piece), piece))
        chosen.append(best)
        left = [p for p in left if not any(best in w for w in p)]
    return tuple(sorted(chosen))


def may_set_aside(joined: str, folded: list[str]) -> set[int]:
    """Which of these folded texts may set a provision aside: a cheap test of a whole batch at
    once, a few substring searches of ``joined``, the texts joined by one character each
    (``drafter.textnorm.folded_joined``)."""
    starts: list[int] = []
    at = 0
    for text in folded:
        starts.append(at)
        at += len(text) + 1
    found: set[int] = set()
    for anchor in _words().anchors:
        pos = joined.find(anchor)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            found.add(i)
            pos = joined.find(anchor, starts[i + 1]) if i + 1 < len(starts) else -1
    return found


def sets_aside_in(words: list[str]) -> bool:
    """Whether folded words that ``may_set_aside`` kept hold words that set a provision aside."""
    return _phrase(words, 0, len(words), _words()) is not None


class Reference(Struct, frozen=True):
    kind: str  # "article", "provision" or "preceding"
    marker: str  # the number or letter named ("2", "b"); "" for "preceding"
    start: int  # the words naming it, character offsets in the paragraph
    end: int
    article: str = ""  # for a provision of another article ("paragraph 1 of article 5"), its number


class SetAside(Struct, frozen=True):
    """A sentence of ``paragraph`` (``start``:``end``) that sets aside the provision whose
    finding is ``target``: ``reference`` names it, ``words`` (offsets) set it aside."""

    paragraph: int
    start: int
    end: int
    reference: Reference
    words: tuple[int, int]
    target: Finding


def set_asides(
    paragraphs: Sequence[Paragraph], candidates: Iterable[int], findings: Sequence[Finding]
) -> list[SetAside]:
    """The sentences of the ``candidates`` (body paragraphs ``may_set_aside`` kept) that set
    aside a provision of the draft that has a finding, one per category of that provision's
    findings that the sentence's paragraph does not already have."""
    by_paragraph: dict[int, list[Finding]] = {}
    for f in findings:
        if f.part is Part.BODY and not f.quoted:
            by_paragraph.setdefault(f.paragraph, []).append(f)
    if not by_paragraph:
        return []
    out: list[SetAside] = []
    for index in sorted(set(candidates)):
        p = paragraphs[index]
        if p.shadow:
            continue
        have = {f.category for f in by_paragraph.get(index, ())}
        for start, end, ref, words in _sentences_setting_aside(p.text):
            target = _resolve(ref, paragraphs, index, by_paragraph)
            for f in target:
                if f.category not in have:
                    have.add(f.category)
                    out.append(SetAside(index, start, end, ref, words, f))
    return out


def _sentences_setting_aside(text: str) -> list[tuple[int, int, Reference, tuple[int, int]]]:
    words = _words()
    folded = fold_words(text)
    offsets = word_offsets(text)
    found: list[tuple[int, int, Reference, tuple[int, int]]] = []
    for s_start, s_end in sentence_spans(text):
        first = bisect_left(offsets, (s_start, s_start))
        last = bisect_right(offsets, (s_end, s_end))
        if first >= last:
            continue
        phrase = _phrase(folded, first, last, words)
        if phrase is None:
            continue
        ref = _reference(folded, offsets, first, last, phrase, words)
        if ref is None:
            continue
        ref_words = range(*_word_span(offsets, ref.start, ref.end))
        if not any(folded[i] in words.cases for i in range(first, last) if i not in ref_words):
            continue  # "Subsection (1) does not apply to the admission of evidence ...": not to cases
        found.append((s_start, s_end, ref, (offsets[phrase[0]][0], offsets[phrase[1] - 1][1])))
    return found


def _word_span(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    inside = [i for i, (a, b) in enumerate(offsets) if a >= start and b <= end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def _phrase(folded: list[str], first: int, last: int, words: _Words) -> tuple[int, int] | None:
    starts = words.starts
    for i in range(first, last):
        if folded[i] not in starts:
            continue
        for n in range(min(words.longest, last - i), 0, -1):
            if tuple(folded[i : i + n]) in words.phrases:
                return (i, i + n)
    return None


def _reference(
    folded: list[str],
    offsets: list[tuple[int, int]],
    first: int,
    last: int,
    phrase: tuple[int, int],
    words: _Words,
) -> Reference | None:
    """The provision the sentence names nearest the setting-aside words (before or after)."""
    best: tuple[int, Reference] | None = None
    for k in range(max(first, phrase[0] - MAX_GAP), min(last, phrase[1] + MAX_GAP)):
        if phrase[0] <= k < phrase[1]:
            continue
        word = folded[k]
        is_article = word in words.articles
        if not (is_article or word in words.provisions):
            continue
        kind = "article" if is_article else "provision"
        after = folded[k + 1] if k + 1 < last else ""
        before = folded[k - 1] if k > first else ""
        if after in words.preceding:
            ref, span = Reference("preceding", "", 0, 0), (k, k + 2)
        elif before in words.preceding:
            ref, span = Reference("preceding", "", 0, 0), (k - 1, k + 1)
        elif _MARKER_WORD.fullmatch(after):
            if _external(folded, k + 2, last, words):
                continue  # "article 7 of law 24,390": another instrument's
            article = "" if is_article else _of_article(folded, k + 2, last, words)
            ref, span = Reference(kind, after, 0, 0, article), (k, k + 2)
        else:
            continue
        if not _names_what_is_set_aside(folded, first, span, phrase, words):
            continue
        distance = phrase[0] - span[1] if span[1] <= phrase[0] else span[0] - phrase[1]
        located = Reference(ref.kind, ref.marker, offsets[span[0]][0], offsets[span[1] - 1][1], ref.article)
        if best is None or distance < best[0]:
            best = (distance, located)
    return best[1] if best is not None else None


def _names_what_is_set_aside(
    folded: list[str], first: int, span: tuple[int, int], phrase: tuple[int, int], words: _Words
) -> bool:
    """Whether the provision named at ``span`` is what the sentence sets aside, not where the
    cases it is set aside for are defined ("shall not extend to the offences set forth in article
    1"): named as the subject, near the start of the sentence ("The provisions of paragraph 1
    ... shall not apply"), or right after the setting-aside words ("no será aplicable lo
    dispuesto en el artículo 2"), with no word of the cases in between."""
    if span[1] <= phrase[0]:
        between, lead = folded[span[1] : phrase[0]], folded[first : span[0]]
        return (
            len(between) <= MAX_SUBJECT_GAP and len(lead) <= MAX_SUBJECT_LEAD and words.cases.isdisjoint(lead)
        )
    between = folded[phrase[1] : span[0]]
    return len(between) <= MAX_OBJECT_GAP and words.cases.isdisjoint(between)


def _external(folded: list[str], at: int, last: int, words: _Words) -> bool:
    """Whether the words after a provision's number name another instrument ("of the Criminal
    Code", "de la ley 24.390"), not this one ("of this Law", "de la presente Ley")."""
    window = folded[at : min(last, at + 4)]
    for i, word in enumerate(window):
        if word in words.instruments:
            return not any(w in words.this for w in window[:i])
    return False


def _of_article(folded: list[str], at: int, last: int, words: _Words) -> str:
    """The article a provision belongs to when the sentence says so ("paragraph 1 of article 5")."""
    window = folded[at : min(last, at + 3)]
    for i, word in enumerate(window[:-1]):
        if word in words.articles and _MARKER_WORD.fullmatch(window[i + 1]):
            return window[i + 1]
    return ""


def _resolve(
    ref: Reference, paragraphs: Sequence[Paragraph], at: int, by_paragraph: dict[int, list[Finding]]
) -> list[Finding]:
    """The findings of the provision ``ref`` names, from the paragraph ``at``."""
    here = article_of(paragraphs[at].label)
    if ref.kind == "article":
        for i, p in enumerate(paragraphs):
            if i != at and i in by_paragraph and _article_number(p.label) == ref.marker:
                return by_paragraph[i]
        return []
    if ref.kind == "preceding":
        for i in range(at - 1, max(-1, at - 1 - MAX_BACK_PRECEDING), -1):
            if article_of(paragraphs[i].label) != here:
                break
            if i in by_paragraph:
                return by_paragraph[i]
        return []
    # A provision by its number or letter: the nearest paragraph before that carries it, in this
    # article or the one the sentence names; its own findings, else its items'.
    for i in range(at - 1, max(-1, at - 1 - MAX_BACK), -1):
        p = paragraphs[i]
        if ref.article and _article_number(p.label) != ref.article:
            continue
        if not ref.article and article_of(p.label) != here:
            break
        if _mark(p) == ref.marker:
            for j in range(i, at):
                if j in by_paragraph:
                    return by_paragraph[j]
            return []
    return []


def _article_number(label: str) -> str:
    words = fold(article_of(label)).split()
    return words[-1] if len(words) >= 2 else ""


def _mark(p: Paragraph) -> str:
    m = _LEADING_MARK.match(p.number or p.text)
    return m.group(1).lower() if m else ""
