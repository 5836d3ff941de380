"""Errors a user can act on.

Every failure the user can cause (a wrong file, a folder that cannot be written) is a
``DrafterError`` with one sentence saying what is wrong and what to do. The command
line prints it on one line and exits with status 2; the app shows it in a dialog.
"""

from __future__ import annotations


class DrafterError(Exception):
    """A problem with the user's input or environment, with advice."""

    def __init__(self, problem: str, advice: str = "") -> None:
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        # Pickled with its two parts (an analysis in another process may raise it).
        return type(self), (self.problem, self.advice)

    @property
    def message(self) -> str:
        """Problem and advice on one line (a message quoting a damaged file may hold line
        breaks or control characters; they become spaces)."""
        return one_line(f"{self.problem} {self.advice}")


_CONTROL = str.maketrans({c: " " for c in [*map(chr, range(32)), "\x7f", "\u2028", "\u2029"]})


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters as single spaces."""
    return " ".join(text.translate(_CONTROL).split())


class NotADocxError(DrafterError):
    """The file is not a Word .docx document (or is damaged)."""


class EncryptedDocxError(DrafterError):
    """The file is password-protected."""


class UnsafeDocxError(DrafterError):
    """The file is built to exhaust memory or to pull in outside content."""


class LibraryError(DrafterError):
    """A clause library file is invalid."""


class OutputError(DrafterError):
    """The output file cannot be written."""


class DraftChangedError(DrafterError):
    """The draft on disk is no longer the one that was analysed."""


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""
