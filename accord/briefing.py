"""Briefing: the one function that turns a story's articles into what a reader gets.

clean → wire copies → analyse → align → disagree → summarize, then the parts that need the whole
picture: a neutral title, single-source claims and a timeline. Every front door (CLI, API, batch,
web) calls ``build`` and serialises the same ``Brief``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

import numpy as np

from accord import analyse, clean, embed, support
from accord.align import align, independent, roots
from accord.disagree import find as find_disagreements
from accord.group.copies import find_copies
from accord.model import (Article, ArticleRef, Brief, Cited, Dated, Fact, SingleSource)
from accord.options import DEFAULT, Options
from accord.summarize import select


def story_date(articles: Sequence[Article]) -> date | None:
    """The story's reference date: the most common publication date among its articles.

    Articles without a date (plain scraped text) resolve "on Thursday" or "Jan. 19" against it;
    an article's own date always wins.
    """
    days = Counter(a.published[:10] for a in articles if a.published)
    for value, _ in days.most_common():
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    return None


def neutral_title(articles: Sequence[Article]) -> str:
    """The headline closest to all the others: what the outlets share, not one outlet's angle."""
    titles = [a.title.strip() for a in articles if a.title and a.title.strip()]
    if not titles:
        return ""
    if len(titles) <= 2:
        return min(titles, key=len)
    vectors = embed.encode(titles)
    centrality = (vectors @ vectors.T).sum(axis=1)
    return titles[int(np.argmax(centrality))]


def _claims(facts: Sequence[support.Checked], copies: dict[str, str], limit: int,
            options: Options = DEFAULT) -> list[SingleSource]:
    """Facts that one independent source states (checked: no other article does) and that state
    something checkable.

    Checkable = a figure, a date, a quote or two named entities: the claims a careful reader wants
    flagged as resting on one outlet. Wire copies of one source count as one. Taken in turn from
    each article (by position) so one long article cannot fill the list.
    """
    root = roots(copies)
    per_article: dict[str, list[SingleSource]] = {}
    for fact in facts:
        if fact.independent != 1:
            continue
        s = fact.sentence
        if not support.checkable(s) or not support.is_claim(s, options):
            continue  # nothing to flag, or a fragment ("An earthquake with a magnitude of at least 5.")
        source = root.get(s.article, s.article)  # a wire copy's claims queue with its original's
        per_article.setdefault(source, []).append(SingleSource(text=s.text, article=s.article))
    out: list[SingleSource] = []
    queues = list(per_article.values())
    while queues and len(out) < limit:
        for q in queues:
            if q and len(out) < limit:
                out.append(q.pop(0))
        queues = [q for q in queues if q]
    return out


def _timeline(facts: Sequence[Fact], limit: int) -> list[Dated]:
    """Dated events, oldest first: the sentence that states the day, citing every article whose
    sentence in the same fact gives that day."""
    entries: dict[tuple[str, str], Dated] = {}
    for fact in facts:
        for s in fact.sentences:
            for m in s.of_kind("date"):
                if m.label != "day" or not m.value:
                    continue
                day = str(m.value)[:10]
                entry = entries.setdefault((day, fact.id), Dated(date=day, text=s.text, citations=[]))
                if s.article not in entry.citations:
                    entry.citations.append(s.article)
    out = sorted(entries.values(), key=lambda d: (d.date, -len(d.citations)))
    if len(out) > limit:  # keep the best-supported entries, still in date order
        keep = sorted(out, key=lambda d: -len(d.citations))[:limit]
        out = sorted(keep, key=lambda d: (d.date, -len(d.citations)))
    return out


def build(articles: Sequence[Article], options: Options = DEFAULT) -> Brief:
    """A brief of ``articles`` taken as one story (ids must be unique; order is kept)."""
    articles = list(articles)
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"article ids must be unique in a brief: {', '.join(dupes)}")
    # an article cleaned before (by ingest, with the library's recurring lines) keeps its cleaning
    articles = [a if a.removed or (a.raw_text and a.text != a.raw_text) else clean.clean(a, options=options)
                for a in articles]
    copies = find_copies(articles, options)
    reference = story_date(articles)
    sentences, variants = analyse.analyse_story(articles, options, reference=reference)
    facts = align(articles, sentences, copies, options)
    disagreements = find_disagreements(facts, options, reference=reference, articles=ids)
    # every citation, support count and single-source claim below passes through the one check
    evidence = support.Evidence(articles, sentences, copies, options, reference)
    summary = support.cite(evidence, select(facts, articles, options))
    checked = support.check_facts(evidence, facts)
    support.link_disagreements(evidence, checked, disagreements)
    refs = [ArticleRef(id=a.id, title=a.title, source=a.source, url=a.url, published=a.published,
                       copy_of=copies.get(a.id)) for a in articles]
    multi = support.shown_once([c for c in checked if c.independent > 1], disagreements)
    return Brief(
        title=neutral_title(articles),
        articles=refs,
        summary=summary,
        facts=[c.ref() for c in multi[: options.brief_max_facts]],
        disagreements=disagreements,
        single_source=_claims(checked, copies, options.brief_max_single, options),
        timeline=support.date_citations(evidence, _timeline(facts, options.brief_max_timeline)),
        variants=variants,
    )


__all__ = ["build", "story_date", "neutral_title", "independent", "Cited"]
