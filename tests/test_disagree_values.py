"""disagree.values (recall48): counts a story writes without a figure ("twin car bombs"), a person's age written as an
adjective beside the name ("John Smith, a 70-year-old retiree,") and plurals in -men ("three gunmen
opened fire") — read, framed and compared; near cases that must not fire (invented texts only).

recall51: a count of a model ("seven AK-47 assault rifles", "12 AK 47 guns", "seven AK-47s") is a count of
the model, however an article writes the model or calls the weapon."""
from datetime import date

from accord.analyse import analyse_story
from accord.disagree import values as V
from accord.model import Article
from tests.test_disagree import compared
from tests.test_disagree_frames import numbers

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


def test_two_models_or_a_model_and_all_guns_are_no_slot():
    # two models: AK-47s and M-16s are two things counted
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized 14 M16 rifles from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)
    # one model and all the guns: the AK-47s are a part of the guns
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized 14 guns from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)


def test_one_count_of_a_model_written_two_ways_agrees():
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized nine AK 47 guns from the smugglers' lorry near Tarsa on Monday.",
                     "Nine AK-47s were seized from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)
