"""Numbers with what they count: "around 2,000 soldiers were sent" → 2000 in [1800, 2200] soldier/send.

Counts are found with regular expressions over the sentence text (digits with thousands separators
and scale words, number words read with ``text2num``, vague quantities such as "dozens"), widened
into ranges by their qualifier ("more than", "nearly", ...) and tied to a head noun (``label``) and
a governing verb (``predicate``) by a ``Reader``: spaCy's dependency parse here (``ParsedReader``),
word rules in ``accord.analyse.rules``. Years, dates, times, ordinals and
model codes ("Il-76") are not counts and are skipped; money and percentages are kept but marked by
their label (a currency code or "percent") so they are never compared with head counts.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from text_to_num import alpha2digit

from accord.model import Mention
from accord.options import DEFAULT, Options
from accord.patterns import Alternatives, fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_UNIT = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen)"  # "two dozen": 24
# a scale word may be joined by a hyphen, as a sum written as one adjective is ("a two-million-euro
# booty", "a two - million - euro booty" as tokenised text writes it, "one-million dollars")
_WORD = (rf"(?:{_UNIT}(?:-{_UNIT})?\b|a(?=\s+{_SCALE}\b))"
         rf"(?:\s+(?:and\s+)?(?:{_UNIT}(?:-{_UNIT})?|{_SCALE})\b|\s*-\s*{_SCALE}\b)*")
# "2,300"; "20, 000" as tokenised text writes it (a 3-digit group after ", " and nothing more)
# — but not after a height's feet ("5-foot-8, 135 pounds", "5 - feet - 8, 135 pounds": 8 inches, then a weight)
_HEIGHT = r"(?<!foot - )(?<!feet - )(?<!foot-)(?<!feet-)(?<!foot )(?<!feet )"
# "5. 4 per cent", "$2. 5 million", "8. 7 acres": a decimal the tokeniser split at its point (inside one
# sentence, a point followed by a space and one or two digits, then a unit, a scale or "%": "a 6. 7 -
# strength quake")
_SPLIT_DECIMAL = r"\d{1,3}\.\s\d{1,2}(?=\s*(?:%|-?\s*[A-Za-z]))"
# "2 1/2 years", "a 2-1/2 year sentence", "3 1/2-inch": a whole number and a fraction, one figure
_MIXED = r"\d{1,3}(?:\s|-)(?:1/2|1/4|3/4|1/3|2/3)(?![\d/])"
_DIGITS = (rf"{_MIXED}|{_SPLIT_DECIMAL}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_HEIGHT}\d{{1,3}}(?:, \d{{3}}(?![\d,.]\d))+|"
           rf"\d+(?:\.\d+)?")
_SHORT_SCALE = r"(?:bn|m|k)"
# "euro22 billion", "e85 million": the euro written in letters joined to the figure, as wire copy and
# text that lost its "€" do (lower case only: "E3", "Euro2016" are names)
_CURRENCY_PREFIX = r"(?-i:euro|e)(?=\d)"
_VAGUE = (r"(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|"
          r"several hundred|several thousand|a few hundred|a few thousand|a few dozen|"
          r"dozens|scores(?= of)|hundreds|thousands|millions|half a dozen|a half dozen|a dozen|a handful|several|"
          r"a few(?! (?:of|more)\b))")
_CORE = re.compile(
    rf"(?<![\w.,#/:-])(?P<cur>[$€£¥]|{_CURRENCY_PREFIX})?(?:(?P<vague>{_VAGUE})|(?P<digits>{_DIGITS})"
    rf"(?:\s*(?P<dscale>{_SCALE}\b|{_SHORT_SCALE}\b))?|(?P<word>{_WORD}))"
    # "24-30", "24 to 30", and a range whose first figure's hyphen waits for the unit ("a 24- to 30-foot dhow")
    rf"(?:\s*(?:-\s*to(?=\s)|-|–|to)\s*[$€£¥]?(?P<hi>{_DIGITS}))?(?:\s*(?P<hscale>{_SCALE}\b|{_SHORT_SCALE}\b))?"
    rf"(?P<pct>\s*%|\s+per\s?cent\b)?",
    re.I,
)

QUALIFIERS: dict[str, str] = {
    # approximate: a range around the stated number
    "around": "approx", "about": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    # a little below the stated number
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near", "as many as": "near",
    "just shy of": "near", "shy of": "near", "just short of": "near",  # precision46: "just shy of 1,000 pages"
    # at or above
    "more than": "over", "over": "over", "at least": "over", "upwards of": "over", "in excess of": "over",
    "just over": "over", "well over": "over", "above": "over", "no fewer than": "over", "no less than": "over",
    # at or below
    "up to": "under", "less than": "under", "fewer than": "under", "at most": "under",
    "no more than": "under", "under": "under", "below": "under",
    "exactly": "exact", "precisely": "exact",
}
_QUAL = re.compile(
    r"(?:^|(?<=\W))(?P<q>" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
    + r")\s+$", re.I)

# Vague quantities as [low, high] ranges.
VAGUE: dict[str, tuple[float, float]] = {
    "a handful": (3, 9), "several": (3, 9), "a few": (2, 5), "a dozen": (12, 12), "a few dozen": (24, 60),
    # recall48: "half a dozen people" was read as "a dozen", 12
    "half a dozen": (6, 6), "a half dozen": (6, 6),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "several hundred": (200, 999),
    "a few hundred": (200, 500), "thousands": (2000, 9999), "several thousand": (2000, 9999),
    "a few thousand": (2000, 5000), "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999), "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8),
}
SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "m": 1e6, "bn": 1e9}
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "euro": "EUR", "e": "EUR"}
# Currencies written as a word after the figure ("85 million euros"): the same code as the symbol, so
# "€80 million" and "85 million euros" are one kind of amount ("pounds" is left alone: also a weight)
CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "yen": "JPY", "yuan": "CNY",
                  "rupee": "INR", "rupees": "INR"}
# Adjectives that stand for an outcome: "left scores of people dead" → predicate "die".
OUTCOME = {"dead": "die", "injured": "injure", "wounded": "wound", "missing": "miss", "homeless": "displace"}
# Verbs that govern a clause but say nothing about what the number counts.
_WEAK_VERBS = {"be", "have", "say", "include", "accord", "report", "tell", "add", "state", "announce"}
_ASPECT = {"begin", "start", "continue", "stop", "try", "seem", "appear", "need", "want", "fail"}
_OR_MORE = re.compile(r"^\s+or\s+(?P<w>more|fewer|less)\b(?!\s+(?:than|of)\b)", re.I)
_TIME_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|o'clock|:\d)", re.I)
_LETTERS_AFTER = re.compile(r"^(?:st|nd|rd|th|s)?[A-Za-z]")
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|from|of|before|after|year|early|late|mid|during|"
                          r"through|throughout|spring|summer|autumn|fall|winter)\s+|mid-)$", re.I)


# a currency word right after the figure, written with a capital ("22 billion Euros"), which the
# counted-noun reader takes for a name, or joined to it by a hyphen ("a two - million - euro booty",
# whose counted noun is the booty)
_CURRENCY_AFTER = re.compile(r"^(?:\s*-\s*|\s+)(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
# pounds after a sum in words with a scale ("two million pounds", "a three-million-pound deal") are
# sterling; not a weight "of" something ("three million pounds of waste"), nor after figures in digits
_POUNDS_AFTER = re.compile(r"^(?:\s*-\s*|\s+)pounds?\b(?!\s+of\b)", re.I)
_LARGE_SCALE = re.compile(r"\b(?:million|billion|trillion)\s*$", re.I)
CURRENCY_CODES = frozenset(CURRENCIES.values()) | frozenset(CURRENCY_WORDS.values()) | {"GBP"}


def sum_in_words(m: Mention) -> bool:
    """Whether a mention is a sum of money written in words ("one-million dollars", "a two - million -
    euro booty"): an amount another article may write with its currency's sign ("$1 million")."""
    return m.kind == "number" and bool(m.label) and m.label in CURRENCY_CODES and not _ANY_DIGIT.search(m.text) \
        and not any(c in m.text for c in CURRENCIES if not c.isalpha())



def vague_quantity(m: Mention) -> bool:
    """Whether a number mention is a quantity in vague words ("dozens", "more than several"): a
    range that is all it says. A number spelled out with a bound ("at least four") is a figure."""
    q = (m.qualifier or "").lower()
    return m.kind == "number" and any(q == k or q.endswith(f" {k}") for k in VAGUE)


def _fmt(x: float) -> float | int:
    """Integers stay integers so values read as the article wrote them (2300, not 2300.0)."""
    return int(x) if float(x).is_integer() else round(x, 6)


def _digits(text: str) -> float:
    mixed = re.fullmatch(r"(\d+)[\s-](\d)/(\d)", text)
    if mixed:
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3))
    return float(text.replace(",", "").replace(" ", ""))


