"""RSS/Atom feeds with feedparser: one Article per entry.

Each entry's link is fetched for the full article (``options.fetch_feed_links``); when that is off or
fails, the entry's own content/summary is used, so a feed never loses entries to a dead link. Links
are fetched a few at a time (``fetch_workers``), at most ``feed_max_links`` per feed and all within
``feed_timeout`` seconds, so one feed URL can neither fan out into thousands of requests nor stall a
run for entries × timeout. Each entry succeeds or fails alone.
"""
from __future__ import annotations

import re
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

import feedparser
import lxml.html

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.ingest import meta
from accord.ingest.url import Fetched, Fetcher
from accord.model import Article
from accord import outlets
from accord.options import DEFAULT, Options

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_PROLOG_SCAN = 1_000_000  # bytes of declarations/comments/DTD looked through for the root element
_SUBSET_END = re.compile(rb"\]\s*>")  # the end of a DOCTYPE's internal subset


def _root(data: bytes) -> bytes:
    """The start of the document's root element: the XML declaration, comments, processing
    instructions and the DOCTYPE (with an internal DTD subset however long) skipped."""
    pos, end = 0, min(len(data), _PROLOG_SCAN)
    if data.startswith(b"\xef\xbb\xbf"):
        pos = 3
    while pos < end:
        while pos < end and data[pos] in b" \t\r\n":
            pos += 1
        if data.startswith(b"<?", pos):
            close, width = data.find(b"?>", pos), 2
        elif data.startswith(b"<!--", pos):
            close, width = data.find(b"-->", pos), 3
        elif data[pos:pos + 9].upper() == b"<!DOCTYPE":
            bracket, gt = data.find(b"[", pos, end), data.find(b">", pos, end)
            if bracket >= 0 and (gt < 0 or bracket < gt):
                found = _SUBSET_END.search(data, bracket, end)
                close, width = (found.start(), found.end() - found.start()) if found else (-1, 0)
            else:
                close, width = gt, 1
        else:
            break
        if close < 0:
            return b""
        pos = close + width
    return data[pos:pos + 2048]


def is_feed(data: bytes, content_type: str = "") -> bool:
    """True when ``data`` is an RSS/Atom/RDF document (by content type, else by its root element)."""
    if any(t in content_type.lower() for t in FEED_TYPES):
        return True
    head = _root(data) or data[:2048]
    return bool(_FEED_ROOT.search(head)) and b"<html" not in head[:512].lower()


def _snippet_text(snippet: str) -> str:
    """Text of an entry's HTML content/summary (too short for trafilatura's article detection)."""
    if "<" not in snippet:
        return snippet.strip()
    try:
        root = lxml.html.fromstring(snippet)
    except Exception:  # malformed snippet: keep its raw text rather than lose the entry
        return re.sub(r"<[^>]+>", " ", snippet).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return "\n".join(line for line in lines if line)


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's date, or None when it names no real day.

    feedparser normalises what it cannot read (``9999-99-99`` became 9999-12-01, and
    ``0000-00-00T00:00:00Z`` year -1), so its parse is kept only when the raw text states that year
    and that day, and the year is plausible for news (1900 to next year).
    """
    with warnings.catch_warnings():  # feedparser warns that "updated" may fall back to "published"
        warnings.simplefilter("ignore", DeprecationWarning)
        raw = entry.get("published") or entry.get("updated")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    raw = raw if isinstance(raw, str) else ""
    if parsed and raw:
        try:
            day = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except (ValueError, TypeError, AttributeError, OverflowError):
            day = None
        if (day is not None and 1900 <= day.year <= date.today().year + 1 and str(day.year) in raw
                and re.search(rf"(?<!\d)0?{day.day}(?!\d)", raw)):
            return day.isoformat()
    found = meta.iso(raw) if raw else None
    return found if found and 1900 <= int(found[:4]) <= date.today().year + 1 else None


def _text(value: object) -> str:
    """A feed field as one line of text (feedparser gives str, but hostile feeds give odd shapes)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def entry_key(entry: feedparser.FeedParserDict) -> str:
    """What identifies a feed entry across polls: its id (guid), else its link, else its title."""
    try:
        return _text(entry.get("id") or entry.get("link") or entry.get("title"))
    except Exception:  # noqa: BLE001 - a broken field: the entry has no stable key (read every time)
        return ""


