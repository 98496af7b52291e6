"""coherence48: a "the + noun" whose thing only a left-out sentence of its article brought in."""
from accord.model import Article, Fact, Mention, Sentence
from accord.options import DEFAULT
from accord.summarize import _Context
from accord.summarize.features import view
from accord.summarize.pointers import background, introduces, pointers, said, stem


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
    assert _heads("The car hit a wall, and the car's driver fled.") == ["car"]  # the second: the sentence said it


def test_what_introduces_a_thing() -> None:
    assert introduces("Two marked police cars escorted the convoy.", "cars")
    assert introduces("Officers found a small device in the trunk.", "device")
    # (mend72) of the same number: "several studies" are not the one "the study" names (mn-val-154)
    assert not introduces("Officers found a small device in the trunk.", "devices")
    assert not introduces("Several studies on tobacco ads found an effect.", "study")
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
    assert ctx.pointing(2) == (("cars", 1),)
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
    """At a budget where main takes the pointing sentence alone (a2 with a third account's c1), the retry takes
    the introducing sentence before it (a1, a2); with a budget for neither pair, it passes the pointer."""
    texts = {"a": ["Actor Tom Vale arrived in Washington on Tuesday for the last night of his comedy tour.",
                   "Two marked police cars with lights flashing escorted the actor's motorcade from the airport.",
                   "On Wednesday, when asked about the police cars, spokesman Dan Crump called the escort routine."],
             "b": ["Comedian Tom Vale ended his comedy tour in Washington on Tuesday night with a sold-out show.",
                   "Tickets for the show at the Warner Theatre sold out within an hour, the promoter said."],
             "c": ["Fans said the show was the best of the tour.",
                   "The Warner Theatre said a recording of the show would be streamed online next month."]}
    scores = {"b0": 1.0, "a2": 0.9, "c1": 0.6, "b1": 0.5, "a1": 0.3, "a0": 0.2, "c0": 0.1}
    assert _choose(texts, scores, words=66, summary_pointers=False) == ["b0", "b1", "a2", "c1"]
    assert _choose(texts, scores, words=66) == ["b0", "b1", "a1", "a2"]
    assert "a2" not in _choose(texts, scores, words=52)


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


# -- mend72 (review80 of coherence48) -----------------------------------------------------------------------------

def _story(texts: dict[str, list[str]]) -> tuple[list[Article], list[Fact]]:
    """Articles and one fact per sentence (ids "a0", "a1", …), placed in their article's text."""
    arts, facts = [], []
    for a, lines in texts.items():
        full = "\n".join(lines)
        arts.append(Article(id=a, title="", text=full))
        for k, t in enumerate(lines):
            at = full.index(t)
            facts.append(Fact(id=f"{a}{k}", text=t, sentences=[Sentence(a, k, t, start=at, end=at + len(t))],
                              support=[a], independent=1))
    return arts, facts


def _choose(texts: dict[str, list[str]], scores: dict[str, float], **options: object) -> list[str]:
    """``choose`` with hand-set scores (the scorer's place): the ids chosen, in the summary's order."""
    import numpy as np

    from accord.summarize import choose

    arts, facts = _story(texts)
    v = view(facts, arts, embed=False)
    ids = {f.text: f.id for f in v.facts}
    picked = choose(v, np.array([scores.get(f.id, 0.1) for f in v.facts]), DEFAULT.with_(**options))
    return [ids[c.text] for c in picked]


_HOAX = {"a": ["Was it a bomb?",
               "Then a janitor found a small device taped under a bench in the gym of Lincoln High School in Omaha.",
               "On Tuesday police evacuated 1,200 students after the device was found, but officers later said it "
               "was part of a science project."]}


