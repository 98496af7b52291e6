"""Slots: accepted pairs of values joined into disagreements, each side with its articles, sentences,
evidence and (for running figures) its time; the type and the reader's name for the slot.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from accord import tfidf
from accord.graph import Groups
from accord.disagree import naming
from accord.disagree.pairs import (ABOVE, BELOW, Frames, Pair, compatible, either_side, same_frame, same_value,
                                   vague_holds_bound, vague_word)
from accord.disagree.values import CUMULATIVE, EVENT_CLASSES, Value, other_length, unit_of
from accord.model import Disagreement, DisagreementType, Sentence, SentenceRef, Side
from accord.options import DEFAULT, Options
from accord.words import reporting

# How a reader asks for a value of each type ("how long" for a duration).
QUESTIONS = {"duration": "how long", "distance": "how far", "money": "how much", "percent": "what share",
             "day": "day", "year": "year", "time": "time", "count": "how many", "score": "score or record"}
_RUNNING = re.compile(r"\b(?:so far|to date|total|toll|tally|since|now|rose|risen|climbed|reached)\b", re.I)


class _Mention(Protocol):
    """What a side is made of: a value, an event day or a place, read in one article's sentence."""

    sentence: Sentence

    @property
    def article(self) -> str: ...


M = TypeVar("M", bound=_Mention)
T = TypeVar("T")


class Order:
    """Article order for listing sides: the order articles were given, then first seen."""

    def __init__(self, articles: Sequence[str]) -> None:
        self.pos: dict[str, int] = {}
        for a in articles:
            self.pos.setdefault(a, len(self.pos))

    def key(self, article: str) -> int:
        return self.pos.get(article, len(self.pos))

    def sort(self, ids: set[str] | list[str]) -> list[str]:
        return sorted(set(ids), key=self.key)

    def sides(self, mentions: Iterable[M], same: Callable[[M, M], bool | None]) -> list[list[M]]:
        """Mentions in story order, each joining the first side whose first mention it equals: the
        sides of one slot (one per value) for numbers, event days and places alike."""
        out: list[list[M]] = []
        for m in sorted(mentions, key=lambda m: (self.key(m.article), m.sentence.index)):
            for side in out:
                if same(side[0], m):
                    side.append(m)
                    break
            else:
                out.append([m])
        return out

    def cited(self, side: Sequence[M]) -> tuple[list[str], list[SentenceRef]]:
        """A side's articles in story order and, for each, the sentence of its first mention."""
        first: dict[str, M] = {}
        for m in side:
            first.setdefault(m.article, m)
        arts = self.sort(list(first))
        return arts, [first[a].sentence.ref for a in arts]


def _fmt(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 2)


def groups(values: Sequence[Value], pairs: Sequence[Pair], probability: Sequence[float], threshold: float,
           published: dict[str, str] | None = None, date_threshold: float | None = None,
           max_ratio: float = 4.0, options: Options = DEFAULT) -> list[list[int]]:
    """Values joined by accepted pairs of different values (best first), then groups of one slot
    key (type, noun, event) merged when every cross pair is compatible, then the values that agree
    with a member (a mutual pair of equal values, as likely one slot) added to its side.

    A join that would put two values of one article into one group with different values is
    refused: an outlet rarely contradicts itself within one slot, so the chain is two slots.
    """
    frames = Frames()
    date_threshold = threshold if date_threshold is None else date_threshold
    probability = [1.0 if p.event_day else 0.0 if not values[p.a].numeric and q < date_threshold else q
                   for p, q in zip(pairs, probability)]
    links: Groups[int] = Groups()
    key_of: dict[int, int] = {}  # a group's name in ``links`` → its key in ``members`` (kept in value order)

    def slot(k: int) -> int:
        return key_of.get(links.find(k), k)

    members: dict[int, list[int]] = {k: [k] for k in range(len(values))}
    ranked = sorted(range(len(pairs)), key=lambda n: -probability[n])
    for n in ranked:
        if probability[n] < threshold:
            break
        p = pairs[n]
        if same_value(values[p.a], values[p.b]):
            continue
        ra, rb = slot(p.a), slot(p.b)
        if ra == rb:
            continue
        if _clash_across(members[ra], members[rb], values) or _places_apart(members[ra], members[rb], values):
            continue
        joined = members[ra] + members[rb]
        links.join(p.a, p.b)
        key_of[links.find(p.a)] = ra
        members[ra] = joined
        del members[rb]
    out = _merge_slots([ks for ks in members.values() if len(ks) > 1], values, frames, published or {}, max_ratio, options)
    index = {k: g for g, ks in enumerate(out) for k in ks}
    for n in ranked:
        if probability[n] < threshold:
            break
        p = pairs[n]
        if not same_value(values[p.a], values[p.b]):
            continue
        for inside, outside in ((p.a, p.b), (p.b, p.a)):
            if inside in index and outside not in index:
                group = out[index[inside]]
                if any(values[k].article == values[outside].article and not same_value(values[k], values[outside])
                       for k in group):
                    continue  # the article gives the slot another value: this one is something else
                if _places_apart(group, [outside], values) or _unplaced_share(group, outside, values):
                    continue  # another place's share of the same size, or one whose place is unsaid
                group.append(outside)
                index[outside] = index[inside]
    return out


def _clash(group: Sequence[int], values: Sequence[Value], words: bool = False) -> bool:
    """Whether one article gives a group two different values (with ``words``, a quantity in words
    beside a figure is no contradiction: "scores have been killed" and "over 160 were killed")."""
    return any(values[i].article == values[j].article and not same_value(values[i], values[j])
               and not (words and (vague_word(values[i]) or vague_word(values[j])))
               for i in group for j in group if i < j)


def _clash_across(a: Sequence[int], b: Sequence[int], values: Sequence[Value]) -> bool:
    """``_clash`` of ``a + b`` when neither clashes alone: only pairs across the two, of one article,
    are compared (all pairs of a growing group, at every join, made grouping cubic in big stories)."""
    of_article: dict[str, list[int]] = {}
    for j in b:
        of_article.setdefault(values[j].article, []).append(j)
    return any(not same_value(values[i], values[j]) for i in a for j in of_article.get(values[i].article, ()))


