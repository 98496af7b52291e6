"""Fixtures shared by the test modules (a test module never imports from another one).

- ``sample``: the Kazakhstan sample folder beside the repository; a test using it is skipped when
  ``../shared`` is absent.
- ``texts``: small stories written for the tests (two earthquakes a week apart, a wire story and an
  outlet's re-edit of it), for grouping, copies and their benchmarks.
- ``make_article``: builds an ``Article`` from a text with optional fields.
- ``db``: a path for a fresh library file in the test's temporary folder.
- ``http_server``/``second_server``: loopback HTTP servers with scripted routes, started and stopped
  by the test (the only network any test uses); ``html_page``, ``warc_bytes``, ``write_warc`` build
  inputs for them and for the readers.
- the hypothesis profiles of the fuzz tests: ``quick`` (``make test``) and ``fuzz`` (``make fuzz``);
  a fuzz test sets its quick budget with ``examples(n)``.
- ``sample_library`` / ``library_copy``: a library holding the sample story and a hostile article
  (markup in every field), briefs stored; a private copy to write to.
- ``site``: a loopback HTTP server whose pages (and ETags) a test sets; ``article_html``/``rss`` make
  its pages; ``private_options`` lets fetches reach it.
"""
from __future__ import annotations

import io
import shutil
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from accord.model import Article

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"


@pytest.fixture(scope="session")
def sample() -> Path:
    """The sample story's folder (five articles as .txt), or the test is skipped."""
    if not SAMPLE.is_dir():
        pytest.skip(f"sample not found at {SAMPLE} (../shared not beside the repository)")
    return SAMPLE


@dataclass(frozen=True)
class StoryTexts:
    """Article texts of three stories: an earthquake in Peru (``quake_a``, followed up by
    ``more_a``), another in Turkey the same week (``quake_b``, ``more_b``), and a wire story
    (``wire``) with another outlet's reworded, trimmed re-edit of it (``wire_copy``)."""

    quake_a: tuple[str, ...]
    quake_b: tuple[str, ...]
    more_a: tuple[str, ...]
    more_b: tuple[str, ...]
    wire: str
    wire_copy: str


TEXTS = StoryTexts(
    quake_a=(
        ("A magnitude 6.8 earthquake struck northern Peru on Tuesday, killing 14 people in the town of "
         "Moyobamba, Peru's civil defence institute said. The quake hit at 3:40 local time at a depth of "
         "40 km. Rescue teams in San Martin province searched collapsed adobe houses in Moyobamba."),
        ("Peru earthquake death toll rises to 14 in San Martin. Officials in Moyobamba said the magnitude "
         "6.8 quake destroyed 200 adobe homes. President Vizcarra flew to Moyobamba on Wednesday to see the "
         "damage and promised aid to San Martin province."),
        ("Survivors of Tuesday's earthquake in Moyobamba, Peru, slept outdoors as aftershocks shook San Martin. "
         "The 6.8 magnitude quake killed 14 people, and Vizcarra declared an emergency in the region."),
    ),
    quake_b=(
        ("A magnitude 5.9 earthquake hit western Turkey on Thursday, killing 3 people in the district of "
         "Sindirgi in Balikesir province, Turkey's disaster agency AFAD said. The quake was felt in Izmir "
         "and Istanbul. Erdogan said teams were sent to Sindirgi."),
        ("Turkey quake: 3 dead in Sindirgi as AFAD rescuers search rubble. The 5.9 magnitude earthquake in "
         "Balikesir province on Thursday toppled 16 buildings, AFAD said, and Erdogan promised help."),
        ("Residents of Sindirgi spent the night in tents after Thursday's 5.9 earthquake in Balikesir killed "
         "3 people. AFAD counted 120 aftershocks; Erdogan spoke to the governor of Balikesir."),
    ),
    more_a=(
        "In Moyobamba, aid from Lima reached families whose adobe homes fell in the 6.8 quake; San Martin "
        "officials raised the toll to 14 and said 200 houses were lost.",
        "Vizcarra visited Moyobamba hospital, where 40 people hurt in the Peru earthquake were treated, and "
        "San Martin schools stayed shut after the 6.8 tremor.",
    ),
    more_b=(
        "AFAD tents went up in Sindirgi after the 5.9 earthquake; Balikesir officials said 3 people died and "
        "16 buildings collapsed, and Erdogan called the mayor.",
        "Schools in Balikesir stayed closed as AFAD engineers inspected Sindirgi homes after the 5.9 quake "
        "that killed 3, Erdogan's office said.",
    ),
    wire=(
        "The decision to send troops was a first for the regional alliance, often described by its "
        "leaders as a defensive pact but previously reluctant to intervene in unrest among its members.\n"
        "At a ceremony marking the end of the mission, soldiers lined up as the anthems of each of the six "
        "member countries were played before official speeches began.\n"
        "The peacekeeping operation is over and the tasks have been completed, said the general who "
        "commanded the contingent, which arrived in the former republic on the sixth of the month.\n"
        "The defence ministry said the forces were beginning to prepare equipment and materials for loading "
        "into transport aircraft and would return to their permanent bases within ten days.\n"
        "Critics said the mission had given the largest member new leverage over its smaller neighbour."
    ),
    # another outlet's re-edit: reworded in places, a paragraph dropped, the end trimmed
    wire_copy=(
        "The decision to dispatch troops was a first for the regional alliance, often described by its "
        "leaders as a defensive pact, following an urgent plea from the government.\n"
        "At a ceremony marking the end of the mission, soldiers lined up as anthems from each of the six "
        "member countries were played before official speeches.\n"
        "The defence ministry said the forces were beginning to prepare equipment and materials for loading "
        "into transport aircraft and would return to their bases within ten days."
    ),
)


