"""Clock: the time of day of one incident told with different verbs ("the accident happened at about
11:45 a.m." / "the mother was waiting with the stroller around 11:40 a.m."; "the fire call came in
at 3:30 a.m." / "dispatchers got a call shortly after 3:30 a.m.").

``events`` compares a time only with a time hanging on the same event word (died = killed), so one
moment written with two verbs ("happened" / "struck", "spotted" / "located") is never compared there.
Here a time of day is compared with another article's when, instead of a shared verb, the sentences
themselves say it is one moment:

- their sentences, times masked, are alike (TF-IDF cosine at least ``options.clock_context``) and
  share at least ``options.clock_shared_words`` content words besides dates and times, a name both
  write ("his Bentley") counting once more, and so does one event word both times are told at
  ("extinguished by 7 a.m." / "extinguished by 6:40 a.m.", ``verb_before``);
- they do not name two different people, and neither sentence gives two different times (a
  timeline: which time is which step is a guess);
- the two times are at most ``options.clock_max_gap`` minutes apart: reports of one moment differ by
  minutes, while the steps of one incident (a fire reported at 3:33 a.m., knocked down at 6:40) are
  hours apart, and the same words tell both;
- a loose time covers the minutes next to it ("approximately 7 p.m." / "7:01 p.m."): within
  ``options.clock_loose_minutes`` they are not compared;
- neither article also states the other's time elsewhere (then it tells two moments, and agrees);
- neither time is dated by its sentence after the other article's page was written (publication date
  and a day): a page cannot report it, so it is another occurrence (a march each night);
- a time its sentence gives to one step of a chain ("spotted him shortly after 3 p.m. and chased him",
  "arrested him at 2.30am and booked him": the verb before the time, then "and" and the next step) is
  that step's moment (``step``, ``When.step``): it is compared only with a sentence that writes the same step, never
  with another step of the sequence ("followed him to the apartment about 3:30 p.m.", "failed
  sobriety tests shortly after 2 a.m."): an independent reader labelled both such reports false;
- each mention keeps only its best counterpart in each other article, mutual best pairs only
  (``events.mutual_best``), so an article that states the same time agrees instead.

A time already compared by ``events`` is not compared again here (the caller drops duplicates).

A game clock ("with 7:41 left in the first half", "with 7:42 remaining", "with 10:03 to play in the
third quarter") is the moment of one play (``game_clocks``): two articles' clocks are one play's when
the periods agree (a clock whose period is not written takes any), the clocks are at most
``options.game_clock_gap`` seconds apart (a clock read a second off; two plays of one player are told minutes
apart), the sentences name the same person and no other two, and they are alike (``clock_context``);
mutual best pairs only. The period of a game one play came in ("early in the fourth quarter" / "late in
the fourth quarter", ``game_periods``) is paired the same way, with shared content words as for times
of day; a half holds its two quarters, and sentences giving the game two different scores ("13-13" /
"7-6") tell two plays of one kind (a kicker's two field goals).

recall44: the game's score at one game clock (``score_disagreements``: "a 45-35 lead … with 13:41 to go" /
"a 45-36 lead with 13:41 to play"; the same clock to the second, one score and one clock in each
sentence, no run, a named team or player shared and no two people) and the moment a bout was stopped
(``stoppage_disagreements``: "44 seconds into the seventh round" / "at the 2:15 mark"; "with two seconds
remaining of the sixth round" is 2:58 of a boxing round, never converted in a story of mixed martial
arts; a story stopping bouts in two rounds holds two bouts).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from accord import tfidf
from accord.disagree import events
from accord.disagree.slots import Order
from accord.disagree.record import Record, one_value_each
from accord.model import Disagreement, Sentence, Side
from accord.options import DEFAULT, Options
from accord.patterns import Alternatives, fold, folded_in
from accord.words import FUNCTION_WORDS, NEWS_WORDS

_DAY_MINUTES = 24 * 60
# words that say when, not what: never a shared participant
_TIME_WORDS = frozenset(events.stem(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday am pm morning afternoon evening night noon "
    "midnight early late year month day week today yesterday tomorrow tonight ago about around "
    "approximately shortly just after before time hour minute").split())


def read(sentences: Sequence[Sentence], published: dict[str, str] | None = None) -> list[events.When]:
    """Every time of day of ``sentences`` that is not a page's time stamp, with its sentence's content
    words as context (the event word is left empty: it is not what pairs them here), the day its
    sentence dates it and its article's own date (``published``: article id → ISO date)."""
    out: list[events.When] = []
    for s in sentences:
        own = events.own_date(published, s.article)
        for m in s.mentions:
            if m.kind != "date" or m.label != "time" or not re.fullmatch(r"\d\d:\d\d", str(m.value or "")):
                continue
            if events.is_stamp(s.text, m.start, m.end):
                continue
            minutes = int(str(m.value)[:2]) * 60 + int(str(m.value)[3:])
            out.append(events.When(s, m.start, m.end, s.text[m.start:m.end], "time", minutes=minutes,
                                   approx=events.is_approx(s.text, m.start), context=_words(s.text),
                                   on=events.day_of(s, own), published=own.toordinal() if own else None,
                                   step=step(s.text, m.start, m.end)))
    return out


