"""A reader's fixes: recorded, undoable, and kept when later articles are grouped."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord import api
from accord.errors import AccordError, NotFound
from accord.fixes import pins
from accord.group import StoryIndex
from accord.model import Article
from accord.store import Library


def index_of(db: Path) -> StoryIndex:
    from accord.store_index import LibraryStoryIndex

    lib = Library(db)
    return LibraryStoryIndex(lib.db)


def story_of(db: Path, aid: str) -> str | None:
    with Library(db) as lib:
        art = lib.get(aid)
        return art.story if art else None


def test_a_moved_article_stays_moved_when_more_articles_arrive(library_copy: Path, tmp_path: Path) -> None:
    sample = story_of(library_copy, "000_002e5dcf045b87e5")
    other = story_of(library_copy, "hostile")
    fix = api.move_article("003_ffb21058fb351f57", other, db=str(library_copy))
    assert fix["action"] == "move" and fix["after"]["moves"] == {"003_ffb21058fb351f57": [sample, other]}
    assert index_of(library_copy).home["003_ffb21058fb351f57"] == other  # the index learnt it too
    with Library(library_copy) as lib:
        assert pins(lib) == {"003_ffb21058fb351f57": other}
        base = lib.get("001_1c8335ddd882d85a")
        moved = lib.get("003_ffb21058fb351f57")
    # later grouping: a reprint of a sample article and one of the moved article arrive
    (tmp_path / "reprint.txt").write_text(base.title + "\n\n" + base.text + "\nUpdated.\n", encoding="utf-8")
    (tmp_path / "reprint-moved.txt").write_text(moved.title + "\n\n" + moved.text + "\nUpdated.\n", encoding="utf-8")
    results = api.ingest([str(tmp_path)], db=str(library_copy))
    assert [r.status for r in results] == ["added", "added"]
    assert story_of(library_copy, "003_ffb21058fb351f57") == other
    assert story_of(library_copy, "reprint") == sample
    assert story_of(library_copy, "reprint-moved") == other  # a copy follows its original's fixed story
    with Library(library_copy) as lib:
        rows = {s.id: s for s in lib.stories()}
        assert "003_ffb21058fb351f57" in rows[other].articles
        brief = api.stored_brief(other, library=lib)["brief"]
        assert "003_ffb21058fb351f57" in [a["id"] for a in brief["articles"]]


def test_pinned_articles_stay_when_the_index_splits_or_recuts() -> None:
    index = StoryIndex()
    texts = [f"Storm floods the harbour of Port Vexley, report {k}" for k in range(6)]
    for k, text in enumerate(texts):
        index.add(Article(id=f"a{k}", title="", text=text), story="s1" if k else None)
    story = index.stories[index.home["a0"]]
    assert len(story.members) == 6
    index.pinned = {"a4"}
    # the split check finds two groups: a0-a2 and a3-a5; the pinned a4 is not moved with its group
    index._bipartition = lambda st: (["a0", "a1", "a2"], ["a3", "a4", "a5"], 0.1)  # type: ignore[method-assign]
    index.options = index.options.with_(story_split_min_part=2)
    index._check_split(story)
    assert index.home["a4"] == story.id and index.home["a3"] != story.id
    assert {m for m, _ in index.moved} == {"a3", "a5"}
    # with too few unpinned articles left to move, no split at all
    index2 = StoryIndex(index.options)
    for k, text in enumerate(texts):
        index2.add(Article(id=f"b{k}", title="", text=text), story="s1" if k else None)
    index2.pinned = {"b3", "b4"}
    index2._bipartition = lambda st: (["b0", "b1", "b2"], ["b3", "b4", "b5"], 0.1)  # type: ignore[method-assign]
    index2._check_split(index2.stories[index2.home["b0"]])
    assert len({index2.home[f"b{k}"] for k in range(6)}) == 1


def test_split_merge_undo_and_reclean(library_copy: Path) -> None:
    db = str(library_copy)
    sample = story_of(library_copy, "000_002e5dcf045b87e5")
    split = api.split_story(sample, ["000_002e5dcf045b87e5", "001_1c8335ddd882d85a"], db=db)
    new = split["after"]["moves"]["000_002e5dcf045b87e5"][1]
    assert new != sample and story_of(library_copy, "001_1c8335ddd882d85a") == new
    assert sorted(split["stories"]) == sorted([sample, new])
    with Library(library_copy) as lib:
        assert {s.id for s in lib.stories()} >= {sample, new}
        assert lib.get_brief(new) is not None
    api.undo_fix(split["id"], db=db)
    assert story_of(library_copy, "000_002e5dcf045b87e5") == sample
    with Library(library_copy) as lib:
        assert pins(lib) == {}  # an undone fix pins nothing
        assert lib.get_brief(new) is None  # the emptied story's brief is gone
    with pytest.raises(AccordError, match="already undone"):
        api.undo_fix(split["id"], db=db)
    with pytest.raises(NotFound):
        api.undo_fix(999, db=db)
    with pytest.raises(NotFound):
        api.merge_stories("s999", sample, db=db)
    with pytest.raises(AccordError, match="not in story"):
        api.split_story(sample, ["hostile"], db=db)
    with pytest.raises(AccordError, match="nothing to move"):
        api.move_article("hostile", story_of(library_copy, "hostile"), db=db)


def test_reclean_is_recorded_and_undone(library_copy: Path) -> None:
    db = str(library_copy)
    with Library(library_copy) as lib:
        art = lib.get("002_3fdd697d1c7e9ee6")
        art.text = art.raw_text  # as if cleaned by an older accord that removed nothing
        art.removed = []
        lib.update(art)
        before = lib.get_brief(art.story)["version"]
    fix = api.reclean_article(art.id, db=db)
    assert fix["action"] == "reclean" and fix["after"]["removed"] and not fix["before"]["removed"]
    with Library(library_copy) as lib:
        cleaned = lib.get(art.id)
        assert cleaned.removed and cleaned.text != cleaned.raw_text
        assert lib.get_brief(art.story)["key"] != ""  # the story's brief was rebuilt
    with pytest.raises(AccordError, match="changes nothing"):
        api.reclean_article(art.id, db=db)
    api.undo_fix(fix["id"], db=db)
    with Library(library_copy) as lib:
        assert lib.get(art.id).text == art.raw_text
        assert lib.get_brief(art.story)["version"] >= before


def test_pinned_articles_stay_when_two_stories_are_recut() -> None:
    index = StoryIndex(StoryIndex().options.with_(story_split_min_part=1, story_threshold=5.0))  # no joins
    for k in range(3):
        index.add(Article(id=f"a{k}", title="", text=f"Storm floods Port Vexley harbour, report {k}"),
                  story="s1" if k else None)
    for k in range(3):
        index.add(Article(id=f"c{k}", title="", text=f"Dorvik election recount delayed, report {k}"),
                  story="s2" if k else None)
    s1, s2 = index.home["a0"], index.home["c0"]
    assert s1 != s2
    index.candidates = lambda body, names: [s2]  # type: ignore[method-assign]
    index._bipartition = lambda st: (["a0", "a1", "c0"], ["a2", "c1", "c2"], 0.1)  # type: ignore[method-assign]
    index.pinned = {"c0"}
    index._recut(index.stories[s1])
    assert index.home["a2"] == s2  # moved by the re-cut
    assert index.home["c0"] == s2  # pinned: stays
    assert sorted(index.stories[s1].members) == ["a0", "a1"]


def test_writers_in_other_processes_take_turns(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    db = tmp_path / "lib.db"
    Library(db).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom accord.store import Library\n"
        f"with Library({str(db)!r}).writing():\n    print('held', flush=True)\n    time.sleep(1.5)\n")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    start = time.monotonic()
    with Library(db) as lib, lib.writing():
        waited = time.monotonic() - start
    holder.wait(timeout=30)
    assert waited >= 1.0  # the second writer waited for the first
    with Library(db) as lib, lib.writing(), lib.writing():  # re-entrant within a thread
        pass


def test_reclean_keeps_the_pages_title_label(library_copy: Path) -> None:
    """mend59: the page's labelled title ingest kept (``model.TITLE_LABEL``, "Opinion | …") is no line the cleaner
    found: cleaning again keeps it, so a column stays a column, and a second clean still changes nothing."""
    from accord.model import TITLE_LABEL, Removed

    db = str(library_copy)
    with Library(library_copy) as lib:
        art = lib.get("002_3fdd697d1c7e9ee6")
        label = Removed(line=f"Opinion | {art.title}", reason=TITLE_LABEL)
        art.text = art.raw_text  # as if cleaned by an older accord that removed nothing but kept the label
        art.removed = [label]
        lib.update(art)
    fix = api.reclean_article(art.id, db=db)
    assert fix["before"]["removed"] == [label.__dict__]
    with Library(library_copy) as lib:
        cleaned = lib.get(art.id)
        assert cleaned.text != cleaned.raw_text and [r for r in cleaned.removed if r.reason == TITLE_LABEL] == [label]
    with pytest.raises(AccordError, match="changes nothing"):
        api.reclean_article(art.id, db=db)
