"""Values a sentence states that two outlets can get different: what each is, and whose it is.

A ``Value`` is one number or date mention read for comparison: its type (a head count, an age, an
amount of money in one currency, a percentage, a duration, a distance, a day, a year), its point
value in one unit (durations in days, so "a week" and "eight days" compare), its range when it is
approximate, and its frame — the counted noun's class, the event it takes part in, and the person it
belongs to (an age). Values that are not totals of their own (a share "of them", a breakdown, a part
"250 of the 750 prisoners") are not read: setting them against a total is the commonest false
disagreement. An increment ("65 more") and a place's figure beside its article's total are read but
marked (``extra``, ``local``): compared only with another increment, or the same place's figure.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
import dataclasses
from dataclasses import dataclass
from datetime import date

from accord import verbs
from accord.analyse.numbers import SCALES, number_of, vague_quantity
from accord.disagree import deeds
from accord.disagree.record import Record
from accord.model import Mention, Sentence
from accord.options import DEFAULT, Options
from accord.patterns import fold
from accord.words import GUN_NOUNS, MONTHS_FULL, opening_clause_end, reporting

# Nouns that count the same kind of thing. A general news lexicon, not a story's vocabulary.
NOUN_CLASSES: dict[str, set[str]] = {
    "member countries": {"state", "country", "nation", "republic"},
    "troops": {"troop", "soldier", "serviceman", "servicemen", "peacekeeper", "paratrooper",
               "deployment", "contingent", "personnel", "marine", "sailor", "airman"},
    "police officers": {"officer", "policeman", "police", "policemen", "trooper"},
    "homes": {"home", "house", "dwelling"},
    "vehicles": {"vehicle", "car", "truck"},
    "aircraft": {"aircraft", "plane", "jet"},
    "ships": {"ship", "vessel", "tanker", "freighter"},
    "fighters": {"rebel", "militant", "insurgent", "gunman", "gunmen", "fighter", "terrorist", "attacker", "assailant"},
    "protesters": {"protester", "protestor", "demonstrator", "rioter", "marcher"},
    "fire engines": {"engine", "appliance", "firetruck"},
    "crew members": {"crew", "crewman", "crewmen", "crewmember", "crew member", "seaman", "seamen"},
    "observers": {"observer", "monitor"},
    "bombs": {"bomb", "bombing", "blast", "explosion"},  # recall48: "twin car bombs" / "three suicide bombings"
    "websites": {"website", "site"},  # "Web sites" is read as sites: one count of pages on the web
    "people": {"people", "person", "civilian", "resident", "individual", "victim", "citizen", "adult", "life", "live"},
}
# People counted by what they were doing: arrested, hurt or killed, they are the people a toll counts
# ("400 protesters detained" / "more than 200 people arrested")
CROWDS = {"protesters"}
# Nouns that say nothing of what is counted: the event decides ("164 people had been killed").
GENERIC = {"people", "person", "civilian", "resident", "individual", "man", "men", "woman", "women",
           "victim", "citizen", "adult", "other"}
# What happened to what a count counts ("killed", "sent"): the event families' count view, one
# table with the other stages' (``accord.verbs``). Events that happen to people: a count of them
# without a noun counts people ("164 were killed").
EVENT_CLASSES: dict[str, set[str]] = verbs.count_events()
HUMAN_EVENTS = verbs.human_events()
# Running counts: a later article's larger figure is the story moving on, not a contradiction.
CUMULATIVE = {"killed", "injured", "arrested", "missing", "displaced", "rescued", "released"}
# Units a number can be counted in: durations in days, distances in metres.
DURATIONS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
             "month": 30.4, "year": 365.25, "decade": 3652.5}
DISTANCES = {"mile": 1609.34, "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0, "metre": 1.0,
             "meter": 1.0, "foot": 0.3048, "feet": 0.3048, "yard": 0.9144, "inch": 0.0254}
# Labels that are measures a reader cannot compare without knowing of what (a score, a rate).
NOT_COUNTS = {"time", "times", "lesson", "percent", "age", "degree", "pound", "stone", "ton",
              "tonne", "mph", "acre", "hectare", "magnitude", "round", "shot", "bullet", "yard", "game", "season"}
DATE_TYPES = {"day", "year", "time"}
# Values compared as words, not as one number: days, years, times, and scores or records ("10-5")
WORDED_TYPES = DATE_TYPES | {"score"}
# Nouns a score or a win-loss record is written with ("a 9-14 start", "a 10-5 record")
SCORE_NOUNS = {"start", "record", "lead", "win", "victory", "loss", "defeat", "mark", "score", "season",
               "finish", "run", "deficit", "advantage", "edge", "tie", "draw"}
# A player's or a team's tally in one game or season ("16 points", "nine rebounds", "269 yards"):
# a box score holds many such figures of many players, so two are one slot only when both name the
# same owner. A general sports lexicon, not a story's vocabulary.
TALLY_NOUNS = {"point", "rebound", "assist", "steal", "turnover", "touchdown", "yard", "pass",
               "completion", "reception", "catch", "carry", "interception", "sack", "tackle", "goal", "save",
               "strikeout", "homer", "run", "inning", "birdie", "bogey", "ace", "possession", "shot",
               "basket", "three-pointer", "free throw", "field goal", "punt", "fumble", "snap", "lap"}
_IRREGULAR_PLURAL = {"feet": "foot", "people": "people", "men": "man", "women": "woman", "children": "child"}


@dataclass
class Value(Record):
    """One comparable value: a mention read in its sentence (see the module docstring)."""

    mention: Mention
    sentence: Sentence
    type: str  # count | age | money:USD | percent | duration | distance | day | year
    point: float | str  # numbers in the type's unit; days as ISO dates, or the words when unresolved
    low: float = 0.0
    high: float = 0.0
    noun: str | None = None  # the counted noun's class ("troops") or the noun itself
    event: str | None = None  # the event class ("killed") or the event word ("affected")
    anchor: str | None = None  # whose value it is: the person an age belongs to
    words: str = ""  # the mention as written, lower case (unresolved dates compare by it)
    owner: str | None = None  # the person or organisation the figure is of ("Carter scored 14 points")
    place: str | None = None  # the place named in the figure's own clause ("in Almaty, where 100 were killed")
    weekday: str | None = None  # a day's weekday, named or computed from its date ("Tuesday", "Dec. 16, 2008")
    included: float = 0.0  # a part the total says it includes ("20 dead, including the three gunmen": 3)
    rate: bool = False  # a figure on average or per game ("averaged 22.8 points", "12 points a game")
    sole: bool = True  # the owner is the only person or body its clause names before the figure
    # what a duration is of ("three years' probation" / "two years in prison": custody, probation,
    # parole) or "offset" for an interval between two events ("nine days before the inauguration");
    # the point a distance is measured from ("15 miles north of Detroit": "detroit"); what a
    # counted noun is of ("two counts of possession": "possession"); the words of the whole a share
    # is of, "|"-joined ("75 percent of traffic": "traffic", ``share_whole``)
    head: str | None = None
    # told in a sentence dated years before the story ("the 2003 Bam quake killed 26,000"): a figure of
    # that past event, compared only with another article's figure of the same year, never today's
    past: bool = False
    # a place's figure in an article that also counts the slot for the whole story ("at least 164
    # died" / "in Almaty, where over a hundred were killed"): a part of that total, compared only
    # with another article's figure of the same place ("two killed in Aleppo" / "three in Aleppo")
    local: bool = False
    # an increment ("an additional six engines", "a further four appliances", "two other rifles"):
    # added to another count, never set against a total, but compared with another article's
    # increment of the same slot
    extra: bool = False
    # a share something holds ("cable systems carrying 75 percent of traffic", "accounts for 90% of
    # exports"), never one slot with a share something happened to ("70% of traffic disrupted")
    held: bool = False
    # a sum restated in brackets from another currency ("euro110 billion ($141 billion)"): the type
    # and amount of the figure it converts; its own amount depends on the rate the writer used
    original: tuple[str, float] | None = None
    # its event is the verb of a list it is an item of ("recovered seven rifles, three speedboats"):
    # a definite event, never one slot with a count of another verb ("two speedboats suspected")
    list_object: bool = False
    # precision68: what was done to the things counted ("stranded 30,000 commuters": "act:strand"; "3,000
    # customers were without water": "service:water"), see ``deeds.deed``; two deeds that differ set two
    # counts apart (``deeds.apart``)
    deed: str | None = None
    # money a party asks for ("is seeking a 10-year contract for at least $20 million", "an asking
    # price of $5 million", "demanded $1 million"): never one slot with money offered or paid
    asked: bool = False
    # frames44: what the figure counts, (head noun, restrictive modifiers leftmost first), from its own
    # noun phrase ("14 anti-Semitic hate crimes": ("crime", ("anti-semitic", "hate"))), see ``counted_frame``
    counted: tuple[str, tuple[str, ...]] | None = None
    # the stems of every word its article writes (``article_words``): the kinds of a thing it knows of
    known: frozenset[str] = frozenset()
    # the denominator of a count told as a rate ("12 people per 100,000 residents": "resident"), or the period a
    # figure is told per ("nearly three hours a week": "a week"; precision46), see ``per_of``
    per: str | None = None
    # precision45: the thing a length is of, written beside it ("husband of 73 years", "37 years of
    # marriage": "husband", "marriage"), see ``length_of``
    of: str | None = None
    # precision45: a count told as one group ("a group of about 150 migrants"), see ``one_group``
    group: bool = False
    # precision47: a count its article follows, in the same or the next sentence, with an increment of the
    # same thing ("rape against one woman. ... forcing two other women"): one part of a total the article
    # never sums, never one slot with another article's count (see ``_mark_parts_before_more``)
    before_more: bool = False
    # mend84: the noun of a series' first count of people ("six Americans, a French national and a Czech
    # national": "american"), see ``series_part``: a part of the group, compared only with the same part
    part: str | None = None

    @property
    def numeric(self) -> bool:
        return self.type not in WORDED_TYPES

    @property
    def tally(self) -> bool:
        """A player's or team's game figure ("16 points", "269 yards"): see ``TALLY_NOUNS``."""
        if self.type == "count":
            return self.noun in TALLY_NOUNS
        return self.type == "distance" and _singular(self.mention.label or "") == "yard"


def class_of(word: str | None, classes: dict[str, set[str]]) -> str | None:
    """The class a (lemmatised) word belongs to, or None."""
    if not word:
        return None
    w = word.lower()
    for name, members in classes.items():
        if w in members:
            return name
    return None


def slot_key(m: Mention) -> str | None:
    """What a count mention counts, as a slot key ("troops", "people killed"), or None when it
    cannot be told (a measure, money, a count with neither a noun nor an event)."""
    label = (m.label or "").lower() or None
    if label in NOT_COUNTS or label in DURATIONS or (m.label and not m.label.islower()):
        return None
    noun = class_of(label, NOUN_CLASSES)
    event = class_of(m.predicate, EVENT_CLASSES)
    if label is None or label in GENERIC:
        return f"people {event}" if event else None
    if noun and noun != "people":
        return noun
    return f"{label}|{event}" if event else None


_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                r"[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|hundreds?|thousands?)")
# "including 64 who died", "among them three children", "of whom two were": a share of a total
_PART_BEFORE = re.compile(r"\b(?:including|includes|included|among them|of whom|of which|of those|"
                          r"among|out of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$|"
                          r"\b(?:the|its|their|his|her)\s+(?:other|remaining)\s+$", re.I)  # "shot the other three"
# "at one point", "at one time", "at one stage": when something happened, never a count
_IDIOM_ONE = re.compile(r"\bat\s+$", re.I)
_IDIOM_ONE_AFTER = re.compile(r"^\s+(?:point|time|stage)\b(?!s)", re.I)
# "68 per cent of Greeks believe …, including nearly half of those who voted for X": a share of a part of
# the group another share in the sentence is of
_SHARE_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of which)\s+$", re.I)
# "20 people dead, including the three gunmen": the parts a total says it includes
_INCLUDING = re.compile(rf"^[^.;:]{{0,40}}?\b(?:including|among them)\s+(?:the\s+|its\s+|their\s+)?"
                        rf"(?P<n>{_NUMBER_WORD})\b", re.I)
# "Of the 12 arrested on Saturday, seven were booked", "Out of 23 arrested pirates, 12 are from Somalia":
# a share of the figure the sentence opens with
_PART_OF_OPENING = re.compile(rf"(?:^|[,;:—–(]\s*)(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|his\s+|her\s+|their\s+|its\s+)?"
                              rf"{_NUMBER_WORD}\b[^,;]*,\s*$", re.I)
# "five Klan members – four men and a woman", "12 people (three children)": a breakdown of the count before
_PART_ASIDE = re.compile(rf"\b{_NUMBER_WORD}\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s*[–—(:]\s*$", re.I)
# "six of those arrested", "two of them", "250 of the 750 prisoners": a share of a group
# — and "11-of-36", "11 - of - 36" (tokenised), "7-for-14": a tally of attempts, a share of them
_PART_AFTER = re.compile(rf"^\s+(?:of\s+(?:those|them|these|whom|which|us|its|their)\b|"
                         rf"(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?{_NUMBER_WORD}\b)|^\s*-\s*(?:of|for)\s*-\s*\d", re.I)
INCREMENT_WORDS = ("more", "additional", "further", "other", "new", "another", "extra")


# "250 of the 750 prisoners": the 750 is the group the 250 are counted in, not what happened to them
_GROUP_BEFORE = re.compile(rf"\b{_NUMBER_WORD}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$|\d\s*-\s*(?:of|for)\s*-\s*$", re.I)


def is_part(m: Mention, sentence: Sentence) -> bool:
    """A count that is a share or a breakdown of another count, or the group a share is counted in:
    not a total to compare."""
    if m.end <= m.start:  # a mention without its place in the sentence
        return False
    before, after = sentence.text[:m.start], sentence.text[m.end:]
    if _GROUP_BEFORE.search(before[-40:]):
        return True
    last = before.rstrip()[-1:]  # cheap tests first: searched to the end, the patterns backtrack
    return bool((last.isalpha() and _PART_BEFORE.search(before[-40:]))
                or (last == "," and _PART_OF_OPENING.search(before))
                or (last in ("–", "—", "(", ":") and _aside(before, sentence))
                or _PART_AFTER.match(after))


def _aside(before: str, sentence: Sentence) -> bool:
    """``before`` ends on a count and a dash or colon that opens its breakdown ("five Klan members –
    four men and a woman"). Never a date: a dateline ("March 3, 2025 — 15 people were killed")
    reads like "3, 2025 —" but counts nothing, and the lede's figure after it is the story's toll (user71);
    a count after the date still opens its breakdown ("On March 3 twelve people – nine passengers …")."""
    window = before[-120:]
    offset, pos = len(before) - len(window), 0
    while found := _PART_ASIDE.search(window, pos):
        start, end = offset + found.start(), offset + found.end()
        date = next((d for d in sentence.mentions if d.kind == "date" and d.start < end and d.end > start), None)
        if date is None:
            return True
        # mend116: "On March 3 twelve people – nine passengers …": the match that starts at the date's day
        # hides the count after it; search again after the date instead of giving up
        pos = max(found.start() + 1, date.end - offset)
    return False


# a figure ends on a digit: "in 2003, and 600 were killed" lists no count before the 600
_COUNT = r"(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
# "12 Somali and 11 Yemeni pirates", "two women and a man": counts of the parts of a group
_LIST_NEXT = re.compile(rf"^\s+(?:[A-Za-z-]+\s+){{0,2}}(?:and|or)\s+{_COUNT}\s", re.I)
_LIST_PREV = re.compile(rf"\b{_COUNT}\s+(?:[A-Za-z-]+\s+){{0,2}}(?:and|or)\s+$", re.I)
# precision65: "six Americans, a French national and a Czech national", "two Britons, three Germans and an
# Australian": the first of a series of three or more counts of people, each a part of the group
_SERIES_ITEM = r"(?:(?!(?:were|was|are|is|have|has|had|been|being)\b)(?![a-z-]+ed\b)[A-Za-z-]+)"  # a noun's words, no verb
_SERIES_NEXT = re.compile(rf"^\s+(?:{_SERIES_ITEM}\s+)?{_SERIES_ITEM},\s+{_COUNT}\s+(?:{_SERIES_ITEM}\s+){{0,2}}?"
                          rf"{_SERIES_ITEM},?\s+(?:and|or)\s+{_COUNT}\s", re.I)


def series_part(v: Value) -> str | None:
    """The noun of the first count of people in a series of three or more ("six Americans, a French national
    and a Czech national": of the eight killed; "american"), else None: a part of the group the series breaks
    down, never its total (precision65), but still that part (mend84: "six Americans" / "five Americans" of
    one list disagree). People are a noun of people or a nationality the sentence names ("Americans")."""
    m, s = v.mention, v.sentence
    if v.type != "count" or m.end <= m.start or not _SERIES_NEXT.match(s.text[m.end:m.end + 100]):
        return None
    after = re.match(r"\s+([A-Za-z-]+)", s.text[m.end:])
    word = m.label or (after.group(1) if after else "")
    if _of_people(word) or any(e.label in ("NORP", "GPE") and e.text == word for e in s.of_kind("entity")):
        return _singular(word.lower())
    return None


# nouns of people: two counts of them coordinated ("two adults and three children") are parts of one group
_PEOPLE_NOUNS = {"child", "children", "boy", "girl", "teen", "teenager", "kid", "baby", "infant"}


def _of_people(label: str | None) -> bool:
    w = _singular(label or "")
    return w in GENERIC or w in _GENDERED or w in _PEOPLE_NOUNS or class_of(w, NOUN_CLASSES) == "people"


def is_listed(m: Mention, sentence: Sentence) -> bool:
    """A count coordinated with another one in the same phrase: a part of a group, not its total —
    unless both count different things ("14 vessels and more than 300 crew members", "four shops
    and two banks"): then each is the total of its own noun."""
    if m.end <= m.start:
        return False
    text = sentence.text
    nxt = _LIST_NEXT.match(text[m.end:m.end + 40])
    prev = None if nxt else _LIST_PREV.search(text[max(0, m.start - 40):m.start])
    if not (nxt or prev):
        return False
    if nxt:
        at = m.end + nxt.end()
        other = [n for n in sentence.mentions if n.kind == "number" and n.start < at <= n.end + 1 and n.start > m.end]
    else:
        assert prev is not None  # one of the two matched (above)
        at = max(0, m.start - 40) + prev.start()
        other = [n for n in sentence.mentions if n.kind == "number" and at < n.end <= m.start]
    if len(other) != 1:
        return True
    mine, theirs = m.label or "", other[0].label or ""
    if not mine or not theirs or not mine.islower() or not theirs.islower() or _of_people(mine) or _of_people(theirs):
        return True  # "12 Somali and 11 Yemeni pirates", "two women and a man": parts of one group
    if _singular(mine) in SCORE_NOUNS and _singular(theirs) in SCORE_NOUNS:
        return True  # "58 wins and three defeats": a record, read as one
    a, b = _singular(mine), _singular(theirs)
    kind = class_of(a, NOUN_CLASSES)
    return a == b or (kind is not None and kind == class_of(b, NOUN_CLASSES))


# "a .357 Magnum", "a. 357" (tokenised), "No. 1": a calibre or a rank written after a dot
_DOTTED_BEFORE = re.compile(r"(?:^|\s|\b[A-Za-z]|\bNos?)\.\s?$")
# "Three men identified as gang members and a woman were arrested": men and women listed apart
_GENDERED = {"man", "men", "woman", "women", "boy", "boys", "girl", "girls"}
_AND_GENDERED = re.compile(rf"^[^.;:]{{0,60}}?\band\s+(?:a|an|{_NUMBER_WORD})\s+(?:[a-z-]+\s+)?"
                           r"(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teen(?:ager)?s?)\b", re.I)


def is_count(m: Mention, sentence: Sentence) -> bool:
    """Whether a number read as a count of things is one: not a fraction ("a 6.1 quake": counts are
    whole, averages aside), a calibre or a rank after a dot (".357", "No. 1"), nor one gender of a group listed by
    gender ("three men … and a woman were arrested": four were)."""
    if m.value is not None and not float(m.value).is_integer() and any(c.isdigit() for c in m.text) \
            and not _rate(m, sentence):
        return False  # "dozens" is a range whose middle may be a fraction; "averaged 22.8 points" a rate
    if m.end <= m.start:
        return True
    if _DOTTED_BEFORE.search(sentence.text[max(0, m.start - 6):m.start]):
        return False
    label = (m.label or "").lower()
    return not (label in _GENDERED and _AND_GENDERED.match(sentence.text[m.end:m.end + 80]))


# "Hansbrough entered the game with 2,282 points", "going into the final with 12 wins": the figure
# before the event the story reports, which the event itself changes
_PRIOR = re.compile(r"\b(?:enter(?:ed|s|ing)|going\s+into|heading\s+into|coming\s+into)\b[^.;:]{0,40}?\bwith\s+"
                    r"(?:[a-z-]+\s+)?$", re.I)


def _said_before(pattern: re.Pattern[str], m: Mention, sentence: Sentence) -> bool:
    """Whether ``pattern`` finds its words in the 70 characters before the figure ``m`` (a figure with a span)."""
    return m.end > m.start and bool(pattern.search(sentence.text[max(0, m.start - 70):m.start]))


def is_prior(m: Mention, sentence: Sentence) -> bool:
    """A running figure as it stood before the event ("entered the game with 2,282 points"): set
    against a figure after it ("now has 2,301"), it is a running total read at two times."""
    return _said_before(_PRIOR, m, sentence)


def is_increment(m: Mention, sentence: Sentence) -> bool:
    """"Sixty-five more were killed", "another 20,000 marched": added to another count, not a total."""
    if m.end <= m.start:
        return False
    following = sentence.text[m.end:m.end + 16].split()
    before = sentence.text[max(0, m.start - 12):m.start].lower().split()
    return (bool(following) and following[0].lower().strip(",.;:") in INCREMENT_WORDS) or \
        (bool(before) and before[-1] in ("another", "additional", "further", "extra"))


# "is seeking a 10-year contract for at least", "asking price of", "demanded a ransom of", "wants": the
# asker's figure, in the figure's own clause before it ("seeking to", "asked about" ask for nothing)
_ASKED_BEFORE = re.compile(r"\b(?:seek(?:s|ing)?(?!\s+to\b)|sought(?!\s+to\b)|ask(?:s|ed|ing)\s+for|asking(?:\s+price)?|"
                           r"demand(?:s|ed|ing)?(?!\s+to\b)|want(?:s|ed)?(?!\s+to\b))\b[^.;:,]{0,50}$", re.I)


def is_asked(m: Mention, sentence: Sentence) -> bool:
    """Money a party asks for ("Teixeira is seeking a 10-year contract for at least $20 million per
    season"): what one side wants, never a value of what another offered or paid ("the Red Sox
    offered $23 million"); only another ask is its slot."""
    return _said_before(_ASKED_BEFORE, m, sentence)


def background(sentence: Sentence, reference: date | None) -> bool:
    """A sentence that dates itself years before the story tells background, not this event."""
    if reference is None:
        return False
    for m in sentence.mentions:
        if m.kind == "date" and m.value:
            try:
                year = int(str(m.value)[:4])
            except ValueError:
                continue
            if year < reference.year - 1:
                return True
    return False


_MONTHS = tuple(m.lower() for m in MONTHS_FULL)  # the shared table of accord.words, January first
# a month named with no day or year after it ("In February, a woman opened fire at …", "last March")
_MONTH_ALONE = re.compile(r"\b(?P<w>in|last|early|late|mid-?|earlier\s+in|since)\s+(?P<m>" + "|".join(_MONTHS)
                          + r")\b(?!\s*\d{1,2}\b)(?!\s*,?\s*\d{4}\b)", re.I)
def earlier_month(sentence: Sentence, reference: date | None, apart: int = DEFAULT.disagree_months_apart) -> bool:
    """A sentence that dates itself by a month alone, ``apart`` or more months before the story's
    month ("In February, a woman opened fire at the University of Alabama, killing three" in a story
    of September): another occurrence told for comparison, not this event. A running figure "since
    February" is this story's."""
    if reference is None:
        return False
    for m in _MONTH_ALONE.finditer(sentence.text):
        if m.group("w").lower() == "since":
            continue
        back = (reference.month - 1 - _MONTHS.index(m.group("m").lower())) % 12
        if m.group("w").lower() == "last" and back == 0:
            back = 12
        if back >= apart:
            return True
    return False


# "2.7 million non-Jewish civilians", "12 non-combatants": a group told by whom it leaves out
_NON = re.compile(r"^\s*(?:[a-z]+\s+)?non\s*-\s*(?P<w>[a-z]+)\b", re.I)


def excluding(v: Value) -> str | None:
    """A count's noun, told apart when the words right after the figure describe its group by
    whom it leaves out ("2.7 million non-Jewish civilians were killed": a part of the people killed,
    never one slot with "millions of Polish citizens died")."""
    if v.type != "count" or not v.noun or v.mention.end <= v.mention.start:
        return v.noun
    hit = _NON.match(v.sentence.text[v.mention.end:v.mention.end + 30])
    return f"non-{hit.group('w').lower()} {v.noun}" if hit else v.noun


def _singular(word: str) -> str:
    w = word.lower()
    if w == "lives":
        return "life"
    if w in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_EVENT_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,1}?(?:(?P<rel>(?:who|that)\s+)(?P<did>[a-z]{3,}ed)\b|"
                          r"(?P<aux>(?:(?:were|was|are|is|have|has|had|been|being)\s+){1,2})?(?P<w>[a-z]{4,}ed|eligible)\b)")
# "John Smith, a 70-year-old retiree,": the age written as the adjective of a noun set beside the name
# is the name's (not "Smith, a 70-year-old's son", nor "Smith and a 70-year-old", nor "Smith shot a 70-year-old")
_YEARS_OLD_AFTER = re.compile(r"^\s*-\s*years?\s*-\s*old\b(?!\s*['’]s)", re.I)
_AN_AGE_BETWEEN = re.compile(r"\s*,\s*(?:an?|the)\s+", re.I)
# "The 70-year-old grandfather, Harold Pinsent, said": the name set beside the aged noun, closed by a comma
# (not a list: "a 70-year-old woman, Harold Pinsent and two children"; not "Pinsent's 70-year-old father")
_AGE_NOUN_THEN_NAME = re.compile(r"^\s*-\s*(?:year|month)s?\s*-\s*old\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,\s*$")
_APPOSITION_CLOSES = re.compile(r"^\s*,(?!\s*(?:and|or)\b)")
_AGE_NAME_AFTER = re.compile(r"^[\s-]*(?:year|month|week|day)s?[\s-]*olds?\s+(?:[a-z]+\s+){0,3}?$")
# "who was 18 at the time", "then 25": an age at another time than the story's
_PAST_AGE = re.compile(r"^[^.;]{0,25}\b(?:at the time|then|when)\b|^\W*(?:at the time)", re.I)


# what follows a participle that is an event of the count ("84,000 affected by", "12 arrested on
# Friday", "100 killed."), as opposed to an adjective of the next noun ("13 loaded magazines")
_ATTRIBUTIVE = re.compile(r"^\s+(?!(?:by|in|on|at|to|for|from|with|after|during|since|when|while|as|and|or|"
                          r"but|so|over|near|across|inside|outside|into|under|since|overnight|"
                          # recall48: "20,000 people marched through the city", "rallied outside"
                          r"through|towards?|along|around|against|past|onto|upon|throughout|"
                          r"yesterday|today|last|this|early|late|so far)\b)[a-z][\w'-]*", re.I)


# "Three people, one of them a pregnant woman, were killed", "Four people - one with broken bones -
# are treated": an aside between the count and its verb
_APPOSITIVE = re.compile(r"^(?P<lead>\s*(?:[a-z-]+\s*)?)(?:,\s[^,;:]{1,60}?,|\s[-–—]\s[^;:–—]{1,80}?\s[-–—])\s*(?=[a-z])")


# "gunned down two women and leaving a man wounded": the outcome after "leaving <someone>" is that
# one's, never the count's before it (a parse or a word rule may hang it on the count)
_OTHERS_OUTCOME = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:,\s*)?and\s+(?:leaving|left|leave|leaves)\s+"
                             r"(?:[\w'’-]+\s+){1,3}?(?P<w>dead|wounded|injured|hurt)\b", re.I)


