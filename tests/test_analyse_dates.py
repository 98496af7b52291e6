"""Date resolution against a publication date (Thursday 13 Jan 2022 in most cases)."""
from datetime import date

import pytest

from accord.analyse import dates

THU = date(2022, 1, 13)


def values(text: str, ref: date | None = THU) -> list[tuple[str | None, str | None]]:
    return [(m.value, m.label) for m in dates.find(text, ref)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pullout would be completed by Wednesday next week.", "2022-01-19"),
        ("The withdrawal would be completed by Jan. 19.", "2022-01-19"),
        ("The withdrawal would be completed by January 19.", "2022-01-19"),
        ("Troops began leaving on Thursday.", "2022-01-13"),  # the publication day itself
        ("He said on Wednesday that the mission was over.", "2022-01-12"),  # most recent, not next
        ("He spoke last Friday.", "2022-01-07"),
        ("They will meet next Monday.", "2022-01-17"),
        ("It happened yesterday.", "2022-01-12"),
        ("Protests broke out on January 2.", "2022-01-02"),
        ("It was published on 13 January 2022.", "2022-01-13"),
        ("It was published on January 13, 2022.", "2022-01-13"),
        ("The talks end on 2022-02-01.", "2022-02-01"),
        ("The deadline is the 22nd of January.", "2022-01-22"),
        ("It happened two days ago.", "2022-01-11"),
    ],
)
def test_day_dates(text: str, expected: str) -> None:
    assert values(text)[0] == (expected, "day")


def test_future_weekday_without_parser_uses_modal_verb() -> None:
    assert values("The troops would all leave on Friday.")[0] == ("2022-01-14", "day")


def test_month_day_takes_year_nearest_reference() -> None:
    assert values("Elections are due on Jan. 5.", date(2021, 12, 20))[0] == ("2022-01-05", "day")
    assert values("It began on Dec. 28.", date(2022, 1, 3))[0] == ("2021-12-28", "day")


def test_weeks_are_monday_starts() -> None:
    assert values("Troops were sent last week.") == [("2022-01-03", "week")]
    assert values("He announced this week that it was over.") == [("2022-01-10", "week")]


def test_month_and_year_precision() -> None:
    assert values("It was set up in 2019.") == [("2019", "year")]
    assert values("It was set up in March 2019.") == [("2019-03", "month")]
    assert values("Prices rose last month.") == [("2021-12", "month")]


def test_no_reference_keeps_value_none_but_full_dates_resolve() -> None:
    assert values("They left on Thursday.", None) == [(None, "day")]
    assert values("They left on Jan. 19.", None) == [(None, "day")]
    assert values("They left on January 19, 2022.", None) == [("2022-01-19", "day")]


def test_not_dates() -> None:
    assert values("The 1990s were hard, and May we hope for more.") == []
    assert values("Il-76 transports carried 2,300 troops.") == []


def test_times_of_day_in_words_and_with_a_point() -> None:
    assert values("They attacked around noon and left before midnight.") == [("12:00", "time"), ("00:00", "time")]
    assert values("The blaze broke out at 8.49pm and police came at 8:39am.") == [("20:49", "time"),
                                                                                  ("08:39", "time")]
    assert values("The river rose 8.5 m overnight; the afternoon was calm.") == []


def test_capitalised_programme_name_is_not_today() -> None:
    assert values("She told NBC's TODAY show it happened today.") == [("2022-01-13", "day")]


def test_prefilter_never_hides_a_date() -> None:
    """``find`` skips a pattern when a cheap test says it cannot match: the test must hold for every
    text a pattern does match."""
    from accord.analyse.dates import PATTERNS, _DIGIT, _could_match

    texts = ["On Jan. 19, 2024 they met", "2023-05-01", "the 3rd of March 2020", "in March of 2019",
             "last Thursday's vote", "Friday next week", "YESTERDAY and Tonight", "last night",
             "two weeks ago", "A DAY AGO", "this month", "Next Year", "since 1998", "mid-Sept. 5",
             "around NOON", "just before Midnight", "at 8.49pm", "in November-end", "by end-March", "mid-July"]
    for text in texts:
        for kind, pattern in PATTERNS:
            if pattern.search(text):
                assert _could_match(kind, text, text.lower(), bool(_DIGIT.search(text))), (kind, text)


def test_a_month_without_a_year_is_kept_unresolved() -> None:
    assert [(m.text, m.value, m.label) for m in dates.find("The rule was proposed in August by the agency.", THU)] \
        == [("August", None, "month")]
    assert [m.text for m in dates.find("The frigate replaced the Tabar early December.", THU)] == ["December"]
    # a month with a day or a year is read as before; a name ("May's government") is not a month
    assert values("It was proposed in August 2008.") == [("2008-08", "month")]
    assert dates.find("Voters rejected in May's government a plan.", THU) == []


