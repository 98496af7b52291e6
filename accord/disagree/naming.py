"""Naming: the `about` of a disagreement, a short phrase a reader takes for the slot (names47, names48).

A slot is who / what / when (GUIDELINES.md): "day Del. Smith's staffers were indicted", "amount of the
aid package", "people killed in Gaza on Monday". The finders used to show the four words either side of
the figure ("day: “Virgin Islands were indicted … for allegedly circulating nude”"), which readers
could not take for a slot. These helpers build the phrase only from words the evidence writes (the
event word, its subject, the noun a figure is of, a place written as a place) and say None when the
sentence gives nothing they can trust: the caller then keeps the old fragment. They never change what
is compared (``anchor`` and the sides stay as the finders made them).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from accord import verbs
from accord.model import Sentence
from accord.options import DEFAULT, Options
from accord.words import FUNCTION_WORDS, IRREGULAR_VERBS, MONTHS, WEEKDAYS, reporting, unpossessed

# a place is named as a place after one of these ("in Gaza", "across Syria", "the city of Aleppo")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|across|outside|inside|throughout|around|of|from)\s+(?:the\s+)?$", re.I)
# a place word right after the name is still the place ("in Homs province")
_PLACE_NOUNS = frozenset("province city state county region area district town village capital".split())
# words that begin a phrase after a place, never a noun it describes ("in the Philippines amid floods")
_LINKS = frozenset("amid amidst during despite following including near across throughout within without "
                   "toward towards where which who".split())
_WEEKDAY = re.compile(r"\b(?:on\s+)?(" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")
# a reporting verb right before a weekday: the day the teller spoke on ("a monitoring group said Sunday")
_SAID_ON = r"\b(?:" + "|".join(reporting("say tell announce report confirm add", now="say")) + r")\s+(?:on\s+)?$"


def written_place(sentence: Sentence, place: str) -> bool:
    """Whether ``sentence`` writes ``place`` as a place: after a preposition, and not as a word that
    describes the next noun ("killed in Israeli airstrikes": an adjective the tagger took for a place,
    never "people killed in Israeli")."""
    text = sentence.text
    for m in re.finditer(rf"\b{re.escape(place)}\b", text):
        if not _PLACE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        nxt = re.match(r"[\s]+([A-Za-z’'-]+)", text[m.end():])
        after = nxt.group(1).lower() if nxt else ""
        if nxt and nxt.group(1)[0].islower() and after not in FUNCTION_WORDS | _PREPOSITIONS | _CONJUNCTIONS \
                and after not in _PLACE_NOUNS and after not in _LINKS and not _is_verb(after):
            continue  # "Israeli airstrikes", "Gaza border": the name describes what follows
        return True
    return False


def common_weekday(figures: Sequence[tuple[Sentence, int, int]]) -> str | None:
    """The one weekday every figure's own clause names, the same in each ("on Monday"), else None: the
    day a count of one day is of, when no side leaves it in doubt. ``figures`` are (sentence, start,
    end) of each figure; a weekday counts only with no comma, dash or bracket between it and the
    figure ("made landfall on Sunday, …, killing 50 in the Philippines": Sunday is the landfall's)."""
    days = set()
    for s, lo, hi in figures:
        # a day the teller spoke on is not the count's ("a monitoring group said Sunday")
        found = {m.group(1) for m in _WEEKDAY.finditer(s.text)
                 if not re.search(_SAID_ON,
                                  s.text[max(0, m.start() - 25):m.start()])
                 and not re.search(r"[,;:()—–]|\s-\s", s.text[min(hi, m.end()):max(lo, m.start())])}
        if len(found) != 1:
            return None
        days |= found
    return days.pop() if len(days) == 1 else None


# between a subject and its verb: auxiliaries and adverbs ("was", "had been", "reportedly")
_AUX = r"(?:(?:was|were|is|are|has|have|had|been|being|be|will|would|also|reportedly|allegedly|[a-z]+ly)\s+){0,3}"
# a time's own words left in the gap between a subject and its verb ("Gohmert on Monday sued")
_TIME_GLUE = re.compile(r"\s*,?\s*(?:on|at|around|about|shortly\s+after|just\s+after|early|late|last|this)?\s*$", re.I)
_DET = r"(?:the|a|an|his|her|their|its|this|that)"
_PREPOSITIONS = frozenset("of from to in at for with by on into about over under near between among against "
                          "after before during than as like".split())
_CONJUNCTIONS = frozenset("and or but while when whereas because if since until unless as where after before so".split())
# labels67: prepositions that also open a clause, so a subject may follow them ("after a fire destroyed …")
_OPENS_CLAUSE = frozenset("when while because once as".split())
# mend92: after these the noun is the object of a time, never a subject ("A man arrested after the riot appeared
# in court", "After the verdict protesters marched", "Residents displaced since the flood returned home")
_TIME_WORDS = frozenset("after before since until".split())
# mend92: adverbs that open a sentence, never part of its subject ("Later police found the body")
_OPENERS = frozenset("later meanwhile earlier then now also still instead separately afterwards afterward eventually "
                     "finally overnight today yesterday soon yet however".split())
_NOT_SUBJECT = frozenset("said says told according there it this that he she they we i you who which what".split())

# labels68: a full stop after these ends no sentence or clause ("Alaska Gov. Sarah Palin", "the U.S. Coast Guard",
# "Acme Inc. shares"), nor after one capital letter ("W. Mark Felt", the "S" of "U.S.")
ABBREVIATIONS = frozenset("gov sen rep st inc mr mrs ms dr jr sr lt gen col capt sgt cpl corp co ltd mt ft ave blvd "
                          "no vs prof rev sen supt det insp atty dept univ est".split())
_TOKEN = r"(?:(?:[A-Z]\.){2,}|(?:" + "|".join(sorted(w.capitalize() for w in ABBREVIATIONS)) + r")\.|[\w’'-]+)"
_STOP = re.compile(r"[;:!?—]|\.(?=\s|$)")


def is_stop(text: str, at: int) -> bool:
    """labels68: whether the mark at ``at`` ends a sentence or clause: ";", ":", "!", "?", a dash, or a full
    stop that closes no abbreviation ("Gov.", "Inc.") and no initial ("U.S.", "W. Mark Felt")."""
    if text[at] != ".":
        return bool(_STOP.match(text, at))
    word = re.search(r"([A-Za-z]+)$", text[:at])
    if word is None:
        return True
    w = word.group(1)
    if w.lower() in ABBREVIATIONS and w[:1].isupper():
        return False
    return not (len(w) == 1 and w.isupper())


def clause_stops(text: str) -> list[int]:
    """labels68: where the clauses of ``text`` end (``is_stop``), in order."""
    return [m.start() for m in _STOP.finditer(text) if is_stop(text, m.start())]


# labels68: common words news opens a sentence with as (the first word of) a subject; a tagger often takes
# them for names there ("Troops shelled", "Home prices rose"), so their capital is a sentence's, never a name's
# (never "people": the magazine "People reported …" is a name the tagger gets right; mend95: nor a word that is
# often a team's or a firm's whole name: "Rebels", "Volunteers", "Parents", "Farmers")
COMMON_OPENERS = frozenset(
    "police troops soldiers protesters demonstrators firefighters rescuers officials investigators authorities "
    "residents donors voters workers doctors officers prosecutors lawmakers legislators militants gunmen "
    "witnesses students teachers shoppers investors analysts crews neighbors neighbours "
    "migrants refugees prisoners inmates passengers nurses scientists researchers experts critics supporters "
    "opponents ministers judges jurors citizens villagers families children women men staff employees "
    "customers consumers scores dozens hundreds thousands millions "
    "home house oil gold food energy gas fuel crude housing retail consumer factory stock share stocks shares prices "
    "sales profits costs wages rents exports imports rates unemployment inflation".split())


def _lower_opening(np: str, at: int, text: str) -> str:
    """labels68: ``np`` (standing at ``at`` in ``text``) with a sentence's capital taken off its first word when
    that word is a common word (``COMMON_OPENERS``) and every later word is lower-case ("Home prices" → "home
    prices", "Troops" → "troops"); a name keeps its capital ("Apple's shares", "Tesla shares", "Saints")."""
    words = np.split()
    first = words[0] if words else ""
    opens = not text[:at].strip(" \"'“‘(")
    if not opens or not first[:1].isupper() or first.lower() not in COMMON_OPENERS or \
            any(w[:1].isupper() for w in words[1:]):
        return np
    return first.lower() + np[len(first):]


def _gap_without(text: str, lo: int, hi: int, cut: tuple[int, int] | None) -> str:
    """``text[lo:hi]`` with the span ``cut`` (the time itself, and the "on" before it) taken out."""
    if cut is None or cut[1] <= lo or cut[0] >= hi:
        return text[lo:hi]
    head = _TIME_GLUE.sub("", text[lo:max(lo, cut[0])])
    return head + " " + text[min(hi, cut[1]):hi]


def _is_verb(word: str) -> bool:
    """A past or passive form: ends in -ed or is an irregular past ("won", "struck"); never a word that only
    ends in -ed ("red", "hundred", "speed", "Ahmed": ``_NOT_PAST``, precision70)."""
    w = word.lower()
    return w.endswith("ed") and w not in _NOT_PAST or w in IRREGULAR_VERBS


# precision70: words in -ed that are no past form: colours, nouns, adjectives and first names a news sentence holds
_NOT_PAST = frozenset(("red bed beds sled need seed feed deed reed weed speed steed greed breed creed bleed "
                       "tweed heed hundred sacred naked wicked rugged ragged kindred hatred shred embed med ted fred "
                       "ned jed ed ahmed mohammed muhammed mohamed alfred mildred winifred").split())


# what ends an object after a verb: punctuation, a preposition or time word, a name
# (labels68: or a clause that describes it, "approved a bond measure allowing the city …", "sent a letter that urged
# …"; a word in -ing before a noun describes the noun instead: "the new drilling rules" is never cut; mend95: only
# a verb in -ing that opens such a clause (``_CLAUSE_ING``), never one that is often the object's own noun, "the
# court ruling", "the bail hearing", "the county building", and never before "to" or a figure; "during" is a
# preposition and ends it: "signed the order during the meeting")
_CLAUSE_ING = ("saying urging asking calling demanding allowing requiring banning barring seeking accusing alleging claiming "
               "showing detailing describing outlining ordering granting naming blaming threatening promising telling "
               "informing announcing confirming criticizing criticising praising condemning supporting opposing "
               "rejecting endorsing authorizing authorising permitting forcing prohibiting restricting limiting "
               "representing containing carrying including involving targeting linking").split()
_OBJECT_END = r"(?=\s*(?:[,.;:]|$|\s+(?:in|at|on|to|for|with|after|before|from|by|and|near|over|about|against|last|this|early|late|" \
              r"yesterday|today|that|which|who|whose|during)\b|\s+(?:" + "|".join(_CLAUSE_ING) + r")\s+" \
              r"(?:the|a|an|his|her|their|its|him|them|it)\b|\s+[A-Z0-9]))"


# labels68: what may follow a particle standing alone: a stop, or the time's own words ("checked in on Tuesday")
_TIME_OR_STOP = r"\s*(?:[,.;:)]|$)|\s+(?:on|at|around|about|by|last|this|early|late|yesterday|today|overnight|shortly|just|" \
                r"after|before|when|while|and|but)\b|\s+(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b"
# what ends the place or thing a particle leads to (never "of"/"with": "charged in the death of …" goes on)
_LED_END = r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|at|in|around|about|last|this|early|late|yesterday|today|after|before|for|and|" \
           r"near|when|while)\b|\s+(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b|\s+\d)"


