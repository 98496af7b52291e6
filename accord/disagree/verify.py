"""Verify: the last gate every disagreement passes before it is shown (as ``accord.support`` checks citations).

The finders (``values`` → ``pairs`` → ``slots``, ``quotes``, ``roles`` …) decide what one slot is from
frames and a learned pair model. On news they were never tuned on, a reader found most of their wrong
reports had one of a few general causes that the finished disagreement and its articles show plainly:
the two sides measure different things (a distance and an area, a figure someone *needs* and one they
*won*, a share over February and one over March, goods of two countries), one side's own article
states the other side's value (it agrees and adds a paraphrase: "thousands" beside its own 8,000), the
sides are one sum converted at two rates, two quotes are one remark written two ways (hyphens, spaces,
"[bracketed]" insertions, a fragment of the other) or two different remarks, and a rank is a less
specific form of the other ("Adm." / "Rear Adm.").

``check`` reads that evidence for every disagreement of a story and removes a side (a disagreement left
with fewer than two sides goes) or the whole disagreement, naming why (``Dropped``); one figure rounded
to fewer digits than the other ("$1.4 trillion" / "$1.37 trillion") is retyped vague instead, and so is a
floor below the other figure; two running totals each told as standing when written ("has grossed") are
retyped evolving where their dates cannot type them (precision48: the type shown must be one the sides
support). precision50: the slot check also reads, on both sides, a market figure's session (during the day /
the close), a relative period ("this year" / "last year"), a scope ("national" / "state"), a party or sex or
age group, a part of a year or game, the poll a figure is from, a sum a package sets aside beside its size,
and a part told with what it is. precision51: a figure told as it stood at a time of day ("By Tuesday morning, 40") is
a running figure, retyped evolving with that time, and such a day is no event's day in a date disagreement; one
place under two of its names ("Bombay" / "Mumbai", accents, "formerly") is no place disagreement; a body's name cut
short ("U.S. Centers" of "… for Disease Control") is no name; a change "from $600 to $2,000" is no range; "shot to
death" is a toll of the dead; a window "in his first 100 days" is not the time gone by "58 days into"; a sum that
leaves out what the other takes in ("before Hurricane Ida" / "including Hurricane Ida") is a part; a headline's
length in years states the other side's; a vague side whose article gives the figure goes; an office and a surname
("Secretary Locke") name the person its given name and surname do. precision52: a parent's children ("a mother of
12") and an age ("Karl Ost, 20,") are two slots, and an age is never a count; two bidders' offers are two slots; a
day's count is a part of one told over several days; "dated … for two years" / "lived … for three years" are two
spans; a way gone ("chased for 30 miles") is no place's distance ("15 miles north of"); the upper end of a range its
sentence writes ("40 percent to 70 percent") is no figure; a condition ("valid with a turnout of more than 50
percent") is no figure reported. precision53: more ways of naming a bidder ("The Orioles, according to reports,
have offered", "an eight - year, $200 million offer", "the Orioles have the weakest offer", "a deal with the Yankees",
the high end of "between $140 and $150 million"), and a bidder one side's sentence names beside the other's is one.
It never adds a side or a disagreement: trust first, a wrong report costs more than a missed one.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from accord.analyse.numbers import CURRENCY_WORDS, SCALES
from accord.disagree import events, quotes
from accord.disagree.pairs import same_value, vague_word
from accord.disagree.placenames import place_key, same_place_names, state_key
from accord.disagree.values import GENERIC, NOUN_CLASSES, Value
from accord.model import Disagreement, Mention, Sentence, Side
from accord.options import DEFAULT, Options
from accord.patterns import fold
from accord.words import (MONTHS_FULL, NAME_SUFFIXES, STOP_WORDS, TIME_ZONES, WEEKDAYS, reporting, same_given_name,
                          unpossessed)

__all__ = ["Dropped", "check"]


@dataclass
class Dropped:
    """What verification took out: a whole disagreement (``side`` None) or one side of it, and why."""

    disagreement: Disagreement
    side: Side | None
    reason: str
    action: str = "removed"  # or "retyped vague": the report stays, typed vague


def check(found: Sequence[Disagreement], sentences: Sequence[Sentence], values: Sequence[Value],
          options: Options = DEFAULT, dropped: list[Dropped] | None = None,
          titles: dict[str, str] | None = None, published: dict[str, str] | None = None) -> list[Disagreement]:
    """The disagreements that hold up against their own articles, in their order.

    ``sentences``: the story's sentences (each side's articles are read whole); ``values``: the
    story's read figures (``values.read``), so a side's figure is seen with its frame; ``dropped``,
    when given, receives every removal (and retyping) and its reason; ``options``: the ``verify_``
    thresholds; ``titles``: article id → headline, read as one more sentence of its article when
    asking whether it states another side's value; ``published``: article id → publication time
    (two running totals are retyped evolving only where not every side is dated)."""
    out = []
    by_article: dict[str, list[Value]] = {}
    for v in values:
        by_article.setdefault(v.article, []).append(v)
    mentions: dict[str, list[tuple[Mention, Sentence]]] = {}
    texts = {sentence.key: sentence.text for sentence in sentences}
    by_key = {sentence.key: sentence for sentence in sentences}
    for sentence in sentences:
        mentions.setdefault(sentence.article, []).extend((m, sentence) for m in sentence.mentions if m.kind == "number")
    for d in found:
        kept = _verified(d, values, by_article, mentions, texts, options, dropped, titles or {}, by_key, published or {})
        if kept is not None:
            out.append(kept)
    return out


def _verified(d: Disagreement, values: Sequence[Value], by_article: dict[str, list[Value]],
              mentions: dict[str, list[tuple[Mention, Sentence]]], texts: dict[tuple[str, int], str],
              options: Options, dropped: list[Dropped] | None, titles: dict[str, str],
              by_key: dict[tuple[str, int], Sentence] | None = None,
              published: dict[str, str] | None = None) -> Disagreement | None:
    sides = list(d.values)
    published = published or {}
    by_key = by_key or {}
    steps: list[tuple[str, Callable[[list[Side]], list[Side]]]] = []
    found = {id(s): _side_values(s, values) for s in sides} if d.kind == "number" else {}

    def own(side: Side) -> list[Value]:
        return found.get(id(side), [])

    if d.kind == "name" and d.about.startswith("who said"):
        steps = [("a sentence naming the other speaker too (a question put to them, joint authors)",
                  lambda ss: _speakers_named(ss, texts))]
    elif d.kind == "quote" and d.about.startswith("words of"):
        steps = [("one remark written two ways", lambda ss: _quote_variants(ss, options.verify_fragment_words, options)),
                 ("two different remarks", lambda ss: _two_remarks(ss, options.verify_remark_overlap))]
    elif d.kind == "other" and d.about.startswith("rank of"):
        steps = [("a rank and a less specific form of it", _rank_forms)]
    elif d.kind == "date":
        steps = [("days of two events (a day something takes effect, a span's start, the day an event was arranged, two bodies "
                  "acting, the day a figure stood at)",
                  lambda ss: _days_of_one_event(ss, by_key))]
    elif d.kind == "name" and d.about.startswith("name in the same role"):
        steps = [("a name cut short of its last words (\"U.S. Centers\" of \"U.S. Centers for Disease Control\")",
                  _cut_names),
                 ("one name written two ways (a nickname, a middle initial, a country and its adjective)",
                  lambda ss: _name_forms(ss, [m.text for x in by_key.values() for m in x.mentions
                                              if m.kind == "entity" and m.label == "PERSON"]))]
    elif d.kind == "place":
        steps = [("one place under two of its names (\"Bombay\" / \"Mumbai\", \"Kiev\" / \"Kyiv\", \"Zürich\" / \"Zurich\")",
                  lambda ss: _place_names(ss, list(texts.values()))),
                 ("a state beside a town of that state (\"of Morgantown, W.Va.\" / \"of West Virginia\")",
                  _state_of_town)]
    elif d.kind == "number" and d.about.startswith("yards of "):
        # recall54: one player's play at one moment (``details.play_disagreements``): a play is by nature one
        # item of the player's yards ("226 yards, including an 84-yard scamper"), so the checks of a figure read
        # by pairs (its slot, a breakdown's item against a total) do not apply; an article stating both is
        # still one that agrees
        steps = [("the side's own article states the other side's value",
                  lambda ss: _restated(ss, own, mentions, options.verify_restate_overlap))]
    elif d.kind == "number" and d.anchor == "ordinal":
        steps = [("ranks of two people (\"Smith won his second title\" / \"Jones won his third title\")",
                  lambda ss: _ranks_of_one(ss, by_key))]
    elif d.kind == "number":
        steps = [
            ("the side's own article states the other side's value", lambda ss: _restated(ss, own, mentions, options.verify_restate_overlap)),
            ("a toll that counts the attacker beside one that does not", lambda ss: _one_included(ss, own)),
            ("one sum converted at two rates", lambda ss: _converted(ss, own)),
            ("moves of two things (\"Amazon fell 5.3%\" / \"The Dow … fell 1,420 points, or 6.7%\")",
             lambda ss: _moves_of_one_thing(ss, own, texts)),
            ("a count joined to another word (\"an eight-page letter\" counts pages, not letters)",
             lambda ss: _compound_counts(ss, own)),
            ("a world total beside a country's (\"the global death toll rose to 846,655\" / \"417,000 … in the United States\")",
             lambda ss: _world_and_country(ss, own)),
            # round 47: one check of the slot each figure fills (place, whole, period, harm, start,
            # measure, dimension, qualifiers, goods' country, mode)
            ("figures of two slots (two places, wholes, periods, measures; a figure needed, expected, capped or more)",
             lambda ss: _one_slot(ss, own, mentions, running=d.type == "evolving", reach=Reach.of(options))),
            ("one item of a listed breakdown against a total", lambda ss: _breakdown(ss, own, options.verify_include_words, options.verify_list_items)),
            # round 44: after verify43's checks, so those read every side (a side taken out here must not
            # make their "all sides conditional" test pass)
            ("a count of the sources a report cites, not of the story's people", lambda ss: _sources(ss, own)),
            ("a change from one figure to another read as a range (\"boost the checks from $600 to $2,000\")",
             lambda ss: _changes(ss, options.verify_change_chars, options.verify_change_words)),
            ("the end of a range read as a figure (\"40 percent to 70 percent\")",
             lambda ss: _ranges_read_as_figures(ss, own, options.verify_change_words)),
            ("the side's own headline states the other side's value", lambda ss: _headline_states(ss, own, titles)),
        ]
        if d.type != "evolving":  # a running toll is reported on different days by design
            steps.append(("figures dated to different days, months or years", lambda ss: _different_times(ss, own, options.verify_time_words)))
    for reason, step in steps:
        left = step(sides)
        if dropped is not None and len(left) >= 2:
            dropped.extend(Dropped(d, s, reason) for s in sides if all(s is not k for k in left))
        sides = left
        if len(sides) < 2 or len({a for s in sides for a in s.articles}) < 2:
            if dropped is not None:
                dropped.append(Dropped(d, None, reason))
            return None
        if d.kind == "number" and _one_figure_left(sides, own):
            if dropped is not None:
                dropped.append(Dropped(d, None, f"{reason}: two sides of one figure left (\"8,000\" / \"more than 8,000\")"))
            return None
    out = d if len(sides) == len(d.values) else replace(d, values=sides)
    if d.kind == "number" and out.type == "conflict" and len(sides) == 2 \
            and _rounded(sides, own, options.verify_rounding_gap, options.verify_decimal_gap):
        if dropped is not None:
            dropped.append(Dropped(d, None, "one figure rounded to fewer digits", "retyped vague"))
        out = replace(out, type="vague", compatible=True)
    if d.kind == "number" and out.type == "conflict" and len(sides) == 2 and _floor_below(sides, own):
        if dropped is not None:
            dropped.append(Dropped(d, None, "a floor the other figure lies above (\"at least one\" / three)",
                                   "retyped vague"))
        out = replace(out, type="vague", compatible=True)
    dated = [min((published[a] for a in s.articles if published.get(a)), default=None) for s in sides]
    if d.kind == "number" and out.type == "conflict" and len(sides) == 2 and not any(s.time for s in sides) \
            and not all(dated):  # sides all dated are typed by their dates (``slots``)
        why = _running_total(sides, by_key)
        if why is not None:
            if dropped is not None:
                dropped.append(Dropped(d, None, f"{why}: a running figure read at times accord does not all know",
                                       "retyped evolving"))
            out = replace(out, type="evolving", compatible=True,
                          values=[replace(s, time=when or UNDATED) for s, when in zip(out.values, dated)])
    if d.kind == "number" and out.type == "conflict" and len(sides) >= 2:
        clocks = [_clock_of(v) if (v := _figure(s, own, mentions)) is not None else None for s in out.values]
        if any(clocks) and not (all(clocks) and len({c.lower() for c in clocks if c}) == 1):
            if dropped is not None:
                dropped.append(Dropped(d, None, "a figure told as it stood at a time of day (\"by Tuesday morning, 40\"): "
                                                "a running figure", "retyped evolving"))
            out = replace(out, type="evolving", compatible=True,
                          values=[replace(s, time=clock or when or UNDATED)
                                  for s, clock, when in zip(out.values, clocks, dated)])
    return out


# precision51: "from $600 to $2,000" after a verb of change is a move from an old value to a new one, never a range.
# mend52: the verb must govern the figure — the change word, a short object with no other verb, then "from" — so
# a noun ("the tax cut would give each household from $600 to $2,000") or a range's own verb ("estimates ranging
# from 100,000 to 240,000") is no change
_CHANGE_WORD = re.compile(r"\b(?:boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|"
                          r"lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
                          r"bump(?:s|ed|ing)?|slash(?:es|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
                          r"r(?:ise|ises|ose|isen|ising)|gr(?:ow|ows|ew|own|owing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|"
                          r"f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|double[ds]?|tripl(?:e|es|ed|ing)|"
                          r"chang(?:e|es|ed|ing))\b", re.I)
# words that make a change word a noun ("the tax cut", "a pay rise", "its increase"): a determiner before it or
# before the one word before it
_DETERMINERS = frozenset("the a an this that these those its his her their our your my any each every no".split())
# a verb inside the object ends it: the "from" is another verb's ("would give each household from …")
_OBJECT_VERB = re.compile(r"^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|"
                          r"can|could|may|might|must|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|"
                          r"(?!hundred$)[a-z]{2,}(?<!e)ed)$", re.I)


# precision52: one end of a range its sentence writes with the unit twice ("said 40 percent to 70 percent of the
# buildings were destroyed", "between 40 and 80 percent"): the reader takes the end as the figure, but the sentence
# gives the range; a change ("rose from 40 percent to 70 percent") and a tally ("voted 5 to 4") are no range
_RANGE_BEFORE = re.compile(r"(?:\b(?P<between>between)\s+)?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|percent|per cent|"
                           r"[a-z]+(?:\s+[a-z]+)?)?\s+(?P<word>to|and)\s+(?:[$€£]\s*)?$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:%|percent|per cent|[a-z]+(?:\s+[a-z]+)?)?\s+to\s+(?:[$€£]\s*)?(?P<high>\d[\d,]*(?:\.\d+)?)",
                          re.I)


def _range_unit(words: str) -> str:
    """A range end's unit as compared with the other end's ("%" and "per cent" are "percent")."""
    words = " ".join(words.lower().strip(" .,;:").split())
    return "percent" if words in ("%", "per cent", "percent") or words.startswith("%") else words


def _range_end(v: Value, words: int = DEFAULT.verify_change_words) -> bool:
    """Whether a figure is the upper end of a range its own sentence writes before it ("40 percent to 70 percent",
    "between 40 and 80 percent"; "and" only after "between"), the lower end going up; not after a verb of change."""
    if v.mention.end <= v.mention.start or not isinstance(v.point, float) or v.low < v.high:
        return False
    text, m = v.sentence.text, v.mention
    head = text[max(0, m.start - 60):m.start]
    hit = _RANGE_BEFORE.search(head)
    if hit is None or (hit.group("word").lower() == "and" and not hit.group("between")):
        return False
    low = float(hit.group("low").replace(",", ""))
    unit = _range_unit(hit.group("unit") or "")
    high = re.sub(r"^[$€£]?\s*[\d,.]+\s*", "", m.text) + " " + text[m.end:]  # the words after the high figure
    if unit and not hit.group("between") and _range_unit(" ".join(high.split()[:len(unit.split())])) != unit:
        return False  # "sentenced 3 men to 10 years", "gained 200 points to 25,000": the two ends count two things
    if not low < float(v.point) or _change_governs(head[:hit.start()] + "from ", words):
        return False
    return not re.search(r"\b(?:vot\w*|ruled?|decision|margin|score\w*|won|lost|beat|tally)\W+(?:\w+\W+){0,3}$",
                         head[:hit.start()], re.I)


def _ranges_read_as_figures(sides: list[Side], own: Callable[[Side], list[Value]],
                            words: int = DEFAULT.verify_change_words) -> list[Side]:
    """The sides less those whose figure is the upper end of a range their sentence writes (``_range_end``):
    "70 percent" of "40 percent to 70 percent" is no value of its own."""
    return [s for s in sides if not (own(s) and _range_end(own(s)[0], words))]


def _change_governs(before: str, words: int) -> bool:
    """Whether the text ``before`` a "from X to Y" ends in a verb of change and its object: the change word,
    at most ``words`` words with no other verb and no clause break, then "from"; a change word read as a noun
    with words between ("the tax cut would give …") governs nothing. "ranging from" never is a change."""
    tail = re.search(r"from\s*$", before)
    if tail is None:
        return False
    head = before[:tail.start()]
    for hit in reversed(list(_CHANGE_WORD.finditer(head))):
        between = head[hit.end():].split()
        if len(between) > words or re.search(r"[;:!?—]|,\s", head[hit.end():]) \
                or any(_OBJECT_VERB.match(w.strip("'’\".,")) for w in between):
            return False
        if between:
            prior = [w.lower().strip("'’\".,") for w in head[:hit.start()].split()[-2:]]
            word = hit.group(0).lower()
            verbal = word.endswith(("ed", "ing")) or word in ("rose", "risen", "grew", "grown", "fell", "fallen")
            if not verbal and prior and (prior[-1] in _DETERMINERS or len(prior) == 2 and prior[0] in _DETERMINERS
                                         and prior[1] not in _DETERMINERS and not prior[1].endswith("s")):
                return False  # a noun: "the tax cut would …"
        return True
    return False


def _changes(sides: list[Side], chars: int = DEFAULT.verify_change_chars,
             words: int = DEFAULT.verify_change_words) -> list[Side]:
    """The sides less those whose value is a range its own sentence writes as a change ("a bill to boost a new
    round of checks from $600 to $2,000": the checks go from one sum to the other, "$600 to $2,000" is no
    range of them; "estimates ranging from 100,000 to 240,000" and "the tax cut would give each household
    from $600 to $2,000" stay). The change word is looked for ``chars`` characters back, ``words`` words before
    "from" at most."""
    keep = []
    for s in sides:
        value = str(s.value)
        if re.search(r"\d.*\bto\b.*\d", value):
            hit = re.search(r"\bfrom\s+" + re.escape(value), s.evidence)
            if hit and _change_governs(s.evidence[max(0, hit.start() - chars):hit.start() + 4], words):
                continue
        keep.append(s)
    return keep


# precision51: a figure told as it stood at a time of day of its own ("By Tuesday morning, rescuers had pulled 40
# people", "as of 5 p.m. Monday, 65 were confirmed dead"): a running figure read at that time, so two readings
# differ because they were read at different hours (evolving), and the clock words date the reading, never an event
_DAY_PART = r"(?:morning|afternoon|evening|night|midday|noon|midnight|dawn|daybreak|nightfall|sundown|sunset|" \
            r"lunchtime|mid-?morning|mid-?afternoon|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?)"
# mend52: "by" only opening the sentence or a clause, as ``_AS_OF_DAY`` reads it ("Firefighters arrived by 5 p.m.
# and rescued 12" is when they arrived); "as of" anywhere. The phrase itself is the group "at"
_AS_OF_CLOCK = re.compile(r"(?:(?:^|[,;:—]\s*|\b(?:and|but)\s+)\W*(?P<by>by)|\b(?P<as>as of|as at))\s+"
                          r"(?:(?:early|late)\s+)?(?:(?:" + "|".join(WEEKDAYS) +
                          r"|today|yesterday)(?:['’]s)?\s+(?:(?:early|late)\s+)?)?" + _DAY_PART +
                          r"(?:\s+(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"))?", re.I)


def _clock_of(v: Value) -> str | None:
    """The time of day a figure's own clause says it stood at ("by Tuesday morning", "as of 5 p.m."), the
    nearest such phrase with no other figure between; None when unsaid (a figure of an event at a time,
    "the quake struck at 5 a.m., killing 40", is no reading of a running figure)."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start or v.type == "age":
        return None
    start, end = _clause_span(v)
    best: tuple[int, str] | None = None
    for hit in _AS_OF_CLOCK.finditer(text):  # the whole sentence: a clause's opening lies before its span
        at = hit.start("by") if hit.group("by") else hit.start("as")
        if not start <= at < end:
            continue
        if hit.end() <= m.start:
            between = (hit.end(), m.start)
        elif at >= m.end:
            between = (m.end, at)
        else:
            continue
        if any(x.kind == "number" and between[0] <= x.start and x.end <= between[1]
               and not at <= x.start < hit.end() for x in v.sentence.mentions):
            continue
        gap = text[between[0]:between[1]]
        if re.search(r"\d", re.sub(_DAY_PART, "", gap, flags=re.I)):
            continue
        words = len(gap.split())
        if best is None or words < best[0]:
            best = (words, " ".join(text[at:hit.end()].split()))
    return best[1] if best else None


# ---------------------------------------------------------------- types (precision48)

# the time a side of a running total is shown with when accord has no date for it: it says so rather than
# assert an order
UNDATED = "at an unknown time"
# who a figure is credited to: "according to an NBC News count", "a New York Times tracker", "NBC News
# reported" ("the network reported" names none)
_NAME = r"(?P<src>(?:[A-Z][\w.&’'-]*)(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})"
_CREDITED = (
    re.compile(r"\b(?i:according)\s+to\s+(?:an?\s+|the\s+)?" + _NAME),
    re.compile(r"\b(?:an?\s+|the\s+)?" + _NAME + r"(?:['’]s)?\s+(?:count|tally|tracker|database|data|figures|analysis)\b"),
    re.compile(r"[,;]\s+(?:the\s+)?" + _NAME + r"\s+(?:reported|reports)\b"),  # not "The U.S. reported 978 deaths"
)
_NOT_SOURCES = frozenset({"the", "a", "an", "there", "it", "he", "she", "they", "this", "that"})


def _ranks_of_one(sides: list[Side], by_key: dict[tuple[str, int], Sentence]) -> list[Side]:
    """The sides of an ordinal ("the second title", "the 17th floor") less those whose sentences name people
    and none of the people another side's sentences name: a rank belongs to whoever holds it, and two people
    in alike sentences ("Smith won his second title on Sunday" / "Jones won his third title") hold two. A
    sentence naming no one can be anyone's (precision48)."""
    people = [{p for r in s.sentences if (r.article, r.index) in by_key for p in events.surnames(by_key[(r.article, r.index)])}
              for s in sides]
    named = [k for k, p in enumerate(people) if p]
    keep = [s for k, s in enumerate(sides)
            if not people[k] or not any(people[j] and not people[k] & people[j] for j in named if j != k)]
    return keep


def _floor_below(sides: list[Side], own: Callable[[Side], list[Value]]) -> bool:
    """Whether one side is a floor ("at least one rocket", "more than 50") every figure of the other lies
    above ("three rockets"): a floor does not exclude a larger value (GUIDELINES: vague), however far
    above it; a figure below the floor ("at least 28" / 26) still conflicts with it."""
    found = [own(s) for s in sides]
    if not all(found) or not all(v.numeric for vs in found for v in vs):
        return False
    for k in range(2):
        floor, other = found[k], found[1 - k]
        points = {float(v.point) for v in floor}
        if len(points) != 1 or not all(float(v.low) == float(v.point) < float(v.high) and not vague_word(v)
                                       for v in floor):
            continue
        f = points.pop()
        if all(float(w.point) > f and float(w.low) >= f for w in other):
            return True
    return False


def _source(sentence: Sentence) -> str | None:
    """The one source a sentence credits its figures to ("according to NBC News": "nbc news"), else None."""
    found = set()
    for pattern in _CREDITED:
        for m in pattern.finditer(sentence.text):
            words = m.group("src").split()
            while words and words[0].lower() in _NOT_SOURCES:
                words = words[1:]
            if words:
                found.add(" ".join(words).lower().replace("’s", "").replace("'s", "").rstrip("."))
    return found.pop() if len(found) == 1 else None


def _running_total(sides: list[Side], by_key: dict[tuple[str, int], Sentence]) -> str | None:
    """Why two figures of the slot are two readings of one running total, or None: each side's own words
    tell its figure as a running total as it stood when written ("has already accumulated $459 million" /
    "has grossed $368 million"; "so far", "to date"), so they differ because they were written at different
    times — an evolving figure, whatever the articles say of those times. Sides whose own sentences credit
    two named sources ("according to the Daily Courier" / "according to Metro Radio") are two tallies and stay
    a conflict. (One source credited on both sides without such words is no signal: precision48's readers
    split on NBC's 969 / 978 deaths of one Friday, one evolving, two conflict.)"""
    told = [[by_key[(r.article, r.index)] for r in s.sentences if (r.article, r.index) in by_key] for s in sides]
    if not all(told):
        return None
    if len({src for sentences in told for sentence in sentences if (src := _source(sentence)) is not None}) > 1:
        return None  # two tallies
    if all(any(_standing(sentence.text, s.value) for sentence in sentences) for s, sentences in zip(sides, told)):
        return "running totals as they stood when written"
    return None


# a figure told as a running total as it stands when written: a perfect of a verb that adds up ("has already
# accumulated", "has grossed", "have risen to") right before it, or "so far" / "to date" right after it
_STANDING_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:grossed|accumulated|raised|"
                              r"earned|collected|taken\s+in|risen\s+to|climbed\s+to|reached|topped|passed|surpassed)"
                              r"\s+(?:(?:more\s+than|over|about|nearly|almost|at\s+least|some|an\s+estimated)\s+)?$", re.I)
