"""The library: articles (and later stories) in one SQLite file.

WAL mode and one transaction per article, so an interrupted ingest never leaves half an article and a
reader (web UI) can read while a batch writes. ``PRAGMA user_version`` holds the schema version.
Per article the store keeps its line keys (``accord.clean.line_keys`` of the raw text), so the
cleaner can ask which lines recur across unrelated articles (site boilerplate).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from accord.errors import AccordError
from accord.ingest.meta import text_key
from accord.model import Article, Removed
from accord.options import DEFAULT

SCHEMA_VERSION = 2
ARTICLE_FIELDS = [f.name for f in fields(Article)]
RELATED_LINE_SHARE = DEFAULT.recurring_related_share
COPY_SHARE = DEFAULT.recurring_copy_share


class Library:
    """An article library in SQLite. ``add`` dedups by URL or normalised text; use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL keeps each commit atomic; fewer fsyncs
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise AccordError(f"{self.path}: not a usable accord library ({exc})") from None

    # -- schema ----------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise AccordError(f"{self.path}: library schema {version} is newer than this accord ({SCHEMA_VERSION})")
        with self._tx():
            if version < 1:
                self.db.execute(
                    """CREATE TABLE IF NOT EXISTS articles (
                        id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, source TEXT,
                        url TEXT, published TEXT, author TEXT, origin TEXT, raw_text TEXT NOT NULL,
                        removed TEXT NOT NULL DEFAULT '[]', story TEXT, copy_of TEXT,
                        text_key TEXT NOT NULL, added TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"""
                )
                self.db.execute("CREATE INDEX IF NOT EXISTS articles_url ON articles(url)")
                self.db.execute("CREATE INDEX IF NOT EXISTS articles_text_key ON articles(text_key)")
                self.db.execute("CREATE INDEX IF NOT EXISTS articles_story ON articles(story)")
                self.db.execute(
                    """CREATE TABLE IF NOT EXISTS line_keys (
                        key TEXT NOT NULL,
                        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        PRIMARY KEY (key, article)) WITHOUT ROWID"""
                )
                self.db.execute("CREATE INDEX IF NOT EXISTS line_keys_article ON line_keys(article)")
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')"
                )
            if version < 2:
                _migrate_v2(self.db)
            # Fields added to the model later become nullable columns, so old libraries keep working.
            have = {row[1] for row in self.db.execute("PRAGMA table_info(articles)")}
            for name in ARTICLE_FIELDS:
                if name not in have:
                    self.db.execute(f'ALTER TABLE articles ADD COLUMN "{name}" TEXT')
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _tx(self) -> "_Transaction":
        return _Transaction(self.db)

    # -- articles --------------------------------------------------------------------------------
    def find_duplicate(self, article: Article) -> str | None:
        """The id of a stored article with the same URL or the same normalised extracted text."""
        if article.url and urlsplit(article.url).path.strip("/"):  # a site's root URL names no article
            row = self.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", (article.url,)).fetchone()
            if row:
                return row[0]
        row = self.db.execute(
            "SELECT id FROM articles WHERE text_key = ? LIMIT 1", (text_key(article.raw_text or article.text),)
        ).fetchone()
        return row[0] if row else None

    def _free_id(self, wanted: str) -> str:
        taken = {r[0] for r in self.db.execute("SELECT id FROM articles WHERE id = ? OR id LIKE ?", (wanted, f"{wanted}-%"))}
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"

    def add(self, article: Article, keys: Collection[str] = ()) -> bool:
        """Store ``article`` and its line ``keys`` in one transaction; False if it is a duplicate.

        A taken id gets a ``-2``/``-3``… suffix; the id actually stored is written back to
        ``article.id`` so the caller can report it.
        """
        with self._tx():
            if self.find_duplicate(article) is not None:
                return False
            article.id = self._free_id(article.id)
            row = self._row(article)
            cols = ", ".join(f'"{c}"' for c in row)
            self.db.execute(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            self.db.executemany(
                "INSERT OR IGNORE INTO line_keys (key, article) VALUES (?, ?)", [(k, article.id) for k in set(keys)]
            )
        return True

    def update(self, article: Article) -> None:
        """Rewrite a stored article's fields (e.g. after story assignment sets ``story``/``copy_of``)."""
        row = self._row(article)
        row.pop("id")
        sets = ", ".join(f'"{c}" = ?' for c in row)
        with self._tx():
            cur = self.db.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*row.values(), article.id])
            if cur.rowcount == 0:
                raise AccordError(f"no article {article.id!r} in {self.path}")

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

    def line_keys(self, article_id: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM line_keys WHERE article = ?", (article_id,))}

    def recurring(
        self,
        keys: Collection[str],
        min_articles: int,
        story: str | None = None,
        related_share: float = RELATED_LINE_SHARE,
        copy_share: float = COPY_SHARE,
    ) -> set[str]:
        """Which of ``keys`` occur in at least ``min_articles`` stored articles unrelated to the asker.

        Related articles don't count: those of the same ``story``; copies of the asking text (they
        share at least two and more than ``copy_share`` of its lines); and those sharing at least two and more than
        ``related_share`` of its lines once site chrome is set aside (a partial copy shares *rare*
        lines; a sibling page of the same site shares only chrome, which is what we want to count).
        Detected copies count once, as their original (``copy_of``).
        """
        keys = set(keys)
        if not keys or min_articles < 1:
            return set()
        holders: dict[str, set[str]] = {}
        marks = ",".join("?" * len(keys))
        query = (
            "SELECT l.key, COALESCE(a.copy_of, a.id) FROM line_keys l JOIN articles a ON a.id = l.article "
            f"WHERE l.key IN ({marks})"
        )
        for key, art in self.db.execute(query, list(keys)):
            holders.setdefault(art, set()).add(key)
        excluded: set[str] = set()
        if story is not None:
            excluded = {r[0] for r in self.db.execute("SELECT id FROM articles WHERE story = ?", (story,))}
        holders = {
            art: shared
            for art, shared in holders.items()
            if art not in excluded and not (len(shared) >= 2 and len(shared) > copy_share * len(keys))
        }
        df: dict[str, int] = {}
        for shared in holders.values():
            for key in shared:
                df[key] = df.get(key, 0) + 1
        chrome = {k for k, n in df.items() if n >= min_articles}  # candidates, before relatedness
        counts: dict[str, int] = {}
        for shared in holders.values():
            rare = len(shared - chrome)
            if rare >= 2 and rare > related_share * len(keys):
                continue  # a copy of the asking article's text: not independent evidence of chrome
            for key in shared:
                counts[key] = counts.get(key, 0) + 1
        return {k for k, n in counts.items() if n >= min_articles}

    # -- stories (filled by story assignment) ---------------------------------------------------
    def put_story(self, story_id: str, title: str, data: dict[str, Any]) -> None:
        with self._tx():
            self.db.execute(
                "INSERT INTO stories (id, title, data) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET title = excluded.title, data = excluded.data",
                (story_id, title, json.dumps(data, ensure_ascii=False)),
            )

    def stories(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [(r[0], r[1], json.loads(r[2])) for r in self.db.execute("SELECT id, title, data FROM stories ORDER BY rowid")]

    # -- grouping state (the online story index, so the next ingest continues it) ---------------
    def get_state(self, key: str) -> str | None:
        self.db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put_state(self, key: str, value: str) -> None:
        with self._tx():
            self.db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self.db.execute("INSERT INTO state (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # -- stored briefs (schema 2): served by the web UI, rebuilt when their story changes ---------
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

    def brief_keys(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT story, key FROM briefs")}

    def put_brief(self, story: str, key: str, data: dict[str, Any], digest: dict[str, Any]) -> int:
        """Store a story's brief; a new version (kept in ``brief_versions``) only when ``digest``
        (what a reader is told changed: sources, facts, disagreements) differs. Returns the version."""
        text = json.dumps(data, ensure_ascii=False)
        dig = json.dumps(digest, ensure_ascii=False, sort_keys=True)
        with self._tx():
            row = self.db.execute("SELECT version FROM briefs WHERE story = ?", (story,)).fetchone()
            version = row[0] if row else 0
            last = self.db.execute("SELECT digest FROM brief_versions WHERE story = ? AND version = ?",
                                   (story, version)).fetchone()
            if last is None or last[0] != dig:
                version += 1
                self.db.execute("INSERT OR REPLACE INTO brief_versions (story, version, created, digest) "
                                "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?)", (story, version, dig))
                self.db.execute("DELETE FROM brief_versions WHERE story = ? AND version <= ?",
                                (story, version - BRIEF_VERSIONS_KEPT))
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
        with self._tx():
            self.db.executemany("UPDATE briefs SET key = '' WHERE story = ?", [(s,) for s in stories])

    def delete_brief(self, story: str) -> None:
        with self._tx():
            self.db.execute("DELETE FROM briefs WHERE story = ?", (story,))

    def delete_story(self, story: str) -> None:
        """Forget a story row that no article belongs to any more (after a merge or moves)."""
        with self._tx():
            self.db.execute("DELETE FROM stories WHERE id = ?", (story,))

    # -- full-text search (schema 2: FTS5 over titles and cleaned texts, kept by triggers) ------
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

    def story_outlets(self) -> dict[str, list[tuple[str, str | None, str | None]]]:
        """Per story: (article id, source, published) of its articles, for listing and filters."""
        out: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for story, aid, source, published in self.db.execute(
                "SELECT story, id, source, published FROM articles WHERE story IS NOT NULL ORDER BY rowid"):
            out.setdefault(story, []).append((aid, source, published))
        return out

    # -- fixes: a reader's corrections of the grouping, kept as an audit trail ------------------
    def add_fix(self, action: str, args: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> int:
        with self._tx():
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
        with self._tx():
            self.db.execute("UPDATE fixes SET undone = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?", (fix_id,))

    # -- feeds: what ``accord watch`` and ``serve --watch`` poll --------------------------------
    FEED_FIELDS = ("title", "etag", "last_modified", "last_poll", "status", "message", "failures",
                   "next_poll", "added_articles")

    def put_feed(self, url: str, **values: Any) -> None:
        """Add a feed (no-op if listed) and/or update its poll state fields."""
        unknown = set(values) - set(self.FEED_FIELDS)
        if unknown:
            raise ValueError(f"unknown feed field(s): {', '.join(sorted(unknown))}")
        with self._tx():
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
        with self._tx():
            cur = self.db.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cur.rowcount > 0

    def feed_entries(self, url: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM feed_entries WHERE feed = ?", (url,))}

    def add_feed_entries(self, url: str, keys: Collection[str]) -> None:
        with self._tx():
            self.db.executemany("INSERT OR IGNORE INTO feed_entries (feed, key) VALUES (?, ?)",
                                [(url, k) for k in keys])

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error (so no half-written article)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


BRIEF_VERSIONS_KEPT = 50  # per story: "what changed since your last visit" reaches this many versions back


def _migrate_v2(db: sqlite3.Connection) -> None:
    """Schema 2: stored briefs and their versions (web UI), FTS5 over articles, fixes, feeds."""
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
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")  # articles stored before schema 2
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
