"""One JSON record → one ``Article``: the single reader behind every front door that takes JSON
(``accord ingest`` of JSONL, JSON and Parquet; ``accord group`` lines and ``api.group`` dicts;
``accord batch`` documents), so each checks types, Unicode and control characters the same way and
names the bad record (``file.jsonl:3``, ``line 3``, ``item 3``, ``story/0``) in one ``IngestError``.

Two contracts, chosen by the caller with ``derive``:

- ``derive=True`` (ingest): a record may leave out ``id``, ``title``, ``source`` and ``published``;
  they are derived as for a web page (a stable id from the URL or text, the first words, the URL's
  domain, a dateline near the top). ``html`` may stand in for ``text``.
- ``derive=False`` (group, batch): the record is taken as given. ``id`` is required (the caller's
  key for the answer); nothing is guessed from the text, since a guessed title or date would move
  stories and summaries; a title alone is enough. (``accord batch`` reads a dateline near the top of a
  document without a date, as ``accord brief`` does.)

Both read ``published`` the same way: a string date (ISO, written, RFC 822) or a Unix time number;
anything else refuses the record with an error naming it (never a silent drop of the date).
"""
from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections.abc import Iterator
from os import PathLike
from pathlib import Path
from typing import Any

from accord.errors import AccordError, IngestError
from accord.ingest import meta
from accord.ingest.decode import file_kind, looks_binary, strip_controls, valid_unicode
from accord.model import Article
from accord.options import DEFAULT, Options


def loads(text: str, item: str) -> object:
    """``json.loads`` with every way it fails on hostile text as one ``IngestError`` naming ``item``.

    Besides malformed JSON: nesting deep enough to exhaust the recursion limit, and integers too long
    to convert (Python refuses over 4,300 digits), raise other exceptions than ``JSONDecodeError``.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        message = exc.msg.removesuffix(" at")  # json's "Invalid control character at" names no place itself
        raise IngestError(item, f"invalid JSON ({message} at {where})") from None
    except RecursionError:
        raise IngestError(item, "invalid JSON (nested too deeply)") from None
    except (ValueError, TypeError, MemoryError) as exc:
        raise IngestError(item, f"invalid JSON ({exc})") from None


def article(record: object, item: str, *, derive: bool = True, options: Options = DEFAULT) -> Article:
    """``record`` (a decoded JSON object) as an Article whose ``origin`` is ``item``; an
    ``IngestError`` naming ``item`` (and the record's id, when it has one) if it cannot be one."""
    if not isinstance(record, dict):
        raise IngestError(item, f"expected a JSON object, got {type(record).__name__}")
    given = record.get("id")
    if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int))):
        raise IngestError(item, f"'id' must be a string or a number, not {type(given).__name__}")
    if isinstance(given, str) and not valid_unicode(given):
        raise IngestError(item, "'id' must be valid Unicode (a lone surrogate escape such as \\ud800)")
    if not derive and (given is None or str(given) == ""):
        raise IngestError(item, "'id' must be a non-empty string or number")
    named = f"{item} ({given})" if given not in (None, "") and str(given) != item else item
    # lone surrogates in text become U+FFFD here, before hashing, parsing or storing them
    record = {k: strip_controls(v) if isinstance(v, str) else v for k, v in record.items()}
    url = record.get("url") or None
    if url is not None and not isinstance(url, str):
        raise IngestError(named, "'url' must be a string")
    given_title = record.get("title")
    title = given_title if isinstance(given_title, str) else ""
    text, page = record.get("text"), record.get("html")
    if text is not None and not isinstance(text, str):
        raise IngestError(named, f"'text' must be a string, not {type(text).__name__}")
    if derive:
        art = _derived(text, page, url, named, options)
        if title.strip():
            art.title = " ".join(title.split())
        if not art.title:  # no headline given: name it by its first line, but keep that line as text
            first = next((line for line in art.raw_text.split("\n") if line.strip()), "")
            cap = options.record_title_words
            art.title = " ".join(first.split()[:cap]) + ("…" if len(first.split()) > cap else "")
        art.id = str(given).strip() if given not in (None, "") else meta.stable_id(url, art.raw_text)
    else:
        if not (text or "").strip() and not title.strip():
            raise IngestError(named, "'text' must be a non-empty string (or give a 'title')")
        art = Article(id=str(given), title=title, text=text or "", raw_text=text or "", url=url)
    for field in ("source", "author"):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            setattr(art, field, value.strip())
    if record.get("published") not in (None, ""):
        # (user72) one rule for every door: a date in any form meta.iso reads (ISO, written, RFC 822, an
        # epoch number) is read; anything else refuses the record, named, as ingest always did (group
        # and batch used to drop it silently, so an article quietly lost the date its writer gave)
        published = _published(record["published"], options)
        if published is None:
            value = record["published"]
            why = ("day and month can swap: give YYYY-MM-DD" if isinstance(value, str) and meta.ambiguous(value)
                   else "give YYYY-MM-DD, a written date or a Unix time")
            raise IngestError(named, f"'published' is not a date: {_shown(value)} ({why})")
        art.published = published
    art.origin = item
    return art


