"""precision46: a figure per period is never one slot with a total, a count since a named day is a total of
all the days since, an earlier-count marker dates only its own figure, and "just shy of" is a bound (invented
texts only, each rule with near cases that must not fire)."""
from accord.disagree import pairs as P
from accord.disagree import values as V
from tests.test_disagree import compared
from tests.test_disagree_frames import figure, numbers, read


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