_STANDING_AFTER = re.compile(r"^[^,.;:]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far)\b", re.I)


def _standing(text: str, value: str) -> bool:
    """Whether a sentence tells ``value`` (as a side shows it) as a running total as it stands when
    written (``_STANDING_*``), wherever the sentence writes it."""
    for m in re.finditer(re.escape(value), text):
        if _STANDING_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or _STANDING_AFTER.search(text[m.end():]):
            return True
    return False


# ---------------------------------------------------------------- quotes

_BRACKETED = re.compile(r"\[[^\]]*\]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_FILLER = frozenset({"of", "the", "a", "an", "that", "and"})  # dropped or added without changing what was said
_SPOKEN = {"gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("got", "to"), "kinda": ("kind", "of")}
_INTERJECTIONS = frozenset({"no", "yes", "well", "oh", "look", "yeah", "so"})


def _quote_words(text: str) -> list[str]:
    """A remark's words as spoken: case, punctuation, quote marks and an editor's bracketed
    insertions ("[Russian] President") left out, a phrase said twice in a row kept once."""
    words = [w.replace("’", "'") for w in _WORD.findall(_BRACKETED.sub(" ", text).lower())]
    words = [x for w in words for x in _SPOKEN.get(w, (w,))]  # "gonna" is "going to" written as heard
    while words and words[0] in _INTERJECTIONS:  # "No, I'm not going to …": the answer word before the remark
        words = words[1:]
    words = [w for w in words if w not in _FILLER]
    changed = True
    while changed:  # "we will not, we will not stand by": the repetition is the speaker's, not a new word
        changed = False
        for n in range(6, 0, -1):
            for k in range(len(words) - 2 * n + 1):
                if words[k:k + n] == words[k + n:k + 2 * n]:
                    words = words[:k + n] + words[k + 2 * n:]
                    changed = True
                    break
            if changed:
                break
    return words


def _joined(words: list[str]) -> str:
    """The words run together, so spacing and hyphens do not count ("non toxic" / "nontoxic", "make-up")."""
    return "".join(w.replace("'", "") for w in words)


def _content(words: list[str]) -> set[str]:
    return {w for w in words if len(w) > 2 and w not in STOP_WORDS}


def _contains(longer: list[str], shorter: list[str], least: int) -> bool:
    """Whether the shorter remark, of ``least`` words or more, is written inside the longer one
    (spacing aside)."""
    return len(shorter) >= least and _joined(shorter) in _joined(longer)


def _quote_variants(sides: list[Side], least: int = DEFAULT.verify_fragment_words,
                    options: Options = DEFAULT) -> list[Side]:
    """The sides less those that are another side written two ways (equal once normalised, or a
    fragment of it or of the sentence that quotes it: "never seen anything like" beside a side whose
    sentence goes on "I've never seen anything like this"). A side that closes a sentence of the remark
    on another word than a longer side does ("no community." / "no community center.") is no fragment of
    it (recall73, ``quotes.closed_apart``)."""
    words = [_quote_words(s.value) for s in sides]
    keep: list[int] = []
    for k in range(len(sides)):
        if any(_joined(words[k]) == _joined(words[j]) for j in keep):
            continue
        if _TRANSLATED.search(sides[k].evidence) and any(_translation_of(words[k], words[j]) for j in keep):
            continue
        if any((_contains(words[j], words[k], least) or _contains(_quote_words(sides[j].evidence), words[k], least))
               and not quotes.closed_apart(sides[k].value, sides[j].value, options)
               for j in range(len(sides)) if j != k and len(_joined(words[j])) > len(_joined(words[k]))):
            continue
        keep.append(k)
    return [sides[k] for k in keep]



# a remark its sentence gives in translation: two translations of one remark differ in wording, not in
# what was said ("…," Erdogan wrote on Twitter, according to a translation)
_TRANSLATED = re.compile(r"\b(?:according to|in|by) (?:a|an|the|one|his|her|their)? ?(?:\w+ )?translation\b|"
                         r"\btranslated\s+(?:by|from|as|into)\b|\bas translated\b|\(translation\)", re.I)
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nor", "don't", "won't", "can't", "isn't"})


def _translation_of(a: list[str], b: list[str], overlap: float = DEFAULT.verify_remark_overlap) -> bool:
    """Whether a translated remark's words can be another wording of ``b``: half the content words of
    the shorter shared and the same negations ("will not" beside "will" is another remark)."""
    x, y = _content(a), _content(b)
    same = len(x & y) / max(1, min(len(x), len(y)))
    return same >= overlap and _NEGATIONS & set(a) == _NEGATIONS & set(b)


def _two_remarks(sides: list[Side], overlap: float = DEFAULT.verify_remark_overlap) -> list[Side]:
    """No sides when no two share half the content words of the shorter: two remarks of one speaker
    (to two outlets, or two sentences of one speech), not two wordings of one."""
    words = [_content(_quote_words(s.value)) for s in sides]
    shared = [len(a & b) / max(1, min(len(a), len(b))) for i, a in enumerate(words) for b in words[i + 1:]]
    return sides if shared and max(shared) >= overlap else []


# ---------------------------------------------------------------- speakers

def _speakers_named(sides: list[Side], texts: dict[tuple[str, int], str]) -> list[Side]:
    """No sides when a side's own sentence also names another side's speaker ("When Davis asked
    Cosby …, Cosby said, '…'" / Cosby; "wrote Molto and Sheldrick"): the sentence gives the words
    to both, or the analyser picked the wrong one of two names; two outlets naming one speaker each
    stay."""
    for k, side in enumerate(sides):
        told = " ".join(texts.get((r.article, r.index), "") for r in side.sentences) or side.evidence
        for j, other in enumerate(sides):
            surname = str(other.value).split()[-1] if str(other.value).split() else ""
            if j != k and len(surname) > 1 and re.search(r"\b" + re.escape(surname) + r"\b", told):
                return []
    return sides


# ---------------------------------------------------------------- ranks

def _rank_words(side: Side) -> list[str]:
    return re.findall(r"[a-z]+", str(side.normalized or side.value).lower())


# ranks whose bare word names every grade of them, as people are addressed and written about ("Adm."
# for a rear admiral, "Gen." for a brigadier general, "professor" for an assistant professor); a bare
# "district attorney" or "director" is another post than its assistant or deputy
_ADDRESSED_ALIKE = frozenset({"professor", "admiral", "general", "colonel", "sergeant"})


def _rank_forms(sides: list[Side]) -> list[Side]:
    """The sides less a rank that is the head word(s) of another ("professor" of "assistant
    professor", "admiral" of "rear admiral"): the short form is how the longer rank is addressed or
    named loosely, not another rank. Two ranks of one ladder ("assistant" / "associate professor")
    stay, and so does a bare post that is its own office ("district attorney" / "assistant district
    attorney": only ``_ADDRESSED_ALIKE`` ranks are loose forms). Job titles ("title of") are not
    checked: "associate director" / "deputy associate director" are two posts."""
    words = [_rank_words(s) for s in sides]
    return [s for k, s in enumerate(sides)
            if not (words[k] and words[k][-1] in _ADDRESSED_ALIKE
                    and any(len(w) > len(words[k]) and w[-len(words[k]):] == words[k] for w in words))]


# ---------------------------------------------------------------- numbers

def _side_values(side: Side, values: Sequence[Value]) -> list[Value]:
    """The read figures a side shows: in its sentences, written as its value."""
    keys = {(r.article, r.index) for r in side.sentences}
    return [v for v in values if v.sentence.key in keys and v.mention.text and side.value.startswith(v.mention.text)]


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6)


def _stems(text: str) -> set[str]:
    """A sentence's content words, cut to six letters ("intensity" / "intensities" are one)."""
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in STOP_WORDS}


def _restated(sides: list[Side], own: Callable[[Side], list[Value]],
              mentions: dict[str, list[tuple[Mention, Sentence]]], overlap: float) -> list[Side]:
    """The sides less those whose every article also states another side's value, of the same
    counted word, in a sentence telling what the other side's sentence tells ("found the devices were
    off by, on average, 20 beats per minute" / an article giving "approximately 25 beats per minute"
    for another calculation and, elsewhere, "the average difference … was approximately 20 beats per
    minute"), or states it as the sum of its parts in one such sentence ("2.5 million doses to Mexico
    and 1.5 million to Canada" beside "4 million doses"): that article agrees with the other side
    and adds a figure or a paraphrase of its own."""
    keep = []
    for k, s in enumerate(sides):
        mine = own(s)
        # precision51: a vague side too ("millions of doses" beside an article's own "2.5 million doses to Mexico
        # and 1.5 million to Canada"): its article gives the figure and only words it loosely up front
        if not mine or not mine[0].mention.label or mine[0].type == "age":
            keep.append(s)  # an age is a named person's: another's equal age restates nothing
            continue
        others = [(float(v.point), t.evidence) for j, t in enumerate(sides) if j != k for v in own(t)[:1] if v.numeric]
        if s.articles and all(_agrees(mentions.get(a, []), mine, others, overlap) for a in s.articles):
            continue
        keep.append(s)
    return keep


def _agrees(found: list[tuple[Mention, Sentence]], mine: list[Value], others: list[tuple[float, str]],
            overlap: float) -> bool:
    """Whether an article's figures (``found``) state one of ``others`` (a value and the sentence
    telling it) for the counted word of ``mine``, alone or as the sum of one sentence's figures."""
    label = mine[0].mention.label
    by_sentence: dict[tuple[str, int], list[float]] = {}
    own_sentences = {v.sentence.key for v in mine}
    for key in own_sentences:  # the side's figure is one part of a sum its own sentence gives ("200 million
        # doses this year and 300 million doses in 2022" / "500 million doses"); parts of one verb only
        pieces = [m for m, sentence in found if sentence.key == key and m.label == label
                  and isinstance(m.value, (int, float)) and any(ch.isdigit() for ch in m.text)]
        if len(pieces) >= 2 and len({m.predicate for m in pieces}) == 1 \
                and any(_same_number(sum(float(m.value) for m in pieces), point) for point, _ in others):
            return True
    for m, sentence in found:
        # the side's own sentence giving the figure again is another thing's ("Kowalski, 14, and Lopez, 13")
        if sentence.key in own_sentences or not isinstance(m.value, (int, float)) \
                or not any(ch.isdigit() for ch in m.text):
            continue
        parts = by_sentence.setdefault(sentence.key, [])
        if m.label == label or (parts and m.label is None):  # "2.5 million doses … and 1.5 million to Canada"
            parts.append(float(m.value))
        else:
            continue
        mine_stems = _stems(sentence.text)
        for point, evidence in others:
            told = _stems(evidence)
            if not told or not mine_stems or len(mine_stems & told) / min(len(told), len(mine_stems)) < overlap:
                continue
            if _same_number(float(m.value), point) or (len(parts) >= 2 and _same_number(sum(parts), point)):
                return True
    return False


_ONE_INCLUDED = re.compile(r"\(?\s*(?:including|counting|among them|among whom was)\s+(?:the|a|one)\s+"
                           r"(?:(?:suspected|alleged|lone)\s+)?(?:gunman|shooter|attacker|assailant|bomber|suspect|"
                           r"hijacker|killer|perpetrator|pilot|driver)\b")


def _one_included(sides: list[Side], own: Callable[[Side], list[Value]]) -> list[Side]:
    """The sides less a count that says it includes one person the other side leaves out ("Four
    people were killed (including the shooter)" beside "the gunman who killed three people"): the
    outlets agree on the victims. A count one apart with no such words stays."""
    points = [float(vs[0].point) if (vs := own(s)) and vs[0].numeric else None for s in sides]
    keep = []
    for s, p in zip(sides, points):
        vs = own(s)
        if vs and p is not None and vs[0].type == "count":
            _, tail = _around(vs[0], 0, 8)
            if _ONE_INCLUDED.search(tail) and any(q is not None and _same_number(q, p - 1) for q in points):
                continue
        keep.append(s)
    return keep


# a whole number that may be rounded: two trailing zeros or more ("8,000", "1,500") or a scale word
# ("$350 billion"); "60" and "25" are exact
_ROUND_WHOLE = re.compile(r"\d00\b|\d,000\b|\b(?:thousand|million|billion|trillion|bn|mn|m)\b", re.I)


def _step(v: Value) -> float | None:
    """The unit of the last digit a figure is written with, in its value's unit ("$1.4 trillion":
    0.1 trillion; "350 billion": 10 billion; "8,000": 1,000), or None when it has no digits."""
    hit = re.search(r"\d[\d,]*(?:\.\d+)?", v.mention.text)
    if hit is None:
        return None
    written = hit.group(0).replace(",", "")
    number = float(written)
    if number == 0 or not v.numeric:
        return None
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        step = 10.0 ** (len(written) - len(written.rstrip("0")))
    return step * float(v.point) / number


def _rounded(sides: list[Side], own: Callable[[Side], list[Value]], gap: float, decimal_gap: float) -> bool:
    """Whether one side's figure is the other's exact figure rounded to the digits it is written
    with ("$1.4 trillion" / "$1.37 trillion"; "$350 billion" / "$349 billion": trailing zeros may or
    may not be digits kept, so a whole number only within ``gap``, a decimal within ``decimal_gap``):
    an approximation that does not exclude the other, typed vague (verify43's reader: "one is a
    rounding of the other, so not a conflict"). "2,000" / "2,300 troops" (13% apart) stays a conflict."""
    found = [own(s)[:1] for s in sides]
    for k in range(len(sides)):
        if not found[k] or not found[k][0].numeric:
            continue
        v = found[k][0]
        step, point = _step(v), float(v.point)
        decimal = bool(re.search(r"\d\.\d", v.mention.text))  # "1.4 trillion": the digits kept are written out
        if not step or v.type in ("age", "day", "year") or not (decimal or _ROUND_WHOLE.search(v.mention.text)):
            continue  # "60" / 61 years old: a small whole number is exact, not rounded
        for j, w in enumerate(found):
            if j == k or not w or not w[0].numeric or w[0].type != v.type:
                continue
            exact = float(w[0].point)
            apart = abs(exact - point) / max(abs(exact), abs(point))
            if exact != point and (apart <= gap or (decimal and apart <= decimal_gap)) \
                    and (_step(w[0]) or step) < step and math.isclose(math.floor(exact / step + 0.5 + 1e-9) * step, point, rel_tol=1e-9):
                return True
    return False


