"""timeline12 (issue 13): a full date an article tells only after a day without its year lends that day no year, a poll
told as fieldwork in person or as interviews over a span of days is no event, and (ingest) a bare "CITY —" lede or a
short wire lede starts the story. (mend101) Narrowed after review135: the lend refused only on a background sign; poll
context; the bare lede taken out. Invented news, each rule both ways."""
from __future__ import annotations

from test_timeline9 import _at, _days, art

from accord.briefing import event_day
from accord.ingest import meta


def test_a_full_date_told_after_a_day_lends_it_no_year() -> None:
    # background told after the news: the writer gave it a year, so it is not the year of the day told before it
    lede = "Acme Corp. said on Sept. 2 that it would cut 200 jobs at its pump plant in Dayton."
    days = _days(art("a", lede + "\nThe company was founded on July 20, 2009, by two engineers from Cincinnati."))
    assert lede not in days, days
    died = "Tom Reed, a former mayor of Dayton, died on Jan. 14 at his home, his family said."
    assert died not in _days(art("a", died + "\nReed took office on Dec. 1, 1987, and served three terms."))
    gathered = "Residents gathered on Aug. 29 to remember the victims, the mayor said."
    assert gathered not in _days(art("a", gathered + "\nHurricane Katrina struck the coast on Aug. 29, 2005, killing "
                                                    "more than 1,800 people."))
    recalled = "\"Hurricane Katrina struck the coast on Aug. 29, 2005, and took my house,\" said one woman."
    assert gathered not in _days(art("a", gathered + "\n" + recalled))  # a speaker's memory: no filing
    # told before it, the full date sets the narrative's year; another account's full date still lends
    sank = "On Oct. 24, American planes sank the battleship in the Sibuyan Sea."
    assert _days(art("a", "On Oct. 18, 1944, the fleet sailed from its base with 60 ships.\n" + sank))[sank] == "1944-10-24"
    b = art("b", "Acme Corp. told the state on Sept. 1, 2015, that it planned to lay off workers at its Dayton plant.")
    assert _days(art("a", lede), b)[lede] == "2015-09-02"
    # a quoted filing writes every year: the same day it restates is the story's own
    sued = "The company sued the union in federal court on March 3, its lawyers said."
    letter = "On March 4, the company sent a letter to every driver warning of fines."
    quoted = "\"On or about March 3, 2017, the union called an illegal strike,\" the complaint says."
    days = _days(art("a", "\n".join((sued, letter, quoted))))
    assert days.get(sued) == "2017-03-03" and days.get(letter) == "2017-03-04", days
    # the other account's own background after its news does not stop the story's date from lending
    rescued = "Rescuers pulled two miners from the collapsed shaft on Nov. 12, officials said."
    days = _days(art("a", rescued + "\nThe mine, which opened on Oct. 30, 2001, employs 400 people."),
                 art("b", "Two miners were trapped when a shaft collapsed at the Blue Ridge mine on Nov. 10, 2016."))
    assert days.get(rescued) == "2016-11-12", days


def test_fieldwork_in_person_or_by_interviews_over_days_is_no_event() -> None:
    for t, day in (("The Gallup poll was conducted in person from Sept. 20 to Sept. 30 among 1,000 adults.", "Sept. 20"),
                   ("The Gallup poll was conducted in person from Sept. 20 to Sept. 30 among 1,000 adults.", "Sept. 30"),
                   ("The survey of 2,000 adults was carried out face-to-face between May 4 and May 12.", "May 4"),
                   ("Face-to-face interviews were conducted Oct. 2-9 with 1,500 voters.", "Oct. 2-9"),
                   ("The results are based on telephone interviews conducted March 3-6 with 1,012 adults.", "March 3-6")):
        assert not event_day(t, _at(t, day), 1), t
    for t, day in (("The mayoral poll was conducted in person on Nov. 5 at 212 stations, the commission said.", "Nov. 5"),
                   ("Interviews with witnesses were conducted from March 3 to March 5, the sheriff said.", "March 3"),
                   ("The survey was conducted in person on Oct. 12 at the town hall, with 40 residents.", "Oct. 12"),
                   ("The census was carried out door-to-door from April 1 to April 30.", "April 1"),
                   # (mend101) no poll's context: an election over days, a damage survey, job or witness interviews
                   ("Polling was conducted in person from May 7 to May 9 at 80,000 stations, the commission said.", "May 7"),
                   ("A survey of flood damage was carried out door-to-door from Oct. 1 to Oct. 4 by inspectors.", "Oct. 1"),
                   ("Interviews for the fire chief's post were conducted face-to-face from June 3 to June 5.", "June 3"),
                   ("Interviews with neighbors were conducted in person from April 8 to April 10, police said.", "April 8"),
                   ("The survey was carried out face-to-face between May 4 and May 12 in 14 provinces.", "May 4")):
        assert event_day(t, _at(t, day), 1), t


