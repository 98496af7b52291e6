"""``accord/eval/__init__.py``: the one share helper every benchmark's result classes use."""
from __future__ import annotations

from accord.eval import ratio
from accord.eval.disagreements import Score


def test_a_share_of_nothing_is_zero_not_an_error() -> None:
    assert ratio(3, 4) == 0.75 and ratio(0, 0) == 0.0 and ratio(5, 0) == 0.0
    empty = Score()
    assert (empty.precision, empty.recall, empty.core_recall) == (0.0, 0.0, 0.0)
    assert Score(gold=4, found=1, reported=2, correct=2).precision == 1.0
