"""timeline12 (issue 13): a full date an article tells only after a day without its year lends that day no year, a poll
told as fieldwork in person or as interviews over a span of days is no event, and (ingest) a bare "CITY —" lede or a
short wire lede starts the story. Invented news, each rule both ways."""
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
                   ("The survey was carried out face-to-face between May 4 and May 12 in 14 provinces.", "May 4"),
                   ("Face-to-face interviews were conducted Oct. 2-9 with 1,500 voters.", "Oct. 2-9"),
                   ("The results are based on telephone interviews conducted March 3-6 with 1,012 adults.", "March 3-6")):
        assert not event_day(t, _at(t, day), 1), t
    for t, day in (("The mayoral poll was conducted in person on Nov. 5 at 212 stations, the commission said.", "Nov. 5"),
                   ("Interviews with witnesses were conducted from March 3 to March 5, the sheriff said.", "March 3"),
                   ("The survey was conducted in person on Oct. 12 at the town hall, with 40 residents.", "Oct. 12"),
                   ("The census was carried out door-to-door from April 1 to April 30.", "April 1")):
        assert event_day(t, _at(t, day), 1), t


def test_a_bare_city_lede_or_a_short_wire_lede_starts_the_story() -> None:
    for lines, want in (
            ("Senate passes budget\nWASHINGTON — The Senate voted 51-49 on Thursday to pass a budget that cuts spending "
             "on roads and schools.\n\nJan. 12, 2011\n\nThe House voted on a similar plan.", None),
            ("Mall shooting\nDAYTON, Ohio (AP) — A gunman killed three people on Sunday.\n\nMarch 3, 2011\n\nPolice said "
             "the man fled.", None),
            # a short bare one may be a headline and its deck; a page label's dash is no dateline
            ("Mall shooting\nDAYTON — A gunman killed three people on Sunday.\nMarch 3, 2015\nPolice said.", "2015-03-03"),
            ("SENATE PASSES BUDGET — Democrats failed to block the spending bill.\nMarch 19, 2015\nThe Senate passed a "
             "budget on Thursday.", "2015-03-19"),
            ("Budget vote\nFILE — In this photo, senators walk to the chamber for a vote on the spending plan.\n"
             "March 19, 2015\nThe Senate passed a budget on Thursday.", "2015-03-19"),
            ("DEVELOPING — Police say a gunman has killed three people at a Dayton mall.\nMarch 3, 2015\nA gunman killed "
             "three people.", "2015-03-03"),
            ("LONDON — Live updates\nMarch 3, 2015\nBritain voted on Thursday.", "2015-03-03"),
            ("Budget clears Senate\nBy Jane Doe\nMarch 19, 2015\nWASHINGTON — The Senate passed a budget on Thursday by a "
             "51-49 vote.", "2015-03-19")):
        assert meta.date_near_top(lines.split("\n")) == want, lines
