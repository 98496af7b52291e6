"""Sentence embeddings from the static model shipped in ``accord/models/minilm-m2v``.

Why a static (model2vec) model: accord embeds every sentence of every article, and a static model
distilled from all-MiniLM-L6-v2 keeps MiniLM's nearest-neighbour quality on same-event paraphrases at
~100x its speed, with no torch and no download at run time. Its cosines are compressed (unrelated
sentences often score 0.2-0.4), so every threshold built on it must be measured on it, not copied
from MiniLM. ``scripts/build_embeddings.py`` rebuilds the model.
"""
from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from accord.errors import AccordError
from accord.options import DEFAULT, PACKAGE_DIR

if TYPE_CHECKING:  # model2vec is imported lazily: commands that never embed start faster
    from model2vec import StaticModel

MODEL_DIR = PACKAGE_DIR / "models" / "minilm-m2v"
# Without these model2vec would treat the path as a hub id and try to download it.
REQUIRED_FILES = ("model.safetensors", "tokenizer.json", "config.json")


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_DIR) -> "StaticModel":
    """Load a model2vec folder once per process; never touches the network.

    Raises AccordError naming the folder when it or one of its files is missing, instead of
    letting model2vec fall back to a hub download.
    """
    path = Path(path)
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise AccordError(
            f"embedding model not found: {path} lacks {', '.join(missing)} "
            "(reinstall accord, or rebuild it with scripts/build_embeddings.py)"
        )
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from model2vec import StaticModel

    try:
        model = StaticModel.from_pretrained(path)
    except Exception as exc:  # a corrupt file must be one line, not a traceback
        raise AccordError(f"embedding model in {path} could not be loaded: {exc}") from exc
    _settle_heap()
    return model


