"""Grouping: wire copies and online stories on small stories written for the test (``texts`` in conftest)."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from accord.group import CopyIndex, StoryIndex, assign, find_copies
from accord.group.stories import _Member, _StoryState
from accord.model import Article
from accord.options import DEFAULT

OTHER = [
    ("The central bank of Norway raised its key interest rate to 4.5 percent on Thursday, Norges Bank "
     "governor Ida Wolden Bache said in Oslo, citing inflation and a weak krone."),
]

SAME_STORY_OTHER_OUTLET = (
    "Troops from the regional alliance started flying home on Thursday after their commander declared "
    "the operation complete. Officials of the government thanked the alliance, while opposition groups "
    "asked how many people had been detained during the week of unrest and who gave the order to fire."
)


def arts(bodies: Sequence[str], prefix: str) -> list[Article]:
    return [Article(id=f"{prefix}{i}", title="", text=t) for i, t in enumerate(bodies)]


def test_two_earthquakes_in_one_week_stay_apart_in_any_order(texts) -> None:
    a, b, o = arts(texts.quake_a, "peru"), arts(texts.quake_b, "turkey"), arts(OTHER, "bank")
    for order in (a + b + o, [a[0], b[0], a[1], b[1], o[0], a[2], b[2]], b + o + a):
        story = assign(order).story
        assert len({story[x.id] for x in a}) == 1
        assert len({story[x.id] for x in b}) == 1
        assert story[a[0].id] != story[b[0].id]
        assert story[o[0].id] not in (story[a[0].id], story[b[0].id])


def test_online_index_joins_later_articles_and_counts_copies_once(texts) -> None:
    idx = StoryIndex(DEFAULT)
    first = idx.add(Article(id="w", title="", text=texts.wire))
    assert idx.add(Article(id="c", title="", text=texts.wire_copy), root="w") == first
    assert idx.add(Article(id="q", title="", text=texts.quake_a[0])) != first
    story = idx.story(first)
    assert story.articles == ["w", "c"] and story.independent == 1


def test_index_state_round_trips_through_json(texts) -> None:
    idx = StoryIndex(DEFAULT)
    for art in arts(texts.quake_a[:2], "p") + arts(texts.quake_b[:2], "t"):
        idx.add(art)
    again = StoryIndex.from_dict(json.loads(json.dumps(idx.to_dict())), DEFAULT)
    assert again.add(Article(id="p9", title="", text=texts.quake_a[2])) == idx.add(Article(id="p9", title="", text=texts.quake_a[2]))
    assert again.add(Article(id="t9", title="", text=texts.quake_b[2])) == idx.story("s2").id


def test_reworded_trimmed_copy_points_to_the_earliest_original(texts) -> None:
    docs = [
        Article(id="late", title="", text=texts.wire_copy, published="2022-01-14"),
        Article(id="orig", title="", text=texts.wire, published="2022-01-13"),
        Article(id="other", title="", text=SAME_STORY_OTHER_OUTLET, published="2022-01-13"),
        Article(id="quake", title="", text=texts.quake_a[0]),
    ]
    assert find_copies(docs) == {"late": "orig"}


def test_copy_of_a_copy_points_to_the_root(texts) -> None:
    idx = CopyIndex(DEFAULT)
    assert idx.add("a", texts.wire) is None
    assert idx.add("b", texts.wire_copy) == "a"
    assert idx.add("c", texts.wire_copy + "\nOne more closing line added by a third outlet.") == "a"
    assert idx.add("d", SAME_STORY_OTHER_OUTLET) is None


def test_short_texts_are_never_copies() -> None:
    idx = CopyIndex(DEFAULT)
    idx.add("a", "Troops begin leaving the country after the mission ended.")
    assert idx.add("b", "Troops begin leaving the country after the mission ended.") is None


def test_a_story_that_swallowed_a_second_event_is_split(texts) -> None:
    idx = StoryIndex(DEFAULT)
    peru = arts(texts.quake_a + texts.more_a, "p")
    turkey = arts(texts.quake_b + texts.more_b, "t")
    first = idx.add(peru[0])
    for art in [a for pair in zip(peru[1:], turkey) for a in pair] + turkey[len(peru) - 1:]:
        idx.add(art, story=first)  # forced: as if the first quake's story had swallowed the second
    by_story = {sid: set(st.articles) for sid, st in idx.stories.items()}
    assert {a.id for a in peru} in by_story.values()
    assert {a.id for a in turkey} in by_story.values()
    assert {aid for aid, _ in idx.moved} in ({a.id for a in turkey}, {a.id for a in peru})


# Two emergency browser patches by one company, five years apart: same company, product and words;
# the years (and the flaw's details) are what tells the two events apart.
PATCH_2008 = [
    "Microsoft issued an emergency patch for Internet Explorer on Wednesday, December 17, 2008, "
    "to close a flaw hackers used to take over computers.",
    "The out-of-band Internet Explorer fix Microsoft shipped in December 2008 closes a data-binding "
    "flaw that attackers had exploited for a week.",
    "Microsoft said the December 2008 emergency update for Internet Explorer should be installed at "
    "once; the data-binding flaw hit two million machines.",
    "Security firms urged Internet Explorer users to take Microsoft's December 2008 patch for the "
    "data-binding hole, exploited through hacked Chinese sites.",
    "In an unusual move in December 2008, Microsoft released an Internet Explorer patch outside its "
    "monthly cycle to stop the data-binding attacks.",
]
PATCH_2013 = [
    "Microsoft released an emergency fix for Internet Explorer on Tuesday, September 17, 2013, after "
    "hackers exploited a memory flaw in targeted attacks.",
    "The September 2013 Internet Explorer Fix it tool from Microsoft blocks a memory corruption flaw "
    "used against companies in Japan.",
    "Microsoft urged Internet Explorer users in September 2013 to apply its temporary fix for the "
    "memory flaw while a full patch is prepared.",
    "Attackers used the Internet Explorer memory flaw Microsoft addressed in September 2013 against "
    "Japanese targets, security researchers said.",
    "Microsoft's September 2013 emergency Internet Explorer fix covers every version from 6 to 11, "
    "the company said of the memory flaw.",
]


def test_one_kind_of_event_years_apart_is_split_in_two() -> None:
    old, new = arts(PATCH_2008, "old"), arts(PATCH_2013, "new")
    idx = StoryIndex(DEFAULT)
    first = idx.add(old[0])
    for art in [a for pair in zip(old[1:], new) for a in pair] + new[len(old) - 1:]:
        idx.add(art, story=first)  # forced into one story, as if the first article had swallowed both
    by_story = {sid: set(st.articles) for sid, st in idx.stories.items()}
    assert {a.id for a in old} in by_story.values()
    assert {a.id for a in new} in by_story.values()


def test_an_article_in_the_wrong_sibling_story_moves_over_when_the_two_are_re_cut() -> None:
    opts = DEFAULT.with_(story_threshold=2.0, story_split_min=6, story_split_min_part=3)  # no free joins
    old, new = arts(PATCH_2008, "old"), arts(PATCH_2013, "new")
    idx = StoryIndex(opts)
    later = idx.add(new[1])
    for art in new[2:]:
        idx.add(art, story=later)
    first = idx.add(old[0])
    for art in [new[0]] + old[1:]:  # new[0] joined the 2008 story by mistake
        idx.add(art, story=first)
    by_story = {sid: set(st.articles) for sid, st in idx.stories.items()}
    assert by_story == {first: {a.id for a in old}, later: {a.id for a in new}}
    assert ("new0", later) in idx.moved


# Longer versions (long enough to be re-run as wire copies) of one article of each patch story.
LONG_2008 = (
    "Microsoft issued an emergency patch for Internet Explorer on Wednesday, December 17, 2008, to "
    "close a data-binding flaw that hackers used to take over computers through hacked Chinese sites. "
    "The out-of-band update, released outside the monthly cycle, should be installed at once, the "
    "company said, after security firms counted two million infected machines in a week. Researchers "
    "said the attackers stole game passwords and planted malware on visitors of legitimate sites, and "
    "that the flaw affected every supported version of the browser on Windows."
)
LONG_2013 = (
    "Microsoft released an emergency fix for Internet Explorer on Tuesday, September 17, 2013, after "
    "hackers exploited a memory corruption flaw in targeted attacks against companies in Japan. The "
    "temporary Fix it tool blocks the attack while engineers prepare a full security update, the "
    "company said, urging users of every version from 6 to 11 to apply it at once. Researchers said "
    "the attackers lured victims to booby-trapped websites and installed remote access software on "
    "the computers they reached, and that more attacks were likely before the patch is ready."
)


def test_a_wire_copy_joins_the_story_its_original_was_moved_to_by_a_split() -> None:
    """The two patch stories start as one and are split; copies arriving later follow their originals."""
    old, new = arts(PATCH_2008, "old"), arts(PATCH_2013, "new")
    batch = [Article(id="old-long", title="", text=LONG_2008), Article(id="new-long", title="", text=LONG_2013)]
    batch += [a for pair in zip(old, new) for a in pair]
    batch += [Article(id="old-copy", title="", text=LONG_2008), Article(id="new-copy", title="", text=LONG_2013)]
    g = assign(batch)
    assert g.copy_of == {"old-copy": "old-long", "new-copy": "new-long"}
    assert g.story["new-long"] != g.story["old-long"]  # the split happened
    assert g.story["old-copy"] == g.story["old-long"]
    assert g.story["new-copy"] == g.story["new-long"]


def dated(bodies: Sequence[str], prefix: str, dates: list[str]) -> list[Article]:
    return [Article(id=f"{prefix}{i}", title="", text=t, published=d) for i, (t, d) in enumerate(zip(bodies, dates))]


def test_a_follow_up_weeks_later_still_joins_its_story(texts) -> None:
    # One event's coverage runs for weeks (charges filed, a trial date): a short decay would cut it.
    a = dated(texts.quake_a, "p", ["2023-03-01", "2023-03-02", "2023-04-20"])
    story = assign(a).story
    assert len({story[x.id] for x in a}) == 1


def test_the_same_kind_of_event_a_decade_later_is_a_new_story(texts) -> None:
    a = dated(texts.quake_a, "p", ["2011-03-01", "2011-03-02", "2023-03-01"])
    story = assign(a).story
    assert story["p0"] == story["p1"] != story["p2"]


def test_a_headline_the_text_opens_with_is_read_once() -> None:
    from accord.group import article_text

    body = "Quake kills 14 in northern Peru\nA magnitude 6.8 earthquake struck northern Peru."
    assert article_text(Article(id="a", title="Quake kills 14 in northern Peru", text=body)) == body
    assert article_text(Article(id="b", title="Quake kills 14 in…", text=body)) == body  # a reader's cut title
    assert article_text(Article(id="c", title="Peru quake", text=body)) == "Peru quake\n" + body



def test_candidates_skip_a_story_that_is_gone_without_losing_a_place() -> None:
    idx = StoryIndex(dataclasses.replace(DEFAULT, story_candidates=2))
    idx.postings["b:quake"] = {"s2": None, "s1": None, "s3": None}
    idx.postings["b:city"] = {"s2": None, "s3": None}
    for sid in ("s1", "s3"):
        idx.stories[sid] = _StoryState(id=sid, title=sid)
    body = {"quake": 0.8, "city": 0.6}
    assert idx.candidates(body, {}) == ["s3", "s1"]  # s2 scores best but is gone (emptied by a move)
    idx.stories["s2"] = _StoryState(id="s2", title="s2")
    assert idx.candidates(body, {}) == ["s2", "s3"]  # the best two; a tie goes by id


def test_best_candidates_are_the_highest_scores_with_ties_by_id() -> None:
    import heapq
    import random

    from accord.group.stories import _best

    rng = random.Random(7)
    for n in (0, 3, 10, 11, 500):
        for k in (1, 10):
            score = {f"s{rng.randrange(10**6)}": rng.choice([0.5, 1.0, 1.5, rng.random()]) for _ in range(n)}
            want = [sid for sid, _ in heapq.nsmallest(k, score.items(), key=lambda kv: (-kv[1], kv[0]))]
            assert _best(score, k) == want



def test_a_story_compared_with_itself_gets_the_same_similarities_from_one_matrix() -> None:
    """The split check's member similarities of a story with all of itself (one matrix built) equal
    those computed with a copy of each member as the columns (two matrices), exactly."""
    import copy

    import numpy as np

    from accord.eval.scale import synthetic_articles

    index = StoryIndex()
    for art in synthetic_articles(120, seed=2):
        index.add(art)
    story = max(index.stories.values(), key=lambda st: st.size)
    mems = list(story.members.values())
    assert len(mems) >= 5
    one = index._member_sims(mems, mems)
    two = index._member_sims(mems, [copy.copy(m) for m in mems])
    assert one.shape == (len(mems), len(mems)) and np.array_equal(one, two)


def test_split_check_similarities_are_the_term_by_term_formula_and_rows_are_made_once() -> None:
    import numpy as np

    from accord.eval.scale import synthetic_articles
    from accord.group.stories import _YEAR

    o = dataclasses.replace(DEFAULT, story_lead_weight=0.0)
    index = StoryIndex(o)
    for art in synthetic_articles(150, seed=5):
        index.add(art)
    story = max(index.stories.values(), key=lambda st: st.size)
    mems = list(story.members.values())
    cols = mems[::2]
    got = index._member_sims(mems, cols)

    def dot(a: dict, b: dict) -> float:
        return sum(w * b.get(t, 0.0) for t, w in a.items())

    def years(m) -> set:
        return {t for t in m.names if _YEAR.fullmatch(t)}

    w, y = o.story_name_weight, o.story_year_weight
    want = np.array([[(1 - w) * dot(a.body, b.body) + w * dot(a.names, b.names)
                      + (y if years(a) & years(b) else -y if years(a) and years(b) else 0.0) for b in cols] for a in mems])
    assert got.shape == (len(mems), len(cols)) and np.allclose(got, want, rtol=0, atol=1e-12)
    made = [m.rows for m in mems]
    assert all(r is not None for r in made)
    index._member_sims(mems, mems)  # the next check stacks the rows it has: none is made again
    assert all(m.rows is r for m, r in zip(mems, made))
    other = StoryIndex(o)  # another index (a partition's members replayed) numbers terms its own way
    other._vocab.update({"zzz": 0, "yyy": 1})
    assert np.array_equal(other._member_sims(mems, cols), got)
    assert all(m.rows is not r for m, r in zip(mems, made))


def test_one_stacked_product_gives_each_kinds_split_similarities_to_the_last_bit() -> None:
    """A split check multiplies the members' body, name and year rows in one sparse product; each
    kind's cells are the floats a product of that kind alone gives (and the one-kind-at-a-time path
    for very big stories agrees), so splits and stories stay exactly as they were."""
    import numpy as np
    from scipy import sparse

    from accord.group import stories as st

    def rows(body: dict[int, float], names: dict[int, float], years: dict[int, float]) -> st._Rows:
        return tuple((np.array([3 * t + k for t in vec], dtype=np.int64), np.array(list(vec.values())))
                     for k, vec in enumerate((body, names, years)))

    members = [rows({0: 0.1, 4: 0.7, 2: 0.3}, {1: 0.9}, {}), rows({2: 1 / 3, 0: 0.2}, {1: 0.4, 5: 0.6}, {5: 1.0}),
               rows({}, {}, {}), rows({4: 0.25, 3: 0.15, 0: 0.6}, {5: 0.3}, {5: 1.0})]
    width = 3 * 6

    def alone(k: int) -> np.ndarray:
        m = sparse.csr_matrix((np.concatenate([r[k][1] for r in members]), np.concatenate([r[k][0] for r in members]),
                               np.cumsum([0] + [len(r[k][0]) for r in members])), shape=(len(members), width))
        return (m @ m.T).toarray()

    kept = st._STACKED_MAX
    try:
        for limit in (kept, 0):  # stacked, then kind by kind
            st._STACKED_MAX = limit
            got = st._kind_products(members, members, width, True)
            assert all(np.array_equal(got[k], alone(k)) for k in range(3))
    finally:
        st._STACKED_MAX = kept
    body = st._kind_products(members, members[1:2], width, False)[0]
    assert body[0, 0] == 0.1 * 0.2 + 0.3 * (1 / 3)  # the first row's terms in its own order
    assert not st._kind_products(members, members, width, True)[2][0].any()  # no years, no year overlap


def test_the_split_checks_ward_cut_is_scipys_own() -> None:
    """``_ward_two`` calls scipy's compiled Ward linkage and 2-cluster cut without their Python checks:
    the same groups as ``fcluster(linkage(..., "ward"), 2, "maxclust")``, ties and all, and the
    same error for a distance that is not finite."""
    import numpy as np
    import pytest
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from accord.group.stories import _ward_two

    def public(d: np.ndarray) -> np.ndarray:
        return fcluster(linkage(d, "ward"), 2, "maxclust")

    two_events = np.array([[0, .1, .2, .9, .8], [.1, 0, .1, .9, .9], [.2, .1, 0, .8, .9],
                           [.9, .9, .8, 0, .1], [.8, .9, .9, .1, 0]])
    tied = np.full((4, 4), 0.5) - 0.5 * np.eye(4)  # every pair as far apart: one group
    for square in (two_events, tied, np.array([[0, .3], [.3, 0]])):
        d = squareform(square, checks=False)
        assert np.array_equal(_ward_two(d), public(d))
    labels = _ward_two(squareform(two_events, checks=False))
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1 and labels[0] != labels[3]
    assert len(set(_ward_two(squareform(tied, checks=False)))) == 1
    with pytest.raises(ValueError):
        _ward_two(np.array([0.1, np.nan, 0.2]))


def _story_of(texts: Sequence[str], published: str, options=DEFAULT) -> tuple[StoryIndex, str]:
    idx = StoryIndex(options)
    arts = [Article(id=f"old{i}", title="", text=t, published=published) for i, t in enumerate(texts)]
    idx.observe(arts)
    sids = {idx.add(a, counted=True) for a in arts}
    assert len(sids) == 1
    return idx, sids.pop()


_FLOOD = ["Floodwater swept through Varnholm on Monday after the river burst its banks, and rescue crews "
          "pulled residents from rooftops as the levee gave way.",
          "Rescue crews in Varnholm worked through the night as floodwater rose; the river burst its banks "
          "and the levee gave way, residents said."]


def test_a_join_resting_on_one_shared_place_and_no_event_words_is_refused() -> None:
    """A new article that shares only a place with an older story (no word of what happened) starts
    its own story; one that also shares event words joins."""
    idx, flood = _story_of(_FLOOD, "2024-03-04")
    festival = Article(id="n1", title="", published="2024-03-05",
                       text="Varnholm opened its annual jazz festival with a parade; musicians from twelve countries "
                            "played on open-air stages for ticket holders.")
    follow_up = Article(id="n2", title="", published="2024-03-05",
                        text="In Varnholm the river fell on Tuesday; rescue crews said the levee that gave way "
                             "would be rebuilt before residents return.")
    assert idx.names_alone(idx.stories[flood], *_vectors(idx, festival), festival.published)
    assert idx.add(festival) != flood
    assert idx.add(follow_up) == flood
    # the rule off (story_event_min 0): the festival joins the flood on the place alone, as before
    off, flood_off = _story_of(_FLOOD, "2024-03-04", DEFAULT.with_(story_event_min=0.0))
    assert off.add(festival) == flood_off


def test_names_alone_needs_two_names_or_a_story_still_running() -> None:
    """Sharing two names (a person and a place) and no event words joins a running story, but not a
    dormant one (its last article more than ``story_dormant_days`` before)."""
    texts = ["Mayor Ilse Brandqvist of Varnholm " + t for t in _FLOOD]
    text = ("Mayor Ilse Brandqvist of Varnholm cut the ribbon of a new public library, with reading rooms "
            "and a children's wing paid for by local donors.")
    for published, dormant in (("2024-03-06", False), ("2024-05-20", True)):
        idx, flood = _story_of(texts, "2024-03-04")
        art = Article(id="n", title="", text=text, published=published)
        assert idx.names_alone(idx.stories[flood], *_vectors(idx, art), published) is dormant
    # no dates: never dormant
    idx, flood = _story_of(texts, "")
    assert not idx.names_alone(idx.stories[flood], *_vectors(idx, Article(id="m", title="", text=text)), None)


def _vectors(idx: StoryIndex, art: Article) -> tuple[dict[str, float], dict[str, float]]:
    body, names = StoryIndex.features(art)
    return idx._vector(body, idx.df_body), idx._vector(names, idx.df_names)


def _old_bipartition(index: StoryIndex, story: _StoryState) -> tuple[list[str], list[str], float]:
    """The split check's cut as it was before the sample-first order: all × sample similarities,
    every member placed, the ratio from the sample's rows."""
    import math

    import numpy as np
    from scipy.spatial.distance import squareform

    from accord.group.stories import _mean_off_diagonal, _ward_two

    ids = list(story.members)
    mems = [story.members[i] for i in ids]
    step = max(1, math.ceil(len(ids) / index.options.story_split_sample))
    sample = list(range(0, len(ids), step))
    sim = index._member_sims(mems, [mems[k] for k in sample])
    sub = sim[sample]
    dist = np.maximum(1.0 - (sub + sub.T) / 2.0, 0.0)
    np.fill_diagonal(dist, 0.0)
    in_a = (lab := _ward_two(squareform(dist, checks=False))) == lab[0]
    if in_a.all():
        return ids, [], 1.0
    pos = {k: n for n, k in enumerate(sample)}
    group = np.array([in_a[pos[i]] if i in pos else sim[i, in_a].mean() >= sim[i, ~in_a].mean()
                      for i in range(len(ids))], dtype=bool)
    between = float(sub[np.ix_(in_a, ~in_a)].mean())
    within = min(_mean_off_diagonal(sub[np.ix_(g, g)]) for g in (in_a, ~in_a))
    ratio = between / within if within > 0 else 1.0
    return [ids[i] for i in np.where(group)[0]], [ids[i] for i in np.where(~group)[0]], ratio


