"""Grouping at scale: the online grouping run on partitions in parallel, then reconciled.

The one-machine grouping (``assign``) reads every article in one process, oldest first. At archive
scale that loop, and the memory of one index, are the limit, so the work is cut in two levels:

1. **Per article** (``featurize``, any number of workers): content terms, names and numbers, the
   lead embedding and the shingles, computed once; document frequencies are summed over the whole
   input (``Stats``), so every article's TF-IDF vector is the one the one-machine run computes.
2. **Per partition** (``group_partition``, in parallel): a partition is a time window (of
   ``partition_days`` days by publication date; undated articles, which the one-machine run reads
   last in input order, in windows of ``partition_max`` articles) cut into blocks of at most
   ``partition_max`` articles in chronological order. Each runs the unchanged online grouping —
   ``StoryIndex`` and ``CopyIndex`` — and returns its stories as *fragments*.
3. **Reconcile** (``reconcile``, one process, per fragment not per article): fragments are replayed
   oldest first into one index, decided by the same rules: a fragment (its centroid) joins its best
   candidate story from the term index at the join threshold, or starts one, and a merged story gets
   the split check (Ward) at its usual sizes. A fragment never joins a story of its own partition
   only (the partition already kept those apart), so with one partition the result is exactly the
   one-machine run's.

Everything is deterministic and independent of the number of workers: partitions are cut by dates
and counts, never by how many workers run them. See docs/group.md (Grouping at scale) for what differs
from the one-machine run and why.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

import numpy as np

from accord.group.copies import CopyIndex, article_text
from accord.group.features import shingle_hashes
from accord.group.stories import StoryIndex, _lead, _Member, _StoryState, _title, _unit
from accord.model import Article
from accord.options import DEFAULT, Options


@dataclass
class Features:
    """What grouping needs of one article, computed once (by any worker)."""

    id: str
    position: int  # input order: the tie-break of chronological order
    published: str | None
    title: str
    body: Counter[str]
    names: Counter[str]
    lead: np.ndarray | None
    shingles: np.ndarray

    @property
    def order(self) -> "Order":
        """The one-machine run's reading order: dated oldest first, then undated in input order."""
        return (self.published is None, self.published or "", self.position)


def featurize(articles: Iterable[Article], positions: Iterable[int], options: Options = DEFAULT) -> list[Features]:
    """Features of a batch of articles (the lead embeddings in one call, as ``observe`` does)."""
    arts = list(articles)
    probe = StoryIndex(options)
    leads = probe._encode_leads(arts)
    out = []
    for art, pos, lead in zip(arts, positions, leads):
        body, names = StoryIndex.features(art)
        out.append(Features(art.id, int(pos), art.published, _title(art), body, names, lead,
                            shingle_hashes(article_text(art), options.copy_shingle)))
    return out


_FIXED = float(2**32)  # lead sums in fixed point: integer addition gives the same total in any order


@dataclass
class Stats:
    """Document frequencies and the lead-embedding sum over the whole input: summed over batches.

    The lead sum is kept in fixed point (int64, 2^-32 steps) because a float32 sum depends on the
    order of the additions (measured: up to 4e-4 apart over 2,000 leads summed in other batches),
    and the batches an engine forms are its own: integer sums make the total, hence every split
    check, the same on any engine and worker count.
    """

    n_docs: int = 0
    df_body: Counter[str] = field(default_factory=Counter)
    df_names: Counter[str] = field(default_factory=Counter)
    lead_fixed: np.ndarray | None = None
    lead_n: int = 0

    @property
    def lead_total(self) -> np.ndarray | None:
        return None if self.lead_fixed is None else (self.lead_fixed / _FIXED).astype(np.float32)

    @classmethod
    def of(cls, feats: Iterable[Features]) -> "Stats":
        st = cls()
        for f in feats:
            st.n_docs += 1
            st.df_body.update(f.body.keys())
            st.df_names.update(f.names.keys())
            if f.lead is not None:
                fixed = np.round(f.lead.astype(np.float64) * _FIXED).astype(np.int64)
                st.lead_fixed = fixed if st.lead_fixed is None else st.lead_fixed + fixed
                st.lead_n += 1
        return st

    def merge(self, other: "Stats") -> "Stats":
        self.n_docs += other.n_docs
        self.df_body.update(other.df_body)
        self.df_names.update(other.df_names)
        if other.lead_fixed is not None:
            self.lead_fixed = other.lead_fixed.copy() if self.lead_fixed is None else self.lead_fixed + other.lead_fixed
        self.lead_n += other.lead_n
        return self


