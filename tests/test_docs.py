"""The user guide (docs/) cannot go stale unnoticed: the examples of the library authors' page
are still in the shipped files, every link and picture is there, every page is in the index, and
the screenshots are those scripts/guide_screenshots.py takes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
EXCERPT = re.compile(r"<!-- excerpt: (?P<path>[^ ]+) -->\n```[a-z]*\n(?P<body>.*?)\n```", re.DOTALL)
LINK = re.compile(r"!?\[[^\]]*\]\((?P<target>[^)\s]+)\)")


def _excerpts() -> list[tuple[str, str]]:
    text = (DOCS / "library-format.md").read_text(encoding="utf-8")
    return [(m["path"], m["body"]) for m in EXCERPT.finditer(text)]


def test_the_library_page_quotes_the_shipped_files() -> None:
    assert len(_excerpts()) >= 12


@pytest.mark.parametrize(("path", "body"), _excerpts(), ids=lambda v: v[:60] if "\n" not in v else "")
def test_each_example_still_reads_so_in_the_shipped_file(path: str, body: str) -> None:
    """Each example is one or more runs of whole lines of ``path``, in order, separated in the
    page by a line '...'."""
    source = (ROOT / path).read_text(encoding="utf-8")
    lines = source.splitlines()
    at = 0
    for chunk in re.split(r"\n\s*\.\.\.\n", body):
        wanted = chunk.splitlines()
        for start in range(at, len(lines) - len(wanted) + 1):
            if lines[start : start + len(wanted)] == wanted:
                at = start + len(wanted)
                break
        else:
            pytest.fail(f"docs/library-format.md quotes {path}, which no longer reads:\n{chunk}")


def _slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {_slug(m[1]) for m in re.finditer(r"^#+ (.+)$", text, re.MULTILINE)}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_and_picture_of_the_guide_is_there(page: Path) -> None:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    for m in LINK.finditer(text):
        target = m["target"]
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.exists(), f"{page.name}: {target}"
        if anchor and file.suffix == ".md":
            assert anchor in _anchors(file), f"{page.name}: {target}"


def test_every_page_is_in_the_index() -> None:
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    linked = {m["target"].partition("#")[0] for m in LINK.finditer(index)}
    assert {p.name for p in PAGES if p.name != "README.md"} <= linked


def test_the_screenshots_are_those_the_script_takes_and_each_is_shown() -> None:
    script = (ROOT / "scripts" / "guide_screenshots.py").read_text(encoding="utf-8")
    taken = set(re.findall(r'tour\.save\([^,]+, "([a-z\-]+\.png)"\)', script))
    assert len(taken) == 9
    assert {p.name for p in (DOCS / "images").glob("*.png")} == taken
    shown = "".join(p.read_text(encoding="utf-8") for p in PAGES)
    for name in taken:
        assert f"images/{name}" in shown, name


def test_the_quick_starts_are_in_spanish_and_french() -> None:
    es = (DOCS / "quickstart.es.md").read_text(encoding="utf-8")
    fr = (DOCS / "quickstart.fr.md").read_text(encoding="utf-8")
    assert "prohibición expresa de la amnistía" in es
    assert "interdiction expresse de l'amnistie" in fr
