"""precision71: disagreements that hold up — one figure's two wordings fit each other whatever their sentences'
far places read, the "one figure left" gate in verify's too-few-sides check, and two given names of one
surname each told with an age are two people. Invented stories."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.model import Article, Disagreement, Side
from accord.options import DEFAULT
from test_disagree import compared


def _sides(*texts: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.type, [(s.value, s.articles) for s in d.values]) for d in compared(*texts).disagreements]


def test_a_plain_figure_and_its_bound_fit_whatever_far_places_their_sentences_name():
    """"more than $3 trillion" / "$3 trillion" / "$3.3 trillion": the two wordings of one figure are of one slot even
    when a place is read far past each ("after the House of Representatives approved", "the spread of Covid-19"):
    before, each fitted "$3.3 trillion" but not each other, two groups as large, and the report was lost."""
    found = _sides(
        "The president on Friday signed a more than $3 trillion relief package to send aid to workers squeezed by "
        "the shutdowns after the House of Representatives approved the legislation earlier in the day.",
        "The president signed into law a $3 trillion relief package as the American public and the economy fight "
        "the spread of Covid-19.",
        "The president signed a $3.3 trillion relief package into law on Friday after swift votes in Congress.")
    assert [(t, [v for v, _ in s]) for t, s in found] == \
        [("conflict", ["more than $3 trillion", "$3 trillion", "$3.3 trillion"])]


def test_two_places_of_one_toll_still_split_a_plain_figure_from_another():
    """Near case: two different figures of two places stay two slots (nothing of one figure to join)."""
    assert _sides("At least 40 people died in Texas in the floods on Monday, officials said.",
                  "The floods killed 55 people in Oklahoma on Monday, officials said.") == []


def test_the_one_figure_gate_reads_each_sides_own_figures():
    """verify's too-few-sides check: two sides of one figure, one plain and one bounded, are no disagreement —
    read on the sides' own figures (``same_value``): bounds either side of one figure are two values."""
    from accord.disagree.verify import _one_figure_left

    assert compared("Police said more than 8,000 people applied for the permits by Monday.",
                    "Police said 8,000 people applied for the permits by Monday.").disagreements == []
    sides = [Side(value=v, normalized=8000.0, articles=[a], evidence="…")
             for v, a in (("8,000", "a"), ("more than 8,000", "b"))]
    assert _one_figure_left(sides, lambda s: [])
    assert not _one_figure_left([sides[0], Side(value="9,000", normalized=9000.0, articles=["b"], evidence="…")],
                                lambda s: [])


def _found(*texts: str) -> list[Disagreement]:
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts]).disagreements


def test_two_given_names_of_one_surname_each_with_an_age_are_two_people():
    """"Driver Paul Marsh, 29" / "Dean Marsh, 29, was also taken": one family's two people (of one age as often as
    not), never one person's two names. Without ages the same sentences stay a name disagreement."""
    aged = _found("A van overturned on Route 9 near Millbrook on Tuesday. Driver Paul Marsh, 29, of Millbrook was "
                  "taken to Saint Anne's Hospital with a broken arm.",
                  "A van overturned on Route 9 near Millbrook on Tuesday. Dean Marsh, 29, of Millbrook was also "
                  "taken to Saint Anne's Hospital with a broken arm.")
    assert [d for d in aged if d.kind == "name"] == []
    plain = _found("A van overturned on Route 9 near Millbrook on Tuesday. Driver Paul Marsh of Millbrook was "
                   "taken to Saint Anne's Hospital with a broken arm.",
                   "A van overturned on Route 9 near Millbrook on Tuesday. Driver Dean Marsh of Millbrook was "
                   "taken to Saint Anne's Hospital with a broken arm.")
    assert [d.kind for d in plain] == ["name"]


def test_one_figure_of_two_places_read_beside_it_stays_two_slots():
    """mend109: "more than 40 people in Phoenix" / "40 people in Las Vegas" / "55 people": the two wordings of one
    figure name their own places right beside it — two cities' tolls, no conflict (the far-place rule above reads
    only a place far past the figure)."""
    assert _sides("The heat wave killed more than 40 people in Phoenix this summer, county officials said on Monday.",
                  "The heat wave killed 40 people in Las Vegas this summer, county officials said on Monday.",
                  "The heat wave killed 55 people this summer, county officials said on Monday.") == []


def test_two_given_names_of_one_surname_with_one_age_and_post_stay_a_name_disagreement():
    """mend109 near case: "Driver Eric Walden, 42, of Oakdale" / "Driver Derek Walden, 42, of Oakdale": one post, one
    age and nothing telling of a second person — one driver named two ways, a name disagreement."""
    found = _found("A truck overturned on Route 4 near Oakdale on Tuesday. Driver Eric Walden, 42, of Oakdale was "
                   "taken to Bexley Memorial Hospital with a broken leg.",
                   "A truck overturned on Route 4 near Oakdale on Tuesday. Driver Derek Walden, 42, of Oakdale was "
                   "taken to Bexley Memorial Hospital with a broken leg.")
    assert [d.kind for d in found] == ["name"]


def test_two_relatives_whose_given_names_differ_in_the_second_letter_have_no_age_conflict():
    """mend109: "Carrie Whitlock, 41" / "Corrie Whitlock, 17" are mother and daughter, never one person whose age
    outlets disagree on."""
    found = _found("Carrie Whitlock, 41, opened the bakery on Main Street in Fenwick on Saturday, neighbours said.",
                   "Corrie Whitlock, 17, opened the bakery on Main Street in Fenwick on Saturday, neighbours said.")
    assert not [d for d in found if d.kind == "number"]
