"""quotes46: one remark quoted with a word that changes what it says, told from the same remark lightly
edited (issue 11). Every text is invented; each rule has near cases that must not fire."""
from accord.align import align
from accord.analyse import analyse_story
from accord.disagree import compare
from accord.disagree.quotes import continued, material, quote_groups, same_word
from accord.model import Article, Mention, Sentence
from accord.options import DEFAULT


def compared(*texts: str):
    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, DEFAULT)
    return compare(align(arts, sentences), DEFAULT, articles=[a.id for a in arts])


def quotes_of(found):
    return [d for d in found.disagreements if d.kind == "quote"]


def test_one_content_word_swapped_for_a_different_word_changes_the_remark():
    assert material("They were skimming money off the top of every contract we signed",
                    "They were skimping money off the top of every contract we signed", DEFAULT) == "“skimming” / “skimping”"
    assert material("We found the boy near the river bank just after dawn",
                    "We found the boy near the river bend just after dawn", DEFAULT)
    # a swap beside a changed function word ("at" / "for") and a pronoun added is still that one swap
    assert material("We should be looking for ways to expand it, not shrink it",
                    "we should be looking at ways to protect [the park] - not shrink it.", DEFAULT)


def test_a_form_a_spelling_or_a_near_synonym_of_a_word_is_no_swap():
    for a, b in [("realised", "realized"), ("colour", "color"), ("weaken", "weakened"), ("city", "cities"),
                 ("time", "day"), ("kids", "children"), ("car", "vehicle"), ("somebody", "someone")]:
        assert same_word(a, b, DEFAULT), (a, b)
    assert not same_word("skimming", "skimping", DEFAULT)
    assert material("I realised then that we had lost the whole harvest",
                    "I realized then that we had lost the whole harvest", DEFAULT) is None
    assert material("It is a sad time for the whole Miller family", "It is a sad day for the whole Miller family",
                    DEFAULT) is None
    assert material("Our kids deserve safer streets in this town", "Our children deserve safer streets in this town",
                    DEFAULT) is None


def test_light_edits_of_one_remark_are_no_disagreement():
    pairs = [
        ("It’s time’s up for the old rules", "It ’ s time ’ s up for the old rules"),   # tokenisation
        ("We were just middle men in the whole deal", "We were middlemen in the whole deal"),  # compound, filler
        ("[The council] has a hard time paying the bills", "They have a hard time paying the bills"),  # brackets
        ("We are right here, and we will rebuild the school", "We are here, and we will rebuild the school"),  # filler
        ("Frankly, we will rebuild the school by the autumn", "We will rebuild the school"),  # trims at the ends
        ("We will rebuild the school … and the library", "We will rebuild the school, the gym and the library"),  # elision
        ("The revolution was brought about by the West", "The revolution was provoked by the West"),  # phrasal verb
        ("They managed to get away before dawn", "They managed to escape before dawn"),
    ]
    for a, b in pairs:
        assert material(a, b, DEFAULT) is None, (a, b)


def test_a_degree_word_of_another_strength_changes_the_remark():
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits fairly shortly", DEFAULT) == "“very” / “fairly”"
    # near cases: two strong words, or the degree word dropped (a filler), say the same
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits really shortly", DEFAULT) is None
    assert material("We expect it to show up in the toolkits very shortly",
                    "We expect it to show up in the toolkits shortly", DEFAULT) is None


def test_a_qualifier_dropped_or_a_modal_of_another_certainty_changes_the_remark():
    assert material("We almost lost the whole house in the flood", "We lost the whole house in the flood", DEFAULT)
    assert material("The plant will probably close by the end of the year",
                    "The plant will close by the end of the year", DEFAULT)
    assert material("The plant will close by the end of the year", "The plant may close by the end of the year",
                    DEFAULT) == "“will” / “may”"
    # near cases: "could" / "might" (both unsure), "would" (neither), a dropped "just"
    assert material("The plant could close by the end of the year", "The plant might close by the end of the year",
                    DEFAULT) is None
    assert material("The plant will close by the end of the year", "The plant would close by the end of the year",
                    DEFAULT) is None
    assert material("We just lost the whole house in the flood", "We lost the whole house in the flood", DEFAULT) is None


def test_a_swap_only_in_one_utterance_not_in_a_rewording():
    # three words swapped: two renderings of a remark (a translation), not one remark edited
    assert material("We saw the red truck leave the farm early on Sunday",
                    "We heard the blue truck leave the barn early on Sunday", DEFAULT) is None
    # near case: the same swap with words added elsewhere is left to the rules for added words
    assert material("We found the boy near the river bank just after dawn",
                    "We found the boy and his dog near the river bend just after dawn", DEFAULT) != "“bank” / “bend”"


