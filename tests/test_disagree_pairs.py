"""disagree.pairs and the values it pairs: which two figures are one slot. A figure per period is never one
slot with a total, a count since a named day is a total of all the days since, an earlier-count marker dates
only its own figure, "just shy of" is a bound (precision46); a count before an increment of the same thing is
a part, things ruined are a part of the things struck, changes of two counts and two areas' figures are two
slots (precision47). Invented texts only, each rule with near cases that must not fire."""
from accord.disagree import pairs as P
from accord.disagree import values as V
from tests.test_disagree import compared
from tests.test_disagree_values import numbers, read


def figure(values, text, article=None):
    return next(v for v in values if v.mention.text == text and article in (None, v.article))


def test_a_length_per_period_is_told_per_week():
    vals = read("Members of the club swim nearly three hours a week, the survey found.",
                "Crews worked 12 hours a day to clear the road.",
                "Volunteers spent 40 hours per month on the project.")
    assert figure(vals, "nearly three").per == "a week"
    assert figure(vals, "12").per == "a day"
    assert figure(vals, "40").per == "a month"


def test_a_length_that_says_when_is_no_rate():
    vals = read("The talks lasted two days a week after the election.",
                "The strike lasted two weeks, a month before the vote.",
                "Crews worked 12 hours on the first day.",
                "He had been in custody for three years a decade ago.")
    for text in ("two days", "two weeks", "12", "three years"):
        hit = [v for v in vals if v.mention.text.startswith(text.split()[0])]
        assert all(v.per is None for v in hit), text


def test_a_figure_per_period_is_never_one_slot_with_a_total():
    found = compared("Members of the Harbor Running Club run nearly three hours a week, the club survey found.",
                     "Members of the Harbor Running Club run for one to 2.4 hours, the club survey found.")
    assert numbers(found) == []
    found = compared("About 2,000 migrants a day crossed the border at Eagle Pass in May, officials said.",
                     "About 9,000 migrants crossed the border at Eagle Pass in May, officials said.")
    assert numbers(found) == []