def in_digits(text: str) -> str:
    """``text`` with its number words written as digits, ordinals too ("the fiftieth anniversary" → "the 50th
    anniversary", "twenty years later" → "20 years later"), read with text2num: for a pattern that reads digits."""
    return alpha2digit(text, "en", threshold=0)


def _words(text: str) -> float | None:
    """A number written in words, read with text2num ("two thousand" → 2000, "a hundred" → 100)."""
    text = re.sub(r"^a\s+", "one ", text.strip(), flags=re.I)
    text = re.sub(rf"\s*-\s*(?={_SCALE}\b)", " ", text, flags=re.I)  # "two-million": two million
    dozen = re.fullmatch(r"(?P<n>.+?)\s+dozen", text, flags=re.I)
    if dozen:  # "two dozen", "three dozen": text2num has no dozens
        n = _words(dozen.group("n"))
        return None if n is None else n * 12
    conv = alpha2digit(text.lower(), "en", threshold=0)
    parts = re.findall(r"\d+(?:\.\d+)?", conv)
    if len(parts) != 1 or re.search(r"[a-z]", conv.replace(parts[0], "").strip()):
        return None
    return float(parts[0])


# (compiled once: ``number_of`` is asked of every capitalised word opening a sentence, and more)
_FIGURE_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_WORD_WHOLE = re.compile(_WORD, re.I)


