"""Support: an article supports a claim only when it states it.

Every claim a brief shows — a summary sentence's citations, a fact's support and its count of
independent sources, a timeline entry's citations, a single-source claim — passes through one
function, ``Evidence.check``. Alignment says which sentences tell the same event; that is not enough
to cite an article for a sentence, because outlets tell one event with different figures, different
speakers and different details. So a claim is read for what it asserts — its figures (every number
written with two or more digits, and every count with its value and qualifier), its dates, its
quotations (four words or more, word for word) and its named parties — and an article supports it
only when one of its sentences (or two consecutive ones) states all of them compatibly and covers
most of the claim's content words. An article whose sentence gives another value for one of the
claim's figures *differs* (a side of a disagreement, never support); one that tells the same event
without a detail is *related* (listed, never counted).

The check reads the claim's own text, never where it came from: a sentence of an article passes in
its own article because that article states it word for word, and a sentence written by anything
else (the web page, a future language-model writer) gets no citation the articles do not back.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import Any, Literal

import numpy as np
from scipy.sparse import csr_matrix

from accord import tfidf, verbs
from accord.align import sources
from accord.analyse import dates as date_reader
from accord.analyse import numbers as number_reader
from accord.analyse.entities import fold, skeleton
from accord.model import Article, Cited, Dated, Disagreement, Fact, FactRef, Mention, Sentence, SentenceRef, Side
from accord.options import DEFAULT, Options
from accord.patterns import folded_in, folds_as_lower, may_hold
from accord.words import (FUNCTION_WORDS, IRREGULAR_VERBS, MONTHS_FULL, NAME_SUFFIXES, STOP_WORDS, TIME_SPANS, WEEKDAYS, reporting,
                          same_given_name)

__all__ = ["Evidence", "Link", "Claim", "Checked", "cite", "check_facts", "checkable", "date_citations",
           "link_disagreements", "shown_once", "figures_written", "phrases", "quotations", "is_claim",
           "main_clauses", "without_aside"]

# -- what a claim asserts -------------------------------------------------------------------------------
# A figure as a reader checks it: two or more digits, thousands separators dropped ("2,300" = "2300").
# Decimal parts stay ("18,589.69"); single digits are read as counts (below), not as written figures.
FIGURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d{2,}(?:\.\d+)?")
# A quotation: text in double quotes (straight, curly or TeX-style) of 15 characters or more.
QUOTED = re.compile(r"[“\"]([^”\"]{15,})[”\"]|``(.{15,}?)''")
# Where a quotation skips words: an ellipsis or an editor's bracket; each part is checked on its own.
QUOTE_GAP = re.compile(r"\.\.\.|…|\[.*?\]")
_DIGITS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d,.])\d+(?:\.\d+)?(?![\d])")
_WORD = re.compile(r"[a-z0-9]+")
_PLAIN = re.compile(r"(?<![\w'’])[a-z][a-z'’-]+")
_SINGLE_CLOSE = re.compile(r"[.!?,]\s*['’]\s*$")  # a sentence that ends by closing a single-quoted quotation
# a sentence that opens with a quotation in single marks, closed after its last word's punctuation
# ("'Tara Reid has checked herself in,' her rep says"): a quotation like one in double marks
_SINGLE_QUOTED_OPENING = re.compile(r"^\s*['‘]([^'‘’]{15,}?)[,.!?]['’](?=\s)")
_SINGLE_OPEN = re.compile(r"(?:^|\s)['‘]\w")  # ... that it did not open itself
_BY_AFTER = re.compile(r"\s*(?:-\s*by\s*-|[×x](?=\s*\d))", re.I)  # "four-by-four", "4×4": a vehicle, no count
_BY_BEFORE = re.compile(r"(?:-\s*by\s*-|(?<=\d)\s*[×x])\s*$", re.I)
# "four and a half months", "two-and-a-half years": the count is the figure and a half, never the bare figure
_AND_A_HALF = re.compile(r"\s*-?\s*and\s*-?\s*a\s*-?\s*half\b", re.I)
_PHRASE = re.compile(r"[“\"]([^”\"]{3,60})[”\"]")
# Words that carry no detail of a claim: verbs of attribution ("said" in one outlet is "told" in
# another; who is speaking is checked as a named party) and adverbs of time and hedging.
_ATTRIBUTION = frozenset(
    "said says say told tells tell according added adds reported reports stated statement "
    "also earlier later now then recently quickly reportedly allegedly officially just already currently "
    "still however meanwhile".split())
# Numbers in words: checked as counts by their value ("a dozen" = "12"); as words of a claim they are
# said by any sentence that states the claim's counts (``Evidence._compare``), in any order
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "million millions billion billions trillion dozen dozens".split())
_CONTRACTED = frozenset({"ll", "ve", "re"})  # what is left of "they'll", "we've", "you're": no content word
_DOUBLED = re.compile(r"([bdgmnprt])\1$")
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "ers", "er", "ment", "ments")
_PLURAL = frozenset({"s", "es", "ies"})  # stripped once: a word has one plural or third-person ending
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|nobody|nothing|without|(?:failed|fails|fail|refused|"
                       r"refuses|declined|declines|unable) to)\b|n ?[’'] ?t\b", re.I)  # "hadn't", "hadn ’ t" (tokenised text)
# "no more than 10 days", "not only": a bound or an emphasis, not a negation of what follows
_NOT_NEGATION = re.compile(r"\b(?:no|not) (?:more|less|fewer|later|earlier|sooner) than\b|\bnot only\b|"
                           r"\bno (?:longer|doubt)\b|\bnothing but\b", re.I)


class cached_property:  # noqa: N801 (named as the functools descriptor it replaces)
    """``functools.cached_property`` without its lock: before Python 3.12 every first read of a
    property takes a lock shared by all instances, and a story's sentences are read by the tens of
    thousands (75,000 first reads in 48 Multi-News briefs, about 1.5% of a brief's CPU). The value is
    computed on the first read and stored in the instance's ``__dict__``, which later reads find
    without calling here; two threads reading it first at once compute the same value twice."""

    def __init__(self, func: Any) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


_A_DIGIT = re.compile(r"\d")  # what every match of FIGURE and _DIGITS holds


def figures_written(text: str) -> frozenset[str]:
    """Figures of two or more digits a text writes, without thousands separators: those the reference
    floor reads, and runs of digits glued to letters ("e75m", "US$40bn", "COVID-19")."""
    if not _A_DIGIT.search(text):  # most sentences write no digit: one pass instead of two
        return frozenset()
    found = {n.replace(",", "") for n in FIGURE.findall(text)}
    found |= {n.replace(",", "") for n in _DIGITS.findall(text) if len(n.replace(",", "")) >= 2}
    return frozenset(found)


def words(text: str) -> list[str]:
    """Lower-case letters-and-digits words: the form quotations are compared in (punctuation,
    apostrophes and quote marks never make a difference; "it's" is "it s")."""
    return _WORD.findall(text.lower())


def phrases(text: str, options: Options = DEFAULT) -> tuple[str, ...]:
    """Quoted phrases of two or three words ("mother vessel", "potentially suspicious"): words a claim
    says an outlet used, as space-joined words (shorter than ``options.support_quote_min_words``)."""
    out = []
    for found in _PHRASE.findall(text):
        w = words(found)
        if 2 <= len(w) < options.support_quote_min_words:
            out.append(" " + " ".join(w) + " ")
    return tuple(dict.fromkeys(out))


def quotations(text: str, mentions: Iterable[Mention] = (), options: Options = DEFAULT) -> tuple[str, ...]:
    """The quoted passages a claim asserts word for word, each cut at ellipses and editors'
    brackets into parts of four or more words (``options.support_quote_min_words``), as space-joined
    words (`` a b c d ``)."""
    passages = [a or b for a, b in QUOTED.findall(text)]
    passages += [m.group(1) for m in _SINGLE_QUOTED_OPENING.finditer(text)]
    passages += [str(m.value or m.text) for m in mentions if m.kind == "quote"]
    passages += list(_open_quote(text))
    out: list[str] = []
    for passage in passages:
        for part in QUOTE_GAP.split(passage):
            w = words(part)
            if len(w) >= options.support_quote_min_words:
                key = " " + " ".join(w) + " "
                if key not in out:
                    out.append(key)
    return tuple(out)


def _quote_end(quote: str) -> str:
    """A pattern for the last two words of a space-joined quotation as a text writes them."""
    return r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(map(re.escape, quote.split()[-2:])) + r"(?![a-z0-9])"


def quote_closed(quote: str, text: str) -> bool:
    """Whether ``text`` ends the quotation with a stop or comma right before its closing mark
    ("… no community.’"): the speaker's words end there, as quoted."""
    ends = _quote_ends(quote, text)
    if ends is None:
        return re.search(_quote_end(quote) + r"\s*[.!?,;]\s*[”\"’']", text, re.IGNORECASE) is not None
    return any(_CLOSED_AFTER.match(text, e) for _, e in ends)


def quote_runs_on(quote: str, text: str) -> bool:
    """Whether every place ``text`` writes the quotation's last words goes straight on to another
    word ("… no community center."): the quotation cut short, not the same words (a comma, a stop or
    a quote mark after them ends it: "… no community,” he said")."""
    ends = _quote_ends(quote, text)
    if ends is None:
        found = list(re.finditer(_quote_end(quote) + r"(\s+[a-z0-9])?", text, re.IGNORECASE))
        return bool(found) and all(m.group(1) for m in found)
    at, any_found = 0, False  # the matches ``re.finditer`` gives: left to right, none overlapping
    for start, end in ends:
        if start < at:
            continue
        m = _RUNS_ON.match(text, end)
        assert m is not None  # the pattern matches the empty string
        if not m.group(1):
            return False
        any_found, at = True, m.end()
    return any_found


# the tails ``quote_closed`` and ``quote_runs_on`` read after the quotation's last words
_CLOSED_AFTER = re.compile(r"\s*[.!?,;]\s*[”\"’']", re.IGNORECASE)
_RUNS_ON = re.compile(r"(\s+[a-z0-9])?", re.IGNORECASE)
# the only characters ``re.IGNORECASE`` matches with an ASCII letter ("İ", "ı", "ſ", the Kelvin sign)
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _quote_ends(quote: str, text: str) -> list[tuple[int, int]] | None:
    """(start, end) of every place ``_quote_end(quote)`` matches ``text`` (any start, in order), found
    by string search: that pattern, case-insensitive and new for each quotation, takes ~1 ms to compile,
    far longer than the search. None when the text holds a character whose lower case is not what
    ``re.IGNORECASE`` compares (then the pattern itself is used)."""
    last = quote.split()[-2:]
    if not last or not all(_WORD.fullmatch(w) for w in last) or not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    first, second = last[0], (last[1] if len(last) > 1 else "")
    out = []
    start = low.find(first)
    while start >= 0:
        end = start + len(first)
        if start == 0 or low[start - 1] not in _ALNUM:
            if second:  # the run of other characters between the two words, then the second word
                gap = end
                while gap < len(low) and low[gap] not in _ALNUM:
                    gap += 1
                end = gap + len(second) if gap > end and low.startswith(second, gap) else -1
            if end >= 0 and (end == len(low) or low[end] not in _ALNUM):
                out.append((start, end))
        start = low.find(first, start + 1)
    return out


_CLOSING_MARK = re.compile(r"\s*[,.!?]\w")  # (reversed text) a quote mark right after closing punctuation


@lru_cache(maxsize=65536)
def _open_quote(text: str) -> tuple[str, ...]:
    """A quotation that runs over a sentence boundary: the sentence ends a quotation opened before it
    ("… that's what I tried to do.\"") or opens one that closes after it ("\"Tara Reid has checked
    herself in.") — the quoted part is the text up to, or from, the lone quote mark."""
    body = text.strip()
    straight = body.count('"') % 2 == 1
    lone = body.rfind('"') if straight else -1
    closes = body.count("”") > body.count("“") or (straight and (body.rstrip(" .,;:!?’'").endswith('"') or bool(
        _CLOSING_MARK.match(body[:lone][::-1]))))  # '…my life, " the convicted killer said.'
    opens = body.count("“") > body.count("”") or (straight and not closes and body.lstrip(" ‘'").startswith('"'))
    if not (closes or opens) and _SINGLE_CLOSE.search(body) and not _SINGLE_OPEN.search(body):
        closes = True  # "…never one of those to get into trouble.'" (a quotation in single marks)
    if closes and not opens:
        cut = max(body.rfind("”"), body.rfind('"'), body.rfind("'") if _SINGLE_CLOSE.search(body) else -1,
                  body.rfind("’") if _SINGLE_CLOSE.search(body) else -1)
        return (body[:cut],) if cut > 0 else ()
    if opens and not closes:
        start = min(i for i in (body.find("“"), body.find('"')) if i >= 0)
        return (body[start + 1:],)
    return ()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to match inflections across outlets (withdrawing = withdraw, began = begin)."""
    word = IRREGULAR_VERBS.get(word, word)
    for turn in range(2):  # "entered" -> "enter" -> "ent", as "enter" -> "ent"
        for suffix in _SUFFIXES:
            if turn and suffix in _PLURAL:
                continue  # "caused" -> "caus", not "cau" ("cause" -> "caus")
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                if suffix in ("ing", "ings", "ed", "edly") and _DOUBLED.search(word):
                    word = word[:-1]  # "beginning" -> "begin", "stopped" -> "stop"
                break
    if len(word) >= 5 and word.endswith("e"):
        word = word[:-1]  # "damage" as "damages", "damaged": the inflections lost their "e" above
    return word[:6]


_NUMBER_STEMS = frozenset(stem(w) for w in _NUMBER_WORDS)


@lru_cache(maxsize=8192)
def plain(text: str) -> dict[str, str]:
    """Stem -> a content word the text writes in lower case outside quotations: the words that may be
    said by a synonym in another outlet (names, figures and quoted words never are)."""
    out: dict[str, str] = {}
    unquoted = _unquoted(text)
    other = verbs.other_senses(unquoted)  # (mend56) "escaped injury": no fleeing, no word for another's
    for w in _PLAIN.findall(unquoted):
        if w not in _ATTRIBUTION and w not in STOP_WORDS and w not in other:
            out.setdefault(stem(w), w)
    for m in _APPEAL_FOR.finditer(unquoted):  # "appealed to the alliance for help": asked for it
        out.setdefault(stem("ask"), m.group(1))
    if _named_to(unquoted):  # (cite32) "was named interim coach": appointed
        out.setdefault(_FAMILY_STEM[stem("appointed")], "named")
    for pattern, word in _told_as_in(unquoted):  # (cite34) "passed away": died
        if told := pattern.search(unquoted):
            out.setdefault(_FAMILY_STEM.get(stem(word), stem(word)), told.group(0).split()[0])
    return out


# (cite34, issue 12) a phrase a dictionary gives for one verb, read as that verb: "passed away" / "died", "taken
# into custody" / "arrested", "stepped down" / "resigned", "found guilty" / "convicted" (never "protective custody",
# "stepped down from the stage"). Only the act told as done — a past or present form, never right after "not" or
# "never" — since the move and negation checks read the word after "to" / "not" ("plans to step down", "did not
# step down", "found not guilty"), which is not the verb the phrase stands for: those are read as before.
_TOLD_DONE = r"(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)"
# the phrases' own words, shared with cite35's ``_ACT_PHRASES`` (one spelling of each phrase)
_PASSED_AWAY = r"\b(?:passed|passes)\s+away\b"
_INTO_CUSTODY = r"\s+)?into\s+(?:police\s+|federal\s+)?custody\b"  # after "took (him "
_DOWN = (r"\s+down\b(?!\s+(?:the\b|from\s+(?:the\s+)?(?:stage|podium|plane|platform|ladder|bus|train|car|curb|"
         r"kerb)\b))")  # "stepped down", never "stepped down the stairs / from the stage"
_TOLD_AS = (
    (re.compile(_TOLD_DONE + _PASSED_AWAY, re.I), "died"),
    (re.compile(_TOLD_DONE + r"\b(?:taken|took)\s+(?:(?P<object>him|her|them|the\s+\w+|\w+)" + _INTO_CUSTODY, re.I),
     "arrested"),
    (re.compile(_TOLD_DONE + r"\b(?:stepped|steps)" + _DOWN, re.I), "resigned"),
    (re.compile(_TOLD_DONE + r"\bfound\s+(?:(?:him|her|them)\s+)?guilty\b", re.I), "convicted"),
)
_TOLD_AS_NEEDS = ("away", "custody", "down", "guilty")  # a word every match of each phrase holds


def _told_as_in(text: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The ``_TOLD_AS`` phrases that may be in ``text``: those whose needed word it holds as their case-insensitive
    pattern reads it (speed28: their look-behinds, tried at every position, were 3% of a brief's CPU in
    ``content`` alone, for the few sentences that hold one)."""
    return tuple(told for told, need in zip(_TOLD_AS, _TOLD_AS_NEEDS) if may_hold(text, (need,)))


def _without_object(m: re.Match[str]) -> str:
    """A ``_TOLD_AS`` match's text with its object (group "object", when it has one) left out."""
    if "object" not in m.re.groupindex or m.group("object") is None:
        return m.group(0)
    return m.string[m.start():m.start("object")] + " " + m.string[m.end("object"):m.end()]


# "appeal(ed) … for" asks for something (never "appealed the ruling", "appeals court")
_APPEAL_FOR = re.compile(r"\b(appeal(?:s|ed|ing)?)\s+(?:to\s+[^.,;:]{1,50}?\s+)?for\b")
# (cite32) "named" a post is appointed to it: "was named interim coach", "Stefanski named assistant general
# manager Tony DiLeo coach", "has been named the company's new chief executive" — a post right after the passive, or
# after the person named by the active verb (never "a man named John Smith", "named in the lawsuit", "named
# after his father", an award: "named coach of the year")
_POST = (r"(?:coach|manager|director|chairman|chairwoman|chairperson|chair|president|chief\s+executive|ceo|captain|"
         r"commissioner|secretary|minister|editor|ambassador|successor|replacement)")
_POST_BEFORE = (r"(?:as\s+)?(?:(?:the|an?|its|his|her|their|(?-i:[A-Z0-9])[\w.&'’-]*|(?-i:[a-z])+['’]s)\s+){0,2}"
                r"(?:(?:new|interim|acting|permanent|full-time|head|assistant|deputy|general|senior|executive|vice|"
                r"chief|team|club|company)\s+){0,3}")
_NAMED_TO = re.compile(
    r"\b(?:(?:is|was|were|been|be|being)\s+(?P<passive>named)\s+(?:as\s+)?" + _POST_BEFORE
    + r"|(?-i:[Nn])(?P<active>amed)\s+(?:(?-i:[a-z])+\s+){0,4}?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s+"
    + _POST_BEFORE + r")" + _POST + r"\b(?!\s+of\s+the\s+(?:year|week|month|game|match|season|decade))"
    # a post word that is a name's ("was named President Lincoln", a ship): a capital word after it
    r"(?!\s+(?-i:[A-Z]))", re.I)
# "was named Captain": a capital post right after the passive is a name given (a dog's), not a post
_NAMED_A_NAME = re.compile(r"(?-i:[A-Z])\w*$")


def _named_to(text: str) -> bool:
    """Whether ``text`` names someone to a post (``_NAMED_TO``; not a name that is a post word)."""
    if not folded_in("amed", text):  # every match holds it (speed25: asked of every sentence's content)
        return False
    return any(not (m.group("passive") and _NAMED_A_NAME.match(m.group(0).split()[-1])) for m in _NAMED_TO.finditer(text))


@lru_cache(maxsize=65536)
def content(text: str) -> frozenset[str]:
    """Stems of the content words of a text (stop words, attribution verbs and figures dropped), a
    word of a family of news words (``accord.verbs``: "asked" / "requested", "help" / "assistance") as
    its family's first word, so that outlets telling one event in either word share it."""
    # an adverb or adjective in "-ly" is no member of a family whose stem it shares ("deadly" is not
    # "dead" / "died", "completely" not "completed")
    other = verbs.other_senses(text)  # (mend56) "escaped injury" is no fleeing: read as itself
    out = {st if w.endswith("ly") or w in other else _FAMILY_STEM.get(st, st)
           for w, st in ((w, stem(w)) for w in tfidf.terms(text)
                         if w not in _ATTRIBUTION and w not in _CONTRACTED and not w[0].isdigit())}
    unquoted = _unquoted(text)
    if _APPEAL_FOR.search(unquoted):  # "appealed to the alliance for help": asked for it
        out.discard(stem("appeal"))
        out.add(_FAMILY_STEM[stem("ask")])
    if _named_to(text):  # (cite32) "was named interim coach": appointed
        out.discard(stem("named"))
        out.add(_FAMILY_STEM[stem("appointed")])
    for pattern, word in _told_as_in(unquoted):  # (cite34) "passed away": died, one word as the verb it stands for
        if told := list(pattern.finditer(unquoted)):
            # the phrase's own words, never its object ("took Smith into custody": smith stays, mend56)
            out -= {_FAMILY_STEM.get(stem(w), stem(w)) for m in told for w in tfidf.terms(_without_object(m))}
            out.add(_FAMILY_STEM.get(stem(word), stem(word)))
    return frozenset(out)


# "one day" / "a day", "two women" / "both women": a span of one said by "a"/"an", a count of two by "both",
# before the same noun (the noun written right after the claim's number word, no function word)
_COUNTED_BY = {1: r"(?:a|an)", 2: r"both(?:\s+(?:the|of\s+the))?"}
_NOUN_AFTER_COUNT = re.compile(r"\s+([a-z][a-z'’-]+)\b")


def counted_by_article(claim: Mention, claim_text: str, text: str) -> bool:
    """Whether ``text`` states the claim's count of one or two written as a number word: a span of time
    ("One day after …") by "a"/"an" before the same noun ("a day after …"), two of a thing by "both"
    ("Both women were found …"). Another noun ("both men" for "two women"), one person or thing ("one
    protester" / "a protester": an article may tell another one's act), a figure ("2 women", read as a
    count) or a phrase such as "one of the" (no noun after the number word) is not this rule's."""
    if claim.value not in _COUNTED_BY or claim.text.strip().lower() not in ("one", "two"):
        return False
    noun = _NOUN_AFTER_COUNT.match(claim_text, claim.end)
    if noun is None or noun.group(1) in STOP_WORDS or noun.group(1) in FUNCTION_WORDS:
        return False
    if claim.value == 1 and noun.group(1).lower() not in TIME_SPANS:
        return False  # "one protester" is one of several; "a protester" may be another (protocol S, support13)
    return re.search(rf"\b{_COUNTED_BY[int(claim.value)]}\s+{re.escape(noun.group(1))}\b", text, re.I) is not None


def _direction(m: Mention) -> str:
    low = m.low if m.low is not None else m.value
    high = m.high if m.high is not None else m.value
    value = float(m.value)
    if low == high:
        return "exact"
    if low is not None and float(low) >= value:
        return "over"
    if high is not None and float(high) <= value:
        return "under"
    return "approx"


def _range(m: Mention) -> tuple[float, float]:
    low = float(m.low) if m.low is not None else float(m.value)
    high = float(m.high) if m.high is not None else float(m.value)
    return low, high


def _and_a_half(m: Mention, text: str) -> Mention:
    """Count ``m`` with the half ``text`` writes after it ("four and a half months" counts 4.5): read
    bare, "four months in prison" was taken as stated by "four and a half months in prison"."""
    hit = _AND_A_HALF.match(text, m.end)
    if not hit or not isinstance(m.value, (int, float)):
        return m
    def half(v: Any) -> Any:
        return v + 0.5 if isinstance(v, (int, float)) else v

    return dataclasses.replace(m, value=half(m.value), low=half(m.low), high=half(m.high),
                               text=text[m.start:hit.end()], end=hit.end())


def same_figure(claim: Mention, other: Mention) -> bool:
    """Whether ``other`` states the claim's figure: the same value, said as exactly or as loosely
    ("about 2,000" and "2,000" agree; "more than 2,000" and "2,000" do not), or, for a claim said
    loosely, narrower ("nearly 2,000" states "about 2,000"). A bound the claim puts on its figure is
    a detail the article must write (cite31): "at least eight years" is not stated by "eight years",
    nor "nearly 2,000" by "2,000" — protocol S readers read both "partly"; "more than" and "at least"
    are one bound, "up to" and "no more than" another."""
    if not _same_value(claim, other):
        return False
    a, b = _direction(claim), _direction(other)
    if a == b or {a, b} <= {"exact", "approx"}:
        return True
    if a != "approx":
        return False  # (cite31) a bound, or an exact figure, said otherwise
    (lo, hi), (olo, ohi) = _range(claim), _range(other)
    return lo <= olo and ohi <= hi


def _same_value(claim: Mention, other: Mention) -> bool:
    """Whether two figures have one value, whatever bound each puts on it."""
    if other.value is None or claim.value is None:
        return False
    return abs(float(other.value) - float(claim.value)) <= 1e-9 * max(1.0, abs(float(claim.value)))


def _written(phrase: str, text: str) -> bool:
    """Whether ``text`` writes ``phrase`` as whole words, case and spacing aside."""
    pattern = r"\s+".join(re.escape(w) for w in phrase.split())
    return bool(pattern) and re.search(rf"(?<!\w){pattern}(?!\w)", text, re.I) is not None


def bound_unstated(claim: Mention, other: Mention) -> bool:
    """Whether ``other`` gives the claim's figure without the bound the claim puts on it ("eight
    years" for "at least eight years", "killing 10" for "killing at least 10", "2,000" for "nearly
    2,000"): the same count told less, so the article is related, never another value (cite31). Another
    bound on the same figure ("as many as 50" / "more than 50") still differs, as before."""
    return _direction(claim) in ("over", "under", "near") and _direction(other) in ("exact", "approx") \
        and _same_value(claim, other)


def same_date(claim: Mention, other: Mention) -> bool:
    """Whether ``other`` states the claim's date: the same resolved day, month or year, or one
    inside it ("January" is stated by "January 6", a week by one of its days); unresolved dates
    (no publication date known) by the same words."""
    if not (claim.value and other.value):
        return fold(claim.text) == fold(other.text)
    cv, ov = str(claim.value), str(other.value)
    if claim.label == "week":
        if other.label == "week":
            return cv == ov
        try:
            monday, day = date.fromisoformat(cv[:10]), date.fromisoformat(ov[:10])
        except ValueError:
            return False
        return 0 <= (day - monday).days < 7
    if other.label == "week":
        return False
    return ov.startswith(cv)


@lru_cache(maxsize=65536)
def same_party(claim: str, other: str) -> bool:
    """Whether entity key ``other`` names the claim's party: the same name, a more specific one (the
    claim's "Persky" is named by "Aaron Persky"; the claim's "Racquel Smith" is not named by "Smith"),
    or the other's adjectival form ("Russia" and "Russian", "Kazakh" and "Kazakhstan")."""
    fa, fb = _canonical(fold(claim)), _canonical(fold(other))
    if not fa or not fb:
        return False
    if fa == fb or _acronym(fa, fb) or _acronym(fb, fa):
        return True
    wa, wb = set(fa.split()) - NAME_SUFFIXES, set(fb.split()) - NAME_SUFFIXES
    if wa and wa <= wb:
        return True
    if len(wa) >= 2 and len(wa & wb) >= 1 and all(w in wb or any(same_given_name(w, x) for x in wb) for w in wa):
        return True  # "Bill Hakim" is named by "William Hakim" (a given name and its short form)
    # a middle initial is not a name of its own ("William W. Taylor III" is named by "William Taylor")
    ia, ib = {w for w in wa if len(w) > 1}, {w for w in wb if len(w) > 1}
    if len(ia) >= 2 and ia <= ib:
        return True
    if " " not in fa and " " not in fb:
        short, long_ = sorted((fa, fb), key=len)
        common = len(short) if long_.startswith(short) else 0
        if not common:
            common = next((k for k in range(min(len(fa), len(fb))) if fa[k] != fb[k]), min(len(fa), len(fb)))
            if not _adjectival(short[common:], long_[common:]):
                return False  # "Wolff" / "Wolfe", "Peterson" / "Petersen": another name, not a form of it
        return common >= 4 and common >= 0.75 * len(short)
    return False


# (mend28) The ending a name's adjective or people takes where the name's last letters give way to it
# ("Ukrain-e" / "Ukrain-ian", "Canad-a" / "Canad-ian", "Chin-a" / "Chin-ese", "Ital-y" / "Ital-ian")
_ADJECTIVE_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "n")


def _adjectival(short_end: str, long_end: str) -> bool:
    """Whether two one-word names that part after a common stem are a name and its adjective: the
    shorter ends on one vowel, "y" or "s" the longer replaces with an adjective's ending. A name whose
    last letter alone differs ("Wolff" / "Wolfe", "Maria" / "Marie") is another name: a reader
    takes it for another person, whatever the spelling habits of the outlets."""
    if short_end == "s":  # "Texas" / "Texan", "Kansas" / "Kansan"
        return long_end in ("n", "an")
    if len(long_end) <= len(short_end) or len(short_end) != 1:
        return False
    return short_end in "aeiouy" and long_end.endswith(_ADJECTIVE_ENDINGS)


# Words a name is written with in short or in full ("Mt Cook" / "Mount Cook", "St. Louis" / "Saint
# Louis", "Fort Hood" / "Ft. Hood"): one form each when names are compared, every form when a name is
# looked for among a sentence's words
_NAME_FORMS = (("mount", "mt"), ("fort", "ft"), ("saint", "st"), ("street", "st"), ("avenue", "ave"),
               ("mountains", "mts"), ("university", "univ"))
_CANONICAL = {short: full for full, short in _NAME_FORMS if short != "st"}
_FORMS: dict[str, tuple[str, ...]] = {}
for _full, _short in _NAME_FORMS:
    _FORMS[_full] = tuple(dict.fromkeys((*_FORMS.get(_full, (_full,)), _short)))
    _FORMS[_short] = tuple(dict.fromkeys((*_FORMS.get(_short, (_short,)), _full)))
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de"})


def _canonical(folded: str) -> str:
    """A folded name with its short words written in full ("mt cook" -> "mount cook")."""
    return " ".join(_CANONICAL.get(w, w) for w in folded.split())


def _acronym(short: str, full: str) -> bool:
    """Whether ``short`` (one word) is the initials of ``full`` (two words or more, "of", "the" and
    "and" aside): "nlrb" / "national labor relations board", "csto" / "collective security treaty
    organization"."""
    if " " in short or " " not in full or not 2 <= len(short) <= 8 or not short.isalpha():
        return False
    initials = "".join(w[0] for w in full.split() if w not in _ACRONYM_SKIP)
    return len(initials) >= 2 and short == initials


# "RB", "DUI": a short form in capitals (never a party's state, "(D-CA)")
_ABBREVIATION = re.compile(r"(?<![-\w])[A-Z]{2,5}\b")


_WORD_LETTERS = re.compile(r"[A-Za-z]+")  # words with their capitals (``_spelled`` reads the case)


@lru_cache(maxsize=65536)
def _shorts(text: str) -> frozenset[str]:
    """The short forms in capitals a text writes, in lower case (read once per text)."""
    return frozenset(m.lower() for m in _ABBREVIATION.findall(text))


