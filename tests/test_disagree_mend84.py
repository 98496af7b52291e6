"""Round mend84: the review of precision65's rules on invented news — a set phrase of emphasis taken out on
one side only, two approximations made one value, a series' first count deleted, margins, an opening price,
and one area under two names. Each case is the review's kind of sentence (rewritten) with its look-alike."""
from accord.disagree import pairs as P
from accord.disagree.quotes import material
from accord.options import DEFAULT
from tests.test_disagree import compared
from tests.test_disagree_pairs import figure
from tests.test_disagree_values import numbers, read


def _quotes(a: str, b: str) -> list[str]:
    return [d.about for d in compared(a, b).disagreements if d.kind == "quote"]


def test_no_doubt_and_no_question_are_counted_as_written():
    # one remark in two wordings: both deny a doubt, one with "no", one with "never" or no "that"
    assert not _quotes('"There is no question that the dam is going to hold," Mayor Rita Vance said on Monday.',
                       '"There is no question the dam will hold this week," Mayor Rita Vance said.')
    assert material("There was no doubt in my mind that the blaze was set.",
                    "There was never any doubt in my mind that the blaze was set.", DEFAULT) is None
    # a reversal: "no doubt" set against "some doubt" is the whole claim
    assert _quotes('"There is no doubt in my mind that the crash at the depot was an accident," Chief Omar Reyes said on Friday.',
                   '"There is some doubt in my mind that the crash at the depot was an accident," Chief Omar Reyes said on Friday.')
    assert material("We have no doubt this was sabotage.", "We have doubts this was sabotage.", DEFAULT) == "a negation"
    # a phrase that never carries the claim is still left out on one side
    assert material("Make no mistake, the flu has not gone away.", "The flu has not gone away.", DEFAULT) is None


def test_two_approximations_close_together_still_disagree():
    # GUIDELINES' vague example: "about 1,000" / "some 1,020" is listed, whichever side is exact
    found = compared("About 1,000 people were evacuated from the village of Marlow on Monday, officials said.",
                     "Some 1,020 people were evacuated from the village of Marlow on Monday, officials said.")
    assert numbers(found)
    a, b, c = read("About 60 percent of the nurses voted to strike, the union said.",
                   "Roughly 62 percent of the nurses voted to strike, the union said.",
                   "About 60 percent of the nurses voted to strike, the union said.")
    assert not P.same_value(a, b)
    assert P.same_value(a, c)  # one figure told alike


def test_a_series_first_count_is_compared_with_the_same_part_only():
    found = compared("Among the nine dead were five Italians, a Swiss national and a Greek national, police said.",
                     "Among the nine dead were four Italians, a Swiss national and a Greek national, police said.")
    assert numbers(found)  # two counts of the Italians
    five, total = read("Among the dead were five Italians, a Swiss national and a Greek national, police said.",
                       "At least nine people were killed in the crash, police said.")
    assert five.part == "italian" and total.part is None
    assert not P.compatible(five, total, P.Frames(), {})  # a part, never the total


def test_a_margin_needs_a_margin_verb_and_no_whole():
    vals = read("The school levy won approval by 58 percent of voters, the county said.",
                "The Nikkei edged up by 0.6 percent on Tuesday.",
                "Exports rose, led by 12 percent growth in car sales.",
                "The challenger edged out the mayor by 3 points.",
                "Polls showed the senator led her rival by 7 points.",
                "Among independents, the governor now leads by 9 percent.")
    assert not P.margin(figure(vals, "58 percent"))  # a share of voters
    assert not P.margin(figure(vals, "0.6 percent"))  # a change
    assert not P.margin(figure(vals, "12 percent"))  # "led by" as the passive, a growth
    assert P.margin(figure(vals, "3"))
    assert P.margin(figure(vals, "7"))
    assert P.margin(figure(vals, "9 percent"))


def test_a_first_day_s_trading_price_is_the_opening():
    vals = read("Shares of Velora began trading at $24 on the Nasdaq on Friday.",
                "Shares of Velora opened at $26 on the Nasdaq on Friday.",
                "Shares of Velora were trading at $25 by midday on Friday.")
    began, opened, midday = (figure(vals, t) for t in ("$24", "$26", "$25"))
    assert P.price_moment(began) == "open" and P.price_moment(opened) == "open"
    assert P.compatible(began, opened, P.Frames(), {})  # two openings disagree
    assert P.price_moment(midday) == "trading"
    assert not P.compatible(began, midday, P.Frames(), {})


def test_one_area_under_two_names_is_one_scope():
    vals = read("In Britain, 18 percent of pensioners live alone, the charity said.",
                "In the UK, 25 percent of pensioners live alone, the charity said.",
                "In Scotland, 18 percent of pensioners live alone, the charity said.",
                "Across Scotland and Wales, 25 percent of pensioners live alone, the charity said.",
                "In Norway, 30 percent of pensioners live alone, the charity said.")
    britain, uk, scotland, both, norway = (figure(vals, t, art) for t, art in (
        ("18 percent", "a"), ("25 percent", "b"), ("18 percent", "c"), ("25 percent", "d"), ("30 percent", "e")))
    assert not P.scopes_apart(britain, uk)
    assert not P.scopes_apart(scotland, both)  # the other sentence names Scotland too
    assert P.scopes_apart(scotland, norway) and P.scopes_apart(britain, norway)
