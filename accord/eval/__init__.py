"""Benchmarks beside the algorithms: each module scores accord and its baselines in the same run.

Modules register an ``accord eval NAME`` command on ``accord.cli.eval_app``; ``cli`` imports them.
"""


def ratio(part: float, whole: float) -> float:
    """``part / whole``, 0.0 when there is no whole: an empty set scores nothing rather than failing
    (the precision of no reported items, the recall of no gold items)."""
    return part / whole if whole else 0.0