def abbreviated(claim: str, other: str) -> frozenset[str]:
    """Content stems of ``claim`` that ``other`` writes as the capitals of their initials, or spells
    out where the claim writes the capitals ("RB" / "running back", "DUI" / "driving under the
    influence"): the same words to a reader. The spelled-out words are written in lower case and open
    on a content word, each of three letters or more ("of", "the" and "and" may stand inside), so
    that neither "under siege", "Reggie Bush" nor "conference at" spells "US", "RB" or "CA"."""
    out: set[str] = set()
    for short_text, long_text, claim_short in ((claim, other, True), (other, claim, False)):
        shorts = _shorts(short_text)
        if not shorts:
            continue
        for letters, used in _spelled(long_text):
            if letters in shorts:
                out |= content(letters.upper()) if claim_short else content(" ".join(used))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _spelled(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every run of two to five lower-case words of ``text`` that may spell a short form, with the
    initials it spells: (initials, its words). Read once per text (``abbreviated`` compares a claim
    with every sentence it is checked against, and each sentence with many claims)."""
    ws = _WORD_LETTERS.findall(text)
    out = []
    for i, first in enumerate(ws):
        if first in STOP_WORDS or not first.islower():
            continue
        letters, used = "", list[str]()
        for w in ws[i:i + 8]:
            if not w.islower():  # a name's words ("Reggie Bush" is no "RB")
                break
            if used and w in _ACRONYM_SKIP:
                continue
            if len(w) < 3:  # "conference at" is no "CA"
                break
            letters += w[0]
            used.append(w)
            if len(used) > 5:  # a short form has five capitals at most
                break
            if len(used) >= 2:
                out.append((letters, tuple(used)))
    return tuple(out)


# -- the units an article is read in -----------------------------------------------------------------
class Unit:
    """One sentence of an article (or its headline, index -1), read for what it states.

    Only ``stems`` is read up front (every sentence is a candidate for every claim, by its words);
    the rest is read the first time a claim is compared with the sentence, which most never are.
    """

    def __init__(self, sentence: Sentence, mentions: Sequence[Mention], options: Options = DEFAULT) -> None:
        self.sentence = sentence
        self.mentions = mentions
        self.options = options
        self.stems = content(sentence.text)

    @cached_property
    def _entities(self) -> tuple[list[Mention], list[Mention]]:
        """(every entity, those outside quotations). A capitalised qualifier or date word ("Roughly
        2,300", "Monday") read as a name at a sentence's start is a figure or a date, not a party; a
        span of time opening it ("Moments later, …", "Hours after …") is a word of the claim, no name."""
        text, mentions = self.sentence.text, self.mentions
        inside = [(m.start, m.end) for m in mentions if m.kind == "quote" and m.end > m.start]
        inside += [match.span() for match in QUOTED.finditer(text)]
        taken = [(m.start, m.end) for m in mentions if m.kind in ("number", "date") and m.end > m.start]
        lead = len(text) - len(text.lstrip(" \"'“‘(["))
        entities = [m for m in mentions if m.kind == "entity" and m.value
                    and not any(a <= m.start < b for a, b in taken)
                    and not (m.start <= lead and m.text.strip().lower() in TIME_SPANS)]  # "Hours after …"
        dateline = DATELINE.match(text)
        inside += [(0, dateline.end())] if dateline else []  # "NEW YORK (AP) —": where it was filed
        return entities, [m for m in entities if not any(a <= m.start < b for a, b in inside)]

    @cached_property
    def doers(self) -> frozenset[str]:
        """People the claim names as who did its act: one owning an act ("Manning's one-yard pass") or
        opening the claim before its past verb ("Manning threw …"); never a speaker ("Smith said"), whose
        credit is checked as such, nor a name before a title ("Obama's Secretary of State"). Read once
        per claim, not for every sentence it is checked against."""
        text = self.sentence.text
        lead, out = len(text) - len(text.lstrip(" \"'“‘([")), set()
        for m in self._entities[1]:
            if m.label != "PERSON":
                continue
            after = text[m.end:]
            if re.match(r"['’]s\s+[a-z0-9]", after):
                out.add(str(m.value))
                continue
            verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", after)  # a past verb, not a noun ("Smith killer …")
            if m.start <= lead and verb and (verb.group(1).endswith("ed") or verb.group(1) in _PAST) \
                    and not _NOT_ACT_AFTER.match(verb.group(1)) and stem(verb.group(1)) not in _NEUTRAL_SPEECH:
                out.add(str(m.value))
        return frozenset(out)

    @cached_property
    def manners(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The manners of a statement the sentence's own words (outside its quotation) name ("said …
        in a written statement", "told CNN"), most specific first, each with the words an article must
        use for it (``_MANNERS``); read once per claim."""
        frame = _unquoted(self.sentence.text)
        return tuple((name, stated) for name, claimed, stated in _MANNERS if claimed.search(frame))

    @cached_property
    def origins(self) -> frozenset[str]:
        """Places and peoples written right before a noun for people ("a Vancouver man", "Somali
        pirates"), or after such a noun and "from", with the rest of a list so opened ("troops from
        Russia, Belarus and Armenia"): where the people are from."""
        text, out, listed = self.sentence.text, set(), None
        for m in sorted(self._entities[0], key=lambda m: m.start):
            after = _PERSON_AFTER.match(text, m.end)
            opens = _FROM_BEFORE.search(text, 0, m.start) or _APPOSED_FROM.search(text, 0, m.start)
            more = listed is not None and _LIST_GAP.fullmatch(text, listed, m.start)
            if (after and after.group(1) in _PERSON_NOUNS) or opens or more:
                if m.label != "PERSON":
                    out.add(str(m.value))
            listed = m.end if (opens or more) and m.label != "PERSON" else None
        return frozenset(out)

    @cached_property
    def places_named(self) -> frozenset[str]:
        """Keys of the places and peoples the sentence names other than as someone's origin."""
        text = self.sentence.text
        return frozenset(str(m.value) for m in self._entities[0] if m.label != "PERSON" and not (
            (lambda a: a is not None and a.group(1) in _PERSON_NOUNS)(_PERSON_AFTER.match(text, m.end))
            or _FROM_BEFORE.search(text, 0, m.start)))

    @cached_property
    def where_named(self) -> frozenset[str]:
        """Keys of the names the sentence writes as where its event happened ("in the Gulf of Aden",
        "off Somalia", "between Bandar Abbas and Qeshm Island"), whatever they name (the caller asks
        which are places)."""
        text, out, last = self.sentence.text, set(), None
        for m in sorted(self._entities[1], key=lambda m: m.start):
            before = text[max(0, m.start - 60):m.start]
            at = _WHERE_BEFORE.search(before)
            if at and _HOME_BEFORE.search(before, 0, at.start()):
                continue  # "living in Christchurch", "based in Essex": where someone lives, not the event
            if at or (last is not None and _WHERE_JOINED.fullmatch(text[last:m.start])):
                out.add(str(m.value))
                last = m.end
        return frozenset(out)

    @cached_property
    def frame(self) -> frozenset[str]:
        """Stems of a sentence with a quotation outside the quotation, names aside: who said it, when
        and how ("a White House official said in a statement"); the quotation is checked word for word."""
        return (content(_unquoted(self.sentence.text)) - content(" ".join(m.text for m in self._entities[0]))
                - _NEUTRAL_SPEECH)

    @cached_property
    def descriptors(self) -> frozenset[str]:
        """Parties written only as a title of the person named right after them ("US" of "US Secretary
        of State Antony Blinken", "Russia" of "Russia's Defence Minister Sergei Shoigu"): the person is
        the party; an outlet that names him without the title states the claim. Without a title word
        between them the country stays a party ("Germany's Gene Pukall")."""
        text, found = self.sentence.text, sorted(self._entities[1], key=lambda m: m.start)
        out = set()
        for m, n in zip(found, found[1:]):
            if n.label == "PERSON" and m.label != "PERSON" and _title_between(text[m.end:n.start]):
                out.add(str(m.value))
        return frozenset(out)

    @cached_property
    def figures(self) -> frozenset[str]:
        """Figures of two or more digits and ordinals ("second", "45th")."""
        text = self.sentence.text
        return figures_written(text) | {_ORDINAL_DIGITS.get(o.lower(), o.lower()) for o in _ordinals(text)}

    @cached_property
    def counts(self) -> tuple[Mention, ...]:
        """Count mentions, less the halves of a "four-by-four" (a name, not a count)."""
        text = self.sentence.text
        return tuple(_and_a_half(m, text) for m in self.mentions if m.kind == "number" and m.value is not None
                     and not _BY_AFTER.match(text, m.end) and not _BY_BEFORE.search(text[:m.start]))

    @cached_property
    def dates(self) -> tuple[Mention, ...]:
        text = self.sentence.text
        return tuple(m for m in self.mentions if m.kind == "date" and not (
            _DEICTIC.match(m.text.strip()) and (m.text.strip().lower() == "now" or _NOWADAYS_AFTER.match(text, m.end)
                                                or _NOWADAYS_BEFORE.search(text, 0, m.start))))

    @cached_property
    def dayparts(self) -> frozenset[str]:
        """Parts of a day the sentence dates something to ("this afternoon", "late Tuesday night")."""
        return _dayparts(self.sentence.text)

    @cached_property
    def regions(self) -> tuple[tuple[str, str], ...]:
        """Where in a thing the sentence puts something (cite31): (the part, as written, the words
        another sentence may write it in) for each "in the back of the vehicle", "on the roof of"."""
        return _regions(self.sentence.text)

    @cached_property
    def money_in_words(self) -> tuple[Mention, ...]:
        """Sums written in words as the figure reader reads them ("one-million dollars", "a two -
        million - euro booty": 1,000,000 USD, 2,000,000 EUR), to be found written in figures ("$1 million",
        "€2 million")."""
        return tuple(m for m in self.counts if number_reader.sum_in_words(m))

    @cached_property
    def edges(self) -> frozenset[str]:
        """"late" / "early" as the sentence places something in a span of time ("late in the third
        quarter", "early in the game", "late Friday"): a detail of when, that the span alone does not state."""
        text = self.sentence.text
        return frozenset(m.group(1).lower() + ("" if rx is _EDGE_OF else " day")
                         for rx in (_EDGE_OF, _EDGE_OF_DAY) for m in rx.finditer(text))

    @cached_property
    def to_verbs(self) -> frozenset[tuple[str, ...]]:
        """The words of what someone is said to want, refuse, try or have to do, or does something for
        ("refused to get out", "had to Taser him to get him out"): an act of its own, that a sentence
        telling the rest ("refused to comply", "used a Taser to subdue him") does not state."""
        out: set[tuple[str, ...]] = set()
        for m in _TO_VERB.finditer(_unquoted(self.sentence.text)):
            verb = m.group(1).lower()
            if verb not in STOP_WORDS:
                out.add((verb,))
                continue
            # a light verb says its act with the words after it ("get him out of the car"): its
            # particle and the first content word
            after = words(m.string[m.end():])[:5]
            particle = next((w for w in after[:3] if w in _PARTICLES), None)
            noun = next((w for w in after if w not in STOP_WORDS and not w.isdigit()), None)
            if particle and noun:
                out.add((particle, noun))
        return frozenset(out)

    @cached_property
    def acts(self) -> frozenset[str]:
        """Stems of verbs the sentence tells someone had done ("had just parked her car"): the act, that
        the same word describing a noun ("walking along parked cars") does not state (a passive's does:
        "was wounded" / "the wounded man")."""
        return frozenset(stem(m.group(1).lower()) for m in _PERFECT.finditer(_unquoted(self.sentence.text)))

    @cached_property
    def described_only(self) -> frozenset[str]:
        """Stems of -ed words the sentence uses only to describe a noun ("walking along parked cars")."""
        text, seen, verbal = self.sentence.text, set[str](), set[str]()
        for m in re.finditer(r"\b([a-z]+ed)\b", text):
            st = stem(m.group(1))
            (seen if _DESCRIBING.search(text, 0, m.start()) and _NOUN_AFTER.match(text, m.end()) else verbal).add(st)
        return frozenset(seen - verbal)

    @cached_property
    def quotes(self) -> tuple[str, ...]:
        return quotations(self.sentence.text, [m for m in self.mentions if m.kind == "quote"], self.options)

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        return phrases(self.sentence.text, self.options)

    @cached_property
    def parties(self) -> frozenset[str]:
        """Entity keys outside quotations: who the sentence says did what."""
        return frozenset(str(m.value) for m in self._entities[1])

    @cached_property
    def names(self) -> frozenset[str]:
        """Every entity key, quoted or not: whom the sentence names."""
        return frozenset(str(m.value) for m in self._entities[0])

    @cached_property
    def aged(self) -> frozenset[tuple[str, str]]:
        """(person, age) for each person the sentence gives an age ("48-year-old Robyn Mendes",
        "Robyn Mendes, 48,", "Mendes (48)"): an age is a detail of whom it is given to."""
        text, out = self.sentence.text, set()
        for m in self._entities[0]:
            if m.label != "PERSON":
                continue
            after = _AGE_AFTER_NAME.match(text, m.end)
            before = _AGE_BEFORE_NAME.search(text, 0, m.start)
            for found in (after, before):
                if found:
                    out.add((str(m.value), found.group(1)))
        return frozenset(out)

    @cached_property
    def ages(self) -> frozenset[str]:
        """Figures the sentence writes as someone's age, in any of its forms (``aged``, "aged 48",
        "48 years old"): what a claim's "48-year-old" says, whoever the sentence calls so."""
        return frozenset(a for _, a in self.aged) | frozenset(m.group(1) for m in _AGE_WORDS.finditer(self.sentence.text))

    @cached_property
    def places(self) -> frozenset[str]:
        """Parties that are places or peoples (they may be named anywhere in the article)."""
        return frozenset(str(m.value) for m in self._entities[1] if m.label in _PLACES)

    @cached_property
    def opening(self) -> frozenset[str]:
        """Parties whose name opens the sentence (its first word may be no name: "Directed by …")."""
        text = self.sentence.text
        lead = len(text) - len(text.lstrip(" \"'“‘(["))
        return frozenset(str(m.value) for m in self._entities[1] if m.start <= lead)

    @cached_property
    def details(self) -> frozenset[str]:
        """Stems outside the names: what the sentence says of its parties."""
        return self.stems - content(" ".join(m.text for m in self._entities[0]))

    @cached_property
    def negative(self) -> bool:
        """Whether the sentence negates anything ("said nothing", "no one was hurt")."""
        return bool(_NEGATION.search(_NOT_NEGATION.sub(" ", self.sentence.text)))

    @cached_property
    def negated(self) -> frozenset[str]:
        """Stems a negation governs ("did not enter" -> enter)."""
        return _negated(self.sentence.text)

    @cached_property
    def moves(self) -> frozenset[tuple[str, str]]:
        """(direction, name word) of each place or body the sentence says someone went into or out of
        ("checked into the Betty Ford Center" -> ("in", "betty"), …): "out of Betty Ford" states the
        opposite of "into Betty Ford", however many words the two sentences share."""
        return _moves(self.sentence.text)

    @cached_property
    def said(self) -> str:
        """The words of the text, space-joined with a space at each end (quotation search)."""
        return " " + " ".join(words(self.sentence.text)) + " "

    @cached_property
    def source_at(self) -> int | None:
        """Where the sentence ends by saying who reported it ("…, the California Highway Patrol
        said.", "…, according to her publicist Harlan Boll."), when it quotes no one (a quotation's
        speaker is part of the claim): None when it does not."""
        if self.quotes or self.phrases:
            return None
        m = _SOURCE_TAIL.search(self.sentence.text.rstrip())
        return m.start() if m else None

    @cached_property
    def core(self) -> str:
        """``said`` without the closing attribution: what the sentence says happened."""
        at, span = self.source_at, self._credit_span
        if span is not None and span[0] > 0:  # "According to police, …", "Fanning said …": what follows
            return " " + " ".join(words(self.sentence.text[span[0]:])) + " "
        return self.said if at is None else " " + " ".join(words(self.sentence.text[:at])) + " "

    @cached_property
    def sources(self) -> frozenset[str]:
        """Parties named only in the closing attribution ("the California Highway Patrol")."""
        at = self.source_at
        if at is None:
            return frozenset()
        return frozenset(str(m.value) for m in self._entities[1] if m.start >= at)


    @cached_property
    def modifiers(self) -> dict[str, str]:
        """Names written as a word of a common noun after "the" ("the NFL team", "the Kremlin
        spokesman"): name key -> the noun's stem."""
        text, out = self.sentence.text, {}
        for m in self._entities[1]:
            noun = _MODIFIED.match(text, m.end)
            if noun and _DETERMINER_BEFORE.search(text, 0, m.start) and m.label not in ("PERSON", "DATE"):
                word = noun.group(1)
                if word not in STOP_WORDS and word not in _FINITE and word not in IRREGULAR_VERBS \
                        and not word.endswith(("ed", "ing", "ly")):
                    out[str(m.value)] = _FAMILY_STEM.get(stem(word), stem(word))
        return out

    @cached_property
    def qualifiers(self) -> dict[str, str]:
        """A word describing a name between "the"/"a" and the name ("the upscale Place Vendome", "the
        former President"), stem -> word: a detail of what the sentence says of the party."""
        out = {}
        for m in _QUALIFIER.finditer(_unquoted(self.sentence.text)):
            w = m.group(1)
            if w in STOP_WORDS or w in _FINITE or w in _NUMBER_WORDS or ORDINAL.fullmatch(w):
                continue
            out[stem(w)] = w
        return out

    @cached_property
    def hedges(self) -> frozenset[str]:
        """Stems of the words that say a claim is not established ("suspected", "alleged", "believed
        to be"): one outlet's hedge is another's, but a hedged claim is never stated without one."""
        return frozenset(_FAMILY_STEM.get(stem(w), stem(w)) for w in _HEDGE.findall(self.sentence.text.lower()))

    @cached_property
    def credit(self) -> Credit | None:
        """Whom the sentence, read as a claim, says said it: a source phrase that opens it ("Fanning
        said …", "According to police, …") or closes it ("…, he said."). None when it speaks in its own
        voice, or quotes someone (a quotation's frame and speaker are checked with it)."""
        span = self._credit_span
        return None if span is None else _credit_of(self.sentence.text, span[1], self._entities[0])

    @cached_property
    def _credit_span(self) -> tuple[int, tuple[int, int]] | None:
        """(where the claim proper starts, the source phrase's span) of ``credit``'s source phrase."""
        if self.quotes or self.phrases:
            return None
        text = self.sentence.text
        for rx, most in ((_CREDIT_ACCORDING, 8), (_CREDIT_OPEN, 8), (_CREDIT_OPEN_APPOSITION, 12)):
            # a name and its description or aside ("Vincent Jackson, in a statement released through the
            # team, said") may run longer than a name alone
            m = rx.match(text)
            if m and len(m.group(1).split()) <= most and not _CREDIT_CLAUSE.search(m.group(1)):
                return m.end(), m.span(1)
        m = _CREDIT_TAIL.search(text.rstrip())
        if m is None:
            m = _CREDIT_TAIL_INVERTED.search(text.rstrip())
            if m and len(m.group(1).split()) > 8:
                m = None  # "…, said Page died yesterday at a Los Angeles hospital …": a clause, no speaker
        return (0, m.span(1)) if m else None

    @cached_property
    def credits(self) -> tuple[Credit, ...]:
        """Every source the sentence credits, read leniently (a sentence that may support a claim):
        the words before each verb of saying back to the clause's start ("Bob Fanning, a police
        spokesman, said"), and those after it when it follows a quotation or comma ("…,” said Fanning")."""
        text, out = self.sentence.text, list[Credit]()
        for m in _CREDIT_ANY.finditer(text):
            spans = []
            if m.group(0).lower().startswith("according"):
                end = re.search(r"[,;:.“”\"]|$", text[m.end():])
                assert end is not None  # "$" matches
                spans.append((m.end(), m.end() + end.start()))
                named = _NAMED_AFTER.match(text, m.end() + end.start())
                if named:  # "according to the Central Mat-Su fire chief, James Steele."
                    spans.append(named.span(1))
            else:
                head = text[:m.start()]
                cut = max(head.rfind(ch) for ch in ",;:“”\"(") + 1
                spans.append((max(cut, _last_words(head, 8)), m.start()))
                if cut > 0 and head[cut - 1] == "," and len(head[cut:].split()) <= 5 \
                        and _APPOSITIVE.match(head[cut:]):  # "Bob Fanning, a police spokesman, said"
                    before = head[:cut - 1]
                    cut2 = max(before.rfind(ch) for ch in ",;:“”\"(") + 1
                    spans.append((max(cut2, _last_words(before, 5)), cut - 1))
                if cut > 0 and head[cut - 1] == "," and not head[cut:].strip():
                    spans.extend(_named_after_role(head[:cut - 1]))  # "The county coroner, Gary Hargrove, said"
                    spans.extend(_named_before_aside(head[:cut - 1]))  # "Jackson, in a brief statement …, said"
                if _CREDIT_INVERTED.search(text[:m.end()] + " ") and not _SAID_CLAUSE.match(text, m.end()):
                    end = re.search(r"[,;:“”\"]|\.(?:\s|$)|$", text[m.end():])
                    assert end is not None  # "$" matches
                    spans.append((m.end(), m.end() + end.start()))
            out.extend(_credit_of(text, sp, self._entities[0]) for sp in spans if sp[1] > sp[0])
        for m in _QUOTED_AS.finditer(text):
            if m.group(1):  # "… the Daily News quoted witness Devonte Brown as saying": the one quoted
                out.append(_credit_of(text, m.span(1), self._entities[0]))
            else:  # "Heidar Alishvandi, the governor of Qeshm, was quoted by state TV as saying": its subject
                head = text[:m.start()]
                cut = max(head.rfind(ch) for ch in ";:“”\"(") + 1
                out.append(_credit_of(text, (max(cut, _last_words(head, 12)), m.start()), self._entities[0]))
        return tuple(out)


@dataclass(eq=False)
class _Reach:
    """A claim's word overlap with every sentence and the articles ``check`` compares it with
    (``close``: by overlap; ``examine``: with the hinted articles and verbatim copies; None: every
    article, for a short claim or one whose words no sentence has)."""

    unit: Unit
    every: dict[str, float]
    support_only: bool
    overlap: np.ndarray | None
    best_in: np.ndarray | None
    floor: float
    short: bool
    close: set[str] | None
    examine: set[str] | None = None


@dataclass(eq=False)
class Claim:
    """What a sentence of the brief asserts, ready to be checked against every article."""

    unit: Unit
    text: str


@dataclass
class Link:
    """One article's verdict on one claim.

    ``status``: ``supports`` (one of its sentences states the claim: ``ref`` points at it),
    ``differs`` (a sentence on the same event gives another value: ``ref`` points at it),
    ``related`` (tells the same event without a detail: ``missing`` says which) or ``silent``.
    ``also``: a second sentence of the article, next to ``ref``'s or naming the same participant, that
    gives the detail ``ref``'s sentence lacks (cite33: "A man was shot dead in Leeds." then "The
    shooting happened on Tuesday night."); a citation points at both.
    """

    article: str
    status: Literal["supports", "differs", "related", "silent"]
    ref: SentenceRef | None = None
    missing: str = ""
    score: float = 0.0
    also: SentenceRef | None = None

    @property
    def refs(self) -> list[SentenceRef]:
        """The sentences that state the claim: ``ref``, then ``also`` when another sentence gives a
        detail ``ref``'s sentence lacks (cite33)."""
        return [r for r in (self.ref, self.also) if r is not None]


_RANK = {"supports": 3, "differs": 2, "related": 1, "silent": 0}


def _better(link: Link, best: Link) -> bool:
    """Whether ``link`` beats ``best``: a stronger verdict, or the same one with a higher score.
    Scores within a rounding error are a tie, which the sentence compared first keeps: which of two
    equal sentences a citation points at must not depend on float noise or the hash seed."""
    if _RANK[link.status] != _RANK[best.status]:
        return _RANK[link.status] > _RANK[best.status]
    return link.score > best.score + 1e-9 * max(1.0, abs(best.score))
# A sentence's closing attribution: who reported what it says ("…, police said.", "…, the California
# Highway Patrol said Sunday.", "…, according to her publicist."); outlets tell one event and name
# different sources for it, or none
# the verbs closing a sentence with its source ("…, police said", "…, the ministry reported"), read by the three
# patterns that find such a tail (``_SOURCE_TAIL``, ``_CREDIT_TAIL``, ``_CLAUSE_END``)
_TAIL_SAID = "|".join(reporting("say report announce confirm", now="say report"))
_SOURCE_TAIL = re.compile(r",\s+(?:according\s+to\b|(?:[\w.'’-]+\s+){1,5}(?:" + _TAIL_SAID + r")\b)[^,;:“”\"]*$")
# -- attribution: who a claim says said it ------------------------------------------------------------
# A claim that names its source ("Fanning said no one else was injured", "Lindsay Lohan's lawyer says …",
# "According to police, …", "…, he said") asserts who said it: protocol S's readers judge an article that
# states it in its own voice, or credits another source, "partly". Verbs that credit a statement:
_CREDIT_VERBS = "|".join(reporting("say tell add explain insist claim testify state report announce confirm write note warn",
                                     now="say tell add claim report announce confirm write", plain="say")) + r"|according\s+to"
# ... the fewer of them that open a claim with its speaker (a report's verbs, "reported", "announced", credit a
# body's statement, which the patterns below read from the tail)
_CREDIT_OPENS = "|".join(reporting("say tell add explain insist claim testify", now="say tell claim"))
# ... opening the claim: its subject said it ("Police said Tuesday that …"; never "said to be")
_CREDIT_OPEN = re.compile(r"^\s*([A-Z][^,;:“”\"()]{0,80}?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:" + _CREDIT_OPENS +
                          r")\b(?!\s+(?:to\s+(?:be|have)\b|by\b))")
_CREDIT_ACCORDING = re.compile(r"^\s*[Aa]ccording\s+to\s+([^,;:“”\"]{2,80}),")
# ... its subject set off with a description ("Her agent, Mark Roesler, said …", "Bob Fanning, a police
# spokesman, said …")
_CREDIT_OPEN_APPOSITION = re.compile(r"^\s*([A-Z][^,;:“”\"()]{0,60}?,\s+[^,;:“”\"()]{2,60}?),\s+(?:"
                                     + _CREDIT_OPENS + r")\b"
                                     r"(?!\s+(?:to\s+(?:be|have)\b|by\b))")
# ... or closing it ("…, the police said.", "…, he said Sunday.", "…, according to her publicist.")
_CREDIT_TAIL = re.compile(r"[,.!?][\"”’']?\s+(according\s+to\s+[^,;:“”\"]{2,80}|(?:[\w.'’-]+\s+){1,6}?"
                          r"(?:" + _TAIL_SAID + r"|told\s+[\w\s.'’-]{1,40}?))"
                          r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+in\s+a\s+statement)?\s*[.!?]?\s*$")
# ... or closing it verb first ("…, said Larry Waldie of the sheriff's department.")
# (never "…, said he didn't think …": a pronoun after the verb opens what was said, not who said it)
_SAID_OPENS = r"\s+(?:he|she|it|they|we|I|that)\b"
_SAID_CLAUSE = re.compile(_SAID_OPENS)
_CREDIT_TAIL_INVERTED = re.compile(r"[,.!?][\"”’']?\s+(?:said|says)(?!" + _SAID_OPENS + r")\s+"
                                   r"([^,;:“”\"]{2,80}?)\s*[.!?]?\s*$")
# ... or quoted as saying something: the one quoted is the speaker, not whoever quoted them
_QUOTED_AS = re.compile(r"\bquoted\s+(?!by\b)([^,;:“”\"]{2,60}?)\s+as\s+saying\b|"
                        r"\b(?:was|were|is|are|been)\s+quoted\b[^;:“”\"]{0,60}?\bas\s+saying\b")
_CREDIT_ANY = re.compile(r"\b(?:" + _CREDIT_VERBS + r"|According\s+to)\b")  # "According to" opens a sentence
# ... a speaker's name after the verb ("…,” said police spokesman Bob Fanning.")
_CREDIT_INVERTED = re.compile(r"[,“”\"]\s*(?:" + _CREDIT_VERBS + r")\s+$")
_PRONOUNS = frozenset({"he", "she", "they"})
_PRONOUN_WORDS = frozenset({"he", "she", "him", "her", "his"})  # a person named before, in a sentence's words
# the credit's own words, dropped before its roles are read
_CREDIT_WORDS = r"\b(?:according\s+to|" + "|".join(reporting("say tell report announce confirm", now="say")) + r")\b"
# Words of a source phrase that say nothing of who it is ("the", "a", "his", "Sunday", "in a statement")
_CREDIT_GLUE = frozenset("the a an his her their its our spokesman spokeswoman spokesperson statement also "
                         "later earlier on in at told reporters".split())


_MODIFIED = re.compile(r"\s+([a-z]{3,})\b(?!\s+[A-Z])")  # a lower-case noun after a name, no name after it
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
# What an article calls a person: an apposition ("Rossi, a reputed Mafia boss, was …") or a title in
# lower case right before the name ("reputed Mafia boss Giuseppe Rossi")
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+([^,;:.“”\"()]{2,60}?)\s*(?:,|\.?$)")
_TITLE_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,3})$")


def _title_before(text: str, end: int) -> re.Match[str] | None:
    """``_TITLE_BEFORE.search(text, 0, end)``, searched from where a match can start: its one to three
    words, each followed by space, end at ``end``, so it starts after the fourth run of space back from
    there (tried at every position of the text before each person named, it was most of
    ``_descriptions_in``)."""
    parts = text[:end].rsplit(None, 3)
    return _TITLE_BEFORE.search(text, len(parts[0]) if len(parts) == 4 else 0, end)


# The lower-case words right before a person's name ("running back Pierre Thomas")
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])(?:([a-z][a-z'’-]+)\s+)?([a-z][a-z'’-]{2,})\s+$")


def _role_before(text: str) -> str | None:
    """The role the words before a name give the person ("running back", "prosecutor"), or None: a
    noun, not a function word, a verb or an adverb ("by Smith", "said Smith", "placed Smith")."""
    m = _ROLE_BEFORE.search(text)
    if m is None:
        return None
    first, head = m.group(1), m.group(2)
    if head in FUNCTION_WORDS or head in _ATTRIBUTION or head.endswith(("ed", "ing", "ly")) or head in IRREGULAR_VERBS:
        return None
    return f"{first} {head}" if first and first not in FUNCTION_WORDS and first not in _ATTRIBUTION else head


# Words of a role that tell what became of the person or what is thought of him, not who he is
# ("former coach", "interim coach", "suspected gunman", "fired employee"): a claim's detail, never
# taken as said by the name alone (``Evidence._role_of_named``)
_STATE_ROLES = frozenset(
    "former late ex interim acting new newly then future incoming outgoing retired suspected alleged accused "
    "convicted disgraced fired jailed ousted deposed embattled elect missing dead deceased wanted estranged "
    "reputed purported presumed putative dismissed sacked resigned onetime erstwhile veteran rookie injured "
    "wounded slain murdered killed arrested detained imprisoned escaped fugitive".split())
# ... and words before a name that are no role ("like Reggie Bush", "than Smith")
_NO_ROLE = frozenset("like unlike than via per versus including excluding despite toward towards amid among "
                     "behind beside besides beyond near named called dubbed".split())
# Hedges on a claim (``Unit.hedges``): "suspect" the noun is a person, not a hedge
_HEDGE = re.compile(r"\b(suspected|alleged|allegedly|believed|presumed|presumably|reportedly|apparently|apparent|"
                    r"purported|purportedly|possible|possibly|likely|probable|probably)\b")
_TITLE_CUT = re.compile(r",\s+[A-Z][a-z]{0,5}\.\s*$")  # a sentence cut after a speaker's title ("…, Const.")
_CREDIT_CLAUSE = re.compile(r"\b(?:who|which|that|whom|whose|when|after|before|if)\b")  # no source phrase: a clause
_WEEKDAY_STEMS = frozenset(stem(w) for w in WEEKDAYS)
_APPOSITIVE = re.compile(r"\s*(?:a|an|the|his|her|their|its)\s", re.I)  # a description set off by commas


_NAMED_AFTER = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s*){1,4}?)\s*[.!?]?\s*$")  # "…, James Steele." ending a sentence
_NAME_SEGMENT = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,4}$")  # a name set off by commas: "Gary Hargrove"


def _named_after_role(before: str) -> list[tuple[int, int]]:
    """Source spans of a speaker named in apposition right before the verb ("The Harrison County
    coroner, Gary Hargrove, said"): the name between the last two commas and the role before it. Only
    a short run of capitalised words counts as the name, so "No one was hurt, said Fanning" credits
    no one with "No one was hurt"."""
    cut = max(before.rfind(ch) for ch in ",;:“”\"(") + 1
    if not _NAME_SEGMENT.fullmatch(before[cut:]) or cut == 0 or before[cut - 1] != ",":
        return []
    role = before[:cut - 1]
    start = max(max(role.rfind(ch) for ch in ",;:“”\"(") + 1, _last_words(role, 5))
    return [(cut, len(before)), (start, len(role))]


# How a statement was made, set off between the speaker and the verb ("Jackson, in a brief statement
# released through the team, said …", "Smith, speaking on CNN, said …")
_HOW_SAID = re.compile(r"\s*(?:in|through|via|on|during|speaking|writing)\s", re.I)


def _named_before_aside(before: str) -> list[tuple[int, int]]:
    """The source span of a speaker set off from the verb by how they said it ("Jackson, in a brief
    statement released through the team, said"): the words before that aside, back to the clause's
    start (five at most). Nothing when the text before the verb is no such aside."""
    cut = max(before.rfind(ch) for ch in ",;:“”\"(") + 1
    if cut == 0 or before[cut - 1] != "," or not _HOW_SAID.match(before[cut:]):
        return []
    head = before[:cut - 1]
    start = max(max(head.rfind(ch) for ch in ",;:“”\"(") + 1, _last_words(head, 5))
    return [(start, len(head))] if head[start:].strip() else []


def _last_words(text: str, n: int) -> int:
    """Where the last ``n`` words of ``text`` start."""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    return starts[-n] if len(starts) >= n else 0


_QUOTE_MARK = re.compile(r"[“”\"]")


def quotation_runs(texts: Sequence[str], longest: int) -> list[tuple[int, int] | None]:
    """For each sentence of an article (in order), the first and last sentence of the quotation it is
    part of when that quotation runs over several sentences ("“We locked down the area.", "He gave
    himself up after six,” Fanning said."): a speaker credited once speaks every sentence of it.

    Curly marks open and close; a straight one closes an open quotation, except at a sentence's start,
    where it carries a quotation on (the next paragraph of a long quotation opens again). A run longer
    than ``longest`` sentences, or one the article never closes, is a misread mark: no run."""
    out: list[tuple[int, int] | None] = [None] * len(texts)
    inside, first = False, 0
    for k, text in enumerate(texts):
        was = inside
        lead = len(text) - len(text.lstrip())
        for m in _QUOTE_MARK.finditer(text):
            mark = m.group(0)
            if mark == "“" or (mark == '"' and m.start() == lead):
                inside = True
            elif mark == "”":
                inside = False
            else:
                inside = not inside
        if not was and inside:
            first = k
        if was and not inside:  # a quotation that opened in an earlier sentence closes here
            if k > first and k - first < longest:
                for j in range(first, k + 1):
                    out[j] = (first, k)
        if inside and k - first >= longest:
            inside = False  # never closed within reach: a stray mark, not a quotation
    return out


@dataclass(frozen=True)
class Credit:
    """Whom a sentence credits with what it says: the speakers' names (entity keys; a possessor is no
    speaker: "Lindsay Lohan's lawyer" is the lawyer), the nouns of an unnamed source ("lawyer",
    "police"), and whether it is a pronoun ("he said") that the sentences before must name."""

    names: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    pronoun: bool = False
    said: str = "  "  # the source phrase's words, folded, with a space at each end (names the tagger missed)
    stems: frozenset[str] = frozenset()  # its content stems, names' included ("Surrey Police": police)


# (mend65) who the speaker speaks for is not the speaker: "a lawyer for Doe", "a spokesman representing Doe", "Doe's
# lawyer" — the words after "for" / "representing" / "on behalf of" up to a comma ("a lawyer for Doe, Tom Hill,": Hill
# speaks), and a possessive, name the client
# (review71 #3) any word's "for" names a client ("a press secretary for Doe", "an aide for Doe", "a friend speaking on
# behalf of Doe") except after a capitalised title or body word: "Minister for Health", "Centers for Disease Control"
# are the speaker's own title (``_spoken_for``)
_SPOKEN_FOR = re.compile(r"(?P<noun>\b[\w'’-]+)\s+(?P<link>for|representing|(?:on\s+)?behalf\s+of)\b(?P<client>[^,;]*)")


def _spoken_for(text: str, a: int = 0, b: int | None = None) -> re.Match[str] | None:
    """The first "for / representing / on behalf of" + client of ``text[a:b]`` (``_SPOKEN_FOR``); not a title's "for"."""
    return next((m for m in _SPOKEN_FOR.finditer(text, a, len(text) if b is None else b)
                 if m["link"] != "for" or not m["noun"][0].isupper()), None)


_POSSESSOR = re.compile(r"(?<![\w'’])(?:[A-Z][\w.'’-]*\s+)*[\w.'’-]+['’]s?(?=\s)")  # "John Doe's lawyer": the client


def _credit_of(text: str, span: tuple[int, int], entities: Sequence[Mention]) -> Credit:
    """The credit a source phrase (``span`` of ``text``) gives; a name after "for" / "representing" is whom the
    speaker speaks for ("a lawyer for Doe" is the lawyer), as a possessor is ("Doe's lawyer")."""
    a, b = span
    phrase = text[a:b].strip()
    if re.sub(r"\s+(?:" + _CREDIT_VERBS + r")\b.*$", "", phrase).lower() in _PRONOUNS:
        return Credit(pronoun=True)
    names, named_words = set(), []
    found = _spoken_for(text, a, b)  # "a lawyer for Doe": Doe is the client, no speaker (mend65)
    client = found.span("client") if found else (b, b)
    for m in entities:
        if a <= m.start < b:
            named_words.append(m.text)
            if not re.match(r"['’]s\b", text[m.end:m.end + 3]) and not client[0] <= m.start < client[1]:
                names.add(str(m.value))
    roles = content(re.sub(_CREDIT_WORDS, " ", phrase))
    glue = {stem(w) for w in _CREDIT_GLUE} | _WEEKDAY_STEMS
    roles -= content(" ".join(named_words)) | glue
    speaker = _POSSESSOR.sub(" ", text[a:client[0]] + " " + text[client[1]:b] if found else phrase)
    return Credit(frozenset(names), frozenset(roles), said=" " + " ".join(words(fold(speaker))) + " ",
                  stems=content(speaker) - glue)


# (cite36) whom a speaker told: "…,” her publicist told People", "confirmed to CNN", "in an interview with the
# BBC" (never "according to")
_TOLD_TO = re.compile(r"(?:\b(?:told|tells|tell|telling)|(?<!according)\s+to|\binterview\s+with)\s+(?:the\s+)?$", re.I)


def _same_credit(claim: Credit, other: Credit) -> bool:
    """Whether ``other`` credits the claim's source: a speaker's name (name variants allowed), or, for a
    source the claim does not name ("her lawyer", "police"), one of its nouns ("attorney" is "lawyer")."""
    if claim.names:
        return any(same_party(p, n) or same_party(n, p) or all(f" {w} " in other.said for w in words(fold(p)))
                   for p in claim.names for n in (*other.names, ""))
    return bool(claim.roles & other.stems) or bool(claim.roles & _POLICE and _POLICE_FORCE.search(other.said))


# a police force written by its short name ("the NYPD said", "LAPD officials said"): "police said"
_POLICE = frozenset({stem("police")})
_POLICE_FORCE = re.compile(r" [a-z]{1,4}pd ")


def _same_role(claim: Credit, other: Credit) -> bool:
    """Whether ``other`` credits the claim's named source by its role alone ("according to her
    publicist" for "… her publicist Harlan Boll"): it names no one, and says one of the claim's nouns."""
    return bool(claim.names and claim.roles and not other.names and claim.roles & other.stems)


# A dateline: the place (and agency) a report was filed from, in capitals before a dash
# ("NEW YORK (AP) —", "AUSTIN, Texas --", "LARGO —"); not a party of the sentence's claim
DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’]+(?:\s[A-Z][A-Z.'’]+)*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
                      r"(?:\s*\((?:AP|Reuters|AFP|CNN|UPI|Xinhua|dpa|PTI|IANS)\))?\s*(?:—|–|--?)\s+(?=[A-Z“\"‘'])")
# Between a title's country or body and the person it names: title words only ("Secretary of State",
# "’s Defence Minister", "President")
_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+\.?\s+)(?:(?:[A-Z][a-z]+\.?|of|the|for)\s+)*")
_LOWER_TITLE_GAP = re.compile(r"(?:['’]s)?((?:\s+[A-Za-z][\w.'’-]*){1,4})\s+")


