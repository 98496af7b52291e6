"""A summary line that tells an earlier state of a happening the summary tells as settled (issue 13).

Outlets update a story at its top and leave older lines below: "Officer Collin Rose died Wednesday"
opens the account and "Meanwhile, Rose underwent surgery" stands further down; another outlet, filed
earlier, says "Smith remains missing" where the lede says "Smith was found dead". Told after the
outcome such a line reads as the news going backwards (blind readers of C57–C60 named it). A line is
**stale** when it tells one of these earlier states — hurt or in hospital before a death, missing
before found, sought before arrested, a vote to come before the vote — of a person or act another
summary sentence tells as settled, the same name in both, and does not itself tell the outcome ("was
in critical condition before he died" is the history told as history). Two people ("Smith died; Jones
is in critical condition"), a second step still to come ("was arrested … is expected to appear in
court") and counts that grow are no stale lines: none of them is the earlier state of the outcome told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from accord.analyse.entities import TITLES
from accord.words import MONTHS_FULL, STOP_WORDS, WEEKDAYS, reporting

# the settled outcome, by kind: a death, a person found, an arrest, a vote held
_OUTCOME = {
    "dead": re.compile(r"\b(?:died|dies|has died|have died|passed away|(?:was|were|been) (?:killed|found dead|"
                       r"pronounced dead|declared dead)|succumbed|(?:was|were) fatally (?:shot|wounded|injured))\b", re.I),
    # not a finding ("was found guilty", "was found to have lied"): no one was missing
    "found": re.compile(r"\b(?:(?:was|were|has been|have been) (?:found(?! (?:not )?guilty| to | liable| innocent| in "
                        r"(?:contempt|violation))|located|rescued)|(?:body|bodies|remains) "
                        r"(?:was|were|has been|have been) (?:found|recovered|identified)|found (?:dead|alive|safe))\b", re.I),
    "arrested": re.compile(r"\b(?:(?:was|were|has been|have been) (?:arrested|captured|apprehended|detained|taken into "
                           r"custody)|turned (?:himself|herself|themselves) in|(?:arrested|captured|apprehended) "
                           r"(?:him|her|them))\b", re.I),
    # (mend73) no sentence-final "… passed.": what was voted on is read after the verb (``_voted_on``)
    "voted": re.compile(r"\b(?:voted (?:to|for|against|down)|(?:passed|approved|rejected) (?:the|a|an|its)\b)", re.I),
}
# the earlier state each outcome ends
_EARLIER = {
    "dead": re.compile(r"\b(?:in (?:a )?(?:critical|serious|grave|stable|fair|life-threatening) condition"
                       r"|(?:is|are|remains|remained) (?:hospitali[sz]ed|in (?:the )?hospital)"
                       r"|(?:is|are|was|were) (?:in surgery|undergoing surgery|on life support)|underwent surgery"
                       r"|(?:is|are) (?:expected|likely) to (?:survive|recover)|fighting for (?:his|her|their) li(?:fe|ves)"
                       r"|clinging to life)\b", re.I),
    # the state now, not the search told as what happened ("her son was missing", "assisted in the search")
    "found": re.compile(r"\b(?:(?:is|are|remains|remain|still) (?:still )?missing|(?:has|have) not been (?:found|located)"
                        r"|(?:is|are) (?:still )?(?:searching|looking) for|search (?:continues|goes on))\b", re.I),
    "arrested": re.compile(r"\b(?:(?:is|are|remains|remain) (?:still )?(?:at large|on the run|being sought|wanted)"
                           r"|(?:is|are) (?:still )?(?:searching|looking|hunting) for|(?:has|have) not been (?:arrested|"
                           r"caught))\b", re.I),
    "voted": re.compile(r"\b(?:(?:is|are) (?:expected|set|scheduled|due|poised|likely) to (?:vote|take up)|will vote"
                        r"|(?:is|are) set for a vote)\b", re.I),
}
# who votes: the same body in both sentences
_VOTERS = re.compile(r"\b(?:Senate|(?<!White )House|Assembly|Parliament|Congress|Council|Commons|Lords|Knesset|Duma|"
                     r"legislature|committee|board)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# capitalised words that open sentences or name no one: never the person a state is told of
_CAPITALS = frozenset("""The A An In On At He She They It His Her Their This That These Those But And Meanwhile
When While After Before Police Officers Officials Authorities Officer Sgt Deputy Detective Chief Both Two Three One
Its Several Some Many Other Others Another Most All Few""".split()) | {w.capitalize() for w in WEEKDAYS} | set(
    MONTHS_FULL) | {t.capitalize() for t in TITLES}


# a person told of by role ("the gunman was arrested" / "police are searching for the gunman"); never
# "man", "woman", "person": a story often holds two of those
_ROLES = frozenset("""gunman shooter suspect attacker assailant killer fugitive escapee inmate hiker climber swimmer
boater diver skier toddler infant baby boy girl teen teenager student officer deputy trooper firefighter soldier
pilot driver""".split())
# a subject that counts or sets apart: "another officer", "a second hiker", "two suspects" is someone else
_OTHER = re.compile(r"\b(?:another|other|others|second|third|fourth|two|three|four|five|both|all|several|some|"
                    r"remaining|rest|many|one|six|seven|eight|nine|ten|dozens?)\b", re.I)


_DETERMINERS = frozenset("the a an missing suspected alleged accused escaped".split())
# (mend73) the speaker is no subject: "Hart said the boy is in critical condition" tells of the boy
_SAID = re.compile(r"\b(?:" + "|".join(reporting("say tell confirm", now="say tell confirm", plain="say tell"))
                   + r")\b(?: that)?|\baccording to\b", re.I)
# a relative clause tells of another person: "Officer Rose, who was shot by Deon Ray, died"
_RELATIVE = re.compile(r",?\s*\b(?:who|whom|whose|which|that)\b[^,]*(?:,|$)")
# an opening phrase before the subject: "After Smith fled, ", "In Reno, ", "Meanwhile, "
_OPENING = re.compile(r"^\s*(?:(?:After|Before|When|While|As|Since|Although|Because|If|Once|Until|In|On|At|From|"
                      r"Near|During|Meanwhile|However|Earlier|Later|By)\b[^,]*,\s*)+")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|[^\sA-Za-z]")


def _sought(rest: str) -> str:
    """The one sought, right after "searching for": a run of capitalised words or one word past a
    determiner ("for the gunman", "for Tomas Okafor"; "for the clothes Wall wore" seeks clothes), a role
    with its "of …" ("the driver of the stolen SUV"); nothing past a possessive ("Smith's accomplice",
    "the pilot's passenger" is someone else)."""
    words = re.split(r"[,;:.!?]", rest, maxsplit=1)[0].split()
    k = 0
    while k < len(words) and words[k].lower() in _DETERMINERS:
        k += 1
    run = []
    for w in words[k:]:
        if not w[:1].isupper():
            break
        run.append(w)
    run = run or words[k:k + 1]
    if any(w.endswith(("'s", "’s", "s'")) for w in run):
        return ""
    if run and run[0].lower() in _ROLES and words[k + 1:k + 2] == ["of"]:
        run = words[k:]  # the role with its "of …": "the driver of the pickup" is not the SUV's
    return " ".join(run)


def _subject(region: str) -> str:
    """The words before the verb that name its subject: past a speaker ("Hart said"), an opening phrase
    and a relative clause (each tells of someone else)."""
    said = list(_SAID.finditer(region))
    if said:
        region = region[said[-1].end():]
    return _OPENING.sub("", _RELATIVE.sub(" ", region))


def _persons(region: str) -> frozenset[str]:
    """The subject's name (its first run of capitalised words, an owner's "Lee's" aside: "Lee's daughter"
    is not Lee) and the role nouns with their "of …" ("driver of pickup")."""
    names: list[str] = []
    run: list[str] = []
    for w in _WORD.findall(region) + ["."]:
        bare = re.sub(r"['’]s$", "", w)
        if _NAME.fullmatch(bare) and bare not in _CAPITALS:
            run.append(w)
            if w.endswith(("'s", "’s")):
                run = []  # an owner
            continue
        if run:
            names.append(" ".join(run))
            run = []
    tokens = _WORD.findall(region)
    roles = {_role(tokens, k) for k, w in enumerate(tokens) if w.lower() in _ROLES}
    return frozenset({"n:" + n for n in names[:1]} | {"r:" + r for r in roles})


def _role(tokens: list[str], k: int) -> str:
    """The role noun at ``k`` with its modifiers: the lower-case words before it and its "of …" ("pickup
    driver", "driver of stolen suv"; "the suspected gunman" is "gunman")."""
    j = k
    while j > 0 and tokens[j - 1].islower() and tokens[j - 1] not in _DETERMINERS and "'" not in tokens[j - 1]:
        j -= 1
    end = k + 1
    if tokens[k + 1:k + 2] == ["of"]:
        while end < len(tokens) and _WORD.fullmatch(tokens[end]) and tokens[end][:1].isalpha():
            end += 1
    return " ".join(w.lower() for w in tokens[j:end] if w.lower() not in _DETERMINERS)


def _who(text: str, rx: re.Pattern[str]) -> frozenset[str]:
    """Whom the state or the outcome matched by ``rx`` is told of: the subject before it ("Rose underwent
    surgery at Detroit Receiving Hospital" is Rose's, not the hospital's) or, after "searching for", the
    one it seeks. Nothing for a subject that counts or sets apart ("another officer", "two suspects")."""
    m = rx.search(text)
    if not m:
        return frozenset()
    region = _sought(text[m.end():]) if m.group().lower().endswith("for") else _subject(text[:m.start()])
    if _OTHER.search(region):
        return frozenset()
    return _persons(region)


def _one(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two subjects are one person: the same role, or the same name — in full, or the surname of
    that full name ("Lee" is "Maria Lee"; "Tom Lee" is not)."""
    if a & {x for x in b if x.startswith("r:")}:
        return True
    for x in (x[2:].split() for x in a if x.startswith("n:")):
        for y in (y[2:].split() for y in b if y.startswith("n:")):
            short, full = sorted((x, y), key=len)
            if full[len(full) - len(short):] == short:
                return True
    return False


@lru_cache(maxsize=16384)
def outcomes(text: str) -> frozenset[str]:
    """The kinds of settled outcome a sentence tells ("dead", "found", "arrested", "voted")."""
    return frozenset(k for k, rx in _OUTCOME.items() if rx.search(text))


# the earlier state told as history, before the outcome: "was hospitalized a few days ago", "who were
# missing here earlier", "had been in critical condition"
_HISTORY = re.compile(r"\b(?:ago|earlier|before|prior|previously|had been|at first|initially|until)\b", re.I)


# (mend73) a state told in the past with its own time is history too ("was in surgery for six hours on
# Monday night"), and a sentence that goes on to other news ("…, and Tim Ray was charged") is no stale line
_PAST = re.compile(r"\b(?:was|were|remained|underwent)\b", re.I)
_WHEN = re.compile(r"\b(?:" + "|".join(WEEKDAYS + [m.lower() for m in MONTHS_FULL])
                   + r"|yesterday|last night|this morning)\b", re.I)
_MORE_NEWS = re.compile(r"(?:,|;) (?:and|but|while|as|whereas) [^.;]*?\b(?:is|are|was|were|has|have|had|will|\w+ed)\b"
                        r"|; [^.;]*?\b(?:is|are|was|were|has|have|had|will|\w+ed)\b")


@lru_cache(maxsize=16384)  # selection asks it of every candidate at every step
def earlier(text: str) -> frozenset[str]:
    """The kinds of outcome whose earlier state a sentence tells, and whose outcome it does not tell."""
    told = outcomes(text)
    if _HISTORY.search(text) or _MORE_NEWS.search(text) or (_PAST.search(text) and _WHEN.search(text)):
        return frozenset()
    return frozenset(k for k, rx in _EARLIER.items() if k not in told and rx.search(text))


# (mend73) an outcome told as history is not the outcome of the state now: "was arrested in 2019 for a
# stabbing", "voted against a similar plan in 2019"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEFORE = re.compile(r"\b(?:ago|last (?:year|month|spring|summer|fall|autumn|winter)|previously|formerly|"
                     r"in the past|similar|previous|prior|former)\b", re.I)


def _history(outcome: str, line: str) -> bool:
    """Whether ``outcome`` is told at another time than ``line`` (a year the line does not name) or of
    another thing ("a similar plan")."""
    return bool(_BEFORE.search(outcome) or set(_YEAR.findall(outcome)) - set(_YEAR.findall(line)))


def _bodies(text: str, rx: re.Pattern[str]) -> frozenset[str]:
    """The voting bodies before the first match of ``rx``: who votes, not a body named after the verb."""
    m = rx.search(text)
    return frozenset(w.lower() for w in _VOTERS.findall(text[:m.start()])) if m else frozenset()


_NOT_OBJECT = frozenset("vote votes voting voted pass passed approve approved reject rejected take consider bill "
                        "measure legislation week month day next today tomorrow".split()) | frozenset(WEEKDAYS)


def _voted_on(text: str, rx: re.Pattern[str]) -> frozenset[str]:
    """The content words right after the vote (its first eight): what the body votes on ("the farm bill";
    a body's vote on the budget is no earlier state of its vote on a rezoning)."""
    m = rx.search(text)
    after = re.findall(r"[a-z][a-z'-]+", text[m.end():].lower())[:8] if m else []
    return frozenset(w for w in after if w not in STOP_WORDS and w not in _NOT_OBJECT)


def _same(kind: str, line: str, outcome: str) -> bool:
    """Whether the two sentences tell the state and the outcome of one person (the same name before
    both verbs) or, for a vote, of one body (a bill goes through more than one: "the House is expected
    to vote" after the Senate passed it is the next step)."""
    if kind == "voted":
        # (mend73) one thing voted on: the fewer words all among the other's ("the school budget" is not
        # "the new police budget")
        short, full = sorted((_voted_on(line, _EARLIER[kind]), _voted_on(outcome, _OUTCOME[kind])), key=len)
        return bool(_bodies(line, _EARLIER[kind]) & _bodies(outcome, _OUTCOME[kind]) and short and short <= full)
    return _one(_who(line, _EARLIER[kind]), _who(outcome, _OUTCOME[kind]))


# (mend73) what ends an arrest: the state after it is the news again ("escaped from the county jail", then
# "Dunn remains at large")
_UNDONE = {"arrested": re.compile(r"\b(?:escaped|broke out|walked away|fled (?:from )?(?:custody|jail|prison)|"
                                  r"(?:was|were) (?:released|freed)|(?:posted|made) bail)\b", re.I)}


def _undone(kind: str, text: str, around: Sequence[str]) -> bool:
    """Whether one of ``around`` (the line's article, the summary) tells the outcome of ``kind`` undone for
    the one ``text`` tells of."""
    rx = _UNDONE.get(kind)
    who = _who(text, _EARLIER[kind]) if rx else frozenset()
    return any(rx.search(a) and _one(who, _who(a, rx)) for a in around) if rx and who else False


def stale(text: str, told: Sequence[str], around: Sequence[str] = ()) -> bool:
    """Whether ``text`` tells an earlier state of a happening one of ``told`` tells as settled (and neither
    ``told`` nor ``around``, the line's own article, tells that outcome undone since)."""
    kinds = earlier(text)
    return any(k in outcomes(t) and not _history(t, text) and _same(k, text, t)
               and not _undone(k, text, [*told, *around]) for k in kinds for t in told)
