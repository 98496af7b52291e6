"""Places: where one named person lives, or where one named facility is, as each article tells it
("Anthony Lasko, 36, of Bloomington" / "Anthony Lasko, 36, of Minneapolis"; "the Promises Treatment
Center in Malibu" / "in Los Angeles").

Only the four frames newswire writes most rigidly are read, each anchored to a name:
- a person's home town: a name, an age, "of" and a place ("Lasko, 36, of Bloomington"; also "Lasko,
  who lived in Bloomington", "Lasko, a resident of Bloomington") — the same person in two articles is
  the same surname and no first name set against another;
- the block of a street ("the 3000 block of West Florence Avenue" / "the 3300 block of Florence
  Avenue"): the same street is the same words, directions left out;
- the bearing of a spot from a named place at one distance ("150 nautical miles west of Aden" /
  "east of Aden"): a direction and a finer one agree ("west" / "north-west");
- a facility's town: a capitalised facility name (a word such as Center, Clinic, Hospital, Prison,
  Stadium ends it) followed by "in" and a place — the same facility is the same distinctive words.
One more frame is a name rather than a spot: one street given two names ("a Philip Street apartment" /
"a dwelling on Phillips Road"), read when no article writes both names and the kinds of street differ
too (``street_disagreements``; "Independent Street" / "Independence Street" is a spelling variant).
Two places are the same value when one's words hold the other's ("Bloomington" / "Bloomington,
Minn."); a chain or a company with many branches is never a facility here (only the listed words end
one), and an article that gives a name two places is left out (two people or two branches).
Places nest and no gazetteer says how: two places the story itself writes one inside the other
("College Point, Queens") agree, and a place the story writes as a county, borough or state
("Queens District Attorney", "the borough of Queens") is never set against a town: it is no side,
while two towns given the one person are still set against each other.
Typed: a person's two home towns are a ``conflict`` (one person, one home, as the gold has it even for
a suburb and its city); a facility's two towns are ``vague`` ("Promises in Malibu" / "in Los
Angeles"; "Betty Ford in Rancho Mirage" / "in Palm Springs"): a building does not move, and outlets
place it by the best-known town near it, a wider name that may hold or border the other. It stays a
conflict when the sides name different states ("in Columbus, Ga." / "in Columbus, Miss.").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from accord.disagree.slots import Order, anchored
from accord.disagree.record import Record
from accord.model import Disagreement, DisagreementType, Sentence, Side
from accord.patterns import fold
from accord.words import MONTHS_FULL, STREET_TYPES, WEEKDAYS

_PLACE = r"(?P<place>(?:[A-Z][\w.'’-]+)(?:\s+(?:[A-Z][\w.'’-]+))*(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]{2})(?=[\s,.;]))?)"
# "Lasko, 36, of Bloomington", "Lasko, 36, of suburban Bloomington"
_HOME = re.compile(rf"^,\s+(?:(?:a\s+)?\d{{1,3}}(?:-year-old)?,\s+of\s+(?:suburban\s+|nearby\s+)?"
                   rf"|(?:\d{{1,3}},\s+)?who\s+(?:had\s+)?(?:lived|lives)\s+(?:[a-z-]+\s+){{0,5}}?in\s+(?:nearby\s+)?"
                   rf"|(?:\d{{1,3}},\s+)?an?\s+(?:[a-z-]+\s+)?resident\s+of\s+){_PLACE}")
# "the 3000 block of West Florence Avenue": where on one street something happened
_BLOCK = re.compile(r"\b(?P<num>\d{1,3}(?:,\d{3})|\d{2,6})\s+block\s+of\s+(?P<street>(?:[A-Z0-9][\w.'’-]*\s+){1,4}?"
                    rf"{STREET_TYPES})")
_DIRECTIONS = {"north", "south", "east", "west", "n.", "s.", "e.", "w."}
# "150 nautical miles west of Aden": the bearing of one spot from a named place, at one distance
_BEARING = re.compile(r"\b(?P<dist>\d[\d,.]*)\s+(?P<unit>(?:nautical\s+)?miles|kilometres|kilometers|km)\s+"
                      rf"(?:\w+\s+)?(?P<dir>(?:north|south)?-?(?:east|west)|north|south)\s+of\s+{_PLACE}")
# "Felt died at 12:45 p.m. at his home in Santa Rosa" / "Felt, ..., died yesterday at a hospice near his
# home": where a named person died, as the kind of place (home, hospital, hospice, the scene, on the way)
_DIED = re.compile(r"^\.?(?:,[^;()]{1,140},)?\s+(?:(?:also|later|reportedly|then|eventually|peacefully)\s+)?"
                   r"(?:died|dies|was\s+pronounced\s+dead|was\s+declared\s+dead)\b(?P<gap>(?:\s+[\w:.'’-]+){0,6}?)\s+"
                   r"(?P<where>(?:at|in)\s+(?:his|her|their|the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
                   r"(?P<head>nursing\s+home|care\s+home|home|house|residence|apartment|hospital|hospice|scene|"
                   r"ambulance|cell)\b(?!\s+(?:fire|blaze|explosion|collapse|invasion))|(?:on\s+the\s+way|en\s+route)\s+to\s+(?:the\s+|a\s+)?hospital)")
_SCENE_OR_WHERE = {"the scene", "home", "a cell", "a care home"}
DEATH_PLACES = {"home": "home", "house": "home", "residence": "home", "apartment": "home", "hospital": "hospital",
                "hospice": "hospice", "scene": "the scene", "ambulance": "on the way to hospital", "cell": "a cell",
                "nursing home": "a care home", "care home": "a care home"}
FACILITY_WORDS = frozenset("""Center Centre Clinic Hospital Institute University College Church Cathedral Mosque
Temple Synagogue Stadium Arena Airport Prison Penitentiary Jail Hotel Academy Museum Library""".split())
_GENERIC = FACILITY_WORDS | {"Treatment", "Medical", "Recovery", "Rehabilitation", "Rehab", "Regional", "Memorial",
                             "General", "State", "County", "City", "International", "National", "The", "of", "the"}
_FACILITY = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,5}(?P<head>" + "|".join(sorted(FACILITY_WORDS)) +
                       rf"))\s+in\s+{_PLACE}")
_FACILITY_HEADS = tuple(sorted(FACILITY_WORDS))  # ``_FACILITY`` needs one (case-sensitive): a screen (speed24)
_NOT_PLACE = frozenset([*MONTHS_FULL, *(d.capitalize() for d in WEEKDAYS), "The", "A", "An", "His", "Her", "Their"])


@dataclass
class Where(Record):
    """One place given to one name in one sentence."""

    sentence: Sentence
    frame: str  # "home" (where a person lives) or "facility" (where a facility is)
    key: tuple[str, ...]  # who or what: a surname (and first name) or a facility's distinctive words
    name: str  # the name as written
    place: str  # the place as written

    @property
    def words(self) -> set[str]:
        return {w.lower().strip(".,") for w in self.place.split()}


def _place(m: re.Match[str]) -> str | None:
    place = m.group("place").rstrip(".,")
    return None if place.split()[0] in _NOT_PLACE else place


def read(sentences: Sequence[Sentence]) -> list[Where]:
    """Every home town and facility town ``sentences`` state."""
    out: list[Where] = []
    surnames = {str(m.value).split()[-1] for s in sentences for m in s.mentions
                if m.kind == "entity" and m.label == "PERSON" and str(m.value or "").split()}
    for s in sentences:
        # "Felt died at ...": a surname the story names, read as its person (speed24: it needs "died")
        opening = _OPENING.match(s.text) if "died" in s.text else None
        if opening and opening.group(1) in surnames:
            died = _DIED.match(s.text[opening.end():opening.end() + 220])
            if died and _plain(died.group("gap")):
                out.append(Where(s, "died", (opening.group(1).lower(), ""), opening.group(1), _death_place(died)))
        for e in s.mentions:
            if e.kind != "entity" or e.label != "PERSON" or not e.value or e.end <= e.start:
                continue
            hit = _HOME.match(s.text[e.end:e.end + 80])
            place = _place(hit) if hit else None
            parts = s.text[e.start:e.end].split()
            if place and parts:
                first = parts[0].lower() if len(parts) > 1 else ""
                out.append(Where(s, "home", (parts[-1].lower(), first), s.text[e.start:e.end], place))
            died = None if _SUFFIX.fullmatch(s.text[e.start:e.end]) else _DIED.match(s.text[e.end:e.end + 220])
            if died and parts and _plain(died.group("gap")) and not any(
                    o.kind == "entity" and o.label == "PERSON" and e.end < o.start < e.end + died.start("where")
                    and not _SUFFIX.fullmatch(o.text) for o in s.mentions):
                first = parts[0].lower() if len(parts) > 1 else ""
                out.append(Where(s, "died", (parts[-1].lower(), first), s.text[e.start:e.end], _death_place(died)))
        for hit in (_BLOCK.finditer(s.text) if "block" in s.text else ()):  # (speed24: screens, the same hits)
            words = [w.lower() for w in hit.group("street").split()]
            key = tuple(w for w in words[:-1] if w not in _DIRECTIONS)
            if key:
                out.append(Where(s, "block", ("block", *key), hit.group("street"),
                                 f"{hit.group('num').replace(',', '')} block"))
        for hit in (_BEARING.finditer(s.text) if any(u in s.text for u in ("miles", "kilomet", "km")) else ()):
            place = _place(hit)
            if place:
                unit = hit.group("unit").split()[-1][:2]
                out.append(Where(s, "bearing", ("bearing", place.lower(), hit.group("dist").replace(",", ""), unit),
                                 f"{hit.group('dist')} {hit.group('unit')} from {place}", hit.group("dir").lower()))
        for hit in (_FACILITY.finditer(s.text) if any(w in s.text for w in _FACILITY_HEADS) else ()):
            place = _place(hit)
            name_words = tuple(sorted(w.lower() for w in hit.group("name").split() if w not in _GENERIC))
            if place and name_words:
                head = hit.group("head").lower().replace("centre", "center")
                out.append(Where(s, "facility", (head, *name_words), hit.group("name"), place))
    return out


_OPENING = re.compile(r"([A-Z][a-z][\w'’-]*)(?=\s+(?:(?:also|later|reportedly|then|eventually|peacefully)\s+)?died\b)")
_SUFFIX = re.compile(r"(?:Sr|Jr|II|III|IV)\.?")  # "W. Mark Felt, Sr., ...": part of the name, not another person


def _plain(gap: str) -> bool:
    """Whether the words between "died" and a place say nothing that starts another clause."""
    return not re.search(r"[,;]|\b(?:and|after|before|when|while)\b", gap)


def _death_place(died: re.Match[str]) -> str:
    """The kind of place a death is told at ("his home" → home; "on the way to the hospital")."""
    head = re.sub(r"\s+", " ", (died.group("head") or "way").lower())
    return DEATH_PLACES.get(head, "on the way to hospital")


def _same_anchor(a: Where, b: Where) -> bool:
    if a.frame != b.frame or a.key[0] != b.key[0]:
        return False
    if a.frame in ("home", "died"):
        return not (a.key[1] and b.key[1] and a.key[1] != b.key[1])  # "Anthony Lasko" / "Lasko"
    if a.frame in ("block", "bearing"):
        return a.key == b.key  # "West Florence Avenue" = "Florence Avenue"; one distance from one place
    return bool(set(a.key[1:]) & set(b.key[1:])) and (set(a.key[1:]) <= set(b.key[1:]) or set(b.key[1:]) <= set(a.key[1:]))


def same(a: Where, b: Where) -> bool:
    """One place written twice: one's words hold the other's ("Bloomington" / "Bloomington, Minn.");
    a bearing and a finer one agree ("west" / "north-west")."""
    if a.frame == "died":
        # kinds of place: "home" / "hospice" differ, though one may be near the other; "the scene" may be
        # the home or the cell the incident happened in, never a hospital one was taken to
        return a.place == b.place or {a.place, b.place} <= _SCENE_OR_WHERE
    if a.frame == "bearing":
        x, y = a.place.replace("-", ""), b.place.replace("-", "")
        return x in y or y in x
    return a.words <= b.words or b.words <= a.words


def _inside(inner: str, outer: str, texts: Sequence[str]) -> bool:
    """Whether the story places ``inner`` in ``outer`` ("College Point, Queens", "Malibu in Los Angeles
    County", "the College Point section of Queens"): a town and the area around it, both right."""
    pattern = re.compile(rf"\b{re.escape(inner)}(?:,\s+|\s+in\s+|\s+(?:section|neighbou?rhood|area|part)"
                         rf"\s+of\s+(?:the\s+)?){re.escape(outer)}\b")
    return any(pattern.search(t) for t in texts)


_REGION_AFTER = r"\s+(?:County|Borough|Parish|Province|District Attorney|Supreme Court|Superior Court|Criminal Court)\b"
_REGION_BEFORE = r"\b(?:county|borough|state|province|region|parish)\s+of\s+(?:the\s+)?"


def _region(place: str, texts: Sequence[str]) -> bool:
    """Whether the story writes ``place`` as a county, borough or state ("Queens District Attorney",
    "the borough of Queens", "Hennepin County"): an area that holds towns, so a town set against it
    may be inside it (no gazetteer says; the articles do)."""
    pattern = re.compile(rf"\b{re.escape(place)}{_REGION_AFTER}|{_REGION_BEFORE}{re.escape(place)}\b")
    return any(pattern.search(t) for t in texts)


def find(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """Every disagreement on where one named person lives or one named facility is."""
    found: list[Disagreement] = []
    texts = [s.text for s in sentences]
    wheres = read(sentences)
    for members in anchored(wheres, _same_anchor):
        if any(a.article == b.article and not same(a, b) for a in members for b in members):
            continue  # one article gives the name two places: two people, or two branches
        places = {w.place for w in members}
        if len(places) > 1:
            # a county or borough the story names may hold each town: it is no side, the towns still are
            regions = {p for p in places if _region(p, texts)}
            members = [w for w in members if w.place not in regions]
            places -= regions
        # a place the story puts around another ("College Point, Queens") agrees with it: no side, while
        # two places neither of which holds the other still are
        wider = {q for p in places for q in places if p != q and _inside(p, q, texts)}
        if wider:
            members = [w for w in members if w.place not in wider]
            if len(places - wider) < 2:
                continue
        d = _disagreement(members, order)
        if d is not None:
            found.append(d)
    return found + street_disagreements(sentences, order)


# -- one street written two ways ("a second-floor apartment on Independent Street" / "the Independence
# Street apartment"; "a Philip Street apartment" / "a dwelling on Phillips Road") -----------------------
_STREET_KINDS = {"street": "street", "st.": "street", "avenue": "avenue", "ave.": "avenue", "ave": "avenue",
                 "road": "road", "rd.": "road", "boulevard": "boulevard", "blvd.": "boulevard", "drive": "drive",
                 "lane": "lane", "highway": "highway", "parkway": "parkway"}
_STREET = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}?)(?P<kind>Street|St\.|Avenue|Ave\.?|Road|Rd\.|"
                     r"Boulevard|Blvd\.|Drive|Lane|Highway|Parkway)(?![\w-])")
