"""The ``drafter`` command line.

    drafter analyze DRAFT.docx [--json] [--stance contrary,weak]
    drafter report DRAFT.docx -o MEMO.{docx,pdf,csv} [--compare OLD.docx] [--stance contrary,weak]
    drafter compare OLD.docx NEW.docx [--json]
    drafter annotate DRAFT.docx -o OUT.docx [--comments-only | --track-changes] [--include-conforming]
    drafter gui [DRAFT.docx] [--self-test]  (also: drafter with no arguments)
    drafter library check [FILE.yaml...] [--report]

Every command takes --lang en|es|fr: the language of its help, messages and readable reports
(drafter.i18n says how it is chosen otherwise); the JSON output is the same in every language.

Problems with the user's input end with status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from drafter import __version__, i18n
from drafter.errors import DrafterError
from drafter.i18n import _, ngettext

if TYPE_CHECKING:  # the heavy modules load only when a command needs them
    from drafter.analysis import Judge
    from drafter.library.loader import Library
    from drafter.matching.engine import MatchSettings
    from drafter.model import Analysis, MissingCategory

EXIT_USAGE = 2


def _library_dirs(args: argparse.Namespace) -> list[Path]:
    from drafter.paths import user_library_dir

    dirs = [Path(d) for d in (args.library_dir or [])]
    if not args.no_user_library:
        dirs.insert(0, user_library_dir())
    return dirs


def _settings(args: argparse.Namespace) -> MatchSettings:
    from drafter.matching.engine import MatchSettings

    defaults = MatchSettings()
    return MatchSettings(
        topic_only_min=defaults.topic_only_min if args.topic_only_min is None else args.topic_only_min,
        contrary_resemblance_min=defaults.contrary_resemblance_min
        if args.contrary_resemblance_min is None
        else args.contrary_resemblance_min,
    )


@contextlib.contextmanager
def _no_cyclic_collection(args: argparse.Namespace) -> Iterator[None]:
    """Run a command without the cyclic garbage collector. A command lives a second or two
    and creates hundreds of thousands of small objects that die by reference counting; the
    collector's passes over the live ones cost about a seventh of an analysis. Restored after
    for callers that run commands in-process; a ``drafter`` process leaves it off until it
    exits, since turning it back on would make it walk every object once more."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled and args.in_process:
            gc.enable()


# A draft file at least this large may be long enough to judge in two processes: a second
# one is started before it is read (1,500 paragraphs of treaty text take about 80 KB).
HELPER_FROM_BYTES = 60_000


def _run_analysis(args: argparse.Namespace) -> tuple[Analysis, Library]:
    from drafter.document import load_draft
    from drafter.forking import can_hand_over
    from drafter.library.loader import load_library

    dirs = _library_dirs(args)
    exhaustive = getattr(args, "exhaustive", False)
    if not (can_hand_over() and _file_size(args.draft) >= HELPER_FROM_BYTES):
        from drafter.analysis import analyze

        draft = load_draft(args.draft)
        library = load_library(dirs)
        return analyze(draft, library, _settings(args), exhaustive=exhaustive), library
    from drafter.errors import DrafterError
    from drafter.ooxml.package import check_structure, inspect_package, structure_checked
    from drafter.sharing import SecondJudge

    def judge() -> Judge:  # the helper's
        from drafter.analysis import Judge

        return Judge(load_library(dirs), _settings(args), exhaustive)

    # A long draft is judged in two parts at once where a second process can run beside this
    # one (drafter.sharing). It is started now: while this one reads the draft, it checks the
    # file's structure (the longest check before reading), imports the analysis and loads the
    # library. The findings, and the errors, are the same as in one process.
    path = Path(args.draft)
    with SecondJudge(judge, first=lambda: check_structure(path)) as helper:
        try:
            draft = load_draft(path, structure=False)
        except DrafterError:
            inspect_package(path)  # what the structure check finds comes first, as when it runs first
            raise
        helper.hand_over(draft)
        from drafter.analysis import analyze  # (only now: the helper has its part)

        library = load_library(dirs)
        analysis = analyze(draft, library, _settings(args), exhaustive=exhaustive, helper=helper)
        checked = helper.first if isinstance(helper.first, tuple) else None
        if not structure_checked(path, checked):
            inspect_package(path)  # the helper could not say: checked here
        return analysis, library


