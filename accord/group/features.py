"""Cheap text features for grouping: word shingles, content words, capitalised names and numbers.

No spaCy here on purpose: grouping must keep up with 10,000 articles in minutes on two cores, and
capitalised token runs are a good enough proxy for named entities when the question is only "do these
two texts talk about the same people, places and figures?".
"""
from __future__ import annotations

import re
import zlib
from collections import Counter

import numpy as np

from accord.words import MONTHS, NEWS_WORDS, STOP_WORDS, WEEKDAYS

_WORD = re.compile(r"\w+", re.UNICODE)
# A token for names and numbers: keeps inner apostrophes/hyphens/dots/commas ("O'Neil", "2,300").
_TOKEN = re.compile(r"[^\W_](?:[\w'’.,-]*[^\W_])?", re.UNICODE)

STOP = STOP_WORDS | NEWS_WORDS
# Words capitalised only because they open a sentence or are calendar words: never a name on their own.
_NOT_NAMES = STOP | frozenset(MONTHS) | frozenset(WEEKDAYS) | {"mr", "mrs", "ms", "dr", "am", "pm", "a.m", "p.m", "i"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters/digits), the unit of shingles and body vectors."""
    return _WORD.findall(text.lower())


def shingle_hashes(text: str, k: int) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's ``k``-word shingles.

    crc32 (not Python's ``hash``) so hashes are stable across processes: the copy index persists.
    """
    w = words(text)
    if len(w) < k:
        grams = [" ".join(w)] if w else []
    else:
        grams = [" ".join(w[i : i + k]) for i in range(len(w) - k + 1)]
    return np.unique(np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint32, count=len(grams)))


def content_terms(text: str) -> Counter[str]:
    """Counts of lower-cased content words (no stop words, no 1-letter tokens)."""
    return Counter(t for t in words(text) if len(t) > 1 and t not in STOP and not t.isdigit())


def names_and_numbers(text: str) -> Counter[str]:
    """Capitalised token runs ("lindsay lohan", plus each token alone) and numbers ("2300", "2011").

    A capitalised common word ("The", "After" opening a sentence) never becomes a name. Numbers are normalised (no thousands commas) so "2,300" = "2300".
    """
    out: Counter[str] = Counter()
    for line in text.splitlines():
        run: list[str] = []
        for m in _TOKEN.finditer(line):
            tok = m.group(0)
            low = tok.lower().strip(".,'’-")
            if not low:
                continue
            if tok[0].isdigit():
                num = low.replace(",", "")
                if any(c.isdigit() for c in num):
                    out["#" + num] += 1
                _flush(run, out)
                run = []
            elif tok[0].isupper() and low not in _NOT_NAMES and len(low) > 1:
                run.append(low)
            else:
                _flush(run, out)
                run = []
        _flush(run, out)
    return out


def _flush(run: list[str], out: Counter[str]) -> None:
    if not run:
        return
    for tok in run:
        out[tok] += 1
    if len(run) > 1:
        out[" ".join(run)] += 1