def _title_between(gap: str) -> bool:
    """Whether the words between a country or body and a person are only a title of that person:
    capitalised title words ("Secretary of State") or lower-case nouns ("Chargers wide receiver
    Vincent Jackson", "Oregon State Police bomb technician Bill Hakim"), never a verb ("Russia told
    Sergei …", "Kazakhstan thanks Vladimir …") or a function word ("Moscow and Vladimir …")."""
    if _TITLE_GAP.fullmatch(gap):
        return True
    m = _LOWER_TITLE_GAP.fullmatch(gap)
    if m is None:
        return False
    toks = m.group(1).split()
    return all(t in ("of", "the", "for") or t[0].isupper() or (
        t.isalpha() and t not in STOP_WORDS and t not in _FINITE and t not in IRREGULAR_VERBS
        and not t.endswith(("ed", "ing", "s", "ly"))) for t in toks) and toks[-1] not in ("of", "the", "for")


ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     r"\d+(?:st|nd|rd|th))\b", re.I)
# An ordinal in words is the same figure as in digits ("eleventh-hour" / "11th hour")
_ORDINAL_DIGITS = {w: f"{k}{'st' if k == 1 else 'nd' if k == 2 else 'rd' if k == 3 else 'th'}" for k, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
_ORDINAL_STEMS = {stem(w): digits for w, digits in _ORDINAL_DIGITS.items()}


def _ordinals(text: str) -> list[str]:
    """``ORDINAL.findall(text)``, skipped for a text that holds no digit and none of the words (most
    sentences: every sentence's figures are read). Not for a text with a letter case-insensitive matching
    takes for an ASCII one ("ſ" for "s": ``patterns.folds_as_lower``); curly quotes and accents are no such
    letters (speed22: a sixth of news sentences has one)."""
    if folds_as_lower(text) and not _A_DIGIT.search(text):
        low = text.lower()
        if not any(w in low for w in _ORDINAL_DIGITS):
            return []
    return ORDINAL.findall(text)
_NAME_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?")
# Dates that say when the article was written, not when something happened ("ethanol today is made…")
_DAYPART = re.compile(r"(?:\b(?P<edge>late|early)\s+(?:on\s+)?(?=\w+\s+(?:morning|afternoon|evening|night)\b|tonight\b))?"
                      r"(?:\b(?:this|last|yesterday|tomorrow|early|late|[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|"
                      r"[Ss]un)(?:day)?\s+(?P<part>morning|afternoon|evening|night)\b|\btonight\b)", re.I)
# "late Friday", "early on Monday" (not "late Friday night": a part of the day, read above), and "late in
# the third quarter", "early in the game": the edge of a span a claim places something at
_EDGE_OF_DAY = re.compile(r"\b(late|early)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                          r"(?!\s+(?:morning|afternoon|evening|night))", re.I)
_EDGE_OF = re.compile(r"\b(late|early)\s+(?:in|on|into)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:quarter|half|period|inning|"
                      r"innings|round|game|match|set|season|session|trading|day|morning|afternoon|evening|night|week|"
                      r"month|year|campaign|race|lap|stage|overtime)\b", re.I)
# Words that place something at those edges in other words ("with 1:30 left" is not one: a reader
# cannot tell early from late by it)
_EDGE_WORDS = {"late": frozenset("late final closing end waning dying".split()),
               "early": frozenset("early opening start beginning".split())}
_NEAR_PLACE = re.compile(r"\b(?:outside|near|off|close\s+to)\b", re.I)
_DAY_EDGE_CLOCK = {"late": " p m ", "early": " a m "}
_DAY_EDGE_WORDS = {"late": frozenset({"night", "evening"}), "early": frozenset({"morning", "dawn"})}
# a quotation a claim says a person said ("He said …", "She also told …")
_PERSON_SPEAKS = re.compile(r"^\s*(?:He|She)\s+(?:also\s+|later\s+|further\s+)?(?:" +
                            "|".join(reporting("say tell add", now="say tell add")) + r")\b")
# a body named after a place: the place's first word, then title-case words ("Woodburn Police Department")
_BODY_AFTER = re.compile(r"(\S+)((?:\s+[A-Z][\w'’.-]*)+)\s*$")
_BODY_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_QUALIFIER = re.compile(r"\b(?:[Tt]he|an?)\s+([a-z]{3,})\s+(?=[A-Z][a-z])")  # "the upscale Place Vendome"
_JOINT = re.compile(r" (?:two|both|three|pair|couple|men|women|officials) ")  # a credit to several people
# "they said": a joint credit
_THEY_SAID = re.compile(r"\b[Tt]hey\s+(?:also\s+)?(?:" + "|".join(reporting("say tell add write", plain="say")) + r")\b")
# a turn that undoes what came before ("…, but was not able to come to an agreement")
_TURN = re.compile(r"\bbut\b|\bhowever\b", re.I)
# (its subject the claim's own: "but was not able to", "but failed to"; never another's, "but prosecutors
# have not signed off", "but that he did not know of threats": those add, they do not undo)
_TURN_NEGATED = re.compile(r"(?:,\s*|\s)but\s+(?:(?:was|were|is|are|has|have|had|did|could|would|will|does|do)"
                           r"(?:\s+not|n ?[’'] ?t)|never|failed|was\s+unable|were\s+unable)\b", re.I)
_SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONEY_STEMS = frozenset(stem(w) for w in (*_SMALL_NUMBERS, "million", "billion", "trillion", "dollars", "euro",
                                           "euros", "pounds"))
_PARTICLES = frozenset("out in off up down away back over into through".split())
# "refused to get", "tried to contact", "had to Taser him to get him out": the act after "to" (a name
# after it is a place or party, checked as one)
_TO_VERB = re.compile(r"\b(?:refus\w*|declin\w*|tr(?:y|ies|ied|ying)|attempt\w*|agree[sd]?|agreeing|fail\w*|"
                      r"want\w*|vow\w*|threaten\w*|promis\w*|plann?\w*|had|has|have|having|him|her|them)\s+to\s+"
                      r"([a-z][a-z'’-]+)\b")
# a verb told as done: after an auxiliary, an adverb between ("had just parked", "was later arrested")
_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:just\s+|already\s+|recently\s+|earlier\s+)?([a-z]{3,}ed)\b")
# ... and an -ed word describing a noun ("along parked cars", "the injured man", "two wounded officers")
_DESCRIBING = re.compile(r"\b(?:the|a|an|along|past|between|among|with|near|by|of|two|three|four|five|several|many|"
                         r"some|other|\d+)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|but|for|from|with|after|when|while|into|over|out|off|the|his|her|their)\b)"
                         r"[a-z]{3,}\b")
_DEICTIC = re.compile(r"^(?:today|tonight|now)$", re.I)
# ... of which "today" means nowadays when a present tense follows or it is a noun ("ethanol today is
# made from corn", "the technology of today"); otherwise it is the day written ("said in a release today")
_NOWADAYS_AFTER = re.compile(r",?\s*(?:is|are|has|have|remains?|can|still|['’]s)\b", re.I)
_NOWADAYS_BEFORE = re.compile(r"\b(?:of|than|until|to|for)\s*$", re.I)
# Nouns for people that a place or people written right before describes ("a Vancouver man", "23
# Somali pirates"): where they are from, which an outlet states only by saying so of them
_PERSON_NOUNS = frozenset(
    "man men woman women boy boys girl girls teen teens teenager teenagers child children couple family "
    "resident residents native natives national nationals citizen citizens pirate pirates soldier soldiers "
    "troop troops sailor sailors worker workers student students tourist tourists migrant migrants "
    "immigrant immigrants refugee refugees fighter fighters militant militants rebel rebels gunman gunmen "
    "suspect suspects victim victims player players climber climbers driver drivers mother father son "
    "daughter hostage hostages crew".split())
# Verbs that introduce a quotation without saying more of it ("warned" / "told reporters" / "wrote"):
# one outlet's verb for another's, in a quotation's frame (never "denied", "admitted", "claimed")
_NEUTRAL_SPEECH = frozenset(stem(w) for w in (
    "say says said saying tell tells told telling add adds added adding note notes noted state states stated "
    "explain explains explained comment comments commented remark remarked write writes wrote written "
    "tweet tweeted post posted warn warns warned warning stress stressed continue continued quote quoted "
    "recall recalled "
    # ... and the nouns of how a statement reached reporters ("in a news release issued by the team" /
    # "in a statement released by the team"; "statement" itself is no content word)
    "release released issue issued press news").split())
_PERSON_AFTER = re.compile(r"[\s-]+([a-z]+)")
# How a statement reached reporters, when a claim names it ("said in a written statement", "told CNN",
# "on Twitter"): the claim's words for a manner, and the words an article must use for it, or one
# like it ("in a statement" / "in a news release"), in the sentence or another about the claim (issue 12)
_MANNERS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("a written statement", re.compile(r"\b(?:written|e-?mailed|prepared)\s+statement\b", re.I),
     re.compile(r"\b(?:written|wrote|writing|e-?mail\w*|statement|release[sd]?|communiqu\w+|announc\w+)\b", re.I)),
    ("a statement", re.compile(r"\b(?:in|through)\s+an?\s+(?:[\w-]+\s+){0,2}statement\b|\b(?:news|press)\s+release\b"
                               r"|\bcommuniqu", re.I),
     re.compile(r"\b(?:statements?|release[sd]?|communiqu\w+|announc\w+|written|wrote|e-?mail\w*)\b", re.I)),
    ("an e-mail", re.compile(r"\b(?:in|by|via)\s+(?:an?\s+)?e-?mail\b", re.I),
     re.compile(r"\be-?mail\w*|\bwr(?:ote|itten)\b|\bstatement\b", re.I)),
    ("Twitter", re.compile(r"\b(?:on|via)\s+Twitter\b|\btweet(?:s|ed)?\b", re.I), re.compile(r"\btwitter\b|\btweet", re.I)),
    ("Facebook", re.compile(r"\b(?:on|via)\s+Facebook\b", re.I), re.compile(r"\bfacebook\b", re.I)),
    ("Instagram", re.compile(r"\b(?:on|via)\s+Instagram\b", re.I), re.compile(r"\binstagram\b", re.I)),
    # ... "told CNN", "told the New York Times": an outlet, not "told Parliament" (a speech there)
    ("an interview", re.compile(r"\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}interview\b|\btold\s+(?:the\s+)?(?:[A-Z]{2,}\b|"
                                r"(?:[A-Z][\w.-]*\s+){1,3}(?:News|Times|Post|Journal|Radio|Television|TV|Magazine|Press|Tribune|"
                                r"Herald|Telegraph|Guardian|Globe)\b)"),
     re.compile(r"\binterview\w*|\btold\b|\bspeaking\s+(?:to|with)\b", re.I)),
    ("a news conference", re.compile(r"\b(?:news|press)\s+(?:conference|briefing)\b", re.I),
     re.compile(r"\bconference\b|\bbriefing\b|\breporters\b|\bjournalists\b", re.I)),
)
# A sentence that goes on about the one before through a pronoun ("He threw …" right after "Manning …")
_PRONOUN_OPENS = re.compile(r"^\W*(?:He|She|They|His|Her|Their)\b")
# A word after a name opening a claim that makes the name no doer of an act: a list, a clause about
# him, a place or time ("Manning and Clark", "Manning, who", "Manning in 2004")
_NOT_ACT_AFTER = re.compile(r"^(?:and|or|who|whose|of|in|at|on|for|with|to|from|by|as|is|was|were|are|has|had|have)$")
# ... or after one and "from"/"of" ("soldiers from Russia", "residents of Almaty"; never "withdrawing from
# Kazakhstan", where the place is where they leave, not where they are from)
_FROM_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PERSON_NOUNS)) + r")\s+(?:from|of)\s+(?:the\s+)?$")
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # between the names of a list
# Where a sentence says its event happened: a place right after a preposition of place, maybe through
# "the … of" ("in the Gulf of Aden", "off Somalia", "in the waters of the Persian Gulf"), or joined
# to such a place ("between Bandar Abbas and Qeshm Island"). A place set off after another ("Delphi,
# Indiana") or owning a name ("London's Sunday Times") says which place, not where.
_WHERE_BEFORE = re.compile(r"\b(?:in|at|off|near|outside|inside|across|along|between|into|onto|around|over|"
                           r"on|aboard|within|beyond|toward|towards)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w'’-]*\s+){1,2}(?:of|off)\s+(?:the\s+)?)?$")
_HOME_BEFORE = re.compile(r"\b(?:living|lives|lived|live|resident|residing|born|raised|based|headquartered)\s*$", re.I)
_WHERE_JOINED = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?$")
# A place written as where a body is, not where the claim's event was: "the Press Democrat newspaper in
# Santa Rosa", "the Press Democrat of Santa Rosa" (after a body's name and, maybe, a word for what it is),
# "the Santa Rosa-based Press Democrat"
_HOLDER_NOUN = (r"(?:newspaper|paper|daily|weekly|magazine|station|broadcaster|channel|network|agency|"
                r"affiliate|outlet|website|company|firm|group|bureau)")
_HOLDER_BEFORE = re.compile(rf"^(?:,\s+)?(?:\s+(?:the\s+)?(?:local\s+)?{_HOLDER_NOUN})?\s+(?:in|of|from|based\s+in)\s+$")
# ... but not a venue something happened at ("… at the SAP-Arena in Mannheim, Germany"): that place is
# where the event was
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)
_VENUE_END = re.compile(r"[\s-](?:Arena|Stadium|Coliseum|Colosseum|Ballpark|Speedway|Raceway|Velodrome|"
                        r"Auditorium|Ballroom|Theatre|Theater)\s*$")  # not "Center", "Hall": bodies too
_BASED_AFTER = re.compile(r"^\s*-\s*based\b")
# ... or set off after a person's name or age ("John Jenkin, 23 and from Cumbria, …", "Smith, from Leeds,")
_APPOSED_FROM = re.compile(r"(?:,|\d\s+and|,\s+and)\s+(?:originally\s+)?from\s+$")
# Irregular past forms of common verbs (regular ones are read by their ending in -ed)
_PAST = frozenset(
    "began begun sent took taken said told made gave given went gone came left won lost fell fallen rose "
    "hit put set led met held kept brought bought caught found saw seen knew known wrote written ran spoke "
    "broke broken chose drove flew grew shot stood struck fought sold paid became got withdrew withdrawn "
    "fled hurt fed built dealt drew felt heard hid laid lent meant read rode rang sang sat slept sought "
    "spent spread stole swore swept taught thought threw understood woke wore wound".split())
_AUXILIARY = frozenset("be is are was were been being have has had do does did will would can could may might "
                       "shall should must yet ever even".split())


# A move into or out of somewhere, and the words of where, up to the clause's next break
_MOVE = re.compile(r"\b(into|in\s+to|out\s+of)\s+((?:(?!and\b|but\b|then\b)[\w'’.-]+\s*){1,6})", re.I)


