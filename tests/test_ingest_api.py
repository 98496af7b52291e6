"""``accord.api.ingest``: read → clean (with the library's recurring lines) → store, per article."""
from __future__ import annotations

from pathlib import Path

from accord import api
from accord.store import Library

TOPICS = [
    ("Harbour budget approved", "The council approved the harbour budget after a long debate on Tuesday.",
     "Two ferry lines will be added and the old northern pier repaired by spring."),
    ("Storm closes schools", "Heavy snow closed schools across the valley for a second day on Friday.",
     "Road crews worked through the night to clear the main routes into town."),
    ("Museum reopens", "The city museum reopened its east wing after three years of restoration work.",
     "Visitors queued for hours to see the restored ceiling paintings in the great hall."),
    ("Rail strike ends", "Train drivers ended their strike after the union accepted a new pay offer.",
     "Services are expected to return to the normal timetable by Monday morning."),
]
CHROME = "The Valley Chronicle is owned by a charitable trust based in the north of the county."


def test_recurring_site_line_removed_once_seen_in_enough_unrelated_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    for i, (title, first, second) in enumerate(TOPICS):
        f = tmp_path / f"{i}_story.txt"
        f.write_text(f"{title}\n{first}\n{CHROME}\n{second}\n", encoding="utf-8")
        (res,) = api.ingest([str(f)], db=db, recurring_min_articles=3)
        assert res.status == "added" and res.article is not None
        recurring_removed = [r for r in res.article.removed if r.line == CHROME]
        if i < 3:  # seen in fewer than 3 earlier unrelated articles: kept
            assert CHROME in res.article.text
        else:
            assert CHROME not in res.article.text and recurring_removed
        assert first in res.article.text and second in res.article.text
    with Library(db) as lib:
        assert len(lib) == 4
        stored = lib.get("3_story")
        assert stored is not None and CHROME not in stored.text and CHROME in stored.raw_text


def test_ingest_results_duplicates_errors_and_progress(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    a = tmp_path / "a.txt"
    a.write_text("Title A\n" + TOPICS[0][1] + "\n")
    b = tmp_path / "b.txt"
    b.write_text("Title B\n" + TOPICS[0][1] + "\n")  # same body as a: a duplicate by text
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    seen: list[tuple[int, int, str, int]] = []
    results = api.ingest([str(a), str(b), str(bad)], db=db, progress=lambda d, t, i, n: seen.append((d, t, i, n)))
    assert [r.status for r in results] == ["added", "duplicate", "error"]
    assert results[1].message == "already in library as a" and results[2].message == "empty file"
    assert [(s[0], s[1], s[3]) for s in seen] == [(0, 3, 1), (1, 3, 1), (1, 3, 2), (2, 3, 2), (2, 3, 3), (3, 3, 3)]
    assert [x.id for x in api.articles(db=db)] == ["a"]
    assert api.article("a", db=db).title == "Title A"
