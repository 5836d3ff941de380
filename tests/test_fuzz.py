"""The mutation fuzzer (benchmarks/fuzz.py): every case it ever found stays a regression
(tests/fuzz_cases/), and a short seeded run finds no crash, hang, damaged copy or draft that
analyses but does not export."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import CORPUS_WILD, ROOT

CASES = sorted((ROOT / "tests" / "fuzz_cases").glob("*.docx"))


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("drafter_fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_a_case_the_fuzzer_found_is_refused_clearly_or_exported(path: Path, tmp_path: Path) -> None:
    result = _fuzz_module().run_case(path, tmp_path)
    assert result["analyze"] in ("ok", "refused"), result
    assert result["annotate"] in ("ok", "refused"), result
    assert (result["analyze"] == "ok") == (result["annotate"] == "ok"), result


def test_the_mutations_are_seeded() -> None:
    fuzz = _fuzz_module()
    import random

    seed = (ROOT / "resources" / "sample" / "sample-draft.docx").read_bytes()
    first = fuzz.mutate(random.Random(5), seed)
    assert first == fuzz.mutate(random.Random(5), seed)
    kinds = {what.split()[0] for n in range(200) for what in fuzz.mutate(random.Random(n), seed)[1]}
    assert {"odd-value", "deep", "doctype", "rel", "ct", "zip-method", "zip-truncate"} <= kinds


@pytest.mark.slow
def test_a_short_fuzzing_run_finds_nothing(tmp_path: Path) -> None:
    corpora = ["--corpus", str(ROOT / "resources" / "sample"), "--corpus", str(ROOT / "tests" / "dev_drafts")]
    if CORPUS_WILD.exists():
        corpora += ["--corpus", str(CORPUS_WILD)]
    command = [sys.executable, str(ROOT / "benchmarks" / "fuzz.py"), "--seconds", "40", "--seed", "17"]
    command += ["--timeout", "60", "--out", str(tmp_path / "found"), "--json", *corpora]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 0, done.stdout + done.stderr
    assert counts["cases"] > 50
    assert counts.get("analyze ok", 0) > 0 and counts.get("analyze refused", 0) > 0
    assert list((tmp_path / "found").iterdir()) == []
