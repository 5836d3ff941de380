"""The clause library editor (Library > Edit clause library...): the window, its item model and
search, the clause form and the pages it shows (see ``window``)."""

from drafter.app.library_editor.window import LibraryEditor

__all__ = ["LibraryEditor"]
