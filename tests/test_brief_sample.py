"""End to end on the user's sample: the behaviour issue 3 asks for, asserted through the JSON.

The sample is five real articles on one event (``../shared/samples/kazakhstan-2022``). Nothing in
accord names its entities, numbers or outlets; these assertions check that the general method finds
what a careful reader finds there.
"""
import json
import re
import unicodedata
from pathlib import Path

import pytest

import accord

pytestmark = pytest.mark.slow  # briefs of the whole sample, with both analysers


@pytest.fixture(scope="module", params=["spacy", "rules"])
def brief(request: pytest.FixtureRequest, sample: Path) -> dict:
    """The sample's brief read by each analyser: both must find what a careful reader finds."""
    return json.loads(accord.brief([str(sample)], analyser=request.param).to_json())


def _ids(brief: dict) -> dict[str, str]:
    return {a["id"][:3]: a["id"] for a in brief["articles"]}


def _slot(brief: dict, *normalized: float) -> dict:
    """The number disagreement whose sides include all these figures."""
    for d in brief["disagreements"]:
        if d["kind"] == "number" and set(normalized) <= {v["normalized"] for v in d["values"]}:
            return d
    raise AssertionError(f"no number disagreement with {normalized}: {brief['disagreements']}")


def test_schema_and_stable_ids(brief, sample):
    assert set(brief) >= {"title", "articles", "summary", "facts", "disagreements", "single_source", "timeline",
                          "wordings"} and brief["schema"] == 2
    assert [a["id"] for a in brief["articles"]] == sorted(p.stem for p in sample.glob("*.txt"))
    assert brief["title"]


def test_wire_copy_pair(brief):
    ids = _ids(brief)
    copies = {a["id"]: a["copy_of"] for a in brief["articles"] if a["copy_of"]}
    assert copies in ({ids["004"]: ids["002"]}, {ids["002"]: ids["004"]})
    for f in brief["facts"]:  # a copy and its original count once
        roots = {copies.get(a, a) for a in f["support"]}
        assert f["independent"] == len(roots) >= 2


def test_troops_sent_every_side(brief, sample):
    d = _slot(brief, 2000, 2300)
    assert d["type"] == "conflict" and not d["compatible"] and d["about"] == "troops sent"
    for v in d["values"]:
        assert v["articles"] and v["evidence"]
        assert any(v["evidence"] in _text(sample, a) for a in v["articles"])
        assert [r["article"] for r in v["sentences"]] == v["articles"]


def test_detained_or_arrested(brief):
    # "Last week, officials said ... around 9,000 arrested" against "around 12,000 have been arrested":
    # a running count its own article dates earlier (GUIDELINES: evolving), each side with its time
    d = _slot(brief, 9000, 12000)
    assert d["type"] == "evolving" and d["about"] == "people arrested"
    times = {v["normalized"]: v.get("time") for v in d["values"]}
    assert times[9000].startswith("earlier") and times[12000] == "later"


def test_member_count(brief):
    d = _slot(brief, 5, 6)
    assert d["type"] == "conflict"


def test_death_toll(brief):
    d = _slot(brief, 164)
    assert d["about"] == "people killed"
    assert any(v["value"].lower() in ("scores", "dozens") for v in d["values"])
    assert 100 not in {v["normalized"] for v in d["values"]}  # "over a hundred" was Almaty's alone (a part)


def test_no_slot_pools_parts_or_other_things(brief):
    """The several hundred troops from the other countries are a part of the deployment; 524 in
    detention and 412 charged are later stages than the arrests; 18 officers are among the dead."""
    for d in brief["disagreements"]:
        normalized = {v["normalized"] for v in d["values"]}
        assert not normalized & {524, 412, 18}, d
        if 2300 in normalized:
            assert not any("hundred" in v["value"] for v in d["values"]), d


