"""accord.tfidf must give sklearn's TfidfVectorizer(stop_words="english", sublinear_tf=True) numbers."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from accord import tfidf


def test_same_matrix_as_sklearn() -> None:
    texts = ["The storm hit the coast on Monday, the coast guard said.",
             "Storm damage: 2,500 homes; the COAST road closed.",
             "", "and the of", "Café owners said the storm's damage was the worst since 1998 1998 1998."]
    expected = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    got = tfidf.matrix(texts).toarray()
    assert got.shape == expected.shape
    assert np.allclose(got, expected, atol=1e-12)


def test_only_stop_words_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        tfidf.matrix(["the and of", "it is"])


def test_vector_is_a_matrix_row_for_the_same_document_frequencies() -> None:
    """The online index's one-text weighting is ``matrix``'s: same terms, same numbers."""
    from collections import Counter

    texts = ["The storm hit the coast on Monday, the coast guard said.",
             "Storm damage: 2,500 homes; the COAST road closed.", "Rescue teams reached the coast."]
    counts = [Counter(tfidf.terms(t)) for t in texts]
    df = Counter(t for c in counts for t in c)
    m = tfidf.matrix(texts)
    vocab = sorted(df)
    for row, c in enumerate(counts):
        vec = tfidf.vector(c, df, len(texts))
        assert np.allclose([vec.get(t, 0.0) for t in vocab], m[row].toarray()[0], atol=1e-12)
    assert tfidf.vector(Counter(), df, 3) == {}


def test_a_text_counted_before_weighs_as_in_a_fresh_matrix() -> None:
    """Counts are kept per text across calls; a second matrix over other texts must not see the
    first's weights (idf is the call's own), and the kept counts are never changed."""
    a, b, c = "Troops fired on protesters.", "Protesters marched, troops watched.", "The protesters went home."
    first = tfidf.matrix([a, b]).toarray()
    again = tfidf.matrix([c, a, b]).toarray()
    assert tfidf.matrix([a, b]).toarray().tolist() == first.tolist()
    assert again.shape[0] == 3 and not np.allclose(again[1][again[1] > 0], first[0][first[0] > 0])
    assert dict(tfidf.counts(a)) == {"troops": 1, "fired": 1, "protesters": 1}


def test_dense_is_the_matrix_as_an_array_up_to_its_cell_limit() -> None:
    texts = ["Troops arrived in Almaty on Friday.", "Almaty airport reopened", "the of and", "Troops left Almaty."]
    full = tfidf.matrix(texts).toarray()
    got = tfidf.dense(texts, full.size)
    assert got is not None and np.array_equal(got, full)
    assert tfidf.dense(texts, full.size - 1) is None  # too many cells: the caller takes the sparse matrix
    with pytest.raises(ValueError):
        tfidf.dense(["the of and"], 100)


def test_terms_are_sklearns_tokens_at_odd_boundaries() -> None:
    """The boundary-free token pattern finds sklearn's tokens where word and non-word characters
    meet oddly: digits, underscores, apostrophes, accents, one-letter words, non-Latin scripts."""
    import re

    sklearn_token = re.compile(r"(?u)\b\w\w+\b")
    for text in ["a bc d_e 12 x9 it's O'Neil", "café-au-lait ßtraße İstanbul", "٣٤ Ⅻ x²y z", "__ _a a_ é",
                 "U.S. e75m US$40bn COVID-19", "a\u200db ab\u0301c"]:
        expected = [w for w in sklearn_token.findall(text.lower()) if w not in tfidf.STOP_WORDS]
        assert list(tfidf.terms(text)) == expected
