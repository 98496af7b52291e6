"""http(s) fetching with httpx: a timeout, a redirect cap and a size cap enforced while streaming.

A ``Fetcher`` takes an optional ``httpx.Client`` (or a transport), so tests and embedders inject a
``httpx.MockTransport`` instead of touching the network. Every failure is one ``IngestError`` naming
the URL.
"""
from __future__ import annotations

from typing import NamedTuple

import httpx

from accord.errors import IngestError
from accord.options import DEFAULT, Options


class Fetched(NamedTuple):
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304 (empty content) answers a conditional GET whose resource is unchanged
    headers: dict[str, str] = {}  # response headers, lower-case names (ETag, Last-Modified, Retry-After)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


class Fetcher:
    """Fetches URLs with one lazily created client; close it (or use ``with``) when done."""

    def __init__(
        self,
        options: Options = DEFAULT,
        client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.options = options
        self._client = client
        self._own = client is None
        self._transport = transport

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self._transport,
                timeout=self.options.timeout,
                max_redirects=self.options.max_redirects,
                follow_redirects=True,
                headers={"User-Agent": self.options.user_agent},
            )
        return self._client

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET ``url``; refuses bodies over ``options.max_bytes`` without reading them whole.

        ``headers`` are extra request headers (``If-None-Match``/``If-Modified-Since`` for a
        conditional GET, which a 304 answers with an empty ``Fetched`` of status 304).
        """
        limit = self.options.max_bytes
        try:
            with self.client.stream("GET", url, follow_redirects=True, headers=headers) as response:
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
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""),
                               response.status_code, {k.lower(): v for k, v in response.headers.items()})
        except httpx.TooManyRedirects:
            raise IngestError(url, f"more than {self.options.max_redirects} redirects") from None
        except httpx.TimeoutException:
            raise IngestError(url, f"timed out after {self.options.timeout:g} s") from None
        except httpx.InvalidURL as exc:
            raise IngestError(url, f"invalid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise IngestError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None

    def close(self) -> None:
        if self._own and self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
