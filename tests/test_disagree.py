"""disagree: figures, quotes, names and dates that differ between outlets, every side shown."""
from datetime import date

from accord.disagree import find, slot_key
from accord.model import Fact, Mention, Sentence


def num(text, value, low, high, label, predicate=None, qualifier=None):
    return Mention(kind="number", text=text, value=value, low=low, high=high, label=label,
                   predicate=predicate, qualifier=qualifier)


def fact_of(*sentences: Sentence) -> Fact:
    arts = []
    for s in sentences:
        if s.article not in arts:
            arts.append(s.article)
    return Fact(id="f", text=sentences[0].text, sentences=list(sentences), support=arts, independent=len(arts))


def facts_of(*sentences: Sentence) -> list[Fact]:
    return [fact_of(s) for s in sentences]


def test_slot_key_uses_noun_class_then_event_class():
    assert slot_key(num("2,000", 2000, 2000, 2000, "soldier", "send")) == "troops"
    assert slot_key(num("2,000", 2000, 2000, 2000, "troop", "withdraw")) == "troops"
    assert slot_key(num("164", 164, 164, 164, "people", "die")) == "people killed"
    assert slot_key(num("164", 164, 164, 164, None, "kill")) == "people killed"
    assert slot_key(num("9,000", 9000, 9000, 9000, "people", "detain")) == "people arrested"
    assert slot_key(num("3", 3, 3, 3, "people", "stab")) == "people injured"
    assert slot_key(num("10", 10, 10, 10, "day", "take")) is None  # a duration is not a count
    assert slot_key(num("$2", 2e9, 2e9, 3e9, "USD", "total")) is None  # money is not a head count
    assert slot_key(num("5", 5, 5, 5, "people", None)) is None  # nothing says what is counted


def test_conflicting_figures_list_every_side_with_sources_and_evidence():
    s = [Sentence("a", 0, "Around 2,000 soldiers were sent.", [num("Around 2,000", 2000, 1900, 2100, "soldier", "send", "around")]),
         Sentence("b", 0, "Roughly 2,300 troops were dispatched.", [num("Roughly 2,300", 2300, 2185, 2415, "troop", "dispatch", "roughly")]),
         Sentence("c", 0, "More than 2,000 troops began to withdraw.", [num("More than 2,000", 2000, 2000, 4000, "troop", "withdraw", "more than")]),
         Sentence("d", 0, "The 2,500-strong deployment proved its worth.", [num("2,500", 2500, 2500, 2500, "deployment", "prove")])]
    found = find(facts_of(*s), articles=["a", "b", "c", "d"])
    assert len(found) == 1
    d = found[0]
    assert d.kind == "number" and not d.compatible and d.about == "troops"
    assert sorted(v.value for v in d.values) == ["2,500", "Around 2,000", "More than 2,000", "Roughly 2,300"]
    assert {v.articles[0]: v.evidence for v in d.values}["b"] == "Roughly 2,300 troops were dispatched."


def test_more_than_alone_does_not_contradict_and_is_marked_compatible():
    s = [Sentence("a", 0, "More than 2,000 troops arrived.", [num("More than 2,000", 2000, 2000, 4000, "troop", "arrive", "more than")]),
         Sentence("b", 0, "Some 2,300 troops arrived.", [num("2,300", 2300, 2300, 2300, "troop", "arrive")])]
    (d,) = find(facts_of(*s))
    assert d.compatible


def placed(sentence: Sentence) -> Sentence:
    """Give each mention its place in the sentence, as the analysers do."""
    for m in sentence.mentions:
        m.start = sentence.text.index(m.text)
        m.end = m.start + len(m.text)
    return sentence


