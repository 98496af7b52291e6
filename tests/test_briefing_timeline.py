"""The brief's timeline rules on invented news (accord.briefing): limits, datelines, recurring days, borrowed weeks and
far page dates (timeline4), and review109's cases on them (mend83): a tied follow-up's new weekdays, a recurrence that
qualifies something else, the day something was done to a deadline, "By Sunday, … had …" told in the past."""
from __future__ import annotations

from accord.briefing import _reads_alone, build
from accord.model import Article


def art(aid: str, text: str, **kw: str) -> Article:
    return Article(id=aid, title="", text=text, raw_text=text, **kw)


def _days(*articles: Article) -> dict[str, str]:
    return {t.text: t.date for t in build(list(articles)).timeline}


def test_a_limit_is_not_the_day_something_happens() -> None:
    """"has until Friday", "until noon Jan. 2", "must leave by Monday", "the deadline of March 1": limits. A decision
    told with the day it was made is that day's, not its "by" day's; a plan's lone "by" day stays (timeline1)."""
    a = art("a", "The company has until Friday to respond to the regulator's demands, the agency said.\n"
                 "A wind chill advisory remains in effect until noon Jan. 12 for most of the county.\n"
                 "Residents of the valley must leave their homes by Monday, the sheriff said.\n"
                 "The union rejected the deadline of March 1 for a new contract.\n"
                 "The goal is passage by Friday; the city faces a Jan. 31 due date on its bonds.\n"
                 "The council voted on Tuesday to close the old bridge by January 20, the mayor said.\n"
                 "The repairs would be completed by Jan. 25, the contractor said.", published="2022-01-06")
    days = _days(a)
    assert not any(d in days.values() for d in ("2022-01-07", "2022-01-12", "2022-01-10", "2022-03-01", "2022-01-20",
                                             "2022-01-31")), days
    assert days.get("The council voted on Tuesday to close the old bridge by January 20, the mayor said.") == "2022-01-04"
    assert "2022-01-25" in days.values()


def test_a_day_after_by_that_names_an_event_still_dates_it() -> None:
    a = art("a", "The power station was damaged by Saturday's storm, the utility said.", published="2022-01-12")
    assert "2022-01-08" in _days(a).values()


def test_a_wire_dateline_dates_the_report_not_the_event() -> None:
    """"WASHINGTON, May 3 (Reuters) -" and "NEW YORK (AP) — May 3 —" date the report; a day the sentence tells after
    a dateline still dates it."""
    a = art("a", "WASHINGTON, May 3 (Reuters) - The Senate passed a $40 billion aid bill for farmers.\n"
                 "NEW YORK (AP) — May 3 — Shares of the carmaker fell 12 percent in early trading.\n"
                 "LONDON, May 3 — The central bank raised its main rate by a quarter point.",
            published="2021-05-04")
    b = art("b", "WASHINGTON (AP) — On Monday, the House approved the farm aid bill.\n"
                 "The central bank last raised rates on March 18, analysts noted.", published="2021-05-04")
    days = _days(a, b)
    assert "2021-05-03" in days.values()  # b's Monday
    assert all("Senate" not in t and "carmaker" not in t and "central bank raised" not in t for t in days), days
    assert "2021-03-18" in days.values()


def test_a_recurring_day_is_no_event() -> None:
    """"May 1 is a public holiday", "is observed on Nov. 11", "every July 4", "Every year … leading up to Nov. 11":
    days that come back; a day that something happened on, in the same story, stays."""
    a = art("a", "May 1 is an official public holiday in more than 60 countries.\n"
                 "Labour Day, or May 1, is also known as International Workers' Day.\n"
                 "In the United States, Veterans Day is observed on Nov. 11.\n"
                 "The town holds a fireworks show every July 4 on the river.\n"
                 "Every year people wear paper poppies for weeks leading up to Nov. 11.\n"
                 "Thousands of workers marched through the capital on May 1, police said.", published="2023-05-02")
    days = _days(a)
    assert set(days.values()) == {"2023-05-01"}, days
    assert "marched" in next(iter(days))


