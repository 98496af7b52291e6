"""Align: sentences that tell the same thing in different articles become one Fact.

Why centred vectors: inside one story every sentence shares the story's topic, so raw cosines of the
static embeddings are all high (0.6–0.8 for unrelated sentences of the sample). Subtracting the
story's mean vector removes that shared component and leaves what a sentence says of its own; a
TF-IDF cosine fitted on the story adds the exact words (names, figures) and shared mentions add the
slots. Sentences are then clustered with average linkage; two sentences of one article are never the
same fact (an outlet rarely says a thing twice, and when it does, keeping them apart costs little).
Matching quotes (same speaker, same words or a close translation) always join one fact, so a quote
told in two wordings is one fact with differing wording, never two facts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

import numpy as np
from scipy.sparse import csr_matrix

from accord import embed, graph, linkage, tfidf
from accord.model import Article, Fact, Mention, Sentence
from accord.outlets import outlet_groups
from accord.options import DEFAULT, Options
from accord.words import FUNCTION_WORDS, QUOTE_GLUE

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_CONTRACTIONS = {
    "n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would", "'m": " am",
    "it's": "it is", "that's": "that is", "there's": "there is", "he's": "he is", "she's": "she is",
    "we're": "we are", "they're": "they are", "we've": "we have", "i'm": "i am",
}
_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # "U.S." = "US", "a.m." = "am"


def quote_words(text: str) -> list[str]:
    """Lower-case content words of a quote, contractions expanded and articles dropped.

    Used to decide that two quoted passages say the same words: "it's" = "it is", "the Russians" =
    "Russians", "U.S." = "US", and punctuation or ellipses never make a difference.
    """
    return list(_quote_words(text))


@lru_cache(maxsize=8192)
def _quote_words(text: str) -> tuple[str, ...]:
    """``quote_words``, kept per text: every quote is compared with every other one (align, then
    disagree), so the same few hundred texts were normalised tens of thousands of times."""
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text.lower().replace("’", "'").replace("‘", "'"))
    for short, full in _CONTRACTIONS.items():
        text = text.replace(short, full)
    return tuple(w for w in _WORD.findall(text) if w not in QUOTE_GLUE)


@lru_cache(maxsize=8192)
def _joined(text: str) -> str:
    return " ".join(_quote_words(text))


def same_words(a: str, b: str, options: Options = DEFAULT) -> bool:
    """True when one quote's words are the other's, or contained in it (a trimmed quote)."""
    wa, wb = _joined(a), _joined(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    shorter = a if len(wa) < len(wb) else b
    if len(_content_words(shorter)) < options.quote_min_content:  # "La La Land" inside a long quote is no match
        return False
    return f" {wa} " in f" {wb} " or f" {wb} " in f" {wa} "


def quote_similarity(a: Mention, b: Mention, va: np.ndarray, vb: np.ndarray, options: Options = DEFAULT) -> float:
    """How likely two quote mentions are one utterance: 1 for the same words, else the mean of
    meaning (embedding cosine) and word overlap; 0 when the speakers are known and differ.

    Word overlap carries half the weight because one speaker's different remarks on one topic are
    close in meaning; two renderings of one remark (a translation, an edit) share many words.
    """
    if a.label and b.label and a.label != b.label:
        return 0.0
    ta, tb = str(a.value or a.text), str(b.value or b.text)
    if same_words(ta, tb, options):
        return 1.0
    wa, wb = _content_words(ta), _content_words(tb)
    if min(len(wa), len(wb)) < options.quote_min_content:  # "all of these allegations": too little to match
        return 0.0
    overlap = len(wa & wb) / min(len(wa), len(wb))
    if not (a.label and b.label) and overlap < options.quote_unattributed_overlap:
        return 0.0  # without a shared speaker, only many shared words make it one remark
    return float(0.5 * float(va @ vb) + 0.5 * overlap)




def content_words(text: str) -> set[str]:
    """Quote words less function words: what two renderings of one remark must share."""
    return set(_content_words(text))


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _quote_words(text) if w not in FUNCTION_WORDS)


_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# recall53: a statement closed by a rhetorical tag that asks nothing ("McDermott now has 2,029 points, but
# who's counting?"): the clause before the comma is stated as a fact; a real question ("Who is counting the
# votes?") has no statement before a comma and stays out. mend55 (issue 11): this is ONE idiom, kept narrow on
# purpose ("who's / who is counting / keeping count, score, track"), not the start of a list of tags: a sentence
# ending on "?" is a question unless it is exactly this idiom ("but who cares?", "but who knows?" stay out)
_RHETORICAL_TAG = re.compile(r"\w[\w%)”’\"']*\s*,\s+but\s+who\s*(?:['’]\s*s|\s+is)\s+(?:counting|keeping\s+(?:count|score|track))\s*\?"
                             r"[\"'”’)\]]*\s*$", re.I)


# recall72: a film's or a show's fact-sheet line giving its length ("Running time: 1 hour, 30 minutes",
# "Length: 95 min"): the label a review's fact sheet carries, a colon, then only figures and units of time —
# a stated figure, though it has no verb and no closing stop. mend113: the label is one of a fact sheet's
# own, never a page's furniture ("Reading time: 4 minutes", "Video duration: 2 minutes", "Listen: 6 minutes",
# "Audio length: …"), which differs from outlet to outlet and would pair as a conflict. The sheet's rating may
# open the line ("Rated R. Running time: 1 hour, 30 minutes"): the splitter reads "R." as an initial.
_TIMED_LABEL = re.compile(r"^(?:rated\s+[a-z0-9-]{1,6}\.\s+)?(?:running\s+time|run\s*-?\s*time|running\s+length|length)\s*:\s*"
                          r"(?:\d{1,4}\s*(?:hours?|hrs?|minutes?|mins?)\.?\s*(?:,|and)?\s*){1,2}$", re.I)


def is_statement(text: str) -> bool:
    """A sentence that states something, not a section heading or a caption stub.

    Headings ("What did Russia say?", "Military deployed to Almaty") survive cleaning because they
    are real text, but they are not facts: short lines without closing punctuation, and questions. The one
    exception, kept narrow on purpose, is the idiom ", but who's counting?" after a statement (_RHETORICAL_TAG).
    """
    words = text.split()
    if _TIMED_LABEL.match(text.strip()):
        return True
    if text.rstrip().endswith("?") and not _RHETORICAL_TAG.search(text):
        return False
    return len(words) >= 4 and (bool(_END.search(text)) or len(words) > 12)


# Below this many (rows x columns) cells a product is done on dense arrays: a sparse product's set-up
# (index checks, transposes, three matrices built) costs more than a small story's arithmetic.


def _gram(matrix: csr_matrix, dense_cells: int = DEFAULT.align_dense_cells) -> np.ndarray:
    """``matrix @ matrix.T`` as a dense array, dense arithmetic for a small matrix (at most
    ``dense_cells`` cells, ``options.align_dense_cells``)."""
    if matrix.shape[0] * matrix.shape[1] <= dense_cells:
        rows = matrix.toarray()
        return rows @ rows.T
    return (matrix @ matrix.T).toarray()


def _tfidf_similarity(texts: Sequence[str], dense_cells: int = DEFAULT.align_dense_cells) -> np.ndarray:
    try:
        rows = tfidf.dense(texts, dense_cells)  # a small story's rows: no sparse matrix built at all
        if rows is not None:
            return (rows @ rows.T).astype(np.float32)
        matrix = tfidf.matrix(texts)
    except ValueError:  # only stop words: no vocabulary
        return np.zeros((len(texts), len(texts)), dtype=np.float32)
    return _gram(matrix, dense_cells).astype(np.float32)


def _slot_keys(sentence: Sentence) -> set[str]:
    """Entities and exact figures a sentence states: shared ones point to the same fact."""
    keys: set[str] = set()
    for m in sentence.mentions:
        if m.kind == "entity" and m.value:
            keys.add(f"e:{m.value}")
        elif m.kind == "number" and m.value is not None and not m.qualifier:
            keys.add(f"n:{m.value}")
        elif m.kind == "date" and m.value:
            keys.add(f"d:{m.value}")
    return keys


def _shared_mentions(keys: list[set[str]], dense_cells: int = DEFAULT.align_dense_cells) -> np.ndarray:
    """Share of the smaller key set found in the other, for every pair (one matrix product)."""
    n = len(keys)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, ks in enumerate(keys):
        for k in ks:
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    if not vocab:
        return np.zeros((n, n), dtype=np.float32)
    if n * len(vocab) <= dense_cells:  # the dense rows ``_gram`` would make, without a sparse matrix first
        dense = np.zeros((n, len(vocab)), dtype=np.float32)
        dense[rows, cols] = 1.0
        inter = dense @ dense.T
    else:
        m = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocab)))
        inter = _gram(m, dense_cells)  # whole counts: exact dense or sparse
    sizes = np.array([len(k) for k in keys], dtype=np.float32)
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    return np.divide(inter, smaller, out=np.zeros_like(inter), where=smaller > 0).astype(np.float32)


def sentence_similarity(sentences: Sequence[Sentence], options: Options = DEFAULT) -> np.ndarray:
    """Pairwise similarity of a story's sentences (centred embeddings, TF-IDF, shared mentions)."""
    n = len(sentences)
    texts = [s.text for s in sentences]
    vectors = embed.encode(texts)
    if n > 2:
        centred = vectors - vectors.mean(axis=0, keepdims=True)
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        centred = np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)
    else:
        centred = vectors
    meaning = centred @ centred.T
    words = _tfidf_similarity(texts, options.align_dense_cells)
    shared = _shared_mentions([_slot_keys(s) for s in sentences], options.align_dense_cells)
    w = options.align_weights
    return w[0] * meaning + w[1] * words + w[2] * shared


