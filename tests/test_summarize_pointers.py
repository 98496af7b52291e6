"""coherence48: a "the + noun" whose thing only a left-out sentence of its article brought in."""
from accord.model import Article, Fact, Mention, Sentence
from accord.options import DEFAULT
from accord.summarize import _Context, select
from accord.summarize.features import view
from accord.summarize.pointers import introduces, pointers


def _heads(text: str) -> list[str]:
    return [h for _, h in pointers(text)]


def test_a_definite_description_may_point_back() -> None:
    assert _heads("On Wednesday, when asked about the police cars, Crump called it routine.") == ["cars"]
    assert _heads("Tests found that the devices were off by 20 beats per minute.") == ["devices"]


def test_what_a_definite_description_does_not_point_at() -> None:
    """Things with one referent in any story, and a description the sentence itself defines."""
    assert _heads("The police said the weekend was calm in the city.") == []
    assert "bill" not in _heads("The bill, which would raise the minimum wage, passed on Monday.")
    assert _heads("The two women, both nurses, were treated at a hospital.") == []
    assert _heads("The band Mobb Deep released the album in 1995.") == ["album"]
    assert "man" not in _heads("The man accused of the theft was freed.")
    assert "time" not in _heads("It was the first time the team had won.")
    assert _heads("Officials said the activists' network counted 125 dead.") == []
    assert _heads("Smith said “the devices were broken” in court.") == []  # in a quotation: the speaker's
    assert _heads("The car hit a wall, and the car's driver fled.") == []  # the sentence said it before


def test_what_introduces_a_thing() -> None:
    assert introduces("Two marked police cars escorted the convoy.", "cars")
    assert introduces("Officers found a small device in the trunk.", "devices")
    assert introduces("An unruly wedding crasher threw a drink.", "crasher")
    assert not introduces("The cars escorted the convoy.", "cars")
    assert not introduces("A council member filed a complaint.", "council")  # a member, not a council


def _people(text: str) -> list[Mention]:
    """A PERSON mention for each "Jane Doe"-like pair of capitalised words (the analyser's, in the pipeline)."""
    import re

    return [Mention(kind="entity", text=m.group(), value=m.group(), label="PERSON", start=m.start(), end=m.end())
            for m in re.finditer(r"\b(?:Jane|Tom|Ann|Dan) [A-Z][a-z]+", text)]


def _ctx(texts: list[str]) -> _Context:
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=_people(t))], support=["a"],
                  independent=1) for k, t in enumerate(texts)]
    return _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)


_ESCORT = ["Actor Tom Vale arrived in Washington on Tuesday for the last night of his comedy tour.",
           "Two marked police cars with lights flashing escorted his convoy from the airport.",
           "On Wednesday, when asked about the police cars, spokesman Dan Crump called the escort routine."]


def test_a_pointer_without_the_sentence_that_brought_its_thing_in_is_flagged() -> None:
    ctx = _ctx(_ESCORT)
    assert ctx.pointing(2) == (("car", 1),)
    assert ctx.flagged([0, 2], {2})  # "which cars?"
    assert not ctx.flagged([0, 1, 2], {2})  # the cars told first


def test_a_thing_the_summary_told_in_other_sentences_is_no_pointer() -> None:
    ctx = _ctx(["Actor Tom Vale's convoy was led through Washington by police cars on Tuesday.",
                *_ESCORT[1:]])
    assert not ctx.flagged([0, 2], {2})


def test_unique_things_and_defined_descriptions_stay() -> None:
    ctx = _ctx(["Mayor Ann Lee declared an emergency in Port Lane on Monday.",
                "A storm and a fire had closed two schools and a council office.",
                "The police said the storm, which hit the coast on Sunday, flooded the city on the weekend."])
    assert ctx.pointing(2) == ()
    assert not ctx.flagged([0, 2], {2})


def test_a_pointer_cannot_open_the_summary() -> None:
    """Unless the sentence that brings its thing in is of the account's top, where the run starts."""
    filler = [f"Fans in the {w} rows of the hall had waited for hours before the show began on time."
              for w in ("front", "middle", "upper", "back", "side")]
    ctx = _ctx([_ESCORT[0], *filler, *_ESCORT[1:]])
    assert ctx.lead(0)
    assert not ctx.lead(7)
    ctx = _ctx(_ESCORT)
    assert ctx.top[1] and ctx.lead(2)


def test_selection_takes_the_sentence_that_brings_the_thing_in() -> None:
    """With budget for both, the introducing sentence comes in before the pointing one; else neither."""
    texts = ["Actor Tom Vale arrived in Washington on Tuesday for the last night of his comedy tour.",
             "Tickets for the show at the Warner Theatre sold out within an hour, the promoter said.",
             "Two marked police cars with lights flashing escorted his convoy from the airport.",
             "Washington police chief Ann Reyes said the police cars were assigned to Tom Vale's convoy "
             "by mistake and would be reviewed."]
    arts = [Article(id="a", title="", text="\n".join(texts))]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    picked = [f.text for f in select(facts, arts, DEFAULT.with_(words=200))]
    if texts[3] in picked:
        assert texts[2] in picked and picked.index(texts[2]) < picked.index(texts[3])
    picked = [f.text for f in select(facts, arts, DEFAULT.with_(words=200, summary_pointers=False))]
    assert texts[3] in picked


def test_a_source_named_by_its_role_and_the_market_are_no_pointers() -> None:
    """Read blind (sheet 1): "…, the research team said" and "the bull market" are no things left untold."""
    assert _heads("The women were found in Yunnan province, the research team said in a statement.") == ["women"]
    assert _heads("He has implied that his policies are driving the bull market.") == []


def test_a_person_named_by_a_role_after_the_summary_named_someone() -> None:
    """"Johns said the unruly wedding crasher …" after "McDowell punched the woman": news style for a person
    the summary named (sheet 1, mn-val-225); with no one named before, the role points at nobody."""
    texts = ["Guests at a Florida resort wedding said a brawl broke out on the dance floor on Saturday.",
             "An unruly wedding crasher threw a drink at guests, deputies said.",
             "Jane McDowell said she was provoked before she punched a bridesmaid.",
             "Tom Johns told deputies that the unruly wedding crasher was not his girlfriend."]
    ctx = _ctx(texts)
    assert ctx.pointing(3) == (("crasher", 1),)
    assert not ctx.flagged([0, 2, 3], {3})
    assert ctx.flagged([0, 3], {3})
