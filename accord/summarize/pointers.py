"""Definite descriptions that point at a thing only a left-out sentence introduced (issue 13).

An article introduces a thing once ("Officers found a device in the car.") and then names it with
"the" ("Police said the device was a hoax."). A summary that takes the second sentence without the
first leaves the reader asking "which device?". ``pointers(text)`` lists the "the + noun" phrases of
a sentence that may point back (outside quotations, not defined where they stand, not a thing with
one referent such as "the police" or "the weekend"); ``introduces(text, head)`` tells whether a
sentence brings such a thing in ("a device", "two women", "another car"). Selection
(``accord.summarize._Context``) asks both of the sentences of one article: a phrase is a pointer when
an earlier sentence of its article introduces its head and the summary has not said it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from accord.analyse import quotes
from accord.analyse.rules import singular
from accord.summarize.coherence import PERSON_HEADS
from accord.summarize.coherence import outside
from accord.summarize.coherence import stem as _stem
from accord.words import (FUNCTION_WORDS, IRREGULAR_VERBS, MONTH_NAMES, REPORT_VERBS, SPEECH_VERBS, STOP_WORDS,
                          STREET_TYPES, reporting)

# "the" and up to three lower-case words: the noun phrase's words (its head is the last noun; ``_phrase``); (coherence50)
# a demonstrative points as "the" does ("that icy mantle", "those related searches"), "that" only where no clause can
# open (after a preposition or opening the sentence: "on that icy mantle", not "said that police …")
_THE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|(?P<that>[Tt]hat))(?=\s+(?P<w>[a-z][a-z-]+)\b)")
_BEFORE_THAT = re.compile(r"(?:^|\b(?:of|in|on|at|for|with|by|from|into|about|after|before|during|under|over|"
                          r"against|like|since|until|despite|through|across|behind|beyond|toward|towards))\W*$", re.I)
# (mend74) "in that" / "for that" / "except that" open a clause when a verb follows the noun ("differs from the old law
# in that consultants would no longer set the rates"): a conjunction, not a demonstrative
_CONJ_THAT = re.compile(r"\b(?:in|for|except|now|so)\W*$", re.I)
_CLAUSE_VERB = re.compile(r"^\s+(?:would|will|can|could|should|may|might|must|shall|is|are|was|were|has|have|had|do|does|"
                          r"did|[a-z]+ed)\b")
# (mend74) a "the + noun" of three letters as the subject of a statement in the present ("Experts say the car remains
# the only way …", "the gun is a tool"): the kind in general, not a thing told before
_GENERIC = re.compile(r"^\s+(?:(?!was\b|has\b|does\b)[a-z]+s|are|remain|have)\b")
_NEXT = re.compile(r"\s+(?P<w>[a-z][a-z-]+)\b")
# what "the" opens with one referent in any story: its own institutions, places, times and idioms,
# the world around ("the police", "the city", "the weekend", "the public", "the end", "the way")
_UNIQUE = frozenset(
    "police president government city town state country nation world public press media internet web "
    "economy military army navy court congress senate house parliament administration weekend week year "
    "month day night morning afternoon evening time moment past future present summer winter spring fall "
    "autumn season decade century hour minute end start beginning middle way fact case matter point rest "
    "top bottom side front back left right north south east west sea ocean sky sun moon earth planet air "
    "ground weather news number total majority minority people crowd audience market markets".split())
# (coherence50) a set phrase: "on the job", "on the run", "on the line", "behind the wheel", "by the book"
_IDIOM = re.compile(r"\b(?:on|behind|by|off|at)\s*$", re.I)
_IDIOM_HEADS = frozenset({"job", "run", "line", "wheel", "book", "hook", "spot", "mend", "rise", "loose", "table"})
# a word that makes the phrase its own definition: an ordinal, a superlative, a "same"/"only". Superlatives
# by name: "-est" alone is as often a noun ("the request", "the protest", "the arrest", "the test", "the guest")
_SELF_DEFINED = re.compile(r"^(?:first|second|third|fourth|fifth|last|next|latest|only|same|former|latter|"
                           r"other|following|above|below|entire|whole|most|least|very|best|worst|biggest|largest|"
                           r"greatest|highest|lowest|smallest|newest|oldest|youngest|longest|shortest|strongest|"
                           r"weakest|fastest|slowest|earliest|deadliest|richest|poorest|closest|nearest|"
                           r"farthest|furthest|hottest|coldest|warmest|wettest|driest|busiest|heaviest|safest|"
                           r"toughest|hardest|easiest|cheapest|brightest|finest|smartest|tallest|widest|deepest)$")
# what defines the phrase right after it: a relative clause, an "of"/"for"/"in"-phrase, an apposition
# ("the bill, which would …", "the two women, both nurses, …", "the band Mobb Deep", "the man accused of"; coherence50:
# a clause with no "that", "the tickets he bought", "the letter she wrote")
_DEFINED_AFTER = re.compile(r"^(?:,?\s+(?:who|whom|whose|which|that|where|when|of|for|about|against|between|"
                            r"(?:in|at|from|near|outside|inside)\s+[A-Z]|named|called|known|dubbed|behind|involved|accused|"
                            r"charged|suspected|responsible|linked|used|set|made|found|seen|built)\b"
                            r"|,\s+(?:a|an|the|both|each|all|one|two|three|four|five|\d)\b|\s+[A-Z\"“‘'(]|\s*[-–—(]"
                            r"|\s+(?:he|she|they|we|you)\s+(?:bought|wrote|sent|built|won|sold|paid|owned|signed|posted)\b)")
# a source named by its role as the speaker ("…, the research team said", "the lawsuit says"): the source's
# words are told, not a thing the reader must know (roles that speak are ``coherence``'s)
_SAYS = re.compile(r"^\s+(?:{})\b".format("|".join(reporting("say tell add state write claim allege argue note",
                                                               now="say tell add state write claim allege argue note"))))
_PERSON = re.compile(rf"(?:{PERSON_HEADS})")
# a phrase in quotation marks of any length ("the bunker," in quotes): the writer's or a source's words
# (``quotes.spans`` keeps only quotations of a few words)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=16384)
def quoted(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` in quotation marks: a source's words or a title, whatever their length (``quotes.spans``
    keeps only quotations of a few words). Shared with ``roles``."""
    return tuple([(s, e) for s, e, _ in quotes.spans(text)] + [m.span() for m in _QUOTED.finditer(text)])
