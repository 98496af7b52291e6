"""misses67 (issue 11's list of missed kinds): an age, a title or rank, a surname, the day of one
event, a count whose verb is outside the event list and one remark's turning word, each told two
ways (must report) beside a look-alike (must not), on small invented stories."""
import pytest

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.model import Article, Disagreement
from accord.options import DEFAULT


def found(*texts: str) -> list[Disagreement]:
    """Every disagreement of articles a, b, ... (first line a headline) compared as a brief does."""
    arts = []
    for k, t in enumerate(texts):
        title, _, body = t.partition("\n")
        arts.append(Article(id=chr(97 + k), title=title, text=body))
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts]).disagreements


def kinds(ds: list[Disagreement], kind: str) -> list[Disagreement]:
    return [d for d in ds if d.kind == kind]


# -- title or rank -----------------------------------------------------------------------------------
PROFESSOR = ("Professor charged with fraud\nMatthew Kanan, an assistant professor of chemistry at Westbrook "
             "University, was charged on Monday with grant fraud.")


def test_a_rank_given_two_ways_is_reported():
    (d,) = kinds(found(PROFESSOR, "Chemist accused of fraud\nProsecutors on Monday charged Matthew Kanan, an associate "
                       "professor of chemistry at Westbrook University, with grant fraud."), "other")
    assert {v.normalized for v in d.values} == {"assistant professor", "associate professor"}


@pytest.mark.parametrize("other", [
    # a promotion told as news: the rank it was from is no rank held now
    "Westbrook promotes chemist\nMatthew Kanan was promoted from assistant professor to associate professor of "
    "chemistry at Westbrook University on Monday.",
    # a rank held before
    "Chemist in fraud case\nMatthew Kanan, a former associate professor of chemistry at Westbrook University, "
    "was charged on Monday.",
    # a rank at another body
    "Chemist in fraud case\nMatthew Kanan, an associate professor of chemistry at Hillcrest College until 2015, "
    "was charged on Monday.",
])
def test_a_rank_not_held_now_or_at_another_body_is_not_reported(other):
    assert not [d for d in found(PROFESSOR, other) if "Kanan" in d.about]


def test_an_officers_title_at_another_company_or_in_the_past_is_not_reported():
    ceo = "Executive arrested\nLarry Munro, the chief executive officer of Hartwell Foods, was arrested on Wednesday."
    assert kinds(found(ceo, "Executive held\nHartwell Foods chief operating officer Larry Munro was arrested on "
                       "Wednesday in a bribery inquiry."), "other")
    assert not kinds(found(ceo, "Executive held\nPolice arrested Larry Munro, the chief operating officer of Dayton "
                           "Mills, on Wednesday."), "other")
    assert not kinds(found("Executive arrested\nLarry Munro, the former chief executive officer of Hartwell Foods, "
                           "was arrested on Wednesday.", "Executive held\nHartwell Foods chief operating officer Larry "
                           "Munro was arrested on Wednesday."), "other")
    assert not kinds(found("Prosecutor retries case\nActing District Attorney Paula Reyes said on Monday the case "
                           "would be retried.", "Retrial ordered\nAssistant District Attorney Paula Reyes said on "
                           "Monday the case would be retried."), "other")


# -- an age -------------------------------------------------------------------------------------------
def test_one_persons_age_told_in_a_sentence_of_another_day_is_reported():
    # "died Saturday" / "mourned on Monday": two days of the week, one person's one age
    ds = found("Student killed in crash\nAnna Kowalski, 21, a nursing student, died Saturday when her car left "
               "Route 9, police said.",
               "College mourns student\nHillcrest College on Monday mourned Anna Kowalski, a 22-year-old nursing "
               "student killed in a crash on Route 9.")
    (d,) = kinds(ds, "number")
    assert d.about == "age of Anna Kowalski" and {v.normalized for v in d.values} == {21, 22}


def test_two_peoples_ages_or_an_age_of_another_year_are_not_reported():
    assert not kinds(found("Two charged\nKevin Marsh, 21, and Dale Ortiz, 22, were charged with robbery on Friday.",
                           "Robbery charges\nDale Ortiz, 22, and Kevin Marsh, 21, were charged on Friday."), "number")
    assert not kinds(found("Sailor honoured\nHarold Pike, 74, received the Medal of Valor on Thursday for a "
                           "rescue in 1968.",
                           "Medal for sailor\nHarold Pike was 19 in 1968 when he saved three crewmates, and on "
                           "Thursday he received the Medal of Valor."), "number")


