"""Round precision65: the general causes of the false reports of a reading of news never tuned on — a gross
and a net sum, a margin and a share, two places' averages, a close and a trading price, a series'
first count, a count after an opening clause, a length beside another counted thing, and a
set phrase read as a negation. Invented texts only, each rule with near cases that must not fire."""
from accord.disagree import pairs as P
from accord.disagree.quotes import material
from accord.options import DEFAULT
from accord.words import opening_clause_end
from tests.test_disagree import compared
from tests.test_disagree_pairs import figure
from tests.test_disagree_values import numbers, read


def test_a_sum_before_and_after_tax_is_gross_or_net():
    vals = read("The lottery winner will collect $21 million before taxes over 30 years.",
                "She chose a lump sum and took home about $14 million after taxes.",
                "The company reported a pre-tax profit of $8 million for the quarter.",
                "The firm's after-tax income was $5 million.",
                "The winner will collect $21 million, officials said.",
                "He paid $2 million in taxes on a $9 million salary.")
    assert P.tax_basis(figure(vals, "$21 million", "a")) == "gross"
    assert P.tax_basis(figure(vals, "about $14 million")) == "net"
    assert P.tax_basis(figure(vals, "$8 million")) == "gross"
    assert P.tax_basis(figure(vals, "$5 million")) == "net"
    assert P.tax_basis(figure(vals, "$21 million", "e")) is None  # nothing said of tax
    assert P.tax_basis(figure(vals, "$9 million")) is None  # a salary taxes were paid on: no basis


def test_a_gross_and_a_net_sum_are_never_one_slot():
    gross, net, plain = read("The winner will collect $21 million before taxes, the lottery said.",
                             "The winner will collect $14 million after taxes, the lottery said.",
                             "The winner will collect $18 million, the lottery said.")
    assert not P.compatible(gross, net, P.Frames(), {})
    assert P.compatible(gross, plain, P.Frames(), {})  # a sum told with no basis may still be the same


def test_a_margin_is_never_one_slot_with_a_share():
    vals = read("Among young voters, the senator now leads by 12 percent.",
                "Some 57 percent of voters disapprove of the governor.",
                "The mayor won the suburbs by 11 points in 2016.",
                "Her approval rating is down 8 points since March and 10 points in the past month.",
                "The incumbent trails his challenger by 4 points.",
                "Turnout rose to 62 percent.")
    assert P.margin(figure(vals, "12 percent"))
    assert P.margin(figure(vals, "11"))
    assert P.margin(figure(vals, "4"))
    assert not P.margin(figure(vals, "Some 57 percent"))
    assert not P.margin(figure(vals, "10"))
    assert not P.margin(figure(vals, "62 percent"))
    lead, share = read("Among young voters, the senator now leads by 52 percent.",
                       "Some 57 percent of young voters back the senator.")
    assert not P.compatible(lead, share, P.Frames(), {})
    a, b = read("Among young voters, the senator now leads by 52 percent.",
                "Among young voters, the senator now leads by 48 percent.")
    assert P.compatible(a, b, P.Frames(), {})  # two margins of one race still disagree


def test_two_places_averages_are_two_populations():
    found = compared("Women in Brazil were bearing an average of six children each in 1960.",
                     "In rural Chad, the average woman has seven children.")
    assert not numbers(found)
    one, other = read("Women in Chad have an average of six children each, the report said.",
                      "Women in Chad have an average of seven children each, the agency said.")
    assert P.compatible(one, other, P.Frames(), {})  # one country's average told twice still disagrees


def test_a_price_at_the_close_and_while_trading_are_two_moments():
    vals = read("The stock closed Friday at $137.95.",
                "Shares were trading at $135.57 on Friday morning.",
                "Shares opened at $136.10.",
                "Analysts set a price target of $140.")
    assert P.price_moment(figure(vals, "$137.95")) == "close"
    assert P.price_moment(figure(vals, "$135.57")) == "trading"
    assert P.price_moment(figure(vals, "$136.10")) == "open"
    assert P.price_moment(figure(vals, "$140")) is None
    assert not P.compatible(figure(vals, "$137.95"), figure(vals, "$135.57"), P.Frames(), {})
    two = read("The stock closed Friday at $137.95.", "The stock closed Friday at $138.40.")
    assert P.compatible(figure(two, "$137.95"), figure(two, "$138.40"), P.Frames(), {})  # two closes still disagree


