"""disagree.values (recall48): counts a story writes without a figure ("twin car bombs"), a person's age written as an
adjective beside the name ("John Smith, a 70-year-old retiree,") and plurals in -men ("three gunmen
opened fire") — read, framed and compared; near cases that must not fire (invented texts only).

recall51: a count of a model ("seven AK-47 assault rifles", "12 AK 47 guns", "seven AK-47s") is a count of
the model, however an article writes the model or calls the weapon."""
from datetime import date

import pytest

from accord.analyse import analyse_story
from accord.disagree import values as V
from accord.model import Article
from tests.test_disagree import compared

REF = date(2022, 1, 13)


def read(*texts: str) -> list[V.Value]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, reference=REF)
    return V.read([s for a in arts for s in sentences[a.id]], REF)


def sides(d) -> list[tuple[str, list[str]]]:
    return sorted((v.value, v.articles) for v in d.values)


def test_twin_before_a_plural_noun_counts_two():
    vals = read("Twin car bombs ripped through the market of Hama on Sunday, killing 14 people.",
                "Police said twin blasts hit two checkpoints in the north of the city.")
    twins = [v for v in vals if v.mention.text.lower() == "twin"]
    assert [(v.point, v.noun) for v in twins] == [(2.0, "bombs"), (2.0, "bombs")]


def test_twin_that_counts_nothing_is_no_figure():
    vals = read("His twin brother was arrested in Leeds on Friday.",  # one brother
                "Two sets of twin girls were born at the hospital this week.",  # the figure before counts
                "A twin-engine plane crashed near the Twin Towers memorial.",  # a modifier, a name
                "The Twin Cities will host the tournament.")
    assert not [v for v in vals if v.mention.text.lower() == "twin"]


def test_twin_bombs_against_three_bombings_of_one_attack():
    found = compared("On Sunday, three suicide bombings in Hama killed 14 people.",
                     "The clashes came after twin car bombs ripped through two districts of Hama on Sunday, "
                     "killing 14 people.")
    [d] = numbers(found)
    assert sides(d) == [("three", ["a"]), ("twin", ["b"])]
    assert d.type == "conflict"


def test_twin_blasts_and_two_bombs_agree():
    found = compared("On Sunday, two bombs exploded in Hama, killing 14 people.",
                     "The clashes came after twin blasts ripped through two districts of Hama on Sunday, "
                     "killing 14 people.")
    assert not numbers(found)


def test_an_age_written_as_an_adjective_beside_the_name_is_the_name_s():
    vals = read("Harold Pinsent, a 70-year-old retiree, was found dead in his flat on Monday.")
    [age] = [v for v in vals if v.type == "age"]
    assert age.anchor == "Harold Pinsent"
    found = compared("Harold Pinsent, a 70-year-old retiree, was found dead in his flat on Monday.",
                     "Harold Pinsent, 72, was found dead in his flat on Monday, police said.")
    [d] = numbers(found)
    assert sides(d) == [("70", ["a"]), ("72", ["b"])]


def test_an_age_of_someone_else_near_the_name_is_not_the_name_s():
    for text in ("Police said Harold Pinsent shot a 70-year-old woman on Monday.",
                 "Harold Pinsent and a 70-year-old woman were injured on Monday.",
                 "Harold Pinsent, a 70-year-old's carer, was questioned on Monday."):
        ages = [v for v in read(text) if v.type == "age"]
        assert all(v.anchor != "Harold Pinsent" for v in ages), text
    found = compared("Police said Harold Pinsent shot a 70-year-old woman on Monday.",
                     "Police said Harold Pinsent, 45, shot a woman on Monday.")
    assert not numbers(found)


def test_a_plural_in_men_is_the_counted_noun():
    [v] = [v for v in read("Three gunmen opened fire on the bus in Quetta on Monday.") if v.type == "count"]
    assert v.noun == "fighters"  # not "fire": "gunmen" is no singular a participle describes
    found = compared("Three gunmen opened fire on the bus in Quetta on Monday, police said.",
                     "Four gunmen opened fire on the bus in Quetta on Monday, police said.")
    [d] = numbers(found)
    assert sides(d) == [("Four", ["b"]), ("Three", ["a"])]


def test_men_plurals_of_two_groups_are_two_slots():
    found = compared("Three gunmen opened fire on the bus in Quetta on Monday, police said.",
                     "Two fishermen were rescued off Quetta's coast on Monday, police said.")
    assert not numbers(found)


