"""Events: the day, year or time of day of one event as each article tells it ("died Thursday" /
"died Friday", "at about 3 p.m." / "at about 3:30 p.m.", "indicted in 1969" / "in 1970").

A time mention belongs to the event word nearest it in its own clause: the verb it modifies ("The
Saints signed Wynn on Tuesday": *signed*). Two mentions of different articles are values of one slot
when they hang on the same event word (by stem: signed = signs), their sentences do not name two
different people, they share a participant besides the event word (a name, or a content word
beside the time), and their sentences, times masked, are alike (TF-IDF cosine at least
``options.event_context``). Each mention keeps only its best counterpart in each other article and
only mutual best pairs count, so an article that also states the other value for the same event
agrees there instead of disagreeing.

Values are compared as what they can mean, never as guesses:
- a day, month or year resolved from the text is an interval: two that overlap are the same value
  ("last week" and a date inside it, 1998 and June 1998);
- a bare weekday name ("on Wednesday") is compared by its name only: resolved against a publication
  date it is a guess (a reused caption's "On Wednesday" is another week), so two equal names agree,
  two different names differ, and a date that falls on that weekday agrees; a month and day with no
  year has the weekday the story gives it (``calendar``), or none;
- relative words ("today", "yesterday", "last month", "two days ago") make a side only in an article
  with its own publication date, resolved against it, a day also meaning the day before (a page may be
  dated the morning after its writing); the same words in two articles always agree; in an article
  with no date of its own they never make a side, and neither does its month and day without a year
  get the story's year (it is compared by month and day);
- a time of day its sentence dates after the other article's page was written is another occurrence
  (two nights' marches), never one moment (``later_than_page``);
- a gap written after a day ("died Thursday, a week after suffering a heart attack") dates the happening
  named after it, counted from that day (``_gap``, recall49).

Two events of one kind are never one slot (precision56): each side's own doer right before the event word and
neither sentence naming the other's ("Williams was arrested" / "Jackson was arrested"), each side's opponent
sharing no word ("against the Panthers" / "against the Bears"), a work's year beside a release that names no work,
and a time before "that" and what was told (the telling's: "told a judge Thursday morning that she had checked in").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Protocol, TypeVar

import numpy as np

from accord import tfidf, verbs
from accord.analyse.dates import MONTHS, WEEKDAYS
from accord.analyse.rules import ORG_CUES
from accord.analyse.dates import find as find_dates
from accord.disagree import naming
from accord.disagree.slots import Order
from accord.disagree.record import Record
from accord.model import Disagreement, DisagreementType, Mention, Sentence, Side
from accord.options import DEFAULT, Options
from accord.patterns import fold
from accord.words import FUNCTION_WORDS, IRREGULAR_VERBS, NEWS_WORDS, STOP_WORDS, TIME_ZONES, reporting

# Words that end like a past form but are not events, and verbs that only report or link.
_NOT_EVENTS = frozenset("""hundred united red bed need speed indeed seed feed breed shed wed
said told reported according added noted stated explained claimed believed expected reportedly
aged based related called named used became become""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a clause boundary: a time beyond it belongs to another verb
# (a colon between digits is a clock's, "1: 30 a. m.", not a boundary)
_CLAUSE = re.compile(r"[;()\[\]“”\"—–]|(?<!\d):|:(?!\s?\d)|,\s+(?:while|but|and|whereas|who|which|when|after|before|as)\b")
_APPROX = re.compile(r"\b(?:about|around|approximately|roughly|some|shortly|just|nearly|almost|soon|sometime|"
                     r"close to|before|after|by|until|til|till|circa|ca\.)\s*$", re.I)
_RELATIVE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|night|ago|this|next|last|past|coming|week)\b",
                       re.I)
# a part of a day told with a day ("late Tuesday night", "early Sunday morning", "Friday evening",
# "early Saturday"): the hours it can mean (night runs past midnight into the next day's hours 24-30)
_PART_AFTER = re.compile(r"^\s+(?:(?P<mod>early|late)\s+)?(?P<part>morning|afternoon|evening|night)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?P<mod>early|late)\s+(?:on\s+|in\s+the\s+day\s+)?$", re.I)
PART_HOURS: dict[str, tuple[int, int]] = {
    "morning": (0, 12), "afternoon": (12, 18), "evening": (17, 23), "night": (19, 30),
    "early morning": (0, 8), "late morning": (9, 12), "early afternoon": (12, 15), "late afternoon": (15, 19),
    "early evening": (17, 20), "late evening": (20, 24), "early night": (17, 22), "late night": (21, 30),
    "early": (0, 9), "late": (18, 30)}
# (spans meet as readers use the words: an evening runs into the night, an early morning is part of a
# morning; a night starts at 7 p.m., so a late afternoon, 3-7 p.m., is not a night's)
TYPES = frozenset({"day", "year", "time"})  # the value types (``values.Value.type``) compared here, not by pairs
PERSON = "PERSON"
NAMED = ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem that makes a verb's forms meet (died = dies = die, signed = signs); kept per word (speed24:
    ``read`` stems every word of every sentence, and news repeats its words)."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[w]
    if len(w) <= 5 and w.endswith(("ied", "ies")):
        return w[:-1]  # died, dies → die; tied → tie
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # stopped → stopp → stop
    return w.rstrip("e") if len(w) > 3 else w


def is_event_word(word: str) -> bool:
    """A past form that can name an event ("died", "signed", "shot"), not a reporting verb, or one of
    the few nouns news writes an event as ("the death of", "Saturday's shooting")."""
    if not word.islower():
        return False  # "Felt", "Reid": a name, not a verb (a verb opening a sentence is rare in news)
    w = word.replace("’", "'")
    if w in _NOT_EVENTS:
        return False
    return w in IRREGULAR_VERBS or w in EVENT_NOUNS or (len(w) >= 4 and w.endswith("ed")) or (
        w.endswith("ing") and stem(w) in EVENT_FAMILIES)  # "hitting him early Sunday": a family's -ing form


# One event told in different words ("was killed" / "the death of", "arrested" / "taken into custody"):
# the families of ``accord.verbs``, read as stems and phrases (``verbs.event``).
EVENT_FAMILIES = verbs.EVENTS
EVENT_NOUNS = verbs.EVENT_NOUNS
family = verbs.event  # the event a stem names, its family's when it has one (``after``: the text following it)


@dataclass
class When(Record):
    """One time mention read for comparison: its kind (``date`` for days, months and years; ``time``
    for a time of day), what it can mean (an interval of days, or minutes after midnight, or only a
    weekday name), and the event it belongs to."""

    sentence: Sentence
    start: int
    end: int
    text: str
    kind: str  # "date" or "time"
    low: int | None = None  # first and last day (ordinals) a date can mean
    high: int | None = None
    minutes: int | None = None  # a time of day
    md: tuple[int, int] | None = None  # (month, day) of a day no date gives a year to
    weekday: str | None = None  # the weekday a day is, named or computed
    month: int | None = None  # a month named with no year ("in August"): compared by its name
    bare: bool = False  # a weekday name only: compared by name
    relative: bool = False  # a relative day ("yesterday", "last Friday") resolved against its article's own date
    on: int | None = None  # a time of day's day (ordinal), when its sentence dates it (``day_of``)
    published: int | None = None  # its article's own publication date (ordinal), when it has one
    crowded: bool = False  # its sentence tells another day this cannot read ("today"): never a side alone
    part: str = ""  # a part of the day told with it ("late night", "morning"), see ``PART_HOURS``
    approx: bool = False  # "about 3 p.m.", "shortly after 2 a.m."
    event: str = ""  # the stem of the event word it hangs on
    event_word: str = ""
    context: frozenset[str] = frozenset()  # content-word stems of its clause, the event word left out
    target: frozenset[str] = frozenset()  # the name right after the event word ("defeated Drake"), lower case
    edge: str = ""  # a month told by its start or end ("early December": "start", "November-end": "end")
    step: str = ""  # ``clock``: the stem of the step of a chain a time of day is told of ("spotted ... and chased")
    counted_from: tuple[int, int] | None = None  # recall49: the span of the day a gap counts from (``_gap``)


