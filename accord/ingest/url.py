"""http(s) fetching: the one way accord reads the web (ingest, feeds, and the web UI and watcher).

Every fetch goes through the address policy and the whole-fetch deadline of ``accord.ingest.policy``
(loopback, private, link-local and metadata addresses refused unless ``Options.allow_private``), a
redirect cap (each hop checked again) and a size cap enforced while streaming. Front doors call
``fetch(url, options)`` for one URL, or keep a ``Fetcher`` (one connection pool) for many; code that
needs a raw httpx client gets one with the policy built in from ``client(options)``. Never call httpx
directly: that would bypass the policy.

A ``Fetcher`` takes an optional ``transport`` (tests and embedders inject ``httpx.MockTransport``;
URLs are still checked for scheme and literal addresses, but host names are only checked by the
default transport, which is where the connection is made). Every failure is one ``IngestError``
naming the URL.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

import httpx

from accord.errors import IngestError
from accord.ingest import policy
from accord.options import DEFAULT, Options


class Fetched(NamedTuple):
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304 (empty content) answers a conditional GET whose resource is unchanged
    # response headers, lower-case names (ETag, Last-Modified); read-only, so the default is never one dict shared
    headers: Mapping[str, str] = MappingProxyType({})


def is_url(source: object) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def client(options: Options = DEFAULT, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client that connects only as the address policy allows and never through a proxy.

    Redirects are not followed by the client: ``Fetcher.fetch`` follows them itself so each hop is
    checked. A caller using this client directly must do the same (``follow_redirects=False``), and
    gets per-operation timeouts only: the whole-fetch deadline is set by ``Fetcher.fetch``.
    """
    return httpx.Client(
        transport=transport or policy.Transport(options.allow_private),
        timeout=options.timeout,
        follow_redirects=False,
        headers={"User-Agent": options.user_agent},
        trust_env=False,  # no proxy, .netrc or SSL overrides from the environment
    )


class Fetcher:
    """Fetches URLs with one lazily created, thread-safe client; close it (or use ``with``) when done."""

    def __init__(self, options: Options = DEFAULT, transport: httpx.BaseTransport | None = None,
                 on_note: Callable[[str, str], None] | None = None) -> None:
        self.options = options
        self._transport = transport
        self.on_note = on_note  # (user70) told ``(item, message)`` when an item was read another way than asked
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        with self._lock:  # feed entry links are fetched from several threads
            if self._client is None:
                self._client = client(self.options, self._transport)
            return self._client

    def fetch(self, url: str, *, deadline: float | None = None, deadline_reason: str = "",
              headers: dict[str, str] | None = None) -> Fetched:
        """GET ``url`` within ``options.timeout`` seconds in all (connect, redirects, headers, body).

        ``deadline`` (a ``time.monotonic()`` value) ends the fetch earlier, e.g. a feed's deadline;
        ``deadline_reason`` names it in the timeout message. Bodies over ``options.max_bytes`` are
        refused without being read whole. ``headers`` are extra request headers
        (``If-None-Match``/``If-Modified-Since`` for the watcher's conditional GET, which a 304
        answers with an empty ``Fetched`` of status 304).
        """
        opts = self.options
        start = time.monotonic()
        end, why = start + opts.timeout, f"timeout of {opts.timeout:g} s for the whole fetch"
        if deadline is not None and deadline < end:
            end, why = deadline, deadline_reason or "deadline"
        token = policy.DEADLINE.set(end)
        try:
            return self._fetch(url, end, headers)
        except policy.Refused as exc:
            raise IngestError(url, exc.reason) from None
        except httpx.TimeoutException:
            # the time allowed, not the time measured: a loaded machine overshoots by a scheduler tick
            raise IngestError(url, f"timed out after {end - start:.1f} s ({why})") from None
        except httpx.UnsupportedProtocol as exc:
            raise IngestError(url, f"redirect to a URL that is not http(s) ({exc})") from None
        except httpx.InvalidURL as exc:
            raise IngestError(url, f"invalid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise IngestError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None
        finally:
            policy.DEADLINE.reset(token)

    def _fetch(self, url: str, end: float, headers: dict[str, str] | None = None) -> Fetched:
        opts = self.options
        limit = opts.max_bytes
        try:
            request = self.client.build_request("GET", url, headers=headers)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError, TypeError) as exc:
            raise IngestError(url, f"invalid URL ({exc})") from None
        for hop in range(opts.max_redirects + 1):
            why = policy.check_url(request.url, opts.allow_private)
            if why:
                raise IngestError(url, why if hop == 0 else f"redirected to {request.url}: {why}")
            left = end - time.monotonic()
            if left <= 0:
                raise httpx.ReadTimeout("fetch deadline reached")
            request.extensions["timeout"] = httpx.Timeout(min(left, opts.timeout)).as_dict()
            response = self.client.send(request, stream=True, follow_redirects=False)
            try:
                if response.next_request is not None:  # a redirect: checked again before it is sent
                    request = response.next_request
                    continue
                if response.status_code == 304:
                    return Fetched(str(response.url), b"", "", 304, {k.lower(): v for k, v in response.headers.items()})
                if response.status_code >= 400:
                    reason = response.reason_phrase or ""
                    raise IngestError(url, f"HTTP {response.status_code} {reason}".rstrip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise IngestError(url, f"response too large ({int(declared):,} bytes > {limit:,})")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise IngestError(url, f"response too large (over {limit:,} bytes)")
                    if time.monotonic() > end:  # also bounds transports that ignore the deadline
                        raise httpx.ReadTimeout("fetch deadline reached")
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""),
                               response.status_code, {k.lower(): v for k, v in response.headers.items()})
            finally:
                response.close()
        raise IngestError(url, f"more than {opts.max_redirects} redirects")

    def note(self, item: str, message: str) -> None:
        """Tell ``on_note`` (if any) something a reader should know about an item that was still read, e.g. a
        feed entry whose page could not be fetched and which keeps the feed's own text."""
        if self.on_note is not None:
            self.on_note(item, message)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fetch(url: str, options: Options = DEFAULT) -> Fetched:
    """One URL with the address policy, deadline and size cap (an ``IngestError`` naming it if not)."""
    with Fetcher(options) as fetcher:
        return fetcher.fetch(url)
