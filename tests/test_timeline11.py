"""timeline11 (issue 13): a poll's fieldwork told with the people asked as the subject, a crawl log's date sets no story
date, a byline's or a "Date:" label's date is the page's, and (ingest) a date line below the lede is the text's, not the
page's. Invented news, each rule both ways."""
from __future__ import annotations

from datetime import date

from test_timeline9 import _at, _days, art

from accord.briefing import _report_line, event_day, story_date
from accord.ingest import meta
from accord.ingest import text as text_reader


def test_a_polls_fieldwork_with_the_people_asked_as_subject_is_no_event() -> None:
    for t, day in (("Voters were polled June 3-6 by the Marist Institute for a Kentucky newspaper.", "June 3"),
                   ("Likely voters were surveyed from Oct. 2 to Oct. 5, the pollster said.", "Oct. 2"),
                   ("Respondents were interviewed online March 2-5 in both English and Spanish.", "March 2"),
                   ("The Gallup poll was conducted by telephone from Aug. 6 to 10 among 1,015 adults.", "Aug. 6"),
                   ("The survey was carried out online between May 4 and May 9.", "May 4")):
        assert not event_day(t, _at(t, day), 1), t
    for t, day in (("Witnesses were interviewed on March 3 by detectives from the county sheriff's office.", "March 3"),
                   ("Flynn was interviewed on Jan. 24 by two FBI agents at the White House.", "Jan. 24"),
                   ("Residents were evacuated by boat on Aug. 29 as the river rose.", "Aug. 29"),
                   ("Engineers surveyed the damage to the bridge on March 4.", "March 4"),
                   ("Voters went to the polls on June 3 to pick a new mayor.", "June 3")):
        assert event_day(t, _at(t, day), 0), t
    polled = "Voters were polled June 3-6 by the Marist Institute for the Herald-Leader."
    rallied = "Thousands of supporters rallied with the governor in Lexington on June 8, 2019, his campaign said."
    days = _days(art("a", rallied + "\n" + polled))
    assert polled not in days and days.get(rallied) == "2019-06-08", days


def test_a_crawl_logs_date_is_no_story_date() -> None:
    log = art("a", "Web wide crawl with initial seedlist\nCrawl start date: 09 March, 2011\nCrawl end date: 23 December, "
                   "2011\nThe seed list for this crawl was a list of top web sites.", published="2011-03-09")
    speeding = art("b", "The actor's motorcade sped into the city at 80 mph on Tuesday evening, police said.")
    assert story_date([log, speeding]) is None  # "Tuesday" is not the week of the crawl
    news = art("c", "The police chief would not say on Thursday who ordered the escort.", published="2011-04-21")
    assert story_date([log, speeding, news]) == date(2011, 4, 21)
    assert story_date([art("d", "The council met on Tuesday.", published="2011-03-09"), speeding]) == date(2011, 3, 9)


def test_a_bylines_or_a_date_labels_date_is_the_pages() -> None:
    for t in ("By Jane Doe | March 3, 2016", "By Jane Doe, Associated Press, March 3, 2016, 8:00 am",
              "Date: March 3, 2016", "Dated: Thursday, March 3, 2016 - 8:00 am"):
        assert _report_line(t), t
    for t in ("By Friday, March 3, the army had retaken the town.", "By March 3, 2016, the plant had closed for good.",
              "By law, the vote must be held by March 3.", "Date: March 3, when the council meets again to vote.",
              "By Tuesday the fires were out and residents began returning home."):
        assert not _report_line(t), t
    for stamp in ("By Jane Doe | March 3, 2016.", "Date: March 3, 2016."):  # glued into a paragraph cleaning keeps
        page = f"The Dayton city council voted on Tuesday to close two fire stations on the east side. {stamp} The " \
               "mayor said the cuts were painful but necessary for the budget."
        assert stamp not in _days(art("a", page)), stamp


