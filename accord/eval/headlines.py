"""`accord eval headlines`: does the stored title equal the page's own headline?

Pages put the outlet's name, a section or a slogan around the headline in ``<title>`` and
``og:title`` ("… | CNN", "… - Autoblog"); the headline element (``<h1>``) holds the headline alone.
On the extraction benchmark's real pages (``DATA/extraction``), the page's headline is the ``<h1>``
that shares the most words with the page's title (at least half of the ``<h1>``'s words; pages with
no such ``<h1>`` are not counted), and each page is scored twice in one run: the title as extracted
(trafilatura's metadata) and the title as accord stores it (``accord.ingest.meta.clean_title``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from accord.eval import ratio
from accord.ingest import meta
from accord.ingest.decode import to_text

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def normal(text: str) -> str:
    """A headline as compared: NFKC, one quote and dash style, case and spacing folded."""
    return " ".join(unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold().split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normal(text)))


def page_headline(html: str, title: str) -> str | None:
    """The page's own headline: the ``<h1>`` sharing the most words with ``title`` (None when no
    ``<h1>`` shares half of its words with it)."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - a page lxml cannot read has no headline
        return None
    tw = _words(title)
    best, share = None, 0.5
    for h in doc.iter("h1"):
        text = " ".join(h.text_content().split())
        hw = _words(text)
        if hw and len(hw & tw) / len(hw) >= share:
            best, share = text, len(hw & tw) / len(hw) + 1e-9
    return best


@dataclass
class Result:
    pages: int = 0  # pages with a headline element matching their title
    raw_equal: int = 0  # extracted title equals the headline
    clean_equal: int = 0  # stored (cleaned) title equals the headline
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (raw, stored, headline) where cleaning changed it

    @property
    def raw_share(self) -> float:
        return ratio(self.raw_equal, self.pages)

    @property
    def clean_share(self) -> float:
        return ratio(self.clean_equal, self.pages)


def run(data: str | Path = "../shared/eval", limit: int | None = None) -> Result:
    """Score every benchmark page whose headline element can be found."""
    import trafilatura

    from accord.eval.extraction import load

    res = Result()
    for page in load(data, limit):
        html = to_text(page.html, page.id, html=True)
        doc = trafilatura.bare_extraction(html, url=page.url, with_metadata=True)
        raw = " ".join(((getattr(doc, "title", None) or "") if doc is not None else "").split())
        if not raw:
            continue
        headline = page_headline(html, raw)
        if headline is None:
            continue
        stored = meta.clean_title(raw, (getattr(doc, "sitename", None) or "").strip() or None, page.url)
        res.pages += 1
        res.raw_equal += normal(raw) == normal(headline)
        res.clean_equal += normal(stored) == normal(headline)
        if stored != raw:
            res.changed.append((raw, stored, headline))
    return res
