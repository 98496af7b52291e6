"""precision70: each side and type a reader can trust — a bound is its own side, "about N" reaches what rounds
to N, a count told as earlier is another happening, a race's registered field, "red" is no verb, and a fact told
with its toll ("…, killing 14") keeps its pointer to the toll's disagreement. Invented stories."""
from accord.briefing import build
from accord.disagree import naming
from test_disagree import compared
from test_sides import _arts, _links


def _sides(*texts: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.type, [(s.value, s.articles) for s in d.values]) for d in compared(*texts).disagreements]


# -- a bound that leaves out its number is its own side --------------------------------------------------
def test_a_plain_figure_never_sits_under_a_bound_that_excludes_it():
    assert _sides("A bus plunged into a ravine in Peru's Cusco region on Sunday, killing fewer than 20 people, police said.",
                  "A bus crash in Peru's Cusco region on Sunday killed 20 people, police said.",
                  "The bus crash in Peru's Cusco region on Sunday killed 35 people, the health ministry said.") \
        == [("conflict", [("fewer than 20", ["a"]), ("20", ["b"]), ("35", ["c"])])]
    assert _sides("A ferry capsized off Sulawesi on Thursday with nearly 300 passengers aboard, the navy said.",
                  "The ferry that capsized off Sulawesi on Thursday was carrying 300 passengers, the operator said.",
                  "The ferry that capsized off Sulawesi on Thursday carried 250 passengers, port officials said.") \
        == [("conflict", [("nearly 300", ["a"]), ("300", ["b"]), ("250", ["c"])])]
    # "more than 50" / 50 / 70: 50 and 70 exclude each other (was vague, under one side "more than 50")
    assert _sides("Police arrested more than 50 protesters in Lagos on Saturday.",
                  "Police arrested 50 protesters in Lagos on Saturday.",
                  "Police arrested 70 protesters in Lagos on Saturday.")[0][0] == "conflict"


def test_wordings_of_one_value_and_a_bound_that_holds_it_share_a_side():
    # "Some 300" and "300" are one value told two ways; "at least 12" holds 12
    assert _sides("Some 300 homes were damaged by the storm in Cebu on Friday, officials said.",
                  "The storm damaged 300 homes in Cebu on Friday.",
                  "The storm damaged 250 homes in Cebu on Friday, the Red Cross said.") \
        == [("conflict", [("Some 300", ["a", "b"]), ("250", ["c"])])]
    assert [v for _, sides in _sides("At least 12 miners were trapped after the mine collapsed in Shanxi on Wednesday.",
                                     "Twelve miners were trapped after the mine collapsed in Shanxi on Wednesday.",
                                     "Twenty miners were trapped after the mine collapsed in Shanxi on Wednesday.")
            for v, _ in sides] == ["At least 12", "Twenty"]
    # a bound and its own number alone are no disagreement
    assert _sides("A landslide buried a village in Nepal on Monday, killing fewer than 20 people, police said.",
                  "A landslide buried a village in Nepal on Monday, killing 20 people, police said.") == []


# -- "about N" reaches what rounds to N, no farther than the gap ------------------------------------------
def test_an_approximation_reaches_its_rounding_not_a_fixed_gap():
    # the guidelines' conflict: "roughly 2,300" (2,200–2,400 at most) never reaches 2,500
    assert _sides("The Pentagon is sending roughly 2,300 troops to the southern border region, officials said on Thursday.",
                  "The Pentagon is sending 2,500 troops to the southern border region, officials said on Thursday.")[0][0] \
        == "conflict"
    assert _sides("The Pentagon is sending roughly 2,300 troops to the southern border region, officials said on Thursday.",
                  "The Pentagon is sending around 2,400 troops to the southern border region, officials said on Thursday.",
                  "The Pentagon is sending 2,500 troops to the southern border region, officials said on Thursday.")[0][0] \
        == "conflict"
    assert _sides("About 630 students were sent home from the school on Monday after the gas leak.",
                  "The gas leak forced the school to send 700 students home on Monday.")[0][0] == "conflict"


