"""A person described by a role whose name only a left-out sentence gives (issue 13, coherence51).

News names a person once ("Sen. Mitt Romney said Friday he was sickened …") and then describes them
("The former Massachusetts governor shared his reaction …", "the 34-year-old", "the actress"). A summary
that takes the description without the naming sentence leaves the reader with a stranger, or worse, with
the wrong person: after a lead about Elizabeth Warren, "the former Massachusetts governor … his reaction"
reads as nobody the summary met. ``described(text)`` finds such descriptions; selection
(``accord.summarize._Context.described``) asks whether the person its article last named before the
sentence is one the summary has named, else takes that sentence before it or passes the sentence.
Likewise a first-person line of a letter, a statement or posts the article sets out under a line ending on a
colon (``presented``): that line is no candidate, so the summary can never say whose "I" it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from accord.summarize.coherence import outside
from accord.summarize.pointers import quoted
from accord.words import FUNCTION_WORDS, IRREGULAR_VERBS, MONTHS, STOP_WORDS, WEEKDAYS

# roles news gives a named person: offices, trades and fame ("the governor", "the actress", "the rapper").
# Not a role with one holder in any story ("the president", "the pope": the reader knows whom), nor a bare
# person noun ("the woman", "the suspect", "the victim": often nobody the story names, and the coherence
# check's descriptions read those)
_OFFICES = ("governor|senator|congressman|congresswoman|lawmaker|legislator|mayor|minister|secretary|chancellor|"
            "premier|nominee|candidate|contender|hopeful|challenger|incumbent|frontrunner|front-runner|"
            "actor|actress|singer|rapper|star|comedian|comic|host|musician|rocker|songwriter|athlete|quarterback|"
            "coach|director|filmmaker|producer|designer|author|novelist|writer|billionaire|businessman|"
            "businesswoman|tycoon|mogul|executive|ceo|founder|entrepreneur|model|socialite|heiress|"
            "cleric|preacher|televangelist|\\d+-year-old|[a-z]+-year-old")
# a modifier that makes any person noun an epithet of someone named ("the former Massachusetts governor",
# "the Oscar-winning actress", "the Hawaii congresswoman", "the 450-pound man"): a capitalised word, "former"
# or "ex-", a weight or an age
_PERSONS = ("man|woman|boy|girl|teen|teenager|mother|father|mom|dad|son|daughter|wife|husband|widow|officer|"
            "soldier|veteran|student|teacher|doctor|nurse|driver|pilot|player|lawyer|attorney|politician|"
            "priest|pastor|activist|scientist|researcher|professor|suspect|victim|gunman|shooter|inmate")
_EPITHET_MOD = re.compile(r"^(?:[A-Z][\w'’.-]*|former|ex-[\w-]+|\d[\w,.-]*-(?:pound|year-old)|one-time|longtime)$")
_ROLE = re.compile(rf"(?<![\w'’-])[Tt]he\s+(?P<mods>(?:[\w'’.,-]+\s+){{0,4}}?)(?P<head>{_OFFICES}|{_PERSONS})"
                   r"(?![\w-])")
# what defines the description where it stands: a name after it ("the actress Jane Doe", "the governor, Tom
# Roe,"), a relative clause or a phrase after it ("the woman who …", "the mayor of Springfield", "the star
# of …"); not a possessor of the office itself ("the governor's race", "the senator's seat": said of the post),
# while "the rapper's death", "the actress's husband" speak of the person
_DEFINED_AFTER = re.compile(r"^(?:,?\s+[A-Z]|\s*\(|['’]s?\s+(?:race|office|seat|mansion|residence|post|job|"
                            r"chair|position|title|role|spot|ranks|contest|primary)\b|,?\s+(?:who|whom|whose|that|which|of|for|in|at|from|"
                            r"named|called|known|dubbed|accused|charged|suspected|identified)\b"
                            # (mend74) "the Oscar-winning actress and director Jane Doe": the name after a second role
                            r"|\s+(?:and|&)\s+(?:(?!her\b|his\b|their\b|its\b)[a-z][\w-]*\s+){1,3}[A-Z])")
# a description's words that tell it is the story's person told again ("the same actress", "the other
# candidate", "the top-tier candidate", "the first woman"): an ordinal, a superlative or a contrast
# a capitalised word that names no one: a time ("On Friday, the governor …") or a word of grammar opening the sentence
_NO_NAME = FUNCTION_WORDS | STOP_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_NOT_ONE = re.compile(r"^(?:first|second|third|last|next|final|only|same|other|another|top|top-tier|leading|"
                      r"\w+est|most|more|new)$")

# (mend74) role words with another sense as common ("the star's brightness", "the model predicts", "the host country",
# "the executive order"): a role only with a modifier ("the pop star", "the Canadian model")
_TWO_SENSES = frozenset({"star", "model", "host", "executive"})
# (mend74) the role word must end its noun phrase: a lower-case noun right after it makes it a modifier ("The candidate
# list closes", "The executive order takes effect"); a verb, a word of grammar or punctuation ends it
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


@lru_cache(maxsize=16384)
def described(text: str) -> tuple[int, ...]:
    """Offsets of the role descriptions in ``text`` that stand for a person someone named before ("The former
    Massachusetts governor", "the actress", "the 34-year-old"): outside quotations, not defined where they
    stand (a name, a relative clause or an "of"-phrase after them), a role of an office, a trade or fame, or
    any person noun with an epithet's modifier (a capitalised word, "former", an age, a weight)."""
    if "the " not in text.lower():
        return ()
    spans = quoted(text)
    out = []
    for m in _ROLE.finditer(text):
        if not outside(spans, m.start()) or _DEFINED_AFTER.match(text[m.end():]):
            continue
        mods = m.group("mods").replace(",", " ").split()
        if any(_NOT_ONE.match(w.lower()) for w in mods):
            continue
        if not _ends_phrase(text[m.end():]) or (m.group("head").lower() in _TWO_SENSES and not mods):
            continue
        office = re.fullmatch(_OFFICES, m.group("head")) is not None
        if office or any(_EPITHET_MOD.match(w) for w in mods):
            out.append(m.start())
    return tuple(out)


def _ends_phrase(after: str) -> bool:
    """(mend74) Whether the role word before ``after`` ends its noun phrase: no lower-case noun right after it (a
    word of grammar, a verb in "-ed"/"-s" or an irregular one, an adverb, punctuation or a possessive's "'s" end it)."""
    m = _NEXT_WORD.match(after)
    if m is None:
        return True
    w = m.group(1)
    return (w in STOP_WORDS or w in FUNCTION_WORDS or w in IRREGULAR_VERBS or w.endswith(("ed", "s", "ly"))
            or w in {"said", "says"})


_PAST = re.compile(r"^(?:former|ex-[\w-]+|one-time|onetime)$", re.I)


def role(text: str, at: int) -> tuple[str, bool]:
    """(mend74) The role word of the description ``described`` found at offset ``at`` of ``text`` ("mayor"), and
    whether it is a past one ("the former Massachusetts governor": anyone named may have held it)."""
    m = _ROLE.match(text, at)
    if m is None:
        return "", False
    return m.group("head").lower(), any(_PAST.match(w) for w in m.group("mods").replace(",", " ").split())


# (mend74) a title right before a name ("Mayor Tom Reed", "Forecaster Ann Lee", "Sen. Mitt Romney", "police chief Ann
# Cole"), and an apposition after it ("Tom Reed, the mayor of …")
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’-]*\.?)\s+$")
_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