# precision57: a figure right after a verb of a market or price move ("Amazon fell 5.3%", "The Dow … fell 1,420
# points, or 6.7%", "Oil, meanwhile, plunged 15%"): the thing that moved is the clause before the verb
_MOVE = re.compile(r"\b(?:fell|falls|falling|dropped|drops|plunged|plunges|plummeted|plummets|tumbled|tumbles|slid|"
                   r"slides|slumped|slumps|sank|sinks|declined|declines|lost|loses|shed|sheds|slipped|slips|dipped|dips|"
                   r"rose|rises|jumped|jumps|climbed|climbs|gained|gains|surged|surges|soared|soars|rallied|rallies|"
                   r"advanced|advances|(?:was|were|is|are|closed|ended|finished)\s+(?:up|down|lower|higher))\s+"
                   r"(?:by\s+)?(?:[\d,.]+\s+points?,?\s+or\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|"
                   r"more\s+than\s+|over\s+)?$", re.I)
_MOVE_BREAK = re.compile(r"[,;:—–()]|\b(?:and|but|while|whereas|as|after|before|with|when)\b", re.I)
# words of the clause before a move that name no thing of their own ("Shares of", "prices", "meanwhile")
_MOVE_PLAIN = frozenset("share shares stock stocks price prices index indexes indices value values market markets "
                        "trading futures level levels each meanwhile also however too though both all".split())


def _moved(v: Value) -> set[str] | None:
    """The content words of what a figure told as a move is of ("Shares of the iPhone maker plunged 7.9%":
    iphone, maker), None when the figure follows no verb of a move or its clause names nothing."""
    text = v.sentence.text
    before = text[:v.mention.start]
    hit = _MOVE.search(before)
    if hit is None:
        return None
    head = before[:hit.start()]
    for part in reversed(_MOVE_BREAK.split(head)):
        words = {unpossessed(w.lower()) for w in re.findall(r"[A-Za-z][\w&'’-]*", part)} - STOP_WORDS - _MOVE_PLAIN
        words = {w for w in words if not w.endswith("ly")}
        if words:
            return words
    return None


def _moves_of_one_thing(sides: list[Side], own: Callable[[Side], list[Value]],
                        texts: dict[tuple[str, int], str]) -> list[Side]:
    """The sides of the largest group whose figures can be moves of one thing (none on a tie): two figures
    told as moves ("Amazon fell 5.3%" / "The Dow Jones Industrial Average fell 1,420 points, or 6.7%") of
    things whose clauses share no content word, neither named in the other side's articles, are moves of
    two things (a market report gives one figure per index, company or commodity). A thing the other side's
    articles name ("Apple fell 7.9%" / "Shares of the iPhone maker fell 8%" in a page that names Apple) may
    be one thing under another name, and a figure told otherwise is left alone."""
    things = [_moved(own(s)[0]) if own(s) else None for s in sides]
    if sum(t is not None for t in things) < 2:
        return sides
    words_of = [{unpossessed(w.lower()) for a in s.articles for (art, _), t in texts.items() if art == a
                 for w in re.findall(r"[A-Za-z][\w&'’-]*", t)} for s in sides]

    def one(i: int, j: int) -> bool:
        a, b = things[i], things[j]
        if a is None or b is None or a & b:
            return True
        return bool(a & words_of[j]) or bool(b & words_of[i])
    if all(one(i, j) for i in range(len(sides)) for j in range(i + 1, len(sides))):
        return sides
    return _largest_fitting(sides, one)


# precision57: a figure hyphen-joined to the word after it ("an eight-page letter", "a two-paragraph letter")
_JOINED = re.compile(r"^-([A-Za-z]+)\b")
# joined words that give the size of a body of people, so the figure counts its members. mend58: the counted-noun
# lexicon (``values.NOUN_CLASSES``, ``values.GENERIC``) and people counted by their role: "a 200-officer task
# force" counts officers, "a 12-vehicle convoy" vehicles; "an eight-page letter" still counts pages
_JOINED_SIZE = frozenset({"strong", "member", "worker", "employee", "player", "passenger", "agent", "staff", "staffer",
                          "firefighter", "guard", "volunteer", "rescuer", "delegate", "judge", "juror", "student",
                          "detective", "deputy", "crewman", "crewmen"}
                         | {w for nouns in NOUN_CLASSES.values() for w in nouns if " " not in w} | GENERIC)


def _compound_counts(sides: list[Side], own: Callable[[Side], list[Value]]) -> list[Side]:
    """The sides less those whose count is hyphen-joined to a word that is not its counted noun: "an
    eight-page letter" counts the letter's pages, never eight letters (a reader: "eight pages vs two
    paragraphs, 'letters sent' is a misread"). "12-member" beside "members" is the noun itself."""
    def joined(s: Side) -> bool:
        v = own(s)[0] if own(s) else None
        if v is None or v.type != "count" or not v.noun:
            return False
        hit = _JOINED.match(v.sentence.text[v.mention.end:])
        if hit is None:
            return False
        word, noun = hit.group(1).lower(), v.noun.lower()
        if word in _JOINED_SIZE or (word.endswith("s") and word[:-1] in _JOINED_SIZE):
            return False  # "a 2,500-strong deployment" counts the troops
        return not (noun.startswith(word.rstrip("s")) or word.startswith(noun.rstrip("s")))
    return [s for s in sides if not joined(s)]


# precision57: words that make a figure the world's ("the global tally", "deaths worldwide"); "World" in a name
# ("World Health Organization"), and a ranking ("the world's worst disaster", "the largest in the world") are not.
# mend58: only next to a tally ("the global tally", "the worldwide death toll"), never a name ("The Global Times")
# nor anything else global ("drew global attention"); an adverb only right after the figure or opening its clause
# mend60: up to three words between ("The global coronavirus death toll", "the global number of deaths"), none a
# function word ("drew global attention to the toll" is no tally)
_WORLD = re.compile(r"\b(?:[Gg]lobal|[Ww]orldwide|[Ww]orld-wide)\s+(?:(?!(?:to|of|on|in|for|and|or|the|a|an|from|at|by|"
                    r"with|as|that|this|its|their|over|after|about|into)\b)[a-z][\w-]*\s+){0,3}?"
                    r"(?:tolls?|tally|total|count|caseload|cases|deaths|infections|fatalities|number|figures?)\b")
_WORLD_AFTER = re.compile(r"^[^.,;:()]*?\b(?:globally|worldwide|world-wide|(?:around|across|throughout)\s+the\s+world)\b")
_WORLD_OPENING = re.compile(r"(?:^|[;:]\s*)\W*(?:Globally|Worldwide|World-wide|(?:Around|Across|Throughout)\s+the\s+world)\s*,")


def _world_figure(v: Value) -> bool:
    """A figure its sentence says is the world's: a world tally named in it, a world adverb in the figure's own
    clause after it, no mark between ("84,665 people have died of the fever worldwide"), or a clause opening
    "Worldwide," before it."""
    text = v.sentence.text
    after = text[v.mention.end:]
    return bool(_WORLD.search(text) or _WORLD_AFTER.match(after) or _WORLD_OPENING.search(text[:v.mention.start]))


def _world_and_country(sides: list[Side], own: Callable[[Side], list[Value]]) -> list[Side]:
    """The sides of the largest group of one scope (none on a tie): a figure whose sentence says it is the
    world's ("the global tally … the death toll rose to 846,655") and one whose sentence names a country or
    town and nothing of the world ("more than 417,000 people have died … in the United States") count two
    things. A side whose sentence names no place is left alone."""
    def scope(s: Side) -> str | None:
        v = own(s)[0] if own(s) else None
        if v is None:
            return None
        if _world_figure(v):
            return "world"
        if any(m.kind == "entity" and m.label in ("GPE", "LOC") for m in v.sentence.mentions):
            return "place"
        return None
    scopes = [scope(s) for s in sides]
    fits = lambda i, j: scopes[i] is None or scopes[j] is None or scopes[i] == scopes[j]
    if all(fits(i, j) for i in range(len(sides)) for j in range(i + 1, len(sides))):
        return sides
    return _largest_fitting(sides, fits)


