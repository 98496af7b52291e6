"""Wire copies: an article that re-runs another outlet's text, trimmed or lightly re-edited.

Measure: containment of word 3-shingles — the share of the *shorter* text's shingles found in the
longer one — because a re-run wire story is usually cut at the end, which drags Jaccard down while
containment stays high. Reworded copies keep few long shingles (measured: 5-shingle Jaccard of a
reworded, trimmed agency story is ~0.07), so shingles are short and the threshold is measured by
``accord eval grouping`` (see BENCHMARKS.md).

Candidates come from an inverted index over a fixed 1-in-``copy_sample`` sample of shingle hashes
(a hash-mod sample, so two copies sample the same shingles), with very common shingles ignored: each
new article is checked against a handful of candidates, never against the whole library. MinHash LSH
was tried first; at the similarities reworded copies have (3-shingle Jaccard ~0.12) its banding
misses too many of them, while this exact index does not.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

import numpy as np

from accord.group.features import shingle_hashes
from accord.model import Article
from accord.options import DEFAULT, Options


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller sorted-unique hash set found in the other (0 when either is empty)."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


class CopyIndex:
    """Online wire-copy detector: ``add`` one article, get back the id of the original it copies.

    The original is the root of the copy chain (a copy of a copy points to the first article), so
    ``independent`` counts are simple. Feed articles oldest first for "original = earliest".
    """

    def __init__(self, options: Options = DEFAULT) -> None:
        self.options = options
        self.ids: list[str] = []
        self.roots: list[int] = []
        self.hashes: list[np.ndarray] = []
        self.postings: defaultdict[int, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.ids)

    # -- storage: lists in memory; a library keeps the same data in tables (``accord.store_index``)
    def _posting(self, h: int) -> Sequence[int]:
        """Documents indexed under sampled hash ``h`` (at least ``copy_max_df`` + 1 when there are more)."""
        return self.postings.get(h, ())

    def _hashes(self, doc: int) -> np.ndarray:
        return self.hashes[doc]

    def _root(self, doc: int) -> int:
        return self.roots[doc]

    def _id(self, doc: int) -> str:
        return self.ids[doc]

    def _append(self, article_id: str, root: int, hashes: np.ndarray, sample: np.ndarray) -> None:
        doc = len(self.ids)
        self.ids.append(article_id)
        self.roots.append(root)
        self.hashes.append(hashes)
        for h in sample.tolist():
            self.postings[h].append(doc)

    # -- matching --------------------------------------------------------------------------------
    def best_match(self, hashes: np.ndarray) -> tuple[int, float] | None:
        """The indexed article with the highest containment against ``hashes`` among those sharing at
        least ``copy_min_shared`` shingles (short texts share a few by chance)."""
        o = self.options
        if len(hashes) < o.copy_min_shared:
            return None
        sample = hashes[hashes % o.copy_sample == 0]
        counts: Counter[int] = Counter()
        for h in sample.tolist():
            posting = self._posting(h)
            if posting and len(posting) <= o.copy_max_df:
                counts.update(posting)
        best: tuple[int, float] | None = None
        for doc, shared in counts.most_common(o.copy_candidates):
            if shared < 2:
                break
            other = self._hashes(doc)
            shared = len(np.intersect1d(hashes, other, assume_unique=True))
            if shared < o.copy_min_shared:
                continue
            score = shared / min(len(hashes), len(other))
            if best is None or score > best[1]:
                best = (doc, score)
        return best

    def add(self, article_id: str, text: str) -> str | None:
        """Index the article; return the root original's id if it is a copy, else None."""
        return self.add_hashes(article_id, shingle_hashes(text, self.options.copy_shingle))

    def add_hashes(self, article_id: str, hashes: np.ndarray) -> str | None:
        """``add`` with the text's shingles already hashed (``shingle_hashes``): workers hash in parallel."""
        o = self.options
        match = self.best_match(hashes)
        doc = len(self)
        root = doc
        if match is not None and match[1] >= o.copy_threshold:
            root = self._root(match[0])
        self._append(article_id, root, hashes, hashes[hashes % o.copy_sample == 0])
        return None if root == doc else self._id(root)


def chronological(articles: Iterable[Article]) -> list[Article]:
    """Dated articles oldest first, then undated ones in the order given (stable)."""
    arts = list(articles)
    order = sorted(range(len(arts)), key=lambda i: (arts[i].published is None, arts[i].published or "", i))
    return [arts[i] for i in order]


def article_text(article: Article) -> str:
    """Title and body: a wire copy usually keeps the headline too.

    A title that the text already opens with (a reader took it from the first line) is not counted twice.
    """
    title = article.title.rstrip("…").split()
    opening = article.text[: 2 * len(article.title) + 16].split()  # enough words to compare, never the whole text
    if not title or opening[: len(title)] == title:
        return article.text
    return f"{article.title}\n{article.text}"


def find_copies(articles: Iterable[Article], options: Options = DEFAULT) -> dict[str, str]:
    """``{copy_id: original_id}`` for every article that copies an earlier one (root of the chain).

    A body of a sentence or more given twice word for word (one wire item two outlets ran whole under their
    own headlines, read from two files) is a copy however short: ``CopyIndex`` leaves short texts alone
    because short leads share words by chance, but the whole of a text is no chance (lead64)."""
    index = CopyIndex(options)
    copies: dict[str, str] = {}
    whole: dict[str, str] = {}
    for art in chronological(articles):
        text = article_text(art)
        original = index.add(art.id, text)
        key = " ".join(art.text.lower().split())  # the body: two outlets put their own headlines on one wire item
        if len(key.split()) >= options.copy_whole_min_words:  # not two pages left with one stray line ("Read more.")
            if original is None and key in whole:
                original = copies.get(whole[key], whole[key])
            whole.setdefault(key, art.id)
        if original is not None:
            copies[art.id] = original
    return copies
