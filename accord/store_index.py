"""The grouping index of a library: wire copies and stories, kept in the library's own tables.

``LibraryCopyIndex`` and ``LibraryStoryIndex`` run the online assignment of ``accord.group``
(``CopyIndex``, ``StoryIndex``) with its state in SQLite rows instead of memory (``accord.grouper``
drives them for ingest and fixes):

- read lazily, only what one article needs: the document frequencies of its terms, the postings of
  its top terms, its candidate stories (each read whole once per run), the copy postings of its
  sampled shingles. Opening a library reads nothing in advance, so adding one article costs the
  same in a library of any size;
- written as the article commits, in the same transaction (``Grouper.assign`` runs inside the
  ``Library.transaction`` that stores the article), so after a crash or kill -9 the next run
  continues exactly where the last commit stopped.

Rows hold exact values (floats as JSON reprs, embeddings as float32 bytes), so state read back is
the state that was in memory: one run or many, interrupted or not, give the same stories.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

import numpy as np

from accord.group.copies import CopyIndex, article_text
from accord.group.stories import StoryIndex, Vector, _Member, _StoryState
from accord.model import Article
from accord.options import DEFAULT, Options
from accord.store import _chunks

_ABSENT = object()


def _json(vec: Vector) -> str:
    return json.dumps(vec, ensure_ascii=False, separators=(",", ":"))


def _lead(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()


def _blob(vec: np.ndarray | None) -> bytes | None:
    return None if vec is None else np.asarray(vec, dtype=np.float32).tobytes()


# -- copies ------------------------------------------------------------------------------------------

# a sampled hash's first documents (``?2`` of them) over the big, the middle and the recent postings table
_POSTING = ("SELECT doc FROM (SELECT doc FROM copy_postings WHERE hash = ?1 ORDER BY doc LIMIT ?2) "
            "UNION SELECT doc FROM (SELECT doc FROM copy_postings_middle WHERE hash = ?1 ORDER BY doc LIMIT ?2) "
            "UNION SELECT doc FROM (SELECT doc FROM copy_postings_recent WHERE hash = ?1 ORDER BY doc LIMIT ?2) "
            "ORDER BY doc LIMIT ?2")

class LibraryCopyIndex(CopyIndex):
    """``CopyIndex`` over the tables ``copy_docs`` (each article's shingle hashes and copy root) and
    ``copy_postings`` (sampled hash → documents)."""

    def __init__(self, db: sqlite3.Connection, options: Options = DEFAULT) -> None:
        super().__init__(options)
        self.db = db
        self._size = db.execute("SELECT COALESCE(MAX(doc) + 1, 0) FROM copy_docs").fetchone()[0]
        # the postings read (their first ``copy_max_df`` + 1 documents), kept for the run and extended
        # as documents are added (only under the writer lock, so nothing else changes them): most
        # sampled hashes an article looks up were looked up before (4 in 5 of the lookups of 1,000
        # generated articles; a site's phrases, a running story's wording), and reading a posting of
        # up to ``copy_max_df`` documents again for each article cost more the fuller the postings
        # grow (its rows, a deeper B-tree). One over ``copy_max_df`` is ignored by matching and
        # stays so (a site's footer, its menu); it is not extended.
        self._read: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return self._size

    def held(self) -> int:
        """Rows held in memory (the postings read, one row each and their documents)."""
        return len(self._read) + sum(len(p) for p in self._read.values())

    def _posting(self, h: int) -> list[int]:
        posting = self._read.get(h)
        if posting is None:
            # the first ``limit`` documents of the big and the recent table together, in one statement
            posting = [r[0] for r in self.db.execute(_POSTING, (h, self.options.copy_max_df + 1))]
            self._read[h] = posting
        return posting

    def _hashes(self, doc: int) -> np.ndarray:
        row = self.db.execute("SELECT hashes FROM copy_docs WHERE doc = ?", (doc,)).fetchone()
        return np.frombuffer(row[0], dtype=np.uint32)

    def _root(self, doc: int) -> int:
        return self.db.execute("SELECT root FROM copy_docs WHERE doc = ?", (doc,)).fetchone()[0]

    def _id(self, doc: int) -> str:
        return self.db.execute("SELECT article FROM copy_docs WHERE doc = ?", (doc,)).fetchone()[0]

    def _append(self, article_id: str, root: int, hashes: np.ndarray, sample: np.ndarray) -> None:
        doc = self._size
        self.db.execute("INSERT INTO copy_docs (doc, article, root, hashes) VALUES (?, ?, ?, ?)",
                        (doc, article_id, root, np.asarray(hashes, dtype=np.uint32).tobytes()))
        hashes_in = sample.tolist()
        self.db.executemany("INSERT OR IGNORE INTO copy_postings_recent (hash, doc) VALUES (?, ?)",
                            [(h, doc) for h in hashes_in])
        read, limit = self._read, self.options.copy_max_df + 1
        for h in hashes_in:  # the postings read stay what the tables hold: this document is the last
            posting = read.get(h)
            if posting is not None and len(posting) < limit and (not posting or posting[-1] != doc):
                posting.append(doc)
        self._size += 1

    def has(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM copy_docs WHERE article = ?", (article_id,)).fetchone() is not None

    def index_existing(self, article: Article) -> None:
        """Index a stored article's text under the copy root it already has (libraries of schema 1
        kept no copy index: it was rebuilt at every run)."""
        from accord.group.features import shingle_hashes

        o = self.options
        hashes = shingle_hashes(article_text(article), o.copy_shingle)
        row = None
        if article.copy_of:
            row = self.db.execute("SELECT root FROM copy_docs WHERE article = ?", (article.copy_of,)).fetchone()
        self._append(article.id, row[0] if row else self._size, hashes, hashes[hashes % o.copy_sample == 0])


# -- stories -----------------------------------------------------------------------------------------

def _undo(table: dict, journal: dict[str, tuple[Any, bool]], dirty: set[str]) -> None:
    """Put back each journalled key's value and dirty mark as they were before the article being
    stored changed them, and empty the journal."""
    for key, (value, was_dirty) in journal.items():
        dict.__setitem__(table, key, value)
        if not was_dirty:
            dirty.discard(key)
    journal.clear()


class _Counts(dict):
    """Document frequencies, read per term on first use; changed terms are kept for writing."""

    def __init__(self, db: sqlite3.Connection, prefix: str) -> None:
        super().__init__()
        self.db, self.prefix = db, prefix
        self.dirty: set[str] = set()
        # term -> (its count, whether it was dirty) before the article being stored changed it: a
        # batch writes its counts once, at its commit, so an article rolled back alone is undone here
        self.journal: dict[str, tuple[int, bool]] = {}

    def prefetch(self, terms: Iterable[str]) -> None:
        missing = [t for t in terms if not dict.__contains__(self, t)]
        for chunk in _chunks(missing):
            dict.update(self, dict.fromkeys(chunk, 0))
            for table in ("story_terms", "story_terms_middle", "story_terms_recent"):  # a later table's row replaces
                query = f"SELECT term, n FROM {table} WHERE term IN ({','.join('?' * len(chunk))})"
                for term, n in self.db.execute(query, [self.prefix + t for t in chunk]):
                    dict.__setitem__(self, term[len(self.prefix):], n)

    def get(self, term: str, default: Any = 0) -> Any:
        if not dict.__contains__(self, term):
            self.prefetch([term])
        return dict.get(self, term) or default

    def update(self, terms: Iterable[str]) -> None:  # type: ignore[override]
        """Counter.update semantics: one more document for each term."""
        terms = list(terms)
        self.prefetch(terms)
        journal, dirty = self.journal, self.dirty
        for t in terms:
            n = dict.__getitem__(self, t)
            if t not in journal:
                journal[t] = (n, t in dirty)
            dict.__setitem__(self, t, n + 1)
            dirty.add(t)

    def undo(self) -> None:
        """Put back the counts the journal holds (the article that changed them was rolled back)."""
        _undo(self, self.journal, self.dirty)

    def flush(self) -> list[tuple[str, int]]:
        rows = [(self.prefix + t, dict.__getitem__(self, t)) for t in sorted(self.dirty)]
        self.dirty.clear()
        return rows


SEP = "\x1f"  # between the story ids of a key's row in ``story_posts`` (never in an id)
_CODE = "i"  # a packed window's story numbers: 4-byte ints, little-endian in the row
assert array(_CODE).itemsize == 4
_WIDTH = 4  # bytes of a code
_SCAN_CODES = 10  # windows up to this long are searched code by code (``_at``): not a threshold of any result


def _number(sid: str) -> int | None:
    """The number of a story id as ``StoryIndex`` makes them (``s`` and a number, no leading zero,
    under 2**31), else None (such an id keeps its window's row in text)."""
    digits = sid[1:]
    if sid[:1] == "s" and digits.isascii() and digits.isdigit() and (digits == "0" or digits[0] != "0"):
        n = int(digits)
        if n < 2 ** 31:
            return n
    return None


def _le(window: array) -> bytes:
    if sys.byteorder == "little":
        return window.tobytes()
    swapped = array(_CODE, window)
    swapped.byteswap()
    return swapped.tobytes()


def pack_window(ids: Sequence[str]) -> bytes | str:
    """A posting window's row: its stories' numbers as 4-byte ints (oldest first) when every id is
    ``s<number>``, else the ids joined by ``SEP`` (every row before this format was text; both
    are read). Why: a full window is 100 ids, and numbers are scored in one array operation
    instead of a dictionary update per story (``LibraryStoryIndex.candidates``)."""
    numbers = [_number(s) for s in ids]
    if not ids or None in numbers:
        return SEP.join(ids)
    return _le(array(_CODE, numbers))


def window_ids(stored: bytes | str) -> list[str]:
    """The story ids of a stored window, oldest first (either format)."""
    if isinstance(stored, str):
        return stored.split(SEP) if stored else []
    window = array(_CODE)
    window.frombytes(stored)
    if sys.byteorder != "little":
        window.byteswap()
    return [f"s{n}" for n in window]


def _at(window: array, code: int, needle: bytes) -> int:
    """The index of ``code`` in ``window`` (-1 when absent); ``needle`` is its bytes in the array's
    format. A long window is searched as bytes (C speed; a match not on a code's boundary is skipped),
    a short one code by code (the bytes' copy costs more than a few comparisons)."""
    if len(window) <= _SCAN_CODES:
        try:
            return window.index(code)
        except ValueError:
            return -1
    raw = window.tobytes()
    at = raw.find(needle)
    while at > 0 and at % _WIDTH:
        at = raw.find(needle, at + 1)
    return at // _WIDTH if at >= 0 else -1


def _post_code(window: array, code: int, needle: bytes, cap: int) -> None:
    """Post ``code`` in ``window`` as its most recent (moved to the end if there), keeping the last
    ``cap``. Posting a list of codes this way onto a window gives the window that posting them
    one by one gave, whatever was posted in between, when the list holds each code once in the
    order of its last post and at most its last ``cap`` (what ``_Postings.added`` keeps): so the
    posts since a window was written whole are stored apart (``story_posts_added``) and replayed."""
    at = _at(window, code, needle)
    if at >= 0:
        del window[at]
    window.append(code)
    if len(window) > cap:
        del window[0]


class _Postings(dict):
    """Term key → the stories most recently posted under it (``story_posting_cap``, oldest first),
    read per key on first use from its one row of ``story_posts`` (with the stories posted since it was
    written whole replayed onto it: ``added``, ``story_posts_added``).

    One row per key, not one per (key, story) with an index by recency: an article posts under its
    ~60 keys, and each post touched a random leaf of two B-trees and deleted from both when the
    window was full, so the pages a batch dirtied (and its commit wrote) grew with the library.

    A window is held as an ``array`` of story codes: an id ``s<n>`` is ``n`` (what a packed row
    holds, read without a conversion per id), any other id a negative code given on first sight
    (``code``, ``sid``; such a window's row stays text). Scoring a full window was a dictionary
    update per story, and a big library's windows are full.
    """

    def __init__(self, db: sqlite3.Connection, stories: "_Stories", cap: int) -> None:
        super().__init__()
        self.db, self.stories, self.cap = db, stories, cap
        self.dirty: set[str] = set()
        self.journal: dict[str, tuple[array, bool, array | None]] = {}  # as ``_Counts.journal``, with ``added``
        # key -> the stories posted under it since its window was last written whole (``whole``), in
        # the order of their last post, at most ``cap``: what ``flush`` writes (``story_posts_added``)
        self.added: dict[str, array] = {}
        self._odd: dict[str, int] = {}  # ids that are not ``s<n>`` -> their negative codes
        self._odd_ids: list[str] = []

    def code(self, sid: str) -> int:
        n = _number(sid)
        if n is not None:
            return n
        code = self._odd.get(sid)
        if code is None:
            self._odd_ids.append(sid)
            code = self._odd[sid] = -len(self._odd_ids)
        return code

    def sid(self, code: int) -> str:
        return f"s{code}" if code >= 0 else self._odd_ids[-code - 1]

    def _window(self, stored: bytes | str) -> array:
        if isinstance(stored, str):
            return array(_CODE, [self.code(s) for s in stored.split(SEP)] if stored else [])
        window = array(_CODE)
        window.frombytes(stored)
        if sys.byteorder != "little":
            window.byteswap()
        return window

    def row(self, window: array) -> bytes | str:
        """A window's row (``pack_window``'s format)."""
        if window and min(window) >= 0:
            return _le(window)
        return SEP.join(self.sid(c) for c in window)

    def touch(self, key: str) -> None:
        """``key`` is about to be posted to: journal its window (first time in this article)."""
        posted = self.load(key)
        if key not in self.journal:  # a copy: a full window (100 codes) per key of every article, at C speed
            added = self.added.get(key)
            self.journal[key] = (posted[:], key in self.dirty, None if added is None else added[:])
        self.dirty.add(key)

    def post(self, key: str, sid: str) -> None:
        """Post ``sid`` under ``key`` as its most recent story, keeping the ``cap`` most recent
        (``StoryIndex._post_key`` on a window of codes)."""
        self.post_all((key,), sid)

    def post_all(self, keys: Sequence[str], sid: str) -> None:
        """``post`` under each of ``keys`` (an article's index keys: one story, many windows). The
        windows not read yet are read in one query per chunk, and the story is looked for in each
        window as bytes (``_at``), not code by code: a big library's windows are full, and a scan of
        100 codes as Python ints was most of a post."""
        self.prefetch(keys)
        code = self.code(sid)
        needle = array(_CODE, [code]).tobytes()
        cap = self.cap
        added, journal, dirty, window_of = self.added, self.journal, self.dirty, dict.__getitem__
        for key in keys:  # ``touch`` and ``_post_code`` on the window and on ``added``, inlined (per key)
            window = window_of(self, key)
            delta = added.get(key)
            if key not in journal:  # a copy: a full window (100 codes) per key of every article, at C speed
                journal[key] = (window[:], key in dirty, None if delta is None else delta[:])
            dirty.add(key)
            at = _at(window, code, needle)
            if at >= 0:
                del window[at]
            window.append(code)
            if len(window) > cap:
                del window[0]
            if delta is None:
                added[key] = array(_CODE, (code,))
                continue
            at = _at(delta, code, needle)
            if at >= 0:
                del delta[at]
            delta.append(code)
            if len(delta) > cap:
                del delta[0]

    def undo(self) -> None:
        """Put back the windows and their posts since the last whole write as the journal holds them
        (the article that changed them was rolled back)."""
        for key, (window, was_dirty, delta) in self.journal.items():
            dict.__setitem__(self, key, window)
            if delta is None:
                self.added.pop(key, None)
            else:
                self.added[key] = delta
            if not was_dirty:
                self.dirty.discard(key)
        self.journal.clear()

    def load(self, key: str) -> array:
        if not dict.__contains__(self, key):
            self.prefetch([key])
        return dict.__getitem__(self, key)

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the rows of the keys not read yet in one query per chunk (``load`` reads one)."""
        missing = [k for k in dict.fromkeys(keys) if not dict.__contains__(self, k)]
        for chunk in _chunks(missing):
            for key in chunk:
                dict.__setitem__(self, key, array(_CODE))
            for table in ("story_posts", "story_posts_middle", "story_posts_recent"):  # a later table's row replaces
                query = f"SELECT key, stories FROM {table} WHERE key IN ({','.join('?' * len(chunk))})"
                for key, stories in self.db.execute(query, chunk):
                    dict.__setitem__(self, key, self._window(stories))
            query = f"SELECT key, stories FROM story_posts_added WHERE key IN ({','.join('?' * len(chunk))})"
            for key, stories in self.db.execute(query, chunk):  # posted since the window was written whole
                delta = self.added[key] = self._window(stories)
                window = dict.__getitem__(self, key)
                for code in delta:
                    _post_code(window, code, array(_CODE, [code]).tobytes(), self.cap)

    def get(self, key: str, default: Any = None) -> array:
        return self.load(key)

    def __missing__(self, key: str) -> array:
        return self.load(key)

    def flush(self) -> list[tuple[str, bytes | str]]:
        """The ``story_posts_added`` rows of the keys posted to since the last flush: the stories
        posted under each since its window was last written whole, not the window (scale25)."""
        rows = [(key, self.row(self.added[key])) for key in sorted(self.dirty)]
        self.dirty.clear()
        return rows

    def whole(self) -> list[tuple[str, bytes | str]]:
        """The whole windows of every key with a ``story_posts_added`` row (read first if not held),
        for its recent table, and forget the posts since (their rows are to be deleted with this
        write, in the same transaction). Call with nothing left to ``flush``."""
        keys = [r[0] for r in self.db.execute("SELECT key FROM story_posts_added ORDER BY key")]
        self.prefetch(keys)
        self.added.clear()
        return [(key, self.row(dict.__getitem__(self, key))) for key in keys]


class _Home(dict):
    """Article → its story now, read on first use."""

    def __init__(self, db: sqlite3.Connection) -> None:
        super().__init__()
        self.db = db

    def get(self, article_id: str, default: Any = None) -> Any:
        if not dict.__contains__(self, article_id):
            row = self.db.execute("SELECT story FROM story_members WHERE article = ?", (article_id,)).fetchone()
            if row is None:
                return default
            dict.__setitem__(self, article_id, row[0])
        return dict.__getitem__(self, article_id)

    def __missing__(self, article_id: str) -> str:
        found = self.get(article_id)
        if found is None:
            raise KeyError(article_id)
        return found


class _RowStory(_StoryState):
    """A story read from its row: the running centroid, dates and count at once (what scoring a
    candidate needs); its members (what a split check, a move or a view needs) on first use.

    Members added before they are read wait in ``_pending`` (their rows are written by ``save``;
    reading skips those already read), so joining a story never parses the ones it has.
    """

    def __init__(self, db: sqlite3.Connection, home: "_Home", **state: Any) -> None:
        super().__init__(**state)
        self._db, self._home = db, home
        self._members: dict[str, _Member] | None = None
        self._pending: dict[str, _Member] = {}

    @property
    def members(self) -> dict[str, _Member]:
        if self._members is None:
            members: dict[str, _Member] = {}
            rows = self._db.execute("SELECT article, root, body, names, published, title, lead FROM story_members "
                                    "WHERE story = ? ORDER BY pos", (self.id,))
            for aid, root, body, names, published, title, lead in rows:
                if aid not in self._pending:
                    members[aid] = _Member(root, json.loads(body), json.loads(names), published, title, _lead(lead))
                    dict.setdefault(self._home, aid, self.id)
            members.update(self._pending)
            self._members, self._pending = members, {}
        return self._members

    @members.setter
    def members(self, value: dict[str, _Member]) -> None:
        self._members = value

    def add(self, article_id: str, member: _Member) -> None:
        self.absorb(member)
        (self._pending if self._members is None else self._members)[article_id] = member


_TERMS, _PARTS = "\x1f", "\x1e"  # between a packed centroid's terms, and between its text's parts


def _centroid(story: _StoryState) -> bytes | str:
    """A story's running totals as stored in its row, packed (migration 8): the dates and the terms
    as one text, ``first RS last RS body terms (US between) RS name terms``, its length before it
    (4 bytes), then the norms and the weights as float64 — exact floats and terms in insertion
    order (cosines sum in that order), so a story read back scores exactly as the one in memory.
    Why not JSON: candidate stories are read from their rows, more of them the bigger the library
    (older stories met through a name that came back), and parsing every weight's decimal repr was
    most of reading one. JSON still when a term holds a separator (never from ``\\w`` words)."""
    body, names = story.body, story.names
    b, n = _TERMS.join(body), _TERMS.join(names)
    text = _PARTS.join((story.first or "", story.last or "", b, n))
    if (text.count(_PARTS) != 3 or b.count(_TERMS) != max(len(body) - 1, 0) or "" in body
            or n.count(_TERMS) != max(len(names) - 1, 0) or "" in names):
        return json.dumps([body, names, story.body_norm, story.names_norm, story.first, story.last],
                          ensure_ascii=False, separators=(",", ":"))
    head = text.encode()
    weights = np.fromiter(chain((story.body_norm, story.names_norm), body.values(), names.values()),
                          dtype="<f8", count=2 + len(body) + len(names))
    return len(head).to_bytes(4, "little") + head + weights.tobytes()


def totals(centroid: bytes | str) -> tuple[Vector, Vector, float, float, str | None, str | None]:
    """A stored centroid's body and name vectors, their norms and the story's first and last dates
    (packed, or JSON as before migration 8)."""
    if isinstance(centroid, str):
        body, names, body_norm, names_norm, first, last = json.loads(centroid)
        return body, names, body_norm, names_norm, first, last
    size = int.from_bytes(centroid[:4], "little")
    first, last, b, n = centroid[4:4 + size].decode().split(_PARTS)
    weights = np.frombuffer(centroid, dtype="<f8", offset=4 + size).tolist()
    bt = b.split(_TERMS) if b else []
    nt = n.split(_TERMS) if n else []
    k = 2 + len(bt)
    return (dict(zip(bt, weights[2:k])), dict(zip(nt, weights[k:])), weights[0], weights[1],
            first or None, last or None)


def centroid_of_members(db: sqlite3.Connection, sid: str) -> tuple[int, bytes | str]:
    """A story's count and stored centroid, replayed from its member rows (migration 4)."""
    story = _StoryState(id=sid, title="")
    rows = db.execute("SELECT body, names, published FROM story_members WHERE story = ? ORDER BY pos", (sid,))
    for body, names, published in rows:
        story.absorb(_Member("", json.loads(body), json.loads(names), published))
    return story.size, _centroid(story)


class _Stories(dict):
    """Story id → its state, read from its row on first use (members later, when needed).

    ``in`` reads the story's row (a candidate checked for existence is scored next); stories set
    anew (created, split, re-cut) are remembered so their member rows are rewritten.
    """

    def __init__(self, db: sqlite3.Connection, home: _Home) -> None:
        super().__init__()
        self.db, self.home = db, home
        self.replaced: set[str] = set()
        self.deleted: set[str] = set()

    def _load(self, sid: str) -> _StoryState | None:
        if sid in self.deleted:
            return None
        row = self.db.execute("SELECT title, next_check, size, centroid FROM stories WHERE id = ?", (sid,)).fetchone()
        return None if row is None else self._put(sid, *row)

    def _put(self, sid: str, title: str, next_check: int, size: int, centroid: bytes | str) -> _StoryState:
        body, names, body_norm, names_norm, first, last = totals(centroid)
        story = _RowStory(self.db, self.home, id=sid, title=title, next_check=next_check, size=size, body=body,
                          names=names, body_norm=body_norm, names_norm=names_norm, first=first, last=last)
        dict.__setitem__(self, sid, story)
        return story

    def prefetch(self, sids: Iterable[str]) -> None:
        """Read the rows of stories not read yet (and not deleted) in one query per chunk."""
        missing = [s for s in dict.fromkeys(sids) if s not in self.deleted and not dict.__contains__(self, s)]
        for chunk in _chunks(missing):
            query = f"SELECT id, title, next_check, size, centroid FROM stories WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.db.execute(query, chunk):
                self._put(*row)

    def __missing__(self, sid: str) -> _StoryState:
        story = self._load(sid)
        if story is None:
            raise KeyError(sid)
        return story

    def get(self, sid: str, default: Any = None) -> Any:
        return self[sid] if sid in self else default

    def __contains__(self, sid: object) -> bool:
        if not isinstance(sid, str) or sid in self.deleted:
            return False
        return dict.__contains__(self, sid) or self._load(sid) is not None

    def __setitem__(self, sid: str, story: _StoryState) -> None:
        dict.__setitem__(self, sid, story)
        self.replaced.add(sid)
        self.deleted.discard(sid)

    def __delitem__(self, sid: str) -> None:
        self[sid]  # loaded, so that it can be dropped
        dict.__delitem__(self, sid)
        self.replaced.discard(sid)
        self.deleted.add(sid)


class LibraryStoryIndex(StoryIndex):
    """``StoryIndex`` over the tables ``stories``, ``story_members``, ``story_terms``,
    ``story_posts`` and ``group_state``; ``save`` writes what one ``add`` changed."""

    def __init__(self, db: sqlite3.Connection, options: Options = DEFAULT) -> None:
        super().__init__(options)
        self.db = db
        state = dict(db.execute("SELECT key, value FROM group_state").fetchall())
        self.n_docs = int(state.get("n_docs", 0))
        self.next_id = int(state.get("next_id", 1))
        self.lead_n = int(state.get("lead_n", 0))
        self.lead_total = _lead(state.get("lead_total"))
        self.df_body = _Counts(db, "b:")  # type: ignore[assignment]
        self.df_names = _Counts(db, "n:")  # type: ignore[assignment]
        self.home = _Home(db)
        self.stories = _Stories(db, self.home)
        self.postings = _Postings(db, self.stories, options.story_posting_cap)  # type: ignore[assignment]
        self._checked: set[str] = set()
        self._new: list[str] = []  # articles added since the last save
        # deferred: a story's running totals (size, centroid) are written by ``flush`` (before each
        # commit of a batch), not by every ``save``: a story joined by many articles of one batch is
        # written once, and the cost of a join does not grow with the story's vocabulary
        self.deferred = False
        self.stale: set[str] = set()  # stories whose totals in their rows wait for ``flush``

    def held(self) -> int:
        """Rows read and held in memory: term counts, postings keys, articles' stories, stories and
        the members read (a kept handle bounds them by ``index_cache_rows``)."""
        stories: _Stories = self.stories  # type: ignore[assignment]
        members = sum(len(st._members or ()) + len(st._pending) if isinstance(st, _RowStory) else len(st.members)
                      for st in dict.values(stories))
        return (len(self.df_body) + len(self.df_names) + len(self.postings) + len(self.home)
                + len(stories) + members)

    def _post_key(self, key: str, sid: str) -> None:
        self.postings.post(key, sid)  # type: ignore[attr-defined]

    def _post(self, sid: str, body: Vector, names: Vector) -> None:
        """``StoryIndex._post`` with the windows of all the keys handled at once (``_Postings.post_all``)."""
        self.postings.post_all([key for key, _ in self._keys(body, names)], sid)  # type: ignore[attr-defined]

    def candidates(self, body: Vector, names: Vector) -> list[str]:
        """``StoryIndex.candidates`` over windows of story codes: the scores summed by
        ``np.bincount`` (each story's weights added in the keys' order, as the loop over string ids
        added them: the same floats), the best ``story_candidates`` by score then id as ``_best``.
        Why: a big library's windows are full (2,100 posting entries an article at 100,000 articles,
        1,300 at 1,000), and a dictionary update per entry was the candidate search's growing part."""
        keys = self._keys(body, names)
        self._prefetch(keys=[key for key, _ in keys])
        postings: _Postings = self.postings  # type: ignore[assignment]
        codes, lengths = array(_CODE), []
        for key, _ in keys:
            window = dict.__getitem__(postings, key)
            codes.extend(window)
            lengths.append(len(window))
        if not codes:
            return []
        unique, where = np.unique(np.frombuffer(codes, dtype=np.int32), return_inverse=True)
        score = np.bincount(where.ravel(), weights=np.repeat(np.array([w for _, w in keys], dtype=np.float64),
                                                               lengths))
        k = self.options.story_candidates
        if len(score) > k:  # the k-th highest score bounds the few that are sorted
            pick = np.flatnonzero(score >= np.partition(score, len(score) - k)[len(score) - k])
        else:
            pick = np.arange(len(score))
        order = lambda at: sorted(zip((-score[at]).tolist(), map(postings.sid, unique[at].tolist())))  # noqa: E731
        best = [sid for _, sid in order(pick)[:k]]
        self._prefetch(stories=best)
        live = [sid for sid in best if sid in self.stories]
        if len(live) == len(best):
            return live
        live = []  # a story gone (see ``StoryIndex.candidates``): the next best, stopping at k
        for _, sid in order(np.arange(len(score))):
            if sid in self.stories:
                live.append(sid)
                if len(live) == k:
                    break
        return live

    def _prefetch(self, keys: Sequence[str] = (), stories: Sequence[str] = ()) -> None:
        self.postings.prefetch(keys)  # type: ignore[attr-defined]
        self.stories.prefetch(stories)  # type: ignore[attr-defined]

    def _check_split(self, story: _StoryState) -> None:
        self._checked.add(story.id)  # its next check size changes even when it does not split
        super()._check_split(story)

    def add(self, article: Article, root: str | None = None, counted: bool = False, story: str | None = None) -> str:
        sid = super().add(article, root=root, counted=counted, story=story)
        self._new.append(article.id)
        return sid

    def save(self) -> None:
        """Write every row changed since the last save (inside the transaction that stores the
        articles added): counts, postings, new members, stories set anew (created, split, re-cut,
        edited) with their members' places, stories deleted, and the index's counters."""
        db = self.db
        stories: _Stories = self.stories  # type: ignore[assignment]
        if not self.deferred:
            self._write_terms()
            self.stored()
        touched = set(stories.replaced) | self._checked
        for aid in self._new:
            sid = self.home[aid]
            story = stories[sid]
            m = story._pending.get(aid) if isinstance(story, _RowStory) else None  # not read for this
            m = m or story.members[aid]
            pos = story.size - 1 if sid not in stories.replaced else list(story.members).index(aid)
            db.execute("INSERT INTO story_members (article, story, pos, root, body, names, published, title, lead) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (aid, sid, pos, m.root, _json(m.body), _json(m.names), m.published, m.title, _blob(m.lead)))
            touched.add(sid)
        for rid in sorted(stories.replaced):
            if dict.__contains__(stories, rid):
                members = dict.__getitem__(stories, rid).members
                db.executemany("UPDATE story_members SET story = ?, pos = ? WHERE article = ?",
                               [(rid, k, aid) for k, aid in enumerate(members)])
        for rid in sorted(touched):
            if dict.__contains__(stories, rid) and self.deferred:
                st = dict.__getitem__(stories, rid)
                if rid in stories.replaced or rid in self._checked:  # joined only: title and check unchanged
                    db.execute("INSERT INTO stories (id, title, next_check) VALUES (?, ?, ?) ON CONFLICT(id) DO "
                               "UPDATE SET title = excluded.title, next_check = excluded.next_check",
                               (rid, st.title, st.next_check))
                self.stale.add(rid)
            elif dict.__contains__(stories, rid):
                st = dict.__getitem__(stories, rid)
                db.execute("INSERT INTO stories (id, title, next_check, size, centroid) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET title = excluded.title, next_check = excluded.next_check, "
                           "size = excluded.size, centroid = excluded.centroid",
                           (rid, st.title, st.next_check, st.size, _centroid(st)))
        gone = [rid for rid in sorted(stories.deleted) if not dict.__contains__(stories, rid)]
        # a deleted story's posts stay in their keys' windows until newer posts push them out, as in
        # the index in memory: candidates skip stories that are gone, and no query looks for them
        db.executemany("DELETE FROM stories WHERE id = ?", [(rid,) for rid in gone])
        stories.replaced.clear()
        stories.deleted.clear()
        self._checked.clear()
        self._new.clear()
        _put_state(db, self)


    def _write_terms(self) -> None:
        """Write the term counts and posting windows changed since they were last written."""
        self.db.executemany("INSERT INTO story_terms_recent (term, n) VALUES (?, ?) "
                            "ON CONFLICT(term) DO UPDATE SET n = excluded.n",
                            self.df_body.flush() + self.df_names.flush())  # type: ignore[attr-defined]
        self.db.executemany("INSERT INTO story_posts_added (key, stories) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET stories = excluded.stories",
                            self.postings.flush())  # type: ignore[attr-defined]

    def write_windows(self) -> None:
        """Write the whole window of every key posted to since the last such write into the
        postings' recent table and empty ``story_posts_added`` (before ``Library.merge_recent``,
        after ``flush``): between these writes a batch writes only what it posted under each key
        (a few codes), not the key's window (up to 100 codes, ~400 bytes, rewritten at every batch
        a key was posted in; a big library's windows are full)."""
        rows = self.postings.whole()  # type: ignore[attr-defined]
        self.db.executemany("INSERT INTO story_posts_recent (key, stories) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET stories = excluded.stories", rows)
        self.db.execute("DELETE FROM story_posts_added")

    def stored(self) -> None:
        """The article last added is stored (its savepoint released): what it changed in the term
        counts and postings stays, to be written by ``flush``."""
        for table in (self.df_body, self.df_names, self.postings):
            table.journal.clear()  # type: ignore[union-attr]

    def settle(self) -> None:
        """After one article's savepoint was rolled back inside an open batch (deferred mode): undo
        what that article changed in the term counts and postings, and write what the batch's stored
        articles changed there (their rows are in the batch; these waited for ``flush``)."""
        for table in (self.df_body, self.df_names, self.postings):
            table.undo()  # type: ignore[union-attr]
        if self.db.in_transaction:  # else the batch itself is gone, and what it changed with it
            self._write_terms()

    def flush(self) -> None:
        """Write what deferred mode keeps for the batch's commit (call before it): the term counts
        and posting windows (a term in many of a batch's articles is written once, not once an
        article: those upserts into ever bigger tables were a growing part of an article's cost),
        and the running totals of the stories changed since the last flush."""
        self._write_terms()
        stories: _Stories = self.stories  # type: ignore[assignment]
        rows = [(st.size, _centroid(st), rid) for rid in sorted(self.stale) if dict.__contains__(stories, rid)
                for st in (dict.__getitem__(stories, rid),)]
        self.db.executemany("UPDATE stories SET size = ?, centroid = ? WHERE id = ?", rows)
        self.stale.clear()

    def repair(self, stale: set[str]) -> None:
        """Recompute the totals of stories whose rows were not flushed from their member rows: after
        a rollback to one article's savepoint the memory may hold that article, the rows do not
        (replayed in order, the totals are exactly those a flush would have written)."""
        self.db.executemany("UPDATE stories SET size = ?, centroid = ? WHERE id = ?",
                            [(*centroid_of_members(self.db, sid), sid) for sid in sorted(stale)])


def _put_state(db: sqlite3.Connection, index: StoryIndex, post_seq: int | None = None) -> None:
    rows = [("n_docs", index.n_docs), ("next_id", index.next_id), ("lead_n", index.lead_n),
            ("lead_total", _blob(index.lead_total))]
    if post_seq is not None:  # schema 2-4 ordered posts by a counter (migration 2 writes it; 5 drops it)
        rows.append(("post_seq", post_seq))
    db.executemany("INSERT INTO group_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   rows)


def import_story_state(db: sqlite3.Connection, data: dict[str, Any]) -> None:
    """Write a schema-1 library's story index (``StoryIndex.to_dict`` JSON) as rows (migration 2)."""
    index = StoryIndex.from_dict(data, DEFAULT)
    stored = {r[0] for r in db.execute("SELECT id FROM articles")}
    db.executemany("INSERT INTO story_terms (term, n) VALUES (?, ?)",
                   [("b:" + t, n) for t, n in index.df_body.items()] + [("n:" + t, n) for t, n in index.df_names.items()])
    for story in index.stories.values():
        members = [(aid, m) for aid, m in story.members.items() if aid in stored]
        if not members:
            continue
        db.execute("INSERT INTO stories (id, title, next_check) VALUES (?, ?, ?)", (story.id, story.title, story.next_check))
        db.executemany("INSERT INTO story_members (article, story, pos, root, body, names, published, title, lead) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(aid, story.id, k, m.root, _json(m.body), _json(m.names), m.published, m.title, _blob(m.lead))
                        for k, (aid, m) in enumerate(members)])
    have = {r[0] for r in db.execute("SELECT id FROM stories")}
    posts = [(key, sid) for key, posted in index.postings.items() for sid in posted if sid in have]
    db.executemany("INSERT INTO story_postings (key, story, seq) VALUES (?, ?, ?)",
                   [(key, sid, seq) for seq, (key, sid) in enumerate(posts, 1)])
    _put_state(db, index, len(posts))
