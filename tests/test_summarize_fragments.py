"""coherence35 (issue 13): fragments in a summary — a quotation left open, a sentence wholly in
brackets, a line led by a list dash, a message announced and not given. Invented texts, with near
cases that must not fire."""
from accord.model import Article, Fact, Sentence
from accord.options import DEFAULT
from accord.summarize import _Context, announces, closed_quotes, leaves_open, select, usable, wholly_bracketed
from accord.summarize.features import view


def _facts(arts: list[Article]) -> list[Fact]:
    """One fact per line of each article."""
    return [Fact(id=f"{a.id}{k}", text=t, sentences=[Sentence(a.id, k, t)], support=[a.id], independent=1)
            for a in arts for k, t in enumerate(a.text.splitlines())]


def _art(aid: str, lines: list[str]) -> Article:
    text = "\n".join(lines)
    return Article(id=aid, title="", text=text, raw_text=text, published="2024-05-03")


def test_a_quotation_left_open_is_told_apart_from_closed_and_mixed_marks() -> None:
    assert leaves_open("“We will rebuild the pier before the summer season.")
    assert leaves_open('The mayor said: "We will rebuild the pier before summer.')
    assert leaves_open("He called it a “landmark deal” that will “end the long wait for")
    # near cases: closed, closed with the other kind of mark, two quotations, inches, a stray space
    assert not leaves_open("“We will rebuild the pier,” the mayor said.")
    assert not leaves_open('“We are close to a deal," Senator Ray Cole said on Monday.')
    assert not leaves_open('“The council wants it done," an aide said. “It will happen, no delays."')
    assert not leaves_open('The new keeper is 6\'4" tall and "quick off his line".')
    assert not leaves_open('"I asked, \'are you staying?\' he said, \'yes.\' "Cole said he stayed the night.')
    # a page re-opening its quotation for a new paragraph is no second quotation inside the first
    assert not leaves_open("He told investigators “the crane was unsafe. “[The foreman] knew it,” he said.")


def test_an_open_quotation_is_closed_in_the_summary_unless_its_next_sentence_goes_on() -> None:
    first = "“The water rose faster than any of us expected."
    rest = "We lost everything in the basement,” said Ann Lee."
    # alone, or with another article's sentence after it: closed where the summary's quotation ends
    assert closed_quotes([first], [("a", 3)]) == [first + "”"]
    assert closed_quotes([first, "Rain is due again on Friday."], [("a", 3), ("b", 0)])[0] == first + "”"
    # its article's next sentence goes on with the quotation: left as the page has it
    assert closed_quotes([first, rest], [("a", 3), ("a", 4)]) == [first, rest]
    # ... unless that next sentence opens a quotation of its own (a new paragraph of the page)
    own = "“Then the power went out,” she said."
    assert closed_quotes([first, own], [("a", 3), ("a", 4)])[0] == first + "”"
    # a straight mark and a space opening the next sentence is this one's close, put there by the splitter
    straight = '"We will not be moved from this valley.'
    carried = '" "They can send the trucks," Lee said.'
    assert closed_quotes([straight, carried], [("a", 1), ("a", 2)]) == [straight, carried]
    assert closed_quotes([straight], [("a", 1)]) == [straight + '"']
    # a sentence with nothing open is never touched
    assert closed_quotes(["“It is over,” he said."], [("a", 0)]) == ["“It is over,” he said."]


def test_a_summary_closes_a_quotation_only_with_the_rule_on() -> None:
    a = _art("a", ["Floodwater swept through the riverside town of Eastbury on Thursday, forcing 300 families from their homes.",
                   "Mayor Ann Lee said on Friday: “We have never seen the river come up this fast in my lifetime.",
                   "“Our crews will not stop until every family is safe,” she said on Friday morning."])
    facts = _facts([a])
    on = [c.text for c in select(facts, [a], DEFAULT.with_(words=80))]
    off = [c.text for c in select(facts, [a], DEFAULT.with_(words=80, summary_fragments=False))]
    opened = "Mayor Ann Lee said on Friday: “We have never seen the river come up this fast in my lifetime."
    assert opened in off and opened + "”" in on
    assert all(not leaves_open(t) for t in on)


