"""The ``drafter`` command line.

    drafter analyze DRAFT.docx [--json] [--stance contrary,weak]
    drafter report DRAFT.docx -o MEMO.{docx,pdf,csv} [--compare OLD.docx] [--stance contrary,weak]
    drafter compare OLD.docx NEW.docx [--json]
    drafter annotate DRAFT.docx -o OUT.docx [--comments-only | --track-changes] [--include-conforming]
    drafter gui [DRAFT.docx] [--self-test]  (also: drafter with no arguments)
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
    # A long draft is judged in two halves at once where a second process can run beside this
    # one (drafter.forking); the findings are the same.
    exhaustive = getattr(args, "exhaustive", False)
    return analyze(draft, library, _settings(args), exhaustive=exhaustive, split=True), library


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
            f"unknown stance '{', '.join(unknown) or value}' (use contrary, weak, conforms, separated by commas)"
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
    from drafter.export import category_title
    from drafter.model import Stance

    counts = {s: sum(1 for f in analysis.findings if f.stance is s) for s in Stance}
    out = [
        f"Summary: {counts[Stance.CONTRARY]} contrary, {counts[Stance.WEAK]} weak, "
        f"{counts[Stance.CONFORMS]} conforming ({len(analysis.findings)} findings)."
    ]
    for m in sorted(analysis.missing, key=lambda m: m.category != "amnesty"):
        if m.category == "amnesty":
            out.append("  MISSING: no explicit amnesty prohibition.")
        else:
            out.append(f"  Missing: no conforming clause on {category_title(library, m.category).lower()}.")
    if not analysis.missing:
        out.append("  Every category has a conforming clause.")
    return out


def render_report(analysis: Analysis, library: Library, stances: frozenset[str] | None = None) -> str:
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
    out += render_summary(analysis, library)
    out.append("")
    shown = [f for f in analysis.findings if stances is None or f.stance.value in stances]
    if stances is None:
        out.append(f"Findings ({len(analysis.findings)})")
    else:
        out.append(f"Findings: {', '.join(sorted(stances))} ({len(shown)} of {len(analysis.findings)})")
    if not shown:
        out.append("  None.")
    for f in shown:
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
        out.append(
            textwrap.fill(
                f"Model {f.clause_id}; precedents: {'; '.join(f.precedents)}",
                width,
                initial_indent="    ",
                subsequent_indent="      ",
            )
        )
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
        out.append(textwrap.fill(f"- {head}", width, subsequent_indent="  "))
        out.append(
            textwrap.fill(
                f"Suggested insertion {m.place}: {m.suggestion}",
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
    print(
        f"Wrote {output} ({len(memo.findings)} findings, {len(analysis.missing)} missing categories"
        f"{f', {len(memo.changes or [])} changes since {Path(args.compare).name}' if args.compare else ''})."
    )
    return 0


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
    titles = {c: library.category_title(c) for c in library.categories}
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

    return run_app(args.draft, self_test=args.self_test)


COMMANDS = ("analyze", "report", "compare", "annotate", "gui", "library")


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
    # (prog: each command's usage line starts "drafter COMMAND", not with the usage above.)
    sub = parser.add_subparsers(dest="command", prog="drafter", metavar="{" + ",".join(COMMANDS) + "}")

    def library_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--library-dir", action="append", metavar="DIR", help="a folder of your own clauses (repeatable)"
        )
        p.add_argument("--no-user-library", action="store_true", help="ignore the clauses saved in the app")
        p.add_argument(
            "--topic-only-min",
            type=float,
            metavar="N",
            help="similarity a clause without safeguard words needs (0-100)",
        )
        p.add_argument(
            "--contrary-resemblance-min",
            type=float,
            metavar="N",
            help="similarity to a pro-impunity wording that makes a clause with safeguard words weak (0-100)",
        )

    def stance_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--stance",
            type=_stances,
            metavar="LIST",
            help="list only findings of these stances, e.g. contrary,weak (the summary counts them all)",
        )

    if wanted("analyze"):
        p = sub.add_parser("analyze", help="find and judge the impunity clauses of a draft")
        p.add_argument("draft", help="the .docx draft")
        p.add_argument("--json", action="store_true", help="print machine-readable JSON")
        stance_option(p)
        p.add_argument("--exhaustive", action="store_true", help=argparse.SUPPRESS)
        library_options(p)
        p.set_defaults(func=cmd_analyze)

    if wanted("report"):
        p = sub.add_parser(
            "report",
            help="write a findings memo (.docx, .pdf or .csv) in the draft's language",
            description="Write a findings memo for the head of delegation: the summary, what the draft "
            "lacks and the findings in draft order, in the draft's language.",
        )
        p.add_argument("draft", help="the .docx draft (never modified)")
        p.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="MEMO",
            help="the memo to write: MEMO.docx, MEMO.pdf or MEMO.csv",
        )
        p.add_argument(
            "--compare",
            metavar="OLD",
            help="an earlier version of the draft: the memo also says what changed since",
        )
        stance_option(p)
        library_options(p)
        p.set_defaults(func=cmd_report)

    if wanted("compare"):
        p = sub.add_parser(
            "compare",
            help="compare two versions of a draft by stance",
            description="Align the impunity clauses of two versions of a draft and say, per category, "
            "which were added, removed, strengthened, weakened or only reworded, and whether the "
            "explicit amnesty prohibition appeared or disappeared.",
        )
        p.add_argument("old", help="the earlier version (.docx)")
        p.add_argument("new", help="the later version (.docx)")
        p.add_argument("--json", action="store_true", help="print machine-readable JSON (see the README)")
        library_options(p)
        p.set_defaults(func=cmd_compare)

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
        p.add_argument(
            "--self-test",
            action="store_true",
            help="open the window, wait for the analysis, print what it found and quit (0 if it worked)",
        )
        p.set_defaults(func=cmd_gui)

    if wanted("library"):
        p = sub.add_parser("library", help="work with the clause library")
        lib_sub = p.add_subparsers(dest="library_command", required=True)
        q = lib_sub.add_parser("check", help="validate library files (or the whole library)")
        q.add_argument(
            "files",
            nargs="*",
            metavar="FILE.yaml",
            help="library files to check (default: the whole library)",
        )
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
