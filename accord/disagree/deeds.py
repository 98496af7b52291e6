"""What was done to the things a count counts (precision68): its *deed*.

Two counts of one noun are one slot only if the same thing happened to them. "The signal fault
stranded 30,000 commuters" and "delayed 45,000 commuters" count two groups; so do "surveyed 2,000
people" and "3,500 people answered the survey", or "cut power to 12,000 customers" and "3,000
customers were without water". ``deed`` reads, from the count's own clause:

- the service a count of customers or homes went without ("without water", "cut power to",
  "lost power": *no power*; "power was restored to": *restored power*);
- else "shot ... dead" (the toll) or "were hospitalised" (a part of the hurt, see ``NARROWER``);
- else its event (the class of "killed", "evacuated"; a participle after it, "were charged");
- else the verb in the past that takes it as object ("stranded 30,000 commuters"), or that it is the
  subject of ("3,500 people answered").

``apart`` keeps two counts apart only when both have a deed of one kind and the deeds are *known* to
differ (mend96): two services, or two acts each in a known group (an event class or ``SAME_ACT``) with no
group holding both, or a known contrast (``CONTRASTS``: hired / fired). A verb in no group ("moved"
troops, "retrieved" bodies) sets nothing apart, and a count whose deed cannot be read keeps
every pairing it had: the rule only removes pairs, never makes one. Light verbs that say nothing of
what happened ("had", "reported", "granted 42 pardons" = "issued 42 pardons", "drew", "totalled")
are no deed, nor are causatives and asking ("forced 2,000 residents from their homes"): the deed
comes after the count.

A count's *role* in its event (precision69, ``_role``) is read before its verb: the roll ("registered voters")
or the turnout ("voted", "cast ballots"), a race's field ("drew 4,000 runners") or its finishers ("crossing the
line"), commuted sentences, "let go". Roles are set apart only by ``CONTRASTS``, and each is read only for the
nouns it is told of (mend99): voters, a race's entrants, staff.
"""
from __future__ import annotations

import re
from functools import lru_cache

from accord import verbs
from accord.model import Mention, Sentence
from accord.words import IRREGULAR_VERBS

# services a count of customers goes without; electricity is power
SERVICES = {"power": "power", "electricity": "power", "water": "water", "gas": "gas", "heat": "heat",
            "heating": "heat", "internet": "internet", "broadband": "internet", "phone": "phone"}
_SERVICE = "|".join(SERVICES)
_CLAUSE = r"[^.;:()\"“”]"
# "were without water", "lost power", "left without electricity" after the count
_SERVICE_AFTER = re.compile(rf"^{_CLAUSE}{{0,50}}?\b(?:without|lost|lose|losing|no)\s+(?P<s>{_SERVICE})\b", re.I)
# "cut power to", "knocked out electricity for", "restored water service to", "power outages affecting"
_SERVICE_BEFORE = re.compile(rf"\b(?P<s>{_SERVICE})\s+(?:service\s+|supplies\s+|supply\s+)?(?:(?:was|were|has\s+been|had\s+been|is|being)\s+"
                             rf"(?:[a-z]+\s+)?restored\s+)?(?:to|for)\s+$"
                             rf"|\b(?P<o>{_SERVICE})\s+(?:outages?|cuts?|failures?)\s+(?:affecting|hit|hitting|for)\s+$",
                             re.I)
# "were hospitalised", "were taken to hospital" after the count and its noun
_HOSPITAL_AFTER = re.compile(rf"^{_CLAUSE}{{0,30}}?\b(?:were|was|have\s+been|had\s+been|are|is|remain|remained)\s+"
                             r"(?:still\s+)?(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospitals?|in\s+hospital)\b",
                             re.I)
_DEAD_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?dead\b", re.I)
_SUPPLY = r"(?:service\s+|supplies\s+|supply\s+)?"
# a done restoring that takes the count itself: "power was restored to", "restored power to" (never "working
# to restore power to", still out, nor a "restoration" in another clause), "had their power restored"
_RESTORED_BEFORE = re.compile(rf"(?:\brestored\s+(?P<s>{_SERVICE})\s+{_SUPPLY}"
                              rf"|\b(?P<s2>{_SERVICE})\s+{_SUPPLY}(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                              rf"(?:[a-z]+ly\s+|now\s+)?restored\s+)(?:to|for)\s+$", re.I)
_RESTORED_AFTER = re.compile(rf"^{_CLAUSE}{{0,40}}?\b(?:had|have|has|got)\s+(?:their\s+|its\s+)?(?P<s>{_SERVICE})\s+"
                             rf"{_SUPPLY}(?:restored|back)\b", re.I)