_STREET_KINDS_WRITTEN = ("Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Boulevard", "Blvd.", "Drive", "Lane",
                         "Highway", "Parkway")  # ``_STREET``'s kinds (case-sensitive)
# words before a street's name that are not part of it ("on Independent Street", "East 223rd Street")
_NOT_STREET_NAME = frozenset("the a an on at in of off near along and or to from by into onto".split()) | _DIRECTIONS | {
    "northeast", "northwest", "southeast", "southwest"}


@dataclass
class Street(Record):
    """One street a sentence names."""

    sentence: Sentence
    name: str  # the street's own words, lower case, a possessive left out ("wellington high")
    written: str  # as the sentence writes it ("Philip Street")
    kind: str  # "street", "road", "avenue", ... (``_STREET_KINDS``)


def streets(sentences: Sequence[Sentence]) -> list[Street]:
    """Every named street of ``sentences`` (a name of letters before Street, Avenue, Road...; numbered
    streets are left out: "222nd" and "223rd" are two streets)."""
    out = []
    for s in sentences:
        if not any(k in s.text for k in _STREET_KINDS_WRITTEN):
            continue  # ``_STREET`` needs one (speed24: a screen, the same streets)
        for hit in _STREET.finditer(s.text):
            words = hit.group("name").split()
            while words and (words[0].lower() in _NOT_STREET_NAME or words[0] in _NOT_PLACE):
                words = words[1:]
            words = [re.sub(r"['’]s$", "", w) for w in words]
            if not words or any(c.isdigit() for w in words for c in w):
                continue
            out.append(Street(s, " ".join(words).lower(), f"{' '.join(words)} {hit.group('kind')}",
                              _STREET_KINDS[fold(hit.group("kind"))]))
    return out


