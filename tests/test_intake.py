"""Ingest's last step: one article's failure is its own error, the others are stored."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from accord import intake
from accord.errors import IngestError
from accord.eval.grouping import bcubed
from accord.eval.scale import synthetic_articles
from accord.model import Article
from accord.options import DEFAULT, make
from accord.store import Library
from accord.store_index import pack_window, window_ids


def test_a_bad_item_and_an_empty_page_fail_alone(tmp_path: Path) -> None:
    opts = make(None, db=str(tmp_path / "lib.db"))
    good = Article(id="a1", title="Bridge opens", text="The new bridge over the river opened on Monday after "
                   "three years of work, the city said.", raw_text="")
    good.raw_text = good.text
    empty = Article(id="a2", title="Login", text="Advertisement", raw_text="Advertisement")
    results: list = []
    with Library(opts.db_path) as lib, lib.writing():
        changed = intake.store_all([IngestError("feed.xml#3", "bad date"), empty, good], lib, opts, results)
        stored = [a.id for a in lib.articles()]
    assert [r.status for r in results] == ["error", "error", "added"]
    assert "feed.xml#3" in results[0].item and "no article text left" in results[1].message
    assert stored == ["a1"] and len(changed) == 1


class _FailingCommit:
    """A library connection whose ``fail``-th COMMIT fails as a full disk would (and rolls back)."""

    def __init__(self, db: sqlite3.Connection, fail: int) -> None:
        self._db, self._left = db, fail

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql == "COMMIT":
            self._left -= 1
            if self._left == 0:
                self._db.execute("ROLLBACK")
                raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)


def test_a_failed_commit_reports_its_batch_as_not_stored_and_a_rerun_stores_it(tmp_path: Path) -> None:
    arts = list(synthetic_articles(14, seed=5))
    opts = make(None, db=str(tmp_path / "lib.db")).with_(ingest_commit_articles=5, ingest_commit_seconds=3600.0)
    results: list = []
    with Library(opts.db_path) as lib, lib.writing():
        lib.db = _FailingCommit(lib.db, fail=2)  # type: ignore[assignment]
        intake.store_all(iter(arts), lib, opts, results)  # commits after 5, 10 (fails) and at the end
        stored = {a.id for a in lib.articles()}
    assert [r.status for r in results] == ["added"] * 5 + ["error"] * 5 + ["added"] * 4
    assert all("not stored" in r.message and "disk is full" in r.message for r in results[5:10])
    lost = {r.item for r in results[5:10]}
    assert stored == {a.id for a in arts} - lost
    # the next run stores them, in the stories an uninterrupted run gives
    again = make(None, db=str(tmp_path / "lib.db"))
    with Library(again.db_path) as lib, lib.writing():
        redo: list = []
        intake.store_all(iter(arts), lib, again, redo)
        after = {a.id: a.story for a in lib.articles()}
    assert sorted(r.status for r in redo) == ["added"] * 5 + ["duplicate"] * 9
    whole = make(None, db=str(tmp_path / "whole.db"))
    with Library(whole.db_path) as lib, lib.writing():
        intake.store_all(iter(synthetic_articles(14, seed=5)), lib, whole, [])
        uninterrupted = {a.id: a.story for a in lib.articles()}
    assert bcubed(after, uninterrupted)[2] >= 0.99 and len(set(after.values())) > 1


def test_an_article_failing_after_grouping_leaves_the_story_rows_as_if_it_never_came(tmp_path: Path, monkeypatch) -> None:
    """Stories' totals are written once a batch; an article rolled back after it was grouped (its
    storing failed) must leave the rows of the batch's stories as a run without it gives."""
    from accord.store_index import centroid_of_members

    arts = list(synthetic_articles(30, seed=21))
    bad = arts[17].id
    add = Library.add

    def failing_add(self: Library, article: Article, *args: object) -> bool:
        if article.id == bad:
            raise OSError("no space left on device")
        return add(self, article, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "add", failing_add)
    results: list = []
    opts = make(None, db=str(tmp_path / "lib.db"))
    with Library(opts.db_path) as lib, lib.writing():
        intake.store_all(iter(arts), lib, opts, results)
        rows = {sid: (size, centroid) for sid, size, centroid in lib.db.execute("SELECT id, size, centroid FROM stories")}
        assert rows == {sid: centroid_of_members(lib.db, sid) for sid in rows}
        got = {a.id: a.story for a in lib.articles()}
    assert [r.status for r in results].count("error") == 1 and "storing failed" in results[17].message
    monkeypatch.setattr(Library, "add", add)
    clean_opts = make(None, db=str(tmp_path / "without.db"))
    with Library(clean_opts.db_path) as lib, lib.writing():
        intake.store_all(iter(a for a in synthetic_articles(30, seed=21) if a.id != bad), lib, clean_opts, [])
        rows_without = {sid: (size, centroid) for sid, size, centroid in
                        lib.db.execute("SELECT id, size, centroid FROM stories")}
        assert got == {a.id: a.story for a in lib.articles()}
    assert rows == rows_without


