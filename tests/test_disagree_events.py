"""disagree.events: the day, year and time of day of one event, each pattern on a small hand-written
story (never the gold texts)."""
from datetime import date

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.events import is_event_word, is_stamp, stem
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
    assert d.type == "conflict"  # one person, one home


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
    assert d.type == "vague" and d.compatible  # the wider place may hold the other: a building stays put
    (d,) = places("The patient was flown to the Doctors Regional Hospital in Columbus, Ga. on Friday.",
                  "He is at the Doctors Regional Hospital in Columbus, Miss., the family said.")
    assert d.type == "conflict"  # two states: two places apart
    # a chain's branches are not one facility: only a facility word ends a facility's name
    assert places("The robbery happened at a Walmart in Dallas on Friday.",
                  "The robbery happened at a Walmart in Austin on Friday.") == []


def test_one_event_told_with_different_words():
    # "was killed" / "the death of", "struck" / "hit", "arrested" / "taken into custody": one event
    (d,) = dates("Harold Mensah was killed on Thursday at his home in Accra, police said.",
                 "The death of Harold Mensah on Friday at his home in Accra shocked the city, police said.")
    assert {v.value for v in d.values} == {"Thursday", "Friday"}
    (d,) = dates("The magnitude 6.1 quake struck the island of Qeshm on Sunday, state media said.",
                 "A magnitude 6.1 earthquake hit the island of Qeshm on Saturday, state media said.")
    assert {v.value for v in d.values} == {"Sunday", "Saturday"}
    (d,) = dates("Police arrested the two officers on Wednesday over the shooting of Andreas Grigor.",
                 "The two officers were taken into custody on Monday over the shooting of Andreas Grigor.")
    assert {v.value for v in d.values} == {"Wednesday", "Monday"}
    # two different happenings stay apart: a death and a funeral
    assert dates("Harold Mensah died on Thursday at his home in Accra, his family said.",
                 "Harold Mensah was buried on Saturday near his home in Accra, his family said.") == []


def test_an_adjective_is_not_the_event_a_day_hangs_on():
    # "a wooded area": the day belongs to "found", not to "wooded"
    (d,) = dates("The girl's body was found late Tuesday afternoon in a wooded area near the creek.",
                 "The girl's body was found in a wooded area near the creek Tuesday night, police said.")
    assert "found" in d.anchor


def test_parts_of_a_day():
    # two parts of one day whose hours overlap (an evening's 10 p.m. is late at night): one time in
    # other words, no disagreement
    assert dates("Police said Marco Lo Presti hanged himself in his cell on Tuesday evening.",
                 "Marco Lo Presti hanged himself in his cell late on Tuesday night, police said.") == []
    assert dates("The plane landed in Lagos late Friday afternoon, officials said.",
                 "The plane landed in Lagos early Friday evening, officials said.") == []
    # near case: parts of one day that share no hour still disagree
    (d,) = dates("Police said Marco Lo Presti hanged himself in his cell on Tuesday morning.",
                 "Marco Lo Presti hanged himself in his cell late on Tuesday night, police said.")
    assert {v.value for v in d.values} == {"Tuesday morning", "late on Tuesday night"}
    (d,) = dates("The plane landed in Lagos on Friday morning, officials said.",
                 "The plane landed in Lagos on Friday afternoon, officials said.")
    assert {v.value for v in d.values} == {"Friday morning", "Friday afternoon"}
    (d,) = dates("The plane landed in Lagos late Friday afternoon, officials said.",
                 "The plane landed in Lagos on Friday night, officials said.")
    assert {v.value for v in d.values} == {"late Friday afternoon", "Friday night"}
    # a night runs into the next day's small hours: vague, not a conflict
    (d,) = dates("The Grace Bible Church burned Friday night, officials said of the fire.",
                 "The Grace Bible Church burned early Saturday, officials said of the fire.")
    assert d.type == "vague" and {v.normalized for v in d.values} == {"Friday night", "early Saturday"}
    # a day and a part of it agree; parts of two days apart conflict
    assert dates("Harold Mensah died Thursday at his home in Accra.",
                 "Harold Mensah died Thursday night at his home in Accra.") == []
    (d,) = dates("Harold Mensah died Monday morning at his home in Accra.",
                 "Harold Mensah died Thursday night at his home in Accra.")
    assert d.type == "conflict"


def test_noon_and_midnight_are_times_of_day():
    (d,) = dates("Pirates attacked the merchant vessel around noon, the navy said.",
                 "Pirates attacked the merchant vessel at about 11 a.m., the navy said.")
    assert {v.normalized for v in d.values} == {"12:00", "11:00"}
    assert dates("The suspect was arrested just before midnight in Compton, deputies said.",
                 "The suspect was arrested shortly before midnight in Compton, deputies said.") == []


def test_a_home_town_told_as_where_someone_lived():
    (d,) = places("Raj Patel, 59, of College Point, was struck by the car.",
                  "Raj Patel, who lived half a mile away in South Ozone Park, was walking to the temple.")
    assert {v.value for v in d.values} == {"College Point", "South Ozone Park"}


def test_a_town_and_a_borough_the_story_names_are_not_set_against_each_other():
    # no gazetteer: the story writes Queens as a borough ("Queens District Attorney"), which may hold the town
    assert places("Raj Patel, 59, of College Point, was struck by the car.",
                  "Raj Patel, 59, of Queens, was struck by the car, the Queens District Attorney said.") == []


def test_two_towns_are_set_against_each_other_beside_a_borough_holding_both():
    (d,) = places("Raj Patel, 59, of College Point, was struck by the car.",
                  "Raj Patel, who lived half a mile away in South Ozone Park, was walking to the temple.",
                  "Raj Patel, 59, of Queens, was struck by the car, the Queens District Attorney said.")
    assert {v.value for v in d.values} == {"College Point", "South Ozone Park"}


def test_the_block_of_one_street():
    (d,) = places("The shooting happened at a car wash in the 3000 block of West Florence Avenue, police said.",
                  "Deputies found the man at a car wash in the 3300 block of Florence Avenue.")
    assert {v.value for v in d.values} == {"3000 block", "3300 block"} and "Florence Avenue" in d.about
    assert places("The shooting happened in the 3000 block of West Florence Avenue, police said.",
                  "Deputies found the man in the 3000 block of West Florence Avenue.") == []
    # two streets are two places
    assert places("The shooting happened in the 3000 block of Florence Avenue, police said.",
                  "The car was found in the 1200 block of Slauson Avenue.") == []


def test_the_bearing_of_one_spot_from_a_place():
    (d,) = places("Pirates attacked the tanker about 150 nautical miles west of Aden on Friday.",
                  "The tanker was attacked around 150 nautical miles east of Aden, the navy said.")
    assert {v.value for v in d.values} == {"west", "east"} and "Aden" in d.about
    assert places("The tanker was 150 nautical miles west of Aden.",
                  "The tanker was 150 nautical miles north-west of Aden.") == []
    # another distance is another spot
    assert places("The tanker was 150 nautical miles west of Aden.",
                  "A second ship was 40 miles east of Aden.") == []


def test_an_event_noun_holds_only_a_time_beside_it():
    # "a Christmas party shooting was on suicide watch Monday": Monday is the watch's, not the shooting's
    assert dates("Police say Eric Kirk opened fire at the office Christmas party Friday, killing one man.",
                 "A man charged in the office Christmas party shooting was on suicide watch Monday.") == []


def test_a_sentence_with_a_day_it_cannot_read_tells_two_events():
    # "today" is Bell's day: Tuesday may be Wynn's, Wednesday Bell's; nothing disagrees
    assert dates("The Saints signed DeShawn Wynn on Tuesday and Joique Bell today off the Eagles' squad.",
                 "Joique Bell, the rookie the Saints signed Wednesday from the Eagles' squad, will play.") == []


def test_nested_parts_of_a_day_agree():
    assert dates("Vincent Jackson was arrested early Tuesday morning on Route 52, police said.",
                 "Vincent Jackson was arrested Tuesday morning on Route 52, police said.") == []
    assert dates("Mary Stone was walking home on Saturday evening when the car hit her.",
                 "Mary Stone was walking home on Saturday night when the car hit her.") == []


def test_a_block_is_shown_once_as_a_place_not_again_as_a_count():
    arts = [Article(id="a", title="", text="Two men were shot in the 3000 block of West Florence Avenue, police said."),
            Article(id="b", title="", text="Two men were shot in the 3300 block of West Florence Avenue, police said.")]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=["a", "b"]).disagreements
    assert [d.kind for d in found] == ["place"]