def _opening_clause_verb(m: Mention, sentence: Sentence) -> bool:
    """Whether the verb read as what happened to a count is only in the sentence's opening adverbial clause
    and the count after it ("Just hours after a gunman killed 10 people at a school, two students 1,000
    miles away worried …": nobody killed the two students; precision65)."""
    end = opening_clause_end(sentence.text)
    if not (m.predicate and end and m.start >= end):
        return False
    verb = _stem_pattern(m.predicate.lower()[:4])
    return bool(verb.search(sentence.text[:end])) and not verb.search(sentence.text[end:])


@lru_cache(maxsize=256)
def _stem_pattern(stem: str) -> re.Pattern[str]:
    """A word opening on a verb's first letters ("kill" → killed, kills), compiled once per stem: stems vary with
    the story, and patterns built per call push the fixed ones out of ``re``'s cache (speed65)."""
    return re.compile(r"\b" + re.escape(stem), re.I)


def _event(m: Mention, sentence: Sentence) -> str | None:
    """The event class of a count, else the past participle right after it ("84,000 affected"):
    an event word outside the known classes still anchors the count. An outcome told of another
    object after "and leaving" ("gunned down two women and leaving a man wounded") is not the
    count's: no event then."""
    predicate = None if _opening_clause_verb(m, sentence) else m.predicate
    cls = class_of(predicate, EVENT_CLASSES)
    other = _OTHERS_OUTCOME.match(sentence.text[m.end:m.end + 80])
    if cls and other and _participle_class(other.group("w").lower()) == cls:
        return None  # the man was wounded, not the two women
    if cls:
        return cls
    if (m.label or "").lower() in ("life", "lives", "live"):
        return "killed"  # "cost 9,100 lives", "claimed 300 lives": lives a death toll counts ("saved" is rescued above)
    if predicate:
        return predicate.lower()
    toll = _TOLL_AFTER.match(sentence.text[m.end:m.end + 40])
    if toll and not m.label:  # "2 Dead, 1 Wounded in Shooting", "three hurt as bus overturns": a headline's toll
        return _participle_class(toll.group("w").lower())
    window = _APPOSITIVE.sub(r"\g<lead> ", sentence.text[m.end:m.end + 160], count=1)[:60]
    hit = _EVENT_AFTER.match(window)
    if not hit or (not hit.group("rel") and not hit.group("aux") and hit.group("w") != "eligible"
                   and _ATTRIBUTIVE.match(window[hit.end():])):
        return _listed_object_of(m, sentence)  # "13 loaded magazines": the participle describes the noun
    # after "are", "were", "have been" the participle is the clause's verb whatever follows it
    # ("1,000 people are housed temporarily in tents": housed, no "temporarily" thing)
    return _participle_class(hit.group("w") or hit.group("did"))  # "two men who asked": which two


