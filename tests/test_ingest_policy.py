"""The address policy: which addresses a fetch may reach, in any notation, checked where it connects.

Network cases use loopback servers (``conftest.http_server``); name resolution is replaced with a
scripted resolver so a "public" name can be made to answer with a private address (DNS rebinding).
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Any

import httpx
import pytest

from accord.errors import IngestError
from accord.ingest import policy
from accord.ingest.url import Fetcher, fetch
from accord.options import Options

REFUSED = [
    "127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "169.254.1.1",
    "100.100.100.200", "100.64.0.1", "192.0.0.192", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
    "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.2.1", "::1", "::", "fd00::1", "fd00:ec2::254",
    "fe80::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
    "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::", "2002:a9fe:a9fe::", "2001:db8::1", "100::1",
]
ALLOWED = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", REFUSED)
def test_refused_ranges(address: str) -> None:
    assert policy.refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_allowed(address: str) -> None:
    assert policy.refusal(ipaddress.ip_address(address)) is None


def test_metadata_and_mapped_reasons_are_named() -> None:
    assert policy.refusal(ipaddress.ip_address("169.254.169.254")) == "cloud metadata address"
    assert "loopback address 127.0.0.1 inside the IPv6 address" == policy.refusal(ipaddress.ip_address("::ffff:7f00:1"))


@pytest.mark.parametrize("host", ["0x7f000001", "2130706433", "0177.0.0.1", "127.1", "0x7f.1", "[::ffff:127.0.0.1]"])
def test_literal_notations_are_loopback(host: str) -> None:
    ip = policy.literal_host(host)
    assert ip is not None and policy.refusal(ip) is not None


def test_names_are_not_literals() -> None:
    assert policy.literal_host("example.com") is None and policy.literal_host("cafe.de") is None
    assert policy.literal_host("deadbeef") is None  # hex letters alone are a name, not 0x...


@pytest.mark.parametrize("url, why", [
    ("ftp://example.com/file", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://localhost./", "loopback name"),
    ("http://a.localhost/", "loopback name"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
])
def test_url_check(url: str, why: str) -> None:
    assert why in (policy.check_url(url, allow_private=False) or "")


# -- over a real connection ------------------------------------------------------------------------
PAGE = (200, {"Content-Type": "text/html"}, b"<html><body><p>hello</p></body></html>")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "0x7f000001", "2130706433", "127.1", "[::ffff:127.0.0.1]",
                                  "0", "0.0.0.0", "[::1]", "LocalHost."])
def test_loopback_refused_without_allow_private(http_server: Any, host: str) -> None:
    http_server.routes["/"] = PAGE
    with pytest.raises(IngestError) as info:
        fetch(http_server.url("/", host=host), Options(timeout=5))
    assert "refused" in info.value.reason and "--allow-private" in info.value.reason
    assert http_server.hits == []  # nothing reached the server


def test_loopback_fetched_with_allow_private(http_server: Any) -> None:
    http_server.routes["/"] = PAGE
    got = fetch(http_server.url("/"), Options(timeout=5, allow_private=True))
    assert b"hello" in got.content and http_server.hits == ["/"]


@pytest.fixture()
def resolver(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Scripted DNS: ``resolver[name] = [addresses]``; other names fail to resolve."""
    answers: dict[str, list[str]] = {}

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        out = []
        for address in answers[host]:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            out.append((family, socket.SOCK_STREAM, 6, "", (address, port)))
        return out

    monkeypatch.setattr(policy.socket, "getaddrinfo", getaddrinfo)
    return answers


def test_dns_answer_checked_at_connect(http_server: Any, resolver: dict[str, list[str]]) -> None:
    http_server.routes["/"] = PAGE
    resolver["news.example"] = ["127.0.0.1"]
    with pytest.raises(IngestError) as info:
        fetch(http_server.url("/", host="news.example"), Options(timeout=5))
    assert "news.example (resolves to 127.0.0.1): loopback address" in info.value.reason
    resolver["mixed.example"] = ["93.184.216.34", "127.0.0.1"]  # one bad answer refuses the name
    with pytest.raises(IngestError, match="resolves to 127.0.0.1"):
        fetch(http_server.url("/", host="mixed.example"), Options(timeout=5))
    assert http_server.hits == []