def test_two_figures_per_the_same_period_still_disagree():
    found = compared("Members of the Harbor Running Club run nearly three hours a week, the club survey found.",
                     "Members of the Harbor Running Club run two hours a week, the club survey found.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"nearly three hours", "two hours"}]
    # the total against the total, with no period on either side, as before
    found = compared("Members of the Harbor Running Club run nearly three hours, the club survey found.",
                     "Members of the Harbor Running Club run for one to 2.4 hours, the club survey found.")
    assert len(numbers(found)) == 1
    a, b = (figure(read(f"About {n} migrants a day were detained at the border."), f"About {n}") for n in ("2,000", "3,500"))
    assert a.per == b.per == "a day" and not V.other_kind(a, b)
    # money per year stays a rate as before (``Value.rate``), per season and per year alike
    vals = read("He will earn $22 million a year under the deal.")
    assert figure(vals, "$22 million").per is None and figure(vals, "$22 million").rate


def test_an_earlier_marker_dates_only_the_figure_beside_it():
    # "last week's attack" names the attack, and "initially saying that no one was hurt" is another
    # claim of the sentence: neither dates "Several" as an earlier count of the injured
    found = compared("Several soldiers were injured during last week's missile attack on the air base, despite "
                     "officials initially saying that no soldiers had been hurt in the strike.",
                     "Eleven soldiers were injured in the missile attack on the air base, officials said.")
    d = [d for d in numbers(found) if {v.normalized for v in d.values} >= {11}]
    assert d and all(x.type != "evolving" for x in d)


def test_just_shy_of_is_a_bound_below_the_figure():
    vals = read("The final volume runs just shy of 1,000 pages.")
    v = figure(vals, "just shy of 1,000")
    assert v.mention.qualifier == "just shy of" and float(v.high) == 1000 and float(v.low) < 1000
    found = compared("The committee's final volume runs just shy of 1,000 pages, the senators said.",
                     "The committee's final volume runs 966 pages, the senators said.")
    for d in numbers(found):  # if told at all, the side keeps its hedge and the two are compatible
        assert "just shy of 1,000" in {x.value for x in d.values} and d.type == "vague"


def test_a_count_since_a_named_day_is_a_total_of_all_those_days():
    found = compared("Dozens of demonstrators have died during the protests since March 30, the health ministry said.",
                     "At least 37 demonstrators have been killed in the protests at the border fence, the health ministry said.")
    assert numbers(found) == []


def test_counts_since_an_event_or_both_since_a_day_still_disagree():
    # "since the earthquake" is one event's toll told as such; two totals since one day are one slot
    for a, b in (("At least 63 people have died since the earthquake struck the region, officials said.",
                  "At least 50 people were killed in the earthquake, officials said."),
                 ("More than 40 demonstrators have died in the protests since March 30, the health ministry said.",
                  "More than 60 demonstrators have died in the protests since March 30, the health ministry said.")):
        assert len(numbers(compared(a, b))) == 1, a


def test_since_a_day_that_compares_or_names_no_day_counts_nothing_since():
    vals = read("A seven-day average of about 330 deaths, figures not seen since March 2020, was reported.",
                "About 320 people died on Tuesday, the lowest daily toll since March 30.",
                "About 310 people have died since May, officials said.",
                "Some 40 people have been arrested since Monday, police said.")
    assert [P.spans_from_day(v) for v in vals if v.type == "count"] == [False, False, False, True]


# -- a count told before "two other ..." ----------------------------------------------------------------
def test_a_count_before_an_increment_of_the_same_thing_is_a_part():
    vals = read("The coach was charged with assault against one player in Ohio. He was also charged with "
                "threatening two other players.")
    assert figure(vals, "one").before_more and not figure(vals, "two").before_more
    found = compared("The coach was charged with assault and other charges stemming from encounters with two players.",
                     "The coach was charged with assault against one player in Ohio. He was also charged with "
                     "threatening two other players.")
    assert numbers(found) == []


def test_a_count_without_an_increment_still_disagrees():
    # no increment beside it: the one player and the two players are one slot, as before
    found = compared("The coach was charged with assault and other charges stemming from encounters with two players.",
                     "The coach was charged with assault against one player, prosecutors said on Friday.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"two", "one"}]
    # an increment of another thing, or one sentences away, leaves the count whole
    vals = read("The coach was charged with assault against one player. Two other coaches were suspended.",
                "Officials said three players were hurt. The team then played. The league said. "
                "Two more players were hurt later.")
    assert not figure(vals, "one").before_more and not figure(vals, "three").before_more


# -- things ruined and things struck ----------------------------------------------------------------------
def test_things_ruined_are_told_apart_from_things_struck():
    vals = read("The storm reduced four villages to rubble overnight.",
                "Forty homes were destroyed by the fire, officials said.",
                "The blaze destroyed 12 barns near the river.",
                "The storm hit four villages overnight.",
                "Forty homes were evacuated and the fire destroyed a barn.")
    assert P.ruined(figure(vals, "four")) and P.ruined(figure(vals, "Forty")) and P.ruined(figure(vals, "12"))
    assert not any(P.ruined(v) for v in vals if v.article in ("d", "e"))
    assert P.struck(figure(vals, "four", "d")) and not P.struck(figure(vals, "four", "a"))
    found = compared("A strong storm struck several villages in the north of the province on Tuesday, officials said.",
                     "A strong storm reduced three villages to rubble in the north of the province on Tuesday, officials said.")
    assert numbers(found) == []


def test_two_counts_of_things_ruined_or_struck_still_disagree():
    found = compared("A strong storm destroyed five villages in the north of the province on Tuesday, officials said.",
                     "A strong storm reduced three villages to rubble in the north of the province on Tuesday, officials said.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"five", "three"}]
    found = compared("A strong storm struck five villages in the north of the province on Tuesday, officials said.",
                     "A strong storm hit three villages in the north of the province on Tuesday, officials said.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"five", "three"}]
    # things damaged are no count of things struck: one slot with things ruined, as before
    found = compared("A strong storm damaged five villages in the north of the province on Tuesday, officials said.",
                     "A strong storm reduced three villages to rubble in the north of the province on Tuesday, officials said.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"five", "three"}]


# -- a change of one count and a change of another --------------------------------------------------------
def test_a_change_is_of_the_count_its_sentence_gives_before_it():
    vals = read("Officials said 81,200 visitors came in May, a 9 percent increase over April.",
                "The park sold about 70,000 tickets in May, the best month in 12 years and a 7% rise over April.",
                "The park said 9 percent of visitors came in May.",
                "Attendance rose 9 percent in May, the park said.")
    assert P.change_of(figure(vals, "9 percent", "a")) == "visit"
    assert P.change_of(figure(vals, "7%")) == "ticke"  # the years between are no count
    assert P.change_of(figure(vals, "9 percent", "c")) is None  # a share, no change
    assert P.change_of(figure(vals, "9 percent", "d")) is None  # no count before it


def test_changes_of_two_counts_are_two_metrics_and_of_one_count_still_disagree():
    vals = read("Officials said 81,200 visitors came to the Granite Park in July, a 13 percent increase over June.",
                "The Granite Park sold about 70,000 tickets in July, the busiest month in 21 years and a 12% increase "
                "over June.",
                "About 80,000 visitors came to the Granite Park in July, the busiest month in 21 years and a 12% "
                "increase over June.")
    a, b, c = figure(vals, "13 percent"), figure(vals, "12%", "b"), figure(vals, "12%", "c")
    assert not P.compatible(a, b, P.Frames(), {})  # visitors / tickets: two metrics
    assert P.compatible(a, c, P.Frames(), {})  # visitors both: one slot, as before


# -- a figure for part of one place and a figure told for another -----------------------------------------
def test_a_figure_for_part_of_a_place_is_that_area_s():
    vals = read("The storm dropped as much as 14 inches of snow on portions of northern Ohio, officials said.",
                "Up to 9 inches fell across parts of Kentucky overnight.",
                "The storm dropped 14 inches of snow on Tuesday, officials said.",
                "In Dayton, Ohio, the storm dropped 11 inches of snow.")
    assert P.area_of(figure(vals, "14", "a")) == {"ohio"}
    assert P.area_of(figure(vals, "Up to 9")) == {"kentucky"}
    assert P.area_of(figure(vals, "14", "c")) == set()  # no area named after it
    assert P.place_before(figure(vals, "11")) == {"dayton", "ohio"}
    a, b, c = figure(vals, "14", "a"), figure(vals, "Up to 9"), figure(vals, "11")
    assert P.apart_areas(a, b) and not P.apart_areas(a, c) and not P.apart_areas(a, figure(vals, "14", "c"))


def test_two_areas_figures_are_no_slot_and_one_area_s_still_disagree():
    found = compared("The storm dropped as much as 14 inches of snow on portions of northern Ohio on Tuesday and closed schools.",
                     "Towns in northern Ohio got about a foot of snow, and Lexington, Kentucky, got 9 inches of snow.")
    assert numbers(found) == []  # the Ohio area's figure and Lexington's: the clause names Lexington
    found = compared("The storm dropped as much as 14 inches of snow on portions of northern Ohio on Tuesday and closed schools.",
                     "In the northern Ohio town of Sandusky, the storm dropped 9 inches of snow and closed schools.")
    assert [{v.value for v in d.values} for d in numbers(found)] == [{"14", "9"}]


def test_a_tree_models_arrays_are_its_own_whatever_models_came_before() -> None:
    """(mend82) The padded tree arrays were kept in a table keyed by ``id(model)``; a model made after another
    was freed may get its id (a training sweep reloads models) and was walked with the freed model's trees."""
    import numpy as np

    from accord.disagree import pairs as P

    def one_leaf(value: float) -> dict[str, np.ndarray]:
        return {"feature": np.array([0]), "threshold": np.array([0.0]), "left": np.array([0]),
                "right": np.array([0]), "leaf": np.array([1]), "value": np.array([value])}

    rows = np.zeros((1, len(P.FEATURES)))
    got = []
    for value in (2.0, -2.0, 0.0, 1.0):
        model = P.Model("trees", P.FEATURES, 0.0, 0.5, (), trees=(one_leaf(value),))
        got.append(round(float(model.probability(rows)[0]), 3))
        del model
    assert got == [0.881, 0.119, 0.5, 0.731]
    same = P.Model("trees", P.FEATURES, 0.0, 0.5, (), trees=(one_leaf(1.0),))
    assert same.probability(rows)[0] == same.probability(rows)[0] and same == P.Model(
        "trees", P.FEATURES, 0.0, 0.5, (), trees=same.trees)  # the kept arrays are no field


def test_a_length_written_in_two_units_is_no_rounded_conversion():
    """recall72: "1 hour, 52 minutes" is exact to the minute, so "110 minutes" is another length (a
    conflict), while "two hours" / "118 minutes" stays one length rounded to the hour."""
    vals = read("The festival cut ran for 1 hour, 52 minutes.", "The festival cut ran for 110 minutes.",
                "The festival cut ran for two hours.", "The festival cut ran for 118 minutes.")
    two_units, minutes = figure(vals, "1 hour, 52"), figure(vals, "110")
    assert P.compound(two_units) and not P.compound(minutes)
    assert not P.same_value(two_units, minutes)
    assert P.same_value(figure(vals, "two"), figure(vals, "118"))
    assert not P.compound(figure(vals, "118"))


def test_a_coarser_round_figure_against_two_units_stays_a_rounding():
    """mend113: "11 hours, 50 minutes" is exact, but "half a day" is another outlet rounding it; only a
    figure in a unit finer than the two-unit figure's first ("710 minutes") is another length."""
    vals = read("Power came back after 11 hours, 50 minutes, the grid operator said.",
                "Power came back after half a day, the grid operator said.",
                "The market paused for 29 minutes and 40 seconds on Monday.",
                "The market paused for half an hour on Monday.",
                "Power came back after 690 minutes, the grid operator said.")
    two_units = figure(vals, "11 hours, 50")
    assert P.same_value(two_units, figure(vals, "half a day"))
    assert P.same_value(figure(vals, "half a day"), two_units)
    assert P.same_value(figure(vals, "29 minutes and 40"), figure(vals, "half an hour"))
    assert not P.same_value(two_units, figure(vals, "690"))
    sheets = read("Running time: 1 hour, 41 minutes", "Running time: 99 MIN.")  # an abbreviated unit is finer too
    assert not P.same_value(figure(sheets, "1 hour, 41"), figure(sheets, "99"))


def test_a_range_is_no_length_in_two_units():
    """mend113: "3 to 4 hours" and "between 2 and 3 hours" are ranges, not a figure written down to a finer
    unit: a time unit must follow the first figure."""
    vals = read("The repairs took 3 to 4 hours, the crew said.", "The repairs took between 2 and 3 hours.",
                "The repairs took 1 hour and 45 minutes in all.")
    assert not P.compound(figure(vals, "3 to 4"))
    assert not P.compound(figure(vals, "2 and 3"))
    assert P.compound(figure(vals, "1 hour and 45"))
