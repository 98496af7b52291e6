"""Brief commands: one story as a brief, many stories in batch, articles into stories."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import Optional

import typer

from accord.cli import ANALYSER_HELP, State, _with_analyser, app, err, fail
from accord.cli.engines import ADDRESS_HELP, ENGINE_HELP, open_engine


@app.command()
def batch(
    in_path: str = typer.Argument(..., metavar="IN.jsonl", help='One story a line: {"id", "documents": [...]}.'),
    out_path: str = typer.Argument(..., metavar="OUT.jsonl", help='One line a story: {"id", "summary", "brief"}.'),
    words: int = typer.Option(100, "--words", help="Summary budget in whitespace words."),
    workers: int = typer.Option(1, "--workers", help="Local worker processes (each loads the models once)."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    address: Optional[str] = typer.Option(None, "--address", help=ADDRESS_HELP),
) -> None:
    """Summarise many stories: bad lines get {"id", "error"} in OUT and the run goes on."""
    from rich.progress import Progress

    from accord import api

    opts = _with_analyser(State.options, analyser).with_(words=words)  # a wrong name fails before the run
    total = api.count_lines(in_path)
    with open_engine(engine, address, workers if workers > 1 else None) as eng, \
            Progress(console=err, transient=True) as bar:
        task = bar.add_task("stories", total=total)
        ok, bad = api.batch(in_path, out_path, opts, workers=workers,
                            progress=lambda n: bar.advance(task, n), engine=eng)
    err.print(f"{ok} stories summarised, {bad} errors → {out_path}", highlight=False)
    if bad:  # every good line is written; the exit code still tells a pipeline that some failed
        raise typer.Exit(1)


# -- stories and wire copies (issue 5) ------------------------------------------------------------
@app.command()
def group(
    in_path: str = typer.Argument(..., metavar="IN.jsonl", help="One article per line: id, text, title?, url?, published?"),
    out_path: str = typer.Argument(..., metavar="OUT.jsonl", help='One {"id", "story", "copy_of"} per article.'),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    address: Optional[str] = typer.Option(None, "--address", help=ADDRESS_HELP),
) -> None:
    """Sort articles into stories and mark wire copies (JSONL in, JSONL out; a bad line becomes an error line)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from accord import api

    total = api.count_lines(in_path)
    columns = (TextColumn("group"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with open_engine(engine, address) as eng, \
            Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("", total=total)
        results = api.group(in_path, out_path, options=State.options, progress=lambda n: bar.advance(task, n),
                            engine=eng)
    bad = [r for r in results if "error" in r]
    for r in bad:
        err.print(f"[red]error:[/red] {r['error']}", highlight=False, soft_wrap=True)
    ok = len(results) - len(bad)
    stories = len({r["story"] for r in results if "story" in r})
    copies = sum(1 for r in results if r.get("copy_of"))
    err.print(f"{ok} articles in {stories} stories ({copies} wire copies), {len(bad)} errors → {out_path}",
              highlight=False)
    if bad:
        raise typer.Exit(1)


# -- brief ----------------------------------------------------------------------------------------
FORMATS = ("md", "json", "html")


@app.command()
def brief(
    sources: Optional[list[str]] = typer.Argument(None, help="Files, folders, URLs, feeds, WARC or JSONL: one story."),
    story: Optional[str] = typer.Option(None, "--story", help="Brief a story of the library instead."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, json or html."),
    out_file: Optional[str] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    words: Optional[int] = typer.Option(None, "--words", help="Summary budget in words."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
) -> None:
    """Print the brief of some articles taken as one story (or of a library story)."""
    from pathlib import Path

    from accord import api

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})", 2)
    if not sources and not story:
        raise fail("give paths/URLs to brief, or --story ID", 2)
    opts = State.options.with_(words=words) if words else State.options
    opts = _with_analyser(opts, analyser)
    failed: list[str] = []

    def report(exc: Exception) -> None:
        failed.append(str(exc))
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)

    with err.status("reading, aligning and comparing…", spinner="dots") if err.is_terminal else nullcontext():
        result = api.brief(sources or None, story=story, options=opts, on_error=report)
    text = {"md": result.to_markdown, "json": result.to_json, "html": result.to_html}[fmt]()
    if out_file:
        Path(out_file).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        err.print(f"brief written to {out_file}", highlight=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if failed:
        raise typer.Exit(1)