def test_a_lede_whose_introducer_cannot_open_is_not_lost() -> None:
    """review80: the introducer is of the top but cannot open ("Then a janitor …"), so the run would open on the
    pointing sentence and the final check drop it in every round — the summary lost the news. A lede opens only
    where the opening of its account answers its pointer; else the summary is the one the rule would not change."""
    arts, facts = _story(_HOAX)
    ctx = _Context(view(facts, arts, embed=False), DEFAULT)
    assert not (ctx.lead(2) and ctx.flagged([2], {2}))  # lead and the final check agree
    assert _choose(_HOAX, {}, words=40) == _choose(_HOAX, {}, words=40, summary_pointers=False) == ["a2"]


def test_a_verb_in_the_present_is_no_noun() -> None:
    """"The president plans to …": the head is "president" (one referent), not "plans"."""
    assert _heads("The president plans to visit the flooded towns on Friday.") == []
    assert _heads("The government hopes to reopen the border next week.") == ["border"]
    assert _heads("The police fear more protests.") == []
    assert "calls" not in _heads("The union calls the offer an insult.")
    assert "effect" not in _heads("Critics argue the law takes effect too soon.")
    assert _heads("Crews reached the flooded farms on Friday.") == ["farms"]  # a plural noun stays one


_VAPES = ["Ohio lawmakers on Tuesday outlawed the sale of flavored vapes to anyone under 21, after months of pressure.",
          "Governor Mike DeWine praised the vote and said he would sign it this week.",
          "In 2019 a federal judge in Austin struck down a similar restriction in Texas.",
          "From January, Ohio health inspectors will enforce the restriction with fines of up to $5,000."]


def test_an_introducer_of_another_thing_of_the_kind_is_no_introducer() -> None:
    """"a similar restriction in Texas" in 2019 is not Ohio's "the restriction": no pointer, main's choice."""
    assert _ctx(_VAPES).pointing(3) == ()


def test_a_thing_the_summary_told_in_another_part_of_speech_is_told() -> None:
    texts = ["Police evacuated 40 homes on Elm Street on Monday after a gas leak, the fire chief said.",
             "Officers ordered an evacuation of the whole block at noon.",
             "Neighbors said the evacuation took two hours."]
    ctx = _ctx(texts)
    assert ctx.pointing(2) == (("evacuation", 1),)
    assert not ctx.flagged([0, 2], {2})  # "evacuated" told it


def test_a_noun_in_est_is_no_superlative() -> None:
    assert _heads("Council members rejected the request after a long debate.") == ["request"]
    assert _heads("Officers made the arrest near a gas station.") == ["arrest"]
    assert _heads("Doctors repeated the test twice.") == ["test"]
    assert _heads("Lawmakers rejected the latest offer.") == []
    assert _heads("It was the deadliest storm in a decade.") == []


def test_a_short_quoted_phrase_is_the_speaker_s() -> None:
    assert "bunker" not in _heads("Neighbors had long called the shed “the bunker,” police said.")
    assert _heads('He called it "the bunker" in a post.') == []


def test_the_plural_of_a_noun_in_se_is_its_singular() -> None:
    """One stemmer for summary and pointer ("houses" is "house"'s plural, not "hous")."""
    from accord.summarize.pointers import stem

    assert stem("houses") == stem("house") and stem("devices") == stem("device") and stem("women") == stem("woman")
    texts = ["Floodwater reached 30 houses on Elm Street on Monday, the fire chief said.",
             "Rescuers pulled a family from a house near the river.",
             "Neighbors said the house had flooded twice before."]
    assert not _ctx(texts).flagged([0, 2], {2})  # "houses" told it


def test_a_street_address_tells_the_home() -> None:
    """"… seized at the home" after the summary gave "5012 Powell Drive" (read blind, sheet 1: mn-val-180)."""
    texts = ["Deputies executed a search warrant at 5012 Powell Drive in Huntsville at dawn on Tuesday.",
             "The raid followed a video posted online that showed guns at a north Alabama home.",
             "Two handguns and a shotgun were seized at the home during the raid."]
    ctx = _ctx(texts)
    assert ctx.pointing(2) == (("home", 1),)
    assert not ctx.flagged([0, 2], {2})


