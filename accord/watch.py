"""Live feeds: poll RSS/Atom feeds on a schedule and ingest what is new (``accord watch``).

Each poll is a conditional GET (``If-None-Match``/``If-Modified-Since`` from the feed's last answer),
so an unchanged feed costs one 304; only entries not seen before are read (their links fetched,
bounded like every fetch), stored, grouped, and their stories' briefs rebuilt. A failing feed is
polled less often (the interval doubles per failure, up to ``watch_max_backoff``) and recovers on
its next success. Each poll writes one log line. Feed state (ETag, last poll, status, entries seen)
lives in the library, so a restarted watcher — or ``accord serve --watch`` — carries on.
"""
from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr

from accord.errors import AccordError, IngestError
from accord.options import DEFAULT, Options

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str, options: Options = DEFAULT) -> float:
    """``15m``, ``90s``, ``1h30m``, ``2d`` or plain seconds → seconds; an error names bad input (or
    an interval under ``options.watch_min_every``)."""
    raw = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", raw):
        seconds = float(raw)
    else:
        parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", raw)
        if not parts or re.sub(r"(\d+(?:\.\d+)?)\s*([smhd])", "", raw).strip():
            raise AccordError(f"--every {text!r}: use a duration like 90s, 15m, 1h or 1h30m")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds < options.watch_min_every:
        raise AccordError(f"--every {text!r}: at least {options.watch_min_every:g} s between polls")
    return seconds


