"""Online story assignment (after Miranda et al. 2018): each new article joins its best story or starts one.

An article is compared only with a few *candidate* stories found through an inverted index over the
stories' distinctive terms, so the cost per article does not grow with the number of stories.
Similarity combines two TF-IDF cosines with the story centroid:

- content words (what happened: "earthquake", "rehab", "pirates"),
- names and numbers (who, where, how many, which year: "lohan", "aden", "#23", "#2011"): the signal
  that keeps two earthquakes of the same week apart,

and, when both sides have dates, a decay on the distance between the article's date and the story's
date range. Two weights and a threshold, measured on ECB+ (``accord eval grouping``).

The one local revision: a story is re-checked as it grows (geometrically, so the cost stays linear)
and split in two when Ward linkage on its articles' pairwise similarity finds halves much less alike
than each half is inside (a second, similar event whose first article had nowhere better to go).
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

import numpy as np
from scipy import sparse

from accord import tfidf
from accord.group.copies import article_text
from accord.group.features import content_terms, names_and_numbers
from accord.model import Article, Story
from accord.options import DEFAULT, Options
from accord.threads import one_blas_thread

Vector = dict[str, float]
_YEAR = re.compile(r"#(?:19|20)\d\d")  # a year as ``names_and_numbers`` writes it


def _days(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _gap(story: "_StoryState", published: str | None) -> int | None:
    """Days from the story's date range to ``published`` (0 inside it; None when a date is missing)."""
    if not published or not story.first or not story.last:
        return None
    if published < story.first:
        return _days(published, story.first)
    if published > story.last:
        return _days(published, story.last)
    return 0


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
    lead: np.ndarray | None = None  # embedding of title + opening words (not centred)
    # the member's vectors as sparse rows over the index's vocabulary (``StoryIndex._rows``), made on
    # its first split check and kept: a check builds its matrices from arrays, not term by term
    # (with the vocabulary they number terms by: a member can reach another index, e.g. a partition's
    # member replayed by the reconciler, whose columns differ)
    rows: tuple[dict[str, int], tuple[tuple[np.ndarray, np.ndarray], ...]] | None = field(
        default=None, repr=False, compare=False)


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
    size: int = 0  # members added (the centroid's count: an index kept in tables reads members only when needed)

    @property
    def articles(self) -> list[str]:
        return list(self.members)

    @property
    def roots(self) -> set[str]:
        """Distinct originals: wire copies of one original count once."""
        return {m.root for m in self.members.values()}

    def add(self, article_id: str, member: _Member) -> None:
        self.absorb(member)
        self.members[article_id] = member

    def absorb(self, member: _Member) -> None:
        """Add a member's vectors and date to the running centroid and count (not to ``members``)."""
        self.size += 1
        for vec, attr in ((member.body, "body"), (member.names, "names")):
            cen = getattr(self, attr)
            sq = getattr(self, attr + "_norm") ** 2
            for t, w in vec.items():  # update the squared norm term by term: no pass over the centroid
                old = cen.get(t, 0.0)
                cen[t] = old + w
                sq += (old + w) ** 2 - old * old
            setattr(self, attr + "_norm", math.sqrt(max(sq, 0.0)))
        if member.published:
            self.first = min(self.first or member.published, member.published)
            self.last = max(self.last or member.published, member.published)