def number_of(text: str) -> float | None:
    """One number written in digits or words ("40", "2,300", "three", "twenty-one"), else None."""
    text = text.strip()
    if _FIGURE_WHOLE.fullmatch(text):
        return float(text.replace(",", ""))
    return _words(text) if _WORD_WHOLE.fullmatch(text) else None


def _token_at(doc: "Doc", start: int, end: int) -> "Token | None":
    """The last token of the char range [start, end) — the number's own token for a dependency walk."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for tok in reversed(span):
        if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in SCALES or tok.lower_ in VAGUE:
            return tok
    return span[-1]


def _label_and_predicate(doc: "Doc", tok: "Token", end: int) -> tuple[str | None, str | None]:
    """Head noun lemma and governing verb/event lemma of the number token ``tok``."""
    if not doc.has_annotation("DEP"):
        nxt = [t for t in doc if t.idx >= end and t.pos_ in ("NOUN", "PROPN")]
        return ((nxt[0].lemma_.lower() or nxt[0].lower_) if nxt else None), None
    label_tok: Token | None = None
    anchor = tok
    # "2,500-strong deployment": the noun "strong" modifies
    after = doc.text[end:end + 8].lower()
    if after.startswith("-strong") or after.startswith(" strong"):
        strong = next((t for t in doc if t.idx >= end and t.lower_ == "strong"), None)
        if strong is not None and strong.head.pos_ in ("NOUN", "PROPN"):
            label_tok = strong.head
    if label_tok is None:
        # numbers in a compound ("2,000 soldiers" or "two thousand soldiers"): climb to the number's head
        while anchor.dep_ in ("compound", "quantmod", "nummod", "npadvmod", "advmod") and anchor.head.like_num:
            anchor = anchor.head
        if anchor.dep_ in ("nummod", "quantmod", "amod", "advmod", "compound") and anchor.head.pos_ in ("NOUN", "PROPN"):
            label_tok = anchor.head
        else:
            # "dozens of people", "412 of them"
            of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    label_tok = pobj
    while label_tok is not None and label_tok.dep_ == "compound" and label_tok.head.pos_ == "NOUN":
        label_tok = label_tok.head  # "six CSTO member countries" → country
    label = label_tok.lemma_.lower() if label_tok is not None else None
    if label in SCALES:
        label = None
    node = label_tok if label_tok is not None else anchor
    return label, _predicate(node)


def _predicate(node: "Token") -> str | None:
    """The verb (or outcome) the counted thing takes part in, walking up the parse from ``node``."""
    for child in node.children:  # "9,000 arrested", "thousands injured"
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and child.lemma_ not in _WEAK_VERBS:
            return child.lemma_.lower()
    tok = node
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            break
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":  # "including", "according": prepositions
            lemma = head.lemma_.lower()
            if lemma in _ASPECT:  # "have begun to withdraw" → withdraw
                xcomp = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                if xcomp is not None:
                    return xcomp.lemma_.lower()
            for child in head.children:  # "left scores of people dead"
                if child.dep_ in ("oprd", "acomp") and child.lower_ in OUTCOME:
                    return OUTCOME[child.lower_]
            if lemma == "be":  # "524 people were in detention": the event noun
                for child in head.children:
                    if child.dep_ == "prep":
                        pobj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                        if pobj is not None:
                            return pobj.lemma_.lower()
                return None
            if lemma not in _WEAK_VERBS:
                return lemma
            return None
        tok = head
    return None


def _is_year(text: str, m: re.Match[str], counts_plural: bool) -> bool:
    """A bare four-digit number read as a year ("in 2019", "the 2004 protests")."""
    raw = m.group("digits")
    if not raw or m.group("cur") or m.group("dscale") or m.group("pct") or not re.fullmatch(r"\d{4}", raw):
        return False
    if not 1800 <= int(raw) <= 2100:
        return False
    if _YEAR_BEFORE.search(text[: m.start()]):
        return True
    if _QUAL.search(text[: m.start()]):
        return False
    if re.match(r"\s+[A-Z]", text[m.end():]):  # "the 1990 NASCAR thriller"
        return True
    return not counts_plural


class Reader(Protocol):
    """What the grammar of a sentence says about the number at char range [start, end): the part
    that needs a parser (or word rules standing in for one); the scanning and ranges are shared."""

    def count_word(self, start: int, end: int) -> bool:
        """Whether "one"/"a" here is a count ("one soldier"), not "one of" / "the one who"."""

    def counts_plural(self, start: int, end: int) -> bool:
        """Whether the number modifies a plural noun ("2000 troops": a count, not a year)."""

    def in_name(self, start: int, end: int) -> bool:
        """Whether the number is part of a name ("Fox 8", "Top Gun 2")."""

    def label_predicate(self, start: int, end: int) -> tuple[str | None, str | None]:
        """(head noun lemma, governing verb/event lemma) of the number."""


class ParsedReader:
    """``Reader`` over a spaCy doc with a dependency parse (or NER-only: then no head nouns)."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc

    def _tok(self, start: int, end: int) -> "Token | None":
        return _token_at(self.doc, start, end)

    def count_word(self, start: int, end: int) -> bool:
        tok = self._tok(start, end)
        return tok is not None and tok.pos_ == "NUM" and tok.dep_ in ("nummod", "compound")

    def counts_plural(self, start: int, end: int) -> bool:
        tok = self._tok(start, end)
        return tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS"

    def in_name(self, start: int, end: int) -> bool:
        tok = self._tok(start, end)
        return tok is not None and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
            and tok.dep_ in ("nummod", "compound", "appos")

    def label_predicate(self, start: int, end: int) -> tuple[str | None, str | None]:
        tok = self._tok(start, end)
        return _label_and_predicate(self.doc, tok, end) if tok is not None else (None, None)


