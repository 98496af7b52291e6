"""WARC archives (``.warc``/``.warc.gz``) with warcio: every HTML response record is one article.

Each record succeeds or fails alone, named ``archive.warc@OFFSET`` (the byte offset of the record in
the file, as ``warcio index`` prints it). A truncated archive is reported, never silently shortened:
a record whose content stops before its declared length is an error, and so is an archive that
ends (or stops parsing) before its last byte.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.ingest.decode import looks_html
from accord.model import Article
from accord.options import DEFAULT, Options

TRAILING_SLACK = 4  # blank-line bytes an archive may end with after its last record

Note = Callable[[str, str], None]


def _silent(item: str, message: str) -> None:
    """The default ``note``: tell no one."""


def _short(record: object) -> int:
    """Bytes a record's content fell short of its declared length (0 for a complete record)."""
    raw = getattr(record, "raw_stream", None)
    return raw.limit if isinstance(raw, LimitReader) and raw.limit > 0 else 0


def read(path: str, max_bytes: int, options: Options = DEFAULT,
         note: Note = _silent) -> Iterator[Article | IngestError]:
    """HTML response records of the archive at ``path``; other records (requests, images) are skipped,
    each response skipped told to ``note(item, message)``. A response with no content type (or a
    generic binary one) is read when its bytes are an HTML page."""
    found = 0
    offset = 0
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                offset = records.offset
                got = _record(record, records, path, offset, max_bytes, options, note)
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
        if isinstance(exc, ArchiveLoadFailed) and "Unknown archive format" in str(exc):
            # (user72) warcio quotes the first line, raw bytes and all: name the problem instead
            yield IngestError(where, "not a WARC archive (no WARC record header here)")
        else:
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


def _record(record: object, records: ArchiveIterator, path: str, offset: int, max_bytes: int,
            options: Options = DEFAULT, note: Note = _silent) -> Article | IngestError | None:
    """One record as an article or an error naming ``path@offset``; None when it is not an HTML page
    (a response that is not one, an image or a PDF, is told to ``note``: a reader must not wonder
    where a record went; requests and metadata records are not pages and go unsaid)."""
    item = f"{path}@{offset}"
    try:
        if record.rec_type != "response":  # type: ignore[attr-defined]
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI") or None  # type: ignore[attr-defined]
        http = record.http_headers  # type: ignore[attr-defined]
        ctype = (http.get_header("Content-Type", "") if http else "") or ""
        named = f"{uri}: " if uri else ""
        kind = ctype.split(";", 1)[0].strip().lower()
        unlabelled = kind in ("", "application/octet-stream", "binary/octet-stream")
        if "html" not in kind and not unlabelled:  # (user72) an image, a PDF, a script: told, never silent
            note(item, f"{named}not read: not an HTML page ({kind})")
            return None
        status = http.get_statuscode() if http else "200"
        if not str(status).startswith("2"):
            return IngestError(item, f"{named}archived response is HTTP {status}")
        data = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
        if unlabelled and not looks_html(data):  # no type, or a generic one: read if the bytes are a page
            records.read_to_end()
            note(item, f"{named}not read: not an HTML page ({kind or 'no content type'}, and not HTML inside)")
            return None
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