def _best(score: dict[str, float], k: int) -> list[str]:
    """The ``k`` best of ``score``, highest first and ties by id: ``heapq.nsmallest(k, items,
    key=(-score, id))`` without a key call per item (postings full in a big library score thousands
    of stories per article): the k-th highest score bounds the few that are sorted."""
    if len(score) <= k:
        return sorted(score, key=lambda sid: (-score[sid], sid))
    floor = heapq.nlargest(k, score.values())[-1]
    return sorted((sid for sid, v in score.items() if v >= floor), key=lambda sid: (-score[sid], sid))[:k]


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
        # term key -> the stories most recently posted under it, oldest first (a dict as an ordered
        # set: candidates tied on score keep that order in every process, unlike a set of strings)
        self.postings: defaultdict[str, dict[str, None]] = defaultdict(dict)
        self.next_id = 1
        self.moved: list[tuple[str, str]] = []  # (article, new story) after splits; callers drain it
        self.home: dict[str, str] = {}  # article -> its story now (splits and re-cuts keep it current)
        self.pinned: set[str] = set()  # articles a reader moved (accord.fixes): splits and re-cuts leave them
        self.lead_total: np.ndarray | None = None  # sum of every lead embedding seen (for centring)
        self.lead_n = 0
        self._leads: dict[str, np.ndarray] = {}  # batch-encoded by ``observe``, consumed by ``add``
        self._vocab: dict[str, int] = {}  # term -> column of the members' sparse rows (split checks)

    # -- features ------------------------------------------------------------------------------
    @staticmethod
    def features(article: Article) -> tuple[Counter[str], Counter[str]]:
        text = article_text(article)
        return content_terms(text), names_and_numbers(text)

    @staticmethod
    def lead_text(article: Article, n_words: int = 50) -> str:
        """Title and opening words: where an article says which event it reports."""
        return " ".join(article_text(article).split()[:n_words])

    def _encode_leads(self, articles: list[Article]) -> list[np.ndarray | None]:
        if not self.options.story_lead_weight > 0.0 or not articles:
            return [None] * len(articles)
        from accord.embed import encode  # lazily: the model loads only when the signal is on

        return list(encode([self.lead_text(a) for a in articles]).astype(np.float32))

    def observe(self, articles: Iterable[Article]) -> None:
        """Count document frequencies (and embed leads, in one batch) without assigning."""
        arts = list(articles)
        for art, lead in zip(arts, self._encode_leads(arts)):
            body, names = self.features(art)
            self._count(body, names, lead)
            if lead is not None:
                self._leads[art.id] = lead

    def _count(self, body: Counter[str], names: Counter[str], lead: np.ndarray | None = None) -> None:
        self.n_docs += 1
        self.df_body.update(body.keys())
        self.df_names.update(names.keys())
        if lead is not None:
            self.lead_total = lead.copy() if self.lead_total is None else self.lead_total + lead
            self.lead_n += 1

    def _lead_mean(self) -> np.ndarray | None:
        if not self.lead_n:
            return None
        assert self.lead_total is not None  # summed with every lead counted
        return self.lead_total / self.lead_n

    def _vector(self, counts: Counter[str], df: Counter[str]) -> Vector:
        return tfidf.vector(counts, df, self.n_docs)

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
        gap = _gap(story, published)
        if gap:
            sim *= 0.5 ** (gap / o.story_decay_days)
        return sim

    def names_alone(self, story: _StoryState, body: Vector, names: Vector, published: str | None) -> bool:
        """True when a join into ``story`` would rest on names alone: the article shares no event
        words with it (the body cosine over words that are nobody's name is under
        ``story_event_min``) and either at most ``story_names_alone`` name (a place, a person: a name
        run and its words count once), or the story is dormant (its dates end more than
        ``story_dormant_days`` before the article's, or begin as long after).

        Why: as a library grows, names come back in unrelated news (the same city, the same
        minister); a story that shares one of them, or only names long after it went quiet, is
        another event unless some word says what happened is the same. Articles of one event share
        event words ("quake", "rehab", "strike"): on ECB+, every join across a date gap does.
        """
        o = self.options
        if o.story_event_min <= 0.0 or not story.body_norm:
            return False
        named = {p for t in names if not t.startswith("#") for p in t.split()}
        shared_body = 0.0
        for t, w in body.items():
            if t in named or t in story.names:
                continue
            v = story.body.get(t)
            if v:
                shared_body += w * v
        if shared_body / story.body_norm >= o.story_event_min:
            return False
        shared = [t for t in names if not t.startswith("#") and t in story.names]
        in_runs = {p for t in shared if " " in t for p in t.split()}
        entities = sum(1 for t in shared if " " in t or t not in in_runs)
        if entities <= o.story_names_alone:
            return True
        gap = _gap(story, published)
        return gap is not None and gap > o.story_dormant_days

    def _keys(self, body: Vector, names: Vector) -> list[tuple[str, float]]:
        """The index keys of an article's vectors: its ``story_index_terms`` heaviest terms of each kind."""
        k = self.options.story_index_terms
        return _top(body, k, "b:") + _top(names, k, "n:")

    def _post(self, sid: str, body: Vector, names: Vector) -> None:
        """List story ``sid`` under an article's index keys (it joined or moved there)."""
        for key, _ in self._keys(body, names):
            self._post_key(key, sid)

    def _post_key(self, key: str, sid: str) -> None:
        """Post ``sid`` under ``key`` as its most recent story, keeping the ``story_posting_cap`` most
        recent: a common term's postings would otherwise grow with the library, and so would the
        cost of every article's candidate search (an index kept in tables also writes the row)."""
        posted = self.postings[key]
        posted.pop(sid, None)
        posted[sid] = None
        if len(posted) > self.options.story_posting_cap:
            del posted[next(iter(posted))]

    def _prefetch(self, keys: Sequence[str] = (), stories: Sequence[str] = ()) -> None:
        """Nothing here (all in memory); an index kept in tables reads the postings of an article's
        keys, or its best candidate stories, in one query each instead of one per key or story."""

    def candidates(self, body: Vector, names: Vector) -> list[str]:
        """Stories sharing the article's most distinctive terms, best first (at most ``story_candidates``)."""
        score: dict[str, float] = {}
        get = score.get
        keys = self._keys(body, names)
        self._prefetch(keys=[key for key, _ in keys])
        for key, w in keys:
            for sid in self.postings.get(key, ()):
                score[sid] = get(sid, 0.0) + w
        # ties by id, not by the order of the postings' sets (that follows PYTHONHASHSEED, which differs
        # between processes: the same input gave other stories in another run or on another worker).
        # Postings may name a story that is gone (a restored older state, a story emptied by a move):
        # only the best few are checked for that, not every story scored (in a library each check
        # can be a query, and the scored stories fill up as the postings do)
        k = self.options.story_candidates
        order = lambda kv: (-kv[1], kv[0])  # noqa: E731
        best = _best(score, k)
        self._prefetch(stories=best)
        live = [sid for sid in best if sid in self.stories]
        if len(live) == len(best):
            return live
        live = []
        for sid, _ in sorted(score.items(), key=order):  # stopping at k: each check may read a row
            if sid in self.stories:
                live.append(sid)
                if len(live) == k:
                    break
        return live

    def add(self, article: Article, root: str | None = None, counted: bool = False, story: str | None = None) -> str:
        """Assign ``article`` to its best candidate story above the threshold, or start a new story.

        ``root`` is the original it copies (from ``CopyIndex``), so wire copies count once in
        ``independent``. ``counted`` says ``observe`` already saw it (no double document frequency).
        ``story`` forces the story; without it a wire copy goes where its original is now (a split
        may have moved the original since it arrived), so every caller gets that rule from here.
        """
        if story is None and root is not None:
            story = self.home.get(root)
        body_c, names_c = self.features(article)
        lead_vec = self._leads.pop(article.id, None)
        if lead_vec is None:
            lead_vec = self._encode_leads([article])[0]
            if counted and lead_vec is not None:  # observe counted its terms but never saw this lead
                self._count(Counter(), Counter(), lead_vec)
                self.n_docs -= 1
        if not counted:
            self._count(body_c, names_c, lead_vec)
        body, names = self._vector(body_c, self.df_body), self._vector(names_c, self.df_names)
        lead = _lead(names_c, names)
        best, best_sim = (story if story in self.stories else None), self.options.story_threshold
        passed: list[tuple[float, int, str]] = []  # candidates at or over the threshold, best first
        for n, sid in enumerate([] if best else self.candidates(body, names)):
            sim = self.similarity(self.stories[sid], body, names, article.published, lead)
            if sim >= best_sim:
                passed.append((-sim, -n, sid))  # a later candidate wins a tie, as before
        for _, _, sid in sorted(passed):
            if not self.names_alone(self.stories[sid], body, names, article.published):
                best = sid
                break
        if best is None:
            best = f"s{self.next_id}"
            self.next_id += 1
            self.stories[best] = _StoryState(id=best, title=_title(article))
        state = self.stories[best]
        state.add(article.id, _Member(root or article.id, body, names, article.published, _title(article), lead_vec))
        self.home[article.id] = best
        self._post(best, body, names)
        if state.size >= max(state.next_check, self.options.story_split_min):
            self._check_split(state)
        return self.home[article.id]

    def move(self, article_id: str, to: str | None = None) -> str:
        """Move an indexed article to story ``to`` (created when unknown; a new id when None): a
        reader's fix. Both centroids are rebuilt from their members, so later articles join the
        corrected stories; an emptied story is dropped. Returns the story it is in now."""
        src = self.stories[self.home[article_id]]
        if to == src.id:
            return to
        member = src.members[article_id]
        if to is None:
            to = f"s{self.next_id}"
            self.next_id += 1
        if to not in self.stories:
            self.stories[to] = _StoryState(id=to, title=member.title)
            if to.startswith("s") and to[1:].isdigit():
                self.next_id = max(self.next_id, int(to[1:]) + 1)
        rest = [aid for aid in src.members if aid != article_id]
        if rest:
            kept = _StoryState(id=src.id, title=src.title if src.articles[0] != article_id else
                               src.members[rest[0]].title, next_check=src.next_check)
            for aid in rest:
                kept.add(aid, src.members[aid])
            self.stories[src.id] = kept
        else:
            del self.stories[src.id]
        target = self.stories[to]
        target.add(article_id, member)
        self.stories[to] = target  # set anew: an index kept in tables rewrites its members' rows
        self.home[article_id] = to
        self._post(to, member.body, member.names)
        return to

    def _moved_to(self, article_id: str, sid: str) -> None:
        self.home[article_id] = sid
        self.moved.append((article_id, sid))

    def _rows(self, m: _Member) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
        """A member's body terms, names and years as (columns, weights) arrays, made once per member
        (its vectors never change): what a split check's matrices are stacked from, so a check's
        Python work is the members new since the last one, not the story's size. A term's column is
        ``3 * its number + kind`` (0 body, 1 names, 2 years): the three kinds never share a column,
        so one product serves them all (``_kind_products``)."""
        vocab = self._vocab
        if m.rows is None or m.rows[0] is not vocab:

            def row(vec: Vector, kind: int) -> tuple[np.ndarray, np.ndarray]:
                cols = np.fromiter((3 * vocab.setdefault(t, len(vocab)) + kind for t in vec), dtype=np.int64,
                                   count=len(vec))
                return cols, np.fromiter(vec.values(), dtype=np.float64, count=len(vec))

            m.rows = (vocab, (row(m.body, 0), row(m.names, 1), row({t: 1.0 for t in m.names if _YEAR.fullmatch(t)}, 2)))
        return m.rows[1]

    def _member_sims(self, rows: list[_Member], cols: list[_Member], leads: np.ndarray | None = None) -> np.ndarray:
        """Pairwise article similarity (rows × cols) for the split check.

        The join similarity's body/name cosines, mixed with the centred lead-embedding cosine
        (``story_lead_weight``), plus ``story_year_weight`` when two articles name a common year and
        minus it when both name years but none in common: two events of one kind years apart
        (a drug-rehab stay, an emergency software patch) differ mostly there. ``leads``: the lead
        cosines of these rows and columns when the caller has them (``_lead_sims``).
        """
        o = self.options
        # a story of up to ``story_split_sample`` members is compared with all of itself: its sparse
        # term matrix is built once (the dense lead product is left as it was, numpy sums ``x @ x.T``
        # in another order)
        itself = len(rows) == len(cols) and all(r is c for r, c in zip(rows, cols))
        parts_a = [self._rows(m) for m in rows]
        parts_b = parts_a if itself else [self._rows(m) for m in cols]
        body, names, years = _kind_products(parts_a, parts_b, 3 * len(self._vocab), itself)
        w = o.story_name_weight
        sim = (1.0 - w) * body + w * names
        if leads is None:
            leads = self._lead_sims(rows, cols)
        if leads is not None:
            sim = (1.0 - o.story_lead_weight) * sim + o.story_lead_weight * leads
        if o.story_year_weight:
            both = np.outer([len(p[2][0]) > 0 for p in parts_a], [len(p[2][0]) > 0 for p in parts_b])
            shared = years > 0
            sim += o.story_year_weight * (both & shared) - o.story_year_weight * (both & ~shared)
        return sim

    def _lead_sims(self, rows: list[_Member], cols: list[_Member]) -> np.ndarray | None:
        """Cosines of the members' lead embeddings centred on the mean lead seen (rows × cols), or
        None when the signal is off or a member has no lead."""
        mu = self._lead_mean()
        if mu is None or not self.options.story_lead_weight > 0.0 or any(m.lead is None for m in rows + cols):
            return None

        def centred(mems: list[_Member]) -> np.ndarray:
            x = np.stack([m.lead for m in mems if m.lead is not None]) - mu  # none is (checked above)
            return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)

        return centred(rows) @ centred(cols).T

    def _bipartition(self, story: _StoryState) -> tuple[list[str], list[str], float]:
        """The story's members in two groups (Ward linkage on pairwise similarity) and the mean
        similarity between the groups' articles (relative to the closer-knit group's within).

        Ward finds the two events of a merged story far better than 2-means from seeds (measured on
        ECB+ topics). Large stories: Ward runs on an even sample of ``story_split_sample`` members and
        the rest go to the group they are on average closer to (cost stays bounded per check).
        When the ratio is at or over ``story_split_threshold`` no caller splits, so the rest are not
        placed (all members come back in the first group): Ward and the ratio need the sample's
        similarities only, and most checks of a big story (a re-cut's union with a big neighbour,
        which grows with the library) end there — the sample × sample term product instead of
        all × sample, and no pass over the rest.
        """
        from scipy.spatial.distance import squareform

        ids = list(story.members)
        mems = [story.members[i] for i in ids]
        step = max(1, math.ceil(len(ids) / self.options.story_split_sample))
        sample = list(range(0, len(ids), step))
        cols = [mems[k] for k in sample]
        # the lead cosines of all × sample, as before: BLAS sums a row's products in an order that
        # depends on the matrix's shape, so the sample's rows are taken from the same product (the
        # same floats, the same stories); it is the cheap part (dense, 384 wide)
        leads = self._lead_sims(mems, cols)
        sub = self._member_sims(cols, cols, None if leads is None else leads[sample])
        dist = np.maximum(1.0 - (sub + sub.T) / 2.0, 0.0)
        np.fill_diagonal(dist, 0.0)
        labels = _ward_two(squareform(dist, checks=False))
        in_a = labels == labels[0]
        if in_a.all():
            return ids, [], 1.0
        between = float(sub[np.ix_(in_a, ~in_a)].mean())
        within = min(_mean_off_diagonal(sub[np.ix_(g, g)]) for g in (in_a, ~in_a))
        between = between / within if within > 0 else 1.0
        if between >= self.options.story_split_threshold:
            return ids, [], between
        group = np.empty(len(ids), dtype=bool)
        group[sample] = in_a
        rest = [i for i in range(len(ids)) if i % step]
        if rest:
            group[rest] = self._place([mems[i] for i in rest], cols, in_a, None if leads is None else leads[rest])
        return [ids[i] for i in np.where(group)[0]], [ids[i] for i in np.where(~group)[0]], between

    def _place(self, rest: list[_Member], cols: list[_Member], in_a: np.ndarray,
               leads: np.ndarray | None) -> np.ndarray:
        """Per member of ``rest``: is its mean similarity to the sample's ``in_a`` columns at least its
        mean to the others (``_closer`` of its ``_member_sims`` row)? Each term product is linear in
        the column's row, so a row's mean over a group is its product with the group's mean row: one
        pass over the rest's terms (its nonzeros) instead of a rest × sample product (a re-cut's
        union with a big neighbour places a thousand members, mostly to change nothing). The year
        bonus (a shared year, or none shared) is not linear: it is counted from the rest × sample
        product of the year rows alone (a few terms). The lead cosines are ``leads`` (rest ×
        sample, as the check computed them). Those sums differ from the rows' own means by rounding
        only (~1e-13), so a member whose two means are within ``_NEAR`` is placed from its exact row
        as before: the same groups to the last bit."""
        o = self.options
        w, yw = o.story_name_weight, o.story_year_weight
        parts_r = [self._rows(m) for m in rest]
        parts_c = [self._rows(m) for m in cols]
        width = 3 * len(self._vocab)
        n = len(rest)
        groups = (in_a, ~in_a)
        sizes = [int(g.sum()) for g in groups]
        kinds = []
        for k in (0, 1):  # body and names: each rest row's terms times each group's summed weights
            col_at, col_w, col_in_a = _flat(parts_c, k, in_a)
            row_at, row_w, owner = _flat(parts_r, k, np.arange(n))
            per_group = []
            for g, size in ((col_in_a, sizes[0]), (~col_in_a, sizes[1])):
                total = np.bincount(col_at, col_w * g, minlength=width)  # the group's weights by column
                per_group.append(np.bincount(owner, row_w * total[row_at], minlength=n) / size)
            kinds.append(per_group)
        mean = [(1.0 - w) * kinds[0][j] + w * kinds[1][j] for j in range(2)]
        if leads is not None:
            lw = o.story_lead_weight
            lead64 = leads.astype(np.float64)
            mean = [(1.0 - lw) * mean[j] + lw * lead64[:, g].mean(axis=1) for j, g in enumerate(groups)]
        if yw:
            has_r = np.array([len(p[2][0]) > 0 for p in parts_r])
            has_c = np.array([len(p[2][0]) > 0 for p in parts_c])
            shared = (_kind_matrix(parts_r, 2, width) @ _kind_matrix(parts_c, 2, width).T).tocoo()
            hit = shared.data > 0
            for j, (g, size) in enumerate(zip(groups, sizes)):
                on = hit & g[shared.col]
                count = np.bincount(shared.row[on], minlength=n)
                mean[j] = mean[j] + yw * (2.0 * count - has_r * int((has_c & g).sum())) / size
        diff = mean[0] - mean[1]
        out = diff >= 0.0
        near = np.flatnonzero(np.abs(diff) <= _NEAR)
        if len(near):
            exact = self._member_sims([rest[i] for i in near], cols, None if leads is None else leads[near])
            out[near] = _closer(exact, in_a)
        return out

    def _recut(self, story: _StoryState) -> None:
        """Re-cut ``story`` and its nearest neighbour story in two (Ward) when the union splits clearly.

        Only a union Ward sees whole (at most ``story_split_sample`` members): the re-cut is there to
        move articles between two neighbouring events, and a sampled union of a small story with a
        big neighbour (a story of common names, which grows with the library) holds a few of the
        small story's members among hundreds of the other's. Its cuts moved articles the wrong way
        (generated Zipf stream, 2,000 articles into 10k and 27.5k libraries: 53 of 60 moves took an
        article from a story holding its event to one without it, 4 the other way), and it cost a
        pass over the big story at every check of each small one beside it. A big story is still
        checked for a split on its own schedule.
        """
        o = self.options
        nb = [sid for sid in self.candidates(_unit(story.body), _unit(story.names)) if sid != story.id][:1]
        if not nb:
            return
        other = self.stories[nb[0]]
        if len(story.members) + other.size > o.story_split_sample:  # its row's count: no member read
            return
        union = _StoryState(id="", title="")
        union.members = {**story.members, **other.members}
        a, b, r = self._bipartition(union)
        if r >= o.story_split_threshold or min(len(a), len(b)) < o.story_split_min_part:
            return
        sa = len(set(a) & set(story.members))
        sb = len(set(b) & set(story.members))
        mine, theirs = (a, b) if sa >= sb else (b, a)
        if self.pinned:  # articles a reader placed stay where they are
            mine = [i for i in mine if i not in self.pinned or i in story.members] + \
                [i for i in theirs if i in self.pinned and i in story.members]
            theirs = [i for i in union.members if i not in set(mine)]
            if not mine or not theirs:
                return
        if set(mine) == set(story.members):
            return
        for st, ids in ((story, mine), (other, theirs)):
            new = _StoryState(id=st.id, title=st.title, next_check=st.next_check)
            for i in ids:
                new.add(i, union.members[i])
                if i not in st.members:
                    self._moved_to(i, st.id)
                    self._post(st.id, union.members[i].body, union.members[i].names)
            self.stories[st.id] = new

    def _check_split(self, story: _StoryState) -> None:
        """Split a story whose members form two groups less alike than one event's articles are.

        Runs at sizes growing geometrically (amortised cost stays linear): a story that swallowed a
        second, similar event early (the first article of the new event had nowhere better to go) is
        separated once enough articles show the two groups apart. BLAS runs on one thread here
        (``accord.threads.one_blas_thread``).
        """
        with one_blas_thread():  # a check's products are small (accord.threads)
            self._split_or_recut(story)

    def _split_or_recut(self, story: _StoryState) -> None:
        """``_check_split``'s work: the bipartition, then the split or the re-cut."""
        o = self.options
        story.next_check = int(len(story.members) * o.story_split_growth) + 1
        a, b, sim = self._bipartition(story)
        if sim >= o.story_split_threshold or min(len(a), len(b)) < o.story_split_min_part:
            if o.story_recut:
                self._recut(story)
            return
        keep, move = (a, b) if len(a) >= len(b) else (b, a)
        if self.pinned:  # articles a reader placed stay where they are
            keep, move = keep + [i for i in move if i in self.pinned], [i for i in move if i not in self.pinned]
            if len(move) < o.story_split_min_part:
                return
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
            self._moved_to(i, new_id)
            self._post(new_id, members[i].body, members[i].names)

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
                 "members": [[aid, m.root, r(m.body), r(m.names), m.published, m.title,
                              None if m.lead is None else [round(float(x), 4) for x in m.lead]]
                             for aid, m in s.members.items()]}
                for s in self.stories.values()
            ],
            "lead_total": None if self.lead_total is None else [float(x) for x in self.lead_total],
            "lead_n": self.lead_n,
            "postings": {k: list(v) for k, v in self.postings.items()},
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
            for aid, root, body, names, published, title, *lead in s["members"]:  # older states: no lead
                vec = np.asarray(lead[0], dtype=np.float32) if lead and lead[0] is not None else None
                st.add(aid, _Member(root, body, names, published, title, vec))
                idx.home[aid] = st.id
            idx.stories[st.id] = st
        for k, v in data["postings"].items():
            idx.postings[k] = dict.fromkeys(v[-options.story_posting_cap:])
        if data.get("lead_total") is not None:
            idx.lead_total = np.asarray(data["lead_total"], dtype=np.float32)
            idx.lead_n = int(data.get("lead_n", 0))
        return idx