def _file_size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:  # reading it will say what is wrong
        return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    with _no_cyclic_collection(args):
        analysis, library = _run_analysis(args)
    if args.json:
        data = analysis.to_json()
        if args.stance:
            data = _filter_json(data, args.stance)
        # dumps, not dump: dump encodes piece by piece in Python, dumps all at once in C.
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return 0
    print(render_report(analysis, library, args.stance))
    return 0


def _stances(value: str) -> frozenset[str]:
    """``--stance contrary,weak``: the stances to list."""
    from drafter.model import Stance

    chosen = {part.strip().lower() for part in value.split(",") if part.strip()}
    known = {s.value for s in Stance}
    unknown = sorted(chosen - known)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            _("unknown stance '{stance}' (use contrary, weak, conforms, separated by commas)").format(
                stance=", ".join(unknown) or value
            )
        )
    return frozenset(chosen)


def _filter_json(data: dict[str, object], stances: frozenset[str]) -> dict[str, object]:
    """The JSON findings of the chosen stances only; ``partial_findings`` renumbered to match."""
    findings = data["findings"]
    assert isinstance(findings, list)
    kept = [i for i, f in enumerate(findings) if f["stance"] in stances]
    new_index = {old: new for new, old in enumerate(kept)}
    missing = data["missing"]
    assert isinstance(missing, list)
    for m in missing:
        m["partial_findings"] = [new_index[i] for i in m["partial_findings"] if i in new_index]
    return {**data, "findings": [findings[i] for i in kept]}


def render_summary(analysis: Analysis, library: Library | None) -> list[str]:
    """Counts by stance (contrary first) and the missing categories, the amnesty ban first."""
    from drafter.model import Stance

    counts = {s: sum(1 for f in analysis.findings if f.stance is s) for s in Stance}
    contrary, weak, conforming = counts[Stance.CONTRARY], counts[Stance.WEAK], counts[Stance.CONFORMS]
    total = len(analysis.findings)
    out = [
        _("Summary: {contrary}, {weak}, {conforming} ({findings}).").format(
            contrary=ngettext("{n} contrary", "{n} contrary", contrary).format(n=contrary),
            weak=ngettext("{n} weak", "{n} weak", weak).format(n=weak),
            conforming=ngettext("{n} conforming", "{n} conforming", conforming).format(n=conforming),
            findings=ngettext("{n} finding", "{n} findings", total).format(n=total),
        )
    ]
    for m in sorted(analysis.missing, key=lambda m: m.category != "amnesty"):
        if m.category == "amnesty":
            out.append("  " + _("MISSING: no explicit amnesty prohibition."))
        else:
            out.append(
                "  "
                + _("Missing: no conforming clause on {category}.").format(
                    category=_category_title(library, m.category).lower()
                )
            )
    if not analysis.missing:
        out.append("  " + _("Every category has a conforming clause."))
    return out


def _category_title(library: Library | None, category: str) -> str:
    """A category's title in the interface language (the library's own titles)."""
    if library is not None and category in library.categories:
        return library.category_title(category, i18n.language())
    return category.replace("_", " ")


def _where(label: str, paragraph: int, footnote: bool) -> str:
    """A finding's place in the readable reports: its location label in the interface language,
    else its paragraph's number; in a footnote, said so."""
    from drafter.locations import display_label

    where = display_label(label) if label else _("paragraph {number}").format(number=paragraph + 1)
    return _("{place} (footnote)").format(place=where) if footnote else where


def _insertion_place(analysis: Analysis, missing: MissingCategory, library: Library | None) -> str:
    """Where a missing clause would go, in the interface language (``MissingCategory.place`` is
    English, for the JSON)."""
    if i18n.language() == "en":
        return missing.place
    from drafter.analysis import insertion_place
    from drafter.locations import display_label

    return insertion_place(analysis, missing, library, display_label)


