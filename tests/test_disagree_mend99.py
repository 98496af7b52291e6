"""mend99: precision69's roles narrowed after review132. A count's own verb in a known contrast ("responded",
"answered") is never overwritten by a role; the roll is read only for voters and only when the count has no verb of
its own; "axed" cancels flights and routes and is set apart from hiring only; a race's field and finishers are read
only for a race's entrants and "the finish line" (never "the Line of Control"); "let go" is a lay-off only of staff;
``_told_at`` ends a clause the splitter left whole at an abbreviation before a word that opens a clause."""
from types import SimpleNamespace

import pytest

from accord.disagree.deeds import _role, apart
from accord.disagree.events import _told_at
from tests.test_disagree_precision68 import numbers


@pytest.mark.parametrize("a, b", [
    # those who took part, told by "registered voters participated" and "voters cast ballots" (F2)
    ("Referendum in Vardia\nAbout 1.1 million registered voters participated in Sunday's referendum in Vardia, the election board said.",
     "Vardia referendum\nSome 1.3 million voters cast ballots in Sunday's referendum in Vardia, observers said."),
    ("Kellen by-election\nSome 52,000 registered voters took part in Thursday's by-election in Kellen, the returning officer said.",
     "Kellen vote\nAbout 58,000 voters voted in Thursday's by-election in Kellen, the local paper reported."),
    # a museum's tally of visitors is no roll (F3)
    ("Late opening at museum\nThe city museum registered 12,000 visitors during Saturday's late opening, its director said.",
     "Museum night\nSome 15,000 visitors turned out for the city museum's late opening on Saturday, organisers said."),
    # "axed" is what it cuts (F4)
    ("Ryanjet cuts Dublin flights\nRyanjet axed 40 flights from Dublin on Friday as storms hit Ireland, the airline said.",
     "Storm grounds Dublin flights\nRyanjet cancelled 55 flights from Dublin on Friday as storms hit Ireland, the airport said."),
    ("Bus cuts in Westmoor\nThe county council axed 24 bus routes in Westmoor on Tuesday to save money, the council said.",
     "Westmoor bus cuts\nThe county council scrapped 30 bus routes in Westmoor on Tuesday, a passenger group said."),
    ("Volta Motors job losses\nVolta Motors axed 1,200 workers at its Turin plant on Monday, the union said.",
     "Volta cuts\nVolta Motors dismissed 1,500 workers at its Turin plant on Monday, a company filing showed."),
    ("Brennan Steel cuts staff\nBrennan Steel laid off 200 workers at its Gary mill on Tuesday, the union said.",
     "Gary mill job losses\nBrennan Steel axed 350 workers at its Gary mill on Tuesday, a company filing showed."),
    # crossing into a place is no race (F5)
    ("Migrants reach Ceuta\nAbout 1,200 migrants entered Spain's enclave of Ceuta on Monday, Spanish officials said.",
     "Ceuta crossing\nSome 1,500 migrants completed the swim to Spain's enclave of Ceuta on Monday, Moroccan media said."),
    ("Villagers flee shelling\nAbout 400 villagers crossed the Line of Control on Wednesday to escape shelling, officials said.",
     "Kashmir villagers\nSome 650 villagers entered Pakistan-administered Kashmir on Wednesday to escape shelling, police said."),
    ("Border crossing\nAbout 2,000 refugees entered Moldova on Sunday, the border police said.",
     "Moldova refugees\nSome 2,600 refugees crossed the line into Moldova on Sunday, an aid group said."),
    # the roll told by two forms
    ("Harlow electoral roll\nThe commission registered 4.1 million voters in Harlow province ahead of the March vote, officials said.",
     "Harlow province vote\nSome 4.5 million voters are registered in Harlow province ahead of the March vote, an observer group said."),
])
def test_one_group_told_by_other_words_stays_reported(a, b):
    assert len(numbers(a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # a poll's sample against its respondents (F1): "responded" / "answered" stay the count's own deed
    ("Marist poll\nThe Marist poll surveyed 1,400 registered voters by phone last week, the institute said.",
     "Poll finds split\nSome 1,050 registered voters responded to the Marist poll last week, the institute said."),
    ("Governor's race poll\nPollsters questioned 900 registered voters in Ohio last week, the university said.",
     "Ohio poll\nAbout 640 registered voters answered the poll in Ohio last week, the university said."),
    # what precision69 set apart and still does: the roll against the turnout, the field against the finishers,
    # hiring against axing
    ("Selby by-election\nSome 72,000 voters are registered in Selby for Thursday's by-election, the council said.",
     "Selby turnout low\nAbout 31,000 voters turned out in Thursday's by-election in Selby, the returning officer said."),
    ("Heat hits Lakeshore Marathon\nAbout 4,000 runners started the Lakeshore Marathon on Sunday in the heat, organisers said.",
     "Lakeshore Marathon\nAbout 3,100 runners finished the Lakeshore Marathon on Sunday, race officials said."),
    ("Brennan hires\nBrennan Steel hired 200 workers at its Gary mill on Tuesday, the union said.",
     "Brennan job losses\nBrennan Steel axed 350 workers at its Gary mill on Tuesday, a company filing showed."),
    ("Parcelnet hiring\nParcelnet hired 300 workers at its Leeds depot on Monday, the company said.",
     "Parcelnet cuts\nParcelnet let go 450 workers at its Leeds depot on Monday, the GMB union said."),
    # axed flights are cancelled ones, apart from delayed ones; a race's field against those who crossed the line
    ("Fog at Heathrow\nBritish Skyways axed 40 flights at Heathrow on Monday because of fog, the airline said.",
     "Heathrow fog\nBritish Skyways delayed 120 flights at Heathrow on Monday because of fog, the airport said."),
    ("Tour stage\nAbout 180 riders started the mountain stage of the Tour on Sunday, organisers said.",
     "Tour mountain stage\nSome 150 riders crossed the line at the end of Sunday's mountain stage, the race jury said."),
])
def test_different_groups_stay_apart(a, b):
    assert not numbers(a, b)


