"""Library commands: add articles, list and show them, list stories."""
from __future__ import annotations

from typing import Optional

import typer

from accord.cli import (ALLOW_PRIVATE_HELP, PROGRESS_MIN_ITEMS, TIMEOUT_HELP, State, _table, app, err, fail,
                        fetch_options, out, safe)
from accord.errors import AccordError


@app.command()
def ingest(
    sources: list[str] = typer.Argument(
        ..., metavar="PATH_OR_URL", help="Files, folders, .jsonl, .warc(.gz), feeds or http(s) URLs."
    ),
    fetch_links: bool = typer.Option(True, "--fetch-links/--no-fetch-links", help="Fetch each feed entry's page."),
    timeout: Optional[float] = typer.Option(None, help=TIMEOUT_HELP),
    allow_private: bool = typer.Option(False, "--allow-private", help=ALLOW_PRIVATE_HELP),
) -> None:
    """Add articles to the library; prints what was stored, cleaned and removed. Exit 1 if any item failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from accord import api

    options = fetch_options(State.options, timeout, allow_private).with_(fetch_feed_links=fetch_links)
    bar: list[Progress] = []
    task: list[int] = []

    def progress(done: int, total: int, item: str, articles: int) -> None:
        if max(total, articles) < PROGRESS_MIN_ITEMS or not err.is_terminal:
            return
        if not bar:
            columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"))
            bar.append(Progress(*columns, console=err, transient=True))
            bar[0].start()
            task.append(bar[0].add_task("", total=total))
        bar[0].update(task[0], completed=done, description=f"{articles} articles · {safe(item[-50:])}")

    try:
        results = api.ingest(sources, options=options, progress=progress)
    except AccordError as exc:  # e.g. the library file itself is unusable
        raise fail(str(exc)) from None
    finally:
        if bar:
            bar[0].stop()
    failed = 0
    rows: list[list[str]] = []
    for res in results:
        if res.status == "error":
            failed += 1
            err.print(f"[red]error:[/red] {safe(res.item)}: {safe(res.message)}", highlight=False, soft_wrap=True)
            continue
        art = res.article
        assert art is not None
        status, removed, shown = "added", str(len(art.removed)), art.id
        if res.status == "duplicate":  # the row names the stored article it repeats
            status, removed, shown = "already in library", "", res.message.rsplit(" ", 1)[-1]
        rows.append([shown, status, str(len(art.text)), removed, art.source or "", art.published or "", art.title])
    if rows:
        out.print(_table(f"ingested into {options.db_path}",
                         ["id", "status", "chars", "removed", "source", "date", "title"], rows))
    added = sum(r.status == "added" for r in results)
    dups = sum(r.status == "duplicate" for r in results)
    out.print(f"{added} added, {dups} already in library, {failed} failed")
    if failed:
        raise typer.Exit(1)


@app.command()
def articles() -> None:
    """List the library's articles: id, source, date, title."""
    from accord import api

    try:
        arts = api.articles(options=State.options)
    except AccordError as exc:
        raise fail(str(exc)) from None
    rows = [[a.id, a.source or "", a.published or "", a.title] for a in arts]
    out.print(_table(f"{len(arts)} articles in {State.options.db_path}", ["id", "source", "date", "title"], rows))


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="Article id (see `accord articles`)."),
    removed: bool = typer.Option(False, "--removed", help="Also list the lines cleaning removed, with reasons."),
) -> None:
    """Print one cleaned article with its metadata."""
    from rich.table import Table

    from accord import api

    try:
        art = api.article(article_id, options=State.options)
    except AccordError as exc:
        raise fail(str(exc)) from None
    out.print(f"[bold]{safe(art.title)}[/bold]")
    for name in ("id", "source", "published", "author", "url", "origin", "story", "copy_of"):
        value = getattr(art, name)
        if value:
            out.print(f"[dim]{name}:[/dim] {safe(value)}", highlight=False)
    out.print(f"[dim]chars:[/dim] {len(art.text)} kept of {len(art.raw_text)}; {len(art.removed)} lines removed", highlight=False)
    out.print()
    out.print(safe(art.text), highlight=False, soft_wrap=True)  # lines as stored, not re-broken
    if removed:
        out.print()
        table = Table(title="removed lines", title_justify="left")
        table.add_column("reason")
        table.add_column("line", overflow="fold")
        for r in art.removed:
            table.add_row(safe(r.reason), safe(r.line))
        out.print(table if art.removed else "[dim]nothing was removed[/dim]")


@app.command()
def stories() -> None:
    """List the library's stories (largest first): id, size, independent sources, first/last date, title."""
    from accord import api

    found = api.stories(options=State.options)
    rows = [[s.id, str(len(s.articles)), str(s.independent), s.first or "", s.last or "", s.title] for s in found]
    out.print(_table(f"{len(found)} stories in {State.options.db_path}",
                     ["id", "articles", "independent", "first", "last", "title"], rows))