def test_the_first_count_of_a_series_of_people_is_a_part():
    vals = read("Those killed were six Americans, a Canadian and a Briton, the force said.",
                "Two Britons, three Germans and an Australian were rescued from the boat.",
                "Three people were stabbed, one with a knife, and 12 people were arrested.",
                "Police seized 14 rifles, 31 magazines and 900 rounds.",
                "The crash killed six people, a spokesman said.")
    assert figure(vals, "six", "a").part == "american"
    assert figure(vals, "Two").part == "briton"
    assert figure(vals, "Three").part is None and figure(vals, "12").part is None  # a clause, no series
    assert figure(vals, "six", "e").part is None  # an aside, no series


def test_a_verb_of_an_opening_clause_is_not_what_happened_to_a_later_count():
    assert opening_clause_end("Just hours after a gunman killed 10 people at a school, two students worried.") > 0
    assert opening_clause_end("When the storm destroyed 40 homes, 200 people fled.") > 0
    assert opening_clause_end("Police arrested 12 protesters, officials said.") == 0
    vals = read("Just hours after a gunman killed 10 people at a school in Ohio, two students 900 miles away "
                "worried about their seats in the cafeteria.",
                "After the rebels stormed the town, they killed 12 soldiers and three police officers.",
                "Eight students were killed when a gunman opened fire at the school.")
    assert figure(vals, "two").event is None
    assert figure(vals, "10").event == "killed"
    assert figure(vals, "12").event == "killed"  # the main clause's own verb
    assert figure(vals, "Eight").event == "killed"


def test_a_length_beside_another_counted_thing_is_not_of_that_thing():
    found = compared("After 31 years of marriage, he and his wife are separating, he said.",
                     "But for nearly 40 years, two failed marriages and a long illness later, he still thinks of her.")
    assert not numbers(found)
    found = compared("After 31 years of marriage, he and his wife are separating, he said.",
                     "He and his wife, married for 33 years, are separating, he said.")
    assert numbers(found)  # one marriage's two lengths still disagree


def test_a_set_phrase_of_emphasis_is_no_negation():
    assert material("Make no mistake, the virus has not gone away.", "The virus has not gone away.", DEFAULT) is None
    assert material("We will not only cut taxes, we will close the deficit.",
                    "We will cut taxes, and we will close the deficit.", DEFAULT) is None
    assert material("Make no mistake, we will find them.", "Make no mistake, we will not find them.",
                    DEFAULT) == "a negation"
    assert material("The bridge will not reopen next year.", "The bridge will reopen next year.",
                    DEFAULT) == "a negation"


def test_counts_of_two_people_s_things_are_two_sets():
    vals = read("Two songs Maria Lopez brought to the band became hits.",
                "The album held several songs co-written by Daniel Okafor.",
                "The album held several songs co-written by Maria Lopez.",
                "The band recorded three songs in Memphis.")
    two, okafor, lopez, memphis = (figure(vals, t, art) for t, art in (("Two", "a"), ("several", "b"),
                                                                        ("several", "c"), ("three", "d")))
    assert P.described_by(two) == "Maria Lopez" and P.described_by(okafor) == "Daniel Okafor"
    assert P.described_by(memphis) is None
    assert not P.compatible(two, okafor, P.Frames(), {})
    assert P.compatible(two, lopez, P.Frames(), {})  # one person's songs told twice
    assert P.compatible(two, memphis, P.Frames(), {})  # nothing says whose: left to the pair model


def test_shares_of_two_areas_are_two_figures():
    vals = read("In Portugal, more than 60 percent of young adults live with their parents, the survey says.",
                "Across the European Union, nearly half of young adults live with their parents.",
                "In March, 40 percent of young adults lived with their parents.",
                "In Portugal, 55 percent of young adults live with their parents.")
    portugal, union, march, again = (figure(vals, t) for t in ("more than 60 percent", "nearly half", "40 percent",
                                                               "55 percent"))
    assert P.share_scope(portugal) == "Portugal" and P.share_scope(union) == "European Union"
    assert P.share_scope(march) is None  # a month says when
    assert P.scopes_apart(portugal, union)
    assert not P.scopes_apart(portugal, again) and not P.scopes_apart(union, march)
