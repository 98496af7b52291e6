"""Shared fixtures: a loopback HTTP server that tests start, script and stop (no other network), and
the hypothesis profiles of the fuzz tests (``quick`` in ``make test``, ``fuzz`` in ``make fuzz``)."""
from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Fuzz tests run a few derandomised examples in ``make test`` (fast, never flaky) and many random ones
# in ``make fuzz`` (HYPOTHESIS_PROFILE=fuzz). A test sets its quick budget with ``examples(n)``.
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
FUZZ_FACTOR = 40  # how many times more examples ``make fuzz`` tries than ``make test``
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


@pytest.fixture()
def clock() -> Callable[[], float]:
    """Seconds since the test started (for deadline checks)."""
    start = time.monotonic()
    return lambda: time.monotonic() - start
