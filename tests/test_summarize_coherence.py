"""The coherence check: which summary sentences lean on a person or speaker the summary never named."""
from __future__ import annotations

import pytest

from accord.summarize import coherence


def reasons(*texts: str) -> list[str]:
    return [f.reason for f in coherence.read(list(texts))]


@pytest.mark.parametrize("first", [
    "He said the troops would leave on Friday.",
    "She was elected in 2019 and took office a month later.",
    "His lawyer said the charges would be contested.",
])
def test_person_pronoun_opening_a_summary_is_unresolved(first: str) -> None:
    assert reasons(first) == ["unresolved pronoun"]


def test_person_pronoun_after_a_named_person_is_resolved() -> None:
    assert reasons("Russian President Vladimir Putin met his defence minister on Thursday.",
                   "He said the troops would leave on Friday.") == ["", ""]
    assert reasons("Shoigu said the withdrawal was under way.", "He added that it would end soon.") == ["", ""]


def test_pronoun_after_a_sentence_naming_no_person_stays_unresolved() -> None:
    assert reasons("The troops began leaving on Thursday.", "He said they would be gone by Friday.") \
        == ["", "unresolved pronoun"]


def test_he_said_needs_a_named_speaker() -> None:
    assert reasons("The troops left on Thursday, he said.") == ["unresolved pronoun"]
    assert reasons("Governor Ann Lee visited the shelter.", "The water is falling, she said.") == ["", ""]
    # a person named earlier in the same sentence resolves it
    assert reasons("Sergei Shoigu met the generals, and he said the pullout would end soon.") == [""]


def test_opening_quote_needs_its_speaker() -> None:
    assert reasons("“We have completed our task,” Putin said.") == [""]
    assert reasons("“I am innocent,” the defendant told reporters.") == [""]
    assert reasons("“We have completed our task.”") == ["unattributed quote"]
    assert reasons("“We have completed our task,” he said.") == ["unattributed quote"]
    assert reasons("Mayor Ann Lee spoke at the shelter.", "“The water is falling,” she said.") == ["", ""]
    # a quoted title is not a quotation
    assert reasons("“Game of Thrones” star dies at 40 after a long illness.") == [""]


def test_other_pronouns_only_flagged_first() -> None:
    assert reasons("They were deployed amid deadly protests.") == ["unresolved pronoun"]
    assert reasons("This is the first time the alliance has sent troops.") == ["unresolved pronoun"]
    assert reasons("This week, troops began leaving the country.") == [""]
    assert reasons("Troops began leaving the country.", "They were deployed amid deadly protests.") == ["", ""]


def test_a_surname_alone_needs_the_full_name_before_it() -> None:
    assert reasons("A storm closed every road in the county on Monday.",
                   "Mr. Buell said the roads would reopen on Friday.") == ["", "unintroduced name"]
    assert reasons("County engineer John Buell said the storm closed every road on Monday.",
                   "Mr. Buell said the roads would reopen on Friday.") == ["", ""]
    # a lone surname read as the person named in full only later in the summary
    assert reasons("Graham said the bill would pass next week, aides said.",
                   "Senator Lindsey Graham is a Republican from South Carolina.") == ["unintroduced name", ""]


@pytest.mark.parametrize("first", [
    "The video shows a man jumping from the bridge into the river below.",
    "The woman was taken to hospital with burns to her arms.",
    "The plane crashed shortly after take-off from the airport in Houston.",
    "This study found that coffee drinkers live longer than others.",
    "The hitch: the fire was never reported to the state.",
])
def test_an_opening_description_pointing_back_is_flagged(first: str) -> None:
    assert reasons(first) == ["back-pointing description"]


@pytest.mark.parametrize("first", [
    "The death toll from the storm in Texas rose to 12 on Monday.",
    "The U.S. military said it had killed a senior militant leader in Syria.",
    "This week the Senate passed a bill that would fund the government.",
])
def test_a_news_lede_with_the_is_not_flagged(first: str) -> None:
    assert reasons(first) == [""]


def test_this_noun_later_needs_its_noun_before() -> None:
    assert reasons("Police arrested a man on Monday.", "This speed is unheard of for such a car.") \
        == ["", "back-pointing description"]
    assert reasons("Researchers published a study of 500 coffee drinkers on Monday.",
                   "This study found they live longer.") == ["", ""]


@pytest.mark.parametrize("line", [
    "A file image of the Supreme Court building in Washington.",
    "3 of 68 Skip in Skip x Embed x Share A penguin waddles at the zoo.",
    "CLOSE Four Reno dispensaries have been fined for selling untested products.",
    "Updated at 9:23 a.m. with comments from police.",
    "By Carmen D. Siering The storm hit the coast on Monday.",
    "Kira Grunberg in action last year. Photo: Getty Images The accident left her paralysed.",
    "Ueli Steck, a mountaineer from Switzerland, speaks to the media in Kathmandu, Nepal May 30, 2016.",
    "-- a ranking of all URLs that have more than one incoming inter-domain link (rank was determined …)",
    "-- up to a maximum of 100 most highly ranked URLs per domain The family asked for privacy.",
])
def test_page_junk_is_flagged(line: str) -> None:
    assert reasons(line) == ["page junk"]


def test_by_a_day_is_not_a_byline() -> None:
    assert reasons("By Friday, the storm had moved north of the city and weakened.") == [""]


def test_a_dateline_only_opens_a_summary() -> None:
    assert reasons("WASHINGTON (AP) — The Senate passed a bill on Tuesday to fund the government.") == [""]
    assert reasons("A storm killed 12 people in Texas on Monday, officials said.",
                   "WASHINGTON — The Senate passed a bill on Tuesday.") == ["", "mid-text dateline"]


def test_a_first_name_right_after_the_relation_that_presents_it_is_introduced() -> None:
    from accord.model import Mention

    def flags(text: str, name: str) -> str:
        at = text.index(name)
        m = Mention(kind="entity", text=name, value=f"{name} Ramsey", label="PERSON", start=at, end=at + len(name))
        return coherence.judge([coherence.reading(text, [m])])[0].reason

    assert flags("The family's lawyer denounced a film saying she was killed by her brother, Burke, in 1996.", "Burke") == ""
    assert flags("The family's lawyer said her older brother Burke was nine at the time.", "Burke") == ""
    # no relation before it: a lone surname the reader was never introduced to
    assert flags("The family's lawyer said Burke was nine at the time.", "Burke") == "unintroduced name"


def test_a_role_or_these_noun_is_presupposed_unless_the_sentence_introduces_it() -> None:
    from accord.summarize.coherence import reading

    assert reading("The plan is on hold, the official said.", ()).presupposed == ("offici",)
    assert reading("“We will go,” said the source.", ()).presupposed == ("source",)
    assert reading("Officials said the gunman fled on foot.", ()).presupposed == ("gunman",)
    assert reading("They injected these primordial germ cells into mice.", ()).presupposed == ("primor",)
    # introduced by the sentence itself, or a time, or an indefinite role: nothing presupposed
    assert reading("A senior official said the plan is on hold, the official said.", ()).presupposed == ()
    assert reading("Prices rose these past weeks, a spokesman said.", ()).presupposed == ()
    assert reading("“The victim was brave,” the mayor said.", ()).presupposed == ()


