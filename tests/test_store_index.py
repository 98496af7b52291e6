"""The library's grouping index: saved as articles commit, identical however a stream is split into
runs, interrupted (kill -9) or written by two processes at once; libraries of schema 1 migrate."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from accord import api
from accord.options import DEFAULT, Options, make
from accord.eval.grouping import bcubed
from accord.eval.scale import synthetic_articles, write_jsonl
from accord.group import CopyIndex, StoryIndex
from accord.group.copies import article_text
from accord.store import MIDDLE, RECENT, SCHEMA_VERSION, Library, _v3, middle, recent, writer
from accord.model import Article
from accord.store_index import pack_window, window_ids

FIXTURE = Path(__file__).parent / "data" / "library-schema1.db"  # made by accord at 3cfa7b3 (schema 1)
# made by accord at 42f76eb, whose web UI numbered its tables schema 2 (migration 3 here): the same five
# articles ingested one run each with briefs stored, turkey0 moved into the Peru story by a reader's
# fix, one feed with one seen entry
WEB_FIXTURE = Path(__file__).parent / "data" / "library-web-schema2.db"
INDEX_TABLES = ("stories", "story_members", "story_terms", "story_posts", "copy_docs", "copy_postings",
                "group_state", "line_roots", "article_keys")


def cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from accord.cli import main; main()", "--db", str(db), *args]


def env() -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def assignment(db: Path) -> dict[str, tuple[str | None, str | None]]:
    return {a.id: (a.story, a.copy_of) for a in api.articles(db=str(db))}


def replay(window: list[str], posted: list[str], cap: int) -> list[str]:
    """A posting window after ``posted`` (oldest first) were posted to it one by one: each moved to
    the most recent end, the oldest over ``cap`` dropped (``StoryIndex._post_key``)."""
    out = list(window)
    for sid in posted:
        if sid in out:
            out.remove(sid)
        out.append(sid)
        del out[:-cap]
    return out


def rows(con: sqlite3.Connection, table: str, cap: int = DEFAULT.story_posting_cap) -> list[tuple]:
    """A table's rows as readers see them: a hashed index's big and recent tables together (a recent
    row replaces the big one's of the same key, or adds to the set), whenever they were merged; a
    posting window with the stories posted since it was written whole (``story_posts_added``)."""
    if table not in RECENT:
        return con.execute(f"SELECT * FROM {table}").fetchall()
    columns, _, replace = RECENT[table]
    big, new = (con.execute(f"SELECT {columns} FROM {t}").fetchall() for t in (table, recent(table)))
    held = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (middle(table),)).fetchone()
    mid = con.execute(f"SELECT {columns} FROM {middle(table)}").fetchall() if held else []
    if replace:  # big, middle, recent: a later table's row replaces
        read = {**dict(big), **dict(mid), **dict(new)}
        added = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_posts_added'").fetchone()
        if table == "story_posts" and added:
            for key, posted in con.execute("SELECT key, stories FROM story_posts_added"):
                read[key] = pack_window(replay(window_ids(read.get(key, "")), window_ids(posted), cap))
        return list(read.items())
    return list(set(big) | set(mid) | set(new))


def as_schema_12(con: sqlite3.Connection) -> None:
    """As a library had it before migration 13: a middle table for the copy postings only (the other
    middle tables' rows in their big tables), and migration 9's dedup-key triggers."""
    for table in MIDDLE:
        if table == "copy_postings":
            continue
        columns, _, replace = RECENT[table]
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        have = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if {table, middle(table)} <= have:  # (an older schema's helper may have dropped the big table)
            con.execute(f"{verb} INTO {table} ({columns}) SELECT {columns} FROM {middle(table)}")
        con.execute(f"DROP TABLE IF EXISTS {middle(table)}")
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_keys_ad'").fetchone() is None:
        return
    keys = "('t:' || old.text_key), ('u:' || old.url)"
    gone = " ".join(f"DELETE FROM {t} WHERE key IN ({keys}) AND article = old.id;" for t in ("article_keys", recent("article_keys")))
    put = (f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) VALUES ('t:' || new.text_key, new.id); "
           f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) "
           f"SELECT 'u:' || new.url, new.id WHERE new.url IS NOT NULL;")
    for name in ("article_keys_ad", "article_keys_au"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute(f"CREATE TRIGGER article_keys_ad AFTER DELETE ON articles BEGIN {gone} END")
    con.execute(f"CREATE TRIGGER article_keys_au AFTER UPDATE OF id, url, text_key ON articles BEGIN {gone} {put} END")


def drop_middle(con: sqlite3.Connection) -> None:
    """As a library had it before migration 12: no middle tables (their rows in the big ones)."""
    as_schema_12(con)
    columns = RECENT["copy_postings"][0]
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'copy_postings'").fetchone():
        con.execute(f"INSERT OR IGNORE INTO copy_postings ({columns}) SELECT {columns} FROM {middle('copy_postings')}")
    con.execute(f"DROP TABLE IF EXISTS {middle('copy_postings')}")
    con.execute("DELETE FROM group_state WHERE key = 'middle_docs'")


def dump(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {t: sorted(rows(con, t), key=repr) for t in INDEX_TABLES if t != "group_state"} | {
            "group_state": sorted(r for r in rows(con, "group_state") if r[0] not in ("merged_docs", "middle_docs"))}
    finally:
        con.close()


def chunks(tmp: Path, n: int, parts: int, seed: int = 3) -> list[Path]:
    arts = list(synthetic_articles(n, seed=seed))
    size = -(-n // parts)
    return [write_jsonl(arts[k:k + size], tmp / f"part{k // size}.jsonl") for k in range(0, n, size)]


def test_one_run_or_several_give_the_same_index_and_stories(tmp_path: Path) -> None:
    parts = chunks(tmp_path, 120, 4)
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    api.ingest([str(p) for p in parts], db=str(one))
    for p in parts:
        api.ingest([str(p)], db=str(many))
    assert assignment(one) == assignment(many)
    assert dump(one) == dump(many)  # every row, floats included: state read back = state in memory
    # ... and the same stories as the in-memory index fed the same cleaned articles in the same order
    copies, stories = CopyIndex(), StoryIndex()
    for art in api.articles(db=str(one)):
        stories.add(art, root=copies.add(art.id, article_text(art)))
    memory = {aid: sid for sid, st in stories.stories.items() for aid in st.members}
    assert memory == {aid: story for aid, (story, _) in assignment(one).items()}
    assert len({s for s, _ in assignment(one).values()}) > 5  # a real grouping, not one story


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_gives_the_uninterrupted_stories(tmp_path: Path) -> None:
    (src,) = chunks(tmp_path, 300, 1, seed=5)
    reference = tmp_path / "ref.db"
    api.ingest([str(src)], db=str(reference))
    db = tmp_path / "lib.db"
    proc = subprocess.Popen(cli(db, "ingest", str(src)), env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:  # not created yet
                stored = 0
            if stored >= 40:
                break
        time.sleep(0.01)
    assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""  # still running: killed mid-run
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = assignment(db)
    assert 40 <= len(partial) < 300
    assert all(story for story, _ in partial.values())  # every stored article has its story
    subprocess.run(cli(db, "ingest", str(src)), env=env(), check=True, capture_output=True)
    assert assignment(db) == assignment(reference)
    assert dump(db) == dump(reference)


@pytest.mark.slow
def test_two_concurrent_ingests_give_one_sequential_order(tmp_path: Path) -> None:
    first, second = chunks(tmp_path, 160, 2, seed=7)
    orders = []
    for a, b in ((first, second), (second, first)):
        db = tmp_path / f"seq-{a.stem}.db"
        api.ingest([str(a)], db=str(db))
        api.ingest([str(b)], db=str(db))
        orders.append(assignment(db))
    db = tmp_path / "both.db"
    Library(db).close()
    logs = [tmp_path / "a.err", tmp_path / "b.err"]
    with writer(db):  # both start while the library is held, so both must wait (and say so)
        procs = [subprocess.Popen(cli(db, "ingest", str(src)), env=env(), stdout=subprocess.DEVNULL,
                                  stderr=log.open("w")) for src, log in zip((first, second), logs)]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not all("waiting for pid" in log.read_text() for log in logs):
            time.sleep(0.05)
    assert all(p.wait(timeout=300) == 0 for p in procs)
    for log in logs:
        assert "waiting for pid" in log.read_text() and "to finish writing" in log.read_text()
    got = assignment(db)
    assert got in orders  # exactly the stories of one run after the other
    gold = {aid: story for aid, (story, _) in got.items()}
    assert max(bcubed({a: s for a, (s, _) in o.items()}, gold)[2] for o in orders) >= 0.99
    con = sqlite3.connect(db)  # one numbering of stories: every member row under its article's story, no story
    members = dict(con.execute("SELECT article, story FROM story_members"))  # row another run's story overwrote
    assert members == {aid: story for aid, (story, _) in got.items()}
    assert {r[0] for r in con.execute("SELECT id FROM stories")} == set(members.values())
    con.close()


def test_a_schema_1_library_opens_migrated_and_keeps_growing(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    con = sqlite3.connect(db)  # an article an interrupted old run stored without a story
    texts = dict(con.execute("SELECT id, raw_text FROM articles"))
    con.execute("INSERT INTO articles (id, title, text, raw_text, text_key) VALUES "
                "('late', 'Peru quake: more aftershocks', ?, ?, 'late-key')",
                (texts["peru1"] + " Rescuers kept digging through the night.",) * 2)
    con.commit()
    con.close()
    before = {s.id: s for s in api.stories(db=str(db))}  # opening migrates
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {sid: (sorted(s.articles), s.independent) for sid, s in before.items()} == {
        "s1": (["peru0", "peru1"], 2), "s2": (["copy", "wire"], 1), "s3": (["turkey0"], 1)}
    # the next ingest indexes what schema 1 kept in memory only (copy shingles) and the late article
    wire = texts["wire"].replace("troops", "soldiers", 1)
    src = tmp_path / "rerun.txt"
    src.write_text("Alliance soldiers begin to leave\n\n" + wire, encoding="utf-8")
    api.ingest([str(src)], db=str(db))
    arts = {a.id: a for a in api.articles(db=str(db))}
    assert arts["rerun"].copy_of == "wire" and arts["rerun"].story == "s2"
    assert arts["late"].story == "s1"
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM group_state WHERE key = 'catch_up'").fetchone()[0] == 0
    tables = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "state" not in tables


def test_a_library_of_the_web_uis_schema_2_gets_the_grouping_tables_and_keeps_its_own(tmp_path: Path) -> None:
    db = tmp_path / "web.db"
    shutil.copy(WEB_FIXTURE, db)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    stored = dict(con.execute("SELECT id, story FROM articles"))
    con.close()
    stories = {s.id: (sorted(s.articles), s.independent) for s in api.stories(db=str(db))}  # opening migrates
    assert stories == {"s1": (["peru0", "peru1", "turkey0"], 3), "s2": (["copy", "wire"], 1)}
    assert {a: s for a, (s, _) in assignment(db).items()} == stored
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(INDEX_TABLES) <= tables and "state" not in tables
    assert con.execute("SELECT COUNT(*) FROM story_members").fetchone()[0] == 5
    con.close()
    with Library(db) as lib:  # the web UI's rows are kept: briefs, fixes, feeds, the full-text index
        assert lib.get_brief("s1") is not None and lib.get_brief("s2") is not None
        assert [f["action"] for f in lib.fixes()] == ["move"]
        assert [f["url"] for f in lib.feeds()] == ["https://example.org/feed.xml"]
        assert lib.feed_entries("https://example.org/feed.xml") == {"entry-1"}
        assert {aid for _, aid, _ in lib.search("Moyobamba")} == {"peru0", "peru1"}
    # the next ingest groups with the migrated index and keeps the reader's pin
    texts = dict(sqlite3.connect(db).execute("SELECT id, raw_text FROM articles"))
    (tmp_path / "rerun.txt").write_text("Alliance soldiers begin to leave\n\n"
                                        + texts["wire"].replace("troops", "soldiers", 1), encoding="utf-8")
    (tmp_path / "aftershock.txt").write_text("Peru quake: aftershocks\n\n" + texts["peru1"]
                                             + " Rescuers kept digging through the night.", encoding="utf-8")
    api.ingest([str(tmp_path / "rerun.txt"), str(tmp_path / "aftershock.txt")], db=str(db), briefs=False)
    arts = {a.id: a for a in api.articles(db=str(db))}
    assert arts["rerun"].copy_of == "wire" and arts["rerun"].story == "s2"
    assert arts["aftershock"].story == "s1" and arts["turkey0"].story == "s1"
    api.undo_fix(1, db=str(db))  # the fix's undo still works on the migrated index
    assert api.article("turkey0", db=str(db)).story not in (None, "s1", "s2")


def test_a_library_of_schema_2_gets_the_web_tables(tmp_path: Path) -> None:
    from accord.store import MIGRATIONS

    db = tmp_path / "two.db"
    shutil.copy(FIXTURE, db)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN")
    MIGRATIONS[1](con)  # what accord made before the web tables were migration 3: grouping tables only
    con.execute("PRAGMA user_version=2")
    con.execute("COMMIT")
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'briefs'").fetchone()
    con.close()
    stories = {s.id: sorted(s.articles) for s in api.stories(db=str(db))}
    assert stories == {"s1": ["peru0", "peru1"], "s2": ["copy", "wire"], "s3": ["turkey0"]}
    with Library(db) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {aid for _, aid, _ in lib.search("Moyobamba")} == {"peru0", "peru1"}  # articles stored before are indexed
        assert lib.brief_keys() == {} and lib.fixes() == [] and lib.feeds() == []
    assert api.refresh_briefs(db=str(db), stories=["s3"]) == ["s3"]


def test_any_change_to_the_index_is_saved_and_read_back(tmp_path: Path) -> None:
    """Edits other than ``add`` (a reader moving an article, a story dropped) persist through
    ``save`` too: the index read back from the tables equals the one in memory."""
    from accord.group.stories import _StoryState
    from accord.grouper import Grouper

    (src,) = chunks(tmp_path, 40, 1, seed=11)
    db = tmp_path / "lib.db"
    api.ingest([str(src)], db=str(db))
    with Library(db) as lib, lib.transaction():
        index = Grouper(lib).stories
        small = min((s for s in lib.stories() if len(s.articles) >= 2), key=lambda s: len(s.articles))
        moved, rest = small.articles[0], small.articles[1:]
        source = index.stories[small.id]
        kept = _StoryState(id=small.id, title=source.title, next_check=source.next_check)
        for aid in rest:
            kept.add(aid, source.members[aid])
        index.stories[small.id] = kept
        fresh = _StoryState(id="s999", title="moved by a reader")
        fresh.add(moved, source.members[moved])
        index.stories["s999"] = fresh
        index.home[moved] = "s999"
        index.save()
        lib.set_story(moved, "s999")
    with Library(db) as lib:
        again = Grouper(lib).stories
        assert list(again.stories["s999"].members) == [moved]
        assert list(again.stories[small.id].members) == rest
        assert again.home.get(moved) == "s999"
        assert {s.id: s.articles for s in lib.stories()}["s999"] == [moved]
    with Library(db) as lib, lib.transaction():
        index = Grouper(lib).stories
        del index.stories["s999"]
        index.save()
    with Library(db) as lib:
        assert "s999" not in Grouper(lib).stories.stories


def test_scoring_a_candidate_story_reads_its_row_not_its_members(tmp_path: Path) -> None:
    """A story's running centroid is kept in its row: an article met by many candidate stories
    reads one row each, never their members' vectors (the cost grew with the stories met)."""
    from accord.grouper import Grouper
    from accord.store_index import centroid_of_members

    arts = list(synthetic_articles(61, seed=7))
    db = tmp_path / "lib.db"
    api.ingest([str(write_jsonl(arts[:60], tmp_path / "a.jsonl"))], db=str(db), briefs=False)
    with Library(db) as lib, lib.transaction():
        index = Grouper(lib).stories
        queries: list[str] = []
        lib.db.set_trace_callback(queries.append)
        body_c, names_c = index.features(arts[60])
        body, names = index._vector(body_c, index.df_body), index._vector(names_c, index.df_names)
        found = index.candidates(body, names)
        sims = [index.similarity(index.stories[sid], body, names, arts[60].published) for sid in found]
        lib.db.set_trace_callback(None)
        assert len(found) >= 3 and max(sims) > 0.1  # it met several stories, its own event's among them
        assert not [q for q in queries if "story_members" in q]
        for sid in found:  # the row holds exactly what replaying the members gives
            story = index.stories[sid]
            size, centroid = centroid_of_members(lib.db, sid)
            assert story.size == size == len(story.members)
            assert (size, centroid) == tuple(lib.db.execute("SELECT size, centroid FROM stories WHERE id = ?",
                                                            (sid,)).fetchone())


def test_story_postings_keep_only_the_window_the_index_reads(tmp_path: Path) -> None:
    opts = Options().with_(story_posting_cap=3, db=str(tmp_path / "lib.db"))
    parts = chunks(tmp_path, 120, 2, seed=9)
    for p in parts:
        api.ingest([str(p)], options=opts, briefs=False)
    con = sqlite3.connect(tmp_path / "lib.db")
    per_key = [len(window_ids(row)) for _, row in rows(con, "story_posts", cap=3)]
    assert max(per_key) == 3  # common terms fill their window, and no more is kept
    con.close()
    copies, stories = CopyIndex(opts), StoryIndex(opts)  # the same stories as the index in memory
    for art in api.articles(options=opts):
        stories.add(art, root=copies.add(art.id, article_text(art)))
    memory = {aid: sid for sid, st in stories.stories.items() for aid in st.members}
    assert memory == {a.id: a.story for a in api.articles(options=opts)}
    kept = {k: list(v) for k, v in stories.postings.items()}
    con = sqlite3.connect(tmp_path / "lib.db")
    stored = {key: window_ids(row) for key, row in rows(con, "story_posts", cap=3)}
    con.close()
    assert stored == {k: v for k, v in kept.items() if v}


def as_schema_8(con: sqlite3.Connection) -> None:
    """Undo migration 9: the text key and URL indexes on ``articles``, as schema 1 made them (main's
    0a23b78 schema), no ``article_keys`` tables or their triggers."""
    for name in ("article_keys_ai", "article_keys_ad", "article_keys_au"):
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("article_keys", recent("article_keys")):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute("CREATE INDEX articles_url ON articles(url)")
    con.execute("CREATE INDEX articles_text_key ON articles(text_key)")


def as_schema_7(con: sqlite3.Connection) -> None:
    """Undo migrations 9 and 8: stories' centroids as JSON text (the running totals' exact float reprs)."""
    import json

    from accord.store_index import totals

    as_schema_8(con)

    rows = con.execute("SELECT id, centroid FROM stories").fetchall()
    con.executemany("UPDATE stories SET centroid = ? WHERE id = ?",
                    [(json.dumps(list(totals(c)), ensure_ascii=False, separators=(",", ":")), sid) for sid, c in rows])


def as_schema_6(con: sqlite3.Connection) -> None:
    """Undo migration 7 (no full-text queue: migration 3's triggers index every row as it is written)."""
    as_schema_7(con)
    for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE articles_fts_pending")
    _v3(con)


def as_schema_3(path: Path) -> None:
    """Turn a library of today into one as schema 3 left it: no story rows' totals, a row per
    (key, story) posting, every post kept (a key posted more often than the window holds)."""
    con = sqlite3.connect(path, isolation_level=None)
    with Library(path) as lib:
        lib.merge_recent(full=True)
    for table in RECENT:
        con.execute(f"DROP TABLE {recent(table)}")
    con.execute("DELETE FROM group_state WHERE key IN ('merged_docs', 'middle_docs')")
    as_schema_6(con)
    con.execute("ALTER TABLE stories DROP COLUMN size")
    con.execute("ALTER TABLE stories DROP COLUMN centroid")
    con.execute("CREATE TABLE story_postings (key TEXT NOT NULL, story TEXT NOT NULL, seq INTEGER NOT NULL, "
                "PRIMARY KEY (key, story)) WITHOUT ROWID")  # schema 3's postings: a row per (key, story)
    con.execute("CREATE INDEX story_postings_recent ON story_postings(key, seq)")
    con.executemany("INSERT INTO story_postings (key, story, seq) VALUES (?, ?, ?)",
                    [(key, sid, k * 1000 + i) for k, (key, row) in enumerate(con.execute("SELECT key, stories FROM "
                     "story_posts").fetchall()) for i, sid in enumerate(window_ids(row))])
    con.execute("DROP TABLE story_posts")
    # a key posted more often than the window holds (no article here has the term: no story is read)
    con.executemany("INSERT INTO story_postings (key, story, seq) VALUES ('b:-', ?, ?)",
                    [(f"gone{k}", -k) for k in range(130)])
    drop_middle(con)
    con.execute("PRAGMA user_version=3")
    con.close()


def test_a_schema_3_library_gets_story_rows_and_trimmed_postings_and_groups_as_before(tmp_path: Path) -> None:
    """Libraries made before centroids were kept in story rows (schema 3, today's main until now)
    open migrated: the next ingest gives every row and story an unmigrated run would."""
    parts = chunks(tmp_path, 150, 3, seed=13)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    for p in parts[:2]:
        api.ingest([str(p)], db=str(new), briefs=False)
    shutil.copy(new, old)
    as_schema_3(old)
    for db in (new, old):
        api.ingest([str(parts[2])], db=str(db), briefs=False)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert assignment(old) == assignment(new)
    (kept,) = sqlite3.connect(old).execute("SELECT stories FROM story_posts WHERE key = 'b:-'").fetchone()
    assert window_ids(kept) == [f"gone{k}" for k in range(99, -1, -1)]  # the 100 most recent, oldest first
    trimmed = dump(old)
    trimmed["story_posts"] = [row for row in trimmed["story_posts"] if row[0] != "b:-"]
    assert trimmed == dump(new)


GROWING = ("articles", "line_keys", "line_roots", "stories", "story_members", "story_terms", "story_posts",
           "copy_docs", "copy_postings", "briefs", "feed_entries", "article_keys")


def test_no_statement_of_an_ingest_or_a_fix_scans_a_table_that_grows_with_the_library(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every statement ingest and a reader's fix (which deletes a story) run finds its rows through
    an index: a full scan costs in proportion to the library (deleting a story's postings scanned
    them all)."""
    db = tmp_path / "lib.db"
    parts = chunks(tmp_path, 80, 2, seed=17)
    api.ingest([str(parts[0])], db=str(db), briefs=False)
    statements: list[str] = []
    opened = Library.__init__

    def traced(self: Library, *args: object, **kwargs: object) -> None:
        opened(self, *args, **kwargs)  # type: ignore[arg-type]
        self.db.set_trace_callback(statements.append)

    monkeypatch.setattr(Library, "__init__", traced)
    api.ingest([str(parts[1])], db=str(db), briefs=False)
    monkeypatch.undo()  # listing the stories reads every stored brief's title: a listing, not an ingest or a fix
    stories = sorted(api.stories(db=str(db)), key=lambda s: len(s.articles))
    monkeypatch.setattr(Library, "__init__", traced)
    api.merge_stories(stories[0].id, stories[1].id, db=str(db))  # the emptied story is deleted
    monkeypatch.undo()
    con = sqlite3.connect(db)
    scans = set()
    dml = [s for s in dict.fromkeys(statements) if s.split(None, 1)[0].upper() in {"SELECT", "INSERT", "UPDATE", "DELETE"}]
    assert any(s.startswith("DELETE FROM stories") for s in dml)
    for sql in dml:
        for row in con.execute(f"EXPLAIN QUERY PLAN {sql}"):
            words = row[3].split()
            if words[0] == "SCAN" and words[1] in GROWING:
                scans.add(f"{row[3]}: {sql[:120]}")
    con.close()
    assert not scans


def test_a_migration_reports_its_progress_and_the_cli_says_it_migrated(tmp_path: Path) -> None:
    (src,) = chunks(tmp_path, 60, 1, seed=19)
    db = tmp_path / "lib.db"
    api.ingest([str(src)], db=str(db), briefs=False)
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    as_schema_3(db)
    as_schema_3(copy)
    assert Library.needs_migration(db)
    told: list[tuple[str, int, int]] = []
    assert api.upgrade(db=str(db), progress=lambda what, done, total: told.append((what, done, total)))
    assert not Library.needs_migration(db) and not api.upgrade(db=str(db))  # once
    steps = {what for what, _, _ in told}
    assert {"migration 4 of 14: story totals", "migration 5 of 14: story postings", "migration 11 of 14: line keys hashed",
            "migration 14 of 14: started"} <= steps
    for step in ("story totals", "story postings", "line keys hashed"):
        last = [(done, total) for what, done, total in told if what.endswith(step)][-1]
        assert last[0] == last[1] > 0  # counted to the end
    run = subprocess.run(cli(copy, "articles"), capture_output=True, text=True, env=env(), timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"migrated {copy}" in " ".join(run.stderr.split())
    assert not Library.needs_migration(copy)


def test_new_index_rows_go_to_small_recent_tables_merged_in_key_order_with_the_same_stories(tmp_path: Path) -> None:
    """The hashed indexes take new rows in their recent tables; merged every few articles or never,
    a stream gives the same stories and the same rows as readers see them."""
    from accord.options import Options

    parts = chunks(tmp_path, 150, 3, seed=23)
    often, never = tmp_path / "often.db", tmp_path / "never.db"
    for db, (share, least) in ((often, (0.0, 20)), (never, (0.0, 10**9))):
        opts = Options().with_(db=str(db), index_recent_share=share, index_recent_min=least, ingest_commit_articles=10)
        for p in parts:
            api.ingest([str(p)], options=opts, briefs=False)
    assert assignment(often) == assignment(never)
    assert dump(often) == dump(never)
    con = sqlite3.connect(never)
    assert all(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] == 0 for t in RECENT)  # all recent
    con.close()
    con = sqlite3.connect(often)
    merged = int(con.execute("SELECT value FROM group_state WHERE key = 'merged_docs'").fetchone()[0])
    assert 150 - 20 < merged <= 150  # merged at the last commit past 20 articles since the one before
    assert all(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] > 0 for t in RECENT)
    con.close()
    with Library(never) as lib:
        assert lib.merge_recent() > 0
    con = sqlite3.connect(never)
    assert all(con.execute(f"SELECT COUNT(*) FROM {recent(t)}").fetchone()[0] == 0 for t in RECENT)
    con.close()
    assert dump(never) == dump(often)


def test_a_schema_5_library_gets_its_recent_tables_and_groups_as_before(tmp_path: Path) -> None:
    parts = chunks(tmp_path, 100, 2, seed=29)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    api.ingest([str(parts[0])], db=str(new), briefs=False)
    with Library(new) as lib:
        lib.merge_recent(full=True)
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)  # as schema 5 left it: no recent tables
    for table in RECENT:
        con.execute(f"DROP TABLE {recent(table)}")
    con.execute("DELETE FROM group_state WHERE key IN ('merged_docs', 'middle_docs')")
    as_schema_6(con)
    drop_middle(con)
    con.execute("PRAGMA user_version=5")
    con.close()
    assert Library.needs_migration(old) and api.upgrade(db=str(old))
    for db in (new, old):
        api.ingest([str(parts[1])], db=str(db), briefs=False)
    assert assignment(old) == assignment(new)
    assert dump(old) == dump(new)


def test_a_schema_7_library_gets_packed_centroids_and_groups_as_before(tmp_path: Path) -> None:
    """Migration 8 packs every story's JSON centroid (same terms in the same order, same floats),
    and the library goes on giving the stories and index rows of one never stored as JSON."""
    from accord.store_index import totals

    parts = chunks(tmp_path, 100, 2, seed=31)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    api.ingest([str(parts[0])], db=str(new), briefs=False)
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)
    as_schema_7(con)
    drop_middle(con)
    con.execute("PRAGMA user_version=7")
    json_rows = dict(con.execute("SELECT id, centroid FROM stories"))
    con.close()
    assert all(isinstance(c, str) for c in json_rows.values()) and len(json_rows) > 5
    assert Library.needs_migration(old) and api.upgrade(db=str(old))
    con = sqlite3.connect(old)
    packed = dict(con.execute("SELECT id, centroid FROM stories"))
    con.close()
    assert all(isinstance(c, bytes) for c in packed.values())
    for sid, text in json_rows.items():  # exact: the weights' order and floats, the dates
        before, after = totals(text), totals(packed[sid])
        assert [list(v.items()) if isinstance(v, dict) else v for v in before] == \
            [list(v.items()) if isinstance(v, dict) else v for v in after]
    for db in (new, old):
        api.ingest([str(parts[1])], db=str(db), briefs=False)
    assert assignment(old) == assignment(new)
    assert dump(old) == dump(new)


def test_a_schema_8_library_gets_its_article_keys_and_dedups_and_groups_as_before(tmp_path: Path) -> None:
    """Migration 9 moves the text key and URL indexes into ``article_keys``: every stored article is
    found again by its URL and its text, the library goes on giving the stories and index rows of
    one made with the keys, and an article that is no duplicate is still taken."""
    parts = chunks(tmp_path, 100, 2, seed=37)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    api.ingest([str(parts[0])], db=str(new), briefs=False)
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)
    as_schema_8(con)
    drop_middle(con)
    con.execute("PRAGMA user_version=8")
    con.close()
    assert Library.needs_migration(old) and api.upgrade(db=str(old))
    con = sqlite3.connect(old)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert not {"articles_url", "articles_text_key"} & names and "article_keys_ai" in names
    con.close()
    assert dump(old)["article_keys"] == dump(new)["article_keys"]
    with Library(old) as lib:
        stored = lib.articles()
        assert len(stored) == 50 and all(a.url for a in stored)
        for a in stored:
            by_url = Article(id="x", title="t", text="a text no article has", url=a.url)
            by_text = Article(id="y", title="t", text=a.raw_text or a.text)
            assert lib.find_duplicate(by_url) == a.id and lib.find_duplicate(by_text) == a.id
        assert lib.find_duplicate(Article(id="z", title="t", text="a text no article has",
                                          url=stored[0].url + "-2")) is None
    for db in (new, old):
        api.ingest([str(parts[1])], db=str(db), briefs=False)
    assert assignment(old) == assignment(new)
    assert dump(old) == dump(new)


def test_a_packed_centroid_reads_back_exactly_and_falls_back_to_json_for_odd_terms() -> None:
    from accord.group.stories import _StoryState
    from accord.store_index import _centroid, totals

    story = _StoryState(id="s1", title="", body={"quake": 0.1 + 0.2, "école": 1e-300, "z": 3.0},
                        names={"aden": 0.7071067811865476, "#2011": 2.5}, body_norm=1 / 3, names_norm=0.0,
                        first="2021-03-04", last=None)
    for st in (story, _StoryState(id="s2", title=""),
               _StoryState(id="s3", title="", body={"a\x1fb": 1.0, "c": 2.0}, body_norm=2.2)):
        stored = _centroid(st)
        assert isinstance(stored, bytes) == (st.id != "s3")  # a term holding a separator: JSON
        body, names, bn, nn, first, last = totals(stored)
        assert list(body.items()) == list(st.body.items()) and list(names.items()) == list(st.names.items())
        assert (bn, nn, first, last) == (st.body_norm, st.names_norm, st.first, st.last)


def test_a_kept_handle_keeps_its_index_between_ingests_with_the_same_rows(tmp_path: Path) -> None:
    parts = chunks(tmp_path, 120, 4)
    kept, cold = tmp_path / "kept.db", tmp_path / "cold.db"
    with Library(kept) as lib:
        groupers = []
        for p in parts:
            api.ingest([str(p)], library=lib, briefs=False)
            groupers.append(lib.kept["grouper"])
        assert all(g is groupers[0] for g in groupers)  # one grouper, its rows read once, for every batch
        assert groupers[0].held() > 100
    for p in parts:
        api.ingest([str(p)], db=str(cold), briefs=False)
    assert assignment(kept) == assignment(cold)
    assert dump(kept) == dump(cold)


def test_a_kept_index_is_dropped_when_another_writer_or_this_handle_changes_the_library(tmp_path: Path) -> None:
    parts = chunks(tmp_path, 200, 5, seed=4)
    db, cold = tmp_path / "lib.db", tmp_path / "cold.db"
    with Library(db) as lib:
        api.ingest([str(parts[0])], library=lib, briefs=False)
        first = lib.kept["grouper"]
        api.ingest([str(parts[1])], db=str(db), briefs=False)  # another connection writes: data_version moves
        api.ingest([str(parts[2])], library=lib, briefs=False)
        second = lib.kept["grouper"]
        assert second is not first
        story = lib.articles()[0].story
        lib.put_brief(story, "k", {"title": "t"}, {})  # a stored brief is no index state: kept
        api.ingest([str(parts[3])], library=lib, briefs=False)
        assert lib.kept["grouper"] is second
        lib.set_story(lib.articles()[0].id, story)  # this handle's own write: dropped
        api.ingest([str(parts[3])], library=lib, briefs=False)  # (all duplicates: nothing added)
        assert lib.kept["grouper"] is not second
        small = make(None, db=str(db)).with_(index_cache_rows=10)
        api.ingest([str(parts[4])], library=lib, options=small, briefs=False)
        third = lib.kept["grouper"]
        api.ingest([str(parts[4])], library=lib, options=small, briefs=False)
        assert lib.kept["grouper"] is not third  # it held more than 10 rows
    for p in parts:  # had a stale index been kept after the other writer, these would differ
        api.ingest([str(p)], db=str(cold), briefs=False)
    assert assignment(db) == assignment(cold)
    assert dump(db) == dump(cold)


def test_a_copy_posting_is_the_first_documents_of_both_tables_read_in_one_statement(tmp_path: Path) -> None:
    """A sampled hash's posting is its first ``copy_max_df`` + 1 documents over the big and the
    recent table (in both at once they count once), read with one statement, not one per table."""
    from accord.store_index import LibraryCopyIndex

    with Library(tmp_path / "lib.db") as lib:
        db = lib.db
        db.executemany("INSERT INTO copy_postings (hash, doc) VALUES (?, ?)", [(7, d) for d in (1, 4, 6, 9)] + [(8, 2)])
        db.executemany("INSERT INTO copy_postings_recent (hash, doc) VALUES (?, ?)", [(7, d) for d in (0, 4, 5, 11)])
        statements: list[str] = []
        db.set_trace_callback(statements.append)
        index = LibraryCopyIndex(db, Options().with_(copy_max_df=4))
        statements.clear()
        assert list(index._posting(7)) == [0, 1, 4, 5, 6]  # five: the cap plus one marks it as frequent
        assert len(statements) == 1
        assert list(index._posting(8)) == [2] and list(index._posting(9)) == []
        assert index._posting(7) == [0, 1, 4, 5, 6] and len(statements) == 3  # a frequent hash: read once a run
        db.set_trace_callback(None)


def test_copy_postings_read_once_a_run_grow_with_the_documents_added_as_the_tables_do(tmp_path: Path) -> None:
    """A posting read is kept for the run (one statement per hash a run, not one per article that
    samples it) and extended with each document added under its hash, up to the cap plus one
    (past it, matching ignores the hash): every posting equals what a fresh index reads from the
    tables. A hash never looked up is not held."""
    import numpy as np

    from accord.store_index import LibraryCopyIndex

    opts = Options().with_(copy_max_df=3, copy_sample=1, copy_min_shared=1)
    with Library(tmp_path / "lib.db") as lib:
        db = lib.db
        db.execute("PRAGMA foreign_keys = OFF")  # copy documents without article rows: the index alone
        index = LibraryCopyIndex(db, opts)
        statements: list[str] = []
        db.set_trace_callback(statements.append)
        for k in range(6):  # hash 10 in every document, 100 + k in one each
            index.add_hashes(f"a{k}", np.array([10, 100 + k], dtype=np.uint32))
        db.set_trace_callback(None)
        reads = [s for s in statements if s.lstrip().startswith("SELECT doc FROM")]
        assert len(reads) == 7  # hash 10 once, and each document's own hash once
        assert index._posting(10) == [0, 1, 2, 3]  # the cap plus one, as the tables give it
        assert index._posting(105) == [5]
        index.db.execute("INSERT INTO copy_postings_recent (hash, doc) VALUES (999, 0)")  # never looked up
        fresh = LibraryCopyIndex(db, opts)
        for h in (10, 100, 103, 105):
            assert fresh._posting(h) == index._posting(h)
        assert 999 not in index._read and index.held() == len(index._read) + sum(map(len, index._read.values()))


def test_posting_windows_are_packed_when_every_id_is_a_story_number_and_read_back_in_either_format() -> None:
    """A window of ``s<number>`` ids is stored as 4-byte numbers; any other id (a leading zero, a
    letter, a digit that is not ASCII) keeps the row in text, as every row was before; both read back
    as the same ids in the same order, and posting keeps the window's recency order and cap."""
    from accord.store_index import _Postings

    packed = pack_window(["s12", "s3", "s4000000"])
    assert isinstance(packed, bytes) and len(packed) == 12
    assert window_ids(packed) == ["s12", "s3", "s4000000"]
    for odd in (["s3", "s07"], ["s3", "x9"], ["s3", "s²"], ["s3", "s"], ["s3", f"s{2 ** 31}"]):
        assert pack_window(odd) == "\x1f".join(odd) and window_ids(pack_window(odd)) == odd
    assert pack_window([]) == "" and window_ids("") == []

    db = sqlite3.connect(":memory:")
    for table in ("story_posts", "story_posts_middle", "story_posts_recent", "story_posts_added"):
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, stories TEXT NOT NULL) WITHOUT ROWID")
    db.executemany("INSERT INTO story_posts (key, stories) VALUES (?, ?)",
                   [("b:old", "s2\x1fs10"), ("b:packed", pack_window(["s5", "s6"])), ("n:odd", "s05\x1fs5")])
    posts = _Postings(db, None, cap=3)  # type: ignore[arg-type]
    assert [posts.sid(c) for c in posts.load("b:old")] == ["s2", "s10"]
    assert [posts.sid(c) for c in posts.load("n:odd")] == ["s05", "s5"]  # two stories, not one
    posts.post("b:old", "s2")  # moves to the most recent end, once
    assert [posts.sid(c) for c in posts.load("b:old")] == ["s10", "s2"]
    posts.post("b:old", "s7")
    posts.post("b:old", "s8")  # over the cap: the oldest leaves
    posts.post("n:odd", "s9")
    posts.post("b:none", "s1")
    rows = dict(posts.flush())  # what was posted under each key since its window was written whole
    assert window_ids(rows["b:old"]) == ["s2", "s7", "s8"] and isinstance(rows["b:old"], bytes)
    assert window_ids(rows["n:odd"]) == ["s9"] and isinstance(rows["n:odd"], bytes)
    assert window_ids(rows["b:none"]) == ["s1"]
    assert "b:packed" not in rows  # read, never posted to: not rewritten
    db.executemany("INSERT INTO story_posts_added (key, stories) VALUES (?, ?)", rows.items())
    again = _Postings(db, None, cap=3)  # type: ignore[arg-type]
    assert [again.sid(c) for c in again.load("n:odd")] == ["s05", "s5", "s9"]  # read back as posted
    assert [again.sid(c) for c in again.load("b:old")] == ["s2", "s7", "s8"]
    whole = dict(again.whole())  # the windows written whole, before a merge
    assert whole["n:odd"] == "s05\x1fs5\x1fs9"  # an id that is not a story number: text, as before
    assert window_ids(whole["b:old"]) == ["s2", "s7", "s8"] and isinstance(whole["b:old"], bytes)
    assert set(whole) == {"b:old", "n:odd", "b:none"} and not again.added


def test_candidates_over_story_numbers_equal_the_loop_over_ids_ties_and_gone_stories_included(tmp_path: Path) -> None:
    """``LibraryStoryIndex.candidates`` (scores summed over arrays of story numbers) returns what
    ``StoryIndex.candidates`` computes over the same windows as string ids: the same order, ties by
    id as text ("s10" before "s9"), stories that are gone skipped, and two ids that only look alike
    ("s5", "s05") scored apart."""
    from accord.group.stories import _best
    from accord.store_index import LibraryStoryIndex

    opts = Options().with_(db=str(tmp_path / "lib.db"))
    api.ingest([str(write_jsonl(list(synthetic_articles(120, seed=21)), tmp_path / "a.jsonl"))],
               options=opts, briefs=False)
    with Library(tmp_path / "lib.db") as lib:
        idx = LibraryStoryIndex(lib.db, opts)
        arts = api.articles(options=opts)
        keys = sorted({key for art in arts for key, _ in idx._keys(*(idx._vector(c, d) for c, d in zip(
            idx.features(art), (idx.df_body, idx.df_names))))})
        # a few windows of stories that are gone or only look like a live one, and ties by id
        lib.db.execute("INSERT OR REPLACE INTO story_posts_recent (key, stories) VALUES (?, ?)",
                       (keys[0], "s05\x1fs999\x1fs10\x1fs9\x1fs1"))
        lib.db.execute("INSERT OR REPLACE INTO story_posts_recent (key, stories) VALUES (?, ?)",
                       (keys[1], "s998\x1fs9\x1fs10"))
        live = {r[0] for r in lib.db.execute("SELECT id FROM stories")}
        checked = 0
        for art in arts:
            body, names = (idx._vector(c, d) for c, d in zip(idx.features(art), (idx.df_body, idx.df_names)))
            got = LibraryStoryIndex(lib.db, opts).candidates(body, names)
            score: dict[str, float] = {}
            for key, w in idx._keys(body, names):
                row = lib.db.execute("SELECT stories FROM story_posts_recent WHERE key = ?", (key,)).fetchone() or \
                    lib.db.execute("SELECT stories FROM story_posts WHERE key = ?", (key,)).fetchone()
                added = lib.db.execute("SELECT stories FROM story_posts_added WHERE key = ?", (key,)).fetchone()
                window = replay(window_ids(row[0]) if row else [], window_ids(added[0]) if added else [],
                                opts.story_posting_cap)
                for sid in window:
                    score[sid] = score.get(sid, 0.0) + w
            want = [s for s in _best(score, len(score)) if s in live][:opts.story_candidates]
            assert got == want
            checked += bool(got)
        assert checked > 100
        body = {"zz-none": 1.0}
        assert LibraryStoryIndex(lib.db, opts).candidates(body, {}) == []  # no window: no candidate


def test_a_schema_9_library_gets_packed_posting_windows_and_groups_as_before(tmp_path: Path) -> None:
    """Migration 10 packs the posting windows a library stored as text (every window of ``s<number>``
    ids; a window with another id stays text), and the library goes on giving the stories and index
    rows of one made with packed windows."""
    parts = chunks(tmp_path, 100, 2, seed=41)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    api.ingest([str(parts[0])], db=str(new), briefs=False)
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)
    windows = rows(con, "story_posts")  # schema 9 wrote whole windows only (migration 14 adds the posts since)
    con.execute("DROP TABLE story_posts_added")
    con.execute("DELETE FROM story_posts")
    con.executemany(f"INSERT OR REPLACE INTO {recent('story_posts')} (key, stories) VALUES (?, ?)", windows)
    for table in ("story_posts", recent("story_posts")):  # as schema 9 wrote them
        con.executemany(f"UPDATE {table} SET stories = ? WHERE key = ?",
                        [("\x1f".join(window_ids(row)), key) for key, row in con.execute(f"SELECT key, stories FROM {table}")
                         .fetchall()])
    con.execute(f"INSERT INTO {recent('story_posts')} (key, stories) VALUES ('b:-', 's07\x1fs3')")  # not a number
    drop_middle(con)
    con.execute("PRAGMA user_version=9")
    con.close()
    assert Library.needs_migration(old) and api.upgrade(db=str(old))
    con = sqlite3.connect(old)
    kinds = dict(con.execute(f"SELECT key, typeof(stories) FROM {recent('story_posts')}").fetchall())
    assert kinds.pop("b:-") == "text" and set(kinds.values()) | {
        r[0] for r in con.execute("SELECT typeof(stories) FROM story_posts")} == {"blob"}
    con.execute(f"DELETE FROM {recent('story_posts')} WHERE key = 'b:-'")
    con.commit()
    con.close()
    assert dump(old) == dump(new)
    for db in (new, old):
        api.ingest([str(parts[1])], db=str(db), briefs=False)
    assert assignment(old) == assignment(new)
    assert dump(old) == dump(new)


def test_a_story_is_found_in_a_window_as_bytes_only_on_a_codes_boundary() -> None:
    """``_at`` (the bytes search of a long window) gives ``list.index``'s answer: the code's place, or
    -1; a match of its 4 bytes that straddles two codes is not the code (the near case that must not
    fire), short and long windows alike, negative codes (ids that are not story numbers) too."""
    import random
    from array import array

    from accord.store_index import _SCAN_CODES, _at

    def at(window: list[int], code: int) -> int:
        return _at(array("i", window), code, array("i", [code]).tobytes())

    # little-endian 0x100 then 0: bytes 00 01 00 00 00 00 00 00 hold 01 00 00 00 (the code 1) at offset 1
    for pad in (0, _SCAN_CODES + 5):
        window = list(range(1000, 1000 + pad)) + [0x100, 0]
        assert at(window, 1) == -1
        assert at(window, 0) == pad + 1 and at(window, 0x100) == pad
        assert at(window + [1], 1) == pad + 2  # after the straddling match, the real one
    rng = random.Random(4)
    for _ in range(300):
        window = rng.sample(range(-40, 3 * 2 ** 16), rng.randrange(0, 120))
        code = rng.choice(window) if window and rng.random() < 0.5 else rng.randrange(-40, 3 * 2 ** 16)
        assert at(window, code) == (window.index(code) if code in window else -1)


def test_posting_an_articles_keys_at_once_equals_posting_them_one_by_one(tmp_path: Path) -> None:
    """``post_all`` leaves every window as ``StoryIndex._post_key`` leaves it, key by key (the story
    moved to the most recent end once, the oldest dropped past the cap, an absent key started), reads
    the keys not read yet in one statement and journals each window's state before its first change."""
    from accord.store_index import _Postings, pack_window

    db = sqlite3.connect(":memory:")
    for table in ("story_posts", "story_posts_middle", "story_posts_recent", "story_posts_added"):
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, stories TEXT NOT NULL) WITHOUT ROWID")
    full = [f"s{k}" for k in range(100, 140)]
    stored = {"b:full": full, "b:has": full[:20] + ["s7"] + full[20:], "n:short": ["s7", "s3"], "n:odd": ["s07", "s7"]}
    db.executemany("INSERT INTO story_posts (key, stories) VALUES (?, ?)",
                   [(k, pack_window(v)) for k, v in stored.items()])
    keys = ["b:full", "b:has", "n:short", "n:odd", "b:none"]
    posts = _Postings(db, None, cap=40)  # type: ignore[arg-type]
    posts.load("b:full")  # read before: not read again
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    posts.post_all(keys, "s7")
    db.set_trace_callback(None)
    assert len([s for s in statements if "story_posts " in s]) == 1
    reference = StoryIndex(Options().with_(story_posting_cap=40))
    for key, ids in stored.items():
        reference.postings[key] = dict.fromkeys(ids)
    for key in keys:
        reference._post_key(key, "s7")
    assert {k: [posts.sid(c) for c in posts.load(k)] for k in keys} == {k: list(reference.postings[k]) for k in keys}
    assert [posts.sid(c) for c in posts.journal["b:has"][0]] == stored["b:has"]
    assert {k: [posts.sid(c) for c in posts.added[k]] for k in keys} == {k: ["s7"] for k in keys}
    posts.undo()
    assert {k: [posts.sid(c) for c in posts.load(k)] for k in keys} == {**stored, "b:none": []}
    assert not posts.added  # nothing posted since the windows were written whole


