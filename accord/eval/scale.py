"""``accord eval scale`` and ``accord eval library``: cost as inputs and libraries grow.

Inputs are generated (seeded), so any size can be built and nothing of an evaluation set is copied:

- ``synthetic_articles``: small news articles (~100 words) about generated events, each with its
  own names, place, figures and topic words, told by several sites; every site prints a footer line
  of its own (the recurring-line cleaner's work) and articles carry dates and URLs;
- ``synthetic_story``: one story of N sentences — articles of ``per_article`` sentences that retell
  a shared pool of the event's facts in varied words, with quotes, figures and names (what align,
  disagree and summarize chew on).

``brief_cost`` briefs one story in a fresh process (peak memory is per process); ``library_growth``
ingests articles into a fresh library in chunks through ``accord.api.ingest`` and times each chunk,
then adds one more article in the same process (imports and models already loaded).
"""
from __future__ import annotations

import bisect
import itertools
import json
import os
import random
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from accord.model import Article

_SYLLABLES = ["ka", "lo", "mi", "ren", "tar", "vo", "sel", "dun", "pra", "ghi", "zo", "bel", "nor", "qui",
              "fa", "tem", "rus", "oli", "ver", "ash", "mon", "kel", "dra", "sun", "pel", "ix", "ho", "wen"]
_VERBS = ["announced", "reported", "confirmed", "rejected", "approved", "criticised", "described", "opened",
          "closed", "visited", "warned about", "welcomed", "investigated", "postponed", "defended"]
_NOUNS = ["plan", "agreement", "budget", "inquiry", "project", "election", "strike", "storm", "trial", "merger",
          "bridge", "festival", "reform", "outbreak", "protest", "contract", "verdict", "launch", "deal", "fire"]
_FILLER = ["officials", "residents", "on Monday", "on Friday", "after talks", "this week", "in a statement",
           "late on Tuesday", "according to local media", "for the second time", "despite concerns",
           "amid criticism", "earlier this month", "in the capital", "near the border", "at a press conference"]


# syllables of the names of ``--new-events`` streams: each holds a c, j or y, letters no syllable above
# has, so none of their names or topic words can be spelled from ``_SYLLABLES`` (no chance collision)
_FRESH = ["cy", "jo", "yu", "ca", "jen", "cor", "yal", "jim", "cus", "yot", "ced", "jab", "cyr", "yen",
          "jul", "cim", "yas", "jor", "coy", "yeb", "jac", "cet", "yim", "jus", "cal", "yor", "jet", "cob"]


def _word(rng: random.Random, parts: int, syllables: list[str] = _SYLLABLES) -> str:
    return "".join(rng.choice(syllables) for _ in range(parts))


def _name(rng: random.Random, syllables: list[str] = _SYLLABLES) -> str:
    return f"{_word(rng, 2, syllables).title()} {_word(rng, 3, syllables).title()}"


@dataclass
class _Event:
    people: list[str]
    place: str
    org: str
    noun: str
    topic: list[str]
    figure: int
    day: int


def _event(rng: random.Random, day: int, syllables: list[str] = _SYLLABLES) -> _Event:
    return _Event(people=[_name(rng, syllables) for _ in range(3)], place=_word(rng, 3, syllables).title(),
                  org=f"{_word(rng, 2, syllables).title()} {rng.choice(['Council', 'Ministry', 'Group', 'Union', 'Agency'])}",
                  noun=rng.choice(_NOUNS), topic=[_word(rng, 3, syllables) for _ in range(6)],
                  figure=rng.randrange(3, 5000), day=day)


def _sentence(rng: random.Random, ev: _Event) -> str:
    who = rng.choice(ev.people + [ev.org])
    extra = " ".join(rng.sample(ev.topic, 2))
    return (f"{who} {rng.choice(_VERBS)} the {ev.noun} in {ev.place} {rng.choice(_FILLER)}, "
            f"with {ev.figure} {extra} involved.")


