"""timeline11 (issue 13): a poll's fieldwork told with the people asked as the subject, a crawl log's date sets no story
date, a byline's or a "Date:" label's date is the page's, and (ingest) a date line below the lede is the text's, not the
page's. Invented news, each rule both ways."""
from __future__ import annotations

from datetime import date

from test_timeline9 import _at, _days, art

from accord.briefing import _archive_line, _report_line, event_day, story_date
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
            # a lede opening with a wire place dateline (CITY (AGENCY) — / CITY, State —): the story has begun
            ("WASHINGTON (AP) — The Senate voted 51-49 on Thursday to pass a budget that cuts spending on roads.\n\n"
             "March 3, 2015\n\nKey votes", None),
            ("DAYTON, Ohio — The city council voted on Tuesday night to close two fire stations, a move the mayor called "
             "painful.\n\nJune 2, 2014\n\nThe council had first proposed the cuts in the spring.", None),
            # (mend94) two sentences may be a standfirst, a banner or a note above the page's date: still the page's
            ("By Jane Doe\nThe city council voted on Tuesday night to close two fire stations, a move the mayor called "
             "painful. The vote was 7-2.\n\nJune 2, 2014\n\nThe council had first proposed the cuts in the spring.",
             "2014-06-02"),
            ("Shares of Acme fell 12 percent after the results. The company blamed a strong dollar and weak demand in "
             "China.\nBy Jane Doe\nMarch 3, 2015\nAcme Corp. said on Tuesday that its quarterly profit fell.", "2015-03-03"),
            ("EDITOR'S NOTE — This story contains graphic descriptions of violence that some readers may find "
             "disturbing.\nBy JANE DOE\nMarch 3, 2015\nCOLUMBUS, Ohio (AP) — A gunman killed three people on Tuesday.",
             "2015-03-03"),
            ("UPDATE — This story has been updated to include comments from the mayor and the police union.\nMarch 3, "
             "2015\nThe council voted on Tuesday.", "2015-03-03"),
            ("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of "
             "cookies.\nMarch 3, 2015\nThe council voted on Tuesday to raise water rates.", "2015-03-03"),
            ("Follow us on Twitter for the latest updates. Share this article with your friends and family.\n"
             "3 March 2015 • 5:42pm\nThe council voted on Tuesday to raise water rates.", "2015-03-03"),
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
    page = "Council closes fire stations\nDAYTON, Ohio (AP) — The city council voted on Tuesday night to close two " \
           "fire stations.\n\nJune 2, 2014\n\nThe council had first proposed the cuts in the spring."
    assert text_reader.parse(page, "council.txt").published is None
    deck = page.replace("DAYTON, Ohio (AP) — The", "The").replace("stations.", "stations. The vote was 7-2.")
    assert text_reader.parse(deck, "council.txt").published == "2014-06-02"  # (mend94) a deck's shape: the page's


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


# (mend94) review128's cases, each both ways

def test_mend94_a_count_lends_no_year_only_from_a_date_inside_its_own_clause() -> None:
    for main, later, day in (
            ("Just two years after it was rebuilt, the Elm Street bridge collapsed on March 3, 2015, killing two drivers.",
             "On March 5, state inspectors closed three other bridges on the same highway.", "2015-03-05"),
            ("A year after he took office, on Jan. 20, 2018, the federal government shut down for the first time.",
             "On Jan. 22, the Senate voted 81-18 to reopen the government.", "2018-01-22"),
            ("Built more than 50 years ago, the Lake Hollis dam failed on May 19, 2020, flooding two towns.",
             "On May 21, residents began returning to their homes along the river.", "2020-05-21"),
            ("Two years ago the chain was valued at $1 billion, but it filed for bankruptcy protection on Jan. 15, 2019.",
             "On Jan. 17, the chain said it would close 80 of its 120 stores.", "2019-01-17")):
        days = _days(art("a", main + "\n" + later))
        assert days.get(later) == day and main in days, (main, days)
    for lender, later in (
            ("Ten years after Hurricane Katrina struck on Aug. 29, 2005, New Orleans is still rebuilding its levees.",
             "On Aug. 28, Mayor Mitch Landrieu unveiled a memorial to the storm's victims."),
            ("Five years ago, on Sept. 2, 2010, a gas explosion leveled three homes on Elm Street.",
             "On Oct. 1, the utility agreed to pay the families $10 million."),
            ("Ten years after Hurricane Katrina hit the U.S. Gulf Coast on Aug. 29, 2005, the city is still rebuilding.",
             "On Aug. 28, Mayor Mitch Landrieu unveiled a memorial to the storm's victims.")):
        assert later not in _days(art("a", lender + "\n" + later)), lender