def test_an_ing_form_of_an_event_family():
    # "struck the child ... Saturday night" / "hitting him ... early Sunday morning": one blow, hours that meet
    (d,) = dates("She told police she struck the boy with her open hand Saturday night.",
                 "Stinson admitted hitting the boy with her open hand early Sunday morning.")
    assert d.type == "vague"
    assert not is_event_word("morning") and not is_event_word("according")


def test_a_coarser_period_beside_a_day_does_not_crowd_it():
    # "this year" (unresolved: no publication date) holds November 19; it is not another day
    (d,) = dates("On November 19, the frigate Tabar sank a pirate trawler, its third strike this year.",
                 "On November 18, the frigate Tabar sank a pirate trawler in the Gulf of Aden.")
    assert {v.normalized for v in d.values} == {"November 19", "November 18"}
    # a calendar date with no event word of its own is another happening's
    (d,) = dates("On November 19, the frigate Tabar sank a pirate trawler, its third strike since its deployment "
                 "on November 2.",
                 "On November 18, the frigate Tabar sank a pirate trawler in the Gulf of Aden.")
    assert {v.normalized for v in d.values} == {"November 19", "November 18"}
    # an unread day beside it still may be the other's
    assert dates("The frigate Tabar sank a pirate trawler on November 19 and a skiff today.",
                 "The frigate Tabar sank a pirate trawler on November 18 in the Gulf of Aden.") == []


def test_months_named_without_a_year_compare_by_name():
    (d,) = dates("The Interior Department proposed the new grazing rules in May after a review.",
                 "The Interior Department proposed the new grazing rules in August after a review.")
    assert {v.normalized for v in d.values} == {"May", "August"} and d.about.startswith("date")
    # the same month, or a day inside it, agrees
    assert dates("The Interior Department proposed the new grazing rules in August after a review.",
                 "The Interior Department proposed the new grazing rules on August 12 after a review.") == []
    # a month with its year written out is another time (a past quake recalled), never compared
    assert dates("A quake killed 600 people in the town of Zarand in February, officials said.",
                 "A quake killed 600 people in the town of Zarand in December 2003, officials said.") == []


def test_a_death_told_as_pronounced_dead_and_a_find_as_discovered():
    (d,) = dates("The singer Omar Haddad died Thursday at a hospital in Beirut, his manager said.",
                 "The singer Omar Haddad was pronounced dead Friday at a hospital in Beirut, his manager said.")
    assert {v.value for v in d.values} == {"Thursday", "Friday"}
    (d,) = dates("The bodies of the two hikers were found Tuesday near the Eagle Creek trail.",
                 "The bodies of the two hikers were discovered Wednesday near the Eagle Creek trail.")
    assert {v.value for v in d.values} == {"Tuesday", "Wednesday"}
    # "found guilty" is a conviction, not a find
    assert dates("The bodies of the two hikers were found Tuesday near the Eagle Creek trail.",
                 "The man was found guilty Wednesday of killing the two hikers near the Eagle Creek trail.") == []


def test_a_day_after_a_reporting_verb_is_when_it_was_said():
    # "arrested Tuesday ... police said Wednesday": Wednesday is the saying's, never the arrest's
    assert dates("The suspected gang leader Omar Bassi was charged with fraud, police said Wednesday.",
                 "The suspected gang leader Omar Bassi was charged with fraud, police said on Monday.") == []


def test_a_planned_event_is_not_compared_with_the_one_that_happened():
    assert dates("Orbit Software released the Nova 10 browser for phones on Tuesday, the company said.",
                 "Orbit Software's Nova 10 browser for phones is due to be released on Friday, the company said.") == []
    # two plans of one event are compared
    (d,) = dates("The Nova 10 browser from Orbit Software is due to be released on Friday, Orbit said.",
                 "The Nova 10 browser from Orbit Software is due to be released on Monday, Orbit said.")
    assert {v.value for v in d.values} == {"Friday", "Monday"}


def test_a_date_and_time_opening_a_sentence_are_the_events_not_a_page_stamp():
    (d,) = dates("On Saturday 8 June 2013, at 8:39am police were called to a house in Mill Lane.",
                 "Police were called to the house in Mill Lane, Millom, at 8. 40am on Saturday.")
    # the tokenizer's spaces are taken out of the time as shown
    assert {v.value for v in d.values} == {"8:39am", "8.40am"}


def test_24_hour_times_of_one_event_inside_a_sentence_are_not_page_stamps():
    (d,) = dates("The earthquake struck the island of Qeshm at 2045 GMT on Sunday, officials said.",
                 "The earthquake struck the island of Qeshm at 2100 GMT on Sunday, officials said.")
    assert {v.normalized for v in d.values} == {"20:45", "21:00"}
    # a zone after a time at the head of a text, or after "Updated", is still the page's stamp
    for text in ("10:31 a.m. EST Officials said the earthquake struck Qeshm.",
                 "Story last updated at 10:31 a.m. EST, Sunday"):
        at = text.index("10:31")
        assert is_stamp(text, at, at + len("10:31 a.m.")), text
    text = "The earthquake struck the island of Qeshm at 10:31 a.m. EST on Sunday."
    assert not is_stamp(text, text.index("10:31"), text.index("10:31") + len("10:31 a.m."))


def test_a_year_after_a_long_object_belongs_to_the_verb_before_it():
    (d,) = dates("The son sold one of the Delta oil fields for a reported $30 million in 1957.",
                 "The family's Delta oil field was sold for a reported $30 million in 1967, records show.")
    assert {v.normalized for v in d.values} == {"1957", "1967"}
    # across an infinitive the year is another phrase's ("to escape conviction in 1970")
    assert dates("Vance feigned illness for years to avoid a trial for bribery in 1970.",
                 "Vance feigned illness in 1969 to avoid a trial, the doctors found.") == []


def test_a_span_of_years_agrees_with_a_year_inside_it():
    assert dates("Phil Ford set the school scoring mark from 1974 to 1978 at the university.",
                 "Phil Ford set the school scoring mark in 1978 at the university.") == []
    (d,) = dates("Phil Ford set the school scoring mark from 1974 to 1977 at the university.",
                 "Phil Ford set the school scoring mark in 1978 at the university.")
    assert {v.normalized for v in d.values} == {"1974–1977", "1978"}


def test_one_verb_done_to_two_named_targets_is_two_events():
    # "Creighton defeated Drake on Friday" / "Drake had defeated Bradley on Thursday": two games
    assert dates("Top-seeded Creighton defeated Drake on Friday afternoon in the conference tournament.",
                 "Drake, which had defeated Bradley on Thursday in the conference tournament, closed the gap.") == []
    (d,) = dates("Top-seeded Creighton defeated Drake on Friday afternoon in the conference tournament.",
                 "Top-seeded Creighton defeated Drake on Thursday in the conference tournament.")
    assert {v.value for v in d.values} == {"Friday afternoon", "Thursday"}


def test_a_clocks_colon_does_not_end_the_clause_of_a_day():
    # "Early Friday morning, around 1: 30 a. m., the actress checked into ...": the colon is the clock's
    (d,) = dates("Early Friday morning, around 1: 30 a. m., the actress checked into the Desert Springs clinic.",
                 "The actress checked into the Desert Springs clinic late Thursday, her lawyer said.")
    assert {v.normalized for v in d.values} == {"Friday early morning", "late Thursday"}


def test_a_short_aside_in_brackets_does_not_cut_the_day_from_its_verb():
    (d,) = dates("The Hawks also signed veteran guard Omar Tellis (Purdue) on Tuesday to back up their starters.",
                 "The Hawks signed guard Omar Tellis on Thursday, the team said.")
    assert {v.value for v in d.values} == {"Tuesday", "Thursday"}
    # a bracketed aside with a date in it is no name: it still ends the clause
    assert dates("The Hawks signed guard Omar Tellis (who left on Monday) and traded a pick.",
                 "The Hawks signed guard Omar Tellis on Thursday, the team said.") == []


def test_picked_up_a_player_is_a_signing_and_two_targets_keep_their_own_days():
    (d,) = dates("The Hawks picked up Omar Tellis on Monday and on Wednesday signed Ray Dunn to replace him.",
                 "The Hawks signed guard Omar Tellis on Tuesday, the team said.")
    assert {v.value for v in d.values} == {"Monday", "Tuesday"}
    # picking up something that is not named is no signing
    assert dates("The Hawks picked up the pace on Monday against Omar Tellis.",
                 "The Hawks signed guard Omar Tellis on Tuesday, the team said.") == []
    # one verb, two days and no target of its own for each: which day is whose is a guess
    assert dates("The Hawks signed Omar Tellis on Monday and Ray Dunn on Wednesday.",
                 "The Hawks signed guard Omar Tellis on Tuesday, the team said.") == []


