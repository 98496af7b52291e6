"""sentences: each sentence keeps its character span in the cleaned text (citations open it)."""
from accord.analyse import analyse_many
from accord.analyse.sentences import spans, split
from accord.model import Article


def test_spans_slice_the_text_into_its_sentences():
    text = "  He said “We go.”  Then   they left.\n\n\tMr. Smith came at 3 p.m. today.\r\nA b c.  D e f ...  G"
    got = [text[a:b] for a, b in spans(text)]
    assert got == split(text)
    assert got == ["He said “We go.”", "Then   they left.", "Mr. Smith came at 3 p.m. today.", "A b c.  D e f ...", "G"]
    assert spans("") == [] and spans("\n \n") == []


def test_analysed_sentences_point_into_the_article_text():
    art = Article(id="a", title="Headline", text="Troops left on Thursday. “We are done,” Putin said.\nNo more.")
    sents = analyse_many([art])["a"]
    assert [s.text for s in sents] == ["Troops left on Thursday.", "“We are done,” Putin said.", "No more."]
    for s in sents:
        assert art.text[s.start:s.end] == s.text
        assert s.ref.start == s.start and s.ref.end == s.end and s.ref.index == s.index


def test_a_title_before_a_name_does_not_end_a_sentence():
    assert split("The boy died, and Ms. Stinson was arrested Tuesday. She was charged.") == [
        "The boy died, and Ms. Stinson was arrested Tuesday.", "She was charged."]
    assert split('"Dr. Benjamin is qualified," he said. Gov. Palin and Sen. Warren came.') == [
        '"Dr. Benjamin is qualified," he said.', "Gov. Palin and Sen. Warren came."]
    # "St." ends sentences as often as not: left to the segmenter
    assert split("He lived on E. 52nd St. She watched.") == ["He lived on E. 52nd St.", "She watched."]


def test_a_figure_is_not_cut_at_its_decimal_point():
    # tokenised text writes a space after the point ("5. 9"); the span is still the text's own
    text = "A quake of magnitude 5. 9 hit Iran. It was felt at then-No. 1 resort."
    assert split(text) == ["A quake of magnitude 5. 9 hit Iran.", "It was felt at then-No. 1 resort."]
    assert split("The debt was $5. 3 million.\n3 men left.") == ["The debt was $5. 3 million.", "3 men left."]
    # a sentence that ends on a figure, and the next one that opens with one after two spaces, stay two
    assert split("He scored 5.  3 people died.") == ["He scored 5.", "3 people died."]


def test_a_clock_time_before_its_day_does_not_end_a_sentence():
    # coherence19: "… last seen around 1 p.m." / "Monday when they were dropped …" read as a fragment
    assert split("They were last seen around 1 p.m. Monday when they were dropped near the bridge.") == [
        "They were last seen around 1 p.m. Monday when they were dropped near the bridge."]
    # near cases: a sentence that ends on the time, then one that opens on a name or on "Monday's"
    assert split("The game starts at 7 p.m. The police said it was calm.") == [
        "The game starts at 7 p.m.", "The police said it was calm."]
    assert split("It ended at 5 p.m. Monday’s game was next.") == ["It ended at 5 p.m.", "Monday’s game was next."]
    # a day alone after the time is left as the segmenter cut it (no summary takes the fragment)
    assert split("He died at 5:35 p.m. Wednesday.") == ["He died at 5:35 p.m.", "Wednesday."]


def test_a_constable_s_title_does_not_end_a_sentence():
    assert split("Police Const. John Smith said the car was stolen.") == [
        "Police Const. John Smith said the car was stolen."]
    # near case: a lower-case word after it is the segmenter's own business, and a time is no title
    assert split("Const. Smith left at 9 p.m. Nobody saw him.") == ["Const. Smith left at 9 p.m.", "Nobody saw him."]


def test_a_question_or_exclamation_keeps_its_speaker():
    # coherence21 (protocol C17): the attribution alone ("Mercer said on The Mercer Report Thursday
    # night, …", "Francis told Benedict in a gesture of humility.") read as a quote that was dropped
    assert split("“Maybe someone who had a super PAC?” Mercer said on The Mercer Report Thursday night, "
                 "as his hand moved. Sure.") == [
        "“Maybe someone who had a super PAC?” Mercer said on The Mercer Report Thursday night, as his hand moved.",
        "Sure."]
    assert split('"No! we are brothers, we pray together!" Francis told Benedict in a gesture of humility.') == [
        '"No! we are brothers, we pray together!" Francis told Benedict in a gesture of humility.']
    assert split("“Go!” Sen. John Smith said, smiling.") == ["“Go!” Sen. John Smith said, smiling."]
    # near cases: a speaker who goes on to say something of his own, a sentence that is no
    # attribution, a question without quotation marks
    assert split("“Why not?” Smith said he would run.") == ["“Why not?”", "Smith said he would run."]
    assert split("“Why?” Police said the man fled.") == ["“Why?”", "Police said the man fled."]
    assert split("Is it over? Smith said so.") == ["Is it over?", "Smith said so."]