def _places_apart(a: Sequence[int], b: Sequence[int], values: Sequence[Value]) -> bool:
    """Whether joining ``a`` and ``b`` would put shares of two different named places in one slot
    ("up to 70 per cent of web services in Egypt" / "over 70 percent" in Djibouti): a share is of
    one place's whole. Pairs are never made across two places, but a share naming no place links
    both; counts are left alone (a local count is already kept to its own place)."""
    places = {values[k].place for k in (*a, *b) if values[k].type == "percent"} - {None}
    return len(places) > 1


def _unplaced_share(group: Sequence[int], outside: int, values: Sequence[Value]) -> bool:
    """Whether ``outside`` is a share naming no place, equal to a side of a group of one place's
    shares: "as much as 70% of traffic between the continents" is no article stating Egypt's 70."""
    v = values[outside]
    return v.type == "percent" and v.place is None and any(values[k].place for k in group)


def _merge_slots(found: list[list[int]], values: Sequence[Value], frames: Frames,
                 published: dict[str, str], max_ratio: float, options: Options = DEFAULT) -> list[list[int]]:
    """Groups of one count slot (same noun and event) found apart are one disagreement when no
    article contradicts itself across them and every cross pair is compatible: reported twice,
    the same slot would read as two disagreements."""
    out: list[list[int]] = []
    for group in found:
        v = values[group[0]]
        for other in out:
            w = values[other[0]]
            if v.type != "count" or (w.type, w.noun, w.event) != (v.type, v.noun, v.event):
                continue
            joined = other + group
            if _same_points(other, group, values) and not _clash(joined, values, words=True):
                other.extend(group)  # one toll told "Ten" / "three" and "10" / "at least three": found twice
                break
            if not _clash(joined, values, words=True) and all(values[i].article == values[j].article
                                                  or compatible(values[i], values[j], frames, published, max_ratio, options=options)
                                                  or (vague_word(values[i]) and vague_word(values[j]))
                                                  for i in other for j in group):
                other.extend(group)
                break
        else:
            out.append(list(group))
    return out


def _same_points(a: Sequence[int], b: Sequence[int], values: Sequence[Value]) -> bool:
    """Whether two groups of one count slot hold the same two or more figures (as numbers, bounds
    aside) and the same place: one disagreement whose sides the pairing found apart, however unlike
    their sentences ("killing 10 people" / "killing at least three"; "Ten people are killed" /
    "three people killed")."""
    points = [{float(values[k].point) for k in g} for g in (a, b)]
    places = [{values[k].place for k in g} for g in (a, b)]
    return len(points[0]) >= 2 and points[0] == points[1] and places[0] == places[1]


def _without_asks(values: Sequence[Value], group: Sequence[int]) -> list[int]:
    """The group less the money a party asks for (``Value.asked``: "Teixeira is seeking … at least
    $20 million") when it also holds money offered or paid ("the Red Sox offered … $23 million"): the
    ask is another slot, a reader's M. A group of asks alone is kept (two outlets' asking prices).
    Dropped here, not in the pairing, so the slots themselves stay as they were."""
    asks = [k for k in group if values[k].asked]
    return [k for k in group if not values[k].asked] if asks and len(asks) < len(group) else list(group)


def _of_one_thing(sides: list[list[Value]]) -> list[list[Value]]:
    """The sides of a length slot that can be the length of the thing a member names (``Value.of``:
    "husband of 73 years"): a side none of whose figures has that thing near it ("a leading figure in the
    royal family for almost seven decades") is another length, joined through an article that states the
    named side's figure without its thing ("the Queen's strength and stay for 73 years"). precision45."""
    named = [v for side in sides for v in side if v.of]
    if not named:
        return sides
    return [side for side in sides
            if any(v.of for v in side) or any(not any(other_length(a, v) for a in named) for v in side)]


def disagreement(values: Sequence[Value], group: Sequence[int], order: Order,
                 published: dict[str, str], vague_gap: float = 0.0,
                 approx: float = DEFAULT.disagree_vague_approx,
                 frame_words: int = DEFAULT.disagree_measure_words) -> Disagreement | None:
    """The disagreement of one group: one side per value (equal values are one side), less the
    sides its articles restate (``restated``, with ``frame_words``); ``vague_gap``: see ``_type``;
    ``approx``: how far "around N" reaches either side of N."""
    group = _without_asks(values, group)
    sides = _of_one_thing(restated(_exact(order.sides((values[k] for k in group), same_value)), values, frame_words))
    sides = [part for side in sides for part in order.sides(side, one_wording)]
    if len(sides) < 2 or len({v.article for s in sides for v in s}) < 2 \
            or all(same_value(a[0], b[0]) for i, a in enumerate(sides) for b in sides[i + 1:]):
        return None  # precision70: "at least 12" / "12" alone are two sides of one value, no disagreement
    if _two_happenings(sides):
        return None
    told = [v for side in sides for v in side]  # the slot's own members name it, not the articles added below
    sides = completed(sides, values, published)
    if len(sides) == 2 and any(all(vague_holds_bound(w, v) for w in words for v in bounds)
                               for words, bounds in (sides, sides[::-1])):
        return None  # "millions" / "at least two million": neither is checkable against the other
    if len(sides) == 2 and all(_floor(side[0]) for side in sides) and any(_in_dozens(side[0]) for side in sides):
        return None  # recall48: "at least half a dozen" / "at least five" agencies: two floors, one a loose word
    first = sides[0][0]
    out_sides = []
    for side in sides:
        v0 = side[0]
        arts, refs = order.cited(side)
        normalized: str | int | float | None = _fmt(float(v0.point)) if v0.numeric else str(v0.point)
        if v0.type in ("duration", "distance") and v0.mention.value is not None:
            normalized = _fmt(float(v0.mention.value))  # as the article counts it ("three" weeks, "1,500" km)
        if v0.numeric and vague_word(v0):
            normalized = None  # "several", "millions": a range, not a number anyone gave (its midpoint, 6 or
            # 5,995,000, shown as "= 5,995,000" would be a figure no article states)
        out_sides.append(Side(value=_with_unit(v0), normalized=normalized, articles=arts,
                              evidence=v0.sentence.text, sentences=refs))
    full = [[*side, *_approximated(side, values)] for side in sides]
    dtype, times = _type(full, published, vague_gap, approx)
    if times:
        for out_side, t in zip(out_sides, times):
            out_side.time = t
    if dtype == "conflict" and len(sides) > 2:
        for k, j in _fits(full, published, vague_gap, approx):
            out_sides[k].fits.append(out_sides[j].value)
    out_sides.sort(key=lambda s: (-len(s.articles), order.key(s.articles[0])))
    about, anchor = _about(first, told)
    return Disagreement(kind="number" if first.numeric or first.type == "score" else "date", about=about, values=out_sides,
                        compatible=dtype != "conflict", type=dtype, anchor=anchor)


