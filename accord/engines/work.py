"""The per-batch work both engines run: the same callables, locally or as Ray Data actors.

Each class is built once per worker (that is where models load: the embedding model, the
analyser) and then called on batches of rows (``list[dict]``) many times. A row that fails becomes
an error row (``{"error": message, "item": what, "stage": name}``) in the output, never an
exception out of the batch: a bad record must not fail a distributed job.

The work itself is accord's: the readers of ``accord.ingest``, ``accord.clean.clean``, the grouping
of ``accord.group.partitioned`` and ``accord.briefing.build``; nothing here re-implements a stage.
"""
from __future__ import annotations

import json
import os
import pickle
from typing import Any

from accord.errors import AccordError
from accord.model import Article
from accord.options import Options

Row = dict[str, Any]

# Columns of an article row (the pipeline's ``articles`` table adds story and copy_of).
ARTICLE_FIELDS = ("id", "title", "text", "raw_text", "url", "source", "published", "author", "origin")
BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def pin_threads() -> None:
    """One BLAS thread per worker: results then never depend on how many workers run (summation
    order in a threaded BLAS can change the last bits), and workers don't oversubscribe cores."""
    for name in BLAS_THREADS:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - scikit-learn brings threadpoolctl
        pass


def error_row(stage: str, item: str, exc: BaseException | str) -> Row:
    """An ``errors`` table row: accord's own errors are already messages; anything else is named."""
    message = exc if isinstance(exc, str) else str(exc) if isinstance(exc, AccordError) else f"{type(exc).__name__}: {exc}"
    return {"stage": stage, "item": item, "error": message}


def article_row(art: Article, position: int) -> Row:
    row = {k: getattr(art, k) for k in ARTICLE_FIELDS}
    row["raw_text"] = art.raw_text or art.text
    row["position"] = position
    row["removed"] = [{"line": r.line, "reason": r.reason} for r in art.removed]
    return row


def row_article(row: Row) -> Article:
    from accord.model import Removed

    fields: dict[str, Any] = {k: row.get(k) if k not in ("title", "text", "raw_text") else (row.get(k) or "")
                              for k in ARTICLE_FIELDS}
    art = Article(**fields)
    art.removed = [Removed(r["line"], r["reason"]) for r in row.get("removed") or []]
    art.story, art.copy_of = row.get("story"), row.get("copy_of")
    return art


class _Work:
    """Base: options and the stage name that error rows carry."""

    stage = "work"
    models = False  # True: loads models when built (an engine then keeps one per worker: Ray actors)

    def __init__(self, options: Options) -> None:
        pin_threads()
        self.options = options

    def __call__(self, rows: list[Row]) -> list[Row]:
        out: list[Row] = []
        for row in rows:
            try:
                out.extend(self.one(row))
            except Exception as exc:  # noqa: BLE001 - one bad record becomes an error row
                out.append(error_row(self.stage, str(row.get("item") or row.get("id") or row.get("path") or "?"), exc))
        return out

    def one(self, row: Row) -> list[Row]:
        raise NotImplementedError


class ReadFiles(_Work):
    """``{"path", "first"}`` → the file's articles (accord's readers: WARC, JSONL, HTML, text, Parquet).

    ``first`` is the file's number in the input; an article's position is (file, record) packed in
    one integer, so reading order is the input order whatever the engine or worker count.
    """

    stage = "read"

    def one(self, row: Row) -> list[Row]:
        from accord import ingest

        out: list[Row] = []
        k = 0
        for got in ingest.read([row["path"]], self.options):
            if isinstance(got, Article):
                out.append(article_row(got, (row["first"] << 32) + k))
                k += 1
            else:
                out.append(error_row(self.stage, got.item, got.reason))
        return out


class Clean(_Work):
    """An article row → the same row cleaned (``text`` kept lines, ``removed`` dropped ones)."""

    stage = "clean"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        from accord import clean

        self.clean = clean.clean

    def one(self, row: Row) -> list[Row]:
        if row.get("error"):
            return [row]
        art = self.clean(row_article(row), options=self.options)
        return [article_row(art, row["position"])]


class Featurize(_Work):
    """Article rows → grouping features (pickled ``Features``), one embedding call per batch."""

    stage = "group"
    models = True

    def __call__(self, rows: list[Row]) -> list[Row]:
        from accord.group.partitioned import featurize

        try:
            feats = featurize([row_article(r) for r in rows], [r["position"] for r in rows], self.options)
        except Exception:  # noqa: BLE001 - find the bad row one by one
            return super().__call__(rows)
        return [{"id": f.id, "published": f.published, "position": f.position, "features": pickle.dumps(f)}
                for f in feats]

    def one(self, row: Row) -> list[Row]:
        from accord.group.partitioned import featurize

        f = featurize([row_article(row)], [row["position"]], self.options)[0]
        return [{"id": f.id, "published": f.published, "position": f.position, "features": pickle.dumps(f)}]


