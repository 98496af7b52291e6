"""The SQLite library: schema, dedup, unique ids, line-key recurrence, transactions."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from accord.errors import AccordError
from accord.model import Article, Removed
from accord.store import SCHEMA_VERSION, Library, line_hash

CHROME, EDGE = str(line_hash("chrome")), str(line_hash("edge"))  # the keys as statements hold them


def art(id: str, text: str, url: str | None = None, **kw: object) -> Article:
    return Article(id=id, title=f"title {id}", text=text, raw_text=text, url=url, **kw)  # type: ignore[arg-type]


def test_schema_wal_version_and_story_room(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "lib.db"
    with Library(db):
        pass
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    cols = {r[1] for r in con.execute("PRAGMA table_info(articles)")}
    assert {"id", "title", "text", "raw_text", "removed", "story", "copy_of", "published", "source"} <= cols
    assert {r[1] for r in con.execute("PRAGMA table_info(stories)")} == {"id", "title", "next_check", "size", "centroid"}
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"story_members", "story_terms", "story_posts", "copy_docs", "copy_postings", "line_roots"} <= tables


def test_round_trip_all_fields(tmp_path: Path) -> None:
    a = Article(id="x1", title="T", text="kept", raw_text="kept\njunk", source="Outlet", url="https://e.com/x",
                published="2023-01-02", author="A", origin="f.txt", removed=[Removed("junk", "boilerplate")])
    with Library(tmp_path / "lib.db") as lib:
        assert lib.add(a, {"k1", "k2"})
    with Library(tmp_path / "lib.db") as lib:  # reopened: persisted
        got = lib.get("x1")
        assert got == a
        assert lib.line_keys("x1") == {"k1", "k2"}
        assert lib.get("nope") is None
        assert [x.id for x in lib.articles()] == ["x1"] and len(lib) == 1


def test_dedup_by_url_and_normalised_text(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        assert lib.add(art("a", "Some  Text here.", url="https://e.com/1"))
        same_url = art("b", "completely different", url="https://e.com/1")
        same_text = art("c", "some text\nHERE.")
        assert lib.find_duplicate(same_url) == "a" and not lib.add(same_url)
        assert lib.find_duplicate(same_text) == "a" and not lib.add(same_text)
        assert len(lib) == 1
        # a misconfigured canonical URL pointing at the site root does not make two articles one
        assert lib.add(art("r1", "first text", url="https://e.com/"))
        assert lib.add(art("r2", "second text", url="https://e.com/"))


def test_dedup_keys_follow_merges_updates_and_deletions(tmp_path: Path) -> None:
    """The text keys and URLs ``find_duplicate`` looks up (migration 9) sit in a recent table until a
    merge, follow an article's update and deletion (triggers), and give the article stored first."""
    with Library(tmp_path / "lib.db") as lib:
        assert lib.add(art("z", "First story text.", url="https://e.com/news/1"))
        assert lib.add(art("a", "Second story text.", url="https://e.com/news/2"))
        def keys(table: str) -> list[tuple[str, str]]:
            return sorted(tuple(r) for r in lib.db.execute(f"SELECT key, article FROM {table}"))

        assert len(keys("article_keys_recent")) == 4 and keys("article_keys") == []
        assert lib.merge_recent() >= 4
        assert len(keys("article_keys")) == 4 and keys("article_keys_recent") == []
        # found in the big table as in the recent one; a near URL or text is no duplicate
        assert lib.find_duplicate(art("b", "other", url="https://e.com/news/1")) == "z"
        assert lib.find_duplicate(art("c", "first  STORY text.")) == "z"
        assert lib.find_duplicate(art("d", "First story text, updated.", url="https://e.com/news/10")) is None
        # an update moves its keys: the old URL frees, the new one is taken
        moved = art("a", "Second story text.", url="https://e.com/news/3")
        lib.update(moved)
        assert lib.find_duplicate(art("e", "other", url="https://e.com/news/2")) is None
        assert lib.find_duplicate(art("e", "other", url="https://e.com/news/3")) == "a"
        # two stored articles holding one URL (an update made it): the one stored first, as before
        lib.update(art("a", "Second story text.", url="https://e.com/news/1"))
        assert lib.find_duplicate(art("f", "other", url="https://e.com/news/1")) == "z"
        # a deletion takes its keys out of both tables
        with lib.transaction():
            lib.db.execute("DELETE FROM line_keys WHERE article = 'z'")
            lib.db.execute("DELETE FROM articles WHERE id = 'z'")
        assert lib.find_duplicate(art("g", "other", url="https://e.com/news/1")) == "a"
        assert lib.find_duplicate(art("h", "First story text.")) is None
        assert all(k[1] != "z" for k in keys("article_keys") + keys("article_keys_recent"))
        names = {r[0] for r in lib.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not {"articles_url", "articles_text_key"} & names  # no random-key index on articles


def test_taken_id_made_unique(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        first, second, third = art("story", "one"), art("story", "two"), art("story", "three")
        assert lib.add(first) and lib.add(second) and lib.add(third)
        assert (first.id, second.id, third.id) == ("story", "story-2", "story-3")
        assert lib.get("story-2").text == "two"  # type: ignore[union-attr]


def test_recurring_counts_unrelated_articles_only(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for i in range(3):  # three unrelated articles sharing one boilerplate line
            lib.add(art(f"u{i}", f"text {i}"), {"boiler", f"own{i}a", f"own{i}b", f"own{i}c"})
        # two wire copies of one story, sharing most lines with each other (and a quote)
        lib.add(art("w1", "wire one"), {"quote", "w-a", "w-b", "w-c"})
        lib.add(art("w2", "wire two"), {"quote", "w-a", "w-b", "w-c", "w-d"})
        new_keys = {"boiler", "quote", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"}
        assert lib.recurring(new_keys, 3) == {"boiler"}
        assert lib.recurring(new_keys, 4) == set()
        assert lib.recurring(new_keys, 2) == {"boiler", "quote"}
        # an article that is itself a copy of the wire text: the wire articles are related to it
        assert lib.recurring({"quote", "w-a", "w-b", "w-c"}, 1) == set()
        assert lib.recurring({"quote", "w-a", "w-b", "w-c", "n1", "n2"}, 2) == set()
        assert lib.recurring(set(), 1) == set()


def test_recurring_short_articles_and_many_copies(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for i in range(3):  # short unrelated articles: one chrome line is a third of each
            lib.add(art(f"s{i}", f"short {i}"), {"chrome", f"a{i}", f"b{i}"})
        assert lib.recurring({"chrome", "x", "y"}, 3) == {"chrome"}
        for i in range(3):  # three undetected copies of one wire text: a fourth copy keeps its lines
            lib.add(art(f"w{i}", f"wire {i}"), {"l1", "l2", "l3", "l4", "l5"})
        assert lib.recurring({"l1", "l2", "l3", "l4", "l5", "chrome"}, 3) == {"chrome"}


def test_recurring_copies_count_once_and_story_excluded(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        lib.add(art("o", "orig"), {"line"})
        lib.add(art("c1", "copy1", copy_of="o"), {"line"})
        lib.add(art("c2", "copy2", copy_of="o"), {"line"})
        lib.add(art("s1", "story one", story="S"), {"line"})
        keys = {"line"} | {f"x{i}" for i in range(9)}
        assert lib.recurring(keys, 2) == {"line"}  # o (with its copies) + s1
        assert lib.recurring(keys, 2, story="S") == set()


def test_failed_add_leaves_nothing_half_written(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        bad = art("bad", "text")
        bad.removed = [Removed("x", object())]  # type: ignore[arg-type]  # not JSON-serialisable
        with pytest.raises(TypeError):
            lib.add(bad, {"k"})
        assert len(lib) == 0 and lib.line_keys("bad") == set()
        assert lib.add(art("good", "text"), {"k"})  # the library still works


def test_update_and_set_story(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        a = art("a", "t")
        lib.add(a)
        a.story, a.copy_of = "s1", None
        lib.update(a)
        assert [x.id for x in lib.articles(story="s1")] == ["a"]
        lib.set_story("a", "s2")
        assert lib.get("a").story == "s2"  # type: ignore[union-attr]
        with pytest.raises(AccordError):
            lib.update(art("ghost", "t"))


def test_not_a_library(tmp_path: Path) -> None:
    f = tmp_path / "junk.db"
    f.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AccordError, match="junk.db"):
        Library(f)


def test_free_id_scans_only_its_own_suffixes(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for aid, text in (("a", "one"), ("a-2", "two"), ("a-b", "three"), ("ab", "four")):
            lib.add(art(aid, text))
        assert lib.free_id("a") == "a-3" and lib.free_id("b") == "b" and lib.free_id("a-2") == "a-2-2"
        plan = " ".join(str(r[-1]) for r in lib.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE id > ? AND id < ?", ("a-", "a.")))
        assert "USING" in plan and "SCAN articles" not in plan  # an index range, not a table scan


def test_recurring_reads_a_bounded_number_of_holders_per_key(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for i in range(12):  # site chrome in twelve unrelated articles
            lib.add(art(f"u{i}", f"text {i}"), {"chrome", f"own{i}a", f"own{i}b", f"own{i}c"})
        for i in range(2):  # a wire text (shared lines) in two of them
            lib.add(art(f"w{i}", f"wire {i}"), {"chrome", "w-a", "w-b", "w-c"})
        asker = {"chrome", "w-a", "w-b", "w-c", "n1", "n2"}
        exhaustive = lib.recurring(asker, 3, holders_cap=1000)
        assert exhaustive == {"chrome"}
        assert lib.recurring(asker, 3, holders_cap=4) == exhaustive  # "chrome" read as frequent
        assert lib.recurring({"chrome", "x", "y"}, 3, holders_cap=2) == {"chrome"}
        statements: list[str] = []
        lib.db.set_trace_callback(statements.append)
        lib.recurring({"chrome", "x", "y"}, 3, holders_cap=4)
        lib.db.set_trace_callback(None)
        reads = [s for s in statements if "FROM line_roots" in s and "WHERE key =" in s and "COUNT" not in s]
        assert reads and all(s.endswith("LIMIT 5") for s in reads)  # holders_cap + 1, from every table


def test_recurring_remembers_keys_over_the_cap_and_forgets_them_on_a_rollback(tmp_path: Path) -> None:
    """A key read as held by more than ``holders_cap`` roots is not read again (its holders only
    grow); a key at the cap exactly is read every time; a rollback that took rows away forgets."""
    pad = {f"n{i}" for i in range(8)}  # the asker's own lines: its holders share a fifth of them
    with Library(tmp_path / "lib.db") as lib:
        for i in range(5):
            lib.add(art(f"u{i}", f"text {i}"), {"chrome", "edge" if i < 4 else f"own{i}", f"own{i}a"})
        # "edge" has 4 holders: at a cap of 4 it is not chrome (near case), "chrome" (5) is
        assert lib.recurring({"chrome", "edge"} | pad, 3, holders_cap=4) == {"chrome", "edge"}
        statements: list[str] = []
        lib.db.set_trace_callback(statements.append)
        assert lib.recurring({"chrome", "edge", "y"} | pad, 3, holders_cap=4) == {"chrome", "edge"}
        lib.db.set_trace_callback(None)
        read = [s for s in statements if "line_roots" in s and "WHERE key =" in s]
        assert read and all(CHROME not in s for s in read) and any(EDGE in s for s in read)
        # at a cap of 5 "chrome" (5 holders) is read, counted exactly and not remembered
        assert lib.recurring({"chrome"} | pad, 3, holders_cap=5) == {"chrome"}
        assert lib._chrome[4] == {"chrome"} and lib._chrome[5] == set()
        # a key made frequent only by rows of a savepoint that is rolled back is not remembered
        with pytest.raises(RuntimeError), lib.transaction():
            lib.add(art("v", "text v"), {"edge", "v1"})
            assert lib.recurring({"edge", "z"} | pad, 3, holders_cap=4) == {"edge"}
            assert "edge" in lib._chrome[4]
            raise RuntimeError("rolled back")
        assert "edge" not in lib._chrome.get(4, set())
        statements.clear()
        lib.db.set_trace_callback(statements.append)
        assert lib.recurring({"edge", "z"} | pad, 3, holders_cap=4) == {"edge"}
        lib.db.set_trace_callback(None)
        assert any(EDGE in s for s in statements if "line_roots" in s)  # read again: 4 holders


def test_the_writer_lock_is_reentrant_and_makes_other_writers_wait(tmp_path: Path) -> None:
    import threading

    from accord.store import writer

    db = tmp_path / "lib.db"
    with Library(db) as lib, lib.writing(), lib.writing():  # re-entrant: nested holds, nested transactions
        with lib.transaction():
            lib.add(art("a", "one"))
            with lib.transaction():
                lib.add(art("b", "two"))
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with writer(db):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    told: list[str] = []
    with pytest.raises(AccordError, match="busy"):
        with writer(db, on_wait=told.append, timeout=0.2):
            pass
    assert len(told) == 1 and "lib.db" in told[0]
    release.set()
    thread.join()
    with writer(db, timeout=1):  # free again
        pass


def test_a_writer_killed_by_sigkill_releases_the_lock(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from accord.store import writer

    db = tmp_path / "lib.db"
    code = f"from accord.store import writer\nimport time\nwith writer({str(db)!r}):\n    print('held', flush=True)\n    time.sleep(60)\n"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    told: list[str] = []
    with pytest.raises(AccordError, match=f"pid {proc.pid}"):
        with writer(db, on_wait=told.append, timeout=0.3):
            pass
    assert told and f"pid {proc.pid}" in told[0]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    start = time.monotonic()
    with writer(db, timeout=5):
        assert time.monotonic() - start < 2


def _count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)  # another reader: sees commits only
    try:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_batched_commits_every_n_items_each_item_alone(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        seen = []
        with lib.batched(3, 3600.0) as done:
            for k in range(7):
                if k == 4:  # a failing item rolls back alone (its savepoint), the batch goes on
                    bad = art("bad", "bad text")
                    bad.removed = [Removed("x", object())]  # type: ignore[arg-type]
                    with pytest.raises(TypeError):
                        lib.add(bad)
                else:
                    assert lib.add(art(f"a{k}", f"text number {k}"))
                done()
                seen.append(_count(db))
        assert seen == [0, 0, 3, 3, 3, 5, 5]  # committed after every third item (the failed one counts), not before
        assert _count(db) == 6 and lib.get("bad") is None  # the rest at the end


def test_batched_seconds_are_cpu_time_so_load_does_not_shrink_batches(tmp_path: Path) -> None:
    """Waiting (what a loaded machine does to a process: wall time passes, little CPU) does not end a
    batch; the wall-clock bound still does, for a slow source."""
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        with lib.batched(1000, 0.5) as done:
            lib.add(art("a", "first text"))
            time.sleep(0.7)  # wall time past the bound, hardly any CPU
            assert not done()
            assert _count(db) == 0
        assert _count(db) == 1
        with lib.batched(1000, 3600.0, wall_seconds=0.2) as done:
            lib.add(art("b", "second text"))
            time.sleep(0.3)
            assert done()
            assert _count(db) == 2


def test_batched_commits_after_the_seconds_and_keeps_done_items_on_an_error(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        with lib.batched(1000, 0.0) as done:  # no time to wait: every item commits
            lib.add(art("a", "first text"))
            done()
            assert _count(db) == 1
        with pytest.raises(KeyboardInterrupt):
            with lib.batched(1000, 3600.0) as done:
                lib.add(art("b", "second text"))
                done()
                assert _count(db) == 1
                raise KeyboardInterrupt  # Ctrl-C: what was done is kept
        assert _count(db) == 2
        with lib.transaction():  # inside an open transaction a batch is that transaction
            with lib.batched(1, 0.0) as done:
                lib.add(art("c", "third text"))
                done()
                assert _count(db) == 2
        assert _count(db) == 3


def _fts_ok(lib: Library) -> None:
    """FTS5's own check: the external-content index holds exactly the articles' rows."""
    lib.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_articles_reach_the_full_text_index_once_per_commit_not_per_article(tmp_path: Path) -> None:
    """FTS5 writes a segment at every savepoint it was written in: the rows wait in a queue and are
    indexed in one statement when the outermost transaction commits."""
    with Library(tmp_path / "lib.db") as lib:
        with lib.batched(100, 60.0) as done:
            for k in range(5):
                with lib.transaction():  # each article its own savepoint, as ingest stores them
                    lib.add(art(f"a{k}", f"orchid number {k} in the glasshouse"))
                done()
            queued = lib.db.execute("SELECT COUNT(*) FROM articles_fts_pending").fetchone()[0]
            assert queued == 5  # nothing indexed inside the batch
            assert lib.db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'orchid'").fetchone()[0] == 0
        assert lib.db.execute("SELECT COUNT(*) FROM articles_fts_pending").fetchone()[0] == 0
        assert sorted(aid for _, aid, _ in lib.search("orchid")) == [f"a{k}" for k in range(5)]
        _fts_ok(lib)


def test_the_full_text_queue_follows_rollbacks_updates_and_deletions(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        lib.add(art("old", "an indexed walrus"))  # committed: indexed
        with lib.transaction():
            lib.add(art("kept", "a queued walrus"))
            with pytest.raises(RuntimeError), lib.transaction():
                lib.add(art("gone", "a rolled back walrus"))
                raise RuntimeError
            lib.update(art("kept", "a queued narwhal"))  # updated while queued: indexed once, new text
            lib.update(art("old", "an indexed narwhal"))  # updated once indexed: old terms taken out
            lib.add(art("brief", "a walrus deleted before its commit"))
            lib.db.execute("DELETE FROM articles WHERE id = 'brief'")
        assert {aid for _, aid, _ in lib.search("narwhal")} == {"kept", "old"}
        assert lib.search("walrus") == []
        with lib.transaction():
            lib.db.execute("DELETE FROM articles WHERE id = 'old'")  # indexed: taken out of the index
        assert {aid for _, aid, _ in lib.search("narwhal")} == {"kept"}
        _fts_ok(lib)


def test_a_library_before_the_full_text_queue_is_migrated_and_keeps_its_index(tmp_path: Path) -> None:
    from accord.store import _v3

    db = tmp_path / "lib.db"
    with Library(db) as lib:
        lib.add(art("a1", "a heron by the weir"))
    con = sqlite3.connect(db, isolation_level=None)  # as migration 6 left it
    for name in ("article_keys_ai", "article_keys_ad", "article_keys_au"):  # migration 9 undone
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE article_keys")
    con.execute("DROP TABLE article_keys_recent")
    con.execute("CREATE INDEX articles_url ON articles(url)")
    con.execute("CREATE INDEX articles_text_key ON articles(text_key)")
    for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE articles_fts_pending")
    _v3(con)
    con.execute("PRAGMA user_version=6")
    con.close()
    assert Library.needs_migration(db)
    with Library(db) as lib:
        lib.add(art("a2", "a second heron upstream"))
        assert {aid for _, aid, _ in lib.search("heron")} == {"a1", "a2"}
        _fts_ok(lib)


def test_dedup_keys_in_the_middle_table_are_found_and_follow_updates_and_deletions(tmp_path: Path) -> None:
    """Migration 13: a merge that is not deep moves the dedup keys into ``article_keys_middle``;
    they are found there, and an update or a deletion takes them out of it (the triggers)."""
    with Library(tmp_path / "lib.db") as lib:
        assert lib.add(art("z", "First story text.", url="https://e.com/news/1"))
        assert lib.add(art("a", "Second story text.", url="https://e.com/news/2"))

        def keys(table: str) -> list[tuple[str, str]]:
            return sorted(tuple(r) for r in lib.db.execute(f"SELECT key, article FROM {table}"))

        with lib.transaction():  # as if the last deep merge were recent: this one is not deep
            lib.db.execute("INSERT INTO group_state (key, value) VALUES ('middle_docs', 1) "
                           "ON CONFLICT(key) DO UPDATE SET value = 1")  # no copy documents: fewer since
        assert lib.merge_recent() >= 4
        assert len(keys("article_keys_middle")) == 4 and keys("article_keys") == keys("article_keys_recent") == []
        assert lib.find_duplicate(art("b", "other", url="https://e.com/news/1")) == "z"
        assert lib.find_duplicate(art("c", "second  STORY text.")) == "a"
        assert lib.find_duplicate(art("d", "Second story text, updated.", url="https://e.com/news/20")) is None
        lib.update(art("a", "Second story text.", url="https://e.com/news/3"))
        assert lib.find_duplicate(art("e", "other", url="https://e.com/news/2")) is None
        assert lib.find_duplicate(art("e", "other", url="https://e.com/news/3")) == "a"
        with lib.transaction():
            lib.db.execute("DELETE FROM line_keys WHERE article = 'z'")
            lib.db.execute("DELETE FROM articles WHERE id = 'z'")
        assert lib.find_duplicate(art("g", "other", url="https://e.com/news/1")) is None
        assert all(k[1] != "z" for k in keys("article_keys_middle"))
        assert lib.merge_recent(full=True) >= 2
        assert keys("article_keys_middle") == keys("article_keys_recent") == []
        assert lib.find_duplicate(art("h", "other", url="https://e.com/news/3")) == "a"
        assert lib.find_duplicate(art("i", "First story text.")) is None


def test_line_roots_in_the_middle_table_count_for_recurring(tmp_path: Path) -> None:
    """A line key's copy roots are read from the big, middle and recent tables together: a footer
    held by three sites' pages counts the same wherever a merge has put its rows; a line held by
    two pages does not reach three."""
    with Library(tmp_path / "lib.db") as lib:
        footer, rare = "Subscribe to our newsletter for daily updates.", "A line only two pages share here."
        for k in range(3):
            assert lib.add(art(f"p{k}", f"Page {k} body text number {k}."), keys=[footer, f"own line {k}"] + ([rare] if k < 2 else []))
        asked = [footer, rare] + [f"the asker's own line {k}" for k in range(6)]
        before = lib.recurring(asked, 3)
        with lib.transaction():
            lib.db.execute("INSERT INTO group_state (key, value) VALUES ('middle_docs', 1) "
                           "ON CONFLICT(key) DO UPDATE SET value = 1")  # no copy documents: fewer since
        lib.merge_recent()
        assert lib.db.execute("SELECT COUNT(*) FROM line_roots_middle").fetchone()[0] > 0
        assert lib.db.execute("SELECT COUNT(*) FROM line_roots").fetchone()[0] == 0
        lib._chrome.clear()
        assert lib.recurring(asked, 3) == before == {footer}
        assert lib.add(art("p3", "Page 3 body text."), keys=[footer])  # one in the recent table too
        assert lib.recurring(asked, 4) == {footer} and lib.recurring(asked, 5) == set()
