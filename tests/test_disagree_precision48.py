"""precision48: the type a report shows must be one its sides support. A floor is vague against any larger
figure ("at least one" / three); two running totals each told as standing when written ("has grossed", "so
far") are an evolving figure, shown "at an unknown time" where accord has no date; two people's ranks are no
slot (invented texts only, each rule with near cases that must not fire)."""
from accord.disagree import verify as V
from accord.model import Sentence
from tests.test_disagree import compared
from tests.test_disagree_frames import numbers


def kinds(found):
    return [(d.type, {v.value for v in d.values}) for d in numbers(found)]


# -- a floor against a larger figure ------------------------------------------------------------------------
def compound(first: str, second: str):
    return compared(f"The U.N. compound in Kandar was hit by {first} on Sunday.",
                    f"The U.N. compound in Kandar was struck by {second} Sunday evening in the latest attack on "
                    "foreign targets, an official said.")


def test_a_floor_below_the_other_figure_is_vague():
    assert kinds(compound("three rockets", "at least one rocket")) == [("vague", {"three", "at least one"})]
    # however far above it the other figure lies, and whichever article gives the floor
    assert kinds(compound("six rockets", "more than two rockets")) == [("vague", {"more than two", "six"})]


def test_a_figure_below_a_floor_still_conflicts():
    assert kinds(compound("at least four rockets", "two rockets")) == [("conflict", {"at least four", "two"})]
    # two exact figures stay a conflict, and so do two figures beside a cap
    assert kinds(compound("three rockets", "five rockets")) == [("conflict", {"three", "five"})]
    assert [t for t, _ in kinds(compound("as many as two rockets", "five rockets"))] == ["conflict"]


# -- sources and running totals ------------------------------------------------------------------------
def test_a_source_is_the_one_a_sentence_credits():
    s = lambda text: Sentence(article="a", index=0, text=text)  # noqa: E731
    assert V._source(s("There were 412 new cases on Monday, according to a Daily Courier tally.")) == "daily courier"
    assert V._source(s("The state logged 412 new cases, the Daily Courier reported.")) == "daily courier"
    assert V._source(s("There were 412 new cases, Metro Radio reported.")) == "metro radio"
    assert V._source(s("According to the Health Office, 412 cases were logged.")) == "health office"
    assert V._source(s("The Health Office's count reached 412 cases.")) == "health office"
    assert V._source(s("The Metro reported 412 cases on Monday.")) is None  # a subject, not a credit
    # two sources in one sentence: none is the figure's
    assert V._source(s("There were 412 cases according to the Health Office, and 380, Metro Radio reported.")) is None


def test_one_tally_read_at_undated_times_stays_a_conflict():
    # tried and dropped (readers split): one source credited on both sides is no sign of two times
    found = compared("The state recorded 412 deaths from the flu on Monday, according to a Daily Courier count.",
                     "There were 398 deaths from the flu in the state on Monday, according to the Daily Courier.")
    assert [t for t, _ in kinds(found)] == ["conflict"]


def test_running_totals_dated_are_typed_by_their_dates():
    a = "The film has already grossed $212 million around the world, the studio said."
    b = "The film has grossed $260 million around the world since it opened, its studio said."
    # both dated the same day: the dates say they were not written at different times (slots' typing)
    found = compared(a, b, published=["2024-03-05", "2024-03-05"])
    assert [t for t, _ in kinds(found)] == ["conflict"]
    # one dated: its date is shown, the other side's time is unknown
    (d,) = numbers(compared(a, b, published=["2024-03-05", None]))
    assert d.type == "evolving" and sorted(str(v.time) for v in d.values) == ["2024-03-05", V.UNDATED]


# -- ranks of two people -----------------------------------------------------------------------------------------
def test_ranks_of_two_people_in_alike_sentences_are_no_slot():
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "Anna Berg won her third national title at the championships in Denver on Sunday.")
    assert numbers(found) == []
    found = compared("Singer Tom Hale sang the second verse of the anthem before the game.",
                     "Singer Bo Kent sang the third verse of the anthem before the game.")
    assert numbers(found) == []


def test_ranks_of_one_person_or_of_no_one_named_still_disagree():
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "Lopez won her third national title at the championships in Denver on Sunday.")
    assert [v for _, v in kinds(found)] == [{"second", "third"}]
    # a sentence that names no one can be anyone's
    found = compared("Maria Lopez won her second national title at the championships in Denver on Sunday.",
                     "The swimmer won her third national title at the championships in Denver on Sunday.")
    assert [v for _, v in kinds(found)] == [{"second", "third"}]


# -- running totals as they stood when written ----------------------------------------------------------------
def test_running_totals_told_as_standing_now_are_evolving():
    found = compared("The film has already grossed $212 million around the world, the studio said.",
                     "The film has grossed $260 million around the world since it opened, its studio said.")
    (d,) = numbers(found)
    assert d.type == "evolving" and all(v.time == V.UNDATED for v in d.values)
    found = compared("The appeal has raised $41,000 so far for the family of the drowned fisherman.",
                     "The appeal has raised $48,500 to date for the family of the drowned fisherman.")
    assert [t for t, _ in kinds(found)] == ["evolving"]


def test_a_total_told_once_as_standing_now_stays_a_conflict():
    # one side only says "so far": the other may be a total told at the same time
    found = compared("The film has already grossed $212 million around the world, the studio said.",
                     "The film took $260 million around the world in its first ten days, its studio said.")
    assert [t for t, _ in kinds(found)] == ["conflict"]
    # two named sources are two tallies
    found = compared("The appeal has raised $41,000 so far for the family of the drowned fisherman, according to "
                     "the Daily Courier.",
                     "The appeal has raised $48,500 to date for the family of the drowned fisherman, according to "
                     "Metro Radio.")
    assert [t for t, _ in kinds(found)] == ["conflict"]
