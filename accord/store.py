"""The library: articles (and later stories) in one SQLite file.

WAL mode and one transaction per article, so an interrupted ingest never leaves half an article and a
reader (web UI) can read while a batch writes. ``PRAGMA user_version`` holds the schema version.
Per article the store keeps its line keys (``accord.clean.line_keys`` of the raw text), so the
cleaner can ask which lines recur across unrelated articles (site boilerplate).
"""
from __future__ import annotations

import json
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

SCHEMA_VERSION = 1
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
