"""Metadata every reader shares: stable ids, the outlet from a URL, and a date stated near the top.

Kept in one place so a text file, a JSONL line and a fetched page get their ids and dates by the same
rules (and so re-ingesting the same article always yields the same id and dedup key).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from tld import get_fld

from accord.words import MONTHS

_MONTHS = MONTHS
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),  # January 13, 2022
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),  # 13 Jan 2022
    re.compile(r"\b" + _YEAR + r"([-/])(?P<m>[01]?\d)\2(?P<day>[0-3]?\d)\b"),  # 2022-01-13, 2022/1/13
]
TOP_LINES = 5  # a dateline is among the first few lines, or it is not a dateline
DATELINE_MAX_WORDS = 15  # longer lines are sentences that merely mention a date


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form of a text, for duplicate detection."""
    return " ".join(text.lower().split())


def short_hash(value: str, length: int = 16) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:length]  # any str hashes


def text_key(text: str) -> str:
    """The dedup key of an article's extracted text (same normalised text → same key)."""
    return short_hash(normalise(text), 40)


def stable_id(url: str | None, text: str) -> str:
    """An id for an article without a file name: a short hash of its URL, else of its text."""
    return short_hash(url.strip()) if url else short_hash(normalise(text))


def domain(url: str | None) -> str | None:
    """The registered domain of a URL (``news.bbc.co.uk`` → ``bbc.co.uk``), or None."""
    if not url:
        return None
    fld = get_fld(url, fail_silently=True, fix_protocol=True)
    return fld or None


def iso(value: object) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a date, datetime, ISO string or a written date; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = find_date(text)
    if found:
        return found
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date().isoformat()  # RFC 822, as in feeds
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # last resort for a date a user gave (JSONL ``published``); slow to import

    parsed = dateparser.parse(
        text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date().isoformat() if parsed else None


def find_date(line: str) -> str | None:
    """The first full written date (day, month and year) in ``line`` as ISO, or None."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            parts = match.groupdict()
            month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["month"].lower()]
            try:
                return date(int(parts["year"]), month, int(parts["day"])).isoformat()
            except ValueError:
                continue
    return None


def all_dates(text: str) -> set[str]:
    """Every full written date (day, month and year) in ``text`` as ISO: the dates a page states."""
    found: set[str] = set()
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["month"].lower()]
            try:
                found.add(date(int(parts["year"]), month, int(parts["day"])).isoformat())
            except ValueError:
                continue
    return found


def date_near_top(lines: list[str]) -> str | None:
    """A publication date stated as a short line (a dateline) among the first non-empty lines."""
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        if len(line.split()) <= DATELINE_MAX_WORDS:
            found = find_date(line)
            if found:
                return found
    return None