def test_a_pronoun_after_a_preposition_opens_the_sentence() -> None:
    assert reasons("For him it will be a long journey toward recovery.") == ["unresolved pronoun"]
    assert reasons("With his wife beside him, the mayor cut the ribbon on Monday.") == [""]  # "his" points ahead
    assert reasons("Mayor Ann Lee thanked the crews.", "For her the storm was a test of the new plan.") == ["", ""]
    assert reasons("Fortune smiled on the team in the final minute of the game.") == [""]


def test_a_pronoun_after_a_short_opening_phrase_is_an_opening_pronoun() -> None:
    """"On Tuesday, he was put on the disabled list" after a sentence naming only the usher reads as
    the usher: the pronoun opens its clause as much as "He …" opens a sentence."""
    assert reasons("On Tuesday, he was put on the 15-day disabled list.") == ["unresolved pronoun"]
    assert reasons("In a statement, she said the talks were over.") == ["unresolved pronoun"]
    assert reasons("Shortstop Troy Tulowitzki hurt his thigh.", "On Tuesday, he was put on the disabled list.") == ["", ""]
    assert reasons("On Tuesday, the Rockies put their shortstop on the disabled list.") == [""]


def test_a_first_person_opening_outside_quotes_is_the_writers_unresolved_voice() -> None:
    # a reviewer's or a columnist's "I" / "we" before anyone is named: the reader cannot place it
    assert reasons("I spent five hours with Alan at the park and cannot rave enough about it.") == ["first-person voice"]
    assert reasons("My colleagues and I built the firm by fixing companies.") == ["first-person voice"]
    assert reasons("Last month, we joined a thousand cyclists on the coast road.") == ["first-person voice"]
    # inside quotation marks it is a speaker's, and the quotation is judged as one
    assert reasons("“I will not resign,” Mayor Ann Lee said on Monday.") == [""]
    # a named speaker says it
    assert reasons("I was wrong about the stores, Mitt Romney wrote in an essay on Sunday.") == [""]
    # an outlet speaking of itself is the publication's voice, not a person's
    assert reasons("The 10 women on our highest-paid list earned a total of $94 million last year.") == [""]
    # no pronoun: the country, a numeral
    assert reasons("The US will send 800 troops to the border, the Pentagon said.") == [""]
    assert reasons("Veterans of World War I were honoured in Paris on Sunday.") == [""]
    # anywhere in the summary: the writer's "I" after the opening is as unplaced (C8: "I'm very
    # familiar with those stores" deep in a summary)
    assert reasons("A storm flooded three valley towns on Monday.",
                   "I have never seen water this high in my life.") == ["", "first-person voice"]
    assert reasons("A storm flooded three valley towns on Monday.",
                   "“I have never seen water this high,” Mayor Ann Lee said.") == ["", ""]


def test_a_given_name_alone_needs_the_full_name_before_it() -> None:
    # "Jimmy", "Monica" with no full name earlier: a person the reader never met
    assert reasons("A former president was treated for cancer in Atlanta.", "Jimmy said he felt fine.") \
        == ["", "unintroduced name"]
    assert reasons("But Monica said the tapes were private.") == ["unintroduced name"]
    # introduced: the full name before it, or in the same sentence; a title's run ("Prince Harry")
    assert reasons("Jimmy Carter was treated for cancer in Atlanta.", "Jimmy said he felt fine.") == ["", ""]
    assert reasons("Jimmy and Rosalynn Carter visited the site.", "Jimmy said he felt fine.") == ["", ""]
    assert reasons("Prince Harry visited the base.", "Harry spoke to the troops.") == ["", ""]
    # presented by the sentence itself, or named inside a quotation
    assert reasons("A boy named Jimmy was found safe on Monday.") == [""]
    assert reasons("Lawyer John Doe and his brother, Burke, were in court.") == [""]
    assert reasons("“Monica was there,” Ken Starr said on Monday.") == [""]
    # a given name that is also a word, a month or a place is no person ("Hope", "June", "Virginia")
    assert reasons("Hope faded as the storm moved toward Virginia in June.") == [""]


def test_a_back_pointing_description_may_hold_a_figure_with_a_comma() -> None:
    from accord.summarize.coherence import reading

    assert reading("The gentle 4,000-pound animal was led back to its pen.", ()).description == "animal"
    assert reasons("The gentle 4,000-pound animal was led back to its pen.") == ["back-pointing description"]


def test_an_event_the_summary_never_told_is_taken_as_known() -> None:
    from accord.summarize.coherence import reading, told

    assert reading("He denied the charges on Monday.", ()).events == ("charges",)
    assert reading("At the meeting, the ministers agreed on a ceasefire.", ()).events == ("meeting",)
    assert reading("The two met in Geneva on Friday.", ()).events == ("two",)
    # told earlier in the sentence, or said which by a modifier after it: nothing taken as known
    assert reading("Smith was charged with fraud and denied the charges.", ()).events == ()
    assert reading("The deal with Iran was signed on Monday.", ()).events == ()
    assert reading("He denied the charges against him.", ()).events == ()
    # what an earlier sentence tells it by: a verb of the event, a synonym; "the two" by two people
    assert told("charges", {"was", "charged", "with", "fraud"})
    assert told("deal", {"the", "agreement"})
    assert not told("meeting", {"the", "storm", "hit"})
    assert told("two", set(), people=2) and not told("two", set(), people=1)


def _person_reading(text: str, *words: str) -> coherence.Reading:
    """``text`` read with each of ``words`` a PERSON mention (as the story's analyser may give)."""
    from accord.model import Mention

    found = [Mention(kind="entity", label="PERSON", text=w, value=w, start=text.index(w), end=text.index(w) + len(w))
             for w in words]
    return coherence.reading(text, found)


@pytest.mark.parametrize("text,word", [
    ("The move comes two months after rival handbag maker Coach COH.", "COH"),
    ("A group of six KKK members showed up at the park, a witness said.", "KKK"),
    ("At the time, MPs from all the opposition parties supported the change.", "MPs"),
    ("The group attacked the push for stronger U.N. sanctions.", "U.N."),
])
def test_an_acronym_or_a_ticker_is_no_surname(text: str, word: str) -> None:
    assert _person_reading(text, word).surnames == ()


def test_a_lone_surname_in_lower_case_letters_is_still_one() -> None:
    # the near case: a real surname used alone, opening the sentence or mid-sentence
    assert _person_reading("Knowles had a system, investigators said.", "Knowles").surnames == ((0, "knowles"),)
    assert _person_reading("Police said Smith was arrested on Tuesday.", "Smith").surnames == ((12, "smith"),)


def test_a_first_name_the_analyser_missed_still_names_the_person_in_full() -> None:
    """"former Saints player Will Smith": the analyser reads "Will" as a verb and "Smith" alone; the
    sentence gives the full name, so a later "Smith said" is introduced."""
    r = _person_reading("New video raises questions about the killing of former Saints player Will Smith.", "Smith")
    assert r.surnames == () and [s for _, s in r.full_names] == ["smith"]
    r = _person_reading('Abigail "Abby" Williams, 13, was last seen on Monday.', "Williams")
    assert r.surnames == () and [s for _, s in r.full_names] == ["williams"]
    r = _person_reading("The research was done by Jo and Brett Dolezal, scientists at the university.", "Jo")
    assert r.surnames == ()
    # near cases: no capitalised word right before it, or the sentence's own first word
    assert _person_reading("The research was done by Jo and her team.", "Jo").surnames == ((25, "jo"),)
    assert _person_reading("Will Smith attend the hearing?", "Smith").surnames == ((5, "smith"),)
    readings = [_person_reading("Actor Will Smith arrived in Cannes on Monday.", "Smith"),
                _person_reading("Smith said he was honoured.", "Smith")]
    assert [f.reason for f in coherence.judge(readings)] == ["", ""]


