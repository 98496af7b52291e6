"""The masked-pair baseline: a reference system for ``accord eval disagreements`` (issue 11, item 6).

No slots, no parse: every value (count, money, percentage, age, date, weekday, time of day) is found
by pattern and masked by its type; two mentions of one type from different articles are scored by
the TF-IDF cosine of their masked sentences plus that of the five content words either side of the
value (one TF-IDF fitted per cluster on its masked sentences; the two cosines averaged); pairs
scoring ``LINK`` or more are linked best first, each mention to at most one mention of any other
sentence; linked mentions are unioned, and a group holding two or more different values is a
disagreement. It stands for what context similarity alone achieves.

Read this way it reports the issue's 59 disagreements on the Multi-News gold clusters (summing the
two cosines instead reports 154 there, at half the precision).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord import tfidf
from accord.analyse.dates import MONTHS
from accord.analyse.sentences import split
from accord.model import Article
from accord.words import MONTH_NAMES_CAPITALISED

LINK = 0.3  # mean of the two cosines at which two mentions are linked (the method's one threshold)
WINDOW = 5  # content words taken on each side of a value

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?:million|billion|trillion|thousand|bn|m)\b)?"
_MONTH = rf"{MONTH_NAMES_CAPITALISED}\.?"
_WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}

# Types in the order they are tried: an earlier type's span is not read again by a later one.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("time", re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b)", re.I)),
    ("date", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b|"
                        rf"\b{_MONTH}\s+\d{{4}}\b|\b(?:in|since|of|by|until)\s+(?:19|20)\d\d\b")),
    ("weekday", re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("age", re.compile(rf"\b(?:{_NUM})(?=[- ]years?[- ]old\b)|(?<=, )\d{{1,2}}(?=,(?!\d))|(?<=\baged )\d{{1,3}}\b")),
    ("money", re.compile(rf"[$€£]\s?(?:{_NUM}){_SCALE}|\b(?:{_NUM}){_SCALE}\s+(?:dollars|euros|pounds)\b", re.I)),
    ("percent", re.compile(rf"\b(?:{_NUM})\s*(?:%|percent\b|per cent\b)", re.I)),
    ("count", re.compile(rf"\b(?:{_NUM}){_SCALE}|\b(?:{'|'.join(_WORD_NUMBERS)})\b(?:\s+(?:thousand|million|billion)\b)?",
                         re.I)),
]
KIND = {"time": "date", "date": "date", "weekday": "date", "age": "number", "money": "number",
        "percent": "number", "count": "number"}


@dataclass
class Value:
    type: str
    text: str
    normalized: str | float
    start: int
    end: int


def _amount(text: str) -> float | None:
    t = text.lower().replace(",", "")
    m = re.search(r"\d+(?:\.\d+)?", t)
    if m:
        value = float(m.group())
    else:
        w = re.search(r"[a-z]+", t)
        if not w or w.group() not in _WORD_NUMBERS:
            return None
        value = float(_WORD_NUMBERS[w.group()])
    scale = re.search(r"(thousand|million|billion|trillion|bn|m)\b", t[m.end() if m else 0:])
    return value * _SCALES[scale.group(1)] if scale else value


def _normalize(kind: str, text: str) -> str | float | None:
    low = text.lower()
    if kind in ("count", "money", "percent", "age"):
        return _amount(text)
    if kind == "time":
        m = re.match(r"(\d{1,2})(?::(\d{2}))?", low)
        if not m:
            return None
        hour = int(m.group(1)) % 12 + (12 if "p" in low[m.end():] else 0)
        return f"{hour:02d}:{m.group(2) or '00'}"
    if kind == "weekday":
        return low
    month = next((MONTHS[w.rstrip(".")] for w in re.findall(r"[a-z]+\.?", low) if w.rstrip(".") in MONTHS), None)
    year = re.search(r"(?:19|20)\d\d", low)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"(?:19|20)\d\d", "", low))
    parts = [year.group() if year else "", f"{month:02d}" if month else "", f"{int(day.group(1)):02d}" if day and month else ""]
    return "-".join(p for p in parts if p) or None


def values(sentence: str) -> list[Value]:
    """Every value of one sentence, each span read once, by the first type that matches it."""
    found: list[Value] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            s, e = m.span()
            if kind == "date" and re.match(r"(?:in|since|of|by|until)\s", m.group()):
                s = e - 4  # "in 2011": the year alone
            if s == e or any(a < e and s < b for a, b in taken):
                continue
            norm = _normalize(kind, sentence[s:e])
            if norm is None or (kind == "count" and 1900 <= float(norm) <= 2100 and "," not in sentence[s:e]):
                continue  # a bare year is a date, found above when it is one
            taken.append((s, e))
            found.append(Value(kind, sentence[s:e], norm, s, e))
    return sorted(found, key=lambda v: v.start)


def _masked(sentence: str, vals: list[Value]) -> str:
    out, last = [], 0
    for v in vals:
        out += [sentence[last:v.start], f" mask{v.type} "]
        last = v.end
    return "".join(out + [sentence[last:]])


def _window(sentence: str, v: Value) -> str:
    before, after = tfidf.terms(sentence[:v.start]), tfidf.terms(sentence[v.end:])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def _cosines(fitted_on: list[str], texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Cosines among ``fitted_on`` and among ``texts``, both in one TF-IDF fitted on ``fitted_on``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        vec = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(fitted_on)
    except ValueError:  # only stop words
        return np.zeros((len(fitted_on),) * 2), np.zeros((len(texts),) * 2)
    a, b = vec.transform(fitted_on), vec.transform(texts)
    return (a @ a.T).toarray(), (b @ b.T).toarray()


def find(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The baseline's disagreements of one cluster, as brief JSON (``kind``, ``about``, ``values``)."""
    sents: list[tuple[str, str]] = []  # (article id, sentence)
    mentions: list[tuple[int, Value]] = []  # (sentence index, value)
    for art in articles:
        for text in split(art.text or ""):
            vals = values(text)
            if vals:
                sents.append((art.id, text))
                mentions += [(len(sents) - 1, v) for v in vals]
    if len(mentions) < 2:
        return []
    sent_sim, win_sim = _cosines([_masked(t, values(t)) for _, t in sents],
                                 [_window(sents[i][1], v) for i, v in mentions])
    pairs = []
    for x in range(len(mentions)):
        i, a = mentions[x]
        for y in range(x + 1, len(mentions)):
            j, b = mentions[y]
            if a.type != b.type or sents[i][0] == sents[j][0]:
                continue
            s = float(sent_sim[i, j] + win_sim[x, y]) / 2
            if s >= LINK:
                pairs.append((s, x, y))
    parent = list(range(len(mentions)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    linked: set[tuple[int, int]] = set()  # (mention, other sentence) already linked
    for _, x, y in sorted(pairs, reverse=True):
        sx, sy = mentions[x][0], mentions[y][0]
        if (x, sy) in linked or (y, sx) in linked:
            continue
        linked |= {(x, sy), (y, sx)}
        parent[root(x)] = root(y)
    groups: dict[int, list[int]] = {}
    for k in range(len(mentions)):
        groups.setdefault(root(k), []).append(k)
    out = []
    for members in groups.values():
        by_value: dict[str | float, list[int]] = {}
        for k in members:
            by_value.setdefault(mentions[k][1].normalized, []).append(k)
        if len(by_value) < 2:
            continue
        sides = []
        for norm, ks in by_value.items():
            first = mentions[ks[0]]
            arts = list(dict.fromkeys(sents[mentions[k][0]][0] for k in ks))
            sides.append({"value": first[1].text, "normalized": norm, "articles": arts,
                          "evidence": sents[first[0]][1]})
        kind = mentions[members[0]][1].type
        out.append({"kind": KIND[kind], "about": f"{kind}: {sents[mentions[members[0]][0]][1][:80]}",
                    "type": "conflict", "values": sides})
    return out