@pytest.fixture(scope="session")
def texts() -> StoryTexts:
    return TEXTS


@pytest.fixture()
def make_article() -> Callable[..., Article]:
    """``make_article(id, text, title="", **fields)``: an Article whose raw text is its text."""

    def make(article_id: str, text: str, title: str = "", **fields: Any) -> Article:
        return Article(id=article_id, title=title, text=text, raw_text=fields.pop("raw_text", text), **fields)

    return make


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A library path in the test's own folder (created by the first ingest)."""
    return str(tmp_path / "lib.db")


# -- fuzzing profiles, loopback servers, reader inputs ---------------------------------------------------------------------------------------
# Fuzz tests run a few derandomised examples in ``make test`` (fast, never flaky) and many random ones
# in ``make fuzz`` (HYPOTHESIS_PROFILE=fuzz). A test sets its quick budget with ``examples(n)``.
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
FUZZ_FACTOR = 25  # how many times more examples ``make fuzz`` tries than ``make test`` (~6 min on 2 cores)
settings.register_profile("quick", deadline=None, derandomize=True, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("fuzz" if FUZZ else "quick")


def examples(quick: int) -> int:
    """A fuzz test's example budget: ``quick`` in ``make test``, ``FUZZ_FACTOR`` times more in ``make fuzz``."""
    return quick * FUZZ_FACTOR if FUZZ else quick

# A route answers one request: (status, headers, body) or a callable that writes the response itself.
Handler = Callable[[BaseHTTPRequestHandler, "LoopbackServer"], None]
Route = tuple[int, dict[str, str], bytes] | Handler


@dataclass
class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with scripted routes; records what was asked of it."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)  # Host header of each request
    stop: threading.Event = field(default_factory=threading.Event)  # ends stalling handlers at teardown
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def drip(self, handler: BaseHTTPRequestHandler, data: bytes, every: float) -> None:
        """Write ``data`` one byte at a time, ``every`` seconds apart (a server holding a client)."""
        for i in range(len(data)):
            if self.stop.wait(every):
                return
            handler.wfile.write(data[i:i + 1])
            handler.wfile.flush()


def _handler_class(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            with server.lock:
                server.hits.append(self.path)
                server.hosts.append(self.headers.get("Host", ""))
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                route = server.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = (404, {"Content-Type": "text/plain"}, b"not found")
                if callable(route):
                    route(self, server)
                    return
                status, headers, body = route
                self.send_response(status)
                for name, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a deadline): expected in these tests
            finally:
                with server.lock:
                    server.in_flight -= 1

    return Handler


@contextmanager
def _serve() -> Iterator[LoopbackServer]:
    state = LoopbackServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:  # stalled handlers are released, then the server stops
        state.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def http_server() -> Iterator[LoopbackServer]:
    """A loopback server for one test."""
    with _serve() as state:
        yield state


@pytest.fixture()
def second_server() -> Iterator[LoopbackServer]:
    """Another loopback server (a proxy that must not be used, a redirect target)."""
    with _serve() as state:
        yield state


def warc_bytes(records: list[tuple[str, str, bytes, str]], compress: bool = True) -> bytes:
    """A WARC (gzipped per record, or plain) of HTTP responses (uri, content type, payload, status)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, ctype, payload, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    path.write_bytes(warc_bytes(records, compress=path.name.endswith(".gz")))


def html_page(title: str, paragraphs: list[str]) -> bytes:
    """A small article page trafilatura extracts (title + paragraphs)."""
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>").encode()


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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say loudly, at the end of the run, when the browser tests did not run and why."""
    reasons = {str(getattr(r, "longrepr", ("", "", ""))[2]) for r in terminalreporter.stats.get("skipped", [])
               if "test_web_browser" in getattr(r, "nodeid", "")}
    for reason in sorted(reasons):
        terminalreporter.write_line(f"*** {reason.removeprefix('Skipped: ')} ***", red=True, bold=True)
