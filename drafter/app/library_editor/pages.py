"""What the editor shows of a category or a clause, in every language, as HTML (read-only)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from drafter import i18n
from drafter.app.language import QT_TRANSLATE_NOOP
from drafter.app.library_editor.clauses import source_text
from drafter.app.library_editor.form import FORMULATION_COLUMNS, TEXT_FIELDS, column_label, field_label
from drafter.library.loader import ClauseRecord, Library
from drafter.library.schema import Clause
from drafter.library.sources import Source

STATUS_WORDS = {
    "verbatim": QT_TRANSLATE_NOOP("LibraryPages", "verbatim from the official text"),
    "official_version": QT_TRANSLATE_NOOP("LibraryPages", "official language version"),
    "own_rendering": QT_TRANSLATE_NOOP("LibraryPages", "the project's own rendering"),
    "typical": QT_TRANSLATE_NOOP("LibraryPages", "typical negotiating wording"),
    "cited": QT_TRANSLATE_NOOP("LibraryPages", "cited, not checked against the text"),
}


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP or translate, context LibraryPages) translated."""
    return QCoreApplication.translate("LibraryPages", text)


def _provenance(status: str | None, url: str | None, muted: str) -> str:
    """ " — checked against the official text (address)" after a precedent."""
    words = _tr(STATUS_WORDS.get(status or "", QT_TRANSLATE_NOOP("LibraryPages", "verification not stated")))
    return f' <span style="color:{muted}">— {esc(words)}</span>{" " + _link(url) if url else ""}'


def _link(url: str | None) -> str:
    return f'<a href="{html.escape(url)}">{esc(url)}</a>' if url else ""


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def category_html(library: Library, cid: str) -> str:
    cat = library.categories[cid]
    spec = cat.spec
    parts = [f"<h2>{esc(library.category_title(cid, i18n.language()))}</h2>"]
    for lang, language in library.languages.items():
        if spec.description.has(lang):
            parts.append(f"<p><b>{esc(language.name)}.</b> {esc(spec.description.own(lang))}</p>")
    count = QCoreApplication.translate(
        "LibraryPages", "Clauses in this category: {n}. Select one to see it, or press New clause to add one."
    ).format(n=len(cat.clauses))
    parts.append(f"<p>{esc(count)}</p>")
    return "".join(parts)


def clause_html(
    library: Library, rec: ClauseRecord, source: Source, shipped: Clause | None, dark: bool
) -> str:
    """The clause in every language; ``shipped``: the shipped clause an override replaces."""
    c = rec.clause
    muted = "#A8A8A8" if dark else "#5A5A5A"
    banner_bg, banner_fg = ("#2E4A2E", "#E8F5E8") if dark else ("#E6F4E6", "#1B4D1B")
    category = library.category_title(rec.category, i18n.language())
    parts = [f"<h2>{esc(c.id)} — {esc(c.title.get(i18n.language()))}</h2>"]
    about = (
        QCoreApplication.translate("LibraryPages", "Your clause.")
        if source is Source.OVERRIDE
        else source_text(rec, source)
    )
    parts.append(f'<p style="color:{muted}">{esc(category)} · {esc(about)}</p>')
    if source is Source.OVERRIDE:
        parts.append(
            f'<table width="100%" cellpadding="6" style="background:{banner_bg}; color:{banner_fg}"><tr><td>'
            + QCoreApplication.translate(
                "LibraryPages",
                "<b>Your version replaces the shipped clause</b> in every analysis. "
                "Delete it to use the shipped clause again.",
            )
            + "</td></tr></table>"
        )
    for lang, language in library.languages.items():
        parts.append(f"<h3>{esc(language.name)}</h3>")
        if not c.model.has(lang) and not c.title.has(lang):
            none = QCoreApplication.translate("LibraryPages", "No text in {language}; English is used.")
            parts.append(f'<p style="color:{muted}"><i>{esc(none.format(language=language.name))}</i></p>')
            continue
        for key, label in TEXT_FIELDS:
            value = getattr(c, key).own(lang)
            fallback = QCoreApplication.translate("LibraryPages", "(none; English is used)")
            shown = esc(value) if value else f'<i style="color:{muted}">{esc(fallback)}</i>'
            parts.append(f"<p><b>{esc(field_label(label))}</b><br>{shown}</p>")
    precedents = QCoreApplication.translate("LibraryPages", "Precedents")
    parts.append(f"<h3>{esc(precedents)}</h3><ul>")
    parts += [
        f"<li>{esc(p.instrument)}, {esc(p.article)}{_provenance(p.status, p.url, muted)}</li>"
        for p in c.precedents
    ]
    parts.append("</ul>")
    formulations = QCoreApplication.translate("LibraryPages", "Formulations")
    parts.append(f"<h3>{esc(formulations)}</h3>")
    if c.formulations:
        parts.append(
            '<table cellspacing="0" cellpadding="4" border="1" width="100%" '
            f'style="border-color:{muted}; border-collapse:collapse">'
            "<tr>"
            + "".join(f"<th align='left'>{esc(column_label(h))}</th>" for h in FORMULATION_COLUMNS)
            + "</tr>"
        )
        not_stated = QT_TRANSLATE_NOOP("LibraryPages", "not stated")
        for f in c.formulations:
            parts.append(
                f"<tr><td>{esc(f.stance)}</td><td>{esc(f.lang)}</td><td>{esc(f.text)}</td>"
                f"<td>{esc(f.source)}</td><td>{esc(f.note)}</td>"
                f"<td>{esc(_tr(STATUS_WORDS.get(f.status or '', not_stated)))}</td>"
                f"<td>{_link(f.url)}</td></tr>"
            )
        parts.append("</table>")
    else:
        none = QCoreApplication.translate("LibraryPages", "None.")
        parts.append(f'<p style="color:{muted}"><i>{esc(none)}</i></p>')
    if source is Source.OVERRIDE and shipped is not None:
        replaced = QCoreApplication.translate("LibraryPages", "The shipped clause it replaces (English)")
        parts.append(f"<h3>{esc(replaced)}</h3>")
        parts.append(f"<p><b>{esc(shipped.title.en)}</b><br>{esc(shipped.model.en)}</p>")
    return "".join(parts)
