"""timeline9 (issue 13): days that are no event of the story's news — an anniversary's origin, an edition's date, a
photo caption's date, a line about the report, a holiday's meaning, a year of one of two in its own article, history
before a later time the story tells as past, a year lent from before a month the article tells as past, and "urged …
by Friday". Invented news, each rule both ways."""
from __future__ import annotations

from accord.briefing import _captioned, _report_line, build, event_day
from accord.model import Article, Mention


def art(aid: str, text: str, **kw: str) -> Article:
    return Article(id=aid, title="", text=text, raw_text=text, **kw)


def _days(*articles: Article) -> dict[str, str]:
    return {t.text: t.date for t in build(list(articles)).timeline}


def _at(text: str, day: str) -> Mention:
    start = text.index(day)
    return Mention(kind="date", text=day, value=None, label="day", start=start, end=start + len(day))


def test_an_anniversarys_origin_is_not_the_day_of_the_sentence() -> None:
    a = art("a", "The city marked the 10th anniversary of the March 4, 2011 flood by opening a memorial park.\n"
                 "Hundreds of residents gathered at the levee on March 4, 2021, the mayor's office said.",
            published="2021-03-05")
    days = _days(a)
    assert not any("anniversary" in t for t in days), days
    assert "2021-03-04" in days.values()
    t = "On the anniversary, on March 4, the mayor laid a wreath."  # the day after "anniversary," is the sentence's
    assert event_day(t, _at(t, "March 4"), 0)


def test_an_editions_date_is_a_publication_date() -> None:
    t = "A story in the June 3, 1952 edition of the Tribune described the mine's first collapse."
    assert not event_day(t, _at(t, "June 3, 1952"), 0)
    t = "The March 8 issue of the magazine was pulled from shelves."
    assert not event_day(t, _at(t, "March 8"), 0)
    t = "The paper printed a special edition on March 8 after the verdict."  # "edition" before the day: an event
    assert event_day(t, _at(t, "March 8"), 0)


def test_a_photo_captions_date_is_no_event() -> None:
    for t, day in (("Diesel fuel is pumped into a truck at a depot in Ames, Iowa, on Dec. 6, 2007.", "Dec. 6, 2007"),
                   ("Senator Jane Ruiz speaks to reporters outside the Capitol on March 2, 2016.", "March 2, 2016"),
                   ("Protesters march through downtown Denver on June 9, 2020 (Photo: AP).", "June 9, 2020"),
                   ("Firefighters battle a blaze at a lumber yard in Eugene, Ore., on July 8, 2021.", "July 8, 2021")):
        assert _captioned(t, _at(t, day)), t
    for t, day in (("Diesel fuel was pumped into the river at a depot in Ames on Dec. 6, 2007.", "Dec. 6, 2007"),
                   ("The trial is scheduled to begin in Denver on March 2, 2016.", "March 2, 2016"),
                   ("The boy is believed to have drowned in the lake on June 9, 2020.", "June 9, 2020"),
                   ("Smith is charged with killing a clerk in Ames on Dec. 6, 2007.", "Dec. 6, 2007"),
                   ("Senator Ruiz speaks to reporters outside the Capitol on Tuesday.", "Tuesday"),  # no full date
                   ("On March 2, 2016, Senator Ruiz speaks about the vote.", "March 2, 2016")):  # not the sentence's end
        assert not _captioned(t, _at(t, day)), t


def test_a_present_tense_line_on_or_near_the_storys_date_is_news() -> None:
    """(mend86, review120 F4) In a dated article only a caption of a day well before the story's date is left out (a 2007
    photo in a 2016 story); a law taking effect, a signing told in the present, the story's own march are news."""
    for pub, t, day in (("2019-12-28", "The state's new minimum wage law takes effect on Jan. 1, 2020.", "2020-01-01"),
                        ("2016-02-25", "The governor signs the budget into law on Feb. 23, 2016.", "2016-02-23"),
                        ("2016-02-25", "Protesters march through downtown Flint on Feb. 19, 2016.", "2016-02-19"),
                        ("2017-03-01", "The album is released worldwide on March 10, 2017.", "2017-03-10")):
        assert _days(art("a", t, published=pub)) == {t: day}, t
    old = "Diesel fuel is pumped into a truck at a depot in Ames, Iowa, on Dec. 6, 2007."
    news = "Scientists at the lab reported a cheaper fuel on Feb. 22, 2016, the university said."
    assert _days(art("a", old + "\n" + news, published="2016-02-25")) == {news: "2016-02-22"}


