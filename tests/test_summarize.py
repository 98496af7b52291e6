"""Summary selection: the budget is kept, citations come from the facts, text is verbatim."""
from dataclasses import replace

import numpy as np
import pytest

from accord.errors import AccordError
from accord.model import TITLE_LABEL, Article, Fact, Removed, Sentence
from accord.options import DEFAULT
from accord.summarize import (TEASER, _TEASER, _described, _introduces, announces, candidates, choose, coherence, reacts,
                              scorers, select, sets_up, teaser, usable)
from accord.summarize.coherence import stem
from accord.summarize.features import NAMES, StoryView, headline_sentence, title_facts, view

A = Article(id="a", title="Storm floods the northern valley towns", text=(
    "A storm flooded three towns in the northern valley on Monday.\n"
    "Rescue teams evacuated about 400 residents overnight.\n"
    "He said the water was rising fast.\n"
    "Officials expect the river to fall by Wednesday."))
B = Article(id="b", title="Valley towns flooded after storm", text=(
    "Three valley towns were flooded by a storm on Monday.\n"
    "About 400 people were evacuated by rescue teams.\n"
    "Is the dam safe?\n"
    "Schools in the region will stay closed until Thursday."))
C = Article(id="c", title="Northern storm: towns under water", text=(
    "Floods hit three towns in the north after Monday's storm.\n"
    "Roads to the valley remain closed to traffic.\n"
    "More storm coverage on our website"))
ARTICLES = [A, B, C]


def _facts() -> list[Fact]:
    """One fact per sentence, with the two evacuation sentences and the flood sentences merged."""
    sents = {a.id: [s for s in a.text.splitlines()] for a in ARTICLES}
    groups = [[("a", 0), ("b", 0), ("c", 0)], [("a", 1), ("b", 1)]]
    grouped = {k for g in groups for k in g}
    groups += [[(a, i)] for a, ss in sents.items() for i in range(len(ss)) if (a, i) not in grouped]
    facts = []
    for n, g in enumerate(groups):
        ss = [Sentence(a, i, sents[a][i]) for a, i in g]
        support = list(dict.fromkeys(a for a, _ in g))
        facts.append(Fact(id=f"f{n}", text=ss[0].text, sentences=ss, support=support, independent=len(support)))
    return facts


def _verbatim(text: str) -> bool:
    """An article sentence as written, or a headline with its final punctuation."""
    return any(text in a.text or text == headline_sentence(a.title) for a in ARTICLES)


@pytest.mark.parametrize("words", [5, 12, 20, 35, 60, 200])
def test_never_over_budget(words: int) -> None:
    """Within the budget, in whole sentences; only a lone lede longer than the whole budget crosses it."""
    picked = select(_facts(), ARTICLES, DEFAULT.with_(words=words))
    assert picked
    assert sum(len(c.text.split()) for c in picked) <= words or len(picked) == 1


def test_fills_the_budget_when_it_can() -> None:
    picked = select(_facts(), ARTICLES, DEFAULT.with_(words=40))
    used = sum(len(c.text.split()) for c in picked)
    # the shortest unpicked sentence would not have fitted: nothing left room on the table
    assert used >= 40 - 12


def test_fill_lets_only_the_last_sentence_cross() -> None:
    crossed = 0
    for words in range(8, 60, 3):
        picked = select(_facts(), ARTICLES, DEFAULT.with_(words=words, summary_fill=True))
        lengths = [len(c.text.split()) for c in picked]
        assert sum(lengths[:-1]) <= words
        crossed += sum(lengths) > words
    assert crossed  # some budget could not be met exactly: the spill sentence crossed it


def test_citations_come_from_fact_support_and_text_is_verbatim() -> None:
    facts = _facts()
    support = {s.text: set(f.support) for f in facts + title_facts(ARTICLES) for s in f.sentences}
    picked = select(facts, ARTICLES, DEFAULT.with_(words=80))
    assert picked
    for c in picked:
        assert c.citations, c.text
        assert set(c.citations) <= support[c.text]
        assert _verbatim(c.text)


def test_widely_supported_lead_is_chosen_once_and_cites_every_outlet() -> None:
    picked = select(_facts(), ARTICLES, DEFAULT.with_(words=60, summary_titles=False))
    tellings = {"A storm flooded", "Three valley towns were", "Floods hit three towns"}
    told = [c for c in picked if any(c.text.startswith(t) for t in tellings)]
    assert len(told) == 1  # one telling per fact
    assert set(told[0].citations) == {"a", "b", "c"}


def test_questions_and_fragments_rank_below_statements() -> None:
    story = view(candidates(_facts()) + title_facts(ARTICLES), ARTICLES)
    order = [story.facts[i].text for i in np.argsort(-scorers.get(DEFAULT.summary_scorer)(story), kind="stable")]
    assert order.index("Is the dam safe?") > order.index("Officials expect the river to fall by Wednesday.")
    assert "More storm coverage on our website" not in order  # a fragment without a stop: no candidate (coherence17)


def test_near_repeats_are_not_both_chosen() -> None:
    s = "Rescue teams evacuated about 400 residents overnight."
    facts = [Fact(id=str(i), text=s, sentences=[Sentence(a, 1, s)], support=[a], independent=1)
             for i, a in enumerate(["a", "b"])]
    assert len(select(facts, ARTICLES, DEFAULT.with_(words=100, summary_titles=False))) == 1


def test_empty_inputs() -> None:
    assert select([], [], DEFAULT) == []
    with pytest.raises(ValueError, match="words"):  # no budget is refused as the options are made
        DEFAULT.with_(words=0)


def test_features_flag_dangling_openers_and_headlines() -> None:
    facts = _facts() + title_facts(ARTICLES)
    v = view(facts, ARTICLES, embed=False)
    col = {n: i for i, n in enumerate(NAMES)}
    row = {f.text: v.X[i] for i, f in enumerate(facts)}
    assert row["He said the water was rising fast."][col["dangling"]] == 1
    assert row["Is the dam safe?"][col["question"]] == 1
    assert row["More storm coverage on our website"][col["no_end"]] == 1
    assert row[headline_sentence(A.title)][col["is_title"]] == 1
    assert row["A storm flooded three towns in the northern valley on Monday."][col["support"]] == 1


def test_unknown_scorer_is_named() -> None:
    with pytest.raises(AccordError, match="nope"):
        scorers.get("nope")


def test_scorer_features_in_use() -> None:
    """The embedding feature is only computed for a scorer that reads it (the default does not)."""
    assert not scorers.uses(scorers.CENTROID, "emb_centrality")
    assert scorers.uses(scorers.CENTROID, "centrality")
    assert scorers.uses(scorers.Linear("x", {"echo*emb_centrality": 1.0}), "emb_centrality")

    class Opaque:
        name = "opaque"

        def __call__(self, story):  # noqa: ANN001, ANN204
            return story.X[:, 0]

    assert scorers.uses(Opaque(), "emb_centrality")


def test_photo_captions_never_reach_the_summary() -> None:
    """A wire photo caption, however well supported, never enters the summary: cleaning drops it
    (``accord.clean.page_sentence``), and the coherence check flags it in a summary never cleaned."""
    caption = "FILE - In this Sept. 26, 2006, file photo, knives of all sizes are piled in a box at the airport."
    other = "In this Saturday, July 1, 2017, photo, people line up at a dispensary in Las Vegas."
    fact = "Airport screeners seized a record number of knives last year, officials said on Monday."
    arts = [_art("a", f"{caption}\n{other}\n{fact}"), _art("b", f"{caption}\n{fact}")]
    summary = _brief_summary(arts, 100)
    assert summary == [fact]
    assert [bool(f) for f in coherence.read([fact, caption])] == [False, True]
    assert not coherence.read(["In this case the court ruled for the city on Monday."])[0]


def test_centroid_prefers_quotes_and_the_top_of_an_article() -> None:
    """Same evidence otherwise: a sentence opening with a direct quote, and one higher up its article
    (relative to the article's length), score higher."""
    import numpy as np

    from accord.summarize.features import StoryView

    base = np.zeros((3, len(NAMES)))
    base[:, NAMES.index("centrality")] = 0.4
    base[:, NAMES.index("rel_position")] = 0.5
    base[1, NAMES.index("quote")] = 1.0
    base[2, NAMES.index("rel_position")] = 0.1
    s = scorers.CENTROID(StoryView([], base, np.zeros((3, 1))))
    assert s[1] > s[0] and s[2] > s[0]


def test_choose_skips_nan_scores() -> None:
    """A candidate whose score is not a number is never chosen (not even to fill the budget)."""
    import numpy as np

    from accord.summarize import choose
    from accord.summarize.features import StoryView

    texts = ["The storm flooded three valley towns on Monday night.",
             "Rescue teams evacuated hundreds of residents by boat.",
             "Schools across the region will stay closed until Thursday."]
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, "x")], support=["a"], independent=1)
             for i, t in enumerate(texts)]
    view = StoryView(facts, np.zeros((3, len(NAMES))), np.eye(3, dtype=np.float32))
    out = choose(view, np.array([np.nan, 0.5, 0.2]), DEFAULT.with_(words=100, summary_fill=True))
    assert [c.text for c in out] == [facts[1].text, facts[2].text]


def test_word_echo_counts_words_the_other_articles_use() -> None:
    """word_echo: share of a fact's words found in each article it is not told in (counts clipped),
    averaged over those articles; 0 when no other article exists."""
    from accord.summarize.features import word_echo

    shared = Fact(id="f1", text="Three valley towns flooded", sentences=[Sentence("a", 0, "x")], support=["a"],
                  independent=1)
    alone = Fact(id="f2", text="Subscribe to our newsletter", sentences=[Sentence("c", 2, "x")], support=["c"],
                 independent=1)
    out = word_echo([shared, alone], [{"a"}, {"c"}], ARTICLES)
    # b holds "three", "valley", "towns", "flooded"; c holds "three", "towns", "valley": (4/4 + 3/4) / 2
    assert out[0] == pytest.approx(0.875)
    assert out[1] == pytest.approx(0.125)  # only "to", in a: (1/4 + 0) / 2
    assert word_echo([shared], [{"a"}], [A]).tolist() == [0.0]
    from accord.summarize import candidates

    fragment = [f for f in _facts() if f.text == "More storm coverage on our website"]  # no candidate: no stop
    v = view(candidates(_facts()) + fragment, ARTICLES, embed=False)  # one telling each, as select scores them
    col = NAMES.index("word_echo")
    row = {f.text: v.X[i, col] for i, f in enumerate(v.facts)}
    assert row["A storm flooded three towns in the northern valley on Monday."] > row["More storm coverage on our website"]


def test_centroid_prefers_facts_told_in_the_other_articles_words() -> None:
    """All else equal, the fact whose words the other outlets use scores higher (word_echo)."""
    import numpy as np

    from accord.summarize.features import StoryView

    base = np.zeros((2, len(NAMES)))
    base[:, NAMES.index("centrality")] = 0.4
    base[1, NAMES.index("word_echo")] = 0.6
    s = scorers.CENTROID(StoryView([], base, np.zeros((2, 1))))
    assert s[1] > s[0]


def test_big_stories_score_a_bounded_number_of_candidates_in_bounded_memory(monkeypatch) -> None:
    """Echoes are computed a few articles at a time (same numbers), and a huge story's candidates
    are cut to the best-supported ones, leads first, kept in their order."""
    from accord.summarize import bounded
    from accord.summarize import features as feats

    arts = [Article(id=f"a{k}", title="", text=f"Storm floods town {k}. Rain falls on the valley.") for k in range(9)]
    facts = [Fact(id=f"f{k}", text=f"Storm floods town {k % 3}.", sentences=[Sentence(f"a{k}", k % 2, "x.")],
                  support=[f"a{k}"], independent=1 + k % 4) for k in range(9)]
    own = [{f"a{k}"} for k in range(9)]
    whole = feats.word_echo(facts, own, arts)
    monkeypatch.setattr(feats, "ECHO_CELLS", 5)
    assert feats.word_echo(facts, own, arts).tolist() == whole.tolist()
    assert [f.id for f in bounded(facts, 4)] == ["f2", "f3", "f6", "f7"]  # supported by 3-4, in order
    assert bounded(facts, 20) == facts
    scored: list[int] = []
    view = feats.view
    monkeypatch.setattr(feats, "view", lambda fs, *a, **k: scored.append(len(fs)) or view(fs, *a, **k))
    select(facts, arts, DEFAULT.with_(summary_max_candidates=3, summary_titles=False))
    assert scored == [3]  # select scores only the bounded candidates


# -- a summary that reads like news (issue 13): one test per pattern --------------------------------

def _brief_summary(articles: list[Article], words: int = 80) -> list[str]:
    from accord.briefing import build

    return [c.text for c in build(articles, DEFAULT.with_(words=words)).summary]


def _art(aid: str, text: str, title: str = "") -> Article:
    return Article(id=aid, title=title, text=text, raw_text=text, published="2024-05-03")


FLOOD = [
    _art("a", "“We have never seen water this high,” said Mayor Ann Lee.\n"
              "A storm flooded three towns in the northern valley on Thursday, forcing 400 residents to leave.\n"
              "He said the water would fall by Saturday.\n"
              "But you would be wrong to think the worst is over!\n"
              "Rescue teams used boats to reach people stranded on rooftops overnight."),
    _art("b", "A storm flooded three valley towns on Thursday and about 400 residents were evacuated.\n"
              "Rescue teams used boats to reach residents stranded on their rooftops.\n"
              "The river last burst its banks on March 3, 2010, when two people died.\n"
              "Schools in the valley will stay closed until Monday, the education office said."),
    _art("c", "Floods hit three towns in the north after Thursday's storm, and 400 people left their homes.\n"
              "Roads to the valley remain closed to traffic, police said.\n"
              "Mayor Ann Lee (pictured) visited the shelters on Thursday.\n"
              "They said the water was still rising in the lower villages..."),
]


def test_summary_opens_with_the_lead_event() -> None:
    first = _brief_summary(FLOOD)[0]
    assert "flooded three" in first or "Floods hit three towns" in first
    assert first[0] not in "“\"" and not first.lower().startswith(("he ", "they ", "but "))


def test_no_sentence_leans_on_a_person_or_speaker_the_summary_never_named() -> None:
    from accord.summarize import coherence

    for words in (20, 40, 60, 80, 120):
        summary = _brief_summary(FLOOD, words)
        assert not any(coherence.read(summary)), summary
        if "He said the water would fall by Saturday." in summary:  # only right after its speaker
            k = summary.index("He said the water would fall by Saturday.")
            assert k > 0 and "Ann Lee" in " ".join(summary[:k])


def test_columnist_asides_captions_and_cut_sentences_are_left_out() -> None:
    summary = " ".join(_brief_summary(FLOOD, 200))
    assert "you would be wrong" not in summary
    assert "(pictured)" not in summary
    assert "still rising in the lower villages..." not in summary


def test_near_repeats_are_left_out() -> None:
    summary = _brief_summary(FLOOD, 200)
    told = [s for s in summary if "three" in s and ("flood" in s.lower())]
    assert len(told) == 1, told


def test_background_comes_after_the_news() -> None:
    summary = _brief_summary(FLOOD, 200)
    if any("2010" in s for s in summary):
        k = next(i for i, s in enumerate(summary) if "2010" in s)
        assert all("2010" in s for s in summary[k:])


def test_a_headline_is_used_once_and_as_a_sentence() -> None:
    titled = [_art(a.id, a.text, t) for a, t in zip(FLOOD, ["Storm floods valley towns", "Valley towns flooded",
                                                           "Floods force 400 from homes in north"])]
    summary = _brief_summary(titled, 120)
    heads = [s for s in summary if s.rstrip(".") in ("Storm floods valley towns", "Valley towns flooded",
                                                     "Floods force 400 from homes in north")]
    assert len(heads) <= 1
    assert all(s.endswith((".", "!", "?")) for s in summary)


def test_a_sentence_answering_the_previous_one_comes_with_it_or_not_at_all() -> None:
    from accord.summarize import features

    texts = ["The city council approved the new budget on Tuesday after a long debate.",
             "But the mayor vetoed it within hours, calling it reckless.",
             "The council can override the veto with a two-thirds vote next month."]
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(texts)]
    view = features.view(facts, [Article(id="a", title="", text="\n".join(texts))])
    from accord.summarize import choose

    out = [c.text for c in choose(view, np.array([0.5, 2.0, 0.1]), DEFAULT.with_(words=30))]
    assert texts[1] not in out or out.index(texts[1]) == out.index(texts[0]) + 1


BRIDGE = [
    _art("a", "A bridge over the Elm River collapsed in Milltown on Tuesday, injuring six drivers.\n"
              "Firefighters pulled two of the drivers from the water within an hour.\n"
              "The state closed the highway that crosses the river until further notice.\n"
              "Engineers had rated the bridge as poor in an inspection last year."),
    _art("b", "Six drivers were hurt when a Milltown bridge over the Elm River collapsed on Tuesday.\n"
              "Meyer said the inspection had found rust on two of the main beams.\n"
              "County engineer Thomas Meyer led the inspection of the bridge last spring.\n"
              "Updated at 9:23 a.m. with the number of drivers hurt.\n"
              "A file image of the bridge over the Elm River in Milltown.\n"
              "WASHINGTON — Federal officials said they would send investigators to the town."),
]


def test_the_lead_articles_opening_is_the_backbone_and_no_second_lede_follows() -> None:
    summary = _brief_summary(BRIDGE, 60)
    assert summary[0].startswith("A bridge over the Elm River collapsed")
    assert summary[1].startswith("Firefighters pulled two")  # the lede's article goes on in its order
    assert not any(s.startswith("Six drivers were hurt") for s in summary)  # another article's lede


def test_a_surname_comes_only_after_its_full_name() -> None:
    summary = _brief_summary(BRIDGE, 200)
    # its article names Thomas Meyer only after "Meyer said": in story order that never reads
    assert "Thomas Meyer" in " ".join(summary)
    assert not any(s.startswith("Meyer said") for s in summary)


def test_page_junk_and_mid_text_datelines_are_left_out() -> None:
    # cleaning drops the stamp and the caption (``accord.clean.page_sentence``); the dateline is the
    # summary's rule: a wire lede carries one only as the summary's first words
    summary = " ".join(_brief_summary(BRIDGE, 200))
    assert "Updated at" not in summary and "file image" not in summary
    assert "WASHINGTON —" not in summary


def test_the_coherence_check_still_flags_page_lines_in_any_summary() -> None:
    # a baseline's summary is never cleaned: the check reads cleaning's one definition
    flags = coherence.read(["A storm hit the coast on Monday, flooding two towns.",
                            "3 of 68 Skip in Skip x Embed x Share A penguin waddles at the zoo."])
    assert not flags[0] and flags[1].reason == "page junk"


SHIPWRECK = [
    _art("a", "A cargo ship sank off the coast of Norway on Sunday, and all 12 of its crew were rescued.\n"
              "A coast guard helicopter lifted the sailors from a life raft after three hours.\n"
              "The ship had been carrying timber from Finland to Scotland.\n"
              "Its owner said the hull had been inspected in March."),
    _art("b", "The sailors were plucked from icy waters on Sunday after their cargo ship went down "
              "near the coast in a violent storm.\n"
              "Waves of up to nine metres battered the vessel before it listed and sank.\n"
              "Norway's maritime authority has opened an investigation into the sinking."),
]


def test_another_outlets_opening_is_not_a_second_lede_even_in_new_words() -> None:
    # article b's first sentence retells the sinking in mostly new words (half of its content words
    # are new to the summary, but it repeats a third of the lead's): it is still a second lede
    summary = _brief_summary(SHIPWRECK, 120)
    assert summary[0].startswith("A cargo ship sank")
    assert not any(s.startswith("The sailors were plucked") for s in summary)
    assert any(s.startswith("Norway's maritime authority") or s.startswith("Waves of up to") for s in summary)
    from accord.briefing import build

    with_ledes = [c.text for c in build(
        SHIPWRECK, DEFAULT.with_(words=120, summary_lede_overlap=1.0)).summary]
    assert with_ledes != summary  # the option is what keeps it out


def test_a_caption_written_into_a_sentence_is_no_candidate_but_a_party_label_is() -> None:
    from accord.summarize import usable

    assert not usable("Mayor Ann Lee (pictured above in 2019) visited the shelters.")
    assert not usable("Smith (left) and Jones met in Geneva on Monday.")
    assert usable("Sen. Ted Cruz (R-Texas) said the state would ask for federal aid.")
    assert usable("The senator (seen as a moderate) voted against the bill on Monday.")


def test_a_photo_credit_or_caption_run_into_a_sentence_is_no_candidate() -> None:
    from accord.summarize import usable

    assert not usable("Image copyright EPA Image caption The mayor was known to the police The mayor resigned on Monday.")
    assert not usable("The senator liked what he heard. REUTERS/Anna Berg Sen. Jo Smith was the only one there.")
    assert not usable("Enlarge Image Close Getty Images The striker scored twice in the final.")
    assert not usable("FILE - In this Monday, May 4, 2015, file photo, a man walks past the bank.")
    assert not usable("She is the one who knocks. Advertisement Plus, we have questions to consider.")
    assert usable("The photo agency said the image of the mayor was taken on Monday.")
    assert usable("The HIV/AIDS programme will get $4 million, the ministry said.")
    assert usable("Reuters reported that the bank would close 40 branches.")


def test_the_page_speaking_to_its_reader_is_no_candidate_but_news_that_opens_alike_is() -> None:
    # how-to steps, "read on" teasers, a broadcast's promo, an agency graphic's size, an
    # encyclopedia's reference marks: lines of another page, not the story
    from accord.summarize import usable

    assert not usable("Go to the Coursera website and create an account to enrol in the course.")
    assert not usable("Read on for the backstage reactions of the winners and the losers.")
    assert not usable("Click below to sign the petition against the new road.")
    assert not usable("Lester Holt anchors from South Korea on Monday and Tuesday, April 3 and 4, at 6:30pm ET.")
    assert not usable("Graphic shows the allegations of spying by country; 3c x 5 inches; 146 mm x 127 mm;")
    assert not usable("Both churches accept the book as a second canon of scripture[9] and read it in services.")
    # near cases: the same first words as news, a time of day, a bracketed editor's word in a quote
    assert usable("Share prices fell 3% on Monday after the bank cut its forecast.")
    assert usable("Follow-up tests showed that the water was safe to drink again.")
    assert usable("Watch groups said the election had been marred by fraud in three provinces.")
    assert usable("Read was arrested at his home in Leeds on Tuesday, police said.")
    assert usable("The storm reached the coast at 6:30 p.m. on Monday, the weather service said.")
    assert usable("\"Weapons [and] bullet-proof vests were found,\" the minister said on Sunday.")


TRIAL = [
    _art("a", "A judge threw out three of the eight murder charges against the clinic's doctor, Paul Grant, on Tuesday.\n"
              "The ruling came on the first day of the defence case at the county courthouse.\n"
              "Defence lawyer Jack Moran told the court that no evidence showed any baby was born alive.\n"
              "He argued that the prosecution had relied on guesswork about the timing of the deaths."),
]


def test_a_pronoun_does_not_skip_over_the_sentence_that_named_its_person() -> None:
    # with the lawyer's sentence left out, "He argued" reads as the doctor arguing
    from accord.summarize import _Context

    texts = TRIAL[0].text.splitlines()
    mentions = coherence.analyse(texts)
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=m)], support=["a"], independent=1)
             for k, (t, m) in enumerate(zip(texts, mentions))]
    ctx = _Context(view(facts, TRIAL, embed=False), DEFAULT)
    assert ctx.flagged([0, 1, 3], {3})
    assert not ctx.flagged([0, 2, 3], {3})


def test_the_lead_articles_own_lede_comes_before_the_lead_when_it_can_open() -> None:
    """Both sentences of one article chosen, the second scored higher: read in the article's order
    (the news, then its consequence), not the consequence first."""
    from accord.summarize import _Context, choose

    texts = ["The White House released its budget proposal on Monday, calling for deep cuts to public media.",
             "The Corporation for Public Broadcasting would be hit especially hard by the proposed cuts.",
             "Lawmakers from both parties said the proposal would not pass the Senate in its current form."]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    arts = [Article(id="a", title="", text="\n".join(texts))]
    scores = np.array([1.0, 2.0, 0.2])
    out = [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=40))]
    assert out == texts[:2]
    ctx = _Context(view(facts, arts, embed=False), DEFAULT.with_(summary_lede_first=False))
    assert ctx.order([1, 0]) == [1, 0]  # without the rule the lead opens and its lede follows


def test_a_he_said_follows_the_person_its_own_article_named() -> None:
    """"He said" is read as the last person the summary named: another account's person in between
    makes it point at the wrong one."""
    from accord.summarize import _Context

    a = ["Mayor Ann Lee said the river would fall by Saturday.", "“We are ready for the worst,” she said."]
    b = ["Governor Tom Hill visited the shelters in the valley on Thursday."]
    texts = a + b
    mentions = coherence.analyse(texts)
    where = [("a", 0), ("a", 1), ("b", 0)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(art, i, t, mentions=m)], support=[art], independent=1)
             for k, ((art, i), t, m) in enumerate(zip(where, texts, mentions))]
    arts = [Article(id="a", title="", text="\n".join(a)), Article(id="b", title="", text="\n".join(b))]
    ctx = _Context(view(facts, arts, embed=False), DEFAULT)
    assert ctx.flagged([0, 2, 1], {1})  # "she said" after the governor: reads as his words
    assert not ctx.flagged([2, 0, 1], {1})  # right after the mayor's sentence


def test_a_roundup_of_unrelated_local_stories_is_no_source() -> None:
    from accord.summarize import roundups

    story = ("A former runner-up was crowned Miss Delaware on Thursday after the winner was stripped of her title.\n"
             "Pageant officials said the winner had exceeded the age limit by a few weeks.")
    roundup = ("Local News\n"
               "Passenger Who Arrived At Newark Airport Being Evaluated For Ebola A passenger is being evaluated.\n"
               "Rocky The Bobcat Back On The Loose In South Jersey Residents should be on the lookout.\n"
               "Pocono Schools Reopen With Heavy Police Presence As the manhunt continues, schools reopened.\n"
               "Miss Delaware Stripped Of Her Title Over Age Limit The pageant crowned the runner-up instead.")
    arts = [_art("a", story), _art("b", roundup)]
    facts = [Fact(id=f"{a.id}{k}", text=t, sentences=[Sentence(a.id, k, t)], support=[a.id], independent=1)
             for a in arts for k, t in enumerate(a.text.splitlines())]
    assert roundups(facts) == {"b"}
    assert roundups(facts, DEFAULT.with_(summary_roundup_headlines=5)) == set()
    assert roundups([f for f in facts if f.id != "b2" and f.id != "b3"]) == set()  # one or two headlines: a link, a title
    summary = select(facts, arts, DEFAULT.with_(words=80))
    assert summary and all(c.citations == ["a"] for c in summary)


def _two_accounts(a: list[str], b: list[str]) -> tuple[list[Fact], list[Article]]:
    """Two articles "a" and "b", one single-source fact per sentence, in their order."""
    facts = [Fact(id=f"{art}{k}", text=t, sentences=[Sentence(art, k, t)], support=[art], independent=1)
             for art, texts in (("a", a), ("b", b)) for k, t in enumerate(texts)]
    return facts, [Article(id="a", title="", text="\n".join(a)), Article(id="b", title="", text="\n".join(b))]


def test_the_lead_articles_thread_fills_half_the_budget_before_other_accounts() -> None:
    """One account's opening in its own order reads as news (the lead baseline reads better than
    free picks): its sentences fill ``summary_backbone`` of the budget before better-scored ones
    of other articles."""
    from accord.summarize import choose

    a = ["Milltown lawmakers voted on Tuesday to close the old harbour bridge to all traffic.",
         "Engineers found deep cracks in two of its steel supports during a routine inspection.",
         "Buses will take a detour through the northern tunnel starting next Monday morning.",
         "Repairs are expected to cost about twelve million dollars and last two full years."]
    b = ["Shop owners near the harbour fear losing customers while the crossing stays shut.",
         "A ferry company offered to run extra boats across the bay during the closure.",
         "Cyclists asked the council for a temporary lane on the railway viaduct instead.",
         "Delivery firms warned that parcels to the island district could arrive a day late.",
         "Residents of the old quarter collected signatures for a footbridge beside the crossing.",
         "Fishermen said the closure would leave their moorings cut off from the market hall."]
    facts, arts = _two_accounts(a, b)
    scores = np.array([3.0, 0.1, 0.1, 0.1] + [1.0] * len(b))
    out = [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=112, summary_run=0.0))]
    assert out[:4] == a
    short = [c.text for c in choose(view(facts, arts, embed=False), scores,
                                    DEFAULT.with_(words=112, summary_backbone=0.3, summary_run=0.0))]
    assert [c.text for c in choose(view(facts, arts, embed=False), scores,
                                   DEFAULT.with_(words=112, summary_run=0.3))][:2] == a[:2]
    assert short[:2] == a[:2] and a[2] not in short and a[3] not in short