def test_where_a_named_person_died_as_a_kind_of_place():
    (d,) = places("Walter Brand died at 12:45 p.m. at his home in Santa Rosa, his family said.",
                  "Walter Brand, the former deputy director of the agency, died yesterday from heart failure at a "
                  "hospice near his home in Santa Rosa.")
    assert {v.value for v in d.values} == {"home", "hospice"} and d.about == "place Walter Brand died"
    assert d.type == "conflict"
    (d,) = places("Officer Dana Kell died at the scene, police said.",
                  "Kell died on the way to the hospital, a spokesman said.")
    assert {v.value for v in d.values} == {"the scene", "on the way to hospital"}
    # one kind of place written two ways agrees; another person's death (a possessive) is no side
    assert places("Walter Brand died at his home in Santa Rosa.", "Walter Brand died in his residence on Friday.") == []
    assert places("Walter Brand died at his home on Friday.", "Walter Brand's wife died at a hospital in 1984.") == []
    # a death told after another clause is not where this one happened
    assert places("Walter Brand died at his home on Friday.",
                  "Walter Brand died, and his son was taken to a hospital.") == []


def test_a_day_later_counts_from_the_day_told_just_before():
    (d,) = dates("On June 17, detectives searched the home of Carl Mott. A day later, Leon Parr was arrested at work.",
                 "Court records show Leon Parr was arrested June 17 and is held on $2 million bail.")
    assert {v.normalized for v in d.values} == {"June 18", "June 17"}
    # the same day told both ways agrees
    assert dates("On June 17, detectives searched the home of Carl Mott. The next day, Leon Parr was arrested.",
                 "Court records show Leon Parr was arrested June 18 and is held on $2 million bail.") == []
    # no day told in the sentence before, or two: nothing to count from
    assert dates("Detectives searched the home of Carl Mott. A day later, Leon Parr was arrested at work.",
                 "Court records show Leon Parr was arrested June 17 and is held on $2 million bail.") == []
    assert dates("Mott was seen on June 15 and searched on June 17. A day later, Leon Parr was arrested at work.",
                 "Court records show Leon Parr was arrested June 17 and is held on $2 million bail.") == []
    # "the day after the shooting" counts from the shooting
    assert dates("On June 17, detectives searched the home of Carl Mott. Leon Parr was arrested the day after "
                 "the shooting.", "Court records show Leon Parr was arrested June 17.") == []


def test_each_of_two_targets_days_pairs_only_with_its_own_target():
    # Wednesday is Dunn's signing: never a side against Tellis' Tuesday
    (d,) = dates("The Hawks picked up Omar Tellis on Monday and on Wednesday signed Ray Dunn to replace him.",
                 "The Hawks signed guard Omar Tellis on Tuesday, the team said.",
                 "The Hawks signed Omar Tellis on Tuesday and their coach praised him.")
    assert {v.value for v in d.values} == {"Monday", "Tuesday"}


def test_where_a_person_died_told_by_surname_alone_or_after_a_long_apposition():
    (d,) = places("Brand died at 12:45 p.m. at his home in Santa Rosa. Walter Brand was 95.",
                  "Walter Brand, Jr., the number two man at the agency during the scandal, died yesterday from "
                  "heart failure at a hospice near his home.")
    assert {v.value for v in d.values} == {"home", "hospice"}
    # a capitalised first word the story names no one by is no person; an apposition naming another is no subject
    assert places("Overnight died at his home in Santa Rosa.", "Walter Brand died at a hospice.") == []
    assert places("Walter Brand died at his home.",
                  "Walter Brand, whose aide Ann Cole led the inquiry, died at a hospital in May.") == []


def test_a_wider_place_the_story_names_is_no_side_but_two_towns_inside_it_still_are():
    (d,) = places("Raj Patel, 59, of College Point, was struck by the car.",
                  "Raj Patel, who lived half a mile away in South Ozone Park, was walking to the temple.",
                  "Raj Patel, 59, of Queens, was struck by the car. Police came from College Point, Queens.")
    assert {v.value for v in d.values} == {"College Point", "South Ozone Park"}


def test_the_slot_names_the_one_an_event_was_done_to():
    (d,) = dates("The Hawks signed Omar Tellis on Tuesday, the team said.",
                 "The Hawks picked up Omar Tellis on Monday, the coach said.")
    # (labels67: with the subject a side writes)
    assert d.about in ("day Hawks signed Omar Tellis", "day Hawks picked up Omar Tellis"), d.about
    # the person a sentence quotes is no object of its event
    (d,) = dates("The fire was reported at 3:33 a.m., Chief Dan Owen says.",
                 "Chief Dan Owen says the fire was reported at 3:50 a.m.")
    assert "Owen" not in d.about  # not "time reported ... Owen"
    assert d.about == "time the fire was reported"  # labels67: a moment's verb nearest the time, with its subject


def test_two_days_each_right_after_its_own_verb_are_read_apart():
    (d,) = dates("Three aides were indicted Thursday on fraud charges, prosecutors said of Omar Tellis.",
                 "According to an indictment handed up Tuesday and unsealed Thursday, Omar Tellis and two aides "
                 "were indicted on fraud charges.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"}
    # one verb for two days is still a guess
    assert dates("Omar Tellis was indicted Thursday on fraud charges, prosecutors said.",
                 "Omar Tellis was indicted on Tuesday or Wednesday on fraud charges.") == []


def test_the_scene_may_be_the_home_a_hospital_never_is():
    assert places("Walter Brand died at the scene, police said.", "Walter Brand died at his home on Friday.") == []
    (d,) = places("Walter Brand died at the scene, police said.", "Walter Brand died at a hospital on Friday.")
    assert {v.value for v in d.values} == {"the scene", "hospital"}
    # a house fire is how, not where
    assert places("Walter Brand died in the house fire on Friday.", "Walter Brand died at a hospital later.") == []


def test_an_undated_month_and_day_takes_the_weekday_the_story_gives_it():
    # no publication dates: "on 4 March" is a Friday by the story's own "March 11, 2011" a week later
    (d,) = dates("The miner Tomas Berg was killed by a falling beam on 4 March near the shaft, the union said.",
                 "A falling beam killed Tomas Berg on Saturday near the shaft, the union said.",
                 "The inquiry into the collapse opened on March 11, 2011.")
    assert {v.value for v in d.values} == {"4 March", "Saturday"} and d.type == "conflict"
    # the weekday written beside it agrees ("Friday, March 4" elsewhere, "on Friday" here)
    assert dates("The miner Tomas Berg was killed by a falling beam on 4 March near the shaft, the union said.",
                 "A falling beam killed Tomas Berg on Friday near the shaft, the union said.",
                 "The inquiry opened a week after Friday, March 4.") == []
    # no dated day near it: never a guess
    assert dates("The miner Tomas Berg was killed by a falling beam on 4 March near the shaft, the union said.",
                 "A falling beam killed Tomas Berg on Saturday near the shaft, the union said.",
                 "The inquiry into the collapse opened on October 11, 2011.") == []


def test_a_relative_day_is_resolved_against_its_own_pages_date():
    # page of Friday 4 March 2022: "yesterday" is 3 March (or the 2nd, written the evening before)
    (d,) = dates("The ferry operator Lina Voss was arrested yesterday in Tallbridge, police said.",
                 "Police arrested the ferry operator Lina Voss on March 1 in Tallbridge.",
                 published=["2022-03-04", None])
    assert {v.value for v in d.values} == {"yesterday", "March 1"}
    assert any("2022-03-03" in (v.normalized or "") for v in d.values) and d.type == "conflict"
    # near cases: the day it means, or a page with no date of its own, make no disagreement
    assert dates("The ferry operator Lina Voss was arrested yesterday in Tallbridge, police said.",
                 "Police arrested the ferry operator Lina Voss on Thursday in Tallbridge.",
                 published=["2022-03-04", None]) == []
    assert dates("The ferry operator Lina Voss was arrested yesterday in Tallbridge, police said.",
                 "Police arrested the ferry operator Lina Voss on March 1 in Tallbridge.") == []


