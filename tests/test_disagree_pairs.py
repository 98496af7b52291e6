"""disagree.pairs and the values it pairs: which two figures are one slot. A figure per period is never one
slot with a total, a count since a named day is a total of all the days since, an earlier-count marker dates
only its own figure, "just shy of" is a bound (precision46); a count before an increment of the same thing is
a part, things ruined are a part of the things struck, changes of two counts and two areas' figures are two
slots (precision47). Invented texts only, each rule with near cases that must not fire."""
from accord.disagree import pairs as P
from accord.disagree import values as V
from tests.test_disagree import compared
from tests.test_disagree_values import numbers, read, reported_numbers


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


def test_shares_of_two_groups_of_those_asked_are_two_figures():
    """precision61: a poll's share among one group ("59 percent of liberals", "among independents") and its
    share of all asked, or of another group, are two figures. Near cases: one poll's one figure told two ways
    (52 / 55 percent of voters; "of Americans" / "of those surveyed" are both everyone asked) stays reported."""
    assert reported_numbers("The poll found 59 percent of liberals disapprove of his handling of the economy.",
                            "The poll found 57 percent disapprove of his handling of the economy.") == []
    assert reported_numbers("The poll found 59 percent of women younger than 50 disapprove of his handling of the economy.",
                            "The poll found 51 percent of women disapprove of his handling of the economy.") == []
    assert reported_numbers("A poll released Sunday found 52 percent of voters approve of the president.",
                            "A poll released Sunday found 55 percent of voters approve of the president.") == [{52, 55}]
    assert reported_numbers("A poll released Sunday found 52 percent of Americans approve of the president.",
                            "A poll released Sunday found 55 percent of those surveyed approve of the president.") == [{52, 55}]


def test_the_group_a_share_is_of():
    """precision61 (``values.population``): the group a share of people counts, everyone asked, or no people."""
    def group(text: str):
        v = next(v for v in read(text) if v.type == "percent")
        return V.population(v.mention, v.sentence)

    assert group("Among senior staff, 36 percent are people of color.") == {"senior", "staff"}
    assert group("It found 61 percent of Democrats and Democratic-leaning voters approve of the media.") == {"democrat"}
    assert group("It found 45 percent of GOP voters approve.") == {"republican"}
    assert group("It found 64 percent of Mexicans polled said migrants were a burden.") == frozenset()
    assert group("It found 64 percent of those surveyed said migrants were a burden.") == frozenset()
    assert group("Cables carry 75 percent of traffic between Europe and Asia.") is None
    # near cases: one group written two ways, everyone of a toll, a group told in another clause of the sentence
    assert group("About 60 percent of staffers are white.") == group("At least 62 percent of the staff is white.")
    assert group("Nearly 90 percent of the victims were women.") == group("Some 85 percent of those killed were women.")
    assert group("The mayor, popular among young voters, said 40 percent of the budget goes to schools.") is None
    assert group("The poll found Smith had 45 percent support among likely voters.") == {"likely"}
    assert group("Among Democrats, 80 percent approve.") == group("It found 85 percent of Democratic voters approve.")
    assert group("It found 52 percent of registered voters approve.") == frozenset()


def test_a_share_of_a_group_told_two_ways_compares():
    """mend71 (review77): "of all likely voters" is "of likely voters", "young voters" may be "voters under 30"
    (a group read on one side only is unknown, compared); a narrowed group against everyone stays apart."""
    assert reported_numbers("The Gallup poll found 52 percent of all likely voters approve of the president's handling of the economy.",
                            "The Gallup poll found 55 percent of likely voters approve of the president's handling of the economy."
                            ) == [{52, 55}]
    assert reported_numbers("The Gallup poll found 52 percent of young voters approve of the president's handling of the economy.",
                            "The Gallup poll found 58 percent of voters under 30 approve of the president's handling of the economy."
                            ) == [{52, 58}]
    assert reported_numbers("The Gallup poll found 59 percent of all young voters disapprove of the president's handling of the economy.",
                            "The Gallup poll found 52 percent of voters disapprove of the president's handling of the economy.") == []
    assert reported_numbers("The Gallup poll found 59 percent of those under 30 disapprove of the president's handling of the economy.",
                            "The Gallup poll found 52 percent of voters disapprove of the president's handling of the economy.") == []


def test_a_party_written_two_ways_is_one_group():
    """mend71 (review77): "Tories" are Conservatives, in ``values`` as in ``verify`` (one table, ``words.PARTIES``)."""
    def group(text: str):
        v = next(v for v in read(text) if v.type == "percent")
        return V.population(v.mention, v.sentence)

    assert group("The poll found 55 percent of Tories back the plan.") == group("It found 59 percent of Conservatives back it.")
    assert group("The poll found 55 percent of Tory voters back the plan.") == {"conservative"}