def test_line_keys_are_stored_as_a_fixed_64_bit_hash_the_same_in_every_process() -> None:
    """``line_roots`` holds ``line_hash`` of each key (migration 11): pinned here, since a library's
    rows must keep meaning the same keys for every later accord; any text hashes, a lone surrogate too."""
    from accord.store import line_hash

    assert line_hash("advertisement") == -3787156978459746204
    assert line_hash("café") == -2028992364774525097
    assert line_hash("\ud800x") == -6303802588074983858
    keys = [f"line {k}" for k in range(2000)] + ["advertisement", "Advertisement", "advertisement ", "café", "cafe"]
    assert len({line_hash(k) for k in keys}) == len(keys)  # near keys (case, a space, an accent) differ
    assert all(-2 ** 63 <= line_hash(k) < 2 ** 63 for k in keys)


def test_a_schema_10_library_gets_hashed_line_keys_and_cleans_and_groups_as_before(tmp_path: Path) -> None:
    """Migration 11 turns the line keys ``line_roots`` and its recent table held as text into their
    hashes; the library goes on cleaning recurring lines, grouping and storing rows exactly as one
    made with hashed keys."""
    from accord.store import line_hash

    parts = chunks(tmp_path, 100, 2, seed=43)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    api.ingest([str(parts[0])], db=str(new), briefs=False)
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)
    text = {line_hash(k): k for (k,) in con.execute("SELECT DISTINCT key FROM line_keys")}
    held = 0
    for table in ("line_roots", recent("line_roots")):  # as schema 10 wrote them: each key's text
        stored = con.execute(f"SELECT key, root FROM {table}").fetchall()
        held += len(stored)
        con.execute(f"DROP TABLE {table}")
        con.execute(f"CREATE TABLE {table} (key TEXT NOT NULL, root TEXT NOT NULL, PRIMARY KEY (key, root)) WITHOUT ROWID")
        con.executemany(f"INSERT INTO {table} (key, root) VALUES (?, ?)", [(text[h], root) for h, root in stored])
    drop_middle(con)
    con.execute("PRAGMA user_version=10")
    kinds = {r[0] for t in ("line_roots", recent("line_roots")) for r in con.execute(f"SELECT typeof(key) FROM {t}")}
    assert held >= 100 and kinds == {"text"}
    con.close()
    assert Library.needs_migration(old) and api.upgrade(db=str(old))
    con = sqlite3.connect(old)
    for table in ("line_roots", recent("line_roots")):
        assert {r[0] for r in con.execute(f"SELECT typeof(key) FROM {table}")} <= {"integer"}
    con.close()
    assert dump(old) == dump(new)
    for db in (new, old):
        api.ingest([str(parts[1])], db=str(db), briefs=False)
    assert assignment(old) == assignment(new)
    cleaned = [{a.id: (a.text, a.removed) for a in api.articles(db=str(db))} for db in (old, new)]
    assert cleaned[0] == cleaned[1]
    assert sum(bool(removed) for _, removed in cleaned[0].values()) > 20  # sites' footers found recurring
    assert dump(old) == dump(new)


