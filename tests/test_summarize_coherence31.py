"""coherence31 (issue 13): a summary that reads like news — no other account's "yesterday" after the
lede, no reaction before the event, an epithet's two-word state. Invented texts."""
import numpy as np

from accord.model import Article, Fact, Sentence
from accord.options import DEFAULT
from accord.summarize import choose, coherence, reacts
from accord.summarize.coherence import stem
from accord.summarize.events import writer_day
from accord.summarize.features import view



def _two_accounts(a: list[str], b: list[str]) -> tuple[list[Fact], list[Article]]:
    """Two articles "a" and "b", one single-source fact per sentence, in their order."""
    facts = [Fact(id=f"{art}{k}", text=t, sentences=[Sentence(art, k, t)], support=[art], independent=1)
             for art, texts in (("a", a), ("b", b)) for k, t in enumerate(texts)]
    return facts, [Article(id="a", title="", text="\n".join(a)), Article(id="b", title="", text="\n".join(b))]


def test_a_day_counted_from_the_writers_own_is_a_writer_day() -> None:
    assert writer_day("The mayor told reporters yesterday that the bridge would stay shut.")
    assert writer_day("But last week, the builder told the council that the cracks were older.")
    assert writer_day("The airline said its staff found the dog in a cargo hold this morning.")
    assert writer_day("A spokesman for the fire service told the Gazette today that the cause was unclear.")
    assert writer_day("The board will meet again tomorrow to vote on the offer.")
    assert writer_day("Officials confirmed the closure earlier this week.")
    assert writer_day("The singer cancelled the show last Monday.")
    assert writer_day("The council voted to close the harbour road today.")
    # near cases: a weekday or a date alone, "today" as "nowadays", a day inside quotation marks
    assert not writer_day("The mayor told reporters on Monday that the bridge would stay shut.")
    assert not writer_day("The museum reopened its doors on Sept. 12 after a flood.")
    assert not writer_day("Most bread today is made from wheat grown far away.")
    assert not writer_day("Today, the order opposes the practice it once defended.")
    assert not writer_day("Young adults stay home longer in today's economy.")
    assert not writer_day("“We found him this morning,” the owner said.")
    assert not writer_day("The storm hit the coast last month.")


LEDE = ["Milltown lawmakers voted on Tuesday to close the old harbour bridge to all traffic.",
        "Engineers found deep cracks in two of its steel supports during a routine inspection."]
OTHER = ["The harbour bridge in Milltown will close to traffic after a vote by the town council.",
         "Council member Rita Ogden told reporters yesterday that repairs could take two full years.",
         "Ferry operators across the bay offered to run extra boats while the crossing stays closed."]


def _summary(a: list[str], b: list[str], **opts: object) -> list[str]:
    facts, arts = _two_accounts(a, b)
    scores = np.array([2.5, 1.0, 0.5, 2.0, 1.0])
    return [c.text for c in choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=50, **opts))]


def test_another_accounts_yesterday_is_not_taken_after_the_lede() -> None:
    out = _summary(LEDE, OTHER)
    assert out[0] == LEDE[0]
    assert OTHER[1] not in out  # dated by its writer's day: a day the reader cannot place against the lede's
    assert OTHER[2] in out  # the budget goes to what reads where it stands
    assert OTHER[1] in _summary(LEDE, OTHER, summary_fill_writer_days=False)  # the rule off: taken (before)
    dated = OTHER[:1] + [OTHER[1].replace("yesterday", "on Wednesday")] + OTHER[2:]
    assert dated[1] in _summary(LEDE, dated)  # near: a named weekday reads against the lede's Tuesday
    # near: the lede's own account may count from its writer's day — the summary's day is its day
    own = [LEDE[0], "Council member Rita Ogden told reporters yesterday that repairs could take two years."]
    assert own[1] in _summary(own, [OTHER[0], OTHER[2], "Shops near the harbour expect fewer customers."])


def test_a_reaction_to_a_thing_the_sentence_never_says_is_no_lede() -> None:
    assert reacts("Jane Holt, head of the local heritage trust, called the work an “insult.”")
    assert reacts("Critics slammed the decision as reckless and unfair.")
    assert reacts("The union condemned the move, saying it would cost jobs.")
    assert reacts('The council called it a "disgrace."')
    # near cases: the thing is said in the sentence, or the verb tells an event, or no verdict follows
    assert not reacts("Mayor Ann Lee called the decision to close the plant a mistake.")
    assert not reacts("The union criticized the city's plan to cut wages.")
    assert not reacts("Police suspended the work on Monday after a crane fell.")
    assert not reacts("The family called the police after the fire.")
    assert not reacts("She called the station an hour later.")
    assert not reacts("The senator welcomed the ruling, which struck down the state's voting law.")

    reaction = ["Jane Holt, head of the local heritage trust, called the work an “insult.”",
                "She said the artist had not asked the town before he began.",
                "The trust wants the council to review how it picks festival shows."]
    event = ["An artist has been sealed in a steel box beneath a busy city road for a three-day festival show.",
             "Organisers said more than 3,000 people watched as the road was resurfaced above him.",
             "Air will be pumped into the box, where he will spend the days reading and drawing."]
    facts, arts = _two_accounts(reaction, event)
    scores = np.array([2.4, 1.0, 0.6, 2.2, 1.2, 0.8])
    out = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60))
    assert out[0].text == event[0]  # the event opens; the verdict on "the work" reads after it or not at all
    said = [reaction[0].replace("called the work", "called the artist's buried-box show")] + reaction[1:]
    facts, arts = _two_accounts(said, event)
    near = choose(view(facts, arts, embed=False), scores, DEFAULT.with_(words=60))
    assert near[0].text == said[0]  # near: a reaction that says what it is about keeps its rank


def test_an_epithet_with_a_two_word_state_presupposes_the_state() -> None:
    r = coherence.reading('"We cannot wait," the South Carolina Republican said on Sunday.', [])
    assert stem("carolina") in r.presupposed
    assert stem("kentucky") in coherence.reading('"We cannot wait," the Kentucky Republican said.', []).presupposed
    # near: the sentence names the state itself before the epithet
    near = coherence.reading('In South Carolina, "we cannot wait," the South Carolina Republican said.', [])
    assert stem("carolina") not in near.presupposed
    # near: a name follows the office, so no epithet stands for a person
    assert not coherence.reading("The South Carolina Republican leader Tom Reed said no.", []).presupposed
