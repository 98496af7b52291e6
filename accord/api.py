"""The public Python API: what the CLI, the web UI and user scripts call.

    import accord.api as accord
    results = accord.ingest(["articles/", "https://example.com/feed.xml"], db="lib.db")
    for art in accord.articles(db="lib.db"): print(art.id, art.title)

Options are keyword overrides of ``accord.options.Options`` (``timeout=5``, ``max_bytes=...``).
"""
from __future__ import annotations

import json
import os
import re
import threading
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from accord import ingest as _ingest
from accord.errors import AccordError, IngestError, NotFound
from accord.ingest import meta as _meta
from accord.ingest.decode import strip_controls, valid_unicode
from accord.model import Article, Brief, Ingested, Story
from accord.options import Options, make
from accord.store import Library

# Writes that read-modify-write the grouping state (ingest, the feed watcher, a reader's fixes) take
# this lock, so the web server and its watcher thread never interleave them in one process; and the
# library's lock file (``writing``), so `accord watch`, `accord serve` and `accord ingest` run side by
# side take turns too.
WRITE_LOCK = threading.RLock()


@contextmanager
def writing(db_path: str) -> Iterator[None]:
    """Hold the library's writer lock: this process's ``WRITE_LOCK`` and an OS lock on
    ``<db>.lock`` (released by the OS if the process dies). Re-entrant within a thread."""
    key = db_path if db_path == ":memory:" else os.path.realpath(db_path)
    with WRITE_LOCK:
        depth = _LOCK_DEPTH.get(key, 0)
        fd = None
        if depth == 0 and key != ":memory:":
            try:
                import fcntl
            except ImportError:  # no POSIX locks (Windows): writers of this process still take turns
                fcntl = None  # type: ignore[assignment]
            if fcntl is not None:
                fd = os.open(f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o644)
                fcntl.flock(fd, fcntl.LOCK_EX)
        _LOCK_DEPTH[key] = depth + 1
        try:
            yield
        finally:
            _LOCK_DEPTH[key] = depth
            if fd is not None:
                os.close(fd)  # closing the descriptor releases the lock


_LOCK_DEPTH: dict[str, int] = {}

# (items done, items total, item being read, results so far): called after each article and item,
# so one big JSONL/WARC/feed still shows movement
Progress = Callable[[int, int, str, int], None]


def _options(db: str | os.PathLike[str] | None, options: Options | None, overrides: dict[str, Any]) -> Options:
    """The run's options, every argument checked before anything is read or written.

    Wrong types are a ``TypeError`` naming the argument (``db=123`` would otherwise create a file
    named ``123``; ``timeout="5"`` would fail once per URL deep inside httpx).
    """
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an accord.options.Options, not {type(options).__name__}")
    if db is not None and not isinstance(db, (str, os.PathLike)):
        raise TypeError(f"db must be a library path (str or Path), not {type(db).__name__} ({db!r:.40})")
    opts = make(options, **overrides)
    return opts.with_(db=os.fspath(db)) if db else opts


def ingest(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    db: str | None = None,
    options: Options | None = None,
    library: Library | None = None,
    fetcher: _ingest.Fetcher | None = None,
    progress: Progress | None = None,
    briefs: bool | None = None,
    **overrides: Any,
) -> list[Ingested]:
    """Read → clean → store every source; one ``Ingested`` per article, duplicate or failed item.

    ``sources`` is one path or URL (``str`` or ``Path``) or a list of them. Cleaning sees the line
    keys that recur across unrelated articles already in the library (site boilerplate). Each article
    is stored in its own transaction, so a failure never half-writes one. URLs are fetched under the
    address policy: pass ``allow_private=True`` to fetch loopback or private-network addresses.
    Afterwards the stored briefs of the stories that changed are rebuilt (``briefs=False``: later,
    by ``refresh_briefs`` or ``accord serve``).
    """
    opts = _options(db, options, overrides)
    try:
        items = _ingest.expand(sources)
    except TypeError as exc:
        raise TypeError(f"ingest: {exc}") from None
    if library is not None and not isinstance(library, Library):
        raise TypeError(f"library must be an accord.store.Library, not {type(library).__name__}")
    own_fetcher = fetcher is None
    fetcher = fetcher or _ingest.Fetcher(opts)  # one HTTP client (connection reuse) for the batch
    results: list[Ingested] = []

    def stream() -> Iterator[Article | IngestError]:
        for done, item in enumerate(items, start=1):
            for got in _ingest.read([item], opts, fetcher=fetcher):
                yield got
                if progress:
                    progress(done - 1, len(items), item, len(results))
            if progress:
                progress(done, len(items), item, len(results))

    try:
        return ingest_articles(stream(), options=opts, library=library, results=results, briefs=briefs)
    finally:
        if own_fetcher:
            fetcher.close()


