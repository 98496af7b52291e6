"""``accord eval grouping``: story grouping and wire-copy detection beside their baselines, one run.

Stories: B-cubed P/R/F1 on ECB+ dev over all articles at once (accord is not told the topics nor the
number of stories) beside TF-IDF K-means that *is* given the true K of each topic and run topic by
topic (the easier setting the issue quotes), plus K-means over all articles given the total K.

Copies: pairs built from real articles. Positives are a Multi-News article and an edited copy of it
(``edit_copy``: end trimmed, a paragraph dropped, sentences re-edited — light or heavy). Negatives are
different articles of the same story (NeuS left/centre/right articles; ECB+ articles of one event),
which share topic words and names but are not copies. Precision/recall per containment threshold.
"""
from __future__ import annotations

import itertools
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from accord.errors import AccordError
from accord.eval import ratio
from accord.group import assign
from accord.group.features import shingle_hashes
from accord.model import Article
from accord.options import DEFAULT, Options


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise AccordError(f"{path}: evaluation file not found (use --data DIR)")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Ecb:
    articles: list[Article]
    gold: dict[str, str]
    topic: dict[str, int]


def load_ecb(data: Path) -> Ecb:
    """ECB+ dev as given (no headline or date derived: see ``as_ingested`` for that), each record
    read by the one record reader, as ``accord group``/``batch`` read theirs."""
    from accord.ingest import record

    path = data / "ecbplus" / "dev.jsonl"
    rows = read_jsonl(path)
    try:
        arts = [record.article({"id": r["id"], "text": r["text"], "url": r.get("url")}, f"{path}:{n}", derive=False)
                for n, r in enumerate(rows, start=1)]
    except AccordError as exc:
        raise AccordError(f"ECB+ dev: {exc}") from None
    return Ecb(arts, {r["id"]: r["story"] for r in rows}, {r["id"]: int(r["topic"]) for r in rows})


def as_ingested(ecb: Ecb, data: Path, options: Options = DEFAULT) -> Ecb:
    """``ecb``'s articles as ``accord ingest`` reads the file: the JSONL reader takes a headline from
    the first line and a publication date from a dateline near the top (283 of the 772 have one), so
    the date decay is measured too. Gold stories and topics are ``ecb``'s."""
    from accord.ingest import jsonl

    arts = []
    for item in jsonl.read_file(str(data / "ecbplus" / "dev.jsonl"), options.max_bytes):
        if not isinstance(item, Article):
            raise AccordError(f"ECB+ dev: {item}")
        arts.append(item)
    return Ecb(arts, ecb.gold, ecb.topic)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 averaged over the items of ``gold``."""
    pc: defaultdict[str, set[str]] = defaultdict(set)
    gc: defaultdict[str, set[str]] = defaultdict(set)
    for k in gold:
        pc[pred[k]].add(k)
        gc[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        inter = len(pc[pred[k]] & gc[gold[k]])
        p += inter / len(pc[pred[k]])
        r += inter / len(gc[gold[k]])
    p, r = p / len(gold), r / len(gold)
    return p, r, ratio(2 * p * r, p + r)


def kmeans_baseline(ecb: Ecb, ids: list[str], per_topic: bool, seed: int = 0) -> dict[str, str]:
    """TF-IDF K-means given the true K (per topic, or over ``ids`` at once)."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = {a.id: a.text for a in ecb.articles}
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[str(ecb.topic[i]) if per_topic else "all"].append(i)
    pred: dict[str, str] = {}
    for g, members in groups.items():
        k = len({ecb.gold[i] for i in members})
        x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([text[i] for i in members])
        labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x)
        pred.update({i: f"{g}-{lab}" for i, lab in zip(members, labels)})
    return pred


def accord_stories(ecb: Ecb, options: Options, order_seed: int | None = None) -> dict[str, str]:
    """Story per article from accord's online grouping over all articles (optionally shuffled order)."""
    arts = list(ecb.articles)
    if order_seed is not None:
        random.Random(order_seed).shuffle(arts)
    return assign(arts, options).story


def _subset(d: dict[str, str], ids: Iterable[str]) -> dict[str, str]:
    return {i: d[i] for i in ids}


def grouping_table(data: Path, options: Options = DEFAULT) -> list[list[str]]:
    """Rows: system, articles scored, P, R, F1, stories (all / odd topics / even topics)."""
    ecb = load_ecb(data)
    ids = [a.id for a in ecb.articles]
    odd = [i for i in ids if ecb.topic[i] % 2 == 1]
    even = [i for i in ids if ecb.topic[i] % 2 == 0]
    rows: list[list[str]] = []

    def add(name: str, pred: dict[str, str]) -> None:
        row = [name]
        for subset in (ids, odd, even):
            if not subset:
                row.append("n/a")
                continue
            p, r, f = bcubed(_subset(pred, subset), _subset(ecb.gold, subset))
            row.append(f"{p:.3f}/{r:.3f}/{f:.3f}")
        row.append(str(len(set(pred.values()))))
        rows.append(row)

    add("accord online (K unknown, all topics at once)", accord_stories(ecb, options))
    for seed in (1, 2):
        add(f"accord online, shuffled order (seed {seed})", accord_stories(ecb, options, seed))
    add("accord online, read as `accord ingest` reads it (headlines, datelines)",
        accord_stories(as_ingested(ecb, data, options), options))
    add("K-means TF-IDF, true K per topic", kmeans_baseline(ecb, ids, per_topic=True))
    add("K-means TF-IDF, true total K, all at once", kmeans_baseline(ecb, ids, per_topic=False))
    return rows