def _interval(m: Mention) -> tuple[int, int] | None:
    """The days a resolved date mention can mean, as ordinals."""
    value = str(m.value or "")
    try:
        if m.label == "day":
            d = date.fromisoformat(value[:10]).toordinal()
            return d, d
        if m.label == "week":
            d = date.fromisoformat(value[:10]).toordinal()
            return d, d + 6
        if m.label == "month":
            first = date(int(value[:4]), int(value[5:7]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1
        if m.label == "year":
            y = int(value[:4])
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def _month_day(group: list[Mention]) -> tuple[int, int] | None:
    """(month, day) of a day mention no publication date resolved ("Nov. 18" in an undated text)."""
    m = group[0]
    if m.label != "day":
        return None
    found = [d for d in find_dates(m.text, _ANY_YEAR) if d.label == "day" and d.value]
    if len(found) != 1 or not re.search(r"\d", m.text):
        return None
    day = date.fromisoformat(str(found[0].value))
    return day.month, day.day


_ANY_YEAR = date(2000, 6, 15)  # a reference that lets a month and day resolve, its year thrown away


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding ``text[start:end]``. A short aside in brackets ("signed veteran
    Wynn (Florida) on Tuesday") is read through: it names, it does not open another clause."""
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    lo = 0
    for m in _CLAUSE.finditer(text, 0, start):
        lo = m.end()
    hit = _CLAUSE.search(text, end)
    return lo, hit.start() if hit else len(text)


# a bracketed aside of at most three words with no date or time in it: a college, a party, a state
_ASIDE = re.compile(r"\((?:\s*[A-Za-z][\w.'’&-]*){1,3}\s*\)")


_DETERMINER = re.compile(r"(?:\b(?:a|an|the|this|that|his|her|its|their|our|my|your)|\w['’]s)\s+$", re.I)


_NOUN_BEFORE = re.compile(r"^\s+(?:of\s+(?:[A-Z][\w.'’-]*\s+){1,4})?(?:(?:on|of|in|at|early|late)\s+)?(?:the\s+)?$")
_NOUN_AFTER = re.compile(r"^(?:['’]s)?\s+$")


def _verb_at(text: str, word: re.Match[str], start: int, end: int) -> bool:
    """An event word used as one for the time at ``start:end``: "a wooded area", "the injured man"
    are adjectives after a determiner; a noun holds only a time written beside it ("the shooting on
    Friday", "Friday's shooting", "the December 6 killing"), not one of its sentence's verb."""
    w = word.group()
    if not is_event_word(w):
        return False
    if w in EVENT_NOUNS and w not in IRREGULAR_VERBS:
        gap = text[word.end():start] if word.end() <= start else text[end:word.start()]
        return bool((_NOUN_BEFORE if word.end() <= start else _NOUN_AFTER).match(gap))
    return not (w.endswith("ed") and _DETERMINER.search(text[max(0, word.start() - 8):word.start()]))


# between a far event word and its time: a comma, or an infinitive opening another verb's phrase
_OTHER_PHRASE = re.compile(r",|\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b")
# precision54: a time written inside a noun phrase after "of", "for" or "with" ("convicted of the June 20, 2005
# attempted murder", "charged with the 1998 killing", "sentenced for his 2019 assault") is the day of what the
# noun names (an event word among the next three), never of the verb before it; "killed in the June 20 attack"
# (the same day) stays the killing's
_OF_THE = re.compile(r"\b(?:of|for|with)\s+(?:the|a|an|his|her|its|their)\s+$", re.I)
_WORD_NEXT = re.compile(r",?\s+(?!(?:and|or|of|in|on|at|to|by|for|when|while|after|before|as)\b)[a-z][a-z-]+\b")
# "police said Wednesday", "told reporters on Tuesday": a time right after a reporting verb is when
# something was said, not when the event told before it happened
_SAID_AT = re.compile(r"\b(?:" + "|".join(reporting("say tell report announce state add confirm disclose reveal", now="say",
                                                      plain="say")) + ")"
                      r"(?:\s+(?:reporters|journalists|the\s+\w+|[A-Z]\w+))?\s+(?:on\s+|late\s+|early\s+|in\s+)?$")


# precision56: a reporting verb, and "that" opening what was reported right after a time
_TELLS = re.compile(r"\b(?:" + "|".join(reporting("say tell testify announce report state write inform argue claim "
                                                    "confirm reveal disclose insist", now="say tell")) + r")\b")
_THAT_AFTER = re.compile(r",?\s+that\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[A-Za-z]")


def _event(text: str, start: int, end: int, window: int = DEFAULT.event_window, far: int = DEFAULT.event_far_window,
           of_chars: int = DEFAULT.event_of_the_chars, of_words: int = DEFAULT.event_of_the_words,
           told_chars: int = DEFAULT.event_told_chars
           ) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """(stem, word, context stems, the name it is done to) of the event a time at ``start:end``
    belongs to: the nearest event word before it in its clause, else the nearest after it ("On
    Friday, police arrested ..."), else one further before it across a long object ("sold one of
    their oil fields for a reported $30 million in 1957") with no comma or infinitive between
    ("feigned illness to escape conviction in 1970": the year is the conviction's); none when the
    time hangs on a reporting verb ("arrested Tuesday, police said Wednesday")."""
    if _SAID_AT.search(text[max(0, start - 40):start]):
        return "", "", frozenset(), frozenset()
    lo, hi = _clause(text, start, end)
    before = [w for w in _WORD.finditer(text, lo, start)]
    after = [w for w in _WORD.finditer(text, end, hi)]
    opens = _OPENS.search(text, max(lo, start - 16), start)  # "... and on Wednesday signed Bell"
    if _OF_THE.search(text[max(0, start - of_chars):start]) and _WORD_NEXT.match(text, end):
        # precision54: "convicted of the June 20, 2005 attempted murder": the day of the attempt, never the verdict's
        before = []
        opens = None
        after = after[:of_words]
    verb = (next((w for w in after[:3] if _verb_at(text, w, start, end)), None) if opens else None) \
        or next((w for w in reversed(before[-window:]) if _verb_at(text, w, start, end)), None) \
        or next((w for w in after[:8] if _verb_at(text, w, start, end)), None) \
        or next((w for w in reversed(before[-far:-window]) if _verb_at(text, w, start, end)
                 and not _OTHER_PHRASE.search(text, w.end(), start)), None)
    if verb is None or (verb.start() >= end and _THAT_AFTER.match(text, end)
                        and _TELLS.search(text, max(lo, start - told_chars), start)):
        # precision56: "Heller told a judge during a hearing Thursday morning that Lohan had checked in": a time
        # before "that" and what was told is the telling's, never the checking's
        return "", "", frozenset(), frozenset()
    # content words as a reader counts them: "fire" and "call" are stop words to sklearn, not here
    words = {stem(t) for t in re.findall(r"[a-z][a-z'’-]{2,}", text[lo:hi].lower())
             if t not in FUNCTION_WORDS and t not in NEWS_WORDS}
    words -= {stem(verb.group())} | {d[:3] for d in WEEKDAYS} | _DATE_WORDS
    event = family(stem(verb.group()), text[verb.end():verb.end() + 30])
    if _PLANNED.search(text[max(0, verb.start() - 30):verb.start()]):
        event = f"{PLANNED}{event}"  # "due to be released Oct. 26" is another event than "released on Tuesday"
    named = _TARGET.match(text, verb.end()) or _DESCRIBED_TARGET.match(text, verb.end())
    target = frozenset(w.lower() for w in named.group(1).split() if w.lower() not in _DATE_WORDS
                       and w.lower().rstrip(".") not in MONTHS) if named else frozenset()
    return event, verb.group(), frozenset(words), target


# precision54: a full name after one or two lower-case words that say who the person is ("signed rookie Joique
# Bell", "re-signed running back DeShawn Wynn"): whom the event was done to. Never after an article, a
# preposition, a time word or a word placing a region ("struck southern Iran", "hit downtown Los Angeles")
# (mend54: every preposition, not a few: "struck near Mount Fuji")
_DESCRIBED_TARGET = re.compile(r"\s+(?:(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|some|all|on|in|at|by|to|"
                               r"for|with|from|of|off|into|onto|upon|and|or|near|nearer|across|through|throughout|over|"
                               r"under|underneath|toward|towards|along|alongside|outside|inside|within|without|against|"
                               r"as|beside|besides|between|beyond|behind|below|beneath|above|among|amongst|amid|amidst|"
                               r"around|past|via|per|during|after|before|since|until|till|despite|like|unlike|except|"
                               r"than|versus|vs|aboard|atop|opposite|early|late|last|next|about|more|most|"
                               r"downtown|central|coastal|suburban|rural|nearby|neighbou?ring|[a-z]+ern)\b)"
                               r"[a-z][a-z'’-]+\s+){1,2}([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")


# a time right after "and" / "then" opens the next clause: its verb follows it ("picked up Wynn on
# Monday and on Wednesday signed Bell": Wednesday is the signing's)
_OPENS = re.compile(r"\b(?:and|then|but)\s+(?:(?:on|in|at|by|early|late)\s+)?$")


# a name right after an event word: whom or what it was done to ("defeated Drake", "signed Wynn")
_TARGET = re.compile(r"\s+(?:(?:up|out|off|down)\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3})")


# an event told as planned or expected ("due to be released", "will sign", "is expected to start"): its
# date is a plan, never compared with the day the event happened, only with another plan's
_PLANNED = re.compile(r"\b(?:(?:due|expected|scheduled|set|slated|planned|plans?|planning|going|hopes?|hoping|aims?|"
                      r"intends?)\s+to|will|would|could|may|might|shall|won['’]t)\s+(?:not\s+)?(?:be\s+|have\s+)?$",
                      re.I)
PLANNED = "planned "


_DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am",
                         "pm", "morning", "afternoon", "evening", "night", "noon", "midnight", "earli", "late", "year", "month",
                         "day", "week", "today", "yesterday", "tomorrow", "tonight", "ago"} |
                        {stem(w) for w in ("morning", "evening", "early", "late", "years", "days")})


def _merged(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Date mentions of one sentence, a weekday and the date beside it ("Tuesday, Dec. 9, 2008",
    "Monday, Feb. 1") joined into one."""
    out: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.label in ("day", "month", "year") and out[-1][-1].label == "day" \
                and re.fullmatch(r"[\s,]*(?:the\s+)?", text[out[-1][-1].end:m.start]):
            out[-1].append(m)
        else:
            out.append([m])
    return out


def read(sentences: Sequence[Sentence], options: Options = DEFAULT,
         published: dict[str, str] | None = None) -> list[When]:
    """Every comparable time mention of ``sentences`` with the event it belongs to. ``published``:
    article id → its own publication date (ISO); a relative day of an article in it ("yesterday",
    "on Thursday", "Wednesday next week") is the day it means on that date (``own_date``)."""
    out: list[When] = []
    days: dict[str, tuple[int, list[When]]] = {}  # article → (sentence index, its days): offsets count from them
    for s in sentences:
        found: list[When] = []
        unread: list[str | None] = []
        later = _offset(s, days.get(s.article), options)
        if later is not None:
            found.append(later)
        days_told: list[When] = []  # every date of the sentence, read with its event word or not
        for group in _merged([m for m in s.mentions if m.kind == "date"], s.text):
            w = _when(group, s, options.event_window, options.event_far_window, own_date(published, s.article),
                      options.event_year_beside_days)
            if w is not None:
                found.append(w)
                days_told.append(w)
                continue
            # recall49: a day with no event word of its own still dates the happening a gap after it counts to
            # ("died of pneumonia ... in a hospital Thursday, a week after suffering a heart attack")
            base = _when(group, s, options.event_window, options.event_far_window, own_date(published, s.article),
                         options.event_year_beside_days, eventless=True)
            if base is not None and base.kind == "date":
                days_told.append(base)
            gap = _gap(s, base, options) if base is not None else None
            if gap is not None:
                found.append(gap)
            elif group[0].label != "time" and not re.search(r"\d", s.text[group[0].start:group[-1].end]):
                # a calendar date with no event word to hang on ("since its deployment on November 2")
                # is another happening's, told as a noun; words it cannot read ("today") may be the other's
                unread.append(group[0].label)
        for w in list(found):
            gap = _gap(s, w, options)
            if gap is not None:
                if _event_at(w) >= gap.end:
                    found.remove(w)  # "On Sunday, a day after Trump was acquitted": Sunday's event is not told
                found.append(gap)
        front = _FRONT.match(s.text)
        comma = s.text.find(",", front.end()) if front else -1
        if front and comma > 0 and len(days_told) == 1 and days_told[0].start > comma:
            base = days_told[0]
            gap = _gap(s, base, options, front)
            if gap is not None:
                if base in found and base.event and _event_at(base) < comma:
                    found.remove(base)  # its event word is the opening clause's: the main clause's is not read
                found.append(gap)
        for w in found:
            # "signed Wynn on Tuesday and Bell today": another day ("today") it cannot read may be the
            # other's; the sentence tells two events and which one a value is is a guess. A coarser
            # period it cannot read ("sank the trawler on November 19, its third strike this year")
            # holds the day rather than competing with it.
            w.crowded = w.kind == "date" and any(_GRAIN.get(label, 0) <= _grain(w) for label in unread)
        own = own_date(published, s.article)
        for w in found:
            if w.kind == "time":
                w.on, w.published = day_of(s, own), own.toordinal() if own else None
        for kind in ("date", "time"):
            mine = [w for w in found if w.kind == kind]
            if len(mine) <= options.event_max_per_sentence:
                out += mine
        told = [w for w in found if w.kind == "date" and w is not later and w.counted_from is None]
        if told:
            days[s.article] = (s.index, told)
        out += _work_years(s, found)
    _weekdays_from(calendar(sentences), out)
    return out


# a year written before a kind of work ("his 2012 memoir", "the 2006 HBO movie, The Notorious Bettie Page"):
# the year it came out, the event of its release
WORKS = {"memoir": "publish", "autobiography": "publish", "biography": "publish", "book": "publish",
         "novel": "publish", "film": "releas", "movie": "releas", "documentary": "releas", "biopic": "releas",
         "album": "releas"}
_WORK_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w.&-]*\s+){0,2}(?P<noun>" + "|".join(WORKS) + r")\b")
_TITLE = re.compile(r"\s*(?:,\s*|\s+called\s+|\s+titled\s+)?[“\"']?\s*(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})")


def _work_years(s: Sentence, found: Sequence[When]) -> list[When]:
    """The years of works a sentence writes before the work's kind ("his 2011 autobiography, My
    Infamous Life"): the year it was published or released, its title (when written right after) the
    one it was done to. A sentence whose own dates hold the year already is left as read."""
    out: list[When] = []
    for hit in _WORK_YEAR.finditer(s.text):
        if any(w.start <= hit.start("year") < w.end for w in found):
            continue
        year = int(hit.group("year"))
        title = _TITLE.match(s.text, hit.end())
        lo, hi = _clause(s.text, hit.start(), hit.end())
        words = {stem(t) for t in re.findall(r"[a-z][a-z'’-]{2,}", s.text[lo:hi].lower())
                 if t not in FUNCTION_WORDS and t not in NEWS_WORDS} - _DATE_WORDS - {stem(hit.group("noun"))}
        out.append(When(s, hit.start("year"), hit.end("year"), hit.group("year"), "date",
                        low=date(year, 1, 1).toordinal(), high=date(year, 12, 31).toordinal(),
                        event=WORKS[hit.group("noun")], event_word=hit.group("noun"), context=frozenset(words),
                        target=frozenset(w.lower() for w in title.group("title").split()) if title else frozenset()))
    return out


_NAMED_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?", re.I)


def _explicit(group: list[Mention]) -> list[Mention]:
    """The mentions of a merged date that are not a weekday name ("Dec. 9" of "Tuesday, Dec. 9")."""
    return [m for m in group if not _WEEKDAY_ONLY.fullmatch(m.text.strip())]


# a year written out in a date ("June 2005", "June 24, 2005"), not one resolved from the story's date
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def calendar(sentences: Sequence[Sentence], near: int = 31) -> dict[tuple[int, int], str]:
    """The weekday the story itself gives each month and day, whatever the event: written beside it
    ("Saturday, December 6"), or from the year of the story's dated days (a "December 13, 2008"
    within ``near`` days of it, every such day of one year), else from the one year the story writes
    its month with in the day's sentence, or in the one before it when that tells the day's happening
    ("killing … in June 2005. … killed on June 24" is June 24, 2005), else the year the story's
    own date guesses (a day written without its year is never a dated day). An undated "on 6 December" is then that
    weekday, and compared with another article's "on Sunday". A month and day the story gives two
    weekdays is left out."""
    seen: dict[tuple[int, int], set[str]] = {}
    dated: list[date] = []
    undated: set[tuple[int, int]] = set()
    # precision54: the years the story writes each month with ("in June 2005"), and where (article, sentence)
    month_years: dict[int, dict[int, set[tuple[str, int]]]] = {}
    undated_at: dict[tuple[int, int], set[tuple[str, int, str]]] = {}  # where each undated day is told, its event
    told: dict[tuple[str, int], set[str]] = {}  # the word stems of the sentences that write a month with its year
    guessed: dict[tuple[int, int], set[str]] = {}  # weekdays of days whose year only the story's date gave
    for s in sentences:
        for group in _merged([m for m in s.mentions if m.kind == "date"], s.text):
            core = s.text[group[0].start:group[-1].end]
            if group[0].label == "month" and len(group) == 1 and _YEAR_WRITTEN.search(core):
                month = _interval(group[0])
                if month is not None:
                    first = date.fromordinal(month[0])
                    month_years.setdefault(first.month, {}).setdefault(first.year, set()).add((s.article, s.index))
                    told[(s.article, s.index)] = {stem(w) for w in re.findall(r"[a-z][a-z'’-]+", s.text.lower())}
            if group[0].label != "day":
                continue
            named, explicit = _NAMED_DAY.search(core), _explicit(group)
            if len(explicit) != 1 or _RELATIVE.search(core) or not re.search(r"\d", core):
                continue  # a weekday alone, a relative day ("next Monday, Dec. 8" is a guess): nothing fixed
            span = _interval(explicit[0])
            if span is not None and not _YEAR_WRITTEN.search(core):
                # precision54: "killed on June 24" in a page of 2007 about 2005: the year is the story date's
                # guess, kept only when the story writes no year for that day (below)
                if span[0] == span[1]:
                    day = date.fromordinal(span[0])
                    guessed.setdefault((day.month, day.day), set()).add(WEEKDAYS[day.weekday()])
                span = None
            if span is None:
                md = _month_day(explicit)
                if md is not None:
                    undated.add(md)
                    word = _event(s.text, explicit[0].start, explicit[0].end)[1]
                    undated_at.setdefault(md, set()).add((s.article, s.index, stem(word.lower()) if word else ""))
            if span is not None and span[0] == span[1]:
                day = date.fromordinal(span[0])
                dated.append(day)
                seen.setdefault((day.month, day.day), set()).add(WEEKDAYS[day.weekday()])
                if named and named.group(1).lower() != WEEKDAYS[day.weekday()]:
                    seen[(day.month, day.day)].add(named.group(1).lower())  # a slip: two weekdays, none kept
            elif span is None and named:
                md = _month_day(explicit)
                if md is not None:
                    seen.setdefault(md, set()).add(named.group(1).lower())
    for md in undated - set(seen):
        years = {y for d in dated for y in (d.year - 1, d.year, d.year + 1)
                 if _valid(y, md) and abs((date(y, *md) - d).days) <= near}
        if not years:  # no dated day near it: the one year the story writes its month with ("in June 2005")
            # mend54: ... told in the day's own sentence, or in the one before it of the same happening
            # ("convicted of the killing … in June 2019. The deputy was killed on June 14"); "The law, passed in
            # June 2005, still stands. Lee was shot dead on June 24" dates the law, not the shooting
            years = {y for y, where in month_years.get(md[0], {}).items() if _valid(y, md)
                     and any((a, i) in where or (a, i - 1) in where and bool(e) and e in told[(a, i - 1)]
                             for a, i, e in undated_at.get(md, ()))}
        if len(years) == 1:
            seen[md] = {WEEKDAYS[date(years.pop(), *md).weekday()]}
        elif not years and md in guessed:
            seen[md] = guessed[md]
    return {md: next(iter(names)) for md, names in seen.items() if len(names) == 1}


def _valid(year: int, md: tuple[int, int]) -> bool:
    try:
        date(year, *md)
    except ValueError:
        return False  # February 29 of a common year
    return True


def _weekdays_from(known: dict[tuple[int, int], str], whens: Sequence[When]) -> None:
    """Give a month and day told without weekday or year the weekday the story gives it (``calendar``)."""
    for w in whens:
        if w.md is not None and w.weekday is None and w.md in known:
            w.weekday = known[w.md]


# an offset in days from the day told just before ("A day later, Johnson was arrested", "the next day",
# "two days later"); "the day after the shooting" counts from the shooting, not from the last date told
_OFFSET = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+later|the\s+(?:next|following)\s+day|"
                     # disagree43: the same offsets told backwards ("nine days earlier", "the previous day", "the
                     # day before" closing its clause); "two days before the raid" counts from the raid
                     r"(?P<back>(?P<bn>a|one|two|three|four|five|six|seven|eight|nine|\d)\s+days?\s+earlier|"
                     r"the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*(?:[,.;:]|$))))\b"
                     r"(?!\s+(?:after|before|of|than)\b)", re.I)
_OFFSET_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9}


# disagree34: a sentence opening on the day or year told just before ("Later that year, he shot his
# father", "That same day, ...", "The same year"): offset 0. Only as the sentence's opener, never of a
# noun ("that year's winners", "April 18 of that year", "a rookie that year": another reading)
_SAME = re.compile(r"^\W*(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the)\s+(?:same\s+|very\s+)?(?P<unit>day|year)\b"
                   r"(?!['’]s|\s+(?:of|after|before|that|when|in|on)\b)", re.I)


def _offset(s: Sentence, before: tuple[int, list[When]] | None, options: Options) -> When | None:
    """The day an offset in ``s`` means, counted from the one day the same article told in this sentence's
    previous sentence (the day before it in reading order); None when that sentence told no day, or more
    than one (which one it counts from is a guess), or a day the offset cannot be added to. A sentence
    opening on "that same year" / "later that day" (``_SAME``) is that year or day."""
    # (speed22) the previous sentence's one day first, then the text: every offset and "that same day/year"
    # writes "day" or "year" (letters case-folding matches only as themselves), so most need no pattern
    if before is None or s.index - before[0] != 1 or len(before[1]) != 1:
        return None
    low = s.text.lower()
    if "day" not in low and "year" not in low:
        return None
    hit = _OFFSET.search(s.text) or _SAME.match(s.text)
    if hit is None:
        return None
    base = before[1][0]
    if hit.re is _SAME:
        return _same_as(s, hit, base, options)
    if hit.group("back"):
        word = (hit.group("bn") or "a").lower()
        n = -(_OFFSET_DAYS.get(word) or int(word))
    else:
        n = _OFFSET_DAYS.get((hit.group("n") or "a").lower()) or int(hit.group("n"))
    event, word, context, target = _event(s.text, hit.start(), hit.end(), options.event_window,
                                          options.event_far_window)
    if not event or base.part or base.crowded:
        return None
    common: dict[str, Any] = dict(event=event, event_word=word, context=context, target=target)
    if base.md:
        day = date(2000, *base.md) + timedelta(days=n)
        return When(s, hit.start(), hit.end(), hit.group(), "date", md=(day.month, day.day), **common)
    if base.low is not None and base.low == base.high:
        day = date.fromordinal(base.low + n)
        return When(s, hit.start(), hit.end(), hit.group(), "date", low=day.toordinal(), high=day.toordinal(),
                    weekday=WEEKDAYS[day.weekday()], **common)
    if base.bare and base.weekday:
        return When(s, hit.start(), hit.end(), hit.group(), "date", bare=True,
                    weekday=WEEKDAYS[(WEEKDAYS.index(base.weekday) + n) % 7], **common)
    return None


# recall49: a day told with its gap to another happening right after it ("died Thursday, a week after
# suffering a heart attack", "on Friday, two days after the shooting", "Monday, a day before the vote"):
# the other happening's day, counted back (or on) from it. Only an exact gap written right after the day
# ("about a week after", "more than a week after" are no day)
_GAP_DAYS = {**_OFFSET_DAYS, "ten": 10}
# the gap itself, "a week after", "nine days before", "the day after" (``_GAP`` after a day, ``_FRONT`` opening)
_GAP_LENGTH = (r"(?:(?P<n>" + "|".join(_GAP_DAYS) + r"|\d{1,2})\s+(?P<unit>days?|weeks?)|the\s+day)"
               r"\s+(?P<dir>after|before)\s+")
_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?"
                  # a place between the day and the gap ("died Thursday night at a Los Angeles hospital - nine
                  # days after"): one phrase, no comma, figure or other clause in it
                  r"(?:\s+(?:at|in|near|outside|inside)\s+[^,;:()\"“”—–\d-]{1,50}?)?\s*(?:,|\s[-–—]|[–—])?\s*"
                  + _GAP_LENGTH, re.I)
# the same gap opening its sentence ("A day after a gunman opened fire in a church, the Air Force admitted on
# Monday ..."): counted from the one day its main clause tells
_FRONT = re.compile(r"\W*" + _GAP_LENGTH, re.I)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]")
# a word that makes the verb after it a plan ("set to unveil"); "sought to distance himself" is a happening
_PLAN_WORDS = frozenset("set scheduled expected planned slated poised due going supposed likely".split())
# a determiner, and perhaps an adverb of degree, before a past form: it is an adjective ("the most anticipated")
_ADJECTIVE_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|that|his|her|its|their|our|my|your)|\w['’]s)\s+"
                               r"(?:(?:most|more|less|least|much|highly|long|well|[a-z]+ly)\s+)?$", re.I)
# a word that makes what follows another clause's report or thought: the happening after it is not the gap's
_GAP_STOP = frozenset("""said says say told reported announced stated added confirmed disclosed revealed claimed
that which who when where while if because""".split())


def _gap(s: Sentence, base: When, options: Options, hit: re.Match[str] | None = None) -> When | None:
    """The day of the happening a gap right after ``base`` counts from it ("died Thursday, a week after
    suffering a heart attack": the attack's day is the Thursday before; "nine days after": the Tuesday
    before). None when ``base`` is no single day (a month, a year, a relative span), when no event word
    follows within a few words, or when a report or another clause comes first ("a day after it said
    that its drone struck a vehicle": the strike's day is not told). ``hit``: a gap that opens the sentence
    (``_FRONT``), counted from the one day of its main clause."""
    if base.kind != "date" or base.month or base.crowded:
        return None
    hit = hit or _GAP.match(s.text, base.end)
    if hit is None:
        return None
    n = _GAP_DAYS.get(fold(hit.group("n") or "a")) or int(hit.group("n") or 1)
    if (hit.group("unit") or "").lower().startswith("week"):
        n *= 7
    if hit.group("dir").lower() == "after":
        n = -n
    _, hi = _clause(s.text, hit.end(), hit.end())
    comma = s.text.find(",", hit.end(), hi)
    hi = comma if comma >= 0 else hi  # "a day after the speech, police arrested ...": the arrest is the main clause's
    verb = None
    for k, m in enumerate(_WORD.finditer(s.text, hit.end(), hi)):
        word = m.group()
        if k >= options.event_gap_words or word.lower() in _GAP_STOP:
            return None
        if not is_event_word(word):
            continue
        if word.endswith("ed") and word not in EVENT_NOUNS and \
                _ADJECTIVE_BEFORE.search(s.text[max(0, m.start() - 24):m.start()]):
            continue  # "a day after the injured man", "one of the most anticipated elections": an adjective
        if word.lower() in _PLAN_WORDS and _INFINITIVE_AFTER.match(s.text, m.end()):
            return None  # "a week before they are set to unveil the plan": a plan, no happening's day
        verb = m
        break
    if verb is None:
        return None
    event = family(stem(verb.group()), s.text[verb.end():verb.end() + 30])
    if _PLANNED.search(s.text[max(0, verb.start() - 30):verb.start()]):
        event = f"{PLANNED}{event}"
    words = {stem(t) for t in re.findall(r"[a-z][a-z'’-]{2,}", s.text[hit.end():hi].lower())
             if t not in FUNCTION_WORDS and t not in NEWS_WORDS}
    words -= {stem(verb.group())} | {d[:3] for d in WEEKDAYS} | _DATE_WORDS
    named = _TARGET.match(s.text, verb.end())
    target = frozenset(w.lower() for w in named.group(1).split() if w.lower() not in _DATE_WORDS
                       and w.lower().rstrip(".") not in MONTHS) if named else frozenset()
    start, end = hit.start("n") if hit.group("n") else hit.start() + hit.group().lower().index("the"), \
        hit.end("dir")
    common: dict[str, Any] = dict(event=event, event_word=verb.group(), context=frozenset(words), target=target,
                  counted_from=(base.start, base.end))
    text = s.text[start:end]
    if base.md:
        day = date(2000, *base.md) + timedelta(days=n)
        return When(s, start, end, text, "date", md=(day.month, day.day), **common)
    if base.low is not None and base.low == base.high and not base.relative:
        one = date.fromordinal(base.low + n)
        return When(s, start, end, text, "date", low=one.toordinal(), high=one.toordinal(),
                    weekday=WEEKDAYS[one.weekday()], **common)
    if base.relative and base.low is not None and base.high is not None and base.high - base.low <= 1:
        # "yesterday, a day after ...": the page's day (or the one before it) moved by the gap
        return When(s, start, end, text, "date", low=base.low + n, high=base.high + n, relative=True, **common)
    if base.bare and base.weekday:
        return When(s, start, end, text, "date", bare=True,
                    weekday=WEEKDAYS[(WEEKDAYS.index(base.weekday) + n) % 7], **common)
    return None


def _same_as(s: Sentence, hit: re.Match[str], base: When, options: Options) -> When | None:
    """The year or day a sentence opening on "that same year" / "later that day" means: the one the
    sentence before told (a year: the year of its day, month or year; a day: only a day), with the event
    word of this sentence. None when the day before is a weekday name, a month and day with no year for
    a year, or a period longer than the unit ("in the 1950s. That same year": which year is a guess)."""
    event, word, context, target = _event(s.text, hit.start(), hit.end(), options.event_window,
                                          options.event_far_window)
    if not event or base.part or base.crowded or base.relative or base.month:
        return None
    common: dict[str, Any] = dict(event=event, event_word=word, context=context, target=target)
    text = hit.group().strip(" ,")
    start = s.text.index(text, hit.start())
    if hit.group("unit").lower() == "day":
        if base.md:
            return When(s, start, start + len(text), text, "date", md=base.md, weekday=base.weekday, **common)
        if base.low is not None and base.low == base.high:
            return When(s, start, start + len(text), text, "date", low=base.low, high=base.high,
                        weekday=base.weekday, **common)
        return None
    if base.low is None or base.high is None:
        return None
    lo, hi = date.fromordinal(base.low), date.fromordinal(base.high)
    if lo.year != hi.year:
        return None
    return When(s, start, start + len(text), text, "date", low=date(lo.year, 1, 1).toordinal(),
                high=date(lo.year, 12, 31).toordinal(), **common)


# how fine a period is: a day is finer than a week, a week than a month, a month than a year
_GRAIN: dict[str | None, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


def _grain(w: When) -> int:
    """The grain of a date mention: a day (a weekday name, a month and day, one resolved day), else
    the span it can mean (a month, a year)."""
    if w.month:
        return 2
    if w.bare or w.md or w.low is None or w.high is None or w.low == w.high:
        return 0
    return 1 if w.high - w.low < 7 else 2 if w.high - w.low < 31 else 3


def _part(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of the day told around the day at ``start:end`` ("late ... night"), and the span the
    day and its part take together."""
    before = _PART_BEFORE.search(text[max(0, start - 24):start])
    after = _PART_AFTER.match(text[end:end + 24])
    mod = (after.group("mod") if after and after.group("mod") else before.group("mod") if before else "") or ""
    part = " ".join(w for w in (mod.lower(), after.group("part").lower() if after else "") if w)
    if part not in PART_HOURS:
        return "", start, end
    return part, (start - len(before.group()) if before else start), (end + after.end() if after else end)


def _when(group: list[Mention], s: Sentence, window: int = DEFAULT.event_window,
          far: int = DEFAULT.event_far_window, own: date | None = None,
          beside_days: int = DEFAULT.event_year_beside_days, eventless: bool = False) -> When | None:
    """The time mention ``group`` (one date, or a weekday and the date beside it) read for comparison;
    ``own``: its article's own publication date, which resolves a relative day (None: it stays unread);
    ``beside_days``: see ``_year_beside``; ``eventless``: read it with no event word too (a day a gap
    counts from, ``_gap``, is never compared itself)."""
    start, end = group[0].start, group[-1].end
    if end <= start:
        return None
    core = s.text[start:end]  # the date words alone, without the part of the day around them
    part = ""
    if group[0].label == "day":
        part, start, end = _part(s.text, start, end)
    text = s.text[start:end]
    event, word, context, target = _event(s.text, start, end, window, far)
    if not event and not eventless:
        return None
    approx = is_approx(s.text, start)
    if group[0].label == "time":
        value = str(group[0].value or "")
        if not re.fullmatch(r"\d\d:\d\d", value) or _stamp(s.text, start, end):
            return None
        minutes = int(value[:2]) * 60 + int(value[3:])
        return When(s, start, end, text, "time", minutes=minutes, approx=approx, event=event, event_word=word,
                    context=context, target=target)
    if any(m.label not in ("day", "month", "year") for m in group):
        return None
    if len(group) == 1 and group[0].label == "month" and group[0].value is None:
        name = re.sub(r"\W", "", group[0].text).lower()
        if name not in MONTHS:
            return None
        return When(s, start, end, text, "date", month=MONTHS[name], event=event, event_word=word, context=context,
                    target=target, edge=_month_edge(s.text, start, end))
    if _RELATIVE.search(core) and not re.search(r"\d", core):
        # "yesterday", "last Friday", "Wednesday next week", "last month" in an article that says when it was
        # written: the days it means then (a weekday name alone stays compared by its name: a caption kept
        # from last week's gallery says "On Wednesday" of another week). A page's date may be the day after
        # its writing (a morning paper, a time zone): a relative day also means the day before it.
        span = _resolved(group, core) if own is not None else None
        if span is not None:
            low = span[0] - 1 if span[0] == span[1] else span[0]
            return When(s, start, end, text, "date", low=low, high=span[1], relative=True, part=part, event=event,
                        event_word=word, context=context, target=target)
        return None  # "today", "two days ago", "Wednesday next week" with nothing a reader can check
    if re.search(r"\bago\b", core, re.I):
        return None  # an offset
    named, explicit = _NAMED_DAY.search(core), _explicit(group)
    if not explicit:
        return When(s, start, end, text, "date", weekday=named.group(1).lower() if named else None, bare=True,
                    part=part, event=event, event_word=word, context=context, target=target)
    spans = [_interval(m) for m in explicit]
    beside = _year_beside(s, explicit, core, beside_days)
    if beside is not None:
        spans = [(beside, beside)]
    elif own is None and len(explicit) == 1 and explicit[0].label == "day" and not re.search(r"\d{4}", core):
        spans = [None]  # "convicted March 20" with no year, in a page with no date: the story's year is a guess
    if any(sp is None for sp in spans):
        md = _month_day(explicit) if len(explicit) == 1 else None
        if md is None:
            return None
        # "Nov. 18" with no date to give it a year: compared by month and day only
        return When(s, start, end, text, "date", md=md, weekday=named.group(1).lower() if named else None,
                    part=part, event=event, event_word=word, context=context, target=target)
    low = max(sp[0] for sp in spans if sp)
    high = min(sp[1] for sp in spans if sp)
    if low > high:
        return None  # the weekday and the date disagree: a typo, not a value
    until = _UNTIL_YEAR.match(s.text, end) if explicit[-1].label == "year" else None
    if until and int(until.group(1)) >= date.fromordinal(high).year:
        # "from 1974 to 1978": a span of years, which agrees with any year inside it
        high = date(int(until.group(1)), 12, 31).toordinal()
        end = until.end()
        text = s.text[start:end]
    weekday = named.group(1).lower() if named else (
        WEEKDAYS[date.fromordinal(low).weekday()] if low == high else None)
    return When(s, start, end, text, "date", low=low, high=high, weekday=weekday, part=part, event=event,
                event_word=word, context=context, target=target)


def _year_beside(s: Sentence, explicit: list[Mention], core: str,
                 within: int = DEFAULT.event_year_beside_days) -> int | None:
    """The day (ordinal) a month and day written without a year means when its own sentence writes another
    day with its year, and that year puts the two days within ``within`` days of each other ("killed June
    24, 2005 while investigating a June 20 shooting": June 20, 2005, whatever year the page is from). None
    otherwise: a day far from the written one ("born April 22, 1923, she died Dec. 11") or two written
    years give no year, and the page's date decides as before."""
    if len(explicit) != 1 or explicit[0].label != "day" or re.search(r"\d{4}", core):
        return None
    md = _month_day(explicit)
    written = {date.fromisoformat(str(m.value)[:10]) for m in s.mentions
               if m.kind == "date" and m.label == "day" and m.value and m is not explicit[0]
               and re.search(r"\b(?:1[89]|20)\d\d\b", m.text) and re.match(r"\d{4}-\d\d-\d\d", str(m.value))}
    if md is None or len({d.year for d in written}) != 1:
        return None
    try:
        day = date(next(iter(written)).year, *md)
    except ValueError:
        return None
    if min(abs(day.toordinal() - d.toordinal()) for d in written) > within:
        return None
    return day.toordinal()


def day_of(s: Sentence, own: date | None) -> int | None:
    """The one day (ordinal) a sentence dates what it tells: a day written with its year, or a relative
    day ("Wednesday night") its article's own date resolves; None when it gives none, or two."""
    days = {date.fromisoformat(str(m.value)[:10]).toordinal() for m in s.mentions
            if m.kind == "date" and m.label == "day" and m.value and (own is not None or re.search(r"\d{4}", m.text))}
    return next(iter(days)) if len(days) == 1 else None


def later_than_page(a: When, b: When) -> bool:
    """Whether one of two times of day is dated after the other's page was written (its publication date
    and a day for a time zone): a page cannot report it, so they are two occurrences ("set off at 8 p.m."
    in a page of Monday / "Wednesday night … set off around 8:30 p.m.": two nights' marches)."""
    return any(x.on is not None and y.published is not None and x.on > y.published + 1 for x, y in ((a, b), (b, a)))


def own_date(published: dict[str, str] | None, article: str) -> date | None:
    """The article's own publication date, None when it has none: a relative day is then left unread
    (the story's date may be days from the article's)."""
    try:
        return date.fromisoformat(str((published or {})[article])[:10])
    except (KeyError, ValueError):
        return None


def page_dates(sentences: Sequence[Sentence], published: dict[str, str] | None) -> dict[str, str]:
    """The publication dates a relative day may be resolved against: an article's own, unless its text
    writes a year after it ("In April 2007 the suspect was found guilty" in a page dated 2005: a date
    read off the page that is not when it was written, an anniversary or a caption's)."""
    dates_ = dict(published or {})
    for s in sentences:
        own = own_date(dates_, s.article)
        if own is not None and any(m.kind == "date" and m.value and re.search(r"\d{4}", m.text)
                                   and str(m.value)[:4].isdigit() and int(str(m.value)[:4]) > own.year
                                   for m in s.mentions):
            dates_.pop(s.article)
    return dates_


_WEEKS_AGO = re.compile(r"\b(?:week|month|year)s?\s+ago\b", re.I)


def _resolved(group: list[Mention], core: str) -> tuple[int, int] | None:
    """The days (ordinals) a relative date mention means, resolved by the analyser against its article's
    own publication date; None when a mention of it has no value, or an offset in weeks ("six weeks ago",
    rounded by its writer) is not a day."""
    if _WEEKS_AGO.search(core) or any(m.value is None or m.label not in ("day", "week", "month", "year") for m in group):
        return None
    spans = [_interval(m) for m in group]
    if any(sp is None for sp in spans):
        return None
    low, high = max(sp[0] for sp in spans if sp), min(sp[1] for sp in spans if sp)
    return (low, high) if low <= high else None


_UNTIL_YEAR = re.compile(r"\s*(?:to|through|until|till|-|–)\s*((?:1[89]|20)\d\d)\b(?!['’]?s\b)")
_STAMP = re.compile(r"(?:19|20)\d\d,?\s*(?:at\s*)?$")
_STAMP_ZONE = re.compile(r"^\s*\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|ET|PT)\b")  # the zone of a page's stamp


def _stamp(text: str, start: int, end: int) -> bool:
    """"Jun 20, 2017 at 1:45pm PDT": the time a page was posted, not an event's. A date and time that
    open a clause going on ("On Saturday 8 June 2013, at 8:39am police were called") are the event's."""
    before = text[:start]
    return bool((_STAMP.search(before) and not _GOES_ON.match(text[end:])) or (_STAMP_ZONE.match(text[end:]) and (
        len(before.split()) <= 3 or _POSTED.search(before))))


_GOES_ON = re.compile(r"\s*,?\s+[a-z]")  # lower-case words after the time: a sentence, not a byline
# a time with its zone is a page's stamp at the head of a text or after these words ("Updated 10:31 a.m.
# ET"); inside a sentence it is the event's ("the quake struck at 2045 GMT")
_POSTED = re.compile(r"\b(?:posted|updated|published|modified|last\s+updated)\b", re.I)


def same(a: When, b: When) -> bool | None:
    """Whether two mentions state the same value; None when they cannot be compared. One day told
    with two parts of it that share no hour ("Tuesday morning" / "Tuesday night") is two values; parts
    whose hours overlap ("Tuesday evening" / "late Tuesday night": both can be 10 p.m.) are one time in
    other words, as readers use them; a day with a part and the day alone agree."""
    day = _same_day(a, b)
    if day and a.part and b.part:
        (a0, a1), (b0, b1) = PART_HOURS[a.part], PART_HOURS[b.part]
        return a0 < b1 and b0 < a1
    return day


def _same_day(a: When, b: When) -> bool | None:
    if a.kind != b.kind:
        return None
    if a.kind == "time":
        return a.minutes == b.minutes
    if a.month or b.month:  # "in August" / "in May", or / "August 12": by the month's name
        # never with a year written out: "in February" / "in December 2003" are most often this
        # year's event and a past one's (a story recalling an earlier quake)
        x, y = a.month or (b.md and _month_of(a)), b.month or (a.md and _month_of(b))
        return None if not x or not y else x == y
    if a.relative or b.relative:
        r, o = (a, b) if a.relative else (b, a)
        if o.relative and r.text.lower() == o.text.lower():
            return True  # the same relative words ("yesterday" / "yesterday"): never a disagreement, however dated
        if o.bare or (o.md and o.low is None):  # a weekday name or a month and day no date resolves
            days = [date.fromordinal(k) for k in range(r.low or 0, (r.high or 0) + 1)] if r.low and r.high and \
                r.high - r.low < 7 else []
            if not days or (o.bare and o.weekday is None):
                return None
            return any(WEEKDAYS[d.weekday()] == o.weekday for d in days) if o.bare else \
                any((d.month, d.day) == o.md for d in days)
    if a.bare or b.bare:
        if a.weekday is None or b.weekday is None:
            return None
        return a.weekday == b.weekday
    if a.md or b.md:
        u, v = a.md or _md(a), b.md or _md(b)
        return None if u is None or v is None else u == v
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return None
    return a.low <= b.high and b.low <= a.high


def _month_of(w: When) -> int | None:
    """The one month a dated mention falls in (None for a weekday name, a year, a span of months)."""
    if w.md:
        return w.md[0]
    if w.low is None or w.high is None:
        return None
    lo, hi = date.fromordinal(w.low), date.fromordinal(w.high)
    return lo.month if (lo.year, lo.month) == (hi.year, hi.month) else None


def _md(w: When) -> tuple[int, int] | None:
    if w.low is None or w.low != w.high:
        return None
    d = date.fromordinal(w.low)
    return d.month, d.day


def _one_event(a: When, b: When) -> bool:
    """Same event word, no two different named people, and a participant shared besides the event."""
    if a.article == b.article or a.kind != b.kind or a.event != b.event:
        return False
    pa, pb = people_of(a.sentence), people_of(b.sentence)
    if pa and pb and not pa & pb and _people(a.sentence) and _people(b.sentence):
        # "signed Smith on Tuesday" / "signed Jones on Monday": two people's events (a road the tagger calls a
        # person, "State Route 52" / "State Route 94", is no one both name: precision56); a side that names
        # only bodies the tagger took for people ("the Wildlife Society ... sent a letter today") names
        # no one, and a body both sides write ("Betty Ford Center") is still a shared participant
        return False
    if _doers_apart(a, b):
        return False  # "Jackson was arrested ... by the Highway Patrol" / "Williams was arrested ... the Highway
        # Patrol said": each the event of its own person, whatever else both name (precision56)
    if a.target and b.target and not a.target & b.target:
        return False  # "defeated Drake on Friday" / "defeated Bradley on Thursday": two games
    if _work_and_other(a, b) or _work_and_other(b, a):
        return False  # "inspired the 2005 film The Notorious Bettie Page" / "released from a mental hospital in
        # 1992": a work's year is no other release's (precision56)
    if _two_opponents(a.sentence.text, b.sentence.text):
        return False  # "hurt his knee against the Carolina Panthers on Oct. 19" / "against the Chicago Bears
        # Thursday night": two games (precision56)
    if a.event == DAMAGE and _two_agents(a.sentence.text, b.sentence.text):
        return False  # "damaged by a storm in 2004" / "destroyed by fire in 2011": two happenings to one building
    # a time of day is told in fewer words ("the call came at 3:33 a.m."): one shared word besides the event
    return bool(_names(a.sentence, NAMED) & _names(b.sentence, NAMED)) or \
        len(a.context & b.context) >= (1 if a.kind == "time" else 2)


# disagree41: what damaged or destroyed a building (``verbs`` family "damage": destroyed, damaged,
# devastated, gutted ...), one word for each kind of agent; a hurricane or storm keeps its name
DAMAGE = "damage"
_AGENTS = {"fire": "fire", "blaze": "fire", "flames": "fire", "arson": "fire", "storm": "storm", "hurricane": "storm",
           "typhoon": "storm", "cyclone": "storm", "tornado": "tornado", "flood": "flood", "floods": "flood",
           "floodwaters": "flood", "quake": "quake", "earthquake": "quake", "tremor": "quake", "bomb": "blast",
           "blast": "blast", "explosion": "blast", "bombing": "blast", "shelling": "shelling", "airstrike": "airstrike",
           "airstrikes": "airstrike", "landslide": "landslide", "mudslide": "landslide", "tsunami": "tsunami"}
_AGENT = re.compile(r"\b(?P<word>" + "|".join(_AGENTS) + r")\b(?:\s+(?P<name>[A-Z][a-z]+))?", re.I)


def _agents(text: str) -> set[str]:
    """The kinds of agent a sentence names ("fire", "storm"), a named storm by its name ("storm Katrina")."""
    return {_AGENTS[fold(m.group("word"))] + (f" {m.group('name')}" if m.group("name") and
                                                  _AGENTS[fold(m.group("word"))] == "storm" else "")
            for m in _AGENT.finditer(text)}


def _two_agents(a: str, b: str) -> bool:
    """Whether two sentences each name what did the damage and name none in common ("a storm damaged the
    chapel" / "fire destroyed the chapel", "Hurricane Georges" / "Hurricane Katrina"): two happenings."""
    x, y = _agents(a), _agents(b)
    return bool(x and y and not x & y)


# precision56: the last word of a road's name, never a surname ("State Route", "Interstate", "the Pacific Highway")
_ROAD_WORDS = frozenset("route highway interstate freeway expressway motorway turnpike boulevard avenue".split())


def people_of(s: Sentence) -> set[str]:
    """``_surnames`` without roads the tagger calls people ("State Route 52": route): whom a moment is of."""
    return _surnames(s) - _ROAD_WORDS


def _doers_apart(a: When, b: When) -> bool:
    """precision56: whether each side names a person right before its event word ("Jamal Williams was
    arrested", "Jackson was arrested") and neither sentence names the other's: two people's events, however
    much else the sentences share (the arresting agency, the charge)."""
    da, db = _doer(a), _doer(b)
    if not da or not db or da == db:
        return False
    return da not in _surnames(b.sentence) and db not in _surnames(a.sentence)


# between a person and the event word: auxiliaries and an adverb ("Williams was arrested", "Smith, 32, was
# reportedly shot", "Lohan had checked"), never another clause
_DOER_GAP = re.compile(r"^(?:,\s+\d{1,3},)?\s+(?:(?:was|were|is|has|had|have|been|got|also|reportedly|allegedly|later|"
                       r"then|first|initially)\s+){0,3}$")


def _doer(w: When) -> str | None:
    """The surname of the person written right before ``w``'s event word, its subject ("Jamal Williams was
    arrested": williams), or None."""
    at, text = _event_at(w), w.sentence.text
    def gap(end: int) -> str:  # the words between, the side's own time left out ("Jackson on Tuesday was")
        if end <= w.start and w.end <= at:
            return re.sub(r"\s+(?:on|in|at|early|late)\s*$", "", text[end:w.start]) + text[w.end:at]
        return text[end:at]
    for m in w.sentence.mentions:
        if m.kind == "entity" and m.label == PERSON and m.value and m.end <= at and not _body_name(text, m) \
                and _DOER_GAP.match(gap(m.end)):
            return str(m.value).split()[-1].lower()
    for hit in _ADMINISTRATION.finditer(text[:at]):
        if _DOER_GAP.match(gap(hit.end())):
            # "the Bush administration announced": Bush's; "The administration" / "This administration" (mend56)
            # names no one: no doer, never the function word
            return None if _no_doer_word(hit.group(1).lower()) else hit.group(1).lower()
    return None


_ADMINISTRATION = re.compile(r"\b([A-Z][a-z]+)\s+administration\b")
# mend56: a capitalised word before "administration" that is no proper name: a sentence's first function word
# ("The", "This", "His", "Its") or an adjective ("New", "Former", "Current", "Federal")
_NOT_A_NAME = frozenset("new former current previous prior outgoing incoming last next present entire whole "
                        "federal state local city county national interim".split())


def _no_doer_word(word: str) -> bool:
    """Whether a capitalised word before "administration" is no one's name (``_NOT_A_NAME``, a function word)."""
    return word in FUNCTION_WORDS or word in STOP_WORDS or word in _NOT_A_NAME


def _work_and_other(a: When, b: When) -> bool:
    """precision56: whether ``a`` is the year of a work ("the 2005 film The Notorious Bettie Page") and ``b``'s
    sentence names no work and no word of its title but the people's: ``b``'s release is another (a person
    released from hospital), whatever verb family both share."""
    if a.event_word not in WORKS or b.event_word in WORKS:
        return False
    text = b.sentence.text.lower()
    if re.search(r"\b(?:" + "|".join(WORKS) + r")s?\b", text):
        return False
    title = a.target - _surnames(a.sentence) - FUNCTION_WORDS - {"the", "a", "an"}
    return not any(re.search(rf"\b{re.escape(w)}\b", text) for w in title)


# precision56: the other side of a game ("against the Carolina Panthers", "vs. Drake"): up to four
# capitalised words; "the" before them (mend56) marks a team's nickname as the last word ("the Steelers",
# "the Carolina Panthers"), none a place or school named alone ("against Pittsburgh", "vs. Drake")
_OPPONENT = re.compile(r"\b(?:against|vs\.?|versus)\s+(?P<the>the\s+)?"
                       r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3})")


def _opponents(text: str) -> set[tuple[frozenset[str], str, str]]:
    """Each other side a sentence names: (its words, its nickname, its place), lower case; the nickname is the
    last word after "the" ("the Carolina Panthers": panthers), the place the words before it ("carolina") or the
    whole name written without "the" ("against New York": new york); "" where the name does not tell it."""
    out = set()
    for m in _OPPONENT.finditer(text):
        words = [w.lower().strip(".,") for w in m.group(2).split()]
        nick, place = (words[-1], " ".join(words[:-1])) if m.group("the") else ("", " ".join(words))
        out.add((frozenset(words), nick, place))
    return out


def _two_opponents(a: str, b: str) -> bool:
    """precision56: whether each sentence names the other side of a game and no name of one can be the other's
    ("against the Carolina Panthers" / "against the Chicago Bears"): two games. "the Bears" and "Chicago Bears"
    share a word: one opponent. mend56: a place and a nickname ("against Pittsburgh" / "against the Steelers",
    "New York" / "the Giants") may be one team: undecided, so not two games; two names are apart only when both
    give a nickname and the nicknames differ, or both give a place and the places differ."""
    x, y = _opponents(a), _opponents(b)
    if not x or not y:
        return False
    def apart(o: tuple[frozenset[str], str, str], p: tuple[frozenset[str], str, str]) -> bool:
        if o[0] & p[0]:
            return False
        return bool(o[1] and p[1] and o[1] != p[1]) or bool(o[2] and p[2] and o[2] != p[2])
    return all(apart(o, p) for o in x for p in y)


def _surnames(s: Sentence) -> set[str]:
    """The people a sentence names, by surname ("Owen" = "Jon Owen")."""
    return {str(m.value).split()[-1].lower() for m in s.mentions
            if m.kind == "entity" and m.label == PERSON and str(m.value or "").split()}


def _people(s: Sentence) -> set[str]:
    """``_surnames`` without the names the tagger calls a person that are a body's or a law's
    (``_body_name``): "the Wildlife Society" and "the Endangered Species Act" are no one whose event
    another sentence could not tell."""
    return {str(m.value).split()[-1].lower() for m in s.mentions
            if m.kind == "entity" and m.label == PERSON and str(m.value or "").split()
            and not _body_name(s.text, m)}


# the last word of a body's or a law's name ("Wildlife Society", "Clean Air Act"; ``ORG_CUES`` holds the
# rest) and the words that join a body's word to the rest of its name ("Society for Conservation Biology").
# "center" and "bureau" stay out of ORG_CUES: there they change which names the analyser merges.
_BODY_WORDS = ORG_CUES | frozenset({"center", "bureau"})
_BODY_JOIN = re.compile(r"\b(?P<body>[A-Z][a-z]+)\s+(?:for|of|on)\s+(?:the\s+)?$")


def _body_name(text: str, m: Mention) -> bool:
    """Whether a PERSON mention is a body's or a law's name: its last word is a body's word ("Wildlife
    Society", "Endangered Species Act"), or it follows a body's word and "for" / "of" ("Society for
    Conservation Biology", "Institute of Electrical Engineers"). A person's name ends on a surname,
    never on "Society" or "Act"; "Steve Jobs of Apple" is still a person (nothing before him)."""
    words = str(m.value or "").split()
    if words and words[-1].lower().strip(".,") in _BODY_WORDS:
        return True
    before = _BODY_JOIN.search(text[max(0, m.start - 40):m.start])
    return bool(before and before.group("body").lower() in _BODY_WORDS)


def _names(s: Sentence, labels: tuple[str, ...]) -> set[str]:
    return {str(m.value) for m in s.mentions if m.kind == "entity" and m.label in labels and m.value}


def _masked(text: str, spans: Sequence[When]) -> str:
    """A sentence without its times: what it says of them, not what they are."""
    for o in sorted(spans, key=lambda o: -o.start):
        text = f"{text[:o.start]} {text[o.end:]}"
    return text


def _told(a: When, b: When, of: dict[tuple[str, int], list[When]]) -> bool:
    """Whether ``a``'s sentence states two different values of its kind ("signed Wynn on Monday and
    Bell on Wednesday", "before 1997 ... in 1959"): it tells two events, and which one ``a`` is is a
    guess, so it never makes a side against another article — unless each value's event word names
    its own target ("picked up Wynn on Monday and on Wednesday signed Bell")."""
    return any(o is not a and o.kind == a.kind and same(o, a) is False and not _apart(o, a) and not _own_verbs(o, a)
               and not _counted(o, a) for o in of[a.sentence.key])


def _counted(a: When, b: When) -> bool:
    """recall49: whether one of two values of a sentence is counted from the other ("died Thursday, a week
    after suffering a heart attack"): two events, whose each day is is written."""
    return a.counted_from == (b.start, b.end) or b.counted_from == (a.start, a.end)


def _own_verbs(a: When, b: When) -> bool:
    """Two values of one sentence each written right after its own event word ("an indictment handed up
    Tuesday and unsealed Thursday", "arrested Monday and charged on Wednesday"): whose each is is written."""
    return a.event != b.event and a.event_word != b.event_word and _right_after(a) and _right_after(b)


def _right_after(w: When) -> bool:
    """Whether ``w`` is written right after its event word (a particle and "on" / "in" between at most)."""
    at = _event_at(w) + len(w.event_word)
    return at <= w.start and bool(_RIGHT_AFTER.fullmatch(w.sentence.text[at:w.start]))


_RIGHT_AFTER = re.compile(r"\s+(?:(?:up|down|out|off|in)\s+)?(?:(?:on|in|at|last|early|late)\s+)?")


def _names_target(a: When, b: When, of: dict[tuple[str, int], list[When]]) -> bool:
    """Whether ``b``'s sentence can be of ``a``'s event when ``a`` is one of two in its sentence told apart
    by their targets ("picked up Wynn on Monday and on Wednesday signed Bell"): it names a's target."""
    if not any(o is not a and o.kind == a.kind and same(o, a) is False and _apart(o, a) for o in of[a.sentence.key]):
        return True
    named = {w.lower() for m in b.sentence.mentions if m.kind == "entity" for w in str(m.value or "").split()}
    return bool(a.target & named)


def _apart(a: When, b: When) -> bool:
    """Two values of one sentence each told of its own named target ("picked up Wynn on Monday and on
    Wednesday signed Bell"): which value is whose is written, not a guess."""
    return bool(a.target and b.target and not a.target & b.target)


@dataclass
class Scored:
    """Two mentions (positions in the list paired) and how alike their sentences are: the ``Pair`` the
    candidate finders of events, clock and measures make."""

    a: int
    b: int
    score: float


def similarities(texts: list[str]) -> np.ndarray:
    """The TF-IDF cosine of every two of ``texts`` (each sentence once, its values masked): how alike the
    words around two values are; all zeros when the texts hold nothing but stop words. Events, clock and
    measures pair their values by it."""
    try:
        m = tfidf.matrix(texts)
        return (m @ m.T).toarray()
    except ValueError:
        return np.zeros((len(texts), len(texts)))


def candidates(whens: Sequence[When], context: float) -> list[Scored]:
    """Mutual best counterparts of one event between articles (equal values included: they say
    which article agrees)."""
    if len(whens) < 2:
        return []
    of: dict[tuple[str, int], list[When]] = {}
    for w in whens:
        of.setdefault(w.sentence.key, []).append(w)
    row = {key: k for k, key in enumerate(of)}
    sims = similarities([_masked(ws[0].sentence.text, ws) for ws in of.values()])
    buckets: dict[tuple[str, str], list[int]] = {}
    for k, w in enumerate(whens):
        buckets.setdefault((w.kind, w.event), []).append(k)
    told = Counter((w.article, w.kind, w.event) for w in whens)
    pairs: list[Scored] = []
    for i, j in ((i, j) for ks in buckets.values() for n, i in enumerate(ks) for j in ks[n + 1:]):
        a, b = whens[i], whens[j]
        agree = same(a, b)
        own_life = _own_life(a, b)
        sole = agree is False and (_sole_month(a, b, told) or _sole_ruling(a, b, told))
        if not (own_life or sole or _one_event(a, b)) or agree is None or later_than_page(a, b) or \
                (not agree and (a.crowded or b.crowded or _told(a, b, of) or _told(b, a, of))) or \
                not _names_target(a, b, of) or not _names_target(b, a, of):
            continue
        sim = float(sims[row[a.sentence.key], row[b.sentence.key]])
        if sim >= context or own_life or sole:
            pairs.append(Scored(i, j, sim + 0.05 * len(a.context & b.context)))
    return mutual_best(pairs, [w.article for w in whens])


def _sole_month(a: When, b: When, told: Counter[tuple[str, str, str]]) -> bool:
    """recall45: one event each article dates once, by a month named without a year ("proposed the new
    regulations in May" / "it was proposed in August"): the story's one happening of that kind, however
    unlike the rest of the sentences. Not when an article dates the event twice, when both sentences name
    people, or for days (a protest or an arrest is told on many days)."""
    if a.article == b.article or a.kind != "date" or a.kind != b.kind or not a.event or a.event != b.event \
            or a.event.startswith(PLANNED) or not a.month or not b.month:
        return False
    if told[(a.article, a.kind, a.event)] != 1 or told[(b.article, b.kind, b.event)] != 1:
        return False
    if (_people(a.sentence) and _people(b.sentence)) or (a.target and b.target and not a.target & b.target):
        return False
    return not (a.event == DAMAGE and _two_agents(a.sentence.text, b.sentence.text))


# recall46: the steps of one criminal case that happen once to it (one indictment, one conviction, one
# sentence, one acquittal), as ``verbs.event`` names them ("indicted" / "an indictment handed up" / "charged
# by a grand jury" are all "indict"; "convicted" / "found guilty" are "convict")
ONCE_IN_A_CASE = frozenset({"indict", "convict", "sentenc", "acquit"})


def _sole_ruling(a: When, b: When, told: Counter[tuple[str, str, str]]) -> bool:
    """recall46: one step of a criminal case each article dates once, by a day too ("were indicted
    Thursday" / "an indictment handed up Tuesday"): a case is indicted, convicted or sentenced once, so
    two articles that each date that step once date the same happening, however unlike the sentences
    (unlike a protest, a clash or an arrest, told on many days: recall45 dropped days for those). Not
    when an article dates the step twice (two defendants, a retrial), when both sentences name people
    and no one in common or two different targets, or for a step that is planned ("due to be sentenced")."""
    if a.article == b.article or a.kind != "date" or b.kind != "date" or a.event != b.event \
            or a.event not in ONCE_IN_A_CASE:
        return False
    if told[(a.article, a.kind, a.event)] != 1 or told[(b.article, b.kind, b.event)] != 1:
        return False
    if _ANOTHER.search(a.sentence.text) or _ANOTHER.search(b.sentence.text):
        return False  # "his co-defendant was also sentenced Friday": the step of another defendant
    pa, pb = _surnames(a.sentence), _surnames(b.sentence)
    if pa and pb and not pa & pb:
        return False
    return not (a.target and b.target and not a.target & b.target)


# words that tell of another defendant or another time the step was taken
_ANOTHER = re.compile(r"\b(?:co-?defendants?|accomplices?|another|other|second|third|also|again|retrial|"
                      r"re-?sentenc\w*)\b", re.I)


# a person's account of his own life: one per person, whatever else the sentence says
_OWN_LIFE = frozenset({"memoir", "autobiography"})
_POSSESSIVE = re.compile(r"\b(his|her)\s+$", re.I)


def _own_life(a: When, b: When) -> bool:
    """"his 2012 memoir" / "In his 2011 autobiography, My Infamous Life, Johnson recalled": the year
    of one person's account of his own life, however unlike the sentences (a memoir is quoted for
    what it says, not for when it came out). The same possessive in both, no two different people
    named and no two different titles: "his memoir" and "her memoir" are two people's."""
    if a.article == b.article or a.event_word not in _OWN_LIFE or b.event_word not in _OWN_LIFE:
        return False
    pa_, pb_ = (_POSSESSIVE.search(w.sentence.text[max(0, w.start - 8):w.start]) for w in (a, b))
    if not pa_ or not pb_ or pa_.group(1).lower() != pb_.group(1).lower():
        return False
    people_a, people_b = _surnames(a.sentence), _surnames(b.sentence)
    if people_a and people_b and not people_a & people_b:
        return False
    return not (a.target and b.target and not a.target & b.target)


class Pair(Protocol):
    """Two mentions (positions in the list paired) and how alike their sentences are."""

    a: int
    b: int
    score: float


def mutual_best(pairs: Sequence[P], article: Sequence[str]) -> list[P]:
    """The pairs that are each mention's best with the other's article (best first): a mention is
    paired with at most one mention of each other article. ``article[k]``: mention k's article."""
    best: dict[tuple[int, str], int] = {}
    for n, p in sorted(enumerate(pairs), key=lambda np_: -np_[1].score):
        best.setdefault((p.a, article[p.b]), n)
        best.setdefault((p.b, article[p.a]), n)
    return [p for n, p in enumerate(pairs) if best[(p.a, article[p.b])] == n and best[(p.b, article[p.a])] == n]


P = TypeVar("P", bound=Pair)


def groups(whens: Sequence[Record], pairs: Sequence[Pair], equal: Callable[[Any, Any], bool | None] = same
           ) -> list[list[int]]:
    """Mentions joined by pairs of different values (best first; a join that would make one article
    state two different values is refused), then the mentions that agree with a member added.
    ``equal``: whether two mentions state one value (``same``; ``measures`` passes its own)."""
    parent = list(range(len(whens)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(whens))}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    ranked = sorted(pairs, key=lambda p: -p.score)
    for p in ranked:
        if equal(whens[p.a], whens[p.b]):
            continue
        ra, rb = root(p.a), root(p.b)
        if ra == rb:
            continue
        joined = members[ra] + members[rb]
        if any(whens[i].article == whens[j].article and equal(whens[i], whens[j]) is not True
               for i in joined for j in joined if i < j):
            continue
        parent[rb] = ra
        members[ra] = joined
        del members[rb]
    out = [ks for ks in members.values() if len(ks) > 1]
    index = {k: g for g, ks in enumerate(out) for k in ks}
    for p in ranked:
        if not equal(whens[p.a], whens[p.b]):
            continue
        for inside, outside in ((p.a, p.b), (p.b, p.a)):
            if inside in index and outside not in index:
                group = out[index[inside]]
                if any(whens[k].article == whens[outside].article for k in group):
                    continue
                group.append(outside)
                index[outside] = index[inside]
    return out


def _normalized(w: When) -> str:
    if w.kind == "time":
        return f"{w.minutes // 60:02d}:{w.minutes % 60:02d}" if w.minutes is not None else w.text
    if w.md:
        return date(2000, *w.md).strftime("%B %-d")
    if w.month:
        return date(2000, w.month, 1).strftime("%B")
    if w.relative and w.low is not None and w.high is not None and w.high - w.low <= 1:
        # a relative day as resolved: its weekday and the date ("Thursday 2022-03-03")
        day = date.fromordinal(w.high)
        return _with_part(f"{WEEKDAYS[day.weekday()].capitalize()} {day.isoformat()}", w.part)
    if w.bare or w.low is None or w.high is None:
        return _with_part((w.weekday or w.text).capitalize(), w.part)
    lo, hi = date.fromordinal(w.low), date.fromordinal(w.high)
    if lo == hi:
        return _with_part(lo.isoformat(), w.part)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        return str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"
    if lo.day == 1 and (hi + timedelta(days=1)).day == 1 and (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}"
    return f"{lo.isoformat()}/{hi.isoformat()}"


_SPLIT_TIME = re.compile(r"(?<=\d)([.:])\s+(?=\d)")
_SPLIT_MERIDIEM = re.compile(r"\b([ap])\.\s+m\.", re.I)


def written(text: str) -> str:
    """A time as its writer wrote it, a tokenizer's spaces taken out ("8. 40am", "1: 30 a. m." →
    "8.40am", "1:30 a.m.")."""
    return _SPLIT_MERIDIEM.sub(r"\1.m.", _SPLIT_TIME.sub(r"\1", text))


def _with_part(day: str, part: str) -> str:
    """"early Saturday", "Tuesday late night": a day and the part of it told."""
    return f"{part} {day}" if part in ("early", "late") else f"{day} {part}".strip()


def _about(members: Sequence[When]) -> tuple[str, str]:
    """(the slot in a reader's words, the event it belongs to)."""
    first = members[0]
    common = set.intersection(*(_surnames(w.sentence) for w in members)) if members else set()
    who = None
    if len(common) == 1:  # the one person every side names: the fullest way it is written ("W. Mark Felt")
        surname = next(iter(common))
        # only a subject of the event word names it ("Felt died", "Reid checked herself in"), never
        # the source of the sentence ("Owen says the call came in at 3:30 a.m.")
        names = {str(m.value) for w in members for m in w.sentence.mentions if m.kind == "entity"
                 and m.label == PERSON and str(m.value or "").lower().split()[-1:] == [surname]
                 and m.end <= _event_at(w) and _SUBJECT.fullmatch(w.sentence.text[m.end:_event_at(w)])}
        who = max(sorted(names), key=len) if names else None
        if who is None:  # the one the event was done to: "signed DeShawn Wynn on Tuesday" → "day signed DeShawn Wynn"
            done = [w.sentence.text[_event_at(w):m.end] for w in members for m in w.sentence.mentions
                    if m.kind == "entity" and m.label == PERSON and str(m.value or "").lower().split()[-1:] == [surname]
                    and m.start > _event_at(w)
                    and _OBJECT.fullmatch(w.sentence.text[_event_at(w) + len(w.event_word):m.start])]
            if done:  # as the first side tells it
                # labels67: with its subject when a side writes one ("day the Saints signed DeShawn Wynn")
                told = [p for w in members if (at := _event_at(w)) and w.sentence.text[at:at + len(w.event_word)]
                        == w.event_word and (p := naming.event_phrase(w.sentence, at, w.event_word, (w.start, w.end),
                                                                      _spans(w))) and p.endswith(done[0])]
                return f"{_question(members)} {told[0] if told else done[0]}", f"{first.event_word} ({surname})"
    question = _question(members)
    anchor = f"{first.event_word} ({who})" if who else first.event_word
    if who:
        return f"{question} {who} {first.event_word}", anchor
    subject = _one_subject(members, common)
    if subject:  # (the label only: the anchor stays the event word)
        # mend92: a passive keeps its "was" ("day Carl Dunn was executed", never "Carl Dunn executed")
        at = _event_at(first)
        aux = re.search(r"\b(?:was|were)\s+$", first.sentence.text[max(0, at - 12):at]) if at else None
        return f"{question} {subject} {aux.group().strip() + ' ' if aux else ''}{first.event_word}", anchor
    for w in members:  # recall49: a day counted from another by a gap names the happening after the gap
        phrase: str | None = _gap_phrase(w)
        if phrase:
            return f"{question} {phrase}", anchor
    # names47: the event word and its subject as the first side that has one writes them ("day Louie
    # Gohmert sued", "time the accident happened", "time of the wildcard game"); the words around the
    # time only when no side gives one
    for w in members:
        spans = _spans(w)
        at, word = _told_at(w)
        if at and w.sentence.text[at:at + len(word)] == word:
            phrase = naming.event_phrase(w.sentence, at, word, (w.start, w.end), spans)
            if phrase:
                return f"{question} {phrase}", anchor
    # labels67: a date written inside the thing's own name ("his 2012 memoir", "the 2006 HBO movie"): of it
    for w in members:
        inside = re.match(r"\s+((?:[A-Z][\w-]*\s+){0,2}[a-z]+)\b", w.sentence.text[w.end:])
        det = re.search(r"\b(the|his|her|their|its)\s+$", w.sentence.text[:w.start], re.I)
        if det and inside and inside.group(1).split()[-1] == w.event_word:
            return f"{question} of {det.group(1).lower()} {inside.group(1)}", anchor
    # labels67: else the event word as the sides write it, with what it was done to ("day given for “were
    # indicted”", "day given for “she struck the child”"): plain, never four words cut from either side
    for w in members:
        at, word = _told_at(w)
        if at and w.sentence.text[at:at + len(word)] == word:
            return f"{question} given for “{naming.verb_words(w.sentence, at, word, _spans(w))}”", anchor
    if not any(w.event_word for w in members):
        return question, anchor  # labels67: a moment with no event word: the kind alone, never a fragment
    return f"{question}: “{_context(first)}”", anchor


def _spans(w: When) -> list[tuple[int, int, str]]:
    """The named entities of ``w``'s sentence ``naming`` reads subjects and objects from."""
    return [(m.start, m.end, m.label or "") for m in w.sentence.mentions if m.kind == "entity"
            and m.end > m.start and m.label in (PERSON, "ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT")]


_OPENS_AFTER_DOT = re.compile(r"\.\s+([A-Z][a-z]+)\b")
_CLAUSE_OPENERS = naming.COMMON_OPENERS | frozenset(
    "the a an he she they it we i this that these those there his her their its our".split())


def _told_at(w: When) -> tuple[int, str]:
    """Where the event word of ``w`` stands and the word; for a time read with none (a moment, ``clock``),
    labels67: the past form nearest the time in its clause, before it ("the fire was extinguished by 7
    a.m.") or right after it ("around 9:30 p.m., the helicopter team spotted"): (0, "") when there is none."""
    if w.event_word:
        at = _event_at(w)
        # mend92: never a verb past a word that opens another clause or step ("shook the street at 6:10am before crews
        # evacuated the block"): the time is that clause's only by a misreading, so no label states it
        if at > w.end and _OTHER_CLAUSE.search(w.sentence.text[w.end:at]):
            return 0, ""
        return at, w.event_word
    text = w.sentence.text
    lo, _ = _clause(text, w.start, w.end)
    before = [m for m in re.finditer(r"[A-Za-z]+", text[lo:w.start])][-4:]
    for m in reversed(before):
        if naming.is_past(m.group()) and m.group().lower() not in FUNCTION_WORDS \
                and _TIMED.match(text[lo + m.end():w.start]):
            return lo + m.start(), m.group()
    # else the first past form after it, up to the clause's end ("at 8:39am police were called", "around 1 a.m.
    # when the officers stopped him"), never a teller's verb ("…, police said")
    # (a clause ends at "and" or "but" too: "spotted him at 9:19 p.m. and deployed a swimmer" is two steps)
    # (labels68: never at the "." of "U.S." or "Gov.": naming.clause_stops)
    chunk = text[w.end:w.end + 80].lstrip(" ,")
    stops = naming.clause_stops(chunk)
    # (mend99: but a sentence the splitter left whole ends at an abbreviation's "." before a capitalised word
    # that opens a clause: "… bound for the U.S. Officials detained two men" — never "U.S. Coast Guard crews")
    stops += [m.start() + 1 for m in _OPENS_AFTER_DOT.finditer(chunk) if m.group(1).lower() in _CLAUSE_OPENERS]
    stops.sort()
    after = re.split(r"[,](?=.)|(?:^|\s)(?:and|but|then|before|after|while|until|because)\s", chunk[:stops[0]] if stops else chunk,
                     maxsplit=1)[0]
    off = w.end + (len(text[w.end:w.end + 80]) - len(text[w.end:w.end + 80].lstrip(" ,")))
    # (precision69: an initialism is one word, "the U.S. Coast Guard helicopter team spotted" is seven)
    for m in list(re.finditer(r"(?:[A-Z]\.){2,}|[A-Za-z]+", after))[:7]:
        if naming.is_past(m.group()) and m.group().lower() not in FUNCTION_WORDS | _TELLERS:
            return off + m.start(), m.group()
    return 0, ""


_OTHER_CLAUSE = re.compile(r"\b(?:before|after|while|until|because|and|but|then)\b", re.I)
_TELLERS = frozenset("said told reported added announced stated confirmed noted explained wrote".split())


# labels67: between a past form and the time it is told at, only a particle, a preposition and an approximation
# ("extinguished by 7 a.m.", "broke out at about 8.40pm"; never "failed sobriety tests shortly after 2 a.m.")
_TIMED = re.compile(r"^\s+(?:(?:out|in|up|off|over|down)\s+)?(?:(?:at|by|around|about|shortly|just|approximately|roughly|"
                    r"nearly|some|after|before|until|till)\s+){1,3}$")


def _one_subject(members: Sequence[When], common: set[str]) -> str | None:
    """labels67: of the people every side names, the one each side writes as the event's subject (a clause
    set off by commas may stand between), its fullest name ("Mark Felt, who was known as 'Deep Throat,' died": Mark Felt, never Deep Throat); None
    unless exactly one is."""
    found: dict[str, set[str]] = {}
    for c in sorted(common):
        names = [{str(m.value) for m in w.sentence.mentions if m.kind == "entity" and m.label == PERSON
                  and str(m.value or "").lower().split()[-1:] == [c] and m.end <= _event_at(w)
                  and _SUBJECT_SET_OFF.fullmatch(w.sentence.text[m.end:_event_at(w)])} for w in members]
        if all(names):
            found[c] = set.union(*names)
    if len(found) != 1:
        return None
    return max(sorted(next(iter(found.values()))), key=len)


def _gap_phrase(w: When) -> str:
    """How a reader names the happening a gap counts to ("a week after suffering a heart attack": "of the
    heart attack"; "a day after Trump was acquitted": "Trump was acquitted"), or "" when the words after
    the gap do not read as a name of it ("after he went missing")."""
    if w.counted_from is None:
        return ""
    text = w.sentence.text
    at = text.find(w.event_word, w.end)
    if at < 0:
        return ""
    words = re.findall(r"[\w'’-]+", text[w.end:at + len(w.event_word)])
    if w.event_word in EVENT_NOUNS:
        mods = [x for x in words[:-1][-2:] if x.islower() and x not in FUNCTION_WORDS and not is_event_word(x)
                and not x.endswith("ing")]
        return "of the " + " ".join([*mods, w.event_word])
    return " ".join(words) if words and words[0][:1].isupper() and len(words) <= 6 else ""


def _question(members: Sequence[When]) -> str:
    """What the slot asks: the time of day, the day, or a date (a month, a year)."""
    if members[0].kind == "time":
        return "time"
    if all((w.bare or w.md or (w.low is not None and w.low == w.high)) and not w.month for w in members):
        return "day"
    return "date"


# between an event word and the one it was done to: a particle and up to two lower-case words ("picked up
# veteran Wynn", "signed running back Wynn")
_OBJECT = re.compile(r"\s+(?:up\s+)?(?:[a-z]+\s+){0,2}")
_SUBJECT = re.compile(r"[\s,]*(?:(?:was|were|is|has|had|have|been|also|reportedly|allegedly|[a-z]+ly)\s+){0,2}")
# labels67: for the label only, a clause set off by commas between them ("Mark Felt, who was known as 'Deep
# Throat,' died"); the anchor keeps ``_SUBJECT``'s reading
# (mend92: no comma past the name otherwise: the name inside the clause, "Marcus Lee, who was shot by Dan Pike,
# died", is never the one who died)
_SUBJECT_SET_OFF = re.compile(r"(?:\s*,\s*(?:who|which)\b[^;:()]*,\s*['’\"”]?)?"
                              r"\s*(?:(?:was|were|is|has|had|have|been|also|reportedly|allegedly|[a-z]+ly)\s+){0,2}")


def _event_at(w: When) -> int:
    """Where the event word of ``w`` starts in its sentence (0 when it cannot be found)."""
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(w.event_word)}\b", w.sentence.text)]
    return min(hits, key=lambda k: abs(k - w.start)) if hits else 0


