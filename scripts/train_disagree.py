"""Rebuild the disagreement pair models (accord/models/disagree_pairs*.json) from the dev gold.

    .venv/bin/python scripts/train_disagree.py [--data ../shared/eval] [--cache DIR] [--sweep]

Each gold cluster of the two dev sets (../shared/eval/disagreements/) is read as ``accord eval
disagreements`` reads it and taken through the brief up to its facts; ``accord.disagree`` pairs its
values (mutual best counterparts across articles), and a pair of different values is labelled one
slot when its two values match two different values of one gold item in the right docs (the
scorer's own value matching). A logistic regression over the pair features is fitted three times:
on Multi-News alone (``disagree_pairs_multinews.json``, used to score ECB+), on ECB+ alone
(``disagree_pairs_ecbplus.json``, used to score Multi-News) and on both (``disagree_pairs.json``,
what accord ships). ``--sweep`` prints the cross-fit precision and recall at several thresholds.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from accord.disagree import pairs as P
from accord.disagree import read
from accord.eval import disagreements as ev
from accord.options import DEFAULT

SETS = ("multinews", "ecbplus")
C = 0.5  # logistic: inverse regularisation strength (few hundred positives: keep the weights small)
TREES, TREE_DEPTH, LEARNING_RATE, MIN_LEAF = 150, 3, 0.05, 20  # trees: small and shallow, same reason


def clusters(set_name: str, data: str, cache: Path | None) -> list[dict]:
    """Each gold cluster's facts, reference date, gold row (cached: the brief's first half is slow)."""
    path = cache / f"{set_name}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    rows = []
    found, gold = ev.load(set_name, data)
    for c, g in zip(found, gold):
        arts = ev.read_cluster(c)
        facts, reference, published = ev.story_facts(arts, DEFAULT)
        rows.append({"id": c.id, "facts": facts, "reference": reference, "published": published, "gold": g,
                     "articles": [a.id for a in arts]})
        print(f"\r{set_name}: {len(rows)}/{len(found)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(rows))
    return rows


def _side(v) -> dict:
    return {"value": v.mention.text, "normalized": v.mention.value}


def labelled(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every mutual pair of different values."""
    xs, ys = [], []
    for r in rows:
        fact_of = {s.key: f.id for f in r["facts"] for s in f.sentences}
        sentences = [s for f in r["facts"] for s in f.sentences]
        values = read(sentences, r["reference"])
        items = [[{"value": v["value"], "docs": {f"C{k + 1}" for k in v["docs"]}} for v in it["values"]]
                 for it in r["gold"].get("disagreements", [])]
        for p in P.candidates(values, fact_of, r["published"], DEFAULT.slot_magnitude_ratio):
            a, b = values[p.a], values[p.b]
            if P.same_value(a, b):
                continue
            hit = any(x.article in v1["docs"] and y.article in v2["docs"] and ev.same_value(_side(x), v1["value"])
                      and ev.same_value(_side(y), v2["value"])
                      for vals in items for i, v1 in enumerate(vals) for v2 in vals[i + 1:] for x, y in ((a, b), (b, a)))
            xs.append(p.features)
            ys.append(float(hit))
    return np.array(xs).reshape(-1, len(P.FEATURES)), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, trained_on: tuple[str, ...], threshold: float, kind: str) -> P.Model:
    if kind == "logistic":
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        lr = LogisticRegression(C=C, max_iter=5000).fit((x - mean) / scale, y)
        return P.Model("logistic", P.FEATURES, float(lr.intercept_[0]), threshold, trained_on,
                       mean=mean, scale=scale, coef=lr.coef_[0])
    gbm = HistGradientBoostingClassifier(max_depth=TREE_DEPTH, max_iter=TREES, learning_rate=LEARNING_RATE,
                                         min_samples_leaf=MIN_LEAF, random_state=0).fit(x, y)
    trees = []
    for (predictor,) in gbm._predictors:  # one tree per boosting round (binary: one per round)
        n = predictor.nodes
        trees.append({"feature": n["feature_idx"].astype(np.int64), "threshold": n["num_threshold"].astype(float),
                      "left": n["left"].astype(np.int64), "right": n["right"].astype(np.int64),
                      "leaf": n["is_leaf"].astype(np.int64), "value": n["value"].astype(float)})
    model = P.Model("trees", P.FEATURES, float(gbm._baseline_prediction[0][0]), threshold, trained_on,
                    trees=tuple(trees))
    assert np.allclose(model.probability(x[:200]), gbm.predict_proba(x[:200])[:, 1], atol=1e-6)
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/eval")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--kind", choices=("trees", "logistic"), default="trees")
    args = ap.parse_args()
    rows = {s: clusters(s, args.data, args.cache) for s in SETS}
    data = {s: labelled(rows[s]) for s in SETS}
    for s in SETS:
        print(f"{s}: {len(data[s][1])} pairs, {int(data[s][1].sum())} one slot", file=sys.stderr)
    threshold = DEFAULT.disagree_threshold
    models = {s: fit(*data[s], (s,), threshold, args.kind) for s in SETS}
    both = fit(np.vstack([data[s][0] for s in SETS]), np.concatenate([data[s][1] for s in SETS]), SETS, threshold,
               args.kind)
    for name, model in (("disagree_pairs_multinews", models["multinews"]),
                        ("disagree_pairs_ecbplus", models["ecbplus"]), ("disagree_pairs", both)):
        (P.MODELS / f"{name}.json").write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {P.MODELS / f'{name}.json'}", file=sys.stderr)
    if args.sweep:
        from accord.disagree import compare

        rows["sample"] = clusters("sample", args.data, args.cache)
        for test, model in (("multinews", "disagree_pairs_ecbplus"), ("ecbplus", "disagree_pairs_multinews"),
                            ("sample", "disagree_pairs")):
            for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
                P.load_model.cache_clear()
                opts = DEFAULT.with_(disagree_model=model, disagree_threshold=t)
                briefs = {r["id"]: {"disagreements": [ev.plain_disagreement(d) for d in compare(
                    r["facts"], opts, r["reference"], r["articles"], r["published"]).disagreements]}
                    for r in rows[test]}
                print(f"{test} ({model}) threshold {t}: "
                      f"{ev.score([r['gold'] for r in rows[test]], briefs).line()}")


if __name__ == "__main__":
    main()
