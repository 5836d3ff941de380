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

    @property
    def message(self) -> str:
        return f"{self.problem} {self.advice}".strip()


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
