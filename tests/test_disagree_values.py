"""values (recall51): a count of a model ("seven AK-47 assault rifles", "12 AK 47 guns", "seven AK-47s")
is a count of the model, however an article writes the model or calls the weapon; near cases that must
not fire (invented texts only)."""
from datetime import date

from accord.analyse import analyse_story
from accord.disagree import values as V
from accord.model import Article
from tests.test_disagree import compared
from tests.test_disagree_frames import numbers

REF = date(2022, 1, 13)


def read(*texts: str) -> list[V.Value]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, reference=REF)
    return V.read([s for a in arts for s in sentences[a.id]], REF)


def sides(d) -> list[tuple[str, list[str]]]:
    return sorted((v.value, v.articles) for v in d.values)


def test_a_gun_model_is_one_noun_however_it_is_written():
    vals = read("Soldiers seized nine AK-47 assault rifles from the smugglers' lorry.",
                "The soldiers recovered 14 AK 47 guns from the lorry.",
                "Nine AK-47s were found in the lorry.")
    assert sorted((v.point, v.noun, v.place) for v in vals if v.type == "count") == \
        [(9.0, "AK-47", None), (9.0, "AK-47", None), (14.0, "AK-47", None)]


def test_other_models_keep_their_noun():
    vals = read("The air force sent two F-16 jets to the border.",
                "Nurses treated 12 COVID-19 patients on the ward.",
                "The air force sent three F-16s to the border.")
    assert sorted(v.noun for v in vals if v.type == "count") == ["COVID-19 patient", "F-16", "F-16 aircraft"]


def test_counts_of_one_gun_model_disagree():
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards recovered 14 AK 47 guns from the smugglers' lorry near Tarsa on Monday.")
    [d] = numbers(found)
    assert sides(d) == [("14", ["b"]), ("nine", ["a"])]
    assert d.type == "conflict"


def test_two_models_or_a_model_and_all_guns_are_no_slot():
    # two models: AK-47s and M-16s are two things counted
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized 14 M16 rifles from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)
    # one model and all the guns: the AK-47s are a part of the guns
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized 14 guns from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)


def test_one_count_of_a_model_written_two_ways_agrees():
    found = compared("Border guards seized nine AK-47 assault rifles from the smugglers' lorry near Tarsa on Monday.",
                     "Border guards seized nine AK 47 guns from the smugglers' lorry near Tarsa on Monday.",
                     "Nine AK-47s were seized from the smugglers' lorry near Tarsa on Monday.")
    assert not numbers(found)