# between an event word and the time it is told at: at most one more word (a particle: "broke out"), a
# preposition and an approximation ("extinguished by 6:40 a.m.", "broke out at about 8.40pm", "was pulled
# over shortly after 2 a.m.")
_VERB_GAP = re.compile(r"^\s+(?:[a-z]+\s+)?(?:at|by|around|about|before|after|until|till|since|shortly|just|"
                       r"approximately|roughly|nearly|some|sometime)(?:\s+(?:at|about|around|after|before|of))?\s+$")


def verb_before(text: str, start: int, end: int) -> str:
    """The stem of the event word a time of day is told at ("extinguished by 6:40 a.m.": *extinguish*),
    its family's when it has one; "" when the time stands after anything else. Two sentences whose
    times hang on one verb say which moment they time as plainly as a shared name does."""
    lo, _ = events.clause(text, start, end)
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", text[lo:start]))
    for w in reversed(words[-4:]):
        if _VERB_GAP.match(text[lo + w.end():start]) and events.is_event_word(w.group()):
            return events.family(events.stem(w.group()))
    return ""


# after a time: "and" and a past form opening the next step of a chain ("... at 2.30am and booked him")
_NEXT_STEP = re.compile(r"[^,.;:()]{0,40}?\band\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def step(text: str, start: int, end: int) -> str:
    """The stem of the step of a chain a time at ``start:end`` is told of: the event word before it in
    its clause when the words after it open the next step with "and" and a past form ("spotted Orozco
    shortly after 3 p.m. and chased him": *spot*); "" when the sentence tells no chain. One sequence's
    steps are minutes apart and told in the same words, so a step's time is only ever one moment with
    the same step's."""
    nxt = _NEXT_STEP.match(text, end)
    if nxt is None or not events.is_event_word(nxt.group("verb")):
        return ""
    lo, _ = events.clause(text, start, end)
    verb = next((w for w in reversed(list(re.compile(r"[A-Za-z][A-Za-z'’-]*").finditer(text, lo, start)))
                 if events.verb_at(text, w, start, end)), None)
    return events.stem(verb.group()) if verb else ""


def _writes(sentence: Sentence, stem_: str) -> bool:
    """Whether ``sentence`` writes the step ``stem_`` (any form of the word, or one of its family)."""
    said = {events.stem(t) for t in re.findall(r"[a-z][a-z'’-]+", sentence.text.lower())}
    return stem_ in said or events.family(stem_) in {events.family(t) for t in said}


def _named(s: Sentence) -> frozenset[str]:
    """The names a sentence writes (people, places, bodies, things), lower case."""
    return frozenset(str(m.value).lower() for m in s.mentions if m.kind == "entity" and m.value
                     and m.label in events.NAMED)


def _words(text: str) -> frozenset[str]:
    """Content-word stems of a sentence, words of time left out."""
    return frozenset(events.stem(t) for t in re.findall(r"[a-z][a-z'’-]{2,}", text.lower())
                     if t not in FUNCTION_WORDS and t not in NEWS_WORDS) - _TIME_WORDS


def gap(a: int, b: int) -> int:
    """Minutes between two times of day, across midnight the short way (23:50 / 00:10 → 20)."""
    d = abs(a - b) % _DAY_MINUTES
    return min(d, _DAY_MINUTES - d)


def candidates(whens: Sequence[events.When], options: Options = DEFAULT) -> list[events.Pair]:
    """Mutual best counterparts of one moment between articles (equal times included: they say which
    article agrees)."""
    if len(whens) < 2:
        return []
    of: dict[tuple[str, int], list[events.When]] = {}
    told: dict[str, set[int]] = {}
    for w in whens:
        of.setdefault(w.sentence.key, []).append(w)
        told.setdefault(w.article, set()).add(w.minutes or 0)
    timeline = {key for key, ws in of.items() if len({w.minutes for w in ws}) > 1}
    row = {key: k for k, key in enumerate(of)}
    sims = events.similarities([events.masked(ws[0].sentence.text, ws) for ws in of.values()])
    names = {key: _named(ws[0].sentence) for key, ws in of.items()}  # read once per sentence, not per pair
    verb = [verb_before(w.sentence.text, w.start, w.end) for w in whens]
    pairs: list[events.Pair] = []
    for i, a in enumerate(whens):
        for j in range(i + 1, len(whens)):
            b = whens[j]
            if a.article == b.article:
                continue
            # a name both sentences write ("his Bentley") counts as one of the shared words it takes
            named = bool(names[a.sentence.key] & names[b.sentence.key])
            timed = bool(verb[i] and verb[i] == verb[j])  # one verb the times hang on: one more shared word
            if len(a.context & b.context) + named + timed < options.clock_shared_words or events.later_than_page(a, b):
                continue
            pa, pb = events.people_of(a.sentence), events.people_of(b.sentence)
            if pa and pb and not pa & pb:
                continue  # two people's moments (a road both name, "State Route 52" / "94", is no one: precision56)
            if (a.step and not _writes(b.sentence, a.step)) or (b.step and not _writes(a.sentence, b.step)):
                continue  # one step of a chain against another step of it
            apart = gap(a.minutes or 0, b.minutes or 0)
            if a.minutes != b.minutes and (
                    apart > options.clock_max_gap or ((a.approx or b.approx) and apart <= options.clock_loose_minutes)
                    or a.sentence.key in timeline or b.sentence.key in timeline
                    or (b.minutes or 0) in told[a.article] or (a.minutes or 0) in told[b.article]):
                continue
            sim = float(sims[row[a.sentence.key], row[b.sentence.key]])
            if sim >= options.clock_context:
                pairs.append(events.Scored(i, j, sim + 0.05 * len(a.context & b.context)))
    return events.mutual_best(pairs, [w.article for w in whens])


def find(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT,
         published: dict[str, str] | None = None) -> list[Disagreement]:
    """Every disagreement on the time of day of one moment among ``sentences``, told with any verbs;
    ``published``: each article's own publication date (a time dated after another page was written is
    another occurrence)."""
    whens = read(sentences, events.page_dates(sentences, published))[:options.disagree_max_values]
    found = []
    for group in _joined(whens, events.groups(whens, candidates(whens, options))):
        d = events.disagreement(whens, group, order, options)
        if d is not None:
            d.anchor = _anchor([whens[k] for k in group])
            found.append(d)
    return found


def _joined(whens: Sequence[events.When], groups: list[list[int]]) -> list[list[int]]:
    """Groups with the same set of times joined into one ("8.49pm" / "9pm" paired in two articles and
    again in two others): one moment's disagreement, not two — unless an article would then state two
    of its values (two moments after all)."""
    out: list[list[int]] = []
    for group in groups:
        times = {whens[k].minutes for k in group}
        for kept in out:
            joined = kept + group
            told: dict[str, set[int | None]] = {}
            for k in joined:
                told.setdefault(whens[k].article, set()).add(whens[k].minutes)
            if {whens[k].minutes for k in kept} == times and all(len(v) == 1 for v in told.values()):
                kept += group
                break
        else:
            out.append(list(group))
    return out


def _anchor(members: Sequence[events.When]) -> str:
    """The moment in the words all its sentences share ("accident, floor, stroller"): there is no verb."""
    shared = frozenset.intersection(*(w.context for w in members))
    words: list[str] = []
    for t in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", members[0].sentence.text):
        if events.stem(t.lower()) in shared and t.lower() not in words:
            words.append(t.lower())
    return "moment: " + ", ".join(words[:4])


# a game clock: time left in a period of a game ("with 7:41 left in the first half")
_GAME = re.compile(r"\b(?P<min>\d{1,2})\s?:\s?(?P<sec>\d\d)\s+(?:minutes\s+)?(?:left|remaining|to\s+play|to\s+go)\b"
                   r"(?:\s+in\s+the\s+(?P<period>(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half|period)))?",
                   re.I)
_ORDINAL = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


@dataclass
class Play(Record):
    """One game clock a sentence gives."""

    sentence: Sentence
    start: int
    end: int
    seconds: int  # left in the period
    period: str | None  # "first half", "third quarter"; None when not written


def plays(sentences: Sequence[Sentence]) -> list[Play]:
    """Every game clock of ``sentences``."""
    out = []
    for s in sentences:
        for m in _GAME.finditer(s.text):
            period = m.group("period")
            if period:
                first, unit = period.lower().split()
                period = f"{_ORDINAL.get(first, first)} {unit}"
            out.append(Play(s, m.start(), m.end(), int(m.group("min")) * 60 + int(m.group("sec")), period))
    return out


def _same_clock(a: Play, b: Play) -> bool | None:
    if a.period and b.period and a.period != b.period:
        return None  # two periods: not comparable
    return a.seconds == b.seconds


def _one_players(found: Sequence[Any], pattern: re.Pattern[str], fits: Callable[[Any, Any], bool],
                 options: Options) -> list[events.Pair]:
    """Mutual best pairs of plays (``.sentence``, ``.article``) of two articles that ``fits`` lets be
    one play, whose sentences name the same person and no other two and are alike (TF-IDF cosine at
    least ``options.clock_context``, ``pattern``'s words masked)."""
    if len(found) < 2:
        return []
    keys = list(dict.fromkeys(p.sentence.key for p in found))
    row = {k: n for n, k in enumerate(keys)}
    texts = {p.sentence.key: p.sentence for p in found}
    try:
        m = tfidf.matrix([pattern.sub(" ", texts[k].text) for k in keys])
        sims = (m @ m.T).toarray()
    except ValueError:
        return []
    pairs: list[events.Pair] = []
    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if a.article == b.article or not fits(a, b):
                continue
            pa, pb = events.surnames(a.sentence), events.surnames(b.sentence)
            if not pa & pb or (pa - pb and pb - pa):
                continue  # no one named in both, or two different people named
            sim = float(sims[row[a.sentence.key], row[b.sentence.key]])
            if sim >= options.clock_context:
                pairs.append(events.Scored(i, j, sim))
    return events.mutual_best(pairs, [p.article for p in found])


def game_clocks(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """Every disagreement on the game clock of one play (see the module docstring)."""
    found_plays = plays(sentences)
    pairs = _one_players(found_plays, _GAME, lambda a, b: _same_clock(a, b) is not None and
                         abs(a.seconds - b.seconds) <= options.game_clock_gap, options)
    out = []
    for group in events.groups(found_plays, pairs, _same_clock):
        members = [found_plays[k] for k in group]
        sides = order.sides(members, lambda x, y: _same_clock(x, y) is True)
        if len(sides) < 2 or len({p.article for p in members}) < 2:
            continue
        values = events.cited_sides(sides, order, lambda p: (
            " ".join(p.sentence.text[p.start:p.end].split()),
            f"{p.seconds // 60}:{p.seconds % 60:02d} left" + (f" in the {p.period}" if p.period else "")))
        out.append(_of_one_play("game clock", members, values))
    return out


def _of_one_play(what: str, members: Sequence[Record], values: list[Side]) -> Disagreement:
    """The report on ``what`` of one play (its game clock, its period), named by the player every side
    names when there is one."""
    who = sorted(set.intersection(*(events.surnames(p.sentence) for p in members)))
    about = f"{what} of {who[0].capitalize()}'s play" if len(who) == 1 else f"{what} of one play"
    return Disagreement(kind="date", about=about, values=values, compatible=False, type="conflict",
                        anchor=f"play: {', '.join(who)}")


# the period of a game a play came in ("in the third quarter", "early in the fourth quarter", "on the
# first play of the second half"); "early" / "late" say which end of it
_PERIOD = re.compile(r"\b(?:(?P<mod>early|late)\s+)?(?:in|of|during)\s+the\s+(?P<nth>first|second|third|fourth|"
                     r"1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)\b", re.I)
# a game's score ("13-13", "7 - 6"); not a distance ("47-yard") nor a date
_SCORE = re.compile(r"(?<![\d.:/])(\d{1,3})\s?-\s?(\d{1,3})(?![\d:/]|\.\d|\s?-?\s?(?:yard|yd|foot|feet|year|point|game|man|day))",
                    re.I)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@dataclass
class Period(Record):
    """One period of a game a sentence puts a play in."""

    sentence: Sentence
    start: int
    end: int
    quarters: frozenset[int]  # the quarters it can be: a half is two
    mod: str  # "early", "late" or ""
    context: frozenset[str]
    scores: frozenset[str]  # the game scores its sentence states ("13-13"): the state of the game then


def periods(sentences: Sequence[Sentence]) -> list[Period]:
    """Every period of a game ``sentences`` put a play in; a sentence giving two periods (a game's
    course told step by step) gives none: which play is which is a guess."""
    out = []
    for s in sentences:
        if not folded_in("quarter", s.text) and not folded_in("half", s.text):
            continue  # ``_PERIOD`` needs one (speed24: a screen, the same periods)
        found = list(_PERIOD.finditer(s.text))
        if len({(fold(m.group("nth")), fold(m.group("unit"))) for m in found}) != 1:
            continue
        for m in found:
            nth, unit = _NTH[fold(m.group("nth"))], fold(m.group("unit"))
            if unit == "half" and nth > 2:
                continue
            quarters = frozenset({nth}) if unit == "quarter" else frozenset({2 * nth - 1, 2 * nth})
            out.append(Period(s, m.start(), m.end(), quarters, (m.group("mod") or "").lower(),
                              _words(_PERIOD.sub(" ", s.text)),
                              frozenset(f"{x}-{y}" for x, y in _SCORE.findall(s.text))))
    return out


def _same_period(a: Period, b: Period) -> bool:
    """One period: the quarters meet ("second half" holds "third quarter") and no early end set
    against a late one of one quarter."""
    return bool(a.quarters & b.quarters) and not (a.quarters == b.quarters and {a.mod, b.mod} == {"early", "late"})


def game_periods(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """Every disagreement on the period of a game one play came in: the sentences name the same person
    and no other two, share ``options.clock_shared_words`` content words, are alike (``clock_context``)
    and give no two different scores (the game then stood elsewhere: another play); mutual best pairs
    only, as for game clocks."""
    found = periods(sentences)
    # (two scores: the game stood elsewhere, two plays of one kind — a kicker's two field goals)
    pairs = _one_players(found, _PERIOD, lambda a, b: len(a.context & b.context) >= options.clock_shared_words
                         and not (a.scores and b.scores and not a.scores & b.scores), options)
    out = []
    for group in events.groups(found, pairs, _same_period):
        members = [found[k] for k in group]
        sides = order.sides(members, _same_period)
        if len(sides) < 2 or len({p.article for p in members}) < 2 or _two_scores(members):
            continue
        values = events.cited_sides(sides, order, lambda p: (
            " ".join(p.sentence.text[p.start:p.end].split()),
            " ".join(filter(None, (p.mod, "/".join(f"Q{q}" for q in sorted(p.quarters)))))))
        out.append(_of_one_play("period", members, values))
    return out


# -- the score of a game at one game clock: "at 45-35 on a pair of Artino free throws with 13:41 to go" /
# "allowed Creighton to open a 45-36 lead with 13:41 to play" (recall44) -----------------------------------
# a score the sentence says is a run or a stretch, not the game's ("a 9-0 run", "an 11-2 spurt")
_RUN_AFTER = re.compile(r"^\s*(?:run|spurt|burst|streak|stretch|flurry)\b", re.I)


@dataclass
class ClockScore(Record):
    """The game's score a sentence gives at the one game clock it gives."""

    sentence: Sentence
    seconds: int  # left in the period
    period: str | None
    score: str  # "45-35"
    written: str  # "45 - 35"


def clock_scores(sentences: Sequence[Sentence]) -> list[ClockScore]:
    """Every sentence giving one game clock and one score (neither a run nor a tally of attempts): the
    score as it stood then. A sentence giving two clocks or two scores tells a game's course."""
    out = []
    for s in sentences:
        if ":" not in s.text:
            continue  # no clock ("4:12 left": ``_GAME`` needs the colon; speed24, the same scores)
        clocks = list(_GAME.finditer(s.text))
        scores = [m for m in _SCORE.finditer(s.text) if not _RUN_AFTER.match(s.text[m.end():])
                  and not is_clock_piece(s.text, m.start(), m.end())]
        if len(clocks) != 1 or len({f"{int(m.group(1))}-{int(m.group(2))}" for m in scores}) != 1:
            continue
        play = plays([s])[0]
        m = scores[0]
        out.append(ClockScore(s, play.seconds, play.period, f"{int(m.group(1))}-{int(m.group(2))}",
                              " ".join(m.group(0).split())))
    return out


def is_clock_piece(text: str, start: int, end: int) -> bool:
    """Whether a score-like pair is part of a game clock or a time ("13: 41", "7:30-8:00")."""
    return text[max(0, start - 1):start] == ":" or text[end:end + 1] == ":"


def score_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """The game's score at one game clock told two ways: the same clock to the second (and the same period
    where both write one), sentences sharing a named team or player and naming no two different people. A clock to the second is
    one moment of one game, so the two scores cannot both be right."""
    found = clock_scores(sentences)
    out = []
    seen: set[tuple[int, str | None]] = set()
    for a in found:
        key = (a.seconds, a.period)
        if key in seen:
            continue
        members = [b for b in found if b.seconds == a.seconds and (not a.period or not b.period or a.period == b.period)]
        people = [events.surnames(b.sentence) for b in members]
        names = [{str(m.value).lower() for m in b.sentence.mentions if m.kind == "entity" and m.value} for b in members]
        if any(x - y and y - x for x in people for y in people) or not set.intersection(*names):
            continue  # two different people named, or no team or player named in all
        members = one_value_each(members, lambda b: b.score)
        if len({b.score for b in members}) < 2 or len({b.article for b in members}) < 2:
            continue
        seen.add(key)
        sides = order.sides(members, lambda x, y: x.score == y.score)
        values = events.cited_sides(sides, order, lambda b: (b.score, b.score))
        left = f"{a.seconds // 60}:{a.seconds % 60:02d} left" + (f" in the {a.period}" if a.period else "")
        out.append(Disagreement(kind="number", about=f"score with {left}", values=values, compatible=False,
                                type="conflict", anchor=f"game clock {left}"))
    return out


# -- the moment a bout was stopped: "stopped the fight 44 seconds into the seventh round" / "stopping the
# fight at the 2:15 mark"; "stopping the fight at 2: 56" / "stopped Thompson with two seconds remaining of
# the sixth round" (recall44) --------------------------------------------------------------------------------
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ROUND_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_NUM = r"(?:\d{1,2}|" + "|".join(_SMALL) + r")"
_RND = r"(?:the\s+)?(?P<rnd>" + "|".join(_ROUND_NTH) + r"|\d{1,2}(?:st|nd|rd|th))\s+round"
# a referee's stoppage (or the fight's end): the sentence must say the bout was stopped or ended, so a
# knockdown's time ("rose to his feet with about 20 seconds left") is none
_STOPPED = re.compile(r"\b(?:stop(?:ped|ping|s)?|halt(?:ed|ing)|waved\s+(?:it|the\s+fight)\s+off|finish(?:ed|ing)\s+the\s+job|"
                      r"ended\s+(?:the\s+(?:fight|bout)|it)|TKO|KO|knocked\s+out)\b", re.I)
_ELAPSED = re.compile(
    r"\bat\s+(?:the\s+)?(?P<m>\d)\s?:\s?(?P<s>\d\d)(?!\s*(?:[ap]\.?\s?m\b|[ap]\b|GMT|ET|EDT|EST|BST|CET|PM|AM))(?:\s+mark)?"
    r"(?:\s+(?:of|in)\s+" + _RND + r")?"
    r"|\b(?P<into>" + _NUM + r")\s+seconds\s+into\s+" + _RND.replace("rnd", "rnd2")
    + r"|\bwith\s+(?:just\s+)?(?P<left>" + _NUM + r")\s+seconds\s+(?:remaining|left|to\s+go)\s+(?:of|in)\s+"
    + _RND.replace("rnd", "rnd3"), re.I)
# rounds of mixed martial arts last five minutes; "with two seconds remaining" is read only for boxing's three
_MMA = re.compile(r"\b(?:UFC|MMA|mixed\s+martial|octagon|Bellator)\b", re.I)
_BOXING_ROUND = 180
# the sentence tells of a bout, the story of its rounds
_BOUT = re.compile(r"\b(?:fight|bout|referee|round|contest)\b", re.I)
_ANY_ROUND = re.compile(r"\b(?:" + "|".join(_ROUND_NTH) + r"|\d{1,2}(?:st|nd|rd|th))\s+round\b", re.I)
_ANY_ROUND_FOUND = Alternatives(_ANY_ROUND)  # (speed22) its yes/no answer, tried only where "round" is


@dataclass
class Stoppage(Record):
    """The moment of its round a sentence says a bout was stopped."""

    sentence: Sentence
    seconds: int  # into the round
    round: int | None
    written: str


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL[fold(word)]


def _round(word: str | None) -> int | None:
    if not word:
        return None
    word = fold(word)
    return _ROUND_NTH.get(word) or int(re.sub(r"\D", "", word))


def stoppages(sentences: Sequence[Sentence]) -> list[Stoppage]:
    """Every moment a sentence that tells a stoppage gives ("at 2:56", "44 seconds into the seventh round",
    "with two seconds remaining of the sixth round": 2:58 of a boxing round); a sentence giving two moments
    tells two things (a knockdown and the stoppage) and gives none."""
    if not any(_ANY_ROUND_FOUND.found(s.text) for s in sentences):
        return []  # no bout told in rounds: "police stopped the car at 2:15" is no stoppage
    boxing = not any(_MMA.search(s.text) for s in sentences)
    out = []
    for s in sentences:
        if not _STOPPED.search(s.text) or not _BOUT.search(s.text):
            continue
        hits = list(_ELAPSED.finditer(s.text))
        if len(hits) != 1:
            continue
        h = hits[0]
        if h.group("m"):
            seconds, rnd = int(h.group("m")) * 60 + int(h.group("s")), _round(h.group("rnd"))
        elif h.group("into"):
            seconds, rnd = _number(h.group("into")), _round(h.group("rnd2"))
        elif boxing:
            seconds, rnd = _BOXING_ROUND - _number(h.group("left")), _round(h.group("rnd3"))
        else:
            continue
        out.append(Stoppage(s, seconds, rnd, " ".join(h.group(0).split())))
    return out


# precision56: the official who stopped a bout, by surname ("referee Tony Weeks stepped in")
_REFEREE = re.compile(r"\b[Rr]eferee\s+(?:[A-Z][\w'’.-]*\s+){0,2}([A-Z][\w'’-]+)")


def _referees(text: str) -> set[str]:
    """The surnames of the referees a sentence names, lower case, a possessive stripped (mend56: "referee Tony
    Weeks' stoppage" and "Referee Kenny Bayless's decision" name Weeks and Bayless, one referee each)."""
    return {re.sub(r"['’]s?$", "", m.group(1)).lower() for m in _REFEREE.finditer(text)}


def stoppage_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """The moment a bout was stopped told two ways ("44 seconds into the seventh round" / "at the 2:15 mark").
    A story reporting stoppages in two rounds holds two bouts (an undercard) and is left out, and so is an
    article giving two moments; one naming two referees ("referee Sam Williams stopped it" / "before referee
    Tony Weeks stepped in") holds two bouts too, each compared within itself (precision56, ``_bouts``)."""
    found = stoppages(sentences)
    if len({r for x in found for r in _referees(x.sentence.text)}) > 1:
        # precision56: two referees stopped bouts ("referee Sam Williams stopped it" / "referee Tony Weeks
        # stopped the fight"): two bouts, each compared within itself
        return [d for bout in _bouts(found) for d in _stoppage_disagreement(bout, order)]
    return _stoppage_disagreement(found, order)


def _bouts(found: Sequence[Stoppage]) -> list[list[Stoppage]]:
    """precision56: the stoppages of each bout, joined by the people their sentences name (a fighter, the
    referee); a stoppage whose sentence names no one cannot be placed and is left out."""
    named = [(x, events.surnames(x.sentence)) for x in found]
    bouts: list[tuple[set[str], list[Stoppage]]] = []
    for x, people in named:
        if not people:
            continue
        joined = [b for b in bouts if b[0] & people]
        merged: tuple[set[str], list[Stoppage]] = (set(people), [x])
        for b in joined:
            merged[0].update(b[0])
            merged[1].extend(b[1])
            bouts.remove(b)
        bouts.append(merged)
    return [members for _, members in bouts]


def _stoppage_disagreement(found: Sequence[Stoppage], order: Order) -> list[Disagreement]:
    """The disagreement on the moment one bout's stoppages tell, if any."""
    if len({x.round for x in found if x.round}) > 1:
        return []
    found = one_value_each(found, lambda x: x.seconds)
    if len({x.seconds for x in found}) < 2:
        return []
    sides = order.sides(found, lambda a, b: a.seconds == b.seconds)
    values = events.cited_sides(sides, order, lambda x: (x.written, f"{x.seconds // 60}:{x.seconds % 60:02d}"))
    rnd = next((x.round for x in found if x.round), None)
    about = "moment the fight was stopped" + (f" (round {rnd})" if rnd else "")
    return [Disagreement(kind="date", about=about, values=values, compatible=False, type="conflict",
                         anchor="stoppage")]


def _two_scores(members: Sequence[Period]) -> bool:
    """Some members' sentences give the game two different scores: they tell two plays."""
    told = [p.scores for p in members if p.scores]
    return any(not x & y for i, x in enumerate(told) for y in told[i + 1:])


def new(found: Sequence[Disagreement], known: Sequence[Disagreement]) -> list[Disagreement]:
    """The disagreements of ``found`` none of whose sentences a date disagreement of ``known`` already
    cites (``events`` compared that time already, with its event word)."""
    cited = {(r.article, r.index) for d in known if d.kind == "date" for side in d.values for r in side.sentences}
    return [d for d in found if not any((r.article, r.index) in cited for side in d.values for r in side.sentences)]


__all__ = ["read", "gap", "candidates", "find", "new", "plays", "game_clocks", "periods", "game_periods",
           "clock_scores", "score_disagreements", "stoppages", "stoppage_disagreements"]