def _converted(sides: list[Side], own: Callable[[Side], list[Value]]) -> list[Side]:
    """The sides less those that restate another side's original sum converted at another rate
    ("one billion yen ($8.84 million)" / "1bn yen ($8.3m)"): the outlets agree on the sum."""
    originals: list[tuple[str, float] | None] = []
    for s in sides:
        found = [v.original for v in own(s) if v.original is not None]
        found += [o for v in own(s) if (o := _bracketed_original(v)) is not None]
        originals.append(found[0] if found else None)
    keep: list[Side] = []
    seen: list[tuple[str, float]] = []
    for s, o in zip(sides, originals):
        if o is not None and any(o[0] == p[0] and _same_number(o[1], p[1]) for p in seen):
            continue
        if o is not None:
            seen.append(o)
        keep.append(s)
    return keep


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
# the analyser's scale words and the wire abbreviations a converted sum is written with ("1bn yen", "5 mln")
_SCALES = SCALES | {"mn": 1e6, "mln": 1e6, "b": 1e9, "tn": 1e12}
# currency words a sum converted into dollars is written in: the analyser's (``numbers.CURRENCY_WORDS``), and
# pounds, roubles and won, which it leaves alone as words of other meanings, but not before "($…)"
_CONVERTED_FROM = {w: c for w, c in CURRENCY_WORDS.items() if c != "USD"} | {
    "pound": "GBP", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB", "won": "KRW"}
_BEFORE_BRACKET = re.compile(r"(\d[\d,]*(?:\.\d+)?|[a-z]+)\s*(thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)?"
                             r"\s+([a-z]+)\s*\(\s*$", re.I)


def _bracketed_original(v: Value) -> tuple[str, float] | None:
    """The sum a money figure converts when it is written in brackets right after it ("one billion
    yen ($8.84 million)"): the currency word and the amount; None otherwise. ``values`` reads most
    of these (``Value.original``), not a sum in words."""
    if not v.type.startswith("money") or v.mention.end <= v.mention.start:
        return None
    hit = _BEFORE_BRACKET.search(v.sentence.text[max(0, v.mention.start - 40):v.mention.start])
    if hit is None:
        return None
    number, scale, unit = hit.group(1).lower(), (hit.group(2) or "").lower(), hit.group(3).lower()
    amount = _NUMBER_WORDS.get(number) if not number[0].isdigit() else float(number.replace(",", ""))
    if amount is None or unit in _SCALES:
        return None
    currency = _CONVERTED_FROM.get(unit)
    if currency is None:
        return None
    return ("money:" + currency, amount * _SCALES.get(scale, 1.0))


def _around(v: Value, before: int, after: int) -> tuple[str, str]:
    """The words of a figure's sentence just before and just after it, lower case."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return "", ""
    head = re.findall(r"[\w'’.-]+", text[:m.start].lower())[-before:] if before else []
    tail = re.findall(r"[\w'’.-]+", text[m.end:].lower())[:after]
    return " ".join(head), " ".join(tail)


_HYPOTHETICAL = re.compile(r"\b(?:needs?|needed|required|requires|necessary|either|to win|(?:could|would|might) be"
                           # a condition (precision52): "can only be declared valid with a turnout of", not "valid signatures"
                           r"|(?:be|been|is|are|deemed|declared|considered|ruled)\s+(?:\w+\s+)?(?:valid|invalid)|quorum"
                           r"|(?:can|could|will|would|may) only be"
                           r"|called for|calls? for|sought|seeks?|seeking|recommended|recommends?|guidelines?)\b")


_DIMENSIONS = (("area", re.compile(r"^(?:\S+ )?(?:square|sq\.?|acres?|hectares?)\b")),
               ("length", re.compile(r"^(?:\S+ )?(?:long|in length|length)\b")),
               ("width", re.compile(r"^(?:\S+ )?(?:wide|across|in width|width)\b")),
               ("depth", re.compile(r"^(?:\S+ )?(?:deep|in depth|depth)\b")),
               ("height", re.compile(r"^(?:\S+ )?(?:high|tall|in height|height)\b")),
               ("radius", re.compile(r"^(?:\S+ )?(?:around|radius|in radius|in every direction)\b")),
               ("diameter", re.compile(r"^(?:\S+ )?(?:in diameter|diameter)\b")))


# precision52: where a place lies from another ("about 15 miles north of Detroit", "30 km away") against
# how far someone went ("police chased him for about 30 miles"): two measures, never one slot
_OFFSET = re.compile(r"^(?:\S+\s+)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|away|outside|off|inland|"
                     r"offshore)\b")  # not "from": "the trail runs 30 miles from the lake" is a length
_ROUTE = re.compile(r"\b(?:chas\w*|pursu\w*|dr(?:ove|iven|ive|iving)|fled|flee\w*|r[au]n|running|walk\w*|travel\w*|"
                    r"hik\w*|swam|swim\w*|flew|flown|fly\w*|march\w*|rode|ridden|led)\b(?:\s+\S+){0,4}?\s+for\s+"
                    r"(?:(?:about|some|nearly|almost|around|roughly|more than|over|at least)\s+)?$")


def _dimension(v: Value) -> str | None:
    """What a distance measures, from the words right after it ("60 miles long", "80 miles around
    the city", "154 square miles"); "plain" when they do not say (any length, not an area), None for
    other figures."""
    if v.type != "distance":
        return None
    head, tail = _around(v, 6, 3)
    if re.search(r"\b(?:square|sq)\b", v.mention.text.lower()):
        return "area"
    for name, pattern in _DIMENSIONS:
        if pattern.search(tail):
            return name
    if _OFFSET.match(tail):
        return "offset"
    if _ROUTE.search(head + " "):
        return "route"
    return "plain"


_QUALIFIERS = (("before tax", re.compile(r"\b(?:before tax(?:es)?|pre-?tax|pretax|gross)\b")),
               ("after tax", re.compile(r"\b(?:after tax(?:es)?|after-tax|net)\b")),
               ("initial", re.compile(r"\b(?:initial|initially|original|originally|preliminary)\b")),
               ("average", re.compile(r"\b(?:average|averaged|averaging|on average|mean|median)\b")),
               ("intraday", re.compile(r"\b(?:intraday|intra-day)\b")),
               ("close", re.compile(r"\b(?:clos(?:e|ed|ing) (?:at|down|up)|at the close|closing)\b")))


def _qualifiers(v: Value) -> str | None:
    """The qualifiers of a figure's measure its nearby words state (before or after tax, initial,
    average, intraday, closing), sorted; None when there are none."""
    head, tail = _around(v, 6, 4)
    found = sorted(name for name, pattern in _QUALIFIERS if pattern.search(head + " | " + tail))
    return ",".join(found) or None


_COUNTRY_NOUNS = r"(?:goods|products|imports|exports|tariffs|duties|companies|firms|investment|assets)"


def _country_key(word: str) -> str:
    """A country and its adjective as one key ("China" / "Chinese", "Russia" / "Russian", U.S. / American)."""
    w = word.lower().replace(".", "")
    if w in ("us", "usa", "america", "american", "americans"):
        return "us"
    if w in ("uk", "britain", "british"):
        return "uk"
    return re.sub(r"(?:ese|ians?|ans?|ish|ia|a|n)$", "", w)


def _country(v: Value) -> str | None:
    """Whose goods, products or tariffs a sum is of, when the words right after it say so ("$34
    billion in Chinese goods", "$60 billion worth of U.S. products")."""
    if not v.type.startswith("money"):
        return None
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return None
    hit = re.match(r"^\s*(?:worth\s+)?(?:of|in)\s+(?:\w+\s+){0,2}?((?:[A-Z][\w.]*\s*){1,2})" + _COUNTRY_NOUNS + r"\b",
                   text[m.end:m.end + 60])
    if hit is None:
        return None
    return _country_key(hit.group(1).strip().split()[-1])


_INCLUDE = re.compile(r"\binclud(?:e|es|ed|ing)\b", re.I)


def _breakdown(sides: list[Side], own: Callable[[Side], list[Value]], near_words: int, least: int) -> list[Side]:
    """The sides less a figure that is one item of a breakdown its sentence lists after "include"
    ("the measures include … about 25,000 special police, 8,000 interior troops, … 30,000 regular
    troops") when another side is no such item: a part is not the whole force."""
    items = []
    for s in sides:
        vs = own(s)
        item = False
        if vs:
            v, sentence = vs[0], vs[0].sentence
            counts = [m for m in sentence.mentions if m.kind == "number" and m.start > 0]
            before = sentence.text[:v.mention.start] if v.mention.end > v.mention.start else ""
            near = " ".join(re.findall(r"\S+", before)[-near_words:])
            item = len(counts) >= least and bool(_INCLUDE.search(near))
        items.append(item)
    if all(items) or not any(items):
        return sides
    return [s for s, i in zip(sides, items) if not i]


_WEEKDAYS = tuple(WEEKDAYS)
_MONTHS = tuple(m.lower() for m in MONTHS_FULL)
_TIME_WORD = re.compile(r"\b(" + "|".join(_WEEKDAYS + _MONTHS) + r"|(?:19|20)\d\d)\b", re.I)
# a reporting verb right before a weekday, month or year ("police said Tuesday", "released on Friday"): when
# it was said or made public, not a date of the event (a release and a publication date their report too)
_SAID = re.compile(r"\b(?:" + "|".join(reporting("say tell announce report add state confirm release publish", now="say",
                                                   plain="say")) + r")\s*(?:on\s+)?$", re.I)


def _times(text: str) -> dict[str, set[str]]:
    """The weekdays, months and years a sentence dates things to, less a day right after a reporting
    verb ("police said Tuesday": when it was said); "May" only with a day or a year beside it."""
    out: dict[str, set[str]] = {"weekday": set(), "month": set(), "year": set()}
    for hit in _TIME_WORD.finditer(text):
        word = hit.group(1).lower()
        if _SAID.search(text[:hit.start()]):
            continue
        if word.isdigit():
            out["year"].add(word)
        elif word in _WEEKDAYS:
            out["weekday"].add(word)
        elif word != "may" or re.match(r"\s+\d", text[hit.end():]):
            out["month"].add(word)
    return out


def _different_times(sides: list[Side], own: Callable[[Side], list[Value]], near_words: int) -> list[Side]:
    """No sides when every side's figure is dated, near it and at one grain (weekday, month or
    year), and no two sides share a date: "Eleven planes … on Thursday" / "Twelve aircraft … on
    Wednesday", a share over February / over March 2020 are figures of two times, not one. A day
    far from the figure dates another verb ("police were searching on Monday for the gunman who
    killed three") and is not read."""
    dated = []
    for s in sides:
        vs = own(s)
        if not vs:
            return sides
        head, tail = _around(vs[0], near_words, near_words)
        dated.append(_times(head + " | " + tail))
    for grain in ("weekday", "month", "year"):
        sets = [g[grain] for g in dated]
        if all(sets) and all(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:]):
            return []
    days = [g["weekday"] for g in dated]
    if len(sides) >= 3 and all(days):  # "98,500 … on Friday", "97,000 … on Friday" beside "91,000 … on Thursday"
        shared = set.intersection(*[d for d in days if any(d & e for e in days if e is not d)] or [set()])
        apart = [k for k, d in enumerate(days) if shared and not (d & shared)]
        if apart and len(apart) < len(sides) - 1:
            return [s for k, s in enumerate(sides) if k not in apart]
    years = [_nearest_year(vs[0], near_words) for s in sides if (vs := own(s))]
    if all(years) and len(set(years)) == len(years):  # "from 69.9 years in 1959 to 78.9 years in 2014"
        return []
    months = [_nearest_month(vs[0], near_words) for s in sides if (vs := own(s))]
    if all(months) and len(set(months)) == len(months):  # "75,000 jobs in May, … from 224,000 jobs added in April"
        return []
    return sides


def _nearest_year(v: Value, near_words: int) -> str | None:
    """The year written nearest a figure ("69.9 years in 1959 to 78.9 years in 2014": 1959 for 69.9),
    within ``near_words``, when no other figure stands between them; None when there is none."""
    head, tail = _around(v, near_words, near_words)
    before, after = head.split(), tail.split()
    best: tuple[int, str] | None = None
    for distance, word in [(len(before) - k, w) for k, w in enumerate(before)] + [(k + 1, w) for k, w in enumerate(after)]:
        year = re.fullmatch(r"((?:19|20)\d\d)[.,;:)]?", word)
        if year and (best is None or distance < best[0]):
            best = (distance, year.group(1))
    if best is None:
        return None
    k = best[0]
    between = before[len(before) - k + 1:] if any(w.startswith(best[1]) for w in before[len(before) - k:len(before) - k + 1]) else after[:k - 1]
    if any(re.search(r"\d", w) for w in between):  # another figure is nearer the year than this one
        return None
    return best[1]


_MONTH_WORD = re.compile(r"(?:" + "|".join(MONTHS_FULL) + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")


def _nearest_month(v: Value, near_words: int) -> str | None:
    """The month written (capitalised, after "in", "of", "for", "since", "from" or "during") nearest a
    figure ("added 75,000 jobs in May, a pullback from 224,000 jobs added in April": April for
    224,000), within ``near_words``, when no other figure stands between them; None when there is none.
    A month only as a verb or name ("jobs may rise", "April Dunn") is not read."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return None
    best: tuple[int, str] | None = None
    for hit in re.finditer(r"\b(?:in|of|for|since|from|during|until|by)\s+(?:early\s+|late\s+|mid-)?(" + _MONTH_WORD.pattern + r")(?![\w-])", text):
        if re.match(r"\s+[A-Z][a-z]", text[hit.end():]) and hit.group(1) in ("May", "April", "June"):
            continue  # "April Dunn": a person's name
        if hit.start() >= m.end:
            between = text[m.end:hit.start()]
        elif hit.end() <= m.start:
            between = text[hit.end():m.start]
        else:
            continue
        words = between.split()
        if len(words) > near_words or re.search(r"\d", between):
            continue
        month = hit.group(1)[:3].lower()
        if best is None or len(words) < best[0]:
            best = (len(words), month)
    return best[1] if best else None


# ---------------------------------------------------------------- names



def _name_words(value: str) -> list[str]:
    """A person's name as words, lower case, without suffixes and punctuation (initials kept)."""
    words = re.findall(r"[^\W\d_]+", value.lower())
    return [w for w in words if w not in NAME_SUFFIXES]


def _swapped(a: str, b: str) -> bool:
    """Whether two words of five letters or more are one with two of its letters swapped
    ("Jeronimo" / "Jeromino"): a slip of the pen, not another name. "Brian" / "Bryant" and
    "LaTonya" / "Latoya" (other letters) stay two."""
    if len(a) != len(b) or len(a) < 5 or sorted(a) != sorted(b):
        return False
    apart = [k for k in range(len(a)) if a[k] != b[k]]
    return len(apart) == 2 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


def _given_alike(a: str, b: str) -> bool:
    """One given name: equal, a short form of the other (``words.same_given_name``: "Chuck" is Charles;
    "Brian" / "Bryant" are two people) or written with two letters swapped."""
    return same_given_name(a, b) or _swapped(a, b)


# offices news writes before a surname in place of the given name ("Secretary Locke", "Gov. Smith"); never the
# honorifics a spouse shares ("Mr." / "Mrs.")
_OFFICES = frozenset("secretary president senator sen governor gov mayor minister premier chancellor judge justice "
                     "general gen admiral adm colonel col sergeant sgt captain capt lieutenant lt representative rep "
                     "congressman congresswoman ambassador commissioner sheriff chief director prosecutor attorney "
                     "detective officer trooper deputy inspector superintendent bishop pope prince king queen".split())


# one group named two ways by style guides ("the first Native American Cabinet secretary" / "the first
# American Indian to lead"): the first form of each pair is the key
_SAME_TERMS = (("american indian", "native american"), ("african american", "black american"))


def _term_key(value: str) -> str:
    t = " " + " ".join(_name_words(value)) + " "
    for key, other in _SAME_TERMS:
        t = t.replace(" " + other + " ", " " + key + " ")
    return t


# the kind words a place of care is loosely called by: "the Betty Ford Center" is often "the Betty Ford Clinic"
_CARE_KINDS = frozenset({"center", "centre", "clinic"})
# mend54: ... only a place of care, told by a care word in its name or its sentences ("a drug treatment
# center"): "New York Center" and "New York Clinic" are two places
_CARE_WORD = re.compile(r"\b(?:medical|medicine|health|healthcare|treatment|rehab|rehabilitation|recovery|addiction|"
                        r"addicts?|alcoholism|alcoholics?|detox|cancer|oncology|patients?|therapy|therapists?|"
                        r"psychiatric|mental|dental|surgery|surgical|doctors?|physicians?|nurses?|nursing|hospitals?|"
                        r"care|clinical|disease|wellness|substance|abuse|dialysis|hospice|maternity|fertility|"
                        r"pediatric|paediatric)\b", re.I)


def _one_name(a: str, b: str, people: Sequence[str] = (), texts: Sequence[str] = ()) -> bool:
    """Whether two names are one written two ways: a middle name or initial more, a nickname for the
    given name ("Rudy Giuliani" / "Rudolph W. Giuliani"), a place and its adjective ("Puerto Rico"
    / "Puerto Rican"), or a place of care by two kind words ("Betty Ford Center" / "Clinic", when the names or
    ``texts``, their sentences, say it gives care: ``_CARE_WORD``). Two given names that are no short form of each other stay two. An office and a
    surname ("Gov. Cuomo") is the person of that surname only when ``people`` (the story's named persons)
    holds no other given name with it (mend52: "Andrew Cuomo" beside "Mario Cuomo")."""
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return False
    ka, kb = _term_key(a), _term_key(b)
    if (ka, kb) != (f" {' '.join(x)} ", f" {' '.join(y)} ") and (ka in kb or kb in ka):
        return True  # a group's other name, the extractor's extra word aside ("Native American Cabinet")
    if len(x) == 2 and len(y) >= 2 and x[0] in _OFFICES and x[-1] == y[-1] and y[0] not in _OFFICES \
            or len(y) == 2 and len(x) >= 2 and y[0] in _OFFICES and x[-1] == y[-1] and x[0] not in _OFFICES:
        # precision51: an office and a surname ("Secretary Locke") / the given name and it ("Gary Locke"), unless
        # the story names another person of that surname ("President Bush" / "Jeb Bush" beside "George W. Bush")
        given = (y if x[0] in _OFFICES else x)[0]
        others = (w for w in map(_name_words, people) if len(w) >= 2 and w[-1] == x[-1] and w[0] not in _OFFICES)
        return not any(not _given_alike(w[0], given) for w in others)
    if len(x) >= 2 and len(y) >= 2 and (x[-1] == y[-1] or (x[:-1] == y[:-1] and _swapped(x[-1], y[-1]))):
        # a middle name or initial on one side only is one person; two different ones are two
        return _given_alike(x[0], y[0]) and (len(x) == 2 or len(y) == 2 or x[1:-1] == y[1:-1])
    if len(x) == len(y) >= 3 and x[:-1] == y[:-1] and {x[-1], y[-1]} <= _CARE_KINDS \
            and any(_CARE_WORD.search(t) for t in (a, b, *texts)):
        return True  # precision54: "Betty Ford Center" / "Betty Ford Clinic": one place of care, its kind word loosely
    if len(x) == len(y) and x[:-1] == y[:-1] and x[-1] != y[-1]:  # "Puerto Rico" / "Puerto Rican"
        short, long_ = sorted((x[-1], y[-1]), key=len)
        return long_ in (short + "n", short + "an", short + "ian", short[:-1] + "an", short[:-1] + "ian")
    return False


def _name_forms(sides: list[Side], people: Sequence[str] = ()) -> list[Side]:
    """The sides less those that name another side's person or place another way: one name written
    two ways is no disagreement about who or where (``people``: the story's named persons, and the sides)."""
    people = [*people, *(str(s.value) for s in sides)]
    texts = [s.evidence for s in sides]  # mend54: whether a Center / Clinic gives care
    return _first_of_each(sides, lambda a, b: _one_name(a, b, people, texts))


def _first_of_each(sides: list[Side], same: Callable[[str, str], bool]) -> list[Side]:
    """The sides less each one ``same`` finds to be a side kept before it told another way."""
    keep: list[Side] = []
    for s in sides:
        if not any(same(str(s.value), str(k.value)) for k in keep):
            keep.append(s)
    return keep


# precision51: a name its own sentence goes on past ("the U.S. Centers for Disease Control and Prevention",
# "Former Centers for Disease Control … Director"): the reader cut a longer name, whose part is no name of its own
_NAME_GOES_ON = re.compile(r"^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]")
# the kind word a body's name is cut at ("Centers", "Department", "Bank"): a person's name never ends so
_BODY_END = re.compile(r"\b(?:Administration|Agency|Authority|Board|Bureau|Cent(?:er|re)s?|Commission|Committee|"
                       r"Council|Court|Department|Institutes?|Ministry|Office|Organi[sz]ation|Service|Bank|University|"
                       r"Association|Society|Foundation|Union|League|Federation|Fund|Party|Academy|College|School|"
                       r"Hospital|Museum)$")


def _cut_names(sides: list[Side]) -> list[Side]:
    """The sides less those whose name their own sentence writes as the start of a longer capitalised
    name ("U.S. Centers" in "the U.S. Centers for Disease Control"): a fragment, not a name set against
    the other side's (the Bank of England's "Bank" is no person's name either)."""
    keep = []
    for s in sides:
        value = str(s.value)
        hits = list(re.finditer(re.escape(value), s.evidence))
        if hits and _BODY_END.search(value) and all(_NAME_GOES_ON.match(s.evidence[h.end():]) for h in hits):
            continue
        keep.append(s)
    return keep


# ---------------------------------------------------------------- sources, misreads, increments

# (precision70: never past a clause's conjunction, "in excess of $160 million, but sources close to the talks
# say": the figure is the story's, the sources another clause's subject)
_W = r"(?!(?:but|and|or|while|though|although|yet)\s)[\w.'’-]+\s+"
# mend104: a conjunction joining two words before the sources ("two current and former officials familiar",
# "U.S. and Israeli officials") is within the count; one that opens a new clause ends it (the clause's comma is
# cut off first, ``_sources``)
_SOURCES = re.compile(r"^(?:" + _W + r"){0,2}?(?:" + _W + r"(?:and|or)\s+" + _W + r")?(?:" + _W + r"){0,2}?"
                      r"(?:officials|sources|people|persons|diplomats|aides|officers)\s+"
                      r"(?:familiar|briefed|with (?:knowledge|direct knowledge)|close to|who (?:spoke|requested|asked))\b")


def _sources(sides: list[Side], own: Callable[[Side], list[Value]]) -> list[Side]:
    """No sides when a side's figure counts the people a report cites ("four U.S. officials familiar
    with the matter said" / "three U.S. officials …"): outlets citing more or fewer sources do not
    disagree on the story. "Four officials were killed" is a count of the story and stays."""
    for s in sides:
        vs = own(s)
        if vs:
            v = vs[0]
            clause = re.split(r"[,;:()—–]", v.sentence.text[v.mention.end:], maxsplit=1)[0]  # mend104: its own clause
            tail = " ".join(re.findall(r"[\w'’.-]+", clause.lower())[:8])
            if v.mention.end > v.mention.start and _SOURCES.search(tail):
                return []
    return sides


_DOSES = (("one dose", re.compile(r"\b(?:at least one|first|one|single|partially|partly)\s+(?:\w+\s+)?(?:dose|shot|jab)|partially vaccinated")),
          ("fully", re.compile(r"\bfully (?:vaccinated|immunized|inoculated)\b")),
          ("booster", re.compile(r"\b(?:booster|third dose|third shot)\b")))


def _doses(v: Value) -> str | None:
    """Which round of vaccination a share or count is of, from the words after it ("55% of adults
    have received at least one dose" / "37.3% of adults were fully vaccinated"); None when unsaid."""
    _, tail = _around(v, 0, 10)
    found = [name for name, pattern in _DOSES if pattern.search(tail)]
    return found[0] if len(found) == 1 else None


_TAKES_EFFECT = re.compile(r"\b(?:effective|starting|beginning|until|through|till|as of)\s+(?:on\s+)?$", re.I)


_TITLE_FIGURE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|[mb]n?\b)?", re.I)


def _title_figures(title: str) -> list[tuple[float, set[str]]]:
    """The figures a headline states, each with the stems of the three words after it."""
    out = []
    for hit in _TITLE_FIGURE.finditer(title):
        number = float(hit.group(1).replace(",", ""))
        scale = (hit.group(2) or "").lower()
        number *= _SCALES.get(scale, 1.0)
        out.append((number, _stems(" ".join(re.findall(r"[A-Za-z]+", title[hit.end():])[:3]))))
    return out


def _headline_states(sides: list[Side], own: Callable[[Side], list[Value]], titles: dict[str, str]) -> list[Side]:
    """The sides less those whose every article's headline states another side's figure of the same
    counted thing ("… Allegedly Submitted 8,000 Fraudulent Registration Applications" above "submitted
    thousands of fraudulent voter registration applications", beside another outlet's 8,000): the
    outlet gives that value and only words it more loosely in the body. A vague side whose article
    gives no figure ("dozens" / 40) stays; ages (a named person's) are not read."""
    if not titles:
        return sides
    told = []
    for t in sides:
        vs = own(t)
        if vs and vs[0].numeric and vs[0].type != "age":
            _, tail = _around(vs[0], 0, 3)
            told.append((t, float(vs[0].point), _stems(tail)))
            m = vs[0].mention
            if vs[0].type == "duration" and isinstance(m.value, (int, float)) and m.label:
                # precision51: a length as written ("in 17 years"), not in days, with its unit ("17 years")
                told.append((t, float(m.value), _stems(m.label + " " + tail)))
    keep = []
    for s in sides:
        vs = own(s)
        if not vs or not s.articles or vs[0].type == "age" or not all(titles.get(a) for a in s.articles):
            keep.append(s)
            continue
        others = [(p, stems) for t, p, stems in told if t is not s]
        if others and all(any(_same_number(n, p) and (after & stems)
                              for n, after in _title_figures(titles[a]) for p, stems in others)
                          for a in s.articles):
            continue
        keep.append(s)
    return keep


# ---------------------------------------------------------------- round 45: expectations, towns and states

_EXPECTED = re.compile(r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecasted|forecasting|projected|projects|predicted|"
                       r"predicts?|anticipated|anticipates?|estimated to)\b(?P<gap>[^,.;:!?]*)$")


def _town_state(side: Side) -> str | None:
    """The state a side's town is written with ("Morgantown, W.Va." in its value or its sentence)."""
    value = str(side.value).strip()
    hit = re.search(r",\s*([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)\s*$", value)
    if hit:
        return state_key(hit.group(1))
    hit = re.search(re.escape(value) + r",\s*([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)(?=[,.;)]|\s|$)", side.evidence)
    return state_key(hit.group(1)) if hit else None


def _place_names(sides: list[Side], texts: Sequence[str] = ()) -> list[Side]:
    """The sides less those that name another side's place by another of its names."""
    return _first_of_each(sides, lambda a, b: same_place_names(a, b, texts))


def _state_of_town(sides: list[Side]) -> list[Side]:
    """The sides less a bare state when another side names a town in it ("George Tanios, 39, of
    Morgantown, W.Va." / "… of West Virginia"): the state is the town's address written loosely, not
    another place. A state beside a town written with another state ("Ohio" / "Morgantown, W.Va."),
    or two towns, stay."""
    towns = [_town_state(s) for s in sides]
    keep = []
    for k, s in enumerate(sides):
        state = state_key(str(s.value)) if "," not in str(s.value) else None
        if state and any(j != k and towns[j] == state for j in range(len(sides))):
            continue
        keep.append(s)
    return keep


# ---------------------------------------------------------------- round 46: best vs average, core vs all prices

_UP_TO = re.compile(r"\b(?:up to|as high as|as much as|as many as|at most|a maximum of|at best)$")
_AVERAGE = re.compile(r"\b(?:average|averaged|averaging|on average|mean|median)\b")


def _best_or_average(v: Value) -> str | None:
    """"best" for a figure written as a ceiling right before it ("up to 90% effective"), "average" for
    one with average / mean / median beside it ("70% effective on average"); None otherwise. A
    ceiling and an average are two measures of one thing, never two values of one. Only these two
    are told apart: "up to 2,000 troops" beside "2,300 troops" is still one count."""
    head, tail = _around(v, 6, 4)
    if _AVERAGE.search(head + " | " + tail):
        return "average"
    # the bound is often read into the mention itself ("up to 90%")
    written = v.sentence.text[v.mention.start:v.mention.end].lower()
    bound = re.split(r"[\d$€£]", written, maxsplit=1)[0].strip()
    return "best" if _UP_TO.search((head + " " + bound).strip()) else None


_CORE = re.compile(r"\bcore\b|\b(?:excluding|excludes|exclude|excluded|controlling for|stripping out|strips out|"
                   r"leaving out|minus|less|without|ex)\s+(?:the\s+)?(?:volatile\s+)?(?:food and energy|energy and food)\b")
_PRICES = re.compile(r"\b(?:prices?|inflation|cpi|consumer price index|pce)\b")


def _price_measure(v: Value) -> str | None:
    """"core" for a price change whose sentence leaves food and energy out ("The 0.9 percent CPI
    increase, again controlling for food and energy prices"), "all" for one of prices, inflation or
    the CPI whose sentence does not ("prices increased 0.8 percent"); None for other figures and for
    a sentence with more than one share (which share is core is not read)."""
    text = v.sentence.text
    if v.mention.end <= v.mention.start or len(re.findall(r"\d(?:[\d.,]*\d)?\s*(?:%|percent|per cent)", text)) != 1:
        return None
    if not re.search(r"%|percent|per cent", text[v.mention.start:v.mention.end + 12]):
        return None
    low = text.lower()
    if _CORE.search(low):
        return "core"
    return "all" if _PRICES.search(low) else None


_DURATION_UNIT = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.I)


def _start(v: Value) -> tuple[str, str] | None:
    """What a length of time is counted from, as written right after it: the word (after, since,
    before) and the stem of the event's word, the first word after it that is neither a stop word
    nor capitalised ("Eight months after first authorizing the vaccine": after, author; "four months
    after Pfizer completed its application": after, comple; "days after the Velmar crash": crash);
    None when the figure is no length of time or no such word follows."""
    m, text = v.mention, v.sentence.text
    if m.end <= m.start:
        return None
    words = re.findall(r"[\w'’-]+", text[m.end:])[:8]
    if _DURATION_UNIT.search(text[m.start:m.end]):
        pass
    elif words and _DURATION_UNIT.fullmatch(words[0].lower()):  # the unit read after the figure ("Eight" months)
        words = words[1:]
    else:
        return None
    if not words or words[0].lower() not in ("after", "since", "before"):
        return None
    for w in words[1:5]:
        if w.lower() in STOP_WORDS or w[:1].isupper() or w.lower() in ("first", "last", "its", "their", "his", "her"):
            continue
        if re.search(r"\d", w):
            return None
        return words[0].lower(), w.lower()
    return None


_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b|,\s+(?:and|while|but)\b", re.I)
_NOT_PLACES = frozenset({"nearly", "almost", "about", "around", "some", "several", "hundreds", "thousands",
                         "dozens", "more", "most", "many", "few", "only", "just", "over", "under", "roughly",
                         "floodwaters", "centers", "centres"})
# "the U.S" written without its last period, or "the US": the tagger misses it
_US = re.compile(r"(?<![\w.])(?:the\s+)(U\.S\.?|US|USA)(?![\w.])")
_SITES = ("center", "centre", "home", "hospital", "school", "building", "church", "mosque", "synagogue", "temple",
          "hotel", "prison", "jail", "factory", "plant", "mine", "market", "mall", "nightclub", "club", "bar",
          "restaurant", "station", "camp", "facility", "shelter", "stadium", "office", "university", "college")