def test_a_place_or_a_people_the_analyser_took_for_a_surname_does_not_block_a_lead() -> None:
    from accord.model import Mention
    from accord.summarize import _mentions, places

    text = "Former star Dennis Rodman arrived in North Korea on Tuesday, but said he would not seek the release of a jailed American missionary held near Sochi."
    def ent(word: str, value: str) -> Mention:
        return Mention(kind="entity", text=word, value=value, label="PERSON", start=text.index(word), end=text.index(word) + len(word))

    found = [ent("Dennis Rodman", "Dennis Rodman"), ent("American", "Korean American"), ent("Sochi", "Olympic Games Sochi")]
    fact = Fact(id="f", text=text, sentences=[Sentence("a", 0, text, mentions=found)], support=["a"])
    story = places(["Security was tightened in Sochi before the Games.", "Rodman's trip is paid in Dublin's bars."])
    assert "sochi" in story and "rodman" not in story  # "in Rodman's …" is no place
    kept = [m.text for m in _mentions(fact, story)]
    assert kept == ["Dennis Rodman"]
    # a run of capitals opening with a people or a region is no full name whose last word a surname is
    canada = "Bélanger introduced a bill to change two words of O Canada so it names the country's women."
    at = canada.index("Canada")
    merged = Fact(id="c", text=canada, sentences=[Sentence("a", 2, canada, mentions=[
        Mention(kind="entity", text="Canada", value="English Canada", label="PERSON", start=at, end=at + 6)])], support=["a"])
    assert _mentions(merged) == []
    reading = coherence.reading(text, _mentions(fact, story))
    assert not coherence.judge([reading])[0]  # the lead reads: nobody unintroduced
    assert coherence.judge([coherence.reading(text, found)])[0]  # it did not with the analyser's reading
    # a real lone surname still needs its full name before it
    lone = "Rodman arrived in Pyongyang on Tuesday."
    fact = Fact(id="g", text=lone, sentences=[Sentence("a", 1, lone, mentions=[Mention(kind="entity", text="Rodman", value="Dennis Rodman", label="PERSON", start=0, end=6)])], support=["a"])
    assert coherence.judge([coherence.reading(lone, _mentions(fact, story))])[0]


def test_a_lede_the_feed_cut_mid_sentence_and_a_spoken_opener_are_no_summary_sentences() -> None:
    from accord.summarize import CONNECTIVE, usable

    assert not usable("The administration will send 800 troops to the border at the direction of a president who has sought to transform fears about immigration into")
    assert not usable("Officials said the storm would reach the coast of")
    assert usable("Officials said the storm would reach the coast on Friday.")
    assert usable("A storm is coming")  # no final stop, but whole
    # a spoken "Well, …" answers something said before it: no opening for a summary
    assert CONNECTIVE.match("Well, Republicans have a convenient sound bite for next year's election.")
    assert not CONNECTIVE.match("Wells Fargo said on Monday it would cut 500 jobs.")
    assert not CONNECTIVE.match("Now Meryl Streep has been lined up to play the leading role.")
    arts = [_art("a", "Well, the city council voted on Monday to close the old bridge over the river for good.\n"
                      "The city council of Dayton voted 7-2 on Monday to close the Elm Street bridge for repairs.\n"
                      "Repairs will cost $4 million and take two years, the mayor said.")]
    assert not _brief_summary(arts, 60)[0].startswith("Well,")


def test_a_restatement_of_the_sentence_before_reads_only_after_it() -> None:
    """(coherence66) "Another way of saying that is …", "Put another way, …", "In short, …" restate the
    sentence before them in their article: after another line the reader cannot tell what is restated
    (a transcript's "Another way of saying that is … could have been me" read as the writer's own words)."""
    from accord.summarize import CONNECTIVE

    assert CONNECTIVE.match("Another way of saying that is the town could have gone bankrupt a decade ago.")
    assert CONNECTIVE.match("Put another way, the team lost more games than it won this season.")
    assert CONNECTIVE.match("In short, the merger is off.")
    assert CONNECTIVE.match("To put it bluntly, the plan failed.")
    assert CONNECTIVE.match("Simply put, voters were angry about the tax.")
    assert CONNECTIVE.match("“Another way to put it is that we got lucky,” the coach said.")
    assert not CONNECTIVE.match("Another way to cut costs is to close two branch offices, the bank said.")
    assert not CONNECTIVE.match("In shorts and sandals, the mayor greeted the crowd.")
    assert not CONNECTIVE.match("Put Simply is a podcast about money with a million listeners.")
    assert not CONNECTIVE.match("One way to say thanks is to volunteer, the pastor said.")
    # review118: "it/that/this" must end the phrase — "put that money to use" is no restatement
    assert not CONNECTIVE.match("One way to put that money to use is to open a round-the-clock treatment center, the mayor said.")
    assert not CONNECTIVE.match("One way to say it louder is to march on City Hall, organisers said.")
    assert CONNECTIVE.match("Another way to put it: the plan failed.")
    texts = [("The Dayton city council voted 7-2 on Monday to close the Elm Street bridge for two years of repairs.", "a", 0),
             ("Repairs will cost $4 million, the mayor said.", "a", 1),
             ("Engineers found cracks in two of the bridge's steel beams in March.", "b", 2),
             ("Put another way, the bridge was unsafe for the 20,000 cars that cross it every day.", "b", 4)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(a, i, t)], support=[a], independent=1)
             for k, (t, a, i) in enumerate(texts)]
    view = StoryView(facts, np.zeros((len(facts), len(NAMES))), np.eye(len(facts), dtype=np.float32))
    opts = DEFAULT.with_(words=60, summary_fill=False)
    # its own sentence before it (b, 3) is not among the candidates: it restates nothing the reader has
    assert [c.text for c in choose(view, np.array([0.9, 0.5, 0.1, 0.8]), opts)] == [t for t, _, _ in texts[:3]]
    # right after that sentence it reads
    facts[2] = replace(facts[2], sentences=[Sentence("b", 3, texts[2][0])])
    assert [c.text for c in choose(view, np.array([0.9, 0.5, 0.1, 0.8]), opts)][-1] == texts[3][0]


def test_a_presupposed_role_needs_the_summary_to_have_spoken_of_it() -> None:
    """"…, the official said" after sentences that never spoke of an official reads as "which
    official?": selection flags it there, and not after a sentence that named the officials."""
    from accord.summarize import _Context

    texts = ["The White House is weighing an end to spying on allied leaders, officials said on Monday.",
             "The review began after reports that the agency had tapped the chancellor's phone.",
             "No final decision has been made, the official said."]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    arts = [Article(id="a", title="", text="\n".join(texts))]
    ctx = _Context(view(facts, arts, embed=False), DEFAULT)
    assert not ctx.flagged([0, 2], {2})
    texts[0] = "The White House is weighing an end to spying on allied leaders, the newspaper reported."
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)
    assert ctx.flagged([0, 2], {2})
    assert not ctx.flagged([0, 1, 2], {2})  # right after the sentence before it in its article, it reads


def test_an_abstracts_reference_numbers_its_authors_voice_and_no_comment_notes_are_no_candidates() -> None:
    from accord.summarize import usable

    assert not usable("Ethanol is a widely used fuel1,2,3 made mostly from corn.")
    assert not usable("Copper has been studied as one of the catalysts4,5,6.")
    assert not usable("Here we show that copper turns carbon monoxide into ethanol.")
    assert not usable("We report a catalyst that works at room temperature.")
    assert not usable("The Associated Press left a message seeking comment from the family.")
    assert not usable("The company did not immediately respond to a request for comment.")
    assert usable("The COVID19 vaccine reached 40 countries, the agency said.")
    assert usable("The team scored 3.5 points more than last year.")
    assert usable("Police said relatives could not be reached by phone when the storm hit the coast on Monday and flooded roads.")


def test_an_agency_caption_without_its_date_is_no_candidate() -> None:
    from accord.summarize import usable

    assert not usable("Jo Smith, D-Mich., a member of the Judiciary Committee, speaks on Capitol Hill in Washington.")
    assert not usable("Sen. Jo Smith speaks to reporters outside the Senate chamber.")
    assert usable("Smith speaks often about the economy, and voters listen.")
    assert usable("Smith spoke to reporters outside the Senate chamber on Monday.")


def _stated_view(texts: list[tuple[str, int]]) -> StoryView:
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(f"a{k}", i, t)], support=[f"a{k}", "z"], independent=2)
             for k, (t, i) in enumerate(texts)]
    return StoryView(facts, np.zeros((len(facts), len(NAMES))), np.eye(len(facts), dtype=np.float32))


def test_among_ledes_of_like_value_the_one_more_outlets_state_opens() -> None:
    """Two outlets' opening sentences score alike: the one the support check finds in three outlets
    leads; a far better-scored lede, or no count, keeps the score's choice."""
    from accord.summarize import choose

    ledes = [("A storm flooded three towns in the northern valley on Monday night, officials said.", 0),
             ("Three valley towns were flooded by a storm on Monday and about 400 people left their homes.", 0)]
    view = _stated_view(ledes)
    opts = DEFAULT.with_(words=20, summary_fill=False)
    stated = lambda f: {ledes[1][0]: 3}.get(f.text, 1)
    assert [c.text for c in choose(view, np.array([0.50, 0.45]), opts, stated)] == [ledes[1][0]]
    assert [c.text for c in choose(view, np.array([0.50, 0.45]), opts)] == [ledes[0][0]]
    assert [c.text for c in choose(view, np.array([1.50, 0.45]), opts, stated)] == [ledes[0][0]]
    off = opts.with_(summary_lead_stated_margin=0.0)
    assert [c.text for c in choose(view, np.array([0.50, 0.45]), off, stated)] == [ledes[0][0]]


def test_among_ledes_of_like_value_the_account_whose_opening_more_outlets_state_opens() -> None:
    """Two accounts whose ledes score alike and are each stated by two outlets: the one whose next
    sentence three outlets state opens when the opening is weighed over two sentences; weighed by
    the lede alone (1) the score's choice stands, and so does a far better-scored lede."""
    from accord.summarize import choose

    texts = [("a", 0, "A storm flooded three towns in the northern valley on Monday night, officials said."),
             ("a", 1, "A local radio station said its studio had been damaged by the water."),
             ("b", 0, "Three valley towns were flooded by a storm on Monday and about 400 people left their homes."),
             ("b", 1, "They reached dozens of residents stranded on their rooftops in rescue boats.")]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(a, i, t)], support=[a, "z"], independent=2)
             for k, (a, i, t) in enumerate(texts)]
    view = StoryView(facts, np.zeros((len(facts), len(NAMES))), np.eye(len(facts), dtype=np.float32))
    stated = lambda f: {texts[0][2]: 2, texts[2][2]: 2, texts[3][2]: 3}.get(f.text, 1)
    opts = DEFAULT.with_(words=20, summary_fill=False, summary_lead_opening=2)
    scores = np.array([0.50, 0.40, 0.45, 0.40])
    assert choose(view, scores, opts, stated)[0].text == texts[2][2]
    assert choose(view, scores, opts.with_(summary_lead_opening=1), stated)[0].text == texts[0][2]
    assert choose(view, np.array([1.50, 0.40, 0.45, 0.40]), opts, stated)[0].text == texts[0][2]


def test_a_lede_whose_subject_is_they_after_an_opener_naming_no_one_does_not_open() -> None:
    """"For an instant, they get to gloat" opening a summary: who? An opener that names people
    ("When the players arrived, they …") or someone ("After Smith's arrest, …") introduces them."""
    from accord.summarize import _they_after_opener

    assert _they_after_opener("For an instant, they get to gloat, before pretending once again.")
    assert _they_after_opener("On Monday, they marched through the streets of the capital.")
    assert _they_after_opener("For now, their plans to expand the airport remain on hold.")
    assert not _they_after_opener("When the players arrived, they were greeted by hundreds of fans.")
    assert not _they_after_opener("After Smith's arrest, they searched the house for weapons.")
    assert not _they_after_opener("On Monday, the winners got to gloat before the cameras.")
    assert not _they_after_opener("They marched through the streets of the capital on Monday.")  # the pronoun rule's


def test_they_after_an_opener_of_things_or_quoted_titles_names_no_one() -> None:
    """(coherence66) "With hits like “Hold On” and “Say Yes,” they …" after a line about the singer's
    mother reads "they" as her group: a plural of things ("hits", "years", "prices") and a title's capitals
    name no one "they" could be. A plural of people or a name still introduces them."""
    from accord.summarize import _they_after_opener

    assert _they_after_opener("With hits like “Hold On” and “Say Yes,” they topped the charts for two summers.")
    assert _they_after_opener('With hits like "Hold On" and "Say Yes," they topped the charts for two summers.')
    assert _they_after_opener("After years of delays, they finally broke ground on the new stadium in March.")
    assert _they_after_opener("As prices rose, they cut back on weekly trips to the market.")
    assert _they_after_opener("In the film “Night Rider,” they play two brothers on the run.")
    assert not _they_after_opener("When investigators reached the scene, they found two bodies.")
    assert not _they_after_opener("After the Tigers' loss, they fired their coach.")
    assert not _they_after_opener("With songs like “Hold On,” the Harlow Sisters topped the charts.")
    assert not _they_after_opener("After months of talks with the union, the company said they would resume hiring.")
    # review118: a quotation that is a group's own name (not after a title word) names people
    assert not _they_after_opener("When the “Delta Nine” walked out of prison after 11 years, they hugged relatives.")
    assert not _they_after_opener("Dubbed the “Delta Nine,” they became a cause for reformers.")
    assert not _they_after_opener("Known as “the Squad,” they pushed the bill through committee.")
    # in a summary: not after another account's line about the club, where "they" would read as the club
    texts = [("The jazz duo Marsh & Vale will play a farewell concert in Chicago on Sunday, the club said.", "a", 0),
             ("Tickets sold out within an hour on Friday, the club said.", "b", 7),
             ("With hits like “Blue Hour” and “Low Tide,” they became the sound of late-night radio.", "b", 3),
             ("The club opened in 1982 on the city's North Side.", "a", 1)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(a, i, t)], support=[a], independent=1)
             for k, (t, a, i) in enumerate(texts)]
    view = StoryView(facts, np.zeros((len(facts), len(NAMES))), np.eye(len(facts), dtype=np.float32))
    chosen = [c.text for c in choose(view, np.array([0.9, 0.6, 0.7, 0.2]), DEFAULT.with_(words=60, summary_fill=False))]
    assert texts[0][0] in chosen and texts[2][0] not in chosen


def test_among_later_sentences_of_like_value_the_one_more_outlets_state_is_taken() -> None:
    """After the lead, room for one more sentence: of two that score alike, the one two outlets
    state is taken; with the preference off, the higher score."""
    from accord.summarize import choose

    texts = [("A storm flooded three towns in the northern valley on Monday night, officials said.", 0),
             ("Rescue teams in boats reached dozens of residents stranded on their rooftops.", 6),
             ("Schools across the valley will stay closed until Thursday, the education office said.", 7)]
    view = _stated_view(texts)
    opts = DEFAULT.with_(words=28, summary_fill=False)
    scores = np.array([2.0, 0.50, 0.45])  # a lede far above the others (the lead margin is 1.0)
    stated = lambda f: {texts[2][0]: 2}.get(f.text, 1)
    assert [c.text for c in choose(view, scores, opts, stated)] == [texts[0][0], texts[2][0]]
    assert [c.text for c in choose(view, scores, opts.with_(summary_stated_margin=0.0), stated)] == [
        texts[0][0], texts[1][0]]


def test_an_article_of_another_story_filed_with_it_gives_no_summary_sentence() -> None:
    """Three accounts of a flood and a charity's appeal about a mountain: the appeal shares no
    words with any account while the accounts share theirs, so none of its sentences is a
    candidate; two articles alone that differ cannot say which is the story's, so both stay."""
    from accord.summarize import strays

    flood = [_art(a, t) for a, t in (
        ("a", "A storm flooded three valley towns on Thursday and 400 residents were evacuated by rescue teams."),
        ("b", "Rescue teams evacuated 400 residents after a storm flooded three towns in the valley on Thursday."),
        ("c", "Three valley towns flooded in Thursday's storm; rescue teams moved 400 residents to shelters."))]
    appeal = _art("d", "April is here and trekking expeditions come to Nepal; donate to our climbers' fund today.")
    assert strays(flood + [appeal], 0.1) == {"d"}
    assert strays(flood, 0.1) == set()
    assert strays([flood[0], appeal], 0.1) == set()
    assert strays(flood + [appeal], 0.0) == set()
    summary = _brief_summary(flood + [appeal], words=200)
    assert summary and not any("donate" in s or "Nepal" in s for s in summary)


def test_a_dated_caption_a_video_running_time_and_a_photo_credit_are_no_candidates() -> None:
    """C7's readers met these in summaries: a dated agency caption (place, then the day, no "on"),
    a video's running time run into the next sentence, a photographer's credit in parentheses.
    Prose that ends on its day after "on", and a dateline's "(Reuters)", stay."""
    from accord.summarize import usable

    assert not usable("A woman kneels with her children outside the church in Newtown, Connecticut December 14, 2014.")
    assert not usable("French soldiers patrol outside the Notre Dame Cathedral in Paris, April 22, 2015.")
    assert not usable("Wedding costs soar to new highs (3:40) As Americans feel better, spending on weddings rose.")
    assert not usable("Here is what you need to know about the senator. (Sarah Parnass/The Washington Post)")
    assert not usable("Mourners pray at a memorial in San Bernardino, Calif., Tuesday, April 11, 2017. (AP Photo/Reed Saxon)")
    assert usable("PARIS (Reuters) - Carmat said on Friday it had carried out its first implant of an artificial heart.")
    assert usable("The letter was signed and dated: “Adolf Eichmann Jerusalem, May 29, 1962.”")
    assert usable("The company was founded in Ohio in 1998, and its shares rose 4% on Monday.")


def test_a_first_person_line_cannot_open_the_summary() -> None:
    """A reviewer's "I spent…" atop an article is no lede: the writer's "I" is unresolved for a
    reader of the summary; the news can open."""
    from accord.summarize import _Context

    texts = ["I spent five hours at the Riverside animal shelter and I cannot rave enough about its staff.",
             "The Riverside animal shelter will close on Friday after the county cut its funding, officials said."]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)
    assert [ctx.lead(i) for i in range(2)] == [False, True]


def test_a_story_told_only_in_the_first_person_still_gets_a_summary() -> None:
    """A one-page story of a column, every line in the writer's "I": such a summary beats none."""
    text = ("I spent five hours at the Riverside animal shelter last week and met every one of its dogs.\n"
            "I cannot rave enough about the staff, who know each animal by name and by temper.")
    arts = [_art("a", text)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(text.splitlines())]
    picked = select(facts, arts, DEFAULT.with_(words=60))
    assert picked and picked[0].text.startswith("I spent")


def _ctx(texts: list[str]):
    from accord.summarize import _Context

    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    return _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)


def test_an_event_the_summary_never_told_is_not_taken_as_known() -> None:
    """"…, he denied the charges" / "At the meeting, …" after sentences that never told of charges or a
    meeting reads as "which charges?": flagged there, not after the sentence that told it."""
    ctx = _ctx(["Mayor Ann Lee was charged with fraud on Monday, prosecutors said.",
                "The city council will vote on a new budget next week.",
                "Lee denied the charges in a statement on Tuesday.",
                "At the meeting, the council members argued for two hours."])
    assert not ctx.flagged([0, 2], {2})  # "charged" told it
    assert ctx.flagged([1, 3], {3})  # no meeting told before
    ctx = _ctx(["The city council will vote on a new budget next week.",
                "Mayor Ann Lee and her deputy Tom Reyes spoke at a rally on Monday.",
                "The two were booed by the crowd."])
    assert not ctx.flagged([1, 2], {2})  # two people named: "the two" are they
    assert ctx.flagged([0, 2], {2})


def test_the_writers_first_person_is_flagged_until_someone_is_named() -> None:
    """Past the opening, an "I" line before the summary has named anyone is a voice the reader cannot
    place ("I opened Safari and lost 2%" after a line about forum users); after a named person it reads
    as theirs; a story that is mostly such lines keeps them rather than a summary cut short."""
    ctx = _ctx(["Users of the phone say its battery still drains fast after the update.",
                "I opened the browser and lost two percent of the charge in a minute."])
    assert ctx.flagged([0, 1], {1})
    assert [f.reason for f in coherence.read(["Michael Dunn spoke about the shooting in calls from the county jail.",
                                              "I was the one who was being preyed upon and I fought back."])] == ["", ""]
    column = ("The shelter on Main Street reopened on Monday after a month of repairs to its roof.\n"
              "I spent five hours there last week and met every one of its dogs and cats.\n"
              "I cannot rave enough about the staff, who know each animal by name and by temper.")
    arts = [_art("a", column)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(column.splitlines())]
    picked = [c.text for c in select(facts, arts, DEFAULT.with_(words=60))]
    assert picked[0].startswith("The shelter") and len(picked) > 1


def test_a_given_name_the_story_writes_only_alone_is_how_it_names_them() -> None:
    """"Jimmy said" needs "Jimmy Carter" before it; but a cat the story only calls "Jack" (or an
    activist who gives one name) is named so by every account, and the summary may too."""
    ctx = _ctx(["Former president Jimmy Carter was treated for cancer in Atlanta on Monday.",
                "Doctors said the treatment went well.",
                "Jimmy thanked the doctors and will teach on Sunday."])
    assert not ctx.flagged([0, 2], {2})
    assert ctx.flagged([1, 2], {2})
    ctx = _ctx(["A cat lost at the airport in August was found in a customs room, the airline said.",
                "Jack was taken to a veterinarian at once."])
    assert not ctx.flagged([0, 1], {1})


def test_a_transcripts_speaker_turn_and_an_at_least_thats_answer_are_no_openers() -> None:
    """"LEE: But I got together some people here." is half an interview in its speaker's "I"; "At
    least that's what officials are saying" answers a sentence the summary does not hold. "At least
    18 people died" is news, and a dateline with a colon is no speaker's label."""
    from accord.summarize import CONNECTIVE, usable

    assert not usable("OPAL LEE: I kept telling family and friends that wanted to do it.")
    assert not usable("LEE: But I got together some people here.")
    assert usable("LONDON: The prime minister resigned on Monday after a vote of no confidence.")
    assert CONNECTIVE.match("At least that's what pageant officials are saying two weeks later.")
    assert not CONNECTIVE.match("At least 18 people died when the bridge collapsed on Monday.")


def test_a_headline_cut_from_its_own_body_is_no_candidate() -> None:
    """A feed's title that is the body's first sentence cut short ("…,' said one law") would read as a
    false sentence once given a full stop; the body's whole sentence is the candidate."""
    cut = Article(id="a", title="“There is no cover story,” said one law",
                  text="“There is no cover story,” said one law professor on Tuesday.\nThe memo was read aloud.")
    whole = Article(id="b", title="Troops begin pullback from Kazakhstan",
                    text="Russia-led troops began leaving Kazakhstan on Thursday, the defence ministry said.")
    assert [f.text for f in title_facts([cut, whole])] == ["Troops begin pullback from Kazakhstan."]


def test_a_headline_cut_inside_a_word_or_at_an_abbreviation_is_no_candidate() -> None:
    """A title cut at a length ("… stay largely pe") or at an abbreviation's stop ("… Thursday, Aug") of
    its body's first sentence is no sentence; a headline that is the body's whole first sentence is."""
    word = Article(id="a", title="Marchers in Dunmore stay largely pe",
                   text="Marchers in Dunmore stay largely peaceful on a third night.\nThe curfew holds.")
    month = Article(id="b", title="The singer Ana Pell turns 40 on Thursday, Aug",
                    text="The singer Ana Pell turns 40 on Thursday, Aug. 23, with a show in Lisbon.")
    title = Article(id="c", title="Crowds wait for Mr",
                    text="Crowds wait for Mr. Reyes outside the court in Tarlow.")
    whole = Article(id="d", title="Floods close the Dunmore bridge",
                    text="Floods close the Dunmore bridge. Traffic was sent north.")
    plain = Article(id="e", title="Voters back the new charter",
                    text="Voters back the new charter. A count is due Monday.")
    assert [f.text for f in title_facts([word, month, title, whole, plain])] == [
        "Floods close the Dunmore bridge.", "Voters back the new charter."]


def test_a_headline_cut_at_a_length_inside_a_word_is_no_candidate() -> None:
    """A title a feed cut at a length ends on the start of a word the story writes in full ("… stay
    largely pe" beside "largely peaceful"); a last word the story writes as it is ("… in Dunmore") is a
    headline's own end."""
    cut = Article(id="a", title="Dunmore police keep the video back as marches stay largely pe",
                  text="A third night of marches in Dunmore ended quietly.")
    other = Article(id="b", title="Marches in Dunmore largely peaceful on third night",
                    text="Marchers filled the square of Dunmore for a third night on Thursday.")
    whole = Article(id="c", title="Curfew lifted early in Dunmore",
                    text="The mayor of Dunmore lifted the curfew at dawn on Friday.")
    word = Article(id="d", title="Court finds the Dunmore levy invalid",
                   text="The court invalidated the Dunmore levy on Friday.")  # a whole word, written longer elsewhere
    assert [f.text for f in title_facts([cut, other, whole, word])] == [
        "Marches in Dunmore largely peaceful on third night.", "Curfew lifted early in Dunmore.",
        "Court finds the Dunmore levy invalid."]


def test_a_last_sentence_that_is_the_leads_own_lede_opens_the_summary() -> None:
    """The sentence taken last across the budget goes last (the reader cuts there), except the lead
    article's own lede above the lead: told after its details it reads as a late main event."""
    ctx = _ctx(["Bullied children face a higher risk of anxiety and depression as adults, researchers found on Wednesday.",
                "The analysis is based on a sample of 1,420 children from North Carolina followed for decades.",
                "Of the original 1,420 children, about 1,270 were followed into adulthood."])
    assert ctx.opens_above(0, [1, 2])
    assert not ctx.opens_above(2, [0, 1])  # below the lead: last, where the reader cuts


def test_a_sentence_in_capitals_is_no_candidate() -> None:
    from accord.summarize import usable

    assert not usable("MR. POOLE DENIED THE ALLEGATIONS BUT LATER PLEADED GUILTY TO ATTEMPTED BATTERY.")
    assert usable("WASHINGTON (AP) — The Senate passed the NATO bill on Monday by a vote of 95 to 4.")


def test_a_short_also_sentence_comes_right_after_the_one_it_adds_to() -> None:
    """"Dozens of people were also injured." after a sentence about the alliance reads as a non
    sequitur: it is taken only right after the sentence before it in its article."""
    ctx = _ctx(["Clashes in Almaty left 164 people dead over the weekend, officials said on Sunday.",
                "Dozens of people were also injured.",
                "The alliance sent about 2,000 troops at the request of the president."])
    assert ctx.flagged([2, 1], {1})
    assert not ctx.flagged([0, 1], {1})


def test_a_table_flattened_into_text_is_no_candidate() -> None:
    from accord.summarize import usable

    assert not usable("Family Size 100% 138% 150% 200% 1 $12,140 16,753 18,210 24,280 2 $16,460 22,715 24,690")
    assert usable("Prices rose 4.1% in May, 3.9% in June and 3.2% in July, the agency said on Friday.")


def _opening(texts: list[tuple[str, int]], scores: list[float], stated=None) -> str:
    """The first sentence ``choose`` picks of one-sentence articles, in 20 words."""
    from accord.summarize import choose

    return choose(_stated_view(texts), np.array(scores), DEFAULT.with_(words=20, summary_fill=False), stated)[0].text


def test_a_short_wire_lede_more_outlets_state_opens_but_never_on_score_alone() -> None:
    """An article's short first sentence ("Troops began leaving the city on Thursday.", under
    ``summary_lead_min_words``) is the event the accounts share: it opens when the support check finds
    more outlets stating it than the best long lede; never when none does, nor on its score alone."""
    short, long = ("Troops began leaving the city on Thursday.",
                   "Soldiers began withdrawing from the city after days of unrest, the ministry said on Thursday.")
    texts = [(short, 0), (long, 0)]
    three = lambda f: {short: 3}.get(f.text, 1)
    assert _opening(texts, [0.45, 0.50], three) == short
    assert _opening(texts, [0.45, 0.50]) == long  # no count: the long lede
    assert _opening(texts, [0.90, 0.50], lambda f: 1) == long  # a better score, but no more outlets
    assert _opening(texts, [0.45, 1.50], three) == long  # a far better lede


def test_an_embedded_posts_other_sentences_are_no_candidates() -> None:
    """A post's text splits into sentences of which only the last carries the handle and the date:
    every sentence of its paragraph is the poster's, none a summary sentence; a paragraph of the
    article's own prose beside it stays."""
    from accord.summarize import posts

    body = ("The wrong envelope was handed to the presenters on Sunday night.\n\n"
            "Don’t blame the old people for that one. They gave Warren Beatty the wrong envelope. "
            "#Oscars — Wanda Sykes (@iamwandasykes) February 27, 2017\n\n"
            "The accounting firm apologised on Monday for the error.")
    art = Article(id="a", title="", text=body)
    said = ["The wrong envelope was handed to the presenters on Sunday night.",
            "Don’t blame the old people for that one.", "They gave Warren Beatty the wrong envelope.",
            "The accounting firm apologised on Monday for the error."]
    facts = []
    for k, t in enumerate(said):
        start = body.index(t)
        facts.append(Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, start=start, end=start + len(t))],
                          support=["a"]))
    assert posts(facts, [art]) == {("a", 1), ("a", 2)}
    plain = Article(id="a", title="", text=body.replace(" #Oscars — Wanda Sykes (@iamwandasykes) February 27, 2017", ""))
    assert posts(facts, [plain]) == set()


def test_a_sentence_closing_a_quotation_it_did_not_open_needs_the_one_before_it() -> None:
    from accord.summarize import closes_quote

    assert closes_quote("We are investigating how this could have happened, and deeply regret it.”")
    assert closes_quote('We deeply regret that this occurred."')
    assert not closes_quote("“We are ready,” she said.")
    assert not closes_quote("He called the ruling “a farce.”")
    assert not closes_quote('"Yes," he said.') and not closes_quote('He called it "a farce."')
    arts = [_art("a", "The firm apologised on Monday for handing the presenters the wrong envelope at the awards.\n"
                      "“We sincerely apologise to the nominees,” a statement from the firm said. “We are investigating "
                      "how this could have happened, and deeply regret that this occurred.”\n"
                      "The firm has counted the votes for decades.")]
    summary = _brief_summary(arts, words=60)
    assert not summary[0].startswith("We are investigating")
    at = [k for k, s in enumerate(summary) if s.startswith("We are investigating")]
    assert not at or summary[at[0] - 1].startswith("“We sincerely apologise")