def test_a_title_or_a_company_name_is_no_surname() -> None:
    assert _person_reading("“Kong: Skull Island” plays like a mash-up of war films.", "Kong").surnames == ()
    assert _person_reading("Life & Style alleges that the couple split.", "Life").surnames == ()
    # near case: the speaker after a quotation is a person
    assert _person_reading("“I went straight to Elkhart,” said Pasztor.", "Pasztor").surnames == ((35, "pasztor"),)
    assert _person_reading('"I went straight to Elkhart," Pasztor said.', "Pasztor").surnames == ((len('"I went straight to Elkhart," '), "pasztor"),)


def test_a_story_shows_who_is_a_person_without_a_full_name() -> None:
    from accord.model import Mention

    story = "\n".join(["Lauer asked the family about school.", "“We did it,” said Pasztor.",
                       "Mr. Parr did not consult anyone.", "According to Newsweek, it is so.",
                       "Sales of McDaniel's records rose.", "Dr. McDaniel said the test was late."])
    assert [w for w in ("lauer", "pasztor", "parr", "newsweek", "mcdaniel") if coherence.is_person(w, story)] \
        == ["lauer", "pasztor", "parr", "mcdaniel"]
    assert not coherence.is_person("mcdaniel", "Sales of McDaniel's records rose.")
    full = [Mention(kind="entity", label="PERSON", text=t, value=t, start=0, end=len(t))
            for t in ("Mark Zuckerberg", "Mr. Buell", "Petlexa")]
    assert coherence.full_surnames(full) == frozenset({"zuckerberg"})


def test_a_rank_or_a_paper_that_speaks_is_presupposed_unless_the_sentence_introduces_it() -> None:
    """coherence15: "the general said", "the statement said", "the document says" name a speaker the
    reader must have met (C14 readers: nothing introduced them); an indefinite one, or the same word
    as no speaker ("the general election", "the release of the documents"), presupposes nothing."""
    from accord.summarize.coherence import reading

    assert reading("The base is ready for any attack, the general said.", ()).presupposed == ("genera",)
    assert reading("Water was being pumped out of the ship, the statement said.", ()).presupposed == ("statem",)
    assert reading("“Nobody can bring the drug into Japan,” the document says.", ()).presupposed == ("docume",)
    assert reading("“The case is closed,” said the prosecutor.", ()).presupposed == ("prosec",)
    assert reading("A statement from the firm said the error was regretted.", ()).presupposed == ()
    assert reading("The firm said in a statement that the statement said nothing new.", ()).presupposed == ()
    assert reading("The general election is in May, officials said.", ()).presupposed == ()
    assert reading("The release of the documents was delayed again.", ()).presupposed == ()


def test_a_report_that_speaks_is_presupposed() -> None:
    """coherence16: "according to the report", "the report said" name a source the reader must have
    met (C15: "which report?"); a report the sentence says which of, or an indefinite report,
    presuppose nothing."""
    from accord.summarize.coherence import reading

    assert reading("As her son's condition grew worse, according to the report, she drove off.", ()).presupposed \
        == ("report",)
    assert reading("Sales fell by a fifth, the report said.", ()).presupposed == ("report",)
    assert reading("According to the statement, two people were hurt.", ()).presupposed == ("statem",)
    assert reading("According to the report released Friday, sales fell.", ()).presupposed == ()
    assert reading("The officer, identified as John Doe, said he fired twice.", ()).presupposed == ()
    assert reading("A report released Friday said sales fell, according to the report.", ()).presupposed == ()
    assert reading("According to a report in the Times, sales fell.", ()).presupposed == ()


def test_a_description_a_relative_clause_defines_introduces_itself() -> None:
    """coherence15: "The young woman who is alleging that Anthony Weiner …" is how a news lede
    introduces someone (mn-val-210 opened on a diary's "he gave up and released us" for want of it);
    "The woman was …" or "The video shows …" still point back at someone or something untold."""
    assert reasons("The young woman who is alleging that Anthony Weiner sent her messages says he lied.") == [""]
    assert reasons("The company that makes the pods said sales fell by a fifth.") == [""]
    assert reasons("The woman was taken to a hospital in Denver.") == ["back-pointing description"]
    assert reasons("The video shows a man running from the bank.") == ["back-pointing description"]


def test_speech_words_and_the_pronoun_screen_agree_with_the_patterns():
    # (speed15) ASCII text: speech verbs found as words; no "he"/"she" word: no pronoun speaking
    texts = ["\"It is over,\" he said.", "Officials SAID on Monday that the shelter is closed.", "The said2 file",
             "“We will rebuild,” she told reporters.", "Shelters reopened, the mayor said.", "Theresa said so.",
             "The ſaid report", "“Rebuild,” ſhe said.", "He, she said, was there.", "Said he: no."]
    for text in texts:
        spans = coherence._spans(text)
        assert [m.span() for m in coherence._speech_words(text)] == [m.span() for m in coherence._SPEECH_WORD.finditer(text)]
        pronoun = next((m.start("a") if m.group("a") else m.start("b") for m in coherence._PRONOUN_SPEAKS.finditer(text)
                        if coherence.outside(spans, m.start("a") if m.group("a") else m.start("b"))), None)
        verb, at = coherence._speech(text, spans)
        assert at == (pronoun if verb else None), text
    assert coherence._speech(texts[0], coherence._spans(texts[0])) == (True, 14)
    assert coherence._speech(texts[4], coherence._spans(texts[4])) == (True, None)  # "the mayor": no pronoun
    assert coherence._speech(texts[5], coherence._spans(texts[5])) == (True, None)  # "Theresa" holds no word "he"


def test_also_adds_a_second_happening_only_after_a_first_one() -> None:
    # coherence21 (protocol C17): "Investigators also arrested …" with no first arrest told
    assert reasons("Authorities executed a search warrant at a house on Powell Drive on Tuesday.",
                   "Investigators also arrested Terry Brown, 23, and charged him with loitering.") \
        == ["", coherence.ALSO_UNTOLD]
    assert reasons("A gunman walked into the mall on Tuesday.", "Two guards were also shot.") \
        == ["", coherence.ALSO_UNTOLD]
    # near cases: the first arrest (or a death) told before, in other words; an action that is no
    # second instance of a happening; "not only … but also"; "also" inside a quotation
    assert reasons("Police detained Kenneth White on Tuesday.",
                   "Investigators also arrested Terry Brown, 23, and charged him with loitering.") == ["", ""]
    assert reasons("Two people died in the crash on Tuesday.", "A third man was also killed, police said.") == ["", ""]
    assert reasons("Apple reported record earnings on Tuesday.", "The company also launched a music service.") \
        == ["", ""]
    assert reasons("Police raided the house on Tuesday.", "They seized guns but also arrested two men there.") \
        == ["", ""]
    assert reasons("Police raided the house on Tuesday.",
                   "“We also arrested two men,” Sheriff Ann Lee said.") == ["", ""]


