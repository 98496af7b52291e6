"""``accord pipeline``: files in, Parquet tables out — read → clean → group → brief, on an engine.

Tables written under ``OUT`` (each a folder of Parquet files):

- ``articles``: one row per article: id, story, copy_of, title, cleaned text, raw text, removed
  lines (line, reason), url, source, published, author, origin, position (reading order);
- ``stories``: id, title, articles (ids in reading order), size, independent sources, first/last date;
- ``briefs``: one row per story of at least ``min_articles`` articles: story, title, summary, and the
  brief as JSON (the ``accord brief --format json`` document);
- ``errors``: stage, item, error — every input, record or story that failed (the rest went on).

Resuming: each stage's output is written under a temporary name and renamed when complete, and
``_state.json`` records the stages done for these inputs and options; running the same command
again after a crash redoes only what was not finished (briefs resume by chunk of stories).
"""
from __future__ import annotations

import glob
import hashlib
import json
import pickle
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from accord.engines import grouping
from accord.engines.work import BriefStory, Clean, Keep, ReadFiles, Row, _Work
from accord.errors import AccordError
from accord.options import Options

STATE = "_state.json"
BRIEF_CHUNKS = 20  # briefs are written in at most this many chunks (the unit a resumed run skips) ...
BRIEF_CHUNK_MIN = 500  # ... of at least this many stories (each chunk costs one engine job's start-up)


@dataclass
class Summary:
    files: int = 0
    articles: int = 0
    stories: int = 0
    briefs: int = 0
    errors: int = 0
    partitions: int = 0
    resumed: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def inputs(sources: list[str]) -> list[str]:
    """Files named by the sources: files, folders (recursive: WARC, JSONL, Parquet, HTML, text) and
    glob patterns (``crawl/*.warc.gz``). A pattern or path that names nothing is an error."""
    from accord import ingest

    files: list[str] = []
    for src in sources:
        if any(c in src for c in "*?["):
            found = sorted(p for p in glob.glob(src, recursive=True) if Path(p).is_file())
            if not found:
                raise AccordError(f"{src}: no file matches")
            files.extend(found)
        elif Path(src).is_dir():
            found = [p for p in ingest.expand([src]) if Path(p).is_file()]
            if not found:
                raise AccordError(f"{src}: folder has no readable files")
            files.extend(found)
        elif Path(src).is_file():
            files.append(src)
        else:
            raise AccordError(f"{src}: no such file or folder")
    return list(dict.fromkeys(files))  # each once, in the order given


def _fingerprint(files: list[str], options: Options, min_articles: int) -> str:
    h = hashlib.sha256()
    for f in files:
        st = Path(f).stat()
        h.update(f"{Path(f).resolve()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    h.update(repr(options).encode())
    h.update(str(min_articles).encode())
    return h.hexdigest()


class _State:
    """``OUT/_state.json``: which stages are done for which inputs and options."""

    def __init__(self, out: Path, fingerprint: str, restart: bool) -> None:
        self.path = out / STATE
        self.out = out
        data: dict[str, Any] = {}
        if self.path.is_file() and not restart:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("fingerprint") != fingerprint:
                raise AccordError(f"{out} holds a run of other inputs or options "
                                  "(use --restart to start it again, or another --out)")
        elif restart:
            for name in ("articles", "stories", "briefs", "errors", "_work", STATE):
                p = out / name
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        self.data = {"fingerprint": fingerprint, "done": data.get("done", [])}
        out.mkdir(parents=True, exist_ok=True)
        self.save()

    def done(self, stage: str) -> bool:
        return stage in self.data["done"]

    def mark(self, stage: str) -> None:
        self.data["done"].append(stage)
        self.save()

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1), encoding="utf-8")
        tmp.replace(self.path)


class _Attach(_Work):
    """Article rows → the ``articles`` table rows: story and copy_of attached."""

    stage = "tables"

    def __init__(self, options: Options, story: dict[str, str], copy_of: dict[str, str]) -> None:
        super().__init__(options)
        self.story, self.copy_of = story, copy_of

    def one(self, row: Row) -> list[Row]:
        return [{**row, "story": self.story.get(row["id"]), "copy_of": self.copy_of.get(row["id"])}]


class _Select(_Work):
    """Keep the article rows of the given stories (one chunk of briefs)."""

    stage = "brief"

    def __init__(self, options: Options, stories: list[str]) -> None:
        super().__init__(options)
        self.keep = set(stories)

    def __call__(self, rows: list[Row]) -> list[Row]:
        return [r for r in rows if r.get("story") in self.keep]


