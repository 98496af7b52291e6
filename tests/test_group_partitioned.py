"""Grouping at scale (accord.group.partitioned): partitions, then reconcile, against the one-machine run."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from accord.eval.grouping import bcubed, load_ecb
from accord.group import assign
from accord.group.partitioned import Features, partition_of, partition_starts
from accord.group.partitioned import assign as partitioned
from accord.model import Article
from accord.options import DEFAULT

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
needs_data = pytest.mark.skipif(not (DATA / "ecbplus" / "dev.jsonl").is_file(), reason="../shared/eval not found")


def _ecb(n: int) -> list[Article]:
    return load_ecb(DATA).articles[:n]


def _groups(story: dict[str, str]) -> list[frozenset[str]]:
    out: defaultdict[str, set[str]] = defaultdict(set)
    for aid, sid in story.items():
        out[sid].add(aid)
    return [frozenset(v) for v in out.values()]


@needs_data
def test_one_partition_is_the_one_machine_run() -> None:
    arts = _ecb(200)
    ref = assign(arts).story
    got = partitioned(arts, DEFAULT.with_(partition_max=10_000))
    assert got.partitions == 1
    assert set(_groups(got.story)) == set(_groups(ref))  # equal up to story renaming


@needs_data
def test_four_partitions_match_the_one_machine_run_up_to_whole_story_merges() -> None:
    arts = _ecb(200)  # ECB+ dev in file order: topics of two similar events each
    ref = assign(arts).story
    got = partitioned(arts, DEFAULT.with_(partition_max=60))
    assert got.partitions == 4
    assert bcubed(got.story, ref)[2] >= 0.99
    # where they differ, the cause is the reconcile joining whole stories across a partition border
    # (a fragment's centroid met the join threshold with a sibling story): each story is a union of
    # one-machine stories, none is cut
    ref_groups = _groups(ref)
    for group in _groups(got.story):
        assert all(g <= group or not (g & group) for g in ref_groups)


def _feat(i: int, published: str | None) -> Features:
    from collections import Counter

    import numpy as np

    return Features(str(i), i, published, "", Counter(), Counter(), None, np.zeros(0, dtype=np.uint32))


def test_partitions_follow_windows_and_reading_order() -> None:
    opts = DEFAULT.with_(partition_days=7, partition_max=3)
    feats = [_feat(0, "2022-01-03"), _feat(1, None), _feat(2, "2022-01-04"), _feat(3, "2022-03-01"),
             _feat(4, None), _feat(5, "2022-01-05"), _feat(6, "2022-01-05"), _feat(7, None)]
    starts = partition_starts([f.order for f in feats], opts)
    part = {f.id: partition_of(f.order, starts) for f in feats}
    # the January week holds 4 dated articles: two blocks of 2, in reading order
    assert part["0"] == part["2"] < part["5"] == part["6"]
    assert part["6"] < part["3"]  # March is a later window
    assert part["3"] < part["1"] == part["4"] == part["7"]  # undated ones are read last, as by assign
    # the cut depends on the data only: the same starts from any ordering of the input
    assert partition_starts([f.order for f in reversed(feats)], opts) == starts


@needs_data
def test_statistics_do_not_depend_on_how_an_engine_cuts_batches() -> None:
    """A float32 sum of lead embeddings changes with the order of additions; the fixed-point one does
    not, so every engine and worker count gets the same lead mean and so the same split checks."""
    from accord.group.partitioned import Stats, featurize

    arts = _ecb(300)
    feats = featurize(arts, range(len(arts)))
    whole = Stats.of(feats)
    pieces = Stats()
    for i in (200, 0, 100):  # other batches, merged in another order
        pieces.merge(Stats.of(feats[i:i + 100]))
    assert (whole.lead_fixed == pieces.lead_fixed).all() and whole.lead_n == pieces.lead_n == 300
    assert whole.df_body == pieces.df_body and whole.df_names == pieces.df_names