def find(text: str, doc: "Doc | None", skip: list[tuple[int, int]] = (), options: Options = DEFAULT) -> list[Mention]:  # type: ignore[assignment]
    """Number mentions of one sentence read with spaCy's parse; ``skip`` holds char ranges already read as dates."""
    return scan(text, ParsedReader(doc) if doc is not None else None, skip, options)


_ANY_DIGIT = re.compile(r"\d")
# The replacement character a failed decoding leaves in place of a character ("served 4\ufffd months" for
# "4½"): a figure touching it is no figure accord can state, support or set against another.
_UNREADABLE = "\ufffd"
# Every match of ``_CORE`` holds a digit or one of these words (lower case): a test ~5x cheaper than
# the pattern itself, which more than half of a story's sentences fail.
_NUMBER_HINTS = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen score handful several few once twice thrice".split()
)


_UNIT_HINT = re.compile(r"long\b|quarter|\bhalf\b|\ban?\s+(?:second|minute|hour|day|week|month|year|decade|mile|"
                        r"kilometre|kilometer|metre|meter|foot|yard|inch|block)\b", re.I)
_UNIT_HINT_ANY = Alternatives(_UNIT_HINT)  # (speed22) the same answer, each branch only where its word is


def _may_hold_unit(text: str) -> bool:
    """Whether ``_one_unit`` may find something (cheap, before its pattern)."""
    return _UNIT_HINT_ANY.found(text)


def _may_hold_number(text: str) -> bool:
    if _ANY_DIGIT.search(text):
        return True
    low = text.lower()
    return any(h in low for h in _NUMBER_HINTS)


