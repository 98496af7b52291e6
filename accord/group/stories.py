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
class _Member:
    root: str
    body: Vector
    names: Vector
    published: str | None
    title: str = ""


@dataclass
class _StoryState:
    """A story's running centroid: sums of its members' unit vectors (norm kept up to date).

    Members keep their vectors so a story can be split when it turns out to hold two events.
    """

    id: str
    title: str
    body: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    body_norm: float = 0.0
    names_norm: float = 0.0
    members: dict[str, _Member] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None
    next_check: int = 0  # size at which the next split check runs

    @property
    def articles(self) -> list[str]:
        return list(self.members)

    @property
    def roots(self) -> set[str]:
        """Distinct originals: wire copies of one original count once."""
        return {m.root for m in self.members.values()}

    def add(self, article_id: str, member: _Member) -> None:
        for vec, attr in ((member.body, "body"), (member.names, "names")):
            cen = getattr(self, attr)
            sq = getattr(self, attr + "_norm") ** 2
            for t, w in vec.items():  # update the squared norm term by term: no pass over the centroid
                old = cen.get(t, 0.0)
                cen[t] = old + w
                sq += (old + w) ** 2 - old * old
            setattr(self, attr + "_norm", math.sqrt(max(sq, 0.0)))
        self.members[article_id] = member
        if member.published:
            self.first = min(self.first or member.published, member.published)
            self.last = max(self.last or member.published, member.published)


def _centroid(vecs: Iterable[Vector]) -> tuple[Vector, float]:
    cen: Vector = {}
    for vec in vecs:
        for t, w in vec.items():
            cen[t] = cen.get(t, 0.0) + w
    return cen, math.sqrt(sum(w * w for w in cen.values()))


