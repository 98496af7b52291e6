"""Measures: a quake's magnitude, a temperature, a weight, an area or a speed one event has, as each
article states it ("a 5.9-magnitude quake" / "measured 6.1 on the Richter scale", "minus 17 degrees"
/ "minus 20 degrees", "130 pounds" / "135 pounds", "9 acres" / "about 8.7 acres").

The value pipeline (``values``) leaves measures out: a figure with a unit says nothing of whose it is,
and the pair model was never trained on them. Here a measure is compared only with a measure of the
same quantity (weights in kilograms, areas in square metres, speeds in km/h, so "130 pounds (59 kg)"
is one value) whose sentence, figures masked, is alike (TF-IDF cosine at least
``options.measure_context``) and does not tell another day or another place; each mention keeps only
its best counterpart in each other article and only mutual best pairs count (``events``' linking),
so an article that states the other value of the same thing agrees there instead of disagreeing. A
sentence that gives one quantity two different values ("5.9 by Iran's count, 6.1 by the USGS'")
tells two readings or two things: never a side. Temperatures are read only where the sentence says
it is one (a scale, "minus", "temperature", "below zero"), not "a 180-degree turn".

Ordinals are compared the same way as "which one" of what they rank ("the second line of the
anthem" / "the third line", "the 17th floor" / "the 15th floor"): the noun they rank is the
quantity. Parts of a game or of a time ("the third quarter", "his fourth season") and a rank in a
series ("the fifth coach to be fired") are many in one story and never read.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from accord import verbs
from accord.disagree import events, naming
from accord.disagree.slots import Order
from accord.disagree.values import background, earlier_month
from accord.disagree.record import Record
from accord.model import Disagreement, DisagreementType, Mention, Sentence
from accord.options import DEFAULT, Options
from accord.patterns import fold

# a unit word (the number's head noun, lemmatised) → (quantity, factor to the quantity's unit)
UNITS: dict[str, tuple[str, float]] = {
    "pound": ("weight", 0.4536), "lb": ("weight", 0.4536), "lbs": ("weight", 0.4536),
    "kilogram": ("weight", 1.0), "kilo": ("weight", 1.0), "kg": ("weight", 1.0),
    "ton": ("weight", 1000.0), "tonne": ("weight", 1000.0),  # news writes both for a metric ton
    "acre": ("area", 4046.86), "hectare": ("area", 10000.0),
    "mph": ("speed", 1.609), "kph": ("speed", 1.0),
    "degree": ("temperature", 1.0),
}
# what a quake is called: "a 6.1 quake" is a magnitude
QUAKES = frozenset({"quake", "earthquake", "tremor", "temblor", "aftershock", "shock"})
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+(?:of|at|was|is))?[\s-]*$", re.I)
_MAGNITUDE_AFTER = re.compile(r"^(?:[\s-]*magnitude\b|\s+on\s+the\s+(?:open-ended\s+)?Richter\b)", re.I)
# "the quake measured 5.9", "registering 6.1": a magnitude when the sentence tells of a quake
_MEASURED_BEFORE = re.compile(r"\b(?:measur(?:ed|ing|es)|register(?:ed|ing|s)|of)\s+(?:a\s+)?(?:preliminary\s+)?$", re.I)
_QUAKE = re.compile(r"\b(?:quake|earthquake|tremor|temblor|aftershock)s?\b", re.I)
# tokenised text: "5. 9" is 5.9 (a digit, a dot, a space, one digit); its second half is no figure
_TOKENISED_DECIMAL = re.compile(r"\.\s(\d)\b(?![.,]?\d)")
_DECIMAL_TAIL = re.compile(r"\d\.\s$")
# "a magnitude 6 quake can cause severe damage": what a magnitude does in general, no quake's
_GENERAL = re.compile(r"\b(?:can|could|may|might)\s+(?:cause|do|bring|trigger|produce)\b", re.I)
_MINUS_BEFORE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_SCALE_AFTER = re.compile(r"^\s*(?:degrees?\s*)?(?P<scale>Fahrenheit|Celsius|centigrade|[FC])\b")
_WEATHER = re.compile(r"\b(?:temperatures?|minus|below zero|above zero|wind ?chill|freezing|Fahrenheit|Celsius|"
                      r"thermometer|heat|cold|frigid)\b", re.I)
_WEATHER_ONLY = re.compile(r"\b(?:temperatures?|wind ?chill|degrees|thermometer)\b", re.I)
# "500 pounds sterling", "5 million pounds": money, not a weight
_MONEY_AFTER = re.compile(r"^\s*(?:sterling|\(\s*[$€])", re.I)


@dataclass
class Measure(Record):
    """One measure mention: its quantity, its value in the quantity's unit (a range when loose)."""

    sentence: Sentence
    mention: Mention
    quantity: str  # magnitude | temperature:F | temperature:C | temperature | weight | area | speed
    value: float
    low: float
    high: float

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end

    @property
    def approx(self) -> bool:
        return bool(self.mention.qualifier)

    @property
    def hyphened(self) -> bool:
        """An ordinal joined to its noun by a hyphen ("the 15th-floor shaft"): it describes a thing."""
        return self.mention.label == "ordinal" and bool(re.match(r"\s?-", self.sentence.text[self.end:]))


