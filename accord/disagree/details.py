"""Details: "other" slots that newswire writes in fixed frames, each anchored to a name.

- the cause of one named person's death ("Felt died of heart failure" / "Felt died from Alzheimer's
  disease"): the words after "died of/from" up to the end of the phrase. The same person is the
  same surname and no first name set against another; a cause the other's words hold is the same
  cause ("cancer" / "lung cancer", "complications from a stroke" / "a stroke"), and causes that say
  nothing a reader can check ("natural causes", "his injuries") never make a side;
- the colour of one named vehicle ("a white 2013 Toyota Camry" / "a silver Toyota Camry"): a colour
  word before a vehicle make (``MAKES``) and its model; the same vehicle is the same make and model;
  shades of one colour (``SHADES``: grey and silver, red and maroon) are one value;
- a named person's injury ("Jones sprained his knee" / "Jones suffered a bruised leg", "Bush (broken
  tibia)" / "breaking his right fibula"): an injury word before a part of the body, told of the name
  nearest before it with no possessive, reporting verb or other clause between. Two are one value when
  the kinds (broken, sprained, torn, bruised; "injured" and "hurt" say none), the sides and the parts
  agree, a part agreeing with the parts inside it (``BODY_PARTS``: a leg holds the knee and the fibula).

- the telephone number a story asks readers to call ("call police on 0845 125 2222" / "contact them on
  0845 125 222"): a number of seven or more digits after "on" or "at" in a sentence that asks to call,
  contact, ring or phone; two numbers are one line when their digits start alike for
  ``options.phone_prefix`` digits and differ by at most ``options.phone_edits`` digits (a digit dropped or mistyped);
  another line ("Crimestoppers on 0800 555 111") differs in far more. Spaces and dashes are no
  difference ("0800 555111" = "0800 555 111").

- where one prison term is served ("six months in county jail" / "six months in prison"): the same
  length told with a jail in some articles and a prison in others (``custody_disagreements``);
- how a counted group died ("the 3 bank employees were burnt to death" / "Three people have suffocated
  to death"): the same count told dying two ways (``MANNERS``) by different articles
  (``manner_disagreements``);
- the kind of firearm of an attack ("walked in with a shotgun" / "brought a rifle into the building",
  ``firearm_disagreements``), a named person's condition in hospital ("critical" / "stable",
  ``condition_disagreements``), the kind of order signed for one action ("a memorandum putting on hold" /
  "an executive order putting … on hold", ``instrument_disagreements``) and what a student of one age
  studies ("computer science" / "electronics", ``study_disagreements``): each told one way in some
  articles and another way in others, an article telling both left out.

- recall44, crime and sports news: the calibre of one kind of gun (".38-caliber revolver" / ".357 caliber
  revolver", ``calibre_disagreements``), a named fighter's or team's win-loss record ("Klitschko (52-3, 46
  KOs)" / "Klitschko, 53-3, 47 KO's", ``record_disagreements``), the mark a named holder's record stands
  at ("Buford's scoring record of 2,106" / "2,116", ``mark_disagreements``) and the games a named player
  missed ("missed nine games" / "missing 10 of the Saints' 16 games", ``missed_disagreements``).
- recall45: the shots fired in a story's shooting ("sprayed 13 bullets" / "his dozen rounds",
  ``shot_disagreements``): police shots and a gunman's kept apart, a floor ("at least 12 shots") and the
  whole of a part ("three of the seven bullets fired") no side.
- recall50: how many people did one thing to someone ("Dorsey was approached by two men" / "a man approached
  Dorsey", ``assailant_disagreements``): the same verb (approached, attacked, robbed, confronted …), one scene
  (sentences sharing ``options.assailant_shared_words`` content words, no two days), one victim where named.
- recall54: which defense of one title a named champion's fight was ("Dudas's sixth defense of the WBX belt" /
  "Dudas retained his World Boxing Xchange title for the fifth time", ``defense_disagreements``), how long one named
  player's run, field goal or return was at one moment of the game ("a 64-yard touchdown run on the first play of
  the half" / "a 62-yard scamper on the first play of the second half", ``play_disagreements``), how far from the
  scene a suspect was caught ("arrested five buildings away" / "arrested … three houses from the scene",
  ``caught_disagreements``), and the year the story's building was built, told as a year or as its age on the
  article's day ("constructed in 1935" / "the 86-year-old structure" in 2012, ``built_disagreements``). These
  (``framed``) are told only where no report kept after verification
  already sets the same figures against each other (``unreported``).

An article that gives one anchor two values is left out (two people, two cars, or a cause and what
led to it): which of its values is the slot's is a guess.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from accord.disagree.events import cited_sides
from accord.disagree.slots import Order, anchored
from accord.disagree.record import Record, one_value_each
from accord.model import Disagreement, Sentence, Side
from accord.options import DEFAULT, Options
from accord.patterns import Alternatives, fold, folded_in, may_hold
from accord.words import FUNCTION_WORDS, GUN_NOUNS, MONTHS_FULL, NAME_SUFFIXES, WEEKDAYS, unpossessed

PERSON = "PERSON"


# what every match of a scanner's pattern holds (speed24: a screen, so the same hits)
_TERM_NEEDS = ("jail", "prison", "penitentiary", "lockup")  # ``_TERM``'s place
_INJURY_NEEDS = ("broke", "breaking", "fractur", "sprain", "tore", "torn", "tearing", "bruis", "dislocat", "strain",
                 "injur", "hurt")  # ``_INJURY``'s kinds (case-sensitive)
_INSTRUMENT_NEEDS = ("executive", "memorandum", "proclamation")  # ``_INSTRUMENT``'s kind
_DIGIT_DASH_DIGIT = re.compile(r"\d\s*-\s*\d")  # ``_WL``, in every one of ``_RECORDS``
_CAUSE = re.compile(r"\b(?:died|dies|die|dying)\s+(?:[\w’'-]+\s+){0,2}?(?:of|from)\s+(?P<cause>[^,.;:()\"“”]{3,80})")
# where a cause phrase ends: a place, a time or a new clause
_CAUSE_END = re.compile(r"\s+(?:at|on|in|after|while|aged|age|when|and|but|last|this|early|late|earlier|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|\d)\b.*$")
# words that qualify a cause without changing it
_QUALIFIERS = frozenset("""apparent apparently suspected probable possible complications complication related
effects suffering""".split())
# causes a reader cannot set against another: they name no illness or injury
_UNCHECKABLE = frozenset({"natural causes", "causes", "injuries", "injury", "wounds", "wound", "illness",
                          "an illness", "a long illness", "long illness", "unknown causes", "undisclosed causes",
                          "undisclosed illness", "short illness", "brief illness", "age", "old age"})
# vehicle makes (a colour word before one names a vehicle, not a group of people)
MAKES = frozenset("""Toyota Honda Ford Chevrolet Chevy Nissan BMW Mercedes Mercedes-Benz Audi Volkswagen VW Hyundai Kia
Jeep Dodge Chrysler Cadillac Buick GMC Lexus Acura Infiniti Mazda Subaru Volvo Tesla Porsche Ferrari Lamborghini
Bentley Jaguar Land Range Mini Fiat Peugeot Renault Citroen Opel Vauxhall Skoda Lincoln Pontiac Saturn Mitsubishi
Suzuki Isuzu Hummer Maserati Rolls-Royce Harley-Davidson Yamaha Kawasaki Ducati""".split())
COLOURS = {"black": "black", "white": "white", "gray": "grey", "grey": "grey", "silver": "silver", "red": "red",
           "blue": "blue", "green": "green", "yellow": "yellow", "orange": "orange", "brown": "brown",
           "maroon": "maroon", "beige": "beige", "tan": "tan", "gold": "gold", "purple": "purple",
           "burgundy": "burgundy"}
# shades that witnesses and police name one paint by ("a grey Camry" / "a silver Camry"): the same colour
# in other words, never two values; colours of different families still are ("grey" / "white")
SHADES = {"silver": "grey", "maroon": "red", "burgundy": "red", "tan": "brown", "beige": "brown"}
_VEHICLE = re.compile(r"\b(?P<colour>" + "|".join(COLOURS) + r")(?:[- ]colou?red)?\s+(?:(?:19|20)\d\d\s+)?"
                      r"(?P<make>" + "|".join(sorted(MAKES, key=len, reverse=True)) + r")"
                      r"(?P<model>(?:\s+(?:[A-Z0-9][\w-]*))){0,2}")


# a named person's injury: what was done to which part of the body ("sprained his knee", "Bush (broken
# tibia)", "breaking his right fibula"); the kind of injury, the side and the part are each compared
INJURY_KINDS = {"broke": "broken", "broken": "broken", "breaking": "broken", "fractured": "broken",
                "fracturing": "broken", "sprained": "sprained", "spraining": "sprained", "tore": "torn",
                "torn": "torn", "tearing": "torn", "bruised": "bruised", "bruising": "bruised",
                "dislocated": "dislocated", "dislocating": "dislocated", "strained": "strained",
                "straining": "strained", "injured": "", "injuring": "", "hurt": "", "hurting": ""}
# a part and the parts inside it: "an injured leg" and "a sprained knee" may be one injury
BODY_PARTS: dict[str, frozenset[str]] = {
    "leg": frozenset("knee ankle shin calf tibia fibula femur thigh hamstring achilles acl mcl".split()),
    "arm": frozenset("elbow wrist forearm".split()), "hand": frozenset("finger thumb".split()),
    "foot": frozenset("toe".split()), "knee": frozenset("acl mcl".split())}
_PARTS = sorted({*BODY_PARTS, *(p for ps in BODY_PARTS.values() for p in ps), "shoulder", "hip", "back", "neck",
                 "rib", "ribs", "collarbone", "clavicle", "jaw", "nose", "skull", "groin", "pelvis"}, key=len, reverse=True)
_INJURY = re.compile(r"\b(?P<kind>" + "|".join(INJURY_KINDS) + r")\s+(?:(?:his|her|their|a|an|the)\s+)?"
                     r"(?:(?P<side>left|right)\s+)?(?:(?:lower|upper)\s+)?(?P<part>" + "|".join(_PARTS) + r"|ACL|MCL|"
                     r"Achilles)\b(?!\s*-)")


@dataclass
class Detail(Record):
    """One value of one detail slot in one sentence."""

    sentence: Sentence
    frame: str  # "cause" (of a person's death) or "colour" (of a vehicle)
    key: tuple[str, ...]  # whose or which: (surname, first name) or the make and model words
    name: str  # the anchor as written
    value: str  # the value as written
    words: frozenset[str]  # the value's content words, for comparing


# between a name and the injury told of it: a possessive (another person's), a reporting clause or a
# subordinate clause that may bring in someone else
_NOT_NEAR = re.compile(r"^['’]s?\b|\b(?:said|says|told|according|when|after|before|while|tackled|hit|by)\b")


def _cause_words(cause: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'’-]*", cause.lower())
    return frozenset(w.rstrip("s") if len(w) > 4 and not w.endswith(("'s", "’s", "ss")) else w
                     for w in words if w not in FUNCTION_WORDS and w not in _QUALIFIERS)




def _person(s: Sentence, before: int, near: bool = False) -> tuple[tuple[str, str], str] | None:
    """The person named nearest before ``before`` in ``s``: ((surname, first name), the name). ``near``:
    only one the injury can be told of — no other name's possessive ("Bush's son") and no "she said"
    or a second person's pronoun between them."""
    # a suffix written after a comma ("W. Mark Felt, Sr.,") is read by some taggers as a name of its own:
    # the person is the name before it
    people = [m for m in s.mentions if m.kind == "entity" and m.label == PERSON and m.value and m.end <= before
              and s.text[m.start:m.end].strip(" .,").lower() not in NAME_SUFFIXES]
    if not people:
        return None
    m = max(people, key=lambda m: m.end)
    if near and (_NOT_NEAR.search(s.text[m.end:before]) or len(s.text[m.end:before].split()) > 25):
        return None
    parts = s.text[m.start:m.end].split()
    if not parts:
        return None
    return (unpossessed(parts[-1].lower()), parts[0].lower() if len(parts) > 1 else ""), s.text[m.start:m.end]