def test_an_undated_article_telling_the_dated_articles_news_keeps_its_weekdays() -> None:
    """An undated account that tells two of the dated article's facts, one on the same day by a weekday of its own, is
    of that week: its "on Wednesday" and "will … on Saturday" stand. One that tells one fact, names a later day by its
    month, or tells the facts with no day, is not tied: its weekday is left out unless the dated article gives it."""
    a = art("a", "Flood waters began to recede in Riverton on Thursday, the state emergency agency said.\n"
                 "The Green River burst its banks on Monday night, flooding more than 300 homes.\n"
                 "About 1,200 residents spent the week in emergency shelters.", published="2022-03-10")
    b = art("b", "Flood waters started receding in Riverton on Thursday, the state emergency agency said.\n"
                 "The Green River burst its banks on Monday night and flooded more than 300 homes.\n"
                 "Governor Ann Marsh toured the flooded district of Riverton on Wednesday.\n"
                 "Schools in Riverton will reopen on Saturday, the school board said.")
    days = _days(a, b)
    assert days.get("Governor Ann Marsh toured the flooded district of Riverton on Wednesday.") == "2022-03-09", days
    assert days.get("Schools in Riverton will reopen on Saturday, the school board said.") == "2022-03-12", days
    c = art("c", "Flood waters started receding in Riverton on Thursday, the state emergency agency said.\n"
                 "The Green River burst its banks on Monday night and flooded more than 300 homes.\n"
                 "Governor Ann Marsh toured the flooded district of Riverton on Wednesday.\n"
                 "Mourners gathered for the funeral of the flood's two victims on March 14.")
    assert "2022-03-09" not in _days(a, c).values()
    d = art("d", "The Green River burst its banks on Monday night and flooded more than 300 homes.\n"
                 "Governor Ann Marsh toured the flooded district of Riverton on Wednesday.")
    assert "2022-03-09" not in _days(a, d).values()
    # two facts told, but no day of theirs on the dated account's day: a report of another week recounting them
    e = art("e", "Flood waters started receding in Riverton, the state emergency agency said.\n"
                 "The Green River burst its banks and flooded more than 300 homes.\n"
                 "Governor Ann Marsh toured the flooded district of Riverton on Wednesday.")
    assert "2022-03-09" not in _days(a, e).values()


def test_someone_known_only_by_age_does_not_read_alone() -> None:
    assert not _reads_alone("The 58-year-old is at her home in the capital recovering from the virus, media reported Thursday.")
    assert not _reads_alone("The 34-year-old woman was taken to hospital on Sunday with head injuries.")
    assert _reads_alone("A 34-year-old woman was taken to hospital on Sunday with head injuries, police said.")
    assert _reads_alone("The 58-year-old Dana Reyes resigned as chair of the board on Thursday.")


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


# -- timeline6: a year borrowed from a background full date --------------------------------------------------------
def test_a_day_without_its_year_is_not_given_an_earlier_year_than_its_article_tells_as_past() -> None:
    """An undated article about a 1998 fire that tells "in June 2019" as past was written in 2019 or later: its "on
    May 14" is no 1998 day (a writer leaves the year out for this year's days)."""
    a = art("a", "A downtown hotel burned on April 20, 1998, killing two guests.\n"
                 "Investigators reopened the cold case in June 2019 after a tip from a relative.\n"
                 "Detectives matched his DNA to the evidence on May 14, police said.")
    days = _days(a)
    assert "1998-04-20" not in days.values()  # (timeline9) history over a year before the "June 2019" told as past
    assert not any("May 14" in t for t in days), days
    b = art("b", "The museum's roof collapsed on Feb. 10, 2012, under heavy snow.\n"
                 "Repairs dragged on until a new director took over in 2018.\n"
                 "The museum reopened to visitors on Feb. 21, the city said.")
    assert not any("reopened" in t for t in _days(b))  # "until" elsewhere in the clause is no limit of 2018
    c = art("c", "A storm knocked out power to 40,000 homes on Dec. 30, 2017, the utility said.\n"
                 "Crews restored the last lines on Jan. 2, 2018, officials said.\n"
                 "Schools closed on Dec. 31 as the cold deepened.")
    assert _days(c).get("Schools closed on Dec. 31 as the cold deepened.") == "2017-12-31"  # the turn of the year


def test_a_day_keeps_its_borrowed_year_when_nothing_later_is_told_as_past() -> None:
    """The same article with the later year told as to come ("will retire in 2020") or as an aim keeps "May 14" in
    1998, as before; so does one whose later year is a birth date's or nowhere."""
    a = art("a", "A downtown hotel burned on April 20, 1998, killing two guests.\n"
                 "The hotel's owner will reopen the building in 2001, his lawyer said.\n"
                 "The city aims to rebuild the whole block in 2002.\n"
                 "The street stays closed until 2003 under the insurer's plan.\n"
                 "The owner's son, born on May 2, 2004, inherited the lot.\n"
                 "Detectives matched his DNA to the evidence on May 14, police said.")
    assert _days(a).get("Detectives matched his DNA to the evidence on May 14, police said.") == "1998-05-14"


