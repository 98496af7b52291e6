"""TF-IDF, the one implementation: a story's sentences as a matrix (``matrix``), and one text's
terms against running document frequencies (``vector``, grouping's online index).

``matrix``: the TF-IDF of a story's sentences as sklearn's ``TfidfVectorizer(stop_words="english",
sublinear_tf=True)`` computes it, with each text's terms kept for the process.

Why not sklearn itself: a brief fits TF-IDF twice on nearly the same sentences (alignment, then the
summary's features), and the vectorizer's validation and per-call set-up cost more than the
arithmetic on a story's hundred sentences. Here a sentence is tokenized once, whichever stage asks
first, and the matrix is built directly. The numbers are sklearn's (tested against it): lower case,
tokens of two or more word characters, English stop words dropped, tf = 1 + ln(count), smooth idf =
1 + ln((1 + n) / (1 + df)), rows L2-normalised, columns in alphabetical order.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import filterfalse

import numpy as np
from scipy.sparse import csr_matrix

from accord.words import STOP_WORDS

# sklearn's token_pattern ``(?u)\b\w\w+\b`` without its word boundaries: a greedy run of word
# characters starts and ends at one anyway, so the matches are the same, found ~15% faster (every
# sentence, clause and window a brief compares is read once here)
_TOKEN = re.compile(r"\w\w+")


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The counted terms of ``text`` in order (lower case, stop words dropped)."""
    return tuple(filterfalse(STOP_WORDS.__contains__, _TOKEN.findall(text.lower())))  # (a C loop)


@lru_cache(maxsize=16384)  # (a Counter is ~1 kB: at most ~16 MB)
def counts(text: str) -> Counter[str]:
    """``terms`` counted, kept like them: a brief builds matrices of the same sentences in several
    stages (alignment, the summary's features, support). Read only: shared by every caller."""
    return Counter(terms(text))


def matrix(texts: Sequence[str]) -> csr_matrix:
    """L2-normalised TF-IDF rows of ``texts`` fitted on ``texts`` (float64, one row per text).

    Raises ValueError, like sklearn, when no text has a term.
    """
    vocab, values, cols, indptr = _weights(texts)
    out = csr_matrix((values, cols, indptr), shape=(len(texts), len(vocab)))
    out.sort_indices()
    return out


def dense(texts: Sequence[str], max_cells: int) -> np.ndarray | None:
    """``matrix(texts).toarray()`` built directly, or None when it would hold more than
    ``max_cells`` cells: a story's hundred sentences need no sparse matrix (its set-up, index sort
    and conversion back cost more than the arithmetic). Raises ValueError like ``matrix``."""
    vocab, values, cols, indptr = _weights(texts)
    if len(texts) * len(vocab) > max_cells:
        return None
    out = np.zeros((len(texts), len(vocab)))
    out[np.repeat(np.arange(len(texts)), np.diff(indptr)), cols] = values
    return out


def _weights(texts: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(vocabulary, weights, their columns, row pointers): the CSR parts of ``matrix``."""
    per_text = [counts(t) for t in texts]
    vocab = sorted({w for c in per_text for w in c})
    if not vocab:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    column = {w: k for k, w in enumerate(vocab)}
    indptr = np.zeros(len(texts) + 1, dtype=np.int64)
    indices: list[int] = []
    data: list[int] = []
    for row, c in enumerate(per_text):
        indices.extend(map(column.__getitem__, c))
        data.extend(c.values())
        indptr[row + 1] = len(indices)
    cols = np.asarray(indices, dtype=np.int64)
    values = np.log(np.asarray(data, dtype=np.float64)) + 1.0
    df = np.bincount(cols, minlength=len(vocab))
    values *= (np.log((len(texts) + 1) / (df + 1.0)) + 1.0)[cols]
    sq = np.add.reduceat(values * values, indptr[:-1][np.diff(indptr) > 0]) if len(values) else values
    norms = np.ones(len(texts))
    norms[np.diff(indptr) > 0] = np.sqrt(sq)
    values /= np.repeat(norms, np.diff(indptr))
    return vocab, values, cols, indptr


def vector(counts: Mapping[str, int], df: Mapping[str, int], n_docs: int) -> dict[str, float]:
    """One text's L2-normalised TF-IDF as ``{term: weight}``: ``matrix``'s weighting (tf = 1 + ln(count),
    idf = 1 + ln((1 + n) / (1 + df))) for a text counted among ``n_docs`` documents whose document
    frequencies are ``df`` (a term missing there counts 0).

    For an index that grows an article at a time (``accord.group.StoryIndex``): a dict per text, no
    vocabulary to fix in advance; empty when no term has weight.
    """
    vec = {t: (1.0 + math.log(c)) * (math.log((n_docs + 1) / (df.get(t, 0) + 1)) + 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


__all__ = ["counts", "dense", "matrix", "terms", "vector"]
