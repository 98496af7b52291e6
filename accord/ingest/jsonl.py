"""JSONL: one article per line (``title``, ``text`` or ``html``, optional ``url``, ``source``,
``published``, ``author``, ``id``; without a title the first words of the text name it). A bad line is
an error naming ``file.jsonl:LINE``; the other lines still load. Each record is read by
``accord.ingest.record``, the reader every JSON front door shares.
"""
from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterator

from accord.errors import IngestError
from accord.ingest import record
from accord.ingest.decode import to_text
from accord.model import Article
from accord.options import DEFAULT, Options


def _line(record_text: str, item: str, options: Options = DEFAULT) -> Article | IngestError:
    """One line as an Article or the error naming it: nothing a line holds can end the file."""
    try:
        return record.line(record_text, item, options=options)
    except IngestError as exc:
        return exc


def read(text: str, path: str, options: Options = DEFAULT) -> Iterator[Article | IngestError]:
    """Articles of a decoded JSONL text; blank lines are skipped, bad lines become errors."""
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _line(line, f"{path}:{n}", options)


def read_file(path: str, max_bytes: int, compressed: bool = False,
              options: Options = DEFAULT) -> Iterator[Article | IngestError]:
    """Stream a JSONL file line by line, so a large batch file is never held whole in memory.

    ``max_bytes`` caps each line (one article), not the file. UTF-8 is JSON's encoding; a line in
    another byte encoding is decoded by detection; a UTF-16/32 file (byte-order mark) is read whole.
    """
    try:
        why = record.not_jsonl(path, compressed=compressed, options=options)  # one error for a file that is no text at all
        if why:
            yield IngestError(path, why)
            return
        yield from _stream(path, max_bytes, compressed, options)
    except (OSError, EOFError, zlib.error) as exc:  # e.g. a truncated .jsonl.gz: lines so far are kept
        yield IngestError(path, f"cannot read further ({exc})")


def _stream(path: str, max_bytes: int, compressed: bool, options: Options) -> Iterator[Article | IngestError]:
    with (gzip.open(path, "rb") if compressed else open(path, "rb")) as fh:
        head = fh.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            data = head + fh.read(max_bytes)
            if len(data) > max_bytes:
                yield IngestError(path, f"UTF-16/32 JSONL over max_bytes ({max_bytes:,})")
                return
            yield from read(to_text(data, path, options=options), path, options)
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
                    line = to_text(raw, item, options=options)
                except IngestError as exc:
                    yield exc
                    continue
            yield _line(line, item, options)


def read_json(text: str, path: str, options: Options = DEFAULT) -> Iterator[Article | IngestError]:
    """A ``.json`` file: one article object, or a list of them (``file.json[INDEX]`` in errors)."""
    try:
        data = record.loads(text, path)
    except IngestError as exc:
        yield exc
        return
    records = data if isinstance(data, list) else [data]
    for i, one in enumerate(records):
        item = f"{path}[{i}]" if isinstance(data, list) else path
        try:
            yield record.article(one, item, options=options)
        except IngestError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one odd record must not cost the rest of the list
            yield IngestError(item, f"unreadable record ({type(exc).__name__}: {exc})")
