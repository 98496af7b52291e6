"""disagree.details: the cause of a named person's death and the colour of a named vehicle, each on a
small hand-written story (never the gold texts)."""
from dataclasses import replace

import pytest

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import clock, compare, details
from accord.disagree.details import assailants, read
from accord.patterns import may_hold
from accord.model import Article, Disagreement, Sentence
from accord.words import unpossessed
from accord.options import DEFAULT


def other(*texts: str) -> list[Disagreement]:
    """The "other" disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.kind == "other"]


def test_two_causes_of_one_death():
    (d,) = other("Walter Brand died of congestive heart failure Thursday at his home, his family said.",
                 "Walter Brand died yesterday from Alzheimer's disease, his grandson said.")
    assert {v.value for v in d.values} == {"congestive heart failure", "Alzheimer's disease"}
    assert d.type == "conflict" and "Brand" in d.about


def test_a_cause_and_a_fuller_wording_of_it_agree():
    assert other("Walter Brand died of congestive heart failure Thursday at his home.",
                 "Walter Brand died of heart failure on Thursday, his son said.") == []
    assert other("Walter Brand died of complications from lung cancer on Thursday.",
                 "Walter Brand died of cancer on Thursday, his son said.") == []


def test_a_cause_that_names_nothing_is_not_a_side():
    assert other("Walter Brand died of natural causes on Thursday.",
                 "Walter Brand died of heart failure on Thursday.") == []


def test_two_people_are_two_slots():
    assert other("Walter Brand died of heart failure on Thursday.",
                 "His brother Peter Brand died of cancer in 1990.") == []


def test_the_colour_of_one_car():
    (d,) = other("The woman was struck by a white 2013 Toyota Camry as she crossed the street.",
                 "Police said she was hit by a silver Toyota Camry driven by a 25-year-old man.")
    assert {v.normalized for v in d.values} == {"white", "silver"} and "Toyota Camry" in d.about
    # grey and gray are one colour
    assert other("The woman was struck by a gray Toyota Camry.", "A grey Toyota Camry struck the woman.") == []


def test_shades_of_one_colour_are_one_value():
    # witnesses and police name one paint by near-synonyms: grey / silver, maroon / red
    assert other("The woman was struck by a gray 2013 Toyota Camry as she crossed the street.",
                 "Police said she was hit by a silver Toyota Camry driven by a 25-year-old man.") == []
    assert other("Witnesses saw a maroon Honda Accord speed away.", "Police are looking for a red Honda Accord.") == []
    # near case: colours of two families still disagree
    (d,) = other("Witnesses saw a black Honda Accord speed away.", "Police are looking for a silver Honda Accord.")
    assert {v.normalized for v in d.values} == {"black", "silver"}


def test_two_cars_or_no_car_are_not_one_slot():
    # an article with two colours for one model tells two cars
    assert other("The woman was struck by a gray Toyota Camry.",
                 "A black Toyota Camry was parked nearby, and a grey Toyota Camry fled.") == []
    # a colour word before a name that is not a vehicle make is no vehicle
    assert read([]) == []
    assert other("The White House said a black Democrat had won.", "A white Democrat had won, aides said.") == []


def test_one_players_injury_told_two_ways():
    (d,) = other("Dale Ormond sprained his knee on a reception and had to leave the game.",
                 "Dale Ormond ran for 10 yards but suffered a bruised leg on the play.")
    assert {v.normalized for v in d.values} == {"sprained knee", "bruised leg"} and d.about == "injury of Dale Ormond"
    (d,) = other("The Hawks missed Ray Dunn (broken tibia) for most of the season.",
                 "Dunn returned from his broken right fibula on Thanksgiving.")
    assert {v.normalized for v in d.values} == {"broken tibia", "broken right fibula"}


def test_an_injury_and_a_wider_or_vaguer_wording_of_it_agree():
    assert other("Dale Ormond sprained his right knee on Sunday.", "Dale Ormond injured his leg on Sunday.") == []
    assert other("Dale Ormond broke his left wrist.", "Dale Ormond was out with a broken wrist.") == []
    # another person's injury, or one told after a reporting verb, is not the name's
    assert other("Dale Ormond sprained his knee.", "Dale Ormond's son broke his arm in May.") == []
    assert other("Dale Ormond sprained his knee.", "Dale Ormond said his brother tore his hamstring.") == []
    # two sides of one body differ
    (d,) = other("Dale Ormond sprained his left ankle.", "Dale Ormond sprained his right ankle.")
    assert d.type == "conflict"


def test_an_injury_of_no_named_kind_joins_the_side_of_its_own_part():
    (d,) = other("Dale Ormond sprained his knee on a reception and had to leave the game.",
                 "Dale Ormond ran for 10 yards but suffered a bruised leg on the play.",
                 "Dale Ormond hurt his knee on the play, the coach said.")
    sides = {v.normalized: v.articles for v in d.values}
    assert sides == {"sprained knee": ["a", "c"], "bruised leg": ["b"]}


def test_a_name_suffix_written_apart_is_the_name_before_it():
    (d,) = other("Walter Brand died of congestive heart failure Thursday at his home, his family said.",
                 "W. Walter Brand, Sr., the former deputy chief of the agency, died yesterday from Alzheimer's "
                 "disease at a hospice.",
                 "Walter Brand Sr. ran the agency for years.")  # the tagger then reads "Sr" as Walter Brand Sr
    assert {v.value for v in d.values} == {"congestive heart failure", "Alzheimer's disease"} and "Brand" in d.about


def test_one_telephone_line_written_two_ways():
    """disagree22: the number readers are asked to call, a digit dropped in one article."""
    (d,) = other("Anyone with information is asked to call police on 0161 872 5050 or the hotline on 0800 444 111.",
                 "Detectives are appealing for witnesses to contact them on 0161 872 505 or the hotline on 0800 444111.")
    assert {v.normalized for v in d.values} == {"01618725050", "0161872505"} and d.about == "telephone number to call"
    # near cases: the same number spaced otherwise agrees; two lines of one body are two numbers
    assert other("Anyone with information is asked to call police on 0161 872 5050.",
                 "Detectives asked witnesses to contact them on 0161 8725050.") == []
    assert other("Anyone with information is asked to call police on 0161 872 5050.",
                 "Witnesses can also call the incident room on 0161 856 9921.") == []



# -- where a prison term is served (disagree37) ---------------------------------------------------------
def test_one_term_told_in_jail_and_in_prison():
    (d,) = other("A judge sentenced Mark Hale to six months in county jail for the assault on Friday.",
                 "Mark Hale was sentenced on Friday to six months in prison for the assault.",
                 "Hale, 20, will serve six months in the county jail, the judge ruled.")
    assert {v.normalized for v in d.values} == {"jail", "prison"} and d.type == "conflict"
    assert [v.articles for v in d.values] == [["a", "c"], ["b"]]


def test_one_kind_of_custody_or_two_terms_is_no_term_disagreement():
    # a state prison and a federal penitentiary are both prisons; a county jail and a jail are one
    assert other("Hale was sentenced to 12 years in a federal penitentiary on Friday.",
                 "Hale was sentenced to 12 years in state prison on Friday.") == []
    assert other("Hale was sentenced to six months in county jail.", "Hale got six months in jail.") == []
    # two lengths are two terms, not one served in two places
    assert other("Hale was sentenced to six months in jail on Friday.",
                 "His co-defendant was sentenced to two years in prison.") == []
    # one article telling one length in both places has two terms (two people)
    assert other("Hale got six months in jail and his brother six months in prison.",
                 "Hale was sentenced to six months in prison on Friday.") == []


# -- how a counted group died (disagree37) ----------------------------------------------------------------
def test_one_count_of_dead_told_dying_two_ways():
    (d,) = other("Television reports said the 4 shop workers were burnt to death in the blaze on Monday.",
                 "Four people have suffocated to death in the fire at the shop, the fire brigade said on Monday.")
    assert {v.normalized for v in d.values} == {"burned", "suffocated"} and d.type == "conflict"
    assert "4" in d.about


def test_two_counts_one_person_or_one_article_with_two_manners_is_no_manner_disagreement():
    # two counts are two groups
    assert other("Four people were burnt to death in the fire on Monday.",
                 "Two people have suffocated to death in the fire on Monday.") == []
    # one manner in other words is one value
    assert other("Four people were burnt to death in the fire on Monday.",
                 "Four people were burned to death in the fire on Monday.") == []
    # one article telling both for one count has two groups
    assert other("Four guards were shot to death in the north and four villagers were stabbed to death in the south.",
                 "Four people were shot to death on Monday.") == []
    # a sentence to death is no manner
    assert other("Four men were sentenced to death on Monday.", "Four men were shot to death on Monday.") == []


def test_the_firearm_of_one_attack():
    (d,) = other("A fired clerk walked into the bakery on Tuesday with a shotgun and shot two managers.",
                 "Workers said the gunman brought a rifle into the bakery and opened fire.")
    assert {v.normalized for v in d.values} == {"shotgun", "rifle"} and d.type == "conflict"
    # an attack named by its weapon is a side too
    (d,) = other("The clerk was charged in the shotgun attack at the bakery.",
                 "Workers said the gunman brought a rifle into the bakery and opened fire.")
    assert {v.normalized for v in d.values} == {"shotgun", "rifle"}


def test_one_kind_of_firearm_in_other_words_is_no_disagreement():
    # "pistol" and "handgun" are one kind; "gun" and "weapon" name no kind
    assert other("The gunman walked into the bakery with a pistol.",
                 "Workers said the gunman brought a handgun into the bakery.") == []
    assert other("The gunman walked into the bakery with a gun.",
                 "Workers said the gunman brought a handgun into the bakery.") == []


def test_two_firearms_or_a_gun_found_is_no_firearm_disagreement():
    # an article naming two kinds (an alternative, a second gun) leaves the weapon out
    assert other("Witnesses said the gunman used a shotgun or a rifle at the bakery.",
                 "Workers said the gunman brought a handgun into the bakery.") == []
    assert other("The gunman walked into the bakery with a shotgun; police later found a pistol in his car.",
                 "Workers said the gunman brought a rifle into the bakery.") == []
    # a gun found or bought says nothing of which was fired
    assert other("Police found a rifle in the gunman's car after the bakery shooting.",
                 "The gunman walked into the bakery with a shotgun.") == []
    # two named people's guns are two slots
    assert other("Officer Dana Whitlock arrived with a rifle as the bakery emptied.",
                 "Carl Rensing walked into the bakery with a shotgun.") == []


def test_one_persons_condition_in_hospital():
    (d,) = other("Corey Madsen, 41, was shot in the arm and is hospitalized in critical condition.",
                 "The second victim, Corey Madsen, was rushed to Mercy Health. He was later moved and listed in "
                 "stable condition.")
    assert {v.normalized for v in d.values} == {"critical", "stable"} and "Madsen" in d.about


def test_conditions_that_can_both_hold_or_two_people_are_no_condition_disagreement():
    # "stable" may be fair or serious; "critical but stable" is two words for one state
    assert other("Corey Madsen was listed in serious condition at Mercy General.",
                 "Corey Madsen was in stable condition on Friday.") == []
    assert other("Corey Madsen was in critical but stable condition.",
                 "Corey Madsen was in stable condition on Friday.") == []
    # a change told as one ("upgraded to fair") is the condition moving, not a rival value
    assert other("Corey Madsen was in critical condition after surgery.",
                 "Corey Madsen was upgraded to fair condition on Friday.") == []
    # two people's conditions, and "he" after a sentence naming two people, are never one slot
    assert other("Corey Madsen was in critical condition after surgery.",
                 "Lena Ostrova was in stable condition after surgery.") == []
    assert other("Corey Madsen was in critical condition after surgery.",
                 "Corey Madsen and Paul Ridley were taken to Mercy General. He was listed in stable condition.") == []


def test_the_kind_of_order_signed_for_one_action():
    (d,) = other("The governor signed a memorandum putting on hold a rule that let agencies skip reviews.",
                 "Governor Ada Brennick issued an executive order putting the rule change on hold.")
    assert {v.normalized for v in d.values} == {"memorandum", "executive order"} and d.type == "conflict"


def test_two_orders_or_one_kind_is_no_order_disagreement():
    # orders doing different things are two orders
    assert other("The governor signed a memorandum putting on hold a rule that let agencies skip reviews.",
                 "Governor Ada Brennick signed an executive order rescinding a ban on tree cutting.") == []
    # an article naming both kinds may hold two documents
    assert other("The governor signed a memorandum putting on hold a rule that let agencies skip reviews.",
                 "Governor Ada Brennick issued an executive order putting the rule on hold and a memorandum on "
                 "staffing.") == []
    # one kind twice, and a memorandum of understanding, are no sides
    assert other("The governor signed a memorandum putting on hold a rule on reviews.",
                 "Governor Ada Brennick issued a memorandum putting the rule on hold.") == []
    assert other("The governor signed a memorandum of understanding putting on hold a rule on reviews.",
                 "Governor Ada Brennick issued an executive order putting the rule on hold.") == []


def test_what_one_student_studies():
    (d,) = other("The 22-year-old nursing student was detained near the border on Sunday.",
                 "Police said the 22-year-old biology student was detained near the border on Sunday.")
    assert {v.normalized for v in d.values} == {"nursing", "biology"} and "22-year-old" in d.about


def test_one_field_two_students_or_no_field_is_no_study_disagreement():
    # a field and a narrower one are one field; a level or a school is no field
    assert other("The 22-year-old engineering student was detained on Sunday.",
                 "The 22-year-old electrical engineering student was detained on Sunday.") == []
    assert other("The 22-year-old graduate student was detained on Sunday.",
                 "The 22-year-old biology student was detained on Sunday.") == []
    # another age is another student; an article with two fields for one age holds two students
    assert other("The 22-year-old nursing student was detained on Sunday.",
                 "The 23-year-old biology student was detained on Sunday.") == []
    assert other("A 22-year-old nursing student and a 22-year-old law student were detained on Sunday.",
                 "The 22-year-old biology student was detained on Sunday.") == []
    # two named students are two people
    assert other("Mira Castell, a 22-year-old nursing student, was detained on Sunday.",
                 "Jonas Perrin, a 22-year-old biology student, was detained on Sunday.") == []


# -- recall44: a gun's calibre, a named fighter's or team's win-loss record, a named holder's record mark ----
def _about(found: list[Disagreement], start: str) -> list[Disagreement]:
    return [d for d in found if d.about.startswith(start)]


def every(*texts: str) -> list[Disagreement]:
    """Every disagreement of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts]).disagreements