class _Prepared(StoryIndex):
    """A StoryIndex fed with precomputed features and global document frequencies."""

    def __init__(self, options: Options, stats: Stats) -> None:
        super().__init__(options)
        self.n_docs = stats.n_docs
        self.df_body, self.df_names = stats.df_body, stats.df_names
        self.lead_total = stats.lead_total
        self.lead_n = stats.lead_n
        self._feats: dict[str, Features] = {}

    def features(self, article: Article) -> tuple[Counter[str], Counter[str]]:  # type: ignore[override]
        f = self._feats[article.id]
        return f.body, f.names

    def add_features(self, f: Features, root: str | None) -> str:
        """``add`` with the article's features already computed (and counted in ``Stats``)."""
        self._feats[f.id] = f
        if f.lead is not None:
            self._leads[f.id] = f.lead
        art = Article(id=f.id, title=f.title, text="", published=f.published)
        try:
            return self.add(art, root=root, counted=True)
        finally:
            del self._feats[f.id]


# -- partitions -----------------------------------------------------------------------------------

Order = tuple[bool, str, int]  # (undated, published, position): the one-machine reading order


def partition_starts(orders: Iterable[Order], options: Options = DEFAULT) -> list[Order]:
    """The first reading-order key of every partition, ascending (``partition_of`` finds an article's).

    Windows of ``partition_days`` by publication date (undated articles, read last, in windows of
    ``partition_max``), each cut into equal blocks of at most ``partition_max`` articles in reading
    order. Partitions are contiguous runs of the reading order, so partition k only holds articles
    read after those of k-1, and the cut depends on the data alone, never on the workers.
    """
    windows: dict[int, list[Order]] = {}
    undated = 0
    for o in sorted(orders):
        day = _day(o[1]) if not o[0] else None
        if day is None:
            w = 10**9 + undated // options.partition_max  # after every dated window
            undated += 1
        else:
            w = day // options.partition_days
        windows.setdefault(w, []).append(o)
    starts: list[Order] = []
    for w in sorted(windows):
        members = windows[w]
        size = math.ceil(len(members) / math.ceil(len(members) / options.partition_max))
        starts.extend(members[k] for k in range(0, len(members), size))
    return starts


def partition_of(order: Order, starts: list[Order]) -> int:
    return max(0, bisect.bisect_right(starts, order) - 1)


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@dataclass
class Fragment:
    """One story of one partition: its members (reading order) with their vectors."""

    members: list[tuple[str, Order, _Member, str | None]]  # id, order, vectors, lead name
    partition: int = 0
    next_check: int = 0  # the partition's next split-check size for this story

    @property
    def order(self) -> Order:
        return self.members[0][1]

    def centroid(self) -> tuple[dict[str, float], dict[str, float]]:
        """Unit sums of the members' body and name vectors: what the fragment says as a whole."""
        body: Counter[str] = Counter()
        names: Counter[str] = Counter()
        for _, _, member, _ in self.members:
            body.update(member.body)
            names.update(member.names)
        return _unit(dict(body)), _unit(dict(names))


@dataclass
class PartitionResult:
    key: int
    fragments: list[Fragment]
    copy_of: dict[str, str]


def group_partition(key: int, feats: list[Features], stats: Stats,
                    options: Options = DEFAULT) -> PartitionResult:
    """The one-machine online grouping over one partition's articles, with global frequencies."""
    feats = sorted(feats, key=lambda f: f.order)
    copies = CopyIndex(options)
    index = _Prepared(options, stats)
    copy_of: dict[str, str] = {}
    by_id = {f.id: f for f in feats}
    names: dict[str, str | None] = {}
    for f in feats:
        original = copies.add_hashes(f.id, f.shingles)
        if original is not None:
            copy_of[f.id] = original
        index.add_features(f, original)
        index.moved.clear()
        names[f.id] = _lead(f.names, index._vector(f.names, index.df_names))
    fragments = []
    for st in index.stories.values():
        ids = sorted(st.members, key=lambda a: by_id[a].order)
        fragments.append(Fragment([(a, by_id[a].order, st.members[a], names[a]) for a in ids], key, st.next_check))
    fragments.sort(key=lambda fr: fr.order)
    return PartitionResult(key, fragments, copy_of)


