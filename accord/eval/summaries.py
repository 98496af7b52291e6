"""`accord eval summaries`: accord beside lead, TF-IDF centroid + MMR, LexRank and TextRank on the
same stories, same run, with the mechanical coherence check of every system's summary sentences.

Scoring follows ``../shared/eval/score.py`` exactly (rouge-score ROUGE-1/2/Lsum F1, Porter stemming,
every system cut to the set's budget in whitespace words; NeuS reference = title + ". " + text,
Multi-News reference without its leading "– "), so numbers compare with the held-out sets. accord
runs through ``accord.jobs.summarize_story``, the code path of ``accord batch``: the numbers are the
product's numbers.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from accord.eval import ratio
from accord.analyse.sentences import split
from accord.errors import AccordError
from accord.model import Article, Fact, Sentence
from accord.options import DEFAULT, Options

SETS: dict[str, tuple[str, int]] = {
    "multinews": ("multinews/validation.jsonl", 230),
    "neus": ("neus/val.jsonl", 65),
}


def reference(row: dict[str, Any]) -> str:
    """The gold summary as score.py builds it."""
    s = row["summary"]
    if isinstance(s, dict):
        return f"{s['title'].rstrip('.')}. {s['text']}".strip()
    return s.lstrip("– ").strip()


def cut(text: str, budget: int) -> str:
    """The protocol's truncation: the first ``budget`` whitespace words."""
    return " ".join(text.split()[:budget])


def load(name: str, data: str | Path, limit: int | None = None) -> tuple[list[dict[str, Any]], int]:
    """Rows of set ``name`` under ``data`` (first ``limit``) and the set's word budget."""
    if name not in SETS:
        raise AccordError(f"unknown set {name!r}; choose one of: {', '.join(SETS)}")
    rel, budget = SETS[name]
    path = Path(data) / rel
    if not path.exists():
        raise AccordError(f"{path}: not found (give the evaluation folder with --data)")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows, budget


def document_text(doc: str | dict[str, Any]) -> str:
    """A document as one text, title first (the protocol's "whole input" for the lead baseline)."""
    if isinstance(doc, str):
        return doc
    return f"{doc.get('title') or ''} {doc.get('text') or ''}".strip()


# -- baselines ----------------------------------------------------------------------------------

def lead(row: dict[str, Any], budget: int) -> str:
    """The whole input, documents in order, cut at the budget."""
    return cut(" ".join(document_text(d) for d in row["documents"]), budget)


class _Tokenizer:
    """sumy's tokenizer interface without NLTK data: sentencex sentences, regex words."""

    language = "english"
    _word = re.compile(r"\w+(?:['’]\w+)?", re.U)

    def to_sentences(self, text: str) -> list[str]:
        return split(text)

    def to_words(self, sentence: str) -> list[str]:
        return self._word.findall(sentence)


CENTROID_LAMBDA = 0.7  # MMR trade-off of the centroid baseline (Carbonell & Goldstein's usual 0.7)