def test_one_revolver_given_two_calibres():
    (d,) = _about(every("Officers said Marlow Fenn pointed a .38-caliber revolver at them before they fired.",
                        "Police said the teenager pointed a .357 caliber revolver at the two officers."),
                  "calibre")
    assert d.about == "calibre of the revolver" and d.type == "conflict"
    assert {v.value for v in d.values} == {".38-caliber revolver", ".357-caliber revolver"}


def test_a_calibre_the_sentence_splitter_cut_from_its_point_is_still_read():
    (d,) = _about(every("A loaded. 38 - caliber revolver was recovered at the scene near Fenn's body.",
                        "Police said Fenn pointed a. 357 caliber revolver at them."), "calibre")
    assert {v.normalized for v in d.values} == {".38", ".357"}


def test_calibres_of_two_kinds_of_gun_or_one_gun_in_two_articles_never_disagree():
    # a revolver and a pistol are two guns (the suspect's and an officer's)
    assert _about(every("Police said Fenn pointed a .38-caliber revolver at them.",
                        "The officer fired his 9mm pistol four times."), "calibre") == []
    # the same calibre written two ways agrees
    assert _about(every("Police said Fenn pointed a .38-caliber revolver at them.",
                        "Fenn had a loaded .38 revolver, police said."), "calibre") == []