def test_figures_of_different_days_or_added_counts_are_not_one_figure():
    """A toll per day, or one that grew since, is no disagreement; neither is "65 more"."""
    day = lambda text, iso: Mention(kind="date", text=text, value=iso, label="day")
    s = [placed(Sentence("a", 0, "125 people were killed on Monday.",
                         [num("125", 125, 125, 125, "people", "kill"), day("Monday", "2012-02-06")])),
         placed(Sentence("b", 0, "Sixty-five more were killed on Tuesday.",
                         [num("Sixty-five", 65, 65, 65, None, "kill"), day("Tuesday", "2012-02-07")])),
         placed(Sentence("c", 0, "Dozens more people were killed, reports say.",
                         [num("Dozens", 61.5, 24, 99, "people", "kill", "dozens")])),
         placed(Sentence("d", 0, "104 people were killed on Tuesday.",
                         [num("104", 104, 104, 104, "people", "kill"), day("Tuesday", "2012-02-07")]))]
    assert find(facts_of(*s), articles=["a", "b", "c", "d"]) == []
    s[3].mentions[1].value = "2012-02-06"  # the same day: now two tolls for one day
    (d,) = find(facts_of(*s), articles=["a", "b", "c", "d"])
    assert sorted(v.value for v in d.values) == ["104", "125"]


def test_same_value_in_other_words_is_not_a_disagreement():
    s = [Sentence("a", 0, "Six states are members.", [num("six", 6, 6, 6, "state")]),
         Sentence("b", 0, "The 6 member countries met.", [num("6", 6, 6, 6, "country")])]
    assert find(facts_of(*s)) == []


def test_figures_of_very_different_size_count_different_things():
    s = [Sentence("a", 0, "Several hundred troops from other countries left.", [num("several hundred", 600, 200, 999, "troop", "leave")]),
         Sentence("b", 0, "About 2,300 troops were sent.", [num("About 2,300", 2300, 2185, 2415, "troop", "send")])]
    assert find(facts_of(*s)) == []


def test_background_years_are_not_this_story():
    old = Sentence("a", 0, "In 2010 clashes killed hundreds of people.",
                   [Mention(kind="date", text="2010", value="2010", label="year"),
                    num("hundreds", 600, 200, 999, "people", "kill")])
    now = Sentence("b", 0, "At least 164 people died.", [num("At least 164", 164, 164, 250, "people", "die")])
    assert find(facts_of(old, now), reference=date(2022, 1, 13)) == []
    assert len(find(facts_of(old, now))) == 1  # without a story date nothing marks it as background


def test_vague_quantities_conflict_with_exact_counts():
    s = [Sentence("a", 0, "164 people were killed.", [num("164", 164, 164, 164, "people", "kill")]),
         Sentence("b", 0, "The violence killed dozens.", [num("dozens", 61.5, 24, 99, None, "kill", "dozens")]),
         Sentence("c", 0, "Over 160 people were killed.", [num("over 160", 160, 160, 320, "people", "kill", "over")])]
    (d,) = find(facts_of(*s))
    assert not d.compatible and d.about == "people killed"
    assert {v.value for v in d.values} == {"164", "dozens", "over 160"}


def test_quote_in_two_wordings_and_same_words_from_two_speakers():
    qa = Mention(kind="quote", text="“I see it as a revolution provoked by the West”",
                 value="I see it as a revolution provoked by the West", label="Ann Lee")
    qb = Mention(kind="quote", text="“I see it as a revolution brought about by the West”",
                 value="I see it as a revolution brought about by the West", label="Ann Lee")
    qc = Mention(kind="quote", text="“I see it as a revolution provoked by the West”",
                 value="I see it as a revolution provoked by the West", label="Bob Ray")
    lee, ray = person("Lee", "Ann Lee"), person("Ray", "Bob Ray")
    s = [Sentence("a", 0, "“I see it as a revolution provoked by the West,” Lee said.", [qa, lee]),
         Sentence("b", 0, "“I see it as a revolution brought about by the West,” Lee said.", [qb, lee]),
         Sentence("c", 0, "“I see it as a revolution provoked by the West,” Ray said.", [qc, ray])]
    found = find(facts_of(*s), articles=["a", "b", "c"])
    quote = [d for d in found if d.kind == "quote"]
    names = [d for d in found if d.kind == "name"]
    assert len(quote) == 1 and len(quote[0].values) == 2
    assert len(names) == 1 and {v.value for v in names[0].values} == {"Ann Lee", "Bob Ray"}