def read(data: bytes, item: str, fetcher: Fetcher,
         skip: Callable[[str], bool] | None = None) -> Iterator[Article | IngestError]:
    """Articles of the feed in ``data`` (named ``item``); one error per entry that yields nothing.

    Entry links are fetched ``options.fetch_workers`` at a time, at most ``options.feed_max_links``
    of them, all within ``options.feed_timeout`` seconds; an entry whose link is not fetched keeps the
    feed's own text. Every entry succeeds or fails alone (``item#N`` in its error). ``skip(key)``
    True (``entry_key``: the watcher's entries seen before) leaves an entry out before its link is
    fetched.
    """
    try:
        parsed = feedparser.parse(data)
        entries = list(parsed.entries)
    except Exception as exc:  # noqa: BLE001 - a parser failure on hostile XML is this feed's error only
        yield IngestError(item, f"not a readable feed ({type(exc).__name__}: {exc})")
        return
    if not entries:
        reason = f"not a readable feed ({parsed.get('bozo_exception')})" if parsed.get("bozo") else "feed has no entries"
        yield IngestError(item, reason)
        return
    if skip is not None:
        entries = [e for e in entries if not skip(entry_key(e))]
        if not entries:
            return  # nothing new
    opts = fetcher.options
    feed_title = _text(parsed.feed.get("title")) or None
    feed_home = outlets.outlet(None, _text(parsed.feed.get("link")) or None)  # the feed's own site, if an outlet
    links: list[str | None] = []
    for entry in entries:
        try:
            links.append(_text(entry.get("link")) or None)
        except Exception:  # noqa: BLE001 - an entry with a broken link field keeps its text
            links.append(None)
    wanted = [i for i, link in enumerate(links) if link and opts.fetch_feed_links][: opts.feed_max_links]
    pool = ThreadPoolExecutor(max_workers=opts.fetch_workers, thread_name_prefix="feed") if wanted else None
    end = time.monotonic() + opts.feed_timeout
    why = f"the feed's deadline (feed_timeout {opts.feed_timeout:g} s) for all its entry links"
    pages: dict[int, Future[Fetched]] = {
        i: pool.submit(fetcher.fetch, links[i], deadline=end, deadline_reason=why) for i in wanted  # type: ignore[union-attr,arg-type]
    }
    unfetched = f"its link was not fetched: only the first {opts.feed_max_links} entry links are (feed_max_links)"
    try:
        for n, entry in enumerate(entries, start=1):
            name = f"{item}#{n}"
            try:
                yield _entry(entry, name, links[n - 1], pages.get(n - 1), _entry_outlet(entry, links[n - 1], feed_title, feed_home),
                             unfetched if links[n - 1] and opts.fetch_feed_links else "", opts, fetcher.note)
            except IngestError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one odd entry must not cost the rest of the feed
                yield IngestError(name, f"unreadable feed entry ({type(exc).__name__}: {exc})")
    finally:
        if pool is not None:  # a consumer that stops early leaves no fetch running past its deadline
            pool.shutdown(wait=False, cancel_futures=True)


def _entry(entry: feedparser.FeedParserDict, name: str, link: str | None, page: Future[Fetched] | None,
           outlet: str | None, unfetched: str, options: Options = DEFAULT,
           note: Callable[[str, str], None] | None = None) -> Article:
    """One entry as an Article: its fetched page when that worked, else the feed's own text (and then, when
    the page was wanted, ``note(name, why)``: the reader is told the entry is the feed's summary, user70)."""
    article: Article | None = None
    fetch_error = unfetched if page is None else ""
    if page is not None:
        try:
            got = page.result()
            article = html_reader.parse(got.content, got.url, link or name, options)
        except IngestError as exc:
            fetch_error = exc.reason
    if article is None:
        content = entry.get("content") or []
        first = content[0] if isinstance(content, list) and content else {}
        snippet = first.get("value", "") if isinstance(first, dict) else ""
        snippet = snippet or entry.get("summary", "")
        body = _snippet_text(snippet if isinstance(snippet, str) else "")
        if not body:
            why = f" ({fetch_error})" if fetch_error else ""
            raise IngestError(name, f"{link + ': ' if link else ''}feed entry has no text{why}")
        article = Article(id=meta.stable_id(link, body), title="", text=body, raw_text=body, url=link)
        if fetch_error and note is not None:
            note(name, f"{link + ': ' if link else ''}page not read ({fetch_error}); "
                       "the feed's own summary text is used instead")
    article.title = _text(entry.get("title")) or article.title or body_title(article)
    article.url = article.url or link
    article.published = _entry_date(entry) or article.published
    author = entry.get("author")
    article.author = article.author or (author.strip() if isinstance(author, str) and author.strip() else None)
    article.source = article.source or outlet or meta.domain(link)
    article.origin = link or name
    return article


def _entry_outlet(entry: feedparser.FeedParserDict, link: str | None, feed_title: str | None, feed_home: str | None) -> str | None:
    """The outlet an entry names (mend119): its own ``<source>`` (an aggregator feed tells each item's
    outlet there), else the feed's title only when the entry's link is on the feed's own site and that site
    is an outlet (an outlet's own feed), else None (the link's domain is used). The title of an aggregator
    feed ("World - Google News") is never every item's outlet: that made distinct outlets one."""
    try:
        own = entry.get("source") or {}
        title = _text(own.get("title")) if hasattr(own, "get") else ""
        href = _text(own.get("href")) if hasattr(own, "get") else ""
    except Exception:  # noqa: BLE001 - an odd source field names nothing
        title = href = ""
    if title:
        return title
    if href and meta.domain(href):
        return meta.domain(href)
    if feed_title and feed_home and link and outlets.outlet(None, link) == feed_home:
        return feed_title
    return None


def body_title(article: Article) -> str:
    """A title for an entry that has none: its first line, shortened."""
    first = article.text.strip().split("\n", 1)[0]
    return first[:120]
