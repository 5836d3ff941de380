"""Suggested wording: the library's replacement text in the draft's own terms, and redlines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from drafter.library.loader import Library
from drafter.library.model import Grammar, Term, TermVariant
from drafter.model import DiffOp

# {crimes}, or a word that agrees with the term in gender: {crimes:commis|commises}.
_PLACEHOLDER = re.compile(r"\{(state|states|crimes)(?::([^{}|]*)\|([^{}|]*))?\}")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # within a word (d'un, State's), not a quotation mark
_TOKENS = re.compile(r"\s+|[^\W_]+(?:[’'-][^\W_]+)*|[^\w\s]|_", re.UNICODE)
# The last two words before a placeholder: "... de los {crimes}", "L'{state}".
_TAIL = re.compile(
    r"(?:(?<![^\W\d_])(?P<w2>[^\W\d_]+)(?P<s2>\s+))?(?<![^\W\d_])(?P<w1>[^\W\d_]+['’]?)(?P<s1>\s*)$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s*)$")


SAMPLE_CHARS = 60_000  # the draft's terms are clear from its first pages; counting the rest costs time


class FilledTerm(NamedTuple):
    """A term as the draft writes it ("les infractions visées au présent projet d'article"),
    and its grammatical gender (for the words that agree with it)."""

    text: str
    gender: str = "masculine"


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
        self._chosen: dict[str, dict[str, FilledTerm]] = {}  # per language, when first needed

    def _terms(self, lang: str) -> dict[str, FilledTerm] | None:
        found = self._chosen.get(lang)
        if found is None and lang in self._languages:
            found = {}
            grammar = self._languages[lang].grammar
            for name, term in self._languages[lang].terms.items():
                variant, one, many = self._pick(term, self._blob)
                found[name] = filled_term(variant, one, grammar)
                if name == "state":
                    found["states"] = filled_term(variant, many, grammar)
            self._chosen[lang] = found
        return found

    @staticmethod
    def _pick(term: Term, blob: str) -> tuple[TermVariant, str, str]:
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
            best, one = term.default, term.default.one
        many = best.many or one
        return best, one, many

    def fill(self, template: str, lang: str) -> str:
        """The template with the draft's terms, fitted into its sentences by the language's
        grammar rules (``grammar:`` in languages/<lang>.yaml): a term's own article replaces
        the template's ("los {crimes}" with "los delitos a que se refiere ..."), contracts with
        the preposition before it ("de {crimes}": "des infractions visées ..."), is dropped
        after a determiner; "de" before a vowel is elided; a word written
        {crimes:masculine|feminine} agrees with the term."""
        if lang in self._languages and self._terms(lang):
            chosen, grammar = self._terms(lang) or {}, self._languages[lang].grammar
        else:
            chosen = self._terms("en") or {}
            grammar = self._languages["en"].grammar if "en" in self._languages else Grammar()
        text = fill_terms(template, chosen, grammar)
        if self.apostrophe != "'":
            text = _APOSTROPHE.sub(self.apostrophe, text)
        return re.sub(r"\s+", " ", text).strip()

    def chosen(self, lang: str) -> dict[str, str]:
        return {name: term.text for name, term in (self._terms(lang) or {}).items()}


def filled_term(variant: TermVariant, text: str, grammar: Grammar) -> FilledTerm:
    """``text`` (a variant's wording, or the draft's phrase it found) with its gender: the
    variant's, else the one its article says, else masculine."""
    return FilledTerm(text, variant.gender or _article_gender(text, grammar) or "masculine")


def fill_terms(template: str, terms: Mapping[str, FilledTerm], grammar: Grammar) -> str:
    """``template`` with each placeholder replaced by its term, fitted by ``grammar``."""
    out = ""
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        out += template[pos : m.start()]
        pos = m.end()
        term = terms.get(m.group(1))
        if term is None:
            out += m.group(0)
        elif m.group(2) is not None:  # a word that agrees with the term
            out += m.group(3) if term.gender == "feminine" else m.group(2)
        else:
            out, text = fit_term(out, term.text, grammar)
            out += text
    return out + template[pos:]


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def split_article(term: str, grammar: Grammar) -> tuple[str, str]:
    """A term's own article and the rest: ("les", "infractions visées ..."); ("", term) if none."""
    first, _, rest = term.partition(" ")
    if rest and _norm(first) in grammar.articles:
        return first, rest
    for article in grammar.articles:
        if article.endswith("'") and _norm(term[: len(article)]) == article and len(term) > len(article):
            return term[: len(article)], term[len(article) :]
    return "", term


def _article_gender(term: str, grammar: Grammar) -> str | None:
    article, _ = split_article(term, grammar)
    return grammar.articles[_norm(article)][0] if article else None


def fit_term(before: str, term: str, grammar: Grammar) -> tuple[str, str]:
    """The text before a placeholder and the term to put there, fitted to each other."""
    article, rest = split_article(term, grammar)
    tail = _TAIL.search(before)
    capital = _SENTENCE_START.search(before) is not None
    if tail is not None and article:
        head = before[: tail.start()]
        w2, s2, w1 = tail.group("w2") or "", tail.group("s2") or "", tail.group("w1")
        n1, art = _norm(w1), _norm(article)
        forms = {form: key for key, form in grammar.contractions.items()}
        if n1 in grammar.articles:
            # The template's article gives way to the term's own, which may contract with the
            # preposition before it: "de los {crimes}", "de {crimes}" ...
            contracted = grammar.contractions.get((_norm(w2), art)) if w2 else None
            if contracted is not None:
                before, term = head + _same_case(contracted, w2) + " ", rest
            else:
                before = head + w2 + s2
                term = _same_case(term, w1)
        elif n1 in forms:  # "des {crimes}": de + les, and the term's article takes the place of "les"
            prep, _ = forms[n1]
            contracted = grammar.contractions.get((prep, art))
            if contracted is not None:
                before, term = head + w2 + s2 + _same_case(contracted, w1) + " ", rest
            else:
                before = head + w2 + s2 + _same_case(prep, w1) + " "
        elif n1 in grammar.determiners:
            term = rest
        elif (n1, art) in grammar.contractions:
            before, term = head + w2 + s2 + _same_case(grammar.contractions[(n1, art)], w1) + " ", rest
    tail = _TAIL.search(before)
    if tail is not None and tail.group("s1") and re.match(grammar.elide_before, term):
        elided = grammar.elision.get(_norm(tail.group("w1")))
        if elided is not None:
            before = before[: tail.start("w1")] + _same_case(elided, tail.group("w1"))
    if capital:
        term = term[:1].upper() + term[1:]
    return before, term


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