# "2 Dead, 1 Wounded in Shooting", "Three hurt as bus overturns": a toll word right after a bare
# count, then the clause ends or a preposition, "as" or "after" follows (headlines write it in title case)
_TOLL_AFTER = re.compile(r"^\s+(?P<w>dead|killed|wounded|injured|hurt|missing|arrested|detained|evacuated|rescued)"
                         r"(?=\s*(?:[,;:.]|$)|\s+(?:in|at|on|near|after|as|when|and|by|during|from|outside|inside)\b)",
                         re.I)


def _participle_class(word: str) -> str:
    """The event class of a participle found after a count ("12 wounded": injured, "were detained":
    arrested, "30 evacuated": displaced), else the word itself ("84,000 affected")."""
    if word == "dead":
        return "killed"
    for lemma in (word, word[:-1], word[:-2], word[:-3] if word.endswith("ied") else word):
        cls = class_of(lemma, EVENT_CLASSES)
        if cls:
            return cls
    return word


# "The navy recovered seven rifles, RPG launchers, three speedboats": a verb in the past, then one or
# more items of a list (each up to a comma, no clause word), then the count
_LIST_OBJECT = re.compile(r"\b(?P<v>[a-z]{3,}ed)\s+(?:(?!(?:and|or|but|who|which|that|when|while|after|before)\b)"
                          r"[^,.;:()\"“”]{1,40},\s+){1,4}$")
_NOT_LIST_VERB = {"said", "reported", "included", "named", "called", "used", "added", "noted", "stated"}


def _listed_object_of(m: Mention, sentence: Sentence) -> str | None:
    """The verb a count is an object of when it is an item of a list after that verb ("recovered
    seven rifles, RPG launchers, three speedboats": *recovered*), else None: the three speedboats
    were recovered, never one slot with "two speedboats suspected of carrying pirates" (a reader's
    F). Reporting verbs and "included" say nothing of what happened to the things listed."""
    lead = max(0, m.start - 160)
    hit = _LIST_OBJECT.search(sentence.text[lead:m.start])
    if not hit or hit.group("v").lower() in _NOT_LIST_VERB:
        return None
    if lead + hit.start("v") < opening_clause_end(sentence.text) <= m.start:
        return None  # "After a gunman killed 10 people at a school, two students …": no list (precision65)
    cls = class_of(hit.group("v"), EVENT_CLASSES)
    return cls or hit.group("v").lower()


def _person_of_age(m: Mention, sentence: Sentence) -> str | None:
    """The person an age belongs to: "Geraldine Alcorn, 28", "the 29-year-old Geraldine Alcorn",
    "Lowe, who was 40"; None when no name is that close."""
    people = [e for e in sentence.of_kind("entity") if e.label == "PERSON" and e.value]
    adjective = bool(_YEARS_OLD_AFTER.match(sentence.text[m.end:m.end + 24]))
    before = [e for e in people if e.end <= m.start and len(sentence.text[e.end:m.start]) <= 12
              and (re.fullmatch(r"[\s,]*(?:who\s+(?:was|is|turned|turns)\s*|aged?\s*)?", sentence.text[e.end:m.start])
                   or (adjective and _AN_AGE_BETWEEN.fullmatch(sentence.text[e.end:m.start])))]
    if before:
        return str(before[-1].value)
    after = [e for e in people if e.start >= m.end and (
        _AGE_NAME_AFTER.match(sentence.text[m.end:e.start])
        or (_AGE_NOUN_THEN_NAME.match(sentence.text[m.end:e.start]) and _APPOSITION_CLOSES.match(sentence.text[e.end:])))]
    if after:
        return str(after[0].value)
    # "Sixty-year-old Sharron Smith" tagged as one name (often an organisation), the age in it: the
    # name is what follows the age
    for e in sentence.of_kind("entity"):
        if e.start <= m.start < e.end:
            rest = _AGE_IN_NAME.match(str(e.value)) or _AGE_IN_NAME.match(sentence.text[m.start:e.end])
            if e.value and rest and rest.group("name")[:1].isupper():
                return rest.group("name")
    return None


_AGE_IN_NAME = re.compile(r"^[\w-]*?[\s-]*(?:year|month)s?[\s-]*old\s+(?P<name>.+)$", re.I)


# "X said 12 ...", "X told reporters 12 ...", "X estimates 9,000": X is the source, not whose figure it is
_SOURCE_BETWEEN = re.compile(r"^\W*(?:[\w'’-]+\W+){0,3}?(?:" + "|".join(reporting(
    "say tell report estimate announce add claim put confirm state count record",
    now="say tell report estimate announce add claim put confirm", plain="say estimate")) + r")\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:—–()\[\]\"“”]|\.\s|,\s+(?:while|but|and|whereas|who|which)\b")
OWNER_LABELS = ("PERSON", "ORG")
# a relative clause opening right after a name: the name is whom it tells of
_WHO_AFTER = re.compile(r"^\s*,\s*who\b")


def owner_of(m: Mention, sentence: Sentence, options: Options = DEFAULT) -> str | None:
    """The person or organisation a figure belongs to: the nearest one named before it in the same
    clause ("Carter scored 14 points", "the Orioles (seven years, $140 million)"), unless that name
    is the figure's source ("Police said 12 ...", "according to X")."""
    text = sentence.text
    names = [e for e in sentence.of_kind("entity") if e.label in OWNER_LABELS and e.value
             and e.end <= m.start and m.start - e.end <= options.disagree_owner_window]
    if not names:
        return None
    e = names[-1]
    between = text[e.end:m.start]
    if who := _WHO_AFTER.match(between):
        between = between[who.end():]  # "Hansbrough, who now has 2,302 points": his
    if _CLAUSE_BREAK.search(between) or _SOURCE_BETWEEN.match(between) \
            or re.search(r"according\s+to\s*$", text[max(0, e.start - 20):e.start], re.I):
        return None
    return str(e.value)


def sole_owner(m: Mention, sentence: Sentence, options: Options = DEFAULT) -> bool:
    """Whether the figure's clause names one person or body before it: in "Artino complemented
    Echenique by scoring 14 points" the nearest name is not whose points they are."""
    text = sentence.text
    names = {str(e.value) for e in sentence.of_kind("entity") if e.label in OWNER_LABELS and e.value
             and e.end <= m.start and m.start - e.end <= options.disagree_owner_window
             and not _CLAUSE_BREAK.search(text[e.end:m.start])}
    if len(names) > 1:
        return False
    nearest = [e for e in sentence.of_kind("entity") if e.value and str(e.value) in names and e.end <= m.start]
    if not nearest:
        return True
    e = max(nearest, key=lambda e: e.end)
    # "Artino complemented Echenique inside by scoring 14 points": a name one to three lower-case
    # words after another name (any label: "Artino" may be read as a place) is that one's object,
    # not whose figure it is
    verbs = _VERBS_BEFORE.search(text[max(0, e.start - 40):e.start])
    if not verbs:
        return True
    start = e.start - len(verbs.group(0))
    return not any(d.kind == "entity" and d is not e and d.end <= start and not text[d.end:start].strip()
                   for d in sentence.mentions)


# one to three lower-case words right before a name
_VERBS_BEFORE = re.compile(r"((?:\s+[a-z][\w'’-]*){1,3})\s+$")


PLACE_LABELS = ("GPE", "LOC", "FAC")
# a place naming the officials who give a figure, right before their word of saying ("Kazakh officials said
# that 164 people had been killed", "Russian authorities reported 12 arrests"): whose word the figure is,
# not where it happened ("12 were killed in Homs, officials said" keeps Homs)
_SPEAKERS_AFTER = re.compile(r"^\s+(?:government\s+|health\s+|security\s+|state\s+)?(?:officials|authorities)\s+"
                             r"(?:have\s+|had\s+)?(?:" + "|".join(reporting("say report tell announce estimate put", now="say",
                                                                          plain="say report")) + r")\b"
                             r"(?:\s+that)?\s+[^,;:.]{0,40}$", re.I)


# recall51: a model's name ("AK-47s", "F-16"), which the name reader may take for a place
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}s?")


# recall53: a name after "as a" / "as an" says what someone is ("as a Bluejay", "as a Yankee"), never a place,
# though a name reader may tag it as one. mend55: only when the name ends its noun phrase (punctuation, the end,
# or a clause word follows: "as a Bluejay,", "as a Yankee in 2009"); "as a" is often the conjunction and a common
# noun after the name makes it a real place ("killed as a Kabul hotel came under attack", "as an Istanbul court")
_AS_MEMBER_BEFORE = re.compile(r"\bas\s+an?\s+$", re.I)
_MEMBER_END_AFTER = re.compile(r"^(?:\s*$|\s*[,.;:!?)\]\"'”’—–]|\s+-\s|\s+(?:in|on|at|for|from|since|with|until|during|"
                               r"after|before|and|but|or|who|when|while|where|this|last|that|than|he|she|they|"
                               r"to|of|by|against|under|over)\b)", re.I)


