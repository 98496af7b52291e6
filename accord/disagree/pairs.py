"""Which values of two articles fill the same slot: candidate pairs, their features, and a learned
decision.

Two values are compared only when they are of one type and nothing in their frames sets them apart
(a different counted noun or event, a different person, a different place or day). Among the rest,
every value is matched with at most one value of each other article — the one whose context is most
alike (its masked sentence, the words either side of it, the sentence's meaning, its noun, event and
person) — and a pair counts only when the match is mutual. So an article that states the same figure
elsewhere is matched there, and a figure of another sub-event finds its own counterpart: the pair
of the same slot wins over a loosely similar one. Each mutual pair of different values then gets a
probability of being one slot from a logistic regression over the same features
(``accord/models/disagree_pairs*.json``, trained by ``scripts/train_disagree.py``).
"""
from __future__ import annotations

import json
import math
import re
from datetime import date
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from accord import embed, tfidf
from accord.analyse.numbers import QUALIFIERS, VAGUE, vague_quantity
from accord.disagree import deeds
from accord.disagree.placenames import one_place
from accord.disagree.values import (AGE_GROUPS, EVENT_CLASSES, HUMAN_EVENTS, NOUN_CLASSES, PART_NOUNS, Value,
                                   abbreviated_unit, other_kind, unit_of)
from accord.errors import AccordError
from accord.model import Sentence
from accord.options import DEFAULT, PACKAGE_DIR, Options
from accord.words import MONTH_NAMES_CAPITALISED, WEEKDAYS

FEATURES = (
    "sent", "win", "emb", "fact", "noun_same", "event_same", "anchor_same", "ent_jacc", "ratio", "overlap",
    "qual", "cross", "crowd", "words_same", "prev_same", "next_same", "place_same", "place_one", "day_same", "lead",
    "total_one", "listed", "vague_word",
    "t_count", "t_age", "t_money", "t_percent", "t_duration", "t_distance", "t_day", "t_year", "t_time",
    "t_score",
)
PLACES = {"GPE", "LOC", "FAC"}
# Past-tense event verbs a day right after names the day of ("died Thursday", "arrested Friday").
EVENT_WORDS = set("""died killed arrested shot born married released freed charged indicted convicted
sentenced injured wounded resigned fired hired elected appointed opened closed announced signed crashed
exploded struck collapsed disappeared vanished found discovered returned arrived left launched
checked""".split())
# weights of the match score that picks each value's counterpart in another article
MATCH = {"sent": 0.5, "win": 0.5, "emb": 0.3, "noun_same": 0.3, "event_same": 0.2, "anchor_same": 0.5,
         "ent_jacc": 0.2, "prev_same": 0.2, "next_same": 0.2}


@dataclass
class Pair:
    """Two values of different articles that are each other's best counterpart."""

    a: int  # index into the values
    b: int
    features: np.ndarray
    match: float
    # one slot for sure: two days of one event told the same way ("X died Thursday" / "X died Friday"),
    # or two ages of one named person ("Robert Buckley, 32" / "31-year-old Robert Buckley")
    event_day: bool = False


def _masked(sentence: Sentence, values: Sequence[Value]) -> str:
    """The sentence with each value replaced by its type: what is said of the value, not the value."""
    text = sentence.text
    for v in sorted(values, key=lambda v: -v.mention.start):
        if v.mention.end > v.mention.start:
            text = f"{text[:v.mention.start]} qq{v.type.split(':')[0]} {text[v.mention.end:]}"
    return text


def _window(v: Value, words: int = DEFAULT.disagree_context_words) -> str:
    text = v.sentence.text
    if v.mention.end <= v.mention.start:
        return text
    before, after = tfidf.terms(text[:v.mention.start]), tfidf.terms(text[v.mention.end:])
    return " ".join(before[-words:] + after[:words])


def _cosines(texts: list[str]) -> np.ndarray:
    try:
        m = tfidf.matrix(texts)
    except ValueError:
        return np.zeros((len(texts), len(texts)))
    return (m @ m.T).toarray()


# a resolved date's value that starts with its year ("2013-03-11", "2003-12", "1998")
_YEAR_FIRST = re.compile(r"\d{4}(?:-|$)")


def _entities(s: Sentence) -> tuple[set[str], set[str], set[str], set[str]]:
    """(names that are not places, places, resolved days, years) a sentence states."""
    names, places, days, years = set[str](), set[str](), set[str](), set[str]()
    for m in s.mentions:
        if m.kind == "entity" and m.value:
            (places if m.label in PLACES else names).add(str(m.value))
        elif m.kind == "date" and m.value:
            if m.label == "day":
                days.add(str(m.value))
            if _YEAR_FIRST.match(str(m.value)):  # a time of day ("20:30") names no year
                years.add(str(m.value)[:4])
    return names, places, days, years


def named_point(v: Value) -> str | None:
    """The named place a distance is measured from ("15 miles north of Detroit": "detroit"); "here"
    and "there" name none."""
    return v.head if v.type == "distance" and v.head and v.head not in ("here", "there") \
        and not v.head.startswith("the ") else None  # "the railroad bridge": a point unnamed


def days_told(s: Sentence) -> set[str]:
    """The days a sentence names, resolved or not ("Tuesday", "2022-01-11"): its resolved dates by
    their day, unresolved ones by their words."""
    return {str(m.value) if m.value else " ".join(m.text.lower().split())
            for m in s.mentions if m.kind == "date" and m.label == "day"}


# Types whose ``Value.head`` says what the figure is of: two values with two heads are two things
HEADED = ("duration", "distance", "count", "percent")


# Types whose figure is usually a person's own (a tenure, a sentence, a distance run, a fee): two
# sentences that each name people, none in common, tell two people's figures.
PERSONAL = {"duration", "distance"}


def _days_apart(a: str | None, b: str | None) -> float:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return 0.0


def vague_word(v: Value) -> bool:
    """A quantity in vague words only ("dozens", "a few", "several"), no figure: two such sides
    cannot be checked against each other. A number spelled out with a bound ("almost eight
    minutes", "more than two decades") is a figure (as ``slots`` types it), and so is a vague word
    whose range is one number ("about a dozen")."""
    if any(c.isdigit() for c in v.mention.text) or not vague_quantity(v.mention):
        return False
    q = (v.mention.qualifier or "").lower()
    return not any((q == k or q.endswith(f" {k}")) and low == high for k, (low, high) in VAGUE.items())


class Frames(dict):
    """Each sentence's (names, places, days, years), read once per sentence key."""

    def of(self, s: Sentence) -> tuple[set[str], set[str], set[str], set[str]]:
        if s.key not in self:
            self[s.key] = _entities(s)
        return self[s.key]