def test_mend94_only_a_polls_people_with_a_span_or_a_method_are_fieldwork() -> None:
    for t, day in (("Likely voters were polled by telephone Oct. 2-5 by the Siena College Research Institute.", "Oct. 2"),
                   ("Registered voters were surveyed online from Sept. 28 to Oct. 1, the pollster said.", "Sept. 28"),
                   ("Adults were interviewed by cellphone and landline Oct. 1-4 for the Quinnipiac poll.", "Oct. 1"),
                   ("Residents were surveyed March 2-5 by the county's planning office.", "March 2")):
        assert not event_day(t, _at(t, day), 1), t
    for t, day in (("At the defense's request, the jury was polled on Thursday, and each juror said the verdict was "
                    "theirs.", "Thursday"),
                   ("Two adults were interviewed on Wednesday by detectives investigating the boy's death.", "Wednesday"),
                   ("The levee of the harbor was surveyed on June 4 by Army engineers, who found new cracks.", "June 4"),
                   ("The wreck of the ferry was surveyed on June 3 by a remotely operated vehicle.", "June 3"),
                   ("Union members were polled on Sunday on whether to accept the hospital's offer.", "Sunday"),
                   ("Voters were polled on Sunday in the second round of the presidential election.", "Sunday"),
                   ("The mayoral poll was conducted in person on Nov. 5 at 212 stations, the commission said.", "Nov. 5")):
        assert event_day(t, _at(t, day), 0), t


def test_mend94_an_archive_line_is_its_label_and_a_date_only() -> None:
    caption = "Captured: Joaquin Guzman is led to a helicopter after his arrest in Mazatlan on Feb. 22, 2014."
    later = "On Feb. 24, Mexican officials said Guzman had been tracked for weeks."
    prosecutors = "On Feb. 25, U.S. prosecutors said they would seek his extradition."
    days = _days(art("a", caption + "\n" + later), art("b", prosecutors))
    assert days.get(later) == "2014-02-24" and days.get(prosecutors) == "2014-02-25", days  # a caption lends its year
    for line in ("Captured: 3 March 2015", "Archived: 12 August 2016.", "Crawl start date: 09 March, 2011",
                 "Retrieved on: Tuesday, March 3, 2015 at 12:04 GMT"):
        assert _archive_line(line), line
    assert not _archive_line(caption)


def test_mend94_a_stamp_is_a_name_or_label_a_date_and_a_time_only() -> None:
    for t in ("By Mark Ellis | Dayton Daily News | March 8, 2016.", "Date: Tuesday, March 8, 2016, 9:45 PM.",
              "By Jane Doe, Associated Press, March 3, 2016, 8:00 am", "By Maria Lopez • The Tribune • Oct. 4, 2019 • 6:15 a.m."):
        assert _report_line(t), t
    for t in ("Date: June 12, 2021, 10 AM - 2 PM, Lincoln Park.", "By Election Day, Nov. 8, 2016.",
              "By Order of the Governor, March 3, 2016.", "By Christmas Eve, Dec. 24, 2016, the shelves were empty.",
              "By Sunday, March 5, the group hopes to gather 10,000 signatures."):
        assert not _report_line(t), t
    notice = "The Friends of Lincoln Park will hold a volunteer cleanup next month, the group said on May 20, 2021. " \
             "Date: June 12, 2021, 10 AM - 2 PM, Lincoln Park. Volunteers should bring gloves."
    assert "2021-06-12" in _days(art("a", notice)).values()