@pytest.mark.parametrize("text", [
    "When he didn't, one of the officers fired.",
    "If they do, the deal will collapse.",
    "But when she refused, the guards pushed her.",
])
def test_a_clause_whose_verb_is_left_out_leans_on_the_sentence_before(text: str) -> None:
    # coherence21 (protocol C17): "When he didn't, …" after a summary that skipped "… told the man to
    # drop his weapon": it opens nothing and answers the sentence before it in its article
    r = coherence.reading(text, ())
    assert r.other_open
    assert reasons(text) == ["unresolved pronoun"]


@pytest.mark.parametrize("text", [
    "When he didn't show up for work, his boss called the police.",
    "If so, the deal will collapse.",
    "When the officers arrived, the man fled.",
    "If the president can, with impunity, remove the deputy attorney general, the law means nothing.",
])
def test_a_clause_with_its_verb_does_not_lean_back(text: str) -> None:
    assert not coherence.reading(text, ()).other_open


def test_an_epithet_or_one_user_is_presupposed() -> None:
    # coherence21 (protocol C17): "the Ohio Republican said" with the senator never named; "one user
    # responded" with no forum told
    reading = coherence.reading
    assert reading("“We will deal with this problem,” the Ohio Republican said on CNN.", ()).presupposed \
        == ("ohio",)
    assert reading("“It feels like they are actors,” one user responded.", ()).presupposed == ("user",)
    # near cases: a name says who; a place the sentence gives itself; a plural of people, a US region
    assert reading("“We will deal with it,” the Republican leader Mitch McConnell said.", ()).presupposed == ()
    assert reading("Ohio's senator spoke first, and the Ohio Republican said no.", ()).presupposed == ()
    assert reading("“It is over,” many users responded.", ()).presupposed == ()
    assert reading("“It is over,” the New York Democrat said.", ()).presupposed == ()


@pytest.mark.parametrize("text", [
    "Worse, Mercer has a skill set that is way too broad for the Senate.",
    "More seriously, the cold can drain a car battery overnight.",
    "To figure that out, researchers scanned the skull in three dimensions.",
])
def test_a_comparison_or_a_pointing_infinitive_leans_on_the_sentence_before(text: str) -> None:
    # coherence21 (protocol C17): "More seriously", "To figure that out" dangling once the sentence
    # before was left out
    assert coherence.reading(text, ()).other_open


@pytest.mark.parametrize("text", [
    "More than 100 people died in the floods on Monday.",
    "To figure out the cause, researchers scanned the skull.",
    "Most of the workers went home on Tuesday.",
])
def test_a_comparative_that_is_no_sentence_adverb_does_not_lean_back(text: str) -> None:
    assert not coherence.reading(text, ()).other_open


def test_an_opening_phrase_pointing_at_a_thing_the_summary_never_told_is_flagged() -> None:
    # coherence21 (protocol C17): "Based on that concern, …" after sentences that raised no concern
    assert reasons("Federal officials reviewed the programme in 2015.", "Based on that concern, they expanded the checks.") \
        == ["", "back-pointing description"]
    # near cases: the concern told before; an idiom or a time ("After that,", "Since that time,")
    assert reasons("Officials raised a concern about the programme.", "Based on that concern, it expanded the checks.") \
        == ["", ""]
    assert reasons("Officials met on Monday.", "After that, the agency expanded the checks.") == ["", ""]
    assert reasons("Officials met on Monday.", "Since that time, the agency expanded the checks.") == ["", ""]


def test_a_wire_videos_title_is_page_junk() -> None:
    # coherence21 (the branch's reading): "Raw: Extreme cold temperatures in much of U.S." from a page's
    # list of clips passed for a sentence (its "U.S." reads as a stop)
    assert reasons("A winter storm is expected to dump snow along the East Coast on Thursday.",
                   "Raw: Extreme cold temperatures in much of U.S.") == ["", "page junk"]
    # near case: "raw" as a word of the news
    assert reasons("A winter storm is expected to dump snow along the East Coast on Thursday.",
                   "Raw sewage flowed into the river after the pipes froze, officials said.") == ["", ""]


def test_a_writers_we_after_the_opening_is_unplaced_even_after_a_person_is_named() -> None:
    # (coherence24) a column's, an outlet's or a statement's "we" deep in a summary: a person named
    # earlier does not make it theirs (protocol C18: "Plus, we have delicious logistical questions",
    # "we know who they will be", a letter's "We know there is misinformation …")
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "The bridge cost $40 million and took three years to build.",
                   "Plus, we have a few questions about the toll now that it is open.") \
        == ["", "", "writer's we"]
    assert reasons("Chief Executive Dana Holt wrote to staff about the merger on Friday.",
                   "The merger joins two firms with 4,000 workers.",
                   "We know there are rumours about job cuts, and we take them seriously.") \
        == ["", "", "writer's we"]
    # near cases that must not fire: the "we" goes on with a speaker's quotation right before it, or
    # with the lines that follow it ...
    assert reasons("“Our town has lost a friend,” said Mayor Ann Lee.",
                   "We at the council will miss him.",
                   "Today we mourn with his family.") == ["", "", ""]
    # ... the sentence before presents the text it comes from
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "The bridge's builder issued a statement on Tuesday.",
                   "We are proud to have finished it on time.") == ["", "", ""]
    # ... a named speaker says it in the sentence itself
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "We waited ten years for this, Ann Lee told reporters.") == ["", ""]
    # ... inside quotation marks with its speaker
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "“We waited ten years for this,” she said.") == ["", ""]
    # ... an earlier first-person line the check let stand: the voice is the summary's own (an op-ed's)
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "I will keep the tolls low for every family in the valley.",
                   "The bridge cost $40 million.",
                   "We must build two more before 2030.") == ["", "", "", ""]
    # a name and a speech verb that are not its speaker do not make the "we" anyone's
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "Yeah, we have no idea why Dana Holt skipped the reported opening.") == ["", "writer's we"]
    # ... and a named person's "I" is still read as theirs (a transcript's line)
    assert reasons("Mayor Ann Lee opened the new bridge over the Tarn on Monday.",
                   "I have never seen so many people on the river.") == ["", ""]


def test_a_name_spelt_two_ways_in_one_summary_is_flagged() -> None:
    # (coherence24) the same person spelt two ways by two accounts ("Jonathan … Jonathon"; protocol
    # C18 named "POOL/POOLE" in a baseline): the reader takes them for two people or the brief for careless
    assert reasons("Jonathan Brasher was hurt at a team party on Sunday.",
                   "At the party, coach Jonathon Brasher jumped into a foam pit.") == ["", "name spelt two ways"]
    assert reasons("Judge Jeffery Omondi dismissed the charges.",
                   "Before the ruling, Judge Jeffrey Omondi met both lawyers.") == ["", "name spelt two ways"]
    assert reasons("Striker Tomas Vellinger scored twice.", "Tomas Velinger left the pitch injured.") \
        == ["", "name spelt two ways"]
    # near cases that must not fire: two people sharing a surname, short names a letter apart,
    # a country and its adjective, the same spelling again, a spelling inside quotation marks
    assert reasons("Mark Halloran flew to Houston on Sunday.", "His brother Scott Halloran stayed home.") == ["", ""]
    assert reasons("Mark Halloran flew to Houston on Sunday.", "Mary Halloran, his wife, stayed home.") == ["", ""]
    assert reasons("South Korea fired a test missile on Monday.", "South Korean officials said it flew 300 km.") \
        == ["", ""]
    assert reasons("Jonathan Brasher was hurt on Sunday.", "Jonathan Brasher is now in hospital.") == ["", ""]
    assert reasons("Jonathan Brasher was hurt on Sunday.",
                   "The shirts read “Jonathon Brasher” by mistake, the club said.") == ["", ""]