def test_today_of_a_page_dated_the_next_morning_may_be_the_day_before():
    # a page dated Tuesday 10 April 2007 says "today" of Monday's shooting: never a disagreement
    assert dates("A fired clerk opened fire in the office of Harlow Freight at about 10am today, police said.",
                 "A fired clerk opened fire in the office of Harlow Freight on Monday, police said.",
                 published=["2007-04-10", None]) == []
    # two days apart is one
    (d,) = dates("A fired clerk opened fire in the office of Harlow Freight at about 10am today, police said.",
                 "A fired clerk opened fire in the office of Harlow Freight on Saturday, police said.",
                 published=["2007-04-10", None])
    assert {v.value for v in d.values} == {"today", "Saturday"}


def test_last_month_against_a_month_and_an_undated_month_and_day_against_the_page():
    (d,) = dates("The gang member Luis Ocampo was found guilty by the jury last month of murder.",
                 "In April 2007 the gang member Luis Ocampo was found guilty of murder by the jury.",
                 published=["2007-04-20", None])
    assert {v.normalized for v in d.values} == {"2007-03", "2007-04"}
    # "convicted March 20" in a page with no date agrees with "today" of a page of March 20, 2007,
    # whatever year the story's other pages would give it
    assert dates("A jury today convicted the gang member Luis Ocampo of murdering a deputy.",
                 "The gang member Luis Ocampo was convicted March 20 of murdering a deputy.",
                 "The deputy was killed in June 2005.",
                 published=["2007-03-20", None, "2005-06-30"]) == []


def test_the_year_written_before_a_work_is_its_release():
    (d,) = dates("In 2005, HBO Films released “The Quiet Harbour,” a feature film starring Ana Ruiz as Mara Lind.",
                 "Mara Lind was also celebrated in the 2006 HBO movie, The Quiet Harbour, starring Ana Ruiz.")
    assert {v.normalized for v in d.values} == {"2005", "2006"} and d.type == "conflict"
    # near case: two films by their titles are two releases
    assert dates("Mara Lind was celebrated in the 2006 HBO movie, The Quiet Harbour, starring Ana Ruiz.",
                 "Mara Lind was also celebrated in the 2009 HBO movie, Northern Lights, starring Ana Ruiz.") == []


def test_a_page_date_before_a_year_its_text_writes_resolves_nothing():
    # a page "dated" 2005 that writes 2007: its date was read off something else (an anniversary)
    assert dates("The gang member Luis Ocampo was found guilty by the jury last month of murder. A second trial "
                 "is due in 2007.",
                 "The gang member Luis Ocampo was found guilty of murder by the jury in April 2005.",
                 published=["2005-06-24", None]) == []
    # near case: the same page dated when it was written
    (d,) = dates("The gang member Luis Ocampo was found guilty by the jury last month of murder.",
                 "The gang member Luis Ocampo was found guilty of murder by the jury in April 2007.",
                 published=["2007-06-24", None])
    assert {v.normalized for v in d.values} == {"2007-05", "2007-04"}


def test_the_year_of_ones_own_memoir_in_unlike_sentences():
    """disagree22: "his 2012 memoir" / "his 2011 autobiography": one person's account of his life."""
    (d,) = dates("“I was always hungry back then,” he wrote in his 2012 memoir.",
                 "In his 2011 autobiography, Dead End Street, Carl Weston recalled his years in Queens.")
    assert {v.normalized for v in d.values} == {"2012", "2011"} and d.type == "conflict"
    # near cases: his memoir and her memoir are two people's; two titles are two books
    assert dates("“I was always hungry back then,” he wrote in his 2012 memoir.",
                 "In her 2011 autobiography, Dead End Street, Ann Weston recalled her years in Queens.") == []
    assert dates("In his 2012 memoir, Long Road Home, Carl Weston wrote about his father.",
                 "In his 2011 autobiography, Dead End Street, Carl Weston recalled his years in Queens.") == []


def test_a_half_hour_beside_a_time_minutes_from_it_is_rounded():
    from accord.disagree.events import rounded
    assert rounded([3 * 60 + 30, 3 * 60 + 33])  # "3:30" / "3:33": vague
    assert not rounded([8 * 60 + 40, 8 * 60 + 49])  # two precise times: a conflict
    assert not rounded([3 * 60 + 30, 3 * 60 + 45])  # a round time far from the other: a conflict
    assert not rounded([3 * 60 + 30, 4 * 60])  # two round times: a conflict


def test_a_call_time_told_rounded_to_the_half_hour_is_vague():
    (d,) = dates("The first 911 call about the warehouse fire on Quarry Lane came in at 3:33 a.m., the fire chief said.",
                 "The 911 call about the warehouse fire on Quarry Lane came in at 3:30 a.m., the fire chief said.")
    assert d.type == "vague"
    # near case: two times to the minute are a conflict
    (d,) = dates("The first 911 call about the warehouse fire on Quarry Lane came in at 3:33 a.m., the fire chief said.",
                 "The 911 call about the warehouse fire on Quarry Lane came in at 3:37 a.m., the fire chief said.")
    assert d.type == "conflict"


def test_shortly_after_two_times_half_an_hour_apart_is_a_conflict():
    # disagree31: "shortly after 2 a.m." reaches a few minutes past two, never half past: one stop
    # told at two times that cannot both be true (a reader's type fix: was vague)
    (d,) = dates("The singer was pulled over on Route 52 shortly after 2 a.m. by a highway patrol officer.",
                 "The singer was pulled over on Route 52 just after 2:30 a.m. by a highway patrol officer.")
    assert d.type == "conflict"
    # near case: "shortly after 2 a.m." and 2:10 may be one moment
    (d,) = dates("The singer was pulled over on Route 52 shortly after 2 a.m. by a highway patrol officer.",
                 "The singer was pulled over on Route 52 at 2:10 a.m. by a highway patrol officer.")
    assert d.type == "vague"
    # near case: a bare "after 2 a.m." may be any time later
    (d,) = dates("The singer was pulled over on Route 52 after 2 a.m. by a highway patrol officer.",
                 "The singer was pulled over on Route 52 at 2:25 a.m. by a highway patrol officer.")
    assert d.type == "vague"


def test_a_sentence_opening_on_that_same_year_is_the_year_told_just_before():
    # disagree34: "Later that year" / "That same year" is the one year the sentence before told
    (d,) = dates("The family sold its oil field in 1957. Later that year, Carl Mott shot his father in a hunting "
                 "accident in Canada.",
                 "His brother bought a ranch in 1967. That same year he shot his father in a hunting accident "
                 "in Canada.")
    assert {v.normalized for v in d.values} == {"1957", "1967"}
    # named by the event's subject, verb and object (names47), never four words after the time ("Carl Mott shot his")
    assert d.about == "date Carl Mott shot his father"
    # the same year told both ways agrees
    assert dates("The family sold its oil field in 1957. Later that year, Carl Mott shot his father in a hunting "
                 "accident in Canada.",
                 "Carl Mott shot his father in a hunting accident in Canada in 1957.") == []
    # near cases: two years told before (which one is a guess), another event in the same year
    # (arrested / shot), the phrase inside the sentence of a noun ("that year's"), not its opener
    assert dates("The family bought the field in 1950 and sold it in 1957. Later that year, Carl Mott shot his "
                 "father in a hunting accident in Canada.",
                 "His brother bought a ranch in 1967. That same year Carl Mott shot his father in a hunting accident "
                 "in Canada.") == []
    assert dates("The family sold its oil field in 1957. Later that year, Carl Mott was arrested in Canada after "
                 "a hunting accident.",
                 "His brother bought a ranch in 1967. That same year Carl Mott shot his father in a hunting accident "
                 "in Canada.") == []
    from accord.disagree.events import _SAME
    assert [bool(_SAME.match(t)) for t in ("Later that year, he shot", "That same year he shot", "The same day, he",
                                           "“Later that day, police")] == [True] * 4
    assert not any(_SAME.match(t) for t in ("That year's winners danced", "The day after the shooting, he",
                                            "That year of his life", "He shot his father later that year",
                                            "The same day that police came", "That weekend he shot"))


def test_a_sentence_opening_on_later_that_day_is_the_day_told_just_before():
    (d,) = dates("On June 17, detectives searched the home of Carl Mott. Later that day, Leon Parr was arrested "
                 "at work.",
                 "Court records show Leon Parr was arrested June 18 and is held on $2 million bail.")
    assert {v.normalized for v in d.values} == {"June 17", "June 18"}
    # near case: a weekday name before is compared by name, and "the day after" counts from another event
    assert dates("Detectives searched the home of Carl Mott on Friday night. Later that day, Leon Parr was "
                 "arrested at work.", "Court records show Leon Parr was arrested June 18.") == []
    assert dates("On June 17, detectives searched the home of Carl Mott. The day after the shooting, Leon Parr "
                 "was arrested at work.", "Court records show Leon Parr was arrested June 17.") == []


