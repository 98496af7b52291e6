"""accord.patterns: a regex alternation's yes/no answer, split into cheap tests, is the same answer."""
import re

import pytest

from accord.clean import signals
from accord.patterns import Alternatives, branches, fold, needed_anywhere, needed_inside, needed_words


def test_branches_split_only_at_the_top_level():
    assert branches(r"^a|b(c|d)|[|x]|\|e") == ["^a", "b(c|d)", "[|x]", r"\|e"]
    assert branches(r"[]|]|x") == ["[]|]", "x"]  # a first "]" belongs to the class


def test_needed_words_reads_simple_openings_only():
    assert needed_words(r"\bautoplay\b") == ("autoplay",)
    assert needed_words(r"https?://\S+") == ("http",)  # the optional "s" is not needed
    assert needed_words(r"\b[Cc]lick here\b") == ("lick here",)
    assert needed_words(r"\b(?:Photo|Image)\s*:") == ("Photo", "Image")
    assert needed_words(r"(?:Photo|Image)?\s*:") is None  # an optional group needs nothing
    assert needed_words(r"(?:a\w|b)x") is None  # not plain literals
    assert needed_words(r"\w+ said") is None
    assert needed_words(r"\(@\w{1,15}\)") == ("(@",)  # escaped punctuation is itself
    assert needed_words(r"\bpic\.twitter\.com/") == ("pic.twitter.com/",)
    assert needed_words(r"a\.?b") == ("a",)  # an optional escaped character ends the run
    assert needed_words(r",(?<!\bon,)\s+Monday") == (",",)
    assert needed_words(r"(?<!\bon),\s+Monday") == (",",)  # a look-around needs nothing itself
    assert needed_words(r"(?=x)?y") is None
    assert needed_words(r"(?<!\bwho )(?<!\bit )\b(?:speaks|looks on)\b") == ("speaks", "looks on")  # look-arounds in a row


def test_needed_anywhere_reads_anchored_branches_opening_with_any_characters():
    assert needed_anywhere(r"^.{0,160}?(?<!\bwho )\b(?:speaks|poses)\b.{0,20}\d{4}$") == ("speaks", "poses")
    assert needed_anywhere(r"^.*?\bautoplay\b") == ("autoplay",)
    assert needed_anywhere(r"^.+Click") == ("Click",)
    assert needed_anywhere(r"^By\s+[A-Z]") is None  # a plain anchored opening: tried once at the start
    assert needed_anywhere(r"^[^.]{0,40}said") is None  # not any character: left to the anchored alternation


