"""One reading of each sentence's words, shared by every stage that looks at them.

Why: a brief reads the same sentences in many stages — analysis (words with spans), alignment and
the summary (TF-IDF terms), the summary's word counts, support's content words — and each stage used
to tokenize them its own way. ``of(text)`` returns the sentence's ``Features``: each view is
computed the first time any stage asks for it and kept with the text (a view depends on the text
alone, so a stage reading it later gets the very value the first one computed). Story-wide counts
(``story_words``) are read once per story the same way.

How to use it (any stage; everything returned is shared: read only, never changed in place)::

    from accord.analyse import features
    f = features.of(sentence.text)
    f.toks    # list[Tok]: words with their spans (.text .start .end .low .cap), the rule analyser's
    f.words   # tuple[str, ...]: lower-case ``\\w+`` runs, in order (word counts, word sets)
    f.terms   # tuple[str, ...]: TF-IDF terms in order, ``accord.tfidf.terms`` (stop words dropped)
    f.counts  # Counter[str]: ``terms`` counted (what ``accord.tfidf.matrix`` reads)
    features.story_words(texts)  # Counter of the words as written in a story's texts (a tuple)

Adding a view: a lazily filled slot and a property here, never a second tokenizer in a stage.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from accord import tfidf

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'&-]*\w)?|\d+")
_WORD = re.compile(r"\w+")
# a word of the texts as written: a letter, then letters, digits, apostrophes and hyphens, not
# inside another word
_TEXT_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]*")


class Tok:
    """A word of a sentence with its character span (lower case and capitalisation read once)."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.cap = text[:1].isupper()


_new_tok = object.__new__


def tokens(text: str) -> list[Tok]:
    """The words of ``text`` as ``Tok`` (initialisms "U.S.", words with inner apostrophes and
    hyphens, digit runs); built without a call to ``Tok.__init__`` per word (every sentence of a
    story is tokenised, and the constructor call was most of the cost). Prefer ``of(text).toks``."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        t = _new_tok(Tok)
        t.text = w = m.group()
        t.start, t.end = m.span()
        t.low = w.lower()
        t.cap = w[:1].isupper()
        out.append(t)
    return out


class Features:
    """The views of one sentence's words (module docstring); each computed on first use."""

    __slots__ = ("text", "_toks", "_words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._toks: list[Tok] | None = None
        self._words: tuple[str, ...] | None = None

    @property
    def toks(self) -> list[Tok]:
        if self._toks is None:
            self._toks = tokens(self.text)
        return self._toks

    @property
    def words(self) -> tuple[str, ...]:
        if self._words is None:
            self._words = tuple(_WORD.findall(self.text.lower()))
        return self._words

    @property
    def terms(self) -> tuple[str, ...]:
        return tfidf.terms(self.text)  # (kept by tfidf, which grouping also uses without a story)

    @property
    def counts(self) -> Counter[str]:
        return tfidf.counts(self.text)


# A story's sentences, not more: each kept Tok is an object the garbage collector walks on every full
# collection, and holding 16,384 sentences' words made preparing a story 3-5% slower than keeping none
@lru_cache(maxsize=1024)
def of(text: str) -> Features:
    """The shared ``Features`` of ``text`` (one object per text while it is kept)."""
    return Features(text)


@lru_cache(maxsize=4)
def story_words(texts: tuple[str, ...]) -> Counter[str]:
    """How often each word is written in ``texts``, as written (case kept): analysis tells names
    from sentence-initial words by the lower-case ones, and merging names weighs spellings by it."""
    return Counter(_TEXT_WORD.findall("\n".join(texts)))


__all__ = ["Features", "Tok", "of", "story_words", "tokens"]