# a floor written with a dozen-word ("at least half a dozen", "more than a dozen"): writers use it loosely
_DOZEN_WORD = re.compile(r"\b(?:half\s+a|a\s+half|a)\s+dozen\b", re.I)


def _excludes_its_figure(v: Value) -> bool:
    """A bound that leaves out its own number ("fewer than 20", "nearly 300", "more than 50"), not one
    that holds it ("at least 12", "up to 40", "close to 300")."""
    q = (v.mention.qualifier or "").lower()
    return q in (BELOW | ABOVE) - _HOLDS_FIGURE and not vague_word(v)


_HOLDS_FIGURE = frozenset({"at least", "no fewer than", "no less than", "close to"})


def one_wording(a: Value, b: Value) -> bool:
    """precision70: whether ``b`` joins ``a``'s side: ``same_value``, but a plain figure and a bound that
    leaves its number out are two sides ("fewer than 20" / "killed 20"; "nearly 300" / "300"): the side
    would show a figure its own words exclude. ``same_value`` still keeps the pair from being a
    disagreement on its own (``disagreement``)."""
    if not same_value(a, b):
        return False
    if not (a.numeric and math.isclose(float(a.point), float(b.point), rel_tol=1e-9)):
        return True
    plain = [float(v.low) == float(v.high) for v in (a, b)]
    return not (any(plain) and (_excludes_its_figure(a) or _excludes_its_figure(b)))


def _in_dozens(v: Value) -> bool:
    """Whether a figure is written with "dozen" and no digit ("half a dozen", "a dozen"), not "two dozen"."""
    return not any(c.isdigit() for c in v.mention.text) and bool(_DOZEN_WORD.search(v.mention.text))


def _exact(sides: list[list[Value]]) -> list[list[Value]]:
    """disagree43: each figure with the side whose value it states exactly. A side takes every figure equal
    to its first one, and equal may be a rounded conversion ("about 2,000 feet" / "some 700 metres": 610
    and 700 metres); a figure that is exactly another side's value ("fell 700 meters") sits with that side."""
    if not sides or not sides[0][0].numeric:
        return sides
    out = [[side[0]] for side in sides]
    for k, side in enumerate(sides):
        for v in side[1:]:
            exact = [j for j, o in enumerate(out) if math.isclose(float(o[0].point), float(v.point), rel_tol=1e-9)]
            own = math.isclose(float(side[0].point), float(v.point), rel_tol=1e-9)
            out[exact[0] if exact and not own else k].append(v)
    return out


def completed(sides: list[list[Value]], values: Sequence[Value], published: dict[str, str]) -> list[list[Value]]:
    """disagree43: each side with the other articles that state its value in its slot, nothing in their
    frames setting them apart (``pairs.compatible``): pairing keeps one counterpart per article and
    value, so an article stating "164 people had been killed" beside another's "at least 164" may be
    left off the side it supports. An article stating a value of the slot that no side has, or the
    values of two sides, is left out (it disagrees with itself, or with all), and so is a figure whose
    sentence gives another of its type (only a restatement in another unit, "2,000ft (609 metres)", may
    stand beside it)."""
    on = {v.article for side in sides for v in side}
    frames = Frames()
    heads = [side[0] for side in sides]
    found: dict[str, list[tuple[int, Value]]] = {}
    clash: set[str] = set()
    for w in values:
        if w.article in on or not w.numeric or w.type != heads[0].type:
            continue
        if any(o is not w and o.sentence.key == w.sentence.key and o.type == w.type and not same_value(o, w)
               for o in values):
            continue  # "in excess of $160 million, but … less than the $184 million": which is the slot's is a guess
        fits = [k for k, v in enumerate(heads) if compatible(v, w, frames, published)]
        if not fits:
            continue
        equal = [k for k in fits if one_wording(heads[k], w)]
        if len(equal) == 1:
            found.setdefault(w.article, []).append((equal[0], w))
        else:
            clash.add(w.article)
    out = [list(side) for side in sides]
    for article, hits in found.items():
        if article in clash or len({k for k, _ in hits}) != 1:
            continue
        out[hits[0][0]].append(hits[0][1])
    return out


def _approximated(side: Sequence[Value], values: Sequence[Value]) -> list[Value]:
    """The same figure written approximately elsewhere in an article of the side ("10 minutes
    earlier" and, in the same article, "About 10 minutes after …"): the article itself says the figure is
    rounded, so the side's range is the approximation's ("about 10" / "nine minutes": vague, a
    reader's type fix). Only a figure of the same type, head, noun and event counts; used for the type
    alone, never shown as a side."""
    out = []
    for w in values:
        if w in side or not w.numeric or not w.mention.qualifier or w.low >= w.high:
            continue
        if any(v.article == w.article and v.type == w.type and v.head == w.head and v.noun == w.noun
               and v.event == w.event and math.isclose(float(v.point), float(w.point), rel_tol=1e-9)
               for v in side):
            out.append(w)
    return out


# the unit word right after a duration's or a distance's figure ("700 meters", "2, 000 - foot")
_UNIT_AFTER = re.compile(r"^\s*-?\s*([A-Za-z]+)")


def _with_unit(v: Value) -> str:
    """A side's words with the unit the article gives ("700 meters" / "about 2, 000 feet"): a
    distance or a duration is compared in one unit, so a side without its own reads as 700 vs 2,000."""
    m = v.mention
    if v.type not in ("duration", "distance") or m.end <= m.start:
        return m.text
    hit = _UNIT_AFTER.match(v.sentence.text[m.end:m.end + 20])
    if hit is None or unit_of(hit.group(1)) is None:
        return m.text
    return v.sentence.text[m.start:m.end + hit.end()]


