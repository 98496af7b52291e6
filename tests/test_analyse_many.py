"""analyse_many: sentences per line, ordering, publication date vs reference, merged entities."""
from datetime import date

import pytest

from accord.analyse import analyse_many, publication_date
from accord.analyse.sentences import split
from accord.model import Article
from accord.options import DEFAULT

BOTH = pytest.mark.parametrize("analyser", ["rules", "spacy"])


def test_split_keeps_abbreviations_and_treats_lines_separately() -> None:
    text = "Mr. Tokayev met U.S. officials on Jan. 19 in Almaty. They talked.\nA heading without stop\n\n  Last line.  "
    assert split(text) == ["Mr. Tokayev met U.S. officials on Jan. 19 in Almaty.", "They talked.",
                           "A heading without stop", "Last line."]


def test_published_date_wins_over_reference_and_bad_dates_fall_back() -> None:
    ref = date(2022, 1, 13)
    assert publication_date(Article(id="a", title="", text="", published="2022-01-10"), ref) == date(2022, 1, 10)
    assert publication_date(Article(id="a", title="", text="", published="not a date"), ref) == ref
    assert publication_date(Article(id="a", title="", text=""), None) is None


@BOTH
def test_analyse_many_resolves_each_article_against_its_own_date(analyser: str) -> None:
    arts = [
        Article(id="a", title="Title is not analysed on Monday", text="Troops left on Thursday. They flew home.",
                published="2022-01-13"),
        Article(id="b", title="T", text="Troops left on Thursday."),
        Article(id="c", title="T", text=""),
    ]
    out = analyse_many(arts, DEFAULT.with_(analyser=analyser), reference=date(2022, 1, 24))
    assert list(out) == ["a", "b", "c"]
    assert [(s.index, s.text) for s in out["a"]] == [(0, "Troops left on Thursday."), (1, "They flew home.")]
    assert out["a"][0].of_kind("date")[0].value == "2022-01-13"
    assert out["b"][0].of_kind("date")[0].value == "2022-01-20"
    assert out["c"] == []


@BOTH
def test_entities_merged_across_articles(analyser: str) -> None:
    arts = [Article(id="a", title="", text="Kazakh President Kassym-Jomart Tokayev sacked the government."),
            Article(id="b", title="", text="President Tokaev asked for help, and Tokayev's allies agreed.")]
    out = analyse_many(arts, DEFAULT.with_(analyser=analyser))
    people = {m.value for sents in out.values() for s in sents for m in s.of_kind("entity") if m.label == "PERSON"}
    assert people == {"Kassym-Jomart Tokayev"}


@BOTH
def test_dates_found_in_sentences_that_skip_the_parser(analyser: str) -> None:
    out = analyse_many([Article(id="a", title="", text="Troops were sent last week.\nIt ended yesterday.")],
                       DEFAULT.with_(analyser=analyser), reference=date(2022, 1, 13))
    assert [m.value for s in out["a"] for m in s.of_kind("date")] == ["2022-01-03", "2022-01-12"]
    assert out["a"][0].of_kind("date")[0].label == "week"