def test_twin_bombs_of_another_day_are_another_attack():
    found = compared("On Sunday, three suicide bombings in Hama killed 14 people.",
                     "The clashes came after twin car bombs ripped through two districts of Hama on Tuesday, "
                     "killing six people.")
    assert not [d for d in numbers(found) if "twin" in {v.value for v in d.values}]


def test_twin_is_read_by_the_parsed_reader_too():
    from accord.analyse import nlp, numbers as N
    text = "Officials said twin suicide bombings killed 40 people in the capital."
    found = N.find(text, next(nlp.pipe([text], full=True)))
    assert [(m.text, m.value, m.label) for m in found if m.text == "twin"] == [("twin", 2, "bombing")]
    text = "His twin brother was arrested on Friday."
    assert not [m for m in N.find(text, next(nlp.pipe([text], full=True))) if m.text == "twin"]


def test_half_a_dozen_is_six_and_a_pair_of_is_two():
    from accord.analyse import nlp, numbers as N
    for text, value in (("Half a dozen people were hurt in the fire.", 6), ("A half dozen homes burned.", 6),
                        ("Nearly a dozen people were hurt in the fire.", 12),
                        ("A pair of gunmen stormed the bank on Monday.", 2)):
        found = [m for m in N.find(text, next(nlp.pipe([text], full=True)))]
        assert [m.value for m in found] == [value], text
    vals = read("A pair of gunmen stormed the bank in Hull on Monday.", "Half a dozen people were hurt in the fire.")
    assert sorted((v.point, v.noun) for v in vals if v.type == "count") == [(2.0, "fighters"), (6.0, "people")]


def test_pairs_counted_by_a_figure_are_that_figure_s():
    vals = read("He was carrying two pairs of gloves when he was arrested in Hull on Monday.")
    assert [(v.point, v.mention.text) for v in vals if v.type == "count"] == [(2.0, "two")]


def test_a_participle_before_a_preposition_is_the_count_s_event():
    vals = read("In Athens, 20,000 people marched through the city centre on Saturday.")
    [v] = [v for v in vals if v.type == "count"]
    assert v.event == "marched"
    vals = read("Police seized 13 loaded magazines in Athens on Saturday.")  # near case: an adjective
    assert [v.event for v in vals if v.type == "count"] != ["loaded"]


def test_a_name_set_beside_an_aged_noun_has_that_age():
    for text in ("The 70-year-old grandfather, Harold Pinsent, said the mother was in bad shape.",
                 "A 70-year-old man, Harold Pinsent, was arrested on Monday."):
        [age] = [v for v in read(text) if v.type == "age"]
        assert age.anchor == "Harold Pinsent", text
    found = compared("The 70-year-old grandfather, Harold Pinsent, said the mother was in bad shape.",
                     "Harold Pinsent, 72, said on Monday the mother was in bad shape.")
    [d] = numbers(found)
    assert sides(d) == [("70", ["a"]), ("72", ["b"])]


def test_an_aged_noun_in_a_list_or_of_the_name_is_not_the_name_s():
    for text in ("A 70-year-old woman, Harold Pinsent and two children were hurt on Monday.",
                 "A 70-year-old woman, Harold Pinsent, and two children were hurt on Monday.",
                 "Harold Pinsent's 70-year-old grandfather said the mother was in bad shape."):
        ages = [v for v in read(text) if v.type == "age"]
        assert all(v.anchor != "Harold Pinsent" for v in ages), text


def test_two_floors_one_in_dozen_words_are_not_checked_against_each_other():
    found = compared("Officials said on Friday the hack affected at least five federal agencies.",
                     "Officials said on Friday the hack affected at least half a dozen federal agencies.")
    assert not numbers(found)
    # near cases: two floors in figures still differ; a dozen-word floor against a figure below it conflicts
    found = compared("Officials said on Friday the hack affected at least six federal agencies.",
                     "Officials said on Friday the hack affected at least five federal agencies.")
    assert [d.type for d in numbers(found)] == ["vague"]
    found = compared("Officials said on Friday the hack affected three federal agencies.",
                     "Officials said on Friday the hack affected at least half a dozen federal agencies.")
    [d] = numbers(found)
    assert d.type == "conflict"


