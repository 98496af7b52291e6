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

from accord.words import STOP_WORDS

# the settled outcome, by kind: a death, a person found, an arrest, a vote held
_OUTCOME = {
    "dead": re.compile(r"\b(?:died|dies|has died|have died|passed away|(?:was|were|been) (?:killed|found dead|"
                       r"pronounced dead|declared dead)|succumbed|(?:was|were) fatally (?:shot|wounded|injured))\b", re.I),
    "found": re.compile(r"\b(?:(?:was|were|has been|have been) (?:found|located|rescued)|(?:body|bodies|remains) "
                        r"(?:was|were|has been|have been) (?:found|recovered|identified)|found (?:dead|alive|safe))\b", re.I),
    "arrested": re.compile(r"\b(?:(?:was|were|has been|have been) (?:arrested|captured|apprehended|detained|taken into "
                           r"custody)|turned (?:himself|herself|themselves) in|(?:arrested|captured|apprehended) "
                           r"(?:him|her|them))\b", re.I),
    "voted": re.compile(r"\b(?:voted (?:to|for|against|down)|(?:passed|approved|rejected) (?:the|a|an|its)\b|"
                        r"(?:passed|approved|rejected)$)", re.I),
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
When While After Before Police Officers Officials Authorities Monday Tuesday Wednesday Thursday Friday Saturday
Sunday January February March April May June July August September October November December Mr Mrs Ms Dr
Officer Sgt Deputy Detective Chief Lt Capt Both Two Three One Its Several Some Many Other Others
Another Most All Few""".split())


# a person told of by role ("the gunman was arrested" / "police are searching for the gunman"); never
# "man", "woman", "person": a story often holds two of those
_ROLES = frozenset("""gunman shooter suspect attacker assailant killer fugitive escapee inmate hiker climber swimmer
boater diver skier toddler infant baby boy girl teen teenager student officer deputy trooper firefighter soldier
pilot driver""".split())
# a subject that counts or sets apart: "another officer", "a second hiker", "two suspects" is someone else
_OTHER = re.compile(r"\b(?:another|other|others|second|third|fourth|two|three|four|five|both|all|several|some|"
                    r"remaining|rest|many|one|six|seven|eight|nine|ten|dozens?)\b", re.I)


_DETERMINERS = frozenset("the a an missing suspected alleged accused escaped".split())


def _sought(rest: str) -> str:
    """The one sought, right after "searching for": a run of capitalised words or one word past a
    determiner ("for the gunman", "for Tomas Okafor"; "for the clothes Wall wore" seeks clothes)."""
    words = rest.split()
    k = 0
    while k < len(words) and words[k].lower() in _DETERMINERS:
        k += 1
    run = []
    for w in words[k:]:
        if not w[:1].isupper():
            break
        run.append(w)
    return " ".join(run or words[k:k + 1])


def _who(text: str, rx: re.Pattern[str]) -> frozenset[str]:
    """Whom the state or the outcome matched by ``rx`` is told of: the names before it ("Rose underwent
    surgery at Detroit Receiving Hospital" is Rose's, not the hospital's) or, after "searching for", the
    ones it seeks; and a role noun there ("the gunman"). Nothing for a subject that counts or sets
    apart ("another officer", "two suspects")."""
    m = rx.search(text)
    if not m:
        return frozenset()
    region = _sought(text[m.end():]) if m.group().lower().endswith("for") else text[:m.start()]
    if _OTHER.search(region):
        return frozenset()
    names = {n for n in _NAME.findall(region) if n not in _CAPITALS}
    return frozenset(names | {w for w in re.findall(r"[a-z]+", region) if w in _ROLES})


@lru_cache(maxsize=16384)
def outcomes(text: str) -> frozenset[str]:
    """The kinds of settled outcome a sentence tells ("dead", "found", "arrested", "voted")."""
    return frozenset(k for k, rx in _OUTCOME.items() if rx.search(text))


# the earlier state told as history, before the outcome: "was hospitalized a few days ago", "who were
# missing here earlier", "had been in critical condition"
_HISTORY = re.compile(r"\b(?:ago|earlier|before|prior|previously|had been|at first|initially|until)\b", re.I)


@lru_cache(maxsize=16384)  # selection asks it of every candidate at every step
def earlier(text: str) -> frozenset[str]:
    """The kinds of outcome whose earlier state a sentence tells, and whose outcome it does not tell."""
    told = outcomes(text)
    if _HISTORY.search(text):
        return frozenset()
    return frozenset(k for k, rx in _EARLIER.items() if k not in told and rx.search(text))


def _bodies(text: str, rx: re.Pattern[str]) -> frozenset[str]:
    """The voting bodies before the first match of ``rx``: who votes, not a body named after the verb."""
    m = rx.search(text)
    return frozenset(w.lower() for w in _VOTERS.findall(text[:m.start()])) if m else frozenset()


_NOT_OBJECT = frozenset("vote votes voting voted pass passed approve approved reject rejected take consider bill "
                        "measure legislation week month day next today tomorrow monday tuesday wednesday thursday "
                        "friday saturday sunday".split())


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
        return bool(_bodies(line, _EARLIER[kind]) & _bodies(outcome, _OUTCOME[kind])
                    and _voted_on(line, _EARLIER[kind]) & _voted_on(outcome, _OUTCOME[kind]))
    return bool(_who(line, _EARLIER[kind]) & _who(outcome, _OUTCOME[kind]))


def stale(text: str, told: Sequence[str]) -> bool:
    """Whether ``text`` tells an earlier state of a happening one of ``told`` tells as settled."""
    kinds = earlier(text)
    return any(k in outcomes(t) and _same(k, text, t) for k in kinds for t in told)