def _led_to(text: str, at: int, names: Sequence[tuple[int, int, str]]) -> int:
    """labels68: where the thing "in"/"into" leads to ends, when it is a name ("into Promises Treatment Center"),
    a bare lower-case noun ("in court", "into rehab") or a determiner and at most three words, the last
    lower-case ("into a shelter", "in a Denver courtroom"); 0 when it is none of these or goes on."""
    for lo, hi, label in sorted(names):
        if lo >= at and not text[at:lo].strip() and label in ("ORG", "FAC", "GPE", "LOC"):
            if re.match(_LED_END, text[hi:]):
                return hi
            # mend95: a name with one or two common words after it, "in Cook County court", "in Denver federal
            # court"; else the name alone, as before labels68 ("in Boston alongside his lawyer" → "in Boston")
            trail = re.match(r"(?:\s+[a-z][\w-]*){1,2}?" + _LED_END, text[hi:])
            if trail and all(_plain_noun(w) for w in trail.group().split()):
                return hi + trail.end()
            if label in ("FAC", "GPE", "LOC") and re.match(r"\s+[a-z]", text[hi:]):
                return hi
    m = re.match(r"\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*|[a-z][\w-]*)" + _LED_END,
                 text[at:])
    if m is None:
        return 0
    words = m.group().split()
    dets = {"the", "a", "an", "his", "her", "their", "its"}
    if any(w.lower() not in dets and not _plain_noun(w) for w in words):
        return 0
    return at + m.end()


