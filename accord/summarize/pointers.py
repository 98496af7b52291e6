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
from accord.summarize.coherence import PERSON_HEADS
from accord.words import FUNCTION_WORDS, IRREGULAR_VERBS, STOP_WORDS, reporting

# "the" and up to three lower-case words: the noun phrase's words (its head is the last noun; ``_phrase``)
_THE = re.compile(r"(?<![\w'’-])[Tt]he\s+(?P<w>[a-z][a-z-]+)\b")
_NEXT = re.compile(r"\s+(?P<w>[a-z][a-z-]+)\b")
# what "the" opens with one referent in any story: its own institutions, places, times and idioms,
# the world around ("the police", "the city", "the weekend", "the public", "the end", "the way")
_UNIQUE = frozenset(
    "police president government city town state country nation world public press media internet web "
    "economy military army navy court congress senate house parliament administration weekend week year "
    "month day night morning afternoon evening time moment past future present summer winter spring fall "
    "autumn season decade century hour minute end start beginning middle way fact case matter point rest "
    "top bottom side front back left right north south east west sea ocean sky sun moon earth planet air "
    "ground weather news number total majority minority public people crowd audience market markets".split())
# a word that makes the phrase its own definition: an ordinal, a superlative, a "same"/"only"
_SELF_DEFINED = re.compile(r"^(?:first|second|third|fourth|fifth|last|next|latest|only|same|former|latter|"
                           r"other|following|above|below|entire|whole|[a-z]+est|most|least|very)$")
# what defines the phrase right after it: a relative clause, an "of"/"for"/"in"-phrase, an apposition
# ("the bill, which would …", "the two women, both nurses, …", "the band Mobb Deep", "the man accused of")
_DEFINED_AFTER = re.compile(r"^(?:,?\s+(?:who|whom|whose|which|that|where|when|of|for|about|against|between|"
                            r"(?:in|at|from|near|outside|inside)\s+[A-Z]|named|called|known|dubbed|behind|involved|accused|"
                            r"charged|suspected|responsible|linked|used|set|made|found|seen|built)\b"
                            r"|,\s+(?:a|an|the|both|each|all|one|two|three|four|five|\d)\b|\s+[A-Z\"“‘'(]|\s*[-–—(])")
# a source named by its role as the speaker ("…, the research team said", "the lawsuit says"): the source's
# words are told, not a thing the reader must know (roles that speak are ``coherence``'s)
_SAYS = re.compile(r"^\s+(?:{})\b".format("|".join(reporting("say tell add state write claim allege argue note",
                                                               now="say tell add state write claim allege argue note"))))
_PERSON = re.compile(rf"(?:{PERSON_HEADS})")


def person(head: str) -> bool:
    """Whether ``head`` names a person by a role ("the unruly wedding crasher", "the two women"): after the
    summary has named someone, the reader takes it for that person (news style: "McDowell … the crasher")."""
    return _PERSON.fullmatch(stem(head)) is not None or _PERSON.fullmatch(head) is not None


# a verb right after the first word: "the" then an adjective used as a noun is rare; a verb-like
# word ends the phrase ("the woman said", "the car crashed")
_WORD = re.compile(r"[a-z][a-z-]+")
# what introduces a thing: an indefinite or a count right before it, up to two words between
# ("a device", "an unmarked car", "two women", "another small plane", "several police cars")
_INTRO = (r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
          r"[Nn]ine|[Tt]en|[Ss]everal|[Ss]ome|[Dd]ozens\s+of|[Hh]undreds\s+of|\d[\d,.]*)\s+"
          r"(?:[\w'’-]+\s+){0,2}?")


def _outside(spans: list[tuple[int, int, str]], pos: int) -> bool:
    return not any(s <= pos < e for s, e, _ in spans)


def stem(word: str) -> str:
    """The word with a plural ending taken off ("devices" → "device", "women" → "woman")."""
    w = word.lower()
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _phrase(first: str, after: str) -> tuple[list[str], str]:
    """The noun phrase's words from its first word (up to four, ending before a word of grammar, an
    adverb or a verb-like word) and the text after it."""
    words = [first]
    while len(words) < 4 and (m := _NEXT.match(after)):
        w = m.group("w")
        if _phrase_ends(w):
            break
        words.append(w)
        after = after[m.end():]
    return words, after


@lru_cache(maxsize=16384)
def pointers(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, head word) of each "the + noun" in ``text`` that may point back at a thing told before:
    outside quotations, its head not used earlier in the sentence, not defined where it stands (a
    relative clause, an "of"-phrase, an apposition, a name after it), no ordinal or superlative, and
    no noun with one referent in any story (``_UNIQUE``)."""
    if "the " not in text.lower():
        return ()
    spans = list(quotes.spans(text))
    out = []
    for m in _THE.finditer(text):
        if not _outside(spans, m.start()):
            continue
        words, after = _phrase(m.group("w"), text[m.end():])
        head = words[-1]
        if (any(_SELF_DEFINED.match(w) for w in words) or head in _UNIQUE or stem(head) in _UNIQUE
                or head in STOP_WORDS or head in FUNCTION_WORDS or len(head) < 4 or _DEFINED_AFTER.match(after)
                or after.startswith(("'", "’"))  # "the activists' network": a possessor, its head after it
                or _SAYS.match(after)):
            continue
        if stem(head) in {stem(w) for w in _WORD.findall(text[: m.start()].lower())}:
            continue
        out.append((m.start(), head))
    return tuple(out)


@lru_cache(maxsize=16384)
def introduces(text: str, head: str) -> bool:
    """Whether ``text`` brings in a thing named by ``head`` (or its plural or singular) with an
    indefinite or a count before it ("a device", "two unmarked police cars")."""
    st = stem(head)
    forms = {head, st, st + "s", st + "es", st[:-1] + "ies" if st.endswith("y") else st,
             st[:-3] + "men" if st.endswith("man") else st}
    noun = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for m in re.finditer(_INTRO + rf"(?:{noun})\b(?![-'’])", text):
        nxt = _NEXT.match(text, m.end())  # "a council member" brings in a member, not a council
        if nxt is None or _phrase_ends(nxt.group("w")):
            return True
    return False


def _phrase_ends(word: str) -> bool:
    """Whether ``word`` right after a noun ends its phrase (a word of grammar, an adverb, a verb-like word)."""
    return (word in STOP_WORDS or word in FUNCTION_WORDS or word.endswith(("ly", "ed")) or word in {"said", "says"}
            or word in IRREGULAR_VERBS)


@lru_cache(maxsize=16384)
def said(text: str) -> frozenset[str]:
    """The stems (``stem``) of the words of ``text``: what a later "the + noun" may point back at."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower()))