def compatible(a: Value, b: Value, frames: Frames, published: dict[str, str], max_ratio: float = 4.0,
               frame_words: int | None = None, options: Options = DEFAULT) -> bool:
    """Whether nothing in the frames of ``a`` and ``b`` sets them apart (see the module docstring);
    ``frame_words``: see ``same_frame`` (``options.disagree_measure_words`` when not given). Two
    polls' questions (``same_question``) are judged in ``candidates`` only: this test merges groups
    of counts (``slots._merge_slots``), never shares."""
    frame_words = options.disagree_measure_words if frame_words is None else frame_words
    if a.type != b.type or a.article == b.article:
        return False
    if not same_frame(a, b, frame_words, options.disagree_measure_stem):
        return False  # "a 10-year risk" / "shrank over 30 years": measures of two things
    if a.type in HEADED and not same_head(a, b):
        return False  # "three years' probation" / "two years in prison"; "of traffic" / "of communications"
    if a.type == "duration" and len({direction(a), direction(b)} - {None}) == 2:
        return False  # "in the next 40 years" / "over the last 30 years": a forecast and a past period
    if a.type == "count":
        if a.noun != b.noun or (a.noun is None and not a.event):
            return False  # "two counts" and "one day"; bare numbers with nothing to say what they count
    if a.type == "age":
        if not (a.anchor and a.anchor == b.anchor):
            return False  # the ages of two people, or of someone unnamed
        if _days_apart(published.get(a.article), published.get(b.article)) > options.disagree_age_drift_days:
            return False
    if a.numeric:
        lo, hi = sorted((abs(float(a.point)), abs(float(b.point))))
        if hi > (max_ratio if a.type == "count" else options.disagree_max_ratio) * max(lo, 1e-9):
            return False
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if a.noun == b.noun == "people" and (a.event is None) != (b.event is None):
        return False  # "three people were killed" / "five people with expertise": a toll and some group
    if a.type == "count" and (a.event in HUMAN_EVENTS and b.event is None or b.event in HUMAN_EVENTS and a.event is None):
        return False  # "400 protesters detained" / "several hundred protesters set up barricades"
    if a.type != "age" and worldwide(a) != worldwide(b):
        return False  # "has brought in $363 million" / "$459 million around the globe": a part and the whole
    if a.event and b.event and a.event != b.event and (a.event in EVENT_CLASSES or b.event in EVENT_CLASSES
                                                       or a.list_object or b.list_object):
        return False  # killed / injured, sent / passed; two other verbs ("comprise", "sing") say too little
    if a.type == "count" and deeds.apart(a.deed, b.deed):
        return False  # "stranded 30,000 commuters" / "delayed 45,000"; power / water (precision68)
    if a.anchor and b.anchor and a.anchor != b.anchor:
        return False
    if vague_word(a) and vague_word(b):
        return False  # "dozens" and "scores": neither can be checked against the other
    if a.owner and b.owner and a.owner != b.owner:
        return False  # Carter's 14 points and VanDeest's 13; one team's offer and another's
    if a.rate != b.rate:
        return False  # an average or a figure per game, and one game's figure
    if _without_part(a, b) or _without_part(b, a):
        return False  # "20 dead, including the three gunmen" / "17 killed": one toll, told with and without
    if (a.tally or b.tally) and not (a.owner and a.owner == b.owner and a.sole and b.sole):
        return False  # "added 16 points" / "had 14": whose tally is unsaid, a box score has dozens
    fa, fb = frames.of(a.sentence), frames.of(b.sentence)
    if a.place and b.place and a.place != b.place:
        return False  # "in Idaho" / "in Ohio"
    if a.extra != b.extra:
        return False  # "an additional six engines" / "eight engines": an increment and a total
    if a.before_more != b.before_more:
        return False  # "rape against one woman ... two other women" / "encounters with two women" (precision47)
    if ruined(a) and struck(b) or ruined(b) and struck(a):
        return False  # "reduced three towns to rubble" / "struck several towns": the towns ruined, all struck
    if other_kind(a, b, options.disagree_kind_stem):
        return False  # "anti-Semitic hate crimes" / "hate crimes" in an article that names no such kind
    if change_of(a) and change_of(b) and change_of(a) != change_of(b):
        return False  # "212,672 migrants …, a 13 percent increase" / "200,000 arrests …, a 12% increase" (precision47)
    if apart_areas(a, b) or apart_areas(b, a):
        return False  # "13 inches of snow on portions of central Iowa" / "Madison got 15.2 inches" (precision47)
    if a.held != b.held:
        return False  # "cables carrying 75 percent of traffic" / "70% of traffic disrupted": held, lost
    if a.part != b.part:
        return False  # "six Americans, a French national and …" / "at least eight killed": a part, the total (mend84)
    basis = {tax_basis(v, options.disagree_tax_after, options.disagree_tax_before) for v in (a, b)}
    if len(basis - {None}) == 2:
        return False  # "$19 million before taxes" / "$17 million after taxes": gross and net (precision65)
    if len({price_moment(a), price_moment(b)} - {None}) == 2:
        return False  # "closed at $137.95" / "trading at $135.57 Friday morning": two moments (precision65)
    if len({described_by(v, options.disagree_described_window) for v in (a, b)} - {None}) == 2:
        return False  # "two songs Ms. Slick brought" / "several songs co-written by Balin" (precision65)
    if scopes_apart(a, b):
        return False  # "In Macedonia, more than 70 percent" / "Across the European Union, nearly half" (precision65)
    if margin(a) != margin(b):
        return False  # "leads by 59 percent" / "57 percent disapprove": a margin and a share (precision65)
    if rates_apart(a, b, fa[1], fb[1]):
        return False  # the average in China / in Niger (precision65)
    da, db = days_told(a.sentence), days_told(b.sentence)
    if a.extra and (da or db) and not da & db:
        return False  # "Sixty-five more were killed on Tuesday" / "dozens more killed": two days' increments
    if (a.local or b.local) and not (a.place and a.place == b.place):
        return False  # "over a hundred in Almaty" (beside the article's total) / "at least 164"
    if a.type == "count" and ((spans(a) and not spans(b) and fb[2]) or (spans(b) and not spans(a) and fa[2])):
        return False  # "46 arrested on Wednesday night" / "over 50 arrests over four nights": a part by time
    if a.type == "count" and (spans_length(a) or spans_length(b)) and not (spans(a) and spans(b)):
        return False  # "46 people had been arrested" / "over 50 arrests over four nights": one night's, all
    if (spans_from_day(a) or spans_from_day(b)) and not (spans(a) and spans(b)):
        return False  # "dozens have died since March 30" / "at least 37 have been killed": all days, one (precision46)
    if a.type not in ("day", "time") and fa[2] and fb[2] and not fa[2] & fb[2]:
        return False  # a toll per day, or one that has since grown
    if a.type not in ("day", "time") and (told_after(fa[2], published.get(b.article))
                                          or told_after(fb[2], published.get(a.article))):
        return False  # "more than 200 set off on Wednesday night" / a page of Monday's "nearly 100 set off"
    if a.type not in ("day", "year", "time") and fa[3] and fb[3] and not fa[3] & fb[3]:
        return False  # figures of different years
    return True


# the words right before a period that say which way it runs from the time of writing
_PAST_PERIOD = re.compile(r"\b(?:last|past|previous|preceding)\s+(?:[a-z-]+\s+)?$", re.I)
_NEXT_PERIOD = re.compile(r"\b(?:next|coming|upcoming)\s+(?:[a-z-]+\s+)?$", re.I)


# a count that says it covers several days or nights, or all the time since something
_LENGTH = (r"\b(?:over|in|during|across|throughout|after)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
           r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days|nights|weeks|months)\b")
_SPAN = re.compile(_LENGTH + r"|\bsince\s+(?:the\s+)?[a-z]", re.I)
_SPAN_LENGTH = re.compile(_LENGTH, re.I)


_WORLD = re.compile(r"\b(?:worldwide|around the (?:world|globe)|globally|across the (?:world|globe)|internationally)\b", re.I)


def worldwide(v: Value) -> bool:
    """Whether the figure's sentence says it is the world's ("worldwide", "around the globe"): one
    market's figure is a part of it."""
    return bool(_WORLD.search(v.sentence.text))


def spans_length(v: Value) -> bool:
    """Whether the figure's sentence says how many days or nights it counts over ("over 50 arrests
    over four nights", "in three days of fighting"): a total of those days, never one slot with a
    figure that names no span ("46 people had been arrested": one night's, a reader's F), only with
    another figure over a span."""
    return bool(_SPAN_LENGTH.search(v.sentence.text))


# precision46: a count told as all since a named day ("since March 30", "since Jan. 1", "since Monday"): a total
# over the days from then, never "since the quake", which is one event's toll however it is told
# (a day of a month or a weekday: "not seen since March 2020", "the lowest since May" compare, they count nothing)
_SINCE_DAY = re.compile(r"(?<!seen )(?<!recorded )\bsince\s+(?:" + MONTH_NAMES_CAPITALISED + r"\.?\s+\d{1,2}\b|"
                        + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")
_SINCE_COMPARED = re.compile(r"\b(?:lowest|highest|lows?|highs?|most|fewest|largest|biggest|worst|best|first time|"
                             r"seen|recorded|level)\b[^.;,]{0,20}$", re.I)


def spans_from_day(v: Value) -> bool:
    """Whether the count's sentence says it runs since a named day ("Dozens of demonstrators have died …
    during protests since March 30"): a total of all the days since, compared only with another count over a
    span, never with a count that names none ("At least 37 Palestinians have been killed …", one day's toll
    in a story of weeks of protests). "since the shooting" (one event's toll) is left to ``spans``."""
    return v.type == "count" and any(not _SINCE_COMPARED.search(v.sentence.text[max(0, hit.start() - 40):hit.start()])
                                     for hit in _SINCE_DAY.finditer(v.sentence.text))


def spans(v: Value) -> bool:
    """Whether the figure's sentence counts over several days or since an event ("over four nights",
    "since the shooting"): a total by time, of which one day's figure is a part."""
    return bool(_SPAN.search(v.sentence.text))


# what befell the counted things is their ruin ("reduced three towns to rubble", "destroyed 40 homes",
# "12 homes were flattened"): a part of the things a quake or storm struck, hit or affected ("struck several
# towns"), never the same slot (precision47); things damaged stay comparable with things ruined (one gold
# slot tells villages "flattened", "damaged" and "destroyed or damaged")
_STRUCK_BEFORE = re.compile(r"\b(?:struck|strikes|striking|hit|hits|hitting|affected|affecting|rocked|rocking|shook|"
                            r"shaking|jolted|jolting|battered|battering)\s+(?:the\s+|some\s+)?$", re.I)
_RUIN_BEFORE = re.compile(r"\b(?:destroy(?:ed|ing|s)?|flatten(?:ed|ing|s)?|level+(?:ed|ing|s)?|raz(?:ed|ing|es)|"
                          r"demolish(?:ed|ing|es)?|obliterat(?:ed|ing|es)|wip(?:ed|ing|es)\s+out)\s+(?:the\s+|some\s+)?$",
                          re.I)
_RUIN_AFTER = re.compile(r"^\s+(?:(?!and\b|or\b|but\b)[\w'’-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been|are|all)\s+)*"
                         r"(?:(?:destroyed|flattened|level+ed|razed|demolished|obliterated|wiped\s+out)\b|"
                         r"to\s+(?:rubble|ruins?|the\s+ground|ashes)\b)", re.I)


def ruined(v: Value) -> bool:
    """Whether the count is of things told ruined: destroyed, flattened, razed, reduced to rubble."""
    if v.type != "count":
        return False
    text = v.sentence.text
    return bool(_RUIN_BEFORE.search(text[:v.mention.start]) or _RUIN_AFTER.match(text[v.mention.end:]))


def struck(v: Value) -> bool:
    """Whether the count is of things told struck or hit ("struck several towns"), not what befell them."""
    return v.type == "count" and bool(_STRUCK_BEFORE.search(v.sentence.text[:v.mention.start]))


# a share told as a change ("a 13 percent increase", "a 12% drop") of a count its sentence gives before it
# ("212,672 migrants were encountered in July, a 13 percent increase"): the change is of that count's thing,
# and two changes of counts of two things ("migrants encountered" / "arrests") are two metrics (precision47)
_CHANGE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:increase|rise|jump|surge|spike|gain|drop|decline|decrease|fall|"
                           r"dip|climb)\b", re.I)
_NOT_COUNTED = {"year", "month", "week", "day", "hour", "minute", "percent", "time", "decade", "century"}
_WORD_AFTER = re.compile(r"^\s+([a-z][a-z-]+)", re.I)


def change_of(v: Value) -> str | None:
    """What a share told as a change is a change of: the stem of the thing the nearest count before it
    in its sentence counts, or None (no change, no such count, or a sum)."""
    if v.type != "percent" or not _CHANGE_AFTER.match(v.sentence.text[v.mention.end:]):
        return None
    before = [m for m in v.sentence.mentions if m.kind == "number" and m.end <= v.mention.start
              and m.label not in _NOT_COUNTED and m.text.lstrip()[:1] not in "$€£¥" and "%" not in m.text
              and "percent" not in m.text.lower()]
    if not before:
        return None
    m = max(before, key=lambda x: x.end)
    word = m.label
    if not word:
        after = _WORD_AFTER.match(v.sentence.text[m.end:])
        word = after.group(1) if after else None
    return word.lower()[:5] if word else None


