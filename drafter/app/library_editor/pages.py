"""What the editor shows of a category or a clause, in every language, as HTML (read-only)."""

from __future__ import annotations

import html

from drafter.app.library_editor.form import FORMULATION_COLUMNS, TEXT_FIELDS
from drafter.library.loader import ClauseRecord, Library
from drafter.library.schema import Clause
from drafter.library.sources import Source, describe

STATUS_WORDS = {
    "verbatim": "verbatim from the official text",
    "official_version": "official language version",
    "own_rendering": "the project's own rendering",
    "typical": "typical negotiating wording",
    "cited": "cited, not checked against the text",
}


def _provenance(status: str | None, url: str | None, muted: str) -> str:
    """ " — checked against the official text (address)" after a precedent."""
    words = STATUS_WORDS.get(status or "", "verification not stated")
    return f' <span style="color:{muted}">— {esc(words)}</span>{" " + _link(url) if url else ""}'


def _link(url: str | None) -> str:
    return f'<a href="{html.escape(url)}">{esc(url)}</a>' if url else ""


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def category_html(library: Library, cid: str) -> str:
    cat = library.categories[cid]
    spec = cat.spec
    parts = [f"<h2>{esc(spec.title.en)}</h2>"]
    for lang, language in library.languages.items():
        if spec.description.has(lang):
            parts.append(f"<p><b>{esc(language.name)}.</b> {esc(spec.description.own(lang))}</p>")
    parts.append(
        f"<p>{len(cat.clauses)} clause(s). Select one to see it, or press New clause to add one.</p>"
    )
    return "".join(parts)


def clause_html(
    library: Library, rec: ClauseRecord, source: Source, shipped: Clause | None, dark: bool
) -> str:
    """The clause in every language; ``shipped``: the shipped clause an override replaces."""
    c = rec.clause
    muted = "#A8A8A8" if dark else "#5A5A5A"
    banner_bg, banner_fg = ("#2E4A2E", "#E8F5E8") if dark else ("#E6F4E6", "#1B4D1B")
    category = library.category_title(rec.category)
    parts = [f"<h2>{esc(c.id)} — {esc(c.title.en)}</h2>"]
    about = "Your clause." if source is Source.OVERRIDE else describe(rec, source)
    parts.append(f'<p style="color:{muted}">{esc(category)} · {esc(about)}</p>')
    if source is Source.OVERRIDE:
        parts.append(
            f'<table width="100%" cellpadding="6" style="background:{banner_bg}; color:{banner_fg}"><tr><td>'
            "<b>Your version replaces the shipped clause</b> in every analysis. "
            "Delete it to use the shipped clause again.</td></tr></table>"
        )
    for lang, language in library.languages.items():
        parts.append(f"<h3>{esc(language.name)}</h3>")
        if not c.model.has(lang) and not c.title.has(lang):
            parts.append(
                f'<p style="color:{muted}"><i>No text in {esc(language.name)}; English is used.</i></p>'
            )
            continue
        for key, label in TEXT_FIELDS:
            value = getattr(c, key).own(lang)
            shown = esc(value) if value else f'<i style="color:{muted}">(none; English is used)</i>'
            parts.append(f"<p><b>{label}</b><br>{shown}</p>")
    parts.append("<h3>Precedents</h3><ul>")
    parts += [
        f"<li>{esc(p.instrument)}, {esc(p.article)}{_provenance(p.status, p.url, muted)}</li>"
        for p in c.precedents
    ]
    parts.append("</ul>")
    parts.append("<h3>Formulations</h3>")
    if c.formulations:
        parts.append(
            '<table cellspacing="0" cellpadding="4" border="1" width="100%" '
            f'style="border-color:{muted}; border-collapse:collapse">'
            "<tr>" + "".join(f"<th align='left'>{h}</th>" for h in FORMULATION_COLUMNS) + "</tr>"
        )
        for f in c.formulations:
            parts.append(
                f"<tr><td>{esc(f.stance)}</td><td>{esc(f.lang)}</td><td>{esc(f.text)}</td>"
                f"<td>{esc(f.source)}</td><td>{esc(f.note)}</td>"
                f"<td>{esc(STATUS_WORDS.get(f.status or '', 'not stated'))}</td>"
                f"<td>{_link(f.url)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f'<p style="color:{muted}"><i>None.</i></p>')
    if source is Source.OVERRIDE and shipped is not None:
        parts.append("<h3>The shipped clause it replaces (English)</h3>")
        parts.append(f"<p><b>{esc(shipped.title.en)}</b><br>{esc(shipped.model.en)}</p>")
    return "".join(parts)
