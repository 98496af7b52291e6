"""Renderers of a Brief: ``markdown.render`` (terminal-readable) and ``html.render`` (a standalone page).

Both show exactly what ``Brief.to_dict()`` holds. This module holds what they share, so that a
citation is numbered the same way in every format: article ids become short refs ``[k]``, where
``k`` is the article's 1-based position in ``brief.articles``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from accord.model import ArticleRef, Brief
from accord.outlets import outlet_groups

NONE_FOUND = "None found."  # every section is always shown; an empty one says so

# The brief's sections, once, in reading order: the field of ``Brief.to_dict()`` (the JSON the API
# returns) each shows, and its heading. Markdown, the HTML page and the web UI's story page all take
# their headings (and HTML classes, ``section_class``) from here, so a section is named one way.
SECTIONS: dict[str, str] = {
    "summary": "Summary",
    "facts": "Facts outlets agree on",
    "disagreements": "Disagreements",
    "wordings": "Quotes in several wordings",
    "single_source": "Single-source claims",
    "timeline": "Timeline",
    "variants": "Name variants",
    "articles": "Articles",
}


def section_class(field: str) -> str:
    """The HTML class of a section (``single_source`` → ``single-source``)."""
    return field.replace("_", "-")

KIND_LABELS = {
    "number": "Number",
    "date": "Date",
    "name": "Name",
    "quote": "Quote",
    "place": "Place",
    "other": "Other",
}
# a side's normalized value that is a time of day ("11:30"), as clock and events write it
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def kind_label(d: Any) -> str:
    """The reader's name of a disagreement's kind (``d`` a disagreement, its dict or a bare kind):
    "Time" for a date whose every side is a time of day ("11:30 a.m." / "noon"), which "Date"
    misnames (sides70; the JSON keeps ``kind`` "date")."""
    if isinstance(d, str):
        return KIND_LABELS.get(d, d.capitalize())
    kind = str(d.get("kind") if isinstance(d, dict) else getattr(d, "kind", ""))
    values = (d.get("values") if isinstance(d, dict) else getattr(d, "values", None)) or []
    normalized = [v.get("normalized") if isinstance(v, dict) else getattr(v, "normalized", None) for v in values]
    if kind == "date" and normalized and all(isinstance(n, str) and _CLOCK.match(n) for n in normalized):
        return "Time"
    return KIND_LABELS.get(kind, str(kind).capitalize())


def fits_text(d: Any, side: Any) -> str:
    """What a side of a conflict does not exclude ("consistent with 312"), from ``Side.fits``: a
    conflict of three sides two of which agree reads as one claim against the third (sides70)."""
    values = (d.get("values") if isinstance(d, dict) else d.values) or []
    shown = {v.get("value") if isinstance(v, dict) else v.value for v in values}
    fits = (side.get("fits") if isinstance(side, dict) else getattr(side, "fits", None)) or ()
    others = [str(v) for v in fits if v in shown]
    return "consistent with " + " / ".join(others) if others else ""


# What each disagreement type tells the reader (shown with every disagreement).
TYPE_LABELS = {
    "conflict": "conflict",  # the values cannot both be true
    "evolving": "evolving figure",  # a running figure reported at different times
    "vague": "vague",  # an approximation or a range that overlaps the other side
}
_TYPE_ORDER = {"conflict": 0, "evolving": 1, "vague": 2}


def type_label(kind: str | None) -> str:
    return TYPE_LABELS.get(kind or "conflict", str(kind))


def in_reading_order(disagreements: list) -> list:
    """Conflicts first, then evolving figures, then vague ones (stable within each type)."""
    return sorted(disagreements, key=lambda d: _TYPE_ORDER.get(getattr(d, "type", "conflict"), 3))


@dataclass(frozen=True)
class Ref:
    """One citation as shown: ``label`` is ``[k]`` (or ``[id]`` when the id is not in the list)."""

    id: str
    number: int | None
    article: ArticleRef | None

    @property
    def label(self) -> str:
        return f"[{self.number}]" if self.number is not None else f"[{self.id}]"

    @property
    def anchor(self) -> str | None:
        return f"src-{self.number}" if self.number is not None else None

    @property
    def tooltip(self) -> str:
        if self.article is None:
            return f"article {self.id} (not in this brief's article list)"
        parts = [p for p in (self.article.source, self.article.title, self.article.published) if p]
        return " — ".join(parts)


class Citations:
    """Maps article ids to refs for one brief."""

    def __init__(self, brief: Brief) -> None:
        self._articles = {a.id: a for a in brief.articles}
        self._numbers: dict[str, int] = {}
        for i, art in enumerate(brief.articles, start=1):
            self._numbers.setdefault(art.id, i)

    def ref(self, article_id: str) -> Ref:
        return Ref(article_id, self._numbers.get(article_id), self._articles.get(article_id))

    def refs(self, article_ids: list[str]) -> list[Ref]:
        """Refs in the order given, each id once."""
        return [self.ref(a) for a in dict.fromkeys(article_ids)]

    def copy_of(self, article: ArticleRef) -> Ref | None:
        return self.ref(article.copy_of) if article.copy_of else None


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) link, else None: untrusted input never becomes a
    ``javascript:`` or ``data:`` link."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


def format_value(value: object) -> str:
    """A normalised value as a reader would write it (``2000.0`` → ``2,000``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def show_normalized(kind: str, side_value: str, normalized: object) -> str | None:
    """The normalised form of a side's value, only when it tells the reader something true and new.

    Hidden for quotes (the normalised key is a matching aid, not something anyone said), for a
    number that is the midpoint of a vague range ("dozens" is not 61.5), and when the reported
    value already shows it ("Roughly 2,300" needs no "= 2300").
    """
    if normalized is None or normalized == "" or kind == "quote":
        return None
    if isinstance(normalized, (int, float)) and not isinstance(normalized, bool):
        if float(normalized) != int(normalized):
            return None
        digits = re.sub(r"(?<=\d)[,\u00a0\u202f' ](?=\d{3})", "", side_value)
        if re.search(rf"(?<![\d.]){int(normalized)}(?![\d])", digits):
            return None
        return format_value(normalized)
    text = format_value(normalized)
    return None if text.strip().lower() == side_value.strip().lower() else text


def date_span(brief: Brief) -> str | None:
    """First–last publication date of the brief's articles, when any is known."""
    dates = sorted(a.published for a in brief.articles if a.published)
    if not dates:
        return None
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"


def counts(brief: Brief) -> str:
    """'5 articles (1 copy) from 4 outlets' — the one-line scope of a brief."""
    n = len(brief.articles)
    copies = sum(1 for a in brief.articles if a.copy_of)
    # one outlet however its articles name it ("CNN", "cnn.com", a URL on edition.cnn.com): ``ArticleRef.outlet``,
    # a name and a domain united only where safe (``outlet_groups``), as every count of sources reads them
    same = outlet_groups((a.source, a.url) for a in brief.articles)
    outlets = {same.get(key, key) for a in brief.articles if (key := a.outlet)}
    text = f"{n} article{'s' if n != 1 else ''}"
    if copies:
        text += f" ({copies} cop{'ies' if copies != 1 else 'y'} of another)"
    if outlets:
        text += f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
        # articles that name no outlet are told apart: "3 articles from 1 outlet" would read as if
        # all three came from it (user71)
        unnamed = sum(1 for a in brief.articles if not a.outlet)
        if unnamed:
            text += f" ({unnamed} with no outlet named)"
    return text
