"""The public Python API: what the CLI, the web UI and user scripts call.

    import accord.api as accord
    results = accord.ingest(["articles/", "https://example.com/feed.xml"], db="lib.db")
    for art in accord.articles(db="lib.db"): print(art.id, art.title)

Options are keyword overrides of ``accord.options.Options`` (``timeout=5``, ``max_bytes=...``).
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from accord import brief_store, intake
from accord import ingest as _ingest
from accord.brief_store import brief_digest, disagreement_changes, disagreement_key  # noqa: F401 - public: the web's "what changed"
from accord.errors import AccordError, IngestError, NotFound
from accord.ingest.record import count_lines  # noqa: F401 - the CLI's progress total for batch and group
from accord.model import Article, Brief, Ingested, Story
from accord.options import Options, make
from accord.store import Library


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
    on_wait: Callable[[str], None] | None = None,
    briefs: bool | None = None,
    touched: set[str] | None = None,
    **overrides: Any,
) -> list[Ingested]:
    """Read → clean → store every source; one ``Ingested`` per article, duplicate or failed item.

    ``sources`` is one path or URL (``str`` or ``Path``) or a list of them. Cleaning sees the line
    keys that recur across unrelated articles already in the library (site boilerplate). Each article
    is stored with its story and copy links in its own transaction (a savepoint; they are committed
    in batches, ``ingest_commit_articles``), so a failure never half-writes one and an interrupted
    run is continued exactly by the next. The run holds the library's writer
    lock: a concurrent run waits (``on_wait`` is told who holds it), so two runs give the stories of
    one after the other. URLs are fetched under the address policy: pass ``allow_private=True`` to
    fetch loopback or private-network addresses. Afterwards the stored briefs of the stories that
    changed are rebuilt (``briefs=False``: later, by ``refresh_briefs`` or ``accord serve``);
    ``touched``, a set, is given the ids of those stories (``refresh_briefs(stories=touched)``).
    ``library``: an open ``accord.store.Library`` to use and leave open: a process that ingests again
    and again (the watcher, the web server, a benchmark) keeps SQLite's page cache warm between calls;
    without it the library at ``db`` is opened for the call and closed after it.
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
        return ingest_articles(stream(), options=opts, library=library, results=results, briefs=briefs,
                               on_wait=on_wait, touched=touched)
    finally:
        if own_fetcher:
            fetcher.close()


def ingest_files(
    files: Iterable[tuple[str, str | Path]],
    *,
    db: str | None = None,
    options: Options | None = None,
    briefs: bool | None = None,
    library: Library | None = None,
) -> list[Ingested]:
    """Ingest files under names of their own: ``(name, path)`` pairs, e.g. uploads saved to a
    temporary folder, where ``name`` (``upload:report.html``) becomes each article's ``origin``.
    ``library``: an open handle to use (and leave open), as for ``ingest``."""
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

    return ingest_articles(stream(), options=opts, briefs=briefs, library=library)


def ingest_articles(
    got: Iterable[Article | IngestError],
    *,
    db: str | None = None,
    options: Options | None = None,
    library: Library | None = None,
    results: list[Ingested] | None = None,
    briefs: bool | None = None,
    on_wait: Callable[[str], None] | None = None,
    touched: set[str] | None = None,
) -> list[Ingested]:
    """Clean, store and group articles already read (``ingest`` after reading; the feed watcher
    after its conditional GET), then rebuild the stored briefs of the stories that changed.

    ``results`` (appended to as each article is stored) lets a caller watch progress.
    ``briefs`` (default ``options.store_briefs``) says whether to rebuild those briefs now;
    ``touched`` is given the ids of the stories that changed (to rebuild theirs later).
    """
    opts = _options(db, options, {})
    results = [] if results is None else results
    lib = library or Library(opts.db_path, on_wait=on_wait)
    try:
        with lib.writing(on_wait=on_wait):
            changed = intake.store_all(got, lib, opts, results)
        if touched is not None:
            touched.update(changed)
        if changed and (opts.store_briefs if briefs is None else briefs):
            # the stories that got articles and those a split or re-cut moved articles from or to:
            # only theirs are looked at, so the cost does not grow with the library
            refresh_briefs(options=opts, library=lib, stories=changed)
    finally:
        if library is None:
            lib.close()
    return results


def upgrade(*, db: str | None = None, options: Options | None = None,
            progress: Callable[[str, int, int], None] | None = None,
            on_wait: Callable[[str], None] | None = None) -> bool:
    """Migrate the library to this accord's schema now, if it needs it (opening it would anyway),
    telling ``progress`` (what, done, total) as it goes: a big library takes a while once.
    Returns whether it migrated; a missing library is left missing."""
    path = _options(db, options, {}).db_path
    if not Library.needs_migration(path):
        return False
    Library(path, on_wait=on_wait, on_migrate=progress).close()
    return True


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


# -- batch (issue 4) and group (issue 5): JSONL jobs, run by ``accord.jobs`` ------------------------

