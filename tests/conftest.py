"""Fixtures shared by several test modules."""
from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"

# An article written to attack the pages that show it: markup in every field a page prints.
HOSTILE = {
    "id": "hostile",
    "title": "Evil <script>window.__pwned = 1</script> headline <img src=x onerror=\"window.__pwned=2\">",
    "text": ("The harbour authority of Port Vexley said on Tuesday that 4,000 tonnes of grain were lost. "
             "<script>window.__pwned = 3</script> Officials at Port Vexley blamed the storm.\n"
             "<img src=x onerror=\"window.__pwned=4\"> A second statement <b onmouseover=\"window.__pwned=5\">"
             "said</b> 3,500 tonnes were lost at Port Vexley, and the harbour would reopen on Friday.\n"
             "Port Vexley fishermen said the storm was the worst in forty years."),
    "url": "javascript:window.__pwned=6",
    "source": "Evil <i>Times</i>",
    "published": "2022-02-01",
}


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the sample story and a hostile article ingested (briefs stored), built once;
    tests copy it (``library_copy``) so each may write to its own."""
    import json

    from accord import api

    if not SAMPLE.is_dir():
        pytest.skip("../shared/samples not beside the repo")
    folder = tmp_path_factory.mktemp("library")
    db = folder / "sample.db"
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    results = api.ingest([str(SAMPLE), str(hostile)], db=str(db))
    assert all(r.status == "added" for r in results), [(r.item, r.message) for r in results]
    return db


@pytest.fixture
def library_copy(sample_library: Path, tmp_path: Path) -> Path:
    """A private copy of ``sample_library`` to write to."""
    from accord.store import Library

    with Library(sample_library) as lib:  # fold the WAL into the file before copying it
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = tmp_path / "library.db"
    shutil.copy(sample_library, target)
    return target


class Site:
    """A loopback HTTP server whose pages a test sets and changes (``pages[path] = (type, body)``);
    ``hits`` counts requests per path, ``headers`` keeps each request's headers."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.status: dict[str, int] = {}
        self.hits: dict[str, int] = {}
        self.headers: list[tuple[str, dict[str, str]]] = []
        self.etags = True  # answer If-None-Match with 304 when the body is unchanged
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                site.headers.append((path, {k.lower(): v for k, v in self.headers.items()}))
                if path in site.status:
                    self.send_response(site.status[path])
                    self.end_headers()
                    return
                if path not in site.pages:
                    self.send_response(404)
                    self.end_headers()
                    return
                ctype, body = site.pages[path]
                etag = f'"{abs(hash(body))}"'
                if site.etags and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if site.etags:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    try:
        yield s
    finally:
        s.close()


def article_html(title: str, paragraphs: list[str], site_name: str = "Loopback News", date: str = "2022-02-03") -> bytes:
    """A news page trafilatura reads as an article."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title><meta property='og:site_name' content='{site_name}'>"
            f"<meta name='date' content='{date}'></head><body><article><h1>{title}</h1>{body}</article>"
            "</body></html>").encode()


def rss(items: list[tuple[str, ...]], title: str = "Loopback feed") -> bytes:
    """An RSS 2.0 feed of (guid, title, link[, description]) items."""
    entries = "".join(f"<item><guid>{it[0]}</guid><title>{it[1]}</title><link>{it[2]}</link>"
                      f"<description>{it[3] if len(it) > 3 else it[1] + '. ' + it[1] + ' again.'}</description>"
                      f"<pubDate>Thu, 03 Feb 2022 10:00:00 GMT</pubDate></item>" for it in items)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>http://127.0.0.1/</link><description>test</description>{entries}</channel></rss>").encode()


@pytest.fixture
def private_options() -> Callable[..., object]:
    """Options for fetching from the loopback test server (``allow_private`` once an address policy exists)."""
    from accord.options import DEFAULT, Options

    def make(**changes: object) -> Options:
        if "allow_private" in Options.__dataclass_fields__:
            changes.setdefault("allow_private", True)
        return DEFAULT.with_(**changes)

    return make
