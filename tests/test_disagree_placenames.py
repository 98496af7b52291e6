"""disagree.placenames: which written names are one place (invented places where a real one is not needed)."""
from accord.disagree.placenames import one_place, place_key, same_place_names, state_key


def test_a_state_and_its_abbreviations_are_one_state() -> None:
    assert state_key("W.Va.") == state_key("West Virginia") == "west virginia"
    assert state_key("Calif.") == "california" and state_key("Springfield") is None


def test_a_country_and_its_aliases_are_one_key() -> None:
    assert place_key("the U.S.") == place_key("America") == "us"
    assert place_key("Britain") == place_key("the United Kingdom") == "uk"
    assert place_key("France") == "france"


def test_one_place_reads_aliases_and_other_names_alike() -> None:
    assert one_place("the UK", "Britain") and one_place("Holland", "the Netherlands")
    assert not one_place("the U.S.", "Britain") and not one_place("Vorland", "Ostland")


def test_one_town_name_in_two_states_is_two_places() -> None:
    assert not same_place_names("Columbus, Ga.", "Columbus, Miss.")
    assert same_place_names("Bombay, India", "Mumbai")
    assert same_place_names("Köln", "Cologne, Germany")


def test_a_list_of_places_or_a_town_and_its_state_is_no_second_name() -> None:
    """mend52: a bare comma is a list or an address, never "one place under two names"."""
    assert not same_place_names("Bombay", "Pune", ["Police in Bombay, Pune and Delhi were alerted."])
    assert not same_place_names("Dallas", "Texas", ["He lived in Dallas, Texas."])
    assert not same_place_names("Pune", "Delhi", ["Police in Bombay, Pune or Delhi were alerted."])
    assert not same_place_names("Vorland", "Ostland", ["Flights to Vorland (Ostland airport is shut) were cancelled."])


def test_a_place_written_as_its_other_name_is_stillsame_place_names() -> None:
    """mend52, near cases: a naming word after the comma, or the other name in brackets."""
    assert same_place_names("Vorland", "Ostland", ["She grew up in Vorland, formerly Ostland."])
    assert same_place_names("Ostland", "Vorland", ["Ostland, now known as Vorland, is a port."])
    assert same_place_names("Vorland", "Ostland", ["It is in Vorland (Ostland) on the coast."])
    assert same_place_names("Vorland", "Ostland", ["It is in Vorland (also called Ostland) on the coast."])
