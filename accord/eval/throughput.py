"""``accord eval throughput``: clean, group (and brief, with ``accord.briefing``) N real-length articles.

Articles come from the evaluation sets (ECB+, Multi-News, NeuS), cycled: every pass after the first
re-edits each text (``edit_copy``: trimmed, words changed) so the stream is not exact duplicates — it
then holds many wire copies, as real feeds do. Grouping runs online, one article at a time, with
document frequencies growing as articles arrive (the ``accord ingest`` setting, not the batch one).
Reports the elapsed time at each checkpoint so growth from 1k to 10k can be checked for linearity.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from accord.eval.grouping import edit_copy, read_jsonl
from accord.eval.scale import peak_rss_mb
from accord.group import CopyIndex, StoryIndex
from accord.group.copies import article_text
from accord.model import Article
from accord.options import DEFAULT, Options


def source_texts(data: Path) -> list[str]:
    """Real article texts from the evaluation sets (at least 50 words each)."""
    texts = [r["text"] for r in read_jsonl(data / "ecbplus" / "dev.jsonl")]
    for cluster in read_jsonl(data / "multinews" / "validation.jsonl"):
        texts.extend(cluster["documents"])
    for story in read_jsonl(data / "neus" / "val.jsonl"):
        texts.extend(f"{d['title']}\n{d['text']}" for d in story["documents"])
    return [t for t in texts if len(t.split()) >= 50]


def stream(data: Path, n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` articles: the source texts, then re-edited copies of them, pass after pass."""
    texts = source_texts(data)
    rng = random.Random(seed)
    for i in range(n):
        base = texts[i % len(texts)]
        text = base if i < len(texts) else edit_copy(base, rng)
        yield Article(id=f"a{i}", title="", text=text, raw_text=text)


@dataclass
class Result:
    n: int
    checkpoints: list[tuple[int, float, float]] = field(default_factory=list)  # (articles, seconds, MB)
    clean_s: float = 0.0
    group_s: float = 0.0
    brief_s: float | None = None
    briefed: int = 0
    briefed_articles: int = 0
    stories: int = 0
    multi: int = 0  # stories of two or more articles (the ones a reader would brief)
    multi_articles: int = 0
    copies: int = 0
    peak_mb: float = 0.0
    total_s: float = 0.0


def run(data: Path, n: int = 10_000, options: Options = DEFAULT, brief: bool = True,
        progress: Callable[[int], None] | None = None, brief_max: int | None = None,
        brief_progress: Callable[[int, int], None] | None = None) -> Result:
    """Clean → copies → stories for ``n`` articles online; then brief stories with ≥2 articles
    (at most ``brief_max`` of them, taken evenly over the stream's stories, to price briefing).
    ``brief_progress(done, total)`` is called after each brief."""
    from accord.clean import clean

    res = Result(n=n)
    marks = {m for m in (1_000, 2_000, 5_000, 10_000, 20_000, 50_000) if m < n} | {n}
    copies, stories = CopyIndex(options), StoryIndex(options)
    kept: dict[str, Article] = {}  # by id: stories split and re-cut after an article joins
    t0 = time.perf_counter()
    for i, art in enumerate(stream(data, n), 1):
        t = time.perf_counter()
        art = clean(art, options=options)
        t1 = time.perf_counter()
        original = copies.add(art.id, article_text(art))
        stories.add(art, root=original)  # a copy joins its original's story (StoryIndex follows splits)
        stories.moved.clear()  # no library rows to update here
        res.group_s += time.perf_counter() - t1
        res.clean_s += t1 - t
        res.copies += original is not None
        if brief:
            kept[art.id] = art
        if i in marks:
            res.checkpoints.append((i, time.perf_counter() - t0, peak_rss_mb()))
        if progress:
            progress(1)
    res.stories = len(stories.stories)
    sizes = [len(st.members) for st in stories.stories.values() if len(st.members) >= 2]
    res.multi, res.multi_articles = len(sizes), sum(sizes)
    if brief:
        build: Callable[[list[Article], Options], object] | None
        try:
            from accord.briefing import build
        except ImportError:
            build = None
        if build is not None:
            t = time.perf_counter()
            todo = [[kept[i] for i in st.articles] for st in stories.stories.values() if len(st.members) >= 2]
            if brief_max is not None and len(todo) > brief_max:
                step = len(todo) / brief_max
                todo = [todo[int(i * step)] for i in range(brief_max)]
            for arts in todo:
                build(arts, options)
                res.briefed += 1
                res.briefed_articles += len(arts)
                if brief_progress:
                    brief_progress(res.briefed, len(todo))
            res.brief_s = time.perf_counter() - t
    res.total_s = time.perf_counter() - t0
    res.peak_mb = peak_rss_mb()
    return res