def synthetic_articles(n: int, seed: int = 0, sites: int = 20, active: int = 40,
                       syllables: list[str] = _SYLLABLES, vocabulary: str = "uniform") -> Iterator[Article]:
    """``n`` small articles; about six per event on average, events overlapping in time.

    ``vocabulary="uniform"`` (the stream every kept library so far was built from): names, places and
    topic words are drawn uniformly from words of ``syllables`` (28 of them: 21,952 place names), so
    a long stream reuses them by chance, and a reused name is as rare (as distinctive) as any: by
    100,000 articles (16,800 events) a new event's place has most likely been one other event's
    before, while in the first 1,000 (191 events) it almost never has. ``_FRESH`` gives a stream none
    of whose names occur in the default one. ``vocabulary="zipf"``: names as real news reuses them
    (``ZipfVocabulary``). The default stream's articles are the same whatever is added here.
    """
    for _, article in synthetic_stream(n, seed, sites, active, syllables, vocabulary):
        yield article


def synthetic_stream(n: int, seed: int = 0, sites: int = 20, active: int = 40,
                     syllables: list[str] = _SYLLABLES, vocabulary: str = "uniform") -> Iterator[tuple[int, Article]]:
    """``synthetic_articles`` with each article's event (numbered in order of appearance): the truth a
    library's stories are scored against (``stream_bcubed``)."""
    if vocabulary not in VOCABULARIES:
        raise ValueError(f"unknown vocabulary {vocabulary!r}; choose one of: {', '.join(VOCABULARIES)}")
    rng = random.Random(seed)
    site_names = [f"{_word(rng, 2, syllables).title()} {rng.choice(['Times', 'Post', 'Herald', 'News', 'Ledger'])}"
                  for _ in range(sites)]
    footers = [f"{s} is published by {s} Media of {_word(rng, 3, syllables).title()} since {rng.randrange(1900, 2010)}."
               for s in site_names]
    zipf = ZipfVocabulary.shared(syllables) if vocabulary == "zipf" else None
    events: list[tuple[int, _Event]] = []
    made = 0
    for i in range(n):
        day = i // 300  # ~300 articles a day
        if len(events) < active or rng.random() < 1 / 6:
            events.append((made, zipf.event(rng, day) if zipf else _event(rng, day, syllables)))
            made += 1
            events = events[-active:]
        k, ev = rng.choice(events)
        site = rng.randrange(sites)
        title = f"{ev.people[0]} and the {ev.noun} in {ev.place}"
        body = " ".join(_sentence(rng, ev) for _ in range(rng.randrange(4, 7)))
        text = f"{body}\n\n{footers[site]}"
        date = f"2024-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}"
        yield k, Article(id=f"a{i}", title=title, text=text, raw_text=text, source=site_names[site],
                         url=f"https://{site_names[site].lower().replace(' ', '')}.example/{i}", published=date)


VOCABULARIES = ("uniform", "zipf")


class ZipfVocabulary:
    """Names drawn as real news reuses them: a few very common (a capital, a head of state, a big
    ministry), most rare, from spaces far larger than a stream's events.

    Each kind of word is a pool of distinct words (4 syllables, 614,656 possible; the pools never
    share a word), drawn by Zipf's law (the r-th most common with weight ``r ** -s``). Sizes and
    exponents: ``POOLS``; why these (measured on NeuS and Multi-News with the features grouping
    reads): ``docs/scale.md``, "A realistic stream".
    """

    # kind: (pool size, Zipf exponent)
    POOLS = {"first": (3_000, 1.0), "surname": (200_000, 1.0), "place": (40_000, 1.1), "org": (10_000, 1.0),
             "topic": (60_000, 0.9)}
    _cache: dict[tuple[str, ...], "ZipfVocabulary"] = {}

    def __init__(self, syllables: list[str] = _SYLLABLES) -> None:
        parts = 4
        total = sum(size for size, _ in self.POOLS.values())
        space = len(syllables) ** parts
        if total > space:
            raise ValueError(f"{len(syllables)} syllables spell {space:,} words; the pools need {total:,}")
        picks = random.Random(20261203).sample(range(space), total)  # fixed: the same words in every stream

        def spell(k: int) -> str:
            out = []
            for _ in range(parts):
                k, r = divmod(k, len(syllables))
                out.append(syllables[r])
            return "".join(out)

        self.words: dict[str, list[str]] = {}
        self.cum: dict[str, list[float]] = {}
        at = 0
        for kind, (size, s) in self.POOLS.items():
            self.words[kind] = [spell(k) for k in picks[at:at + size]]
            self.cum[kind] = list(itertools.accumulate(r ** -s for r in range(1, size + 1)))
            at += size

    @classmethod
    def shared(cls, syllables: list[str] = _SYLLABLES) -> "ZipfVocabulary":
        """One per syllable set and process (the pools take a second to build)."""
        key = tuple(syllables)
        if key not in cls._cache:
            cls._cache[key] = cls(syllables)
        return cls._cache[key]

    def draw(self, rng: random.Random, kind: str) -> str:
        cum = self.cum[kind]
        return self.words[kind][bisect.bisect_left(cum, rng.random() * cum[-1])]

    def event(self, rng: random.Random, day: int) -> _Event:
        def person() -> str:
            return f"{self.draw(rng, 'first').title()} {self.draw(rng, 'surname').title()}"

        return _Event(people=[person() for _ in range(3)], place=self.draw(rng, "place").title(),
                      org=f"{self.draw(rng, 'org').title()} {rng.choice(['Council', 'Ministry', 'Group', 'Union', 'Agency'])}",
                      noun=rng.choice(_NOUNS), topic=[self.draw(rng, "topic") for _ in range(6)],
                      figure=rng.randrange(3, 5000), day=day)