def test_a_sampled_split_check_cuts_as_the_all_by_sample_one_and_places_the_rest_only_for_a_split() -> None:
    """Ward and the ratio read the sample's similarities only, so a check computes the rest's rows
    only when it will split (a re-cut's union with a big neighbour mostly does not): the same cut,
    the same ratio to the last bit, lead embeddings included."""
    from accord.eval.scale import synthetic_articles

    o = dataclasses.replace(DEFAULT, story_split_sample=4, story_split_min=10_000)  # sampled, no splits while adding
    index = StoryIndex(o)
    for art in synthetic_articles(160, seed=3):
        index.add(art)
    big = sorted(index.stories.values(), key=lambda st: -st.size)
    union = _StoryState(id="", title="")
    union.members = {**big[0].members, **big[1].members}  # two events: a clear cut
    calls: list[tuple[int, int]] = []
    sims = index._member_sims
    index._member_sims = lambda rows, cols, leads=None: calls.append((len(rows), len(cols))) or sims(rows, cols, leads)  # type: ignore[method-assign]
    cases = [union] + [st for st in big[:6] if st.size > o.story_split_sample]
    seen_no_split = seen_split = False
    for st in cases:
        calls.clear()
        a, b, r = index._bipartition(st)
        made = list(calls)
        want_a, want_b, want_r = _old_bipartition(index, st)
        assert r == want_r
        assert len(st.members) > o.story_split_sample
        if r < o.story_split_threshold:
            seen_split = True
            assert (a, b) == (want_a, want_b)
        else:
            seen_no_split = True
            assert (a, b) == (list(st.members), [])
        # the sample × sample product only: the rest are placed from their terms (``_place``)
        assert len(made) == 1 and made[0][0] == made[0][1] < len(st.members)
    assert seen_split and seen_no_split