# precision65: money told before taxes ("will amount to just over $19 million before taxes", "a pre-tax
# profit of $5 million") and after them ("walked away with more than $17 million after taxes"): a gross and
# a net sum, two quantities however alike the sentences
_GROSS = re.compile(r"\b(?:before\s+(?:income\s+)?tax(?:es)?|pre-?\s?tax|gross)\b", re.I)
_NET = re.compile(r"\b(?:after\s+(?:income\s+)?tax(?:es)?|after-tax|net\s+of\s+tax(?:es)?|take-home)\b", re.I)
_MONEY_MARK = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan)\b", re.I)  # another sum's mention


def tax_basis(v: Value, after_chars: int = DEFAULT.disagree_tax_after,
              before_chars: int = DEFAULT.disagree_tax_before) -> str | None:
    """"gross" or "net" for a sum its own words tell before or after tax, else None: the words right
    after it up to the next sum or clause break, else right before it back to the previous one."""
    if not v.type.startswith("money"):
        return None
    text = v.sentence.text
    others = [m for m in v.sentence.mentions if m.kind == "number" and m is not v.mention and _MONEY_MARK.search(m.text)]
    end = min([m.start for m in others if m.start >= v.mention.end] + [v.mention.end + after_chars, len(text)])
    after = re.split(r"[;:()]|,\s+(?:or|and|but|while)\b", text[v.mention.end:end])[0]
    start = max([m.end for m in others if m.end <= v.mention.start] + [v.mention.start - before_chars, 0])
    before = re.split(r"[;:(),]", text[start:v.mention.start])[-1]
    for words in (after, before):
        gross, net = bool(_GROSS.search(words)), bool(_NET.search(words))
        if gross != net:
            return "gross" if gross else "net"
    return None


# precision65: a share or a count of points told as a margin ("leads by 59 percent", "won women by 11 points",
# "trails by 4 points"): the gap between two sides, never one slot with a share or a count that is no margin
# ("Fifty-seven percent disapprove", "down 21 points since January and 10 points in the past month")
_MARGIN_BEFORE = re.compile(r"\b(?:leads?|leading|won|wins?|winning|beat|beats|beating|trails?|trailed|trailing|"
                            r"ahead|behind)\b(?:\s+[\w'’-]+){0,4}?\s+by\s+$|\bled(?:\s+[\w'’-]+){1,4}?\s+by\s+$|"
                            r"\bedged?\s+(?!(?:up|down|higher|lower|back)\b)[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+by\s+$|\bmargin\s+of\s+$", re.I)
# mend84: what makes "by N percent" no margin: a whole after it ("won approval by 62 percent of voters": a share)
# or a noun it sizes ("led by 14 percent growth"); "edged up by" is a change, and "led by" with no one between
# is the passive ("rose, led by …"), so neither is a margin verb
_NOT_MARGIN_AFTER = re.compile(r"^\s*(?:of|among\s+all)\b|^\s*(?:growth|gains?|rises?|increases?|jumps?|declines?|"
                               r"drops?|falls?|cuts?|hikes?|surges?|slides?|climbs?|rally|advances?)\b", re.I)


def margin(v: Value) -> bool:
    """Whether a share or a count of points is told as a margin (see above); its qualifier is in its mention."""
    if not (v.type == "percent" or v.type == "count" and v.noun == "point"):
        return False
    text, m = v.sentence.text, v.mention
    if _NOT_MARGIN_AFTER.match(text[m.end:m.end + 30]):
        return False
    return bool(_MARGIN_BEFORE.search(text[max(0, m.start - 80):m.start]))


# precision65: a share price told at the close ("It closed Friday at $137.95", "ended the day at") and
# one told while trading ("shares are trading at $135.57 Friday morning") or at the opening: two moments'
# prices, never one slot
_PRICE_MOMENTS = (("close", re.compile(r"\b(?:closed|closing|ended|finished|settled)\b(?:\s+[\w'’.-]+){0,4}?\s+at\s+$", re.I)),
                  ("open", re.compile(r"\b(?:opened|opening|(?:began|begins|begin|started|starts|start)\s+trading)\b"
                                      r"(?:\s+[\w'’.-]+){0,4}?\s+at\s+$", re.I)),
                  ("trading", re.compile(r"\b(?:trading|traded|trades|changing\s+hands|hovering|hovered)\b"
                                         r"(?:\s+[\w'’.-]+){0,4}?\s+(?:at|around|near)\s+$", re.I)))


def price_moment(v: Value) -> str | None:
    """"close", "open" or "trading" for a sum told as a price at that moment of a trading day (see above)."""
    if not v.type.startswith("money"):
        return None
    before = re.split(r"[;:,(]", v.sentence.text[max(0, v.mention.start - 60):v.mention.start])[-1]
    return next((name for name, words in _PRICE_MOMENTS if words.search(before)), None)


# precision65: where a clause right after a count names whose things they are ("two songs Ms. Slick brought to
# the band", "several songs co-written by Balin", "three goals scored by Lopez"), up to a clause break
_DESCRIBED_END = re.compile(r"[,;:()—–\"“”]|\s(?:and|but|while|which|that|who)\s")


def described_by(v: Value, window: int = DEFAULT.disagree_described_window) -> str | None:
    """The person named in the words right after a count nothing is said to have happened to (see above):
    two such counts of two people's things are two sets, never one slot."""
    if v.type != "count" or v.event or v.mention.end <= v.mention.start:
        return None
    rest = v.sentence.text[v.mention.end:v.mention.end + window]
    cut = _DESCRIBED_END.search(rest)
    end = v.mention.end + (cut.start() if cut else len(rest))
    people = [e for e in v.sentence.of_kind("entity") if e.label == "PERSON" and e.value and v.mention.end <= e.start < end]
    return str(people[0].value) if people else None


# precision65: a share's opening scope ("Across the European Union, nearly half of young adults …", "In Macedonia,
# more than 70 percent …"): the area the whole is of, like a place its own clause names
_OPENING_SCOPE = re.compile(r"^\W*(?i:in|across|throughout|within)\s+(?:the\s+)?(?P<area>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,")


_WHEN_WORD = re.compile(r"(?:" + MONTH_NAMES_CAPITALISED + "|" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")


def share_scope(v: Value) -> str | None:
    """The area a share is of: the place its own clause names, else the area its sentence opens with."""
    if v.type != "percent":
        return None
    if v.place and any(e.label in PLACES and e.value == v.place for e in v.sentence.of_kind("entity")):
        return v.place  # a place the tagger names ("In Macedonia"), not a capitalised opening word ("Nearly")
    hit = _OPENING_SCOPE.match(v.sentence.text)
    if not hit or _WHEN_WORD.match(hit.group("area")):
        return None  # "In March, 40 percent …", "In Tuesday's poll, …": when, not where
    return hit.group("area")


def scopes_apart(a: Value, b: Value) -> bool:
    """Two shares of two areas ("In Macedonia, more than 70 percent of 18- to 34-year-olds" / "Across the
    European Union, nearly half of young adults"): neither area's name holds the other's."""
    x, y = share_scope(a), share_scope(b)
    if not (x and y) or x in y or y in x:
        return False
    if one_place(x, y):
        return False  # mend84: "In Britain" / "In the UK", "In Holland" / "In the Netherlands": one area's names
    # mend84: the other sentence names this area too ("In England, 22 percent" / "Across England and Wales, 30
    # percent"): one may hold the other
    return not (_names_area(b.sentence.text, x) or _names_area(a.sentence.text, y))


def _names_area(text: str, area: str) -> bool:
    return bool(re.search(r"\b" + re.escape(area) + r"\b", text))


def rates_apart(a: Value, b: Value, places_a: set[str], places_b: set[str]) -> bool:
    """precision65: two averages ("Chinese women were bearing an average of six children" / "Niger, where
    the average woman has seven children") are of the population of the place each sentence names:
    sentences naming only other places tell two populations' averages."""
    return a.rate and b.rate and bool(places_a) and bool(places_b) and not places_a & places_b


# a figure its own phrase gives for part of a place ("13 inches of snow on portions of central Iowa", "up to
# a foot across parts of Ohio"): the figure of that area, never one slot with a figure whose sentence gives it
# for another place ("the city of Madison, Wisconsin, got 15.2 inches") (precision47)
_AREA_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:on|in|across|over|throughout)\s+(?:some\s+)?(?:portions|parts|areas|"
                         r"sections|swaths|much)\s+of\s+(?:the\s+)?", re.I)


def _place_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2)


def area_of(v: Value) -> frozenset[str]:
    """The words of the place a figure's own phrase gives it for ("on portions of central Iowa": iowa)."""
    if not v.numeric:
        return frozenset()
    hit = _AREA_AFTER.match(v.sentence.text[v.mention.end:])
    if not hit:
        return frozenset()
    at = v.mention.end + hit.end()
    for m in v.sentence.mentions:
        if m.kind == "entity" and m.label in PLACES and at <= m.start <= at + 15:
            return _place_words(m.text)
    return frozenset()


_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+", re.I)


def place_before(v: Value) -> frozenset[str]:
    """The words of the places its own clause names before the figure ("…, and the city of Madison,
    Wisconsin, got 15.2": madison, wisconsin), else of the place named last before it in its sentence."""
    text = v.sentence.text[:v.mention.start]
    start = max((m.end() for m in _CLAUSE_JOIN.finditer(text)), default=0)
    before = [m for m in v.sentence.mentions if m.kind == "entity" and m.label in PLACES and m.end <= v.mention.start]
    own = [m for m in before if m.start >= start]
    if not own and before:
        own = [max(before, key=lambda m: m.end)]
    return frozenset().union(*(_place_words(m.text) for m in own))