def test_copy_postings_go_through_a_middle_table_merged_into_the_big_one_per_share_of_the_library(tmp_path: Path) -> None:
    """Migration 12: a merge moves the copy postings' recent rows into the middle table until the
    articles since the last merge into the big table reach ``middle_share`` of the library; then
    middle and recent rows go into the big table together. Every posting reads the same throughout
    (the union of the three tables), and the other indexes merge into their big tables as before."""
    from accord.store_index import LibraryCopyIndex

    db = tmp_path / "lib.db"
    api.ingest([str(p) for p in chunks(tmp_path, 60, 1, seed=41)], db=str(db), briefs=False)
    with Library(db) as lib:
        con = lib.db
        docs = con.execute("SELECT COUNT(*) FROM copy_docs").fetchone()[0]
        assert docs == 60
        lib.merge_recent(full=True)
        assert con.execute("SELECT COUNT(*) FROM copy_postings_middle").fetchone()[0] == 0
        assert int(con.execute("SELECT value FROM group_state WHERE key = 'middle_docs'").fetchone()[0]) == 60
        hashes = [r[0] for r in con.execute("SELECT DISTINCT hash FROM copy_postings ORDER BY hash LIMIT 40")]
        extra = [(h, 60 + k % 3) for k, h in enumerate(hashes[:20])] + [(4242424242, 61), (4242424243, 62)]

        def postings() -> dict[int, list[int]]:
            index = LibraryCopyIndex(con, Options().with_(copy_max_df=1000))
            return {h: index._posting(h) for h in hashes + [4242424242, 4242424243]}

        def count(table: str) -> int:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        def merge(since: int, share: float, full: bool = False) -> None:
            con.execute("UPDATE group_state SET value = ? WHERE key = 'middle_docs'", (docs - since,))
            lib.merge_recent(full=full, middle_share=share)

        con.executemany("INSERT INTO copy_postings_recent (hash, doc) VALUES (?, ?)", extra)
        want = postings()
        assert want[4242424242] == [61] and all(len(p) >= 1 for p in want.values())
        big = count("copy_postings")
        merge(14, 0.25)  # 14 articles since, under a quarter of 60 (15): into the middle table
        assert count("copy_postings_recent") == 0 and count("copy_postings_middle") == len(extra)
        assert count("copy_postings") == big and postings() == want
        assert int(con.execute("SELECT value FROM group_state WHERE key = 'middle_docs'").fetchone()[0]) == 60 - 14
        con.execute("INSERT INTO copy_postings_recent (hash, doc) VALUES (?, 63)", (hashes[30],))
        want = postings()
        merge(15, 0.25)  # 15 articles since: a quarter, so middle and recent rows go into the big table
        assert count("copy_postings_recent") == count("copy_postings_middle") == 0
        assert count("copy_postings") == big + len(extra) + 1 and postings() == want
        assert int(con.execute("SELECT value FROM group_state WHERE key = 'middle_docs'").fetchone()[0]) == 60
        con.executemany("INSERT INTO copy_postings_recent (hash, doc) VALUES (?, ?)", [(hashes[31], 64)])
        merge(0, 0.25)
        assert count("copy_postings_middle") == 1
        merge(0, 0.25, full=True)  # all of it now, whatever the share
        assert count("copy_postings_middle") == count("copy_postings_recent") == 0
        assert all(count(recent(t)) == 0 for t in RECENT)


