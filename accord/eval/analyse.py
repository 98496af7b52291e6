"""``accord eval analyse``: the two analysers (spaCy, rules) side by side on Multi-News stories.

Speed: sentences/second of ``analyse_many`` per analyser and, optionally, seconds per story of the
whole brief (``accord.briefing.build``) with each, beside sumy's LexRank on the same stories (the
issue's yardstick: a brief in under half of LexRank's time). Agreement: how many of the spaCy
analyser's mentions the rules analyser also finds (entities by name key, counts by value and
disagreement slot, quotes by speaker), so the price of the speed is visible in the same run.
Model loading is done before timing (one warm-up story), as a long-running process pays it once.

Disagreements (``run_disagreements``): every story briefed with each analyser, and each analyser's
disagreements split into those the other analyser's brief also has (same kind, same sides: values
and articles) and those only it has, so a reader can judge the differences one by one.
"""
from __future__ import annotations

import builtins
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from accord.eval import ratio
from accord.model import Article, Disagreement, Sentence
from accord.options import DEFAULT, Options

ANALYSERS = ("spacy", "rules")


@dataclass
class Result:
    analyser: str
    sentences: int = 0
    analyse_s: float = 0.0
    brief_s: float | None = None  # per story
    mentions: dict[str, int] = field(default_factory=dict)  # kind → count
    found: dict[str, float] = field(default_factory=dict)  # kind → share of spaCy's also found here

    @property
    def per_second(self) -> float:
        return ratio(self.sentences, self.analyse_s)


@dataclass
class Report:
    stories: int
    results: list[Result]
    lexrank_s: float | None = None  # per story


def stories(data: str | Path, limit: int | None) -> list[list[Article]]:
    """Multi-News clusters as the articles a brief gets (``--data DIR/multinews/validation.jsonl``)."""
    from accord.jobs import story_articles
    from accord.eval.summaries import load

    rows, _ = load("multinews", data, limit)
    return [story_articles(r) for r in rows]


def _keys(sentences: dict[str, list[Sentence]]) -> dict[str, set[tuple]]:
    """What each analyser states, as comparable keys per kind (sentence position included)."""
    from accord.disagree import slot_key

    out: dict[str, set[tuple]] = {"entity": set(), "number": set(), "quote": set(), "date": set()}
    for aid, sents in sentences.items():
        for s in sents:
            for m in s.mentions:
                if m.kind == "entity":
                    out["entity"].add((aid, s.index, str(m.value).lower()))
                elif m.kind == "number":
                    out["number"].add((aid, s.index, m.value, slot_key(m)))
                elif m.kind == "quote":
                    out["quote"].add((aid, s.index, str(m.value), m.label))
                elif m.kind == "date":
                    out["date"].add((aid, s.index, m.value))
    return out


def run(data: str | Path = "../shared/eval", limit: int | None = 30, options: Options = DEFAULT,
        briefs: bool = True, progress: Callable[[int], None] | None = None) -> Report:
    """Time both analysers (and the whole brief with each, and LexRank) on the first ``limit`` stories."""
    from accord import analyse
    from accord.clean import clean

    groups = stories(data, limit)
    cleaned = [[clean(a, options=options) for a in g] for g in groups]
    results = {name: Result(name) for name in ANALYSERS}
    keys: dict[str, dict[str, set[tuple]]] = {name: {} for name in ANALYSERS}
    for name in ANALYSERS:
        opts = options.with_(analyser=name)
        analyse.analyse_many(cleaned[0][:1], opts)  # warm-up: load the model outside the timing
        res = results[name]
        for arts in cleaned:
            t0 = time.perf_counter()
            out = analyse.analyse_many(arts, opts)
            res.analyse_s += time.perf_counter() - t0
            res.sentences += sum(len(v) for v in out.values())
            for m in (m for ss in out.values() for s in ss for m in s.mentions):
                res.mentions[m.kind] = res.mentions.get(m.kind, 0) + 1
            for kind, ks in _keys({f"{id(arts)}:{k}": v for k, v in out.items()}).items():
                keys[name].setdefault(kind, set()).update(ks)
            if progress:
                progress(1)
    for kind, ref in keys["spacy"].items():
        for name in ANALYSERS:
            results[name].found[kind] = ratio(len(ref & keys[name].get(kind, set())), len(ref))
    report = Report(stories=len(groups), results=[results[n] for n in ANALYSERS])
    if briefs:
        _time_briefs(groups, report, options, progress)
    return report


def _time_briefs(groups: Sequence[list[Article]], report: Report, options: Options,
                 progress: Callable[[int], None] | None) -> None:
    """Seconds per story of ``briefing.build`` with each analyser, and of LexRank on the same text."""
    from accord.briefing import build
    from accord.eval.summaries import _sumy

    for res in report.results:
        opts = options.with_(analyser=res.analyser)
        build(groups[0], opts)  # warm-up: embedding and NLP models load once per process
        t0 = time.perf_counter()
        for g in groups:
            build(g, opts)
            if progress:
                progress(1)
        res.brief_s = (time.perf_counter() - t0) / max(len(groups), 1)
    lexrank = _sumy("lexrank")
    rows = [{"id": str(i), "documents": [a.text for a in g]} for i, g in enumerate(groups)]
    lexrank(rows[0], 230)
    t0 = time.perf_counter()
    for row in rows:
        lexrank(row, 230)
        if progress:
            progress(1)
    report.lexrank_s = (time.perf_counter() - t0) / max(len(rows), 1)


# -- disagreements ----------------------------------------------------------------------------------
def disagreement_key(story: str, d: Disagreement) -> tuple:
    """What makes two briefs' disagreements the same: story, kind and sides (value and articles)."""
    return (story, d.kind, frozenset((str(v.normalized), tuple(sorted(v.articles))) for v in d.values))


@dataclass
class Disagreements:
    """Each analyser's disagreements on the same stories, as (story id, disagreement) pairs."""

    set: str
    stories: int
    found: dict[str, list[tuple[str, Disagreement]]]

    def _keys(self, analyser: str) -> builtins.set[tuple]:  # (``set`` is the field above)
        return {disagreement_key(s, d) for s, d in self.found[analyser]}

    def shared(self, analyser: str) -> int:
        """How many of ``analyser``'s disagreements every other analyser's brief also has."""
        return len(self.found[analyser]) - len(self.only(analyser))

    def only(self, analyser: str) -> list[tuple[str, Disagreement]]:
        """``analyser``'s disagreements some other analyser's brief does not have (to be judged)."""
        others = [self._keys(a) for a in self.found if a != analyser]
        return [(s, d) for s, d in self.found[analyser] if not all(disagreement_key(s, d) in k for k in others)]


def run_disagreements(data: str | Path = "../shared/eval", set_name: str = "multinews", limit: int | None = 80,
                      options: Options = DEFAULT, analysers: Sequence[str] = ANALYSERS,
                      progress: Callable[[int], None] | None = None) -> Disagreements:
    """Brief the first ``limit`` stories of ``set_name`` with each analyser and collect every disagreement."""
    from accord.jobs import story_articles
    from accord.briefing import build
    from accord.eval.summaries import load

    rows, _ = load(set_name, data, limit)
    found: dict[str, list[tuple[str, Disagreement]]] = {a: [] for a in analysers}
    for name in analysers:
        opts = options.with_(analyser=name)
        for row in rows:
            sid = str(row.get("id"))
            found[name] += [(sid, d) for d in build(story_articles(row), opts).disagreements]
            if progress:
                progress(1)
    return Disagreements(set=set_name, stories=len(rows), found=found)
