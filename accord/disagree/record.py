"""Record: what every reading of a slot (a value, a day, a place, a title, a clock) has in common.

Each reading is made from one sentence, and the article a side cites is that sentence's article;
keeping that one rule here means a record class cannot drift from it.
"""
from __future__ import annotations

from accord.model import Sentence


class Record:
    """A slot reading taken from one sentence; subclasses are dataclasses with a ``sentence`` field."""

    sentence: Sentence

    @property
    def article(self) -> str:
        """The id of the article whose sentence this reading was taken from."""
        return self.sentence.article