def test_a_line_that_is_no_candidate_brings_in_nothing() -> None:
    """Selection could never take it (a tweet quoted whole, mn-val-88): main's choice, no pointer."""
    texts = ["Actor George Tam said on Saturday he was running for Congress, then called it an April Fools' prank.",
             "Fans wrote back within minutes.",
             "Actress Ann Russo compared the joke to a cruel parenting tactic."]
    arts = [Article(id="a", title="", text="\n".join(["“I hoped it was not a joke,” one fan wrote.", *texts]))]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k + 1, t, start=arts[0].text.index(t))], support=["a"],
                  independent=1) for k, t in enumerate(texts)]
    ctx = _Context(view(facts, arts, embed=False), DEFAULT)
    assert ctx.pointing(2) == ()


def test_a_sentence_set_in_another_time_introduces_nothing() -> None:
    """review84: "In 2014 a storm of the same kind …" or "Last year two police cars crashed …" tells history, not
    the thing a later "the storm" / "the police cars" names; pulled in, it would tie the two together."""
    assert background("In 2014 a storm of the same kind killed 40 people in Genoa.", "storm")
    assert background("Last year two police cars crashed into a bakery near the theater.", "cars")
    assert background("Years ago a judge struck down a ban in Texas.", "ban")
    # the story's own thing, with a year inside the sentence (mn-val-22's "during the 2012 campaign")
    assert not background("A storm hit the Ligurian coast on Sunday, the worst since 2014.", "storm")
    assert not background("During the 2012 campaign a tweet took 22 people to vet.", "tweet")
    texts = {"a": ["Floods killed 12 people in northern Italy on Sunday, officials said.",
                   "In 2014 a storm of the same kind killed 40 people in Genoa.",
                   "Forecasters said the storm had dropped a month's rain in six hours on the Ligurian coast."],
             "b": ["Twelve people died in floods in Liguria on Sunday after torrential rain, the civil protection "
                   "agency said.", "Rescuers were still searching for three missing hikers near Chiavari."],
             "c": ["Schools in Genoa will stay closed on Monday, the mayor said.",
                   "Trains between Genoa and La Spezia were suspended."]}
    scores = {"b0": 1.0, "a2": 0.9, "c1": 0.6, "b1": 0.5, "a1": 0.3, "a0": 0.2, "c0": 0.1}
    for words in (55, 65):
        assert _choose(texts, scores, words=words) == _choose(texts, scores, words=words, summary_pointers=False)


def test_the_rule_never_costs_the_best_scored_sentence() -> None:
    """review84: a lede passed because its introducer cannot stand alone, the count of sentences kept by other
    lines: the summary would never say what happened. The choice without the rule stands then."""
    texts = {"a": _HOAX["a"],
             "b": ["The Omaha school board will review its science fair rules next month, board president Ann Lee said.",
                   "Lee said projects with wires or timers would need a teacher's approval."],
             "c": ["Parents waited outside the school for hours.",
                   "Some said they learned of the evacuation from their children's texts."]}
    scores = {"a2": 1.0, "b0": 0.7, "c1": 0.6, "b1": 0.5, "a3": 0.4, "a1": 0.3, "c0": 0.2, "a0": 0.1}
    got = _choose(texts, scores, words=60)
    assert "a2" in got
    assert got == _choose(texts, scores, words=60, summary_pointers=False)


# -- coherence50 (issue 13: pointers the rule did not read) -------------------------------------------------------

def test_a_demonstrative_points_as_the_does() -> None:
    """"that icy mantle", "those related searches" (read blind, C57–C60); "that" only where no clause opens."""
    assert _heads("Crews worked for hours on that icy mantle before noon.") == ["mantle"]
    assert _heads("Those related searches fell by half in a week.") == ["searches"]
    assert _heads("Officials said that police cars blocked the road.") == ["road"]  # "said that": a clause
    assert "week" not in _heads("This week the council met.")  # a time with one referent


_ICE = ["Freezing rain fell on Tarn on Monday night, closing the town's airport.",
        "By dawn an icy mantle covered the runway and every taxiway.",
        "Crews spent Tuesday working on that icy mantle with borrowed snowplows."]