def _settle_heap() -> None:
    """Move what is alive now out of the garbage collector's generations, once per process.

    Why: the model loads on a process's first brief, after the modules a brief imports; those ~160k
    objects (functions, classes, tables, the model) stay for the process, yet every full collection
    walked them — ~0.13 s CPU each, about 5% of a brief's time. Frozen, they are still freed by
    reference counting; only a cycle among them (collected here first) could not be.

    The youngest generation is then collected every ``_YOUNG_COLLECT`` net allocations instead of
    Python's 700: a brief allocates millions of short-lived containers (sets, tuples, lists), and
    at 700 the collector ran ~350 times per 60 stories, walking the same survivors each time (GC CPU
    over 60 Multi-News stories 0.45 → 0.2 s, ~1.5% of a brief); the older generations keep their
    ratios, so memory held by cycles stays bounded the same way."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < _YOUNG_COLLECT:  # (0: collection disabled by the program; a higher one is its choice)
        gc.set_threshold(_YOUNG_COLLECT, middle, old)


_YOUNG_COLLECT = 10_000


def dim() -> int:
    """Width of the vectors ``encode`` returns."""
    return int(load_model().dim)


def encode(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` as an ``(n, dim())`` float32 array with L2-normalised rows.

    Rows are unit length so a dot product is a cosine. An empty or whitespace-only text
    gets a zero row: cosine 0 with everything, never NaN.
    """
    if isinstance(texts, str):
        raise TypeError("encode() takes a list of texts, not one string")
    texts = list(texts)
    if not texts:
        return np.zeros((0, dim()), dtype=np.float32)
    model = load_model()
    if model.weights is not None or model.token_mapping is not None:
        # No multiprocessing: the machine is shared and the model is fast enough on one core.
        raw = model.encode(texts, max_length=DEFAULT.embed_max_tokens, normalize=False, use_multiprocessing=False)
        vectors = np.asarray(raw, dtype=np.float32).reshape(len(texts), -1)
        return _normalised(vectors)
    global _VECTORS
    cache: dict[str | None, Any] = _VECTORS if _VECTORS.get(None) is model else {None: model}  # a cache is one model's
    if any(len(t) > _VECTOR_CACHE_CHARS for t in texts):  # whole articles (grouping): not kept
        return _normalised(_mean_vectors(model, texts))
    new = [t for t in dict.fromkeys(texts) if t not in cache]
    if new:
        if len(cache) + len(new) > _VECTOR_CACHE_MAX:  # full: start again with these texts (all of
            cache = {None: model}                          # them: the ones cached before are gone too)
            new = list(dict.fromkeys(texts))
        for t, v in zip(new, _normalised(_mean_vectors(model, new))):
            v.flags.writeable = False  # shared by every caller: never changed in place
            cache[t] = v
    _VECTORS = cache
    return np.array([cache[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, norms, out=vectors, where=norms > 0)
    return vectors


# Unit vectors of texts encoded before, kept for the process (key None: the model they are of). A
# brief embeds each sentence in several stages (alignment, disagreement candidates, support's story
# centre, the summary's features); a row depends on its text alone (each is the mean of its own
# tokens' rows), so a cached row is the very row a new batch would give, and it is computed once.
_VECTORS: dict[str | None, Any] = {}
_VECTOR_CACHE_MAX = 20_000  # texts (~1.4 kB each with its key: ~30 MB at most); started again when full
_VECTOR_CACHE_CHARS = 2_000  # longer texts are not sentences: a batch holding one is not cached


# Token ids of each whitespace-separated chunk, kept for the process. The model is a bag of tokens:
# a text's vector is the mean of its tokens' rows, and the BERT tokenizer cuts every chunk between
# spaces on its own, so a chunk's ids never depend on its neighbours. News repeats its words, and
# looking a chunk up is ~5x faster than tokenizing it again (the tokenizer was a third of a brief).
_CHUNK_IDS: dict[str, tuple[int, ...]] = {}  # tuples of ints: the collector stops walking them
_CHUNK_CACHE_MAX = 300_000  # entries (a few tens of MB at most); cleared when full
_ODD_SPACE = re.compile("[\x1c-\x1f]")  # str.split() splits there, the tokenizer deletes them


_ASCII_PIECE = re.compile(r"[A-Za-z0-9]+|[!-/:-@\[-`{-~]")

T = TypeVar("T")


def _on_model(model: "StaticModel", name: str, make: Callable[[], T]) -> T:
    """What ``make`` derives from ``model`` (its vocabulary, its float32 rows), built once and kept on the model
    itself: it lives and dies with it. (mend82) A table keyed by ``id(model)`` served a freed model's rows to the
    next model Python gave the same id, and a table holding the model kept every loaded one alive."""
    got = model.__dict__.get(name)
    if got is None:
        got = make()
        setattr(model, name, got)
    return got


def _vocabulary(model: "StaticModel") -> dict[str, int]:
    return _on_model(model, "_accord_vocabulary", model.tokenizer.get_vocab)


def _whole_words(chunk: str, vocab: dict[str, int]) -> list[int] | None:
    """Ids of an ASCII chunk made of whole vocabulary words and punctuation ("Obama's," → obama '
    s ,), as BERT's tokenizer gives them (lower case, a split at every punctuation mark, a word found
    whole is one token), or None when the tokenizer must decide (sub-words, other characters)."""
    if not chunk.isascii() or "[" in chunk:  # "[UNK]", "[SEP]": the tokenizer's special tokens
        return None
    pieces = _ASCII_PIECE.findall(chunk)
    if sum(map(len, pieces)) != len(chunk):  # control characters: the tokenizer drops them
        return None
    ids = []
    for piece in pieces:
        token = vocab.get(piece.lower())
        if token is None:
            return None
        ids.append(token)
    return ids


def _token_ids(model: "StaticModel", texts: list[str]) -> list[list[int]]:
    """The ids model2vec would average for each text: cut like ``model.encode(max_length=DEFAULT.embed_max_tokens)``
    (characters, then tokens), unknown tokens dropped. Chunks not seen before are looked up as
    whole vocabulary words, or else tokenized one by one (a batch call starts the tokenizer's
    thread pool, which costs more than it saves on a story's new words)."""
    global _CHUNK_IDS
    cut = DEFAULT.embed_max_tokens * model.median_token_length
    texts = [t[:cut] for t in texts]
    split = [None if _ODD_SPACE.search(t) else t.split() for t in texts]
    cache = _CHUNK_IDS  # this call's dict: a full cache is replaced, never emptied under a reader
    # (the chunks in order of first use, then the unseen ones: the same list, built by C loops)
    new = [c for c in dict.fromkeys(chain.from_iterable(filter(None, split))) if c not in cache]
    if new:
        if len(cache) + len(new) > _CHUNK_CACHE_MAX:  # full: start again with these texts
            cache = _CHUNK_IDS = {}
            new = list(dict.fromkeys(chain.from_iterable(filter(None, split))))
        vocab = _vocabulary(model)
        for chunk in new:
            ids = _whole_words(chunk, vocab)
            if ids is None:
                ids = model.tokenizer.encode(chunk, add_special_tokens=False).ids
            cache[chunk] = tuple(ids)
    unk = model.unk_token_id
    out = []
    for text, chunks in zip(texts, split):
        if chunks is None:
            ids = list(model.tokenizer.encode(text, add_special_tokens=False).ids)
        else:
            ids = list(chain.from_iterable(map(cache.__getitem__, chunks)))
        ids = ids[:DEFAULT.embed_max_tokens]
        # (whole vocabulary words are never the unknown token: filter only a text that holds it)
        out.append([i for i in ids if i != unk] if unk is not None and unk in ids else ids)
    return out


def _mean_vectors(model: "StaticModel", texts: list[str], small_batch: int = DEFAULT.embed_small_batch) -> np.ndarray:
    """Mean token rows per text as one sparse (texts x vocabulary) product (up to ``small_batch``
    texts: each text's rows summed, the same sums), rounded to the model's dtype as model2vec returns
    them (model2vec gathers and averages per length bucket)."""
    from scipy.sparse import csr_matrix

    matrix = _on_model(model, "_accord_matrix", lambda: np.asarray(model.embedding, dtype=np.float32))
    lists = _token_ids(model, texts)
    lengths = np.fromiter((len(x) for x in lists), dtype=np.int64, count=len(lists))
    if len(lists) <= small_batch:
        # each text's rows summed in order: the float32 sums the sparse product makes, without its set-up
        out = np.zeros((len(lists), matrix.shape[1]), dtype=np.float32)
        for k, ids in enumerate(lists):
            if ids:
                out[k] = matrix[ids].sum(axis=0)
    else:
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(indptr[-1]))
        counts = csr_matrix((np.ones(len(flat), dtype=np.float32), flat, indptr), shape=(len(texts), matrix.shape[0]))
        out = np.asarray(counts @ matrix, dtype=np.float32)
    np.divide(out, np.maximum(lengths, 1)[:, None], out=out)
    dtype = np.asarray(model.embedding).dtype
    if dtype != np.float32 and np.issubdtype(dtype, np.floating):
        out = out.astype(dtype).astype(np.float32)
    return out