def test_a_gun_model_is_one_noun_however_it_is_written():
    vals = read("Soldiers seized nine AK-47 assault rifles from the smugglers' lorry.",
                "The soldiers recovered 14 AK 47 guns from the lorry.",
                "Nine AK-47s were found in the lorry.")
    assert sorted((v.point, v.noun, v.place) for v in vals if v.type == "count") == \
        [(9.0, "AK-47", None), (9.0, "AK-47", None), (14.0, "AK-47", None)]


def test_a_handgun_model_is_its_name_too():
    """review of recall51: every firearm noun (details' list) names a gun model by the model alone."""
    vals = read("Police found three M9 pistols in the car.", "Police found four M9 handguns in the car.",
                "Police found four M9 guns in the car.")
    assert sorted(v.noun for v in vals if v.type == "count") == ["M9", "M9", "M9"]


def test_other_models_keep_their_noun():
    vals = read("The air force sent two F-16 jets to the border.",
                "Nurses treated 12 COVID-19 patients on the ward.",
                "The air force sent three F-16s to the border.")
    assert sorted(v.noun for v in vals if v.type == "count") == ["COVID-19 patient", "F-16", "F-16 aircraft"]


def test_counts_of_one_gun_model_disagree():
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards recovered 14 AK 47 guns from the smugglers' lorry near Tarsa on Monday.")
    [d] = numbers(found)
    assert sides(d) == [("14", ["b"]), ("nine", ["a"])]
    assert d.type == "conflict"


@pytest.mark.parametrize("other", [
    # two models: AK-47s and M-16s are two things counted
    "Border guards seized 14 M16 rifles from the smugglers' lorry near Tarsa on Monday.",
    # one model and all the guns: the AK-47s are a part of the guns
    "Border guards seized 14 guns from the smugglers' lorry near Tarsa on Monday.",
], ids=["two-models", "a-model-and-all-guns"])
def test_two_models_or_a_model_and_all_guns_are_no_slot(other):
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     other)
    assert not numbers(found)


def test_one_count_of_a_model_written_two_ways_agrees():
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized nine AK 47 guns from the smugglers' lorry near Tarsa on Monday.",
                     "Nine AK-47s were seized from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)


# --- from test_disagree_frames (frames44): a figure's frame carries what it counts, and two figures are one slot only when
# one's kind is not a narrower kind of the other's ---
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


@pytest.mark.parametrize(("a", "b"), [
    ("The number of anti-Muslim hate-crime incidents rose 12 percent last year, the report said.",
     "Hate crimes rose 17 percent last year, from 3,100 incidents, the report said."),
    ("Critics attacked the mayor's request for $62 million for next fiscal year's school budget.",
     "Critics attacked the mayor's $140 million budget for next fiscal year."),
], ids=["hate-crime-incidents", "school-budget"])
def test_a_kind_of_a_thing_is_never_set_against_the_whole(a, b):
    assert numbers(compared(a, b)) == []


@pytest.mark.parametrize(("a", "b"), [
    # the other article names the kind elsewhere: its bare noun is a loose form of the same thing
    ("The Senate passed a $512 million school construction bill on Monday.",
     "The Senate passed the $530 million bill on Monday. The school bill now goes to the governor."),
    # a nationality is whose, not what kind
    ("Russia sent 2,300 Russian troops to the capital on Monday.", "Russia sent 2,000 troops to the capital on Monday."),
    # a hedge is no kind
    ("Officials said 900 confirmed cases were reported in the city on Monday.",
     "Officials said 1,100 cases were reported in the city on Monday."),
    # a count's modifiers describe more often than they restrict: its noun, event, place and owner decide
    ("The airline canceled at least 1,800 domestic flights over the weekend.",
     "The airline canceled more than 1,000 flights over the weekend."),
    # two kinds named on both sides are one thing told two ways as often as two things
    ("The senator defended the $2.25 trillion spending proposal on Monday.",
     "The senator defended the $2.3 trillion highway proposal on Monday."),
], ids=["kind-named-elsewhere", "nationality", "hedge", "modifiers", "two-kinds"])
def test_near_cases_stay_one_slot(a, b):
    assert len(numbers(compared(a, b))) == 1


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


