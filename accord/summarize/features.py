"""Features of a fact that say whether it belongs in a summary, shared by every scorer.

Features, not raw text, so that a scorer trained on one corpus (NeuS) carries over to another
(Multi-News): each one is relative to its story (support share, similarity to the story centroid,
echoes in other articles, position in its article), never tied to a vocabulary.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from accord import tfidf
from accord.align import sources
from accord.model import Article, Fact, Sentence
from accord.options import DEFAULT, Options
from accord.patterns import Alternatives
from accord.words import MONTH_ABBREVIATIONS, one_stop

# words a stop follows inside a sentence ("Mr. Reyes", "Aug. 23"): a headline ending on one was cut there
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "gov", "lt", "col", "capt", "maj", "sgt", "sen",
                            "rep", "prof", "jr", "sr"}) | MONTH_ABBREVIATIONS

NAMES = (
    "support",  # independent articles telling the fact (alignment) / independent articles in the story
    "echo",  # mean over the other articles of the best TF-IDF cosine with one of their sentences
    "echo_frac",  # share of the other articles holding a sentence with cosine >= options.summary_echo
    "word_echo",  # mean over the other articles of the share of its words that article also uses
    "centrality",  # TF-IDF cosine to the centroid of every sentence of the story
    "emb_centrality",  # embedding cosine to the story's mean embedding
    "title_sim",  # cosine to the centroid of the article titles (0 when there are none)
    "position",  # 1 / (1 + index of its earliest sentence in its article)
    "first",  # 1 when the fact opens an article
    "rel_position",  # earliest index / sentences in that article (0 = top)
    "rep_article",  # similarity of its best article to the story centroid (representative-first)
    "is_title",  # the candidate is an article's headline
    "length",  # words / 40, clipped at 1.5
    "short",  # fewer than 8 words
    "long",  # more than 55 words
    "dangling",  # opens with a pronoun or connective that needs the previous sentence
    "question",  # ends with a question mark
    "quote",  # opens with a quotation mark
    "no_end",  # no sentence-final punctuation: a heading, caption or leftover
    "caps",  # share of capitalised words (headings, bylines, navigation)
    "digits",  # share of tokens with digits (tables, scores, timestamps)
    "address",  # speaks to the reader outside quotes ("you would be wrong": a columnist's aside)
    "first_person",  # the writer's own voice outside quotes (I, we, our)
    "exclaim",  # an exclamation mark outside quotes
    "background",  # every date it gives lies over a year before the story (history, not the news)
)
ECHO_CELLS = 4_000_000  # word_echo: (fact words × articles) cells held at once (a story of 2,500 articles)

_DANGLING = re.compile(
    r"^[\"'“‘(]*(he|she|it|they|them|this|that|these|those|his|her|its|their|but|and|also|so|"
    r"however|meanwhile|still|yet|then|there|here|such|both|another|instead|later|we|i|you)\b"
    r"|^[^,;]{1,40},\s*(?:however|though|meanwhile|too|instead|nonetheless|nevertheless),",  # "Protests, however, continue"
    re.I,
)
# you/your/we/our/I/me/my outside quotation marks: the writer or the site speaking, not the news
_ADDRESS = re.compile(r"(?i:\b(?:you|your|you're|you’re|yours|yourself)\b)")
_FIRST = re.compile(r"(?i:\b(?:we|we're|we’re|we've|we’ve|our|ours|us|me|my)\b)(?!\.\w)"
                    r"|(?<!War )(?<!Phase )(?<!Title )\bI(?:'m|'ve|’m|’ve)?\b(?![-.\d])")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’(?!\w)")


@dataclass
class StoryView:
    """What a scorer sees: the candidate facts, their feature matrix and their TF-IDF vectors."""

    facts: list[Fact]
    X: np.ndarray  # (n_facts, len(NAMES)) float
    vectors: np.ndarray  # (n_facts, vocab) L2-normalised TF-IDF rows, for redundancy checks
    articles: list[Article] = field(default_factory=list)  # (mend57) the story's articles: their titles as ingested

    def column(self, name: str) -> np.ndarray:
        """One feature for every fact."""
        return self.X[:, NAMES.index(name)] if len(self.X) else np.zeros(0)


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


_QUESTION_END = re.compile(r"\?[\"'”’)]*$")
_STATEMENT_END = re.compile(r"[.!?][\"'”’)]*$")


_DIGIT = re.compile(r"\d")


def _narration(text: str) -> str:
    """The words of a sentence outside quotation marks — also of a quotation that opened in the
    paragraph before ("… our task.\"" ) or runs on into the next one (said, "I just don't …)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    out = _QUOTED.sub(" ", text)
    close = max(out.rfind("”"), out.rfind('"') if out.count('"') % 2 and out.rstrip().endswith('"') else -1)
    if close >= 0:  # the end of a quotation that opened earlier
        out = out[close + 1:]
    opening = [i for i in (out.find("“"), out.find('"')) if i >= 0]
    if opening:  # a quotation that runs on past this sentence
        out = out[:min(opening)]
    return out


narration = _narration  # the words of a sentence outside its quotation marks (selection's statement words)


@lru_cache(maxsize=4096)
def first_person(text: str) -> frozenset[str]:
    """The first-person words (folded: "i", "i'm", "we", "our", …) the writer uses outside quotation
    marks: a column's or a reader's voice ("I spent 5 hours with Alan…"); "US" and "World War I" are
    no pronoun. Empty when the sentence is the news's, or a speaker's inside quotes. Kept per text
    (speed22): selection and the coherence check ask it of a summary's sentences some 13 times each."""
    return frozenset(m.group(0).casefold().replace("’", "'") for m in _FIRST.finditer(_narration(text.strip()))
                     if m.group(0) not in ("US", "Us"))


def _first_in(narration: str) -> bool:
    return any(m.group(0) not in ("US", "Us") for m in _FIRST.finditer(narration))


def _sentence_flags(text: str) -> list[float]:
    words = text.split()
    n = max(len(words), 1)
    stripped = text.strip()
    caps = sum([w[0].isupper() for w in words]) / n
    if text.isascii() and not _DIGIT.search(text):  # most sentences: no word to look into
        digits = 0.0
    else:
        digits = sum(1 for w in words if any(map(str.isdigit, w))) / n
    outside = _narration(stripped)
    address = bool(_ADDRESS.search(outside))
    first = _first_in(outside)
    return [
        min(len(words) / 40.0, 1.5),
        float(len(words) < 8),
        float(len(words) > 55),
        float(bool(_DANGLING.match(stripped))),
        float(bool(_QUESTION_END.search(stripped))),
        float(stripped[:1] in "\"“'‘"),
        float(not _STATEMENT_END.search(stripped)),
        caps,
        digits,
        float(address),
        float(first),
        float("!" in outside),
    ]


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16384)
def _word_counts(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Lower-cased words of ``text`` as (hashes, counts), cached: an article is counted once per
    story and a sentence once per process. Hashes, not strings, so that a story's words are matched
    with array operations (two of a story's few thousand words sharing a 64-bit hash: ~1e-12)."""
    c = Counter(_WORD.findall(text.lower()))
    words = np.fromiter((hash(w) for w in c), dtype=np.int64, count=len(c))
    counts = np.fromiter(c.values(), dtype=np.float64, count=len(c))
    words.flags.writeable = counts.flags.writeable = False  # (mend82) shared by every later story: never changed
    return words, counts


def word_echo(facts: list[Fact], own: list[set[str]], articles: list[Article]) -> np.ndarray:
    """Per fact: the mean over the articles it is not told in of the share of its words (stop words
    included, counts clipped: ROUGE-1 precision against that article) the article also uses.

    Why: a fact the other outlets report in the same words is what every account shares, and what a
    neutral summary of them says; unlike ``echo`` (the best single sentence, TF-IDF) it counts words
    spread over the whole other article, title included.
    """
    n = len(facts)
    out = np.zeros(n)
    if not n or len(articles) < 2:
        return out
    per_fact = [_word_counts(f.text) for f in facts]
    words = np.concatenate([w for w, _ in per_fact])
    counts = np.concatenate([c for _, c in per_fact])
    if not len(words):
        return out
    fact_of = np.repeat(np.arange(n), [len(w) for w, _ in per_fact])
    vocab, col = np.unique(words, return_inverse=True)
    per = np.empty((n, len(articles)))  # (facts, articles): fact words each article also uses
    step = max(1, ECHO_CELLS // len(words))  # articles at a time: (fact words × articles) stays bounded
    for start in range(0, len(articles), step):
        chunk = articles[start:start + step]
        docs = np.zeros((len(chunk), len(vocab)))  # each article's count of every fact word
        for j, a in enumerate(chunk):
            w, c = _word_counts(f"{a.title or ''} {a.text or ''}")
            at = np.minimum(np.searchsorted(vocab, w), len(vocab) - 1)
            hit = vocab[at] == w
            docs[j, at[hit]] = c[hit]
        shared = np.minimum(counts[:, None], docs[:, col].T)  # (fact words, articles of the chunk)
        for j in range(len(chunk)):
            per[:, start + j] = np.bincount(fact_of, weights=shared[:, j], minlength=n)
    totals = np.bincount(fact_of, weights=counts, minlength=n)
    column = {a.id: j for j, a in enumerate(articles)}
    other = np.ones((n, len(articles)), dtype=bool)
    for i, arts in enumerate(own):
        for aid in arts:
            if aid in column:
                other[i, column[aid]] = False
    n_other = other.sum(axis=1)
    ok = (n_other > 0) & (totals > 0)
    out[ok] = (per * other).sum(axis=1)[ok] / (totals[ok] * n_other[ok])
    return out


def _end(value: str) -> date | None:
    """The last day a resolved date value ("2022-01-13", "2022-01", "2022") can mean."""
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


# A sentence that tells what is to come, outside quotes: "will"/"won't"/"shall" before a verb (not
# "his will", "free will", "the will of"), or a forecast's verb ("is expected to", "projects that").
# Its dates may be the forecast's: they do not set the story's day.
_FUTURE = re.compile(
    r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bfree )(?<!\bown )(?<!\bgood )(?<!\bill )"
    r"\b(?:will|won['’]t|shall)\s+(?:not\s+|also\s+|likely\s+|soon\s+|probably\s+|still\s+|then\s+)?[a-z]{2,}"
    r"|\b(?:is|are|was|were)\s+(?:expected|projected|forecast|predicted|set|due|scheduled)\s+to\s+[a-z]"
    r"|\b(?:projects?|projected|forecasts?|predicts?|predicted)\s+that\b", re.I)


# a possibility's modal before a verb ("could reach 10.5 billion by 2050", "the planet we could have in
# 2050"): its date may be a projection's, so it does not count toward the story's day either
_MODAL = re.compile(r"\b(?:could|would|may|might)\s+(?:not\s+|also\s+|well\s+|even\s+)?[a-z]{2,}", re.I)
# (speed22) the same yes/no answers, each branch searched only in a text holding its first word
# ("will", "expected", "could" …): ``_FUTURE``'s look-behinds made it ~25 µs a sentence
_FUTURE_ANY, _MODAL_ANY = Alternatives(_FUTURE), Alternatives(_MODAL)


def forecast(text: str) -> bool:
    """Whether ``text`` (outside its quotations) tells what is to come: "Some time late in 2011 …
    humanity will reach a new milestone", "By 2050 the population is expected to reach …". A date
    there may be the forecast's, not an event's, so it does not set the story's day (a population
    story's "2050"s put its day decades ahead, and its own news read as background)."""
    return _FUTURE_ANY.found(_QUOTED.sub(" ", text))


def background(facts: list[Fact], articles: list[Article], options: Options = DEFAULT) -> np.ndarray:
    """Per fact: every date it states ends over ``options.background_days`` before the story's date (the
    latest publication date, else the median of the days the story's sentences give) — history a
    story recalls ("In 2010, protesters…"), not what happened. The dates of a forecast (``forecast``)
    or of a possibility ("could reach … by 2050") do not count toward the story's day (coherence20);
    a forecast that gives only an old date is still background ("… since tracking began in 2007,
    Americans will spend …": a reader reading it alone would ask "of what?", C20's reading)."""
    ends: list[list[date]] = []
    ahead = [forecast(f.text) for f in facts]
    maybe = [later or _MODAL_ANY.found(_QUOTED.sub(" ", f.text)) for f, later in zip(facts, ahead)]
    for f in facts:
        ends.append([d for s in f.sentences for m in s.mentions
                     if m.kind == "date" and m.value and (d := _end(str(m.value))) is not None])
    published = [d for a in articles if a.published and (d := _end(a.published[:10])) is not None]
    days = sorted(d for e, later in zip(ends, maybe) if not later for d in e) or sorted(d for e in ends for d in e)
    ref = max(published) if published else (days[len(days) // 2] if days else None)
    if ref is None:
        return np.zeros(len(facts), dtype=bool)
    limit = ref - timedelta(days=options.background_days)
    return np.array([bool(e) and max(e) < limit for e in ends], dtype=bool)


_FINAL = re.compile(r"[.!?…][\"'”’)]*$")


def headline_sentence(title: str) -> str | None:
    """A headline as a summary sentence — with its final punctuation — or None when it cannot be
    one (too short to say who did what; a section label ending in a colon or holding a bar)."""
    t = one_stop(" ".join((title or "").split()))
    if len(t.split()) < 4 or t.endswith(":") or " | " in t:
        return None
    return t if _FINAL.search(t) else t + "."


def neutral_headline(titles: list[str]) -> int | None:
    """The position of the headline closest to all the others (embedding centrality): what the
    outlets share, not one outlet's angle; of one or two, the shorter. None when there are none."""
    if not titles:
        return None
    if len(titles) <= 2:
        return min(range(len(titles)), key=lambda i: len(titles[i]))
    from accord.embed import encode

    vectors = encode(titles)
    return int(np.argmax((vectors @ vectors.T).sum(axis=1)))


def title_facts(articles: list[Article]) -> list[Fact]:
    """Headlines as candidate facts (index -1), each written as a sentence (``headline_sentence``):
    a headline is the outlet's own one-line summary. Selection takes at most one (the best scored:
    on NeuS train 42.68/18.98 against 42.49/18.73 for the brief's neutral headline)."""
    return [Fact(id=f"{a.id}:title", text=t, sentences=[Sentence(a.id, -1, t)], support=[a.id], independent=1)
            for a in articles if (t := headline_sentence(a.title or "")) and not _cut_from_body(a)
            and not _cut_at_length(a, articles) and not a.title_cut]


def _cut_at_length(article: Article, articles: list[Article]) -> bool:
    """Whether a headline ends inside a word, as a feed or a database field cuts titles at a length
    ("… as 3rd night of protests stay largely pe"): another title or text of the story writes its last
    two words with the last one longer ("largely peaceful"), and nowhere writes that last one as it
    is. A whole word the story also writes longer elsewhere ("… ruling Obamacare invalid" beside
    "invalidated") is no cut."""
    t = " ".join((article.title or "").split())
    found = re.findall(r"[^\W\d_]+", t.lower())
    if len(found) < 2 or not t[-1].isalpha():
        return False
    before, last = found[-2], found[-1]
    others = " ".join(" ".join((a.title or "", a.text or "")).lower() for a in articles if a is not article)
    others += " " + (article.text or "").lower()
    if re.search(r"\b" + re.escape(last) + r"\b", others):
        return False  # written as it is: a word of its own
    return re.search(r"\b" + re.escape(before) + r"\W+" + re.escape(last) + r"[^\W\d_]+", others) is not None


def _cut_from_body(a: Article) -> bool:
    """Whether the headline is the opening of a sentence its own article goes on to finish: a feed's
    title cut from the body ("… to soft-pedal what Trump meant,' said one law" of "… said one law
    professor."), which a full stop would turn into a false sentence."""
    t = " ".join((a.title or "").split()).rstrip(".!?")
    if not t or not a.text:
        return False
    words = t.split()
    # how the body goes on after the headline's words, when the headline is only their start: a word
    # or a clause more ("… said one law" of "… said one law professor."); the rest of a word cut at a
    # length ("… stay largely pe" of "… largely peaceful"); a stop that is no sentence's end, followed by
    # a figure or a lower-case word ("… on Thursday, Aug" of "… Thursday, Aug. 23"), or any word after
    # a title or a month's abbreviation ("… Mr" of "… Mr. Reyes")
    abbreviation = words[-1].lower() in _ABBREVIATIONS
    goes_on = r"(?:[ ,;:'’\"”)]+[\w“\"'‘(]|(?<=\w)\w|\.\s+[a-z0-9]" + (r"|\.\s+\S" if abbreviation else "") + ")"
    return re.search(re.escape(t) + goes_on, " ".join(a.text.split())) is not None


def _embed(texts: list[str]) -> np.ndarray | None:
    try:
        from accord.embed import encode
    except ImportError:
        return None
    try:
        return encode(texts)
    except Exception:  # no model on disk: the feature is 0, scoring goes on
        return None


def view(facts: list[Fact], articles: list[Article], embed: bool = True, options: Options = DEFAULT) -> StoryView:
    """Compute the feature matrix of ``facts`` within their story (``articles``)."""
    if not facts:
        return StoryView(facts, np.zeros((0, len(NAMES))), np.zeros((0, 0)), articles)
    counts: dict[str, int] = {}
    for f in facts:
        for s in f.sentences:
            counts[s.article] = max(counts.get(s.article, 0), s.index + 1)
    titles = [a.title for a in articles if a.title and a.title.strip()]
    texts = [f.text for f in facts]
    is_title = np.array([bool(f.sentences) and min(s.index for s in f.sentences) < 0 for f in facts])
    try:
        m = tfidf.matrix(texts + titles).toarray().astype(np.float32)
    except ValueError:  # only stop words: nothing to compare
        m = np.zeros((len(texts) + len(titles), 1), dtype=np.float32)
    m = _unit(m)
    fm, tm = m[: len(texts)], m[len(texts):]
    body = ~is_title
    # the story's centre over every candidate, headlines included: what the outlets' own one-line
    # summaries stress belongs to it (NeuS train 42.68/18.98 -> 42.84/19.03)
    centroid = _unit(fm.mean(axis=0))
    central = fm @ centroid
    title_sim = fm @ _unit(tm.mean(axis=0)) if len(titles) else np.zeros(len(texts))
    emb_central = np.zeros(len(texts))
    if embed:
        e = _embed(texts)
        if e is not None and len(e):
            ec = e[body].mean(axis=0) if body.any() else e.mean(axis=0)
            emb_central = e @ _unit(ec)

    # echoes: does each other article hold a sentence telling the same thing?
    # (own = the articles of the telling itself: the fact's other supporters are exactly the echoes)
    arts_of = [{s.article for s in f.sentences} or set(f.support) for f in facts]
    all_arts = sorted({a for s in arts_of for a in s})
    col = {a: i for i, a in enumerate(all_arts)}
    sims = fm @ fm.T
    best = np.zeros((len(facts), len(all_arts)))
    members: dict[str, list[int]] = {}
    for j, arts in enumerate(arts_of):
        for a in arts:
            members.setdefault(a, []).append(j)
    for a, js in members.items():  # one max per article, not one update per candidate
        best[:, col[a]] = np.maximum(sims[:, js].max(axis=1), 0.0)
    own = np.zeros_like(best, dtype=bool)
    for i, arts in enumerate(arts_of):
        for a in arts:
            own[i, col[a]] = True
    others = np.maximum((~own).sum(axis=1), 1)
    echo = np.where(own, 0.0, best).sum(axis=1) / others
    echo_frac = np.where(own, False, best >= options.summary_echo).sum(axis=1) / others
    words_echoed = word_echo(facts, arts_of, articles)

    # representative article: the one whose sentences sit closest to the story centroid
    by_article: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        if not is_title[i]:
            for s in f.sentences:
                by_article.setdefault(s.article, []).append(i)
    rep = {a: float(_unit(fm[idx].mean(axis=0)) @ centroid) for a, idx in by_article.items()}

    # wire copies count once: an article that copies another is not an independent source; nor is a second
    # article of one outlet (issue 12), as the facts' own counts (alignment) read it
    if articles:
        same = sources(articles, {a.id: a.copy_of for a in articles if a.copy_of})
        story_ind = len({same.get(a.id, a.id) for a in articles})
    else:
        story_ind = len(by_article)
    story_ind = max(story_ind, 1)
    old = background(facts, articles, options)
    rows = []
    for i, f in enumerate(facts):
        if f.sentences:
            first = min(f.sentences, key=lambda s: s.index)
            idx, art = max(first.index, 0), first.article
            rel = idx / max(counts.get(art, 1), 1)
            best_rep = max(rep.get(s.article, 0.0) for s in f.sentences)
        else:
            idx, rel, best_rep = 0, 0.0, 0.0
        ind = f.independent or len(set(f.support)) or 1
        rows.append(
            [min(ind / story_ind, 1.0), echo[i], echo_frac[i], words_echoed[i], central[i], emb_central[i],
             title_sim[i], 1.0 / (1 + idx), float(idx == 0), rel, best_rep, float(is_title[i])]
            + _sentence_flags(f.text) + [float(old[i])]
        )
    return StoryView(facts, np.asarray(rows, dtype=np.float64), fm, articles)