_AGE_AFTER = re.compile(r"^(?:\s*-\s*|\s+)(?:year|month|week|day)s?\s*[- ]\s*olds?\b", re.I)
# "Geraldine Alcorn, 28, was ...", "Salah Ali, 70." : a number set off by commas after a name is an age
_AGE_APPOSITION_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[a-z][\w'’]*,\s*$")
_AGE_APPOSITION_AFTER = re.compile(r"^\s*(?:,(?!\s*\d)|\.(?!\d)|;|\)|$)")
# "No. 1", "number 2": a rank or a label, not a count
_RANK_BEFORE = re.compile(r"\b(?:No|Nos|Number|number|no)\.?\s*$")
# ", age 61,": a name's age in apposition
_AGE_BEFORE = re.compile(r"(?:\b(?:at\s+(?:the\s+)?age(?:\s+of)?|aged|ages)|,\s*age)\s+$", re.I)
# "Lowe, who was 40 at the time": a person's number with no noun after it is an age
_AGE_COPULA = re.compile(r"\b(?:who|he|she)\s+(?:was|is|turned|turns|had\s+turned)\s+$", re.I)


# "was shot twice", "married three times": how often, in one word; not "once again", "once he left",
# "twice as many" (the repeated verb is judged where the figure is compared: ``disagree.values``)
_REPEATS = {"once": 1, "twice": 2, "thrice": 3}
_REPEAT_WORD = re.compile(r"\b(?P<w>once|twice|thrice)\b(?!\s+(?:again|upon|more|and\s+for\s+all|in\s+a\s+while|before|"
                          r"he|she|they|it|we|you|i|the|a|an|this|that|there|as|over)\b)", re.I)


def _repeats(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """"once", "twice", "thrice": a count of times (label "times"), as "three times" is read."""
    return [Mention(kind="number", text=m.group("w"), value=_REPEATS[fold(m.group("w"))], label="times",
                    low=_REPEATS[fold(m.group("w"))], high=_REPEATS[fold(m.group("w"))],
                    start=m.start(), end=m.end())
            for m in _REPEAT_WORD.finditer(text) if not any(s < m.end() and m.start() < e for s, e in skip)]


# "a pair of gunmen": two of the plural noun after it (not "pairs of", counted by the figure before it)
_PAIR_OF = re.compile(r"(?<![\w-])(?P<w>(?:a|A)\s+pair)\s+of\s+(?:(?P<w1>[a-z][\w-]*)\s+)?(?P<w2>[a-z]+)\b")
# "twin car bombs", "twin blasts": two of what the plural noun after it counts (at most one word
# between). Not "twin brother" (one person), "twin-engine", "the Twin Towers" (a name: capital letter
# mid-sentence), nor after a figure or "of" ("two sets of twin girls", "a pair of twin beds": the
# figure before it counts)
_TWIN = re.compile(r"(?<![\w-])(?P<w>twin|Twin)\s+(?:(?P<w1>[a-z][\w-]*)\s+)?(?P<w2>[a-z]+)\b")
_TWIN_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|of|pairs?|sets?))\s*$",
                          re.I)


def _twins(text: str, skip: list[tuple[int, int]], reader: Reader | None) -> list[Mention]:
    """"twin" before a plural noun, "a pair of" and a plural noun: a count of two (label: the noun the
    reader hangs it on)."""
    out = []
    for m in [*_TWIN.finditer(text), *_PAIR_OF.finditer(text)]:
        if m.group("w") == "Twin" and text[:m.start()].strip(" \"'“‘("):
            continue  # "the Twin Towers", "Twin Cities": a name
        if _TWIN_BEFORE.search(text[:m.start()]) or any(s < m.end() and m.start() < e for s, e in skip):
            continue
        label, predicate = reader.label_predicate(m.start(), m.end("w")) if reader is not None else (None, None)
        if label is None or not label.isalpha() or not any(
                w and (w.endswith("men") or (w.endswith("s") and w != label))
                and w.startswith(label[:max(3, len(label) - 2)])
                for w in (m.group("w1"), m.group("w2"))):
            continue  # the noun it hangs on is not a plural right after it ("his twin brother was")
        out.append(Mention(kind="number", text=m.group("w"), value=2, label=label, low=2, high=2,
                           predicate=predicate, start=m.start(), end=m.end("w")))
    return out


# "nearly three-quarters of the world's computers", "more than half of the 288 candidates", "two-thirds
# of voters": a share written as a fraction, read as the percentage it is (before, "three-quarters" was
# read as a count of three). A fraction of a unit ("half of an hour", "a quarter of a mile") is a length.
_FRACTIONS = {"half": 50.0, "one half": 50.0, "a half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0}
_FRACTION = re.compile(r"(?<![\w-])(?P<f>" + "|".join(k.replace(" ", r"[\s-]+") for k in
                                                      sorted(_FRACTIONS, key=len, reverse=True))
                       + r")\s+of\s+(?!(?:an?|one)\s+(?:second|minute|hour|day|week|month|year|decade|century|"
                         r"mile|kilometre|kilometer|metre|meter|foot|inch|yard|block|point|percent)\b)(?=[\w$€£])",
                       re.I)
_FRACTION_HINT = re.compile(r"half|third|quarter", re.I)
# a fraction after a determiner (and at most one word) names a piece of a thing, not a share of a whole
_PIECE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|each|every|our|your)\s+(?:[a-z]+\s+)?$", re.I)


