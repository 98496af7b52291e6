"""``accord.graph``: groups of linked items (SciPy connected components), checked against a plain
union-find on random links, with questions asked between the links as name merging asks them."""
from __future__ import annotations

import random

from accord.graph import Groups, components


def test_components_label_groups_by_their_first_item() -> None:
    assert components(6, [(4, 1), (1, 3)]).tolist() == [0, 1, 2, 1, 1, 3]
    assert components(3, []).tolist() == [0, 1, 2]


def test_components_take_an_array_of_links_as_the_same_pairs() -> None:
    import numpy as np

    links = [(4, 1), (1, 3), (5, 0)]
    assert components(7, np.array(links)).tolist() == components(7, links).tolist() == [0, 1, 2, 1, 1, 0, 3]
    assert components(3, np.zeros((0, 2), dtype=np.int64)).tolist() == [0, 1, 2]


def test_groups_agree_with_a_plain_union_find_when_asked_between_links() -> None:
    rng = random.Random(7)
    for _ in range(200):
        keys = [f"k{i}" for i in range(rng.randint(1, 25))]
        parent = {k: k for k in keys}

        def root(k: str, parent: dict[str, str] = parent) -> str:
            while parent[k] != k:
                k = parent[k]
            return k

        groups: Groups[str] = Groups()
        for _ in range(rng.randint(0, 30)):
            a, b = rng.choice(keys), rng.choice(keys)
            groups.join(a, b)
            parent[root(b)] = root(a)
            x, y = rng.choice(keys), rng.choice(keys)
            assert (groups.find(x) == groups.find(y)) == (root(x) == root(y))
        expected = {frozenset(k for k in keys if root(k) == root(j)) for j in keys}
        assert {frozenset(g) for g in groups.groups(keys)} == expected
        for g in groups.groups(keys):  # a group is named by its key seen first
            assert all(groups.find(k) == groups.find(g[0]) for k in g)