def test_a_schema_11_library_gets_a_middle_table_and_groups_as_before(tmp_path: Path) -> None:
    """A library made before migration 12 (no middle table) opens, gets an empty one, and then the
    next articles get the same stories, copy links and index rows as in a library that always had
    one; with merges into the middle table (a big ``index_middle_share``) or straight into the big
    tables (0.0), the same."""
    parts = chunks(tmp_path, 160, 8, seed=43)
    first = list(synthetic_articles(160, seed=43))[:6]  # wire copies of earlier articles, found through the postings
    copies = [replace(a, id=f"{a.id}-wire", url=f"https://wire.example/{k}", source="wire",
                      text=a.text + " Reporting by the wire desk.") for k, a in enumerate(first)]
    parts.insert(6, write_jsonl(copies, tmp_path / "copies.jsonl"))
    new, old, straight = tmp_path / "new.db", tmp_path / "old.db", tmp_path / "straight.db"
    api.ingest([str(p) for p in parts[:4]], db=str(new), briefs=False)
    shutil.copy(new, old)
    shutil.copy(new, straight)
    con = sqlite3.connect(old, isolation_level=None)
    drop_middle(con)
    con.execute("PRAGMA user_version=11")
    assert con.execute("SELECT 1 FROM sqlite_master WHERE name = 'copy_postings_middle'").fetchone() is None
    con.close()
    assert Library.needs_migration(old)
    with Library(old):
        pass
    con = sqlite3.connect(old)
    assert con.execute("SELECT COUNT(*) FROM copy_postings_middle").fetchone()[0] == 0
    assert int(con.execute("SELECT value FROM group_state WHERE key = 'middle_docs'").fetchone()[0]) == 80
    con.close()
    tiered = Options().with_(index_recent_min=10, index_middle_share=0.9)
    for db, opts in ((new, tiered), (old, tiered), (straight, Options().with_(index_recent_min=10, index_middle_share=0.0))):
        for part in parts[4:]:  # a run each: a commit each, and a merge when due
            api.ingest([str(part)], db=str(db), options=opts, briefs=False)
    for db, rows_there in ((new, True), (old, True), (straight, False)):
        con = sqlite3.connect(db)
        assert (con.execute("SELECT COUNT(*) FROM copy_postings_middle").fetchone()[0] > 0) is rows_there
        con.close()
    assert assignment(old) == assignment(new) == assignment(straight)
    assert {aid: copy for aid, (_, copy) in assignment(new).items() if copy} == {c.id: a.id for c, a in zip(copies, first)}
    assert dump(old) == dump(new) == dump(straight)