def _plain_noun(word: str) -> bool:
    """Whether ``word`` may be a word of the place or thing "in"/"into" leads to: no little word, verb, weekday
    or month."""
    return not (word.lower() in FUNCTION_WORDS or word.lower() in _PREPOSITIONS or _is_verb(word) or word in WEEKDAYS_CAP
                or word in MONTHS_CAP or word.lower() in _NOT_NOUNS)


def _verb_tail(text: str, end: int, names: Sequence[tuple[int, int, str]]) -> str:
    """What follows a verb that says what it was, as written: a second verb joined by "and" ("shot and
    killed"), a particle ("checked into", "pleaded guilty"), the person it was done to ("signed DeShawn
    Wynn") or a short object ("shot his father", "proposed the new regulations"); "" when none is there."""
    start = end
    joined = re.match(r"\s+and\s+([a-z]+)\b", text[end:])
    if joined and _is_verb(joined.group(1)):
        end += joined.end()
    particle = re.match(r"\s+(?:into|in|out|up|off|down|away|over(?=\s*(?:[,.;:]|$|\s+(?:for|by|on|at|in|after|"
                        r"before|near|and)\b))|not\s+guilty|guilty)\b", text[end:])
    if particle and particle.group().split()[0] in ("in", "into"):
        # labels68: "in"/"into" take what they lead to ("appeared in court", "checked into rehab", "checked into
        # Betty Ford Center"); with none they stand alone only before a time or a stop ("checked in on Tuesday",
        # "came in at 3:10"), else they are dropped: never a dangling "appeared in"
        led = _led_to(text, end + particle.end(), names)
        if led:
            return text[start:led]
        if particle.group().split()[0] == "into" or not re.match(_TIME_OR_STOP, text[end + particle.end():]):
            particle = None
    if particle:
        end += particle.end()
    # labels67: what a verb of plans or orders was for ("scheduled to appear in court", "ordered to stand trial")
    planned = re.match(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+(?:\s+(?:in|at|before)\s+(?:the\s+)?[a-z]+|"
                       r"\s+trial)?" + _OBJECT_END, text[end:])
    if planned and not particle and re.match(r"\s+to\s+[a-z]+\b", text[end:]) and \
            text[end:end + planned.end()].split()[1] not in _NOT_NOUNS | FUNCTION_WORDS | _PREPOSITIONS:
        return text[start:end + planned.end()]
    for lo, hi, label in sorted(names):
        # labels67: a named object of any kind ("destroyed the Wasilla Bible Church", "replaced frigate INS
        # Tabar"), the person's ("signed DeShawn Wynn") with at most two lower-case words before it
        if lo >= end and re.fullmatch(r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}", text[end:lo]) and \
                not any(w in _PREPOSITIONS | _CONJUNCTIONS for w in text[end:lo].split()) and \
                (label == "PERSON" or lo - end < 40) and \
                not (label == "NORP" and re.match(r"\s+[a-z]", text[hi:]) and
                     text[hi:].split()[0] not in FUNCTION_WORDS | _PREPOSITIONS | _CONJUNCTIONS):
                # (mend92: a nationality before a noun is an adjective: "attacked Kurdish positions")
            return text[start:hi]
    # a short object: a determiner and one to three lower-case words ending before a preposition or a stop
    own = re.match(r"\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*" + _OBJECT_END, text[end:])
    if own and not any(w in FUNCTION_WORDS - {"the", "a", "an", "his", "her", "their", "its"} or w in _PREPOSITIONS
                       for w in own.group().split()):
        end += own.end()
    return text[start:end]


