"""The library: articles, their line keys and the grouping index in one SQLite file.

WAL mode, so readers (``accord articles``, the web UI) never wait for a writer. Writes go through
``Library.transaction()``: one transaction per article holds the article, its line keys and every
grouping row it changed, so an interrupted ingest never leaves half an article or an index that
disagrees with the articles, and a re-run continues exactly where it stopped. An ingest run commits
its articles' transactions in batches (``Library.batched``: each a savepoint, committed together
every ``ingest_commit_articles`` articles, ``ingest_commit_seconds`` of CPU time or
``ingest_commit_wall_seconds``).

One writer at a time: ``Library.writing()`` (or ``writer(path)``) takes the library's writer lock
(``<db>.lock``, an OS file lock released when the process dies, even by kill -9). ``accord ingest``
holds it for its whole run, so concurrent runs give the stories of one run after the other; every
other write (the web server, the watcher) takes it around its own work. It is re-entrant within a
thread, and a second writer waits, told who holds it (``on_wait``), or gives up after ``timeout``.

Schema: ``PRAGMA user_version`` is the number of ``MIGRATIONS`` applied. To add a table, append a
migration function (never edit one that has shipped): a library made by any earlier accord opens
and is brought up to date under the writer lock, in one transaction.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from accord.errors import AccordError
from accord.ingest.meta import text_key
from accord.model import Article, Removed, Story
from accord.options import DEFAULT

ARTICLE_FIELDS = [f.name for f in fields(Article)]
MAX_VARIABLES = 900  # ids per ``IN (...)`` list: under SQLite's oldest limit (999)

OnWait = Callable[[str], None]  # told once, with who holds the lock, when a writer has to wait
# told how far a migration is: (what it is doing, done, total); a long one (minutes in a big
# library) shows a progress bar instead of a silent first command
Report = Callable[[str, int, int], None] | None


# -- the writer lock ---------------------------------------------------------------------------------

class _PathLock:
    """The writer lock of one library file inside this process: a thread mutex (re-entrant), and the
    OS file lock taken by its first holder and released by its last."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.mutex = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_LOCKS: dict[str, _PathLock] = {}
_LOCKS_GUARD = threading.Lock()


def _holder(path: str) -> str:
    """Who holds the lock, as its holder wrote it (pid and command), for the waiting message."""
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").strip()[:200] or "another process"
    except OSError:
        return "another process"


def _lock_file(path: str, on_wait: OnWait | None, deadline: float | None, db: str) -> int:
    try:
        import fcntl
    except ImportError:  # no POSIX file locks (Windows): only writers inside this process are serialised
        return -1
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"waiting for {_holder(path)} to finish writing {db}")
            while True:
                if deadline is None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                    break
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise AccordError(f"{db}: library busy ({_holder(path)} is writing it)") from None
                    time.sleep(0.05)
        os.ftruncate(fd, 0)
        command = " ".join([Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:]])
        os.write(fd, f"pid {os.getpid()} ({command[:160]})".encode())
        return fd
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def writer(db_path: str | Path, on_wait: OnWait | None = None, timeout: float | None = None) -> Iterator[None]:
    """Hold the writer lock of the library at ``db_path`` (the file ``<db>.lock`` beside it).

    Every write to a library happens under it (``Library.transaction`` takes it); hold it yourself
    around a batch of writes that must not interleave with another writer's (an ingest run, a
    watcher's poll). Re-entrant within a thread; other threads and processes wait. ``on_wait`` is
    called once with a message naming the holder if this call has to wait; with ``timeout`` (seconds)
    an ``AccordError`` says the library is busy instead of waiting longer.
    """
    path = os.path.realpath(f"{db_path}.lock")
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(path, _PathLock(path))
    deadline = None if timeout is None else time.monotonic() + timeout
    if not lock.mutex.acquire(blocking=False):
        if on_wait is not None:
            on_wait(f"waiting for another writer in this process to finish writing {db_path}")
            on_wait = None
        if not lock.mutex.acquire(timeout=-1 if timeout is None else max(timeout, 0.0)):
            raise AccordError(f"{db_path}: library busy (another writer in this process)")
    try:
        if lock.depth == 0:
            lock.fd = _lock_file(path, on_wait, deadline, str(db_path))
        lock.depth += 1
        try:
            yield
        finally:
            lock.depth -= 1
            if lock.depth == 0 and lock.fd is not None:
                if lock.fd >= 0:
                    os.close(lock.fd)  # closing the descriptor releases the flock
                lock.fd = None
    finally:
        lock.mutex.release()


# -- schema --------------------------------------------------------------------------------------------