def test_an_article_giving_one_kind_of_gun_two_calibres_is_left_out():
    # two rifles in one article: the suspect's and the one found in his car
    assert _about(every("The gunman fired a .223-caliber rifle; a .308 rifle was found in his car.",
                        "Police said the gunman fired a .308 rifle from the roof."), "calibre") == []


def test_two_people_named_with_two_calibres_hold_two_guns():
    assert _about(every("Deputy Karl Ostrowski drew a .40-caliber pistol.",
                        "Suspect Dana Whitcombe pulled a .45-caliber pistol from his waistband."), "calibre") == []


def test_one_fighters_record_written_two_ways():
    (d,) = _about(every("Tomasz Adamek (44-2, 29 KOs) won a decision over Lyle Bannon on Saturday in Newark.",
                        "Tomasz Adamek, 45-2, 30 KO's, won a decision over Lyle Bannon on Saturday in Newark."),
                  "record of")
    assert {v.value for v in d.values} == {"44-2, 29 KOs", "45-2, 30 KOs"}
    assert d.type == "conflict" and "Adamek" in d.about


def test_a_teams_record_in_brackets_and_told_as_rising():
    (d,) = _about(every("It was the seventh win for Harbor City (7 - 4), which clinched a playoff spot.",
                        "Harbor City ’ s record rose to 6 - 4 with the win over Dunmore."), "record of")
    assert {v.value for v in d.values} == {"7-4", "6-4"}


def test_a_record_without_its_knockouts_is_the_same_record():
    assert _about(every("Lyle Bannon (31-7-2, 19 KOs) lost for the eighth time.",
                        "Lyle Bannon, who is 31-7-2, lost again."), "record of") == []
    assert _about(every("Lyle Bannon (31-7-2, 19 KOs) lost for the eighth time.",
                        "It was a bad night for Lyle Bannon (31-7-2)."), "record of") == []


def test_scores_splits_and_an_articles_two_records_are_no_record_disagreement():
    # a score after a team beaten is the game's score
    assert _about(every("Dunmore beat Harbor City (3-1) on Friday night.",
                        "Harbor City (7-4) lost at Dunmore on Friday night."), "record of") == []
    # a split of the record ("in one-score games") is another record
    assert _about(every("Harbor City ’ s record rose to 9-1 in one-score games.",
                        "Harbor City (10-5) clinched a playoff spot."), "record of") == []
    # an article giving the team two records (before and after) is left out
    assert _about(every("Harbor City (9-5) came in on a roll; Harbor City (10-5) now leads the division.",
                        "Harbor City (9-5) clinched a playoff spot."), "record of") == []
    # two different teams
    assert _about(every("Harbor City (10-5) clinched a playoff spot.",
                        "Dunmore (9-5) clinched a playoff spot too."), "record of") == []


def test_one_holders_record_given_two_marks():
    (d,) = _about(every("Ellison came in needing 11 points to break Marcus Dole’s scoring record of 2,106.",
                        "Ellison broke Marcus Dole’s school scoring record of 2,116 points on a layup."),
                  "record of")
    assert {v.value for v in d.values} == {"2,106", "2,116"} and d.type == "conflict"


def test_two_records_of_one_holder_or_a_crowd_that_set_one_are_no_mark_disagreement():
    assert _about(every("Ellison broke Marcus Dole’s scoring record of 2,106 points.",
                        "He also passed Marcus Dole’s assists record of 612 last season."), "record of") == []
    assert _about(every("The fair beat Dale County’s attendance record of 20,000 people.",
                        "The fair beat Dale County’s record of 25,000 visitors."), "record of") == []


def test_records_many_games_apart_are_two_points_of_a_season():
    assert _about(every("Rafe Osei had 16 points for the Harbor City Gulls (10-0) on Saturday.",
                        "Dana Oyelaran had 15 points for the Harbor City Gulls (14-1), who lost at home."),
                  "record of") == []


def test_one_players_games_missed_told_two_ways():
    (d,) = _about(every("Dion Marsh missed nine games this season because of the ankle injury.",
                        "Dion Marsh suffered through an injury-plagued season, missing 10 of the Otters' 16 games."),
                  "games")
    assert {v.value for v in d.values} == {"9", "10"} and "Marsh" in d.about and d.type == "conflict"


def test_games_missed_by_two_players_a_streak_or_an_articles_two_counts_never_disagree():
    assert _about(every("Dion Marsh missed nine games this season.",
                        "Kofi Bright missed 10 games this season with a broken wrist."), "games") == []
    # three straight games are a part of the season's nine
    assert _about(every("Dion Marsh missed nine games this season.",
                        "Dion Marsh missed three straight games in November."), "games") == []
    assert _about(every("Dion Marsh missed nine games this season.",
                        "Dion Marsh missed four games in a row before returning."), "games") == []
    # an article giving two counts (a season and a career) is left out
    assert _about(every("Dion Marsh missed nine games this season and has missed 20 games in his career.",
                        "Dion Marsh missed 10 games this season."), "games") == []


def test_several_guns_of_a_kind_or_a_bodys_vote_or_a_preview_give_no_side():
    # the story tells of two rifles: each calibre may be of another one
    assert _about(every("Police found two rifles in the truck; the gunman fired a .308 rifle.",
                        "The gunman fired a .223-caliber rifle from the roof."), "calibre") == []
    # a body's vote in brackets is no record
    assert _about(every("The bill passed the Senate (52-48) on Tuesday.",
                        "The bill passed the Senate (51-49) on Tuesday."), "record of") == []
    # a preview gives the record before the game
    assert _about(every("Harbor City (9-5) will visit Dunmore on Sunday.",
                        "Harbor City (10-5) clinched a playoff spot on Sunday."), "record of") == []


def test_a_stretch_missed_before_a_return_is_a_part_of_the_seasons_count():
    assert _about(every("Dion Marsh missed 10 games this season, including the finale.",
                        "Dion Marsh was hurt in Week 3, then missed nine games before coming back for three games."),
                  "games") == []


# -- recall45: shots fired in one shooting --------------------------------------------------------------------
def test_shots_fired_by_police_counted_two_ways():
    (d,) = _about(every("The two deputies then fired 14 shots at the car, the sheriff's office said.",
                        "A medical examiner said nine bullets were fired by the deputies, hitting Dillard twice."),
                  "shots fired")
    assert {v.value for v in d.values} == {"14", "9"} and d.type == "conflict" and d.about == "shots fired by police"


def test_the_whole_of_a_part_is_no_count_of_shots_fired():
    # "two of the nine bullets fired": the nine may be the bullets that hit him (an autopsy's count)
    assert _about(every("The two deputies then fired 14 shots at the car, the sheriff's office said.",
                        "A medical examiner said Ray Dillard was hit by two of the nine bullets fired by the deputies."),
                  "shots fired") == []


def test_a_gunmans_shots_spelled_and_in_figures():
    (d,) = _about(every("Neighbors said the gunman sprayed 16 bullets from the balcony of the motel.",
                        "Investigators said the gunman fired eighteen shots from the motel balcony."), "shots fired")
    assert {v.normalized for v in d.values} == {"16", "18"} and d.type == "conflict"


def test_a_verb_only_a_gun_does_is_its_own_context():
    (d,) = _about(every("Marco Ruel is accused of spraying 16 shots on a Friday afternoon outside the school.",
                        "Witnesses heard 19 shots fired from the gunman's car."), "shots fired")
    assert {v.value for v in d.values} == {"16", "19"}


def test_a_dozen_against_thirteen_is_vague():
    (d,) = _about(every("Prosecutors said the sniper fired 13 bullets from the roof of the school.",
                        "The sniper told detectives his dozen rounds were meant for a rival crew."), "shots fired")
    assert d.type == "vague"


def test_a_floor_the_same_count_or_an_article_with_two_counts_is_no_shots_disagreement():
    # "at least 12" excludes no larger count
    assert _about(every("The gunman fired 15 shots from the roof, police said.",
                        "At least 12 shots were fired from the roof, witnesses said."), "shots fired") == []
    # the same count written two ways agrees
    assert _about(every("The officers fired 11 shots, police said.",
                        "Eleven bullets were fired by the officers."), "shots fired") == []
    # one article giving the officers two counts tells of two shootings
    assert _about(every("Officers fired 20 rounds at the car; an hour later officers fired six rounds at the house.",
                        "The officers fired 22 rounds, a police spokesman said."), "shots fired") == []


def test_the_suspects_shots_beside_the_officers_are_told_apart():
    (d,) = _about(every("The suspect fired three rounds and the officers fired 20 rounds in reply.",
                        "The officers fired 22 rounds, a police spokesman said."), "shots fired")
    assert {v.value for v in d.values} == {"20", "22"} and d.about == "shots fired by police"


def test_shots_of_an_earlier_shooting_or_at_two_people_are_not_one_count():
    # a sentence writing a year recalls another shooting
    assert _about(every("Officers fired 16 shots at the car on Tuesday, the police chief said.",
                        "In 1999, four officers fired 41 shots at Ansel Drummond in the Bronx."), "shots fired") == []
    # shots fired at two named people are two shootings
    assert _about(every("Officers fired 16 shots at Tavon Reese as he ran.",
                        "Two years earlier officers fired 41 shots at Ansel Drummond."), "shots fired") == []


def test_police_shots_and_a_gunmans_are_two_counts():
    assert _about(every("The gunman fired six shots into the crowd before fleeing on foot.",
                        "Officers fired 30 rounds at the gunman as he ran toward the river."), "shots fired") == []


def test_shots_of_a_game_a_vaccine_a_camera_or_a_guns_rate_are_not_read():
    assert _about(every("Dalton fired 12 shots on goal in the first period but the Otters lost 3-2.",
                        "Dalton fired nine shots on goal in the first period."), "shots fired") == []
    assert _about(every("The Otters killed two penalties and fired 41 shots at Varga in the win.",
                        "The Otters fired 38 shots at Varga, who made 36 saves."), "shots fired") == []
    assert _about(every("The clinic gave 300 shots of flu vaccine on Friday.",
                        "The clinic gave 250 shots of flu vaccine on Friday."), "shots fired") == []
    assert _about(every("The photographer fired off 40 shots of the bride before the rain.",
                        "The photographer took 60 shots of the bride before the rain."), "shots fired") == []
    assert _about(every("The rifle can fire 600 rounds a minute, the army said.",
                        "The rifle can fire 800 rounds a minute, its maker said."), "shots fired") == []
    assert _about(every("Artillery fired 40 rounds of shells at the village overnight.",
                        "Artillery fired 60 rounds of shells at the village overnight."), "shots fired") == []


