"""The shipped static model: shape, unit rows, paraphrases closer than unrelated text, offline load."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from accord import embed
from accord.errors import AccordError
from accord.options import DEFAULT

PARAPHRASES = [
    ("The central bank raised interest rates by half a percentage point on Tuesday.",
     "On Tuesday the central bank lifted its key rate by 0.5 points."),
    ("A magnitude 6.1 earthquake struck the coast, damaging hundreds of homes.",
     "Hundreds of houses were damaged when a 6.1-magnitude quake hit the coastal region."),
    ("Police arrested the mayor on corruption charges early this morning.",
     "The mayor was detained by police this morning over allegations of bribery."),
]
UNRELATED = [
    ("The central bank raised interest rates by half a percentage point on Tuesday.",
     "The striker scored twice in the second half to win the cup final."),
    ("A magnitude 6.1 earthquake struck the coast, damaging hundreds of homes.",
     "The new phone has a larger screen and a faster processor."),
    ("Police arrested the mayor on corruption charges early this morning.",
     "Add the flour slowly and bake the cake for forty minutes."),
]


def test_shape_dtype_and_unit_rows() -> None:
    texts = ["One sentence about a storm.", "Another about an election <b>&amp;</b>.", "Short."]
    vectors = embed.encode(texts)
    assert vectors.shape == (3, embed.dim())
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def _cosine(a: str, b: str) -> float:
    """Cosine of two texts' vectors (rows are unit length, or zero for a text without known tokens)."""
    va, vb = embed.encode([a, b])
    return float(np.dot(va, vb))


def test_empty_list_and_empty_text() -> None:
    assert embed.encode([]).shape == (0, embed.dim())
    vectors = embed.encode(["", "   ", "A real sentence."])
    assert np.all(vectors[0] == 0) and np.all(vectors[1] == 0)  # zero rows, never NaN
    assert not np.isnan(vectors).any()
    assert _cosine("", "A real sentence.") == 0.0


def test_single_string_is_refused() -> None:
    with pytest.raises(TypeError):
        embed.encode("not a list")  # type: ignore[arg-type]


def test_deterministic() -> None:
    a = embed.encode(["Rescue teams searched the rubble overnight."])
    b = embed.encode(["Rescue teams searched the rubble overnight.", "Something else."])
    assert np.allclose(a[0], b[0], atol=1e-6)


def test_paraphrases_closer_than_unrelated() -> None:
    para = [_cosine(a, b) for a, b in PARAPHRASES]
    other = [_cosine(a, b) for a, b in UNRELATED]
    assert min(para) > max(other)
    for (a, b), (_, c) in zip(PARAPHRASES, UNRELATED):
        assert _cosine(a, b) > _cosine(a, c)


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="embedding model not found"):
        embed.load_model(tmp_path / "nowhere")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(AccordError, match="model.safetensors"):
        embed.load_model(tmp_path)


@pytest.mark.slow  # a new interpreter imports the stack
def test_loads_offline_in_a_fresh_process() -> None:
    """HF_HUB_OFFLINE=1 and no network: the model comes from the package folder only."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": "/nonexistent-hf-home",
           "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    code = "from accord import embed; v = embed.encode(['offline check']); print(v.shape)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"(1, {embed.dim()})"
    assert embed.MODEL_DIR.is_relative_to(Path(embed.__file__).resolve().parent)


def test_cached_tokens_give_model2vecs_own_vectors() -> None:
    """``encode`` looks token ids up per chunk instead of calling model2vec: the vectors must stay
    model2vec's (unknown tokens dropped, text cut at options.embed_max_tokens, odd separators, repeated words)."""
    model = embed.load_model()
    texts = [
        "Rap game lost a legend 🙏🏽 to and for his fam.",
        "The U.S.-led coalition said (on Monday) it had \"no comment\"; officials disagreed.",
        "Crème brûlée, naïve café: accents fold the way BERT folds them.",
        "word " * 2000,
        "a\x1fb tab\tand\nnewline",
        "The U.S.-led coalition said again.",
        "Tokayev's [UNK] and [CLS] tokens, e-mail@example.com ~50% #hashtag_x 2,500-strong",
        "",
    ]
    expected = np.asarray(model.encode(texts, max_length=DEFAULT.embed_max_tokens, normalize=False,
                                       use_multiprocessing=False), dtype=np.float32)
    norms = np.linalg.norm(expected, axis=1, keepdims=True)
    np.divide(expected, norms, out=expected, where=norms > 0)
    got = embed.encode(texts)
    assert np.allclose(got, expected, atol=2e-4)
    assert np.allclose(embed.encode(texts), got)  # second call served from the cache