def test_one_death_told_as_died_and_passed_away():
    # disagree34: "passed away" is the death ("died"), as "pronounced dead" is
    (d,) = dates("Walter Brand passed away Thursday at his home in Dayton, his family said.",
                 "Walter Brand died Friday at his home in Dayton, his family said.")
    assert {v.value for v in d.values} == {"Thursday", "Friday"}
    # near cases: "passed" of another happening, and two events of one story on two days
    assert dates("Walter Brand passed the bar exam Thursday in Dayton, his family said.",
                 "Walter Brand died Friday at his home in Dayton, his family said.") == []
    assert dates("Leon Parr was arrested Friday near his home in Dayton, police said.",
                 "Leon Parr was charged Saturday near his home in Dayton, police said.") == []


def test_one_arrest_told_as_arrested_and_taken_into_custody():
    (d,) = dates("Leon Parr was arrested Friday near his home in Dayton, police said.",
                 "Leon Parr was taken into custody Saturday near his home in Dayton, police said.")
    assert {v.value for v in d.values} == {"Friday", "Saturday"}


def test_a_body_the_tagger_takes_for_a_person_names_no_one():
    # disagree36: "the Wildlife Society", "the Society for Range Management" are read as people by the
    # word-rule tagger; a side naming only them is no other person's event than "Mark Ellison sent ..."
    (d,) = dates("The Wildlife Society and the Society for Range Management also sent a letter on Monday asking "
                 "the Interior Department to rescind the rule changes.",
                 "More than 1,300 biologists led by Mark Ellison sent letters on Friday asking the Interior "
                 "Department to rescind the rule changes.")
    assert {v.value for v in d.values} == {"Monday", "Friday"}
    # near case: a real person on each side, two people's letters
    assert dates("Biologist Jane Moore also sent a letter on Monday asking the Interior Department to rescind "
                 "the rule changes.",
                 "More than 1,300 biologists led by Mark Ellison sent letters on Friday asking the Interior "
                 "Department to rescind the rule changes.") == []


def test_what_makes_a_name_a_bodys():
    from accord.disagree.events import _body_name
    from accord.model import Mention

    def body(text: str, name: str) -> bool:
        at = text.index(name)
        return _body_name(text, Mention(kind="entity", text=name, start=at, end=at + len(name), label="PERSON",
                                        value=name))
    assert body("The Wildlife Society said so.", "Wildlife Society")
    assert body("It breaks the Endangered Species Act, they said.", "Endangered Species Act")
    assert body("The Society for Conservation Biology wrote.", "Conservation Biology")
    # near cases: a person's name, also after "of" a company or "for" a cause
    assert not body("Steve Rowe of Apple said so.", "Steve Rowe")
    assert not body("The award went to Lisa Grant for Conservation work.", "Lisa Grant")
    assert not body("Chief executive of Acme, Lisa Grant, said so.", "Lisa Grant")


def test_one_fire_told_by_what_it_did_to_the_building():
    # disagree41: "destroyed" / "damaged" / "gutted" a building are one happening (``verbs`` "damage")
    (d,) = dates("A suspicious fire virtually destroyed the Harbourside Chapel in Millbrook early Saturday, "
                 "the fire chief said.",
                 "The Harbourside Chapel in Millbrook was badly damaged by fire Friday night, and investigators "
                 "suspect arson.")
    assert {v.value for v in d.values} == {"early Saturday", "Friday night"}
    assert d.type == "vague"  # a night runs into the early hours of the next day
    (d,) = dates("A fire gutted the Harbourside Chapel in Millbrook on Sunday, the fire chief said.",
                 "The Harbourside Chapel in Millbrook was destroyed by fire on Tuesday, the fire chief said.")
    assert {v.value for v in d.values} == {"Sunday", "Tuesday"} and d.type == "conflict"


def test_two_agents_damaging_one_building_are_two_happenings():
    # near cases: a storm's damage and a fire's, two named hurricanes, years apart
    assert dates("A storm damaged the Harbourside Chapel in Millbrook in 2004, the parish said.",
                 "A fire destroyed the Harbourside Chapel in Millbrook in 2011, the parish said.") == []
    assert dates("Her clinic in Port Dale was damaged by Hurricane Ivan in 2004 and rebuilt by volunteers.",
                 "Her clinic in Port Dale was destroyed by Hurricane Rita in 2005 and rebuilt by volunteers.") == []
    # and a building's damage is never another verb's day ("repaired", "reopened")
    assert dates("The Harbourside Chapel in Millbrook was damaged by fire on Sunday, the parish said.",
                 "The Harbourside Chapel in Millbrook was reopened on Thursday, the parish said.") == []


def test_a_month_end_written_as_one_word_is_compared_by_the_months_name():
    # disagree41: "in November-end" / "early December" of one replacement
    (d,) = dates("The corvette Varuna, which replaced the frigate Talwin early December, sailed for the gulf.",
                 "The corvette Varuna, which replaced the frigate Talwin in November-end, sailed for the gulf.")
    assert {v.normalized for v in d.values} == {"November", "December"}
    assert d.type == "vague"  # the end of one month and the start of the next meet at the 1st
    # near cases: two whole months, or a month's start against the next month's end, exclude each other
    for first, second in (("in November", "in December"), ("early November", "late December")):
        (d,) = dates(f"The corvette Varuna, which replaced the frigate Talwin {second}, sailed for the gulf.",
                     f"The corvette Varuna, which replaced the frigate Talwin {first}, sailed for the gulf.")
        assert d.type == "conflict", (first, second)
    # the same month written both ways agrees
    assert dates("The corvette Varuna, which replaced the frigate Talwin late November, sailed for the gulf.",
                 "The corvette Varuna, which replaced the frigate Talwin in November-end, sailed for the gulf.") == []


def test_an_offset_told_backwards_counts_from_the_day_told_just_before():
    # disagree43: "nine days earlier", "the previous day", "the day before" count back from the one day the
    # sentence before told, as "a day later" counts forward
    (d,) = dates("Leon Parr was arrested on June 17. Detectives had searched his home two days earlier.",
                 "Court records show detectives searched the home of Leon Parr on June 12.")
    assert {v.normalized for v in d.values} == {"June 15", "June 12"}
    (d,) = dates("Leon Parr was arrested on June 17. Detectives had searched his home the day before.",
                 "Court records show detectives searched the home of Leon Parr on June 12.")
    assert {v.normalized for v in d.values} == {"June 16", "June 12"}
    # the same day told both ways agrees
    assert dates("Leon Parr was arrested on June 17. Detectives had searched his home the previous day.",
                 "Court records show detectives searched the home of Leon Parr on June 16.") == []
    # near cases: "two days before the raid" counts from the raid, "earlier than planned" is no offset, and
    # no day told in the sentence before leaves nothing to count from
    assert dates("Leon Parr was arrested on June 17. Detectives searched his home two days before the raid.",
                 "Court records show detectives searched the home of Leon Parr on June 12.") == []
    assert dates("Leon Parr was arrested on June 17. Detectives searched his home two days earlier than planned.",
                 "Court records show detectives searched the home of Leon Parr on June 12.") == []
    assert dates("Leon Parr was arrested at work. Detectives had searched his home two days earlier.",
                 "Court records show detectives searched the home of Leon Parr on June 12.") == []


def _days_read(text: str, published: str) -> dict[str, date | None]:
    """Each date mention of a one-sentence article as ``events.read`` reads it: its text → its one day."""
    from accord.disagree import events
    arts = [Article(id="a", title="", text=text, published=published)]
    sentences, _ = analyse_story(arts, DEFAULT)
    found = events.read([s for f in align(arts, sentences) for s in f.sentences], DEFAULT, {"a": published})
    return {w.text: date.fromordinal(w.low) if w.low is not None and w.low == w.high else None for w in found}


def test_a_month_and_day_takes_the_year_its_sentence_writes_beside_it():
    # disagree43: in a page of 2007, "a June 20 shooting" beside "killed June 24, 2005" is June 20, 2005,
    # not the June 20 nearest the page (2007)
    read = _days_read("Vance was killed June 24, 2005 after he questioned a witness of a June 20 shooting.",
                      "2007-03-20")
    assert read["June 20"] == date(2005, 6, 20) and read["June 24, 2005"] == date(2005, 6, 24)
    # near cases: a day far from the written one keeps the page's year ("born April 22, 1923 … died Dec. 11")
    read = _days_read("Born April 22, 1923 in Nashville, Page died Dec. 11 in a hospital.", "2008-12-12")
    assert read["Dec. 11"] == date(2008, 12, 11)