def place_of(m: Mention, sentence: Sentence, options: Options = DEFAULT) -> str | None:
    """The place named in a figure's own clause, nearest first ("104 were killed in Homs")."""
    text = sentence.text
    best: tuple[int, str] | None = None
    for e in sentence.of_kind("entity"):
        if e.label not in PLACE_LABELS or not e.value or _MODEL_NAME.fullmatch(str(e.value)):
            continue  # recall51: "seven AK-47s" names a model, not a place
        lo, hi = (e.end, m.start) if e.end <= m.start else (m.end, e.start)
        if hi - lo > options.disagree_place_window or _CLAUSE_BREAK.search(text[lo:hi]):
            continue
        if e.start >= m.end and _OWN_FIGURE_AFTER.match(text[e.end:e.end + 30]):
            continue  # "down by 80 percent in Egypt, in India by 65 percent": India has its own figure
        if e.end <= m.start and _SPEAKERS_AFTER.match(text[e.end:m.start]):
            continue  # disagree43: "Kazakh officials said that 164 people had been killed": whose word it is
        if _AS_MEMBER_BEFORE.search(text[max(0, e.start - 8):e.start]) and _MEMBER_END_AFTER.match(text[e.end:e.end + 20]):
            continue  # recall53: "2,029 points in 106 games as a Bluejay": what someone is, not where
        if best is None or hi - lo < best[0]:
            best = (hi - lo, str(e.value))
    return best[1] if best else None


# the "of" phrase right after a share ("75 percent of traffic between the Middle East and Europe")
_SHARE_OF = re.compile(r"^\s*of\s+[^,;:.()]{0,60}")


def share_place(m: Mention, sentence: Sentence) -> str | None:
    """The places named in the "of" phrase right after a share ("70 percent of web services in
    Egypt": Egypt), else None: what the share is of says whose whole it is, before any place nearer
    it in another phrase ("… to Sicily in southern Italy, carry 75 percent of traffic to India").
    A whole of several places is theirs together ("75 percent of traffic between the Middle East
    and Europe": "Middle East + Europe"), never one of them's."""
    if m.end <= m.start:
        return None
    hit = _SHARE_OF.match(sentence.text[m.end:])
    if not hit:
        return None
    stop = m.end + hit.end()
    inside = [e for e in sentence.of_kind("entity") if e.label in PLACE_LABELS and e.value and m.end <= e.start < stop]
    names = list(dict.fromkeys(str(e.value) for e in sorted(inside, key=lambda e: e.start)))
    return " + ".join(names) if names else None


# where the whole a share is of ends: a preposition, a verb of being or having, a relative word
_WHOLE_END = {"between", "to", "in", "on", "from", "with", "at", "for", "by", "across", "over", "under", "into",
              "through", "within", "among", "than", "who", "that", "which", "were", "was", "is", "are", "has",
              "have", "had", "will", "would", "could", "can", "may", "might", "be", "been", "being", "while",
              "compared", "as", "since", "during", "after", "before", "against", "per", "said", "say", "says"}
# determiners and pronouns: words of no whole ("of the", "of all their", "of them")
_WHOLE_SKIP = {"the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "this", "that", "these",
               "those", "them", "it", "us", "which", "whom", "each", "total", "whole", "rest", "and", "or"}


def share_whole(m: Mention, sentence: Sentence) -> str | None:
    """The content words of the whole a share is of, "|"-joined ("75 percent of traffic between …":
    "traffic"; "70% of internet traffic and telephone communications": "communication|internet|
    telephone|traffic"), else None: two shares of wholes with no word in common measure two things
    ("of traffic" / "of communications"). A whole of people ("of eligible voters", "of Greeks") says
    who was counted, not what: None, as is a whole after a possessive's owner only."""
    if m.end <= m.start:
        return None
    hit = re.match(r"^\s*of\s+([^,;:.()\"“”]{0,80})", sentence.text[m.end:])
    if not hit:
        return None
    words: list[str] = []
    for token in re.findall(r"[A-Za-z][\w'’-]*", hit.group(1)):
        low = token.lower()
        if low in _WHOLE_END or low.endswith("ed"):
            break
        if token[:1].isupper() or low in _WHOLE_SKIP:
            continue  # a name says whose ("India's voice traffic"), not what
        if _of_people(low) or low in _POLLED:
            return None  # "of eligible voters took part": people, and the whole ends with them
        words.append(_singular(low))
    return "|".join(sorted(set(words))) or None


# "carrying more than 75 percent", "account for 90%", "make up about 40 per cent": the verb of what
# something holds, right before its share (a bound or an approximation between)
_HOLDS_BEFORE = re.compile(r"\b(?:carr(?:y|ies|ied|ying)|account(?:s|ed|ing)?\s+for|handl(?:e|es|ed|ing)|"
                           r"mak(?:e|es|ing)\s+up|made\s+up|represent(?:s|ed|ing)?)\s+(?:[a-z]+\s+){0,3}$", re.I)


# groups a share of people is told of ("of eligible voters", "of respondents"): who, not what
_POLLED = {"voter", "voters", "respondent", "respondents", "population", "member", "members", "student",
           "students", "worker", "workers", "employee", "employees", "household", "households", "eligible"}


# a place followed by a figure of its own ("…, in India by 65 percent", "in Homs, 40"): the place of
# that figure, not of one before it
_OWN_FIGURE_AFTER = re.compile(r"^\s*,?\s*(?:(?:by|at|with|to|of|had|has|was|were|saw|reported)\s+){0,2}"
                               r"(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|\$|£|€)?\s*\d")


# a duration that places an event in time rather than measuring it
# ("eight days ago" moves with the day of writing; "before"/"after" an event is an interval, a slot)
_OFFSET = re.compile(r"^[\s-]*[a-z]+[\s-]+(?:ahead\s+of|ago|from\s+now|short\s+of)\b", re.I)


# the sentence or term a duration measures, right after its unit ("three years' probation", "six
# months in county jail", "two years behind bars"): time in custody, on probation, on parole
_HEAD_AFTER = re.compile(r"^[\s-]*[a-z]+\s*(?:['’]\s*s?\s*|\s+(?:of|in|on|under|behind)\s+|\s+)(?:(?:the|a|county|federal|"
                         r"state|city|local|supervised|house|military)\s+){0,2}(?P<h>prison|jail|custody|detention|bars|"
                         r"probation|parole|arrest)\b", re.I)
# (the possessive may lose its apostrophe: "three years probation")
HEADS = {"prison": "custody", "jail": "custody", "custody": "custody", "detention": "custody", "bars": "custody",
         "probation": "probation", "parole": "parole", "arrest": "house arrest"}
# "nine days before the inauguration", "12 days after the shooting", "two weeks later": the time
# between two events, not how long one thing lasted
_BETWEEN_AFTER = re.compile(r"^[\s-]*[a-z]+[\s-]+(?:before|after|later|earlier|prior\s+to)\b", re.I)
_RIGHT_BETWEEN = re.compile(r"^[\s-]*(?:before|after|later|earlier|prior\s+to)\b", re.I)  # a unit read inside


# "about 50 miles north of here", "15 miles north of Detroit", "1,500 km from Tehran": the point a
# distance is measured from
_FROM_AFTER = re.compile(r"^[\s-]*[a-z]+\s+(?:\([^)]{0,30}\)\s+)?(?:(?:due\s+)?(?:north|south|east|west)(?:[\s-]*(?:east|west))?"
                         r"(?:ern)?\s+of|from|outside(?:\s+of)?|off)\s+(?:the\s+)?(?P<ref>here|there|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# "five member states", "the six member countries", "members of the alliance": a count of countries
# is one of a body's members (or of countries something happened to), not any group of countries
_MEMBERSHIP = re.compile(r"\bmember", re.I)
# "seven AK-47 assault rifles", "two F-16 jets", "three Boeing 737 planes": a model (a word with a
# digit) names a kind of the noun, counted apart from the noun's whole
_MODEL_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+)?([A-Za-z]+-?\d[\w-]*|\d+[A-Za-z][\w-]*|[A-Z]{2,4}\s\d{1,4}(?![\d,.]))[\s,.;]")
# recall51: a model with its code and figure apart ("AK 47") or in the plural ("AK-47s"), and the words for
# what a gun model is ("seven AK-47 assault rifles" / "12 AK 47 guns" / "seven AK-47s": one kind of weapon
# counted). "AK47" and "AK-47" stay two spellings: the model is kept as written
_MODEL_PLURAL = re.compile(r"[A-Za-z]+-?\d+s")
# a model named in the plural right after a figure ("seven AK-47s", "two F-16s"): the thing counted
_MODEL_PLURAL_AFTER = re.compile(r"^\s+([A-Z][A-Za-z]{0,3}-?\d{1,4}s)\b")
_ARMS = {"gun", "weapon", "firearm", *GUN_NOUNS}


def _model_noun(model: str, noun: str | None) -> str:
    """The noun of a count of a model ("seven AK-47 assault rifles": "AK-47"; "two F-16 jets": "F-16
    aircraft"): the model's code and figure written one way, a gun model by its name alone (whether an
    article calls it a rifle, a gun or names only the model); other nouns keep theirs ("three COVID-19
    patients")."""
    name = re.sub(r"\s+", "-", model).upper()  # "AK 47" as "AK-47"; "M1A1", "F-16" as written
    if _MODEL_PLURAL.fullmatch(model):
        name = name[:-1]  # "AK-47s"
    head = noun.split()[-1] if noun else ""
    if not noun or head in _ARMS or noun.replace("-", "").upper() == name.replace("-", ""):
        return name
    return f"{name} {noun}"
# "the two men", "all three are", "the three met": a few people the story named before
_ANAPHORIC_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]ll|[Bb]oth)\s+$")


# "two counts of possession" / "one count of attempted murder": what the counted noun is of
_OF_AFTER = re.compile(r"^[\s-]*[a-z][\w'’-]*\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?P<w>[a-z][\w-]{2,})\b")


def _of_what(m: Mention, sentence: Sentence) -> str | None:
    """The word a counted noun is "of" ("counts of possession": possession), else None."""
    if m.end <= m.start:
        return None
    hit = _OF_AFTER.match(sentence.text[m.end:m.end + 60])
    return hit.group("w").lower() if hit else None


# the same point after a length whose unit is read inside the mention ("about a mile east of the
# Freedom Bridge"), and a point named in lower case ("a half mile from the railroad bridge")
_POINT_WORDS = r"(?:due\s+)?(?:north|south|east|west)(?:[\s-]*(?:east|west))?(?:ern)?\s+of|from|outside(?:\s+of)?|off"
_FROM_RIGHT = re.compile(r"^[\s-]*(?:\([^)]{0,30}\)\s+)?(?:" + _POINT_WORDS + r")\s+(?:the\s+)?"
                         r"(?P<ref>here|there|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_LOWER_POINT = re.compile(r"^[\s-]*(?:[a-z]+\s+)?(?:\([^)]{0,30}\)\s+)?(?:" + _POINT_WORDS + r")\s+the\s+"
                          r"(?P<ref>[a-z]{3,}(?:\s+(?!(?:of|where|when|in|on|at|and|or|to|that|which|who|for|with|by)\b)"
                          r"[a-z]{3,})?)\b(?:\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?")


def reference_point(m: Mention, sentence: Sentence) -> str | None:
    """The place a distance is measured from, as written ("here", "Detroit"), else None. A point
    named in lower case ("a half mile from the railroad bridge") keeps its article ("the railroad
    bridge"; "the port of Bandar Abbas" is Bandar Abbas): it tells two distances from two points
    apart ("about a mile east of the Freedom Bridge"), but is no name that makes two distances one
    slot (``pairs.named_point``)."""
    if m.end <= m.start:
        return None
    after = sentence.text[m.end:m.end + 80]
    inside = bool(m.label) and (m.label or "").lower().rstrip("s") in m.text.lower()  # "about a mile"
    hit = (_FROM_RIGHT if inside else _FROM_AFTER).match(after)
    if hit:
        return hit.group("ref").lower()
    low = _LOWER_POINT.match(after)
    if not low:
        return None
    return low.group("name").lower() if low.group("name") else "the " + low.group("ref")


def duration_head(m: Mention, sentence: Sentence) -> str | None:
    """What a duration is of (``HEADS``), ``offset`` for the time between two events, else None."""
    if m.end <= m.start:
        return None
    after = sentence.text[m.end:m.end + 60]
    if (m.label or "").lower() in m.text.lower():  # "a weeklong manhunt after the escape": the unit is
        return "offset" if _RIGHT_BETWEEN.match(after) else None  # read; the manhunt lasted the week
    if _BETWEEN_AFTER.match(after):
        return "offset"
    hit = _HEAD_AFTER.match(after)
    return HEADS[fold(hit.group("h"))] if hit else None


# "at the 27-yard line": a place on the field, not a distance
_POSITION_AFTER = re.compile(r"^\s*-?\s*yard\s*-?\s*line\b", re.I)
# "in the 12200 block of East 223rd Street": an address (``places`` reads it), never a count of blocks;
# "within one block of the school" is a distance in blocks (an address block is a hundred or more)
_ADDRESS_BLOCK_AFTER = re.compile(r"^\s+block\s+of\b", re.I)
# "a four-year player", "an eight-year offer", "a 10-man jury": the figure measures the word after it
# ("year", "man"), a description of one thing, not a count of the noun that follows ("-year-old": an age)
_MODIFIER_AFTER = re.compile(r"^\s*-\s*(?:year|month|week|day|hour|man|woman|member|person)\s+(?!old\b)[a-z]",
                             re.I)

# recall53: a prison term told as a modifier ("received a five-year sentence", "was handed a 10 - year prison
# term", "is serving a 25-year jail sentence"): the term's length, a duration of custody like "sentenced to
# seven years in prison". Only a term given or served (the verb right before "a"): a term someone faces, could
# get or a law sets ("faces a five-year sentence", "a maximum 10-year sentence") is no term given; a bare
# "term" is often an office ("a four-year term"), a "suspended" or "probation" sentence no custody: not read
_SERVED_TERM_AFTER = re.compile(r"^\s*-\s*(?P<unit>year|month|week|day)\s+(?:(?:prison|jail)\s+(?:sentence|term)|sentence)\b"
                                r"(?!\s*-)", re.I)