def test_a_role_written_where_a_name_belongs_is_an_unnamed_speaker() -> None:
    # (coherence24) "according to spokeswoman." — the page left the name out (protocol C18)
    assert reasons("Mayor Ann Lee opened the bridge on Monday.",
                   "Tolls will stay at $2 until June, according to spokeswoman.") == ["", "unnamed speaker"]
    assert reasons("Tolls will stay at $2 until June, said spokesman.") == ["unnamed speaker"]
    # near cases that must not fire: the name follows the role, an article makes it a description,
    # or the role is inside a quotation
    assert reasons("Mayor Ann Lee opened the bridge on Monday.",
                   "Tolls will stay at $2 until June, according to spokeswoman Dana Holt.") == ["", ""]
    assert reasons("Mayor Ann Lee opened the bridge on Monday.",
                   "Tolls will stay at $2 until June, according to a spokeswoman.") == ["", ""]
    assert reasons("Mayor Ann Lee opened the bridge on Monday.",
                   "“Ask the spokesman,” Lee said of the tolls.") == ["", ""]


# -- coherence27: a lede's firm or place is no unintroduced surname; a pageant's "Miss" is no title --

def _people(*texts: str) -> list[object]:
    from accord.model import Mention

    return [Mention(kind="entity", label="PERSON", text=t, value=t, start=0, end=len(t)) for t in texts]


def test_a_run_of_capitals_whose_first_word_is_no_forename_names_no_one_in_full() -> None:
    """coherence27: the analyser's runs "Outgoing Northwestern", "Perhaps Apple", "German Nazi" made a
    lone "Northwestern", "Apple" or "Nazi" read as a surname a lede used before its full name. A word the
    story writes in lower case, or a people's word, is no forename; a given name always is."""
    story = ("Outgoing Northwestern quarterback Kain Colter led the push. The outgoing players voted.\n"
             "Perhaps Apple will fix it, perhaps not.\nA German Nazi officer signed the order.\n"
             "Mark Zuckerberg said the mark was set. Sid Ahmed Ghlam was detained.")
    runs = _people("Outgoing Northwestern", "Perhaps Apple", "German Nazi", "Mark Zuckerberg", "Ahmed Ghlam")
    assert coherence.full_surnames(runs, story) == frozenset({"zuckerberg", "ghlam"})
    # without the story's text, every run of two capitalised words counts, as before
    assert coherence.full_surnames(runs) == frozenset({"northwestern", "apple", "nazi", "zuckerberg", "ghlam"})


def test_a_pageants_miss_is_no_title_before_a_surname() -> None:
    """coherence27: "stripped of her title as Miss Delaware 2014" read as a woman called Delaware named by
    title and surname alone ("Mr. Buell"), so the story's lede could not open its summary."""
    assert reasons("Jane Roe, a nurse from Dover, was stripped of her title as Miss Ohio 2015 because she "
                   "is too old.") == [""]
    assert reasons("The Miss Ohio pageant will crown a new winner on Friday, organisers said.") == [""]
    assert reasons("Miss America contestants met in Atlantic City on Sunday for the first rehearsal.") == [""]
    # near cases: "Miss" before a woman's surname is the title it always was
    assert reasons("Miss Roe said she would appeal the decision on Friday.") == ["unintroduced name"]
    assert reasons("Miss Roe won the 2014 crown in Dover, officials said.") == ["unintroduced name"]


def test_titled_reads_only_a_personal_title() -> None:
    assert coherence.titled("parr", "Mr. Parr did not consult anyone.")
    assert coherence.titled("kolb", "Dr Kolb removed the implants.")
    assert not coherence.titled("facebook", "Facebook announced the deal. Planet Facebook grows.")


# -- speed23: what a sentence shown alone leans on, read with less work ----------------------------------------
# sentences read alone: each of ``_reason``'s reasons, sentences whose speaker or person the analyser's names
# clear ("…," Mayor Jane Doe said.), and near cases flagged for another reason (a surname never introduced, a
# description pointing back, page junk) or for none
_ALONE = (
    "He said the bridge would reopen in May.", "They were each sentenced to 48 years in prison.",
    "\u201cWe will rebuild the school,\u201d he said.", "\u201cWe will rebuild the school,\u201d Mayor Jane Doe said.",
    "\"The council will meet again on Friday.\"", "'It sounded like someone shouting,' said the neighbour.",
    "I opened the door and saw the smoke.", "I was wrong, Jane Doe wrote in a letter to the council.",
    "We have a few questions about the plan.", "We will rebuild, Mayor Jane Doe told reporters.",
    "The bridge will reopen in May, according to spokeswoman.", "It was not clear whether the ferry had been inspected.",
    "These were the first cases in the region.", "This would typically occur when an attacker sends a link.",
    "Smith said the bridge would reopen in May.", "Jane Doe said the bridge would reopen in May.",
    "The video shows the storm hitting the coast.", "This study found no link between the two.",
    "The storm knocked out power to 40,000 homes in Ostland on Monday.", "Click here to read more.",
    "Investigators also arrested two men in Ostland.", "Jimmy said the storm had passed.",
    "OSTLAND (Reuters) \u2014 The storm knocked out power on Monday.", "She added that she would not run again, he said.",
    "\u201cWe will rebuild,\u201d said one.", "Plus, we have delicious questions, she wrote.",
    "We will rebuild the school that Jane Doe founded, the council said.",  # a "we" the names leave the writer's
    "Our thoughts are with Jane Doe and her family, the club said.",
)
_OPENING_REASONS = {"unresolved pronoun", "unattributed quote", coherence.FIRST_PERSON, coherence.WRITERS_WE,
                    coherence.UNNAMED_SPEAKER}


@pytest.mark.parametrize("text", _ALONE)
def test_leaning_is_the_reason_read_gives_a_sentence_alone_for_how_it_opens(text: str) -> None:
    """``leaning`` (speed23: what ``briefing.stands_alone`` asks of every telling) answers as ``read`` does,
    for the reasons of a sentence's opening, and "" for every other reason and none."""
    reason = coherence.read([text])[0].reason
    assert coherence.leaning(text) == (reason if reason in _OPENING_REASONS else "")
    assert coherence.leaning("  " + text + " ") == coherence.leaning(text)


def test_leaning_runs_the_analyser_only_for_a_sentence_its_own_words_flag(monkeypatch) -> None:
    """Names only clear an opening's reason (a person before the pronoun, a speaker beside the verb): a
    sentence its words do not flag is never analysed; one they flag is, and its names may clear it."""
    analysed: list[str] = []
    analyse = coherence.analyse
    monkeypatch.setattr(coherence, "analyse", lambda texts: analysed.extend(texts) or analyse(texts))
    assert coherence.leaning("Smith said the bridge would reopen in May.") == ""  # "unintroduced name" for read
    assert coherence.leaning("The video shows the storm hitting the coast.") == ""
    assert analysed == []
    assert coherence.leaning("He said the bridge would reopen in May.") == "unresolved pronoun"
    assert coherence.leaning("I was wrong, Jane Doe wrote in a letter to the council.") == ""  # named speaker
    assert coherence.leaning("I opened the door and saw the smoke.") == coherence.FIRST_PERSON
    assert len(analysed) == 3


