"""Metadata every reader shares: stable ids, the outlet from a URL, and a date stated near the top.

Kept in one place so a text file, a JSONL line and a fetched page get their ids and dates by the same
rules (and so re-ingesting the same article always yields the same id and dedup key).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, timezone

from accord.model import TITLE_LABEL, Removed
from accord.options import DEFAULT, Options
from accord.outlets import domain  # noqa: F401 - ingest's readers read a page's domain as meta's
from accord.words import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, RELATIVE_TIME, US_TIME_ZONES

_MONTHS = MONTHS
_MONTH = r"(?P<month>" + MONTH_NAMES + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),  # January 13, 2022
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),  # 13 Jan 2022
    re.compile(r"\b" + _YEAR + r"([-/])(?P<m>[01]?\d)\2(?P<day>[0-3]?\d)\b"),  # 2022-01-13, 2022/1/13
]


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


def iso(value: object, options: Options = DEFAULT) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a date, datetime, ISO string, a written date, a compact
    ``YYYYMMDD[hh[mm[ss]]]`` stamp or a Unix time (a number, or digits); else None (never a guess).

    (mend120) Digits read as a compact date stamp first (``20220111``, ``202201111030``: a common feed
    and CMS form that a Unix-time reading turns into 1976), then as a Unix time only at exactly 10 or 13
    digits (``Options.published_epoch_from`` on, never in the future): a nine-digit id or a count is no
    date. A written date is read by dateparser's absolute-date parsers only, and refused when it holds a
    relative word ("5 days ago", "today", "1 hour ago, 2022") or is an ambiguous ``03/04/2022``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _digits(str(value), options) if value >= 0 else None
    if isinstance(value, float):
        if not value == value or value < 0 or value >= 1e15:  # NaN, negative, no date at all
            return None
        whole = repr(value).partition(".")[0]
        return _digits(whole, options, stamp=False) if whole.isdigit() else None
    text = str(value).strip()
    if _DIGITS.fullmatch(text):
        whole, dot, _ = text.partition(".")
        return _digits(whole, options, stamp=not dot)  # a fraction: seconds, never a stamp
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
    if relative(text) or ambiguous(text):
        return None
    import dateparser  # last resort for a date a user gave (JSONL ``published``); slow to import

    parsed = dateparser.parse(  # absolute dates only: no "5 days ago", no timestamps (read above)
        text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                        "PARSERS": ["custom-formats", "absolute-time"]}
    )
    return _not_future(parsed.date(), options) if parsed else None


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+")
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")


def relative(text: str) -> bool:
    """True when ``text`` places its time relative to the reading ("5 days ago", "today"): no date."""
    return any(word in RELATIVE_TIME for word in _WORD.findall(text.lower()))


def ambiguous(text: str) -> bool:
    """True when ``text`` holds a numeric date whose day and month can swap (``03/04/2022``: 3 April
    or March 4 by the outlet's country): refused rather than guessed. ``13/01/2022`` and ``04/04/2022``
    read one way only."""
    return any(int(a) <= 12 and int(b) <= 12 and int(a) != int(b)
               for a, _, b, _ in _SLASHED.findall(text))


def _digits(text: str, options: Options, stamp: bool = True) -> str | None:
    """A string of digits as a date: a compact ``YYYYMMDD[hh[mm[ss]]]`` stamp (8, 10, 12 or 14 digits
    opening on a valid 19xx/20xx date; refused when its time part is not a time), else a Unix time at
    exactly 10 (seconds) or 13 (milliseconds) digits; else None."""
    if stamp and len(text) in (8, 10, 12, 14) and text[:2] in ("19", "20"):
        try:
            day = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            day = None
        if day is not None:
            clock = [int(text[i:i + 2]) for i in range(8, len(text), 2)]
            if any(part >= limit for part, limit in zip(clock, (24, 60, 60))):
                return None
            return _not_future(day, options)
        if len(text) == 8:
            return None
    if len(text) == 10:
        return _epoch(int(text), options)
    if len(text) == 13:
        return _epoch(int(text) / 1000, options)
    return None


def _epoch(seconds: float, options: Options) -> str | None:
    """The UTC day of a Unix time in seconds, or None before ``options.published_epoch_from`` or in
    the future."""
    if seconds < options.published_epoch_from:
        return None
    try:
        day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None
    return _not_future(day, options)


def _not_future(day: date, options: Options) -> str | None:
    """``day`` as ISO, or None when it is after the run's day by more than ``published_future_days``."""
    return None if day > date.today() + timedelta(days=options.published_future_days) else day.isoformat()


def find_date(line: str) -> str | None:
    """The first full written date (day, month and year) in ``line`` as ISO, or None."""
    found = _date_match(line)
    return found[0] if found else None


def _date_match(line: str) -> tuple[str, tuple[int, int]] | None:
    """(ISO date, its span) of the first full written date in ``line``."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            parts = match.groupdict()
            month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["month"].lower()]
            try:
                return date(int(parts["year"]), month, int(parts["day"])).isoformat(), match.span()
            except ValueError:
                continue
    return None


_PROSE_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z'’]*\b")  # a lower-case word: prose, not a label or a place
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?", re.I)  # "10:32 am": a time, not prose


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


# A dateline written in figures ("Posted: 08/02/2013 11:10 am EDT", "Last updated 13:26 14/09/2013",
# "Article posted on 08.07.2012"). Its order is the outlet's convention, so it is read only when it is
# certain: a part above 12 is the day; dots are day.month (the European form); slashes with a US time
# zone on the line are month/day; both parts equal read the same either way. Dots need two-digit parts
# ("1.2.2013" is as likely a version number). Anything else ("4/9/2007"
# with no zone) gives no date rather than a date a month off.
_NUMERIC_DATE = re.compile(r"(?<![\d/.:])(?P<a>[0-3]?\d)\s{0,2}(?P<sep>[/.])\s{0,2}(?P<b>[0-3]?\d)\s{0,2}(?P=sep)"
                           r"\s{0,2}(?P<year>(?:19|20)\d\d)(?![\d/.]\d)")
_US_ZONE = re.compile(r"\b(?:" + "|".join(US_TIME_ZONES) + r")\b")


def _numeric_date_match(line: str) -> tuple[str, tuple[int, int]] | None:
    """(ISO date, its span) of the first all-figure date in ``line`` whose day and month are certain."""
    for match in _NUMERIC_DATE.finditer(line):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        european = match["sep"] == "." and len(match["a"]) == len(match["b"]) == 2  # "08.07.2012", not "1.2.2013"
        if match["sep"] == "." and not european:
            continue
        if a > 12 >= b or a == b or european:
            day, month = a, b
        elif b > 12 >= a or _US_ZONE.search(line):
            day, month = b, a
        else:
            continue
        try:
            return date(year, month, day).isoformat(), match.span()
        except ValueError:
            continue
    return None


def date_near_top(lines: list[str], options: Options = DEFAULT) -> str | None:
    """A publication date stated as a short line (a dateline) among the first non-empty lines
    (``options.dateline_top_lines``, ``options.dateline_max_words``), with at most
    ``options.dateline_prose_words`` lower-case words besides the date."""
    seen = 0
    begun = False
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > options.dateline_top_lines:
            break
        # a dateline may open the lede's paragraph ("PITTSBURGH, May 10, 2018 - A judge approved …"):
        # its part before the dash is read as a line of its own, so a date further down (a fact box's
        # "March 3, 2014") does not stand in for it
        opening = _DATELINE_OPENING.match(line)
        for part in ((opening.group(1),) if opening else ()) + (line,):
            found = _dateline(part, options)
            if found and (not begun or _STAMP_LABEL.match(part)):
                return found
        # (timeline11) once the story has begun, a date line below its first paragraph is a date the text states (a
        # fact box's, a live page's post), not the page's: only a labelled stamp ("Published: Oct. 25, 2013") still is
        begun = begun or _lede(line, options)
    return None


_STAMP_LABEL = re.compile(r"^\W{0,3}(?i:(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|modified))\b")


# (timeline11, mend94) a lede that opens with a wire place dateline and no date, of the exact form CITY (AGENCY) — or
# CITY, Country — ("WASHINGTON (AP) — The Senate voted …", "COLUMBUS, Ohio — A gunman …"); never a note's label
# ("EDITOR'S NOTE — This story contains …", "UPDATE — This story has been updated …"), which sits above the page's date
_PLACE_OPENING = re.compile(r"^\W{0,3}(?!(?:EDITOR|EDITORS|EDITOR'S|EDITOR’S|NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|"
                            r"CORRECTIONS|WARNING|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|LIVE|WATCH|VIDEO|PHOTOS?)\b)"
                            r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
                            r"(?:\s*\(\s*[A-Z][\w .&/-]{0,30}\)|\s*,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?"
                            r"(?:\s*\(\s*[A-Z][\w .&/-]{0,30}\))?)"
                            r"\s*(?:-{1,2}|–|—)\s+[\"“]?[A-Z]")


def _lede(line: str, options: Options) -> bool:
    """(timeline11) Whether ``line`` is the story's first paragraph, so a date line after it is a date the text states
    (a fact box's, a post's in a live page), not the page's own, which sits above the text or by its byline.
    (mend94) Only a paragraph of more than ``options.dateline_max_words`` words that opens with a wire place dateline
    ("WASHINGTON (AP) — The Senate …", "COLUMBUS, Ohio — …"): a paragraph of two sentences may as well be a standfirst,
    a cookie banner or a share prompt above the page's date ("Shares of Acme fell 12 percent. The company blamed …")."""
    return len(line.split()) > options.dateline_max_words and bool(_PLACE_OPENING.match(line.strip()))


# the part of a line before a dateline's dash ("PITTSBURGH, May 10, 2018 -", "LONDON, 10 May 2018 —")
# (not a sentence's own opening phrase: "On January 6, 2022 — the day of the riot — …")
_DATELINE_OPENING = re.compile(r"^(?!(?:on|in|by|since|until|before|after|from|as of)\b)(.{6,100}?)\s+(?:-{1,2}|–|—)\s+\S",
                               re.I)


def _dateline(line: str, options: Options) -> str | None:
    """The date of ``line`` if the line is a dateline: short, a date and at most a few prose words."""
    if len(line.split()) > options.dateline_max_words:
        return None
    found = _date_match(line) or _numeric_date_match(line)
    if not found:
        return None
    # a short sentence that mentions a date is no dateline: "Page was born on April 22, 1923,
    # in Nashville, Tenn." made a 1923 publication date (and a 1922 "Dec. 2"); a dateline's
    # other words are a place, a label or a time ("ALMATY,", "Published on", "Updated 3:45 PM")
    rest = _CLOCK.sub(" ", line[:found[1][0]] + " " + line[found[1][1]:])
    return found[0] if len(_PROSE_WORD.findall(rest)) <= options.dateline_prose_words else None


# -- headlines ------------------------------------------------------------------------------------
# Pages append (or prepend) the outlet's name, a section or a slogan to the headline in <title> and
# og:title: "… | CNN", "… - Autoblog", "Opinion | …", "LinkNaija | Nigeria's popular news platform: …".
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|//)\s+")
_BRAND_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’!+-]*|&|of|the|and|de|la|le|du|des|del|di|news|online|magazine|"
                         r"daily|weekly|times|post|today|\w+\.(?:com|org|net|co|uk|de|fr|in|ph|ru|io|tv|news))$")


