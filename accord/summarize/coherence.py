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
  speaker (a pronoun speaker is judged as above);
- **other pronoun**: it opens with they/them/their/it/its/this/these/those (no noun after a
  demonstrative) — only the summary's first sentence is flagged for it, since any earlier sentence
  may hold the antecedent.

A person is named when a run of capitalised words is read as a PERSON by the rules analyser (a
title or office before it, two or more plain capitalised words), or when a capitalised name is the
subject of a speech verb ("Putin said"), within the summary itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from accord.analyse import quotes, rules
from accord.model import Mention

PERSON_OPEN = re.compile(r"^\(?(he|she|his|her|him)\b", re.I)
OTHER_OPEN = re.compile(r"^\(?(they|them|their|it|its|this|these|those)\b(?!\s*[-–—])", re.I)
# a demonstrative followed by a noun phrase names its thing ("This week", "These troops" are fine
# once the noun is a time word; "This is", "These were" point back)
_DEMONSTRATIVE_POINTING = re.compile(r"^\(?(?:this|these|those|that)\s+(?:is|was|are|were|has|had|have|will|would|"
                                     r"could|can|may|might|should|comes?|came|means?|meant|includes?|included|"
                                     r"follows?|followed|marks?|marked|leaves?|left|makes?|made)\b", re.I)
QUOTE_MARKS = "“\"‘'"
PRONOUN_SUBJECTS = frozenset({"he", "she"})


@dataclass(frozen=True)
class Flag:
    """What a summary sentence leaves open ("" = nothing)."""

    reason: str = ""

    def __bool__(self) -> bool:
        return bool(self.reason)


def _outside(spans: Sequence[tuple[int, int, str]], pos: int) -> bool:
    return not any(s <= pos < e for s, e, _ in spans)


def _speech(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[bool, int | None]:
    """(whether a speech verb or "according to" stands outside the quotes, the offset of a pronoun
    he/she that is its subject or follows it: "he said", "said she")."""
    toks = [t for t in rules.tokens(text) if _outside(spans, t.start)]
    found = False
    for k, t in enumerate(toks):
        if t.low not in rules.SPEECH or t.low.endswith("ing"):
            continue
        found = True
        prev = toks[k - 1] if k else None
        if prev is not None and prev.low in PRONOUN_SUBJECTS and not rules._BREAK.search(text[prev.end:t.start]):
            return True, prev.start
        if k >= 2 and prev is not None and prev.low in ("also", "then", "later", "has", "had") \
                and toks[k - 2].low in PRONOUN_SUBJECTS:
            return True, toks[k - 2].start
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.low in PRONOUN_SUBJECTS and not text[t.end:nxt.start].strip():
            return True, nxt.start
    if re.search(r"\baccording to\b", text) and _outside(spans, text.find("according to")):
        found = True
    return found, None


def _people(text: str, mentions: Sequence[Mention]) -> list[int]:
    """Offsets where the sentence names a person (see the module docstring)."""
    spans = quotes.spans(text)
    out = [m.start for m in mentions if m.kind == "entity" and m.label == "PERSON" and _outside(spans, m.start)]
    ents = [m for m in mentions if m.kind == "entity" and _outside(spans, m.start)]
    for t in rules.tokens(text):
        if t.low in rules.SPEECH and _outside(spans, t.start):
            before = text[:t.start].rstrip()
            after = text[t.end:]
            for e in ents:
                if e.end <= t.start and not before[e.end:].strip(" ,"):
                    out.append(e.start)  # "Putin said"
                elif e.start >= t.end and not after[: e.start - t.end].strip():
                    out.append(e.start)  # "said Putin"
    return sorted(set(out))


def read(texts: Sequence[str], mentions: Sequence[Sequence[Mention]] | None = None) -> list[Flag]:
    """One ``Flag`` per sentence of a summary, in summary order.

    ``mentions`` are the sentences' entity mentions when the caller has them (selection passes the
    story's analysis); without them the summary is read alone with the rules analyser.
    """
    texts = [t.strip() for t in texts]
    if mentions is None:
        mentions = _analyse(texts)
    named = False  # a person named by an earlier sentence
    out: list[Flag] = []
    for i, text in enumerate(texts):
        people = _people(text, mentions[i])
        out.append(Flag(_reason(text, i, named, people)))
        named = named or bool(people)
    return out


def _reason(text: str, i: int, named: bool, people: list[int]) -> str:
    spans = quotes.spans(text)
    lead = text.lstrip(" (")
    if text[:1] in QUOTE_MARKS and spans and spans[0][0] == 0:
        verb, pron = _speech(text, spans)
        if not verb:
            return "unattributed quote"
        if pron is not None and not named and not any(p < pron for p in people):
            return "unattributed quote"
        return ""
    if PERSON_OPEN.match(lead) and not named:
        return "unresolved pronoun"
    if i == 0 and OTHER_OPEN.match(lead) and (not re.match(r"(?i)^\(?(?:this|these|those)\b", lead)
                                              or _DEMONSTRATIVE_POINTING.match(lead)):
        return "unresolved pronoun"
    verb, pron = _speech(text, spans)
    if pron is not None and not named and not any(p < pron for p in people):
        return "unresolved pronoun"
    return ""


def _analyse(texts: Sequence[str]) -> list[list[Mention]]:
    """Entity mentions of summary sentences read together (rules analyser, no story context)."""
    from accord.options import DEFAULT

    state = rules.prepare(list(texts), DEFAULT)
    return [list(ents) for ents, _, _ in state]


__all__ = ["Flag", "read"]
