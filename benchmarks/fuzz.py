"""A seeded mutation fuzzer for Drafter's reading and writing of .docx packages.

It mutates real .docx files (../shared/corpus/docx-wild, tests/dev_drafts, the bundled sample)
at the zip level (compression methods, flags, versions, names, truncation, flipped bytes,
duplicated or missing entries) and at the XML level (deep nesting, odd numbering and id values,
a DOCTYPE with entities anywhere and in UTF-16, missing, duplicated, external or retyped
relationships, content types removed or changed, NUL bytes, truncated parts), runs
``drafter analyze`` and ``drafter annotate --track-changes`` on each in worker processes with a
timeout, and counts the outcomes:

    ok            exit 0
    refused       exit 2 with one line "drafter: error: ..."
    crash         exit 1 (internal error), any other status, or a refusal of several lines
    hang          no answer within the timeout
    bad-wrote     "Wrote" over a copy that is not a valid package with well-formed XML
    not-exported  analysed, then refused at export (a draft that can be analysed must export)

Every case of the last four kinds is kept in the output folder (with the mutations that made
it) for a regression test. Exit status 1 if there was any.

    .venv/bin/python benchmarks/fuzz.py --minutes 20            # make fuzz
    .venv/bin/python benchmarks/fuzz.py --seconds 45 --seed 7   # the CI smoke run
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import os
import random
import re
import struct
import sys
import tempfile
import time
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [
    ROOT.parent / "shared" / "corpus" / "docx-wild",
    ROOT / "tests" / "dev_drafts",
    ROOT / "resources" / "sample",
]
BAD = ("crash", "hang", "bad-wrote", "not-exported")

# ------------------------------------------------------------------ mutations

Items = list[tuple[str, bytes]]


def _entries(data: bytes) -> Items:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _build(items: Items) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")
        for name, data in items:
            zf.writestr(name, data)
    return buf.getvalue()


def _xml_parts(items: Items) -> list[int]:
    return [i for i, (name, _) in enumerate(items) if name.lower().endswith((".xml", ".rels"))]


def _text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _pick_part(rng: random.Random, items: Items, prefer: str = "") -> int | None:
    xml = _xml_parts(items)
    if not xml:
        return None
    preferred = [i for i in xml if prefer and prefer in items[i][0]]
    return rng.choice(preferred if preferred and rng.random() < 0.7 else xml)


ODD_VALUES = ["x", "9" * 5000, "999999999999", "-1", "", "\u0663", "1e5", "-99999999999", "0x10", " 7 "]


def m_odd_value(rng: random.Random, items: Items) -> str:
    """An attribute that should be a number (w:val, w:ilvl, w:id, w:numId, ...) given an odd value."""
    i = _pick_part(rng, items, rng.choice(["numbering", "document", "comments", "styles", "footnotes"]))
    if i is None:
        return "odd-value: no xml"
    name, data = items[i]
    text = _text(data)
    if text is None:
        return "odd-value: not utf-8"
    attrs = list(re.finditer(r'w:(val|ilvl|id|numId|abstractNumId|start|char)="[^"]*"', text))
    if not attrs:
        return "odd-value: none"
    value = rng.choice(ODD_VALUES)
    for m in rng.sample(attrs, min(len(attrs), rng.choice([1, 3, 20]))):
        text = text.replace(m.group(0), f'w:{m.group(1)}="{value}"', 1)
    items[i] = (name, text.encode("utf-8"))
    return f"odd-value {name} {value[:12]!r}"


NEST_TAGS = ["w:hyperlink", "w:ins", "w:sdt", "w:smartTag", "w:r", "w:p", "w:tbl", "w:fldSimple"]


def m_deep(rng: random.Random, items: Items) -> str:
    i = _pick_part(rng, items, rng.choice(["document", "footnotes", "numbering", "styles"]))
    if i is None:
        return "deep: no xml"
    name, data = items[i]
    text = _text(data)
    if text is None:
        return "deep: not utf-8"
    depth = rng.choice([100, 250, 255, 260, 300, 1000, 3000])
    tag = rng.choice(NEST_TAGS)
    inner = "<w:r><w:t>Amnesty shall not be granted.</w:t></w:r>"
    nested = f"<{tag}>" * depth + inner + f"</{tag}>" * depth
    m = re.search(r"<w:p[ >]", text)
    if m is None:
        return "deep: no paragraph"
    close = text.find(">", m.start())
    text = text[: close + 1] + nested + text[close + 1 :]
    items[i] = (name, text.encode("utf-8"))
    return f"deep {name} {tag}x{depth}"


def m_doctype(rng: random.Random, items: Items) -> str:
    i = _pick_part(rng, items)
    if i is None:
        return "doctype: no xml"
    name, data = items[i]
    text = _text(data)
    if text is None:
        return "doctype: not utf-8"
    m = re.search(r"<[A-Za-z]", text)
    if m is None:
        return "doctype: no root"
    root = re.match(r"<([\w:]+)", text[m.start() :])
    root_name = root.group(1) if root else "a"
    pad = "<!--" + " " * rng.choice([0, 5000, 70000]) + "-->" if rng.random() < 0.5 else ""
    doctype = f'<!DOCTYPE {root_name} [<!ENTITY x "amnesty"><!ENTITY y "&x;&x;&x;">]>'
    text = text[: m.start()] + pad + doctype + text[m.start() :]
    if rng.random() < 0.5:
        body = re.search(r"<w:t>", text)
        if body:
            text = text[: body.end()] + "&y;" + text[body.end() :]
    if rng.random() < 0.4:
        text = re.sub(r'encoding="[^"]*"', 'encoding="UTF-16"', text, count=1)
        items[i] = (name, text.encode("utf-16"))
        return f"doctype {name} utf-16"
    items[i] = (name, text.encode("utf-8"))
    return f"doctype {name}"


def m_utf16(rng: random.Random, items: Items) -> str:
    i = _pick_part(rng, items)
    if i is None:
        return "utf16: no xml"
    name, data = items[i]
    text = _text(data)
    if text is None:
        return "utf16: not utf-8"
    text = re.sub(r'encoding="[^"]*"', 'encoding="UTF-16"', text, count=1)
    items[i] = (name, text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be"])))
    return f"utf16 {name}"


def _rels_index(rng: random.Random, items: Items) -> int | None:
    rels = [i for i, (name, _) in enumerate(items) if name.endswith(".rels")]
    if not rels:
        return None
    doc = [i for i in rels if items[i][0] == "word/_rels/document.xml.rels"]
    return rng.choice(doc if doc and rng.random() < 0.7 else rels)


def m_relationship(rng: random.Random, items: Items) -> str:
    i = _rels_index(rng, items)
    if i is None:
        return "rel: none"
    name, data = items[i]
    text = _text(data)
    if text is None:
        return "rel: not utf-8"
    rels = list(re.finditer(r"<Relationship\b[^>]*/>", text))
    if not rels:
        return "rel: empty"
    rel = rng.choice(rels).group(0)
    how = rng.choice(
        ["no-type", "no-target", "no-id", "duplicate", "external", "unknown-type", "missing-target", "drop"]
    )
    if how == "no-type":
        new = re.sub(r'\sType="[^"]*"', "", rel)
    elif how == "no-target":
        new = re.sub(r'\sTarget="[^"]*"', "", rel)
    elif how == "no-id":
        new = re.sub(r'\sId="[^"]*"', "", rel)
    elif how == "duplicate":
        new = rel + re.sub(r'Id="([^"]*)"', r'Id="\1dup"', rel)
    elif how == "external":
        new = rel.replace("/>", ' TargetMode="External"/>')
    elif how == "unknown-type":
        new = re.sub(r'Type="[^"]*"', 'Type="http://example.com/unknown"', rel)
    elif how == "missing-target":
        new = re.sub(r'Target="[^"]*"', 'Target="missing/part.xml"', rel)
    else:
        new = ""
    items[i] = (name, text.replace(rel, new, 1).encode("utf-8"))
    return f"rel {how} {name}"


def m_content_types(rng: random.Random, items: Items) -> str:
    idx = [i for i, (name, _) in enumerate(items) if name == "[Content_Types].xml"]
    if not idx:
        return "ct: none"
    i = idx[0]
    text = _text(items[i][1])
    if text is None:
        return "ct: not utf-8"
    entries = list(re.finditer(r"<(Override|Default)\b[^>]*/>", text))
    if not entries:
        return "ct: empty"
    entry = rng.choice(entries).group(0)
    how = rng.choice(["drop", "retype", "no-partname", "duplicate"])
    if how == "drop":
        new = ""
    elif how == "retype":
        new = re.sub(
            r'ContentType="[^"]*"',
            f'ContentType="{rng.choice(["application/xml", "text/plain", ""])}"',
            entry,
        )
    elif how == "no-partname":
        new = re.sub(r'\s(PartName|Extension)="[^"]*"', "", entry)
    else:
        new = entry + entry
    items[i] = (items[i][0], text.replace(entry, new, 1).encode("utf-8"))
    return f"ct {how}"


def m_nul(rng: random.Random, items: Items) -> str:
    i = _pick_part(rng, items, "document")
    if i is None:
        return "nul: no xml"
    name, data = items[i]
    m = re.search(rb"<w:t[^>]*>", data)
    if m is None:
        return "nul: no text"
    ch = rng.choice([b"\x00", b"\x01", b"\x0b", b"\xff\xfe", b"\xed\xa0\x80"])
    items[i] = (name, data[: m.end()] + ch + data[m.end() :])
    return f"nul {name} {ch!r}"


def m_truncate_part(rng: random.Random, items: Items) -> str:
    i = _pick_part(rng, items)
    if i is None:
        return "truncate-part: no xml"
    name, data = items[i]
    items[i] = (name, data[: rng.randrange(len(data) + 1)])
    return f"truncate-part {name}"


def m_drop_entry(rng: random.Random, items: Items) -> str:
    if not items:
        return "drop: empty"
    name, _ = items.pop(rng.randrange(len(items)))
    return f"drop {name}"


def m_duplicate_entry(rng: random.Random, items: Items) -> str:
    if not items:
        return "duplicate: empty"
    name, data = rng.choice(items)
    other = data if rng.random() < 0.5 else data[: len(data) // 2]
    items.insert(rng.randrange(len(items) + 1), (name, other))
    return f"duplicate {name}"


def m_rename_case(rng: random.Random, items: Items) -> str:
    if not items:
        return "rename: empty"
    i = rng.randrange(len(items))
    name, data = items[i]
    items[i] = (rng.choice([name.upper(), name + " ", "/" + name, name.replace("/", "\\")]), data)
    return f"rename {name}"


XML_MUTATIONS: list[Callable[[random.Random, Items], str]] = [
    m_odd_value,
    m_odd_value,
    m_deep,
    m_doctype,
    m_utf16,
    m_relationship,
    m_relationship,
    m_content_types,
    m_nul,
    m_truncate_part,
    m_drop_entry,
    m_duplicate_entry,
    m_rename_case,
]


def _headers(data: bytes) -> list[tuple[int, int]]:
    """(local header offset, central header offset) of each entry."""
    out = []
    end = data.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(data):
        return out
    count, _size, offset = struct.unpack("<HII", data[end + 10 : end + 20])
    pos = offset
    for _ in range(count):
        if data[pos : pos + 4] != b"PK\x01\x02":
            break
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28 : pos + 34])
        (local,) = struct.unpack("<I", data[pos + 42 : pos + 46])
        out.append((local, pos))
        pos += 46 + name_len + extra_len + comment_len
    return out


def z_header_field(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    heads = _headers(data)
    if not heads:
        return data, "zip-field: no directory"
    local, central = rng.choice(heads)
    out = bytearray(data)
    field = rng.choice(["method", "flags", "version"])
    if field == "method":
        value = rng.choice([0, 1, 6, 9, 12, 14, 93, 95, 98, 99, rng.randrange(65536)])
        offsets = (local + 8, central + 10)
    elif field == "flags":
        value = rng.choice([0x1, 0x40, 0x41, 0x8, 0x800, 0x2000, rng.randrange(65536)])
        offsets = (local + 6, central + 8)
    else:
        value = rng.choice([20, 45, 63, 64, 80, 99, rng.randrange(65536)])
        offsets = (local + 4, central + 6)
    for off in offsets:
        if rng.random() < 0.85 and off + 2 <= len(out):
            if field == "flags":
                (old,) = struct.unpack("<H", out[off : off + 2])
                out[off : off + 2] = struct.pack("<H", old | value)
            else:
                out[off : off + 2] = struct.pack("<H", value)
    return bytes(out), f"zip-{field} {value}"


def z_name_bytes(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    heads = _headers(data)
    if not heads:
        return data, "zip-name: no directory"
    _local, central = rng.choice(heads)
    out = bytearray(data)
    name_len = struct.unpack("<H", out[central + 28 : central + 30])[0]
    if name_len == 0:
        return data, "zip-name: empty"
    pos = central + 46 + rng.randrange(name_len)
    out[pos] = rng.choice([0xFF, 0xC3, 0x80, 0x00, 0x2F])
    if rng.random() < 0.6:
        (flags,) = struct.unpack("<H", out[central + 8 : central + 10])
        out[central + 8 : central + 10] = struct.pack("<H", flags | 0x800)
    return bytes(out), "zip-name"


def z_truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    return data[: rng.randrange(len(data) + 1)], "zip-truncate"


def z_flip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    out = bytearray(data)
    for _ in range(rng.choice([1, 4, 32])):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out), "zip-flip"


ZIP_MUTATIONS: list[Callable[[random.Random, bytes], tuple[bytes, str]]] = [
    z_header_field,
    z_header_field,
    z_name_bytes,
    z_truncate,
    z_flip,
]


def mutate(rng: random.Random, seed: bytes) -> tuple[bytes, list[str]]:
    """One mutated package and what was done to it."""
    done: list[str] = []
    data = seed
    if rng.random() < 0.75:
        items = _entries(seed)
        for _ in range(rng.choice([1, 1, 2, 3])):
            done.append(rng.choice(XML_MUTATIONS)(rng, items))
        data = _build(items)
    if rng.random() < 0.35 or not done:
        data, what = rng.choice(ZIP_MUTATIONS)(rng, data)
        done.append(what)
    return data, done


# ------------------------------------------------------------------ running drafter


def valid_package(path: Path) -> str | None:
    """None if ``path`` is a zip without duplicate names whose XML parts are well-formed
    without a DOCTYPE; else what is wrong."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if len(names) != len(set(names)):
                return "duplicate entry names"
            if zf.testzip() is not None:
                return "a corrupt entry"
            for name in names:
                if name.lower().endswith((".xml", ".rels")):
                    tree = etree.fromstring(zf.read(name), parser).getroottree()
                    if tree.docinfo.doctype:
                        return f"{name} has a DOCTYPE"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _run_cli(argv: list[str]) -> tuple[int, str]:
    from drafter.cli import main

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException as exc:
            return 1, f"uncaught {type(exc).__name__}: {exc}"
    return code, err.getvalue()