def _context(w: When) -> str:
    """Four words either side of the time; eight after one that opens its sentence ("Later that year, Mr
    LaRue shot and killed his father": four words would stop at "shot and", telling a reader nothing)."""
    text = w.sentence.text
    before = re.findall(r"[\w'’-]+", text[:w.start])[-4:]
    after = re.findall(r"[\w'’-]+", text[w.end:])[:4 if before else 8]
    return f"{' '.join(before)} … {' '.join(after)}".strip(" …")


# a time zone written after a time of day ("4:30 p.m. ET", "3 p.m. (1900 GMT)", "9am local time")
_ZONE = re.compile(r"^\s*\(?\s*(?P<zone>(?:" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b|"
                   r"local\s+time\b|(?:Eastern|Central|Mountain|Pacific)\b)")


def zone(w: When) -> str:
    """The time zone written after a time of day, upper case and without summer/winter ("ET", "PT",
    "GMT", "LOCAL"); "" when none is written."""
    m = _ZONE.match(w.sentence.text[w.end:w.end + 30]) if w.kind == "time" else None
    if m is None:
        return ""
    z = m.group("zone").upper()
    if z.startswith("LOCAL"):
        return "LOCAL"
    if z in ("EASTERN", "CENTRAL", "MOUNTAIN", "PACIFIC"):
        return z[0] + "T"
    return re.sub(r"^([ECMP]|AK|H)[SD]T$", r"\1T", z)