# -- recall45: one event each article dates once by a month named without a year ---------------------------
def test_the_one_month_an_event_is_dated_in_each_article_however_unlike_the_sentences():
    (d,) = dates("The Interior Department proposed the new grazing rules in May and has since received 30,000 "
                 "comments, most of them opposed.",
                 "\"The rule has been revised since it was proposed in August because the public gave us good ideas,\" "
                 "a spokesman said.")
    assert {v.normalized for v in d.values} == {"May", "August"} and d.type == "conflict"


def test_an_event_dated_twice_in_an_article_days_or_two_peoples_events_are_not_one_month_slot():
    # an article dating the event twice tells of two proposals
    assert dates("The Interior Department proposed the new grazing rules in May and proposed a fee rule in June.",
                 "\"The rule has been revised since it was proposed in August,\" a spokesman said.") == []
    # days are not read this way: a protest or an arrest is told on many days
    assert dates("Students protested on Monday outside the ministry in the capital.",
                 "Thousands of people protested Wednesday as the strike spread to three more towns.") == []
    # two people's events
    assert dates("Governor Lena Marsh signed the first bill in March with little fanfare.",
                 "Mayor Tom Okafor signed the budget in June after a long fight.") == []


# -- recall46: one step of a criminal case (indicted, convicted, sentenced) each article dates once -----------
def test_the_one_indictment_each_article_dates_however_unlike_the_sentences():
    (d,) = dates("Two former aides to a city councilwoman were indicted Thursday for allegedly leaking her "
                 "private messages to a local blog.",
                 "According to an indictment handed up Tuesday, Ramon Keller offered in March to fix the "
                 "councilwoman's broken laptop.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"} and d.type == "conflict"
    (d,) = dates("Mr. Dorsey was found guilty Monday of setting the warehouse fire, a spokesman said.",
                 "A jury convicted him on Friday after a short trial in the county court.")
    assert {v.value for v in d.values} == {"Monday", "Friday"}


def test_a_case_step_dated_twice_two_peoples_steps_arrests_and_planned_steps_are_no_slot():
    # an article dating the step twice tells of two defendants
    assert dates("Ramon Keller was indicted Monday and his partner was indicted on Friday in a separate case.",
                 "An indictment handed up Tuesday accuses the two aides of leaking the messages.") == []
    # two people sentenced
    assert dates("Ramon Keller was sentenced Monday to four years in prison for the fraud.",
                 "Lydia Brandt was sentenced on Friday to two years for her role in the fraud.") == []
    # another defendant's step, told without his name
    assert dates("Ramon Keller was sentenced Monday to four years in prison for the fraud.",
                 "His co-defendant was also sentenced on Friday after a short hearing.") == []
    # an arrest is told on many days: never one slot by itself
    assert dates("Police arrested two men on Monday near the harbour.",
                 "A third man was arrested Friday at his home, police said.") == []
    # a step still to come is another happening than one that happened
    assert dates("Keller is due to be sentenced Friday, his lawyer said.",
                 "The judge sentenced the former aide on Monday after a short hearing.") == []


# -- recall46: one happening told by a verb in one article and by its noun in another -------------------------
def test_a_happening_told_as_a_noun_beside_its_verb():
    (d,) = dates("The crash on Tuesday killed the driver of a red Honda Civic on Route 9 near Milford, police said.",
                 "The red Honda Civic crashed Monday on Route 9 near Milford, killing its driver.")
    assert {v.value for v in d.values} == {"Tuesday", "Monday"}
    (d,) = dates("The attack on Friday wounded three guards at the Karsi checkpoint, officials said.",
                 "Gunmen attacked the Karsi checkpoint on Thursday, wounding three guards.")
    assert {v.value for v in d.values} == {"Friday", "Thursday"}
    (d,) = dates("Nolan's conviction in 2004 was overturned on appeal.", "Nolan was convicted in 2003 of fraud.")
    assert {v.value for v in d.values} == {"2004", "2003"}


def test_a_happenings_noun_at_two_places_or_with_nothing_shared_is_no_slot():
    assert dates("The attack on Friday hit the army post in Karsi, officials said.",
                 "Gunmen attacked a police station in Tobin on Thursday.") == []
    assert dates("The crash on Tuesday was the second on Route 9 this month.",
                 "A truck crashed on Route 9 on Monday, police said.") == []


# -- recall49: a day told with its gap to another happening ("died Thursday, a week after a heart attack") ----
def test_the_day_a_gap_counts_back_to():
    (d,) = dates("Ruth Okafor died Thursday, a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor suffered a heart attack on Tuesday at her home in Leeds, her family said.")
    assert {(v.value, v.normalized) for v in d.values} == {("a week after", "Thursday"), ("Tuesday", "Tuesday")}
    assert d.type == "conflict" and d.about == "day of the heart attack"
    (d,) = dates("Ruth Okafor died Thursday, a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor died Thursday night - nine days after suffering a heart attack at her home in Leeds.")
    assert {v.normalized for v in d.values} == {"Thursday", "Tuesday"}
    (d,) = dates("The body of Tom Lusk was found on August 21, ten days after the shooting at the Dover marina.",
                 "The shooting on August 9 at the Dover marina wounded Tom Lusk, police said.")
    assert {v.normalized for v in d.values} == {"August 11", "August 9"}
    # counted forwards: "the day before the crash" is the day after
    (d,) = dates("The pilot Ilse Varga flew a test route on Monday, the day before the crash on Route 9 near Milford.",
                 "The crash on Wednesday on Route 9 near Milford killed the pilot Ilse Varga.")
    assert {v.normalized for v in d.values} == {"Tuesday", "Wednesday"}


def test_a_gap_that_agrees_or_gives_no_day_is_no_slot():
    # the gap and the day it counts to agree
    assert dates("Ruth Okafor died Thursday, a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor suffered a heart attack on Thursday at her home in Leeds, her family said.") == []
    # an approximate gap is no day
    assert dates("Ruth Okafor died Thursday, about a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor suffered a heart attack on Tuesday at her home in Leeds, her family said.") == []
    assert dates("Ruth Okafor died Thursday, more than a week after suffering a heart attack at home.",
                 "Ruth Okafor suffered a heart attack on Tuesday at home, her family said.") == []
    # a report comes first: the happening after it is not dated by the gap
    assert dates("The army said on Monday, a day after it said that its drone struck a vehicle near Kabul, "
                 "that ten people died.",
                 "A drone struck a vehicle near Kabul on Friday, the army said.") == []
    # two happenings: a heart attack and a fall
    assert dates("Ruth Okafor died Thursday, a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor died Thursday, two weeks after a fall at her home in Leeds.") == []
    # a month is no day to count from
    assert dates("Ruth Okafor died in March, a week after suffering a heart attack at her home in Leeds.",
                 "Ruth Okafor suffered a heart attack on Tuesday at her home in Leeds, her family said.") == []


def test_a_gap_leaves_the_day_it_counts_from_its_own_slot():
    # the death's own day is still compared: the gap is another event of the sentence, not a second death day
    (d,) = dates("Ruth Okafor died Thursday, a week after suffering a heart attack.",
                 "Ruth Okafor died Friday in Leeds after a heart attack.")
    assert {v.value for v in d.values} == {"Thursday", "Friday"} and "died" in d.about
    # a day whose only event word is the one after the gap is not that event's day
    (d,) = dates("On Sunday, one day after Carl Brandt was acquitted, his lawyer spoke to reporters.",
                 "Carl Brandt was acquitted on Friday by a jury in Dover.")
    assert {v.normalized for v in d.values} == {"Saturday", "Friday"} and "Brandt" in d.about
    assert dates("On Sunday, one day after Carl Brandt was acquitted, his lawyer spoke to reporters.",
                 "Carl Brandt was acquitted on Saturday by a jury in Dover.") == []