def _one_slot(a: Value, b: Value, frame_words: int) -> bool:
    """Whether ``b`` may restate ``a``'s slot: one type and, for counts, one counted noun and
    event; for ages, one person; for measures, words around them in common (``pairs.same_frame``)."""
    if a.type != b.type:
        return False
    if a.type == "age":  # "Liberty German, 14, and Abigail Williams, 13": Williams' 13 restates no German's age
        return a.anchor is not None and a.anchor == b.anchor
    if a.type == "count":  # a place's figure beside its article's total is that place's slot (``Value.local``)
        return a.noun == b.noun and a.event == b.event and a.extra == b.extra \
            and (not (a.local or b.local) or a.place == b.place) \
            and not (a.owner and b.owner and a.owner != b.owner)  # Carter's 14 points, not Smith's
    return same_frame(a, b, frame_words)


def restated(sides: list[list[Value]], values: Sequence[Value],
              frame_words: int = DEFAULT.disagree_measure_words) -> list[list[Value]]:
    """The sides without those whose every article also states another side's value in the same
    slot ("at least $160 million and possibly as much as $180 million" beside another's "at least
    $160 million"; "300 homes destroyed … residents put it at 420 homes" beside "300 homes"): such
    an article agrees with the other side and adds a figure of its own; the outlets do not disagree
    there. Fewer than two sides left: no disagreement."""
    stated: dict[str, list[Value]] = {}
    for v in values:
        stated.setdefault(v.article, []).append(v)
    # figures read as counts of something that happened ("3 Dead, 2 Hurt": the 3 were killed) are no
    # bare figure of another time (``_compared_with``)
    counted = {id(w.mention) for w in values if w.type == "count" and w.event}
    kept = []
    for k, side in enumerate(sides):
        others = [o[0] for j, o in enumerate(sides) if j != k]
        arts = {v.article for v in side}
        if not all(any(_one_slot(o, w, frame_words) and same_value(o, w) for o in others for w in stated.get(a, ()))
                   or any(_compared_with(v, o, counted) for v in side if v.article == a for o in others)
                   for a in arts):
            kept.append(side)
    return kept if len(kept) >= 2 else []


def _compared_with(v: Value, other: Value, counted: set[int] | None = None) -> bool:
    """Whether ``v``'s own sentence also gives ``other``'s figure bare, with nothing counted and no
    event of its own ("about 32 million people tuning in, compared with 55.3 million a decade ago";
    not "18 people injured and 12 arrested"): the article states the other side's figure as another
    time's or another place's, so it agrees with it and adds one of its own. ``counted``: ids of the
    mentions read as counts with an event ("3 Dead, 2 Hurt": the 3 dead), which are no bare figure."""
    if not (v.numeric and other.numeric) or v.type != "count":
        return False
    return any(m.kind == "number" and m is not v.mention and not m.label and not m.predicate and m.value is not None
               and id(m) not in (counted or ())
               and math.isclose(float(m.value), float(other.point), rel_tol=1e-9)
               for m in v.sentence.mentions)


def _fits(sides: list[list[Value]], published: dict[str, str], vague_gap: float,
          approx: float) -> list[tuple[int, int]]:
    """sides70: in a conflict of three or more sides, each (side, other side) whose shown values' ranges
    meet and that a two-sided disagreement would type `vague` ("312" / "more than
    300", beside "250"): the reader is told which sides agree, as ``Side.fits``, so three outlets do
    not read as three claims. Two figures only near each other ("roughly 2,300" / 2,500, within
    ``vague_gap``) do not fit: the guidelines count them a conflict."""
    out = []
    heads = [[side[0]] for side in sides]  # the value shown, not others its articles add ("at least 50" by "about 50")
    for i, a in enumerate(heads):
        for j, b in enumerate(heads):
            if i >= j or _type([a, b], published, vague_gap, approx)[0] != "vague":
                continue
            ends = _one_range_side([a, b])
            (a0, a1), (b0, b1) = [(_low(x[0], approx, ends), _high(x[0], approx, ends)) for x in (a, b)]
            if a0 <= b1 and b0 <= a1:
                out += [(i, j), (j, i)]
    return out


def _type(sides: list[list[Value]], published: dict[str, str], vague_gap: float = 0.0,
          approx: float = DEFAULT.disagree_vague_approx) -> tuple[DisagreementType, list[str] | None]:
    """conflict, evolving (with each side's time) or vague, from the sides' ranges and dates: two
    sides are vague when their ranges overlap, or when one is approximate ("about 58 km", "almost
    100") and the other lies within ``vague_gap`` (a share) of it — 89 and "almost 100"."""
    first = sides[0][0]
    if not first.numeric:
        return "conflict", None
    if len(sides) == 2 and any(either_side(v, w) for v in sides[0] for w in sides[1]):
        return "conflict", None  # "nearly 300" / "more than 300": the bounds exclude each other
    ends = _one_range_side(sides)
    ranges = [(min(_low(v, approx, ends) for v in s), max(_high(v, approx, ends) for v in s)) for s in sides]
    overlap = all(a[0] <= b[1] and b[0] <= a[1] for i, a in enumerate(ranges) for b in ranges[i + 1:])
    times = [min((published[v.article] for v in s if published.get(v.article)), default=None) for s in sides]
    running = first.type == "count" and (first.event in CUMULATIVE
                                         or any(_RUNNING.search(v.sentence.text) for s in sides for v in s)) \
        or first.type.startswith("money") and any(_RUNNING_MONEY.search(v.sentence.text) for s in sides for v in s)
    if running and all(times) and len(set(times)) == len(times):
        by_time = sorted(zip(times, (float(s[0].point) for s in sides)))
        if all(b[1] > a[1] for a, b in zip(by_time, by_time[1:])):
            return "evolving", [str(t) for t in times]
    if running and len(sides) == 2:
        # precision46: the word must date the figure — before it ("Last week, officials said that 164 people
        # had been killed … and around 9,000 arrested") or just after it — not another part of a long
        # sentence ("Several … were injured during last week's attack despite the Pentagon initially saying
        # that no casualties were suffered": the attack's week, and another claim)
        near = [_by_figure(_EARLIER, s[0], 120, 40) for s in sides]
        earlier = [m is not None for m in near]
        if sum(earlier) == 1:
            old, new = (sides[0], sides[1]) if earlier[0] else (sides[1], sides[0])
            if float(old[0].point) < float(new[0].point):
                marked = (near[0] or near[1]).group(0)  # type: ignore[union-attr]
                return "evolving", [f"earlier ({marked})" if s is old else "later" for s in sides]
    if len(sides) == 2 and first.type == "count":
        # mend104: one side an earlier report of the count ("Earlier, officials said rescuers had pulled 25" /
        # "pulled 40 … on Tuesday"; "had already cancelled 300" / "cancelled 450 on Friday"), smaller than the
        # other, dated, side: one count told at two moments
        told = [_earlier_report(s[0]) if all(_earlier_report(v) for v in s) else None for s in sides]
        if sum(t is not None for t in told) == 1:
            k = 0 if told[0] else 1
            old, new = sides[k], sides[1 - k]
            if float(old[0].point) < float(new[0].point) and all(_dated(v) for v in new):
                return "evolving", [f"earlier ({told[k]})" if s is old else "later" for s in sides]
    if len(sides) == 2:
        revised = _revised(sides, times)
        if revised is not None:
            return "evolving", revised
    if running and len(sides) == 2:
        floor = _early_floor(sides, times)
        if floor is not None:
            marked = sides[floor][0].mention.text
            return "evolving", [f"earlier ({marked})" if k == floor else "later" for k in range(2)]
    if len(sides) == 2 and _rounded(sides, vague_gap):
        return "vague", None
    if len(sides) > 2 and all(_type([a, b], published, vague_gap, approx)[0] == "vague"
                              for i, a in enumerate(sides) for b in sides[i + 1:]):
        return "vague", None  # sides70: 312 / "more than 300" / "about 280": no two sides exclude each other
    if _excluding(sides, vague_gap, approx):
        return "conflict", None  # "as many as 20,000" / "roughly 30,000", beside "tens of thousands"
    if overlap or any(vague_word(v) for s in sides for v in s) or (len(sides) == 2 and _near(sides, vague_gap, approx)):
        return "vague", None
    return "conflict", None


