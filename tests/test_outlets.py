"""Tests of accord.outlets: which articles come from one outlet (issue 12: "N independent sources" counts outlets)."""
from __future__ import annotations

from accord import outlets


def test_outlet_key_is_one_for_every_way_of_naming_an_outlet() -> None:
    """Issue 12: two articles of one outlet count once, so their outlet compares equal however given:
    a name (case, accents, punctuation, a leading "The" aside), a host name as the source, or the URL's
    full registered domain when no outlet is named; a named outlet wins over the URL (a syndicated page)."""
    cnn = {outlets.outlet("cnn.com", None), outlets.outlet(None, "https://edition.cnn.com/x"),
           outlets.outlet(None, "www.cnn.com/y")}
    assert cnn == {"cnn.com"}
    assert outlets.outlet("CNN", None) == outlets.outlet(" cnn ", "https://yahoo.com/z") == "cnn"
    assert outlets.outlet("The Guardian", None) == outlets.outlet("guardian", None) == "guardian"
    assert outlets.outlet(None, "https://news.bbc.co.uk/a") == outlets.outlet("bbc.co.uk", None) == "bbc.co.uk"
    assert outlets.outlet("Le Monde", None) == outlets.outlet("Le  Mondé", None)
    assert outlets.outlet("Reuters", "https://yahoo.com/news/x") == "reuters"
    assert outlets.outlet(None, None) is None and outlets.outlet("", "") is None and outlets.outlet("…", None) is None
    assert outlets.outlet(None, "file:///tmp/a.html") is None


def test_a_host_that_carries_many_outlets_pages_names_no_outlet() -> None:
    """mend119: an aggregator, portal, archive or social page is not its host's reporting: two outlets'
    pages on one portal must not count as one outlet (a claim both make would read "only this source")."""
    for url in ("https://www.msn.com/en-gb/news/world/x/ar-AA1", "https://news.google.com/articles/CBMiZZ",
                "https://uk.news.yahoo.com/dam-bursts-1.html", "https://substack.com/home/post/p-1",
                "https://medium.com/@someone/a-post", "https://t.co/abc", "https://archive.ph/Xy12"):
        assert outlets.outlet(None, url) is None, url
    # on a blog platform each sub-domain is one author's own site
    assert outlets.outlet(None, "https://quaynotes.substack.com/p/a") == "quaynotes.substack.com"
    assert outlets.outlet(None, "https://rivertalk.substack.com/p/b") == "rivertalk.substack.com"
    assert outlets.outlet(None, "https://fenwick.blogspot.com/2026/x") == "fenwick.blogspot.com"
    # an archived page is the archived outlet's, when the address is one we can read
    assert outlets.outlet(None, "https://web.archive.org/web/20260101/https://www.bbc.co.uk/news/x") == "bbc.co.uk"
    assert outlets.outlet(None, "https://web.archive.org/web/20260101/https://www.harbourpost.example/x") is None
    assert outlets.outlet("MSN", None) is None and outlets.outlet("Yahoo News", None) is None


def test_a_placeholder_source_names_no_outlet() -> None:
    """mend119: "Unknown" on two articles is not one outlet; the URL may still tell the outlet."""
    for name in ("Unknown", "Staff", "staff writer", "Admin", "News desk", "NEWSDESK", "n/a", "Agencies", " "):
        assert outlets.outlet(name, None) is None, name
    assert outlets.outlet("Staff", "https://www.lakeside-herald.com/a") == "lakeside-herald.com"


def test_outlet_domains_compare_whole_registered_domains() -> None:
    """mend119: outlets of two countries that share a stem are two outlets (public-suffix aware), and
    under an umbrella domain each sub-domain is its own outlet."""
    assert outlets.outlet(None, "https://www.abc.net.au/news/1") == "abc.net.au"
    assert outlets.outlet(None, "https://www.abc.es/2") == "abc.es"
    assert outlets.outlet(None, "https://news.sky.com/story/1") != outlets.outlet(None, "https://tg24.sky.it/x")
    assert outlets.outlet(None, "https://abcnews.go.com/US/x") == "abcnews.go.com"
    assert outlets.outlet(None, "https://www.espn.go.com/y") == "espn.go.com"
    assert outlets.outlet(None, "https://www.gov.uk/news/z") == "gov.uk"
    assert outlets.outlet(None, "https://uk.reuters.com/a") == outlets.outlet(None, "https://www.reuters.com/b")
    assert outlets.outlet(None, "https://www.harbourpost.example/a") is None  # no public suffix: never guessed
    # the source ingest writes from a URL ("go.com") says no more than the URL itself
    assert outlets.outlet("go.com", "https://abcnews.go.com/US/x") == "abcnews.go.com"
    assert outlets.outlet("substack.com", "https://quaynotes.substack.com/p/a") == "quaynotes.substack.com"


def test_non_latin_outlet_names_keep_a_key() -> None:
    """mend119: a Cyrillic, Greek or CJK name folds to its own letters, never to nothing."""
    keys = {outlets.outlet(n, None) for n in ("Северная правда", "Ἑσπερινή", "東方日報")}
    assert None not in keys and len(keys) == 3
    assert outlets.outlet("Северная  Правда", None) == outlets.outlet("северная правда", None)


def test_a_name_and_a_domain_are_one_outlet_only_when_safe() -> None:
    """mend119: "CNN" and cnn.com, "The Guardian" and theguardian.com are one outlet (the name's letters
    are the domain's label, or it starts with the label on that domain's own page); with two domains of that label in the story ("ABC", abc.net.au and abc.es)
    the name joins neither; a name unlike the domain stays apart (over-counting, as before)."""
    assert outlets.outlet_groups([("CNN", None), ("cnn.com", None), ("BBC", None)]) == {"cnn.com": "cnn"}
    assert outlets.outlet_groups([("The Guardian", None), (None, "https://www.theguardian.com/x")]) == {
        "theguardian.com": "guardian"}
    assert outlets.outlet_groups([("ABC", None), (None, "https://abc.net.au/x"), (None, "https://www.abc.es/y")]) == {}
    assert outlets.outlet_groups([("Kestrel News", None), (None, "https://kestrel.com/x")]) == {}
    # one article naming the outlet on its own page: the name may carry more than the label
    assert outlets.outlet_groups([("Kestrel News", "https://www.kestrel.com/a"), (None, "https://kestrel.com/x")]) == {
        "kestrel.com": "kestrelnews"}
    # a wire's name on another outlet's page, or a page of one of two same-label domains: no union
    assert outlets.outlet_groups([("Reuters", "https://edition.cnn.com/x"), (None, "https://www.cnn.com/y")]) == {}
    assert outlets.outlet_groups([("ABC News", "https://abc.net.au/x"), (None, "https://www.abc.es/y")]) == {}
