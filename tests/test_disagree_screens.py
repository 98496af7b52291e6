"""speed24: the per-story sentence scanners of disagree (details, clock, places) ask a cheap test of the words
their pattern needs before running it. The screen must never drop a hit: each scanner still reads its invented
sentence as written, with the needed word upper-cased where its pattern ignores case, and with the "ſ" that
``re.IGNORECASE`` reads as "s" (``str.lower()`` does not); sentences without the word give nothing."""
from dataclasses import replace

import pytest

from accord.analyse import analyse_story
from accord.disagree import clock, details, places
from accord.model import Article, Sentence
from accord.options import DEFAULT


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


def test_places_read_each_pattern_behind_its_screen():
    assert [w.frame for w in places.read(analysed("The shooting happened in the 3000 block of West Florence Avenue."))] \
        == ["block"]
    assert [w.frame for w in places.read(analysed("The ship sank 150 nautical miles west of Aden on Monday."))] \
        == ["bearing"]
    assert [w.frame for w in places.read(analysed("The ship sank 150 km west of Aden on Monday."))] == ["bearing"]
    assert [w.frame for w in places.read(analysed("He was treated at Mercy General Hospital in Sacramento."))] \
        == ["facility"]
    assert places.read(analysed("He was treated at Mercy General in Sacramento.")) == []
    felt = places.read(analysed("Mark Felt was the FBI's second man. Felt died at his home in Santa Rosa."))
    assert "died" in [w.frame for w in felt]
    assert places.streets(analysed("The crash closed Maple Avenue and Elm Street on Monday."))
    assert places.streets(analysed("The crash closed the maple grove on Monday.")) == []


def test_the_firearm_screen_words_are_the_firearms():
    assert set(details._GUN_NOUNS) == set(details.FIREARMS)


def test_may_hold_is_never_false_where_a_case_insensitive_pattern_finds_the_word():
    assert details._may_hold("Six months in County JAIL", ("jail",))
    assert details._may_hold("He miſſed nine games", ("miss",))  # "ſ": regex folds it, str.lower() does not
    assert not details._may_hold("Six months in county custody", ("jail", "prison"))
    assert not details._may_hold("The jailer’s “rounds” — café", ("prison",))  # curly quotes, accents: lower() is enough