def test_a_schema_12_library_gets_middle_tables_for_every_index_and_groups_as_before(tmp_path: Path) -> None:
    """Migration 13: a library with a middle table for the copy postings only (schema 12) opens, gets
    empty middle tables for the dedup keys, line roots, story posting windows and term counts and
    triggers that delete dedup keys from all three tables; then the next articles get the same
    stories, copy links and index rows as in a library that always had them, whether merges go
    through the middle tables or straight into the big ones, and a duplicate stays a duplicate."""
    parts = chunks(tmp_path, 160, 8, seed=47)
    new, old, straight = tmp_path / "new.db", tmp_path / "old.db", tmp_path / "straight.db"
    tiered = Options().with_(index_recent_min=10, index_middle_share=0.9)
    for part in parts[:4]:
        api.ingest([str(part)], db=str(new), options=tiered, briefs=False)
    con = sqlite3.connect(new)
    assert all(con.execute(f"SELECT COUNT(*) FROM {middle(t)}").fetchone()[0] > 0
               for t in ("article_keys", "line_roots", "story_posts", "story_terms"))  # merges went there
    con.close()
    shutil.copy(new, old)
    shutil.copy(new, straight)
    con = sqlite3.connect(old, isolation_level=None)
    as_schema_12(con)
    con.execute("PRAGMA user_version=12")
    assert con.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_posts_middle'").fetchone() is None
    con.close()
    assert dump(old) == dump(new)
    assert Library.needs_migration(old)
    with Library(old):
        pass
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
    assert all(con.execute(f"SELECT COUNT(*) FROM {middle(t)}").fetchone()[0] == 0
               for t in ("article_keys", "line_roots", "story_posts", "story_terms"))
    assert "article_keys_middle" in con.execute("SELECT sql FROM sqlite_master WHERE name = 'article_keys_ad'").fetchone()[0]
    con.close()
    for db, opts in ((new, tiered), (old, tiered), (straight, Options().with_(index_recent_min=10, index_middle_share=0.0))):
        for part in parts[4:]:  # a run each: a commit each, and a merge when due
            api.ingest([str(part)], db=str(db), options=opts, briefs=False)
        api.ingest([str(parts[2])], db=str(db), options=opts, briefs=False)  # all duplicates now
    for db, rows_there in ((new, True), (old, True), (straight, False)):
        con = sqlite3.connect(db)
        assert (con.execute("SELECT COUNT(*) FROM story_posts_middle").fetchone()[0] > 0) is rows_there
        con.close()
    assert len(assignment(new)) == 160
    assert assignment(old) == assignment(new) == assignment(straight)
    assert dump(old) == dump(new) == dump(straight)


