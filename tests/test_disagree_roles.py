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


def _found(*texts: str) -> list[Disagreement]:
    """Every disagreement of one-paragraph articles a, b, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts]).disagreements


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


def test_a_chief_officers_title_told_as_a_predicate():
    # "X, who is the COO" / "X is chief executive": the same title slot as "COO X"; a CEO and a COO
    # are two titles, named so (not "rank")
    (d,) = about("Larry Munro, who is the COO of the Red Falcons, flew to Texas on Thursday with the team.",
                 "Larry Munro is chief executive of the Red Falcons and flew to Texas on Thursday.", who="Munro")
    assert {v.normalized for v in d.values} == {"chief executive", "chief operating officer"}
    assert d.about == "title of Larry Munro"


def test_a_title_and_the_same_title_for_a_lower_post():
    (d,) = about("Mark Fenn was deputy associate director of the Bureau in 1972, when the leaks began.",
                 "Mark Fenn, the associate director of the Bureau, guided the two reporters.", who="Fenn")
    assert {v.value for v in d.values} == {"deputy associate director", "associate director"}
    assert d.kind == "other" and d.type == "conflict" and d.about == "title of Mark Fenn"


def test_the_same_words_before_two_steps_of_one_hierarchy():
    (d,) = about('"We see it every day," said Dave Marsh, security research and communications manager for Avert.',
                 "Dave Marsh, security research and communications director at Avert Labs, told reporters.",
                 who="Marsh")
    assert {v.value.split()[-1] for v in d.values} == {"manager", "director"}


def test_titles_that_may_both_be_true_are_not_compared():
    # a spokesman who is also an adviser; a post held before; two bodies; the same title
    for a, b in (("Ann Lowe, a spokeswoman for the ministry, declined to comment.",
                  "Ann Lowe, a senior adviser to the minister, declined to comment."),
                 ("Ann Lowe, a former deputy director of the agency, declined to comment.",
                  "Ann Lowe, the director of the agency, declined to comment."),
                 ("Ann Lowe, deputy director of the Harbor Agency, declined to comment.",
                  "Ann Lowe, director of the Science Museum, declined to comment."),
                 ("Ann Lowe, the deputy director of the agency, declined to comment.",
                  "Ann Lowe, deputy director of the agency, declined to comment.")):
        assert about(a, b, who="Lowe") == [], (a, b)


def test_a_surname_alone_is_the_person_the_story_names_most():
    story = ("Mark Fenn, the associate director of the Bureau, guided the reporters. Mark Fenn died at 95.",
             "Fenn was deputy associate director of the Bureau in 1972. His son Mark Fenn Jr. and "
             "Mark Fenn spoke often.")
    (d,) = about(*story, who="Fenn")
    assert {v.value for v in d.values} == {"deputy associate director", "associate director"}
    # a surname two people share about equally is nobody's
    assert about("Fenn was deputy associate director of the Bureau. Joan Fenn and Mark Fenn spoke.",
                 "Mark Fenn, the associate director of the Bureau, guided Joan Fenn to the car.",
                 who="Fenn") == []


def test_one_post_written_before_two_names_in_unlike_sentences():
    (d,) = about("Her mentor, the legendary founding director J. Walter Pruitt, had retired the month before.",
                 "A protege of the famous agency director Herbert Pruitt, she was passed over for the job.",
                 who="Pruitt")
    assert {v.value for v in d.values} == {"Walter Pruitt", "Herbert Pruitt"} and d.kind == "name"
    # kinship is no post: a man may have two grandsons
    assert about("Her mentor Walter Pruitt retired in May, his grandson Rob Pruitt said on the radio.",
                 "Critics wrote about the agency for years, citing his grandson Nick Pruitt.", who="Pruitt") == []
    # an article naming both keeps them two people
    assert about("The agency director Walter Pruitt retired and the agency director Herbert Pruitt stayed.",
                 "A protege of the agency director Herbert Pruitt was passed over.", who="Pruitt") == []


def test_a_name_side_lists_every_article_writing_that_name():
    (d,) = about("Her mentor, the legendary founding director J. Walter Pruitt, had retired the month before.",
                 "A protege of the famous agency director Herbert Pruitt, she was passed over for the job.",
                 "Walter Pruitt ran the agency for 48 years.", who="Pruitt")
    assert {v.value: v.articles for v in d.values} == {"Walter Pruitt": ["a", "c"], "Herbert Pruitt": ["b"]}


def test_one_role_among_the_same_named_company_in_unlike_sentences():
    (d,) = about("The new drama stars Marcus Hale and Julia Renner, and Oskar Brandt wrote the script.",
                 "Brandt's script will be filmed next spring with Marcus Hale and Julia Lindqvist in the lead roles.",
                 who="Julia")
    assert {v.value for v in d.values} == {"Julia Renner", "Julia Lindqvist"} and d.kind == "name"
    # one name in common is no company: two Julias may both work with Hale
    assert about("The new drama stars Marcus Hale and Julia Renner this spring in Vienna.",
                 "Tickets went on sale on Monday for a gala with Marcus Hale and Julia Lindqvist.", who="Julia") == []


def test_one_works_writers_listed_with_a_name_more():
    """disagree22: a credit list is every name credited; another article's list with a name more is
    another credit for the same work."""
    (d,) = about("The thriller was directed by Ana Ruiz and written by Tom Hale, Lee Park and Sam Ode.",
                 "Ana Ruiz directed the thriller from a script by Tom Hale and Lee Park.", who="writers")
    assert d.kind == "name" and {v.value for v in d.values} == {"Tom Hale, Lee Park and Sam Ode", "Tom Hale and Lee Park"}
    # near cases: the same list in another order agrees; lists that share no name are two works
    assert about("The thriller was written by Tom Hale and Lee Park.",
                 "The thriller was written by Lee Park and Tom Hale.", who="writers") == []
    assert about("The thriller was written by Tom Hale and Lee Park.",
                 "Her last film was written by Joan Vale and Rick Moss.", who="writers") == []


def test_two_relatives_sharing_a_surname_are_two_people():
    """disagree28 (protocol D F, two grandsons made one slot): a name written with a kinship word is one
    of a family; another given name with that surname is another relative, however alike the sentences."""
    assert about("Tom Garner, Pruitt's grandson, said his grandfather died at his home in Dover, Delaware.",
                 "Pruitt died at his home in Dover, Delaware, on Thursday, the Dover Post reported, citing "
                 "Pruitt's grandson Ned Garner.", who="Garner") == []
    # near case: the same alike sentences with a post, not a relation, are one role given two names
    (d,) = about("Tom Garner, Pruitt's spokesman, said his employer died at his home in Dover, Delaware.",
                 "Pruitt died at his home in Dover, Delaware, on Thursday, the Dover Post reported, citing "
                 "Pruitt's spokesman Ned Garner.", who="Garner")
    assert {v.value for v in d.values} == {"Tom Garner", "Ned Garner"} and d.kind == "name"


def test_one_person_written_two_ways_is_no_name_disagreement():
    """Near cases of the relatives' rule: one person's transliterations and a title for the given name
    stay one person (no name disagreement), relatives or not."""
    assert about("President Kassym-Jomart Tokayev said the troops would leave within two days.",
                 "President Kassym-Jomart Tokaev said the troops would leave within two days.", who="Toka") == []
    assert about("John Smith, the mayor's son, said the bridge would reopen on Monday.",
                 "Mr. Smith, the mayor's son, said the bridge would reopen on Monday.", who="Smith") == []


# -- the rank of the part an actor plays (disagree37) --------------------------------------------------------
def test_the_rank_of_an_actors_part_given_two_ways():
    (d,) = about("The film follows Lt. Colonel Hardy (Michael Stone), who leads the patrol into the jungle.",
                 "The patrol is led by a grim sergeant (Michael Stone) just back from the war.", who="Michael Stone")
    assert {v.normalized for v in d.values} == {"lieutenant colonel", "sergeant"} and d.type == "conflict"
    assert "part" in d.about


def test_one_rank_of_a_part_or_two_actors_is_no_rank_disagreement():
    # the same rank written two ways
    assert about("The film follows Lt. Colonel Hardy (Michael Stone) into the jungle.",
                 "A weary lieutenant colonel (Michael Stone) leads the patrol.", who="Michael Stone") == []
    # two actors, two parts
    assert about("The film follows Lt. Colonel Hardy (Michael Stone) into the jungle.",
                 "A young sergeant (Peter Vale) carries the radio.", who="part") == []
    # a name in brackets with no rank before it is no part's rank
    assert about("The film follows Hardy (Michael Stone) into the jungle.",
                 "A young sergeant (Michael Stone) carries the radio.", who="part") == []


def test_the_body_one_person_heads_named_with_one_word_swapped():
    found = [d for d in _found("Norah Quill, director of the Halvard Water Quality Center, said the plant was safe.",
                               "Halvard Water Quality Institute director Norah Quill said the plant was safe.")
             if d.about.startswith("body")]
    (d,) = found
    assert {v.normalized for v in d.values} == {"Halvard Water Quality Center", "Halvard Water Quality Institute"}
    assert "Quill" in d.about and d.kind == "other"


def test_one_body_in_other_words_or_two_bodies_is_no_body_disagreement():
    def bodies(*texts: str) -> list:
        return [d for d in _found(*texts) if d.about.startswith("body")]
    # a spelling ("Centre" / "Center") and a shorter form of the name are one body
    assert bodies("Norah Quill, director of the Halvard Water Quality Centre, said the plant was safe.",
                  "Halvard Water Quality Center director Norah Quill said the plant was safe.") == []
    assert bodies("Norah Quill, director of the Halvard Water Quality Center, said the plant was safe.",
                  "Water Quality Center director Norah Quill said the plant was safe.") == []
    # the owner written in full or by initials before a possessive is no word of the body
    assert bodies("Norah Quill, director of the Union of Coastal Engineers' Water Quality Program, spoke.",
                  "Norah Quill, director of UCE's Water Quality Program, spoke.") == []
    # an article naming both bodies holds two bodies; a member may sit on two committees
    assert bodies("Norah Quill, director of the Halvard Water Quality Center, said the plant was safe.",
                  "Halvard Water Quality Institute director Norah Quill said the Halvard Water Quality Center "
                  "agreed.") == []
    assert bodies("Norah Quill, a member of the Senate Finance Committee, spoke on Monday.",
                  "Norah Quill, a member of the Senate Energy Committee, spoke on Monday.") == []
    # two people's posts are two slots
    assert bodies("Norah Quill, director of the Halvard Water Quality Center, said the plant was safe.",
                  "Halvard Water Quality Institute director Piet Varga said the plant was safe.") == []