def classify(code: int, stderr: str) -> str:
    if code == 0:
        return "ok"
    lines = [line for line in stderr.splitlines() if line.strip()]
    if code == 2 and len(lines) == 1 and lines[0].startswith("drafter: error: "):
        return "refused"
    return "crash"


def run_case(path: Path, workdir: Path) -> dict[str, str]:
    """analyze and annotate --track-changes on ``path``: the outcome and message of each."""
    out = workdir / "out.docx"
    with contextlib.suppress(OSError):
        out.unlink()
    code, err = _run_cli(["analyze", str(path), "--json", "--no-user-library"])
    analysed = classify(code, err)
    code2, err2 = _run_cli(["annotate", str(path), "-o", str(out), "--track-changes", "--no-user-library"])
    annotated = classify(code2, err2)
    if annotated == "ok":
        problem = valid_package(out) if out.exists() else "no output written"
        if problem is not None:
            annotated, err2 = "bad-wrote", problem
    elif annotated == "refused" and analysed == "ok":
        annotated = "not-exported"
    return {
        "analyze": analysed,
        "annotate": annotated,
        "analyze_err": err[-300:],
        "annotate_err": err2[-300:],
    }


def _worker(conn: Connection) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="drafter-fuzz-"))
    os.environ.setdefault("DRAFTER_HOME", str(workdir / "home"))
    sys.setrecursionlimit(1000)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(run_case(Path(job), workdir))