def _two_ways(a: str, b: str) -> bool:
    """Two street names that are one name written two ways: as many words, the same opening letters,
    two or three letters apart ("independent" / "independence", "philip" / "phillips"). One letter
    apart is a slip of spelling ("Mullin" / "Mullins"), shown as a variant, never a disagreement;
    further apart, two streets."""
    if a == b or len(a.split()) != len(b.split()) or min(len(a), len(b)) < 5 or a[:4] != b[:4]:
        return False
    return 2 <= Levenshtein.distance(a, b) <= 3


def street_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """A street one set of articles names one way and another set another way, no article writing
    both ("Philip Street" in four articles, "Phillips Road" in one): one place of the story given two
    names. The names must differ in the kind of street too: "Independent Street" / "Independence
    Street" is one name spelled two ways (a reader of round 37 read it as a spelling variant), while a
    Road set against a Street is another address as written. An article that writes both names has
    two streets, and then so does the story."""
    by_name: dict[str, list[Street]] = {}
    for st in streets(sentences):
        by_name.setdefault(st.name, []).append(st)
    kinds = {name: {st.kind for st in items} for name, items in by_name.items()}
    articles = {name: {st.article for st in items} for name, items in by_name.items()}
    out: list[Disagreement] = []
    names = sorted(by_name, key=lambda n: (order.key(by_name[n][0].article), n))
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if not _two_ways(a, b) or articles[a] & articles[b] or kinds[a] & kinds[b]:
                continue
            sides = []
            for side in (by_name[a], by_name[b]):
                arts, refs = order.cited(side)
                first = min(side, key=lambda st: (order.key(st.article), st.sentence.index))
                sides.append(Side(value=first.written, normalized=first.written, articles=arts,
                                  evidence=first.sentence.text, sentences=refs))
            sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
            out.append(Disagreement(kind="place", about=f"name of the street: {sides[0].value} / {sides[1].value}",
                                    values=sides, compatible=False, type="conflict", anchor=sides[0].value))
    return out