def test_an_approximation_still_reaches_a_figure_it_rounds():
    for texts in (("About 45 passengers were evacuated from the bus on Tuesday, witnesses said.",
                   "A fire on a city bus forced the evacuation of 47 passengers on Tuesday, police said."),
                  ("Police arrested about 120 protesters in the capital on Saturday.",
                   "Police arrested 112 protesters in the capital on Saturday."),
                  ("About 1,000 workers joined the strike at the port on Monday, the union said.",
                   "1,050 workers joined the strike at the port on Monday, managers said."),
                  ("About 2,000 homes lost power in the storm on Friday, the utility said.",
                   "The storm cut power to 2,200 homes on Friday."),
                  ("Almost 100 people were injured when the stands collapsed on Sunday.",
                   "The collapse of the stands on Sunday injured 89 people, hospital officials said."),
                  # an estimate is no rounding: it keeps the gap
                  ("Thieves stole jewels worth an estimated $102 million from the store on Thursday.",
                   "Thieves stole jewels worth $108 million from the store on Thursday, police said.")):
        assert _sides(*texts)[0][0] == "vague", texts


# -- a count told as earlier is another happening ----------------------------------------------------------
def test_a_count_told_as_earlier_is_not_set_against_a_dated_one():
    assert _sides("Three undersea cables were cut in the Baltic Sea on Tuesday, the navy said.",
                  "Five cables had previously been cut in the Baltic Sea, the navy said.") == []
    assert _sides("Three undersea cables were cut in the Baltic Sea on Tuesday, the navy said.",
                  "Earlier, five cables were cut in the Baltic Sea, the navy said.") == []
    assert _sides("The company hired 300 workers at its new plant on Tuesday, it said.",
                  "The company had earlier hired 120 workers at the plant, it said.") == []


def test_two_counts_of_one_dated_happening_and_a_running_toll_keep_their_slot():
    assert _sides("Three undersea cables were cut in the Baltic Sea on Tuesday, the navy said.",
                  "Five undersea cables were cut in the Baltic Sea on Tuesday, officials said.")[0][0] == "conflict"
    # the past perfect of reported speech tells no earlier happening
    assert _sides("Officials said the storm had destroyed 300 homes in Tonga on Friday.",
                  "The storm destroyed 250 homes in Tonga on Friday, the Red Cross said.")[0][0] == "conflict"
    assert _sides("Five people were killed in the floods on Monday, officials said.",
                  "Earlier, three people had been killed in the floods, officials said.")[0][0] == "evolving"


# -- a race's registered field is the field, not its finishers ---------------------------------------------
def test_runners_registered_for_a_race_are_its_field():
    assert _sides("About 6,000 runners are registered for the city marathon on Sunday, organisers said.",
                  "Some 4,800 runners finished the city marathon on Sunday, organisers said.") == []
    assert _sides("More than 2,000 cyclists were entered in the hill race on Saturday.",
                  "Only 1,400 cyclists crossed the finish line in the hill race on Saturday.") == []
    # two fields still disagree
    assert _sides("About 6,000 runners are registered for the city marathon on Sunday, organisers said.",
                  "Some 7,500 runners are registered for the city marathon on Sunday, the city said.")[0][0] == "conflict"


def test_pardoned_and_freed_are_not_set_against_each_other():
    assert _sides("The president pardoned 12 prisoners on Independence Day, his office said.",
                  "The president freed 30 prisoners on Independence Day, his office said.") == []
    assert _sides("The president pardoned 12 prisoners on Independence Day, his office said.",
                  "The president pardoned 30 prisoners on Independence Day, state media said.")[0][0] == "conflict"


# -- "red" is no past form ---------------------------------------------------------------------------------
def test_words_that_only_end_in_ed_are_no_past_form():
    assert not any(naming.is_past(w) for w in ("red", "Red", "hundred", "speed", "Ahmed", "bed"))
    assert all(naming.is_past(w) for w in ("evacuated", "fed", "led", "shed", "struck", "reported"))
    found = compared("Around 9:40 p.m. red flares were seen over the harbour and the coast guard launched a boat.",
                     "Around 10:15 p.m. red flares were seen over the harbour, the coast guard said.")
    assert [d.about for d in found.disagreements] == ["time red flares were seen"]