def test_24_hour_times_as_wires_write_them():
    assert values("The quake struck at 2045 GMT on a quiet night.") == [("20:45", "time")]
    assert values("Pirates attacked the ship at about 1100 hrs IST.") == [("11:00", "time")]
    assert values("Voting closed at 14.30 local time.") == [("14:30", "time")]
    # a duration in hours, a year before a zone's letters, a four-digit count: not times
    assert values("The pilot had logged 1100 hrs of flying.") == []
    assert values("In 2045 GMT became the standard.") == [("2045", "year")]


def test_a_24_hour_time_takes_the_north_american_zones_of_the_one_list() -> None:
    """The zones come from ``accord.words.US_TIME_ZONES`` (one list), save its two-letter ones, which
    also abbreviate other things: "1430 MST" is a time, "1430 CT scans" a count."""
    assert values("The storm reached the pass at 1430 MST, rangers said.") == [("14:30", "time")]
    assert values("The crew landed at 0915 AKDT, the airline said.") == [("09:15", "time")]
    assert values("The lab ran 1430 CT scans, the clinic said.") == []


def test_a_day_month_and_two_digit_year_is_that_day_not_the_month_and_the_year() -> None:
    assert values("The ship foiled an attack on 10 Nov 11.", None) == [("2011-11-10", "day")]
    assert values("The ship foiled an attack on 10 Nov, officers said.") == [("2021-11-10", "day")]
    # a month and day after another figure is still read ("on Nov 11 people marched": no day before it)
    assert values("On Nov 11 people marched.") == [("2021-11-11", "day")]
    # two digits after the month that go on into a sentence are not a year
    assert values("The ship foiled an attack on 10 Nov 11 miles offshore.") == [("2021-11-10", "day")]


def test_a_month_end_or_middle_written_as_one_word_is_that_month() -> None:
    # disagree41: "in November-end", "by end-March", "since mid-July": the month, compared by name
    for text, month in (("The corvette replaced the older frigate in November-end, officials said.", "November"),
                        ("The new tariff takes effect from end-March, the ministry said.", "March"),
                        ("Prices have risen since mid-July in the capital.", "July"),
                        ("The refit was finished by Sept.-end last year.", "Sept")):
        found = dates.find(text, THU)
        assert [(m.text, m.value, m.label) for m in found if m.label == "month"] == [(month, None, "month")], text
    # near cases: a year's end, a day of the month, a season's end, a name are no month
    assert dates.find("Staff were paid a year-end bonus.", THU) == []
    assert values("The mid-May 12 vote was delayed.") == [("2022-05-12", "day")]
    assert dates.find("The end-of-season sale drew crowds.", THU) == []
    assert dates.find("Investors backed Marchant-end Holdings.", THU) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # (timeline16) "due to" + a gerund, a plural or a name is a cause: what it tells happened (last Monday)
        ("The driver was stopped due to speeding on Monday evening.", "2022-01-10"),
        ("Two markets shut due to floods on Monday.", "2022-01-10"),
        ("The concert was called off due to Omicron on Monday.", "2022-01-10"),
        # a schedule's "due to" takes a verb, even one ending in -ing or -s: the coming Monday
        ("The band is due to bring its show to Oslo on Monday.", "2022-01-17"),
        ("The mayor is due to address the council on Monday.", "2022-01-17"),
        ("The ferry is due to sail on Monday.", "2022-01-17"),
        # a past plan's word does not make a later past clause's day the coming one
        ("The match was due to start, but the storm hit on Monday.", "2022-01-10"),
        ("The car was set on fire on Monday.", "2022-01-10"),
    ],
)
def test_due_to_of_a_cause_and_a_schedule(text: str, expected: str) -> None:
    assert values(text)[0] == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "The museum had been scheduled to reopen on Friday, but a leak kept it shut.",
        "The envoy was due to travel Tuesday but stayed home.",
        "The rivals had planned to talk Thursday.",
        "The final was set for Saturday but the storm hit.",
        "The hearing was originally scheduled for Monday.",
    ],
)
def test_plan_told_in_the_past_leaves_its_weekday_unresolved(text: str) -> None:
    """(timeline16) a plan as of a past time: its week is a guess, and an undone plan is no happening."""
    assert values(text)[0] == (None, "day")


def test_plan_told_in_the_past_with_its_week_said_resolves() -> None:
    assert values("The envoy was due to travel next Tuesday.")[0] == ("2022-01-18", "day")
    assert values("The envoy was due to travel on Tuesday next week.")[0] == ("2022-01-18", "day")
    # a plan told in the present is still the coming day
    assert values("The envoy is due to travel on Tuesday.")[0] == ("2022-01-18", "day")


