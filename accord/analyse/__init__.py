"""Analysis of article text: sentences and what each states (entities, numbers, dates, quotes).

Public: ``analyse_many`` and ``merge_variants``. spaCy runs once over all sentences of all
articles in batches; the dependency parser only over sentences that hold a number, a date or a
quote (it is what ties a number to its head noun and verb, and a quote to its speaker), the rest
get tagging-free NER only, which is ~1.5x faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from accord.analyse import dates, entities, nlp, numbers, quotes, sentences
from accord.analyse.entities import merge_variants
from accord.model import Article, Mention, Sentence
from accord.options import DEFAULT, Options

__all__ = ["analyse_many", "merge_variants", "publication_date"]

_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def needs_parse(text: str) -> bool:
    """Whether a sentence may hold a number, a quote or a weekday: only those need the parser
    (head nouns and verbs of numbers, speakers of quotes, the tense around a weekday)."""
    return bool(quotes.QUOTE.search(text) or text[:1] in "“\"" or _WEEKDAY.search(text)
                or any(m.group(0).strip() for m in numbers._CORE.finditer(text)))


def publication_date(article: Article, reference: date | None = None) -> date | None:
    """The date relative dates of ``article`` resolve against: its own ``published``, else ``reference``."""
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    return reference


def analyse_many(articles: Iterable[Article], options: Options = DEFAULT,
                 reference: date | None = None) -> dict[str, list[Sentence]]:
    """Sentences of each article's ``text`` (not the title), in order, with their mentions.

    Entity values are already merged across all given articles (``merge_variants`` is run on the
    result; calling it again to get the ``Variant`` list is safe).
    """
    articles = list(articles)
    plan: list[tuple[Article, list[str]]] = [(a, sentences.split(a.text or "")) for a in articles]
    flat = [(ai, si, text) for ai, (_, sents) in enumerate(plan) for si, text in enumerate(sents)]
    full_idx = [k for k, (_, _, t) in enumerate(flat) if options.parse_all or needs_parse(t)]
    full_set = set(full_idx)
    light_idx = [k for k in range(len(flat)) if k not in full_set]
    docs: dict[int, object] = {}
    for idx, full in ((full_idx, True), (light_idx, False)):
        for k, doc in zip(idx, nlp.pipe([flat[k][2] for k in idx], full=full, batch_size=options.nlp_batch_size)):
            docs[k] = doc
    labels = set(options.entity_labels)
    out: dict[str, list[Sentence]] = {a.id: [] for a in articles}
    k = 0
    for article, sents in plan:
        ref = publication_date(article, reference)
        ctx = quotes.Context(pronoun_window=options.quote_lookback)
        for index, text in enumerate(sents):
            doc = docs[k]
            parsed = k in full_set
            k += 1
            ents = entities.find(text, doc, labels)  # type: ignore[arg-type]
            mentions: list[Mention] = list(ents)
            # dates need no parse ("last week", "Jan. 19"); numbers and quotes are only in parsed sentences
            found_dates = dates.find(text, ref, doc if parsed else None)  # type: ignore[arg-type]
            mentions += found_dates
            if parsed:
                mentions += quotes.find(text, doc, ents, ctx, options)  # type: ignore[arg-type]
                skip = [(m.start, m.end) for m in found_dates]
                mentions += numbers.find(text, doc, skip, options)  # type: ignore[arg-type]
            quotes.update_subject(doc if parsed else None, ents, ctx)  # type: ignore[arg-type]
            ctx.tick()
            mentions.sort(key=lambda m: (m.start, m.kind))
            out[article.id].append(Sentence(article=article.id, index=index, text=text, mentions=mentions))
    merge_variants([s for sents in out.values() for s in sents], options.name_similarity)
    return out
