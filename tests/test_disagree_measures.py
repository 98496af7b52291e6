"""disagree.measures: a quake's magnitude, a temperature, a weight, an area, each on a small
hand-written story (never the gold texts)."""
import dataclasses

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.model import Article, Disagreement
from accord.options import DEFAULT


def measured(*texts: str) -> list[Disagreement]:
    """The measure disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.anchor in ("magnitude", "temperature", "weight", "area", "speed")]


def test_two_magnitudes_of_one_quake():
    (d,) = measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday, the institute said.",
                    "An earthquake of magnitude 6.2 struck the island of Kethos on Sunday, officials said.")
    assert {v.normalized for v in d.values} == {5.8, 6.2}
    assert d.type == "conflict" and d.about == "magnitude of the earthquake"


def test_one_magnitude_written_two_ways_agrees():
    assert measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday.",
                    "The earthquake, which measured 5.8 on the Richter scale, struck Kethos on Sunday.") == []


def test_two_quakes_on_two_days_are_two_slots():
    assert measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday.",
                    "A 5.1-magnitude earthquake struck the island of Kethos on Monday.") == []


def test_an_article_giving_two_readings_is_no_side():
    assert measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday.",
                    "The earthquake on Kethos measured 5.9 by the institute's count and magnitude 6.2 by the survey's.") == []


def test_temperatures_and_their_sign():
    (d,) = measured("Firefighters battled the church blaze in minus 17 degrees overnight.",
                    "Firefighters battled the church blaze in minus 20 degrees overnight.")
    assert {v.normalized for v in d.values} == {17, 20}
    # the same figure above and below zero is two values; an angle is no temperature
    assert measured("The plane made a 180-degree turn over the bay.", "The plane made a 90-degree turn over the bay.") == []


def test_a_weight_in_two_units_is_one_value():
    (d,) = measured("The suspect is described as 5 feet 6 inches tall and 130 pounds.",
                    "The suspect is described as 5 feet 6 inches tall and 135 pounds.")
    assert d.anchor == "weight"
    assert measured("The suspect is described as 5 feet 6 inches tall and 130 pounds (59 kilograms).",
                    "The suspect is described as 5 feet 6 inches tall and weighing 59 kilograms.") == []


def test_a_loose_area_is_vague():
    (d,) = measured("The fire destroyed the 9-acre dairy block near the river.",
                    "The fire destroyed the dairy block of about 8.7 acres near the river.")
    assert d.type == "vague"


def test_tokenised_decimals_and_general_statements():
    # tokenised text writes 5.9 as "5. 9": one figure, not 5 and 9
    (d,) = measured("A magnitude - 5. 9 earthquake struck the island of Kethos on Sunday.",
                    "A 6. 1 - magnitude earthquake struck the island of Kethos on Sunday.")
    assert {v.normalized for v in d.values} == {5.9, 6.1}
    # what a magnitude does in general, and another month's quake, are no side
    assert measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday.",
                    "A magnitude 6.0 earthquake can cause severe damage on the island of Kethos.") == []
    assert measured("A 5.8-magnitude earthquake struck the island of Kethos on Sunday.",
                    "A 6.1-magnitude earthquake struck the island of Kethos in September.") == []


def test_tokenised_measures_and_a_temperature_without_degrees():
    (d,) = measured("The fire destroyed the 9 - acre dairy block near the river.",
                    "The fire destroyed the dairy block, an area of about 8. 7 acres near the river.")
    assert {v.normalized for v in d.values} == {9, 8.7} and d.type == "vague"
    (d,) = measured("Firefighters fought the church blaze in temperatures of minus 17 degrees.",
                    "Outside temperatures were minus 20 as firefighters fought the church blaze.")
    assert {v.normalized for v in d.values} == {17, 20}


def ranked(*texts: str) -> list[Disagreement]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.about.startswith("which ")]


def test_which_one_of_a_series_an_ordinal_ranks():
    (d,) = ranked("The bill would change the second line of the anthem, which was written in 1908.",
                  "The bill would change the third line of the anthem, which was written in 1908.")
    assert {v.value for v in d.values} == {"second", "third"} and d.about.startswith("which line")
    (d,) = ranked("The couple were pulled from the 17th floor of the tower, firefighters said.",
                  "The couple were pulled from the 15th floor of the tower, firefighters said.")
    assert {v.normalized for v in d.values} == {17, 15}


def test_ordinals_of_parts_of_a_game_or_of_a_series_are_no_slot():
    # quarters, seasons, days of a run: many in one story; "the fifth coach to be fired": another series
    assert ranked("He scored in the third quarter of the game.", "He scored in the fourth quarter of the game.") == []
    assert ranked("He was in his fourth season as coach of the team.",
                  "He was in his 21st season as coach of the team.") == []
    assert ranked("Cole became the fifth head coach to be fired this season.",
                  "Cole became the fourth head coach to be fired this season.") == []


def test_a_distance_converted_between_unit_systems_under_a_bound_is_one_value():
    # "more than half a mile" / "around 1 kilometer": one depth, converted and rounded under a bound
    from accord.disagree.pairs import same_value
    from accord.disagree.values import read
    from accord.analyse import analyse_story
    from accord.model import Article
    from accord.options import DEFAULT

    def one(text: str):
        sents = [s for ss in analyse_story([Article(id="a", title="", text=text)], DEFAULT)[0].values() for s in ss]
        (v,) = [v for v in read(sents) if v.type == "distance"]
        return v

    assert same_value(one("The wreck lies at a depth of more than half a mile."),
                      one("The wreck lies at a depth of around 1 kilometer."))
    assert same_value(one("He lived half a mile away."), one("He lived 800 metres away."))  # near case
    # near case: ranges apart stay a disagreement across systems
    assert not same_value(one("The town is about two miles away."), one("The town is about 5 kilometres away."))


def test_one_persons_weight_in_two_descriptions():
    """disagree29: a wanted man's description as height and weight, worded two ways: the same height
    makes the weights one slot however unlike the sentences. Near case: two heights are two people."""
    (d,) = measured("He is 5 - feet - 8 inches tall, weighing 130 pounds, and has a shaved head.",
                    "Deputies said that Marlow is 5-foot-8, 135 pounds, with tattoos on his arms.")
    assert d.anchor == "weight" and len(d.values) == 2 and d.type == "conflict"
    assert measured("He is 5 - feet - 8 inches tall, weighing 130 pounds, and has a shaved head.",
                    "Deputies said that Marlow is 6-foot-1, 185 pounds, with tattoos on his arms.") == []


def test_one_pair_of_magnitudes_found_twice_is_one_disagreement():
    """disagree29: "6.1" / "5.9" linked in two articles and again in two others is one disagreement
    (it was reported twice, the second a duplicate). Near case: a second group with another value
    (5.6 / 5.9) is another disagreement."""
    texts = ["Seismologists at the survey put the magnitude at 6.1.",
             "The 6.1-magnitude quake struck Kethos island, home to 120,000 people, state media said.",
             "Seismologists at the survey put the magnitude at 5.9.",
             "The 5.9-magnitude quake struck Kethos island, home to 120,000 people, state media said."]
    found = measured(*texts)
    assert len(found) == 1 and {v.normalized for v in found[0].values} == {6.1, 5.9}
    assert sorted(len(v.articles) for v in found[0].values) == [2, 2]
    from accord.disagree.measures import merged, Measure
    from accord.model import Mention, Sentence
    s = Sentence(article="a", index=0, text="x", start=0, end=1)
    m = lambda v, art: Measure(dataclasses.replace(s, article=art), Mention(kind="number", text=str(v), value=v), "magnitude", v, v, v)  # noqa: E731
    ms = [m(6.1, "a"), m(5.9, "b"), m(5.6, "c"), m(5.9, "d")]
    assert merged(ms, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]
    assert merged(ms, [[0, 1], [1, 0]]) == [[0, 1, 1, 0]]


def test_a_figure_equal_to_both_sides_is_on_neither():
    """disagree29: "about 6.0" rounds both 5.9 and 6.1: listed under either it would claim one side.
    Near case: a figure equal to one side only (6.1) joins it."""
    texts = ["The survey said the quake that struck Kethos on Sunday had a magnitude of 5.9.",
             "The institute said the quake that struck Kethos on Sunday had a magnitude of 6.1.",
             "Officials said the quake that struck Kethos on Sunday had a magnitude of about 6.0."]
    found = measured(*texts)
    assert len(found) == 1 and sorted(a for v in found[0].values for a in v.articles) == ["a", "b"]
    found = measured(*texts[:2], texts[2].replace("about 6.0", "6.1"))
    assert sorted(sorted(v.articles) for v in found[0].values) == [["a"], ["b", "c"]]


# -- recall46: a floor told with one happening, a floor joined to its noun by a hyphen ---------------------------
def test_the_floor_of_one_happening_however_unlike_the_sentences():
    (d,) = ranked("The blast threw the lift down to the ninth floor, where firefighters pulled the worker out.",
                  "A firefighter pulled the injured worker from the 11th-floor shaft, officials said on the radio.")
    assert {v.normalized for v in d.values} == {9, 11} and d.type == "conflict" and d.about.startswith("which floor")
    # a hyphened floor is read: "the 11th-floor shaft" ranks the floor
    (d,) = ranked("Crews pulled the worker from the 11th-floor shaft of the tower, officials said.",
                  "Crews pulled the worker from the ninth-floor shaft of the tower, officials said.")
    assert {v.normalized for v in d.values} == {9, 11}


def test_floors_of_two_happenings_two_people_or_two_floors_in_a_sentence_are_no_slot():
    # where someone went, one of many places: a hyphened floor sides only with a shared happening
    assert ranked("Ms. Orland finally went to a second-floor office and called the police, officials said.",
                  "Ms. Orland made her way to the third-floor mixing room where she worked, officials said.") == []
    # two people pulled out at two floors
    assert ranked("The blast threw the lift down to the ninth floor, where firefighters pulled Anna Ruiz out.",
                  "A neighbour pulled Mark Olsen from the 11th-floor shaft, his family said on the radio.") == []
    # a sentence telling two floors: which one is the other's is a guess
    assert ranked("The fire started on the third floor and spread to the fourth floor before crews arrived.",
                  "Crews arrived after the fire started on the fifth floor of the old mill.") == []
    # a light verb is no happening ("made her way" / "made calls")
    assert ranked("After locking herself in a control room on the second floor, Orland made several calls.",
                  "Orland made her way to the third-floor mixing room, located her victims and opened fire.") == []