_SITE = re.compile(r"\b(?:at|in|inside|through|into|on)\s+(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(" +
                   "|".join(_SITES) + r")s?\b", re.I)
_WHOLE = re.compile(r"^(?:%|percent|per cent|pct)?\s*(?:of|among)\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z][\w\s'’-]*)")
_AMONG = re.compile(r"\bamong\s+(?:the\s+|all\s+)?([a-z][\w\s'’-]*)")
_NOT_WHOLE = frozenset({"them", "those", "these", "whom", "which", "it", "us", "total", "people", "cases",
                        "deaths", "one", "two", "three", "four", "five", "all", "each", "every", "others"})
_TO_DATE = re.compile(r"\b(?:this year|so far|to date|in all|in total|year-to-date|this season|since the start)\b")
_NOW = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?!being\b)[a-z]+ing\b|"
                  r"^(?:[\w'’-]+\s+){0,3}?(?:currently|now)\s+(?:burning|ablaze|on fire)\b")
# a limit the figure is the value of, right before it ("capped at individuals earning $80,000", "a cap of
# $500"): not "extending the borrowing limit for only three months"
_CAP = re.compile(r"\b(?:(?:capped|limited)\s+(?:at|to)\s+(?:[a-z]+\s+){0,2}|(?:cap|limit|ceiling|threshold)\s+(?:of|at)\s+"
                  r"|phas(?:es|ed|ing)\s+out\s+(?:at|above)\s+)$")
_FATAL = re.compile(r"\b(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured|struck)\b|"
                    r"\b(?:shot|stabbed|beaten|hacked|gunned\s+down)\s+(?:to\s+death|dead)\b")  # precision51: "shot to death"
_HURT_EVENTS = frozenset({"shoot", "shot", "stab", "stabbed", "wound", "wounded", "injure", "injured", "hurt"})


def _clause_span(v: Value) -> tuple[int, int]:
    """Where the figure's own clause starts and ends in its sentence: cut at a semicolon, a colon or a
    joining word ("The toll in Germany climbed to 143, while the toll in Belgium stood at
    24": "the toll in Belgium stood at 24" for 24)."""
    text, m = v.sentence.text, v.mention
    cuts = list(_CLAUSE_BREAK.finditer(text[:m.start]))
    start = cuts[-1].end() if cuts else 0
    cut = _CLAUSE_BREAK.search(text, m.end)
    return start, cut.start() if cut else len(text)


def _clause(v: Value) -> tuple[str, str]:
    """The words of the figure's own clause before and after it, lower case ("" when unplaced)."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return "", ""
    start, end = _clause_span(v)
    return text[start:m.start].lower().strip(), text[m.end:end].lower().strip()


def _real_places(v: Value) -> list[Mention]:
    """The sentence's places (GPE), less words the tagger mistakes for one ("Nearly", "Hundreds") and
    the figure itself."""
    m = v.mention
    out = []
    for e in v.sentence.mentions:
        if e.kind != "entity" or e.label != "GPE" or (e.start < m.end and e.end > m.start):
            continue
        if e.text.lower() in _NOT_PLACES or e.text.lower() in STOP_WORDS:
            continue
        out.append(e)
    text = v.sentence.text
    for hit in _US.finditer(text):
        if not any(e.start < hit.end(1) and e.end > hit.start(1) for e in v.sentence.mentions) \
                and not (hit.start(1) < m.end and hit.end(1) > m.start):
            out.append(Mention(kind="entity", text=hit.group(1), label="GPE", start=hit.start(1), end=hit.end(1)))
    return out


_PLACE_BEFORE = re.compile(r"(?:^|\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?)$")


# a place that opens the figure's clause ("In Belgium, 24 died") or is the place of a toll or total the
# figure is the value of ("the toll across the border in Belgium stood at 24")
_OPENING_PLACE = re.compile(r"^\W*(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?$")
_TOLL_PLACE = re.compile(r"\b(?:toll|number|total|tally|count|figure)\s+(?:[\w'’-]+\s+){0,4}?(?:in|across|throughout|of)\s+(?:the\s+)?$")
# a place a "with" phrase tells the figure of: a ranking ("Italy third with 80,539 cases") or an opening
# phrase ("With more than 82,000 cases, the U.S has the highest total")
_RANKED_WITH = re.compile(r"^\s+(?:(?:is|was|are|were|ranks?|ranked|came|comes|stood|stands)\s+)?"
                          r"(?:(?:first|second|third|fourth|fifth|sixth|next|last)\s+)?with\s+$")
_WITH_OPENS = re.compile(r"^\W*[Ww]ith\s+$")


def _place_of(v: Value) -> str | None:
    """The place a figure is of: the first place its clause names after it, right after it or after
    in/across/throughout/of ("51,017 U.S. deaths", "16,388 died in New York City"; past a
    possessive, the inner one: "in western Germany's Ahrweiler county" is Ahrweiler), else the last
    its clause names before it after those words ("In Belgium, 24 died", "the toll in Belgium stood
    at 24"), else a site its clause names ("swept through an assisted living center, killing 12": a
    center; "12 at a hotel in Kabul" is Kabul's); None when its clause names none."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return None
    start, end = _clause_span(v)
    places = sorted(_real_places(v), key=lambda e: e.start)
    for e in places:
        gap = text[m.end:e.start]  # another figure or a comma between: the place of another item
        if m.end <= e.start and e.end <= end and not re.search(r"[\d,]", gap) \
                and (not gap.strip() or _PLACE_BEFORE.search(text[:e.start].lower())):
            inner = re.match(r"['’]s\s+", text[e.end:])
            nxt = [x for x in places if inner and e.end + inner.end() <= x.start <= e.end + inner.end() + 12]
            return "place:" + place_key((nxt[0] if nxt else e).text)
    for e in places:
        if start <= e.start and e.end <= m.start and _RANKED_WITH.match(text[e.end:m.start]):
            return "toll:" + place_key(e.text)
        if _WITH_OPENS.match(text[start:m.start]) and m.end <= e.start \
                and re.fullmatch(r"[^,\d]*,\s+(?:the\s+)?", text[m.end:e.start]):
            return "toll:" + place_key(e.text)
    before = [e for e in places if start <= e.start and e.end <= m.start
              and (_OPENING_PLACE.search(text[start:e.start]) or _TOLL_PLACE.search(text[start:e.start].lower()))]
    if before:
        return "toll:" + place_key(before[-1].text)
    head, tail = _clause(v)
    site = _SITE.search(head) or _SITE.search(tail)
    if site:
        return "site:" + site.group(1).lower().replace("centre", "center")
    return None


def _head_words(words: str) -> str | None:
    """The stems of a noun phrase's first words, up to a stop word, "|"-joined ("women in Ostland":
    women; "families with children": famil; "voters said they": voter|said — the verb is not told
    from the noun, so two wholes are two only when they share no word); None for a pronoun."""
    found = []
    for w in words.split()[:3]:
        if w in STOP_WORDS or not re.fullmatch(r"[a-z][\w'’-]*", w):
            break
        found.append(w[:5])
    return "|".join(found) if found and found[0] not in _NOT_WHOLE else None


def _whole_of(v: Value) -> str | None:
    """The whole or group a share or count is of ("90 percent of families with children": famil;
    "among independents": indep), as the stems of its first words (``_head_words``); None when unsaid."""
    m = v.mention
    if m.end <= m.start:
        return None
    head, tail = _clause(v)
    found = None
    if v.type == "percent":
        hit = _WHOLE.match(tail)
        found = _head_words(hit.group(1)) if hit else None
    among = _AMONG.search(tail) or _AMONG.search(head)
    if found is None and among:
        found = _head_words(among.group(1))
    return found


_EFFICACY = re.compile(r"\b(?:effective|efficacy|effectiveness|protection|protective)\b")
_MOST_SEVERE = re.compile(r"\b(?:against|preventing|prevent|from)\s+(?:the\s+)?(?:most\s+)?(?:severe|serious|critical)\b")


def _severity_of(v: Value) -> str | None:
    """What an efficacy share is of: "severe" for protection against the most severe illness ("86
    percent — against the most severe outcomes"), "overall" for one said overall ("66 percent effective
    overall at warding off moderate and severe cases"); None when unsaid or no efficacy."""
    if v.type != "percent":
        return None
    head, tail = _clause(v)
    head, tail = " ".join(head.split()[-4:]), " ".join(tail.split()[:7])
    if not _EFFICACY.search(head + " " + tail):
        return None
    if _MOST_SEVERE.search(tail):
        return "severe"
    return "overall" if re.match(r"^(?:\S+\s+)?overall\b", tail) or head.endswith("overall") else None


def _harm_of(v: Value) -> str | None:
    """"killed" for a count fatally shot or stabbed ("Two people were fatally shot"), "hurt" for one
    only shot or wounded ("three people were shot"); None for other counts."""
    if v.type != "count":
        return None
    _, tail = _clause(v)
    words = " ".join(tail.split()[:7])
    if _FATAL.search(words):
        return "killed"
    pred = (v.mention.predicate or "").lower()
    return "hurt" if pred in _HURT_EVENTS or (v.event or "").lower() in _HURT_EVENTS else None


def _period_of(v: Value) -> str | None:
    """"to date" for a figure summed over a period ("burned more than 2.3 million acres this year",
    "so far", "in all"), "now" for one of what is under way ("Hundreds of thousands of acres are
    burning"); None when its clause says neither."""
    head, tail = _clause(v)
    near = " ".join(head.split()[-8:]) + " | " + " ".join(tail.split()[:8])
    if _TO_DATE.search(near):
        return "to date"
    return "now" if _NOW.search(tail) else None


@dataclass(frozen=True)
class Reach:
    """precision50: how far from a figure its own clause's qualifiers below are read (session, scope,
    group, span, relative period, allotment): words before it, words after it, and words before it for a
    group (``verify_slot_words_before``, ``verify_slot_words_after``, ``verify_group_words_before``)."""

    before: int
    after: int
    group: int
    verb: int = DEFAULT.verify_span_verb_words  # precision52: a span's verb, words before its "for"
    narrow_before: int = DEFAULT.verify_narrow_words_before  # precision55: what narrows a count's set
    narrow_after: int = DEFAULT.verify_narrow_words_after
    yards_chars: int = DEFAULT.verify_yards_chars  # mend56: were 40 in _yards_of / _season_of
    said_game_chars: int = DEFAULT.verify_said_game_chars
    figure_place_words: int = DEFAULT.verify_figure_place_words  # mend109: ``_same_figure``

    @classmethod
    def of(cls, options: Options) -> "Reach":
        return cls(options.verify_slot_words_before, options.verify_slot_words_after,
                   options.verify_group_words_before, options.verify_span_verb_words,
                   options.verify_narrow_words_before, options.verify_narrow_words_after,
                   options.verify_yards_chars, options.verify_said_game_chars, options.verify_figure_place_words)


_REACH = Reach.of(DEFAULT)


def _between(hit: re.Match[str], m: Mention) -> tuple[int, int, bool] | None:
    """Where the words between a qualifier ``hit`` and the figure ``m`` of one sentence start and end,
    and whether the qualifier comes before the figure; None when the two overlap (the clause readers below)."""
    if hit.end() <= m.start:
        return hit.end(), m.start, True
    if hit.start() >= m.end:
        return m.end, hit.start(), False
    return None


# precision50: a market figure's session. A move "in early trading", "at one point" or "as much as" the
# price went is one moment of the day; the close is another: two values of one price, never one slot.
_MARKET = re.compile(r"\b(?:shares?|stocks?|index|indexes|indices|dow|nasdaq|s&p|ftse|nikkei|dax|futures|crude|"
                     r"oil|brent|bonds?|yields?|currency|dollar|euro|yen|pound|rupee|bitcoin|trading|traded|"
                     r"trades|market|markets)\b")
_INTRADAY = re.compile(r"\b(?:intra-?day|in (?:early|earlier|morning|midday|afternoon|late|early-morning|"
                       r"early-afternoon|thin|heavy|volatile) (?:trading|trade|deals|dealings|session)|"
                       r"(?:early|earlier|late|later) in the (?:day|session)|at one point|at (?:its|their|the) "
                       r"(?:lowest|highest|low|high|session low|session high|worst|best)|as (?:much|low|high) as|"
                       r"(?:session|day's|daily|intraday) (?:low|high)|(?:at|by|around|near|before|after) (?:midday|noon|"
                       r"mid-?morning|mid-?afternoon|mid-?session|lunchtime|lunch)|in the (?:morning|afternoon)|"
                       r"(?:was|were|is|are)\s+(?:\w+\s+)?trading|as of|at a clock time|"
                       r"(?:after|at) the (?:open|opening|opening bell|start of trading)|opened|"
                       r"in (?:the )?(?:first|opening) (?:minutes|hour|hours)(?: of trading)?)\b")
_CLOCK = re.compile(r"\b(?:at|as of|by|around)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?(?:\s+(?:" + "|".join(TIME_ZONES) + r"|local time)\b)?", re.I)
_CLOSE = re.compile(r"\b(?:clos(?:e|ed|ing)|at the close|(?:ended|ending|ends|finished|finishing|settled|settling)"
                    r"(?: the (?:day|session|week))?|end of (?:the )?(?:day|trading|session))\b")
_PREMARKET = re.compile(r"\b(?:pre-?market|after-?hours|extended trading|before the (?:opening )?bell)\b")


def _session_of(v: Value, reach: Reach = _REACH) -> str | None:
    """When in the trading day a market figure was read ("fell 4% in early trading": intraday; "closed
    down 2%": close; "rose 3% in premarket trading": outside hours), from its own clause's words
    within six words before it and four after; None outside market news or when unsaid. Two sides
    that each name a different session are two readings of one price, not one value told two ways."""
    text = v.sentence.text.lower()
    if v.type.split(":")[0] not in ("percent", "money", "measure", "count") or not _MARKET.search(text):
        return None
    head, _ = _clause(v)
    # the words after it read raw: a clock time's colon ("at 11:20 a.m.") is no clause break
    after = _CLOCK.sub("at a clock time", v.sentence.text[v.mention.end:v.mention.end + 80].lower())
    tail = re.split(r"[;:]|\.\s|\b(?:while|whereas|but)\b", after)[0]
    head, tail = " ".join(head.split()[-reach.before:]), " ".join(tail.split()[:reach.after])
    if re.search(r"\d", tail.split(",")[0]) and not _CLOSE.search(head):
        tail = ""  # another figure right after: its words are its own
    found = {name for name, pattern in (("intraday", _INTRADAY), ("close", _CLOSE), ("outside hours", _PREMARKET))
             if pattern.search(head) or pattern.search(tail)}
    if "outside hours" in found:
        return "outside hours"
    return found.pop() if len(found) == 1 else None


# precision50: a figure of this year beside one of last year (this / last / next / the previous week,
# month, quarter, season or year; "a year earlier", "a year ago") are two slots
_RELATIVE = re.compile(r"\b(?:(this|last|next|previous|current|coming)\s+(year|month|week|quarter|season|"
                       r"fiscal year|school year|decade)|(?:a|one)\s+(year|month|week|decade)\s+(?:earlier|ago|"
                       r"before|prior)|(?:the\s+)?(year|month|week|quarter|season)\s+before)\b", re.I)
# a reporting verb right before a relative time ("said last week that …"): when it was said
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(reporting("say tell announce report claim state confirm write add", now="say",
                                                          plain="say")) + r")\s+$", re.I)
_WHICH = {"this": "this", "current": "this", "last": "last", "previous": "last", "next": "next", "coming": "next"}


# precision50: the reach of a figure its clause names with a scope word: the nation's rate beside a
# state's, a county's toll beside the world's ("The national unemployment rate was 3.7%" / "The state
# unemployment rate was 4.1%"). "state" and "city" count only as an adjective of a measure, never in
# "state media", "Secretary of State" or "Islamic State".
_MEASURES = r"(?:(?:unemployment|jobless|poverty|infection|positivity|vaccination|crime|murder|death|birth|tax|" \
            r"inflation|growth|minimum|average|economic)\s+)?(?:rate|toll|total|tally|count|budget|deficit|debt|average|" \
            r"wage|population|figure|level|share|gdp|output|emissions|sales|cases|deaths)s?"
_SCOPE = re.compile(r"\b(?:(nationwide|nationally|countrywide)|(?:across|throughout|around)\s+the\s+(country|nation)\b|"
                    r"(?:in|across|throughout)\s+the\s+(capital)\b|(?:the\s+)?(nation|country)['’]s|"
                    r"(statewide)|(?:the\s+)?(state)['’]s|(countywide)|(?:the\s+)?(county)['’]s|(citywide)|"
                    r"(?:the\s+)?(city)['’]s|(worldwide|globally)|(?:the\s+)?(world)['’]s|"
                    r"(?<!of\s)(national|global|state|county|city|local)\s+" + _MEASURES + r")\b", re.I)
_SCOPES = {"national": "nation", "nationwide": "nation", "nationally": "nation", "countrywide": "nation",
           "nation": "nation", "country": "nation", "statewide": "state", "state": "state", "countywide": "county",
           "county": "county", "citywide": "local", "city": "local", "local": "local", "worldwide": "world",
           "globally": "world", "global": "world", "world": "world", "capital": "local"}


def _scope_of(v: Value, reach: Reach = _REACH) -> str | None:
    """The reach its own clause gives a figure (nation, state, county, local, world) within six
    words before it or four after, no other figure between; None when unsaid. Compared only with
    another side's scope: a bare figure may be of any."""
    head, tail = _clause(v)
    head, tail = " ".join(head.split()[-reach.before:]), " ".join(tail.split()[:reach.after])
    if re.search(r"\d", head):
        head = re.split(r"\d[\d,.]*", head)[-1]
    if re.search(r"\d", tail):
        tail = re.split(r"\d", tail)[0]
    found = {_SCOPES[fold(next(g for g in hit.groups() if g))] for part in (head, tail) for hit in _SCOPE.finditer(part)}
    return found.pop() if len(found) == 1 else None


# precision50: the group a figure is of, when its clause names one of the groups polls and tallies
# split news by — a party or a sex or age group — nearest the figure ("Republicans hold 53 seats" /
# "Democrats hold 47 seats"; "62 percent of Republicans support" / "35 percent of Democrats support")
_GROUPS = {"republican": "republican", "republicans": "republican", "gop": "republican",
           "democrat": "democrat", "democrats": "democrat", "democratic": "democrat",
           "independent": "independent", "independents": "independent",
           "conservative": "conservative", "conservatives": "conservative", "tory": "conservative",
           "tories": "conservative", "labour": "labour", "liberal": "liberal", "liberals": "liberal",
           "men": "men", "male": "men", "males": "men", "women": "women", "female": "women", "females": "women",
           "boys": "children", "girls": "children", "children": "children", "kids": "children",
           "minors": "children", "adults": "adults", "teens": "teens", "teenagers": "teens",
           "seniors": "seniors", "elderly": "seniors"}
_GROUP_WORD = re.compile(r"\b(" + "|".join(sorted(_GROUPS, key=len, reverse=True)) + r")\b", re.I)


def _group_of(v: Value, reach: Reach = _REACH) -> str | None:
    """The party or sex or age group nearest a figure in its own clause, within two words before it
    ("Republicans hold 53 seats": republican; "Among women, 54 percent") or four after it ("62 percent of
    Republicans", "12 adults"), with no other figure and no comma between ("219-208, with all
    Republicans opposed" is none); None when its clause names none. An independent is only a group in the plural
    or before "voters" ("an independent inquiry" is none). Compared only when both sides name one."""
    text = v.sentence.text

    def judge(hit: re.Match[str], a: int, b: int, before: bool, start: int) -> tuple[int, str] | None:
        word = fold(hit.group(1))
        if word == "independent" and not re.match(r"\s+voters\b", text[hit.end():]):
            return None
        if word in ("democratic", "republican", "liberal", "conservative", "labour") and hit.group(1).islower():
            return None  # "a democratic vote", "a liberal estimate": no party
        if re.search(r"\d", text[a:b]) or any(x.kind == "number" and a <= x.start and x.end <= b
                                              for x in v.sentence.mentions):
            return None  # another figure between ("a handful of people, including two children"): its group
        gap = text[a:b]
        if re.search(r"[,;:(]", gap) and not (before and re.search(r"\b(?:among|of)\s+(?:the\s+|all\s+)?$",
                                                                  text[max(start, hit.start() - 12):hit.start()].lower())):
            return None  # "… 219-208, with all Republicans opposed": a group told beside the figure, not its own
        words = len(gap.split())
        return (words, _GROUPS[word]) if words <= (reach.group if before else reach.after) else None

    return _nearest(v, _GROUP_WORD, judge)


