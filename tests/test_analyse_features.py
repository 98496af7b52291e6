"""The shared per-sentence features: one object per text, views equal to the stages' own readings."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from accord import tfidf
from accord.analyse import features, rules

TEXTS = [
    "Kazakh President Kassym-Jomart Tokayev's U.S. visit: 2,030 troops left Almaty on Jan. 13.",
    "“We won't leave,” said the rock'n'roll band’s manager — naïve café-owners shouted.",
    "",
    "ÉLYSÉE sources said 3 under_scored words and x-rays don't count; 12abc def-",
]


@pytest.mark.parametrize("text", TEXTS)
def test_views_equal_the_readings_they_replace(text: str) -> None:
    f = features.of(text)
    assert features.of(text) is f  # one object per text: a view computed once is shared
    assert [(t.text, t.start, t.end, t.low, t.cap) for t in f.toks] == \
        [(t.text, t.start, t.end, t.low, t.cap) for t in features.tokens(text)]
    assert all(text[t.start:t.end] == t.text for t in f.toks)
    assert f.words == tuple(re.findall(r"\w+", text.lower()))
    assert f.terms == tfidf.terms(text)
    assert f.counts == Counter(tfidf.terms(text))


def test_story_words_counts_words_as_written() -> None:
    counts = features.story_words(("The troops left.", "the Troops' base-camp, 2 troops"))
    assert counts["troops"] == 2 and counts["Troops'"] == 1 and counts["The"] == 1 and counts["base-camp"] == 1
    assert "2" not in counts


def test_lower_vocabulary_is_the_regex_over_the_texts() -> None:
    """Read from the story's word counts, the vocabulary is what the regex over the joined texts finds."""
    texts = TEXTS + ["troops' don’t re-elect x1y café naïve eBay iPhone über-rich a-b's -z 'q"]
    expected = set(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*", "\n".join(texts)))
    assert rules.lower_vocabulary(texts) == expected
