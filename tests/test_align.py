"""align: sentences telling the same thing in different articles become one fact."""
from accord.align import align, independent, quote_words, roots, same_words, sources
from accord.model import Article, Mention, Sentence


def _art(aid: str) -> Article:
    return Article(id=aid, title=aid, text="")


def _s(aid: str, i: int, text: str, *mentions: Mention) -> Sentence:
    return Sentence(article=aid, index=i, text=text, mentions=list(mentions))


ARTS = [_art("a"), _art("b"), _art("c")]
SENTS = {
    "a": [
        _s("a", 0, "A magnitude 6.1 earthquake struck the northern coast of Peru on Monday morning."),
        _s("a", 1, "The city council approved a new budget for public libraries."),
        _s("a", 2, "Rescue teams searched collapsed houses in the port town overnight."),
    ],
    "b": [
        _s("b", 0, "An earthquake of magnitude 6.1 hit Peru's northern coast early on Monday."),
        _s("b", 1, "Local farmers said the harvest of mangoes was better than last year."),
    ],
    "c": [
        _s("c", 0, "On Monday a 6.1-magnitude quake shook the north coast of Peru."),
        _s("c", 1, "Overnight, rescue teams searched the collapsed houses of the port town."),
    ],
}


def test_paraphrases_form_one_fact_with_all_supporters():
    facts = align(ARTS, SENTS, {})
    quake = next(f for f in facts if "earthquake struck" in f.text or "hit Peru" in f.text or "quake shook" in f.text)
    assert quake.support == ["a", "b", "c"]
    assert quake.independent == 3
    assert facts[0] is quake  # most supported first
    rescue = next(f for f in facts if any("collapsed" in s.text for s in f.sentences) and len(f.support) > 1)
    assert rescue.support == ["a", "c"]


def test_every_sentence_in_exactly_one_fact_and_unrelated_stay_alone():
    facts = align(ARTS, SENTS, {})
    keys = [s.key for f in facts for s in f.sentences]
    assert len(keys) == len(set(keys))
    assert sorted(keys) == sorted(s.key for ss in SENTS.values() for s in ss)
    budget = next(f for f in facts if "budget" in f.text)
    assert budget.support == ["a"] and budget.independent == 1


def test_two_sentences_of_one_article_are_never_one_fact():
    sents = {"a": [_s("a", 0, "The bridge was closed on Tuesday after the storm."),
                   _s("a", 1, "The bridge was closed on Tuesday after the storm hit.")],
             "b": [_s("b", 0, "Officials reopened the airport.")]}
    facts = align([_art("a"), _art("b")], sents, {})
    assert all(len({s.article for s in f.sentences}) == len(f.sentences) for f in facts)


def test_wire_copies_count_once():
    facts = align(ARTS, SENTS, {"c": "b"})
    quake = next(f for f in facts if len(f.support) == 3)
    assert quake.independent == 2
    assert independent(["a", "b", "c"], {"c": "b", "b": "a"}) == 1
    assert roots({"c": "b", "b": "a"}) == {"c": "a", "b": "a"}


def test_same_quote_in_two_wordings_is_one_fact():
    q1 = Mention(kind="quote", text="“We must go home. Our job is done,”", value="We must go home. Our job is done",
                 label="Jane Doe")
    q2 = Mention(kind="quote", text="“We need to return home, our work is done,”",
                 value="We need to return home, our work is done", label="Jane Doe")
    sents = {"a": [_s("a", 0, "“We must go home. Our job is done,” Doe told reporters.", q1),
                   _s("a", 1, "Markets fell sharply in early trading.")],
             "b": [_s("b", 0, "“We need to return home, our work is done,” the minister said.", q2),
                   _s("b", 1, "A new stadium will open in spring.")]}
    facts = align([_art("a"), _art("b")], sents, {})
    quote_fact = next(f for f in facts if any(m.kind == "quote" for s in f.sentences for m in s.mentions))
    assert quote_fact.support == ["a", "b"]


def test_quote_words_normalise_contractions_articles_and_punctuation():
    assert quote_words("It's the end…") == quote_words("it is end")
    assert same_words("once the Russians are in your house, it is hard",
                      "“once Russians are in your house, it’s hard”")
    assert same_words("The peacekeeping operation is now over", "The peacekeeping operation is now over ... the tasks are done")
    assert not same_words("La La Land", "I opened the envelope and it said La La Land")  # too short to tell
    assert not same_words("brought about by the West", "provoked by the West")


def test_headings_and_questions_are_not_facts():
    sents = {"a": [_s("a", 0, "What did the minister say?"), _s("a", 1, "Leadership under pressure"),
                   _s("a", 2, "The minister resigned on Friday after the vote.")]}
    facts = align([_art("a")], sents, {})
    assert [f.text for f in facts] == ["The minister resigned on Friday after the vote."]