# A sum that only grows while the story runs, told as such: in the present perfect ("has grossed $368
# million globally", "has already accumulated $459 million", "have raised") or "so far", "to date";
# not "grossed $152 million in its opening weekend", a fixed period's figure.
_RUNNING_MONEY = re.compile(r"\b(?:(?:has|have)\s+(?:now\s+|already\s+|so far\s+)?(?:grossed|accumulated|raised|"
                            r"earned|taken in|collected)|so far|to date|cumulative|(?:worldwide|global) gross)\b", re.I)
# A figure told as replacing an earlier one: an offer, bid, estimate or toll "raised to", "bumped as
# high as", "cut to" it (not "cut 2,500 jobs" or "increased by 5%": a change, not a revised figure)
_REVISED_UP = re.compile(r"\b(?:raised|bumped|upped|increased|sweetened|boosted|hiked|revised up(?:wards?)?)\b"
                         r"[^.;]{0,40}?\b(?:to|as (?:high|much) as)\s+$", re.I)
_REVISED_DOWN = re.compile(r"\b(?:lowered|cut|reduced|trimmed|slashed|revised down(?:wards?)?)\b"
                           r"[^.;]{0,40}?\b(?:to|as (?:low|little) as)\s+$", re.I)
# ... or the older one told as the first of several ("an initial offer of $160 million")
_FIRST_OF = re.compile(r"\b(?:initial|original|first|opening)\s+(?:(?!quarter|half|year|month|week|day|round|time)"
                       r"[\w$.,-]+\s+){0,2}(?:offer|bid|proposal|estimate|budget|asking price|valuation|forecast|"
                       r"projection|price tag|target)s?\b", re.I)


def _by_figure(pattern: re.Pattern[str], v: Value, before: int = 60, after: int = 30) -> re.Match[str] | None:
    """``pattern`` in ``v``'s sentence just before or after its figure ("Offer … Bumped as High as
    $184M", "an initial offer of $160 million"), not anywhere in a long sentence that tells other things."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return None
    for hit in pattern.finditer(text):
        if m.start - before <= hit.start() and hit.end() <= m.start or m.end <= hit.start() <= m.end + after:
            return hit
    return None


def _revised_to(pattern: re.Pattern[str], v: Value) -> bool:
    """Whether ``v``'s sentence says its figure is what something was revised to ("Offer … Bumped as
    High as $184M", "raised its offer to $184 million"): ``pattern`` ends right at the figure (or
    at its own "as high as")."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return False
    before = text[max(0, m.start - 60):m.start]
    qualifier = re.match(r"(?i)\s*as (?:high|much|low|little) as\s+", m.text)
    return bool(pattern.search(before + (qualifier.group(0) if qualifier else "")))


def _revised(sides: list[list[Value]], times: list[str | None]) -> list[str] | None:
    """Each side's time when one figure replaced the other: the later article says, by its figure,
    that it was raised (bumped, increased) and it is larger, or cut (lowered) and it is smaller; or
    one side's figure is called the initial (original, first) offer, bid or estimate and the other's
    is not. A figure that merely differs (told the same day, or lower with nothing saying it was
    revised) stays a conflict. None when nothing marks a revision."""
    for k in range(2):
        old, new = sides[k], sides[1 - k]
        grew = float(new[0].point) > float(old[0].point)
        marked = next((m for m in (_by_figure(_FIRST_OF, v) for v in old) if m), None)
        if marked is not None and not any(_by_figure(_FIRST_OF, w) for w in new):
            return [f"earlier ({marked.group(0)})" if j == k else "later" for j in range(2)]
        if times[k] and times[1 - k] and str(times[k]) < str(times[1 - k]) and any(
                _revised_to(_REVISED_UP if grew else _REVISED_DOWN, w) for w in new):
            return [str(times[j]) for j in range(2)]
    return None


def _excluding(sides: list[list[Value]], gap: float, approx: float) -> bool:
    """Whether two sides given as figures exclude each other: their ranges do not meet and neither
    is an approximation near the other. A side in words only ("tens of thousands") overlaps anything,
    so it makes the disagreement vague only when no two figures exclude each other."""
    figures = [[v for v in s if not vague_word(v)] for s in sides]
    figures = [f for f in figures if f]
    ends = _one_range_side(figures)
    ranges = [(min(_low(v, approx, ends) for v in f), max(_high(v, approx, ends) for v in f)) for f in figures]
    return any(not (a[0] <= b[1] and b[0] <= a[1]) and not _near([figures[i], figures[j]], gap, approx)
               for i, a in enumerate(ranges) for j, b in enumerate(ranges) if j > i)


