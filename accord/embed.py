"""Sentence embeddings from the static model shipped in ``accord/models/minilm-m2v``.

Why a static (model2vec) model: accord embeds every sentence of every article, and a static model
distilled from all-MiniLM-L6-v2 keeps MiniLM's nearest-neighbour quality on same-event paraphrases at
~100x its speed, with no torch and no download at run time. Its cosines are compressed (unrelated
sentences often score 0.2-0.4), so every threshold built on it must be measured on it, not copied
from MiniLM. ``scripts/build_embeddings.py`` rebuilds the model.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from accord.errors import AccordError
from accord.options import PACKAGE_DIR

if TYPE_CHECKING:  # model2vec is imported lazily: commands that never embed start faster
    from model2vec import StaticModel

MODEL_DIR = PACKAGE_DIR / "models" / "minilm-m2v"
# Without these model2vec would treat the path as a hub id and try to download it.
REQUIRED_FILES = ("model.safetensors", "tokenizer.json", "config.json")
MAX_TOKENS = 512  # tokens per text; longer texts are cut (a sentence never is, an article may be)


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
        return StaticModel.from_pretrained(path)
    except Exception as exc:  # a corrupt file must be one line, not a traceback
        raise AccordError(f"embedding model in {path} could not be loaded: {exc}") from exc


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
        raw = model.encode(texts, max_length=MAX_TOKENS, normalize=False, use_multiprocessing=False)
        vectors = np.asarray(raw, dtype=np.float32).reshape(len(texts), -1)
    else:
        vectors = _mean_vectors(model, texts)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, norms, out=vectors, where=norms > 0)
    return vectors


# Token ids of each whitespace-separated chunk, kept for the process. The model is a bag of tokens:
# a text's vector is the mean of its tokens' rows, and the BERT tokenizer cuts every chunk between
# spaces on its own, so a chunk's ids never depend on its neighbours. News repeats its words, and
# looking a chunk up is ~5x faster than tokenizing it again (the tokenizer was a third of a brief).
_CHUNK_IDS: dict[str, list[int]] = {}
_CHUNK_CACHE_MAX = 300_000  # entries (a few tens of MB at most); cleared when full
_ODD_SPACE = re.compile("[\x1c-\x1f]")  # str.split() splits there, the tokenizer deletes them
_MATRIX: dict[int, np.ndarray] = {}


def _token_ids(model: "StaticModel", text: str) -> list[int]:
    """The ids model2vec would average for ``text``: cut like ``model.encode(max_length=MAX_TOKENS)``
    (characters, then tokens), unknown tokens dropped."""
    text = text[: MAX_TOKENS * model.median_token_length]
    if _ODD_SPACE.search(text):
        ids = list(model.tokenizer.encode(text, add_special_tokens=False).ids)
    else:
        chunks = text.split()
        new = list(dict.fromkeys(c for c in chunks if c not in _CHUNK_IDS))
        if new:
            if len(_CHUNK_IDS) + len(new) > _CHUNK_CACHE_MAX:
                _CHUNK_IDS.clear()
            for chunk, enc in zip(new, model.tokenizer.encode_batch_fast(new, add_special_tokens=False)):
                _CHUNK_IDS[chunk] = enc.ids
        ids = []
        for c in chunks:
            ids += _CHUNK_IDS[c]
    ids = ids[:MAX_TOKENS]
    unk = model.unk_token_id
    return ids if unk is None else [i for i in ids if i != unk]


def _mean_vectors(model: "StaticModel", texts: list[str]) -> np.ndarray:
    """Mean token rows per text in one gather and one ``reduceat`` (model2vec loops per length
    bucket), rounded to the model's dtype as model2vec returns them."""
    matrix = _MATRIX.get(id(model))
    if matrix is None:
        matrix = _MATRIX.setdefault(id(model), np.asarray(model.embedding, dtype=np.float32))
    lists = [_token_ids(model, t) for t in texts]
    lengths = np.fromiter((len(x) for x in lists), dtype=np.int64, count=len(lists))
    out = np.zeros((len(texts), matrix.shape[1]), dtype=np.float32)
    filled = lengths > 0
    if filled.any():
        flat = np.fromiter((i for x in lists for i in x), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        out[filled] = np.add.reduceat(matrix[flat], starts, axis=0) / lengths[filled, None]
    dtype = np.asarray(model.embedding).dtype
    if dtype != np.float32 and np.issubdtype(dtype, np.floating):
        out = out.astype(dtype).astype(np.float32)
    return out


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts (0.0 when either has no known token)."""
    va, vb = encode([a, b])
    return float(np.dot(va, vb))