def _nearest(v: Value, pattern: re.Pattern[str],
             judge: Callable[[re.Match[str], int, int, bool, int], tuple[int, str] | None]) -> str | None:
    """The key of the qualifier ``pattern`` finds nearest a figure in its own clause: ``judge`` gives each hit
    (the hit, where the words between it and the figure start and end, whether it comes first, the clause's
    start) a distance and a key, or None to pass it over; the first of the nearest wins."""
    m = v.mention
    if m.end <= m.start:
        return None
    start, end = _clause_span(v)
    best: tuple[int, str] | None = None
    for hit in pattern.finditer(v.sentence.text, start, end):
        between = _between(hit, m)
        found = judge(hit, *between, start) if between is not None else None
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return best[1] if best else None


# a group before a figure is its own only as the subject of a short verb (``Reach.group``)


# precision50: the part of a year or a game a figure is of ("in the third quarter", "Q4", "in the first
# half", "for the full year"): two parts, or a part and the whole, are two slots
_SPAN = re.compile(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)|(q[1-4]|h[12])|"
                   r"(full[\s-]year|for the year|whole year|fiscal year|annual|annually))\b", re.I)
_ORDINAL = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}


def _span_of(v: Value, reach: Reach = _REACH) -> str | None:
    """Which part of a year or a game a figure's own clause gives it within ``reach`` (six words before, four after),
    no other figure between ("grew 2.1% in the third quarter": quarter 3; "Q4"; "in the first half":
    half 1; "for the full year": year); None when unsaid or two are named."""
    text, m = v.sentence.text, v.mention
    if m.end <= m.start:
        return None
    start, end = _clause_span(v)
    found = set()
    for hit in _SPAN.finditer(text, start, end):
        between = _between(hit, m)
        if between is None:
            continue
        a, b, before = between
        if len(text[a:b].split()) > (reach.before if before else reach.after) or re.search(r"\d", text[a:b]):
            continue
        if hit.group(1):
            found.add(hit.group(2).lower() + " " + _ORDINAL[fold(hit.group(1))])
        elif hit.group(3):
            short = hit.group(3).lower()
            found.add(("quarter " if short[0] == "q" else "half ") + short[1])
        else:
            found.add("year")
    return found.pop() if len(found) == 1 else None


# precision50: the poll, survey or study a figure is from, by the name before it ("A CNN/ORC poll", "the
# latest Quinnipiac University survey") or after "by" / "from" ("a poll by Gallup"): two polls' figures are
# two measurements, never one slot told two ways
_POLL_BEFORE = re.compile(r"((?:[A-Z][\w.&'’/-]*\s+){1,4})(?:(?:national|new|latest|recent|online|telephone|"
                          r"weekly|monthly|tracking|exit)\s+)*(?:poll|survey|study)\b")
_POLL_AFTER = re.compile(r"\b(?:poll|survey|study)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?([A-Z][\w.&'’/-]*)")
_NOT_POLLSTERS = frozenset({"a", "an", "the", "new", "latest", "recent", "this", "that", "one", "another", "in", "its",
                            "their", "his", "her", "our", "national", "according", "but", "and", "meanwhile", "last",
                            *WEEKDAYS})


def _poll_of(v: Value) -> str | None:
    """The words of the name of the poll, survey or study a figure's sentence credits, "|"-joined ("A
    CNN/ORC poll released Monday found 46 percent": cnn|orc; "a survey by Gallup": gallup); two names
    sharing a word may be one poll. None when no named poll or two are named. A sentence that names two polls compares them: no single poll is its."""
    text = v.sentence.text
    names = set()
    for hit in _POLL_BEFORE.finditer(text):
        words = [w for w in hit.group(1).split() if w.lower().strip(".") not in _NOT_POLLSTERS]
        if words:
            names.add(" ".join(words))
    for hit in _POLL_AFTER.finditer(text):
        if hit.group(1).lower() not in _NOT_POLLSTERS:
            names.add(hit.group(1))
    if len(names) != 1:
        return None
    tokens = {w for w in re.split(r"[\s/&-]+", re.sub(r"['’]s\b", "", names.pop().lower().replace(".", "")))
              if w and w not in _POLL_GENERIC}
    return "|".join(sorted(tokens)) or None


# words of a pollster's name that do not tell two pollsters apart
_POLL_GENERIC = frozenset({"news", "university", "college", "center", "centre", "research", "institute", "poll",
                           "polling", "group", "the", "of", "and", "inc", "co", "media", "network", "public", *WEEKDAYS})


def _relative_period_of(v: Value, reach: Reach = _REACH) -> str | None:
    """The period a figure is of when news names it relative to now ("212 deaths this year": this:year;
    "180 last year" and "a year earlier": last:year), the phrase nearest the figure in its own clause
    within ``reach`` (six words before, four after) with no other figure between; None when unsaid. Compared only with another
    side's relative period: "this year" and "in 2024" may be one year."""
    text = v.sentence.text

    def judge(hit: re.Match[str], a: int, b: int, before: bool, start: int) -> tuple[int, str] | None:
        gap = text[a:b]
        words = len(gap.split())
        if words > (reach.before if before else reach.after) or re.search(r"\d", gap) \
                or re.search(r"\b(?:from|than|compared|versus|vs|since)\b", gap.lower()):
            return None
        if _SAID_BEFORE.search(text[max(start, hit.start() - 40):hit.start()]):
            return None  # "said last week that he paid $40,000": when it was said
        which, unit = hit.group(1), hit.group(2)
        if which is None:
            which, unit = "last", hit.group(3) or hit.group(4)
        return words, _WHICH[fold(which)] + ":" + unit.lower().replace("fiscal ", "").replace("school ", "")

    return _nearest(v, _RELATIVE, judge)


# precision50: a count of those of a group who are something else ("12 of the dead were children",
# "three of them are women"): the figure counts the latter, a part of the group, never the group's total
# what the part is, after "were"/"is": a noun or an adjective ("children", "women", "foreign"), never a participle
# of what happened to it ("were taken", "were killed"), a negation or a place ("were in the car")
_IS_A_KIND = (r"(?!(?:\w+ed|\w+ing|taken|given|beaten|stolen|driven|chosen|seen|hidden|written|broken|fallen|shaken|"
              r"thrown|shown|known|born|sworn|torn|drawn|flown|grown|hurt|shot|held|found|left|lost|struck|hit|kept|put|"
              r"set|cut|being|still|not|never|now|in|at|on|from|to|among|under|without)\b)[a-z]")
_SUBSET = re.compile(r"\s+of\s+(?:the|those|them|whom|these|its|their)\b[^,;.]{0,40}?\s(?:were|are|was|is)\s+"
                     r"(?:(?:a|an|also|all|reportedly|believed to be|said to be)\s+)?" + _IS_A_KIND, re.I)


# "Of those killed, 12 were children", "Among the victims, two were women": the part told after its group
_AMONG_THOSE = re.compile(r"^\W*(?:of|among)\s+(?:the|those|them|whom|these)\b[^,]{0,40},?\s*$", re.I)
_IS_WHAT = re.compile(r"\s+(?:were|are|was|is)\s+(?:(?:a|an|also|all)\s+)?" + _IS_A_KIND, re.I)


# precision50: a sum a package includes or sets aside for one purpose ("includes $350 billion for state
# and local governments") is a part of the package, never its total ("a $400 billion package")
_ALLOTTED = re.compile(r"\b(?:includ(?:e|es|ed|ing)|sets?\s+aside|setting\s+aside|earmark(?:s|ed|ing)?|"
                       r"allocat(?:e|es|ed|ing)|devot(?:e|es|ed|ing)|contain(?:s|ed|ing)?)\b(?:\s+\w+){0,3}\s*$", re.I)
_WHOLE_SUM = re.compile(r"^\s*(?:(?!(?:in|of|for|beyond|from|to|on|and|or|a|an|the|its|their|per|over|under)\b)"
                        r"[\w-]+\s+){0,2}?(?:package|bill|plan|budget|deal|measure|proposal|program|"
                        r"programme|fund|stimulus|legislation)\b", re.I)


def _allotment_of(v: Value, reach: Reach = _REACH) -> str | None:
    """"part" for a sum its clause says a package includes or sets aside (within its six words before),
    "whole" for a sum written as a package's, bill's or plan's size ("a $400 billion package", "the $1.9
    trillion relief bill"); None otherwise or for no sum. Compared only when both are said."""
    if not v.type.startswith("money") or v.mention.end <= v.mention.start:
        return None
    head, _ = _clause(v)
    if _ALLOTTED.search(" ".join(head.split()[-reach.before:])):
        return "part"
    return "whole" if _WHOLE_SUM.match(v.sentence.text[v.mention.end:]) else None


def _mode_of(v: Value) -> str | None:
    """How a figure is said when not as it is: "needed" (a goal or a condition: "the 270 electoral
    votes required to win"), "expected" (a forecast in its own clause within six words before it:
    "Economists expect 165,000 jobs"), "cap" (a limit: "capped at individuals earning $80,000"),
    "part" (a count of those of a group who are something else: "12 of the dead were children"), "more" (an
    increment: "15 more inches"); None for a figure reported."""
    head, tail = _around(v, 12, 3)
    if _HYPOTHETICAL.search(head + " | " + tail):
        return "needed"
    if v.mention.end <= v.mention.start:
        return None
    # the raw words before the figure, commas kept: a clause break ends the expectation's reach
    before = " ".join(v.sentence.text[:v.mention.start].split()[-6:]).lower()
    hit = _EXPECTED.search(before)
    if hit is not None and not re.search(r"\d", hit.group("gap")):
        return "expected"
    near = " ".join(before.split()[-5:]) + " "
    if _CAP.search(near) and not re.search(r"\d", near):
        return "cap"
    # a part of a group told with what it is (precision50)
    if v.type == "count" and (_SUBSET.match(v.sentence.text[v.mention.end:]) or (
            _AMONG_THOSE.match(_clause(v)[0]) and _IS_WHAT.match(v.sentence.text[v.mention.end:]))):
        return "part"
    # more to come or one more added ("as much as 15 more inches of rain" / "more than 35 inches had fallen")
    _, tail = _around(v, 0, 1)
    return "more" if re.match(r"(?:more|additional|extra|further)\b", tail) or _around(v, 1, 0)[0] == "another" else None


# the parts of a slot; a side that leaves one unsaid (None) fits any other, except the mode, where
# None is a figure said as it is
_OPEN_PARTS: tuple[tuple[str, Callable[[Value], str | None]], ...] = (
    ("place", _place_of), ("whole", _whole_of), ("harm", _harm_of), ("period", _period_of), ("severity", _severity_of),
    ("best or average", lambda v: _best_or_average(v)), ("dose", lambda v: _doses(v)),
    ("prices", lambda v: _price_measure(v)), ("start", lambda v: _start_key(v)),
    ("dimension", lambda v: _dimension(v)), ("qualifiers", lambda v: _qualifiers(v)), ("country", lambda v: _country(v)),
    ("poll", _poll_of), ("window", lambda v: _window_of(v)), ("inclusion", lambda v: _inclusion_of(v)),
    ("kin", lambda v: _kin_of(v)), ("bidder", lambda v: _bidder_of(v)))
# precision50's parts, read within a figure's own clause as far as the run's ``Reach``
_CLAUSE_PARTS: tuple[tuple[str, Callable[[Value, Reach], str | None]], ...] = (
    ("session", _session_of), ("relative period", _relative_period_of), ("scope", _scope_of), ("group", _group_of),
    ("span", _span_of), ("allotment", _allotment_of), ("days", lambda v, r: _days_of(v, r)),
    ("span verb", lambda v, r: _span_verb_of(v, r)), ("how badly", lambda v, r: _how_badly_of(v, r)),
    ("sub-event", lambda v, r: _sub_event_of(v, r)), ("yards", lambda v, r: _yards_of(v, r)),
    ("season", lambda v, r: _season_of(v, r)))
# precision55: parts compared when one side says them and the other does not: the said one narrows the set, so the
# two figures count two sets unless the other side's sentence tells the same narrowing (``_narrowings_told``)
_NARROWING = frozenset({"how badly", "sub-event", "yards"})


# precision51: what a sum or a count says it takes in or leaves out by name ("for disasters that occurred before
# Hurricane Ida" / "for several hurricanes, including Hurricane Ida"): two sides naming one thing, one in and one
# out, are a part and a total
_TAKES_IN = re.compile(r"\b(?:including|includes|included|counting|along with)\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_LEAVES_OUT = re.compile(r"\b(?:before|prior to|excluding|except(?:\s+for)?|not including|other than|apart from|"
                         r"without)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _inclusion_of(v: Value) -> str | None:
    """"in:<name>" when the figure's sentence, after it and with no other figure in digits between, says it takes in a
    named thing ("including Hurricane Ida"), "out:<name>" when it says it leaves one out or counts what came
    before it ("before Hurricane Ida", "excluding Alaska"); None otherwise or when it says both."""
    if v.type.split(":")[0] not in ("money", "count") or v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    nxt = [x.start for x in v.sentence.mentions if x.kind == "number" and x.start >= m.end and re.search(r"\d", x.text)]
    tail = text[m.end:min(nxt) if nxt else len(text)]
    found = {("in:" if pattern is _TAKES_IN else "out:") + hit.group("name").lower()
             for pattern in (_TAKES_IN, _LEAVES_OUT) for hit in pattern.finditer(tail)}
    return found.pop() if len(found) == 1 else None


def _window_of(v: Value) -> str | None:
    """precision51: how a length of time is told: "first" for a window counted from a start ("in his first
    100 days", "the first 90 days": a goal's or a rule's span), "into" for the time gone by ("58 days into
    our administration"); None otherwise. Two sides that tell it each way measure two things."""
    if v.type != "duration" or v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    if re.search(r"\b(?:the|his|her|its|their|our|my|your)\s+first\s+$", text[max(0, m.start - 20):m.start], re.I):
        return "first"
    return "into" if re.match(r"\s+(?:\w+\s+)?into\b", text[m.end:]) else None


# precision52: whose count a figure is, when its own words say it is no count of the story's people: a parent's
# children ("a mother of 12", "father of three") or a person's age in apposition ("Karl Ost, 20, and Ben Ruse, 24"
# read as a count). Two sides saying each are two slots ("mother of 12" / "Ost, 20"); "mother of 12" / "mother of 13"
# stays one
_PARENT_OF = re.compile(r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent|grandma|grandpa)s?"
                        r"\s+of\s+$", re.I)
_NAME_COMMA = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
_AGE_AFTER = re.compile(r"^\s*(?:,|;|\)|\.|and\b|or\b|$)")


def _kin_of(v: Value) -> str | None:
    """"children" for a count of a parent's children ("a mother of 12", "her 12 children"), "age" for an age
    ("aged 33", or a bare whole number in apposition to a name: "Karl Ost, 20, and …"); None for other figures.
    Two said and different are two slots; an age is never one slot with a figure whose kin is unsaid (a count)."""
    if v.type == "age":
        return "age"
    if v.type != "count" or v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    if _PARENT_OF.search(text[max(0, m.start - 40):m.start]) or re.match(r"\s+(?:\w+\s+)?(?:children|kids|sons|daughters)\b",
                                                                         text[m.end:]):
        return "children"
    if re.fullmatch(r"\d{1,3}", m.text.strip()) and _NAME_COMMA.search(text[max(0, m.start - 40):m.start]) \
            and _AGE_AFTER.match(text[m.end:]) and 0 < float(v.point) < 120:
        return "age"
    return None


# precision52: a count told over several days ("more than 200 arrested over eight days of protests", "in the past
# week", "since Friday") against one told of a single day ("86 were arrested on Saturday"): the day's count is a part
# of the span's, never the same slot; compared only when both are said
_OVER_DAYS = re.compile(r"\b(?:over|in|during|across|throughout|within)\s+(?:the\s+)?(?:(?:past|last|first|previous|"
                        r"following)\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|nights?)\b|\b(?:in|over|during)\s+(?:the\s+)?"
                        r"(?:past|last)\s+(?:week|month|fortnight)\b|\bsince\s+(?:last\s+)?(?:" + "|".join(WEEKDAYS) +
                        r")\b", re.I)
_ONE_DAY = re.compile(r"\b(?:on\s+)(?:" + "|".join(WEEKDAYS) + r")\b(?!\s*(?:and|through|to|until)\b)", re.I)


def _days_of(v: Value, reach: Reach = _REACH) -> str | None:
    """"span" for a count its own clause tells over several days ("over eight days", "in the past week", "since
    Friday"), "day" for one it ties to one day ("on Saturday", not after a verb of saying: "police said on
    Saturday"); None when neither or both, or for no count."""
    if v.type != "count" or v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    start, end = _clause_span(v)
    found = set()
    for pattern, key in ((_OVER_DAYS, "span"), (_ONE_DAY, "day")):
        for hit in pattern.finditer(text, start, end):
            between = _between(hit, m)
            if between is None:
                continue
            a, b, before = between
            gap = text[a:b]
            if len(gap.split()) > (reach.before if before else reach.after) or re.search(r"\d", gap):
                continue
            if key == "day" and _SAID_BEFORE.search(text[max(start, hit.start() - 40):hit.start()]):
                continue
            found.add(key)
    return found.pop() if len(found) == 1 else None


# precision52: who made an offer or a bid a figure is of, when its own clause names it ("offers by the Angels",
# "the Red Sox offer", "the Hawks offered"): two bidders' offers are two slots ("the Red Sox offer … $184
# million" / "$160 million offers by the Angels and the Nationals"); one bidder's offer told at two sums stays
_BIDDER = r"(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}(?:\s+and\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})?)"
_BID_BY = re.compile(r"\b(?:offers?|bids?)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?" + _BIDDER)
_BID_OF = re.compile(r"(?:\b[Tt]he\s+)?" + _BIDDER + r"(?:['’]s?)?\s+(?:(?:latest|new|initial|final|reported|"
                     r"rival|improved|revised|highest|best|top)\s+)?(?:offers?|bids?)\b")
# precision53: an aside between the bidder and its verb ("The Orioles, according to reports, have offered"), a
# contract's length and sum before "offer" written with spaced hyphens ("an eight - year, $200 million offer"), an
# offer the bidder has ("the Orioles have the weakest offer"), a deal with a team ("a $161-million deal with the
# Yankees"): the party the contract is with
_BID_MADE = re.compile(r"(?:\b[Tt]he\s+)?" + _BIDDER + r"(?:\s*,\s+[^,]{1,40},)?\s+"
                       r"(?:(?:have|has|had|reportedly|also|only|now|already)\s+)*"
                       r"(?:offered|bid|made\s+(?:\w+\s+){0,4}?(?:an?\s+)?(?:[\w$,.-]+\s+){0,7}?(?:offer|bid)|"
                       r"(?:have|has|had)\s+(?:the|an?)\s+(?:\w+\s+){0,2}?(?:offer|bid))\b")
_RANGE_LOW = re.compile(r"\bbetween\s+[$€£]?\s*\d[\d,.]*(?:\s*(?:million|billion|m|bn))?\s+and\s+$", re.I)
_BID_WITH = re.compile(r"\b(?:deal|contract|agreement)\s+with\s+(?:the\s+)?" + _BIDDER)
_NOT_BIDDERS = frozenset({"the", "a", "an", "reports", "report", "if", "but", "and", "so", "his", "her", "their", "its",
                          "this", "that", "which", "he", "she", "they", "it", "we", "i"})


def _bidder_of(v: Value) -> str | None:
    """The words of who made the offer or bid a money figure or a contract's length is of, "|"-joined, by the
    hit nearest the figure in its clause with no other sum between; None when unsaid."""
    if not (v.type.startswith("money") or v.type in ("duration", "count")) or v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    if not re.search(r"\b(?:offer|bid|deal|contract)", text, re.I):
        return None
    start, end = _clause_span(v)
    best: tuple[int, str] | None = None
    for pattern in (_BID_BY, _BID_OF, _BID_MADE, _BID_WITH):
        for hit in pattern.finditer(text, start, end):
            if hit.end("who") <= m.start:
                a, b = hit.end("who"), m.start
            elif hit.start("who") >= m.end:
                a, b = m.end, hit.start("who")
            else:
                continue
            gap = text[a:b]
            low = _RANGE_LOW.search(gap)
            if any(x.kind == "number" and x is not m and a <= x.start and x.end <= b and re.search(r"[$€£]", x.text)
                   and not (low and a + low.start() <= x.start and x.end <= a + low.end()) for x in v.sentence.mentions):
                continue  # another sum between: the bidder is that sum's (but a range's low end: "between $140 and";
                # mend53: only that one sum, never another before it)
            words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w&'’-]+", hit.group("who").lower())
                     if w not in _NOT_BIDDERS and w != "of"]
            if not words:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), "|".join(words))
    return best[1] if best else None


