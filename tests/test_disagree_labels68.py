"""disagree (labels68): a sentence's capital is no name's, "in"/"into" keep what they lead to, and a full stop of
an abbreviation ends no clause. Invented sentences only, each rule both ways."""
from test_disagree_labels67 import _event, _s

from accord.disagree import naming


def _told(text: str, figure: str, names: list[tuple[str, str]] = ()) -> str | None:  # type: ignore[assignment]
    spans = [(text.index(n), text.index(n) + len(n), label) for n, label in names]
    return naming.change_before(_s(text), text.index(figure), spans)


def test_a_common_word_opening_the_sentence_loses_its_capital_even_when_tagged_as_a_name():
    assert _told("Home prices rose 6 percent last year.", "6 percent", [("Home", "GPE")]) == "home prices rose"
    assert _event("Troops shelled the border town on Friday.", "shelled", "Friday", [("Troops", "GPE")]) == \
        "troops shelled the border town"
    # a name keeps its capital, with its possessive or before a lower-case noun
    assert _told("Apple's shares fell 4 percent on Tuesday.", "4 percent", [("Apple", "ORG")]) == "Apple's shares fell"
    assert _told("Tesla shares jumped 11 percent on Monday.", "11 percent", [("Tesla", "ORG")]) == "Tesla shares jumped"
    assert _event("Saints signed the rookie on Tuesday.", "signed", "Tuesday", [("Saints", "ORG")]) == \
        "Saints signed the rookie"
    assert _event("People reported the engagement on Friday.", "reported", "Friday", [("People", "ORG")]) == \
        "People reported the engagement"


def test_a_common_opener_keeps_its_capital_inside_a_longer_name():
    assert _event("Home Depot workers walked out on Monday.", "walked", "Monday", [("Home Depot", "ORG")]) == \
        "Home Depot workers walked out"
    assert naming._lower_opening("Police", 0, "Police arrested him.") == "police"
    assert naming._lower_opening("Police", 4, "and Police arrested him.") == "Police"  # not the sentence's start


def test_in_and_into_keep_what_they_lead_to():
    assert naming.verb_words(_s("A man appeared in court on Monday."), 6, "appeared", []) == "appeared in court"
    assert _event("The singer checked into rehab on Thursday.", "checked", "Thursday") == "the singer checked into rehab"
    text = "The actress checked into Betty Ford Center on Friday."
    assert _event(text, "checked", "Friday", [("Betty Ford Center", "FAC")]) == \
        "the actress checked into Betty Ford Center"
    # alone before a time it stays; before what goes on ("in the death of …") or nothing it can take, it goes
    assert _event("The actor checked in on Tuesday.", "checked", "Tuesday") == "the actor checked in"
    assert _event("The man was charged in the death of his wife on Monday.", "charged", "Monday") == \
        "the man was charged"
    assert naming.verb_words(_s("She appeared in 2019 on Monday."), 4, "appeared", []) == "she appeared"


def test_a_full_stop_of_initials_or_an_abbreviation_ends_no_clause():
    text = "Alaska Gov. Sarah Palin and the U.S. Coast Guard arrived. Police left."
    stops = naming.clause_stops(text)
    assert stops == [text.index("arrived.") + len("arrived"), len(text) - 1]
    assert not naming.is_stop(text, text.index("Gov.") + 3)
    assert naming.is_stop("It burned for hours. Then it stopped.", len("It burned for hours"))
    # a count's verb is read past "U.S." ("U.S. troops killed 12 militants")
    text = "The raid by U.S. troops killed 12 militants."
    assert naming.event_told(_s(text), text.index("12"), text.index("12") + 2, "killed")


def test_a_subject_may_hold_initials_or_an_abbreviation():
    assert _told("U.S. stocks fell 3 percent on Friday.", "3 percent", [("U.S.", "GPE")]) == "U.S. stocks fell"
    assert _told("Acme Inc. shares fell 5 percent on Friday.", "5 percent", [("Acme Inc.", "ORG")]) == \
        "Acme Inc. shares fell"
    # a real sentence's full stop is never inside a subject ("Trading closed. Shares fell")
    assert "closed" not in (_told("Trading closed. Shares fell 2 percent.", "2 percent") or "")


def test_a_length_told_by_a_persons_pronoun_names_it_plainly():
    text = "He served four months in federal prison."
    assert naming.verb_before(_s(text), text.index("four"), []) == "he served"
    text = "Police said she waited for 20 minutes before calling."
    assert naming.verb_before(_s(text), text.index("20"), []) == "she waited"
    # "it" says nothing of what burned, and a pronoun after "told police" may be anyone's: no label
    text = "It burned for six hours."
    assert naming.verb_before(_s(text), text.index("six"), []) is None
    text = "She told police he drove for 40 miles."
    assert naming.verb_before(_s(text), text.index("40"), []) is None


def test_an_object_ends_before_a_clause_that_describes_it():
    assert _event("The mayor signed a decree banning the fireworks on Tuesday.", "signed", "Tuesday") == \
        "the mayor signed a decree"
    assert _event("The council sent a letter that urged a recount on Friday.", "sent", "Friday") == \
        "the council sent a letter"
    # a noun in -ing inside the object is no clause ("the morning shift")
    assert _event("Rescuers freed the morning shift on Monday.", "freed", "Monday") == "rescuers freed the morning shift"


def test_a_reported_measure_before_money_still_names_it():
    text = "That tops the reported eight-year, $160 million offers by two rivals."
    lo = text.index("$160")
    assert naming.money_of(_s(text), lo, lo + len("$160 million")) == "of the eight-year offers"
    # a word that is no such adjective still bars it
    text = "That tops the Yankees eight-year, $160 million offers by two rivals."
    lo = text.index("$160")
    assert naming.money_of(_s(text), lo, lo + len("$160 million")) is None
