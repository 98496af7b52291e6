"""disagree.naming (names47): a disagreement's `about` names the slot in the evidence's own words, or
falls back to the words around the figure; invented stories only, with near cases that must not fire."""
from test_disagree import compared, of_kind

from accord.disagree import naming
from accord.model import Sentence


def _s(text: str) -> Sentence:
    return Sentence(article="a", index=0, text=text)


# --- places -------------------------------------------------------------------------------------------

def test_a_place_written_after_a_preposition_is_a_place():
    assert naming.written_place(_s("Nine people were killed in Dunmore on Friday."), "Dunmore")
    assert naming.written_place(_s("Two died in the northern town of Kelso, officials said."), "Kelso")
    assert naming.written_place(_s("Four died at a roadblock in Kelso province."), "Kelso")


def test_an_adjective_before_a_noun_is_no_place():
    """"killed in Israeli airstrikes": the tagger's place describes the next noun."""
    assert not naming.written_place(_s("At least 30 were killed in Israeli airstrikes overnight."), "Israeli")
    assert not naming.written_place(_s("Ruritanian troops killed 12 villagers."), "Ruritanian")
    assert not naming.written_place(_s("Twelve died near the Dunmore border crossing."), "Dunmore")


def test_a_count_is_not_named_by_an_adjective_place():
    found = compared("At least 30 people were killed in Ruritanian airstrikes on the camp.",
                     "Some 24 people were killed in Ruritanian airstrikes on the camp.")
    (d,) = of_kind(found, "number")
    assert "Ruritanian" not in d.about and d.about.startswith("people killed")


def test_a_count_names_its_place_and_its_one_weekday():
    found = compared("At least 30 people were killed in Dunmore on Monday, medics said.",
                     "Some 24 people were killed in Dunmore on Monday.")
    (d,) = of_kind(found, "number")
    assert d.about == "people killed in Dunmore on Monday"


def _days(*texts: str) -> str | None:
    figures = []
    for t in texts:
        at = next(k for k, c in enumerate(t) if c.isdigit() or t[k:].startswith(("Nine", "Eleven")))
        figures.append((_s(t), at, at + 2))
    return naming.common_weekday(figures)


def test_two_weekdays_or_a_day_of_saying_name_no_day():
    assert _days("Nine were killed on Monday.", "Eleven were killed on Sunday.") is None
    assert _days("Nine were killed, the ministry said Monday.", "Eleven were killed, the ministry said Monday.") is None
    assert _days("Nine were killed on Monday.", "Eleven were killed.") is None
    assert _days("Nine were killed Monday.", "Eleven died on Monday.") == "Monday"


def test_a_weekday_of_another_clause_names_no_day():
    """"The storm hit Kelso on Sunday, after killing 50 in Dunmore": Sunday is not the day of the toll."""
    assert _days("The storm hit Kelso on Sunday, after killing 50 in Dunmore.",
                 "The storm hit Kelso on Sunday, after killing 64 in Dunmore.") is None


# --- amounts ------------------------------------------------------------------------------------------

def _after(text: str, figure: str) -> str | None:
    return naming.figure_of(_s(text), text.index(figure) + len(figure))


def test_what_an_amount_is_of_is_the_noun_phrase_after_it():
    assert _after("The council passed a $4.2 million repair package on Tuesday.", "million") == "of the repair package"
    # one word is a head with no modifier: which budget, readers ask
    assert _after("The $90 million budget covered the parks.", "million") is None
    assert _after("Ministers pledged $3 billion in flood aid to the region.", "billion") == "in flood aid"
    assert _after("They imposed $8 billion worth of import duties.", "billion") == "of import duties"


def test_no_noun_phrase_after_an_amount_names_nothing():
    assert _after("The film has earned $212 million around the world.", "million") is None
    assert _after("The campaign had $12 million on hand.", "million") is None
    assert _after("It raised $2 million.", "million") is None
    assert _after("He signed for $30 million, the team said.", "million") is None
    # a phrase longer than three words has a head the first words do not give
    assert _after("It is a $5 million state park land purchase fund plan.", "million") is None


