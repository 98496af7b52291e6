"""support: an article is cited for a claim only when it states it (the issue's patterns, by hand)."""
import re
from datetime import date

import pytest

from accord import analyse, support
from accord.align import align
from accord.briefing import build
from accord.model import Article, Cited, Dated, Disagreement, Fact, Sentence, Side
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


def test_reach_bounds_what_check_finds_and_hands_it_the_same_overlap():
    """``reach`` (what ``check_facts`` prunes tellings with) never promises fewer sources than
    ``check`` then finds supporting the claim, and ``check`` after it gives the verdicts it gives alone."""
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    ev = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    fresh = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    claims = [s for art in arts for s in sentences[art.id]]
    ev.prefetch([ev.claim(s) for s in claims])
    for s in claims:
        for alone in (False, True):
            hints = [] if alone else [s]
            bound = ev.reach(ev.claim(s), hints, alone)
            got = ev.check(ev.claim(s), hints=hints, support_only=alone, silent=False)
            assert ev.independent(x.article for x in support.supported(got)) <= bound
            want = fresh.check(fresh.claim(s), hints=hints, support_only=alone, silent=False)
            assert [(x.article, x.status, x.ref, round(x.score, 6)) for x in got] == \
                [(x.article, x.status, x.ref, round(x.score, 6)) for x in want]
    # the dispatch (a) reaches a and b, not c's withdrawal: fewer than the story's 3 sources (d copies c)
    assert ev.reach(ev.claim(claims[0])) == 2 < ev.independent(ev.order)


def test_a_claim_no_other_article_can_state_is_settled_without_comparing():
    """``verbatim_only`` gives what ``check(support_only=True, silent=False)`` gives when only copies of
    the claim's own words are within reach, and None (the check must compare) otherwise."""
    arts = story() + [Article(id="e", title="", text="", raw_text="")]  # an article without text
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    ev = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    fresh = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    settled = 0
    for s in (s for art in arts for s in sentences[art.id]):
        got = ev.verbatim_only(ev.claim(s), [s])
        want = fresh.check(fresh.claim(s), hints=[s], support_only=True, silent=False)
        if got is None:  # another article is within reach: the check compares
            continue
        settled += 1
        assert [(x.article, x.status, x.ref, x.score, x.missing) for x in got] == \
            [(x.article, x.status, x.ref, x.score, x.missing) for x in want]
        assert got[-1].article == "e" and got[-1].missing == "no text"
    assert settled  # the story's own details (its dates, its speakers) are told once
    # the dispatch, which article b tells too, is compared
    assert ev.verbatim_only(ev.claim(sentences["a"][0]), [sentences["a"][0]]) is None


def test_pruning_tellings_that_cannot_win_leaves_the_facts_unchanged(monkeypatch):
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    facts = align(arts, sentences, {"d": "c"})

    def shown(ev: support.Evidence) -> list[tuple]:
        return [(c.sentence.text, c.independent, [(x.article, x.status, x.ref) for x in c.support + c.related + c.differs])
                for c in support.check_facts(ev, facts)]

    pruned = shown(support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE))
    monkeypatch.setattr(support.Evidence, "reach", lambda self, claim, hints=(), support_only=False: 10**6)
    assert pruned == shown(support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE))


def test_figures_dates_and_names_compare_by_value_not_by_spelling():
    assert support.figures_written("Dow closed at 18,589.69 after 2,300 and 45 points") == {"18589.69", "2300", "45"}
    assert support.same_party("Halvorsen", "Aaron Halvorsen") and not support.same_party("Racquel Smith", "Smith")
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


# -- second round: what a claim must state, and what outlets agree on ---------------------------------
def story_of(*texts: str, published: str = "2022-01-13") -> support.Evidence:
    """Evidence over articles a, b, c, … with the given texts (one sentence per line)."""
    arts = [Article(id=chr(ord("a") + k), title="", text=t, raw_text=t, published=published)
            for k, t in enumerate(texts)]
    return support.Evidence(arts, analyse.analyse_many(arts, reference=REFERENCE), reference=REFERENCE)


def clauses(text: str) -> list[str]:
    art = Article(id="a", title="", text=text, raw_text=text, published="2022-01-13")
    (sentence,) = analyse.analyse_many([art], reference=REFERENCE)["a"]
    return [c.text for c in support.main_clauses(sentence)]


def test_a_sentence_makes_shorter_claims_at_the_ends_of_its_clauses():
    got = clauses("Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-led alliance, after "
                  "Kazakhstan's president appealed for assistance amid the protests.")
    assert "Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-led alliance." in got
    # a second main clause, its new subject a person: a claim of its own
    got = clauses("The move sparked concerns that Moscow would leverage the mission and US Secretary of State "
                  "Antony Blinken earlier warned that “once Russians are in your house, it’s sometimes very "
                  "difficult to get them to leave”.")
    assert got[0].startswith("US Secretary of State Antony Blinken earlier warned that “once Russians")
    # an opening circumstance and a closing date may go; the rest is written as the article wrote it
    assert "A judge set bond for Hayes at $1 million." in clauses("On Sunday, a judge set bond for Hayes at $1 million.")
    assert "Russian-led troops began leaving Kazakhstan." in clauses("Russian-led troops began leaving Kazakhstan on Thursday.")


def test_a_sentence_is_never_cut_inside_a_list_a_name_a_quotation_or_a_contrast():
    assert not [c for c in clauses("The troops came from Russia, Belarus and Armenia, officials said.")
                if c.endswith("Belarus.")]
    assert not [c for c in clauses("Felt helped Washington Post reporters Bob Woodward and Carl Bernstein expose "
                                   "the scandal that led to the resignation.") if c.endswith("Woodward.")]
    assert not [c for c in clauses("There was no need for the agency to consult with the U.S. Fish and Wildlife "
                                   "Service if the agency determined that the project was harmless.")
                if "Fish." in c]
    assert not [c for c in clauses("The flaws are found in not only IE 7, Microsoft's latest browser, but also "
                                   "in older versions.") if "not only" in c]
    # never a quotation without its speaker
    assert all("Serdyukov" in c for c in clauses("“The peacekeeping operation is over, the tasks have been "
                                                 "completed,” said General Andrei Serdyukov, who led the contingent."))
    assert all("Serdyukov" in c for c in clauses("“The peacekeeping operation is over and the tasks have been "
                                                 "completed” — General Andrei Serdyukov said so on Thursday."))
    # and never a claim too thin to stand alone
    assert clauses("Anthony LaCalamita III, 38, said nothing after officers surrounded him.") == []


def test_a_fact_is_shown_as_the_clause_its_outlets_state():
    ev = story_of("Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance, after the "
                  "president appealed for help.",
                  "Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance, while protests "
                  "spread to the capital.")
    facts = align(list(ev_articles(ev)), {a: [u.sentence for u in ev.by_article[a] if u.sentence.index >= 0]
                                          for a in ev.order}, {})
    checked = [c for c in support.check_facts(ev, facts) if c.independent > 1]
    assert checked and checked[0].sentence.text == ("Roughly 2,300 troops were dispatched to Kazakhstan by a "
                                                    "Moscow-led alliance.")
    ref = checked[0].ref()
    assert ref.support == ["a", "b"] and ref.independent == 2
    # each link points at the whole sentence that states it
    assert [(r.article, r.index) for r in ref.sentences] == [("a", 0), ("b", 0)]


def test_a_fact_one_article_tells_is_cut_into_clauses_only_when_another_source_comes_near(monkeypatch):
    """A lone fact (one article's sentence) whose main clause another outlet states is shown as that
    clause with both sources; one that no other source's sentence comes near is checked whole only."""
    ev = story_of("Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance, after the "
                  "president appealed for help.",
                  "Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance, while protests "
                  "spread to the capital.\nThe central bank kept its key rate at 9.75% on Monday, citing "
                  "inflation, the governor said.")
    a, b, far = ev.by_article["a"][0].sentence, ev.by_article["b"][0].sentence, ev.by_article["b"][1].sentence
    cut: list[str] = []
    real = support.main_clauses
    monkeypatch.setattr(support, "main_clauses", lambda s, o=DEFAULT: cut.append(s.text) or real(s, o))
    facts = [Fact(id=f"f{k}", text=s.text, sentences=[s]) for k, s in enumerate((a, b, far))]
    checked = support.check_facts(ev, facts)
    assert [(c.sentence.text, c.independent) for c in checked][0] == (
        "Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance.", 2)
    assert a.text in cut and far.text not in cut
    assert (far.text, 1) in [(c.sentence.text, c.independent) for c in checked]


def ev_articles(ev: support.Evidence) -> list[Article]:
    return [Article(id=a, title="", text=" ".join(u.sentence.text for u in ev.by_article[a]), raw_text="")
            for a in ev.order]


