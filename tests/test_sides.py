"""sides70: a disagreement's sides (no "conflict" when no two sides exclude each other), the facts linked
to it (only those stating one of its sides) and its reader-facing kind ("Time"). Invented stories."""
from accord import support
from accord.briefing import build
from accord.model import Article, Brief, Disagreement, Mention, Sentence, Side
from accord.options import DEFAULT
from accord.render import kind_label
from test_disagree import compared


def _types(*texts: str) -> list[tuple[str, list[str]]]:
    return [(d.type, [s.value for s in d.values]) for d in compared(*texts).disagreements]


# -- three sides, no two of which exclude each other: vague -------------------------------------------
def test_three_sides_that_all_fit_each_other_are_vague():
    # (mend104: "about 45" reaches what rounds to 45 at the unit, 5% at least: 47, no longer 48)
    assert _types("A fire on a city bus forced the evacuation of 47 passengers on Tuesday, police said.",
                  "More than 40 passengers were evacuated from the bus on Tuesday after the fire.",
                  "About 45 passengers were evacuated from the bus on Tuesday, witnesses said.") \
        == [("vague", ["47", "More than 40", "About 45"])]
    assert _types("Police arrested 112 protesters in the capital on Saturday.",
                  "Police arrested more than 100 protesters in the capital on Saturday.",
                  "Police arrested about 120 protesters in the capital on Saturday.")[0][0] == "vague"
    # (mend104: "about $4.5 million" is written to the $0.1 million, reaching 5%: $4.3 million, not $4.2 million)
    assert _types("The museum raised $4.3 million in its appeal, it said on Monday.",
                  "The museum raised more than $4 million in its appeal, it said on Monday.",
                  "The museum raised about $4.5 million in its appeal, it said on Monday.")[0][0] == "vague"


def test_three_sides_two_of_which_exclude_each_other_stay_a_conflict():
    assert _types("A fire aboard the ferry forced the evacuation of 312 passengers on Friday.",
                  "More than 300 passengers were evacuated from the ferry on Friday.",
                  "The ferry fire forced the evacuation of 250 passengers on Friday.")[0][0] == "conflict"
    assert _types("The earthquake killed 40 people in the province on Sunday, officials said.",
                  "The earthquake killed 52 people in the province on Sunday.",
                  "The earthquake killed 61 people in the province on Sunday, the Red Cross said.")[0][0] == "conflict"
    assert _types("Police arrested 112 protesters in the capital on Saturday.",
                  "Police arrested more than 100 protesters in the capital on Saturday.",
                  "Police arrested 80 protesters in the capital on Saturday.")[0][0] == "conflict"
    assert _types("At least 30 people were injured in the stampede on Monday.",
                  "Fewer than 20 people were injured in the stampede on Monday.",
                  "Some 35 people were injured in the stampede on Monday.")[0][0] == "conflict"
    assert _types("The carmaker will cut 1,200 jobs at its plant in Ohio, the company said on Tuesday.",
                  "The carmaker will cut about 1,150 jobs at its plant in Ohio, the company said on Tuesday.",
                  "The carmaker will cut 2,000 jobs at its plant in Ohio, the company said on Tuesday.")[0][0] \
        == "conflict"


# -- a fact is linked to a figure's disagreement only when it states one of its sides ------------------
def _arts(*texts: str) -> list[Article]:
    return [Article(id=chr(97 + k), title=f"Story {k}", text=t, published="2026-05-04", source=f"Outlet {k}")
            for k, t in enumerate(texts)]


def _links(brief) -> dict[str, list[str]]:
    return {f.text: [brief.disagreements[k].about for k in f.disagreements] for f in brief.facts}


def test_a_fact_sharing_a_sentence_with_another_slot_is_not_linked_to_it():
    brief = build(_arts(
        "A fire broke out at a warehouse in Dunmore on Monday. Forty workers were evacuated from the building, "
        "and two firefighters were treated for burns, the fire service said. The blaze was put out by 3 p.m.",
        "A fire broke out at a warehouse in Dunmore on Monday. About 60 workers were evacuated from the building. "
        "Two firefighters were treated for burns, the fire service said. The blaze was put out by 3 p.m.",
        "A fire broke out at a warehouse in Dunmore on Monday. Two firefighters were treated for burns, the fire "
        "service said. Crews put out the blaze by 4 p.m., a spokesman said."), DEFAULT)
    links = _links(brief)
    assert links["Two firefighters were treated for burns, the fire service said."] == []
    assert links["The blaze was put out by 3 p.m."] == ["time the blaze was put out"]  # it states a side: kept


def test_a_fact_beside_a_disputed_figure_in_one_sentence_is_not_linked_to_it():
    brief = build(_arts(
        "Nurses at the county hospital went on strike on Tuesday. About 900 nurses joined the walkout, the union "
        "said. The hospital said 12 operations were postponed.",
        "Nurses at the county hospital went on strike on Tuesday. More than 1,400 nurses joined the walkout, the "
        "union said. The hospital said 12 operations were postponed.",
        "Nurses at the county hospital went on strike on Tuesday. The hospital said 12 operations were postponed, "
        "and 1,400 nurses joined the walkout."), DEFAULT)
    assert _links(brief)["The hospital said 12 operations were postponed."] == []


def _sentence(text: str, *mentions: Mention) -> Sentence:
    return Sentence(article="a", index=0, text=text, mentions=list(mentions))


def _dis(kind: str, *sides: tuple[str, object]) -> Disagreement:
    return Disagreement(kind=kind, about="x", values=[Side(value=v, normalized=n, articles=["a"], evidence="")  # type: ignore[arg-type]
                                                      for v, n in sides])


