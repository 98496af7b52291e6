"""JSONL: one article per line (``title``, ``text`` or ``html``, optional ``url``, ``source``,
``published``, ``author``, ``id``; without a title the first words of the text name it). A bad line is an error naming ``file.jsonl:LINE``; the other lines still load.
"""
from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections.abc import Iterator

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.ingest import meta
from accord.ingest.decode import strip_controls, to_text, valid_unicode
from accord.model import Article

TITLE_WORDS = 16  # an untitled line's title: its first words


def _article(record: object, item: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(item, f"expected a JSON object, got {type(record).__name__}")
    given = record.get("id")
    if isinstance(given, str) and not valid_unicode(given):
        raise IngestError(item, "'id' is not valid Unicode (a lone surrogate escape such as \\ud800)")
    # lone surrogates in text become U+FFFD here, before hashing, parsing or storing them
    record = {k: strip_controls(v) if isinstance(v, str) else v for k, v in record.items()}
    url = record.get("url") or None
    if url is not None and not isinstance(url, str):
        raise IngestError(item, "'url' must be a string")
    text, page = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        body = text.strip()
        article = Article(id="", title="", text=body, raw_text=body, url=url, source=meta.domain(url))
        article.published = meta.date_near_top(body.split("\n"))
    elif isinstance(page, str) and page.strip():
        article = html_reader.parse(page, url, item)
    else:
        raise IngestError(item, "needs a non-empty 'text' or 'html' string")
    title = record.get("title")
    if isinstance(title, str) and title.strip():
        article.title = " ".join(title.split())
    if not article.title:  # no headline given: name it by its first line, but keep that line as text
        first = next((line for line in article.raw_text.split("\n") if line.strip()), "")
        article.title = " ".join(first.split()[:TITLE_WORDS]) + ("…" if len(first.split()) > TITLE_WORDS else "")
    if isinstance(record.get("source"), str) and record["source"].strip():
        article.source = record["source"].strip()
    if record.get("published") not in (None, ""):
        published = meta.iso(record["published"])
        if published is None:
            raise IngestError(item, f"'published' is not a date: {record['published']!r}")
        article.published = published
    if isinstance(record.get("author"), str) and record["author"].strip():
        article.author = record["author"].strip()
    given = record.get("id")
    if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int))):
        raise IngestError(item, f"'id' must be a string or a number, not {type(given).__name__}")
    article.id = str(given).strip() if given not in (None, "") else meta.stable_id(url, article.raw_text)
    article.origin = item
    return article


def loads(text: str, item: str) -> object:
    """``json.loads`` with every way it fails on hostile text as one ``IngestError`` naming ``item``.

    Besides malformed JSON: nesting deep enough to exhaust the recursion limit, and integers too long
    to convert (Python refuses over 4,300 digits), raise other exceptions than ``JSONDecodeError``.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        raise IngestError(item, f"malformed JSON ({exc.msg} at {where})") from None
    except RecursionError:
        raise IngestError(item, "JSON nested too deeply") from None
    except (ValueError, TypeError, MemoryError) as exc:
        raise IngestError(item, f"unreadable JSON ({exc})") from None


def _line(record_text: str, item: str) -> Article | IngestError:
    """One line as an Article or the error naming it: nothing a line holds can end the file."""
    try:
        return _article(loads(record_text, item), item)
    except IngestError as exc:
        return exc
    except RecursionError:
        return IngestError(item, "record nested too deeply")
    except Exception as exc:  # noqa: BLE001 - a reader bug on one odd record must not cost the rest
        return IngestError(item, f"unreadable record ({type(exc).__name__}: {exc})")


def read(text: str, path: str) -> Iterator[Article | IngestError]:
    """Articles of a decoded JSONL text; blank lines are skipped, bad lines become errors."""
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _line(line, f"{path}:{n}")


def read_file(path: str, max_bytes: int, compressed: bool = False) -> Iterator[Article | IngestError]:
    """Stream a JSONL file line by line, so a large batch file is never held whole in memory.

    ``max_bytes`` caps each line (one article), not the file. UTF-8 is JSON's encoding; a line in
    another byte encoding is decoded by detection; a UTF-16/32 file (byte-order mark) is read whole.
    """
    try:
        yield from _stream(path, max_bytes, compressed)
    except (OSError, EOFError, zlib.error) as exc:  # e.g. a truncated .jsonl.gz: lines so far are kept
        yield IngestError(path, f"cannot read further ({exc})")


def _stream(path: str, max_bytes: int, compressed: bool) -> Iterator[Article | IngestError]:
    with (gzip.open(path, "rb") if compressed else open(path, "rb")) as fh:
        head = fh.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            data = head + fh.read(max_bytes)
            if len(data) > max_bytes:
                yield IngestError(path, f"UTF-16/32 JSONL over max_bytes ({max_bytes:,})")
                return
            yield from read(to_text(data, path), path)
            return
        fh.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
        n = 0
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                break
            n += 1
            item = f"{path}:{n}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                yield IngestError(item, f"line too large (over {max_bytes:,} bytes)")
                while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                    raw = fh.readline(max_bytes + 1)
                continue
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = to_text(raw, item)
                except IngestError as exc:
                    yield exc
                    continue
            yield _line(line, item)


def read_json(text: str, path: str) -> Iterator[Article | IngestError]:
    """A ``.json`` file: one article object, or a list of them (``file.json[INDEX]`` in errors)."""
    try:
        data = loads(text, path)
    except IngestError as exc:
        yield exc
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        item = f"{path}[{i}]" if isinstance(data, list) else path
        try:
            yield _article(record, item)
        except IngestError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one odd record must not cost the rest of the list
            yield IngestError(item, f"unreadable record ({type(exc).__name__}: {exc})")
