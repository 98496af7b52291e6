"""disagree.events: the day, year and time of day of one event, each pattern on a small hand-written
story (never the gold texts)."""
from datetime import date

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.events import is_event_word, stem
from accord.model import Article, Disagreement
from accord.options import DEFAULT


def dates(*texts: str, published: list[str | None] | None = None, reference: date | None = None
          ) -> list[Disagreement]:
    """The date disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t, published=(published or [None] * len(texts))[k])
            for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=reference)
    found = compare(align(arts, sentences), DEFAULT, reference=reference, articles=[a.id for a in arts],
                    published={a.id: a.published for a in arts if a.published})
    return [d for d in found.disagreements if d.kind == "date"]


def test_stems_meet_across_a_verbs_forms():
    assert stem("died") == stem("dies") == stem("die")
    assert stem("signed") == stem("signs") and stem("stopped") == stem("stop") and stem("shot") == "shoot"
    assert is_event_word("died") and is_event_word("arrested") and not is_event_word("said")
    assert not is_event_word("Felt") and not is_event_word("hundred")


def test_two_weekday_names_for_one_death():
    (d,) = dates("The retired judge Harold Mensah died Thursday at his home in Accra.",
                 "Harold Mensah, the retired judge, died Friday at his home in Accra.")
    assert {v.value for v in d.values} == {"Thursday", "Friday"}
    assert d.type == "conflict" and "Mensah" in d.about and d.anchor


def test_the_same_unresolved_words_agree():
    assert dates("The retired judge Harold Mensah died Thursday at his home in Accra.",
                 "Harold Mensah, the retired judge, died Thursday at his home.") == []
    assert dates("The council approved the budget today after a long debate.",
                 "The council approved the budget today after a long debate.",
                 published=["2022-01-12", "2022-01-13"]) == []


def test_a_relative_date_and_the_date_it_means_agree():
    # written Thursday 13 Jan 2022: "Wednesday next week" is 19 Jan
    assert dates("The withdrawal of the peacekeepers will be completed by Jan. 19, the minister said.",
                 "The withdrawal of the peacekeepers will be completed Wednesday next week, the minister said.",
                 published=["2022-01-13", "2022-01-13"]) == []
    # "last week" and a day inside it
    assert dates("Troops were dispatched to the capital on January 6 by the alliance.",
                 "Troops were dispatched to the capital last week by the alliance.",
                 published=["2022-01-13", "2022-01-13"]) == []


def test_a_reused_weekday_from_an_earlier_week_is_not_resolved_against_the_page():
    # a caption kept from the week before: "On Wednesday" means 5 Jan, a Wednesday, not 12 Jan
    assert dates("On Wednesday, thousands of protesters stormed the city hall in Almaty.",
                 "Thousands of protesters stormed the city hall in Almaty on January 5.",
                 published=["2022-01-12", "2022-01-13"]) == []


def test_a_date_on_another_weekday_disagrees_with_the_name():
    (d,) = dates("The teenager Nikos Aris was killed by a police bullet on December 6, 2008, in Athens.",
                 "Police killed the teenager Nikos Aris on Sunday during clashes in Athens.")
    assert {v.normalized for v in d.values} == {"2008-12-06", "Sunday"}


def test_two_events_told_in_one_sentence_are_not_compared():
    assert dates("The club signed Tom Reyes on Tuesday and Ali Baker on Wednesday.",
                 "Tom Reyes was signed by the club on Tuesday, and Ali Baker was signed on Thursday.") == []


def test_two_peoples_events_with_one_verb_are_not_one_slot():
    assert dates("Police arrested Maria Lopez on Monday at her home in Tucson.",
                 "Police arrested James Carter on Wednesday at his home in Tucson.") == []


def test_the_year_of_a_past_event():
    (d,) = dates("In 1969, he was indicted in New Jersey for bribing the police force of Old Tappan.",
                 "In 1970, he was indicted for bribing the police force of Old Tappan, a small town.",
                 reference=date(2005, 12, 20))
    assert {v.normalized for v in d.values} == {"1969", "1970"}


def test_a_month_and_a_day_inside_it_agree_a_day_outside_does_not():
    assert dates("Smith pleaded guilty to obstruction of justice in July 1973.",
                 "On July 27, 1973, Smith pleaded guilty to obstruction of justice.") == []
    (d,) = dates("Smith pleaded guilty to obstruction of justice in July 1973.",
                 "On June 27, 1973, Smith pleaded guilty to obstruction of justice.")
    assert {v.normalized for v in d.values} == {"1973-07", "1973-06-27"}


def test_undated_month_days_compare_by_month_and_day():
    (d,) = dates("Detectives arrested Dwight Hale on June 17 at his home in Compton.",
                 "Dwight Hale was arrested June 18 at his home in Compton.")
    assert {v.normalized for v in d.values} == {"June 17", "June 18"}


def test_the_time_of_day_of_one_event():
    (d,) = dates("The first emergency call came at 3:33 a.m. from a guest of the Valley Hotel, the fire chief said.",
                 "The fire chief says the emergency call came in at 3:30 a.m. from the hotel.")
    assert {v.normalized for v in d.values} == {"03:33", "03:30"} and d.about.startswith("time")
    (d,) = dates("The emergency call came in at about 3:30 a.m. from the Valley Hotel.",
                 "The emergency call came in at 3:40 a.m. from the Valley Hotel.")
    assert d.type == "vague"  # "about" half past three and twenty to four may be one moment


def test_times_of_two_events_are_not_compared():
    assert dates("The emergency call came in at 3:30 a.m. from the Valley Hotel.",
                 "The fire was knocked down by 6:40 a.m., the fire chief said at the Valley Hotel.") == []


def places(*texts: str) -> list[Disagreement]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.kind == "place"]


def test_one_persons_home_town_given_two_ways():
    (d,) = places("The driver, Anthony Lasko, 36, of Bloomington, was charged with criminal vehicular homicide.",
                  "Anthony Lasko, 36, of Minneapolis, was charged with criminal vehicular homicide on Friday.")
    assert {v.value for v in d.values} == {"Bloomington", "Minneapolis"} and "Lasko" in d.about


def test_a_town_and_the_same_town_with_its_state_agree():
    assert places("The driver, Anthony Lasko, 36, of Bloomington, was charged on Friday.",
                  "Anthony Lasko, 36, of Bloomington, Minn., was charged on Friday.") == []


def test_two_people_with_one_surname_are_not_one_slot():
    assert places("Anthony Lasko, 36, of Bloomington, was charged on Friday.",
                  "His brother Martin Lasko, 41, of Minneapolis, was questioned on Friday.") == []


def test_a_place_the_story_puts_inside_the_other_agrees():
    assert places("Raj Patel, 59, of College Point, was struck by the car.",
                  "Raj Patel, 59, of Queens, was struck by the car. He lived in College Point, Queens.") == []


def test_a_named_facilitys_town():
    (d,) = places("The actress checked into the Harmony Treatment Center in Malibu on Friday.",
                  "She is staying at the Harmony Treatment Center in Los Angeles, her publicist said.")
    assert {v.value for v in d.values} == {"Malibu", "Los Angeles"}
    # a chain's branches are not one facility: only a facility word ends a facility's name
    assert places("The robbery happened at a Walmart in Dallas on Friday.",
                  "The robbery happened at a Walmart in Austin on Friday.") == []
