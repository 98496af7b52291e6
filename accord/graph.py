"""Groups of linked things, one implementation for every stage: SciPy's connected components.

Alignment cuts a linkage tree into facts, name merging joins spellings of one entity; both are
"which items end up linked, directly or through others". ``components`` answers it for a batch of
links, ``Groups`` for code that asks about groups while it is still linking (name merging decides a
short name's group by the groups its candidates are in so far).
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

K = TypeVar("K", bound=Hashable)


def components(n: int, links: Iterable[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """The group label of each of ``n`` items (0..n-1) linked by ``links`` (pairs of positions, or
    an ``(m, 2)`` integer array: no Python object per pair); an item without links is a group of its
    own. Labels number the groups by their first item."""
    pairs = np.asarray(links if isinstance(links, np.ndarray) else list(links), dtype=np.int64).reshape(-1, 2)
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels)


class Groups(Generic[K]):
    """Union-find over keys: ``join`` links two keys, ``find`` names a key's group by its first key
    (the one seen earliest), ``groups`` lists them. Answers come from ``components``, recomputed only
    when a link joins two groups that both had links (a key joining a group alone is recorded at once:
    the common case, so code that asks after every join stays cheap)."""

    def __init__(self) -> None:
        self._index: dict[K, int] = {}
        self._keys: list[K] = []
        self._links: list[tuple[int, int]] = []
        self._linked: set[int] = set()
        self._first: list[int] | None = []  # per item: the position of its group's first item (None: recompute)

    def _position(self, key: K) -> int:
        at = self._index.get(key)
        if at is None:
            at = self._index[key] = len(self._keys)
            self._keys.append(key)
            if self._first is not None:
                self._first.append(at)  # a new key is a group of its own
        return at

    def join(self, a: K, b: K) -> None:
        pa, pb = self._position(a), self._position(b)
        self._links.append((pa, pb))
        first = self._first
        if first is not None and first[pa] != first[pb]:
            ga, gb = first[pa], first[pb]
            alone_a, alone_b = pa not in self._linked, pb not in self._linked
            if alone_b and ga < pb:
                first[pb] = ga
            elif alone_a and gb < pa:
                first[pa] = gb
            elif alone_a and alone_b:
                first[pa] = first[pb] = min(pa, pb)
            else:
                self._first = None
        self._linked.update((pa, pb))

    def find(self, key: K) -> K:
        at = self._position(key)
        if self._first is None:
            labels = components(len(self._keys), self._links)
            first = np.full(labels.max() + 1 if len(labels) else 0, len(labels), dtype=np.int64)
            np.minimum.at(first, labels, np.arange(len(labels)))
            self._first = [int(x) for x in first[labels]]
        return self._keys[self._first[at]]

    def groups(self, keys: Iterable[K]) -> list[list[K]]:
        """``keys`` by group, groups in order of their first key among ``keys``."""
        out: dict[K, list[K]] = {}
        for key in keys:
            out.setdefault(self.find(key), []).append(key)
        return list(out.values())