def quote_candidates(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (x < y, ascending) of quoted passages that can be one remark: the same words, or at
    least one content word in common. Every other pair has ``same_words`` False and
    ``quote_similarity`` 0, so comparing only these gives the all-pairs answer."""
    by_words: dict[str, list[int]] = {}
    by_content: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        joined = _joined(text)
        if joined:
            by_words.setdefault(joined, []).append(k)
        for w in _content_words(text):
            by_content.setdefault(w, []).append(k)
    later: list[set[int]] = [set() for _ in texts]
    for group in [*by_words.values(), *by_content.values()]:
        for a, x in enumerate(group):
            later[x].update(group[a + 1:])
    return [(x, y) for x in range(len(texts)) for y in sorted(later[x])]


T = TypeVar("T")


def quote_pairs(keys: Sequence[Hashable], texts: Sequence[str], test: Callable[[int, int], T | None],
                every_pair: bool = False) -> list[tuple[int, int, T]]:
    """Pairs (x < y, ascending) of quote mentions that pass ``test``, with its value.

    ``test(x, y)`` must depend only on the two mentions' ``keys`` (their text, and their speaker when
    it matters): it runs once per pair of distinct keys that can match (``quote_candidates``, or
    every pair with ``every_pair``) and its answer holds for all their mentions. A story that
    repeats one remark in thousands of sentences costs its distinct wordings squared, not its quotes
    squared (the q × q loop of a 20,000-sentence story).
    """
    index: dict[Hashable, int] = {}
    members: list[list[int]] = []
    for k, key in enumerate(keys):
        if key not in index:
            index[key] = len(members)
            members.append([])
        members[index[key]].append(k)
    reps = [m[0] for m in members]
    if every_pair:
        candidates = [(u, v) for u in range(len(reps)) for v in range(u + 1, len(reps))]
    else:
        candidates = quote_candidates([texts[r] for r in reps])
    candidates += [(u, u) for u, m in enumerate(members) if len(m) > 1]
    out: list[tuple[int, int, T]] = []
    for u, v in candidates:
        value = test(reps[u], reps[v])
        if value is None:
            continue
        if u == v:
            out.extend((x, y, value) for a, x in enumerate(members[u]) for y in members[u][a + 1:])
        else:
            out.extend((min(x, y), max(x, y), value) for x in members[u] for y in members[v])
    out.sort(key=lambda p: (p[0], p[1]))
    return out


def _quote_links(sentences: Sequence[Sentence], options: Options) -> list[tuple[int, int]]:
    """Pairs of sentences (different articles) that quote the same utterance."""
    quotes = [(i, m) for i, s in enumerate(sentences) for m in s.mentions if m.kind == "quote"]
    if len(quotes) < 2:
        return []
    texts = [str(m.value or m.text) for _, m in quotes]
    vectors = embed.encode(texts)

    def linked(x: int, y: int) -> bool | None:
        return quote_similarity(quotes[x][1], quotes[y][1], vectors[x], vectors[y], options) >= options.quote_threshold or None

    pairs = quote_pairs([(m.label, t) for (_, m), t in zip(quotes, texts)], texts, linked,
                        every_pair=options.quote_threshold <= 0)  # at 0 or below, pairs sharing nothing link too
    return [(quotes[x][0], quotes[y][0]) for x, y, _ in pairs
            if sentences[quotes[x][0]].article != sentences[quotes[y][0]].article]


def _cluster(similarity: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage clusters of a precomputed similarity matrix (labels per row).

    The clusters of sklearn's ``AgglomerativeClustering(metric="precomputed", linkage="average",
    distance_threshold=1 - threshold)``, from the same scipy tree without sklearn's set-up (which
    cost more than the tree on a story's hundred sentences): the first merges, all but those at or
    above the threshold distance, are kept.
    """
    n = similarity.shape[0]
    if n == 1:
        return [0]
    from scipy.cluster.hierarchy import linkage

    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    i, j = np.triu_indices(n, k=1)
    tree = linkage(distance[i, j], method="average")
    keep = (n - 1) - int(np.count_nonzero(tree[:, 2] >= 1.0 - threshold))
    merges = tree[:keep, :2].astype(np.int64)  # merge k joins two clusters into cluster n + k
    # each merged cluster linked to the new one: the pairs built as one array, not a loop per merge
    links = np.column_stack((merges.ravel(), np.repeat(np.arange(n, n + keep, dtype=np.int64), 2)))
    return graph.components(2 * n - 1, links)[:n].tolist()