class PartialStats(_Work):
    """Feature rows → one row holding the batch's document frequencies (summed by the driver)."""

    stage = "group"

    def __call__(self, rows: list[Row]) -> list[Row]:
        from accord.group.partitioned import Stats

        return [{"stats": pickle.dumps(Stats.of(pickle.loads(r["features"]) for r in rows))}]


class GroupPartition(_Work):
    """All feature rows of one partition → one row with the partition's story fragments."""

    stage = "group"

    def __init__(self, options: Options, stats: bytes) -> None:
        super().__init__(options)
        self.stats = pickle.loads(stats)

    def __call__(self, rows: list[Row]) -> list[Row]:
        from accord.group.partitioned import group_partition

        key = int(rows[0]["partition"])
        feats = [pickle.loads(r["features"]) for r in rows]
        return [{"partition": rows[0]["partition"],
                 "result": pickle.dumps(group_partition(key, feats, self.stats, self.options))}]


class BriefStory(_Work):
    """All article rows of one story → its brief (JSON) and summary; an error row if it fails."""

    stage = "brief"
    models = True

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        from accord.briefing import build

        self.build = build

    def __call__(self, rows: list[Row]) -> list[Row]:
        rows = sorted(rows, key=lambda r: r["position"])
        sid = rows[0]["story"]
        try:
            brief = self.build([row_article(r) for r in rows], self.options)
        except Exception as exc:  # noqa: BLE001 - one story's failure is its error row
            return [error_row(self.stage, f"story {sid}", exc)]
        return [{"story": sid, "title": brief.title, "articles": len(rows),
                 "summary": brief.summary_text(self.options.words),
                 "brief": json.dumps(brief.to_dict(), ensure_ascii=False)}]


class SummariseLines(_Work):
    """``accord batch`` lines (``{"number", "line"}``) → output lines, errors as ``{"id", "error"}``."""

    stage = "batch"
    models = True

    def __call__(self, rows: list[Row]) -> list[Row]:
        from accord.jobs import summarise_line

        return [{"number": r["number"], "out": summarise_line((r["number"], r["line"], self.options))} for r in rows]


def schema(kind: str) -> Any:
    """The Arrow schema of a kind of row (pyarrow is imported only when tables are written)."""
    import pyarrow as pa

    err = [("stage", pa.string()), ("item", pa.string()), ("error", pa.string())]
    removed = pa.list_(pa.struct([("line", pa.string()), ("reason", pa.string())]))
    article = [(k, pa.string()) for k in ARTICLE_FIELDS] + [("position", pa.int64()), ("removed", removed)]
    brief = [("story", pa.string()), ("title", pa.string()), ("articles", pa.int64()),
             ("summary", pa.string()), ("brief", pa.string())]
    kinds = {
        "article": article + err,
        "stored": [("id", pa.string()), ("story", pa.string()), ("copy_of", pa.string())]
                  + [f for f in article if f[0] != "id"],
        "features": [("id", pa.string()), ("published", pa.string()), ("position", pa.int64()),
                     ("features", pa.binary()), ("partition", pa.string())] + err,
        "stats": [("stats", pa.binary())],
        "partition": [("partition", pa.string()), ("result", pa.binary())] + err,
        "brief": brief + err,
        "briefs": brief,
        "story": [("id", pa.string()), ("title", pa.string()), ("articles", pa.list_(pa.string())),
                  ("size", pa.int64()), ("independent", pa.int64()), ("first", pa.string()), ("last", pa.string())],
        "error": err,
        "batch": [("number", pa.int64()), ("out", pa.string())],
        "file": [("path", pa.string()), ("first", pa.int64())],
        "line": [("number", pa.int64()), ("line", pa.string())],
    }
    return pa.schema(kinds[kind])


class Partition(_Work):
    """Feature rows → the same rows with their partition number (``partition_of`` the starts)."""

    stage = "group"

    def __init__(self, options: Options, starts: list[Any]) -> None:
        super().__init__(options)
        self.starts = [tuple(s) for s in starts]

    def __call__(self, rows: list[Row]) -> list[Row]:
        from accord.group.partitioned import partition_of

        for r in rows:
            order = (r["published"] is None, r["published"] or "", r["position"])
            r["partition"] = str(partition_of(order, self.starts))
        return rows


class Keep(_Work):
    """Rows as they are (the engine casts them to the output kind's columns: a projection)."""

    stage = "tables"

    def __call__(self, rows: list[Row]) -> list[Row]:
        return rows