def restates(d: Disagreement, placed: Sequence[Disagreement]) -> bool:
    """Whether number disagreement ``d`` is a place one's blocks read as counts ("3000" / "3300" of
    "the 3000 block of ..."): one slot is shown once, as the place it is."""
    if d.kind != "number":
        return False
    mine = {re.sub(r"\D", "", str(v.normalized if v.normalized is not None else v.value)) for v in d.values}
    return any(p.anchor and mine <= {re.sub(r"\D", "", v.value) for v in p.values} and
               any(p.anchor in v.evidence for v in d.values) for p in placed)


def _disagreement(members: list[Where], order: Order) -> Disagreement | None:
    sides = order.sides(members, same)
    if len(sides) < 2:
        return None
    out = []
    for side in sides:
        arts, refs = order.cited(side)
        out.append(Side(value=side[0].place, normalized=side[0].place, articles=arts, evidence=side[0].sentence.text,
                        sentences=refs))
    out.sort(key=lambda s: (-len(s.articles), order.key(s.articles[0])))
    first = members[0]
    name = max((w.name for w in members), key=len)
    dtype: DisagreementType = "vague" if first.frame == "facility" and not _states_differ(sides) else "conflict"
    about = {"home": f"home town of {name}", "died": f"place {name} died", "block": f"block of {name}",
             "bearing": f"direction, {name}"}.get(first.frame, f"where {name} is")
    return Disagreement(kind="place", about=about, values=out, compatible=dtype != "conflict", type=dtype, anchor=name)


_STATE = re.compile(r",\s+(?P<state>[A-Z][a-z]{1,4}\.?|[A-Z]{2}|[A-Z][a-z]+)$")


def _states_differ(sides: list[list[Where]]) -> bool:
    """Whether two sides name different states or countries ("Dallas, Texas" / "Dallas, Ga."): two
    towns apart, not a town and the wider place around it."""
    states = set()
    for side in sides:
        hit = next((m for w in side if (m := _STATE.search(w.place))), None)
        if hit:
            states.add(hit.group("state").rstrip(".").lower())
    return len(states) > 1


__all__ = ["Where", "read", "same", "find", "restates", "FACILITY_WORDS", "Street", "streets", "street_disagreements"]