def person(text: str, key: str, label: str = "PERSON") -> Mention:
    return Mention(kind="entity", text=text, value=key, label=label)


def test_speakers_the_sentence_does_not_name_as_people_are_no_name_disagreement():
    """A speaker carried over from an earlier sentence ("he adds") or a nationality is the
    analyser's guess; two guesses that differ are not two outlets that disagree."""
    words = "These things are not to study, they are to turn up very loud and play"
    qa = Mention(kind="quote", text=f"“{words}”", value=words, label="Jim Page")
    qb = Mention(kind="quote", text=f"“{words}”", value=words, label="Rob Plant")
    qc = Mention(kind="quote", text=f"“{words}”", value=words, label="German")
    s = [Sentence("a", 0, f"And he offers advice: “{words}.”", [qa]),
         Sentence("b", 0, f"“{words},” Plant says.", [qb, person("Plant", "Rob Plant")]),
         Sentence("c", 0, f"“{words},” the German wrote.", [qc, person("German", "German", "NORP")])]
    assert [d for d in find(facts_of(*s), articles=["a", "b", "c"]) if d.kind == "name"] == []


def test_a_speaker_named_only_inside_the_quoted_words_is_no_name_disagreement():
    """A bare quote that mentions a band is not the band speaking: the name must stand outside the quote."""
    words = "Jerry Garcia was a great American master and the Grateful Dead are part of history"
    qa = Mention(kind="quote", text=f"“{words}”", value=words, label="Grateful Dead", start=0, end=len(words) + 2)
    qb = Mention(kind="quote", text=f"“{words},”", value=words, label="Trey Anastasio", start=0, end=len(words) + 3)
    band = person("Grateful Dead", "Grateful Dead")
    band.start, band.end = words.index("Grateful") + 1, words.index("Grateful") + 14
    trey = person("Anastasio", "Trey Anastasio")
    b_text = f"“{words},” Anastasio said."
    trey.start, trey.end = b_text.index("Anastasio"), b_text.index("Anastasio") + 9
    s = [Sentence("a", 0, f"“{words}”", [qa, band]), Sentence("b", 0, b_text, [qb, trey])]
    assert [d for d in find(facts_of(*s), articles=["a", "b"]) if d.kind == "name"] == []
    band.start, band.end = 0, 0  # the same name outside the quote: now the sentence names it
    qa.start = 1
    assert [d.kind for d in find(facts_of(*s), articles=["a", "b"])] == ["name"]


def test_shares_and_breakdowns_of_a_count_are_not_totals():
    """"including 64", "Of the 12 arrested, seven", "six of those", "five members – four men" are parts."""
    s = [placed(Sentence("a", 0, "At least 144 people were killed, including 64 who died at a checkpoint.",
                         [num("At least 144", 144, 144, 288, "people", "kill"), num("64", 64, 64, 64, None, "die")])),
         placed(Sentence("b", 0, "Activists said 140 people were killed.", [num("140", 140, 140, 140, "people", "kill")])),
         placed(Sentence("c", 0, "Of the 40 killed on Monday, thirty died in the city.",
                         [num("40", 40, 40, 40, None, "kill"), num("thirty", 30, 30, 30, None, "die")])),
         placed(Sentence("d", 0, "Officials said 52 people died; 41 of those killed were soldiers.",
                         [num("52", 52, 52, 52, "people", "die"), num("41", 41, 41, 41, None, "kill")])),
         placed(Sentence("e", 0, "Killed were 45 villagers – 35 men and ten women.",
                         [num("45", 45, 45, 45, "villager", "kill"), num("35", 35, 35, 35, "men", "kill")]))]
    (d,) = find(facts_of(*s), articles=["a", "b", "c", "d", "e"])
    assert sorted(v.value for v in d.values) == ["140", "40", "52", "At least 144"]


