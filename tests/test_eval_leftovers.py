"""The leftovers sampler and drop sheets (``accord.eval.leftovers``) on small made-up files."""
from __future__ import annotations

import json
from pathlib import Path

from accord.eval.leftovers import context, drops_sheet, hints, new_drops, sample


def test_hints_point_at_page_text_and_not_at_plain_news() -> None:
    assert "picture" in hints("Getty Images The mayor spoke on Monday.")
    assert "link line" in hints("Read more: the flood in pictures")
    assert "byline or dateline" in hints("By Jane Doe The mayor spoke.")
    assert hints("The mayor said the river would peak on Wednesday.") == []


def test_sample_is_seeded_and_marks_sentences(tmp_path: Path) -> None:
    p = tmp_path / "multinews-accord.jsonl"
    rows = [{"id": f"s{i}", "summary": f"Story {i} happened on Monday. Photo: Getty Images"} for i in range(5)]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    one, two = list(sample(p, 3, seed=7)), list(sample(p, 3, seed=7))
    assert one == two and sum(line.startswith("## ") for line in one) == 3
    assert any("[picture" in line for line in one)


def test_new_drops_lists_only_what_the_second_dump_adds(tmp_path: Path) -> None:
    raw = "Headline\nThe river rose on Monday.\nRead more: other story\nThe mayor spoke."
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    before.write_text(json.dumps({"where": "x", "removed": [["Headline", "heading"]], "raw": raw}) + "\n")
    after.write_text(json.dumps({"where": "x", "removed": [["Headline", "heading"],
                                                           ["Read more: other story", "related link"]],
                                 "raw": raw}) + "\n")
    drops = new_drops(before, after)
    assert [d["line"] for d in drops] == ["Read more: other story"]
    assert context(raw, "Read more: other story") == ("The river rose on Monday.", "The mayor spoke.")
    sheet = "\n".join(drops_sheet(drops, 5, seed=1))
    assert "**removed**: Read more: other story" in sheet and "before: The river rose on Monday." in sheet