def test_an_i_that_goes_on_from_a_group_s_claim_is_nobody_s() -> None:
    """coherence38: "… my emotions took over." right after "Resort officials claimed that …" reads as
    the officials' words, though they are the arrested woman's statement the summary never gave: a
    writer's "I" that goes on from a report of what a group said, with no one speaker beside the verb."""
    lede = "Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday."
    claim = "Resort officials claimed that Roe was on top of a guest when the manager arrived."
    i_line = "When they got up to dance, my emotions took over and I threw my drink at them."
    assert reasons(lede, claim, i_line) == ["", "", coherence.WRITERS_I]
    # ... and the "I" lines after it, which go on in the same voice
    assert reasons(lede, claim, i_line, "I was angry at him for months.")[2:] == [coherence.WRITERS_I] * 2


@pytest.mark.parametrize("before, line", [
    # a speaker named beside the verb: the "I" goes on with her words (a transcript's, a statement's)
    ("Roe told deputies that she saw her boyfriend kiss another woman.", None),
    # ... an outlet she told, the same
    ("Roe told CNN on Monday that she regretted nothing.", None),
    # ... a quotation with its speaker
    ("“I saw them kiss,” Roe said on Monday.", None),
    # ... a he/she speaker
    ("A short while later, she said, “I was in a room with three guests.”", None),
    # ... a person named before the speech verb: the report's own source
    ("Jane Roe's own account of the night, given to deputies, was reported by every station.", None),
    # ... a text the sentence presents
    ("Roe issued a statement through her lawyer on Monday:", None),
    # the "I" inside quotation marks after the group's claim
    ("Resort officials claimed that Roe was on top of a guest when the manager arrived.",
     "“When they got up to dance, my emotions took over,” she said."),
    # a name beside a speech verb owns the sentence's own words
    ("Resort officials claimed that Roe was on top of a guest when the manager arrived.",
     "When they got up to dance, my emotions took over, Roe wrote in a statement."),
    # a group's "we", not an "I": the check's writer's-we rule, unchanged
    ("Resort officials claimed that Roe was on top of a guest when the manager arrived.",
     "We had never seen a wedding end like that."),
    # no report before it: a column's "I" once a person is named stays (read worse when left out)
    ("Mayor Ann Lee opened the new bridge over the Tarn on Monday.", None),
])
def test_near_cases_an_i_after_a_speaker_or_inside_quotes_stands(before: str, line: str | None) -> None:
    lede = "Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday."
    line = line or "When they got up to dance, my emotions took over and I threw my drink at them."
    assert reasons(lede, before, line)[2] != coherence.WRITERS_I


def test_speech_and_given_names_kept_per_sentence_answer_as_read_afresh() -> None:
    """speed25: ``_speech`` and ``_given`` are kept per (sentence, quotation spans); asked again, or asked
    of the same words with other quotation marks, they answer as the functions read afresh."""
    texts = ["“We will rebuild,” she told reporters.", "Shelters reopened, the mayor said.",
             "Jimmy said the plan, which Rosalynn Carter backed, was dead.", "\"Jimmy left,\" he said.",
             "Jimmy left, he said."]
    for text in texts * 2:
        spans = coherence._spans(text)
        assert coherence._speech(text, spans) == coherence._speech.__wrapped__(text, spans)
        assert coherence._given(text, spans) == coherence._given.__wrapped__(text, spans)
    assert coherence._given(texts[3], coherence._spans(texts[3])) != coherence._given(texts[4], coherence._spans(texts[4]))


def test_an_i_beside_a_he_or_she_speaker_is_owned() -> None:
    """mend54 (a reviewer's finding on coherence38): a he/she beside the speech verb owns the line's
    words as a name does ("…, my emotions took over, she wrote in a statement.")."""
    lede = "Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday."
    claim = "Resort officials claimed that Roe was on top of a guest when the manager arrived."
    assert reasons(lede, claim, "When they got up to dance, my emotions took over, she wrote in a statement.")[2] == ""
    # near case: no speaker beside a verb, still the writer's "I"
    assert reasons(lede, claim, "When they got up to dance, my emotions took over and I threw my drink.")[2] \
        == coherence.WRITERS_I


def test_a_group_s_claim_counts_only_when_it_names_a_person_after_its_verb() -> None:
    """mend54 (a reviewer's finding on coherence38, documented, not widened): the claim that sets up a
    writer's "I" is a speech verb with a person named in the sentence and no one speaker beside it
    ("Resort officials claimed that Roe was …"); a group's claim naming nobody ("… that the guest was
    attacked …") is no report whose "I" the reader looks for, and stays as before (the widened rule,
    ``r.verb and not _quotes_someone(r)``, was not taken: it would change what the summaries print)."""
    lede = "Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday."
    line = "When they got up to dance, my emotions took over and I threw my drink at them."
    named = "Resort officials claimed that Roe was on top of a guest when the manager arrived."
    nameless = "Resort officials claimed that the guest was attacked when the manager arrived."
    assert reasons(lede, named, line)[2] == coherence.WRITERS_I
    assert reasons(lede, nameless, line)[2] != coherence.WRITERS_I


def test_without_the_writers_i_rule_the_flags_are_the_old_ones() -> None:
    """mend54 (a reviewer's finding on coherence38): with the rule off, a "we" line after an "I" the rule
    would flag is read as before (the "I" is the summary's own voice), not as a writer's "we"."""
    lede = "Deputies arrested Jane Roe, 20, at a wedding at the Bay Resort in Palm Cove on Saturday."
    claim = "Resort officials claimed that Roe was on top of a guest when the manager arrived."
    texts = [lede, claim, "When they got up to dance, my emotions took over and I threw my drink at them.",
             "We had never seen a wedding end like that."]
    off = [f.reason for f in coherence.read(texts, writers_i=False)]
    assert coherence.WRITERS_I not in off and off[3] != coherence.WRITERS_WE
    on = [f.reason for f in coherence.read(texts)]
    assert on[2] == coherence.WRITERS_I  # near case: the rule on flags the "I"


# -- speed28: the presupposing patterns, each searched only in a sentence holding a word it needs ---------------
def test_presupposed_screened_reads_what_every_pattern_reads():
    from accord.summarize import coherence

    def plain(text, spans):  # ``_presupposed`` before speed28: each pattern searched in every sentence
        out = []
        for pattern in (coherence._ROLE_SPEAKER, coherence._THESE, coherence._EPITHET):
            for m in pattern.finditer(text):
                if not coherence.outside(spans, m.start()):
                    continue
                group = next(g for g in ("a", "b", "c", "d", "n", "e", "u") if g in m.re.groupindex and m.group(g))
                noun = m.group(group)
                if pattern is coherence._THESE and (noun in coherence._TIME_NOUNS or noun in coherence.STOP_WORDS):
                    continue
                st = coherence.stem(noun)
                if st not in {coherence.stem(w) for w in coherence._STEM_WORD.findall(text[: m.start()].lower())}:
                    out.append(st)
        return tuple(dict.fromkeys(out))

    texts = ["The spokesman said the talks would resume.", "Of those delegates, three left early.",
             "These measures, the governor said, are temporary.", "The Republican senator voted no.",
             "Police said those who left were safe.", "The official says these days are hard.", "No one spoke.",
             "THOSE DELEGATES LEFT.", "thoſe delegates left", "The Ohio Democrat said no.",
             "Both men left.", "Each year, they met.", "She shared this picture.", "Police said this week ended.",
             "Hills were a haven from this devastating disease."]
    for text in texts + [t.lower() for t in texts]:
        assert coherence._presupposed(text, ()) == plain(text, ()), text