def ingest_files(
    files: Iterable[tuple[str, str | Path]],
    *,
    db: str | None = None,
    options: Options | None = None,
    briefs: bool | None = None,
) -> list[Ingested]:
    """Ingest files under names of their own: ``(name, path)`` pairs, e.g. uploads saved to a
    temporary folder, where ``name`` (``upload:report.html``) becomes each article's ``origin``."""
    opts = _options(db, options, {})

    def stream() -> Iterator[Article | IngestError]:
        with _ingest.Fetcher(opts) as fetcher:
            for name, path in files:
                for got in _ingest.read([str(path)], opts, fetcher=fetcher):
                    if isinstance(got, IngestError):
                        yield IngestError(name, got.reason)
                    else:
                        origin = got.origin or str(path)
                        if origin.startswith(str(path)):  # the file (or file.jsonl:LINE), not a feed entry's link
                            got.origin = name + origin[len(str(path)):]
                        yield got

    return ingest_articles(stream(), options=opts, briefs=briefs)


def ingest_articles(
    got: Iterable[Article | IngestError],
    *,
    db: str | None = None,
    options: Options | None = None,
    library: Library | None = None,
    results: list[Ingested] | None = None,
    briefs: bool | None = None,
) -> list[Ingested]:
    """Clean, store and group articles already read (``ingest`` after reading; the feed watcher
    after its conditional GET), then rebuild the stored briefs of the stories that changed.

    ``results`` (appended to as each article is stored) lets a caller watch progress.
    ``briefs`` (default ``options.store_briefs``) says whether to rebuild those briefs now.
    """
    from accord import clean as cleaner  # the cleaning stage (contract: clean(), line_keys())

    opts = _options(db, options, {})
    results = [] if results is None else results
    lib = library or Library(opts.db_path)
    grouper: _Grouper | None = None
    changed: set[str] = set()
    try:
        with writing(lib.path):
            grouper = _Grouper(lib, opts)  # before any new article is stored: those are added below
            for item in got:
                results.append(_store(item, lib, cleaner, opts))
                if results[-1].status == "added" and results[-1].article is not None:  # issue 5
                    changed |= grouper.add(results[-1].article)
            grouper.save()
            grouper = None
        if changed and (opts.store_briefs if briefs is None else briefs):
            refresh_briefs(options=opts, library=lib, stories=changed)
    finally:
        if grouper is not None:
            grouper.save()
        if library is None:
            lib.close()
    return results


def _store(got: Article | IngestError, lib: Library, cleaner: Any, opts: Options) -> Ingested:
    if isinstance(got, IngestError):
        return Ingested(got.item, "error", message=got.reason)
    item = got.origin or got.id
    dup = lib.find_duplicate(got)
    if dup is not None:
        return Ingested(item, "duplicate", got, f"already in library as {dup}")
    try:
        keys = cleaner.line_keys(got.raw_text)
        recurring = lib.recurring(
            keys,
            opts.recurring_min_articles,
            related_share=opts.recurring_related_share,
            copy_share=opts.recurring_copy_share,
        )
        article = cleaner.clean(got, recurring=recurring, options=opts)
    except AccordError as exc:
        return Ingested(item, "error", message=str(exc))
    except Exception as exc:  # noqa: BLE001 - a cleaning bug on one article must not end the batch
        return Ingested(item, "error", message=f"cleaning failed ({type(exc).__name__}: {exc})")
    if not article.text.strip():  # a login page, a directory listing, a cookie notice: nothing to store
        why = ""
        if article.removed:
            first = " ".join(article.removed[0].line.split())[:60]
            n = len(article.removed)
            why = f" ({n} line{'s' if n != 1 else ''} removed as {article.removed[0].reason}, e.g. {first!r})"
        return Ingested(item, "error", message=f"no article text left after cleaning{why}")
    if not lib.add(article, keys):
        return Ingested(item, "duplicate", article, f"already in library as {lib.find_duplicate(article)}")
    return Ingested(item, "added", article)