def test_a_replacing_index_reads_its_recent_row_over_the_middle_one_over_the_big_one(tmp_path: Path) -> None:
    """A story posting window or term count (rows that replace) may sit in all three tables: the
    recent row is read, else the middle one, else the big one; a merge into the middle table replaces
    its row, and a deep merge leaves the newest row in the big table."""
    from accord.store_index import _Counts, _Postings, pack_window

    db = tmp_path / "lib.db"
    with Library(db) as lib:
        con = lib.db
        with lib.transaction():
            con.execute("INSERT INTO story_posts (key, stories) VALUES ('b:a', ?), ('b:b', ?), ('b:c', ?)",
                        (pack_window(["s1"]), pack_window(["s2"]), pack_window(["s3"])))
            con.execute("INSERT INTO story_posts_middle (key, stories) VALUES ('b:b', ?), ('b:c', ?)",
                        (pack_window(["s2", "s4"]), pack_window(["s3", "s5"])))
            con.execute("INSERT INTO story_posts_recent (key, stories) VALUES ('b:c', ?)", (pack_window(["s3", "s5", "s6"]),))
            con.execute("INSERT INTO story_terms (term, n) VALUES ('b:x', 1), ('b:y', 1), ('b:z', 1)")
            con.execute("INSERT INTO story_terms_middle (term, n) VALUES ('b:y', 2), ('b:z', 2)")
            con.execute("INSERT INTO story_terms_recent (term, n) VALUES ('b:z', 3)")
            con.execute("INSERT INTO group_state (key, value) VALUES ('middle_docs', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = 1")  # no copy documents: a merge is not deep

        def read() -> tuple[dict[str, list[str]], dict[str, int]]:
            posts = _Postings(con, None, cap=10)  # type: ignore[arg-type]
            counts = _Counts(con, "b:")
            return ({k: [posts.sid(c) for c in posts.load(k)] for k in ("b:a", "b:b", "b:c")},
                    {t: counts.get(t) for t in ("x", "y", "z")})

        want = ({"b:a": ["s1"], "b:b": ["s2", "s4"], "b:c": ["s3", "s5", "s6"]}, {"x": 1, "y": 2, "z": 3})
        assert read() == want
        lib.merge_recent()  # recent rows into the middle table, replacing its rows of the same keys
        assert con.execute("SELECT COUNT(*) FROM story_posts_recent").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*) FROM story_posts_middle").fetchone()[0] == 2
        assert read() == want
        with lib.transaction():
            con.execute("INSERT INTO story_posts_recent (key, stories) VALUES ('b:b', ?)", (pack_window(["s7"]),))
        want[0]["b:b"] = ["s7"]
        assert read() == want
        lib.merge_recent(full=True)  # middle first, then recent: the newest row stays
        assert con.execute("SELECT COUNT(*) FROM story_posts_middle").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*) FROM story_terms_middle").fetchone()[0] == 0
        assert read() == want
        assert dict(con.execute("SELECT term, n FROM story_terms")) == {"b:x": 1, "b:y": 2, "b:z": 3}