@pytest.mark.parametrize("text", [
    "Both were diagnosed with the same rare illness.",
    "Each was born on April 28, 1990, at the same hospital.",
    "Each achieved their own fame in the years that followed.",
    "Neither was hurt in the crash.",
])
def test_a_group_quantifier_standing_alone_leans_back_like_they(text: str) -> None:
    # (coherence44) "Both were …" needs the sentence that listed the pair, as "They were …" does
    # ("Some, particularly the buildings, …" is not flagged: read blind, sheet 1, it moved mn-val-158 to worse)
    assert coherence.reading(text, ()).other_open
    assert reasons(text) == ["unresolved pronoun"]


@pytest.mark.parametrize("text", [
    "Both sides agreed to meet again next week.",
    "Both Jane Doe and John Roe were hurt in the crash.",
    "Each year, the town holds a fair.",
    "Some 200 people came to the vigil.",
    "Many people came to the vigil.",
    "Most ethanol is made from corn.",
])
def test_a_group_quantifier_that_names_its_group_stands_alone(text: str) -> None:
    r = coherence.reading(text, ())
    assert not r.other_open and r.group == () and r.presupposed == ()


def test_a_group_quantifier_over_a_noun_takes_the_group_as_told() -> None:
    from accord.summarize.coherence import reading

    # "Both men …" after a summary that never spoke of the men: the pair a dropped sentence listed
    assert reading("Both men were wearing wet suits.", ()).group == ("men",)
    assert reading("Each woman was given a number.", ()).group == ("woman",)
    # near cases: a dispute's two sides, a time ("Each hour"), what comes in pairs of itself
    for text in ("Both sides dug in.", "Each week, the council meets.", "Each hour, the river rose.",
                 "Both parents were killed in the crash."):
        assert reading(text, ()).group == (), text


@pytest.mark.parametrize("text", [
    "Jane Doe and John Roe were arrested in Ohio on Friday.",  # two names joined
    "The Harbor Lions beat the Bay Hawks on Sunday.",
    "The House and Senate voted on Tuesday.",
    "Two men were arrested in Ohio on Friday.",  # a count
    "A pair of climbers went missing on the ridge.",  # a pair word
    "The couple had left the harbour at dawn.",
    # (review67 #3) two people a sentence joins without names
    "A man and a woman were shot outside a bar in Dayton early Sunday.",
    "Jane Doe and a friend were hurt in the crash.", "Police said 12 people were hurt.",
    "Police arrested Jane Doe, 34, and her husband on Friday.",
])
def test_a_sentence_naming_a_group_without_its_noun_brings_it_in(text: str) -> None:
    # (coherence45, review65 #1) "Both men" / "Both teams" after these points at a group the summary told
    assert coherence.reading(text, ()).groups


@pytest.mark.parametrize("text", [
    "Jane Doe was arrested in Ohio on Friday.", "The storm hit the harbour at dawn.",
    # (review67 #5) a number before a word that counts no people or things: a date, a measure, a year, money
    "On May 5 police said a man was shot in Dayton.", "The storm dumped 3 inches of rain on Dayton.",
    "The 2019 season ended early.", "The firm won a $2 billion patent case.", "Rain fell for 3 days in a row.",
])
def test_a_sentence_naming_no_group_brings_none_in(text: str) -> None:
    assert not coherence.reading(text, ()).groups


def test_this_with_a_noun_later_in_a_sentence_points_at_its_head() -> None:
    from accord.summarize.coherence import reading

    # (coherence44) a thing a dropped sentence showed or described: a photo's "this picture", "this gesture"
    assert reading("Jane Doe shared this picture of her scarred back.", ()).pointed == (("pictur",),)
    assert reading("Years later the elephant still performs this gesture at dusk.", ()).pointed == (("gestur",),)
    assert reading("Critics said this gesture went too far.", ()).pointed == (("gestur",),)
    # (coherence45, review65 #2) its head is the phrase's last noun, past adjectives and compounds: "this
    # little fibreglass boat" points at a boat (a summary that said "fibreglass" may have said it too)
    assert reading("Rescuers found the men in this little fibreglass boat, police said.", ()).pointed == (
        ("fibreg", "boat"),)
    assert reading("Hills were a haven from this devastating disease.", ()).pointed == (("diseas",),)
    assert reading("Thousands flocked to this quiet little village on Saturday.", ()).pointed == (("villag",),)
    assert reading("Lee said this weeks-long strike must end.", ()).pointed == (("strike",),)
    # near cases: a pronoun "this" before an adverb, a contraction, a quotation, a noun the sentence named
    # before, a narrowing word before an idiom, a generic this-or-that
    for text in ("So this can cause delays.", "To most, this probably seems fine.", "Rather, this wasn't a friendly.",
                 "“We love this gesture,” she said.", "The dog made a gesture, and this gesture went viral.",
                 "In a case such as this one, the court waits.",
                 "The case went on; the focus of this particular case is pay.",
                 "The plan is to spend more on this program or cut that tax."):
        assert reading(text, ()).pointed == (), text


@pytest.mark.parametrize("text", [
    # (coherence45, review65 #3) a time, an amount, an idiom
    "Officials said at this stage the risk was low.", "Sales of phones grew 8 percent this quarter.",
    "The team has struggled this season.", "At this point, nobody knows.", "The mayor said this time is different.",
    "Police arrested him this morning.", "They will do it this way.", "Officials earlier this week announced a rally.",
    "Candidates raised $1 billion this election cycle.", "The verdict is expected this coming Monday.",
    "Lee said this far, it has worked.", "The fish was this long.",
    # ... the speaker's or the writer's own country, a speaker's city
    "The senator said this country deserves better.", "Immigrants have long come to this nation.",
    "The mayor said this city will rebuild.",
    # (review65 #4) "this" as a pronoun before a verb
    "Doctors said this helps explain the rise.", "He said this means war.", "Critics said this amounts to censorship.",
    "The move came late, and this prompted calls for an inquiry.", "This came as a shock, and this came as no surprise.",
    # (review67 #4) more verbs after a pronoun "this", a causative or "like this", and "at this rate"
    "Landlords said this drove up rents.", "Shop owners said this hurt business.",
    "They had never seen anything like this happen here.", "They were committed to making this work.",
    "Prices said this rose sharply.", "Traders said this fell short.", "Critics said this grew worse.",
    "He said this broke the deal.", "Officials said this shut the road.", "Police said this struck a nerve.",
    "Officials warned that at this rate the reservoir will be empty.", "Critics said this set off a panic.",
])
def test_this_opening_no_thing_points_at_nothing(text: str) -> None:
    assert coherence.reading(text, ()).pointed == (), text


