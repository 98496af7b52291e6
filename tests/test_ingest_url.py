"""Fetching: one deadline for a whole fetch (not per read), against loopback servers that stall."""
from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from accord.errors import IngestError
from accord.ingest.url import Fetcher, fetch
from accord.options import Options

OPTS = Options(timeout=1.0, allow_private=True)  # loopback test servers need --allow-private


def drip_body(handler: BaseHTTPRequestHandler, server: Any) -> None:
    """Headers at once, then the body one byte every 0.25 s (10 s in all): each read succeeds."""
    body = b"<html><body>" + b"x" * 28 + b"</body></html>"
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.flush()
    server.drip(handler, body, 0.25)


def drip_headers(handler: BaseHTTPRequestHandler, server: Any) -> None:
    """The status line and headers themselves dripped, a byte every 0.25 s."""
    server.drip(handler, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok", 0.25)


def slow_hop(handler: BaseHTTPRequestHandler, server: Any) -> None:
    """A redirect that takes 0.4 s to answer: five of them outlast a 1 s deadline."""
    n = int(handler.path.rsplit("/", 1)[-1])
    if server.stop.wait(0.4):
        return
    handler.send_response(302)
    handler.send_header("Location", f"/hop/{n + 1}")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


@pytest.mark.parametrize("route", [drip_body, drip_headers])
def test_one_deadline_for_the_whole_fetch(http_server: Any, route: Any) -> None:
    http_server.routes["/drip"] = route
    start = time.monotonic()
    with pytest.raises(IngestError) as info:
        fetch(http_server.url("/drip"), OPTS)
    spent = time.monotonic() - start
    assert spent < 2.0  # per-read timeouts would let this run for 10 s
    assert "timed out after 1.0 s (timeout of 1 s for the whole fetch)" in info.value.reason


def test_deadline_covers_redirects(http_server: Any) -> None:
    for n in range(6):
        http_server.routes[f"/hop/{n}"] = slow_hop
    start = time.monotonic()
    with pytest.raises(IngestError, match="timed out"):
        fetch(http_server.url("/hop/0"), OPTS.with_(max_redirects=10))
    assert time.monotonic() - start < 2.0 and len(http_server.hits) <= 3


def test_caller_deadline_is_named(http_server: Any) -> None:
    http_server.routes["/drip"] = drip_body
    with Fetcher(OPTS.with_(timeout=30)) as fetcher, pytest.raises(IngestError) as info:
        fetcher.fetch(http_server.url("/drip"), deadline=time.monotonic() + 0.5, deadline_reason="the feed's deadline")
    assert "(the feed's deadline)" in info.value.reason and "timed out after 0.5 s" in info.value.reason


def test_pooled_connection_obeys_the_next_fetch_deadline(http_server: Any) -> None:
    """A kept-alive connection reused by a later fetch is bounded by that fetch's deadline."""
    http_server.routes["/fast"] = (200, {"Content-Type": "text/html"}, b"<html>fast</html>")
    http_server.routes["/drip"] = drip_body
    with Fetcher(OPTS) as fetcher:
        assert fetcher.fetch(http_server.url("/fast")).content == b"<html>fast</html>"
        start = time.monotonic()
        with pytest.raises(IngestError, match="timed out"):
            fetcher.fetch(http_server.url("/drip"))
        assert time.monotonic() - start < 2.0


def test_size_cap_while_streaming(http_server: Any) -> None:
    def big(handler: BaseHTTPRequestHandler, server: Any) -> None:  # no Content-Length: capped while read
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"x" * 1000)

    http_server.routes["/big"] = big
    with pytest.raises(IngestError, match="too large"):
        fetch(http_server.url("/big"), OPTS.with_(max_bytes=20_000))


def test_a_fetch_without_headers_shares_no_mutable_default() -> None:
    """A page fetched without headers reads as none, and the default cannot be written into (it was one dict every
    such page shared)."""
    from accord.ingest.url import Fetched

    page = Fetched("https://example.org/a", b"<html></html>", "text/html")
    assert page.headers.get("etag") is None
    with pytest.raises(TypeError):
        page.headers["etag"] = "x"  # type: ignore[index]