def as_schema_13(con: sqlite3.Connection) -> None:
    """As a library had it before migration 14: every posting window written whole into the recent
    table (the posts since replayed onto it), no ``story_posts_added``."""
    windows = dict(rows(con, "story_posts"))
    posted = [r[0] for r in con.execute("SELECT key FROM story_posts_added")]
    con.executemany(f"INSERT OR REPLACE INTO {recent('story_posts')} (key, stories) VALUES (?, ?)",
                    [(key, windows[key]) for key in posted])
    con.execute("DROP TABLE story_posts_added")


def test_a_batch_writes_the_stories_it_posted_under_a_key_not_the_keys_whole_window(tmp_path: Path) -> None:
    """Between two merges a batch writes, per key it posted under, only the stories posted since the
    key's window was last written whole (a few codes, not a full window of ``story_posting_cap``);
    the window read back is the window in memory, and a merge writes the windows whole again."""
    from accord.store_index import _Postings

    db = tmp_path / "lib.db"
    parts = chunks(tmp_path, 130, 13, seed=29)
    often = Options().with_(db=str(db), index_recent_share=0.0, index_recent_min=1, story_posting_cap=8)
    for part in parts[:12]:
        api.ingest([str(part)], options=often, briefs=False)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM story_posts_added").fetchone()[0] == 0  # merged at every commit
    before = dict(rows(con, "story_posts", cap=8))
    assert max(len(window_ids(w)) for w in before.values()) == 8
    con.close()
    never = often.with_(index_recent_min=10 ** 9)
    api.ingest([str(parts[12])], options=never, briefs=False)  # 10 articles, no merge
    con = sqlite3.connect(db)
    added = dict(con.execute("SELECT key, stories FROM story_posts_added"))
    stories = {a.story for a in api.articles(options=never)[-10:]}
    assert added and all(set(window_ids(row)) <= stories for row in added.values())  # only this batch's stories
    assert sum(len(window_ids(row)) for row in added.values()) < sum(
        len(window_ids(before.get(key, ""))) for key in added)  # fewer codes than the windows they change
    after = dict(rows(con, "story_posts", cap=8))
    posts = _Postings(con, None, cap=8)  # type: ignore[arg-type]
    assert {key: [posts.sid(c) for c in posts.load(key)] for key in added} == {
        key: window_ids(after[key]) for key in added}
    con.close()
    memory = StoryIndex(never)  # the windows of an index that held every post in memory
    copies = CopyIndex(never)
    for art in api.articles(options=never):
        memory.add(art, root=copies.add(art.id, article_text(art)))
    assert {k: window_ids(v) for k, v in after.items() if window_ids(v)} == {
        k: list(v) for k, v in memory.postings.items() if v}
    api.ingest([str(parts[0])], options=often, briefs=False)  # all duplicates; the commit merges
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM story_posts_added").fetchone()[0] == 0
    assert dict(rows(con, "story_posts", cap=8)) == after
    con.close()