def zoned_apart(members: Sequence[When]) -> bool:
    """Whether times of day whose zones are written differently (one "4:30 p.m. ET", another "3:30 p.m."
    or "1:30 p.m. PT") differ by whole hours: one moment told on two clocks — a page writes the time where
    its readers are — so never a disagreement on what time it was."""
    times = [w for w in members if w.kind == "time" and w.minutes is not None]
    if len({zone(w) for w in times}) < 2:
        return False
    return all((a.minutes or 0) % 60 == (b.minutes or 0) % 60 for a in times for b in times)


def disagreement(whens: Sequence[When], group: Sequence[int], order: Order, options: Options = DEFAULT
                 ) -> Disagreement | None:
    """The disagreement of one group: one side per value (equal values are one side)."""
    sides = order.sides((whens[k] for k in group), same)
    if len(sides) < 2 or len({w.article for s in sides for w in s}) < 2:
        return None
    if zoned_apart([w for s in sides for w in s]):
        return None
    if any(_two_opponents(a.sentence.text, b.sentence.text) or _doers_apart(a, b)
           for n, x in enumerate(sides) for y in sides[n + 1:] for a in x for b in y):
        return None  # precision56: a side's other sentence names another game or another person's event
    out = cited_sides(sides, order, lambda w: (written(w.text), _normalized(w)))
    members = [w for s in sides for w in s]
    dtype: DisagreementType = "conflict"
    if members[0].kind == "time":
        spread = max(w.minutes or 0 for w in members) - min(w.minutes or 0 for w in members)
        spans = [(w.minutes, _window(w, options.event_approx_minutes, options.event_one_sided_minutes))
                 for w in members]
        # vague when some mention of one value may mean the other's minute ("about 8.40am" / "8:39am"),
        # never when each is a few minutes on one side of its own ("shortly after 2" / "just after 2:30")
        meet = any(t != u and a[0] <= b[1] and b[0] <= a[1] for t, a in spans for u, b in spans)
        if any(w.approx for w in members) and spread <= options.event_approx_minutes and meet:
            dtype = "vague"
        elif rounded([w.minutes or 0 for w in members], options.event_rounded_minutes):
            dtype = "vague"  # "3:30 a.m." / "3:33 a.m.": the half hour is how a teller rounds the other
    if members[0].kind == "date" and any(w.part for w in members) and \
            all(_overlap(x[0], y[0]) for n, x in enumerate(sides) for y in sides[n + 1:]):
        dtype = "vague"  # "Saturday night" / "early Sunday morning": parts of days that run into each other
    if dtype == "conflict" and _months_meet(sides):
        dtype = "vague"  # "November-end" / "early December": the hand-over may be on either side of the 1st
    about, anchor = _about(members)
    return Disagreement(kind="date", about=about, values=out, compatible=dtype != "conflict", type=dtype,
                        anchor=anchor)