def test_a_kicker_or_a_bare_caps_line_above_the_date_keeps_the_pages_date() -> None:
    # (mend101) the bare "CITY —" lede is taken out: a kicker, a deck or a caption over the date never undates the page
    for lines, want in (
            ("PANDEMIC IN TEXAS — Here is what you need to know about the outbreak in the state, including case counts, "
             "school closures and testing sites near you.\nBy Ann Lee\nApril 2, 2020\nSchools closed on Monday.", "2020-04-02"),
            ("HOUSE PASSES BILL — Republicans failed to stop the measure, which raises the tax on gasoline by ten cents a "
             "gallon across the state from July.\nMay 6, 2016\nThe House voted on Thursday.", "2016-05-06"),
            ("AUSTIN — The House voted 80-62 on Thursday to raise the gas tax by ten cents a gallon from July.\nBy Ann Lee\n"
             "May 6, 2016\nAUSTIN — The House voted 80-62 on Thursday.", "2016-05-06"),
            ("AKRON, Ohio — The mayor speaks to reporters at City Hall.\nFeb. 4, 2021\nThe mayor said on Thursday.",
             "2021-02-04"),
            # an agency's dateline is still a lede (main's rule): the fact box's date is not the page's
            ("Mall shooting\nDAYTON, Ohio (AP) — A gunman killed three people at a mall on Sunday and fled in a stolen "
             "car, police said.\n\nMarch 3, 2011\n\nPolice said the man fled.", None)):
        assert meta.date_near_top(lines.split("\n")) == want, lines


def test_mend101_a_full_date_told_after_lends_unless_it_is_background() -> None:
    # a later date (a deadline), the same event restated with its year, the story's own sequence: the story's year
    voted = "The Elmwood village board voted 4-1 on May 4 to ban leaf blowers in summer."
    assert _days(art("a", voted + "\nThe ban takes effect on June 1, 2022, with fines of $100."))[voted] == "2022-05-04"
    sank = "A ferry sank off the coast of Crete on June 7, killing 11 passengers."
    days = _days(art("a", sank + "\nThe coast guard said the June 7, 2018, sinking was caused by a fuel leak."))
    assert days.get(sank) == "2018-06-07", days
    found = "Divers found the last two workers on June 24, 11 days after the collapse."
    days = _days(art("a", found + "\nThe parking garage had collapsed on June 13, 2019, as crews poured concrete."))
    assert days.get(found) == "2019-06-24", days
    # background clauses and an anniversary still lend nothing
    opened = "On Sept. 2, Brightway, which opened its first store on Aug. 10, 2009, said it would close 40 stores."
    assert opened not in _days(art("a", opened))
    vigil = "Neighbors held a vigil on Oct. 9 to remember the victims of the flood."
    assert vigil not in _days(art("a", vigil + "\nThe river broke through the levee on Oct. 9, 2011, flooding 600 homes."))
    # a speaker's quote "in a statement" is no filing
    quote = "\"The river took everything on Oct. 9, 2011,\" the mayor said in a statement."
    assert vigil not in _days(art("a", vigil + "\n" + quote))