_SERVED_BEFORE = re.compile(r"\b(?P<verb>(?:received|receives|receiving|got|gets|given|handed|serving|serves|served)|"
                            r"(?:began|begun|begins|beginning|starts|started)(?:\s+serving)?)\s+(?:him\s+|her\s+|them\s+)?"
                            r"an?\s+$", re.I)
# mend55 (issue 11): a term asked for, wanted or hypothetical is no term given ("asked that Smith be given a
# 10-year sentence", "could be handed", "had wanted Smith to be given"): the verb right after a modal or "be", or a
# request verb in its clause
_TERM_UNGIVEN_BEFORE = re.compile(r"\b(?:be|could|would|should|might|may|must|will|shall|can|"
                                  r"(?:could|would|should|might|may|must)\s+have)\s+(?:\w+ly\s+)?$", re.I)
_TERM_REQUEST = re.compile(r"\b(?:ask|asks|asked|asking|seek|seeks|sought|seeking|want|wants|wanted|wanting|urge|urges|"
                           r"urged|urging|request|requests|requested|requesting|recommend|recommends|recommended|"
                           r"recommending|demand|demands|demanded|demanding)\b", re.I)
# mend55 (issue 11): a term marked as earlier is a past one, not the term of the story ("previously served a
# five-year sentence", "had served", "once received", "for a previous conviction")
_TERM_EARLIER = re.compile(r"\b(?:previously|earlier|once|formerly|prior|previous|had\s+(?:\w+ly\s+)?(?:served|"
                           r"received|got|been\s+(?:given|handed|serving)|begun|started))\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|\bbut\b", re.I)
# mend55 (issue 11): between the holder's name and the verb, another holder: "whose", a possessive pronoun with a
# noun ("his son was given"), or another person
_OTHER_HOLDER_BETWEEN = re.compile(r"\bwhose\b|\b(?:his|her|their)\s+(?!own\b)[a-z]", re.I)


def _term_given(m: Mention, sentence: Sentence, verb_start: int) -> bool:
    """Whether a term told as a modifier is one given in the story: no modal, "be" or request verb before its
    verb, no mark of an earlier term in its clause (a term asked for or served before is not the term given)."""
    text = sentence.text
    before = text[:verb_start]
    if _TERM_UNGIVEN_BEFORE.search(before):
        return False
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    after = text[m.end:]
    stop = _CLAUSE_END.search(after)
    clause += " " + text[verb_start:m.end] + " " + (after[:stop.start()] if stop else after)
    return not _TERM_REQUEST.search(clause) and not _TERM_EARLIER.search(clause)


# after a name: a possessive or a family, so the name is not who holds what follows ("Smith's brother",
# "the head of the Genovese family")
_NOT_HOLDER_AFTER = re.compile(r"^\s*(?:['’]\s*s?(?!\w)|(?:crime\s+)?family\b|clan\b)", re.I)


def _term_holder(m: Mention, sentence: Sentence, owner: str | None) -> bool:
    """Whether a prison term told as a modifier has its holder named before it: the figure's owner is a
    person whose last mention before the figure is no possessive or family name (blind reading of recall53:
    "the reputed head of the Genovese family was serving a 12-year sentence" is not Vito Genovese's term, and a
    term of no one named is compared with nobody's)."""
    if not owner:
        return False
    named = [e for e in sentence.of_kind("entity") if e.label == "PERSON" and str(e.value) == owner and e.end <= m.start]
    if not named or _NOT_HOLDER_AFTER.match(sentence.text[named[-1].end:named[-1].end + 20]):
        return False
    # mend55: "Tom Smith, whose brother received …", "told Tom Smith that his son was given …": another's term
    lo = named[-1].end
    if _OTHER_HOLDER_BETWEEN.search(sentence.text[lo:m.start]):
        return False
    return not any(e.label == "PERSON" and str(e.value) != owner and lo <= e.start < m.start
                   for e in sentence.of_kind("entity"))


# recall65: time units as listings and captions abbreviate them ("Running time: 91 min.", "2 hrs")
UNIT_ABBREVIATIONS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "sec": "second",
                      "secs": "second"}
# an abbreviated unit right after a figure, in any case ("91 MIN."), the word ending there
_ABBREVIATED_UNIT_AFTER = re.compile(r"^\s*(?P<unit>" + "|".join(UNIT_ABBREVIATIONS) + r")\b\.?(?![\w-])", re.I)


_MILITARY_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def abbreviated_unit(m: Mention, sentence: Sentence) -> str | None:
    """The unit word of an abbreviation right after a figure ("91 MIN." → "minute"), else None.
    A parser reads "MIN." in capitals as no noun at all, so the figure would be a bare count."""
    if m.end <= m.start:
        return None
    hit = _ABBREVIATED_UNIT_AFTER.match(sentence.text[m.end:m.end + 8])
    if hit is None or _MILITARY_TIME.fullmatch(m.text.strip()):
        return None  # "about 1100 hrs IST": a time of day written the military way, not eleven hundred hours
    if hit.group("unit").istitle() and hit.group("unit").lower().startswith("sec"):
        return None  # "Sec. of State": a title, where seconds are written "sec" or "SEC"
    return UNIT_ABBREVIATIONS[hit.group("unit").lower()]


def unit_of(label: str) -> tuple[str, float] | None:
    """("duration", days per unit) or ("distance", metres per unit) of a unit word, else None."""
    w = _singular(label)
    w = UNIT_ABBREVIATIONS.get(label.lower(), w)
    if w in DURATIONS:
        return "duration", DURATIONS[w]
    if w in DISTANCES:
        return "distance", DISTANCES[w]
    return None




def read(sentences: Iterable[Sentence], reference: date | None = None, options: Options = DEFAULT) -> list[Value]:
    """Every comparable value of ``sentences`` in order (see the module docstring)."""
    out: list[Value] = []
    sentences = list(sentences)
    for s in sentences:
        past = background(s, reference) or earlier_month(s, reference, options.disagree_months_apart)
        found = _conversions(_compounds([v for v in (_read(m, s, options) for m in s.mentions) if v is not None]),
                             options.disagree_vague_approx)
        for v in found:
            v.rate = v.numeric and v.type != "age" and (_rate(v.mention, s) or (v.type.startswith("money")
                                                                               and _annual(v.mention, s)))
        if sum(v.numeric for v in found) >= options.disagree_max_figures:
            # a list of people with their ages ("Johnson, 24; Smith, 30; and Jarrett, 27") still says
            # whose each age is: only the unanchored figures are a guess
            found = [v for v in found if not v.numeric or (v.type == "age" and v.anchor)]
        # after the count above: a broken-up figure still makes a sentence a list ("shot 35. 0 percent, 11 of 36")
        found = [v for v in found if not (v.numeric and is_fragment(v.mention, s))]
        for v in found:  # after the count too: the series' figures are a list (precision65, mend84)
            v.part = series_part(v)
        for v in found:
            v.noun = excluding(v)
        if past:  # a figure of an event years ago: compared only with the same past year's (``Value.past``)
            found = [v for v in found if v.numeric and v.type != "age"]
            for v in found:
                v.past = True
        out += found
    known = article_words(sentences, options.disagree_kind_stem)
    for v in out:
        if v.numeric:
            v.counted, v.known, v.per = counted_frame(v), known.get(v.article, frozenset()), per_of(v)
            v.of, v.group = length_of(v), one_group(v)
    return _mark_parts_before_more(_mark_local_parts(_one_name_per_person(out)))


# "4 minutes 48 seconds", "two hours and 15 minutes", "3 years, 6 months": between the parts, only
# the first part's unit word and a comma or "and"
_COMPOUND_BETWEEN = re.compile(r"^\s*[a-z]+\s*(?:,\s*|and\s+|,\s*and\s+)?$", re.I)


def _compounds(found: list[Value]) -> list[Value]:
    """A duration told in two units ("4 minutes 48 seconds") is one value, the sum (4.8 minutes),
    not two figures: its first part alone would be compared with "just under five minutes"."""
    out: list[Value] = []
    for v in found:
        last = out[-1] if out else None
        between = v.sentence.text[last.mention.end:v.mention.start] if last is not None else ""
        if last is not None and v.type == last.type == "duration" and last.low == last.high and v.low == v.high \
                and last.sentence is v.sentence and 0 < float(last.point) and last.mention.value \
                and last.mention.end < v.mention.start and _COMPOUND_BETWEEN.match(between) \
                and _singular(between.strip(" ,and").lower()) == _singular((last.mention.label or "").lower()) \
                and float(v.point) < float(last.point) / float(last.mention.value):  # less than one first unit
            m = last.mention
            ratio = float(m.value) / float(last.point)  # the first unit per day
            total = float(last.point) + float(v.point)
            whole = round(total * ratio, 6)
            text = v.sentence.text[m.start:v.mention.end]
            last.mention = dataclasses.replace(m, text=text, end=v.mention.end, value=whole, low=whole, high=whole)
            last.point = last.low = last.high = total
            last.words = " ".join(text.lower().split())
            continue
        out.append(v)
    return out


def _one_name_per_person(values: list[Value]) -> list[Value]:
    """Ages anchored to one person under two forms of the name ("German" / "Liberty German",
    "Robert Buckley" / "Englishman Robert Buckley"): one name's words are the other's. A short form
    that fits two longer names ("Williams": Abby and Tom Williams) is left alone: whose it is is a guess.
    Owners likewise ("Kickstarter" / "Oculus Kickstarter", "Carter" / "Richard Carter")."""
    _one_name(values, "anchor", lambda v: v.type == "age")
    _one_name(values, "owner", lambda v: True)
    return values


def _one_name(values: list[Value], attr: str, applies: Callable[[Value], bool]) -> None:
    """Each short form of a name in ``attr`` replaced by the one longer form that holds its words."""
    count: dict[str, int] = {}
    for v in values:
        name = getattr(v, attr)
        if name and applies(v):
            count[name] = count.get(name, 0) + 1
    names = set(count)
    words = {n: set(n.lower().split()) for n in names}
    longer = {n: [m for m in names if m != n and words[n] < words[m]] for n in names}
    canonical: dict[str, str] = {}
    for n in names:
        tops = {m for m in longer[n] if not longer[m]}  # the longest forms containing n
        if len(tops) > 1 and not all(words[a] <= words[b] or words[b] <= words[a] for a in tops for b in tops):
            continue
        family = [n, *longer[n]]
        canonical[n] = max(family, key=lambda m: (count.get(m, 0) + sum(count.get(k, 0) for k in names
                                                                          if m in longer.get(k, [])), len(m), m))
    for v in values:
        name = getattr(v, attr)
        if name in canonical and applies(v):
            setattr(v, attr, canonical[name])


def _mark_local_parts(values: list[Value]) -> list[Value]:
    """An article that counts a slot for the whole story and again for one place ("at least 164
    died" / "in Almaty, where over a hundred were killed") gives the place's figure as a part of
    the whole. A count of people or of a known group (troops, homes) is kept, marked ``local``, and
    compared only with the same place's figure ("an explosion killed two in Aleppo" / "killed at
    least three in Aleppo"), never with a total; other local figures are dropped: their "place" is
    as often a team or a market ("25 points" for Louisville), whose figures are many and alike."""
    whole = {(v.article, v.type, v.noun, v.event, v.past) for v in values
             if v.type == "count" and v.place is None and not v.extra}
    out = []
    for v in values:
        if v.type == "count" and v.place is not None and (v.article, v.type, v.noun, v.event, v.past) in whole:
            if not (v.noun in NOUN_CLASSES or v.event in HUMAN_EVENTS):
                continue
            v.local = True
        out.append(v)
    return out


def _mark_parts_before_more(values: list[Value]) -> list[Value]:
    """A count followed in its own or the next sentence by an increment of the same counted thing ("charged
    with rape against one woman" / "also charged with forcing two other women"; "three towns were
    flattened; two more were cut off") is one part of the whole, which the article leaves unsaid:
    marked ``before_more`` (precision47)."""
    more = [v for v in values if v.type == "count" and v.extra and v.counted]
    for v in values:
        if v.type != "count" or v.extra or not v.counted:
            continue
        if any(m.article == v.article and m.noun == v.noun and m.counted is not None and m.counted[0] == v.counted[0]
               and (m.sentence.index == v.sentence.index and m.mention.start > v.mention.start
                    or m.sentence.index == v.sentence.index + 1) for m in more):
            v.before_more = True
    return values


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday(m: Mention) -> str | None:
    """The weekday a day mention names, else the one its resolved date falls on."""
    if m.label != "day":
        return None
    named = _WEEKDAY.search(m.text)
    if named:
        return named.group(1).lower()
    try:
        return date.fromisoformat(str(m.value)[:10]).strftime("%A").lower() if m.value else None
    except ValueError:
        return None


_RELATIVE_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|last night|ago|this|next|last)\b", re.I)
# "Jun 20, 2017 at 1:45pm PDT", "May 2, 2013 1: 35 pm": a time stamp (of a post, a page), not an event's time
_STAMP_BEFORE = re.compile(r"(?:19|20)\d\d,?\s*(?:at\s*)?$")
_STAMP_AFTER = re.compile(r"^\s*\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|ET|PT)\b")


# "9: 25 a.m.", "at 7.30 pm", "31-24", "a 9-14 record", "29 of 34 passes": a clock time, a score or a
# tally of attempts read as a figure
_CLOCK_AFTER = re.compile(r"^\s*(?:[:.]\s*\d\d\b|[ap]\.?\s?m\b\.?|o'clock)", re.I)
# an hour has one or two digits: "2025: 40,000 homes" is a dated dateline's year, not "25:40" (mend116)
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s*:\s*$")
_SCORE = re.compile(r"^(\d{1,3})\s*[-–]\s*(\d{1,3})$")


