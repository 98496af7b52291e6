"""disagree (mend92): an `about` never states something wrong; where no right label can be built it stays
plain or falls back. Invented sentences only, each rule both ways."""
from test_disagree import compared
from test_disagree_labels67 import _event, _s

from accord.disagree import naming


def _abouts(a: str, b: str) -> list[str]:
    return [d.about for d in compared(a, b).disagreements]


def test_a_noun_after_a_time_word_is_never_the_subject():
    for text in ("A woman detained after the protest appeared in court on Monday.",
                 "After the ruling supporters gathered outside on Monday.",
                 "Families displaced since the storm returned home on Monday.",
                 "Two men held until the hearing were released on Monday."):
        word = next(w for w in ("appeared", "gathered", "returned", "released") if w in text)
        phrase = _event(text, word, "Monday")
        assert phrase is None or not any(n in phrase for n in ("protest", "ruling", "storm", "hearing")), phrase
    # a comma after the time word's phrase, or a clause opened by "when", still gives the subject
    assert _event("After the ruling, supporters gathered outside on Monday.", "gathered", "Monday") == \
        "supporters gathered"
    assert _event("Shops shut when the power failed on Monday.", "failed", "Monday") == "the power failed"


def test_a_riot_arrest_is_labelled_plainly_end_to_end():
    abouts = _abouts("A teenager arrested after the disorder appeared in court on Monday.",
                     "A teenager arrested after the disorder appeared in court on Thursday.")
    assert abouts and not any("disorder appeared" in a for a in abouts), abouts


def test_a_year_ago_is_no_yearly_rate():
    assert naming.rate_of(_s("The bank lost $30 million a year ago."), len("The bank lost $30 million")) is None
    assert naming.rate_of(_s("Sales were $12 million a year earlier."), len("Sales were $12 million")) is None
    assert naming.rate_of(_s("He earns $90,000 a year as a nurse."), len("He earns $90,000")) == "a year"
    assert naming.rate_of(_s("The club pays him $4 million per season."), len("The club pays him $4 million")) == \
        "per season"


def test_within_days_of_and_years_of_age_are_no_length():
    text = "He was discharged within 36 hours of admission, the clinic said."
    lo = text.index("36")
    assert naming.length_of(_s(text), lo, lo + len("36 hours")) is None
    text = "The driver, 52 years of age, was unhurt."
    lo = text.index("52")
    assert naming.length_of(_s(text), lo, lo + len("52 years")) is None
    text = "They ended 14 hours of talks on Friday."
    lo = text.index("14")
    assert naming.length_of(_s(text), lo, lo + len("14 hours")) == "of the talks"


def test_a_level_reached_is_not_a_change():
    text = "Unemployment in the region climbed to 8.1 percent in May."
    assert naming.change_before(_s(text), text.index("8.1"), []) is None
    text = "Mayor Ruiz won 61 percent in the first round."
    assert naming.change_before(_s(text), text.index("61"), []) is None
    text = "Airline shares tumbled 9 percent on Friday."
    assert naming.change_before(_s(text), text.index("9 percent"), []) == "airline shares tumbled"
    text = "Copper prices fell by 4 percent in March."
    assert naming.change_before(_s(text), text.index("4 percent"), []) == "copper prices fell"


def test_the_subject_past_an_inserted_clause_is_its_head_name():
    abouts = _abouts("Tom Grady, who was struck by driver Paul Neff, died on Tuesday.",
                     "Grady, struck by driver Paul Neff, died on Friday.")
    assert abouts and not any("Neff died" in a for a in abouts), abouts
    abouts = _abouts("Tom Grady, who was struck by driver Paul Neff, died on Tuesday.",
                     "Tom Grady, who was struck by driver Paul Neff, died on Friday.")
    assert abouts == ["day Tom Grady died"], abouts


def test_a_passive_keeps_its_was_after_an_inserted_clause():
    abouts = _abouts("Ray Cole, who robbed two banks, was paroled on Monday.",
                     "Ray Cole, who robbed two banks, was paroled on Wednesday.")
    assert abouts == ["day Ray Cole was paroled"], abouts


def test_a_time_is_never_tied_to_a_verb_past_before_or_while():
    abouts = _abouts("The storm cut power at 4:15am before engineers restored the line.",
                     "The storm cut power at 4:50am before engineers restored the line.")
    assert abouts and not any("restored" in a and "cut" not in a for a in abouts), abouts
    abouts = _abouts("Fire crews were called at 2:10am and found the barn alight.",
                     "Fire crews were called at 2:35am and found the barn alight.")
    assert abouts and not any("found" in a and "called" not in a for a in abouts), abouts


def test_an_opening_adverb_and_a_nationality_adjective():
    assert _event("Later divers recovered the car on Sunday.", "recovered", "Sunday") == "divers recovered the car"
    assert _event("Meanwhile rescuers reached the village on Sunday.", "reached", "Sunday") == \
        "rescuers reached the village"
    assert _event("The navy shelled Somali pirates on Sunday.", "shelled", "Sunday",
                  [("Somali", "NORP")]) == "the navy shelled"
    assert _event("The court fined Danish on Sunday.", "fined", "Sunday", [("Danish", "NORP")]) == \
        "the court fined Danish"