# disagree41: a month told by its start or its end ("early December", "the beginning of May", "late
# November", "November-end", "the end of April"): two such months one after the other meet at the 1st
_EDGE_BEFORE = re.compile(r"\b(?:(?P<start>early|beginning\s+of|start\s+of)|(?P<end>late|end\s+of|end-))\s*(?:the\s+month\s+of\s+)?$",
                          re.I)
_EDGE_AFTER = re.compile(r"^\.?-end\b", re.I)


def _month_edge(text: str, start: int, end: int) -> str:
    """"start" or "end" when a month named without a year is told by its start or its end, else ""."""
    if _EDGE_AFTER.match(text[end:]):
        return "end"
    hit = _EDGE_BEFORE.search(text[max(0, start - 24):start])
    return "" if hit is None else "start" if hit.group("start") else "end"


def _months_meet(sides: Sequence[Sequence[When]]) -> bool:
    """Whether two sides are months one after the other, the earlier told by its end and the later by
    its start ("November-end" / "early December"): approximate periods that meet, not exclusive ones.
    "in November" / "in December", or "early November" / "late December", stay a conflict."""
    if len(sides) != 2 or not all(w.month for side in sides for w in side):
        return False
    x, y = sides
    if (x[0].month or 0) % 12 + 1 == y[0].month:
        earlier, later = x, y
    elif (y[0].month or 0) % 12 + 1 == x[0].month:
        earlier, later = y, x
    else:
        return False
    return {w.edge for w in earlier} == {"end"} and {w.edge for w in later} == {"start"}