# what a verb in the present takes right after it ("The president plans to …", "The union calls the offer …",
# "The police fear more protests"): with a verb-like word before it, that word ends the phrase
_COMPLEMENT = frozenset("to the a an that its his her their this these those more no".split())
# words that end a noun phrase though no list of grammar words has them ("the arrest near a gas station")
_ENDS = frozenset("near twice once again away ago today tonight yesterday tomorrow here there now then too".split())
# subjects whose verb takes no "-s" ("The police fear …", "the people want …")
_PLURAL_SUBJECTS = frozenset({"police", "people"})
_LEMMAS = frozenset(IRREGULAR_VERBS.values())
_MEN = re.compile(r"men$")  # "women", which ``rules.singular`` keeps


def person(head: str) -> bool:
    """Whether ``head`` names a person by a role ("the unruly wedding crasher", "the two women"): after the
    summary has named someone, the reader takes it for that person (news style: "McDowell … the crasher")."""
    one = singular(head)
    return any(_PERSON.fullmatch(w) is not None for w in (head, one, _MEN.sub("man", one)))


# (coherence50) an organisation named by its kind ("the company", "the airline"): once the summary named a company
# or a body, the reader takes it for that one, as news style means it (a "small company" an article brought in
# earlier is no link then)
_BODIES = frozenset(("company firm group team club bank carrier airline automaker agency network studio retailer "
                     "startup maker manufacturer chain publisher newspaper insurer brand label business "
                     "organization organisation charity foundation union university college school hospital "
                     "department ministry commission committee council board museum church party").split())


def body(head: str) -> bool:
    """Whether ``head`` names an organisation by its kind ("the company", "the airlines")."""
    return singular(head) in _BODIES


# a lower-case word of two letters or more: what a sentence says before a "the + noun" and what ``said`` keeps
_WORD = re.compile(r"[a-z][a-z-]+")
# what introduces a thing: an indefinite or a count right before it, up to two words between
# ("a device", "an unmarked car", "two women", "another small plane", "several police cars"; a year is no count:
# "the 2020 election" brings in no election, coherence50)
_INTRO = (r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
          r"[Nn]ine|[Tt]en|[Ss]everal|[Ss]ome|[Mm]any|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of|"
          r"(?!(?:1[89]|20)\d\d\b)\d[\d,.]*)\s+"
          r"(?:[\w'’-]+\s+){0,2}?")