def _ward_two(condensed: np.ndarray) -> np.ndarray:
    """``fcluster(linkage(condensed, "ward"), 2, "maxclust")``: each member's group (1 or 2).

    The same compiled routines those two call, without their Python-level checks of the input and
    of the linkage (most of a small check's clustering time; the distances here are finite by
    construction, and the linkage is scipy's own); the public functions when the routines are not
    where scipy 1.17 keeps them, or when a distance is not finite (they raise the error).
    """
    from scipy.cluster import hierarchy

    try:
        from scipy.cluster import _hierarchy

        nn_chain, maxclust = _hierarchy.nn_chain, _hierarchy.cluster_maxclust_dist
        ward = hierarchy._LINKAGE_METHODS["ward"]
    except (ImportError, AttributeError, KeyError):  # another scipy: the public way
        return hierarchy.fcluster(hierarchy.linkage(condensed, "ward"), 2, "maxclust")
    y = np.ascontiguousarray(condensed, dtype=np.float64)
    n = int(round((1 + math.sqrt(1 + 8 * len(y))) / 2))
    if n < 2 or n * (n - 1) // 2 != len(y) or not np.isfinite(y).all():
        return hierarchy.fcluster(hierarchy.linkage(condensed, "ward"), 2, "maxclust")
    labels = np.zeros(n, dtype="i")
    maxclust(np.ascontiguousarray(nn_chain(y, n, ward), dtype=np.float64), labels, n, 2)
    return labels