def test_an_amount_disagreement_is_named_by_what_it_is_of():
    found = compared("The city approved a $4.2 million repair package for the old bridge.",
                     "The city approved a $4.8 million repair package for the old bridge.")
    (d,) = [d for d in of_kind(found, "number") if d.about.startswith(("amount", "how much"))]
    assert d.about == "amount of the repair package"


def test_an_amount_with_nothing_after_it_keeps_the_words_around_it():
    found = compared("The festival has taken in $4.2 million around the country so far.",
                     "The festival has taken in $4.8 million around the country so far.")
    (d,) = [d for d in of_kind(found, "number") if d.about.startswith(("amount", "how much"))]
    assert d.about.startswith("how much (USD): “")


# --- events -------------------------------------------------------------------------------------------

def _event(text: str, word: str, time: str, names: list[str] = ()) -> str | None:  # type: ignore[assignment]
    at = text.index(word)
    lo = text.index(time)
    spans = [(text.index(n), text.index(n) + len(n), "PERSON") for n in names]
    return naming.event_phrase(_s(text), at, word, (lo, lo + len(time)), spans)


def test_a_named_subject_and_its_verb_name_the_event():
    assert _event("Senator Hal Brenner on Monday sued the state board.", "sued", "Monday",
                  ["Hal Brenner"]) == "Hal Brenner sued the state board"
    assert _event("Mayor Ada Quill was arrested Friday in Dunmore.", "arrested", "Friday",
                  ["Ada Quill"]) == "Ada Quill was arrested"


def test_a_common_noun_subject_names_the_event():
    assert _event("The collapse happened at about 4:10 p.m. near the pier.", "happened", "4:10 p.m.") == \
        "the collapse happened"
    assert _event("Police said the two guards were fired Tuesday.", "fired", "Tuesday") == "the two guards were fired"


def test_an_event_noun_names_itself():
    assert _event("Fans packed the stadium for the playoff game at 4 p.m. Sunday.", "game", "4 p.m.") == \
        "of the playoff game"
    assert _event("On Sunday the Saints beat the Rams at 4 p.m.", "beat", "4 p.m.") == "the Saints beat"  # a verb


def test_a_subject_inside_a_longer_phrase_names_nothing():
    """"aides to a senator from the Northern Isles were indicted": the words before the verb are not
    its subject."""
    assert _event("Two aides to a senator from the Northern Isles were indicted Thursday.", "indicted",
                  "Thursday") is None
    assert _event("A relative of the victims said she learned Tuesday.", "learned", "Tuesday") is None
    assert _event("It happened on Tuesday.", "happened", "Tuesday") is None


def test_a_day_disagreement_is_named_by_its_subject():
    found = compared("Senator Hal Brenner on Monday sued the state election board over the count.",
                     "Senator Hal Brenner on Tuesday sued the state election board over the count.")
    (d,) = of_kind(found, "date")
    assert d.about == "day Senator Hal Brenner sued the state election board" and len(d.values) == 2



def test_a_named_subject_inside_a_phrase_of_place_names_nothing():
    """"aides of a delegate from the Northern Isles were indicted": the place is no subject."""
    text = "Two aides of a delegate from the Northern Isles were indicted Thursday."
    lo = text.index("Northern Isles")
    assert naming.event_phrase(_s(text), text.index("indicted"), "indicted", (text.index("Thursday"), len(text) - 1),
                               [(lo, lo + len("Northern Isles"), "GPE")]) is None


def test_a_verb_keeps_its_particle_and_the_person_it_was_done_to():
    # (labels67: a short object after "a" is kept too)
    assert _event("The singer checked into a clinic on Friday.", "checked", "Friday") == "the singer checked into a clinic"
    text = "The Hawks signed Tom Abel on Tuesday."
    lo = text.index("Tom Abel")
    assert naming.event_phrase(_s(text), text.index("signed"), "signed", (text.index("Tuesday"), len(text) - 1),
                               [(4, 9, "ORG"), (lo, lo + 8, "PERSON")]) == "Hawks signed Tom Abel"