# A figure the sentence itself dates before the story's latest count ("last week ... around 9,000",
# "an earlier toll of three", "initially reported")
_EARLIER = re.compile(r"\b(?:last week(?!['’]s)|earlier(?! this)|initially|at first|first reported|previously|"
                      r"had earlier|an earlier|the previous day|preliminary|early reports?)\b", re.I)


def _early_floor(sides: list[list[Value]], times: list[str | None]) -> int | None:
    """The side of a running count given only as a floor the other's figure lies beyond ("killing at
    least three" / "killing 10"; "more than 7,500" reaches 9,000, which stays vague): an early count
    the toll has since passed, not a figure that excludes the later one; None when there is none,
    or when that side's articles are dated after the other's (a floor published later than a larger
    toll does conflict with it)."""
    for k, side in enumerate(sides):
        other = sides[1 - k]
        # one figure, given at least once as a floor ("killing at least three" … "three people killed")
        floor = any(_floor(v) for v in side) and len({float(v.point) for v in side}) == 1
        if floor and min(float(w.low) for w in other) > max(float(v.high) for v in side) \
                and not (times[k] and times[1 - k] and str(times[k]) > str(times[1 - k])):
            return k
    return None


# precision70: a figure its clause tells as done before the story's happening: the past perfect with an adverb
# of another time governing the counted verb ("had previously been cut", "had earlier hired"), or a sentence
# opened by "Earlier," / "Previously," / "Before that," that tells the happening itself, not what someone said
# then (mend104: "Earlier, officials said rescuers had pulled 25" is an earlier report of one count; "had
# already cancelled 300" a running count so far; "a previously unknown group" no earlier happening)
_PERFECT = r"\bhad\s+(?:{})\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b"
# the verb governs the figure: its object ("had previously hired 120") or its subject ("five had previously been cut")
_PAST_PERFECT = (re.compile(_PERFECT.format("previously|earlier") + r"\s+(?:[\w’'-]+\s+){0,2}$", re.I),
                 re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}" + _PERFECT.format("previously|earlier"), re.I))
_OPENS_EARLIER = re.compile(r"^\W*(?:earlier|previously|before\s+that|prior\s+to\s+that)\b\s*,", re.I)
# an earlier report of a count: "Earlier, officials said …", or "had already cancelled 300" (a tally so far)
_SAID = r"(?:" + "|".join(reporting("say report announce tell estimate confirm state", now="say") + ("put", "gave")) + ")"
_OPENS_EARLIER_REPORT = re.compile(r"^\W*(?:earlier|previously)\b\s*,\s*(?:[\w.'’-]+\s+){0,5}?" + _SAID + r"\b", re.I)
_HAD_ALREADY = (re.compile(_PERFECT.format("already") + r"\s+(?:[\w’'-]+\s+){0,2}$", re.I),
                re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}" + _PERFECT.format("already"), re.I))


def _governs(patterns: tuple[re.Pattern[str], re.Pattern[str]], v: Value) -> re.Match[str] | None:
    """The verb phrase of ``patterns`` right before ``v``'s figure (its object) or right after it (its subject)."""
    text = v.sentence.text
    return patterns[0].search(text[:v.mention.start]) or patterns[1].search(text[v.mention.end:])


def _told_before(v: Value) -> bool:
    """Whether ``v``'s sentence tells its figure as an earlier happening (``_PAST_PERFECT`` right before the
    figure, or ``_OPENS_EARLIER`` not followed by a saying verb) and carries no date of its own."""
    text = v.sentence.text
    if _dated(v) or _OPENS_EARLIER_REPORT.search(text):
        return False
    return bool(_OPENS_EARLIER.search(text) or _governs(_PAST_PERFECT, v))


def _earlier_report(v: Value) -> str | None:
    """mend104: the words telling ``v`` as an earlier report of a count ("Earlier, officials said";
    "had already cancelled"), or None."""
    m = _OPENS_EARLIER_REPORT.search(v.sentence.text)
    if m:
        return m.group(0).split(",")[0].strip(" \"'“‘")  # as written: "Earlier"
    return "had already" if _governs(_HAD_ALREADY, v) else None


def _dated(v: Value) -> bool:
    return any(m.kind == "date" and m.value for m in v.sentence.mentions)


def _two_happenings(sides: list[list[Value]]) -> bool:
    """precision70: two sides of a count that is no running figure, one told as done earlier ("Earlier,
    five cables were cut"; "five had previously been cut") and the other of one dated happening ("three
    cables were cut on Tuesday"): two happenings, each its own count, not two values of one slot. A
    running count (a toll) keeps its slot: ``_type`` reads it as evolving."""
    first = sides[0][0]
    if len(sides) != 2 or first.type != "count" or first.event in CUMULATIVE \
            or any(_RUNNING.search(v.sentence.text) for s in sides for v in s):
        return False
    before = [all(_told_before(v) for v in s) for s in sides]
    return sum(before) == 1 and all(_dated(v) for s, b in zip(sides, before) if not b for v in s)


def _rounded(sides: list[list[Value]], gap: float) -> bool:
    """Whether one side is a length told in whole units coarser than the other's ("a yearlong battle" /
    "13 months"; "two decades" / "21 years") and the other lies within ``gap`` (a share) of it: a
    length in years or decades is rounded to them, so it does not exclude a finer figure near it."""
    if any(v.type != "duration" for s in sides for v in s):
        return False
    a, b = sides[0][0], sides[1][0]
    unit_a, unit_b = unit_of(a.mention.label or ""), unit_of(b.mention.label or "")
    if unit_a is None or unit_b is None or unit_a[1] == unit_b[1]:
        return False
    coarse, fine = (a, b) if unit_a[1] > unit_b[1] else (b, a)
    count = coarse.mention.value
    point = float(coarse.point)
    return count is not None and float(count) == int(float(count)) and point > 0 \
        and abs(float(fine.point) - point) <= gap * point


def _floor(v: Value) -> bool:
    """"at least three", "more than 50": a figure with a bound below only (not "several")."""
    return float(v.low) == float(v.point) < v.high and not vague_word(v)


