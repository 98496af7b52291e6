"""timeline10 (issue 13): a year lent only by a full date that dates its own sentence, the page's own printing or update
lines, a period's first or last day and a survey's fieldwork, and a crawl log's date. Invented news, each rule both
ways."""
from __future__ import annotations

from accord.briefing import _report_line, build, event_day
from accord.model import Article, Mention


def art(aid: str, text: str, **kw: str) -> Article:
    return Article(id=aid, title="", text=text, raw_text=text, **kw)


def _days(*articles: Article) -> dict[str, str]:
    return {t.text: t.date for t in build(list(articles)).timeline}


def _at(text: str, day: str) -> Mention:
    start = text.index(day)
    return Mention(kind="date", text=day, value=None, label="day", start=start, end=start + len(day))


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


def test_a_relative_clauses_date_lends_no_year() -> None:
    levee = "On Sept. 2, the levee on the east bank of the canal gave way and water poured into the Lower Ninth Ward."
    days = _days(art("a", "Residents compared the flood to Hurricane Katrina, which struck the coast on Aug. 29, 2005, "
                          "killing more than 1,800 people.\n" + levee))
    assert levee not in days, days
    court = "Tom Reed, 34, of Dayton appeared before a judge on June 4 and pleaded not guilty to fleeing police."
    days = _days(art("a", "Police arrested Tom Reed, 34, in Dayton on June 2, 2018, after a chase on Interstate 75."),
                 art("b", court))
    assert days.get(court) == "2018-06-04", days  # another account's arrest, told as its own sentence's day


def test_the_pages_own_printing_or_update_is_no_event() -> None:
    for t in ("A version of this article appears in print on Sept. 2, 2014, on Page A12 of the New York edition.",
              "This story was originally published on March 3, 2016.",
              "Page last updated at 10:22 GMT, Tuesday, 3 March 2009.",
              "Last modified on Tue 3 Mar 2015 12.00 GMT",
              "Crawl start date: 09 March, 2011"):
        assert _report_line(t), t
    for t in ("The Onion article first appeared on November 14, and Chinese media picked it up two weeks later.",
              "The report was published on March 3 by the inspector general.",
              "Modified rules for the race were posted on June 2.",
              "This week the council last updated its flood maps on March 3, 2009."):
        assert not _report_line(t), t


def test_a_periods_first_or_last_day_is_no_event() -> None:
    for t, day in (("The poll of 1,200 voters was conducted from Oct. 2 to Oct. 5 and has a margin of error of 3 points.",
                    "Oct. 2"),
                   ("The poll of 1,200 voters was conducted from Oct. 2 to Oct. 5 and has a margin of error of 3 points.",
                    "Oct. 5"),
                   ("Between Jan. 1 and March 31, the company's sales in Europe rose 12 percent.", "Jan. 1"),
                   ("Between Jan. 1 and March 31, the company's sales in Europe rose 12 percent.", "March 31"),
                   ("The survey was conducted on Sept. 2 among 800 parents in Ohio.", "Sept. 2"),
                   ("Voters were polled June 3-6 by the Marist Institute.", "June 3")):
        assert not event_day(t, _at(t, day), 1), (t, day)
    for t, day in (("The poll was released on Oct. 7 by the Marist Institute.", "Oct. 7"),
                   ("The new episodes will be broadcast starting July 17 on CBS.", "July 17"),
                   ("The seminar will be held October 1 - 2 in Dayton.", "October 1"),
                   ("From March 1, smoking will be banned in all city parks.", "March 1"),
                   ("The Calgary Zoo canceled its light show on Dec. 30 and Dec. 31 because of the cold.", "Dec. 30"),
                   ("The poll was held on Sunday across the country.", "Sunday"),  # an election, not fieldwork
                   ("The vote count was completed on Monday, officials said.", "Monday")):
        assert event_day(t, _at(t, day), 1), (t, day)


def test_a_crawl_logs_date_places_no_weekday() -> None:
    signed = "On Wednesday, the mayor of Dayton signed the budget for the new fire station on Main Street."
    log = art("a", "Web wide crawl with initial seedlist\nCrawl start date: 09 March, 2011\nCrawl end date: 23 December, "
                   "2011\nThe seed list for this crawl was a list of top web sites.", published="2011-03-09")
    assert signed not in _days(log, art("b", signed))
    news = art("a", "The Dayton city council approved the budget for a new fire station on Tuesday.", published="2011-03-09")
    assert _days(news, art("b", signed)).get(signed) == "2011-03-09"