_POSITIVE_AFTER = re.compile(rf"^{_CLAUSE}{{0,30}}?\b(?:have\s+|had\s+|has\s+)?tested\s+positive\b", re.I)

# roles of one event told by who took which part (precision69): those on the roll against those who
# voted, a race's field against its finishers, a clemency's pardons against its commuted sentences, and
# "let go" (a job cut). Each reads a role only from the count's own clause, and only ``CONTRASTS`` set roles
# apart, so a role against a verb in no contrast splits nothing.
_N = r"^(?:\s+[a-z-]+){0,2}?"  # the counted noun and a word before it ("1.2 million registered voters")
_AUX_BE = r"(?:are|were|is|was|have\s+been|had\s+been|has\s+been|remain|remained)\s+(?:now\s+|still\s+|already\s+)?"
# mend99: each role is read only for the nouns it is told of: the roll of voters (a museum "registered 12,000
# visitors" is a tally), a race's entrants (migrants "completed the crossing" is no race), staff let go (gunmen
# "let go 12 hostages" is a release)
_VOTERS = r"(?:voters|electors)"
_RACERS = (r"(?:runners|riders|cyclists|swimmers|athletes|competitors|entrants|participants|racers|triathletes|"
           r"marathoners|walkers|skiers|rowers|starters|finishers)")
_STAFF = (r"(?:workers|employees|staff|staffers|jobs|positions|posts|roles|crew|journalists|reporters|engineers|"
          r"contractors|managers|miners|nurses|teachers|drivers)")
_NOUN = r"^\s+(?:[a-z-]+\s+)?"  # the counted noun right after the count, a word before it
_ROLES_AFTER = (
    # the count's own verb first: "800,000 registered voters cast ballots" counts those who voted
    ("vote", re.compile(rf"{_N}\s+(?:have\s+|had\s+|has\s+)?(?:already\s+|actually\s+)?(?:voted|cast\s+(?:their\s+|a\s+)?"
                        r"(?:ballots?|votes?)|went\s+to\s+the\s+polls)\b"
                        rf"|{_NOUN}{_VOTERS}\s+(?:have\s+|had\s+)?turned\s+out\b", re.I)),  # a crowd turns out too
    ("register", re.compile(rf"{_NOUN}(?:registered|eligible)\s+{_VOTERS}\b|{_NOUN}{_VOTERS}\s+{_AUX_BE}(?:registered|eligible)\b"
                            rf"|{_N}\s+(?:registered|eligible)\s+to\s+vote\b|{_NOUN}{_VOTERS}\s+(?:have\s+|had\s+)?registered\b",
                            re.I)),
    # "crossed the finish line", "crossed the line" (never "the Line of Control": case kept)
    ("race-finish", re.compile(rf"(?i:{_NOUN}{_RACERS})\s+(?:have\s+|had\s+)?(?:(?i:finished|completed|finishing|completing)\b"
                               r"|(?i:crossed|crossing)\s+the\s+(?:finish(?:ing)?\s+)?line\b)")),
    ("commute", re.compile(rf"^\s+(?:[a-z-]+\s+)?sentences\s+(?:{_AUX_BE})?commuted\b", re.I)),
    # (precision70: "6,000 runners are registered for the race", "were entered in": the field, told in the passive)
    ("race-field", re.compile(rf"{_NOUN}{_RACERS}\s+(?:have\s+|had\s+)?(?:entered|started|registered\s+for|lined\s+up)\b"
                              rf"|{_NOUN}{_RACERS}\s+{_AUX_BE}(?:registered|entered|signed\s+up)\s+(?:for|in)\b", re.I)),
)
_ROLES_BEFORE = (
    ("vote", re.compile(r"\bturnout\s+(?:of|was|reached|stood\s+at)\s+$", re.I), None),
    ("register", re.compile(r"\b(?:registered|enrolled)\s+$", re.I), re.compile(rf"{_NOUN}{_VOTERS}\b", re.I)),
    ("register", re.compile(r"\belectorate\s+of\s+$", re.I), None),
    # a race's field: "the race drew 4,000 runners", "a field of 4,000"
    ("race-field", re.compile(r"\b(?:drew|attracted)\s+$", re.I), re.compile(rf"{_NOUN}{_RACERS}\b", re.I)),
    ("race-field", re.compile(r"\bfield\s+of\s+$", re.I), None),
    ("commute", re.compile(r"\bcommuted\s+(?:the\s+)?(?:[a-z-]+\s+)?sentences\s+of\s+$", re.I), None),
    # "let go (of) 300 workers": laid off
    ("lay", re.compile(r"\blet\s+go\s+(?:of\s+)?$", re.I), re.compile(rf"{_NOUN}{_STAFF}\b", re.I)),
)
# the verb "registered voters" are the subject of ("took part", "showed up", "participated")
_ATTRIBUTIVE_DID = re.compile(rf"{_NOUN}(?:registered|eligible)\s+{_VOTERS}\s+(?:have\s+|had\s+)?(?:also\s+|all\s+)?(?P<v>[a-z]+)\b",
                              re.I)
