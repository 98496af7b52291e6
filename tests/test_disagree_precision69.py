"""precision69 (issue 11): counts of different roles of one event are never one slot. Those on the roll against
those who voted, a race's field against its finishers, pardons against commuted sentences and hiring against
"let go" / "axed" are read from the count's own clause (``deeds._role``) and set apart only by ``CONTRASTS``, so
one role told twice, or a role against a verb in no contrast, stays reported."""
from types import SimpleNamespace

import pytest

from accord.disagree.deeds import _role, apart, lemma
from accord.disagree.events import _told_at
from tests.test_disagree_precision68 import numbers


@pytest.mark.parametrize("a, b", [
    # voters who voted, told by two verbs
    ("Calder county votes\nAbout 82,000 voters cast ballots in Tuesday's mayoral election in Calder County, the county clerk said.",
     "Record day in Calder\nRoughly 97,000 voters turned out in Tuesday's mayoral election in Calder County, the local paper reported."),
    ("Tarn by-election\nAbout 41,000 registered voters cast ballots in Sunday's by-election in Tarn, the prefecture said.",
     "Tarn vote\nSome 46,000 registered voters cast ballots in Sunday's by-election in Tarn, local media reported."),
    # the roll told twice
    ("Ostrava prepares for election\nThe region has 1.2 million registered voters ahead of Sunday's regional election, officials said.",
     "Ostrava region election\nThe region has 1.4 million registered voters ahead of Sunday's regional election, an observer mission said."),
    ("Lagos voter roll\nAbout 7 million voters are registered in Lagos state for Saturday's governorship election, the commission said.",
     "Lagos governorship vote\nLagos state has 7.8 million registered voters for Saturday's governorship election, an observer group said."),
    # finishers told twice, the field told twice
    ("Heat slows Lakeshore Marathon\nAbout 3,100 runners finished the Lakeshore Marathon on Sunday despite the heat, organisers said.",
     "Lakeshore Marathon in the heat\nSome 3,600 runners crossed the finish line at the Lakeshore Marathon on Sunday, race officials said."),
    ("Harbour run draws crowds\nThe Harbour Half Marathon drew 4,000 runners on Saturday, organisers said, a record for the event.",
     "Harbour Half Marathon\nAbout 4,800 runners started the Harbour Half Marathon on Saturday morning, the timing company said."),
    # one clemency told twice
    ("President commutes death sentences\nPresident Ruto commuted the sentences of 40 death-row inmates on Monday, the state house said.",
     "Death row reprieve\nPresident Ruto commuted the sentences of 55 death-row inmates on Monday, a human rights group said."),
    # one job cut told by "laid off", "axed", "let go", "sacked", "fired", "cut"
    ("Brennan Steel cuts staff\nBrennan Steel laid off 200 workers at its Gary mill on Tuesday, the union said.",
     "Gary mill job losses\nBrennan Steel axed 350 workers at its Gary mill on Tuesday, a company filing showed."),
    ("Parcelnet trims workforce\nParcelnet let go 300 workers at its Leeds depot on Monday, the GMB union said.",
     "Parcelnet layoffs\nParcelnet laid off 450 workers at its Leeds depot on Monday, a spokesman confirmed."),
    ("Airline sheds cabin crew\nSkyhawk Airways sacked 400 cabin crew on Thursday, the union said.",
     "Skyhawk cabin crew\nSkyhawk Airways let go of 520 cabin crew on Thursday, according to a staff memo seen by reporters."),
    ("Newspaper cuts newsroom\nThe Daily Courier fired 60 journalists on Wednesday, the union said.",
     "Courier layoffs\nThe Daily Courier let go 85 journalists on Wednesday, according to an internal memo."),
    ("Mill closes\nHartley Paper let 240 workers go on Friday as it shut its Oxford mill, the union said.",
     "Hartley mill closure\nHartley Paper laid off 310 workers on Friday as it shut its Oxford mill, the company said."),
    ("Telecom giant cuts jobs\nNordtel cut 1,200 jobs in Sweden on Wednesday as it shut two call centres, the company said.",
     "Nordtel job cuts\nNordtel axed 1,500 jobs in Sweden on Wednesday, a union representative said."),
])
def test_one_role_told_twice_stays_reported(a, b):
    assert len(numbers(a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # the roll against the turnout
    ("Calder county election\nCalder County has 120,000 registered voters for Tuesday's mayoral election, the county clerk said.",
     "Calder turnout\nAbout 82,000 voters cast ballots in Tuesday's mayoral election in Calder County, poll workers said."),
    ("Selby by-election\nSome 72,000 voters are registered in Selby for Thursday's by-election, the council said.",
     "Selby turnout low\nAbout 31,000 voters turned out in Thursday's by-election in Selby, the returning officer said."),
    ("Lagos voter roll\nThe electoral commission registered 7 million voters in Lagos state for Saturday's governorship election.",
     "Lagos turnout\nAbout 1.9 million voters voted in Lagos state in Saturday's governorship election, observers said."),
    ("Ostrava regional election\nThe region has 1.2 million registered voters for Sunday's election, officials said.",
     "Ostrava election\nOfficials counted a turnout of 640,000 voters in Sunday's regional election in Ostrava."),
    # a race's field against its finishers
    ("Harbour run\nThe race drew 4,000 runners on Saturday, organisers of the Harbour Half Marathon said.",
     "Harbour Half Marathon results\nKenyan runners took the top three places, with 3,100 runners crossing the line at the "
     "Harbour Half Marathon on Saturday, the timing company said."),
    ("Heat hits Lakeshore Marathon\nAbout 4,000 runners started the Lakeshore Marathon on Sunday in the heat, organisers said.",
     "Lakeshore Marathon\nAbout 3,100 runners finished the Lakeshore Marathon on Sunday, race officials said."),
    ("Ironman Nice\nSome 2,800 athletes entered the Ironman race in Nice on Sunday, organisers said.",
     "Nice Ironman finish\nAbout 2,100 athletes completed the Ironman race in Nice on Sunday, a race spokesman said."),
    ("Charity run in Bristol\nSome 5,000 runners signed up for the Bristol 10k on Sunday, organisers said.",
     "Bristol 10k\nAbout 4,200 runners finished the Bristol 10k on Sunday, the race director said."),
    # two acts of clemency
    ("Governor grants clemency\nGovernor Ellen Hart pardoned 12 inmates on Friday, her office said.",
     "Ridgeland clemency\nGovernor Ellen Hart commuted the sentences of 40 inmates on Friday, a prison reform group said."),
    ("Clemency in Ridgeland\nGovernor Ellen Hart pardoned 12 inmates on Friday, her office said.",
     "Ridgeland clemency\nThe sentences of 40 inmates were commuted by Governor Ellen Hart on Friday, a reform group said."),
    # hiring against a job cut told as "axed" or "let go"
    ("Brennan Steel hiring\nBrennan Steel hired 200 workers at its Gary mill on Tuesday, the union said.",
     "Brennan job losses\nBrennan Steel axed 350 workers at its Gary mill on Tuesday, a company filing showed."),
    ("Parcelnet hires\nParcelnet hired 300 workers at its Leeds depot on Monday ahead of the Christmas rush, the company said.",
     "Parcelnet cuts\nParcelnet let go 450 workers at its Leeds depot on Monday, the GMB union said."),
    ("Mill hiring\nHartley Paper hired 240 workers on Friday for its new Oxford mill, the union said.",
     "Hartley mill\nHartley Paper let 310 workers go on Friday as it shut its old Oxford mill, the company said."),
])
def test_counts_of_two_roles_are_not_one_slot(a, b):
    assert numbers(a, b) == []