@pytest.mark.parametrize("before, after, role", [
    ("The museum registered ", " visitors on Saturday", None),  # a tally, not the roll
    ("The commission registered ", " voters in Lagos", "register"),
    ("The region has ", " registered voters ahead of the vote", "register"),
    ("", " registered voters took part in the vote", None),  # the voters did something: no roll
    ("", " eligible voters showed up", None),
    ("", " migrants completed the swim to Ceuta", None),
    ("", " swimmers completed the crossing", "race-finish"),
    ("", " villagers crossed the Line of Control", None),
    ("", " riders crossed the line in Paris", "race-finish"),
    ("", " runners crossed the finish line", "race-finish"),
    ("", " migrants entered Spain", None),
    ("The concert drew ", " fans", None),
    ("Gunmen let go ", " hostages on Sunday", None),
    ("The club let go of ", " players", None),
    ("Police let ", " detainees go", None),
    ("Courier let go ", " journalists", "lay"),
    ("Acme let ", " staff go", "lay"),
])
def test_roles_only_for_their_nouns(before, after, role):
    assert _role(before, after) == role


def test_a_race_role_is_its_own_name():
    assert apart("act:race-field", "act:race-finish") and apart("act:sign", "act:race-finish")
    assert not apart("act:enter", "act:finish") and not apart("act:axe", "act:dismiss") and not apart("act:axe", "act:lay")
    assert apart("act:hir", "act:axe")


@pytest.mark.parametrize("text, time, word", [
    # the splitter left the sentence whole: the clause ends at "U.S." / "St." before "Officials" / "Witnesses"
    ("The ferry left Havana shortly after 6 a.m. bound for the U.S. Officials detained two men on board.", "6 a.m.", ""),
    ("Shortly after 3 a.m. on Main St. Witnesses heard a loud bang.", "3 a.m.", ""),
    ("Shortly after 5 p.m. near the border with the U.S. Police stopped the convoy.", "5 p.m.", ""),
    # a name after the abbreviation goes on
    ("At 4:15 a.m. U.S. Coast Guard crews rescued 14 fishermen off Key West.", "4:15 a.m.", "rescued"),
    ("Around 11 p.m. Sgt. Ray Holt shot the suspect in the leg.", "11 p.m.", "shot"),
    ("At 5 p.m. E.U. ministers approved the deal.", "5 p.m.", "approved"),
])
def test_told_at_ends_at_an_abbreviation_before_a_clause(text, time, word):
    i = text.index(time)
    w = SimpleNamespace(sentence=SimpleNamespace(text=text), start=i, end=i + len(time), event_word=None)
    assert _told_at(w)[1] == word