def _fractions(text: str, skip: list[tuple[int, int]], options: Options) -> list[Mention]:
    """Shares written as fractions before "of" ("nearly three-quarters of", "half of the votes"): a
    percentage (label "percent"), its range from the qualifier before it, like any figure's."""
    out = []
    for m in _FRACTION.finditer(text):
        if any(s < m.end("f") and m.start() < e for s, e in skip):
            continue
        value = _FRACTIONS[re.sub(r"[\s-]+", " ", fold(m.group("f")))]
        start, low, high, qualifier = _qualified(text, m.start(), value, value, value, None, options)
        if _PIECE_BEFORE.search(text[max(0, start - 30):start]):
            continue  # "in the lower half of the first round", "the second half of the game": a piece, no share
        out.append(Mention(kind="number", text=text[start:m.end("f")], value=_fmt(value), label="percent",
                           low=_fmt(low), high=_fmt(high), qualifier=qualifier, start=start, end=m.end("f")))
    return out


# "a yearlong battle", "a weeklong manhunt", "a quarter-century": a length of one unit written as
# one word. (A bare "a week", "an hour" was tried too: on the dev sets it found nothing the gold
# holds and its new values displaced other pairs' best counterparts.)
_ONE_UNIT = re.compile(r"(?<![\w-])(?:(?P<long>year|month|week|day|hour|decade)[\s-]?long|"
                       r"quarter[\s-]+(?P<quarter>century))\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|nearly|almost|about|some|more\s+than)\s+$", re.I)


def _one_unit(text: str, skip: list[tuple[int, int]], options: Options) -> list[Mention]:
    """Lengths of one unit in one word ("a yearlong battle", "nearly a quarter-century"): a figure
    of that unit, its range from the qualifier before it, like any figure's."""
    out = []
    for m in _ONE_UNIT.finditer(text):
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in skip) or not _ARTICLE_BEFORE.search(text[max(0, start - 12):start]):
            continue  # "lifelong", "Daylong" in a title: no length
        if m.group("quarter"):
            value, label = 25.0, "year"
            start -= len(text[:start]) - len(re.sub(r"\ba\s+$", "", text[:start], flags=re.I))  # "a quarter-century"
        else:
            value, label = 1.0, m.group("long").lower()
        start, low, high, qualifier = _qualified(text, start, value, value, value, None, options)
        out.append(Mention(kind="number", text=text[start:end], value=_fmt(value), label=label, low=_fmt(low),
                           high=_fmt(high), qualifier=qualifier, start=start, end=end))
    return out


# "half a mile", "a half mile", "a block and a half", "about a mile", "less than an hour", "just over a month":
# one unit (or a half, or one and a half) written with "a" instead of a figure. A bare "a week" is
# often no length ("once a week", "a week later"), so one unit alone is read only after a qualifier,
# which says an amount is estimated ("about a block"); a half is always a length.
_A_UNIT = (r"(?P<unit>second|minute|hour|day|week|month|year|decade|mile|kilometre|kilometer|metre|meter|foot|yard|"
           r"inch|block)")
_HALF_UNIT = re.compile(rf"(?<![\w-])(?:half\s+an?\s+{_A_UNIT}|an?\s+half[\s-]+{_A_UNIT.replace('unit', 'unit2')}|"
                        rf"an?\s+{_A_UNIT.replace('unit', 'unit3')}\s+and\s+a\s+half)\b(?![\w-])", re.I)
_ONE_A_UNIT = re.compile(rf"(?<![\w-])an?\s+{_A_UNIT}\b(?![\w-])(?!\s+and\s+a\s+half)", re.I)


def _a_unit(text: str, skip: list[tuple[int, int]], options: Options) -> list[Mention]:
    """Lengths written with "a" for the figure (see ``_HALF_UNIT``): a half, one and a half, or one
    unit after a qualifier ("about a block", "less than an hour"), its range from that qualifier."""
    out: list[Mention] = []
    for m in _HALF_UNIT.finditer(text):
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        value = 1.5 if m.group("unit3") else 0.5
        out.append(_unit_mention(text, m.start(), m.end(), value, unit, options))
    for m in _ONE_A_UNIT.finditer(text):
        if any(u.start <= m.start() < u.end for u in out) or not _QUAL.search(text[:m.start()]):
            continue
        out.append(_unit_mention(text, m.start(), m.end(), 1.0, m.group("unit").lower(), options))
    return [u for u in out if not any(s < u.end and u.start < e for s, e in skip)]