def test_name_variants_and_same_dates_are_not_disagreements(brief):
    for d in brief["disagreements"]:
        if d["kind"] == "date":  # "Jan. 19" and "Wednesday next week" are one day
            assert "2022-01-19" not in {v["normalized"] for v in d["values"]}
            assert not {"Jan. 19", "Wednesday next week"} & {v["value"] for v in d["values"]}
        if d["kind"] == "name":
            joined = " ".join(v["value"] for v in d["values"])
            assert not re.search(r"Toka(y)?ev.*Toka(y)?ev|Shoigu.*Shoigu|Blinken.*Blinken", joined)
    variants = {v.lower() for group in brief["variants"] for v in group["variants"]}
    for pair in (("tokayev", "tokaev"), ("sergey shoigu", "sergei shoigu"), ("anthony blinken", "antony blinken")):
        assert any(pair[0] in v for v in variants) and any(pair[1] in v for v in variants), pair
    same = [g for g in brief["variants"] if any("Tokaev" in v for v in g["variants"])]
    assert same and any("Tokayev" in v for v in same[0]["variants"])


def test_translations_are_wordings_of_one_quote_not_a_disagreement(brief):
    assert not [d for d in brief["disagreements"] if d["kind"] == "quote"]
    putin = [w for w in brief["wordings"] if any("completed our" in s["value"] for s in w["wordings"])]
    assert len(putin) == 1 and putin[0]["speaker"] == "Vladimir Putin"
    texts = [s["value"] for s in putin[0]["wordings"]]
    assert any("return home" in t for t in texts) and any("come home" in t for t in texts)
    ids = _ids(brief)
    assert {a for s in putin[0]["wordings"] for a in s["articles"]} == {ids["000"], ids["004"]}
    ministry = [w for w in brief["wordings"] if any("peacekeeping forces" in s["value"] for s in w["wordings"])]
    assert len(ministry) == 1 and len(ministry[0]["wordings"]) == 2
    facts = [f for f in brief["facts"] if "completed our" in f["text"]]
    assert len(facts) <= 1


JUNK = ["Oops", "Something went wrong", "min read", "In this article", "Advertisement", "Image:",
        "images1", "Post Disclaimer", "cookies", "Our goal is to create", "Hippo", "Subscribe"]


def _text(sample: Path, article_id: str) -> str:
    """The article's text as the brief quotes it: cleaning normalises each line (NFKC: "…" is "...")."""
    path = sample / f"{article_id}.txt"
    return unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))


def test_summary_is_cited_clean_and_grounded(brief, sample):
    assert brief["summary"]
    known = {a["id"] for a in brief["articles"]}
    for sent in brief["summary"]:
        assert sent["citations"] and set(sent["citations"]) <= known
        assert not any(re.search(rf"\b{re.escape(j)}", sent["text"], re.I) for j in JUNK)
        cited = " ".join(_text(sample, a) for a in sent["citations"])
        for number in re.findall(r"\d[\d,.]*\d|\d", sent["text"]):
            assert number in cited, number
        for name in re.findall(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+\b", sent["text"]):
            assert name in cited, name
    assert len(" ".join(s["text"] for s in brief["summary"]).split()) <= 100


def test_timeline_and_single_source(brief, sample):
    dates = [t["date"] for t in brief["timeline"]]
    assert dates == sorted(dates) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert "2022-01-19" in dates  # the announced end of the pullout, resolved from both wordings
    # (timeline4) the undated account that tells the dated one's news, "began leaving on Thursday" on its day, is of
    # that week: the allied troops' departure "on Friday" stands; an entry about "The 58-year-old" is not shown
    assert "2022-01-14" in dates
    assert not any(t["text"].startswith("The 58-year-old") for t in brief["timeline"])
    for t in brief["timeline"]:
        assert t["citations"]
    known = {a["id"] for a in brief["articles"]}
    for s in brief["single_source"]:
        assert s["article"] in known and s["text"] in _text(sample, s["article"])


def test_renderings_carry_the_same_content(sample):
    b = accord.brief([str(sample)])
    md, html = b.to_markdown().replace("\\", ""), b.to_html()  # markdown escapes [ ] * _
    for d in b.disagreements:
        for v in d.values:
            assert v.value in md
    assert "<html" in html.lower() and b.title.split()[0] in html