def test_an_anniversary_day_takes_its_year_only_from_the_count() -> None:
    """"July 3 marked the 169th anniversary of Emancipation", with "in 1848" told, is 2017, never the year another
    account's "July 2, 2016" lends it; with the origin year giving the lent year, the day stays."""
    a = art("a", "Prosecutors said the aide posted the photos online on July 2, 2016, weeks before the primary.")
    b = art("b", "Islanders celebrated on July 3, which marked the 169th anniversary of Emancipation Day.\n"
                 "In 1848, thousands of enslaved people marched on the fort at Frederiksted.")
    assert not any("anniversary" in t for t in _days(a, b))
    c = art("c", "Islanders celebrated on July 3, which marked the 168th anniversary of Emancipation Day.\n"
                 "In 1848, thousands of enslaved people marched on the fort at Frederiksted.")
    assert any("anniversary" in t and d == "2016-07-03" for t, d in _days(a, c).items())


def test_a_later_year_told_after_the_day_does_not_move_it() -> None:
    """A retelling in the year of its full date ("On Oct. 18, 1944 … On Oct. 24 …") keeps the day in that year when
    the later year ("founded the company in 1945") comes only after it in the text. (timeline9: a later year over a
    year after the day, "in 1975", makes the whole retelling history, left out.)"""
    a = art("a", "On Oct. 18, 1944, the fleet sailed from its base with 60 ships.\n"
                 "On Oct. 24, American planes sank the battleship in the Sibuyan Sea.\n"
                 "The wreck was found by a team led by a sailor who founded a shipping company in 1945.")
    assert _days(a).get("On Oct. 24, American planes sank the battleship in the Sibuyan Sea.") == "1944-10-24"


def test_an_anniversary_day_stated_with_its_year_and_count_keeps_it() -> None:
    """"by June 30, 2030, 40 years to the day after it opened" in one account gives "on June 30, the 40th anniversary"
    in another its 2030; the origin's own day with its year ("opened on June 30, 1990") would not: a first anniversary
    is never the day it counts from."""
    a = art("a", "The company will close its last mine by June 30, 2030, 40 years to the day after it opened.")
    b = art("b", "Miners will hold a farewell parade in the town on June 30, the 40th anniversary of its opening, "
                 "the union said.")
    assert any("parade" in t and d == "2030-06-30" for t, d in _days(a, b).items())
    c = art("c", "The storm made landfall on Aug. 27, 2020, destroying hundreds of homes in the parish.\n"
                 "Residents gathered on Aug. 27 to mark the first anniversary of the storm, the mayor said.")
    assert not any("Residents" in t for t in _days(c))


def test_a_later_year_in_the_days_own_sentence_or_a_term_to_come_lends_nothing() -> None:
    """(review113) A later year only in the day's own sentence ("… who served until his death in 2015") or in a term
    that runs ahead ("a lease that expires in 2042") says nothing of when the article was written: the day keeps the
    year of the article's own full date."""
    a = art("a", "Governor Ann Reyes won the election on Nov. 4, 2008, officials said.\n"
                 "On Nov. 6, Reyes named Tom Hale chief of staff, a post he held until his retirement in 2015.")
    assert _days(a).get("On Nov. 6, Reyes named Tom Hale chief of staff, a post he held until his retirement in 2015.") \
        == "2008-11-06"
    b = art("b", "The port signed its new terminal deal on March 1, 2012, the authority said.\n"
                 "The terminal sits on city land under a lease that expires in 2042.\n"
                 "On March 5, the city council approved the first phase of the dredging work.")
    assert _days(b).get("On March 5, the city council approved the first phase of the dredging work.") == "2012-03-05"


def test_a_count_of_years_is_read_in_words_as_in_figures() -> None:
    """(tidy) The years a sentence counts are read with the analyser's number reading (text2num), so every ordinal
    and number word counts as its figure does; a sentence that counts none gives 0."""
    from accord.briefing import _years_counted

    for text, years in (("The town marked the 169th anniversary of its charter on July 3.", 169),
                        ("The band played its fiftieth-anniversary shows on July 3.", 50),
                        ("Veterans gathered on June 6 for the seventy-fifth anniversary of the landings.", 75),
                        ("The couple renewed their vows on their twenty-fifth anniversary.", 25),
                        ("Twenty years after the band split, it played again on May 2.", 20),
                        ("The city held its bicentennial parade on July 4.", 200),
                        ("The council met on May 2 and approved the budget.", 0)):
        assert _years_counted(text) == years, text