def read(sentences: Sequence[Sentence]) -> list[Detail]:
    """Every cause of a named person's death and every colour of a named vehicle ``sentences`` state."""
    out: list[Detail] = []
    for s in sentences:
        t = s.text
        for hit in (_CAUSE.finditer(t) if "die" in t or "dying" in t else ()):
            cause = _CAUSE_END.sub("", hit.group("cause")).strip()
            words = _cause_words(cause)
            who = _person(s, hit.start())
            if who is None or not words or cause.lower() in _UNCHECKABLE or \
                    " ".join(sorted(words)) in {" ".join(sorted(_cause_words(u))) for u in _UNCHECKABLE}:
                continue
            out.append(Detail(s, "cause", who[0], who[1], cause, words))
        for hit in _VEHICLE.finditer(t):
            make = f"{hit.group('make')}{hit.group('model') or ''}"
            key = tuple(w.lower() for w in make.split() if not re.fullmatch(r"(?:19|20)\d\d", w))
            colour = COLOURS[fold(hit.group("colour"))]
            out.append(Detail(s, "colour", key, make, hit.group("colour"), frozenset({SHADES.get(colour, colour)})))
        for hit in (_INJURY.finditer(t) if any(k in t for k in _INJURY_NEEDS) else ()):
            who = _person(s, hit.start(), near=True)
            if who is None:
                continue
            kind, side = INJURY_KINDS[fold(hit.group("kind"))], (hit.group("side") or "").lower()
            part = hit.group("part").lower().rstrip("s") if hit.group("part").lower() != "ribs" else "rib"
            surname = who[0][0].split("-")[-1]  # "Jones-Drew" is "Drew" for short
            out.append(Detail(s, "injury", (surname, who[0][1]), who[1], hit.group(),
                              frozenset({f"kind:{kind}", f"side:{side}", f"part:{part}"})))
    return out


def _same_anchor(a: Detail, b: Detail) -> bool:
    if a.frame != b.frame:
        return False
    if a.frame in ("cause", "injury"):
        return a.key[0] == b.key[0] and not (a.key[1] and b.key[1] and a.key[1] != b.key[1])
    # "Toyota Camry" and "Toyota Camry SE" are one car; "Toyota" alone may be any Toyota
    return len(a.key) > 1 and len(b.key) > 1 and (set(a.key) <= set(b.key) or set(b.key) <= set(a.key))


def same(a: Detail, b: Detail) -> bool:
    """One value written twice: one's words hold the other's ("cancer" / "lung cancer"); an injury where
    the kinds, the sides and the parts each agree (an unsaid kind or side agrees with any, a part with
    one inside it: "injured his leg" / "sprained his right knee")."""
    if a.frame == "injury":
        x, y = _injury(a), _injury(b)
        return all(not p or not q or p == q for p, q in zip(x[:2], y[:2])) and (
            x[2] == y[2] or x[2] in BODY_PARTS.get(y[2], ()) or y[2] in BODY_PARTS.get(x[2], ()))
    return a.words <= b.words or b.words <= a.words


def _injury_sides(members: list[Detail], order: Order) -> list[list[Detail]]:
    """Sides of an injury slot: those that name a kind first; one that names none ("hurt his knee")
    joins the side with its part among those it agrees with, and is left out when that is a guess."""
    named = [m for m in members if _injury(m)[0]]
    sides = order.sides(named, same)
    for m in (m for m in members if not _injury(m)[0]):
        fits = [side for side in sides if same(side[0], m)]
        exact = [side for side in fits if _injury(side[0])[2] == _injury(m)[2]]
        if len(fits) == 1 or len(exact) == 1:
            (exact or fits)[0].append(m)
        elif not fits:
            sides.append([m])
    return sides


def _injury(d: Detail) -> tuple[str, str, str]:
    """(kind, side, part) of an injury detail."""
    got = dict(w.split(":", 1) for w in d.words)
    return got["kind"], got["side"], got["part"]


# a telephone number in a sentence that asks readers to call: "call police on 0845 125 2222"
_ASKS_TO_CALL = re.compile(r"\b(?:call|calling|contact|contacting|ring|phone|dial|text)\b", re.I)
_ASKS_TO_CALL_ANY = Alternatives(_ASKS_TO_CALL)  # (speed22) the same answer, searched only where a word is
_PHONE = re.compile(r"\b(?:on|at)\s+(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)(?!\d|,\d|\s?(?:a\.?m|p\.?m|percent|%))")


@dataclass
class Phone(Record):
    """One telephone number a sentence asks readers to call."""

    sentence: Sentence
    written: str
    digits: str


def phones(sentences: Sequence[Sentence]) -> list[Phone]:
    """Every telephone number (seven digits or more) a sentence asks readers to call."""
    out = []
    for s in sentences:
        if not _ASKS_TO_CALL_ANY.found(s.text):
            continue
        for m in _PHONE.finditer(s.text):
            digits = re.sub(r"\D", "", m.group("num"))
            if 7 <= len(digits) <= 15:
                out.append(Phone(s, m.group("num").strip(), digits))
    return out


def phone_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT
                        ) -> list[Disagreement]:
    """One line's number written two ways by different articles; an article writing both is left out."""
    def one_line(a: Phone, b: Phone) -> bool:
        return a.digits[:options.phone_prefix] == b.digits[:options.phone_prefix] and \
            Levenshtein.distance(a.digits, b.digits) <= options.phone_edits

    found = []
    for members in anchored(phones(sentences), one_line):
        sides = order.sides(members, lambda a, b: a.digits == b.digits)
        arts = [{m.article for m in side} for side in sides]
        if len(sides) < 2 or any(x & y for i, x in enumerate(arts) for y in arts[i + 1:]):
            continue
        out = cited_sides(sides, order, lambda p: (p.written, p.digits))
        found.append(Disagreement(kind="other", about="telephone number to call", values=out, compatible=False,
                                  type="conflict", anchor=f"phone:{out[0].normalized}"))
    return found


# -- where a prison term is served: one term told as "six months in county jail" and as "six months in
# prison" ----------------------------------------------------------------------------------------------
_TERM_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                            "twenty".split())}
_TERM = re.compile(r"\b(?P<count>\d{1,3}|" + "|".join(_TERM_NUMBERS) + r")[- ](?P<unit>day|week|month|year)s?\s+"
                   r"(?:in|behind)\s+(?:a\s+|the\s+)?(?P<where>(?:(?:county|city|local|federal|state)\s+)?"
                   r"(?:jail|prison|penitentiary|lockup))\b", re.I)
# a jail holds people for short terms, run by a county or a city; a prison (state or federal, a
# penitentiary) for longer ones: two kinds of place, never one written two ways
_CUSTODY = {"jail": "jail", "lockup": "jail", "prison": "prison", "penitentiary": "prison"}
# but a bare "in jail" is also news's loose word for any custody ("eight months in jail" for a federal
# term others call "in prison", precision47): only a jail named by its keeper is the short-term place
_KEEPER = re.compile(r"^(?:county|city|local)\s", re.I)


@dataclass
class Term(Record):
    """One prison term a sentence tells, with where it is served."""

    sentence: Sentence
    length: tuple[int, str]  # (6, "month")
    where: str  # "jail" or "prison"
    written: str  # "six months in county jail"
    kept: bool = False  # a jail named by its keeper ("county jail"), not the loose bare "jail"


def terms(sentences: Sequence[Sentence]) -> list[Term]:
    """Every "<n> <days|weeks|months|years> in <jail|prison>" of ``sentences``."""
    out = []
    for s in sentences:
        if not may_hold(s.text, _TERM_NEEDS):
            continue
        for hit in _TERM.finditer(s.text):
            count = fold(hit.group("count"))
            n = int(count) if count.isdigit() else _TERM_NUMBERS[count]
            where = hit.group("where")
            kind = _CUSTODY[fold(where).split()[-1]]
            out.append(Term(s, (n, hit.group("unit").lower()), kind, hit.group(0), bool(_KEEPER.match(where))))
    return out


class _Written(Protocol):
    """A fixed frame's reading (a term, a manner, a firearm ...): its sentence and its value as written."""

    sentence: Sentence
    written: str

    @property
    def article(self) -> str: ...


def _written_sides(groups: Mapping[str, Sequence[_Written]], order: Order, by_key: bool = False) -> list[Side]:
    """One side per value of a fixed frame (its key the normalized value), shown as its first
    article writes it (``by_key``: as its key, a record or a count), best supported first: the custody
    and manner frames build sides alike."""
    sides = []
    for normalized, side in groups.items():
        arts, refs = order.cited(side)
        first = min(side, key=lambda r: (order.key(r.article), r.sentence.index))
        sides.append(Side(value=normalized if by_key else first.written, normalized=normalized, articles=arts,
                          evidence=first.sentence.text, sentences=refs))
    return sorted(sides, key=lambda x: (-len(x.articles), order.key(x.articles[0])))


def custody_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One prison term (the same length) that some articles say is served in jail and others in
    prison ("six months in county jail" / "six months in prison"). A county jail and a county's jail
    are one; a state prison and a federal penitentiary are one kind ("prison"). An article that tells
    one length in both places holds two terms (two people, or a sentence and its suspended part) and
    leaves the length out. A bare "in jail" is news's loose word for any custody: the jail side needs
    a jail named by its keeper ("county jail", "city jail") in one article at least."""
    by_length: dict[tuple[int, str], list[Term]] = {}
    for t in terms(sentences):
        by_length.setdefault(t.length, []).append(t)
    out: list[Disagreement] = []
    for length, items in by_length.items():
        kinds = {t.where: {x.article for x in items if x.where == t.where} for t in items}
        if len(kinds) < 2 or kinds["jail"] & kinds["prison"] or not any(t.kept for t in items if t.where == "jail"):
            continue
        sides = _written_sides({kind: [t for t in items if t.where == kind] for kind in ("jail", "prison")}, order)
        plural = "s" if length[0] != 1 else ""
        out.append(Disagreement(kind="other", about=f"where the {length[0]}-{length[1]} term is served (jail or prison)",
                                values=sides, compatible=False, type="conflict",
                                anchor=f"{length[0]} {length[1]}{plural}"))
    return out


# -- how a counted group died: "the 3 bank employees were burnt to death" / "Three people have suffocated
# to death" ---------------------------------------------------------------------------------------------
MANNERS = {"burnt": "burned", "burned": "burned", "suffocated": "suffocated", "asphyxiated": "suffocated",
           "choked": "suffocated", "stabbed": "stabbed", "hacked": "stabbed", "beaten": "beaten",
           "shot": "shot", "crushed": "crushed", "trampled": "crushed", "strangled": "strangled",
           "starved": "starved", "frozen": "frozen", "drowned": "drowned"}
_MANNER = re.compile(r"\b(?P<count>\d{1,3}|" + "|".join(_TERM_NUMBERS) + r")\s+(?:[A-Za-z-]+\s+){0,3}?"
                     r"(?:were|was|have\s+been|had\s+been|has\s+been|have|had|are|got)\s+"
                     r"(?P<manner>" + "|".join(MANNERS) + r")\s+to\s+death\b", re.I)


@dataclass
class Manner(Record):
    """How a counted group died, as one sentence tells it."""

    sentence: Sentence
    count: int
    manner: str  # "burned", "suffocated", ...
    written: str


def manners(sentences: Sequence[Sentence]) -> list[Manner]:
    """Every "<n> ... were <burnt|suffocated|stabbed|...> to death" of ``sentences``."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("death",)):  # "to death"
            continue
        for hit in _MANNER.finditer(s.text):
            count = fold(hit.group("count"))
            out.append(Manner(s, int(count) if count.isdigit() else _TERM_NUMBERS[count],
                              MANNERS[fold(hit.group("manner"))], hit.group(0)))
    return out