# "1,150 kilometers (700 miles)", "euro110 billion ($141 billion)", "2000ft (609 metres)": the figure
# before, restated in another unit or currency
_CONVERSION_BEFORE = re.compile(r"\d[\d,.]*\s*(?:[a-zA-Z$€£%.-]+\s*){0,3}\(\s*(?:about|around|some|roughly|"
                                r"approximately|nearly|almost|or|about\s+US|US)?\s*[$€£]?\s*$", re.I)


# "about 58km (36 miles)": the approximation before the bracket is the bracketed figure's too
_APPROX_BEFORE_BRACKET = re.compile(r"\b(?:about|around|some|roughly|approximately|nearly|almost|an estimated)\s+"
                                    r"[$€£]?\d[\d,.]*\s*[a-zA-Z$€£%.-]*\s*\(\s*$", re.I)


_DOLLARS_BEFORE = re.compile(r"(?:\b[A-Z]{1,3}\$|\$\s?[A-Z]{1,3})\s?\d[\d,.]*\s*(?:million|billion|bn|m)?\s*\(\s*$")


def _conversions(found: list[Value], approx: float = DEFAULT.disagree_vague_approx) -> list[Value]:
    """Figures in brackets right after a figure of the same type: the same quantity in other units
    (a value of its own only in another currency, which is never compared with the first). A
    bracketed figure kept (its first form was not read) takes the first form's approximation
    ("about 58km (36 miles)" is about 36 miles), ``approx`` either side."""
    out = []
    for v in found:
        m, text = v.mention, v.sentence.text
        if v.numeric and m.end > m.start and v.low == v.high \
                and _APPROX_BEFORE_BRACKET.search(text[max(0, m.start - 40):m.start]):
            point = float(v.point)
            v.low, v.high = point * (1 - approx), point * (1 + approx)
        bracket = m.end > m.start and _CONVERSION_BEFORE.search(text[max(0, m.start - 40):m.start])
        restated = bracket and any(
            w.type == v.type and w.mention.end <= m.start and m.start - w.mention.end <= 40 for w in found if w is not v)
        if bracket and not restated and v.type.startswith("money:"):
            # "euro110 billion ($141 billion)": kept as a sum in dollars, marked as a conversion of the euros
            first = [w for w in found if w is not v and w.type.startswith("money:") and w.type != v.type
                     and w.mention.end <= m.start and m.start - w.mention.end <= 40]
            if first:
                v.original = (first[-1].type, float(first[-1].point))
        # "$US1 million ($1.52 million)": one dollar restated in another (US and Australian), whether
        # or not the first was read
        restated = restated or (m.end > m.start and m.text.lstrip().startswith("$")
                                and bool(_DOLLARS_BEFORE.search(text[max(0, m.start - 40):m.start])))
        if not restated:
            out.append(v)
    return out


def _team_after(m: Mention, sentence: Sentence) -> str | None:
    """"the 0-14 Lions": the name right after a record is whose record it is."""
    for e in sentence.of_kind("entity"):
        if e.value and e.label in OWNER_LABELS + ("NORP", "GPE") and 0 <= e.start - m.end <= 2:
            return str(e.value)
    return None


# "plunged 5. 4 per cent", "served 41 / 2 months" (4½), "3 / 4 of": a figure the tokeniser broke up,
# its pieces read as figures of their own
_DECIMAL_BEFORE = re.compile(r"\d\.\s$")
_FRACTION_BEFORE = re.compile(r"\d\s*/\s*$")
_FRACTION_AFTER = re.compile(r"^\s*/\s*\d")


def is_fragment(m: Mention, sentence: Sentence) -> bool:
    """A piece of a figure written apart: the decimals after "5. " or either side of a written
    fraction ("41 / 2": four and a half). Read alone, "4 per cent" of "5. 4 per cent" disagrees with
    every other outlet's 5.4."""
    if m.end <= m.start or not m.text[:1].isdigit():
        return False
    text = sentence.text
    before = text[max(0, m.start - 6):m.start]
    return bool(_DECIMAL_BEFORE.search(before) or _FRACTION_BEFORE.search(before)
                or _FRACTION_AFTER.match(text[m.end:m.end + 6]))


def is_clock(m: Mention, sentence: Sentence) -> bool:
    """A number that is part of a time of day ("9: 25 a.m.", "at 7.30 pm")."""
    if m.end <= m.start:
        return False
    text = sentence.text
    return bool(_CLOCK_AFTER.match(text[m.end:m.end + 12]) or _CLOCK_BEFORE.search(text[max(0, m.start - 8):m.start]))


def _read(m: Mention, s: Sentence, options: Options = DEFAULT) -> Value | None:
    if m.kind == "date":
        if m.label not in DATE_TYPES:
            return None
        if m.label == "time" and (_STAMP_BEFORE.search(s.text[:m.start]) or _STAMP_AFTER.match(s.text[m.end:])):
            return None
        if m.label in ("day", "year") and _RELATIVE_DAY.search(m.text):
            return None  # "today", "two days ago", "last year": a day only the publication date fixes
        words = " ".join(m.text.lower().split())
        point = str(m.value) if m.value else words
        return Value(m, s, m.label, point, words=words, weekday=_weekday(m))
    if m.kind != "number" or m.value is None or is_clock(m, s):
        return None
    score = _SCORE.match(m.text.strip())
    if score:  # "a 10-5 record", "beat them 91-73": two numbers read together, never one count
        if m.label and m.label.lower() not in SCORE_NOUNS:
            return None  # "10-15 people": a range of a count, too loose to compare
        text = f"{int(score.group(1))}-{int(score.group(2))}"
        return Value(m, s, "score", text, words=text, owner=_team_after(m, s) or owner_of(m, s, options))
    value = float(m.value)
    low = float(m.low) if m.low is not None else value
    high = float(m.high) if m.high is not None and math.isfinite(m.high) else value
    label = abbreviated_unit(m, s) or m.label or ""
    words = " ".join(m.text.lower().split())
    if label == "age":
        if _PAST_AGE.match(s.text[m.end:]) or re.search(r"\bthen\s*,?\s*$", s.text[:m.start]):
            return None
        return Value(m, s, "age", value, low, high, anchor=_person_of_age(m, s), words=words)
    owner = owner_of(m, s, options)
    if label and label.isupper():
        return Value(m, s, f"money:{label}", value, low, high, words=words, owner=owner, asked=is_asked(m, s))
    if label == "percent":
        if _SHARE_PART_BEFORE.search(s.text[max(0, m.start - 30):m.start]):
            return None  # "68 per cent of Greeks …, including nearly half of respondents who voted for X": a part
        # a share is of one place's whole ("70 per cent of web services in Egypt" / "65% in India")
        return Value(m, s, "percent", value, low, high, words=words, owner=owner,
                     place=share_place(m, s) or place_of(m, s, options), head=share_whole(m, s),
                     held=bool(_HOLDS_BEFORE.search(s.text[max(0, m.start - 40):m.start])))
    if _POSITION_AFTER.match(s.text[m.end:m.end + 30]) or \
            (value >= 100 and _ADDRESS_BLOCK_AFTER.match(s.text[m.end:m.end + 20])):
        return None
    served = _SERVED_TERM_AFTER.match(s.text[m.end:m.end + 40]) if m.end > m.start else None
    lo = max(0, m.start - 40)
    verb = _SERVED_BEFORE.search(s.text[lo:m.start]) if served else None
    if served and verb and _term_given(m, s, lo + verb.start("verb")) and _term_holder(m, s, owner):
        factor = DURATIONS[served.group("unit").lower()]  # recall53: "received a five-year sentence"
        return Value(m, s, "duration", value * factor, low * factor, high * factor, noun="duration", words=words,
                     owner=owner, head="custody")
    if m.end > m.start and _MODIFIER_AFTER.match(s.text[m.end:m.end + 20]):
        return None  # "an eight-year offer", "a 10-man jury": no count of what follows
    unit = unit_of(label) if label else None
    if unit:
        kind, factor = unit
        if kind == "duration" and _OFFSET.match(s.text[m.end:m.end + 40]):
            return None  # "eight days ago", "several days ahead of the deadline": when, not how long
        head = duration_head(m, s) if kind == "duration" else reference_point(m, s)
        if head == "offset" and vague_quantity(m):
            return None  # "a few years later", "several minutes after": when, in words that fix no length
        return Value(m, s, kind, value * factor, low * factor, high * factor, noun=kind, words=words, owner=owner,
                     head=head)
    if label.lower() in ("time", "times"):
        return _repeats(m, s, value, low, high, words, owner)
    either = _EITHER_BEFORE.search(s.text[max(0, m.start - 24):m.start]) if m.end > m.start else None
    first = number_of(either.group("n")) if either else None
    if first is not None and 0 < first < value and low == high == value:
        # "one or two churches", "three or four robbers", "40 or 50 people": a range, not two counts
        assert either is not None  # ``first`` is read from it
        start = m.start - len(either.group(0))
        low, value = first, (first + value) / 2
        m = dataclasses.replace(m, text=s.text[start:m.end], start=start, value=value, low=low, high=high)
        words = " ".join(m.text.lower().split())
    elif is_listed(m, s):
        return None
    if is_part(m, s) or is_prior(m, s) or label.lower() in NOT_COUNTS \
            or (label and label[:1].isupper()) or not is_count(m, s):
        return None
    if m.end > m.start and _IDIOM_ONE.search(s.text[max(0, m.start - 12):m.start]) \
            and _IDIOM_ONE_AFTER.match(s.text[m.end:m.end + 12]) and m.text.lower() == "one":
        return None  # "plunging nearly 1,600 points at one point": when, no count of points
    if not label and m.end > m.start and _event(m, s) in HUMAN_EVENTS:
        group = _OF_GROUP_AFTER.match(s.text[m.end:m.end + 40])
        label = group.group("n").lower() if group else label  # "killed two of the gunmen": gunmen
    if label.lower() in ("member", "members") and m.end > m.start:
        owner_word = _MEMBER_OF.match(s.text[m.end:m.end + 40])
        label = f"{owner_word.group('w').lower()} member" if owner_word else label  # "300 crew members"
    noun = class_of(label, NOUN_CLASSES) or (_singular(label) if label else None)
    model = _MODEL_AFTER.match(s.text[m.end:m.end + 30]) if noun and m.end > m.start else None
    if model:
        noun = _model_noun(model.group(1), noun)  # "seven AK-47 assault rifles": a kind of rifle, a part of all
    elif not noun and m.end > m.start and (plural := _MODEL_PLURAL_AFTER.match(s.text[m.end:m.end + 20])):
        noun = _model_noun(plural.group(1), None)  # recall51: "seven AK-47s", "two F-16s": the model is the noun
    if value <= options.disagree_group_max and (noun == "people" or noun not in NOUN_CLASSES) \
            and _ANAPHORIC_BEFORE.search(s.text[max(0, m.start - 12):m.start]):
        # "the two journalists", "all three men", "the three met": people named before, not a count
        # (a class of bodies — "all five member states" of an alliance — is one it has)
        return None
    event = _event(m, s)
    if noun in GENERIC or (noun is None and event in HUMAN_EVENTS) or (noun in CROWDS and event in HUMAN_EVENTS):
        noun = "people"
    if noun == "member countries" and event is None and not _MEMBERSHIP.search(s.text):
        return None  # "two countries on the coast", "connects 12 countries": a group, no membership
    return Value(m, s, "count", value, low, high, noun=noun, event=event, words=words, owner=owner,
                 place=place_of(m, s, options), included=_included(m, s), sole=sole_owner(m, s, options),
                 head=_of_what(m, s), extra=is_increment(m, s),
                 list_object=event is not None and not m.predicate and event == _listed_object_of(m, s),
                 deed=deeds.deed(m, s, event))


# "killed two of the gunmen", "three of the hostages were freed": the group a count is of, when no
# noun follows the number and something happened to them (killed, arrested, freed: that is the slot;
# "200,000 of the comments opposed it" is a share of the comments)
_OF_GROUP_AFTER = re.compile(r"^\s+of\s+(?:the|these|those)\s+(?P<n>[a-z]{3,}(?:s|men|people))\b(?!\s*[’']s)")


# "more than 300 crew members", "12 family members": the word before "members" says members of what
_MEMBER_OF = re.compile(r"^\s+(?:[a-z]+\s+)?(?P<w>[a-z]{3,})\s+members?\b")


# "one or two", "three or four", "40 or 50": the first number of a range told as two alternatives
_EITHER_BEFORE = re.compile(rf"(?<![\w,.-])(?P<n>{_NUMBER_WORD})\s+or\s+$", re.I)


# "was shot 11 times", "has been arrested three times", "hosted the awards three times": the verb
# a repetition counts, up to three words back (irregular participles news uses for such counts listed)
_REPEATED_VERB = re.compile(r"\b(?P<v>[a-z]{3,}(?:ed|ing)|shot|hit|struck|won|beaten|stabbed|run|held|met|seen|"
                            r"visited|married|lost)\s+(?:[\w'’.-]+\s+){0,3}?$")
# "three times as many", "five times more", "ten times the size": a multiplier, not a count of events
_MULTIPLIER_AFTER = re.compile(r"^\s*(?:as|more|less|higher|lower|larger|bigger|greater|smaller|the|that|over)\b", re.I)