def _clusters(sentences: Sequence[Sentence], article_of: np.ndarray, options: Options
              ) -> tuple[list[int], Callable[[list[int]], np.ndarray]]:
    """Fact labels per sentence, and each fact member's summed similarity to the others.

    Up to ``align_dense_max`` statements: the full similarity matrix and scipy's average linkage.
    Above (a page of 20,000 sentences, a story of hundreds of articles) the matrix would take
    gigabytes, so similar pairs are found through the rare words and names they share and linked by
    ``accord.linkage`` (memory and time grow with the sentences, not their square).
    """
    if len(sentences) <= options.align_dense_max:
        sim = sentence_similarity(sentences, options)
        same_article = article_of[:, None] == article_of[None, :]
        for i, j in _quote_links(sentences, options):
            sim[i, j] = sim[j, i] = max(float(sim[i, j]), 1.0)
        sim[same_article] = options.align_same_article
        np.fill_diagonal(sim, 1.0)
        return _cluster(sim, options.fact_threshold), lambda members: sim[np.ix_(members, members)].sum(axis=1)
    features = _features(sentences, article_of, options)
    pairs = linkage.candidate_pairs(features, options.align_pair_budget, options)
    sims = features.pairs(*pairs)
    known = sims >= options.align_sparse_floor
    unknown = linkage.unknown_mean(features, options.align_sparse_floor, options=options)
    labels = linkage.average_linkage(len(sentences), pairs[0][known], pairs[1][known], sims[known], unknown,
                                     article_of, options.align_same_article, options.fact_threshold)
    inner = features.inner_sums(labels, options)
    return labels, lambda members: inner[members]