def cited_sides(sides: Sequence[Sequence[Any]], order: Order, value: Callable[[Any], tuple[str, Any]]
                ) -> list[Side]:
    """One ``Side`` per group of equal mentions (each with ``.sentence``): ``value`` gives its first
    mention's (value as written, normalized value); the best-attested side first."""
    out: list[Side] = []
    for side in sides:
        arts, refs = order.cited(side)
        written, normalized = value(side[0])
        out.append(Side(value=written, normalized=normalized, articles=arts, evidence=side[0].sentence.text,
                        sentences=refs))
    out.sort(key=lambda s: (-len(s.articles), order.key(s.articles[0])))
    return out


def _overlap(a: When, b: When) -> bool:
    """Whether the hours two days-with-parts can mean overlap, the days placed by their weekdays
    (at most three days apart either way: "Saturday night" runs into "early Sunday")."""
    if a.weekday is None or b.weekday is None:
        return False
    shift = (WEEKDAYS.index(b.weekday) - WEEKDAYS.index(a.weekday)) % 7
    shift = shift - 7 if shift > 3 else shift
    a0, a1 = PART_HOURS.get(a.part, (0, 24))
    b0, b1 = PART_HOURS.get(b.part, (0, 24))
    return a0 < shift * 24 + b1 and shift * 24 + b0 < a1