def test_states_a_side_reads_the_words_or_the_value():
    crew = _dis("number", ("Two", 2), ("three", 3))
    assert support.states_a_side(_sentence("Two crew members were taken to hospital."), crew)
    assert support.states_a_side(_sentence("Officials said 2 crew members were hurt.",
                                           Mention(kind="number", text="2", value=2)), crew)
    assert not support.states_a_side(_sentence("All 312 passengers were taken ashore.",
                                               Mention(kind="number", text="312", value=312)), crew)
    assert not support.states_a_side(_sentence("The crew of twenty-two were taken ashore."), crew)  # no "two" word
    time = _dis("date", ("11:30 a.m.", "11:30"), ("noon", "12:00"))
    assert support.states_a_side(_sentence("The fire was out by noon, the operator said."), time)
    assert not support.states_a_side(_sentence("The fire began shortly after 9 a.m."), time)
    # names, places, quotes and deeds are worded freely: the sentence link is kept as it was
    assert support.states_a_side(_sentence("The driver was named by police."), _dis("name", ("Harrison", None),
                                                                                    ("Morrison", None)))


# -- a disagreement of times of day reads "Time" ----------------------------------------------------
def test_a_disagreement_of_clock_times_is_labelled_time():
    assert kind_label(_dis("date", ("11:30 a.m.", "11:30"), ("noon", "12:00"))) == "Time"
    assert kind_label(_dis("date", ("Monday", "2026-05-04"), ("Tuesday", "2026-05-05"))) == "Date"
    assert kind_label(_dis("date", ("9 p.m.", "21:00"), ("Tuesday", "2026-05-05"))) == "Date"  # a day among them
    assert kind_label(_dis("number", ("12", 12), ("14", 14))) == "Number"
    assert kind_label({"kind": "date", "values": [{"normalized": "08:15"}, {"normalized": "09:00"}]}) == "Time"
    assert kind_label("place") == "Place"


# -- a conflict of three sides tells which sides agree ----------------------------------------------
def test_a_conflict_of_three_sides_tells_which_do_not_exclude_each_other():
    (d,) = compared("A fire aboard the ferry forced the evacuation of 312 passengers on Friday.",
                    "More than 300 passengers were evacuated from the ferry on Friday.",
                    "The ferry fire forced the evacuation of 250 passengers on Friday.").disagreements
    assert d.type == "conflict"
    fits = {s.value: s.fits for s in d.values}
    assert fits == {"312": ["More than 300"], "More than 300": ["312"], "250": []}
    md = Brief(title="Ferry fire", disagreements=[d]).to_markdown()
    assert "**More than 300** — \\[b\\] (consistent with 312)" in md
    assert "**250** — \\[c\\]\n" in md
    assert '<span class="fits">(consistent with More than 300)</span>' in Brief(title="t", disagreements=[d]).to_html()
    # three figures none of which fits another: nothing said
    (d,) = compared("The earthquake killed 40 people in the province on Sunday, officials said.",
                    "The earthquake killed 52 people in the province on Sunday.",
                    "The earthquake killed 61 people in the province on Sunday, the Red Cross said.").disagreements
    assert all(s.fits == [] for s in d.values)
    # a vague slot has no fits: every side fits every other
    (d,) = compared("Police arrested 112 protesters in the capital on Saturday.",
                    "Police arrested more than 100 protesters in the capital on Saturday.",
                    "Police arrested about 120 protesters in the capital on Saturday.").disagreements
    assert d.type == "vague" and all(s.fits == [] for s in d.values)


def test_fits_survive_the_json_round_trip_and_old_briefs_load():
    (d,) = compared("A fire aboard the ferry forced the evacuation of 312 passengers on Friday.",
                    "More than 300 passengers were evacuated from the ferry on Friday.",
                    "The ferry fire forced the evacuation of 250 passengers on Friday.").disagreements
    back = Brief.from_dict(Brief(title="t", disagreements=[d]).to_dict())
    assert [s.fits for s in back.disagreements[0].values] == [s.fits for s in d.values]
    old = {"title": "t", "disagreements": [{"kind": "number", "about": "x", "values": [
        {"value": "3", "normalized": 3, "articles": ["a"], "evidence": ""}]}]}
    assert Brief.from_dict(old).disagreements[0].values[0].fits == []


def test_figures_only_near_each_other_do_not_fit():
    # the guidelines' own conflict: 2,300 vs 2,500 troops; "roughly" does not stretch to 2,500
    (d,) = compared("Roughly 2,300 troops were sent to the capital on Monday, the ministry said.",
                    "Around 2,000 troops were sent to the capital on Monday.",
                    "The alliance sent 2,500 troops to the capital on Monday.").disagreements
    assert d.type == "conflict"
    assert "2,500" not in next(s for s in d.values if s.value == "Roughly 2,300").fits


def test_fits_name_only_sides_still_shown():
    from accord.disagree import _fitting
    sides = [Side(value=v, normalized=n, articles=[a], evidence="", fits=f)
             for v, n, a, f in (("312", 312, "a", ["More than 300"]), ("More than 300", 300, "b", ["312"]),
                                ("250", 250, "c", []))]
    (d,) = _fitting([Disagreement(kind="number", about="passengers", values=sides[1:])])
    assert [s.fits for s in d.values] == [[], []]  # two sides left: the type says it all
    (d,) = _fitting([Disagreement(kind="number", about="passengers", values=sides, type="vague", compatible=True)])
    assert all(s.fits == [] for s in d.values)
