"""The words of the annotated copy's comments, in the draft's language (Qt-free).

A comment is what a colleague reads in the margin: two to four short lines: what is wrong
(the finding's one sentence), what to change, the model clause's id and at most two
precedents, and the reviewer's note if there is one. The full rationale stays in the app.

The framing words come from the ``export:`` section of each language file
(clause_library/languages/<code>.yaml, validated by drafter/library/export_schema.py); a
phrase a language lacks is taken from English.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.library.loader import Library, load_library
from drafter.model import Finding, MissingCategory, Stance

MAX_PRECEDENTS = 2
HEDGE_ROLES = ("hedges",)  # (a limit such as "only" may be what makes a ban strict: not for deleting)
MAX_HEDGE_WORDS = 6  # longer evidence is no hedge to delete ("what to change" then says: replace)


class Phrases:
    """The comment phrases of one language, with English for what it lacks."""

    def __init__(self, lang: str, library: Library | None = None) -> None:
        self.lang = lang
        self.library = library
        # The phrases the loaded library validated (and caches): no language file is read again.
        self._own, self._en = (library if library is not None else load_library([])).phrases("export", lang)

    def get(self, name: str, **values: object) -> str:
        template = self._own.get(name) or self._en.get(name) or name
        return template.format(**values)

    def stance(self, stance: Stance) -> str:
        return self.get(stance.value)

    def quote(self, text: str) -> str:
        return self.get("quote", text=text)

    def category(self, category: str) -> str:
        library = self.library
        if library is not None and category in library.categories:
            return library.category_title(category, self.lang)
        return category.replace("_", " ")

    def category_lower(self, category: str) -> str:
        title = self.category(category)
        # ("Ne bis in idem ..." reads as well in lower case; an acronym would not: kept.)
        return title[:1].lower() + title[1:] if title[1:2].islower() else title

    def precedents(self, precedents: Sequence[str]) -> str | None:
        checked = self._checked()
        chosen = [
            self.get("checked", precedent=p.rstrip(".")) if p in checked else p.rstrip(".")
            for p in precedents[:MAX_PRECEDENTS]
        ]
        return self.get("precedents", precedents="; ".join(chosen)) if chosen else None

    def _checked(self) -> frozenset[str]:
        """The library's precedents whose text was checked against the official text."""
        if self.library is None:
            return frozenset()
        return frozenset(
            p.cite()
            for category in self.library.categories.values()
            for record in category.clauses
            for p in record.clause.precedents
            if p.status in ("verbatim", "official_version")
        )


def _sentence(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return stripped
    return stripped if stripped.rstrip("”’\"')»").endswith((".", "!", "?", "…")) else stripped + "."


def what_is_wrong(f: Finding, ph: Phrases) -> str:
    why = f.why or "; ".join(f.reasons[:1])
    return ph.get("finding", category=ph.category(f.category), stance=ph.stance(f.stance), why=_sentence(why))


def what_to_change(f: Finding, ph: Phrases) -> str:
    hedges = list(
        dict.fromkeys(
            str(e["text"])
            for e in f.evidence
            if e.get("role") in HEDGE_ROLES and len(str(e["text"]).split()) <= MAX_HEDGE_WORDS
        )
    )
    if f.suggestion is None:
        return ph.get("what_compare", model=f.clause_id)
    if f.effect in ("prohibits", "requires") and f.stance is Stance.WEAK:
        if hedges:
            return ph.get("what_hedges", words=", ".join(ph.quote(h) for h in hedges[:3]), model=f.clause_id)
        if any(e.get("role") == "scope" for e in f.evidence):
            return ph.get("what_scope", model=f.clause_id)
    return ph.get("what_replace", model=f.clause_id)


def _tail(lines: list[str], ph: Phrases, precedents: Sequence[str], note: str | None) -> str:
    cited = ph.precedents(precedents)
    if cited:
        lines.append(cited)
    if note:
        lines.append(ph.get("note", note=note.strip()))
    return "\n".join(lines)


def finding_comment(
    f: Finding, ph: Phrases, note: str | None = None, missing: MissingCategory | None = None
) -> str:
    """An open finding: what is wrong, what to change (model), precedents, the note; with
    ``missing``, the category it leaves missing first ("Missing: no explicit amnesty
    prohibition"), in one comment rather than two on the same words."""
    if f.stance is Stance.CONFORMS:
        return _tail([what_is_wrong(f, ph)], ph, (), note)
    head = [missing_head(missing, ph)] if missing is not None else []
    return _tail([*head, what_is_wrong(f, ph), what_to_change(f, ph)], ph, f.precedents, note)


def change_comment(
    findings: Sequence[Finding], ph: Phrases, own_author: str | None, notes: Sequence[str] = ()
) -> str:
    """A tracked replacement: what was wrong with each finding on the words, then whose wording
    it is (a model clause, or the reviewer's own: ``own_author``)."""
    lines = [what_is_wrong(f, ph) for f in findings]
    first = findings[0]
    if own_author is not None:
        lines.append(ph.get("changed_own", author=own_author))
        return _tail(lines, ph, (), "; ".join(n for n in notes if n) or None)
    lines.append(ph.get("changed_model", model=first.clause_id))
    return _tail(lines, ph, first.precedents, "; ".join(n for n in notes if n) or None)


def superseded_comment(f: Finding, ph: Phrases, place: str, note: str | None = None) -> str:
    """A finding whose model is already proposed elsewhere in the copy: no second copy of it."""
    lines = [what_is_wrong(f, ph), ph.get("superseded", model=f.clause_id, place=place)]
    return _tail(lines, ph, (), note)


def dismissed_comment(f: Finding, ph: Phrases, author: str, reason: str | None, note: str | None) -> str:
    lines = [ph.get("dismissed", category=ph.category(f.category), author=author)]
    if reason:
        lines.append(ph.get("reason", reason=_sentence(reason)))
    return _tail(lines, ph, (), note)


def missing_head(m: MissingCategory, ph: Phrases) -> str:
    if m.category == "amnesty":
        return ph.get("missing_amnesty")
    return ph.get("missing", category=ph.category_lower(m.category))


def missing_comment(
    m: MissingCategory, ph: Phrases, *, inserted: bool, own_author: str | None = None, note: str | None = None
) -> str:
    lines = [missing_head(m, ph)]
    if inserted and own_author is not None:
        lines.append(ph.get("inserted_own", author=own_author))
        return _tail(lines, ph, (), note)
    if inserted:
        lines.append(ph.get("inserted_model", model=m.clause_id))
    else:
        lines.append(ph.get("insert_here", model=m.clause_id, text=ph.quote(m.suggestion)))
    return _tail(lines, ph, m.precedents, note)
