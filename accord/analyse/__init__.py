"""Analysis of article text: sentences and what each states (entities, numbers, dates, quotes).

Public: ``analyse_many`` and ``merge_variants``. Two analysers read a sentence behind the same
interface, chosen by ``options.analyser``: ``"rules"`` (the default; ``rules.py``: capitalisation
and word rules, ~10x faster, no model) and ``"spacy"`` (``parsed.py``: spaCy NER and dependency
parse). Both
share sentence splitting, the number scanner and its ranges, date resolution, quote spans and the
merging of name variants; each is a module with ``prepare`` (once over all sentences) and ``read``
(one sentence).
"""
from __future__ import annotations

import re

from collections.abc import Iterable, Mapping
from datetime import date
from types import ModuleType

from accord.analyse import dates, parsed, quotes, rules, sentences
from accord.analyse.dates import publication_date
from accord.analyse.entities import merge_variants
from accord.errors import AccordError
from accord.model import Article, Mention, Sentence, Variant
from accord.options import DEFAULT, Options

__all__ = ["ANALYSERS", "analyse_many", "analyse_story", "merge_variants", "publication_date"]

ANALYSERS: dict[str, ModuleType] = {"spacy": parsed, "rules": rules}


def analyse_many(articles: Iterable[Article], options: Options = DEFAULT,
                 reference: date | None = None) -> dict[str, list[Sentence]]:
    """Sentences of each article's ``text`` (not the title), in order, with their mentions and their
    character span in that text (``article.text[s.start:s.end] == s.text``).

    Entity values are already merged across all given articles (``merge_variants`` is run on the
    result; calling it again to get the ``Variant`` list is safe).
    """
    return analyse_story(articles, options, reference)[0]


_LEADING_MARKS = re.compile(r"[\s“”\"'‘’]*")


def _closing_speaker(joined: Mention, text: str, ctx: quotes.Context, mentions: list[Mention]) -> None:
    """mend111: the speaker of a quotation cut by a line break, read on its closing line ("…today.⏎But
    nobody was hurt," fire chief Ann Park said): a person named there with a speech verb is the speaker, whoever
    the sentence before named. A pronoun or no name keeps what the opening line read (a joined quote never
    takes the previous speaker for a bare quote: ``quotes.attribute``)."""
    rest = ctx.skip if 0 < ctx.skip < len(text) else len(text)  # the closing words were read with ``joined``
    # a person only: "…," Captain X, Chief Public Relations Officer, Defence, said names no organisation
    names = [m for m in mentions if m.kind == "entity" and m.label == "PERSON" and m.start >= rest]
    who, _ = rules.speaker(text, [(0, rest, "")], names, ctx)
    if who is not None and who in {str(m.value) for m in names}:
        joined.label = who
        ctx.speaker, ctx.since_speaker = who, 0


def analyse_story(articles: Iterable[Article], options: Options = DEFAULT,
                  reference: date | None = None, copies: Mapping[str, str] | None = None
                  ) -> tuple[dict[str, list[Sentence]], list[Variant]]:
    """``analyse_many`` and the names written more than one way, from one ``merge_variants`` pass
    (a brief needs both; merging twice cost as much as reading every sentence's numbers). ``copies``
    (wire copy -> original) lets a typo reprinted by a second paper count as one article's."""
    impl = ANALYSERS.get(options.analyser)
    if impl is None:
        raise AccordError(f"unknown analyser {options.analyser!r}; choose from: {', '.join(ANALYSERS)}")
    articles = list(articles)
    plan: list[tuple[Article, list[tuple[int, int]]]] = [
        (a, sentences.bounded(a.text or "", sentences.spans(a.text or ""), options.sentence_max_words))
        for a in articles]
    states = impl.prepare([a.text[i:j] for a, sents in plan for i, j in sents], options)
    out: dict[str, list[Sentence]] = {a.id: [] for a in articles}
    k = 0
    for article, sents in plan:
        ref = dates.publication_date(article, reference)
        ctx = quotes.Context(pronoun_window=options.quote_lookback)
        joined: Mention | None = None  # the previous sentence's quotation closed in this one
        for index, (start, end) in enumerate(sents):
            text = article.text[start:end]
            # the next sentence with the marks around it the splitter leaves out ("back. "'" ends on a mark)
            after = sents[index + 2][0] if index + 2 < len(sents) else len(article.text)
            after += len(_LEADING_MARKS.match(article.text, after).group())  # type: ignore[union-attr]
            gap = sents[index + 1][0] - end if index + 1 < len(sents) else 0
            # the text runs on past ``after`` so a mark opening the sentence after the next reads as opening
            ctx.tail, taken = quotes.run_on(text, ctx.skip, article.text[end:after + 40], after - end)
            mentions = impl.read(text, states[k], ref, ctx, options)
            k += 1
            if joined is not None:
                _closing_speaker(joined, text, ctx, mentions)
            joined = next((m for m in mentions if m.kind == "quote" and m.end == len(text)), None) \
                if ctx.tail else None
            ctx.skip = max(0, taken - gap)  # the next sentence's closing words were read here
            ctx.tick()
            mentions.sort(key=lambda m: (m.start, m.kind))
            out[article.id].append(Sentence(article=article.id, index=index, text=text, mentions=mentions,
                                            start=start, end=end))
    variants = merge_variants([s for sents in out.values() for s in sents], options.name_similarity, copies,
                              options.name_back_vowel_min_letters)
    return out, variants
