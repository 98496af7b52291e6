"""WARC archives (``.warc``/``.warc.gz``) with warcio: every HTML response record is one article.

Each record succeeds or fails alone, named ``archive.warc@OFFSET`` (the byte offset of the record in
the file, as ``warcio index`` prints it). A truncated archive is reported, never silently shortened:
a record whose content stops before its declared length is an error, and so is an archive that
ends (or stops parsing) before its last byte.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.model import Article
from accord.options import DEFAULT, Options

TRAILING_SLACK = 4  # blank-line bytes an archive may end with after its last record


def _short(record: object) -> int:
    """Bytes a record's content fell short of its declared length (0 for a complete record)."""
    raw = getattr(record, "raw_stream", None)
    return raw.limit if isinstance(raw, LimitReader) and raw.limit > 0 else 0


def read(path: str, max_bytes: int, options: Options = DEFAULT) -> Iterator[Article | IngestError]:
    """HTML response records of the archive at ``path``; other records (requests, images) are skipped."""
    found = 0
    offset = 0
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                offset = records.offset
                got = _record(record, records, path, offset, max_bytes, options)
                if got is not None:
                    found += 1
                    yield got
                elif _short(record):  # a skipped record's rest is read when the iterator moves on
                    records.read_to_end()
                    if _short(record):
                        yield IngestError(f"{path}@{offset}", f"record truncated ({_short(record):,} bytes missing)")
            end = records.offset
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        where = f"{path}@{offset}" if offset else path
        yield IngestError(where, f"cannot read WARC ({type(exc).__name__}: {exc})")
        return
    except Exception as exc:  # noqa: BLE001 - warcio on hostile bytes: the records so far are kept
        yield IngestError(f"{path}@{offset}", f"cannot read WARC further ({type(exc).__name__}: {exc})")
        return
    if end < size - TRAILING_SLACK:
        yield IngestError(f"{path}@{end}", f"archive truncated or damaged: {size - end:,} bytes after the "
                                           "last complete record could not be read as records")
    if not found:
        yield IngestError(path, "no HTML response records in the archive")


def _record(record: object, records: ArchiveIterator, path: str, offset: int,
            max_bytes: int, options: Options = DEFAULT) -> Article | IngestError | None:
    """One record as an article or an error naming ``path@offset``; None when it is not an HTML page."""
    item = f"{path}@{offset}"
    try:
        if record.rec_type != "response":  # type: ignore[attr-defined]
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI") or None  # type: ignore[attr-defined]
        http = record.http_headers  # type: ignore[attr-defined]
        ctype = http.get_header("Content-Type", "") if http else ""
        if "html" not in (ctype or "").lower():
            return None
        named = f"{uri}: " if uri else ""
        status = http.get_statuscode() if http else "200"
        if not str(status).startswith("2"):
            return IngestError(item, f"{named}archived response is HTTP {status}")
        data = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
        if len(data) > max_bytes:
            return IngestError(item, f"{named}record too large (over {max_bytes:,} bytes)")
        records.read_to_end()
        if _short(record):
            return IngestError(item, f"{named}record truncated ({_short(record):,} bytes missing)")
        try:
            article = html_reader.parse(data, uri, item, options)
        except IngestError as exc:
            return IngestError(item, f"{named}{exc.reason}")
        article.origin = f"{path}#{uri}" if uri else item
        return article
    except (ArchiveLoadFailed, EOFError, OSError):
        raise  # the archive itself is broken here: reported once by ``read``
    except Exception as exc:  # noqa: BLE001 - one odd record must not cost the rest of the archive
        return IngestError(item, f"unreadable record ({type(exc).__name__}: {exc})")