def _reads_only_after_its_introducer(texts: list[str], head: str) -> None:
    """The third sentence points at what the second brought in: flagged without it, read with it."""
    ctx = _ctx(texts)
    assert ctx.pointing(2) == ((head, 1),)
    assert ctx.flagged([0, 2], {2})
    assert not ctx.flagged([0, 1, 2], {2})


def test_a_demonstrative_without_the_sentence_that_brought_its_thing_in_is_flagged() -> None:
    _reads_only_after_its_introducer(_ICE, "mantle")


def test_a_bare_plural_or_a_collective_brings_its_thing_in() -> None:
    """"the participants" after "dozens of people took part"; "the volunteers" after "recruited volunteers"."""
    assert introduces("Dozens of people took part in the march through Lyon on Saturday.", "participants")
    assert introduces("Researchers recruited volunteers aged 18 to 30 for the trial.", "volunteers")
    assert introduces("Among many techniques, students learn to lower their voice.", "techniques")
    assert not introduces("The volunteers left early.", "volunteers")  # no bare plural: it points itself
    assert not introduces("It looks like rain.", "looks")  # a verb, not a plural
    texts = ["Lyon's first car-free Sunday drew crowds to the city centre, the mayor said.",
             "Dozens of people took part in a bicycle parade along the river.",
             "Organisers said the participants rode six miles in light rain."]
    _reads_only_after_its_introducer(texts, "participants")
    told = ["Dozens of cyclists took part in Lyon's first car-free Sunday, the mayor said.", *texts[1:]]
    assert not _ctx(told).flagged([0, 2], {2})  # the summary told it by "took part"


_RAID = ["Residents of Kale fled their homes on Sunday as fighting spread to the valley.",
         "Gunmen attacked a police post on the edge of the town before dawn.",
         "The attack killed four officers and wounded a fifth, the governor said."]


def test_an_act_told_by_its_verb_is_no_introducer_of_its_event_noun() -> None:
    """(review89) "Gunmen attacked …" before "The attack killed …" reads well, but a verb of another sense was pulled in
    as if it told the act: "Opposition leaders attacked the government over its security record" set right before
    "The attack was the deadliest …" reads as the bombing. An act is no introducer; "The attack …" reads as before."""
    assert _ctx(_RAID).pointing(2) == ()
    assert not introduces("Opposition leaders attacked the government over its record.", "attack")
    assert not introduces("Gunmen attacked a police post.", "attack")
    assert introduces("An attack on a police post killed four officers.", "attack")
    texts = {"b": ["A suicide bomber killed 12 people at a crowded market in Kabul on Monday, officials said."],
             "a": ["Opposition leaders attacked the government over its security record on Monday.",
                   "Police said the market had reopened by evening.",
                   "The attack was the deadliest in the capital this year, the interior ministry said."]}
    scores = {"b0": 1.0, "a2": 0.9, "a0": 0.1, "a1": 0.1}
    for words in (30, 36, 45, 60):
        assert _choose(texts, scores, words=words) == _choose(texts, scores, words=words, summary_pointers=False)


def test_an_act_the_summary_told_by_its_verb_answers_the_event_noun() -> None:
    """Near cases that stay: "Acme sold its plant … the sale" (the summary told the act by its verb, though "a sale"
    brought the noun in), and an event noun inside a sentence ("killed in the attack", "said the decision")."""
    sale = ["Acme sold its Ohio plant to Brevo Foods on Monday for $40 million.",
            "Analysts had expected a sale of the plant for months.",
            "Union leaders said the sale would cost 300 jobs in the state."]
    assert _ctx(sale).pointing(2) == (("sale", 1),)
    assert not _ctx(sale).flagged([0, 2], {2})
    assert _ctx(["Acme's shares rose 4 percent in Ohio on Monday.", *sale[1:]]).flagged([0, 2], {2})
    assert {stem("sale"), stem("shooting"), stem("explosion"), stem("theft")} <= said(
        "Acme sold the plant after a gunman shot a guard, a car blew up and thieves stole a truck.")
    inside = [*_RAID[:2], "Four officers were killed in the attack, the governor said."]
    assert _ctx(inside).pointing(2) == ()
    decision = ["Parents in Kale gathered outside the school board's office on Monday.",
                "The board decided by a vote of five to two to close two schools.",
                "Parents said the decision came too soon."]
    assert _ctx(decision).pointing(2) == ()


