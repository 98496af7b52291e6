"""Disagree: where outlets report different values for one slot, show every side, pick no winner.

A *slot* is one checkable property of one thing: a count of something that happened to someone
("people killed in the Damascus bombings"), a person's age, an amount, a share, a duration, a
distance, the day or year of one event, the words of one remark, who said them. Two articles
disagree when they give a slot values that are not the same ("19" and "at least 19" are the same).

How values become slots (``values`` → ``pairs`` → ``slots``):

1. ``values.read``: every number and date mention is typed and framed — what it counts (the noun's
   class: troops = soldiers), the event (killed = died; else the participle after it, "affected"),
   whose it is (an age's person), what was done to it (``deeds``: "stranded" / "delayed", no power / no
   water are two counts); shares and breakdowns are left out, an increment ("a further
   four") is compared only with another increment and a place's figure beside its article's total
   only with the same place's, and a figure of an event years ago is compared only with another of
   the same past year (never with today's).
2. ``pairs.candidates``: values of one type whose frames do not set them apart (another noun, event,
   person, place, day, year) are paired across articles; each value keeps only its best counterpart
   per article, and only mutual best pairs remain — an article stating the same figure elsewhere is
   matched there, so it agrees instead of disagreeing.
3. a logistic regression over the pair's features (context alike, same fact, frames shared, ranges
   overlapping, types) gives P(one slot); pairs of different values at ``options.disagree_threshold``
   or above join slots (``slots.groups``), equal values join their side. Clear cases are one slot
   whatever the model says: one event's two weekday names, one named person's ages a year apart, a
   toll of one event class in one named place, one distance from one named point, two increments of
   one known group.
4. each slot is typed: ``conflict`` (the values cannot both be true), ``vague`` (ranges that overlap:
   "more than 2,000" and 2,300) or ``evolving`` (a running count reported larger in later articles;
   each side carries its time); a spelled figure with a bound is a figure ("at least four" excludes
   three: a conflict), and a tight bound beside an exact figure ("just under five minutes" / "4
   minutes 48 seconds", one value) is the same value. Quotes (``quotes``) are wordings of one remark unless a difference
   changes what was said; the same words given to two named speakers are a ``name`` disagreement.
5. people's own slots (``roles``): one person given two ranks of one ladder (assistant / associate
   professor), one role given to two people who share a first name but not the surname, one work's
   writers or directors listed with a name more or less.
6. days, years and times of one event (``events``), places (``places``: home towns, facilities'
   towns, blocks of a street), times of day of one moment told with other verbs (``clock``: the
   sentences alike and minutes apart; the game clock and the period of one play) and "other" details written in fixed frames (``details``: the cause
   of a named person's death, the colour of a named vehicle, a firearm, a condition in hospital, the kind
   of an order signed; a gun's calibre, a named fighter's or team's record, a record's mark, games a
   player missed, the shots fired in a shooting, how many people did one thing to someone), each anchored to a name or an event; a game's score at one game clock and the moment
   a bout was stopped (``clock``).
7. measures (``measures``): a quake's magnitude, a temperature, a weight, an area or a speed, paired
   by their sentences like event days (the value pipeline leaves measures out).
8. verification (``verify``): every finished disagreement is checked against its articles; sides
   that measure another thing, restate the other side or are one quote written two ways go; a
   figure rounded from the other side's is typed vague.

``find`` returns the disagreements, conflicts first; ``compare`` also returns the wordings.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from accord.disagree import pairs as _pairs
from accord.disagree import clock, details, events, measures, places, quotes, roles, slots, verify
from accord.disagree.values import (CUMULATIVE, EVENT_CLASSES, GENERIC, NOUN_CLASSES, Value, class_of, read,
                                    slot_key)
from accord.model import Disagreement, Fact, Wordings
from accord.options import DEFAULT, Options

__all__ = ["Comparison", "compare", "find", "slot_key", "Value", "read", "EVENT_CLASSES", "NOUN_CLASSES",
           "GENERIC", "CUMULATIVE", "class_of"]


@dataclass
class Comparison:
    """What comparing a story's articles found: disagreements (conflicts first) and the wordings of
    remarks quoted in several ways that say the same thing."""

    disagreements: list[Disagreement] = field(default_factory=list)
    wordings: list[Wordings] = field(default_factory=list)


def compare(facts: Sequence[Fact], options: Options = DEFAULT, reference: date | None = None,
            articles: Sequence[str] | None = None, published: dict[str, str] | None = None,
            titles: dict[str, str] | None = None, outlets: dict[str, str] | None = None) -> Comparison:
    """Every disagreement and every set of wordings in a story's facts.

    ``articles``: the story's article ids in order (sides are listed in it); ``published``: article
    id → ISO publication date, for the time of each side of a running figure; ``reference``: the
    story's date (figures of sentences dated years before it are of a past event: compared only with
    figures of the same past year); ``titles``: article id → headline, read by ``verify`` only;
    ``outlets``: article id → its outlet (``Article.outlet``; absent when unknown), to tell one outlet
    updating its own figure (``_own_update``).
    """
    order = slots.Order([*(articles or []), *(s.article for f in facts for s in f.sentences)])
    sentences = sorted((s for f in facts for s in f.sentences), key=lambda s: (order.key(s.article), s.index))
    fact_of = {s.key: f.id or str(k) for k, f in enumerate(facts) for s in f.sentences}
    values = _bounded(read(sentences, reference, options), facts, options.disagree_max_values)
    found: list[Disagreement] = []
    candidates = _pairs.candidates(values, fact_of, published, options.slot_magnitude_ratio,
                                   options.disagree_measure_words, options.disagree_age_gap, options)
    if candidates:
        model = _pairs.load_model(options.disagree_model)
        rows = np.array([p.features for p in candidates])
        # in blocks: the forest holds (rows × trees) arrays, and a big story has tens of thousands of pairs
        probability = np.concatenate([model.probability(rows[k:k + _BLOCK]) for k in range(0, len(rows), _BLOCK)])
        for group in slots.groups(values, candidates, list(probability), options.disagree_threshold, published,
                                  options.disagree_date_threshold, options.slot_magnitude_ratio, options):
            if values[group[0]].type in events.TYPES:
                continue  # days, years and times of day are compared per event (``events``)
            d = slots.disagreement(values, group, order, published or {}, options.disagree_vague_gap,
                                   options.disagree_vague_approx, options.disagree_measure_words)
            if d is not None:
                found.append(d)
    quoted, wordings = quotes.compare(sentences, order, options)
    found += quoted + quotes.speakers(sentences, order, options) + quotes.said_speakers(sentences, order, options)
    found += roles.rank_disagreements(sentences, order, options) + roles.name_disagreements(sentences, order, options)
    found += roles.credit_disagreements(sentences, order) + roles.body_disagreements(sentences, order)
    placed = places.find(sentences, order)
    found = [d for d in found if not places.restates(d, placed)]
    timed = events.find(sentences, order, options, published)
    found += timed + clock.new(clock.find(sentences, order, options, published), timed) + placed + details.find(sentences, order, options)
    found += measures.find(sentences, order, options, reference)
    found += clock.game_clocks(sentences, order, options)
    found += clock.game_periods(sentences, order, options)
    found += clock.score_disagreements(sentences, order) + clock.stoppage_disagreements(sentences, order)
    framed = details.framed(sentences, order, published, options)
    found += framed
    if options.disagree_verify:  # the last gate: each report checked against its own articles (``verify``)
        found = verify.check(found, sentences, values, options, titles=titles, published=published)
    # recall54: a frame's report only where no kept report already sets its figures against each other
    ours = {(d.kind, d.about) for d in framed}
    rest = [d for d in found if (d.kind, d.about) not in ours]
    found = rest + details.unreported([d for d in found if (d.kind, d.about) in ours], rest)
    found = _own_update(found, outlets or {}, published or {})
    return Comparison(sorted(_fitting(found), key=slots.sort_key), wordings)


def _own_update(found: list[Disagreement], outlets: dict[str, str],
                published: dict[str, str]) -> list[Disagreement]:
    """(issue 12) A figure conflict whose every side comes from one outlet, each side published on
    another day (an outlet's live page at 2,000 troops, its follow-up at 2,500), is that outlet
    updating its own figure: still shown, with both sides, but typed ``evolving`` with each side's
    time, never set against itself as a conflict. Sides of one day, or of two outlets, are left as
    they are, and so is a side with an article of unknown outlet: nothing is invented, only the type of
    a report already found changes."""
    if not outlets:
        return found
    out = []
    for d in found:
        arts = {a for side in d.values for a in side.articles}
        times = [min((published[a][:10] for a in side.articles if published.get(a)), default=None) for side in d.values]
        if d.type == "conflict" and d.kind == "number" and all(a in outlets for a in arts) \
                and len({outlets[a] for a in arts}) == 1 \
                and all(times) and len(set(times)) == len(times):
            d = replace(d, type="evolving", compatible=True,
                        values=[replace(side, time=t) for side, t in zip(d.values, times)])
        out.append(d)
    return out


def _fitting(found: list[Disagreement]) -> list[Disagreement]:
    """``Side.fits`` kept only where it still tells something: a conflict that still has three or more
    sides, naming only sides it still has (``verify`` may drop a side, or retype the report)."""
    for d in found:
        names = {s.value for s in d.values}
        for s in d.values:
            s.fits = [v for v in s.fits if v in names and v != s.value] if d.type == "conflict" and len(names) > 2 else []
    return found


_BLOCK = 2048  # candidate pairs scored at once


def _bounded(values: list[Value], facts: Sequence[Fact], limit: int) -> list[Value]:
    """At most ``limit`` values, in their order: those of the facts told by the most articles, then
    the earliest sentences. Pairing judges every pair of values of one type at once, so a story of
    20,000 sentences (6,000 values) would take gigabytes; a news story has a few hundred: unchanged."""
    if len(values) <= limit:
        return values
    told = {s.key: len({t.article for t in f.sentences}) for f in facts for s in f.sentences}
    ranked = sorted(range(len(values)), key=lambda k: (-told.get(values[k].sentence.key, 1),
                                                       values[k].sentence.index, k))
    return [values[k] for k in sorted(ranked[:limit])]


def find(facts: Sequence[Fact], options: Options = DEFAULT, reference: date | None = None,
         articles: Sequence[str] | None = None, published: dict[str, str] | None = None) -> list[Disagreement]:
    """Every disagreement in a story's facts, conflicts first (``compare`` without the wordings)."""
    return compare(facts, options, reference, articles, published).disagreements
