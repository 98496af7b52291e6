"""Feeds: entry links fetched a few at a time, capped and under one deadline; each entry alone."""
from __future__ import annotations

import tempfile
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from conftest import html_page

from accord.errors import IngestError
from accord.ingest import read
from accord.ingest.feed import is_feed
from accord.model import Article
from accord.options import Options

PARAS = [
    "The port authority opened a new ferry terminal on the northern shore on Tuesday morning.",
    "Officials said the terminal would handle twice as many passengers as the old one by summer.",
    "Local shops near the pier expect more visitors once the second ferry line starts in June.",
]


def rss(entries: list[str], prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>Port News</title>'
            + "".join(entries) + "</channel></rss>").encode()


def item(n: int, link: str, date: str = "Tue, 14 Mar 2023 09:00:00 GMT") -> str:
    return (f"<item><title>Entry {n}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>Feed text of entry {n}: the ferry terminal story in short.</description></item>")


def split(results: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, IngestError)]


def slow_page(handler: BaseHTTPRequestHandler, server: Any) -> None:
    """An article page served after 0.4 s."""
    if server.stop.wait(0.4):
        return
    body = html_page(f"Page {handler.path}", PARAS)
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def stall(handler: BaseHTTPRequestHandler, server: Any) -> None:
    """Never answers (until the test ends)."""
    server.stop.wait(30)


def test_links_fetched_a_few_at_a_time_and_capped(http_server: Any) -> None:
    entries = [item(n, http_server.url(f"/a/{n}")) for n in range(30)]
    http_server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(entries))
    for n in range(30):
        http_server.routes[f"/a/{n}"] = slow_page
    opts = Options(allow_private=True, timeout=5, fetch_workers=4, feed_max_links=8)
    arts, errs = split(list(read([http_server.url("/feed")], opts)))
    assert not errs and [a.title for a in arts] == [f"Entry {n}" for n in range(30)]  # all, in feed order
    assert sum(PARAS[1] in a.text for a in arts) == 8  # the first 8 links gave the full page...
    assert all(a.text.startswith("Feed text of entry") for a in arts[8:])  # ...the rest kept the feed's text
    assert sorted(http_server.hits[1:]) == sorted(f"/a/{n}" for n in range(8))
    # 4 requests were in flight at once: concurrent, but never more than fetch_workers (counted by
    # the server, so the check holds on a loaded machine where wall time would not)
    assert http_server.max_in_flight == 4


def test_feed_deadline_bounds_stalling_links(http_server: Any) -> None:
    entries = [item(n, http_server.url(f"/stall/{n}")) for n in range(40)]
    http_server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(entries))
    for n in range(40):
        http_server.routes[f"/stall/{n}"] = stall
    opts = Options(allow_private=True, timeout=20, feed_timeout=1.0, fetch_workers=4)
    start = time.monotonic()
    arts, errs = split(list(read([http_server.url("/feed")], opts)))
    assert time.monotonic() - start < 10.0  # feed_timeout 1 s bounds it: not 40 × 20 s, nor 10 rounds × 20 s
    assert not errs and len(arts) == 40 and all(a.text.startswith("Feed text") for a in arts)


def test_entry_without_text_names_feed_entry_and_deadline(http_server: Any) -> None:
    bare = f"<item><title>Bare</title><link>{http_server.url('/stall/0')}</link></item>"
    http_server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss([bare]))
    http_server.routes["/stall/0"] = stall
    _, errs = split(list(read([http_server.url("/feed")], Options(allow_private=True, feed_timeout=0.5))))
    assert [e.item for e in errs] == [http_server.url("/feed") + "#1"]
    assert "feed entry has no text" in errs[0].reason and "feed_timeout 0.5 s" in errs[0].reason


def test_entry_links_follow_the_address_policy(http_server: Any) -> None:
    """A feed (here a file) pointing at loopback: no request reaches it; entries keep their text."""
    entries = [item(n, http_server.url(f"/a/{n}")) for n in range(3)]
    arts, errs = split(list(read_feed_bytes(rss(entries), Options(timeout=5))))
    assert not errs and len(arts) == 3 and http_server.hits == []


def read_feed_bytes(data: bytes, opts: Options) -> list[Article | IngestError]:
    """The results of reading ``data`` as a feed file."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "feed.xml"
        path.write_bytes(data)
        return list(read([str(path)], opts))


def test_bad_entry_date_costs_only_its_date() -> None:
    entries = [item(1, "https://example.net/1", "0000-00-00T00:00:00Z"), item(2, "https://example.net/2"),
               item(3, "https://example.net/3", "9999-99-99")]
    arts, errs = split(read_feed_bytes(rss(entries), Options(fetch_feed_links=False)))
    assert not errs and [a.title for a in arts] == ["Entry 1", "Entry 2", "Entry 3"]
    assert [a.published for a in arts] == [None, "2023-03-14", None]


def test_feed_with_a_long_dtd_is_a_feed() -> None:
    dtd = "<!DOCTYPE rss [" + "".join(f'<!ENTITY e{i} "entity number {i}">' for i in range(300)) + "]>"
    data = rss([item(1, "https://example.net/1")], prolog="<!-- generated -->" + dtd)
    assert len(dtd) > 4096 and is_feed(data)
    arts, errs = split(read_feed_bytes(data, Options(fetch_feed_links=False)))
    assert not errs and [a.title for a in arts] == ["Entry 1"]


def test_billion_laughs_feed_stays_small() -> None:
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 9))
    data = rss([item(1, "https://example.net/1").replace("Entry 1", "&lol8;")], prolog=f"<!DOCTYPE rss [{lol}]>")
    # Memory, not wall time, is what an expanded entity would cost (10**8 "lol"s are 300 MB); a
    # peak allocation bound holds on a loaded machine where a time bound does not.
    tracemalloc.start()
    try:
        results = read_feed_bytes(data, Options(fetch_feed_links=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20
    assert all(len(getattr(r, "title", "")) < 10_000 for r in results)


def test_entry_dates_with_short_years_are_read_and_relative_ones_dropped() -> None:
    # (mend120) "Mar 14, 23" was dropped by a four-digit-year guard; "today" was dated the day of the run
    entries = [item(1, "https://example.net/1", "Mar 14, 23"), item(2, "https://example.net/2", "today"),
               item(3, "https://example.net/3", "202303140900")]
    arts, errs = split(read_feed_bytes(rss(entries), Options(fetch_feed_links=False)))
    assert not errs and [a.published for a in arts] == ["2023-03-14", None, "2023-03-14"]
