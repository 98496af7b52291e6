"""Record: what every reading of a slot (a value, a day, a place, a title, a clock) has in common.

Each reading is made from one sentence, and the article a side cites is that sentence's article;
keeping that one rule here means a record class cannot drift from it.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from accord.model import Sentence


class Record:
    """A slot reading taken from one sentence; subclasses are dataclasses with a ``sentence`` field."""

    sentence: Sentence

    @property
    def article(self) -> str:
        """The id of the article whose sentence this reading was taken from."""
        return self.sentence.article


R = TypeVar("R", bound=Record)


def one_value_each(readings: Sequence[R], value: Callable[[R], Hashable]) -> list[R]:
    """The readings of articles that give the slot one value: an article giving it two (two guns, a season
    and a stretch of it, two moments) tells of two things, and which one is the slot's is a guess."""
    told: dict[str, set[Hashable]] = {}
    for r in readings:
        told.setdefault(r.article, set()).add(value(r))
    return [r for r in readings if len(told[r.article]) == 1]