def test_the_rest_of_a_sampled_story_go_where_their_similarity_rows_send_them_near_ties_included() -> None:
    """``_place`` decides each member from its products with the two groups' summed rows, not from
    its row of rest × sample similarities: the same group as ``_closer`` of that row for every
    member, with and without leads and year terms, ties (a member equally close to both) included;
    a near tie is the one case that computes its row."""
    import numpy as np

    from accord.eval.scale import synthetic_articles
    from accord.group.stories import _closer

    rng = np.random.default_rng(5)
    plain: tuple[StoryIndex, list[_Member], list[_Member], np.ndarray, _Member] | None = None
    for lead_weight, year_weight in ((0.2, 0.1), (0.0, 0.1), (0.2, 0.0)):
        o = dataclasses.replace(DEFAULT, story_split_min=10_000, story_lead_weight=lead_weight,
                                story_year_weight=year_weight)
        index = StoryIndex(o)
        for art in synthetic_articles(220, seed=11):
            index.add(art)
        mems = [m for st in index.stories.values() for m in st.members.values()]
        blank = _Member("z", {}, {}, None, "", None if lead_weight == 0.0 else mems[0].lead)  # no terms
        for _ in range(40):
            pick = rng.choice(len(mems), size=60, replace=False)
            cols, rest = [mems[i] for i in pick[:25]], [mems[i] for i in pick[25:]] + [blank]
            in_a = rng.random(25) < 0.5
            in_a[:2] = (True, False)
            leads = index._lead_sims(rest, cols)
            want = _closer(index._member_sims(rest, cols, leads), in_a)
            assert np.array_equal(index._place(rest, cols, in_a, leads), want)
        if lead_weight == 0.0:
            plain = (index, cols, rest, in_a, blank)
    assert plain is not None
    index, cols, rest, in_a, blank = plain
    assert index._place([blank], cols, in_a, None)[0]  # means 0 and 0 in exact floats: a tie, first group
    sims = index._member_sims
    calls: list[int] = []
    index._member_sims = lambda rows, c, leads=None: calls.append(len(rows)) or sims(rows, c, leads)  # type: ignore[method-assign]
    index._place([blank] + rest[:3], cols, in_a, None)
    assert calls == [1]  # only the tied member's row is computed