def test_a_statement_closed_by_a_rhetorical_tag_is_a_fact():
    # recall53: "…, but who's counting?" asks nothing: the clause before it is stated
    for text in ("The guard now has 1,512 points in 98 games, but who's counting?",
                 "The guard now has 1,512 points in 98 games, but who ’ s counting?",
                 "The senator has missed 40 votes this year, but who is keeping score?"):
        facts = align([_art("a")], {"a": [_s("a", 0, text)]}, {})
        assert [f.text for f in facts] == [text]
    # near cases: real questions, a bare tag, another tag that asks
    for text in ("Who is counting the ballots in the county?", "But who's counting?",
                 "The guard has 1,512 points, but who is counting them?", "The team won again, but who cares?",
                 "The guard now has 1,512 points, but who's counting on him to stay?"):
        assert align([_art("a")], {"a": [_s("a", 0, text)]}, {}) == []


def test_cluster_matches_sklearns_average_linkage() -> None:
    """``_cluster`` cuts scipy's tree itself: the partition must be sklearn's, ties included."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    from accord.align import _cluster

    rng = np.random.default_rng(3)
    for trial in range(60):
        n = int(rng.integers(2, 40))
        x = rng.normal(size=(n, 4))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        sim = (x @ x.T).astype(np.float32)
        if trial % 2:
            sim = np.round(sim, 1)  # many equal distances
        art = rng.integers(0, 4, n)
        sim[art[:, None] == art[None, :]] = -1.0
        np.fill_diagonal(sim, 1.0)
        ours = _cluster(sim, 0.4)
        distance = np.clip(1.0 - sim, 0.0, None)
        np.fill_diagonal(distance, 0.0)
        ref = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                      distance_threshold=0.6).fit_predict(distance)
        pairs = set(zip(ours, ref.tolist()))
        assert len(pairs) == len(set(ours)) == len(set(ref.tolist()))


def test_small_stories_take_the_dense_products_with_the_same_numbers(monkeypatch) -> None:
    """Below ``options.align_dense_cells`` the pairwise products are dense (no sparse set-up per story); the
    similarities must be those of the sparse products."""
    import numpy as np

    from accord import align as align_module

    texts = ["Storm hits the coast on Monday.", "The coast storm cut power to 2,000 homes.",
             "Officials said 2,000 homes lost power.", "the of and", "Mayor Ann Lee said crews were at work."]
    keys = [{"e:Ann Lee", "n:2000"}, {"n:2000"}, set(), {"e:Ann Lee", "d:2024-05-02", "n:5"}, {"e:Coast"}]
    dense = align_module._tfidf_similarity(texts), align_module._shared_mentions(keys)
    monkeypatch.setattr(align_module, "DEFAULT", align_module.DEFAULT.with_(align_dense_cells=0))
    sparse = align_module._tfidf_similarity(texts), align_module._shared_mentions(keys)
    assert np.array_equal(dense[1], sparse[1])
    assert np.allclose(dense[0], sparse[0], rtol=0, atol=1e-7) and dense[0].dtype == sparse[0].dtype


def test_shared_mentions_dense_and_sparse_agree() -> None:
    # a small story's key matrix is built dense (no sparse set-up): the same shares as the sparse path
    import numpy as np

    from accord.align import _shared_mentions

    keys = [{"e:Almaty", "n:164"}, {"e:Almaty"}, set(), {"n:164", "d:2022-01-05", "e:Tokayev"}]
    dense = _shared_mentions(keys, dense_cells=10_000)
    sparse = _shared_mentions(keys, dense_cells=0)
    assert np.array_equal(dense, sparse)
    assert dense[0, 1] == 1.0 and dense[0, 3] == 0.5 and dense[2].sum() == 0


def test_the_rhetorical_tag_is_one_idiom_kept_narrow():
    # mend55 (issue 11): only ", but who's counting?" (and its keeping count / score / track forms) is stated;
    # other rhetorical-looking tags stay questions, the rule is no list to grow
    for text in ("The guard now has 1,512 points in 98 games, but who knows?",
                 "The guard now has 1,512 points in 98 games, but who's complaining?",
                 "The guard now has 1,512 points in 98 games, but who is to say?",
                 "The guard now has 1,512 points in 98 games, and who's counting?"):
        assert align([_art("a")], {"a": [_s("a", 0, text)]}, {}) == [], text
    # near case: the idiom itself is a statement
    text = "The guard now has 1,512 points in 98 games, but who is keeping track?"
    assert [f.text for f in align([_art("a")], {"a": [_s("a", 0, text)]}, {})] == [text]


def test_a_fact_sheet_line_giving_a_length_of_time_is_a_statement():
    """recall72: "Running time: 1 hour, 52 minutes" states a figure though it has no verb and no stop; a
    label line saying anything else, or a time ago, stays a heading."""
    from accord.align import is_statement

    assert is_statement("Running time: 1 hour, 52 minutes")
    assert is_statement("Length: 104 min")
    assert is_statement("Run time: 2 hours and 5 minutes")
    assert not is_statement("Updated: 3 hours ago")
    assert not is_statement("Rated: PG-13 for some violence")
    assert not is_statement("Showing: At selected theaters")
    assert not is_statement("Pictures: 14")


def test_only_a_fact_sheets_own_label_makes_a_timed_line_a_statement():
    """mend113: a page's furniture giving a length ("Reading time: 4 minutes") differs between outlets and
    is no fact of the story; only a film's or a show's fact-sheet label ("Running time", "Runtime",
    "Length") makes a bare timed line a statement."""
    from accord.align import is_statement

    assert is_statement("Runtime: 97 minutes")
    assert is_statement("Running time: 2 hours, 4 minutes")
    assert is_statement("Rated PG. Running time: 1 hour, 48 minutes")  # the rating opens the sheet's line
    assert not is_statement("Rated R. Reading time: 4 minutes")
    for furniture in ("Reading time: 4 minutes", "Estimated reading time: 7 minutes", "Read time: 3 min",
                      "Video duration: 2 minutes", "Audio: 6 minutes", "Listen: 5 minutes",
                      "Audio length: 12 minutes", "Video length: 1 hour, 2 minutes"):
        assert not is_statement(furniture), furniture


# -- independence by outlet (issue 12) -----------------------------------------------------------

def _from(aid: str, source: str | None = None, url: str | None = None) -> Article:
    return Article(id=aid, title=aid, text="", source=source, url=url)


def test_two_articles_of_one_outlet_count_once() -> None:
    """A live page and its follow-up are one outlet's word: two CNN pieces and a BBC one telling the
    quake are 2 independent sources, not 3; "CNN" and a page on edition.cnn.com are one outlet."""
    arts = [_from("a", "CNN"), _from("b", url="https://edition.cnn.com/2026/01/05/quake-live"), _from("c", "BBC News")]
    quake = next(f for f in align(arts, SENTS, {}) if len(f.support) == 3)
    assert quake.independent == 2
    assert sources(arts, {}) == {"b": "a"}


def test_one_outlet_through_urls_only() -> None:
    arts = [_from("a", url="https://www.cnn.com/x"), _from("b", url="http://edition.cnn.com/y"),
            _from("c", url="https://news.bbc.co.uk/z")]
    assert sources(arts, {}) == {"b": "a"}
    assert independent(["a", "b", "c"], sources(arts, {})) == 2


def test_articles_of_unknown_outlets_stay_apart() -> None:
    """No outlet and no URL: we cannot know, so each counts alone (as before issue 12)."""
    arts = [_from("a"), _from("b"), _from("c", "")]
    assert sources(arts, {}) == {}
    quake = next(f for f in align(arts, SENTS, {}) if len(f.support) == 3)
    assert quake.independent == 3


def test_a_wire_copy_of_another_outlets_article_counts_once() -> None:
    """A copy counts as its original whoever ran it, and never joins its own outlet's other articles to
    the original: BBC running CNN's text leaves BBC's own piece independent of CNN."""
    arts = [_from("a", "CNN"), _from("b", "BBC"), _from("c", "bbc.co.uk")]
    same = sources(arts, {"b": "a"})
    assert same == {"b": "a"}
    assert independent(["a", "b"], same) == 1
    assert independent(["a", "b", "c"], same) == 2
    quake = next(f for f in align(arts, SENTS, {"b": "a"}) if len(f.support) == 3)
    assert quake.independent == 2


def test_pages_of_two_outlets_on_one_portal_stay_apart() -> None:
    """mend119: two newsletters on one blog platform, two outlets' pages on a portal or an archive, two
    articles with a placeholder source, and two countries' outlets sharing a stem are distinct sources:
    counting them as one would call a claim both make single-source."""
    for pair in ((None, "https://quaynotes.substack.com/p/a"), (None, "https://rivertalk.substack.com/p/b")), \
            ((None, "https://www.msn.com/en-gb/news/a/ar-AA1"), (None, "https://www.msn.com/en-us/news/b/ar-BB2")), \
            ((None, "https://web.archive.org/web/2026/https://www.harbourpost.example/a"),
             (None, "https://web.archive.org/web/2026/https://www.quaynews.example/b")), \
            (("Unknown", None), ("Unknown", None)), \
            ((None, "https://www.abc.net.au/a"), (None, "https://www.abc.es/b")), \
            ((None, "https://abcnews.go.com/a"), (None, "https://www.espn.go.com/b")):
        arts = [_from("a", *pair[0]), _from("b", *pair[1]), _from("c", "Lakeside Herald")]
        assert sources(arts, {}) == {}, pair
        quake = next(f for f in align(arts, SENTS, {}) if len(f.support) == 3)
        assert quake.independent == 3, pair


def test_a_name_joins_its_domain_only_when_no_other_domain_shares_the_label() -> None:
    arts = [_from("a", "Reuters"), _from("b", url="https://www.reuters.com/x"), _from("c", "Bloomberg")]
    assert sources(arts, {}) == {"b": "a"}
    arts = [_from("a", "ABC"), _from("b", url="https://www.abc.net.au/x"), _from("c", url="https://www.abc.es/y")]
    assert sources(arts, {}) == {}
