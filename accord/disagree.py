"""Disagree: where outlets report different values for the same thing, show every side.

Four comparisons, each over what ``analyse`` read and ``align`` grouped:

- numbers: count mentions across the whole story are put in *slots* by what they count — the head
  noun's class (troops = soldiers = deployment) or, for a generic noun ("people", none), the event
  class of the verb (killed = died, arrested = detained). A story reports a figure once per fact but
  in differently worded sentences ("2,300 troops were dispatched" / "the 2,500-strong deployment"),
  so slots are story-wide, not fact-bound. Figures far apart in magnitude (several hundred vs 2,000)
  count different things and are kept apart. Values are ranges (qualifiers kept): a slot is a
  disagreement when two sides' ranges cannot both be true, and "differs but compatible" when they
  differ but overlap.
- quotes: the same utterance (same speaker, same or close words) in different wordings.
- names: the same words attributed to different speakers.
- dates: sentences of one fact that date it differently (resolved dates, so "Jan. 19" and
  "Wednesday next week" from a Thursday 13 January agree).

Never picks a winner: sides are listed by how many articles report them, then by article order.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from accord import embed
from accord.align import quote_pairs, quote_similarity, quote_words, same_words
from accord.model import Disagreement, Fact, Mention, Sentence, Side
from accord.options import DEFAULT, Options

# Nouns that count the same kind of thing. A general news lexicon, not a story's vocabulary.
NOUN_CLASSES: dict[str, set[str]] = {
    "troops": {"troop", "soldier", "serviceman", "servicemen", "peacekeeper", "paratrooper", "force",
               "deployment", "contingent", "personnel", "marine", "sailor", "airman", "fighter"},
    "member countries": {"member", "state", "country", "nation", "republic", "signatory"},
    "police officers": {"officer", "policeman", "police", "policemen", "trooper"},
    "homes": {"home", "house", "building", "dwelling", "property"},
    "vehicles": {"vehicle", "car", "truck", "tank"},
    "aircraft": {"aircraft", "plane", "jet", "helicopter", "flight"},
}
# Nouns that say nothing of what is counted: the verb decides ("164 people had been killed").
GENERIC = {"people", "person", "civilian", "resident", "individual", "man", "men", "woman", "women",
           "child", "children", "victim", "protester", "demonstrator", "citizen", "adult", "other"}
EVENT_CLASSES: dict[str, set[str]] = {
    "killed": {"kill", "die", "dead", "death", "perish", "slay", "fatality", "murder", "massacre",
               "execute", "claim", "toll"},
    "injured": {"injure", "wound", "hurt", "injury", "hospitalise", "hospitalize", "treat", "stab"},
    "arrested": {"arrest", "detain", "detention", "custody", "jail", "imprison", "apprehend"},
    "missing": {"miss", "missing", "disappear"},
    "displaced": {"evacuate", "displace", "flee", "evacuation", "relocate", "shelter"},
    "sent": {"send", "deploy", "dispatch", "station", "mobilise", "mobilize", "ship", "deliver"},
    "rescued": {"rescue", "save", "free", "release"},
}
# Labels that are units or measures, not things to count for a disagreement slot.
NOT_COUNTS = {"day", "week", "month", "year", "hour", "minute", "second", "age", "percent", "time",
              "lesson", "kilometre", "kilometer", "mile", "km", "metre", "meter"}


def _class_of(word: str | None, classes: dict[str, set[str]]) -> str | None:
    if not word:
        return None
    w = word.lower()
    for name, members in classes.items():
        if w in members:
            return name
    return None


def slot_key(m: Mention) -> str | None:
    """What a count mention counts, as a slot key, or None when it cannot be told."""
    label = (m.label or "").lower() or None
    if label in NOT_COUNTS or (label and label.isupper()):  # currency codes are money, not counts
        return None
    if label and label[:1].isupper():
        return None
    noun = _class_of(label, NOUN_CLASSES)
    if noun:
        return noun
    event = _class_of(m.predicate, EVENT_CLASSES)
    if label is None or label in GENERIC:
        return f"people {event}" if event else None
    return f"{label}|{event}" if event else None


def _mid(m: Mention) -> float:
    low = m.low if m.low is not None else float(m.value)
    high = m.high if m.high is not None and math.isfinite(m.high) else float(m.value)
    return math.sqrt(max(low, 1e-9) * max(high, 1e-9))


def _range(m: Mention) -> tuple[float, float]:
    low = m.low if m.low is not None else float(m.value)
    high = m.high if m.high is not None else float(m.value)
    return (low, high)


def _fmt(value: float) -> str | float:
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _background(sentence: Sentence, reference: date | None) -> bool:
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


class _Order:
    """Article order for listing sides (the order articles were given)."""

    def __init__(self, facts: Sequence[Fact], articles: Sequence[str] | None) -> None:
        self.pos: dict[str, int] = {}
        for a in [*(articles or []), *(s.article for f in facts for s in f.sentences)]:
            self.pos.setdefault(a, len(self.pos))

    def sort(self, ids: set[str] | list[str]) -> list[str]:
        return sorted(set(ids), key=lambda a: self.pos.get(a, len(self.pos)))


def _sides_listing(sides: list[Side], order: _Order) -> list[Side]:
    for side in sides:
        side.articles = order.sort(side.articles)
    return sorted(sides, key=lambda s: (-len(s.articles), order.pos.get(s.articles[0], 0)))


def _surface_noun(label: str, mentions: list[tuple[Mention, Sentence]]) -> str:
    """The counted noun as the articles write it ("doses", not the lemma "dos")."""
    pattern = re.compile(rf"\b({re.escape(label[:max(3, len(label) - 1)])}\w*)", re.I)
    seen: Counter[str] = Counter()
    for _, s in mentions:
        seen.update(w.lower() for w in pattern.findall(s.text))
    plural = [w for w in seen if w.endswith("s") and w != label]
    if plural:
        return max(plural, key=seen.__getitem__)
    return label if label.endswith("s") else f"{label}s"


def _about_numbers(key: str, mentions: list[tuple[Mention, Sentence]]) -> str:
    if "|" in key:
        label, event = key.split("|", 1)
        return f"{_surface_noun(label, mentions)} {event}"
    return key


def number_disagreements(sentences: Sequence[Sentence], order: _Order, options: Options,
                         reference: date | None) -> list[Disagreement]:
    """Story-wide count slots whose values differ between articles."""
    slots: dict[str, list[tuple[Mention, Sentence]]] = {}
    for s in sentences:
        if _background(s, reference):
            continue
        for m in s.of_kind("number"):
            if m.value is None or _increment(m, s) or _part(m, s):
                continue
            key = slot_key(m)
            if key:
                slots.setdefault(key, []).append((m, s))
    out = []
    for key, items in slots.items():
        for group in _slot_groups(items, options.slot_magnitude_ratio):
            if len({s.article for _, s in group}) < 2:
                continue
            d = _number_disagreement(key, group, order)
            if d:
                out.append(d)
    return out


PLACES = {"GPE", "LOC", "FAC"}


def _places(sentence: Sentence) -> set[str]:
    return {str(m.value) for m in sentence.of_kind("entity") if m.label in PLACES and m.value}


def _days(sentence: Sentence) -> set[str]:
    """The days a sentence dates itself to ("on Tuesday", "May 22"), resolved."""
    return {str(m.value) for m in sentence.of_kind("date") if m.label == "day" and m.value}


INCREMENT_WORDS = ("more", "additional", "further", "other", "new")


def _increment(m: Mention, sentence: Sentence) -> bool:
    """"Sixty-five more were killed", "3 new cases": a count added to another, not a total."""
    if m.end <= m.start:  # a mention without its place in the sentence
        return False
    following = sentence.text[m.end:m.end + 16].split()
    return bool(following) and following[0].lower().strip(",.;:") in INCREMENT_WORDS


_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                r"[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|hundreds?|thousands?)")
# "including 64 who died", "among them three children", "of whom two were": a share of a total
_PART_BEFORE = re.compile(r"\b(?:including|includes|included|among them|of whom|of which|of those)\s+$", re.I)
# "Of the 12 arrested on Saturday, seven were booked": a share of the figure the sentence opens with
_PART_OF_OPENING = re.compile(rf"(?:^|[,;:—–(]\s*)of\s+(?:the|those|these)\s+{_NUMBER_WORD}\b[^,;]*,\s*$", re.I)
# "five Klan members – four men and a woman", "12 people (three children)": a breakdown of the count before
_PART_ASIDE = re.compile(rf"\b{_NUMBER_WORD}\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s*[–—(:]\s*$", re.I)
# "six of those arrested", "two of them": a share of a group counted elsewhere
_PART_AFTER = re.compile(r"^\s+of\s+(?:those|them|these|whom|which)\b", re.I)


def _part(m: Mention, sentence: Sentence) -> bool:
    """A count that is a share or a breakdown of another count, not a total to compare."""
    if m.end <= m.start:  # a mention without its place in the sentence
        return False
    before, after = sentence.text[:m.start], sentence.text[m.end:]
    last = before.rstrip()[-1:]  # cheap tests first: searched to the end, the patterns backtrack
    return bool((last.isalpha() and _PART_BEFORE.search(before[-40:]))
                or (last == "," and _PART_OF_OPENING.search(before))
                or (last in ("–", "—", "(", ":") and _PART_ASIDE.search(before[-120:]))
                or _PART_AFTER.match(after))


def _slot_groups(items: list[tuple[Mention, Sentence]], ratio: float
                 ) -> list[list[tuple[Mention, Sentence]]]:
    """Figures of one slot that can be about the same thing, as connected groups.

    Two figures are linked when they come from different articles (one article's several figures
    for a slot are usually several things: a count per region), are within ``ratio`` of each other
    in size, and their sentences do not name different places ("in Idaho" vs "in Ohio") or
    different days ("on Monday" vs "on Tuesday": a toll per day, or a toll that has since grown),
    nor different events (18 troops wounded, five soldiers killed: one noun slot, two counts).
    """
    n = len(items)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    mids = [_mid(m) for m, _ in items]
    places = [_places(s) for _, s in items]
    days = [_days(s) for _, s in items]
    events = [_class_of(m.predicate, EVENT_CLASSES) for m, _ in items]
    # Groups are connected components: which pair links first does not matter. Figures are visited
    # by size, each against the larger ones within ``ratio`` of it, and a pair already in one group
    # is not examined again (a big slot of similar figures costs near n, not n²).
    by_size = sorted(range(n), key=mids.__getitem__)
    for a, i in enumerate(by_size):
        for j in by_size[a + 1:]:
            if mids[j] > ratio * max(mids[i], 1e-9):
                break
            if find(i) == find(j) or items[i][1].article == items[j][1].article:
                continue
            if places[i] and places[j] and not places[i] & places[j]:
                continue
            if days[i] and days[j] and not days[i] & days[j]:
                continue
            if events[i] and events[j] and events[i] != events[j]:
                continue
            parent[find(i)] = find(j)
    groups: dict[int, list[tuple[Mention, Sentence]]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())


def _direction(m: Mention) -> str:
    """How a figure is stated, from its range: exact, at least, at most or about."""
    low, high = _range(m)
    value = float(m.value)
    if low == high:
        return "exact"
    if low >= value:
        return "over"
    if high <= value:
        return "under"
    return "approx"


def _number_disagreement(key: str, group: list[tuple[Mention, Sentence]], order: _Order
                         ) -> Disagreement | None:
    # one side per figure as stated: "around 2,000" and "more than 2,000" are different claims,
    # "two thousand" and "2,000" the same one
    merged: dict[tuple[float, str], list[tuple[Mention, Sentence]]] = {}
    for m, s in group:
        merged.setdefault((round(float(m.value), 6), _direction(m)), []).append((m, s))
    if len(merged) < 2:
        return None
    sides, ranges = [], []
    for (value, _), items in merged.items():
        items.sort(key=lambda x: (order.pos.get(x[1].article, 0), x[1].index))
        m0, s0 = items[0]
        lows, highs = zip(*(_range(m) for m, _ in items))
        ranges.append((min(lows), max(highs)))
        sides.append(Side(value=m0.text, normalized=_fmt(value), articles=[s.article for _, s in items],
                          evidence=s0.text))
    # two sides conflict when one's low is above the other's high: compare each high with the
    # highest low of the other sides (one pass, not every pair of sides)
    lows = sorted(((low, k) for k, (low, _) in enumerate(ranges)), reverse=True)
    conflict = any((lows[0][0] if lows[0][1] != k else lows[1][0]) > high for k, (_, high) in enumerate(ranges))
    return Disagreement(kind="number", about=_about_numbers(key, group),
                        values=_sides_listing(sides, order), compatible=not conflict)


def _quote_groups(sentences: Sequence[Sentence], options: Options
                  ) -> list[list[tuple[Mention, Sentence]]]:
    """Quote mentions from different articles that render one utterance.

    Pairs are matched best first; a pair joins two groups only if no article would then hold two
    different quotes in one group (one article's several remarks are not one utterance), which
    keeps a chain of loosely similar remarks from becoming one quote.
    """
    quotes = [(m, s) for s in sentences for m in s.of_kind("quote")]
    if len(quotes) < 2:
        return []
    texts = [str(m.value or m.text) for m, _ in quotes]
    vectors = embed.encode(texts)

    def match(i: int, j: int) -> float | None:
        score = quote_similarity(quotes[i][0], quotes[j][0], vectors[i], vectors[j])
        if score >= options.quote_threshold and (score == 1.0 or _comparable(quotes[i][0], quotes[j][0], options)):
            return score
        return None

    pairs = [(score, i, j) for i, j, score in quote_pairs([(m.label, t) for (m, _), t in zip(quotes, texts)], texts,
                                                          match, every_pair=options.quote_threshold <= 0)
             if quotes[i][1].article != quotes[j][1].article]
    members: dict[int, list[int]] = {i: [i] for i in range(len(quotes))}
    group_of = list(range(len(quotes)))
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        arts_i = {quotes[k][1].article: k for k in members[gi]}
        clash = any(quotes[k][1].article in arts_i
                    and not same_words(str(quotes[k][0].value), str(quotes[arts_i[quotes[k][1].article]][0].value))
                    for k in members[gj])
        if clash:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi] += members.pop(gj)
    return [[quotes[k] for k in ks] for ks in members.values()
            if len({quotes[k][1].article for k in ks}) > 1]


def _comparable(a: Mention, b: Mention, options: Options) -> bool:
    """Two wordings of one remark are about as long; a short quote that shares its words with a long
    passage (a dateline inside a letter, one line of a longer statement) is not that remark reworded."""
    la, lb = len(quote_words(str(a.value or a.text))), len(quote_words(str(b.value or b.text)))
    return max(la, lb) <= options.quote_length_ratio * max(min(la, lb), 1)


def quote_disagreements(sentences: Sequence[Sentence], order: _Order, options: Options
                        ) -> list[Disagreement]:
    """One utterance quoted in wordings that are not the same words (a translation, an edit)."""
    out = []
    for group in _quote_groups(sentences, options):
        wordings: list[list[tuple[Mention, Sentence]]] = []
        for m, s in sorted(group, key=lambda x: (order.pos.get(x[1].article, 0), x[1].index)):
            text = str(m.value or m.text)
            for w in wordings:
                if same_words(text, str(w[0][0].value or w[0][0].text)):
                    w.append((m, s))
                    break
            else:
                wordings.append([(m, s)])
        if len(wordings) < 2:
            continue
        speaker = next((m.label for m, _ in group if m.label), None)
        sides = [Side(value=str(w[0][0].value or w[0][0].text), normalized=" ".join(quote_words(str(w[0][0].value))),
                      articles=[s.article for _, s in w], evidence=w[0][1].text) for w in wordings]
        about = f"words of {speaker}" if speaker else "wording of a quote"
        out.append(Disagreement(kind="quote", about=about, values=_sides_listing(sides, order)))
    return out


def same_person(a: str, b: str) -> bool:
    """"Lehmkuhl" and "Kim Lehmkuhl" name one person: one name's words are the other's."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _named_here(quote: Mention, sentence: Sentence) -> bool:
    """The quote's speaker is a person the sentence names (in any variant merged to the same key)
    outside the quoted words: a name inside the quote is what is spoken of, not who speaks."""
    inside = [(q.start, q.end) for q in sentence.of_kind("quote") if q.end > q.start]
    return any(e.label == "PERSON" and str(e.value) == quote.label
               and not any(s <= e.start < t for s, t in inside) for e in sentence.of_kind("entity"))


def name_disagreements(sentences: Sequence[Sentence], order: _Order, options: Options
                       ) -> list[Disagreement]:
    """The same quoted words attributed to different speakers.

    Only speakers the sentence itself names as a person count: a speaker carried over from an
    earlier sentence ("he adds", a bare quote) or a nationality ("the German wrote") is a guess of
    the analyser, and two guesses that differ are not two outlets that disagree.
    """
    quotes = [(m, s) for s in sentences for m in s.of_kind("quote") if m.label and _named_here(m, s)
              and len(quote_words(str(m.value or m.text))) >= options.name_quote_min_words]
    out, used = [], set()
    later: list[list[int]] = [[] for _ in quotes]  # the later quotes with the same words
    texts = [str(m.value) for m, _ in quotes]
    for i, j, _ in quote_pairs(texts, texts, lambda x, y: same_words(texts[x], texts[y]) or None):
        later[i].append(j)
    for i, (a, sa) in enumerate(quotes):
        if i in used:
            continue
        same = [(a, sa)]
        for j in later[i]:
            b, sb = quotes[j]
            if sb.article != sa.article and same_words(str(a.value), str(b.value)):
                same.append((b, sb))
                used.add(j)
        speakers: dict[str, list[tuple[Mention, Sentence]]] = {}
        for m, s in same:
            name = next((k for k in speakers if same_person(k, str(m.label))), str(m.label))
            speakers.setdefault(name, []).append((m, s))
        if len(speakers) > 1:
            sides = [Side(value=name, normalized=name, articles=[s.article for _, s in items],
                          evidence=items[0][1].text) for name, items in speakers.items()]
            out.append(Disagreement(kind="name", about=f"who said “{a.value}”",
                                    values=_sides_listing(sides, order)))
    return out


def date_disagreements(facts: Sequence[Fact], order: _Order) -> list[Disagreement]:
    """A fact whose sentences, in different articles, each give it one different day."""
    out = []
    for fact in facts:
        if len(fact.support) < 2:
            continue
        per_value: dict[str, list[tuple[Mention, Sentence]]] = {}
        for s in fact.sentences:
            days = [m for m in s.of_kind("date") if m.value and m.label == "day"]
            if len(days) == 1:
                per_value.setdefault(str(days[0].value), []).append((days[0], s))
        articles_with = {s.article for items in per_value.values() for _, s in items}
        if len(per_value) < 2 or len(articles_with) < 2:
            continue
        sides = [Side(value=items[0][0].text, normalized=value, articles=[s.article for _, s in items],
                      evidence=items[0][1].text) for value, items in per_value.items()]
        out.append(Disagreement(kind="date", about=fact.text, values=_sides_listing(sides, order)))
    return out


def find(facts: Sequence[Fact], options: Options = DEFAULT, reference: date | None = None,
         articles: Sequence[str] | None = None) -> list[Disagreement]:
    """Every disagreement in a story's facts: conflicts first, then differing-but-compatible."""
    order = _Order(facts, articles)
    sentences = [s for f in facts for s in f.sentences]
    sentences.sort(key=lambda s: (order.pos.get(s.article, 0), s.index))
    found = (number_disagreements(sentences, order, options, reference)
             + quote_disagreements(sentences, order, options)
             + name_disagreements(sentences, order, options)
             + date_disagreements(facts, order))
    return sorted(found, key=lambda d: (d.compatible, -sum(len(v.articles) for v in d.values)))