_LET_BEFORE = re.compile(r"\blet\s+$", re.I)
_GO_AFTER = re.compile(rf"{_NOUN}{_STAFF}\s+go\b", re.I)
# mend99: what "axed" cuts: with flights, routes or services it cancels them; else (jobs, staff) a cut set apart
# only from hiring (``CONTRASTS``), never from "laid off" or "dismissed"
_CANCELLABLE = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:flights|routes|services|trains|buses|sailings|departures|"
                          r"journeys|shows|events|games|matches|concerts|performances|programmes|programs)\b", re.I)


def _role(before: str, after: str) -> str | None:
    """The part the count took in its event, when its own clause says so ("1.2 million registered voters",
    "3,100 runners crossing the line", "commuted the sentences of 40 inmates", "let go 300 workers")."""
    for name, pattern in _ROLES_AFTER:
        if pattern.match(after):
            if name == "register" and (told := _ATTRIBUTIVE_DID.match(after)) and lemma(told.group("v")):
                return None  # mend99: "registered voters took part": the voters did something, the roll is no part
            return name
    for name, pattern, noun in _ROLES_BEFORE:
        if pattern.search(before) and (noun is None or noun.match(after)):
            return name
    if _LET_BEFORE.search(before) and _GO_AFTER.match(after):
        return "lay"  # "let 300 workers go"
    return None

# verbs that say nothing of what happened to the things counted: being, having, giving and getting,
# reporting and measuring a figure, drawing a crowd ("granted 42 pardons" is "issued 57 pardons")
LIGHT = frozenset("""be have do get give take make put say tell see show find hold keep leave include involve
comprise contain feature number total reach exceed top surpass estimate report record count confirm list cite
add note expect predict project claim issue grant receive win earn score cast attract draw age announce
post register log tally put set rise climb fall jump grow increase decrease drop double triple mark
force prompt cause order allow urge require compel lead let help encourage advise push ask reduce""".split())

# one act told by different verbs: never apart
SAME_ACT = tuple(frozenset(g.split()) for g in (
    "survey poll question interview sample canvass",
    "strand trap maroon",
    "cut slash shed eliminate lay trim",  # (mend99: never "axe", see ``_CANCELLABLE``)
    "hire employ recruit",
    # things destroyed and things damaged read blind as one count (precision55), as verbs' "damage" family has it
    "destroy flatten level raze gut obliterate demolish burn torch damage devastate ravage wreck",
    "seize recover confiscate capture impound",
    "affect hit strike impact",
    "infect sicken",
    "vaccinate immunise immunize inoculate",
    "test screen",
    "serve supply distribute provide deliver feed",
    "carry fly transport ferry",
    "arrest round nab",
    "cancel scrap ground",
    "charge indict",
    "expel dismiss",
    "sign endorse back",
    "sell ship",
    "pardon clear exonerate",
    "evacuate displace relocate flee",
    # a crowd told by what it did there: one crowd ("200 students gathered" / "300 students marched")
    "gather march rally protest demonstrate attend join assemble flock throng pack fill line chant descend walk "
    "turn",
))

# pairs of deeds known to differ though one side is in no group above (mend96): two ends of one story
CONTRASTS = (
    ("hire employ recruit", "fire sack dismiss lay cut axe shed furlough"),
    ("shut close", "reopen open resume"),
    ("survey poll question ask interview canvass", "answer respond reply"),
    ("strand trap maroon", "delay"),
    ("cancel scrap ground", "delay"),
    # roles of one event (precision69): the roll and the turnout, the field and the finishers, two clemencies
    ("register", "vote turn cast"),
    ("race-field sign", "race-finish"),
    ("pardon", "commute"),
)

# deeds inside an event class that count only a part of it: those taken to hospital of all the hurt
NARROWER = frozenset({"hospit"})