def stem(word: str) -> str:
    """What a "the + noun" and the summary's words are compared by: the noun's singular (``rules.singular``)
    cut as ``coherence.stem`` cuts it, so that another part of speech of the word counts as said
    ("the restriction" after "restricted", "the evacuation" after "evacuated")."""
    return _stem(_MEN.sub("man", singular(word)))


def _forms(head: str) -> set[str]:
    """The singular and plural forms of a noun ("device"/"devices", "woman"/"women", "city"/"cities")."""
    one = singular(head)
    out = {head, one, one + "s", one + "es"}
    if one.endswith("y"):
        out.add(one[:-1] + "ies")
    if one.endswith(("man", "men")):
        out |= {one[:-3] + "man", one[:-3] + "men"}
    return out


def _phrase(first: str, after: str, opens: bool = False) -> tuple[list[str], str]:
    """The noun phrase's words from its first word (up to four, ending before a word of grammar, an
    adverb or a verb-like word; ``opens``: the phrase opens its sentence) and the text after it."""
    words = [first]
    while len(words) < 4 and (m := _NEXT.match(after)):
        w = m.group("w")
        if _phrase_ends(w) or _present_verb(words[-1], w, after[m.end():], opens):
            break
        words.append(w)
        after = after[m.end():]
    return words, after


def _present_verb(before: str, word: str, after: str, opens: bool) -> bool:
    """Whether ``word`` after the noun ``before`` is a verb in the present ("The president plans to …", "the law
    takes effect", "The police fear more …"): an "-s" after a singular noun with a complement after it or
    an irregular verb's stem, or a plain verb after "police"/"people" with a complement after it. At the
    sentence's start (``opens``: its subject's place) "on" is a complement too ("The council votes on …")."""
    nxt = _NEXT.match(after)
    complement = nxt is not None and (nxt.group("w") in _COMPLEMENT or (opens and nxt.group("w") == "on"))
    if before in _PLURAL_SUBJECTS:
        return complement
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or before.endswith(("s", "ed")):
        return False
    return complement or word[:-1] in _LEMMAS or word[:-2] in _LEMMAS