def _features(sentences: Sequence[Sentence], article_of: np.ndarray, options: Options) -> linkage.Features:
    """The dense path's similarity ingredients, kept apart instead of multiplied into a matrix."""
    texts = [s.text for s in sentences]
    vectors = embed.encode(texts)
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    centred = np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)
    try:
        words = tfidf.matrix(texts).astype(np.float32)
    except ValueError:  # only stop words: no vocabulary
        words = csr_matrix((len(texts), 1), dtype=np.float32)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sentences):
        for k in _slot_keys(s):
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    keys = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), max(len(vocab), 1)))
    links = {(min(i, j), max(i, j)) for i, j in _quote_links(sentences, options)}
    return linkage.Features(centred.astype(np.float32), words, keys, article_of, options.align_weights,
                            options.align_same_article, links)


def roots(copies: dict[str, str]) -> dict[str, str]:
    """Map every copy to the article it ultimately copies (a copy of a copy counts once)."""
    out: dict[str, str] = {}
    for copy in copies:
        seen, cur = {copy}, copies[copy]
        while cur in copies and cur not in seen:
            seen.add(cur)
            cur = copies[cur]
        out[copy] = cur
    return out


def sources(articles: Sequence[Article], copies: dict[str, str]) -> dict[str, str]:
    """Map every article that is not its own independent source to the one it counts as.

    Issue 12: "N independent sources" means N outlets said it. Articles of one outlet
    (``Article.outlet``: a live page and its follow-up) count as the first of them (in the given
    order); a wire copy counts as the article it copies (``roots``), whichever outlet ran it, and never
    joins its own outlet's other articles to that original (CNN running a Reuters story does not make
    CNN's own reporting Reuters'); an article that names no outlet and has no URL counts alone (we
    cannot know). Every count of sources (facts, the support check, single-source claims) reads this
    mapping, in the shape ``roots`` gives (an article absent from it is its own source)."""
    root = roots(copies)
    same = outlet_groups((a.source, a.url) for a in articles)
    first: dict[str, str] = {}  # outlet -> its first article that is no copy
    out: dict[str, str] = {}
    for a in articles:
        key = a.outlet
        key = same.get(key, key) if key is not None else None
        if a.id in root or key is None:
            continue
        rep = first.setdefault(key, a.id)
        if rep != a.id:
            out[a.id] = rep
    for copy, original in root.items():
        rep = out.get(original, original)
        if rep != copy:
            out[copy] = rep
    return out