def test_the_act_told_nearer_is_the_one_the_event_noun_means() -> None:
    """(review91) "The attack also wounded a fifth officer" after a left-out "Gunmen attacked a police post …" means
    that attack, not an older "An attack on a bank in the capital in March …" further back: no link to the bank's."""
    texts = ["Residents of Kale fled their homes on Sunday as fighting spread to the valley.",
             "An attack on a bank in the capital in March left two guards dead.",
             "Gunmen attacked a police post on the edge of the town before dawn on Sunday.",
             "The attack also wounded a fifth officer, who was flown to the capital, the governor said."]
    assert _ctx(texts).pointing(3) == ()
    assert _ctx([texts[0], texts[1], texts[3]]).pointing(2) == (("attack", 1),)
    bombing = [texts[0], "A bombing at a bank in the capital in March left two guards dead.",  # (review92) any verb
               "Militants bombed a police post on the edge of the town before dawn on Sunday.",
               "The bombing also wounded a fifth officer, who was flown to the capital, the governor said."]
    assert _ctx(bombing).pointing(3) == ()
    report = ["Schools in Delta City closed on Monday as thick smog covered the city, officials said.",  # (review93)
              "A report by the state health agency in May found that dirty air caused 3,000 early deaths in the city.",
              "Readings hit a record on Monday, with the worst air since 1998, the Delta Herald reported.",
              "The report also urged the city to ban diesel cars from the centre by 2030."]
    assert _ctx(report).pointing(3) == (("report", 1),)


def test_a_head_of_three_letters_is_read() -> None:
    """"the car", "the gun", "the bid"; a set phrase ("on the job") and a noun of general knowledge stay."""
    assert _heads("Witnesses said the car sped away.") == ["car"]
    assert _heads("Detectives found the gun in a drain.") == ["gun", "drain"] or _heads(
        "Detectives found the gun in a drain.") == ["gun"]
    assert _heads("Shareholders rejected the bid on Friday.") == ["bid"]
    assert _heads("She denied slacking off on the job.") == []
    assert _heads("Astronomers watched the moon over the sea.") == []
    assert _heads("Growth slowed as the economy cooled.") == []


def test_a_clause_with_no_that_defines_its_noun() -> None:
    assert _heads("In 2009 one of the tickets he bought won $38 million.") == []


def _orgs(text: str) -> list[Mention]:
    import re

    return [Mention(kind="entity", text=m.group(), value=m.group(), label="ORG", start=m.start(), end=m.end())
            for m in re.finditer(r"\bBrevo(?: Foods)?\b", text)]


def test_the_company_after_the_summary_named_one_is_that_company() -> None:
    """A false link noticed last round: "the company" linked to an unrelated "a small company" before it; once the
    summary named a company, the reader takes "the company" for it. With none named, it still points back."""
    texts = ["Brevo Foods recalled 20,000 jars of peanut butter on Friday after a salmonella test.",
             "In March a small company in Ohio had recalled its almond spread.",
             "Shares of the company fell 4 percent on Monday."]
    facts = [Fact(id=f"f{k}", text=t, sentences=[Sentence("a", k, t, mentions=_orgs(t))], support=["a"],
                  independent=1) for k, t in enumerate(texts)]
    ctx = _Context(view(facts, [Article(id="a", title="", text="\n".join(texts))], embed=False), DEFAULT)
    assert ctx.pointing(2) == (("company", 1),)
    assert not ctx.flagged([0, 2], {2})
    plain = _ctx(["Grocers in Ohio pulled peanut butter from shelves on Friday.", *texts[1:]])
    assert plain.flagged([0, 2], {2})