_STACKED_MAX = 1_000_000  # cells of the one dense product of all kinds (9 × rows × cols) at most


_Rows = tuple[tuple[np.ndarray, np.ndarray], ...]  # a member's (columns, weights) of each kind


def _kind_products(parts_a: list[_Rows], parts_b: list[_Rows], width: int, itself: bool) -> list[np.ndarray]:
    """rows·cols dot products of each kind of member row (``StoryIndex._rows``: body, names, years).

    One sparse product of rows stacked three per member (one per kind; the kinds' columns are
    disjoint, so a kind's row meets only the same kind's), not one per kind: a split check of a
    news story multiplies a few dozen rows, where scipy's fixed cost per product was most of the
    check. Each cell is summed exactly as a product of that kind alone sums it (the row's terms in
    its own order), so the floats are the same. Past ``_STACKED_MAX`` cells (a very big story) the
    kinds are multiplied one by one, which needs no 9× dense block.
    """
    def matrix(parts: list[_Rows], kinds: tuple[int, ...]) -> sparse.csr_matrix:
        rows = [p[k] for p in parts for k in kinds]
        ptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(r[0]) for r in rows], out=ptr[1:])
        if not rows or not ptr[-1]:
            return sparse.csr_matrix((len(rows), width))
        return sparse.csr_matrix((np.concatenate([r[1] for r in rows]), np.concatenate([r[0] for r in rows]), ptr),
                                 shape=(len(rows), width))

    if 9 * len(parts_a) * len(parts_b) <= _STACKED_MAX:
        ma = matrix(parts_a, (0, 1, 2))
        both = (ma @ (ma if itself else matrix(parts_b, (0, 1, 2))).T).toarray()
        return [both[k::3, k::3] for k in range(3)]
    out = []
    for k in range(3):
        ma = matrix(parts_a, (k,))
        out.append((ma @ (ma if itself else matrix(parts_b, (k,))).T).toarray())
    return out


