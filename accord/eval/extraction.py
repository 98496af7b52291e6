"""``accord eval extraction``: article-body extraction beside plain trafilatura, in one run.

Data: ``DIR/extraction`` from the ScrapingHub article-extraction benchmark — ``html/<id>.html.gz``
and ``ground-truth.json`` (``{id: {"articleBody", "url"}}``).

Scorer (the benchmark's own convention, re-implemented here so the numbers compare with its
published table): text is tokenised as ``\\w+`` runs (case kept); each document's tokens are
turned into overlapping n-gram shingles (n = 4 by default; ``--ngram 1`` gives plain bag-of-tokens
matching); true positives are the shingles shared with multiplicity, false positives the extra
predicted ones, false negatives the missed gold ones; the three counts are normalised per document
so long pages weigh no more than short ones. Precision is averaged over documents with any
prediction, recall over documents with any gold text, and F1 is the harmonic mean of those two
averages (not an average of per-document F1s). A page the extractor fails on counts as an empty
prediction (recall 0).

Systems: ``accord`` = ``accord.ingest.html.parse`` (the ingest path) then ``accord.clean.clean``;
``accord-raw`` = the same without cleaning, so the cost or gain of cleaning is visible;
``trafilatura`` = plain ``trafilatura.extract(html, url=url)`` with its defaults. Seconds are total
extraction time after one untimed warm-up page per system.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from accord.eval import ratio
from accord.errors import AccordError
from accord.options import DEFAULT, Options

TOKEN = re.compile(r"\w+", re.UNICODE)
SYSTEMS = ("accord", "accord-raw", "trafilatura")


@dataclass
class Page:
    id: str
    url: str | None
    html: bytes
    gold: str


@dataclass
class Result:
    """One system's scores over the pages of one run."""

    system: str
    precision: float
    recall: float
    f1: float
    seconds: float  # total extraction time over all pages
    pages: int
    failures: int = 0
    per_page: dict[str, tuple[float, float, float]] = field(default_factory=dict)


def load(data: str | Path, limit: int | None = None) -> list[Page]:
    """The benchmark pages under ``data/extraction`` (first ``limit`` ids in sorted order)."""
    root = Path(data) / "extraction"
    truth_path = root / "ground-truth.json"
    if not truth_path.is_file():
        raise AccordError(f"{truth_path}: ground truth not found (use --data DIR)")
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AccordError(f"{truth_path}: cannot read ground truth ({exc})") from None
    pages = []
    for pid in sorted(truth)[: limit if limit is not None else None]:
        path = root / "html" / f"{pid}.html.gz"
        try:
            html = gzip.decompress(path.read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise AccordError(f"{path}: cannot read page ({exc})") from None
        gold = truth[pid].get("articleBody") or ""
        pages.append(Page(pid, truth[pid].get("url") or None, html, gold))
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of the n-token shingles of ``text`` (a text shorter than n is one shingle)."""
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def match(gold: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Per-document (tp, fp, fn), normalised to sum to 1 when any is non-zero."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def score(triples: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over documents, and F1 of those averages."""
    triples = list(triples)
    ps = [_precision(*t) for t in triples if t[0] + t[1] > 0]
    rs = [_recall(*t) for t in triples if t[0] + t[2] > 0]
    p = ratio(sum(ps), len(ps))
    r = ratio(sum(rs), len(rs))
    return p, r, ratio(2 * p * r, p + r)


def extractors(options: Options = DEFAULT) -> dict[str, Callable[[Page], str]]:
    """The systems compared, each a function page → extracted body text."""
    import trafilatura

    from accord.clean import clean
    from accord.ingest.html import parse

    def accord_raw(page: Page) -> str:
        return parse(page.html, page.url, page.id).text

    def accord(page: Page) -> str:
        return clean(parse(page.html, page.url, page.id), options=options).text

    def plain(page: Page) -> str:
        return trafilatura.extract(page.html, url=page.url) or ""

    return {"accord": accord, "accord-raw": accord_raw, "trafilatura": plain}


def run(
    data: str | Path,
    limit: int | None = None,
    systems: Iterable[str] = SYSTEMS,
    ngram: int = 4,
    options: Options = DEFAULT,
    progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """Score every system on the same pages; ``progress(1)`` after each page and system."""
    pages = load(data, limit)
    available = extractors(options)
    unknown = [s for s in systems if s not in available]
    if unknown:
        raise AccordError(f"unknown system(s): {', '.join(unknown)} (choose from {', '.join(available)})")
    results = []
    for name in systems:
        extract = available[name]
        if pages:  # warm-up, untimed: lazy imports and caches must not count against the first system
            try:
                extract(pages[0])
            except Exception:  # noqa: BLE001 - scored below
                pass
        triples: dict[str, tuple[float, float, float]] = {}
        seconds = 0.0
        failures = 0
        for page in pages:
            start = time.perf_counter()
            try:
                text = extract(page)
            except Exception:  # noqa: BLE001 - a page an extractor cannot handle scores as empty
                text = ""
                failures += 1
            seconds += time.perf_counter() - start
            triples[page.id] = match(page.gold, text, ngram)
            if progress:
                progress(1)
        p, r, f = score(triples.values())
        results.append(Result(name, p, r, f, seconds, len(pages), failures, triples))
    return results