class Worker:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.start()

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()
        self.cases = 0

    def run(self, path: Path) -> dict[str, str] | None:
        """The case's outcome, or None if it did not finish within the timeout (the worker is
        then killed and started again)."""
        if self.cases >= 300:  # a fresh process now and then: memory stays bounded
            self.stop()
            self.start()
        self.cases += 1
        self.conn.send(str(path))
        if self.conn.poll(self.timeout):
            try:
                return self.conn.recv()
            except EOFError:
                pass
            self.proc.join(1)
            self.start()
            return {"analyze": "crash", "annotate": "crash", "analyze_err": "worker died", "annotate_err": ""}
        self.proc.kill()
        self.proc.join()
        self.start()
        return None

    def stop(self) -> None:
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


def seeds(corpora: list[Path]) -> list[tuple[str, bytes]]:
    out = []
    for folder in corpora:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.docx")):
                out.append((path.name, path.read_bytes()))
    return out


def fuzz(
    seconds: float,
    seed: int,
    out_dir: Path,
    timeout: float,
    corpora: list[Path],
    max_cases: int | None = None,
) -> Counter[str]:
    rng = random.Random(seed)
    pool = seeds(corpora)
    if not pool:
        raise SystemExit("fuzz: no .docx seeds found")
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    worker = Worker(timeout)
    cases_dir = Path(tempfile.mkdtemp(prefix="drafter-fuzz-cases-"))
    deadline = time.monotonic() + seconds
    n = 0
    try:
        while time.monotonic() < deadline and (max_cases is None or n < max_cases):
            name, data = rng.choice(pool)
            case_seed = rng.randrange(2**32)
            mutated, done = mutate(random.Random(case_seed), data)
            path = cases_dir / f"case-{n}.docx"
            path.write_bytes(mutated)
            result = worker.run(path)
            if result is None:
                result = {"analyze": "hang", "annotate": "hang", "analyze_err": "", "annotate_err": ""}
            counts["cases"] += 1
            for command in ("analyze", "annotate"):
                counts[f"{command} {result[command]}"] += 1
            worst = next((kind for kind in BAD if kind in (result["analyze"], result["annotate"])), None)
            if worst is not None:
                counts[worst] += 1
                keep = out_dir / f"{worst}-{n}-{name}"
                keep.write_bytes(mutated)
                note = {"seed": name, "case_seed": case_seed, "mutations": done, **result}
                keep.with_suffix(".json").write_text(json.dumps(note, indent=1), encoding="utf-8")
                print(
                    f"[{worst}] {keep.name}: {done} {result['analyze_err'][-120:]} {result['annotate_err'][-120:]}"
                )
            path.unlink()
            n += 1
    finally:
        worker.stop()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, help="how long to run")
    parser.add_argument("--minutes", type=float, help="how long to run")
    parser.add_argument("--cases", type=int, help="stop after this many cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one case may take")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "fuzz-findings", help="where failing cases are kept"
    )
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of .docx seeds (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    seconds = (
        args.seconds if args.seconds is not None else 60 * (args.minutes if args.minutes is not None else 1)
    )
    counts = fuzz(seconds, args.seed, args.out, args.timeout, args.corpus or DEFAULT_CORPORA, args.cases)
    if args.json:
        print(json.dumps(dict(counts), sort_keys=True))
    else:
        for key in sorted(counts):
            print(f"{key:24} {counts[key]}")
    return 1 if any(counts[kind] for kind in BAD) else 0


if __name__ == "__main__":
    sys.exit(main())