def _repeats(m: Mention, s: Sentence, value: float, low: float, high: float, words: str,
             owner: str | None) -> Value | None:
    """How many times something happened ("was shot 11 times"): a count whose noun is "times" and
    whose event is the verb it repeats; without that verb it says too little to compare."""
    if m.end <= m.start or _MULTIPLIER_AFTER.match(s.text[m.end:m.end + 20]):
        return None
    before = s.text[max(0, m.start - 60):m.start]
    hit = _REPEATED_VERB.search(before)
    if not hit or _CLAUSE_BREAK.search(before[hit.start():]) or "," in before[hit.start():]:
        return None
    return Value(m, s, "count", value, low, high, noun="times", event=hit.group("v").lower(), words=words,
                 owner=owner)


# "averaged 22.8 points", "an average of 7.2 rebounds", "12 points a game": a player's figure on
# average, not the game's (a yearly amount is left alone: "$23 million a year" and "$22 million per
# season" are one offer's annual value, and an article may state it without the "a year")
_AVERAGE_BEFORE = re.compile(r"\b(?:[Aa]verag(?:ed|es|ing)|(?:an|the|his|her|career|season|team)\s+average(?:\s+of)?|"
                             r"a\s+(?:team|career|league)-high\s+of)\s+(?:[a-z-]+\s+){0,2}?$")  # not "Industrial Average"
_PER_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:per|a|an|each)\s+(?:game|match|night|contest|outing|start)\b",
                        re.I)


# "$23 million per season", "$22 million a year", "$76,000 per academic year", "paid $5 million annually": an amount per year, never
# set against a total ("$184 million over eight years")
_ANNUAL_AFTER = re.compile(r"^\s*(?:(?:a|per|each|every)\s+(?:(?:academic|school|fiscal|calendar|financial)\s+)?"
                           r"(?:year|season|annum)\b|annually\b|a\s+-?\s*year\b)", re.I)


def _annual(m: Mention, sentence: Sentence) -> bool:
    """An amount of money per year or per season (``_ANNUAL_AFTER``)."""
    return m.end > m.start and bool(_ANNUAL_AFTER.match(sentence.text[m.end:m.end + 30]))


def _rate(m: Mention, sentence: Sentence) -> bool:
    """A figure on average or per game ("averaged 22.8 points", "12 points a game")."""
    if m.end <= m.start:
        return False
    text = sentence.text
    return bool(_AVERAGE_BEFORE.search(text[max(0, m.start - 40):m.start]) or _PER_AFTER.match(text[m.end:m.end + 40]))


def _included(m: Mention, sentence: Sentence) -> float:
    """The part a count says it includes ("20 people dead, including the three gunmen" → 3): another
    outlet counting without that part (17 victims) agrees with it."""
    hit = _INCLUDING.match(sentence.text[m.end:m.end + 80]) if m.end > m.start else None
    if not hit:
        return 0.0
    for n in sentence.mentions:
        if n.kind == "number" and n.value is not None and n.start == m.end + hit.start("n"):
            return float(n.value)
    return 0.0


# -- frames44: what a figure counts — the counted noun with its own modifiers ----------------------------
# Words before a counted or measured noun that hedge, total, time or size a figure without saying what
# kind of thing it counts: a side that writes them counts what a side without them counts ("new claims"
# / "first-time claims", "the total budget", "a massive package", "annual tariffs" / "tariffs"). A
# general news lexicon, never a story's vocabulary.
LOOSE_MODIFIERS = {
    "new", "first-time", "initial", "total", "overall", "combined", "cumulative", "estimated", "reported",
    "confirmed", "official", "preliminary", "final", "latest", "additional", "more", "other", "further",
    "extra", "some", "all", "known", "suspected", "alleged", "possible", "potential", "likely", "another",
    "such", "record", "massive", "huge", "large", "big", "small", "major", "whopping", "sweeping",
    "historic", "unprecedented", "staggering", "roughly", "nearly", "about", "around", "approximately",
    "least", "most", "only", "just", "over", "under", "up", "than", "annual", "yearly", "monthly", "weekly",
    "daily", "former", "current", "previous", "recent", "separate", "same", "various", "several", "many",
    "few", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "trillion", "percent", "per", "cent", "dollar", "dollars", "proposed", "planned",
    "expected", "projected", "original", "revised", "updated", "full", "entire", "whole", "single", "long",
    "short", "high", "low", "higher", "lower", "top", "average", "net", "gross", "real", "actual", "number",
    "amount", "level", "figure",
}
# words of a period: a modifier holding one says when, not what kind ("first-quarter", "year-end")
_PERIOD_PARTS = {"quarter", "year", "month", "week", "day", "half", "season", "term", "time", "decade", "century"}
# words that end a noun phrase: articles, prepositions, pronouns, auxiliaries, conjunctions
_PHRASE_STOP = {
    "the", "a", "an", "to", "of", "for", "in", "on", "at", "by", "with", "from", "that", "which", "who", "whom",
    "and", "or", "but", "nor", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will",
    "would", "could", "can", "may", "might", "should", "must", "as", "than", "this", "these", "those", "its",
    "their", "his", "her", "it", "they", "he", "she", "we", "you", "i", "not", "also", "into", "over", "under",
    "after", "before", "since", "during", "while", "when", "where", "if", "so", "such", "per", "each",
    "every", "including", "according", "amid", "against", "across", "through", "about", "around", "said",
    "says", "say", "do", "does", "did", "there", "here", "then", "up", "down", "out", "off", "all",
}
# scale words that belong to a figure, never to what it counts
_SCALE = {*SCALES, *(w + "s" for w in SCALES if len(w) > 2), "mln", "bln"}
# verbs of change a share's subject is the thing that changed ("anti-Semitic incidents rose 14 percent")
_CHANGE = (r"rose|rises|rise|risen|fell|falls|fall|fallen|increased|increases|increase|decreased|decreases|"
           r"decrease|jumped|jumps|surged|surges|climbed|climbs|dropped|drops|declined|declines|grew|grows|"
           r"grown|plunged|plunges|soared|soars|spiked|spikes|slid|slipped|tumbled|shrank|gained|gains")
_CHANGE_BEFORE = re.compile(rf"(?:^|[,;:]\s*|\b(?:the|a|an|of|that|as)\s+)(?P<np>(?:[A-Za-z][\w'’-]*\s+){{1,5}}?)"
                            rf"(?:(?:have|has|had)\s+)?(?:{_CHANGE})\s+(?:by\s+)?(?:about|around|nearly|almost|"
                            rf"roughly|some|more\s+than|over|just|an\s+estimated)?\s*$", re.I)
# the noun phrase a change names after its share ("a 12 percent rise in anti-Muslim hate crimes")
_CHANGE_IN = re.compile(r"^\s*(?:increase|rise|jump|drop|decline|fall|decrease|surge|spike|gain|growth)\s+in\s+"
                        r"(?:the\s+(?:number|rate|amount)\s+of\s+)?(?P<np>[^,;:.()]{1,80})", re.I)
# the noun phrase a sum is "of" ("the federal share of $40 million", "a budget request of $2 billion")
_MONEY_OF = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+|[A-Z][\w.]*['’]s\s+)(?P<np>(?:[a-z][\w-]*\s+){1,3}?)"
                       r"(?:of|at|totaling|totalling)\s+(?:about|around|nearly|almost|roughly|some|more\s+than|over|"
                       r"just\s+over|just\s+under|an\s+estimated|up\s+to)?\s*$")
# "12 deaths per 100,000 people", "two cars per household": the denominator of a rate
_PER_NOUN = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?per\s+(?:\d[\d,]*\s+)?(?P<d>capita|[a-z]+)", re.I)
# denominators of a player's average, read as ``Value.rate`` already
_PER_GAME = {"game", "match", "night", "contest", "outing", "start", "season", "year", "month", "week", "day"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\S")


@lru_cache(maxsize=65536)
def stem(word: str, size: int = DEFAULT.disagree_kind_stem) -> str:
    """A crude stem for frame words ("defense" / "defence", "crimes" / "crime")."""
    if "-" in word.strip("-"):  # "hate-crime" is no "hate-motivated": each part stemmed
        return "-".join(stem(p, size) for p in word.split("-") if p)
    return _singular(word.lower().rstrip("'’s"))[:size]


def _restrictive(word: str) -> bool:
    """A lower-case modifier that says what kind of thing is counted ("federal", "anti-Semitic",
    "defense"), not a hedge, a size, a period or a scale (``LOOSE_MODIFIERS``), a figure or a name."""
    low = word.lower()
    if any(p in _PERIOD_PARTS for p in low.split("-")):
        return False  # "a first-quarter offer", "a year-end bonus": when, not what kind
    return (word[:1].islower() and low not in LOOSE_MODIFIERS and low not in _PHRASE_STOP and low not in _SCALE
            and len(low) > 2 and not any(c.isdigit() for c in low) and not low.endswith(("ly", "'s", "’s")))


def _noun_phrase(words: list[str], head: str | None = None, limit: int = 5) -> tuple[str, tuple[str, ...]] | None:
    """(head, modifiers) of the noun phrase ``words`` opens: lower-case words up to ``head`` (a lemma)
    when given, else up to the first stop word or punctuation; names and hedges are skipped, never kept
    as modifiers. None when no head is found within ``limit`` words."""
    taken: list[str] = []
    for w in words[:limit + 1]:
        if head is not None and _singular(w) == _singular(head):
            return _singular(head), tuple(x.lower() for x in taken if _restrictive(x))
        if not re.match(r"[A-Za-z]", w) or w.lower() in _PHRASE_STOP:
            break
        if head is not None and w.lower().endswith("ed") and w.lower() not in LOOSE_MODIFIERS:
            return None  # "13 loaded magazines", "two injured officers": the event, not a kind
        taken.append(w)
    if head is not None or not taken or not taken[-1][:1].islower() or _singular(taken[-1]) in _PERIOD_PARTS:
        return None  # "$45 million next year": when, no noun of what the sum is
    return _singular(taken[-1]), tuple(x.lower() for x in taken[:-1] if _restrictive(x))


def counted_frame(v: Value) -> tuple[str, tuple[str, ...]] | None:
    """What a figure counts or measures as (head noun, its restrictive modifiers, leftmost first), read from
    the figure's own noun phrase, else None:

    - a count: the words between the figure and its counted noun ("14 anti-Semitic hate crimes":
      crime, (anti-semitic, hate));
    - money: the noun phrase right after the amount, or after its "in"/"for"/"worth of" ("the $741
      billion defense authorization bill": bill, (defense, authorization); "$753 billion for next fiscal
      year's defense budget": budget, (defense,));
    - a share of change: the subject of its verb ("anti-Semitic hate-crime incidents rose 14 percent").
    """
    m, s = v.mention, v.sentence
    if m.end <= m.start:
        return None
    after = _WORD.findall(s.text[m.end:m.end + 120])
    if v.type == "count" and m.label and m.label.islower():
        return _noun_phrase(after, m.label)
    if v.type.startswith("money"):
        while after and after[0].lower() in _SCALE | {"-", "dollar", "dollars"}:
            after = after[1:]
        if after[:2] and after[0].lower() == "worth" and after[1].lower() == "of":
            after = after[2:]
        elif after[:1] and after[0].lower() in ("in", "for"):
            after = after[1:]
            # past a determiner and a possessive of time ("for next fiscal year's defense budget")
            while after and (after[0].lower() in ("the", "a", "an", "its", "their", "next", "this", "last")
                             or after[0].lower().endswith(("'s", "’s")) or after[0].lower() == "fiscal"):
                after = after[1:]
        found = _noun_phrase(after)
        before = _MONEY_OF.search(s.text[max(0, m.start - 80):m.start]) if found is None else None
        if before:  # "the federal share of $40 million", "a budget request of $2 billion"
            found = _noun_phrase(_WORD.findall(before.group("np")) + ["."])
        return found
    if v.type == "percent":
        noun = _CHANGE_IN.match(s.text[m.end:m.end + 120])
        if noun:  # "a 12 percent rise in anti-Muslim hate crimes"
            return _noun_phrase(_WORD.findall(noun.group("np")) + ["."])
        hit = _CHANGE_BEFORE.search(s.text[max(0, m.start - 90):m.start])
        if hit:
            words = _WORD.findall(hit.group("np"))
            at = max(0, m.start - 90) + hit.start("np")
            if words and not s.text[:at].strip() and not any(e.start <= at < e.end for e in s.of_kind("entity")):
                words[0] = words[0].lower()  # a sentence's first word is capitalised whatever it is
            stops = [k for k, w in enumerate(words) if w.lower() in _PHRASE_STOP or not w[:1].isalpha()]
            words = words[stops[-1] + 1:] if stops else words  # "the number of anti-Semitic incidents"
            if words and words[-1][:1].islower() and _singular(words[-1]) not in _PHRASE_STOP:
                return _singular(words[-1]), tuple(w.lower() for w in words[:-1] if _restrictive(w))
    return None


_ARTICLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # (speed24: a constant, not looked up in ``re``'s cache per sentence)


def article_words(sentences: Iterable[Sentence], size: int = DEFAULT.disagree_kind_stem) -> dict[str, frozenset[str]]:
    """Each article's words as frame stems (hyphened words also by their parts): what kinds of a thing
    an article knows of ("defense" in "a defense bill")."""
    raw: dict[str, set[str]] = {}
    for s in sentences:  # each distinct word once: stemming is the cost
        raw.setdefault(s.article, set()).update(_ARTICLE_WORD.findall(s.text))
    words: dict[str, set[str]] = {}
    for art, written in raw.items():
        seen = words.setdefault(art, set())
        for w in written:
            seen.add(stem(w, size))
            if "-" in w:
                seen.update(stem(p, size) for p in w.split("-") if p)
    return {a: frozenset(w) for a, w in words.items()}


# Figures whose noun phrase says what they measure: a sum of money and a share's change ("the defense
# budget", "anti-Semitic incidents rose 14 percent"). A count's noun is compared already (its class, event,
# place and owner), and the words before it describe more often than they restrict ("1,800 domestic
# flights" / "1,000 flights" of one airline; "three former college wrestlers" / "five former wrestlers")
KINDED = {"money", "percent"}


def narrower(a: Value, b: Value, size: int = DEFAULT.disagree_kind_stem) -> bool:
    """Whether ``a`` measures a kind of what ``b`` measures and so is another slot: ``a``'s noun carries
    restrictive modifiers ("anti-Semitic hate crimes", "the defense budget") that ``b``'s lacks — ``b``'s
    noun phrase is the same head with a part of ``a``'s modifiers ("hate crimes", "the budget"), or ``b``
    has none read and its sentence speaks of ``a``'s noun — and ``b``'s article names none of the kinds
    ``a`` adds: ``b``'s noun is the whole, not a loose form of ``a``'s. An article that names the kind
    anywhere ("a defense bill") may call it loosely ("the bill"); names are no kinds ("Russian troops");
    two different kinds on the two sides are as often one thing told two ways ("spending proposal" /
    "infrastructure proposal") and are left to the other checks."""
    if a.type.split(":")[0] not in KINDED or not a.counted or not a.counted[1]:
        return False
    mine = _phrase_stems(a.counted, size)
    if b.counted:
        theirs = _phrase_stems(b.counted, size)
        if not theirs < mine:
            return False  # "spending proposal" / "infrastructure proposal": not a part of the other's words
    else:
        said = _phrase_stems(("", tuple(re.findall(r"[A-Za-z][\w'’-]*", b.sentence.text))), size)
        if not (mine - {stem(w, size) for w in a.counted[1]}) & said:
            return False  # nothing in b's sentence is a's noun
        theirs = set()
    extra = [w for w in a.counted[1] if not {stem(w, size)} | {stem(p, size) for p in w.split("-") if p} <= theirs]
    # the outermost kind decides: "the defense authorization bill" / "the bill" of an article that writes
    # "a defense bill" is one bill; "anti-Semitic hate-crime incidents" / "hate crimes" are two counts
    return bool(extra) and stem(extra[0], size) not in b.known


def _phrase_stems(counted: tuple[str, tuple[str, ...]], size: int = DEFAULT.disagree_kind_stem) -> set[str]:
    """The stems of a frame's head and modifiers, hyphened words also by their parts."""
    out = set()
    for w in (counted[0], *counted[1]):
        if w:
            out |= {stem(w, size)} | {stem(p, size) for p in w.split("-") if p}
    return out


# people by age: a population narrower than people at large ("83 million adults" / "84 million people")
AGE_GROUPS = {"adult", "child", "minor", "teen", "teenager", "senior", "youth", "kid", "infant", "baby", "toddler"}
# nouns of people at large, with nothing said of their age
_ANYONE = {"people", "person", "individual", "resident", "citizen", "american"}


def narrower_group(a: Value, b: Value, size: int = DEFAULT.disagree_kind_stem) -> bool:
    """Whether ``a`` counts people of one age ("83 million adults") and ``b`` people at large ("84 million
    people") in a sentence that never names that age group: a part of ``b``'s whole, another slot. The
    sentence, not the article (precision45): an article that counts "84 million people" fully vaccinated
    and elsewhere the adults with one dose counts people of all ages in that sentence."""
    if a.type != "count" or not a.counted or not b.counted:
        return False
    told = {stem(w, size) for w in re.findall(r"[A-Za-z][\w'’-]*", b.sentence.text)}
    return a.counted[0] in AGE_GROUPS and b.counted[0] in _ANYONE and stem(a.counted[0], size) not in told


# nouns of a part of a sum ("the federal share", "its stake"): never one slot with the whole sum
PART_NOUNS = {"share", "portion", "part", "stake", "fraction"}


def part_of(a: Value, b: Value, size: int = DEFAULT.disagree_kind_stem) -> bool:
    """Whether ``a`` is a part of a sum ("the federal share of $40 million") and ``b`` a sum its own phrase
    names as no part ("the $90 million project") in an article that never speaks of such a part: two slots.
    A sum with no phrase read ("the state will get $45 million") may be the share itself: left alone."""
    if a.type.split(":")[0] not in KINDED or not a.counted or a.counted[0] not in PART_NOUNS or not b.counted:
        return False
    return b.counted[0] not in PART_NOUNS and stem(a.counted[0], size) not in b.known


def per_of(v: Value) -> str | None:
    """The denominator of a count told as a rate ("12 people per 100,000 residents": resident; "per capita"), else None
    (a player's per-game figure is ``Value.rate``); for a length, a distance, a count or a sum told per period
    ("nearly three hours a week", "2,000 migrants a day", "$600 a week"), ``"a <period>"`` (``per_period``)."""
    if v.mention.end <= v.mention.start:
        return None
    period = per_period(v)
    if period is not None:
        return period
    if v.type != "count":
        return None
    hit = _PER_NOUN.match(v.sentence.text[v.mention.end:v.mention.end + 60])
    word = _singular(hit.group("d")) if hit else None
    return word if word and word not in _PER_GAME else None


# precision46: a figure per period — "three hours a week", "eight hours a day", "2,000 migrants a day", "$600 per
# week", "40 miles a day" — the unit and at most three words of what is counted between (not "a day after",
# "a year ago", "a week of protests", "a day or two": when, or another length)
_PER_PERIOD_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:a|an|per|each|every)\s+(?P<p>day|week|month|year|hour)\b"
                               r"(?!\s*(?:-|after|before|later|earlier|ago|from|of\b|or\b|and\s+a\s+half|['’]s))", re.I)