def manner_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One counted group of dead told to have died two ways by different articles ("the 3 bank employees
    were burnt to death" / "Three people have suffocated to death"): the same count is the same dead,
    one manner in each article. An article telling one count dying two ways holds two groups (or a
    victim of each) and leaves the count out; a count with one person ("one") is a person, not a group."""
    by_count: dict[int, list[Manner]] = {}
    for m in manners(sentences):
        if m.count >= 2:
            by_count.setdefault(m.count, []).append(m)
    out: list[Disagreement] = []
    for count, items in by_count.items():
        arts = {m.manner: {x.article for x in items if x.manner == m.manner} for m in items}
        if len(arts) < 2 or any(a & b for i, a in enumerate(arts.values()) for b in list(arts.values())[i + 1:]):
            continue
        sides = _written_sides({manner: [m for m in items if m.manner == manner] for manner in arts}, order)
        out.append(Disagreement(kind="other", about=f"how the {count} dead died", values=sides, compatible=False,
                                type="conflict", anchor=f"{count} dead"))
    return out


# -- the firearm of one attack: "walked into his former office with a shotgun" / "brought a rifle into the
# building" ---------------------------------------------------------------------------------------------
# kinds of firearm a reader can tell apart; words for one kind are one value ("pistol" / "handgun"), and a
# word that names no kind ("gun", "weapon", "firearm", "long gun") is never a side
FIREARMS = {"shotgun": "shotgun", "rifle": "rifle", "carbine": "rifle", "handgun": "handgun", "pistol": "handgun",
            "revolver": "handgun"}
_FIREARM = "|".join(FIREARMS)
_ANY_FIREARM = re.compile(r"\b(?P<kind>" + _FIREARM + r")s?\b", re.I)
# the weapon an attacker used: carried, brought, fired, armed with ("with a 12-gauge shotgun", "armed
# with a pistol"), or an attack named by it ("in a shotgun attack", "the rifle slaying"); a weapon found,
# bought, sold or denied a permit for says nothing of the attack
_WIELDED = re.compile(r"\b(?:with|brought|bringing|carried|carrying|wielding|brandished|brandishing|used|using|"
                      r"fired|firing|pulled|pulling|drew|pointed|pointing|aimed|aiming)\s+(?:a|an|the|his|her)\s+"
                      r"(?:[\w.’'-]+\s+){0,6}?(?P<kind>" + _FIREARM + r")\b(?!\s*(?:permit|licen[cs]e|range|shop|store))"
                      r"|\b(?:a|an|the)\s+(?P<named>" + _FIREARM + r")\s+(?:attack|slaying|shooting|rampage|ambush)\b", re.I)


@dataclass
class Firearm(Record):
    """The kind of firearm a sentence says an attacker used."""

    sentence: Sentence
    kind: str  # "shotgun", "rifle" or "handgun"
    holder: str  # the surname of the person the sentence names before it, or ""
    written: str  # "with a shotgun"


def firearms(sentences: Sequence[Sentence]) -> list[Firearm]:
    """Every firearm a sentence says was carried, brought or fired ("with a shotgun", "in a rifle
    attack"); a sentence naming two kinds ("a shotgun or a rifle") gives none (which was used is open)."""
    out = []
    for s in sentences:
        if not may_hold(s.text, _GUN_NOUNS):  # (speed24: ``_ANY_FIREARM`` needs one, the same hits)
            continue
        if len({FIREARMS[fold(m.group("kind"))] for m in _ANY_FIREARM.finditer(s.text)}) != 1:
            continue
        for hit in _WIELDED.finditer(s.text):
            kind = FIREARMS[fold(hit.group("kind") or hit.group("named"))]
            who = _person(s, hit.start())
            out.append(Firearm(s, kind, who[0][0] if who else "", hit.group(0)))
    return out


def firearm_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """The attack's firearm told as one kind in some articles and another kind in others ("with a
    shotgun" / "brought a rifle"). An article that names two kinds of firearm anywhere (a second gun, a
    gun it was denied, "a shotgun or a rifle") leaves the weapon out: which one the attack used is a
    guess; two sentences naming different people hold two people's guns, never one slot."""
    named: dict[str, set[str]] = {}
    for s in sentences:
        named.setdefault(s.article, set()).update(FIREARMS[fold(m.group("kind"))] for m in _ANY_FIREARM.finditer(s.text))
    items = [f for f in firearms(sentences) if len(named[f.article]) == 1]
    holders = {f.holder for f in items if f.holder}
    kinds = {f.kind for f in items}
    if len(kinds) < 2 or len(holders) > 1:
        return []
    sides = _written_sides({kind: [f for f in items if f.kind == kind] for kind in sorted(kinds)}, order)
    return [Disagreement(kind="other", about="firearm used in the attack", values=sides, compatible=False,
                         type="conflict", anchor="firearm")]


# -- a named person's condition in hospital: "Dalton ... is hospitalized in critical condition" / "He was ...
# listed in stable condition" ----------------------------------------------------------------------------
# the hospital scale (good, fair, serious, critical) and "stable"; "grave" is critical. "Stable" says the
# condition is not changing, so it may be good, fair or serious ("serious but stable"): it is set only
# against critical
CONDITIONS = {"good": "good", "fair": "fair", "serious": "serious", "critical": "critical", "grave": "critical",
              "stable": "stable"}
_CLASH = {frozenset(p) for p in (("good", "fair"), ("good", "serious"), ("good", "critical"), ("fair", "serious"),
                                 ("fair", "critical"), ("serious", "critical"), ("stable", "critical"))}
_CONDITION = re.compile(r"\bin\s+(?:a\s+)?(?P<kind>" + "|".join(CONDITIONS) + r")(?P<both>\s*(?:,|but|and|to)\s+"
                        r"(?:" + "|".join(CONDITIONS) + r"))?\s+condition\b", re.I)
# words that tell a change of condition: one article's two stages, not a rival value
_CHANGED = re.compile(r"\b(?:upgraded|downgraded|improved|worsened|deteriorated|no\s+longer|remains|remained)\b", re.I)
_CHANGED_ANY = Alternatives(_CHANGED)  # (speed22) the same answer, searched only where a word is
_PRONOUN = re.compile(r"^(?:He|She)\b")


@dataclass
class Condition(Record):
    """A named person's condition in hospital, as one sentence tells it."""

    sentence: Sentence
    surname: str
    kind: str  # "critical", "stable", ...
    written: str  # "in critical condition"


# a name the tagger reads as a person's but that ends on a hospital's word is where a victim was taken
# ("rushed to Aria Health"), never a second person
_CARE_WORDS = frozenset("health healthcare medical hospital hospitals clinic center centre infirmary".split())


def _only_person(s: Sentence) -> str | None:
    """The surname of the one person a sentence names, or None (none or several)."""
    names = {unpossessed(s.text[m.start:m.end].split()[-1].lower()) for m in s.mentions
             if m.kind == "entity" and m.label == PERSON and m.value and s.text[m.start:m.end].split()}
    names -= _CARE_WORDS
    return next(iter(names)) if len(names) == 1 else None


def conditions(sentences: Sequence[Sentence]) -> list[Condition]:
    """Every "<name> ... in critical/stable/... condition" of ``sentences``; a sentence opening with "He" or
    "She" and naming no one is told of the one person the sentence before it names. Two conditions at
    once ("critical but stable") and a change ("upgraded to fair") give none."""
    before = {(s.article, s.index): s for s in sentences}
    out = []
    for s in sentences:
        if not folded_in("condition", s.text) or _CHANGED_ANY.found(s.text):
            continue  # (speed22: a sentence without "condition" has no ``_CONDITION``)
        for hit in _CONDITION.finditer(s.text):
            if hit.group("both"):
                continue
            who = _person(s, hit.start(), near=True)
            surname = who[0][0] if who else None
            if who is None and _PRONOUN.match(s.text) and (s.article, s.index - 1) in before:
                surname = _only_person(before[(s.article, s.index - 1)])
            if surname:
                out.append(Condition(s, surname, CONDITIONS[fold(hit.group("kind"))], hit.group(0)))
    return out


def condition_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One person's condition told as two values of the hospital scale that cannot both hold ("critical"
    / "stable", "serious" / "fair"); an article giving the person two values is left out, and a person
    given three values is no slot (the condition moved)."""
    by_person: dict[str, list[Condition]] = {}
    for c in conditions(sentences):
        by_person.setdefault(c.surname, []).append(c)
    out: list[Disagreement] = []
    for surname, items in by_person.items():
        kinds = {c.kind: {x.article for x in items if x.kind == c.kind} for c in items}
        if len(kinds) != 2 or frozenset(kinds) not in _CLASH:
            continue
        a, b = kinds.values()
        if a & b:
            continue
        sides = _written_sides({kind: [c for c in items if c.kind == kind] for kind in sorted(kinds)}, order)
        name = surname.capitalize()
        out.append(Disagreement(kind="other", about=f"condition of {name} in hospital", values=sides,
                                compatible=False, type="conflict", anchor=name))
    return out

# -- the kind of order an official signed for one action: "signed a memorandum putting on hold a
# regulation" / "issued an executive order putting the rule change on hold" ----------------------------
INSTRUMENTS = {"executive order": "executive order", "memorandum": "memorandum", "proclamation": "proclamation"}
_INSTRUMENT = re.compile(r"\b(?:signed|signs|signing|issued|issues|issuing)\s+(?:a|an|the)\s+(?:new\s+|presidential\s+)?"
                         r"(?P<kind>executive\s+order|memorandum|proclamation)(?!\s+of\s+understanding)\s+"
                         r"(?:that\s+(?:[a-z]+ly\s+)?|to\s+)?(?P<verb>[a-z]{3,})\b", re.I)
_ANY_INSTRUMENT = re.compile(r"\b(?P<kind>executive\s+orders?|memorand(?:um|a)|proclamations?)\b(?!\s+of\s+understanding)",
                             re.I)


@dataclass
class Instrument(Record):
    """The kind of order a sentence says was signed for one action (the verb after it)."""

    sentence: Sentence
    kind: str  # "executive order", "memorandum" or "proclamation"
    action: str  # the stem of the verb that says what it does ("putt" of "putting")
    written: str  # "executive order"


def _stem(verb: str) -> str:
    """A verb's stem, enough to tell one action from another ("putting" / "puts" → "put")."""
    return re.sub(r"(?:ting|ing|es|s|ed)$", "", verb.lower())[:5]


def _instrument_kind(written: str) -> str:
    w = written.lower()
    return "executive order" if w.startswith("executive") else "memorandum" if w.startswith("memorand") \
        else "proclamation"


def instruments(sentences: Sequence[Sentence]) -> list[Instrument]:
    """Every "signed/issued a(n) <executive order|memorandum|proclamation> <doing what>" of ``sentences``."""
    out = []
    for s in sentences:
        if not may_hold(s.text, _INSTRUMENT_NEEDS):
            continue
        for hit in _INSTRUMENT.finditer(s.text):
            verb = hit.group("verb")
            if verb.lower() in FUNCTION_WORDS:
                continue
            out.append(Instrument(s, _instrument_kind(hit.group("kind")), _stem(verb), " ".join(hit.group("kind").split())))
    return out


def instrument_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One action's order told as two kinds by different articles ("signed a memorandum putting on hold"
    / "issued an executive order putting … on hold"): the same verb after it is the same order. An
    article naming two kinds anywhere (an order and the memorandum that goes with it) is left out, and
    orders doing different things ("rescinding" / "putting on hold") are two orders."""
    named: dict[str, set[str]] = {}
    for s in sentences:
        named.setdefault(s.article, set()).update(_instrument_kind(m.group("kind")) for m in _ANY_INSTRUMENT.finditer(s.text))
    by_action: dict[str, list[Instrument]] = {}
    for i in instruments(sentences):
        if len(named[i.article]) == 1:
            by_action.setdefault(i.action, []).append(i)
    out: list[Disagreement] = []
    for action, items in by_action.items():
        kinds = {i.kind for i in items}
        if len(kinds) < 2:
            continue
        sides = _written_sides({kind: [i for i in items if i.kind == kind] for kind in sorted(kinds)}, order)
        out.append(Disagreement(kind="other", about="kind of order signed", values=sides, compatible=False,
                                type="conflict", anchor=f"order:{action}"))
    return out

# -- what a student of a given age studies: "the 24-year-old computer science student" / "the 24-year old
# electronics student" --------------------------------------------------------------------------------
# fields of study (a level, a school or a status — graduate, college, exchange, honors — is no field)
FIELDS = frozenset("""computer science;computing;electronics;engineering;electrical engineering;mechanical engineering;
civil engineering;law;medical;medicine;nursing;pharmacy;dental;dentistry;art;music;film;drama;theater;theatre;
journalism;history;physics;chemistry;biology;mathematics;math;maths;economics;business;political science;
psychology;philosophy;literature;english;architecture;accounting;finance;design;fashion;agriculture;veterinary;
education;sociology;anthropology;geology;aviation;linguistics;nutrition""".replace("\n", "").split(";"))
_FIELD = re.compile(r"\b(?P<age>\d{1,2})[- ]year[- ]old\s+(?P<field>(?:[A-Za-z]+\s+){1,2}?)student\b")


@dataclass
class Study(Record):
    """What a student of one age studies, as one sentence tells it."""

    sentence: Sentence
    age: int
    field: str  # "computer science"
    holder: str  # the surname of the person the sentence names before it, or ""
    written: str  # "computer science student"


def studies(sentences: Sequence[Sentence]) -> list[Study]:
    """Every "<n>-year-old <field> student" of ``sentences`` whose field is one of ``FIELDS``."""
    out = []
    for s in sentences:
        if "student" not in s.text:  # (speed24: ``_FIELD`` needs it, the same hits)
            continue
        for hit in _FIELD.finditer(s.text):
            field = " ".join(hit.group("field").lower().split())
            if field not in FIELDS:
                continue
            who = _person(s, hit.start())
            out.append(Study(s, int(hit.group("age")), field, who[0][0] if who else "", f"{' '.join(hit.group('field').split())} student"))
    return out


def study_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One student (the same age) told to study two fields by different articles ("computer science
    student" / "electronics student"). A field and one holding it ("engineering" / "electrical
    engineering") are one; an article giving one age two fields holds two students and is left out, and
    two named people are two students."""
    by_age: dict[int, list[Study]] = {}
    for x in studies(sentences):
        by_age.setdefault(x.age, []).append(x)
    out: list[Disagreement] = []
    for age, items in by_age.items():
        if len({x.holder for x in items if x.holder}) > 1:
            continue
        def one(a: Study, b: Study) -> bool:
            return a.field in b.field or b.field in a.field
        sides = order.sides(items, one)
        arts = [{x.article for x in side} for side in sides]
        if len(sides) < 2 or any(a & b for i, a in enumerate(arts) for b in arts[i + 1:]):
            continue
        shown = _written_sides({min((x.field for x in side), key=len): side for side in sides}, order)
        out.append(Disagreement(kind="other", about=f"what the {age}-year-old student studies", values=shown,
                                compatible=False, type="conflict", anchor=f"student:{age}"))
    return out