def test_an_amount_of_an_empty_head_names_nothing():
    assert _after("Offers were in the $140 million range last year.", "million") is None


def test_a_length_is_named_by_the_verb_it_measures():
    text = "The inquiry lasted more than six hours."
    assert naming.verb_before(_s(text), text.index("six"), []) == "the inquiry lasted"
    text = "Mira Lent had been hospitalized for the past two weeks."
    assert naming.verb_before(_s(text), text.index("two"), [(0, 9, "PERSON")]) == "Mira Lent had been hospitalized"
    # no past form right before the figure, or no subject for it: nothing
    text = "It took the jury less than a day."
    assert naming.verb_before(_s(text), text.index("less"), []) is None
    text = "He was jailed after 40 days on the run."
    assert naming.verb_before(_s(text), text.index("40"), []) is None
    text = "The city of Dunmore, Kent, got 15 inches of snow."
    assert naming.verb_before(_s(text), text.index("15"), [(12, 19, "GPE"), (21, 25, "GPE")]) is None


def test_a_place_before_a_preposition_is_still_a_place():
    assert naming.written_place(_s("At least 64 were left dead in the Dunmore Isles amid landslides."), "Dunmore Isles")
    assert naming.written_place(_s("Four died in Kelso during the storm."), "Kelso")


def test_a_subject_never_runs_across_a_conjunction():
    assert _event("Guards sealed the office while police began talks on Friday.", "began", "Friday") is None


def test_a_share_is_named_by_the_whole_it_is_of():
    text = "Officials said 81 per cent of eligible voters had cast ballots."
    assert naming.share_of(_s(text), text.index("cent") + 4) == "of eligible voters"
    text = "Up to 60 per cent of phone services in Kelso were cut."
    assert naming.share_of(_s(text), text.index("cent") + 4) == "of phone services in Kelso"
    text = "Nearly 40 percent of the phone market went to rivals."
    assert naming.share_of(_s(text), text.index("percent") + 7) == "of the phone market"
    text = "It holds nearly 40 percent of the market share in Kelso."  # "share of the market share": no
    assert naming.share_of(_s(text), text.index("percent") + 7) is None
    text = "Nearly 40 percent of traffic to Kelso was cut."  # one word alone: whose traffic?
    assert naming.share_of(_s(text), text.index("percent") + 7) is None
    # no "of", or a phrase that goes on past two words: nothing
    text = "Shares fell 5 percent on Monday."
    assert naming.share_of(_s(text), text.index("percent") + 7) is None
    text = "More than 60 percent of voters believe migrants help."
    assert naming.share_of(_s(text), text.index("percent") + 7) is None


def test_a_ranked_noun_is_named_by_what_it_is_part_of():
    text = "The bill changes the fourth verse of the hymn from its old wording."
    assert naming.ranked_of(_s(text), text.index("fourth") + 6, "verse") == "verse of the hymn"
    text = "The car fell to the 12th floor, where rescuers waited."
    assert naming.ranked_of(_s(text), text.index("12th") + 4, "floor") is None
    text = "The 9th floor of the building in Kelso was empty."
    assert naming.ranked_of(_s(text), text.index("9th") + 3, "floor") == "floor of the building"