def run(sources: list[str], out_dir: str, eng: Any, options: Options, *, min_articles: int = 2,
        restart: bool = False, say: Callable[[str], None] = print) -> Summary:
    """Run (or resume) the pipeline into ``out_dir``; ``say`` gets one progress line per stage."""
    files = inputs(sources)
    out = Path(out_dir)
    state = _State(out, _fingerprint(files, options, min_articles), restart)
    work = out / "_work"
    summary = Summary(files=len(files))
    opts = {"options": options}

    def stage(name: str) -> float:
        if state.done(name):
            summary.resumed.append(name)
            say(f"{name}: done in an earlier run, skipped")
        return time.perf_counter()

    # 1. read + clean (accord's readers, accord.clean)
    t = stage("clean")
    if not state.done("clean"):
        rows = eng.rows([{"path": f, "first": i} for i, f in enumerate(files)], "file")
        cleaned = eng.map(eng.map(rows, ReadFiles, opts, "article", batch_size=1), Clean, opts, "article", batch_size=64)
        n = eng.write(cleaned, str(work / "clean"), "article")
        state.mark("clean")
        summary.seconds["clean"] = time.perf_counter() - t
        say(f"read + clean: {n} rows from {len(files)} files ({summary.seconds['clean']:.1f} s)")

    # 2. group (two-level: partitions in parallel, one reconcile)
    t = stage("group")
    grouped = work / "grouping.pkl"
    if not state.done("group"):
        articles = eng.where(eng.read_parquet([str(work / "clean")]), "error", False)
        result, errors = grouping.run(eng, articles, options)
        tmp = grouped.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps((result, errors)))
        tmp.replace(grouped)
        state.mark("group")
        summary.seconds["group"] = time.perf_counter() - t
        say(f"group: {len(result.story)} articles in {len(result.stories)} stories, {result.partitions} partitions "
            f"({result.fragments} fragments reconciled) ({summary.seconds['group']:.1f} s)")
    result, group_errors = pickle.loads(grouped.read_bytes())
    summary.partitions = result.partitions

    # 3. tables: articles (with story, copy_of), stories, errors
    t = stage("tables")
    if not state.done("tables"):
        clean_rows = eng.read_parquet([str(work / "clean")])
        articles = eng.map(eng.where(clean_rows, "error", False), _Attach,
                           {**opts, "story": result.story, "copy_of": result.copy_of}, "stored", batch_size=1024)
        n = eng.write(articles, str(out / "articles"), "stored")
        stories = [{"id": sid, "title": result.titles[sid], "articles": ids, "size": len(ids),
                    "independent": result.independent[sid], "first": result.dates[sid][0], "last": result.dates[sid][1]}
                   for sid, ids in result.stories.items()]
        eng.write(eng.rows(stories, "story"), str(out / "stories"), "story")
        failed = eng.collect(eng.where(clean_rows, "error", True), ["stage", "item", "error"]) + group_errors
        eng.write(eng.rows(failed, "error"), str(out / "errors" / "read-clean-group"), "error")
        state.mark("tables")
        summary.seconds["tables"] = time.perf_counter() - t
        say(f"tables: {n} articles, {len(stories)} stories, {len(failed)} errors ({summary.seconds['tables']:.1f} s)")

    # 4. briefs, by chunks of stories (a resumed run skips the chunks written)
    big = [sid for sid, ids in result.stories.items() if len(ids) >= min_articles]
    size = max(BRIEF_CHUNK_MIN, -(-len(big) // BRIEF_CHUNKS))
    chunks = [big[i:i + size] for i in range(0, len(big), size)]
    t = stage("briefs")
    if not state.done("briefs"):
        done = 0
        for k, chunk in enumerate(chunks):
            name = f"chunk-{k:05d}"
            if state.done(f"briefs/{name}"):
                done += len(chunk)
                continue
            rows = eng.map(eng.read_parquet([str(out / "articles")]), _Select, {**opts, "stories": chunk}, "stored",
                           batch_size=4096)
            briefs = eng.keep(eng.per_group(rows, "story", BriefStory, opts, "brief"))
            eng.write(eng.map(eng.where(briefs, "error", False), Keep, opts, "briefs", 1024),
                      str(out / "briefs" / name), "briefs")
            eng.write(eng.map(eng.where(briefs, "error", True), Keep, opts, "error", 1024),
                      str(out / "errors" / f"briefs-{name}"), "error")
            state.mark(f"briefs/{name}")
            done += len(chunk)
            say(f"briefs: {done}/{len(big)} stories of ≥{min_articles} articles ({time.perf_counter() - t:.1f} s)")
        state.mark("briefs")
        summary.seconds["briefs"] = time.perf_counter() - t
    summary.articles, summary.stories = len(result.story), len(result.stories)
    summary.briefs = count(out / "briefs")
    summary.errors = count(out / "errors")
    return summary


def count(path: Path) -> int:
    """Rows of a table folder (0 when absent)."""
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return 0
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in path.rglob("*.parquet"))


__all__ = ["run", "inputs", "Summary", "count"]