# -- a fact told with its toll keeps the pointer to the toll ------------------------------------------------
def test_a_fact_told_with_its_toll_links_to_the_toll():
    brief = build(_arts(
        "Twelve workers were killed when a bridge collapsed in Genoa on Tuesday, and two nearby buildings were evacuated.",
        "A bridge collapsed in Genoa on Tuesday, killing 14 workers, officials said.",
        "A dozen workers were killed when the bridge collapsed in Genoa on Tuesday."))
    assert _links(brief)["A bridge collapsed in Genoa on Tuesday."] == ["workers killed in Genoa"]
    brief = build(_arts(
        "A gas explosion destroyed an apartment block in Lodz on Thursday, injuring three residents, police said.",
        "A gas explosion destroyed an apartment block in Lodz on Thursday, injuring five residents.",
        "Five residents were hurt when a gas explosion destroyed an apartment block in Lodz on Thursday."))
    assert _links(brief)["A gas explosion destroyed an apartment block in Lodz on Thursday."] == ["people injured in Lodz"]


def test_a_figure_in_another_clause_is_no_toll_of_the_fact():
    brief = build(_arts(
        "A fire broke out at a warehouse in Dunmore on Monday, and forty workers were evacuated from the building.",
        "A fire broke out at a warehouse in Dunmore on Monday. About 60 workers were evacuated, police said.",
        "A fire broke out at a warehouse in Dunmore on Monday, officials said."))
    assert _links(brief)["A fire broke out at a warehouse in Dunmore on Monday."] == []


# -- a figure followed by another clause's sources is the story's figure -------------------------------------
def test_sources_of_another_clause_do_not_make_a_figure_a_count_of_sources():
    from accord.disagree.verify import _SOURCES
    # the words right after the figure, as ``verify._around`` gives them
    assert not _SOURCES.search("but sources close to the negotiations say it is less than")
    assert not _SOURCES.search("and officials familiar with the plan said it")
    assert _SOURCES.search("u.s. officials familiar with the matter said")
    assert _sides("The report finds the minister approved the deal, four Veltian officials familiar with the matter said.",
                  "The report finds the minister approved the deal, three Veltian officials familiar with the matter "
                  "said.") == []


def test_a_bound_side_is_not_stated_by_its_bare_number():
    from accord import support
    from accord.analyse import analyse_story
    from accord.model import Article, Disagreement, Side
    from accord.options import DEFAULT
    d = Disagreement(kind="number", about="amount of the offer", type="conflict", compatible=False, values=[
        Side(value="$184 million", normalized=184000000, articles=["a"], evidence=""),
        Side(value="in excess of $160 million", normalized=160000000, articles=["b"], evidence="")])

    def first(text: str):
        return analyse_story([Article(id="x", title="", text=text)], DEFAULT)[0]["x"][0]
    # another team's $160 million offer states no side of this one ("in excess of" leaves 160 out)
    assert not support.states_a_side(first("The Nationals made him an eight-year, $160 million offer."), d)
    assert support.states_a_side(first("The Red Sox offered him $184 million over eight years."), d)
    # mend104: a fact giving the side's own bound, worded otherwise, still states it
    share = Disagreement(kind="number", about="market share", type="vague", compatible=True, values=[
        Side(value="nearly three quarters", normalized=75, articles=["a"], evidence=""),
        Side(value="nearly 70 percent", normalized=70, articles=["b"], evidence="")])
    assert support.states_a_side(first("The Veltis browser runs on nearly three-quarters of the world's phones."), share)
    assert not support.states_a_side(first("The Veltis browser runs on three-quarters of the world's phones."), share)


# -- mend104 (review140) -----------------------------------------------------------------------------------
def test_a_previously_near_a_figure_is_no_earlier_happening():
    assert _sides("Militants fired 20 rockets at the army base on Sunday, the army said.",
                  "A previously unknown group said it fired 12 rockets at the army base on Sunday.")[0][0] == "conflict"
    assert _sides("Militants fired 20 rockets at the army base on Sunday, the army said.",
                  "A previously unknown group said it fired 12 rockets at the army base.")[0][0] == "conflict"
    # a side dated like the other is no earlier happening, whatever its adverb
    assert _sides("Three undersea cables were cut in the Baltic Sea on Tuesday, the navy said.",
                  "Five cables had previously been cut in the Baltic Sea on Tuesday, officials said.")[0][0] == "conflict"
    # still two happenings: the earlier one told as done, not as said
    assert _sides("The company hired 300 workers at its new plant on Tuesday, it said.",
                  "The company had previously hired 120 workers at the plant, it said.") == []


