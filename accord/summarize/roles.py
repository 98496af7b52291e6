"""A person described by a role whose name only a left-out sentence gives (issue 13, coherence51).

News names a person once ("Sen. Mitt Romney said Friday he was sickened …") and then describes them
("The former Massachusetts governor shared his reaction …", "the 34-year-old", "the actress"). A summary
that takes the description without the naming sentence leaves the reader with a stranger, or worse, with
the wrong person: after a lead about Elizabeth Warren, "the former Massachusetts governor … his reaction"
reads as nobody the summary met. ``described(text)`` finds such descriptions; selection
(``accord.summarize._Context.described``) asks whether the person its article last named before the
sentence is one the summary has named, else takes that sentence before it or passes the sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from accord.analyse import quotes
from accord.words import FUNCTION_WORDS, MONTHS, STOP_WORDS, WEEKDAYS

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
                            r"named|called|known|dubbed|accused|charged|suspected|identified)\b)")
# a description's words that tell it is the story's person told again ("the same actress", "the other
# candidate", "the top-tier candidate", "the first woman"): an ordinal, a superlative or a contrast
# a capitalised word that names no one: a time ("On Friday, the governor …") or a word of grammar opening the sentence
_NO_NAME = FUNCTION_WORDS | STOP_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_NOT_ONE = re.compile(r"^(?:first|second|third|last|next|final|only|same|other|another|top|top-tier|leading|"
                      r"\w+est|most|more|new)$")


# a phrase in quotation marks of any length (a song's title, "Pon De Replay"): ``quotes.spans`` keeps only
# quotations of a few words
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=16384)
def quoted(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` in quotation marks: a source's words or a title, whatever their length."""
    return tuple([(s, e) for s, e, _ in quotes.spans(text)] + [m.span() for m in _QUOTED.finditer(text)])


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
        if any(s <= m.start() < e for s, e in spans) or _DEFINED_AFTER.match(text[m.end():]):
            continue
        mods = m.group("mods").replace(",", " ").split()
        if any(_NOT_ONE.match(w.lower()) for w in mods):
            continue
        office = re.fullmatch(_OFFICES, m.group("head")) is not None
        if office or any(_EPITHET_MOD.match(w) for w in mods):
            out.append(m.start())
    return tuple(out)


def names_before(text: str, at: int, common: Callable[[str], bool]) -> bool:
    """Whether a capitalised word before offset ``at`` of ``text``, outside quotations, may name the person a
    description there stands for (a name the analyser missed: "Madonna shouldn't be too worried -- the iconic
    pop star …"). A day, a month or a word of grammar names no one, nor the sentence's first word when the story
    writes it in lower case (``common``: "Police said the 34-year-old …")."""
    spans = quoted(text)
    for w in _CAPITAL.finditer(text, 0, at):
        word = w.group().lower()
        if word in _NO_NAME or any(s <= w.start() < e for s, e in spans):
            continue
        if not text[:w.start()].strip(" \"“‘'(") and common(word):
            continue
        return True
    return False
