"""WARC archives (``.warc``/``.warc.gz``) with warcio: every HTML response record is one article."""
from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.model import Article


def read(path: str, max_bytes: int) -> Iterator[Article | IngestError]:
    """HTML response records of the archive at ``path``; other records (requests, images) are skipped."""
    found = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or None
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                found += 1
                item = f"{path}#{uri or found}"
                status = record.http_headers.get_statuscode() if record.http_headers else "200"
                if not str(status).startswith("2"):
                    yield IngestError(item, f"archived response is HTTP {status}")
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield IngestError(item, f"record too large (over {max_bytes:,} bytes)")
                    continue
                try:
                    yield html_reader.parse(data, uri, item)
                except IngestError as exc:
                    yield exc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield IngestError(path, f"cannot read WARC ({type(exc).__name__}: {exc})")
        return
    if not found:
        yield IngestError(path, "no HTML response records in the archive")