def titled(text: str, at: int, role: str) -> bool:
    """(mend74) Whether the name at offset ``at`` of ``text`` is written with the role word ``role``: as its title
    ("Mayor Tom Reed", "the mayor, Tom Reed,", "Cedar Rapids Mayor Tom Reed") or in apposition ("Tom Reed, the
    mayor", "Tom Reed, the city's mayor,")."""
    word = rf"{re.escape(role)}s?"
    if re.search(rf"(?<![\w'’-]){word}\W*(?:[A-Z][\w.'’-]*\s+){{0,2}}$", text[max(0, at - 60):at], re.I):
        return True
    run = _NAME_RUN.match(text, at)
    tail = text[run.end() if run else at:]
    return re.match(rf"^,\s+(?:the|a|an|[\w'’-]+['’]s)\s+(?:[\w'’.-]+\s+){{0,4}}?{word}\b", tail, re.I) is not None


def other_title(text: str, at: int, role: str) -> bool:
    """(mend74) Whether the name at offset ``at`` of ``text`` carries a title other than ``role`` ("Forecaster Ann
    Lee" for "the mayor"): that person holds another office, so "the mayor" is no reading of them. "Sen." for
    "senator", "Gov." for "governor" are the role."""
    m = _TITLE_BEFORE.search(text[:at])
    if m is None:
        return False
    title = m.group(1).lower().rstrip(".")
    if title in _NO_NAME or not (m.group(1)[0].isupper() or re.fullmatch(rf"{_OFFICES}|{_PERSONS}|chief", title)):
        return False
    return not role.startswith(title)


