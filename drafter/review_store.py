"""Where saved review decisions live on disk, and the only code that reads and writes them
(Qt-free; ``drafter.review`` decides what is in them).

Writing never fails silently: a failure is a ``ReviewSaveError`` naming the folder and the
reason (the disk is full, the folder is read-only), for the caller to keep the decisions in
memory, say so and offer to retry or to save elsewhere. Files are written whole or not at all
(``paths.atomic_write``). Reading is bounded: only a regular file (never a pipe, a device or a
link to one, which would block or never end), at most MAX_REVIEW_BYTES, nested at most
MAX_REVIEW_DEPTH deep; anything else is a ``ReviewReadError``.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError
from drafter.i18n import _
from drafter.paths import atomic_write

# A review of a 1,000-page draft with every finding decided and noted is a few MB.
MAX_REVIEW_BYTES = 32 * 1024 * 1024
# What a saved review nests: an object of decisions, each an object of strings.
MAX_REVIEW_DEPTH = 16
TEMP_PREFIX = ".~review-"


class ReviewSaveError(DrafterError):
    """The review could not be written; ``folder`` and ``reason`` say where and why."""

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.reason = reason
        super().__init__(
            _("Your review decisions could not be saved in '{folder}' ({reason}).").format(
                folder=folder, reason=reason
            ),
            _(
                "They are kept in this window. Free some disk space or make the folder writable and "
                "retry, or save the review elsewhere."
            ),
        )


class ReviewReadError(DrafterError):
    """A saved review that cannot be read (special file, too large, too deep, not a review)."""


def write_review(path: Path, payload: dict[str, Any]) -> Path:
    """Write ``payload`` as JSON to ``path`` atomically (the folder is created if need be)."""
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda fh: fh.write(data), temp_prefix=TEMP_PREFIX)
    except OSError as exc:
        raise ReviewSaveError(folder, _reason(exc)) from None
    return path


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def read_review(path: Path) -> dict[str, Any] | None:
    """The saved review at ``path`` as JSON, or None if there is none."""
    name = f"'{path.name}'"
    try:
        # O_NONBLOCK: opening a FIFO does not wait for a writer; O_NOFOLLOW: a link is refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if path.is_symlink():
            raise ReviewReadError(_("{name} is a link, not a saved review.").format(name=name)) from None
        raise ReviewReadError(
            _("{name} cannot be read ({reason}).").format(name=name, reason=_reason(exc))
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReviewReadError(_("{name} is not a regular file.").format(name=name))
        if st.st_size > MAX_REVIEW_BYTES:
            raise ReviewReadError(
                _("{name} is larger than a saved review can be ({size} bytes).").format(
                    name=name, size=st.st_size
                )
            )
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_REVIEW_BYTES:  # grew since it was looked at
                raise ReviewReadError(_("{name} is larger than a saved review can be.").format(name=name))
    except OSError as exc:
        raise ReviewReadError(
            _("{name} cannot be read ({reason}).").format(name=name, reason=_reason(exc))
        ) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    depth = json_depth(data)
    if depth > MAX_REVIEW_DEPTH:
        raise ReviewReadError(
            _("{name} is nested {depth} levels deep, which no saved review is.").format(
                name=name, depth=depth
            )
        )
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise ReviewReadError(
            _("{name} is not a saved review ({reason}).").format(name=name, reason=exc)
        ) from None
    if not isinstance(raw, dict):
        raise ReviewReadError(_("{name} is not a saved review.").format(name=name))
    return raw


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth(data: bytes) -> int:
    """How deep the arrays and objects of JSON text ``data`` nest (brackets in strings aside),
    in linear time and without recursion."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKET)
    depth = deepest = 0
    for b in brackets:
        if b in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest
