"""disagree.details: the cause of a named person's death and the colour of a named vehicle, each on a
small hand-written story (never the gold texts)."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.details import read
from accord.model import Article, Disagreement
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