def test_one_noun_counted_in_different_events_is_two_counts():
    """18 troops wounded and five soldiers killed share a noun slot but are not one figure."""
    s = [Sentence("a", 0, "18 troops were wounded.", [num("18", 18, 18, 18, "troop", "wound")]),
         Sentence("b", 0, "Five soldiers were killed.", [num("Five", 5, 5, 5, "soldier", "kill")])]
    assert find(facts_of(*s), articles=["a", "b"]) == []
    s[1].mentions[0].predicate = "injure"
    assert len(find(facts_of(*s), articles=["a", "b"])) == 1


def test_a_short_quote_inside_a_long_passage_is_not_a_reworded_quote():
    """A dateline quoted from a letter shares its words with the letter's long quoted text."""
    short = "Adolf Eichmann, Jerusalem, May 29, 1962"
    long = ("After considering the requests regarding the Adolf Eichmann case I reached the conclusion that "
            "there is no justification for a pardon, as the court in Jerusalem decided on May 29, 1962")
    qa = Mention(kind="quote", text=f"“{short}”", value=short, label="Ben Zvi")
    qb = Mention(kind="quote", text=f"“{long}”", value=long, label="Ben Zvi")
    s = [Sentence("a", 0, f"The letter was signed: “{short}.”", [qa]),
         Sentence("b", 0, f"Ben Zvi wrote: “{long}.”", [qb])]
    assert [d for d in find(facts_of(*s), articles=["a", "b"]) if d.kind == "quote"] == []


def test_same_words_with_an_abbreviation_spelled_two_ways_is_not_a_disagreement():
    a = "Our focus is on strong U.S. economic growth and rising wages for American workers"
    b = "Our focus is on strong US economic growth and rising wages for American workers"
    s = [Sentence("a", 0, f"“{a},” she said.", [Mention(kind="quote", text=a, value=a, label="Sara Sand")]),
         Sentence("b", 0, f"“{b},” she said.", [Mention(kind="quote", text=b, value=b, label="Sara Sand")])]
    assert find(facts_of(*s), articles=["a", "b"]) == []


def test_same_quote_trimmed_is_not_a_disagreement():
    qa = Mention(kind="quote", text="x", value="The peacekeeping operation is now over ... the tasks have been completed",
                 label="Gen X")
    qb = Mention(kind="quote", text="y", value="The peacekeeping operation is now over", label="Gen X")
    s = [Sentence("a", 0, "“The operation is over ... the tasks have been completed,” said Gen X.", [qa]),
         Sentence("b", 0, "“The operation is over,” said Gen X.", [qb])]
    assert find(facts_of(*s)) == []


def test_dates_resolved_to_the_same_day_agree_and_different_days_disagree():
    same = fact_of(
        Sentence("a", 0, "The pullout will be completed by Jan. 19.",
                 [Mention(kind="date", text="Jan. 19", value="2022-01-19", label="day")]),
        Sentence("b", 0, "The pullout will be completed by Wednesday next week.",
                 [Mention(kind="date", text="Wednesday next week", value="2022-01-19", label="day")]))
    assert find([same]) == []
    differ = fact_of(
        Sentence("a", 0, "The vote took place on March 3.", [Mention(kind="date", text="March 3", value="2023-03-03", label="day")]),
        Sentence("b", 0, "The vote took place on March 4.", [Mention(kind="date", text="March 4", value="2023-03-04", label="day")]))
    (d,) = find([differ])
    assert d.kind == "date" and {v.normalized for v in d.values} == {"2023-03-03", "2023-03-04"}