def test_the_closer_group_of_every_row_is_the_one_row_by_row_means_give_ties_included() -> None:
    import numpy as np

    from accord.group.stories import _closer

    rng = np.random.default_rng(7)
    for n in range(200):
        sim = rng.random((30, 41)) * 2.0 - 0.5
        in_a = rng.random(41) < 0.4
        in_a[:2] = (True, False)
        if n % 2:  # equal means: a tie goes to the first group, as ``>=`` gives it
            sim[::3] = 0.1
        want = np.array([sim[i, in_a].mean() >= sim[i, ~in_a].mean() for i in range(len(sim))])
        assert np.array_equal(_closer(sim, in_a), want)
    row = np.array([[0.5, 0.25, 0.375, 0.375, 0.375]])  # sums exact in binary
    assert _closer(row, np.array([True, True, False, False, False]))[0]  # 0.375 >= 0.375
    assert not _closer(row, np.array([False, True, True, False, False]))[0]  # 0.3125 < 0.4167


def test_a_story_is_recut_with_its_neighbour_only_when_ward_sees_their_union_whole() -> None:
    """The re-cut of a story with its nearest neighbour runs while their union fits in
    ``story_split_sample`` (Ward on every member); one member more and it is skipped without
    reading the neighbour's members or cutting (a sampled union holds a few of the small story's
    members among the big one's)."""
    def two_stories(sample: int) -> tuple[StoryIndex, _StoryState, _StoryState]:
        index = StoryIndex(dataclasses.replace(DEFAULT, story_split_sample=sample, story_split_min_part=2))
        for k in range(9):  # a flood story of 4 articles, a storm story of 5
            sid = None if k in (0, 4) else ("s1" if k < 4 else "s2")
            index.add(Article(id=f"a{k}", title="", text=("Flood in Varnholm " if k < 4 else "Storm in Ostrava ")
                              + f"report {k}"), story=sid)
        small, other = index.stories["s1"], index.stories["s2"]
        index.candidates = lambda body, names: ["s1", "s2"]  # type: ignore[method-assign]
        # Ward's cut: a3 belongs with the storm
        index._bipartition = lambda st: (["a0", "a1", "a2"], ["a3", "a4", "a5", "a6", "a7", "a8"], 0.1)  # type: ignore[method-assign]
        return index, small, other

    index, small, other = two_stories(9)  # 4 + 5 members: the union is compared whole
    index._recut(small)
    assert index.home["a3"] == "s2" and set(index.stories["s1"].members) == {"a0", "a1", "a2"}
    index, small, other = two_stories(8)  # one member over: no re-cut
    index._bipartition = lambda st: (_ for _ in ()).throw(AssertionError("cut"))  # type: ignore[method-assign]
    index._recut(small)
    assert index.home["a3"] == "s1" and not index.moved