# precision52: what a length of time "for" is the length of, by the verb that governs it ("had dated her boyfriend
# for two years" / "had lived with his mother for three years": two people's spans, never one slot); "served four
# months" / "served five months" stays one
_SPAN_VERB = r"\b([a-z]{3,}ed|been|known|spent|kept|held|led|taught|fought|slept|sat|stood|worn|run|lived|stayed|" \
             r"worked|served)\s+(?:(?!for\b)[\w'’-]+\s+){0,%d}?for\s+(?:(?:about|almost|nearly|more than|over|some|" \
             r"around|roughly|at least|just|only)\s+)?$"


def _span_verb_of(v: Value, reach: Reach = _REACH) -> str | None:
    """The verb a length of time told after "for" is of, its first five letters ("dated … for two years": dated),
    at most ``reach.verb`` words before the "for" in the figure's clause; None when the figure follows no "for"
    or no such verb."""
    if v.type != "duration" or v.mention.end <= v.mention.start:
        return None
    start, _ = _clause_span(v)
    text, pattern = v.sentence.text[start:v.mention.start], re.compile(_SPAN_VERB % reach.verb, re.I)
    hit = last = pattern.search(text)
    while hit is not None:  # the verb nearest the "for" governs it ("arrested Ost and held him for three days": held)
        last, hit = hit, pattern.search(text, hit.start(1) + 1)
    return last.group(1).lower()[:5] if last else None


# precision55: what narrows the set a figure counts, read in its own clause. A count of the people "seriously
# injured", the villages "badly hit" or "worst hit", the people hurt "in the first blast", a back's "rushing yards"
# is a part of the count with no such words ("15 injured", "about 15 villages damaged", "20 hurt in the blasts",
# "507 yards"): two slots, unless the other side's own sentence tells the same narrowing (then it may count the
# same part; a sentence telling things destroyed or levelled, and not "damaged", tells the worst hit). Things
# "destroyed" beside things "damaged" stay one slot: read blind, seven villages levelled / five damaged were one
# count of the worst-hit villages (precision55's sheet 2, 7 of 7 T).
_INJURY = r"(?:injur\w*|wound\w*|hurt|hospitali[sz]\w*)"
_DAMAGE_WORD = r"(?:damag\w*|hit|affected|struck)"
_SEVERE = re.compile(r"\b(?:(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?|life-threatening)[\s-]+" + _INJURY +
                     r"|(?:badly|heavily|severely|seriously|worst|hardest|most\s+(?:badly|severely|heavily))[\s-]+"
                     r"(?:" + _DAMAGE_WORD + "|" + _INJURY + r")|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|"
                     r"(?:all|both|each|most)\s+(?:of\s+them\s+)?(?:seriously|critically|severely|gravely|badly))\b",
                     re.I)
_MINOR = re.compile(r"\b(?:(?:slight(?:ly)?|light(?:ly)?|minor|superficial(?:ly)?|non-life-threatening|mild(?:ly)?)[\s-]+"
                    r"(?:" + _INJURY + r"|damag\w*))\b", re.I)
_SUB_EVENT = re.compile(r"\b(?:in|during|from|by|of)\s+(?:the\s+|a\s+)?(?P<ord>first|second|third|initial|"
                        r"opening)\s+(?:of\s+(?:the\s+)?(?:two|three|four|several|\d+)\s+)?(?:[\w-]+\s+)?"
                        r"(?:blast|explosion|attack|bombing|quake|earthquake|tremor|shock|strike|raid|wave|shooting|"
                        r"fire|storm|collision|crash|assault|incident|round)s?\b", re.I)
_ORDINAL_KEYS = {"first": "first", "initial": "first", "opening": "first", "second": "second", "third": "third"}
_YARDS_VERB = re.compile(r"\b(?P<verb>ran|rushed|runs|rushes|running|rushing|passed|threw|throws|throwing|passing|"
                         r"caught|catches|catching)\s+(?:\w+\s+){0,4}?for\s+(?:a\s+)?(?:\w+\s+){0,2}?$", re.I)
_YARDS_KEYS = {"rushing": "rushing", "ran": "rushing", "rushed": "rushing", "runs": "rushing", "rushes": "rushing",
               "running": "rushing", "passing": "passing", "passed": "passing", "threw": "passing", "throws": "passing",
               "throwing": "passing", "caught": "receiving", "catches": "receiving", "catching": "receiving",
               "receiving": "receiving", "total": "total", "offensive": "total", "return": "return"}
_DESTROYED = re.compile(r"\b(?:destroy\w*|flatten\w*|level(?:l)?ed|raz(?:ed|ing)|collaps\w*|wreck\w*|demolish\w*|"
                        r"gutted|obliterat\w*|(?:burn(?:ed|t)|washed|knocked)\s+(?:down|away|flat))\b", re.I)
_DAMAGED = re.compile(r"\bdamag\w*", re.I)


def _narrow_window(v: Value, reach: Reach) -> tuple[str, str]:
    """The words of a figure's own clause within ``reach.narrow_before`` words before it and ``reach.narrow_after``
    after it, lower case, cut at the nearest other figure (its words are that figure's: "five dead and 12 seriously
    injured" — "seriously injured" is the 12's, not the five's)."""
    text, m = v.sentence.text, v.mention
    start, end = _clause_span(v)
    for x in v.sentence.mentions:
        if x.kind != "number" or x is m or not x.text or x.end <= x.start or _TIME_WORD.search(x.text) \
                or re.search(r"\b(?:first|second|third)\s+of\s+(?:the\s+)?$", text[max(0, x.start - 20):x.start], re.I):
            continue  # "the second of two quakes": the two is the sub-event's, no figure of its own
        if start <= x.start and x.end <= m.start:
            start = max(start, x.end)
        elif m.end <= x.start and x.end <= end:
            end = min(end, x.start)
    head = " ".join(text[start:m.start].lower().split()[-reach.narrow_before:])
    tail = " ".join(text[m.end:end].lower().split()[:reach.narrow_after])
    return head, tail


def _how_badly_of(v: Value, reach: Reach = _REACH) -> str | None:
    """"severe" for a count of what was hit hard ("seriously injured", "in critical condition", "badly hit", "the worst
    hit"), "minor" for one hit lightly ("slightly injured", "minor injuries"); None when its clause says neither or both."""
    if v.type != "count" or v.mention.end <= v.mention.start or v.event == "killed":
        return None  # a toll in "the worst-hit province" is the province's toll: a place, not how badly the dead were hit
    head, tail = _narrow_window(v, reach)
    near = head + " | " + tail
    found = {key for key, pattern in (("severe", _SEVERE), ("minor", _MINOR)) if pattern.search(near)}
    return found.pop() if len(found) == 1 else None


def _sub_event_of(v: Value, reach: Reach = _REACH) -> str | None:
    """The part of a happening a count is told of, by its ordinal ("injured in the first blast": first; "in the
    second of two quakes": second); None when its clause names no such part, or for a count of no happening
    ("home to about 100,000 people, slept outside after a second quake": a population)."""
    if v.type != "count" or v.mention.end <= v.mention.start or not v.event:
        return None
    head, tail = _narrow_window(v, reach)
    near = head + " | " + tail
    found = {_ORDINAL_KEYS[hit.group("ord").lower()] for hit in _sub_events(v.sentence.text)
             if " ".join(hit.group(0).lower().split()) in near}
    return found.pop() if len(found) == 1 else None


# mend56: an ordinal that ranks the happening in time or record, not among its parts: "the first suicide bombing in
# the capital this year", "the first major earthquake to strike Tarn in a century", "the first attack since 2005",
# "the first ever raid" — one event, counted whole
_FIRST_OF_A_KIND = re.compile(r"^\s+to\s+[a-z]+\b|^(?:\s+[\w,'’-]+){0,5}?\s+(?:ever\b|since\b|(?:so\s+far\s+)?this\s+(?:year|month|"
                              r"week|decade|century|season)\b|in\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)"
                              r"\s+)?(?:\d+|a|an|[a-z]+)\s+(?:years?|decades?|centur(?:y|ies)|months?)\b|on\s+record\b)",
                              re.I)


def _sub_events(text: str) -> list[re.Match[str]]:
    """The ``_SUB_EVENT`` hits of a sentence that tell a part of a happening ("the first of two blasts", "the second
    quake", "injured in the first blast"), never an ordinal ranking the happening itself among others of its kind
    ("the first suicide bombing in the capital this year", "the first earthquake to strike Tarn in a century", "the
    first ever raid", "since", "in N years"): that one is the whole event. A plain "the first blast" stays a part:
    the other outlet's "the blasts" may be what tells the several (precision55's case)."""
    return [hit for hit in _SUB_EVENT.finditer(text)
            if not re.search(r"\bever\b", hit.group(0), re.I) and not _FIRST_OF_A_KIND.match(text[hit.end():])]


def _yards_of(v: Value, reach: Reach = _REACH) -> str | None:
    """Which yards a figure counts: "rushing" ("352 rushing yards", "ran for 63 yards"), "passing", "receiving",
    "return" or "total" ("507 yards of total offense"); None for other figures or yards said plainly."""
    if v.mention.end <= v.mention.start:
        return None
    text, m = v.sentence.text, v.mention
    after = text[m.end:m.end + reach.yards_chars]
    if not re.match(r"\s*(?:-\s*)?(?:\w+\s+)?yards?\b|\s*(?:-\s*)?yard\b", after, re.I):
        return None
    hit = re.match(r"\s*(?:-\s*)?(?:(?P<kind>rushing|passing|receiving|total|offensive|return)\s+)?yards?"
                   r"(?:\s+(?:of\s+)?(?P<offense>total\s+offense|offense))?", after, re.I)
    if hit and hit.group("kind"):
        return _YARDS_KEYS[hit.group("kind").lower()]
    if hit and hit.group("offense"):
        return "total"
    start, _ = _clause_span(v)
    before = " ".join(text[start:m.start].split()[-reach.narrow_before:]) + " "
    verb = _YARDS_VERB.search(before)
    return _YARDS_KEYS[verb.group("verb").lower()] if verb else None


# a season's or a career's total ("63 yards this season", "2,872 career points") beside one game's figure ("on
# Sunday", "in Saturday's win", "against the Owls"); a "career-high" or "season-best" is one game's record, no total.
# Compared only when both are said: a plain "now has 2,302 points" may be the career total
_SEASON = re.compile(r"\b(?:(?:this|last|the|a|his|her|their|its)\s+(?:regular\s+)?season\b(?![\s-]+(?:high|low|best|"
                     r"worst|opener|finale|record))|on\s+the\s+(?:season|year)\b|career\b(?![\s-]+(?:high|low|best|"
                     r"worst|record))|all[- ]time\b)", re.I)


_GAME = re.compile(r"(?i:\b(?:on|last)\s+(?:" + "|".join(WEEKDAYS) + r")\b|\bin\s+(?:the|a|an|his|her|their|its|"
                   r"(?:" + "|".join(WEEKDAYS) + r")['’]s)\s+(?:[\w-]+\s+)?(?:game|win|loss|victory|defeat|match|rout|"
                   r"opener|final)\b)|\b[Aa]gainst\s+(?:the\s+)?[A-Z]")  # a team's name, never "against the odds"


def _season_of(v: Value, reach: Reach = _REACH) -> str | None:
    """"season" for a figure its clause gives as a season's or a career's total ("has 700 yards this season",
    "scored 2,872 career points"), "game" for one tied to one game or day ("on Sunday", "in Saturday's win",
    "against the Owls"); None when neither or both (a "season-high" is a game's)."""
    if v.mention.end <= v.mention.start or v.type not in ("count", "distance"):
        return None
    start, end = _clause_span(v)
    head, tail = _narrow_window(v, reach)
    season = _SEASON.search(head + " | " + tail)
    text, m = v.sentence.text, v.mention
    window = " ".join(text[start:m.start].split()[-reach.narrow_before:]) + " | " + \
        " ".join(text[m.end:end].split()[:reach.narrow_after])  # case kept: a team named after "against"
    hit = _GAME.search(window)
    game = hit is not None and not _SAID_BEFORE.search(window[:hit.start()][-reach.said_game_chars:])  # "police said
    # Sunday": when it was said
    if season and not game:
        return "season"
    return "game" if game and not season else None


def _narrowings_told(text: str) -> str:
    """Every narrowing a sentence tells anywhere, "|"-joined ("how badly:severe|sub-event:first"): a side whose own
    figure has none may still count that part when its sentence says so ("Twelve were hurt, all of them seriously")."""
    told = set()
    if _SEVERE.search(text) or (_DESTROYED.search(text) and not _DAMAGED.search(text)):
        told.add("how badly:severe")
    if _MINOR.search(text):
        told.add("how badly:minor")
    told.update("sub-event:" + _ORDINAL_KEYS[hit.group("ord").lower()] for hit in _sub_events(text))
    for hit in re.finditer(r"\b(rushing|passing|receiving|total|offensive|return)\s+(?:yards?|offense)\b|"
                           r"\b(ran|rushed|passed|threw|caught)\s+(?:\w+\s+){0,4}?for\b", text, re.I):
        told.add("yards:" + _YARDS_KEYS[(hit.group(1) or hit.group(2)).lower()])
    return "|".join(sorted(told))


def _start_key(v: Value) -> str | None:
    """What a length of time is counted from (``_start``: "after:author" for "Eight months after first
    authorizing the vaccine"), None when unsaid or a happening of ``events.EVENT_FAMILIES`` (killed,
    shot, crashed): news writes one killing many ways ("three weeks before he was murdered" / "two
    weeks before the shooting")."""
    from accord.disagree import events  # here: events reads values, as this module does
    start = _start(v)
    if start is None or events.stem(start[1]) in events.EVENT_FAMILIES or start[1] in events.EVENT_NOUNS:
        return None
    return start[0] + ":" + events.stem(start[1])


def _slot(v: Value, reach: Reach = _REACH) -> dict[str, str | None]:
    """The parts of the slot a figure fills, read from its sentence (see the section comment)."""
    out = {name: read(v) for name, read in _OPEN_PARTS}
    out.update({name: read(v, reach) for name, read in _CLAUSE_PARTS})
    out["mode"] = _mode_of(v)
    out["told"] = _narrowings_told(v.sentence.text)
    return out


def _same_place(a: str, b: str) -> bool:
    """Two places that may be one: one place (read after the figure or as a toll's), one a U.S. state
    (a town's toll is often given with its state: "in Kenosha" / "in Wisconsin"; ``_state_of_town``),
    or a site beside a place read after a figure ("7,000 Creighton fans" / "6,000 fans … at the
    Center": the tagger calls teams and streets places). A site beside a toll of a place ("the toll in
    Belgium stood at 24" / "swept through a center, killing 12") is a part beside the whole."""
    (ka, x), (kb, y) = a.split(":", 1), b.split(":", 1)
    if "site" in (ka, kb):
        return {ka, kb} != {"site", "toll"}
    return x == y or (state_key(x) is not None) != (state_key(y) is not None)


def _fits(a: dict[str, str | None] | None, b: dict[str, str | None] | None) -> bool:
    """Whether two figures can be one slot: no part both said and different (the mode always compared)."""
    if a is None or b is None:
        return True
    for k in a:
        x, y = a[k], b[k]
        if k == "told":
            continue
        if k in _NARROWING and x != y and (x is None or y is None):
            said, other = (x, b) if y is None else (y, a)
            if k + ":" + str(said) in (other.get("told") or "").split("|"):
                continue  # the other side's sentence tells the same narrowing: it may count that part too
            return False
        if k == "kin" and (x is None or y is None) and "age" not in (x, y):
            continue  # a parent's children beside a bare count may be misread; an age in apposition never is a count
        if x == y or (k not in ("mode", "kin") and (x is None or y is None)):
            continue
        if k == "place" and x is not None and y is not None and _same_place(x, y):
            continue
        if k == "whole" and x is not None and y is not None and _one_whole(x, y):
            continue
        if k == "poll" and x is not None and y is not None and set(x.split("|")) & set(y.split("|")):
            continue  # one poll named two ways ("Washington Post-ABC News" / "ABC News/Washington Post")
        if k == "dimension" and "plain" in (x, y) and "area" not in (x, y):
            continue  # a plain distance may be a length or a width, never an area
        if k == "bidder" and x is not None and y is not None and set(x.split("|")) & set(y.split("|")):
            continue  # one bidder named two ways ("the Red Sox" / "Boston's Red Sox") (precision52)
        if k == "inclusion" and x is not None and y is not None and x.split(":", 1)[1] != y.split(":", 1)[1]:
            continue  # two things named: one may hold the other (precision51)
        return False
    return True


def _one_whole(x: str, y: str) -> bool:
    """Whether two wholes read by ``_whole_of`` may be one: the first word (the group's own noun or
    its first modifier) of one is among the other's words ("likel|voter" / "voter"; "small|busin" /
    "busin"). Only sharing a later word — often the verb after the group, "of Republicans support" /
    "of Democrats support" (precision50) — is two groups."""
    a, b = x.split("|"), y.split("|")
    return a[0] in b or b[0] in a


def _figure(side: Side, own: Callable[[Side], list[Value]],
            mentions: dict[str, list[tuple[Mention, Sentence]]]) -> Value | None:
    """The read figure a side shows, or for a side the value reader does not read (an area or a
    measure of ``measures``) its number mention in its sentence, read as a bare count."""
    vs = own(side)
    if vs:
        return vs[0] if vs[0].mention.end > vs[0].mention.start else None
    keys = {(r.article, r.index) for r in side.sentences}
    for article in side.articles:
        for m, sentence in mentions.get(article, []):
            if sentence.key in keys and m.text and m.end > m.start and str(side.value).startswith(m.text):
                return Value(mention=m, sentence=sentence, type="measure", point=0.0)
    return None