@pytest.mark.parametrize(("a", "b"), [
    ("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
     "Oskar Brandt, the mayor's husband and a fixture of the city council for nearly six decades, "
     "died at home on Sunday, the family said."),
    ("The pair divorced on Monday after 17 years of marriage, the court said.",
     "The pair divorced on Monday after sharing a bakery for nearly 22 years, the court said."),
], ids=["husband-of-and-council", "marriage-and-bakery"])
def test_the_length_of_a_marriage_is_not_the_length_of_a_career(a, b):
    assert numbers(compared(a, b)) == []


def test_an_article_stating_the_named_length_without_its_thing_joins_it_not_the_other_length():
    found = compared("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, the mayor's rock for 52 years, died at home on Sunday, the family said.",
                     "Oskar Brandt, a fixture of the city council for nearly six decades, died at home on Sunday, "
                     "the family said.")
    assert numbers(found) == []


@pytest.mark.parametrize(("a", "b"), [
    # the same thing in other words: one marriage ("husband of" / "married for")
    ("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
     "Oskar Brandt, who had been married to the mayor for 54 years, died at home on Sunday, the family said."),
    # one stem ("marriage" / "married")
    ("The pair divorced on Monday after 17 years of marriage, the court said.",
     "The pair, married for 19 years, divorced on Monday, the court said."),
    # the other figure's words tell nothing the named length's sentence does not: the same length, its
    # thing left unsaid
    ("Oskar Brandt, the mayor's husband of 52 years, died at home on Sunday, the family said.",
     "Oskar Brandt died at home on Sunday after 54 years, the family said."),
    # no thing named on either side: as before
    ("The hearing on the dam lasted nine hours on Monday.", "The hearing on the dam lasted 11 hours on Monday."),
], ids=["other-words", "one-stem", "thing-unsaid", "no-thing-named"])
def test_lengths_of_one_thing_still_disagree(a, b):
    assert len(numbers(compared(a, b))) == 1


# -- one group and the crowd ------------------------------------------------------------------------------

def test_one_group_is_not_the_crowd():
    vals = read("A group of about 120 pilgrims left the camp on Friday.", "About 120 pilgrims left the camp on Friday.")
    assert figure(vals, "about 120").group
    assert not [v for v in vals if v.mention.text == "About 120" and v.group]
    found = compared("A group of about 120 pilgrims carrying banners split from the march near the border on Friday.",
                     "Hundreds of pilgrims gathered near the border on Friday, officials said.")
    assert numbers(found) == []


@pytest.mark.parametrize(("a", "b"), [
    # a figure, not a crowd in words: the group's size told two ways
    ("A group of about 120 pilgrims carrying banners split from the march near the border on Friday.",
     "About 90 pilgrims carrying banners split from the march near the border on Friday."),
    # the same happening on both sides: the same people
    ("A group of about 40 tourists was kidnapped near the border on Friday, officials said.",
     "Dozens of tourists were kidnapped near the border on Friday, officials said."),
], ids=["a-figure", "the-same-happening"])
def test_a_group_still_disagrees_with_a_figure_or_the_same_happening(a, b):
    assert len(numbers(compared(a, b))) == 1


# -- bounds around one figure ----------------------------------------------------------------------------

def test_two_bounds_that_meet_are_one_figure():
    found = compared("Officials said close to 7,500 of the migrants were unaccompanied minors on Monday.",
                     "Officials said more than 7,400 of the migrants were unaccompanied minors on Monday.")
    assert numbers(found) == []


@pytest.mark.parametrize(("below", "above"), [("1,400", "1,000"), ("300", "300")], ids=["far-apart", "around-one-number"])
def test_bounds_far_apart_or_around_one_number_still_disagree(below, above):
    found = compared(f"Police said nearly {below} people were detained at the rally on Saturday.",
                     f"Police said more than {above} people were detained at the rally on Saturday.")
    assert len(numbers(found)) == 1


# -- a compound written apart in a quote ------------------------------------------------------------------

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


# -- recall53: a name after "as a" says what someone is, not where ------------------------------------------

def test_a_name_after_as_a_is_no_place():
    vals = read("Tom Jones now has 1,512 points in 98 games as a Wildcat.")
    points = [v for v in vals if v.mention.text == "1,512"]
    assert points and points[0].place is None
    # near case: a place named with "in" stays the figure's place
    vals = read("Tom Jones now has 1,512 points in 98 games in Kentucky.")
    points = [v for v in vals if v.mention.text == "1,512"]
    assert points and points[0].place == "Kentucky"


