"""Train the ``learned`` summary scorer: a linear model over ``accord.summarize.features``.

Why features only (no words): a model fitted on NeuS (three outlets, title + lead) must carry over
to other news (Multi-News: long scraped pages), so it learns how support, centrality, echoes and
position predict summary-worthiness, never which words do.

Labels: how much of each candidate sentence the gold summary contains (ROUGE-1 and ROUGE-2 precision
of the sentence against the reference, rouge-score, stemmed). Candidates are built like the
product's no-alignment path (cleaned articles, one fact per sentence, plus headlines).

usage: python scripts/train_scorer.py [--data ../shared/eval] [--out accord/models/summary_scorer.json]
       [--limit N]   (then report val with: accord eval summaries --set neus --scorer learned)
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accord.eval.summaries import cleaned_articles, reference, sentence_facts  # noqa: E402
from accord.summarize import features  # noqa: E402

TERMS = list(features.NAMES) + [
    "position*centrality", "echo*position", "is_title*title_sim", "first*echo", "support*centrality",
]


def build(rows: list[dict], cache: Path | None = None) -> list[tuple[features.StoryView, np.ndarray, str]]:
    """Feature views and labels for every story (cached: rouge labels are the slow part)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    out = []
    for row in rows:
        arts = cleaned_articles(row)
        facts = sentence_facts(arts) + features.title_facts(arts)
        if not facts:
            continue
        view = features.view(facts, arts)
        ref = reference(row)
        y = []
        for f in facts:
            s = sc.score(ref, f.text)
            y.append(0.5 * s["rouge1"].precision + s["rouge2"].precision)
        out.append((view, np.asarray(y), ref))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/eval")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "accord/models/summary_scorer.json"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--alpha", type=float, default=10.0)
    ap.add_argument("--cache", default=None, help="folder to cache features/labels between runs")
    args = ap.parse_args()

    from sklearn.linear_model import Ridge

    from accord.summarize.scorers import Linear

    rows = [json.loads(x) for x in open(Path(args.data) / "neus/train.jsonl", encoding="utf-8")][: args.limit]
    cache = Path(args.cache) / f"neus-train-{len(rows)}.pkl" if args.cache else None
    data = build(rows, cache)
    probe = Linear("learned", {t: 1.0 for t in TERMS})
    X = np.vstack([probe.design(v.X) for v, _, _ in data])
    y = np.concatenate([lab for _, lab, _ in data])
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    model = Ridge(alpha=args.alpha).fit((X - mean) / scale, y)
    out = {
        "name": "learned",
        "trained_on": f"neus/train.jsonl ({len(data)} stories, {len(y)} candidates)",
        "label": "0.5 * ROUGE-1 precision + ROUGE-2 precision of the sentence against the gold summary",
        "weights": {t: round(float(w), 6) for t, w in zip(TERMS, model.coef_)},
        "bias": round(float(model.intercept_), 6),
        "mean": {t: round(float(m), 6) for t, m in zip(TERMS, mean)},
        "scale": {t: round(float(s), 6) for t, s in zip(TERMS, scale)},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n")
    print(f"trained on {len(data)} stories ({len(y)} candidates), R^2 {model.score((X - mean) / scale, y):.3f} "
          f"-> {args.out}")
    for t, w in sorted(out["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {t:24s} {w:+.4f}")


if __name__ == "__main__":
    main()
