"""support: an article is cited for a claim only when it states it (the issue's patterns, by hand)."""
from datetime import date

import pytest

from accord import analyse, support
from accord.align import align
from accord.briefing import build
from accord.model import Article, Cited, Dated, Disagreement, Side
from accord.options import DEFAULT

# A story told four ways, with the sample's traps: other figures for the same count, a quotation
# cut short, a detail only one outlet has, and a wire copy (d = c word for word).
A = ("Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-led alliance.\n"
     "Putin in the meeting said the troops had completed their mission and thanked Russia's military command.\n"
     "At least 164 people died in the unrest, according to the government.")
B = ("Around 2,000 soldiers were dispatched to Kazakhstan last week by a Moscow-led alliance.\n"
     "“The peacekeeping operation is over,” said Russian General Andrei Serdyukov.\n"
     "Putin said the troops had completed their mission.\n"
     "The troops will leave within ten days, officials said.")
C = ("More than 2,000 Russian-led troops have begun to withdraw from Kazakhstan after protests turned violent, "
     "killing dozens.\n"
     "“The peacekeeping operation is over … the tasks have been completed,” said Russian General Andrei Serdyukov.\n"
     "The troops will leave within ten days, officials said.")
REFERENCE = date(2022, 1, 13)


def story() -> list[Article]:
    return [Article(id=i, title="", text=t, raw_text=t, published="2022-01-13")
            for i, t in (("a", A), ("b", B), ("c", C), ("d", C))]


@pytest.fixture(scope="module")
def evidence() -> support.Evidence:
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    return support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)


def verdicts(ev: support.Evidence, claim: str) -> dict[str, str]:
    return {link.article: link.status for link in ev.check(claim)}


def test_an_article_with_another_figure_differs_and_never_supports(evidence):
    got = verdicts(evidence, "Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-led alliance.")
    assert got["a"] == "supports"
    assert got["b"] == "differs"  # 2,000: a side of the troops disagreement, not support
    assert got["c"] != "supports" and got["d"] != "supports"


def test_a_qualified_figure_is_not_stated_by_another_value_or_qualifier(evidence):
    claim = ("More than 2,000 Russian-led troops have begun to withdraw from Kazakhstan after protests turned "
             "violent, killing dozens.")
    links = evidence.check(claim)
    assert {x.article for x in support.supported(links)} == {"c", "d"}
    assert evidence.independent(x.article for x in support.supported(links)) == 1  # a wire copy counts once


def test_a_quotation_is_stated_only_word_for_word_and_whole(evidence):
    claim = ("“The peacekeeping operation is over … the tasks have been completed,” said Russian General "
             "Andrei Serdyukov.")
    got = verdicts(evidence, claim)
    assert got["c"] == got["d"] == "supports"
    assert got["b"] == "related"  # it quotes only the first half
    assert got["a"] == "silent"


def test_a_detail_only_one_outlet_gives_makes_the_others_related(evidence):
    claim = "Putin in the meeting said the troops had completed their mission and thanked Russia's military command."
    got = verdicts(evidence, claim)
    assert got["a"] == "supports"
    assert got["b"] == "related"  # same event, without the thanks: listed, never counted


def test_the_same_thing_in_other_words_is_support(evidence):
    got = verdicts(evidence, "The troops will leave within ten days, officials said.")
    assert got["b"] == got["c"] == got["d"] == "supports"
    assert got["a"] == "silent"


def test_text_written_elsewhere_is_checked_like_any_claim(evidence):
    # an LLM writer or a web form cannot get a citation the articles do not back
    assert not support.supported(evidence.check("Putin promised medals to 2,300 soldiers."))
    # the same words as an article's sentence are that article's claim
    got = verdicts(evidence, "Putin said the troops had completed their mission.")
    assert got["b"] == "supports"


def test_every_supporting_link_points_at_the_sentence_that_states_it(evidence):
    arts = {a.id: a for a in story()}
    for claim in ("The troops will leave within ten days, officials said.",
                  "Putin said the troops had completed their mission."):
        for link in support.supported(evidence.check(claim)):
            ref = link.ref
            assert ref is not None and ref.article == link.article
            assert arts[link.article].text[ref.start:ref.end] == evidence.unit_of(ref.article, ref.index).sentence.text


def test_summary_sentences_cite_exactly_the_articles_that_state_them(evidence):
    cited = support.cite(evidence, [
        Cited(text="Putin in the meeting said the troops had completed their mission and thanked Russia's "
                   "military command.", citations=["a", "b"]),
        Cited(text="The troops will leave within ten days, officials said.", citations=["b"]),
    ])
    assert cited[0].citations == ["a"]  # no other article states it: its own source alone
    assert [r.article for r in cited[0].sentences] == ["a"]
    assert cited[1].citations == ["b", "c", "d"]  # articles that state it are added, not only its fact's


