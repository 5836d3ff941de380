"""Import contracts: a Qt-free core, and one adapter that owns the OOXML."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "drafter"
CORE_MODULES = [
    "drafter.cli",
    "drafter.document",
    "drafter.analysis",
    "drafter.export",
    "drafter.suggest",
    "drafter.review",
    "drafter.library.loader",
    "drafter.matching.engine",
    "drafter.ooxml.writer",
]


def test_core_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        f"for m in {CORE_MODULES!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pytestqt'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_ooxml_adapter_touches_wordprocessingml() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ooxml":
            continue
        source = path.read_text(encoding="utf-8")
        if {"docx", "lxml"} & _imports(path) or "wordprocessingml/2006/main" in source or '"w:' in source:
            offenders.append(str(rel))
    assert offenders == []


def test_qt_lives_only_in_the_app_package() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "app" and {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []
