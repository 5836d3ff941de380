"""Drafter: checks treaty drafts for amnesties and other measures of impunity."""

__version__ = "0.1.0"