def test_an_opening_quotation_mark_travels_with_the_words_it_opens():
    """The segmenter leaves a quotation's opening mark at the end of the sentence before ("… clear. “");
    a quotation closed only in a later paragraph, or left open by a lead cut at a length, then read as
    the writer's own words in a summary (a reader of protocol C)."""
    assert split("Ann Lee said the case was clear. “Tom Park has broken his oath. ") == [
        "Ann Lee said the case was clear.", "“Tom Park has broken his oath."]
    assert split('Ann Lee said the case was clear. "With his words, Tom Park has indicted himself.') == [
        "Ann Lee said the case was clear.", '"With his words, Tom Park has indicted himself.']
    text = "The mayor spoke. “We will rebuild.”"
    assert [text[a:b] for a, b in spans(text)] == ["The mayor spoke.", "“We will rebuild.”"]
    # near cases: a straight mark that closes a quotation in tokenised text stays where it is, and a
    # mark with nothing after it on its line stays with the sentence it ends
    assert split('he said , " we are here . " Police said the man fled .') == [
        'he said , " we are here . "', "Police said the man fled ."]
    assert split("It ended. “") == ["It ended. “"]


def test_a_clock_time_in_tokenised_text_and_its_zone_stay_in_their_sentence():
    """(coherence29) Tokenised text writes "p. m."; the segmenter cut "… at 9 p. m." from "Friday after a
    fire , police said ." and "… 11:30 p.m." from its time zone "ET.", fragments a summary printed."""
    assert split("The store closed at 9 p. m. Friday after a fire , police said .") == [
        "The store closed at 9 p. m. Friday after a fire , police said ."]
    assert split("He was struck around 11:30 p.m. ET. Police came.") == [
        "He was struck around 11:30 p.m. ET.", "Police came."]
    # near cases: a new sentence after the time, a day alone after it (or with only its attribution, left
    # cut as coherence19 chose: joined, the longer sentences changed which ones summaries took, and a
    # sentence that named two girls fell out as a retelling, read worse in coherence29's sheet), a word
    # that is no zone
    assert split("It happened at 9 p. m. Police said so.") == ["It happened at 9 p. m.", "Police said so."]
    assert split("He left at 5 p.m. Police arrived later.") == ["He left at 5 p.m.", "Police arrived later."]
    assert split("It ended at 5 p.m. Friday. Then more.") == ["It ended at 5 p.m.", "Friday.", "Then more."]
    assert split("The shop shut at 6 p.m. Wednesday, officials said.") == [
        "The shop shut at 6 p.m.", "Wednesday, officials said."]
    assert split("He arrived at 5 p.m. ETA was late.") == ["He arrived at 5 p.m.", "ETA was late."]


def test_a_figure_whose_point_tokenised_text_parts_from_it_stays_whole():
    """(coherence29) "the . 38 - caliber revolver" was cut after "the .", leaving "38 - caliber revolver
    next to him ." as a sentence."""
    assert split("Officers found the . 38 - caliber revolver next to him .") == [
        "Officers found the . 38 - caliber revolver next to him ."]
    assert split("Police said he fired a . 357 magnum twice .") == ["Police said he fired a . 357 magnum twice ."]
    # near cases: a sentence that ends on a figure before one that opens on a number, and a word a
    # sentence can end on
    assert split("He finished at number 3 . 38 people came .") == ["He finished at number 3 .", "38 people came ."]
    assert split("They said it was theirs . 38 people agreed .") == ["They said it was theirs .", "38 people agreed ."]


def test_a_ticker_and_its_exchange_code_do_not_end_a_sentence():
    # C61: "Jimmy Choo CHOO.L for $1.2 billion" was cut after "CHOO.", and a summary printed a sentence opening
    # "N, as so-called …"; a ticker with no code, a real end with its space, and a missing space between two
    # sentences that do not open on a code stay cut
    text = ("Michael Kors agreed to buy Jimmy Choo CHOO.L for $1.2 billion. Coach COH.N bought Kate Spade & Co KATE.N, "
            "as rivals look for growth.")
    assert split(text) == ["Michael Kors agreed to buy Jimmy Choo CHOO.L for $1.2 billion.",
                           "Coach COH.N bought Kate Spade & Co KATE.N, as rivals look for growth."]
    assert split("Apple AAPL.O rose.") == ["Apple AAPL.O rose."]
    # review102: a page that lost the space after an acronym's full stop keeps its two sentences
    for text in ("The suspect was arrested by the FBI.A spokesman declined to comment.",
                 "He was questioned by the FBI.I was not there, she said.",
                 "Talks were held at the UN.EU leaders met on Friday.", "He joined the CIA.US officials said so.",
                 "The show aired on HBO.TV critics praised it.", "The deal was cleared by the FCC.T-Mobile said so."):
        assert len(split(text)) == 2, text


def test_a_run_of_words_without_a_sentence_end_is_read_in_bounded_pieces() -> None:
    # (mend120) a 300 KB "sentence" cost 79 s (each number searched the whole sentence): pieces of
    # ``sentence_max_words`` words keep the work linear; a sentence of news is left whole
    from accord.analyse.sentences import bounded, spans

    text = "Crews cleared the road. " + " ".join(f"w{k}" for k in range(1000)) + "."
    cut = bounded(text, spans(text), 400)
    assert cut[0] == (0, 23) and len(cut) == 4
    assert [len(text[a:b].split()) for a, b in cut[1:]] == [400, 400, 200]
    assert "".join(text[a:b] + " " for a, b in cut[1:]).strip() == text[24:]
    assert bounded(text, spans(text), 0) == spans(text) and bounded("Short one.", [(0, 10)], 400) == [(0, 10)]
