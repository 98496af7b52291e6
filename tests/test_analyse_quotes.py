"""Quotes with speakers read from spaCy's parse (``analyser="spacy"``): speech verbs, inverted
attribution, pronouns and bare quotes. The rules analyser's speakers: ``test_analyse_rules.py``."""
from datetime import date

from accord.analyse import analyse_many
from accord.model import Article
from accord.options import DEFAULT

SPACY = DEFAULT.with_(analyser="spacy")


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    sents = analyse_many([Article(id="q", title="t", text=text)], SPACY, reference=date(2022, 1, 13))["q"]
    return [(m.value, m.label) for s in sents for m in s.of_kind("quote")]


def test_speaker_after_quote_and_inverted_said() -> None:
    assert quotes_of("“We must come home. We’ve completed our mission,” Putin told Shoigu.") == [
        ("We must come home. We’ve completed our mission", "Putin")]
    assert quotes_of("“The operation is over,” said Russian General Andrei Serdyukov.") == [
        ("The operation is over", "Andrei Serdyukov")]


def test_speaker_with_that_clause_and_mixed_quote_marks() -> None:
    got = quotes_of('Secretary of State Antony Blinken warned: "once they are in your house, it is hard to get them out.”')
    assert got == [("once they are in your house, it is hard to get them out.", "Antony Blinken")]


def test_pronoun_and_bare_quote_take_the_previous_speaker() -> None:
    text = ("President Emmanuel Macron said on Monday that “the talks were useful”.\n"
            "“We will keep talking to everyone,” he added.\n"
            "“Nothing is decided yet.”")
    got = quotes_of(text)
    assert [label for _, label in got] == ["Emmanuel Macron"] * 3


def test_scare_quotes_are_not_quotes_and_unattributed_stays_none() -> None:
    assert quotes_of("Officials blamed “terrorists” for the unrest.") == []
    assert quotes_of("The statement said “forces are starting to prepare equipment for loading”.") == [
        ("forces are starting to prepare equipment for loading", None)]


def test_possessive_in_subject_is_not_the_speaker_and_titles_are_not_quotes() -> None:
    got = quotes_of('"This was not a situation where my client hunted anyone down," said Hayes\'s attorney, John Fuller.')
    assert got == [("This was not a situation where my client hunted anyone down", "John Fuller")]
    assert quotes_of('The video was broadcast by ABC\'s "Good Morning America" on Tuesday.') == []


def test_according_to_and_quotes_running_into_the_next_paragraph() -> None:
    got = quotes_of("“The situation is under control now,” according to the Interior Ministry of Kazakhstan.")
    assert got and got[0][1] is not None and "Ministry" in got[0][1]
    text = "Governor Ron DeSantis spoke to reporters on Monday.\n“We will rebuild every single home in this county."
    assert quotes_of(text) == [("We will rebuild every single home in this county.", "Ron DeSantis")]


def test_a_quotation_cut_by_a_line_break_is_read_whole() -> None:
    """recall70: one quotation wrapped over two lines is one quote; a new quotation opening the next
    paragraph, or narration after a quote left unclosed, is never joined to it."""
    text = ('Mayor Ana Ruiz spoke at the depot.\nShe said, "The bridge will reopen in the spring.\n'
            'Every lane will be repaved," and left the stage.')
    assert [q for q, _ in quotes_of(text)] == ["The bridge will reopen in the spring. Every lane will be repaved"]
    # straight marks in tokenised text: the first mark of the next line closes the open one
    assert [q for q, _ in quotes_of('He shouted, " Stay back, stay back.\nThe roof is falling " , then ran.')] == \
        ["Stay back, stay back. The roof is falling"]
    # the paragraph convention re-opens each paragraph: two quotes, neither joined
    text = '“We will rebuild the school this year.\n“We will also build a new library,” the mayor said.'
    assert [q for q, _ in quotes_of(text)] == ["We will rebuild the school this year.", "We will also build a new library"]
    # a line with no mark before a line opening a new quotation: nothing joined (the opening mark of the
    # line after is no closing one)
    text = ('The coach said, "We played hard tonight.\nThe fans stood for the whole second half.\n'
            '"Next week we travel to Denver," he said.')
    assert not any("fans" in q for q, _ in quotes_of(text))
    # a quote left unclosed before narration: the narration is never quoted
    text = 'The fire began at "the rear of the kitchen.\nNeighbours gathered outside for hours.'
    assert not any("Neighbours" in q for q, _ in quotes_of(text))


def test_a_quotation_cut_by_a_line_break_takes_the_speaker_its_closing_line_names() -> None:
    """mend111: the closing line's "…," the harbour master said names the speaker of the whole quotation,
    not the person the line before spoke of; with no one named it is left unattributed, never given to the
    previous speaker."""
    text = ('Governor Paul Stone said the port would reopen. "The storm wrecked the pier.\n'
            'Somebody towed every boat to safety," harbour master Rita Vance said.')
    assert quotes_of(text) == [("The storm wrecked the pier. Somebody towed every boat to safety", "Rita Vance")]
    text = ('Governor Paul Stone visited the pier on Monday.\n"The storm wrecked the pier.\n'
            'Somebody towed every boat to safety," one worker shouted.')
    assert quotes_of(text) == [("The storm wrecked the pier. Somebody towed every boat to safety", None)]
