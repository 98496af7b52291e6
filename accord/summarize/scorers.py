"""Fact scorers: one small interface, several algorithms, chosen by name (``options.summary_scorer``).

A scorer maps a story's feature matrix (see ``features.NAMES``) to one score per fact; selection
under the word budget is shared (``accord.summarize.select``), so scorers compare on equal terms.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Protocol

import numpy as np

from accord.errors import AccordError
from accord.summarize.features import NAMES, StoryView

class Scorer(Protocol):
    """Anything that gives one number per fact: higher = belongs in the summary."""

    name: str

    def __call__(self, story: StoryView) -> np.ndarray: ...


def uses(scorer: Scorer, feature: str) -> bool:
    """Whether ``scorer`` reads ``feature``: a costly feature (embeddings) is skipped when it does not.

    A scorer that does not say which features it reads is assumed to read them all.
    """
    terms = getattr(scorer, "terms", None)
    if terms is None:
        return True
    return any(feature in t.split("*") for t in terms)


class Linear:
    """A weighted sum of features (+ optional pairwise products)."""

    def __init__(self, name: str, weights: dict[str, float], bias: float = 0.0,
                 mean: dict[str, float] | None = None, scale: dict[str, float] | None = None) -> None:
        self.name = name
        self.terms = list(weights)
        self.w = np.array([weights[t] for t in self.terms])
        self.bias = bias
        self.mean = np.array([(mean or {}).get(t, 0.0) for t in self.terms])
        self.scale = np.array([(scale or {}).get(t, 1.0) or 1.0 for t in self.terms])

    def design(self, X: np.ndarray) -> np.ndarray:
        """Columns for each term: a feature name or a product "a*b" of two."""
        col = {n: X[:, i] for i, n in enumerate(NAMES)}
        out = []
        for t in self.terms:
            if "*" in t:
                a, b = t.split("*")
                out.append(col[a] * col[b])
            else:
                out.append(col[t])
        return np.stack(out, axis=1) if out else np.zeros((len(X), 0))

    def __call__(self, story: StoryView) -> np.ndarray:
        if len(story.X) == 0:
            return np.zeros(0)
        return ((self.design(story.X) - self.mean) / self.scale) @ self.w + self.bias


# Hand weights: a fact that other outlets echo (a sentence of theirs close to it: echo; its words in
# their articles: word_echo) and that sits at the story's centre carries it;
# headlines and leads say what the story is (and the top of a long article more than its tail:
# rel_position); a direct quote of the main actor is what summaries of news quote (quote);
# fragments, questions and dangling openers read badly out of context. Chosen among a handful of
# settings on the development sets, tuned on one half and checked on the other (BENCHMARKS.md).
CENTROID = Linear(
    "centroid",
    {
        "centrality": 2.0,
        "echo": 2.0,
        "word_echo": 1.5,
        "support": 0.5,
        "title_sim": 0.5,
        "position": 0.3,
        "rel_position": -0.3,
        "quote": 0.3,
        "short": -0.5,
        "no_end": -0.5,
        "question": -0.5,
        "dangling": -0.2,
        "caps": -0.3,
        "address": -1.0,
        "first_person": -0.5,
        "exclaim": -0.5,
        "background": -0.3,
    },
)


REGISTRY: dict[str, Callable[[], Scorer]] = {
    "centroid": lambda: CENTROID,
}


@lru_cache(maxsize=None)
def get(name: str) -> Scorer:
    """The scorer registered as ``name`` (loaded once per process)."""
    if name not in REGISTRY:
        raise AccordError(f"unknown summary scorer {name!r}; known: {', '.join(sorted(REGISTRY))}")
    return REGISTRY[name]()
