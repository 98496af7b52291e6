"""Average linkage for stories too big for a full similarity matrix (``align`` above
``options.align_dense_max`` statements).

A story of 20,000 sentences has 200 million sentence pairs: their matrix alone is gigabytes, and
scipy's average linkage needs it all. Yet sentences that tell one fact share rare words or names, so:

1. ``candidate_pairs``: pairs of sentences (of different articles) that share one of their rarest
   terms or mention keys, rarest first, up to a budget per sentence (linear, not quadratic);
2. ``Features.pairs``: their exact similarity (the same formula as the dense path: centred
   embeddings, TF-IDF, shared mentions, quote links);
3. ``average_linkage``: average linkage over those pairs (Lance-Williams sums kept per pair of
   clusters that have a known pair); every other pair counts as the story's mean similarity of
   unknown pairs (estimated from a seeded sample), and pairs of one article as
   ``align_same_article``, as in the dense path.

Cost grows with the pairs kept, not with their square. Measured against the exact dense path on
stories small enough for both (``tests/test_linkage.py``, BENCHMARKS.md).
"""
from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix

from accord.options import DEFAULT, Options

PAIR_CHUNK = 20_000  # pairs whose similarity is computed at once (bounds the gathered rows)
BLOCK_CELLS = 4_000_000  # cells of one similarity block (row sums of a big fact are taken in blocks)


