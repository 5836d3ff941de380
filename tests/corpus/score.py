"""Score Drafter on the real-text corpus, whole or in part, with the shared scorer.

usage (from the checkout root):
    .venv/bin/python tests/corpus/score.py [--part all|dev|heldout] [--batches 1,2] [--json] [SCORER ARGS]

``dev`` is the part rules may be tuned on; ``heldout`` (heldout.txt) is never tuned on;
``--batches`` keeps the instruments of those batches (batches.txt).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "tools" / "score_findings.py"


def heldout() -> set[str]:
    lines = (HERE / "heldout.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def batches() -> dict[str, int]:
    """Each instrument's batch, from batches.txt ("# Batch N" headings, then names)."""
    found: dict[str, int] = {}
    batch = 0
    for line in (HERE / "batches.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# Batch "):
            batch = int(line.removeprefix("# Batch ").strip())
        elif line.strip() and not line.startswith("#"):
            found[line.strip()] = batch
    return found


def names(part: str, only: set[int] | None = None) -> list[str]:
    every = sorted(p.name[: -len(".labels.json")] for p in HERE.glob("*.labels.json"))
    if only is not None:
        batch_of = batches()
        every = [n for n in every if batch_of.get(n) in only]
    held = heldout()
    if part == "heldout":
        return [n for n in every if n in held]
    if part == "dev":
        return [n for n in every if n not in held]
    return every


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("all", "dev", "heldout"), default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--batches", help="comma-separated batch numbers (batches.txt)")
    args, rest = parser.parse_known_args()
    with tempfile.TemporaryDirectory() as tmp:
        only = {int(b) for b in args.batches.split(",")} if args.batches else None
        for name in names(args.part, only):
            for suffix in (".docx", ".labels.json"):
                (Path(tmp) / f"{name}{suffix}").symlink_to(HERE / f"{name}{suffix}")
        cmd = [sys.executable, str(SCORER), "--cases", tmp, *(["--json"] if args.json else []), *rest]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