def duration(seconds: float) -> str:
    """A poll interval as a person writes it (``15m``, ``1h30m``, ``45s``)."""
    s = int(round(seconds))
    out = ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if s >= size:
            out += f"{s // size}{unit}"
            s %= size
    return out + (f"{s}s" if s or not out else "")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _at(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(stamp: str | None) -> float:
    if not stamp:
        return 0.0
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


# -- feed lists: a text file (one URL a line) or OPML --------------------------------------------

# A feed list is taken whole or not at all (a typo is fixed and the file imported again): the error says so.
NOTHING_ADDED = "no feed of the file was added"


def parse_feed_list(data: str, name: str = "feeds") -> list[str]:
    """Feed URLs from OPML (every ``outline`` with an ``xmlUrl``) or from text, one URL a line
    (blank lines and ``#`` comments skipped). A line that is not an http(s) URL is an error naming it."""
    head = data.lstrip()[:200].lower()
    if head.startswith("<?xml") or "<opml" in head:
        try:
            root = ElementTree.fromstring(data.encode("utf-8"))
        except ElementTree.ParseError as exc:
            raise AccordError(f"{name}: not readable OPML ({exc}); {NOTHING_ADDED}") from None
        tag = root.tag.rsplit("}", 1)[-1].lower()
        if tag in ("rss", "feed", "rdf"):  # a feed itself, saved to a file: its articles are read by ingest
            raise AccordError(f"{name}: an RSS/Atom feed, not a list of feeds (OPML, or one URL a line); "
                              f"to read its articles: accord ingest {name}")
        urls = [o.get("xmlUrl", "").strip() for o in root.iter("outline") if o.get("xmlUrl")]
    else:
        urls = []
        for n, line in enumerate(data.splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not re.match(r"https?://\S+$", line, re.I):
                raise AccordError(f"{name}:{n}: not a feed URL: {line[:80]!r}; {NOTHING_ADDED}")
            urls.append(line)
    bad = [u for u in urls if not re.match(r"https?://\S+$", u, re.I)]
    if bad:
        raise AccordError(f"{name}: not a feed URL: {bad[0][:80]!r}; {NOTHING_ADDED}")
    return list(dict.fromkeys(urls))


def read_feed_list(path: str | Path) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise AccordError(f"{path}: no such feeds file")
    return parse_feed_list(p.read_text(encoding="utf-8", errors="replace"), str(path))


def to_opml(feeds: Iterable[dict[str, Any]], title: str = "accord feeds") -> str:
    """The feed list as OPML 2.0 (what feed readers import)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"<head><title>{_xml(title)}</title></head>", "<body>"]
    for f in feeds:
        name = f.get("title") or f["url"]
        lines.append(f'<outline type="rss" text={quoteattr(name)} title={quoteattr(name)} xmlUrl={quoteattr(f["url"])}/>')
    lines += ["</body>", "</opml>"]
    return "\n".join(lines) + "\n"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- polling --------------------------------------------------------------------------------------

@dataclass
class Poll:
    """What one poll of one feed did (the log line says the same)."""

    url: str
    status: str  # "ok", "not modified" or "error"
    http: int | None = None
    entries: int = 0
    new: int = 0
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    message: str = ""
    next_in: float = 0.0
    stories: tuple[str, ...] = ()

    def line(self) -> str:
        when = _now()
        if self.status == "error":
            return (f"{when} poll {self.url}: error: {self.message}; retry in {duration(self.next_in)}")
        if self.status == "not modified":
            return f"{when} poll {self.url}: not modified (304); next in {duration(self.next_in)}"
        text = (f"{when} poll {self.url}: {self.http} {self.entries} entries, {self.new} new: {self.added} added, "
                f"{self.duplicates} already in library, {self.failed} failed")
        if self.message:
            text += f" ({self.message})"
        return text + f"; next in {duration(self.next_in)}"


class Watcher:
    """Polls a library's feeds. ``poll`` does one feed now; ``run`` loops until ``stop`` is set."""

    def __init__(self, options: Options = DEFAULT, *, every: float | None = None, fetcher: Any = None,
                 log: Callable[[str], None] | None = None) -> None:
        from accord.ingest import Fetcher

        self.options = options
        self.every = every if every is not None else options.watch_every
        self.fetcher = fetcher or Fetcher(options)
        self._own_fetcher = fetcher is None
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.polls = 0
        self._kept: Any = None  # the library handle of a running ``run``

    @contextmanager
    def _library(self) -> Iterator[Any]:
        """The library: the handle ``run`` keeps open between polls (SQLite's page cache stays warm:
        an ingest into a big library reads fewer pages), else one opened for this call."""
        from accord.store import Library

        if self._kept is not None:
            yield self._kept
            return
        with Library(self.options.db_path) as lib:
            yield lib

    def add(self, urls: Iterable[str]) -> list[str]:
        """List feeds in the library (already listed ones are kept as they are)."""
        urls = list(dict.fromkeys(urls))
        for url in urls:
            if not re.match(r"https?://\S+$", url, re.I):
                raise AccordError(f"not a feed URL: {url!r}")
        with self._library() as lib:
            for url in urls:
                lib.put_feed(url)
        return urls

    def backoff(self, failures: int) -> float:
        """Seconds to the next poll after ``failures`` failures in a row (doubling, capped)."""
        return min(self.every * (2 ** max(failures, 0)), max(self.options.watch_max_backoff, self.every))

    def poll(self, url: str) -> Poll:
        """One conditional GET of ``url`` and the ingest of its new entries; logs one line."""
        import feedparser

        from accord import api
        from accord.ingest import feed as feed_reader

        self.polls += 1
        with self._library() as lib:
            lib.put_feed(url)
            state = lib.get_feed(url) or {}
            headers = {}
            if state.get("etag"):
                headers["If-None-Match"] = state["etag"]
            if state.get("last_modified"):
                headers["If-Modified-Since"] = state["last_modified"]
            result = Poll(url, "ok")
            try:
                page = self.fetcher.fetch(url, headers=headers)
                result.http = page.status
                if page.status == 304:
                    result.status = "not modified"
                else:
                    if not feed_reader.is_feed(page.content, page.content_type):
                        raise IngestError(url, "not an RSS/Atom feed")
                    parsed = feedparser.parse(page.content)
                    if not parsed.entries and parsed.bozo:
                        raise IngestError(url, f"not a readable feed ({parsed.bozo_exception})")
                    keys = [k for k in (feed_reader.entry_key(e) for e in parsed.entries) if k]
                    seen = lib.feed_entries(url)
                    result.entries = len(parsed.entries)
                    result.new = len([k for k in keys if k not in seen])
                    done = []
                    if parsed.entries:
                        got = feed_reader.read(page.content, url, self.fetcher, skip=lambda k: k in seen)
                        done = api.ingest_articles(got, options=self.options, library=lib)
                    else:
                        result.message = "the feed has no entries"
                    result.added = sum(r.status == "added" for r in done)
                    result.duplicates = sum(r.status == "duplicate" for r in done)
                    errors = [r for r in done if r.status == "error"]
                    result.failed = len(errors)
                    if errors:
                        result.message = f"first failure: {errors[0].item}: {errors[0].message}"[:300]
                    result.stories = tuple(sorted({r.article.story for r in done
                                                   if r.status == "added" and r.article and r.article.story}))
                    lib.add_feed_entries(url, keys)
                    title = (parsed.feed.get("title") or "").strip() or state.get("title")
                    lib.put_feed(url, title=title, etag=page.headers.get("etag"),
                                 last_modified=page.headers.get("last-modified"),
                                 added_articles=int(state.get("added_articles") or 0) + result.added)
                result.next_in = self.every
                lib.put_feed(url, last_poll=_now(), status=result.status, message=result.message or None,
                             failures=0, next_poll=_at(time.time() + result.next_in))
            except IngestError as exc:
                failures = int(state.get("failures") or 0) + 1
                result.status, result.message = "error", exc.reason
                result.next_in = self.backoff(failures)
                lib.put_feed(url, last_poll=_now(), status="error", message=exc.reason[:500], failures=failures,
                             next_poll=_at(time.time() + result.next_in))
        self.log(result.line())
        return result

    def due(self, urls: Iterable[str] | None = None, now: float | None = None) -> tuple[list[str], float]:
        """Feeds to poll now, and seconds until the next one after them is due."""
        now = time.time() if now is None else now
        with self._library() as lib:
            listed = lib.feeds()
        wanted = set(urls) if urls is not None else None
        feeds = [f for f in listed if wanted is None or f["url"] in wanted]
        due = [f["url"] for f in feeds if _epoch(f.get("next_poll")) <= now]
        later = [_epoch(f.get("next_poll")) - now for f in feeds if f["url"] not in due]
        return due, min(later, default=self.every)

    def run(self, stop: threading.Event, urls: Iterable[str] | None = None, max_polls: int | None = None,
            wake: threading.Event | None = None) -> None:
        """Poll due feeds until ``stop`` is set (or ``max_polls`` polls are done). ``urls``: only these
        feeds; None: every feed listed in the library, including ones added while running. Setting
        ``wake`` (a feed was added) ends a wait early; whoever sets ``stop`` should set it too."""
        from accord.store import Library

        urls = list(urls) if urls is not None else None
        self._kept = Library(self.options.db_path)
        try:
            while not stop.is_set():
                due, wait = self.due(urls)
                for url in due:
                    if stop.is_set() or (max_polls is not None and self.polls >= max_polls):
                        return
                    try:
                        self.poll(url)
                    except Exception as exc:  # noqa: BLE001 - one feed's bug must not stop the others
                        self.log(f"{_now()} poll {url}: unexpected {type(exc).__name__}: {exc}")
                if max_polls is not None and self.polls >= max_polls:
                    return
                if not due:
                    (wake or stop).wait(max(0.2, min(wait, self.every)))
                    if wake is not None:
                        wake.clear()
        finally:
            self._kept.close()
            self._kept = None
            self.close()

    def close(self) -> None:
        if self._own_fetcher:
            self.fetcher.close()
