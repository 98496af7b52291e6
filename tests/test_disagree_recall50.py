"""disagree.details, recall50: how many people did one thing to someone, told with different counts by
different articles; invented texts (never the gold texts), with near cases that must not fire."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.details import assailants
from accord.model import Article, Disagreement
from accord.options import DEFAULT


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