def test_a_split_check_runs_blas_on_one_thread_and_gives_the_thread_count_back() -> None:
    """A split check's products are small: BLAS runs them on one thread (waking its threads cost far
    more CPU than they saved on a shared machine), and the process's setting is back after it; the
    same products on one thread and on two are the same floats."""
    import numpy as np
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    seen: list[set[int]] = []
    index = StoryIndex(dataclasses.replace(DEFAULT, story_split_min=10_000))
    for k in range(6):
        index.add(Article(id=f"a{k}", title="", text=f"Flood in Varnholm report {k}"), story=None if k == 0 else "s1")
    bipartition = index._bipartition
    index._bipartition = lambda st: (seen.append(blas_threads()), bipartition(st))[1]  # type: ignore[method-assign]
    with threadpool_limits(2, user_api="blas"):
        index._check_split(index.stories["s1"])
        assert seen and seen[-1] == {1}
        assert blas_threads() == {2}  # the near case: outside a check, the process's own setting
        rng = np.random.default_rng(3)
        a, b = rng.standard_normal((90, 384)).astype(np.float32), rng.standard_normal((70, 384)).astype(np.float32)
        two = a @ b.T
        with threadpool_limits(1, user_api="blas"):
            assert np.array_equal(two, a @ b.T)


def test_a_short_text_given_twice_word_for_word_is_a_copy_in_a_brief() -> None:
    """(lead64) The index leaves short texts alone (above), but a brief given the same short item from two
    files counts one source, under its own headline each (review114): the whole text repeated is no chance. Near
    case: a different short text."""
    from accord.group.copies import find_copies
    from accord.model import Article

    line = "Troops begin leaving the country after the mission ended, the ministry said on Thursday."
    arts = [Article(id="a", title="Troops leave", text=line), Article(id="b", title="Pullout begins", text=line),
            Article(id="c", title="", text="Troops began leaving the country on Thursday, the ministry said."),
            Article(id="d", title="", text=line)]
    assert find_copies(arts, DEFAULT) == {"b": "a", "d": "a"}
    stray = [Article(id="e", title="Quake hits Peru", text="Read more."),
             Article(id="f", title="Floods in Leeds", text="Read more.")]
    assert find_copies(stray, DEFAULT) == {}  # two pages left with one stray line are no copies