def names_before(text: str, at: int, common: Callable[[str], bool]) -> bool:
    """Whether a capitalised word before offset ``at`` of ``text``, outside quotations, may name the person a
    description there stands for (a name the analyser missed: "Madonna shouldn't be too worried -- the iconic
    pop star …"). A day, a month or a word of grammar names no one, nor the sentence's first word when the story
    writes it in lower case (``common``: "Police said the 34-year-old …")."""
    spans = quoted(text)
    for w in _CAPITAL.finditer(text, 0, at):
        word = w.group().lower()
        if word in _NO_NAME or not outside(spans, w.start()):
            continue
        if not text[:w.start()].strip(" \"“‘'(") and common(word):
            continue
        return True
    return False


# (coherence51) a paragraph that presents the text under it: it ends on a colon ("Gizmodo readers are reporting
# similar problems:", "In the letter, he wrote:"), or a post's handle opens it ("@unsulk: I stand corrected.")
_PRESENTS_BELOW = re.compile(r":\s*$")
_HANDLE = re.compile(r"^\s*@\w+\s*:")
_FIRST = re.compile(r"(?<![\w'’-])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|My|we|We|our|Our|us)(?![\w'’-])")
# (mend74) a reporter's "us" in narration ("told us", "wrote to us"): the outlet's, not the text's writer's
_REPORTER_US = re.compile(r"\b(?:told|tells|telling|to|wrote|emailed|texted)\s+us\b")


def _voiced(text: str) -> bool:
    """(mend74) Whether ``text`` speaks as "I"/"we" outside quotation marks: a quoted "We have no money left," in a
    paragraph of narration is a source's, and the paragraph ends the presented text."""
    bare = list(text)
    for s, e in quoted(text):
        bare[s:e] = " " * (e - s)
    return _FIRST.search(_REPORTER_US.sub(" ", "".join(bare))) is not None


def presented(article: str, start: int, reach: int = 3) -> str | None:
    """The line that presents the text the sentence at ``start`` of ``article``'s text stands in — a letter, a
    manifesto, a statement or posts set out below a line that ends on a colon, or a post under its handle — so
    that its "I" is that text's writer, not the article's: the paragraphs above it (``reach`` at most) speak as
    "I"/"we" up to a line ending on a colon (that line), or its own paragraph opens on a handle (the handle).
    None when it stands in no such text: a colon line in its writer's own voice ("Here is what I found:")
    presents the writer's own lines (a column's), and a paragraph of narration between ends the text."""
    para_start = article.rfind("\n", 0, start) + 1
    own = article[para_start:start]
    if (handle := _HANDLE.match(own)) is not None:
        return handle.group()
    if own.strip() and not _voiced(own):
        return None
    paras = [p for p in article[:para_start].split("\n") if p.strip()][-reach:]
    for p in reversed(paras):
        if _PRESENTS_BELOW.search(p):
            return None if _voiced(p) else p
        if not _voiced(p) and not _HANDLE.match(p):
            return None
    return None


_PRONOUN = re.compile(r"(?<![\w'’-])(?:he|she|his|her)(?![\w'’-])", re.I)


# (mend74) a sentence that tells its subject wrote the text: "Tom Dale … left a letter at his home", "she wrote on
# Facebook", "he posted …"
_WROTE = re.compile(r"\b(?:wrote|writes|penned|posted|tweeted|authored|left\s+(?:behind\s+)?(?:a|an)\s+(?:[\w-]+\s+)?"
                    r"(?:note|letter|message|manifesto)|sent\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|note|message|email))\b")


def wrote_at(text: str) -> int | None:
    """(mend74) Where ``text`` tells that someone wrote a text ("left a letter", "wrote", "posted"), outside
    quotations: its subject, a name before it, is the writer "he wrote:" stands for."""
    spans = quoted(text)
    return next((m.start() for m in _WROTE.finditer(text) if outside(spans, m.start())), None)


def writers(line: str, common: Callable[[str], bool]) -> tuple[frozenset[str], bool]:
    """Who a presenting line gives as the text's writer: its capitalised words that may be a name, folded
    ("Cosby’s reply was every bit as convoluted:" gives "cosby"; a day, a month, a word of grammar or its first
    word the story writes in lower case are none), and whether it speaks of him or her ("In the letter, he
    wrote:"). Neither: the writer is nobody the line names ("Gizmodo readers are reporting similar problems:")."""
    words = frozenset(re.sub(r"['’]s?$", "", w.group()).lower() for w in _CAPITAL.finditer(line)
                      if w.group().lower() not in _NO_NAME
                      and not (not line[:w.start()].strip(" \"“‘'(@") and common(w.group().lower())))
    return words, _PRONOUN.search(line) is not None
