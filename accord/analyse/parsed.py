"""The spaCy analyser (``analyser="spacy"``): NER on every sentence, the dependency parse only where
it pays.

spaCy runs once over all sentences of all articles in batches; the parser only over sentences that
hold a number, a weekday or a quote (it is what ties a number to its head noun and verb, and a quote
to its speaker); the rest get tagging-free NER only, which is ~1.5x faster.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.analyse import dates, entities, nlp, numbers, quotes
from accord.model import Mention
from accord.options import Options

_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def needs_parse(text: str) -> bool:
    """Whether a sentence may hold a number, a quote or a weekday: only those need the parser
    (head nouns and verbs of numbers, speakers of quotes, the tense around a weekday)."""
    return bool(quotes.QUOTE.search(text) or quotes.open_at_end(text) or text[:1] in "“\"" or _WEEKDAY.search(text)
                or any(m.group(0).strip() for m in numbers._CORE.finditer(text)))


def prepare(texts: list[str], options: Options) -> list[Any]:
    """(doc, parsed) per sentence: two passes over one loaded model, parsed sentences first."""
    full_idx = [k for k, t in enumerate(texts) if options.parse_all or needs_parse(t)]
    full_set = set(full_idx)
    light_idx = [k for k in range(len(texts)) if k not in full_set]
    out: list[Any] = [None] * len(texts)
    for idx, full in ((full_idx, True), (light_idx, False)):
        for k, doc in zip(idx, nlp.pipe([texts[k] for k in idx], full=full, batch_size=options.nlp_batch_size)):
            out[k] = (doc, full)
    return out


def read(text: str, state: Any, ref: date | None, ctx: quotes.Context, options: Options) -> list[Mention]:
    """The mentions of one sentence from its spaCy doc."""
    doc, parsed = state
    ents = entities.find(text, doc, set(options.entity_labels))
    mentions: list[Mention] = list(ents)
    # dates need no parse ("last week", "Jan. 19"); numbers and quotes are only in parsed sentences
    found_dates = dates.find(text, ref, doc if parsed else None, options)
    mentions += found_dates
    if parsed:
        mentions += quotes.find(text, doc, ents, ctx, options)
        mentions += numbers.find(text, doc, [(m.start, m.end) for m in found_dates], options)
    quotes.update_subject(doc if parsed else None, ents, ctx)
    return mentions