def _existing(db: str | None, options: Options | None) -> Library:
    """Open a library that must already exist (reading never creates an empty file by accident)."""
    path = _options(db, options, {}).db_path
    if path != ":memory:" and not Path(path).is_file():
        raise AccordError(f"no library at {path} (add articles with: accord ingest PATH...)")
    return Library(path)


def articles(*, db: str | None = None, options: Options | None = None, story: str | None = None) -> list[Article]:
    """Every article in the library (insertion order), or those of one story."""
    with _existing(db, options) as lib:
        return lib.articles(story)


def article(article_id: str, *, db: str | None = None, options: Options | None = None) -> Article:
    """One stored article; an ``AccordError`` naming the id if the library lacks it."""
    with _existing(db, options) as lib:
        found = lib.get(article_id)
    if found is None:
        raise AccordError(f"no article {article_id!r} in {lib.path}")
    return found


# -- batch (issue 4) ------------------------------------------------------------------------------

def story_articles(story: dict[str, Any]) -> list[Article]:
    """Articles of one batch story ``{"id", "documents": [str | {"title", "text", ...}]}``.

    A bare string document has no title: scraped texts (Multi-News) open with junk as often as with
    a headline, so guessing one would put junk in the brief's title. Give ``{"title", "text"}`` when
    titles are known.
    """
    sid = str(story.get("id", "story"))
    if not valid_unicode(sid):
        raise AccordError("a story 'id' must be valid Unicode (a lone surrogate escape such as \\ud800)")
    docs = story.get("documents")
    if not isinstance(docs, list) or not docs:
        raise AccordError(f"{sid}: 'documents' must be a non-empty list")
    arts = []
    for i, doc in enumerate(docs):
        aid = f"{sid}/{i}"
        meta: dict[str, Any]  # optional Article fields (all strings)
        if isinstance(doc, str):
            title, text, meta = "", doc, {}
        elif isinstance(doc, dict) and isinstance(doc.get("text", ""), str):
            title, text = str(doc.get("title") or ""), doc.get("text") or ""
            meta = {k: strip_controls(str(doc[k])) for k in ("url", "source", "published", "author") if doc.get(k)}
        else:
            raise AccordError(f"{aid}: a document must be a string or an object with 'text'")
        title, text = strip_controls(title), strip_controls(text)  # no NULs, escapes or lone surrogates
        if not (title.strip() or text.strip()):
            continue  # an empty document says nothing; the others still make a story
        if "published" not in meta:  # a dateline near the top, as `accord ingest`/`brief` read one
            found = _meta.date_near_top(text.split("\n"))
            if found:
                meta["published"] = found
        arts.append(Article(id=aid, title=title, text=text, raw_text=text, origin=aid, **meta))
    if not arts:
        raise AccordError(f"{sid}: every document is empty")
    return arts


def summarize_story(story: dict[str, Any], options: Options | None = None) -> dict[str, Any]:
    """One batch output line: ``{"id", "summary", "brief"}`` (summary cut at ``options.words``)."""
    articles = story_articles(story)  # input errors first, named by story and document
    from accord.briefing import build

    opts = options or make(None)
    brief = build(articles, opts)
    return {"id": story.get("id"), "summary": brief.summary_text(opts.words), "brief": brief.to_dict()}