def test_a_person_the_summary_named_in_full_is_not_introduced_again() -> None:
    """Another account's "Amber Pasztor, the woman who …" after the summary named her in full reads as
    a second introduction; her name alone, or a first introduction, reads well."""
    from accord.summarize import _introduces

    assert _introduces("Amber Pasztor, the woman who killed her two children, was in court.", 0, "pasztor")
    assert _introduces("Mark Lane, 87, died of a heart attack on Tuesday.", 0, "lane")
    assert not _introduces("Amber Pasztor said on Monday she was guilty.", 0, "pasztor")
    texts = ["Amber Pasztor admitted on Monday to killing her two children, police in Indiana said.",
             "Amber Pasztor, the woman who killed her two children, was due in court on Friday.",
             "Amber Pasztor faces two charges of murder in Elkhart County, prosecutors said."]
    from accord.model import Mention
    from accord.summarize import _Context

    name = Mention(kind="entity", text="Amber Pasztor", value="amber pasztor", label="PERSON", start=0, end=13)
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=[name])], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)
    assert all(ctx.reading(i).full_names for i in range(3))
    assert ctx.flagged([0, 1], {1})
    assert not ctx.flagged([0, 2], {2})
    assert not ctx.flagged([1], {1})


def test_another_person_of_the_same_surname_or_a_headlines_name_is_no_second_introduction() -> None:
    """"Carl Conyers, a 21-year-old student, …" after "Rep. John Conyers' son" introduces the son, not
    the father again; a name in the headline is no introduction, so the lede's "Devon James, a …" stands."""
    from accord.model import Mention
    from accord.summarize import _Context

    texts = ["Police say Rep. John Conyers' youngest son, reported missing this week, has been found safe.",
             "Carl Conyers, a 21-year-old student at the university, was found early on Friday, police said."]
    found = [Mention(kind="entity", text="John Conyers", value="john conyers", label="PERSON", start=16, end=28),
             Mention(kind="entity", text="Carl Conyers", value="carl conyers", label="PERSON", start=0, end=12)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=[found[k]])], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)
    assert ctx.reading(0).full_names and ctx.reading(1).full_names
    assert not ctx.flagged([0, 1], {1})
    twice = [texts[0], "John Conyers, a Democrat first elected in 1964, is the longest-serving member of Congress."]
    found2 = [found[0], Mention(kind="entity", text="John Conyers", value="john conyers", label="PERSON", start=0, end=12)]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=[found2[k]])], support=["a"], independent=1)
             for k, t in enumerate(twice)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(twice))], embed=False), DEFAULT)
    assert ctx.flagged([0, 1], {1})


HARBOUR_A = ["Milltown lawmakers voted on Tuesday to close the old harbour bridge to all traffic.",
             "Engineers found deep cracks in two of its steel supports during a routine inspection.",
             "He said the cracks had grown since the last inspection two years ago.",
             "Repairs are expected to cost about twelve million dollars and last two full years."]
HARBOUR_B = ["Shop owners near the harbour fear losing customers while the crossing stays shut.",
             "A ferry company offered to run extra boats across the bay during the closure.",
             "Cyclists asked the council for a temporary lane on the railway viaduct instead.",
             "Delivery firms warned that parcels to the island district could arrive a day late.",
             "Residents of the old quarter collected signatures for a footbridge beside the crossing.",
             "Fishermen said the closure would leave their moorings cut off from the market hall."]


def _harbour(scores: list[float], run: float, words: int = 112) -> list[str]:
    from accord.summarize import choose

    facts, arts = _two_accounts(HARBOUR_A, HARBOUR_B)
    return [c.text for c in choose(view(facts, arts, embed=False), np.array(scores), DEFAULT.with_(words=words, summary_run=run))]


def test_with_a_run_the_lede_is_its_articles_opening_even_when_a_later_top_sentence_scores_higher() -> None:
    """``summary_run``: the summary opens on the best lede's account from its own start, not on its
    second sentence (whose "its steel supports" needs the bridge the opening introduces)."""
    scores = [1.2, 3.0, 0.1, 0.1] + [1.0] * len(HARBOUR_B)
    assert _harbour(scores, 0.0, words=15) == [HARBOUR_A[1]]  # the backbone opens on the best top sentence
    assert _harbour(scores, 0.6, words=15) == [HARBOUR_A[0]]
    assert _harbour(scores, 0.6)[:2] == HARBOUR_A[:2]
    # the account of the best lede opens, on its opening, however that sentence scores alone
    assert _harbour([0.1, 3.0, 0.1, 0.1] + [1.0] * len(HARBOUR_B), 0.6)[:2] == HARBOUR_A[:2]


def test_the_run_stops_at_the_first_sentence_that_does_not_read_where_it_stands() -> None:
    """"He said …" names no person the summary introduced: the backbone passes over it and
    goes on with the article's next sentence; the run stops there instead (a gap in one account's
    thread is what readers of protocol C named as its jumps)."""
    scores = [3.0, 0.1, 0.1, 0.1] + [1.0] * len(HARBOUR_B)
    backbone = _harbour(scores, 0.0)
    assert backbone[:3] == [HARBOUR_A[0], HARBOUR_A[1], HARBOUR_A[3]]
    run = _harbour(scores, 0.6)
    assert run[:2] == HARBOUR_A[:2] and HARBOUR_A[2] not in run
    assert run.index(HARBOUR_B[0]) == 2  # the other account follows the run, not the gap's sentence


def test_with_a_run_another_accounts_sentence_must_stand_alone() -> None:
    """Beside the run, another account's "She said …", "They …", "But …" or an opening quotation with
    no speaker reads as the run's people or as an answer to the run's last line: not taken; a sentence
    with its own named subject is (``summary_run_alone``). Without it only the coherence check decides."""
    from accord.summarize import _Context

    a = ["Mayor Ann Lee closed the old harbour bridge on Tuesday after engineers found deep cracks."]
    b = ["The bridge carried twelve thousand cars a day across the bay, the city said.",
         "She said repairs would take at least two years and cost twelve million dollars.",
         "But shop owners near the harbour fear losing their customers for good.",
         "“We had no choice at all,” because the supports could give way at any moment.",
         "A ferry company offered to run extra boats across the bay during the closure."]
    facts, arts = _two_accounts(a, b)
    ctx = _Context(view(facts, arts, embed=False), DEFAULT.with_(summary_run=0.6, summary_run_alone=True))
    assert [ctx.alone(i, [0]) for i in range(1, 6)] == [True, False, False, False, True]
    assert ctx.alone(2, [])  # nothing chosen yet: the lede's own rules decide
    for off in (DEFAULT.with_(summary_run=0.0, summary_run_alone=True), DEFAULT.with_(summary_run_alone=False)):
        assert all(_Context(view(facts, arts, embed=False), off).alone(i, [0]) for i in range(1, 6))


def test_the_run_passes_over_the_account_retelling_its_lede() -> None:
    """A wire story's second sentence retells its short lede ("Troops began leaving …" / "Troops sent
    to the city have begun leaving …"): the run passes over the repeat and goes on with the account's
    next sentence (nothing points at the repeat), as it stops at one that does not read."""
    from accord.summarize import choose

    a = ["Troops began leaving the city of Almaty on Thursday after a week of unrest.",
         "Troops sent to the city of Almaty after a week of unrest began leaving on Thursday.",
         "Roughly 2,300 soldiers had been flown in by an alliance of former Soviet states.",
         "The government said it had arrested nearly 10,000 people during the protests."]
    b = ["Shop owners in the old town reopened their doors for the first time in days.",
         "Banks resumed payments and the internet was restored across most of the country."]
    facts, arts = _two_accounts(a, b)
    scores = np.array([3.0, 0.1, 0.1, 0.1, 1.0, 1.0])
    out = [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60, summary_run=0.9))]
    assert out[:3] == [a[0], a[2], a[3]] and a[1] not in out


def test_usable_screened_patterns_answer_as_the_tables() -> None:
    """``usable`` asks its caption and newsroom tables through ``patterns.Alternatives`` (a branch
    tried only when a word it needs is there): the answer is the table's own, hit or miss, for a
    sentence of every branch and for near misses (case, a word the screen looks for in other use)."""
    from accord.summarize import CAPTION, NOT_NEWS, PICTURED, _CAPTION, _NOT_NEWS, _PICTURED

    texts = [
        "Mayor Ann Lee (pictured above in 2019) visited the shelters.", "Smith (Left) and Jones met.",
        "The house, pictured here, burned.", "The house was pictured on Monday.",
        "Image copyright AFP Image caption The man was held.", "The image caption was wrong.",
        "Enlarge Image Close Getty Images LeBron scored.", "Photos: A crowd gathered in the square.",
        "photo: a crowd", "He liked it. REUTERS/Jonathan Ernst Sen. Bernie Sanders spoke.",
        "FILE - In this Thursday photo, a man walks.", "The file photo shows the mayor.",
        "He knocks. Advertisement Plus, we have questions.", "John Conyers, D-Mich., speaks on Capitol Hill in Washington.",
        "A vigil in Newtown, Connecticut December 14, 2014.", "Wedding costs soar (3:40) As Americans marry.",
        "The mayor waves (AP Photo/Reed Saxon)", "(Sarah Parnass/The Washington Post)",
        "(Update: the mayor resigned)", "as a fuel1,2,3 for cars", "the catalysts4, made here",
        "We report a new catalyst.", "Here we show that mice sleep.", "The AP left a message seeking comment.",
        "She did not immediately respond to a request for comment.", "He could not be reached.",
        "The mayor did not respond to the crisis for weeks, critics said on Monday in a long letter.",
        "Ⅽould not be reached", "ſmith (left)", "Reuters reported that the bank would close 40 branches.",
    ]
    for raw, screened in ((PICTURED, _PICTURED), (CAPTION, _CAPTION), (NOT_NEWS, _NOT_NEWS)):
        answers = [screened.found(t) for t in texts]
        assert answers == [raw.search(t) is not None for t in texts]
        assert any(answers) and not all(answers)


BRIDGE_A = ["Milltown lawmakers voted on Tuesday to close the old harbour bridge to all traffic.",
            "Engineers found deep cracks in two of its steel supports during a routine inspection.",
            "Repairs are expected to cost about twelve million dollars and last two full years.",
            "The council will run a free ferry across the bay until the crossing reopens.",
            "Mayor Ann Lee said the city had no choice once the engineers had reported."]


def test_the_run_reads_the_lede_account_through_the_budget_while_each_sentence_reads() -> None:
    """``summary_run`` 1.0 (the default): an account whose sentences all read where they stand fills
    the summary in its own order, though another account's sentences score higher — no sentence
    spliced in from another outlet to retell or contradict the opening (protocol C12). The near case:
    a run of 0.6 of the budget stops and the better-scored other account follows."""
    from accord.summarize import choose

    facts, arts = _two_accounts(BRIDGE_A, HARBOUR_B)
    scores = np.array([3.0, 0.1, 0.1, 0.1, 0.1] + [1.0] * len(HARBOUR_B))
    words = sum(len(t.split()) for t in BRIDGE_A)
    full = [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=words))]
    assert DEFAULT.summary_run == 1.0 and full == BRIDGE_A
    part = [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=words, summary_run=0.6))]
    assert part[:3] == BRIDGE_A[:3] and set(part) & set(HARBOUR_B)


def _ctx_named(texts: list[str], people: dict[int, list[str]]):
    """``_ctx`` with the analyser's PERSON mentions: ``people[k]`` the names it found in sentence k."""
    from accord.model import Mention
    from accord.summarize import _Context

    def found(k: int, t: str) -> list[Mention]:
        return [Mention(kind="entity", label="PERSON", text=w, value=w, start=t.index(w), end=t.index(w) + len(w))
                for w in people.get(k, [])]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=found(k, t))], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    return _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)


def test_a_lone_name_needs_an_introduction_only_when_the_story_gives_one() -> None:
    """A word the analyser reads as a surname that no sentence of the story gives in full, and that
    the story never shows to be a person ("Petlexa", "Newsweek"), is how the story names it: it does
    not stop the run. "Zuckerberg expanded" before "Mark Zuckerberg" does, and so does "Lauer asked"
    when the story only ever says "Lauer" (a person the reader was never introduced to)."""
    ctx = _ctx_named(["Amazon released a skill for pets on Monday, the company said.",
                      "Petlexa lets dogs and cats talk to the speaker, the company says."], {1: ["Petlexa"]})
    assert not ctx.flagged([0, 1], {1})
    ctx = _ctx_named(["Facebook bought Oculus for $2 billion on Tuesday, the company said.",
                      "Zuckerberg expanded on that in a call with analysts.",
                      "Chief executive Mark Zuckerberg called virtual reality the next platform."],
                     {1: ["Zuckerberg"], 2: ["Mark Zuckerberg"]})
    assert ctx.flagged([0, 1], {1})
    assert not ctx.flagged([2, 1], {1})
    ctx = _ctx_named(["Ten siblings of one family all went to college before they were twelve.",
                      "Lauer asked the family about missing out on childhood."], {1: ["Lauer"]})
    assert ctx.flagged([0, 1], {1})


def test_a_standing_state_opens_only_when_it_scores_far_above_the_news() -> None:
    """A handout's "Lyme disease is a common infection …" scored above an outlet's news lede opened
    the summary, and the reader met the event late: a state loses ``summary_lead_state_penalty``
    (2.0) of its lead rank. Far better scored (the story is the explainer) it still opens."""
    from accord.summarize import choose

    ledes = [("Lyme disease is a common infection that ticks carry in the northeast.", 0),
             ("A woman in Oklahoma lost both legs to an infection after a tick bite on holiday.", 0)]
    view = _stated_view(ledes)
    opts = DEFAULT.with_(words=16, summary_fill=False)
    assert [c.text for c in choose(view, np.array([2.5, 1.0]), opts)] == [ledes[1][0]]
    assert [c.text for c in choose(view, np.array([3.5, 1.0]), opts)] == [ledes[0][0]]
    assert [c.text for c in choose(view, np.array([2.5, 1.0]), opts.with_(summary_lead_state_penalty=1.0))] == [ledes[0][0]]


def test_a_time_stamp_alone_is_no_summary_or_timeline_sentence() -> None:
    """"May 2, 2013 1: 35 pm." split out of a page's dateline states nothing; a sentence with a time does."""
    from accord.summarize import usable

    assert not usable("May 2, 2013 1: 35 pm.") and not usable("updated 8: 41 p.")
    assert usable("The ferry sank at 8 p.m. on May 2, 2013, officials said.")


def _facts_of(arts: list[Article]) -> list[Fact]:
    """One fact per line of each article."""
    return [Fact(id=f"{a.id}{k}", text=t, sentences=[Sentence(a.id, k, t)], support=[a.id], independent=1)
            for a in arts for k, t in enumerate(a.text.splitlines())]


def test_a_sentence_taken_to_introduce_another_must_not_retell_the_lead() -> None:
    """coherence15: a sentence that needs the one before it ("But …") comes with it, and that one
    must pass the near-repeat test like any other: another outlet's opening retelling the lead is a
    second lede (mn-val-124: "There is a lot of relief … after city clerk Kim Lehmkuhl resigned"
    after the lede told her resignation). A sentence before it that tells something new still comes."""
    from accord.summarize import choose, features

    def summary(second: str) -> list[str]:
        arts = [_art("a", "City clerk Kim Lehmkuhl of Pleasant Hill resigned on Monday after failing to produce "
                          "a year of council minutes.\nThe council will name an interim clerk next week."),
                _art("b", f"{second}\nBut residents who signed the recall petition said they were relieved.")]
        facts = _facts_of(arts)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array([3.0, 0.1, 1.0, 2.0]), DEFAULT.with_(words=60))]

    retold = "Residents of Pleasant Hill cheered this week when their embattled clerk, Lehmkuhl, quit her post."
    assert retold not in summary(retold)
    new = "A recall election against the clerk had been set for June at a cost of $200,000 to the city."
    out = summary(new)
    assert new in out and out.index(new) + 1 < len(out) and out[out.index(new) + 1].startswith("But residents")


def test_another_outlets_opening_with_the_ledes_subject_is_a_second_lede_in_fewer_shared_words() -> None:
    """coherence15: "In a video …, former vice president Joe Biden formally announced he's running"
    after "Former Vice President Joe Biden said he would seek the nomination" tells the news twice
    (NeuS readers) while sharing under a quarter of the lede's words: with the lede's subject, a fifth
    is enough. Another subject with as many shared words ("Rivals greeted the bid …") is still news."""
    from accord.summarize import choose, features
    from accord.summarize.events import subject_names

    assert subject_names("In a video released Thursday morning, former vice president Joe Biden formally "
                         "announced he's running for president.") == {"joe", "biden"}
    assert subject_names("Sen. Mazie Hirono, D-Hawaii, said Monday the bill was a chance.") >= {"mazie", "hirono"}
    assert subject_names("A storm flooded three towns on Monday.") == frozenset()
    assert subject_names("He said the water would fall.") == frozenset()
    lede = ("Former Vice President Joe Biden said on Thursday he would seek the Democratic presidential "
            "nomination, launching a third bid for the White House.")

    def summary(second: str, share: float = DEFAULT.summary_lede_subject_overlap) -> list[str]:
        arts = [_art("a", lede + "\nBiden, 76, enters a crowded field of 20 Democratic candidates."),
                _art("b", second + "\nThe campaign will hold its first rally in Pittsburgh on Monday.")]
        v = features.view(_facts_of(arts), arts, embed=False)
        opts = DEFAULT.with_(words=70, summary_lede_subject_overlap=share)
        return [c.text for c in choose(v, np.array([3.0, 0.5, 2.0, 0.1]), opts)]

    retold = "Joe Biden formally announced his bid in a video posted online, ending months of speculation."
    assert retold not in summary(retold)
    assert retold in summary(retold, share=1.0)  # the option is what keeps it out
    other = "Rivals greeted the bid of Joe Biden with a video posted online, ending months of speculation."
    assert other in summary(other)


def test_a_sentence_more_outlets_state_is_taken_up_to_the_default_margin_below_the_best() -> None:
    """support16: the default margin (1.5) takes a sentence two outlets state over one scoring 1.0
    higher that one outlet states; one 2.0 below is beyond it and the higher score stands."""
    from accord.summarize import choose

    texts = [("A storm flooded three towns in the northern valley on Monday night, officials said.", 0),
             ("Rescue teams in boats reached dozens of residents stranded on their rooftops.", 6),
             ("Schools across the valley will stay closed until Thursday, the education office said.", 7)]
    view = _stated_view(texts)
    opts = DEFAULT.with_(words=28, summary_fill=False)
    stated = lambda f: {texts[2][0]: 2}.get(f.text, 1)
    near = np.array([4.0, 0.5, -0.5])
    assert [c.text for c in choose(view, near, opts, stated)] == [texts[0][0], texts[2][0]]
    far = np.array([4.0, 0.5, -1.5])
    assert [c.text for c in choose(view, far, opts, stated)] == [texts[0][0], texts[1][0]]


def _spill_view(head: str) -> tuple[object, list[str]]:
    from accord.summarize import features

    body = ["A storm flooded three valley towns on Monday night, forcing hundreds of residents to leave.",
            "Schools across the region will stay closed until Thursday, officials said on Tuesday."]
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(body)]
    facts.append(Fact(id="h", text=head, sentences=[Sentence("a", -1, head)], support=["a"], independent=1))
    return features.view(facts, [Article(id="a", title=head.rstrip("."), text="\n".join(body))], embed=False), body


def test_a_headline_crossing_the_budget_opens_the_summary_not_trails_it() -> None:
    """(coherence16) With ``summary_fill`` the best next sentence may cross the budget as the last one;
    a headline put there, after the body, retells the news as an orphan: it opens the summary instead."""
    from accord.summarize import choose

    view, body = _spill_view("Governor asks Washington for emergency aid to rebuild bridges.")
    opts = DEFAULT.with_(words=18, summary_fill=True)
    out = [c.text for c in choose(view, np.array([1.0, 0.1, 0.8]), opts)]
    assert out == ["Governor asks Washington for emergency aid to rebuild bridges.", body[0]]
    # near case: a body sentence crossing the budget still goes last, where the reader cuts
    out = [c.text for c in choose(view, np.array([1.0, 0.8, np.nan]), opts)]
    assert out == body
    # a headline that asks or quotes someone does not open the summary (opening it went unanswered or
    # contradicted the lede: coherence16's reading) and is not told after the body either, where it read
    # as a second story begun (protocol C30: "… Coronavirus in the White House: Is"; coherence30)
    for head in ("Will the governor get emergency aid to rebuild the bridges?",
                 "‘It is not true’: governor denies asking Washington for aid."):
        view, body = _spill_view(head)
        out = [c.text for c in choose(view, np.array([1.0, 0.1, 0.8]), opts)]
        assert out == [body[0]]
        out = [c.text for c in choose(view, np.array([1.0, 0.1, 0.8]), opts.with_(summary_head_trails=True))]
        assert out == [body[0], head]  # before coherence30: last, where the reader cuts


def test_a_quoted_verdict_on_what_came_before_needs_that_sentence() -> None:
    """(coherence16) "“This is surprising,” Tschopp said." judges what its article told just before:
    away from that sentence the reader asks "what is?" (C15: "This was surprising" after its finding
    was left out). A demonstrative with its noun, or one the quotation says what it is, stands alone."""
    from accord.summarize import quoted_pointer

    assert quoted_pointer("“This is surprising,” Tschopp said in a statement.")
    assert quoted_pointer("“This was surprising, as it had been suggested that CBD could help,” said Ms. Winstanley.")
    assert quoted_pointer("\"That was really unexpected.\" she said.")
    assert not quoted_pointer("“This week's vote matters,” she said.")
    assert not quoted_pointer("“This is a risk that the president clearly set himself up for,” said Charles Gabriel.")
    assert not quoted_pointer("\"This is perhaps the only known example of a wild mammal,\" said Laurie Hedges.")
    assert not quoted_pointer("This is surprising, researchers said.")  # no quotation: the opener rules read it


def test_a_quoted_verdict_comes_right_after_its_sentence_or_not_at_all() -> None:
    from accord.summarize import choose, features

    texts = ["A giant dinosaur foot found in Wyoming belonged to one of the largest animals ever, scientists said.",
             "The foot was far larger than the team had expected from the bones found nearby.",
             "“This is surprising,” said Emanuel Tschopp, a researcher at the museum in New York.",
             "The team used 3D scanning to compare the foot with those of many other dinosaur species."]
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(texts)]
    view = features.view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False)
    opts = DEFAULT.with_(words=60, summary_fill=False, summary_run=0.0, summary_backbone=0.0)
    out = [c.text for c in choose(view, np.array([1.0, np.nan, 0.9, 0.5]), opts)]
    assert texts[2] not in out  # its sentence is not in the summary: the verdict is not either
    out = [c.text for c in choose(view, np.array([1.0, 0.2, 0.9, 0.5]), opts)]
    assert texts[2] not in out or out.index(texts[2]) == out.index(texts[1]) + 1


def _shouted_by_letters(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 6 and len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def test_shouted_and_table_read_ascii_as_letter_by_letter():
    # (speed15) the ASCII fast paths give the letter-by-letter answer, at the 90% edge and beside it
    from accord.summarize import _shouted, _table

    cases = ["MR. POOLE DENIED THE ALLEGATIONS BUT LATER PLEADED GUILTY TO FRAUD.",
             "MR. POOLE DENIED THE ALLEGATIONS but later pleaded guilty to fraud.",
             "ABCDEFGHI ABCDEFGHI ABCDEFGHI ABCDEFGHI ABCDEFGHI abcde",  # 45 of 50 capitals: 90%, shouted
             "ABCDEFGHI ABCDEFGHI ABCDEFGHI ABCDEFGHI ABCDEFGH abcdef",  # 44 of 50: not
             "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.",
             "ÉTATS-UNIS: LE SÉNAT A VOTÉ MARDI POUR ADOPTER LE PROJET DE LOI",
             "Ⓐ Ⓑ Ⓒ ⓓ ⓔ ⓕ ⓖ ⓗ ⓘ ⓙ ⓚ ⓛ ⓜ ⓝ ⓞ ⓟ ⓠ ⓡ ⓢ ⓣ ⓤ"]
    for text in cases:
        assert _shouted(text) == _shouted_by_letters(text), text
    assert _shouted(cases[0]) and _shouted(cases[2]) and not _shouted(cases[3]) and not _shouted(cases[4])
    assert _table("Family Size 100% 138% 150% 1 $12,140 16,753 18,210 2 $16,460 22,715")
    assert not _table("The family of four earned $12,140 last year, less than the 150% line they needed.")
    assert not _table("The committee will meet again next week to discuss the budget and the new hires.")
    assert not _table("Les familles gagnaient ²³ cette année, moins que le seuil de pauvreté de la ville.")


def test_broken_screened_by_its_words_agrees_with_the_pattern():
    # (speed15) usable asks BROKEN through Alternatives; the answers are the pattern's
    from accord.summarize import BROKEN, _BROKEN

    cases = ["Read more at www.example.com today", "He was there with", "He said:", "The talks ended.",
             "— and then it rained", "B  was the", "Follow @ab for news.", "The withdrawal began.",
             "It ended . . .", "It ended …”)", "email me at a@bc.com", "He met Mr.", "Mr. Smith left."]
    for text in cases:
        assert _BROKEN.found(text) == bool(BROKEN.search(text)), text
    assert _BROKEN.found(cases[1]) and not _BROKEN.found(cases[3]) and not _BROKEN.found(cases[7])


def test_a_sentence_without_its_stop_is_no_candidate() -> None:
    """(coherence17, issue 13) The summary joins its sentences with a space: a page's first line that
    is its headline, with no stop, reads run into the next ("… the Klingon language In a fresh round of
    briefs, …"). A sentence that ends on a stop, closing quotes after it, is a candidate; an article's
    first line without one is its headline, given a stop; any other line without one is none."""
    from accord.summarize import stopped

    head = "Paramount wants to kill a fan-film by claiming copyright on the Klingon language"
    lede = "The crowdfunded fan-film Prelude to Axanar has been in Paramount's cross-hairs since late last year."
    quoted = "“We will sink Japan,” the agency said, calling it a ‘nest of aggression.’ ”"
    assert not stopped(head) and not stopped("Tobacco, smokeless") and not stopped("Harvard Law Record")
    assert stopped(lede) and stopped(quoted) and stopped("Is it over?") and stopped('He said: "Go home!"')
    label = "Painter (workplace exposure as a)"
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate([head, lede, quoted, label])]
    cut = "Michael Cohen testified on Tuesday that Trump had directed him to arrange payments ahead of the 2016 presidential"
    alone = Fact(id="c", text=cut, sentences=[Sentence("c", 0, cut)], support=["c"], independent=1)
    # a feed's lede cut short, no sentence with a stop in its article: a candidate as it stands, never given a stop
    assert [f.text for f in candidates([alone])] == [cut]
    short = Article(id="c", title="", text=cut)
    assert [c.text for c in select([alone], [short], DEFAULT.with_(words=200, summary_titles=False))] == [cut]
    # the page's first line is its headline: scored as it stands; any later line without a stop is no candidate
    assert [f.text for f in candidates(facts)] == [head, lede, quoted]
    page = Article(id="a", title="", text="\n\n".join([head, lede, quoted, label]))
    printed = [c.text for c in select(facts, [page], DEFAULT.with_(words=200, summary_titles=False))]
    assert head + "." in printed and not any(label in t for t in printed)
    assert all(stopped(t) for t in printed)  # the headline, when taken, is printed with its stop
    later = Fact(id="f9", text=head, sentences=[Sentence("a", 9, head)], support=["a"], independent=1)
    assert [f.text for f in candidates([later] + facts[1:2])] == [lede]  # below the first sentence: a subhead
    byline = "By Jane Doe"
    above = [Fact(id=f"g{i}", text=t, sentences=[Sentence("g", i, t)], support=["g"], independent=1)
             for i, t in enumerate([byline, head, lede])]
    assert [f.text for f in candidates(above)] == [head, lede]  # a short line, then the headline, then the lede
    assert [f.text for f in candidates([Fact(id="f8", text="Harvard Law Record", sentences=[Sentence("a", 0, "Harvard Law Record")],
                                             support=["a"], independent=1)] + facts[1:2])] == [lede]  # a label: too short


def test_a_headline_run_into_its_first_sentence_is_left_out_of_it() -> None:
    """(coherence17, issue 13) "Congressional leaders reach budget deal The agreement would raise …":
    the page printed its headline with no stop before the lede. The candidate is the lede alone, its
    span moved with it. A sentence that opens on a name or an organisation keeps every word."""
    from accord.model import Mention
    from accord.summarize import unfused

    head = "Congressional leaders reach budget deal "
    lede = "The agreement would raise stiff spending caps on the military and domestic programs."
    text = head + lede
    assert text[unfused(text):] == lede
    assert unfused("Missing swimmer rescued off Ipswich coast According to police, the man was found alive at dawn.") > 0
    assert unfused("The National Coalition For the Homeless said on Monday that shelters were full again.") == 0
    assert unfused("Congressional Budget Office Director Keith Hall said the deal would raise the deficit sharply.") == 0
    assert unfused("European Union leaders met in Brussels The agreement they reached was praised.") == 0  # a name before
    assert unfused("He said The agreement would hold.") == 0  # too short on either side: a sentence, not a headline
    assert unfused("The reporter, who wrote for The New York Times for years, said the paper would publish more.") == 0
    assert unfused("She was charged with a Class A misdemeanor and released on bail on Monday night.") == 0
    assert unfused("Eat less meat, the report said. The agreement would hold for at least the next ten years.") == 0
    s = Sentence("a", 0, text, mentions=[Mention(kind="entity", text="Congressional", value="congress", start=0, end=13)],
                 start=10, end=10 + len(text))
    fact = Fact(id="f0", text=text, sentences=[s], support=["a"], independent=1)
    (out,) = candidates([fact])
    assert out.text == lede and out.sentences[0].start == 10 + len(head) and out.sentences[0].mentions == []
    named = "Congressional Budget Office Director Keith Hall said on Monday the deal would raise the deficit."
    (kept,) = candidates([Fact(id="f1", text=named, sentences=[Sentence("a", 1, named)], support=["a"], independent=1)])
    assert kept.text == named