def test_a_gap_with_no_comma_and_a_gap_from_a_relative_day():
    (d,) = dates("Officer Dana Price died Saturday two days after the shooting on Elm Street in Dover.",
                 "The shooting on Wednesday on Elm Street in Dover wounded Officer Dana Price.")
    assert {v.normalized for v in d.values} == {"Thursday", "Wednesday"}
    # "yesterday" on a page of Friday 8 March: the shooting two days before it (4 or 5 March), not 1 March
    (d,) = dates("Officer Dana Price died yesterday, two days after the shooting on Elm Street in Dover.",
                 "The shooting on March 1 on Elm Street in Dover wounded Officer Dana Price.",
                 published=["2024-03-08", "2024-03-08"])
    assert len(d.values) == 2 and {v.value for v in d.values} == {"two days after", "March 1"}
    assert dates("Officer Dana Price died yesterday, two days after the shooting on Elm Street in Dover.",
                 "The shooting on March 5 on Elm Street in Dover wounded Officer Dana Price.",
                 published=["2024-03-08", "2024-03-08"]) == []


def test_a_gap_dates_only_the_happening_of_its_own_phrase():
    # "a day after the speech, police arrested ...": the arrest is not the day before
    found = dates("On Friday, a day after the speech, police arrested ten protesters outside the Dover town hall.",
                  "Police arrested ten protesters outside the Dover town hall on Thursday.")
    assert all(v.value != "a day after" for d in found for v in d.values)
    # another clause opened by "which" / "who": its verb is not the happening the gap counts to
    assert dates("The mayor resigned Monday, two days after the report in which auditors criticised the "
                 "Dover harbour budget.",
                 "Auditors criticised the Dover harbour budget on Friday.") == []
    # an adjective after the gap is no happening ("one of the most anticipated elections")
    assert gaps("Ilse Varga made her closing argument to voters on Monday, a day before one of the most "
                "anticipated elections in Dover.") == []
    assert gaps("Ilse Varga spoke on Monday, a day before the injured driver was moved to Leeds.") == [
        ("a day before", "moved")]


def gaps(text: str) -> list[tuple[str, str]]:
    """The days a gap dates in a one-paragraph article: (the gap as written, the happening's word)."""
    from accord.disagree import events
    sentences, _ = analyse_story([Article(id="a", title="", text=text)], DEFAULT)
    return [(w.text, w.event_word) for ss in sentences.values() for w in events.read(ss)
            if w.counted_from is not None]


def test_a_gap_opening_its_sentence_counts_from_the_main_clauses_day():
    (d,) = dates("A day after a gunman opened fire in the Dover chapel, the state police admitted on Monday that "
                 "they had missed warnings.",
                 "A gunman opened fire in the Dover chapel on Saturday, killing four people.")
    assert {v.normalized for v in d.values} == {"Sunday", "Saturday"}
    assert gaps("A day after a gunman opened fire in the Dover chapel, the state police admitted on Monday that "
                "they had missed warnings.") == [("A day after", "opened")]
    # two days in the main clause: which one the gap counts from is a guess
    assert gaps("Two days after the shooting, police arrested a man on Friday and charged him on Saturday.") == []
    # a plan, and a report, are no happening the gap dates
    assert gaps("One week before they are set to unveil a tax plan, the senators met on Wednesday.") == []
    assert gaps("A day after the mayor said that the bridge collapsed, engineers arrived on Tuesday.") == []
    # a verb taking an infinitive is still a happening unless it makes a plan
    assert gaps("Ilse Varga spoke on Sunday, two days after the mayor sought to distance himself from the plan.") == [
        ("two days after", "sought")]


def test_a_day_without_its_year_takes_the_year_the_story_writes_its_month_with() -> None:
    """precision54: "killed on June 14" on a page written two years later is June 14 of the "June 2019" the
    story tells, a Friday: the same day as another article's "Friday afternoon" (read blind: the same value)."""
    assert dates("Rafe Colter was convicted of the ambush killing of Deputy Lena Ruiz in June 2019. The deputy was "
                 "killed on June 14 while answering a call in Velmar.",
                 "Rafe Colter is now the main suspect in the Friday afternoon killing of Deputy Lena Ruiz in Velmar.",
                 published=[None, "2019-06-16"], reference=date(2021, 5, 2)) == []
    # near case: a day of another weekday still disagrees (June 13, 2019 was a Thursday)
    (d,) = dates("Rafe Colter was convicted of the ambush killing of Deputy Lena Ruiz in June 2019. The deputy was "
                 "killed on June 13 while answering a call in Velmar.",
                 "Rafe Colter is now the main suspect in the Friday afternoon killing of Deputy Lena Ruiz in Velmar.",
                 published=[None, "2019-06-16"], reference=date(2021, 5, 2))
    assert len(d.values) == 2


def test_a_person_named_after_a_word_that_describes_them_is_the_events_target() -> None:
    """precision54: "signed rookie Ali Baker" is Baker's signing, not the signing of the player another
    article signed "on Tuesday" (read blind as a misread)."""
    assert dates("The club signed Tom Reyes on Tuesday and Ali Baker today off the reserve squad.",
                 "Wednesday afternoon, the club signed rookie Ali Baker from the reserve squad.",
                 published=["2022-01-12", "2022-01-12"]) == []
    # near case: one player's signing told on two days still disagrees
    (d,) = dates("The club signed rookie Ali Baker on Tuesday off the reserve squad.",
                 "Wednesday afternoon, the club signed rookie Ali Baker from the reserve squad.",
                 published=["2022-01-12", "2022-01-12"])
    assert {v.value for v in d.values} >= {"Tuesday"}


def test_a_day_inside_the_crime_a_person_was_convicted_of_is_not_the_conviction_day() -> None:
    """precision54: "convicted of the June 20, 2019 attempted murder" dates the attempted murder, not the verdict
    another article tells "last month" (read blind as two events)."""
    assert dates("Rafe Colter was also convicted of the June 20, 2019 attempted murder of a man in Velmar.",
                 "Rafe Colter, 29, was convicted by the same jury last month of the murder of a deputy.",
                 published=["2021-04-04", "2021-04-04"]) == []
    # near cases: a conviction told on two days still disagrees; "killed in the June 20 attack" is the day killed
    (d,) = dates("Rafe Colter was convicted on June 20, 2019 of the attempted murder of a man in Velmar.",
                 "Rafe Colter was convicted on July 2, 2019 of the attempted murder of a man in Velmar.")
    assert len(d.values) == 2
    (d,) = dates("Deputy Lena Ruiz was killed in the June 20, 2019 ambush outside Velmar.",
                 "Deputy Lena Ruiz was killed on June 22, 2019 in an ambush outside Velmar.")
    assert len(d.values) == 2


def test_a_month_with_its_year_told_of_another_happening_dates_no_day() -> None:
    """mend54 (a reviewer's finding on precision54): "passed in June 2005" told of another happening than "shot dead on
    June 24" does not make the shooting's June 24 of 2005 (a Friday): the story's own year (2007, a
    Sunday) stands, so it agrees with "the Sunday afternoon shooting"; a "Friday" disagrees."""
    first = ("The gun law Ann Lee fought, passed in June 2005, still stands. Lee was shot dead on June 24 "
             "outside her home in Velmar.")
    when = dict(published=[None, "2007-06-26"], reference=date(2007, 6, 26))
    assert dates(first, "Ann Lee is the victim of the Sunday afternoon shooting outside her home in Velmar.",
                 **when) == []  # type: ignore[arg-type]
    (d,) = dates(first, "Ann Lee is the victim of the Friday afternoon shooting outside her home in Velmar.",
                 **when)  # type: ignore[arg-type]
    assert len(d.values) == 2
    # near case: the sentence before tells the same happening with its year: that year (June 24, 2005: Friday)
    shot = ("Ann Lee was shot dead outside her home in Velmar in June 2005. Lee was shot on June 24 on her way "
            "home.")
    assert dates(shot, "Ann Lee is the victim of the Friday afternoon shooting outside her home in Velmar.",
                 **when) == []  # type: ignore[arg-type]


def test_a_place_after_any_preposition_is_no_event_target() -> None:
    """mend54 (a reviewer's finding on precision54): "struck near Mount Fuji" names where, not whom: the
    quake's Monday and Tuesday still disagree."""
    (d,) = dates("The earthquake struck near Mount Fuji on Monday, officials said.",
                 "The earthquake struck Shizuoka Prefecture on Tuesday, officials said.",
                 published=["2022-01-12", "2022-01-12"])
    assert {v.value for v in d.values} >= {"Monday", "Tuesday"}
    for prep in ("across", "through", "outside", "along", "toward"):
        assert dates(f"The storm moved {prep} Lake Orva on Monday, officials said.",
                     "The storm moved Lake Orva on Tuesday, officials said.",
                     published=["2022-01-12", "2022-01-12"]), prep