def test_a_jackpots_cash_option_is_not_the_sum_it_is_advertised_at():
    """precision61: a jackpot's cash option (a lump sum) against a sum told without one. Near case: two
    outlets' cash options of one jackpot stay reported."""
    assert reported_numbers("The winner of the Mega Millions jackpot will take the cash option of $930 million before taxes.",
                            "The winner of the Mega Millions jackpot will take $877 million before taxes.") == []
    assert reported_numbers("The winner of the Mega Millions jackpot will take the cash option of $930 million before taxes.",
                            "The winner of the Mega Millions jackpot will take the cash option of $877 million before taxes."
                            ) == [{930_000_000, 877_000_000}]


def test_a_cash_word_between_two_sums_belongs_to_the_one_after_it():
    """mend71 (review77): "an estimated $1.6 billion, with a cash option of $929 million": the $1.6 billion is the
    advertised jackpot, compared with another outlet's $1.5 billion."""
    assert reported_numbers("The Powerball jackpot is an estimated $1.6 billion, with a cash option of $929 million.",
                            "The Powerball jackpot is an estimated $1.5 billion, officials said on Monday.") == [{1.6e9, 1.5e9}]
    assert P.aspects(figure(read("The jackpot is $1.6 billion, with a cash option of $929 million."), "$1.6 billion")) == {}
    assert P.aspects(figure(read("The jackpot is $1.6 billion, with a cash option of $929 million."), "$929 million")
                     ) == {"payout": "cash"}


def test_aspects_of_a_sum():
    """precision61 (``pairs.aspects``): the aspect whose word stands nearest the figure, in its clause."""
    def told(text: str, figure_text: str):
        return P.aspects(figure(read(text), figure_text))

    assert told("The jackpot's annuity is worth $1.5 billion before taxes.", "$1.5 billion") == {"payout": "annuity"}
    assert told("The winner took the $930 million lump sum, not the annuity.", "$930 million") == {"payout": "cash"}
    assert told("The company earned $5 billion last year.", "$5 billion") == {}


def test_a_level_and_a_change_of_one_measure_are_two_figures():
    """precision61: the level a measure moved to ("was down to 80 percent") and a change of it ("drained 20
    percent") are two figures. Near cases: two levels (5 / 5.4 percent) and two changes stay one slot, and a
    bound ("up to 70 percent") is neither."""
    assert reported_numbers("The phone's battery was down to 80 percent after two hours of light use.",
                            "The phone's battery drained 20 percent after two hours of light use.") == []
    assert P.aspects(figure(read("The jobless rate fell to 5.4 percent in May."), "5.4 percent")) == {"motion": "level"}
    assert P.aspects(figure(read("The jobless rate fell 0.3 percent in May."), "0.3 percent")) == {"motion": "change"}
    assert P.aspects(figure(read("Prices rose by about $2 in May."), "about $2")) == {"motion": "change"}
    assert P.aspects(figure(read("Outages hit up to 70 percent of services."), "up to 70 percent")) == {}
    assert not P.other_aspect({"motion": "level"}, {"motion": "level"})
    assert not P.other_aspect({"motion": "change"}, {})
    assert P.other_aspect({"motion": "change"}, {"motion": "level"})


def test_a_lump_sum_outside_a_lottery_is_the_sum_itself() -> None:
    """review78: a settlement or severance paid as a lump sum is the sum two outlets disagree on."""
    found = compared("The city agreed on Monday to pay the family a lump sum of $2 million to settle the lawsuit.",
                     "The city agreed on Monday to pay the family $2.5 million to settle the lawsuit.")
    assert any(d.kind == "number" and len(d.values) == 2 for d in found.disagreements)


def test_a_cash_word_that_names_no_sum_leaves_the_jackpot_advertised() -> None:
    """review78: "the $1.6 billion jackpot can be taken as a lump sum" is still the advertised jackpot."""
    found = compared("Lottery officials said on Monday the $1.6 billion Powerball jackpot can be taken as a lump sum "
                     "or in annual payments.",
                     "Lottery officials said on Monday the Powerball jackpot had grown to $1.5 billion.")
    assert any(d.kind == "number" for d in found.disagreements)
    # near case: the cash option right after its figure is still the cash option, apart from the advertised sum
    apart = compared("The winner of the Powerball jackpot chose the lump sum of $929 million, lottery officials said "
                     "on Monday.",
                     "The winner of the $1.6 billion Powerball jackpot came forward, lottery officials said on Monday.")
    assert not [d for d in apart.disagreements if d.kind == "number"]


def test_a_loss_told_as_lost_is_its_level() -> None:
    """review78: "it lost $5 million" is the loss's amount, comparable with "its loss grew to $6 million"."""
    found = compared("Acme said on Tuesday it lost $5 million in the third quarter as sales slumped.",
                     "Acme said on Tuesday its quarterly loss grew to $6 million as sales slumped.")
    assert any(d.kind == "number" for d in found.disagreements)
