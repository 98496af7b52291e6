"""The address policy and the deadline of every fetch, enforced where the socket is opened.

Why at connect time and not on the URL: a host name can resolve to a public address when a URL is
checked and to 127.0.0.1 a second later (DNS rebinding), a redirect can point anywhere, and a feed
turns one URL into many. So the check lives in the network backend that httpx (httpcore) calls for
every new connection: the first request, each redirect and every feed entry link. The backend
resolves the name once, checks every DNS answer, and connects the socket to the checked address
itself, never to the name again; it then confirms the peer it reached. TLS still verifies the
certificate against the host name (httpcore starts TLS on that socket with the URL's host as SNI).

Refused unless ``Options.allow_private`` (``--allow-private``): loopback, unspecified, private
(RFC 1918, unique-local ``fc00::/7``), link-local (``169.254.0.0/16`` with the cloud metadata
address ``169.254.169.254``, ``fe80::/10``), shared address space (``100.64.0.0/10``, where some
clouds put metadata), IETF protocol assignments (``192.0.0.0/24``), multicast, reserved, broadcast,
documentation and benchmark ranges, and the IPv6 forms that carry an IPv4 address (``::ffff:a.b.c.d``,
``::a.b.c.d``, 6to4 ``2002::/16``, NAT64 ``64:ff9b::/96``, Teredo), judged by that IPv4. Any notation
a resolver accepts (``0x7f000001``, ``2130706433``, ``127.1``) is judged by the address it resolves
to. Proxies from the environment are never used: a proxy resolves the name itself, out of reach of
this check.

The deadline: ``Options.timeout`` bounds a whole fetch (resolution, connection, TLS, every redirect,
headers and body), not each read, so a server dripping one byte a second cannot hold a fetch longer
than that. ``Fetcher.fetch`` sets the deadline in a context variable; every read and write on a
connection made here waits at most until it (a pooled connection reused by a later fetch obeys that
fetch's deadline).
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from contextvars import ContextVar
from typing import Any, Iterable

import httpcore
import httpx
from httpcore._backends.sync import SyncStream

from accord.errors import AccordError

IP = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_HINT = "pass --allow-private (API: allow_private=True) to fetch from local or private networks"

# Ranges Python's ``is_private``/``is_global`` flags miss or name too vaguely, with the reason shown.
_EXTRA: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]] = [
    (ipaddress.ip_network("0.0.0.0/8"), "'this network' address"),
    (ipaddress.ip_network("100.64.0.0/10"), "shared (carrier-grade NAT) address"),
    (ipaddress.ip_network("192.0.0.0/24"), "IETF protocol address"),
    (ipaddress.ip_network("198.18.0.0/15"), "benchmarking address"),
    (ipaddress.ip_network("240.0.0.0/4"), "reserved address"),
    (ipaddress.ip_network("100::/64"), "discard-only address"),
    (ipaddress.ip_network("2001:db8::/32"), "documentation address"),
    (ipaddress.ip_network("64:ff9b:1::/48"), "local-use NAT64 address"),
]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")
METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class Refused(AccordError):
    """A fetch the address policy does not allow; ``reason`` is the user-facing sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, compatible, 6to4, NAT64, Teredo)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64 or (ip in _V4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal(ip: IP) -> str | None:
    """Why the policy refuses ``ip`` (``"loopback address"``, ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            why = refusal(inner)
            if why is not None:
                return f"{why} {inner} inside the IPv6 address"
            if ip.ipv4_mapped is not None or ip.sixtofour is not None or ip in _NAT64:
                return None  # ::ffff:8.8.8.8 is 8.8.8.8 (as are its 6to4 and NAT64 forms)
    if ip in METADATA:
        return "cloud metadata address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    for network, why in _EXTRA:
        if ip.version == network.version and ip in network:
            return why
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local address"
    if ip.is_private:
        return "private address"
    if ip.is_reserved:
        return "reserved address"
    if not ip.is_global:
        return "address that is not publicly routable"
    return None


def literal_host(host: str) -> IP | None:
    """The address a URL host written as an IP stands for, in any notation a resolver accepts.

    ``0x7f000001``, ``2130706433``, ``0177.0.0.1`` and ``127.1`` are all 127.0.0.1 to ``inet_aton``
    (and so to the system resolver); None for a host name.
    """
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def check_url(url: str | httpx.URL, allow_private: bool) -> str | None:
    """Why ``url`` may not be fetched, judged without DNS (scheme, literal address, ``localhost``).

    A first line of defence that also guards injected transports (tests, embedders); host names are
    judged at connect time by ``Backend``.
    """
    try:
        parsed = httpx.URL(str(url)) if not isinstance(url, httpx.URL) else url
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        return f"invalid URL ({exc})"
    if parsed.scheme not in ("http", "https"):
        return f"only http and https URLs are fetched, not {parsed.scheme or 'a URL without a scheme'}:"
    host = parsed.host
    if not host:
        return "URL has no host"
    if allow_private:
        return None
    ip = literal_host(host)
    if ip is not None:
        why = refusal(ip)
        return f"refused to fetch {ip} ({why}); {ALLOW_HINT}" if why else None
    name = host.rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return f"refused to fetch {host} (loopback name); {ALLOW_HINT}"
    return None


# -- the deadline ---------------------------------------------------------------------------------
DEADLINE: ContextVar[float | None] = ContextVar("accord_fetch_deadline", default=None)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to the current fetch's deadline; ``error`` once the deadline has passed."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("fetch deadline reached")
    return left if timeout is None else min(timeout, left)


# -- the backend httpcore connects through --------------------------------------------------------
def resolve(host: str, port: int, timeout: float | None) -> list[IP]:
    """Every address ``host`` resolves to (in the resolver's order), waiting at most ``timeout``.

    ``getaddrinfo`` cannot be interrupted, so it runs in a daemon thread the caller stops waiting for.
    """
    literal = literal_host(host)
    if literal is not None:
        return [literal]
    box: dict[str, Any] = {}

    def lookup() -> None:
        try:
            box["answers"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            box["error"] = exc

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise httpcore.ConnectTimeout(f"resolving {host} took too long")
    if "error" in box:
        raise httpcore.ConnectError(f"cannot resolve {host} ({box['error']})")
    found: list[IP] = []
    for _family, _type, _proto, _name, sockaddr in box["answers"]:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in found:
            found.append(ip)
    if not found:
        raise httpcore.ConnectError(f"{host} has no address")
    return found


class _Stream(httpcore.NetworkStream):
    """A connection whose reads and writes never wait past the current fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _Stream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class Backend(httpcore.SyncBackend):
    """httpcore's socket backend with the address policy and the fetch deadline applied."""

    def __init__(self, allow_private: bool = False) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = resolve(host, port, _clamp(timeout, httpcore.ConnectTimeout))
        if not self.allow_private:
            for ip in addresses:  # one bad answer refuses the name: a mixed answer is a rebinding trick
                why = refusal(ip)
                if why:
                    shown = host if literal_host(host) == ip else f"{host} (resolves to {ip})"
                    raise Refused(f"refused to fetch {shown}: {why}; {ALLOW_HINT}")
        last: Exception | None = None
        for ip in addresses:
            sock = socket.socket(socket.AF_INET6 if ip.version == 6 else socket.AF_INET, socket.SOCK_STREAM)
            try:  # to the checked address itself: no second name lookup between check and connect
                sock.settimeout(_clamp(timeout, httpcore.ConnectTimeout))
                if local_address is not None:
                    sock.bind((local_address, 0))
                sock.connect((str(ip), port))
            except socket.timeout as exc:
                sock.close()
                raise httpcore.ConnectTimeout(str(exc) or "connect timed out") from None
            except OSError as exc:
                sock.close()
                last = exc
                continue
            except BaseException:
                sock.close()
                raise
            try:
                peer = ipaddress.ip_address(str(sock.getpeername()[0]).split("%", 1)[0])
                if peer != ip or (not self.allow_private and refusal(peer)):
                    raise Refused(f"refused to fetch {host}: connected to {peer}, not the checked {ip}")
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except BaseException:
                sock.close()
                raise
            return _Stream(SyncStream(sock))
        raise httpcore.ConnectError(f"cannot connect to {host}:{port} ({last})")


LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)  # a few feeds' links at once


class Transport(httpx.HTTPTransport):
    """httpx's transport with its connection pool built on ``Backend`` (no proxy, ever)."""

    def __init__(self, allow_private: bool = False, verify: Any = True, limits: httpx.Limits = LIMITS) -> None:
        super().__init__(verify=verify, limits=limits, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=Backend(allow_private),
        )