# a person's age, written the ways news writes it: "48-year-old Robyn Mendes", "Robyn Mendes, 48,",
# "Mendes (48)", "aged 48", "48 years old" (the figure then ends the name's apposition)
_AGE_WORDS = re.compile(r"(?<![\d,.])(\d{1,3})[\s-]*(?:year|yr)s?[\s-]*old\b", re.I)
_AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*|\s+aged\s+)(\d{1,3})(?=\s*(?:[,.;:)]|[-–—]\s|$))")
_AGE_BEFORE_NAME = re.compile(r"(?<![\d,.])(\d{1,3})[\s-]*(?:year|yr)s?[\s-]*old\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_AGE_STEMS = frozenset({stem("year"), stem("old")})


def _ages_of_others(c: Unit, m: Mention, u: Unit, o: Mention) -> bool:
    """Whether the claim's count ``m`` and the sentence's count ``o`` are ages given to two different
    people (cite30, after cite28 and cite29): "Randall Hackett, 58" and "John Jenkin, 23". An age is a
    detail of whom it is given to: two ages differ only when given to the same person. Only when both
    sentences say whose age it is, and the sentence gives no other age to no one named ("the bodies of
    two women -- 68 and 48-years-old": the 68 may be the claim's person's, cite28): those are left to
    the counts' nouns, as before."""
    mine, theirs = set(re.findall(r"\d+", m.text)) & c.ages, set(re.findall(r"\d+", o.text)) & u.ages
    if not mine or not theirs:
        return False
    claimed = {p for p, a in c.aged if a in mine}
    given = {q for q, a in u.aged if a in theirs}
    if not claimed or not given or u.ages - {a for _, a in u.aged}:
        return False  # an age the sentence gives no one named may be the claim's person's ("two women -- 68 and 48")
    return not any(same_party(p, q) or same_party(q, p) for p in claimed for q in given)


# cite30: one person or thing told with "a" / "an" ("a man", "an off-duty police officer", "a 20-year-old
# gunman"): a count of one that the figure reader leaves unread. The words between the article and the
# noun are its modifiers (never "of": "a number of men", "a series of"); the word after the noun must end
# its phrase (a verb, a function word, punctuation), so "a car bomb" is no car and "a school bus" no school.
_ONE_MODIFIER = r"(?:(?!of\b|and\b|or\b|the\b|a\b|an\b)[\w'’-]+\s+){0,3}?"
_ONE_FUNCTION = frozenset("who whom whose that which and or but in at on with from of to for by near after before "
                          "during outside inside into as while when where than armed wanted believed identified "
                          "named described dressed wearing carrying says".split())
_ONE_PART = re.compile(r"\b(?:(?:one|each|either|neither|none|any|all|both|some|most|many|several|few|"
                       r"first|second|third|last|other)\s+of|another|a\s+(?:second|third|fourth|fifth|sixth|"
                       r"further|fellow)|the\s+(?:other|second|third))\b", re.I)
_IRREGULAR_SINGULAR = {"people": "person", "children": "child", "police": "police officer"}


def _one_noun(noun: str) -> str:
    """The singular ``_one_pattern`` looks for: the parse may leave an irregular plural as its lemma
    ("men", "gunmen", "people")."""
    if noun.endswith("men"):
        noun = noun[:-3] + "man"
    return _IRREGULAR_SINGULAR.get(noun, noun)


@lru_cache(maxsize=4096)
def _one_pattern(noun: str, determiners: str) -> re.Pattern[str]:
    """``_told_as_one``'s pattern for one lemma (read once per noun, not per sentence)."""
    noun = _one_noun(noun)
    return re.compile(rf"(?<![\w'’-])(?:{determiners})\s+(?P<mods>{_ONE_MODIFIER})(?P<noun>{re.escape(noun)})(?![\w-])"
                      r"(?P<after>['’]s\b|\s*(?:[,.;:!?)”]|$)|\s+[a-z]+\b)?", re.I)  # (never an opening '"')


def _told_as_one(text: str, noun: str, determiners: str = "a|an") -> re.Match[str] | None:
    """Where ``text`` tells one ``noun`` with an indefinite article ("a man", "an off-duty police
    officer"; ``determiners`` widens them), or None; group "mods" holds the words between them.
    ``noun`` is a counted noun's lemma."""
    if not noun.isalpha():
        return None
    one = _one_noun(noun.lower())
    if one.isascii() and not folded_in(one, text):
        return None  # speed26: the noun is not written, so no pattern (most nouns: one compiled per noun)
    for m in _one_pattern(noun.lower(), determiners).finditer(text):
        after = (m.group("after") or "").strip().lower()
        if m.group("after") is None:
            continue  # "a magnitude - 6.4 temblor", "a man (…": the phrase goes on
        if not after.isalpha() or after in _ONE_FUNCTION or after in _AUXILIARY \
                or after in _PAST or (after.endswith("ed") and len(after) > 3):
            return m
    return None


def _vague_against_exact(m: Mention, o: Mention) -> bool:
    """Whether one of two counts is a quantity in vague words and the other an exact value inside its
    range (cite30, after cite29): "a few blocks" and "two blocks" are no two values — the disagreement
    guidelines' "vague", a range that does not exclude the figure ("dozens" and "2" do differ). Neither
    is the exact value stated by the vague words: the article stays related."""
    for vague, exact in ((m, o), (o, m)):
        if number_reader.vague_quantity(vague) and not number_reader.vague_quantity(exact) \
                and isinstance(exact.value, (int, float)):
            lo, hi = _range(vague)
            if lo <= float(exact.value) <= hi:
                return True
    return False


def _modifiers_said(mods: Sequence[str], text: str) -> bool:
    """Whether every word describing a counted noun ("life" of "seven life sentences", "other" of "two
    other buildings") is in ``text`` too: "a death sentence" is no count of "seven life sentences",
    "a building" none of "two other buildings"."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", text)}
    return all(w.lower() in words for w in mods)  # as written: "smaller" is not "small"


def _many_modifiers(text: str, m: Mention) -> list[str] | None:
    """The words between count ``m`` and the noun it counts ("two other buildings": ["other"]), or
    None when the noun is not within three words of it."""
    noun = str(m.label).lower()
    plural = {noun, noun[:-3] + "men"} if noun.endswith("man") else {noun}
    words = re.findall(r"[\w'’-]+", text[m.end:])[:4]
    for k, w in enumerate(words):
        if w.lower() in plural or stem(w.lower()) == stem(noun):
            return words[:k]
    return None


def _many_told(m: Mention) -> bool:
    """Whether count ``m`` tells two or more of a noun ("two men", "at least three officers", "several
    officers"): it does not state one of that noun. Whole numbers only: "a 6.4 magnitude" is a measure
    of one thing, not 6.4 of them."""
    low, _ = _range(m)
    whole = isinstance(m.value, int) or (isinstance(m.value, float) and m.value.is_integer())
    return whole and bool(m.label) and str(m.label).isalpha() and low >= 2  # "6.4 magnitude" is a measure


def _moves(text: str) -> frozenset[tuple[str, str]]:
    """``Unit.moves``: the capitalised words (names) of where each "into" / "out of" leads; days and
    months are when, not where."""
    out: set[tuple[str, str]] = set()
    for m in _MOVE.finditer(text):
        direction = "out" if m.group(1).lower().startswith("out") else "in"
        out.update((direction, w.lower()) for w in re.findall(r"\b[A-Z][\w'’-]+", m.group(2))
                   if w.lower() not in _WHEN_WORDS)
        # (cite31) ... and the thing itself ("walking into the store" / "walking out of the store")
        thing = _MOVE_THING.match(m.group(2))
        if thing and thing.group(1).lower() not in STOP_WORDS and thing.group(1).lower() not in _WHEN_WORDS:
            out.add((direction, thing.group(1).lower()))
    return frozenset(out)


# (cite31) the noun right after "into the" / "out of the" (a building, a vehicle, a room)
_MOVE_THING = re.compile(r"(?:the|a|an|his|her|their|its)\s+([a-z][a-z'’-]+)\b(?!\s+of\b)")


_WHEN_WORDS = frozenset(WEEKDAYS) | {m.lower() for m in MONTHS_FULL}


# "(There were) no reports of injuries" says what "No injuries were reported" says: no injuries known
_REPORTS_OF = re.compile(r"\b(?:immediate\s+)?reports?\s+of\b", re.I)
_REPORTS_OF_SAID = re.compile(r" (?:there (?:was|were|have been|has been|had been) )?no (?:immediate )?reports? of ")
_NONE_REPORTED = re.compile(r" no (\w+) (?:were|was|have been|has been|had been) (?:immediately )?reported ")


def _plainly(said: str) -> str:
    """Space-joined words (``Unit.said``) with the news formula for nothing known written plainly:
    "there were no reports of injuries" and "no injuries were reported" -> "no injuries"."""
    return _NONE_REPORTED.sub(r" no \1 ", _REPORTS_OF_SAID.sub(" no ", said))


def _negated(text: str) -> frozenset[str]:
    """Stems of the first content word after each negation: what the sentence says did not happen
    ("no reports of injuries": injuries)."""
    if not _NEGATION.search(text):
        return frozenset()
    out = set()
    text = _REPORTS_OF.sub(" ", _NOT_NEGATION.sub(" ", text))
    for m in _NEGATION.finditer(text):
        for w in re.findall(r"[A-Za-z][\w'’-]*", text[m.end():m.end() + 60])[:4]:
            low = w.lower()
            if low in _AUXILIARY or low in STOP_WORDS:
                continue
            out.add(_FAMILY_STEM.get(stem(low), stem(low)))  # as ``content`` reads it
            break
    return frozenset(out)


# Issue 12 (support19): what a sentence only suspects, thinks possible or denies it does not state.
# "allegedly", "accused of" are no hedge here: news writes an accused's acts so for the law's sake, and
# protocol S readers read "Comeaux allegedly handcuffed the officers" as stating that he handcuffed them
# A hedge word, and the words of its clause after it ("investigators suspect arson", "it could be
# the work of an arsonist", "police are investigating whether the fire was set").
_HEDGE_MARK = re.compile(
    r"(?i)\b(?:(?P<suspect>suspects?)|(?P<suspected>suspected)|believes?|believed|thinks?|thought\s+to|"
    r"(?P<modal>may|might|could)(?!\s+(?:not|never)\b|n[’']t)|possibly|probably|perhaps|maybe|"
    r"(?:not|n[’']t|yet\s+to)\s+(?:be(?:en)?\s+)?ruled\s+out|"
    r"whether|(?:unclear|not\s+clear|unknown|not\s+known)\s+if|"
    r"(?P<denied>(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?:denied|denies|deny|denying))"
    r"(?=\s+(?:that|any|ever|having|\w+ing)\b)|(?<!\bnot\s)(?<!n[’']t\s)ruled\s+out|"
    # (hedge29) what is only reported or foreseen: "a revolver was reportedly recovered", "the start is
    # expected to be announced on 5 October", "it is expected (that) the …" (never "the expected winner", "as expected",
# nor a relative clause describing a noun: "kicking off what is expected to be a partisan gauntlet");
# "reportedly" hedges its whole clause, what it is said of too ("A revolver loaded with four bullets was
# reportedly recovered" tells no loaded revolver as fact)
    r"(?P<reported>reportedly)|(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)"
    r"(?:is|are|was|were|be|been|being|[’']s|[’']re)\s+(?:\w+ly\s+)?expected"
    r"(?:\s+to|(?=\s+(?:that|the|a|an|his|her|their|its|he|she|they|it|we)\s))|"
    # ... and a charge of a conspiracy or an attempt, which is not the charge of the act: "conspiracy to
    # obstruct justice" is not "obstruction of justice", "attempted murder" not "murder"
    r"(?P<charge>conspiracy\s+to(?:\s+commit)?|conspiring\s+to(?:\s+commit)?|attempted|attempts?\s+to|"
    r"attempting\s+to)|"
    # (cite31) ... and a move, try, plan or threat toward an act, which is not the act: "officials moved to
    # dissolve the company" does not tell its dissolution, "tried to flee" no flight. Never a passive ("was
    # moved to hospital") nor one not followed by a verb ("moved to the city"); "wanted to thank" is thanking
    # (cite32) an expectation too ("expects to pay up to $800 million" pays nothing yet); an -ing form after
    # "is"/"are" is the progressive, not a passive ("are threatening to subpoena", "is preparing to sell")
    r"(?P<move>(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:moved|moves|move|bid|efforts?|sought|seeks?|tried|tries|plans?|planned|"
    r"aims?|aimed|intends?|intended|threaten(?:s|ed)?|vow(?:s|ed)?|"
    r"propos(?:e|es|ed)|hop(?:e|es|ed)|expects?|expected)|moving|seeking|trying|planning|aiming|intending|"
    r"threatening|vowing|proposing|hoping|preparing|expecting)\s+to"
    r"(?=\s+(?!(?:the|an?|his|her|their|its|this|that|these|those|my|our|your|be|date|no)\b)(?-i:[a-z]+)\b)))\b")
# (cite31) a move toward an act hedges the act alone, the verb after "to" ("moving to combat … illegal
# immigration" does not hedge the immigration, only the combat)
_MOVE_VERB = re.compile(r"\s+([a-z][\w'’-]*)")
# ... and a claim that itself tells the act as aimed at ("House Democrats' request to block the funding",
# "wants to replace all loans") is not told it as done: the verb after its own "to"
_AIMED_VERB = re.compile(r"\bto\s+([a-z][\w'’-]*)")
# (hedge29) the words a charge frame governs: its charge, up to a list's next item or what follows the charge
_CHARGE_END = re.compile(r"[,;:()\[\]—–.]|\s-\s|\b(?:and|or|but|in|on|at|for|against|after|before|with|while|when|"
                         r"which|who|that|by|from|during|because|since|as)\b")
# (hedge29) a sentence told as what unconfirmed reports say: "According to unconfirmed reports, …" hedges the
# rest, "…, according to unconfirmed reports." what it closes (attribution to a named source is no hedge)
_UNCONFIRMED_HEAD = re.compile(r"(?i)^\W*(?:according\s+to\s+)?(?:unconfirmed|unverified)\s+(?:media\s+|press\s+)?"
                               r"reports?\b[^,]{0,40}?(?:,|\bthat\b)")
_UNCONFIRMED_TAIL = re.compile(r"(?i),\s+(?:according\s+to\s+)?(?:unconfirmed|unverified)\s+(?:media\s+|press\s+)?"
                               r"reports?\b[^,]{0,30}$")
# what ends a hedge's clause: a comma, colon, semicolon, dash or bracket, or "but" (the rest is
# told again plainly: "The fire was arson, which they suspect was set by …" states the arson)
_HEDGE_END = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:but|which|who|whom|whose|where|when|while|because|after|before)\b"
                        r"|(?<=\w\s)that\b|\band(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|police|officials)\s)")
# ... a clause with its own subject after "and" ("could be operating by Dec. 25 and the situation
# should be back to normal by Dec. 31": the second clause is France Telecom's own), a relative or
# time clause ("Authorities suspect arson is the cause of a fire that caused an estimated $1 million
# in damage" states the damage; "that" right after the hedge word opens what is suspected: "police
# believe that the fire was set")
# when something happened is no part of the hedge: "shot after what police believe was a robbery on
# Saturday night" tells the night as fact
_WHEN_STEMS = frozenset(stem(w) for w in (*WEEKDAYS, *MONTHS_FULL, "night", "morning", "afternoon", "evening",
                                          "day", "week", "month", "year", "today", "yesterday", "tonight",
                                          "weekend", "overnight", "earlier", "later"))
# "suspect" is a verb after its subject ("investigators suspect", "they suspect"); after "the", "a",
# "murder" or a count it is the person ("the suspect was arrested"); "suspected" after one of
# these describes a noun ("the suspected gunman", "three suspected militants"), which is left as it is
_NOT_A_SUBJECT = frozenset(
    "the a an one two three four five six seven eight nine ten his her their its this that these those another "
    "second first third as is was has this plus of for with to by from on in at into about against".split())
_SUBJECT = frozenset("they we i you police who also now still strongly initially firmly".split())
# a closing attribution in a hedge verb hedges the whole sentence before it ("The fire was arson,
# investigators suspect.")
_HEDGED_TAIL = re.compile(r",\s+(?:[\w.'’-]+\s+){0,4}?(?:suspects?|suspected|believes?|believed|thinks?|think)\s*[.!?]?\s*$",
                          re.I)


def _hedge_word(m: re.Match[str], text: str) -> bool:
    """Whether the match of ``_HEDGE_MARK`` in ``text`` (the sentence as written) is a hedge, not the
    noun "suspect", "suspected" describing a noun ("the suspected gunman"), nor the month "May"."""
    before = re.findall(r"[\w'’]+", text[max(0, m.start() - 40):m.start()])
    prev = before[-1].lower() if before else ""
    after = text[m.end():]
    subject = prev in _SUBJECT or (len(prev) > 3 and prev.endswith("s") and prev not in _NOT_A_SUBJECT
                                   and prev not in STOP_WORDS)  # "investigators suspect"
    if m.group("suspect"):
        return subject or bool(re.match(r"\s+that\b", after))
    if m.group("suspected"):
        return subject or prev in ("is", "are", "was", "were", "be", "been", "being") \
            or bool(re.match(r"\s+(?:of|that)\b", after))
    if m.group("modal"):
        return text[m.start()].islower()  # "May" is the month (or opens a question)
    return True


# (cite32) the moves toward an act that are no plan to do it: a threat, an expectation, a hope
_UNSURE_MOVE = re.compile(r"(?i)(threat|expect|hop)")
# the same kind of word in a claim, as a word ("hoping", "expected", "threatens"; never "Hopkins", "hopper")
_UNSURE_FORMS = {"threat": r"threat(?:s|en\w*)?", "expect": r"expect(?:s|ed|ing|ation\w*)?", "hop": r"hop(?:e|es|ed|ing)"}


def _unsure_move(move: str, claim: str) -> bool:
    """Whether ``move`` (a ``_HEDGE_MARK`` move: "threatening to") threatens, expects or hopes an act that
    ``claim`` tells as planned without saying so ("House Democrats to subpoena …"): a reader takes the
    claim's plan for more than a threat. A claim writing the same kind of word is read as before."""
    m = _UNSURE_MOVE.match(move)
    return m is not None and not re.search(r"(?i)\b" + _UNSURE_FORMS[m.group(1).lower()] + r"\b", claim)


@lru_cache(maxsize=65536)
def hedge_split(text: str) -> tuple[str, str]:
    """(what the text says under a hedge or denial, the rest): "The church was badly damaged by fire,
    and investigators suspect arson." -> ("arson.", "The church … and investigators suspect")."""
    spans: list[tuple[int, int]] = []
    tail = _HEDGED_TAIL.search(text) or _UNCONFIRMED_TAIL.search(text)
    if tail:
        spans.append((0, tail.start()))
    head = _UNCONFIRMED_HEAD.search(text)
    if head:
        spans.append((head.end(), len(text)))
    for m in _HEDGE_MARK.finditer(text):
        if not _hedge_word(m, text):
            continue
        lead = re.match(r"\s*that\b", text[m.end():])  # "believe that …": what is believed follows
        start = m.end() + (lead.end() if lead else 0)
        if m.group("move"):  # (cite31) the act moved toward alone
            verb = _MOVE_VERB.match(text, m.end())
            if verb:
                spans.append((m.end(), verb.end()))
            continue
        if m.group("charge"):  # the charge alone: "conspiracy to obstruct justice and perjury" states perjury
            stop = _CHARGE_END.search(text, start)
            spans.append((m.end(), stop.start() if stop else len(text)))
            continue
        end = _HEDGE_END.search(text, start)
        begin = m.end()
        if m.group("reported"):  # back to its clause's start
            opened = [b.end() for b in _HEDGE_END.finditer(text, 0, m.start())]
            begin = opened[-1] if opened else 0
        spans.append((begin, end.start() if end else len(text)))
    if not spans:
        return "", text
    spans.sort()
    inside, outside, at = [], [], 0
    for a, b in spans:
        if a > at:
            outside.append(text[at:a])
        if b > max(a, at):
            inside.append(text[max(a, at):b])
        at = max(at, b)
    outside.append(text[at:])
    return " ".join(inside), " ".join(outside)  # the hedge word itself outside: "the suspect" is no hedged word


def hedged(text: str) -> frozenset[str]:
    """Stems (as ``content`` reads them) the text writes only where it suspects, thinks possible or
    denies them: "investigators suspect arson" -> arson; "The fire was arson, which they suspect was
    set by a former employee" -> set (the arson is stated). Such a sentence does not state a claim
    that tells those words as fact (issue 12): its reader learns a suspicion, not the event."""
    inside, outside = hedge_split(text)
    return content(inside) - content(outside) - _WHEN_STEMS if inside else frozenset()


@lru_cache(maxsize=65536)
def hedging(text: str) -> bool:
    """Whether a claim itself hedges or denies something (then it is read as before: one outlet's
    hedge is another's, and a hedged claim is stated by a sentence asserting it)."""
    return bool(_HEDGE.search(text.lower()) or _HEDGED_TAIL.search(text) or _UNCONFIRMED_TAIL.search(text)
                or _UNCONFIRMED_HEAD.search(text) or any(_hedge_word(m, text) for m in _HEDGE_MARK.finditer(text)))


class Evidence:
    """A story's articles read once, so that every claim is checked against the same text.

    ``sentences`` are the analysed sentences of each article (``accord.analyse``); headlines are read
    here (figures, dates, quotations and the story's names they contain).
    """

    def __init__(self, articles: Sequence[Article], sentences: dict[str, list[Sentence]],
                 copies: dict[str, str] | None = None, options: Options = DEFAULT,
                 reference: date | None = None) -> None:
        self.options = options
        self.reference = reference
        self.order = [a.id for a in articles]
        self._rank = {a: k for k, a in enumerate(self.order)}
        self.copies = dict(copies or {})
        # an article -> the one it counts as: its original when a copy, the first of its outlet (issue 12);
        # every count of sources reads it
        self._root = sources(articles, self.copies)
        self.dates: dict[str, date | None] = {}
        for a in articles:
            try:
                self.dates[a.id] = date.fromisoformat(a.published[:10]) if a.published else reference
            except ValueError:
                self.dates[a.id] = reference
        # the story's names as written, to read headlines and free text (longest first)
        surfaces: dict[str, str] = {}
        self._labels: dict[str, set[str]] = {}  # entity key -> the kinds the analyser gave it (a place?)
        for sents in sentences.values():
            for s in sents:
                for m in s.mentions:
                    if m.kind == "entity" and m.value and len(m.text.strip()) >= 3:
                        surfaces.setdefault(m.text.strip(), str(m.value))
                    if m.kind == "entity" and m.value and m.label:
                        self._labels.setdefault(str(m.value), set()).add(m.label)
        # a name's first word -> (its words, its text, its key), longest first: headlines are scanned
        # word by word (a regular expression of every name costs more to compile than to use)
        self._names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for surface, key in sorted(surfaces.items(), key=lambda kv: -len(kv[0])):
            toks = tuple(_NAME_TOKEN.findall(surface))
            if toks:
                self._names.setdefault(toks[0], []).append((toks, key))
        self.by_article: dict[str, list[Unit]] = {}
        self._position: dict[tuple[str, int], int] = {}  # (article, sentence index) -> position in by_article
        units: list[Unit] = []
        for a in articles:
            mine: list[Unit] = []
            if a.title and a.title.strip():
                mine.append(self._read(Sentence(article=a.id, index=-1, text=a.title.strip()), None))
            for s in sentences.get(a.id, []):
                mine.append(self._read(s, s.mentions))
            for k, u in enumerate(mine):
                self._position[(a.id, u.sentence.index)] = k
            self.by_article[a.id] = mine
            units.extend(mine)
        self.units = units
        self._by_text: dict[str, list[Unit]] = {}
        for u in units:
            self._by_text.setdefault(u.sentence.text.strip(), []).append(u)
        # which stems are specific to a sentence and which the whole story repeats: a claim's rare
        # words are its details, its common ones the story's topic
        df: dict[str, int] = {}
        for u in units:
            for st in u.stems:
                df[st] = df.get(st, 0) + 1
        n = len(units)
        self._idf = {st: math.log((n + 1) / (d + 1)) + 1.0 for st, d in df.items()}
        self._default_idf = math.log(n + 1) + 1.0  # a stem no article has: as rare as can be
        # columns in stem order, not the order sets of strings happen to iterate (which changes with
        # PYTHONHASHSEED): the float32 sums of the overlap are then added in the same order every run
        self._vocab = {st: k for k, st in enumerate(sorted(df))}
        rows = [i for i, u in enumerate(units) for _ in u.stems]
        cols = [self._vocab[st] for u in units for st in u.stems]
        self._matrix = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                                  shape=(len(units), max(1, len(self._vocab))))
        self._first: dict[str, int] = {}
        for i, u in enumerate(units):
            self._first.setdefault(u.sentence.article, i)
        self._starts_of = list(self._first)  # articles with text, in unit order
        self._starts = np.array([self._first[a] for a in self._starts_of], dtype=np.int64)
        self._queue: list[Unit] = []  # claims queued by ``prefetch``, in order
        self._queued: dict[int, int] = {}  # claim unit id -> its place in the queue, until checked
        self._overlaps: dict[int, np.ndarray] = {}  # claim unit id -> overlap with every unit (prefetch)
        self._sentence_vectors: dict[str, np.ndarray] = {}  # centred, unit length
        self._centre: np.ndarray | None = None  # the story's mean sentence vector, computed when first needed
        self._article_text: dict[str, tuple[frozenset[str], str]] = {}  # names and words of each article
        self._story_text: list[tuple[str, str]] | None = None  # each sentence as written and lower-cased (``_inside``)
        self._nested: dict[tuple[str, str], bool] = {}  # ``_inside``: (inner, outer) -> written nested
        self._seats: dict[tuple[str, int], bool] = {}  # ``_seats_in``: (article, sentence index) -> any seat
        self._descriptions: dict[tuple[str, tuple[str, ...]], tuple[frozenset[str], str]] = {}  # ``_described``
        self._describes: dict[tuple[str, str], frozenset[int]] = {}  # ``_describing``
        self._all_described: dict[str, frozenset[str]] = {}  # ``_description_stems``
        self._article_descriptions: dict[str, list[tuple[str, frozenset[str], list[str]]]] = {}  # ``_descriptions_in``
        self._is_claim: dict[str, bool] = {}  # ``reads_as_claim``: sentence text -> ``is_claim``
        self._runs: dict[str, list[tuple[int, int] | None]] = {}  # ``_quotation_runs``, per article
        self._ages: dict[str, frozenset[tuple[str, str]]] = {}  # ``_article_ages``, per article
        self._verdicts: dict[Unit, dict[tuple[str, bool, frozenset[int]], tuple[Link, Link]]] = {}  # ``check``: claim -> its verdicts
        self._comparisons: dict[tuple[Unit, Unit, tuple[int, ...]], tuple[Link, Link]] = {}  # ``_compared``
        self._verdict_count = 0  # verdicts kept in ``_verdicts`` and ``_comparisons`` (``options.support_verdicts_kept`` at most)
        self._held: _Reach | None = None  # the last claim's overlap and candidate articles (``_reach``)
        self._held_weights: tuple[Unit, dict[str, float]] | None = None  # the last claim's stem weights

    # -- reading ---------------------------------------------------------------------------------------
    def _read(self, sentence: Sentence, mentions: list[Mention] | None) -> Unit:
        """A unit from an analysed sentence, or from bare text (``mentions`` None: a headline or a
        sentence written elsewhere) read with the shared number and date readers and the story's names."""
        if mentions is None:
            text = sentence.text
            ref = self.dates.get(sentence.article, self.reference)
            found_dates = date_reader.find(text, ref, None)
            mentions = list(found_dates)
            mentions += number_reader.scan(text, None, [(m.start, m.end) for m in found_dates], self.options)
            mentions += self._names_in(text)
        return Unit(sentence, mentions, self.options)

    def _names_in(self, text: str) -> list[Mention]:
        """The story's names written in ``text`` (longest match first, whole words)."""
        if not self._names:
            return []
        toks = list(_NAME_TOKEN.finditer(text))
        words_ = [t.group(0) for t in toks]
        out, i = [], 0
        while i < len(toks):
            for name, key in self._names.get(words_[i], ()):
                if tuple(words_[i:i + len(name)]) == name:
                    j = i + len(name) - 1
                    out.append(Mention(kind="entity", text=text[toks[i].start():toks[j].end()], value=key,
                                       start=toks[i].start(), end=toks[j].end()))
                    i = j
                    break
            i += 1
        return out

    def claim(self, source: Sentence | str, article: str | None = None) -> Claim:
        """The claim a sentence makes. A story sentence is read as analysed; a string is matched to
        the story sentence with the same text, else read as bare text (it may come from anywhere)."""
        if isinstance(source, Sentence):
            known = self.unit_of(source.article, source.index)
            if known is not None and known.sentence.text.strip() == source.text.strip():
                return Claim(unit=known, text=source.text)
            if source.mentions:
                return Claim(unit=self._read(source, source.mentions), text=source.text)
            text, article = source.text, source.article
        else:
            text = source
        same = self._by_text.get(text.strip(), [])
        if same:
            mine = [u for u in same if u.sentence.article == article] or same
            return Claim(unit=mine[0], text=text)
        return Claim(unit=self._read(Sentence(article=article or "", index=-2, text=text.strip()), None), text=text)

    def broken(self, claim: Claim | Sentence | str) -> bool:
        """Whether a claim is a piece of a sentence rather than one: a headline cut mid-word from its
        article's first sentence ("… a sheriff's deputy who wa"), or a sentence the splitter cut at a
        figure, before a lower-case word or after a title, as the sentences around it show ("… a
        magnitude of at least 5." / "9 hit southern Iran …", "… the Rev." / "Larry Kroon said …").
        None is shown: its words say less, or other, than the outlet wrote."""
        c = claim if isinstance(claim, Claim) else self.claim(claim)
        s = c.unit.sentence
        units = self.by_article.get(s.article, [])
        k = self._position.get((s.article, s.index))
        if k is None or units[k] is not c.unit:
            # a headline given a closing full stop ("… in the Gulf o.") is still that headline
            head = next((u for u in self._by_text.get(c.text.strip().rstrip("."), [])
                         if s.article in ("", u.sentence.article) and u.sentence.index < 0), None)
            if head is None or head is c.unit:
                return False
            return self.broken(Claim(unit=head, text=head.sentence.text))
        text = s.text.strip()
        if s.index < 0:
            return any(u.sentence.text.startswith(text) and u.sentence.text[len(text):len(text) + 1].isalnum()
                       for u in units[k + 1:k + 3])
        after = units[k + 1].sentence.text.lstrip(" \"“‘'(") if k + 1 < len(units) else ""
        before = units[k - 1].sentence.text.rstrip() if k > 0 and units[k - 1].sentence.index >= 0 else ""
        return bool(_TAIL.match(after) or (after[:1].isdigit() and _CUT_FIGURE.search(text))
                    or _TAIL.match(text) or (text[:1].isdigit() and _CUT_FIGURE.search(before))
                    or _cut_after(before))  # "… the Rev." / "Larry Kroon … said Saturday."

    def reads_as_claim(self, sentence: Sentence) -> bool:
        """``is_claim`` of the sentence, read once per text: ``check_facts`` asks it of each telling and
        the single-source list again of the telling shown."""
        known = self._is_claim.get(sentence.text)
        if known is None:
            known = self._is_claim[sentence.text] = is_claim(sentence, self.options)
        return known

    def units_with(self, text: str) -> list[Unit]:
        """The story's sentences (and headlines) whose text is ``text``."""
        return list(self._by_text.get(text.strip(), []))

    def unit_of(self, article: str, index: int) -> Unit | None:
        k = self._position.get((article, index))
        return None if k is None else self.by_article[article][k]

    # -- checking --------------------------------------------------------------------------------------
    def check(self, claim: Claim | Sentence | str, articles: Iterable[str] | None = None,
              hints: Iterable[Sentence] = (), support_only: bool = False, silent: bool = True,
              citing: bool = False) -> list[Link]:
        """Each article's verdict on ``claim`` (all the story's articles unless ``articles`` is given).
        ``silent=False`` leaves out the silent verdicts of articles the claim's words do not reach
        and nothing hints at (a caller keeping supports, differences and its hinted articles: a story
        of 500 articles has some 15,000 claims to check, most articles silent on each).

        The sentences compared are, per article, those sharing the most of the claim's content words
        (weighted by how rare they are in the story) and any ``hints`` (the sentences alignment put in
        the claim's fact). A sentence with the claim's very words states it. ``support_only``: the
        caller needs only the supporting articles, so sentences too far from the claim to support it
        are not compared (a fact told by one article, checked for others that tell it too).
        ``citing``: the check of what the brief cites and counts (summary citations, facts' support),
        which also reads a word the article writes split or joined otherwise ("reelection" / "Re -
        elect", ``_compounds_said``); the summary's selection weighs candidates without it, so the
        summary's sentences stay what they were (cite26).
        """
        if not isinstance(claim, Claim):
            claim = self.claim(claim)
        c = claim.unit
        wanted = list(dict.fromkeys(articles)) if articles is not None else self.order
        hinted: dict[str, set[int]] = {}
        for h in hints:
            hinted.setdefault(h.article, set()).add(h.index)
        verbatim = {(u.sentence.article): u for u in self._by_text.get(c.sentence.text.strip(), [])}
        every = self._weights(c)
        # what must be covered: the words besides the names (each name is checked as a party)
        scope = c.details if c.parties and c.details else c.stems
        if c.quotes and c.frame:
            scope = c.frame  # a quotation's words are checked whole: what else is said of it must be there
        weights = {st: every[st] for st in scope}
        total = math.fsum(weights.values())  # exact: the same however the set of stems iterates
        reach = self._reach(c, every, hinted.keys(), support_only)
        overlap, best_in, floor_, short, examine = reach.overlap, reach.best_in, reach.floor, reach.short, reach.examine
        if examine is not None and not silent and articles is None:  # in story order, with the articles without text
            wanted = sorted(examine.union(self._textless), key=self._rank.__getitem__)
        # the verdicts found before on this claim, when it is a sentence of the story (a clause cut from
        # one is read anew for each check and never checked twice)
        verdicts = self._verdicts.setdefault(c, {}) if self.unit_of(c.sentence.article, c.sentence.index) is c else None
        links = []
        for art in wanted:
            if examine is not None and art not in examine and art in self._first:
                if silent:
                    links.append(Link(article=art, status="silent"))
                continue
            units = self.by_article.get(art)
            if not units:
                links.append(Link(article=art, status="silent", missing="no text"))
                continue
            same = verbatim.get(art)
            if same is not None:  # the claim's own words: its own article, or a copy that repeats it
                links.append(Link(article=art, status="supports", ref=_ref(same.sentence), score=1.0))
                continue
            top_score = float(best_in[self._place[art]]) if best_in is not None and art in self._place else 0.0
            if art not in hinted and not short and (top_score < floor_ or top_score <= 0):
                if silent:
                    links.append(Link(article=art, status="silent"))
                continue
            hinted_here = {self._position[(art, i)] for i in hinted.get(art, ()) if (art, i) in self._position}
            # what follows depends only on the claim, the article, the floor and the hinted sentences:
            # a summary sentence is also a fact's telling, a single-source candidate or a timeline entry
            # (both verdicts, as cited and as the selection weighs them, come from one reading: mend28)
            key = (art, support_only, frozenset(hinted_here))
            if verdicts is not None and key in verdicts:
                links.append(verdicts[key][0 if citing else 1])
                continue
            first = self._first[art]
            scores = overlap[first:first + len(units)] if overlap is not None else np.zeros(len(units))
            top = np.argsort(-scores, kind="stable")[: self.options.support_candidates].tolist()
            picked = {k for k in top if scores[k] >= floor_ and scores[k] > 0}
            picked |= hinted_here
            if short:
                core = self._core(c)
                picked |= {k for k, u in enumerate(units)
                           if _in_order_at_least(core, u.said, self.options.support_short_order, self.options)}
            best = best_uncited = Link(article=art, status="silent")
            # the article's other sentences about the claim: a detail may be stated there ("… was
            # arrested Tuesday." then "She faces murder charges."), as a reader of the article sees it
            near = [k for k in top if scores[k] >= floor_ and scores[k] > 0]
            for k in sorted(picked):  # on a tie the earliest sentence (the headline first) is kept
                around = [units[j] for j in near if j != k]
                link, uncited = self._compared(c, weights, total, units, k, around, verdicts is not None)
                if _better(link, best):
                    best = link
                if _better(uncited, best_uncited):
                    best_uncited = uncited
            if best.status == "related":  # (the verdict as cited and counted, kept for a later check that cites;
                # the summary's selection weighs ``best_uncited``, so it is unchanged)
                best = self._paired(c, weights, total, units, best, [units[j] for j in near]) or best
            links.append(best if citing else best_uncited)
            if verdicts is not None and self._verdict_count < self.options.support_verdicts_kept:
                verdicts[key] = (best, best_uncited)
                self._verdict_count += 1
        return links

    def _paired(self, c: Unit, weights: dict[str, float], total: float, units: list[Unit], best: Link,
                near: Sequence[Unit]) -> Link | None:
        """The article's support of claim ``c`` told over two of its sentences (cite33, after cite29's
        dropped try): ``best``'s sentence states the claim's event — its words besides the details
        (``support_coverage`` of them), no case put ("if", "might") the claim does not put and, when it
        speaks of someone as "he" / "she", the claim's people by name or the sentence before naming
        only them (``_he_is``) — and lacks only plain details (a figure, a count, a date, a time of
        day, a named party or place), each of which one other sentence of the article gives: the next
        or the one before (``support_pair_sentences``) when it names a participant, shares a word of
        the event or opens on the happening (``_refers_back``), or one naming a participant both
        sentences name and sharing a word of the event. That sentence gives details only (no word of
        the claim's event the first lacks), tells no other time (a date but the claim's or the first
        sentence's), no other person (a person neither the claim nor the first sentence names: another
        victim), no negation, hedge, case put or quotation; a count it gives counts the claim's own noun ("two explosions"
        is not given by "a pair of missiles"). The two read as one must pass every rule of
        ``_compare``, and no sentence of the article may count a claimed thing otherwise (an article
        that differs is a side, never support). Never for a claim in quotation marks of any kind (whose
        words are whose is told in one place), nor with the headline. None: no such sentence."""
        if not best.missing or best.ref is None or c.quotes or c.phrases or best.ref.index < 0 \
                or _ANY_QUOTE_MARK.search(c.sentence.text):
            return None
        parts = best.missing.split("; ")
        if not all(_PAIR_DETAIL.match(part) and ("(" not in part or part.startswith("words")) for part in parts):
            return None
        k = self._position.get((best.article, best.ref.index))
        if k is None:
            return None
        u = units[k]
        if not is_claim(u.sentence, self.options):
            return None  # a fragment ("He, too.") tells no event of its own
        if _UNSURE.search(u.sentence.text) and not _UNSURE.search(c.sentence.text) \
                or hedging(u.sentence.text) and not hedging(c.sentence.text):
            return None  # "… might be if and when Bill was put in charge": a case put, not the event told
        detail = self._detail_stems(c)
        event = set(weights) - detail
        told = math.fsum(weights[st] for st in sorted(event))
        if not event or math.fsum(weights[st] for st in sorted(event & u.stems)) < self.options.support_coverage * told:
            return None  # the sentence does not tell the claim's event: two halves are not one claim
        people = self._people(c)
        if _PRONOUN.search(u.sentence.text) and not all(any(self._same_subject(p, n) for n in u.names) for p in people) \
                and not self._he_is(people, units, k):
            return None  # "he" may be anyone the article named before: the event's people are named in it
        names = {n for n in u.names if any(self._same_subject(p, n) for p in c.names)}
        lacked = (set(weights) & detail) - u.stems  # the detail's words the sentence lacks: the other gives them
        if not lacked and not any(not part.startswith("words") for part in parts):
            return None  # only event words lacking: no detail to find elsewhere
        for j, v in enumerate(units):
            if j == k or v.sentence.index < 0:
                continue
            same_one = bool(names) and any(self._same_subject(n, m) for n in names for m in v.names)
            shared = bool(event & u.stems & v.stems)
            if abs(j - k) > self.options.support_pair_sentences and not (same_one and shared):
                continue  # far away: it must name the claim's participant and tell its event
            if not (same_one or shared or _refers_back(v.sentence.text, event)):
                continue  # nothing of the claim's event or participants: the detail may be another happening's
            if not self._gives(c, parts, v) or not (lacked <= v.stems):
                continue
            if (event & v.stems) - u.stems:
                continue  # it adds words of the event, not only details: two halves are not one claim
            if _acts(v.sentence.text) - (c.stems | u.stems | detail) and not _acts(c.sentence.text) & v.stems \
                    and not all(part.startswith("party") or _names_figure(part, v.sentence.text) for part in parts):
                continue  # "The bus driver was arrested in Leeds on Friday.": another happening's day (mend53)
            if any(not any(same_date(m, o) for m in (*c.dates, *u.dates)) for o in v.dates):
                continue  # dated otherwise ("A fire in Leeds last year hurt three firefighters"): another time
            if any(not any(self._same_subject(p, n) or self._same_subject(n, p) for p in (*c.names, *u.names))
                   for n in self._people(v)):
                continue  # someone else is in it ("A second victim, Joe Bloggs, 31, …"): another's detail
            if v.negative or v.negated or v.quotes or hedging(v.sentence.text) or _UNSURE.search(v.sentence.text) \
                    or not is_claim(v.sentence, self.options):
                continue  # a detail denied, hedged or in someone's words is not told as the claim tells it
            first, second = (v, u) if j < k else (u, v)
            joined = _joined(first, second, u.sentence)
            view = list(units)
            view[k] = Unit(joined, joined.mentions, self.options)
            link, _ = self._compare(c, weights, total, view, k, [x for x in near if x is not u and x is not v])
            if link.status != "supports":
                continue
            if self._counted_otherwise(c, units):
                return None
            return Link(article=best.article, status="supports", ref=best.ref, score=link.score, also=_ref(v.sentence))
        return None

    def _he_is(self, people: Sequence[str], units: Sequence[Unit], k: int) -> bool:
        """Whether "he" / "she" in sentence ``k`` can only be the claim's person: the nearest sentence
        before it (within ``support_party_sentences``) that names anyone names the claim's people and no
        one else ("Cheeks compiled a 162-139 record …" then "He is the fifth NBA head coach fired")."""
        if not people:
            return False
        for x in reversed(units[max(0, k - self.options.support_party_sentences):k]):
            named = self._people(x)
            if named:
                return all(any(self._same_subject(p, n) or self._same_subject(n, p) for p in people) for n in named) \
                    and all(any(self._same_subject(p, n) for n in (*named, *units[k].names)) for p in people)
        return False

    def _people(self, u: Unit) -> list[str]:
        """The people a sentence names (the tagger's persons)."""
        return [str(m.value) for m in u._entities[1] if m.label == "PERSON"]

    def _gives(self, c: Unit, parts: Sequence[str], v: Unit) -> bool:
        """Whether sentence ``v`` itself gives each detail ``parts`` (a related link's ``missing``) says
        the claim's sentence lacks: the figure written, the count of the claim's own noun, the date,
        the part of the day, the party or place named (a possessor with the thing it holds: "Ford's
        record" is not given by "Ford was on hand to congratulate him")."""
        for part in parts:
            kind, _, what = part.partition(" ")
            if kind == "figures":
                if not {f.strip() for f in what.split(",")} <= v.figures:
                    return False
            elif kind == "count":
                if not any(m.text == what and any(same_figure(m, o) and self._counts_same(m, o) for o in v.counts)
                           for m in c.counts):
                    return False
            elif kind == "date":
                if not any(m.text == what and any(same_date(m, o) for o in v.dates) for m in c.dates):
                    return False
            elif kind == "time":  # "time of day this morning"
                if not any(d in v.dayparts for d in what.removeprefix("of day ").split(", ")):
                    return False
            elif kind == "words":
                continue  # (the detail's words: ``_paired`` asks for them)
            elif kind in ("party", "place"):
                owner = re.compile(r"\b" + re.escape(what.split()[-1] if what.split() else what) + r"(['’]s?)?\s+(\w+)")
                held = next((h for h in owner.finditer(c.sentence.text) if _qualifies(h)), None)
                if held and not any(h.group(2).lower() == held.group(2).lower() for h in owner.finditer(v.sentence.text)):
                    return False  # "Ford's record", "two Evansville defenders": the name qualifies a thing
                if not any(same_party(what, n) or self._same_subject(what, n) for n in (*v.names, *v.places_named)):
                    return False
            else:
                return False
        return True

    def _detail_stems(self, c: Unit) -> frozenset[str]:
        """The words of a claim's details: its names, dates, figures and counts, and an age's words
        ("a 34-year-old Leeds man": the age and its words)."""
        out: set[str] = set()
        for m in c.mentions:
            if m.kind in ("entity", "date", "number"):
                out |= content(m.text)
        for m in c.counts:  # "40 kilograms of cocaine": what the figure counts is part of the figure
            after = _COUNTED_WORD.match(c.sentence.text, m.end)
            out |= content(after.group(1)) if after else frozenset()
        for p in c.parties:
            out |= content(p)
        if c.ages:
            out |= _AGE_STEMS
        return frozenset(out)

    def _counted_otherwise(self, c: Unit, units: Sequence[Unit]) -> bool:
        """Whether a sentence of the article counts one of the claim's counted things with another
        value ("three people" for the claim's "two people")."""
        for m in c.counts:
            for x in units:
                if any(self._counts_same(m, o) and not any(same_figure(y, o) or bound_unstated(y, o) for y in c.counts)
                       and not _ages_of_others(c, m, x, o) and not _vague_against_exact(m, o) for o in x.counts):
                    return True
        return False

    def _compared(self, c: Unit, weights: dict[str, float], total: float, units: list[Unit], k: int,
                  around: list[Unit], keep: bool) -> tuple[Link, Link]:
        """``_compare``, kept per (claim, sentence, sentences around) when ``keep`` (the claim is a story
        sentence): the same sentence is compared with the same claim again when the claim is checked
        with other hints or for support only (selection weighs a candidate, then the brief cites it and
        checks it as a fact's telling): 625 of 3,281 comparisons on 50 Multi-News stories (speed23).
        ``weights`` and ``total`` are the claim's own (``check``), so they need no place in the key."""
        if not keep:
            return self._compare(c, weights, total, units, k, around)
        key = (c, units[k], tuple(map(id, around)))
        found = self._comparisons.get(key)
        if found is None:
            found = self._compare(c, weights, total, units, k, around)
            if self._verdict_count < self.options.support_verdicts_kept:
                self._comparisons[key] = found
                self._verdict_count += 1
        return found

    def _reach(self, c: Unit, every: dict[str, float], hinted: Iterable[str], support_only: bool,
               keep: bool = False) -> _Reach:
        """Which articles ``check`` compares claim ``c`` with: found with one array comparison of the
        claim's word overlap with every sentence (the others are silent: their best sentence is below
        the floor; looking at each in turn made checking quadratic in big stories). ``every``: the
        IDF of each claim stem; ``hinted``: articles compared whatever their overlap.

        ``keep``: hold the result for the next call on the same claim, once (``reach``, the bound
        ``check_facts`` prunes tellings with, then ``check``, which must see the very same row)."""
        held, self._held = self._held, None
        if held is not None and held.unit is c and held.every == every and held.support_only == support_only:
            base = held
        else:
            overlap = self._prefetched(c)
            if overlap is None:
                overlap = self._overlap(every)
            total_every = math.fsum(every.values())
            floor_ = self.options.support_related_coverage * total_every
            if support_only:  # a synonym adds little: far below the paraphrase share, nothing can support
                floor_ = max(floor_, (self.options.support_paraphrase_coverage - 0.15) * total_every)
            # a claim with almost nothing besides names is looked for by its words in order, anywhere
            short = not c.quotes and len(c.details) < self.options.support_min_details
            best_in = np.maximum.reduceat(overlap, self._starts) if overlap is not None and len(self._starts) else None
            close: set[str] | None = None
            if not short and best_in is not None:
                found = np.flatnonzero((best_in >= floor_) & (best_in > 0))
                cap = self.options.support_max_articles
                if len(found) > cap:  # the closest (story order on ties); hinted articles and copies come on top
                    found = found[np.argsort(-best_in[found], kind="stable")[:cap]]
                close = {self._starts_of[k] for k in found.tolist()}
            base = _Reach(c, every, support_only, overlap, best_in, floor_, short, close)
        if keep:
            self._held = base
        if base.close is None:
            return base
        verbatim = {u.sentence.article for u in self._by_text.get(c.sentence.text.strip(), [])}
        # built field by field: ``dataclasses.replace`` reads the class's fields on every call (each check)
        return _Reach(base.unit, base.every, base.support_only, base.overlap, base.best_in, base.floor, base.short,
                      base.close, base.close | set(hinted) | verbatim)

    def reach(self, claim: Claim, hints: Iterable[Sentence] = (), support_only: bool = False) -> int:
        """The most independent sources ``check(claim, hints=hints, support_only=...)`` can find
        supporting ``claim``: those of the articles it compares the claim with (every article for a
        short claim). Cheap (one overlap row, kept for that ``check``): ``check_facts`` skips a
        telling that cannot beat the best one found."""
        c = claim.unit
        every = self._weights(c)
        found = self._reach(c, every, {h.article for h in hints}, support_only, keep=True).examine
        return self.independent(self.order if found is None else found)

    def verbatim_only(self, claim: Claim, hints: Iterable[Sentence] = ()) -> list[Link] | None:
        """``check(claim, hints=hints, support_only=True, silent=False)`` when it needs no comparison:
        every article it would compare the claim with writes the claim's very words (its own article,
        a copy that repeats it), so each supports it word for word and the others are left out; None
        otherwise. Most sentences one article tells are so (2,080 of 2,156 in 60 Multi-News stories):
        their check was a loop over the story's articles to find nothing."""
        c = claim.unit
        reach = self._reach(c, self._weights(c), {h.article for h in hints}, True, keep=True)
        if reach.examine is None:
            return None
        same = {u.sentence.article: u for u in self._by_text.get(c.sentence.text.strip(), [])}
        if not reach.examine <= same.keys():
            return None  # ``check`` takes the held overlap row
        self._held = None
        return [Link(article=art, status="supports", ref=_ref(same[art].sentence), score=1.0) if art in same
                else Link(article=art, status="silent", missing="no text")
                for art in sorted(reach.examine.union(self._textless), key=self._rank.__getitem__)]

    def _weights(self, c: Unit) -> dict[str, float]:
        """The IDF of each stem of claim ``c``, kept for the next call on the same claim (``reach`` then
        ``check``, which compares it with the held overlap row). The caller must not modify it."""
        held = self._held_weights
        if held is not None and held[0] is c:
            return held[1]
        every = {st: self._idf.get(st, self._default_idf) for st in c.stems}
        self._held_weights = (c, every)
        return every

    @cached_property
    def _rank(self) -> dict[str, int]:
        """Each article's place in the story's order (``check`` lists verdicts in it)."""
        return {a: k for k, a in enumerate(self.order)}

    @cached_property
    def _place(self) -> dict[str, int]:
        """Each article with text -> its place in ``_starts`` (its best overlap in ``check``)."""
        return {a: k for k, a in enumerate(self._starts_of)}

    @cached_property
    def _textless(self) -> list[str]:
        """The story's articles without a sentence (each silent, "no text", on every claim)."""
        return [a for a in self.order if not self.by_article.get(a)]

    def prefetch(self, claims: Sequence[Claim]) -> None:
        """Queue the word overlap of many claims with every sentence (the facts of a story are all
        checked), computed in matrix products of ``_PREFETCH_ROWS`` claims as ``check`` reaches
        them, for it to use once each: memory holds about one product, not a row per claim (12,000
        rows × 100,000 sentences, gigabytes, in a huge story)."""
        for c in claims:
            if id(c.unit) not in self._overlaps and id(c.unit) not in self._queued:
                self._queued[id(c.unit)] = len(self._queue)
                self._queue.append(c.unit)

    def _prefetched(self, unit: Unit) -> np.ndarray | None:
        """The queued overlap of ``unit`` (its chunk of the queue computed now if not yet), once."""
        at = self._queued.pop(id(unit), None)
        if at is not None and id(unit) not in self._overlaps:
            start = at - at % _PREFETCH_ROWS
            chunk = self._queue[start:start + _PREFETCH_ROWS]
            rows, cols, vals = [], [], []
            for r, u in enumerate(chunk):
                for st in u.stems:
                    k = self._vocab.get(st)
                    if k is not None:
                        rows.append(r)
                        cols.append(k)
                        vals.append(self._idf[st])
            q = csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)),
                           shape=(len(chunk), self._matrix.shape[1]))
            product = (q @ self._matrix.T).toarray()
            # rows of an earlier chunk not yet used are dropped (their claims compute their own row
            # when reached): claims checked out of queue order kept every chunk's product alive, and
            # memory grew with the story (2.3 GB at 100,000 sentences)
            for k in list(self._overlaps):
                self._queued.pop(k, None)
            self._overlaps.clear()
            for r, u in enumerate(chunk):
                if id(u) in self._queued or u is unit:  # claims already checked need no row
                    self._overlaps[id(u)] = product[r]
        return self._overlaps.pop(id(unit), None)

    def _overlap(self, weights: dict[str, float]) -> np.ndarray | None:
        cols = [(self._vocab[s], w) for s, w in weights.items() if s in self._vocab]
        if not cols or not self.units:
            return None
        vec = np.zeros(self._matrix.shape[1], dtype=np.float32)
        for k, w in cols:
            vec[k] = w
        return np.asarray(self._matrix @ vec).ravel()

    def _soft(self, missing: dict[str, str], window: dict[str, str], threshold: float | None = None) -> set[str]:
        """Claim stems (written in lower case) another word of the window says in other words
        ("troops" / "soldiers", "began" / "started"): word-vector cosine at or above ``threshold``
        (``options.support_synonym``). Names, figures and dates never match this way."""
        threshold = self.options.support_synonym if threshold is None else threshold
        if not missing or not window:
            return set()
        families = {_FAMILY[st] for st, w in window.items() if st in _FAMILY and not w.endswith("ly")}
        mine = _word_vectors(list(missing.values()))
        theirs = _word_vectors(list(window.values()))
        best = (mine @ theirs.T).max(axis=1)
        return {st for st, b in zip(missing, best)
                if b >= threshold or (_FAMILY.get(st, -1) in families and not missing[st].endswith("ly"))}

    def _synonyms(self, c: Unit, u: Unit) -> dict[str, str]:
        """Words of ``u`` (lower case, outside quotations) that say a word of claim ``c`` the claim
        writes in lower case ("soldiers" for "troops"): word -> the claim word's stem."""
        mine, theirs = plain(c.sentence.text), plain(u.sentence.text)
        missing = {st: w for st, w in mine.items() if st not in theirs}
        other = {w: st for st, w in theirs.items() if st not in mine}
        if not missing or not other:
            return {}
        sims = _word_vectors(list(other)) @ _word_vectors(list(missing.values())).T
        stems = list(missing)
        out = {w: stems[int(row.argmax())] for w, row in zip(other, sims) if row.max() >= self.options.support_synonym}
        for w, st in other.items():
            same = [m for m in stems if _FAMILY.get(m, -1) == _FAMILY.get(st, -2) and not w.endswith("ly")]
            if same and w not in out:
                out[w] = same[0]
        return out

    def _alike(self, a: str, b: str) -> bool:
        """Two nouns or verbs (lemmas) for one thing: equal, or word vectors at least
        ``options.support_count_noun`` apart ("troop" / "soldier", "kill" / "die")."""
        a, b = a.lower(), b.lower()
        return a == b or (a.isalpha() and b.isalpha()
                          and bool(self._soft({a: a}, {b: b}, self.options.support_count_noun)))

    def _counts_same(self, claim: Mention, other: Mention) -> bool:
        """Two count mentions of the same thing: the same noun or a synonym ("troops", "soldiers"),
        or, for bare counts, the same event."""
        if claim.label and other.label:
            return self._alike(str(claim.label), str(other.label))
        return bool(claim.predicate and other.predicate) and self._alike(str(claim.predicate), str(other.predicate))

    def _counts_for(self, claim: Mention, u: Unit) -> tuple[Mention, ...]:
        """The counts of sentence ``u`` that may state the claim's count: when ``u`` counts the claim's
        noun (or a synonym) somewhere, not a count of another noun it also reads ("three outboard
        motors" is not stated by "three other automatic weapons … up to three outboard motors");
        otherwise every count, since the parse may read one noun apart ("a 6. 4 - magnitude quake")."""
        if not claim.label:
            return u.counts
        own = [self._alike(str(claim.label), str(o.label)) if o.label else None for o in u.counts]
        if not any(own):
            return u.counts
        return tuple(o for o, same in zip(u.counts, own) if same is not False)

    def _one_against_many(self, c: Unit, u: Unit) -> list[str]:
        """A claim's count of one against the sentence's count of two or more of the same noun (cite30):
        "a man confronted Smith" is not stated by "two men confronted Smith" — an indefinite article is
        a count the figure reader leaves unread. Not when the sentence also tells one of them ("one of
        the men", "another", "the man"), nor when the claim counts that noun itself ("a man … two men"):
        then they may be a part and the whole. The words describing the noun must be the same on both
        sides ("a death sentence" is no count of "seven life sentences", "a building" none of "two
        other buildings"). The claim's count is then not stated (the sentence is related), never a
        differing value: readers read "a man" / "two men" as a detail missing, and "serving a life
        sentence" / "three life sentences" as compatible (cite30's reading). The other way round ("two
        men" / "a man") the claim's count is unstated already."""
        out = []
        for o in u.counts:
            if not _many_told(o) or any(x.label and self._alike(str(o.label), str(x.label)) for x in c.counts):
                continue
            hit = _told_as_one(c.sentence.text, str(o.label))
            if hit is None or _ONE_PART.search(u.sentence.text) \
                    or _told_as_one(u.sentence.text, str(o.label), "a|an|the|this|that|one"):
                continue
            mods = _many_modifiers(u.sentence.text, o)
            if mods is None or not _modifiers_said(hit.group("mods").split(), u.sentence.text) \
                    or not _modifiers_said(mods, c.sentence.text):
                continue  # "a death sentence" / "seven life sentences": not one of the same things
            out.append(f"count {c.sentence.text[hit.start():hit.end('noun')]} / {o.text}")
        return out

    def _cosine(self, a: Unit, b: Unit) -> float:
        """Cosine of two units' embeddings centred on the story's mean sentence vector (as alignment
        compares them): inside one story every sentence shares the topic, so raw cosines are high for
        any two sentences on it; centred, what remains is what each says of its own."""
        from accord import embed

        if self._centre is None:
            texts = list(self._by_text)
            # a story of a few sentences has no topic apart from them: their own cosine is the measure
            few = len(texts) < self.options.support_centre_min_sentences
            self._centre = np.zeros(embed.dim(), np.float32) if few else embed.encode(texts).mean(axis=0)
        need = [t for t in (a.sentence.text, b.sentence.text) if t not in self._sentence_vectors]
        if need:
            for t, v in zip(need, embed.encode(need)):
                v = v - self._centre
                norm = float(np.linalg.norm(v))
                self._sentence_vectors[t] = v / norm if norm > 0 else v
        return float(self._sentence_vectors[a.sentence.text] @ self._sentence_vectors[b.sentence.text])

    def _compare(self, c: Unit, weights: dict[str, float], total: float, units: list[Unit], k: int,
                 around: Sequence[Unit] = ()) -> tuple[Link, Link]:
        """The verdict of sentence ``k`` of an article on claim ``c``: its words must cover the claim's
        (``weights``: IDF of each claim stem, ``total`` their sum) and every figure, date, quotation and
        named party of the claim must be in it — dates and parties may also be in the article's other
        sentences about the claim (``around``). Two verdicts from one reading (mend28): as the brief
        cites, and as the summary's selection weighs (without ``_compounds_said``); they differ only
        where that rule lifts a sentence, so a summary sentence is read once for both."""
        u = units[k]
        s0 = u.sentence
        art = s0.article
        ref = _ref(s0)
        opts = self.options
        uncited: Link | None = None
        stems = u.stems
        if c.quotes and k > 0 and max(len(q.split()) for q in c.quotes) >= opts.support_quote_context \
                and not u.parties:
            # a long quotation's attribution may open the paragraph before ("he said" here), never when
            # this sentence names its own speaker ("…,” the White House said in a statement)
            stems = stems | units[k - 1].stems
        matched = set(weights) & stems
        if c.counts and all(any(same_figure(m, o) for o in self._counts_for(m, u))
                            or counted_by_article(m, c.sentence.text, s0.text) for m in c.counts):
            matched |= set(weights) & _NUMBER_STEMS  # "a dozen people" / "12 people": the count is said
        matched |= {st for st in weights if _ORDINAL_STEMS.get(st) in u.figures}  # "eleventh" / "11th"
        money_said = bool(c.money_in_words) and all(
            any(o.value == m.value and o.label == m.label and not number_reader.sum_in_words(o)
                and same_figure(m, o) for o in u.counts)  # "more than $1 million" is not "one-million dollars"
            for m in c.money_in_words)
        if money_said:
            matched |= set(weights) & _MONEY_STEMS  # "one-million dollars" / "$1 million": the sum is said
        if set(weights) - matched:  # "RB" / "running back"
            matched |= (set(weights) - matched) & abbreviated(c.sentence.text, s0.text)
        if set(weights) & _AGE_STEMS and _AGE_WORDS.search(c.sentence.text) \
                and {m.group(1) for m in _AGE_WORDS.finditer(c.sentence.text)} <= u.ages:
            matched |= set(weights) & _AGE_STEMS  # "48-year-old Robyn Mendes" / "Robyn Mendes, 48,"
        if c.hedges and u.hedges:  # "the suspected gunman" / "the man believed to be the shooter"
            matched |= set(weights) & c.hedges
        matched |= self._source_described(c, u, set(weights) - matched)
        people = [str(m.value) for m in u._entities[1] if m.label == "PERSON"]
        could = (set(weights) - matched) & self._description_stems(art) if people else set()
        if could and not (total and math.fsum(weights[st] for st in matched | could)
                          < opts.support_related_coverage * total):
            # "a Mafia boss" / "Giuseppe Rossi", where the article itself calls him one ("Rossi, a
            # Mafia boss, …", "Mafia boss Giuseppe Rossi"): the description names the man it describes.
            # Asked only when a word the article uses in some description is missing and could lift
            # the sentence over the coverage floor (most compared sentences fall short of it anyway)
            matched |= could & self._described(art, tuple(sorted(people)))[0]
        score = math.fsum(weights[st] for st in matched)  # exact: a tie stays a tie whatever the set's order
        if total and score < opts.support_related_coverage * total:
            silent = Link(article=art, status="silent", score=score / total)
            return silent, silent
        coverage = score / total if total else 1.0
        unsaid: set[str] = set()  # claim stems the sentence writes, but not where it states the claim
        missing: list[str] = []
        differs: list[str] = []
        # a figure written with a scale word ("1.5 million", "$2.6bn") is stated by the same value
        # written out ("1,500,000") when the count holding it has the same noun; a figure of two or more
        # digits written whole ("12", "1,500,000": what the reference floor reads) must be written so
        by_value = {f for m in c.counts for f in figures_written(m.text) if not FIGURE.fullmatch(f)
                    and any(same_figure(m, o) and self._counts_same(m, o) for o in u.counts)}
        elsewhere = self._ages_told(c, u, art)  # "Andrew Lopez, 20," told in another sentence of the article
        lost = sorted(c.figures - u.figures - by_value - elsewhere)
        if lost:
            missing.append("figures " + ", ".join(lost))
        for m in c.counts:
            if any(w.start <= m.start < w.end for w in c.money_in_words):
                if not money_said:  # "a two - million - euro booty" is not said by "$2 million"
                    missing.append(f"sum {m.text}")
                continue  # the sum, said in figures in its currency
            if any(same_figure(m, o) for o in self._counts_for(m, u)):
                continue
            bare = next((o for o in self._counts_for(m, u) if bound_unstated(m, o)), None)
            if bare is not None:
                if not _written(m.text, s0.text):  # (a bound written in the claim's words is said, however read)
                    missing.append(f"bound {m.text} / {bare.text}")  # "at least 10" / "10" (cite31)
                continue
            other = next((o for o in u.counts if self._counts_same(m, o)
                          # "30 … 25" both the claim's; "at least 49 … two mosques" / "49 … two mosques" no "two / 49"
                          and not any(same_figure(x, o) or bound_unstated(x, o) for x in c.counts)
                          and not _ages_of_others(c, m, u, o) and not _vague_against_exact(m, o)), None)
            if other is not None:
                differs.append(f"{m.text} / {other.text}")
            elif not any(f in elsewhere for f in figures_written(m.text)) \
                    and not counted_by_article(m, c.sentence.text, u.sentence.text):
                missing.append(f"count {m.text}")
        missing += self._one_against_many(c, u)
        for m in c.dates:
            if not any(same_date(m, o) for x in (u, *around) for o in x.dates):
                missing.append(f"date {m.text}")
        # a part of the day counts where the article attaches it to the claim's event: "Police have this
        # morning charged him and he will appear before magistrates" does not date the appearance
        lost_parts = c.dayparts
        if lost_parts:
            event = _daypart_event(c)
            lost_parts -= frozenset().union(*(_dayparts_of(x.sentence.text, event) for x in (u, *around)))
        if lost_parts:
            missing.append("time of day " + ", ".join(sorted(lost_parts)))
        for phrase, forms in c.regions:
            # (cite31) where in a thing: "handcuffed them in the back of the vehicle" is not stated by
            # "handcuffed them in the vehicle"; the article's sentences about the claim may say it
            if not any(re.search(forms, x.sentence.text, re.I) for x in (u, *around, *units[max(0, k - 1):k])):
                missing.append(f"where in it: {phrase}")
        if c.phrases:
            # a quoted phrase is the outlet's words ("mother vessel"), not a paraphrase of them
            here = "".join(x.said for x in [u, *units[k + 1:k + 1 + opts.support_quote_sentences]])
            for ph in c.phrases:
                if ph not in here:
                    missing.append("quoted phrase “" + ph.strip() + "”")
        if c.quotes:
            # a quotation may run on over the article's next sentences, but it starts in this one
            tail = units[k + 1:k + 1 + opts.support_quote_sentences] if s0.index >= 0 else []
            said = "".join(x.said for x in [u, *tail])
            for q in c.quotes:
                if not 0 <= said.find(q) < len(u.said) - 1:
                    missing.append("quotation “" + q.strip()[:40] + "”")
                elif quote_closed(q, c.sentence.text) \
                        and quote_runs_on(q, " ".join(x.sentence.text for x in [u, *tail])):
                    missing.append("quotation cut short “" + q.strip()[-40:] + "”")
        elif _word_count(c.said) <= opts.support_short_words or len(c.details) < opts.support_min_details:
            # a short claim, or one with almost nothing besides names, says little besides its few
            # words ("It was under the command of pirates", "John Carmack would be there", "If so, any
            # of us could have been Trayvon Martin"): nearly all of them, close together and in its
            # order, or it is another claim (who reported it, "…, police said", is checked as a party)
            left: frozenset[str] | set[str] | None = self._said_in_order(c, u)
            if left is None:
                missing.append("the claim's words in order")
            elif left:
                # a word of the claim left out of that stretch is not said by the same word written
                # elsewhere in the sentence ("Lindsay Lohan checks into court" / "Lindsay Lohan has
                # checked into the Betty Ford Center to begin a 90-day court-mandated stay"): it says
                # something else there
                far = {_FAMILY_STEM.get(st, st) for st in left} & matched
                if far:
                    matched = matched - far
                    unsaid |= far
                    coverage = math.fsum(weights[st] for st in matched) / total if total else 1.0
        if c.parties:
            # who is meant may be named in the sentences before ("he said", "the company")
            context = [u] + [x for x in units[max(0, k - opts.support_party_sentences):k] if x.sentence.index >= 0]
            context += [x for x in around if x not in context]
            if any(not any(self._same_subject(p, n) for p in c.names) for n in u.opening):
                context = [u]  # the sentence opens with someone else ("Butler picked off the pass"): about them
            named = frozenset().union(*(x.names for x in context))
            said = "".join(x.said for x in context)
            stems = frozenset().union(*(x.stems for x in context))
            agents = _agents(c.sentence.text, c.parties)
            doers = c.doers
            for p in c.parties:
                if p in doers and not self._doer_named(c, p, units, k):
                    missing.append(f"doer {p}")  # "Manning's pass to Clark" / "Clark scored on a pass"
                    continue
                if p in agents and not self._agent_named(c, p, [x for x in context if x not in around], around):
                    missing.append(f"agent {p}")  # "pulled over by the California Highway Patrol"
                    continue
                if p in c.origins:
                    # "a Vancouver man" is not stated by "a man … at a party in Vancouver"
                    if not any(same_party(p, o) for o in u.origins):
                        missing.append(f"origin {p}")
                    continue
                if any(same_party(p, o) for o in u.origins) and not any(same_party(p, n) for n in u.places_named):
                    missing.append(f"place {p}")  # "a party in Vancouver" is not stated by "a Vancouver man"
                    continue
                if p in c.sources and u.sources and not any(same_party(p, o) or same_party(o, p) for o in u.sources):
                    missing.append(f"source {p}")  # "…, according to her lawyer John Smith": another source
                    continue
                other = self._other_in_role(c, p, u)
                if other is not None:
                    missing.append(f"party {p} (the sentence's {other})")  # "running back Chris Ivory"
                    continue
                if self._where_within(c, p, u):
                    continue  # "in Cumbria" for "in Millom", the story writing "Millom, Cumbria"
                lacking = self._where_lacking(c, p, u)
                if lacking:
                    missing.append(lacking)  # "in the Gulf of Aden" / "off Somalia"
                    continue
                if self._only_possible(c, p, context, art):
                    missing.append(f"place {p} (only as a possibility)")  # "may head for Djibouti"
                    continue
                if _spelt_otherwise(c.sentence, p, [x.sentence for x in context]):
                    missing.append(f"party {p} (spelt otherwise)")  # "Ilene Wolff" / "Ilene Wolfe"
                    continue
                if p in c.descriptors or _named(p, named, said, stems, p in c.opening):
                    holder = self._place_in_names(p, context, c.sentence.text) or self._seat_only(p, context, c.sentence.text)
                    if holder is None:
                        continue
                    missing.append(f"place {p} (only in the name {holder})")  # "Woodburn Police Department"
                    continue
                if p in c.sources and not u.sources and self._named_in(art, p):
                    # who reported it ("…, the California Highway Patrol said"), named elsewhere in an
                    # article whose sentence gives no other source: the article tells what they said
                    continue
                if people and all(f" {w} " in self._described(art, tuple(sorted(people)))[1] for w in words(fold(p))):
                    continue  # "a Mafia boss", the article calling the man the sentence names one
                if p in c.modifiers and c.modifiers[p] in u.stems and self._named_in(art, p):
                    # "the NFL team" / "the team", in an article that names the NFL: the noun is the
                    # party, the name says which; the article says which team it means
                    continue
                if p in c.places and not u.places and self._named_in(art, p) \
                        and self._place_in_names(p, self.by_article[art], c.sentence.text) is None:
                    # "London's Sunday Times", "Delphi, Indiana": a place the article names, when the
                    # sentence itself names no other place ("off Somalia" does not state "in the Gulf")
                    continue
                surname = [w for w in words(fold(p)) if w not in NAME_SUFFIXES][-1:]
                if " " in p.strip() and surname and f" {surname[0]} " in said and self._named_in(art, p):
                    continue  # "Taylor said", the article having named William W. Taylor III
                shorts = _ABBREVIATION.findall(p)
                if shorts and all(abbreviated(x, s0.text) for x in shorts) \
                        and _named(_ABBREVIATION.sub(" ", p), named, said, stems, p in c.opening):
                    continue  # "Saints RB Reggie Bush" / "Saints running back Reggie Bush"
                missing.append(f"party {p}")
        if not (c.parties and any(not any(self._same_subject(p, n) for p in c.names) for n in u.opening)):
            window = [u] + [x for x in units[max(0, k - opts.support_party_sentences):k] if x.sentence.index >= 0]
        else:
            window = [u]
        for short in _initials_places(c.sentence.text):
            if not any(_initials_place_in(short, x.sentence.text) for x in window):
                missing.append(f"place {short}")  # "a 20 - 13 win in K. C.": where the game was
        want = c.credit
        if want is not None:
            self._check_credit(c, want, units, k, missing)
        positive = u.stems - u.negated
        if (c.negated & positive) or ((c.stems - c.negated) & u.negated) or (c.negative and not u.negative):
            missing.append("negation")
        flip = {"in": "out", "out": "in"}
        if any((flip[d], n) in u.moves and (d, n) not in u.moves for d, n in c.moves):
            missing.append("direction")  # "checked into Betty Ford" / "checked out of Betty Ford"
        # "convicted" / "charged" (cite35): another act, unless the article's headline or its other sentences about
        # the claim tell the claim's act as done (a reader reads the article: "Microsoft releases patch" over "was
        # to release a patch yesterday")
        missing += told_otherwise(c.sentence.text, s0.text,  # (read only when the sentence lacks the act)
                                  (x.sentence.text for x in chain(around, units) if x.sentence.index < 0 or x in around))
        # a person or place the claim attaches to its act, told by the sentence of another act (cite36)
        missing += _detail_told_with(c.sentence.text, s0.text, opts)
        missing += _lesser_post(c.sentence.text, s0.text)  # "head coach" / "associate head coach" (mend65)
        if c.quotes:  # a quotation's speaker, never another one nor the outlet the speaker told (cite36)
            missing += self._told_not_said(c, [u, *units[k + 1:k + 1 + opts.support_quote_sentences]])
        if not missing and not differs:
            # the manner may be told in the sentences around ("…," she added in a statement.), or by a
            # line that introduces the text after it ("Here's the Academy's official release:")
            if c.manners:  # (read only for a claim that names how it was said)
                intros = [x for x in units[:k] if x.sentence.index >= 0 and x.sentence.text.rstrip().endswith(":")]
                missing += self._manner_lacking(c, u, [*around, *units[max(0, k - 1):k], *intros,
                                                        *units[k + 1:k + 1 + opts.support_quote_sentences]])
            missing += self._told_as_claimed(c, u, around)
        if differs:
            differing = Link(article=art, status="differs", ref=ref, missing="; ".join(differs), score=coverage)
            return differing, differing
        if not missing and coverage < opts.support_coverage:
            # every detail is there: are the other words said in other words?
            loose = {st: w for st, w in plain(c.sentence.text).items()
                     if st in weights and st not in matched and st not in unsaid}
            soft = self._soft(loose, plain(u.sentence.text))
            coverage += sum(weights[st] for st in soft) / total
            left = set(weights) - matched - soft
            if coverage < opts.support_coverage and left and not unsaid and left <= self._role_of_named(c, u, left):
                # every word said but the role the claim gives a person the sentence names ("running
                # back Pierre Thomas" / "the Saints placed Thomas on injured reserve"); only then: a
                # role never lifts a sentence that leaves out something else ("in a written statement")
                coverage = opts.support_coverage
            if opts.support_paraphrase_coverage <= coverage < opts.support_coverage and not unsaid:
                cosine = self._cosine(c, u)
                if cosine >= opts.support_paraphrase_similarity:
                    coverage = opts.support_coverage  # most of the words, and a sentence that means the same
                elif cosine >= opts.support_paraphrase_one_word_similarity and _one_minor_word(
                        c.sentence.text, set(weights) - matched - self._soft(loose, plain(u.sentence.text))):
                    coverage = opts.support_coverage  # every word said but one that adds no event
            if coverage < opts.support_coverage and left and not unsaid \
                    and _compounds_said(c.sentence.text, u.sentence.text, left):
                # every word said, the rest written split or joined otherwise (cite26): "Nixon's reelection
                # committee" / "Nixon's Committee to Re - elect the President", "flower pot" / "flowerpot";
                # only when citing: the verdict the summary's selection weighs is the one without it
                uncited = Link(article=art, status="related", ref=ref, missing=f"words ({coverage:.2f} of the claim's)",
                               score=coverage)
                coverage = opts.support_coverage
        if not missing and coverage >= opts.support_coverage:
            only = self._only_suspected(c, u, weights)
            if only:  # "investigators suspect arson" does not state "… an arson fire" (issue 12)
                missing.append(f"only suspected ({', '.join(only)})")
        if missing or coverage < opts.support_coverage:
            if not missing:
                missing.append(f"words ({coverage:.2f} of the claim's)")
            link = Link(article=art, status="related", ref=ref, missing="; ".join(missing), score=coverage)
        else:
            link = Link(article=art, status="supports", ref=ref, score=coverage)
        return link, (uncited if uncited is not None else link)

    def _agent_named(self, c: Unit, party: str, near: Sequence[Unit], around: Sequence[Unit]) -> bool:
        """Whether an article names who did what the claim says was done "by" ``party``: in the
        sentence or the sentences before it (who it says said it, "…, the California Highway Patrol
        said", counting), or in another of its sentences about the claim that tells the same event (a
        word of the claim's besides the names); never by a sentence that names the body about something
        else ("…, according to the California Highway Patrol" of another man's probation)."""
        def names(xs: Sequence[Unit]) -> bool:
            return bool(xs) and _named(party, frozenset().union(*(x.names for x in xs)), "".join(x.said for x in xs),
                                       frozenset().union(*(x.stems for x in xs)), False)
        return names(near) or any(names([x]) and bool(x.stems & c.details) for x in around)

    def _only_suspected(self, c: Unit, u: Unit, weights: dict[str, float]) -> list[str]:
        """Words of claim ``c`` that sentence ``u`` says only where it suspects, thinks possible or
        denies them ("investigators suspect arson", "it could be the work of an arsonist" for "an
        arson fire"), itself or by a synonym no other word of the sentence gives. A claim that hedges
        or denies something itself is read as before (one outlet's hedge is another's)."""
        text = u.sentence.text
        inside, outside = hedge_split(text)
        if not inside or hedging(c.sentence.text):
            return []
        said = content(outside)
        # a quotation the claim gives is checked word for word: its speaker's "I think that …" is his
        mine = set(weights) - _WHEN_STEMS - (content(" ".join(c.quotes)) if c.quotes else frozenset())
        only = mine & (content(inside) - said)
        loose = {st: w for st, w in plain(c.sentence.text).items()
                 if st in mine and st not in only and _FAMILY_STEM.get(st, st) not in said}
        if loose:  # said by a synonym: "arsonist" / "arson"
            only |= self._soft(loose, plain(inside)) - self._soft(loose, plain(outside))
        if only and _AIMED_VERB.search(c.sentence.text):
            # (cite31) a verb the claim itself writes after "to" ("a request to block …") is no act told
            # as done, so an article's move toward it ("sought to block") tells as much
            aimed = content(" ".join(m.group(1) for m in _AIMED_VERB.finditer(c.sentence.text)))
            # (cite32) ... save a threat, an expectation or a hope, which the claim does not tell: "House
            # Democrats to subpoena …" is a plan, "are threatening to subpoena" a condition
            moved = content(" ".join(text[m.end():verb.end()] for m in _HEDGE_MARK.finditer(text)
                                     if m.group("move") and (verb := _MOVE_VERB.match(text, m.end()))
                                     and not _unsure_move(m.group("move"), c.sentence.text)))
            only -= aimed & moved
        if only:
            # (cite32) a claim moving toward the act the same way tells as much, however a headline capitalises it
            # ("Why Trump Is Threatening to Veto …" / "is threatening to veto the bill")
            low = c.sentence.text.lower()
            for m in _HEDGE_MARK.finditer(text):
                verb = _MOVE_VERB.match(text, m.end()) if m.group("move") else None
                if verb and re.search(r"\b" + re.escape(stem(m.group("move").split()[0].lower())[:5]) + r"\w*\s+to\s+"
                                      + re.escape(verb.group(1).lower()) + r"\b", low):
                    only -= content(verb.group(1))
        return sorted(only)

    def _source_described(self, c: Unit, u: Unit, unmatched: set[str]) -> set[str]:
        """Claim stems that only describe the person a claim names as its source ("He was wearing
        crampons but was inexperienced, local police inspector Dave Gaskin said." / "Gaskin said Buckley
        was wearing crampons but was inexperienced."): said when sentence ``u`` credits that same
        person by name, as the credit check asks; who the source is, not what the claim says. A word
        the claim also writes outside its source phrase ("Police arrested …, police inspector Gaskin
        said") is the claim's own and must be said; a source named by role alone ("police said"), or
        another person, credits no one described."""
        want = c.credit
        if want is None or not want.names or not want.roles & unmatched:
            return set()
        span = c._credit_span
        if span is None:
            return set()
        a, b = span[1]
        text = c.sentence.text
        proper = content(text[:a] + " " + text[b:])
        if not any(h.names and _same_credit(want, h) for h in (self._resolved(u, x) for x in u.credits)):
            return set()
        return (want.roles & unmatched) - proper

    def _role_of_named(self, c: Unit, u: Unit, unmatched: set[str]) -> set[str]:
        """Claim stems that only give a person the claim names his role, written right before the name
        in lower case ("The Saints have placed running back Pierre Thomas on injured reserve" / "… the
        Saints placed Thomas on injured reserve"): said when sentence ``u`` names that same person and
        gives him no other role; the role says who is meant, the name says it already (issue 12).
        Never a role that tells a state or a change ("former", "interim", "suspected", "fired": what
        the claim says of him), nor for a sentence that does not name the person ("he"), nor a role the
        article never writes ("tight end Dallas Clark" / an article that calls no one a tight end)."""
        if not unmatched:
            return set()
        text, out = c.sentence.text, set[str]()
        for m in c._entities[1]:
            if m.label != "PERSON":
                continue
            role = _role_before(text[:m.start])
            if role is None or any(w in _STATE_ROLES or w in _NO_ROLE or (w.endswith("s") and not w.endswith("ss"))
                                   for w in role.split()):
                continue  # "It looks like Reggie Bush …": a verb and a preposition, no role
            at = _ROLE_BEFORE.search(text[:m.start])
            if at and any(w.lower().strip("-") in _STATE_ROLES for w in text[:at.start()].split()[-1:]):
                continue  # "former running back Pierre Thomas": the word before the role tells a state
            # a word the claim also writes outside the role is the claim's own ("Police arrested two
            # men …, police inspector Dave Gaskin said": the arrest is by police)
            said = (content(role) & unmatched) - content(text[:at.start()] + " " + text[m.start:] if at else text)
            if not said:
                continue
            if f" {' '.join(words(fold(role)))} " not in self._article_words(u.sentence.article)[1]:
                continue  # the article never writes the role ("tight end"): it does not say he is one
            party = str(m.value)
            here = [n for n in u._entities[0] if n.label == "PERSON"
                    and (same_party(party, str(n.value)) or same_party(str(n.value), party))]
            if not here:
                continue  # "he", or someone else
            other = {_role_before(u.sentence.text[:n.start]) for n in here} - {None, role}
            if any(not content(r) <= content(role) for r in other if r is not None):
                continue  # "quarterback Pierre Thomas": another role, another claim
            out |= said
        return out

    def _same_subject(self, claim: str, other: str) -> bool:
        """Whether a name opening a sentence (``other``) may be the claim's party ``claim``: the same
        name or one holding it, save that a people's adjective ("Indian" of "the Indian warship
        Mysore") makes no body named after the people ("Indian Navy") the claim's party."""
        if self._labels.get(claim, set()) == {"NORP"} and not same_party(other, claim):
            return False
        return same_party(claim, other) or same_party(other, claim)

    def _is_org(self, e: Mention) -> bool:
        """Whether mention ``e`` names a body: tagged ORG here or anywhere in the story."""
        return e.label == "ORG" or "ORG" in self._labels.get(str(e.value), set())

    def _only_possible(self, c: Unit, party: str, context: Sequence[Unit], art: str) -> bool:
        """(mend27) Whether place ``party``, which claim ``c`` states outright, is written only as a possibility,
        a plan or a guess where it would be taken from: in the sentences of ``context`` that name it, or else
        anywhere in article ``art`` ("handed over to authorities in Djibouti" / "the ship may head for
        Djibouti", "…, possibly at Djibouti"). A claim that hedges the place too ("could be tried in Kenya")
        is stated the same way; a place the text does not write in its own words is left to the other checks."""
        if not (party in c.places or self._is_place(party)):
            return False
        window = self.options.support_hedge_words
        own = _hedged_mentions(c.sentence.text, party, window)
        if not own or any(own):
            return False  # the claim hedges it (or does not write it as such)
        seen = [h for x in context for h in _hedged_mentions(x.sentence.text, party, window)]
        if not seen:
            seen = [h for x in self.by_article.get(art, ()) for h in _hedged_mentions(x.sentence.text, party, window)]
        return bool(seen) and all(seen)

    def _is_place(self, key: str) -> bool:
        """Whether the analyser tagged entity ``key`` a place somewhere in the story (not a people)."""
        return bool(self._labels.get(key, set()) & {"GPE", "LOC", "FAC"})

    def _where_lacking(self, c: Unit, party: str, u: Unit) -> str | None:
        """Why sentence ``u`` does not state where claim ``c`` says its event happened (``party``
        after "in", "off", "near" …), or None: the sentence gives another place as where ("off
        Somalia" for "in the Gulf of Aden"; "35 miles southwest of Bandar Abbas" for "between Bandar
        Abbas and Qeshm Island"; "in Cumbria" for "in Millom"), none the story writes inside the
        claim's ("Banstead" for "in Surrey" where an article writes "Banstead, Surrey"). A sentence
        naming no place is read by the other party checks (the place named around it)."""
        if party not in c.where_named or not self._is_place(party):
            return None
        if _named(party, u.names, u.said, frozenset(), False) or any(same_party(w, party) for w in u.names):
            return None  # named, or in a shorter form ("Mt Cook" / "Aoraki Mount Cook")
        own = [w for w in u.where_named if self._is_place(w)]
        if not own or any(self._inside(w, party) for w in u.where_named):
            return None
        return f"place {party} (the sentence's {sorted(own)[0]})"

    def _where_within(self, c: Unit, party: str, u: Unit) -> bool:
        """Whether sentence ``u`` states where claim ``c`` says its event happened (``party``) by a
        larger place the story's own text writes it inside ("in Cumbria" for "in Millom" where an
        article writes "Millom, Cumbria" or "Millom in Cumbria"), in an article that names ``party``
        itself: the reader finds both there. Without that tie, or in an article that never names the
        claim's place, the larger place says less than the claim."""
        if party not in c.where_named or not self._is_place(party):
            return False
        if not any(self._is_place(w) and self._inside(party, w) for w in u.where_named):
            return False
        return self._named_in(u.sentence.article, party)

    def _inside(self, inner: str, outer: str) -> bool:
        """Whether the story writes place ``inner`` inside ``outer`` ("Bandar Abbas, Iran", "Qeshm in
        the Persian Gulf", "Iran's Bandar Abbas"): no gazetteer says how places nest, the articles do."""
        if (inner, outer) in self._nested:
            return self._nested[(inner, outer)]
        if self._story_text is None:
            self._story_text = [(u.sentence.text, u.sentence.text.lower()) for u in self.units]
        lo, li = outer.lower(), inner.lower()
        lines = "\n".join(t for t, low in self._story_text if lo in low and li in low)  # the few naming both
        if not lines:  # no sentence names both (most pairs): nothing to compile a pattern for
            self._nested[(inner, outer)] = False
            return False
        a, b = f"(?i:{re.escape(inner)})", f"(?i:{re.escape(outer)})"  # "state Route 52" / "State Route 52"
        found = re.search(rf"\b{a},\s+(?:[A-Z][\w.'’-]*\s+)*?{b}\b|\b{a}\s+(?:in|on|of)\s+(?:the\s+)?(?:[a-z]+\s+)?{b}\b"
                          rf"|\b{b}['’]s\s+{a}\b", lines) is not None
        self._nested[(inner, outer)] = found
        return found

    def _doer_named(self, c: Unit, p: str, units: Sequence[Unit], k: int) -> bool:
        """Whether the article's sentence may say who did the claim's act: it names him, in any words;
        or it opens with no name, and a pronoun opening it ("He threw …") goes on about him as the
        name opening the sentence before ("Manning …"), maybe through more pronouns. A sentence
        opening with someone else ("Clark scored on a one-yard pass"), or a pronoun after a sentence
        about someone else, does not say who threw the pass; one opening with a description ("The
        former Colts coach …") is left to the party checks that follow."""
        u = units[k]
        if _named(p, u.names, u.said, u.stems, p in c.opening):
            return True
        if u.opening:
            return False
        if not _PRONOUN_OPENS.match(u.sentence.text):
            return True
        for x in reversed(units[max(0, k - self.options.support_party_sentences):k]):
            if x.sentence.index < 0:
                break
            people = [n for n in x.opening if "PERSON" in self._labels.get(n, set())]
            if people:  # the subject the pronoun goes on about: the person opening the sentence before
                return any(self._same_subject(p, n) for n in people)
            if x.opening or not _PRONOUN_OPENS.match(x.sentence.text):
                break  # a description ("The 6-foot-9 senior …", "Vancouver Police spokesman Tim Fanning")
        return True

    def _manner_lacking(self, c: Unit, u: Unit, around: Sequence[Unit]) -> list[str]:
        """How a statement reached reporters, when the claim's own words (outside its quotation) name
        it ("said … in a written statement", "told CNN", "on Twitter"), and neither the sentence nor
        another of the article's about the claim says it so, or in like words: a quotation carried
        without it states the words, not the manner (issue 12)."""
        if not c.manners:
            return []
        told = " ".join(_unquoted(x.sentence.text) for x in (u, *around))
        return next(([f"manner: {name}"] for name, stated in c.manners if not stated.search(told)), [])

    def _told_as_claimed(self, c: Unit, u: Unit, around: Sequence[Unit]) -> list[str]:
        """Details a sentence that tells the claim's event may still word otherwise, each a "partly" of
        protocol S's readers: when in a span ("late in the third quarter" / "with 10:03 left in the
        third quarter"), what someone did or refused to do ("refused to get out of his vehicle" /
        "refused to comply"), an act against a description ("had just parked her car" / "walking along
        parked cars"), "in" a place against "outside" it, a turn that undoes the claim ("…, but was
        not able to"), a person's quoted words credited to a company."""
        out: list[str] = []
        if c.edges:
            told = "".join(x.said for x in (u, *around))
            for e in sorted(c.edges):
                edge, _, day = e.partition(" ")
                ok = _EDGE_WORDS[edge] | (_DAY_EDGE_WORDS[edge] if day else frozenset())
                if day and _DAY_EDGE_CLOCK[edge] in self._article_words(u.sentence.article)[1]:
                    continue  # "late Friday" / "at 5:30 p.m. Friday" anywhere in the article: a reader's "late"
                if not any(f" {w} " in told for w in ok):
                    out.append(f"when: {edge}")
        for act in c.to_verbs:  # said in this sentence or, whole, in another about the claim ("… pulled him over." /
            # "Officials had to use a Taser on LaSalle to get him out of his car.")
            telling = [x for x in (u, *around) if not self._act_lacking(act, x)]
            if not telling:
                out.append("what is done: " + " … ".join(act))
        if c.acts & u.described_only:
            out.append("an act told as a description: " + ", ".join(sorted(c.acts & u.described_only)))
        for p in c.places if _NEAR_PLACE.search(u.sentence.text) else ():  # "in Houston" / "outside Houston"
            name = re.escape(next((m.text for m in c._entities[1] if str(m.value) == p), p))
            if re.search(rf"\bin\s+(?:the\s+)?{name}\b", c.sentence.text) \
                    and re.search(rf"\b(?:outside|near|off|close\s+to)\s+(?:of\s+)?(?:the\s+)?{name}\b", u.sentence.text) \
                    and not re.search(rf"\bin\s+(?:the\s+)?{name}\b", u.sentence.text):
                out.append(f"place in {p} (the sentence: outside or near it)")
        if not c.negative and not _TURN.search(c.sentence.text) and _TURN_NEGATED.search(u.sentence.text):
            out.append("a later turn (\u201cbut … not\u201d)")  # "…, but was not able to come to an agreement"
        if c.quotes and _PERSON_SPEAKS.match(c.sentence.text) and u.credits and not any(
                h.pronoun or any(m.label == "PERSON" and str(m.value) in h.names for m in u._entities[0])
                for h in u.credits):
            out.append("speaker: a person (the sentence credits no one by name)")  # "He said" / "The company said"
        for q, word in sorted(c.qualifiers.items()):  # "the upscale Place Vendome" / "near Place Vendome"
            if q not in u.stems and not any(q in x.stems for x in around) \
                    and not self._soft({q: word}, plain(u.sentence.text)):  # "a grey Toyota" / "a gray Toyota"
                out.append(f"qualifier of a name: {word}")
        if c.quotes and u.credits and self._said_jointly(c, u):
            out.append("speaker: one of several credited together")  # "…,” the two men said.
        return out

    def _said_jointly(self, c: Unit, u: Unit) -> bool:
        """Whether a quotation the claim gives one named person is one ``u`` credits to several people
        together ("…,” Salazar said." / "…, the two men said in a statement.", "they said"): a joint
        statement is not one man's words. A sentence whose credit names the claim's speaker still
        states it ("Locke and Salazar said" names Salazar, and says both said it)."""
        speakers = {n for x in c.credits for n in x.names if self._labels.get(n, set()) & {"PERSON"}}
        if len(speakers) != 1:
            return False
        (speaker,) = speakers
        if any(same_party(speaker, n) or same_party(n, speaker) for h in u.credits for n in h.names):
            return False
        return any(_JOINT.search(h.said) for h in u.credits) or bool(_THEY_SAID.search(u.sentence.text))

    def _ages_told(self, c: Unit, u: Unit, article: str) -> set[str]:
        """The ages claim ``c`` gives its people that sentence ``u`` leaves out but the article gives the
        same people elsewhere ("… said at the trial of Andrew Lopez, 20, and Jonathan Carrasquillo, 24"
        / "Prosecutors say Andrew Lopez, 20, …"): a detail of whom the claim names, told where the
        article introduces them. Only for a person ``u`` names, or ``u`` names no one."""
        if not c.aged:
            return set()
        mine = {a for p, a in c.aged if a not in u.figures}
        if not mine:
            return set()
        told = self._article_ages(article)
        return {a for p, a in c.aged if a in mine and any(
            age == a and (same_party(p, q) or same_party(q, p)) for q, age in told)}

    def _article_ages(self, article: str) -> frozenset[tuple[str, str]]:
        """Every (person, age) an article gives, read once per article."""
        found = self._ages.get(article)
        if found is None:
            found = self._ages[article] = frozenset().union(*(x.aged for x in self.by_article.get(article, [])))
        return found

    def _act_lacking(self, act: tuple[str, ...], x: Unit) -> set[str]:
        """The words of an act (``Unit.to_verbs``) sentence ``x`` does not say, itself or by a synonym."""
        lacking = {w for w in act if f" {w} " not in x.said}
        if lacking:
            families = {_FAMILY_STEM.get(y, y) for y in x.stems}
            lacking = {w for w in lacking if _FAMILY_STEM.get(stem(w), stem(w)) not in families}
        if lacking:
            lacking -= self._soft({w: w for w in lacking if w not in _PARTICLES}, plain(x.sentence.text))
        return lacking

    def _other_in_role(self, c: Unit, party: str, u: Unit) -> str | None:
        """The role and name when sentence ``u`` gives the role claim ``c`` writes before the person
        ``party`` to someone else, without naming ``party`` itself ("The Saints have placed running
        back Pierre Thomas on injured reserve" / "… placed undrafted rookie running back Chris Ivory on
        IR"): the sentence is about that other person, whoever the sentences around it name."""
        text = c.sentence.text
        for m in c._entities[1]:
            if str(m.value) != party or m.label != "PERSON":
                continue
            role = _role_before(text[:m.start])
            if role is None:
                continue
            if any(same_party(party, n) or same_party(n, party) for n in u.names):
                return None  # the sentence names the claim's person too
            for n in u._entities[1]:
                if n.label == "PERSON" and _role_before(u.sentence.text[:n.start]) == role:
                    return f"{role} {n.text}"
        return None

    def _check_credit(self, c: Unit, want: Credit, units: list[Unit], k: int, missing: list[str]) -> None:
        """A claim that names who said it is stated only by a sentence crediting the same source (or,
        when it is a quotation's next paragraph crediting no one, by the nearest of the two sentences
        before that credits someone); stated in the article's own voice or credited to another it is
        "related"."""
        want = self._resolved(c, want)
        have = [self._resolved(units[k], x) for x in units[k].credits]
        if k + 1 < len(units) and _TITLE_CUT.search(units[k].sentence.text):
            # "…, Const." / "Fanning said.": the splitter cut the attribution after a title
            have += [self._resolved(units[k + 1], x) for x in units[k + 1].credits]
        art = units[k].sentence.article

        def credits(j: int) -> list[Credit]:
            return [self._resolved(units[j], x) for x in units[j].credits] if units[j].sentence.index >= 0 else []

        def same(h: Credit) -> bool:
            return _same_credit(want, h) or (_same_role(want, h) and all(self._named_in(art, n) for n in want.names))

        run = self._quotation_runs(art)[k] if not have else None
        if run is not None:
            # a sentence of a quotation running over several: its speaker is credited where the
            # quotation opens or closes ("“We locked down the area.", "He gave up after six,” Fanning said.")
            have = [h for j in range(run[0], run[1] + 1) if j != k for h in credits(j)]
        running = units[k].sentence.text.lstrip()[:1] in "“\"‘"
        for j in range(k - 1, max(-1, k - 1 - self.options.support_party_sentences), -1):
            if have or not running or units[j].sentence.index < 0:
                break
            # a quotation's next paragraph carries on the attribution before it; a sentence in the
            # article's own voice does not (protocol S readers: "Fanning said the gunman entered …" /
            # "… no one else was injured." does not credit Fanning with the second)
            have = credits(j)
        if not have and run is None and (want.names or want.roles) and 0 < k < len(units) - 1 \
                and not any(_QUOTE_MARK.search(units[j].sentence.text) for j in (k - 1, k, k + 1)):
            # a run of one speaker's reported account: the sentence right before and the one right after
            # both credit the claim's source ("… was identified and arrested, police said." / "Subryan was
            # charged with …" / "An investigation is ongoing, police said."): the middle one is theirs
            # too. Next to a quotation the article's own voice is its own (protocol S: "Fanning said the
            # gunman came in …" / "No one else was injured." / "“Police locked down …,” Fanning said.")
            before, after = [h for h in credits(k - 1) if same(h)], [h for h in credits(k + 1) if same(h)]
            if before and after:
                have = before
        if want.names or want.roles:
            if not any(same(h) for h in have):
                label = ", ".join(sorted(want.names)) or " ".join(sorted(want.roles))
                missing.append(f"source {label}")
        elif not have:  # "…, he said" with no one named before: said by someone, not in the article's voice
            missing.append("source (a speaker)")

    def _told_not_said(self, c: Unit, xs: Sequence[Unit]) -> list[str]:
        """Why sentences ``xs`` (a quotation's sentence and the ones it may run on into) do not credit a
        quotation to the speaker claim ``c`` names (cite36, issue 12): the claim's speaker is there only as
        whom the speaker told ("…,” her publicist told People magazine" for "…,” People magazine reported"),
        the outlet that carried the words; or they credit another named person and never the claim's
        speaker ("…,” Reese said" for "…,” Ann Cole said"). An outlet the sentence itself credits is the
        speaker; "she said" is the person the sentences before name (``_resolved`` reads them)."""
        wanted = [h for h in c.credits if h.names]
        if not wanted:
            return []
        here = [self._resolved(x, h) for x in xs for h in x.credits]
        if any(_same_credit(w, h) for w in wanted for h in here):
            return []
        out = []
        for p in sorted({n for w in wanted for n in w.names}):
            pattern = _party_pattern(p)
            if pattern is not None and any(_TOLD_TO.search(x.sentence.text[:m.start()])
                                           for x in xs for m in pattern.finditer(x.sentence.text)):
                out.append(f"source {p} (whom the speaker told)")
        # another person credited by name in the quotation's own sentence (never a pronoun, which the sentences
        # before may resolve to anyone, nor the sentences a quotation may run on into, which quote others too)
        people = {n for h in xs[0].credits if not h.pronoun for n in h.names if "PERSON" in self._labels.get(n, set())}
        if not out and people and all(not any(same_party(n, p) or same_party(p, n) for n in people)
                                      for w in wanted for p in w.names):
            out.append(f"source {', '.join(sorted({n for w in wanted for n in w.names}))} "
                       f"(the article credits {', '.join(sorted(people))})")
        return out

    def _quotation_runs(self, article: str) -> list[tuple[int, int] | None]:
        """``quotation_runs`` of an article's sentences (by position in ``by_article``; the headline is
        never part of one), read once per article."""
        runs = self._runs.get(article)
        if runs is None:
            units = self.by_article.get(article, [])
            body = [k for k, u in enumerate(units) if u.sentence.index >= 0]
            found = quotation_runs([units[k].sentence.text for k in body], self.options.support_quotation_run)
            runs = [None] * len(units)
            for k, run in zip(body, found):
                runs[k] = None if run is None else (body[run[0]], body[run[1]])
            self._runs[article] = runs
        return runs

    def _resolved(self, unit: Unit, credit: Credit) -> Credit:
        """A pronoun's credit ("he said") as the sentences before name the speaker: the source they
        credit, else the last person they name. Unchanged when nothing before names anyone."""
        if not credit.pronoun:
            return credit
        s = unit.sentence
        k = self._position.get((s.article, s.index))
        units = self.by_article.get(s.article, [])
        if k is None or s.index < 0 or units[k] is not unit:
            return credit
        for x in reversed(units[max(0, k - self.options.support_party_sentences - 1):k]):
            if x.sentence.index < 0:
                continue
            named = frozenset().union(*(y.names for y in x.credits))
            if named:
                return Credit(names=named)
            people = [m for m in sorted(x._entities[1], key=lambda m: m.start) if m.label == "PERSON"]
            if people:
                return Credit(names=frozenset({str(people[-1].value)}))
        return credit

    def _described(self, article: str, people: tuple[str, ...]) -> tuple[frozenset[str], str]:
        """What ``article`` calls any of ``people`` in an apposition ("Rossi, a Mafia boss,") or a title
        before the name ("Mafia boss Giuseppe Rossi"): (its stems, its words space-joined and folded)."""
        key = (article, people)
        if key not in self._descriptions:
            out: set[str] = set()
            said: list[str] = []
            entries = self._descriptions_in(article)
            if entries:
                for i in sorted(set().union(*(self._describing(article, p, entries) for p in people))):
                    out |= entries[i][1]
                    said += entries[i][2]
            self._descriptions[key] = (frozenset(out), " " + " ".join(said) + " ")
        return self._descriptions[key]

    def _description_stems(self, article: str) -> frozenset[str]:
        """The stems of every description ``article`` gives a person (``_descriptions_in``), read once:
        what ``_described`` can add to a sentence's words for any set of people."""
        found = self._all_described.get(article)
        if found is None:
            found = self._all_described[article] = frozenset().union(*(e[1] for e in self._descriptions_in(article)))
        return found

    def _describing(self, article: str, person: str, entries: list[tuple[str, frozenset[str], list[str]]]
                    ) -> frozenset[int]:
        """Which of ``entries`` (``_descriptions_in(article)``) describe ``person``, asked once per
        person: a sentence's set of people is new far more often than any one of them."""
        key = (article, person)
        found = self._describes.get(key)
        if found is None:
            found = self._describes[key] = frozenset(
                i for i, (other, _, _) in enumerate(entries) if same_party(person, other) or same_party(other, person))
        return found

    def _descriptions_in(self, article: str) -> list[tuple[str, frozenset[str], list[str]]]:
        """Every description ``article`` gives a person, in text order: (the person's key, the
        description's stems, its folded words). Read once per article: ``_described`` is asked for
        many sets of people (each sentence compared names its own), and reading the article's
        sentences again for each set was a twentieth of a brief's time."""
        found = self._article_descriptions.get(article)
        if found is None:
            found = []
            for u in self.by_article.get(article, []):
                text = u.sentence.text
                for m in u._entities[0]:
                    if m.label != "PERSON":
                        continue
                    after = _APPOSITION.match(text, m.end)
                    if after:
                        found.append((str(m.value), content(after.group(1)), words(fold(after.group(1)))))
                    before = _title_before(text, m.start)
                    if before and _title_between(" " + before.group(1).replace("ss ", "sS ")):  # "boss" is no plural
                        found.append((str(m.value), content(before.group(1)), words(fold(before.group(1)))))
            self._article_descriptions[article] = found
        return found

    def _said_in_order(self, c: Unit, u: Unit) -> frozenset[str] | None:
        """The claim stems left out of the stretch where sentence ``u`` writes short claim ``c``'s words
        close together and in its order (``_order_match``), or None when it does not write them so. The
        name opening the claim, which the sentence calls "she" or "he" ("Chohan was pronounced dead at
        Jamaica Hospital" / "… where she was pronounced dead") is left out of the words compared when
        at least ``options.support_core_min_words`` words remain: who is meant is the party check's,
        which finds the name in the sentences before or fails."""
        core, opts = self._core(c), self.options
        if core in u.said:
            return frozenset()
        synonyms = self._synonyms(c, u)
        # a claim in the active voice is read against the sentence's passive clauses turned round: "Smith
        # attacked Jones" is not written in order by "Smith was attacked by Jones" (who did it is Jones)
        theirs = active_voice(u.sentence.text)
        active = theirs is not None and not _PASSIVE.search(c.sentence.text)
        said = _TENSE.sub(" ", theirs) if active and theirs is not None else u.said
        mine = _TENSE.sub(" ", core) if active else core
        share, left = _order_match(mine, said, synonyms, opts)
        if share >= opts.support_short_order:
            return left
        plain_core, plain_said = _plainly(mine), _plainly(said)
        if (plain_core, plain_said) != (mine, said) and _word_count(plain_core) >= 2:
            share, left = _order_match(plain_core, plain_said, synonyms, opts)
            if share >= opts.support_short_order:
                return left  # "There were no reports of injuries" / "No injuries were reported"
        # a claim in the passive naming its doer ("The legal bills have been paid by the union"), read
        # turned round against an active sentence ("The union has been footing the legal bills")
        turned = active_voice(c.sentence.text) if c.core == c.said else None
        if turned is not None:
            share, left = _order_match(_TENSE.sub(" ", turned), _TENSE.sub(" ", u.said), synonyms, opts)
            if share >= opts.support_short_order:
                return left
        if not _PRONOUN_WORDS & set(said.split()):
            return None
        unwritten = {w for m in c._entities[1] if str(m.value) in c.opening
                     and f" {' '.join(words(m.text))} " not in u.said for w in words(m.text)}
        if not unwritten:
            return None
        rest = " " + " ".join(w for w in core.split() if w not in unwritten) + " "
        if _word_count(rest) < opts.support_core_min_words:
            return None
        share, left = _order_match(rest, said, synonyms, opts)
        return left if share >= opts.support_short_order else None

    def _core(self, c: Unit) -> str:
        """The words of claim ``c`` that must stand in order in a short claim: without its closing
        attribution ("…, the police said"), unless too little is left ("Saturday, the … reported.")."""
        return c.core if _word_count(c.core) >= self.options.support_core_min_words else c.said

    def _named_in(self, article: str, party: str) -> bool:
        """Whether any sentence (or the headline) of ``article`` names ``party``."""
        names, said = self._article_words(article)
        return _named(party, names, said, frozenset(), False)

    def _place_in_names(self, party: str, xs: Sequence[Unit], claim_text: str) -> str | None:
        """The name of a body (an organisation) that is the only way sentences ``xs`` write place ``party``
        ("Capt. Tom Tennant of the Woodburn Police Department" for "a bomb at a Woodburn bank"): a
        police force, a bank or a newspaper named after a town says nothing of where the claim's event
        was. None when ``party`` is no place, or ``xs`` name it as itself (or only in bare words)."""
        if not self._labels.get(party, set()) & {"GPE", "LOC"}:
            return None
        holders: dict[int, list[tuple[int, int]]] = {}
        first = None
        team = False  # a holder is a team named after the place (``_team``), not an organisation the tagger saw
        for i, x in enumerate(xs):
            for m in x._entities[0]:
                key = str(m.value)
                if same_party(key, party):
                    return None  # named as itself, or in a shorter form ("Mt Cook" / "Aoraki Mount Cook")
                if not same_party(party, key):
                    continue
                if m.label != "ORG" or self._labels.get(key, set()) & _PLACES:
                    if not self._team(m.text, key, party):
                        return None  # a longer name of a place ("Woodburn, Oregon"), or one the tagger misread
                    team = True
                extra = _BODY_AFTER.match(m.text, len(m.text) - len(m.text.lstrip()))
                if extra is None or fold(extra.group(1)) != fold(party.split()[0]) or \
                        (body := _BODY_WORD.search(extra.group(2))) is None:
                    return None  # "MV Gibe", "INS Mysore", "FLAG FEA": the name itself, not a body named after it
                if re.search(rf"\b{re.escape(party)}\s+{re.escape(body.group(0))}",
                             claim_text, re.I):
                    return None  # the claim speaks of the body too ("Surrey police said" / "Surrey Police")
                holders.setdefault(i, []).append((m.start, m.end))
                first = first or key
        if first is None:
            return None
        if team and any(_THE_CITY.search(x.sentence.text) for x in xs):
            # (cite31) "on a freeway outside the city's downtown area": the city the team is named after. mend52:
            # a team's only — "of the Woodburn Police Department, adding that the city was in shock" is a body
            # named after the town, and "the city" no telling of where the bomb went off
            return None
        tokens = [w for w in words(fold(party)) if w not in NAME_SUFFIXES]
        for i, x in enumerate(xs):
            text = x.sentence.text
            for a, b in sorted(holders.get(i, []), reverse=True):
                text = text[:a] + " " + text[b:]
            said = " " + " ".join(words(fold(text))) + " "
            if tokens and all(any(f" {form} " in said for form in _FORMS.get(w, (w,))) for w in tokens):
                return None  # its words outside the longer name: the place itself
        return first

    def _team(self, name: str, key: str, party: str) -> bool:
        """Whether ``name`` (read as ``key``) is a team named after place ``party`` (``_team_of``), which
        the story never tags as a person ("Kathina Thomas", "Kathina" misread as a place, is a girl)."""
        return _team_of(name, party) and not (self._labels.get(key, set()) | self._labels.get(party, set())) & {"PERSON"}

    def _seat_only(self, party: str, xs: Sequence[Unit], claim_text: str) -> str | None:
        """The body whose seat is the only way sentences ``xs`` name ``party`` ("said the Press
        Democrat newspaper in Santa Rosa" for "Felt died … in Santa Rosa"), or None. Whatever the
        tagger calls the name: a name after "the <body> newspaper in" is a place."""
        if not any(self._seats_in(x) for x in xs):
            return None  # no name in these sentences is written as a body's seat (most sentences)
        body = None
        for x in xs:
            for m in x._entities[0]:
                based = re.match(rf"\s*{re.escape(party)}\s*-\s*based\s+(.+)", m.text)
                if based:  # "the Santa Rosa-based Press Democrat" read as one name
                    body = body or based.group(1).strip()
                    continue
                if not same_party(str(m.value), party):
                    continue
                seat = self._holder_of(x, m)
                if seat is None or re.search(rf"\b{re.escape(seat)}\b", claim_text):
                    return None  # named as itself, or the claim speaks of the body too
                body = body or seat
        return body

    def _seats_in(self, x: Unit) -> bool:
        """Whether sentence ``x`` writes any name as a body's seat (``_holder_of``, or a name read with
        "-based" in it), read once per sentence."""
        key = (x.sentence.article, x.sentence.index)
        if key not in self._seats:
            self._seats[key] = any(self._holder_of(x, m) is not None or "based" in m.text for m in x._entities[0])
        return self._seats[key]

    def _holder_of(self, x: Unit, m: Mention) -> str | None:
        """The body whose seat place mention ``m`` of sentence ``x`` writes ("the Press Democrat
        newspaper in Santa Rosa", "the Press Democrat of Santa Rosa", "the Santa Rosa-based Press
        Democrat"), or None: such a place is where the body is, not where the claim's event was."""
        text = x.sentence.text
        ents = sorted(x._entities[0], key=lambda e: e.start)
        prev = [e for e in ents if e.end <= m.start]
        if prev:
            e = prev[-1]
            if self._is_org(e) and _HOLDER_BEFORE.match(text[e.end:m.start]) \
                    and not (_AT_BEFORE.search(text, 0, e.start) and _VENUE_END.search(e.text)):
                return e.text.strip()
        nxt = [e for e in ents if e.start >= m.end]
        if _BASED_AFTER.match(text[m.end:]) and nxt and self._is_org(nxt[0]):
            return nxt[0].text.strip()
        return None

    def _article_words(self, article: str) -> tuple[frozenset[str], str]:
        """The names ``article`` writes and its words (``Unit.said`` of each sentence), read once."""
        if article not in self._article_text:
            units = self.by_article.get(article, [])
            self._article_text[article] = (frozenset().union(*(u.names for u in units)),
                                           "".join(u.said for u in units))
        return self._article_text[article]

    # -- counting ------------------------------------------------------------------------------------
    def told_elsewhere(self, sentence: Sentence) -> bool:
        """Whether an independent source other than the sentence's own tells any of it: the check
        finds support, a different value or the event without the detail, or one of its sentences
        repeats a figure of the claim with a word of what it counts ("164 people had been killed"
        beside "At least 164 people died"). A claim flagged as resting on one outlet must rest on one:
        this errs towards not flagging."""
        root = self._root
        own = root.get(sentence.article, sentence.article)
        others = [a for a in self.order if root.get(a, a) != own]
        if not others:
            return False
        claim = self.claim(sentence)
        c = claim.unit
        # the claim's word overlap with every sentence, held for the check (which computes the same
        # row) and kept here to bound the told-in-part scan below
        overlap = self._reach(c, self._weights(c), (), False, keep=True).overlap
        if any(link.status != "silent" for link in self.check(claim, others, silent=False)):
            return True
        figures = {f for f in c.figures if not _YEAR.fullmatch(f)}
        details = c.details
        if any(root.get(art, art) != own and details & u.details
               for f in figures for art, u in self._with_figure.get(f, ())):
            return True
        if any(root.get(art, art) != own and self._tells_count(m, c, u)
               for m in c.counts for art, u in self._with_count.get(m.value, ())):
            return True
        if self._quoted_elsewhere(c, [a for a in others if a in self.by_article]):
            return True
        weight = {st: self._idf.get(st, self._default_idf) for st in c.stems}
        need = self.options.single_told_share * math.fsum(weight.values())
        parts = self._clauses_of(c) if len(clauses(c.sentence.text)) > 1 else []
        if overlap is None:  # no sentence shares a word with the claim
            candidates: Iterable[Unit] = (u for art in others for u in self.by_article.get(art, ()))
        else:
            # a sentence that tells part of the claim shares that much of its words' weight: the overlap
            # (float32) is that weight less rounding, so the bound (a ten-thousandth lower) keeps every
            # sentence the exact test passes, and leaves out the many that share a word or none
            # (a sentence telling one clause shares at least that clause's share: the lower bound of both)
            low = min([need, *(self.options.single_clause_share * total for *_, total in parts)])
            near = np.flatnonzero(overlap >= low * (1 - 1e-4) - 1e-6).tolist()
            candidates = (u for u in (self.units[i] for i in near) if root.get(u.sentence.article, u.sentence.article) != own)
        return any(self._tells_part(c, u, weight) or (parts and self._tells_clause(parts, u)) for u in candidates)

    @cached_property
    def _with_figure(self) -> dict[str, list[tuple[str, Unit]]]:
        """Each figure -> the (article, sentence) pairs that write it: ``told_elsewhere`` looks up a
        claim's figures instead of reading every sentence of every other article for each claim."""
        index: dict[str, list[tuple[str, Unit]]] = {}
        for art, units in self.by_article.items():
            for u in units:
                for f in u.figures:
                    index.setdefault(f, []).append((art, u))
        return index

    @cached_property
    def _with_count(self) -> dict[Any, list[tuple[str, Unit]]]:
        """Each count's value -> the (article, sentence) pairs that count it: the figure index for
        counts written in words ("six turncoat mobsters")."""
        index: dict[Any, list[tuple[str, Unit]]] = {}
        for art, units in self.by_article.items():
            for u in units:
                for m in u.counts:
                    if m.label:
                        index.setdefault(m.value, []).append((art, u))
        return index

    def _tells_count(self, count: Mention, c: Unit, u: Unit) -> bool:
        """Whether sentence ``u`` counts what ``count`` of claim ``c`` counts, with a word of the claim
        besides the counted thing ("the testimony of six turncoat mobsters" / "the testimony of six
        former mobsters"): ``told_elsewhere``'s figure rule for counts written in words (two or more,
        of things, not of a time span). The same thing
        (a noun or its synonym), the same event when both name one ("two people were killed" is not
        "two people were arrested")."""
        if not count.label or count.value is None or count.value < 2 or count.label in TIME_SPANS \
                or any(ch.isdigit() for ch in count.text):
            # only a count in words, of things: a figure in digits has the figure rule (two digits and
            # more); "one" is no count, and "three years", "$5 million", "2 yards" are in every story
            # of their kind (support8 read 14 such matches on the dev sets: 8 told another thing)
            return False
        for other in u.counts:
            if other.value != count.value or not other.label or not self._counts_same(count, other):
                continue
            if count.predicate and other.predicate and not self._alike(str(count.predicate), str(other.predicate)):
                continue
            if (c.details & u.details) - content(f"{count.label} {other.label}"):
                return True
        return False

    def _quoted_elsewhere(self, c: Unit, articles: Sequence[str]) -> bool:
        """Whether one of ``articles`` writes words claim ``c`` quotes: a quotation (four words or
        more), or a quoted phrase of three words or a title of two ("aggressive and improper", "Apocalypse
        Now"), with whatever framing ("calls her actions an 'aggressive and improper pursuit'" / "took an
        'aggressive and improper' interest"). Never two lower-case words ("fake news", "mother
        vessel"): words many outlets use for their own reasons; never a headline's (the story's own title)."""
        wanted = list(c.quotes) + [p for p in c.phrases if (len(p.split()) >= 3 or _titled(p, c.sentence.text))
                                   and p not in self._headlines]
        return any(p in self._article_words(art)[1] for art in articles for p in wanted)

    @cached_property
    def _headlines(self) -> str:
        """The words of every article's headline: a title they quote ("Kong: Skull Island") is what the
        story is about, which every outlet names, not a claim's words."""
        return "".join(u.said for units in self.by_article.values() for u in units if u.sentence.index < 0)

    def _tells_part(self, c: Unit, u: Unit, weight: dict[str, float] | None = None) -> bool:
        """Whether sentence ``u`` tells part of claim ``c`` in other words: it shares a few of the
        claim's content words, a share of their weight, and means something close (centred cosine).
        The readers of single-source claims found most of those wrongly flagged told this way
        ("overpowered two prison guards … wearing one of their uniforms" / "pulled a gun on two guards
        … fleeing in one of the guard's uniforms")."""
        shared = c.stems & u.stems
        opts = self.options
        if len(shared) < opts.single_told_words:
            return False
        if weight is None:  # the IDF of each claim stem (``told_elsewhere`` passes it, read once per claim)
            weight = {st: self._idf.get(st, self._default_idf) for st in c.stems}
        if math.fsum(weight[st] for st in shared) < opts.single_told_share * math.fsum(weight.values()):
            return False
        return self._cosine(c, u) >= opts.single_told_similarity

    def _tells_clause(self, parts: Sequence[tuple[frozenset[str], frozenset[str], dict[str, float], float]],
                      u: Unit) -> bool:
        """Whether sentence ``u`` tells one clause of a claim whose clauses are ``parts`` (each: its
        content stems, those no name's, their IDF and its total weight, from ``_clauses_of``): it shares enough of the
        clause's words, and that much of their weight. A long claim says several things; another outlet
        telling one of them ("her actions an 'aggressive and improper pursuit of Crossroads'" /
        "Lerner took an 'aggressive and improper' interest in Crossroads GPS") shares too little of the
        whole claim's weight, and its whole-sentence meaning, for ``_tells_part`` to see it."""
        opts = self.options
        for stems, details, weight, total in parts:
            shared = stems & u.stems
            # ... and not only a name ("Lou Taylor Pucci", "The Washington Post"): words of what is said,
            # no name's in either sentence
            if len(shared) >= opts.single_clause_words and \
                    len(shared & details & u.details) >= opts.single_clause_details and \
                    math.fsum(weight[st] for st in shared) >= opts.single_clause_share * total:
                return True
        return False

    def _clauses_of(self, c: Unit) -> list[tuple[frozenset[str], frozenset[str], dict[str, float], float]]:
        """The clauses of claim ``c`` that say something of their own (``clauses``; at least
        ``single_clause_words`` content words, ``single_clause_details`` of them no name's), each with
        its stems' IDF and their total weight."""
        out: list[tuple[frozenset[str], frozenset[str], dict[str, float], float]] = []
        for part in clauses(c.sentence.text):
            stems = content(part) & c.stems
            details = stems & c.details
            if len(stems) >= self.options.single_clause_words and len(details) >= self.options.single_clause_details:
                weight = {st: self._idf.get(st, self._default_idf) for st in stems}
                out.append((stems, details, weight, math.fsum(weight.values())))
        return out

    def independent(self, article_ids: Iterable[str]) -> int:
        """How many independent sources articles are: a wire copy and its original count once, and so
        do two articles of one outlet (``accord.align.sources``)."""
        root = self._root
        return len({root.get(a, a) for a in article_ids})

    def source(self, article: str) -> str:
        """The article ``article`` counts as when sources are counted (itself, its original, or the
        first article of its outlet): claims of one source queue together."""
        return self._root.get(article, article)


