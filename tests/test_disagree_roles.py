"""disagree.roles: a person's rank or title given two ways, on small hand-written stories."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.model import Article, Disagreement
from accord.options import DEFAULT


def about(*texts: str, who: str) -> list[Disagreement]:
    """The disagreements about ``who`` of one-paragraph articles a, b, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if who in d.about]


def test_a_chief_officers_title_given_two_ways():
    (d,) = about("The team's owner Ray Hill, CEO Larry Munro and the coach flew to Texas on Thursday.",
                 "The team's owner Ray Hill, COO Larry Munro and the coach flew to Texas on Thursday.", who="Munro")
    assert {v.normalized for v in d.values} == {"chief executive", "chief operating officer"}
    assert d.type == "conflict"


def test_one_chief_officers_title_written_two_ways_agrees():
    assert about("The team's owner Ray Hill, CEO Larry Munro and the coach flew to Texas on Thursday.",
                 "The team's owner Ray Hill, chief executive Larry Munro and the coach flew to Texas.",
                 who="Munro") == []


def test_a_person_named_by_initials_given_another_surname():
    # "A.J. Smith" / "A.J. Butler": one role, two surnames (a name reader may take initials for a company)
    (d,) = about("\"We are aware of the issue involving Vincent,\" team general manager A.J. Smith said in a statement.",
                 "\"We are aware of the issue involving Vincent,\" Chargers general manager A.J. Butler said in a statement.",
                 who="A.J.")
    assert {v.value for v in d.values} == {"A.J. Smith", "A.J. Butler"} and d.kind == "name"
    # one name with a title kept in it ("Manager A.J. Smith") is the same side, not a second slot
    found = about("\"We are aware of the issue involving Vincent,\" team general manager A.J. Smith said in a statement.",
                  "\"We are aware of the issue involving Vincent,\" Chargers general manager A.J. Butler said in a statement.",
                  "Chargers General Manager A.J. Smith said in a statement he was aware of the issue involving Vincent.",
                  who="A.J.")
    assert len(found) == 1
    # the same initials and surname agree
    assert about("Team general manager A.J. Smith said in a statement he was aware of the issue.",
                 "Chargers general manager A.J. Smith said in a statement he was aware of the issue.", who="A.J.") == []