# -- the calibre of one handgun, rifle or shotgun: "a .38-caliber revolver was recovered" / "pointed a .357
# caliber revolver" (recall44) --------------------------------------------------------------------------
# a calibre written with its leading point (tokenised text writes "a. 38 - caliber", and a sentence splitter
# may cut the point off: "38 - caliber revolver"), or a figure before "caliber", in millimetres ("a 9mm
# pistol", "9 - millimeter handgun") or a gauge ("a 12-gauge shotgun"), then at most two words before the
# firearm's noun; the noun is the gun's kind as written (a revolver is no pistol)
_GUN_NOUNS = GUN_NOUNS
_CALIBRE = re.compile(
    r"(?:(?<![\d.])\.\s?(?P<dot>\d{2,3})(?![\d.])(?:\s*-?\s*(?:caliber|calibre)\b)?"
    r"|(?<![\w.,])(?P<bare>\d{2,3})\s*-?\s*(?:caliber|calibre)\b"
    r"|(?<![\w.])(?P<mm>\d{1,2}(?:\.\d)?)\s*-?\s*(?:mm|millimet(?:er|re))\b"
    r"|(?<![\w.])(?P<gauge>\d{1,2})\s*-\s*gauge\b)"
    r"\s*(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_GUN_NOUNS) + r")s?\b", re.I)


@dataclass
class Calibre(Record):
    """The calibre of one kind of gun, as one sentence writes it."""

    sentence: Sentence
    noun: str  # "revolver"
    calibre: str  # ".38", "9mm", "12-gauge"
    holder: str  # the surname of the person the sentence names before it, or ""
    written: str  # ".38-caliber revolver" (the figure joined up again)


def calibres(sentences: Sequence[Sentence]) -> list[Calibre]:
    """Every calibre written before a gun's noun ("a .38-caliber revolver", "a 9mm pistol", "a 12-gauge
    shotgun"); a sentence giving one kind of gun two calibres ("a .38 and a .357 revolver") gives none."""
    out = []
    for s in sentences:
        if not may_hold(s.text, _GUN_NOUNS):
            continue
        hits = list(_CALIBRE.finditer(s.text))
        for hit in hits:
            noun = hit.group("noun").lower()
            dot = hit.group("dot") or hit.group("bare")
            if dot:
                calibre, shown = "." + dot, f".{dot}-caliber {noun}"
            elif hit.group("mm"):
                calibre = f"{hit.group('mm')}mm"
                shown = f"{calibre} {noun}"
            else:
                calibre = f"{hit.group('gauge')}-gauge"
                shown = f"{calibre} {noun}"
            if len({_calibre_key(h) for h in hits if h.group("noun").lower() == noun}) > 1:
                continue
            who = _person(s, hit.start())
            out.append(Calibre(s, noun, calibre, who[0][0] if who else "", shown))
    return out


def _calibre_key(hit: re.Match[str]) -> str:
    if hit.group("gauge"):
        return hit.group("gauge") + "g"
    return hit.group("dot") or hit.group("bare") or f"{hit.group('mm')}mm"


def calibre_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One kind of gun (the same noun: revolver, pistol, rifle …) given one calibre in some articles and
    another in others (".38-caliber revolver" / ".357 caliber revolver"). A story that tells of several guns of
    the kind ("two rifles", "the revolvers") and an article giving that kind of
    gun two calibres anywhere holds two guns (the officers' and the suspect's) and is left out; sentences
    naming two different people hold two people's guns, never one slot."""
    out: list[Disagreement] = []
    by_noun: dict[str, list[Calibre]] = {}
    for c in calibres(sentences):
        by_noun.setdefault(c.noun, []).append(c)
    for noun, items in sorted(by_noun.items()):
        if any(re.search(rf"\b{noun}s\b", s.text, re.I) for s in sentences):
            continue  # the story tells of several revolvers (rifles …): which one each calibre is of is open
        items = one_value_each(items, lambda c: c.calibre)
        kinds = {c.calibre for c in items}
        if len(kinds) < 2 or len({c.holder for c in items if c.holder}) > 1:
            continue
        sides = _written_sides({k: [c for c in items if c.calibre == k] for k in sorted(kinds)}, order)
        out.append(Disagreement(kind="other", about=f"calibre of the {noun}", values=sides, compatible=False,
                                type="conflict", anchor=noun))
    return out


# -- a named fighter's or team's win-loss record: "Klitschko (52-3, 46 KOs)" / "Wladimir Klitschko, 53-3, 47
# KO's"; "Indianapolis (10-5)" / "Indianapolis' record rose to 9-5" (recall44) ----------------------------
_NAME = r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[a-z])"
_WL = r"(?P<w>\d{1,3})\s*-\s*(?P<l>\d{1,3})(?:\s*-\s*(?P<t>\d{1,2}))?"
_KOS = r"(?:\s*,\s*(?P<ko>\d{1,3})\s+(?:KOs?|KO\s*['’]\s*s|knockouts)\b)"
_RECORDS = (
    # "Klitschko (52-3, 46 KOs)", "Indianapolis (10 - 5)"
    re.compile(_NAME + r"\s*\(\s*" + _WL + _KOS + r"?\s*\)"),
    # "Wladimir Klitschko, 53-3, 47 KO's,": between commas only with the knockouts (else an age, a score)
    re.compile(_NAME + r"\s*,\s*" + _WL + _KOS),
    # "Indianapolis' record rose to 9-5" — not a split of it ("9-1 in one-score games", "5-2 at home")
    re.compile(_NAME + r"\s*(?:['’]\s*s?)\s+record\s+(?:rose|improved|fell|dropped|slipped|moved|went|climbed|"
               r"sank|evened|improves|falls|rises|moves|goes|drops|climbs|is|was|stands|stood)\s+(?:to|at)\s+" + _WL
               + r"(?!\s*-?\s*\d)(?!\s+(?:in|at|on|against|when|since|for|away|under)\b)"),
)
# a score after a team beaten or beating ("beat Chelsea (2-1)", "against Ohio State (3-2)"): a game's score
_SCORE_BEFORE = re.compile(r"\b(?:beat|beats|beaten|beating|defeat|defeated|defeats|edged|edges|routed|downed|"
                           r"over|against|vs|versus|past|lost\s+to|fell\s+to|tied|drew\s+with)\.?\s*$", re.I)
_NOT_OWNERS = frozenset("the a an he she it they his her their its and but in on at of for with by".split())
# a tally after a body is its vote or a court's split ("passed the Senate (52-48)", "the Supreme Court (5-4)")
_VOTING_BODIES = frozenset("senate house court assembly parliament council committee board panel jury commission "
                           "congress legislature cabinet".split())
# a sentence that looks ahead to the game gives the record before it ("the Colts (9-5) visit Kansas City")
_AHEAD = re.compile(r"\b(?:will|visit|visits|host|hosts|face|faces|meet|meets|takes\s+on|take\s+on|heads?\s+into|"
                    r"entered|entering|came\s+in|coming\s+in|going\s+into|before\s+the\s+(?:game|fight|bout))\b", re.I)


@dataclass
class WinLoss(Record):
    """A named fighter's or team's win-loss record, as one sentence writes it."""

    sentence: Sentence
    owner: str  # the name's last word, lower case ("klitschko", "indianapolis")
    name: str  # "Wladimir Klitschko"
    record: str  # "52-3" (wins, losses and draws)
    knockouts: int | None  # 46 of "(52-3, 46 KOs)"; None when not written
    written: str  # "Klitschko (52-3, 46 KOs)"


def records(sentences: Sequence[Sentence]) -> list[WinLoss]:
    """Every record written right after a name, in brackets or between commas with its knockouts, or told
    as the name's record rising or falling to it; not a body's vote ("the Senate (52-48)") nor a record in a
    sentence that looks ahead to the game ("the Colts (9-5) visit …": the record before it)."""
    out = []
    for s in sentences:
        if "-" not in s.text or not _DIGIT_DASH_DIGIT.search(s.text):
            continue
        for pattern in _RECORDS:
            for hit in pattern.finditer(s.text):
                words = hit.group("name").split()
                while words and words[0].lower() in _NOT_OWNERS:
                    words = words[1:]
                if not words or _SCORE_BEFORE.search(s.text[:hit.start("name")]) or _AHEAD.search(s.text) \
                        or words[-1].lower() in _VOTING_BODIES:
                    continue
                record = f"{int(hit.group('w'))}-{int(hit.group('l'))}"
                if hit.group("t"):
                    record += f"-{int(hit.group('t'))}"
                ko = hit.groupdict().get("ko")
                out.append(WinLoss(s, unpossessed(words[-1].lower()), " ".join(words), record, int(ko) if ko else None,
                                   hit.group(0)))
    return out


def record_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """One named fighter's or team's record given one way in some articles and another way in others
    ("Klitschko (52-3, 46 KOs)" / "Klitschko, 53-3, 47 KO's"). A record written without its knockouts is
    the same record as one with them ("45-7-2" / "45-7-2, 36 KOs"). An article giving the name two records
    (before and after the fight, a season and a split of it) is left out: which one is the slot's is open,
    and records more than ``options.record_games_apart`` games apart are two points of a season."""
    by_owner: dict[str, list[WinLoss]] = {}
    for r in records(sentences):
        by_owner.setdefault(r.owner, []).append(r)
    out: list[Disagreement] = []
    for _owner, items in sorted(by_owner.items()):
        kos: dict[str, set[int]] = {}
        for r in items:
            kos.setdefault(r.record, set()).update([r.knockouts] if r.knockouts is not None else [])
        keyed: dict[str, list[WinLoss]] = {}
        for r in items:
            if r.knockouts is None and len(kos[r.record]) > 1:
                continue  # a bare record beside two counts of knockouts: which one it goes with is open
            ko = r.knockouts if r.knockouts is not None else next(iter(kos[r.record]), None)
            keyed.setdefault(r.record if ko is None else f"{r.record}, {ko} KOs", []).append(r)
        told: dict[str, set[str]] = {}
        for key, rs in keyed.items():
            for r in rs:
                told.setdefault(r.article, set()).add(key)
        keyed = {k: kept for k, rs in keyed.items() if (kept := [r for r in rs if len(told[r.article]) == 1])}
        played = [sum(int(x) for x in k.split(",")[0].split("-")) for k in keyed]
        if len(keyed) < 2 or max(played) - min(played) > options.record_games_apart:
            continue  # records further apart are two points of a season, not one slot
        sides = _written_sides(keyed, order, by_key=True)
        name = max((r.name for rs in keyed.values() for r in rs), key=len)
        out.append(Disagreement(kind="other", about=f"record of {name}", values=sides, compatible=False,
                                type="conflict", anchor=name))
    return out


# -- the mark a named holder's record stands at: "Rodney Buford's scoring record of 2,106" / "broke Rodney
# Buford's school scoring record of 2,116 points" (recall44) ------------------------------------------------
_MARK = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*[a-z])\s*['’]\s*s?\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?)"
                   r"record\s+of\s+(?P<figure>\d{1,3}(?:,\s?\d{3})*(?:\.\d+)?)(?![\d.,]\d)"
                   r"(?:\s+(?P<unit>[a-z]+))?")