def test_a_year_is_no_count() -> None:
    """"until after 2020 election" brings in no election (a headline read in the diagnosis half, neus-train-710)."""
    assert not introduces("USPS vows it won't change equipment until after 2020 election.", "election")
    assert introduces("About 1,500 delegates came to the conference.", "delegates")


# -- mend74 (review86 of coherence50) -----------------------------------------------------------------------------

def test_a_three_letter_head_of_general_reference_is_no_pointer() -> None:
    assert "car" not in _heads("Experts say the car remains the only way most Californians get to work.")
    assert "car" in _heads("Police said the car was found abandoned near the border.")


def test_that_after_in_or_for_opening_a_clause_is_no_demonstrative() -> None:
    assert "consultants" not in _heads("The bill differs from the old law in that consultants would no longer set "
                                       "the rates.")
    assert "reason" in _heads("Crews were sent back in for that reason, officials said.")  # no clause: a demonstrative
    assert "mantle" in _heads(_ICE[2])


def _introduction_as_before(text: str, head: str):
    """speed65: ``_introduction`` as it was, compiling both patterns per call (the reference the screened one must match)."""
    import re

    from accord.analyse.rules import singular
    from accord.summarize.pointers import _BARE, _INTRO, _NEXT, _TOOK_PART, _after, _forms, _phrase_ends

    plural = singular(head) != head
    forms = [f for f in _forms(head) if (singular(f) != f) == plural]
    noun = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for m in re.finditer(_INTRO + rf"(?:{noun})\b(?![-'’])", text):
        nxt = _NEXT.match(text, m.end())
        if nxt is None or _phrase_ends(nxt.group("w")):
            return m
    if plural:
        bare = next((m for m in re.finditer(rf"(?<![\w'’-])(?:{noun})\b(?![-'’])", text)
                     if _BARE.search(text[: m.start()]) and _phrase_ends(_after(text, m.end()))), None) or (
            _TOOK_PART.search(text) if stem(head) == stem("participants") else None)
        if bare is not None:
            return bare
    return None


def test_an_introduction_found_without_a_pattern_per_call_is_the_one_found_before() -> None:
    """speed65: ``_introduction`` asks its patterns only of a text that writes one of the head's forms, and
    compiles them once per head; every answer (the match itself) is the one the per-call patterns gave."""
    from accord.summarize.pointers import _introduction, acts

    texts = [
        "A device exploded near the station on Monday, police said.",
        "Two unmarked police cars blocked the road before dawn.",
        "Researchers recruited volunteers from three hospitals for the study.",
        "Dozens of people took part in the march through the old town.",
        "Several studies on tobacco found no link, the review said.",
        "Three women and a man were arrested after the raid in Leeds.",
        "The city council approved a new budget for two cities nearby.",
        "A Device was shown to reporters.",  # the capital form is not the head's
        "An off-duty officer fired a shot at a car-wash in the morning.",
        "Militants bombed a police post and blew up a bridge; the decision was theirs.",
        "In 2014 a storm of the same kind killed 40 people in the region.",
        "Voters elected a mayor, and the participants said the vote was fair.",
        "Among many techniques, surgeons used lasers.",
        "No one said anything about a study at all.",
    ]
    heads = ["device", "devices", "cars", "car", "volunteers", "participants", "study", "studies", "women",
             "woman", "man", "cities", "city", "budget", "officer", "shot", "storm", "mayor", "techniques",
             "lasers", "bridge", "vote"]
    for text in texts:
        for head in heads:
            new, old = _introduction(text, head), _introduction_as_before(text, head)
            assert (new is None) == (old is None), (text, head)
            if new is not None:
                assert (new.span(), new.group()) == (old.span(), old.group()), (text, head)
    assert _introduction(texts[3], "participants") is not None  # "took part" with no form of the word written
    assert _introduction(texts[7], "device") is None
    # the act verbs' patterns are compiled once: "sold" tells a sale, "blew up" an explosion
    told = acts("The firm sold its plant, and a tanker blew up in the port.")
    assert stem("sale") in told and stem("explosion") in told