def _areas_apart(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether ``a`` is given for an area and ``b`` for a place with no word of it."""
    other = b[0] or b[1]
    return bool(a[0] and other and not a[0] & other)


def apart_areas(a: Value, b: Value) -> bool:
    """Whether ``a`` is a figure for part of one place and ``b`` a figure told for another place."""
    return _areas_apart((area_of(a), place_before(a)), (area_of(b), place_before(b)))


def direction(v: Value) -> str | None:
    """``past`` for "over the last 30 years", ``next`` for "in the next 40 years", else None: a
    forecast's horizon and a past period are two measures, whatever words they share."""
    if v.mention.end <= v.mention.start:
        return None
    before = v.sentence.text[max(0, v.mention.start - 30):v.mention.start]
    return "past" if _PAST_PERIOD.search(before) else "next" if _NEXT_PERIOD.search(before) else None


def same_head(a: Value, b: Value) -> bool:
    """Whether two durations, distances, counts or shares may be of one thing (``Value.head``: a
    term of custody or probation, the point a distance is from, what a counted noun is "of", the
    words of a share's whole): the same head (for a share, a word of the whole in common: "of
    traffic" / "of internet traffic"), or one unsaid — except the time between two events ("nine
    days before the inauguration"), never how long one lasted."""
    if "offset" in (a.head, b.head):
        return a.head == b.head
    if a.head is None or b.head is None:
        return True
    return bool(set(a.head.split("|")) & set(b.head.split("|")))  # a share's whole: one word in common


def _without_part(a: Value, b: Value) -> bool:
    """Whether ``b`` is ``a``'s total less the part ``a`` says it includes."""
    return bool(a.included) and math.isclose(float(a.point) - a.included, float(b.point), rel_tol=1e-9)




# a bound a writer puts on a figure just beside it: "just under five minutes" for 4:48
_TIGHT_BELOW = frozenset({"just under", "nearly", "almost"})
_TIGHT_ABOVE = frozenset({"just over"})


def _tightly_bounds(bound: Value, exact: Value, tight: float) -> bool:
    """Whether ``bound`` ("just under 5") is a tight bound and ``exact`` a figure on its side within
    ``tight`` (a share) of it: the same figure rounded to the bound."""
    q = (bound.mention.qualifier or "").lower()
    point, x = float(bound.point), float(exact.point)
    if exact.low != exact.high or point <= 0 or abs(x - point) > tight * point:
        return False
    return (q in _TIGHT_BELOW and x < point) or (q in _TIGHT_ABOVE and x > point)


# bounds that put a figure strictly below the number they name, and those that put it at or above it
BELOW = frozenset({"nearly", "almost", "just under", "less than", "fewer than", "under", "close to", "below",
                    "just shy of", "shy of", "just short of"})
ABOVE = frozenset({"more than", "over", "at least", "just over", "upwards of", "in excess of", "well over",
                    "no fewer than", "no less than", "above"})


# a second bound right before a figure's own ("over nearly $100 billion"): a garbled bound, no side
_BOUND_BEFORE = re.compile(r"\b(?:over|more\s+than|above|at\s+least|under|less\s+than|fewer\s+than|below|"
                           r"nearly|almost|up\s+to)\s+$", re.I)


def bounds_meet(a: Value, b: Value, tight: float = DEFAULT.disagree_tight_bound) -> bool:
    """Whether two bounds from either side hold one figure between them, within ``tight`` (a share) of each
    other ("close to 9,500" / "more than 9,400": about 9,450 told two ways; precision45): the same figure,
    no disagreement. Bounds further apart ("nearly 1,400" / "more than 1,000", a count that grew) and bounds
    either side of one number ("nearly 300" / "more than 300", ``either_side``) stay values apart."""
    if not a.numeric or vague_word(a) or vague_word(b):
        return False  # "more than several": no figure
    qa, qb = (a.mention.qualifier or "").lower(), (b.mention.qualifier or "").lower()
    for below, above, q_below, q_above in ((a, b, qa, qb), (b, a, qb, qa)):
        if q_below in BELOW and q_above in ABOVE:
            top, floor = float(below.point), float(above.point)
            return floor < top and top - floor <= tight * top
    return False


def either_side(a: Value, b: Value) -> bool:
    """Whether two values of one number are bounded on opposite sides of it ("nearly 300" / "more
    than 300": one is below, the other at or above). A figure with two bounds ("over nearly $100
    billion", a garbled copy) is on neither side."""
    if a.numeric and not math.isclose(float(a.point), float(b.point), rel_tol=1e-9):
        return False
    qa, qb = (a.mention.qualifier or "").lower(), (b.mention.qualifier or "").lower()
    if any(_BOUND_BEFORE.search(v.sentence.text[max(0, v.mention.start - 20):v.mention.start]) for v in (a, b)):
        return False
    return (qa in BELOW and qb in ABOVE) or (qa in ABOVE and qb in BELOW)


# "1 hour, 30 minutes", "2 hours and 15 minutes": a length written in two units, down to the finer one; the
# word after the first figure must be a unit of time (mend113: "3 to 4 hours", "between 2 and 3 hours" are ranges)
_COMPOUND = re.compile(r"\d\s*(?P<unit>[a-z]+)\.?\s*,?\s*(?:and\s+)?\d", re.I)


def compound(v: Value) -> bool:
    """recall72: a figure written in two units ("1 hour, 30 minutes") is exact to its finer unit, never a
    figure converted from another unit and rounded: "1 hour, 30 minutes" / "91 minutes" are two lengths.
    Used for lengths of time only: a height in feet and inches is often a conversion of metres, rounded."""
    hit = _COMPOUND.search(v.mention.text)
    unit = unit_of(hit.group("unit")) if hit else None
    return unit is not None and unit[0] == "duration"


def exact_against(a: Value, b: Value) -> bool:
    """Whether ``a`` is a length written in two units and ``b`` is told in a unit finer than ``a``'s first
    one ("1 hour, 30 minutes" / "91 minutes"): then ``b`` cannot be ``a`` converted and rounded. mend113: a
    coarser round figure ("11 hours, 50 minutes" / "half a day", "29 minutes and 40 seconds" / "half an
    hour") is still the other outlet rounding, whatever the two-unit side's precision."""
    if not compound(a):
        return False
    first, other = _time_unit(a), _time_unit(b)
    return first is not None and other is not None and other < first


def _time_unit(v: Value) -> float | None:
    """Days per unit of a length's unit word, written out or abbreviated ("99 MIN.", no label), else None
    (an unknown unit is taken for a rounding: the conversion test stays on)."""
    unit = unit_of(v.mention.label or abbreviated_unit(v.mention, v.sentence) or "")
    return unit[1] if unit is not None and unit[0] == "duration" else None


def _unit_word(v: Value) -> str:
    return (v.mention.label or "").lower().rstrip("s")


_METRIC = {"kilometre", "kilometer", "km", "metre", "meter"}
_IMPERIAL = {"mile", "foot", "feet", "yard", "inche", "inch"}


def _system(v: Value) -> str | None:
    """"metric" or "imperial" for a distance's unit: outlets convert between the two and round."""
    w = _unit_word(v)
    return "metric" if w in _METRIC else "imperial" if w in _IMPERIAL else None


# qualifiers that make a figure the top of its estimate ("as many as 40", "up to 40", "nearly 40")
_TOPPED = frozenset({"near", "under"})


def _top_bound(v: Value) -> bool:
    """Whether ``v``'s figure is the top of its estimate: a bound from below ("as many as 40", "up
    to 40") or a range written out ("30 to 40", "three or four")."""
    q = (v.mention.qualifier or "").lower()
    return QUALIFIERS.get(q) in _TOPPED or (not q and v.low < v.high)


def _top(v: Value) -> float | None:
    """The top of an estimate: a bound's or a written range's top, an approximation's own figure
    ("about 40": 40), else None."""
    if _top_bound(v):
        return v.high
    return float(v.point) if QUALIFIERS.get((v.mention.qualifier or "").lower()) == "approx" else None


def same_estimate(a: Value, b: Value) -> bool:
    """Two estimates with one top, one a bound or a range ("as many as 40" / "30 to 40", "about 40"
    / "30 to 40", "up to 40" / "three dozen to 40"): the same figure in other words, not two values."""
    ta, tb = _top(a), _top(b)
    return ta is not None and tb is not None and (_top_bound(a) or _top_bound(b)) \
        and math.isclose(ta, tb, rel_tol=1e-9)


def in_coarser_unit(bound: Value, exact: Value) -> bool:
    """Whether a bound on a length of time told in a coarser unit admits an exact figure told in a
    finer one that rounds to it ("more than a week" / "eight days", "less than two weeks" / "12 days", "nearly an hour" /
    "55 minutes"), or a bound the same way in the finer unit that rounds to it ("less than a month" /
    "less than four weeks", "more than two decades" / "more than 21 years"): the same length in other
    words, no disagreement. One unit ("more than 50" / "54"), a figure the bound excludes ("more than a
    week" / "five days") and bounds either way ("more than a month" / "less than four weeks") stay
    values apart."""
    kind = QUALIFIERS.get((bound.mention.qualifier or "").lower())
    if bound.type != "duration" or exact.type != "duration":
        return False
    if exact.low != exact.high and QUALIFIERS.get((exact.mention.qualifier or "").lower()) != kind:
        return False  # an exact figure, or a bound the same way ("less than four weeks" / "less than a month")
    coarse, fine = unit_of(bound.mention.label or ""), unit_of(exact.mention.label or "")
    if kind not in ("over", "near", "under") or not coarse or not fine or coarse[0] != fine[0] \
            or fine[1] >= coarse[1]:
        return False
    figure, told = float(bound.point) / coarse[1], float(exact.point) / coarse[1]
    if kind == "over":
        return told > figure and math.floor(told + 1e-9) == round(figure)
    return told < figure and math.ceil(told - 1e-9) == round(figure)


def vague_holds_bound(vague: Value, bound: Value) -> bool:
    """Whether a quantity in words ("millions", "thousands") holds a bounded figure's number ("at
    least two million", "as many as 10,000"): neither side is checkable against the other, so they
    do not disagree. An exact figure ("2,400" / "thousands") or an approximate one stays a value
    apart, and so does a bound outside the words' range ("at least 200" / "thousands")."""
    if (vague.mention.qualifier or "").lower() not in VAGUE or bound.low == bound.high:
        return False
    if QUALIFIERS.get((bound.mention.qualifier or "").lower()) not in ("over", "under", "near"):
        return False
    return vague.low <= float(bound.point) <= vague.high


def converted_alike(a: Value, b: Value, drift: float = DEFAULT.disagree_rate_drift) -> bool:
    """Whether two sums of money differ only by the rate a writer converted at: both restate the
    same figure of another currency ("euro110 billion ($141 billion)" / "110 billion euros ($158
    billion)", whatever the gap), or one is a conversion and the other, a bare sum, is within
    ``drift`` of it ("a $144 billion bailout"). Readers count these as one sum, not a
    disagreement; two conversions of different originals still differ. ``drift``: the rates of a few
    days or outlets ("euro110 billion ($141 billion)" / "($144 billion)", 2% apart)."""
    if not (a.type.startswith("money:") and (a.original or b.original)):
        return False
    if a.original and b.original:
        return a.original[0] == b.original[0] and math.isclose(a.original[1], b.original[1], rel_tol=1e-9)
    x, y = float(a.point), float(b.point)
    return abs(x - y) <= drift * max(abs(x), abs(y))


def four_weeks_a_month(a: Value, b: Value) -> bool:
    """Whether one length is told in weeks and the other in months, a month counted as four weeks ("eight
    weeks" / "two months", "four weeks" / "a month"; precision45): one length, the way news counts it.
    "three weeks" / "a month" and "six weeks" / "two months" stay values apart."""
    if a.type != "duration" or b.type != "duration" or a.mention.value is None or b.mention.value is None:
        return False
    if QUALIFIERS.get((a.mention.qualifier or "").lower()) != QUALIFIERS.get((b.mention.qualifier or "").lower()):
        return False  # "less than four weeks" / "more than a month": bounds either way are apart
    units = {_unit_word(a): float(a.mention.value), _unit_word(b): float(b.mention.value)}
    return set(units) == {"week", "month"} and math.isclose(units["week"], 4 * units["month"], rel_tol=1e-9)


def same_value(a: Value, b: Value, tight: float = DEFAULT.disagree_tight_bound) -> bool:
    """Equal values are never a disagreement: the same point ("19" / "at least 19"), the same
    figure rounded ("89%" / "89.4%"), an exact figure a tight bound rounds ("just under five" / 4.8,
    within ``tight`` of the bound), or, for days, the same day or the same unresolved words
    ("Thursday" / "Thursday"). Bounds either side of one figure are not one value: "nearly 300"
    and "more than 300" cannot both be true."""
    if a.numeric:
        x, y = float(a.point), float(b.point)
        if math.isclose(x, y, rel_tol=1e-9):
            return not either_side(a, b)
        if _tightly_bounds(a, b, tight) or _tightly_bounds(b, a, tight) or bounds_meet(a, b, tight):
            return True
        if converted_alike(a, b):
            return True  # "euro110 billion ($141 billion)" / "a $144 billion bailout": one sum, two rates
        if in_coarser_unit(a, b) or in_coarser_unit(b, a) or same_estimate(a, b):
            return True  # "more than a week" / "eight days"; "as many as 40" / "30 to 40"
        if four_weeks_a_month(a, b):
            return True  # "eight short weeks" / "two months": a month counted as four weeks
        if a.type in ("distance", "duration") and _unit_word(a) != _unit_word(b) \
                and not (a.type == "duration" and (exact_against(a, b) or exact_against(b, a))) \
                and math.isclose(x, y, rel_tol=DEFAULT.disagree_converted):
            return True  # "64 kilometres" / "about 40 miles": one figure converted and rounded
        if a.type == "distance" and _system(a) and _system(b) and _system(a) != _system(b) \
                and (a.low != a.high or b.low != b.high) and a.low <= b.high and b.low <= a.high:
            return True  # "more than half a mile" / "around 1 kilometer": one depth converted, its bound rounding it
        whole = [v for v in (x, y) if v.is_integer()]
        return len(whole) == 1 and abs(x - y) < 0.5 and round(x + y - whole[0]) == whole[0]
    if a.point == b.point or a.words == b.words:
        return True
    resolved = [v for v in (a, b) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(v.point))]
    if a.type == "day" and len(resolved) == 1:
        return a.weekday == b.weekday  # "Tuesday" and "Dec. 16" (a Tuesday): one day told two ways
    return False


