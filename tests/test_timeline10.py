"""timeline10 (issue 13) and mend90: a document's date lends no year (an event's does), the page's own printing or update
lines, a poll's fieldwork day, and a crawl log's date. Invented news, each rule both ways."""
from __future__ import annotations

from test_timeline9 import _at, _days, art

from accord.briefing import _report_line, event_day


def test_a_documents_date_lends_no_year() -> None:
    briefing = "At a Jan. 9 press briefing, the governor announced a vaccination drive in the city's schools."
    days = _days(art("a", "The county's chief doctor sent a warning to the state in a March 2, 2015, email to the "
                          "governor's aide.\n" + briefing))
    assert briefing not in days, days  # 2015 is the email's year, not the briefing's
    assert days.get("The county's chief doctor sent a warning to the state in a March 2, 2015, email to the governor's "
                    "aide.") == "2015-03-02"  # the email still dates its own sentence
    restored = "On Sept. 2, crews restored power to 40,000 homes in Carteret County, the utility said."
    days = _days(art("a", "The storm made landfall near Morehead City on Aug. 30, 2019, with winds of 90 mph.\n" + restored))
    assert days.get(restored) == "2019-09-02", days  # the narrative's own day lends its year


def test_a_document_written_any_way_lends_no_year() -> None:
    # (mend90, review125 F6) a document's date after its noun ("dated"), or after a lower-case possessive
    briefing = "At a Jan. 11 news conference, the governor said the water in the city was safe to drink."
    for lender in ("The water plant's chemist warned the state about lead in an email dated Feb. 26, 2015, to her boss.",
                   "Residents cited the water utility's March 2, 2015, notice to its customers about brown water.",
                   "Council members read aloud from the mayor's Nov. 4, 2014 letter to the state treasurer.",
                   "The Feb. 20, 2015, memo from the state health department was never shown to the governor."):
        days = _days(art("a", lender + "\n" + briefing))
        assert briefing not in days, (lender, days)
        assert lender in days  # the document's own sentence keeps its day


def test_a_date_naming_an_event_lends_its_year() -> None:
    # (mend90, review125 F1, F2) an event named by its date, however written, lends its year: the story's own event
    for lender, later, day in (
            ("Prosecutors in Odessa filed new charges against the gunman in the Aug. 3, 2019, shooting at a grocery store.",
             "On Aug. 5, the gunman's mother released a statement apologizing to the victims' families.", "2019-08-05"),
            ("Her Jan. 14, 2021, arrest at a motel in Spokane came after a three-week search, police said.",
             "On Jan. 19, she appeared in Spokane County Superior Court and was held on $500,000 bail.", "2021-01-19"),
            ("The Nov. 8, 2016, election gave Republicans control of both chambers of the state legislature.",
             "On Nov. 10, the governor-elect met the outgoing governor at the capitol.", "2016-11-10"),
            ("The Cedar Fire, which started on July 13, 2021, near Quincy, has burned more than 90,000 acres.",
             "On July 20, crews cut a fire line around the town of Graeagle.", "2021-07-20"),
            ("Forecasters said that Jan. 22, 2016, was the coldest day in the city in more than a decade.",
             "On Jan. 24, the city opened six warming shelters for homeless residents.", "2016-01-24"),
            ("Residents compared the flood to Hurricane Katrina, which struck the coast on Aug. 29, 2005, killing more "
             "than 1,800 people.",
             "On Sept. 2, the levee on the east bank of the canal gave way and water poured into the streets.",
             "2005-09-02")):
        assert _days(art("a", lender + "\n" + later)).get(later) == day, lender
    court = "Tom Reed, 34, of Dayton appeared before a judge on June 4 and pleaded not guilty to fleeing police."
    days = _days(art("a", "Police arrested Tom Reed, 34, in Dayton on June 2, 2018, after a chase on Interstate 75."),
                 art("b", court))
    assert days.get(court) == "2018-06-04", days  # another account's arrest, told as its own sentence's day
    # an anniversary's origin still lends nothing
    later = "On Sept. 13, the city unveiled a new memorial near the harbor."
    days = _days(art("a", "Hundreds gathered to mark the 20th anniversary of the Sept. 11, 2001, attacks.\n" + later))
    assert later not in days, days


