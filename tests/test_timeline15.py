"""timeline15 (issue 13): a schedule told in the present ("the vote is set for Monday", "is slated for Thursday") is
the coming weekday, as "will … Monday" is, and so is "is to be voted on Monday" or a game "looming Monday"; a future word that tells no future — "due to" of a cause ("the delay is
due to bad weather"), "than expected", "as planned", "scheduled" as an adjective — leaves the weekday the most recent
one. Invented news, each rule both ways."""
from __future__ import annotations

from datetime import date

from test_timeline9 import _days, art

from accord.analyse import dates

FRI = date(2024, 3, 8)  # a Friday: its last Monday is 2024-03-04, its coming one 2024-03-11


def _day(text: str, ref: date = FRI) -> str | None:
    (m,) = [m for m in dates.find(text, ref) if m.label == "day"]
    return m.value


def test_a_present_tense_schedule_is_the_coming_day() -> None:
    for t in ("The council vote is set for Monday.", "The final hearing is now set for Monday, the clerk said.",
              "The ferry's maiden voyage is slated for Monday.", "The two ministers' talks are planned for Monday.",
              "The ferry is due to dock at Marlow on Monday.", "The trial is due to commence on Monday."):
        assert _day(t) == "2024-03-11", t
    # a plain past is the last such day; (timeline16) a plan the sentence says was undone is no day at all
    for t in ("The council met on Monday to set the budget.", "The plan for Monday's parade was dropped."):
        assert _day(t) == "2024-03-04", t
    assert _day("The council vote was set for Monday, but it was postponed.") is None
    assert _day("The ferry is due to dock at Marlow on Friday.") == "2024-03-08"  # today counts
    # "is to" of a plan and a game "looming" are ahead too; "is to blame" is no plan
    for t in ("The harbour levy is to be voted on Monday.", "The two mayors are to meet on Monday.",
              "With a cup final looming Monday, the coach rested three players."):
        assert _day(t) == "2024-03-11", t
    assert _day("The storm is to blame for the ferry's delay on Monday.") == "2024-03-04"


def test_a_future_word_that_tells_no_future_keeps_the_last_day() -> None:
    for t in ("The closure is due to a strike by dock workers on Monday.",
              "The ferry was held in port due to high winds on Monday.",
              "The blackout was due to a flood at a substation on Monday.",
              "The river crested earlier than expected on Monday.",
              "As planned, the new wing of the museum opened on Monday.",
              "The airline's scheduled Marlow flights resumed on Monday.",
              "The regular scheduled board meeting ran late on Monday."):
        assert _day(t) == "2024-03-04", t
    # the same words telling a future still point ahead
    for t in ("The ferry is due to sail again on Monday.", "The ferry is expected to sail again on Monday.",
              "Service is scheduled to resume on Monday."):
        assert _day(t) == "2024-03-11", t
    assert dates.tells_ahead("the ferry is due to sail") and not dates.tells_ahead("the delay is due to fog")


def test_the_timeline_dates_a_schedule_ahead_and_a_cause_behind() -> None:
    sched = "The council vote on the harbour budget is set for Monday."
    cause = "The harbour's closure was due to a strike by dock workers on Monday."
    days = _days(art("a", sched + "\n" + cause, published="2024-03-08"))
    assert days.get(sched) == "2024-03-11" and days.get(cause) == "2024-03-04", days


def test_a_schedule_word_far_back_in_the_weekdays_own_clause_still_points_ahead() -> None:
    """A long clause ("is due to appear before … court on Monday") puts the future word over 40 characters back;
    it still governs the weekday, unless another clause opens between ("…, but it ran aground … on Monday")."""
    assert _day("Tom Reed, 31, from the village is due to appear before Marlow Borough Magistrates' Court on "
                "Monday.") == "2024-03-11"
    for t in ("The ferry was expected to dock at dawn, but it ran aground off the coast of Marlow on Monday.",
              "The council will review the case that the police closed in the harbour town of Marlow on Monday.",
              "The vote is set for next month after the deputies met for hours behind closed doors on Monday."):
        assert _day(t) == "2024-03-04", t


def test_mend117_a_schedule_stays_ahead() -> None:
    """mend117: "due to <verb>" of any ending is a schedule, a sum "due to the council" is owed on the day, and
    "the scheduled vote on Monday" is a schedule (no past verb after "scheduled")."""
    for t in ("The lifeboat crew is due to sing at the harbour festival on Monday.",
              "The mayors are due to focus on ferry fares at the summit on Monday.",
              "The last rent instalment of 40,000 is due to the harbour board on Monday.",
              "Councillors are getting ready for the scheduled vote on Monday.",
              "Divers are racing to clear the wreck ahead of the scheduled regatta on Monday."):
        assert _day(t) == "2024-03-11", t


def test_mend117_a_past_event_stays_behind() -> None:
    """mend117: "looming"/"upcoming" away from the day, "set for" a noun, and a long clause with a second time
    phrase or an unlisted past verb leave the weekday the last one."""
    for t in ("With a ferry strike looming, the two sides met on Monday for four hours.",
              "Worries about an upcoming drought hit grain prices on Monday.",
              "The stage is set for a fight after the harbour talks collapsed Monday.",
              "The pier is due to reopen next month after a storm shut it down on Monday.",
              "The harbour master is due to retire next year under a deal the board struck with him on Monday."):
        assert _day(t) == "2024-03-04", t
    # the narrow shapes still point ahead
    for t in ("A cup final looming Monday has the town buzzing.", "The regatta is set for Monday."):
        assert _day(t) == "2024-03-11", t
