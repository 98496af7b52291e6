"""Online story assignment (after Miranda et al. 2018): each new article joins its best story or starts one.

An article is compared only with a few *candidate* stories found through an inverted index over the
stories' distinctive terms, so the cost per article does not grow with the number of stories.
Similarity combines two TF-IDF cosines with the story centroid:

- content words (what happened: "earthquake", "rehab", "pirates"),
- names and numbers (who, where, how many, which year: "lohan", "aden", "#23", "#2011"): the signal
  that keeps two earthquakes of the same week apart,

and, when both sides have dates, a decay on the distance between the article's date and the story's
date range. Two weights and a threshold, measured on ECB+ (``accord eval grouping``).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from accord.group.features import content_terms, names_and_numbers
from accord.model import Article, Story
from accord.options import DEFAULT, Options

Vector = dict[str, float]


def _days(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _cos(a: Vector, b: Vector, b_norm: float) -> float:
    if not a or b_norm == 0.0:
        return 0.0
    if len(a) > len(b):
        return sum(w * a.get(t, 0.0) for t, w in b.items()) / b_norm  # a is unit length
    return sum(w * b.get(t, 0.0) for t, w in a.items()) / b_norm


@dataclass
class _StoryState:
    """A story's running centroid: sums of its members' unit vectors (norm kept up to date)."""

    id: str
    title: str
    body: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    body_norm: float = 0.0
    names_norm: float = 0.0
    articles: list[str] = field(default_factory=list)
    roots: set[str] = field(default_factory=set)  # distinct originals (a wire copy counts once)
    first: str | None = None
    last: str | None = None

    def add(self, article_id: str, root: str, body: Vector, names: Vector, published: str | None) -> None:
        for vec, attr in ((body, "body"), (names, "names")):
            cen = getattr(self, attr)
            sq = getattr(self, attr + "_norm") ** 2
            for t, w in vec.items():  # update the squared norm term by term: no pass over the centroid
                old = cen.get(t, 0.0)
                cen[t] = old + w
                sq += (old + w) ** 2 - old * old
            setattr(self, attr + "_norm", math.sqrt(max(sq, 0.0)))
        self.articles.append(article_id)
        self.roots.add(root)
        if published:
            self.first = min(self.first or published, published)
            self.last = max(self.last or published, published)


class StoryIndex:
    """Stories built one article at a time; state is plain data (``to_dict``) so a library can persist it.

    Document frequencies grow as articles arrive; ``observe`` lets a batch caller count them over the
    whole input first so the earliest articles are weighted like the rest (assignment stays online).
    """

    def __init__(self, options: Options = DEFAULT) -> None:
        self.options = options
        self.n_docs = 0
        self.df_body: Counter[str] = Counter()
        self.df_names: Counter[str] = Counter()
        self.stories: dict[str, _StoryState] = {}
        self.postings: defaultdict[str, set[str]] = defaultdict(set)
        self.next_id = 1

    # -- features ------------------------------------------------------------------------------
    @staticmethod
    def features(article: Article) -> tuple[Counter[str], Counter[str]]:
        text = f"{article.title}\n{article.text}" if article.title else article.text
        return content_terms(text), names_and_numbers(text)

    def observe(self, articles: Iterable[Article]) -> None:
        """Count document frequencies without assigning (a batch's first pass)."""
        for art in articles:
            body, names = self.features(art)
            self._count(body, names)

    def _count(self, body: Counter[str], names: Counter[str]) -> None:
        self.n_docs += 1
        self.df_body.update(body.keys())
        self.df_names.update(names.keys())

    def _vector(self, counts: Counter[str], df: Counter[str]) -> Vector:
        n = self.n_docs
        vec = {t: (1.0 + math.log(c)) * (math.log((n + 1) / (df.get(t, 0) + 1)) + 1.0) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        return {t: w / norm for t, w in vec.items()} if norm else {}

    # -- assignment ----------------------------------------------------------------------------
    def similarity(self, story: _StoryState, body: Vector, names: Vector, published: str | None) -> float:
        """Weighted body/name cosines with the story centroid, times a date decay when dates are known."""
        o = self.options
        s_body = _cos(body, story.body, story.body_norm)
        if names and story.names:
            w = o.story_name_weight
            sim = (1.0 - w) * s_body + w * _cos(names, story.names, story.names_norm)
        else:
            sim = s_body
        if published and story.first and story.last:
            if published < story.first:
                gap = _days(published, story.first)
            elif published > story.last:
                gap = _days(published, story.last)
            else:
                gap = 0
            if gap:
                sim *= 0.5 ** (gap / o.story_decay_days)
        return sim

    def candidates(self, body: Vector, names: Vector) -> list[str]:
        """Stories sharing the article's most distinctive terms, best first (at most ``story_candidates``)."""
        o = self.options
        keys = _top(body, o.story_index_terms, "b:") + _top(names, o.story_index_terms, "n:")
        score: Counter[str] = Counter()
        for key, w in keys:
            for sid in self.postings.get(key, ()):
                score[sid] += w
        return [sid for sid, _ in score.most_common(o.story_candidates)]

    def add(self, article: Article, root: str | None = None, counted: bool = False, story: str | None = None) -> str:
        """Assign ``article`` to its best candidate story above the threshold, or start a new story.

        ``root`` is the original it copies (from ``CopyIndex``), so wire copies count once in
        ``independent``. ``counted`` says ``observe`` already saw it (no double document frequency).
        ``story`` forces the story (a wire copy goes where its original went).
        """
        body_c, names_c = self.features(article)
        if not counted:
            self._count(body_c, names_c)
        body, names = self._vector(body_c, self.df_body), self._vector(names_c, self.df_names)
        best, best_sim = (story if story in self.stories else None), self.options.story_threshold
        for sid in [] if best else self.candidates(body, names):
            sim = self.similarity(self.stories[sid], body, names, article.published)
            if sim >= best_sim:
                best, best_sim = sid, sim
        if best is None:
            best = f"s{self.next_id}"
            self.next_id += 1
            self.stories[best] = _StoryState(id=best, title=_title(article))
        story = self.stories[best]
        story.add(article.id, root or article.id, body, names, article.published)
        for key, _ in _top(body, self.options.story_index_terms, "b:") + _top(names, self.options.story_index_terms, "n:"):
            self.postings[key].add(best)
        return best

    # -- views and persistence -----------------------------------------------------------------
    def story(self, sid: str) -> Story:
        s = self.stories[sid]
        return Story(id=s.id, title=s.title, articles=list(s.articles), independent=len(s.roots), first=s.first, last=s.last)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe state, so the next ``accord ingest`` continues where this one stopped."""
        return {
            "n_docs": self.n_docs,
            "df_body": dict(self.df_body),
            "df_names": dict(self.df_names),
            "next_id": self.next_id,
            "stories": [
                {"id": s.id, "title": s.title, "body": s.body, "names": s.names, "articles": s.articles,
                 "roots": sorted(s.roots), "first": s.first, "last": s.last}
                for s in self.stories.values()
            ],
            "postings": {k: sorted(v) for k, v in self.postings.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], options: Options = DEFAULT) -> "StoryIndex":
        idx = cls(options)
        idx.n_docs = data["n_docs"]
        idx.df_body = Counter(data["df_body"])
        idx.df_names = Counter(data["df_names"])
        idx.next_id = data["next_id"]
        for s in data["stories"]:
            st = _StoryState(id=s["id"], title=s["title"], body=s["body"], names=s["names"],
                             articles=s["articles"], roots=set(s["roots"]), first=s["first"], last=s["last"])
            st.body_norm = math.sqrt(sum(w * w for w in st.body.values()))
            st.names_norm = math.sqrt(sum(w * w for w in st.names.values()))
            idx.stories[st.id] = st
        for k, v in data["postings"].items():
            idx.postings[k] = set(v)
        return idx


def _top(vec: Vector, k: int, prefix: str) -> list[tuple[str, float]]:
    return [(prefix + t, w) for t, w in sorted(vec.items(), key=lambda kv: -kv[1])[:k]]


def _title(article: Article) -> str:
    if article.title:
        return article.title
    first = article.text.strip().split("\n", 1)[0]
    return first[:120]