# Words news outlets use for one event where the word vectors (a static model) see little in common
# ("leaving" / "withdrawing" 0.37, "sent" / "dispatched" 0.18, "asked" / "requested"): one family, one
# word, for the coverage and order of a claim's words: ``accord.verbs``' swappable words (one sense in
# every telling; never "killed" / "died"), each stem → its family's first stem (also its family's key).
_FAMILY = _FAMILY_STEM = verbs.senses(stem)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year: shared by sentences about different things
_PREFETCH_ROWS = 256  # claims per matrix product in ``Evidence.prefetch`` (bounds its memory)
_WORD_VECTORS: dict[str, np.ndarray] = {}  # a word's vector never changes: kept for the process
_WORD_VECTORS_MAX = 200_000


def _word_vectors(items: list[str]) -> np.ndarray:
    """Unit vectors of words, each embedded once per process (static model: one vector per word)."""
    need = list({w for w in items if w not in _WORD_VECTORS})
    if need:
        from accord import embed

        if len(_WORD_VECTORS) + len(need) > _WORD_VECTORS_MAX:
            _WORD_VECTORS.clear()
        for w, v in zip(need, embed.encode(need)):
            _WORD_VECTORS[w] = v
    return np.stack([_WORD_VECTORS[w] for w in items])


_LETTERS = re.compile(r"[a-z]+")
# endings a compound's parts may carry apart ("Re - elect" / "reelection", "flowerpots" / "flower pot")
_COMPOUND_ENDINGS = ("ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s")
# a part that makes a compound of another meaning ("any way" / "anyway", "every day" / "everyday")
_COMPOUND_NOT = FUNCTION_WORDS | frozenset({"any", "every", "some", "no"})