def test_a_quotation_run_on_is_not_cut_as_a_headline() -> None:
    """(coherence17) Inside someone's words a missing stop is the speaker's, not a page's headline:
    cutting there would leave the quotation's end with no speaker."""
    from accord.summarize import unfused

    assert unfused('She said, "I willed myself to get this message out here This is my purpose, this is why I am here."') == 0
    assert unfused("Leaders reach a budget deal over spending The agreement would raise caps on both programs.") > 0


def test_a_headline_its_lede_retells_is_not_told_twice() -> None:
    """(coherence18, issue 13) A headline above its own lede that says it all tells one fact twice
    (protocol C: "headline + near-identical lede"): less than ``summary_headline_novelty`` of its
    content words new to the summary's other sentences and no figure they lack, it goes. A headline
    that adds a figure or a party the summary has not told stays."""
    from accord.summarize import _stems, headline_retold

    lede = ("For the first time in more than 130 years, young adults ages 18-34 are more likely to live "
            "with their parents than in any other living situation, according to a new Pew Research Center analysis.")
    told = [lede]
    said = _stems(lede)
    assert headline_retold("For First Time In 130 Years, Young Adults Live With Parents", said, told, 0.4)
    # near cases: a figure the summary lacks, a new party, the rule off, nothing told yet
    assert not headline_retold("For First Time In 140 Years, Young Adults Live With Parents", said, told, 0.4)
    assert not headline_retold("Young Adults Live With Parents, Census Bureau And Treasury Warn Congress",
                               said, told, 0.4)
    assert not headline_retold("For First Time In 130 Years, Young Adults Live With Parents", said, told, 0.0)
    assert not headline_retold("For First Time In 130 Years, Young Adults Live With Parents", frozenset(), [], 0.4)

    head = "For First Time In 130 Years, Young Adults Live With Parents"
    rest = ["Some 32.1 percent of them live in their parents' house, while 31.6 percent live with a spouse or partner.",
            "The rest live with another family member or in group quarters such as a college dorm.",
            "Economists said weak wages and rising rents explain much of the shift."]
    lines = [head, lede] + rest
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(lines)]
    page = Article(id="a", title="", text="\n\n".join(lines))
    opts = DEFAULT.with_(words=200, summary_titles=False)
    printed = [c.text for c in select(facts, [page], opts)]
    assert lede in printed and not any(t.startswith("For First Time") for t in printed)
    # before coherence18 (0): the headline opens the summary above its lede
    assert printed != [c.text for c in select(facts, [page], opts.with_(summary_headline_novelty=0.0))]
    # a headline with a figure its lede lacks stays
    other = "For First Time In 130 Years, 25 Million Young Adults Live With Parents"
    facts2 = [Fact(id="g0", text=other, sentences=[Sentence("a", 0, other)], support=["a"], independent=1)] + facts[1:]
    page2 = Article(id="a", title="", text="\n\n".join([other] + lines[1:]))
    assert other + "." in [c.text for c in select(facts2, [page2], opts)]


def test_a_quotation_another_outlet_already_quoted_is_not_told_again() -> None:
    """(coherence19, protocol C16: mn-val-235) Two outlets quoting one reaction tell it twice, in words
    the novelty test cannot see ("said" / "described"). Near cases: a longer quotation that goes on
    past the words already quoted, another quote of the same speaker, one word in common."""
    from accord.summarize import quote_retold

    lede = ('Japan\'s top government spokesman said Thursday that a North Korean threat to sink Japan with a '
            'nuclear bomb is "extremely provocative and outrageous."')
    assert quote_retold("Japan’s top government spokesman, Yoshihide Suga, described the statement as "
                        "“extremely provocative and egregious”.", [lede])
    assert not quote_retold("Suga said the statement “is extremely provocative and outrageous, and we will answer it "
                            "with new sanctions on every ship that carries North Korean coal or oil to its ports”.", [lede])
    assert not quote_retold("Suga called the threat “absolutely unacceptable”.", [lede])
    assert not quote_retold("Suga said the remarks were “provocative” and “dangerous”.", [lede])
    assert not quote_retold("Suga described the statement as extremely provocative and egregious.", [lede])  # no quote
    # a quoted label in capitals is a name, not someone's words
    assert not quote_retold("“Senate Candidate B” is Valerie Jarrett, a senior adviser.",
                            ["The complaint names “Senate Candidate B” twice."])
    assert not quote_retold('The exhibition "Changing the Face of Medicine" is traveling the nation.',
                            ['The library hosts "Changing the Face of Medicine" until May.'])


def test_another_accounts_headline_line_does_not_stand_mid_summary() -> None:
    """(coherence19, protocol C16: mn-val-235) A page's headline line (no stop, above its article's first
    sentence) opens the summary or is not told: another account's, set over its block mid-summary, reads
    as a stray title retelling its lede. The lead's own headline may still open the summary."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], scores: list[float], **kw: object) -> list[str]:
        facts = _facts_of(arts)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=200, **kw))]

    a = _art("a", "Rescue teams evacuated 400 residents of three valley towns on Monday after a storm flooded "
                  "their streets.\nThe river is expected to fall by Wednesday, officials said.")
    b = _art("b", "Hill Creek dam holds as forecasters warn of second storm\n"
                  "Operators of the Hill Creek dam opened two spillways on Tuesday to relieve pressure on the "
                  "structure.\nEngineers said the dam was safe but would be inspected daily.")
    head = "Hill Creek dam holds as forecasters warn of second storm"
    scores = [3.0, 1.0, 2.5, 1.5, 1.2]
    printed = summary([a, b], scores)
    assert printed[0].startswith("Rescue teams") and head not in printed
    assert head in summary([a, b], scores, summary_page_heads_open=False)  # before: mid-summary
    # near case: the headline line of the lead's own article opens the summary above its lede
    b2 = _art("b", b.text.replace("Operators of the Hill Creek dam", "Operators of the dam"))
    printed = summary([b2, a], [2.5, 3.0, 1.5, 1.0, 1.2])
    assert printed[0] == head and printed[1].startswith("Operators")



# -- coherence20: the main event leads, not a forecast taken for history, a reference page or a quoted source --

def test_a_forecasts_date_does_not_set_the_storys_day() -> None:
    from accord.model import Mention
    from accord.summarize.features import background, forecast

    assert forecast("Some time late in 2011, humanity will reach a new milestone of seven billion people.")
    assert forecast("By 2050 the population is expected to reach ten billion, the agency projects.")
    assert forecast("The agency projects that fertility falls to replacement level by 2030.")
    # near cases: history, a will in quotes or a noun, a past tense
    assert not forecast("In 2010, protesters filled the square for three days.")
    assert not forecast('She wrote in 2009: "We will win this fight."')
    assert not forecast("He signed his will in 2005 and left the house to his niece.")
    assert not forecast("The agency projected growth of two percent last year.")

    def fact(k: int, text: str, year: str) -> Fact:
        m = Mention(kind="date", text=year, value=year)
        return Fact(id=f"f{k}", text=text, sentences=[Sentence("a", k, text, mentions=[m])], support=["a"], independent=1)

    later = [fact(1, "By 2050 the population of the north will reach about three million people.", "2050"),
             fact(2, "By 2050 the population of the south could reach about four million people.", "2050"),
             fact(3, "The agency is expected to double its forecast of the coast's population for 2050.", "2050")]
    facts = [fact(0, "Some time late in 2011, humanity will reach a milestone of seven billion people.", "2011"),
             fact(4, "In 1966, a writer took a taxi ride through Delhi and feared the crowds.", "1966"),
             *later]
    arts = [Article(id="a", title="", text="\n".join(f.text for f in facts))]  # no publication date
    old = background(facts, arts).tolist()
    # the forecasts' (and the possibility's) 2050 no longer set the story's day: before, 2011 read as
    # history under a 2050 median
    assert old[0] is False and not any(old[2:])
    dated = [Article(id="a", title="", text=arts[0].text, published="2011-01-05")]
    assert background(facts, dated).tolist() == [False, True, False, False, False]  # near: history stays history
    spend = fact(5, "Since tracking began in 2007, Americans will spend about a third of it on a venue.", "2007")
    later_day = [Article(id="a", title="", text=arts[0].text, published="2015-06-01")]
    assert background([spend, facts[0]], later_day).tolist() == [True, True]  # near: a forecast of an old date


def test_a_reference_page_does_not_open_the_summary_beside_a_news_account() -> None:
    from accord.summarize import choose, news_account, reference_page

    page = ["Established in 2003, the national air monitoring programme gives early warning of a biological attack.",
            "The programme runs detectors in more than thirty large cities across the country.",
            "Its network joins public health, emergency and laboratory agencies in every region.",
            "Each city keeps a plan for a rapid and coordinated response to any positive sample."]
    news = ["Documents critiquing the response to a simulated anthrax attack were left on a plane, CNN reported on Tuesday.",
            "A passenger found the draft reports in a seat-back pocket of a commercial flight.",
            "The reports were marked for official use only and were meant to be kept locked up.",
            "The department said on Wednesday it was looking into how the papers were lost."]
    assert reference_page(page, 4) and not reference_page(news, 4) and news_account(news)
    assert not reference_page(page[:3], 4)  # near: too short to tell
    said = page[:3] + ["Each city keeps a plan for a rapid response, officials said."]
    assert not reference_page(said, 4)  # near: a page that attributes is an account
    dated = page[:3] + ["Each city tested its plan in July 2017 during a drill."]
    assert not reference_page(dated, 4)  # near: a page that dates an event
    review = page[:3] + ["The remake of “Evil Dead” keeps the cabin, the woods and the chain saw of the original."]
    assert not reference_page(review, 4)  # near: a review quotes its film's title

    facts, arts = _two_accounts(page, news)
    scores = np.array([2.4, 1.0, 1.0, 1.0, 1.9, 0.5, 0.5, 0.5])
    alone_rule = DEFAULT.with_(words=40, summary_lead_timely_bonus=0.0)  # (coherence29) the news lede's day aside
    first = choose(view(facts, arts, embed=False), scores, alone_rule)[0].text
    assert first == news[0]  # the news account opens
    off = choose(view(facts, arts, embed=False), scores, alone_rule.with_(summary_reference_penalty=0.0))
    assert off[0].text == page[0]  # without the rule the page's better-scored top did
    facts, arts = _two_accounts(said, news)
    near = choose(view(facts, arts, embed=False), scores, alone_rule)
    assert near[0].text == said[0]  # near: a page that attributes is not penalised
    undated = [s.replace(" on Tuesday", "").replace(" on Wednesday", "") for s in news]
    facts, arts = _two_accounts(page, undated)
    alone = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=40))
    assert alone[0].text == page[0]  # near: beside no dated, attributed account the page keeps its rank


def test_a_sentence_mostly_in_quotation_marks_below_the_top_is_no_lede() -> None:
    from accord.summarize import choose, mostly_quoted

    quoted = ('An official told investigators "the senator expressed his belief that the candidate would be '
              'a good choice for the people of the state and could win re-election."')
    share = DEFAULT.summary_lead_quoted_share
    assert mostly_quoted(quoted, share)
    assert not mostly_quoted('The senator said on Monday that the plan was "a good start" for the state.', share)
    # near: a pitch quoted in a sentence that says whose it is (11 of 18 words quoted)
    assert not mostly_quoted('The company pitch says, in bold font, "Never be concerned for your health when using '
                             'these products again."', share)
    assert not mostly_quoted(quoted, 0.0)  # the rule off

    a = ["Lawyers for a former governor asked a judge on Thursday to subpoena the president to testify at his trial.",
         "A motion filed by the lawyers was meant to be redacted, but its hidden text could be read by copying it.",
         "The lawyers say the president spoke with aides about the open Senate seat in 2008.",
         "Prosecutors have said the president is not accused of any wrongdoing in the case."]
    b = ['"He knows what happened," the governor told reporters outside the courthouse on Friday.',
         "But the judge has not yet ruled on the motion, which prosecutors oppose.",
         "He said the president should answer questions under oath like anyone else.",
         quoted]
    facts, arts = _two_accounts(a, b)
    scores = np.array([1.0, 0.5, 0.5, 0.5, 0.8, 0.5, 0.5, 3.5])
    first = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=40))[0].text
    assert first == a[0]  # the filing, not the quotation outlets take from a document
    off = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=40, summary_lead_quoted_share=0.0))
    assert off[0].text == quoted  # without the rule the quoted source's words opened
    # near: the same quotation at its article's top stays a possible lede (an account may open on it)
    facts, arts = _two_accounts([quoted] + a[:3], b)
    top = choose(view(facts, arts, embed=False), np.array([3.5, 1.0, 0.5, 0.5, 0.8, 0.5, 0.5, 3.5]),
                 DEFAULT.with_(words=40))
    assert top[0].text == quoted


def test_another_account_entering_as_we_needs_the_sentence_that_says_whose() -> None:
    """coherence21: another account's first sentence in the summary that speaks as "we" outside
    quotation marks ("We sincerely apologize to …" after a news account) is a group no sentence
    placed; after its article's sentence before it, or with a speaker, it reads."""
    from accord.model import Mention
    from accord.summarize import _Context

    def ctx(b: list[str], **kw: object) -> _Context:
        a = ["Warren Beatty named the wrong film best picture at the Oscars on Sunday night.",
             "Producers of the film were already giving their speeches when the error was found."]
        name = Mention(kind="entity", text="Warren Beatty", value="warren beatty", label="PERSON", start=0, end=13)
        facts, arts = _two_accounts(a, b)
        facts[0] = Fact(id="a0", text=a[0], sentences=[Sentence("a", 0, a[0], mentions=[name])], support=["a"],
                        independent=1)
        return _Context(view(facts, arts, embed=False), DEFAULT.with_(**kw))

    c = ctx(["The accounting firm that counts the votes issued a statement on Monday morning.",
             "We sincerely apologize to the films and to viewers for the error made during the show.",
             "“We sincerely apologize to the films and to viewers,” the firm said in its statement."])
    assert c.flagged([0, 1, 3], {3})
    assert not c.flagged([0, 1, 2, 3], {3})  # right after its own article's sentence before it
    assert not c.flagged([0, 1, 4], {4})  # inside quotation marks, with its speaker
    # near case: this rule leaves a writer's "I" entering so to the rules before (measured: it cost
    # ROUGE); since coherence34 ``switched_i`` flags it, as another writer's voice spliced in
    i_line = ["The accounting firm that counts the votes issued a statement on Monday morning.",
              "I was stunned to see the wrong envelope handed to the presenters on the stage."]
    assert not ctx(i_line, summary_switched_i=False).flagged([0, 1, 3], {3})
    assert ctx(i_line).flagged([0, 1, 3], {3})


def test_a_bulleted_list_item_is_not_a_summary_sentence() -> None:
    """A list item cut from its list reads as an orphan (C18, mn-val-177); a star inside a sentence,
    a dash after a dateline and a date's figure before a stop are sentences of their own."""
    from accord.summarize import list_item, usable
    assert list_item("* His four-point lead among voters without a degree has flipped to a deficit.")
    assert not usable("• In the Bay Area, they allegedly glued the locks of several shops.")
    assert not list_item("The hotel kept its 5* rating after the inspectors visited last week.")
    assert not list_item("- A county woman has been arrested after she crashed a wedding on Saturday.")
    assert usable("The hotel kept its 5* rating after the inspectors visited last week.")
    assert not list_item("27. On that day, she obtained a temporary restraining order against him.")


def test_a_sentence_whose_subject_the_splitter_cut_is_not_a_summary_sentence() -> None:
    """"King Features, was directed by …" (C18, mn-val-213): a name, a comma, then its verb; a name
    that is the subject, a clause before the verb, an inverted "said" and a question stay."""
    from accord.summarize import cut_subject, usable
    assert cut_subject("King Features, was directed by the designer Darren Romanelli.")
    assert not usable("Bryce Benson, was airlifted early Saturday to the naval hospital.")
    assert not cut_subject("King Features directed the cartoon, which opens on Friday.")
    assert not cut_subject("Smith, who was charged on Monday, is held without bail in the county jail.")
    assert not cut_subject("And, said Malkan, the singer's people were calling them all night.")
    assert not cut_subject("Still, is it true that the plant was shut down on Sunday?")
    assert usable("King Features directed the cartoon, which opens on Friday.")


def test_the_sentences_of_a_bulleted_list_item_are_left_out_with_it() -> None:
    """"* The biggest drop is among those with no religion. While this group backed him …": the
    sentence after the bullet's reads on the item too; a paragraph of prose with a star inside stays."""
    from accord.summarize import listed

    body = ("The poll shows the senator losing support among several groups.\n \n To wit:\n \n"
            " * The biggest drop is among those with no religion. While this group backed him by 44 points, "
            "it now backs him by 22.\n \n"
            "The poll gave the hotel a 5* score. Its margin of error is three points.")
    art = Article(id="a", title="", text=body)
    said = ["The poll shows the senator losing support among several groups.",
            "* The biggest drop is among those with no religion.",
            "While this group backed him by 44 points, it now backs him by 22.",
            "The poll gave the hotel a 5* score.", "Its margin of error is three points."]
    facts = []
    for k, t in enumerate(said):
        start = body.index(t)
        facts.append(Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, start=start, end=start + len(t))],
                          support=["a"]))
    assert listed(facts, [art]) == {("a", 1), ("a", 2)}
    assert listed(facts, [Article(id="a", title="", text=body.replace(" * The", " The"))]) == set()
    assert listed(facts, [art], most=1) == set()  # a blog's long starred paragraph is prose


# -- selection23: a sentence announcing its article's next one; a headline whose person the body never names --

def test_an_announcement_of_the_next_sentence_is_no_summary_sentence_alone() -> None:
    """(selection23, protocol C18: mn-val-136) "This is not the first time …" tells none of the earlier
    case it announces: its article's next sentence does. Alone in a summary it is a dangling aside."""
    from accord.summarize import announces

    assert announces("This is not the first time a registered sex offender has struck it rich.")
    assert announces("It isn't the first time the bakery has been fined by the city.")
    assert announces("Nor is this the first time the ferry company has cancelled crossings.")
    assert announces("Here's what we know about the crash.")
    # near cases: the case itself after a dash, a colon or with a figure; a "first time" that is news
    assert not announces("This isn't the first time the paper was fooled—back in May it printed a hoax.")
    assert not announces("Here are two lessons from the strike: First, wages matter.")
    assert not announces("It is not the first time since 2009 that the river has frozen.")
    assert not announces("It is the first time the river has frozen in a century.")
    assert not announces("Officials said it was the first such ruling in the state.")


def test_an_announcement_comes_only_with_the_sentence_it_announces() -> None:
    """The run may take "This is not the first time …" with its next sentence; picked alone (its next
    sentence left out) it is not taken."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], scores: list[float], words: int) -> list[str]:
        facts = _facts_of(arts)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=words))]

    aside = "This is not the first time a lottery winner in the county has had a criminal record."
    case = "In 2015 a convicted burglar from the same town won $1 million on a scratch card, officials said."
    a = _art("a", "A retired bus driver won a $4 million lottery prize on Tuesday, the state lottery said.\n"
                  "The winning ticket was sold at a petrol station in Millbrook.\n" + aside + "\n" + case)
    b = _art("b", "Lottery officials said on Tuesday that the Millbrook ticket holder would take a lump sum.\n"
                  "The driver plans to buy a house for his daughter, his neighbour said.")
    together = summary([a, b], [3.0, 2.0, 1.5, 1.4, 1.0, 0.9], 200)
    assert aside in together and together.index(case) == together.index(aside) + 1
    # near case: its case is no candidate (too long for the budget), so the aside is not taken alone
    alone = summary([a, b], [3.0, 2.0, 2.5, np.nan, 1.0, 0.9], 200)
    assert aside not in alone and alone[0].startswith("A retired bus driver")


def test_a_headline_whose_person_the_body_never_names_gives_way() -> None:
    """(selection23, protocol C18: neus-val-169, neus-val-1) A headline naming a person the summary's
    body below it never names promises what the summary does not tell ("Senator Lee visited …" above a
    lede of the court's ruling): another headline whose people the body names opens instead. A headline
    naming a person the lede names stays; so does one whose unnamed word is no person's."""
    from dataclasses import replace

    from accord.summarize import choose, features

    body_a = ("A federal court in Denver ruled on Monday that the state's new river permits are lawful, "
              "Judge Mara Quint wrote.")
    body_b = "Senator Tomas Lee said on Monday he would appeal the river permit ruling."
    arts = [_art("a", body_a + "\nThe permits cover four dams on the upper river.",
                 title="Court upholds river permits in Denver"),
            _art("b", body_b + "\nLee said the permits would dry out farms downstream.",
                 title="Tomas Lee vows appeal after river ruling")]
    from accord.model import Mention

    lee = Mention(kind="entity", text="Tomas Lee", value="tomas lee", label="PERSON",
                  start=body_b.index("Tomas"), end=body_b.index(" said"))
    facts = _facts_of(arts)
    facts[2] = replace(facts[2], sentences=[replace(facts[2].sentences[0], mentions=[lee])])
    facts += features.title_facts(arts)
    v = features.view(facts, arts, embed=False)
    # scores: a0, a1, b0, b1, then the headlines a, b; b's headline scores best
    opts = DEFAULT.with_(words=40, summary_fill=True)
    out = [c.text for c in choose(v, np.array([3.0, 1.0, 1.2, 0.5, 1.5, 2.0]), opts)]
    assert out[0] == "Court upholds river permits in Denver." and out[1] == body_a
    # near case: the lede names Lee, so his headline opens
    out = [c.text for c in choose(v, np.array([1.0, 0.5, 3.0, 1.2, 1.5, 2.0]), opts)]
    assert out[0] == "Tomas Lee vows appeal after river ruling." and out[1] == body_b
    # near case: a headline naming him past its subject (an object, a source) tells the court's event
    arts[1] = replace(arts[1], title="River permit ruling draws appeal from Tomas Lee")
    facts = facts[:4] + features.title_facts(arts)
    v = features.view(facts, arts, embed=False)
    out = [c.text for c in choose(v, np.array([3.0, 1.0, 1.2, 0.5, 1.5, 2.0]), opts)]
    assert out[0] == "River permit ruling draws appeal from Tomas Lee." and out[1] == body_a


def test_a_remark_that_tells_nothing_is_passed() -> None:
    """(selection23, protocol C18: mn-val-213) "But never mind all of that." tells nothing of the story:
    the run passes it like an aside; a short fact, a quotation or a sentence with a name stays."""
    from accord.summarize import choose, empty, features

    assert empty("But never mind all of that.")
    assert empty("There's something that bothers me about this here.")
    # near cases: a short fact with a figure or two content words, a quotation, a name
    assert not empty("He has a bond of $30,000.")
    assert not empty("No one has been charged with her murder.")
    assert not empty("No - one was injured in the fire.")  # a negated fact: the stop list takes "fire"
    assert not empty("Nobody was hurt in it.")
    assert not empty("\"It is all so much more than that.\"")
    assert not empty("But it was not to be, Smith said.")

    remark = "But never mind all of that."
    a = _art("a", "A new cartoon video for the band's single was released on Tuesday by its label.\n"
                  "The clip was drawn by hand over six months by a team of animators.\n" + remark + "\n"
                  "The band will play three shows in Chicago next week to promote the album.")
    facts = _facts_of([a])
    v = features.view(facts, [a], embed=False)
    out = [c.text for c in choose(v, np.array([3.0, 2.0, 1.9, 1.8]), DEFAULT.with_(words=200))]
    assert remark not in out and out[-1].startswith("The band will play")


def test_a_pointing_marker_or_partitive_leans_on_the_sentence_before() -> None:
    """(selection24, protocol C21: mn-val-37, mn-val-158) "In this case, …" answers its article's
    "Typically, …"; "One of those buildings …" picks from a set only the sentence before defines. Such
    a sentence reads only right after that sentence. A case or a set the sentence names itself does not
    lean back."""
    from accord.summarize import leans_back

    assert leans_back("In this case, moments after the players finished warm-ups, the anthem was played.")
    assert leans_back("In both cases, the driver was released without charge.")
    assert leans_back("Since then, the council has met twice.")
    assert leans_back("For that reason, the airline grounded the plane.")
    assert leans_back("One of those buildings is the town church, which opened in 1912.")
    assert leans_back("Two of them were taken to hospital.")
    # near cases: the sentence says which case, which response, which set
    assert not leans_back("In a case that shocked the town, police arrested two brothers.")
    assert not leans_back("In the case of the missing girl, police said they had no suspect.")
    assert not leans_back("In response to the revelations, German officials said Monday they would act.")
    assert not leans_back("In response, the committee said the US would pay a price.")  # read blind: kept
    assert not leans_back("One of those killed was a 12-year-old girl from the village.")
    assert not leans_back("Some of those who attended the rally left early.")
    assert not leans_back("One of the victims was a teacher at the local school.")
    assert not leans_back("Since then-President Obama signed the law, costs have risen.")


def test_a_time_or_a_condition_the_sentence_before_set_leans_on_it() -> None:
    """(coherence66) "At the time, …", "At that point, …", "If so, …": a time or a condition only
    the article's sentence before set; out of place the reader takes it for the summary's sentence before. Not
    "At the moment" (now), nor a time the sentence names itself."""
    from accord.summarize import leans_back

    assert leans_back("At the time, police said the death was an accident.")
    assert leans_back("At that point, the bus slid off the road and into a ditch.")
    assert leans_back("At that moment, the lights in the hall went out.")
    assert leans_back("If so, the county could lose the federal grant.")
    assert leans_back("If not, the vote will go to a second round in May.")
    assert not leans_back("At the moment, the company has no plans to sell the plant.")
    assert not leans_back("At the time of the shooting, the officer was off duty.")
    assert not leans_back("This time last year, the river was almost dry.")
    assert not leans_back("This time, the court barred the city from enforcing the curfew.")  # after "another ruling" it reads
    assert not leans_back("At that point in the race, Lee led by two seconds.")
    assert not leans_back("If Congress acts by Friday, the program survives.")


def test_a_bare_that_or_this_leans_on_the_sentence_before() -> None:
    """(coherence63, protocol C: "a pointer whose set-up was left out") "With that, the chief executive did what he
    had to do.", "At least that has barbecue sauce.": a bare "that"/"this" stands for what its article said just
    before, and "In each one, …" for a set it counted there; out of place the reader takes them for the summary's
    sentence before. A demonstrative before its noun, the month, a noun after "this" or a quotation do not lean."""
    from accord.summarize import leans_back

    for text in ("With that, the chief executive did what he had to do.",
                 "At least that has barbecue sauce.",
                 "That's why the mayor resigned on Friday.",
                 "Despite this, the company kept its forecast for the year.",
                 "That was the third time the bridge had been closed this year.",
                 "That left the council with a budget gap of $2 million.",
                 "Still, that didn't stop the protesters from returning on Sunday.",
                 "And that marks a sharp turn for a party that has long opposed the tax.",
                 "Even that was not enough to save the factory.",
                 "This prompted a search of the surrounding woods.",
                 "In each one, the mice lived about a third longer than the others.",
                 "In both of them, the patients were given a placebo."):
        assert leans_back(text), text
    for text in ("That decision was reversed by an appeals court on Monday.",
                 "With that money, the city plans to repave 40 miles of road.",
                 "This week, the senator said she would vote against the bill.",
                 "This May, the museum will reopen its west wing.",
                 "That left-wing group has staged protests in three cities.",
                 "This show was cancelled after two seasons.",
                 "That mark was set in 1998 by a runner from Kenya.",
                 "In each state, voters will decide on two ballot measures.",
                 "In both houses of Congress, the bill passed easily.",
                 "Thatcher's government privatised the railways.",
                 "“That's not what we agreed,” the union's leader said.",
                 "Officials said that was the worst flood in a century.",
                 "This raise is the largest the workers have received in a decade."):
        assert not leans_back(text), text


def test_a_pointing_marker_is_taken_only_after_its_set_up() -> None:
    """The run reads "In this case, …" only with the sentence it answers; with that sentence left out
    (no candidate) it is not taken. A sentence that names its case is taken where it stands."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], scores: list[float]) -> list[str]:
        facts = _facts_of(arts)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=200))]

    setup = "Typically, the band plays the anthem on the pitch before kick-off."
    marker = "In this case, the anthem was played while both teams were still in the locker room."
    a = _art("a", "A football club played the national anthem early on Wednesday to stop a player from kneeling.\n"
                  + setup + "\n" + marker + "\n"
                  "About 4,000 fans watched the match at the stadium in Maryland.")
    together = summary([a], [3.0, 1.0, 2.0, 1.5])
    assert marker in together and together.index(marker) == together.index(setup) + 1
    alone = summary([a], [3.0, np.nan, 2.0, 1.5])
    assert marker not in alone and "About 4,000 fans watched the match at the stadium in Maryland." in alone
    # near case: a sentence that names its case reads without the set-up
    named = "In the case of Wednesday's match, the anthem was played while both teams were in the locker room."
    a2 = _art("a", a.text.replace(marker, named))
    assert named in summary([a2], [3.0, np.nan, 2.0, 1.5])


def test_a_sentence_opening_on_words_the_summary_wrote_is_a_retold_fact() -> None:
    """(selection24, protocol C21: mn-val-240) "Shimron was the youngest of six children whose family …"
    after "Shimron was the youngest of six siblings, his family said." tells its subject and predicate
    twice. A sentence that shares only function words or five words at its opening is new."""
    from accord.summarize import choose, features, opening_retold

    told = ["Shimron was the youngest of six siblings, his family said."]
    assert opening_retold("Shimron was the youngest of six children whose family came from Guyana.", told)
    assert not opening_retold("Shimron was the youngest child in the building, neighbours said.", told)
    assert not opening_retold("He said that it was the first time the family had called the police.",
                              ["He said that it was the first time in years."])
    a = _art("a", "A 4-year-old boy died after he was thrown from the roof of a Brooklyn building on Saturday, police said.\n"
                  "Shimron was the youngest of six siblings, his family said.\n"
                  "His brother, 20, was charged with murder on Sunday.")
    b = _art("b", "Police found the boy in the courtyard of the building early on Saturday morning.\n"
                  "Shimron was the youngest of six children whose family arrived in Brooklyn from Guyana last year, "
                  "relatives told reporters at a vigil on Sunday night.\n"
                  "Neighbours said the family had lived in the building for less than a year.")
    facts = _facts_of([a, b])
    v = features.view(facts, [a, b], embed=False)
    out = [c.text for c in choose(v, np.array([3.0, 2.0, 1.0, 0.5, 2.5, 0.8]), DEFAULT.with_(words=200))]
    assert told[0] in out and not any(t.startswith("Shimron was the youngest of six children") for t in out)
    off = [c.text for c in choose(v, np.array([3.0, 2.0, 1.0, 0.5, 2.5, 0.8]),
                                  DEFAULT.with_(words=200, summary_opening_retold=False))]
    assert any(t.startswith("Shimron was the youngest of six children") for t in off)  # the rule does it


def test_a_sentence_announcing_a_list_is_an_announcement() -> None:
    """(selection24, mn-val-18) "… spend the most on their weddings in the following areas in the US."
    announces the article's next lines and gives none of them. "The following day" or "the following
    years" is a time, no list; a list given after a colon is told."""
    from accord.summarize import announces

    assert announces("Based on average cost of a wedding in 2014, couples spend the most in the following areas in the US.")
    assert announces("The rules are as follows.")
    assert announces("The report lists the following reasons for the delay.")
    assert not announces("The company announced plans to spend another $3.8 billion in the following years.")
    assert not announces("He was arrested the following day in Ohio.")
    assert not announces("The following players were named to the squad: Smith, Jones and Brown.")
    assert not announces("The firm recalled the following models, the X200 and the Y300.")


def test_a_sentence_whose_figures_the_page_dropped_is_no_candidate() -> None:
    """(selection24, mn-val-18, mn-val-186) a page that styled its figures or names dropped them from the
    text: "( and , respectively)", "the black leopard ()". Such a sentence is no candidate; a bracket
    that says something ("(and counting)", "(or so)", "(2-0 at half time)") is."""
    from accord.summarize import candidates, stripped

    assert stripped("Manhattan and Long Island have the highest average spend ( and , respectively).")
    assert stripped("The only black panther recorded there so far has been the black leopard ().")
    assert stripped("Prices ( and ) fell in both cities last year.")
    assert not stripped("Sales of the game rose (and counting) this year.")
    assert not stripped("About 30 people (or so) came to the meeting on Monday.")
    assert not stripped("The score was 3-1 (2-0 at half time) in front of 20,000 fans.")
    assert stripped("As in 2013, and brides have the largest number of wedding guests (208 and 189, respectively).")
    assert not stripped("Like his father, and his grandfather before him, he worked the mine for 30 years.")
    assert not stripped("As in 2013, Alaska and Utah brides have the largest number of wedding guests.")
    arts = [_art("a", "Utah had the lowest average wedding spend ( and , respectively) last year.\n"
                      "Utah had the lowest average wedding spend ($15,257) last year.")]
    assert [f.text for f in candidates(_facts_of(arts))] == ["Utah had the lowest average wedding spend ($15,257) last year."]


def test_the_run_passes_a_pointing_marker_whose_set_up_it_cannot_take() -> None:
    """(selection24, mn-val-103) "In each case, …" after a line that is no candidate (a caption between
    it and the jurors' remarks it answers) cannot be taken; the lead's run passes it like an aside and
    reads its account on, since no later sentence points at it."""
    from accord.summarize import choose, features

    a = _art("a", "A football club played the national anthem early on Wednesday to stop a player from kneeling.\n"
                  "Typically, the band plays the anthem on the pitch before kick-off.\n"
                  "In this case, the anthem was played while both teams were still in the locker room.\n"
                  "About 4,000 fans watched the match at the stadium in Maryland.")
    b = _art("b", "The league said on Thursday it would review the club's decision to move the anthem before the game.")
    facts = _facts_of([a, b])
    v = features.view(facts, [a, b], embed=False)
    out = [c.text for c in choose(v, np.array([3.0, np.nan, 2.0, 0.5, 1.5]), DEFAULT.with_(words=40))]
    assert out == ["A football club played the national anthem early on Wednesday to stop a player from kneeling.",
                   "About 4,000 fans watched the match at the stadium in Maryland."]


def test_the_voice_fill_lets_a_columns_i_through_but_not_an_unplaced_we() -> None:
    """selection25: the fill that allows the writer's voice past the opening (``summary_voice_fill``)
    is for a column's "I"; a "we" with no speaker before it is a company's or a family's statement
    read as the summary's own ("We are deeply saddened …" after the airline's news, C21 mn-val-166).
    After a sentence that presents the statement, or inside quotation marks, it reads."""
    from accord.summarize import _Context

    def ctx(b: list[str], **kw: object) -> _Context:
        a = ["A missing cat was found by airline staff in a customs room at the airport on Tuesday.",
             "Staff took the animal to a veterinarian near the terminal within the hour."]
        facts, arts = _two_accounts(a, b)
        return _Context(view(facts, arts, embed=False), DEFAULT.with_(**kw), late_voice=False)

    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.",
             "We are deeply saddened that the cat has died, and we offer our sympathy to its owner."])
    assert c.unread([0, 1, 2, 3]) == [3]
    assert c.flagged([0, 1, 3], {3})
    # near case: the writer's "I" the fill is for still stands past the opening
    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.",
             "I was stunned to see how many travellers joined the search for the little cat."])
    assert c.unread([0, 1, 2, 3]) == []
    # near case: right after a sentence that presents the statement, the "we" is the airline's
    c = ctx(["The airline issued a statement on Wednesday evening.",
             "We are deeply saddened that the cat has died, and we offer our sympathy to its owner."])
    assert c.unread([0, 1, 2, 3]) == []
    # rule off: the fill lets the "we" through as before
    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.",
             "We are deeply saddened that the cat has died, and we offer our sympathy to its owner."],
            summary_unplaced_we=False)
    assert c.unread([0, 1, 2, 3]) == []