# -- a bare jail and a prison for one term (precision47) -----------------------------------------------


# -- a bare "jail" and "prison" for one term --------------------------------------------------------------
def test_a_bare_jail_and_a_prison_are_one_term():
    assert other("A Denver man who stormed the county office was sentenced Monday to nine months in jail.",
                 "Rick Dale, who stormed the county office, was sentenced Monday to nine months in prison.") == []
    assert other("Dale was sentenced to two years in jail for the fraud.",
                 "Dale got two years in federal prison for the fraud, the judge ruled.") == []


def test_a_jail_named_by_its_keeper_still_disagrees_with_a_prison():
    (d,) = other("Rick Dale was sentenced Monday to nine months in county jail for the break-in.",
                 "Rick Dale was sentenced Monday to nine months in prison for the break-in.")
    assert {v.normalized for v in d.values} == {"jail", "prison"} and d.type == "conflict"
    (d,) = other("Dale will serve nine months in the city jail, the judge ruled.",
                 "Dale was sentenced to nine months in jail.",
                 "Dale got nine months in state prison on Monday.")
    assert {v.normalized for v in d.values} == {"jail", "prison"}


# -- how many people did one thing to someone ---------------------------------------------------------------
def people(*texts: str) -> list[Disagreement]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.about.startswith("people who ")]