def test_a_career_total_told_as_a_team_member_is_compared():
    # main took "Wildcat" for a place: the total was a local part of the game's 14 points and was dropped
    found = compared("Coach Miller said the guard scored 14 points on Friday. Tom Jones now has 1,512 points in "
                     "98 games as a Wildcat, but who's counting?",
                     "Tom Jones ended the night with 1,612 points, the school said.",
                     "Tom Jones, a senior, now has 1,612 points after the win.")
    assert [sides(d) for d in numbers(found)] == [[("1,512", ["a"]), ("1,612", ["b", "c"])]]
    # near case: a total told of one place is still a part of the whole, never compared with it
    found = compared("Coach Miller said the guard scored 14 points on Friday. Tom Jones now has 1,512 points in "
                     "98 games in Kentucky.",
                     "Tom Jones ended the night with 1,612 points, the school said.",
                     "Tom Jones, a senior, now has 1,612 points after the win.")
    assert numbers(found) == []


# -- recall53: a prison term given or served, told as a modifier ("received a five-year sentence") -----------

def test_a_term_received_as_a_modifier_is_a_custody_duration():
    vals = read("Tom Smith received a five - year sentence for fraud on Monday.")
    terms = [v for v in vals if v.type == "duration"]
    assert [(v.point, v.head) for v in terms] == [(5 * 365.25, "custody")]
    vals = read("Tom Smith is serving a 12-year jail sentence for fraud.")
    assert [(v.point, v.head) for v in vals if v.type == "duration"] == [(12 * 365.25, "custody")]


def test_a_term_received_disagrees_with_a_term_told_in_years_in_prison():
    found = compared("Tom Smith received a five-year sentence for fraud on Monday.",
                     "Tom Smith was sentenced to seven years in prison for fraud on Monday.")
    assert [sides(d) for d in numbers(found)] == [[("five-year", ["a"]), ("seven years", ["b"])]]
    found = compared("Tom Smith was handed a 10 - year prison term for fraud on Monday.",
                     "A judge sentenced Tom Smith to eight years in prison for fraud on Monday.")
    assert len(numbers(found)) == 1
    # the same term told both ways agrees
    found = compared("Tom Smith is serving a 12-year sentence for fraud, officials said on Monday.",
                     "Tom Smith was sentenced to 12 years in prison for fraud, officials said on Monday.")
    assert numbers(found) == []


def test_terms_not_given_or_not_custody_are_not_read():
    # near cases: a term someone faces or a law sets, an office's term, a suspended sentence, another person's
    for text in ("Tom Smith faces a five-year sentence for fraud, prosecutors said on Monday.",
                 "Tom Smith could get a maximum 10-year sentence for fraud, prosecutors said on Monday.",
                 "Tom Smith began a four-year term as mayor on Monday.",
                 "Tom Smith received a two-year suspended sentence for fraud on Monday.",
                 "Tom Smith received a five-year plan from the board on Monday."):
        assert [v for v in read(text) if v.type == "duration"] == [], text
    found = compared("Tom Smith received a five-year sentence for fraud on Monday.",
                     "His partner, Bill Jones, was sentenced to seven years in prison for fraud on Monday.")
    assert numbers(found) == []
    found = compared("In 1990 Tom Smith received a five-year sentence for fraud.",
                     "Tom Smith was sentenced to seven years in prison for fraud on Monday.")
    assert numbers(found) == []


def test_a_term_is_read_only_with_its_holder_named():
    # blind reading of recall53: a family's name or a possessive is not whose term it is
    for text in ("The reputed head of the Smith family was serving a 12-year sentence in Missouri.",
                 "Tom Smith's brother received a five-year sentence for fraud on Monday.",
                 "The former governor, who is serving a 14-year prison term, asked for clemency."):
        assert [v for v in read(text) if v.type == "duration"] == [], text
    vals = read("Tom Smith, the head of the family, was serving a 12-year sentence in Missouri.")
    assert [(v.point, v.owner) for v in vals if v.type == "duration"] == [(12 * 365.25, "Tom Smith")]


# -- mend55 (issue 11): recall53's readings kept to what they were written for ------------------------------

