"""Resolve the tracked changes of .docx files in LibreOffice and print every paragraph's text.

Not a test module and not imported by the tests: ``tests/lo.py`` runs it with a Python that
can ``import uno`` (Debian's python3-uno, usually /usr/bin/python3; the project's venv cannot).

Input, a JSON object on stdin::

    {"soffice": "/usr/bin/soffice", "profile": "/tmp/x/lo-profile",
     "jobs": [{"path": "/abs/a.docx", "mode": "accept"}, ...]}

``mode`` is "accept" (Edit > Track Changes > Accept All), "reject" (Reject All) or "none"
(the document as loaded). Output, a JSON object on stdout::

    {"results": [{"path": ..., "mode": ..., "paragraphs": [...] or null, "error": null or "..."}]}

``paragraphs`` lists every paragraph in document order, those of table cells row by row as
Word stores them (nested tables within their cell). Footnote reference marks are left
out, and the result of each field Writer computes itself comes between FIELD_START and
FIELD_END (see tests/lo.py for why).

One soffice process serves all jobs. It is started headless with a private profile and a
named-pipe connection, and always killed at the end (also on SIGTERM). Each job's document
is loaded hidden with Word's import filter; accepting or rejecting is the menu command,
dispatched on the document's frame, and must leave no tracked change behind. A job that
hangs (watchdog) or crashes soffice gets an error; soffice is restarted (and a crashed job
tried once more) for the jobs after it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import uno  # type: ignore[import-not-found]  # the system python's python3-uno

CONNECT_SECONDS = 60.0
JOB_SECONDS = 120.0
DISPATCH = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}
# Load every file with Word's filter, so that LibreOffice never falls back to another
# import (it reads a damaged .docx as plain text otherwise).
DOCX_FILTER = "MS Word 2007 XML"
# Around the text of a field Writer computes itself; XML 1.0 text can hold neither character.
FIELD_START, FIELD_END = "\x1d", "\x1e"


def _prop(name: str, value: Any) -> Any:
    pv = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    pv.Name = name
    pv.Value = value
    return pv


class Office:
    """One headless soffice process and the UNO connection to it."""

    def __init__(self, soffice: str, profile: Path) -> None:
        self.soffice = soffice
        self.profile = profile
        self.proc: subprocess.Popen[bytes] | None = None
        self.desktop: Any = None
        self.smgr: Any = None
        self.ctx: Any = None

    def start(self) -> None:
        pipe = f"drafter-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.profile.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [
                self.soffice,
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                "--nofirststartwizard",
                f"-env:UserInstallation={self.profile.as_uri()}",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so that kill() ends its children too
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + CONNECT_SECONDS
        while True:
            try:
                self.ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # NoConnectException until soffice listens
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"soffice exited with status {self.proc.returncode} at start"
                    ) from None
                if time.monotonic() > deadline:
                    self.kill()
                    raise RuntimeError("could not connect to soffice") from None
                time.sleep(0.25)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def kill(self) -> None:
        proc, self.proc = self.proc, None
        self.desktop = self.smgr = self.ctx = None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)

    def stop(self) -> None:
        """Ask soffice to quit, then make sure it is gone."""
        if self.desktop is not None and self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(Exception):  # the bridge dies while terminate() returns
                self.desktop.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=15)
        self.kill()

    def resolve(self, path: str, mode: str) -> list[str]:
        props = (
            _prop("Hidden", True),
            _prop("FilterName", DOCX_FILTER),
            _prop("MacroExecutionMode", 0),  # NEVER_EXECUTE
            _prop("UpdateDocMode", 0),  # NO_UPDATE: never fetch linked content
        )
        doc = self.desktop.loadComponentFromURL(Path(path).resolve().as_uri(), "_blank", 0, props)
        if doc is None:
            raise LoadError("source file could not be loaded")
        try:
            if mode in DISPATCH:
                helper = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
                frame = doc.getCurrentController().getFrame()
                helper.executeDispatch(frame, DISPATCH[mode], "", 0, ())
                left = _count(doc.getRedlines())
                if left:
                    raise LoadError(f"{left} tracked change(s) left after {DISPATCH[mode]}")
            elif mode != "none":
                raise ValueError(f"unknown mode {mode!r}")
            # Without notes and fields a paragraph's text is all its portions' text (faster).
            plain = not (
                doc.getFootnotes().getCount()
                or doc.getEndnotes().getCount()
                or doc.getTextFields().createEnumeration().hasMoreElements()
            )
            return _paragraphs(doc.getText(), plain)
        finally:
            with contextlib.suppress(Exception):
                doc.close(True)


class LoadError(Exception):
    pass


def _count(access: Any) -> int:
    n = 0
    enum = access.createEnumeration()
    while enum.hasMoreElements():
        enum.nextElement()
        n += 1
    return n


def _paragraphs(text: Any, plain: bool) -> list[str]:
    """The text of every paragraph in document order, descending into table cells."""
    out: list[str] = []
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            for name in sorted(el.getCellNames(), key=_cell_key):
                out.extend(_paragraphs(el.getCellByName(name).getText(), plain))
        else:
            out.append(el.getString() if plain else _paragraph_text(el))
    return out


def _paragraph_text(paragraph: Any) -> str:
    """The paragraph's text, without footnote and endnote reference marks, fields marked.

    Writer gives a note's reference mark its number as text ("1"); Drafter's reader reads
    the notes as a part of their own and gives the reference mark no character. A field
    Writer evaluates itself (page, date, cross-reference...) shows Writer's result, not the
    one Word saved: it comes between FIELD_START and FIELD_END.
    """
    parts: list[str] = []
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        kind = portion.TextPortionType
        if kind == "TextField":
            parts.append(FIELD_START + portion.getString() + FIELD_END)
        elif kind != "Footnote":
            parts.append(portion.getString())
    return "".join(parts)


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CELL = re.compile(r"([A-Za-z]+)(\d+)")


def _cell_key(name: str) -> tuple[int, ...]:
    """Row by row, left to right: Writer names cells "B3" (column letters A-Z, a-z, AA...)."""
    key: list[int] = []
    for part in name.split("."):
        m = _CELL.fullmatch(part)
        if m is None:
            key.append(int(part) if part.isdigit() else 0)
            continue
        col = 0
        for ch in m.group(1):
            col = col * len(_LETTERS) + _LETTERS.index(ch) + 1
        key += [int(m.group(2)), col]
    return tuple(key)


def run(request: dict[str, Any]) -> list[dict[str, Any]]:
    soffice = request.get("soffice") or shutil.which("soffice") or "soffice"
    profile_dir = request.get("profile")
    own_profile = profile_dir is None
    profile = Path(profile_dir) if profile_dir else Path(tempfile.mkdtemp(prefix="lo-uno-")) / "lo-profile"
    office = Office(soffice, profile)
    results: list[dict[str, Any]] = []
    try:
        for job in request["jobs"]:
            path, mode = job["path"], job["mode"]
            result: dict[str, Any] = {"path": path, "mode": mode, "paragraphs": None, "error": None}
            for attempt in range(2):  # once more on a fresh soffice if the first one died
                if office.proc is None or office.proc.poll() is not None:
                    office.kill()
                    try:
                        office.start()
                    except (RuntimeError, OSError) as exc:
                        result["error"] = f"soffice does not start ({exc})"
                        continue
                timed_out = threading.Event()

                def watchdog(event: threading.Event = timed_out) -> None:
                    event.set()
                    office.kill()

                timer = threading.Timer(JOB_SECONDS, watchdog)
                timer.start()
                try:
                    result["paragraphs"] = office.resolve(path, mode)
                    result["error"] = None
                    break
                except LoadError as exc:
                    result["error"] = str(exc)
                    break
                except Exception as exc:  # the bridge or soffice died (crash or watchdog)
                    if timed_out.is_set():
                        result["error"] = f"timed out after {JOB_SECONDS:.0f} s"
                        break
                    result["error"] = f"soffice failed ({type(exc).__name__}: {exc})"
                    office.kill()
                    if attempt == 1:
                        break
                finally:
                    timer.cancel()
            results.append(result)
    finally:
        office.stop()
        if own_profile:
            shutil.rmtree(profile.parent, ignore_errors=True)
    return results


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through run(), which stops soffice


def main() -> int:
    signal.signal(signal.SIGTERM, _terminate)
    request = json.load(sys.stdin)
    results = run(request)
    json.dump({"results": results}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