def _joined(m: Mention, s: Sentence) -> Mention:
    """The mention with its range filled in and, where tokenised text writes 5.9 as "5. 9", the
    decimal joined (the label is the second half's: "8. 7 acres")."""
    low = float(m.low if m.low is not None else m.value)
    high = float(m.high if m.high is not None and math.isfinite(float(m.high)) else m.value)
    hit = _TOKENISED_DECIMAL.match(s.text, m.end)
    if hit is None or not m.text.strip()[-1:].isdigit() or "." in m.text:
        return replace(m, low=low, high=high)
    shift = int(hit.group(1)) / 10
    value = float(m.value) + shift
    tail = next((n for n in s.mentions if n.kind == "number" and n.start == hit.start(1)), None)
    return replace(m, text=s.text[m.start:hit.end()], value=value, end=hit.end(), low=low + shift,
                   high=high + shift, label=(tail.label if tail is not None and tail.label else m.label))


def _magnitude(m: Mention, s: Sentence) -> bool:
    """Whether a number is a quake's magnitude ("a 5.9-magnitude quake", "measured 6.1", "magnitude 6")."""
    text, label, value = s.text, (m.label or "").lower(), float(m.value)
    before, after = text[max(0, m.start - 20):m.start], text[m.end:m.end + 40]
    if not 0 < value < 10 or _GENERAL.search(text):
        return False
    return bool(label in ("magnitude", "richter") or _MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after)
                or (not value.is_integer() and (label in QUAKES or (
                    not label and _MEASURED_BEFORE.search(before) and _QUAKE.search(text)))))


def _unit(m: Mention, s: Sentence) -> tuple[str, float, float] | None:
    """(quantity, factor, sign) of a number mention, or None when it is no measure."""
    text, label = s.text, (m.label or "").lower()
    after = text[m.end:m.end + 40]
    if not label and _MINUS_BEFORE.search(text[max(0, m.start - 12):m.start]) and _WEATHER_ONLY.search(text):
        label = "degree"  # "temperatures were minus 20"
    if label not in UNITS:
        return None
    quantity, factor = UNITS[label]
    sign = 1.0
    if quantity == "temperature":
        scale = _SCALE_AFTER.match(after)
        if not scale and not _WEATHER.search(text):
            return None  # "a 180-degree turn", "two degrees" from a university
        if scale:
            quantity = f"temperature:{scale.group('scale')[0].upper()}"
        if _MINUS_BEFORE.search(text[max(0, m.start - 12):m.start]):
            sign = -1.0
    elif quantity == "weight" and label.startswith(("pound", "lb")) and (
            _MONEY_AFTER.match(after) or re.search(r"(?:million|billion|bn|m)\s*$", m.text, re.I)):
        return None
    return quantity, factor, sign


