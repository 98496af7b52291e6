"""Ingest: turn paths and URLs into Articles (``read``), one module per input kind.

``read`` never raises for a bad item: it yields an ``IngestError`` naming it and goes on, so one
broken file never costs the rest of a batch, and inside a JSONL file, feed or WARC one bad record
never costs the others. Articles come out uncleaned (``text == raw_text``) but with control
characters removed from every field (terminal escapes, stray NUL bytes). Sources are paths (``str``
or ``os.PathLike``) or http(s) URLs; a folder is read recursively without following symlinks that
lead out of it. URLs are fetched through ``Fetcher`` (``url.py``), under the address policy.
"""
from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Union

from accord.errors import IngestError
from accord.ingest import feed, jsonl, parquet, warc
from accord.ingest import html as html_reader
from accord.ingest import text as text_reader
from accord.ingest.decode import looks_binary, looks_html, strip_controls, to_text
from accord.ingest.url import Fetcher, fetch, is_url
from accord.model import Article
from accord.options import DEFAULT, Options

__all__ = ["read", "expand", "as_sources", "Fetcher", "fetch"]

Source = Union[str, "os.PathLike[str]"]

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


def as_sources(given: Source | Iterable[Source]) -> list[str]:
    """``given`` as a list of source strings: one path or URL (``str``/``Path``) is one source, never
    a string iterated character by character. Anything else is a ``TypeError`` naming it."""
    if isinstance(given, (str, os.PathLike)):
        given = [given]
    elif isinstance(given, (bytes, bytearray)) or not isinstance(given, Iterable):
        raise TypeError(f"sources must be a path, a URL or a list of them, not {type(given).__name__}")
    out: list[str] = []
    for source in given:
        if isinstance(source, os.PathLike):
            source = os.fspath(source)
        if not isinstance(source, str):
            raise TypeError(f"a source must be a path or URL string (or a Path), not {type(source).__name__}: {source!r:.60}")
        out.append(source)
    return out


class _Skipped(str):
    """A folder entry listed only so that ``read`` reports why it is not read (a symlink out)."""

    reason: str = ""


def _outside(entry: Path, root: Path) -> bool:
    """True when the symlink ``entry`` leads out of ``root`` (or nowhere)."""
    try:
        return not entry.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):  # broken link or a loop
        return True


def expand(given: Source | Iterable[Source]) -> list[str]:
    """Sources with folders replaced by their readable files (recursive, sorted, hidden skipped).

    Inside a folder only files with a known suffix (or none) are taken; a file named explicitly is
    always tried. Missing paths are kept so ``read`` reports them, and so are symlinks inside a
    folder that lead out of it (``read`` reports them as not followed: a folder of articles must not
    read ``/etc/passwd`` through a link).
    """
    items: list[str] = []
    for source in as_sources(given):
        if isinstance(source, _Skipped):
            items.append(source)
            continue
        path = Path(source)
        if is_url(source) or not path.is_dir():
            items.append(source)
            continue
        found = len(items)
        root = path.resolve()
        for top, dirs, files in os.walk(path):
            here = Path(top)
            for d in sorted(dirs):
                if (here / d).is_symlink() and not d.startswith(".") and _outside(here / d, root):
                    items.append(_skip(here / d, "symlink to a folder outside"))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = here / name
                if name.startswith(".") or _suffix(file) not in KNOWN_SUFFIXES:
                    continue
                if file.is_symlink() and _outside(file, root):
                    items.append(_skip(file, "symlink to a file outside"))
                else:
                    items.append(str(file))
        if len(items) == found:
            items.append(source)  # ``read`` reports the empty folder instead of silently skipping it
    return items


def _skip(entry: Path, what: str) -> _Skipped:
    skipped = _Skipped(str(entry))
    try:
        target = os.readlink(entry)
    except OSError:
        target = "?"
    skipped.reason = f"{what} the folder ({target}): not followed"
    return skipped


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
        yield from warc.read(item, options.max_bytes, options, fetcher.note)
        return
    if kind in JSONL_SUFFIXES:
        yield from jsonl.read_file(item, options.max_bytes, compressed=_gzipped(path), options=options)
        return
    if kind == ".parquet":  # a table (``accord pipeline`` writes them): one article per row
        yield from parquet.read_file(item, options.max_bytes, options)
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
            yield from jsonl.read_json(to_text(data, item, options=options), item, options)
        elif kind in FEED_SUFFIXES or (kind not in HTML_SUFFIXES and feed.is_feed(data)):
            if looks_binary(data, options) or not feed.is_feed(data):
                raise IngestError(item, "not an RSS/Atom feed")
            yield from feed.read(data, item, fetcher)
        elif kind in HTML_SUFFIXES or looks_html(data):
            article = html_reader.parse(data, None, item, options)
            article.id = _stem(path)
            yield article
        else:
            yield text_reader.parse(to_text(data, item, options=options), item, _stem(path), options)
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
            yield html_reader.parse(page.content, page.url, url, fetcher.options)
    except IngestError as exc:
        yield exc


def _tidy(article: Article) -> Article:
    """Control characters (stray NULs, terminal escapes) and invalid Unicode out of every field,
    whatever the reader."""
    article.title = " ".join(strip_controls(article.title or "").split())
    article.text = strip_controls(article.text)
    article.raw_text = strip_controls(article.raw_text)
    article.id = strip_controls(article.id)  # a file name's undecodable bytes
    for name in ("source", "author", "url", "published", "origin"):
        value = getattr(article, name)
        if isinstance(value, str):
            setattr(article, name, " ".join(strip_controls(value).split()) or None)
    return article


def read(
    sources: Source | Iterable[Source], options: Options = DEFAULT, *, fetcher: Fetcher | None = None
) -> Iterator[Article | IngestError]:
    """Articles (or one error per bad item) from files, folders, JSONL, WARC, feeds and URLs.

    ``fetcher`` lets a caller inject an httpx transport (tests use ``httpx.MockTransport``).
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        for item in expand(sources):
            if isinstance(item, _Skipped):
                yield IngestError(str(item), item.reason)
                continue
            try:
                got_any = _read_url(item, fetcher) if is_url(item) else _read_file(Path(item), item, options, fetcher)
                for got in got_any:
                    yield got if isinstance(got, IngestError) else _tidy(got)
            except Exception as exc:  # noqa: BLE001 - a library bug on one odd input must not end the batch
                yield IngestError(item, f"unexpected {type(exc).__name__}: {exc}")
    finally:
        if own:
            fetcher.close()