_NOT_VERBS = frozenset("hundred red bed shed need feed seed speed breed greed bred".split())
_PARTICLES = r"(?:off|out|up|down|away|back|in)"
_OBJECT_BEFORE = re.compile(rf"(?P<pre>\b[A-Za-z'’]+\s+)?\b(?P<v>[A-Za-z]{{3,}})\s+(?:{_PARTICLES}\s+)?$")
# a count that opens its clause: the start, a comma, a conjunction or "that", "said"
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:—–]|\b(?:and|but|that|while|when|after|as|where|because|said|says))\s*$", re.I)
_AUX = r"(?:(?:have|has|had)\s+|(?:also|then|later|all|reportedly)\s+)?"


@lru_cache(maxsize=16384)
def lemma(word: str) -> str | None:
    """A verb in the past (or an irregular past) as its plain form, else None ("stranded" → "strand")."""
    w = word.lower()
    if w in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[w]
    if w == "axed":
        return "axe"  # the one verb of four letters newsrooms cut jobs with
    if w in ("cut", "cast", "hit", "shut", "quit", "put", "set", "shed"):
        return w if w != "shed" else None
    if len(w) < 5 or not w.endswith("ed") or w in _NOT_VERBS:
        return None
    if w.endswith("ied"):
        return w[:-3] + "y"
    base = w[:-2]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]  # "stopped" → "stop"
    return base  # "surveyed" → "survey", "delayed" → "delay"; "evacuated" → "evacuat" (compared by stem)


def _word_after_noun(m: Mention, sentence: Sentence) -> str | None:
    """The word right after the counted noun ("3,500 people answered": "answered"), if the noun is
    within three words of the figure and nothing breaks the clause in between."""
    label = (m.label or "").lower()
    if not label or m.end <= m.start:
        return None
    after = sentence.text[m.end:m.end + 80]
    key = re.escape(label[:max(3, len(label) - 1)])
    hit = re.match(rf"^\s+(?:[A-Za-z-]+\s+){{0,2}}?{key}[a-z]*\s+{_AUX}(?P<v>[A-Za-z]+)\b", after, re.I)
    return hit.group("v") if hit else None


def _verb_deed(word: str | None) -> str | None:
    """The plain form of a verb in the past that tells a deed, None for a light verb or no verb."""
    base = lemma(word) if word else None
    if not base or base in LIGHT or _norm(base) in _LIGHT_STEMS:
        return None
    return base


def deed(m: Mention, sentence: Sentence, event: str | None) -> str | None:
    """What was done to what ``m`` counts, as ``"service:<s>"`` / ``"restored:<s>"`` or ``"act:<verb>"``
    (``event``: the count's event class or participle, read by ``values``), or None when not told. A count's
    role ("registered voters", "crossing the line") is its deed unless its verb is a service, a verb of a
    known group ("signed up", "turned out") or of a known contrast ("responded", mend99): a role never takes away
    a split the verb already makes. The roll is read only when the count has no verb of its own (mend99)."""
    read = _read(m, sentence, event)
    text = sentence.text
    after = text[m.end:m.end + 80]
    if read == "act:axe" and _CANCELLABLE.match(after):
        return "act:cancel"  # "axed 40 flights" is "cancelled 55 flights"
    if read and (not read.startswith("act:") or _known(read) or _contrasted(read)):
        return read  # mend99: a verb in a known contrast ("responded", "delayed", "fired") is the count's own deed
    role = _role(text[max(0, m.start - 60):m.start], after)
    if role == "register" and read:
        return read  # mend99: "registered voters participated" counts those who took part, not the roll
    return f"act:{role}" if role else read