def centroid_mmr(row: dict[str, Any], budget: int) -> str:
    """TF-IDF centroid + MMR, the plain extractive baseline (after Radev et al. 2004, Carbonell &
    Goldstein 1998): every sentence of the input (``accord.analyse.sentences.split``) as a TF-IDF row (sklearn,
    English stop words, sublinear tf, fitted on the story's sentences); relevance = cosine to the mean
    row; sentences are taken by λ·relevance − (1−λ)·(largest cosine with a taken sentence), λ = 0.7,
    until the budget is reached, then printed in input order."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    sents = [s for d in row["documents"] for s in split(document_text(d))]
    if not sents:
        return ""
    try:
        m = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sents)
    except ValueError:  # only stop words
        return cut(" ".join(sents), budget)
    centroid = np.asarray(m.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    relevance = (m @ centroid) / norm
    sims = (m @ m.T).toarray()
    taken: list[int] = []
    used = 0
    red = np.zeros(len(sents))
    open_ = np.ones(len(sents), dtype=bool)
    while used < budget and open_.any():
        val = np.where(open_, CENTROID_LAMBDA * relevance - (1 - CENTROID_LAMBDA) * red, -np.inf)
        best = int(np.argmax(val))
        taken.append(best)
        open_[best] = False
        used += len(sents[best].split())
        red = np.maximum(red, sims[:, best])
    return cut(" ".join(sents[i] for i in sorted(taken)), budget)


def _sumy(kind: str) -> Callable[[dict[str, Any], int], str]:
    """A sumy baseline: sentences by its rating, added until the budget is reached, in input order."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    base = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer

    class Ranked(base):  # type: ignore[misc, valid-type]
        @staticmethod
        def _get_best_sentences(sentences, count, rating, *args, **kwargs):  # noqa: ANN001
            return sorted(sentences, key=lambda s: -rating[s])

    summarizer = Ranked(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = _Tokenizer()

    def run(row: dict[str, Any], budget: int) -> str:
        text = "\n".join(document_text(d) for d in row["documents"])
        doc = PlaintextParser.from_string(text, tokenizer).document
        ranked = list(summarizer(doc, len(doc.sentences)))
        picked, used = set(), 0
        for s in ranked:
            if used >= budget:
                break
            picked.add(id(s))
            used += len(str(s).split())
        return cut(" ".join(str(s) for s in doc.sentences if id(s) in picked), budget)

    return run


def sentence_facts(articles: list[Article]) -> list[Fact]:
    """One fact per sentence of the cleaned articles: the scorer's input without alignment."""
    facts = []
    for a in articles:
        for i, s in enumerate(split(a.text)):
            facts.append(Fact(id=f"{a.id}:{i}", text=s, sentences=[Sentence(a.id, i, s)], support=[a.id], independent=1))
    return facts


def cleaned_articles(row: dict[str, Any]) -> list[Article]:
    """A story's articles as batch reads them, cleaned."""
    from accord.jobs import story_articles
    from accord.clean import clean

    return [clean(a) for a in story_articles(row)]


def _sentence_facts(row: dict[str, Any], options: Options) -> str:
    """Ablation: cleaning + the scorer on one fact per sentence (no alignment)."""
    from accord import summarize

    articles = cleaned_articles(row)
    return " ".join(c.text for c in summarize.select(sentence_facts(articles), articles, options))


_WARM_UP = {"id": "warm-up", "documents": [
    {"title": "Storm hits the coast", "text": "A storm hit the coast on Monday, officials said. "
     "About 2,000 homes lost power, the utility said. \"We are working on it,\" Mayor Ann Lee said."},
    {"title": "Coastal storm cuts power", "text": "Some 2,000 homes were without power after a storm "
     "hit the coast on Monday. Mayor Ann Lee said crews were at work."},
]}


def warm_up(options: Options) -> None:
    """Brief a small made-up story once, so that loading the models (once per process, as ``accord
    batch`` does) is not counted in the first story's seconds; the baselines' set-up is not counted
    either."""
    _accord(_WARM_UP, options)


def _accord(row: dict[str, Any], options: Options) -> str | tuple[str, list[str]]:
    """accord's summary (cut at the budget) and its summary sentences, for the coherence check."""
    from accord.jobs import summarize_story

    out = summarize_story(row, options)
    return out.get("summary", ""), [c["text"] for c in out.get("brief", {}).get("summary", [])]


def within(sentences: list[str], budget: int) -> list[str]:
    """The sentences a reader of the summary cut at ``budget`` words sees (a cut one included)."""
    out, used = [], 0
    for s in sentences:
        if used >= budget:
            break
        out.append(s)
        used += len(s.split())
    return out


# -- the run ------------------------------------------------------------------------------------

@dataclass
class Result:
    system: str
    r1: float = 0.0
    r2: float = 0.0
    rl: float = 0.0
    seconds: float = 0.0  # per story
    errors: int = 0
    predictions: dict[str, str] = field(default_factory=dict)
    # the coherence check (``accord.summarize.coherence``) over the summaries as cut at the budget
    summaries: int = 0
    sentences: int = 0
    opens_flagged: int = 0  # summaries whose first sentence is flagged
    flagged: int = 0  # flagged sentences
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (story id, reason, sentence)

    @property
    def open_share(self) -> float:
        return ratio(self.opens_flagged, self.summaries)

    @property
    def flagged_share(self) -> float:
        return ratio(self.flagged, self.sentences)

    def check(self, story: str, sentences: list[str]) -> None:
        """Count what the coherence check flags in one summary's sentences."""
        from accord.summarize import coherence

        if not sentences:
            return
        flags = coherence.read(sentences)
        self.summaries += 1
        self.sentences += len(sentences)
        self.opens_flagged += bool(flags[0])
        for text, flag in zip(sentences, flags):
            if flag:
                self.flagged += 1
                self.examples.append((story, flag.reason, text))


SYSTEMS = ("accord", "sentences", "lead", "centroid", "lexrank", "textrank")


def run(name: str = "multinews", data: str | Path = "../shared/eval", limit: int | None = None,
        systems: Iterable[str] = SYSTEMS, options: Options = DEFAULT, progress: bool = True,
        words: int | None = None) -> list[Result]:
    """Score every system on the set (at the set's budget, or ``words``); one Result per system
    (R in percent), with the coherence check of its summaries."""
    from rouge_score import rouge_scorer

    rows, budget = load(name, data, limit)
    budget = words or budget
    opts = options.with_(words=budget)  # (coherence72) whole sentences, as a brief; summary_fill=True: before
    makers: dict[str, Callable[[dict[str, Any], int], str | tuple[str, list[str]]]] = {
        "lead": lead,
        "centroid": centroid_mmr,
        "lexrank": lambda r, b: "",
        "textrank": lambda r, b: "",
        "accord": lambda r, b: _accord(r, opts),
        "sentences": lambda r, b: _sentence_facts(r, opts),
    }
    systems = list(systems)
    for s in systems:
        if s not in makers:
            raise AccordError(f"unknown system {s!r}; choose from: {', '.join(SYSTEMS)}")
    if "accord" in systems:
        warm_up(opts)
    if "lexrank" in systems:
        makers["lexrank"] = _sumy("lexrank")
    if "textrank" in systems:
        makers["textrank"] = _sumy("textrank")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    results = {s: Result(s) for s in systems}

    from rich.progress import Progress

    with Progress(transient=True, disable=not progress) as bar:
        task = bar.add_task(f"{name}: summarising", total=len(rows) * len(systems))
        # story by story, every system in turn: a change in the machine's load over the run then
        # weighs on every system alike, so the seconds compare as ratios
        for row in rows:
            for system in systems:
                res = results[system]
                t0 = time.perf_counter()
                try:
                    made = makers[system](row, budget)
                except AccordError:
                    made, res.errors = "", res.errors + 1
                res.seconds += time.perf_counter() - t0
                pred, sents = made if isinstance(made, tuple) else (made, split(cut(made, budget)))
                res.check(str(row["id"]), within(sents, budget))
                res.predictions[row["id"]] = pred
                s = scorer.score(reference(row), cut(pred, budget))
                res.r1 += s["rouge1"].fmeasure
                res.r2 += s["rouge2"].fmeasure
                res.rl += s["rougeLsum"].fmeasure
                bar.advance(task)
    n = max(len(rows), 1)
    for res in results.values():
        res.r1, res.r2, res.rl = 100 * res.r1 / n, 100 * res.r2 / n, 100 * res.rl / n
        res.seconds /= n
    return [results[s] for s in systems]


def write_predictions(results: list[Result], folder: str | Path, name: str) -> list[Path]:
    """One ``{"id", "summary"}`` JSONL per system, the input format of score.py."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for res in results:
        p = folder / f"{name}-{res.system}.jsonl"
        with p.open("w", encoding="utf-8") as fh:
            for rid, summary in res.predictions.items():
                fh.write(json.dumps({"id": rid, "summary": summary}, ensure_ascii=False) + "\n")
        paths.append(p)
    return paths