def _unit_mention(text: str, start: int, end: int, value: float, unit: str, options: Options) -> Mention:
    start, low, high, qualifier = _qualified(text, start, value, value, value, None, options)
    return Mention(kind="number", text=text[start:end], value=_fmt(value), label=unit, low=_fmt(low),
                   high=_fmt(high), qualifier=qualifier, start=start, end=end)


def _qualified(text: str, start: int, value: float, low: float, high: float, qualifier: str | None,
               options: Options) -> tuple[int, float, float, str | None]:
    """(start, low, high, qualifier) of a figure at ``start`` widened by the qualifier words in front
    of it ("more than", "around"); unchanged without one."""
    qm = _QUAL.search(text[:start])
    if qm is None:
        return start, low, high, qualifier
    kind = QUALIFIERS[fold(qm.group("q"))]
    qualifier = qm.group("q") if qualifier is None else f"{qm.group('q')} {qualifier}"
    if kind == "approx":
        low, high = value * (1 - options.number_approx), value * (1 + options.number_approx)
    elif kind == "near":
        low, high = value * (1 - options.number_approx), value
    elif kind == "over":
        low, high = low, max(high, value) * options.number_over_factor
    elif kind == "under":
        low, high = 0.0, high
    return qm.start("q"), low, high, qualifier


# "a 24- to 30-foot dhow", "a 10- to 15-year sentence": the unit a range's top is joined to by a hyphen
_HYPHEN_UNIT_AFTER = re.compile(r"\s*-\s*(foot|mile|metre|meter|kilometre|kilometer|inch|yard|year|month|week|day|"
                                r"hour|minute|second)\b(?!\s*-?\s*olds?\b)", re.I)


# "between 6 and 8 feet", "between 20 and 30 people": one range, its top no figure of its own
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_HI = re.compile(rf"\s+and\s+(?P<hi>{_DIGITS})(?![\d,.]?\d)(?!\s*(?:%|per\s?cent|{_SCALE}\b|{_SHORT_SCALE}\b))", re.I)