_NOT_MARK_UNITS = frozenset("people visitors fans spectators viewers votes percent dollars".split())


@dataclass
class Mark(Record):
    """The figure a sentence says a named holder's record stands at."""

    sentence: Sentence
    holder: str  # the name's last word, lower case
    name: str
    what: frozenset[str]  # the words that say which record ("school scoring")
    figure: float
    written: str  # "2,106"


def marks(sentences: Sequence[Sentence]) -> list[Mark]:
    """Every "<name>'s [what] record of <figure> [unit]"; a figure of people or money ("a record of 2,000
    visitors") is what set a record, not a holder's mark."""
    out = []
    for s in sentences:
        if "record" not in s.text:  # "record of" (case-sensitive)
            continue
        for hit in _MARK.finditer(s.text):
            if hit.group("unit") in _NOT_MARK_UNITS:
                continue  # "a record of 2,000 people": a count that set a record, not a holder's mark
            words = hit.group("name").split()
            while words and words[0].lower() in _NOT_OWNERS:
                words = words[1:]
            if not words:
                continue
            figure = hit.group("figure").replace(" ", "")
            out.append(Mark(s, unpossessed(words[-1].lower()), " ".join(words),
                            frozenset(hit.group("what").split()) - FUNCTION_WORDS, float(figure.replace(",", "")),
                            figure))
    return out


def mark_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One named holder's record given two figures by different articles ("Buford's scoring record of
    2,106" / "Buford's school scoring record of 2,116 points"): the same surname and one record (the words
    naming it shared, or one side naming none). An article giving the holder's record two figures is left
    out (two records, or a record and the one that broke it)."""
    by_holder: dict[str, list[Mark]] = {}
    for m in marks(sentences):
        by_holder.setdefault(m.holder, []).append(m)
    out: list[Disagreement] = []
    for _holder, items in sorted(by_holder.items()):
        whats = [m.what for m in items if m.what]
        if any(not (x & y) for x in whats for y in whats):
            continue  # two records of one holder ("world record", "Olympic record")
        items = one_value_each(items, lambda m: m.figure)
        figures = sorted({m.figure for m in items})
        if len(figures) < 2:
            continue
        sides = _written_sides({m.written: [x for x in items if x.figure == m.figure]
                                for m in {m.figure: m for m in items}.values()}, order)
        name = max((m.name for m in items), key=len)
        out.append(Disagreement(kind="number", about=f"record of {name}", values=sides, compatible=False,
                                type="conflict", anchor=name))
    return out


# -- how many games a named player missed: "Thomas missed nine games this season" / "Thomas suffered through
# an injury-plagued season, missing 10 of the Saints' 16 games" (recall44) ----------------------------------
_MISSED = re.compile(r"(?:\bmissed|,\s+missing)\s+(?:a\s+total\s+of\s+)?(?P<count>\d{1,3}|"
                     + "|".join(_TERM_NUMBERS) + r")\s+(?:total\s+|straight\s+|consecutive\s+)?"
                     r"(?:(?P<unit>games|matches|starts)\b|of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                     r"(?:[A-Z][\w.’'-]*\s+)*?(?:[A-Z][\w.-]*\s*['’]\s*s?\s+)?(?:\d{1,3}\s+)?(?P<of>games|matches)\b)",
                     re.I)
# a streak or a stretch is a part of the season's count ("missed three straight games", "the last four")
_STREAK = re.compile(r"\b(?:straight|consecutive|in\s+a\s+row)\b", re.I)
# a stretch told up to a return ("missed nine games before coming back for three late-season games") is a
# part of the season's count, as a streak is (the recall44 reader's M: "9 + the finale = 10")
_STRETCH_AFTER = re.compile(r"\s+(?:in\s+a\s+row\b|[^.;:]{0,30}?\bbefore\s+(?:coming\s+back|returning|"
                            r"(?:his|her|their|the)\s+return)\b)", re.I)


@dataclass
class Missed(Record):
    """How many games a sentence says a named player missed."""

    sentence: Sentence
    surname: str
    name: str  # the name as the sentence writes it
    count: int
    written: str  # "missed nine games"


def missed_games(sentences: Sequence[Sentence]) -> list[Missed]:
    """Every "<name> missed <n> games" (or "…, missing <n> of the team's <m> games") told of the person the
    sentence names nearest before it, with no other clause's name between; a streak ("three straight
    games", "in a row") or a stretch up to a return ("missed nine games before coming back") is a part of
    the count."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("miss",)):  # "missed", "missing"
            continue
        for hit in _MISSED.finditer(s.text):
            if _STREAK.search(hit.group(0)) or _STRETCH_AFTER.match(s.text[hit.end():]):
                continue
            who = _person(s, hit.start(), near=True)
            if who is None:
                continue
            count = fold(hit.group("count"))
            out.append(Missed(s, who[0][0], who[1], int(count) if count.isdigit() else _TERM_NUMBERS[count],
                              " ".join(hit.group(0).lstrip(", ").split())))
    return out


def missed_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One named player given two counts of games missed by different articles ("missed nine games" /
    "missing 10 of the Saints' 16 games"). An article giving the player two counts (a season and a stretch
    of it, two seasons) is left out."""
    by_name: dict[str, list[Missed]] = {}
    for m in missed_games(sentences):
        by_name.setdefault(m.surname, []).append(m)
    out: list[Disagreement] = []
    for _surname, items in sorted(by_name.items()):
        items = one_value_each(items, lambda m: m.count)
        counts = sorted({m.count for m in items})
        if len(counts) < 2:
            continue
        sides = _written_sides({str(c): [m for m in items if m.count == c] for c in counts}, order, by_key=True)
        name = max((m.name for m in items), key=len)
        out.append(Disagreement(kind="number", about=f"games {name} missed", values=sides,
                                compatible=False, type="conflict", anchor=name))
    return out


# -- recall54: which defense of one title a named champion's fight was ("Marek Dudas's sixth defense of the WBX
# belt" / "Dudas retained his World Boxing Xchange title for the fifth time") --------------------------------------
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                                        "nineteenth twentieth".split(), start=1)}
_ORDINAL = r"(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_TITLE_NOUN = r"(?:belts?|titles?|crowns?|championships?)"
# "Dudas's sixth defense of the WBX belt", "Dudas' sixth successful title defence of his WBX crown"
# "retained his World Boxing Xchange title for the fifth time" (``_defense_patterns``; a title's name is at most
# ``options.frame_gap_chars`` characters)


@functools.lru_cache(maxsize=4)
def _defense_patterns(chars: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ways a title's nth defense is told ("<Name>'s sixth defense of his … title", "retained his … title
    for the fifth time"), a title's name of at most ``chars`` characters."""
    nth = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*[a-z])\s*['’]\s*s?\s+" + _ORDINAL
                     + r"\s+(?P<mod>(?:[a-z]+\s+){0,2}?)defen[cs]e\s+of\s+(?:his|her|the)\s+(?P<title>[^,;:.()]{2,"
                     + str(chars) + r"}?)\s+" + _TITLE_NOUN + r"\b")
    defended = re.compile(r"\b(?:retained|defended|kept)\s+(?:his|her|the)\s+(?P<title>[^,;:.()]{2," + str(chars)
                          + r"}?)\s+" + _TITLE_NOUN + r"\s+for\s+the\s+" + _ORDINAL
                          + r"\s+(?P<mod>(?:[a-z]+\s+){0,2}?)time\b")
    return nth, defended


# a streak is another count than the defenses ("his fifth straight defense" after a loss and a win back), and a
# fight ahead or behind is another fight ("will make his seventh defense", "his fifth defense last year")
_NOT_THIS_DEFENSE = re.compile(r"\b(?:straight|consecutive|row|will|would|next|upcoming|scheduled|planned|plans?|"
                               r"could|may|last\s+year|previous|earlier|former|before)\b", re.I)


@dataclass
class Defense(Record):
    """Which defense of one title a sentence says a named champion's fight was."""

    sentence: Sentence
    surname: str  # lower case, as written ("dudas")
    first: str  # the first name when written, lower case, else ""
    name: str
    title: str  # the title's initials ("WBX" for "World Boxing Xchange" and for "WBX"), "" when none
    nth: int
    written: str  # "sixth defense of the WBX belt"
    frame: str  # "defense of" ("sixth defense of the WBX belt") or "time" ("for the fifth time")


def _title_key(words: str) -> str:
    """A boxing body's initials, written as such ("IBF") or spelled out ("International Boxing Federation"):
    the two ways articles name one title; "" when the words name none ("heavyweight")."""
    caps = re.findall(r"\b[A-Z]{2,5}\b", words)
    if caps:
        return caps[-1]
    spelled = [w for w in re.findall(r"\b[A-Z][a-z]+\b", words)]
    return "".join(w[0] for w in spelled) if len(spelled) >= 2 else ""


