"""``accord.api.group`` on a list: dicts are read as JSONL lines are, Articles as given, bad items named."""
from __future__ import annotations

import pytest

from accord import api
from accord.errors import AccordError


def test_group_takes_dicts_and_articles(texts, make_article) -> None:
    items = [{"id": f"p{i}", "text": t, "published": "2023-03-01"} for i, t in enumerate(texts.quake_a)]
    items += [make_article(f"t{i}", t) for i, t in enumerate(texts.quake_b)]
    items += [{"id": "wire", "text": texts.wire}, {"id": 7, "text": texts.wire_copy, "title": "Troops leave"}]
    rows = api.group(items)
    assert [r["id"] for r in rows] == ["p0", "p1", "p2", "t0", "t1", "t2", "wire", "7"]
    story = {r["id"]: r["story"] for r in rows}
    assert len({story["p0"], story["p1"], story["p2"]}) == 1 and story["p0"] != story["t0"]
    assert rows[-1] == {"id": "7", "story": story["wire"], "copy_of": "wire"}


def test_bad_items_are_named_and_the_rest_still_grouped(texts, make_article) -> None:
    items = [
        {"id": "a", "text": texts.quake_a[0]},
        {"id": "b"},                                  # no text
        "not an article",
        {"id": "a", "text": texts.quake_a[1]},        # duplicate id
        make_article("a", texts.quake_a[2]),          # duplicate id again, as an Article
        {"id": "c", "text": texts.quake_a[1], "when": object()},  # not JSON data
        {"id": "d", "text": texts.quake_a[2]},
    ]
    rows = api.group(items)
    assert len(rows) == len(items)
    good = [r["id"] for r in rows if "error" not in r]
    assert good == ["a", "d"] and rows[0]["story"] == rows[-1]["story"]
    errors = [r["error"] for r in rows if "error" in r]
    assert errors[0].startswith("item 2 (b): 'text'")
    assert errors[1] == "item 3: expected an Article or a dict with 'id' and 'text', not str"
    assert errors[2] == "item 4: duplicate id 'a'" and errors[3] == "item 5: duplicate id 'a'"
    assert errors[4].startswith("item 6: not JSON data")
    assert [r.get("id") for r in rows if "error" in r] == ["b", None, "a", "a", "c"]


def test_one_dict_instead_of_a_list_is_a_clear_error(texts) -> None:
    with pytest.raises(AccordError, match="takes a JSONL path or a list of Articles or dicts, not a single dict"):
        api.group({"id": "a", "text": texts.quake_a[0]})