def _one_slot(sides: list[Side], own: Callable[[Side], list[Value]],
              mentions: dict[str, list[tuple[Mention, Sentence]]] | None = None, running: bool = False,
              reach: Reach = _REACH) -> list[Side]:
    """The largest group of sides whose figures can all be one slot (``_fits``), or none when two
    groups are as large (two slots, neither the story's): "at least 143" dead in Germany / "more than
    90" in Ahrweiler county, "90 percent of families" / "88% of children", acres "burning" / acres
    "this year", "up to $75,000" / "capped at … $80,000" are two slots; "2,000 troops" / "2,300
    Russian troops", "at least 64" / "more than 50" dead in one country stay."""
    slots = [(_slot(v, reach) if (v := _figure(s, own, mentions or {})) is not None else None) for s in sides]
    if running:  # a running figure is told at two times by design: "last week" / "this week" stay one slot
        slots = [None if x is None else {**x, "relative period": None} for x in slots]
    said = [k for k, x in enumerate(slots) if x is not None and x["mode"] is None]
    if said and len(said) < len([x for x in slots if x is not None]):
        # a figure needed, expected or capped goes beside figures reported ("the 270 electoral votes
        # required to win", "either Arizona (for 279 votes)" / "had won 253"), however many there are
        keep = [k for k, x in enumerate(slots) if x is None or x["mode"] is None]
        sides, slots = [sides[k] for k in keep], [slots[k] for k in keep]
        if len(sides) < 2:
            return []
    told = [v.sentence.text if (v := _figure(s, own, mentions or {})) is not None else s.evidence for s in sides]
    kept = _largest_fitting(sides, lambda i, j: _fits(slots[i], slots[j]) or _bidder_named(slots[i], slots[j],
                                                                                           (told[i], told[j]))
                            or _same_figure(own(sides[i]), own(sides[j]), reach.figure_place_words))
    if not kept and len(sides) > 2 and any(x is not None and x["bidder"] is not None for x in slots):
        # precision52: bidders read on some sides only can leave two groups as large ("offered by the Nationals" /
        # an unnamed bidder / "the Red Sox"): a bidder then settles nothing, the other parts decide
        plain = [None if x is None else {**x, "bidder": None} for x in slots]
        kept = _largest_fitting(sides, lambda i, j: _fits(plain[i], plain[j]))
    return kept


_PLAIN = re.compile(r"^[$€£¥]?\d")  # a side written as its figure alone ("8,000", "$2 trillion")


def _one_figure_left(sides: list[Side], own: Callable[[Side], list[Value]]) -> bool:
    """Too few sides: two sides of one figure, one written plain and one with a bound or an approximation
    ("8,000" / "more than 8,000", "300" / "nearly 300") are the same value in other words, never a
    disagreement. The sides' check (``slots``) holds this, but a step may take away the side that made a third
    value and leave these two (lead, 2026-12-07: a held-out story's "8,000" / "more than 8,000"). Read on each
    side's own figures (``same_value``: bounds either side of one figure, "nearly 300" / "more than 300", are
    two values); a side with no read figure (a measure) by its normalized value."""
    if len(sides) != 2 or sum(bool(_PLAIN.match(str(s.value).strip())) for s in sides) != 1:
        return False
    a, b = sides
    va, vb = own(a), own(b)
    if va and vb:
        return _one_point(va[0], vb[0])
    x, y = a.normalized, b.normalized
    return isinstance(x, (int, float)) and isinstance(y, (int, float)) and math.isclose(float(x), float(y), rel_tol=1e-9)


def _same_figure(a: list[Value], b: list[Value], words: int) -> bool:
    """precision71: two sides of one figure, one plain and one bounded ("$2 trillion" / "more than $2 trillion"),
    fit whatever else their sentences are read to say when the only place read is far past the figure (more than
    ``words`` words: "… after the House of Representatives approved", "the spread of Covid-19" is no slot of its
    own). mend109: a place read near the figure is its own ("killed 40 people in Las Vegas" / "more than 40 people
    in Phoenix": two cities' tolls, two slots), and so is one read before it ("In Belgium, 24 died"). Only the group
    of sides that all fit each other is kept, so a third side still has to fit both."""
    return bool(a and b) and a[0].type == b[0].type and _one_point(a[0], b[0]) \
        and _place_far_or_none(a[0], words) and _place_far_or_none(b[0], words)


def _one_point(a: Value, b: Value) -> bool:
    """Whether two read figures are one number told two ways (``same_value``: "8,000" / "more than 8,000", not
    bounds either side of it): the test ``_one_figure_left`` and ``_same_figure`` share."""
    return a.numeric and b.numeric and math.isclose(float(a.point), float(b.point), rel_tol=1e-9) and same_value(a, b)


def _place_far_or_none(v: Value, words: int) -> bool:
    """Whether the place ``_place_of`` reads for a figure is none, or one read more than ``words`` words past it."""
    key = _place_of(v)
    if key is None:
        return True
    if not key.startswith("place:"):
        return False  # a toll's place before the figure, a site: the figure's own
    text, m = v.sentence.text, v.mention
    for e in sorted(_real_places(v), key=lambda e: e.start):
        if e.start >= m.end and "place:" + place_key(e.text) == key:
            return len(text[m.end:e.start].split()) > words
    return False


def _bidder_named(a: dict[str, str | None] | None, b: dict[str, str | None] | None, told: tuple[str, str]) -> bool:
    """precision53: two bidders that differ fit when the parts but the bidder fit and one side's sentence names the
    other's bidder too ("Lynch reported the Red Sox team of owner John Henry and General Manager Theo Epstein offered
    Teixeira $184 million": Epstein's offer is the Red Sox's)."""
    if a is None or b is None or a["bidder"] is None or b["bidder"] is None:
        return False
    if not _fits({**a, "bidder": None}, {**b, "bidder": None}):
        return False

    def named(bidder: str, text: str) -> bool:
        """mend53: a name the other sentence writes capitalised, the whole name in order ("the Boston Red Sox")
        or its last words as a name of their own ("the Red Sox" for "Boston Red Sox", never "the White Sox");
        any shared word named the bidder before ("The Owls have offered … a new deal": "the New York Mets")."""
        words = bidder.split("|")
        for run in _capitalised_runs(text):
            if any(run[k:k + len(words)] == words for k in range(len(run))) or run == words[-len(run):]:
                return True
        return False
    return named(a["bidder"], told[1]) or named(b["bidder"], told[0])


def _capitalised_runs(text: str) -> list[list[str]]:
    """The runs of capitalised words of ``text`` (lower-cased, a possessive and an opening "The" dropped):
    "Lynch reported the Red Sox team" → [["lynch"], ["red", "sox"]]."""
    runs: list[list[str]] = [[]]
    for m in re.finditer(r"[A-Za-z0-9][\w&'’.-]*", text):
        w = m.group()
        if not w[0].isupper():
            runs.append([])
            continue
        word = re.sub(r"(?:['’]s?|\.)$", "", w.lower())
        if runs[-1] or word not in _NOT_BIDDERS:
            runs[-1].append(word)
        if w.endswith(("'s", "’s", "'", "’")):
            runs.append([])
    return [r for r in runs if r]


def _largest_fitting(sides: list[Side], fits: Callable[[int, int], bool]) -> list[Side]:
    """The largest group of sides that all fit each other two by two, or none when two groups are as
    large (the sides are of two slots and neither is the story's)."""
    best: list[list[int]] = []
    n = len(sides)
    for mask in range(1, 1 << n):
        group = [k for k in range(n) if mask >> k & 1]
        if len(group) < 2 or not all(fits(i, j) for i in group for j in group if i < j):
            continue
        if not best or len(group) > len(best[0]):
            best = [group]
        elif len(group) == len(best[0]):
            best.append(group)
    if len(best) != 1:
        return []
    return [sides[k] for k in best[0]]


# the day of one event, not of another told beside it: a day a span starts ("airstrikes launched since
# sundown on Monday evening" / "more airstrikes early Tuesday"), the day of a scheduled event beside the
# day it was arranged ("a briefing Wednesday" / "on Tuesday invited … to a briefing"), the days two
# bodies acted ("The Centers for … gave final approval Friday" / "The … Administration gave emergency
# use authorization Thursday night")
_SPAN_START = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,2}?(?:on\s+)?(?:early\s+|late\s+)?$", re.I)
_SCHEDULED = re.compile(r"\b(briefing|meeting|hearing|vote|summit|rally|session|talks|conference|ceremony|funeral|"
                        r"debate|trial|interview|speech|address|visit)\s+(?:on\s+)?(?:early\s+|late\s+|next\s+|this\s+)?$", re.I)
_ARRANGED = re.compile(r"\b(?:invit(?:ed|es|ing)|announc(?:ed|es|ing)|schedul(?:ed|es|ing)|summon(?:ed|s)|"
                       r"postpon(?:ed|es)|rescheduled|called|set up|planned)\b", re.I)


# precision54: a time told of the response to a happening, not of the happening: someone alerted, called,
# notified, sent or summoned to it ("Officers were alerted to the fire at 20:49", "crews were called shortly
# before 9pm", "the first 911 call came in at 3:12 a.m."): in the time's own clause, before it or right after it
# ("At 20:49, officers were alerted")
# mend54: "called" and "sent" only toward the scene ("called to / out / in", "called shortly before 9pm",
# "sent to the scene"): never "called off", "called a hero", "sent to prison"
_CALLED_OUT = (r"(?:called\s+(?:out\b|in\b(?!\s+sick)|to\s+(?:the|a|an|reports?|scenes?)\b(?!\s+(?:bar|stand)\b)|"
               r"(?:at(?:\s+(?:about|around))?|around|about|(?:shortly|just|soon)\s+(?:before|after))(?:\s+(?=\d)|\s*$))|"
               r"sent\s+(?:out\b|to\s+(?:the\s+)?(?:scene|site|area|blaze|fire|incident|crash|address|location|house|"
               r"home|property|building|street|spot)\b))")
_RESPONSE_VERB = r"(?:alerted|notified|dispatched|summoned|scrambled|paged|tipped\s+off|" + _CALLED_OUT + ")"
_ALERTED = re.compile(r"\b(?:(?:was|were|been|being|got|get|gets)\s+(?:first\s+|initially\s+|later\s+)?" + _RESPONSE_VERB +
                      r"|(?:received|took|got)\s+(?:a|the|an)\s+"
                      r"(?:(?:first|initial|emergency|911|999)\s+)?(?:call|calls|report|alert)|"
                      r"(?:call|calls|alarm|alert)\s+(?:came|was\s+(?:made|received|raised))(?:\s+in)?|"
                      r"(?:raised|sounded)\s+the\s+alarm)\b|"
                      r"^[\s,]*(?:(?!(?:and|but|then|who|which|whom|whose|while|whereas)\b)[\w'’-]+\s+)"
                      rf"{{0,{DEFAULT.verify_response_words}}}?(?:was|were)\s+" + _RESPONSE_VERB, re.I)
# the time's own clause for ``_ALERTED``: from the last comma, dash, bracket, semicolon or clause word before it
_OWN_CLAUSE = re.compile(r"[,;:—–()]|\b(?:and|but|then|who|which|whom|whose|while|whereas)\b", re.I)


# the name a clause opens with, of two capitalised words or more ("The Centers for Disease Control and
# Prevention gave final approval Friday"): the body acting that day
# a name of a public body by its kind word: teams and towns ("The Saints" / "New Orleans") are often one
_BODY = re.compile(r"\b(?:Administration|Agency|Authority|Board|Bureau|Cent(?:er|re)s?|Commission|Committee|Council|"
                   r"Court|Department|Institutes?|Ministry|Office|Organi[sz]ation|Service)\b")
_ACTOR = re.compile(r"^\W*(?:[Tt]he\s+)?((?:[A-Z][\w.&'’-]*)(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&'’-]*)+)\s+(?=[a-z])")


def _day_slot(side: Side, sentence: Sentence | None) -> dict[str, str | None] | None:
    """The parts of the slot a side's day fills, read from its sentence: "span" ("effective" for a
    day something takes effect or runs until: "announced his resignation, effective Friday";
    "since" for the day a span starts; None for the day of the event), "role" ("event:briefing" for the day written
    after a scheduled event's noun, "arranged" for a day beside a verb arranging one, "response" for a
    time someone was alerted, called or sent to the happening: ``_ALERTED``), "actor" (the name of two
    capitalised words or more its clause opens with, within eight words before the day: the body
    acting that day); None when the day is not found."""
    text = sentence.text if sentence is not None else side.evidence
    words = str(side.value).split()
    day = next((w for w in words if w[:1].isupper()), words[0] if words else "")
    # precision57: an abbreviated month ("Aug. 14") ends on its point, after which no word boundary follows
    hit = re.search(r"\b" + re.escape(day) + (r"\b" if day[-1:].isalnum() else r"(?!\w)"), text) if day else None
    if hit is None:
        return None
    before, after = text[:hit.start()], text[hit.end():]
    role = None
    scheduled = _SCHEDULED.search(before)
    cuts = list(_CLAUSE_BREAK.finditer(before))
    clause = before[cuts[-1].end():] if cuts else before
    if scheduled:
        role = "event:" + scheduled.group(1).lower()
    elif _ARRANGED.search(" ".join(before.split()[-3:]) + " " + " ".join(after.split()[:2])):
        role = "arranged"
    elif _ALERTED.search(before[max((c.end() for c in _OWN_CLAUSE.finditer(before)), default=0):].rstrip()) \
            or _ALERTED.match(after):
        role = "response"  # precision54: "crews were called shortly before 9pm" is not when the fire broke out
    actor = None
    opening = _ACTOR.match(clause)
    if opening and len(clause[opening.end():].split()) <= 8 and _BODY.search(opening.group(1)):
        actor = opening.group(1)
    span = "effective" if _TAKES_EFFECT.search(before) else "since" if _SPAN_START.search(before) else None
    if _AS_OF_DAY.search(before) and sentence is not None and any(m.kind == "number" for m in sentence.mentions):
        span = "as of"  # precision51: "By Tuesday morning, rescuers had pulled 40": when a figure stood
    elif _PERIOD_END.search(before) and sentence is not None and any(m.kind == "number" for m in sentence.mentions):
        span = "period"  # precision57: "348,000 in the week ended Aug. 14": the period a figure was counted over
    courts = list(_COURT.finditer(clause))  # precision57: the nearest court before the day is the one acting
    court = next((k for k, v in courts[-1].groupdict().items() if v), None) if courts else None
    parties = list(_PARTY.finditer(clause))  # precision57: the nearest party before the day is the one acting
    party = parties[-1].group(1).lower()[:3] if parties else None
    if any(_PARTY_SIDE[a.group(1).lower()[:3]] != _PARTY_SIDE[b.group(1).lower()[:3]]
           and _BOTH_PARTIES.fullmatch(clause[a.end():b.start()]) for a, b in zip(parties, parties[1:])):
        party = None  # mend58: "Democrats and Republicans in the Senate reached a deal": both act, no one party
    return {"span": span, "role": role, "actor": actor, "court": court, "party": party}


# precision57: a party acting on a day ("Senate Republicans on Wednesday unveiled their bill" / "House and Senate
# Democrats unveiled legislation on Monday"): two parties' acts are two events
_PARTY = re.compile(r"\b(Republicans?|GOP|Democrats?|Democratic)\b")
_PARTY_SIDE = {"rep": "r", "gop": "r", "dem": "d"}
# what joins two parties acting together ("Democrats and Republicans", "Republicans with Democrats", "Senate
# Republicans and House Democrats")
_BOTH_PARTIES = re.compile(r"\s*(?:,\s*)?(?:and|with|&)\s+(?:(?:the|some|many|several|[A-Z][a-z]+)\s+)?")


# precision57: the level of a court acting on a day ("a federal judge ruled on Wednesday" / "A federal appeals court
# ruled on Tuesday"; "A federal judge in San Francisco late Monday blocked" / "The Supreme Court on Friday
# blocked"): two levels are two rulings. A panel or "judges" alone names no level. mend58: nor does a bare "circuit
# court" or "Circuit Judge" (a state's trial court in many states): appeals only for a numbered, federal or
# D.C. circuit ("the 9th Circuit", "U.S. Circuit Judge") or a court of appeals
_COURT = re.compile(r"\b(?:(?P<supreme>supreme\s+court|high\s+court)|"
                    r"(?P<appeals>appeals?\s+court|courts?\s+of\s+appeals?|appellate\s+(?:court|panel|judges?)|"
                    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"eleventh|D\.?C\.?|federal|U\.?S\.?)\s+circuit(?:\s+(?:court|judge))?)|"
                    r"(?P<trial>(?:federal|district|county|trial|magistrate)\s+(?:district\s+)?(?:judge|court)|"
                    r"district\s+(?:judge|court)|trial\s+court))\b", re.I)


# a day a figure is told as standing at ("By Tuesday morning, … 40"; "as of Monday, 65"): the time of a reading —
# "by" only opening the sentence or a clause ("it was extinguished by 6:40 a.m." is when the fire was put out)
_AS_OF_DAY = re.compile(r"(?:^|[,;:—]\s*|\b(?:and|but)\s+)\W*(?:by|as of|as at)\s+(?:(?:early|late)\s+)?$|"
                        r"\b(?:as of|as at)\s+(?:(?:early|late)\s+)?$", re.I)


# precision57: the day that names the period a figure was counted over ("claims fell to 348,000 in the week ended
# Aug. 14", "for the week ending May 1", "for the week of March 28"): a reading's time like "as of", no day of
# an event (two weekly reports' weeks were read as one event's two days)
_PERIOD_END = re.compile(r"\b(?:week|month|quarter|period|year)s?\s+(?:that\s+)?(?:ended|ending|ends|through|to|of)\s+"
                         r"(?:(?:on|early|late)\s+)?$", re.I)


def _day_fits(a: dict[str, str | None] | None, b: dict[str, str | None] | None, texts: tuple[str, str]) -> bool:
    """Whether two days can be of one event: not a span's start beside a day of the event, not a
    scheduled event's day beside the day it was arranged, not the time someone was alerted, called or
    sent beside the time of the happening itself, not two organisations acting that day (an
    organisation the other sentence names too is one)."""
    if a is None or b is None:
        return True
    if a["span"] != b["span"]:
        return False
    if (a["role"] == "response") != (b["role"] == "response"):
        return False
    if a["role"] and b["role"] and a["role"] != b["role"] and "arranged" in (a["role"], b["role"]):
        return False
    if a.get("court") and b.get("court") and a["court"] != b["court"]:
        return False  # a trial court's and an appeals court's rulings are two events
    if a.get("party") and b.get("party") and a["party"] != b["party"] and "gop" not in (a["party"], b["party"]) \
            or {a.get("party"), b.get("party")} == {"gop", "dem"}:
        return False  # a party's bill and the other party's are two events ("rep" and "gop" are one party)
    if a["actor"] and b["actor"] and a["actor"] != b["actor"]:
        named = lambda name, other: bool(re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", other))
        if not named(a["actor"], texts[1]) and not named(b["actor"], texts[0]):
            return False
    return True


def _days_of_one_event(sides: list[Side], sentences: dict[tuple[str, int], Sentence]) -> list[Side]:
    """The largest group of sides whose days can be of one event (``_day_fits``); "died Thursday" /
    "died Friday" stay."""
    def sentence_of(side: Side) -> Sentence | None:
        return next((sentences[(r.article, r.index)] for r in side.sentences if (r.article, r.index) in sentences), None)
    def told_as_response(side: Side) -> bool:
        """precision54: every sentence of the side tells the time as a response ("Police were alerted at 8.49pm"
        beside another article's "broke out at 8.49pm" is the outbreak's time too)."""
        own = [sentences[(r.article, r.index)] for r in side.sentences if (r.article, r.index) in sentences]
        read = [x for o in own if (x := _day_slot(side, o)) is not None]  # a sentence writing the time otherwise: unread
        return all(x["role"] == "response" for x in read)
    found = [sentence_of(s) for s in sides]
    slots = [_day_slot(s, x) for s, x in zip(sides, found)]
    slots = [{**x, "role": None} if x is not None and x["role"] == "response" and not told_as_response(s) else x
             for s, x in zip(sides, slots)]
    # precision51: a day a figure stood at is the time of a reading, no day of an event: never a side
    keep = [k for k, x in enumerate(slots) if x is None or x["span"] != "as of"]
    # precision57: the periods of two figures ("348,000 in the week ended Aug. 14" / "293,000 in the week ended
    # Oct. 9") are two readings; the period of one figure dated two ways ("a record 6.87 million for the week of
    # March 28" / "… of March 27") is one slot
    periods = [k for k in keep if (slot := slots[k]) is not None and slot["span"] == "period"]
    figures = [{m.text for m in told_in.mentions if m.kind == "number"} if (told_in := found[k]) is not None else set()
               for k in periods]
    if len(periods) >= 2 and not set.intersection(*figures):
        keep = [k for k in keep if k not in periods]
    sides, slots, found = [sides[k] for k in keep], [slots[k] for k in keep], [found[k] for k in keep]
    told = [x.text if x is not None else s.evidence for s, x in zip(sides, found)]
    return _largest_fitting(sides, lambda i, j: _day_fits(slots[i], slots[j], (told[i], told[j])))