def test_a_line_about_the_report_is_no_entry() -> None:
    for t in ("Published on Jul 18, 2017", "Posted: March 3, 2016 at 5:04 pm", "Updated Tuesday, 9:15 a.m.",
              "Jane Doe reports for the Channel 4 News at 5 p.m. on June 23, 2015.",
              "Reviewed at the Berlin Film Festival (Panorama), Feb. 9, 2013.",
              "PREVIOUSLY: Police arrested two men in the case on Monday.",
              "Tom Reed and Ann Lee contributed to this report."):
        assert _report_line(t), t
    for t in ("Published reports said the mayor resigned on Tuesday.", "The report was posted online on Monday by the "
              "agency.", "Police reviewed the footage on Monday.", "Jane Doe reported the theft to police on June 23.",
              "Previously, the company had posted losses in March.",
              # (mend86, review120 F5) a sentence that goes on after the stamp is news
              "Filed Monday in federal court in Manhattan, the lawsuit accuses the bank of hiding losses.",
              "Posted Sunday on Instagram, the video shows two officers dragging a man from his car."):
        assert not _report_line(t), t
    assert _report_line("Updated: April 5, 2016 | Jane Doe, Staff Writer")


def test_a_holidays_meaning_is_no_day_of_an_event() -> None:
    t = "Few visitors know the great importance of July 3 to the islanders."
    assert not event_day(t, _at(t, "July 3"), 0)
    t = "The significance of Nov. 9, 1989 is taught in every school."  # a year: a day of history, not a holiday
    assert event_day(t, _at(t, "Nov. 9, 1989"), 0)
    t = "Thousands marched to the fort on July 3, police said."
    assert event_day(t, _at(t, "July 3"), 0)
    # (mend86, review120 F6) this year's celebrations of a day are where news happens
    for t in ("A car bomb exploded near the celebrations of May 9 in the city centre.",
              "Security was tight for the commemorations of Feb. 24 at the memorial.",
              "Police fired tear gas at the observances of Nov. 7 in the capital."):
        assert event_day(t, _at(t, t.split(" of ")[1].split(" ")[0] + " " + t.split(" of ")[1].split(" ")[1]), 0), t


def test_a_dated_articles_day_stated_with_another_year_keeps_its_dates_year() -> None:
    """(mend86, review120 F3) A dated article's day told without its year is resolved by its date, even beside the same
    day with another year: an anniversary ("gathered on April 25 to mourn the victims of the April 25, 2015
    earthquake"), this year's parade after last year's. (A page of older posts is ``_posts``'s.)"""
    a = art("a", "Thousands of Nepalis gathered in Kathmandu on April 25 to mourn the victims of the April 25, 2015 "
                 "earthquake.\nThe quake killed nearly 9,000 people, officials said.", published="2016-04-26")
    assert any(t.startswith("Thousands") and d == "2016-04-25" for t, d in _days(a).items())
    b = art("b", "Last year's parade, held on July 4, 2015, drew 20,000 people.\nThis year police closed Main Street on "
                 "July 4 after a bomb threat, and the parade was cancelled.", published="2016-07-06")
    assert any(t.startswith("This year") and d == "2016-07-04" for t, d in _days(b).items())


def test_history_before_a_later_time_the_story_tells_as_past_is_left_out() -> None:
    """An undated story whose only full dates are of 1944 but which tells "was found in March 2015": written in 2015
    or after, its 1944 days are history. Told as to come or as a birth date, the later year does not."""
    a = art("a", "The battleship sank in the Sibuyan Sea on October 24, 1944, with more than 1,000 sailors.\n"
                 "Its wreck was found by a research vessel in March 2015, a kilometre below the surface.")
    assert _days(a) == {}
    b = art("b", "The battleship sank in the Sibuyan Sea on October 24, 1944, with more than 1,000 sailors.\n"
                 "A museum about the ship will open in the port in 2016, the navy said.")
    assert "1944-10-24" in _days(b).values()
    c = art("c", "Police arrested the suspect in Dayton on March 2, 2015, after a long search.\n"
                 "He was charged with murder in April 2015, prosecutors said.")
    assert "2015-03-02" in _days(c).values()  # a later time within the year: the story's own run-up
    d = art("d", "Police arrested the suspect in Dayton on March 2, 2015, after a long search.\n"
                 "The law takes effect in 2020, the governor said.")  # no past verb: may lie ahead
    assert "2015-03-02" in _days(d).values()


def test_a_follow_up_or_a_time_ahead_told_in_a_past_clause_keeps_the_storys_days() -> None:
    """(mend86, review120 F1/F2) A follow-up's later year ("sentenced in March 2016" in a cluster on a 2014 shooting) is
    no writing date that makes the story history: only days ``timeline_history_years`` before it are. A past verb whose
    clause points ahead ("was postponed to January 2017", "set for", "slated to be rebuilt in 2018", "ordered to pay
    … in 2017", "wanted to build … in 2017") tells no later time as past."""
    a = art("a", "Police arrested John Harlan on Jan. 5, 2014, a day after a shooting at a Dayton bar that killed two men.")
    b = art("b", "Two men were shot dead at the Blue Note bar in Dayton on Jan. 4, 2014, police said.")
    c = art("c", "John Harlan was sentenced in March 2016 to life in prison for the Blue Note bar shooting in Dayton.")
    assert {"2014-01-04", "2014-01-05"} <= set(_days(a, b, c).values())
    fire = ("A fire destroyed the Harbor Street apartments in Lowell on Nov. 14, 2015, killing three people.\n"
            "Fire officials charged the building's landlord with manslaughter on Nov. 20, 2015.\n")
    for later in ("His trial was postponed to January 2017, the court said.", "A hearing was set for February 2017.",
                  "The case was adjourned to April 2017.", "The city said the site was slated to be rebuilt in 2018.",
                  "The owners were ordered to pay $2 million in 2017.", "The landlord was sentenced on Dec. 2, 2016, to "
                  "four years.", "The lot was sold to a developer who wanted to build condos in 2017.",
                  "A memorial was dedicated at the site in December 2016."):
        assert {"2015-11-14", "2015-11-20"} <= set(_days(art("f", fire + later)).values()), later
    # history decades before a later time told as past still goes: the 1912 sinking under a 1985 find
    t = art("t", "The liner sank in the North Atlantic on April 15, 1912, with more than 1,500 people.\n"
                 "Its wreck was located by a French-American team in September 1985.")
    assert "1912-04-15" not in _days(t).values()


