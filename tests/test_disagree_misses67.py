"""misses67 (issue 11's list of missed kinds) after its review (review127, mend93): a title or rank,
an age, a surname, the day of one event, a count whose verb is outside the event list and a short
remark, each told two ways (must report) beside a look-alike (must not), on small invented stories."""
import pytest

from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.roles import _not_now
from accord.model import Article, Disagreement, Sentence
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


@pytest.mark.parametrize("other", [
    # a sentence's first word is no body (review127 F5)
    "Navy\nThe navy opened an inquiry. But Commodore Alan Finch was relieved of command on Friday after the "
    "frigate ran aground.",
    "Navy\nYesterday Commodore Alan Finch was relieved of command after the frigate ran aground.",
    # nor a month or a place after the name
    "Navy\nCommodore Alan Finch, who took command in May, was relieved of command on Friday after the frigate ran "
    "aground.",
])
def test_a_rank_with_a_connective_month_or_place_beside_it_is_reported(other):
    (d,) = kinds(found("Navy\nCommander Alan Finch of HMS Resolute was relieved of command on Friday after the "
                       "frigate ran aground.", other), "other")
    assert {v.normalized for v in d.values} == {"commander", "commodore"}


@pytest.mark.parametrize("other", [
    # "identified as" is no change of post (F6)
    "Doctor charged\nThe woman charged on Monday was identified as Ruth Abara, an associate professor of surgery "
    "at Linden University.",
    # "promoting" a product is no promotion (F7)
    "Doctor charged\nProsecutors on Monday charged Ruth Abara, an associate professor of surgery at Linden "
    "University, with promoting an unapproved device.",
])
def test_identified_as_or_promoting_a_product_does_not_unread_a_rank(other):
    (d,) = kinds(found("Surgeon charged\nRuth Abara, an assistant professor of surgery at Linden University, was "
                       "charged on Monday with fraud.", other), "other")
    assert {v.normalized for v in d.values} == {"assistant professor", "associate professor"}


@pytest.mark.parametrize("other", [
    # a change of post told with "named as", "was appointed", "promoted ... to"
    "Surgeon charged\nRuth Abara, who was named as associate professor of surgery at Linden University in May, "
    "was charged on Monday.",
    "Surgeon charged\nLinden University promoted Ruth Abara to associate professor of surgery last year; she was "
    "charged on Monday.",
])
def test_a_rank_a_verb_of_change_governs_is_not_reported(other):
    assert not kinds(found("Surgeon charged\nRuth Abara, an assistant professor of surgery at Linden University, "
                           "was charged on Monday with fraud.", other), "other")


def test_new_in_a_place_name_is_not_a_new_post():
    text = "Prosecutors charged New York University Associate Professor Matthew Kanan with fraud."
    s = Sentence(article="a", index=0, text=text)
    assert not _not_now(s, text[:text.index("Associate")])
    text = "The new associate professor, Matthew Kanan, was charged."
    assert _not_now(Sentence(article="a", index=0, text=text), "The new ")


# -- an age (as on main: ages told on two days or months are set apart) --------------------------------------
def test_one_persons_two_ages_told_of_one_day_are_reported():
    (d,) = kinds(found("Climber found\nRescuers on Tuesday found the body of Lena Hart, 29, a climber missing "
                       "since Sunday.",
                       "Missing climber found dead\nLena Hart, 33, was found dead on Tuesday by rescuers, officials "
                       "said."), "number")
    assert {v.normalized for v in d.values} == {29, 33}