# -- a surname ------------------------------------------------------------------------------------------
def test_one_given_name_and_age_with_another_surname_is_reported():
    (d,) = kinds(found("Suspect held\nPolice identified the suspect as Marcus Delaney, 27, of Ashby. He was "
                       "arrested on Tuesday night.",
                       "Arrest in heist\nMarcus Delgado, 27, of Ashby, was arrested Tuesday night in connection "
                       "with the robbery, police said."), "name")
    assert {v.value for v in d.values} == {"Marcus Delaney", "Marcus Delgado"}


@pytest.mark.parametrize("other", [
    # another person of that given name and age, a surname nothing like it
    "Jeweller hurt\nThe store's owner, Marcus Reed, 27, was treated for cuts after the robbery on Tuesday.",
    # an article naming both: two people
    "Cousins in court\nMarcus Delgado, 27, appeared in court on Wednesday. His cousin, Marcus Delaney, 27, "
    "faces the same charge.",
    # another age: not the same person told otherwise
    "Arrest in heist\nMarcus Delgado, 31, of Ashby, was arrested Tuesday night, police said.",
])
def test_another_person_of_one_given_name_is_not_reported(other):
    assert not kinds(found("Suspect held\nPolice identified the suspect as Marcus Delaney, 27, of Ashby. He was "
                           "arrested on Tuesday night.", other), "name")


# -- a count whose verb is outside the event list ------------------------------------------------------------
def test_people_a_verb_outside_the_event_list_takes_as_object_are_one_count():
    (d,) = kinds(found("Storm damage\nThe storm has affected about 84,000 people in the eastern province, the "
                       "agency said on Sunday.",
                       "Storm update\nSome 100,000 people have been affected by the storm in the eastern province, "
                       "the agency said on Sunday."), "number")
    assert {v.normalized for v in d.values} == {84000, 100000}


@pytest.mark.parametrize("other", [
    "Storm update\nSome 100,000 people were evacuated from the eastern province, the agency said on Sunday.",
    "Storm update\nThe storm damaged 100,000 homes in the eastern province, the agency said on Sunday.",
    "Storm update\nThe agency surveyed 100,000 people in the eastern province after the storm, it said on Sunday.",
])
def test_counts_of_another_verb_or_noun_are_not_one_count(other):
    assert not kinds(found("Storm damage\nThe storm has affected about 84,000 people in the eastern province, the "
                           "agency said on Sunday.", other), "number")


def test_two_verbs_of_one_noun_are_two_counts():
    assert not kinds(found("Strike\nThe rail strike stranded 30,000 commuters in Lorne on Monday, the authority said.",
                           "Strike\nThe rail strike delayed 45,000 commuters in Lorne on Monday, the authority said. "
                           "Some 30,000 were stranded at stations."), "number")


# -- one remark with a word that changes its meaning ---------------------------------------------------------
def test_a_short_remark_with_a_qualifier_swapped_is_reported():
    (d,) = kinds(found("Coach confident\n\"We are certainly the better side,\" Lindqvist said on Thursday.",
                       "Lindqvist cautious\n\"We are probably the better side,\" Lindqvist said on Thursday."), "quote")
    assert d.about.startswith("words of")


@pytest.mark.parametrize("a, b", [
    # another speaker's remark
    ("\"We are certainly the better side,\" Lindqvist said on Thursday.",
     "\"We are probably the better side,\" Hale said on Thursday."),
    # one word that turns nothing: a synonym of certainty
    ("\"We are certainly the better side,\" Lindqvist said on Thursday.",
     "\"We are definitely the better side,\" Lindqvist said on Thursday."),
    # two words changed: another remark
    ("\"We are certainly the better side,\" Lindqvist said on Thursday.",
     "\"We were probably the weaker side,\" Lindqvist said on Thursday."),
])
def test_another_speaker_or_a_word_that_turns_nothing_is_not_reported(a, b):
    assert not kinds(found("Final\n" + a, "Final\n" + b), "quote")


# -- the day of one event (caught before misses67; kept as a guard) ------------------------------------------
def test_the_day_one_person_died_and_the_day_of_the_funeral():
    assert kinds(found("Icon dies\nBettie Page died Thursday in Los Angeles, her agent said.",
                       "Icon dead\nBettie Page died Friday at a Los Angeles hospital, her agent said."), "date")
    assert not kinds(found("Icon dies\nBettie Page died Thursday in Los Angeles, her agent said.",
                           "Funeral\nBettie Page will be buried Friday in Los Angeles. Page, who died Thursday, "
                           "was 85."), "date")
