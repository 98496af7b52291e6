"""Online grouping inside ``accord ingest``: stories and copies persist across ingest runs."""
from __future__ import annotations

from pathlib import Path

from accord import api


def write(folder: Path, name: str, title: str, text: str) -> str:
    path = folder / f"{name}.txt"
    path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return str(path)


def test_ingest_assigns_stories_and_copies_across_runs(tmp_path: Path, texts) -> None:
    db = str(tmp_path / "lib.db")
    first = [write(tmp_path, "peru0", "Earthquake kills 14 in Peru", texts.quake_a[0]),
             write(tmp_path, "wire", "Alliance troops begin to leave", texts.wire)]
    api.ingest(first, db=db)
    second = [write(tmp_path, "peru1", "Peru quake toll rises", texts.quake_a[1]),
              write(tmp_path, "turkey0", "Earthquake in western Turkey", texts.quake_b[0]),
              write(tmp_path, "copy", "Alliance pulls troops out", texts.wire_copy)]
    api.ingest(second, db=db)
    arts = {a.id: a for a in api.articles(db=db)}
    assert arts["peru1"].story == arts["peru0"].story != arts["turkey0"].story
    assert arts["copy"].copy_of == "wire" and arts["copy"].story == arts["wire"].story
    stories = {s.id: s for s in api.stories(db=db)}
    assert len(stories) == 3
    wire_story = stories[arts["wire"].story]
    assert sorted(wire_story.articles) == ["copy", "wire"] and wire_story.independent == 1
    assert {a.id for a in api.articles(db=db, story=arts["peru0"].story)} == {"peru0", "peru1"}


def test_a_split_updates_the_stored_articles_and_stories(tmp_path: Path, texts) -> None:
    db = str(tmp_path / "lib.db")
    kinds = [("p", t) for t in texts.quake_a + texts.more_a] + [("t", t) for t in texts.quake_b + texts.more_b]
    paths = [write(tmp_path, f"{kind}{i}", f"Earthquake report {i}", t) for i, (kind, t) in enumerate(kinds)]
    # story_threshold=-1: every article joins the first story, as if the second quake had been
    # swallowed; the split check at 10 articles must separate them, in the library too.
    api.ingest(paths, db=db, story_threshold=-1.0)
    arts = api.articles(db=db)
    by_story: dict[str, set[str]] = {}
    for a in arts:
        by_story.setdefault(a.story or "", set()).add(a.id[0])
    assert sorted(by_story.values(), key=sorted) == [{"p"}, {"t"}]
    stored = {s.id: set(s.articles) for s in api.stories(db=db)}
    assert stored == {sid: {a.id for a in arts if a.story == sid} for sid in by_story}


def test_a_storys_independent_sources_are_its_outlets(tmp_path: Path, texts) -> None:
    """Issue 12: the library counts a story's independent sources as a brief does
    (``accord.align.sources``): two articles of one outlet (named once, then known by URL only) are one;
    an article naming no outlet counts alone."""
    import json
    db = str(tmp_path / "lib.db")
    rows = [{"title": "Earthquake kills 14 in Peru", "text": texts.quake_a[0], "source": "Andes Post",
             "url": "https://www.andespost.pe/quake"},
            {"title": "Peru quake toll rises", "text": texts.quake_a[1], "url": "https://m.andespost.pe/quake-toll"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    api.ingest([str(tmp_path / "a.jsonl"), write(tmp_path, "peru2", "Quake in Peru", texts.quake_a[2])], db=db)
    (story,) = [s for s in api.stories(db=db) if len(s.articles) == 3]
    assert story.independent == 2
