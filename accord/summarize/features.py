"""Features of a fact that say whether it belongs in a summary, shared by every scorer.

Features, not raw text, so that a scorer trained on one corpus (NeuS) carries over to another
(Multi-News): each one is relative to its story (support share, similarity to the story centroid,
position in its article), never tied to a vocabulary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from accord.model import Article, Fact

NAMES = (
    "support",  # independent articles telling the fact / independent articles in the story
    "centrality",  # cosine to the centroid of every sentence of the story
    "title_sim",  # cosine to the centroid of the article titles (0 when there are none)
    "position",  # 1 / (1 + index of its earliest sentence in its article)
    "first",  # 1 when the fact opens an article
    "rel_position",  # earliest index / sentences in that article (0 = top)
    "rep_article",  # similarity of its best article to the story centroid (representative-first)
    "length",  # words / 40, clipped at 1.5
    "short",  # fewer than 8 words
    "long",  # more than 55 words
    "dangling",  # opens with a pronoun or connective that needs the previous sentence
    "question",  # ends with a question mark
    "quote",  # mostly a quotation
    "no_end",  # no sentence-final punctuation: a heading, caption or leftover
    "caps",  # share of capitalised words (headings, bylines, navigation)
    "digits",  # share of tokens with digits (tables, scores, timestamps)
)

_DANGLING = re.compile(
    r"^[\"'“‘(]*(he|she|it|they|them|this|that|these|those|his|her|its|their|but|and|also|so|"
    r"however|meanwhile|still|yet|then|there|here|such|both|another|instead|later|we|i|you)\b",
    re.I,
)
_WORD = re.compile(r"\w+", re.U)


@dataclass
class StoryView:
    """What a scorer sees: the candidate facts, their feature matrix and their TF-IDF vectors."""

    facts: list[Fact]
    X: np.ndarray  # (n_facts, len(NAMES)) float
    vectors: np.ndarray  # (n_facts, vocab) L2-normalised TF-IDF rows, for redundancy checks


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


def _sentence_flags(text: str) -> list[float]:
    words = text.split()
    n = max(len(words), 1)
    stripped = text.strip()
    quote_chars = sum(stripped.count(c) for c in "\"“”")
    caps = sum(1 for w in words if w[:1].isupper()) / n
    digits = sum(1 for w in words if any(ch.isdigit() for ch in w)) / n
    return [
        min(len(words) / 40.0, 1.5),
        float(len(words) < 8),
        float(len(words) > 55),
        float(bool(_DANGLING.match(stripped))),
        float(stripped.endswith("?") or stripped.endswith("?\"") or stripped.endswith("?”")),
        float(quote_chars >= 2 and stripped[:1] in "\"“"),
        float(not re.search(r"[.!?][\"'”’)]*$", stripped)),
        caps,
        digits,
    ]


def view(facts: list[Fact], articles: list[Article]) -> StoryView:
    """Compute the feature matrix of ``facts`` within their story (``articles``)."""
    if not facts:
        return StoryView(facts, np.zeros((0, len(NAMES))), np.zeros((0, 0)))
    counts: dict[str, int] = {}
    for f in facts:
        for s in f.sentences:
            counts[s.article] = max(counts.get(s.article, 0), s.index + 1)
    titles = [a.title for a in articles if a.title and a.title.strip()]
    texts = [f.text for f in facts]
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=r"(?u)\b\w\w+\b")
    try:
        m = vec.fit_transform(texts + titles).toarray().astype(np.float32)
    except ValueError:  # only stop words: nothing to compare
        m = np.zeros((len(texts) + len(titles), 1), dtype=np.float32)
    m = _unit(m)
    fm, tm = m[: len(texts)], m[len(texts):]
    centroid = _unit(fm.mean(axis=0))
    central = fm @ centroid
    title_sim = fm @ _unit(tm.mean(axis=0)) if len(titles) else np.zeros(len(texts))

    # representative article: the one whose sentences sit closest to the story centroid
    by_article: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        for s in f.sentences:
            by_article.setdefault(s.article, []).append(i)
    rep = {a: float(_unit(fm[idx].mean(axis=0)) @ centroid) for a, idx in by_article.items()}

    # wire copies count once: an article that copies another is not an independent source
    story_ind = len({a.copy_of or a.id for a in articles}) if articles else len(by_article)
    story_ind = max(story_ind, 1)
    rows = []
    for i, f in enumerate(facts):
        if f.sentences:
            first = min(f.sentences, key=lambda s: s.index)
            idx, art = first.index, first.article
            rel = idx / max(counts.get(art, 1), 1)
            best_rep = max(rep.get(s.article, 0.0) for s in f.sentences)
        else:
            idx, rel, best_rep = 0, 0.0, 0.0
        ind = f.independent or len(set(f.support)) or 1
        support = ind / story_ind
        rows.append(
            [min(support, 1.0), central[i], title_sim[i], 1.0 / (1 + idx), float(idx == 0), rel, best_rep]
            + _sentence_flags(f.text)
        )
    return StoryView(facts, np.asarray(rows, dtype=np.float64), fm)
