"""The off-topic tail: a block at the end of a page that is about the site, not the story.

Sites append sign-up boxes, donation appeals, disclaimers and "report a sighting" forms after the
article. Line by line many of these look like sentences, so the block is judged as a whole: it
starts at a flagged line (junk by another signal), every unflagged line after it shares few content
words with the article before it, it contains at least one boilerplate or call-to-action line, and
it is short next to the article. An off-topic but plain closing sentence of the article is kept
unless it sits after such a flagged start.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from accord.clean.signals import LINK, WEAK_VOCAB, addresses_reader, is_sentence
from accord.clean.text import content_words, words
from accord.options import DEFAULT, Options

QUOTES = re.compile(r"[\"“”«»]|(?:^|\s)‘")  # quotation marks (a closing ’ is also an apostrophe)



def topical(cw: Set[str], vocab: Set[str], options: Options = DEFAULT) -> bool:
    """Whether a line's content words overlap the body vocabulary enough to be about the story
    (``options.clean_topical_words``, ``clean_topical_share``)."""
    if not cw:
        return False
    shared = len(cw & vocab)
    return shared >= options.clean_topical_words or (shared >= 2 and shared / len(cw) >= options.clean_topical_share)


def find_tail(
    lines: Sequence[str | None],
    junk: Sequence[str | None],
    strong: Sequence[bool],
    title: str = "",
    min_body: int = 2,
    options: Options = DEFAULT,
) -> int | None:
    """Index where the off-topic tail starts, or None.

    ``lines`` holds normalised lines (None for blank ones), ``junk`` the reason other signals gave,
    ``strong`` whether a line carries boilerplate/call-to-action vocabulary. A candidate start is a
    flagged line; it is the tail's start when every later line is flagged, off topic (few words
    shared with the body before it and none of the body's key words) or the site speaking to the
    reader; some later line is strong; at least ``min_body`` kept lines precede it; and the unflagged text after it is under a third of the unflagged text before it (a tail is an
    appendix: a long run of plain lines after a flag is more article, not site chrome).
    """
    idx = [i for i, line in enumerate(lines) if line]
    if len(idx) <= min_body:
        return None
    flagged = {i for i in idx if junk[i] or strong[i]}
    if not any(strong[i] for i in idx):
        return None
    cws = {i: content_words(lines[i] or "") for i in idx}  # (``idx``: the lines that are not blank)
    vocab = set(content_words(title))
    counts: Counter[str] = Counter()  # content-word frequencies of the body so far
    body_lines = 0
    body_chars = 0
    for pos, j in enumerate(idx):
        if j in flagged and body_lines >= min_body:
            rest = idx[pos:]
            plain = [i for i in rest if i not in flagged]
            plain_chars = sum(len(lines[i] or "") for i in plain)
            keywords = {w for w, c in counts.items() if c >= options.clean_keyword_count}
            if (
                any(strong[i] for i in rest)
                and plain_chars * 3 < body_chars
                and all(
                    not (topical(cws[i], vocab, options) or cws[i] & keywords or names(lines[i] or "") & vocab
                         or (reporting(lines[i] or "", options) and cws[i] & vocab))
                    or site_voice(lines[i])  # type: ignore[arg-type]
                    for i in plain
                )
            ):
                return j
        if j not in flagged:
            vocab |= cws[j]
            counts.update(cws[j])
            body_lines += 1
            body_chars += len(lines[j])  # type: ignore[arg-type]
    return None


def reporting(line: str, options: Options = DEFAULT) -> bool:
    """A full sentence (``options.clean_reporting_min_words`` or more) in the story's voice (not the
    site's: no reader address, link or site vocabulary): after a promo line ("Follow X on Twitter")
    such a paragraph is more article, so one shared word with the body keeps it."""
    return (len(words(line)) >= options.clean_reporting_min_words and is_sentence(line) and not addresses_reader(line)
            and not WEAK_VOCAB.search(line) and not LINK.search(line))


def site_voice(line: str) -> bool:
    """A line speaking to the reader (you/we/our/please) outside any quotation: the site talking."""
    return addresses_reader(line) and not QUOTES.search(line)


def names(line: str) -> set[str]:
    """Capitalised words after the line's first word, as content-word keys ("Mr. Parr" → "parr").

    A closing sentence naming someone or something the article named is about the story even when
    it shares few other words with it.
    """
    out: set[str] = set()
    for w in words(line)[1:]:
        if w[:1].isupper() and len(w) >= 3:
            out |= content_words(w)
    return out