def _published(value: object, options: Options = DEFAULT) -> str | None:
    """``value`` as an ISO date, or None: a string or a number (a Unix time in seconds or
    milliseconds), never a boolean, list or object, and never an absurdly long string."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, float) and not value == value:  # NaN (json.loads reads it): no date
        return None
    if isinstance(value, str) and len(value) > options.published_max_chars:  # spare dateparser the work
        return None
    try:
        return meta.iso(value, options)
    except (ValueError, OverflowError, OSError):  # an epoch far out of range
        return None


def _shown(value: object) -> str:
    """A bad value as the message shows it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _derived(text: Any, page: Any, url: str | None, item: str, options: Options) -> Article:
    """The article of a record to derive from: its text (with a dateline date), else its HTML page."""
    if isinstance(text, str) and text.strip():
        body = text.strip()
        art = Article(id="", title="", text=body, raw_text=body, url=url, source=meta.domain(url))
        art.published = meta.date_near_top(body.split("\n"), options)
        return art
    if isinstance(page, str) and page.strip():
        from accord.ingest import html as html_reader

        return html_reader.parse(page, url, item, options)
    raise IngestError(item, "needs a non-empty 'text' or 'html' string")


def line(text: str, item: str, *, derive: bool = True, options: Options = DEFAULT) -> Article:
    """One JSONL line as an Article (``loads`` then ``article``): an ``IngestError`` naming ``item``
    for anything a line can hold, so no line can end the file."""
    try:
        return article(loads(text, item), item, derive=derive, options=options)
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(item, "record nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - a reader bug on one odd record must not cost the rest
        raise IngestError(item, f"unreadable record ({type(exc).__name__}: {exc})") from None


def _object_line(raw: bytes) -> bool:
    """A line that may hold a JSON object: UTF-8 between braces (in random bytes one line in
    65,536 is between braces, and almost none of those is UTF-8)."""
    raw = raw.strip()
    if not (raw.startswith(b"{") and raw.endswith(b"}")):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def count_lines(path: str | PathLike[str]) -> int:
    """Non-empty lines of a JSONL file (a progress total); an ``AccordError`` when it cannot be read,
    or when it is no JSONL text at all (``not_jsonl``: one error for the file, not one per line)."""
    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"a JSONL path (str or Path) is needed, not {type(path).__name__}")
    path = Path(path)
    if not path.is_file():
        raise AccordError(f"{path}: not found")
    try:
        why = not_jsonl(path)
        if why:
            raise AccordError(f"{path}: {why}")
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError as exc:
        raise AccordError(f"{path}: cannot read ({exc.strerror or exc})") from None


def not_jsonl(path: str | PathLike[str], *, compressed: bool = False,
              options: Options = DEFAULT) -> str | None:
    """Why the file at ``path`` is no JSONL text at all, or None (then each line is judged alone).

    (user72) A PNG, a gzip file or random bytes split at newline bytes used to give one ``not UTF-8``
    error per "line", thousands for one wrong file. A file is refused whole when its first bytes name
    another format, or when its head looks binary and not one of its lines is a JSON object (a
    JSONL file with a few damaged lines still has its good lines read). A UTF-16/32 file (byte-order
    mark) is text, for the reader to decode or refuse. (mend120) A compressed file cut short is not
    judged here: the reader keeps its lines up to the cut and reports the cut.
    """
    if not compressed:
        return _not_jsonl(path, open, options)
    try:
        return _not_jsonl(path, gzip.open, options)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        return None


def _not_jsonl(path: str | PathLike[str], opener: Any, options: Options) -> str | None:
    """``not_jsonl`` on a file opened by ``opener`` (``open`` or ``gzip.open``)."""
    compressed = opener is gzip.open
    with opener(path, "rb") as fh:
        head = fh.read(options.jsonl_sniff_bytes)
        # UTF-32 LE opens with the UTF-16 LE mark; UTF-32 BE's mark must be named apart
        if head.startswith((codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return None
        kind = file_kind(head)
        if kind == "gzip-compressed data" and not compressed:
            return f"{kind}, not JSONL text (decompress it first; `accord ingest` reads FILE.jsonl.gz)"
        if kind:
            return f"{kind}, not JSONL text"
        if not looks_binary(head):
            return None
        fh.seek(0)
        if any(_object_line(line) for line in fh):
            return None
    return "binary data, not JSONL text (no line holds a JSON object)"


def input_lines(path: str | PathLike[str]) -> Iterator[tuple[int, str | AccordError]]:
    """(line number, text) for each non-empty line of a JSONL input of ``batch`` or ``group``.

    Read as bytes and decoded one line at a time, so an invalid UTF-8 byte is an error for its line
    (``line N: not UTF-8 ...``) and every other line is still read.
    """
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                # without its line break, or a line cut short is "invalid JSON at line 2 column 1"
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                yield number, AccordError(f"line {number}: not UTF-8 (byte {raw[exc.start]:#04x} at column {exc.start + 1})")