def _ccos(a: Vector, a_norm: float, b: Vector, b_norm: float) -> float:
    if a_norm == 0.0 or b_norm == 0.0:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items()) / (a_norm * b_norm)


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
        self.moved: list[tuple[str, str]] = []  # (article, new story) after splits; callers drain it

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
    def similarity(self, story: _StoryState, body: Vector, names: Vector, published: str | None,
                   lead: str | None = None) -> float:
        """Weighted body/name cosines with the story centroid, times a date decay when dates are known.

        ``lead`` is the article's most prominent name: when the story never mentions it, the article
        is likely about a sibling event (the same champion's *next* fight, a second arrest), so the
        similarity loses ``story_novel_penalty``.
        """
        o = self.options
        s_body = _cos(body, story.body, story.body_norm)
        if names and story.names:
            w = o.story_name_weight
            sim = (1.0 - w) * s_body + w * _cos(names, story.names, story.names_norm)
        else:
            sim = s_body
        if lead is not None and lead not in story.names:
            sim -= o.story_novel_penalty
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
                if sid in self.stories:  # postings may name a story of a restored older state
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
        lead = _lead(names_c, names)
        best, best_sim = (story if story in self.stories else None), self.options.story_threshold
        for sid in [] if best else self.candidates(body, names):
            sim = self.similarity(self.stories[sid], body, names, article.published, lead)
            if sim >= best_sim:
                best, best_sim = sid, sim
        if best is None:
            best = f"s{self.next_id}"
            self.next_id += 1
            self.stories[best] = _StoryState(id=best, title=_title(article))
        story = self.stories[best]
        story.add(article.id, _Member(root or article.id, body, names, article.published, _title(article)))
        for key, _ in _top(body, self.options.story_index_terms, "b:") + _top(names, self.options.story_index_terms, "n:"):
            self.postings[key].add(best)
        if len(story.members) >= max(story.next_check, self.options.story_split_min):
            self._check_split(story)
        return self.where(article.id) if story.id not in self.stories or article.id not in self.stories[story.id].members else story.id

    def where(self, article_id: str) -> str:
        """The story holding ``article_id`` now (a split may have moved it)."""
        for sid, st in self.stories.items():
            if article_id in st.members:
                return sid
        raise KeyError(article_id)

    def _pair_sim(self, a: tuple[Vector, float, Vector, float], b: tuple[Vector, float, Vector, float]) -> float:
        w = self.options.story_name_weight
        return (1.0 - w) * _ccos(a[0], a[1], b[0], b[1]) + w * _ccos(a[2], a[3], b[2], b[3])

    def _two_means(self, story: _StoryState) -> tuple[list[str], list[str], float]:
        """The story's members in two groups (spherical 2-means) and the groups' centroid similarity."""
        ids = list(story.members)
        mem = story.members
        vec = {i: (mem[i].body, 1.0, mem[i].names, 1.0 if mem[i].names else 0.0) for i in ids}
        whole = (story.body, story.body_norm, story.names, story.names_norm)
        seed_a = min(ids, key=lambda i: self._pair_sim(vec[i], whole))  # the least typical member
        seed_b = min(ids, key=lambda i: self._pair_sim(vec[i], vec[seed_a]))  # and its opposite
        cents = [vec[seed_a], vec[seed_b]]
        groups: list[list[str]] = [[], []]
        for _ in range(6):
            new: list[list[str]] = [[], []]
            for i in ids:
                new[0 if self._pair_sim(vec[i], cents[0]) >= self._pair_sim(vec[i], cents[1]) else 1].append(i)
            if new == groups or not new[0] or not new[1]:
                groups = new
                break
            groups = new
            cents = []
            for g in groups:
                b, bn = _centroid(mem[i].body for i in g)
                n, nn = _centroid(mem[i].names for i in g)
                cents.append((b, bn, n, nn))
        if not groups[0] or not groups[1]:
            return ids, [], 1.0
        return groups[0], groups[1], self._pair_sim(cents[0], cents[1])

    def _check_split(self, story: _StoryState) -> None:
        """Split a story whose members form two groups less alike than one event's articles are.

        Runs at sizes growing geometrically (amortised cost stays linear): a story that swallowed a
        second, similar event early (the first article of the new event had nowhere better to go) is
        separated once enough articles show the two groups apart.
        """
        o = self.options
        story.next_check = int(len(story.members) * o.story_split_growth) + 1
        a, b, sim = self._two_means(story)
        if sim >= o.story_split_threshold or min(len(a), len(b)) < o.story_split_min_part:
            return
        keep, move = (a, b) if len(a) >= len(b) else (b, a)
        new_id = f"s{self.next_id}"
        self.next_id += 1
        members = story.members
        moved = _StoryState(id=new_id, title=members[move[0]].title)
        rest = _StoryState(id=story.id, title=story.title if story.articles[0] in keep else members[keep[0]].title)
        for i in keep:
            rest.add(i, members[i])
        for i in move:
            moved.add(i, members[i])
        rest.next_check, moved.next_check = story.next_check, int(len(move) * o.story_split_growth) + 1
        self.stories[story.id], self.stories[new_id] = rest, moved
        for i in move:
            self.moved.append((i, new_id))
            for key, _ in _top(members[i].body, o.story_index_terms, "b:") + _top(members[i].names, o.story_index_terms, "n:"):
                self.postings[key].add(new_id)

    # -- views and persistence -----------------------------------------------------------------
    def story(self, sid: str) -> Story:
        s = self.stories[sid]
        return Story(id=s.id, title=s.title, articles=list(s.articles), independent=len(s.roots), first=s.first, last=s.last)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe state, so the next ``accord ingest`` continues where this one stopped."""
        def r(vec: Vector) -> Vector:
            return {t: round(w, 5) for t, w in vec.items()}

        return {
            "n_docs": self.n_docs,
            "df_body": dict(self.df_body),
            "df_names": dict(self.df_names),
            "next_id": self.next_id,
            "stories": [
                {"id": s.id, "title": s.title, "next_check": s.next_check,
                 "members": [[aid, m.root, r(m.body), r(m.names), m.published, m.title] for aid, m in s.members.items()]}
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
            st = _StoryState(id=s["id"], title=s["title"], next_check=s["next_check"])
            for aid, root, body, names, published, title in s["members"]:
                st.add(aid, _Member(root, body, names, published, title))
            idx.stories[st.id] = st
        for k, v in data["postings"].items():
            idx.postings[k] = set(v)
        return idx


def _lead(counts: Counter[str], vec: Vector) -> str | None:
    """The article's most prominent single-word name (highest weight among those said twice or more)."""
    names = [t for t, c in counts.items() if c >= 2 and not t.startswith("#") and " " not in t]
    return max(names, key=lambda t: vec.get(t, 0.0), default=None)


def _top(vec: Vector, k: int, prefix: str) -> list[tuple[str, float]]:
    return [(prefix + t, w) for t, w in sorted(vec.items(), key=lambda kv: -kv[1])[:k]]


def _title(article: Article) -> str:
    if article.title:
        return article.title
    first = article.text.strip().split("\n", 1)[0]
    return first[:120]