def _compound_root(word: str) -> str:
    """``word`` less one inflection or ending (at least five letters left): the parts compared."""
    for end in _COMPOUND_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 5:
            return word[: -len(end)]
    return word


def _compounds_said(claim: str, text: str, left: set[str]) -> bool:
    """Whether every claim stem ``text`` leaves unsaid (``left``) is a word of the claim that ``text``
    writes split or joined otherwise (``_compound_said``), or a word of a phrase ``text`` tells in the
    words a dictionary gives for it (``_phrase_said``): outlets spell compounds and tell these acts their
    own way, and a reader sees the same claim. Stems of names or quoted words (not in ``plain``) never are."""
    mine = plain(claim)
    return all(st in mine and (_compound_said(mine[st], claim, text) or _phrase_said(st, claim, text)) for st in left)


# where one is booked: a jail ("the county jail", "Cook County Jail"), never a hospital or a court
_TO_JAIL = (r"(?:the\s+)?(?:(?!(?:and|or|after|before|then|from|with)\b)[\w'’.-]+\s+){0,3}?"
            r"(?:jail|lockup|detention\s+(?:center|centre|facility)|correctional\s+(?:center|centre|facility))\b")
# a team's coach, told in a positive, narrow form (mend61): "coach" after a determiner, an ordinal ("the fifth coach
# fired"), "with"/"under", a verb that names or fires one ("fired coach Maurice Cheeks"), a league or a team's name or
# possessive ("the Hawks' coach", "Hawks coach"), then the end of a phrase, "of" a team ("coach of the Hawks", never "of
# the Hawks' offense" nor "of special teams"), a name or a verb; and no word in the sentence that makes one an
# assistant, interim, associate or volunteer coach. A unit's or a position's coach never fits the form ("offensive
# coach", "line coach", "special teams coach", "coach for special teams")
# (mend63, review64) a unit's or a position's word before "coach", whatever its case: "Offensive coach", "Quarterbacks
# coach", "the Hawks' Defensive Coach", "Hawks Pitching Coach" are no team's head coach
_UNIT_WORD = (r"(?i:offen[cs]ive|defen[cs]ive|offen[cs]e|defen[cs]e|quarterbacks?|pitching|hitting|batting|bowling|"
              r"fielding|bullpen|line|o-line|d-line|linebackers?|receivers?|backs?|tight|ends?|secondary|safeties|"
              r"cornerbacks?|special|teams|strength|conditioning|fitness|goalkeeping|goalkeepers?|goalies?|goaltending|"
              r"kicking|punting|shooting|skating|skills|forwards?|guards?|tackles?|catchers?|catching|infield|outfield|"
              r"base|baserunning|throwing|running|attack|technical|performance|quality|control|development|youth|"
              r"academy|reserves?|position|positional|assistant)\b")
_TEAMS_COACH = re.compile(
    r"^(?!.*\b(?i:assistant|interim|acting|associate|volunteer|position|coordinator)\b)"
    r".*(?:^|\b(?i:the|a|an|as|new|former|its|their|his|her|next|last|only|current|first|second|third|with|under|by|"
    r"and|named|fired|hired|sacked|dismissed|ousted|appointed|replaced|"
    r"(?:four|fif|six|seven|eigh|nin|ten|\w+teen|\w+ie)th|\d+(?:st|nd|rd|th))\s+|\b(?!" + _UNIT_WORD + r")"
    r"[A-Z][\w.&-]*(?:['’]s?)?\s+)(?i:coach)"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+of\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?!['’\w])|\s+[A-Z]|"
    r"\s+(?i:who|was|is|has|had|said|says|will|would|since|at|on|to|fired|hired|named|resigned|\w+ed)\b)")
# a subject pronoun whose opinion is only its speaker's (a name of its own: ``_PRONOUN`` below reads he/she/his/her)
_SUBJECT_PRONOUN = re.compile(r"(?i:he|she|they|we|i)")
# who says what a pronoun then thinks: up to four words just before "said" ("Coroner Gary Hale", "the coroner" in "…,
# the coroner said he thinks"); the last is the speaker's name or title
_SPEAKER = re.compile(r"(?P<who>(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s+(?:said|says|told\s+\w+|added|stated)\s+"
                      r"(?:that\s+)?$", re.I)


def _speaker(text: str, at: int) -> list[str]:
    """The words (lower case, no determiner) of who says what the pronoun at ``at`` of ``text`` thinks, the nearest
    (the name or title) last; empty when no speaker is told just before it (then no opinion can be matched). The
    client a lawyer or a spokesman speaks for ("a lawyer for Doe", "Doe's lawyer") is left out: another person."""
    m = _SPEAKER.search(text[:at])
    if not m:
        return []
    found = _spoken_for(m["who"])
    who = _POSSESSOR.sub(" ", (m["who"][:found.end("noun")] if found else m["who"]) + " ").split()
    return [w.lower() for w in who if w.lower() not in ("the", "a", "an", "and", "but")]


def _same_speaker(mine: list[str], theirs: list[str]) -> bool:
    """Whether two speakers are one: either's nearest word (name or title) is a word of the other's ("Coroner Gary
    Hale" / "the coroner", "Hale"); never two speakers who share only a date ("On Monday the owner")."""
    return bool(mine and theirs) and (mine[-1] in theirs or theirs[-1] in mine)


class _SameSpeakersOpinion:
    """Another sentence's opinion word ``pattern`` of the claim's speaker: the claim's subject word itself, or a
    pronoun whose speaker shares a word with the claim's ("Coroner Gary Hale said he" / "the coroner said he";
    never "the owner said he")."""

    def __init__(self, claim_match: re.Match[str], pattern: str) -> None:
        self.who = claim_match["who"]
        self.pattern = re.compile(r"\b(?P<who>" + re.escape(self.who) + r")\s+(?:" + pattern + r")\b" + _NOT_HEDGE,
                                  re.I)
        self.speaker = _speaker(claim_match.string, claim_match.start()) if _SUBJECT_PRONOUN.fullmatch(self.who) else None

    def search(self, text: str) -> bool:
        """Whether ``text`` tells the opinion, of the same speaker when the claim's subject is a pronoun."""
        return any(self.speaker is None or _same_speaker(self.speaker, _speaker(text, m.start()))
                   for m in self.pattern.finditer(text))


# an opinion word never a hedge ("believed to be", "thought to") nor a denial ("thinks otherwise")
_NOT_HEDGE = r"(?!\s+(?:to|otherwise)\b)"


def _opinion(mine: str, theirs: str) -> tuple[re.Pattern[str], Callable[[re.Match[str]], _SameSpeakersOpinion]]:
    """A ``_SAID_AS`` entry: the claim's opinion word ``mine`` (its subject in group "who") told as ``theirs`` by the
    same subject, both guarded alike."""
    return (re.compile(r"\b(?P<who>[\w'’.-]+)\s+(?P<word>" + mine + r")\b" + _NOT_HEDGE, re.I),
            lambda m: _SameSpeakersOpinion(m, theirs))


# "faces first-degree murder charges": a charge brought, told as done (never "could be facing", "faces possible charges")
_FACES_CHARGE = re.compile(_TOLD_DONE + r"(?<!\bbe\s)\b(?P<word>faces|faced|facing)\s+"
                           r"(?!(?:no|any|possible|potential|likely)\b)(?:[\w'’-]+\s+){0,8}?charges?\b", re.I)
# (cite37, issue 12) a claim's phrase and the words a dictionary gives for it in another outlet's sentence
# (group "word": the claim's word the other sentence does not write). Read only where that sentence says every other
# word of the claim, all its details checked (``_compounds_said``): "taken to a hospital" is never "booked into jail".
_SAID_AS = (
    # "faces first-degree murder charges" / "was charged with first-degree murder": the charge told as done, never
    # one that may come ("could face", "could be facing", "faces possible / no charges")
    (_FACES_CHARGE,
     re.compile(_TOLD_DONE + r"(?<!\bnot\sbeen\s)(?<!\bnever\sbeen\s)(?<!n[’']t\sbeen\s)\bcharged\s+"
                r"(?:him\s+|her\s+|them\s+)?with\b", re.I)),
    # "taken to the county jail where he was booked" / "booked into county jail": booked there, so taken there (the
    # claim's own "taken to" a jail, never to a hospital the other sentence names elsewhere)
    (re.compile(r"\b(?P<word>taken|took)\s+to\s+" + _TO_JAIL, re.I),
     re.compile(_TOLD_DONE + r"\bbooked\s+into\s+" + _TO_JAIL, re.I)),
    # "the coroner said he believes" / "he thinks": one opinion (never "believed to be", "thought to": a hedge, nor
    # "thinks otherwise"), of the same speaker (never "his family thinks"), read the same both ways (mend63)
    _opinion(r"believes?|believed", r"thinks?"),
    _opinion(r"thinks?", r"believes?"),
    # "the results have not been revealed" / "the results are not yet known", "won't be known for weeks": pending, so
    # not told (never a plain "not known", which may say nobody knows: "the victim's name was not released")
    (re.compile(r"\b(?:not|n[’']t)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?P<word>revealed|released|disclosed|announced)\b", re.I),
     re.compile(r"\bnot\s+yet\s+(?:been\s+)?known\b|\b(?:won[’']t|will\s+not)\s+be\s+known\b", re.I)),
    # "the fifth NBA head coach fired" / "the fifth NBA coach fired": a team's coach, never an assistant or interim one
    (re.compile(r"\b(?P<word>head)\s+coach", re.I), _TEAMS_COACH),
)


def _phrase_said(st: str, claim: str, text: str) -> bool:
    """Whether claim stem ``st`` is the word of a ``_SAID_AS`` phrase of ``claim`` that ``text`` tells in the
    dictionary's words ("faces … charges" / "charged with")."""
    return any(stem(m.group("word").lower()) == st and (theirs(m) if callable(theirs) else theirs).search(text)
               for mine, theirs in _SAID_AS for m in mine.finditer(claim))


def _compound_said(word: str, claim: str, text: str) -> bool:
    """Whether ``text`` writes the claim's ``word`` split or joined otherwise: two of its words joined
    ("Re - elect" for "reelection") or one of its words the claim writes as two ("flowerpot" for
    "flower pot"), the same but for an ending, never with a function word as a part ("any way" is not
    "anyway", "on board" not "onboard")."""
    w = word.lower().replace("-", "")
    toks = _LETTERS.findall(text.lower())
    if len(w) >= 6:
        root = _compound_root(w)
        if any(_compound_root(a + b) == root for a, b in zip(toks, toks[1:])
               if len(a) >= 2 and len(b) >= 3 and a not in _COMPOUND_NOT and b not in _COMPOUND_NOT):
            return True
    mine = _LETTERS.findall(claim.lower())
    joined = {_compound_root(a + b) for a, b in zip(mine, mine[1:])
              if w in (a, b) and len(a) >= 2 and len(b) >= 3 and a not in _COMPOUND_NOT and b not in _COMPOUND_NOT}
    return bool(joined & {_compound_root(t) for t in toks})


def _one_minor_word(text: str, unsaid: set[str]) -> bool:
    """Whether the claim stems another sentence does not say (``unsaid``) are one word of ``text``
    written in lower case that names no event and no manner: not a verb form (a past or participle
    in -ed or -ing, an irregular past, an auxiliary), nor an adverb in -ly ("died", "escaped", "is
    believed", "allegedly" each change what is claimed; "recent" in "recent threats" does not)."""
    if len(unsaid) != 1:
        return False
    word = plain(text).get(next(iter(unsaid)))
    if word is None:  # a capitalised or quoted word: a name or someone's words, never dropped
        return False
    w = word.lower().strip("'’-")
    return not (w.endswith(("ed", "ing", "ly", "en")) or w in _PAST or w in _FINITE or w in IRREGULAR_VERBS
                or w in _AUXILIARY or _NEGATION.fullmatch(w))


_ORDER_SKIP = _ATTRIBUTION | {"a", "an", "the"}


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, each saying something of its own: split where a main clause may end
    (``_CLAUSE_END``), where a second one starts (``_CLAUSE_START``) and at ", and" / ", although"
    (``_CLAUSE_JOIN``). A sentence of one clause is one item. ``told_elsewhere`` looks for another
    outlet telling any one of them; a list cut in pieces ("A, B, and C") leaves parts too short to count."""
    cuts = sorted({(m.start(), m.end()) for rx in (_CLAUSE_END, _CLAUSE_START, _CLAUSE_JOIN) for m in rx.finditer(text)})
    out: list[str] = []
    begin = 0
    for start, end in cuts:
        if start >= begin:
            out.append(text[begin:start])
        begin = max(begin, end)  # overlapping cuts (", " before "but" and ", but ") make one
    out.append(text[begin:])
    return [p for p in out if p.strip()]


# where a part of the day may belong to another event of the same sentence: a second main clause with a
# subject of its own ("… this morning charged him and he will appear …"); never "after" / "when" (support20:
# "officers shot Gray after he pointed a revolver at them on Saturday night" dates the shooting too)
_EVENT_CUT = re.compile(r",?\s+(?:and|but|then)\s+(?=(?:he|she|they|it|we|police|officers|[A-Z][a-z]+)\s)|;\s+")


def _daypart_event(c: Unit) -> frozenset[str]:
    """The claim's words (besides names) of the part of it that holds its part of the day: the event the
    time belongs to ("appear", "court" in "He will appear at … court this morning")."""
    text = c.sentence.text
    pieces = [x for x in _EVENT_CUT.split(text) if _DAYPART.search(x)] or [text]
    told = " ".join(m.group(0) for m in _DAYPART.finditer(text))
    return (content(" ".join(pieces)) & c.details) - content(told)


def _dayparts_of(text: str, event: frozenset[str]) -> frozenset[str]:
    """Parts of the day a sentence attaches to the event: in a sentence telling two events ("Police
    have this morning charged him and he will appear before magistrates"), only those in a part that
    tells the claim's event, when another part tells it; a sentence of one event keeps them all."""
    pieces = _EVENT_CUT.split(text)
    telling = [x for x in pieces if content(x) & event] if len(pieces) > 1 and event else []
    return frozenset().union(*map(_dayparts, telling)) if telling else _dayparts(text)


# (cite31) where in a thing: "in the back of the vehicle", "on the roof of the house". A part of a span of
# time ("in the middle of the night", "at the end of the game") is when, not where; "end" is left out
# for that reason. Parts one word apart name the same part ("the rear" / "the back"); a word that starts
# with the part says it too ("the backseat", "the rooftop").
_REGION = re.compile(r"\b(?:in|on|at|into|onto|inside|from|near|to|toward|towards)\s+the\s+"
                     r"(back|rear|front|top|bottom|side|corner|middle|centre|center|edge|roof)\s+of\s+"
                     r"(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+|one\s+)?"
                     # the thing: up to three words, never past a preposition or a time ("the van on Tuesday")
                     r"([A-Za-z][\w-]*(?:\s+(?!(?:on|in|at|by|for|with|and|or|after|before|during|when|while|as|"
                     r"to|from|of|near|into|onto|last|this|next)\b)[A-Za-z][\w-]*){0,2})", re.I)
_REGION_FAMILY = {"back": ("back", "rear"), "rear": ("back", "rear"), "centre": ("centre", "center", "middle"),
                  "center": ("centre", "center", "middle"), "middle": ("centre", "center", "middle"),
                  "roof": ("roof",), "top": ("top", "roof")}
# (mend52) compounds that name a part of a thing in one word ("the van's backseat", "the hotel's rooftop")
_REGION_COMPOUNDS = {"back": ("backseat", "backseats", "back-seat"), "rear": ("backseat", "backseats", "back-seat"),
                     "roof": ("rooftop", "rooftops"), "top": ("rooftop", "rooftops")}
# (mend52) things no part of which is a place: an abstract noun ("scandal", "league", "investigation"), so "at the
# centre of a corruption scandal" is no where-in-a-thing. A list, not endings: "station", "apartment", "ambulance",
# "residence" end as abstract nouns do and are places (review of mend52)
_ABSTRACT_THINGS = frozenset("scandal scandals league leagues table standings rankings list agenda debate debates "
                             "controversy row dispute crisis campaign conflict plan plans deal story stories issue "
                             "issues effort efforts matter case affair class queue pile heap hierarchy pack field "
                             "race polls charts chart pyramid ladder food chain order process system world investigation "
                             "investigations negotiations talks movement attention conversation competition "
                             "tournament economy market markets".split())
_SPAN_STEMS = frozenset(stem(w) for w in ("quarter", "half", "inning", "period", "game", "match", "season", "hour",
                                          "century", "decade", "term", "race", "round", "show", "speech", "trial"))


# (cite31) a body named after a place by a plural after it, as teams are ("the San Diego Chargers", "the New
# Orleans Saints"), whatever the tagger calls the name; not a place's own plural ("Niagara Falls", "Palm Springs")
_TEAM_AFTER = r"\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]{2,}s)\s*$"
_PLACE_PLURALS = frozenset("falls springs hills heights islands isles rapids plains lakes woods keys sands gardens "
                           "meadows oaks pines mountains shoals dunes cliffs bluffs groves forks banks downs wells "
                           "glades narrows flats highlands lowlands lands fields acres estates towers docks".split())


# (cite31) "the city", "the town": the place named before, even if only in a body's name ("San Diego Chargers
# … on a freeway outside the city's downtown area": San Diego, as a reader takes it)
_THE_CITY = re.compile(r"\bthe\s+(?:city|town)\b", re.I)


def _team_of(name: str, place: str) -> bool:
    """Whether ``name`` is place ``place`` and a plural that makes it a body named after the place, as a
    team's is ("San Diego Chargers" for "San Diego"; not "Niagara Falls", a place itself)."""
    hit = re.match(r"\s*(?:[Tt]he\s+)?" + re.escape(place) + _TEAM_AFTER, name)
    return hit is not None and hit.group(1).split()[-1].lower() not in _PLACE_PLURALS


def _regions(text: str) -> tuple[tuple[str, str], ...]:
    """(part, a pattern of its words) for each place-within-a-thing phrase of ``text`` (``_REGION``)."""
    out = []
    for m in _REGION.finditer(text):
        obj = {stem(w) for w in m.group(2).lower().split()}
        if obj & (_WHEN_STEMS | _SPAN_STEMS):
            continue  # "in the middle of the night", "… of the third quarter": a time
        # mend52: a concrete thing only, after an article ("at the centre of a corruption scandal", "at the top
        # of the league", "on the back of strong sales" are figures of speech, no place in a thing)
        if not re.search(r"\bof\s+(?:the|an?|his|her|their|its|one)\s+\S", m.group(0), re.I) \
                or any(w in _ABSTRACT_THINGS for w in m.group(2).lower().split()):
            continue
        part = m.group(1).lower()
        forms = _REGION_FAMILY.get(part, (part,))
        parts = r"\b(?:" + "|".join(sorted({*forms, *(c for f in forms for c in _REGION_COMPOUNDS.get(f, ()))})) + r")\b"
        # the part as a whole word or a listed compound, in one clause with the thing ("the van's backseat");
        # "backed by an accomplice" or a back of something else says nothing of it
        words = [re.escape(w) for w in m.group(2).split() if len(w) >= 3] or [re.escape(m.group(2).split()[0])]
        thing = r"\b(?:" + "|".join(words) + r")(?:s|['’]s)?\b"  # a whole word: "van" is not "vanished"
        near = r"[^,;:—.!?]*?"
        out.append((m.group(0)[:m.start(2) - m.start()] + m.group(2).split()[0],
                    f"(?:{parts}{near}{thing}|{thing}{near}{parts})"))
    return tuple(out)


def _dayparts(text: str) -> frozenset[str]:
    """Parts of a day a text dates something to ("this afternoon", "late Tuesday night")."""
    out = set()
    for m in _DAYPART.finditer(text):
        part = (m.group("part") or "night").lower()
        out.add(part)
        edge = m.group("edge") or (m.group(0).split()[0].lower() if m.group(0).split()[0].lower() in ("late", "early") else None)
        if edge:  # "late Tuesday night" is a narrower time than "Tuesday night", which does not state it (mend28)
            out.add(f"{edge.lower()} {part}")
    return frozenset(out)


# a place written as its initials after "in" / "at" ("a 20 - 13 win in K. C.", "rally in D.C.")
_INITIALS_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z]\.\s?){2,3})(?!\w)")
_CALENDAR_WORDS = frozenset([d.capitalize() for d in WEEKDAYS] + MONTHS_FULL)
_NAME_RUN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\b")