def _batch_line(item: tuple[int, str | AccordError, Options]) -> str:
    """Turn one input line into one output line; every failure becomes ``{"id", "error"}``."""
    number, line, options = item
    sid: Any = f"line {number}"
    try:
        if isinstance(line, AccordError):
            raise line
        story = _json_line(number, line)
        if not isinstance(story, dict):
            raise AccordError(f"line {number}: a line must be a JSON object")
        given = story.get("id", sid)
        if isinstance(given, (int, float)) and not isinstance(given, bool) or isinstance(given, str) and valid_unicode(given):
            sid = given
        out = summarize_story(story, options)
    except AccordError as exc:
        out = {"id": sid, "error": str(exc)}
    except RecursionError:
        out = {"id": sid, "error": f"line {number}: story nested too deeply"}
    except Exception as exc:  # one bad story must not stop the run; the message names it
        out = {"id": sid, "error": f"line {number}: {type(exc).__name__}: {exc}"}
    return json.dumps(out, ensure_ascii=False)


def _output(path: str | os.PathLike[str]) -> Any:
    """``path`` opened for writing UTF-8 text; an ``AccordError`` naming it when it cannot be."""
    try:
        return Path(path).open("w", encoding="utf-8")
    except OSError as exc:
        raise AccordError(f"{path}: cannot write ({exc.strerror or exc})") from None


