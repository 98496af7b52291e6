"""precision68 (issue 11): two counts of one noun are one slot only if the same thing happened to them
(``disagree/deeds``). Invented stories: counts of one slot told two ways stay reported, counts of two
different acts or services in one story are not."""
import pytest
from test_disagree_misses67 import found

from accord.disagree.deeds import _verb_deed, apart
from accord.model import Disagreement


def numbers(*texts: str) -> list[Disagreement]:
    """Every number disagreement of articles a, b, ... (first line a headline), compared as a brief does."""
    return [d for d in found(*texts) if d.kind == "number"]


@pytest.mark.parametrize("a, b", [
    # one act told by the same verb, or by one of its synonyms
    ("Rail strike strands commuters\nA sudden rail strike stranded 30,000 commuters in Birmingham on Monday morning, "
     "the operator said.",
     "Birmingham walkout hits rail travel\nAbout 50,000 commuters were stranded on Monday when train drivers in "
     "Birmingham walked out without notice, the operator said."),
    ("Ice storm knocks out power in Tulsa\nAn ice storm cut power to 120,000 customers in the Tulsa area on Thursday, "
     "the utility said.",
     "Tulsa ice storm leaves thousands in the dark\nAbout 85,000 customers were without power in and around Tulsa on "
     "Thursday after an ice storm brought down lines, Green Country Electric said."),
    ("Tech firm lays off staff\nCorvane Systems laid off 600 workers at its Austin offices on Monday, the company "
     "confirmed.",
     "Corvane cuts jobs\nCorvane Systems cut 850 workers from its Austin offices on Monday as it reorganises, a "
     "spokesman said."),
    ("Governor grants pardons\nGovernor Lena Shaw granted 42 pardons on Friday, her office said.",
     "Shaw issues pardons\nGovernor Lena Shaw issued 57 pardons on Friday, according to a statement from her office."),
    ("Wildfire destroys homes near Paradise Valley\nA fast-moving wildfire destroyed 63 homes in the hills above "
     "Paradise Valley on Monday, fire officials said.",
     "Fire sweeps through hillside neighbourhoods\nThe Ridge Fire has destroyed 91 homes near Paradise Valley, the "
     "county fire chief said Monday evening."),
    # the held-out kinds an earlier verb-as-event rule lost or made (misses67): still one slot each
    ("Governor pardons hundreds\nGovernor Tom Barrett pardoned 428 people on Tuesday, most of them convicted of "
     "marijuana possession.",
     "Barrett clemency\nGovernor Tom Barrett issued pardons to 510 people on Tuesday for old marijuana possession "
     "convictions, his office said."),
    ("Students charged after vandalism\nPolice charged six students with criminal damage after the vandalism at "
     "Harwick College on Saturday.",
     "Harwick College vandalism\nEight students have been charged with criminal damage over Saturday's vandalism at "
     "Harwick College, police said."),
    # one event class, two of its verbs; burned = destroyed (SAME_ACT)
    ("Grenade attack in Kabul\nA grenade attack on a wedding party in Kabul on Friday wounded 27 guests, police said.",
     "Kabul wedding attack\nThirty-four guests were injured when attackers threw a grenade into a wedding party in "
     "Kabul on Friday, the interior ministry said."),
    ("Bushfire in Victoria\nThe bushfire burned 48 homes in the Dandenong Ranges on Saturday, the fire authority said.",
     "Dandenong blaze\nAt least 60 homes were destroyed by the bushfire in the Dandenong Ranges on Saturday, "
     "emergency officials said."),
    # one crowd told by what it did
    ("Students protest tuition rise\nAbout 2,000 students gathered outside the parliament in Wellington on Thursday "
     "to protest against higher tuition fees.",
     "Wellington tuition protest\nSome 3,500 students marched to parliament in Wellington on Thursday against the "
     "rise in tuition fees, police said."),
])
def test_one_slot_told_two_ways_stays_reported(a, b):
    assert len(numbers(a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # people asked and people who answered
    ("Survey on city parks\nThe city council surveyed 2,000 residents about the future of Riverside Park last month.",
     "Residents back park plan\nAn estimated 3,500 people answered the survey on Riverside Park, and most backed the "
     "council's plan to keep it free of development."),
    # two things that happened to commuters
    ("Signal failure hits London trains\nA signal failure at Clapham Junction stranded 30,000 commuters on Tuesday "
     "evening, Network Rail said.",
     "Evening chaos on southern rail lines\nThe signal fault at Clapham Junction on Tuesday delayed 45,000 commuters, "
     "according to the rail operator."),
    # two services
    ("Storm cuts power across Savannah\nThe storm cut power to 12,000 customers in Savannah on Wednesday, Georgia "
     "Power said.",
     "Savannah storm damage\nIn Savannah, 3,000 customers were without water on Wednesday after the storm damaged a "
     "pumping station, the city said."),
    # power restored and power still out
    ("Crews restore power after storm\nPower was restored to 40,000 customers in Raleigh on Thursday, Duke Energy "
     "said.",
     "Raleigh outages linger\nAbout 65,000 customers in Raleigh were still without power on Thursday, Duke Energy "
     "said."),
    # flights cancelled and flights delayed
    ("Fog disrupts Heathrow flights\nMore than 200 flights were cancelled at Heathrow on Friday as thick fog covered "
     "southern England.",
     "Heathrow fog chaos\nThick fog at Heathrow on Friday delayed 600 flights, according to the airport."),
    # workers hired and workers laid off
    ("Retailer shakes up staff\nBrightmart hired 500 workers at its new distribution centre in Reno this month.",
     "Brightmart job changes\nBrightmart laid off 300 workers at its Reno store network this month, the company said."),
    # all the hurt and those taken to hospital
    ("Stand collapses at football ground\nA temporary stand collapsed at a football ground in Cordoba on Sunday, "
     "injuring 45 people, officials said.",
     "Cordoba stadium accident\nTwelve people were hospitalised after a stand gave way at a football ground in "
     "Cordoba on Sunday, a hospital spokesman said."),
    # parents who came and parents who signed
    ("Town hall on school closures\nAbout 400 parents attended Tuesday's town hall on school closures in Fairview.",
     "Fairview school closures\nAt Tuesday's meeting in Fairview, 150 parents signed a letter opposing the school "
     "closures."),
])
def test_counts_of_two_deeds_are_not_one_slot(a, b):
    assert numbers(a, b) == []


def test_a_deed_unread_on_one_side_sets_nothing_apart():
    assert not apart("act:strand", None)
    assert not apart("act:delay", "service:power")  # an act and a service: not told apart
    assert not apart("act:kill", "act:die")  # one event class
    assert not apart("act:survey", "act:poll")  # one act (SAME_ACT)
    assert apart("service:power", "restored:power")
    assert apart("act:injur", "act:hospitalise")  # one class, but a part of it
    assert not apart("act:hospitalise", "act:hospitalis")


@pytest.mark.parametrize("word, deed", [
    ("stranded", "strand"), ("laid", "lay"), ("hit", "hit"),
    # light verbs: a figure reported or measured, a crowd drawn, a causative whose deed comes after it
    ("estimated", None), ("registered", None), ("granted", None), ("drew", None), ("forced", None), ("asked", None),
])
def test_verbs_read_as_deeds(word, deed):
    assert _verb_deed(word) == deed
