"""The architecture: import contracts (pyproject.toml, [tool.importlinter]) and one adapter that owns the OOXML."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "drafter"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

LAYERS = "The core is layered: a module imports only from the layers below its own"
NO_QT = "The core never imports Qt, even indirectly"
QT_IN_APP = "Only the app imports Qt"
OOXML = "Only the OOXML adapter imports lxml and python-docx"


def _lint(search_path: Path) -> tuple[dict[str, str], str]:
    """Each contract's verdict, KEPT or BROKEN, for the ``drafter`` package in ``search_path``."""
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=search_path,
        env={**os.environ, "PYTHONPATH": str(search_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    verdicts = dict(re.findall(r"^(.+?) (KEPT|BROKEN)\b", result.stdout, re.MULTILINE))
    assert (result.returncode == 0) == all(v == "KEPT" for v in verdicts.values()), output
    return verdicts, output


def test_import_contracts_are_kept() -> None:
    verdicts, output = _lint(ROOT)
    assert verdicts == dict.fromkeys((LAYERS, NO_QT, QT_IN_APP, OOXML), "KEPT"), output


# Each contract, shown to fail: an import that breaks it, added to a copy of the package.
VIOLATIONS = [
    # The library imports the matcher built on it (as the loader did to cache the match index).
    ("library/loader.py", "from drafter.matching import index", {LAYERS}),
    # A module that has no place among the layers.
    ("stray.py", "", {LAYERS}),
    # Qt through the app, from a function of the core.
    ("export.py", "def later():\n    from drafter.app import theme", {LAYERS, NO_QT}),
    # Qt itself, from the core (shiboken6 is what PySide6 is built on).
    ("review.py", "import shiboken6", {NO_QT}),
    ("matching/cache.py", "import PySide6.QtCore", {NO_QT, QT_IN_APP}),
    # Qt from a new module, which the core's list does not name yet.
    ("stray.py", "import PySide6", {LAYERS, QT_IN_APP}),
    # WordprocessingML outside the adapter, in the core and in the app.
    ("segment.py", "from lxml import etree", {OOXML}),
    ("app/rendering.py", "import docx", {OOXML}),
]


@pytest.mark.parametrize(("path", "code", "broken"), VIOLATIONS, ids=[f"{p}: {c}" for p, c, _ in VIOLATIONS])
def test_each_contract_catches_its_violations(tmp_path: Path, path: str, code: str, broken: set[str]) -> None:
    shutil.copytree(PACKAGE, tmp_path / "drafter", ignore=shutil.ignore_patterns("__pycache__"))
    with (tmp_path / "drafter" / path).open("a", encoding="utf-8") as fh:
        fh.write(f"\n{code}\n")
    verdicts, output = _lint(tmp_path)
    assert {name for name, verdict in verdicts.items() if verdict == "BROKEN"} == broken, output
    assert len(verdicts) == 4, output


def test_only_the_ooxml_adapter_spells_wordprocessingml() -> None:
    """No module outside ``drafter/ooxml`` names the WordprocessingML namespace or its elements
    (who imports lxml and python-docx is an import contract)."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ooxml"
        and ("wordprocessingml/2006/main" in (source := path.read_text(encoding="utf-8")) or '"w:' in source)
    ]
    assert offenders == []