# -- reconcile ------------------------------------------------------------------------------------

class _Reconciler(_Prepared):
    """The one index fragments are replayed into (oldest fragment first).

    A fragment never joins a story made only of its own partition's fragments: the partition saw
    those with everything it holds and kept them apart; reconcile only adds what crosses borders.
    """

    def __init__(self, options: Options, stats: Stats) -> None:
        super().__init__(options, stats)
        self.fragment_of: dict[str, int] = {}  # article -> its partition
        self._parts_of: dict[str, tuple[_StoryState, int, set[int]]] = {}  # story -> (state, size, partitions)

    def _parts(self, sid: str) -> set[int]:
        """Partitions of the story's articles (cached until a split or re-cut replaces the story)."""
        st = self.stories[sid]
        hit = self._parts_of.get(sid)
        if hit is None or hit[0] is not st or hit[1] != len(st.members):
            hit = (st, len(st.members), {self.fragment_of[a] for a in st.members})
            self._parts_of[sid] = hit
        return hit[2]

    def add_fragment(self, fragment: Fragment) -> str:
        """Join the fragment (its centroid, its first article's date and lead name) to its best
        candidate story at the join threshold, or start a story; then the split check."""
        o = self.options
        first_id, _, first, lead = fragment.members[0]
        best, best_sim = None, o.story_threshold
        body, names = fragment.centroid()
        for sid in self.candidates(body, names):
            if self._parts(sid) == {fragment.partition}:
                continue
            sim = self.similarity(self.stories[sid], body, names, first.published, lead)
            if sim >= best_sim:
                best, best_sim = sid, sim
        joined = best is not None
        if best is None:  # a new story: the partition already ran its split checks
            best = f"s{self.next_id}"
            self.next_id += 1
            self.stories[best] = _StoryState(id=best, title=first.title, next_check=fragment.next_check)
        story = self.stories[best]
        parts = self._parts(best) if joined else set()
        for aid, _, member, _ in fragment.members:
            self.fragment_of[aid] = fragment.partition
            story.add(aid, member)
            self.home[aid] = best
            self._post(best, member.body, member.names)
        self._parts_of[best] = (story, len(story.members), parts | {fragment.partition})
        if joined and len(story.members) >= max(story.next_check, o.story_split_min):
            self._check_split(story)
        self.moved.clear()
        return self.home[first_id]


@dataclass
class Result:
    """Story and copy_of per article id, and the stories (member ids in reading order)."""

    story: dict[str, str]
    copy_of: dict[str, str]
    stories: dict[str, list[str]]
    titles: dict[str, str]
    independent: dict[str, int]
    dates: dict[str, tuple[str | None, str | None]]  # first and last publication date
    partitions: int
    fragments: int


def reconcile(parts: Iterable[PartitionResult], stats: Stats, options: Options = DEFAULT) -> Result:
    """Replay every partition's fragments into one index, oldest first (see the module docstring)."""
    parts = sorted(parts, key=lambda p: p.key)
    frags = sorted((fr for p in parts for fr in p.fragments), key=lambda fr: fr.order)
    index = _Reconciler(options, stats)
    order: dict[str, Order] = {}
    for fr in frags:
        for aid, o, _, _ in fr.members:
            order[aid] = o
        index.add_fragment(fr)
    copy_of = {k: v for p in parts for k, v in p.copy_of.items()}
    stories = {sid: sorted(st.members, key=lambda a: order[a]) for sid, st in index.stories.items() if st.members}
    story = {aid: sid for sid, ids in stories.items() for aid in ids}
    titles = {sid: index.stories[sid].title for sid in stories}
    independent = {sid: len(index.stories[sid].roots) for sid in stories}
    dates = {sid: (index.stories[sid].first, index.stories[sid].last) for sid in stories}
    return Result(story, copy_of, stories, titles, independent, dates, len(parts), len(frags))


def assign(articles: list[Article], options: Options = DEFAULT) -> Result:
    """The whole scheme in this process (what both engines compute, without an engine)."""
    feats = featurize(articles, range(len(articles)), options)
    stats = Stats.of(feats)
    starts = partition_starts((f.order for f in feats), options)
    groups: dict[int, list[Features]] = {}
    for f in feats:
        groups.setdefault(partition_of(f.order, starts), []).append(f)
    parts = [group_partition(k, fs, stats, options) for k, fs in sorted(groups.items())]
    return reconcile(parts, stats, options)
