"""disagree.naming (labels67): the `about` of a slot built from the clause's own structure, never four words
cut from either side of the figure; invented sentences only, each rule both ways."""
from accord.disagree import naming
from accord.model import Sentence


def _s(text: str) -> Sentence:
    return Sentence(article="a", index=0, text=text)


def _event(text: str, word: str, time: str, names: list[tuple[str, str]] = ()) -> str | None:  # type: ignore[assignment]
    at, lo = text.index(word), text.index(time)
    spans = [(text.index(n), text.index(n) + len(n), label) for n, label in names]
    return naming.event_phrase(_s(text), at, word, (lo, lo + len(time)), spans)


def test_a_subject_after_a_word_that_opens_a_clause():
    assert _event("Dozens fled when a gas leak briefly closed the plant on Tuesday.", "closed",
                  "Tuesday") == "a gas leak briefly closed the plant"
    # a preposition that opens no clause still leaves the subject unknown
    assert _event("Staff of a firm from Kelso were charged on Monday.", "charged", "Monday") is None


def test_a_bare_subject_that_opens_its_clause():
    assert _event("Last spring, Dunmore residents approved a new school levy.", "approved", "Last spring",
                  [("Dunmore", "GPE")]) == "Dunmore residents approved a new school levy"
    assert _event("On Monday, firefighters contained the blaze.", "contained", "On Monday") == \
        "firefighters contained the blaze"
    # one capitalised word after a comma is a name the tagger missed, or a list: no subject
    assert _event("Police, Smith reported on Friday.", "reported", "Friday") is None


def test_a_named_object_of_any_kind_and_an_age_apposition():
    assert _event("A blaze destroyed the Kelso Public Library early Sunday.", "destroyed", "early Sunday",
                  [("Kelso Public Library", "FAC")]) == "a blaze destroyed the Kelso Public Library"
    assert _event("Ann Roe, 41, resigned on Friday.", "resigned", "Friday", [("Ann Roe", "PERSON")]) == \
        "Ann Roe resigned"
    # a name past a preposition is no object of the verb
    assert _event("Ann Roe resigned on Friday in Kelso.", "resigned", "Friday",
                  [("Ann Roe", "PERSON"), ("Kelso", "GPE")]) == "Ann Roe resigned"


def test_a_sentence_opening_name_with_which_is_the_subject():
    assert _event("HMS Arden, which relieved the frigate Kestrel in early May, sailed on.", "relieved", "early May",
                  [("HMS Arden", "ORG"), ("Kestrel", "ORG")]) == "HMS Arden relieved the frigate Kestrel"
    # a name inside the sentence with "which" after it is no subject ("the store in Banstead, which broke out")
    assert _event("Crews fought a blaze at a shop in Banstead, which broke out at 8pm.", "broke", "8pm",
                  [("Banstead", "GPE")]) != "Banstead broke out"


def test_verb_words_keep_a_pronoun_and_auxiliaries():
    text = "She told police she struck the boy with her hand on Saturday night."
    assert naming.verb_words(_s(text), text.index("struck"), "struck", []) == "she struck the boy"
    text = "Two aides of a councillor from Kelso were indicted Thursday."
    assert naming.verb_words(_s(text), text.index("indicted"), "indicted", []) == "were indicted"


def test_what_a_worth_is_of():
    text = "The paper says the deal is worth at least $90 million."
    assert naming.worth_told(_s(text), text.index("$90")) == "the deal is worth"
    text = "Shares of Kelso are worth about $9 each."
    assert naming.worth_told(_s(text), text.index("$9")) is None  # no determiner: whose shares, in which deal


def test_a_rate_names_its_unit():
    text = "He signed for $12 million per season through 2030."
    assert naming.rate_of(_s(text), text.index(" per")) == "per season"
    text = "He signed for $12 million in 2030."
    assert naming.rate_of(_s(text), text.index(" in 2030")) is None


