"""Property-based fuzzing of cleaning and of the number and date scanners (hypothesis).

Random text, hostile characters and mutated sample sentences: nothing raises, every mention points at
the text it was read from, and cleaning only ever removes lines.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from accord import clean
from accord.clean import signals
from accord.analyse import analyse_many, dates, numbers
from accord.model import Article
from accord.options import Options
from conftest import examples

pytestmark = pytest.mark.fuzz

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"
SEEDS = [
    "Around 2,000 soldiers were sent in on Jan. 6, 2022, and at least 164 people died.",
    "\u201cWe will not negotiate,\u201d President Tokayev said on Friday, January 7.",
    "Nearly 10,000 people were arrested between 5 and 7 January, officials said last week.",
    "Prices rose 3.5% to $1.2bn in Q3 2021; 1/2 of 40-year-old men earn \u00a31,000 a month.",
]
if SAMPLE.is_dir():
    SEEDS += [line for p in sorted(SAMPLE.glob("*.txt"))[:2]
              for line in p.read_text(encoding="utf-8").splitlines()[:20] if line.strip()]

WORDS = ["January", "Jan.", "45", "2022", "0", "-1", "1e400", "1,000,000,000,000,000,000", "half", "dozens",
         "million", "\u00bd", "\u0663", "next", "Monday", "ago", "%", "$", "\u201c", "\u201d", "\"", "said",
         "\x00", "\x1b[2J", "\u202e", "\ufffd", "  ", "\n", ".", "9" * 400, "Feb 30", "31/31/2031", "year-old"]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS) | st.sampled_from(SEEDS), max_size=25).map(" ".join),
    st.tuples(st.sampled_from(SEEDS), st.integers(0, 500), st.text(max_size=10))
      .map(lambda t: t[0][: t[1] % (len(t[0]) + 1)] + t[2] + t[0][t[1] % (len(t[0]) + 1):]),
)


@settings(max_examples=examples(60))
@given(text=texts)
def test_number_scanner(text: str) -> None:
    for m in numbers.scan(text, None):
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
        assert m.low is None or m.high is None or m.low <= m.high


@settings(max_examples=examples(60))
@given(text=texts, ref=st.none() | st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 24)))
def test_date_scanner(text: str, ref: date | None) -> None:
    for m in dates.find(text, ref):
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text


@settings(max_examples=examples(15))
@given(bodies=st.lists(texts, min_size=1, max_size=3))
def test_rules_analyser_on_hostile_articles(bodies: list[str]) -> None:
    arts = [Article(id=f"a{i}", title="T", text=b, raw_text=b, published="2022-01-10") for i, b in enumerate(bodies)]
    out = analyse_many(arts, Options(analyser="rules"))
    for art in arts:
        for s in out[art.id]:
            for m in s.mentions:
                assert 0 <= m.start <= m.end <= len(s.text)


@settings(max_examples=examples(40))
@given(lines=st.lists(texts | st.just("0:\xad"), max_size=12), title=st.text(max_size=30))
@example(lines=["<a>0:0:0:0:0:0:0:0:0:"], title="")  # markup glued to a word: the word stays, the tag goes
def test_cleaning_only_removes_lines(lines: list[str], title: str) -> None:
    raw = "\n".join(lines)
    art = clean.clean(Article(id="x", title=title, text=raw, raw_text=raw))
    assert art.raw_text == raw
    # cleaning normalises characters (NFKC: "²" is "2"; soft hyphens and other invisible format
    # characters dropped), takes the page's markup out of a line ("<a>" in "<a>Read on") and may drop
    # sentences from inside a paragraph, but every word it keeps was in the text
    def words(text: str) -> set[str]:
        text = unicodedata.normalize("NFKC", text)
        return set("".join(c for c in text if unicodedata.category(c) != "Cf").split())

    unmarked = "\n".join(signals.strip_markup(line)[0] for line in raw.split("\n"))
    assert words(art.text) <= words(raw) | words(unmarked)