def test_a_statements_set_words_of_sympathy_need_whose_they_are() -> None:
    """selection25: "Our heart also goes out to …" after the airline's news (C21 mn-val-166) is the
    airline's statement read as the summary's own voice; with a speaker in the sentence or a sentence
    presenting the statement right before it, it reads. A column's "our ancestors" is no statement."""
    from accord.summarize import _Context

    def ctx(b: list[str], **kw: object) -> _Context:
        a = ["A missing cat was found by airline staff in a customs room at the airport on Tuesday.",
             "Staff took the animal to a veterinarian near the terminal within the hour."]
        facts, arts = _two_accounts(a, b)
        return _Context(view(facts, arts, embed=False), DEFAULT.with_(**kw))

    heart = "Our heart also goes out to the owner of the little cat and to her whole family."
    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.", heart])
    assert c.unread([0, 1, 2, 3]) == [3]
    assert ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.", heart],
               summary_unplaced_we=False).unread([0, 1, 2, 3]) == []  # rule off
    # near cases: the statement presented right before it; its speaker in the sentence; no set words
    assert ctx(["The airline issued a statement on Wednesday evening.", heart]).unread([0, 1, 2, 3]) == []
    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.",
             "Our hearts go out to the owner of the little cat, a spokeswoman for the airline said."])
    assert c.unread([0, 1, 2, 3]) == []
    c = ctx(["Sadly, the cat had to be put down by the veterinarian later that evening.",
             "Cats like him were prized by our ancestors for keeping the grain stores free of mice."])
    assert c.unread([0, 1, 2, 3]) == []


# -- coherence27: the main event first; nothing that leans on a sentence left out -----------------------

def _with_people(arts: list[Article], people: dict[tuple[str, int], list[str]]) -> list[Fact]:
    """One fact per line, with the PERSON mentions the analyser would give (``people``: (article, line)
    → the names as written in that line)."""
    from accord.model import Mention

    facts = []
    for a in arts:
        for k, t in enumerate(a.text.splitlines()):
            ms = [Mention(kind="entity", label="PERSON", text=n, value=n, start=t.index(n), end=t.index(n) + len(n))
                  for n in people.get((a.id, k), [])]
            facts.append(Fact(id=f"{a.id}{k}", text=t, sentences=[Sentence(a.id, k, t, mentions=ms)],
                              support=[a.id], independent=1))
    return facts


def test_a_ledes_firm_read_as_a_surname_does_not_keep_the_main_event_out() -> None:
    """coherence27 (mn-val-169-like): the analyser reads a lone "Facebook" as a surname when a run of
    capitals ends in it ("Welcome to Planet Facebook") and the story has it speak ("Facebook announced"),
    so "Facebook is buying Oculus …" could not open the summary and a side line did. A lede's lone name
    needs an introduction only when the story shows a person's: a given name or an office before it in
    full, or a title ("Mr. Jones")."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], people: dict[tuple[str, int], list[str]], scores: list[float]) -> list[str]:
        facts = _with_people(arts, people)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=36))]

    a = _art("a", "Facebook is buying Oculus, a startup that makes virtual reality headsets, in a $2 billion deal.\n"
                  "Oculus has sold no headset to consumers yet, but developers have used its kits for two years.")
    b = _art("b", "Welcome to Planet Facebook, where every promising startup ends up sooner or later.\n"
                  "Facebook announced on Tuesday that it would pay the sum in cash and shares.\n"
                  "Analysts said the price was steep for a company with no product on sale.")
    people = {("a", 0): ["Facebook"], ("b", 0): ["Planet Facebook"], ("b", 1): ["Facebook"]}
    printed = summary([a, b], people, [3.0, 2.0, 1.0, 1.5, 1.2])
    assert printed[0].startswith("Facebook is buying Oculus"), printed
    # near case: a person's surname alone, whom the story names in full after a given name, still
    # cannot open the summary before that full name
    a2 = _art("a", "Jones is stepping down as mayor of Hill Creek after two terms, the council said on Monday.\n"
                   "The council will name an interim mayor next week, officials said on Monday.")
    b2 = _art("b", "Mayor Tom Jones of Hill Creek announced his resignation on Monday after two terms.\n"
                   "Jones said he would return to teaching at the local high school.")
    people2 = {("a", 0): ["Jones"], ("b", 0): ["Mayor Tom Jones"], ("b", 1): ["Jones"]}
    printed = summary([a2, b2], people2, [3.0, 1.0, 2.0, 1.5])
    assert not printed[0].startswith("Jones"), printed


def test_a_pronoun_inside_another_accounts_sentence_needs_its_person() -> None:
    """coherence27 (protocol C: "After nearly a lifetime had passed, he found himself back in Vietnam …"
    after a line about another man): a "his"/"her" before the sentence names anyone points at the last
    person the summary named, so that must be the person its own article last named before it. A
    pronoun after the sentence's own person ("Americo Lopes and his …") reads as before."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], people: dict[tuple[str, int], list[str]], scores: list[float]) -> list[str]:
        facts = _with_people(arts, people)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=80))]

    a = _art("a", "Lottery director Gary Grief said on Friday that office pools should sign written agreements.\n"
                  "The drawing for the record jackpot is on Friday evening in Austin, officials said.")
    b = _art("b", "Six workers in New Jersey sued their colleague Americo Lopes over a shared ticket in 2010.\n"
                  "The colleagues had pooled money for years to play the lottery every week.\n"
                  "After years of trying, one of the tickets his colleagues paid for won a $38.5 million jackpot.")
    people = {("a", 0): ["Gary Grief"], ("b", 0): ["Americo Lopes"]}
    scores = [3.0, 1.0, np.nan, np.nan, 2.5]  # its account's lines before it left out
    printed = summary([a, b], people, scores)
    stray = "After years of trying, one of the tickets his colleagues paid for"
    assert printed[0].startswith("Lottery director Gary Grief")
    assert not any(t.startswith(stray) for t in printed), printed  # it would read as Grief's colleagues
    # near case: the same sentence naming its own person first reads where it stands
    b2 = _art("b", b.text.replace("one of the tickets his colleagues", "one of the tickets Americo Lopes and his colleagues"))
    people2 = {**people, ("b", 2): ["Americo Lopes"]}
    printed = summary([a, b2], people2, scores)
    assert any("Americo Lopes and his colleagues" in t for t in printed), printed


def test_they_after_an_opener_naming_no_one_reads_only_after_its_sentence_before() -> None:
    """coherence27 (mn-val-10-like): "For an instant, they get to gloat, …" could not open a summary
    (coherence21) but stood mid-summary after another account's line, its "they" pointing at nothing.
    It now needs its article's sentence before it, like "They …"; "When the winners arrived, they …"
    names its people and reads anywhere."""
    from accord.summarize import choose, features

    def summary(arts: list[Article], scores: list[float]) -> list[str]:
        facts = _facts_of(arts)
        v = features.view(facts, arts, embed=False)
        return [c.text for c in choose(v, np.array(scores), DEFAULT.with_(words=60))]

    a = _art("a", "The Emmy Awards were handed out in Los Angeles on Sunday night, with Homeland winning best drama.\n"
                  "Modern Family won best comedy for the third year in a row, organisers said.")
    b = _art("b", "Backstage, the newly crowned winners met reporters one by one on Sunday night.\n"
                  "For an instant, they get to gloat, before pretending the honour is just being nominated.")
    printed = summary([a, b], [3.0, 2.0, np.nan, 2.5])
    assert not any(t.startswith("For an instant, they") for t in printed), printed
    b2 = _art("b", b.text.replace("For an instant, they get to gloat", "For an instant, the winners get to gloat"))
    assert any(t.startswith("For an instant, the winners") for t in summary([a, b2], [3.0, 2.0, np.nan, 2.5]))


def test_an_opening_that_brings_in_a_person_unnamed_restarts_the_story() -> None:
    """coherence28 (protocol C28: "the story restarts with a second article's lead"): a lede brings in
    its subject as someone it names later ("A convicted sex predator … is now a multi-millionaire.");
    after the summary's lead named that person, another account opening so tells the story again from
    its start. A thing, a group, a time, a count or an ordinal goes on with the story instead."""
    anonymous = coherence.anonymous_lede
    assert anonymous("A retired postman who found a sealed jar of coins is now suing the town.")
    assert anonymous("An off-duty nurse pulled two children from a burning van, police said.")
    assert anonymous("A 34-year-old Oakdale woman has a warning for other tenants.")
    assert anonymous("“A local farmer was hurt when the silo fell,” the sheriff said.")
    assert not anonymous("A recall election against the clerk had been set for June.")  # a thing
    assert not anonymous("A ferry company offered to run extra boats across the bay.")  # a group
    assert not anonymous("A day after the vote, the mayor resigned.")  # a time
    assert not anonymous("A second man has died of his injuries.")  # the story goes on
    assert not anonymous("A couple of hours later, divers found the boat.")
    assert not anonymous("A man-made lake burst its banks on Sunday.")
    assert not anonymous("The retired postman said he would appeal.")  # no indefinite subject
    thing = coherence.anonymous_thing
    assert thing("A suspected hack that is rippling across federal agencies highlights the risks.")
    assert thing("A frigid blast of winter weather plunged the state into darkness on Monday.")
    assert not thing("A recall election against the clerk had been set for June.")  # background
    assert not thing("A hearing is set for March 3.") and not thing("A vote will follow next week.")  # to come
    assert not thing("A day after the vote, the mayor resigned.") and not thing("A total of 12 people were hurt.")
    assert not thing("An off-duty nurse pulled two children from a burning van.")  # a person: ``anonymous_lede``


def _restart_summary(second: str, **opts: object) -> list[str]:
    """A lead that names its subject in full, and another account whose opening is ``second``."""
    from accord.summarize import choose, features

    arts = [_art("a", "Mara Quill, a retired postman from Dunmore, sued the town on Friday over a jar of "
                      "gold coins she dug up in her garden.\nThe town says the coins belong to its museum, Quill said."),
            _art("b", second + "\nHer lawyer said the case could reach the state supreme court by spring.")]
    texts = [(a.id, k, t) for a in arts for k, t in enumerate(a.text.splitlines())]
    found = coherence.analyse([t for _, _, t in texts])  # the people the story names (full names)
    facts = [Fact(id=f"{a}{k}", text=t, sentences=[Sentence(a, k, t, mentions=m)], support=[a], independent=1)
             for (a, k, t), m in zip(texts, found)]
    v = features.view(facts, arts, embed=False)
    return [c.text for c in choose(v, np.array([3.0, 0.5, 2.0, 0.1]), DEFAULT.with_(words=80, **opts))]


def test_another_accounts_opening_that_restarts_the_story_is_not_taken() -> None:
    unnamed = "A grandmother from the hills is now in a legal battle over a treasure worth $40,000."
    assert unnamed not in _restart_summary(unnamed)
    assert unnamed in _restart_summary(unnamed, summary_lede_restarts=False)  # the option is what keeps it out
    # the event brought in as a thing, in other words: the story told again
    event = "A legal fight over a buried treasure has split the small Pennsylvania borough."
    assert event not in _restart_summary(event)
    assert event in _restart_summary(event, summary_lede_restarts=False)
    # near cases: what comes next, background, a time, and the person named rather than described
    for other in ("A hearing on who owns the treasure is set for March 3 at the county court.",
                  "A similar find in a nearby borough had been sold at auction for a small fortune.",
                  "A week after the lawsuit, the museum put a replica of one coin on display.",
                  "Collectors who hoped to bid for the treasure of Mara Quill said they were cheated."):
        assert other in _restart_summary(other), other


def test_a_page_of_cut_teasers_is_no_source() -> None:
    """coherence28 (protocol C28: a "more news" page gave the summary a string of unrelated science
    teasers): a page whose paragraphs are mostly items cut off with "..." is a list of other stories.
    Not a speech quoted with ellipses, nor a text with a few cut links below it."""
    from accord.summarize import teasers

    story = ("Divers found a bronze helmet off the coast of Sicily on Monday, the regional office said.\n\n"
             "It may have belonged to a soldier of the First Punic War, archaeologists said.")
    items = ["Sharing one plate makes negotiators reach deals faster, according to new ...",
             "Workplace rudeness can disturb the sleep of an employee's partner as ...",
             "Less data-sharing among firms can lead to more collusion, economists ...",
             "Bronze helmet found off Sicily may date to the First Punic War, researchers …"]
    page = _art("b", "\n\n".join(items))
    assert teasers([_art("a", story), page]) == {"b"}
    assert teasers([page], DEFAULT.with_(summary_roundup_teasers=0)) == set()
    speech = _art("c", "\n\n".join([story] * 3 + ["He said the bank had done wrong ...", "We remember how that went ...",
                                                   "And the rest of it ...", "Officials said the talks would resume."]))
    assert teasers([speech]) == set()  # three cut paragraphs of eight: quotations, not a list
    links = _art("d", story + "\n\nMore: http://example.com/2017/01/16/helm...\n\nhttp://example.com/watch?v=ZNP...")
    assert teasers([links]) == set()
    # cleaning drops the cut sentences from the text: the page's own paragraphs (raw_text) are read
    cleaned = Article(id="e", title="", text="Sharing one plate makes negotiators reach deals faster.",
                      raw_text=page.raw_text)
    assert teasers([cleaned]) == {"e"}


def test_a_follow_up_that_counts_off_the_event_s_group_does_not_open() -> None:
    """(coherence29) "Of the 12 arrested on Saturday, seven were booked …" opened a summary before the
    arrests were told (protocol C29); it reads after the event, never before it."""
    ctx = _ctx(["Of the 14 detained at the march on Sunday, nine were released by evening, police said.",
                "Of those injured in the crash, two remain in hospital in serious condition.",
                "Of course, the council said it would review the rules after the vote on Monday.",
                "Of all the cities in the state, Millbrook saw the sharpest rise in rents last year.",
                "Police detained 14 people at a march in the city centre on Sunday afternoon."])
    assert not ctx.lead(0) and not ctx.lead(1)
    # near cases: "Of course", a superlative's frame, the event itself
    assert ctx.lead(3) and ctx.lead(4)
    assert not ctx.needs_previous(0)  # after the event it reads: only the opening is barred


def test_a_list_or_explainer_label_is_no_headline_over_the_summary() -> None:
    """(coherence30, issue 13) A page's label for a list or an explainer ("6 Takeaways From …", "What to
    watch …", "…, explained") promises items a summary does not give (protocol C30: "'6 Takeaways'
    headline not followed"): it is no headline candidate. A news headline that uses the same words
    otherwise is one."""
    from accord.summarize import choose, listing

    for label in ("6 Takeaways From the Valley Flood Hearing.", "Five things to watch for at the council vote.",
                  "Valley flood: what we know so far.", "What to expect from Tuesday's council vote.",
                  "The valley levee plan, explained.", "Here are the towns hit hardest by the flood.",
                  "Valley flood live updates: rescues continue.", "Council vote: top 5 moments."):
        assert listing(label), label
    for news in ("Storm floods three valley towns, forcing hundreds to flee.",
                 "Crowds gather to watch the levee break.", "Mayor explained delay to council, aides say.",
                 "Governor says help is here as floods recede.", "Flood takes away a collection of old maps.",
                 "Takeover bid for valley utility fails."):
        assert not listing(news), news
    view, body = _spill_view("6 Takeaways From the Valley Flood Hearing.")
    opts = DEFAULT.with_(words=40, summary_fill=False)
    assert [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts)] == body
    out = [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts.with_(summary_no_listing_heads=False))]
    assert out[0] == "6 Takeaways From the Valley Flood Hearing."  # the rule off: the label opens (before)
    view, body = _spill_view("Storm floods valley towns and closes schools.")  # near case: a news headline
    assert [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts)][0] == "Storm floods valley towns and closes schools."


class _Counted:
    """A ``stated`` with the bound ``briefing.Stated`` gives (``at_most``), recording what it is asked."""

    def __init__(self, counts: dict[str, int], most: dict[str, int]) -> None:
        self.counts, self.most, self.asked = counts, most, []

    def __call__(self, f: Fact) -> int:
        self.asked.append(f.text)
        return self.counts.get(f.text, 1)

    def at_most(self, f: Fact) -> int:
        return self.most.get(f.text, 1)


def test_a_candidate_that_cannot_be_stated_by_more_outlets_is_not_checked() -> None:
    """speed24: selection weighs a near candidate by its outlets only when the most its check can find
    (``at_most``) beats the best's count; the choice is the one the checks would give."""
    from accord.summarize import choose

    ledes = [("A storm flooded three towns in the northern valley on Monday night, officials said.", 0),
             ("Three valley towns were flooded by a storm on Monday and about 400 people left their homes.", 0)]
    view = _stated_view(ledes)
    opts = DEFAULT.with_(words=20, summary_fill=False, summary_lead_opening=1)
    scores = np.array([0.50, 0.45])
    # the second lede can reach one outlet at most, the first is stated by two: no check of the second
    bounded = _Counted({ledes[0][0]: 2}, {ledes[0][0]: 2, ledes[1][0]: 1})
    plain = _Counted({ledes[0][0]: 2}, {})
    assert [c.text for c in choose(view, scores, opts, bounded)] == [ledes[0][0]]
    assert [c.text for c in choose(view, scores, opts, plain.__call__)] == [ledes[0][0]]
    assert ledes[1][0] not in bounded.asked and ledes[1][0] in plain.asked
    # a bound above the best's count: the candidate is checked, and its three outlets open
    reaching = _Counted({ledes[0][0]: 2, ledes[1][0]: 3}, {ledes[0][0]: 2, ledes[1][0]: 4})
    assert [c.text for c in choose(view, scores, opts, reaching)] == [ledes[1][0]]
    assert ledes[1][0] in reaching.asked


# -- coherence34: a writer's "I" dropped into another account's lines -----------------------------------

def test_a_writers_i_right_after_another_accounts_line_is_flagged() -> None:
    """coherence34: "My own visit to the bridge left me shaken" right after another article's line is a
    column's or a transcript's voice dropped into the summary: the reader takes the "I" for nobody's.
    Near cases that stand: the "I" after its own article's line (a column's run, which the fill lets
    through), after a line that gives a speaker's words, an "I" inside quotation marks, the rule off."""
    from accord.summarize import _Context

    def unread(b: list[str], order: list[int], late_voice: bool = True, **kw: object) -> list[int]:
        a = ["The old river bridge in Millford closed on Monday after engineers found deep cracks in its piers.",
             "Commuters now face a detour of nine miles, city engineer Dana Ortiz said on Monday."]
        facts, arts = _two_accounts(a, b)
        return _Context(view(facts, arts, embed=False), DEFAULT.with_(**kw), late_voice=late_voice).unread(order)

    column = ["Ortiz has inspected the bridge for twenty years.",
              "My own visit to the bridge last week left me shaken by the rust on its piers."]
    assert unread(column, [0, 1, 3]) == [3]  # outside the fill selection already keeps it out
    # the voice fill (a column's "I" let through past the opening) now keeps it out too
    assert unread(column, [0, 1, 3], late_voice=False) == [3]
    assert unread(column, [0, 1, 3], late_voice=False, summary_switched_i=False) == []  # rule off
    assert unread(column, [0, 1, 2, 3], late_voice=False) == []  # after its own article's line: a column's run
    quoted = ["Ortiz has inspected the bridge for twenty years.",
              "Drivers said the closure was a shock, and one wrote that “my commute doubled overnight.”"]
    assert unread(quoted, [0, 1, 3], late_voice=False) == []
    spoken = ["“The rust was everywhere,” Ortiz told reporters on Tuesday.",
              "My own visit to the bridge last week left me shaken by the rust on its piers."]
    assert unread(spoken, [0, 1, 2, 3], late_voice=False) == []


# -- no other account's yesterday after the lede, no reaction as lede, an epithet's state (coherence31) ----


LEDE = ["Milltown lawmakers voted on Tuesday to close the old harbour bridge to all traffic.",
        "Engineers found deep cracks in two of its steel supports during a routine inspection."]


BRIDGE_OTHER = ["The harbour bridge in Milltown will close to traffic after a vote by the town council.",
         "Council member Rita Ogden told reporters yesterday that repairs could take two full years.",
         "Ferry operators across the bay offered to run extra boats while the crossing stays closed."]


def _bridge_summary(a: list[str], b: list[str], **opts: object) -> list[str]:
    facts, arts = _two_accounts(a, b)
    scores = np.array([2.5, 1.0, 0.5, 2.0, 1.0])
    return [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=50, **opts))]


def test_another_accounts_yesterday_is_not_taken_after_the_lede() -> None:
    out = _bridge_summary(LEDE, BRIDGE_OTHER)
    assert out[0] == LEDE[0]
    assert BRIDGE_OTHER[1] not in out  # dated by its writer's day: a day the reader cannot place against the lede's
    assert BRIDGE_OTHER[2] in out  # the budget goes to what reads where it stands
    assert BRIDGE_OTHER[1] in _bridge_summary(LEDE, BRIDGE_OTHER, summary_fill_writer_days=False)  # the rule off: taken (before)
    dated = BRIDGE_OTHER[:1] + [BRIDGE_OTHER[1].replace("yesterday", "on Wednesday")] + BRIDGE_OTHER[2:]
    assert dated[1] in _bridge_summary(LEDE, dated)  # near: a named weekday reads against the lede's Tuesday
    # near: the lede's own account may count from its writer's day — the summary's day is its day
    own = [LEDE[0], "Council member Rita Ogden told reporters yesterday that repairs could take two years."]
    assert own[1] in _bridge_summary(own, [BRIDGE_OTHER[0], BRIDGE_OTHER[2], "Shops near the harbour expect fewer customers."])


def test_a_reaction_to_a_thing_the_sentence_never_says_is_no_lede() -> None:
    assert reacts("Jane Holt, head of the local heritage trust, called the work an “insult.”")
    assert reacts("Critics slammed the decision as reckless and unfair.")
    assert reacts("The union condemned the move, saying it would cost jobs.")
    assert reacts('The council called it a "disgrace."')
    # near cases: the thing is said in the sentence, or the verb tells an event, or no verdict follows
    assert not reacts("Mayor Ann Lee called the decision to close the plant a mistake.")
    assert not reacts("The union criticized the city's plan to cut wages.")
    assert not reacts("Police suspended the work on Monday after a crane fell.")
    assert not reacts("The family called the police after the fire.")
    assert not reacts("She called the station an hour later.")
    assert not reacts("The senator welcomed the ruling, which struck down the state's voting law.")

    reaction = ["Jane Holt, head of the local heritage trust, called the work an “insult.”",
                "She said the artist had not asked the town before he began.",
                "The trust wants the council to review how it picks festival shows."]
    event = ["An artist has been sealed in a steel box beneath a busy city road for a three-day festival show.",
             "Organisers said more than 3,000 people watched as the road was resurfaced above him.",
             "Air will be pumped into the box, where he will spend the days reading and drawing."]
    facts, arts = _two_accounts(reaction, event)
    scores = np.array([2.4, 1.0, 0.6, 2.2, 1.2, 0.8])
    out = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60))
    assert out[0].text == event[0]  # the event opens; the verdict on "the work" reads after it or not at all
    said = [reaction[0].replace("called the work", "called the artist's buried-box show")] + reaction[1:]
    facts, arts = _two_accounts(said, event)
    near = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60))
    assert near[0].text == said[0]  # near: a reaction that says what it is about keeps its rank


def test_an_epithet_with_a_two_word_state_presupposes_the_state() -> None:
    r = coherence.reading('"We cannot wait," the South Carolina Republican said on Sunday.', [])
    assert stem("carolina") in r.presupposed
    assert stem("kentucky") in coherence.reading('"We cannot wait," the Kentucky Republican said.', []).presupposed
    # near: the sentence names the state itself before the epithet
    near = coherence.reading('In South Carolina, "we cannot wait," the South Carolina Republican said.', [])
    assert stem("carolina") not in near.presupposed
    # near: a name follows the office, so no epithet stands for a person
    assert not coherence.reading("The South Carolina Republican leader Tom Reed said no.", []).presupposed


