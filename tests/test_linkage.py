"""Big stories: pairs, exact pair similarity and average linkage without the n × n matrix, and the
bounded quote and slot comparisons, each checked against the all-pairs computation it replaces."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from accord import align, analyse, api, linkage
from accord.align import _cluster, _features, is_statement, quote_candidates, quote_pairs, same_words
from accord.briefing import story_date
from accord.eval.grouping import bcubed
from accord.eval.scale import synthetic_story
from accord.options import DEFAULT

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"


def partition(labels: list[int]) -> set[frozenset[int]]:
    return {frozenset(v) for v in linkage.clusters(labels).values()}


def statements(arts: list, options=DEFAULT) -> tuple[list, np.ndarray]:
    sents, _ = analyse.analyse_story(arts, options, reference=story_date(arts))
    order = {a.id: k for k, a in enumerate(arts)}
    ss = [s for a in arts for s in sents.get(a.id, []) if is_statement(s.text)]
    return ss, np.array([order[s.article] for s in ss])


@pytest.mark.parametrize("seed", range(5))
def test_average_linkage_over_all_pairs_is_scipys(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 60
    article = rng.integers(0, 12, n)
    points = rng.normal(size=(n, 5))
    sim = np.corrcoef(points)  # no ties, a mix of close and far pairs
    sim[article[:, None] == article[None, :]] = -1.0
    np.fill_diagonal(sim, 1.0)
    i, j = np.triu_indices(n, k=1)
    keep = article[i] != article[j]
    ours = linkage.average_linkage(n, i[keep], j[keep], sim[i, j][keep], 0.0, article, -1.0, 0.4)
    assert partition(ours) == partition(_cluster(sim, 0.4))


def test_pairs_and_blocks_give_the_dense_similarity() -> None:
    arts = synthetic_story(400, seed=3, per_article=40)
    sents, article = statements(arts)
    dense = align.sentence_similarity(sents, DEFAULT)
    features = _features(sents, article, DEFAULT)
    for i, j in features.links:
        dense[i, j] = dense[j, i] = max(dense[i, j], 1.0)
    dense[article[:, None] == article[None, :]] = DEFAULT.align_same_article
    np.fill_diagonal(dense, 1.0)
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, len(sents), 3000), rng.integers(0, len(sents), 3000)
    assert np.allclose(features.pairs(i, j), dense[i, j], atol=1e-5)
    rows = np.arange(0, len(sents), 7)
    assert np.allclose(features.block(rows, rows), dense[np.ix_(rows, rows)], atol=1e-5)
    labels = _cluster(dense, DEFAULT.fact_threshold)
    sums = features.inner_sums(labels)
    for members in linkage.clusters(labels).values():
        assert np.allclose(sums[members], dense[np.ix_(members, members)].sum(axis=1), atol=1e-4)


def test_candidate_pairs_are_bounded_and_find_what_links() -> None:
    arts = synthetic_story(1500, seed=4, per_article=30)
    sents, article = statements(arts)
    features = _features(sents, article, DEFAULT)
    i, j = linkage.candidate_pairs(features, 20)
    assert len(i) <= 20 * len(sents) + len(features.links)
    assert (i < j).all() and (article[i] != article[j]).all()
    dense = align.sentence_similarity(sents, DEFAULT)
    dense[article[:, None] == article[None, :]] = -1.0
    np.fill_diagonal(dense, -1.0)
    strong = {(int(a), int(b)) for a, b in zip(*np.nonzero(np.triu(dense >= 0.6)))}
    found = set(zip(i.tolist(), j.tolist()))
    assert len(strong & found) >= 0.9 * len(strong)  # clear pairs are nearly all candidates


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="../shared/samples not beside the repo")
def test_the_big_story_path_gives_the_sample_brief_unchanged() -> None:
    exact = api.brief([str(SAMPLE)]).to_dict()
    assert api.brief([str(SAMPLE)], align_dense_max=0).to_dict() == exact


def test_the_big_story_path_keeps_most_facts_of_generated_stories() -> None:
    for seed in (1, 2):
        arts = synthetic_story(800, seed=seed, per_article=40)
        sents, _ = analyse.analyse_story(arts, DEFAULT, reference=story_date(arts))
        dense = align.align(arts, sents, {}, DEFAULT)
        sparse = align.align(arts, sents, {}, DEFAULT.with_(align_dense_max=0))

        def labels(facts: list) -> dict[tuple[str, int], str]:
            return {(s.article, s.index): f.id for f in facts for s in f.sentences}

        assert bcubed(labels(sparse), labels(dense))[2] >= 0.9


def test_quote_pairs_are_the_all_pairs_matches() -> None:
    rng = random.Random(0)
    words = ["we", "will", "not", "leave", "the", "city", "peace", "troops", "it's", "it is", "U.S.", "US", "now"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(3, 9))) for _ in range(60)]
    texts += texts[:20]  # repeated remarks
    keys = [(rng.choice(["A", "B", None]), t) for t in texts]
    brute = [(x, y, True) for x in range(len(texts)) for y in range(x + 1, len(texts))
             if same_words(texts[x], texts[y])]
    assert quote_pairs(keys, texts, lambda x, y: same_words(texts[x], texts[y]) or None) == brute
    shared = [(x, y) for x in range(len(texts)) for y in range(x + 1, len(texts))
              if align.content_words(texts[x]) & align.content_words(texts[y]) or same_words(texts[x], texts[y])]
    assert set(shared) <= set(quote_candidates(texts))