def test_connects_to_the_checked_address_not_the_name_again(http_server: Any, resolver: dict[str, list[str]]) -> None:
    """With the policy off, the socket goes to the resolved address; Host still names the site."""
    http_server.routes["/"] = PAGE
    resolver["news.example"] = ["127.0.0.1"]
    got = fetch(http_server.url("/", host="news.example"), Options(timeout=5, allow_private=True))
    assert b"hello" in got.content and http_server.hosts == [f"news.example:{http_server.port}"]


def test_every_redirect_hop_checked_at_connect(http_server: Any, resolver: dict[str, list[str]],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'public' site redirecting to a name that resolves to a private address is refused there."""
    real = policy.refusal
    public_here = ipaddress.ip_address("127.0.0.1")  # stands in for a public site in this test
    monkeypatch.setattr(policy, "refusal", lambda ip: None if ip == public_here else real(ip))
    resolver["site.example"] = ["127.0.0.1"]
    resolver["rebind.example"] = ["127.0.0.2"]  # also this server (all of 127/8 is loopback), but refused
    http_server.routes["/start"] = (302, {"Location": http_server.url("/inner", host="rebind.example")}, b"")
    http_server.routes["/inner"] = PAGE
    with pytest.raises(IngestError) as info:
        fetch(http_server.url("/start", host="site.example"), Options(timeout=5))
    assert "rebind.example (resolves to 127.0.0.2): loopback address" in info.value.reason
    assert http_server.hits == ["/start"]


def test_redirect_to_metadata_refused_before_it_is_sent() -> None:
    """A public page redirecting to the metadata address: refused at that hop, never requested."""
    asked: list[str] = []

    def site(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with Fetcher(Options(timeout=5), transport=httpx.MockTransport(site)) as fetcher:
        with pytest.raises(IngestError) as info:
            fetcher.fetch("https://news.example/story")
    assert "redirected to http://169.254.169.254/latest/meta-data/" in info.value.reason
    assert "cloud metadata address" in info.value.reason and asked == ["https://news.example/story"]


def test_redirect_out_of_http_refused_even_with_allow_private(http_server: Any) -> None:
    http_server.routes["/file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(IngestError, match="only http and https URLs are fetched, not file:"):
        fetch(http_server.url("/file"), Options(timeout=5, allow_private=True))


def test_environment_proxy_is_never_used(http_server: Any, second_server: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy would resolve names itself, out of the policy's reach: accord connects directly."""
    http_server.routes["/"] = PAGE
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, second_server.url("/"))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    got = fetch(http_server.url("/"), Options(timeout=5, allow_private=True))
    assert b"hello" in got.content and http_server.hits == ["/"] and second_server.hits == []


def test_https_verifies_the_name_on_the_checked_address(resolver: dict[str, list[str]]) -> None:
    """TLS through the policy backend: connected to the resolved address, certificate checked for the
    name (SNI), so pinning the address never weakens verification. The certificate is a test one."""
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from pathlib import Path

    data = Path(__file__).parent / "data"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", "7")
            self.end_headers()
            self.wfile.write(b"tls ok\n")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(data / "tls-news.example.pem", data / "tls-news.example.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        resolver["news.example"] = ["127.0.0.1"]
        trust = ssl.create_default_context(cafile=str(data / "tls-news.example.pem"))
        opts = Options(timeout=5, allow_private=True)
        with Fetcher(opts, transport=policy.Transport(allow_private=True, verify=trust)) as fetcher:
            assert fetcher.fetch(f"https://news.example:{port}/").content == b"tls ok\n"
            with pytest.raises(IngestError, match="CERTIFICATE_VERIFY_FAILED"):
                fetcher.fetch(f"https://127.0.0.1:{port}/")  # the certificate names news.example only
    finally:
        server.shutdown()
        server.server_close()
