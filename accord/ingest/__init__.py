"""Ingest: turn paths and URLs into Articles (``read``), one module per input kind.

``read`` never raises for a bad item: it yields an ``IngestError`` naming it and goes on, so one
broken file never costs the rest of a batch. Articles come out uncleaned (``text == raw_text``).
"""
from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from accord.errors import IngestError
from accord.ingest import feed, jsonl, parquet, warc
from accord.ingest import html as html_reader
from accord.ingest import text as text_reader
from accord.ingest.decode import looks_binary, to_text
from accord.ingest.url import Fetcher, is_url
from accord.model import Article
from accord.options import DEFAULT, Options

__all__ = ["read", "expand", "Fetcher"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".warc", ".json", ".parquet"}  # or .gz


def _gzipped(path: Path) -> bool:
    """A gzip-compressed single file (``page.html.gz``); ``.warc.gz`` is read by warcio itself."""
    name = path.name.lower()
    return name.endswith(".gz") and not name.endswith(".warc.gz")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc"
    if _gzipped(path):
        return Path(name[:-3]).suffix
    return path.suffix.lower()


def _stem(path: Path) -> str:
    """The id of a file's article: its name without the kind suffix(es) (``a.b.html.gz`` → ``a.b``)."""
    name = path.name[:-3] if _gzipped(path) else path.name
    return Path(name).stem or name


def expand(sources: Iterable[str]) -> list[str]:
    """Sources with folders replaced by their readable files (recursive, sorted, hidden skipped).

    Inside a folder only files with a known suffix (or none) are taken; a file named explicitly is
    always tried. Missing paths are kept so ``read`` reports them.
    """
    items: list[str] = []
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.is_dir():
            items.append(source)
            continue
        found = len(items)
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = Path(root) / name
                if not name.startswith(".") and _suffix(file) in KNOWN_SUFFIXES:
                    items.append(str(file))
        if len(items) == found:
            items.append(source)  # ``read`` reports the empty folder instead of silently skipping it
    return items


def _looks_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:300]


def _read_file(path: Path, item: str, options: Options, fetcher: Fetcher) -> Iterator[Article | IngestError]:
    if not path.exists():
        yield IngestError(item, "no such file or folder")
        return
    if path.is_dir():
        yield IngestError(item, "folder has no readable files (.txt, .html, .jsonl, .warc, .xml feeds)")
        return
    if not path.is_file():
        yield IngestError(item, "not a regular file")
        return
    size = path.stat().st_size
    if size == 0:
        yield IngestError(item, "empty file")
        return
    kind = _suffix(path)
    # Archives and JSONL batches are streamed: max_bytes caps each record/line, not the file.
    if kind == ".warc":
        yield from warc.read(item, options.max_bytes)
        return
    if kind in JSONL_SUFFIXES:
        yield from jsonl.read_file(item, options.max_bytes, compressed=_gzipped(path))
        return
    if kind == ".parquet":  # a table (``accord pipeline`` writes them): one article per row
        yield from parquet.read_file(item, options.max_bytes)
        return
    if size > options.max_bytes:  # one article per file: refused by size before reading a byte
        yield IngestError(item, f"file too large ({size:,} bytes > max_bytes {options.max_bytes:,})")
        return
    try:
        if _gzipped(path):
            with gzip.open(path, "rb") as fh:
                data = fh.read(options.max_bytes + 1)  # capped: a small .gz may inflate hugely
            if len(data) > options.max_bytes:
                raise IngestError(item, f"decompressed size over max_bytes {options.max_bytes:,}")
        else:
            data = path.read_bytes()
    except IngestError as exc:
        yield exc
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield IngestError(item, f"cannot read ({getattr(exc, 'strerror', None) or exc})")
        return
    try:
        if kind == ".json":
            yield from jsonl.read_json(to_text(data, item), item)
        elif kind in FEED_SUFFIXES or (kind not in HTML_SUFFIXES and feed.is_feed(data)):
            if looks_binary(data) or not feed.is_feed(data):
                raise IngestError(item, "not an RSS/Atom feed")
            yield from feed.read(data, item, fetcher)
        elif kind in HTML_SUFFIXES or _looks_html(data):
            article = html_reader.parse(data, None, item)
            article.id = _stem(path)
            yield article
        else:
            yield text_reader.parse(to_text(data, item), item, _stem(path))
    except IngestError as exc:
        yield exc


def _read_url(url: str, fetcher: Fetcher) -> Iterator[Article | IngestError]:
    try:
        page = fetcher.fetch(url)
        ctype = page.content_type.split(";", 1)[0].strip().lower()
        if ctype and not any(t in ctype for t in ("html", "xml", "text", "rss", "atom")):
            raise IngestError(url, f"not a web page or feed (content type {ctype})")
        if feed.is_feed(page.content, page.content_type):
            yield from feed.read(page.content, url, fetcher)
        else:
            yield html_reader.parse(page.content, page.url, url)
    except IngestError as exc:
        yield exc


def read(
    sources: Iterable[str], options: Options = DEFAULT, *, fetcher: Fetcher | None = None
) -> Iterator[Article | IngestError]:
    """Articles (or one error per bad item) from files, folders, JSONL, WARC, feeds and URLs.

    ``fetcher`` lets a caller inject an httpx client/transport (tests use ``httpx.MockTransport``).
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        for item in expand(sources):
            try:
                if is_url(item):
                    yield from _read_url(item, fetcher)
                else:
                    yield from _read_file(Path(item), item, options, fetcher)
            except Exception as exc:  # noqa: BLE001 - a library bug on one odd input must not end the batch
                yield IngestError(item, f"unexpected {type(exc).__name__}: {exc}")
    finally:
        if own:
            fetcher.close()