def test_the_pages_own_printing_or_update_is_no_event() -> None:
    for t in ("A version of this article appears in print on Sept. 2, 2014, on Page A12 of the New York edition.",
              "This story was originally published on March 3, 2016.",
              "This article was last updated on Oct. 25, 2021.",
              "Page last updated at 10:22 GMT, Tuesday, 3 March 2009.",
              "Last modified on Tue 3 Mar 2015 12.00 GMT",
              "Crawl start date: 09 March, 2011"):
        assert _report_line(t), t
    for t in ("The Onion article first appeared on November 14, and Chinese media picked it up two weeks later.",
              "The report was published on March 3 by the inspector general.",
              "Modified rules for the race were posted on June 2.",
              "This week the council last updated its flood maps on March 3, 2009.",
              # (mend90, review125 F3) only a line that opens with the page: a report, a post, an op-ed as news
              "This report was published on March 3, 2017, by the Pentagon's inspector general and found $40 million "
              "in waste.",
              "Investigators said this post was first posted on Nov. 2, 2016, by an account run from a troll farm.",
              "The paper said this piece was written on Sept. 4, 2018, by a senior official in the governor's office.",
              "The mayor said a version of this article appears in print on Sunday with corrections."):
        assert not _report_line(t), t


def test_a_polls_fieldwork_day_is_no_event() -> None:
    for t, day in (("The poll of 1,200 voters was conducted from Oct. 2 to Oct. 5 and has a margin of error of 3 points.",
                    "Oct. 2"),
                   ("The poll of 1,200 voters was conducted from Oct. 2 to Oct. 5 and has a margin of error of 3 points.",
                    "Oct. 5"),
                   ("The survey was conducted on Sept. 2 among 800 parents in Ohio.", "Sept. 2"),
                   ("The Quinnipiac poll was conducted June 3-6 among registered voters.", "June 3"),
                   ("The survey, conducted Sept. 2-5, found support for the levy at 54 percent.", "Sept. 2"),
                   ("The poll surveyed 1,004 adults from March 8 to March 11 by telephone.", "March 8")):
        assert not event_day(t, _at(t, day), 1), (t, day)
    # (mend90) a period's first or last day is news (a scheduled step), and only a poll or survey does fieldwork
    for t, day in (("The poll was released on Oct. 7 by the Marist Institute.", "Oct. 7"),
                   ("Registration will run from Oct. 26 to Nov. 20 at every county office.", "Oct. 26"),
                   ("Nominations will take place from Oct. 16 to Nov. 14, the election commission said.", "Nov. 14"),
                   ("Between Jan. 1 and March 31, the company's sales in Europe rose 12 percent.", "Jan. 1"),
                   ("Early voting ran from Oct. 12, 2020, to Oct. 30, 2020, at 40 sites.", "Oct. 12"),
                   ("The new episodes will be broadcast starting July 17 on CBS.", "July 17"),
                   ("The Calgary Zoo canceled its light show on Dec. 30 and Dec. 31 because of the cold.", "Dec. 30"),
                   ("The poll was held on Sunday across the country.", "Sunday"),  # an election, not fieldwork
                   ("The vote count was completed on Monday, officials said.", "Monday"),
                   ("The former adviser was interviewed on Jan. 24 by two FBI agents at the White House.", "Jan. 24"),
                   ("Engineers surveyed on March 4 the damage to the levee north of the town.", "March 4"),
                   ("A poll worker in Kandahar said the attack was carried out on Oct. 20 by two men.", "Oct. 20")):
        assert event_day(t, _at(t, day), 1), (t, day)


def test_a_periods_days_and_an_events_lender_beside_an_older_date_stay() -> None:
    # (mend90, review125 X1) the attributive event still lends when another account names an older year's day
    later = "On Aug. 5, the gunman's mother released a statement apologizing to the victims' families."
    days = _days(art("a", "Prosecutors filed new charges against the gunman in the Aug. 3, 2019, shooting at a store in "
                          "Odessa.\n" + later),
                 art("b", "The gunman legally bought the rifle near Lubbock on Aug. 1, 2018, a federal agent testified."))
    assert days.get(later) == "2019-08-05", days
    # (mend90, review125 F5, blind reading) a period's first day, with or without the AP comma, is a scheduled step
    for t, day in (("Early voting ran from Oct. 12, 2020, to Oct. 30, 2020, at 40 sites across Bexar County.",
                    "2020-10-12"),
                   ("The state's primary was postponed from March 17, 2020, to June 2, 2020, because of the virus.",
                    "2020-03-17"),
                   ("The company's shares rose 40 percent from Jan. 4, 2021, to Jan. 27, 2021, as small traders bought in.",
                    "2021-01-04")):
        assert _days(art("a", t)).get(t) == day, t


def test_a_crawl_logs_date_places_no_weekday() -> None:
    signed = "On Wednesday, the mayor of Dayton signed the budget for the new fire station on Main Street."
    log = art("a", "Web wide crawl with initial seedlist\nCrawl start date: 09 March, 2011\nCrawl end date: 23 December, "
                   "2011\nThe seed list for this crawl was a list of top web sites.", published="2011-03-09")
    assert signed not in _days(log, art("b", signed))
    news = art("a", "The Dayton city council approved the budget for a new fire station on Tuesday.", published="2011-03-09")
    assert _days(news, art("b", signed)).get(signed) == "2011-03-09"