@pytest.mark.parametrize("a, b", [
    # two people's ages
    ("Two charged\nKevin Marsh, 21, and Dale Ortiz, 22, were charged with robbery on Friday.",
     "Robbery charges\nDale Ortiz, 22, and Kevin Marsh, 21, were charged on Friday."),
    # an age of another year
    ("Sailor honoured\nHarold Pike, 74, received the Medal of Valor on Thursday for a rescue in 1968.",
     "Medal for sailor\nHarold Pike was 19 in 1968 when he saved three crewmates, and on Thursday he received "
     "the Medal of Valor."),
    # months apart: a birthday may fall between an arrest and a sentence (review127 F2)
    ("Arrest in fraud case\nPolice in March arrested Owen Tate, 41, over a pension fraud in Lorne.",
     "Fraudster jailed\nOwen Tate, 42, was jailed in November for six years over the Lorne pension fraud."),
    # a birthday told on its day (review127 F3)
    ("Veteran honoured\nWalter Lund, 99, was honoured by the veterans' club on Friday ahead of his birthday.",
     "Veteran turns 100\nNeighbours gathered on Sunday for Walter Lund, 100, who turned 100 that day."),
])
def test_two_peoples_ages_or_an_age_of_another_time_are_not_reported(a, b):
    assert not kinds(found(a, b), "number")


# -- a surname (no rule of misses67 left: one given name and one age are not one person) ----------------------
def test_two_people_of_one_given_name_and_age_are_not_reported():
    # the suspect and the victim of one shooting, both 22 (review127 F1)
    assert not kinds(found("Man charged in shooting\nPolice on Tuesday charged Daniel Wilson, 22, with assault "
                           "over a shooting on Bay Road.",
                           "Victim recovering\nDaniel Williams, 22, was shot in the arm on Bay Road and is "
                           "recovering, his family said."), "name")


# -- a count whose verb is outside the event list (misses67's verb-object rule was taken out: on held-out news it
# lost "pardoned 428 people" / "issued pardons to hundreds of people" and set "charged two students" against
# "arrest warrants for six students"); counts of another verb or noun stay apart --------------------------------
@pytest.mark.parametrize("other", [
    "Storm update\nSome 100,000 people were evacuated from the eastern province, the agency said on Sunday.",
    "Storm update\nThe storm damaged 100,000 homes in the eastern province, the agency said on Sunday.",
])
def test_counts_of_another_verb_or_noun_are_not_one_count(other):
    assert not kinds(found("Storm damage\nThe storm has affected about 84,000 people in the eastern province, the "
                           "agency said on Sunday.", other), "number")


# -- a short remark (no rule of misses67 left: one word changed may be another remark of another day) -------
def test_a_remark_turned_by_a_qualifier_is_reported():
    (d,) = kinds(found("Budget\n\"We will not cut the library budget this year,\" Mayor Joan Pell said on Tuesday.",
                       "Budget\n\"We will probably cut the library budget this year,\" Mayor Joan Pell said on "
                       "Tuesday."), "quote")
    assert d.about.startswith("words of")


@pytest.mark.parametrize("a, b", [
    # one word apart, said at two stages of a story (review127 F4)
    ("\"We have not found the boat,\" Capt. Rhys Owen said on Monday.",
     "\"We have found the boat,\" Capt. Rhys Owen said on Wednesday, adding the crew was safe."),
    ("\"I may seek the seat,\" Ortiz told a breakfast meeting in May.",
     "\"I will seek the seat,\" Ortiz told supporters on Saturday."),
    # another speaker's remark
    ("\"We are certainly the better side,\" Lindqvist said on Thursday.",
     "\"We are probably the better side,\" Hale said on Thursday."),
])
def test_a_short_remark_with_one_word_changed_is_not_reported(a, b):
    assert not kinds(found("Story\n" + a, "Story\n" + b), "quote")


# -- the day of one event (caught before misses67; kept as a guard) ------------------------------------------
def test_the_day_one_person_died_and_the_day_of_the_funeral():
    assert kinds(found("Icon dies\nBettie Page died Thursday in Los Angeles, her agent said.",
                       "Icon dead\nBettie Page died Friday at a Los Angeles hospital, her agent said."), "date")
    assert not kinds(found("Icon dies\nBettie Page died Thursday in Los Angeles, her agent said.",
                           "Funeral\nBettie Page will be buried Friday in Los Angeles. Page, who died Thursday, "
                           "was 85."), "date")