def test_a_length_names_what_it_is_the_length_of():
    text = "Officers held three hours of talks with the gunman."
    assert naming.length_of(_s(text), text.index("three"), text.index(" of talks")) == "of the talks"
    text = "The smaller vessel, a 12-metre trawler, was towed in."
    assert naming.length_of(_s(text), text.index("12-metre"), text.index(" trawler")) == "of the trawler"
    text = "He spent three hours of the day in court."
    assert naming.length_of(_s(text), text.index("three"), text.index(" of the day")) is None


def test_a_length_before_a_happening():
    text = "She had moved three months before he was arrested."
    assert naming.gap_to(_s(text), text.index(" before")) == "before he was arrested"
    text = "She had moved three months before moving again."
    assert naming.gap_to(_s(text), text.index(" before")) is None


def test_a_share_of_a_counted_whole():
    text = "Nearly half of the 140 delegates voting backed the plan."
    assert naming.share_of(_s(text), text.index(" of the 140")) == "of the 140 delegates"
    text = "Nearly half of the 140 voted."
    assert naming.share_of(_s(text), text.index(" of the 140")) is None


def test_a_plan_keeps_what_it_is_for():
    text = "He is next scheduled to appear in court on June 3."
    assert naming.verb_words(_s(text), text.index("scheduled"), "scheduled", []) == "he is next scheduled to appear in court"
    text = "He returned to the house on June 3."
    assert naming.verb_words(_s(text), text.index("returned"), "returned", []) == "he returned"


def test_a_share_after_a_count_may_name_a_code():
    text = "About 60% of 310 COVID-19 cases were mild."
    assert naming.share_of(_s(text), text.index(" of 310")) == "of 310 COVID-19 cases"
    text = "About 60% of COVID-19 cases were mild."
    assert naming.share_of(_s(text), text.index(" of COVID")) is None


def test_an_adverb_after_the_noun_ends_what_money_is_of():
    text = "The plan would cut $4 billion in school spending overall."
    assert naming.figure_of(_s(text), text.index(" in school")) == "in school spending"


def test_a_moment_is_named_by_the_verb_right_after_its_time():
    from test_disagree import compared
    found = compared("At 6:10am, firefighters were called to a warehouse on Mill Lane.",
                     "At 6:25am, firefighters were called to a warehouse on Mill Lane, the brigade said.")
    (d,) = [d for d in found.disagreements if d.kind == "date"]
    assert d.about == "time firefighters were called", d.about
    # a teller's verb after the time names nothing: the kind alone, never four words cut around it
    found = compared("The blast shook the street at 6:10am, neighbours said.",
                     "The blast shook the street at 6:25am, residents said.")
    assert all("said" not in d.about for d in found.disagreements)


def test_pulled_over_keeps_its_particle_only_before_a_stop_or_preposition():
    text = "He was pulled over for speeding at 1:30 a.m."
    assert naming.verb_words(_s(text), text.index("pulled"), "pulled", []) == "he was pulled over"
    text = "She pulled over the car at 1:30 a.m."
    assert naming.verb_words(_s(text), text.index("pulled"), "pulled", []) == "she pulled"


def test_a_unit_word_left_out_of_the_mention_is_skipped():
    text = "Officers began three hours of talks with the gunman."
    assert naming.length_of(_s(text), text.index("three"), text.index(" hours")) == "of the talks"
    text = "She had moved three months before he was arrested."
    assert naming.gap_to(_s(text), text.index(" months")) == "before he was arrested"


def test_a_subject_right_after_the_time():
    assert _event("On Friday 3 May, at 6:10am firefighters were called to Mill Lane.", "called", "6:10am") == \
        "firefighters were called"
    assert _event("On Friday 3 May, at 6:10am the, were called to Mill Lane.", "called", "6:10am") is None


def test_a_moment_is_not_named_by_the_next_step_of_a_chain():
    from test_disagree import compared
    found = compared("A helicopter spotted the swimmer at 9:19 p.m. and deployed a rescue diver.",
                     "A helicopter spotted the swimmer at 9:40 p.m. and deployed a rescue diver.")
    assert all("deployed" not in d.about for d in found.disagreements)
    assert [d.about for d in found.disagreements if d.kind == "date"] == ["time a helicopter spotted the swimmer"]
