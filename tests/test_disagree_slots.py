"""disagree.slots: how a disagreement's type is read from its sides (invented texts, near cases)."""
from tests.test_disagree import compared, of_kind


def test_a_range_that_holds_the_other_figure_is_vague() -> None:
    # precision52: "$600 to $2,000" is a range by its ends, not "about" its midpoint $1,300
    (d,) = of_kind(compared("Tickets for the concert in Vorland cost $600 to $2,000, the promoter said.",
                            "Tickets for the concert in Vorland cost $1,200, the promoter said."), "number")
    assert d.type == "vague" and d.compatible
    # near cases: a figure outside the range, and an approximation of one figure, still conflict
    (d,) = of_kind(compared("Tickets for the concert in Vorland cost $600 to $2,000, the promoter said.",
                            "Tickets for the concert in Vorland cost $2,500, the promoter said."), "number")
    assert d.type == "conflict"
    (d,) = of_kind(compared("Tickets for the concert in Vorland cost about $1,300, the promoter said.",
                            "Tickets for the concert in Vorland cost $1,000, the promoter said."), "number")
    assert d.type == "conflict"


def test_two_ranges_with_other_ends_still_conflict() -> None:
    # read blind (precision52 sheet 2): two statements of one projection's range conflict
    (d,) = of_kind(compared("Officials said 100,000 to 200,000 people could die from the virus in Vorland.",
                            "Officials said 100,000 to 240,000 people could die from the virus in Vorland."), "number")
    assert d.type == "conflict"