_TOTAL = re.compile(r"\b(?:total|in all|overall|altogether|across|nationwide|so far|to date|combined)\b", re.I)
_LIST_AFTER = re.compile(r"^\s*[\w-]*\s*(?:[\w-]+\s+)?(?:and|or)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|\d)", re.I)
_LIST_BEFORE = re.compile(r"(?:\band|\bor|,)\s+$", re.I)


def _totalish(v: Value) -> bool:
    """Whether the words near a value call it a total ("in all", "across Syria", "so far")."""
    text = v.sentence.text
    return bool(_TOTAL.search(text[max(0, v.mention.start - 40):v.mention.end + 40]))


def _listed(v: Value) -> bool:
    """A value in a list of counts ("two women and a man", "7 rifles, 12 magazines and 300 rounds")."""
    text = v.sentence.text
    return bool(_LIST_AFTER.match(text[v.mention.end:v.mention.end + 30])
                or (_LIST_BEFORE.search(text[max(0, v.mention.start - 6):v.mention.start])
                    and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                                  text[max(0, v.mention.start - 30):v.mention.start])))


def _keys(v: Value) -> tuple[object, ...]:
    """What ``same_value`` compares, as lookup keys: the point (and the whole number a decimal rounds
    to), or a day's date and its words."""
    if v.numeric:
        point = float(v.point)
        return ("p", point), ("r", float(round(point)) if not point.is_integer() else point)
    return ("p", v.point), ("w", v.words)


# Types that measure something (how long, how far, what share, how much): the figure says nothing
# of what it measures, its words do ("hospitalized for the past three weeks"); two measures are one
# slot only when the words right around them share one
MEASURES = {"duration", "distance", "percent", "money"}
# words of a measure's unit or scale: every measure of a kind has them, they tell no two apart
_UNIT_WORDS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "mile", "kilometre", "kilometer",
               "km", "metre", "meter", "foot", "feet", "yard", "inch", "percent", "cent", "per", "million", "billion",
               "thousand", "dollar", "us", "nautical"}


def frame(v: Value, size: int, stem: int = DEFAULT.disagree_measure_stem) -> set[str]:
    """The content words (their first ``stem`` letters) of the ``size`` words either side of a
    measure, units and figures left out: what the measure is of."""
    if v.mention.end <= v.mention.start:
        return set()
    text = v.sentence.text

    def counted(w: str) -> bool:
        return len(w) > 2 and not any(c.isdigit() for c in w) and w not in _UNIT_WORDS \
            and w.rstrip("s") not in _UNIT_WORDS

    before = [w for w in tfidf.terms(text[:v.mention.start]) if counted(w)][-size:]
    after = [w for w in tfidf.terms(text[v.mention.end:]) if counted(w)][:size]
    return {w[:stem] for w in before + after}


def same_frame(a: Value, b: Value, size: int, stem: int = DEFAULT.disagree_measure_stem) -> bool:
    """Whether two values may measure one thing: not measures, or measures whose words share one."""
    return a.type.split(":")[0] not in MEASURES or size <= 0 or bool(frame(a, size, stem) & frame(b, size, stem))


# a share told as a poll's or a survey's result: the share of people who gave one answer
_POLL = re.compile(r"\b(?:poll|polls|survey|surveys|surveyed|polled|respondents)\b", re.I)
# where the answer a share counts ends ("… were unhappy with the response, compared with 35 percent")
_ANSWER_END = re.compile(r"[,;:(]|\b(?:including|while|compared|according|whereas|but)\b", re.I)
# words of saying and being: every answer has them, they tell no two questions apart
_SAY = {"said", "say", "says", "saying", "believe", "believes", "think", "thinks", "thought", "felt", "feel",
        "feels", "were", "are", "was", "is", "have", "has", "had", "would", "will", "they", "them", "their"}
def answer(v: Value) -> set[str]:
    """The content words (first five letters) of the answer a poll's share counts, the polled group
    left out ("83.3 percent of Greeks were unhappy with the government's response": unhap, gover,
    respo); empty for a share that is no poll's result or says nothing after its figure."""
    if v.type != "percent" or v.mention.end <= v.mention.start or not _POLL.search(v.sentence.text):
        return set()
    rest = v.sentence.text[v.mention.end:]
    end = _ANSWER_END.search(rest)
    rest = rest[:end.start()] if end else rest
    words = list(tfidf.terms(rest))
    if words and re.match(r"\s*of\b", rest, re.I):
        words = words[1:]  # "of Greeks", "of respondents": who was asked, not what they answered
    return {w[:5] for w in words if w not in _SAY and not any(c.isdigit() for c in w)}


def same_question(a: Value, b: Value, shared: int = DEFAULT.disagree_poll_shared) -> bool:
    """Whether two shares may answer one question: not both poll results with answers told, or
    answers sharing ``shared`` content words ("were unhappy with the government's response" /
    "believe the government has mishandled the crisis" / "said the reactions were inexcusable":
    three polls' three questions)."""
    qa, qb = answer(a), answer(b)
    if not qa or not qb:
        return True
    return len(qa & qb) >= min(shared, len(qa), len(qb))


