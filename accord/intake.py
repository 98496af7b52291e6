"""Ingest's last step: each read article cleaned, grouped and stored in one transaction.

``accord.api.ingest`` reads sources and hands the articles here; the watcher and the web's upload do
the same through ``accord.api.ingest_articles``. One article's failure (cleaning, grouping, storing)
is its own ``Ingested`` error and rolls back only its rows, so the others are kept.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord import clean
from accord.errors import AccordError, IngestError
from accord.grouper import Grouper
from accord.model import Article, Ingested
from accord.options import Options
from accord.store import Library


def store_all(got: Iterable[Article | IngestError], lib: Library, opts: Options, results: list[Ingested]) -> set[str]:
    """Store every article (appending its ``Ingested`` to ``results`` as it is done, so a caller can
    show progress); returns the stories that changed. The caller holds the library's writer lock."""
    lib.grow_cache(opts.ingest_cache_mb)  # the index pages of a big library stay in memory
    grouper = Grouper.kept(lib, opts)  # what the handle's last ingest read, if nothing changed since
    start = len(results)  # the first result of the batch not committed yet

    def lost(exc: Exception) -> None:
        """The batch's commit failed and rolled it back: its articles were never stored, so they
        are reported as errors (never as added), and what the grouper read is read again."""
        for k in range(start, len(results)):
            res = results[k]
            if res.status == "added":
                results[k] = Ingested(res.item, "error", message=f"not stored: saving to the library failed "
                                      f"({type(exc).__name__}: {exc}); ingest it again")
        grouper.reset(repair=False)

    grouper.defer()  # stories' totals are written once a batch, before its commit
    with lib.batched(opts.ingest_commit_articles, opts.ingest_commit_seconds, lost, grouper.flush,
                     wall_seconds=opts.ingest_commit_wall_seconds) as done:
        try:
            for item in got:
                results.append(_store(item, lib, grouper, clean, opts))
                if done():
                    start = len(results)
        except BaseException:  # Ctrl-C may stop an article half grouped: what is committed is what the rows say
            grouper.reset()
            raise
    grouper.keep()  # committed: what it holds is what the tables say
    return set(grouper.changed)


def _store(got: Article | IngestError, lib: Library, grouper: Grouper, cleaner: Any, opts: Options) -> Ingested:
    """Clean one read article, then store it with its story and copy links in one transaction."""
    if isinstance(got, IngestError):
        return Ingested(got.item, "error", message=got.reason)
    item = got.origin or got.id
    dup = lib.find_duplicate(got)
    if dup is not None:
        return Ingested(item, "duplicate", lib.get(dup) or got, f"already in library as {dup}")
    try:
        keys = cleaner.line_keys(got.raw_text)
        recurring = lib.recurring(
            keys,
            opts.recurring_min_articles,
            related_share=opts.recurring_related_share,
            copy_share=opts.recurring_copy_share,
            holders_cap=opts.recurring_holders_cap,
        )
        article = cleaner.clean(got, recurring=recurring, options=opts)
    except AccordError as exc:
        return Ingested(item, "error", message=str(exc))
    except Exception as exc:  # noqa: BLE001 - a cleaning bug on one article must not end the batch
        return Ingested(item, "error", message=f"cleaning failed ({type(exc).__name__}: {exc})")
    from accord.briefing import nothing_left  # (the brief's stages load only when an article is stored)

    emptied = nothing_left(article)
    if emptied:  # a login page, a directory listing, a cookie notice: nothing to store
        return Ingested(item, "error", message=f"{emptied}; not stored")  # (user70: what happens next is said)
    try:
        with lib.transaction():
            article.id = lib.free_id(article.id)
            grouper.assign(article)  # story and copy_of, with the index rows, in this transaction
            if not lib.add(article, keys):
                raise _Duplicate(lib.find_duplicate(article))
        grouper.stored()  # its savepoint released: what it changed in the index stays
    except _Duplicate as dup_of:  # rolled back: nothing of it was kept
        grouper.reset()
        return Ingested(item, "duplicate", lib.get(str(dup_of)) or article, f"already in library as {dup_of}")
    except Exception as exc:  # noqa: BLE001 - rolled back whole; the next article starts clean
        grouper.reset()
        return Ingested(item, "error", message=f"storing failed ({type(exc).__name__}: {exc})")
    return Ingested(item, "added", article)


class _Duplicate(Exception):
    """Rolls back an article found to be a duplicate only once it was grouped."""
