"""Sentence splitting: each text line (paragraph) is split on its own with sentencex.

Lines are split separately first because cleaned article text keeps one paragraph per line and a
line break is always a sentence boundary (headings and captions have no final full stop).
"""
from __future__ import annotations

import sentencex


def split(text: str) -> list[str]:
    """The sentences of ``text`` in order, stripped, empty ones dropped."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sent in sentencex.segment("en", line):
            sent = sent.strip()
            if sent:
                out.append(sent)
    return out