def test_a_verb_keeps_a_second_verb_and_a_short_object():
    assert _event("Later that year, Ray Dunn shot and killed his father in a field.", "shot", "Later that year",
                  ["Ray Dunn"]) == "Ray Dunn shot and killed his father"
    assert _event("The agency proposed the new rules in May and has since received comments.", "proposed", "May") == \
        "the agency proposed the new rules"
    assert _event("In 2009 Ray Dunn pleaded guilty to fraud.", "pleaded", "2009", ["Ray Dunn"]) == "Ray Dunn pleaded guilty"
    # an object that runs on is left out; labels68: a clause that describes it ends it ("that govern wells")
    assert _event("The agency proposed the new rules that govern wells on Monday.", "proposed", "Monday") == \
        "the agency proposed the new rules"
    assert _event("The agency proposed the new rules for oil wells on Monday.", "proposed", "Monday") == \
        "the agency proposed the new rules"
    assert _event("The agency proposed the new federal drilling rules on Monday.", "proposed", "Monday") == \
        "the agency proposed"


# --- names48: money, distances, measures and counts named by their noun phrase ------------------------

def _money(text: str, figure: str) -> str | None:
    at = text.index(figure)
    return naming.money_of(_s(text), at, at + len(figure))


def test_an_amount_is_named_by_a_modifier_set_off_before_it():
    assert _money("The Rovers gave Ann Kell a four - year, $40 million contract on Monday.", "$40 million") == \
        "of the four-year contract"
    assert _money("Kelso made him a six-year deal worth about $90 million last week.", "$90 million") == \
        "of the six-year deal"
    # near cases: a bare head ("a $5 million contract": which one?), a verb after the figure, no modifier
    assert _money("The club signed him to a $5 million contract.", "$5 million") is None
    assert _money("The deal is worth $90 million, the paper said.", "$90 million") is None
    assert _money("In a four - year, $40 million spent on roads, the town grew.", "$40 million") is None


def test_an_amount_is_named_by_the_name_it_stands_before():
    assert _money("Firms drew loans under the $600 billion Small Firms Relief Fund — and kept them.",
                  "$600 billion") == "of the Small Firms Relief Fund"
    # near cases: a name followed by its head noun, a weekday, no determiner before the figure
    assert _money("The town won a $5 million Kell Foundation grant for parks.", "$5 million") is None
    assert _money("The board approved the $5 million Monday, officials said.", "$5 million") is None
    assert _money("It raised $5 million Ann Kell said.", "$5 million") is None
    assert _money("It spent the $5 million Ann Kell said it would.", "$5 million") is None