def test_a_place_before_a_common_noun_after_as_a_is_still_a_place():
    # "as a" is the conjunction here: the name before "hotel" is where it happened
    vals = read("At least 12 people were killed as a Kabul hotel came under attack on Monday.")
    killed = [v for v in vals if v.mention.value == 12]
    assert killed and killed[0].place == "Kabul"
    found = compared("At least 12 people were killed as a Kabul hotel came under attack on Monday.",
                     "At least 15 people were killed as a Jalalabad hotel came under attack on Monday.")
    assert numbers(found) == []
    # near cases: the name ends its noun phrase, so it is what someone is
    for text in ("Tom Jones scored 1,512 points in 98 games as a Wildcat, the school said.",
                 "Tom Jones scored 1,512 points in 98 games as a Wildcat in 2009."):
        points = [v for v in read(text) if v.mention.text == "1,512"]
        assert points and points[0].place is None, text


def test_a_term_asked_for_or_hypothetical_is_not_read():
    for text in ("Prosecutors asked that Tom Smith be given a 10-year sentence for fraud on Monday.",
                 "Prosecutors had wanted Tom Smith to be given a 10-year sentence for fraud.",
                 "Tom Smith could be given a 10-year sentence for fraud, prosecutors said on Monday.",
                 "Tom Smith would be handed a 10-year prison term for fraud under the law.",
                 "Prosecutors sought to have Tom Smith handed a 10-year sentence for fraud."):
        assert [v for v in read(text) if v.type == "duration"] == [], text
    found = compared("Prosecutors asked that Tom Smith be given a 10-year sentence for fraud on Monday.",
                     "Tom Smith was sentenced to seven years in prison for fraud on Monday.")
    assert numbers(found) == []
    # near case: a term given is read, and one being served
    for text in ("Tom Smith was given a 10-year sentence for fraud on Monday.",
                 "Tom Smith is being served a 10-year sentence for fraud, officials said."):
        assert [v.point for v in read(text) if v.type == "duration"] == [10 * 365.25], text


def test_a_relatives_term_is_not_the_named_persons():
    for text in ("Tom Smith, whose brother received a five-year sentence for fraud, was sentenced on Monday.",
                 "A judge told Tom Smith that his son was given a five-year sentence.",
                 "Tom Smith said her husband was handed a five-year prison term on Monday."):
        assert [v for v in read(text) if v.type == "duration"] == [], text
    # another person named between: the term is his, never Tom Smith's
    vals = read("Tom Smith said Bill Jones received a five-year sentence for fraud on Monday.")
    assert [v.owner for v in vals if v.type == "duration"] in ([], ["Bill Jones"])
    # near case: the named person's own term, with his own words around it
    vals = read("Tom Smith received a five-year sentence for fraud on Monday.")
    assert [(v.point, v.owner) for v in vals if v.type == "duration"] == [(5 * 365.25, "Tom Smith")]


def test_a_term_begun_is_read():
    for text in ("Tom Smith began a five-year prison sentence for fraud on Monday.",
                 "Tom Smith started serving a five-year sentence for fraud on Monday."):
        assert [v.point for v in read(text) if v.type == "duration"] == [5 * 365.25], text
    # near case: an office's term begun is no custody
    assert [v for v in read("Tom Smith began a four-year term as mayor on Monday.") if v.type == "duration"] == []


def test_an_earlier_term_is_not_the_term_given():
    for text in ("Tom Smith previously served a five-year sentence for robbery, the court heard on Monday.",
                 "Tom Smith had served a five-year sentence for robbery, the court heard on Monday.",
                 "Tom Smith once received a five-year sentence for robbery.",
                 "Tom Smith served a five-year sentence for a previous robbery conviction."):
        assert [v for v in read(text) if v.type == "duration"] == [], text
    found = compared("Tom Smith previously served a five-year sentence for robbery, the court heard on Monday.",
                     "Tom Smith was sentenced to seven years in prison for fraud on Monday.")
    assert numbers(found) == []
    # near case: the term given now, with an earlier crime named in another clause
    vals = read("Tom Smith received a five-year sentence for fraud on Monday, after an earlier trial.")
    assert [v.point for v in vals if v.type == "duration"] == [5 * 365.25]


