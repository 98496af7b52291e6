"""Does a summary sentence stand on what the summary said before it?

A summary is read alone: a sentence that opens with "He", that reports what "she said", or that
opens with a quotation nobody is named for, needs a person the reader has been introduced to.
``read(texts)`` flags, sentence by sentence in summary order, what such a sentence leaves open;
selection (``accord.summarize.choose``) skips or resolves flagged sentences, and ``accord eval
summaries`` counts them over every story of a set (the mechanical check of issue 13).

How it decides (text only, so any summary can be checked, a baseline's too):

- **person pronoun**: the sentence opens with he/she/his/her/him (outside a quotation) and no
  earlier sentence of the summary names a person;
- **pronoun speaker**: "…, he said" / "she added" / "said he" outside the quoted words, with no
  person named earlier in the summary or earlier in the sentence;
- **unattributed quote**: the sentence opens with a direct quotation (``quotes.spans``: three or
  more words, not a title) and no speech verb or "according to" outside the quoted words gives a
  speaker (a pronoun speaker is judged as above) — unless the sentence before it in the summary
  holds an attributed quotation, which it then continues ("“…,” Duffy said. “…”");
- **other pronoun**: it opens with they/them/their/it/its, or with this/these/those pointing back
  ("This is…") — only the summary's first sentence is flagged for it, since any earlier sentence
  may hold the antecedent.

A person is named when a run of capitalised words is read as a PERSON by the rules analyser (a
title or office before it, two or more plain capitalised words), or when a capitalised name is the
subject of a speech verb ("Putin said"), within the summary itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from accord.analyse import quotes, rules
from accord.model import Mention

PERSON_OPEN = re.compile(r"^\(?(he|she|his|her|him)\b", re.I)
OTHER_OPEN = re.compile(r"^\(?(they|them|their|it|its)\b(?!\s*[-–—])", re.I)
# a demonstrative followed by a noun phrase names its thing ("This week", "These troops"); one
# followed by a verb points back ("This is", "These were")
POINTING_OPEN = re.compile(r"^\(?(?:this|these|those|that)\s+(?:is|was|are|were|has|had|have|will|would|"
                           r"could|can|may|might|should|comes?|came|means?|meant|includes?|included|"
                           r"follows?|followed|marks?|marked|leaves?|left|makes?|made)\b", re.I)
QUOTE_MARKS = "“\"‘'"
PRONOUN_SUBJECTS = frozenset({"he", "she"})
_ADVERBS = frozenset({"also", "then", "later", "has", "had", "once", "again", "previously", "reportedly"})


@dataclass(frozen=True)
class Flag:
    """What a summary sentence leaves open ("" = nothing)."""

    reason: str = ""

    def __bool__(self) -> bool:
        return bool(self.reason)


@dataclass(frozen=True)
class Reading:
    """What one sentence needs from the sentences before it, and what it offers those after it."""

    person_open: bool  # opens with he/she/his/her/him
    other_open: bool  # opens with they/it/… or a pointing this/these/those
    quote_open: bool  # opens with a direct quotation
    verb: bool  # a speech verb (or "according to") outside the quotation marks
    pronoun: int | None  # offset of a he/she that speaks ("he said", "said she")
    people: tuple[int, ...]  # offsets where the sentence names a person
    attributed_quote: bool  # holds a quotation with a speaker it names or describes


def _outside(spans: Sequence[tuple[int, int, str]], pos: int) -> bool:
    return not any(s <= pos < e for s, e, _ in spans)


@lru_cache(maxsize=16384)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(quotes.spans(text))


# any finite inflection of a speech verb ("said", "tells"; not "saying"), and a he/she speaking
_VERBS = "|".join(sorted((f for f in rules.SPEECH if not f.endswith("ing")), key=len, reverse=True))
_SPEECH_WORD = re.compile(rf"(?i)\b(?:{_VERBS})\b")
_SPEECH_SET = frozenset(f for f in rules.SPEECH if not f.endswith("ing"))
_LOWER_WORD = re.compile(r"[a-z]+")
_PRONOUN_SPEAKS = re.compile(
    rf"(?i)\b(?P<a>he|she)\s+(?:(?:{'|'.join(sorted(_ADVERBS))})\s+)?(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?P<b>he|she)\b")


def _speech(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[bool, int | None]:
    """(whether a speech verb or "according to" stands outside the quotes, the offset of a pronoun
    he/she that is its subject or follows it: "he said", "said she")."""
    found = bool(_SPEECH_SET.intersection(_LOWER_WORD.findall(text.lower()))) \
        and any(_outside(spans, m.start()) for m in _SPEECH_WORD.finditer(text))
    if not found:
        at = text.find("according to")
        return at >= 0 and _outside(spans, at), None
    for m in _PRONOUN_SPEAKS.finditer(text):
        at = m.start("a") if m.group("a") else m.start("b")
        if _outside(spans, at):
            return True, at
    return True, None


def _people(text: str, spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]) -> tuple[int, ...]:
    """Offsets where the sentence names a person (see the module docstring)."""
    out = {m.start for m in mentions if m.kind == "entity" and m.label == "PERSON" and _outside(spans, m.start)}
    ents = [m for m in mentions if m.kind == "entity" and _outside(spans, m.start)]
    if ents and _SPEECH_SET.intersection(_LOWER_WORD.findall(text.lower())):
        for v in _SPEECH_WORD.finditer(text):
            if not _outside(spans, v.start()):
                continue
            for e in ents:
                if e.end <= v.start() and not text[e.end:v.start()].strip(" ,"):
                    out.add(e.start)  # "Putin said"
                elif e.start >= v.end() and not text[v.end():e.start].strip():
                    out.add(e.start)  # "said Putin"
    return tuple(sorted(out))


def reading(text: str, mentions: Sequence[Mention]) -> Reading:
    """What ``text`` needs and offers (``mentions``: its entity mentions)."""
    text = text.strip()
    spans = _spans(text)
    verb, pronoun = _speech(text, spans)
    lead = text.lstrip(" (")
    quote_open = text[:1] in QUOTE_MARKS and bool(spans) and spans[0][0] == 0
    demonstrative = bool(re.match(r"(?i)^\(?(?:this|these|those)\b", lead))
    return Reading(
        person_open=not quote_open and bool(PERSON_OPEN.match(lead)),
        other_open=not quote_open and (bool(OTHER_OPEN.match(lead)) or (demonstrative and bool(POINTING_OPEN.match(lead)))),
        quote_open=quote_open,
        verb=verb,
        pronoun=pronoun,
        people=_people(text, spans, mentions),
        attributed_quote=bool(spans) and verb,
    )


def judge(readings: Sequence[Reading]) -> list[Flag]:
    """One ``Flag`` per sentence, the sentences read in the given order."""
    named = False  # a person named by an earlier sentence
    out: list[Flag] = []
    for i, r in enumerate(readings):
        out.append(Flag(_reason(r, i, named, readings[i - 1] if i else None)))
        named = named or bool(r.people)
    return out


def _reason(r: Reading, i: int, named: bool, before: Reading | None) -> str:
    speaker_unnamed = r.pronoun is not None and not named and not any(p < r.pronoun for p in r.people)
    if r.quote_open:
        if not r.verb:
            return "" if before is not None and before.attributed_quote else "unattributed quote"
        return "unattributed quote" if speaker_unnamed else ""
    if r.person_open and not named:
        return "unresolved pronoun"
    if i == 0 and r.other_open:
        return "unresolved pronoun"
    return "unresolved pronoun" if speaker_unnamed else ""


def read(texts: Sequence[str], mentions: Sequence[Sequence[Mention]] | None = None) -> list[Flag]:
    """One ``Flag`` per sentence of a summary, in summary order.

    ``mentions`` are the sentences' entity mentions when the caller has them; without them the
    summary is read alone with the rules analyser (what ``accord eval summaries`` checks).
    """
    texts = [t.strip() for t in texts]
    if mentions is None:
        # names only ever resolve a flag: read the names only when something is flagged without them
        flags = judge([reading(t, ()) for t in texts])
        if not any(flags):
            return flags
        last = max(i for i, f in enumerate(flags) if f)  # names after it resolve nothing
        mentions = analyse(texts[: last + 1]) + [[] for _ in texts[last + 1:]]
    return judge([reading(t, m) for t, m in zip(texts, mentions)])


def analyse(texts: Sequence[str]) -> list[list[Mention]]:
    """Entity mentions of sentences read together (rules analyser, no story context)."""
    from accord.options import DEFAULT

    state = rules.prepare(list(texts), DEFAULT)
    return [list(ents) for ents, _, _ in state]


__all__ = ["Flag", "Reading", "analyse", "judge", "read", "reading"]
