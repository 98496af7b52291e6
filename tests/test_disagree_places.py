"""disagree.places: one street given two names (disagree37), on small hand-written stories (never the
gold texts)."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare, places
from accord.disagree.places import _two_ways, streets
from accord.model import Article, Disagreement
from accord.options import DEFAULT
from tests.test_disagree_details import analysed


def place(*texts: str) -> list[Disagreement]:
    """The place disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.kind == "place"]


def test_one_street_given_two_names():
    (d,) = place("Two women were found dead on Tuesday in a second-floor apartment on Garfield Street.",
                 "The bodies were found on Tuesday in the Garfield Street apartment, police said.",
                 "Firefighters found the two women in the Garfinkel Road apartment on Tuesday.")
    assert [v.value for v in d.values] == ["Garfield Street", "Garfinkel Road"]
    assert [v.articles for v in d.values] == [["a", "b"], ["c"]] and d.type == "conflict"
    (d,) = place("Police arrested Mr. Cole at a Philmore Street apartment on Tuesday.",
                 "Mr. Cole was found barricaded in a dwelling on Phillmores Road on Tuesday.")
    assert {v.value for v in d.values} == {"Philmore Street", "Phillmores Road"}


def test_a_spelling_slip_two_streets_or_one_name_two_ways_is_no_street_disagreement():
    # one letter apart is a slip of spelling, shown as a variant; so is a name a few letters apart with the
    # same kind of street (reader, round 37: "Independent" / "Independence Street" is one street)
    assert place("The shop on Mullin Street was robbed on Monday.", "The shop on Mullins Road was robbed on Monday.") == []
    assert place("Two women were found dead in a second-floor apartment on Garfield Street.",
                 "The women were found in the Garfinkel Street apartment, police said.") == []
    # an article naming both has two streets
    assert place("The shop on Garfield Street and the bank on Garfinkel Road were robbed on Monday.",
                 "The shop on Garfinkel Road was robbed on Monday.") == []
    # a possessive, an abbreviation or a direction is the same name; numbered streets are two streets
    assert place("The crash happened on Wellington's High Street on Monday.",
                 "The crash happened on Wellington High St. on Monday.") == []
    assert place("The shooting happened on East 223rd Street on Monday.",
                 "The shooting happened on 222nd Street on Monday.") == []
    # names far apart are two streets
    assert place("The fire started in a house on Maple Street.", "Crews closed Marble Road near the fire.") == []
    assert not _two_ways("independent", "independent") and _two_ways("independent", "independence")


def test_streets_read_the_name_without_the_words_before_it():
    arts = [Article(id="a", title="", text="He was arrested on Tuesday at 2088 Philmore Street in the North End.")]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    assert [(s.name, s.written) for s in streets(sentences["a"])] == [("philmore", "Philmore Street")]


# --- from test_disagree_screens (speed24): each place pattern reads behind its screen ---
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
