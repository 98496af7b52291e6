"""Library commands: add articles, list and show them, list stories."""
from __future__ import annotations

from typing import Any, Optional

import typer

from accord.cli import (ALLOW_PRIVATE, DB, FETCH_LINKS, JSON, PROGRESS_MIN_ITEMS, TIMEOUT, app, fetch_options,
                        library_options)
from accord.cli.output import Listing, err, error, fail, note, out, plural, print_json, safe, waiting
from accord.errors import AccordError
from accord.model import Article, Ingested


@app.command()
def ingest(
    sources: list[str] = typer.Argument(
        ..., metavar="PATH_OR_URL", help="One or more files, folders, .jsonl, .warc(.gz), feeds or http(s) URLs."
    ),
    fetch_links: bool = FETCH_LINKS,
    timeout: Optional[float] = TIMEOUT,
    allow_private: bool = ALLOW_PRIVATE,
    db: Optional[str] = DB,
    as_json: bool = JSON,
    briefs: bool = typer.Option(True, "--briefs/--no-briefs", help="Rebuild the stored briefs of the stories that "
                                "changed (what accord serve shows); --no-briefs leaves them for later."),
) -> None:
    """Add articles to the library and sort them into stories.

    Prints each article stored (id, length, lines removed as boilerplate, outlet, date, title) and
    one error line for each item that could not be read; the others are still stored. Exit code 1
    when any item failed.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    from accord import api

    options = fetch_options(library_options(db), timeout, fetch_links=fetch_links, allow_private=allow_private)
    bar: list[Progress] = []
    task: list[TaskID] = []

    def progress(done: int, total: int, item: str, articles: int) -> None:
        if max(total, articles) < PROGRESS_MIN_ITEMS or not err.is_terminal:
            return
        if not bar:
            columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"))
            bar.append(Progress(*columns, console=err, transient=True))
            bar[0].start()
            task.append(bar[0].add_task("", total=total))
        bar[0].update(task[0], completed=done, description=f"{plural(articles, 'article')} · {safe(item[-50:])}")

    touched: set[str] = set()  # the stories this run changed: only their briefs are rebuilt
    from accord.ingest import Fetcher

    try:
        with Fetcher(options, on_note=note) as fetcher:  # (a feed entry read from the feed's own text is told)
            results = api.ingest(sources, options=options, progress=progress, briefs=False, on_wait=waiting,
                                 touched=touched, fetcher=fetcher)
    except AccordError as exc:  # e.g. the library file itself is unusable
        raise fail(str(exc)) from None
    finally:
        if bar:
            bar[0].stop()
    for res in results:
        if res.status == "error":
            error(f"{res.item}: {res.message}")
    failed = sum(r.status == "error" for r in results)
    if as_json:
        print_json([_ingested(r) for r in results])
    else:
        rows = []
        for d in (_ingested(r) for r in results if r.status != "error"):
            removed = "" if d["removed"] is None else str(d["removed"])
            # a duplicate's id is the stored article's: the item column says which input repeated it
            item = d["item"] if d["status"] != "added" else ""
            rows.append([d["id"], d["status"], item, str(d["chars"]), removed, d["source"] or "",
                         d["published"] or "", d["title"]])
        if rows:
            out.print(Listing(f"ingested into {options.db_path}",
                              ["id", "status", "item", "chars", "removed", "source", "date", "title"], rows))
        added = sum(r.status == "added" for r in results)
        dups = sum(r.status == "duplicate" for r in results)
        out.print(f"{added} added, {dups} already in library, {failed} failed", highlight=False)
    if briefs and touched:
        _store_briefs(options, touched)
    if failed:
        raise typer.Exit(1)


def _store_briefs(options: Any, stories: set[str]) -> None:
    """Rebuild the stored briefs of the stories this ingest changed. Only theirs are looked at: the
    cost does not grow with the library (briefs left stale by ``--no-briefs`` are brought up to date
    by ``accord serve``)."""
    from rich.progress import Progress

    from accord import api

    failed: list[str] = []
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("briefs", total=None)
        done = api.refresh_briefs(options=options, stories=sorted(stories),
                                  progress=lambda sid, k, n: bar.update(task, completed=k - 1, total=n),
                                  on_error=lambda sid, exc: failed.append(f"brief of story {sid}: {exc}"))
    for message in failed:
        error(message)
    if done:
        shown = ", ".join(sorted(done)[:8]) + ("…" if len(done) > 8 else "")
        err.print(f"{plural(len(done), 'stored brief')} rebuilt ({safe(shown)})", highlight=False)


def _ingested(res: Ingested) -> dict[str, Any]:
    """One ingest result as ``--json`` prints it (and the table shows it)."""
    art = res.article
    row: dict[str, Any] = {"item": res.item, "status": "error" if res.status == "error" else
                           "already in library" if res.status == "duplicate" else "added"}
    if res.status == "error" or art is None:
        return row | {"message": res.message}
    # a duplicate's row names the stored article it repeats ("already in library as ID")
    shown = res.message.rsplit(" ", 1)[-1] if res.status == "duplicate" else art.id
    return row | {"id": shown, "chars": len(art.text), "removed": len(art.removed),  # (a duplicate's: the stored copy's)
                  "source": art.source, "published": art.published, "title": art.title}


def _listed(art: Article) -> dict[str, Any]:
    """An article as ``accord articles --json`` lists it: everything but its texts."""
    return {"id": art.id, "title": art.title, "source": art.source, "published": art.published,
            "author": art.author, "url": art.url, "origin": art.origin, "story": art.story,
            "copy_of": art.copy_of, "chars": len(art.text), "removed": len(art.removed)}


@app.command()
def articles(db: Optional[str] = DB, as_json: bool = JSON) -> None:
    """List the library's articles: id, outlet, date, title."""
    from accord import api

    options = library_options(db)
    try:
        arts = api.articles(options=options)
    except AccordError as exc:
        raise fail(str(exc)) from None
    if as_json:
        print_json([_listed(a) for a in arts])
        return
    rows = [[a.id, a.source or "", a.published or "", a.title] for a in arts]
    out.print(Listing(f"{plural(len(arts), 'article')} in {options.db_path}", ["id", "source", "date", "title"], rows))


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="Article id (see accord articles)."),
    removed: bool = typer.Option(False, "--removed", help="Also list the lines cleaning removed, with reasons."),
    db: Optional[str] = DB,
    as_json: bool = typer.Option(False, "--json", help="Print the article as JSON (texts, metadata, removed lines)."),
) -> None:
    """Print one article as stored: metadata, then its cleaned text."""
    from accord import api

    try:
        art = api.article(article_id, options=library_options(db))
    except AccordError as exc:
        raise fail(str(exc)) from None
    if as_json:
        print_json(art.to_dict())
        return
    out.print(f"[bold]{safe(art.title)}[/bold]", highlight=False)
    for name in ("id", "source", "published", "author", "url", "origin", "story", "copy_of"):
        value = getattr(art, name)
        if value:
            out.print(f"[dim]{name}:[/dim] {safe(value)}", highlight=False)
    out.print(f"[dim]chars:[/dim] {len(art.text)} kept of {len(art.raw_text)}; "
              f"{plural(len(art.removed), 'line')} removed", highlight=False)
    out.print()
    out.print(safe(art.text), highlight=False, soft_wrap=True)  # lines as stored, not re-broken
    if removed:
        out.print()
        if art.removed:
            out.print(Listing("removed lines", ["reason", "line"], [[r.reason, r.line] for r in art.removed]))
        else:
            out.print("[dim]nothing was removed[/dim]")


@app.command()
def stories(db: Optional[str] = DB, as_json: bool = JSON) -> None:
    """List the library's stories, largest first: id, articles, independent sources, first and last date, title."""
    from accord import api

    options = library_options(db)
    try:
        found = api.stories(options=options)
    except AccordError as exc:
        raise fail(str(exc)) from None
    if as_json:
        print_json([s.to_dict() for s in found])
        return
    rows = [[s.id, str(len(s.articles)), str(s.independent), s.first or "", s.last or "", s.title] for s in found]
    out.print(Listing(f"{plural(len(found), 'story', 'stories')} in {options.db_path}",
                      ["id", "articles", "independent", "first", "last", "title"], rows))