@pytest.mark.parametrize("before, after, role", [
    ("The region has ", " registered voters ahead of Sunday's election", "register"),
    ("", " voters are registered in Lagos state", "register"),
    ("", " registered voters cast ballots in Tarn", "vote"),  # the count's own verb wins over the attribute
    ("", " people voted in Sunday's referendum", "vote"),
    ("", " voters turned out in Selby", "vote"),
    ("", " people turned out for the protest", None),  # a crowd turns out too: no vote
    ("Officials counted a turnout of ", " voters", "vote"),
    ("The race drew ", " runners on Saturday", "race-field"),
    ("with ", " runners crossing the line", "race-finish"),
    ("", " athletes completed the Ironman race", "race-finish"),
    ("President Ruto commuted the sentences of ", " inmates", "commute"),
    ("", " death sentences were commuted", "commute"),
    ("Parcelnet let go of ", " workers", "lay"),
    ("Hartley Paper let ", " workers go on Friday", "lay"),
    ("The storm killed ", " people", None),
    ("", " people were killed in the flood", None),
])
def test_role_is_read_from_the_counts_own_clause(before, after, role):
    assert _role(before, after) == role


def test_roles_are_apart_only_by_a_contrast():
    assert apart("act:register", "act:vote") and apart("act:race-field", "act:race-finish") and apart("act:pardon", "act:commute")
    # mend99: the race roles are their own names: "entered" / "finished" of any other noun split nothing
    assert not apart("act:enter", "act:finish") and not apart("act:enter", "act:complet")
    assert apart("act:hir", "act:lay") and apart("act:hir", f"act:{lemma('axed')}")
    # a role against a verb in no contrast, or two words of one role, splits nothing
    assert not apart("act:vote", "act:march") and not apart("act:race-field", "act:march")
    assert not apart("act:lay", "act:fir") and not apart("act:axe", "act:lay") and not apart("act:race-finish", "act:withdraw")
    assert lemma("axed") == "axe" and lemma("used") is None


@pytest.mark.parametrize("text, time, word", [
    ("At 4:15 a.m. U.S. Coast Guard crews rescued 14 fishermen off Key West.", "4:15 a.m.", "rescued"),
    ("Shortly after 9 a.m. Gov. Laura Kelly declared an emergency in Ellis County.", "9 a.m.", "declared"),
    ("Around 3 p.m. Acme Inc. shares fell sharply on the news.", "3 p.m.", "fell"),
    ("At 9 a.m. police arrived. U.S. officials said nothing.", "9 a.m.", "arrived"),
    ("At 9 a.m. the storm hit. Crews closed the road.", "9 a.m.", "hit"),  # a real full stop still ends the clause
    # an initialism is one word of the seven a moment's verb is looked for in
    ("Around 9:30 p.m., the U.S. Coast Guard helicopter team spotted a swimmer off Crane Beach.", "9:30 p.m.", "spotted"),
    ("At 6 a.m. the small old wooden fishing boat finally ran aground near the harbour.", "6 a.m.", ""),  # eight: none
])
def test_a_moments_clause_runs_past_an_abbreviation(text, time, word):
    i = text.index(time)
    w = SimpleNamespace(sentence=SimpleNamespace(text=text), start=i, end=i + len(time), event_word=None)
    assert _told_at(w)[1] == word  # type: ignore[arg-type]