def _near(sides: list[list[Value]], gap: float, approx: float = DEFAULT.disagree_vague_approx) -> bool:
    """Whether one side is approximate ("about", "almost": a range at or around its figure) and
    the other's figure within its reach (``_reach``) of it."""
    for side, other in ((sides[0], sides[1]), (sides[1], sides[0])):
        for v in side:
            point = float(v.point)
            # "nearly $80 million" reaches up to 80, never 82: a bound from below excludes more
            below = v.high <= point
            reach = _reach(v, gap, approx)
            if point > 0 and v.low < point and v.high <= point * (1 + gap) \
                    and any(abs(float(w.point) - point) <= reach and not (below and float(w.point) > point)
                            for w in other):
                return True
    return False


def _step(x: float) -> float:
    """The unit of a figure's last non-zero digit (2,300 and 2,500: 100; 120: 10; 45: 1; 1,000: 1,000): how
    coarsely its writer rounded (mend104: never more for a final 5, so "about 2,500" / 2,300 types as
    "about 2,300" / 2,500 does)."""
    return float(Decimal(1).scaleb(int(Decimal(repr(x)).normalize().as_tuple().exponent)))


# the words that round a figure ("an estimated $102 million" is an estimate, its uncertainty, not its digits)
_ROUNDING = frozenset({"about", "around", "roughly", "approximately", "some", "circa"})


def _reach(v: Value, gap: float, approx: float) -> float:
    """precision70: how far an approximation's figure reaches, read as "outlets disagree only in rounding"
    (vague): "about N" ("roughly", "some", "around") stands for what rounds to N at the precision N is
    written in — one step of its last digit (``_step``), at least ``approx`` of it and at most ``gap``:
    "about 120" reaches 112 and "about 45" 48 (vague), "roughly 2,300" does not reach 2,500 (2,200–2,400
    at most; the guidelines' conflict), "about 1,000" reaches 1,050. A bound ("almost 100") and an estimate
    ("an estimated $102 million" / $108 million, a conversion) keep ``gap``: 89 is "almost 100"."""
    point = float(v.point)
    if not (v.low < point < v.high) or (v.mention.qualifier or "").lower() not in _ROUNDING:
        return gap * point
    written = float(v.mention.value) if v.mention.value else point  # "about 10 minutes" is stepped in minutes
    return min(gap * point, max(approx * point, _step(written) * point / written))


def _approximate(v: Value, ends: bool = True) -> bool:
    """"around 2,000": a figure with a range around it (not "dozens", whose range is all it says, nor, with
    ``ends``, a range written out, ``_written_range``)."""
    point = float(v.point)
    return v.low < point < v.high and any(c.isdigit() for c in v.mention.text) and not (ends and _written_range(v))


# precision52: a range the writer gives by its two ends ("$600 to $2,000", "between 20 and 25", "20-25"): its
# span is all it says, never "about" its midpoint, so a figure between the ends lies within it (vague), not
# beside an approximation of the midpoint ("$600 to $2,000" / "$1,200" was typed conflict)
_RANGE_ENDS = re.compile(r"\d\s*(?:[^\W\d_]+\s+|[%$€£]\s*)?(?:to|and|-|–|—)\s*(?:[$€£]\s*)?\d", re.I)


def _written_range(v: Value) -> bool:
    """Whether a figure is a range its mention writes by both ends (``_RANGE_ENDS``)."""
    return v.low < float(v.point) < v.high and bool(_RANGE_ENDS.search(v.mention.text))


def _low(v: Value, approx: float = DEFAULT.disagree_vague_approx, ends: bool = True) -> float:
    return float(v.point) * (1 - approx) if _approximate(v, ends) else v.low


def _high(v: Value, approx: float = DEFAULT.disagree_vague_approx, ends: bool = True) -> float:
    return float(v.point) * (1 + approx) if _approximate(v, ends) else v.high


def _one_range_side(sides: list[list[Value]]) -> bool:
    """precision52: whether a range written by its ends is read by its ends here: only when some side gives no such
    range (a figure inside "$600 to $2,000" is vague). Two ranges of one slot with other ends ("100,000 to
    200,000" / "100,000 to 240,000") are two statements of it, read blind as a conflict: compared as before."""
    return not all(any(_written_range(v) for v in s) for s in sides)


def _plural(noun: str, values: Sequence[Value]) -> str:
    """The counted noun as the articles write it ("troops", "doses"), else a plain plural. A noun an article
    writes as it is right after a figure above one is already its plural ("nine grandchildren", "200 men"): never
    "grandchildrens"."""
    if noun.endswith("s") or " " in noun or noun == "people":
        return noun
    # (a space after the figure: "a 6,000-word manifesto" is the singular of an attribute, not a plural)
    as_written = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(noun)}\b(?!-)", re.I)
    if any(isinstance(v.point, (int, float)) and v.point > 1 and as_written.search(v.sentence.text[v.mention.end:])
           for v in values):
        return noun
    pattern = re.compile(rf"\b({re.escape(noun[:max(3, len(noun) - 1)])}\w*s)\b", re.I)
    for v in values:
        found = pattern.search(v.sentence.text)
        if found:
            return found.group(1).lower()
    return f"{noun}s"


def _context(v: Value) -> str:
    """The words around a value, the value left out: what the sentence says of it."""
    text = v.sentence.text
    before = re.findall(r"[\w'’-]+", text[:v.mention.start])[-4:]
    after = re.findall(r"[\w'’-]+", text[v.mention.end:])[:4]
    return f"{' '.join(before)} … {' '.join(after)}".strip(" …")


def _first(members: Sequence[Value], name: Callable[[Value], str | None]) -> str | None:
    """The phrase ``name`` finds for the first side's figure that has one (names47): the slot as the
    first side that writes it names it."""
    return next((p for p in map(name, members) if p), None)


def _names(v: Value) -> list[tuple[int, int, str]]:
    """The spans and labels of the named entities of a figure's sentence, as ``naming`` reads them."""
    return [(e.start, e.end, e.label or "") for e in v.sentence.of_kind("entity") if e.end > e.start]