def render_report(analysis: Analysis, library: Library, stances: frozenset[str] | None = None) -> str:
    import textwrap

    from drafter.model import Part, stance_name

    width = 100
    out: list[str] = []
    draft = analysis.draft
    out.append(
        _("Draft: {name} ({paragraphs}, language: {language})").format(
            name=Path(draft.path).name,
            paragraphs=ngettext("{n} paragraph", "{n} paragraphs", len(draft.paragraphs)).format(
                n=len(draft.paragraphs)
            ),
            language=analysis.language,
        )
    )
    out.append(
        _("Library: {version} ({clauses})").format(
            version=analysis.library_version,
            clauses=ngettext("{n} model clause", "{n} model clauses", analysis.library_clauses).format(
                n=analysis.library_clauses
            ),
        )
    )
    out.append("")
    out += render_summary(analysis, library)
    out.append("")
    shown = [f for f in analysis.findings if stances is None or f.stance.value in stances]
    if stances is None:
        out.append(_("Findings ({count})").format(count=len(analysis.findings)))
    else:
        chosen = [stance_name(s) for s in sorted(stances)]
        out.append(
            _("Findings: {stances} ({shown} of {total})").format(
                stances=", ".join(chosen), shown=len(shown), total=len(analysis.findings)
            )
        )
    if not shown:
        out.append("  " + _("None."))
    for f in shown:
        where = _where(f.label, f.paragraph, f.part is Part.FOOTNOTES)
        out.append(
            _("- {place} — {category} — {stance} (score {score})").format(
                place=where,
                category=_category_title(library, f.category),
                stance=stance_name(f.stance),
                score=f"{f.score:.0f}",
            )
        )
        out.append(textwrap.fill(f'"{f.text}"', width, initial_indent="    ", subsequent_indent="     "))
        if f.why or f.reasons:
            out.append(
                textwrap.fill(
                    _("Why: {why}").format(why=f.why or "; ".join(f.reasons[:3])),
                    width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
        out.append(
            textwrap.fill(
                _("Model {clause}; precedents: {precedents}").format(
                    clause=f.clause_id, precedents="; ".join(f.precedents)
                ),
                width,
                initial_indent="    ",
                subsequent_indent="      ",
            )
        )
        if f.suggestion:
            out.append(
                textwrap.fill(
                    _("Suggested wording: {wording}").format(wording=f.suggestion),
                    width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
    out.append("")
    out.append(_("What the draft lacks ({count})").format(count=len(analysis.missing)))
    if not analysis.missing:
        out.append("  " + _("Nothing: every category has a conforming clause."))
    for m in analysis.missing:
        head = (
            _("No explicit amnesty prohibition.")
            if m.category == "amnesty"
            else _("No conforming clause on {category}.").format(
                category=_category_title(library, m.category).lower()
            )
        )
        if m.partial_findings:
            head += " " + _("(The clauses found on this topic are weak or contrary.)")
        out.append(textwrap.fill(f"- {head}", width, subsequent_indent="  "))
        out.append(
            textwrap.fill(
                _("Suggested insertion {place}: {wording}").format(
                    place=_insertion_place(analysis, m, library), wording=m.suggestion
                ),
                width,
                initial_indent="    ",
                subsequent_indent="      ",
            )
        )
    return "\n".join(out)


def cmd_report(args: argparse.Namespace) -> int:
    from drafter.memo import build_memo
    from drafter.memo_files import check_memo_output, write_memo_csv, write_memo_docx
    from drafter.model import Stance

    output = Path(args.output)
    kind = check_memo_output(Path(args.draft), output)
    if args.compare:
        check_memo_output(Path(args.compare), output)
    comparison = None
    with _no_cyclic_collection(args):
        if args.compare:
            from drafter.compare import compare
            from drafter.library.loader import load_library
            from drafter.versions import analyse_versions

            library = load_library(_library_dirs(args))
            earlier, analysis = analyse_versions(args.compare, args.draft, library, _settings(args))
            comparison = compare(earlier, analysis, library.categories)
        else:
            analysis, library = _run_analysis(args)
    stances = {Stance(s) for s in args.stance} if args.stance else None
    memo = build_memo(analysis, library, comparison=comparison, stances=stances)
    if kind == ".pdf":
        from drafter.app.memo_print import write_memo_pdf

        write_memo_pdf(memo, output)
    elif kind == ".csv":
        write_memo_csv(memo, output)
    else:
        write_memo_docx(memo, output)
    findings = _count_findings(len(memo.findings))
    missing = _count_missing(len(analysis.missing))
    if args.compare:
        n = len(memo.changes or [])
        changes = ngettext("{n} change since {name}", "{n} changes since {name}", n).format(
            n=n, name=Path(args.compare).name
        )
        print(
            _("Wrote {path} ({findings}, {missing}, {changes}).").format(
                path=output, findings=findings, missing=missing, changes=changes
            )
        )
    else:
        print(
            _("Wrote {path} ({findings}, {missing}).").format(path=output, findings=findings, missing=missing)
        )
    return 0


def _count_findings(n: int) -> str:
    return ngettext("{n} finding", "{n} findings", n).format(n=n)


def _count_missing(n: int) -> str:
    return ngettext("{n} missing category", "{n} missing categories", n).format(n=n)


def cmd_compare(args: argparse.Namespace) -> int:
    from drafter.compare import compare, render_comparison
    from drafter.library.loader import load_library
    from drafter.versions import analyse_versions

    with _no_cyclic_collection(args):
        library = load_library(_library_dirs(args))
        earlier, later = analyse_versions(args.old, args.new, library, _settings(args))
        comparison = compare(earlier, later, library.categories)
    if args.json:
        sys.stdout.write(json.dumps(comparison.to_json(), ensure_ascii=False) + "\n")
        return 0
    titles = {c: library.category_title(c, i18n.language()) for c in library.categories}
    print(render_comparison(comparison, titles))
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from drafter.changes import Mode
    from drafter.export import ExportOptions, export_annotated
    from drafter.ooxml.package import inspect_package
    from drafter.ooxml.writer import check_output

    inspect_package(Path(args.draft))
    check_output(Path(args.draft), Path(args.output))
    with _no_cyclic_collection(args):
        analysis, library = _run_analysis(args)
        options = ExportOptions(
            author=args.author,
            initials=args.initials,
            mode=Mode.ALL if args.track_changes else Mode.COMMENTS,
            include_conforming=args.include_conforming,
        )
        out = export_annotated(analysis, library, args.output, options=options)
    findings = _count_findings(len(analysis.findings))
    missing = _count_missing(len(analysis.missing))
    if args.track_changes:
        said = _("Wrote {path} ({findings}, {missing}, suggestions as tracked changes).")
    else:
        said = _("Wrote {path} ({findings}, {missing}, comments only).")
    print(said.format(path=out, findings=findings, missing=missing))
    return 0


def cmd_library_check(args: argparse.Namespace) -> int:
    from drafter.library.loader import check_file, load_library

    for f in args.files:
        print(check_file(f))
    if not args.files or args.report:
        lib = load_library(_library_dirs(args))
        if not args.files:
            print(
                ngettext(
                    "Library {version}: {clauses} in {n} category are valid.",
                    "Library {version}: {clauses} in {n} categories are valid.",
                    len(lib.categories),
                ).format(
                    version=lib.version,
                    clauses=ngettext("{n} clause", "{n} clauses", lib.clause_count).format(
                        n=lib.clause_count
                    ),
                    n=len(lib.categories),
                )
            )
        if args.report:
            print(render_library_report(lib))
    return 0


FORMULATION_STATUSES = ("verbatim", "official_version", "own_rendering", "typical")
PRECEDENT_STATUSES = ("verbatim", "official_version", "cited")
UNCHECKED = "(none)"  # a delegation's own clause may leave the status out


def render_library_report(library: Library) -> str:
    """Per category, how far the library's texts and citations were checked: formulations and
    precedents counted by verification status, and every formulation that names no source
    (or whose verbatim text gives no address)."""
    import re

    recalled = re.compile(r"\bas recalled\b", re.IGNORECASE)
    f_cols = (*FORMULATION_STATUSES, UNCHECKED)
    p_cols = (*PRECEDENT_STATUSES, UNCHECKED)
    import textwrap

    out = [
        _("Provenance report: {name} {version}").format(name=library.name, version=library.version),
        "",
        *textwrap.wrap(
            _(
                "Formulations by verification status (the values of the field 'status' in the library's "
                "files): verbatim = word for word from the official text (with its address); "
                "official_version = from an official language version; own_rendering = the project's own "
                "rendering of the cited provision; typical = typical negotiating wording."
            ),
            100,
        ),
        *textwrap.wrap(
            _(
                "Precedents: verbatim / official_version = checked against the text at its address; "
                "cited = not checked here."
            ),
            100,
        ),
        "",
    ]
    category, total, every = _("category"), _("total"), _("all")
    none = _("(none)")

    def column(status: str) -> str:
        return none if status == UNCHECKED else status

    header = f"{category:<26}" + "".join(f"{column(c):>17}" for c in f_cols) + f"{total:>7}"
    out.append(header)
    problems: list[str] = []
    totals = dict.fromkeys(f_cols, 0)
    p_totals = dict.fromkeys(p_cols, 0)
    p_rows: list[str] = []
    for cat in library.categories.values():
        counts = dict.fromkeys(f_cols, 0)
        p_counts = dict.fromkeys(p_cols, 0)
        for rec in cat.clauses:
            for p in rec.clause.precedents:
                p_counts[p.status or UNCHECKED] += 1
            for f in rec.clause.formulations:
                status = f.status or UNCHECKED
                counts[status] += 1
                where = f"  {rec.id} [{f.lang}, {f.stance}] {f.text[:70]}"
                if not f.source:
                    problems.append(_("{formulation}: no source").format(formulation=where))
                elif status in ("verbatim", "official_version") and not f.url:
                    problems.append(
                        _("{formulation}: {status} without the address of the official text").format(
                            formulation=where, status=status
                        )
                    )
                elif status == UNCHECKED:
                    problems.append(_("{formulation}: no verification status").format(formulation=where))
                if recalled.search(f"{f.source or ''} {f.note or ''}"):
                    problems.append(_("{formulation}: 'as recalled'").format(formulation=where))
        for k in f_cols:
            totals[k] += counts[k]
        for k in p_cols:
            p_totals[k] += p_counts[k]
        out.append(
            f"{cat.id:<26}" + "".join(f"{counts[c]:>17}" for c in f_cols) + f"{sum(counts.values()):>7}"
        )
        p_rows.append(
            f"{cat.id:<26}" + "".join(f"{p_counts[c]:>17}" for c in p_cols) + f"{sum(p_counts.values()):>7}"
        )
    out.append(f"{every:<26}" + "".join(f"{totals[c]:>17}" for c in f_cols) + f"{sum(totals.values()):>7}")
    precedents = _("precedents")
    out += ["", f"{precedents:<26}" + "".join(f"{column(c):>17}" for c in p_cols) + f"{total:>7}", *p_rows]
    out.append(
        f"{every:<26}" + "".join(f"{p_totals[c]:>17}" for c in p_cols) + f"{sum(p_totals.values()):>7}"
    )
    out.append("")
    if problems:
        out.append(_("Formulations without a source or an address ({count}):").format(count=len(problems)))
        out += problems
    else:
        out.append(_("Every formulation names its source; no text is marked 'as recalled'."))
    return "\n".join(out)


def cmd_gui(args: argparse.Namespace) -> int:
    from drafter.app.main import run_app

    return run_app(args.draft, self_test=args.self_test)


COMMANDS = ("analyze", "report", "compare", "annotate", "gui", "library")


def _translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its error messages) in the interface language:
    argparse looks them up with its module's ``_`` and ``ngettext`` (gettext's), at each use;
    they are in Drafter's catalogues (``ARGPARSE_MESSAGES``)."""
    argparse._ = i18n.gettext  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


# argparse's messages a user of Drafter may meet (Python 3.11 to 3.13), for the catalogues.
ARGPARSE_MESSAGES = (
    i18n.N_("usage: "),
    i18n.N_("positional arguments"),
    i18n.N_("options"),
    i18n.N_("show this help message and exit"),
    i18n.N_("argument %(argument_name)s: %(message)s"),
    i18n.N_("%(prog)s: error: %(message)s\n"),
    i18n.N_("the following arguments are required: %s"),
    i18n.N_("one of the arguments %s is required"),
    i18n.N_("unrecognized arguments: %s"),
    i18n.N_("not allowed with argument %s"),
    i18n.N_("ignored explicit argument %r"),
    i18n.N_("expected one argument"),
    i18n.N_("expected at most one argument"),
    i18n.N_("expected at least one argument"),
    i18n.N_("ambiguous option: %(option)s could match %(matches)s"),
    i18n.N_("unexpected option string: %s"),
    i18n.N_("invalid %(type)s value: %(value)r"),
    i18n.N_("invalid choice: %(value)r (choose from %(choices)s)"),
    i18n.N_("invalid choice: %(value)r, maybe you meant %(closest)r?"),
    i18n.N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    i18n.N_("option '%(option)s' is deprecated"),
    i18n.N_("command '%(parser_name)s' is deprecated"),
)


def _lang_argument(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the arguments (read before the parser is built: its help
    is in that language)."""
    for i, arg in enumerate(arguments):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(arguments):
            return arguments[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only``, just that command's options (argparse builds every
    subcommand up front, at a few milliseconds each, and most runs use one). Its words are in the
    interface language, as it is when the parser is built."""
    _translate_argparse()

    def wanted(command: str) -> bool:
        return only is None or only == command

    def lang_option(p: argparse.ArgumentParser) -> None:
        # SUPPRESS: a command's default does not undo a --lang given before the command (main
        # reads --lang from the arguments themselves).
        p.add_argument(
            "--lang",
            choices=i18n.LANGUAGES,
            default=argparse.SUPPRESS,
            help=_(
                "the language of messages and reports: en (English), es (Spanish), fr (French); "
                "by default DRAFTER_LANGUAGE, else the app's setting, else the system's"
            ),
        )

    parser = argparse.ArgumentParser(
        prog="drafter",
        # all of them, whichever are built
        usage=f"%(prog)s [-h] [--version] [--lang {{{','.join(i18n.LANGUAGES)}}}] {{{','.join(COMMANDS)}}} ...",
        description=_("Checks treaty drafts for amnesties and other measures of impunity (offline)."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"drafter {__version__}",
        help=_("show the version number and exit"),
    )
    lang_option(parser)
    # (prog: each command's usage line starts "drafter COMMAND", not with the usage above.)
    sub = parser.add_subparsers(dest="command", prog="drafter", metavar="{" + ",".join(COMMANDS) + "}")
    draft_name = _("draft")

    def library_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--library-dir",
            action="append",
            metavar=_("DIR"),
            help=_("a folder of your own clauses (repeatable)"),
        )
        p.add_argument(
            "--no-user-library", action="store_true", help=_("ignore the clauses saved in the app")
        )
        p.add_argument(
            "--topic-only-min",
            type=float,
            metavar="N",
            help=_("similarity a clause without safeguard words needs (0-100)"),
        )
        p.add_argument(
            "--contrary-resemblance-min",
            type=float,
            metavar="N",
            help=_(
                "similarity to a pro-impunity wording that makes a clause with safeguard words weak (0-100)"
            ),
        )

    def stance_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--stance",
            type=_stances,
            metavar=_("LIST"),
            help=_("list only findings of these stances, e.g. contrary,weak (the summary counts them all)"),
        )

    if wanted("analyze"):
        p = sub.add_parser(
            "analyze",
            help=_("find and judge the impunity clauses of a draft"),
            description=_(
                "Find the clauses of a draft on amnesties and other measures of impunity, say whether "
                "each conforms to the model clause, is weak or is contrary, and what the draft lacks."
            ),
        )
        p.add_argument("draft", metavar=draft_name, help=_("the .docx draft"))
        p.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
        stance_option(p)
        p.add_argument("--exhaustive", action="store_true", help=argparse.SUPPRESS)
        library_options(p)
        lang_option(p)
        p.set_defaults(func=cmd_analyze)

    if wanted("report"):
        p = sub.add_parser(
            "report",
            help=_("write a findings memo (.docx, .pdf or .csv) in the draft's language"),
            description=_(
                "Write a findings memo for the head of delegation: the summary, what the draft "
                "lacks and the findings in draft order, in the draft's language."
            ),
        )
        p.add_argument("draft", metavar=draft_name, help=_("the .docx draft (never modified)"))
        p.add_argument(
            "-o",
            "--output",
            required=True,
            metavar=_("MEMO"),
            help=_("the memo to write: MEMO.docx, MEMO.pdf or MEMO.csv"),
        )
        p.add_argument(
            "--compare",
            metavar=_("OLD"),
            help=_("an earlier version of the draft: the memo also says what changed since"),
        )
        stance_option(p)
        library_options(p)
        lang_option(p)
        p.set_defaults(func=cmd_report)

    if wanted("compare"):
        p = sub.add_parser(
            "compare",
            help=_("compare two versions of a draft by stance"),
            description=_(
                "Align the impunity clauses of two versions of a draft and say, per category, "
                "which were added, removed, strengthened, weakened or only reworded, and whether the "
                "explicit amnesty prohibition appeared or disappeared."
            ),
        )
        p.add_argument("old", metavar=_("old"), help=_("the earlier version (.docx)"))
        p.add_argument("new", metavar=_("new"), help=_("the later version (.docx)"))
        p.add_argument("--json", action="store_true", help=_("print machine-readable JSON (see the README)"))
        library_options(p)
        lang_option(p)
        p.set_defaults(func=cmd_compare)

    if wanted("annotate"):
        p = sub.add_parser(
            "annotate",
            help=_("write an annotated copy with highlights and comments"),
            description=_(
                "Write a copy of the draft with its impunity clauses highlighted and commented in Word "
                "comments, in the draft's language; the draft itself is never modified."
            ),
        )
        p.add_argument("draft", metavar=draft_name, help=_("the .docx draft (never modified)"))
        p.add_argument(
            "-o", "--output", required=True, metavar=_("OUTPUT"), help=_("the annotated .docx to write")
        )
        what = p.add_mutually_exclusive_group()
        what.add_argument(
            "--comments-only",
            action="store_true",
            help=_("highlights and comments only, the draft's words untouched (the default)"),
        )
        what.add_argument(
            "--track-changes",
            action="store_true",
            help=_(
                "also apply each operative clause's suggestion and each missing clause as tracked changes"
            ),
        )
        p.add_argument(
            "--include-conforming",
            action="store_true",
            help=_("also highlight and comment the clauses that conform (left unmarked by default)"),
        )
        p.add_argument(
            "--author",
            default="Drafter",
            metavar=_("AUTHOR"),
            help=_("author of comments and changes (default: Drafter)"),
        )
        p.add_argument(
            "--initials", default="DR", metavar=_("INITIALS"), help=_("initials of the author (default: DR)")
        )
        library_options(p)
        lang_option(p)
        p.set_defaults(func=cmd_annotate)

    if wanted("gui"):
        p = sub.add_parser(
            "gui",
            help=_("open the desktop app"),
            description=_("Open the desktop app, on a draft if one is given."),
        )
        p.add_argument(
            "draft",
            nargs="?",
            metavar=draft_name,
            help=_("a .docx draft (default: the bundled sample draft)"),
        )
        p.add_argument(
            "--self-test",
            action="store_true",
            help=_("open the window, wait for the analysis, print what it found and quit (0 if it worked)"),
        )
        lang_option(p)
        p.set_defaults(func=cmd_gui)

    if wanted("library"):
        p = sub.add_parser(
            "library",
            help=_("work with the clause library"),
            description=_("Work with the clause library."),
        )
        lang_option(p)
        lib_sub = p.add_subparsers(dest="library_command", required=True)
        q = lib_sub.add_parser(
            "check",
            help=_("validate library files (or the whole library)"),
            description=_("Validate library files, or the whole library with the clauses saved in the app."),
        )
        q.add_argument(
            "files",
            nargs="*",
            metavar=_("FILE.yaml"),
            help=_("library files to check (default: the whole library)"),
        )
        q.add_argument(
            "--report",
            action="store_true",
            help=_(
                "per category, the formulations and precedents by verification status, and any without a source"
            ),
        )
        library_options(q)
        lang_option(q)
        q.set_defaults(func=cmd_library_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    in_process = argv is not None  # called with arguments, as tests do; not the program
    chosen = _lang_argument(arguments)
    before = i18n.language() if in_process else None
    if chosen is not None:
        i18n.set_language(chosen)
    try:
        command = arguments[0] if arguments and arguments[0] in COMMANDS else None
        parser = build_parser(command)
        args = parser.parse_args(arguments)
        if args.command is None:
            args = parser.parse_args(["gui"])
        args.in_process = in_process
        code = _run(args)
    finally:
        if before is not None:
            i18n.set_language(before)  # a caller in this process keeps its language
    if not args.in_process and args.command != "gui":
        _leave(code)
    return code


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except DrafterError as exc:
        print(_("drafter: error: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(_("drafter: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        print(
            _(
                "drafter: internal error ({error}). Please report it (set DRAFTER_DEBUG=1 for details)."
            ).format(error=exc),
            file=sys.stderr,
        )
        return 1


def _leave(code: int) -> NoReturn:
    """End a command-line process as soon as its output is out. Python's own exit would
    collect and free, one by one, every object the command leaves behind (the compiled
    library, the draft): about a tenth of an analysis, for memory the system takes back at
    once. Files a command writes are closed before it returns; only the standard streams are
    still buffered. (The app is left alone: Qt saves settings as it shuts down.)"""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader stopped reading ("drafter analyze ... | head"): not an error
    except OSError as exc:
        with contextlib.suppress(OSError):
            print(_("drafter: error: cannot write the output: {error}").format(error=exc), file=sys.stderr)
        code = code or 1
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
