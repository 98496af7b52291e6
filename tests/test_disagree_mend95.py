"""disagree (mend95, after review129 of labels68): a gap is no length, an -ing noun is an object's own head, a team's
name keeps its capital, and a place with a trailing noun is kept. Invented sentences only, each rule both ways."""
from test_disagree import compared
from test_disagree_labels67 import _event, _s

from accord.disagree import naming


def _length(text: str, figure: str, names: list[tuple[str, str]] = ()) -> str | None:  # type: ignore[assignment]
    spans = [(text.index(n), text.index(n) + len(n), label) for n, label in names]
    return naming.verb_before(_s(text), text.index(figure), spans)


def _abouts(a: str, b: str) -> list[str]:
    return [d.about for d in compared(a, b).disagreements]


def test_a_gap_after_or_before_is_no_length_of_the_verb():
    # a pronoun, a name or a determiner: "later", "after …", "before …", "ago", "from …" count a gap, not a length
    for text, figure in [("He was found three days later in a ravine.", "three"),
                         ("He was sentenced two weeks after the verdict.", "two"),
                         ("She was rescued 12 hours after the quake.", "12"),
                         ("Police said he fled two hours before officers arrived.", "two"),
                         ("He retired 10 years later from the bank.", "10"),
                         ("She was released three weeks ago, her lawyer said.", "three"),
                         ("He was arrested 20 miles from the border.", "20"),
                         ("The man died three days after the attack.", "three"),
                         ("He was still missing three days on.", "three"),
                         ("The boy was found three days into the search.", "three")]:
        assert _length(text, figure) is None, text
    text = "Tom Reyes was arrested two days later in Ohio."
    assert _length(text, "two", [("Tom Reyes", "PERSON")]) is None
    # a length of what was done still names it, "for" before the figure included
    assert _length("He served four years in federal prison.", "four") == "he served"
    assert _length("He was hospitalized for three days after the crash.", "three") == "he was hospitalized"
    assert _length("They were trapped for 14 hours.", "14") == "they were trapped"
    assert _length("Officials said they walked 40 miles to reach the camp.", "40") == "they walked"
    assert _length("She worked 12 hours on Monday.", "12") == "she worked"
    assert _length("The inquiry lasted six months.", "six") == "the inquiry lasted"


def test_a_gap_keeps_the_quoted_fragment_end_to_end():
    abouts = _abouts("The hiker went missing on Friday. He was found three days later in a ravine.",
                     "The hiker went missing on Friday. He was found five days later in a ravine.")
    assert abouts and not any("how long he was found" in a for a in abouts)
    assert "how long he served" in _abouts("He served four years in federal prison.",
                                           "He served three years in federal prison.")


def test_an_ing_noun_is_the_objects_own_head():
    for text, verb, want in [
            ("The state appealed the court ruling to the Supreme Court on Monday.", "appealed",
             "the state appealed the court ruling"),
            ("The judge delayed the bail hearing to next week on Tuesday.", "delayed", "the judge delayed the bail hearing"),
            ("The mayor moved the council meeting to the library on Monday.", "moved",
             "the mayor moved the council meeting"),
            ("The state sent the emergency funding to Marion County on Monday.", "sent",
             "the state sent the emergency funding"),
            ("The city released the police recording to reporters on Thursday.", "released",
             "the city released the police recording"),
            ("The board shifted the school funding to charter schools on Tuesday.", "shifted",
             "the board shifted the school funding")]:
        assert _event(text, verb, text.split(" on ")[-1].rstrip(".")) == want, text
    # never cut to a modifier before "a": no object at all rather than "the county"
    assert _event("Protesters occupied the county building a second time on Monday.", "occupied", "Monday") == \
        "protesters occupied"
    assert _event("Officials lifted the boil-water warning a day later on Friday.", "lifted", "Friday") == \
        "officials lifted"
    # a verb in -ing that opens a clause still ends the object
    assert _event("Police found a note saying the boy was safe on Sunday.", "found", "Sunday") == "police found a note"
    assert _event("The firm hired a lawyer representing the victims on Monday.", "hired", "Monday") == \
        "the firm hired a lawyer"
    assert _event("The mayor signed the order during the meeting on Tuesday.", "signed", "Tuesday") == \
        "the mayor signed the order"
    assert _event("Voters approved a bond measure allowing the city to borrow on Tuesday.", "approved", "Tuesday") == \
        "voters approved a bond measure"


def test_a_plan_is_not_cut_before_an_ing_noun():
    assert _event("The council voted to stop funding the shelter on Monday.", "voted", "Monday") == "the council voted"


def test_a_teams_one_word_name_keeps_its_capital():
    for team in ("Rebels", "Volunteers"):
        text = f"{team} beat Utah State 31-24 on Saturday night."
        assert _event(text, "beat", "Saturday", [(team, "ORG"), ("Utah State", "ORG")]) == f"{team} beat Utah State"
    assert naming._lower_opening("Parents", 0, "Parents named the winners.") == "Parents"
    # a common word of people still loses a sentence's capital
    assert _event("Police arrested the driver on Friday.", "arrested", "Friday", [("Police", "ORG")]) == \
        "police arrested the driver"
    assert naming._lower_opening("Militants", 0, "Militants shelled the town.") == "militants"


def test_in_keeps_a_named_place_with_its_trailing_noun():
    text = "The former mayor appeared in Cook County court on Monday."
    assert _event(text, "appeared", "Monday", [("Cook County", "GPE")]) == "the former mayor appeared in Cook County court"
    text = "The suspect was booked in Harris County jail on Monday."
    assert _event(text, "booked", "Monday", [("Harris County", "GPE")]) == "the suspect was booked in Harris County jail"
    text = "The doctor appeared in Denver federal court on Monday."
    assert _event(text, "appeared", "Monday", [("Denver", "GPE")]) == "the doctor appeared in Denver federal court"
    # a name alone keeps only itself; a place going on past what ends the phrase keeps the place alone
    text = "The suspect was arrested in Lyon on Monday."
    assert _event(text, "arrested", "Monday", [("Lyon", "GPE")]) == "the suspect was arrested in Lyon"
    text = "The man was charged in Cook County prosecutors' case of fraud on Monday."
    assert _event(text, "charged", "Monday", [("Cook County", "GPE")]) == "the man was charged in Cook County"
    text = "The man appeared in Boston alongside his lawyer on Monday."
    assert _event(text, "appeared", "Monday", [("Boston", "GPE")]) == "the man appeared in Boston"
    # never a verb or a little word taken in ("in Boston was", "in Boston to")
    text = "The man who lived in Boston was arrested on Monday."
    assert "Boston" not in (_event(text, "arrested", "Monday", [("Boston", "GPE")]) or "")