@dataclass
class Features:
    """What the pairwise similarity of a story's sentences is made of (rows = sentences)."""

    centred: np.ndarray  # (n, d) float32 unit rows: story-centred embeddings
    words: csr_matrix  # (n, V) L2-normalised TF-IDF rows
    keys: csr_matrix  # (n, K) 0/1: the sentence's entities and figures (slot keys)
    article: np.ndarray  # (n,) article number
    weights: tuple[float, float, float]  # meaning, words, shared mentions
    same_article: float  # similarity forced between two sentences of one article
    links: set[tuple[int, int]] = field(default_factory=set)  # (i < j): the same quote: similarity ≥ 1
    _sizes: np.ndarray | None = None
    _linked: dict[int, list[int]] | None = None

    def __post_init__(self) -> None:
        self.words.sort_indices()  # row dot products match entries by sorted column
        self.keys.sort_indices()

    @property
    def n(self) -> int:
        return len(self.article)

    def sizes(self) -> np.ndarray:
        if self._sizes is None:
            self._sizes = np.diff(self.keys.indptr).astype(np.float32)
        return self._sizes

    def pairs(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Exact similarity of sentence pairs (``i[k]``, ``j[k]``), as the dense path computes it."""
        out = np.empty(len(i), dtype=np.float32)
        w = self.weights
        sizes = self.sizes()
        for s in range(0, len(i), PAIR_CHUNK):
            a, b = i[s:s + PAIR_CHUNK], j[s:s + PAIR_CHUNK]
            meaning = np.einsum("ij,ij->i", self.centred[a], self.centred[b])
            words = _row_dots(self.words, a, b)
            inter = _row_dots(self.keys, a, b)
            smaller = np.minimum(sizes[a], sizes[b])
            shared = np.divide(inter, smaller, out=np.zeros(len(a), dtype=np.float32), where=smaller > 0)
            out[s:s + len(a)] = w[0] * meaning + w[1] * words + w[2] * shared
        if self.links:
            for k in np.flatnonzero(np.isin(np.minimum(i, j) * self.n + np.maximum(i, j), self._link_codes())):
                out[k] = max(float(out[k]), 1.0)
        out[self.article[i] == self.article[j]] = self.same_article
        out[i == j] = 1.0
        return out

    def _partners(self) -> dict[int, list[int]]:
        if self._linked is None:
            self._linked = {}
            for a, b in self.links:
                self._linked.setdefault(a, []).append(b)
                self._linked.setdefault(b, []).append(a)
        return self._linked

    def _link_codes(self) -> np.ndarray:
        return np.array(sorted(a * self.n + b for a, b in self.links), dtype=np.int64)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The similarity matrix of sentences ``rows`` × ``cols`` (matrix products, not pair by pair)."""
        w = self.weights
        meaning = self.centred[rows] @ self.centred[cols].T
        words = (self.words[rows] @ self.words[cols].T).toarray()
        inter = (self.keys[rows] @ self.keys[cols].T).toarray()
        sizes = self.sizes()
        smaller = np.minimum(sizes[rows][:, None], sizes[cols][None, :])
        shared = np.divide(inter, smaller, out=np.zeros_like(inter, dtype=np.float32), where=smaller > 0)
        out = (w[0] * meaning + w[1] * words + w[2] * shared).astype(np.float32)
        if self.links:
            partners = self._partners()
            where_col = {int(c): k for k, c in enumerate(cols)}
            for r, x in enumerate(rows.tolist()):
                for y in partners.get(x, ()):
                    if y in where_col:
                        out[r, where_col[y]] = max(float(out[r, where_col[y]]), 1.0)
        out[self.article[rows][:, None] == self.article[cols][None, :]] = self.same_article
        out[rows[:, None] == cols[None, :]] = 1.0
        return out

    def inner_sums(self, labels: list[int], options: Options = DEFAULT) -> np.ndarray:
        """Per sentence: its summed similarity to every member of its cluster, itself included.

        Small clusters' pairs are computed together, pair by pair; a big cluster by row blocks of
        its similarity matrix, so memory stays bounded whatever the sizes.
        """
        out = np.ones(self.n, dtype=np.float64)  # each sentence's similarity to itself
        small_i: list[np.ndarray] = []
        small_j: list[np.ndarray] = []
        for members in clusters(labels).values():
            if len(members) < 2:
                continue
            rows = np.asarray(members)
            if len(rows) <= options.linkage_small_cluster:
                a, b = np.triu_indices(len(rows), k=1)
                small_i.append(rows[a])
                small_j.append(rows[b])
                continue
            step = max(1, BLOCK_CELLS // len(rows))
            out[rows] = np.concatenate([self.block(rows[k:k + step], rows).sum(axis=1, dtype=np.float64)
                                        for k in range(0, len(rows), step)])
        if small_i:
            i, j = np.concatenate(small_i), np.concatenate(small_j)
            sims = self.pairs(i, j).astype(np.float64)
            out += np.bincount(i, weights=sims, minlength=self.n) + np.bincount(j, weights=sims, minlength=self.n)
        return out


def _entries(matrix: csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The stored entries of ``rows`` of a CSR matrix: (position in ``rows``, column, value)."""
    starts, ends = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = ends - starts
    owner = np.repeat(np.arange(len(rows)), lengths)
    offset = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    at = np.repeat(starts, lengths) + offset
    return owner, matrix.indices[at], matrix.data[at]


def _row_dots(matrix: csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot products of rows ``a[k]`` and ``b[k]`` of a CSR matrix with sorted indices, all at once:
    entries are keyed (pair, column) and matched by binary search."""
    width = matrix.shape[1]
    pa, ca, va = _entries(matrix, a)
    pb, cb, vb = _entries(matrix, b)
    if not len(pa) or not len(pb):
        return np.zeros(len(a), dtype=np.float64)
    ka = pa.astype(np.int64) * width + ca
    kb = pb.astype(np.int64) * width + cb  # ascending: pairs in order, columns sorted within a row
    at = np.minimum(np.searchsorted(kb, ka), len(kb) - 1)
    hit = kb[at] == ka
    return np.bincount(pa[hit], weights=va[hit].astype(np.float64) * vb[at[hit]], minlength=len(a))


def candidate_pairs(features: Features, per_sentence: int, options: Options = DEFAULT) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j, different articles) worth an exact similarity, plus quote links.

    Each sentence keeps its ``per_sentence`` best partners by the words and mention keys they share,
    scored on the story's rarer terms only: terms are taken rarest first while their postings make
    at most ``options.linkage_products_per_sentence`` × n products, since a term in most sentences (the story's own
    name, "said") tells nothing of which two say the same thing and would make the search quadratic.
    """
    n = features.n
    w = features.weights
    parts = []
    for matrix, weight in ((features.words, w[1]), (features.keys, w[2])):
        csc = matrix.tocsc()
        parts.append((csc, np.diff(csc.indptr), weight))
    order = sorted(((int(df), m, c) for m, (_, dfs, _) in enumerate(parts) for c, df in enumerate(dfs) if df >= 2))
    budget, used = options.linkage_products_per_sentence * n, 0
    chosen: list[list[int]] = [[], []]
    for df, m, c in order:
        used += df * df
        if used > budget:
            break
        chosen[m].append(c)
    blocks = [parts[m][0][:, sorted(cols)] * parts[m][2] for m, cols in enumerate(chosen) if cols]
    codes: list[np.ndarray] = []
    if blocks:
        from scipy.sparse import hstack

        score = hstack(blocks).tocsr()
        score_t = score.T.tocsr()
        step = max(1, BLOCK_CELLS // max(n, 1))
        for start in range(0, n, step):
            prod = (score[start:start + step] @ score_t).tocoo()
            rows, cols, vals = prod.row + start, prod.col, prod.data
            keep = features.article[cols] != features.article[rows]  # (and never a sentence with itself)
            rows, cols, vals = rows[keep], cols[keep], vals[keep]
            if not len(rows):
                continue
            # per row, best partner first: one float sort key, row + (1 - value scaled into [0, 1))
            key = rows + (1.0 - vals / (float(vals.max()) * (1 + 1e-9) + 1e-30))
            ranked = np.argsort(key, kind="stable")
            rows, cols = rows[ranked], cols[ranked]
            first = np.searchsorted(rows, rows)  # where each row's run starts
            best = np.arange(len(rows)) - first < per_sentence
            rows, cols = rows[best], cols[best]
            codes.append(np.minimum(cols, rows).astype(np.int64) * n + np.maximum(cols, rows))
    if features.links:
        codes.append(features._link_codes())
    if not codes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    unique = np.sort(np.concatenate(codes))
    unique = unique[np.concatenate(([True], unique[1:] != unique[:-1]))]  # (np.unique hashes: slower here)
    return unique // n, unique % n


def unknown_mean(features: Features, floor: float, seed: int = 0, options: Options = DEFAULT) -> float:
    """Mean similarity of sentence pairs of different articles below ``floor`` (a seeded sample):
    what a pair no candidate list holds is taken to be."""
    n = features.n
    rng = np.random.default_rng(seed)
    i, j = rng.integers(0, n, options.linkage_sample_pairs), rng.integers(0, n, options.linkage_sample_pairs)
    keep = features.article[i] != features.article[j]
    if not keep.any():
        return features.same_article
    sims = features.pairs(i[keep], j[keep])
    low = sims[sims < floor]
    return float(low.mean()) if len(low) else floor


def average_linkage(n: int, i: np.ndarray, j: np.ndarray, sims: np.ndarray, unknown: float,
                    article: np.ndarray, same_article: float, threshold: float) -> list[int]:
    """Cluster labels of average linkage cut at ``threshold`` over known pairs (i, j, sims).

    Clusters merge best pair first while their mean pairwise similarity is ≥ ``threshold``; the
    mean counts known pairs at their value, pairs of one article at ``same_article`` and all
    others at ``unknown``. Two clusters with no known pair never merge (their mean is below the
    threshold whenever ``unknown`` is).
    """
    size = [1] * n
    arts: list[Counter[int] | None] = [Counter({int(a): 1}) for a in article]
    neighbours: list[dict[int, complex] | None] = [None] * n  # other cluster -> known sum + 1j * count
    for a, b, s in zip(i.tolist(), j.tolist(), sims.tolist()):
        for x, y in ((a, b), (b, a)):
            nx = neighbours[x]
            if nx is None:
                nx = neighbours[x] = {}
            nx[y] = nx.get(y, 0j) + complex(s, 1.0)
    label = list(range(n))
    members: list[list[int] | None] = [[k] for k in range(n)]

    def mean(x: int, y: int, known: complex) -> float:
        ax, ay = arts[x], arts[y]
        assert ax is not None and ay is not None
        small, big = (ax, ay) if len(ax) <= len(ay) else (ay, ax)
        same = sum(c * big.get(a, 0) for a, c in small.items())
        pairs = size[x] * size[y]
        rest = pairs - known.imag - same
        return (known.real + same * same_article + rest * unknown) / pairs

    # singletons of different articles: a known pair's mean is its similarity
    heap = [(-s, a, b, 0, 0) for a, b, s in zip(i.tolist(), j.tolist(), sims.tolist()) if s >= threshold]
    heapq.heapify(heap)  # (-mean, x, y, version of x, version of y): best first, ties by ids
    alive = [True] * n
    bound = same_article <= unknown  # then pairs of one article only lower a mean: skip by an upper bound
    version = [0] * n  # a cluster that grew has a new version: its older heap entries are stale
    while heap:
        _, x, y, vx, vy = heapq.heappop(heap)
        if not (alive[x] and alive[y]) or version[x] != vx or version[y] != vy:
            continue
        # merge the smaller cluster into the larger one, which keeps its id
        keep, gone = (x, y) if size[x] >= size[y] else (y, x)
        alive[gone] = False
        version[keep] += 1
        size[keep] += size[gone]
        ak, ag = arts[keep], arts[gone]
        assert ak is not None and ag is not None
        ak.update(ag)
        arts[gone] = None
        mk, mg = members[keep], members[gone]
        assert mk is not None and mg is not None
        mk.extend(mg)
        members[gone] = None
        nk = neighbours[keep] or {}
        ng = neighbours[gone] or {}
        neighbours[gone] = None
        nk.pop(gone, None)
        ng.pop(keep, None)
        for z, known in ng.items():
            nk[z] = nk.get(z, 0j) + known
            nz = neighbours[z]
            assert nz is not None
            nz.pop(gone, None)
        neighbours[keep] = nk
        for z, known in nk.items():
            nz = neighbours[z]
            assert nz is not None
            nz[keep] = known
            pairs = size[keep] * size[z]
            if bound and known.real + (pairs - known.imag) * unknown < threshold * pairs:
                continue  # below the threshold even with no pair of one article (those only lower it)
            avg = mean(keep, z, known)
            if avg >= threshold:
                a, b = min(keep, z), max(keep, z)
                heapq.heappush(heap, (-avg, a, b, version[a], version[b]))
    for root, mem in enumerate(members):
        if mem is not None:
            for k in mem:
                label[k] = root
    return label


def clusters(labels: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for k, lab in enumerate(labels):
        out.setdefault(lab, []).append(k)
    return out