def event_phrase(sentence: Sentence, at: int, word: str, cut: tuple[int, int] | None,
                 names: Sequence[tuple[int, int, str]]) -> str | None:
    """The event word at ``at`` with its subject, as written: "Louie Gohmert sued", "the accident
    happened", "the wildcard game" (a noun: its own words). ``names`` are the spans and labels of the
    named entities of the sentence; ``cut`` the time's span, left out of the gap between subject and
    verb. None when no subject stands right before the word (a subject with its own "of" or "from"
    phrase, "staffers of a delegate … from the U.S. Virgin Islands were indicted", has a head the
    words near the verb do not give)."""
    text = sentence.text
    if not word or at <= 0:
        return None
    end = at + len(word)
    verb = _is_verb(word)
    tail = _verb_tail(text, end, names) if verb else ""
    # a named subject: the nearest name ending before the word, only auxiliaries (and the time) between
    for lo, hi, _ in sorted(names, key=lambda n: -n[1]):
        if hi > at or not verb:
            continue
        gap = _gap_without(text, hi, at, cut)
        # labels67: an age set off after the name ("Robert Buckley, 32, fell") and, for a name that opens its
        # sentence, "which"/"who" ("INS Mysore, which replaced …") are no other subject
        gap = re.sub(r"^\s*,\s*\d{1,3}\s*,", " ", gap)
        if not text[:lo].strip(" \"'“‘"):
            gap = re.sub(r"^\s*,\s*(?:which|who)\s+", " ", gap)
        if re.fullmatch(rf"\s*{_AUX}", gap + (" " if gap.strip() else "")):
            before = text[max(0, lo - 25):lo]
            if re.search(r"[A-Z][\w.-]*'s\s+$", before) or _PLACE_BEFORE.search(before):
                return None  # "Smith's aides were indicted", "a delegate from the Virgin Islands were indicted"
            return " ".join(x for x in (_lower_opening(text[lo:hi], lo, text), gap.strip(" ,"), word + tail) if x)
        break
    # a common-noun subject: a determiner and at most two words, no preposition before the determiner
    head = _gap_without(text, 0, at, cut)
    m = re.search(rf"(?:^|(?<=[\s,(]))(?P<np>(?i:{_DET})\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)\s+(?P<aux>{_AUX})$",
                  head)
    if m and verb:
        np = m.group("np")
        words = np.split()
        prior = re.findall(r"[\w’'-]+", head[:m.start()])[-1:]
        if prior and (prior[0].lower() in _PREPOSITIONS - _OPENS_CLAUSE or prior[0].lower() in _TIME_WORDS):
            return None
        if any(w.lower() in _NOT_SUBJECT | _PREPOSITIONS | _CONJUNCTIONS for w in words[1:]) or \
                any(c.isdigit() for c in np):
            return None
        np = words[0].lower() + np[len(words[0]):]  # "The son sold" → "the son sold"
        return " ".join(x for x in (np, m.group("aux").strip(), word + tail) if x)
    # labels67: a subject of one to three words with no determiner that opens its clause ("Last year, Palmer
    # voters approved", "as Greek stocks plunged"): at the sentence's start, after the time's comma, or after
    # a word that opens a clause; never a word of a list or a name's title
    # (labels68: a word of it may be initials or an abbreviation with its full stop: "U.S. stocks", "Acme Inc. shares")
    bare = rf"(?P<np>(?:{_TOKEN}\s+){{0,2}}?[\w’'-]+)\s+(?P<aux>{_AUX})$"
    m = re.search(rf"(?:^|[,;]\s*|\b(?i:{'|'.join(sorted(_OPENS_CLAUSE))})\s+){bare}",
                  head.strip(" ") + " " if head.strip(" ,") else "")
    if m is None and cut is not None and cut[1] <= at:
        m = re.match(rf"[\s,]*{bare}", text[cut[1]:at])  # right after the time: "At 8:40am police were called"
    if m and verb:
        words = m.group("np").split()
        np = m.group("np")
        if len(words) > 1 and words[0].lower() in _OPENERS:  # mend92: "Later police found" → "police found"
            np, words = np[len(words[0]):].lstrip(), words[1:]
        if not any(w.lower() in FUNCTION_WORDS | _NOT_SUBJECT | _PREPOSITIONS | _CONJUNCTIONS or _is_verb(w)
                   or any(c.isdigit() for c in w) or w.endswith("ly") for w in words) \
                and (words[-1].islower() or len(words) == 1 and _lower_opening(np, text.find(np), text) != np) \
                and (len(words) > 1 or words[0].islower() or m.start("np") == 0 or np != m.group("np")):
            first = unpossessed(words[0])
            # (a name keeps its capital, its possessive too: "Apple's shares fell", never "apple's"; labels68: a
            # common word a tagger took for a name at the sentence's start does not: "Home prices rose")
            if np[:1].isupper() and not any(w[:1].isupper() for w in words[1:]) and "." not in words[0] and \
                    not words[0].isupper() and not any(text[lo:hi].split()[:1] == [first] for lo, hi, _ in names):
                np = np[0].lower() + np[1:]  # "Firefighters battled" → "firefighters battled"
            else:
                np = _lower_opening(np, text.find(np), text)
            return " ".join(x for x in (np, m.group("aux").strip(), word + tail) if x)
    # the event word as a noun, its own modifiers before it ("the wildcard game", "Saturday's bombing")
    # (never a verb with its object after it: "the Saints beat the Rams")
    if not verb and not re.match(r"\s+(?:the|a|an|his|her|their|its|him|them)\b", text[end:], re.I):
        m = re.search(r"(?P<np>(?:(?i:the)|[A-Z][\w-]*'s)\s+(?:[\w-]+\s+){0,2})$", text[:at])
        if m and not any(c.isdigit() for c in m.group("np")) and \
                not any(w.lower() in _PREPOSITIONS | _NOT_SUBJECT for w in m.group("np").split()[1:]):
            np = m.group("np")
            return f"of {np[0].lower() + np[1:] if np.startswith('The') else np}{text[at:end]}"
    return None


def is_past(word: str) -> bool:
    """Whether ``word`` is a past or passive form (an event word ``event_phrase`` can name a slot by)."""
    return _is_verb(word)


def verb_words(sentence: Sentence, at: int, word: str, names: Sequence[tuple[int, int, str]]) -> str:
    """labels67: the event word at ``at`` as written, with a pronoun subject and the auxiliaries right before it
    and what it was done to after it ("she struck the child", "were indicted", "also sent a letter"): the
    plain words a slot is named by when ``event_phrase`` finds no subject a reader can take alone."""
    text = sentence.text
    end = at + len(word)
    tail = _verb_tail(text, end, names) if _is_verb(word) else ""
    lead = re.search(r"(?:\b(?:he|she|they|we|it|i)\s+)?(?:(?:was|were|is|are|has|have|had|been|be|will|would|also|"
                     r"next|reportedly|allegedly)\s+){0,3}$", text[max(0, at - 40):at], re.I)
    head = lead.group() if lead else ""
    phrase = f"{head}{word}{tail}".strip()
    return phrase[0].lower() + phrase[1:] if phrase[:2] not in ("I ",) else phrase


_RATE = re.compile(r"\s+(?:per|a|an|each)\s+((?:[a-z]+\s+)?(?:year|month|week|day|hour|season|game|night|head|person|"
                   r"student|player|share))\b"
                   r"(?!\s+(?:ago|earlier|later|before|after|previously|prior|back)\b)")


def rate_of(sentence: Sentence, end: int) -> str | None:
    """labels67: the unit a figure is a rate per, right after it: "$23 million per season" → "per season",
    "$75,000 a year" → "a year"; None when no such unit follows."""
    m = _RATE.match(sentence.text[end:end + 40])
    if m is None or any(w in FUNCTION_WORDS | _PREPOSITIONS for w in m.group(1).split()[:-1]):
        return None
    return m.group().strip()


def worth_told(sentence: Sentence, start: int) -> str | None:
    """labels67: the thing a figure says the worth of, right before "is/was worth": "the deal is worth at
    least $160 million" → "the deal is worth"; a determiner and at most two words, none a name or a verb."""
    m = re.search(r"(?:^|[\s,(])(?P<np>(?i:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                  r"(?P<verb>is|was|are|were|would\s+be|will\s+be)\s+(?:(?:reportedly|now|estimated\s+to\s+be)\s+)?worth\s+"
                  r"(?:(?:about|roughly|nearly|almost|around|some|more\s+than|less\s+than|up\s+to|at\s+least|as\s+much\s+as)\s+)?$",
                  sentence.text[max(0, start - 80):start])
    if m is None or any(w in _PREPOSITIONS | _NOT_SUBJECT or _is_verb(w) for w in m.group("np").split()[1:]):
        return None
    np = m.group("np")
    return f"{np[0].lower() + np[1:]} {m.group('verb')} worth"