@lru_cache(maxsize=16384)
def pointers(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, head word) of each "the + noun" in ``text`` that may point back at a thing told before:
    outside quotations, its head not used earlier in the sentence, not defined where it stands (a
    relative clause, an "of"-phrase, an apposition, a name after it), no ordinal or superlative, and
    no noun with one referent in any story (``_UNIQUE``)."""
    if not _THE.search(text):
        return ()
    spans = list(quoted(text))
    out = []
    for m in _THE.finditer(text):
        if not outside(spans, m.start()) or (m.group("that") and not _BEFORE_THAT.search(text[: m.start()])):
            continue
        words, after = _phrase(m.group("w"), text[m.end("w"):], not text[: m.start()].strip(" \"“‘'("))
        head = words[-1]
        if m.group("that") and _CONJ_THAT.search(text[: m.start()]) and _CLAUSE_VERB.match(after):
            continue
        if len(head) == 3 and _GENERIC.match(after):
            continue
        if (any(_SELF_DEFINED.match(w) for w in words) or head in _UNIQUE or singular(head) in _UNIQUE
                or head in STOP_WORDS or head in FUNCTION_WORDS or len(head) < 3 or _DEFINED_AFTER.match(after)
                or after.startswith(("'", "’"))  # "the activists' network": a possessor, its head after it
                or _SAYS.match(after)):
            continue
        if _IDIOM.search(text[: m.start()]) and head in _IDIOM_HEADS:  # "slacking off on the job": no thing at all
            continue
        if stem(head) in {stem(w) for w in _WORD.findall(text[: m.start()].lower())}:
            continue
        out.append((m.start(), head))
    return tuple(out)


@lru_cache(maxsize=16384)
def introduces(text: str, head: str) -> bool:
    """Whether ``text`` brings in a thing named by ``head`` (or its plural or singular) with an
    indefinite or a count before it ("a device", "two unmarked police cars"). (review89) Not an act told by its
    verb: "Gunmen attacked …" before "The attack killed …" reads well, but a verb of another sense ("Opposition
    leaders attacked the government", "moved to Denver", "The film was shot") was pulled in before "The attack …"
    as if it told it; an act the summary told by its verb still answers its noun (``said``)."""
    return _introduction(text, head) is not None


@lru_cache(maxsize=16384)
def tells(text: str, head: str) -> bool:
    """(review91, review92) Whether ``text`` tells the act an event noun ``head`` names by its verb ("Gunmen
    attacked a police post" for "the attack", "Militants bombed …" for "the bombing"; ``acts``): no introducer, but
    the nearest telling of the act before "The attack …" is the one it means, so an older "An attack on a bank in
    March …" further back is not."""
    return stem(head) in acts(_REPORTED.sub(" ", text))


# (review93) a verb of reporting tells no act of the story: ", the Delta Herald reported." is no telling of "the
# report" a state agency published (``tells``; ``said`` still reads it, as before)
_REPORTED = re.compile(r"(?<![\w'’-])(?:{})\b".format("|".join(reporting(" ".join(sorted(SPEECH_VERBS | REPORT_VERBS))))),
                       re.I)


# what makes an introduction another thing of the kind, told as background ("a similar restriction in
# Texas", "such a ban", "a comparable law"): the story's own thing is not it
_LIKE = re.compile(r"\b(?:similar|comparable|such|like|identical|earlier|previous|prior|past)\b", re.I)


@lru_cache(maxsize=16384)
def _head_forms(head: str) -> tuple[tuple[str, ...], bool, str]:
    """The forms of ``head`` of its own number, whether they are plural, and their alternation (longest first)."""
    plural = singular(head) != head
    forms = tuple(f for f in _forms(head) if (singular(f) != f) == plural)
    return forms, plural, "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _noun_pattern(noun: str, bare: bool) -> re.Pattern[str]:
    """``_introduction``'s "a + noun" pattern for an alternation of forms (``bare``: the noun alone), compiled once
    (speed65: compiled per call, the story's heads pushed the stages' own patterns out of ``re``'s cache)."""
    return re.compile((r"(?<![\w'’-])" if bare else _INTRO) + rf"(?:{noun})\b(?![-'’])")


def _introduction(text: str, head: str) -> re.Match[str] | None:
    """The first "a + noun" of ``text`` that brings in a thing "the ``head``" may name: of the same number
    ("several studies on tobacco" are not the one "the study" names; "a device" is not "the devices")."""
    forms, plural, noun = _head_forms(head)
    if not any(f in text for f in forms):  # (speed65) both patterns need a form written as it is: none compiled
        return _TOOK_PART.search(text) if plural and stem(head) == stem("participants") else None
    for m in _noun_pattern(noun, False).finditer(text):
        nxt = _NEXT.match(text, m.end())  # "a council member" brings in a member, not a council
        if nxt is None or _phrase_ends(nxt.group("w")):
            return m
    if plural:  # (coherence50) a bare plural ("researchers recruited volunteers", "… took part": the participants)
        bare = next((m for m in _noun_pattern(noun, True).finditer(text)
                     if _BARE.search(text[: m.start()]) and _phrase_ends(_after(text, m.end()))), None) or (
            _TOOK_PART.search(text) if stem(head) == stem("participants") else None)
        if bare is not None:
            return bare
    return None


# event nouns whose verb the stem does not give ("decision"/"decided"): what each verb tells (``said``: "Police
# arrested two men" answers "The arrests"); an event noun with no ending to cut ("attack", "arrest") by name
_ACT_VERBS = {"decision": "decided|decides", "ruling": "ruled|rules", "sale": "sold|sells", "killing": "killed",
              "shooting": "shot|opened fire", "move": "moved", "vote": "voted", "purchase": "bought|purchased",
              "attack": "attacked", "arrest": "arrested", "protest": "protested", "raid": "raided",
              "crash": "crashed", "collapse": "collapsed", "murder": "murdered", "assault": "assaulted",
              "explosion": "exploded|blew up", "blast": "exploded|blew up", "collision": "collided",
              "robbery": "robbed", "theft": "stole", "ban": "banned"}
_TELLS = re.compile(r"(?<![\w'’-])(?:" + "|".join(_ACT_VERBS.values()) + r")\b")
_ACT_VERB_PATTERNS = tuple((n, re.compile(v)) for n, v in _ACT_VERBS.items())  # (speed65) not compiled per match


# what brings a bare plural in: a preposition or a verb in the past right before it, or one word between ("researchers
# recruited volunteers", "among many techniques", "with police cars"); a plural after a noun or a pronoun is a verb
# as often ("the law looks", "it looks")
_BARE = re.compile(r"(?:\b(?:of|with|for|among|by|from|to|between|including|like|as)|(?<![A-Za-z])[a-z]{3,}ed)\s+"
                   r"(?:(?!the\b|these\b|those\b|this\b|its\b|their\b|his\b|her\b|our\b|your\b|my\b)[a-z-]+\s+)?$")
# "dozens of people took part": what brings in "the participants" without the word
_TOOK_PART = re.compile(r"\b(?:took|take|takes|taking)\s+part\b")


def _after(text: str, end: int) -> str:
    """The lower-case word right after ``end`` ("" at a comma, a full stop or the end)."""
    nxt = _NEXT.match(text, end)
    return nxt.group("w") if nxt else "the"


# (review84) a sentence that sets its thing in another time is history, not the story's thing: "In 2014 a storm
# of the same kind killed 40 people", "Last year two police cars crashed …", "years ago", "in the past" (a
# year inside the sentence alone does not tell: mn-val-22's "during the 2012 campaign")
_ANOTHER_TIME = re.compile(rf"^\W*(?:(?:in|by|back in|since)\s+(?:{MONTH_NAMES}\.?\s+)?"
                           r"(?:1[89]|20)\d\d\b)|"
                           r"\b(?:last|previous|past)\s+(?:year|month|decade|summer|winter|spring|fall|autumn)\b|"
                           r"\b(?:years|decades|months)\s+(?:ago|earlier|before)\b|\bin the past\b|\bof the same\b",
                           re.I)


@lru_cache(maxsize=16384)
def background(text: str, head: str) -> bool:
    """Whether ``text`` brings the thing in as another of its kind, not as the thing a later "the ``head``"
    names ("In 2019 a judge struck down a similar restriction in Texas" before Ohio's "the restriction"). A
    year inside the sentence alone does not tell (a story of the 2012 campaign names 2012: mn-val-22), a
    sentence set in another time does ("In 2014 a storm of the same kind …", "Last year two police cars …":
    review84); history the story dates is selection's ``background``."""
    m = _introduction(text, head)
    return m is not None and (bool(_LIKE.search(m.group())) or bool(_ANOTHER_TIME.search(text)))


def _phrase_ends(word: str) -> bool:
    """Whether ``word`` right after a noun ends its phrase (a word of grammar, an adverb, a verb-like word)."""
    return (word in STOP_WORDS or word in FUNCTION_WORDS or word.endswith(("ly", "ed")) or word in {"said", "says"}
            or word in IRREGULAR_VERBS or word in _ENDS)


# a street address ("at 5012 Powell Drive"): it tells the place a later "the home" names
_STREET = re.compile(rf"\b\d+\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{STREET_TYPES}|Terrace|Circle)(?!\w)")
_DWELLINGS = ("home", "house", "residence", "apartment", "property", "building")


@lru_cache(maxsize=16384)
def said(text: str) -> frozenset[str]:
    """The stems (``stem``) of the words of ``text``: what a later "the + noun" may point back at (after a
    street address, "the home", "the house" …: the place it gave; after "… took part", "the participants"; an
    act told by its verb, ``acts``)."""
    words = (_WORD.findall(text.lower()) + (list(_DWELLINGS) if _STREET.search(text) else [])
             + (["participants"] if _TOOK_PART.search(text) else []))
    return frozenset(stem(w) for w in words) | acts(text)


@lru_cache(maxsize=16384)
def acts(text: str) -> frozenset[str]:
    """The stems of the event nouns whose act ``text`` tells by its verb: a verb of the list ("sold": "the sale",
    "blew up": "the explosion") or a verb in the past ("bombed": "the bombing", "elected": "the election",
    "evacuated": "the evacuation")."""
    words = [n for m in _TELLS.finditer(text) for n, v in _ACT_VERB_PATTERNS if v.fullmatch(m.group())]
    past = [w for w in _WORD.findall(text.lower()) if w.endswith("ed")]
    words += [w[:-2] + end for w in past for end in ("ing", "ion")]
    words += [w[:-1] + "ion" for w in past if w.endswith("ted")] + [w[:-3] + "sion" for w in past if w.endswith("ded")]
    return frozenset(stem(w) for w in words)
