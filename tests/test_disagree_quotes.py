"""quotes46: one remark quoted with a word that changes what it says, told from the same remark lightly
edited (issue 11). Every text is invented; each rule has near cases that must not fire."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.quotes import material
from accord.model import Article
from accord.options import DEFAULT


def compared(*texts: str):
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])


def quotes_of(found):
    return [d for d in found.disagreements if d.kind == "quote"]


def test_a_degree_word_of_another_strength_changes_the_remark():
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits fairly shortly", DEFAULT) == "“very” / “fairly”"
    assert material("The damage to the old bridge is extremely serious",
                    "The damage to the old bridge is somewhat serious", DEFAULT)
    # near cases: two strong words, the degree word dropped (a filler), or one weak word for another
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits really shortly", DEFAULT) is None
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits shortly", DEFAULT) is None
    assert material("The damage to the old bridge is fairly serious",
                    "The damage to the old bridge is rather serious", DEFAULT) is None


def test_a_modal_of_another_certainty_changes_the_remark():
    assert material("The plant will close by the end of the year", "The plant may close by the end of the year",
                    DEFAULT) == "“will” / “may”"
    assert material("You must leave the building before the storm arrives",
                    "You might leave the building before the storm arrives", DEFAULT)
    # near cases: "could" / "might" (both unsure), "would" (neither), "will" / "did" (a chant told twice),
    # and the month May, which the rule for names compares, not this one
    assert material("The plant could close by the end of the year", "The plant might close by the end of the year",
                    DEFAULT) is None
    assert material("The plant will close by the end of the year", "The plant would close by the end of the year",
                    DEFAULT) is None
    assert material("How many kids will you hurt today on these streets",
                    "How many kids did you hurt today on these streets", DEFAULT) is None
    assert material("The plant will close at the end of May this year", "The plant will close at the end of June this year",
                    DEFAULT) == "a name"


def test_a_qualifier_dropped_or_added_inside_changes_the_remark():
    assert material("We almost lost the whole house in the flood", "We lost the whole house in the flood", DEFAULT)
    assert material("The plant will close by the end of the year",
                    "The plant will probably close by the end of the year", DEFAULT)
    # near cases: one qualifier for a like one, a qualifier moved, a filler dropped, a qualifier trimmed at an end
    assert material("We almost lost the whole house in the flood", "We nearly lost the whole house in the flood",
                    DEFAULT) is None
    assert material("Mostly we lost the old barns in the flood", "We lost the old barns in the flood mostly",
                    DEFAULT) is None
    assert material("We just lost the whole house in the flood", "We lost the whole house in the flood", DEFAULT) is None
    assert material("We lost the whole house in the flood, probably", "We lost the whole house in the flood",
                    DEFAULT) is None


def test_these_words_count_only_in_one_utterance_lightly_edited():
    # "fairly" for "very" in a remark also reworded throughout is two renderings, not this edit
    assert material("We expect the new attack code to show up in toolkits used by criminals very shortly",
                    "Criminal kits will carry the new attack code fairly shortly, we expect", DEFAULT) is None


def test_one_content_word_swapped_for_another_stays_a_wording():
    # read blind (quotes46), a content word swapped in one remark was a near-synonym three times in four
    # ("improve" / "strengthen", "see" / "look at", "organization" / "company"); word vectors do not tell
    # them from other words, so a swapped content word is a wording, as "a sad time" / "a sad day" is
    assert material("We should be looking for ways to expand the park, not shrink it",
                    "We should be looking at ways to enlarge the park, not shrink it", DEFAULT) is None
    assert material("Our investigation into the organization is no longer purely civil",
                    "Our investigation into the company is no longer purely civil", DEFAULT) is None
    # near case: a word swapped for its opposite still changes the remark
    assert material("We will raise taxes on the rich next year", "We will cut taxes on the rich next year", DEFAULT)


def test_a_person_for_a_thing_or_another_question_word_changes_the_remark():
    # recall69: closed-class words naming what a clause is about; "somebody" is first read as "someone"
    assert material("Dad, I fell over. Somebody pushed me off my bike",
                    "Dad, I fell over. Something pushed me off my bike", DEFAULT) == "“someone” / “something”"
    assert material("When I watch how she trains every day, that is what I wanted to copy",
                    "When I watch how she trains every day, that is why I wanted to copy", DEFAULT)
    assert material("Nobody told us anything about the closure of the plant",
                    "Nobody told us everything about the closure of the plant", DEFAULT) is None  # both things
    assert material("It was a night when everything went wrong for the visitors",
                    "It was a night where everything went wrong for the visitors", DEFAULT) is None
    # mend111: only one word for one word, the words around it unchanged; an idiom reworded around it is a
    # wording, an edit far from it is not
    assert material("When I watch how she trains every day, that is what I wanted to copy",
                    "When I see how she trains every day, that is why I wanted to copy", DEFAULT)
    assert material("I honestly do not know what to say, we are all stunned by the news",
                    "I honestly do not know how to say it, we are all stunned by the news", DEFAULT) is None
    assert material("The crew still cannot explain what happened to the ferry that morning",
                    "The crew still cannot explain how it happened to the ferry that morning", DEFAULT) is None
    # the words count only in one utterance lightly edited, as a degree word does
    assert material("Something must have hit the transformer on the hill before the outage began",
                    "Someone knocked out the power, the engineer told reporters", DEFAULT) is None


def test_one_sentence_closed_on_other_words_is_another_remark():
    # recall73: both wordings give the sentence whole, capital to full stop, and close it on other words
    assert material("The farmers in this valley have no water for their crops, no irrigation.",
                    "The farmers in this valley have no water for their crops, no irrigation scheme.",
                    DEFAULT) == "“no irrigation” / “no irrigation scheme”"
    assert material("The farmers in this valley have no water for their crops, no irrigation.",
                    "It was a dry summer. The farmers in this valley have no water for their crops, no irrigation "
                    "scheme.", DEFAULT)  # the longer one quotes a sentence more
    # near cases: a trim cut inside the sentence (no capital or no full stop), a filler, an elision mark,
    # a sentence going on for more words than a word, and the same sentence quoted whole are wordings
    for a, b in [("farmers in this valley have no water for their crops, no irrigation.",
                  "The farmers in this valley have no water for their crops, no irrigation scheme."),
                 ("The farmers in this valley have no water for their crops, no irrigation",
                  "The farmers in this valley have no water for their crops, no irrigation scheme."),
                 ("The farmers in this valley have no water for their crops at all.",
                  "The farmers in this valley have no water for their crops at all really."),
                 ("The farmers in this valley … have no water for their crops.",
                  "The farmers in this valley have no water for their crops anywhere."),
                 ("The farmers in this valley have no water for their crops.",
                  "The farmers in this valley have no water for their crops or their cattle."),
                 ("We do not expect the farmers to sell their land at the moment.",
                  "We do not expect the farmers to sell their land at the moment and leave."),  # two words more
                 ("The farmers in this valley have no water for their crops.",
                  "It was a dry summer. The farmers in this valley have no water for their crops."),
                 ("It has been hard. It has been hard on everyone in the valley.",  # one wording, two sentences
                  "It has been hard. It has been hard on everyone in the valley.")]:
        assert material(a, b, DEFAULT) is None, (a, b)


def test_a_sentence_closed_on_a_light_word_is_the_same_remark():
    # mend112: the added closing word must extend the last noun ("no irrigation scheme"), not time, grade or
    # address the whole sentence; each case below fired before the mend
    base = "The farmers in this valley will get water for their crops"
    for extra in ("now", "tonight", "soon", "whatsoever", "anymore", "together", "again"):  # time, aspect
        assert material(f"{base}.", f"{base} {extra}.", DEFAULT) is None, extra
    assert material(f"{base}.", f"{base}, neighbours.", DEFAULT) is None  # a comma: a vocative
    assert material(f"{base}.", f"{base}, frankly.", DEFAULT) is None  # a comma: a sentence adverb
    assert material(f"{base}.", f"{base} eventually.", DEFAULT) is None  # an "-ly" word
    assert material("We have visited the workers.", "We have visited the workers injured.", DEFAULT) is None  # "-ed"
    assert material("The new hospital wing is named after Martin Lewis.",
                    "The new hospital wing is named after Martin Lewis Jr.", DEFAULT) is None  # a name suffix
    # the last kept word is no noun: after a helping verb or "to" ("were sinking fast", "to act fast")
    assert material("The old ferries in the harbour were sinking.",
                    "The old ferries in the harbour were sinking fast.", DEFAULT) is None
    assert material("We want the county council to act.", "We want the county council to act fast.", DEFAULT) is None
    # near cases that do extend the noun: two things named
    assert material("The first water trucks will stop near the school.",
                    "The first water trucks will stop near the school gate.", DEFAULT) == "“the school” / “the school gate”"
    assert material("Nobody saw the fire from the old farm.", "Nobody saw the fire from the old farm road.",
                    DEFAULT) == "“old farm” / “old farm road”"  # "Nobody" still opens a whole sentence
    assert material("We lost the north barn. Nobody was inside at the time.",
                    "We lost the north barn roof. Nobody was inside at the time.",
                    DEFAULT) == "“north barn” / “north barn roof”"  # and still starts the next one


def test_one_sentence_closed_on_other_words_is_reported_not_shown_as_wordings():
    found = compared("“The farmers in this valley have no water for their crops, no irrigation.” Mayor Jane Doe "
                     "wrote on Monday.",
                     "“The farmers in this valley have no water for their crops, no irrigation scheme.” Mayor Jane "
                     "Doe wrote on Monday.")
    (d,) = quotes_of(found)
    assert len(d.values) == 2


def test_light_edits_of_one_remark_are_no_disagreement():
    pairs = [
        ("It’s time’s up for the old rules", "It ’ s time ’ s up for the old rules"),  # tokenisation
        ("We were just middle men in the whole deal", "We were middlemen in the whole deal"),  # compound, filler
        ("[The council] has a hard time paying the bills", "They have a hard time paying the bills"),  # brackets
        ("We are right here, and we will rebuild the school", "We are here, and we will rebuild the school"),
        ("Frankly, we will rebuild the school by the autumn", "We will rebuild the school"),  # trims at the ends
        ("We will rebuild the school … and the library", "We will rebuild the school, the gym and the library"),
        ("Police locked down the neighbourhood and talked to him", "Police locked down the neighborhood and talked to him"),
        ("You say one thing and then you say the other", "You say one thing and then you say another"),
        ("We will rebuild the old school first, and then the library will follow",
         "The library will follow, and we will rebuild the old school first"),  # clauses reordered
    ]
    for a, b in pairs:
        assert material(a, b, DEFAULT) is None, (a, b)


def test_a_verb_and_its_particle_against_one_verb_is_one_action():
    # a phrase rule ("content words added inside") once read "get away" / "escape" as three words changed
    assert material("While two of the boats managed to get away before dawn, the frigate stopped the rest",
                    "While two of the boats managed to escape before dawn, the frigate stopped the rest", DEFAULT) is None
    assert material("The revolution was brought about by the West", "The revolution was provoked by the West",
                    DEFAULT) is None
    # near case: a verb with its particle against two other content words is still a phrase rewritten
    assert material("While two of the boats managed to get away before dawn, the frigate stopped the rest",
                    "While two of the boats managed to sink three tankers before dawn, the frigate stopped the rest",
                    DEFAULT)


def test_a_degree_word_swapped_in_a_quote_is_reported_for_one_speaker_only():
    found = compared("“We expect the repairs to the harbour wall to finish very shortly,” Mayor Jane Doe said.",
                     "“We expect the repairs to the harbour wall to finish fairly shortly,” Mayor Jane Doe said.")
    (d,) = quotes_of(found)
    assert d.anchor == "Jane Doe" and len(d.values) == 2
    # near case: another speaker's words are not that remark
    found = compared("“We expect the repairs to the harbour wall to finish very shortly,” Mayor Jane Doe said.",
                     "“We expect the repairs to the harbour wall to finish fairly shortly,” Councilman John Roe said.")
    assert quotes_of(found) == []


# -- recall52: one statement told without quotation marks, given to two people -----------------------

def said_of(found):
    return [d for d in found.disagreements if d.kind == "name" and d.about.startswith("who said “…")]


def test_one_unquoted_statement_given_to_two_people_is_a_name_disagreement():
    found = compared(
        "A tanker truck overturned on the interstate on Tuesday. Crews closed both northbound lanes for "
        "nearly six hours while they pumped the spilled diesel into a second truck, State Police "
        "Captain Laura Fenwick said.",
        "A tanker truck overturned on the interstate on Tuesday. Crews closed both northbound lanes for most "
        "of the afternoon while they pumped the spilled diesel into a second truck, Highway Patrol "
        "Spokesman Daniel Okafor said.")
    said = said_of(found)
    assert len(said) == 1
    assert {v.normalized for v in said[0].values} == {"Laura Fenwick", "Daniel Okafor"}
    assert said[0].type == "conflict" and "second truck" in said[0].about


def test_an_office_before_a_name_the_analyser_reads_as_a_place_is_still_the_speaker():
    found = compared(
        "The driver finally stopped on the shoulder after a chase of about twenty minutes through three "
        "towns, Clearwater County Sheriff Thomas Ruiz said.",
        "The driver finally stopped on the shoulder after a chase of about twenty minutes through three "
        "towns, Clearwater County Undersheriff Ellen Marsh said.")
    assert {v.normalized for v in said_of(found)[0].values} == {"Thomas Ruiz", "Ellen Marsh"}


def test_no_speaker_disagreement_for_near_cases():
    # one person written two ways
    assert not said_of(compared(
        "Crews closed both northbound lanes while they pumped the spilled diesel into a second truck, "
        "Captain Laura Fenwick said.",
        "Crews closed the highway while they pumped the spilled diesel into a second truck, "
        "Laura Fenwick said."))
    # an article giving the statement to both people: both said it
    assert not said_of(compared(
        "Crews closed both lanes while they pumped the spilled diesel into a second truck, Captain Laura "
        "Fenwick said. Crews closed both lanes while they pumped the spilled diesel into a second truck, "
        "Spokesman Daniel Okafor said.",
        "Crews closed both lanes while they pumped the spilled diesel into a second truck, Spokesman "
        "Daniel Okafor said."))
    # two officials telling the same happening in their own words (closing words differ)
    assert not said_of(compared(
        "Crews closed both northbound lanes while they pumped the spilled diesel into a second truck, "
        "Captain Laura Fenwick said.",
        "Crews closed both northbound lanes while the diesel was moved to another tanker, Spokesman "
        "Daniel Okafor said."))
    # two people each ending their own account on one detail (only the close is shared)
    assert not said_of(compared(
        "The blaze was set at the front door and spread inward while a small group of volunteers were "
        "sorting donated clothes, Fire Marshal Helen Pratt said.",
        "The fire started late on Friday evening while a small group of volunteers were sorting donated "
        "clothes, Pastor Samuel Oduya said."))
    # a speaker who is no named person ("police said", "he said")
    assert not said_of(compared(
        "Crews closed both northbound lanes while they pumped the spilled diesel into a second truck, "
        "police said.",
        "Crews closed both northbound lanes while they pumped the spilled diesel into a second truck, "
        "Captain Laura Fenwick said."))
    # a statement in quotation marks is the quote rules' (``speakers``): reported once, by them
    quoted = compared(
        "“Crews closed both lanes while they pumped the spilled diesel into a second truck, ” Captain "
        "Laura Fenwick said.",
        "“Crews closed both lanes while they pumped the spilled diesel into a second truck, ” Spokesman "
        "Daniel Okafor said.")
    assert not said_of(quoted)
    assert len([d for d in quoted.disagreements if d.about.startswith("who said")]) == 1


def test_the_attribution_may_carry_a_day_a_statement_or_whom_it_was_told_to():
    found = compared(
        "Crews closed both northbound lanes for nearly six hours while they pumped the spilled diesel into a "
        "second truck, Captain Laura Fenwick said Tuesday.",
        "Crews closed both northbound lanes for most of the afternoon while they pumped the spilled diesel "
        "into a second truck, Spokesman Daniel Okafor told reporters.")
    assert {v.normalized for v in said_of(found)[0].values} == {"Laura Fenwick", "Daniel Okafor"}
    # near case: what follows "said" is what was said, not when or to whom: the words before are no statement
    assert not said_of(compared(
        "After the tanker overturned on the interstate and spilled its diesel into a ditch, Captain Laura "
        "Fenwick said crews worked all night.",
        "After the tanker overturned on the interstate and spilled its diesel into a ditch, Spokesman Daniel "
        "Okafor said the road would reopen."))


def test_the_speaker_may_follow_said():
    found = compared(
        "Crews closed both northbound lanes for nearly six hours while they pumped the spilled diesel into a "
        "second truck, said Laura Fenwick.",
        "Crews closed both northbound lanes for most of the afternoon while they pumped the spilled diesel "
        "into a second truck, said Daniel Okafor.")
    assert {v.normalized for v in said_of(found)[0].values} == {"Laura Fenwick", "Daniel Okafor"}
    # near case: an office with no name after it is no speaker ("said the county sheriff")
    assert not said_of(compared(
        "Crews closed both northbound lanes for nearly six hours while they pumped the spilled diesel into a "
        "second truck, said the county sheriff.",
        "Crews closed both northbound lanes for most of the afternoon while they pumped the spilled diesel "
        "into a second truck, said Daniel Okafor."))


# --- from test_disagree_frames: a compound written apart is one wording ---
def test_a_compound_written_apart_is_one_wording():
    assert material("We will not be the middle man between the growers and the buyers, ever.",
                    "We will not be the middleman between the growers and the buyers, ever.", DEFAULT) is None
    assert material("Child care costs more than rent for most of the families we see.",
                    "Childcare costs more than rent for most of the families we see.", DEFAULT) is None
    # a filler the editor dropped beside it ("just") is no difference either
    assert material("We were just middle men between the growers and the buyers at the county market this summer.",
                    "We were middlemen between the growers and the buyers at the county market this summer.",
                    DEFAULT) is None
    # another word in its place still changes what was said
    assert material("We will not be the middle man between the growers and the buyers at the county market this summer.",
                    "We will not be the sole agent between the growers and the buyers at the county market this summer.",
                    DEFAULT) is not None


def test_a_joint_attribution_names_no_one_speaker_and_an_office_is_no_part_of_the_name():
    # mend53 (a reviewer's finding on recall52): two people named together both said it
    statement = ("Deputies chased the stolen pickup for nearly thirty miles through three counties before it "
                 "finally stopped on the shoulder")
    assert not said_of(compared(statement + ", Sheriff Robert Pickell and Undersheriff James Gage said.",
                                statement + ", Captain Laura Fenwick said."))
    assert not said_of(compared(statement + ", Sheriff Robert Pickell, Undersheriff James Gage said.",
                                statement + ", Captain Laura Fenwick said."))
    # one person with and without the office is one speaker
    assert not said_of(compared(statement + ", Undersheriff James Gage said.", statement + ", James Gage said."))
    # near cases: one person named beside a place, or after a clause of the statement, is still the speaker
    found = compared(statement + " in Marlow, Ohio, Undersheriff James Gage said.",
                     statement + " in Marlow, Ohio, Captain Laura Fenwick said.")
    assert {v.normalized for v in said_of(found)[0].values} == {"James Gage", "Laura Fenwick"}
    found = compared(statement + ", and the driver ran off, Undersheriff James Gage said.",
                     statement + ", and the driver ran off, Captain Laura Fenwick said.")
    assert {v.normalized for v in said_of(found)[0].values} == {"James Gage", "Laura Fenwick"}