def _read(m: Mention, sentence: Sentence, event: str | None) -> str | None:
    """``deed`` read from the count's service, hospital, toll, event or verb."""
    text = sentence.text
    before = text[max(0, m.start - 60):m.start]
    after = text[m.end:m.end + 80]
    lost = _SERVICE_AFTER.match(after)  # "lost power", "were without water": its own clause says so
    restored = None if lost else (_RESTORED_BEFORE.search(before) or _RESTORED_AFTER.match(after))
    if restored:
        return f"restored:{SERVICES[next(g for g in restored.groups() if g).lower()]}"
    service = lost or _SERVICE_BEFORE.search(before)
    if service:
        s = SERVICES[(service.groupdict().get("s") or service.group("o")).lower()]
        return f"service:{s}"
    if (m.predicate or "").lower().startswith("hospital"):
        return "act:hospitalise"  # "12 people were hospitalised": a part of those hurt
    if _DEAD_AFTER.match(after):
        return "act:kill"  # "shot 12 people dead", "gunned down 12 dead": the toll
    if _POSITIVE_AFTER.match(after):
        return "act:infect"  # "410 people tested positive": the infected, not those tested
    told = (lemma(event) or event.lower()) if event else None
    if told and told not in LIGHT and _norm(told) not in _LIGHT_STEMS:
        return f"act:{told}"  # the count's own verb wins over a hospital further on ("were injured and taken to hospital")
    if _HOSPITAL_AFTER.match(after):
        return "act:hospitalise"  # "12 people were taken to hospital"
    if event:
        return None
    obj = _OBJECT_BEFORE.search(before)
    if obj and not (obj.group("pre") and obj.group("pre").strip().lower() in ("a", "an", "the", "were", "was",
                                                                          "been", "be", "is", "are")):
        done = _verb_deed(obj.group("v"))
        if done:
            return f"act:{done}"
    if not _SUBJECT_BEFORE.search(before):
        return None  # "a ferry carrying 340 passengers ran aground": the ferry ran, no subject count
    did = _verb_deed(_word_after_noun(m, sentence))
    return f"act:{did}" if did else None


def _norm(word: str) -> str:
    """A crude stem both a lemma read here and a table's word reach ("hir" / "hire", "cancell" / "cancel")."""
    w = word.lower()
    if "-" in w:
        return w  # a role's own name ("race-field", "race-finish"), never a verb's stem
    w = w[:-1] if w.endswith("e") else w
    w = w[:-1] if len(w) > 4 and w[-1] == w[-2] else w
    return w[:6]


_LIGHT_STEMS = frozenset(_norm(w) for w in LIGHT)


# the closed word lists a deed can be known by, as stems: the count event classes (the same families
# ``values.EVENT_CLASSES`` reads) and ``SAME_ACT``
_KNOWN: tuple[frozenset[str], ...] = tuple(
    [frozenset({_norm(x) for x in members} | {_norm(name)}) for name, members in verbs.count_events().items()]
    + [frozenset(_norm(x) for x in g) for g in SAME_ACT])


_CONTRASTS = tuple((frozenset(_norm(x) for x in a.split()), frozenset(_norm(x) for x in b.split()))
                   for a, b in CONTRASTS)


def same(a: str, b: str) -> bool:
    """Whether two deeds are one: equal, one stem, one event class or one ``SAME_ACT`` group."""
    if a == b:
        return True
    (ka, wa), (kb, wb) = a.split(":", 1), b.split(":", 1)
    if ka != kb or ka != "act":
        return False
    na, nb = _norm(wa), _norm(wb)
    if na == nb:
        return True
    if (na in NARROWER) != (nb in NARROWER):
        return False  # "12 hospitalised" / "45 injured": a part of the hurt, though one event class
    return any(na in g and nb in g for g in _KNOWN)


def _known(a: str) -> bool:
    """Whether an act's verb is in a known group (an event class or ``SAME_ACT``)."""
    na = _norm(a.split(":", 1)[1])
    return any(na in g for g in _KNOWN)


def _contrasted(a: str) -> bool:
    """mend99: whether an act's verb is a side of a known contrast (``CONTRASTS``: "responded", "delayed")."""
    na = _norm(a.split(":", 1)[1])
    return any(na in x or na in y for x, y in _CONTRASTS)


def known_apart(a: str, b: str) -> bool:
    """Two acts known to differ (mend96): a known contrast ("hired" / "laid off", "stranded" /
    "delayed"), a part of the hurt against the hurt, or each in a known group and no group holds both.
    A verb in no group ("moved" troops, "retrieved" bodies, "culled" chickens) never sets a count apart:
    newsroom synonyms are too many to list, so an unlisted one is taken as the same deed."""
    if same(a, b):
        return False
    na, nb = _norm(a.split(":", 1)[1]), _norm(b.split(":", 1)[1])
    if (na in NARROWER) != (nb in NARROWER):
        return True
    if any((na in x and nb in y) or (na in y and nb in x) for x, y in _CONTRASTS):
        return True
    return any(na in g for g in _KNOWN) and any(nb in g for g in _KNOWN)


def apart(a: str | None, b: str | None) -> bool:
    """Two counts' deeds that set them apart: both told, of one kind (two services, two acts), and known
    to differ (two services or a service against its restoring always are; two acts see ``known_apart``)."""
    if not a or not b:
        return False
    if a.split(":")[0] == "act" and b.split(":")[0] == "act":
        return known_apart(a, b)
    if a.split(":")[0] != "act" and b.split(":")[0] != "act":
        return not same(a, b)
    return False