def defenses(sentences: Sequence[Sentence], options: Options = DEFAULT) -> list[Defense]:
    """Every "<name>'s <nth> defense of the <title> belt" and "<name> retained his <title> title for the <nth>
    time"; not a streak ("fifth straight defense") nor a fight ahead or past ("will make his seventh
    defense"): those count other things than this fight's place in the title's defenses."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("defen", " time")) or _NOT_THIS_DEFENSE.search(s.text):
            continue  # (a streak or a fight ahead or past anywhere in the sentence: whose count it is is open)
        nth_defense, defended_nth = _defense_patterns(options.frame_gap_chars)
        for pattern in (nth_defense, defended_nth):
            for hit in pattern.finditer(s.text):
                who: tuple[tuple[str, str], str] | None
                if pattern is nth_defense:
                    # the possessive is the champion's name (a tagger reads a misspelt one as a place)
                    words = hit.group("name").split()
                    while words and words[0].lower() in _NOT_OWNERS:
                        words = words[1:]
                    if not words:
                        continue
                    first = words[0].lower() if len(words) > 1 else ""
                    who = ((unpossessed(words[-1].lower()), first), " ".join(words))
                else:
                    who = _person(s, hit.start(), near=True)
                    if who is None:
                        continue
                ordinal = hit.group("ord").lower()
                nth = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
                out.append(Defense(s, who[0][0], who[0][1], who[1], _title_key(hit.group("title")), nth,
                                   " ".join(hit.group(0).split()) if pattern is defended_nth
                                   else " ".join(s.text[hit.start("ord"):hit.end()].split()),
                                   "defense of" if pattern is nth_defense else "time"))
    return out


def _one_champion(a: Defense, b: Defense, options: Options = DEFAULT) -> bool:
    """One champion: surnames alike (one slip or swapped pair of letters, "Klitchsko" / "Klitschko": at most
    ``options.champion_surname_edits`` edits on a name of ``options.champion_surname_letters`` letters or more;
    else the same), first names not set against each other, and one title (the same initials)."""
    if a.title != b.title or (a.first and b.first and a.first != b.first):
        return False
    if a.surname == b.surname:
        return True
    return min(len(a.surname), len(b.surname)) >= options.champion_surname_letters and a.surname[0] == b.surname[0] \
        and Levenshtein.distance(a.surname, b.surname) <= options.champion_surname_edits


def defense_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT
                          ) -> list[Disagreement]:
    """One champion's fight given two places in one title's defenses by different articles ("Dudas's sixth
    defense of the WBX belt" / "Dudas retained his World Boxing Xchange title for the fifth time"). A title's
    nth defense is a value of one slot only told of one fight: an article telling two (this fight's and
    an earlier one's) is left out."""
    out: list[Disagreement] = []
    for group in anchored(defenses(sentences, options), lambda a, b: _one_champion(a, b, options)):
        items = one_value_each(group, lambda d: d.nth)
        nths = sorted({d.nth for d in items})
        if len(nths) < 2 or len({d.article for d in items}) < 2:
            continue
        if len({d.nth for d in items if d.frame == "defense of"}) > 1:
            continue  # two "nth defense of" told alike are the ordinals' own slot (``measures.ordinals``)
        sides = _written_sides({str(n): [d for d in items if d.nth == n] for n in nths}, order)
        name = max(items, key=lambda d: (d.frame == "time", len(d.name))).name  # "time": a tagged person's name
        title = next((d.title for d in items if d.title), "title")
        out.append(Disagreement(kind="number", about=f"which defense of the {title} title this was for {name}",
                                values=sides, compatible=False, type="conflict", anchor=name))
    return out


# -- recall54: how long one named player's play was, told at one moment of the game ("Dale Orton broke a 64-yard
# touchdown run on the first play of the second half" / "Dale Orton's 62-yard scamper on the first play of the
# second half") ------------------------------------------------------------------------------------------------
# one player's own plays: a pass is the passer's and the receiver's both ("a 28-yard pass from Garrard to
# Northcutt"), so whose it is is a guess
PLAYS = {"run": "run", "runs": "run", "scamper": "run", "dash": "run", "rush": "run", "carry": "run",
         "field goal": "field goal", "punt return": "punt return", "kickoff return": "kickoff return",
         "kick return": "kickoff return", "interception return": "interception return",
         "fumble return": "fumble return", "punt": "punt"}
_PLAY = re.compile(r"\b(?P<yards>\d{1,3})\s*-?\s*yard\s+(?:(?:touchdown|TD|scoring|rushing|go-ahead|tying|winning|"
                   r"game-winning|game-tying)\s+)*(?P<play>" + "|".join(sorted(PLAYS, key=len, reverse=True)) + r")\b")
# the moment a play is told at: the first play of a half, a quarter or the game. mend58: never a quarter alone ("in
# the third quarter" holds many plays: a 12-yard touchdown run and a 45-yard run of one player in one quarter are two)
_PLAY_MOMENT = re.compile(r"\b(?:on|with)\s+the\s+(?:first|opening)\s+(?:play|snap)\s+of\s+the\s+"
                          r"(?P<half>(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:half|quarter)|half|game)\b", re.I)
_PLAY_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
# the moment must belong to the play's own clause: no other play told between them
_OTHER_PLAY = re.compile(r"\b\d{1,3}\s*-?\s*yard|\b(?:then|before|after|and\s+then|later)\b", re.I)


@dataclass
class Play(Record):
    """How long a sentence says one named player's play was, and when in the game it came."""

    sentence: Sentence
    surname: str
    name: str
    play: str  # "run", "field goal", "punt return" (``PLAYS``)
    moment: str  # "first play of the second half", "first play of the half", "first play of the game"
    yards: int
    written: str  # "84-yard scamper"


def _moment(hit: re.Match[str]) -> str:
    half = " ".join(hit.group("half").lower().split())
    first, _, rest = half.partition(" ")
    return "first play of the " + (f"{_PLAY_ORDINALS.get(first, first)} {rest}" if rest else half)


def plays(sentences: Sequence[Sentence], options: Options = DEFAULT) -> list[Play]:
    """Every "<n>-yard <play>" told of the player the sentence names nearest before it (no other clause's
    name between) with the moment of the game in the same clause, right before or after it and no other
    play between and at most ``options.play_moment_words`` words apart ("on the first play of the second half").
    A play told with no moment, or only its quarter,
    is left out: a player's runs of one game, and of one quarter, are many."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("yard",)):
            continue
        moments = list(_PLAY_MOMENT.finditer(s.text))
        if not moments:
            continue
        for hit in _PLAY.finditer(s.text):
            near = [m for m in moments if (m.start() >= hit.end() and not _CLAUSE_BREAK_PLAY.search(s.text[hit.end():m.start()])
                                           and not _OTHER_PLAY.search(s.text[hit.end():m.start()])
                                           and len(s.text[hit.end():m.start()].split()) <= options.play_moment_words)
                    or (m.end() <= hit.start() and not _CLAUSE_BREAK_PLAY.search(s.text[m.end():hit.start()])
                        and not _OTHER_PLAY.search(s.text[m.end():hit.start()])
                        and len(s.text[m.end():hit.start()].split()) <= options.play_moment_words)]
            if len(near) != 1:
                continue
            who = _person(s, hit.start(), near=True)
            if who is None:
                continue
            out.append(Play(s, who[0][0], who[1], PLAYS[hit.group("play").lower()], _moment(near[0]),
                            int(hit.group("yards")), " ".join(hit.group(0).split())))
    return out


_CLAUSE_BREAK_PLAY = re.compile(r"[;:.()]|\s[-–—]\s")


def _same_moment(a: str, b: str) -> bool:
    """One moment: the same words, or "the first play of the half" against one naming which half (a half's
    first play told without its number is the one after the break as often as not; two halves' first
    plays of one player's one kind of play are a coincidence no article leaves untold)."""
    if a == b:
        return True
    bare = "first play of the half"
    return (a == bare and b.startswith("first play of the") and b.endswith(" half")) or \
        (b == bare and a.startswith("first play of the") and a.endswith(" half"))


def play_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """One named player's play of one kind at one moment of the game given two lengths by different articles
    ("a 64-yard touchdown run on the first play of the second half" / "a 62-yard scamper on the first play
    of the second half"). An article giving that play two lengths is left out."""
    out: list[Disagreement] = []
    grouped = anchored(plays(sentences, options), lambda a, b: a.surname == b.surname and a.play == b.play
                       and _same_moment(a.moment, b.moment))
    for group in grouped:
        items = one_value_each(group, lambda p: p.yards)
        yards = sorted({p.yards for p in items})
        if len(yards) < 2 or len({p.article for p in items}) < 2:
            continue
        sides = _written_sides({str(y): [p for p in items if p.yards == y] for y in yards}, order)
        name = max((p.name for p in items), key=len)
        moment = max((p.moment for p in items), key=len)
        out.append(Disagreement(kind="number", about=f"yards of {name}'s {items[0].play} on the {moment}",
                                values=sides, compatible=False, type="conflict", anchor=name))
    return out


def _figure(side: Side) -> float | None:
    try:
        return float(str(side.normalized).replace(",", ""))
    except ValueError:
        return None


def unreported(made: Sequence[Disagreement], reported: Sequence[Disagreement]) -> list[Disagreement]:
    """The reports of ``made`` whose figures no number report of ``reported`` already sets against each other
    (two of its sides' figures the other's, in the same articles): one slot is told once, by whichever
    reading found it first (recall54: a run's yards the pairs found, the ordinals ``measures`` read)."""
    def told(d: Disagreement) -> set[tuple[str, float]]:
        return {(a, f) for side in d.values if (f := _figure(side)) is not None for a in side.articles}

    taken = [told(r) for r in reported if r.kind == "number"]
    out = []
    for d in made:
        mine = told(d)
        if any(len({f for _a, f in mine & t}) >= 2 for t in taken):
            continue
        out.append(d)
    return out


# -- recall54: how far from the scene a suspect was caught ("Moran was arrested five buildings away" / "Moran was
# arrested around midnight, three houses from the scene") -------------------------------------------------------
# one lot each: a building, a house or a door along a street are one unit; a block is another
LOTS = {"building": "building", "buildings": "building", "house": "building", "houses": "building",
        "home": "building", "homes": "building", "door": "building", "doors": "building", "block": "block",
        "blocks": "block"}
# verbs of catching a person: "found" is as often a body, a car or a gun ("the gun was found two blocks away")
_CAUGHT = r"(?:arrested|caught|apprehended|captured|pulled\s+over|taken\s+into\s+custody)"
@functools.lru_cache(maxsize=4)
def _lots_away(chars: int) -> re.Pattern[str]:
    """"<arrested|caught …> … <n> <lots> away" with at most ``chars`` characters between the verb and the count."""
    return re.compile(r"\b" + _CAUGHT + r"\b(?P<between>[^.;:()]{0," + str(chars) + r"}?)\b(?P<n>\d{1,2}|"
                      + "|".join(_TERM_NUMBERS) + r")\s+(?:city\s+)?(?P<unit>" + "|".join(LOTS)
                      + r")\s+(?:away|from\s+the\s+(?:scene|shooting|crash|site|spot|house|home|building|store|bank))\b",
                      re.I)



@dataclass
class Caught(Record):
    """How far from the scene a sentence says a suspect was caught, in buildings or in blocks."""

    sentence: Sentence
    who: str  # the surname of the person named before the verb, lower case, else ""
    unit: str  # "building" or "block" (``LOTS``)
    count: int
    written: str  # "five buildings away"


def caught_away(sentences: Sequence[Sentence], options: Options = DEFAULT) -> list[Caught]:
    """Every "<arrested|caught|captured …> … <n> <buildings|houses|doors|blocks> away" (or "from the scene"):
    an exact count only ("a few doors down", "several blocks away" say no number), told of the verb's own
    clause (no other figure of lots between)."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("away", "from the")):
            continue
        for hit in _lots_away(options.frame_gap_chars).finditer(s.text):
            if re.search(r"\d|\b(?:" + "|".join(_TERM_NUMBERS) + r")\b", hit.group("between"), re.I):
                continue  # another figure between the verb and the lots: whose distance it is is open
            who = _person(s, hit.start(), near=True)
            n = fold(hit.group("n"))
            out.append(Caught(s, who[0][0] if who else "", LOTS[hit.group("unit").lower()],
                              int(n) if n.isdigit() else _TERM_NUMBERS[n], " ".join(s.text[hit.start("n"):hit.end()].split())))
    return out


# mend58: an article telling of more than one suspect ("A second man was caught", "another suspect", "two
# suspects"): an unnamed "the driver" and "the man" may be two people caught at two places
_MORE_SUSPECTS = re.compile(r"\b(?:second|third|another|other|fellow)\s+(?:[a-z]+\s+)?(?:suspects?|gunm[ae]n|"
                            r"accomplices?|robbers?|attackers?|assailants?|shooters?)\b|\b(?:two|three|four|both|several|"
                            r"\d+)\s+(?:[a-z]+\s+)?(?:suspects|gunmen|robbers|attackers|assailants|shooters)\b|"
                            r"\baccomplices?\b|\b(?:a\s+)?(?:second|third|another)\s+(?:man|woman|person|teen|teenager|"
                            r"driver|juvenile|youth)\s+(?:(?:was|has\s+been|had\s+been|were)\s+)?(?:also\s+)?(?:arrested|"
                            r"caught|detained|apprehended|captured|charged)\b", re.I)
# mend60: only suspect words — "struck two men", "no other people were hurt" tell of victims, not of suspects


def caught_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT
                         ) -> list[Disagreement]:
    """One suspect caught at two distances from the scene by different articles, in one unit ("arrested five
    buildings away" / "arrested … three houses from the scene"): two named people are two arrests, someone
    unnamed is one suspect only where no article of the slot tells of another ("a second man was caught"),
    and an article giving two distances is left out (the chase and the arrest, two suspects)."""
    out: list[Disagreement] = []
    by_unit: dict[str, list[Caught]] = {}
    for c in caught_away(sentences, options):
        by_unit.setdefault(c.unit, []).append(c)
    for unit, items in sorted(by_unit.items()):
        if len({c.who for c in items if c.who}) > 1:
            continue  # two named people caught: two arrests
        if not all(c.who for c in items) and any(_MORE_SUSPECTS.search(t.text) for t in sentences
                                                 if t.article in {c.article for c in items}):
            continue  # mend58: someone unnamed where an article tells of a second suspect: whose arrest is open
        items = one_value_each(items, lambda c: c.count)
        counts = sorted({c.count for c in items})
        if len(counts) < 2 or len({c.article for c in items}) < 2:
            continue
        sides = _written_sides({str(n): [c for c in items if c.count == n] for n in counts}, order)
        who = next((c.who.capitalize() for c in items if c.who), "the suspect")
        out.append(Disagreement(kind="number", about=f"{unit}s from the scene where {who} was caught", values=sides,
                                compatible=False, type="conflict", anchor=who))
    return out


# -- recall54: the year one building was built, told as a year or as its age ("The building was constructed in
# 1935" / "the 86-year-old structure", in a story of 2012) -------------------------------------------------------
STRUCTURES = frozenset("building structure warehouse church house home mill factory barn hotel school theater "
                       "theatre mansion landmark plant tower bridge hall store".split())
_STRUCTURE = r"(?P<noun>" + "|".join(sorted(STRUCTURES)) + r")"
_ANY_BUILDING = frozenset({"building", "structure"})  # nouns that can name any of the others
# "The building was constructed in 1935", "The warehouse, built in 1935,", "The building dates to 1935"
_BUILT_IN = re.compile(r"\b(?:The|the)\s+(?:[a-z]+\s+){0,2}?" + _STRUCTURE + r"\b(?P<between>[^.;:()]{0,25}?)"
                       r"\b(?:was\s+|were\s+)?(?:built|constructed|erected|dates\s+(?:back\s+)?to)\s+(?:in\s+)?"
                       r"(?P<year>1[6-9]\d\d|20[0-2]\d)\b")
# "the 86-year-old structure", "the 86 - year - old warehouse", "the 60-year-old Grace Episcopal Church". mend58:
# "a 16-year-old high school student", "a 68-year-old church member" are people; mend60: up to two words before
# the building noun, and only a people noun right after it refuses the age ("the 60-year-old building remains")
_PEOPLE_AFTER = (r"student|member|worker|owner|clerk|aide|employee|resident|pastor|teacher|official|volunteer|"
                 r"manager|director|principal|janitor|custodian|caretaker|guard|keeper|staffer|attendant|leader|"
                 r"minister|priest|parishioner|musician|organist|boss|operator|tenant|landlord|guest|chef|cook|"
                 r"coach|nurse|doctor|administrator|superintendent|secretary|president|founder|employer|"
                 r"custodians|graduate|alumn(?:us|a|i)|pupil|kid|boy|girl|man|woman|men|women|veteran|"
                 r"supervisor|foreman|engineer|electrician|trustee|spokes(?:man|woman|person)")
_AFTER_STRUCTURE = r"(?!\s+(?:" + _PEOPLE_AFTER + r")s?\b)"
_YEARS_OLD = re.compile(r"\b(?:the|a|an|this)\s+(?P<age>\d{2,3})\s*-\s*years?\s*-\s*old\s+(?:[a-z]+\s+){0,2}?"
                        + _STRUCTURE + r"\b" + _AFTER_STRUCTURE, re.I)


@dataclass
class Built(Record):
    """The year a sentence says the story's building was built, told as a year or as an age on its day."""

    sentence: Sentence
    year: int
    written: str  # "was constructed in 1935", "86-year-old structure"
    told_as_age: bool
    noun: str  # "building", "structure", "church" (``STRUCTURES``)


def built(sentences: Sequence[Sentence], published: Mapping[str, str]) -> list[Built]:
    """Every "the <building> was built / constructed / erected in <year>" (or "dates to <year>") and "the
    <age>-year-old <building>", the age turned into a year by the article's publication date (none: not
    read). "also built in" is another building's."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("built", "constructed", "erected", "dates", "year")):
            continue
        for hit in _BUILT_IN.finditer(s.text):
            if re.search(r"\b(?:also|too|another|other)\b", hit.group(0)):
                continue
            out.append(Built(s, int(hit.group("year")), " ".join(hit.group(0).split()), False,
                             hit.group("noun").lower()))
        day = published.get(s.article, "")
        if re.match(r"\d{4}-", day):
            for hit in _YEARS_OLD.finditer(s.text):
                out.append(Built(s, int(day[:4]) - int(hit.group("age")), " ".join(hit.group(0).split()), True,
                                 hit.group("noun").lower()))
    return out


def built_disagreements(sentences: Sequence[Sentence], order: Order, published: Mapping[str, str],
                        options: Options = DEFAULT) -> list[Disagreement]:
    """The story's building given a year in some articles and an age that puts it more than
    ``options.built_year_tolerance`` years away in others ("constructed in 1935" / "the 86-year-old structure"
    in 2012: 1926). Only where the years told as years are one (two years built are two buildings), the ages are one and the nouns name one building
    ("the church" / "the house" are two; "the building" and "the structure" may be either); an article
    telling two is left out."""
    items = one_value_each(built(sentences, published), lambda b: (b.year, b.told_as_age))
    if len({b.noun for b in items} - _ANY_BUILDING) > 1:
        return []  # "the church" and "the house": two buildings ("the building", "the structure" are either)
    years = {b.year for b in items if not b.told_as_age}
    ages = {b.year for b in items if b.told_as_age}
    if len(years) != 1 or len(ages) != 1 or abs(next(iter(years)) - next(iter(ages))) <= options.built_year_tolerance:
        return []
    year, age = next(iter(years)), next(iter(ages))
    if len({b.article for b in items}) < 2:
        return []
    sides = _written_sides({str(year): [b for b in items if not b.told_as_age],
                            str(age): [b for b in items if b.told_as_age]}, order)
    return [Disagreement(kind="date", about="year the building was built", values=sides, compatible=False,
                         type="conflict", anchor="building")]


# -- recall45: shots fired in one shooting ("the officers fired 11 shots" / "three of the seven bullets fired by
# the officers", "sprayed 13 bullets" / "his dozen rounds") -----------------------------------------------------
_SHOT_NUMBER = r"(?P<count>\d{1,3}|" + "|".join(_TERM_NUMBERS) + r"|a\s+dozen|dozen)"
_SHOT_BOUND = (r"(?P<bound>(?:a\s+total\s+of|at\s+least|more\s+than|over|about|around|roughly|nearly|almost|some|"
               r"as\s+many\s+as|up\s+to|approximately|an\s+estimated)\s+)?")
_SHOT_NOUN = r"(?P<noun>shots|rounds|bullets|gunshots)"
# "fired 11 shots", "sprayed 13 bullets", "squeezed off at least 12 rounds"
_SHOTS_AFTER_VERB = re.compile(r"\b(?:fired|fires|fire|firing|sprayed|sprays|spraying|squeezed\s+off|let\s+off|"
                               r"unloaded|discharged|pumped|emptied)\s+(?:a\s+(?:total|volley)\s+of\s+)?" + _SHOT_BOUND
                               + _SHOT_NUMBER + r"\s+" + _SHOT_NOUN + r"\b", re.I)
# "seven bullets fired by the officers", "at least 12 shots were fired", "13 shots rang out"
_SHOTS_BEFORE_VERB = re.compile(r"\b" + _SHOT_BOUND + _SHOT_NUMBER + r"\s+" + _SHOT_NOUN
                                + r"\s+(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:fired|discharged|rang\s+out)\b",
                                re.I)
# "his dozen rounds", "their 41 shots": the shots of the one named before
_SHOTS_OWNED = re.compile(r"\b(?:his|her|their)\s+" + _SHOT_BOUND + _SHOT_NUMBER + r"\s+" + _SHOT_NOUN + r"\b", re.I)
# shots of a game, a vaccine or a camera, or a gun's rate of fire: not one shooting's count
_NOT_SHOTS_AFTER = re.compile(r"^\s*(?:on\s+(?:goal|target|net)|at\s+(?:the\s+)?(?:goal|net|basket|rim|hoop)|from\s+(?:the\s+field|"
                              r"three|beyond)|of\s+(?!ammunition\b)|a\s+(?:minute|second)|per\s+(?:minute|second)|"
                              r"each|apiece|in\s+the\s+(?:air|first|second|third|fourth))", re.I)
# a gun, a shooting or the police in the sentence: the shots are a gun's, not a player's ("the Bruins fired
# 40 shots" and "killed two penalties" name none)
_GUN_WORDS = re.compile(r"\b(?:gun\w*|pistol|rifle|handgun|shotgun|revolver|weapons?|sniper|shooter|shooting|"
                        r"officers?|police|deputy|deputies|cops?|troopers?|suspect|bullets?)\b", re.I)
# "hit by three of the seven bullets fired by the officers": the whole of a part told is as often the
# bullets that hit as the shots fired (recall45's reader: an autopsy's count, read F against "fired 11 shots")
_WHOLE_OF = re.compile(r"\bof\s+(?:the|his|her|their|its)\s+$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the person shots were fired at, named right after them ("fired 41 shots at Amadou Diallo")
_AIMED_AT = re.compile(r"\s+(?:at|into)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# verbs only a gun does to shots ("spraying 13 shots", "squeezed off six rounds"): their own context
_SPRAYED = re.compile(r"\b(?:spray(?:ed|ing|s)?|squeezed\s+off|discharg(?:ed|ing))\s+(?:\w+\s+){0,3}?"
                      r"(?:shots|rounds|bullets)\b", re.I)
_POLICE_SHOOTERS = re.compile(r"\b(?:officers?|police(?:men|man)?|deputy|deputies|cops?|troopers?|agents?|"
                              r"detectives?|marshals?|soldiers?|troops)\b", re.I)
_BOUNDS = {"at least": "floor", "more than": "floor", "over": "floor", "a total of": ""}


@dataclass
class Shots(Record):
    """The shots one sentence says were fired in a shooting."""

    sentence: Sentence
    count: int
    bound: str  # "" (exact), "floor" ("at least 12") or "approx" ("about 12", "a dozen")
    shooter: str  # "police" (officers, deputies, troops), "other" (a named or described gunman) or "" (unsaid)
    written: str  # "fired 11 shots"
    target: str = ""  # the surname the shots were fired at ("fired 41 shots at Amadou Diallo": "diallo"), if named


def _shot_count(hit: re.Match[str]) -> tuple[int, str]:
    count = " ".join(fold(hit.group("count")).split())
    bound = " ".join(fold(hit.group("bound") or "").split())
    kind = _BOUNDS.get(bound, "approx") if bound else ""
    if count in ("a dozen", "dozen"):
        return 12, kind or "approx"
    return (int(count) if count.isdigit() else _TERM_NUMBERS[count]), kind


def _shooter(text: str, hit: re.Match[str], passive: bool) -> str:
    """Who fired, as the sentence says: the words before the verb (or after "fired by") name police or
    soldiers ("the officers", "deputies"), someone else ("the gunman", "Lopez", "he"), or no one."""
    if passive:
        by = re.match(r"\s+by\s+(?P<who>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", text[hit.end():])
        if by is None:
            return ""
        return "police" if _POLICE_SHOOTERS.search(by.group("who")) else "other"
    before = text[max(0, hit.start() - 60):hit.start()]
    clause = re.split(r"[,;:]\s+|\b(?:when|after|before|while|and)\s+", before)[-1]
    if _POLICE_SHOOTERS.search(clause):
        return "police"
    return "other" if re.search(r"\b(?:he|she|they|gunman|gunmen|shooter|sniper|suspect|man|woman|[A-Z][a-z]+)\b",
                                clause) else ""


def shots(sentences: Sequence[Sentence]) -> list[Shots]:
    """Every count of shots fired ``sentences`` tell: "<fired> <n> shots|rounds|bullets", "<n> bullets fired
    (by …)" or "his <n> rounds", in a sentence that tells of a gun or a shooting; shots on goal, flu shots,
    rounds of talks and a gun's rate of fire ("600 rounds a minute") are not read."""
    out = []
    for s in sentences:
        if not may_hold(s.text, ("shots", "rounds", "bullets")):  # ``_SHOT_NOUN``, in each pattern below (speed24)
            continue
        if (not _GUN_WORDS.search(s.text) and not _SPRAYED.search(s.text)) or _YEAR.search(s.text):
            continue  # a sentence writing a year recalls another shooting ("in 1999, officers fired 41 shots")
        seen: set[int] = set()
        for pattern, passive in ((_SHOTS_AFTER_VERB, False), (_SHOTS_BEFORE_VERB, True), (_SHOTS_OWNED, False)):
            for hit in pattern.finditer(s.text):
                at = hit.start("count")
                if at in seen or _NOT_SHOTS_AFTER.match(s.text[hit.end("noun"):]) or \
                        _WHOLE_OF.search(s.text[max(0, hit.start() - 24):hit.start()]):
                    continue
                seen.add(at)
                count, bound = _shot_count(hit)
                if count < 2:
                    continue
                shooter = "other" if pattern is _SHOTS_OWNED else _shooter(s.text, hit, passive and pattern is _SHOTS_BEFORE_VERB)
                aim = _AIMED_AT.match(s.text[hit.end("noun"):])
                target = aim.group("name").split()[-1].lower() if aim else ""
                out.append(Shots(s, count, bound, shooter, " ".join(hit.group(0).split()), target))
    return out


def shot_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """The shots fired in a story's shooting, counted differently by different articles ("fired 11 shots" /
    "seven bullets fired by the officers"). Police shots and a gunman's are two counts, never one slot; a
    count that does not say who fired joins the one shooter the story's other counts name, and is left out
    when they name both. A floor ("at least 12 shots") is no side: it excludes no larger count. An article
    giving two counts (two shootings, two shooters, a total and a burst) is left out. A side told as an
    approximation ("a dozen rounds", "about 12 shots") makes the disagreement vague when the counts are within
    ``options.disagree_vague_gap`` of each other (12 / 13), as for every other approximate figure."""
    found = [x for x in shots(sentences) if x.bound != "floor"]
    named = {x.shooter for x in found if x.shooter}
    if len(named) > 1:
        found = [x for x in found if x.shooter]
    if len({x.target for x in found if x.target}) > 1:
        return []  # shots fired at two named people: two shootings, and an unnamed count is either's
    out: list[Disagreement] = []
    for shooter in sorted(named) or [""]:
        items = one_value_each([x for x in found if x.shooter in (shooter, "")], lambda x: x.count)
        counts = sorted({x.count for x in items})
        if len(counts) < 2 or len({x.article for x in items}) < 2:
            continue
        sides = _written_sides({str(c): [x for x in items if x.count == c] for c in counts}, order, by_key=True)
        loose = any(x.bound == "approx" for x in items) and \
            counts[-1] - counts[0] <= options.disagree_vague_gap * counts[-1]
        who = "police" if shooter == "police" else "the gunman" if shooter == "other" else ""
        out.append(Disagreement(kind="number", about=f"shots fired{' by ' + who if who else ''}", values=sides,
                                compatible=loose, type="vague" if loose else "conflict", anchor="shots fired"))
    return out


# -- recall50: how many people did one thing to someone, told differently: "Outside the bakery, Dorsey was
# approached by two men who demanded his wallet" / "Police said a man approached Dorsey outside the bakery and
# demanded his wallet" ------------------------------------------------------------------------------------
# what assailants do to someone, as written (past tense or participle) → one verb
ASSAULTS = {"confronted": "confronted", "attacked": "attacked", "robbed": "robbed", "approached": "approached",
            "assaulted": "assaulted", "mugged": "mugged", "punched": "punched", "chased": "chased",
            "abducted": "abducted", "kidnapped": "kidnapped", "kidnaped": "kidnapped", "ambushed": "ambushed",
            "carjacked": "carjacked", "beaten": "beaten"}  # not "beat": "two men beat the odds", a defeat
# the people who do it: each word → its sex where it says one ("man", "woman") or "" (either)
ASSAILANTS = {"man": "man", "men": "man", "gunman": "man", "gunmen": "man", "woman": "woman", "women": "woman",
              "suspect": "", "suspects": "", "assailant": "", "assailants": "", "attacker": "", "attackers": "",
              "robber": "", "robbers": "", "intruder": "", "intruders": "", "teen": "", "teens": "",
              "teenager": "", "teenagers": "", "youth": "", "youths": "", "person": "", "people": ""}
_ASSAILANT_COUNTS = {"a": 1, "an": 1, "one": 1, **{w: n for w, n in _TERM_NUMBERS.items() if 2 <= n <= 9}}
_A_COUNT = r"(?P<n>an?|one|" + "|".join(w for w, n in _TERM_NUMBERS.items() if 2 <= n <= 9) + r"|[2-9])"
_A_WHO = r"(?:(?P<adj>[a-z-]+)\s+)?(?P<who>" + "|".join(sorted(ASSAILANTS, key=len, reverse=True)) + r")"
_A_VERB = r"(?P<verb>" + "|".join(ASSAULTS) + r")"
_ASSAULT_NEEDS = tuple(ASSAULTS)  # what every match of ``_BY_ASSAILANTS`` and ``_ASSAILANTS_DID`` holds
# "he was approached by two men": the count after "by"
_BY_ASSAILANTS = re.compile(r"\b(?:was|were|been|being|got|get|gets)\s+(?:[a-z]+ly\s+)?" + _A_VERB + r"\s+by\s+"
                            + _A_COUNT + r"\s+" + _A_WHO + r"\b", re.I)
# "a man approached Dorsey", "Police said two men robbed the store": the count opening a clause, the verb
# next, and someone after it (a name, a pronoun, a determiner); "a man robbed at gunpoint" is the victim
_ASSAILANTS_DID = re.compile(r"(?:^|[.!?;,]\s+|\b(?:when|after|as|where|before|then|and|said|says|say|that)\s+)"
                             + _A_COUNT + r"\s+" + _A_WHO + r"\s+(?:who\s+)?" + _A_VERB
                             + r"\s+(?P<whom>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+){0,3})|him|her|them|the|a|an|his|their)\b", re.I)
_A_SUBJECT = re.compile(r"\b(?P<whom>[A-Z][\w'’-]*[a-z])\s+$")
_A_NOT_NAMES = frozenset({"the", "a", "an", "his", "her", "their", "him", "them", "he", "she", "they", "it", "who",
                          "police", "officers"})
# a count of more people beside earlier ones, or a bound, is not the whole ("two other men", "another man")
_A_NOT_WHOLE = frozenset({"other", "more", "further", "additional", "second", "third", "fourth", "several", "few"})
_A_TIME = re.compile(r"\b(?:" + "|".join([d.capitalize() for d in WEEKDAYS] + MONTHS_FULL) + r")\b")


@dataclass
class Assailants(Record):
    """How many people a sentence says did one thing to someone."""

    sentence: Sentence
    verb: str  # "confronted"
    sex: str  # "man", "woman" or "" (not said)
    count: int
    whom: str  # the name after the verb ("Dorsey"), or ""
    written: str  # "approached by two men"


def assailants(sentences: Sequence[Sentence]) -> list[Assailants]:
    """Every "<was> <approached|attacked|robbed|…> by <n> <men|suspects|…>" and "<n> <men|…> <approached|…>
    <someone>" of ``sentences``. "another man", "two other men" and "a few men" are not read (a part of more);
    neither is "a man robbed at gunpoint" (the man is who was robbed)."""
    out = []
    for s in sentences:
        if _YEAR.search(s.text):
            continue  # a sentence writing a year recalls another attack ("in 2009, two men robbed the store")
        if not may_hold(s.text, _ASSAULT_NEEDS):  # (speed28) both patterns need the act's word
            continue
        for pattern in (_BY_ASSAILANTS, _ASSAILANTS_DID):
            for hit in pattern.finditer(s.text):
                if (hit.group("adj") or "").lower() in _A_NOT_WHOLE:
                    continue
                n = fold(hit.group("n"))
                count = int(n) if n.isdigit() else _ASSAILANT_COUNTS[n]
                who = fold(hit.group("who"))
                plural = who in ("men", "women", "people", "gunmen") or who.endswith("s")
                if (count == 1) == plural:
                    continue  # "a men", "two man": a misreading
                if pattern is _BY_ASSAILANTS:  # the one done to: a name right before "was" ("Dorsey was …")
                    named = _A_SUBJECT.search(s.text[:hit.start()])
                    whom, start = (named.group("whom") if named else ""), hit.start("verb")
                else:  # the surname of a full name or a title and name ("Alex Dorsey", "Mr. Dorsey")
                    whom, start = hit.group("whom").split()[-1], hit.start("n")
                if whom.lower() in _A_NOT_NAMES:
                    whom = ""
                out.append(Assailants(s, ASSAULTS[fold(hit.group("verb"))], ASSAILANTS[who], count, whom,
                                      " ".join(s.text[start:hit.end()].split())))
    return out


def _scene_words(s: Sentence) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", s.text)}
    return {w for w in words if w not in FUNCTION_WORDS and w not in ASSAULTS and w not in ASSAILANTS and len(w) > 2}


def assailant_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT
                            ) -> list[Disagreement]:
    """How many people did one thing to someone, told differently by different articles ("Dorsey was approached
    by two men who demanded his wallet" / "a man approached Dorsey outside the bakery and demanded his
    wallet"): the same verb, and sentences that tell one scene — they share
    ``options.assailant_shared_words`` content words besides the verb and the people, and name no different
    days. An article giving two counts (two attacks, or the attacker and his accomplices) is left out; men on
    one side and women on the other are two groups."""
    by_verb: dict[str, list[Assailants]] = {}
    for a in assailants(sentences):
        by_verb.setdefault(a.verb, []).append(a)
    out: list[Disagreement] = []
    for verb, items in sorted(by_verb.items()):
        items = one_value_each(items, lambda a: a.count)
        counts = sorted({a.count for a in items})
        if len(counts) < 2 or len({a.article for a in items}) < 2 or {"man", "woman"} <= {a.sex for a in items}:
            continue
        whoms = {a.whom.lower() for a in items if a.whom}
        if len(whoms) > 1:
            continue  # two people attacked
        one_scene = all(
            len(_scene_words(a.sentence) & _scene_words(b.sentence)) >= options.assailant_shared_words
            and not (set(_A_TIME.findall(a.sentence.text)) and set(_A_TIME.findall(b.sentence.text))
                     and not set(_A_TIME.findall(a.sentence.text)) & set(_A_TIME.findall(b.sentence.text)))
            for a in items for b in items if a.count != b.count)
        if not one_scene:
            continue
        sides = _written_sides({str(n): [a for a in items if a.count == n] for n in counts}, order)
        whom = next((a.whom for a in items if a.whom), "")
        out.append(Disagreement(kind="number", about=f"people who {verb} {whom or 'the victim'}", values=sides,
                                compatible=False, type="conflict", anchor=f"{verb} {whom}".strip()))
    return out


def framed(sentences: Sequence[Sentence], order: Order, published: Mapping[str, str] | None = None,
           options: Options = DEFAULT) -> list[Disagreement]:
    """recall54's frames: which defense of a title a champion's fight was, how long a player's play at one
    moment of a game was, how far from the scene a suspect was caught, the year the story's building was built
    (``published``: article id → ISO publication date, which turns an age into a year). Told only
    where no other report sets the same figures against each other (``unreported``, after verification)."""
    return defense_disagreements(sentences, order, options) + play_disagreements(sentences, order, options) \
        + caught_disagreements(sentences, order, options) + built_disagreements(sentences, order, published or {}, options)


def find(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """Every disagreement on the cause of one named person's death, the colour of one named vehicle, a
    named person's injury, a telephone number to call, where a prison term is served, how a counted
    group died, the kind of firearm of an attack, a named person's condition in hospital, the kind of order signed
    for one action, what a student of one age studies, the shots fired in a shooting, or how many people did
    one thing to someone (recall54's number frames are ``framed``)."""
    found: list[Disagreement] = phone_disagreements(sentences, order, options) + custody_disagreements(sentences, order) \
        + manner_disagreements(sentences, order) + firearm_disagreements(sentences, order) \
        + condition_disagreements(sentences, order) + instrument_disagreements(sentences, order) \
        + study_disagreements(sentences, order) + calibre_disagreements(sentences, order) \
        + record_disagreements(sentences, order, options) + mark_disagreements(sentences, order) \
        + missed_disagreements(sentences, order) + shot_disagreements(sentences, order, options) \
        + assailant_disagreements(sentences, order, options)
    details = read(sentences)
    for members in anchored(details, _same_anchor):
        if not members:
            continue  # a detail with no anchor of its own ("a white Toyota": any Toyota) groups nothing
        if any(a.article == b.article and not same(a, b) for a in members for b in members):
            continue  # one article gives the anchor two values
        made = _disagreement(members, order)
        if made is not None:
            found.append(made)
    return found


def _disagreement(members: list[Detail], order: Order) -> Disagreement | None:
    sides = _injury_sides(members, order) if members[0].frame == "injury" else order.sides(members, same)
    if len(sides) < 2 or len({m.article for m in members}) < 2:
        return None
    out = []
    for side in sides:
        arts, refs = order.cited(side)
        value = max((m.value for m in side), key=len)
        if side[0].frame == "injury":
            value = side[0].value
            normalized = " ".join(w for w in _injury(side[0]) if w)
        else:
            normalized = COLOURS[side[0].value.lower()] if side[0].frame == "colour" else min(
                (m.value.lower() for m in side), key=len)
        out.append(Side(value=value, normalized=normalized, articles=arts,
                        evidence=side[0].sentence.text, sentences=refs))
    out.sort(key=lambda s: (-len(s.articles), order.key(s.articles[0])))
    name = max((m.name for m in members), key=len)
    about = {"cause": f"cause of {name}'s death", "injury": f"injury of {name}"}.get(members[0].frame,
                                                                                     f"colour of the {name}")
    return Disagreement(kind="other", about=about, values=out, compatible=False, type="conflict", anchor=name)


__all__ = ["Detail", "read", "same", "find", "Assailants", "assailants", "assailant_disagreements", "ASSAULTS",
           "ASSAILANTS", "phones", "Phone", "Term", "terms", "custody_disagreements", "Manner", "manners",
           "manner_disagreements", "MANNERS", "Firearm", "firearms",
           "firearm_disagreements", "FIREARMS", "Condition", "conditions",
           "condition_disagreements", "CONDITIONS", "Instrument", "instruments",
           "instrument_disagreements", "INSTRUMENTS", "Study", "studies",
           "study_disagreements", "FIELDS", "MAKES", "COLOURS", "SHADES", "INJURY_KINDS", "BODY_PARTS",
           "Defense", "defenses", "defense_disagreements", "Play", "plays", "play_disagreements", "PLAYS", "Caught",
           "caught_away", "caught_disagreements", "LOTS", "Built", "built", "built_disagreements", "STRUCTURES",
           "framed", "unreported"]