def test_chunk_cache_overflow_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full cache is emptied and refilled with the texts at hand (no chunk goes missing)."""
    texts = ["Storm hits the coast.", "The coast road is closed after the storm hit."]
    expected = embed.encode(texts)
    monkeypatch.setattr(embed, "_VECTORS", {})  # not served from the vector cache
    monkeypatch.setattr(embed, "_CHUNK_IDS", {"Storm": embed._CHUNK_IDS["Storm"], "other": [1], "words": [2]})
    monkeypatch.setattr(embed, "_CHUNK_CACHE_MAX", 4)
    assert np.allclose(embed.encode(texts), expected)
    assert set(embed._CHUNK_IDS) == set(" ".join(texts).split())


def test_vector_cache_gives_the_rows_of_a_fresh_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence is embedded once per process and shared by every stage: the cached row is the very
    row any batch computes (a row depends on its own text only), callers get their own copy, and a
    full cache starts again."""
    texts = ["Storm hits the coast.", "About 2,000 homes lost power, the utility said.", "",
             "Storm hits the coast."]
    monkeypatch.setattr(embed, "_VECTORS", {})
    alone = np.vstack([embed.encode([t]) for t in texts])
    assert "Storm hits the coast." in embed._VECTORS
    monkeypatch.setattr(embed, "_VECTORS", {})
    together = embed.encode(texts)
    assert np.array_equal(together, alone)
    assert np.array_equal(embed.encode(texts[::-1])[::-1], alone)  # served from the cache
    together[0] += 1.0  # the caller's copy, not the cache's row
    assert np.array_equal(embed.encode(texts[:1]), alone[:1])
    monkeypatch.setattr(embed, "_VECTOR_CACHE_MAX", 3)
    assert np.array_equal(embed.encode(["A new sentence about the storm.", "And one more."]),
                          np.vstack([embed.encode(["A new sentence about the storm."]), embed.encode(["And one more."])]))
    assert len(embed._VECTORS) <= 4  # the model's key and at most three texts
    long = "word " * 1000
    assert np.array_equal(embed.encode([long, "Storm hits the coast."])[1], alone[0])
    assert long not in embed._VECTORS  # whole articles are not kept


def test_full_vector_cache_keeps_the_cached_texts_of_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch mixing cached texts and new ones that overflow the cache gets every row: starting the
    cache again must not drop the texts it already held (a 100,000-sentence brief hit a KeyError)."""
    old, new = "Storm hits the coast.", ["A new sentence about the storm.", "And one more.", "A third."]
    monkeypatch.setattr(embed, "_VECTORS", {})
    expected = np.vstack([embed.encode([t]) for t in [old, *new]])
    monkeypatch.setattr(embed, "_VECTORS", {})
    embed.encode([old])
    monkeypatch.setattr(embed, "_VECTOR_CACHE_MAX", 3)
    assert np.array_equal(embed.encode([old, *new]), expected)


def test_small_batches_sum_rows_as_the_sparse_product_does() -> None:
    """A batch of a few texts skips the sparse product; its vectors are the product's, bit for bit
    (float32 sums of the same rows in the same order), empty texts included."""
    model = embed.load_model()
    texts = ["Troops fired on protesters in Almaty.", "", "withdrawal", "The CSTO said 2,030 troops would leave.",
             "naïve résumé", "  ", "Kassym-Jomart Tokayev's order"]
    small = embed._mean_vectors(model, texts, small_batch=len(texts))
    sparse = embed._mean_vectors(model, texts, small_batch=0)
    assert small.dtype == sparse.dtype == np.float32
    assert np.array_equal(small, sparse)
    assert not small[1].any() and small[0].any()


def test_loading_the_model_freezes_the_long_lived_heap() -> None:
    """Once the model is loaded, what was alive then is out of the collector's generations (a full
    collection then walks only what briefs made since)."""
    import gc

    embed.load_model.cache_clear()
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    embed.load_model()
    assert gc.get_freeze_count() > 0


def test_chunk_ids_are_kept_as_tuples(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cached token ids are tuples of ints, which the garbage collector stops tracking (a list each
    was ~20k objects every full collection walked)."""
    import gc

    monkeypatch.setattr(embed, "_VECTORS", {})
    monkeypatch.setattr(embed, "_CHUNK_IDS", {})
    embed.encode(["Storm hits the coast near Zyxwvut."])
    assert embed._CHUNK_IDS and all(type(ids) is tuple for ids in embed._CHUNK_IDS.values())
    gc.collect()
    assert not any(gc.is_tracked(ids) for ids in embed._CHUNK_IDS.values())


def test_loading_the_model_collects_the_young_generation_less_often() -> None:
    """After the model loads, the youngest generation is collected every ``_YOUNG_COLLECT`` net
    allocations, not Python's 700; a program's own choice (collection off, a higher threshold) stays."""
    import gc

    before = gc.get_threshold()
    try:
        for start, expected in [(700, embed._YOUNG_COLLECT), (0, 0), (50_000, 50_000)]:
            gc.set_threshold(start, before[1], before[2])
            embed.load_model.cache_clear()
            embed.load_model()
            assert gc.get_threshold() == (expected, before[1], before[2])
    finally:
        gc.set_threshold(*before)


def test_a_models_vocabulary_is_never_a_freed_models() -> None:
    """(mend82) A model loaded after another was freed (``load_model.cache_clear()``) may get its id: it must
    not be read with the old one's words (its vocabulary and rows are kept on the model itself)."""

    class Tokenizer:
        def __init__(self, vocab: dict[str, int]) -> None:
            self.vocab = vocab

        def get_vocab(self) -> dict[str, int]:
            return self.vocab

    class Model:
        def __init__(self, k: int) -> None:
            self.tokenizer = Tokenizer({"storm": k})

    got = []
    for k in range(4):
        model = Model(k)
        got.append(embed._vocabulary(model)["storm"])
        del model
    assert got == [0, 1, 2, 3]