def test_timeline_entries_keep_only_articles_that_state_the_day(evidence):
    dated = support.date_citations(evidence, [Dated(
        date="2022-01-06", text="Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-led "
                                "alliance.", citations=["a", "b"])])
    assert dated[0].citations == ["a"] and dated[0].sentences[0].article == "a"


def test_prefetched_overlaps_are_computed_a_chunk_at_a_time_and_give_the_same_verdicts(monkeypatch):
    """``prefetch`` queues the claims; each chunk's product is computed when ``check`` reaches it and
    rows of claims checked are not kept (a huge story held one row per claim: gigabytes)."""
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    plain = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    lazy = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    monkeypatch.setattr(support, "_PREFETCH_ROWS", 2)
    claims = [lazy.claim(s) for art in arts for s in sentences[art.id]]
    lazy.prefetch(claims)
    assert not lazy._overlaps  # nothing computed before it is needed
    for claim in claims:
        got = lazy.check(claim)
        assert len(lazy._overlaps) < 2  # at most the rest of the current chunk
        want = plain.check(plain.claim(claim.unit.sentence))
        assert [(x.article, x.status, x.ref, round(x.score, 6)) for x in got] == \
            [(x.article, x.status, x.ref, round(x.score, 6)) for x in want]


def test_figures_dates_and_names_compare_by_value_not_by_spelling():
    assert support.figures_written("Dow closed at 18,589.69 after 2,300 and 45 points") == {"18589.69", "2300", "45"}
    assert support.same_party("Persky", "Aaron Persky") and not support.same_party("Racquel Smith", "Smith")
    assert support.same_party("Russia", "Russian") and support.same_party("Kazakh", "Kazakhstan")
    # a quotation is checked in parts between ellipses; a part under four words is a phrase, not checked
    assert support.quotations("He said: “We are grateful ... to all of you”.") == (" to all of you ",)


def test_facts_show_only_verified_support_and_link_their_disagreements(evidence):
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    facts = align(arts, sentences, {"d": "c"})
    checked = support.check_facts(evidence, facts)
    for c in checked:
        for link in c.support:  # every counted article states the fact's sentence
            assert link.status == "supports"
        assert c.independent == evidence.independent(x.article for x in c.support)
    troops = next(c for c in checked if c.sentence.text.startswith("Roughly 2,300"))
    assert [x.article for x in troops.support] == ["a"]
    assert "b" in [x.article for x in troops.differs]
    # the disagreement on the troop count: one side per figure
    sides = [Side(value="Roughly 2,300", normalized=2300, articles=["a"], evidence=A.splitlines()[0]),
             Side(value="Around 2,000", normalized=2000, articles=["b"], evidence=B.splitlines()[0])]
    dis = [Disagreement(kind="number", about="troops", values=sides)]
    support.link_disagreements(evidence, checked, dis)
    assert troops.disagreements == [0] and troops.states == {0: {0}}
    assert troops.ref().disagreements == [0]


def test_two_facts_on_different_sides_of_a_conflict_are_shown_once(evidence):
    first = support.Checked(fact=None, sentence=None, support=[], related=[], differs=[], independent=3,  # type: ignore[arg-type]
                            states={0: {0}})
    second = support.Checked(fact=None, sentence=None, support=[], related=[], differs=[], independent=2,  # type: ignore[arg-type]
                             states={0: {1}})
    same_side = support.Checked(fact=None, sentence=None, support=[], related=[], differs=[], independent=2,  # type: ignore[arg-type]
                                states={0: {0}})
    conflict = Disagreement(kind="number", about="troops", values=[])
    assert support.shown_once([first, second, same_side], [conflict]) == [first, same_side]
    compatible = Disagreement(kind="number", about="troops", values=[], compatible=True, type="vague")
    assert support.shown_once([first, second], [compatible]) == [first, second]


def test_the_brief_never_counts_an_article_that_does_not_state_the_claim():
    brief = build(story(), DEFAULT.with_(words=60))
    texts = {"a": A, "b": B, "c": C, "d": C}
    for item in [*brief.summary, *brief.timeline]:
        assert item.citations and len(item.sentences) == len(item.citations)
        for ref in item.sentences:
            assert texts[ref.article][ref.start:ref.end]  # the pointed sentence exists
    for f in brief.facts:
        assert f.independent >= 2 and len(f.sentences) == len(f.support)
        assert not set(f.related) & set(f.support)
        for ref in f.sentences:
            assert ref.article in f.support
    for f in brief.facts:  # "More than 2,000 … [a] [b] [c]" of the issue: never cited to a or b
        if "More than 2,000" in f.text:
            assert set(f.support) <= {"c", "d"}