def length_of(sentence: Sentence, start: int, end: int) -> str | None:
    """labels67: what a length is the length of, as written around it: "two hours of negotiations" → "of
    the negotiations", "a 10-metre dhow" → "of the dhow" (a measure joined to the noun it describes); None
    when the words after the figure are no such noun."""
    text = sentence.text
    end += _unit_after(text, end)
    m = re.match(r"\s+of\s+([a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.;:)]|$)|\s+(?:with|in|at|on|for|from|to|by|that|which|"
                 r"before|after|while)\b)", text[end:end + 60])
    # mend92: "within 48 hours of surgery" is a gap to the surgery, "34 years of age" an age: no length of either
    within = re.search(r"\b(?:within|inside|under)\s+(?:(?:about|some|just|roughly|nearly|a|the|first|few)\s+){0,2}$",
                       text[max(0, start - 30):start], re.I)
    if m and text[start:end].strip()[-1:].isalpha() and not within and m.group(1).split()[0] != "age":
        words = m.group(1).split()
        if not any(w in FUNCTION_WORDS | _PREPOSITIONS | _NOT_NOUNS or _is_verb(w) or w.endswith("ing") for w in words):
            return f"of the {m.group(1)}"
    hyphened = re.search(r"-\s?[a-z]+$", text[start:end]) or re.match(r"\s?-\s?[a-z]+\b", text[end:end + 20])
    if hyphened and not re.search(r"-\s?[a-z]+$", text[start:end]):
        end += hyphened.end()  # the unit the mention left out ("12| -metre trawler")
    noun = re.match(r"\s+([a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:with|in|at|on|for|from|to|by|that|which|is|was|named)\b)",
                    text[end:end + 40])
    if hyphened and noun and noun.group(1) not in FUNCTION_WORDS | _PREPOSITIONS | _NOT_NOUNS \
            and not _is_verb(noun.group(1)):
        return f"of the {noun.group(1)}"
    return None


_UNIT = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b")


def _unit_after(text: str, end: int) -> int:
    """How many characters of a unit word follow a figure whose mention left it out ("two| hours of talks")."""
    m = _UNIT.match(text, end)
    return m.end() - end if m else 0


def gap_to(sentence: Sentence, end: int) -> str | None:
    """labels67: the happening a length counts to or from, right after it: "three weeks before he was
    murdered" → "before he was murdered"; a clause of at most six words with a past form, to a stop."""
    end += _unit_after(sentence.text, end)
    m = re.match(r"\s+((?:before|after)\s+(?:[\w’'-]+\s+){1,5}?[\w’'-]+)(?=\s*(?:[,.;:)]|$))", sentence.text[end:end + 80])
    if m is None or not any(_is_verb(w) for w in m.group(1).split()[1:]) or \
            m.group(1).split()[1].lower() not in ("he", "she", "they", "it", "we", "the", "his", "her", "their") \
            and not m.group(1).split()[1][:1].isupper():
        return None
    return m.group(1)


# between a verb and the length it took or went ("lasted more than", "hospitalized for the past", "rushed for")
_TO_FIGURE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:for|to|by|about|around|nearly|almost|over|under|more|less|than|"
                        r"at|least|most|the|past|last|some|up|only|just|roughly|approximately)\s+){0,4}$")


# mend95: a unit followed by one of these counts a gap to or from something, not a length of the verb before it:
# "He was found three days later", "sentenced two weeks after the verdict", "arrested 20 miles from the border",
# "found three days into the search";
# "on" only when it ends the clause ("three days on,"), never "worked 12 hours on Monday"
_GAP_UNIT = r"(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|miles?|kilomet(?:er|re)s?|km|" \
            r"met(?:er|re)s?|feet|foot|yards?|blocks?)"
_GAP = re.compile(rf"(?:(?!{_GAP_UNIT}\b)[\w.,$-]+\s+){{0,4}}?{_GAP_UNIT}\s+(?:later|after|afterwards?|before|earlier|"
                  r"ago|since|from|until|till|into|on(?=\s*(?:[,.;:)]|$)))\b", re.I)


def is_gap(sentence: Sentence, start: int) -> bool:
    """mend95: whether the length whose figure starts at ``start`` is a gap ("three days later", "two weeks
    after the verdict", "20 miles from the border") rather than the length of what was done ("for three days
    after the crash": a "for" right before the figure says a length)."""
    text = sentence.text
    if re.search(r"\bfor\s+(?:(?:about|around|nearly|almost|more|less|than|at|least|most|the|past|last|some|only|just|"
                 r"roughly|approximately|over|up|to)\s+){0,3}$", text[:start], re.I):
        return False
    return _GAP.match(text, start) is not None


def verb_before(sentence: Sentence, start: int, names: Sequence[tuple[int, int, str]]) -> str | None:
    """The subject and verb a length or a distance is of, as written ("the hearing lasted", "Page had
    been hospitalized", "the two fell"): the past form nearest before the figure, only its own little
    words between ("for the past", "more than"); None when there is none or it has no subject, or when the
    figure counts a gap (``is_gap``: "He was found three days later" is no length of the finding)."""
    if is_gap(sentence, start):
        return None
    told = _told_before(sentence, start, names)
    if told:
        return told[0]
    # labels68: a person's pronoun right before the verb ("He served four months", "she had waited for 20 minutes"):
    # plain and true, where the quoted fragment cut the clause
    m = _TO_FIGURE.search(sentence.text[:start])
    if m is None or not _is_verb(m.group("verb")) or m.group("verb") in _NOT_SUBJECT:
        return None
    who = re.search(rf"(?:^|[,;]\s*|\b(?:and|but|that|{'|'.join(_TELLS)})\s+)(?P<who>(?i:he|she|they))\s+(?P<aux>{_AUX})$",
                    sentence.text[:m.start("verb")])
    if who is None:
        return None
    return " ".join(x for x in (who.group("who").lower(), who.group("aux").strip(), m.group("verb")) if x)


_TELLS = reporting("say tell announce report confirm add", now="say")