def test_a_lent_year_before_a_month_told_as_past_in_the_same_year_stands() -> None:
    """(mend86, review120 F7: timeline9's same-year bound dropped) "arrested in July 2018 … had first questioned him on
    March 3" is an earlier step of the same year: the lent 2018 stands, as it did before timeline9."""
    a = art("a", "The suspect was arrested in July 2018 in Reno, police said.\n"
                 "Detectives had first questioned him on March 3 after a neighbor's tip.\n"
                 "The victim, a 19-year-old student, disappeared on Feb. 20, 2018.")
    assert any("March 3" in t and d == "2018-03-03" for t, d in _days(a).items())
    b = art("b", "Health officials said at the governor's Jan. 13 news conference that the source was unknown.\n"
                 "An engineer warned about the water in a March 13, 2015, email to an aide.")
    # (timeline10) no longer by the month told as past, but the only full date near "Jan. 13" is a document's, named in
    # passing ("in a March 13, 2015, email"): it lends no year, and the day is left out (not moved to another year)
    assert not any("Jan. 13" in t for t in _days(b))


def test_urged_to_act_by_a_day_is_a_limit() -> None:
    t = "The president urged lawmakers to pass the aid bill by Friday."
    assert not event_day(t, _at(t, "Friday"), 0)
    t = "The repairs would be completed by Friday, the contractor said."  # a plan's lone "by" (timeline1)
    assert event_day(t, _at(t, "Friday"), 0)
    # (mend86, review120 F9) the "by" of another clause than the urged act's is the day of a state
    for t in ("Health officials urged calm after the outbreak was contained by Sunday.",
              "Rebels said the truce was broken by Sunday, and urged the UN to act."):
        assert _days(art("a", t, published="2022-08-17")) == {t: "2022-08-14"}, t
    t = "Health officials urged hospitals to clear beds by Sunday."  # the urged act's own "by": a limit
    assert _days(art("a", t, published="2022-08-17")) == {}


def test_a_page_of_older_posts_gives_its_days_without_a_year_no_year() -> None:
    """A charity's page dated by its latest post carries older posts under their own date lines: their "yesterday"
    and "on May 15th" are left out, a full date with its year stays. Posts a day apart (a live blog) are not older
    posts, nor is a page with one date line."""
    page = ("April 10th, 2016\n"
            "Our volunteers have rebuilt the school in the valley, the foundation said this week.\n"
            "June 4th, 2015\n"
            "Two builders are headed over to the valley on May 15th with tents and tools.\n"
            "The news of yesterday's aftershock left the village without water, the foundation said.\n"
            "The April 25, 2015 earthquake destroyed most of the homes in the valley.\n")
    a = art("a", page, published="2016-04-10")
    days = _days(a)
    assert not any("May 15th" in t or "yesterday" in t for t in days), days
    assert "2015-04-25" in days.values()
    blog = ("March 3, 2016\n"
            "Crews restored power to 9,000 homes on Thursday, the utility said.\n"
            "March 2, 2016\n"
            "The storm knocked out power to 40,000 homes on Wednesday, the utility said.\n")
    b = art("b", blog, published="2016-03-03")
    assert set(_days(b).values()) == {"2016-03-02", "2016-03-03"}
    # (mend86, review120 F8) a fact box's dates head one short line each, and Published/Updated stamps head no post
    box = ("A judge approved the sale of the Harmon Steel mill on Tuesday, ending a four-year bankruptcy.\n"
           "Key dates\nMarch 3, 2014\nHarmon Steel files for bankruptcy.\nJune 5, 2016\nThe mill's last furnace goes cold.\n"
           "The buyer said on Wednesday it would rehire 300 workers.")
    assert {"2018-05-08", "2018-05-09"} <= set(_days(art("c", box, published="2018-05-10")).values())
    stamps = ("Published: March 3, 2015\nUpdated: April 5, 2016\n"
              "A sinkhole swallowed three cars on Elm Street on Monday, the city said.\n"
              "Crews began filling the hole on Tuesday.")
    assert set(_days(art("d", stamps, published="2015-03-03")).values()) == {"2015-03-02", "2015-03-03"}