def write_jsonl(articles: Iterator[Article] | list[Article], path: Path) -> Path:
    """Articles as ``accord ingest`` reads a JSONL file (one object a line)."""
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "url": a.url, "source": a.source,
                                 "published": a.published}, ensure_ascii=False) + "\n")
    return path


def synthetic_story(sentences: int, seed: int = 0, per_article: int = 40) -> list[Article]:
    """One story of about ``sentences`` sentences, in articles of ``per_article`` sentences.

    A quarter of each article retells facts from one shared pool (one per 40 sentences of the story,
    so a fact is told by about ten articles, each time with two words changed), a few sentences quote
    the story's speakers (sometimes in other words) or give a toll (figures that differ), and the
    rest are the article's own (words drawn from a large vocabulary, so articles are not wire copies
    of each other).
    """
    rng = random.Random(seed)
    ev = _event(rng, 0)
    vocab = [_word(rng, rng.randrange(2, 4)) for _ in range(5000)]

    def words(k: int) -> list[str]:
        return [rng.choice(vocab) for _ in range(k)]

    def fact() -> str:
        who = rng.choice(ev.people + [ev.org])
        return (f"{who} {rng.choice(_VERBS)} {' '.join(words(5))} {ev.noun} in {ev.place} "
                f"{' '.join(words(4))} {rng.randrange(2, 9000)} {rng.choice(ev.topic)}.")

    pool = [fact() for _ in range(max(10, sentences // 40))]
    quotes = [f"\"We will {' '.join(words(6))} the {ev.noun},\" {rng.choice(ev.people)} said." for _ in range(10)]
    tolls = ["killed", "injured", "arrested", "evacuated"]
    arts = []
    for a in range((sentences + per_article - 1) // per_article):
        out = []
        for _ in range(min(per_article, sentences - a * per_article)):
            r = rng.random()
            if r < 0.25:
                told = rng.choice(pool).split()
                for k in rng.sample(range(1, len(told) - 1), 2):
                    told[k] = rng.choice(vocab)
                out.append(" ".join(told))
            elif r < 0.3:  # a quote, now and then in other words (a translation: a quote disagreement)
                q = rng.choice(quotes).split()
                if rng.random() < 0.2:
                    q[3] = rng.choice(vocab)
                out.append(" ".join(q))
            elif r < 0.33:  # a toll, as outlets report it (differing figures: number disagreements)
                out.append(f"At least {ev.figure + rng.randrange(-3, 4)} people were {rng.choice(tolls)} "
                           f"in {ev.place}, {rng.choice(['officials', 'police', 'witnesses'])} said.")
            else:
                out.append(f"{rng.choice(ev.people + [ev.org, 'Officials', 'Residents'])} {rng.choice(_VERBS)} "
                           f"{' '.join(words(rng.randrange(6, 14)))} {rng.choice(_FILLER)}.")
        text = "\n\n".join(" ".join(out[i:i + 4]) for i in range(0, len(out), 4))
        arts.append(Article(id=f"s{a}", title=f"{ev.people[0]} and the {ev.noun} in {ev.place} ({a})",
                            text=text, raw_text=text, source=f"site{a % 50}",
                            published=f"2024-03-{1 + a % 3:02d}"))
    return arts


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (``eval scale`` and ``eval throughput``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- brief cost ---------------------------------------------------------------------------------------

@dataclass
class BriefCost:
    sentences: int
    articles: int
    seconds: float
    peak_mb: float
    facts: int
    error: str = ""
    cpu_s: float = 0.0  # CPU seconds of the brief (user + system): steadier than wall time on a shared machine


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _brief_child(sentences: int, per_article: int, seed: int, queue: "object") -> None:
    import accord.briefing as briefing
    from accord.options import DEFAULT

    arts = synthetic_story(sentences, seed, per_article)
    briefing.build(synthetic_story(200, seed + 1, 20), DEFAULT)  # warm: models loaded before the clock
    base = peak_rss_mb()
    t, cpu = time.perf_counter(), cpu_seconds()
    try:
        brief = briefing.build(arts, DEFAULT)
        facts, error = len(brief.facts), ""
    except Exception as exc:  # noqa: BLE001 - reported in the table, not raised
        facts, error = 0, f"{type(exc).__name__}: {exc}"
    queue.put(BriefCost(sentences, len(arts), time.perf_counter() - t, max(peak_rss_mb(), base), facts, error,  # type: ignore[attr-defined]
                        cpu_seconds() - cpu))


def brief_cost(sentences: int, per_article: int = 40, seed: int = 0, limit_mb: int | None = None) -> BriefCost:
    """Brief one synthetic story of ``sentences`` sentences in a fresh process: seconds and peak RSS
    (imports and models included). ``limit_mb`` caps the child's address space (a runaway brief
    fails there instead of taking the machine's memory)."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_limited, args=(limit_mb, sentences, per_article, seed, queue))
    # an address-space cap counts reservations, not use: glibc reserves up to 64 MB per thread that
    # allocates (arenas) and the tokenizer starts a thread pool, so how many threads ran decided
    # whether the same brief fitted. The child is started with one arena and no tokenizer pool, read
    # by glibc and the tokenizer at start-up (too late to set inside the child).
    pinned = {"MALLOC_ARENA_MAX": "1", "TOKENIZERS_PARALLELISM": "false", "RAYON_NUM_THREADS": "1"}
    saved = {k: os.environ.get(k) for k in pinned}
    os.environ.update(pinned)
    try:
        proc.start()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    try:
        result: BriefCost = queue.get(timeout=3600)
    except Exception:  # noqa: BLE001 - the child died (out of memory): say so in the table
        result = BriefCost(sentences, 0, 0.0, 0.0, 0, f"child exited with {proc.exitcode}")
    proc.join()
    return result


def _limited(limit_mb: int | None, sentences: int, per_article: int, seed: int, queue: "object") -> None:
    import os

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # before numpy loads:
        os.environ[name] = "1"  # one BLAS thread (no per-thread buffers in the cap; the machine is shared)
    if limit_mb:
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20, limit_mb * 2**20))
    _brief_child(sentences, per_article, seed, queue)


# -- library growth ------------------------------------------------------------------------------------

@dataclass
class Growth:
    # (library size, seconds so far, articles/s of the run ending there, CPU ms per article of that run, peak MB)
    checkpoints: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    one_more_s: float = 0.0
    one_more_cpu_s: float = 0.0
    one_more_brief_s: float = 0.0  # the same with the stored brief of its story rebuilt
    library_mb: float = 0.0


def library_growth(n: int, db: Path, chunk: int = 1000, seed: int = 0, marks: tuple[int, ...] = (1_000, 10_000, 100_000),
                   progress: Callable[[int], None] | None = None, keep: Path | None = None,
                   vocabulary: str = "uniform") -> Growth:
    """Ingest ``n`` synthetic articles into a fresh library at ``db`` in chunks of ``chunk`` (one
    ``api.ingest`` call each, as successive runs), recording the rate of the chunk ending at each
    mark; then time adding one more article in this process (everything already imported).
    ``keep``: a folder where a copy of the library is left at each mark (``library-<size>.db``), for
    ``library_sizes`` to compare the sizes in one run. ``vocabulary``: the stream's (``synthetic_articles``);
    ``library_sizes`` must be given the same to continue it."""
    import shutil

    from accord import api

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    res = Growth()
    stream = synthetic_articles(n + 2, seed, vocabulary=vocabulary)
    work = db.parent / f"{db.stem}-chunk.jsonl"
    t0 = time.perf_counter()
    done = 0
    want = sorted({m for m in marks if m <= n} | {n})
    while done < n:
        size = min(chunk, n - done)
        write_jsonl([next(stream) for _ in range(size)], work)
        t, cpu = time.perf_counter(), cpu_seconds()
        api.ingest([str(work)], db=str(db), briefs=False)  # as `accord ingest` (briefs: accord serve, refresh)
        dt, dcpu = time.perf_counter() - t, cpu_seconds() - cpu
        done += size
        if progress:
            progress(size)
        if want and done >= want[0]:
            res.checkpoints.append((done, time.perf_counter() - t0, size / dt, 1000 * dcpu / size, peak_rss_mb()))
            want.pop(0)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                _drop(keep / f"library-{done}.db")
                shutil.copy(db, keep / f"library-{done}.db")  # closed by api.ingest: nothing left in the WAL
    one = write_jsonl([next(stream)], work)
    t, cpu = time.perf_counter(), cpu_seconds()
    api.ingest([str(one)], db=str(db), briefs=False)
    res.one_more_s, res.one_more_cpu_s = time.perf_counter() - t, cpu_seconds() - cpu
    one = write_jsonl([next(stream)], work)  # and one more with its story's brief rebuilt (the API's default)
    t = time.perf_counter()
    api.ingest([str(one)], db=str(db), briefs=True)
    res.one_more_brief_s = time.perf_counter() - t
    work.unlink(missing_ok=True)
    res.library_mb = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists()) / 2**20
    return res



@dataclass
class SizeCost:
    size: int  # articles in the library before the new ones
    cpu_ms: float = 0.0  # CPU ms per new article, summed over its batches
    wall_ms: float = 0.0
    one_s: float = 0.0  # one more article after them (api.ingest, in-process, warm): wall seconds
    one_cpu_s: float = 0.0
    first_s: float = 0.0  # the untimed first article: opening (and migrating) the copy, warming up
    # B-cubed precision / recall of the new articles' stories (all their members, old ones too)
    # against the generator's events: what the grouping of these articles got right
    bcubed: tuple[float, float] = (0.0, 0.0)


def _drop(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def library_sizes(libraries: dict[int, Path], work: Path, new: int = 1000, batch: int = 100, seed: int = 0,
                  progress: Callable[[int], None] | None = None, same: bool = False,
                  new_events: bool = False, vocabulary: str = "uniform") -> list[SizeCost]:
    """``new`` articles ingested into each library (``{size: path}``, built by ``library_growth``
    with the same ``seed``) in batches of ``batch``, the libraries taking turns batch by batch, so
    every size runs under the same load of a shared machine and per-article CPU compares as a ratio
    within the run. The libraries are copied into ``work`` first (the originals stay as they are).

    Each library gets the articles that continue its own stream (the next day's news: they join
    the library's running events as well as start new ones), so every size does the same kind of
    work. ``same``: every library gets the articles after the largest one's instead (identical
    texts, but only the largest library holds their events: only there do they join stories of
    earlier articles and trigger split checks, so it measures that difference as well as size).
    ``new_events``: every library gets the same articles of events none of them holds (another
    seed's stream, dated after the largest library's, its names spelled from ``_FRESH``, so that no
    name of a new article is in any library: with the same syllables, 112 of 1,000 new articles
    joined a story of a 100,000-article library that held none of their event, 3 of 1,000 at 1,000,
    by a place or a name the library's stream had used before, and split checks later took them
    out again): the grouping work is the same at every
    size (the same stories form, grow and are checked for splits), so what differs is the library's
    size alone — its tables, and the older stories its postings offer as candidates.
    ``vocabulary``: the libraries' stream's (``synthetic_articles``), so the next articles continue it.
    Then one more article is added to each, timed; each size's ``bcubed`` scores the stories the new
    articles ended in against their events. Each copy is opened once (a library handle kept
    between the ``api.ingest`` calls, as the watcher and the web server keep theirs), so SQLite's page
    cache stays warm from one batch to the next; the merges of the recent index tables that fall in
    the run are counted in the batch that makes them.
    """
    if same and new_events:
        raise ValueError("library_sizes: same and new_events are two different ways; pick one")
    import shutil

    from accord import api
    from accord.store import Library

    sizes = sorted(libraries)
    copies = {size: work / f"sizes-{size}.db" for size in sizes}
    for size in sizes:
        _drop(copies[size])
        shutil.copy(libraries[size], copies[size])
    fresh: dict[int, list[Article]] = {}
    truth: dict[int, dict[str, int]] = {}  # article -> event, the library's and the new articles'
    for size in sizes:
        start = sizes[-1] if same or new_events else size
        stream = list(synthetic_stream(start + new + 2, seed + 1, syllables=_FRESH) if new_events
                      else synthetic_stream(start + new + 2, seed, vocabulary=vocabulary))
        fresh[size] = [a for _, a in stream[start:]]
        truth[size] = {a.id: k for k, a in stream}
        if new_events:  # another stream: only its new articles are its events (the library's are others)
            truth[size] = {a.id: -1 - k for k, a in stream[start:]}
    cost = {size: SizeCost(size) for size in sizes}
    handles: dict[int, Library] = {}
    for size in sizes:  # imports and models loaded and each copy opened (migrated) once before any clock
        t = time.perf_counter()
        warm = write_jsonl([fresh[size][0]], work / "sizes-warm.jsonl")
        handles[size] = Library(copies[size])
        api.ingest([str(warm)], library=handles[size], briefs=False)
        cost[size].first_s = time.perf_counter() - t
    for start in range(1, new + 1, batch):
        for size in sizes:
            part = write_jsonl(fresh[size][start:min(start + batch, new + 1)], work / "sizes-batch.jsonl")
            t, cpu = time.perf_counter(), cpu_seconds()
            api.ingest([str(part)], library=handles[size], briefs=False)
            cost[size].wall_ms += 1000 * (time.perf_counter() - t) / new
            cost[size].cpu_ms += 1000 * (cpu_seconds() - cpu) / new
        if progress:
            progress(min(batch, new + 1 - start))
    for size in sizes:
        last = write_jsonl([fresh[size][new + 1]], work / "sizes-one.jsonl")
        t, cpu = time.perf_counter(), cpu_seconds()
        api.ingest([str(last)], library=handles[size], briefs=False)
        cost[size].one_s, cost[size].one_cpu_s = time.perf_counter() - t, cpu_seconds() - cpu
    for size in sizes:
        cost[size].bcubed = _new_bcubed(handles[size], [a.id for a in fresh[size][:new + 1]], truth[size])
        handles[size].close()
        _drop(copies[size])
    for name in ("sizes-warm.jsonl", "sizes-batch.jsonl", "sizes-one.jsonl"):
        (work / name).unlink(missing_ok=True)
    return [cost[s] for s in sizes]


def _new_bcubed(lib: "object", new: list[str], truth: dict[str, int]) -> tuple[float, float]:
    """B-cubed precision and recall, over the ``new`` articles, of the stories they are in (members
    of any age) against ``truth``'s events (an article missing from ``truth`` is an event of its own).
    Recall counts an event's articles in the library, new and old."""
    from collections import defaultdict

    story = dict(lib.db.execute("SELECT id, story FROM articles"))  # type: ignore[attr-defined]
    members: dict[str, set[str]] = defaultdict(set)
    for aid, sid in story.items():
        members[sid].add(aid)
    events: dict[object, set[str]] = defaultdict(set)
    for aid in story:
        events[truth.get(aid, aid)].add(aid)
    p = r = 0.0
    for aid in new:
        mine, event = members[story[aid]], events[truth.get(aid, aid)]
        both = len(mine & event)
        p, r = p + both / len(mine), r + both / len(event)
    return (p / len(new), r / len(new)) if new else (0.0, 0.0)
