"""HTML pages → Article through trafilatura (text plus title, author, date, site name, URL).

``parse`` is public: the extraction benchmark scores it against gold article bodies.
"""
from __future__ import annotations

import re
from datetime import date

import htmldate
import trafilatura
from trafilatura.settings import Document

from accord.errors import IngestError
from accord.ingest import meta
from accord.ingest.decode import to_text
from accord.model import Article
from accord.options import DEFAULT, Options


def parse(html: str | bytes, url: str | None, item: str, options: Options = DEFAULT) -> Article:
    """Extract the article in ``html`` (fetched from ``url`` if known); ``item`` names it in errors.

    The id is a short hash of the URL (else of the text); callers reading files replace it with the
    file's stem. The outlet is the site name from metadata, else the URL's registered domain.
    """
    if isinstance(html, bytes):
        html = to_text(html, item, html=True, options=options)
    if not html.strip():
        raise IngestError(item, "empty page")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=_dates(extensive=False),
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise IngestError(item, f"cannot parse HTML ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise IngestError(item, "no article text found in the HTML")
    assert isinstance(doc, Document)  # a dict only with ``as_dict=True``; None has no text
    raw_title = " ".join((doc.title or "").split())
    title = meta.clean_title(raw_title, doc.sitename, url or doc.url, options)  # "… | CNN" → "…"
    lines = text.split("\n")
    if title and meta.normalise(lines[0]) in (meta.normalise(title), meta.normalise(raw_title)):
        lines = lines[1:]  # trafilatura repeats the headline as the first line of the body
    elif not title:
        title = " ".join(lines[0].split())
        lines = lines[1:] if len(lines) > 1 else lines
    body = "\n".join(lines).strip()
    if not body:
        raise IngestError(item, "no article text found in the HTML")
    page_url = url or doc.url or None
    return Article(
        id=meta.stable_id(page_url, body),
        title=title[:500],
        text=body,
        raw_text=body,
        source=(doc.sitename or "").strip() or meta.domain(page_url),
        url=page_url,
        published=meta.iso(doc.date, options) or meta.date_near_top(lines, options) or stated_date(html),
        author=(doc.author or "").strip() or None,
        origin=item,
        removed=meta.title_label(raw_title, title),
    )


def _dates(extensive: bool) -> dict[str, object]:
    return {"original_date": True, "extensive_search": extensive, "max_date": date.today().isoformat()}


_TAG = re.compile(r"<[^>]*>")


def stated_date(html: str) -> str | None:
    """A date found by htmldate's extensive search of the page body, kept only when the page writes
    that exact day out in full.

    The extensive search guesses from any number that looks like a year or a date: "law number
    1995" became 1995-01-01 and "January 45, 2022" became 2022-01-01. Markup dates (meta tags,
    ``<time>``, the URL) come from trafilatura's own non-extensive pass; a dateline from the text.
    """
    try:
        found = htmldate.find_date(html, **_dates(extensive=True))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - htmldate on broken markup: no date rather than no article
        return None
    if not found:
        return None
    return found if found in meta.all_dates(_TAG.sub(" ", html)) else None