def _flat(parts: list[_Rows], kind: int, tag: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The members' rows of one kind end to end: columns, weights, and each entry's member's ``tag``."""
    lengths = [len(p[kind][0]) for p in parts]
    if not sum(lengths):
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=tag.dtype)
    return (np.concatenate([p[kind][0] for p in parts]), np.concatenate([p[kind][1] for p in parts]),
            np.repeat(tag, lengths))


def _kind_matrix(parts: list[_Rows], kind: int, width: int) -> sparse.csr_matrix:
    """The members' rows of one kind as a sparse matrix (a row per member)."""
    ptr = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum([len(p[kind][0]) for p in parts], out=ptr[1:])
    if not ptr[-1]:
        return sparse.csr_matrix((len(parts), width))
    return sparse.csr_matrix((np.concatenate([p[kind][1] for p in parts]), np.concatenate([p[kind][0] for p in parts]),
                              ptr), shape=(len(parts), width))


# two group means of a placed member closer than this are summed row by row (``StoryIndex._place``):
# far above the rounding of a mean taken another way (~1e-13), far below any real preference
_NEAR = 1e-7


def _closer(sim: np.ndarray, in_a: np.ndarray) -> np.ndarray:
    """Per row: is its mean over the ``in_a`` columns at least its mean over the others?

    As ``sim[i, in_a].mean() >= sim[i, ~in_a].mean()`` row by row (the floats of numpy's 1-D
    pairwise sum; a mean along an axis sums in another order): the means of all rows at once decide
    every row whose two means are more than 1e-9 apart, and only the near-ties are summed the 1-D
    way — one pass over the rows instead of a Python loop (a big story's re-cut places a thousand
    members). Not a threshold: any margin above the rounding of a few thousand similarities' means
    (~1e-13) gives the same answer."""
    diff = sim[:, in_a].mean(axis=1) - sim[:, ~in_a].mean(axis=1)
    out = diff >= 0.0
    for i in np.flatnonzero(np.abs(diff) <= 1e-9):
        out[i] = sim[i, in_a].mean() >= sim[i, ~in_a].mean()
    return out


def _mean_off_diagonal(block: np.ndarray) -> float:
    n = len(block)
    return float((block.sum() - np.trace(block)) / (n * (n - 1))) if n > 1 else 0.0


def _unit(vec: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


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