def independent(article_ids: Iterable[str], copies: dict[str, str]) -> int:
    """How many independent sources a set of articles is: a wire copy and its original count once.
    ``copies`` is copy -> original, or ``sources``' mapping (two articles of one outlet count once)."""
    root = roots(copies)
    return len({root.get(a, a) for a in article_ids})


def align(
    articles: Sequence[Article],
    sentences_by_article: dict[str, list[Sentence]],
    copies: dict[str, str] | None = None,
    options: Options = DEFAULT,
) -> list[Fact]:
    """Group a story's sentences into facts, every statement in exactly one fact (headings and
    questions are not facts and are left out).

    Facts come back ordered by independent support (most first), then by where they first appear
    (article order, then sentence order), so the head of the list is what most outlets report.
    """
    copies = copies or {}
    same = sources(articles, copies)  # two articles of one outlet, or a copy and its original, count once
    order = {a.id: k for k, a in enumerate(articles)}
    sentences = [s for a in articles for s in sentences_by_article.get(a.id, []) if is_statement(s.text)]
    if not sentences:
        return []
    article_of = np.array([order[s.article] for s in sentences])
    labels, centrality = _clusters(sentences, article_of, options)

    groups: dict[int, list[int]] = {}
    for idx, label in enumerate(labels):
        groups.setdefault(label, []).append(idx)
    facts = []
    for members in groups.values():
        members.sort(key=lambda i: (article_of[i], sentences[i].index))
        support = sorted({sentences[i].article for i in members}, key=order.__getitem__)
        if len(members) > 1:
            # representative: the sentence closest to the others, earliest on ties
            inner = centrality(members)
            rep = members[int(np.argmax(inner))]
        else:
            rep = members[0]
        facts.append(
            Fact(
                id="",
                text=sentences[rep].text,
                sentences=[sentences[i] for i in members],
                support=support,
                independent=independent(support, same),
            )
        )
    facts.sort(key=lambda f: (-f.independent, order[f.sentences[0].article], f.sentences[0].index))
    for k, fact in enumerate(facts):
        fact.id = f"f{k + 1}"
    return facts