# (mend27) What makes a place's own clause a possibility, a plan or a guess rather than a fact ("may head for
# Djibouti", "possibly at Djibouti", "is considering a move to Lyon", "plans to open in Leeds"): the words
# before the place back to its clause's start (``_HEDGE_END``: a comma, a dash, a bracket, "which", "but" …).
# Lower case only: "May" is a month as often as not ("on May 5 in Paris").
_PLACE_HEDGE = re.compile(r"\b(?:may|might|could|possibly|[Pp]erhaps|[Pp]robably|likely|considering|consider|"
                    r"plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|hopes?\s+to|expected\s+to)\b")


@lru_cache(maxsize=65536)
def _hedged_mentions(text: str, party: str, window: int) -> tuple[bool, ...]:
    """For each place ``text`` writes ``party`` in its own words, whether a hedge (``_PLACE_HEDGE``) stands among
    the ``window`` words before it within its clause. Cached: every claim naming a place reads the same
    article sentences again."""
    pattern = _party_pattern(party)
    if pattern is None:
        return ()
    out = []
    for m in pattern.finditer(text):
        before = _HEDGE_END.split(text[:m.start()])[-1]
        out.append(bool(_PLACE_HEDGE.search(" ".join(before.split()[-window:]))))
    return tuple(out)


@lru_cache(maxsize=4096)
def _party_pattern(party: str) -> re.Pattern[str] | None:
    """``party`` written in its own words, any non-word run between its words (compiled once per name)."""
    tokens = words(party)
    if not tokens:
        return None
    return re.compile(r"(?<![\w-])" + r"\W+".join(re.escape(t) for t in tokens) + r"(?![\w-])", re.I)


def _initials_places(text: str) -> list[str]:
    """Places a sentence writes as initials after "in"/"at": the NER reads none of them, yet where
    something happened is a detail of the claim."""
    return [m.group(1).strip() for m in _INITIALS_PLACE.finditer(text)]


def _initials_place_in(short: str, text: str) -> bool:
    """Whether a sentence places something at the place ``short`` writes as initials: the same
    initials, or the name they stand for after "in"/"at" ("at Kansas City" for "in K. C."; never
    "the Kansas City Chiefs", a team's name)."""
    letters = re.sub(r"[^A-Z]", "", short)
    if re.search(r"(?<![\w.])" + r"\.?\s?".join(letters) + r"\.?(?!\w)", text):
        return True
    for m in _NAME_RUN.finditer(text):
        name = m.group(1).split()
        # "in Kansas City Sunday" reads "Kansas City"; "at Kansas City Chiefs' stadium" names a team
        n = len(name) - 1 if name[-1] in _CALENDAR_WORDS else len(name)
        if n > 1 and "".join(w[0] for w in name[:n]) == letters and not re.match(r"\s+[A-Z]", text[m.end(1):]):
            return True
    return False


# a passive verb and "by" ("was pulled over by the", "were arrested by"): what names the doer follows
_AGENT_BY = (r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ught|ld)"
             r"(?:\s+(?:over|up|down|out|off|away|in))?\s+by\s+(?:the\s+)?")
_AGENT_PREFIX = re.compile(_AGENT_BY)


@lru_cache(maxsize=4096)
def _agent_pattern(party: str) -> re.Pattern[str]:
    """``_AGENT_BY`` followed by the party's name, compiled once per name: built per claim, it made half
    the patterns a brief compiled (525 of 1,031 in 50 Multi-News stories), more than the ``re`` module's
    cache of 512 holds, so the stages' own patterns were pushed out and compiled again."""
    return re.compile(_AGENT_BY + re.escape(party) + r"\b")


def _agents(text: str, parties: Iterable[str]) -> frozenset[str]:
    """The parties a claim says did what it tells, "by" them after a passive verb ("was pulled over
    by the California Highway Patrol", "was arrested by police"): who did it is a detail. Most claims
    have no passive "by" at all, and a party the claim does not write is none of its agents: neither
    needs a name's pattern."""
    if not _AGENT_PREFIX.search(text):
        return frozenset()
    return frozenset(p for p in parties if p in text and _agent_pattern(p).search(text))


def _titled(phrase: str, text: str) -> bool:
    """Whether a quoted phrase (space-joined words, from ``phrases``) is written in ``text`` with each
    word capitalised: a title or a name ("Apocalypse Now", "Black Monday"), not a turn of phrase."""
    for found in _PHRASE.findall(text):
        if " " + " ".join(words(found)) + " " == phrase:
            return all(w[:1].isupper() or not w[:1].isalpha() for w in found.split())
    return False


def _word_count(said: str) -> int:
    """Words of a claim that count for its length (articles and attribution verbs aside)."""
    return sum(1 for w in said.split() if w not in _ORDER_SKIP)


def _order_stems(said: str, synonyms: dict[str, str]) -> list[str]:
    """The stems a claim's words in order are compared in (articles and attribution verbs aside): a
    number word is "#", which stands for any figure or number word ("a dozen" / "12", "eleventh" /
    "11th"; the figure and count checks compare their values)."""
    return ["#" if w in _NUMBER_WORDS or w in _ORDINAL_DIGITS else synonyms.get(w) or stem(w)
            for w in said.split() if w not in _ORDER_SKIP]


@lru_cache(maxsize=65536)
def _plain_order_stems(said: str) -> tuple[str, ...]:
    """``_order_stems`` without synonyms, read once per text: a short claim is looked for in every
    sentence of the story, and each sentence is compared with many claims."""
    return tuple(_order_stems(said, {}))


def _same_word(x: str, y: str) -> bool:
    """Two order stems for one word: equal, or a number word and a figure or number word."""
    return x == y or (x == "#" and (y[0].isdigit() or y == "#")) or (y == "#" and x[0].isdigit())


def _in_order(claim: str, other: str, synonyms: dict[str, str] | None = None, options: Options = DEFAULT) -> float:
    """Share of a claim's words (articles and attribution verbs aside) that another text writes in the
    same order and close together (``_order_match``)."""
    return _order_match(claim, other, synonyms, options)[0]


def _order_match(claim: str, other: str, synonyms: dict[str, str] | None = None,
                 options: Options = DEFAULT) -> tuple[float, frozenset[str]]:
    """(Share of a claim's words, articles and attribution verbs aside, that another text writes in the
    same order and close together; the claim's stems the stretch that writes them leaves out). The
    share: their longest common subsequence inside any stretch of the other text at most
    ``options.support_order_span`` times the claim's length, over the claim's length (so that "Rahman
    had him fighting down" is not found in "…Rahman had nothing to offer… won him so many fights"). A
    phrase that opens with a preposition and ends the claim may stand elsewhere in the other text, after
    a preposition of its own ("Chohan was pronounced dead at Jamaica Hospital" / "… took Chohan to
    Jamaica Hospital, where she was pronounced dead"; never a word of a name, "check into court" / "a
    Superior Court judge"): the claim's two parts are then each found whole and in order. Who did what
    to whom stays in order ("Klitschko stopped Thompson" is not "Thompson stopped Klitschko").
    ``synonyms`` maps a word of the other text to the stem of the claim's word it says ("soldiers" ->
    "troop")."""
    a = _plain_order_stems(claim)
    b: Sequence[str] = _order_stems(other, synonyms) if synonyms else _plain_order_stems(other)
    if not a:
        return 1.0, frozenset()
    span = max(len(a) + 2, int(options.support_order_span * len(a)))
    best, start = _common_in_window(a, b, span)
    for k in range(1, len(a) - 1):
        # every word of both parts, in order, the preposition aside ("at Jamaica Hospital" / "to
        # Jamaica Hospital, where …"): the phrase moved, nothing else changed
        if a[k] in _PREPOSITION_STEMS and best < len(a) and _common_in_window(a[:k], b, span)[0] == k \
                and _after_preposition(a[k + 1:], b) and _common_in_window(a[k + 1:], b, span)[0] == len(a) - k - 1:
            return 1.0, frozenset()
    if best == len(a):
        return 1.0, frozenset()
    numbers = any(w == "#" or w[0].isdigit() for w in b[start:start + span])
    seen = set(b[start:start + span])
    left = [w for w in a if w not in seen and w not in _PREPOSITION_STEMS and not (numbers and (w == "#" or w[0].isdigit()))]
    # the claim's opening words (its subject) may stand before the stretch, the sentence going on about
    # them ("The man fell in the Tasman Glacier area" / "The New Zealand-born man, who lived in Australia,
    # … when he fell in the Tasman Glacier area")
    opening = next((k for k, w in enumerate(a) if w in seen), len(a))
    before = set(b[:start])
    return best / len(a), frozenset(w for w in left if not (a.index(w) < opening and w in before))


# A passive clause with its agent ("The legal bills have been paid by the United Steelworkers union",
# "They were alerted to the blaze by a fire alarm"): its subject back to the clause's start, the
# auxiliary, a participle, what follows it in the clause and the agent after "by" (to the clause's end)
_PASSIVE_BY = re.compile(
    r"(?P<subj>[^,;:“”\"()]*?)\s+(?:(?:has|have|had)\s+|(?P<modal>will|would|could|may|might|must|should|can)\s+)?"
    r"(?:been|be|is|are|was|were)(?:\s+being)?\s+(?P<adv>(?:[a-z]+ly|later|also|then|already|just|not|never)\s+)*"
    r"(?P<part>[a-z]+(?:ed|en)|[a-z]+)\b(?P<rest>[^,;:“”\"()—–]*?)\s+by\s+(?P<agent>[^,;:.!?“”\"()—–]+)")
_BY_WORD = re.compile(r"\sby\s")  # what ``_PASSIVE_BY`` needs before its agent
# any passive ("was attacked", "has been placed", "were later escorted"): a claim in the passive is read
# against the sentence as written
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|later|also|then|already|just|not|never)\s+)*"
                      r"(?:[a-z]+(?:ed|en)|" + "|".join(sorted(IRREGULAR_VERBS)) + r")\b")
_TENSE = re.compile(r"(?<= )(?:is|are|was|were|be|been|being|has|have|had)(?= )")
# A subject pronoun is an object once the clause is turned round ("They were alerted" -> "alerted them")
_AS_OBJECT = {"they": "them", "he": "him", "she": "her", "we": "us", "i": "me"}
_AS_SUBJECT = {v: k for k, v in _AS_OBJECT.items()}


@lru_cache(maxsize=65536)
def active_voice(text: str) -> str | None:
    """``text``'s words (space-joined, as ``Unit.said``) with each passive clause that names its
    agent turned round ("The legal bills have been paid by the union" -> "the union paid the legal
    bills"), so a short claim told in the other voice is found in its order: who did what to whom
    stays as the sentence tells it ("X was attacked by Y" reads "Y attacked X", never "X attacked
    Y"). None when the text has no such clause: a passive without "by" names no doer ("MV Gibe was
    escorted to safety" does not state who escorted it). Read once per text (a story sentence is
    compared with many claims); a text without "by" between spaces has no such clause, and the
    pattern's lazy subject is not tried at each of its positions."""
    if not _BY_WORD.search(text):
        return None
    out: list[str] = []
    done = 0
    for m in _PASSIVE_BY.finditer(text):
        part = m.group("part").lower()
        if not (part.endswith(("ed", "en")) or part in IRREGULAR_VERBS) or part in _AUXILIARY:
            continue
        subj = words(m.group("subj"))
        agent = words(m.group("agent"))
        if not subj or not agent or subj[-1] in _CLAUSE_WORDS:
            continue  # "… the man who was arrested by police": a relative clause's subject is not written
        if len(agent) > 1 and agent[1] == "of" and (agent[0] in _NUMBER_WORDS or agent[0] in _PART_WORDS
                                                    or agent[0].isdigit()):
            continue  # "hit by three of the seven bullets": part of them did it, not "seven bullets"
        # the subject starts after a clause's opening word ("Police said the teen was struck by a car":
        # the teen); the agent ends before a preposition ("by officers on Saturday": officers)
        cut = max((j + 1 for j, w in enumerate(subj) if w in _SUBJECT_AFTER), default=0)
        head, subj = subj[:cut], subj[cut:]
        end = next((j for j, w in enumerate(agent) if w in _PREPOSITIONS and w != "of" or w in _CLAUSE_WORDS), len(agent))
        agent, after = agent[:end], agent[end:]
        if not subj or not agent:
            continue
        subj = [_AS_OBJECT.get(w, w) if len(subj) == 1 else w for w in subj]
        agent = [_AS_SUBJECT.get(w, w) if len(agent) == 1 else w for w in agent]
        adverbs = words(m.group("adv") or "")
        modal = [m.group("modal").lower()] if m.group("modal") else []
        out += words(text[done:m.start()]) + [*head, *agent, *modal, *adverbs, part, *subj, *words(m.group("rest")), *after]
        done = m.end()
    if not done:
        return None
    return " " + " ".join(out + words(text[done:])) + " "


# a clause word ending a passive's subject: the subject is a clause's (a relative pronoun), not written
_CLAUSE_WORDS = frozenset("who which that whom whose where when what".split())
# words that make an agent a part of a whole ("some of the protesters", "most of the shots")
_PART_WORDS = frozenset("some most many few several half all none each either neither any both part".split())
# words after which a clause's subject starts ("Police said the teen …", "… after the car …")
_SUBJECT_AFTER = _CLAUSE_WORDS | frozenset("said says told say and but or after before when while because as if "
                                           "since until although though".split())


def _after_preposition(phrase: Sequence[str], b: Sequence[str]) -> bool:
    """Whether order stems ``b`` write ``phrase``'s first word right after a preposition ("to Jamaica
    Hospital", "with both Portland and Philadelphia") or a possessive ("Manning's one-yard pass"): where
    a phrase moved in another outlet's sentence stands."""
    return any(_same_word(phrase[0], y) and j > 0 and (
        b[j - 1] in _PREPOSITION_STEMS or b[j - 1] == _POSSESSIVE
        or (j > 1 and b[j - 2] in _PREPOSITION_STEMS and b[j - 1] in _LEAD_WORDS)) for j, y in enumerate(b))


_LEAD_WORDS = frozenset(stem(w) for w in "both his her their its this that these those each every".split())
# ... or a name's possessive opens it ("Manning's one-yard touchdown pass to Dallas Clark": the "s" of "'s")
_POSSESSIVE = "s"


def _in_order_at_least(claim: str, other: str, share: float, options: Options = DEFAULT) -> bool:
    """``_in_order(claim, other) >= share`` (no synonyms), without the search when too few of the
    claim's words are in ``other`` at all: a short claim is looked for in every sentence of the story,
    and most share a word or two with it."""
    a, b = _plain_order_stems(claim), _plain_order_stems(other)
    if a:
        have = set(b)
        numbers = "#" in have or any(w[0].isdigit() for w in have)
        found = sum(1 for w in a if w in have or w in _PREPOSITION_STEMS or (numbers and (w == "#" or w[0].isdigit())))
        if found < share * len(a):
            return False  # no longer than the words found (a moved phrase's preposition may be missing)
    return _in_order(claim, other, options=options) >= share


# Prepositions that open a phrase a claim may end with and another outlet may put elsewhere
_PREPOSITIONS = frozenset("at in on to from near outside inside into after before during by for with "
                          "over under against amid".split())
_PREPOSITION_STEMS = frozenset(stem(w) for w in _PREPOSITIONS)


def _common_in_window(a: Sequence[str], b: Sequence[str], span: int) -> tuple[int, int]:
    """The longest common subsequence of stems ``a`` and any stretch of ``span`` stems of ``b``, and
    where the first such stretch starts."""
    wanted = set(a)
    numbers = "#" in wanted or any(w[0].isdigit() for w in wanted)
    best, where = 0, 0
    for start in range(0, max(1, len(b) - span + 1)):
        # only shared words can match
        window = [w for w in b[start:start + span] if w in wanted or (numbers and (w == "#" or w[0].isdigit()))]
        if len(window) <= best:
            continue
        row = [0] * (len(window) + 1)
        for x in a:
            prev = 0
            for j, y in enumerate(window, 1):
                cur = row[j]
                row[j] = prev + 1 if _same_word(x, y) else max(row[j], row[j - 1])
                prev = cur
        if row[-1] > best:
            best, where = row[-1], start
    return best, where


def _name_words(sentence: Sentence, party: str) -> set[str]:
    """The folded words a sentence writes the person ``party`` with (its PERSON mentions of that key: a
    place or a body misspelt by one outlet, "Schnectady", is still the place the reader knows)."""
    return {w for m in sentence.mentions if m.kind == "entity" and m.label == "PERSON" and m.value == party
            for w in fold(m.text).split()}


_SPELLING_ENDS = (("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter"), ("ors", "ers"), ("or", "er"))


def _word_spelling(word: str) -> str:
    """A common word's British or American ending written one way ("advisors" → "advisers", "centre" → "center")."""
    for a, b in _SPELLING_ENDS:
        if word.endswith(a):
            return word[: -len(a)] + b
    return word


def _spelt_otherwise(claim: Sentence, party: str, context: Sequence[Sentence]) -> bool:
    """(mend28) Whether the article writes the claim's name ``party`` only with a word one letter or so
    apart ("Ilene Wolff" / "Ilene Wolfe"): name merging joins them as one person's spellings, but a
    reader sees another name, which the article does not state. A transliteration is the same
    spelling (``entities.skeleton``: "Sergey" / "Sergei", "Zelenskyy" / "Zelensky")."""
    mine = _name_words(claim, party)
    theirs = set().union(*(_name_words(x, party) for x in context)) if context else set()
    if not mine or not theirs:
        return False
    for w in mine - theirs:
        if len(w) < 4 or any(skeleton(w) == skeleton(o) or _word_spelling(w) == _word_spelling(o) for o in theirs):
            continue  # a transliteration, or a common word's two spellings in a firm's name ("Advisers" / "Advisors")
        if any(o[:3] == w[:3] and o != w and abs(len(o) - len(w)) <= 1 for o in theirs):
            return True
    return False


# what a sentence may lack and another sentence of its article give (cite33): plain details only, never
# a bound, where in a thing, a source, a doer, a negation, a quotation or words ("(…)" qualifies a part:
# a party spelt otherwise, given another role, a place only in a name or only as a possibility)
_PAIR_DETAIL = re.compile(r"(?:figures|count|date|time of day|party|place) |words \(\d")
# a claim in someone's words, quoted in any marks ("… 'In Charge of Revitalizing the Economy,' Clinton Says"):
# whose words they are is told in one place, never pieced together (cite29's reader: a columnist's words)
_ANY_QUOTE_MARK = re.compile(r"[\"“”‘]|(?<![\w'’])'(?=\w)")  # any mark that opens or closes a quotation, single ones too
# a case put rather than a thing told: a condition or a possibility ("if and when", "might", "could")
_UNSURE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Mm]ight|may|[Cc]ould|[Ww]ould)\b")  # ("May" is a month)
_COUNTED_WORD = re.compile(r"\s+([a-z]+)\b")  # the word after a count: its unit or noun ("40 kilograms")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


# a sentence that opens on the happening told just before ("The attack happened on Saturday.", "The crash
# was on Highway 9."): a definite noun for an event, or the claim's own verb made a noun
_BACK = re.compile(r"\s*(?:The|This|That)\s+([a-z-]+)(?:\s+([a-z]+))?\b")
_EVENT_NOUNS = frozenset("attack incident crash accident collision shooting stabbing killing murder blast explosion "
                         "fire blaze raid robbery assault arrest fall death deaths injury injuries quake earthquake "
                         "storm flood collapse derailment hijacking kidnapping abduction protest clash clashes fight "
                         "game match deal sale announcement decision ruling verdict".split())


def _refers_back(text: str, event: set[str]) -> bool:
    """Whether a sentence opens on the happening the sentence before told (cite33): "The attack happened
    on Saturday." — "the" / "this" and an event noun or a noun of the claim's own event words ("The crash"
    after "a bus crashed"). "A truck overturned on Friday." opens on another happening."""
    m = _BACK.match(text)
    return m is not None and any(w in _EVENT_NOUNS or stem(w) in event for w in m.groups() if w)


# the words by which a sentence tells only that the happening took place, or what something held (mend53)
_HAPPENED = frozenset("happen happens happened occur occurs occurred take takes took taken place was were is are "
                      "been be had has have held hold holds contained".split())
# the nouns of a happening a sentence may tell besides those of ``_EVENT_NOUNS`` and ``verbs.EVENT_NOUNS``
_ACT_NOUNS = frozenset("meeting vote hearing trial talks conference ceremony rally visit election speech "
                       "statement interview repair repairs inquiry investigation".split())


# cite35 (issue 12): the acts of ``verbs.ACTS`` a text tells, and whether as done. A dictionary's phrase for one
# act ("found not guilty" / "acquitted"), then each word form; an act is not told as done after a negation ("was not
# charged", "no one was killed"), after "to" ("asked to resign", "expected to be charged"), as what is asked for,
# faced or foreseen ("calls for his resignation", "faces charges", "could be convicted") or as undone ("overturned
# his conviction", "the charges were dropped"). "in charge", "free of charge", "fired at" / "fired shots" tell no act.
_ACT_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"  # "found Smith guilty"
_ACT_OF = {w: a for a, forms in verbs.ACTS.items() for w in forms}
_ACT_PHRASES = (
    (re.compile(r"\b(?:found|find|finds|declared)\s+(?:(?:him|her|them|" + _ACT_NAME + r")\s+)?not\s+guilty\b"
                r"|\bcleared\s+of\b", re.I), "acquit"),
    (re.compile(r"\b(?:found|find|finds)\s+(?:(?:him|her|them|" + _ACT_NAME + r")\s+)?guilty\b", re.I), "convict"),
    (re.compile(r"\b(?:taken|took|take|takes)\s+(?:(?:him|her|them|the\s+\w+|\w+)" + _INTO_CUSTODY, re.I), "arrest"),
    (re.compile(r"\b(?:stepped|steps|stepping|step)" + _DOWN, re.I), "resign"),
    (re.compile(_PASSED_AWAY, re.I), "die"),
)
_ACT_WORD = re.compile(r"[a-z]+", re.I)
_NOT_DONE_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nor)|n['’]t)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:for|vote\s+on|demand\w*|seek\w*|sought|fac(?:e|es|ed|ing)|possible|potential|"
    r"overturn\w*|revers\w*|vacat\w*|quash\w*|drop\w*|dismiss\w*|withdr\w*|appeal\w*\s+against|"
    r"threat\w*|risk\w*|escap\w*|avoid\w*|attempted|attempt\w*\s+at)\s+"
    r"(?:(?:his|her|their|its|the|a|an|any|possible|criminal|federal|new|more|further)\s+){0,2}$", re.I)
# ... or after a modal ("should be fired", "could be charged", "will resign"), unless announced as decided ("announced
# he would resign" is the resignation announced; never "said he would resign if …": the modal alone is read)
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|would|will|should|must|shall|can)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?"
                           r"(?:\w+ly\s+)?$", re.I)
_ANNOUNCED_BEFORE = re.compile(r"\bannounc\w*\s+(?:that\s+)?(?:he|she|they|it|(?-i:[A-Z])\w+)\s+(?:would|will)\s+$", re.I)
_UNDONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:later\s+|since\s+)?"
                           r"(?:dropped|dismissed|overturned|reversed|quashed|vacated|withdrawn|thrown\s+out)\b", re.I)
# "asked to resign", "expected to be charged" (never "the fifth coach to be fired", "the first woman to win": done)
_TO_BEFORE = re.compile(r"\bto\s+(?:be\s+)?(?:\w+ly\s+)?$", re.I)
_RANKED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|only|"
                            r"\d+(?:st|nd|rd|th))\b(?:\s+[\w-]+){0,4}\s+to\s+(?:be\s+)?$", re.I)
_NO_ACT_BEFORE = re.compile(r"\b(?:in|of)\s+$", re.I)  # "in charge of", "free of charge"
_SHOT_AFTER = re.compile(r"\s+(?:at|upon|into|off|back|shots?|rounds?|bullets?|warning|several|two|three|a\s+shot|"
                         r"(?:his|her|their|a|the)\s+(?:gun|weapon|pistol|rifle|shotgun))\b", re.I)  # "fired at": a shot


def _not_done(before: str) -> bool:
    """Whether an act word right after ``before`` is told negated, planned, asked for, faced or undone."""
    return bool(_NOT_DONE_BEFORE.search(before)
                or (_TO_BEFORE.search(before) and not _RANKED_BEFORE.search(before))
                or (_MODAL_BEFORE.search(before) and not _ANNOUNCED_BEFORE.search(before)))


# A claim's own act is read as done only with no word of a wish, plan, order, condition or negation before it in
# its clause ("is expected to announce the manslaughter charge", "Judge orders Cohen released", "should be fired"):
# the claim asserts that act itself, so a sentence must tell it; a looser reading would refuse links for an act
# the claim never asserts.
_CLAIM_NOT_DONE = frozenset("to will would could should may might must can shall expected expects expect plan plans "
                            "planned planning want wants wanted order orders ordered ask asks asked urge urges urged "
                            "call calls called demand demands demanded seek seeks sought if whether unless not never "
                            "no nor without".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _claim_not_done(before: str) -> bool:
    """Whether a claim's act word right after ``before`` may be less than done (``_CLAIM_NOT_DONE``)."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _not_done(before) or any(w in _CLAIM_NOT_DONE or w.endswith("n't")
                                    for w in clause.lower().split()[-6:])


@lru_cache(maxsize=65536)
def told_acts(text: str, claim: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """The acts of ``verbs.ACTS`` the text tells as done, and those it tells only as not done (negated,
    planned, asked for, faced or undone), outside quotations; ``claim``: read as a claim, an act only
    surely done counts as done (``_claim_not_done``)."""
    not_done = _claim_not_done if claim else _not_done
    text = _unquoted(text)
    done: set[str] = set()
    other: set[str] = set()
    spans: list[tuple[int, int]] = []
    for pattern, act in _ACT_PHRASES:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in spans):
                continue  # "found not guilty" is read once, as the acquittal
            spans.append((m.start(), m.end()))
            (other if not_done(text[max(0, m.start() - 60):m.start()]) else done).add(act)
    for m in _ACT_WORD.finditer(text):
        word_act = _ACT_OF.get(m.group(0).lower())
        if word_act is None or any(a <= m.start() < b for a, b in spans):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if (word_act == "charge" and _NO_ACT_BEFORE.search(before)) \
                or (word_act == "dismiss" and _SHOT_AFTER.match(text, m.end())):
            continue
        if not_done(before) or _UNDONE_AFTER.match(text, m.end()):
            other.add(word_act)
        else:
            done.add(word_act)
    return frozenset(done), frozenset(other - done)


# (mend65) a claim that tells an act only as a possibility ("could be facing a charge", "may face charges", "a
# possible charge"): a sentence that tells the act done tells another thing ("May" the month is no modal)
_POSSIBLE = re.compile(r"\b(?:(?-i:may)|could|might|possible|possibly|potential|potentially|likely)\b", re.I)


def told_otherwise(claim: str, text: str, elsewhere: Iterable[str] = ()) -> list[str]:
    """Why sentence ``text`` tells another act than ``claim`` (cite35, issue 12): each act the claim tells as done
    (``verbs.ACTS``) must be told as done by the sentence; one that tells it only negated, planned, asked for or
    undone ("asked to resign" / "resigned"), or tells a rival act in its place ("charged" / "convicted",
    "released" / "arrested"), tells another act, whatever its other words share; so does a sentence that tells done
    an act the claim tells only as possible ("could face charges" / "was charged"). Attribution verbs are no acts.
    ``elsewhere``: the article's headline and other sentences about the claim; an act one of them tells as done
    is the article's, whatever this sentence tells."""
    wanted, maybe = told_acts(claim, claim=True)
    done, other = told_acts(text)
    out = []
    if maybe and _POSSIBLE.search(_unquoted(claim)):  # "could face charges" / "was charged", "faces charges" (mend65)
        said = done | ({"charge"} if _FACES_CHARGE.search(_unquoted(text)) else set())
        out = [f"act told as done, the claim's only as possible: {act}" for act in sorted(maybe & said)]
    if not wanted:
        return out
    if wanted - done:
        done = done | frozenset().union(*(told_acts(t)[0] & wanted for t in elsewhere))
    for act in sorted(wanted - done):
        if act in other:
            out.append(f"act not told as done: {act}")
        elif rivals := sorted((done - wanted) & verbs.RIVAL_ACTS.get(act, frozenset())):
            out.append(f"another act: {act} / {', '.join(rivals)}")
    return out


# -- cite36: a detail the claim asserts of its act, told by the article of another act ------------------
# People a claim may attach to its act with a preposition ("assault of a child", "was with a neighbor",
# "fraud against his employer"): the readers' partly kind where the article tells the person beside
# another charge or thing ("aggravated sexual assault and indecency with a child", "stole the car of a neighbor")
_DETAIL_PEOPLE = (r"child|children|minor|minors|infant|baby|toddler|girl|boy|neighbou?rs?|friends?|wife|husband|"
                  r"girlfriend|boyfriend|partner|roommate|daughter|son|mother|father|sister|brother|stepdaughter|"
                  r"stepson|niece|nephew|cousin|grandmother|grandfather|grandson|granddaughter|relatives?|"
                  r"employer|classmate|co-?worker|colleague")
# a place a claim attaches to its act ("arrested at his home"): the article must tell it there too
_DETAIL_PLACES = r"home|house|apartment|residence|hotel|school|office|church|workplace"
_DETAIL_DET = r"(?:(?:a|an|the|his|her|their|its|one|two|three|[a-z]+['’]s)\s+)?(?:[a-z][\w-]*\s+)?"
_DETAIL_CLAIM = re.compile(r"\b([A-Za-z][\w'’-]*)\s+(with|of|for|against|at|in|inside)\s+(" + _DETAIL_DET + r")(?:("
                           + _DETAIL_PEOPLE + r")|(" + _DETAIL_PLACES + r"))\b")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_AT_PLACE = ("at", "in", "inside")  # one preposition for where: "at his home" / "in his home"
_DETAIL_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:and|or|but|while|after|before|when|then)\b")
# an "and" / "or" joining two people or two places of one phrase ("of his wife and son", "at his home or
# office") is no clause break (mend59): the word before it is one of the detail nouns of the same kind
_JOINED = {False: re.compile(r"\b(?:" + _DETAIL_PEOPLE + r")\s+(?:and|or)\b"),
           True: re.compile(r"\b(?:" + _DETAIL_PLACES + r")s?\s+(?:and|or)\b")}
# mend60: ... only when what the "and" / "or" joins is a noun phrase with no verb right after it ("of his wife and
# his son was taken into care" opens a clause: a break)
_VERB_NEXT = re.compile(r"\s+(?:(?:also|then|later|too)\s+)?(?:was|were|is|are|has|had|have|will|would|could|can|may|"
                        r"might|did|does|said|says|told)\b")
# being "with" a person ("was with a neighbor", "along with her husband") told as the act's other subject:
# "Jane Smith and her husband were charged", "Lopez, 34, and a neighbor were in the car" (mend59)
_WITH_HEADS = ("along", "together", "was", "were", "is", "are")
_CO_SUBJECT_BEFORE = re.compile(r"\band\s+" + _DETAIL_DET + r"$")
_CO_SUBJECT_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*,)?\s+(?:were|are|have|had|both)\b")
# mend60: "along" / "together with" her husband is told by a co-subject only with the claim's act right after its
# verb ("X and her husband were charged"); "X and her husband were at home when only she was charged" is not
_CO_SUBJECT_ACT = re.compile(r"(?:\s+[a-z][\w'’-]*,)?\s+(?:(?:were|are|have|had)\s+(?:both\s+|also\s+|been\s+|"
                             r"both\s+been\s+)*|both\s+(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?)"
                             r"(?P<act>[a-z][\w'’-]*)")