# -- no teaser or page furniture in a summary while the story has news (coherence32) -----------------------


FIRES = [
    # a listicle's promise after its lead-in, and the writer's (or a site's) compiled best-of
    "From her stand-up debut to her talk-show years, here are 12 of Garner's sharpest lines.",
    "With the vote a week away, here's a look at the races that matter.",
    "Here are ten things to know about the new parking law.",
    "Here are 10 things to know about the new parking law.",
    "To mark the band's 30th anniversary, we've collected their best live moments.",
    "We have rounded up some of the funniest reactions to the royal baby's name.",
    "Glossday has compiled some of the best looks from the gala.",
    "The site has put together a list of the top 25 songs of the decade.",
    # the page telling its reader to look or to go on reading
    "Take a look at the photos below.",
    "Meanwhile, have a peek at the new stadium's seating plan.",
    "Keep reading for the full list of winners.",
    # section labels and link lines run into the text
    "PHOTOS: Floodwaters sweep through the valley town",
    "VIDEO: The mayor answers questions on the budget",
    "The council approved the budget. ► Related: Mayor vows new parks",
    "The council approved the budget. Related: Mayor vows new parks",
    # a credit line run into the text or standing alone
    "The mayor resigned on Friday. Copyright 2015 The Associated Press.",
    "Copyright 2016 Brightline Media, LLC. All rights reserved.",
    "The mayor resigned. © 2014 Harbour News Network.",
    # a press release's end mark with its boilerplate after it
    "The firm will open two plants in 2021. ### About Brixco Brixco makes garden tools.",
    # a paper's reference numbers left by the splitter
    "17, 18 A later trial found no effect on mood.",
    "17 , 18 A later trial found no effect on memory.",
    "Short sleep raises the risk of stroke 17 , 18 A later trial found no effect.",
]


NEAR = [
    "There are 20 candidates on the ballot this year.",
    "The people here are angry about the closure of the plant.",
    "Here is a man who has lost everything, his neighbour said.",
    "Police have compiled a list of suspects in the robbery.",
    "Researchers have collected samples from 300 patients.",
    "The committee has gathered testimony from 40 witnesses.",
    "Officials will take a look at the data next week.",
    "Inspectors who take a look at the bridge must file a report.",
    "He watched videos of the crash on his phone.",
    "The photos show the mayor at the scene.",
    "The Related Companies said it would build a tower on the site.",
    "Prosecutors said the charges were related: both involve the same account.",
    "He sued the studio over copyright in 2015 and won.",
    "The band reserved all rights to the name, its lawyer said.",
    "The #MeToo movement gained strength in the film industry.",
    "The three victims were aged 41, 42 and 45.",
    "In 2012, 42 senators voted against the bill.",
    "25,000 National Guard troops deployed to the capital.",
    "9-11 Commission members met on Monday.",
    "The scores were 3 , 4 and 5 on the three tests.",
]


@pytest.mark.parametrize("text", FIRES)
def test_teasers_and_page_furniture_are_teasers(text: str) -> None:
    assert TEASER.search(text) and _TEASER.found(text) and teaser(text)


@pytest.mark.parametrize("text", NEAR)
def test_news_with_the_same_words_is_no_teaser(text: str) -> None:
    assert not TEASER.search(text) and not _TEASER.found(text) and not teaser(text)
    assert usable(text)


def _story(texts: list[str]) -> tuple[list[Fact], list[Article]]:
    facts = [Fact(id=f"a{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    return facts, [Article(id="a", title="", text="\n".join(texts))]


def test_a_summary_takes_no_teaser_while_the_story_has_news() -> None:
    texts = ["The comedian Dana Garner turns 50 on Friday, and her old show will air a tribute the same night.",
             "To celebrate, we've collected her funniest moments on the show.",
             "From her first sketch to her farewell, here are 12 of Garner's sharpest lines.",
             "Garner joined the show in 1995 and left it in 2003 to make films.",
             "Her latest film, a comedy about a failing bakery, opens in cinemas next month."]
    facts, arts = _story(texts)
    out = [c.text for c in select(facts, arts, DEFAULT.with_(words=120, summary_titles=False))]
    assert out and texts[0] in out
    assert texts[1] not in out and texts[2] not in out


def test_a_page_that_is_all_teaser_keeps_it() -> None:
    texts = ["To mark the band's 30th anniversary, we've collected their best live moments.",
             "From the first club gig to the stadium tours, here are 20 of the band's greatest songs."]
    facts, arts = _story(texts)
    out = [c.text for c in select(facts, arts, DEFAULT.with_(words=120, summary_titles=False))]
    assert out and set(out) <= set(texts)


# -- a set-up without its answer, a person presented again (coherence33) -----------------------------------


def _accounts(*texts: list[str]) -> tuple[list[Fact], list[Article]]:
    """Articles "a", "b", … one single-source fact per sentence, in their order."""
    names = "abcdef"
    found = iter(coherence.analyse([t for sents in texts for t in sents]))  # the rules analyser's people
    facts = [Fact(id=f"{names[n]}{k}", text=t, sentences=[Sentence(names[n], k, t, mentions=next(found))],
                  support=[names[n]], independent=1)
             for n, sents in enumerate(texts) for k, t in enumerate(sents)]
    return facts, [Article(id=names[n], title="", text="\n".join(s)) for n, s in enumerate(texts)]


def _set_up_summary(scores: list[float], *texts: list[str], words: int = 60) -> list[str]:
    facts, arts = _accounts(*texts)
    return [c.text for c in choose(view(facts, arts, embed=False), np.array(scores), DEFAULT.with_(words=words))]


def test_a_set_up_that_says_what_the_point_is_not() -> None:
    assert sets_up("The oddest part of the story the Gazette ran about the parade is not that it happened at all.")
    assert sets_up("The problem isn't that the town lacks money.")
    assert sets_up("It's not that the mayor doesn't care about the harbour.")
    assert sets_up("The question is not whether the old bridge will fail.")
    assert sets_up("What worries the farmers was not that Hill sold the land.")
    assert announces("The problem isn't that the town lacks money.")  # it reads only before its answer
    # near cases: "that" as a degree word before an adjective, the answer in the sentence itself, "not
    # clear that", a time ("not that long ago")
    assert not sets_up("No, it's not that big of a deal.")
    assert not sets_up("It is not that simple, the engineer said.")
    assert not sets_up("The question isn't whether a second storm will hit, but when.")
    assert not sets_up("The problem is not that the town lacks money; it is that it spends it badly.")
    assert not sets_up("There were not that many people at the rally, organisers said.")  # a degree, not a subject
    assert not sets_up("The point is not that the fee is high — rather, nobody was told.")
    assert not sets_up("The problem is not that the town lacks money, it's that it spends it badly.")
    assert not sets_up("It is not clear that the new drug works.")
    assert not sets_up("The mayor said it was not that long ago that the mill closed.")
    assert not sets_up("Officials said it was not that unusual for bears to come into town.")
    assert not sets_up("The problem is that the town lacks money.")  # it says what the problem is


SET_UP = ["Crowds packed the square in Milltown on Saturday for the first harvest parade in forty years.",
          "Vendors sold apple cider and pies from stalls set up along the harbour road.",
          "The town council plans to hold the parade again next autumn if funds allow."]


PARADE_OTHER = ["The harvest parade in Milltown drew about 3,000 people to the main square on Saturday.",
         "Children rode on hay carts decorated with ribbons and late roses.",
         "The strangest part of the parade is not that it happened at all.",
         "It is that the town's only tractor led it without a driver."]


def test_a_set_up_is_not_taken_without_its_answer() -> None:
    # the answer is no candidate (a NaN score: a line selection may not use): the set-up alone would leave
    # the reader asking what the point is
    scores = [3.0, 1.0, 0.8, 1.0, 0.5, 2.5, float("nan")]
    out = _set_up_summary(scores, SET_UP, PARADE_OTHER, words=70)
    assert out[0] == SET_UP[0]
    assert PARADE_OTHER[2] not in out
    said = PARADE_OTHER[:2] + ["The strangest part of the parade was the town's only tractor leading it without a driver."]
    assert said[2] in _set_up_summary(scores[:-1], SET_UP, said, words=70)  # near: it says what the point is


def test_a_description_before_a_full_name_presents_the_person() -> None:
    def presents(text: str, name: str) -> bool:
        at = text.index(name)
        return _introduces(text, at, name.split()[-1].lower()) or _described(text, at)

    assert presents("The crowd cheered when Dutch climber Mara Velde reached the top.", "Mara Velde")
    assert presents("Although 19-year-old Tom Reyes is now home, questions remain.", "Tom Reyes")
    assert presents("Talk turned to the injured French reporter Anne Colin and her escape.", "Anne Colin")
    assert presents("Mara Velde, a Dutch climber, reached the top on Sunday.", "Mara Velde")  # apposition, as before
    # near cases: a title or a speaker's label, a relation told with a possessive, the name alone
    assert not presents("Police spokesman Ken Ito said the climber was safe.", "Ken Ito")
    assert not presents("Defense attorney Mark Hale said his client was innocent.", "Mark Hale")
    assert not presents("Sen. Ruth Baines said the vote would fail.", "Ruth Baines")
    assert not presents("Her coach Piet Anker said she had trained for years.", "Piet Anker")
    assert not presents("Lena Reyes said her son Tom Reyes was confused.", "Tom Reyes")
    assert not presents("Mara Velde reached the top on Sunday.", "Mara Velde")
    # mend: a closing quotation mark is no possessive
    assert presents("'It was the hardest day of my life,' said Dutch climber Mara Velde.", "Mara Velde")


CLIMB = ["Mara Velde, a Dutch climber, became the youngest woman to reach the top of Mount Arlen on Sunday.",
         "She reached the summit at dawn after a nine-hour push from the last camp.",
         "Velde had failed twice before, turned back by storms in 2019 and 2021."]


AGAIN = ["Rescue crews on Mount Arlen were kept busy on Sunday by two other climbing parties.",
         "One party of three was flown off the glacier by helicopter.",
         "Another party turned back below the icefall in high wind.",
         "Dutch climber Mara Velde thanked her team of four guides from the valley town of Brenn."]


def test_another_account_presenting_a_named_person_again_is_not_taken() -> None:
    scores = [3.0, 2.0, 1.0, 1.0, 0.5, 0.5, 2.5]
    out = _set_up_summary(scores, CLIMB, AGAIN, words=80)
    assert out[0] == CLIMB[0]
    assert AGAIN[3] not in out  # the person the lede named, presented again as if new
    # near: the same person by her full name with no description reads on
    plain = AGAIN[:3] + [AGAIN[3].replace("Dutch climber ", "")]
    assert plain[3] in _set_up_summary(scores, CLIMB, plain, words=80)
    # near: the description is the summary's first mention of her (nobody named her before)
    other = ["Velde had failed twice before, turned back by storms in 2019 and 2021.",
             "She reached the summit at dawn after a nine-hour push from the last camp."]
    assert AGAIN[3] in _set_up_summary([1.0, 1.0, 3.0, 1.0, 0.5, 0.5, 2.5], other + ["Storms are common on the peak."], AGAIN, words=80)
    # near: the lede's own article describing her again is its writer's way, not the story told again
    same = CLIMB + [AGAIN[3]]
    assert AGAIN[3] in _set_up_summary([3.0, 2.0, 1.0, 2.5, 1.0, 0.5, 0.5], same, AGAIN[:3], words=90)


def test_a_dek_its_lede_retells_is_not_told_twice() -> None:
    """(coherence36, issue 13) An article's opening line above its lede — a dek with no stop, or a
    short first sentence — whose content words (``summary_dek_told`` of them) and figures its lede
    writes again is no candidate: the lede, the fuller sentence, tells it (protocol C: "dek and lead say
    the same thing"). A dek with a figure or a party the lede lacks stays; a headline in title case is
    ``retold_heads``' (coherence18)."""
    from accord.summarize import dek_retold, title_cased

    dek = "Investigators now say they have identified the driver of a van that struck a crowd outside the stadium"
    lede = ("Investigators now say they have identified the driver of a rented van that struck a crowd outside "
            "the stadium on Sunday night.")
    assert dek_retold(dek, lede, 0.8)
    assert dek_retold("Storm cuts power to homes across the coast.", "A storm cut power to homes across the coast on "
                      "Monday, the utility said.", 0.8)
    # near cases: a figure the lede lacks, a party it does not name, words it does not write, the rule off
    assert not dek_retold(dek + " and injured 14", lede, 0.8)
    assert not dek_retold("Prosecutors and the mayor say they have identified the driver of a van that struck a crowd",
                          lede, 0.8)
    assert not dek_retold("The driver of the van had been fired from the stadium a week before", lede, 0.8)
    assert not dek_retold(dek, lede, 0.0)
    # a lede that names what the dek only alludes to still tells the dek's words: the lede is kept
    assert dek_retold("Researchers say they have proven the authenticity of a diary written by the notorious killer",
                      "Researchers say they have proven the authenticity of a much-disputed diary written by the "
                      "notorious killer Jack Harlow.", 0.8)
    assert title_cased("Stephen Fry Kicks Off \"Winter Week\" With New Footage From His Trip")
    assert not title_cased(dek) and not title_cased("Police Say")

    rest = ["The man, 34, was arrested at his home in the city's north on Monday morning.",
            "Eleven people were taken to hospital, two of them in a serious condition.",
            "The club said its next match would go ahead with extra security."]
    lines = [dek, lede] + rest
    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(lines)]
    page = Article(id="a", title="", text="\n\n".join(lines))
    opts = DEFAULT.with_(words=200, summary_titles=False)
    printed = [c.text for c in select(facts, [page], opts)]
    assert printed[0] == lede and dek + "." not in printed
    # before coherence36 (0): the cut dek opens the summary above the lede that writes it in full
    before = [c.text for c in select(facts, [page], opts.with_(summary_dek_told=0.0))]
    assert before[0] == dek + "."
    # a dek with a fact its lede lacks is read as it stands (not dropped by this rule)
    other = "Investigators now say they have identified the driver of a van that injured 14 people outside the stadium"
    facts2 = [Fact(id="g0", text=other, sentences=[Sentence("a", 0, other)], support=["a"], independent=1)] + facts[1:]
    page2 = Article(id="a", title="", text="\n\n".join([other] + lines[1:]))
    assert [c.text for c in select(facts2, [page2], opts)] == [c.text for c in select(facts2, [page2],
                                                                                       opts.with_(summary_dek_told=0.0))]


def test_another_opening_retelling_the_lead_articles_second_line_is_a_second_lede() -> None:
    """(coherence36, ``summary_lede_block``) Another account's opening that retells a chosen sentence of
    the lead article's top (not the lead itself) tells the opening again: the second-lede test compares it
    with each of them. An opening with a new party and event is still taken."""
    a0 = "The city council voted on Tuesday to close the old river bridge to all cars from next month."
    c0 = "Councillors voted on Tuesday to close the old river bridge to all cars from next month."
    c1 = "The bridge, built in 1931, will reopen to walkers and cyclists in the spring, the council said."
    retell = ("The 1931 bridge will reopen to walkers and cyclists in the spring, and the state will pay for new "
              "railings, lights and a ferry shuttle during the works, officials said.")
    fresh = "Commuters will be offered a free ferry shuttle across the river, the transport agency said on Wednesday."
    a = [a0, "Shop owners on both banks said they feared losing customers during the works."]
    b = [retell, "Engineers found cracks in two of its piers last year."]

    def run(**over: object) -> list[str]:
        facts = [Fact(id="v", text=c0, sentences=[Sentence("c", 0, c0), Sentence("a", 0, a0)], support=["a", "c"],
                      independent=2),
                 Fact(id="c1", text=c1, sentences=[Sentence("c", 1, c1)], support=["c"], independent=1),
                 Fact(id="a1", text=a[1], sentences=[Sentence("a", 1, a[1])], support=["a"], independent=1),
                 Fact(id="d0", text=fresh, sentences=[Sentence("d", 0, fresh)], support=["d"], independent=1)]
        facts += [Fact(id=f"b{i}", text=t, sentences=[Sentence("b", i, t)], support=["b"], independent=1)
                  for i, t in enumerate(b)]
        pages = [Article(id=x, title="", text="\n\n".join(lines))
                 for x, lines in (("a", a), ("b", b), ("c", [c0, c1]), ("d", [fresh]))]
        return [x.text for x in select(facts, pages, DEFAULT.with_(words=150, summary_titles=False, **over))]

    printed = run()
    assert printed[:2] == [c0, c1] and retell not in printed
    assert fresh in printed  # near case: an opening with a new party and event stays
    assert retell in run(summary_lede_block=0)  # before: compared with the lead alone, it retold c1


def test_an_i_after_a_group_s_claim_is_left_out_unless_the_rule_is_off() -> None:
    """coherence38: selection does not take "… my emotions took over." right after "Resort officials
    claimed that …" (``coherence.WRITERS_I``); with ``summary_writers_i`` off it does."""
    from accord.summarize import _Context

    texts = ["Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday.",
             "Resort officials claimed that Roe was on top of a guest when the manager arrived.",
             "When they got up to dance, my emotions took over and I threw my drink at them."]
    ctx = _ctx_named(texts, {0: ["Jane Roe"], 1: ["Roe"]})
    assert ctx.flagged([0, 1, 2], {2})
    assert not _Context(ctx.view, DEFAULT.with_(summary_writers_i=False)).flagged([0, 1, 2], {2})


def test_a_sentence_without_a_quotation_mark_leaves_none_open() -> None:
    """speed25: ``leaves_open`` returns at once when no mark could open a quotation; a closing curly mark,
    single quotes or an apostrophe alone open none, and the opening marks still do."""
    from accord.summarize import leaves_open
    assert not leaves_open("The council met on Tuesday and approved the budget.")
    assert not leaves_open("He called it ‘a disgrace’ and the mayor’s plan failed.")
    assert not leaves_open("the speech ended there.” The crowd cheered.")  # a closing mark alone
    assert not leaves_open("It's Smith's 6'2 brother, they said.")
    assert leaves_open("“Under the law this was proper.")
    assert leaves_open('He said "this was proper.')
    assert not leaves_open('He said "this was proper."')


def test_with_the_writers_i_rule_off_the_flags_are_the_old_ones() -> None:
    """mend54 (a reviewer's finding on coherence38): ``summary_writers_i`` off reaches the check itself, so
    a later "we" line is not read as going on from an "I" the rule would have flagged: the flags are those
    of the check without the rule (no "writer's we" on the "we" line)."""
    from accord.summarize import _Context
    from accord.summarize import coherence

    texts = ["Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday.",
             "Resort officials claimed that Roe was on top of a guest when the manager arrived.",
             "When they got up to dance, my emotions took over and I threw my drink at them.",
             "We had never seen a wedding end like that."]
    ctx = _ctx_named(texts, {0: ["Jane Roe"], 1: ["Roe"]})
    off = _Context(ctx.view, DEFAULT.with_(summary_writers_i=False))
    readings = [off.reading(i) for i in range(4)]
    flags = [f.reason for f in off.judged(readings)]
    assert coherence.WRITERS_I not in flags and flags[3] != coherence.WRITERS_WE
    # near case: the rule on flags the "I"
    assert ctx.judged(readings)[2].reason == coherence.WRITERS_I


def _indictment(told: str, fuller: str, **options: object) -> list[str]:
    """(coherence39) A lead account whose second sentence tells a claim briefly, and another account's
    deeper sentence, scored high, that tells the same claim in full."""
    from accord.summarize import choose

    a = ["Flooding closed three schools in Dayton on Monday as the river rose past its banks.", told,
         "Buses will take a detour through the northern tunnel starting next week."]
    b = ["Residents of the old quarter collected signatures for a new footbridge.",
         "Shop owners near the harbour fear losing customers during the repairs.", fuller]
    facts, arts = _two_accounts(a, b)
    scores = np.array([3.0, 0.5, 0.1, 0.2, 0.2, 2.0])
    return [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60, **options))]


def test_a_claim_told_in_full_later_drops_the_shorter_telling_and_refills_its_words() -> None:
    short = "Mayor John Smith was indicted on Friday."
    fuller = "A grand jury indicted Mayor John Smith on Friday on six counts of fraud, prosecutors said."
    out = _indictment(short, fuller)
    assert fuller in out and short not in out
    assert "Residents of the old quarter collected signatures for a new footbridge." in out  # the words refilled
    assert out[0].startswith("Flooding closed")  # the lede keeps its place
    kept = _indictment(short, fuller, summary_claim_retold_later=False)
    assert short in kept and fuller in kept  # the option is what drops it


def test_a_shorter_telling_stays_when_the_later_one_does_not_tell_all_it_told() -> None:
    short = "Mayor John Smith was indicted on Friday."
    # the same verb of another person
    other = _indictment(short, "A grand jury indicted Mayor Tom Jones on Friday on six counts of fraud, prosecutors said.")
    assert short in other
    # the earlier sentence gives the full name the later one gives by surname alone
    surname = _indictment(short, "A grand jury indicted Smith on Friday on six counts of fraud, prosecutors said.")
    assert short in surname and "A grand jury indicted Smith on Friday on six counts of fraud, prosecutors said." in surname
    # a quotation: the speaker's own words stay
    quoted = "“We will fight this,” said Mayor John Smith, indicted on Friday."
    assert quoted in _indictment(quoted, "A grand jury indicted Mayor John Smith on Friday on six counts of fraud.")


# -- coherence40: a summary about the story's one event, not another matter filed with it --------------

_COLLAPSE = _art("a", "\n".join([
    "A road bridge over the Tamsin River collapsed in Harlow on Tuesday morning, sending two trucks and a bus into the water.",
    "Rescue crews pulled 14 passengers from the bus, and the county said three people were still missing by nightfall.",
    "Mayor Dana Whitfield said the bridge had passed a safety inspection in March and called the collapse a shock to the town.",
    "Engineers from the state transport department arrived in the afternoon to examine the broken steel supports.",
    "Witnesses said they heard a loud crack before the middle span of the bridge dropped into the river.",
    "The bridge carried about 20,000 vehicles a day and linked the town's two halves across the river.",
    "Schools on the east bank closed early, and buses were sent on a detour of 30 miles through the hills.",
    "Divers searched the river until dark and will resume the search for the missing at dawn on Wednesday.",
    "The governor declared a state of emergency for the county and promised money to rebuild the crossing.",
    "Families of the missing waited at a church near the river, where volunteers handed out food and blankets.",
]))
_FESTIVAL = _art("b", "\n".join([
    "The annual pumpkin festival in Brookvale drew a record crowd of gardeners and their families this weekend.",
    "Judges weighed more than 300 entries, and a farmer from Elm Hollow won first prize with a giant orange gourd.",
    "Children carved lanterns in a tent beside the duck pond while a brass band played old marching tunes.",
    "Organisers said the cider stall sold out by noon and promised to order twice as many barrels next autumn.",
    "A cookery contest for the best pie ended in a tie between two retired teachers from the village school.",
    "The festival began forty years ago as a small show in a barn and now fills the whole common every October.",
    "Local bakers sold spiced cakes, and a potter showed visitors how to throw bowls on a wheel driven by a pedal.",
    "Tickets cost five pounds, and the money raised goes to repair the roof of the old village hall.",
    "Next year's show will add a category for the heaviest marrow, the committee announced on Sunday evening.",
    "Visitors praised the sunny weather, which held until the last prize was handed out in the late afternoon.",
]))


def test_an_article_of_another_matter_gives_no_line_once_the_story_fills_the_summary() -> None:
    """(coherence40) A bridge's collapse filed with a village festival's report: either's lines are another
    matter than the other's (no shared words to speak of, no name the summary used). Once the lede's account
    fills half the budget the other gives no line; with the rule off the fill takes them, so the test can fail."""
    from accord.summarize import affinity

    near = affinity([_COLLAPSE, _FESTIVAL], DEFAULT)
    assert near["a"]["b"] < DEFAULT.summary_off_similarity
    on = _brief_summary([_COLLAPSE, _FESTIVAL], words=300)
    off = [c.text for c in __import__("accord.briefing", fromlist=["build"]).build(
        [_COLLAPSE, _FESTIVAL], DEFAULT.with_(words=300, summary_off_similarity=0.0)).summary]
    assert on and off and on[0] == off[0]  # two articles alone cannot say which is the story's: the lede's is
    lede, other = (_COLLAPSE, _FESTIVAL) if on[0] in _COLLAPSE.text else (_FESTIVAL, _COLLAPSE)
    assert len(" ".join(on).split()) >= 150 and all(s in lede.text for s in on)
    assert any(s in other.text for s in off)  # near case: the rule off, the other matter fills the budget


def test_another_matter_still_fills_a_summary_its_story_cannot() -> None:
    """(coherence40) Two unrelated articles where neither fills half the budget: the other article's lines
    still come (after the lede's account), so the summary is not cut short."""
    summary = _brief_summary([_COLLAPSE, _FESTIVAL], words=600)
    assert summary and any(s in _COLLAPSE.text for s in summary) and any(s in _FESTIVAL.text for s in summary)


def test_a_new_angle_or_another_part_of_the_event_keeps_its_lines() -> None:
    """(coherence40) Near cases that must not fire: a second article on the inquiry into the same collapse
    (its own words, the same bridge, town and mayor), and a one-article story."""
    from accord.summarize import affinity

    inquiry = _art("b", "\n".join([
        "State investigators opened an inquiry on Wednesday into why the Tamsin River bridge in Harlow gave way.",
        "The inquiry will examine the March inspection report and the steel supports that failed under the middle span.",
        "Mayor Dana Whitfield said the town would hand over every maintenance record it holds on the bridge.",
        "Investigators said corrosion, overloading by heavy trucks and the age of the bridge were all being studied.",
        "The bridge was built in 1968 and had its deck replaced twelve years ago, according to county records.",
        "A lawyer for the families of the missing asked for the inspection reports to be made public this week.",
        "The state senator for Harlow called for every bridge of the same design in the state to be checked at once.",
        "Engineers said a full answer could take months, as the broken spans must first be lifted out of the river.",
        "The transport department said two other bridges of the same age were closed to trucks as a precaution.",
        "The inquiry's first findings are due before the end of the year, officials said at a news conference.",
    ]))
    assert affinity([_COLLAPSE, inquiry], DEFAULT)["a"]["b"] >= DEFAULT.summary_off_similarity
    opts = DEFAULT.with_(words=300)
    from accord.briefing import build

    def summary(arts: list[Article], **o: object) -> list[str]:
        return [c.text for c in build(arts, opts.with_(**o)).summary]

    assert summary([_COLLAPSE, inquiry]) == summary([_COLLAPSE, inquiry], summary_off_similarity=0.0)
    assert any(s in inquiry.text for s in summary([_COLLAPSE, inquiry]))
    assert summary([_COLLAPSE]) == summary([_COLLAPSE], summary_off_similarity=0.0) != []


def test_short_accounts_are_never_read_as_another_matter() -> None:
    """(coherence40) Accounts under ``summary_off_min_words`` share few words by chance (NeuS's 10–90-word
    accounts of one event): no cosine is read for them, so none is another matter."""
    from accord.summarize import affinity

    a = _art("a", "A storm flooded three valley towns on Thursday.")
    b = _art("b", "Hundreds left their homes as rivers rose overnight.")
    assert affinity([a, b], DEFAULT) == {}
    assert affinity([_COLLAPSE, _FESTIVAL], DEFAULT.with_(summary_off_similarity=0.0)) == {}


def test_name_runs_are_the_names_a_sentence_writes() -> None:
    """(coherence40) A line of a far article that names what the summary named stays (a new angle names
    the story's people): the names are runs of capitalised words, a leading function word dropped."""
    from accord.summarize import name_runs

    assert name_runs("The London Underground is home to the Mole People of New York’s Subway.") == [
        "London Underground", "Mole People", "New York’s Subway"]
    assert name_runs("Bella doesn’t come across as an empowered young woman in New Moon.") == ["Bella", "New Moon"]
    assert name_runs("it rained all day.") == []


def test_name_runs_are_matched_as_written() -> None:
    """mend56: name_runs keeps a run as written (its docstring says so): a possessive inside stays, one at the end
    and leading stop words go, and a sentence's first word that is no stop word stays in the run."""
    from accord.summarize import name_runs

    assert name_runs("Officials in New York's Central Park said.") == ["Officials", "New York's Central Park"]
    assert name_runs("Obama's speech moved In Paris.") == ["Obama", "Paris"]
    assert name_runs("Yesterday Obama met Putin.") == ["Yesterday Obama", "Putin"]


def test_a_columns_labelled_headline_does_not_open_the_summary() -> None:
    """(coherence42, issue 13) A headline with a column's or an analysis's label ("OPINION: …", "Analysis:
    …") told first opens the brief on the writer's view as if it were the news (protocol C: "opens with the
    'OPINION:' tag"): it is no headline candidate. A source's label or the same words in a news headline
    stay."""
    from accord.summarize import choose, opinion_head

    for label in ("OPINION: The valley levee plan is a costly mistake.", "Opinion: Why the mayor must go.",
                  "Analysis: The levee vote leaves the governor exposed.", "Op-Ed: Rebuild the bridges first.",
                  "COMMENTARY: A flood of bad ideas.", "Editorial: The valley deserves better.",
                  "“OPINION: Floods are the new normal.”"):
        assert opinion_head(label), label
    for news in ("Opinion polls show the mayor trailing after the flood.", "Analysis finds levee failed at two points.",
                 "Report: Levee failed at two points.", "CDC: Flood water unsafe in three towns.",
                 "Columnist fired after flood remarks.", "Editorial board backs the levee plan."):
        assert not opinion_head(news), news
    view, body = _spill_view("OPINION: The valley levee plan is a costly mistake.")
    opts = DEFAULT.with_(words=40, summary_fill=False)
    assert [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts)] == body
    out = [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts.with_(summary_no_opinion_heads=False))]
    assert out[0] == "OPINION: The valley levee plan is a costly mistake."  # the rule off: the label opens (before)
    view, body = _spill_view("Report: Levee failed at two points, engineers say.")  # near case: a source's label
    assert [c.text for c in choose(view, np.array([1.0, 0.1, 2.0]), opts)][0] == "Report: Levee failed at two points, engineers say."