def test_a_schema_13_library_gets_the_posts_since_table_and_groups_as_before(tmp_path: Path) -> None:
    """A library made before migration 14 (whole windows in the recent table, written at every batch)
    opens migrated and goes on giving the stories and index rows of one that always had the table,
    merging when due; re-ingesting a part adds nothing."""
    parts = chunks(tmp_path, 160, 8, seed=47)
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    opts = Options().with_(index_recent_min=30, index_middle_share=0.5)
    for part in parts[:3]:
        api.ingest([str(part)], db=str(new), options=opts, briefs=False)
    con = sqlite3.connect(new)
    assert con.execute("SELECT COUNT(*) FROM story_posts_added").fetchone()[0] > 0  # posts since the last merge
    con.close()
    shutil.copy(new, old)
    con = sqlite3.connect(old, isolation_level=None)
    as_schema_13(con)
    con.execute("PRAGMA user_version=13")
    con.close()
    assert dump(old) == dump(new)
    assert Library.needs_migration(old)
    for db in (new, old):
        for part in parts[3:]:
            api.ingest([str(part)], db=str(db), options=opts, briefs=False)
        api.ingest([str(parts[1])], db=str(db), options=opts, briefs=False)  # all duplicates now
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
    con.close()
    assert len(assignment(new)) == 160
    assert assignment(old) == assignment(new)
    assert dump(old) == dump(new)
