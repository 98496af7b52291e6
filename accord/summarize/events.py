"""Which event a sentence tells: who did what (its main clause's actor and action), for repeats.

Outlets retell one event in other words ("Russia-led soldiers began withdrawing from Kazakhstan",
"Russian-led troops … have begun leaving the country", "Russia-led troops begin pullback from
Kazakhstan"): they share few words and their sentence embeddings are no closer than unrelated
sentences of the story (model2vec cosine 0.73 for such a repeat, 0.72 for unrelated pairs), so the
word-overlap and MMR checks of selection miss them. Compared as events they meet: the same actor
(the subject's head, or a name it shares), the same action (a verb family: withdraw = leave = pull
back = pullback), and figures and days that do not differ.

``frame(text)`` reads the main clause with word rules (no parser); ``same_event(a, b)`` compares two.
A sentence whose clause it cannot read (a quotation, no event verb) has no frame and repeats nothing:
the rule errs towards keeping a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from accord import verbs
from accord.patterns import Alternatives
from accord.words import IRREGULAR_VERBS, MONTH_ABBREVIATIONS, MONTHS, MONTHS_FULL, STOP_WORDS, WEEKDAYS, reporting

# Verbs that tell no event of their own: speech, being and having, and the aspect of another verb
# ("began withdrawing": the event is the withdrawal)
_SAID = "say tell add note write ask claim state report explain insist argue announce confirm"
_SPEECH = frozenset(reporting(_SAID, now="say tell add note", plain=_SAID)) | {"saying", "written", "accord", "according"}
_EMPTY = frozenset("be is are was were been being am have has had having do does did done get got gotten make made "
                   "go went gone going come came take took taken become became seem seemed appear appeared "
                   "include included includes give gave given keep kept put set use used want wanted "
                   "need needed".split())
_ASPECT = frozenset("begin begins began begun beginning start starts started starting continue continues continued "
                    "resume resumes resumed finish finished complete completed".split())
_AUX = frozenset("has have had is are was were will would could can may might should must be been being "
                 "did does do".split())
# A noun the actor of several accounts goes by: troops = soldiers = forces; police = officers
_ACTORS: dict[str, str] = {w: fam for fam, words in (
    ("troop", "troops troop soldiers soldier forces peacekeepers peacekeeper army military contingent servicemen"),
    ("police", "police officers officer cops cop deputies deputy authorities"),
    ("protester", "protesters protester demonstrators demonstrator protestors crowds crowd"),
    ("government", "government administration authorities regime cabinet"),
    ("researcher", "researchers researcher scientists scientist study team"),
) for w in words.split()}
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# an opening circumstance before the clause: "On Thursday, ", "After days of unrest, ", a dateline
_OPENING = re.compile(r"^(?:[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*[-–—]+\s*"
                      r"|(?:On|In|At|After|Before|During|Earlier|Later|Last|This|Since|Following|Amid|Despite|"
                      r"Meanwhile|Now|Today|Yesterday|Overnight|By|For|With|Without|As)\b[^,]{0,60},\s+)")
# an aside inside the clause: a relative clause or an apposition set off by commas or dashes, whose
# verb is not the clause's ("A former officer — indicted last week … — was found dead")
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b(?:[^,]|,(?=\d))*,|\s[—–]\s[^—–]*\s[—–]\s|\([^)]*\)"
                    r"|(?<=[a-z]),\s+(?:a|an)\s+[^,]{1,60},")
_REDUCED = frozenset("to by in from into for with at of".split())  # "of": "An officer accused of … has died"
# "was found dead" (not "was pronounced dead at the scene": a detail of the death a reader wants, read
# blind in coherence27's sheet, mn-val-73)
_DEAD_VERBS = frozenset("found find finds".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions billion dozen dozens".split())


@dataclass(frozen=True)
class Frame:
    """The event of a sentence's main clause."""

    actor: frozenset[str]  # the subject's head (its family: "troop") and the names the subject holds
    action: str  # the action's family ("withdraw") or the verb's plain beginning
    figures: frozenset[str]  # numbers the sentence states ("2,300", "two")
    days: frozenset[str]  # weekdays and months it names
    named: frozenset[str] = frozenset()  # the names after its verb ("fired Comey"): whom or where


