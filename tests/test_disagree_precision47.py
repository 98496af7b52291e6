"""precision47: a bare "in jail" is news's loose word for custody, a count told before an increment of the
same thing is a part, and things told ruined are a part of the things struck (invented texts only, each
rule with near cases that must not fire)."""
from accord.disagree import pairs as P
from tests.test_disagree import compared
from tests.test_disagree_details import other
from tests.test_disagree_frames import numbers, read


def figure(values, text, article=None):
    return next(v for v in values if v.mention.text == text and article in (None, v.article))


# -- a bare "jail" and "prison" for one term --------------------------------------------------------------
def test_a_bare_jail_and_a_prison_are_one_term():
    assert other("A Denver man who stormed the county office was sentenced Monday to nine months in jail.",
                 "Rick Dale, who stormed the county office, was sentenced Monday to nine months in prison.") == []
    assert other("Dale was sentenced to two years in jail for the fraud.",
                 "Dale got two years in federal prison for the fraud, the judge ruled.") == []


def test_a_jail_named_by_its_keeper_still_disagrees_with_a_prison():
    (d,) = other("Rick Dale was sentenced Monday to nine months in county jail for the break-in.",
                 "Rick Dale was sentenced Monday to nine months in prison for the break-in.")
    assert {v.normalized for v in d.values} == {"jail", "prison"} and d.type == "conflict"
    (d,) = other("Dale will serve nine months in the city jail, the judge ruled.",
                 "Dale was sentenced to nine months in jail.",
                 "Dale got nine months in state prison on Monday.")
    assert {v.normalized for v in d.values} == {"jail", "prison"}


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