def test_an_earlier_report_of_one_count_is_evolving_not_dropped():
    for texts in (("Rescuers pulled 40 survivors from the rubble in Hatay on Tuesday, officials said.",
                   "Earlier, officials said rescuers had pulled 25 survivors from the rubble in Hatay."),
                  ("The storm knocked out power to 45,000 homes in the county on Saturday, the utility said.",
                   "Earlier, the utility said the storm had knocked out power to 30,000 homes in the county."),
                  ("The airline cancelled 450 flights on Friday as the storm hit the east coast, FlightAware said.",
                   "The airline had already cancelled 300 flights as the storm hit the east coast, a spokeswoman said.")):
        assert _sides(*texts)[0][0] == "evolving", texts
        assert _sides(*texts[::-1])[0][0] == "evolving", texts
    # an earlier report larger than the dated count is no tally growing: the disagreement stays
    assert _sides("The airline cancelled 250 flights on Friday as the storm hit the east coast, FlightAware said.",
                  "The airline had already cancelled 300 flights as the storm hit the east coast, a spokeswoman said.")[0][0] \
        == "conflict"


def test_a_conjunction_inside_the_sources_phrase_keeps_the_count_of_sources():
    from accord.disagree.verify import _SOURCES
    assert _SOURCES.search("current and former officials familiar with the probe said")
    assert _SOURCES.search("u.s. and israeli officials familiar with the talks")
    assert not _SOURCES.search("rockets and officials familiar with the attack said")
    assert _sides("Two current and former officials familiar with the probe said the agency opened an inquiry on Monday.",
                  "Three current and former officials familiar with the probe said the agency opened an inquiry on Monday.") == []
    # a clause's comma ends the look-back even before "and"
    assert _sides("The club offered $160 million, and two officials familiar with the talks said it would rise.",
                  "The club offered $184 million for the pitcher, the team said.") != []


def test_the_rounding_reach_does_not_jump_at_a_final_five():
    frame = ("{} people were evacuated from the town on Monday, officials said.",
             "Police said {} people were evacuated from the town on Monday.")
    for a, b in (("About 2,300", "2,500"), ("About 2,500", "2,300"), ("About 4,400", "4,000"), ("About 4,500", "4,000")):
        assert _sides(frame[0].format(a), frame[1].format(b))[0][0] == "conflict", (a, b)
    for a, b in (("About 2,500", "2,450"), ("About 2,300", "2,380"), ("About 4,500", "4,300")):
        assert _sides(frame[0].format(a), frame[1].format(b))[0][0] == "vague", (a, b)


def test_an_earlier_report_names_its_words_as_its_time():
    d = compared("Rescuers pulled 40 survivors from the rubble in Hatay on Tuesday, officials said.",
                 "Earlier, officials said rescuers had pulled 25 survivors from the rubble in Hatay.").disagreements[0]
    assert sorted(s.time for s in d.values) == ["earlier (Earlier)", "later"]


def test_a_plain_figure_and_its_own_bound_left_alone_are_no_disagreement() -> None:
    """A last gate: two sides of one figure, one plain and one bounded or approximate, are the same value
    in other words — also where a later check took away a third side (the lead's held-out check found
    "8,000" / "more than 8,000" reported). Two bounds either side of one figure, or two figures, stay."""
    from accord.disagree.verify import _one_figure_left
    from accord.model import Side

    def _one_figure(sides: list[Side]) -> bool:
        return _one_figure_left(sides, lambda s: [])  # no read figures: by the sides' normalized values

    def report(*sides: tuple[str, float]) -> list[Side]:
        return [Side(value=v, normalized=n, articles=[f"C{k}"], evidence="…") for k, (v, n) in enumerate(sides, 1)]

    assert _one_figure(report(("8,000", 8000.0), ("more than 8,000", 8000.0)))
    assert _one_figure(report(("nearly 300", 300.0), ("300", 300.0)))
    assert _one_figure(report(("$2 trillion", 2e12), ("about $2 trillion", 2e12)))
    assert not _one_figure(report(("nearly 300", 300.0), ("more than 300", 300.0)))  # either side of 300
    assert not _one_figure(report(("8,000", 8000.0), ("more than 9,000", 9000.0)))
    assert not _one_figure(report(("8,000", 8000.0), ("7,500", 7500.0)))
    assert not _one_figure(report(("8,000", 8000.0), ("more than 8,000", 8000.0), ("9,200", 9200.0)))