def _about(v: Value, members: Sequence[Value]) -> tuple[str, str | None]:
    """(the slot in a reader's words, whose or which event's slot it is)."""
    if v.type == "age":
        anchor = next((m.anchor for m in members if m.anchor), None)
        return (f"age of {anchor}" if anchor else f"age: “{_context(v)}”"), anchor
    kind = v.type.split(":")[0]
    if kind == "count" and (v.noun or v.event):
        noun = _plural(v.noun, members) if v.noun else "people"
        if v.noun:
            # names48: the counted noun with its own modifiers, as the first side that writes some has them
            noun = _first(members, lambda m: naming.counted_with(m.sentence, m.mention.end, noun)) or noun
        # the one place the figures' own clauses name (one side may leave it unsaid) when every side's
        # sentence names it; a place named only elsewhere ("125 died across Syria, many of them … in
        # Homs") is not the slot's
        own = {m.place for m in members} - {None}
        named = own.pop() if len(own) == 1 else None
        # names47: and written as a place in each ("in Gaza"), never an adjective ("in Israeli airstrikes")
        place = named if named and all(_names_place(m, named) and naming.written_place(m.sentence, named)
                                       for m in members) else None
        event = next((m.event for m in members if m.event), None)
        # precision51: the slot is named by the event most sides' own words tell ("shot eleven times", "shot seven
        # times" beside "fired several times, striking him": times shot), as a participle; a verb no figure's
        # own words tell ("the shooting trial of … mother of 12") names nothing
        told = [m.event for m in members if m.event and (m.event in EVENT_CLASSES or naming.event_told(
            m.sentence, m.mention.start, m.mention.end, m.event))]
        named = max(told, key=told.count) if told else None
        about = f"{noun} {naming.participle(named)}" if named else noun
        owners = {m.owner for m in members}
        if v.tally and len(owners) == 1 and None not in owners:
            return f"{about} of {owners.pop()}", v.owner  # a tally is one player's: "points of Richard Carter"
        day = naming.common_weekday([(m.sentence, m.mention.start, m.mention.end) for m in members]) if event else None
        return about + (f" in {place}" if place else "") + (f" on {day}" if day else ""), event or v.noun
    question = QUESTIONS.get(kind, kind)
    if kind == "money":
        # names47: what the money is of, as the first side that says it writes it ("amount of the aid package")
        of = _first(members, lambda m: naming.figure_of(m.sentence, m.mention.end))
        if of:
            return f"amount {of}", _topic(members)
        # names48: a modifier or a name the figure stands in ("amount of the eight-year offer"), else the
        # subject and verb it is of ("how much the deficit amounted to")
        of = _first(members, lambda m: naming.money_of(m.sentence, m.mention.start, m.mention.end))
        if of:
            return f"amount {of}", _topic(members)
        said = _first(members, lambda m: naming.amount_told(m.sentence, m.mention.start, _names(m)))
        if said:
            return f"how much {said}", _topic(members)
        # labels67: the thing whose worth it is ("how much the deal is worth"), else the unit it is per
        said = _first(members, lambda m: naming.worth_told(m.sentence, m.mention.start))
        if said:
            return f"how much {said}", _topic(members)
        per = _first(members, lambda m: naming.rate_of(m.sentence, m.mention.end))
        if per:
            return f"amount {per}", _topic(members)
        question = f"how much ({v.type.split(':')[1]})"
    if kind == "percent":
        # names47: the whole the share is of, as the first side that says it writes it ("share of eligible voters")
        of = _first(members, lambda m: naming.share_of(m.sentence, m.mention.end))
        if of:
            return f"share {of}", _topic(members)
        # labels67: a change told by its subject and verb ("Greek stocks plunged 5.4 per cent"); mend92: never a
        # level reached ("climbed to 7.2 percent", "won 52 percent")
        said = _first(members, lambda m: naming.change_before(m.sentence, m.mention.start, _names(m)))
        if said:
            return f"how much {said}", _topic(members)
    if kind in ("duration", "distance"):
        # labels67: the thing it is the length of ("two hours of negotiations", "a 10-metre dhow"), else the
        # happening it counts to ("three weeks before he was murdered")
        of = _first(members, lambda m: naming.length_of(m.sentence, m.mention.start, m.mention.end))
        if of:
            return f"length {of}", _topic(members)
        gap = _first(members, lambda m: naming.gap_to(m.sentence, m.mention.end)) if kind == "duration" else None
        if gap:
            return f"{question} {gap}", _topic(members)
        # names47: the subject and verb the length is of ("how long the hearing lasted")
        said = _first(members, lambda m: naming.verb_before(m.sentence, m.mention.start, _names(m)))
        if said:
            return f"{question} {said}", _topic(members)
    if kind == "distance":
        # names48: the place it is measured from, as the first side writes it ("how far south of Tehran")
        where = _first(members, lambda m: naming.direction_of(m.sentence, m.mention.end))
        if where:
            return f"{question} {where}", _topic(members)
    return f"{question}: “{_context(v)}”", _topic(members)


def _names_place(v: Value, place: str) -> bool:
    """Whether a value's sentence names ``place`` (a place entity)."""
    return any(m.label in ("GPE", "LOC", "FAC") and str(m.value) == place for m in v.sentence.of_kind("entity"))


def _topic(members: Sequence[Value]) -> str | None:
    """The content word the sides' sentences share most (an event or thing the value is of)."""
    counts: dict[str, int] = {}
    for v in members:
        for w in set(tfidf.terms(v.sentence.text)):
            if not any(c.isdigit() for c in w):
                counts[w] = counts.get(w, 0) + 1
    if not counts:
        return None
    word, n = max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))  # ties by the word: same in every run
    return word if n > 1 else None


def sort_key(d: Disagreement) -> tuple[int, int]:
    """Conflicts first, then evolving figures, then vague ones; better supported first."""
    rank = {"conflict": 0, "evolving": 1, "vague": 2}.get(d.type, 3)
    return rank, -sum(len(v.articles) for v in d.values)


def anchored(items: Sequence[T], same_anchor: Callable[[T, T], bool]) -> list[list[T]]:
    """Items grouped by anchor, in order: each item not yet taken gathers every later one that has
    its anchor (one person's home town, one death's cause). Groups of one are kept: the caller
    decides what a group must hold to be a disagreement."""
    used: set[int] = set()
    out: list[list[T]] = []
    for i, a in enumerate(items):
        if i in used:
            continue
        group = [k for k in range(i, len(items)) if k not in used and same_anchor(a, items[k])]
        used.update(group)
        out.append([items[k] for k in group])
    return out


__all__ = ["Order", "anchored", "disagreement", "groups", "sort_key"]