def test_weekday_of_evidence_heard_in_court_is_unresolved() -> None:
    """(timeline16) evidence a court heard recalls happenings weeks before the hearing the article reports."""
    assert values("The tribunal heard the pair had quarrelled in the yard on Sunday.")[0] == (None, "day")
    assert values("Jurors were told the van left the depot on Friday.")[0] == (None, "day")
    # the hearing's own day, right after the words, and a court's day outside heard evidence still resolve
    assert values("The inquest heard on Tuesday that the boat sank.")[0] == ("2022-01-11", "day")
    assert values("She appeared before magistrates on Tuesday.")[0] == ("2022-01-11", "day")


def test_day_told_as_done_is_not_after_the_article() -> None:
    """(timeline16) a day without its year after a past verb: the nearest year would put a done thing in the future."""
    ref = date(2010, 5, 20)
    assert values("The coach, dismissed on June 2, sued the club.", ref)[0] == ("2009-06-02", "day")
    assert values("The fix shipped Jan. 14 and closed the hole.", date(2013, 9, 17))[0] == ("2013-01-14", "day")
    # a day to come keeps the nearest year, and so does a release's participle or a plan's word
    assert values("The coach will be dismissed on June 2.", ref)[0] == ("2010-06-02", "day")
    assert values("The film, released on June 2, stars no one.", ref)[0] == ("2010-06-02", "day")
    assert values("The vote was postponed on June 2.", ref)[0] == ("2010-06-02", "day")


@pytest.mark.parametrize(
    "text, expected",
    [
        # (mend118) a plain past plan in reported speech is the coming day; "heard <object> on <day>" is the hearing's day
        ("The treasurer was expected to unveil the levy on Tuesday, aides said.", "2022-01-18"),
        ("The two mayors were set to sign the pact on Monday, staff said on Thursday.", "2022-01-17"),
        ("Envoys were due to meet on Monday and again on Friday.", "2022-01-17"),
        ("The appeals court heard arguments on Tuesday in the zoning fight.", "2022-01-11"),
        ("The tribunal heard closing submissions on Tuesday.", "2022-01-11"),
    ],
)
def test_plain_past_plan_and_a_hearing_keep_their_day(text: str, expected: str) -> None:
    assert values(text)[0] == (expected, "day")


@pytest.mark.parametrize(
    "text, expected",
    [
        # (mend118) the day a plan was moved to stays the coming day, the undone day is left undated
        ("The ballot, which was expected on Monday, was pushed back to Friday.", [None, "2022-01-14"]),
        ("Nurses, who were due to strike on Monday, now strike on Friday.", [None, "2022-01-14"]),
        ("The audit had been scheduled for Monday but was moved to Friday.", [None, "2022-01-14"]),
        ("The audit had been due on Monday but was delayed until Friday.", [None, "2022-01-14"]),
    ],
)
def test_a_rescheduled_plan_keeps_its_new_day_ahead(text: str, expected: list[str | None]) -> None:
    assert [v for v, _ in values(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (mend118) a plural or a name after "is/are due to" is whom a deadline is owed to: the coming day
        ("The audit is due to councillors on Monday.", "2022-01-17"),
        ("Final tenders are due to Ottawa on Monday.", "2022-01-17"),
        ("Harbour Chief Due To Tour Depot On Monday", "2022-01-17"),
        # after a past or passive verb it is the cause: last Monday
        ("Ferries were halted due to gales on Monday.", "2022-01-10"),
    ],
)
def test_due_to_a_recipient_is_a_deadline(text: str, expected: str) -> None:
    assert values(text)[0] == (expected, "day")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # (mend118) a preview's participle keeps the nearest year: after a present or future "be", before a future
        # verb, and for an event's own participles (held, played, staged, hosted)
        ("The congress, to be held on June 2 in Turin, will draw 30 parties.", date(2010, 5, 20), "2010-06-02"),
        ("The wake is being held on June 2.", date(2010, 5, 20), "2010-06-02"),
        ("The run-off, decided on Jan. 4, will pick the leader.", date(2010, 12, 28), "2011-01-04"),
        ("The derby, played on June 2 in Leeds, decides the cup.", date(2010, 5, 20), "2010-06-02"),
        ("The gala, hosted on June 2, raises funds.", date(2010, 5, 20), "2010-06-02"),
        # a finite past keeps going back a year
        ("The keeper was sacked on June 2 and left.", date(2010, 5, 20), "2009-06-02"),
    ],
)
def test_preview_participle_keeps_the_nearest_year(text: str, published: date, expected: str) -> None:
    assert values(text, published)[0] == (expected, "day")
