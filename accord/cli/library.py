"""Library commands: add articles, list and show them, list stories."""
from __future__ import annotations

from typing import Optional

import typer

from accord.cli import PROGRESS_MIN_ITEMS, State, _table, app, err, fail, out
from accord.errors import AccordError


@app.command()
def ingest(
    sources: list[str] = typer.Argument(
        ..., metavar="PATH_OR_URL", help="Files, folders, .jsonl, .warc(.gz), feeds or http(s) URLs."
    ),
    fetch_links: bool = typer.Option(True, "--fetch-links/--no-fetch-links", help="Fetch each feed entry's page."),
    timeout: Optional[float] = typer.Option(None, help="Seconds per HTTP request."),
    briefs: bool = typer.Option(True, "--briefs/--no-briefs", help="Rebuild the stored briefs of the stories that "
                                "changed (what `accord serve` shows); --no-briefs leaves them for later."),
) -> None:
    """Add articles to the library; prints what was stored, cleaned and removed. Exit 1 if any item failed."""
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from accord import api

    changes: dict[str, object] = {"fetch_feed_links": fetch_links}
    if timeout is not None:
        changes["timeout"] = timeout
    options = State.options.with_(**changes)
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
        bar[0].update(task[0], completed=done, description=f"{articles} articles · {item[-50:]}")

    try:
        results = api.ingest(sources, options=options, progress=progress, briefs=False)
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
            err.print(f"[red]error:[/red] {escape(res.item)}: {escape(res.message)}", highlight=False, soft_wrap=True)
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
    if briefs and added:
        _store_briefs(options)
    if failed:
        raise typer.Exit(1)


def _store_briefs(options: object) -> None:
    """Rebuild every stale stored brief (stories this ingest changed, or left stale by --no-briefs)."""
    from rich.progress import Progress

    from accord import api

    failed: list[str] = []
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("briefs", total=None)
        done = api.refresh_briefs(options=options,  # type: ignore[arg-type]
                                  progress=lambda sid, k, n: bar.update(task, completed=k - 1, total=n),
                                  on_error=lambda sid, exc: failed.append(f"brief of story {sid}: {exc}"))
    for message in failed:
        err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    if done:
        err.print(f"{len(done)} stored brief{'s' if len(done) != 1 else ''} rebuilt ({', '.join(sorted(done)[:8])}"
                  f"{'…' if len(done) > 8 else ''})", highlight=False)


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
    from rich.markup import escape
    from rich.table import Table

    from accord import api

    try:
        art = api.article(article_id, options=State.options)
    except AccordError as exc:
        raise fail(str(exc)) from None
    out.print(f"[bold]{escape(art.title)}[/bold]")
    for name in ("id", "source", "published", "author", "url", "origin", "story", "copy_of"):
        value = getattr(art, name)
        if value:
            out.print(f"[dim]{name}:[/dim] {escape(str(value))}", highlight=False)
    out.print(f"[dim]chars:[/dim] {len(art.text)} kept of {len(art.raw_text)}; {len(art.removed)} lines removed", highlight=False)
    out.print()
    out.print(escape(art.text), highlight=False, soft_wrap=True)  # lines as stored, not re-broken
    if removed:
        out.print()
        table = Table(title="removed lines", title_justify="left")
        table.add_column("reason")
        table.add_column("line", overflow="fold")
        for r in art.removed:
            table.add_row(escape(r.reason), escape(r.line))
        out.print(table if art.removed else "[dim]nothing was removed[/dim]")


@app.command()
def stories() -> None:
    """List the library's stories (largest first): id, size, independent sources, first/last date, title."""
    from accord import api

    found = api.stories(options=State.options)
    rows = [[s.id, str(len(s.articles)), str(s.independent), s.first or "", s.last or "", s.title] for s in found]
    out.print(_table(f"{len(found)} stories in {State.options.db_path}",
                     ["id", "articles", "independent", "first", "last", "title"], rows))