def _action(words: list[str], k: int) -> tuple[str, int] | None:
    """The family of the action at ``words[k]`` (with a particle after it), or None when no event."""
    w = words[k].lower()
    if w in _DEAD_VERBS and k + 1 < len(words) and words[k + 1].lower() == "dead":
        return "die", k  # (coherence27) "was found dead" tells the death another outlet's "has died" tells
    fam = verbs.action(w, words[k + 1].lower() if k + 1 < len(words) else "")
    if fam:
        return fam, k
    if w in _SPEECH or w in _EMPTY or w in STOP_WORDS:
        return None
    lemma = IRREGULAR_VERBS.get(w, w)
    if lemma != w or re.search(r"[a-z]{3}ed$", w):
        return re.sub(r"(?:ied|ed|e)$", "", lemma)[:6], k
    return None


def _is_verb(word: str, before: str) -> bool:
    """A finite verb or a participle after an auxiliary (word rules: past forms, irregular forms,
    a present -s form after the subject, a listed action)."""
    w = word.lower()
    if not word.islower() or "-" in w:  # a name, or a compound ("mixed-blooded")
        return False
    if w in _AUX or w in _ASPECT or w in IRREGULAR_VERBS or w in _SPEECH:
        return True
    if _PAST.search(w):
        return True
    return before.lower() in _AUX and bool(_PARTICIPLE.search(w))


# (compiled once: ``_is_verb`` is asked of every word of every sentence read for its event)
_PAST = re.compile(r"[a-z]{3}ed$")
_PARTICIPLE = re.compile(r"[a-z]{2}(?:ing|en)$")


@lru_cache(maxsize=65536)
def frame(text: str) -> Frame | None:
    """The event of ``text``'s main clause, or None when its words do not show one."""
    narration = _QUOTED.sub(" ", text.strip())
    if len(narration.split()) < 0.5 * len(text.split()):
        return None  # mostly a quotation: the speaker's words, no event of the writer's
    every = [w.lower().rstrip(".,") for w in _WORD.findall(narration)]  # figures and days, asides' too
    narration = _OPENING.sub("", narration, count=1)
    narration = _ASIDE.sub(" ", narration)  # "Lehmkuhl, who was elected in 2012, emailed …"
    words = _WORD.findall(narration)
    verbs = [k for k in range(1, len(words)) if _is_verb(words[k], words[k - 1])]
    verb = verbs[0] if verbs else None
    end = verb  # where the subject ends
    if (verb is not None and words[verb].lower() not in _AUX and verb + 1 < len(words)
            and words[verb + 1].lower() in _REDUCED):
        # "troops sent to help … have begun leaving": a participle that describes the subject, then
        # the clause's own verb group (an auxiliary no relative word introduces)
        verb = next((k for k in verbs[1:] if words[k].lower() in _AUX
                     and words[k - 1].lower() not in ("who", "which", "that")), verb)
    if verb is None:  # a headline's present tense: "Troops begin pullback", "Police arrest man": the
        # first lower-case word past the subject's nouns, when it is an aspect or an action
        first = next((k for k in range(1, len(words)) if words[k].islower() and words[k] not in _ACTORS
                      and words[k] not in STOP_WORDS), None)
        verb = first if first is not None and (words[first] in _ASPECT or _action(words, first) is not None) else None
    if verb is None:
        return None
    subject = [w for w in words[:min(verb, end if end is not None else verb)] if w.lower() not in STOP_WORDS and not w[0].isdigit()]
    pronoun = _PRONOUNS.get(words[0].lower()) if verb == 1 else None  # "He resigned", "They have begun leaving"
    if not subject and pronoun is None:
        return None
    k = verb
    while k < len(words) and (words[k].lower() in _AUX or words[k].lower() in ("not", "also", "reportedly")):
        k += 1
    if k < len(words) and words[k].lower() in _ASPECT:  # "began withdrawing", "begin pullback", "started to leave"
        k += 1
        if k < len(words) and words[k].lower() == "to":
            k += 1
    if k >= len(words) or words[k].lower() in _SPEECH:
        return None
    found = _action(words, k)
    if found is None or (k + 1 < len(words) and words[k + 1].lower() == "that"):
        return None  # "researchers found that …": a finding reported, whose event is the clause after it
    if pronoun is not None:
        subject = [pronoun]
    head = subject[-1].lower()
    if "-" in head:  # "Russia-led": a modifier, the head comes after it; rare as the last word
        head = head.split("-")[-1]
    names: set[str] = set()  # the name the head ends ("President Donald Trump"), not a possessor's ("Johnson's cruiser")
    for w in reversed(subject):
        if not w[0].isupper() or "-" in w or (names and w.endswith(("'s", "’s"))):
            break
        names.add(_fold(w))
    actor = frozenset({_ACTORS.get(head, _fold(head))} | names)
    clause = _WORD.findall(narration[narration.find(words[found[1]]):].split(",")[0])[1:]
    named = frozenset(_fold(w) for w in clause if w[0].isupper() and w.lower() not in STOP_WORDS
                      and w.lower() not in MONTHS and w.lower() not in WEEKDAYS)
    figures = frozenset(w for w in every if w[:1].isdigit() or w in _NUMBER_WORDS)
    days = frozenset(w for w in every if w in MONTHS or w in WEEKDAYS)
    return Frame(actor=actor, action=found[0], figures=figures, days=days, named=named)


