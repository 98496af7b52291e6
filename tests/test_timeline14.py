"""timeline14, mend108 (issue 13): a weekday under "could" of what may happen is left out, as one under "may" or
"might" is (its week is a guess: never moved to the coming day), save a past ability's or a past report's; a telling
verb right after the day governs it; a day that opens the sentence as a group's label ("Sept. 11 hijackers …") dates
nothing; a background full date lends no year the publication dates contradict. Invented news, each rule both ways."""
from __future__ import annotations

from test_timeline9 import _at, _days, art

from accord.briefing import event_day

FRIDAY = "2024-03-08"  # a Friday: its last Sunday is 2024-03-03, its coming one 2024-03-10
TUESDAY = "2024-03-12"  # a Tuesday: its last Sunday is 2024-03-10


def _one(text: str, published: str = FRIDAY) -> str | None:
    """The day ``text``, alone in an article of ``published``, is dated to (None: left out)."""
    return _days(art("a", text, published=published)).get(text)


def test_a_hedged_weekday_is_left_out_never_moved() -> None:
    for t in ("Forecasters said gusts could reach 60 mph on Sunday.",
              "Gusts could reach 60 mph on Sunday as the storm moves inland.",
              "A second storm may arrive on Sunday, forecasters said.",
              "Residents could return to their homes on Wednesday, the council said."):
        assert _one(t) is None, t
    # what the analyser reads itself stays as on main: a plan or schedule is not moved to the coming day
    # (timeline15) a present-tense schedule is the coming day; (timeline16) a plan the sentence says was undone
    # is no day at all: neither the day it was meant for nor the day before
    assert _one("The appeal hearing is set for Monday.") == "2024-03-11"
    assert _one("The appeal hearing was set for Monday but was moved.") is None
    assert _one("The launch pad was damaged on Sunday, the agency said.") == "2024-03-03"
    # "could have", "could not": no possibility to come
    assert _one("The suspect could have left the city on Sunday, police said.") == "2024-03-03"
    days = _days(art("a", "Gusts could reach 60 mph on Sunday.\nThe storm cut power to 20,000 homes on Thursday.",
                     published=FRIDAY))
    assert "Gusts could reach 60 mph on Sunday." not in days and days, days


def test_a_telling_verb_governing_the_day_keeps_it() -> None:
    for t, d in {"Officials warned on Wednesday that the dam could fail.": "2024-03-06",
                 "The governor on Wednesday predicted the court may decide the dispute.": "2024-03-06",
                 "The council said Monday the school is expected to reopen in May.": "2024-03-04",
                 "Drivers could cross the Kelso bridge again on Wednesday after six weeks of repairs.": "2024-03-06"
                 }.items():
        assert _one(t) == d, t


def test_f1_a_past_perfect_report_keeps_the_analysers_reading() -> None:
    had = "Forecasters had warned that gusts could reach 60 mph on Sunday, but the storm stalled offshore."
    assert _one(had, TUESDAY) == "2024-03-10"  # the Sunday before the Tuesday report, never the one after
    assert _one("Forecasters warned that gusts could reach 60 mph on Sunday.", TUESDAY) is None
    # "may" stays out as on main, "had" or not
    assert _one("Forecasters had warned the river may crest on Sunday, but it peaked a day early.", TUESDAY) is None


def test_f2_a_cue_elsewhere_does_not_govern() -> None:
    seen = "Smoke from the fire could be seen across the city on Sunday, and officials warned residents to stay in."
    assert _one(seen) == "2024-03-03"  # a sense's past: "could be seen"
    assert _one("Smoke from the fire could be seen across the city on Sunday.") == "2024-03-03"
    fell = "Residents could return to their homes on Tuesday after the river fell faster than expected."
    assert _one(fell) == "2024-03-05"
    sooner = "Families could go back to their homes on Tuesday, sooner than officials had predicted."
    assert _one(sooner) == "2024-03-05"
    # no past around the "could": a warning in another clause moves nothing, the day is left out
    assert _one("Crews could reopen the road on Tuesday, and officials warned drivers to take care.") is None


def test_f3_possessives_and_compounds_are_no_plan() -> None:
    assert _one("Acme's planned merger with Zenith collapsed on Tuesday.") == "2024-03-05"
    assert _one("Apple's set-top box went on sale on Tuesday.") == "2024-03-05"
    assert _one("Acme's merger with Zenith could collapse on Tuesday.") is None


def test_f4_a_forecast_noun_is_no_modal() -> None:
    assert _one("The forecast led to school closures on Monday.") == "2024-03-04"
    assert _one("Forecasters said schools could close on Monday.") is None


def test_f5_a_past_event_between_keeps_its_day() -> None:
    assert _one("The fire is likely to have started on Sunday in the dye room.") == "2024-03-03"
    assert _one("The club is expected to appeal the fine it received on Monday.") == "2024-03-04"
    assert _one("The club could appeal the fine on Monday.") is None


def test_a_day_opening_the_sentence_as_a_groups_label_dates_nothing() -> None:
    for t, day in (("Sept. 11 hijackers trained at a flight school near Venice, Florida, in 2000.", "Sept. 11"),
                   ("“July 7 bombers” is how the inquiry named the four men.", "July 7"),
                   ("Jan. 6 defendants asked the court on Monday to move their trials.", "Jan. 6")):
        assert not event_day(t, _at(t, day), 1), t
    for t, day in (("On March 3 attackers set fire to two police stations.", "March 3"),
                   ("March 3 was the day the attackers set fire to two police stations.", "March 3")):
        assert event_day(t, _at(t, day), 0), t
    school = "Sept. 11 hijackers trained at a flight school near Venice, Florida, in 2000."
    assert school not in _days(art("a", school, published="2024-03-08"))


def test_a_background_full_date_lends_no_year_the_publication_dates_contradict() -> None:
    fired = "On June 3 the harbour authority fired its director after an audit."
    met = "The port council met on Thursday to name a new director."
    founded = "He founded the harbour company on May 20, 2018.\n"
    # a story of March 2019: "June 3" after a May 2018 founding is 2018 or 2019, a guess
    days = _days(art("a", founded + fired), art("b", met, published="2019-03-01"))
    assert fired not in days and days.get(met) == "2019-02-28", days
    # the publication date near the day, or the same year's reading: the day keeps its year
    days = _days(art("a", founded + fired), art("b", met, published="2019-06-07"))
    assert days.get(fired) == "2019-06-03", days
    # (mend108, F6) a full date told as the article's own news lends its year to the days after it
    pulled = "On Nov. 12 rescuers pulled two miners from the shaft."
    out = "On Nov. 14 the last of the men was brought out."
    for published in ("2019-03-01", "2019-06-03"):
        days = _days(art("a", "The mine caved in on Nov. 10, 2018, trapping 11 men.\n" + pulled + "\n" + out),
                     art("b", met, published=published))
        assert days.get(pulled) == "2018-11-12" and days.get(out) == "2018-11-14", days
    # no dated article: the narrative's year
    assert _days(art("a", founded + fired)).get(fired) == "2018-06-03"