def find(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT,
         published: dict[str, str] | None = None) -> list[Disagreement]:
    """Every disagreement on the day, year or time of one event among ``sentences``; ``published``:
    each article's own publication date, which resolves its relative days (``read``)."""
    whens = read(sentences, options, page_dates(sentences, published))[:options.disagree_max_values]
    found = []
    for group in groups(whens, candidates(whens, options.event_context)):
        d = disagreement(whens, group, order, options)
        if d is not None:
            found.append(d)
    return found


def rounded(times: Sequence[int], within: int = DEFAULT.event_rounded_minutes) -> bool:
    """Whether two or more times of day (minutes after midnight) are one moment told once rounded to the
    hour or half hour and once to the minute ("3:30" / "3:33", at most ``within`` minutes apart): such
    a pair does not strictly exclude the other, so it is ``vague`` (the guidelines' approximation
    overlapping the other side); two precise times ("8:40" / "8:49") or a round time far from the
    other ("3:30" / "3:45") stay a conflict."""
    distinct = sorted(set(times))
    return len(distinct) >= 2 and distinct[-1] - distinct[0] <= within and \
        any(t % 30 == 0 for t in distinct) and any(t % 30 for t in distinct)


# "shortly after 2 a.m.", "just before 9", "nearly 9": a time a few minutes on one side of the clock
# (a bare "after 2 a.m." may be any time later: loose, like "about")
_SIDE_AFTER = re.compile(r"\b(?:shortly|just|soon|right|minutes)\s+(?:after|past)\s*$", re.I)
_SIDE_BEFORE = re.compile(r"\b(?:(?:shortly|just|right|minutes)\s+before|nearly|almost)\s*$", re.I)


