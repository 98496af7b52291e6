"""Sentence splitting: each text line (paragraph) is split on its own with sentencex.

Lines are split separately first because cleaned article text keeps one paragraph per line and a
line break is always a sentence boundary (headings and captions have no final full stop). Every
sentence keeps its character span in the text, so a citation can point at the sentence that states a
claim and a reader (or the web page) can open the article there: ``text[start:end]`` is the sentence.
"""
from __future__ import annotations

import re

import sentencex

_LINE = re.compile(r"[^\n\r]+")


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
            out.append((offset + at, offset + end))
            pos = end
    return out


def split(text: str) -> list[str]:
    """The sentences of ``text`` in order, stripped, empty ones dropped."""
    return [text[a:b] for a, b in spans(text)]