# mend92: verbs that tell a change by the figure after them ("stocks plunged 5.4 per cent"); "won 52 percent",
# "climbed to 7.2 percent" tell a level, not how much anything moved
_CHANGES = frozenset("rose fell climbed dropped jumped gained lost slipped surged increased decreased declined grew "
                     "shrank shrunk tumbled soared slumped plunged plummeted sank eased edged rallied advanced retreated "
                     "slid dipped spiked skyrocketed widened narrowed cut raised lowered".split())


def change_before(sentence: Sentence, start: int, names: Sequence[tuple[int, int, str]]) -> str | None:
    """mend92: the subject and verb a percentage is the change of ("Greek stocks plunged"): a verb of change
    with the figure right after it or after "by"; None for a level ("climbed to 7.2 percent", "won 52 percent")."""
    told = _told_before(sentence, start, names)
    if told is None or told[1].group("verb") not in _CHANGES:
        return None
    between = sentence.text[told[1].end("verb"):start].split()
    if any(w.lower() in ("to", "from", "at") for w in between):
        return None
    return told[0]


def _told_before(sentence: Sentence, start: int, names: Sequence[tuple[int, int, str]]
                 ) -> tuple[str, re.Match[str]] | None:
    """``verb_before``'s phrase and the match of its verb (``_TO_FIGURE``), or None."""
    m = _TO_FIGURE.search(sentence.text[:start])
    if m is None or not _is_verb(m.group("verb")) or m.group("verb") in _NOT_SUBJECT:
        return None
    told = event_phrase(sentence, m.start("verb"), m.group("verb"), None, names)
    return (told, m) if told is not None else None


# words after a figure that say nothing of what it is of, or end the phrase it heads
_NOT_NOUNS = frozenset("million billion trillion thousand hundred dollars dollar euros euro pounds percent per cent "
                       "worth more less total globally annually each apiece ahead already now again so around across "
                       "through last next overall nationwide worldwide altogether combined".split())
# heads that say nothing of what the money is ("in the $140 million range", "a $5 million figure")
_EMPTY_HEADS = frozenset("range figure amount sum mark level total area region neighborhood neighbourhood".split())


# more nouns in a list right after a phrase (", necklaces and watches", "and loans"), not "and other penalties"
_ITEM = r"[a-z]+(?<!ing)\b(?!-)"
_LIST = re.compile(rf"(?:\s*,\s*{_ITEM}(?:\s+{_ITEM})?)*\s*,?\s+(?:and|or)\s+(?!other\b|the\b|an?\b){_ITEM}(?:\s+{_ITEM})?"
                   r"(?=\s*(?:[,.;:)]|$)|\s+(?:from|in|at|on|to|for|with|by|of|that|which|worth|were|was|are|is)\b)")


# labels67: nouns in -ing that head what money is spent on ("education spending", "housing funding")
_ING_HEADS = frozenset("spending funding financing housing building training marketing advertising lending borrowing "
                       "testing screening schooling".split())


def figure_of(sentence: Sentence, end: int) -> str | None:
    """What a figure is of, as written right after it: "$13 billion aid package" → "of the aid
    package", "$72 billion in bond debt" → "in bond debt", "$50 billion worth of annual tariffs" → "of
    annual tariffs". None when the words after the figure are no noun phrase of two or three words ("$459
    million around the globe", "$102 million on hand", "a $5 million contract": which contract?)."""
    rest = sentence.text[end:end + 120]
    lead = re.match(r"^\s+(?:worth\s+of|in)\s+", rest)
    tokens = re.findall(r"[A-Za-z][\w’'-]*|\S", rest[lead.end():] if lead else rest)
    words: list[str] = []
    for tok in tokens:
        low = tok.lower()
        stop = (not tok[0].isalpha() and tok != "-") or tok[0].isupper() or low in FUNCTION_WORDS \
            or low in _PREPOSITIONS or low in _NOT_SUBJECT or _is_verb(tok) \
            or (words and low.endswith("ing") and low not in _ING_HEADS)
        if tok == "-":
            return None  # "$80 million-a-year": a compound the words cannot split
        if stop or low in _NOT_NOUNS or low.endswith("ly"):
            break
        words.append(tok)
        if len(words) > 3:
            return None  # the phrase goes on: its head is not among the first words
    body = rest[lead.end():] if lead else rest
    at = 0
    for w in words:
        at = body.index(w, at) + len(w)
    listed = _LIST.match(body, at) if words else None
    if listed and any(_is_verb(w) for w in re.findall(r"[A-Za-z]+", body[at:listed.end()])):
        listed = None  # "paid a $4 million fine and apologized": a second verb, not a list of things
    if listed:
        # names48: the first of a list is not the whole ("worth of diamond rings, necklaces and watches"): the
        # whole list when it is short, else nothing
        whole = body[:listed.end()].strip()
        if len(whole.split()) > 6:
            return None
        words = [whole]
    elif len(words) < 2 or any(w.lower() in _EMPTY_HEADS for w in words):
        return None  # one word is a head with no modifier ("the contract", "the package"): which one, readers ask
    if lead is None:
        return f"of the {' '.join(words)}"
    return f"{'of' if lead.group().split()[0] == 'worth' else 'in'} {' '.join(words)}"


WEEKDAYS_CAP = frozenset(d.capitalize() for d in WEEKDAYS)
MONTHS_CAP = frozenset(m.capitalize() for m in MONTHS)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+$", re.I)
# a modifier before a figure, set off by a comma ("an eight-year, $160 million offer")
_MODIFIER_COMMA = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:(?:reported|proposed|rumored|rumoured|planned|new)\s+)?(?P<mod>[a-z0-9]+(?:\s?-\s?[a-z]+)+)\s*,\s*$", re.I)
# a deal named before "worth" ("an eight-year deal worth $184 million")
_WORTH = re.compile(r"\b(?:a|an|the)\s+(?P<mod>[a-z0-9]+(?:\s?-\s?[a-z]+)+)\s+(?P<head>[a-z]+)\s+worth\s+"
                    r"(?:(?:about|roughly|nearly|almost|around|some|more\s+than|less\s+than|up\s+to|at\s+least|as\s+much\s+as)\s+)?$",
                    re.I)


def _joined(mod: str) -> str:
    """A hyphened modifier as one word, however the source spaced it ("eight - year" → "eight-year")."""
    return re.sub(r"\s?-\s?", "-", mod)