def per_period(v: Value) -> str | None:
    """The period a length, a distance, a count or a sum is told per ("nearly three hours a week": "a week"),
    else None. A total and a per-unit rate are different quantities (GUIDELINES' traps): "nearly three hours
    a week" of one group of runners is never one slot with "one to 2.4 hours" of another. Shares ("3% a
    year") and money per year (``Value.rate``, ``_annual``) are left as they were."""
    if not v.numeric or v.type in ("age", "percent") or v.mention.end <= v.mention.start:
        return None
    hit = _PER_PERIOD_AFTER.match(v.sentence.text[v.mention.end:v.mention.end + 50])
    if hit is None or re.search(r"[,;:.]", hit.group(0)):
        return None
    period = hit.group("p").lower()
    return None if period == "year" and v.type.startswith("money") else f"a {period}"


# -- precision45: what a length is of; one group among a crowd -------------------------------------------
# "Queen Elizabeth's husband of 73 years", "a career of 40 years": the noun right before "of <length>"
_LENGTH_OF_BEFORE = re.compile(r"\b(?P<w>[a-z][a-z-]{2,})\s+of\s+$")
# "after 37 years of marriage", "20 years of service": the noun right after "<unit> of"
_LENGTH_OF_AFTER = re.compile(r"^[\s-]*[a-z]+\s+of\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?P<w>[a-z][a-z-]{2,})\b")
# nouns that say how a length is told, not what it is of ("a period of 10 years", "a total of six
# months", "a sentence of five years": custody is ``Value.head``'s), and words of age ("years of age")
_LENGTH_WORDS = {"period", "span", "stretch", "length", "spell", "total", "average", "maximum", "minimum", "sum",
                 "sentence", "term", "age", "excess", "course", "space", "matter", "lifetime", "upwards", "ages",
                 "each", "none", "one", "any", "both", "half", "most", "some", "all", "many", "part", "rest"}
# words of one marriage: "her husband of 40 years" / "the couple, married for 41 years" is one length
_MARRIAGE = {"husband", "wife", "spouse", "marriage", "married", "marry", "marrying", "wed", "wedded", "wedding",
             "couple", "widow", "widower", "partner"}


def length_of(v: Value) -> str | None:
    """The thing a duration says it is the length of, written right beside it ("Queen Elizabeth's husband of
    73 years": husband; "after 37 years of marriage": marriage), else None. A length told with no such
    noun ("for nearly 45 years", "lasted 10 hours") is of whatever its clause says."""
    if v.type != "duration" or v.mention.end <= v.mention.start:
        return None
    s, m = v.sentence.text, v.mention
    hit = _LENGTH_OF_AFTER.match(s[m.end:m.end + 60]) or _LENGTH_OF_BEFORE.search(s[max(0, m.start - 40):m.start])
    if not hit:
        return None
    word = _singular(hit.group("w"))
    if (word in _LENGTH_WORDS or word in HEADS or word in _PHRASE_STOP or word in LOOSE_MODIFIERS
            or any(p in _PERIOD_PARTS for p in word.split("-")) or word.endswith("ly")):
        return None
    return word


def _one_thing(a: str, b: str, size: int) -> bool:
    """Whether two words may name one thing a length is of: one stem ("marriage" / "married") or both of
    one marriage ("husband" / "wedding")."""
    a, b = _singular(a.lower()), _singular(b.lower())
    return a[:size] == b[:size] or (a in _MARRIAGE and b in _MARRIAGE)


def other_length(a: Value, b: Value, size: int = DEFAULT.disagree_length_stem,
                 window: int = DEFAULT.disagree_length_window) -> bool:
    """Whether ``a`` is the length of a thing it names (``Value.of``) and ``b`` is the length of something
    else: ``b`` names another thing, or no word of ``a``'s thing stands within ``window`` words of ``b``'s
    figure ("Queen Elizabeth's husband of 73 years" / "a leading figure in the royal family for almost seven
    decades": a marriage and a public life; "after 37 years of marriage" / "married for 38 years" stays)."""
    if a.type != "duration" or not a.of:
        return False
    if b.of:
        return not _one_thing(a.of, b.of, size)
    near = _near_words(b, window)
    if any(_one_thing(a.of, w, size) for w in near if _singular(w.lower()) not in _counted_words(b)):
        return False
    # "less than two days of deliberations" / "The jury took less than a day to reach a verdict": the other
    # figure's words say nothing the named length's sentence does not (the same happening, its activity left
    # unsaid); words of their own ("after sharing a bakery for 22 years") tell another length
    mine = {stem(w, size) for w in re.findall(r"[A-Za-z][\w'’-]*", a.sentence.text) if _content(w)}
    theirs = {stem(w, size) for w in near if _content(w)}
    return not theirs or not theirs <= mine


def _counted_words(v: Value) -> set[str]:
    """The nouns other figures of its sentence count ("for nearly 45 years, two failed marriages … later":
    marriages): a thing counted beside a length is not what the length is of (precision65)."""
    return {_singular(str(m.label).lower()) for m in v.sentence.mentions
            if m.kind == "number" and m is not v.mention and m.label and m.start != v.mention.start}


def _near_words(v: Value, window: int) -> list[str]:
    """The words within ``window`` words either side of a figure."""
    text = v.sentence.text
    return re.findall(r"[A-Za-z][\w'’-]*", text[:v.mention.start])[-window:] + \
        re.findall(r"[A-Za-z][\w'’-]*", text[v.mention.end:])[:window]


def _content(word: str) -> bool:
    """A word that says something of what a length is: no stop word, unit, figure word or hedge."""
    low = word.lower()
    return (len(low) > 2 and low not in _PHRASE_STOP and low not in LOOSE_MODIFIERS
            and _singular(low) not in DURATIONS and low not in ("it", "took", "take", "takes", "lasted", "last"))


# "a group of about 150 migrants", "a small band of 20 protesters": one group the story tells of
_ONE_GROUP_BEFORE = re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z]+\s+)?(?:group|band|contingent|party|cluster|convoy|"
                           r"column|busload|boatload|truckload|splinter\s+group)\s+of\s+$", re.I)


def one_group(v: Value) -> bool:
    """Whether a count is told as one group ("a group of about 150 migrants"): a part of a crowd the story
    may count as a whole ("hundreds of migrants massed at the border")."""
    return v.type == "count" and bool(_ONE_GROUP_BEFORE.search(v.sentence.text[max(0, v.mention.start - 40):v.mention.start]))


def group_in_crowd(a: Value, b: Value) -> bool:
    """Whether ``a`` counts one group ("a group of about 150 migrants") and ``b`` a crowd in a vague word
    ("hundreds of migrants"), with no happening in common to say they are the same people (both "were
    kidnapped"): a group and the crowd it left, two counts. Two groups, or a group and a figure, stay."""
    if not a.group or b.group or any(c.isdigit() for c in b.mention.text) or not vague_quantity(b.mention):
        return False
    return not (a.event and (a.event == b.event or re.search(rf"\b{re.escape(a.event)}\b", b.sentence.text, re.I)))


def other_kind(a: Value, b: Value, size: int = DEFAULT.disagree_kind_stem) -> bool:
    """Two figures of two things told in one frame — a kind and its whole (``narrower``), people of one age
    and people at large (``narrower_group``), a part of a sum and a sum (``part_of``), a rate and a figure of
    another denominator or period (``per``), lengths of two things (``other_length``), one group and a crowd
    (``group_in_crowd``) — either way round: never one slot."""
    return (narrower(a, b, size) or narrower(b, a, size) or narrower_group(a, b, size) or narrower_group(b, a, size)
            or part_of(a, b, size) or part_of(b, a, size) or a.per != b.per
            or other_lengths(a, b) or group_in_crowd(a, b) or group_in_crowd(b, a))


def other_lengths(a: Value, b: Value) -> bool:
    """``other_length`` either way round, for two different lengths only: an article stating the same length
    ("for 73 years") is taken to tell the same thing, so it still agrees (the slot's sides are then checked
    against the thing one of them names, ``slots.disagreement``)."""
    if a.type != "duration" or not (a.of or b.of) or math.isclose(float(a.point), float(b.point), rel_tol=1e-9):
        return False
    return other_length(a, b) or other_length(b, a)