_ORDINALS = {w: k for k, w in enumerate("""zeroth first second third fourth fifth sixth seventh eighth ninth tenth
eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split())}
_ORDINAL = re.compile(r"\b(?:the|a|an|his|her|its|their|[A-Z][\w]*['’]s)\s+(?P<n>" + "|".join(list(_ORDINALS)[2:])
                      + r"|\d{1,3}(?:st|nd|rd|th))\s+(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))"
                      r"(?=\s+(?:of|in|on|at|for|to|with|against|since|under|from|and|that|who|which|as|by|after|before|when|"
                      r"while|over|than|this|last|is|was|were|are)\b|[.,;:]|$)")
# parts of a game or a race, told many times over in one story: which one is meant is a guess
_PERIODS = frozenset({"quarter", "half", "period", "inning", "innings", "round", "set", "minute", "hole", "lap",
                      "game", "place", "time", "person", "year", "day", "week", "month", "century", "grade",
                      "season", "term", "straight", "consecutive"})


# recall46: an ordinal joined to the noun it ranks by a hyphen, before what that describes ("the 15th-floor
# shaft", "a third-floor window"): the hyphened noun is what is ranked
_HYPHENED = re.compile(r"\b(?:the|a|an|his|her|its|their|[A-Z][\w]*['’]s)\s+(?P<n>" + "|".join(list(_ORDINALS)[2:])
                       + r"|\d{1,3}(?:st|nd|rd|th))\s?-\s?(?P<head>[a-z]+)\s+[a-z]", re.I)


def ordinals(s: Sentence) -> list[Measure]:
    """"the sixth title defense", "the 17th floor", "the 15th-floor shaft": an ordinal and the noun it ranks."""
    out = []
    # (speed24: ``_HYPHENED`` needs a hyphen; most sentences have none, the same hits)
    for hit in [*_ORDINAL.finditer(s.text), *(_HYPHENED.finditer(s.text) if "-" in s.text else ())]:
        word, head = fold(hit.group("n")), fold(hit.group("head"))
        if head in _PERIODS or head.endswith("ed") or re.match(r"\s+to\b", s.text[hit.end():]):
            continue  # "the fifth coach to be fired": a rank in a series that differs with the series
        n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        m = Mention(kind="number", text=hit.group("n"), value=n, label="ordinal", low=n, high=n,
                    start=hit.start("n"), end=hit.end("n"))
        out.append(Measure(s, m, f"ordinal:{head}", float(n), float(n), float(n)))
    return out


def read(sentences: Sequence[Sentence], reference: date | None = None,
         apart: int = DEFAULT.disagree_months_apart) -> list[Measure]:
    """Every measure ``sentences`` state; sentences dated years before ``reference``, or by a month
    alone months before it, tell background or another occurrence."""
    out: list[Measure] = []
    for s in sentences:
        if background(s, reference) or earlier_month(s, reference, apart):
            continue
        out += ordinals(s)
        for m in s.mentions:
            if m.kind != "number" or m.value is None or m.end <= m.start:
                continue
            if _DECIMAL_TAIL.search(s.text[max(0, m.start - 3):m.start]):
                continue  # the "9" of "5. 9"
            m = _joined(m, s)
            if _magnitude(m, s):
                out.append(Measure(s, m, "magnitude", float(m.value), float(m.low), float(m.high)))  # type: ignore[arg-type]
                continue
            unit = _unit(m, s)
            if unit is None:
                continue
            quantity, factor, sign = unit
            ends = sorted((sign * float(m.low) * factor, sign * float(m.high) * factor))  # type: ignore[arg-type]
            out.append(Measure(s, m, quantity, sign * float(m.value) * factor, ends[0], ends[1]))
    return out


def same(a: Measure, b: Measure, tolerance: float = DEFAULT.disagree_converted) -> bool:
    """One value, maybe written in two units ("130 pounds (59 kg)"): equal within ``tolerance``."""
    return a.quantity == b.quantity and math.isclose(a.value, b.value, rel_tol=tolerance, abs_tol=1e-9)


def _apart(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences tell different days or places (one names a weekday, a month or a place,
    the other another and none in common): then their measures are of two things."""
    for labels in (("GPE", "LOC", "FAC"),):
        x = {str(m.value) for m in a.mentions if m.kind == "entity" and m.label in labels and m.value}
        y = {str(m.value) for m in b.mentions if m.kind == "entity" and m.label in labels and m.value}
        if x and y and not x & y:
            return True
    x, y = {w.lower() for w in _WHEN.findall(a.text)}, {w.lower() for w in _WHEN.findall(b.text)}
    return bool(x and y and not x & y)


_WHEN = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                   r"August|September|October|November|December)\b")


# a person's height in a description ("5-foot-8", "5 - feet - 8 inches", "5 feet 8 inches tall", "6 feet
# tall"): in inches; a weight beside it is that person's
_HEIGHT = re.compile(r"\b(?P<ft>[4-7])\s*-?\s*(?:feet|foot|ft\.?)\s*-?\s*(?:(?P<inch>\d{1,2})\b(?:\s*-?\s*inch(?:es)?)?"
                     r"|(?=\s*tall\b))", re.I)


def height(s: Sentence) -> int | None:
    """The one height a sentence describes someone by, in inches ("5-foot-8": 68), else None."""
    found = {int(m.group("ft")) * 12 + int(m.group("inch") or 0) for m in _HEIGHT.finditer(s.text)
             if int(m.group("inch") or 0) < 12}
    return found.pop() if len(found) == 1 else None


def described_alike(a: Measure, b: Measure) -> bool:
    """Two weights told in descriptions of one person: each sentence gives the same height ("He is 5 -
    feet - 8 inches tall, weighing 130 pounds" / "Orozco is 5-foot-8, 135 pounds"), however unlike
    the rest of the sentences are. A wanted person's description is given as height and weight."""
    if a.quantity != "weight" or b.quantity != "weight":
        return False
    ha, hb = height(a.sentence), height(b.sentence)
    return ha is not None and ha == hb


def _happenings(s: Sentence) -> set[str]:
    """The events a sentence tells by a verb or an event noun (``events.is_event_word``), as
    ``verbs.event`` names them ("pulled" → "pull", "was killed" / "the death" → "die")."""
    found = {verbs.event(events.stem(w.group()), s.text[w.end():w.end() + 30])
             for w in _WORD.finditer(s.text) if events.is_event_word(w.group())}
    return found - _LIGHT


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# verbs that name no happening of their own ("made her way", "made a number of calls", "went to", "had")
_LIGHT = frozenset({"make", "go", "come", "take", "get", "have", "do", "give", "put", "keep", "let", "set", "say",
                    "tell", "see", "know", "think", "become", "begin", "leave", "bring", "hold"})


def shared_happening(a: Measure, b: Measure) -> bool:
    """recall46: two ordinals of one floor, storey or level told with one happening ("sent the elevator
    plummeting down to the 17th floor, where first responders pulled them both out" / "He pulled the mom
    from the 15th-floor shaft"): where one thing happened, however unlike the rest of the sentences.
    Only for levels of a building (a story has one place where one thing happened; a series has many
    members), and not when either sentence tells more than one level, or the two sentences name people and
    no one in common (two people pulled out at two floors)."""
    if a.quantity != b.quantity or a.quantity.split(":")[-1] not in LEVELS:
        return False
    if len({m.value for m in ordinals(a.sentence) if m.quantity == a.quantity}) > 1 or \
            len({m.value for m in ordinals(b.sentence) if m.quantity == b.quantity}) > 1:
        return False
    pa, pb = events.surnames(a.sentence), events.surnames(b.sentence)
    if pa and pb and not pa & pb:
        return False
    return bool(_happenings(a.sentence) & _happenings(b.sentence))


# the levels of a building: where in it something happened
LEVELS = frozenset({"floor", "storey", "story", "level", "deck"})


def _masked(s: Sentence, measures: Sequence[Measure]) -> str:
    text = s.text
    for m in sorted(measures, key=lambda m: -m.start):
        text = f"{text[:m.start]} {text[m.end:]}"
    return text


def candidates(measures: Sequence[Measure], context: float) -> list[events.Scored]:
    """Mutual best counterparts of one measure between articles (equal values included: they say which
    article agrees)."""
    of: dict[tuple[str, int], list[Measure]] = {}
    for m in measures:
        of.setdefault(m.sentence.key, []).append(m)
    two_values = {key for key, ms in of.items()
                  if any(x.quantity == y.quantity and not same(x, y) for x in ms for y in ms)}
    row = {key: k for k, key in enumerate(of)}
    sims = events.similarities([_masked(ms[0].sentence, ms) for ms in of.values()])
    pairs: list[events.Scored] = []
    for i, a in enumerate(measures):
        for j in range(i + 1, len(measures)):
            b = measures[j]
            if a.quantity != b.quantity or a.article == b.article or _apart(a.sentence, b.sentence):
                continue
            if not same(a, b) and (a.sentence.key in two_values or b.sentence.key in two_values):
                continue
            sim = float(sims[row[a.sentence.key], row[b.sentence.key]])
            if a.hyphened or b.hyphened:
                # "went to a second-floor office" / "made her way to the third-floor mixing room": a floor that
                # describes a room is where someone went, one of many; it sides only with one happening's floor
                sim = sim if shared_happening(a, b) else 0.0
            if described_alike(a, b) or shared_happening(a, b):
                sim = max(sim, context)  # one person's height and weight, worded two ways; one happening's place
            if sim >= context:
                pairs.append(events.Scored(i, j, sim))
    return events.mutual_best(pairs, [m.article for m in measures])


def _about(first: Measure, members: Sequence[Measure] = ()) -> str:
    quantity = first.quantity.split(":")[0]
    if quantity in ("weight", "height"):
        # names48: the one person a side's sentence names before the figure ("weight of Orozco")
        who = next((p for p in (naming.person_measured(m.sentence, m.start) for m in (first, *members)) if p), None)
        if who:
            return f"{quantity} of {who}"
    if quantity == "magnitude":
        return "magnitude of the earthquake"
    if quantity == "ordinal":
        noun = first.quantity.split(':')[1]
        ranked = naming.ranked_of(first.sentence, first.end, noun)  # names47: "which line of the anthem"
        if ranked:
            return f"which {ranked}"
        quantity = f"which {noun}"
    else:
        # labels67: the quantity alone ("temperature", "speed"): four words cut from either side of the figure
        # ("him at speeds of … mph before he finally") read as no slot
        return quantity
    text = first.sentence.text
    before = re.findall(r"[\w'’-]+", text[:first.start])[-4:]
    after = re.findall(r"[\w'’-]+", text[first.end:])[:4]
    return f"{quantity}: “{' '.join(before)} … {' '.join(after)}”"


def disagreement(measures: Sequence[Measure], group: Sequence[int], order: Order) -> Disagreement | None:
    """One side per value; vague when a loose value's range holds the other's. A figure between two
    sides, equal to both within rounding ("about 6.0" beside 5.9 and 6.1), is on neither: it says
    nothing of which is right."""
    sides = order.sides((measures[k] for k in group), same)
    sides = [[m for n, m in enumerate(side) if n == 0 or not any(same(other[0], m) for other in sides if other is not side)]
             for side in sides]
    if len(sides) < 2 or len({m.article for s in sides for m in s}) < 2:
        return None
    out = events.cited_sides(sides, order, lambda m: (m.mention.text, m.mention.value))
    members = [m for s in sides for m in s]
    dtype: DisagreementType = "conflict"
    if any(m.approx for m in members) and all(
            x[0].low <= y[0].high and y[0].low <= x[0].high for n, x in enumerate(sides) for y in sides[n + 1:]):
        dtype = "vague"
    return Disagreement(kind="number", about=_about(members[0], members), values=out, compatible=dtype != "conflict",
                        type=dtype, anchor=members[0].quantity.split(":")[0])


def merged(measures: Sequence[Measure], groups: Sequence[Sequence[int]]) -> list[list[int]]:
    """Groups of one quantity holding the same values (each value of one matched in the other) are
    one disagreement found twice: mutual best pairs link "6.1" / "5.9" in two articles and "6.1" /
    "5.9" in two others, and the same magnitudes would be reported as two disagreements. Groups
    that share only some values stay apart (two quakes, 6.1 / 5.9 and 5.6 / 5.9)."""
    out: list[list[int]] = []
    for group in groups:
        for other in out:
            a, b = measures[group[0]], measures[other[0]]
            if a.quantity == b.quantity and all(any(same(measures[i], measures[j]) for j in other) for i in group) \
                    and all(any(same(measures[i], measures[j]) for j in group) for i in other):
                other.extend(group)
                break
        else:
            out.append(list(group))
    return out


def find(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT,
         reference: date | None = None) -> list[Disagreement]:
    """Every disagreement on one measure among ``sentences``."""
    measures = read(sentences, reference, options.disagree_months_apart)[:options.disagree_max_values]
    found = []
    groups = merged(measures, events.groups(measures, candidates(measures, options.measure_context), same))
    for group in groups:
        d = disagreement(measures, group, order)
        if d is not None:
            found.append(d)
    return found


__all__ = ["Measure", "UNITS", "read", "same", "candidates", "find"]