def told(text: str) -> list[tuple[str, int, str]]:
    arts = [Article(id="a", title="", text=text)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    return [(a.verb, a.count, a.whom) for a in assailants([s for ss in sentences.values() for s in ss])]


def test_one_man_or_two_in_one_scene():
    (d,) = people("Outside the bakery, Dorsey was approached by two men who demanded his wallet and his watch.",
                  "Police said a man approached Dorsey outside the bakery and demanded his wallet and watch.")
    assert sorted(v.normalized for v in d.values) == ["1", "2"]
    assert d.type == "conflict" and d.about == "people who approached Dorsey"
    assert {v.value for v in d.values} == {"approached by two men", "a man approached Dorsey"}


def test_reading_counts_of_people():
    assert told("Inside the garage, she was attacked by three masked men.") == [("attacked", 3, "")]
    assert told("Two suspects robbed the pharmacy on Elm Street.") == [("robbed", 2, "")]
    assert told("Witnesses said a gunman ambushed Ortega near the gate.") == [("ambushed", 1, "Ortega")]


def test_people_not_read():
    assert told("A man robbed at gunpoint on Elm Street was not hurt.") == []  # the man was robbed
    assert told("A man was attacked by his neighbour's dog.") == []  # a dog, not a count of people
    assert told("Another man attacked the guard.") == []
    assert told("Dorsey was approached by two other men later that night.") == []
    assert told("The guard was attacked by a few youths.") == []
    assert told("Two men were arrested on Friday.") == []  # not something done to someone


def test_the_same_count_of_people_agrees():
    assert people("Outside the bakery, Dorsey was approached by two men who demanded his wallet.",
                  "Two men approached Dorsey outside the bakery and demanded his wallet.") == []


def test_two_scenes_are_two_slots():
    # few words in common: the bakery and, hours later, the bus stop
    assert people("Outside the bakery, Dorsey was approached by two men who demanded his wallet.",
                  "At the bus depot that evening, a man approached Dorsey with a knife.") == []


def test_two_victims_are_two_slots():
    assert people("Near the bakery on Elm Street, a man attacked Dorsey and took his wallet.",
                  "Near the bakery on Elm Street, two men attacked Lutz and took his wallet.") == []


def test_two_days_are_two_attacks():
    assert people("Outside the bakery on Monday, Dorsey was approached by two men who demanded his wallet.",
                  "Outside the bakery on Friday, a man approached Dorsey and demanded his wallet.") == []


def test_men_and_women_are_two_groups():
    assert people("Outside the bakery, Dorsey was approached by two women who demanded his wallet.",
                  "Outside the bakery, a man approached Dorsey and demanded his wallet.") == []


def test_an_article_giving_two_counts_of_people_is_left_out():
    assert people("Outside the bakery, a man approached Dorsey and demanded his wallet. Minutes later, three men "
                  "approached Dorsey outside the bakery again.",
                  "Outside the bakery, Dorsey was approached by two men who demanded his wallet.") == []


def test_the_one_done_to_named_before_was():
    assert told("Near the gate, Ortega was ambushed by two gunmen.") == [("ambushed", 2, "Ortega")]
    assert told("He was robbed by two teenagers.") == [("robbed", 2, "")]
    assert people("Near the bakery on Elm Street, Lutz was attacked by two men who took his wallet.",
                  "Near the bakery on Elm Street, a man attacked Dorsey and took his wallet.") == []


def test_an_earlier_attack_written_with_its_year_is_not_read():
    assert told("In 2009, two men robbed the same pharmacy on Elm Street.") == []


def test_beat_is_read_only_as_beaten():
    assert told("Outside the bar, Kemp was beaten by three men.") == [("beaten", 3, "Kemp")]
    assert told("In the final, two men beat the Swedish pair.") == []  # a defeat, not an attack


def test_the_one_done_to_is_read_by_surname_after_a_first_name_or_a_title():
    """mend: "a man approached Alex Dorsey" and "Mr. Dorsey" name the Dorsey of "Dorsey was approached"."""
    assert told("Police said a man approached Alex Dorsey outside the bakery.") == [("approached", 1, "Dorsey")]
    assert told("Police said a man approached Mr. Dorsey outside the bakery.") == [("approached", 1, "Dorsey")]
    (d,) = people("Outside the bakery, Dorsey was approached by two men who demanded his wallet and his watch.",
                  "Police said a man approached Alex Dorsey outside the bakery and demanded his wallet and watch.")
    assert sorted(v.normalized for v in d.values) == ["1", "2"]
    assert people("Outside the bakery, Dorsey was approached by two men who demanded his wallet and his watch.",
                  "Police said a man approached Alex Brandt outside the bakery and demanded his wallet and watch.") == []


# --- from test_disagree_screens (speed24): the screened scanners read every case their pattern reads ---
def analysed(text: str) -> list[Sentence]:
    arts = [Article(id="a", title="", text=text)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    return sentences["a"]


def written(sentences: list[Sentence], word: str, variant: str) -> list[Sentence]:
    """The analysed sentences with ``word`` written as ``variant`` (as long: the mentions keep their places)."""
    assert len(word) == len(variant)
    return [replace(s, text=s.text.replace(word, variant)) for s in sentences]


def bare(text: str) -> list[Sentence]:
    return [Sentence(article="a", index=0, text=text)]


# (scanner, sentence it reads, the needed word as written there, its variants the case-insensitive pattern reads)
CASES = [
    (details.terms, "Carl Ruiz was sentenced to six months in county jail on Monday.", "jail", ["JAIL", "Jail"]),
    (details.terms, "Carl Ruiz will serve 12 years in a state prison for the robbery.", "prison", ["PRISON"]),
    (details.manners, "The 3 bank employees were burnt to death in the vault.", "death", ["DEATH", "Death"]),
    (details.instruments, "The governor signed an executive order putting the rule on hold.", "executive",
     ["EXECUTIVE", "Executive"]),
    (details.instruments, "The mayor issued a proclamation declaring a day of mourning.", "proclamation",
     ["PROCLAMATION"]),
    (details.calibres, "Officers found a .38-caliber revolver in the car.", "revolver", ["REVOLVER", "Revolver"]),
    (details.calibres, "The man carried a 12-gauge shotgun into the store.", "shotgun", ["SHOTGUN", "ſhotgun"]),
    (details.firearms, "The gunman opened fire with a shotgun on the crowd.", "shotgun", ["SHOTGUN", "ſhotgun"]),
    (details.shots, "The officers fired 11 shots at the gunman outside the bank.", "shots", ["SHOTS", "ſhotſ"]),
    (details.shots, "Police said the gunman fired at least 12 rounds from his rifle.", "rounds", ["ROUNDS", "roundſ"]),
    (clock.periods, "Smith scored the winning goal early in the third quarter of the game.", "quarter", ["QUARTER"]),
    (clock.periods, "Smith was injured late in the second half of the game.", "half", ["HALF", "Half"]),
]


@pytest.mark.parametrize("scan,text,word,variants", CASES)
def test_a_screened_scanner_reads_every_case_its_pattern_reads(scan, text, word, variants):
    sentences = analysed(text)
    found = scan(sentences)
    assert found, text
    for variant in variants:
        assert len(scan(written(sentences, word, variant))) == len(found), variant
    # without the word nothing is read
    assert scan(analysed(text.replace(word, "boat"))) == []


def test_missed_games_read_with_the_word_in_any_case():
    sentences = analysed("Carla Voss missed nine games this season because of the knee injury.")
    assert len(details.missed_games(sentences)) == 1
    for variant in ("MISSED", "Missed", "miſſed"):
        assert len(details.missed_games(written(sentences, "missed", variant))) == 1, variant
    assert details.missed_games(analysed("Carla Voss sat out nine games this season.")) == []


def test_case_sensitive_scanners_need_their_words_as_written():
    # a record needs a figure, a dash and a figure; a mark "record of"; a study "student"
    assert details.records(bare("Klitschko (52-3, 46 KOs) defended his belts on Saturday."))
    assert details.records(bare("Klitschko (52 - 3, 46 KOs) defended his belts on Saturday."))
    assert details.records(bare("Klitschko (52 3, 46 KOs) defended his belts on Saturday.")) == []
    assert details.marks(bare("He broke Rodney Buford's school scoring record of 2,116 points."))
    assert details.marks(bare("He broke Rodney Buford's school scoring Record of 2,116 points.")) == []
    assert details.studies(analysed("Mia Chen, a 20-year-old nursing student, was hurt in the crash."))
    assert details.studies(analysed("Mia Chen, a 20-year-old nursing pupil, was hurt in the crash.")) == []


def test_details_read_each_pattern_behind_its_screen():
    died = details.read(analysed("Walter Brand died of congestive heart failure on Thursday, his family said."))
    assert [d.frame for d in died] == ["cause"]
    dying = details.read(analysed("Walter Brand, dying of lung cancer, spoke to reporters on Thursday."))
    assert [d.frame for d in dying] == ["cause"]
    assert details.read(analysed("Walter Brand passed away of heart failure on Thursday.")) == []
    hurt = details.read(analysed("Quarterback Tom Brady sprained his left ankle in the third quarter."))
    assert [d.frame for d in hurt] == ["injury"]
    torn = details.read(analysed("Quarterback Tom Brady tore his ACL in practice on Thursday."))
    assert [d.frame for d in torn] == ["injury"]
    assert details.read(analysed("Quarterback Tom Brady rested his left ankle in the third quarter.")) == []


def test_the_firearm_screen_words_are_the_firearms():
    assert set(details._GUN_NOUNS) == set(details.FIREARMS)


def test_may_hold_is_never_false_where_a_case_insensitive_pattern_finds_the_word():
    assert may_hold("Six months in County JAIL", ("jail",))
    assert may_hold("He miſſed nine games", ("miss",))  # "ſ": regex folds it, str.lower() does not
    assert not may_hold("Six months in county custody", ("jail", "prison"))
    assert not may_hold("The jailer’s “rounds” — café", ("prison",))  # curly quotes, accents: lower() is enough


# -- recall54: which defense of a title, a player's play at one moment, how far from the scene a suspect was
# caught (invented stories; each with near cases that must not fire) -----------------------------------

def test_one_champions_fight_told_as_two_defenses_of_one_title():
    (d,) = _about(every("The stoppage in Dudasov's sixth defense of the WBX belt - and second this year - improved the "
                        "Slovak to 40-2.",
                        "Marek Dudasov (40-2, 31 knockouts) retained his World Boxing Xchange title for the fifth time in "
                        "the process."), "which defense")
    assert {v.normalized for v in d.values} == {"6", "5"} and d.type == "conflict" and "Dudasov" in d.about


def test_defenses_of_two_titles_streaks_fights_ahead_or_two_champions_are_no_defense_disagreement():
    first = "The stoppage in Dudasov's sixth defense of the WBX belt improved the Slovak to 40-2."
    # another body's title
    assert _about(every(first, "Marek Dudasov retained his WBC title for the fifth time on Saturday."), "which defense") == []
    # a streak counts other fights than the title's defenses
    assert _about(every(first, "Marek Dudasov retained his WBX title for the fifth straight time on Saturday."),
                  "which defense") == []
    # a fight ahead is another fight
    assert _about(every(first, "Marek Dudasov will defend his WBX title for the seventh time in May."),
                  "which defense") == []
    # two brothers of one surname
    assert _about(every("Marek Dudasov's sixth defense of the WBX belt came in Bratislava.",
                        "Pavol Dudasov retained his WBX title for the fifth time on Saturday."), "which defense") == []
    # the same place in the series agrees
    assert _about(every(first, "Marek Dudasov retained his WBX title for the sixth time on Saturday."), "which defense") == []


def test_one_players_run_at_one_moment_given_two_lengths():
    # "the half" after the break is the second; "190 yards, including a 62-yard scamper": the play is one item of
    # the player's yards, not a part set against a total
    (d,) = _about(every("Dale Orton cut into the deficit on the first play of the half with a 64-yard touchdown run, "
                        "the longest rush allowed in club history.",
                        "Dale Orton ran for 190 yards for the Otters, including a 62-yard scamper on the first play of "
                        "the second half as his team rallied to forge a 13-all tie entering the fourth quarter."),
                  "yards of")
    assert {v.normalized for v in d.values} == {"64", "62"} and d.type == "conflict" and "Orton" in d.about


def test_runs_at_two_moments_passes_and_runs_told_with_no_moment_are_no_play_disagreement():
    # two quarters: two runs
    assert _about(every("Dale Orton scored on a 64-yard touchdown run in the third quarter.",
                        "Dale Orton added a 12-yard touchdown run in the fourth quarter."), "yards of") == []
    # a pass is the passer's and the receiver's
    assert _about(every("Orton hit Ray Bellamy with a 41-yard touchdown pass in the second quarter.",
                        "Ray Bellamy caught a 44-yard touchdown pass in the second quarter."), "yards of") == []
    # no moment told: a player's runs of one game are many
    assert _about(every("Dale Orton broke a 64-yard run for the Otters.",
                        "Dale Orton had a 30-yard run for the Otters."), "yards of") == []
    # two players
    assert _about(every("Dale Orton scored on a 64-yard touchdown run in the third quarter.",
                        "Sam Tully scored on a 12-yard touchdown run in the third quarter."), "yards of") == []
    # the first play of the first half is not the first play of the second
    assert _about(every("Dale Orton had a 64-yard run on the first play of the first half.",
                        "Dale Orton broke a 20-yard run on the first play of the second half."), "yards of") == []


def test_one_suspect_caught_at_two_distances_from_the_scene():
    (d,) = _about(every("Jose Marrow was arrested five buildings away on 41st Street shortly before midnight.",
                        "Jose Marrow was arrested around midnight Friday by a SWAT team, three houses from the scene of "
                        "the shooting."), "buildings from")
    assert {v.normalized for v in d.values} == {"5", "3"} and d.type == "conflict" and "Marrow" in d.about


def test_distances_in_two_units_loose_counts_and_two_suspects_are_no_caught_disagreement():
    # blocks and buildings are two units
    assert _about(every("Jose Marrow was arrested two blocks away.", "Jose Marrow was arrested five buildings away."),
                  "blocks from") + _about(every("Jose Marrow was arrested two blocks away.",
                                                "Jose Marrow was arrested five buildings away."), "buildings from") == []
    # "a few doors down" says no number
    assert _about(every("Police caught Jose Marrow a few doors away.", "Jose Marrow was arrested three houses away."),
                  "buildings from") == []
    # two named people caught: two arrests
    assert _about(every("Jose Marrow was arrested two blocks away.", "Luis Pena was arrested four blocks away."),
                  "blocks from") == []
    # a thing found is no one caught
    assert _about(every("The gun was found two blocks away, police said.", "Jose Marrow was arrested four blocks away."),
                  "blocks from") == []


def test_a_frame_report_already_made_by_the_pairs_is_not_told_twice():
    from accord.model import Side
    made = Disagreement(kind="number", about="yards of Dale Orton's run", type="conflict", compatible=False,
                        values=[Side(value="64-yard run", normalized="64", articles=["a"], evidence="x"),
                                Side(value="62-yard run", normalized="62", articles=["b"], evidence="y")])
    pairs = Disagreement(kind="number", about="how far", type="conflict", compatible=False,
                         values=[Side(value="64 - yard", normalized="64", articles=["a"], evidence="x"),
                                 Side(value="62 - yard", normalized="62", articles=["b"], evidence="y")])
    other = replace(pairs, values=[replace(pairs.values[0], articles=["c"]), pairs.values[1]])
    assert details.unreported([made], [pairs]) == []
    assert details.unreported([made], [other]) == [made]  # one figure in common is not the same report


def dated(*texts: str, day: str = "2012-08-07") -> list[Disagreement]:
    """Every disagreement of one-paragraph articles a, b, ... all published on ``day``."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts],
                   published={a.id: day for a in arts}).disagreements


def test_a_building_built_in_one_year_and_told_by_an_age_of_another():
    (d,) = _about(dated("The old creamery building was constructed in 1935, long before statehood.",
                        "Fire officials said the 86-year-old structure had no power or gas."), "year the building")
    assert {v.normalized for v in d.values} == {"1935", "1926"} and d.type == "conflict"


def test_ages_that_agree_two_buildings_another_building_or_no_date_are_no_built_disagreement():
    # 77 years old in 2012 is 1935
    assert _about(dated("The building was constructed in 1935.", "Fire crews fought to save the 77-year-old structure."),
                  "year the building") == []
    # two years built are two buildings
    assert _about(dated("The building was constructed in 1935, and the barn was built in 1950.",
                        "Fire crews fought to save the 86-year-old structure."), "year the building") == []
    # "also built in" is another building's
    assert _about(dated("The trading post, also built in 1935, was not damaged.",
                        "Fire crews fought to save the 86-year-old structure."), "year the building") == []
    # a church and a house are two buildings
    assert _about(dated("The church was built in 1935.", "Fire crews fought to save the 86-year-old house next door."),
                  "year the building") == []
    # no publication date: an age says no year
    assert _about(every("The building was constructed in 1935.", "Fire crews fought to save the 86-year-old structure."),
                  "year the building") == []


# -- mend58: a reviewer's examples of recall54's frames misreading news (invented stories; near cases that must fire) --

def test_a_person_of_an_age_is_no_building_of_that_age():
    injured = "A 16-year-old high school student was among the injured when the building collapsed."
    assert _about(dated("The building, built in 1920, collapsed on Monday morning.", injured, day="2012-05-01"),
                  "year the building") == []
    for person in ("A 68-year-old church member was hurt when the building collapsed.",
                   "A 45-year-old factory worker was hurt when the building collapsed."):
        assert _about(dated("The building, built in 1920, collapsed on Monday morning.", person, day="2012-05-01"),
                      "year the building") == []
    # near case: the building's own age, with one adjective before its noun, still reports
    (d,) = _about(dated("The building, built in 1920, collapsed on Monday morning.",
                        "The 60-year-old brick building collapsed on Monday morning.", day="2012-05-01"),
                  "year the building")
    assert {v.normalized for v in d.values} == {"1920", "1952"}


def test_a_quarter_is_no_moment_of_one_play():
    assert _about(every("Dale Orton scored on a 12-yard touchdown run in the third quarter.",
                        "Dale Orton broke a 45-yard run in the third quarter before the Otters punted."), "yards of") == []
    assert _about(every("Ray Bellamy kicked a 31-yard field goal in the second quarter.",
                        "Ray Bellamy added a 44-yard field goal in the second quarter."), "yards of") == []
    # near case: the first play of a half names one play, and the slot reads "on the first play of ..."
    (d,) = _about(every("Dale Orton cut into the deficit on the first play of the half with a 64-yard touchdown run, "
                        "the longest rush allowed in club history.",
                        "Dale Orton ran for 190 yards for the Otters, including a 62-yard scamper on the first play of "
                        "the second half as his team rallied to forge a 13-all tie entering the fourth quarter."),
                  "yards of")
    assert d.about.endswith("run on the first play of the second half")


def test_two_unnamed_suspects_are_not_one_caught_at_two_distances():
    assert _about(every("Police said the driver was arrested two blocks away after a short chase.",
                        "A second man was caught five blocks from the scene, police said."), "blocks from") == []
    assert _about(every("The driver was arrested two blocks away, police said. Another suspect fled on foot.",
                        "The driver was caught five blocks from the scene, police said."), "blocks from") == []
    # near cases: one unnamed suspect in both articles, and one named suspect, still report
    (d,) = _about(every("Police said the driver was arrested two blocks away after a short chase.",
                        "The driver was caught five blocks from the scene, police said."), "blocks from")
    assert {v.normalized for v in d.values} == {"2", "5"}
    (d,) = _about(every("Jose Marrow was arrested two blocks away. A second man fled.",
                        "Jose Marrow was caught five blocks from the scene."), "blocks from")
    assert {v.normalized for v in d.values} == {"2", "5"}


def test_a_surname_ending_in_s_keeps_its_s():
    assert unpossessed("ross") == "ross" and unpossessed("jones") == "jones"
    assert unpossessed("ross's") == "ross" and unpossessed("jones’") == "jones"
    (d,) = _about(every("The stoppage in Ross's sixth defense of the WBX belt improved him to 40-2.",
                        "Tomas Ross retained his WBX title for the fifth time on Saturday."), "which defense")
    assert "Ross" in d.about
    (one,) = details.defenses([Sentence(article="a", index=0, text="Jones' sixth defense of the WBX belt ended in round nine.")])
    assert one.surname == "jones"


def test_recall54s_frame_limits_are_options_that_take_effect():
    s = Sentence(article="a", index=0, text="x")
    a = details.Defense(s, "klitchsko", "", "Klitchsko", "WBX", 5, "fifth", "time")
    b = details.Defense(s, "klitschko", "", "Klitschko", "WBX", 6, "sixth", "time")
    assert details._one_champion(a, b) and not details._one_champion(a, b, replace(DEFAULT, champion_surname_edits=0))
    assert not details._one_champion(a, b, replace(DEFAULT, champion_surname_letters=12))
    text = "Jose Marrow was arrested late on Friday night by a team of officers in body armor, five buildings away."
    assert [c.count for c in details.caught_away([Sentence(article="a", index=0, text=text)])] == [5]
    assert details.caught_away([Sentence(article="a", index=0, text=text)], replace(DEFAULT, frame_gap_chars=20)) == []
    arts = [Article(id="a", title="", text="The old creamery building was constructed in 1935, long before statehood."),
            Article(id="b", title="", text="Fire officials said the 86-year-old structure had no power or gas.")]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    wide = replace(DEFAULT, built_year_tolerance=10)
    found = compare(align(arts, sentences), wide, articles=["a", "b"], published={"a": "2012-08-07", "b": "2012-08-07"})
    assert _about(found.disagreements, "year the building") == []


# -- mend60: the review of mend58's building-age and second-suspect rules (invented stories) ---------------------------

def test_a_building_named_with_two_words_or_followed_by_a_verb_keeps_its_age():
    built = "The church was built in 1920, records show."
    for first, aged in ((built, "Flames tore through the 60-year-old Grace Episcopal Church on Monday."),
                        ("The building was built in 1920, records show.",
                         "Officials said the 60-year-old building remains unsafe after the fire."),
                        ("The warehouse was built in 1920, records show.",
                         "Flames spread fast as the 60-year-old red brick warehouse burned on Monday.")):
        (d,) = _about(dated(first, aged, day="2012-05-01"), "year the")
        assert {v.normalized for v in d.values} == {"1920", "1952"}, aged
    # near cases: a people noun after the building noun is a person of that age (mend58)
    for person in ("A 16-year-old high school student was hurt when the church burned.",
                   "A 68-year-old church member was hurt when the church burned.",
                   "A 45-year-old factory worker was hurt when the church burned.",
                   "A 60-year-old church volunteer was hurt when the church burned."):
        assert _about(dated(built, person, day="2012-05-01"), "year the") == [], person


def test_victims_told_in_the_plural_are_no_second_suspect():
    (d,) = _about(every("The driver struck two men in a crosswalk and was arrested two blocks away, police said.",
                        "The driver was caught five blocks from the scene, police said."), "blocks from")
    assert {v.normalized for v in d.values} == {"2", "5"}
    (d,) = _about(every("The driver was arrested two blocks away, police said. No other people were hurt.",
                        "The driver was caught five blocks from the scene, police said."), "blocks from")
    assert {v.normalized for v in d.values} == {"2", "5"}
    # near cases: a suspect word still tells of a second suspect
    for second in ("A second man was arrested later.", "Two suspects fled the scene.", "An accomplice got away.",
                   "Police are looking for a second suspect."):
        assert _about(every("The driver was arrested two blocks away, police said. " + second,
                            "The driver was caught five blocks from the scene, police said."), "blocks from") == [], second


def test_assailant_patterns_never_match_without_the_act_word():
    # speed28: ``assailants`` skips a sentence that holds none of ASSAULTS' words; both patterns need one
    from accord.disagree import details
    texts = ["He was approached by two men outside the store.", "Police said two men robbed the store.",
             "A man approached Dorsey and demanded money.", "She was ATTACKED BY THREE TEENS.", "Two men met Smith.",
             "ſhe was robbed by two men", "Two suspects fled on foot.", "Three women KIDNAPPED the child."]
    for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts]:
        if details._BY_ASSAILANTS.search(text) or details._ASSAILANTS_DID.search(text):
            assert may_hold(text, details._ASSAULT_NEEDS), text
    assert not may_hold("Two men met Smith.", details._ASSAULT_NEEDS)
