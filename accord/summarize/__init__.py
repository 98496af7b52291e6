"""Summary selection: score facts, then pick them under the word budget with MMR diversity.

``select(facts, articles, options)`` returns verbatim article sentences, each citing every article
that supports its fact. Scoring is pluggable (``accord.summarize.scorers``); budgeting and diversity
are shared here so that every scorer is held to the same rules.
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from accord.model import Article, Cited, Fact
from accord.options import DEFAULT, Options
from accord.summarize import features, scorers

__all__ = ["select", "rank", "choose", "candidates", "bounded"]


def _words(text: str) -> int:
    return len(text.split())


def rank(facts: Sequence[Fact], articles: Sequence[Article], options: Options = DEFAULT) -> list[tuple[Fact, float]]:
    """Every fact with its score, best first (what ``select`` chooses from)."""
    facts = candidates(facts) + (features.title_facts(list(articles)) if options.summary_titles else [])
    facts = bounded(facts, options.summary_max_candidates)
    scorer = scorers.get(options.summary_scorer)
    view = features.view(facts, list(articles), embed=scorers.uses(scorer, "emb_centrality"))
    scores = scorer(view)
    order = np.argsort(-scores, kind="stable")
    return [(view.facts[i], float(scores[i])) for i in order]


def select(facts: Sequence[Fact], articles: Sequence[Article], options: Options = DEFAULT) -> list[Cited]:
    """Pick facts for the summary: best score first, skipping near-repeats, within ``options.words``.

    Shorter lower-ranked facts may still fill the room left. With ``options.summary_fill`` one last
    fact may cross the budget (a reader that cuts at the budget, like ROUGE, then gets a full
    summary); without it the summary never exceeds the budget.
    """
    facts = candidates(facts)
    if options.summary_titles:
        facts += features.title_facts(list(articles))
    facts = bounded(facts, options.summary_max_candidates)
    if not facts or options.words <= 0:
        return []
    scorer = scorers.get(options.summary_scorer)
    view = features.view(facts, list(articles), embed=scorers.uses(scorer, "emb_centrality"))
    return choose(view, scorer(view), options)


# A photo caption that survived cleaning ("FILE - In this Sept. 26, 2006, file photo, knives ...",
# "In this image released by ..."): it describes a picture the summary does not show, and the wire
# services repeat it under every copy, so alignment makes it look well supported.
CAPTION = re.compile(
    r"^(?:FILE(?:\s+PHOTO)?\s*[-–—:]|File photo\b|(?:FILE\s*[-–—:]\s*)?In th(?:is|ese)\b.{0,60}?"
    r"\b(?:photos?|images?|pictures?|video|frame grab)\b)", re.I)


def candidates(facts: Sequence[Fact]) -> list[Fact]:
    """Every telling of every fact as its own candidate, carrying the fact's id and support.

    Outlets phrase one fact differently; the scorer picks the telling that reads best in context
    (position, self-containedness), and ``choose`` takes at most one telling per fact. Photo
    captions (``CAPTION``) are not candidates.
    """
    out = []
    for f in facts:
        tellings = [s for s in f.sentences if s.text and s.text.strip()]
        if not tellings:
            if f.text and f.text.strip() and not CAPTION.match(f.text.strip()):
                out.append(f)
            continue
        tellings = [s for s in tellings if not CAPTION.match(s.text.strip())]
        seen: set[str] = set()
        for s in tellings:
            if s.text.strip() in seen:
                continue
            seen.add(s.text.strip())
            out.append(Fact(id=f.id, text=s.text.strip(), sentences=[s], support=list(f.support),
                            independent=f.independent))
    return out


def bounded(facts: list[Fact], limit: int) -> list[Fact]:
    """At most ``limit`` candidates, in their order: those of the best-supported facts, leads first.

    Scoring compares every candidate with every other one (echoes, redundancy), so a story of
    20,000 sentences would cost gigabytes; a summary of a few sentences is drawn from the facts
    most outlets report, which this keeps. Normal stories have far fewer candidates: unchanged.
    """
    if len(facts) <= limit:
        return facts

    def key(k: int) -> tuple[int, int, int]:
        f = facts[k]
        return (-(f.independent or len(set(f.support))), min((s.index for s in f.sentences), default=0), k)

    keep = sorted(sorted(range(len(facts)), key=key)[:limit])
    return [facts[k] for k in keep]


def choose(view: features.StoryView, scores: np.ndarray, options: Options = DEFAULT) -> list[Cited]:
    """Budgeted MMR selection over scored facts (shared by every scorer and by training)."""
    facts = view.facts
    n = len(facts)
    scores = np.asarray(scores, dtype=np.float64)
    sims = view.vectors @ view.vectors.T if view.vectors.size else np.zeros((n, n))
    budget = options.words
    words = np.array([_words(f.text) for f in facts], dtype=np.int64)
    codes = {fid: k for k, fid in enumerate(dict.fromkeys(f.id for f in facts))}
    fact_of = np.array([codes[f.id] for f in facts], dtype=np.int64)
    open_ = ~np.isnan(scores)  # not chosen, and its fact not told yet (a NaN score never is)
    red = np.zeros(n, dtype=sims.dtype)  # similarity to the closest chosen fact (MMR redundancy)
    chosen: list[int] = []
    used = 0
    while open_.any() and used < budget:
        ok = open_ & (used + words <= budget) & (red < options.summary_max_similarity)
        if not ok.any():
            break
        val = np.where(ok, scores - options.summary_redundancy * red, -np.inf)
        best = int(np.argmax(val))  # the first of equal values, as a scan in index order keeps
        if val[best] == -np.inf:
            break
        chosen.append(best)
        used += int(words[best])
        open_ &= fact_of != fact_of[best]  # one telling per fact
        red = np.maximum(red, sims[:, best])
    if options.summary_order == "article":
        chosen = _reading_order(chosen, facts)
    if options.summary_fill and used < budget:
        spill = np.flatnonzero(open_ & (red < options.summary_max_similarity))
        if len(spill):  # last, so that a reader cutting at the budget cuts only this one
            chosen.append(int(spill[np.argmax(scores[spill])]))
    return [Cited(text=facts[i].text.strip(), citations=list(dict.fromkeys(facts[i].support))) for i in chosen]


def _reading_order(chosen: list[int], facts: list[Fact]) -> list[int]:
    """Order by position in the article (leads first), ties by score rank."""
    if len(chosen) <= 1:
        return chosen

    def pos(i: int) -> int:  # headlines (index -1) open the summary
        return min((s.index for s in facts[i].sentences), default=0)

    return sorted(chosen, key=lambda i: (pos(i), chosen.index(i)))