# -- wire copies ---------------------------------------------------------------------------------
_SENT = re.compile(r"(?<=[.!?])\s+")


def edit_copy(text: str, rng: random.Random, heavy: bool = False) -> str:
    """An edited re-run of ``text`` as another outlet would publish it (for copy pairs and scale runs).

    Trims the end (10-40% of paragraphs), may drop one paragraph, and re-edits sentences: deletes,
    swaps or replaces words (light: 30% of sentences, one edit each; heavy: every sentence, one edit
    per five words — about as reworded as two agencies' versions of one story).
    """
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 2:
        keep = max(1, int(round(len(paras) * (1 - rng.uniform(0.1, 0.4)))))
        paras = paras[:keep]
    if len(paras) > 3 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras))]
    vocab = text.split()
    share = 1.0 if heavy else 0.3
    out = []
    for para in paras:
        sents = []
        for sent in _SENT.split(para):
            w = sent.split()
            if len(w) > 4 and rng.random() < share:
                for _ in range(max(1, len(w) // 5) if heavy else 1):
                    op, j = rng.randrange(3), rng.randrange(len(w) - 1)
                    if op == 0:
                        del w[j]
                    elif op == 1:
                        w[j], w[j + 1] = w[j + 1], w[j]
                    else:
                        w[j] = rng.choice(vocab)
            sents.append(" ".join(w))
        out.append(" ".join(sents))
    return "\n".join(out)


def _pair(a: np.ndarray, b: np.ndarray) -> tuple[float, int]:
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return (shared / min(len(a), len(b)) if len(a) and len(b) else 0.0), shared


def copy_pairs(data: Path, seed: int = 0, n: int = 300, options: Options = DEFAULT) -> dict[str, list[tuple[float, int]]]:
    """(containment, shared shingles) of constructed positive pairs and real same-story negatives."""
    rng = random.Random(seed)
    docs = [d for c in read_jsonl(data / "multinews" / "validation.jsonl") for d in c["documents"] if len(d.split()) >= 150]
    rng.shuffle(docs)
    k = options.copy_shingle
    scores: dict[str, list[tuple[float, int]]] = {"light copies": [], "heavy copies": [], "NeuS same story": [], "ECB+ same story": []}
    for d in docs[:n]:
        base = shingle_hashes(d, k)
        scores["light copies"].append(_pair(base, shingle_hashes(edit_copy(d, rng), k)))
        scores["heavy copies"].append(_pair(base, shingle_hashes(edit_copy(d, rng, heavy=True), k)))
    for story in read_jsonl(data / "neus" / "val.jsonl"):
        texts = [f"{x['title']}\n{x['text']}" for x in story["documents"]]
        for a, b in itertools.combinations(texts, 2):
            scores["NeuS same story"].append(_pair(shingle_hashes(a, k), shingle_hashes(b, k)))
    ecb = load_ecb(data)
    by_story: dict[str, list[str]] = defaultdict(list)
    for art in ecb.articles:
        by_story[ecb.gold[art.id]].append(art.text)
    for texts in by_story.values():
        hashes = [shingle_hashes(t, k) for t in texts]
        for ha, hb in itertools.combinations(hashes, 2):
            scores["ECB+ same story"].append(_pair(ha, hb))
    return scores


def copy_table(data: Path, options: Options = DEFAULT,
               thresholds: Iterable[float] = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)) -> list[list[str]]:
    """Per threshold (with ``copy_min_shared``): recall on light/heavy copies, share of same-story
    negatives flagged, precision counting every flagged negative as false (ECB+ holds real agency
    reprints, so this is a lower bound) and precision against the NeuS negatives only."""
    raw = copy_pairs(data, options=options)
    rows = []
    for t in thresholds:
        hit = {name: np.array([c >= t and n >= options.copy_min_shared for c, n in v]) for name, v in raw.items()}
        tp = int(hit["light copies"].sum() + hit["heavy copies"].sum())
        fp_neus = int(hit["NeuS same story"].sum())
        fp = fp_neus + int(hit["ECB+ same story"].sum())
        rows.append([
            f"{t:.2f}",
            f"{hit['light copies'].mean():.3f}",
            f"{hit['heavy copies'].mean():.3f}",
            f"{hit['NeuS same story'].mean():.4f} ({len(hit['NeuS same story'])})",
            f"{hit['ECB+ same story'].mean():.4f} ({len(hit['ECB+ same story'])})",
            f"{tp / (tp + fp) if tp + fp else 1.0:.3f}",
            f"{tp / (tp + fp_neus) if tp + fp_neus else 1.0:.3f}",
        ])
    return rows
