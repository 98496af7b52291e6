"""frames44: a figure's frame carries what it counts — the counted noun with its own modifiers — and two
figures are one slot only when one's kind is not a narrower kind of the other's (invented texts only)."""
from datetime import date

from accord.analyse import analyse_story
from accord.disagree import values as V
from accord.disagree.quotes import material
from accord.model import Article
from accord.options import DEFAULT
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


# == precision45: one thing told two ways, or two things told in one frame ==============================
# the length of a named thing and another length, one group and the crowd, two bounds around one figure,
# a month counted as four weeks, one compound written apart; each rule with near cases that must still report

# -- what a length is of ---------------------------------------------------------------------------------

def test_a_length_names_the_thing_it_is_of():
    vals = read("Marta Lindqvist, the senator's wife of 41 years, died on Sunday.",
                "The couple split after 12 years of marriage, a court heard on Monday.",
                "He worked at the mill for 30 years before he retired.",
                "The inmate served a period of 10 years in the state prison.")
    assert figure(vals, "41").of == "wife"
    assert figure(vals, "12").of == "marriage"
    assert figure(vals, "30").of is None  # "for 30 years": of whatever its clause says
    assert figure(vals, "10").of is None  # "a period of": how a length is told, not what it is of


def test_the_length_of_a_marriage_is_not_the_length_of_a_career():
    found = compared("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, the mayor's husband and a fixture of the city council for nearly six decades, "
                     "died at home on Sunday, the family said.")
    assert numbers(found) == []
    found = compared("The pair divorced on Monday after 17 years of marriage, the court said.",
                     "The pair divorced on Monday after sharing a bakery for nearly 22 years, the court said.")
    assert numbers(found) == []


def test_an_article_stating_the_named_length_without_its_thing_joins_it_not_the_other_length():
    found = compared("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, the mayor's rock for 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, a fixture of the city council for nearly six decades, died at home on Sunday, "
                     "the family said.")
    assert numbers(found) == []


def test_lengths_of_one_thing_still_disagree():
    # the same thing in other words: one marriage ("husband of" / "married for")
    found = compared("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, who had been married to the mayor for 54 years, died at home on Sunday, "
                     "the family said.")
    assert len(numbers(found)) == 1
    # one stem ("marriage" / "married")
    found = compared("The pair divorced on Monday after 17 years of marriage, the court said.",
                     "The pair, married for 19 years, divorced on Monday, the court said.")
    assert len(numbers(found)) == 1
    # the other figure's words tell nothing the named length's sentence does not: the same length, its
    # thing left unsaid
    found = compared("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt died at home on Sunday after 54 years, the family said.")
    assert len(numbers(found)) == 1
    # no thing named on either side: as before
    found = compared("The hearing on the dam lasted nine hours on Monday.",
                     "The hearing on the dam lasted 11 hours on Monday.")
    assert len(numbers(found)) == 1


# -- one group and the crowd ------------------------------------------------------------------------------

def test_one_group_is_not_the_crowd():
    vals = read("A group of about 120 pilgrims left the camp on Friday.", "About 120 pilgrims left the camp on Friday.")
    assert figure(vals, "about 120").group
    assert not [v for v in vals if v.mention.text == "About 120" and v.group]
    found = compared("A group of about 120 pilgrims carrying banners split from the march near the border on Friday.",
                     "Hundreds of pilgrims gathered near the border on Friday, officials said.")
    assert numbers(found) == []


def test_a_group_still_disagrees_with_a_figure_or_the_same_happening():
    # a figure, not a crowd in words: the group's size told two ways
    found = compared("A group of about 120 pilgrims carrying banners split from the march near the border on Friday.",
                     "About 90 pilgrims carrying banners split from the march near the border on Friday.")
    assert len(numbers(found)) == 1
    # the same happening on both sides: the same people
    found = compared("A group of about 40 tourists was kidnapped near the border on Friday, officials said.",
                     "Dozens of tourists were kidnapped near the border on Friday, officials said.")
    assert len(numbers(found)) == 1


# -- bounds around one figure ----------------------------------------------------------------------------

def test_two_bounds_that_meet_are_one_figure():
    found = compared("Officials said close to 7,500 of the migrants were unaccompanied minors on Monday.",
                     "Officials said more than 7,400 of the migrants were unaccompanied minors on Monday.")
    assert numbers(found) == []


def test_bounds_far_apart_or_around_one_number_still_disagree():
    found = compared("Police said nearly 1,400 people were detained at the rally on Saturday.",
                     "Police said more than 1,000 people were detained at the rally on Saturday.")
    assert len(numbers(found)) == 1
    found = compared("Police said nearly 300 people were detained at the rally on Saturday.",
                     "Police said more than 300 people were detained at the rally on Saturday.")
    assert len(numbers(found)) == 1


# -- a compound written apart in a quote ------------------------------------------------------------------

def test_a_compound_written_apart_is_one_wording():
    assert material("We will not be the middle man between the growers and the buyers, ever.",
                    "We will not be the middleman between the growers and the buyers, ever.", DEFAULT) is None
    assert material("Child care costs more than rent for most of the families we see.",
                    "Childcare costs more than rent for most of the families we see.", DEFAULT) is None
    # a filler the editor dropped beside it ("just") is no difference either
    assert material("We were just middle men between the growers and the buyers at the county market this summer.",
                    "We were middlemen between the growers and the buyers at the county market this summer.",
                    DEFAULT) is None
    # another word in its place still changes what was said
    assert material("We will not be the middle man between the growers and the buyers at the county market this summer.",
                    "We will not be the sole agent between the growers and the buyers at the county market this summer.",
                    DEFAULT) is not None


def test_a_length_of_an_activity_told_in_the_same_words_stays_one_slot():
    # "days of deliberations" / "took … to reach a verdict": one jury's deliberation, its activity unsaid
    found = compared("It took the jury less than three days of deliberations to reach its verdict on Friday.",
                     "The jury took less than a day to reach a verdict on Friday.")
    assert len(numbers(found)) == 1


# -- a month counted as four weeks ------------------------------------------------------------------------

def test_eight_weeks_are_two_months():
    found = compared("The couple have been married just eight short weeks, friends said on Monday.",
                     "The couple split just two months into their marriage, friends said on Monday.")
    assert numbers(found) == []


def test_weeks_that_are_not_four_a_month_still_disagree():
    found = compared("The couple have been married just six short weeks, friends said on Monday.",
                     "The couple split just two months into their marriage, friends said on Monday.")
    assert len(numbers(found)) == 1


# -- people of one age: the people side's own sentence decides --------------------------------------------

def test_people_of_one_age_against_people_named_in_another_sentence():
    # the people side's article speaks of adults elsewhere, not in the sentence that counts people
    found = compared("Officials said 41 million people in the state are fully vaccinated. Most adults have had "
                     "at least one dose, officials said.",
                     "Officials said more than 39 million adults are fully vaccinated.")
    assert numbers(found) == []
    # near case: the people sentence itself names adults, so its "people" may be them
    found = compared("Officials said 41 million people in the state are fully vaccinated, nearly all adults.",
                     "Officials said more than 39 million adults are fully vaccinated.")
    assert len(numbers(found)) == 1
