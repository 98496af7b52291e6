"""RSS/Atom feeds with feedparser: one Article per entry.

Each entry's link is fetched for the full article (``options.fetch_feed_links``); when that is off or
fails, the entry's own content/summary is used, so a feed never loses entries to a dead link.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import feedparser
import lxml.html

from accord.errors import IngestError
from accord.ingest import html as html_reader
from accord.ingest import meta
from accord.ingest.url import Fetcher
from accord.model import Article

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def is_feed(data: bytes, content_type: str = "") -> bool:
    """True when ``data`` is an RSS/Atom/RDF document (by content type, else by its root element)."""
    if any(t in content_type.lower() for t in FEED_TYPES):
        return True
    head = data[:2048].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
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
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return meta.iso(entry.get("published") or entry.get("updated"))


def entry_key(entry: feedparser.FeedParserDict) -> str:
    """What identifies a feed entry across polls: its id (guid), else its link, else its title."""
    return str(entry.get("id") or entry.get("link") or entry.get("title") or "").strip()


def read(data: bytes, item: str, fetcher: Fetcher,
         skip: Callable[[str], bool] | None = None) -> Iterator[Article | IngestError]:
    """Articles of the feed in ``data`` (named ``item``); one error per entry that yields nothing.

    ``skip(entry_key)`` True leaves an entry out before its link is fetched (a watcher's seen entries).
    """
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        yield IngestError(item, reason)
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, start=1):
        if skip is not None and skip(entry_key(entry)):
            continue
        link = (entry.get("link") or "").strip() or None
        name = link or f"{item}#{n}"
        article: Article | None = None
        fetch_error: IngestError | None = None
        if link and fetcher.options.fetch_feed_links:
            try:
                page = fetcher.fetch(link)
                article = html_reader.parse(page.content, page.url, link)
            except IngestError as exc:
                fetch_error = exc
        if article is None:
            content = entry.get("content") or []
            snippet = content[0].get("value", "") if content else entry.get("summary", "")
            body = _snippet_text(snippet or "")
            if not body:
                why = f" ({fetch_error.reason})" if fetch_error else ""
                yield IngestError(name, f"feed entry has no text{why}")
                continue
            article = Article(id=meta.stable_id(link, body), title="", text=body, raw_text=body, url=link)
        article.title = " ".join((entry.get("title") or "").split()) or article.title or body_title(article)
        article.url = article.url or link
        article.published = _entry_date(entry) or article.published
        article.author = article.author or (entry.get("author") or None)
        article.source = article.source or feed_title or meta.domain(link)
        article.origin = name
        yield article


def body_title(article: Article) -> str:
    """A title for an entry that has none: its first line, shortened."""
    first = article.text.strip().split("\n", 1)[0]
    return first[:120]