def money_of(sentence: Sentence, start: int, end: int) -> str | None:
    """What an amount is of when the words right after it are no phrase ``figure_of`` takes (names48):
    a modifier set off before it and the noun after it, "an eight-year, $160 million offer" → "of the
    eight-year offer"; the deal named before "worth", "an eight-year deal worth $184 million" → "of the
    eight-year deal"; a name the figure stands before, "the $670 billion Paycheck Protection Program —"
    → "of the Paycheck Protection Program". None otherwise (a bare "contract" or "deal": which one?)."""
    text = sentence.text
    before, after = text[max(0, start - 80):start], text[end:end + 120]
    m = _MODIFIER_COMMA.search(before)
    if m:
        head = re.match(r"\s+([a-z]+)\b", after)
        if head and head.group(1) not in _NOT_NOUNS | FUNCTION_WORDS | _PREPOSITIONS | _EMPTY_HEADS \
                and not _is_verb(head.group(1)):
            return f"of the {_joined(m.group('mod'))} {head.group(1)}"
    m = _WORTH.search(before)
    if m and m.group("head").lower() not in _NOT_NOUNS | FUNCTION_WORDS | _PREPOSITIONS | _EMPTY_HEADS \
            and not _is_verb(m.group("head")):
        return f"of the {_joined(m.group('mod'))} {m.group('head')}"
    if _DETERMINER_BEFORE.search(before):
        # the name must end the phrase: a noun after it is the head ("a $5 million Kell Foundation grant"), a
        # verb makes it a subject ("the $5 million Ann Kell said")
        name = re.match(r"\s+((?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+)(?=\s*(?:[,.;:—–]|$)|\s+-+\s|\s+(?:that|which|to|for|in|of|"
                        r"on|at|with|from)\b)", after)
        lo, hi = (end + name.start(1), end + name.end(1)) if name else (0, 0)
        if name and not any(w.lower() in FUNCTION_WORDS or w in WEEKDAYS_CAP or w in MONTHS_CAP
                            for w in name.group(1).split()) and \
                not (len(name.group(1).split()) == 2 and any(e.label == "PERSON" and e.start < hi and e.end > lo
                                                             for e in sentence.of_kind("entity"))):
            # a person after the figure is who, never what the money is; the word tagger takes longer
            # names ("Paycheck Protection Program") for people too, so only a two-word name is checked
            return f"of the {name.group(1)}"
    return None


def amount_told(sentence: Sentence, start: int, names: Sequence[tuple[int, int, str]]) -> str | None:
    """The subject and verb an amount is of, as written, with the "to" a verb takes ("the deficit
    amounted to", "the city paid"): None without a past form and its subject right before the figure."""
    found = _told_before(sentence, start, names)
    if found is None:
        return None
    told, m = found
    between = sentence.text[m.end("verb"):start].split()
    return told + (" to" if between[:1] == ["to"] and not told.endswith(" to") else "")


_DIRECTIONS = r"(?:north|south|east|west)(?:\s?-\s?(?:east|west)|east|west)?"


def direction_of(sentence: Sentence, end: int) -> str | None:
    """Where a distance is measured from, as written right after it (its unit word may follow the figure):
    "1,500 kilometers south of Tehran" → "south of Tehran" (names48); None without a compass direction
    and a named place."""
    m = re.match(rf"\s*(?:[a-z]+\s+)?(?:\([^)]*\)\s*)?(?P<dir>{_DIRECTIONS})\s+of\s+(?P<det>the\s+)?(?P<place>(?:[A-Z][\w-]*\s?){{1,3}})"
                 r"(?=[\s,.;]|$)", sentence.text[end:end + 100])
    if m is None or m.group("det"):
        return None  # "southwest of the port of …": the place is further on
    return f"{_joined(m.group('dir'))} of {m.group('place').strip()}"


def person_measured(sentence: Sentence, start: int) -> str | None:
    """The one person a sentence names before a weight or height ("Orozco is 5-foot-8, 135 pounds"):
    None when it names none or more than one (whose weight, then?)."""
    people = [e for e in sentence.of_kind("entity") if e.label == "PERSON" and e.end <= start]
    everyone = {str(e.value) for e in sentence.of_kind("entity") if e.label == "PERSON"}
    if len(people) != 1 or len(everyone) != 1:
        return None
    return str(people[0].value)


_NOT_MODIFIERS = frozenset("more less other others than about some nearly almost over under least most".split())


def counted_with(sentence: Sentence, end: int, noun: str) -> str | None:
    """What a count counts with the modifiers the sentence writes between the figure and its noun (names48):
    "six major federal agencies" → "major federal agencies", "several US service members" → "US service
    members"; None when none are written ("400 protesters") or the words are no modifiers ("more people")."""
    m = re.match(rf"\s+(?:of\s+)?(?P<mods>(?:(?:[a-z][\w-]*|[A-Z]{{2,}})\s+){{1,3}}){re.escape(noun)}\b", sentence.text[end:end + 80])
    if m is None:
        return None
    mods = m.group("mods").split()
    if any((w.lower() if not w.isupper() else "") in FUNCTION_WORDS | _PREPOSITIONS | _NOT_SUBJECT | _NOT_NOUNS | _NOT_MODIFIERS or _is_verb(w)
           or w.endswith("ing") for w in mods):
        return None  # "killed 12 and wounded people", "more people", "of whom": no modifier of the noun
    return f"{' '.join(mods)} {noun}"