def _column_view(head: str, with_news: bool = True) -> tuple[object, list[str], list[str]]:
    from accord.summarize import features

    column = ["The levee plan should frighten every taxpayer in the valley for years to come.",
              "At best, the council will waste two years and most of its flood budget on it."]
    news = ["Officials in the river town of Millbrook voted 5-2 on Monday night to build a new levee along the Ash "
            "River after floods last spring.",
            "Building the levee will cost $40 million and take two years, the town's mayor said after the vote."]
    news = news if with_news else []
    facts = [Fact(id=f"c{i}", text=t, sentences=[Sentence("c", i, t)], support=["c"], independent=1)
             for i, t in enumerate(column)]
    facts += [Fact(id=f"n{i}", text=t, sentences=[Sentence("n", i, t)], support=["n"], independent=1)
              for i, t in enumerate(news)]
    facts.append(Fact(id="h", text=head, sentences=[Sentence("c", -1, head)], support=["c"], independent=1))
    arts = [Article(id="c", title=head.rstrip("."), text="\n".join(column)), Article(id="n", title="", text="\n".join(news))]
    return features.view(facts, arts, embed=False), column, news


def test_a_labelled_columns_lines_are_not_told_while_news_is() -> None:
    """(coherence42, issue 13) A column's lines told without their writer read as the brief's own view
    (protocol C: "op-ed sentences stated as fact, with no source"): while another account gives a line,
    no line of an article whose headline carries a column's label is a candidate. With the column alone,
    its lines stay (a summary of nothing tells less)."""
    from accord.summarize import choose

    view, column, news = _column_view("OPINION: The levee is a $40 million mistake.")
    opts = DEFAULT.with_(words=60, summary_fill=False)
    scores = np.array([2.0, 1.9, 1.0, 0.9, 3.0])
    out = [c.text for c in choose(view, scores, opts)]
    assert out and not set(out) & set(column) and set(out) <= set(news)
    off = [c.text for c in choose(view, scores, opts.with_(summary_no_opinion_lines=False))]
    assert set(off) & set(column)  # the rule off: the column's view is told (before)
    # near case: the same lines under a news headline are candidates
    view, column, news = _column_view("Council backs $40 million levee plan.")
    assert set(c.text for c in choose(view, scores, opts)) & set(column)
    # near case: the column alone is told (``_choose`` runs again with its lines rather than tell nothing)
    view, column, _ = _column_view("OPINION: The levee is a $40 million mistake.", with_news=False)
    assert set(c.text for c in choose(view, np.array([2.0, 1.9, 3.0]), opts)) & set(column)


def _prefer_context(counts: list[int], bounds: list[int], several: list[bool], calls: list[int]):
    """A ``_Context`` holding only what ``prefer`` reads: ``stated`` gives ``counts`` (recording each
    candidate asked), ``at_most`` ``bounds``."""
    from accord.summarize import _Context

    ctx = _Context.__new__(_Context)
    facts = [Fact(id=f"f{k}", text=f"t{k}", sentences=[]) for k in range(len(counts))]
    ctx.facts = facts
    ctx.stated = lambda f: calls.append(int(f.id[1:])) or counts[int(f.id[1:])]
    ctx.at_most = lambda f: bounds[int(f.id[1:])]
    ctx.several = np.array(several, dtype=bool)
    ctx._outlets = {}
    return ctx


def test_prefer_checks_best_bound_first_and_picks_what_the_whole_sort_picks() -> None:
    """(speed27) ``prefer`` pops candidates by the most the support check can give them and checks one
    only when nothing checked can still beat it: on random values, counts, bounds (never below the
    count) and ``can``, it picks what sorting every checked candidate picks, with no more checks."""
    rng = np.random.default_rng(27)
    fewer = 0
    for _ in range(400):
        n = int(rng.integers(2, 12))
        counts = [int(c) for c in rng.integers(0, 5, n)]
        bounds = [c + int(e) for c, e in zip(counts, rng.integers(0, 3, n))]
        several = [bool(x) for x in rng.random(n) < 0.8]
        value = np.round(rng.random(n), 1)  # ties on the value: the index decides
        best = int(np.argmax(value))
        ok = {int(k) for k in np.flatnonzero(rng.random(n) < 0.7)}
        can = (lambda i, ok=ok: i in ok) if rng.random() < 0.5 else None
        margin = float(rng.choice([0.2, 0.5, 1.0]))
        calls: list[int] = []
        ctx = _prefer_context(counts, bounds, several, calls)
        got = ctx.prefer(value, best, margin, can)
        # the whole sort, as before speed27: every candidate that may beat the best checked, then sorted
        out = lambda i, counts=counts, several=several: max(1, counts[i]) if several[i] else 1
        near = np.flatnonzero((value >= value[best] - margin) & np.array(several, dtype=bool)).tolist()
        mine = out(best)
        more = [i for i in near if i != best and max(1, bounds[i]) > mine and out(i) > mine]
        want = next((i for i in sorted(more, key=lambda i: (-out(i), -value[i], i)) if can is None or can(i)), best)
        assert got == want
        asked = len(set(calls) - {best})
        whole = len([i for i in near if i != best and max(1, bounds[i]) > mine])
        assert asked <= whole
        fewer += asked < whole
    assert fewer > 0  # the bound saves checks


def test_prefer_with_a_count_it_cannot_bound_asks_every_candidate_near_the_best() -> None:
    """A count other than ``outlets`` and ``opening_outlets`` has no bound: each candidate near the best
    is counted, and the most counted (then the higher value) wins, as before speed27."""
    calls: list[int] = []
    ctx = _prefer_context([1, 1, 1, 1], [9, 9, 9, 9], [True] * 4, calls)
    counted: list[int] = []
    count = lambda i: counted.append(i) or [1, 3, 3, 2][i]
    value = np.array([0.9, 0.8, 0.85, 0.2])
    assert ctx.prefer(value, 0, 0.3, None, count) == 2  # 3 outlets, higher value than 1's
    assert sorted(set(counted)) == [0, 1, 2] and not calls  # 3 is not near; stated never asked


# -- mend57 (issue 13): "Letter:" and "Analysis:" heads; a column decided from its article's own title -----------------
def test_a_letters_source_label_is_news_and_an_analysis_is_no_column() -> None:
    """mend57: "Letter:" before a news headline names its source (a report about a letter); only "Letters:" and
    "Letter(s) to the editor" label readers' letters. An "Analysis:" headline still does not open a summary, but
    the analysis is no column (``column_head``): its lines are reported news."""
    from accord.summarize import column_head, opinion_head

    assert not opinion_head("Letter: Engineers warned Millbrook council levee could fail")
    assert not column_head("Letter: Engineers warned Millbrook council levee could fail")
    for letters in ("Letters: The levee is a folly", "Letters to the editor: Rebuild the bridges first",
                    "Letter to the Editor: The valley deserves better"):
        assert opinion_head(letters) and column_head(letters), letters
    assert opinion_head("ANALYSIS: The levee vote leaves the governor exposed")
    assert not column_head("ANALYSIS: The levee vote leaves the governor exposed")
    assert column_head("Opinion: Levee folly") and column_head("Opinion | The levee is a $40 million mistake")


def _titled_column_view(title: str, removed: list[Removed] | None = None) -> tuple[object, list[str], list[str]]:
    """A column and a news article with no headline candidate of the column's (its title too short or
    bar-separated for ``headline_sentence``)."""
    column = ["The levee plan should frighten every taxpayer in the valley for years to come.",
              "At best, the council will waste two years and most of its flood budget on it."]
    news = ["Officials in the river town of Millbrook voted 5-2 on Monday night to build a new levee along the Ash "
            "River after floods last spring.",
            "Building the levee will cost $40 million and take two years, the town's mayor said after the vote."]
    facts = [Fact(id=f"c{i}", text=t, sentences=[Sentence("c", i, t)], support=["c"], independent=1)
             for i, t in enumerate(column)]
    facts += [Fact(id=f"n{i}", text=t, sentences=[Sentence("n", i, t)], support=["n"], independent=1)
              for i, t in enumerate(news)]
    arts = [Article(id="c", title=title, text="\n".join(column), removed=removed or []),
            Article(id="n", title="Millbrook votes for levee", text="\n".join(news))]
    return view(facts, arts, embed=False), column, news


@pytest.mark.parametrize("title", ["Opinion: Levee folly", "Opinion | The levee is a $40 million mistake"])
def test_a_column_is_known_by_its_articles_title_not_its_headline_candidate(title: str) -> None:
    """mend57: a short or bar-separated labelled title gives no headline candidate (``headline_sentence``), yet its
    article is a column: decided from the article's own title, its lines are not told while news is."""
    assert headline_sentence(title) is None
    v, column, news = _titled_column_view(title)
    opts = DEFAULT.with_(words=60, summary_fill=False)
    out = [c.text for c in choose(v, np.array([2.0, 1.9, 1.0, 0.9]), opts)]
    assert out and not set(out) & set(column) and set(out) <= set(news)


def test_a_column_whose_label_ingest_cut_is_still_a_column() -> None:
    """mend57: "Opinion | …" loses its label at ingest (``meta.clean_title``), which keeps the page's whole title
    (``TITLE_LABEL``): the article is still a column. Near cases: an analysis's and a news article's lines are told."""
    from accord.ingest import meta

    raw = "Opinion | The levee is a $40 million mistake"
    title = meta.clean_title(raw)
    assert title == "The levee is a $40 million mistake" and meta.title_label(raw, title) == [Removed(raw, TITLE_LABEL)]
    opts = DEFAULT.with_(words=60, summary_fill=False)
    scores = np.array([2.0, 1.9, 1.0, 0.9])
    v, column, _ = _titled_column_view(title, meta.title_label(raw, title))
    assert not {c.text for c in choose(v, scores, opts)} & set(column)
    for other in ("Analysis: Levee vote", "The levee is a $40 million mistake"):
        v, column, _ = _titled_column_view(other)
        assert {c.text for c in choose(v, scores, opts)} & set(column), other



# -- coherence43 (issue 13): a surname alone the analyser tagged no person on ------------------------------------

def _untagged(facts: list[Fact], k: int, word: str, label: str | None) -> None:
    """Fact ``k`` as the shipped analyser may read it: ``word`` tagged ``label`` (a people's NORP), or not at all."""
    s = facts[k].sentences[0]
    ms = [m for m in s.mentions if str(m.text) != word]
    ms += [replace(m, label=label) for m in s.mentions if str(m.text) == word and label]
    facts[k] = replace(facts[k], sentences=[replace(s, mentions=ms)])


@pytest.mark.parametrize("label", [None, "NORP"])
def test_a_surname_the_analyser_missed_still_needs_its_full_name_first(label: str | None) -> None:
    a = ["A Danish man, Brian Hjort, has helped American veterans find the children they left in Vietnam.",
         "Hjort said some searches take years and most end without a match.",
         "The war left an estimated 100,000 children of American servicemen and Vietnamese women."]
    b = ["Dozens of veterans have reached out to Hjort for help in the past few years.",
         "Many of the children, now in their 40s, still live in Ho Chi Minh City."]
    facts, arts = _accounts(a, b)
    _untagged(facts, 3, "Hjort", label)
    out = [c.text for c in choose(view(facts, arts, embed=False), np.array([0.5, 0.3, 0.4, 0.9, 0.35]),
                                  DEFAULT.with_(words=45))]
    assert out and out[0] != b[0]
    assert b[0] not in out or out.index(a[0]) < out.index(b[0])


def test_lone_surnames_reads_a_lone_capitalised_word_the_story_knows() -> None:
    known = {"hjort", "riese"}.__contains__
    assert coherence.lone_surnames("Dozens have reached out to Hjort for help.", known) == ((27, "hjort"),)
    assert coherence.lone_surnames("It is not a perfect fit, says Riese, but she likes it.", known) == ((30, "riese"),)
    # in full, a family, a run of capitals, inside a quotation, a word the story does not know: not alone
    for text in ("Branding expert Tracey Riese says it fits.", "The Hjort family met the veterans.",
                 "The biopic titled “Hjort” will focus on the war.",
                 "They met at the Hjort Center on Monday.", "“Ask Hjort about it,” she said.",
                 "Dozens have reached out to Nielsen for help."):
        assert coherence.lone_surnames(text, known) == (), text


def test_a_sentence_opening_common_word_is_no_lone_surname() -> None:
    """(mend62, review62) "Hunt for the gunman continued …" in a story naming Jeremy Hunt: the capital is the
    sentence's, and the story writes "hunt" as a common word; "Hunt said …" and a surname it never writes in lower
    case still read as lone surnames."""
    known = {"hunt", "hjort"}.__contains__
    common = {"hunt"}.__contains__
    assert coherence.lone_surnames("Hunt for the gunman continued on Monday.", known, common=common) == ()
    assert coherence.lone_surnames("Hjort said the search went on.", known, common=common) == ((0, "hjort"),)
    assert coherence.lone_surnames("Police said Hunt had left.", known, common=common) == ((12, "hunt"),)


def test_a_sentence_opening_surname_that_is_also_a_common_word_still_needs_its_introduction() -> None:
    """(mend64, review64) "Young told investigators …" in a story that also writes "a young man": before a verb the
    first word is the surname; only before a preposition or an article ("Hunt for the gunman") is it the word."""
    known = {"hunt", "young"}.__contains__
    common = {"hunt", "young"}.__contains__
    assert coherence.lone_surnames("Young told investigators he had left.", known, common=common) == ((0, "young"),)
    assert coherence.lone_surnames("Hunt said the search went on.", known, common=common) == ((0, "hunt"),)
    assert coherence.lone_surnames("Hunt for the gunman continued.", known, common=common) == ()


def test_a_sentence_opening_adjective_the_story_writes_before_the_same_word_is_no_lone_surname() -> None:
    """(mend65) "Young people rallied …" in a story that names Cathy Young and writes "young people": the capital is
    the sentence's, and the sentence is not refused for a surname never introduced. "Young told investigators …",
    "Young, 45, told …" and an adjective before a word the story never writes after it stay the surname's."""
    from accord.summarize import _Context

    def surnames(first: str) -> tuple[tuple[int, str], ...]:
        a = ["Thousands of young people marched in the capital on Saturday, organisers said.",
             "Cathy Young, a student organiser, said the march drew young people from every region.",
             "Young said the marchers would return next month.", first]
        facts, arts = _accounts(a)
        return _Context(view(facts, arts, embed=False), DEFAULT.with_(words=60)).reading(3).surnames

    assert surnames("Young people rallied in the capital on Saturday to demand action on climate change.") == ()
    assert surnames("Young told investigators he had left the capital on Saturday.") == ((0, "young"),)
    assert surnames("Young, 45, told investigators he had left the capital on Saturday.") == ((0, "young"),)
    assert surnames("Young voters rallied in the capital on Saturday.") == ((0, "young"),)
    known, common = {"young"}.__contains__, {"young", "young people"}.__contains__
    assert coherence.lone_surnames("Young people rallied.", known, common=common) == ()
    assert coherence.lone_surnames("Police said Young people rallied.", known, common=common) == ((12, "young"),)


def test_a_firm_that_speaks_is_no_surname_the_analyser_missed() -> None:
    """(sheet 1 of coherence43) "Acme said": a word that speaks, and that the analyser once merged into a PERSON run
    ("Perhaps Acme", as "Perhaps Apple" in a dev story), but that no one names after a given name or a title, is no
    person's surname: the sentence opening on it introduces no one it must."""
    from accord.model import Mention
    from accord.summarize import _Context

    a = ["Acme rolled out a software update on Monday to fix a battery bug in its phones.",
         "Acme said the update would reach every phone by Friday.",
         "Perhaps Acme will offer refunds to users whose phones failed."]
    facts, arts = _accounts(a)
    s = facts[2].sentences[0]
    run = Mention(kind="entity", text="Perhaps Acme", value="Perhaps Acme", label="PERSON", start=0, end=12)
    facts[2] = replace(facts[2], sentences=[replace(s, mentions=[m for m in s.mentions if m.kind != "entity"] + [run])])
    _untagged(facts, 0, "Acme", None)
    ctx = _Context(view(facts, arts, embed=False), DEFAULT.with_(words=40))
    assert not ctx.surname_in_full("acme")
    assert ctx.reading(0).surnames == ()


def test_sets_up_screened_answers_as_its_pattern():
    # speed28: a sentence without "that"/"whether" is not searched; the same answers
    import accord.summarize as summarize
    texts = ["The problem isn't that the city lacks money.", "It's not that he doesn't care.", "That is not true.",
             "The question was not whether Smith would run.", "It is not that simple.", "No set-up here at all.",
             "The problem isn’t that the city lacks money, but that it spends it badly."]
    for text in texts + [t.upper() for t in texts]:
        m = summarize._SET_UP.search(text)
        assert summarize.sets_up(text) == (m is not None and not summarize._SET_UP_ANSWERED.search(text[m.end():]))


def test_a_group_or_a_this_noun_reads_after_the_sentence_that_told_it() -> None:
    """(coherence45, review65 #1, #2) "Both men" after a sentence naming two men, a count or a pair
    word, and "this little fibreglass boat" after a summary that said "boat", read; with nothing
    before them that told the group or the boat, they lean on a sentence the reader never read."""
    ctx = _ctx(["Two fishermen rescued off Cornwall after a night adrift.",
                "Mark Penrose and Tom Eddy were rescued off Cornwall on Tuesday.",
                "Their boat had broken down six miles offshore on Monday.",
                "Both men were wearing life jackets, the coastguard said.",
                "Rescuers found the men huddled in this little fibreglass boat, the coastguard said.",
                "The lifeboat station at Penlee was opened in 1913.",
                "Mark Penrose was rescued off Cornwall on Tuesday.",
                "Both were taken to hospital in Truro."])
    assert not ctx.flagged([1, 3], {3})  # two names joined
    assert not ctx.flagged([0, 5, 3], {3})  # a count
    assert ctx.flagged([6, 5, 3], {3})  # one man named: which men?
    assert not ctx.flagged([1, 2, 4], {4})  # "boat" said before
    assert ctx.flagged([1, 5, 4], {4})  # no boat told before
    assert ctx.flagged([6, 5, 7], {7})  # "Both were …" with no group before


def test_a_transcripts_i_line_needs_its_speaker_in_it_or_right_before() -> None:
    """(coherence45, issue 13) A broadcast transcript's turn ("ANN LEE: I kept telling my family …", its tag cut
    by cleaning) read under a line that names no one is nobody's "I": the voice fill that lets a column's
    "I" through must not take it. Near cases that stand: the same line right after a line naming Ann Lee or a
    "she says" line, and the same lines in a column (no speaker tags cut)."""
    from accord.summarize import _Context
    from accord.model import SPEAKER_TAG

    lines = ["A 90-year-old Texas woman is walking to Washington to ask for a new national holiday.",
             "This week, thousands of visitors are getting ready to travel to the capital.",
             "I kept telling my family that I would do it, and they thought I was joking.",
             "Ann Lee set out from her church in Fort Worth in June.",
             "But as the date draws near, she says, she has had no answer from the White House."]
    facts = [Fact(id=f"a{k}", text=t, sentences=[Sentence("a", k, t, mentions=m)], support=["a"], independent=1)
             for k, (t, m) in enumerate(zip(lines, coherence.analyse(lines)))]

    def unread(order: list[int], tags: bool) -> list[int]:
        removed = [Removed("ANN LEE:", SPEAKER_TAG), Removed("JANE ROE, HOST:", SPEAKER_TAG)] if tags else []
        art = Article(id="a", title="", text="\n".join(lines), removed=removed)
        return _Context(view(facts, [art], embed=False), DEFAULT, late_voice=False).unread(order)

    assert unread([0, 1, 2], tags=True) == [2]  # whose "I"?
    assert unread([0, 3, 2], tags=True) == []  # right after the line that names her
    assert unread([0, 3, 4, 2], tags=True) == []  # right after "she says" (no name in it)
    assert unread([0, 1, 2], tags=False) == []  # a column's "I" the fill lets through, as before
    # (review67 #6) the rule has its switch, like its siblings
    art = Article(id="a", title="", text="\n".join(lines), removed=[Removed("ANN LEE:", SPEAKER_TAG)])
    off = replace(DEFAULT, summary_turn_i=False)
    assert _Context(view(facts, [art], embed=False), off, late_voice=False).unread([0, 1, 2]) == []


def _analysed(texts: list[str]):
    from accord.summarize import _Context

    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=m)], support=["a"], independent=1)
             for k, (t, m) in enumerate(zip(texts, coherence.analyse(texts)))]
    return _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)


def test_both_reads_after_any_pair_the_summary_introduced() -> None:
    """(review67 #2, #3, #5) "Both men" / "Both companies" / "Both victims" after two parties the summary named
    (joined by a verb, or in two sentences) or a man and a woman, reads; after a date's number, it does not."""
    ctx = _analysed(["Apple sued Samsung in a California court on Monday over smartphone patents.",
                     "The filing was long.", "Both companies declined to comment on Tuesday.",
                     "Police arrested Tom Reyes in Dayton on Friday.",
                     "Officers later arrested Mark Penrose at his home on Saturday.",
                     "Both men face robbery charges.",
                     "A man and a woman were shot outside a bar in Dayton early Sunday.",
                     "Both victims were taken to Miami Valley Hospital.",
                     "On May 5 police said a man was shot in Dayton."])
    assert not ctx.flagged([0, 1, 2], {2})  # two companies
    assert not ctx.flagged([3, 4, 1, 5], {5})  # two men named in two sentences
    assert not ctx.flagged([6, 1, 7], {7})  # a man and a woman
    assert ctx.flagged([8, 1, 5], {5})  # one man and a date: which men?
    assert ctx.flagged([3, 1, 5], {5})  # one man named: which men?


def test_both_men_counts_only_people_named_before() -> None:
    """(review71 #1) "Both men" after one man and a body ("The FBI", "Prosecutors", "Police") points at no pair:
    a person noun counts only people; a capitalised common plural opening a sentence is no party."""
    ctx = _analysed(["A storm hit Dayton on Monday.",
                     "Both men face robbery charges.",
                     "Tom Reyes was arrested at his home in Dayton on Friday.",
                     "Prosecutors said the robbery netted about $4,000.",
                     "The FBI joined the investigation on Saturday.",
                     "Police said the robbery netted about $4,000."])
    assert ctx.flagged([2, 3, 1], {1})
    assert ctx.flagged([2, 4, 1], {1})
    assert ctx.flagged([2, 5, 1], {1})




@pytest.mark.parametrize("sentence", ["Price has defended the increase.", "Price was defended by the board.",
                                      "Price said the increase was needed.", "Price defended the increase.",
                                      "Price told the board the increase was needed.", "Price is the new chief."])
def test_a_surname_the_story_also_writes_as_a_common_word_before_a_verb_stays_the_surname(sentence: str) -> None:
    """(mend67) a story naming Martin Price that writes "the price has doubled": "Price has defended …" opens on the
    surname; only a noun the story writes after the word ("young people") makes the opening word the common one."""
    known = {"price"}.__contains__
    common = {"price", "price has", "price was", "price said", "price defended", "price told", "price is"}.__contains__
    assert coherence.lone_surnames(sentence, known, common=common) == ((0, "price"),)


def _titled_view(head: str, body: list[str]) -> object:
    from accord.summarize import features

    facts = [Fact(id=f"f{i}", text=t, sentences=[Sentence("a", i, t)], support=["a"], independent=1)
             for i, t in enumerate(body)]
    facts.append(Fact(id="h", text=head, sentences=[Sentence("a", -1, head)], support=["a"], independent=1))
    return features.view(facts, [Article(id="a", title=head.rstrip("."), text="\n".join(body))], embed=False)


def test_a_compound_word_has_one_stem_whatever_the_hash_seed() -> None:
    """(mend82) A hyphenated word ("hours-long") holds two terms; the title rule reads one stem per word.
    It was an element of a frozenset picked by iteration order, which follows PYTHONHASHSEED: the same
    story kept its title under one seed and lost it under another. It is now the compound's head, its
    last term; a word of one term is stemmed as before."""
    import os
    import subprocess
    import sys

    from accord.summarize import _act_stem, _word_stem

    assert _word_stem("hours-long") == "long" and _word_stem("re-elected") == "elect"
    assert _word_stem("Covid-19") == "covid" and _word_stem("19") == "" and _word_stem("the") == ""
    assert _act_stem("surrenders") == _act_stem("surrendered") and _act_stem("passes") == "pass"
    code = ("from accord.summarize import title_told as t; print(t("
            "'Gunman surrenders after wounding three deputies in hours-long Tucson standoff.', "
            "'A gunman surrendered early Friday after wounding three deputies at a Tucson apartment complex, "
            "ending a standoff that lasted for hours.', 0.6), t('Gunman surrenders after wounding three deputies.', "
            "'A gunman surrendered early Friday after wounding three deputies at a Tucson apartment.', 0.6))")
    answers = set()
    for seed in ("0", "1", "2", "4"):  # under the old pick, 0 kept the first title and 1, 2, 4 dropped it
        env = dict(os.environ, PYTHONHASHSEED=seed, HF_HUB_OFFLINE="1")
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        answers.add(done.stdout.strip())
    # "hours-long" is a fact the lede tells only as "for hours": the title stays (when in doubt it does);
    # a title that tells nothing more is still dropped
    assert answers == {"False True"}


def test_a_title_that_only_retells_its_ledes_who_did_what_is_not_told() -> None:
    """(coherence47, issue 13) A title over the lede that tells its doer and verb in headline style
    ("Senate passes farm bill" / "The Senate passed the farm bill on Tuesday …") spends a short summary's
    words on one claim twice (protocol C, NeuS: "headline and lead say the same"): the lede, the fuller
    telling, stays alone. Near cases: a title telling another event, another doer, a figure the lede
    lacks, a speaker's words, the rule off."""
    from accord.summarize import choose, title_told

    lede = "The Senate passed the farm bill on Tuesday, sending the measure to the president after two years of talks."
    assert title_told("Senate passes farm bill, sending measure to president.", lede, 0.8)
    assert title_told("Senate passes farm bill.", lede, 0.8)
    assert not title_told("Senate rejects farm bill.", lede, 0.8)  # another event: the verb differs
    assert not title_told("Farmers cheer Senate farm bill vote.", lede, 0.8)  # another doer
    assert not title_told("Senate passes $900 billion farm bill.", lede, 0.8)  # a figure the lede lacks
    assert not title_told("Thune: Senate passes farm bill.", lede, 0.8)  # a speaker's words
    assert not title_told("Senate passes farm bill, sending measure to growers in Iowa.", lede, 0.8)  # more news
    assert not title_told("Senate passes farm bill and cuts food aid.", lede, 0.6)  # a second happening
    assert not title_told("Senate passes farm bill.", lede, 0.0)  # off

    lede = "Ohio on Sunday reported more than 9,000 new flu cases, breaking the daily record of any state since 2018."
    body = [lede, "Hospitals in Columbus said their emergency rooms were full and asked patients to stay home."]
    head = "Ohio breaks flu record."
    opts = DEFAULT.with_(words=60, summary_fill=True)
    scores = np.array([1.0, 0.3, 0.9])
    assert [c.text for c in choose(_titled_view(head, body), scores, opts)] == body
    before = [c.text for c in choose(_titled_view(head, body), scores,
                                     opts.with_(summary_title_told=0.0, summary_title_restated=0.0))]
    assert before == [head] + body  # before coherence47 (and coherence70's title_restated): the title opened above its lede
    # a title of another happening over the same lede stays as the summary's opening
    other = "Ohio hospitals fill up as flu season peaks."
    assert [c.text for c in choose(_titled_view(other, body), scores, opts)] == [other] + body


_FARM = "The Senate passed the farm bill on Tuesday, sending the measure to the president after two years of talks."
_FLU = "Ohio on Sunday reported more than 9,000 new flu cases, breaking the daily record of any state since 2018."