def test_a_swapped_word_in_a_quote_is_reported_for_one_speaker_only():
    found = compared("“They were skimming money off the top of every contract we signed,” Mayor Jane Doe said.",
                     "“They were skimping money off the top of every contract we signed,” Mayor Jane Doe said.")
    (d,) = quotes_of(found)
    assert d.anchor == "Jane Doe" and len(d.values) == 2
    # near case: another speaker's words are not that remark
    found = compared("“They were skimming money off the top of every contract we signed,” Mayor Jane Doe said.",
                     "“They were skimping money off the top of every contract we signed,” Councilman John Roe said.")
    assert quotes_of(found) == []


def _sentence(text: str, article: str = "a", index: int = 1, mentions: list[Mention] | None = None) -> Sentence:
    return Sentence(article=article, index=index, text=text, mentions=mentions or [])


def test_the_end_of_a_remark_cut_by_the_sentence_splitter_is_a_wording():
    before = _sentence("“The storm hit the coast harder than anyone expected.", index=0)
    after = _sentence("We should be looking for ways to rebuild the harbour, not abandon it,” the mayor said.")
    (q,) = continued(after, before, DEFAULT)
    assert q.value == "We should be looking for ways to rebuild the harbour, not abandon it"
    # near cases: no open quotation before it, a sentence with its own quotation, too few words
    assert continued(after, _sentence("The storm hit the coast harder than anyone expected.", index=0), DEFAULT) == []
    assert continued(_sentence("“We will rebuild the harbour,” she said."), before, DEFAULT) == []
    assert continued(_sentence("Not now,” she said."), before, DEFAULT) == []
    assert continued(after, None, DEFAULT) == []


def test_a_word_a_letter_apart_is_another_word_unless_a_typing_slip():
    assert not same_word("sneaking", "speaking", DEFAULT)
    # near cases: a doubled letter, two letters swapped
    assert same_word("occured", "occurred", DEFAULT) and same_word("recieve", "receive", DEFAULT)


def test_british_and_american_spellings_are_one_word():
    for a, b in [("neighbourhood", "neighborhood"), ("organisation", "organization"), ("analysed", "analyzed"),
                 ("centre", "center"), ("travelled", "traveled"), ("defence", "defense"), ("programme", "program"),
                 ("favourite", "favorite")]:
        assert same_word(a, b, DEFAULT), (a, b)
    assert material("Police locked down the neighbourhood and talked to the suspect",
                    "Police locked down the neighborhood and talked to the suspect", DEFAULT) is None
    # near case: two words that only look alike
    assert not same_word("council", "counsel", DEFAULT)


def test_reordered_clauses_of_the_same_words_are_one_remark():
    assert material("We will rebuild the old school first, and then the library will follow",
                    "The library will follow, and we will rebuild the old school first", DEFAULT) is None
    # near case: the same clauses with one word swapped in one of them
    assert material("We will rebuild the old school first and then the new library will follow",
                    "We will rebuild the old church first and then the new library will follow", DEFAULT)


def test_a_word_inside_another_is_its_form_unless_a_prefix_negates_it():
    assert same_word("other", "another", DEFAULT)
    assert material("You say one thing and then you say the other", "You say one thing and then you say another",
                    DEFAULT) is None
    # near case: a negating prefix makes the opposite word
    assert not same_word("true", "untrue", DEFAULT) and not same_word("honest", "dishonest", DEFAULT)


def _cut(first: str, second: str, article: str = "a") -> list[Sentence]:
    """One remark cut by the sentence splitter: the first sentence opens the quotation, the second closes it."""
    name = second.index("Jane Doe")
    speaker = Mention(kind="entity", text="Jane Doe", value="Jane Doe", label="PERSON", start=name, end=name + 8)
    opened = Mention(kind="quote", text=first, value=first.lstrip("“"), label="Jane Doe", start=0, end=len(first))
    return [Sentence(article, 0, first, [opened]), Sentence(article, 1, second, [speaker])]


def _quoted(text: str, article: str = "b") -> Sentence:
    return Sentence(article, 0, f"“{text},” Jane Doe said.",
                    [Mention(kind="quote", text=text, value=text, label="Jane Doe", start=1, end=len(text) + 1)])


def test_the_end_of_a_cut_remark_is_compared_only_with_the_same_utterance():
    story = _cut("“The harbour was hit hard by the storm last winter.",
                 "We should be looking for ways to rebuild the harbour, not abandon it,” Mayor Jane Doe said.")
    groups = quote_groups([*story, _quoted("We should be looking for ways to sell the harbour, not abandon it")],
                          DEFAULT)
    (group,) = groups
    assert {str(m.value) for m, _ in group} == {"We should be looking for ways to rebuild the harbour, not abandon it",
                                               "We should be looking for ways to sell the harbour, not abandon it"}
    # near case: another sentence of the same speech, sharing a name and a topic, is another remark
    story = _cut("“The voters have spoken.", "So today I want to thank the harbour workers of Port Ellen for their "
                 "work,” Mayor Jane Doe said.")
    assert quote_groups([*story, _quoted("The harbour workers of Port Ellen are no strangers to hard work")],
                        DEFAULT) == []