# recall65: a time unit abbreviated after a figure ("Running time: 95 MIN.", "2 hrs") is a length in that
# unit, in any case; "min" inside another word or a name ("Min Ko Naing") is not.
@pytest.mark.parametrize("text, days", [
    ("Running time: 95 MIN.", 95 / 1440),
    ("The flight takes 2 hrs from Nairobi.", 2 / 24),
    ("The closing sequence runs for 45 secs before the credits.", 45 / 86400),
    ("The documentary runs 104 min and opens on Friday.", 104 / 1440),
])
def test_an_abbreviated_time_unit_is_a_length(text, days):
    durations = [v for v in read(text) if v.type == "duration"]
    assert len(durations) == 1 and durations[0].point == pytest.approx(days)


@pytest.mark.parametrize("text", [
    "Police said 12 minors were detained at the rally.",
    "Activist Min Ko Naing said 30 students were arrested.",
    "The ministry hired 40 mining engineers this year.",
])
def test_words_that_start_like_a_unit_are_no_unit(text):
    assert not [v for v in read(text) if v.type == "duration"]


def test_a_running_time_in_an_abbreviation_is_one_type_with_one_in_words():
    vals = sorted(round(v.point * 1440) for v in read("Running time: 112 MIN.", "Running time: 1 hour, 38 minutes.")
                  if v.type == "duration")
    assert vals == [98, 112]


def test_a_military_time_before_hrs_is_no_length():
    # "at 1100 hrs": eleven o'clock, not eleven hundred hours
    assert not [v for v in read("Pirates attacked the tanker at about 1100 hrs local time, the navy said.")
                if v.type == "duration"]


def test_sec_as_a_title_is_no_length():
    assert not [v for v in read("The 2 Sec. of State aides resigned on Friday.") if v.type == "duration"]


def test_a_noun_written_plural_after_a_figure_is_labelled_as_written():
    found = compared("Tom Reed, a retired teacher, died on Monday. He is survived by his wife and nine grandchildren.",
                     "Tom Reed, a retired teacher, died on Monday. He is survived by his wife, two sons and seven "
                     "grandchildren.")
    [d] = numbers(found)
    assert d.about == "grandchildren"  # not "grandchildrens"
    found = compared("Police said 12 protesters were arrested at the rally on Monday.",
                     "Police said 15 protesters were arrested at the rally on Monday.")
    assert [d.about for d in numbers(found)] == ["people arrested on Monday"]


def test_a_hyphenated_figure_and_noun_keep_the_plain_plural():
    found = compared("He posted a nearly 6,000-word manifesto online on Thursday, police said.",
                     "He posted a 5,500-word manifesto online on Thursday, police said.")
    assert [d.about for d in numbers(found)] == ["words"]  # "6,000-word" is an attribute, singular by rule


def test_a_figure_after_a_dated_dateline_is_read():
    """user71: "HARTFIELD, June 9, 2021 — 18 people were hurt" read "9, 2021 —" as a count and the dash as
    the start of its breakdown, so the lede's toll was taken for a part and no disagreement was told."""
    vals = read("HARTFIELD, June 9, 2021 — At least 18 people were hurt when a tram left the rails, police said.",
                "June 9, 2021 — 11 people were hurt when a tram left the rails in Hartfield, officials said.")
    assert sorted(v.point for v in vals if v.type == "count") == [11.0, 18.0]
    # a breakdown after a dash is still a part of the count before it
    part = read("Five crew members – four men and a woman – were rescued from the ferry on Sunday.")
    assert [v.point for v in part if v.type == "count"] == [5.0]


def test_a_breakdown_right_after_a_date_is_still_a_part():
    """mend116: the breakdown pattern's first match began at the date's day ("3 twelve people –") and,
    as a date, was dropped without trying the count after it: "nine" was read as a total."""
    vals = read("On March 3 twelve people – nine passengers and three pedestrians – were killed when a bus "
                "struck a tram in Ostbrook, police said.")
    assert [v.point for v in vals if v.type == "count"] == [12.0, 3.0]


def test_a_figure_after_a_dated_date_and_a_colon_is_read():
    """mend116: "2025: 40,000 homes" was read as a clock time ("25:40") and the figure lost."""
    vals = read("Sunday, Jan. 5, 2025: 40,000 homes lost power in Velmar after the storm, the utility said.")
    assert [v.point for v in vals if v.type == "count"] == [40000.0]
    clock = read("The storm hit Velmar at 9: 40 on Sunday, and 300 homes lost power, the utility said.")
    assert [v.point for v in clock if v.type == "count"] == [300.0]