def test_a_title_a_dateline_or_a_middle_initial_is_no_missing_party():
    ev = story_of("US Secretary of State Antony Blinken warned that “once Russians are in your house, it is "
                  "very difficult to get them to leave”.",
                  "Secretary of State Antony Blinken told reporters: “once Russians are in your house, it is very "
                  "difficult to get them to leave”.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] == "supports"
    ev = story_of("WASHINGTON — Two former staff members of the delegate were indicted Thursday for circulating "
                  "nude pictures.",
                  "Two former staff members of the delegate were indicted Thursday for circulating nude pictures, "
                  "prosecutors said.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] == "supports"
    assert support.same_party("William W. Taylor III", "William Taylor")
    assert not support.same_party("J. Smith", "Smith")
    # a country written before a name without a title is a detail of its own
    ev = story_of("Riddick Bowe won an eighth-round decision over Germany's Gene Pukall on Saturday.",
                  "Riddick Bowe won an eighth-round decision over Gene Pukall on Saturday.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] != "supports"


def test_where_people_are_from_is_a_detail_of_its_own():
    ev = story_of("A Vancouver man has been charged with first-degree murder after a killing at an office party.",
                  "A man has been charged with first-degree murder after a killing at an office party in Vancouver.",
                  "The Indian navy has captured 23 pirates in the Gulf.\nThe navy patrols off Somalia.",
                  "The Indian navy has captured 23 Somali pirates in the Gulf.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] != "supports"
    assert verdicts(ev, ev.by_article["b"][0].sentence.text)["a"] != "supports"
    assert verdicts(ev, ev.by_article["d"][0].sentence.text)["c"] != "supports"  # Somalia named, not as theirs


def test_another_speaker_another_frame_or_a_negation_is_not_support():
    quote = "“the peacekeeping operation is over and the tasks have been completed”"
    ev = story_of(f"General Andrei Serdyukov said {quote}.", f"Defence Minister Sergei Shoigu said {quote}.",
                  f"A White House official said in a statement {quote}.", f"The White House said in a statement {quote}.",
                  "Russian troops did not enter Almaty on Thursday.", "Russian troops entered Almaty on Thursday.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] != "supports"  # a different speaker
    assert verdicts(ev, ev.by_article["c"][0].sentence.text)["d"] != "supports"  # "an official" is not "the White House"
    assert verdicts(ev, ev.by_article["e"][0].sentence.text)["f"] != "supports"
    assert verdicts(ev, ev.by_article["f"][0].sentence.text)["e"] != "supports"


def test_a_day_a_time_of_day_and_a_count_are_details_and_their_own_other_values_no_conflict():
    ev = story_of("The Coast Guard said in a news release today that the water is getting colder.",
                  "The Coast Guard said that the water is getting colder.",
                  "Calls to Gordon Advisors were not answered this afternoon, and a recording said the offices were closed.",
                  "Calls to Gordon Advisors were not answered, and a recording said the offices were closed.",
                  "The men drove a 4×4 car into the store in the early hours and took watches.",
                  "Dwight Smith, 30, and Kevin Johnson, 25, were arrested on suspicion of murder.",
                  "Dwight Smith, 30, was arrested on suspicion of murder, police said.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] != "supports"
    assert verdicts(ev, ev.by_article["c"][0].sentence.text)["d"] != "supports"
    assert verdicts(ev, "The men drove a 4×4 car into the store at around 4 and took watches.")["e"] != "supports"
    link = {x.article: x for x in ev.check(ev.by_article["f"][0].sentence.text)}["g"]
    assert link.status == "related" and "25 / 30" not in link.missing  # Johnson is missing, 30 is no other value
    # "today" meaning nowadays is no date
    assert not support.Unit(ev.by_article["b"][0].sentence, []).dates
    assert not [m for m in story_of("Ethanol today is made from corn and sugarcane in large plants.")
                .by_article["a"][0].dates]


def test_someone_else_opening_the_sentence_is_not_the_claims_party():
    ev = story_of("Quinn was picked off by Vontae Davis in the end zone.",
                  "Quinn threw deep toward Vontae Davis.\nButler picked off the pass in the end zone.")
    assert verdicts(ev, ev.by_article["a"][0].sentence.text)["b"] != "supports"


def test_quotations_read_across_sentences_and_inflections_and_fragments():
    assert " i just want to say that i will not bring dishonor " in support.quotations(
        'I just want to say that I will not bring dishonor, " the convicted killer said.')
    assert support.stem("began") == support.stem("begun") == support.stem("begins") == support.stem("beginning")
    frag = [Sentence(article="a", index=0, text=t) for t in ("I can't.", "News in a statement.",
                                                             "The real U.S. Embassy in Ghana.")]
    assert not any(support.is_claim(s) for s in frag)
    assert support.is_claim(Sentence(article="a", index=0, text="Mark Felt was 95."))


# -- third round: asides, cuts that are no clause, pieces of sentences ---------------------------------
def test_a_place_people_leave_is_not_where_they_are_from():
    ev = story_of("Russia-led soldiers began withdrawing from Kazakhstan on Thursday.",
                  "Russian-led troops began withdrawing from Kazakhstan after the unrest.",
                  "Three soldiers from Russia were injured in Almaty.")
    assert not ev.by_article["a"][0].origins and ev.by_article["c"][0].origins
    got = verdicts(ev, "Russian-led troops began withdrawing from Kazakhstan.")
    assert got["a"] == got["b"] == "supports"


def test_an_aside_between_subject_and_verb_may_go():
    got = clauses("Sergey Shoigu, Russia’s defense minister, said the withdrawal would be completed by Jan. 19.")
    assert "Sergey Shoigu said the withdrawal would be completed by Jan. 19." in got
    assert "Prodigy died Tuesday at age 42." in clauses(
        "Prodigy, one-half of the legendary '90s rap group Mobb Deep, died Tuesday at age 42.")
    assert "Hansbrough moved into the top spot with a tough leaner in the lane." in clauses(
        "Hansbrough, who came back for his senior season after being crowned the National Player of the Year, "
        "moved into the top spot with a tough leaner in the lane.")
    # never a circumstance, a list of subjects or an aside that says something of its own
    assert not [c for c in clauses("In Almaty, Kazakhstan's largest city, soldiers sang their national anthems.")
                if c.startswith(("Kazakhstan", "In soldiers", "In sang"))]
    assert not [c for c in clauses("Dwight Smith, 30, and Kevin Johnson, 25, were arrested on suspicion of murder.")
                if c.startswith("Kevin") or c.startswith("Dwight Smith were")]
    assert support.without_aside(analyse.analyse_many([Article(
        id="a", title="", text=(t := "Smith, police said, was arrested on Monday in Ohio."), raw_text=t)])["a"][0]) is None


def test_a_subject_and_its_relative_clause_or_half_a_name_is_no_claim():
    assert not [c for c in clauses("Other candidates included Earl Silbert; Alexander Haig, who was Nixon's chief of "
                                   "staff and Ronald Reagan's secretary of state; and others.") if c.startswith("Alexander")]
    assert not [c for c in clauses(
        "Under the Bush rule, there was no need for a federal agency to consult with the U. S. Fish and Wildlife "
        "Service or the National Marine Fisheries Services if that agency determined that no harm would come.")
        if c.endswith("Fish.") or c.startswith("Wildlife")]
    assert not [c for c in clauses("She alleges that the agreement she signed days before the election, which prevented "
                                   "her from discussing the encounters, is void because Trump never signed it.")
                if c.endswith("election.")]
    assert not support.is_claim(Sentence(article="a", index=0, text="President-elect Barack Obama has asked neurosurgeon "
                                                                    "and CNN medical correspondent Dr."))


def test_a_piece_of_a_sentence_is_never_shown():
    head = "Two gang members were arrested in the fatal shooting of a sheriff's deputy who wa"
    arts = [Article(id="a", title=head, text=(t := head + "s murdered as he was getting ready to go to work.\n"
                                                  "An earthquake with a magnitude of at least 5.\n"
                                                  "9 hit southern Iran on Sunday, killing at least 10 people."),
                    raw_text=t, published="2022-01-13"),
            Article(id="b", title="Deputy killed", text=(u := "The deputy was shot as he left for work, police said."),
                    raw_text=u, published="2022-01-13")]
    ev = support.Evidence(arts, analyse.analyse_many(arts, reference=REFERENCE), reference=REFERENCE)
    assert ev.broken(head) and ev.broken(head + ".") and ev.broken("An earthquake with a magnitude of at least 5.")
    assert ev.broken("9 hit southern Iran on Sunday, killing at least 10 people.")
    assert not ev.broken(arts[0].text.splitlines()[0]) and not ev.broken("Deputy killed")
    summary = [Cited(text=head, citations=["a"]), Cited(text="An earthquake with a magnitude of at least 5.", citations=["a"]),
               Cited(text=u, citations=["b"]), Cited(text=(kc := "Colts clinch playoff berth with 20-13 win in K. C."),
                                                     citations=["b"])]
    assert [c.text for c in support.cite(ev, summary)] == [u, kc]  # "K. C." is an abbreviation, no cut


def test_one_event_in_other_words_and_outlets_alignment_left_out_count():
    ev = story_of("Russian-led troops began leaving Kazakhstan on Thursday.",
                  "Russia-led soldiers began withdrawing from Kazakhstan after the unrest, officials said on Thursday.",
                  "More than 2,000 Russian-led troops have begun to withdraw from Kazakhstan.",
                  "Russian-led soldiers have started withdrawing from Kazakhstan after completing an operation.")
    # "leaving" / "withdrawing", "began" / "started": one event in the words outlets use for it
    got = verdicts(ev, "Russian-led troops began leaving Kazakhstan.")
    assert got == {"a": "supports", "b": "supports", "c": "supports", "d": "supports"}
    assert verdicts(ev, "Russian-led troops began arriving in Kazakhstan.")["c"] != "supports"
    # alignment put two of them in the fact; the telling shown is the one every outlet states
    a, b = ev.by_article["a"][0].sentence, ev.by_article["b"][0].sentence
    (checked,) = support.check_facts(ev, [Fact(id="f", text=a.text, sentences=[a, b])])
    assert checked.sentence.text == "Russian-led troops began leaving Kazakhstan." and checked.independent == 4


def test_who_reported_it_may_go_at_the_end_of_a_sentence():
    assert "Troops have begun leaving the country." in clauses(
        "Troops have begun leaving the country, according to Russia’s defense minister.")
    assert "Soldiers began withdrawing from Kazakhstan after the unrest." in clauses(
        "Soldiers began withdrawing from Kazakhstan after the unrest, Russia's Defense Ministry said on Thursday.")
    # and never a cut that leaves a word dangling ("… more than" of "more than a week ago, her agent said")
    assert not [c for c in clauses("Page died in a Los Angeles hospital after suffering a heart attack more than a "
                                   "week ago, her agent said.") if c.endswith("than.")]
    # only a sentence's last words: "…, officials said, and …" goes on
    assert not [c for c in clauses("Soldiers began withdrawing from Kazakhstan, officials said, and the airport "
                                   "reopened to flights.") if c == "Soldiers began withdrawing from Kazakhstan."]


def test_a_quotation_with_its_own_speaker_borrows_no_attribution_from_before():
    quote = ("“the president has never asked Mr. Comey or anyone else to end any investigation, including any "
             "investigation involving General Flynn”")
    ev = story_of(f"A White House official said in a statement that {quote}.",
                  f"White House officials insisted Tuesday that Trump made no request.\n"
                  f"The White House said in a statement that {quote}.",
                  f"White House officials insisted Tuesday that Trump made no request.\n"
                  f"He said in a statement that {quote}.")  # the manner told too (issue 12)
    got = verdicts(ev, ev.by_article["a"][0].sentence.text)
    assert got["b"] != "supports"  # "the White House" is not "a White House official"
    assert got["c"] == "supports"  # "he", the officials named the sentence before


def test_what_is_left_of_a_contraction_is_no_word_of_the_claim():
    assert support.content("They'll look to buy a house.") == support.content("They look to buy a house.")


def test_a_request_told_in_other_words_and_an_acronym_for_a_name_support():
    # "asked … for help" / "appealed to … for assistance" (a family of news words; "appealed" only
    # before "for"), and "CSTO" as the initials of the name another outlet writes in full
    ev = story_of("Tokayev asked the Collective Security Treaty Organization for help on Wednesday.",
                  "On Wednesday Tokayev appealed to the CSTO for assistance.",
                  "Tokayev appealed the ruling on Wednesday.")
    got = verdicts(ev, "Tokayev asked the Collective Security Treaty Organization for help on Wednesday.")
    assert got == {"a": "supports", "b": "supports", "c": "silent"}
    assert support.content("He appealed the ruling for now.") != support.content("He asked the ruling for now.")


def test_names_match_by_their_initials_and_short_forms():
    assert support.same_party("NLRB", "National Labor Relations Board")
    assert support.same_party("Collective Security Treaty Organization", "CSTO")
    assert support.same_party("Mt Cook National Park", "Mount Cook National Park")
    assert not support.same_party("NBA", "National Football League")
    ev = story_of("Robert Buckley died while climbing to a hut on Mount Sefton in the Mount Cook National Park on Saturday.",
                  "Robert Buckley was climbing to a hut on Mount Sefton in the Aoraki - Mt Cook National Park on Saturday.")
    got = verdicts(ev, "Robert Buckley was climbing to a hut on Mount Sefton in the Mount Cook National Park on Saturday.")
    assert got == {"a": "supports", "b": "supports"}
    # ... but the one word the second outlet leaves out is the event: it does not say he died
    got = verdicts(ev, "Robert Buckley died while climbing to a hut on Mount Sefton in the Mount Cook National Park on Saturday.")
    assert got["b"] == "related"


def test_a_paraphrase_may_leave_out_one_word_only_if_it_is_no_verb_or_adverb():
    assert support._one_minor_word("He declined to say whether the church received any recent threats.", {"recent"})
    for word in ("died", "escaped", "allegedly", "believed", "running"):
        assert not support._one_minor_word(f"The suspect {word} near the church threats.", {support.stem(word)})
    assert not support._one_minor_word("Recent threats came.", {support.stem("recent")})  # capitalised: not read
    assert not support._one_minor_word("Any recent threats came fast.", {"recent", "fast"})  # two words


def test_leaving_out_silent_verdicts_keeps_every_other_verdict_in_story_order():
    """``check_facts`` asks without the silent verdicts of articles nothing hints at (a big story
    has hundreds of articles silent on each of thousands of claims): the rest is unchanged."""
    arts = [*story(), Article(id="e", title="", text="", raw_text="", published="2022-01-13")]
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    ev = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    claims = [s for art in arts for s in sentences[art.id]]
    for claim in claims:
        for hints in ([], [claim], [s for s in claims if s.article == "b"][:1]):
            told = {h.article for h in hints}
            every = ev.check(claim, hints=hints)
            want = [x for x in every if x.status != "silent" or x.article in told or x.missing == "no text"]
            assert ev.check(claim, hints=hints, silent=False) == want
            assert [x.article for x in every] == ["a", "b", "c", "d", "e"]


def test_a_claim_is_compared_with_at_most_the_closest_max_articles_besides_its_own():
    """``support_max_articles`` bounds the articles a claim is compared with (in a generated story of
    150 articles 1% of claims reached over 100); its fact's articles and word-for-word copies always are."""
    arts = story()
    sentences = analyse.analyse_many(arts, reference=REFERENCE)

    def evidence_of(cap: int) -> support.Evidence:
        return support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE,
                                options=DEFAULT.with_(support_max_articles=cap))

    def said(links: list[support.Link]) -> dict[str, str]:
        return {x.article: x.status for x in links if x.status != "silent"}

    claim = sentences["a"][0]  # "Roughly 2,300 troops were dispatched …": b gives another figure
    assert said(evidence_of(60).check(claim)) == {"a": "supports", "b": "differs"}
    assert said(evidence_of(1).check(claim)) == {"a": "supports"}  # the closest article: its own
    assert said(evidence_of(1).check(claim, hints=[sentences["b"][0]])) == {"a": "supports", "b": "differs"}
    same = sentences["b"][3]  # "The troops will leave …", written word for word by c and d: always compared
    assert said(evidence_of(1).check(same)) == {"b": "supports", "c": "supports", "d": "supports"}
    for claim in (s for a in arts for s in sentences[a.id]):  # a cap above the story's size changes nothing
        assert evidence_of(4).check(claim) == evidence_of(60).check(claim)


# -- support4: real support the rules missed (each next to the trap it must not let through) ----------
def test_a_closing_place_phrase_may_stand_elsewhere_but_who_did_what_to_whom_stays():
    ev = story_of("Chohan was pronounced dead at Jamaica Hospital.",
                  "EMS crews rushed Chohan to Jamaica Hospital for treatment, where she was later pronounced dead.",
                  "Chohan was taken to a clinic and later released.")
    got = verdicts(ev, "Chohan was pronounced dead at Jamaica Hospital.")
    assert got["b"] == "supports" and got["c"] != "supports"
    assert support._in_order(" chohan was pronounced dead at jamaica hospital ",
                             " crews rushed chohan to jamaica hospital where she was pronounced dead ") >= 0.8
    # the parties of a short claim keep their roles: moving a phrase is not swapping who did what
    assert support._in_order(" klitschko stopped thompson in the sixth round ",
                             " thompson stopped klitschko in the sixth round ") < 0.8


def test_who_reported_it_is_a_source_the_article_may_name_elsewhere():
    ev = story_of("The officers then fired 11 shots, the police said.",
                  "Both officers fired a total of 11 shots at the suspect.",
                  "Esther Williams died early Thursday in her sleep, according to her publicist Harlan Boll.",
                  "Her longtime publicist Harlan Boll confirmed the news on Thursday.\n"
                  "Williams died early Thursday in her sleep, according to her publicist.",
                  "Williams died early Thursday in her sleep, according to her publicist.",
                  "Her longtime publicist Harlan Boll confirmed the news on Thursday.\n"
                  "Williams died early Thursday in her sleep, according to her lawyer John Smith.")
    # the article states it in its own voice: protocol S reads the police's attribution as missing
    assert verdicts(ev, "The officers then fired 11 shots, the police said.")["b"] == "related"
    got = verdicts(ev, ev.by_article["c"][0].sentence.text)
    assert got["d"] == "supports"  # the article names him; its sentence gives no other source
    assert got["e"] != "supports"  # never names him
    assert got["f"] != "supports"  # names another source
    # a quotation's speaker is never a source that may be named elsewhere
    assert support.Unit(support.Sentence(article="x", index=0, text="“We are done here,” the police said."), []).sources \
        == frozenset()


def test_a_count_in_words_or_another_scale_states_the_figure_and_another_value_does_not():
    ev = story_of("A dozen people died in the fire.", "12 people died in the fire.", "13 people died in the fire.",
                  "About 1.5 million people fled the floods in the north of the country on Monday.",
                  "About 1,500,000 people fled the floods in the north of the country on Monday.",
                  "It was the eleventh straight win for the Colts.", "It was the 11th straight win for the Colts.",
                  "Five soldiers were hurt in the blast.", "5 soldiers were hurt in the blast.")
    assert verdicts(ev, "A dozen people died in the fire.")["b"] == "supports"
    assert verdicts(ev, "A dozen people died in the fire.")["c"] == "differs"
    assert verdicts(ev, "About 1.5 million people fled the floods in the north of the country on Monday.")["e"] \
        == "supports"
    assert verdicts(ev, "It was the eleventh straight win for the Colts.")["g"] == "supports"
    assert verdicts(ev, "Five soldiers were hurt in the blast.")["i"] == "supports"
    assert verdicts(ev, "5 soldiers were hurt in the blast.")["h"] == "supports"
    # a figure of two or more digits is checked as written (the reference floor reads it so)
    assert verdicts(ev, "12 people died in the fire.")["a"] != "supports"


def test_a_given_name_and_its_short_form_name_one_person_and_a_lower_case_title_is_a_title():
    assert support.same_party("Bill Hakim", "William Hakim")
    assert support.same_party("Katie Jenkin", "Kathryn Jenkin")
    assert not support.same_party("Bill Hakim", "William Smith")
    assert not support.same_party("Bill", "William")
    assert support._title_between(" wide receiver ") and support._title_between(" bomb technician ")
    assert support._title_between("’s defence minister ")
    for gap in (" told ", " thanks ", " and ", " said that "):
        assert not support._title_between(gap)
    ev = story_of("San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of drunken driving.",
                  "Wide receiver Vincent Jackson was arrested on suspicion of drunken driving.",
                  "Vincent Jackson was cleared of drunken driving.")
    got = verdicts(ev, "San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of drunken driving.")
    assert got["b"] == "supports" and got["c"] != "supports"  # the team is his title; the event is not


def test_how_a_statement_reached_reporters_is_no_detail_of_a_quotation():
    quote = "“It's disappointing to hear about the issue involving Jamal Williams,”"
    ev = story_of(f"{quote} said general manager A.J. Smith in a news release issued by the team.",
                  f"{quote} general manager A.J. Smith said in a statement released by the team.",
                  f"{quote} coach Norv Turner said in a statement released by the team.")
    got = verdicts(ev, ev.by_article["a"][0].sentence.text)
    assert got["b"] == "supports" and got["c"] != "supports"


# -- determinism: the same brief whatever the hash seed -------------------------------------------------
def test_a_tie_between_two_sentences_keeps_the_one_compared_first():
    first = support.Link(article="a", status="supports", score=0.8)
    noise = support.Link(article="a", status="supports", score=0.8 + 1e-15)  # the same sum, added in another order
    assert not support._better(noise, first)
    assert support._better(support.Link(article="a", status="supports", score=0.81), first)
    assert support._better(support.Link(article="a", status="supports", score=0.1),
                           support.Link(article="a", status="related", score=0.9))


_BRIEF_UNDER_SEED = """
import json
from accord.briefing import build
from accord.model import Article
texts = {texts!r}
arts = [Article(id=k, title=t.split(chr(10))[0], text=t, raw_text=t, published="2022-01-13")
        for k, t in texts.items()]
print(json.dumps(build(arts).to_dict(), sort_keys=True, default=str))
"""


def test_a_brief_is_the_same_under_any_hash_seed():
    """Sets of strings iterate in another order under each PYTHONHASHSEED; which sentence a citation
    points at (a headline and a first sentence often say the same) must not follow it."""
    import os
    import subprocess
    import sys

    texts = {"a": A, "b": B, "c": C, "e": "Troops dispatched to Kazakhstan\n" + A}
    out = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, HF_HUB_OFFLINE="1")
        done = subprocess.run([sys.executable, "-c", _BRIEF_UNDER_SEED.format(texts=texts)], env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        out.append(done.stdout)
    assert out[0] and out[0] == out[1] == out[2]


def test_a_figure_repeated_with_a_detail_is_told_elsewhere_only_by_another_source():
    """``told_elsewhere`` looks a claim's figures up in the story (one index per story): an
    independent outlet writing the figure beside a word of the claim tells it (the check alone finds
    it silent); the claim's own
    wire copy does not, and neither does a year both happen to name."""
    x = "Officials counted 4,812 ballots in the disputed district during 2021, the commission reported."
    y = "The tally of 4,812 was confirmed, with ballots stored overnight."
    z = "Elections in 2021 drew record crowds across the nation."
    def told(texts: dict[str, str], copies: dict[str, str]) -> bool:
        arts = [Article(id=k, title="", text=t, raw_text=t, published="2022-01-13") for k, t in texts.items()]
        sentences = analyse.analyse_many(arts, reference=REFERENCE)
        ev = support.Evidence(arts, sentences, copies=copies, reference=REFERENCE)
        if "y" in texts:  # the figure, not the check, finds it
            assert all(x.status == "silent" for x in ev.check(sentences["x"][0], ["y"]))
        return ev.told_elsewhere(sentences["x"][0])

    assert told({"x": x, "y": y}, {})
    assert not told({"x": x, "x2": x, "z": z}, {"x2": "x"})  # its own copy
    assert not told({"x": x, "z": z}, {})  # only the year is shared (z has no other figure)
    assert support._plain_order_stems(" troops were sent ") == tuple(support._order_stems(" troops were sent ", {}))


def test_who_a_claim_says_said_it_is_a_detail_of_the_claim():
    """An attributed claim is stated only by an article crediting the same source (name variants
    and the role for a named source allowed); stated in the article's own voice, or credited to
    someone else, it is "related" (protocol S readers judge those links "partly")."""
    ev = story_of("Fire Chief Bob Fanning said no one else was injured.",
                  "One man was shot and killed at the party and no one else was injured.",
                  "No one else was injured, Fanning said.",
                  "“No one else was injured,” said Chief Bob Fanning.",
                  "No one else was injured, police said.",
                  "Police Chief Tom Smith said no one else was injured.",
                  "Chief Bob Fanning told reporters that the man died at the scene.\nNo one else was injured.",
                  "Chief Bob Fanning said: “The man died at the scene.\n“No one else was injured.")
    got = verdicts(ev, "Fanning said no one else was injured.")
    assert got["b"] == "related"  # its own voice
    assert got["c"] == got["d"] == "supports"  # the same source, before or after the verb
    assert got["e"] == got["f"] == "related"  # another source
    assert got["g"] == "related"  # the sentence before credits him with something else
    assert got["h"] == "supports"  # a quotation's next paragraph: his attribution carries on


def test_a_quotation_running_over_sentences_is_credited_where_it_opens_or_closes():
    """Who said a sentence of a quotation that runs over several is read from the sentence that opens
    or closes it; a quotation the article never closes (a stray mark) credits no one."""
    runs = support.quotation_runs(["Fanning said the gunman came in.", "“We locked down the area.",
                                   "No one else was injured,” Fanning said.", "The shop was closed.",
                                   '"A straight mark opens.', '"The next paragraph opens again.',
                                   'It closes here," he said.', '"Whole," she said.'], 6)
    assert runs == [None, (1, 2), (1, 2), None, (4, 6), (4, 6), (4, 6), None]
    assert support.quotation_runs(['"Never closed.', "One.", "Two.", "Three."], 3) == [None] * 4
    ev = story_of("Fire Chief Bob Fanning said no one else was injured.",
                  "“We locked down the neighbourhood within minutes.\nNo one else was injured.\n"
                  "The suspect gave himself up after six,” Fanning said.",
                  "“We locked down the neighbourhood within minutes.\nNo one else was injured.\n"
                  "The suspect gave himself up after six,” police said.",
                  "Fanning said the gunman came in around 4 p.m.\nThe party went on.\nNo one else was injured.")
    got = verdicts(ev, "Fanning said no one else was injured.")
    assert got["b"] == "supports"  # in the middle of his quotation
    assert got["c"] == "related"  # the quotation is someone else's
    assert got["d"] == "related"  # its own voice, two sentences after he spoke


def test_a_sentence_between_two_of_one_speakers_sentences_is_theirs():
    """A run of one speaker's reported account: the sentence right before and the one right after credit
    the claim's source, so the middle one is theirs; one side alone, another speaker after, or a
    quotation beside it (protocol S readers: the article's own voice between quotations) is not."""
    ev = story_of("Fire Chief Bob Fanning said no one else was injured.",
                  "Fanning said the gunman came in around 4 p.m.\nNo one else was injured.\n"
                  "The suspect gave himself up after six, Fanning said.",
                  "Fanning said the gunman came in around 4 p.m.\nNo one else was injured.\n"
                  "The suspect gave himself up after six, a neighbour said.",
                  "Fanning said the gunman came in around 4 p.m.\nNo one else was injured.\n"
                  "The suspect gave himself up after six.",
                  "Fanning said the gunman came in around 4 p.m.\nNo one else was injured.\n"
                  "\"The suspect gave himself up after six,\" Fanning said.")
    got = verdicts(ev, "Fanning said no one else was injured.")
    assert got["b"] == "supports"
    assert got["c"] == "related" and got["d"] == "related"
    assert got["e"] == "related"  # next to his quotation, the article's own voice


def test_a_span_of_time_opening_a_sentence_is_no_party():
    """"Moments later, …" read as a place by the tagger is no party the other article must name (but
    still a word of the claim); a name opening the sentence still is a party."""
    from accord.model import Mention

    texts = ["Moments later, the Hummer pulls to the side of the road and speeds away.",
             "Shortly after, the Hummer pulls to the side of the road and speeds away."]
    arts = [Article(id=k, title="", text=t, raw_text=t, published="2022-01-13") for k, t in zip("ab", texts)]
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    first = sentences["a"][0]
    if not any(m.kind == "entity" and m.text == "Moments" for m in first.mentions):  # as the tagger misreads it
        first.mentions.append(Mention(kind="entity", text="Moments", value="Moments", label="GPE", start=0, end=7))
    ev = support.Evidence(arts, sentences, reference=REFERENCE)
    assert {x.article: x.status for x in ev.check(first, ["b"])}["b"] == "supports"
    ev = story_of("Bristol police said the Hummer pulls to the side of the road and speeds away.", texts[1])
    assert verdicts(ev, "Bristol police said the Hummer pulls to the side of the road and speeds away.")["b"] \
        != "supports"


def test_a_source_is_credited_however_the_sentence_names_it():
    """"According to …" opening a sentence credits its source; a name set off after the role
    ("according to the county fire chief, James Steele") is the source; a claim opening with its
    speaker in apposition ("Her agent, Mark Whitcombe, said …") credits him, not the clause after "said"."""
    ev = story_of("Her agent, Mark Whitcombe, said Page died yesterday at a Los Angeles hospital after a heart attack.",
                  "Page died yesterday at a Los Angeles hospital after a heart attack, her agent Mark Whitcombe said.",
                  "Her agent, Mark Whitcombe, was not reachable.\n"
                  "Page died yesterday at a Los Angeles hospital after a heart attack, her doctor said.",
                  "According to Iran's seismologic center, the epicenter was in the Persian Gulf near Qeshm Island.",
                  "The epicenter was in the Persian Gulf near Qeshm Island, according to the county fire chief, "
                  "James Steele.",
                  "The epicenter was in the Persian Gulf near Qeshm Island.")
    got = verdicts(ev, "Her agent, Mark Whitcombe, said Page died yesterday at a Los Angeles hospital after a heart "
                       "attack.")
    assert got["b"] == "supports" and got["c"] == "related"
    got = verdicts(ev, "Iran's seismologic center said the epicenter was in the Persian Gulf near Qeshm Island.")
    assert got["d"] == "supports" and got["e"] == "related" and got["f"] == "related"
    got = verdicts(ev, "The epicenter was in the Persian Gulf near Qeshm Island, according to Fire Chief James Steele.")
    assert got["e"] == "supports" and got["d"] == "related" and got["f"] == "related"


def test_who_a_sentence_quotes_as_saying_is_its_source():
    """"X was quoted by state TV as saying …" and "the Daily News quoted X as saying …" credit X."""
    ev = story_of("Qeshm's governor, Heidar Alishvandi, told state television that rescue teams have been deployed.",
                  "Heidar Alishvandi, the governor of Qeshm, was quoted by state television as saying rescue "
                  "teams have been deployed.",
                  "State television quoted Qeshm's governor Heidar Alishvandi as saying rescue teams have been "
                  "deployed.",
                  "State television quoted a resident as saying rescue teams have been deployed.")
    got = verdicts(ev, "Qeshm's governor, Heidar Alishvandi, told state television that rescue teams have been "
                       "deployed.")
    assert got["b"] == "supports" and got["c"] == "supports"
    assert got["d"] == "related"  # someone else quoted


def test_a_possessed_role_is_the_source_and_a_synonym_of_it_credits_it():
    ev = story_of("Lindsay Lohan's lawyer says the actress checked into rehab on Thursday.",
                  "Lindsay Lohan checked into rehab on Thursday, sources told the Daily News.",
                  "Lindsay Lohan checked into rehab on Thursday, her attorney said.",
                  "Lindsay Lohan checked into rehab on Thursday.")
    got = verdicts(ev, "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday.")
    assert got["b"] == "related" and got["d"] == "related"  # other sources; its own voice
    assert got["c"] == "supports"  # "her attorney" is the lawyer (not Lohan, the possessor)


def test_according_to_opens_a_claim_with_its_source():
    ev = story_of("According to police, the gunman fled in a red pickup truck.",
                  "The gunman fled in a red pickup truck, police said.",
                  "The gunman fled in a red pickup truck, witnesses said.")
    got = verdicts(ev, "According to police, the gunman fled in a red pickup truck.")
    assert got["b"] == "supports" and got["c"] == "related"


def test_he_said_is_resolved_to_the_person_named_before():
    ev = story_of("CHP officer Mike Smith spoke to reporters on Monday.\n"
                  "Jackson was on probation for a previous DUI arrest, he said.",
                  "Jackson, whose blood-alcohol level was unknown, was on probation for a previous DUI arrest.",
                  "Officer Mike Smith described the crash.\nJackson was on probation for a previous DUI arrest, Smith said.",
                  "Jackson was on probation for a previous DUI arrest, a neighbour named Karen Lee said.")
    got = verdicts(ev, "Jackson was on probation for a previous DUI arrest, he said.")
    assert got["b"] == "related"  # its own voice
    assert got["c"] == "supports"  # "Smith said": the man "he" is
    assert got["d"] == "related"  # another speaker
    # with no one named before, "he said" needs a speaker, never the article's own voice
    ev = story_of("Jackson was on probation for a previous DUI arrest, he said.",
                  "Jackson was on probation for a previous DUI arrest.")
    assert verdicts(ev, "Jackson was on probation for a previous DUI arrest, he said.")["b"] == "related"


def test_one_outlets_hedge_is_anothers_but_a_hedged_claim_needs_one():
    ev = story_of("Police shot and killed the suspected gunman outside the Cascade Mall on Friday.",
                  "Police shot and killed the man believed to be the shooter outside the Cascade Mall on Friday.",
                  "Police shot and killed the shooter outside the Cascade Mall on Friday.",
                  "Police shot and killed the gunman's brother outside the Cascade Mall on Friday.")
    got = verdicts(ev, "Police shot and killed the suspected gunman outside the Cascade Mall on Friday.")
    assert got["b"] == "supports"  # "believed to be" hedges as "suspected" does
    assert got["c"] != "supports"  # no hedge: it says more than the claim
    assert support.Unit(Sentence(article="x", index=0, text="The suspect was arrested."), []).hedges == frozenset()


def test_a_name_written_as_a_word_of_a_noun_is_said_by_the_noun_where_the_article_names_it():
    ev = story_of("The NFL team released Smith on Tuesday after his arrest.",
                  "He joined the NFL in 2010 as a rookie.\nHe was arrested in Miami.\nHe was held overnight.\n"
                  "He posted bail on Monday.\nThe team released Smith on Tuesday after his arrest.",
                  "The team released Smith on Tuesday after his arrest.")
    assert ev.by_article["a"][0].modifiers == {"NFL": support.stem("team")}
    got = verdicts(ev, "The NFL team released Smith on Tuesday after his arrest.")
    assert got["b"] == "supports"  # "the team", in an article that names the NFL
    assert got["c"] != "supports"  # which team, the article never says


def test_a_description_stands_for_a_name_only_where_the_article_ties_them():
    claim = "Italian police arrested a Mafia boss at a farmhouse in the hills near Palermo early on Monday."
    ev = story_of(claim,
                  "Giuseppe Rossi, a Mafia boss, had been on the run since 2009.\n"
                  "Italian police arrested Giuseppe Rossi at a farmhouse in the hills near Palermo early on Monday.",
                  "Italian police arrested Giuseppe Rossi at a farmhouse in the hills near Palermo early on Monday.",
                  "Mafia boss Giuseppe Rossi had been on the run.\nHe hid in the hills.\nHe had a beard.\n"
                  "Italian police arrested Rossi at a farmhouse in the hills near Palermo early on Monday.")
    got = verdicts(ev, claim)
    assert got["b"] == got["d"] == "supports"  # the article calls the man it names a Mafia boss
    assert got["c"] != "supports"  # it never says who he is


def test_a_claim_another_outlet_tells_in_other_words_is_not_only_its_sources():
    claim = ("A convicted child molester who was supposedly confined to a wheelchair overpowered two prison "
             "guards, handcuffed them and walked off wearing one of their uniforms.")
    told = "A convicted sex offender pulled a gun on two guards and fled on foot wearing one of the guards' uniforms."
    other = "The state's transport rules for inmates will be reviewed by a panel next month, a spokesman said."
    ev = story_of(claim, told, other)
    assert all(link.status == "silent" for link in ev.check(claim, ["b"]))  # no detail-for-detail statement
    assert ev.told_elsewhere(ev.by_article["a"][0].sentence)  # but it is told there, in other words
    alone = story_of(claim, other)
    assert not alone.told_elsewhere(alone.by_article["a"][0].sentence)


def test_a_source_is_credited_by_its_words_across_sentences_and_splits():
    claim = "Jackson failed sobriety tests shortly after 2 a.m. on State Route 52, a California Highway Patrol officer said."
    ev = story_of(claim,
                  "Jackson failed sobriety tests shortly after 2 a.m. on state Route 52, said California Highway "
                  "Patrol Officer Ray Scheidnes.",
                  "A Surrey Police spokeswoman said: “Officers were alerted to a fire on the roof.\n"
                  "“The fire has progressed rapidly through the store which is almost totally destroyed.",
                  "The fire progressed rapidly through the store which is almost totally destroyed, Const.\n"
                  "Fanning said.")
    assert verdicts(ev, claim)["b"] == "supports"  # the body named as part of the officer's title
    got = verdicts(ev, "Police said the fire progressed rapidly through the store, which is almost totally destroyed.")
    assert got["c"] == "supports"  # "Surrey Police": the police; the quotation's paragraph before credits it
    got = verdicts(ev, "The fire progressed rapidly through the store which is almost totally destroyed, Fanning said.")
    assert got["d"] == "supports" and got["c"] == "related"  # cut after "Const."; the police are not Fanning


def test_a_claim_closing_with_said_and_its_source_credits_that_source():
    claim = "Ortiz was shot in the head at his home on Tuesday, said Larry Waldie of the sheriff's department."
    ev = story_of(claim, "Ortiz was shot in the head at his home on Tuesday, sheriff's department spokesman Larry "
                         "Waldie said.",
                  "Ortiz, a sheriff's deputy, was shot in the head at his home on Tuesday.")
    assert ev.by_article["a"][0].credit is not None
    got = verdicts(ev, claim)
    assert got["b"] == "supports" and got["c"] == "related"


def test_a_speaker_named_in_apposition_after_the_role_credits_the_role():
    """"The county coroner, Gary Hargrove, said …" credits the coroner (and Hargrove); the name set off
    by commas right before the verb is read with the role before it, and another role is no credit."""
    claim = "The coroner said he believes LaRue died Saturday of natural causes."
    ev = story_of(claim,
                  "The Harrison County, Miss., coroner, Gary Hargrove, told reporters that LaRue is believed to "
                  "have died Saturday of natural causes.",
                  "The Harrison County sheriff, Gary Hargrove, said he believes LaRue died Saturday of natural causes.",
                  "LaRue died Saturday of natural causes, said Gary Hargrove.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] == "related" and got["d"] == "related"  # the sheriff; a name with no role
    assert support._named_after_role("No one else was hurt") == []


def test_out_of_a_place_is_not_into_it():
    """"checked out of the Betty Ford Center and into a Malibu clinic" shares every word of "checks into
    rehab at Betty Ford Center" but says the opposite of it; "out of the barracks and into Almaty"
    still states "into Almaty"."""
    claim = "Lindsay Lohan checks into rehab at Betty Ford Center."
    ev = story_of(claim,
                  "Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab",
                  "Lindsay Lohan checked into rehab at the Betty Ford Center on Thursday.")
    got = verdicts(ev, claim)
    assert got["b"] != "supports" and got["c"] == "supports"
    claim = "Russian troops moved into Almaty on Monday."
    ev = story_of(claim, "Russian troops moved out of their barracks and into Almaty on Monday.",
                  "On Monday Russian troops moved out of Almaty.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports" and got["c"] != "supports"


def test_an_article_describes_each_person_once_and_only_the_people_asked_for():
    ev = story_of("Giuseppe Rossi, a Mafia boss, was arrested on Monday.\n"
                  "Police chief Anna Bianchi said the arrest ended a long hunt.\n"
                  "Rossi, a fugitive since 2009, did not resist.")
    people = {m.value for u in ev.by_article["a"] for m in u._entities[0] if m.label == "PERSON"}
    rossi = next(p for p in people if "Rossi" in str(p) and "Giuseppe" in str(p))
    stems, said = ev._described("a", (str(rossi),))
    assert {support.stem("mafia"), support.stem("boss")} <= stems
    assert said.index(" mafia boss ") < said.index(" fugitive ")  # in the article's order
    assert " police chief " not in said  # Bianchi's title, not Rossi's
    assert ev._described("a", ()) == (frozenset(), "  ")


def test_the_told_in_part_scan_reads_only_sentences_sharing_enough_of_the_claims_words(monkeypatch):
    claim = ("A convicted child molester who was supposedly confined to a wheelchair overpowered two prison "
             "guards, handcuffed them and walked off wearing one of their uniforms.")
    told = "A convicted sex offender pulled a gun on two guards and fled on foot wearing one of the guards' uniforms."
    other = "The state's transport rules for inmates will be reviewed by a panel next month, a spokesman said."
    ev = story_of(claim, other + "\n" + told + "\n" + other.replace("next month", "in May"))
    seen: list[str] = []
    tells_part = support.Evidence._tells_part

    def spy(self, c, u, weight=None):
        seen.append(u.sentence.text)
        return tells_part(self, c, u, weight)

    monkeypatch.setattr(support.Evidence, "_tells_part", spy)
    # ("two prison guards" / "two guards" with "wearing … uniforms": the count rule alone finds it)
    monkeypatch.setattr(support.Evidence, "_tells_count", lambda self, count, c, u: False)
    assert ev.told_elsewhere(ev.by_article["a"][0].sentence)
    assert seen == [told]  # the sentences sharing no word of the claim are never compared


def test_a_claim_checked_again_reuses_its_verdicts_and_they_are_the_ones_found_anew(monkeypatch):
    from dataclasses import replace

    texts = ("Police arrested 12 protesters outside the parliament on Monday, officials said.",
             "Twelve protesters were arrested outside the parliament on Monday.\nThe protest was peaceful.",
             "Police arrested 12 protesters outside parliament on Monday night, a police spokesman said.")
    ev = story_of(*texts)
    compared: list[str] = []
    compare = support.Evidence._compare

    def spy(self, c, *args, **kwargs):
        compared.append(c.sentence.text)
        return compare(self, c, *args, **kwargs)

    monkeypatch.setattr(support.Evidence, "_compare", spy)
    claim = ev.by_article["a"][0].sentence
    first = ev.check(claim)
    n = len(compared)
    assert n > 0
    assert ev.check(claim) == first and len(compared) == n  # the second check compares nothing
    ev.check(claim, citing=True)  # as cited (a summary sentence): read with the same reading (mend28)
    assert len(compared) == n
    hinted = ev.check(claim, hints=[ev.by_article["b"][1].sentence])  # other hints: compared anew
    assert len(compared) > n
    fresh = story_of(*texts)
    fresh.options = replace(fresh.options, support_verdicts_kept=0)  # nothing kept: every check compares
    assert fresh.check(claim) == first and fresh.check(claim) == first
    assert fresh.check(claim, hints=[fresh.by_article["b"][1].sentence]) == hinted
    assert not any(fresh._verdicts.values())


def test_a_sentence_is_compared_with_a_story_claim_once_whatever_the_hints(monkeypatch):
    """(speed23) The same claim checked with other hints, for support only or as cited compares each
    sentence once in the same context (``Evidence._compared``); the verdicts are those found with nothing
    kept, and a claim that is no story sentence (a clause cut from one) is compared anew each time."""
    from dataclasses import replace

    texts = ("Police arrested 12 protesters outside the parliament on Monday, officials said.",
             "Twelve protesters were arrested outside the parliament on Monday.\nThe protest was peaceful.",
             "Police arrested 12 protesters outside parliament on Monday night, a police spokesman said.")
    ev, fresh = story_of(*texts), story_of(*texts)
    fresh.options = replace(fresh.options, support_verdicts_kept=0)
    compared: list[tuple[str, str, tuple[str, ...]]] = []
    compare = support.Evidence._compare

    def spy(self, c, weights, total, units, k, around=()):
        if self is ev:
            compared.append((c.sentence.text, units[k].sentence.text, tuple(u.sentence.text for u in around)))
        return compare(self, c, weights, total, units, k, around)

    monkeypatch.setattr(support.Evidence, "_compare", spy)
    claim = ev.by_article["a"][0].sentence
    hints = ([], [ev.by_article["b"][1].sentence], [ev.by_article["b"][0].sentence, ev.by_article["c"][0].sentence])
    for how in ({}, {"support_only": True}, {"citing": True}, {"silent": False}):
        for h in hints:
            assert ev.check(claim, hints=h, **how) == fresh.check(claim, hints=h, **how), (how, h)
    assert compared and len(compared) == len(set(compared))  # never the same comparison twice
    clause = "Police arrested 12 protesters outside the parliament on Monday"  # no sentence of the story
    n = len(compared)
    assert ev.check(clause) == fresh.check(clause) and len(compared) > n
    n = len(compared)
    ev.check(clause)
    assert len(compared) > n  # read anew, compared anew: nothing kept for it


def test_whether_a_sentence_reads_as_a_claim_is_read_once_per_text(monkeypatch):
    ev = story_of("Police arrested 12 protesters outside the parliament on Monday.\nI can't.")
    asked: list[str] = []
    is_claim = support.is_claim
    monkeypatch.setattr(support, "is_claim", lambda s, options=DEFAULT: asked.append(s.text) or is_claim(s, options))
    claim, fragment = (u.sentence for u in ev.by_article["a"])
    assert ev.reads_as_claim(claim) and ev.reads_as_claim(claim)
    assert not ev.reads_as_claim(fragment) and not ev.reads_as_claim(fragment)
    assert asked == [claim.text, fragment.text]


def test_each_person_is_matched_to_an_articles_descriptions_once(monkeypatch):
    ev = story_of("Giuseppe Rossi, a Mafia boss, was arrested on Monday.\n"
                  "Police chief Anna Bianchi said the arrest ended a long hunt.\n"
                  "Rossi, a fugitive since 2009, did not resist.")
    people = sorted({str(m.value) for u in ev.by_article["a"] for m in u._entities[0] if m.label == "PERSON"})
    rossi = next(p for p in people if "Giuseppe" in p)
    bianchi = next(p for p in people if "Bianchi" in p)
    matched: list[tuple[str, str]] = []
    same_party = support.same_party
    monkeypatch.setattr(support, "same_party", lambda a, b: matched.append((a, b)) or same_party(a, b))
    alone = ev._described("a", (rossi,))
    n = len(matched)
    both = ev._described("a", tuple(sorted((rossi, bianchi))))
    assert matched[n:] and all(bianchi in pair for pair in matched[n:])  # Rossi was matched already: only Bianchi is
    assert alone[0] < both[0] and {support.stem("police"), support.stem("chief")} <= both[0]
    assert both[1].index(" mafia boss ") < both[1].index(" police chief ") < both[1].index(" fugitive ")


# -- support7: a short claim's person, called "she" by the sentence that states the rest ----------------
def test_a_short_claims_person_may_be_a_pronoun_when_the_article_named_her_just_before():
    claim = "Chohan was pronounced dead at Jamaica Hospital."
    ev = story_of(claim,
                  "Chohan, 59, was struck by the car on Friday night.\n"
                  "She was taken to Jamaica Hospital, where she was pronounced dead, police said.",
                  "She was taken to Jamaica Hospital, where she was pronounced dead, police said.",
                  "Chohan, 59, was struck by the car on Friday night.\n"
                  "She was taken to Jamaica Hospital, where she was treated and released, police said.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"  # "she", the woman the sentence before names
    assert got["c"] != "supports"  # no one named: whom "she" means is not said
    assert got["d"] != "supports"  # named, but the rest is another claim


def test_an_abbreviation_in_capitals_says_the_words_it_stands_for():
    assert support.abbreviated("Saints RB Reggie Bush's season is over.", "Saints running back Reggie Bush") == {"rb"}
    assert support.abbreviated("He was arrested for driving under the influence.", "Arrested for DUI.") == {
        "driv", "influe"}
    assert not support.abbreviated("Troops under siege in the town.", "US troops in the town.")  # no "under siege"
    assert not support.abbreviated("Pelosi speaks during a news conference at the U.S.", "Pelosi (D-CA) said.")
    assert not support.abbreviated("A news conference at noon.", "CA officials.")  # "at": too short a word
    claim = "New Orleans Saints RB Reggie Bush's injury-plagued season is over."
    ev = story_of(claim,
                  "The injury-plagued season of New Orleans Saints running back Reggie Bush is over.",
                  "The injury-plagued season of New Orleans Saints rookie Reggie Bush is over.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports"  # a rookie, not said to be a running back


def test_no_reports_of_injuries_is_no_injuries_reported():
    claim = "There were no reports of injuries."
    ev = story_of(claim, "No injuries were reported.", "Two injuries were reported.",
                  "There were no reports of damage.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports" and got["d"] != "supports"  # injuries reported; no damage is another claim
    assert verdicts(ev, "No injuries were reported.")["a"] == "supports"
    # only the formula: "there was no reason" is not "for no reason"
    assert verdicts(story_of("There was no reason.", "They killed my brother for no reason."),
                    "There was no reason.")["b"] != "supports"


def test_a_claim_is_split_into_the_clauses_it_joins():
    claim = ("The mayor praised the firefighters who rescued eleven residents from the burning tower, "
             "but the landlord had ignored repeated warnings; tenants, although angry, stayed calm.")
    assert support.clauses(claim) == [
        "The mayor praised the firefighters who rescued eleven residents from the burning tower",
        "the landlord had ignored repeated warnings", "tenants", "angry, stayed calm."]
    assert support.clauses("Police arrested two men on Monday.") == ["Police arrested two men on Monday."]


def test_another_outlet_telling_one_clause_of_a_long_claim_tells_it_in_part(monkeypatch):
    """A long claim says several things: another outlet telling one of them (three of the clause's
    words, most of its weight) makes it no single-source claim, though it shares little of the whole
    sentence. A sentence sharing only two words of the clause (the landlord, the tenants) does not."""
    claim = ("The mayor praised the firefighters who rescued eleven residents from the burning tower on Elm Street, "
             "but the landlord had ignored repeated warnings from tenants about the broken alarms.")
    told = "Tenants of the block had sent repeated warnings about broken alarms that the landlord ignored, a charity said."
    near = "Tenants of the block met the landlord last spring, a housing charity said."
    other = "The regional council will meet next week to discuss the budget for schools."
    # the whole-sentence tests and the check see neither: only the clause can tell them apart
    monkeypatch.setattr(support.Evidence, "_tells_part", lambda self, c, u, weight=None: False)
    monkeypatch.setattr(support.Evidence, "check", lambda self, claim, articles=None, **kw: [])
    for text, told_there in ((told, True), (near, False)):
        ev = story_of(claim, text, other)
        c = ev.claim(ev.by_article["a"][0].sentence).unit
        assert len(ev._clauses_of(c)) == 2
        assert ev._tells_clause(ev._clauses_of(c), ev.by_article["b"][0]) is told_there
        assert ev.told_elsewhere(c.sentence) is told_there


def test_a_clause_shared_only_by_a_name_is_not_told(monkeypatch):
    """Three words of a clause that are one person's name say who, not what: a claim that another
    outlet only names that person in is still its source's alone."""
    claim = ("Critics were unmoved by the ruling, but the actor Lou Taylor Pucci deserves a boost after "
             "a fearless turn in the remake.")
    named = "The cast includes Lou Taylor Pucci, who plays a teacher with a secret."
    said = "Lou Taylor Pucci gives a fearless turn in the remake and deserves a boost, a critic wrote."
    monkeypatch.setattr(support.Evidence, "_tells_part", lambda self, c, u, weight=None: False)
    monkeypatch.setattr(support.Evidence, "check", lambda self, claim, articles=None, **kw: [])
    for text, told_there in ((said, True), (named, False)):
        ev = story_of(claim, text)
        assert ev.told_elsewhere(ev.by_article["a"][0].sentence) is told_there


def test_a_count_in_words_told_by_another_outlet_with_a_word_of_the_claim(monkeypatch):
    """The figure rule for counts written in words: the same number of the same thing with a word of
    the claim besides it ("the testimony of six turncoat mobsters" / "the testimony of six former
    mobsters"). Another number, or the same number of other things, or nothing else shared, is not."""
    claim = "It took the testimony of six turncoat mobsters to convince the jury of his guilt."
    monkeypatch.setattr(support.Evidence, "_tells_part", lambda self, c, u, weight=None: False)
    monkeypatch.setattr(support.Evidence, "check", lambda self, claim, articles=None, **kw: [])
    for text, told_there in (("The case relied on the testimony of six former mobsters.", True),
                             ("The case relied on the testimony of seven former mobsters.", False),
                             ("The case relied on the testimony of six former agents.", False),
                             ("Six mobsters were seen at the wedding.", False)):
        ev = story_of(claim, text)
        assert ev.told_elsewhere(ev.by_article["a"][0].sentence) is told_there, text
    # a time span is no count of things: "three years" is in many a sentence of a story
    ev = story_of("He spent three years in a county prison after the robbery.",
                  "The gang planned the robbery for three years from a prison cell.")
    assert not ev.told_elsewhere(ev.by_article["a"][0].sentence)


def test_words_a_claim_quotes_that_another_outlet_writes_tell_it_in_part(monkeypatch):
    """"A quote another outlet carries with other framing": a quoted phrase of three words, or a
    title of two, written by another outlet. Two lower-case quoted words ("fake news") are anyone's,
    and a title the headlines carry is the story's own subject."""
    monkeypatch.setattr(support.Evidence, "_tells_part", lambda self, c, u, weight=None: False)
    monkeypatch.setattr(support.Evidence, "check", lambda self, claim, articles=None, **kw: [])

    def told(claim: str, other: str, headline: str = "") -> bool:
        arts = [Article(id="a", title=headline, text=claim, raw_text=claim, published="2022-01-13"),
                Article(id="b", title="", text=other, raw_text=other, published="2022-01-13")]
        ev = support.Evidence(arts, analyse.analyse_many(arts, reference=REFERENCE), reference=REFERENCE)
        return ev.told_elsewhere(next(u for u in ev.by_article["a"] if u.sentence.index >= 0).sentence)

    claim = "The committee letter calls her pursuit of the donors “aggressive and improper” in its findings."
    assert told(claim, "Republicans say she took an aggressive and improper interest in the group.")
    assert not told(claim, "Republicans say she took an improper and aggressive interest in the group.")
    film = "The film plays like a mash-up of “Apocalypse Now” and “Jurassic Park” with a giant ape."
    assert told(film, "A nod to Jurassic Park comes early in the jungle scenes.")
    assert not told("Critics called the claims “fake news” on Tuesday evening.", "He dismissed it as fake news.")
    review = "“Skull Island” plays like a mash-up of war films and monster films, with a giant ape."
    assert not told(review, "Skull Island opens on Friday in cinemas.", headline="Review: “Skull Island”")


def test_a_sentence_giving_the_claims_role_to_someone_else_is_about_them():
    """"The Saints have placed running back Marcus Delany on injured reserve" is not stated by "…
    placed rookie running back Chris Ivory on IR" in an article that names Thomas a sentence before:
    the role the claim gives its person goes to another name. A sentence naming the claim's person in
    that role, or another person in another role, is read as before."""
    claim = "The Saints placed running back Marcus Delany on injured reserve on Wednesday."
    before = "Marcus Delany hurt his ankle in practice this week."
    got = verdicts(story_of(claim, before + "\nThe Saints placed running back Chris Ivory on injured reserve on Wednesday."),
                   claim)
    assert got["b"] != "supports"
    got = verdicts(story_of(claim, before + "\nThe Saints placed running back Marcus Delany on injured reserve on Wednesday, "
                                             "coach Sean Payton said."), claim)
    assert got["b"] == "supports"
    assert support._role_before("placed rookie running back ") == "running back"
    assert support._role_before("said ") is None and support._role_before("by ") is None


# -- details a sentence telling the same event words otherwise (protocol S "partly", issue 12) ----------
def _b(claim: str, other: str) -> str:
    """The verdict of an article that writes ``other`` on ``claim`` (told by its own article a)."""
    return verdicts(story_of(claim, other), claim)["b"]


def test_late_in_a_span_is_a_detail_of_when():
    claim = "A Ryan Succop field goal tied the game at 13 late in the third quarter."
    assert _b(claim, "Ryan Succop tied the game at 13 with a field goal with 10:03 to play in the third quarter.") != "supports"
    assert _b(claim, "Ryan Succop tied the game at 13 with a field goal late in the third quarter.") == "supports"
    assert _b(claim, "Ryan Succop tied the game at 13 with a field goal in the final minute of the third quarter.") == "supports"
    claim = "A bomb exploded at a bank in Woodburn late Friday, killing a police officer and a bomb technician."
    other = "A bomb exploded at a bank in Woodburn {}, killing a police officer and a bomb technician."
    assert _b(claim, other.format("on Friday")) != "supports"
    assert _b(claim, other.format("late Friday")) == "supports"
    assert _b(claim, other.format("on Friday night")) == "supports"
    assert _b(claim, other.format("on Friday") + "\nThe blast came at 5:30 p.m.") == "supports"  # a reader's "late"


def test_what_someone_refused_or_had_to_do_is_the_claims_act():
    claim = "LaSalle was uncooperative and refused to get out of his vehicle, police said."
    assert _b(claim, "LaSalle was uncooperative and refused to comply with officers, police said.") != "supports"
    assert _b(claim, "LaSalle was uncooperative and refused to get out of the vehicle, police said.") == "supports"
    claim = "Police pulled him over a few blocks away and had to use a Taser to get him out of the car."
    assert _b(claim, "Police pulled the driver over a few blocks away and used a Taser to subdue him.") != "supports"
    assert _b(claim, "Police pulled the driver over a few blocks away and had to use a Taser to get him out of his car.") \
        == "supports"
    # the act told whole in another sentence of the article about the claim
    other = ("Police pulled the driver over a few blocks away, the station reported.\n"
             "Police had to use a Taser on the driver a few blocks away to get him out of his car.")
    assert _b(claim, other) == "supports"
    claim = "The driver tried to contact the police after the crash on Main Street."
    assert _b(claim, "The driver tried to call the police after the crash on Main Street.") != "supports"
    assert _b(claim, "After the crash on Main Street the driver tried to contact police.") == "supports"


def test_an_act_is_not_stated_by_the_same_word_describing_a_noun():
    claim = "Raj Chohan, 59, had just parked her car on 97th Avenue around 7 p.m."
    assert _b(claim, "Raj Chohan, 59, was hit while walking along parked cars on 97th Avenue at about 7 p.m.") \
        != "supports"
    assert _b(claim, "Raj Chohan, 59, had parked her car on 97th Avenue at about 7 p.m.") == "supports"
    claim = "Officer Jim Hale was wounded in the shooting on Elm Street, police said."
    assert _b(claim, "The wounded officer, Jim Hale, was shot on Elm Street, police said.") == "supports"  # passive


def test_in_a_place_is_not_outside_it_nor_from_a_headline_and_a_later_turn_undoes_a_claim():
    claim = "Kanasho Johns, 27, was arrested in Houston on Tuesday and is believed to be the shooter."
    other = "Kanasho Johns, 27, who is believed to be the shooter, was arrested {} Houston on Tuesday."
    assert _b(claim, other.format("outside")) != "supports"
    assert _b(claim, other.format("in")) == "supports"
    claim = "John Jenkin, 23 and from Cumbria, has been charged with the murder of his mother and sister."
    assert _b(claim, "John Jenkin, 23, has been charged with the murder of his mother and sister in Cumbria.") \
        != "supports"
    assert _b(claim, "John Jenkin, 23 and from Cumbria, was charged with the murder of his mother and sister.") \
        == "supports"
    claim = "Director Gary Ross is in negotiations to direct the Lantern Road sequel Catching Fire."
    assert _b(claim, "Director Gary Ross was in negotiations to direct the Lantern Road sequel Catching Fire, but "
                     "was not able to come to an agreement.") != "supports"
    assert _b(claim, "Director Gary Ross is in negotiations to direct the Lantern Road sequel Catching Fire, but "
                     "no deal has been signed yet.") == "supports"  # a turn that undoes nothing said


def test_a_persons_quoted_words_are_not_stated_by_a_company_saying_them():
    intro = "Christopher Budd, a Microsoft security manager, spoke on Tuesday.\n"
    claim = intro + "He also said the patch was delivered “in the unprecedented time of eight days”."
    said = "He also said the patch was delivered “in the unprecedented time of eight days”."
    ev = story_of(claim, "The software giant said the patch was delivered “in the unprecedented time of eight days”.")
    assert verdicts(ev, said)["b"] != "supports"
    ev = story_of(claim, intro + "Budd said the patch was delivered “in the unprecedented time of eight days”.")
    assert verdicts(ev, said)["b"] == "supports"


def test_a_turn_undoes_a_claim_only_when_its_subject_is_the_claims():
    claim = "Lohan had checked into a rehab clinic in Malibu, her lawyer told the judge."
    assert _b(claim, "Lohan had checked into a rehab clinic in Malibu, her lawyer told the judge, but prosecutors "
                     "have not signed off on the facility.") == "supports"
    claim = "The blaze at the church is being investigated as an arson."
    assert _b(claim, "The blaze at the church is being investigated as an arson, but the chief did not know of "
                     "any threats.") == "supports"
    assert _b(claim, "The blaze at the church was investigated as an arson, but was not found to be one.") != "supports"


def test_a_sum_in_words_is_stated_by_the_same_sum_with_a_dollar_sign():
    claim = "Damage to the Wasilla church is estimated at one-million dollars."
    assert _b(claim, "Damage to the Wasilla church was estimated at $1 million, authorities said.") == "supports"
    assert _b(claim, "Damage to the Wasilla church was estimated at $2 million, authorities said.") != "supports"
    assert _b(claim, "Damage to the Wasilla church was estimated at 1 million euros, authorities said.") != "supports"


def test_bail_and_bond_retain_and_keep_say_one_thing():
    claim = "Williams was later released on bail."
    assert _b(claim, "Williams was later released on bond.") == "supports"
    assert _b(claim, "Williams was later released on probation.") != "supports"
    claim = "Wladimir Klitschko retained his WBA and IBF title belts by stopping Tony Thompson in the sixth round."
    assert _b(claim, "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep his WBA and IBF title "
                     "belts.") == "supports"


def test_an_age_is_stated_in_any_of_its_forms():
    claim = "Police said 48-year-old Robyn Mendes was found dead in the apartment on Tuesday."
    assert _b(claim, "Police said Robyn Mendes, 48, was found dead in the apartment on Tuesday.") == "supports"
    assert _b(claim, "Police said Robyn Mendes (48) was found dead in the apartment on Tuesday.") == "supports"
    # the same figure, but no one's age; another age
    assert _b(claim, "Police said Robyn Mendes was found dead in apartment 48 on Tuesday.") != "supports"
    assert _b(claim, "Police said Robyn Mendes, 45, was found dead in the apartment on Tuesday.") != "supports"


def test_a_persons_age_may_be_given_where_the_article_introduces_them():
    claim = "Andrew Lopez, 20, was convicted of murder in Brooklyn on Monday."
    assert _b(claim, "Andrew Lopez, 20, lived in the Howard Houses.\nLopez was convicted of murder in Brooklyn on "
                     "Monday.") == "supports"
    # the age the article gives is someone else's, or another
    assert _b(claim, "Andrew Lopez lived with Jonathan Carrasquillo, 20.\nLopez was convicted of murder in Brooklyn "
                     "on Monday.") != "supports"
    assert _b(claim, "Andrew Lopez, 24, lived in the Howard Houses.\nLopez was convicted of murder in Brooklyn on "
                     "Monday.") != "supports"


def test_a_sum_in_words_in_another_currency_and_police_by_a_forces_short_name():
    claim = "Four men made off with a two - million - euro booty from the store in Paris, a police source said."
    assert _b(claim, "Four men made off with a €2 million booty from the store in Paris, a police source said.") \
        == "supports"
    assert _b(claim, "Four men made off with a $2 million booty from the store in Paris, a police source said.") \
        != "supports"  # another currency
    assert _b(claim, "Four men made off with a €3 million booty from the store in Paris, a police source said.") \
        != "supports"
    claim = "Subryan was charged with vehicular manslaughter and leaving the scene of an accident, police said."
    assert _b(claim, "Subryan was charged with vehicular manslaughter and leaving the scene of an accident, the "
                     "NYPD said.") == "supports"
    assert _b(claim, "Subryan was charged with vehicular manslaughter and leaving the scene of an accident, the "
                     "DA said.") != "supports"


def test_died_and_death_say_one_thing_killed_another():
    claim = "Felt died Thursday at his home in Santa Rosa, his family said."
    assert _b(claim, "Felt's death Thursday at his home in Santa Rosa was announced by his family, his family "
                     "said.") == "supports"
    assert _b(claim, "Felt was found dead Thursday at his home in Santa Rosa, his family said.") == "supports"
    assert _b(claim, "Felt was killed Thursday at his home in Santa Rosa, his family said.") != "supports"
    claim = "Protests followed the death of Alexandros Grigoropoulos in Athens, police said."
    assert _b(claim, "Protests followed the deadly shooting of Alexandros Grigoropoulos in Athens, police said.") \
        != "supports"  # "deadly" is no "death"


def test_a_place_written_only_in_a_bodys_name_is_not_where_it_happened():
    """"Woodburn" in "the Woodburn Police Department" names a police force, not where the bomb went
    off; the town named as itself, in the sentence or elsewhere in the article, still states it."""
    claim = "A bomb exploded at a bank in Woodburn on Friday, killing a police officer."
    assert _b(claim, "A police captain of the Woodburn Police Department was killed on Friday when a bomb "
                     "exploded at a bank.") != "supports"
    assert _b(claim, "A police captain was killed on Friday when a bomb exploded at a bank in Woodburn.") \
        == "supports"
    assert _b(claim, "A police captain of the Woodburn Police Department was killed on Friday when a bomb "
                     "exploded at a bank in Woodburn.") == "supports"
    claim = "A climber is dead after falling 150 metres at Aoraki Mount Cook on Friday."
    assert _b(claim, "A climber died after falling 150 metres on Friday at Mt Cook, the Aoraki Mt Cook Alpine "
                     "Rescue Team said.") == "supports"  # the mountain in a shorter form, beside the team's name
    claim = "The Gibe reported on Friday that two boats were firing small arms at it near the coast."
    assert _b(claim, "MV Gibe reported on Friday that two boats were firing small arms at it near the coast.") \
        == "supports"  # a ship's prefix: the ship's own name


def test_a_joint_statement_is_not_one_mans_words():
    """A quotation the claim gives one person is not stated by a sentence crediting it to several
    together ("the two men said"); one that names him among them still is."""
    claim = ("\"We are ensuring that endangered species continue to receive the full protection of the law,\" "
             "Salazar said.")
    intro = "Commerce Secretary Gary Locke and Interior Secretary Ken Salazar spoke on Tuesday.\n"
    assert _b(claim, intro + "\"We are ensuring that endangered species continue to receive the full protection "
                             "of the law,\" the two men said in a statement.") != "supports"
    assert _b(claim, intro + "\"We are ensuring that endangered species continue to receive the full protection "
                             "of the law,\" Salazar said in a statement.") == "supports"


def test_a_word_describing_a_name_is_a_detail():
    """"the upscale Place Vendome" says the square is upscale: an article writing only "Place Vendome"
    tells the heist without that detail; one saying it elsewhere about the heist states it."""
    claim = "The heist near the upscale Place Vendome is the latest to hit France after a spate of robberies."
    assert _b(claim, "The heist near Place Vendome is the latest to hit France after a spate of robberies.") \
        != "supports"
    assert _b(claim, "The heist near the upscale Place Vendome is the latest to hit France after a spate of "
                     "robberies in Cannes.") == "supports"
    claim = "Police say she was struck by a grey Toyota Camry heading north on 117th Street on Friday."
    assert _b(claim, "Police say she was struck by a gray Toyota Camry heading north on 117th Street on Friday.") \
        == "supports"  # the colour spelt otherwise
    assert _b(claim, "Police say she was struck by a Toyota Camry heading north on 117th Street on Friday.") \
        != "supports"


def test_a_count_of_one_or_two_is_stated_by_a_or_both_before_the_same_noun():
    """"One day after" is "a day after", "two women" are "both women"; another noun, another count or
    one person ("one protester" / "a protester") is not."""
    told = {"The Saints placed Marcus Delany on injured reserve {} after losing Chris Ivory for the season.":
            ("one day", {"a day": True, "a week": False, "two days": False}),
            "Police found {} dead in a terraced house in Millom on Saturday.":
            ("two women", {"both women": True, "both men": False}),
            # one of several people: "a protester" may be another one (the bank's, not parliament's)
            "During the unrest, {} threw a petrol bomb.": ("one protester", {"a protester": False})}
    for frame, (said, others) in told.items():
        for other, states in others.items():
            assert (_b(frame.format(said), frame.format(other)) == "supports") is states, other


def test_where_a_claim_says_it_happened_is_a_detail_the_sentence_must_give():
    """"In the Gulf of Aden" is not stated by a sentence placing the event "off Somalia" (nor "in
    Cumbria" by "in Millom"); the place in the sentence, in the sentence before, or one the story
    writes inside the claim's, still states it."""
    claim = "The navy said it had sunk a pirate ship in the Gulf of Aden on Tuesday."
    assert _b(claim, "The navy said it had sunk a pirate ship off Somalia on Tuesday.") != "supports"
    assert _b(claim, "A frigate patrols the Gulf of Aden.\nThe navy said it had sunk a pirate ship off Somalia "
                     "on Tuesday.") != "supports"  # the gulf named just before, the sentence's own place another
    assert _b(claim, "The navy said it had sunk a pirate ship in the Gulf of Aden on Tuesday.") == "supports"
    assert _b(claim, "A frigate was on patrol in the Gulf of Aden.\nThe navy said it had sunk a pirate ship "
                     "on Tuesday.") == "supports"  # the place told just before
    claim = "An earthquake struck near Tehran and Qeshm Island on Sunday, killing ten people."
    assert _b(claim, "An earthquake struck near Tehran on Sunday, killing ten people.\nQeshm Island "
                     "is a popular resort.") != "supports"  # the sentence places it near one of the two
    claim = "An earthquake struck in Iran on Sunday, killing ten people."
    assert _b(claim, "An earthquake struck in Qasr Amin, Iran, on Sunday, killing ten people.") == "supports"
    assert _b(claim, "The port of Qasr Amin, Iran, has a large harbour.\nOn Sunday an earthquake "
                     "struck in Qasr Amin, killing ten people.") == "supports"  # the story nests them


def test_a_newspapers_town_is_not_where_the_claims_event_was():
    """"Felt died … in Santa Rosa" is not stated by "…, said the Press Democrat newspaper in Santa
    Rosa": the town is the paper's seat. Named as where he died, or a claim about the paper, it is."""
    claim = "Felt died on Thursday in Santa Rosa, his family said."
    assert _b(claim, "Felt died at home on Thursday, his family told the Press Democrat newspaper in Santa Rosa.") \
        != "supports"
    assert _b(claim, "Felt died at home on Thursday, his family told the Santa Rosa-based Press Democrat.") \
        != "supports"
    assert _b(claim, "Felt died at home in Santa Rosa on Thursday, his family told the Press Democrat.") \
        == "supports"
    claim = "The Press Democrat of Santa Rosa said on Thursday that Felt had died."
    assert _b(claim, "The Press Democrat of Santa Rosa said on Thursday that Felt had died.") == "supports"


def test_a_peoples_adjective_makes_no_body_the_claims_subject():
    """"The Indian warship Mysore is on patrol" is not stated by "Indian Navy … warships of other
    countries on patrol" with the Mysore named the sentence before: the sentence is about the navy."""
    claim = "The Indian warship Mysore is on anti-piracy patrol in the Gulf of Aden."
    other = ("The Mysore escorted the ship to safety.\nIndian Navy has also asked warships of other countries "
             "on anti-piracy patrol in the Gulf of Aden for help, he said.")
    assert _b(claim, other) != "supports"
    other = ("The Mysore escorted the ship to safety.\nThe Indian warship is on anti-piracy patrol in the Gulf "
             "of Aden, he said.")
    assert _b(claim, other) == "supports"  # "the Indian warship": the claim's ship, named just before


def test_a_list_of_places_after_from_is_where_each_is_from():
    """"Troops from Russia, Belarus and Armenia": each place of the list is where troops are from, in
    the claim and in the article; a list naming one of them otherwise does not state it."""
    claim = "The general commanded a contingent of troops from Belarus, Armenia and Kyrgyzstan."
    assert _b(claim, "The general commanded a contingent of troops from Russia, Belarus, Armenia and "
                     "Kyrgyzstan.") == "supports"
    assert _b(claim, "The general commanded a contingent of troops from Russia after visits to Belarus, "
                     "Armenia and Kyrgyzstan.") != "supports"


def test_a_short_claims_words_count_only_where_the_sentence_states_it():
    """"Lindsay Lohan checks into court" is not stated by "… has checked into the Betty Ford Center to
    begin a 90-day court-mandated stay": "court" stands outside the stretch that writes the claim's
    words in order, as something else. A claim's subject may stand before that stretch ("The man, …,
    fell" / "the man …, when he fell")."""
    claim = "Lindsay Lohan checks into court."
    assert _b(claim, "Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated "
                     "stay.") != "supports"
    assert _b("Lindsay Lohan checks into rehab.", "Lindsay Lohan has checked into a rehab facility to begin a "
                                                  "90-day court-mandated stay.") == "supports"
    assert _b("The man fell in the Tasman Glacier area.", "The New Zealand-born man, who lived in Australia, "
              "had been dropped off by helicopter and was walking to a hut when he fell in the Tasman Glacier "
              "area.") == "supports"


def test_a_moved_phrase_stands_after_a_preposition():
    """A claim's closing phrase may stand elsewhere in the sentence only where a preposition opens it
    ("at Jamaica Hospital" / "to Jamaica Hospital", "at Portland" / "with both Portland and …", "on a
    one-yard pass" / "Smith's one-yard pass to Jones"), never
    as a word of a name ("into court" / "a Superior Court judge")."""
    assert _b("Lindsay Lohan checks into court.", "The star fooled a Superior Court judge by pretending to check "
              "into a facility.\nLindsay Lohan left.") != "supports"
    assert _b("Chohan was pronounced dead at Jamaica Hospital.", "Paramedics took Chohan to Jamaica Hospital, "
              "where she was pronounced dead.") == "supports"
    assert _b("Cheeks also coached at Portland.", "Cheeks record as an NBA head coach with both Portland and "
              "Philadelphia stands at 284-286.") == "supports"
    assert _b("Jones scored on a one-yard pass.", "Smith's one-yard pass to Jones won the game.") != "supports"
    assert _b("Jones scored on a one-yard pass.", "Smith's one-yard pass to Jones scored the winning points.") \
        == "supports"  # the phrase opened by a possessive


def test_a_larger_place_states_where_when_the_story_nests_them_and_the_article_names_both():
    """"In Cumbria" states "in Millom" when the story writes "Millom, Cumbria" and the article names
    Millom too; without that tie, or in an article that never names Millom, it says less."""
    claim = "A man has been charged with the murder of his mother and sister in Millom."
    tied = ("The bodies were found at a house in Millom, Cumbria, on Saturday.\nA man has been charged with "
            "the murder of his mother and sister in Cumbria.")
    assert _b(claim, tied) == "supports"
    assert _b(claim, tied.replace("Millom, Cumbria", "Millom")) != "supports"  # no tie
    ev = story_of(claim, "A man has been charged with the murder of his mother and sister in Cumbria.",
                  "The bodies were found at a house in Millom, Cumbria, on Saturday.")
    assert verdicts(ev, claim)["b"] != "supports"  # the story ties them, but b never names Millom


def test_a_contraction_written_apart_is_still_a_negation():
    """Some feeds write "hadn ’ t" (tokenised text): still "had not"."""
    claim = "The City Attorney's office said the case hadn't been submitted as of Tuesday."
    other = "The City Attorney ’ s office said the case hadn ’ t been submitted as of Tuesday."
    assert _b(claim, other) == "supports"
    assert _b(claim.replace("hadn't", "had"), other) != "supports"


def test_a_speaker_set_off_from_the_verb_by_how_they_spoke_is_credited():
    """"Vincent Jackson, in a brief statement released through the team, said …" credits Jackson; a
    pronoun after "said" opens what was said ("…, said he didn't think …"), so another speaker's
    sentence naming Jackson there does not credit him."""
    claim = "Vincent Jackson, in a statement released through the team, said he didn't think charges would be filed."
    assert _b(claim, "Vincent Jackson, in a brief statement released through the team, said he didn't think "
                     "charges would be filed.") == "supports"
    assert _b(claim, "Philip Rivers, in a brief statement released through the team, said he didn't think "
                     "charges would be filed against Vincent Jackson.") != "supports"


def test_a_sentence_opening_with_a_dash_and_a_lower_case_word_is_a_piece():
    """"- and Josh Hutcherson will all be returning for the sequel!" is the rest of a list the splitter
    cut: shown nowhere, and neither is the piece before it; a sentence after a dash that opens on a
    capital ("- Lawrence will return …") is a sentence."""
    text = ("Jennifer Lawrence, Liam Hemsworth\n- and Josh Hutcherson will all be returning for the sequel!\n"
            "Filming starts in September.")
    ev = story_of(text)
    assert ev.broken(ev.unit_of("a", 1).sentence.text)
    assert ev.broken(ev.unit_of("a", 0).sentence.text)
    ev = story_of("Filming starts in September.\n- Lawrence will be returning for the sequel!")
    assert not ev.broken(ev.unit_of("a", 1).sentence.text)


def test_a_figure_lost_to_an_unreadable_character_supports_no_figure() -> None:
    """The reader's one "no" (2026-12-04): "served four months" cited to an article whose "4½" was
    decoded as "4\ufffd". Near case: the article with the clean figure still supports it."""
    claim = "He served four months in federal prison for conspiracy to obstruct justice."
    texts = {"x": "LaRue served four months in federal prison for conspiracy to obstruct justice.",
             "y": "LaRue served 4\ufffd months in federal prison for conspiracy to obstruct justice.",
             "z": "LaRue served 4 months in federal prison for conspiracy to obstruct justice."}
    arts = [Article(id=i, title="", text=t, raw_text=t, published="2007-11-10") for i, t in texts.items()]
    ev = support.Evidence(arts, analyse.analyse_many(arts, reference=date(2007, 11, 10)), copies={},
                          reference=date(2007, 11, 10))
    got = verdicts(ev, claim)
    assert got["x"] == "supports" and got["z"] == "supports"
    assert got["y"] != "supports"


def test_a_count_is_stated_by_a_count_of_its_own_noun_when_the_sentence_has_one() -> None:
    """A reader's "partly" (2026-12-04): "three outboard motors" cited to a sentence counting "three
    other automatic weapons" and "up to three outboard motors" (a bound, not the claim's count). Near
    cases: a sentence counting only the motors, exactly, supports; one whose only "three" counts
    another noun and that counts no motor is left to the other rules (the parse may read a noun
    apart: "a 6. 4 - magnitude quake")."""
    claim = "There were also three outboard motors and a global positioning system receiver."
    other = ("Among the seized items were seven AK-47 automatic rifles, three other automatic weapons and 13 "
             "loaded magazines; {} outboard motors and a global positioning system receiver.")
    assert _b(claim, other.format("up to three")) != "supports"
    assert _b(claim, other.format("two")) != "supports"
    assert _b(claim, other.format("three")) == "supports"
    claim = "Three people were killed and 12 people were injured when the bus overturned."
    assert _b(claim, "Three were killed and 12 people were injured when the bus overturned.") == "supports"


def test_a_quotation_the_claim_closes_is_not_stated_by_a_longer_one() -> None:
    """A reader's "partly" (2026-12-04): a quotation ending "no community." cited to an article that
    writes "no community center." Near cases: the same words closed by a comma ("…,” he said") or a
    stop support; a claim that does not close the quotation there is not asked."""
    claim = "‘ The youth in this community have no outlets for their anger, no community. ’"
    said = "The youth in this community have no outlets for their anger, no community"
    assert _b(claim, f"“{said} center,” the pastor said.") != "supports"
    assert _b(claim, f"“{said},” the pastor said.") == "supports"
    assert _b(claim, f"“{said}.”") == "supports"
    assert support.quote_closed(" no outlets for their anger no community ", claim)
    assert not support.quote_closed(" no outlets for their anger no community ", f"“{said} center.”")
    assert support.quote_runs_on(" for their anger no community ", f"“{said} center.”")
    assert not support.quote_runs_on(" for their anger no community ", f"“{said}, ” he said; {said} center.")


def test_a_place_after_a_venue_the_event_was_at_is_where_it_was() -> None:
    """support16's wrong refusal: "… in Mannheim, Germany" refused by "… at the SAP-Arena in Mannheim,
    Germany", the arena read as a body whose seat is Mannheim. A venue's name ending "Arena",
    "Stadium", … after "at" is where the event was. Near cases: a body after "said" ("the Sports
    Network in Mannheim") or a venue that speaks ("…, the SAP Arena in Mannheim said") still names
    only the body's seat."""
    claim = "Klitschko stopped Rahman in the seventh round in Mannheim, Germany."
    assert _b(claim, "Klitschko stopped Rahman in the seventh round at the SAP Arena in Mannheim, Germany.") == "supports"
    assert _b(claim, "Klitschko stopped Rahman in the seventh round, said the Sports Network in Mannheim, "
                     "Germany.") != "supports"
    assert _b(claim, "Klitschko stopped Rahman in the seventh round, the SAP Arena in Mannheim said.") != "supports"


def test_a_quotation_in_single_marks_opening_the_sentence_is_a_quotation() -> None:
    """A reader's "partly" (support17's sheet): "'Tara Reid has checked herself into the Promises
    Treatment Center,' her rep says in a statement." cited to an article that only paraphrases it. A
    sentence opening on a quotation in single marks closed after its punctuation is read as one in
    double marks (word for word). Near cases: the same words quoted support it; an apostrophe
    ("'90s star …", "Reid's rep") opens no quotation."""
    claim = "'Tara Reid has checked herself into the Promises Treatment Center,' her rep says in a statement."
    assert _b(claim, "Party girl Tara Reid checked herself into Promises Treatment Center, her rep said in a statement.") != "supports"
    assert _b(claim, "“Tara Reid has checked herself into the Promises Treatment Center,” her rep said in a "
                     "statement.") == "supports"
    assert support.quotations(claim) == (" tara reid has checked herself into the promises treatment center ",)
    assert support.quotations("'90s star Tara Reid has checked herself into the center, her rep's statement says.") == ()


def test_figures_written_without_a_digit_is_empty_and_a_glued_figure_still_counts():
    # (speed15) a text without a digit skips both patterns; one digit anywhere reads them as before
    assert support.figures_written("Forty-five people were hurt, police said.") == frozenset()
    assert support.figures_written("COVID-19 cases rose by 2,300.") == {"19", "2300"}
    assert support.figures_written("A 4th-grade class of 9 pupils.") == frozenset()  # one digit each: no figure


def test_cut_after_reads_only_the_end_and_agrees_with_the_pattern():
    # (speed15) the search starts four letters before the closing ".", and still looks behind that
    cases = ["Larry Kroon, pastor, was greeted by the Rev.", "He met the Rev. Al Sharpton on Monday.",
             "The xCapt.", "The Capt.", "It was said by J. K.", "The talks ended in the U.S.",
             "She thanked Sen.  \n", "He spoke to A.", "He spoke to a.", ".", "", "No.", "Dr."]
    for text in cases:
        assert support._cut_after(text) == bool(support._CUT_AFTER.search(text)), text
    assert support._cut_after(cases[0]) and support._cut_after(cases[3]) and support._cut_after(cases[6])
    assert not support._cut_after(cases[1]) and not support._cut_after(cases[2]) and not support._cut_after(cases[5])


def test_ordinals_skip_a_sentence_without_one_and_agree_with_the_pattern():
    # (speed15) an ASCII sentence without a digit or an ordinal word is not searched; any other is
    cases = ["He came second in the Twenty-first Century race.", "The 21st man and the 3RD.",
             "Nothing here is ranked.", "The firſt settlers arrived.", "FIRST came the rain", "thirds of it"]
    for text in cases:
        assert support._ordinals(text) == support.ORDINAL.findall(text), text
    assert support._ordinals(cases[0]) == ["second", "first"] and support._ordinals(cases[2]) == []
    assert support._ordinals(cases[3]) == ["firſt"]  # case-folding reads "ſ" as "s": searched as before


def test_title_before_searches_from_the_fourth_space_back_and_agrees_with_the_pattern():
    # (speed15) the same match (span and words) as the pattern searched from the start
    text = "Police said reputed Mafia boss Giuseppe Rossi, 61, was held; 1x ab\tcd  Ed Lee"
    for end in (text.index("Giuseppe"), text.index("Ed"), text.index("Police"), text.index("61"), len(text)):
        got, want = support._title_before(text, end), support._TITLE_BEFORE.search(text, 0, end)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), end
    assert support._title_before(text, text.index("Giuseppe")).group(1) == "reputed Mafia boss "
    assert support._title_before(text, text.index("Ed")).group(1) == "x ab\tcd  "  # a word may start inside "1x"
    assert support._title_before(text, text.index("61")) is None  # ", " is no word


def test_a_short_claim_told_in_the_other_voice_is_found_in_its_order() -> None:
    """support18, a false refusal read on the dev sets' refused links: "A fire alarm alerted them to
    the fire." / "They were alerted to the blaze by a fire alarm." A passive clause naming its agent
    after "by" is read turned round for a short claim's order. Near cases that must still be refused:
    a passive without its agent names no doer ("The INS Mysore later escorted the MV Gibe to safety." /
    "MV Gibe was later escorted to safety."), and the doer and the one done to stay as told ("Smith
    attacked Jones" is not stated by "Smith was attacked by Jones", which main read as support: the
    same words in the same order)."""
    claim = "A fire alarm alerted them to the fire."
    assert _b(claim, "They were alerted to the blaze by a fire alarm.") == "supports"
    assert _b(claim, "They were alerted to the fire.") != "supports"
    claim = "The INS Mysore later escorted the MV Gibe to safety."
    assert _b(claim, "MV Gibe was later escorted to safety, he added.") != "supports"
    assert _b(claim, "The MV Gibe was later escorted to safety by the INS Mysore.") == "supports"
    claim = "Smith attacked Jones outside the bar."
    assert _b(claim, "Smith was attacked by Jones outside the bar.") != "supports"
    assert _b(claim, "Jones was attacked by Smith outside the bar.") == "supports"
    assert _b("Police shot the man.", "Police were shot by the man.") != "supports"  # main read it as support
    assert _b("Jones was attacked outside the bar.", "Jones was attacked by Smith outside the bar.") == "supports"


def test_active_voice_turns_only_a_passive_with_its_agent() -> None:
    """The turned clause keeps what comes before it and after its agent, a modal, and who is who;
    a relative clause's passive ("the man who was arrested by police") has no subject to move, and a
    verb of saying opens the subject ("Police said the teen …": the teen was struck)."""
    assert support.active_voice("The legal bills have been paid by the United Steelworkers union.") \
        == " the united steelworkers union paid the legal bills "
    assert support.active_voice("He was shot by officers on Saturday.") == " officers shot him on saturday "
    assert support.active_voice("Police said the teen was struck by a car.") == " police said a car struck the teen "
    assert support.active_voice("The fee will be paid by the city.") == " the city will paid the fee "
    assert support.active_voice("MV Gibe was later escorted to safety, he added.") is None
    assert support.active_voice("The man who was arrested by police is 23.") is None
    assert support.active_voice("He stood by the door.") is None


def test_words_describing_the_named_source_are_who_said_it_not_the_claim() -> None:
    """support18, a false refusal (three links of one story): "He was wearing crampons but was
    inexperienced, local police inspector Dave Gaskin said." / "Gaskin said Buckley was wearing
    crampons but was inexperienced." The words describing a source the claim names are said when the
    sentence credits that same person. Near cases: another speaker, the article's own voice, or a
    source the claim names by role alone still fall short; a word the claim also writes outside its
    source phrase must be said ("Police arrested …")."""
    claim = "He was wearing crampons but was inexperienced, local police inspector Dave Gaskin said."
    ok = "Gaskin said Buckley was wearing crampons but was inexperienced."
    assert _b(claim, ok) == "supports"
    assert _b(claim, "Smith said Buckley was wearing crampons but was inexperienced.") != "supports"
    assert _b(claim, "Buckley was wearing crampons but was inexperienced.") != "supports"
    claim = "Police arrested two men near the harbour on Friday, police inspector Dave Gaskin said."
    assert _b(claim, "Gaskin said two men were held near the harbour on Friday.") != "supports"
    claim = "He was wearing crampons but was inexperienced, a local police inspector said."
    assert _b(claim, ok) != "supports"


def test_a_part_of_the_doers_is_not_all_of_them_in_the_other_voice() -> None:
    """support18, the one wrong link the first cut of the voice rule added: "Seven bullets hit Mr.
    Gray." is not stated by "Gray was hit in the back by three of the seven bullets fired by the
    officers." (an agent that is part of a whole is not turned round); "Gray was hit by seven
    bullets — three to the back." still states it (the agent ends at the dash)."""
    claim = "Seven bullets hit Mr. Gray."
    assert _b(claim, "An autopsy shows that Gray was hit in the back by three of the seven bullets fired by the "
                     "officers.") != "supports"
    assert _b(claim, "An autopsy report revealed Gray was hit by seven bullets — three to the back.") == "supports"


def test_a_word_family_keeps_its_stem_whatever_its_ending() -> None:
    """support18: "Damages to the Wasilla Bible Church are estimated at $1 million." was refused by
    "Damage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday." (0.65
    of the claim's words): "damage" and "damages" had two stems ("damage" / "damag"), as had "charge" /
    "charged", "judge" / "judges", and "cause" / "caused" ("caus" / "cau"). A word and its inflections
    share one stem; words that differ keep theirs."""
    for family in ("damage damages damaged", "charge charges charged charging", "judge judges",
                   "cause causes caused", "estimate estimates estimated", "reporter reporters",
                   "enter entered"):
        assert len({support.stem(w) for w in family.split()}) == 1, family
    assert support.stem("judge") != support.stem("judo") and support.stem("cause") != support.stem("case")
    claim = "Damages to the Wasilla Bible Church are estimated at $1 million."
    assert _b(claim, "Damage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday.") \
        == "supports"
    assert _b(claim, "Damage to the Wasilla Bible Church was estimated at $2 million, authorities said Saturday.") \
        != "supports"


def test_a_sum_in_words_is_not_stated_by_a_bound_on_it() -> None:
    """support18: "Damage to the church is estimated at one-million dollars." was stated by "Larry
    Kroon … estimates damages at more than $1 million to the church." A sum in words is stated by the
    same sum in figures said as exactly (support11), not by "more than" it; "an estimated $1 million"
    still states it."""
    claim = "Damage to the church is estimated at one-million dollars."
    assert _b(claim, "The pastor estimates damages at more than $1 million to the church.") != "supports"
    assert _b(claim, "The pastor estimates damage to the church at $1 million.") == "supports"


def test_the_time_an_ordinal_counts_in_stays_with_it() -> None:
    """support18's reader ("partly"): "It was the second large-scale Internet outage in Egypt." cut
    from "… in Egypt this year." reads as the second ever. A date closing a clause may go (outlets
    agree on the event, not its day), but not the frame an ordinal or superlative counts in. Near
    case: a date closing a clause without one still goes."""
    def cuts(text: str) -> list[str]:
        art = Article(id="a", title="", text=text, raw_text=text, published="2008-12-20")
        s = analyse.analyse_many([art], reference=REFERENCE)["a"][0]
        return [p.text for p in support.main_clauses(s)]
    assert "It was the second large-scale Internet outage in Egypt" not in " | ".join(
        cuts("It was the second large-scale Internet outage in Egypt this year."))
    assert "Police arrested two suspected gunmen near the central market in Kabul." in cuts(
        "Police arrested two suspected gunmen near the central market in Kabul on Tuesday.")
    assert "Klitschko stopped Rahman in the seventh round at the SAP Arena in Mannheim." in cuts(
        "Klitschko stopped Rahman in the seventh round at the SAP Arena in Mannheim on Saturday.")  # a day is no frame


def test_a_claim_stated_as_fact_is_not_stated_by_a_sentence_that_only_suspects_it():
    # issue 12: "investigators suspect arson" tells a suspicion, not an arson fire
    claim = "The church was badly damaged in an arson fire on Friday."
    ev = story_of("The church was badly damaged in an arson fire on Friday, officials said.",
                  "The church was badly damaged by fire on Friday, and investigators suspect arson.",
                  "The church was badly damaged by fire on Friday, and investigators say it could be the work of "
                  "an arsonist.",
                  "Police said the church was badly damaged in an arson fire on Friday, which they suspect was set "
                  "by a former employee.")
    got = verdicts(ev, claim)
    assert got["a"] == "supports"
    assert got["b"] == "related" and got["c"] != "supports"
    assert got["d"] == "supports"  # the arson is stated; only who set it is suspected


def test_a_fire_that_may_have_been_set_or_was_not_set_is_no_support_for_one_that_was():
    claim = "The fire at the church on Friday was set deliberately."
    ev = story_of("Officials said the fire at the church on Friday may have been set deliberately.",
                  "Police said the fire at the church on Friday was not set deliberately.",
                  "Police are investigating whether the fire at the church on Friday was set deliberately.",
                  "The fire at the church on Friday was set deliberately, police said.",
                  "Police said the fire at the church on Friday was set deliberately and possibly by a neighbour.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports" and got["b"] != "supports" and got["c"] != "supports"
    assert got["d"] == "supports" and got["e"] == "supports"  # "possibly" hedges who, not the setting


def test_an_act_told_allegedly_is_stated_but_one_only_suspected_is_not():
    # "allegedly" is how news tells an accused's acts; protocol S readers read it as stated (support19)
    claim = "Smith opened fire at the office party in Vancouver on Friday."
    ev = story_of("Smith allegedly opened fire at the office party in Vancouver on Friday.",
                  "Police believe Smith opened fire at the office party in Vancouver on Friday.",
                  "Smith opened fire at the office party in Vancouver on Friday, police said.")
    got = verdicts(ev, claim)
    assert got["a"] == "supports" and got["c"] == "supports"
    assert got["b"] != "supports"


def test_a_suspect_the_person_and_could_not_be_reached_are_no_hedge():
    ev = story_of("The suspect in the church fire was arrested at his home on Tuesday.",
                  "The church's pastor declined to comment on the fire on Saturday and could not be reached later.",
                  "Authorities suspect arson in a fire that caused $1 million in damage to the church on Friday.")
    assert verdicts(ev, "The suspect in the church fire was arrested at his home Tuesday.")["a"] == "supports"
    assert verdicts(ev, "The church's pastor declined to comment on the fire on Saturday.")["b"] == "supports"
    # a relative clause after the suspicion is told as fact
    assert verdicts(ev, "The fire caused $1 million in damage to the church on Friday.")["c"] == "supports"
    assert support.hedged("The suspect was arrested Tuesday.") == frozenset()
    assert support.hedged("Two suspects were arrested.") == frozenset()
    assert support.hedged("In May the fire destroyed the church.") == frozenset()  # the month
    assert support.hedged("Smith could not be reached for comment.") == frozenset()
    assert support.hedged("He was denied bail.") == frozenset()  # a passive "denied" is no denial
    assert support.hedged("He denied setting the fire.") == {support.stem("set")}
    assert support.hedged("The fire was arson, investigators suspect.") == {support.stem("arson")}
    # when it happened is told as fact
    said = support.hedged("He was shot after what police believe was a robbery on Saturday night.")
    assert support.content("robbery") <= said and support.stem("saturday") not in said and support.stem("night") not in said
    # a clause with its own subject after "and" is not the hedge's
    said = support.hedged("The company said the cable could be repaired by Dec. 25 and the service should be back "
                          "to normal by Dec. 31.")
    assert support.stem("normal") not in said and support.stem("repair") in said


def test_a_claim_that_hedges_itself_and_a_quoted_hedge_are_read_as_before():
    assert support.hedging("Investigators suspect the fire at the church was arson.")
    assert not support.hedging("The suspect was arrested Tuesday.")
    ev = story_of("Investigators suspect the fire at the church on Friday was arson.",
                  '"I think that she was a remarkable lady, an iconic figure in pop culture," Hefner said.')
    assert verdicts(ev, "Investigators suspect the fire at the church on Friday was arson.")["a"] == "supports"
    # the claim's quotation is checked word for word; its speaker's "I think that" is his own
    got = verdicts(ev, '"She was a remarkable lady, an iconic figure in pop culture," Hefner said.')
    assert got["b"] == "supports"


# support20: the shown wording's details hold for each cited article (a time of day, an agent, a place)

def test_a_time_of_day_counts_only_where_the_article_attaches_it_to_the_claims_event():
    ev = story_of("John Jenkin was arrested on Saturday in Millom.\n"
                  "Police have this morning charged him and he will appear at Furness District Magistrates court.",
                  "John Jenkin was arrested on Saturday in Millom.\n"
                  "Police charged him and he will appear at Furness District Magistrates court this morning.",
                  "John Jenkin was arrested on Saturday in Millom.\n"
                  "This morning he will appear at Furness District Magistrates court.")
    got = verdicts(ev, "He will appear at Furness District Magistrates court this morning.")
    assert got["a"] != "supports"  # the morning is the charge's
    assert got["b"] == "supports" and got["c"] == "supports"  # near cases: the appearance's morning
    # the charge's morning is still told by the sentence that dates the charge
    assert verdicts(ev, "Police have this morning charged him.")["a"] == "supports"


def test_who_did_it_by_is_named_where_the_article_tells_the_event():
    ev = story_of("Jamal Williams was arrested on suspicion of drunken driving on Sunday.\n"
                  "Williams was initially pulled over for speeding on a freeway outside downtown.\n"
                  "He was released on bail.\n"
                  "Teammate Vincent Jackson was arrested last month.\n"
                  "He was on probation then, according to the California Highway Patrol.",
                  "Jamal Williams was arrested on suspicion of drunken driving on Sunday.\n"
                  "Williams was pulled over for speeding on a freeway outside downtown, the California Highway "
                  "Patrol said.")
    claim = "Williams was pulled over by the California Highway Patrol for speeding on a freeway."
    got = verdicts(ev, claim)
    assert got["a"] != "supports"  # the patrol is named only about Jackson's probation
    assert got["b"] == "supports"  # near case: the patrol telling its own stop
    assert support._agents(claim, ["California Highway Patrol", "Williams"]) == {"California Highway Patrol"}
    assert support._agents("A book by Stephen King topped the list.", ["Stephen King"]) == frozenset()


def test_a_place_written_as_initials_is_a_detail_of_the_claim():
    assert support._initials_places("Colts clinch playoff berth with 20 - 13 win in K. C.") == ["K. C."]
    assert support._initials_places("The Colts won 20 - 13.") == []
    assert support._initials_place_in("K. C.", "The Colts took a 20 - 13 lead at Kansas City.")
    assert support._initials_place_in("K. C.", "The Colts won 20 - 13 in K.C. on Sunday.")
    assert support._initials_place_in("K. C.", "The Colts won at Kansas City Sunday.")
    assert not support._initials_place_in("K. C.", "The Colts beat the Kansas City Chiefs 20 - 13.")
    assert not support._initials_place_in("K. C.", "Luck hit Wayne from the Kansas City 7.")
    ev = story_of("The Colts beat the Chiefs 20 - 13 on Sunday to clinch a playoff berth.",
                  "The Colts beat the Chiefs 20 - 13 at Kansas City on Sunday to clinch a playoff berth.")
    got = verdicts(ev, "The Colts beat the Chiefs 20 - 13 in K. C. to clinch a playoff berth.")
    assert got["a"] != "supports" and got["b"] == "supports"


def test_a_time_of_day_in_an_after_clause_still_dates_the_main_event():
    # near case of the rule above: "after" joins two steps of one event, not two events
    ev = story_of("Hostility has been mounting after two officers fatally shot 16 - year - old Kimani Gray after he "
                  "allegedly pointed a revolver at them on Saturday night.")
    assert verdicts(ev, "Officers shot 16 - year - old Kimani Gray on Saturday night.")["a"] == "supports"


# support21 (issue 12): a role written before a name says who is meant

def test_a_role_before_a_name_is_said_by_the_name():
    # 25ecbplus: "… the Saints placed Thomas on injured reserve" was refused for "running back" alone
    claim = "The Saints have placed running back Marcus Delany on injured reserve."
    ev = story_of(claim,
                  "Marcus Delany is headed to injured reserve; the Saints lose their best running back.\n"
                  "One day after Chris Ivory was lost for the season, the Saints placed Marcus Delany on injured "
                  "reserve.",
                  "Marcus Delany is headed to injured reserve; the Saints lose their best running back.\n"
                  "One day after Chris Ivory was lost for the season, the Saints placed him on injured reserve.",
                  "The Saints have placed quarterback Marcus Delany on injured reserve.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports"  # "him": the sentence does not name the person
    assert got["d"] != "supports"  # another role: another claim


def test_a_role_that_tells_a_state_or_no_role_is_still_a_detail():
    other = ("Marcus Delany is headed to injured reserve; the Saints lose their best running back.\n"
             "One day after Chris Ivory was lost for the season, the Saints placed Marcus Delany on injured reserve.")
    # "former" tells what became of him, not who he is
    for state in ("former", "injured", "interim"):
        claim = f"The Saints have placed {state} running back Marcus Delany on injured reserve."
        assert verdicts(story_of(claim, other), claim)["b"] != "supports", state
    claim = "The Saints have placed running back Marcus Delany on injured reserve."
    assert verdicts(story_of(claim, other), claim)["b"] == "supports"
    # "looks like" before a name is no role
    claim = "It looks like Reggie Bush will have to carry the rushing load for the Saints."
    other = "It is going to be harder for the Saints with Reggie Bush and Julius Jones carrying the load."
    assert verdicts(story_of(claim, other), claim)["b"] != "supports"
    # a word the claim also writes outside the role is its own
    claim = "Police arrested two men near the harbour on Friday, police inspector Dave Gaskin said."
    other = "Gaskin said two men were held near the harbour on Friday."
    assert verdicts(story_of(claim, other), claim)["b"] != "supports"


def test_a_role_the_article_never_writes_is_not_said():
    # support21's reading: "Brandt's one-yard touchdown pass to tight end Reggie Okafor …" was cited to
    # an article that never calls Clark (or anyone) a tight end ("partly")
    claim = "The Saints have placed running back Marcus Delany on injured reserve."
    told = "One day after Chris Ivory was lost for the season, the Saints placed Marcus Delany on injured reserve."
    assert verdicts(story_of(claim, "Marcus Delany is headed to injured reserve.\n" + told), claim)["b"] != "supports"
    assert verdicts(story_of(claim, "Marcus Delany is headed to injured reserve; the Saints lose their best running back.\n" + told),
                    claim)["b"] == "supports"


def test_a_role_never_lifts_a_sentence_that_leaves_out_something_else():
    # support21's first cut counted the role as said before weighing the rest: a role must be the only
    # word left unsaid, or it covers for another one (here "this season", 0.78 of the words without it)
    claim = "The Saints have placed running back Marcus Delany on injured reserve this season."
    other = ("Marcus Delany is headed to injured reserve this season; the Saints lose their best running back "
             "this season.\n"
             "One day after Chris Ivory went down, the Saints placed Marcus Delany on injured reserve{}.")
    assert verdicts(story_of(claim, other.format("")), claim)["b"] != "supports"
    assert verdicts(story_of(claim, other.format(" this season")), claim)["b"] == "supports"


def test_a_manner_of_statement_the_claim_names_must_be_stated():
    # issue 12 (4ecb): the quote carried without "in a written statement" states the words, not the manner
    quote = "“She captured the imagination of a generation with her free spirit,”"
    claim = f"{quote} said agent Mark Whitcombe in a written statement."
    ev = story_of(claim,
                  f"{quote} agent Mark Whitcombe said yesterday.",
                  f"{quote} agent Mark Whitcombe said in a statement.",
                  f"In an e-mail, agent Mark Whitcombe wrote: {quote[:-2]}.”")
    got = verdicts(ev, claim)
    assert got["b"] != "supports"  # no statement at all
    assert got["c"] == "supports"  # a statement: the manner, in like words
    assert got["d"] == "supports"  # written: the manner, in other words
    # the manner told in the sentence after a quotation that runs on ("…," she added in a statement.)
    claim = "“I am so excited to be hosting the Oscars again,” Castellano said in a statement."
    ev = story_of(claim,
                  "“I am so excited to be hosting the Oscars again.\n"
                  "The third time is the charm,” Castellano said in a statement.",
                  "“I am so excited to be hosting the Oscars again.\n"
                  "The third time is the charm,” Castellano said, joking.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports"
    # ... or by a line that introduces the text after it as the statement; a line about something else
    # ending in a colon is no such introduction
    quote = "“I am so excited to be hosting the Oscars again,”"
    claim = f"{quote} Castellano said in a statement."
    ev = story_of(claim,
                  "Castellano will host the Oscars.\nHere is the Academy's official release:\n"
                  "The producers are thrilled.\nThe show airs in March.\n" + f"{quote} said Castellano.",
                  "Castellano will host the Oscars.\nHere is what she said on stage:\n"
                  "The producers are thrilled.\nThe show airs in March.\n" + f"{quote} said Castellano.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports"
    # Twitter and an interview: named by the claim, they must be told
    claim = "The senator said on Twitter that the bill would pass next week."
    ev = story_of(claim, "The senator said the bill would pass next week.",
                  "The senator wrote on Twitter that the bill would pass next week.")
    got = verdicts(ev, claim)
    assert got["b"] != "supports" and got["c"] == "supports"
    # a statement the claim speaks of as a thing, not as how someone spoke, asks no manner
    claim = "The pirates would be handed over to the appropriate authorities, the statement added."
    ev = story_of(claim, "The Indian Navy issued a statement on Saturday.\n"
                         "The pirates would be handed over to the appropriate authorities, it said.")
    assert verdicts(ev, claim)["b"] == "supports"


def test_the_doer_the_claim_names_must_be_named_by_the_sentence():
    # issue 12 (29ecb): a name in the sentences before does not say who threw this pass
    claim = "Brandt's one-yard touchdown pass to Reggie Okafor tied the game in the fourth quarter."
    before = "Peyton Brandt threw a 41-yard touchdown pass to Reggie Wayne in the second quarter.\n"
    ev = story_of(claim,
                  before + "Reggie Okafor caught a one-yard touchdown pass that tied the game in the fourth quarter.",
                  before + "He threw a one-yard touchdown pass to Reggie Okafor that tied the game in the fourth quarter.",
                  before + "Reggie Wayne dropped a pass on the next drive.\n"
                           "He then caught a one-yard touchdown pass from Reggie Okafor that tied the game in the fourth quarter.",
                  "Peyton Brandt's one-yard touchdown pass to Reggie Okafor tied the game in the fourth quarter.")
    got = verdicts(ev, claim)
    assert got["b"] != "supports"  # the sentence opens with the catcher; the passer is not named
    assert got["c"] == "supports"  # "He threw …" right after "Brandt …": the sentence goes on about him
    assert got["d"] != "supports"  # "He" after a sentence about Wayne is Wayne
    assert got["e"] == "supports"  # the doer named in the sentence itself
    # the subject of the claim, as well as an owner of the act
    claim = "Hansbrough tied Ford on a jumper from the left wing with 14:05 left in the first half."
    ev = story_of(claim,
                  "Tyler Hansbrough broke the scoring record at North Carolina.\n"
                  "He tied Ford on a jumper from the left wing with 14:05 left in the first half.",
                  "Tyler Hansbrough broke the scoring record at North Carolina.\n"
                  "Wayne Ellington assisted twice.\n"
                  "He tied Ford on a jumper from the left wing with 14:05 left in the first half.")
    got = verdicts(ev, claim)
    assert got["b"] == "supports"
    assert got["c"] != "supports"


# -- cite26: a word written split or joined otherwise, in what the brief cites and counts -------------
_FILLER = ("Residents of Dunmore waited for years.\nThe council met on Monday.\nA storm hit the coast in March.\n"
           "The school reopened in the autumn.\nTraffic was heavy all week.\nThe harbour was closed for repairs.\n"
           "Shops in the old town stayed open.\nLocal farmers sold apples at the market.\n"
           "The police reported no incidents.\nA new library opened in May.")
_CAMPAIGN = "Ms. Holt later ran the reelection campaign of Governor Tom Alder in Dunmore."
_SPLIT = "Holt later ran the campaign to re - elect Governor Tom Alder in Dunmore."


def _status(claim: str, other: str, citing: bool) -> str:
    arts = [Article(id=i, title="", text=t, raw_text=t, published="2022-01-13")
            for i, t in (("a", claim), ("b", other), ("c", _FILLER))]
    ev = support.Evidence(arts, analyse.analyse_many(arts, reference=REFERENCE), reference=REFERENCE)
    return next(x.status for x in ev.check(claim, citing=citing) if x.article == "b")


def test_a_compound_written_split_or_joined_is_the_same_word():
    assert support._compound_said("reelection", _CAMPAIGN, _SPLIT)  # "re - elect": two words, an ending apart
    assert support._compound_said("reelection", _CAMPAIGN, "She was re-elected in May.")
    assert support._compound_said("pot", "He moved a flower pot.", "He moved a flowerpot.")  # one word for two
    assert support._compound_said("flower", "He moved a flower pot.", "He moved two flowerpots.")
    # near cases: another word, a part that is a function word (another meaning), a word inside another
    assert not support._compound_said("small", "a small hut", "a hut near the lake")
    assert not support._compound_said("anyway", "He went anyway.", "He did not help in any way.")
    assert not support._compound_said("everyday", "everyday life", "He ran every day.")
    assert not support._compound_said("onboard", "They were taken onboard.", "They were taken on board.")
    assert not support._compound_said("pot", "a flower pot", "a teapot on the table")
    assert not support._compound_said("cartridges", "cartridges", "a car tridge")


def test_a_claim_whose_only_unsaid_word_is_a_compound_written_otherwise_is_cited_not_weighed():
    assert _status(_CAMPAIGN, _SPLIT, citing=True) == "supports"
    assert _status(_CAMPAIGN, _SPLIT, citing=False) == "related"  # what the summary's selection weighs: as before
    # near cases: one more word unsaid ("campaign"), or a detail missing (where)
    assert _status(_CAMPAIGN, _SPLIT.replace("campaign", "office"), citing=True) == "related"
    assert _status(_CAMPAIGN, _SPLIT.replace(" in Dunmore", ""), citing=True) == "related"


def test_summary_citations_fact_support_and_the_timeline_read_compounds():
    arts = [Article(id=i, title="", text=t, raw_text=t, published="2022-01-13")
            for i, t in (("a", _CAMPAIGN), ("b", _SPLIT), ("c", _FILLER))]
    ev = support.Evidence(arts, analyse.analyse_many(arts, reference=REFERENCE), reference=REFERENCE)
    cited = support.cite(ev, [Cited(text=_CAMPAIGN, citations=["a"])])
    assert cited[0].citations == ["a", "b"]
    assert [r.article for r in cited[0].sentences] == ["a", "b"]
    sa, sb = (ev.unit_of(x, 0).sentence for x in ("a", "b"))
    checked = support.check_facts(ev, [Fact(id="f", text=_CAMPAIGN, sentences=[sa, sb])])
    assert checked[0].independent == 2
    dated = support.date_citations(ev, [Dated(date="2022-01-12", text=_CAMPAIGN, citations=["a"])])
    assert dated[0].citations == ["a", "b"]


# -- speed21: the quotation's last words found by string search, the agent's pattern only where it can match ----
def _closed_by_pattern(quote: str, text: str) -> bool:
    """``quote_closed`` as one case-insensitive pattern (what the string search must equal)."""
    import re
    return re.search(support._quote_end(quote) + r"\s*[.!?,;]\s*[”\"’']", text, re.IGNORECASE) is not None


def _runs_on_by_pattern(quote: str, text: str) -> bool:
    import re
    found = list(re.finditer(support._quote_end(quote) + r"(\s+[a-z0-9])?", text, re.IGNORECASE))
    return bool(found) and all(m.group(1) for m in found)


def test_quote_end_search_equals_the_pattern_on_invented_texts():
    import random
    rng = random.Random(21)
    pieces = ["no", " no", "No.\"", "NO", "community.”", "Community,’ ", " community center", "communit", "ano",
              "no1", " ", "\n", "\x1c", ".", ",", "!", ";", "-", '"', "'", "”", "’", "é", "1", "x", "_",
              "ſ", "K", "İ", "ı", "ſno", "s"]  # the last four: letters re.IGNORECASE folds to ASCII
    quotes = [" we have no community ", " no no ", " community ", " said no ", " is 12 ", " s k ", " a "]
    seen = set()
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        quote = rng.choice(quotes)
        closed, runs = support.quote_closed(quote, text), support.quote_runs_on(quote, text)
        assert closed == _closed_by_pattern(quote, text), (quote, text)
        assert runs == _runs_on_by_pattern(quote, text), (quote, text)
        seen.add((closed, runs))
    assert {(True, False), (False, True), (False, False)} <= seen  # both answers of each were tried


def test_quote_end_search_near_cases():
    # overlapping places ("no no no."): the second pair is closed, as the pattern finds it
    assert support.quote_closed(" we said no no ", "“We said no no no.” he said")
    assert not support.quote_closed(" we said no no ", "“We said no no noted,” he said")
    # every place must run on for the quotation to be cut short; one closed place is enough to stop it
    assert support.quote_runs_on(" had no community ", "No community center, no community pool.")
    assert not support.quote_runs_on(" had no community ", "No community center; no community.")
    # a letter re.IGNORECASE folds ("ſ" for "s") is left to the pattern itself
    assert support.quote_closed(" the boss ", "He is the boſs.”") == _closed_by_pattern(" the boss ", "He is the boſs.”")


def test_agents_needs_a_passive_by_and_the_party_written():
    claim = "Brown was pulled over by the California Highway Patrol on Friday."
    # "Highway Patrol" is written, but not right after "by (the)": not this claim's agent
    assert support._agents(claim, ["California Highway Patrol", "Highway Patrol", "Brown"]) == {
        "California Highway Patrol"}
    # near cases: "by" with no passive verb before it, the party written elsewhere, another party after "by"
    assert support._agents("Brown drove by the California Highway Patrol office.", ["California Highway Patrol"]) == frozenset()
    assert support._agents("The California Highway Patrol said Brown was arrested by deputies.",
                           ["California Highway Patrol"]) == frozenset()
    assert support._agents("He was arrested by the Patrolmen's union.", ["Patrol"]) == frozenset()  # a whole word


def test_active_voice_needs_by_between_spaces():
    # speed21: a text without "by" between spaces is answered before the passive pattern is tried
    assert support.active_voice("The legal bills have been paid by the union.") is not None
    assert support.active_voice("The legal bills have been paid\tby\nthe union.") is not None  # any spaces
    for near in ("The legal bills have been paid.", "The bills were paid by-laws aside.", "Standby crews were called.",
                 "The bills were paid nearby."):
        assert support.active_voice(near) is None


def test_a_place_written_only_as_a_possibility_does_not_state_it():
    """(mend27, issue 12) "handed over to the authorities in Mombasa" is not stated by an article where the ship
    only "may head for Mombasa" or the handover is "possibly at Mombasa", nor by one where the crew "plans to"
    go there. Near cases: the place written plainly supports; a hedge in another clause of the sentence does
    not reach the place; the month "May" is no hedge; a claim that hedges the place is stated by a hedge."""
    claim = "The navy handed the seven pirates over to the authorities in Mombasa on Friday."
    ev = story_of(claim,
                  "The navy said the warship, which holds the seven pirates, may head for Mombasa on Friday.",
                  "The navy handed the seven pirates over to the authorities on Friday, possibly at Mombasa.",
                  "The navy handed the seven pirates over to the authorities in Mombasa on Friday.",
                  "The navy, which may send a second ship, handed the seven pirates over to the authorities in "
                  "Mombasa on Friday.",
                  "The navy plans to hand the seven pirates over to the authorities in Mombasa on Friday.")
    got = verdicts(ev, claim)
    assert got["b"] != "supports" and got["c"] != "supports" and got["f"] != "supports"
    assert got["d"] == "supports" and got["e"] == "supports"
    assert support._hedged_mentions("The court met in May in Nairobi to hear the case.", "Nairobi", 12) == (False,)
    assert support._hedged_mentions("It may head for Nairobi, officials said, then on to Mombasa.", "Mombasa",
                                    12) == (False,)
    hedged = "The pirates may be handed over to the authorities in Mombasa, the navy said."
    ev2 = story_of(hedged, "The navy said the pirates could be handed over to the authorities in Mombasa.")
    assert verdicts(ev2, hedged)["b"] == "supports"


def test_a_count_and_a_half_is_not_the_bare_count():
    """(lead27, issue 12: a protocol-S "no") "served four months" is not stated by "served four and a half
    months" (the half was read off, so the bare figure matched). Near cases: the same count and a half on both
    sides still supports, as does the bare count on both; a half of something else later in the sentence does
    not change the count."""
    claim = "The aide served four months in prison for his role in the cover-up."
    assert _b(claim, "The aide served four and a half months in prison for his role in the cover-up.") != "supports"
    assert _b(claim, "The aide served four-and-a-half months in prison for his role in the cover-up.") != "supports"
    assert _b(claim, "The aide served four months in prison for his role in the cover-up.") == "supports"
    assert _b(claim, "The aide served four months in prison for his role in the cover-up, half the sentence "
                     "prosecutors sought.") == "supports"
    halved = "The aide served two and a half years in prison for his role in the cover-up."
    assert _b(halved, "The aide served two and a half years in prison for his role in the cover-up.") == "supports"
    assert _b(halved, "The aide served two years in prison for his role in the cover-up.") != "supports"
    assert support._and_a_half(support.Mention(kind="number", text="four", value=4, low=4, high=4, start=0, end=4),
                               "four and a half months").value == 4.5


# -- mend28: a one-letter surname, a narrower time ----------------------------------------------------
def test_a_surname_one_letter_apart_is_another_name_not_a_form_of_it():
    # a different last letter changes the name: "Wolff" is not named by "Wolfe", nor "Peterson" by "Petersen"
    assert not support.same_party("Wolff", "Wolfe") and not support.same_party("Wolfe", "Wolff")
    assert not support.same_party("Peterson", "Petersen") and not support.same_party("Maria", "Marie")
    assert not support.same_party("Thomson", "Thompson")
    # near cases that must still match: a name and its adjective or its people, a name and a longer form
    assert support.same_party("Ukraine", "Ukrainian") and support.same_party("Canada", "Canadian")
    assert support.same_party("China", "Chinese") and support.same_party("Italy", "Italian")
    assert support.same_party("Texas", "Texan") and support.same_party("Russia", "Russian")
    assert support.same_party("Kazakh", "Kazakhstan") and support.same_party("Wolff", "Wolff")


def test_a_spokeswoman_spelt_with_another_last_letter_is_not_the_claims_source():
    claim = "Hospital spokeswoman Ilene Wolff said both patients were in stable condition on Sunday."
    assert _b(claim, "Hospital spokeswoman Ilene Wolfe said both patients were in stable condition on Sunday.") != "supports"
    assert _b(claim, "Hospital spokeswoman Ilene Wolff said both patients were in stable condition on Sunday.") == "supports"
    # near cases: a transliteration is the same spelling ("Sergey" / "Sergei"), and a common word's two spellings
    assert not support._spelt_otherwise(support.Sentence("a", 0, "x"), "x", [])
    assert support._word_spelling("advisors") == support._word_spelling("advisers")
    moved = "Defence Minister Sergey Shoigu said the troops would leave Ostland within ten days."
    assert _b(moved, "Defence Minister Sergei Shoigu said the troops would leave Ostland within ten days.") == "supports"


def test_a_narrower_part_of_the_day_is_not_stated_by_a_wider_one():
    assert support._dayparts("was arrested late Tuesday night") == {"night", "late night"}
    assert support._dayparts("early this morning") == {"morning", "early morning"}
    assert support._dayparts("on Tuesday night") == {"night"}
    claim = "The suspect was arrested late Tuesday night near the bus station."
    assert _b(claim, "The suspect was arrested Tuesday night near the bus station.") != "supports"
    assert _b(claim, "The suspect was arrested late Tuesday night near the bus station.") == "supports"
    # near case: the wider time is stated by the narrower one ("late Tuesday night" is Tuesday night)
    wide = "The suspect was arrested Tuesday night near the bus station."
    assert _b(wide, "The suspect was arrested late Tuesday night near the bus station.") == "supports"
    assert _b("The ferry sank early Monday morning off the coast.", "The ferry sank Monday morning off the coast.") != "supports"


def test_a_claim_told_firmly_is_not_stated_by_an_article_that_only_reports_or_expects_it():
    # hedge29 (issue 12): "is expected to", "reportedly", unconfirmed reports tell no event as fact
    claim = "The new bridge over the river will be opened by the governor on 12 March."
    ev = story_of("The new bridge over the river is expected to be opened by the governor on 12 March.",
                  "The new bridge over the river will be opened by the governor on 12 March, officials said.",
                  "The new bridge over the river will be opened by the governor on 12 March, police said.",
                  "The expected crowd gathered as the new bridge over the river will be opened by the governor on "
                  "12 March.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports"
    assert got["b"] == "supports" and got["c"] == "supports"  # attribution is no hedge
    assert got["d"] == "supports"  # "the expected crowd": no "is expected to"
    # the claim hedges too: one outlet's hedge is another's
    assert verdicts(ev, "The new bridge over the river is expected to be opened by the governor on 12 March.")[
        "a"] == "supports"


def test_a_thing_reportedly_found_is_not_stated_as_found():
    claim = "Officers recovered a shotgun from the trunk of the van."
    ev = story_of("A shotgun was reportedly recovered from the trunk of the van.",
                  "Officers recovered a shotgun from the trunk of the van, the sheriff said.",
                  "The driver reportedly fled on foot, and officers recovered a shotgun from the trunk of the van.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports"
    assert got["b"] == "supports"
    assert got["c"] == "supports"  # the hedge is on another clause
    assert verdicts(ev, "A shotgun was reportedly recovered from the trunk of the van.")["a"] == "supports"


def test_what_unconfirmed_reports_say_is_not_stated():
    claim = "The finance minister resigned on Thursday evening."
    ev = story_of("According to unconfirmed reports, the finance minister resigned on Thursday evening.",
                  "The finance minister resigned on Thursday evening, according to unconfirmed reports.",
                  "The finance minister resigned on Thursday evening, according to the prime minister's office.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports" and got["b"] != "supports"
    assert got["c"] == "supports"


def test_a_conspiracy_or_an_attempt_is_another_charge_than_the_act():
    # hedge29 (issue 12): "conspiracy to X", "attempted X" and "X" are three charges
    ev = story_of("The former aide pleaded guilty to conspiracy to obstruct justice in federal court.",
                  "The former aide pleaded guilty to obstructing justice in federal court.",
                  "The guard was charged with attempted murder of the inmate.",
                  "The guard was charged with murder of the inmate.",
                  "The former aide pleaded guilty to conspiracy to commit fraud and to obstructing justice "
                  "in federal court.")
    got = verdicts(ev, "The former aide pleaded guilty to obstructing justice in federal court.")
    assert got["a"] != "supports" and got["b"] == "supports" and got["e"] == "supports"
    assert verdicts(ev, "The guard was charged with murder of the inmate.")["c"] != "supports"
    assert verdicts(ev, "The guard was charged with attempted murder of the inmate.")["c"] == "supports"
    got = verdicts(ev, "The former aide pleaded guilty to conspiracy to obstruct justice in federal court.")
    assert got["a"] == "supports"
    assert support.hedged("He pleaded guilty to conspiracy to obstruct justice and perjury.") == {
        support.stem("obstruct"), support.stem("justice")}


def test_it_is_expected_that_and_a_reported_clause_hedge_what_they_govern():
    claim = "The mayor's rifle was loaded with six bullets."
    ev = story_of("A rifle loaded with six bullets was reportedly found in the mayor's car.",
                  "The mayor's rifle was loaded with six bullets, the police said.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports" and got["b"] == "supports"
    claim = "The date of the vote will be announced on Monday in the capital."
    ev = story_of("It is expected that the date of the vote will be announced on Monday in the capital.",
                  "As expected, the date of the vote will be announced on Monday in the capital.")
    got = verdicts(ev, claim)
    assert got["a"] != "supports" and got["b"] == "supports"
    assert support.hedged("The expected winner took the title.") == frozenset()


def test_an_expectation_in_a_relative_clause_hedges_no_main_event():
    claim = "The council opens its budget hearings on Tuesday on the city's new stadium plan."
    ev = story_of("The council opens its budget hearings on Tuesday on the city's new stadium plan, kicking off "
                  "what is expected to be a bitter fight over the city's new stadium plan.")
    assert verdicts(ev, claim)["a"] == "supports"


def _one_of_many(claim: str, other: str) -> bool:
    """Whether the check finds the claim's one (``a man``) against the other sentence's many (``two men``)."""
    ev = story_of(claim, other)
    link = next(x for x in ev.check(ev.claim(claim, "a"), citing=True, silent=False) if x.article == "b")
    return bool(re.search(r"count (?:an?|An?) [^;]* / ", link.missing))


def test_one_told_with_an_article_is_not_stated_by_two_or_more_of_the_same_noun():
    # cite30: "a man" is a count of one; "two men" does not state it (related: the count is missing; its
    # reading found "a man" / "two men" read as a detail missing, not as another value)
    assert _b("A man confronted Dale Pruitt outside the bar on Friday night.",
              "Two men confronted Dale Pruitt outside the bar on Friday night.") == "related"
    assert _b("An off-duty officer was wounded in the shooting at the mall on Sunday.",
              "Three off-duty officers were wounded in the shooting at the mall on Sunday.") == "related"
    assert _b("A gunman opened fire at the Harlow mall on Sunday.",
              "Two gunmen opened fire at the Harlow mall on Sunday.") == "related"
    assert _b("A student was hit by a fire truck outside the Harlow dorm on Friday.",
              "Two students were hit by a fire truck outside the Harlow dorm on Friday.") == "related"
    assert _b("An officer was wounded in the shooting at the mall on Sunday.",  # vague, but not one either
              "Several officers were wounded in the shooting at the mall on Sunday.") == "related"
    # the other way round the claim's count was unstated already, and stays so (never "differs")
    assert _b("Two men confronted Dale Pruitt outside the bar on Friday night.",
              "A man confronted Dale Pruitt outside the bar on Friday night.") == "related"
    # near cases where "a" is no count of one against many: "the man"; a noun that only modifies another;
    # "a pirate \"mother ship\""; a measure
    assert _b("A man confronted Dale Pruitt outside the bar on Friday night.",
              "The man confronted Dale Pruitt outside the bar on Friday night.") == "supports"
    assert _b("A car bomb exploded outside the Harlow courthouse on Sunday.",
              "Two cars were destroyed when a bomb exploded outside the Harlow courthouse on Sunday.") == "supports"
    assert _b('Last month the navy said it had sunk a pirate "mother ship" off Somalia.',
              'Last month the navy said it had sunk a pirate "mother ship" off Somalia and held 23 pirates.') \
        == "supports"
    assert _b("A 6.2-magnitude quake hit the town of Varna in February.",
              "An earthquake with a magnitude of 6.2 hit the town of Varna in February.") == "supports"
    # and these are never read as one against many (other words may still leave them related): a part
    # of the two, "a number of", "a series of", a sentence telling one of them beside the two, a sum, an
    # age, a noun described otherwise on the two sides
    for claim, other in [
        ("A man was arrested after the robbery on Main Street.",
         "One of the two men was arrested after the robbery on Main Street."),
        ("A number of men were arrested after the robbery on Main Street.",
         "Two men were arrested after the robbery on Main Street."),
        ("A series of explosions shook the Harlow refinery on Sunday.", "Two explosions shook the Harlow refinery on Sunday."),
        ("A man was arrested after the robbery on Main Street.",
         "Police arrested a man after two men robbed the store on Main Street."),
        ("A man and a woman were hurt in the fire on Elm Street, officials said.",
         "Two people were hurt in the fire on Elm Street, officials said."),
        ("A 20-year-old man was arrested after the robbery on Main Street.",
         "Two men were arrested after the robbery on Main Street."),
        ("Rioters set fire to a building besides the bank in Harlow.",
         "Two other buildings besides the bank were set on fire in Harlow."),
        ("Tom Ruiz was given a death sentence for the 1998 robbery.",
         "Tom Ruiz was given seven life sentences for the 1998 robbery."),
        ("Pirates in a smaller boat fired at the Gibe near Aden on Saturday.",
         "Pirates in two small boats fired at the Gibe near Aden on Saturday."),
    ]:
        assert not _one_of_many(claim, other), claim
    assert _one_of_many("A man confronted Dale Pruitt outside the bar on Friday night.",
                        "Two men confronted Dale Pruitt outside the bar on Friday night.")


def test_an_age_differs_only_from_an_age_of_the_same_person():
    # cite30 (after cite28, cite29): ages given to two named people are no two values of one age
    claim = "Coast guard crews searched for Tom Bexley, 58, who went swimming with Alex Moran off a beach."
    assert _b(claim, "Coast guard crews searched for Tom Bexley, who went swimming with Alex Moran, 28, "
                     "off a beach.") == "related"
    claim = "Brian Tolley is due in court over the deaths of his mother, Jane Tolley, 61, and his sister, Amy Tolley, 19."
    assert _b(claim, "Brian Tolley, 25, is due in court over the deaths of his mother, Jane Tolley, and his sister, "
                     "Amy Tolley.") == "related"
    # near cases that still differ: another age of the same person, in either form; ages of no one named
    claim = "Coast guard crews searched for Tom Bexley, 58, who went swimming off the beach."
    assert _b(claim, "Coast guard crews searched for Tom Bexley, 57, who went swimming off the beach.") == "differs"
    assert _b(claim, "Coast guard crews searched for 57-year-old Tom Bexley, who went swimming off the beach.") \
        == "differs"
    claim = "A 32-year-old climber died after falling from the ridge on Sunday."
    assert _b(claim, "A 36-year-old climber died after falling from the ridge on Sunday.") == "differs"
    # nor when the sentence also gives an age to no one named: it may be the claim's person's
    claim = "61-year-old Kathryn Rowe and 48-year-old Robin Mendes are the victims, police said."
    assert _b(claim, "Gary Rowe, 35, is charged after police found the victims, two women -- 68 and 48-years-old, "
                     "police said.") == "differs"


def test_a_vague_quantity_does_not_differ_from_an_exact_one_inside_it():
    # cite30 (after cite29): "a few blocks" does not exclude "two blocks" (the guidelines' "vague"),
    # and does not state it either
    assert _b("Police stopped the van a few blocks away from the bank.",
              "Police stopped the van two blocks away from the bank.") == "related"
    assert _b("Police stopped the van two blocks away from the bank.",
              "Police stopped the van a few blocks away from the bank.") == "related"
    # near cases that still differ: an exact value outside the vague range, and two exact values
    assert _b("Dozens of homes burned in the fire on Elm Street.", "Two homes burned in the fire on Elm Street.") \
        == "differs"
    assert _b("Police stopped the van three blocks away from the bank.",
              "Police stopped the van two blocks away from the bank.") == "differs"


def test_a_bound_on_a_figure_is_a_detail_the_article_must_write():
    """(cite31) "at least 12" is not stated by "12", nor "nearly 300" by "300": the bound is a detail a
    reader asks for, so the article is related (never another value); the same bound in other words
    still states it, and a loose "about" agrees with the exact figure either way."""
    claim = "A powerful earthquake struck the province on Sunday, killing at least 12 people."
    other = "A powerful earthquake struck the province on Sunday, killing {} people."
    ev = story_of(claim, other.format("12"), other.format("at least 12"), other.format("more than 12"),
                  other.format("about 12"), other.format("15"))
    got = {link.article: link for link in ev.check(claim)}
    assert got["b"].status == "related" and "bound" in got["b"].missing
    assert got["c"].status == "supports" and got["d"].status == "supports"  # one bound, said otherwise
    assert got["e"].status != "supports"
    assert got["f"].status == "differs"  # another value is still a side of a disagreement
    claim = "The quake killed as many as 50 people in three villages on Wednesday."
    other = "The quake killed {} people in three villages on Wednesday."
    ev = story_of(claim, other.format("more than 50"), other.format("about 50"))
    got = {link.article: link.status for link in ev.check(claim)}
    assert got["b"] == "differs"  # another bound on the figure: a side, as before
    assert got["c"] == "related"  # "about 50": the figure told without the claim's bound
    claim = "At least 49 people were killed in attacks on two mosques on Friday."
    assert _b(claim, "49 people were killed in attacks on two mosques on Friday.") == "related"  # not "two / 49"
    claim = "Nearly 300 homes were destroyed by the flood on Monday."
    assert _b(claim, "300 homes were destroyed by the flood on Monday.") != "supports"
    assert _b(claim, "Almost 300 homes were destroyed by the flood on Monday.") == "supports"
    claim = "About 300 homes were destroyed by the flood on Monday."
    assert _b(claim, "300 homes were destroyed by the flood on Monday.") == "supports"
    claim = "300 homes were destroyed by the flood on Monday."
    assert _b(claim, "About 300 homes were destroyed by the flood on Monday.") == "supports"
    assert _b(claim, "At least 300 homes were destroyed by the flood on Monday.") != "supports"  # as before
    claim = "The club offered the striker a contract of at least eight years on Friday."
    assert _b(claim, "The club offered the striker an eight-year contract on Friday.") != "supports"
    assert _b(claim, "The club offered the striker a contract of at least eight years on Friday.") == "supports"


def test_where_in_a_thing_is_a_detail_of_where():
    """(cite31) "in the back of the van" is not stated by "in the van"; the same part in other words
    ("the rear", "the backseat") is, and a part of a span of time is when, not where."""
    claim = "The suspect handcuffed the two guards together in the back of the van on Tuesday."
    other = "The suspect handcuffed the two guards together in {} on Tuesday."
    assert _b(claim, other.format("the van")) != "supports"
    assert _b(claim, other.format("the front of the van")) != "supports"
    assert _b(claim, other.format("the back of the van")) == "supports"
    assert _b(claim, other.format("the rear of the van")) == "supports"
    assert _b(claim, other.format("the van's backseat")) == "supports"
    assert support._regions("The shooting happened in the middle of the night.") == ()
    assert support._regions("He scored at the end of the game.") == ()
    assert support._regions("Smith scored in the middle of the third quarter.") == ()
    assert [p for p, _ in support._regions("They climbed onto the roof of the school.")] == ["onto the roof of the school"]


def test_a_move_toward_an_act_is_not_the_act():
    """(cite31) "officials moved to dissolve the firm" does not tell the firm's dissolution, "tried to
    flee" no flight; the act told outright, in either voice or as a noun, still states it, a passive
    "was moved to hospital" is no move toward anything, and "wanted to thank" is thanking."""
    claim = "Within a week of the dissolution of the company that ran the old dairy, its barn burned down."
    assert _b(claim, "A week after state officials moved to dissolve the company that ran the old dairy, its barn "
                     "burned down.") != "supports"
    assert _b(claim, "A week after state officials sought to dissolve the company that ran the old dairy, its barn "
                     "burned down.") != "supports"
    assert _b(claim, "A week after state officials dissolved the company that ran the old dairy, its barn "
                     "burned down.") == "supports"
    assert _b(claim, "A week after the company that ran the old dairy was dissolved, its barn burned down.") \
        == "supports"
    claim = "The driver fled the scene on foot."
    assert _b(claim, "The driver tried to flee the scene on foot.") != "supports"
    assert _b(claim, "The driver fled the scene on foot, police said.") == "supports"
    claim = "Officials moved to dissolve the company on Friday."
    assert _b(claim, "Officials moved to dissolve the company on Friday, records show.") == "supports"  # hedged alike
    assert support.hedge_split("The injured man was moved to hospital in Leeds.")[0] == ""
    assert support.hedge_split("The family moved to the city in 2004.")[0] == ""
    claim = "Police have thanked residents for their patience during the evacuation."
    assert _b(claim, "Police said they wanted to thank residents for their patience during the evacuation.") \
        == "supports"


def test_a_place_named_only_in_a_teams_name_is_not_where_it_happened():
    """(cite31) "San Diego" in "the San Diego Chargers" names a team, not where a player was stopped;
    the city named as itself elsewhere in the article still states it, and a place's own plural
    ("Niagara Falls") or a person's name the tagger misreads is no team."""
    claim = "Hughes was arrested early Sunday after a traffic stop in San Diego, police said."
    assert _b(claim, "San Diego Chargers guard Bill Hughes was arrested on suspicion of drunken driving.\n"
                     "Hughes was arrested early Sunday after a traffic stop, police said.") != "supports"
    assert _b(claim, "San Diego Chargers guard Bill Hughes was arrested in San Diego on suspicion of drunken "
                     "driving.\nHughes was arrested early Sunday after a traffic stop, police said.") == "supports"
    assert support._team_of("San Diego Chargers", "San Diego")
    assert support._team_of("the New Orleans Saints", "New Orleans")
    assert not support._team_of("Niagara Falls", "Niagara")
    assert not support._team_of("Palm Springs", "Palm")
    assert not support._team_of("Woodburn, Oregon", "Woodburn")


def test_a_people_s_adjective_states_its_place_as_before():
    """(cite31, near case of the place rules) "Californian officials" said where the fire was, as
    before; and a place the headline or an earlier sentence names still states a later sentence's."""
    claim = "A wildfire destroyed 40 homes in California on Sunday, officials said."
    assert _b(claim, "A wildfire destroyed 40 homes on Sunday, Californian officials said.") == "supports"
    claim = "A wildfire destroyed 40 homes in Shasta County on Sunday."
    assert _b(claim, "Fire in Shasta County\nA wildfire destroyed 40 homes on Sunday.") == "supports"


def test_into_a_thing_is_not_out_of_it():
    """(cite31) "walking out of the store" is not stated by "walking into the store" (a protocol S "no");
    the same way in, or an article that tells both ways, still states it."""
    claim = "Johnson and her husband were walking out of the store about 7 p.m. on Friday."
    assert _b(claim, "Johnson was walking into the store with her husband just after 7 p.m. on Friday.") != "supports"
    assert _b(claim, "Johnson and her husband were walking out of the store at about 7 p.m. on Friday.") == "supports"
    assert _b(claim, "Johnson was walking out of the store with her husband just after 7 p.m. on Friday, having gone "
                     "into the store at 6.") == "supports"
    assert support._moves("He ran into the back of the truck.") == frozenset()  # a part of it: the region rule's


def test_the_city_named_only_in_a_teams_name_is_still_the_city():
    """(cite31) "the city" after a team named after it is the city a reader takes it for."""
    claim = "Hughes was pulled over for speeding on a freeway in San Diego, police said."
    assert _b(claim, "San Diego Chargers guard Bill Hughes was arrested on suspicion of drunken driving.\n"
                     "Hughes was pulled over for speeding on a freeway outside the city's downtown, police said.") \
        == "supports"


def test_named_to_a_post_is_appointed():
    """(cite32) "named" a post says "appointed" to it, in either voice ("was named interim manager",
    "the board named Jane Ortega its new chief executive"); "named" in any other sense never does ("a man
    named Peter Holm", "named in the complaint", an award: "named coach of the year")."""
    claim = "Lena Marsh was appointed manager of the county library on Monday."
    other = ("Trustees named Lena Marsh manager of the county library on Monday.", "An unrelated sentence about the "
             "weather in the harbor town.", "Another story about a library fire in the county.")
    assert verdicts(story_of(claim, *other), claim)["b"] == "supports"  # (0.74 of the claim's words without the rule)
    other = ("Lena Marsh was named in a complaint about the county library on Monday.",) + other[1:]
    assert verdicts(story_of(claim, *other), claim)["b"] != "supports"
    claim = "Deputy director Lena Marsh was appointed manager of the county library for the rest of the year."
    assert _b(claim, "The trustees named deputy director Lena Marsh manager of the county library for the rest of "
                     "the year.") == "supports"
    assert _b(claim, "Deputy director Lena Marsh was named manager of the county library for the rest of the year.") \
        == "supports"
    assert _b(claim, "Deputy director Lena Marsh was named in a complaint about the county library for the rest of "
                     "the year.") != "supports"
    claim = "The board appointed Jane Ortega as its new chief executive on Monday."
    assert _b(claim, "The board named Jane Ortega as its new chief executive on Monday.") == "supports"
    assert not support._NAMED_TO.search("A man named Peter Holm was arrested in the park.")
    assert not support._NAMED_TO.search("Holm was named coach of the year by the league.")
    assert not support._NAMED_TO.search("The lawsuit named the coach as a defendant.")
    assert not support._NAMED_TO.search("He was named in the coach's lawsuit.")
    assert support._NAMED_TO.search("Marsh has been named the library's new director.")
    assert support._NAMED_TO.search("Named Lena Marsh director.")  # a headline


def test_an_expectation_or_a_threat_to_act_is_not_the_act():
    """(cite32) "expects to pay up to $40 million" pays nothing yet; "are threatening to sue" is no plan to sue,
    against a claim that tells the plan ("Tenants to sue landlord") — and the -ing forms after "is"/"are" are
    moves as much as "sought to" ("is preparing to sell"). A plan told outright, a claim that expects or
    threatens too, and a passive ("was moved to tears") are read as before."""
    claim = "The hotel chain will pay up to $40 million to guests whose data was stolen."
    assert _b(claim, "The hotel chain said in filings that it expects to pay up to $40 million to guests whose data "
                     "was stolen.") != "supports"
    assert _b(claim, "The hotel chain will pay up to $40 million to guests whose data was stolen, filings show.") \
        == "supports"
    claim = "The hotel chain expects to pay up to $40 million to guests whose data was stolen."
    assert _b(claim, "The hotel chain said it expects to pay up to $40 million to guests whose data was stolen.") \
        == "supports"
    claim = "Harbor tenants to sue landlord over the broken heating."
    assert _b(claim, "Harbor tenants are threatening to sue their landlord over the broken heating unless repairs "
                     "begin this week.") != "supports"
    assert _b(claim, "Harbor tenants plan to sue their landlord over the broken heating.") == "supports"
    assert _b("Harbor tenants threaten to sue landlord over the broken heating.",
              "Harbor tenants are threatening to sue their landlord over the broken heating.") == "supports"
    # a claim moving the same way, a headline's capital after "to" notwithstanding
    assert _b("Mayor Ruiz is threatening to Veto the harbor budget.",
              "Mayor Ruiz threatened to veto the harbor budget on Friday.") == "supports"
    assert _b("Mayor Ruiz is set to Veto the harbor budget.",
              "Mayor Ruiz threatened to veto the harbor budget on Friday.") != "supports"
    assert _b("Harbor tenant leader expected to plead guilty in fraud case.",
              "The harbor tenant leader is expected to plead guilty in the fraud case on Monday.") == "supports"
    assert support.hedge_split("The mill is preparing to sell its land.")[0].strip() == "sell"
    assert support.hedge_split("Tenants are threatening to sue the owner.")[0].strip() == "sue"
    assert support.hedge_split("The mayor was moved to tears.")[0] == ""
    assert support.hedge_split("The family is moving to the city.")[0] == ""
    assert support.hedge_split("The expected winner lost on Sunday.")[0] == ""

def test_the_city_after_a_body_no_team_still_leaves_the_place_unsaid():
    """mend52: "the city" is the city a team is named after (cite31), never that of any body named after a
    place: "of the Woodburn Police Department, adding that the city was in shock" does not say where the bomb was."""
    claim = "A bomb exploded at a Woodburn bank on Friday, killing two officers."
    assert _b(claim, "A bomb exploded at a bank on Friday, killing two officers, said Capt. Tom Tennant of the "
                     "Woodburn Police Department, adding that the city was in shock.") != "supports"
    # near cases: the town named as itself, and a team's city (cite31) still state it
    assert _b(claim, "A bomb exploded at a bank in Woodburn on Friday, killing two officers, adding that the city "
                     "was in shock.") == "supports"
    claim = "Hughes was pulled over for speeding on a freeway in San Diego, police said."
    assert _b(claim, "San Diego Chargers guard Bill Hughes was arrested on suspicion of drunken driving.\n"
                     "Hughes was pulled over for speeding on a freeway outside the city's downtown, police said.") \
        == "supports"


def test_a_figure_of_speech_is_no_place_in_a_thing():
    """mend52: "at the centre of a corruption scandal", "at the top of the league" put nothing in a thing;
    and a part is a whole word in the thing's clause ("backed by an accomplice" is no back of the van)."""
    assert support._regions("The minister is at the centre of a corruption scandal.") == ()
    assert support._regions("The club sits at the top of the league after the win.") == ()
    assert support._regions("Sales grew on the back of strong demand.") == ()
    claim = "The minister, at the centre of a corruption scandal, resigned on Tuesday."
    assert _b(claim, "The minister, who is embroiled in a corruption scandal, resigned on Tuesday.") == "supports"
    claim = "The suspect handcuffed the two guards together in the back of the van on Tuesday."
    assert _b(claim, "The suspect, backed by an accomplice, handcuffed the two guards together in the van on "
                     "Tuesday.") != "supports"
    # near cases: a concrete thing and its part, as a word or a listed compound, in the thing's clause
    assert [p for p, _ in support._regions("He hid in the back of a truck.")] == ["in the back of a truck"]
    assert _b(claim, "The suspect handcuffed the two guards together in the van's backseat on Tuesday.") == "supports"
    claim = "Two men stood on the roof of the hotel on Tuesday."
    assert _b(claim, "Two men stood on the hotel's rooftop on Tuesday.") == "supports"


# review of mend52 / cite32 (invented texts)
def test_a_place_in_a_thing_ending_like_an_abstract_noun_is_still_a_place() -> None:
    for text in ("He was handcuffed in the back of the ambulance.", "They hid in the back of the police station.",
                 "It was found at the rear of the residence."):
        assert support._regions(text), text
    assert support._regions("The bank is at the centre of a corruption scandal.") == ()  # the near case


def test_the_thing_of_a_region_is_a_whole_word() -> None:
    [(_, pattern)] = support._regions("He was handcuffed in the back of the van.")
    assert not re.search(pattern, "He sat in the back and vanished into the crowd.", re.I)
    assert re.search(pattern, "Police put him in the back of a van.", re.I)
    assert re.search(pattern, "He sat in the van's backseat.", re.I)


def test_an_unsure_word_in_a_claim_is_a_word_not_a_prefix() -> None:
    assert support._unsure_move("hoping to", "Johns Hopkins researchers to test the vaccine")
    assert not support._unsure_move("hoping to", "Researchers hoping to test the vaccine")


def test_a_name_that_is_a_post_word_is_no_appointment() -> None:
    assert not support._named_to("The dog, which was named Captain, was adopted.")
    assert not support._named_to("The aircraft carrier was named President Lincoln.")
    assert support._named_to("Tony DiLeo was named interim coach on Monday.")
    assert support._named_to("Stefanski named assistant general manager Tony DiLeo coach.")


# -- cite33: a claim an article states over two of its sentences (after cite29's dropped try) --------------
def _cited(claim: str, *texts: str) -> dict[str, support.Link]:
    """Each other article's verdict on ``claim`` as the brief cites (article a writes the claim)."""
    ev = story_of(claim, *texts)
    return {x.article: x for x in ev.check(claim, citing=True) if x.article != "a"}


def test_a_detail_told_in_the_next_sentence_on_the_same_event_makes_support_with_both_sentences():
    claim = "Two people were injured when a bus crashed on Highway 9 on Friday."
    got = _cited(claim, "Two people were injured when a bus crashed.\nThe crash happened on Highway 9 on Friday.",
                 # near cases: the detail in a sentence about another happening, or on another day
                 "Two people were injured when a bus crashed.\nA truck overturned on Highway 9 on Friday.",
                 "Two people were injured when a bus crashed.\nThe crash happened on Highway 9 on Thursday.")
    b = got["b"]
    assert b.status == "supports" and b.ref is not None and b.also is not None
    assert (b.ref.index, b.also.index) == (0, 1) and [r.index for r in b.refs] == [0, 1]
    assert got["c"].status == "related" and got["d"].status == "related"
    # the other sentence may give details only, never a part of the event the first one leaves out
    claim = "Two people were injured when a bus crashed into a wall on Highway 9 on Friday."
    got = _cited(claim, "Two people were injured when a bus crashed on Highway 9.\nIt crashed into a wall on Friday.",
                 "Two people were injured when a bus crashed into a wall.\nThe crash happened on Highway 9 on Friday.")
    assert got["b"].status == "related" and got["c"].status == "supports"
    # as the summary's selection weighs it, nothing changes: one sentence, as before
    ev = story_of(claim, "Two people were injured when a bus crashed.\nThe crash happened on Highway 9 on Friday.")
    assert {x.article: x.status for x in ev.check(claim)}["b"] == "related"


def test_a_summary_citation_points_at_both_sentences():
    claim = "Two people were injured when a bus crashed on Highway 9 on Friday."
    ev = story_of(claim, "Two people were injured when a bus crashed.\nThe crash happened on Highway 9 on Friday.")
    [item] = support.cite(ev, [Cited(text=claim, citations=["a"])])
    assert item.citations == ["a", "b"]
    assert [(r.article, r.index) for r in item.sentences] == [("a", 0), ("b", 0), ("b", 1)]


def test_a_count_told_in_a_sentence_dated_otherwise_or_given_otherwise_anywhere_is_no_support():
    claim = "Three firefighters were hurt battling the warehouse fire in Leeds."
    got = _cited(claim, "Firefighters were hurt battling the warehouse fire in Leeds.\nThree firefighters were hurt.",
                 "Firefighters were hurt battling the warehouse fire in Leeds.\n"
                 "A fire in Leeds last year hurt three firefighters.",  # another time: another fire
                 "Firefighters were hurt battling the warehouse fire in Leeds.\nThree firefighters were hurt.\n"
                 "Officials later said four firefighters were hurt.",  # the article gives another value too
                 "Firefighters were hurt battling the warehouse fire in Leeds.\n"
                 "Three of them were taken to hospital.",  # three taken to hospital: not three hurt
                 "Firefighters were hurt battling the warehouse fire in Leeds.\n"
                 "A pair of engines and three crews were sent.")  # a count of another noun
    assert got["b"].status == "supports" and got["b"].also is not None
    for other in "cdef":
        assert got[other].status != "supports", other


def test_a_detail_far_away_needs_the_same_participant_and_the_same_event():
    filler = ("\nThe raid was the largest this year.\nNeighbours described a quiet street.\n"
              "Officers worked all night.\n")
    claim = "Police seized 40 kilograms of cocaine from Daniel Rourke's warehouse in the raid."
    got = _cited(claim,
                 "Police seized cocaine from Daniel Rourke's warehouse in the raid." + filler
                 + "Rourke's warehouse held 40 kilograms of cocaine.",
                 "Police seized cocaine from Daniel Rourke's warehouse in the raid." + filler
                 + "A warehouse in the next town held 40 kilograms of cocaine.",  # far away, no one of the claim
                 "Police seized cocaine from Daniel Rourke's warehouse in the raid." + filler
                 + "Rourke's partner Tom Hale kept 40 kilograms of cocaine.")  # someone else's
    assert got["b"].status == "supports" and got["b"].also is not None and got["b"].also.index == 4
    assert got["c"].status != "supports"
    assert got["d"].status != "supports"


def test_a_detail_of_another_victim_or_denied_or_hedged_does_not_complete_a_claim():
    claim = "A man was stabbed to death outside a pub in Hull on Saturday."
    got = _cited(claim,
                 "A man was stabbed to death outside a pub in Hull.\nThe attack happened on Saturday.",
                 # near cases: another victim's day, a day denied, a day only thought
                 "A man was stabbed to death outside a pub in Hull.\nJohn Hale was also attacked on Saturday.",
                 "A man was stabbed to death outside a pub in Hull.\nThe attack did not happen on Saturday.",
                 "A man was stabbed to death outside a pub in Hull.\nThe attack may have happened on Saturday.")
    assert got["b"].status == "supports"
    for other in "cde":
        assert got[other].status != "supports", other


def test_a_pronoun_or_a_fragment_does_not_carry_a_claimed_person():
    claim = "Mark Dalton was killed when his car hit a tree in Derby on Sunday."
    got = _cited(claim,
                 "Mark Dalton was killed when his car hit a tree in Derby.\nThe crash happened on Sunday.",
                 # near case: "he" may be anyone; the name only in the other sentence
                 "He was killed when his car hit a tree in Derby.\nMark Dalton crashed on Sunday.")
    assert got["b"].status == "supports"
    assert got["c"].status != "supports"


def test_a_claim_with_a_quotation_is_never_told_over_two_sentences():
    claim = "The mayor said “we will rebuild the town together” on Monday."
    got = _cited(claim, "The mayor said “we will rebuild the town together.”\nShe spoke on Monday.")
    assert got["b"].status != "supports"


def test_whose_thing_a_name_is_and_a_case_put_are_not_details_told_elsewhere():
    claim = "Tom Hale broke Ford's scoring record in the game against Elm College."
    got = _cited(claim, "Tom Hale broke the school scoring record in the game against Elm College.\n"
                        "Ford was on hand to congratulate Hale.",  # Ford named, not as the record's holder
                 "Tom Hale broke the school scoring record in the game against Elm College.\n"
                 "The game was stopped to mark Ford's scoring record falling.")
    assert got["b"].also is None  # (never as two sentences: the name alone is no detail of the record)
    assert got["c"].status == "supports"
    # a case put ("if and when") is not the event told, in either sentence; nor a claim in quotation marks
    claim = "Sam Reed was put in charge of the city's budget on Monday."
    got = _cited(claim, "Sam Reed was put in charge of the city's budget.\nThe decision was made on Monday.",
                 "Sam Reed would be put in charge of the city's budget if he wins.\nThe decision was made on Monday.",
                 "Sam Reed was put in charge of the city's budget.\nThe decision could be made on Monday.")
    assert got["b"].status == "supports"
    assert got["c"].status != "supports" and got["d"].status != "supports"
    claim = "Sam Reed Will Be 'In Charge of the Budget,' Mayor Says on Monday."
    got = _cited(claim, "The mayor said Sam Reed will be in charge of the budget.\nShe spoke on Monday.")
    assert got["b"].status != "supports"


def test_he_is_the_claims_person_only_when_the_sentence_before_names_no_one_else():
    claim = "Mark Dalton was killed when his car hit a tree in Derby on Sunday."
    got = _cited(claim,
                 "Mark Dalton was a teacher.\nHe was killed when his car hit a tree in Derby.\nThe crash happened on Sunday.",
                 # near cases: someone else named just before; no one named before
                 "Mark Dalton was a teacher.\nHis friend John Hale was driving.\n"
                 "He was killed when his car hit a tree in Derby.\nThe crash happened on Sunday.",
                 "He was killed when his car hit a tree in Derby.\nThe crash happened on Sunday.")
    assert got["b"].status == "supports" and got["b"].also is not None
    assert got["c"].also is None and got["d"].also is None


def test_a_detail_of_another_act_does_not_complete_a_claim():
    # mend53 (a reviewer's finding on cite33): the second sentence tells another happening's detail
    claim = "Two people were injured when a bus crashed in Leeds on Friday."
    got = _cited(claim, "Two people were injured when a bus crashed.\nThe bus driver was arrested in Leeds on Friday.",
                 "Two people were injured when a bus crashed.\nThe bus company held a meeting in Leeds on Friday.",
                 # near cases that still pair: the happening itself, told as taking place
                 "Two people were injured when a bus crashed.\nThe crash happened in Leeds on Friday.",
                 "Two people were injured when a bus crashed.\nThe crash took place in Leeds on Friday.")
    assert got["b"].also is None and got["b"].status == "related"
    assert got["c"].also is None and got["c"].status == "related"
    assert got["d"].status == "supports" and got["d"].also is not None
    assert got["e"].status == "supports" and got["e"].also is not None
    claim = "Two people were injured when a bus crashed on Highway 9 on Friday."
    got = _cited(claim, "Two people were injured when a bus crashed.\nThe bus was repaired on Highway 9 on Friday.",
                 "Two people were injured when a bus crashed.\nThe bus driver made a statement on Highway 9 on Friday.")
    assert got["b"].also is None and got["b"].status == "related"
    assert got["c"].also is None


def test_the_acts_of_a_sentence_are_its_verbs_and_event_nouns_but_a_taking_place():
    assert support._acts("The bus driver was arrested in Leeds on Friday.") == {support.stem("arrested")}
    assert support._acts("A meeting was held in Leeds on Friday.") == {support.stem("meeting")}
    assert not support._acts("The crash happened in Leeds on Friday.")
    assert not support._acts("The decision was made on Friday.")
    assert not support._acts("Greg Hunted was there on Friday.")  # a name, not a verb
    assert support._acts("The bus driver was drinking in Leeds on Friday.") == {support.stem("drinking")}
    assert not support._acts("The crash was being looked into on Friday morning.") - {support.stem("looked")}
    assert support._names_figure("figures 76", "Cheeks coached the 76ers.")
    assert not support._names_figure("figures 76", "The 76 passengers of the 76ers bus.")


def test_a_detail_of_another_act_completes_a_claim_when_it_also_tells_the_claims_act_or_names_a_party():
    # near cases of mend53's rule: the day of the claim's own act told beside another act; a name
    claim = "Tom Hale was charged on Friday with the murder of Ann Reed."
    got = _cited(claim, "Tom Hale was charged with the murder of Ann Reed.\n"
                        "A man accused of killing a woman had been drinking, according to charges filed Friday.",
                 "Tom Hale was charged with the murder of Ann Reed.\n"
                 "A man accused of killing a woman was seen in a bar on Friday.")
    assert got["b"].status == "supports" and got["b"].also is not None
    assert got["c"].also is None


def test_named_to_a_post_needs_the_word_named_as_a_pattern_reads_it() -> None:
    """speed25: ``_named_to`` asks its pattern only of a text holding "amed" as a case-insensitive pattern
    reads it: upper case and a capital N still name someone to a post; a text without the word does not."""
    assert support._named_to("Smith was named interim coach on Monday.")
    assert support._named_to("Smith WAS NAMED interim coach.")
    assert support._named_to("The club Named assistant general manager Tony DiLeo coach.")
    assert not support._named_to("Smith was appointed interim coach on Monday.")
    assert not support._named_to("A man named John Smith was arrested.")
    assert not support._named_to("Smith was named coach of the year.")


def test_a_verb_said_by_its_own_noun_or_a_dictionary_pair():
    """(cite34) An outlet telling the claim's act by the verb's own noun ("the theft of" / "were stolen", "a
    collision" / "collided", "her testimony" / "testified") or by a dictionary pair of one sense ("fled" /
    "escaped", "kidnapped" / "abducted") states it; a move toward the act, a negated act, another act on the same
    thing, or another person's act never does."""
    claim = "The two robbers set fire to the van and escaped in a second car."
    assert _b(claim, "The two robbers set fire to the van before fleeing in a second car.") == "supports"
    assert _b(claim, "The two robbers set fire to the van and planned to flee in a second car.") != "supports"
    assert _b(claim, "The two robbers set fire to the van but did not flee in a second car.") != "supports"
    claim = "Police said Mark Dunn fled the scene on foot."
    assert _b(claim, "Police said Mark Dunn escaped from the scene on foot.") == "supports"
    assert _b(claim, "Police said Ron Kale escaped from the scene on foot.") != "supports"
    assert _b(claim, "Police said Ron Kale escaped from the scene on foot after Mark Dunn was shot.") != "supports"
    claim = "Paintings worth $40 million were stolen from the Merton gallery on Sunday."
    assert _b(claim, "The theft of paintings worth $40 million from the Merton gallery on Sunday was reported.") \
        == "supports"
    claim = "Two girls were abducted from a school in Kaduna on Sunday."
    assert _b(claim, "Two girls were kidnapped from a school in Kaduna on Sunday.") == "supports"
    assert _b(claim, "Two girls were rescued from a school in Kaduna on Sunday.") != "supports"
    claim = "The tanker collided with a fishing boat off Dover on Monday."
    assert _b(claim, "The tanker was involved in a collision with a fishing boat off Dover on Monday.") == "supports"
    # words read as other things, or that take a side, are no pair
    assert support.content("criticism blasted") & support.content("explosion") == frozenset()
    assert support.content("was fired") & support.content("was dismissed") == frozenset()
    assert support.content("killed") & support.content("died") == frozenset()
    assert _b("The Lakers hired Tom Beck as coach on Friday.", "The Lakers fired Tom Beck as coach on Friday.") \
        != "supports"


def test_a_phrase_a_dictionary_gives_for_a_verb_is_that_verb():
    """(cite34) "passed away" / "died", "stepped down" / "resigned", "taken into custody" / "arrested", "found
    guilty" / "convicted", either way round; a move toward it ("plans to step down", "refused to step down"), a
    negation ("did not step down", "found not guilty"), protective custody and a step off a stage never."""
    claim = "Coach Dale Hurst resigned on Monday after eleven seasons with the Falcons."
    assert _b(claim, "Coach Dale Hurst stepped down on Monday after eleven seasons with the Falcons.") == "supports"
    assert _b("Coach Dale Hurst stepped down on Monday after eleven seasons with the Falcons.", claim) == "supports"
    for near in ("Coach Dale Hurst said on Monday he plans to step down after eleven seasons with the Falcons.",
                 "Coach Dale Hurst refused to step down on Monday after eleven seasons with the Falcons.",
                 "Coach Dale Hurst did not step down on Monday after eleven seasons with the Falcons.",
                 "Coach Dale Hurst will not step down, the Falcons said on Monday after eleven seasons.",
                 "Coach Dale Hurst was fired on Monday after eleven seasons with the Falcons."):
        assert _b(claim, near) != "supports", near
    claim = "Actress Nora Vale died on Sunday at a hospital in Lisbon."
    assert _b(claim, "Actress Nora Vale passed away on Sunday at a hospital in Lisbon.") == "supports"
    assert _b("Actress Nora Vale passed away on Sunday at a hospital in Lisbon.", claim) == "supports"
    assert _b(claim, "Actress Nora Vale was killed on Sunday at a hospital in Lisbon.") != "supports"
    claim = "The driver, Paul Roe, was arrested near the Tulsa depot on Tuesday."
    assert _b(claim, "The driver, Paul Roe, was taken into custody near the Tulsa depot on Tuesday.") == "supports"
    assert _b(claim, "The driver, Paul Roe, was taken into protective custody near the Tulsa depot on Tuesday.") \
        != "supports"
    claim = "Iris Holt was found guilty of second-degree murder by a Kenton jury on Thursday."
    assert _b(claim, "Iris Holt was convicted of second-degree murder by a Kenton jury on Thursday.") == "supports"
    claim = "Iris Holt was convicted of second-degree murder by a Kenton jury on Thursday."
    assert _b(claim, "Iris Holt was found guilty of second-degree murder by a Kenton jury on Thursday.") == "supports"
    assert _b(claim, "Iris Holt pleaded guilty to second-degree murder before a Kenton jury on Thursday.") \
        != "supports"
    told = [pattern for pattern, _ in support._TOLD_AS]
    for text in ("She was found not guilty of murder.", "She was not found guilty of murder.",
                 "He stepped down from the stage to cheers.", "He stepped down the stairs.", "He refused to step down.",
                 "He did not step down.", "He never stepped down.", "Police plan to take him into custody.",
                 "She will pass away soon, doctors fear.", "He passed the ball away from the goal."):
        assert not any(p.search(text) for p in told), text
    for text in ("He stepped down on Monday.", "Police took him into custody.", "She passed away on Sunday.",
                 "A jury found him guilty of theft.", "He was taken into police custody."):
        assert any(p.search(text) for p in told), text


# -- speed26: _told_as_one compiles no pattern for a noun the text does not write -----------------------
def _told_as_one_by_pattern(text: str, noun: str, determiners: str = "a|an"):
    """``_told_as_one`` as before speed26: the noun's pattern asked of every text."""
    if not noun.isalpha():
        return None
    for m in support._one_pattern(noun.lower(), determiners).finditer(text):
        after = (m.group("after") or "").strip().lower()
        if m.group("after") is None:
            continue
        if not after.isalpha() or after in support._ONE_FUNCTION or after in support._AUXILIARY \
                or after in support._PAST or (after.endswith("ed") and len(after) > 3):
            return m
    return None


@pytest.mark.parametrize("text,noun", [
    ("A gunman opened fire on Tuesday.", "gunmen"),            # an irregular plural lemma: its singular
    ("An off-duty police officer was hurt.", "police"),       # "police": "police officer"
    ("A POLICE OFFICER was hurt.", "police"),                  # capitals: the pattern ignores case
    ("A ſuspect was held.", "suspect"),                        # the long s: re.IGNORECASE reads it as "s"
    ("A suspect was held.", "suspect"),
    ("Police said a man was held.", "suspect"),                # not written: no match, no pattern
    ("Police held several suspects.", "suspect"),              # written, not as one
    ("A policeman was hurt.", "police"),                       # "police officer" not written
    ("Un élève a été blessé; an élève was hurt.", "élève"),    # a noun beyond ASCII: the pattern as before
    ("A man, 45, was held.", "men"),
])
def test_told_as_one_screen_gives_the_patterns_answer(text, noun):
    got, want = support._told_as_one(text, noun), _told_as_one_by_pattern(text, noun)
    assert (got and got.span()) == (want and want.span())
    for dets in ("a|an|the|this|that|one",):
        got, want = support._told_as_one(text, noun, dets), _told_as_one_by_pattern(text, noun, dets)
        assert (got and got.span()) == (want and want.span())


def test_told_as_one_screen_fires_and_does_not():
    assert support._told_as_one("A ſuspect was held.", "suspect") is not None  # a plain lower-case screen fails here
    assert support._told_as_one("A POLICE OFFICER was hurt.", "police") is not None
    assert support._told_as_one("Police said a man was held.", "suspect") is None
    assert support._told_as_one("A policeman was hurt.", "police") is None


def test_custody_phrase_keeps_its_object() -> None:
    """mend56: "took Smith into custody" reads "arrested" for the phrase's own words, the object stays."""
    assert support.content("Police took Smith into custody on Monday.") == support.content(
        "Police arrested Smith on Monday.")
    claim = "Police took the driver into custody after the crash in Dover on Monday."
    assert _b(claim, "Police arrested the passenger after the crash in Dover on Monday.") != "supports"
    # near case: the same person taken into custody and arrested is one telling
    assert _b(claim, "Police arrested the driver after the crash in Dover on Monday.") == "supports"


def test_escaping_harm_and_mass_destruction_are_no_family_act() -> None:
    """mend56: "escaped injury" is no fleeing, "weapons of mass destruction" no act of destroying."""
    assert _b("The driver fled the crash on Monday.", "The driver escaped injury in the crash on Monday.") \
        != "supports"
    assert _b("Troops destroyed the weapons in Basra on Monday.",
              "Troops searched for weapons of mass destruction in Basra on Monday.") != "supports"
    # near cases: escaping as getting away, and destruction as the act, are still the family's
    assert _b("The gunman fled the scene on Monday, police said.",
              "The gunman escaped the scene on Monday, police said.") == "supports"
    assert _b("The flood destroyed the bridge in Basra on Monday.",
              "The flood caused the destruction of the bridge in Basra on Monday.") != "differs"


def test_a_claim_is_never_supported_by_a_sentence_telling_another_act():
    """(cite35, issue 12) A long claim shares all its words but one with a sentence whose one verb tells another
    act of the same participant ("convicted" / "charged", "acquitted", "found not guilty"; "arrested" / "released
    from custody"; "stole" / "returned"; "resigned" / "asked to resign", "offered to resign"): under a fifth of the
    claim's words, yet another act, never support. The same act in the passive, as its noun, in a dictionary's
    phrase, with another attribution verb, and a claim with two acts both told still support."""
    claim = ("Former county treasurer Iris Holt was convicted on Thursday of embezzling $2.4 million from the Kenton "
             "school district pension fund, prosecutors said.")
    base = ("Former county treasurer Iris Holt was {} on Thursday of embezzling $2.4 million from the Kenton school "
            "district pension fund, prosecutors said.")
    for act in ("acquitted", "found not guilty", "not convicted", "expected to be convicted", "charged"):
        assert _b(claim, base.format(act)) != "supports", act
    assert _b(claim, base.format("convicted").replace("prosecutors said", "prosecutors told reporters")) == "supports"
    assert _b(claim, base.format("found guilty")) == "supports"
    assert _b(claim, "The conviction on Thursday of former county treasurer Iris Holt for embezzling $2.4 million from "
                     "the Kenton school district pension fund came after a week-long trial, prosecutors said.") == "supports"
    claim = ("Police arrested Mark Dunn, the 34-year-old driver of the stolen delivery truck, near the Tulsa bus depot "
             "early Tuesday morning.")
    assert _b(claim, "Police released Mark Dunn, the 34-year-old driver of the stolen delivery truck, from custody "
                     "near the Tulsa bus depot early Tuesday morning.") != "supports"
    assert _b(claim, "Mark Dunn, the 34-year-old driver of the stolen delivery truck, was arrested by police near the "
                     "Tulsa bus depot early Tuesday morning.") == "supports"
    claim = "Two masked thieves stole a 17th-century Dutch landscape painting from the Merton gallery in Leeds on Sunday."
    assert _b(claim, "Two masked thieves returned a 17th-century Dutch landscape painting to the Merton gallery in "
                     "Leeds on Sunday.") != "supports"
    claim = ("Falcons head coach Dale Hurst resigned on Monday after eleven losing seasons and a string of public "
             "disputes with the team's owners.")
    for act in ("was asked to resign", "offered to resign", "was urged to resign", "refused to resign", "was fired"):
        other = (f"Falcons head coach Dale Hurst {act} on Monday after eleven losing seasons and a string of public "
                 "disputes with the team's owners.")
        assert _b(claim, other) != "supports", act
    assert _b(claim, "Falcons head coach Dale Hurst announced his resignation on Monday after eleven losing seasons "
                     "and a string of public disputes with the team's owners.") == "supports"
    claim = ("Paul Roe was arrested on Friday and charged with two counts of arson over the fire that destroyed the "
             "Kenton mill.")
    assert _b(claim, "Paul Roe was arrested on Friday and charged with two counts of arson over the fire that "
                     "destroyed the Kenton mill.") == "supports"
    assert _b(claim, "Paul Roe was charged with two counts of arson on Friday over the fire that destroyed the Kenton "
                     "mill, after police arrested him.") == "supports"


def test_the_acts_a_text_tells_and_how():
    """(cite35) ``told_acts``: done, or only negated, planned, asked for, faced or undone; ``told_otherwise`` reads
    a rival only when the claim's own act is not told, and never an attribution verb."""
    done, other = support.told_acts("Holt was charged with fraud and later acquitted.")
    assert done == {"charge", "acquit"} and not other
    assert support.told_acts("Holt faces charges of fraud.") == (frozenset(), frozenset({"charge"}))
    assert support.told_acts("The charges against Holt were dropped on Friday.")[1] == {"charge"}
    assert support.told_acts("An appeals court overturned his conviction.")[1] == {"convict"}
    assert support.told_acts("Holt is the fifth coach to be fired this season.")[0] == {"dismiss"}
    assert support.told_acts("Holt is believed to have died on Saturday.")[0] == {"die"}
    assert support.told_acts("No one was killed in the blast.") == (frozenset(), frozenset({"kill"}))
    assert support.told_acts("Holt, who is in charge of the unit, spoke.") == (frozenset(), frozenset())
    assert support.told_acts("Holt said “I was never convicted of anything.”") == (frozenset(), frozenset())
    assert support.told_otherwise("Holt was convicted, police said.", "Holt was convicted, police told reporters.") == []
    assert support.told_otherwise("Two were killed and three injured.", "Two were killed; three were hurt.") == []
    assert support.told_otherwise("Two were killed and three injured.", "Two were killed.") == []  # a detail lacking
    assert support.told_otherwise("Three were injured.", "Two were killed.") == ["another act: injure / kill"]
    assert support.told_otherwise("Holt resigned.", "Holt offered to resign.") == ["act not told as done: resign"]
    assert support.told_acts("The officer fired at the car.") == (frozenset(), frozenset())  # a shot, no dismissal
    assert support.told_acts("The judge dismissed the lawsuit.") == (frozenset(), frozenset())
    assert support.told_otherwise("Holt resigned.", "Holt offered to resign.", ["Holt resigns as coach"]) == []


def test_an_act_the_headline_tells_as_done_is_the_articles():
    """(cite35) a sentence telling the act only as planned does not refuse an article whose headline tells it done
    (a reader reads the whole article: "Kenton releases emergency flood plan" over "was to release … yesterday")."""
    claim = ("The Kenton city council has released an emergency flood plan to protect homes along the Merton river "
             "from the spring floods.")
    other = ("The Kenton city council was to release an emergency flood plan yesterday to protect homes along the "
             "Merton river from the spring floods.")
    assert _b(claim, other) != "supports"
    art = Article(id="b", title="Kenton council releases emergency flood plan", text=other, raw_text=other,
                  published="2022-01-13")
    own = Article(id="a", title="", text=claim, raw_text=claim, published="2022-01-13")
    ev = support.Evidence([own, art], analyse.analyse_many([own, art], reference=REFERENCE), reference=REFERENCE)
    assert verdicts(ev, claim)["b"] == "supports"


def test_spelled_reads_whole_words_never_a_capitalised_words_tail() -> None:
    """``_spelled`` reads the words of a text with their capitals: a capitalised word is no lower-case word
    (a pattern of lower-case letters alone once cut "United Nations" into "nited" and "ations")."""
    words = set(re.findall(r"[A-Za-z]+", "Officials of the United Nations and the World Health Organization said"))
    runs = support._spelled("Officials of the United Nations and the World Health Organization said")
    assert all(w in words for _, ws in runs for w in ws)
    assert support._spelled("the world health organization said") == support._spelled(
        "the world health organization said")
    assert any(ws[:3] == ("world", "health", "organization")
               for _, ws in support._spelled("the world health organization said"))


def test_check_facts_asks_whether_a_telling_stands_alone_only_once_two_sources_state_it():
    """(speed27) ``alone`` decides between tellings two sources state: a lone fact that no other
    outlet states is never asked about (most of a story's facts), one two outlets state is; the
    facts come back as they do when every telling is asked."""
    ev = story_of("Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance on Monday.",
                  "Roughly 2,300 troops were dispatched to Kazakhstan by a Moscow-led alliance on Monday.\n"
                  "The central bank kept its key rate at 9.75% on Monday, citing inflation, the governor said.")
    a, b, far = ev.by_article["a"][0].sentence, ev.by_article["b"][0].sentence, ev.by_article["b"][1].sentence
    facts = [Fact(id="both", text=a.text, sentences=[a, b]), Fact(id="lone", text=far.text, sentences=[far])]
    asked: list[str] = []
    got = support.check_facts(ev, facts, alone=lambda t: asked.append(t) or True)
    assert a.text in asked and far.text not in asked
    assert [(c.fact.id, c.sentence.text, c.independent) for c in got] == [
        ("both", a.text, 2), ("lone", far.text, 1)]
    # a telling that leans on the one before is still asked of and judged as before: the two-source fact
    # keeps its only telling, the lone fact is not asked about
    asked.clear()
    leaning = support.check_facts(ev, facts, alone=lambda t: asked.append(t) and False)
    assert [(c.fact.id, c.independent) for c in leaning] == [("both", 2), ("lone", 1)]
    assert far.text not in asked and a.text in asked


# -- cite36: a detail of another act, a quotation's speaker, a given name's short form ----------------------
def test_a_detail_the_claim_attaches_to_its_act_must_be_told_of_that_act():
    """(cite36, issue 12) a person or place the claim attaches to its act with a preposition ("assault of a
    child", "was with a neighbor", "arrested at his home") is not stated by a sentence that tells it of another
    charge, thing or act ("assault and indecency with a child", "the car of a neighbor", "searched his home")."""
    claim = "Tom Reese, 41, was charged with aggravated sexual assault of a child in Oakton."
    assert _b(claim, "Tom Reese, 41, was charged with aggravated sexual assault and indecency with a child in "
                     "Oakton.") != "supports"
    assert _b(claim, "Tom Reese, 41, was charged in Oakton with indecency with a child and aggravated sexual "
                     "assault.") != "supports"
    # near cases: the detail after the same act, close after it, before it, after the same preposition
    assert _b(claim, "Tom Reese, 41, was charged in Oakton with aggravated sexual assault of a child.") == "supports"
    assert _b(claim, "Tom Reese, 41, was charged with the aggravated sexual assault of a young child in "
                     "Oakton.") == "supports"
    claim = "Maria Lopez, 34, was with a neighbor, Jane Hardy, when police stopped the car in Oakton."
    assert _b(claim, "Maria Lopez, 34, stole the car of a neighbor, Jane Hardy, before police stopped it in "
                     "Oakton.") != "supports"
    assert _b(claim, "Maria Lopez, 34, was driving with a neighbor, Jane Hardy, when police stopped the car in "
                     "Oakton.") == "supports"
    claim = "Sam Ortiz, 52, was arrested at his home in Dunmore on Friday."
    assert _b(claim, "Sam Ortiz, 52, was arrested in Dunmore on Friday after police searched his home.") != "supports"
    assert _b(claim, "Sam Ortiz, 52, was arrested in his home in Dunmore on Friday.") == "supports"
    assert _b(claim, "Police arrested Sam Ortiz, 52, on Friday at the Dunmore home he shares with his "
                     "wife.") == "supports"


def test_the_detail_rule_reads_the_prepositions_words():
    """(cite36) ``_detail_told_with`` on its own: which claim details a sentence tells of another act."""
    told = support._detail_told_with
    assert told("He was convicted of assault of a child.", "He was convicted of assault and indecency with a child.")
    assert not told("He was convicted of assault of a child.", "He was convicted of child sexual assault.")
    assert not told("He was convicted of assault of a child.", "He was convicted of a child's assault.")
    assert not told("He was charged with the murders of his mother and sister.",
                    "He was charged with the murder of his 58 - year - old mother and sister.")
    assert not told("He was charged with assault of a child.", "He was charged with assault.")  # unsaid: coverage's
    assert not told("She slept at home.", "She went home after the game.")  # whose home is not said
    assert not told("She left with a friend.", "A friend drove off with her, police said; she left with a friend.")


def test_a_quotation_is_credited_to_its_speaker_never_to_the_outlet_told():
    """(cite36) a quotation the claim credits to an outlet ("…,” People magazine reported") is not stated by a
    sentence where a speaker told that outlet ("…,” her publicist told People magazine"); an outlet the
    sentence itself credits is the speaker."""
    claim = "\"We are heartbroken by the loss of our dear friend,\" People magazine reported on Monday."
    assert _b(claim, "\"We are heartbroken by the loss of our dear friend,\" her publicist told People magazine on "
                     "Monday.") != "supports"
    assert _b(claim, "\"We are heartbroken by the loss of our dear friend,\" her publicist said in an interview "
                     "with People magazine on Monday.") != "supports"
    # near cases: the outlet as the speaker, and a speaker the claim names who told an outlet
    assert _b(claim, "\"We are heartbroken by the loss of our dear friend,\" People magazine reported on "
                     "Monday.") == "supports"
    claim = "\"We are heartbroken by the loss of our dear friend,\" her publicist Ann Cole told People magazine."
    assert _b(claim, "\"We are heartbroken by the loss of our dear friend,\" her publicist Ann Cole told People "
                     "magazine.") == "supports"
    assert _b("\"We are heartbroken by the loss of our dear friend,\" Ann Cole said.",
              "\"We are heartbroken by the loss of our dear friend,\" Ann Cole told People magazine.") == "supports"
    # another person credited by name is another speaker; "she said" after the speaker's name and "Cole said:"
    # before the quotation credit the claim's
    claim = "\"It is not the neighbours who pay the levy,\" Ann Cole said."
    assert _b(claim, "Mayor Tom Reese spoke after TV host Ann Cole pressed him on Sunday.\n\"It is not the neighbours "
                     "who pay the levy,\" Reese said.") != "supports"
    assert _b(claim, "TV host Ann Cole spoke on Sunday.\n\"It is not the neighbours who pay the levy,\" she "
                     "said.") == "supports"
    assert _b(claim, "TV host Ann Cole said on Sunday:\n\"It is not the neighbours who pay the levy.") == "supports"
    assert _b(claim, "TV host Ann Cole spoke on Sunday.\n\"It is not the neighbours who pay the levy,\" Cole "
                     "said.") == "supports"



# -- mend59: the review of cite36's detail rule -----------------------------------------------------------------------
def test_a_detail_joined_to_another_person_by_and_is_still_told_of_the_act():
    """(mend59, review of cite36) an "and" / "or" joining two people of one phrase ("of his wife and son") is no clause
    break: the detail is told of the claim's act. Near case: "assault and indecency with a child" joins two acts and
    still tells the child of the indecency (cite36)."""
    claim = "Tom Reese, 41, was charged with assault of his son in Oakton."
    assert _b(claim, "Tom Reese, 41, was charged with assault of his wife and son in Oakton.") == "supports"
    assert _b(claim, "Tom Reese, 41, was charged in Oakton with assaulting his wife and son.") == "supports"
    assert _b(claim, "Tom Reese, 41, was charged in Oakton with assault of his wife or son.") == "supports"
    # near cases: an "and" joining acts, and one opening another clause about the person, are still breaks
    assert _b("Tom Reese, 41, was charged with aggravated sexual assault of a child in Oakton.",
              "Tom Reese, 41, was charged with aggravated sexual assault and indecency with a child in "
              "Oakton.") != "supports"
    told = support._detail_told_with
    assert not told("He was charged with assault of his son.", "He was charged with assault of his wife and son.")
    assert told("He was charged with assault of a child.", "He was charged with assault and indecency with a child.")
    assert told("He was charged with assault of his son.", "He was charged with assault, and his son was held.")


def test_being_with_a_person_is_told_by_the_person_as_the_acts_other_subject():
    """(mend59, review of cite36) "along with her husband" / "was with a neighbor" is not a preposition's detail the
    article must repeat: "Jane Smith, 41, and her husband were charged" tells it. Near cases: the person as the subject
    of another clause ("and her husband was charged with theft") tells nothing of the claim's act."""
    claim = "Jane Smith, 41, was charged with fraud along with her husband in Oakton on Friday."
    assert _b(claim, "Jane Smith, 41, and her husband were charged with fraud in Oakton on Friday.") == "supports"
    claim = "Maria Lopez, 34, was with a neighbor when police stopped the car in Oakton."
    assert _b(claim, "Maria Lopez, 34, and a neighbor were in the car when police stopped it in Oakton.") == "supports"
    told = support._detail_told_with
    assert told("Jane Smith was charged with fraud along with her husband.",
                "Jane Smith was charged with fraud and her husband was charged with theft.")
    assert told("Maria Lopez was with a neighbor when police stopped the car.",
                "Maria Lopez stole the car of a neighbor, and police stopped it.")
    # the co-subject reading is for being with a person only, not for an act done with one
    assert told("Maria Lopez fought with a neighbor in Oakton.", "Maria Lopez and a neighbor were arrested in Oakton.")


# -- mend60: the review of mend59's co-subject and joined-detail rules ---------------------------------------------------
def test_a_co_subject_tells_along_with_only_with_the_claims_act_after_its_verb():
    """(mend60) "along with her husband" is told by "X and her husband were charged", not by "X and her husband were at
    home when only she was charged"; being "with" a neighbor keeps the bare co-subject reading."""
    claim = "Jane Smith, 41, was charged with fraud along with her husband in Oakton on Friday."
    assert _b(claim, "Jane Smith, 41, and her husband were at home in Oakton on Friday when only she was charged "
                     "with fraud.") != "supports"
    assert _b(claim, "Jane Smith, 41, and her husband were charged with fraud in Oakton on Friday.") == "supports"
    assert _b(claim, "Jane Smith, 41, and her husband were both charged with fraud in Oakton on Friday.") == "supports"
    claim = "Maria Lopez, 34, was with a neighbor when police stopped the car in Oakton."
    assert _b(claim, "Maria Lopez, 34, and a neighbor were in the car when police stopped it in Oakton.") == "supports"


def test_a_detail_joined_to_a_clause_with_its_own_verb_is_a_break():
    """(mend60) "of his wife and his son was taken into care": the "and" opens a clause with its own verb, a break."""
    told = support._detail_told_with
    assert told("He was charged with assault of his son.",
                "He was charged with assault of his wife and son was taken into care.")
    assert told("He was arrested at his home.", "He was arrested at his office and home was searched later.")
    # near cases: a noun phrase after the "and" is one phrase (mend59)
    assert not told("He was charged with assault of his son.", "He was charged with assault of his wife and son.")
    assert not told("He was charged with assault of his son.",
                    "He was charged with assault of his wife and son in Oakton, and was held.")
    assert not told("He was arrested at his home.", "He was arrested at his office or home in Oakton.")



# -- cite37: a claim's phrase an outlet tells in the words a dictionary gives (faces charges, booked, thinks) ------
@pytest.mark.parametrize("claim,other,left", [
    ("Kerr also faces an animal cruelty charge after the dog was found dead.",
     "Kerr has also been charged with animal cruelty after the dog was found dead.", {"fac"}),
    ("Dorsey was taken to the county jail where he was booked and released on bail.",
     "Dorsey was booked into county jail and later released on bail.", {"take"}),
    ("Coroner Gary Hale said he believes that Mr. Lutz died Saturday.",
     "The coroner said he thinks Lutz died Saturday of natural causes.", {"believ"}),
    ("Marsh is the fifth NBA head coach to be fired this season.",
     "Marsh became the fifth NBA coach fired this season.", {"head"}),
    ("Marsh is the fifth head coach to be fired this season.",
     "Marsh is the fifth coach fired this season, after Hale and Dunn.", {"head"}),
    ("He was given a blood alcohol test but the results have not been revealed.",
     "He gave a blood sample for a blood-alcohol test, but the results are not yet known.", {"reveal"}),
    ("He was given a blood alcohol test but the results have not been revealed.",
     "He gave a blood sample for a blood-alcohol test, but the results won't be known for weeks.", {"reveal"}),
])
def test_a_phrase_told_in_the_words_a_dictionary_gives_is_said(claim, other, left):
    """(cite37) the claim's word another outlet's sentence leaves out is said there by the dictionary's words for
    its phrase: "faces … charge" / "charged with", "taken to the county jail" / "booked into county jail",
    "believes" / "thinks", "head coach" / "coach", "not been revealed" / "not yet known" (read only when that sentence
    says every other word of the claim)."""
    assert support._compounds_said(claim, other, left)


@pytest.mark.parametrize("claim,other,left", [
    ("Kerr could face an animal cruelty charge after the dog was found dead.",
     "Kerr has been charged with animal cruelty after the dog was found dead.", {"face"}),
    ("Kerr faces possible animal cruelty charges after the dog was found dead.",
     "Kerr has been charged with animal cruelty after the dog was found dead.", {"fac"}),
    ("Kerr faces an animal cruelty charge after the dog was found dead.",
     "Kerr has not been charged with animal cruelty after the dog was found dead.", {"fac"}),
    ("Dorsey was taken to the county hospital, where he was treated.",
     "Dorsey was booked into county jail after he was treated.", {"take", "hospit"}),
    ("The man, believed to be the gunman, opened fire at the mall.",
     "Police think the man opened fire at the mall.", {"believ"}),
    ("Marsh is the fifth NBA head coach to be fired this season.",
     "Marsh became the fifth NBA assistant coach fired this season.", {"head"}),
    ("Marsh is the fifth NBA head coach to be fired this season.",
     "Marsh became the fifth NBA interim coach fired this season.", {"head"}),
    ("The name of the victim has not been released by police.", "The name of the victim is not known to police.",
     {"releas"}),
    ("The results of the blood test have been revealed.", "The results of the blood test are not yet known.",
     {"reveal"}),
])
def test_a_phrase_that_may_come_or_means_another_thing_is_not_said(claim, other, left):
    """(cite37) near cases: a charge that may come ("could face", "faces possible charges"), one the other sentence
    denies, a hospital for a jail, a hedge ("believed to be") for an opinion, an assistant or interim coach, a plain
    "not known" (nobody may know) for "not released", "not yet known" for "revealed"."""
    assert not support._compounds_said(claim, other, left)


def test_a_phrase_said_otherwise_is_cited_only_when_every_other_word_is_said():
    """(cite37) end to end, as the brief cites: "taken to the county jail" cited to "booked into county jail",
    never to a sentence that also leaves out the place ("taken to the county hospital")."""
    more = ("Dorsey was arrested on suspicion of drunken driving and released on bail later that day.",
            "The county said Dorsey was released on bail after the arrest on suspicion of drunken driving.")
    booked = "Dorsey was booked into county jail and later released on bail."
    assert _cited("Dorsey was taken to the county jail where he was booked and released on bail.", booked,
                  *more)["b"].status == "supports"
    assert _cited("Dorsey was taken to the county hospital where he was booked and released on bail.", booked,
                  *more)["b"].status != "supports"



# -- mend61 (review61): "coach" for "head coach" only a team's coach, "taken to" only a jail, one speaker's opinion --
_HAWKS_MORE = ("Marsh was named to the job by the Hawks on Monday after a long search.",
               "The Hawks said on Monday that Marsh was named after a long search.")


@pytest.mark.parametrize("other", [
    "Marsh was named coach of the Hawks' offense on Monday.",
    "Marsh was named the Hawks' coach of special teams on Monday.",
    "Marsh was named coach of the Hawks' quarterbacks on Monday.",
    "Marsh was named the Hawks' line coach on Monday.",
    "Marsh was named the Hawks' coach for special teams on Monday.",
    "Marsh was named coach of the Hawks on Monday, an associate title.",
    "Marsh was named a volunteer coach of the Hawks on Monday.",
    "Marsh was named the Hawks' offensive coach on Monday.",
    "Marsh was named the Hawks' special teams coach on Monday.",
    "Marsh was named the Hawks' coach in charge of special teams on Monday.",
])
def test_a_position_or_unit_coach_never_cites_head_coach(other):
    """(mend61, review61 #5) "coach" says "head coach" only of a team's coach: never a unit's ("of the Hawks'
    offense", "of special teams", "line coach") nor an associate or volunteer one."""
    claim = "Marsh was named head coach of the Hawks on Monday."
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status != "supports"


@pytest.mark.parametrize("other", ["Marsh was named coach of the Hawks on Monday.",
                                   "Marsh was named the Hawks' coach on Monday.",
                                   "Marsh was named Hawks coach on Monday.",
                                   "The Hawks named coach Marsh on Monday after a season-worst offensive effort."])
def test_a_teams_coach_still_cites_head_coach(other):
    """(mend61) near cases that stay: the team's coach, told with "of the Hawks", a possessive or the team's name."""
    claim = "Marsh was named head coach of the Hawks on Monday."
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status == "supports"


@pytest.mark.parametrize("claim,other", [
    ("Dorsey was taken to Mercy Hospital with head injuries.",
     "Dorsey was booked into county jail with head injuries after a stop outside Mercy Hospital."),
    ("Dorsey was taken to Mercy Hospital after he was booked into county jail.",
     "Dorsey was booked into county jail after he was treated at Mercy Hospital."),
])
def test_taken_to_a_hospital_is_never_booked_into_jail(claim, other):
    """(mend61, review61 #6) "booked into county jail" says "taken to" only where the claim takes him to a jail,
    never to a hospital the other sentence names elsewhere."""
    assert _cited(claim, other)["b"].status != "supports"


@pytest.mark.parametrize("other", [
    "Coroner Gary Hale said Lutz died Saturday, but his family thinks otherwise.",
    "Coroner Gary Hale said Lutz died Saturday; nobody thinks it was foul play.",
    "Lutz's brother thinks Coroner Gary Hale said that Lutz died Saturday.",
])
def test_someone_elses_thinks_is_not_the_speakers_belief(other):
    """(mend61, review61) "thinks" says "he believes" only of the same speaker, never another's opinion in the
    other sentence ("his family thinks otherwise")."""
    claim = "Coroner Gary Hale said he believes that Mr. Lutz died Saturday."
    assert _cited(claim, other)["b"].status != "supports"
    assert _cited(claim, "Coroner Gary Hale said he thinks Lutz died Saturday.")["b"].status == "supports"



# -- speed28: the dictionary phrases searched only in a text holding the word each needs ----------------------
def test_told_as_phrases_screened_find_every_phrase_found():
    texts = ["She passed away on Sunday.", "Police took him into custody.", "He STEPPED DOWN on Monday.",
             "A jury found him guilty of theft.", "He was taken into police custody.", "She was found not guilty.",
             "ſhe paſſed away", "He \u212aNOWS she stepped down", "Nothing happened today.", "He was found, guilty or not.",
             "He was taken away into custody; she stepped down; both were found guilty after she passed away."]
    for text in texts + [t.upper() for t in texts] + [t.lower() for t in texts]:
        kept = [p for p, _ in support._told_as_in(text)]
        assert [p for p, _ in support._TOLD_AS if p.search(text)] == [p for p in kept if p.search(text)], text
    assert support._told_as_in("Nothing happened today.") == ()
    assert support._told_as_in("ſomething happened") == support._TOLD_AS  # folded beyond lower case: all searched
# -- mend63 (review64): "believes" / "thinks" read the same both ways; a unit's coach whatever its case; one speaker --
@pytest.mark.parametrize("claim,other", [
    ("Coroner Gary Hale said he believes that Mr. Lutz died Saturday.",
     "Coroner Gary Hale said Lutz died Saturday, but he thinks otherwise."),
    ("Coroner Gary Hale said he thinks that Mr. Lutz died Saturday.",
     "Coroner Gary Hale said Lutz died Saturday, but he believes otherwise."),
])
def test_believes_otherwise_is_no_belief_either_way(claim, other):
    """(mend63, review64 #5) "thinks otherwise" / "believes otherwise" denies the opinion whichever word the claim
    writes: the guard reads the same both ways."""
    assert _cited(claim, other)["b"].status != "supports"
    mirror = "Coroner Gary Hale said he believes Lutz died Saturday." if "thinks" in claim else \
        "Coroner Gary Hale said he thinks Lutz died Saturday."
    assert _cited(claim, mirror)["b"].status == "supports"


@pytest.mark.parametrize("pronoun,believes,thinks,other", [
    ("they", "believe", "think", "his relatives"),
    ("we", "believe", "think", "the family lawyer"),
    ("he", "believes", "thinks", "his brother"),
])
def test_a_plural_or_first_person_opinion_is_only_its_speakers(pronoun, believes, thinks, other):
    """(lead65) "they think" / "we think" says the claim's "they believe" only of the same speaker, as "he thinks"
    does: a second definition of the pronoun pattern further down the module had narrowed the check to he/she, so
    the relatives' "they think" supported the coroner's "they believe"."""
    claim = f"Coroner Gary Hale said {pronoun} {believes} that Mr. Lutz died Saturday."
    told_by_another = f"Coroner Gary Hale said Lutz died Saturday, and {other} said {pronoun} {thinks} so too."
    assert _cited(claim, told_by_another)["b"].status != "supports"
    assert _cited(claim, f"Coroner Gary Hale said {pronoun} {thinks} Lutz died Saturday.")["b"].status == "supports"


@pytest.mark.parametrize("other", [
    "Offensive coach Marsh was named on Monday by the Hawks.",
    "Quarterbacks coach Marsh was named by the Hawks on Monday.",
    "Marsh was named the Hawks' Defensive Coach on Monday.",
    "Marsh was named Hawks Pitching Coach on Monday.",
    "Marsh was named the Hawks' Special Teams Coach on Monday.",
])
def test_a_unit_coach_in_capitals_never_cites_head_coach(other):
    """(mend63, review64 #6) a unit's or a position's coach written with a capital ("Offensive coach", "Hawks
    Pitching Coach") is no team's head coach."""
    claim = "Marsh was named head coach of the Hawks on Monday."
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status != "supports"


def test_a_pronouns_opinion_is_the_same_named_speakers():
    """(mend63, review64) "he believes" / "he thinks" is one opinion only when the nearest name before the pronoun
    is the same speaker: the sheriff's belief is never the owner's."""
    claim = "Sheriff Tom Bell said he believes Lutz died Saturday."
    assert _cited(claim, "Sheriff Tom Bell said Lutz died Saturday, and the owner said he thinks so.")["b"].status \
        != "supports"
    assert _cited(claim, "The owner said he thinks Lutz died Saturday, Sheriff Tom Bell said.")["b"].status != "supports"
    assert _cited(claim, "Sheriff Tom Bell said he thinks Lutz died Saturday.")["b"].status == "supports"
    assert _cited(claim, "Sheriff Tom Bell told reporters he thinks Lutz died Saturday.")["b"].status == "supports"


# -- mend65 (issues 12): one speaker is not the client he speaks for; a possibility is not the act; a lesser post ----
@pytest.mark.parametrize("claim,other", [
    ("John Doe said he believes Lutz died Saturday.", "A lawyer for Doe said he thinks Lutz died Saturday."),
    ("A lawyer for Doe said he believes Lutz died Saturday.", "Doe said he thinks Lutz died Saturday."),
    ("John Doe said he believes Lutz died Saturday.", "A spokesman for John Doe said he thinks Lutz died Saturday."),
    ("Doe said Lutz died Saturday at the ranch.", "A lawyer for Doe said Lutz died Saturday at the ranch."),
    ("A lawyer for Doe said Lutz died Saturday at the ranch.", "Doe said Lutz died Saturday at the ranch."),
    ("Lutz died Saturday at the ranch, Doe said.", "Lutz died Saturday at the ranch, a spokesman for Doe said."),
    ("Doe said Lutz died Saturday at the ranch.", "Doe's lawyer said Lutz died Saturday at the ranch."),
    ("John Doe said he believes Lutz died Saturday.", "John Doe's lawyer said he thinks Lutz died Saturday."),
])
def test_a_lawyers_word_is_never_the_clients(claim, other):
    """(mend65) who a lawyer or a spokesman speaks for ("a lawyer for Doe", "Doe's lawyer") is another speaker: the
    lawyer's opinion or statement never cites the client's, nor the other way round."""
    assert _cited(claim, other)["b"].status != "supports"


@pytest.mark.parametrize("claim,other", [
    ("A lawyer for Doe said he believes Lutz died Saturday.", "A lawyer for Doe said he thinks Lutz died Saturday."),
    ("A lawyer for Doe said Lutz died Saturday at the ranch.", "Doe's lawyer said Lutz died Saturday at the ranch."),
    ("Lutz died Saturday at the ranch, a spokesman for Doe said.",
     "Lutz died Saturday at the ranch, a spokesman for Doe said."),
    ("John Doe said he believes Lutz died Saturday.", "Doe said he thinks Lutz died Saturday."),
    ("Doe said Lutz died Saturday at the ranch.", "Doe said Lutz died Saturday at the ranch."),
    ("Tom Hill said Lutz died Saturday at the ranch.",
     "A spokesman for the Doe family, Tom Hill, said Lutz died Saturday at the ranch."),
    ("Doe said Lutz died Saturday at the ranch.", "Doe, speaking for the family, said Lutz died Saturday at the ranch."),
    ("Justice Anthony Kennedy said the law was void.",
     "Writing for the majority, Justice Anthony Kennedy said the law was void."),
])
def test_the_same_speaker_still_cites(claim, other):
    """(mend65) near cases that stay: the same lawyer told either way, the client himself, the spokesman named after
    the client ("a spokesman for the Doe family, Tom Hill,"), a speaker "speaking / writing for" others."""
    assert _cited(claim, other)["b"].status == "supports"


@pytest.mark.parametrize("claim,other", [
    ("Kerr could be facing an animal cruelty charge after the dog was found dead.",
     "Kerr has been charged with animal cruelty after the dog was found dead."),
    ("Kerr may face charges of animal cruelty after the dog was found dead.",
     "Kerr has been charged with animal cruelty after the dog was found dead."),
    ("Kerr has been charged with animal cruelty after the dog was found dead.",
     "Kerr could be facing an animal cruelty charge after the dog was found dead."),
    ("Kerr has been charged with animal cruelty after the dog was found dead.",
     "Kerr may face charges of animal cruelty after the dog was found dead."),
    ("Kerr may face charges of animal cruelty after the dog was found dead.",
     "Kerr faces charges of animal cruelty after the dog was found dead."),
    ("Kerr faces charges of animal cruelty after the dog was found dead.",
     "Kerr may face charges of animal cruelty after the dog was found dead."),
])
def test_a_charge_that_may_come_is_not_a_charge_made(claim, other):
    """(mend65) "could be facing a charge" / "may face charges" is a possibility: a sentence telling the charge made
    ("has been charged", "faces charges", as cite37 reads it) never cites it, nor the other way round."""
    assert _cited(claim, other)["b"].status != "supports"


def test_a_charge_faced_or_made_beside_a_possibility_still_cites():
    """(mend65) near cases that stay: "faces a … charge" (cite37), a charge made in a claim that also tells
    something that may come, and a sentence one "could face" / "faces" (the most a court may give)."""
    done = "Kerr has been charged with animal cruelty after the dog was found dead."
    assert _cited("Kerr faces an animal cruelty charge after the dog was found dead.", done)["b"].status == "supports"
    assert _cited("Kerr, who may appeal, has been charged with animal cruelty after the dog was found dead.",
                  "Kerr, who may appeal, has been charged with animal cruelty after the dog was found dead."
                  )["b"].status == "supports"
    # (mend67) the month "May" in a claim that tells the charge only as faced is no modal: the guard runs on it
    assert support.told_otherwise("Kerr faces charges in May.", "Kerr faces charges in May.") == []
    assert _cited("Kerr faces charges in May.", "Kerr faces charges in May.")["b"].status == "supports"
    assert _cited("Kerr could face up to five years in prison after the dog was found dead.",
                  "Kerr faces up to five years in prison after the dog was found dead.")["b"].status == "supports"


@pytest.mark.parametrize("claim,other", [
    ("Marsh was named coach of the Hawks on Monday.", "Marsh was named associate coach of the Hawks on Monday."),
    ("Marsh was named coach of the Hawks on Monday.", "Marsh was named assistant coach of the Hawks on Monday."),
    ("Marsh was named coach of the Hawks on Monday.", "Marsh was named volunteer coach of the Hawks on Monday."),
    ("Marsh was named the Hawks' coach on Monday.", "Marsh was named the Hawks' assistant coach on Monday."),
    ("Marsh, the head coach, was fired by the Hawks on Monday.",
     "Marsh, an associate head coach, was fired by the Hawks on Monday."),
    ("Marsh was named director of the Hawks on Monday.", "Marsh was named deputy director of the Hawks on Monday."),
    ("Prime Minister Jan Ost met the strikers in Vorland on Monday.",
     "Deputy Prime Minister Jan Ost met the strikers in Vorland on Monday."),
    ("President Jan Ost met the strikers in Vorland on Monday.",
     "Vice President Jan Ost met the strikers in Vorland on Monday."),
])
def test_a_lesser_post_never_cites_the_post(claim, other):
    """(mend65) an assistant, associate, volunteer or deputy post is another post than the one the claim names
    bare: "coach" (read as the head coach) is never "assistant coach"."""
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status != "supports"


@pytest.mark.parametrize("claim,other", [
    ("Marsh was named coach of the Hawks on Monday.", "Marsh was named head coach of the Hawks on Monday."),
    ("Marsh was named assistant coach of the Hawks on Monday.",
     "Marsh was named assistant coach of the Hawks on Monday."),
    ("Marsh, the head coach, fired Hill on Monday.", "Marsh, the head coach, fired assistant coach Hill on Monday."),
    ("Vice President Jan Ost met the strikers in Vorland on Monday.",
     "Vice-President Jan Ost met the strikers in Vorland on Monday."),
])
def test_the_same_post_still_cites(claim, other):
    """(mend65) near cases that stay: the head coach for "coach", the same lesser post, a sentence that also writes
    the post bare."""
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status == "supports"
# -- mend67 (review68): "for" in a title is no client; a possibility with the month "May"; a word between rank and post
@pytest.mark.parametrize("claim,other", [
    ("Tom Frieden said Lutz died Saturday at the ranch.",
     "Director of the Centers for Disease Control Tom Frieden said Lutz died Saturday at the ranch."),
    ("Lutz died Saturday at the ranch, Jane Doe said.",
     "Lutz died Saturday at the ranch, Secretary for Health Jane Doe said."),
    ("Jane Doe said Lutz died Saturday at the ranch.",
     "Minister for Health Jane Doe said Lutz died Saturday at the ranch."),
    ("Jane Doe said she believes Lutz died Saturday.",
     "Commissioner for Health Jane Doe said she thinks Lutz died Saturday."),
])
def test_a_title_with_for_still_names_the_speaker(claim, other):
    """(mend67, mend68) "Centers for …", "Minister / Secretary / Commissioner for …" are the speaker's title: a
    "for" right after a capitalised word names no client."""
    assert _cited(claim, other)["b"].status == "supports"


@pytest.mark.parametrize("other", [
    "Lutz died Saturday at the ranch, a press secretary for Doe said.",
    "Lutz died Saturday at the ranch, a friend speaking on behalf of Doe said.",
    "Lutz died Saturday at the ranch, a manager for Doe said.",
    "Lutz died Saturday at the ranch, an aide for Doe said.",
])
def test_anyone_speaking_for_a_client_is_not_the_client(other):
    """(review71 #3) not only a lawyer's or a spokesman's "for": anyone's "for / on behalf of" + name is a client."""
    assert _cited("Doe said Lutz died Saturday at the ranch.", other)["b"].status != "supports"


@pytest.mark.parametrize("claim,other", [
    ("President Ann Lee signed the bill on Friday.", "A deputy said President Ann Lee signed the bill on Friday."),
    ("The president signed the bill on Friday.", "A deputy added that the president signed the bill on Friday."),
    ("Coach Jane Doe praised the defense on Saturday.", "An assistant told reporters Coach Jane Doe praised the defense on Saturday."),
])
def test_a_rank_before_a_verb_is_no_lesser_post(claim, other):
    """(review71 #4) "a deputy said President Ann Lee …": the words between a rank and a post must modify the post."""
    assert _cited(claim, other)["b"].status == "supports"


@pytest.mark.parametrize("text,post,rank", [
    ("Editors met Deputy Managing Editor Jo Lin.", "editor", "deputy"),
    ("The deputy managing editor quit.", "editor", "deputy"),
    ("The assistant general manager quit.", "manager", "assistant"),
    ("Fans cheered the associate athletic director.", "director", "associate"),
    ("Assistant head coach Jo Lin quit.", "coach", "assistant"),
])
def test_a_rank_with_modifiers_of_the_post_is_still_a_lesser_post(text, post, rank):
    """(review71 #4) near cases: the words between rank and post that modify the post, in its capitalisation."""
    assert support._posts(text)[post] == frozenset({rank})


def test_a_charge_that_may_come_in_may_is_not_a_charge_faced():
    """(mend67) near case of the month guard (``test_a_charge_faced_or_made_beside_a_possibility_still_cites``):
    "could face charges in May" is a possibility still, not "faces charges in May"."""
    assert _cited("Kerr could face charges in May.", "Kerr faces charges in May.")["b"].status != "supports"


@pytest.mark.parametrize("claim,other", [
    ("Marsh was named general manager of the Hawks on Monday.",
     "Marsh was named assistant general manager of the Hawks on Monday."),
    ("Marsh was named athletic director of the Hawks on Monday.",
     "Marsh was named associate athletic director of the Hawks on Monday."),
    ("Marsh was named managing editor of the Hawks Gazette on Monday.",
     "Marsh was named deputy managing editor of the Hawks Gazette on Monday."),
])
def test_a_lesser_post_with_a_word_before_the_post_never_cites_it(claim, other):
    """(mend67) one or two words between the rank and the post ("assistant general manager") still make it lesser."""
    assert _cited(claim, other, *_HAWKS_MORE)["b"].status != "supports"


# -- mend69 (review72)
@pytest.mark.parametrize("claim,other,status", [
    ("FBI director Ann Lee resigned on Friday.", "Deputy FBI director Ann Lee resigned on Friday.", "related"),
    ("The FBI director resigned on Friday.", "The deputy FBI director resigned on Friday.", "related"),
    ("The U.S. trade director resigned on Friday.", "The deputy U.S. trade director resigned on Friday.", "related"),
    ("FBI director Ann Lee resigned on Friday.", "FBI director Ann Lee resigned on Friday.", "supports"),
])
def test_an_acronym_between_rank_and_post_keeps_the_rank(claim, other, status):
    """(review72 #1) an acronym between rank and post ("deputy FBI director") never breaks the capitalisation run."""
    assert _cited(claim, other)["b"].status == status


def test_two_articles_of_one_outlet_are_one_source_in_every_count() -> None:
    """Issue 12: the support check counts outlets (``accord.align.sources``): b and c of one outlet
    (named, and through the URL) with the wire copy d of c are 1 source; a claim only that outlet's
    articles tell is not "told elsewhere". Near case: with outlets unknown, b and c count apart."""
    arts = story()
    arts[1].source, arts[2].url = "Steppe News", "https://www.steppenews.kz/troops"
    sentences = analyse.analyse_many(arts, reference=REFERENCE)
    ev = support.Evidence(arts, sentences, copies={"d": "c"}, reference=REFERENCE)
    assert ev.independent(["b", "c", "d"]) == 1 and ev.independent(["a", "b", "c", "d"]) == 2
    assert ev.source("d") == ev.source("c") == "b"
    leave = next(s for s in sentences["b"] if "ten days" in s.text)
    assert not ev.told_elsewhere(leave)
    plain = support.Evidence(story(), sentences, copies={"d": "c"}, reference=REFERENCE)
    assert plain.independent(["b", "c", "d"]) == 2 and plain.told_elsewhere(leave)