def test_an_ingest_lets_its_library_handles_page_cache_grow_and_keeps_it(tmp_path: Path) -> None:
    """The handle an ingest writes through gets ``ingest_cache_mb`` of page cache, kept after the
    call (a kept handle stays warm); a reader's handle keeps ``library_cache_mb``."""
    from accord import api
    from accord.eval.scale import write_jsonl
    from accord.options import Options

    db = tmp_path / "lib.db"
    src = write_jsonl(list(synthetic_articles(5, seed=1)), tmp_path / "a.jsonl")
    opts = Options().with_(db=str(db), ingest_cache_mb=96)  # readers: library_cache_mb (64)
    with Library(db) as writer, Library(db) as reader:
        api.ingest([str(src)], options=opts, library=writer, briefs=False)
        assert writer.db.execute("PRAGMA cache_size").fetchone()[0] == -96 * 1024
        assert reader.db.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024
        writer.grow_cache(32)  # never shrinks
        assert writer.db.execute("PRAGMA cache_size").fetchone()[0] == -96 * 1024


def _index_rows(db: sqlite3.Connection) -> dict[str, dict]:
    """Term counts and posting windows as readers see them (a recent row replaces the big one's)."""
    out = {}
    for table, key, value in (("story_terms", "term", "n"), ("story_posts", "key", "stories")):
        out[table] = {**dict(db.execute(f"SELECT {key}, {value} FROM {table}")),
                      **dict(db.execute(f"SELECT {key}, {value} FROM {table}_recent"))}
    for key, posted in db.execute("SELECT key, stories FROM story_posts_added"):  # posted since written whole
        window = window_ids(out["story_posts"].get(key, ""))
        for sid in window_ids(posted):
            if sid in window:
                window.remove(sid)
            window.append(sid)
        out["story_posts"][key] = pack_window(window[-DEFAULT.story_posting_cap:])
    return out


def test_a_batch_writes_each_term_count_and_posting_once_and_a_failed_article_leaves_none_of_its_own(
        tmp_path: Path, monkeypatch) -> None:
    """Term counts and posting windows wait for the batch's commit (a term of many articles is
    written once, not once an article); an article rolled back alone inside the batch (its storing
    failed after grouping, or it is a duplicate found late) leaves them as a run without it gives."""
    arts = list(synthetic_articles(40, seed=8))
    bad = {arts[11].id, arts[26].id}
    add = Library.add

    def failing_add(self: Library, article: Article, *args: object) -> bool:
        if article.id in bad:
            raise OSError("no space left on device")
        return add(self, article, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "add", failing_add)
    opts = make(None, db=str(tmp_path / "lib.db")).with_(ingest_commit_articles=20, ingest_commit_seconds=3600.0)
    upserts: list[str] = []
    with Library(opts.db_path) as lib, lib.writing():
        lib.db.set_trace_callback(lambda sql: upserts.append(sql) if "INTO story_terms_recent" in sql else None)
        results: list = []
        intake.store_all(iter(arts), lib, opts, results)
        lib.db.set_trace_callback(None)
        got = _index_rows(lib.db)
        stories = {a.id: a.story for a in lib.articles()}
    assert [r.status for r in results].count("error") == 2
    # two batches of 20 (each rolled-back article writes the batch's earlier terms once more)
    terms = [sql.split("VALUES (")[1].split(",")[0] for sql in upserts]
    assert max(terms.count(t) for t in set(terms)) <= 4 < max(got["story_terms"].values())
    monkeypatch.setattr(Library, "add", add)
    clean = make(None, db=str(tmp_path / "without.db"))
    with Library(clean.db_path) as lib, lib.writing():
        intake.store_all(iter(a for a in synthetic_articles(40, seed=8) if a.id not in bad), lib, clean, [])
        assert _index_rows(lib.db) == got
        assert {a.id: a.story for a in lib.articles()} == stories