_CLAIM_ACTS = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:also\s+)?([a-z][\w'’-]*)")


@lru_cache(maxsize=4096)
def _claim_details(claim: str) -> tuple[tuple[str, str, str, bool], ...]:
    """The details ``claim`` attaches to its act with a preposition: (the word before it, the preposition, the
    noun, whether a place), read once per claim (``_compare`` asks for each sentence it reads)."""
    out = []
    for m in _DETAIL_CLAIM.finditer(_SPACED_HYPHEN.sub("-", claim)):
        prep, place = m.group(2).lower(), bool(m.group(5))
        if place != (prep in _AT_PLACE):
            continue  # a person "in" / "at", a place "with" / "of": no detail of this kind
        if place and m.group(3).strip().lower() in ("", "a", "an", "the"):
            continue  # "at home", "in a house": whose is not said, no detail a reader checks
        out.append((m.group(1).lower(), prep, (m.group(4) or m.group(5)).lower(), place))
    return tuple(out)


# (mend65, issue 12) a lesser post is another post: "assistant coach", "associate head coach", "volunteer coach",
# "deputy director", "vice president", "deputy prime minister" are not the coach, director, president or prime minister
# a claim names
# (mend67) a word or two may stand between the rank and the post: "assistant general manager", "deputy managing editor"
_LESSER_POST = re.compile(r"\b(?:(?P<rank>assistant|associate|volunteer|deputy|vice)[\s-]+"
                          r"(?:(?!(?:the|an?|to|of|for|with|and|or|his|her|their|its)\s)(?:(?:[a-z]\.){2,}|[a-z]+)[\s-]+){0,2}?)?"
                          r"(?:head\s+|prime\s+)?(?P<post>"
                          + _POST + r")\b", re.I)


_NOT_MODIFIER = re.compile(r"(?:said|says|say|told|tells|added|adds|[a-z]+ed)$", re.I)
# (review72 #1) an acronym ("FBI", "U.S.") or a name ("United States") before a lower-case post never breaks the
# capitalisation run: "The deputy FBI director", "Deputy FBI director Ann Lee" keep their rank
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}$|[A-Z]{2,}['’]?s?$")


def _ranks_post(text: str, m: re.Match[str]) -> bool:
    """(review71 #4) Whether the rank of ``_LESSER_POST``'s match ``m`` is the post's: the words between them only
    modify the post ("Deputy Managing Editor", "assistant general manager"), never a verb ("A deputy said President
    Ann Lee …"), in the post's own capitalisation (the rank's too, unless it opens the sentence); acronyms and, before
    a lower-case post, names are left out of that check ("deputy FBI director")."""
    if not m["rank"]:
        return False
    between = re.split(r"[\s-]+", text[m.end("rank"):m.start("post")].strip(" -"))
    between = [w for w in between if w]
    if not between:
        return True
    post = m["post"].split()[0]
    cased = [w for w in between if not _ACRONYM.match(w) and not (w[0].isupper() and post[0].islower())]
    run = [*cased, post] + ([m["rank"]] if text[:m.start("rank")].strip() else [])  # (not ``words``, the module's)
    return not any(_NOT_MODIFIER.match(w) for w in between) and len({w[0].isupper() for w in run}) == 1


@lru_cache(maxsize=4096)
def _posts(text: str) -> dict[str, frozenset[str]]:
    """The posts ``text`` names (lower case, one space) -> the rank words it gives them ("" for none)."""
    out: dict[str, set[str]] = {}
    for m in _LESSER_POST.finditer(text):
        rank = (m["rank"] or "").lower() if _ranks_post(text, m) else ""
        out.setdefault(" ".join(m["post"].lower().split()), set()).add(rank)
    return {post: frozenset(ranks) for post, ranks in out.items()}


def _lesser_post(claim: str, text: str) -> list[str]:
    """Why sentence ``text`` names a lesser post than the one ``claim`` names bare: every time it writes the post it
    gives it a rank the claim does not ("coach" / "assistant coach", "head coach" / "associate head coach"). A
    sentence that also writes the post bare ("the head coach fired an assistant coach") may tell the claim's."""
    mine = _posts(claim)
    if not any("" in ranks for ranks in mine.values()):
        return []
    theirs = _posts(text)
    return [f"post {post} (the sentence's {' / '.join(sorted(theirs[post]))} {post})" for post, ranks in mine.items()
            if "" in ranks and post in theirs and "" not in theirs[post]]


def _detail_told_with(claim: str, text: str, options: Options = DEFAULT) -> list[str]:
    """Which details ``claim`` attaches to its act with a preposition — a person "with" / "of" / "for" /
    "against" it ("assault of a child", "was with a neighbor"), a place "at" / "in" it ("arrested at his
    home") — sentence ``text`` writes only of another act or thing (cite36, issue 12): "aggravated sexual
    assault and indecency with a child" tells the child of the indecency, not of the assault; "stole the car of a
    neighbor" tells no one was with her; "arrested … after police searched his home" tells no arrest there.
    The detail is told of the same act when ``text`` writes it after the same preposition ("with a
    neighbor" in any clause: "drove off with a neighbor"; ``support_detail_gap`` words between at most), within
    ``support_detail_window`` words after the claim's word it qualifies with no list or clause between ("assault on
    a child"), or right before it ("child sexual assault", "a child's assault"). A word ``text`` does not write at
    all is the coverage check's."""
    details = _claim_details(claim)
    if not details:
        return []
    out = []
    low = _SPACED_HYPHEN.sub("-", text.lower())  # "58 - year - old": one word, as "58-year-old"
    for head, prep, noun, place in details:
        root = stem(noun.replace("-", ""))
        found = [x for x in re.finditer(r"[a-z][a-z'’-]*", low)
                 if root in (stem(x.group().replace("-", "").rstrip("'’s")), stem(x.group().replace("-", "")))]
        if found and not _detail_attached(low, found, head, prep, place, options,
                                          frozenset(stem(w) for w in _CLAIM_ACTS.findall(claim.lower()))):
            out.append(f"detail {prep} {noun} (told of another act)")
    return out


def _bare_stem(token: str) -> str:
    return stem(re.sub(r"[^\w'’-]", "", token))


def _detail_attached(low: str, found: Sequence[re.Match[str]], head: str, prep: str, place: bool,
                     options: Options = DEFAULT, acts: frozenset[str] = frozenset()) -> bool:
    """Whether one of the occurrences ``found`` of a claim's detail noun in (lower-cased) ``low`` is told of
    the claim's act: after the same preposition, or close after or right before the claim's word ``head``."""
    preps = _AT_PLACE if place else (prep,)
    h = stem(head)

    def broken(span: str) -> bool:  # a clause break, but an "and" / "or" of one phrase ("his wife and son")
        return bool(_DETAIL_BREAK.search(span if clause else _JOINED[place].sub(" ", span)))

    for x in found:
        clause = bool(_VERB_NEXT.match(low, x.end()))  # "… and his son was taken": the detail opens a clause
        before = low[:x.start()]
        near = re.search(r"\b(" + "|".join(preps) + r")\s+(?:[\w'’-]+\s+){0,%d}$" % options.support_detail_gap, before)
        if near and not broken(before[near.start():]):
            return True  # "with a neighbor", "in his home", "of his wife and son"
        window = before.split()[-options.support_detail_window:]
        if any(_bare_stem(w) == h and not broken(" ".join(window[k + 1:])) for k, w in enumerate(window)):
            return True  # "assault on a child": the claim's word, the detail close after it
        after = low[x.end():].split()[:options.support_detail_gap]
        j = next((k for k, w in enumerate(after) if _bare_stem(w) == h), None)
        if j is not None and not broken(" ".join(after[:j])) and not _DETAIL_BREAK.match(low[x.end():]):
            return True  # "child sexual assault", "a child's assault"
        if not place and prep == "with" and head in _WITH_HEADS and _CO_SUBJECT_BEFORE.search(before) \
                and _CO_SUBJECT_AFTER.match(low[x.end():]):
            if head not in ("along", "together"):
                return True  # "was with a neighbor": "Lopez and a neighbor were in the car"
            act = _CO_SUBJECT_ACT.match(low[x.end():])
            if act and stem(act.group("act")) in acts:
                return True  # "along with her husband" told as "Jane Smith and her husband were charged"
    return False


def _acts(text: str) -> set[str]:
    """The stems of the acts a sentence tells (mend53): its verbs (a past form, an "-ed" word) and event nouns,
    but the words telling only that a happening took place or what something held ("The attack happened on
    Saturday", "took place", "was", "held 40 kilograms") and the event noun a sentence opens on when it refers
    back with a verb of taking place ("The decision was made on Monday"); never a name. A detail
    ``Evidence._paired`` finds in a sentence telling another act ("The bus driver was arrested in Leeds on
    Friday") may be that act's, unless the sentence also tells the claim's ("according to charges filed
    Friday" for "was charged on Friday")."""
    back = _BACK.match(text)
    opener = {w for w in back.groups() if w and (w in _EVENT_NOUNS or w in verbs.EVENT_NOUNS or w in _ACT_NOUNS)} \
        if back else set()
    out, before = set(), ""
    for i, m in enumerate(re.finditer(r"[A-Za-z][A-Za-z'’-]*", text)):
        w, last = m.group(), before
        before = w.lower()
        if w[0].isupper():
            if i:
                continue  # a name
            w = w.lower()
        if w in opener or w in _HAPPENED or (opener and w == "made"):
            continue
        if w in _PAST or w in _EVENT_NOUNS or w in verbs.EVENT_NOUNS or w in _ACT_NOUNS \
                or (len(w) >= 5 and w.endswith("ed") and not w.endswith(("eed", "hundred"))) \
                or (len(w) >= 5 and w.endswith("ing") and w != "being" and last in _BE_FORMS):
            out.add(stem(w))  # (an "-ing" form after "was" / "were": "was drinking")
    return out


_BE_FORMS = frozenset("is are was were be been".split())


def _names_figure(part: str, text: str) -> bool:
    """Whether a related link's missing part is a figure ``text`` writes only inside a name ("figures 76" in
    "the 76ers"): a party's name, not a figure of a happening."""
    kind, _, what = part.partition(" ")
    figures = [f.strip() for f in what.split(",") if f.strip()]
    return kind == "figures" and bool(figures) and all(
        re.search(r"\b" + re.escape(f) + r"[a-z]", text) and not re.search(r"\b" + re.escape(f) + r"(?![\w])", text)
        for f in figures)


def _qualifies(m: re.Match[str]) -> bool:
    """Whether a name and the word after it (``_gives``' match: name, "'s", word) are a possessor and its
    thing ("Ford's record") or a name describing a noun ("Evansville defenders"), not a name then a verb
    or a function word ("Kemp on Wednesday", "Microsoft is urging", "Smith said")."""
    w = m.group(2)
    if m.group(1):
        return True
    return w.islower() and w not in _ONE_FUNCTION and w not in _AUXILIARY and w not in _PAST \
        and not w.endswith(("ed", "ing", "ly")) and w not in ("says", "said", "told", "tells", "adds")


def _joined(first: Unit, second: Unit, at: Sentence) -> Sentence:
    """Two sentences of one article read as one (``first`` before ``second`` in the article): the
    text joined by a space, the second's mentions moved along; placed where ``at`` is."""
    shift = len(first.sentence.text) + 1
    moved = [dataclasses.replace(m, start=m.start + shift, end=m.end + shift) for m in second.mentions]
    return Sentence(article=at.article, index=at.index, text=first.sentence.text + " " + second.sentence.text,
                    mentions=[*first.mentions, *moved], start=at.start, end=at.end)


def _ref(sentence: Sentence) -> SentenceRef:
    return SentenceRef(article=sentence.article, index=sentence.index, start=sentence.start, end=sentence.end)


def _named(party: str, names: frozenset[str], said: str, stems: frozenset[str], opening: bool) -> bool:
    """Whether a window names ``party``: an entity of the window is the party or a more specific
    name of it ("Aaron Persky" names "Persky", not the other way round), or the window writes every
    word of the party's name. A name that opens the claim may have swallowed the capitalised first
    word ("Directed by Fede Alvarez", "Twenty-eight-year-old Geraldine Alcorn"): that word may be
    missing, or said in another form ("director")."""
    if any(same_party(party, n) for n in names):
        return True
    tokens = [w for w in words(fold(party)) if w not in NAME_SUFFIXES]
    if opening and len(tokens) > 1:
        tokens = tokens[1:]
    return bool(tokens) and all(any(f" {form} " in said for form in _FORMS.get(w, (w,)))
                                or (opening and stem(w) in stems) for w in tokens)


def _unquoted(text: str) -> str:
    return QUOTED.sub(" ", text)


def supported(links: Iterable[Link]) -> list[Link]:
    return [link for link in links if link.status == "supports"]


# -- the brief's claims -----------------------------------------------------------------------------
def cite(evidence: Evidence, summary: Sequence[Cited]) -> list[Cited]:
    """Summary sentences citing exactly the articles that state them, each with its sentence.

    The sentence's own article always states it (word for word); an article the selection cited
    that does not is dropped, and an article that states it but was not in its fact is added.
    """
    out = []
    for item in summary:
        own = item.citations[0] if item.citations else None
        claim = evidence.claim(item.text, own)
        if evidence.broken(claim) or _cut_after(item.text):
            continue  # a piece of a sentence is not shown as one
        links = supported(evidence.check(claim, citing=True))
        out.append(Cited(text=item.text, citations=[x.article for x in links],
                         sentences=[r for x in links for r in x.refs]))
    return out


def date_citations(evidence: Evidence, timeline: Sequence[Dated]) -> list[Dated]:
    """Timeline entries citing the articles that state their sentence (its day included)."""
    out = []
    for item in timeline:
        own = item.citations[0] if item.citations else None
        links = supported(evidence.check(evidence.claim(item.text, own), citing=True))
        if links:
            out.append(Dated(date=item.date, text=item.text, citations=[x.article for x in links],
                             sentences=[r for x in links for r in x.refs]))
    return out


@dataclass
class Checked:
    """A fact after the check: the telling shown (``sentence``), the articles that state it
    (``support``), those that tell the event without its detail (``related``: alignment put one of
    their sentences in the fact, or one of their sentences shares most of its words) and those that
    give another value (``differs``)."""

    fact: Fact
    sentence: Sentence
    support: list[Link]
    related: list[Link]
    differs: list[Link]
    independent: int
    disagreements: list[int] = field(default_factory=list)
    states: dict[int, set[int]] = field(default_factory=dict)  # disagreement -> sides its support states

    def ref(self) -> FactRef:
        return FactRef(text=self.sentence.text, support=[x.article for x in self.support],
                       independent=self.independent, related=[x.article for x in self.related],
                       sentences=[r for x in self.support for r in x.refs],
                       disagreements=list(self.disagreements))


def check_facts(evidence: Evidence, facts: Sequence[Fact], alone: Callable[[str], bool] | None = None) -> list[Checked]:
    """Every fact checked against every article, told by the telling most outlets state.

    ``alone`` (mend28): whether a telling stands alone as a key fact (``briefing.stands_alone``); when
    given, a telling that does and that two or more sources state beats one that leans on the
    sentence before it ("Smith has been charged with …" over "He has been charged with …"), however
    many sources the other has.

    Alignment's representative sentence is the fact's centre, not necessarily what most articles
    say: a longer telling carries details the others lack. Each telling of a fact told by several
    articles is checked, and the one with the most independent support is shown (alignment's choice
    on ties). Facts come back most independent support first, then in alignment's order; a fact
    whose supporting sentence already supports a better-supported fact is left out (shown once).
    """
    checked: list[Checked] = []
    # a sentence one article tells is checked for other articles that state it only when it could be
    # shown as a single-source claim (it states something checkable): the rest stays its own source's
    worth = [f for f in facts if len(f.sentences) > 1 or (f.sentences and checkable(f.sentences[0]))]
    evidence.prefetch([evidence.claim(s) for f in worth
                       for s in sorted(f.sentences, key=lambda s: s.text != f.text)[:1]])
    wanted = {id(f) for f in worth}
    # a shorter telling may be stated by articles alignment left out of the fact: stop only when
    # every source of the story states the best one
    everyone = evidence.independent(evidence.order)
    for fact in facts:
        if id(fact) not in wanted:
            if fact.sentences:
                s = fact.sentences[0]
                checked.append(Checked(fact=fact, sentence=s, related=[], differs=[], independent=1,
                                       support=[Link(article=s.article, status="supports", ref=s.ref, score=1.0)]))
            continue
        tellings = sorted(fact.sentences, key=lambda s: s.text != fact.text)  # alignment's choice first
        tellings = tellings[: max(1, evidence.options.support_max_tellings)]
        best: Checked | None = None
        # each telling whole, then (when no whole telling is stated by every article) its main clauses:
        # what outlets agree on is often a sentence's main clause, each adding its own details after it
        whole = [s for s in tellings if not evidence.broken(s)]  # never a piece the splitter cut
        trimmed = _main_clauses_to_try(evidence, fact, whole)  # cut only when reached
        best_stands = False  # (mend28) the best telling stands alone (or nobody asks)
        for s in chain(whole, trimmed):
            if best is not None and best.independent >= everyone and best_stands:
                break  # every article of the fact already states it
            if not evidence.reads_as_claim(s):
                continue  # a fragment ("I can't.", "News in a statement.") is no fact outlets agree on
            # (speed27) whether the first telling checked stands alone matters only once two sources state it:
            # asked then (most facts are one article's, and most of those stay one source's)
            stands = best is None or alone is None or alone(s.text)
            if best is not None and best_stands and not stands:
                continue  # a telling that leans on the sentence before never replaces one that stands alone
            # a fact one article tells needs only its support (is it told elsewhere too?)
            claim, one = evidence.claim(s), len(fact.sentences) == 1
            if best is not None and (best_stands or not stands) \
                    and evidence.reach(claim, fact.sentences, one) <= best.independent:
                continue  # even if every article it could reach stated it, it would not beat the best
            # the fact's articles are hinted: their silence is kept
            links = (evidence.verbatim_only(claim, fact.sentences) if one and best is None else None) \
                or evidence.check(claim, hints=fact.sentences, support_only=one, silent=False, citing=True)
            sup = supported(links)
            if not any(x.article == s.article for x in sup):  # never a telling its own article does not state
                continue
            told = {t.article for t in fact.sentences}
            c = Checked(fact=fact, sentence=s, support=sup,
                        related=[x if x.status == "related" else Link(article=x.article, status="related")
                                 for x in links if x.status == "related" or (x.status == "silent" and x.article in told)],
                        differs=[x for x in links if x.status == "differs"],
                        independent=evidence.independent(x.article for x in sup))
            if best is None:
                best, best_stands = c, alone is None or (c.independent > 1 and alone(s.text))
            elif (stands and c.independent > 1 and not best_stands) \
                    or ((stands or not best_stands) and c.independent > best.independent):
                best, best_stands = c, alone is None or (stands and c.independent > 1)
        if best is None:  # no telling checks out even in its own article (an odd sentence): itself only
            s = tellings[0]
            best = Checked(fact=fact, sentence=s, support=[Link(article=s.article, status="supports", ref=s.ref)],
                           related=[], differs=[], independent=1)
        checked.append(best)
    order = {id(c): k for k, c in enumerate(checked)}
    checked.sort(key=lambda c: (-c.independent, order[id(c)]))
    shown: set[tuple[str, int]] = set()
    out = []
    for c in checked:
        # (cite33) a sentence that states a fact only with another one's detail is no repeat of a fact it
        # states alone
        mine = {(x.article, x.ref.index) for x in c.support if x.ref is not None and x.also is None}
        if c.independent > 1 and mine & shown:
            continue
        shown |= mine
        out.append(c)
    return out


def _main_clauses_to_try(evidence: Evidence, fact: Fact, whole: Sequence[Sentence]) -> Iterator[Sentence]:
    """The main clauses of a fact's whole tellings, cut when ``check_facts`` reaches them. A fact one
    article tells is cut only when another independent source has a sentence about the same event
    (sharing ``support_related_coverage`` of the sentence's words, the floor of a related verdict):
    its clauses were a third of the checks of a story's lone facts, and a clause of a sentence no
    other outlet comes near is rarely stated by two (a heuristic: the clause's own floor is lower)."""
    if len(fact.sentences) == 1 and whole:
        s = whole[0]
        if evidence.reach(evidence.claim(s), fact.sentences) <= 1:
            return
    for s in whole:
        yield from main_clauses(s, evidence.options)


# Where a sentence's main clause may end: before a non-restrictive relative clause, a circumstance
# ("…, after …", "… amid …"), a participle tail ("…, killing dozens"), an aside in dashes or a
# semicolon, or before who reported it when the sentence ends with that ("…, Russia's Defense Ministry
# said on Thursday.", "…, according to Russia's defense minister."): outlets agree on what happened and
# name different sources for it. Never before a condition ("if", "unless") or inside a list ("A, B, and C").
_CLAUSE_END = re.compile(
    r",\s+(?=(?:which|who|whose|where|while|after|before|amid|amidst|following|despite|although|though|as|"
    r"since|but|with|including|prompting|leaving|sparking|making|marking|bringing|forcing|killing|"
    r"injuring|wounding|as\s+well\s+as)\b)|\s+(?=(?:after|before|while|when)\s+\w+ing\b|amid\s)|\s+[—–]\s+|"
    r"\s+--\s+|;\s+|"
    r",\s+(?=(?:according\s+to\b|(?:[\w.'’-]+\s+){1,5}(?:" + _TAIL_SAID + r")\b)"
    r"[^,;:“”\"]*$)")
# Words that make a clause of a run of words (a finite verb): auxiliaries and common past forms;
# any other past form is recognised by its ending
_FINITE = frozenset(
    "is are am was were has have had will would can could may might must should shall did does do "
    "begin begins start starts remain remains".split()) | _PAST


_FUNCTION_AFTER = frozenset("that the a an to in on at by for with from into his her their its him them it this "
                            "these those as after before during over off out up down about against".split())


def _finite(words_: Sequence[str], strict: bool = False) -> bool:
    """Whether a run of words holds a finite verb (a clause, not a noun phrase such as "The head of the
    Genovese crime family"): an auxiliary, a common past form or a lower-case word in -ed that no
    article precedes."""
    for k, raw in enumerate(words_):
        w = raw.strip("\"“”‘’'()[].!?")
        if w.rstrip(",;:").isalpha() and w.islower() and w.rstrip(",;:") in _FINITE:
            return True
        if len(w.rstrip(",;:")) > 3 and w.rstrip(",;:").endswith("ed") and w.rstrip(",;:").isalpha() and w[0].islower():
            # a verb, not an adjective ("organized crime"): no article before it, and after it a name, a
            # function word, a figure, punctuation or nothing ("warned that", "arrested Smith", "killed,")
            before = words_[k - 1].lower() if k else ""
            after = words_[k + 1] if k + 1 < len(words_) else ""
            if before not in ("a", "an", "the") and (not strict or not after or w[-1] in ",;:" or after[0].isupper()
                                                     or after[0].isdigit() or after.lower() in _FUNCTION_AFTER):
                return True
    return False


# Where a second main clause starts: after a semicolon, or "and"/"but" before a new subject written
# with a capital ("…, and US Secretary of State Antony Blinken earlier warned that …")
_CLAUSE_START = re.compile(r";\s+|,?\s+(?:and|but)\s+(?=[A-Z“\"])")
# ... or any clause joined by ", and" / ", but" / "although" (``clauses``: the parts a claim tells)
_CLAUSE_JOIN = re.compile(r",\s+and\s+|,?\s+(?:but|although|though|whereas)\s+", re.I)


# Words that open a sentence with a circumstance set off by a comma ("On Sunday, ", "In 1990, ",
# "Earlier, "): the claim stands without it (never "According to …", "If …": an attribution, a condition)
_LEAD = re.compile(r"(?:On|In|At|Earlier|Later|Last|This|Since|During|Meanwhile|However|Also|Then|Now|Today|"
                   r"Yesterday|Overnight)\b[^,;:“”\"()]{0,40},\s+(?=\w)")
# A preposition before a date that ends a clause ("… leaving Kazakhstan on Thursday.")
_SUPERLATIVE = re.compile(r"\b(?:first|last|(?:larg|bigg|high|low|wors|b|deadli|great|small|long|short)est|most|"
                          r"record)\b", re.I)
# a date that is a span something is counted in ("this year", "in 2008", "this season"), not a day
_FRAME = re.compile(r"\b(?:year|month|season|decade|century|week|(?:1[89]|20)\d\d)s?\b", re.I)
_DATE_BEFORE = re.compile(r"\s*(?:\b(?:on|in|at|early|late|from|since|until|by)\s+)?$")


def _part(sentence: Sentence, begin: int, end: int, options: Options = DEFAULT, strict: bool = False) -> Sentence | None:
    """The claim of ``sentence.text[begin:end]`` when it can stand alone: six words or more, a finite
    verb, brackets and quotation marks balanced, not ending right after a quotation (its speaker
    would be lost) and three content words besides its names. Its mentions are the sentence's,
    shifted to the part; its span is the sentence's span cut the same way."""
    text = sentence.text
    head = text[begin:end].rstrip(" ,;:—–-")
    toks = head.split()
    if begin and _LEAD.match(text) and _LEAD.match(text).end() == begin:  # type: ignore[union-attr]
        if "," in head and not _finite(head.split(",")[0].split()):
            return None  # "In Almaty, Kazakhstan's largest city, soldiers …": the lead goes on
        head = head[:1].upper() + head[1:]  # "On Sunday, a judge set bond …" -> "A judge set bond …"
    if len(toks) < options.support_clause_min_words or not _finite(toks, strict) or not (head[:1].isupper() or head[:1] in "“\""):
        return None
    if head.count("(") != head.count(")") or head.count("[") != head.count("]"):
        return None
    if head.count("“") != head.count("”") or head.count('"') % 2 or head.endswith(("”", '"', "’", "'")):
        return None
    if re.search(r"\bnot only\b", head, re.I) and not re.search(r"\bbut\b", head, re.I):
        return None  # "found in not only IE 7" without its "but also …"
    if _open_aside(head):
        return None  # "Hansbrough, who came back for his senior season": the subject without its verb
    if toks[-1].lower().strip(",;:") in _DANGLING:
        return None  # "… after suffering a heart attack more than" (a date cut from "more than a week ago")
    cut = begin + len(head)
    mentions = [dataclasses.replace(m, start=m.start - begin, end=m.end - begin)
                for m in sentence.mentions if m.start >= begin and m.end <= cut]
    if len(Unit(Sentence(article="", index=0, text=head), mentions, options).details) < options.support_clause_min_details:
        return None  # too little left to be a claim of its own ("X, 38, said nothing")
    if cut < len(text.rstrip()) and not head.endswith((".", "!", "?")):
        head += "."
    return Sentence(article=sentence.article, index=sentence.index, text=head, mentions=mentions,
                    start=sentence.start + begin, end=sentence.start + cut)


_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\b")


def _open_aside(head: str) -> bool:
    """Whether ``head`` is a subject and a relative clause set off by a comma with no main verb
    ("Alexander Haig, who was Nixon's chief of staff"): nothing is said of the subject yet."""
    m = _RELATIVE.search(head)
    if m is None or _finite(head[:m.start()].split()):
        return False
    rest = head[m.end():]
    close = rest.find(", ")
    return close < 0 or not _finite(rest[close + 2:].split(), strict=True)


def _inside_subject(text: str, end: re.Match[str]) -> bool:
    """Whether a relative clause starting at ``end`` ("…, which prevented her …,") is followed, after
    its closing comma, by a verb: it sits inside a subject, and the clause before it has no verb yet."""
    if not _RELATIVE.match(text, end.start()):
        return False
    after = re.search(r",\s+(?:[a-z]+ly\s+)?([a-z]+)\b", text[end.end():])
    return after is not None and (after.group(1) in _FINITE or (after.group(1).endswith("ed") and len(after.group(1)) > 3))


# Words a claim never ends on: what they introduce was cut off
_DANGLING = frozenset(
    "a an the of to in on at by for from with within than about nearly almost over some least around roughly "
    "approximately and or but as into onto after before during until since more less under his her their its "
    "our my your this that these those".split())


def _person_opens(entities: Sequence[Mention], text: str, at: int) -> bool:
    """Whether the words from ``at`` open with a person ("and Antony Blinken warned …"), or with a
    title's country or body and the person it names ("and US Secretary of State Antony Blinken"): a new
    subject, where "and" without a comma starts a clause of its own rather than going on with a name
    ("the U.S. Fish and Wildlife Service or the National Marine Fisheries Service", however the
    analyser labels the names that follow)."""
    after = sorted((m for m in entities if m.start >= at), key=lambda m: m.start)
    if not after or len(text[at:after[0].start].split()) > 1:
        return False  # the first words are no name ("and the", "and Wildlife …" unnamed)
    first = after[0]
    if first.label == "PERSON":
        return True
    return len(after) > 1 and after[1].label == "PERSON" and bool(_TITLE_GAP.fullmatch(text[first.end:after[1].start]))


def _listed(entities: Sequence[Mention], start: int, end: int) -> bool:
    """Whether "and" between ``start`` and ``end`` joins two names of one kind ("Bob Woodward and Carl
    Bernstein", "Ghanaian and Turkish"): a list, not two clauses."""
    left = next((m for m in entities if 0 <= start - m.end <= 1), None)
    right = next((m for m in entities if m.start == end), None)
    return left is not None and right is not None and (left.label == right.label or not (left.label and right.label))


# A subject, then an aside set off by commas, then the verb ("Prodigy, one-half of the legendary '90s rap
# group Mobb Deep, died …", "Jackson, 45, was arrested …", "Hansbrough, who came back …, moved …")
_ASIDE = re.compile(r"^([^,;:“”\"()]{2,60}?),\s+([^;:“”\"()]{1,200}?),\s+(?=[a-z])")
# Words that open a circumstance or a condition, not a subject ("In Almaty, Kazakhstan's largest city, …")
_NOT_SUBJECT = frozenset(
    "in on at after before during for with from by as when while if although because since under despite "
    "according though until unless once meanwhile however also then now today yesterday earlier later "
    "last this still but and or so yet".split())


def _is_verb(word: str) -> bool:
    """Whether a lower-case word right after an aside reads as the sentence's verb: an auxiliary or a
    common past form, a past in -ed or a present in -s ("said", "died", "was", "moves")."""
    w = word.strip(",;:.!?")
    return w.isalpha() and w.islower() and (w in _FINITE or (len(w) > 3 and (w.endswith("ed") or (
        w.endswith("s") and not w.endswith(("ss", "us", "is"))))))


def without_aside(sentence: Sentence) -> Sentence | None:
    """The sentence without the aside between its subject and its verb ("Sergey Shoigu, Russia's defense
    minister, said …" -> "Sergey Shoigu said …"), or None when it has none: outlets that name the
    subject with another description (or none) state the rest. The aside is a description (no verb of
    its own) or a relative clause ("who …", "which …"); the mentions after it are shifted, those in it
    dropped, and the span stays the whole sentence's."""
    text = sentence.text
    m = _ASIDE.match(text)
    if m is None:
        return None
    subject, aside, rest = m.group(1), m.group(2), text[m.end():].split()
    head = subject.split()
    if (len(head) > 6 or not subject[:1].isupper() or head[0].lower() in _NOT_SUBJECT or _finite(head)
            or not rest or rest[0] in ("and", "or")):
        return None
    if not (_is_verb(rest[0]) or (rest[0].endswith("ly") and len(rest) > 1 and _is_verb(rest[1]))):
        return None
    if not _RELATIVE.match(", " + aside) and _finite(aside.split()):
        return None  # the aside says something of its own ("Smith, police said, was …")
    cut, at = m.end() - len(subject) - 1, len(subject)
    mentions = [m2 if m2.end <= at else dataclasses.replace(m2, start=m2.start - cut, end=m2.end - cut)
                for m2 in sentence.mentions if m2.end <= at or m2.start >= m.end()]
    return Sentence(article=sentence.article, index=sentence.index, text=subject + " " + text[m.end():],
                    mentions=mentions, start=sentence.start, end=sentence.end)


def main_clauses(sentence: Sentence, options: Options = DEFAULT) -> list[Sentence]:
    """Shorter claims a sentence makes, longest first: its opening words up to the end of a clause
    ("Roughly 2,300 troops were dispatched to Kazakhstan last week by a Moscow-dominated alliance of
    former Soviet countries" of "…, after Kazakhstan's president appealed for assistance amid the
    protests …"), and a second main clause joined to the first by "and", "but" or a semicolon, whole
    or cut the same way. Each is the sentence's own words — its span cut short — with the mentions it
    holds, so it is read and checked like any sentence."""
    text = sentence.text.rstrip()
    # a second clause starts only where what follows is a clause ("… Russia, Belarus and Armenia" is a list)
    entities = [m for m in sentence.mentions if m.kind == "entity"]
    # ... and only after a clause ("Dwight Smith, 30, and Kevin Johnson, 25, were arrested" joins subjects)
    joins = [m for m in _CLAUSE_START.finditer(text) if not _listed(entities, m.start(), m.end())
             and _finite(text[:m.start()].split())
             and (text[m.start()] in ",;" or _person_opens(entities, text, m.end()))
             and _part(sentence, m.end(), len(text), options, strict=True) is not None]
    lead = _LEAD.match(text)
    starts = [0] + [m.end() for m in joins] + ([lead.end()] if lead else [])
    # ... never before a relative clause inside a subject, whose verb follows it ("She alleges that the
    # agreement she signed, which prevented her from speaking, is void": not "… the agreement she signed")
    ends = {m.start() for m in _CLAUSE_END.finditer(text) if not _inside_subject(text, m)}
    ends |= {m.start() for m in joins} | {len(text)}
    # a date that ends a clause may go too: what outlets agree on is often the event, not its day
    for m in sentence.mentions:
        if m.kind == "date" and m.start > 0 and (not text[m.end:].strip(" .!?\"”’'") or m.end in ends
                                                 or _CLAUSE_END.match(text, m.end)) \
                and not (_FRAME.search(m.text) and (_ordinals(text[:m.start]) or _SUPERLATIVE.search(text[:m.start]))):
            # (never the frame an ordinal or superlative counts in: "the second large-scale outage in
            # Egypt this year" is not "the second" ever; support18's reader)
            ends.add(_DATE_BEFORE.search(text, 0, m.start).start())  # type: ignore[union-attr]
    cuts = sorted(ends)
    out: list[Sentence] = []
    for begin in starts:
        for end in cuts:
            if end <= begin or (begin == 0 and end == len(text)):
                continue
            part = _part(sentence, begin, end, options)
            if part is not None and all(p.text != part.text for p in out):
                out.append(part)
    bare = without_aside(sentence)
    if bare is not None:
        whole = _part(bare, 0, len(bare.text.rstrip()), options)
        for part in ([whole] if whole is not None else []) + main_clauses(bare, options):
            if all(p.text != part.text for p in out):
                # a part of the sentence without its aside: its span is the sentence's
                out.append(dataclasses.replace(part, start=sentence.start, end=sentence.end))
    return sorted(out, key=lambda p: -len(p.text))


# Where the sentence splitter cut a sentence short: after a title or a lone initial ("… correspondent
# Dr.", "Rep. Nick Rahall, D-W.", "…; L.") or inside a figure ("at least 5." / "9 hit …")
# (an initial after another is an abbreviation: "… win in K. C.", "Washington, D. C.")
_CUT_AFTER = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Mt|Ft|No)|"
                        r"(?<![A-Z]\.\s)(?<![A-Z]\.)(?<=[\s-])[A-Z])\.\s*$")


def _cut_after(text: str) -> bool:
    """``_CUT_AFTER.search(text)``, tried only where a match can start: its "." is the last character
    before trailing space, its word at most four letters before it (looking behind as from the start);
    the pattern was tried at every position of every sentence (~8 µs a sentence)."""
    end = len(text.rstrip())
    return end > 0 and text[end - 1] == "." and _CUT_AFTER.search(text, max(0, end - 5)) is not None


_CUT_FIGURE = re.compile(r"\d\.\s*$")
# a lower-case opening word ("9 hit …", "was murdered …"; not "eBay"), also after a dash ("- and Josh
# Hutcherson will all be returning …": the rest of a list the splitter cut)
_TAIL = re.compile(r"(?:[-–—]\s*)?[a-z](?![a-z]*[A-Z])")


def is_claim(sentence: Sentence, options: Options = DEFAULT) -> bool:
    """Whether a sentence says something of its own: ``support_claim_min_words`` words or more and
    something that reads as a verb (not a fragment the sentence splitter or a page left: "I can't.",
    "News in a statement.", "The real U.S. Embassy in Ghana.")."""
    toks = sentence.text.split()
    if len(toks) < options.support_claim_min_words or _cut_after(sentence.text):
        return False
    # a verb: a finite form, a contraction ("They'll", "I'm"), or a lower-case word in -s or -ed that
    # may be one ("faces", "died"); "The real U.S. Embassy in Ghana." has none
    return _finite(toks) or any(w.strip(",.;:!?\"”’").isalpha() and w.islower() and len(w.strip(",.;:!?\"”’")) > 3
                                and w.strip(",.;:!?\"”’").endswith(("s", "ed"))
                                or re.search(r"\w['’](?:ll|m|re|ve|s|d|t)\b", w) for w in toks)


def checkable(sentence: Sentence) -> bool:
    """A sentence that states something a careful reader wants flagged when one outlet alone says it:
    a figure, a date, a quotation, or two named parties, in six words or more."""
    kinds = {m.kind for m in sentence.mentions}
    if not kinds & {"number", "date", "quote"} and sum(m.kind == "entity" for m in sentence.mentions) < 2:
        return False
    return len(sentence.text.split()) >= 6


def _side_keys(evidence: Evidence, side: Side) -> set[tuple[str, int]]:
    """The sentences stating a side, as (article, index): its ``sentences`` when the disagreement
    gives them, else its articles' sentences that read as its evidence."""
    keys = {(r.article, r.index) for r in side.sentences}
    if not keys:
        for u in evidence.units_with(side.evidence):
            if u.sentence.article in side.articles:
                keys.add((u.sentence.article, u.sentence.index))
    return keys


# a side given as a bound that leaves out its own number: its figure alone does not state it
_EXCLUDING_BOUND = re.compile(r"\s*(?:more than|in excess of|over|well over|just over|above|upwards of|fewer than|"
                              r"less than|under|just under|below|nearly|almost|just shy of|shy of|just short of)\s",
                              re.I)


def states_a_side(sentence: Sentence, d: Disagreement) -> bool:
    """Whether a fact's telling states one of a figure's or a day's sides itself (its words, "Two", or
    its value, 2 or "11:30"): only then is the fact linked to that disagreement. A sentence of one
    article can hold a side of another slot beside the fact ("… all 312 passengers were evacuated. Two
    crew members …" read as one), and that shared sentence says nothing of the fact's own figures
    (sides70). Names, places, quotes and deeds keep the sentence link: their sides are worded freely."""
    if d.kind not in ("number", "date"):
        return True
    text = sentence.text.lower()
    for side in d.values:
        if side.value and re.search(r"(?<![\w.,-])" + re.escape(side.value.lower()) + r"(?![\w-]|[.,]\d)", text):
            return True
        n = side.normalized
        bound = _EXCLUDING_BOUND.match(side.value or "")
        for m in sentence.mentions:
            if m.value is None or m.kind not in ("number", "date"):
                continue
            if bound and not _EXCLUDING_BOUND.match(m.text or ""):
                continue  # precision70: "in excess of $160 million" is not stated by a fact's bare "$160 million"
                # (mend104: a fact's own bound, "nearly three-quarters" for "nearly three quarters", still states it)
            if isinstance(n, (int, float)) and not isinstance(m.value, str):
                try:
                    if math.isclose(float(m.value), float(n), rel_tol=1e-9):
                        return True
                except (TypeError, ValueError):
                    continue
            elif isinstance(n, str) and str(m.value) == n:
                return True
    return False


# precision70: a figure told as what the event did, in a participle clause after it ("…, killing 14 workers")
_TOLL = re.compile(r"[,;]\s+(?:killing|injuring|wounding|hurting|leaving|displacing|trapping|stranding|"
                   r"forcing|sending|destroying|damaging)\s+(?:[a-z]+\s+){0,3}?$", re.I)


def _toll_of(evidence: Evidence, key: tuple[str, int], fact: Sentence, side: Side) -> bool:
    """Whether the supporting sentence ``key`` states ``side`` as the toll of the fact's own event: the
    fact is that sentence's clause, and the side's words follow it in a participle ("A bridge collapsed in
    Genoa on Tuesday, killing 14 workers": the fact "A bridge collapsed …" keeps its "outlets differ"
    pointer to workers killed, review136 F2). Not a figure of another clause ("…, and two firefighters
    were treated")."""
    k = evidence._position.get(key)
    if k is None or not side.value:
        return False
    text = evidence.by_article[key[0]][k].sentence.text
    for hit in re.finditer(r"(?<![\w.,-])" + re.escape(side.value) + r"(?![\w-]|[.,]\d)", text, re.I):
        head = text[:hit.start()]
        toll = _TOLL.search(head)
        if toll is None:
            continue
        words = {w for w in re.findall(r"[a-z]{4,}", fact.text.lower())}
        if words and words <= set(re.findall(r"[a-z]{4,}", head[:toll.start()].lower())):
            return True
    return False


def link_disagreements(evidence: Evidence, checked: Sequence[Checked], disagreements: Sequence[Disagreement]) -> None:
    """Link each fact to the disagreements on its values: one whose side is stated by a sentence that
    supports the fact (the fact states that value) or by a sentence that gives another value for one
    of the fact's figures (an article differs from the fact). ``Checked.disagreements`` holds their
    positions; ``Checked.states`` which sides the fact's support states."""
    sides = [[_side_keys(evidence, side) for side in d.values] for d in disagreements]
    for c in checked:
        support = {(x.article, x.ref.index) for x in c.support if x.ref is not None}
        differs = {(x.article, x.ref.index) for x in c.differs if x.ref is not None}
        c.states = {}
        linked = []
        for k, keys in enumerate(sides):
            if not states_a_side(c.sentence, disagreements[k]) and not any(
                    (x.article, x.ref.index) in key and _toll_of(evidence, (x.article, x.ref.index), c.sentence, side)
                    for x in c.support if x.ref is not None
                    for key, side in zip(keys, disagreements[k].values)):
                continue
            stated = {j for j, side in enumerate(keys) if side & support}
            if stated or any(side & differs for side in keys):
                linked.append(k)
                if stated:
                    c.states[k] = stated
        c.disagreements = linked


def shown_once(checked: Sequence[Checked], disagreements: Sequence[Disagreement]) -> list[Checked]:
    """Facts without two that state different sides of one conflict: where outlets cannot all be
    right, the facts list shows the best-supported telling once (linked to the disagreement, which
    lists every side), never two "agreed" facts that contradict each other."""
    taken: dict[int, set[int]] = {}
    out = []
    for c in checked:
        clash = any(disagreements[k].type == "conflict" and not disagreements[k].compatible
                    and k in taken and not (sides & taken[k]) for k, sides in c.states.items())
        if clash:
            continue
        for k, sides in c.states.items():
            taken.setdefault(k, set()).update(sides)
        out.append(c)
    return out