def batch(
    in_path: str | Path,
    out_path: str | Path,
    options: Options | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    engine: Any = None,
    report: Callable[[dict[str, Any]], None] | None = None,
    **overrides: Any,
) -> tuple[int, int]:
    """Summarise every story of a JSONL file into another, in input order; returns (ok, errors).
    ``report`` gets each output row that holds an ``error`` or a ``left_out`` as it is written.

    ``workers`` > 1 uses local processes; each loads the models once and keeps them. ``engine``
    (``accord.engines.engine("ray")``) runs the same per-line work on that engine instead.
    """
    from accord import jobs

    return jobs.run(Path(in_path), Path(out_path), make(options, **overrides), workers, progress, engine, report)


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
    from accord import jobs
    from accord.group import assign

    opts = make(options, **overrides)
    if out_path is not None:  # an unwritable OUT is reported before the work, not after
        jobs.output(out_path).close()
    arts, results = jobs.group_inputs(source)
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
        with jobs.output(out_path) as fh:
            for res in results:
                fh.write(json.dumps(res, ensure_ascii=False) + "\n")
    return results


def stories(*, db: str | None = None, options: Options | None = None) -> list[Story]:
    """The library's stories, largest first: title, articles, independent sources, first/last date."""
    with _existing(db, options) as lib:
        found = lib.stories()
        titles = {sid: st.get("title") for sid, st in lib.brief_stats().items()}
    for s in found:  # the title its stored brief shows (as `accord serve` lists it), once it has one (user71)
        s.title = titles.get(s.id) or s.title
    return sorted(found, key=lambda s: (-len(s.articles), s.id))


# -- brief (issue 3) ------------------------------------------------------------------------------

def _where(origin: str | None) -> str:
    """A file's origin as one spelling ("a.txt", "./a.txt" and its absolute path are one source)."""
    return os.path.normpath(os.path.abspath(origin)) if origin else ""


def read_articles(
    sources: Iterable[str | Path | Article],
    *,
    options: Options | None = None,
    fetcher: _ingest.Fetcher | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> list[Article]:
    """Articles from paths, URLs or Article objects, without storing them.

    A source that cannot be read goes to ``on_error`` (default: raised), so one bad file can be
    reported while the others still make the brief. One source read twice (the same text from the
    same file or URL) is kept once; the same text from two sources (a wire story two outlets ran
    whole) is kept from both, for the grouping to mark the second a copy: dropping it would lose an
    outlet the reader gave (lead64).
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
    seen_text: set[tuple[str, str]] = set()
    out = []
    for art in [*given, *found]:
        key = (" ".join(art.text.split()).lower(), art.url or _where(art.origin))
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
        sources = list(sources)
        arts = read_articles(sources, options=opts, fetcher=fetcher, on_error=on_error)
        arts = _with_text(arts, [s for s in sources if isinstance(s, Article)], opts, on_error)
        if not arts:
            raise AccordError("no readable article in the given sources")
        return build(arts, opts, cleaned_already=True)  # ``_with_text`` cleaned them
    return build(arts, opts)


def _with_text(arts: list[Article], given: list[Article], opts: Options,
               on_error: Callable[[IngestError], None] | None) -> list[Article]:
    """The articles cleaned (as ``build`` would), less those that are only site text (``briefing.
    site_text_only``, the rule ``batch`` follows too), each reported as ``ingest`` reports it: a page
    that is only a cookie notice or a paywall prompt would otherwise add an article that says nothing
    (user69). Without ``on_error`` such a page read from a source raises, as an unreadable source does;
    an Article the caller gave is then kept, as before (mend100): the caller's own article never ends
    the call."""
    from accord.briefing import with_text

    own = {id(a) for a in given}
    kept = []
    for art, (done, why) in zip(arts, with_text(arts, opts)):
        if why is None or (on_error is None and id(art) in own):
            kept.append(done)
            continue
        if on_error is None:  # no brief is made: say so, and how to get one without this source (mend105)
            raise IngestError(art.origin or art.url or art.id,
                              f"{why}; no brief made (pass on_error to leave such a source out instead)")
        on_error(IngestError(art.origin or art.url or art.id, f"{why}; left out of the brief"))
    return kept


# -- stored briefs (issue 16): built when a story changes, served from the library ------------------

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
    opts = _options(db, options, {})
    lib = library or _existing(db, opts)
    try:
        return brief_store.refresh(lib, opts, stories=stories, progress=progress, on_error=on_error)
    finally:
        if library is None:
            lib.close()


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
    with _existing(db, opts) as lib, lib.writing():
        return _after_fix(lib, opts, fixes.move(lib, opts, [article_id], story, action="move"))


def split_story(story: str, article_ids: Iterable[str], *, db: str | None = None,
                options: Options | None = None) -> dict[str, Any]:
    """Split the given articles of ``story`` off into a new story; returns the fix record."""
    from accord import fixes

    opts = _options(db, options, {})
    with _existing(db, opts) as lib, lib.writing():
        return _after_fix(lib, opts, fixes.split(lib, opts, story, list(article_ids)))


def merge_stories(story: str, into: str, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Merge ``story`` into ``into`` (every article moves); returns the fix record."""
    from accord import fixes

    opts = _options(db, options, {})
    with _existing(db, opts) as lib, lib.writing():
        return _after_fix(lib, opts, fixes.merge(lib, opts, story, into))


def reclean_article(article_id: str, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Clean an article again with what the library knows now (lines recurring since it came)."""
    from accord import fixes

    opts = _options(db, options, {})
    with _existing(db, opts) as lib, lib.writing():
        return _after_fix(lib, opts, fixes.reclean(lib, opts, article_id))


def undo_fix(fix_id: int, *, db: str | None = None, options: Options | None = None) -> dict[str, Any]:
    """Undo one fix (its moves or its re-cleaning); an ``AccordError`` says why when it cannot be."""
    from accord import fixes

    opts = _options(db, options, {})
    with _existing(db, opts) as lib, lib.writing():
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