# an interval between two events: the figure and its unit, then the way it runs ("three weeks before")
_OFFSET_AFTER = re.compile(r"^[\s-]*(?:[a-z]+[\s-]+)?(?P<way>before|after|prior\s+to)\b", re.I)
# the past form of the event the interval counts from, at most three words before the figure ("signed the
# striker two weeks before", "had signed three weeks before"); a word of saying is no event
_OFFSET_VERB = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\W+(?:[\w'’-]+\W+){0,2}$", re.I)
_NOT_OFFSET_VERBS = {"said", "reported", "added", "noted", "stated", "announced", "confirmed", "revealed",
                     "indicated", "estimated", "expected", "scheduled", "planned", "needed", "wanted"}


def offset_event(v: Value) -> tuple[str, str] | None:
    """(the event, "before" or "after") of an interval between two events told after its own event's
    past form ("signed the striker three weeks before the final": signed, before), else None. Two such
    intervals of one event told the same way ("had signed two weeks before the cup final") are one
    slot: a wedding, a signing, a release happens once in a story (``candidates``)."""
    if v.type != "duration" or v.head != "offset" or v.mention.end <= v.mention.start:
        return None
    way = _OFFSET_AFTER.match(v.sentence.text[v.mention.end:v.mention.end + 30])
    verb = _OFFSET_VERB.search(v.sentence.text[max(0, v.mention.start - 60):v.mention.start])
    if not way or not verb or verb.group("verb").lower() in _NOT_OFFSET_VERBS:
        return None
    return verb.group("verb").lower(), "before" if way.group("way").lower() != "after" else "after"


def beside_tolls(v: Value, others: Sequence[Value]) -> set[tuple[str, float]]:
    """The other tolls its sentence tells beside a count of people something happened to ("3 Dead, 2
    Hurt": for the hurt, ("killed", 3)): (event class, figure) of every other count of a known event
    class and another event, whatever its noun."""
    if v.type != "count" or v.event not in HUMAN_EVENTS:
        return set()
    return {(o.event, float(o.point)) for o in others if o is not v and o.type == "count"
            and o.event in HUMAN_EVENTS and o.event != v.event and not vague_word(o) and not o.extra}


def _neighbours(v: Value) -> tuple[str, str]:
    """The content words right before and right after a value."""
    text = v.sentence.text
    before, after = tfidf.terms(text[:v.mention.start]), tfidf.terms(text[v.mention.end:])
    return (before[-1] if before else ""), (after[0] if after else "")


def _codes(items: Sequence[object]) -> np.ndarray:
    """Integer codes of hashable items, -1 for None (equal items, equal codes)."""
    table: dict[object, int] = {}
    return np.array([-1 if x is None else table.setdefault(x, len(table)) for x in items], dtype=np.int64)


def _membership(sets: Sequence[set[str]]) -> np.ndarray:
    """A (rows × distinct members) 0/1 matrix of ``sets``: products count shared members."""
    column: dict[str, int] = {}
    for st in sets:
        for m in st:
            column.setdefault(m, len(column))
    out = np.zeros((len(sets), max(len(column), 1)), dtype=np.float32)
    for i, st in enumerate(sets):
        for m in st:
            out[i, column[m]] = 1.0
    return out


def told_after(days: set[str], published: str | None) -> bool:
    """Whether every day a sentence names falls after a page's publication day: its figure is of a
    later day than anything that page could tell ("more than 200 people set off" on Wednesday night,
    a page of Monday's "nearly 100 people set off"), never that page's slot."""
    return bool(days) and _first_day(days) > _day_number(published)


def _first_day(days: set[str]) -> float:
    """The earliest of the days a sentence names, as a day number (nan when it names none)."""
    return min((_day_number(d) for d in days), default=math.nan)


def _day_number(iso: str | None) -> float:
    try:
        return float(date.fromisoformat(str(iso)[:10]).toordinal())
    except (TypeError, ValueError):
        return math.nan


def candidates(values: Sequence[Value], fact_of: dict[tuple[str, int], str],
               published: dict[str, str] | None = None, max_ratio: float = 4.0,
               frame_words: int = DEFAULT.disagree_measure_words, age_gap: float = DEFAULT.disagree_age_gap,
               options: Options = DEFAULT) -> list[Pair]:
    """Mutual best counterparts between articles, equal values included (they say which article
    agrees), each with its features (``FEATURES``); ``frame_words``: see ``same_frame``; two ages of
    one named person at most ``age_gap`` years apart are one slot for sure (``Pair.event_day``);
    ``options``: the other limits (``disagree_context_words``, ``disagree_age_drift_days``, …).

    Every pair of one type is judged at once (numpy over the pairs): a story of twenty articles has
    thousands of them. ``compatible`` states the same rules for one pair.
    """
    n = len(values)
    if n < 2 or len({v.article for v in values}) < 2:
        return []
    published = published or {}
    keys = [v.sentence.key for v in values]
    sentences = list({v.sentence.key: v.sentence for v in values}.values())
    row_of = {s.key: i for i, s in enumerate(sentences)}
    per_sentence: dict[tuple[str, int], list[Value]] = {}
    for v in values:
        per_sentence.setdefault(v.sentence.key, []).append(v)
    n_s = len(sentences)
    sims = _cosines([_masked(s, per_sentence[s.key]) for s in sentences] + [_window(v, options.disagree_context_words) for v in values])
    sent_sim, win_sim = sims[:n_s, :n_s], sims[n_s:, n_s:]
    vectors = embed.encode([s.text for s in sentences])
    if n_s > 2:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    emb_sim = vectors @ vectors.T
    frames = [_entities(s) for s in sentences]
    people = _membership([{str(m.value) for m in s.of_kind("entity") if m.label == "PERSON" and m.value}
                          for s in sentences])
    n_people, shared_people = people.sum(axis=1), people @ people.T
    names, places, days, years = (_membership([f[k] for f in frames]) for k in range(4))
    shared_names, shared_places = names @ names.T, places @ places.T
    n_names, n_days, n_years = names.sum(axis=1), days.sum(axis=1), years.sum(axis=1)
    n_places = places.sum(axis=1)
    shared_days, shared_years = days @ days.T, years @ years.T
    told = _membership([days_told(s) for s in sentences])
    first_day = np.array([_first_day(f[2]) for f in frames])
    n_told, shared_told = told.sum(axis=1), told @ told.T

    srow = np.array([row_of[k] for k in keys])
    art = _codes([v.article for v in values])
    typ = [v.type for v in values]
    numeric = np.array([v.numeric for v in values])
    point = np.array([float(v.point) if v.numeric else math.nan for v in values])
    low = np.array([v.low if v.numeric else math.nan for v in values])
    high = np.array([v.high if v.numeric else math.nan for v in values])
    noun, event, anchor = _codes([v.noun for v in values]), _codes([v.event for v in values]), _codes([v.anchor for v in values])
    grouped = np.array(sorted({int(noun[i]) for i, v in enumerate(values)
                               if v.noun is None or v.noun == "people" or v.noun in NOUN_CLASSES}), dtype=noun.dtype)
    owner, place = _codes([v.owner for v in values]), _codes([v.place for v in values])
    tally, sole = np.array([v.tally for v in values]), np.array([v.sole for v in values])
    included = np.array([v.included for v in values])
    rate = np.array([v.rate for v in values])
    past = np.array([v.past for v in values])
    local = np.array([v.local for v in values])
    extra = np.array([v.extra for v in values])
    before_more = np.array([v.before_more for v in values])
    ruin, hit = np.array([ruined(v) for v in values]), np.array([struck(v) for v in values])
    held = np.array([v.held for v in values])
    change = _codes([change_of(v) for v in values])
    basis = _codes([tax_basis(v, options.disagree_tax_after, options.disagree_tax_before) for v in values])
    gaps = np.array([margin(v) for v in values])
    moment = _codes([price_moment(v) for v in values])
    whose = _codes([described_by(v, options.disagree_described_window) for v in values])
    part = _codes([v.part for v in values])
    areas = [(area_of(v), place_before(v)) for v in values]
    has_kind = np.array([bool(v.per or v.of or v.group or v.counted and (v.counted[1] or v.counted[0] in AGE_GROUPS | PART_NOUNS))
                         for v in values])
    event_class = np.array([v.event in EVENT_CLASSES for v in values])
    definite = event_class | np.array([v.list_object for v in values])  # a known event or a list's verb
    known = np.array([v.noun == "people" or v.noun in NOUN_CLASSES for v in values])  # people, troops, ships…
    human = np.array([v.event in HUMAN_EVENTS for v in values])
    vague = np.array([vague_word(v) for v in values])
    qualified = np.array([bool(v.mention.qualifier) for v in values])
    vague_feature = np.array([not v.mention.text[:1].isdigit() and bool(v.mention.qualifier) for v in values])
    day_pub = np.array([_day_number(published.get(v.article)) for v in values])
    date_point, words, weekday = _codes([None if v.numeric else v.point for v in values]), \
        _codes([v.words for v in values]), _codes([v.weekday for v in values])
    resolved = np.array([bool(re.fullmatch(r"\d{4}-\d\d-\d\d", str(v.point))) for v in values])
    fact = _codes([fact_of.get(k) for k in keys])
    fact[fact < 0] = -2 - np.arange(int((fact < 0).sum()))  # no fact: never "the same fact"
    lead = np.array([v.sentence.index < 3 for v in values])
    crowd = np.array([len(per_sentence[k]) for k in keys])
    totals = np.array([_totalish(v) for v in values])
    listed = np.array([_listed(v) for v in values])
    span = np.array([v.type == "count" and spans(v) for v in values])
    span_length = np.array([v.type == "count" and spans_length(v) for v in values])
    span_day = np.array([spans_from_day(v) for v in values])
    scope = np.array([worldwide(v) for v in values])
    people = np.array([v.noun == "people" for v in values])
    runs = _codes([direction(v) if v.type == "duration" else None for v in values])
    frames_of = [frame(v, frame_words, options.disagree_measure_stem) if v.type.split(":")[0] in MEASURES else set() for v in values]
    offsets = [offset_event(v) for v in values]
    tolls = [beside_tolls(v, per_sentence[v.sentence.key]) for v in values]
    neighbours = [_neighbours(v) for v in values]
    prev, nxt = _codes([p or None for p, _ in neighbours]), _codes([x or None for _, x in neighbours])
    prev_event = np.array([p in EVENT_WORDS for p, _ in neighbours])
    stated: dict[tuple[str, object], set[str]] = {}  # (type, value key) → articles stating it
    for v in values:
        for k in _keys(v):
            stated.setdefault((v.type, k), set()).add(v.article)
    articles = sorted({v.article for v in values})
    art_code = {a: int(art[i]) for i, a in enumerate(v.article for v in values)}
    states = np.zeros((n, int(art.max()) + 1), dtype=bool)  # value × article stating an equal value
    for i, v in enumerate(values):
        for a in set().union(*(stated.get((v.type, k), set()) for k in _keys(v))) & set(articles):
            states[i, art_code[a]] = True

    by_type: dict[str, list[int]] = {}
    for i, t in enumerate(typ):
        by_type.setdefault(t, []).append(i)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    for t, group in by_type.items():
        if len(group) < 2:
            continue
        idx = np.array(group)
        gi, gj = np.triu_indices(len(idx), 1)
        x, y = idx[gi], idx[gj]
        ok = art[x] != art[y]
        kind = t.split(":")[0]
        if t == "count":
            ok &= (noun[x] == noun[y]) & ((noun[x] >= 0) | (event[x] >= 0))
        if t == "age":
            ok &= (anchor[x] >= 0) & (anchor[x] == anchor[y])
            ok &= ~(np.abs(day_pub[x] - day_pub[y]) > options.disagree_age_drift_days)
        if numeric[idx[0]]:
            lo, hi = np.minimum(np.abs(point[x]), np.abs(point[y])), np.maximum(np.abs(point[x]), np.abs(point[y]))
            ok &= hi <= (max_ratio if t == "count" else options.disagree_max_ratio) * np.maximum(lo, 1e-9)
        ok &= ~((noun[x] >= 0) & (noun[y] >= 0) & (noun[x] != noun[y]))
        ok &= ~((event[x] >= 0) & (event[y] >= 0) & (event[x] != event[y]) & (definite[x] | definite[y]))
        ok &= ~((anchor[x] >= 0) & (anchor[y] >= 0) & (anchor[x] != anchor[y]))
        ok &= ~(vague[x] & vague[y])
        ok &= ~((owner[x] >= 0) & (owner[y] >= 0) & (owner[x] != owner[y]))
        ok &= ~((tally[x] | tally[y]) & ~((owner[x] >= 0) & (owner[x] == owner[y]) & sole[x] & sole[y]))
        ok &= rate[x] == rate[y]
        ok &= extra[x] == extra[y]  # an increment ("a further four") only with another article's increment
        ok &= before_more[x] == before_more[y]  # a part told before "two other women" and a whole (precision47)
        ok &= ~(ruin[x] & hit[y] | ruin[y] & hit[x])  # the towns reduced to rubble and the towns struck (precision47)
        ok &= held[x] == held[y]  # a share something holds ("carrying 75 percent") and one that was lost
        ok &= ~((change[x] >= 0) & (change[y] >= 0) & (change[x] != change[y]))  # changes of two counts (precision47)
        ok &= ~((basis[x] >= 0) & (basis[y] >= 0) & (basis[x] != basis[y]))  # gross and net sums (precision65)
        ok &= gaps[x] == gaps[y]  # a margin and a share or count that is none (precision65)
        ok &= ~((moment[x] >= 0) & (moment[y] >= 0) & (moment[x] != moment[y]))  # a close and a trading price
        ok &= ~((whose[x] >= 0) & (whose[y] >= 0) & (whose[x] != whose[y]))  # two people's songs, goals …
        ok &= part[x] == part[y]  # a series' first count only with the same part (mend84)
        if t == "count" and len(x) and any(values[i].deed for i in idx.tolist()):  # two deeds (precision68)
            ok &= ~np.array([deeds.apart(values[i].deed, values[j].deed)
                             for i, j in zip(x.tolist(), y.tolist())], dtype=bool)
        if t == "percent" and len(x):  # shares of two areas (precision65)
            ok &= ~np.array([scopes_apart(values[i], values[j]) for i, j in zip(x.tolist(), y.tolist())], dtype=bool)
        if any(areas[i][0] for i in idx.tolist()):  # two areas' figures (precision47)
            ok &= ~np.array([_areas_apart(areas[i], areas[j]) or _areas_apart(areas[j], areas[i])
                             for i, j in zip(x.tolist(), y.tolist())], dtype=bool)
        # an increment is one day's when its sentence names the day ("Sixty-five more were killed on
        # Tuesday"): never set against an increment of no day ("dozens more people killed")
        ok &= ~(extra[x] & ((n_told[srow[x]] > 0) | (n_told[srow[y]] > 0)) & (shared_told[srow[x], srow[y]] == 0))
        ok &= past[x] == past[y]  # a past event's figure and today's never; two of one past year may
        ok &= ~(past[x] & ~(shared_years[srow[x], srow[y]] > 0))  # ("killed 26,000" / "31,000 in 2003")
        if t == "count":  # "46 arrested on Wednesday night" / "over 50 arrests over four nights": a night and all
            ok &= ~((span[x] & ~span[y] & (n_days[srow[y]] > 0)) | (span[y] & ~span[x] & (n_days[srow[x]] > 0)))
            ok &= ~((span_length[x] | span_length[y]) & ~(span[x] & span[y]))  # a count over n nights: only
            # with another count over a span ("over 50 arrests over four nights" / "46 people had been arrested")
            ok &= ~((span_day[x] | span_day[y]) & ~(span[x] & span[y]))  # "since March 30": the same (precision46)
        if t == "count":  # "three people were killed" / "five people with expertise": a toll and a group
            ok &= ~(people[x] & people[y] & ((event[x] >= 0) != (event[y] >= 0)))  # (or some group rioting)
            # "400 protesters detained" / "several hundred protesters set up barricades": whatever they are
            ok &= ~((human[x] & (event[y] < 0)) | (human[y] & (event[x] < 0)))
        if t != "age":  # "has brought in $363 million" / "$459 million around the globe": a part and the whole
            ok &= scope[x] == scope[y]
        if t == "count":  # a total less the part it says it includes is the same toll
            ok &= ~((included[x] > 0) & np.isclose(point[x] - included[x], point[y], rtol=1e-9, atol=0.0))
            ok &= ~((included[y] > 0) & np.isclose(point[y] - included[y], point[x], rtol=1e-9, atol=0.0))
        ok &= ~((place[x] >= 0) & (place[y] >= 0) & (place[x] != place[y]))
        # a place's figure beside its article's total is compared only with the same place's
        ok &= ~((local[x] | local[y]) & ~((place[x] >= 0) & (place[x] == place[y])))
        sx, sy = srow[x], srow[y]
        # two averages of the populations of places each sentence names, none in common (precision65)
        ok &= ~(rate[x] & rate[y] & (n_places[sx] > 0) & (n_places[sy] > 0) & (shared_places[sx, sy] == 0))
        if t not in ("day", "time"):
            ok &= ~((n_days[sx] > 0) & (n_days[sy] > 0) & (shared_days[sx, sy] == 0))
            # a figure of a day after the other page was published is never that page's figure
            ok &= ~((first_day[sx] > day_pub[y]) | (first_day[sy] > day_pub[x]))
        if t not in ("day", "year", "time"):
            ok &= ~((n_years[sx] > 0) & (n_years[sy] > 0) & (shared_years[sx, sy] == 0))
        if t == "time":
            ok &= (fact[x] == fact[y]) | (sent_sim[sx, sy] >= options.disagree_time_context)
        if t == "score":  # a record or a score is one team's or one game's: named, or told in one fact
            ok &= (owner[x] >= 0) & (owner[x] == owner[y]) & ((fact[x] == fact[y]) | (sent_sim[sx, sy] >= options.disagree_time_context))
        if t in HEADED:  # what each is of: probation and prison; the time between two events; a
            # distance from two points; counts of possession and of murder; shares of two wholes
            ok &= np.array([same_head(values[i], values[j]) for i, j in zip(x, y)], dtype=bool)
        if t == "duration":  # a forecast's horizon and a past period ("next 40 years" / "last 30 years")
            ok &= ~((runs[x] >= 0) & (runs[y] >= 0) & (runs[x] != runs[y]))
        if t == "percent" and len(x):  # two polls' shares of people giving two different answers
            ok &= np.array([same_question(values[i], values[j], options.disagree_poll_shared)
                            for i, j in zip(x, y)], dtype=bool)
        if kind in MEASURES and frame_words > 0 and len(x):
            ok &= np.array([bool(frames_of[i] & frames_of[j]) for i, j in zip(x, y)], dtype=bool)
        kinded = ok & (has_kind[x] | has_kind[y])  # frames44: a kind of a thing and the whole of it
        if kinded.any():
            ok[kinded] = ~np.array([other_kind(values[i], values[j], options.disagree_kind_stem)
                                   for i, j in zip(x[kinded], y[kinded])], dtype=bool)
        personal = np.full(len(x), kind in PERSONAL)
        if t == "count":  # points, rebounds, passes: a person's tally unless it counts people or a known group
            personal = ~np.isin(noun[x], grouped)
        # "He had 269 yards" / "Ivory had 716 yards": two people's figures, not one
        ok &= ~(personal & (n_people[sx] > 0) & (n_people[sy] > 0) & (shared_people[sx, sy] == 0))
        x, y, sx, sy = x[ok], y[ok], sx[ok], sy[ok]
        if not len(x):
            continue
        f = np.zeros((len(x), len(FEATURES)))
        col = {name: k for k, name in enumerate(FEATURES)}
        f[:, col["sent"]], f[:, col["win"]], f[:, col["emb"]] = sent_sim[sx, sy], win_sim[x, y], emb_sim[sx, sy]
        f[:, col["fact"]] = fact[x] == fact[y]
        f[:, col["noun_same"]] = (noun[x] >= 0) & (noun[x] == noun[y])
        f[:, col["event_same"]] = (event[x] >= 0) & (event[x] == event[y])
        f[:, col["anchor_same"]] = ((anchor[x] >= 0) & (anchor[x] == anchor[y])) | ((owner[x] >= 0) & (owner[x] == owner[y]))
        inter = shared_names[sx, sy]
        f[:, col["ent_jacc"]] = inter / np.maximum(1, n_names[sx] + n_names[sy] - inter)
        if numeric[idx[0]]:
            ratio = np.abs(np.log(np.maximum(np.abs(point[x]), 1e-9) / np.maximum(np.abs(point[y]), 1e-9)))
            f[:, col["ratio"]] = np.minimum(ratio, 3.0)
            f[:, col["overlap"]] = (low[x] <= high[y]) & (low[y] <= high[x])
            f[:, col["qual"]] = qualified[x] | qualified[y]
            whole_x, whole_y = np.equal(np.mod(point[x], 1), 0), np.equal(np.mod(point[y], 1), 0)
            rounded = (whole_x != whole_y) & (np.abs(point[x] - point[y]) < 0.5) & \
                (np.where(whole_x, point[x], np.round(point[x])) == np.where(whole_y, point[y], np.round(point[y])))
            equal = np.isclose(point[x], point[y], rtol=1e-9, atol=0.0) | rounded
        else:
            equal = (date_point[x] == date_point[y]) | (words[x] == words[y])
            if t == "day":
                equal |= (resolved[x] != resolved[y]) & (weekday[x] == weekday[y])
        f[:, col["cross"]] = ~equal & (states[x, art[y]] | states[y, art[x]])
        f[:, col["crowd"]] = np.minimum(np.maximum(crowd[x], crowd[y]) - 1, 4) / 4
        f[:, col["words_same"]] = words[x] == words[y]
        f[:, col["prev_same"]] = (prev[x] >= 0) & (prev[x] == prev[y])
        f[:, col["next_same"]] = (nxt[x] >= 0) & (nxt[x] == nxt[y])
        f[:, col["place_same"]] = shared_places[sx, sy] > 0
        f[:, col["place_one"]] = (place[x] < 0) != (place[y] < 0)
        f[:, col["day_same"]] = shared_days[sx, sy] > 0
        f[:, col["lead"]] = lead[x] & lead[y]
        f[:, col["total_one"]] = totals[x] != totals[y]
        f[:, col["listed"]] = listed[x] | listed[y]
        f[:, col["vague_word"]] = vague_feature[x] | vague_feature[y]
        f[:, col["t_" + kind]] = 1.0
        sure = (t == "day") & (f[:, col["prev_same"]] > 0) & (f[:, col["ent_jacc"]] > 0) & prev_event[x]
        if t == "count":  # a toll of one event class (killed, injured, arrested…) of people or of one known
            # group, both sentences naming one place: one slot whatever the model says ("five people
            # were injured by the quake … east of Dargahan" / "the quake … near Dargahan injured two people")
            sure = sure | (known[x] & event_class[x] & (event[x] == event[y]) & (shared_places[sx, sy] > 0))
        if t == "count":  # two increments of one known group ("an additional six engines" / "a further four
            # appliances"): what was added once the first count was told, one slot whatever the model says
            sure = sure | (extra[x] & extra[y] & known[x] & (noun[x] == noun[y]))
        if t == "distance":  # "1,500 kilometers south of Tehran" / "1,150 kilometers southeast of Tehran":
            # one distance from one named point, whatever the model says ("here" names none)
            sure = sure | np.array([named_point(values[i]) is not None and named_point(values[i]) == named_point(values[j])
                                    for i, j in zip(x, y)], dtype=bool)
        if t == "count":  # one counted noun (not people at large), both sentences naming one person, body or
            # work, figures on both sides and no player's tally: one slot whatever the model says ("At least 10
            # prospective jurors who oppose Judge Aaron Persky's decision" / "20 jurors refused to serve in
            # Judge Aaron Persky's courtroom")
            sure = sure | ((noun[x] >= 0) & (noun[x] == noun[y]) & ~people[x] & (shared_names[sx, sy] > 0)
                           & ~tally[x] & ~tally[y] & ~vague[x] & ~vague[y])
        if t == "duration":  # two intervals after one event's past form, the same way ("signed the striker
            # three weeks before the final" / "had signed two weeks before the cup final"): one slot
            # whatever the model says
            sure = sure | np.array([offsets[i] is not None and offsets[i] == offsets[j] for i, j in zip(x, y)],
                                   dtype=bool)
        if t == "count":  # a toll of people told beside the same toll of another event class in both
            # sentences ("3 Dead, 2 Hurt at Mill" / "killing three employees and injuring three others"):
            # one incident's casualties, one slot whatever the model says
            sure = sure | np.array([bool(tolls[i] & tolls[j]) and values[i].event == values[j].event
                                    and people[i] and people[j] for i, j in zip(x, y)], dtype=bool)
        if kind == "money":  # one sum in sentences naming one person, body or work, its figures within
            # ``options.disagree_sure_money_ratio`` of each
            # other: one slot whatever the model says ("the reported eight-year, $160 million offers by the
            # Angels and the Washington Nationals" / "Nationals' offer to Teixeira bumped as high as $184M";
            # "$14 trillion in debt" / "$4 trillion" are two sums)
            lo_p = np.minimum(np.abs(point[x]), np.abs(point[y]))
            hi_p = np.maximum(np.abs(point[x]), np.abs(point[y]))
            close = hi_p <= options.disagree_sure_money_ratio * lo_p
            sure = sure | ((shared_names[sx, sy] > 0) & ~vague[x] & ~vague[y] & close)
        if t == "age":  # one named person's ages a year apart: one slot, whatever the context (further
            # apart, the articles may tell two times: 27 at the shooting, 29 at the trial)
            sure = np.abs(point[x] - point[y]) <= age_gap
        found.append((x, y, f, sure))
    if not found:
        return []
    x = np.concatenate([a for a, _, _, _ in found])
    y = np.concatenate([b for _, b, _, _ in found])
    rows = np.vstack([f for _, _, f, _ in found])
    sure_all = np.concatenate([s for _, _, _, s in found])
    weights = np.zeros(len(FEATURES))
    for name, w in MATCH.items():
        weights[FEATURES.index(name)] = w
    match = rows @ weights
    # each value's best counterpart in each other article: the first pair of highest match per
    # (value, other article); a pair stays when it is that for both its values
    width = int(art.max()) + 1
    slot = np.concatenate([x * width + art[y], y * width + art[x]])
    pair = np.concatenate([np.arange(len(x)), np.arange(len(x))])
    order = np.lexsort((pair, -np.concatenate([match, match]), slot))
    first = np.ones(len(order), dtype=bool)
    first[1:] = slot[order][1:] != slot[order][:-1]
    best = dict(zip(slot[order][first].tolist(), pair[order][first].tolist()))
    keep = [k for k in range(len(x)) if best[int(slot[k])] == k and best[int(slot[k + len(x)])] == k]
    return [Pair(int(x[k]), int(y[k]), rows[k], float(match[k]), bool(sure_all[k])) for k in keep]


@dataclass(frozen=True)
class Model:
    """P(two values are one slot) from ``FEATURES``: a logistic regression (``kind`` "logistic":
    ``coef``/``intercept`` over standardised features) or boosted trees (``kind`` "trees": the sum
    of the trees' leaf values plus ``intercept``, through the logistic function)."""

    kind: str
    features: tuple[str, ...]
    intercept: float
    threshold: float
    trained_on: tuple[str, ...]
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None
    coef: np.ndarray | None = None
    trees: tuple[dict[str, np.ndarray], ...] = ()

    def probability(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0)
        if self.kind == "logistic":
            z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        else:
            z = self.intercept + _forest_values(self._forest(), rows)
        return 1.0 / (1.0 + np.exp(-z))

    def _forest(self) -> dict[str, np.ndarray]:
        """The trees as (tree × node) arrays, padded, built once: every tree is walked at once. Kept on the
        model itself (mend82): a table keyed by ``id(model)`` served a freed model's trees to a new model
        that Python gave the same id (a training sweep that reloads models)."""
        cached = self.__dict__.get("_forest_arrays")
        if cached is None:
            width = max(len(t["value"]) for t in self.trees)

            def stack(name: str, fill: float) -> np.ndarray:
                return np.array([np.pad(np.asarray(t[name], dtype=float), (0, width - len(t[name])),
                                        constant_values=fill) for t in self.trees])

            cached = {"feature": stack("feature", 0).astype(np.int64), "threshold": stack("threshold", 0.0),
                      "left": stack("left", 0).astype(np.int64), "right": stack("right", 0).astype(np.int64),
                      "leaf": stack("leaf", 1).astype(bool), "value": stack("value", 0.0)}
            object.__setattr__(self, "_forest_arrays", cached)  # not a field: equality and JSON ignore it
        return cached

    def to_json(self) -> str:
        data: dict[str, object] = {"kind": self.kind, "features": list(self.features),
                                   "intercept": round(self.intercept, 6), "threshold": self.threshold,
                                   "trained_on": list(self.trained_on)}
        if self.kind == "logistic":
            assert self.mean is not None and self.scale is not None and self.coef is not None  # logistic: all three
            data.update(mean=np.round(self.mean, 6).tolist(), scale=np.round(self.scale, 6).tolist(),
                        coef=np.round(self.coef, 6).tolist())
        else:
            data["trees"] = [{k: (np.round(v, 6) if v.dtype.kind == "f" else v).tolist() for k, v in t.items()}
                             for t in self.trees]
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Model":
        d = json.loads(text)
        kind = d.get("kind", "logistic")
        if kind not in ("logistic", "trees"):
            raise ValueError(f"unknown model kind {kind!r}")
        arrays = {k: np.array(d[k]) for k in ("mean", "scale", "coef") if k in d}
        trees = tuple({k: np.array(v) for k, v in t.items()} for t in d.get("trees", ()))
        return cls(kind, tuple(d["features"]), float(d["intercept"]), float(d["threshold"]),
                   tuple(d.get("trained_on", ())), trees=trees, **arrays)


def _forest_values(forest: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """The sum over trees of the leaf each row reaches (``x <= threshold`` goes left), every row and
    every tree at once, one tree level per step."""
    trees = np.arange(forest["value"].shape[0])[None, :]
    node = np.zeros((len(rows), trees.shape[1]), dtype=np.int64)
    row = np.arange(len(rows))[:, None]
    for _ in range(64):  # deeper than any tree trained here
        leaf = forest["leaf"][trees, node]
        if leaf.all():
            break
        x = rows[row, forest["feature"][trees, node]]
        step = np.where(x <= forest["threshold"][trees, node], forest["left"][trees, node],
                        forest["right"][trees, node])
        node = np.where(leaf, node, step)
    return forest["value"][trees, node].sum(axis=1)


MODELS = PACKAGE_DIR / "models"


@lru_cache(maxsize=8)
def load_model(name: str) -> Model:
    """``accord/models/<name>.json`` (or a path); an error naming it when missing or not a model."""
    path = Path(name) if name.endswith(".json") else MODELS / f"{name}.json"
    try:
        model = Model.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AccordError(f"disagreement model {path} could not be read: {exc}") from None
    if model.features != FEATURES:
        raise AccordError(f"disagreement model {path} was trained on other features; rebuild it with "
                          "scripts/train_disagree.py")
    return model