@pytest.mark.parametrize("text, noun", [
    ("Fans loved it when she went on to perform this gesture.", "gestur"),
    ("Thousands of people flocked to this city on Saturday.", "city"),  # not in speech: a city the reader must know
    ("The mayor said the news of this crisis spread fast.", "crisi"),  # a noun's -s, not a verb's
    ("Lee said this news from Paris was grim.", "new"),  # (review67 #4) a noun before a preposition
    ("Lee said this storm hit the coast.", "storm"),
    # (review71 #2) a determiner after "this NOUN" is no verb: the noun was never told
    ("Critics called this decision a betrayal of voters.", "decisi"),
    ("The mayor defended this plan the council approved in May.", "plan"),
    ("The governor signed this law the legislature passed last year.", "law"),
])
def test_this_with_a_noun_never_told_still_points_back(text: str, noun: str) -> None:
    assert noun in {h for heads in coherence.reading(text, ()).pointed for h in heads}, text


# (speed29) ``titled`` compiles a surname's pattern only when a title is followed by the surname's capital:
# the screen must give the pattern's own answers, whatever the spacing, the dot or the letters
_TITLED_TEXTS = [
    "Mr. Parr said the plan would work.", "Mrs Kolb left.\nMr.  Parr stayed.", "Dr.Kolb wrote it.",
    "Messrs. Parr and Kolb signed.", "MR. PARR spoke.", "Ms\u00a0Parr spoke.", "Mr. PARR spoke.",
    "Mr. Parrish spoke.", "the mr. parr case", "Mme Dubois", "Miss \u212aolb smiled.", "Mr. \u212aolb smiled.",
    "Dr. Kolb's lab", "Mr. .Parr", "Mr. O'Brien arrived.", "Dr. Straße spoke.", "no title at all for Parr",
]


@pytest.mark.parametrize("surname", ["parr", "kolb", "dubois", "o'brien", "straße", "ßtraße", ".parr", "", "parrish"])
def test_titled_gives_the_patterns_answers(surname: str) -> None:
    import re
    name = rf"{re.escape(surname[:1].upper())}(?i:{re.escape(surname[1:])})"
    for text in _TITLED_TEXTS:
        want = bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\.?\s+{name}\b", text))
        assert coherence.titled(surname, text) is want, (surname, text)


def test_titled_finds_a_surname_after_any_title() -> None:
    assert coherence.titled("parr", "Later, Mr.  Parr stayed.")
    assert coherence.titled("kolb", "Messrs. Kolb and Parr")
    assert not coherence.titled("parr", "Dr.Parr wrote it.")  # (no space after the title)
    assert not coherence.titled("parr", "Mr. Parrish spoke.")


def test_a_reading_kept_per_text_is_the_reading_made_afresh() -> None:
    """speed30: the fields of a ``Reading`` read from the text alone are kept per text; a reading must be what
    the uncached code gives — for the same text with other mentions, and for another text."""
    from accord.model import Mention
    from accord.summarize.coherence import _opening_words, _text_fields, leaning, reading

    text = "“We will go,” said Jane Doe. Both men and these primordial cells, the official said."
    at = text.index("Jane Doe")
    doe = Mention(kind="entity", text="Jane Doe", value="Jane Doe", label="PERSON", start=at, end=at + 8)
    _text_fields.cache_clear()
    fresh = [reading(text, ()), reading(text, [doe]), reading("WASHINGTON — He said so.", ())]
    assert _text_fields.cache_info().hits == 1  # the second reading of the text read its words again from the cache
    again = [reading(text, ()), reading(text, [doe]), reading("WASHINGTON — He said so.", ())]
    assert again == fresh
    assert fresh[0] != fresh[1]  # the mentions still count: a named speaker
    assert fresh[0].presupposed != fresh[2].presupposed and fresh[2].dateline and not fresh[0].dateline
    with pytest.raises(TypeError):  # shared between readings: read only
        _text_fields(text)["junk"] = True  # type: ignore[index]
    _text_fields.cache_clear()
    _opening_words.cache_clear()
    assert [reading(text, ()), reading(text, [doe]), reading("WASHINGTON — He said so.", ())] == fresh
    assert fresh[1].speaker and not fresh[0].speaker  # the opening's words kept, its speaker read from the mentions
    leans = [leaning(t) for t in ("He said so.", "“We will go,” said Jane Doe.", "The mayor spoke.")]
    _opening_words.cache_clear()
    assert [leaning(t) for t in ("He said so.", "“We will go,” said Jane Doe.", "The mayor spoke.")] == leans
    assert leans[0] and not leans[2]


def test_names_group_kept_per_text_answers_as_its_patterns() -> None:
    """speed30: ``names_group``'s patterns are read once per text; two people named still make a group."""
    from accord.summarize.coherence import names_group

    assert names_group("Two men were held.", ()) and names_group("Jane Doe and a friend left.", ())
    assert not names_group("He left.", ()) and names_group("He left.", (0, 5)) and not names_group("He left.", (0,))


def test_a_person_shown_without_a_pattern_per_surname_is_the_one_the_pattern_shows() -> None:
    """speed65: ``is_person`` reads a story text's speech verbs and titles once and looks each surname up where it is
    written; every answer is the surname's own pattern's (``_person_pattern``), on invented news sentences and on
    seeded random texts built from their pieces (cases, possessives, dots, joiners, line breaks, accents, the letters
    ``re.IGNORECASE`` folds otherwise: the long s, the dotless i, the Kelvin sign)."""
    import random

    from accord.summarize.coherence import _person_pattern, is_person

    stories = [
        "Lauer asked the panel about the plan. Later, said Pasztor, the vote was delayed.",
        "Mr. Parr declined to comment.\nDr Kolb told reporters the patient was stable.",
        "Nunez's said to be weighing an offer, the report said. NUNEZ said nothing.",
        "The storm, named Harvey, hit Texas; forecasters said Harvey Jones was wrong.",
        "said Smith-Jones, and said O'Neil, and Messrs  Tate spoke.",
        "Mrs.Smith arrived; xsaid Brown; Browns said; brown said; said Brownie.",
        "Officials said Reyes would resign. Reyes' lawyer said so.",
        "ſaid Lee, and LEE ſays, and Mr. Kline and Mr. \u212aline.",
    ]
    names = ["lauer", "pasztor", "parr", "kolb", "nunez", "harvey", "smith-jones", "smith", "o'neil", "tate", "brown",
             "reyes", "lee", "kline", "jones", "mcdaniel", "x", "_a", "núñez", "'s"]
    for text in stories:
        for name in names:
            assert is_person(name, text) is _person_pattern(name, text), (name, text)
    assert is_person("lauer", stories[0]) and is_person("pasztor", stories[0]) and is_person("kolb", stories[1])
    assert not is_person("harvey", stories[3])  # "said Harvey Jones": a full name follows the verb
    rng = random.Random(65)
    pieces = ["said ", "Said ", "says", " ", "  ", "\n", "Mr. ", "Mr", "Dr ", ".", "'s ", "’s ", "-", "'", "Ab", "AB",
              "ab", "Abc", "x", "_", "é", "ſ", "ı", "\u212a", "told", "asked ", "Kab", ","]
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        name = rng.choice(["ab", "abc", "a", "b", "kab", "a-b", "ab'", "é", "_x", "ſab"])
        assert is_person(name, text) is _person_pattern(name, text), (name, text)
