"""A library's grouping, continued across runs: the grouper that ``accord ingest``, the feed watcher
and uploads feed each stored article to, and the story index a reader's fixes (``accord.fixes``)
load and correct.

Grouping itself (``accord.group``) is a stage and knows nothing of storage; this module is where its
state meets the store. The index lives in the library's own tables (``accord.store_index``), read
lazily and written in the transaction that stores each article, so a crash never leaves an article
without a story and adding one article costs the same in a library of any size.
"""
from __future__ import annotations

from accord.group.copies import article_text, chronological
from accord.model import Article
from accord.options import DEFAULT, Options
from accord.store import Library
from accord.store_index import LibraryCopyIndex, LibraryStoryIndex


def pins(lib: Library) -> dict[str, str]:
    """Article → story it was last moved to by a fix still in force (oldest fixes first)."""
    pinned: dict[str, str] = {}
    for fix in lib.fixes(active_only=True):
        for aid, (_, to) in fix["after"].get("moves", {}).items():
            pinned[aid] = to
    return pinned


def load(lib: Library, options: Options = DEFAULT) -> LibraryStoryIndex:
    """The library's story index (read lazily from its tables), with the current pins: articles a
    reader moved stay where they were put by the index's own splits and re-cuts."""
    index = LibraryStoryIndex(lib.db, options)
    index.pinned = set(pins(lib))
    return index


class Grouper:
    """Online story assignment and copy detection for a library, continued across ingest runs.

    Use inside the library's writer lock (``accord ingest`` holds it for its run): caches read from
    the tables stay valid only while no other writer can change them.
    """

    def __init__(self, lib: Library, options: Options = DEFAULT) -> None:
        self.lib, self.options = lib, options
        self.changed: set[str] = set()  # stories that got or lost articles (their stored briefs are stale)
        self._stamp: tuple[int, int] | None = None  # the library's stamp when kept (``keep``)
        self.reset()
        if lib.db.execute("SELECT 1 FROM group_state WHERE key = 'catch_up'").fetchone():
            self._catch_up()

    @classmethod
    def kept(cls, lib: Library, options: Options = DEFAULT) -> "Grouper":
        """The grouper of this handle's last ingest when nothing changed the library since
        (``Library.stamp``) and it holds at most ``index_cache_rows`` rows: the postings, term
        counts, stories and members it read stay parsed for the next batch (a watcher's poll, a
        web upload, a script's next call). Otherwise a new one, which reads the tables afresh."""
        old = lib.kept.pop("grouper", None)
        if (isinstance(old, cls) and old.options == options and old._stamp == lib.stamp()
                and old.held() <= options.index_cache_rows):
            old.changed = set()
            return old
        return cls(lib, options)

    def keep(self) -> None:
        """Leave this grouper on its library handle for the next ingest (``kept``); call after the
        last commit of a run that ended cleanly: everything read is then what the tables hold."""
        if self.options.index_cache_rows > 0:
            self._stamp = self.lib.stamp()
            self.lib.kept["grouper"] = self

    def held(self) -> int:
        """Rows of the index held in memory (what ``index_cache_rows`` bounds)."""
        return self.stories.held() + self.copies.held()

    def reset(self, repair: bool = True) -> None:
        """Forget what was read (after a rolled-back transaction the tables are the truth again).
        ``repair``: an article's savepoint was rolled back inside a batch still open, so the stories
        whose totals were not flushed yet are recomputed from their rows; without it (the whole batch
        was rolled back) the rows are already as the last commit left them."""
        old = getattr(self, "stories", None)
        if old is not None and repair and old.deferred:
            old.settle()  # the batch's stored articles' term counts and postings, the failed one's undone
        self.copies = LibraryCopyIndex(self.lib.db, self.options)
        self.stories = load(self.lib, self.options)
        if old is not None:
            self.stories.deferred = old.deferred
            if repair and old.stale:
                self.stories.repair(old.stale)

    def defer(self) -> None:
        """Write stories' running totals, term counts and postings at ``flush`` (call it before each
        commit) instead of with every article: for a caller that commits many articles together
        (``intake.store_all``), which calls ``stored`` once each article's savepoint is released and
        ``reset`` when one was rolled back."""
        self.stories.deferred = True

    def stored(self) -> None:
        """The article last assigned is stored: a later ``reset`` keeps what it changed."""
        self.stories.stored()

    def flush(self) -> None:
        """Before each commit of a batch: the stories' running totals, and the recent tables of the
        hashed indexes merged into the big ones once enough articles came since the last merge
        (``index_recent_share`` of the library, at least ``index_recent_min``), in the same
        transaction, so a crash leaves the merge done or not, never half done. Before a merge the
        posting windows changed since the last one are written whole (between merges a batch writes
        only the stories it posted: ``LibraryStoryIndex.write_windows``)."""
        self.stories.flush()
        o = self.options
        docs = len(self.copies)
        row = self.lib.db.execute("SELECT value FROM group_state WHERE key = 'merged_docs'").fetchone()
        merged = int(row[0]) if row else 0
        if docs - merged >= max(o.index_recent_min, o.index_recent_share * docs):
            self.stories.write_windows()
            self.lib.merge_recent(middle_share=o.index_middle_share)
            self.lib.db.execute("INSERT INTO group_state (key, value) VALUES ('merged_docs', ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (docs,))

    def assign(self, article: Article) -> None:
        """Set ``article.copy_of``/``story`` and write the index rows, moving earlier articles when a
        split or re-cut moved them. Call inside the ``Library.transaction`` that stores the article."""
        original = self.copies.add(article.id, article_text(article))
        article.copy_of = original
        article.story = self.stories.add(article, root=original)  # a copy joins its original's story
        self.stories.save()
        self.changed.add(article.story)
        for moved_id, new_story in self.stories.moved:
            if moved_id != article.id:
                row = self.lib.db.execute("SELECT story FROM articles WHERE id = ?", (moved_id,)).fetchone()
                self.changed.update(s for s in (row[0] if row else None, new_story) if s)
                self.lib.set_story(moved_id, new_story)
        self.stories.moved.clear()

    def _catch_up(self) -> None:
        """Index what a library migrated from schema 1 has not indexed yet: every article's copy
        shingles (oldest first, under the copy root it has), and articles an interrupted run stored
        without a story (assigned as new)."""
        indexed = {r[0] for r in self.lib.db.execute("SELECT article FROM story_members")}
        for art in chronological(self.lib.articles()):
            with self.lib.transaction():
                if art.id in indexed:
                    if not self.copies.has(art.id):
                        self.copies.index_existing(art)
                else:
                    self.assign(art)
                    self.lib.update(art)
        with self.lib.transaction():
            self.lib.db.execute("DELETE FROM group_state WHERE key = 'catch_up'")