def _fold(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower())


# A pronoun subject ("He resigned" after "Smith stepped down"): its person is the summary's, so it
# may be any actor of its kind — "he"/"she" one person (no group noun), "they" anyone
_PRONOUNS = {"he": "<person>", "she": "<person>", "they": "<any>"}
_GROUPS = frozenset(_ACTORS.values())
# actions a pronoun's sentence retells whatever their object: an actor withdraws, dies or resigns once
# in a story; "They found the men's bikes" is no retelling of "Police located the son-in-law"
_WHOLE = frozenset({"withdraw", "die", "resign", "crash", "win", "convict", "sentence"})


def _refers(pronoun: frozenset[str], actor: frozenset[str]) -> bool:
    """Whether a pronoun subject (``_PRONOUNS``) can stand for ``actor``: "they" for anyone, "he"/"she"
    for a person (a name or a noun that is no group's: not troops, police, the government)."""
    if "<any>" in pronoun:
        return True
    return "<person>" in pronoun and ("<person>" in actor or not actor & _GROUPS)


def same_event(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` tell one event: the same action by the same actor (its head noun's
    family, or a name both subjects hold), with no figure or day of one that the other contradicts
    (both give figures, none shared; both name days, none shared)."""
    fa, fb = frame(a), frame(b)
    if fa is None or fb is None or fa.action != fb.action:
        return False
    if not (fa.actor & fb.actor or (fa.action in _WHOLE and (_refers(fa.actor, fb.actor) or _refers(fb.actor, fa.actor)))):
        return False
    if fa.figures and fb.figures and not fa.figures & fb.figures:
        return False
    if fa.named and fb.named and not fa.named & fb.named:
        return False  # "fired Comey" / "fired Priebus": another person, another event
    return not (fa.days and fb.days and not fa.days & fb.days)


__all__ = ["Claim", "Frame", "claim", "claim_retold", "frame", "same_event", "states", "timely"]


# A lede that tells a standing state, not a happening: a present "is/are" before no participle, or a
# "has/have" before a determiner — "Rocky Mountain Spotted Fever is a reportable disease in Oklahoma",
# "Adderall and other ADHD medications are among the most prescribed drugs in America"
_BE = frozenset("is are remains remain".split())
_HAVE = frozenset("has have".split())
_DETERMINERS = frozenset("a an the no some many much more few little his her their its our my your this that "
                         "these those every each any".split())
_SOFT = frozenset("not never also still now already long just currently recently".split())
_NOW = re.compile(r"\b(?:today|tonight|now|yesterday|this (?:week|morning|afternoon|evening)|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
# a state the sentence reports someone found or said ("… are more likely to live with their parents,
# according to a new study"): a finding is news
_REPORTED = re.compile(r"\b(?:according to|" + "|".join(reporting("say report announce", now="say report announce",
                                                                       plain="say report announce")) +
                       r"|suggests?|shows?|showed|found|finds)\b", re.I)
_REPORTED_ANY = Alternatives(_REPORTED)  # (speed22) its yes/no answer, each branch only where its word is
# a subordinate clause opening the sentence: its verb is not the clause's ("Because most babies …
# are not yet talking, the researchers had to …")
_SUBORDINATE = re.compile(r"^(?:If|Because|While|Although|Though|When|Whereas|Unless|Once|Until|As|Since)\b[^,]{0,150},\s+")


# (coherence29) a lede that dates what happened: a weekday, "yesterday", "last night", "earlier this week",
# or a month and day ("on Sept. 9") — how a news account opens on its event. Not "today"/"now", which open
# background as often ("Today, nearly all ethanol is made from corn"), nor a photo caption's date ("In this
# Saturday, July 1, 2017, photo, …"), nor a time inside quotation marks (the speaker's, not the news's).
_WEEKDAY_NAMES = "(?:" + "|".join(WEEKDAYS) + ")"  # accord.words' tables, for re.I
_WHEN = re.compile(r"\b(?:" + _WEEKDAY_NAMES + r"|yesterday|last\s+(?:night|week|weekend)|"
                   r"(?:earlier|late|later)\s+this\s+(?:week|month)|this\s+(?:week|weekend|morning|afternoon|evening)|"
                   r"(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\b|"
                   r"(?:" + "|".join(MONTHS_FULL) + r")\s+\d{1,2}\b)",
                   re.I)
# a clause opening the sentence that sets the scene, after which the main clause tells a reaction or a
# follow-up ("Shortly after receiving the news Tuesday, an ecstatic Fran Keller said …", "As the search was
# bolstered on Wednesday …, experts said …"): its day dates the setting, not the news
_SETTING = re.compile(r"^(?:(?:shortly|hours|minutes|moments|days|weeks|soon|just|right|not\s+long)\s+)?"
                      r"(?:after|following|since|as|when|while|before|once|until|amid)\b[^,]{0,150},\s+", re.I)
# a relative clause: its day dates what it describes, not the news ("The mother of a 2-year-old whose body
# was found … Tuesday night admitted to hitting the child" is a follow-up of the find)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:—–]*", re.I)
# a day a standing state began ("… has been missing since the evening of Aug. 3", "… closed since Monday"):
# it dates no event the sentence tells
_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:early|late|last|this|the)?\s*(?:morning|afternoon|evening|night)?\s*(?:of\s+)?)?$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                       r"(?:,\s*(?:19|20)\d\d)?\s*)?(?:\([^)]*\))?\s*[-–—]+\s*")  # (clean70) "PORT MARA, March 4, 2026 —" too
_CAPTION_DATE = re.compile(r"\b(?:in\s+this|this)\s+(?:[\w,.]+\s+){0,6}?(?:file\s+)?(?:photo|image|picture|video|"
                           r"handout|frame)\b|\b(?:photo|file)\s*:|\bFILE\b|\bundated\b", re.I)


# (coherence31) a day counted from the writer's own ("yesterday", "tonight", "this morning", "last
# Monday", "earlier this week", "told reporters today"): true only on the day its page was filed. Not a
# weekday or a date alone ("on Monday", "Sept. 2"), which a reader dates within the story's week, nor
# "today" as "nowadays" ("Most ethanol today is made …", "today's economy"): only after a verb of saying
# or at a clause's end.
_WRITER_DAY = re.compile(
    r"\b(?:yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
    r"(?:earlier|later)\s+today|"
    r"last\s+(?:" + _WEEKDAY_NAMES + r"|week|weekend)|"
    r"(?:earlier|later)\s+this\s+(?:week|month)|this\s+(?:week|weekend)|"
    r"(?:said|says|told(?:\s+(?:reporters|[A-Z][\w.]*)){0,3}|announced|reported|tweeted|confirmed|wrote|posted)\s+today|"
    r"today(?=\s*[.,;]))\b", re.I)


# "Today, …" opening a sentence is as often "nowadays" ("Today, the church opposes the practice …")
_OPENING_TODAY = re.compile(r"^[\"“‘']?Today\s*,\s*")


@lru_cache(maxsize=65536)
def writer_day(text: str) -> bool:
    """Whether ``text`` dates something by its writer's own day outside quotation marks
    (``_WRITER_DAY``): "yesterday" in another outlet's page is a day the summary's reader cannot place
    against its lede's. "Today, …" opening the sentence is left aside (``_OPENING_TODAY``)."""
    narration = _OPENING_TODAY.sub("", _QUOTED.sub(" ", text.strip()), count=1)
    return bool(_WRITER_DAY.search(narration))


@lru_cache(maxsize=65536)
def timely(text: str) -> bool:
    """Whether ``text`` dates what it tells by a day or a date outside quotation marks (``_WHEN``), not
    only in a clause that sets the scene before the main one (``_SETTING``), in a relative clause
    (``_RELATIVE``) or as the day a state began (``_SINCE``), and is no photo caption
    (``_CAPTION_DATE``): the hard-news lede that states the event, as against an angle, a feature's scene
    or a follow-up, which seldom name the day."""
    narration = _QUOTED.sub(" ", text.strip())
    if _CAPTION_DATE.search(narration):
        return False
    main = _RELATIVE.sub(" ", _SETTING.sub("", _DATELINE.sub("", narration, count=1), count=1))
    return any(not _SINCE.search(main, 0, m.start()) for m in _WHEN.finditer(main))


@lru_cache(maxsize=65536)
def states(text: str) -> bool:
    """Whether ``text``'s main clause tells a standing state rather than an event: its first verb is a
    present "is"/"are" that no participle follows, or a "has"/"have" before a determiner ("X is a
    disease", "Y are among the most prescribed drugs"), with no day named and no one reported saying
    or finding it. A news lede tells what happened ("was arrested", "has died", "will resign"); a
    state opening the summary is background, and the reader meets the news late."""
    narration = _QUOTED.sub(" ", text.strip())
    if _NOW.search(narration) or _REPORTED_ANY.found(narration):
        return False
    narration = _ASIDE.sub(" ", _SUBORDINATE.sub("", _OPENING.sub("", narration, count=1), count=1))
    words = _WORD.findall(narration)
    for k in range(1, len(words)):
        w = words[k].lower()
        if not words[k].islower():
            continue
        if w in _BE or w in _HAVE:
            rest = [x.lower() for x in words[k + 1:k + 4] if x.lower() not in _SOFT and not x.lower().endswith("ly")]
            nxt = rest[0] if rest else ""
            if w in _HAVE:
                return nxt in _DETERMINERS or nxt[:1].isdigit()
            return not (nxt in IRREGULAR_VERBS or bool(re.search(r"[a-z]{2}(?:ed|ing|en)$", nxt))
                        or nxt in ("been", "to", "set", "due", "expected", "poised", "about"))
        if _is_verb(words[k], words[k - 1]) or w in ("will", "would", "could", "may", "might", "can", "should"):
            return False
    return False


# Words of a subject that name no one in particular: titles and offices before a name ("Former Vice
# President Joe Biden", "Sen. Mazie Hirono", "U.S. border agents")
_TITLE_WORDS = frozenset("former vice president sen senator rep representative gov governor dr mr mrs ms miss "
                         "secretary chief executive prime minister speaker leader majority minority house senate "
                         "gen general lt col mayor judge u.s us uk the of and new top".split())
_FILLER = frozenset("former vice president the of and top u.s. chief".split())


@lru_cache(maxsize=65536)
def subject_names(text: str) -> frozenset[str]:
    """The names (folded) the main clause's subject holds, titles aside: "Former Vice President Joe
    Biden said …" and "In a video released Thursday, former vice president Joe Biden announced …"
    both give {"joe", "biden"}. Empty when the subject names no one ("A storm flooded …", "He said …").
    Two outlets' openings with one subject tell, nearly always, the one event (coherence15)."""
    narration = _QUOTED.sub(" ", text.strip())
    narration = _SUBORDINATE.sub("", _OPENING.sub("", narration, count=1), count=1)
    words = _WORD.findall(narration)[:10]
    names: set[str] = set()
    for w in words:
        low = w.lower().rstrip(".")
        if w[:1].islower() and low not in _FILLER:
            break  # the subject ends at its verb (or at any other lower-case word)
        if (w[:1].isupper() and low not in _TITLE_WORDS and low not in STOP_WORDS
                and low not in MONTHS and low not in WEEKDAYS and len(low) > 1):
            names.add(_fold(w))
    return frozenset(names)


# (coherence37) One claim told again in other words: "Smith was indicted last week on six charges" and,
# further on, "Among those charged was Smith, according to court records." tell the reader nothing new,
# though they share too few words for the novelty check (whose share counts "charged", "among",
# "according", "records" as new) and their main clauses differ (the frame above reads one). A claim
# here is what a sentence tells happened (the event families of ``accord.verbs``, as a verb or its noun:
# indicted / indictment / charges, died / death / killed) and the anchors it ties it to: the names,
# figures and days it states. A sentence retells one when a told sentence has one of its happenings with
# one of its anchors in the same role (doing it, having it done, or a noun that does not show which), and
# it brings no anchor or happening the summary lacks and at most one other word
# the summary has not used, outside the words that only say who reports it ("according to news
# reports"). News adds a name, a figure, a day, an act or a stance: "Zimmerman has said the shooting was
# in self-defense" after "the shooting death of Trayvon Martin" reports what he says, and is news.
_FORM_ENDINGS = frozenset(("", "s", "es", "ed", "d", "ing", "ment", "ments", "al", "als", "ion", "ions", "e", "ies",
                           "y", "ied"))
_TELLS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (f.name, tuple(sorted((m for m in f.tells if " " not in m), key=len, reverse=True)))
    for f in verbs.FAMILIES if f.tells)
_TELLS_PHRASAL: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (f.name, tuple(m for m in f.tells if " " in m)) for f in verbs.FAMILIES if any(" " in m for m in f.tells))
# ``_happening``'s lookups: each member -> the first family of ``_TELLS`` holding it; the endings' lengths; the
# words a phrasal member opens with
_TELLS_OF: dict[str, int] = {m: k for k, (_, members) in reversed(list(enumerate(_TELLS))) for m in members}
_ENDING_LENGTHS = tuple(sorted({len(e) for e in _FORM_ENDINGS}))
# and a doubled last consonant before "-ed" / "-ing" ("ban|ned", "quit|ting"; mend53's ``_form_of``)
_SPLIT_LENGTHS = tuple(sorted(set(_ENDING_LENGTHS) | {3, 4}))
_PHRASAL_FIRST = frozenset(m.split(" ")[0] for _, members in _TELLS_PHRASAL for m in members)
# figures written as words, read as the digits another outlet writes ("six charges" / "6 charges",
# "a decade" / "10 years"); "one" is too often no figure ("one of the …")
_FIGURE_WORDS = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine ten eleven "
                                                 "twelve".split()) if k > 1}
_FIGURE_WORDS.update(twenty="20", thirty="30", forty="40", fifty="50", hundred="100", thousand="1000",
                     million="million", billion="billion", dozen="12", decade="10")
# words before a name that are no anchor of their own (a title, an honorific)
_NO_ANCHOR = frozenset(set(_TITLE_WORDS) | {"mr", "mrs", "ms", "dr", "miss", "sir"})
# words that only say who tells it: no content of the claim
_ATTRIBUTION = frozenset("according report reports reported reporting news statement source sources official "
                         "officials media outlets records documents".split()) | _SPEECH
# a verb of saying outside "according to": the sentence reports what someone says, a stance
_SAYS = frozenset(_SPEECH - {"accord", "according", "report", "reported"})


@dataclass(frozen=True)
class Claim:
    """What a sentence tells happened and what it ties it to (``claim``)."""

    happenings: frozenset[str]  # event families told as a verb or a noun ("indict", "die")
    anchors: frozenset[str]  # names, figures and days (folded: "smith", "6", "thursday")
    rest: frozenset[str]  # the beginnings of its other content words ("self-", "treat"): what else it tells
    says: bool = False  # whether it reports what someone says ("has said", "told reporters")
    # (happening, anchor, role): whether the anchor does it ("agent"), has it done to it ("patient") or
    # the happening is told as a noun ("?"): "Chauvin … arrested Floyd" is no "Chauvin was taken into custody"
    roles: frozenset[tuple[str, str, str]] = frozenset()


def _happening(word: str, next_word: str) -> str | None:
    """The family a word tells as a verb or its noun: a member's beginning followed only by an
    ending of a form ("charg|es", "indict|ment", "die|d"), not a longer word ("fire|works",
    "found|ation")."""
    if word in _PHRASAL_FIRST:  # a phrasal member opens with the whole word (a word holds no space)
        two = f"{word} {next_word}"
        for name, members in _TELLS_PHRASAL:
            if two.startswith(members):
                return name
    # the first family (``_TELLS`` order) with a member the word is followed by an ending: looked up per
    # ending instead of testing every member (speed25: 615,000 ``startswith`` per 50 Multi-News stories)
    first = None
    for n in _SPLIT_LENGTHS:
        if n >= len(word):
            break
        k = _TELLS_OF.get(word[:len(word) - n])
        if k is not None and (first is None or k < first) and _form_of(word[:len(word) - n], word[len(word) - n:]):
            first = k
    return None if first is None else _TELLS[first][0]


_VOWELS = frozenset("aeiou")


def _form_of(member: str, ending: str) -> bool:
    """Whether ``member`` then ``ending`` is a real form of the member's word (mend53): a word of one
    syllable ending in one vowel and a consonant doubles it before "-ed" / "-ing" ("ban" → "banned",
    "quit" → "quitting") and takes no other ending but "-s" ("band", "bared", "quite" and "banal" are
    other words); "-d" follows an "e" ("die" → "died", never "ban" → "band"); "-ion" follows a "t" or
    one "s" ("evacuat|ion", never "pass|ion")."""
    last = member[-1]
    if ending[:1] == last and ending[1:] in ("ed", "ing") and last not in _VOWELS and member[-2:-1] in _VOWELS:
        return True  # "banned", "barred", "quitting", "scrapped", "cancelled"
    if ending not in _FORM_ENDINGS:
        return False
    if _short_closed(member):
        return ending in ("", "s")
    if ending == "d":
        return last == "e"
    if ending in ("ion", "ions"):
        return last == "t" or last == "s" and member[-2:-1] != "s"
    return True


def _short_closed(member: str) -> bool:
    """Whether a member is a word of one syllable ending in one vowel and a consonant ("ban", "quit",
    "win", "scrap"), whose last consonant doubles before "-ed" / "-ing" ("u" after "q" is no vowel)."""
    letters = member.replace("qu", "qw")
    groups = re.findall(r"[aeiou]+", letters)
    return len(groups) == 1 and len(groups[0]) == 1 and letters[-1] not in _VOWELS and letters[-1] not in "wxy" \
        and len(letters) >= 2 and letters[-2] in _VOWELS


def _same_role(mine: Claim, other: Claim) -> bool:
    """Whether ``other`` tells one of ``mine``'s happenings with one of its anchors in the same role
    (or either as a noun, whose role the words do not show)."""
    return any(h == h2 and a == a2 and (r == r2 or "?" in (r, r2))
               for h, a, r in mine.roles for h2, a2, r2 in other.roles)


def _figure(word: str) -> str:
    return _FIGURE_WORDS.get(word, word.lstrip("$").rstrip(".,%").replace(",", ""))


def _beginning(word: str) -> str:
    """A word's first five letters, of its plain form for an irregular verb ("bit" → "bite")."""
    return IRREGULAR_VERBS.get(word, word)[:5]


@lru_cache(maxsize=65536)
def claim(text: str) -> Claim:
    """The claim of ``text``: its happenings, anchors and other content words (quotations included:
    a quoted "we're banning them" tells the ban the sentence before it told)."""
    words = _WORD.findall(text.strip().lstrip("\"“‘'"))
    happenings: set[str] = set()
    anchors: list[tuple[int, str]] = []
    told: list[tuple[int, str, str]] = []  # where a happening is told, its family and its voice
    rest: set[str] = set()
    says = False
    for k, w in enumerate(words):
        low = w.lower()
        if low.endswith("-year-old"):
            anchors.append((k, _figure(low.split("-")[0])))
        elif w[0].isdigit() or low in _FIGURE_WORDS:
            anchors.append((k, _figure(low)))
        elif low in MONTHS or low in WEEKDAYS:
            anchors.append((k, low))
        elif w[0].isupper():
            for part in w.split("-"):
                folded = _fold(part)
                if folded and folded[0].isalpha() and folded not in _NO_ANCHOR and folded not in STOP_WORDS:
                    anchors.append((k, folded))
        elif low in _SAYS:
            says = True
        elif low in STOP_WORDS or low in _ATTRIBUTION or low in _EMPTY or low in _AUX:
            continue
        else:
            fam = _happening(low, words[k + 1].lower() if k + 1 < len(words) else "")
            if fam:
                happenings.add(fam)
                told.append((k, fam, _voice(words, k)))
            else:
                rest.add(_beginning(low))
    roles = frozenset((fam, a, "?" if voice == "?" else _ROLE[(j < k, voice == "passive")])
                      for k, fam, voice in told for j, a in anchors)
    return Claim(happenings=frozenset(happenings), anchors=frozenset(a for _, a in anchors), rest=frozenset(rest),
                 says=says, roles=roles)


# an anchor before an active verb does it, after it has it done; a passive verb turns both round
_ROLE = {(True, False): "agent", (False, False): "patient", (True, True): "patient", (False, True): "agent"}
_BE_FORMS = frozenset("was were been being is are be get got gets getting".split())
_NOUN_BEFORE = frozenset("the a an his her their its this that these those whose".split())
_CLAUSE_STARTS = frozenset("as when after before while because who whom which that but since until".split())
_NOUN_ENDINGS = ("ment", "ments", "ion", "ions", "al", "als")


def _voice(words: list[str], k: int) -> str:
    """How ``words[k]`` tells its happening: "?" as a noun ("the indictment", "six charges",
    "Floyd's death", "death of"), "passive" after a form of "be" ("was charged", "was handcuffed and
    taken into custody"), else "active"."""
    low = words[k].lower()
    before = words[k - 1].lower() if k else ""
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if (low.endswith(_NOUN_ENDINGS) or low in verbs.EVENT_NOUNS or low in ("custody", "lawsuit") and before != "into"
            or before in _NOUN_BEFORE or before[:1].isdigit() or before in _FIGURE_WORDS
            or before.endswith(("'s", "’s")) or after == "of"):
        return "?"
    if low.endswith("ing"):  # "is planning on launching": progressive, not passive
        return "active"
    for w in reversed(words[max(0, k - 5):k]):  # "was handcuffed and taken into custody"; not past a clause's start
        if w.lower() in _BE_FORMS:
            return "passive"
        if w.lower() in _CLAUSE_STARTS:
            break
    return "active"


@lru_cache(maxsize=65536)
def _lower_beginnings(text: str) -> frozenset[str]:
    """The beginnings of ``text``'s lower-case words: kept per sentence, as ``claim_retold`` reads the
    summary's sentences again for each candidate (speed25)."""
    return frozenset(_beginning(w.lower()) for w in _WORD.findall(text) if w.islower())


def claim_retold(text: str, told: list[str], most_new: int = 1) -> bool:
    """Whether ``text`` tells again a claim one of ``told`` tells (a happening and an anchor in
    common) and adds nothing the summary lacks: every anchor and happening of it is in ``told``, and
    at most ``most_new`` of its other content words are not (none when it reports what someone says:
    a stance is news). "Smith was charged …" then "On Friday a judge set bail at $5,000" adds a day,
    a figure and an act; "Jones was charged" another person: both are news."""
    mine = claim(text)
    if not mine.happenings or not mine.anchors:
        return False
    claims = [claim(t) for t in told]
    if not any(_same_role(mine, c) for c in claims):
        return False
    if not mine.anchors <= frozenset().union(*(c.anchors for c in claims)):
        return False
    if not mine.happenings <= frozenset().union(*(c.happenings for c in claims)):
        return False
    if _NEGATION.search(text) and not any(_NEGATION.search(t) for t in told):
        return False  # "Smith was not charged" after "Smith was indicted": the claim turned round (mend53)
    said = frozenset().union(*(c.rest for c in claims), *(_lower_beginnings(t) for t in told))
    if any(_beginning(w) not in said and (w in _STANCES or w in IRREGULAR_VERBS or len(w) > 4 and w.endswith("ed"))
           and w not in _SAYS and w not in _EMPTY and w not in _AUX and w not in _ATTRIBUTION
           and _happening(w, "") is None for w in _WORD.findall(text) if w.islower()):
        return False  # a new verb ("were dropped", "denied", "was cleared of"): an act or a stance, news (mend53)
    new = len(mine.rest - said)
    return new <= (0 if mine.says else most_new)


# mend53: a negation the told sentence lacks turns a claim round; a new verb of a stance or of undoing
# (present forms, which no "-ed" shows) is never the one new word a retelling may add
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_STANCES = frozenset("deny denies clear clears drop drops acquit acquits reject rejects dismiss dismisses overturn "
                     "overturns admit admits plead pleads appeal appeals dispute disputes contest contests".split())
