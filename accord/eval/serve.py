"""``accord eval serve``: how fast ``accord serve`` answers with 1,000 stories in the library.

The library is made from the evaluation sets' stories (Multi-News val, then NeuS val and train),
one library story per eval story, every brief stored — as ``accord ingest`` leaves a library. Then
``accord serve`` runs in its own process on a loopback port and this process sends a bounded loop
of requests (story pages, stories pages, searches) and reports p50/p99 latency per page. The
baseline, in the same run: building a story's brief on request (what stored briefs avoid).
"""
from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from accord.jobs import story_articles
from accord.errors import AccordError
from accord.options import Options

SETS = [("multinews", "validation.jsonl"), ("neus", "val.jsonl"), ("neus", "train.jsonl")]
SEARCHES = ["president", "election", "police said", "fire", "court ruling", "economy", "storm", "vaccine"]


@dataclass
class Timing:
    """Latencies (seconds) of one kind of request."""

    name: str
    seconds: list[float]
    errors: int = 0

    def quantile(self, q: float) -> float:
        if not self.seconds:
            return float("nan")
        data = sorted(self.seconds)
        return data[min(len(data) - 1, int(round(q * (len(data) - 1))))]

    @property
    def p50(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def p99(self) -> float:
        return self.quantile(0.99)


def build_library(db: Path, data: Path, stories: int, options: Options,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """A library of ``stories`` eval stories with stored briefs; returns how many it holds."""
    from accord import api
    from accord import clean as cleaner
    from accord.store import Library

    rows = []
    for folder, name in SETS:
        path = data / folder / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rows.append(json.loads(line))
                if len(rows) >= stories:
                    break
        if len(rows) >= stories:
            break
    if not rows:
        raise AccordError(f"no evaluation stories under {data} (multinews/validation.jsonl, neus/val.jsonl)")
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    day = 0
    from accord.store_index import LibraryStoryIndex

    # one library story per eval story: nothing joins by similarity, nothing splits
    fixed = options.with_(story_threshold=1e9, story_split_min=10**9, story_recut=False)
    with Library(db) as lib, lib.transaction():
        index = LibraryStoryIndex(lib.db, fixed)
        for row in rows:
            try:
                arts = story_articles(row)
            except AccordError:
                continue
            published = f"2024-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}"  # spread over time for ranking
            day += 1
            sid = None
            for k, art in enumerate(arts):
                art.id = f"{row['id']}-{k}"
                art.published = art.published or published
                cleaned = cleaner.clean(art, options=options)
                if lib.add(cleaned, cleaner.line_keys(art.raw_text)):
                    sid = index.add(cleaned, story=sid)
                    lib.set_story(cleaned.id, sid)
        index.save()
        total = len(lib.stories())
    api.refresh_briefs(options=options.with_(db=str(db)),
                       progress=(lambda sid, k, n: progress(k, n)) if progress else None)
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path, wait: float = 30.0) -> Iterator[str]:
    """``accord serve`` on ``db`` in its own process on a free loopback port, answering on the base
    URL it yields until the block ends. Its output goes to a file (a pipe nobody reads would fill up
    with the request log and stall the server) and is shown when it exits before answering."""
    port = _free_port()
    command = [str(Path(sys.executable).with_name("accord")), "serve", "--db", str(db), "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(command, env={**os.environ, "HF_HUB_OFFLINE": "1"}, stdout=log,
                                stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + wait
            while not _answers(base):
                if proc.poll() is not None:
                    log.seek(0)
                    raise AccordError(f"accord serve exited before answering: {log.read()[-2000:]}")
                if time.monotonic() > deadline:
                    raise AccordError(f"accord serve did not answer within {wait:g} s")
                time.sleep(0.2)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _answers(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def measure(db: Path, requests: int, seed: int = 0, timeout: float = 10.0) -> list[Timing]:
    """Start ``accord serve`` on ``db`` in a second process and time ``requests`` requests per page kind."""
    import httpx

    rng = random.Random(seed)
    with serving(db) as base, httpx.Client(base_url=base, timeout=timeout) as client:
        stories = client.get("/api/stories", params={"per_page": 500}).json()
        ids = [s["id"] for s in stories["stories"]]
        pages = stories["pages"]
        for extra in range(2, pages + 1):
            more = client.get("/api/stories", params={"per_page": 500, "page": extra}).json()
            ids += [s["id"] for s in more["stories"]]
        per_page = Options().page_size
        n_pages = max(1, -(-len(ids) // per_page))
        kinds: dict[str, Callable[[], str]] = {
            "story page": lambda: f"/stories/{rng.choice(ids)}",
            "story JSON": lambda: f"/api/stories/{rng.choice(ids)}",
            "stories page": lambda: f"/stories?page={rng.randint(1, n_pages)}",
            "stories search": lambda: f"/stories?q={rng.choice(SEARCHES)}",
        }
        for make in kinds.values():  # warm-up: first renders, caches, connection
            for _ in range(5):
                client.get(make())
        timings = {name: Timing(name, []) for name in kinds}
        order = [name for name in kinds for _ in range(requests)]
        rng.shuffle(order)
        for name in order:
            url = kinds[name]()
            start = time.perf_counter()
            try:
                ok = client.get(url).status_code == 200
            except httpx.HTTPError:
                ok = False
            elapsed = time.perf_counter() - start
            if ok:
                timings[name].seconds.append(elapsed)
            else:
                timings[name].errors += 1
        return list(timings.values())


def baseline(db: Path, samples: int, options: Options, seed: int = 0) -> Timing:
    """Seconds to build a story's brief on request (no stored brief), for ``samples`` stories."""
    from accord import api
    from accord.store import Library

    with Library(db) as lib:
        ids = [s.id for s in lib.stories()]
    rng = random.Random(seed)
    picked = rng.sample(ids, min(samples, len(ids)))
    api.brief(story=picked[0], options=options.with_(db=str(db)))  # models loaded before the clock
    out = Timing("brief built per request (baseline)", [])
    for sid in picked:
        start = time.perf_counter()
        api.brief(story=sid, options=options.with_(db=str(db)))
        out.seconds.append(time.perf_counter() - start)
    return out