def test_two_people_arrested_by_one_agency_are_two_arrests():
    # precision56: the agency both sentences name is no shared participant when each names its own arrestee
    assert dates("Linebacker Omar Jessup was arrested early Tuesday on a drunken driving charge by the Oregon "
                 "State Patrol.",
                 "Receiver Dale Whitcombe was arrested early Sunday on suspicion of drunken driving, the Oregon "
                 "State Patrol said.") == []
    # near case: one arrestee, two days, still a disagreement
    (d,) = dates("Linebacker Omar Jessup was arrested early Tuesday on a drunken driving charge by the Oregon "
                 "State Patrol.",
                 "Omar Jessup was arrested early Sunday on suspicion of drunken driving, the Oregon State Patrol "
                 "said.")
    assert {v.value for v in d.values} == {"early Tuesday", "early Sunday"}


def test_one_injury_against_two_opponents_is_two_games():
    # precision56: each sentence names the other side of a game, and they share no word: two games
    assert dates("Running back Carlos Mendes injured his left knee against the Portland Hawks on Sunday.",
                 "Running back Carlos Mendes injured his left knee in the game against the Comets on Thursday.") == []
    assert dates("Carlos Mendes scored twice against the Portland Hawks on Sunday, the team said.",
                 "Carlos Mendes scored twice against the Comets on Thursday, the team said.") == []
    # near case: one opponent named both ways ("the Hawks" / "Portland Hawks") is one game, still a disagreement
    (d,) = dates("Carlos Mendes injured his knee against the Portland Hawks on Sunday, the team said.",
                 "Carlos Mendes injured his knee against the Hawks on Thursday, the team said.")
    assert {v.value for v in d.values} == {"Sunday", "Thursday"}

def test_a_works_year_is_no_other_release():
    # precision56: "the 2009 film ..." is the film's year; a person released from a clinic is another release
    assert dates("Ferrante, who spent years in a psychiatric clinic, inspired the 2009 film The Quiet Years of "
                 "Lena Ferrante.",
                 "Ferrante learned of her fame after being released from a psychiatric clinic in 1994.") == []
    # near case: the film's release told with another year still disagrees
    (d,) = dates("Ferrante's life inspired the 2009 film The Quiet Years of Lena Ferrante.",
                 "The Quiet Years, a film about Ferrante, was released in 2010.")
    assert {v.value for v in d.values} == {"2009", "2010"}


def test_two_administrations_announcing_are_two_announcements():
    # precision56: "the Carter administration on Thursday announced" / "President Dana Whitfield announced
    # Tuesday": each names its own doer, the other's never
    assert dates("The Carter administration on Thursday announced a rule that lets agencies skip wildlife reviews.",
                 "President Dana Whitfield announced plans Tuesday to restore the wildlife reviews for agencies.") == []
    # near case: one administration, two days
    (d,) = dates("The Whitfield administration on Thursday announced a new rule that lets agencies skip wildlife "
                 "reviews.",
                 "The Whitfield administration announced a new rule on Tuesday that lets agencies skip wildlife reviews.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"}


def test_a_time_before_that_is_the_tellings():
    # precision56: "told a judge ... Thursday morning that Quinn had checked in": the hearing's time
    assert dates("Marla Quinn checked into the Harbor Springs rehab clinic late Thursday, dodging arrest, sources "
                 "said.",
                 "Her lawyer told a judge during a hearing Thursday morning that Marla Quinn had checked into a rehab "
                 "clinic.") == []
    # near case: the time inside what was reported is the checking's, still a disagreement
    (d,) = dates("Marla Quinn checked into the Harbor Springs rehab clinic late Thursday, dodging arrest, sources "
                 "said.",
                 "Her lawyer said that Marla Quinn had checked into the Harbor Springs rehab clinic Thursday morning.")
    assert {v.value for v in d.values} == {"late Thursday", "Thursday morning"}


def test_a_side_of_another_game_through_an_article_naming_none():
    # precision56: b names no opponent and pairs with c, but a (b's side) names another game than c: no report
    assert dates("Carlos Mendes injured his knee against the Portland Hawks on Sunday, the team said.",
                 "Carlos Mendes injured his knee on Sunday, the team said.",
                 "Carlos Mendes injured his knee against the Comets on Thursday, the team said.") == []
    # near case: a side naming no opponent beside one naming one still disagrees
    (d,) = dates("Carlos Mendes injured his knee against the Portland Hawks on Sunday, the team said.",
                 "Carlos Mendes injured his knee on Thursday, the team said.")
    assert {v.value for v in d.values} == {"Sunday", "Thursday"}


def test_a_function_word_before_administration_is_no_doer():
    # mend56: "The administration" names no one: one announcement told with two days still disagrees
    (d,) = dates("The administration on Thursday announced a new rule that lets agencies skip wildlife reviews.",
                 "The Whitfield administration announced a new rule on Tuesday that lets agencies skip wildlife reviews.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"}
    (d,) = dates("The administration on Thursday announced a new rule that lets agencies skip wildlife reviews.",
                 "President Dana Whitfield announced a new rule on Tuesday that lets agencies skip wildlife reviews.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"}
    (d,) = dates("This administration on Thursday announced a new rule that lets agencies skip wildlife reviews.",
                 "The Whitfield administration announced a new rule on Tuesday that lets agencies skip wildlife reviews.")
    assert {v.value for v in d.values} == {"Thursday", "Tuesday"}
    # near case: two named administrations are still two doers
    assert dates("The Carter administration on Thursday announced a rule that lets agencies skip wildlife reviews.",
                 "The Whitfield administration announced a new rule on Tuesday that lets agencies skip wildlife "
                 "reviews.") == []


def test_a_city_and_a_nickname_may_be_one_opponent():
    # mend56: "against Pittsburgh" / "against the Steelers" may be one team: undecided, the report stays
    (d,) = dates("Carlos Mendes injured his knee against Pittsburgh on Sunday, the team said.",
                 "Carlos Mendes injured his knee against the Steelers on Monday, the team said.")
    assert {v.value for v in d.values} == {"Sunday", "Monday"}
    (d,) = dates("Carlos Mendes injured his knee against the Giants on Sunday, the team said.",
                 "Carlos Mendes injured his knee against New York on Monday, the team said.")
    assert {v.value for v in d.values} == {"Sunday", "Monday"}
    # near cases: two nicknames, or two places, are two games
    assert dates("Carlos Mendes injured his knee against the Steelers on Sunday, the team said.",
                 "Carlos Mendes injured his knee against the Giants on Monday, the team said.") == []
    assert dates("Carlos Mendes injured his knee against Pittsburgh on Sunday, the team said.",
                 "Carlos Mendes injured his knee against Denver on Monday, the team said.") == []


def test_a_page_stamp_needs_a_stamps_zone_never_local_time() -> None:
    """A time right after a short opening and before a zone is a page's stamp ("Jun 20, 2017 at 1:45pm PDT"); "local
    time" or "Eastern" after the time of the event is no stamp (a zone pattern of another function once shadowed the
    stamp's own)."""
    from accord.disagree.events import _stamp
    text = "On Friday at 9:40 local time the quake struck the coast."
    start = text.index("9:40")
    assert not _stamp(text, start, start + 4)
    text = "Jun 20, 2017 at 1:45 PDT Police said the fire was out."
    start = text.index("1:45")
    assert _stamp(text, start, start + 4)


def test_an_offset_never_counts_across_a_sentence_that_lets_time_pass():
    # recall67: "The next day" counts only from the day the sentence right before it tells. Counting from a day
    # two or three sentences back, with no date between, was measured: it adds nothing on dev or the check set,
    # and a sentence that moves the story on in words ("Weeks went by ...") makes a false conflict
    (d,) = dates("A gunman opened fire at a warehouse in Dayton on March 3, killing two workers. The next day, "
                 "police arrested Calvin Moore at a motel near the airport.",
                 "Calvin Moore was arrested on March 6 at a motel near the Dayton airport after the warehouse "
                 "shooting that killed two workers.")
    assert {v.normalized for v in d.values} == {"March 4", "March 6"}
    assert dates("A gunman opened fire at a warehouse in Dayton on March 3, killing two workers. Weeks went by "
                 "without a suspect, and the victims' families pleaded for help on local television. The next day, "
                 "police arrested Calvin Moore at a motel near the airport.",
                 "Calvin Moore was arrested on March 29 at a motel near the Dayton airport after the warehouse "
                 "shooting that killed two workers.") == []