# -- engines (issue 17): local vs Ray on the same articles, one run --------------------------------

def distinct_texts(data: Path) -> list[dict[str, str]]:
    """Every distinct text of the evaluation sets as a pipeline article (id, title, text): ECB+,
    Multi-News documents, NeuS train+val (title + lead: most are short) and the extraction bodies."""
    import json

    rows: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(prefix: str, title: str, text: str) -> None:
        key = " ".join(f"{title} {text}".split()).lower()
        if text.strip() and key not in seen:
            seen.add(key)
            rows.append({"id": f"{prefix}{len(rows)}", "title": title, "text": text})

    for r in read_jsonl(data / "ecbplus" / "dev.jsonl"):
        add("ecb", "", r["text"])
    for c in read_jsonl(data / "multinews" / "validation.jsonl"):
        for doc in c["documents"]:
            add("mn", "", doc)
    for split in ("train", "val"):
        for story in read_jsonl(data / "neus" / f"{split}.jsonl"):
            for doc in story["documents"]:
                add("neus", doc["title"], doc["text"])
    truth = data / "extraction" / "ground-truth.json"
    if truth.is_file():
        for page in json.loads(truth.read_text(encoding="utf-8")).values():
            add("aeb", "", page.get("articleBody") or "")
    return rows


@dataclass
class EngineRun:
    engine: str
    workers: int
    n: int
    seconds: float
    stories: int
    briefs: int
    partitions: int


def engines(data: Path, sizes: list[int], workers: list[int], ray: bool = True, options: Options = DEFAULT,
            say: Callable[[str], None] | None = None) -> list[EngineRun]:
    """``accord pipeline`` (read, clean, group, brief, tables) on the first N distinct eval texts for
    each N, on the local engine and on Ray with each worker count; wall-clock seconds per run (Ray's
    start-up not counted: the cluster is up before the clock starts)."""
    import json
    import tempfile

    from accord.engines import engine as make_engine
    from accord.engines import pipeline

    rows = distinct_texts(data)
    runs: list[EngineRun] = []
    configs = [("local", 1)] + ([("ray", w) for w in workers] if ray else [])
    with tempfile.TemporaryDirectory(prefix="accord-throughput-") as tmp:
        inputs = {}
        for n in sizes:
            path = Path(tmp) / f"articles-{n}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:n]), encoding="utf-8")
            inputs[n] = path
        for n in sizes:  # every engine at one size before the next size: a cut-short run still compares
            for name, w in configs:
                with make_engine(name, workers=w) as eng:
                    out = Path(tmp) / f"out-{name}-{w}-{n}"
                    t = time.perf_counter()
                    res = pipeline.run([str(inputs[n])], str(out), eng, options, say=lambda _: None)
                    run = EngineRun(name, w, min(n, len(rows)), time.perf_counter() - t, res.stories, res.briefs,
                                    res.partitions)
                    runs.append(run)
                    if say:
                        say(f"{name} ×{w}: {run.n} articles in {run.seconds:.1f} s ({run.n / run.seconds:.1f}/s), "
                            f"{run.partitions} partitions, {run.stories} stories")
    return runs


def projection(points: list[tuple[int, float]], n: int = 1_000_000) -> float | None:
    """Seconds for ``n`` articles from a least-squares line through (articles, seconds) — an
    extrapolation, valid only while the cost stays linear (None with fewer than two sizes)."""
    import numpy as np

    if len({p[0] for p in points}) < 2:
        return None
    x, y = np.array([p[0] for p in points], float), np.array([p[1] for p in points], float)
    slope, intercept = np.polyfit(x, y, 1)
    return float(intercept + slope * n)
