"""Parquet tables: one article per row, the same fields as a JSONL line (``title``, ``text`` or
``html``, ``url``, ``source``, ``published``, ``author``, ``id``), validated by the reader
every JSON front door shares (``accord.ingest.record``).

A table written by ``accord pipeline`` (its ``articles`` folder) loads as it was read: ``raw_text``
(the text before cleaning) is taken as the text, so ``accord ingest`` cleans it with the library's
recurring lines and groups it like any other input. Needs pyarrow (``pip install 'accord[ray]'``).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from accord.errors import IngestError
from accord.ingest import record
from accord.model import Article
from accord.options import DEFAULT, Options

FIELDS = ("id", "title", "text", "raw_text", "html", "url", "source", "published", "author")
BATCH_ROWS = 1024  # rows decoded at a time: a large table is never held whole in memory


def read_file(path: str, max_bytes: int, options: Options = DEFAULT) -> Iterator[Article | IngestError]:
    """Articles of a Parquet file (``path:ROW`` in errors); unknown columns are ignored."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield IngestError(path, "reading Parquet needs pyarrow (pip install 'accord[ray]')")
        return
    try:
        table = pq.ParquetFile(path)
        columns = [c for c in table.schema_arrow.names if c in FIELDS]
        n = 0
        for batch in table.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                n += 1
                item = f"{path}:{n}"
                yield _row(row, item, max_bytes, options)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        yield IngestError(path, f"cannot read Parquet ({type(exc).__name__}: {exc})")


def _row(row: dict, item: str, max_bytes: int, options: Options = DEFAULT) -> Article | IngestError:
    if row.get("raw_text"):
        row["text"] = row["raw_text"]
    if isinstance(row.get("published"), (date, datetime)):
        row["published"] = row["published"].isoformat()[:10]
    size = sum(len(v) for v in row.values() if isinstance(v, str))
    if size > max_bytes:
        return IngestError(item, f"row too large (over {max_bytes:,} bytes)")
    try:
        return record.article(row, item, options=options)
    except IngestError as exc:
        return exc
