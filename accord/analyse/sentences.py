"""Sentence splitting: each text line (paragraph) is split on its own with sentencex.

Lines are split separately first because cleaned article text keeps one paragraph per line and a
line break is always a sentence boundary (headings and captions have no final full stop). Every
sentence keeps its character span in the text, so a citation can point at the sentence that states a
claim and a reader (or the web page) can open the article there: ``text[start:end]`` is the sentence.
"""
from __future__ import annotations

import re

import sentencex

from accord.words import EXCHANGE_CODES, TIME_ZONES, reporting

_LINE = re.compile(r"[^\n\r]+")
# Where the segmenter cuts a sentence short (its rules for English miss these): after a title that
# always precedes a name ("Ms. Stinson", "Gov. Palin", "Sen. Warren", "Dr. Benjamin"), and inside a
# figure written with a space after its decimal point or its ordinal "No." ("$5. 3 million", "a
# magnitude of 5. 9", "then-No. 1 North Carolina": tokenised text). "Jr.", "Inc." and "St." are left
# alone: they end sentences as often as not ("… Arcade Joseph Comeaux Jr." / "Department of …").
_TITLE_CUT = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Drs|Gov|Govs|Sen|Sens|Rep|Reps|Gen|Lt|Col|Maj|Sgt|"
                        r"Cpl|Pvt|Capt|Cmdr|Adm|Supt|Det|Insp|Const|Prof|Rev|Hon|Atty|Mt|Ft|Pres|Gens)\.[\"”’'»]?$")
# A clock time's "a.m."/"p.m." the segmenter takes for a sentence's end when its day follows and the
# sentence goes on in lower case ("last seen around 1 p.m." / "Monday when they were dropped …", a
# fragment a summary printed): news writes the day right after the time. "… at 7 p.m. The police said …"
# is two sentences; "… at 6 p.m." / "Wednesday." and "… 11 a.m." / "May 29, when …" are left as cut
# (joined, the longer sentences changed which ones summaries took, read worse: coherence19's reading).
# Tokenised text writes the time "p. m." (coherence29: "… at 9 p. m." / "Friday after the fire …" cut), and
# a time zone after the time belongs to it ("around 11:30 p.m." / "ET." printed as a fragment).
_CLOCK_CUT = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.\s?m\.$")
_CLOCK_GOES_ON = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=[a-z])|[a-z]")
_CLOCK_ZONE = re.compile(r"(?:" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b")  # accord.words' one list
# A figure whose decimal point tokenised text parts from it, after a word no sentence ends on ("the . 38 -
# caliber revolver", "a . 357 magnum": cut after "the ."): the cut left "38 - caliber revolver …" as a
# sentence (coherence29). A sentence ending "… at number 3 ." before "38 people …" is not joined.
_FIGURE_POINT_CUT = re.compile(r"(?<![\w'’-])(?:a|an|the|his|her|its|their|our|my|your|this|that|one|of|with|"
                               r"and|or|by|from|for|to|in|on|at)\s\.$", re.IGNORECASE)
_FIGURE_POINT_GOES_ON = re.compile(r"\d{2,3}\b")
_FIGURE_CUT = re.compile(r"(?:\d|\bNo)\.$")
# A quotation that ends on "?" or "!" and its speaker after it ("“… a super PAC?” Colbert said on The
# Colbert Report Thursday night, …", "“No! we are brothers!” Francis told Benedict in a gesture of
# humility."): the segmenter cuts before the capitalised speaker, and the attribution alone, with no
# words said, read in a summary as a quote that was dropped (protocol C17, coherence21). Joined only when
# the attribution is all the piece says: a named or described speaker (one to four capitalised words,
# or "The" and a noun), a speech verb, then at most its hearer's name and a stop, a comma or a
# circumstance ("on", "in", a day); "… “Why?” Police said the man fled." is a sentence of its own.
_QUESTION_CUT = re.compile(r"[?!][\"”’']$")
_SPEAKER = (r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}|The\s+(?:[a-z][\w-]*\s+){1,3})")
_ATTRIBUTION = re.compile(
    _SPEAKER + "(?:" + "|".join(reporting("say tell ask add write tweet reply respond recall explain continue shout yell joke "
                                          "insist exclaim declare remark quip cry note", now="say tell ask add write")) + ")"
    r"(?:\s+(?:[A-Z][\w'’-]*\s*){1,3}(?=[,.;:!?]|\s+(?:in|on|at|during|after|before|as|when|while|with|of|about|from|to)\b))?"
    r"(?:\s*[,.;:!?]|\s*$|\s+(?:in|on|at|during|after|before|as|when|while|with|of|about|from|to|last|this|later|earlier|"
    r"recently|today|yesterday|then|again|afterward|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)")