def count_lines(path: str | os.PathLike[str]) -> int:
    """Non-empty lines of a JSONL file (the batch progress total)."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"a JSONL path (str or Path) is needed, not {type(path).__name__}")
    path = Path(path)
    if not path.is_file():
        raise AccordError(f"{path}: not found")
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError as exc:
        raise AccordError(f"{path}: cannot read ({exc.strerror or exc})") from None


def input_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str | AccordError]]:
    """(line number, text) for each non-empty line of a JSONL input of ``batch`` or ``group``.

    Read as bytes and decoded one line at a time, so an invalid UTF-8 byte is an error for its line
    (``line N: not UTF-8 ...``) and every other line is still read.
    """
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield number, AccordError(f"line {number}: not UTF-8 (byte {raw[exc.start]:#04x} at column {exc.start + 1})")


def _json_line(number: int, line: str) -> Any:
    """One input line parsed; an ``AccordError`` naming the line for anything JSON cannot read
    (malformed, nested too deeply for the parser, integers too long to convert)."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise AccordError(f"line {number}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise AccordError(f"line {number}: invalid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise AccordError(f"line {number}: invalid JSON ({exc})") from None


def _lines(path: Path, options: Options) -> Iterator[tuple[int, str | AccordError, Options]]:
    for number, line in input_lines(path):
        yield number, line, options


def batch(
    in_path: str | Path,
    out_path: str | Path,
    options: Options | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    engine: Any = None,
    **overrides: Any,
) -> tuple[int, int]:
    """Summarise every story of a JSONL file into another, in input order; returns (ok, errors).

    ``workers`` > 1 uses local processes; each loads the models once and keeps them. ``engine``
    (``accord.engines.engine("ray")``) runs the same per-line work on that engine instead.
    """
    opts = make(options, **overrides)
    in_path, out_path = Path(in_path), Path(out_path)
    count_lines(in_path)  # names a missing input before OUT is created
    ok = errors = 0
    items = _lines(in_path, opts)
    with _output(out_path) as out:
        lines: Iterator[str]
        if engine is not None:
            from accord.engines.grouping import lines as engine_lines

            pool, lines = None, iter(engine_lines(engine, items, opts))
        elif workers > 1:
            import multiprocessing as mp

            pool = mp.get_context("spawn").Pool(workers)
            lines = pool.imap(_batch_line, items, chunksize=1)
        else:
            pool, lines = None, map(_batch_line, items)
        try:
            for line in lines:
                out.write(line + "\n")
                if "error" in json.loads(line):
                    errors += 1
                else:
                    ok += 1
                if progress:
                    progress(1)
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    return ok, errors


# -- group (issue 5) ------------------------------------------------------------------------------

def _group_article(number: int, line: str, seen: set[str]) -> Article:
    """One ``accord group`` input line as an Article; an AccordError names the line when it is bad."""
    row = _json_line(number, line)
    if not isinstance(row, dict):
        raise AccordError(f"line {number}: a line must be a JSON object")
    aid, text = row.get("id"), row.get("text")
    if not isinstance(aid, (str, int)) or isinstance(aid, bool) or str(aid) == "":
        raise AccordError(f"line {number}: 'id' must be a non-empty string or number")
    if not valid_unicode(str(aid)):
        raise AccordError(f"line {number}: 'id' must be valid Unicode (a lone surrogate escape such as \\ud800)")
    if not isinstance(text, str) or not text.strip():
        raise AccordError(f"line {number} ({aid}): 'text' must be a non-empty string")
    text = strip_controls(text)  # no NULs, escapes or lone surrogates reach the grouping
    if str(aid) in seen:
        raise AccordError(f"line {number}: duplicate id {aid!r}")
    published = row.get("published")
    if published is not None:  # an unreadable date is dropped (never guessed), the article kept
        from datetime import date

        try:
            published = date.fromisoformat(published[:10]).isoformat() if isinstance(published, str) else None
        except ValueError:
            published = None
    title, url = row.get("title"), row.get("url")
    return Article(id=str(aid), title=strip_controls(title) if isinstance(title, str) else "", text=text,
                   url=strip_controls(url) if isinstance(url, str) and url else None, published=published,
                   origin=f"line {number}")


def group(
    source: str | Path | Iterable[Article | dict[str, Any]],
    out_path: str | Path | None = None,
    *,
    options: Options | None = None,
    progress: Callable[[int], None] | None = None,
    engine: Any = None,
    **overrides: Any,
) -> list[dict[str, Any]]:
    """Stories and wire copies for a JSONL file (``id``, ``text``, ``title``?, ``url``?, ``published``?)
    or for a list of Articles or dicts with those fields: one ``{"id", "story", "copy_of"}`` per
    article in input order, and ``{"id"?, "error"}`` for a bad line or item (the others are still
    grouped). Written to ``out_path`` if given. ``engine`` (``accord.engines.engine("ray")``) groups
    at scale: partitions in parallel, then reconciled (``accord.group.partitioned``; the same stories
    up to renaming where the scheme allows).
    """
    from accord.group import assign

    opts = make(options, **overrides)
    results: list[dict[str, Any]] = []
    arts: list[Article] = []
    if out_path is not None:  # an unwritable OUT is reported before the work, not after
        _output(out_path).close()
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        count_lines(path)  # names a missing input before OUT is created
        seen: set[str] = set()
        for number, line in input_lines(path):
            try:
                if isinstance(line, AccordError):
                    raise line
                art = _group_article(number, line, seen)
            except AccordError as exc:
                results.append(_error_row(line, exc))
                continue
            seen.add(art.id)
            arts.append(art)
            results.append({"id": art.id})
    else:
        arts, results = _group_items(source)
    if engine is None:
        grouping = assign(arts, opts, progress=progress)
        story_of, copy_of = grouping.story, grouping.copy_of
    else:
        from accord.engines.grouping import assign as assign_on

        story_of, copy_of = assign_on(engine, arts, opts)
        if progress:
            progress(len(arts))
    for res in results:
        if "error" not in res:
            res["story"] = story_of[res["id"]]
            res["copy_of"] = copy_of.get(res["id"])
    if out_path is not None:
        with _output(out_path) as fh:
            for res in results:
                fh.write(json.dumps(res, ensure_ascii=False) + "\n")
    return results


def _error_row(line: str | AccordError, exc: AccordError) -> dict[str, Any]:
    """A bad ``group`` line's output: its id when one can be read (a string or number), and the error."""
    rid = None
    if isinstance(line, str):
        try:
            row = json.loads(line)
            rid = row.get("id") if isinstance(row, dict) else None
        except (ValueError, RecursionError):
            rid = None
    if isinstance(rid, bool) or not isinstance(rid, (str, int, float)) or isinstance(rid, str) and not valid_unicode(rid):
        rid = None
    return {"id": rid, "error": str(exc)} if rid is not None else {"error": str(exc)}


def _group_items(items: Iterable[Any]) -> tuple[list[Article], list[dict[str, Any]]]:
    """``group``'s Articles and dicts: a dict is read as a JSONL line is (same fields, same checks);
    a bad item becomes ``{"id"?, "error": "item N: ..."}`` and the others are still grouped."""
    if isinstance(items, (dict, bytes)):
        raise AccordError("group() takes a JSONL path or a list of Articles or dicts, not a single "
                          f"{type(items).__name__}")
    arts: list[Article] = []
    results: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        try:
            if isinstance(item, Article):
                if item.id in seen:
                    raise AccordError(f"item {number}: duplicate id {item.id!r}")
                art = item
            elif isinstance(item, dict):
                try:
                    line = json.dumps(item, ensure_ascii=False)
                except (TypeError, ValueError, RecursionError) as exc:
                    raise AccordError(f"item {number}: not JSON data ({exc})") from None
                try:
                    art = _group_article(number, line, seen)
                except AccordError as exc:  # the JSONL checks name a line; here it is the list's item
                    raise AccordError(re.sub(r"^line ", "item ", str(exc))) from None
                art.origin = f"item {number}"
            else:
                raise AccordError(f"item {number}: expected an Article or a dict with 'id' and 'text', "
                                  f"not {type(item).__name__}")
        except AccordError as exc:
            rid = item.id if isinstance(item, Article) else item.get("id") if isinstance(item, dict) else None
            ok_id = isinstance(rid, (str, int)) and not isinstance(rid, bool)
            results.append({"id": rid, "error": str(exc)} if ok_id else {"error": str(exc)})
            continue
        seen.add(art.id)
        arts.append(art)
        results.append({"id": art.id})
    return arts, results


class _Grouper:
    """Online story assignment and copy detection for a library, continued across ingest runs.

    The story index is saved in the library (``save``); the copy index is rebuilt from the stored
    texts (fast: shingle hashing). Articles stored but never indexed (an interrupted run) are
    indexed first, so a crash never leaves an article without a story.
    """

    STATE = "story_index"

    def __init__(self, lib: Library, options: Options) -> None:
        from accord.group import CopyIndex, StoryIndex
        from accord.group.copies import article_text, chronological

        from accord.fixes import pins

        self.lib, self.options = lib, options
        state = lib.get_state(self.STATE)
        self.stories = StoryIndex.from_dict(json.loads(state), options) if state else StoryIndex(options)
        self.stories.pinned = set(pins(lib))
        self.copies = CopyIndex(options)
        self.text = article_text
        indexed = {a for s in self.stories.stories.values() for a in s.articles}
        for art in chronological(lib.articles()):
            if art.id in indexed:
                self.copies.add(art.id, article_text(art))
            else:
                self.add(art)

    def add(self, article: Article) -> set[str]:
        """Set ``article.story``/``copy_of``, store them and the story's summary row; returns the
        stories that changed. Articles a reader moved (``accord.fixes``) are pinned: the index's own
        splits and re-cuts leave them where they were put."""
        original = self.copies.add(article.id, self.text(article))
        article.copy_of = original
        article.story = self.stories.add(article, root=original)  # a copy joins its original's story
        self.lib.update(article)
        changed = {article.story}
        for moved_id, new_story in self.stories.moved:  # a split moved earlier articles
            stored = self.lib.get(moved_id)
            if stored is not None and stored.story != new_story:
                changed.update(s for s in (stored.story, new_story) if s is not None)
                stored.story = new_story
                self.lib.update(stored)
        self.stories.moved.clear()
        for sid in changed:
            if sid in self.stories.stories:
                story = self.stories.story(sid)
                self.lib.put_story(story.id, story.title, story.to_dict())
        return changed

    def save(self) -> None:
        self.lib.put_state(self.STATE, json.dumps(self.stories.to_dict(), ensure_ascii=False))


def stories(*, db: str | None = None, options: Options | None = None) -> list[Story]:
    """The library's stories, largest first: title, articles, independent sources, first/last date."""
    with _existing(db, options) as lib:
        found = [Story.from_dict(data) for _, _, data in lib.stories() if data.get("id")]
    return sorted(found, key=lambda s: (-len(s.articles), s.id))


# -- brief (issue 3) ------------------------------------------------------------------------------

def read_articles(
    sources: Iterable[str | Path | Article],
    *,
    options: Options | None = None,
    fetcher: _ingest.Fetcher | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> list[Article]:
    """Articles from paths, URLs or Article objects, without storing them.

    A source that cannot be read goes to ``on_error`` (default: raised), so one bad file can be
    reported while the others still make the brief. Re-read duplicates (same text) are dropped.
    """
    opts = options or make(None)
    found: list[Article] = []
    if isinstance(sources, (str, os.PathLike, Article)):
        sources = [sources]
    sources = list(sources)
    names = _ingest.as_sources([s for s in sources if not isinstance(s, Article)])
    given = [s for s in sources if isinstance(s, Article)]
    for got in _ingest.read(_ingest.expand(names), opts, fetcher=fetcher) if names else []:
        if isinstance(got, IngestError):
            if on_error is None:
                raise got
            on_error(got)
        else:
            found.append(got)
    seen_ids: set[str] = set()
    seen_text: set[str] = set()
    out = []
    for art in [*given, *found]:
        key = " ".join(art.text.split()).lower()
        if key in seen_text:
            continue
        seen_text.add(key)
        base, k = art.id, 2
        while art.id in seen_ids:
            art.id, k = f"{base}-{k}", k + 1
        seen_ids.add(art.id)
        out.append(art)
    return out


def brief(
    sources: Iterable[str | Path | Article] | str | Path | None = None,
    *,
    story: str | None = None,
    db: str | None = None,
    options: Options | None = None,
    fetcher: _ingest.Fetcher | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    **overrides: Any,
) -> Brief:
    """The brief of some articles taken as one story, or of a library story (``story=ID``).

        import accord
        b = accord.brief(["../shared/samples/kazakhstan-2022"], words=120)
        print(b.to_markdown())

    ``sources`` are anything ``ingest`` reads (files, folders, URLs, feeds, WARC, JSONL) or Article
    objects. Keyword overrides are ``Options`` fields (``words=150``).
    """
    from accord.briefing import build

    opts = _options(db, options, overrides)
    if story is not None:
        with _existing(db, opts) as lib:
            arts = lib.articles(story)
        if not arts:
            raise AccordError(f"no story {story!r} in {opts.db_path} (list them with: accord stories)")
    else:
        if sources is None:
            raise AccordError("nothing to brief: give paths, URLs or articles, or a story id")
        if isinstance(sources, (str, os.PathLike, Article)):
            sources = [sources]
        arts = read_articles(sources, options=opts, fetcher=fetcher, on_error=on_error)
        if not arts:
            raise AccordError("no readable article in the given sources")
    return build(arts, opts)


# -- stored briefs (issue 16): built when a story changes, served from the library ------------------

def brief_digest(brief: dict[str, Any]) -> dict[str, Any]:
    """What a returning reader is told changed: the brief's sources, facts and disagreements."""
    return {
        "articles": [a["id"] for a in brief.get("articles", [])],
        "facts": [f["text"] for f in brief.get("facts", [])],
        "disagreements": [disagreement_key(d) for d in brief.get("disagreements", [])],
    }


def disagreement_key(d: dict[str, Any]) -> dict[str, Any]:
    """A disagreement as its slot (kind and what it is about) and the values reported."""
    return {"slot": f"{d.get('kind')}: {d.get('about')}",
            "values": sorted(str(s.get("value", "")) for s in d.get("values", []))}


def refresh_briefs(
    *,
    db: str | None = None,
    options: Options | None = None,
    library: Library | None = None,
    stories: Iterable[str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
) -> list[str]:
    """Rebuild the stored brief of every story whose articles changed since its brief was built
    (or only of ``stories``, when given and changed); returns the stories rebuilt.

    A story is stale when its key (member ids, copy marks, titles, dates) differs from the key its
    brief was stored under, so any writer's change (ingest, watcher, fix) is seen. A brief that
    fails to build is reported to ``on_error`` and the others are still built.
    """
    from accord.briefing import build

    opts = _options(db, options, {})
    lib = library or _existing(db, opts)
    done: list[str] = []
    try:
        keys = lib.story_keys()
        have = lib.brief_keys()
        for gone in set(have) - set(keys):  # merged away or emptied by moves
            lib.delete_brief(gone)
        todo = [sid for sid, key in keys.items() if have.get(sid) != key]
        if stories is not None:
            wanted = set(stories)
            todo = [sid for sid in todo if sid in wanted]
        for n, sid in enumerate(todo, start=1):
            if progress:
                progress(sid, n, len(todo))
            arts = lib.articles(sid)
            try:
                data = build(arts, opts).to_dict()
            except Exception as exc:  # noqa: BLE001 - one story's failure must not stop the others
                if on_error:
                    on_error(sid, exc)
                continue
            lib.put_brief(sid, keys[sid], data, brief_digest(data))
            done.append(sid)
    finally:
        if library is None:
            lib.close()
    return done


def stored_brief(story: str, *, db: str | None = None, options: Options | None = None,
                 library: Library | None = None) -> dict[str, Any]:
    """The stored brief of a library story, ``{"version", "updated", "stale", "brief"}``; built and
    stored first when the story has none yet. An ``AccordError`` names an unknown story."""
    opts = _options(db, options, {})
    lib = library or _existing(db, opts)
    try:
        row = lib.get_brief(story)
        if row is None:
            if not lib.articles(story):
                raise NotFound(f"no story {story!r} in {lib.path}")
            refresh_briefs(options=opts, library=lib, stories=[story])
            row = lib.get_brief(story)
            if row is None:
                raise AccordError(f"the brief of story {story!r} could not be built")
        stale = row["key"] != lib.story_keys(story).get(story, row["key"])
        return {"version": row["version"], "updated": row["updated"], "stale": stale,
                "brief": json.loads(row["data"])}
    finally:
        if library is None:
            lib.close()


# -- fixes (issue 16): a reader's corrections, recorded, undoable, kept by later grouping ----------

def move_article(article_id: str, story: str | None = None, *, db: str | None = None,
                 options: Options | None = None) -> dict[str, Any]:
    """Move an article to another story (``None``: a story of its own); returns the fix record."""
    from accord import fixes

    opts = _options(db, options, {})
    with writing(opts.db_path), _existing(db, opts) as lib:
        return _after_fix(lib, opts, fixes.move(lib, opts, [article_id], story, action="move"))


def split_story(story: str, article_ids: Iterable[str], *, db: str | None = None,
                options: Options | None = None) -> dict[str, Any]:
    """Split the given articles of ``story`` off into a new story; returns the fix record."""
    from accord import fixes

    opts = _options(db, options, {})
    with writing(opts.db_path), _existing(db, opts) as lib:
        return _after_fix(lib, opts, fixes.split(lib, opts, story, list(article_ids)))


def merge_stories(story: str, into: str, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Merge ``story`` into ``into`` (every article moves); returns the fix record."""
    from accord import fixes

    opts = _options(db, options, {})
    with writing(opts.db_path), _existing(db, opts) as lib:
        return _after_fix(lib, opts, fixes.merge(lib, opts, story, into))


def reclean_article(article_id: str, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Clean an article again with what the library knows now (lines recurring since it came)."""
    from accord import fixes

    opts = _options(db, options, {})
    with writing(opts.db_path), _existing(db, opts) as lib:
        return _after_fix(lib, opts, fixes.reclean(lib, opts, article_id))


def undo_fix(fix_id: int, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Undo one fix (its moves or its re-cleaning); an ``AccordError`` says why when it cannot be."""
    from accord import fixes

    opts = _options(db, options, {})
    with writing(opts.db_path), _existing(db, opts) as lib:
        return _after_fix(lib, opts, fixes.undo(lib, opts, fix_id))


def fix_log(*, db: str | None = None, options: Options | None = None) -> list[dict[str, Any]]:
    """Every fix, newest first (the audit trail)."""
    with _existing(db, options) as lib:
        return list(reversed(lib.fixes()))


def _after_fix(lib: Library, opts: Options, record: dict[str, Any]) -> dict[str, Any]:
    """Rebuild the briefs a fix touched (when briefs are stored as stories change)."""
    if opts.store_briefs:
        refresh_briefs(options=opts, library=lib, stories=record.get("stories", []))
    return record