def _key(text: str) -> str:
    """Letters and digits only, lower case ("The New-York Times" → "thenewyorktimes")."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _is_outlet(segment: str, site: str | None, url: str | None) -> bool:
    """Whether a headline segment names the page's outlet: its site name or its domain, in any case
    and spacing ("TechCrunch" = "techcrunch.com", "The Guardian" = "theguardian.com")."""
    key = _key(segment)
    if not key:
        return False
    names = [_key(site)] if site else []
    fld = domain(url)
    if fld:
        names.append(_key(fld.split(".")[0]))
        names.append(_key(fld))
    # one may hold the other ("SpaceNews.com" = spacenews), but mostly: "The Guardian view on Hong
    # Kong" is not "the Guardian"
    return any(n and (key == n or (min(len(key), len(n)) >= 4 and (key in n or n in key)
                                   and min(len(key), len(n)) >= 0.6 * max(len(key), len(n)))) for n in names)


def _brandlike(segment: str, options: Options = DEFAULT) -> bool:
    """A short run of capitalised words, connectors or a domain: how outlets, sections and slogans
    look ("The Anti-June Cleaver", "Auto News", "IGN", "MoreBikes", "US news"): at most ``options.headline_brand_max_words`` words."""
    words = segment.split()
    return 0 < len(words) <= options.headline_brand_max_words and all(_BRAND_WORD.match(w) for w in words) \
        and not segment.rstrip().endswith(("?", "!"))


_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed\b")  # "Ordered", "Related": how half of a hyphenated word opens


def clean_title(title: str | None, site: str | None = None, url: str | None = None,
                options: Options = DEFAULT) -> str:
    """The headline without the outlet name, section or slogan the page puts around it.

    A segment at either end, cut off by a separator (" | ", " - ", " – ", " — ", "::", "·", "»"), goes
    when it names the outlet (``site`` or the domain of ``url``) and two words or more remain, or
    when it looks like a brand (``_brandlike``; at the front only one or two words before a bar:
    "Opinion | …")
    and the remaining headline keeps at least ``options.headline_min_words`` words; either way what remains
    is longer than what goes. A "Site name: headline" prefix goes when it names the outlet. Headlines without
    such segments come back unchanged (spaces collapsed).
    """
    text = " ".join((title or "").split())
    if not text:
        return ""
    if site and ":" in text:  # "LinkNaija | Nigeria's popular news platform: Actress ..."
        head, _, rest = text.partition(": ")
        if rest and _is_outlet(head, site, url) and len(rest.split()) >= options.headline_min_words:
            text = rest
    while True:
        parts = _SEPARATOR.split(text)
        if len(parts) < 2:
            return text
        seps = _SEPARATOR.findall(text)
        first, last = parts[0], parts[-1]
        rest_last = text[: len(text) - len(last) - len(seps[-1])]
        rest_first = text[len(first) + len(seps[0]):]

        def fits(rest: str, cut: str, outlet: bool) -> bool:
            n = len(rest.split())
            return n >= (2 if outlet else options.headline_min_words) and n > len(cut.split())

        outlet_last, outlet_first = _is_outlet(last, site, url), _is_outlet(first, site, url)
        # a hyphenated word some feeds write with spaces ("Checks Into Court - Ordered Rehab"): what
        # follows the hyphen opens with a participle, which no outlet's name or slogan does
        half_word = seps[-1].strip() in ("-", "–") and _PARTICIPLE.match(last) is not None
        if fits(rest_last, last, outlet_last) and (outlet_last or (_brandlike(last, options) and not half_word)):
            text = rest_last
        elif fits(rest_first, first, outlet_first) and (outlet_first or (
                _brandlike(first, options) and len(first.split()) <= 2 and seps[0].strip() == "|")):
            text = rest_first
        else:
            return text


def title_label(raw: str, title: str) -> list[Removed]:
    """(mend57) The page's whole title, kept as a ``Removed`` (``model.TITLE_LABEL``) when ``clean_title`` cut a
    label off its front ("Opinion | The levee is a $40 million mistake" → "The levee is …"): the stored headline
    loses the section, and summarize still knows the article is a column. Empty when nothing was cut in front.
    The title is found inside the raw one (an outlet cut off its end too: "… mistake - The New York Times") and
    only what comes before it is read for a separator (mend59)."""
    raw = " ".join((raw or "").split())
    at = raw.find(title) if title else -1
    if raw == title or at <= 0 or not _SEPARATOR.search(raw[:at] + " "):
        return []
    return [Removed(line=raw, reason=TITLE_LABEL)]


# titles and months written short with a stop ("Sen.", "Aug."): a stop after one of them ends no sentence
_TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "gov", "lt", "col", "capt", "maj", "sgt",
                                  "sen", "rep", "prof", "jr", "sr"}) | MONTH_ABBREVIATIONS
# how a line goes on after a headline that is only its start: the rest of a word cut at a length
# ("… Dorothy Day under" of "… underscores"), a word or a clause more ("… Day" of "… Day underscores"),
# a stop that ends no sentence followed by a lower-case word or a figure ("… on Thursday, Aug. 23")
_GOES_ON = re.compile(r"(?:[ ,;:'’\"”)]+[\w“\"'‘(]|\.\s+[a-z0-9])")


def cut_title(title: str | None, raw_text: str | None) -> bool:
    """Whether the headline is only the start of a longer first line of the article's raw text (before
    cleaning), where a harness's or a site's headline cut at a length repeats the body's opening ("… to
    highlight Dorothy Day under" of "… Dorothy Day underscores the Pontiff's emphasis …"). Such a headline
    is no sentence of its own, even when the cleaner later drops that line (a teaser) and no later rule
    can see how it goes on. A headline that is a whole sentence the line repeats, alone or followed by
    another sentence ("Storm hits the coast. Thousands fled …"), is no cut; only the first non-empty line
    is read (the headline is the opening it cuts, not a sentence found further down)."""
    t = " ".join((title or "").split()).rstrip(".!?… ")
    line = " ".join(next((x for x in (raw_text or "").split("\n") if x.strip()), "").split())
    if not t or len(line) <= len(t) or not line.startswith(t):
        return False
    rest = line[len(t):]
    abbreviation = t.rsplit(" ", 1)[-1].lower() in _TITLE_ABBREVIATIONS
    return bool((t[-1].isalnum() and rest[0].isalnum()) or _GOES_ON.match(rest) or (abbreviation and rest.startswith(". ")))
