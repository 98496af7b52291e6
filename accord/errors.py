"""Errors a user sees as one line naming the item, never as a traceback."""
from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord reports to a user as a message."""


class IngestError(AccordError):
    """An input item could not be read. ``item`` names it (path, URL or ``file.jsonl:LINE``)."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class NotFound(AccordError):
    """An id (story, article, fix, feed) the library does not hold: the web API answers 404."""