def share_of(sentence: Sentence, end: int) -> str | None:
    """The whole a share is of, as written right after it: "90 per cent of eligible voters had" → "of
    eligible voters", "70 per cent of web services in Egypt" → "of web services in Egypt". Two lower-case
    words, or one and a place after "in"; None when the phrase goes on ("of Mexicans believe migrants"),
    is one word alone ("of traffic") or there is no "of"."""
    m = re.match(r"\s+of\s+(?P<det>the\s+)?", sentence.text[end:end + 120])
    if m is None:
        return None
    rest = sentence.text[end + m.end():end + 120]
    # labels67: a count of the whole before its noun ("of the 288 candidates") is part of its name
    counted = re.match(r"\d[\d,]*\s+", rest)
    det = (m.group("det") or "") + (counted.group() if counted else "")
    rest = rest[counted.end():] if counted else rest
    tokens = re.findall(r"[A-Za-z][\w’'-]*|\S", rest)
    for k in (2, 1):  # the longest phrase whose next word ends it
        words, after = tokens[:k], (tokens[k] if len(tokens) > k else "")
        # (after a count, a code of capitals and digits may name the kind: "of 469 COVID-19 cases")
        if len(words) < k or any((not w[0].isalpha() or not w[0].islower())
                                 and not (counted and n < len(words) - 1 and re.fullmatch(r"[A-Z][A-Z0-9-]+", w))
                                 or w in FUNCTION_WORDS or w in _PREPOSITIONS
                                 or _is_verb(w) or w in _NOT_NOUNS or (counted and w.endswith("ing"))
                                 for n, w in enumerate(words)):
            continue
        if after and after[0].isalpha() and after[0].islower() and after not in FUNCTION_WORDS | _PREPOSITIONS \
                and not _is_verb(after) and not (counted and after.endswith("ing")):
            continue  # "of Mexicans believe migrants", "of web services" + more words: the head is further on
        after_words = rest[rest.index(words[-1]) + len(words[-1]):]
        place = re.match(r"\s+in\s+((?:[A-Z][\w-]*\s?){1,3})(?=[\s,.;]|$)", after_words)
        if any(w in ("share", "shares", "percent", "percentage") for w in words):
            return None  # "of the market share": the name would repeat itself and say whose share nowhere
        if len(words) < 2 and place is None and not counted:
            return None  # "65% of traffic": whose traffic, a reader asks
        return f"of {det}{' '.join(words)}" + (f" in {place.group(1).strip()}" if place else "")
    return None


def ranked_of(sentence: Sentence, end: int, noun: str) -> str | None:
    """The thing a ranked noun is part of, right after it: "the second line of the anthem" → "line of
    the anthem"; None without an "of" phrase of one or two lower-case words."""
    m = re.match(rf"[\s-]*{re.escape(noun)}\s+of\s+(?P<np>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                 r"(?=\s*(?:[,.;:]|$|\s+(?:from|to|in|at|on|will|was|is|and|when|where|with)\b))", sentence.text[end:end + 80])
    if m is None or any(w in _PREPOSITIONS or w in FUNCTION_WORDS - {"the"} for w in m.group("np").split()):
        return None
    return f"{noun} of {m.group('np')}"


# precision51: a verb's past participle, for a slot that names what was done to the counted thing ("people
# shot", "times struck"; never "people shoot", "times striking")
_PARTICIPLES: dict[str, str] = {}
for _form, _lemma in IRREGULAR_VERBS.items():
    if not _form.endswith("ing"):
        _PARTICIPLES[_lemma] = _form  # the table lists the participle last ("began begun")
_PARTICIPLES.update({"run": "run", "come": "come", "become": "become", "hit": "hit", "put": "put", "set": "set",
                     "quit": "quit", "hurt": "hurt", "beat": "beaten", "strike": "struck"})


# mend52: nouns in -ing that are no form of a verb (the times of day a figure's sentence often names, and a few
# common others): ``participle`` leaves them as they are, never "morned", "evened"
_ING_NOUNS = frozenset("morning evening ceiling during awning pudding sibling herring lightning inning innings "
                       "nothing something anything everything farthing shilling viking wedding".split()) - \
    frozenset(verbs.EVENT_NOUNS)


def participle(word: str) -> str:
    """The past participle of an event word as the finders keep it (a plain form "shoot", a form in -ing
    "striking", a past "shot"): "shot", "struck"; any other word (a past in -ed, a noun) is returned as it is."""
    w = word.lower()
    if w in IRREGULAR_VERBS:
        return _PARTICIPLES.get(IRREGULAR_VERBS[w], w)
    if w in _PARTICIPLES:
        return _PARTICIPLES[w]
    if w.endswith("ed") or " " in w:
        return w
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        for base in (stem + "e", stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if base and base in _PARTICIPLES:
                return _PARTICIPLES[base]
        if w in _ING_NOUNS or not re.search(r"[aeiouy]", stem):
            return w  # mend52: a noun in -ing, no verb's form ("morning", "evening", "ceiling"; "string")
        if stem.endswith("ee"):
            return stem + "d"  # mend52: "freeing", "agreeing": freed, agreed
        return stem + "ed"  # "presiding", "stabbing", "voting": presided, stabbed, voted
    return w  # a plain word not listed may be a noun ("death"): left as written


def _verb_key(word: str) -> str:
    """A verb form's plain form, roughly: "shot", "shooting" → shoot; "stabbed", "stabbing" → stab."""
    w = IRREGULAR_VERBS.get(word.lower(), word.lower())
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[:-len(end)]
            break
    w = IRREGULAR_VERBS.get(w, IRREGULAR_VERBS.get(w + "e", w))
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w.rstrip("e")


def event_told(sentence: Sentence, start: int, end: int, event: str, options: Options = DEFAULT) -> bool:
    """precision51: whether a figure's own words tell ``event`` of it — the verb before it in its clause, eight
    words at most, with no name and no "of" between ("shot eleven times", "seized seven AK-47 rifles, two
    other rifles", "presided over that ceremony three times"), or after it past lower-case words only ("12
    people were shot"). A verb past a name ("mother of 13 Ana Ruiz shot") is the named person's, and a noun
    before an "of" ("the shooting trial of … mother of 12") is no event of the count."""
    key = _verb_key(event)
    lo = max(0, start - options.disagree_event_chars_before)
    stops = [k for k in clause_stops(sentence.text[:start]) if k >= lo]  # labels68: never at "U.S." or "Gov."
    head = sentence.text[stops[-1] + 1 if stops else lo:start]
    before = re.findall(r"[A-Za-z0-9’'-]+", head)[-options.disagree_event_words:]
    hits = [k for k, w in enumerate(before) if _verb_key(w) == key]
    if hits:
        between = before[hits[-1] + 1:]
        if not any(w.lower() == "of" or (w[:1].isupper() and not w.isupper() and not re.search(r"\d", w))
                   for w in between):
            return True
    for w in re.findall(r"[A-Za-z’'-]+|[^\sA-Za-z]", sentence.text[end:end + options.disagree_event_chars_after])[:5]:
        if _verb_key(w) == key:
            return True
        if w[:1].isupper() or not w[:1].isalpha():
            return False
    return False


__all__ = ["amount_told", "change_before", "common_weekday", "counted_with", "direction_of", "event_phrase",
           "event_told", "figure_of", "gap_to", "is_past", "length_of", "money_of", "participle",
           "person_measured", "ranked_of", "rate_of", "share_of", "verb_before", "verb_words", "worth_told",
           "written_place"]