def _v1(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """Articles, line keys (recurring-line cleaning), stories and a key/value state."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, source TEXT,
            url TEXT, published TEXT, author TEXT, origin TEXT, raw_text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]', story TEXT, copy_of TEXT,
            text_key TEXT NOT NULL, added TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS articles_url ON articles(url)")
    db.execute("CREATE INDEX IF NOT EXISTS articles_text_key ON articles(text_key)")
    db.execute("CREATE INDEX IF NOT EXISTS articles_story ON articles(story)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS line_keys (
            key TEXT NOT NULL,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, article)) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS line_keys_article ON line_keys(article)")
    db.execute("CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')")


def _v2(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """The grouping index in tables, updated row by row as each article commits (it was one JSON
    value rewritten at the end of a run and read whole at the start of the next), and the line keys
    by copy root (``recurring`` reads a bounded number of them per key)."""
    db.execute("""CREATE TABLE line_roots (key TEXT NOT NULL, root TEXT NOT NULL,
                  PRIMARY KEY (key, root)) WITHOUT ROWID""")
    db.execute("""INSERT OR IGNORE INTO line_roots (key, root)
                  SELECT l.key, COALESCE(a.copy_of, a.id) FROM line_keys l JOIN articles a ON a.id = l.article""")
    # line_keys is now read by article only (line_roots answers by key): keyed by article, one index less
    db.execute("""CREATE TABLE line_keys_v2 (
                  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, key TEXT NOT NULL,
                  PRIMARY KEY (article, key)) WITHOUT ROWID""")
    db.execute("INSERT INTO line_keys_v2 (article, key) SELECT article, key FROM line_keys")
    db.execute("DROP TABLE line_keys")
    db.execute("ALTER TABLE line_keys_v2 RENAME TO line_keys")
    db.execute("CREATE TABLE group_state (key TEXT PRIMARY KEY, value)")  # counters of the index
    db.execute("DROP TABLE IF EXISTS stories")
    db.execute("CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, next_check INTEGER NOT NULL DEFAULT 0)")
    db.execute(
        """CREATE TABLE story_members (
            article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            story TEXT NOT NULL, pos INTEGER NOT NULL, root TEXT NOT NULL, body TEXT NOT NULL,
            names TEXT NOT NULL, published TEXT, title TEXT NOT NULL DEFAULT '', lead BLOB)"""
    )
    db.execute("CREATE INDEX story_members_story ON story_members(story, pos)")
    db.execute("CREATE TABLE story_terms (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("""CREATE TABLE story_postings (key TEXT NOT NULL, story TEXT NOT NULL, seq INTEGER NOT NULL,
                  PRIMARY KEY (key, story)) WITHOUT ROWID""")  # seq: when last posted (recent ones are read)
    db.execute("CREATE INDEX story_postings_recent ON story_postings(key, seq)")
    db.execute(
        """CREATE TABLE copy_docs (
            doc INTEGER PRIMARY KEY,
            article TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            root INTEGER NOT NULL, hashes BLOB NOT NULL)"""
    )
    db.execute("CREATE TABLE copy_postings (hash INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash, doc)) WITHOUT ROWID")
    has_state = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'state'").fetchone()
    if has_state:
        row = db.execute("SELECT value FROM state WHERE key = 'story_index'").fetchone()
        if row:
            from accord.store_index import import_story_state

            import_story_state(db, json.loads(row[0]))
        db.execute("DROP TABLE state")
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():  # index the copy texts at the next ingest
        db.execute("INSERT INTO group_state (key, value) VALUES ('catch_up', 1)")




def _v3(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """Stored briefs and their versions (web UI), FTS5 over articles, fixes, feeds."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS briefs (
            story TEXT PRIMARY KEY, version INTEGER NOT NULL, key TEXT NOT NULL, updated TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '', facts INTEGER NOT NULL DEFAULT 0,
            disagreements INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS brief_versions (
            story TEXT NOT NULL, version INTEGER NOT NULL, created TEXT NOT NULL, digest TEXT NOT NULL,
            PRIMARY KEY (story, version))"""
    )
    indexed = _has_table(db, "articles_fts")  # the web UI's first release made it (see ``_applied``)
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("""CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END""")
    db.execute("""CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END""")
    db.execute("""CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END""")
    if not indexed:  # the articles stored before this migration
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    db.execute(
        """CREATE TABLE IF NOT EXISTS fixes (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, action TEXT NOT NULL, args TEXT NOT NULL,
            before TEXT NOT NULL, after TEXT NOT NULL, undone TEXT)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS feeds (
            url TEXT PRIMARY KEY, added TEXT NOT NULL, title TEXT, etag TEXT, last_modified TEXT,
            last_poll TEXT, status TEXT, message TEXT, failures INTEGER NOT NULL DEFAULT 0, next_poll TEXT,
            added_articles INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS feed_entries (
            feed TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE, key TEXT NOT NULL,
            PRIMARY KEY (feed, key)) WITHOUT ROWID"""
    )


def _v4(db: sqlite3.Connection, report: "Report" = None) -> None:
    """Each story's running centroid and count in its row (scoring a candidate story read and parsed
    every member's vectors: the cost of an article grew with the stories it met); story postings
    cut to the window the index reads (``story_posting_cap`` most recent per key: the table kept
    every post ever made)."""
    from accord.store_index import centroid_of_members

    db.execute("ALTER TABLE stories ADD COLUMN size INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE stories ADD COLUMN centroid TEXT NOT NULL DEFAULT '[{},{},0.0,0.0,null,null]'")
    ids = [sid for (sid,) in db.execute("SELECT id FROM stories").fetchall()]
    step = 500
    for k in range(0, len(ids), step):  # the slow part of this migration (every member replayed): reported
        if report:
            report("story totals", k, len(ids))
        db.executemany("UPDATE stories SET size = ?, centroid = ? WHERE id = ?",
                       [(*centroid_of_members(db, sid), sid) for sid in ids[k:k + step]])
    if report:
        report("story totals", len(ids), len(ids))
    db.execute("""DELETE FROM story_postings WHERE (key, story) IN (
                  SELECT key, story FROM (SELECT key, story, ROW_NUMBER() OVER (PARTITION BY key ORDER BY seq DESC) AS r
                                          FROM story_postings) WHERE r > ?)""", (DEFAULT.story_posting_cap,))


def _v5(db: sqlite3.Connection, report: "Report" = None) -> None:
    """Story postings as one row per key (``story_posts``: its stories' ids, oldest first) instead
    of one row per (key, story) with an index by recency: a post rewrites one row, where it touched
    random leaves of two B-trees, a cost that grew with the library."""
    from itertools import groupby

    from accord.store_index import SEP

    db.execute("CREATE TABLE story_posts (key TEXT PRIMARY KEY, stories TEXT NOT NULL) WITHOUT ROWID")
    total = db.execute("SELECT COUNT(*) FROM story_postings").fetchone()[0]
    rows = db.execute("SELECT key, story FROM story_postings ORDER BY key, seq")  # the recency index's order
    done, out = 0, []
    for key, posts in groupby(rows, key=lambda r: r[0]):
        stories = [r[1] for r in posts]
        out.append((key, SEP.join(stories)))
        done += len(stories)
        if len(out) >= 20_000:
            db.executemany("INSERT INTO story_posts (key, stories) VALUES (?, ?)", out)
            out = []
            if report:
                report("story postings", done, total)
    db.executemany("INSERT INTO story_posts (key, stories) VALUES (?, ?)", out)
    if report:
        report("story postings", total, total)
    db.execute("DROP TABLE story_postings")  # and its index
    db.execute("DELETE FROM group_state WHERE key = 'post_seq'")


# The hashed indexes and the columns of their primary keys: each takes new rows in ``<name>_recent``
# (same columns), read together with it and merged into it in key order (``Library.merge_recent``).
# ``True``: a key's row in the recent table replaces the big table's (one row per key, rewritten);
# ``False``: the two hold sets of rows, read as their union.
RECENT: dict[str, tuple[str, str, bool]] = {  # table: (its columns, its key's, whether rows replace)
    "story_posts": ("key, stories", "key", True),
    "story_terms": ("term, n", "term", True),
    "copy_postings": ("hash, doc", "hash, doc", False),
    "line_roots": ("key, root", "key, root", False),
    "article_keys": ("key, article", "key, article", False),  # migration 9
}


def recent(table: str) -> str:
    """The recent table of one of the ``RECENT`` indexes."""
    return f"{table}_recent"


# The hashed indexes whose recent table is merged into a middle table (migration 12), merged into the
# big one only every ``index_middle_share`` of the library (``Library.merge_recent``): read as the
# union of the three. Why: a merge rewrites every leaf of the big table its rows land on, and the
# copy postings' rows (~16 sampled hashes an article, ~15 bytes each) land on nearly all of them:
# 5,900 of 5,900 leaves at 100,000 articles, every 2,000 articles, three pages an article, where
# 1,000 articles' library paid 0.3. A recent table's rows rewrite the middle table's fewer leaves
# instead, and the big table is rewritten once per ``index_middle_share`` of the library. Only set
# indexes (``RECENT``'s ``False``): their union needs no order between the tables.
# scale24 (migration 13): every hashed index. The dedup keys (``article_keys``: an article's two
# keys, random, on ~2,000 leaves a merge at 100,000 articles), the line roots and the story posting
# windows and term counts (~1,000 leaves) were rewritten at every merge as the copy postings were. An
# index whose rows replace (``RECENT``'s ``True``) is read big, middle, recent in that order, a later
# table's row replacing an earlier one's, and merged middle first, recent last.
MIDDLE: tuple[str, ...] = ("copy_postings", "article_keys", "line_roots", "story_posts", "story_terms")


def middle(table: str) -> str:
    """The middle table of one of the ``MIDDLE`` indexes."""
    return f"{table}_middle"


def layers(table: str) -> tuple[str, str, str]:
    """A ``MIDDLE`` index's three tables in reading order: big, middle, recent (a later one's row
    replaces an earlier one's where the index replaces)."""
    return table, middle(table), recent(table)


def _v6(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """A small recent table beside each hashed index (``RECENT``): an insert into a big B-tree keyed
    by hashes or terms landed on a random leaf, one page written per row once the table outgrew a
    batch, so an article cost more in a bigger library; the recent tables stay a few pages and are
    merged in key order, each leaf of the big table written once per merge."""
    db.execute("CREATE TABLE story_posts_recent (key TEXT PRIMARY KEY, stories TEXT NOT NULL) WITHOUT ROWID")
    db.execute("CREATE TABLE story_terms_recent (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("""CREATE TABLE copy_postings_recent (hash INTEGER NOT NULL, doc INTEGER NOT NULL,
                  PRIMARY KEY (hash, doc)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE line_roots_recent (key TEXT NOT NULL, root TEXT NOT NULL,
                  PRIMARY KEY (key, root)) WITHOUT ROWID""")
    merged = db.execute("SELECT COALESCE(MAX(doc) + 1, 0) FROM copy_docs").fetchone()[0]
    db.execute("INSERT INTO group_state (key, value) VALUES ('merged_docs', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (merged,))


def _fts_triggers(db: sqlite3.Connection) -> None:
    """Triggers that queue an article for the full-text index (``articles_fts_pending``, indexed by
    ``Library.commit_pending`` before each commit) and take out of it what was indexed: a row still
    queued has nothing in the index to delete (an external-content FTS5 table must be told exactly
    what it holds)."""
    indexed = "WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = old.rowid)"
    db.execute("""CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO articles_fts_pending (id) VALUES (new.rowid); END""")
    db.execute(f"""CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', old.rowid, old.title, old.text {indexed};
        DELETE FROM articles_fts_pending WHERE id = old.rowid; END""")
    db.execute(f"""CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', old.rowid, old.title, old.text {indexed};
        INSERT OR IGNORE INTO articles_fts_pending (id) VALUES (new.rowid); END""")


def _v7(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """Articles reach the full-text index once per commit, not once per article: FTS5 writes its
    pending terms as a new segment at every savepoint, and an ingest stores each article in its own
    savepoint, so every article was a one-article segment and the merges that follow cost more the
    bigger the index. Triggers now queue the rows (``articles_fts_pending``); ``Library`` indexes
    the queue in one statement before each commit (one segment per batch)."""
    db.execute("CREATE TABLE articles_fts_pending (id INTEGER PRIMARY KEY)")
    for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    _fts_triggers(db)


def _v8(db: sqlite3.Connection, report: "Report" = None) -> None:
    """Stories' centroids packed (``store_index._centroid``: terms as one text, weights as float64)
    instead of JSON: the candidate stories an article reads from their rows grow in number with the
    library, and parsing their weights' decimal reprs was most of reading one."""
    from accord.store_index import _centroid, totals
    from accord.group.stories import _StoryState

    ids = [sid for (sid,) in db.execute("SELECT id FROM stories WHERE typeof(centroid) = 'text'").fetchall()]
    step = 2000
    for k in range(0, len(ids), step):
        if report:
            report("packed centroids", k, len(ids))
        chunk = ids[k:k + step]
        rows = db.execute(f"SELECT id, centroid FROM stories WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        out = []
        for sid, centroid in rows.fetchall():
            body, names, body_norm, names_norm, first, last = totals(centroid)
            story = _StoryState(id=sid, title="", body=body, names=names, body_norm=body_norm,
                                names_norm=names_norm, first=first, last=last)
            out.append((_centroid(story), sid))
        db.executemany("UPDATE stories SET centroid = ? WHERE id = ?", out)
    if report:
        report("packed centroids", len(ids), len(ids))


# an article's dedup keys (``Library.find_duplicate``) in ``article_keys``: its text key and its URL
_KEYS = "('t:' || {row}.text_key), ('u:' || {row}.url)"


def _v9(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """The articles' text keys and URLs (what ``find_duplicate`` looks up) as a hashed index with a
    recent table (``RECENT``), instead of two indexes on ``articles``: a text key is a hash and a URL
    as good as random, so every new article's two index entries landed on random leaves, and a
    batch's commit wrote about two pages an article once the library outgrew a batch (a cost that
    grew with the library). Triggers keep the keys of every insert, update and deletion."""
    for table in ("article_keys", recent("article_keys")):
        db.execute(f"""CREATE TABLE {table} (key TEXT NOT NULL, article TEXT NOT NULL,
                       PRIMARY KEY (key, article)) WITHOUT ROWID""")
    if report:
        report("article keys", 0, 1)
    db.execute("""INSERT OR IGNORE INTO article_keys (key, article)
                  SELECT key, article FROM (SELECT 't:' || text_key AS key, id AS article FROM articles
                                            UNION ALL SELECT 'u:' || url, id FROM articles WHERE url IS NOT NULL)
                  ORDER BY key, article""")
    db.execute("DROP INDEX IF EXISTS articles_url")
    db.execute("DROP INDEX IF EXISTS articles_text_key")
    gone = " ".join(f"DELETE FROM {t} WHERE key IN ({_KEYS.format(row='old')}) AND article = old.id;"
                    for t in ("article_keys", recent("article_keys")))
    put = (f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) VALUES ('t:' || new.text_key, new.id); "
           f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) "
           f"SELECT 'u:' || new.url, new.id WHERE new.url IS NOT NULL;")
    db.execute(f"CREATE TRIGGER article_keys_ai AFTER INSERT ON articles BEGIN {put} END")
    db.execute(f"CREATE TRIGGER article_keys_ad AFTER DELETE ON articles BEGIN {gone} END")
    db.execute(f"CREATE TRIGGER article_keys_au AFTER UPDATE OF id, url, text_key ON articles BEGIN {gone} {put} END")
    if report:
        report("article keys", 1, 1)


def _v10(db: sqlite3.Connection, report: "Report" = None) -> None:
    """Story posting windows packed (``store_index.pack_window``: the stories' numbers as 4-byte
    ints), rows of ids as text before: a window is read without a conversion per id and scored as
    one array (``LibraryStoryIndex.candidates``), and a full window's row is ~400 bytes, not ~700.
    A window holding an id that is not ``s<number>`` stays text (both are read)."""
    from accord.store_index import SEP, pack_window

    for table in ("story_posts", recent("story_posts")):
        total = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        done, last = 0, ""
        while True:  # by key, so rewriting rows never meets a cursor over the table
            rows = db.execute(f"SELECT key, stories FROM {table} WHERE key > ? ORDER BY key LIMIT 20000",
                              (last,)).fetchall()
            if not rows:
                break
            packed = [(pack_window(stories.split(SEP)), key) for key, stories in rows if isinstance(stories, str) and stories]
            db.executemany(f"UPDATE {table} SET stories = ? WHERE key = ?", [r for r in packed if isinstance(r[0], bytes)])
            done, last = done + len(rows), rows[-1][0]
            if report:
                report(f"story postings packed ({table})", done, total)


def line_hash(key: str) -> int:
    """A line key as ``line_roots`` stores it (migration 11): a signed 64-bit integer, the first 8
    bytes of the key's BLAKE2b digest (the same in every process, unlike ``hash``). Two different
    lines share one with probability 2**-64 a pair (~3e-10 among a 100,000-article library's keys)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little", signed=True)


def _v11(db: sqlite3.Connection, report: "Report" = None) -> None:
    """Line keys in ``line_roots`` (and its recent table) as 8-byte hashes (``line_hash``) instead of
    the whole normalised line (~280 characters in a news paragraph): a row is ~25 bytes, not ~300, so
    the recent table a batch inserts into spans a tenth of the pages, and merging it into the big
    table rewrites a tenth of the leaves. Those pages grew with the library (the recent table is
    merged every ``index_recent_share`` of it, so a big library's holds more rows, each batch's
    inserts landing on more of its pages). ``line_keys`` (an article's keys, read by article) keeps
    the text."""
    def hashed(key: str | int) -> int:  # a key already an integer was hashed (the step is idempotent)
        return key if isinstance(key, int) else line_hash(key)

    db.create_function("accord_line_hash", 1, hashed, deterministic=True)
    try:
        for k, table in enumerate(("line_roots", recent("line_roots"))):
            if report:
                report("line keys hashed", k, 2)
            db.execute(f"""CREATE TABLE {table}_v11 (key INTEGER NOT NULL, root TEXT NOT NULL,
                           PRIMARY KEY (key, root)) WITHOUT ROWID""")
            db.execute(f"INSERT OR IGNORE INTO {table}_v11 (key, root) "
                       f"SELECT accord_line_hash(key), root FROM {table} ORDER BY 1, 2")
            db.execute(f"DROP TABLE {table}")
            db.execute(f"ALTER TABLE {table}_v11 RENAME TO {table}")
        if report:
            report("line keys hashed", 2, 2)
    finally:
        db.create_function("accord_line_hash", 1, None)


def _applied(db: sqlite3.Connection) -> int:
    """How many of ``MIGRATIONS`` a library has had: its ``user_version``, except for the libraries
    the web UI's first release made. That release numbered its own tables (migration 3 here) schema
    2 before the grouping tables were; such a library holds them without ``story_members``, so it has
    had migration 1 only, and migrations 2 (its story index moved into tables) and 3 (its web tables
    already there: created if missing, kept) bring it up to date."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == 2 and not _has_table(db, "story_members"):
        return 1
    return version


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


# MIGRATIONS[i] brings a library from version i to i + 1; append new ones, never edit shipped ones.
def _v12(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """A middle table between the copy postings' recent and big tables (``MIDDLE``), empty, and the
    library's size now as the last merge into the big table (the next one comes after
    ``index_middle_share`` of the library); nothing moves, so a library of any size migrates at once."""
    db.execute("""CREATE TABLE IF NOT EXISTS copy_postings_middle (hash INTEGER NOT NULL, doc INTEGER NOT NULL,
                  PRIMARY KEY (hash, doc)) WITHOUT ROWID""")
    docs = db.execute("SELECT COALESCE(MAX(doc) + 1, 0) FROM copy_docs").fetchone()[0]
    db.execute("INSERT INTO group_state (key, value) VALUES ('middle_docs', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (docs,))


def _v13(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """Middle tables for the other hashed indexes (``MIDDLE``: the dedup keys, the line roots, the
    story posting windows and term counts), empty, and the dedup keys' triggers deleting from all
    three of its tables; nothing moves, so a library of any size migrates at once. The next merge
    into the big tables is when migration 12 put it (``middle_docs``)."""
    for table, columns in _V13_TABLES.items():
        db.execute(f"CREATE TABLE IF NOT EXISTS {middle(table)} ({columns}) WITHOUT ROWID")
    tables = ("article_keys", middle("article_keys"), recent("article_keys"))
    gone = " ".join(f"DELETE FROM {t} WHERE key IN ({_KEYS.format(row='old')}) AND article = old.id;" for t in tables)
    put = (f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) VALUES ('t:' || new.text_key, new.id); "
           f"INSERT OR IGNORE INTO {recent('article_keys')} (key, article) "
           f"SELECT 'u:' || new.url, new.id WHERE new.url IS NOT NULL;")
    for name in ("article_keys_ad", "article_keys_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute(f"CREATE TRIGGER article_keys_ad AFTER DELETE ON articles BEGIN {gone} END")
    db.execute(f"CREATE TRIGGER article_keys_au AFTER UPDATE OF id, url, text_key ON articles BEGIN {gone} {put} END")


_V13_TABLES = {  # the columns of the middle tables migration 13 adds (those of their big tables)
    "article_keys": "key TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (key, article)",
    "line_roots": "key INTEGER NOT NULL, root TEXT NOT NULL, PRIMARY KEY (key, root)",
    "story_posts": "key TEXT PRIMARY KEY, stories TEXT NOT NULL",
    "story_terms": "term TEXT PRIMARY KEY, n INTEGER NOT NULL",
}


def _v14(db: sqlite3.Connection, report: "Report" = None) -> None:  # noqa: ARG001
    """``story_posts_added``: per posting key, the stories posted under it since its window was last
    written whole (``accord.store_index._Postings.added``), read after the window's three tables and
    replayed onto it. A batch wrote each posted key's whole window into the recent table, up to 100
    codes (~400 bytes) however few it posted, and a big library's windows are full: the pages a batch
    wrote grew with the library. Whole windows are now written only before each merge of the recent
    tables (``Grouper.flush``). Empty: a library's recent windows stay as they are and are read first."""
    db.execute("CREATE TABLE IF NOT EXISTS story_posts_added (key TEXT PRIMARY KEY, stories TEXT NOT NULL) WITHOUT ROWID")


MIGRATIONS: list[Callable[[sqlite3.Connection, Report], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9,
                                                                   _v10, _v11, _v12, _v13, _v14]
SCHEMA_VERSION = len(MIGRATIONS)


# the first stored article (by rowid, as the indexes on ``articles`` gave it) holding a dedup key
_KEYED = (f"SELECT id FROM articles WHERE id IN (SELECT article FROM article_keys WHERE key = ?1 UNION ALL "
          f"SELECT article FROM {middle('article_keys')} WHERE key = ?1 UNION ALL "
          f"SELECT article FROM {recent('article_keys')} WHERE key = ?1) ORDER BY rowid LIMIT 1")


# Line keys a handle remembers as held by more than ``recurring_holders_cap`` copy roots (a site's
# chrome): ``line_roots`` only ever gains rows (no statement deletes from it; a merge moves rows from
# its recent table), so a key over the cap stays over it, and ``recurring`` need not read its first
# cap + 1 roots again for every article (one of a generated article's two line keys is chrome; its
# 51 roots were read from a deeper B-tree the bigger the library). Forgotten on any rollback (rows
# this handle added may be gone); at most this many are kept.
_CHROME_KEPT = 100_000


class Library:
    """An article library in SQLite. ``add`` dedups by URL or normalised text; use as a context manager."""

    def __init__(self, path: str | Path, on_wait: OnWait | None = None, on_migrate: Report = None) -> None:
        self.path = str(path)
        self._depth = 0  # open transaction levels (savepoints inside the outermost)
        self._memory_lock = threading.RLock() if self.path == ":memory:" else None
        # what a caller keeps on this handle between calls (``accord.grouper.Grouper.kept``: the story
        # index's rows already read), valid while ``stamp()`` is what it was when kept
        self.kept: dict[str, Any] = {}
        self._quiet = 0  # rows this handle changed that no kept cache reads (stored briefs)
        # line keys known to be held by more than ``holders_cap`` copy roots, by cap (``recurring``)
        self._chrome: dict[int, set[str]] = {}
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL keeps each commit atomic; fewer fsyncs
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.cache_mb = max(int(DEFAULT.library_cache_mb), 2)
            self.db.execute(f"PRAGMA cache_size={-1024 * self.cache_mb}")  # KiB when negative
            self._migrate(on_wait, on_migrate)
        except sqlite3.DatabaseError as exc:
            raise AccordError(f"{self.path}: not a usable accord library ({exc})") from None

    @staticmethod
    def needs_migration(path: str | Path) -> bool:
        """Whether the library at ``path`` exists and opening it will migrate it (read-only check:
        a caller can show a progress bar for the migration before it starts)."""
        if str(path) == ":memory:" or not Path(path).is_file():
            return False
        try:
            con = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
                have = {row[1] for row in con.execute("PRAGMA table_info(articles)")}
            finally:
                con.close()
        except sqlite3.Error:
            return False  # not a library: opening it says so
        return version < SCHEMA_VERSION or not set(ARTICLE_FIELDS) <= have

    def _migrate(self, on_wait: OnWait | None, report: Report = None) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise AccordError(f"{self.path}: library schema {version} is newer than this accord ({SCHEMA_VERSION})")
        have = {row[1] for row in self.db.execute("PRAGMA table_info(articles)")}
        if version == SCHEMA_VERSION and set(ARTICLE_FIELDS) <= have:
            return  # up to date: no lock, no write (readers open libraries too)
        with self.writing(on_wait=on_wait), self.transaction():
            version = _applied(self.db)  # another writer may have migrated
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                def told(what: str, done: int, total: int, number: int = number) -> None:
                    if report is not None:
                        report(f"migration {number} of {SCHEMA_VERSION}: {what}", done, total)

                told("started", 0, 0)
                step(self.db, told)
            # Fields added to the model later become nullable columns, so old libraries keep working.
            have = {row[1] for row in self.db.execute("PRAGMA table_info(articles)")}
            for name in ARTICLE_FIELDS:
                if name not in have:
                    self.db.execute(f'ALTER TABLE articles ADD COLUMN "{name}" TEXT')
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- writing -----------------------------------------------------------------------------------
    @contextmanager
    def writing(self, on_wait: OnWait | None = None, timeout: float | None = None) -> Iterator["Library"]:
        """Hold this library's writer lock (see ``writer``): ``with lib.writing(): ...``."""
        if self._memory_lock is not None:
            with self._memory_lock:
                yield self
            return
        with writer(self.path, on_wait=on_wait, timeout=timeout):
            yield self

    @contextmanager
    def transaction(self) -> Iterator["Library"]:
        """All writes inside commit together or not at all (nested blocks are savepoints).

        The outermost block takes the writer lock (waiting silently if another writer holds it; take
        ``writing(on_wait=...)`` first to tell the user) and opens ``BEGIN IMMEDIATE``.
        """
        if self._depth:
            name = f"s{self._depth}"
            self.db.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._chrome.clear()
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
                raise
            else:
                self.db.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        with self.writing():
            self.db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._chrome.clear()
                self.db.execute("ROLLBACK")
                raise
            else:
                try:
                    self.commit_pending()
                except BaseException:
                    self._chrome.clear()
                    self.db.execute("ROLLBACK")
                    raise
                try:
                    self.db.execute("COMMIT")
                except BaseException:
                    self._chrome.clear()  # a failed commit may have rolled back
                    raise
            finally:
                self._depth = 0

    @contextmanager
    def batched(self, items: int, seconds: float, lost: Callable[[sqlite3.Error], None] | None = None,
                flush: Callable[[], None] | None = None,
                wall_seconds: float | None = None) -> Iterator[Callable[[], bool]]:
        """Commit many small transactions together: inside, each ``transaction()`` is a savepoint of
        an outer transaction, committed after every ``items`` calls of the yielded ``done``, once
        this process has spent ``seconds`` of CPU time since it began, or once ``wall_seconds`` of
        wall-clock time have passed (checked at ``done``, which says whether it ended a batch), and
        at the end. CPU time, so that a loaded machine (which stretches wall time) does not cut the
        batches short and make each article cost more; the wall bound is for slow sources, so
        readers still see their articles.

        A commit costs the pages it writes, and one article's rows touch pages of every index (its
        terms, postings, shingles, line keys, full text): committed one by one they were a fifth of
        an article's cost in a 10,000-article library, and a growing one. Each item still succeeds
        or fails alone (its savepoint); a crash loses at most the uncommitted items, which a re-run
        stores again exactly as an uninterrupted run would have. On an error or an interrupt
        (Ctrl-C) the items already done are committed before it propagates, unless SQLite itself
        failed (then the open batch is rolled back: its items were never committed). A commit that
        fails (a full disk, an I/O error) rolls its batch back and calls ``lost`` with the error, so
        that the caller reports those items as not stored, and the next batch begins; without
        ``lost`` the error propagates. ``flush`` runs in the transaction before each commit (writes a
        caller keeps for the batch); its errors count as the commit's. Inside a transaction already
        open this is that transaction (its commit decides, and ``flush`` runs at its end).
        """
        if self._depth:
            yield lambda: False
            if flush is not None:
                flush()
            return
        with self.writing():
            state = {"n": 0, "cpu": 0.0, "t": 0.0}
            wall = math.inf if wall_seconds is None else wall_seconds

            def begin() -> None:
                self.db.execute("BEGIN IMMEDIATE")
                self._depth = 1
                state.update(n=0, cpu=time.process_time(), t=time.monotonic())

            def rollback() -> None:
                self._depth = 0
                self._chrome.clear()
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")

            def commit() -> None:
                self._depth = 0
                if not self.db.in_transaction:
                    return
                try:
                    if flush is not None:
                        flush()
                    self.commit_pending()
                    self.db.execute("COMMIT")
                except sqlite3.Error as exc:
                    if lost is None:
                        raise
                    rollback()
                    lost(exc)

            def done() -> bool:
                state["n"] += 1
                if (state["n"] >= items or time.process_time() - state["cpu"] >= seconds
                        or time.monotonic() - state["t"] >= wall):
                    commit()
                    begin()
                    return True
                return False

            begin()
            try:
                yield done
            except sqlite3.Error:
                rollback()
                raise
            except BaseException:
                commit()
                raise
            else:
                commit()
            finally:
                self._depth = 0

    # -- articles ----------------------------------------------------------------------------------
    def find_duplicate(self, article: Article) -> str | None:
        """The id of a stored article with the same URL or the same normalised extracted text."""
        if article.url and urlsplit(article.url).path.strip("/"):  # a site's root URL names no article
            row = self.db.execute(_KEYED, ("u:" + article.url,)).fetchone()
            if row:
                return row[0]
        row = self.db.execute(_KEYED, ("t:" + text_key(article.raw_text or article.text),)).fetchone()
        return row[0] if row else None

    def free_id(self, wanted: str) -> str:
        """``wanted`` if no stored article has it, else the first free ``wanted-2``, ``wanted-3``…"""
        if not self.db.execute("SELECT 1 FROM articles WHERE id = ?", (wanted,)).fetchone():
            return wanted
        # a range scan of the primary key ("x-" up to "x." holds every "x-…"), never a table scan
        taken = {r[0] for r in self.db.execute("SELECT id FROM articles WHERE id > ? AND id < ?",
                                               (f"{wanted}-", f"{wanted}."))}
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"

    def add(self, article: Article, keys: Collection[str] = ()) -> bool:
        """Store ``article`` and its line ``keys`` in one transaction; False if it is a duplicate.

        A taken id gets a ``-2``/``-3``… suffix; the id actually stored is written back to
        ``article.id`` so the caller can report it. The keys count for ``recurring`` under the
        article's copy root (``copy_of``, else itself), so a wire text re-run counts once.
        """
        with self.transaction():
            if self.find_duplicate(article) is not None:
                return False
            article.id = self.free_id(article.id)
            row = self._row(article)
            cols = ", ".join(f'"{c}"' for c in row)
            self.db.execute(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            unique = sorted(set(keys))
            self.db.executemany("INSERT OR IGNORE INTO line_keys (key, article) VALUES (?, ?)",
                                [(k, article.id) for k in unique])
            root = article.copy_of or article.id
            self.db.executemany("INSERT OR IGNORE INTO line_roots_recent (key, root) VALUES (?, ?)",
                                sorted({(line_hash(k), root) for k in unique}))
        return True

    def update(self, article: Article) -> None:
        """Rewrite a stored article's fields (not its id or its line keys)."""
        row = self._row(article)
        row.pop("id")
        sets = ", ".join(f'"{c}" = ?' for c in row)
        with self.transaction():
            cur = self.db.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*row.values(), article.id])
            if cur.rowcount == 0:
                raise AccordError(f"no article {article.id!r} in {self.path}")

    def set_story(self, article_id: str, story: str) -> None:
        """Move a stored article to another story (a split or re-cut of the grouping moved it)."""
        with self.transaction():
            self.db.execute("UPDATE articles SET story = ? WHERE id = ?", (story, article_id))

    @staticmethod
    def _row(article: Article) -> dict[str, Any]:
        row = {name: getattr(article, name) for name in ARTICLE_FIELDS}
        row["removed"] = json.dumps(
            [{"line": r.line, "reason": r.reason} for r in article.removed], ensure_ascii=False
        )
        row["text_key"] = text_key(article.raw_text or article.text)
        return row

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        data = {k: row[k] for k in row.keys() if k in ARTICLE_FIELDS}
        data["removed"] = [Removed(**r) for r in json.loads(data.get("removed") or "[]")]
        return Article.from_dict(data)

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def articles(self, story: str | None = None) -> list[Article]:
        """All articles in insertion order (or those of one story)."""
        if story is None:
            rows = self.db.execute("SELECT * FROM articles ORDER BY rowid")
        else:
            rows = self.db.execute("SELECT * FROM articles WHERE story = ? ORDER BY rowid", (story,))
        return [self._article(r) for r in rows]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles())

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def __bool__(self) -> bool:
        """An open library is true, empty or not: ``library or Library(path)`` must not count every
        article (``__len__`` scans the table) on each call."""
        return True

    def stamp(self) -> tuple[int, int]:
        """Equal as long as nothing changed this library's articles or index: ``PRAGMA data_version``
        moves when another connection commits (another process, another handle), ``total_changes``
        when this handle writes (a fix, a deletion, an ingest), stored briefs aside (no index reads
        them, and the ingest that keeps a cache rebuilds them right after). Call it outside a
        transaction; a rolled-back write still moves it (a cache is dropped, never wrongly kept)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes - self._quiet

    @contextmanager
    def _unstamped(self) -> Iterator[None]:
        """Writes inside do not move ``stamp()`` (they change no table a kept cache reads)."""
        before = self.db.total_changes
        try:
            yield
        finally:
            self._quiet += self.db.total_changes - before

    def grow_cache(self, mb: int) -> None:
        """Let this handle's SQLite page cache grow to ``mb`` MB (never shrinks it: shrinking drops
        the pages a kept handle holds warm). Memory is taken only as pages are read."""
        if mb > self.cache_mb:
            self.cache_mb = int(mb)
            self.db.execute(f"PRAGMA cache_size={-1024 * self.cache_mb}")

    def commit_pending(self) -> None:
        """Index the articles queued for full-text search (migration 7) in one statement: called
        inside the outermost transaction just before it commits, so a commit never leaves them out."""
        if self.db.execute("SELECT 1 FROM articles_fts_pending LIMIT 1").fetchone() is None:
            return
        self.db.execute("INSERT INTO articles_fts (rowid, title, text) SELECT a.rowid, a.title, a.text "
                        "FROM articles_fts_pending p JOIN articles a ON a.rowid = p.id ORDER BY p.id")
        self.db.execute("DELETE FROM articles_fts_pending")

    # -- the recent tables of the hashed indexes (migration 6) ---------------------------------------
    def merge_recent(self, full: bool = False, middle_share: float = DEFAULT.index_middle_share) -> int:
        """Move every recent table's rows into its big table, in key order (each leaf of the big
        B-tree written once, however many rows land on it), in one transaction (a savepoint inside
        an open one, or the batch being committed: ``batched``'s flush): a crash leaves either table
        as it was. A ``MIDDLE`` index's recent rows go into its middle table instead, until the
        articles since its last merge into the big one reach ``middle_share`` of the library (or
        ``full``): then the middle and the recent rows go into the big table together. Returns the
        rows moved."""
        if not self.db.in_transaction:
            with self.transaction():
                return self.merge_recent(full, middle_share)
        docs = self.db.execute("SELECT COALESCE(MAX(doc) + 1, 0) FROM copy_docs").fetchone()[0]
        row = self.db.execute("SELECT value FROM group_state WHERE key = 'middle_docs'").fetchone()
        deep = full or docs - (int(row[0]) if row else 0) >= middle_share * docs
        moved = 0
        for table, (columns, key, replace) in RECENT.items():
            verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
            target, sources, emptied = table, [recent(table)], [recent(table)]
            if table in MIDDLE and not deep:
                target = middle(table)
            elif table in MIDDLE and replace:  # the middle rows first: a recent row replaces its key's
                sources = [middle(table), recent(table)]
                emptied.append(middle(table))
            elif table in MIDDLE:
                sources = [f"(SELECT {columns} FROM {middle(table)} UNION ALL SELECT {columns} FROM {recent(table)})"]
                emptied.append(middle(table))
            for source in sources:
                self.db.execute(f"{verb} INTO {target} ({columns}) SELECT {columns} FROM {source} ORDER BY {key}")
            moved += sum(self.db.execute(f"DELETE FROM {t}").rowcount for t in emptied)
        if deep:
            self.db.execute("INSERT INTO group_state (key, value) VALUES ('middle_docs', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (docs,))
        return moved

    def _roots(self, key: str, limit: int) -> list[str]:
        """The first ``limit`` copy roots holding line ``key``, in root order (both tables)."""
        found: set[str] = set()
        hashed = line_hash(key)
        for table in layers("line_roots"):
            found.update(r[0] for r in self.db.execute(f"SELECT root FROM {table} WHERE key = ? ORDER BY root LIMIT ?",
                                                       (hashed, limit)))
        return sorted(found)[:limit]

    # -- recurring lines (site boilerplate) ---------------------------------------------------------
    def line_keys(self, article_id: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM line_keys WHERE article = ?", (article_id,))}

    def recurring(
        self,
        keys: Collection[str],
        min_articles: int,
        story: str | None = None,
        related_share: float = DEFAULT.recurring_related_share,  # callers pass their options' values
        copy_share: float = DEFAULT.recurring_copy_share,
        holders_cap: int = DEFAULT.recurring_holders_cap,
    ) -> set[str]:
        """Which of ``keys`` occur in at least ``min_articles`` stored articles unrelated to the asker.

        Related articles don't count: those of the same ``story``; copies of the asking text (they
        share at least two and more than ``copy_share`` of its lines); and those sharing at least two
        and more than ``related_share`` of its lines once site chrome is set aside (a partial copy
        shares *rare* lines; a sibling page of the same site shares only chrome, which is what we
        want to count). Detected copies count once, as their original (``copy_of``).

        Bounded: at most ``holders_cap`` + 1 holders are read per key. A key held by more is site
        chrome (recurring unless that many of its holders are related to the asker, checked exactly);
        only its holders that also hold a rarer key are examined one by one. The answer equals the
        exhaustive one unless the asker shares more than ``copy_share`` of its lines *only* with
        such chrome-heavy pages (then those lines count as chrome, as they are).
        """
        keys = set(keys)
        if not keys or min_articles < 1:
            return set()
        holders: dict[str, set[str]] = {}
        frequent: set[str] = set()
        chrome = self._chrome.setdefault(holders_cap, set())
        for key in sorted(keys):
            if key in chrome:
                frequent.add(key)
                continue
            roots = self._roots(key, holders_cap + 1)
            if len(roots) > holders_cap:
                frequent.add(key)
                if len(chrome) >= _CHROME_KEPT:
                    chrome.clear()
                chrome.add(key)
                continue
            for root in roots:
                holders.setdefault(root, set()).add(key)
        if frequent and holders:  # the chrome those holders share too, for the copy test below
            named = {line_hash(k): k for k in sorted(frequent)}
            fk = sorted(named)
            for chunk in _chunks(sorted(holders)):
                for table in layers("line_roots"):
                    query = (f"SELECT key, root FROM {table} WHERE key IN ({','.join('?' * len(fk))}) "
                             f"AND root IN ({','.join('?' * len(chunk))})")
                    for hashed, root in self.db.execute(query, [*fk, *chunk]):
                        holders[root].add(named[hashed])
        excluded: set[str] = set()
        if story is not None:
            excluded = {r[0] for r in self.db.execute("SELECT id FROM articles WHERE story = ?", (story,))}
        kept = {
            art: shared
            for art, shared in holders.items()
            if art not in excluded and not (len(shared) >= 2 and len(shared) > copy_share * len(keys))
        }
        df: dict[str, int] = {}
        for shared in kept.values():
            for key in shared:
                df[key] = df.get(key, 0) + 1
        chrome = {k for k, n in df.items() if n >= min_articles} | frequent  # candidates, before relatedness
        counts: dict[str, int] = {}
        unrelated: set[str] = set()
        for art, shared in kept.items():
            rare = len(shared - chrome)
            if rare >= 2 and rare > related_share * len(keys):
                continue  # a copy of the asking article's text: not independent evidence of chrome
            unrelated.add(art)
            for key in shared - frequent:
                counts[key] = counts.get(key, 0) + 1
        found = {k for k, n in counts.items() if n >= min_articles}
        for key in frequent:
            related = sum(1 for art, shared in holders.items() if key in shared and art not in unrelated)
            if holders_cap + 1 - related >= min_articles:
                found.add(key)
            else:  # many of its holders are related to the asker: count exactly (rare)
                total = self.db.execute("SELECT COUNT(*) FROM (SELECT root FROM line_roots WHERE key = ?1 UNION "
                                        "SELECT root FROM line_roots_middle WHERE key = ?1 UNION "
                                        "SELECT root FROM line_roots_recent WHERE key = ?1)", (line_hash(key),)).fetchone()[0]
                if total - related >= min_articles:
                    found.add(key)
        return found

    # -- stories (written by the grouping index, ``accord.store_index``) ---------------------------
    def stories(self) -> list[Story]:
        """Every story with its articles (in story order), independent sources and first/last date."""
        return self._stories("")

    def story(self, story_id: str) -> Story | None:
        found = self._stories("WHERE s.id = ?", story_id)
        return found[0] if found else None

    def _stories(self, where: str, *params: str) -> list[Story]:
        from accord.align import sources  # the one rule of what counts once (issue 12); heavy: imported here

        query = ("SELECT s.id, s.title, m.article, a.copy_of, a.source, a.url, a.published FROM stories s "
                 "JOIN story_members m ON m.story = s.id JOIN articles a ON a.id = m.article "
                 f"{where} ORDER BY s.rowid, m.pos")
        out: dict[str, tuple[Story, list[Article], dict[str, str]]] = {}
        for sid, title, article, copy_of, source, url, published in self.db.execute(query, params):
            story, members, copies = out.setdefault(sid, (Story(id=sid, title=title), [], {}))
            story.articles.append(article)
            members.append(Article(id=article, title="", text="", source=source, url=url))
            if copy_of:
                copies[article] = copy_of
            if published:
                story.first = min(story.first or published, published)
                story.last = max(story.last or published, published)
        for story, members, copies in out.values():
            # independent sources: outlets, wire copies once (``accord.align.sources``), as a brief counts them
            same = sources(members, copies)
            story.independent = len({same.get(a, a) for a in story.articles})
        return [story for story, _, _ in out.values()]

    # -- stored briefs (migration 3): served by the web UI, rebuilt when their story changes ---------
    def story_keys(self, story: str | None = None) -> dict[str, str]:
        """Per story (or for one), a key of its members (ids, copy marks, titles, dates): a brief
        stored under another key is stale. Reads no text, so checking every story is cheap."""
        import hashlib

        acc: dict[str, "hashlib._Hash"] = {}
        where, args = ("story = ?", (story,)) if story is not None else ("story IS NOT NULL", ())
        rows = self.db.execute(
            "SELECT story, id, COALESCE(copy_of, ''), title, COALESCE(published, '') FROM articles "
            f"WHERE {where} ORDER BY story, id", args)
        for story, aid, copy, title, published in rows:
            h = acc.get(story)
            if h is None:
                h = acc[story] = hashlib.sha1()
            h.update(f"{aid}\x1f{copy}\x1f{title}\x1f{published}\x1e".encode())
        return {story: h.hexdigest()[:16] for story, h in acc.items()}

    def brief_keys(self, stories: Collection[str] | None = None) -> dict[str, str]:
        """Story → the key its stored brief was built under (of every brief, or of ``stories``)."""
        if stories is None:
            return {r[0]: r[1] for r in self.db.execute("SELECT story, key FROM briefs")}
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(stories)):
            query = f"SELECT story, key FROM briefs WHERE story IN ({','.join('?' * len(chunk))})"
            out.update((r[0], r[1]) for r in self.db.execute(query, chunk))
        return out

    def put_brief(self, story: str, key: str, data: dict[str, Any], digest: dict[str, Any]) -> int:
        """Store a story's brief; a new version (kept in ``brief_versions``) only when ``digest``
        (what a reader is told changed: sources, facts, disagreements) differs. Returns the version."""
        text = json.dumps(data, ensure_ascii=False)
        dig = json.dumps(digest, ensure_ascii=False, sort_keys=True)
        with self._unstamped(), self.transaction():
            row = self.db.execute("SELECT version FROM briefs WHERE story = ?", (story,)).fetchone()
            version = row[0] if row else 0
            last = self.db.execute("SELECT digest FROM brief_versions WHERE story = ? AND version = ?",
                                   (story, version)).fetchone()
            if last is None or last[0] != dig:
                version += 1
                self.db.execute("INSERT OR REPLACE INTO brief_versions (story, version, created, digest) "
                                "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?)", (story, version, dig))
                self.db.execute("DELETE FROM brief_versions WHERE story = ? AND version <= ?",
                                (story, version - DEFAULT.brief_versions_kept))
            self.db.execute(
                "INSERT INTO briefs (story, version, key, updated, title, facts, disagreements, data) "
                "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?, ?, ?) ON CONFLICT(story) DO UPDATE SET "
                "version = excluded.version, key = excluded.key, updated = excluded.updated, title = excluded.title, "
                "facts = excluded.facts, disagreements = excluded.disagreements, data = excluded.data",
                (story, version, key, data.get("title", ""), len(data.get("facts", [])),
                 len(data.get("disagreements", [])), text))
        return version

    def get_brief(self, story: str) -> dict[str, Any] | None:
        """``{"version", "updated", "key", "data"}`` (``data``: the JSON text) of a stored brief."""
        row = self.db.execute("SELECT version, updated, key, data FROM briefs WHERE story = ?", (story,)).fetchone()
        return dict(row) if row else None

    def brief_stats(self) -> dict[str, dict[str, Any]]:
        """Per stored brief: its title, version, updated, facts and disagreements counts (the stories list)."""
        rows = self.db.execute("SELECT story, title, version, updated, facts, disagreements FROM briefs")
        return {r[0]: dict(r) for r in rows}

    def brief_digest(self, story: str, version: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT digest FROM brief_versions WHERE story = ? AND version = ?",
                              (story, version)).fetchone()
        return json.loads(row[0]) if row else None

    def oldest_brief_version(self, story: str) -> int | None:
        row = self.db.execute("SELECT MIN(version) FROM brief_versions WHERE story = ?", (story,)).fetchone()
        return row[0]

    def mark_brief_stale(self, stories: Collection[str]) -> None:
        with self.transaction():
            self.db.executemany("UPDATE briefs SET key = '' WHERE story = ?", [(s,) for s in stories])

    def delete_brief(self, story: str) -> None:
        with self._unstamped(), self.transaction():
            self.db.execute("DELETE FROM briefs WHERE story = ?", (story,))

    # -- full-text search (migration 3: FTS5 over titles and cleaned texts, kept by triggers) ------
    def search(self, query: str, limit: int = 1000) -> list[tuple[str, str, float]]:
        """(story, article id, bm25 rank: lower is better) of articles matching ``query``, best
        first. ``query`` is plain words: each is quoted, so FTS5 syntax in user input is inert."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '') + '"' for w in words[:32])
        rows = self.db.execute(
            "SELECT a.story, a.id, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? "
            "ORDER BY rank LIMIT ?", (match, limit))
        return [(r[0], r[1], r[2]) for r in rows]

    def story_outlets(self) -> dict[str, list[tuple[str, str | None, str | None, str | None]]]:
        """Per story: (article id, source, published, url) of its articles, for listing and filters (the
        url too: an article naming no outlet may still have one, ``accord.outlets.outlet``)."""
        out: dict[str, list[tuple[str, str | None, str | None, str | None]]] = {}
        for story, aid, source, published, url in self.db.execute(
                "SELECT story, id, source, published, url FROM articles WHERE story IS NOT NULL ORDER BY rowid"):
            out.setdefault(story, []).append((aid, source, published, url))
        return out

    # -- fixes: a reader's corrections of the grouping, kept as an audit trail ------------------
    def add_fix(self, action: str, args: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> int:
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO fixes (at, action, args, before, after) "
                "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?, ?, ?)",
                (action, json.dumps(args, ensure_ascii=False), json.dumps(before, ensure_ascii=False),
                 json.dumps(after, ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def fixes(self, active_only: bool = False) -> list[dict[str, Any]]:
        """Every fix, oldest first: id, at, action, args, before, after, undone (a time or None)."""
        where = " WHERE undone IS NULL" if active_only else ""
        out = []
        for r in self.db.execute(f"SELECT * FROM fixes{where} ORDER BY id"):
            row = dict(r)
            for k in ("args", "before", "after"):
                row[k] = json.loads(row[k])
            out.append(row)
        return out

    def mark_fix_undone(self, fix_id: int) -> None:
        with self.transaction():
            self.db.execute("UPDATE fixes SET undone = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?", (fix_id,))

    # -- feeds: what ``accord watch`` and ``serve --watch`` poll --------------------------------
    FEED_FIELDS = ("title", "etag", "last_modified", "last_poll", "status", "message", "failures",
                   "next_poll", "added_articles")

    def put_feed(self, url: str, **values: Any) -> None:
        """Add a feed (no-op if listed) and/or update its poll state fields."""
        unknown = set(values) - set(self.FEED_FIELDS)
        if unknown:
            raise ValueError(f"unknown feed field(s): {', '.join(sorted(unknown))}")
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO feeds (url, added) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                            (url,))
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"UPDATE feeds SET {sets} WHERE url = ?", [*values.values(), url])

    def feeds(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM feeds ORDER BY added, url")]

    def get_feed(self, url: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def remove_feed(self, url: str) -> bool:
        with self.transaction():
            cur = self.db.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cur.rowcount > 0

    def feed_entries(self, url: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM feed_entries WHERE feed = ?", (url,))}

    def add_feed_entries(self, url: str, keys: Collection[str]) -> None:
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO feed_entries (feed, key) VALUES (?, ?)",
                                [(url, k) for k in keys])

    # -- lifecycle -----------------------------------------------------------------------------------
    def close(self) -> None:
        self.kept.clear()
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chunks(items: list[str], size: int = MAX_VARIABLES // 2) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
