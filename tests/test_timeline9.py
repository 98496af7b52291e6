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


def test_a_line_about_the_report_is_no_entry() -> None:
    for t in ("Published on Jul 18, 2017", "Posted: March 3, 2016 at 5:04 pm", "Updated Tuesday, 9:15 a.m.",
              "Jane Doe reports for the Channel 4 News at 5 p.m. on June 23, 2015.",
              "Reviewed at the Berlin Film Festival (Panorama), Feb. 9, 2013.",
              "PREVIOUSLY: Police arrested two men in the case on Monday.",
              "Tom Reed and Ann Lee contributed to this report."):
        assert _report_line(t), t
    for t in ("Published reports said the mayor resigned on Tuesday.", "The report was posted online on Monday by the "
              "agency.", "Police reviewed the footage on Monday.", "Jane Doe reported the theft to police on June 23.",
              "Previously, the company had posted losses in March."):
        assert not _report_line(t), t


def test_a_holidays_meaning_is_no_day_of_an_event() -> None:
    t = "Few visitors know the great importance of July 3 to the islanders."
    assert not event_day(t, _at(t, "July 3"), 0)
    t = "The significance of Nov. 9, 1989 is taught in every school."  # a year: a day of history, not a holiday
    assert event_day(t, _at(t, "Nov. 9, 1989"), 0)
    t = "Thousands marched to the fort on July 3, police said."
    assert event_day(t, _at(t, "July 3"), 0)


def test_a_day_whose_article_states_it_with_another_year_has_no_sure_year() -> None:
    """A page dated 2016 that carries an older post: its "since the quake of April 25" is 2015, as the page states
    "The April 25, 2015 earthquake"; a day stated once keeps the page's year."""
    a = art("a", "The April 25, 2015 earthquake destroyed most of the village.\n"
                 "Since the quake struck on April 25, volunteers have rebuilt 40 homes in the valley.\n"
                 "The foundation's director visited the village on April 2, the group said.", published="2016-04-10")
    days = _days(a)
    assert not any("Since the quake" in t for t in days), days
    assert days.get("The foundation's director visited the village on April 2, the group said.") == "2016-04-02"


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


def test_a_lent_year_before_a_month_the_article_tells_as_past_is_left_out() -> None:
    """"in November 2015" told as past before "the governor's Jan. 13 news conference": the lent 2015 (from "March 13,
    2015" nearby) puts Jan. 13 ten months before a time the writer already told as past: left out. Without the month
    told first, the day keeps the year as before."""
    a = art("a", "The state confirmed a second outbreak of the disease in November 2015, the report said.\n"
                 "Health officials said at the governor's Jan. 13 news conference that the source was unknown.\n"
                 "An engineer warned about the water in a March 13, 2015, email to an aide.")
    assert not any("Jan. 13" in t for t in _days(a))
    b = art("b", "Health officials said at the governor's Jan. 13 news conference that the source was unknown.\n"
                 "An engineer warned about the water in a March 13, 2015, email to an aide.")
    assert any("Jan. 13" in t and d == "2015-01-13" for t, d in _days(b).items())


def test_urged_to_act_by_a_day_is_a_limit() -> None:
    t = "The president urged lawmakers to pass the aid bill by Friday."
    assert not event_day(t, _at(t, "Friday"), 0)
    t = "The repairs would be completed by Friday, the contractor said."  # a plan's lone "by" (timeline1)
    assert event_day(t, _at(t, "Friday"), 0)


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
