"""disagree.group_ages: the ages of one group listed together (recall56), on small hand-written stories
(never the gold texts)."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare, group_ages, read
from accord.disagree.slots import Order
from accord.model import Article, Disagreement
from accord.options import DEFAULT
from tests.test_disagree_details import analysed


def ages(*texts: str) -> list[Disagreement]:
    """The group-age disagreements of one-paragraph articles a, b, c, ... compared as a brief does."""
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    found = compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])
    return [d for d in found.disagreements if d.about.startswith(("ages of the", "age of"))]


def test_one_group_given_two_lists_of_ages():
    (d,) = ages("Two girls, ages 7 and 9, watched from the porch as the officer was shot on Elm Road.",
                "The officer was shot on Elm Road while the 9- and 12-year-old girls watched from a porch.",
                "Neighbours said two girls, ages 7 and 9, saw the officer fall.")
    assert [v.value for v in d.values] == ["7 and 9", "9 and 12"]
    assert [v.articles for v in d.values] == [["a", "c"], ["b"]]
    assert d.kind == "number" and d.type == "conflict" and d.about == "ages of the 2 girls"


def test_the_frames_read_spaced_hyphens_and_a_trailing_years_old():
    read = group_ages.read(analysed("Two sisters - 5 - and 12 - year - old girls - told the jury what they saw."))
    assert [(g.noun, g.ages, g.written) for g in read] == [("girls", (5, 12), "5 and 12")]
    read = group_ages.read(analysed("Police found the bodies of two women -- 71 and 45-years-old -- in a flat."))
    assert [(g.noun, g.ages) for g in read] == [("women", (45, 71))]
    read = group_ages.read(analysed("His sons, aged 3, 6 and 10, were unhurt."))
    assert [(g.noun, g.ages) for g in read] == [("sons", (3, 6, 10))]


def test_two_groups_a_range_or_an_agreement_are_no_disagreement():
    # another noun is another group
    assert ages("Two girls, ages 7 and 9, watched the fire.", "Two boys, ages 7 and 11, watched the fire.") == []
    # a group of another size is another group
    assert ages("Two girls, ages 7 and 9, watched the fire.", "Three girls, ages 7, 9 and 12, watched the fire.") == []
    # lists sharing no age are as likely two groups of one story (the victim's daughters, the witnesses)
    assert ages("The victim's daughters, ages 3 and 5, were asleep upstairs.",
                "Two daughters, ages 12 and 14, called police.") == []
    # an article giving the noun two lists tells of two groups
    assert ages("Two girls, ages 7 and 9, were hurt; two girls, ages 12 and 14, were not.",
                "Two girls, ages 7 and 11, were hurt.") == []
    # a range of ages is no group
    assert ages("The camp takes children between the ages of 6 and 8.",
                "The camp takes children between the ages of 6 and 10.") == []
    # every age two years on: the same girls told at two times (a shooting, the sentencing two years later)
    assert ages("Two girls, ages 7 and 9, watched the shooting in June 2019.",
                "At the sentencing in 2021, the 9- and 11-year-old girls told the jury what they saw.") == []
    # the same ages written two ways agree
    assert ages("Two girls, ages 7 and 9, watched.", "The 7- and 9-year-old girls watched.") == []


def test_a_named_persons_age_told_only_inside_a_groups_list():
    (d,) = ages("Police found the bodies of Ann Lorimer, 52, and Mary Castell, 63, in a flat on Dock Road.",
                "Police found the bodies of two women -- 52 and 70-years-old -- in a flat on Dock Road.")
    assert d.about == "age of Mary Castell" and d.type == "conflict"
    assert [(v.value, v.articles) for v in d.values] == [("63", ["a"]), ("70", ["b"])]


def test_a_named_group_of_another_happening_or_too_unlike_is_no_disagreement():
    # the sentences tell two happenings (an arrest, a crash): no content word in common
    arrest = "Tom Harker, 34, and Bill Ronson, 29, were arrested at a bar."
    crash = "Two men, ages 34 and 27, were hurt when a bus overturned."
    assert ages(arrest, crash) == []
    arts = [Article(id="a", title="", text=arrest), Article(id="b", title="", text=crash)]
    sentences, _ = analyse_story(arts, DEFAULT, reference=None)
    facts = align(arts, sentences)
    story = [s for f in facts for s in f.sentences]
    loose = DEFAULT.with_(group_age_shared_words=0)
    assert [d.about for d in group_ages.named_disagreements(story, read(story, None, loose), Order(["a", "b"]), loose)] \
        == ["age of Bill Ronson"]
    # two ages told otherwise is no group of the same people
    assert ages("Police found the bodies of Ann Lorimer, 52, and Mary Castell, 63, in a flat on Dock Road.",
                "Police found the bodies of two women -- 40 and 70-years-old -- in a flat on Dock Road.") == []
    # the list's own article gives the named person's age: it is not told two ways there
    assert ages("Police found the bodies of Ann Lorimer, 52, and Mary Castell, 63, in a flat on Dock Road.",
                "Police found the bodies of two women -- 52 and 70-years-old -- in a flat on Dock Road. "
                "Mary Castell, 63, had lived there for years.") == []
