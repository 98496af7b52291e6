"""frames44: a figure's frame carries what it counts — the counted noun with its own modifiers — and two
figures are one slot only when one's kind is not a narrower kind of the other's (invented texts only)."""
from datetime import date

from accord.analyse import analyse_story
from accord.disagree import values as V
from accord.model import Article
from tests.test_disagree import compared

REF = date(2022, 1, 13)


def read(*texts: str) -> list[V.Value]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, reference=REF)
    return V.read([s for a in arts for s in sentences[a.id]], REF)


def figure(values: list[V.Value], text: str) -> V.Value:
    return next(v for v in values if v.mention.text == text)


def numbers(found) -> list:
    return [d for d in found.disagreements if d.kind == "number"]


def test_the_frame_holds_the_counted_noun_and_its_own_modifiers():
    vals = read("Police logged 14 anti-Muslim hate crimes in the county.",
                "The council passed a $41 million road repair budget on Monday.",
                "Lawmakers weighed the mayor's request for $62 million for next fiscal year's school budget.",
                "The number of anti-Muslim hate-crime incidents rose 12 percent, the report said.",
                "Russia sent 2,300 Russian troops and 13 loaded magazines.")
    assert figure(vals, "14").counted == ("crime", ("anti-muslim", "hate"))
    assert figure(vals, "$41 million").counted == ("budget", ("road", "repair"))
    assert figure(vals, "$62 million").counted == ("budget", ("school",))
    assert figure(vals, "12 percent").counted == ("incident", ("anti-muslim", "hate-crime"))
    assert figure(vals, "2,300").counted == ("troop", ())  # a name says whose, never what kind


def test_hedges_sizes_and_periods_are_no_kind():
    vals = read("Officials reported 900 new cases on Monday.", "They backed a massive $3 billion package.",
                "The plan adds $5 billion worth of annual tariffs.")
    assert figure(vals, "900").counted == ("case", ())
    assert figure(vals, "$3 billion").counted == ("package", ())
    assert figure(vals, "$5 billion").counted == ("tariff", ())


def test_a_kind_of_a_thing_is_never_set_against_the_whole():
    found = compared("The number of anti-Muslim hate-crime incidents rose 12 percent last year, the report said.",
                     "Hate crimes rose 17 percent last year, from 3,100 incidents, the report said.")
    assert numbers(found) == []
    found = compared("Critics attacked the mayor's request for $62 million for next fiscal year's school budget.",
                     "Critics attacked the mayor's $140 million budget for next fiscal year.")
    assert numbers(found) == []


def test_near_cases_stay_one_slot():
    # the other article names the kind elsewhere: its bare noun is a loose form of the same thing
    found = compared("The Senate passed a $512 million school construction bill on Monday.",
                     "The Senate passed the $530 million bill on Monday. The school bill now goes to the governor.")
    assert len(numbers(found)) == 1
    # a nationality is whose, not what kind
    found = compared("Russia sent 2,300 Russian troops to the capital on Monday.",
                     "Russia sent 2,000 troops to the capital on Monday.")
    assert len(numbers(found)) == 1
    # a hedge is no kind
    found = compared("Officials said 900 confirmed cases were reported in the city on Monday.",
                     "Officials said 1,100 cases were reported in the city on Monday.")
    assert len(numbers(found)) == 1
    # a count's modifiers describe more often than they restrict: its noun, event, place and owner decide
    found = compared("The airline canceled at least 1,800 domestic flights over the weekend.",
                     "The airline canceled more than 1,000 flights over the weekend.")
    assert len(numbers(found)) == 1
    # two kinds named on both sides are one thing told two ways as often as two things
    found = compared("The senator defended the $2.25 trillion spending proposal on Monday.",
                     "The senator defended the $2.3 trillion highway proposal on Monday.")
    assert len(numbers(found)) == 1


def test_narrower_needs_the_other_sentence_to_speak_of_the_noun():
    vals = read("Lawmakers weighed the mayor's request for $62 million for next fiscal year's school budget.",
                "The city will spend $90 million on roads.")
    a, b = figure(vals, "$62 million"), figure(vals, "$90 million")
    assert not V.narrower(a, b)  # nothing in b's sentence is a budget: nothing says b is the whole


def test_people_of_one_age_are_a_part_of_people_at_large():
    found = compared("Officials said 41 million people in the state are fully vaccinated.",
                     "Officials said more than 39 million adults are fully vaccinated.")
    assert numbers(found) == []
    # near case: the other article names the age group itself, so its "people" may mean them
    found = compared("Officials said 41 million people in the state are fully vaccinated, nearly all adults.",
                     "Officials said more than 39 million adults are fully vaccinated.")
    assert len(numbers(found)) == 1


def test_a_sum_of_names_its_noun_before_the_amount():
    vals = read("Officials said the federal share of $40 million will be paid next year.",
                "The mayor backed a budget request of $2 billion on Monday.",
                "The Nationals made a first-quarter offer of $160 million.")
    assert figure(vals, "$40 million").counted == ("share", ("federal",))
    assert figure(vals, "$2 billion").counted == ("request", ("budget",))
    assert figure(vals, "$160 million").counted == ("offer", ())  # a period says when, not what kind


def test_a_part_of_a_sum_is_never_the_whole_sum():
    found = compared("Officials said the federal share of $40 million will be paid next year.",
                     "Officials said the $90 million project will be paid next year.")
    assert numbers(found) == []
    # near case: two sums of one kind
    found = compared("Officials said the $40 million project will be paid next year.",
                     "Officials said the $90 million project will be paid next year.")
    assert len(numbers(found)) == 1
    vals = read("Officials said the federal share of $40 million will be paid next year.",
                "Officials said the state will get $45 million next year.")
    assert not V.part_of(figure(vals, "$40 million"), figure(vals, "$45 million"))  # may be the share itself


def test_a_rate_is_compared_only_with_a_rate_of_the_same_denominator():
    vals = read("The flu killed 12 people per 100,000 residents in the city.", "The flu killed 30 people in the city.",
                "The team scored 12 points per game.")
    assert figure(vals, "12").per == "resident"
    assert figure(vals, "30").per is None
    assert V.other_kind(figure(vals, "12"), figure(vals, "30"))
    assert next(v for v in vals if v.article == "c").per is None  # a player's average is ``Value.rate``
    found = compared("The flu killed 12 people per 100,000 residents in the city last winter.",
                     "The flu killed 30 people in the city last winter.")
    assert numbers(found) == []