def test_a_title_whose_verb_is_a_plural_noun_tells_its_act() -> None:
    """(mend70, review74 #1) "Consumer groups sue Apple": "groups" is the doer's plural noun, not the act;
    a lede of the same groups urging owners does not tell the lawsuit, so the title stays (shipped share)."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    lede = "Consumer groups urged owners to stop using Apple chargers overnight."
    assert not title_told("Consumer groups sue Apple over chargers.", lede, share)
    assert title_told("Consumer groups sue Apple over chargers.",
                      "Consumer groups sued Apple over its chargers on Monday.", share)


def test_a_title_is_told_only_by_its_doer_doing_the_act() -> None:
    """(mend70, review74 #2) The title's doer must be the subject of its verb in the lede: "The House passed
    the farm bill …, and the Senate is expected to vote" tells another party's act, not the Senate's."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    assert title_told("Senate passes farm bill.", _FARM, share)
    assert title_told("Ohio breaks flu record.", _FLU, share)
    house = "The House passed the farm bill last month, and the Senate is expected to vote on it this week."
    assert not title_told("Senate passes farm bill.", house, share)
    assert not title_told("Senate passes farm bill.", "The House passed the farm bill the Senate wrote.", share)


def test_a_title_under_a_modal_denial_or_warning_in_the_lede_is_news() -> None:
    """(mend70, review74 #3) An act the lede puts under "could", "would", "expected to", "denied", "warned",
    "plans to" or a negation is not told as a fact: the title that reports it happening stays."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    for lede in ("Health officials had warned for weeks that Ohio could break its flu record this winter.",
                 "Ohio is expected to break its flu record this week, officials said.",
                 "Ohio did not break its flu record on Sunday."):
        assert not title_told("Ohio breaks flu record.", lede, share), lede
    assert not title_told("Apple recalls iPhone chargers.",
                          "Apple denied on Monday that it would recall iPhone chargers.", share)
    assert not title_told("Senate passes farm bill.", "The Senate plans to pass the farm bill next week.", share)
    assert not title_told("Senate passes farm bill.",
                          "The Senate failed to pass the farm bill last year after a fight over food aid.", share)


def test_a_title_with_a_second_happening_stays() -> None:
    """(mend70, review74 #4) A second happening after ",", ";", "as", "and", with its own subject or none
    ("…, DeWine quits", "…; governor quits", "… as growers cheer"), that the lede does not tell is news."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    for title in ("Ohio breaks flu record, DeWine quits.", "Ohio breaks flu record; governor quits.",
                  "Ohio breaks flu record as cases soar.", "Ohio breaks flu record and shut schools."):
        assert not title_told(title, _FLU, share), title
    for title in ("Senate passes farm bill; president vows veto.", "Senate passes farm bill as growers cheer.",
                  "Senate passes farm bill, Grassley quits."):
        assert not title_told(title, _FARM, share), title
    assert title_told("Senate passes farm bill, sending measure to president.", _FARM, share)
    # a second sentence is a second happening; an abbreviation's full stop is not a sentence end
    assert not title_told("Senate passes farm bill. Grassley may quit.", _FARM, share)
    assert title_told("U.S. Senate passes farm bill.", "The U.S. Senate passed the farm bill on Tuesday.", share)


def test_a_title_with_a_name_or_qualifier_the_lede_lacks_stays_at_the_default_share() -> None:
    """(mend70, review74 #5) At the shipped share a title that adds a place, a name or a qualifier the lede
    lacks ("in Columbus", "again", "for third day", "in Iowa") tells news and stays."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    for title in ("Ohio breaks flu record in Columbus.", "Ohio breaks flu record again.",
                  "Ohio breaks flu record for third day."):
        assert not title_told(title, _FLU, share), title
    assert not title_told("Senate passes farm bill, sending measure to growers in Iowa.", _FARM, share)
    assert title_told("Ohio breaks daily flu record.", _FLU, share)


def test_a_title_verb_matches_the_lede_in_any_tense() -> None:
    """(mend70, review74) "passes", "passed" and "pass" are one act: the stem of a verb ending "ss" keeps it."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    assert title_told("Senate passes farm bill.", "The Senate passed the farm bill on Tuesday.", share)
    assert title_told("Senate passed farm bill.", "The Senate passes the farm bill on Tuesday.", share)
    assert title_told("Senate passes farm bill.", "The Senate did pass the farm bill on Tuesday.", share)


def test_a_title_is_told_only_by_its_doer_as_the_acts_subject() -> None:
    """(review79 #1, #6) The doer must be the act's subject: not inside another clause ("Michigan, which borders
    Ohio, reported …", "A day after talks with Biden, Governor Newsom signed …"), not a modifier of another
    subject ("A Senate committee passed …", "Ohio lawmakers … a proposal that bans …"), not a passive's object."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    assert not title_told("Ohio reports record flu cases",
                          "Michigan, which borders Ohio, reported record flu cases on Sunday.", share)
    assert not title_told("Senate passes farm bill",
                          "A Senate committee passed the farm bill on Tuesday, sending it to the full chamber.", share)
    assert not title_told("Biden signs climate bill.",
                          "A day after talks with Biden, Governor Newsom signed the state's climate bill on Friday.",
                          share)
    assert not title_told("Senate passes farm bill.", "The Senate's farm bill was passed by the House on Tuesday.", share)
    assert not title_told("Ohio bans flu shots for children.",
                          "Ohio lawmakers on Monday rejected a proposal that bans flu shots for children.", share)
    # near cases that stay told: a title and a name, a date or an auxiliary between doer and act
    assert title_told("Trump signs coronavirus relief bill",
                      "President Donald Trump on Friday signed a coronavirus relief bill into law.", share)
    assert title_told("Senate passes farm bill", "The Senate passed the farm bill on Tuesday, sending it on.", share)
    assert title_told("Consumer groups sue Apple over chargers",
                      "Consumer groups sued Apple over its chargers on Monday.", share)


def test_a_title_with_its_own_object_denial_or_a_newer_time_stays() -> None:
    """(review79 #2–#4) What the act is done to must be the lede's too ("Ohio closes schools" over "Ohio closed
    bars"); a title that denies ("no new flu deaths") or a lede that tells an earlier happening ("in 2019",
    "last year") is not the same act told again."""
    from accord.summarize import title_told

    share = DEFAULT.summary_title_told
    assert not title_told("Ohio closes schools.", "Ohio closed bars and restaurants on Monday as flu cases rose.", share)
    assert not title_told("Ohio reports no new flu deaths.", "Ohio reported 12 new flu deaths on Saturday.", share)
    assert not title_told("Boeing halts 737 deliveries.",
                          "Boeing halted 737 deliveries in 2019 after two crashes, and resumed them in 2020.", share)
    assert not title_told("Senate passes farm bill.", "The Senate passed the farm bill last year.", share)
    # near case: "since 2018" dates the record, not the act
    assert title_told("Ohio breaks flu record.", _FLU, share)


def test_a_name_after_a_preposition_is_told_as_the_pattern_tells_it() -> None:
    r"""speed30: ``_after_preposition`` compiles no pattern (it asks ``patterns.written_bounded``) yet answers
    as the ``\b(?:in|…) NAME\b`` pattern would, word boundaries and a name's regex characters included."""
    import re

    from accord.summarize import _after_preposition

    cases = [("He moved to Chicago.", "Chicago"), ("He moved into Chicago.", "Chicago"), ("Fin Chicago rose.", "Chicago"),
             ("Shares of Apple Inc. fell.", "Apple Inc."), ("Shares of Apple Inc fell.", "Apple Inc."),
             ("A unit of Apple Incorporated.", "Apple Inc"), ("The head of A.B. (Corp) quit.", "A.B. (Corp)"),
             ("He spoke near  Paris.", "Paris"), ("Apple sued Samsung.", "Samsung"), ("He was in Paris's north.", "Paris"),
             ("Sent from Paris", "Paris"), ("Sent from Parisian offices.", "Paris")]
    for text, name in cases:
        expected = re.search(rf"\b(?:in|at|from|near|of|to) {re.escape(name)}\b", text) is not None
        assert _after_preposition(text, name) is expected, (text, name)
    assert _after_preposition("He moved to Chicago.", "Chicago") and not _after_preposition("Apple sued Samsung.", "Samsung")


def test_a_titles_compound_is_told_only_whole() -> None:
    """(review110) "anti-vaccine" over a lede's "protesters", "days-long" over "weeks-long": the compound's first
    half is news, so the title stays; a plain repeat of the lede still goes."""
    from accord.summarize import title_told

    assert not title_told("Governor Kim signs vaccine bill as anti-vaccine protesters march in Boise",
                          "Governor Ann Kim signed the vaccine bill on Monday as protesters marched outside the "
                          "statehouse in Boise.", 0.5)
    assert not title_told("Police end days-long standoff in Tucson",
                          "Police in Tucson ended a weeks-long standoff on Friday.", 0.5)
    assert title_told("Senate passes budget bill", "The Senate passed the budget bill on Tuesday by 52 votes to 48.", 0.5)

def test_a_he_right_after_a_role_speakers_quote_reads_as_that_speaker() -> None:
    """(coherence63, protocol C: "a pronoun after another person's quote") "He came home from the war …" right after
    "“…,” the judge said." reads as the judge, whom its article never meant; right after its own article's sentence,
    after a named speaker, or going on with the speaker's words ("He added …") it reads as written."""
    from accord.summarize import _after_role_quote

    from accord.model import Mention
    from accord.summarize import _Context

    def fact(a: str, k: int, t: str) -> Fact:
        m = [Mention(kind="entity", label="PERSON", text="Tom Reyes", value="Tom Reyes", start=t.index("Tom Reyes"),
                     end=t.index("Tom Reyes") + 9)] if "Tom Reyes" in t else []
        return Fact(id=f"{a}{k}", text=t, sentences=[Sentence(a, k, t, mentions=m)], support=[a], independent=1)
    one = ["Army veteran Tom Reyes was sentenced to 12 years in prison on Friday for the robbery.",
           "He came home from Iraq in 2004 and struggled to find steady work."]
    other = ["The clerk he shot in May is still in a wheelchair, her family said.",
             "“You showed no remorse for anyone,” the judge said."]
    facts = [fact("a", k, t) for k, t in enumerate(one)] + [fact("b", k, t) for k, t in enumerate(other)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(one)),
                                Article(id="b", title="", text="\n".join(other))], embed=False), DEFAULT)
    assert ctx.flagged([0, 3, 1], {1})  # after another account's judge: "he" is the judge
    assert not ctx.flagged([0, 1], {1})  # its article's own order
    assert _after_role_quote("She had worked at the plant for 22 years.",
                             "“We are cooperating fully with investigators,” said a spokeswoman for the company.")
    assert _after_role_quote("He was arrested two days later at a motel in Reno.",
                             "\"He was a quiet kid,\" a neighbor told the Associated Press.")
    assert not _after_role_quote("He added that the sentence sent a message to other dealers.",
                                 "“You showed no remorse,” the judge said.")
    assert not _after_role_quote("He came home from Iraq in 2004.", "“You showed no remorse,” Judge Ann Lee said.")
    assert not _after_role_quote("He came home from Iraq in 2004.", "“You showed no remorse,” said the judge, Ann Lee.")
    assert not _after_role_quote("The driver came home from Iraq in 2004.", "“You showed no remorse,” the judge said.")
    assert not _after_role_quote("He came home from Iraq in 2004.",
                                 "The judge sentenced Smith to 20 years in prison on Friday.")
    assert not _after_role_quote("He declined to comment further.", "“We will appeal,” his lawyer said.")
def test_a_transcripts_talking_line_needs_its_speaker_like_its_i_line() -> None:
    """(coherence64, issue 13: "interview lines with no speaker") A transcript's turn that talks without an "I"
    ("Now what they'll say is, …", "How do you convince them?", "We can't sit here …") is someone's words;
    under a line that names no one the reader takes it for the summary's own. The host's narration, and the
    same lines in a column (no speaker tags cut), stand as before."""
    from accord.summarize import _Context, spoken_turn
    from accord.model import SPEAKER_TAG

    lines = ["The mayor of Dunmore faces a recall vote next month over the closing of two fire stations.",
             "Turnout in the borough's last special election was under 20 percent.",
             "Now what they'll say is, \"He closed the stations and the fires got worse.\"",
             "How do you convince them that the budget left no choice?",
             "Mayor Tom Reyes took office in 2019 after two terms on the council.",
             "The vote is set for March 3."]
    facts = [Fact(id=f"a{k}", text=t, sentences=[Sentence("a", k, t, mentions=m)], support=["a"], independent=1)
             for k, (t, m) in enumerate(zip(lines, coherence.analyse(lines)))]

    def unread(order: list[int], tags: bool = True, **opts: object) -> list[int]:
        removed = [Removed("TOM REYES:", SPEAKER_TAG), Removed("JANE ROE, HOST:", SPEAKER_TAG)] if tags else []
        art = Article(id="a", title="", text="\n".join(lines), removed=removed)
        return _Context(view(facts, [art], embed=False), replace(DEFAULT, **opts), late_voice=False).unread(order)

    assert unread([0, 1, 2]) == [2]  # whose words?
    assert unread([0, 1, 3]) == [3]  # an interviewer's question
    assert unread([0, 1, 5]) == []  # narration
    assert unread([0, 4, 5]) == []
    assert unread([0, 1, 2], tags=False) == []  # not a transcript
    assert unread([0, 1, 2], summary_turn_spoken=False) == []  # the rule's switch
    for text in ("Well, look, what he needs to do is tell us what he is for.", "We can't sit here and wait.",
                 "You know, it was a hard year for our town."):
        assert spoken_turn(text), text
    for text in ("No one was hurt in the blaze, officials said.", "So far, 12 people have been arrested.",
                 "Now the council must vote again.", "Nowhere was the damage worse than downtown.",
                 "“We will rebuild,” the mayor said.", "US officials met in Geneva on Monday.",
                 "The U.S. economy added 200,000 jobs in May."):
        assert not spoken_turn(text), text


def test_an_interviews_untagged_line_needs_its_turn_or_a_speaker_before_it() -> None:
    """(coherence64) An interview printed with its speakers' tags ("JANE ROE: …", "MAYOR TOM REYES: …"), which
    cleaning keeps, names the speaker on a turn's first line only: a later line of the turn under a line that
    names no one is nobody's words ("There are so many people who think the town is worse off."), the
    interviewer's read as the summary's claim. It stands after its turn's line before it, or after a line that
    names someone; an article with a single tag is no interview."""
    from accord.summarize import _Context, interview_articles

    paras = ["JANE ROE: Thanks for joining us from Dunmore.", "MAYOR TOM REYES: Glad to be here.",
             "JANE ROE: Your recall vote is next month. There are so many people who think the town is worse off.",
             "MAYOR TOM REYES: I closed two fire stations because the budget left no choice."]
    lines = ["The mayor of Dunmore faces a recall vote next month over the closing of two fire stations.",
             "Turnout in the borough's last special election was under 20 percent.",
             "JANE ROE: Your recall vote is next month.",
             "There are so many people who think the town is worse off.",
             "Mayor Tom Reyes took office in 2019 after two terms on the council."]
    facts = [Fact(id=f"{a}{k}", text=t, sentences=[Sentence(a, k, t, mentions=m)], support=[a], independent=1)
             for (a, k), t, m in zip([("n", 0), ("n", 1), ("i", 0), ("i", 1), ("n", 2)], lines, coherence.analyse(lines))]
    news = Article(id="n", title="", text="\n".join(lines[:2] + lines[4:]))
    talk = Article(id="i", title="", text="\n\n".join(paras))
    assert interview_articles([news, talk]) == {"i"}
    assert interview_articles([Article(id="x", title="", text="\n\n".join(paras[:1] + lines))]) == frozenset()

    def unread(order: list[int], **opts: object) -> list[int]:
        return _Context(view(facts, [news, talk], embed=False), replace(DEFAULT, **opts), late_voice=False).unread(order)

    assert unread([0, 1, 3]) == [3]  # whose words?
    assert 3 not in unread([0, 2, 3])  # its turn's tagged line right before it (a tag line is judged apart)
    assert unread([0, 4, 3]) == []  # after a line that names someone
    assert unread([0, 1, 3], summary_turn_spoken=False) == []  # the rule's switch


def test_review108_a_title_is_no_pointer_and_a_role_that_cannot_be_he_is_no_speaker() -> None:
    """(review108 F1) "This Changed Everything, a documentary …" opens on a title, not a bare "this": its lede
    can lead. (F2) A he/she after a role's quote reads as that speaker only if the role can be one: not "He"
    after "said a spokeswoman", nor "He" after "his lawyer said" (he is the lawyer's client); "He" after "the
    judge said" or "said a spokesman" still does."""
    from accord.summarize import _after_role_quote, leans_back

    for text in ("This Changed Everything, a documentary about a mine strike, won the top prize on Sunday.",
                 "That Gave Us Hope, a memoir by a former miner, tops the list.",
                 "This Remains Unsolved is the podcast's most popular series."):
        assert not leans_back(text), text
    assert leans_back("This changed everything for the town.") and leans_back("That was the third time.")
    assert not _after_role_quote("He was booked into the county jail on Sunday night.",
                                 "“Our crew acted quickly,” said a spokeswoman for the airline.")
    assert not _after_role_quote("He served two terms as county clerk.", "“He is deeply sorry,” his lawyer said.")
    assert not _after_role_quote("He was arrested in 2019.", "“We are heartbroken,” her mother said.")
    assert _after_role_quote("He came home from Iraq in 2004.", "“This was a tragedy,” the judge said.")
    assert _after_role_quote("He was hired in 2015.", "“We will appeal,” said a spokesman for the city.")
    assert _after_role_quote("She had lived alone for years.", "“He was always polite,” a neighbor said of the man.")


def test_an_explainers_headings_are_no_interview_and_a_possessed_role_keeps_its_gender() -> None:
    """(review112) "THE SHOOTING:", "WHAT'S NEXT:" open an explainer's paragraphs of plain reporting, each once: no
    speakers taking turns. Near case: a transcript whose two speakers come back is one. And "the boy's grandmother
    said" is a woman speaking: a "She …" after it reads as her."""
    from accord.model import Article
    from accord.summarize import _after_role_quote, interview_articles

    explainer = Article(id="e", title="What we know", text="THE SHOOTING: A gunman opened fire at the plant.\n"
                        "THE VICTIMS: Three workers died.\nWHAT'S NEXT: A vigil is planned for Thursday.\n"
                        "THE SUSPECT: Police said he was 24.\nTHE WEAPON: A rifle bought last year.")
    talk = Article(id="t", title="Interview", text="GEORGE STEPHANOPOULOS: Are they better off?\n"
                   "PRESIDENT OBAMA: Yes, they are.\nGEORGE STEPHANOPOULOS: Why?\nPRESIDENT OBAMA: Because jobs grew.")
    assert interview_articles([explainer, talk]) == frozenset({"t"})
    quote = '"He was a good boy who loved school," the boy\'s grandmother said.'
    assert _after_role_quote("She joined the school board in 2009.", quote)
    assert not _after_role_quote("He joined the school band in 2009.", quote)


def _budget_view(texts: list[tuple[str, str, int]]) -> StoryView:
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence(a, i, t)], support=[a], independent=1)
             for k, (t, a, i) in enumerate(texts)]
    return StoryView(facts, np.zeros((len(facts), len(NAMES))), np.eye(len(facts), dtype=np.float32))


_BUDGET_TEXTS = [("A storm flooded three towns in the northern valley on Monday night.", "a", 0),  # 12 words
                 ("Rescue crews in small boats worked through the night to reach residents stranded on the roofs "
                  "of their flooded homes and farm buildings.", "a", 4),  # 24 words
                 ("Schools in the valley will stay closed until Thursday.", "c", 3)]  # 9 words


def test_the_summary_ends_on_a_whole_sentence_within_the_budget() -> None:
    """(coherence72) When the best next sentence would run past the budget, the best remaining one
    that fits is taken instead: the summary ends on a whole sentence, never cut mid-way; with
    ``summary_fill`` (the eval before coherence72) the better one crosses the budget, last."""
    view = _budget_view(_BUDGET_TEXTS)
    scores = np.array([2.0, 0.9, 0.5])
    whole = [c.text for c in choose(view, scores, DEFAULT.with_(words=25))]
    assert whole == [_BUDGET_TEXTS[0][0], _BUDGET_TEXTS[2][0]]
    assert sum(len(t.split()) for t in whole) <= 25
    filled = [c.text for c in choose(view, scores, DEFAULT.with_(words=25, summary_fill=True))]
    assert _BUDGET_TEXTS[1][0] in filled and sum(len(t.split()) for t in filled) > 25


def test_a_lede_longer_than_the_budget_still_opens_the_summary() -> None:
    """(coherence72) Every lede runs past the budget: the best one is kept (a reader cutting at the
    budget reads its start) rather than a short aside that fits, and the summary is never empty."""
    view = _budget_view(_BUDGET_TEXTS)
    out = [c.text for c in choose(view, np.array([2.0, 0.9, 0.5]), DEFAULT.with_(words=8))]
    assert out == [_BUDGET_TEXTS[0][0]]
    lone = _budget_view(_BUDGET_TEXTS[:1])
    assert [c.text for c in choose(lone, np.array([1.0]), DEFAULT.with_(words=5))] == [_BUDGET_TEXTS[0][0]]


def test_a_title_its_lede_restates_in_other_words_is_not_told() -> None:
    """(coherence70, issue 13) A title whose news a chosen sentence of the body, longer than it, tells again
    in other words ("Former Nevada mayor joins Senate race" / "Nevada's former mayor … on Monday joined the
    race …": no doer-verb match for ``title_told``) is the same news twice in a short summary (protocol C,
    NeuS readers' most marked fault): the lede stays. Near cases keep the title: a figure, a name, a
    qualifier or a denial the sentence lacks, a sentence that hedges the act or tells an earlier one, a
    sentence no longer than the title, the rule off."""
    from accord.summarize import choose, title_restated

    lede = ("Nevada's former mayor Dana Reyes on Monday joined the crowded race for the state's open Senate seat, "
            "promising to focus on water and housing.")
    share = DEFAULT.summary_title_restated
    assert title_restated("Former Nevada mayor Dana Reyes joins Senate race.", lede, share)
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race.", lede, 0.0)  # off
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race, 12th candidate.", lede, share)
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race with Lee's backing.", lede, share)
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race again.", lede, share)
    assert not title_restated("Former Nevada mayor Dana Reyes will not join Senate race.", lede, share)
    assert not title_restated("Dana Reyes joins Senate race.", "Dana Reyes joins Senate race.", share)  # no fuller
    hedged = ("Nevada's former mayor Dana Reyes is expected to join the crowded race for the state's open Senate "
              "seat next week, aides said.")
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race.", hedged, share)
    earlier = ("Nevada's former mayor Dana Reyes joined the crowded race for the state's open Senate seat in 2016, "
               "and lost the primary.")
    assert not title_restated("Former Nevada mayor Dana Reyes joins Senate race.", earlier, share)

    head = "Former Nevada mayor Dana Reyes joins Senate race."
    body = [lede, "Reyes served two terms as mayor of Carson Valley before leaving office last year to teach."]
    opts = DEFAULT.with_(words=45, summary_fill=True)
    scores = np.array([1.0, 0.3, 0.9])
    out = [c.text for c in choose(_titled_view(head, body), scores, opts)]
    assert out == body  # the lede opens; the title's words went to the next fact
    before = [c.text for c in choose(_titled_view(head, body), scores, opts.with_(summary_title_restated=0.0))]
    assert before[0] == head  # the rule off: the title opened above the lede that restates it (before coherence70)
    other = "Drought tops the agenda as Nevada Senate race opens."  # another angle: the title stays
    assert [c.text for c in choose(_titled_view(other, body), scores, opts)][0] == other


def _titled_and_news_view(aid: str, lines: list[str], head: str, news: list[str]) -> StoryView:
    """A two-article story: article ``aid`` under ``head`` (its title, also a candidate fact) and a news article "n"
    with no title; each line a one-sentence fact."""
    facts = [Fact(id=f"{aid}{i}", text=t, sentences=[Sentence(aid, i, t)], support=[aid], independent=1)
             for i, t in enumerate(lines)]
    facts += [Fact(id=f"n{i}", text=t, sentences=[Sentence("n", i, t)], support=["n"], independent=1)
              for i, t in enumerate(news)]
    facts.append(Fact(id="h", text=head, sentences=[Sentence(aid, -1, head)], support=[aid], independent=1))
    arts = [Article(id=aid, title=head.rstrip("."), text="\n".join(lines)), Article(id="n", title="", text="\n".join(news))]
    return view(facts, arts, embed=False)


def test_an_opinion_pieces_title_does_not_open_the_summary_label_or_not() -> None:
    """(coherence70, issue 13) The title of an article that speaks in its writer's voice (a column: ``_opinion``)
    told first puts a view where the news should be (protocol C, NeuS: "a columnist's title"), even with no
    "Opinion:" label: it is no headline candidate while a news account tells the story. A news article's
    title stays; the rule off, the column's title opens (before)."""
    from accord.summarize import choose

    column = ["I have lived in this valley for forty years and I have never seen a worse plan.",
              "We deserve better than a levee that floods the next town instead of ours.",
              "Ask yourself who pays when the river rises again next spring.",
              "The council should scrap the plan and start again with the people who live here."]
    news = ["Officials in the river town of Millbrook voted 5-2 on Monday night to build a new levee along the Ash "
            "River after floods last spring.",
            "Building the levee will cost $40 million and take two years, the town's mayor said after the vote."]
    head = "Millbrook levee vote is a costly mistake for the valley."
    view = _titled_and_news_view("c", column, head, news)
    opts = DEFAULT.with_(words=60, summary_fill=False, summary_no_opinion_lines=False)
    scores = np.array([0.1, 0.1, 0.1, 0.1, 1.0, 0.9, 3.0])
    assert head not in [c.text for c in choose(view, scores, opts.with_(summary_no_opinion_titles=True))]
    off = [c.text for c in choose(view, scores, opts)]  # off by default since mend110 (review149 C)
    assert off[0] == head  # the rule off: the column's title opened the summary (before coherence70)


def test_a_news_title_in_newsroom_voice_still_opens_by_default() -> None:
    """(mend110, review149 C) ``summary_no_opinion_titles`` is off by default: the voice reading (``_opinion``) takes
    a news article's newsroom "we" ("Here's what we know", "We will update"), its advice to readers and its quoted
    questions for a writer's view, and the rule then dropped the only title that told the deaths. The title of such
    an article opens the summary; turned on, the rule would drop it."""
    from accord.summarize import choose

    live = ["Here is what we know so far about the collapse of the bridge over the Tarn River.",
            "We will update this story as we learn more, and our reporter at the scene is talking to witnesses.",
            "If you live nearby, you should avoid the area and follow what the police tell you.",
            "Why did no one close the bridge? What were the inspectors told?"]
    news = ["Engineers had warned the county for two years that the old Tarn bridge needed new supports.",
            "The county said repairs had been planned for the summer."]
    head = "Bridge over Tarn River collapses, killing two."
    view = _titled_and_news_view("l", live, head, news)
    opts = DEFAULT.with_(words=60, summary_fill=False, summary_no_opinion_lines=False)
    scores = np.array([0.1, 0.1, 0.1, 0.1, 1.0, 0.9, 3.0])
    assert not DEFAULT.summary_no_opinion_titles
    assert [c.text for c in choose(view, scores, opts)][0] == head
    assert head not in [c.text for c in choose(view, scores, opts.with_(summary_no_opinion_titles=True))]


def test_a_title_told_as_tried_denied_or_avoided_below_it_stays() -> None:
    """(mend110, review149 A) A lede that tells the title's act as attempted, refused, dismissed or avoided ("tried
    to storm … but were pushed back", "dismissed reports that he had resigned", "narrowly avoided derailing") does
    not restate it: across outlets and days it is the older account, and dropping the title would lose the news
    that the act was done. The same lede telling the act as done still restates it."""
    from accord.summarize import title_restated

    share = DEFAULT.summary_title_restated
    head = "Rebels storm airport in Port Sable."
    assert title_restated(head, "Rebels stormed the airport in Port Sable on Friday, residents said.", share)
    for lede in ("Rebels tried to storm the airport in Port Sable on Friday but were pushed back, residents said.",
                 "Rebels attempted to storm the airport in Port Sable on Friday, residents said.",
                 "Rebels sought to storm the airport in Port Sable on Friday, residents said.",
                 "Rebels narrowly failed to storm the airport in Port Sable on Friday, residents said."):
        assert not title_restated(head, lede, share), lede
    quit_ = "Finance minister Ivo Lind quits over leaked memo."
    assert title_restated(quit_, "Finance minister Ivo Lind quit on Monday over a leaked memo on the budget.", share)
    for lede in ("Finance minister Ivo Lind on Monday dismissed reports that he would quit over a leaked memo.",
                 "Finance minister Ivo Lind on Monday rejected calls to quit over a leaked memo on the budget.",
                 "Finance minister Ivo Lind on Monday declined to quit over a leaked memo on the budget."):
        assert not title_restated(quit_, lede, share), lede
    # an attempt's word before another act is no attempt of the title's ("… while seeking talks")
    assert title_restated(head, "Rebels stormed the airport in Port Sable on Friday while seeking talks with the army.",
                          share)
    train = "Passenger train derails near Lyon."
    assert title_restated(train, "A passenger train derailed near Lyon on Sunday, injuring several people.", share)
    assert not title_restated(train, "A passenger train narrowly avoided derailing near Lyon on Sunday.", share)


def test_a_title_with_a_count_in_words_the_lede_lacks_stays() -> None:
    """(mend110, review149 B) A count written in words in the title ("kills five", "dozens hurt") is a figure: the
    lede must give the same count, in words or digits, or it tells another (older) toll and the title stays
    ("fire kills five" over "… killed four people"). Number words are stop words, so before they went unchecked."""
    from accord.summarize import title_restated

    share = DEFAULT.summary_title_restated
    head = "Harbor warehouse fire kills five."
    lede = "A fire at a harbor warehouse on Sunday killed {} workers, the fire department said."
    assert title_restated(head, lede.format("five"), share)
    assert title_restated(head, lede.format("5"), share)
    assert not title_restated(head, lede.format("four"), share)
    assert not title_restated(head, lede.format("4"), share)
    assert not title_restated(head, "A fire at a harbor warehouse on Sunday killed workers, officials said.", share)
    crash = "Dozens hurt as tram crashes in Velden."
    assert title_restated(crash, "Dozens of people were hurt on Monday when a tram crashed in Velden, police said.",
                          share)
    assert not title_restated(crash, "Hundreds of people were hurt on Monday when a tram crashed in Velden, police "
                                     "said.", share)


def test_a_title_restated_only_below_the_opening_line_stays() -> None:
    """(coherence70) Only the sentence read right under the title counts: when a later body sentence restates it
    and another line opens the body ("Aides said one of its members …"), dropping the title would open the summary
    on that line and leave the main event late; the title stays."""
    from accord.summarize import choose

    head = "Former Nevada mayor Dana Reyes joins Senate race."
    body = ["Aides to Reyes said on Monday that her campaign had already hired staff in every county of the state.",
            "Nevada's former mayor Dana Reyes on Monday joined the crowded race for the state's open Senate seat, "
            "promising to focus on water and housing."]
    opts = DEFAULT.with_(words=60, summary_fill=True)
    out = [c.text for c in choose(_titled_view(head, body), np.array([1.0, 0.9, 0.95]), opts)]
    assert out[0] == head and body[1] in out