_FIGURE_GOES_ON = re.compile(r" ?\d")  # "5. 3 million": one space at most, then the digits
# A stock's exchange code written after its ticker with no space ("Jimmy Choo CHOO.L for $1.2 billion",
# "Coach COH.N struck a deal", "Kate Spade & Co KATE.N, as …": Reuters' instrument codes): the segmenter cut
# after "CHOO." and "KATE.", and a summary printed "… Jimmy Choo CHOO." and a sentence opening "N, as
# so-called …" (C61's readers). Joined only with no space at the cut, an all-capital ticker before it and one
# of the exchange codes after it, ending the word: pages also lose the space between two sentences ("… by the
# FBI.A spokesman said …", "… at the UN.EU leaders met …": review102), and "A", "I", "US", "EU" are no codes.
_TICKER_CUT = re.compile(r"(?<![\w.])[A-Z][A-Z0-9]{0,5}\.$")
_TICKER_GOES_ON = re.compile(EXCHANGE_CODES + r"(?![\w'’.-])")  # not "T-Mobile", "F-16", "O'Brien"
# A quotation mark that opens the next sentence, which the segmenter leaves at the end of the one before
# ("… the case was clear. “With his words …" cut as "… clear. “" / "With his words …"): the quoted
# words then read as the writer's own, in a summary and in every claim (protocol C, a reader of
# neus-val-299: Biden's words shown as the brief's statement). News opens quotations it closes only in a
# later paragraph, and a lead cut at a length leaves one open, so the mark must travel with its words. A
# curly “ after a space is always an opening mark; a straight one only when the sentence it ends holds
# an odd number of them (tokenised text writes its closing mark after a space too: '" we are here . "').
_OPENING_LEFT = re.compile(r"(?<=[.!?])\s+(?:“|\")$")


def spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character span of each sentence of ``text``, in order, stripped of
    surrounding white space; empty sentences are dropped."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        raw = line.group(0)
        body = raw.strip()
        if not body:
            continue
        offset = line.start() + (len(raw) - len(raw.lstrip()))
        pos = 0  # sentencex returns consecutive slices of the line: each one is found after the last
        pieces: list[tuple[int, int]] = []
        for sent in sentencex.segment("en", body):
            piece = sent.strip()
            if not piece:
                continue
            at = body.find(piece, pos)
            end = at + len(piece)
            if at < 0:  # a segmenter that changed the white space: find the same words
                found = re.compile(r"\s+".join(re.escape(w) for w in piece.split())).search(body, pos)
                if not found:
                    continue
                at, end = found.span()
            if pieces and _goes_on(body[pieces[-1][0]:pieces[-1][1]], body[pieces[-1][1]:at], piece):
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((at, end))
            pos = end
        out += [(offset + a, offset + b) for a, b in _marks_moved(body, pieces)]
    return out


def _marks_moved(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with an opening quotation mark left at a sentence's end given to the next sentence
    (``_OPENING_LEFT``), when the next one starts right after it."""
    out = list(pieces)
    for k in range(len(out) - 1):
        a, b = out[k]
        left = _OPENING_LEFT.search(body, a, b)
        if left is None or body[b - 1] == '"' and body[a:b].count('"') % 2 == 0:
            continue
        if body[b:out[k + 1][0]].strip():
            continue  # something the segmenter dropped lies between: leave the cut as it is
        out[k] = (a, left.start())
        out[k + 1] = (b - 1, out[k + 1][1])
    return out


def _goes_on(before: str, gap: str, after: str) -> bool:
    """Whether the segmenter cut one sentence in two between ``before`` and ``after`` (``gap`` the
    white space between them): after a title that precedes a name, after a clock time the sentence
    goes on past in lower case, a weekday between (``_CLOCK_GOES_ON``), inside a figure or a stock's
    ticker and exchange code ("CHOO.L"), or between a quotation ending on "?"/"!" and its speaker
    (``_ATTRIBUTION``)."""
    if _TITLE_CUT.search(before):
        return bool(after[:1].isupper() or after[:1].isdigit())
    if _QUESTION_CUT.search(before):
        return bool(_ATTRIBUTION.match(after))
    if _CLOCK_CUT.search(before):
        if _CLOCK_ZONE.match(after):
            return True
        on = _CLOCK_GOES_ON.match(after)
        # only when the sentence goes on past the day ("Monday when they …"): a day alone after the time
        # ("… at 6 p.m." / "Wednesday.") stays as the segmenter cut it, a fragment no summary takes, and
        # joined it gave two clock times of one day that the disagreement check paired (mn-val-50)
        return on is not None and len(after[on.end():].split()) >= 2
    if _FIGURE_POINT_CUT.search(before) and _FIGURE_POINT_GOES_ON.match(after):
        return True
    if not gap and _TICKER_CUT.search(before) and _TICKER_GOES_ON.match(after):
        return True
    return bool(_FIGURE_CUT.search(before)) and not gap.strip() and len(gap) <= 1 and bool(
        _FIGURE_GOES_ON.match(gap + after))


def bounded(text: str, spans: list[tuple[int, int]], max_words: int) -> list[tuple[int, int]]:
    """``spans`` with every one longer than ``max_words`` words cut into runs of ``max_words`` words.

    (mend120) A run of words with no sentence end (a text without full stops, a table flattened into
    one line) is no sentence a reader reads whole; every analyser searches its sentence once per
    number, date or name, so one such run costs time quadratic in its length (300 KB: 79 s). Cut into
    bounded pieces the work is linear; a sentence of news is far shorter and kept as it is."""
    if max_words <= 0:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if end - start <= max_words * 2 or len(text[start:end].split()) <= max_words:
            out.append((start, end))  # (the length test first: most sentences are short)
            continue
        words = [m.span() for m in _WORDS.finditer(text, start, end)]
        for k in range(0, len(words), max_words):
            piece = words[k:k + max_words]
            out.append((piece[0][0], piece[-1][1]))
    return out


_WORDS = re.compile(r"\S+")


def split(text: str) -> list[str]:
    """The sentences of ``text`` in order, stripped, empty ones dropped."""
    return [text[a:b] for a, b in spans(text)]
