"""(mend83) review109's cases on timeline4's rules: a tied follow-up's new weekdays, a recurrence that qualifies
something else, the day something was done to a deadline, and "By Sunday, … had …" told in the past; on invented news."""
from __future__ import annotations

from accord.briefing import build
from accord.model import Article


def art(aid: str, text: str, **kw: str) -> Article:
    return Article(id=aid, title="", text=text, raw_text=text, **kw)


def _days(*articles: Article) -> dict[str, str]:
    return {t.text: t.date for t in build(list(articles)).timeline}


def test_a_tied_follow_up_keeps_no_weekday_before_the_shared_facts() -> None:
    """An undated follow-up recounts the dated reports' Monday and Tuesday and tells its own Friday and Saturday: written
    days later, its new weekdays would fall a week early, before the events they follow. Only its weekdays from the
    earliest shared day on stand."""
    a = art("a", "Dock workers at the port of Halden voted on Tuesday to walk out after pay talks failed.\n"
                 "Pay talks between the dockers' union and the port broke down on Monday after ten hours.\n"
                 "Union leader Pia Lund said the walkout would start next week.", published="2026-03-12")
    b = art("b", "Pay talks between the dockers' union and the port of Halden broke down on Monday after ten hours.\n"
                 "Dock workers at the port of Halden voted on Tuesday to walk out.\n"
                 "The port said it would divert ships to Oslo.", published="2026-03-12")
    c = art("c", "Hundreds of dock workers at the port of Halden began their walkout on Friday, blocking the main gate.\n"
                 "Pay talks between the dockers' union and the port broke down on Monday after ten hours.\n"
                 "Dock workers at the port of Halden voted on Tuesday to walk out.\n"
                 "On Saturday, the port turned away 12 container ships, spokesman Ola Berg said.")
    days = _days(a, b, c)
    assert not any(d in days.values() for d in ("2026-03-06", "2026-03-07")), days
    assert "2026-03-09" in days.values() and "2026-03-10" in days.values()
    # the look-alike: a weekday on or after the shared facts' days (told in the same week) still stands
    d = art("d", "Pay talks between the dockers' union and the port broke down on Monday after ten hours.\n"
                 "Dock workers at the port of Halden voted on Tuesday to walk out.\n"
                 "Harbour master Ole Dahl ordered two tankers out of the port of Halden on Wednesday.")
    assert _days(a, b, d).get("Harbour master Ole Dahl ordered two tankers out of the port of Halden on Wednesday.") \
        == "2026-03-11"


def test_a_recurrence_must_qualify_the_day() -> None:
    """"each year" in a relative clause about something else leaves the day an event's; "every July 4", "on March 3
    each year", "the second Tuesday of every month" and an opening "Every year …" still name days that come back."""
    a = art("a", "A new vaccine against a fever that kills 90,000 infants each year was approved by regulators on Monday.\n"
                 "A drug that claims thousands of lives every year was seized at the border on Saturday, police said.\n"
                 "Each year, the fever kills thousands, and on Wednesday the health minister called the vaccine a "
                 "breakthrough.\n"
                 "The town holds a fireworks show every July 4 on the river.\n"
                 "The pilgrims gather at the shrine on March 3 each year.\n"
                 "The council meets on the second Tuesday of every month.\n"
                 "Every year since 1990, the village has held a torch parade on March 1.", published="2026-03-12")
    days = _days(a)
    assert days.get("A new vaccine against a fever that kills 90,000 infants each year was approved by regulators on "
                    "Monday.") == "2026-03-09", days
    assert days.get("A drug that claims thousands of lives every year was seized at the border on Saturday, police "
                    "said.") == "2026-03-07", days
    assert "2026-03-11" in days.values(), days
    assert not any(k in t for t in days for k in ("fireworks", "pilgrims", "council meets", "torch")), days


def test_a_day_when_something_was_done_to_a_deadline_is_an_event() -> None:
    """"rejected the hospital's deadline on Tuesday", "missed the deadline on Friday": the day of the action; "faces a
    deadline on Friday", "must meet the deadline on Friday" and "the deadline of March 16" are limits."""
    a = art("a", "The nurses' union rejected the hospital's deadline on Tuesday and said its members would strike.\n"
                 "The builder missed the council's deadline on Friday, officials said.\n"
                 "The club faces a deadline on Monday to pay its players.\n"
                 "The airline must meet the regulator's deadline on Wednesday to keep its licence.\n"
                 "The hospital had set a deadline of March 16 for an agreement.", published="2026-03-12")
    days = _days(a)
    assert days.get("The nurses' union rejected the hospital's deadline on Tuesday and said its members would strike.") \
        == "2026-03-10", days
    assert days.get("The builder missed the council's deadline on Friday, officials said.") == "2026-03-06", days
    assert not any(k in t for t in days for k in ("club", "airline", "had set")), days


def test_by_a_day_told_in_the_past_dates_the_state_reached() -> None:
    """An opening "By Sunday," told in the past is the day of the state it reached, even with a later saying day; an
    opening "By Friday," that binds someone or tells what is to come is a limit."""
    a = art("a", "By Sunday, the death toll from the outbreak had risen to 40, health officials said on Tuesday.\n"
                 "By Wednesday evening, 14 ships had left the harbour, the port said on Thursday.\n"
                 "By Friday, all residents of the valley must leave their homes, the sheriff said on Tuesday.\n"
                 "By Monday, the crews will have cleared the road, the mayor said on Wednesday.", published="2026-03-12")
    days = _days(a)
    assert days.get("By Sunday, the death toll from the outbreak had risen to 40, health officials said on Tuesday.") \
        == "2026-03-08", days
    assert days.get("By Wednesday evening, 14 ships had left the harbour, the port said on Thursday.") == "2026-03-11"
    assert days.get("By Friday, all residents of the valley must leave their homes, the sheriff said on Tuesday.") \
        == "2026-03-10", days
    assert days.get("By Monday, the crews will have cleared the road, the mayor said on Wednesday.") == "2026-03-11"