def test_a_quotation_closed_by_its_next_sentence_is_taken_with_it_or_not_at_all() -> None:
    a = _art("a", ["Floodwater swept through the riverside town of Eastbury on Thursday, forcing 300 families from their homes.",
                   "Mayor Ann Lee visited the shelters on Friday."])
    b = _art("b", ["Rescue crews in boats reached dozens of people stranded on rooftops in Eastbury overnight.",
                   "Resident Tom Reyes, 54, said: “The water came up to the second floor in less than an hour.",
                   "We had nowhere to go but the roof, and we waited there until dawn.”"])
    facts = _facts([a, b])
    ctx = _Context(view(facts, [a, b], embed=False), DEFAULT)
    opener = next(i for i, f in enumerate(facts) if f.text.startswith("Resident"))
    assert ctx.announces[opener] and ctx.quote_runs[opener]
    assert ctx.unread([0, 2, opener]) == [opener]  # without its closing sentence after it
    assert ctx.unread([0, 2, opener, opener + 1]) == []
    off = _Context(view(facts, [a, b], embed=False), DEFAULT.with_(summary_fragments=False))
    assert not off.quote_runs[opener] and not off.announces[opener]
    picked = [c.text for c in select(facts, [a, b], DEFAULT.with_(words=120))]
    k = next(k for k, t in enumerate(picked) if t.startswith("Resident"))
    assert k + 1 < len(picked) and picked[k + 1].startswith("We had nowhere")


def test_a_sentence_wholly_in_brackets_reads_only_after_its_articles_sentence_before_it() -> None:
    assert wholly_bracketed("(Suddenly there were police cars on every corner.)")
    assert wholly_bracketed("(The council has not met since March).")
    # near cases: an outlet's tag, a bracket inside the sentence, a sentence that goes on after it
    assert not wholly_bracketed("(CNN) A storm flooded three towns on Thursday.")
    assert not wholly_bracketed("The council (which has not met since March) will vote on Monday.")
    assert not wholly_bracketed("(Reuters) - Shares fell 3% on Monday (the lowest since May).")
    a = _art("a", ["Floodwater swept through the riverside town of Eastbury on Thursday, forcing 300 families from their homes.",
                   "Sirens sounded across the valley as the river broke its banks just after midnight.",
                   "(Suddenly there were police cars on every corner of the old town.)"])
    b = _art("b", ["Rescue crews in boats reached dozens of people stranded on rooftops in Eastbury overnight."])
    facts = _facts([a, b])
    ctx = _Context(view(facts, [a, b], embed=False), DEFAULT)
    assert ctx.needs_previous(2)
    assert ctx.flagged([0, 3, 2], {2})  # after the other account's line
    assert not ctx.flagged([0, 1, 2], {2})  # right after its own sentence before it
    off = _Context(view(facts, [a, b], embed=False), DEFAULT.with_(summary_fragments=False))
    assert not off.needs_previous(2)


def test_a_line_led_by_a_list_dash_is_no_sentence() -> None:
    assert not usable("--The cost of a second and independent autopsy.")
    assert not usable("—The family's travel to the hearing in Denver.")
    assert not usable("- A Flagler County woman was arrested on Sunday.")  # as before: a dash and a space
    # near cases: a dash inside the sentence, a hyphenated opening word, a figure
    assert usable("The cost of a second autopsy -- about $3,000 -- was paid by the family.")
    assert usable("Mid-level managers at the plant were told of the closure on Monday.")


def test_a_message_announced_and_not_given_reads_only_before_it() -> None:
    assert announces("Mayor Ann Lee had a message for the gangs in her neighborhood.")
    assert announces("The coach had this to say.")
    assert announces("Reyes has some advice for new parents.")
    # near cases: the message is in the sentence itself
    assert not announces("Mayor Ann Lee had a message of hope for the families on Friday.")
    assert not announces("The mayor had a message for residents: stay off the roads.")
    assert not announces("Police had a warning for drivers on Friday, urging them to stay home.")


def test_a_quotation_run_over_two_sentences_is_closed_at_the_runs_end() -> None:
    """mend52: neither sentence closes it: the run's last sentence does, with the mark that opened it."""
    from accord.summarize import closed_quotes
    assert closed_quotes(["“We will fight this in court.", "We will win."], [("a", 0), ("a", 1)]) == \
        ["“We will fight this in court.", "We will win.”"]
    assert closed_quotes(['He called it a “hoax” and said: "We will fight this in court.'], [("a", 0)]) == \
        ['He called it a “hoax” and said: "We will fight this in court."']
    assert closed_quotes(['"We will fight this in court.', "We will win."], [("a", 0), ("a", 1)]) == \
        ['"We will fight this in court.', 'We will win."']
    # near cases: the next sentence closes it, opens its own, or is of another article
    assert closed_quotes(["“We will fight this in court.", "We will win,” he said."], [("a", 0), ("a", 1)]) == \
        ["“We will fight this in court.", "We will win,” he said."]
    assert closed_quotes(["“We will fight this in court.", "“We will win.”"], [("a", 0), ("a", 1)]) == \
        ["“We will fight this in court.”", "“We will win.”"]
    assert closed_quotes(["“We will fight this in court.", "The hearing is set for May."], [("a", 0), ("b", 1)]) == \
        ["“We will fight this in court.”", "The hearing is set for May."]
