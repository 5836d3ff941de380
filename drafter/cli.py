"""The ``drafter`` command line.

    drafter analyze DRAFT.docx [--json]
    drafter annotate DRAFT.docx -o OUT.docx [--comments-only | --track-changes] [--include-conforming]
    drafter gui [DRAFT.docx]            (also: drafter with no arguments)
    drafter library check [FILE.yaml...] [--report]

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

from drafter import __version__
from drafter.errors import DrafterError

if TYPE_CHECKING:  # the heavy modules load only when a command needs them
    from drafter.library.loader import Library
    from drafter.matching.engine import MatchSettings
    from drafter.model import Analysis

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


def _run_analysis(args: argparse.Namespace) -> tuple[Analysis, Library]:
    from drafter.analysis import analyze
    from drafter.document import load_draft
    from drafter.library.loader import load_library

    draft = load_draft(args.draft)
    library = load_library(_library_dirs(args))
    return analyze(draft, library, _settings(args), exhaustive=getattr(args, "exhaustive", False)), library


def cmd_analyze(args: argparse.Namespace) -> int:
    with _no_cyclic_collection(args):
        analysis, library = _run_analysis(args)
    if args.json:
        # dumps, not dump: dump encodes piece by piece in Python, dumps all at once in C.
        sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
        return 0
    print(render_report(analysis, library))
    return 0


def render_report(analysis: Analysis, library: Library) -> str:
    import textwrap

    from drafter.export import STANCE_WORDS, category_title

    width = 100
    out: list[str] = []
    draft = analysis.draft
    out.append(
        f"Draft: {Path(draft.path).name} ({len(draft.paragraphs)} paragraphs, language: {analysis.language})"
    )
    out.append(f"Library: {analysis.library_version} ({analysis.library_clauses} model clauses)")
    out.append("")
    out.append(f"Findings ({len(analysis.findings)})")
    if not analysis.findings:
        out.append("  None.")
    for f in analysis.findings:
        where = f.label or f"paragraph {f.paragraph + 1}"
        if f.part.value == "footnotes":
            where = f"{where} (footnote)"
        out.append(
            f"- {where} — {category_title(library, f.category)} — {STANCE_WORDS[f.stance]} (score {f.score:.0f})"
        )
        out.append(textwrap.fill(f'"{f.text}"', width, initial_indent="    ", subsequent_indent="     "))
        if f.why or f.reasons:
            out.append(
                textwrap.fill(
                    "Why: " + (f.why or "; ".join(f.reasons[:3])),
                    width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
        out.append(f"    Model {f.clause_id}; precedents: {'; '.join(f.precedents)}")
        if f.suggestion:
            out.append(
                textwrap.fill(
                    "Suggested wording: " + f.suggestion,
                    width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
    out.append("")
    out.append(f"What the draft lacks ({len(analysis.missing)})")
    if not analysis.missing:
        out.append("  Nothing: every category has a conforming clause.")
    for m in analysis.missing:
        head = (
            "No explicit amnesty prohibition."
            if m.category == "amnesty"
            else f"No conforming clause on {category_title(library, m.category).lower()}."
        )
        if m.partial_findings:
            head += " (The clauses found on this topic are weak or contrary.)"
        out.append(f"- {head}")
        out.append(
            textwrap.fill(
                f"Suggested insertion {m.place}: {m.suggestion}",
                width,
                initial_indent="    ",
                subsequent_indent="      ",
            )
        )
    return "\n".join(out)


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
    print(
        f"Wrote {out} ({len(analysis.findings)} findings, {len(analysis.missing)} missing categories"
        f"{', suggestions as tracked changes' if args.track_changes else ', comments only'})."
    )
    return 0


def cmd_library_check(args: argparse.Namespace) -> int:
    from drafter.library.loader import check_file, load_library

    for f in args.files:
        print(check_file(f))
    if not args.files or args.report:
        lib = load_library(_library_dirs(args))
        if not args.files:
            print(
                f"Library {lib.version}: {lib.clause_count} clauses in {len(lib.categories)} categories are valid."
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
    out = [
        f"Provenance report: {library.name} {library.version}",
        "",
        "Formulations by verification status: verbatim = word for word from the official text (with its",
        "address); official_version = from an official language version; own_rendering = the project's",
        "own rendering of the cited provision; typical = typical negotiating wording.",
        "Precedents: verbatim / official_version = checked against the text at its address; cited = not checked here.",
        "",
    ]
    header = f"{'category':<26}" + "".join(f"{c:>17}" for c in f_cols) + f"{'total':>7}"
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
                    problems.append(f"{where}: no source")
                elif status in ("verbatim", "official_version") and not f.url:
                    problems.append(f"{where}: {status} without the address of the official text")
                elif status == UNCHECKED:
                    problems.append(f"{where}: no verification status")
                if recalled.search(f"{f.source or ''} {f.note or ''}"):
                    problems.append(f"{where}: 'as recalled'")
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
    out.append(f"{'all':<26}" + "".join(f"{totals[c]:>17}" for c in f_cols) + f"{sum(totals.values()):>7}")
    out += ["", f"{'precedents':<26}" + "".join(f"{c:>17}" for c in p_cols) + f"{'total':>7}", *p_rows]
    out.append(
        f"{'all':<26}" + "".join(f"{p_totals[c]:>17}" for c in p_cols) + f"{sum(p_totals.values()):>7}"
    )
    out.append("")
    if problems:
        out.append(f"Formulations without a source or an address ({len(problems)}):")
        out += problems
    else:
        out.append("Every formulation names its source; no text is marked 'as recalled'.")
    return "\n".join(out)


def cmd_gui(args: argparse.Namespace) -> int:
    from drafter.app.main import run_app

    return run_app(args.draft)


COMMANDS = ("analyze", "annotate", "gui", "library")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only``, just that command's options (argparse builds every
    subcommand up front, at a few milliseconds each, and most runs use one)."""

    def wanted(command: str) -> bool:
        return only is None or only == command

    parser = argparse.ArgumentParser(
        prog="drafter",
        usage=f"%(prog)s [-h] [--version] {{{','.join(COMMANDS)}}} ...",  # all of them, whichever are built
        description="Checks treaty drafts for amnesties and other measures of impunity (offline).",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command")

    def library_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--library-dir", action="append", metavar="DIR", help="a folder of your own clauses (repeatable)"
        )
        p.add_argument("--no-user-library", action="store_true", help="ignore the clauses saved in the app")
        p.add_argument(
            "--topic-only-min", type=float, help="similarity a clause without safeguard words needs (0-100)"
        )
        p.add_argument(
            "--contrary-resemblance-min",
            type=float,
            help="similarity to a pro-impunity wording that makes a clause with safeguard words weak (0-100)",
        )

    if wanted("analyze"):
        p = sub.add_parser("analyze", help="find and judge the impunity clauses of a draft")
        p.add_argument("draft", help="the .docx draft")
        p.add_argument("--json", action="store_true", help="print machine-readable JSON")
        p.add_argument("--exhaustive", action="store_true", help=argparse.SUPPRESS)
        library_options(p)
        p.set_defaults(func=cmd_analyze)

    if wanted("annotate"):
        p = sub.add_parser("annotate", help="write an annotated copy with highlights and comments")
        p.add_argument("draft", help="the .docx draft (never modified)")
        p.add_argument("-o", "--output", required=True, help="the annotated .docx to write")
        what = p.add_mutually_exclusive_group()
        what.add_argument(
            "--comments-only",
            action="store_true",
            help="highlights and comments only, the draft's words untouched (the default)",
        )
        what.add_argument(
            "--track-changes",
            action="store_true",
            help="also apply each operative clause's suggestion and each missing clause as tracked changes",
        )
        p.add_argument(
            "--include-conforming",
            action="store_true",
            help="also highlight and comment the clauses that conform (left unmarked by default)",
        )
        p.add_argument(
            "--author", default="Drafter", help="author of comments and changes (default: Drafter)"
        )
        p.add_argument("--initials", default="DR", help="initials of the author (default: DR)")
        library_options(p)
        p.set_defaults(func=cmd_annotate)

    if wanted("gui"):
        p = sub.add_parser("gui", help="open the desktop app")
        p.add_argument("draft", nargs="?", help="a .docx draft (default: the bundled sample draft)")
        p.set_defaults(func=cmd_gui)

    if wanted("library"):
        p = sub.add_parser("library", help="work with the clause library")
        lib_sub = p.add_subparsers(dest="library_command", required=True)
        q = lib_sub.add_parser("check", help="validate library files (or the whole library)")
        q.add_argument("files", nargs="*")
        q.add_argument(
            "--report",
            action="store_true",
            help="per category, the formulations and precedents by verification status, and any without a source",
        )
        library_options(q)
        q.set_defaults(func=cmd_library_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = arguments[0] if arguments and arguments[0] in COMMANDS else None
    parser = build_parser(command)
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args(["gui"])
    args.in_process = argv is not None  # called with arguments, as tests do; not the program
    code = _run(args)
    if not args.in_process and args.command != "gui":
        _leave(code)
    return code


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except DrafterError as exc:
        print(f"drafter: error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        print(
            f"drafter: internal error ({exc}). Please report it (set DRAFTER_DEBUG=1 for details).",
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
            print(f"drafter: error: cannot write the output: {exc}", file=sys.stderr)
        code = code or 1
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