def test_an_amount_is_not_named_by_a_person_after_it():
    found = compared("The city lost the $5 million Ann Kell, the mayor, had set aside for parks.",
                     "The city lost the $6 million Ann Kell, the mayor, had set aside for parks.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "how much the city lost", d.about  # the subject and verb, not "amount of the Ann Kell"


def test_an_amount_is_named_by_its_subject_and_verb():
    text = "By June, the shortfall amounted to $12.5 billion, a record."
    assert naming.amount_told(_s(text), text.index("$12.5"), []) == "the shortfall amounted to"
    text = "The city council paid $3 million to settle the suit."
    assert naming.amount_told(_s(text), text.index("$3"), []) == "the city council paid"
    # near cases: no past form right before the figure, a report verb
    text = "The city will pay $3 million to settle."
    assert naming.amount_told(_s(text), text.index("$3"), []) is None
    text = "He said $3 million was missing."
    assert naming.amount_told(_s(text), text.index("$3"), []) is None


def test_an_amount_of_a_list_is_the_whole_list():
    text = "Thieves took $40 million worth of gold rings, bracelets and watches from the shop."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "of gold rings, bracelets and watches"
    text = "Thieves took $40 million worth of pearls, rings and watches from the shop."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "of pearls, rings and watches"
    # near cases: a comma before a verb or a determiner ends the phrase, "and other" keeps the first noun
    text = "They passed a $40 million road repair bill, setting up a vote."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "of the road repair bill"
    text = "It set $40 million worth of annual levies and other fees on imports."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "of annual levies"
    text = "It gave $40 million in farm aid and cheap loans to growers."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "in farm aid and cheap loans"
    text = "Thieves took $40 million worth of gold rings, bracelets and small watches from the shop."
    assert naming.figure_of(_s(text), text.index("million") + 7) == "of gold rings, bracelets and small watches"
    # an "and" that joins a second verb is no list: the one-word head stays unnamed
    text = "The club gave him a $40 million deal and re-signed two guards."
    assert naming.figure_of(_s(text), text.index("million") + 7) is None


def test_a_distance_is_named_by_the_place_it_is_measured_from():
    text = "Kelso, an island 1, 200 kilometers south of Dunmore, has a port."
    assert naming.direction_of(_s(text), text.index("kilometers") + 10) == "south of Dunmore"
    text = "The camp lies 40 miles (64 km) north - east of Kelso."
    assert naming.direction_of(_s(text), text.index("miles") + 5) == "north-east of Kelso"
    # near cases: no direction, a place further on ("of the port of …")
    text = "The camp lies 40 miles (64 km) north - east of Kelso."  # the figure alone, its unit after it
    assert naming.direction_of(_s(text), text.index("40") + 2) == "north-east of Kelso"
    text = "The camp lies 40 miles from Kelso."
    assert naming.direction_of(_s(text), text.index("miles") + 5) is None
    text = "The quake hit 40 miles southwest of the port of Kelso."
    assert naming.direction_of(_s(text), text.index("miles") + 5) is None


def test_a_count_keeps_its_own_modifiers():
    text = "At least six major federal agencies were breached."
    assert naming.counted_with(_s(text), text.index("six") + 3, "agencies") == "major federal agencies"
    text = "Several US service members were hurt."
    assert naming.counted_with(_s(text), text.index("Several") + 7, "members") == "US service members"
    # near cases: no modifier, comparison words, a verb between
    text = "Some 400 protesters were detained."
    assert naming.counted_with(_s(text), text.index("400") + 3, "protesters") is None
    text = "The storm killed 12 more people."
    assert naming.counted_with(_s(text), text.index("12") + 2, "people") is None
    text = "It killed 12 and wounded people nearby."
    assert naming.counted_with(_s(text), text.index("12") + 2, "people") is None


def test_a_count_is_named_with_its_modifiers_in_a_brief():
    found = compared("At least 30 young farm workers were killed in Dunmore on Monday, medics said.",
                     "Some 24 workers were killed in Dunmore on Monday.")
    (d,) = of_kind(found, "number")
    assert d.about.startswith("young farm workers killed"), d.about


def test_an_amount_is_named_in_a_brief():
    found = compared("The Rovers gave Ann Kell a four - year, $40 million contract on Monday.",
                     "The Rovers gave Ann Kell a four - year, $44 million contract on Monday.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "amount of the four-year contract"


def test_a_weight_is_named_by_the_one_person_described():
    found = compared("Deputies said Ray Dunmore is 5-foot-8, 135 pounds, with a tattoo on his neck.",
                     "He is 5 feet 8 inches tall, weighing 150 pounds, and has a shaved head.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "weight of Ray Dunmore", d.about
    # near case: two people named, whose weight is it?
    found = compared("Deputies said Ray Dunmore, who was with Tom Kell, is 5-foot-8, 135 pounds, with a tattoo.",
                     "He is 5 feet 8 inches tall, weighing 150 pounds, and has a shaved head.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "weight", d.about  # labels67: the quantity alone, never four words cut around the figure


def test_a_distance_is_named_by_its_direction_in_a_brief():
    found = compared("Kelso, a port island, lies 1, 500 kilometers south of Dunmore, officials said.",
                     "Kelso, a port island, lies 1, 150 kilometers south of Dunmore, officials said.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "how far south of Dunmore", d.about


def test_a_second_verb_after_and_is_no_list_of_things() -> None:
    """mend: "paid a $4 million fine and apologized" names no "fine and apologized"; a list of things stays."""
    from accord.disagree import naming
    from accord.model import Sentence
    t = "Kelso Bank paid a $4 million fine and apologized to clients."
    assert "apologized" not in (naming.figure_of(Sentence("a", 0, t), t.index("million") + 7) or "")
    t = "Thieves took $2 million worth of diamond rings, necklaces and watches."
    assert naming.figure_of(Sentence("a", 0, t), t.index("million") + 7) == "of diamond rings, necklaces and watches"


def test_an_event_is_named_as_a_participle() -> None:
    """precision51: "times striking", "people shoot" read as no words: the event's participle."""
    assert [naming.participle(w) for w in ("shoot", "striking", "stabbing", "presiding", "killed", "death")] == \
        ["shot", "struck", "stabbed", "presided", "killed", "death"]
    found = compared("Tom Vale, 16, was shot eleven times after police said he pulled a gun in Harlow.",
                     "An autopsy showed Tom Vale had been shot seven times, his family said.")
    (d,) = [d for d in found.disagreements if d.kind == "number"]
    assert d.about == "times shot", d.about


def test_an_event_the_figure_does_not_tell_is_not_its_name() -> None:
    """precision51: "the shooting trial of … mother of 12" names no people shot."""
    found = compared("Prosecutors release new video in shooting trial of Harlow mother of 12, Ana Ruiz",
                     "Video of Harlow mother of 13 Ana Ruiz shot and killed in a gang shooting was released Thursday.")
    assert [d.about for d in found.disagreements if d.kind == "number"] == ["people"]
    t = "Police said 15 people were stabbed in the attack."
    assert naming.event_told(Sentence("a", 0, t), t.index("15"), t.index("15") + 2, "stabbing")
    t = "Video of Harlow mother of 13 Ana Ruiz shot and killed in a gang shooting."
    assert not naming.event_told(Sentence("a", 0, t), t.index("13"), t.index("13") + 2, "shoot")


def test_an_event_told_before_a_list_or_past_a_place_still_names_the_count() -> None:
    """precision51: near cases of ``event_told`` — the verb before a list of things, or before "over the ceremony"."""
    t = "Commandos seized seven assault rifles, two other rifles and a grenade launcher from the boat."
    assert naming.event_told(Sentence("a", 0, t), t.index("two"), t.index("two") + 3, "seized")
    t = "He presided over that ceremony three times."
    assert naming.event_told(Sentence("a", 0, t), t.index("three"), t.index("three") + 5, "presided")
    t = "Prosecutors release new video in shooting trial of Harlow mother of 12, Ana Ruiz"
    assert not naming.event_told(Sentence("a", 0, t), t.index("12"), t.index("12") + 2, "shoot")


def test_a_participle_of_a_stem_in_ee_and_nouns_in_ing() -> None:
    """mend52: "freeing" is freed, "agreeing" agreed; "morning" and "evening" are nouns, no verb's form."""
    assert [naming.participle(w) for w in ("freeing", "agreeing", "morning", "evening", "string")] == \
        ["freed", "agreed", "morning", "evening", "string"]
    # near cases: verbs in -ing still take their participle
    assert [naming.participle(w) for w in ("voting", "stabbing", "striking", "fleeing")] == \
        ["voted", "stabbed", "struck", "fled"]


def test_event_told_windows_are_options() -> None:
    """mend52: ``event_told``'s reach (8 words, 100 and 60 characters) is read from the options."""
    from accord.options import DEFAULT
    t = "Police said 15 people were stabbed in the attack."
    start, end = t.index("15"), t.index("15") + 2
    assert naming.event_told(Sentence("a", 0, t), start, end, "stabbing")
    assert not naming.event_told(Sentence("a", 0, t), start, end, "stabbing",
                                 DEFAULT.with_(disagree_event_chars_after=5))
    t = "He presided over that ceremony three times."
    start, end = t.index("three"), t.index("three") + 5
    assert naming.event_told(Sentence("a", 0, t), start, end, "presided")
    assert not naming.event_told(Sentence("a", 0, t), start, end, "presided", DEFAULT.with_(disagree_event_words=2))
