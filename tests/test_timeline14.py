"""timeline14 (issue 13): a present-tense forecast, plan or schedule names the coming weekday, and so does "may", "might"
or "could" in a forecast or a warning; a "could" with no forecast leaves its weekday out (its week is a guess), save a
past ability's; a day that opens the sentence as a group's label ("Sept. 11 hijackers …") dates nothing. Invented news,
each rule both ways."""
from __future__ import annotations

from test_timeline9 import _at, _days, art

from accord.briefing import event_day

FRIDAY = "2024-03-08"  # a Friday: its last Sunday is 2024-03-03, its coming one 2024-03-10


def test_a_forecast_plan_or_schedule_names_the_coming_weekday() -> None:
    coming = {"Gusts of up to 60 mph are forecast for Sunday.": "2024-03-10",
              "Snow is forecast to fall on Sunday across the hills.": "2024-03-10",
              "The appeal hearing is set for Monday.": "2024-03-11",
              "Hydrologists expect the river to crest on Sunday near the old mill.": "2024-03-10",
              "The mayor is due in court on Tuesday.": "2024-03-12",
              "Forecasters said gusts could reach 60 mph on Sunday.": "2024-03-10",
              "A second storm may arrive on Sunday, forecasters said.": "2024-03-10"}
    past = {"The launch pad was damaged on Sunday, the agency said.": "2024-03-03",
            "Officials warned on Wednesday that the dam could fail.": "2024-03-06",
            "The governor on Wednesday predicted the court may decide the dispute.": "2024-03-06",
            "The council said Monday the school is expected to reopen in May.": "2024-03-04",
            "Drivers could cross the Kelso bridge again on Wednesday after six weeks of repairs.": "2024-03-06"}
    for t, d in {**coming, **past}.items():  # one by one: two forecasts of one Sunday may be merged as one entry
        assert _days(art("a", t, published=FRIDAY)).get(t) == d, t


def test_a_could_with_no_forecast_leaves_its_weekday_out() -> None:
    gusts = "Gusts could reach 60 mph on Sunday as the storm moves inland."
    back = "Residents could return to their homes on Wednesday, the council said."
    days = _days(art("a", "\n".join((gusts, back, "The storm cut power to 20,000 homes on Thursday.")), published=FRIDAY))
    assert gusts not in days and back not in days and days, days
    # "could have", "could not": no possibility to come
    fled = "The suspect could have left the city on Sunday, police said."
    assert _days(art("a", fled, published=FRIDAY)).get(fled) == "2024-03-03"


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
    # a story of March 2019: "June 3" after a May 2018 founding is 2018 or 2019, a guess
    days = _days(art("a", "On May 20, 2018, he founded the harbour company.\n" + fired),
                 art("b", met, published="2019-03-01"))
    assert fired not in days and days.get(met) == "2019-02-28", days
    # the publication date near the day, or the same year's reading: the day keeps its year
    days = _days(art("a", "On May 20, 2018, he founded the harbour company.\n" + fired),
                 art("b", met, published="2019-06-07"))
    assert days.get(fired) == "2019-06-03", days
    pulled = "On Nov. 12 rescuers pulled two miners from the shaft."
    days = _days(art("a", "The mine caved in on Nov. 10, 2018, trapping 11 men.\n" + pulled),
                 art("b", met, published="2019-03-01"))
    assert days.get(pulled) == "2018-11-12", days
    # no dated article: the narrative's year
    assert _days(art("a", "On May 20, 2018, he founded the harbour company.\n" + fired)).get(fired) == "2018-06-03"
