"""Brief commands: one story as a brief, many stories in batch, articles into stories."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import Any, Optional

import typer

from accord.cli import (ALLOW_PRIVATE, ANALYSER, DB, FETCH_LINKS, TIMEOUT, WORDS_HELP, State, _with_analyser, app,
                        at_least, fetch_options, library_options)
from accord.cli.engines import ADDRESS, ENGINE, open_engine
from accord.cli.output import err, error, fail, markdown_for_terminal, note, out, plain, plural, safe


@app.command()
def batch(
    in_path: str = typer.Argument(..., metavar="IN.jsonl", help='One story a line: {"id", "documents": [...]}.'),
    out_path: str = typer.Argument(..., metavar="OUT.jsonl", help='One line a story: {"id", "summary", "brief"}.'),
    words: int = typer.Option(100, "--words", metavar="N", help=WORDS_HELP),
    workers: int = typer.Option(1, "--workers", metavar="N", help="Worker processes (each loads the models once)."),
    analyser: Optional[str] = ANALYSER,
    engine: str = ENGINE,
    address: Optional[str] = ADDRESS,
) -> None:
    """Summarise many stories from a JSONL file into another.

    A bad input line gets {"id", "error"} in OUT and the run goes on; exit code 1 if any line failed.
    """
    from rich.progress import Progress

    from accord import api

    at_least("--words", words, 1)
    at_least("--workers", workers, 1)
    opts = _with_analyser(State.options, analyser).with_(words=words)  # a wrong name fails before the run
    total = api.count_lines(in_path)
    with open_engine(engine, address, workers if workers > 1 else None) as eng, \
            Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("stories", total=total)
        ok, bad = api.batch(in_path, out_path, opts, workers=workers,
                            progress=lambda n: bar.advance(task, n), engine=eng, report=_report)
    err.print(f"{plural(ok, 'story', 'stories')} summarised, {plural(bad, 'error')} → {safe(out_path)}",
              highlight=False)
    if bad:  # every good line is written; the exit code still tells a pipeline that some failed
        raise typer.Exit(1)


def _report(row: dict[str, Any]) -> None:
    """A bad line as one ``error:`` line on stderr, as ``group`` prints them, and each document left out
    as a ``note:`` line; told as the row is written (OUT may be a pipe: never read back, mend100)."""
    if "error" in row:
        error(row["error"])
    for message in row.get("left_out") or []:
        err.print(f"note: {safe(message)}", highlight=False, soft_wrap=True)


@app.command()
def group(
    in_path: str = typer.Argument(..., metavar="IN.jsonl", help="One article a line: id, text, title?, url?, published?"),
    out_path: str = typer.Argument(..., metavar="OUT.jsonl", help='One {"id", "story", "copy_of"} per article.'),
    engine: str = ENGINE,
    address: Optional[str] = ADDRESS,
) -> None:
    """Sort articles from a JSONL file into stories and mark wire copies, without a library.

    A bad input line becomes an error line in OUT and the others are still grouped; exit code 1 if
    any line failed.
    """
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
        error(r["error"])
    ok = len(results) - len(bad)
    stories = len({r["story"] for r in results if "story" in r})
    copies = sum(1 for r in results if r.get("copy_of"))
    err.print(f"{plural(ok, 'article')} in {plural(stories, 'story', 'stories')} "
              f"({plural(copies, 'wire copy', 'wire copies')}), {plural(len(bad), 'error')} → {safe(out_path)}",
              highlight=False)
    if bad:
        raise typer.Exit(1)


FORMATS = ("md", "text", "json", "html")
# Names a reader may well type for a format: the long name of md, a file suffix.
FORMAT_ALIASES = {"markdown": "md", "txt": "text", "htm": "html"}


@app.command()
def brief(
    sources: Optional[list[str]] = typer.Argument(
        None, metavar="PATH_OR_URL", help="Files, folders, URLs, feeds, WARC or JSONL, taken as one story."),
    story: Optional[str] = typer.Option(None, "--story", metavar="ID",
                                        help="Brief a story of the library instead (see accord stories)."),
    fmt: str = typer.Option("md", "--format", "-f", metavar="md|text|json|html",
                            help="md: Markdown (shown rendered in a terminal); text: plain text; json; html."),
    out_file: Optional[str] = typer.Option(None, "--out", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    words: Optional[int] = typer.Option(None, "--words", metavar="N", help=WORDS_HELP + " [default: 100]"),
    analyser: Optional[str] = ANALYSER,
    fetch_links: bool = FETCH_LINKS,
    timeout: Optional[float] = TIMEOUT,
    allow_private: bool = ALLOW_PRIVATE,
    db: Optional[str] = DB,
) -> None:
    """Write the brief of some articles taken as one story, or of a story of the library.

    The brief holds a summary citing its sources, the facts outlets agree on, their disagreements,
    single-source claims, a timeline and the articles. Exit code 1 if a source could not be read
    (the brief is still made from the others).
    """
    from pathlib import Path

    from accord import api

    chosen = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if chosen not in FORMATS:
        raise fail(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})", 2)
    fmt = chosen
    if not sources and not story:
        raise fail("give paths or URLs to brief, or --story ID", 2)
    at_least("--words", words, 1)
    parent = Path(out_file).absolute().parent if out_file else None
    if parent is not None and not parent.is_dir():  # told before the work, as batch and group do
        # the reason as it is: a file in the way reads "Not a directory", not "No such file" (mend116)
        why = "Not a directory" if any(p.exists() and not p.is_dir() for p in (parent, *parent.parents)) \
            else "No such file or directory"
        raise fail(f"{out_file}: cannot write ({why})")
    opts = library_options(db)
    opts = opts.with_(words=words) if words is not None else opts
    opts = fetch_options(_with_analyser(opts, analyser), timeout, fetch_links=fetch_links, allow_private=allow_private)
    failed: list[str] = []

    def report(exc: Exception) -> None:
        failed.append(str(exc))
        error(exc)

    from accord.ingest import Fetcher

    with err.status("reading, aligning and comparing…", spinner="dots") if err.is_terminal else nullcontext(), \
            Fetcher(opts, on_note=note) as fetcher:  # (a feed entry read from the feed's own text is told)
        result = api.brief(sources or None, story=story, options=opts, on_error=report, fetcher=fetcher)
    if fmt in ("md", "text"):
        text = result.to_markdown()
        terminal = out_file is None and out.is_terminal
        if fmt == "text" or terminal:  # a reader's view: rendered, no Markdown escapes
            text = markdown_for_terminal(plain(text), width=min(out.width, 100), color=terminal and fmt == "md")
    else:
        text = result.to_json() if fmt == "json" else result.to_html()
    if out_file is None and not (fmt == "md" and out.is_terminal):  # rendered Markdown: cleaned before
        text = plain(text)  # article text reaches the terminal: no escape sequences from data
    text = text if text.endswith("\n") else text + "\n"
    if out_file:
        try:
            Path(out_file).write_text(text, encoding="utf-8")
        except OSError as exc:  # a folder given as FILE, no permission: one error line, not "a bug" (user71)
            raise fail(f"{out_file}: cannot write ({exc.strerror or exc})") from None
        err.print(f"brief written to {safe(out_file)}", highlight=False)
    else:
        sys.stdout.write(text)
    if failed:
        raise typer.Exit(1)