def test_a_date_line_below_the_lede_is_the_texts_not_the_pages() -> None:
    for lines, want in (
            # a lede opening with a place's dateline, or of two sentences: the story has begun
            ("WASHINGTON (AP) — The Senate voted 51-49 on Thursday to pass a budget that cuts spending on roads.\n\n"
             "March 3, 2015\n\nKey votes", None),
            ("By Jane Doe\nThe city council voted on Tuesday night to close two fire stations, a move the mayor called "
             "painful. The vote was 7-2.\n\nJune 2, 2014\n\nThe council had first proposed the cuts in the spring.", None),
            # a labelled stamp below it is still the page's
            ("LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, figures showed on "
             "Friday.\nPublished: Oct. 25, 2013", "2013-10-25"),
            # above the text, by the byline, or after a standfirst or a page's banner: the page's
            ("By Jane Doe\nMarch 3, 2015\nThe city council voted on Tuesday to close two fire stations.", "2015-03-03"),
            ("Nominee praised for her expertise, judgment and passionate commitment to health care equity.\nJuly 13, "
             "2009\nThe foundation congratulates its former trustee.", "2009-07-13"),
            ("To subscribe to the Statehouse Wire, click here. Subscriptions are $200 per year. To advertise on the blog, "
             "please click here.\n\nThursday, Apr 22, 2010\n\n* The governor vetoed the bill today.", "2010-04-22"),
            ("Dr. Regina Benjamin praised for her expertise, judgment and commitment to health care in rural Alabama\n"
             "July 13, 2009\nThe foundation congratulates its former trustee.", "2009-07-13"),
            ("PITTSBURGH, May 10, 2018 - A judge approved the sale of the steel plant on Thursday, ending a fight.\n"
             "March 3, 2014", "2018-05-10")):
        assert meta.date_near_top(lines.split("\n")) == want, lines
    page = "Council closes fire stations\nThe city council voted on Tuesday night to close two fire stations. The " \
           "vote was 7-2.\n\nJune 2, 2014\n\nThe council had first proposed the cuts in the spring."
    assert text_reader.parse(page, "council.txt").published is None


def test_a_date_the_sentence_counts_years_from_lends_no_year() -> None:
    for lender, later in (
            ("Ten years after Hurricane Katrina struck the coast on Aug. 29, 2005, the city is still rebuilding its levees.",
             "On Sept. 2, the mayor unveiled a memorial to the 1,800 people who died in the storm."),
            ("Five years ago, on Sept. 2, 2010, a gas explosion leveled three homes on Elm Street in San Bruno.",
             "On Oct. 1, the utility agreed to pay the families of the victims $10 million."),
            ("The plant reopened two decades since it closed on June 3, 1998, the company said.",
             "On June 20, the first trucks rolled out of the gate of the Harmon steel plant.")):
        days = _days(art("a", lender + "\n" + later))
        assert later not in days, (lender, days)  # the count says the lender is years older than the telling
    days = _days(art("a", "Ten years after Hurricane Katrina struck the coast on Aug. 29, 2005, the city is still "
                          "rebuilding its levees."))
    assert not days, days  # the count's origin dates no sentence ...
    ago = "Five years ago, on Sept. 2, 2010, a gas explosion leveled three homes on Elm Street in San Bruno."
    assert _days(art("a", ago)).get(ago) == "2010-09-02"  # ... but "N years ago, on <day>, <what happened>" is its day
    for lender, later, day in (
            ("Five years later, on June 3, 2010, Tom Reed was elected mayor of the town.",  # a day counted to
             "On June 20, Mayor Tom Reed named a new police chief for the town.", "2010-06-20"),
            ("The storm made landfall near Morehead City on Aug. 30, 2019, two years after Harvey flooded Houston.",
             "On Sept. 2, crews restored power to 40,000 homes in Carteret County, the utility said.", "2019-09-02")):
        assert _days(art("a", lender + "\n" + later)).get(later) == day, lender


def test_an_archive_lines_date_gives_no_year_but_a_pages_own_line_does() -> None:
    voted = "On March 5, the Dayton city council voted 7-2 to close two fire stations on the east side."
    days = _days(art("a", "The page was copied by the archive's crawler. Captured: 3 March 2015. " + voted))
    assert voted not in days, days  # the archive's copy day is no year evidence
    days = _days(art("a", "This piece was written on March 3, 2015.\n" + voted))
    assert days.get(voted) == "2015-03-05", days  # the writer's own day is
    assert "This piece was written on March 3, 2015." not in days  # and the page's line is no entry
