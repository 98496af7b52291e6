"""Small text helpers shared by the cleaning signals: line keys, words, content words.

Kept free of NLP libraries so cleaning stays fast (it runs on every ingested article).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accord.words import TOPIC_STOP_WORDS

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_DIGITS = re.compile(r"\d+")
# invisible format characters (soft hyphen, zero-width space/joiners, direction marks, BOM)
_FORMAT = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_KEY_DROP = re.compile(r"[^\w\s]|_", re.UNICODE)



def normalise(line: str) -> str:
    """NFKC, no zero-width characters, single spaces, stripped: the text a line is judged on."""
    if not line.isascii():
        line = _FORMAT.sub("", unicodedata.normalize("NFKC", line))
    return _SPACE.sub(" ", line).strip()


def key(line: str) -> str:
    """A line's recurrence key: lower case, digits as 0, no punctuation, single spaces.

    Digits are folded so counters and dates ("7 images", "3 images") share one key across
    articles; punctuation is dropped so quote and dash styles of different sites do not matter.
    """
    return normal_key(normalise(line))


# An ASCII line's key by one character table: digits to "0" (a run then folded to one "0"), any
# character neither a letter, a digit nor white space (and "_") to a space — the three regex passes
# below, in one C pass (every line of every article is keyed)
_ASCII_KEY = {c: ("0" if chr(c).isdigit() else None if chr(c).isalpha() or chr(c).isspace() else " ")
              for c in range(128)}
_ASCII_KEY = {c: v for c, v in _ASCII_KEY.items() if v is not None}
_ZEROS = re.compile("00+")


def normal_key(line: str) -> str:
    """``key`` of a line that is already ``normalise``'s output (cleaning judges normalised lines:
    normalising again was a fifth of a line's key)."""
    if line.isascii():
        text = line.lower().translate(_ASCII_KEY)
        return " ".join((_ZEROS.sub("0", text) if "00" in text else text).split())
    text = _DIGITS.sub("0", line.lower())
    text = _KEY_DROP.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def words(line: str) -> list[str]:
    """Word tokens (letters/digits, inner apostrophes kept)."""
    return list(_words(line))


@lru_cache(maxsize=8192)
def _words(line: str) -> tuple[str, ...]:
    """``words``, kept per line: cleaning counts a line's words in several signals (shape, site
    text, crawl notices, repeated sentences), and the unicode word pattern was a fifth of judging."""
    return tuple(_WORD.findall(line))


@lru_cache(maxsize=8192)
def content_words(line: str) -> frozenset[str]:
    """Lower-cased words that are not stop words and not pure numbers: what a line is about."""
    out = frozenset(map(_content_key, _WORD.findall(line.lower())))
    return out - {""} if "" in out else out


@lru_cache(maxsize=65536)
def _content_key(w: str) -> str:
    """A lower-case word's content key ("troops'" → "troop"), or "" for a stop word or number."""
    w = w.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) < 3 or w in TOPIC_STOP_WORDS or w.isdigit():
        return ""
    return _stem(w)


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    """A crude plural/inflection fold, enough to match "troops" with "troop" across lines."""
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w