PATTERNS = [
    re.compile(r"^By [A-Z]\w+|\bautoplay\b|https?://\S{10,}|\b(?:Photo|Image)\s*:\s*\S|\b[Cc]lick here\b"),
    re.compile(r"^read more|\bsign up (?:for|to)\b|cookies?", re.I),
    re.compile(r"(\w)\1|^x"),  # a back-reference: searched whole
    re.compile(r"a$|^b", re.M),  # multi-line: searched whole
    re.compile(r"\(@\w{1,3}\) \d|(?<!\bon), (?:Monday|Tuesday)\b|\bpic\.twitter\.com/|x-?ray", re.I),
    re.compile(r"^.{0,30}?(?<!\bwho )\b(?:speaks|looks on)\b.{0,20}\d{4}\.?$|^By [A-Z]|^.*?Photo:"),  # screened anchored branches
    re.compile(r"^.{0,30}?(?<!\bwho )\b(?:speaks|looks on)\b.{0,20}\d{4}\.?$", re.I),
    # (speed15) branches screened by a literal inside them
    re.compile(r"\b[A-Z]{2,}/(?:[A-Z][a-z]+|Getty)\b|[.!?]\s+Advertisement\s+[A-Z]|\b\d{2,3} mm x\b|\b(?:airs?|tune in)\b.{0,9}\d"),
    re.compile(r"\s(?:of|the)$|\b[a-z]+\d[\x41-\x42]|\d+(?:st|nd)? ?place", re.I),
]
TEXTS = [
    "", "By Jane Doe", "Written By Jane Doe", "The autoplay video", "autoplayed", "See http://x.example/a/b/c",
    "http://short", "Photo: AP", "Photos: AP", "Please click here.", "Click here", "READ MORE about it",
    "We read more than that", "Sign Up For alerts", "Our COOKIE policy", "A ſign up for it", "letter",
    "abc\nb", "x marks", "Image :x", "a (@abc) 5", "(@abcdef) 5", "on, Monday", "Dallas, Tuesday", "oon, Monday",
    "see pic.twitter.com/x", "pic twitter com/", "an X-RAY", "xray", "x-ray",
    "The mayor speaks in Boston, May 2016.", "A man who speaks in Boston, May 2016.", "He LOOKS ON in 2016",
    "Mourners looks on near the port, 1999", "A speaks", "In a long opening of the sentence here he speaks 2016",
    "x Photo: AP", "No photo: here",
    "AP/Getty photo", "AP / Getty", "ap/Getty", "It ended. Advertisement The", "It ended.Advertisement The",
    "a 35 mm x b", "a 3 mm x b", "It airs at 9", "It air at 9", "tune in at 9", "The end of", "The end of it",
    "THE END OF", "abc1A", "abc1C", "2nd place", "2ND PLACE", "2 Place", "second place",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_answer_as_search(pattern):
    fast = Alternatives(pattern)
    for text in TEXTS:
        assert fast.found(text) == bool(pattern.search(text)), text


def test_needed_inside_reads_the_top_level_and_never_an_optional_part():
    # (speed15) a literal anywhere in the branch's top level, or a group of literals, is needed
    assert needed_inside(r"\b[A-Z]{2,}/(?:[A-Z][a-z]+|Getty Images)\b") == ("/",)
    assert needed_inside(r"\b\d{2,3} mm x \d{2,3} mm\b") == (" mm x ",)
    assert needed_inside(r"\s(?:into|of)$") == ("into", "of")
    assert needed_inside(r"\b(?:airs?|aired)\b\d") == ("air", "aired")
    # near cases: an optional or repeated character, an optional group, a coded character, a class
    assert needed_inside(r"\dx?\d") is None and needed_inside(r"\d(?:ab)?\d") is None
    assert needed_inside(r"\d(?:ab)+\d") is None  # (repeated from one: needed, but not read)
    assert needed_inside(r"\d\x41b") is None  # "\x41" is "A": its digits are no literal
    assert needed_inside(r"\d[ab]\d") is None and needed_inside(r"\d(ab)\d") is None
    assert needed_inside(r"\d{2,3}\s") is None  # the repeat's digits are no literal
    assert needed_inside(r"\dab+c") == ("a",)


def test_case_folding_beyond_lower_case_is_not_screened_out():
    # re.IGNORECASE matches the long s "ſ" as "s"; str.lower() does not, so non-ASCII text is searched
    pattern = re.compile(r"\bsign up\b|^x", re.I)
    assert bool(pattern.search("ſign up")) and Alternatives(pattern).found("ſign up")


def test_page_sentence_table_gives_its_own_answers():
    fast = Alternatives(signals.PAGE_SENTENCE)
    texts = ["3 of 68 Skip in Skip x Embed", "Updated at 9:23 a.m.", "By Carmen D. Siering",
             "The mayor speaks to reporters in Boston, Mass. May 30, 2016.", "Story continues below",
             "The council voted 5-2 on Tuesday to approve the budget.", "Photo: Getty Images",
             "Click here to read it.", "He said autoplay was off.", "A file image shows the port."]
    for text in texts:
        assert fast.found(text) == bool(signals.PAGE_SENTENCE.search(text)), text
    assert signals.page_sentence("Photo: Getty Images") == "line of the page"
    assert signals.page_sentence("The council voted 5-2 on Tuesday to approve the budget.") is None


# (speed22) text with curly quotes, dashes or accents (a sixth of news sentences) is screened like ASCII text
# unless it holds one of the four letters re.IGNORECASE matches with an ASCII letter that str.lower() does
# not give: "İ", "ı", "ſ" and the Kelvin sign
ODD_TEXTS = [
    "“Sign up,” she said — now.", "Café owners “SIGN UP” early", "naïve readers", "“Read more” — later",
    "A ſign up for it", "A SIGN UP İN İSTANBUL", "sıgn up", "KICK OFF at the café", "“cookıes” here",
    "The Kelvin 5 K here", "résumé: autoplay", "x—ray", "An X—RAY”", "Photo : “AP”", "ſtate Route",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_answer_on_text_beyond_ascii(pattern):
    fast = Alternatives(pattern)
    for text in ODD_TEXTS + [t + " “x”" for t in TEXTS]:
        assert fast.found(text) == bool(pattern.search(text)), text


def test_each_letter_folded_beyond_lower_case_still_finds_its_match():
    for pattern, text in [(r"\bsign up\b", "ſign up now —"), (r"\bkick off\b", "\u212aick off “now”"),
                          (r"\bcookies\b", "cookıes — all"), (r"\bin istanbul\b", "İN İSTANBUL ”")]:
        rx = re.compile(pattern + "|^x", re.I)
        assert rx.search(text) and Alternatives(rx).found(text), text
    # near cases: the same words in other letters are not found, as by the pattern
    for text in ["signs up —", "kickoff “now”", "cookie — all"]:
        rx = re.compile(r"\bsign up\b|\bkick off\b|\bcookies\b|^x", re.I)
        assert not rx.search(text) and not Alternatives(rx).found(text), text


def test_folded_in_is_never_false_where_a_case_insensitive_pattern_finds_the_word():
    from accord.patterns import folded_in
    rx = re.compile(r"condition|day", re.I)
    words = ["CONDITION", "Condition", "condıtıon", "CONDİTİON", "con-dition", "Dáy", "DAY", "daily", "d ay"]
    for w in words:
        for text in [w, f"in “{w}”", f"— {w} —"]:
            if rx.search(text):
                assert folded_in("condition", text) or folded_in("day", text), text
    assert not folded_in("condition", "in stable shape “now”") and not folded_in("day", "Today".replace("day", "night"))
    assert folded_in("condition", "ſtable") and folded_in("day", "A \u212a")  # an odd letter: maybe (the pattern decides)


# invented sentences for the stages' screened yes/no patterns (speed22): each answer is its pattern's
STAGE_TEXTS = [
    "The council will vote on the plan Tuesday.", "His will was read aloud.", "The free will debate won’t end.",
    "Prices are expected to rise next year.", "The agency projects that sales fall.", "It could reach 10 billion by 2050.",
    "He said the plan WOULD not work.", "“We will win,” she said.", "Officials SAID the toll rose.", "According to police, two died.",
    "This is not the first time the river froze.", "Here’s what we know.", "Nor was it the first such case.",
    "He was stopped in the seventh round.", "A 12th ROUND knockout", "It lasted a yearlong battle.", "a half-hour wait",
    "an hour later", "Call police on 0845 125 2222.", "Contact the desk at 555-0100.", "She remains in stable condition.",
    "He is in critical condition at the hospital.", "Two days later, he was arrested.", "The next day, police said.",
    "That same year, he left.", "Later that day, rain fell.", "The group met Tuesday.", "Sales rose 5%.", "ſhall we go",
    "It wıll rain", "\u212anocked out in the 3rd round", "", "—", "Café “owners” will meet",
]


def test_stage_patterns_screened_give_their_own_answers():
    from accord.analyse import numbers
    from accord.disagree import clock, details
    from accord import summarize
    from accord.summarize import events, features
    pairs = [(features._FUTURE_ANY, features._FUTURE), (features._MODAL_ANY, features._MODAL),
             (events._REPORTED_ANY, events._REPORTED), (summarize._ANNOUNCES_ANY, summarize._ANNOUNCES),
             (clock._ANY_ROUND_FOUND, clock._ANY_ROUND), (numbers._UNIT_HINT_ANY, numbers._UNIT_HINT),
             (details._ASKS_TO_CALL_ANY, details._ASKS_TO_CALL), (details._CHANGED_ANY, details._CHANGED)]
    for text in STAGE_TEXTS + [t.upper() for t in STAGE_TEXTS] + [t.lower() for t in STAGE_TEXTS]:
        for fast, rx in pairs:
            assert fast.found(text) == bool(rx.search(text)), (rx.pattern[:30], text)
        assert features.forecast(text) == bool(features._FUTURE.search(features._QUOTED.sub(" ", text)))
        if details._CONDITION.search(text):  # the word the conditions' gate looks for
            from accord.patterns import folded_in
            assert folded_in("condition", text)


def test_offsets_are_read_only_in_sentences_that_write_day_or_year():
    from accord.disagree import events
    for text in STAGE_TEXTS + [t.upper() for t in STAGE_TEXTS]:
        if events._OFFSET.search(text) or events._SAME.match(text):
            assert "day" in text.lower() or "year" in text.lower(), text


def test_ordinals_are_read_in_text_beyond_ascii_as_the_pattern_reads_them():
    from accord import support
    texts = ["the “first” time", "the ſecond round", "the fırst day", "the FİRST day", "the 11th hour — again",
             "the \u0661\u0661th floor", "“eleventh-hour” talks", "a café", "no ordinal — here", "firsthand “news”",
             "the TWELFTH man", "the Kelvin \u212a", "3rd-place finish”"]
    for text in texts + [t.upper() for t in texts]:
        assert support._ordinals(text) == support.ORDINAL.findall(text), text


def test_fold_is_lower_case_as_a_case_insensitive_pattern_reads_it():
    # tidy51: the word ``re.IGNORECASE`` found is the key of the table the pattern was built from
    assert fold("ſhotgun") == "shotgun" and fold("RİFLE") == "rifle" and fold("sıx") == "six"
    assert fold("\u212aILLED") == "killed"  # the Kelvin sign lowers to "k" as it is
    for word in ("shotgun", "rifle", "six", "last"):
        odd = word.replace("s", "ſ")
        assert re.fullmatch(word, odd, re.I) and fold(odd) == fold(word)
    # any other text: exactly its lower case (accents, curly quotes, Greek and German stay as ``lower()`` writes them)
    for text in ("Café ‘Ünder’ the BRIDGE", "ΣΟΦΊΑ", "STRASSE Straße", "Ǆ", ""):
        assert fold(text) == text.lower()


# -- speed28: Screened, a pattern's search and finditer skipped for a text without the words it needs ---------
SCREENED_PATTERNS = [
    re.compile(r"(?<=\s)(?:these|those)\s+(?P<n>[a-z][a-z-]{2,})\b"),
    re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<a>officials?)\s+(?:said|says)\b|\b[Aa]ccording\s+to\s+the\s+(?P<b>\w+)"),
    re.compile(r"(?<!\bnot\s)\bfound\s+(?:(?:him|her)\s+)?guilty\b", re.I),
    re.compile(r"\b(?:is|was)\s+not\s+(?:just\s+)?(?:that|whether)\s+[A-Z]\w*"),
    re.compile(r"^.{0,40}?\bautoplay\b|\bwatch\s+now\b", re.I),
    re.compile(r"(\w+)\s+\1"),  # a back-reference: searched whole
    re.compile(r"\w+\s+said"),  # a word inside the branch
    re.compile(r"[A-Z]\w+\s+\d+"),  # nothing needed can be read: searched whole
]
SCREENED_TEXTS = STAGE_TEXTS + [
    "Those officials said the plan, these days, would wait.", "He was FOUND GUILTY on Monday.", "She was found not guilty.",
    "The problem is not that Smith lacks money.", "It was not just whether Ann would go.", "The city officials says no.",
    "according to the mayor", "AUTOPLAY is off; Watch Now", "ſo ſhe was found guilty", "the the end", "Kelvin \u212a found guilty",
    "thoſe cars", "İt was found gUİlty",
]


@pytest.mark.parametrize("pattern", SCREENED_PATTERNS, ids=lambda p: p.pattern[:24])
def test_screened_gives_its_patterns_matches(pattern):
    from accord.patterns import Screened
    screened = Screened(pattern)
    for text in SCREENED_TEXTS + [t.upper() for t in SCREENED_TEXTS] + [t.lower() for t in SCREENED_TEXTS]:
        assert [m.span() for m in screened.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        found, plain = screened.search(text), pattern.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


def test_screened_skips_only_texts_without_every_needed_word():
    from accord.patterns import Screened, needs
    assert needs(SCREENED_PATTERNS[0]) == ("these", "those")
    assert needs(SCREENED_PATTERNS[2]) == ("found",)  # a case-insensitive pattern's words in lower case
    assert needs(SCREENED_PATTERNS[5]) is None and needs(SCREENED_PATTERNS[7]) is None
    assert needs(SCREENED_PATTERNS[6]) == ("said",)
    these = Screened(SCREENED_PATTERNS[0])
    assert not these.may_match("The officials said the plan would wait.")
    assert these.may_match("Of those officials, two said so.")
    assert not these.may_match("Those officials said so.")  # as written: the pattern is case-sensitive, the screen too
    found = Screened(SCREENED_PATTERNS[2])
    assert found.may_match("FOUND GUILTY") and not found.may_match("He was convicted.")
    assert found.may_match("He was ſentenced")  # a letter re.IGNORECASE folds beyond lower case: searched whole


def test_needs_reads_a_named_group_opening_of_one_alternative():
    from accord.patterns import needs
    assert needs(re.compile(r"\b(?P<word>escap(?:e|ed))\s+injur", re.I)) == ("escap",)
    assert needs(re.compile(r"\b(?P<w>ab|cd)\s+\d")) is None  # two alternatives: neither is needed
    assert needs(re.compile(r"(?P<w>ab)?\s+\d")) is None  # optional


def test_written_apart_answers_as_its_pattern() -> None:
    """speed30: ``written_apart`` finds a word where the lookaround pattern it stands for finds it — word
    characters as ``\\w`` reads them (accents, "²", "Ⅻ", "_"), the joiners on each side, overlaps, the ends."""
    import random

    from accord.patterns import written_apart

    def pattern(word: str, text: str, before: str, after: str) -> bool:
        return re.search(rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w{re.escape(after)}])", text) is not None

    rng = random.Random(30)
    alphabet = "ab a-'’_é²Ⅻ\u0301.\n"
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice("ab-é") for _ in range(rng.randint(0, 3)))
        for before, after in (("'’-", "'’-"), ("'’-", "-"), ("", "")):
            assert written_apart(word, text, before, after) is pattern(word, text, before, after), (word, text, before, after)
    assert written_apart("hunt", "the hunt for the gunman") and not written_apart("hunt", "Hunt's hunter")
    assert written_apart("lee", "o'lee lee-x lee.", after="-") and not written_apart("lee", "o'lee lee-x", after="-")


def test_written_bounded_answers_as_its_pattern() -> None:
    """speed30: ``written_bounded`` finds a phrase where ``\\b`` + the phrase + ``\\b`` finds it, phrases that open
    or end with punctuation ("Inc.", "(Corp)") and word characters as ``\\w`` reads them included."""
    import random

    from accord.patterns import written_bounded

    rng = random.Random(31)
    alphabet = "ab .()'_é²\u0301\n"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        phrase = "".join(rng.choice("ab .(") for _ in range(rng.randint(0, 4)))
        expected = re.search(r"\b" + re.escape(phrase) + r"\b", text) is not None
        assert written_bounded(phrase, text) is expected, (phrase, text)
    assert written_bounded("of Apple Inc.", "Shares of Apple Inc.com") and not written_bounded("of Apple Inc.", "of Apple Inc. fell")