def _window(w: When, approx_minutes: int, one_sided: int = DEFAULT.event_one_sided_minutes) -> tuple[int, int]:
    """The minutes a time of day can mean: its own minute when exact, ``one_sided`` minutes on one side
    when told "shortly after" or "just before", ``approx_minutes`` either side when
    loose ("about 2 a.m.", "after 2 a.m."). Two times whose windows do not meet cannot both be true
    ("shortly after 2 a.m." / "just after 2:30 a.m.": a conflict, not a rounding)."""
    t = w.minutes or 0
    if not w.approx:
        return t, t
    before = w.sentence.text[max(0, w.start - 24):w.start]
    if _SIDE_AFTER.search(before):
        return t, t + one_sided
    if _SIDE_BEFORE.search(before):
        return t - one_sided, t
    return t - approx_minutes, t + approx_minutes


def is_approx(text: str, start: int) -> bool:
    """Whether the time at ``start`` is loose ("about 3 p.m.", "shortly after 2 a.m.")."""
    return bool(_APPROX.search(text[max(0, start - 20):start]))


# read by ``clock`` (times of one moment told with other verbs)
is_stamp, masked, surnames, clause, verb_at = _stamp, _masked, _surnames, _clause, _verb_at

__all__ = ["When", "Scored", "similarities", "read", "same", "candidates", "groups", "find", "stem", "is_event_word", "is_approx",
           "is_stamp", "masked", "surnames", "people_of", "clause", "verb_at", "rounded", "own_date", "page_dates", "day_of", "later_than_page"]