def scan(text: str, reader: Reader | None, skip: list[tuple[int, int]] = (), options: Options = DEFAULT) -> list[Mention]:  # type: ignore[assignment]
    """Number mentions of one sentence, their grammar read by ``reader`` (None: no head nouns)."""
    unit = _may_hold_unit(text)  # (asked once: most sentences hold no unit, and the test is a regex pass)
    out: list[Mention] = _one_unit(text, skip, options) if unit else []
    if out or unit:
        out += _a_unit(text, [*skip, *((u.start, u.end) for u in out)], options)
    fractions = _fractions(text, skip, options) if _FRACTION_HINT.search(text) else []
    out += fractions
    if "twin" in text or "Twin" in text or "pair of" in text:  # (not every "following", "window")
        out += _twins(text, skip, reader)
    skip = [*skip, *((u.start, u.end) for u in out)]
    if not _may_hold_number(text):
        return out
    out += _repeats(text, skip)
    for m in _CORE.finditer(text):
        if not m.group(0).strip() or any(s < m.end() and m.start() < e for s, e in skip):
            continue
        start, end = m.start(), m.end()
        head_end: int | None = None
        rest = text[end:]
        if m.group("digits") and (_TIME_AFTER.match(rest) or _LETTERS_AFTER.match(rest)):
            continue  # times, ordinals (45th), decades (1990s), codes
        if m.group("digits") and (rest.startswith(_UNREADABLE) or text[:start].endswith(_UNREADABLE)):
            continue  # "4\ufffd months": a lost "½" or digit beside it, so the figure's value is unknown
        # "one or more churches", "10 or fewer": a bound written after the figure
        tail = None if m.group("vague") or m.group("hi") else _OR_MORE.match(rest)
        reach = end + tail.end() if tail else end
        if _RANK_BEFORE.search(text[:start]) and not m.group("vague"):
            continue  # "No. 1 seed", "number 5": a rank, not a count
        # "a 40-year-old", "40 years old", "at age 40", "aged 40": an age, never a count of people
        label_age = bool(_AGE_AFTER.match(rest) or _AGE_BEFORE.search(text[:start])
                         or (m.group("digits") and not m.group("cur") and not m.group("pct") and not m.group("hi")
                             and m.group("digits").isdigit() and 0 < int(m.group("digits")) <= 120
                             and _AGE_APPOSITION_BEFORE.search(text[:start]) and _AGE_APPOSITION_AFTER.match(rest)
                             and not _QUAL.search(text[:start])))
        low: float
        high: float
        qualifier: str | None = None
        if m.group("vague"):
            key = fold(m.group("vague"))
            low, high = VAGUE[key]
            value = (low + high) / 2 if low != high else low
            qualifier = key
        else:
            if m.group("digits"):
                value_f = _digits(m.group("digits"))
                scale = m.group("dscale") or (m.group("hscale") if m.group("hi") else None)
            else:
                word = m.group("word")
                if word.lower() in ("one", "a") and reader is not None and not reader.count_word(start, reach):
                    continue  # "one of", "the one who": not a count
                parsed = _words(word)
                if parsed is None:
                    continue
                value_f = parsed
                scale = None
            factor = SCALES.get((scale or "").lower(), 1.0)
            value_f *= factor
            low = high = value_f
            between = (_AND_HI.match(rest) if m.group("digits") and not m.group("hi") and not m.group("pct")
                       and not m.group("dscale") and _BETWEEN.search(text[max(0, start - 12):start]) else None)
            if m.group("hi"):
                hscale = SCALES.get((m.group("hscale") or "").lower(), factor)
                high = _digits(m.group("hi")) * hscale
                if high < low:
                    continue  # "9-11" style codes, not a range
                value = (low + high) / 2
            elif between is not None and _digits(between.group("hi")) * factor > low \
                    and not _TIME_AFTER.match(rest[between.end():]) and not _LETTERS_AFTER.match(rest[between.end():]):
                # "between 6 and 8 feet": the range, so that "8 feet" is not read as a figure of its own
                # (a second article's "several feet" is within it, not another value)
                high = _digits(between.group("hi")) * factor
                skip.append((end + between.start("hi"), end + between.end("hi")))
                head_end = end  # the parse hangs the top on the first figure ("8" conj "6"), the noun on the first
                end = reach = end + between.end()
                rest = text[end:]
                value = (low + high) / 2
            else:
                value = value_f
        # qualifier words in front ("more than", "around") widen the value into a range
        qm = _QUAL.search(text[:start])
        if qm is not None and not m.group("hi"):
            start, low, high, qualifier = _qualified(text, start, value, low, high,
                                                     qualifier if m.group("vague") else None, options)
        if tail is not None and qm is None:
            qualifier = f"or {tail.group('w').lower()}"
            low, high = (value, value * options.number_over_factor) if tail.group("w").lower() == "more" else (0.0, value)
            end = reach
        if _is_year(text, m, reader is not None and reader.counts_plural(m.start(), m.end())):
            continue
        if reader is not None and not qm and not m.group("cur") and reader.in_name(m.start(), m.end()):
            continue  # part of a name: "Fox 8", "Top Gun 2"
        label, predicate = reader.label_predicate(m.start(), head_end or end) if reader is not None else (None, None)
        if label is None and head_end is not None and reader is not None:
            # "between 6 and 8 feet" parsed the other way round: the noun hangs on the top figure
            label, predicate = reader.label_predicate(end - len(between.group("hi")), end) if between else (label, predicate)
        hyphen_unit = _HYPHEN_UNIT_AFTER.match(rest) if m.group("hi") and "to" in m.group(0) else None
        if hyphen_unit:
            label = hyphen_unit.group(1).lower()  # "a 24- to 30-foot dhow": 24 to 30 feet, whatever the parse hangs it on
        if m.group("cur"):
            label = CURRENCIES[m.group("cur")]
        elif m.group("pct"):
            label = "percent"
        elif fold(label or "") in CURRENCY_WORDS and not label_age:
            label = CURRENCY_WORDS[fold(label or "")]
        elif not label_age and (currency := _CURRENCY_AFTER.match(rest)) and (label is None or m.group("word")):
            label = CURRENCY_WORDS[fold(currency.group(1))]  # "22 billion Euros", "a two-million-euro booty"
        elif m.group("word") and _LARGE_SCALE.search(m.group("word")) and _POUNDS_AFTER.match(rest):
            label = "GBP"  # "two million pounds"
        elif label_age or (label is None and _AGE_COPULA.search(text[:start])):
            label = "age"
        out.append(Mention(kind="number", text=text[start:end], value=_fmt(value), label=label,
                           low=_fmt(low), high=_fmt(high), qualifier=qualifier, predicate=predicate,
                           start=start, end=end))
    return out
