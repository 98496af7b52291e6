"""Grouping at scale on an engine: features in parallel, partitions in parallel, one reconcile.

The scheme is ``accord.group.partitioned``; this module only places its steps on an engine.
"""
from __future__ import annotations

import pickle
from typing import Any, Callable

from accord.engines.work import Featurize, GroupPartition, PartialStats, Partition, Row
from accord.group.partitioned import Result, Stats, partition_starts, reconcile
from accord.options import Options


def run(eng: Any, articles: Any, options: Options, say: Callable[[str], None] | None = None) -> tuple[Result, list[Row]]:
    """Story and copy_of for the engine's article rows; also the error rows of articles that could
    not be featurized (they get no story)."""
    feats = eng.map(articles, Featurize, {"options": options}, "features", batch_size=256)
    feats = eng.keep(feats)
    errors = eng.collect(eng.where(feats, "error", True), ["stage", "item", "error"])
    ok = eng.keep(eng.where(feats, "error", False))
    stats = Stats()
    for row in eng.collect(eng.map(ok, PartialStats, {"options": options}, "stats", batch_size=1024)):
        stats.merge(pickle.loads(row["stats"]))
    meta = eng.collect(ok, ["published", "position"])
    starts = partition_starts(((m["published"] is None, m["published"] or "", m["position"]) for m in meta), options)
    if say:
        say(f"features: {stats.n_docs} articles, {len(starts)} partitions")
    keyed = eng.map(ok, Partition, {"options": options, "starts": starts}, "features", batch_size=1024)
    parts = eng.collect(eng.per_group(keyed, "partition", GroupPartition,
                                      {"options": options, "stats": pickle.dumps(stats)}, "partition"))
    errors += [{k: p[k] for k in ("stage", "item", "error")} for p in parts if p.get("error")]
    result = reconcile([pickle.loads(p["result"]) for p in parts if p.get("result")], stats, options)
    return result, errors


def assign(eng: Any, articles: list[Any], options: Options) -> tuple[dict[str, str], dict[str, str]]:
    """``accord group --engine``: story and copy_of per article id, the scheme run on ``eng``.

    An article that fails (it should not: ``accord group`` validated every line) is an AccordError
    naming it, since the caller promised one output line per valid input line.
    """
    from accord.engines.work import article_row
    from accord.errors import AccordError

    rows = eng.rows([article_row(a, i) for i, a in enumerate(articles)], "article")
    result, errors = run(eng, rows, options)
    if errors:
        raise AccordError(f"grouping failed for {errors[0]['item']}: {errors[0]['error']}")
    return result.story, result.copy_of


def lines(eng: Any, items: Any, options: Options) -> list[str]:
    """``accord batch --engine``: output lines in input order (errors already as error lines)."""
    from accord.jobs import summarise_line
    from accord.engines.work import SummariseLines

    items = list(items)
    unreadable = {n: summarise_line((n, line, options)) for n, line, _ in items if not isinstance(line, str)}
    rows = eng.rows([{"number": n, "line": line} for n, line, _ in items if isinstance(line, str)], "line")
    out = {r["number"]: r["out"] for r in eng.collect(eng.map(rows, SummariseLines, {"options": options}, "batch",
                                                                batch_size=1))}
    return [out[n] if n in out else unreadable[n] for n, _, _ in items]
