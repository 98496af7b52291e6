"""The ``accord`` command: thin Typer commands that parse input, call ``accord.api`` and render.

No NLP happens here. Errors reach the user as one line (``error: ...``), never as a traceback.
Commands live in modules by what they serve: ``library`` (ingest, articles, show, stories),
``briefs`` (brief, batch, group) and ``bench`` (the ``accord eval`` benchmarks); this module holds
the app, the global options and the helpers they share.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console

from accord.errors import AccordError
from accord.options import DEFAULT, Options

if TYPE_CHECKING:
    from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
eval_app = typer.Typer(no_args_is_help=True, help="Benchmarks: accord beside its baselines, in one run.")
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)


class State:
    """Global options given before the command (``accord --db lib.db ingest ...``)."""

    options: Options = DEFAULT


@app.callback()
def _global(
    db: Optional[str] = typer.Option(None, "--db", help="Library file (default $ACCORD_DB or ./accord.db)."),
) -> None:
    if db:
        State.options = State.options.with_(db=db)


def fail(message: str, code: int = 1) -> "typer.Exit":
    """Print one error line and return the Exit to raise."""
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


ANALYSER_HELP = "rules (word rules, the default) or spacy (NER + parse, ~10x slower; options.analyser)."


def _with_analyser(options: Options, analyser: Optional[str]) -> Options:
    """``options`` with ``--analyser`` applied; an unknown name is a usage error that lists the known ones."""
    if analyser is None:
        return options
    from accord.analyse import ANALYSERS

    if analyser not in ANALYSERS:
        raise fail(f"unknown analyser {analyser!r} (use one of: {', '.join(ANALYSERS)})", 2)
    return options.with_(analyser=analyser)


# -- ingest / articles / show ---------------------------------------------------------------------
PROGRESS_MIN_ITEMS = 4  # smaller batches finish before a bar would be worth drawing


def _table(title: str, columns: list[str], rows: list[list[str]]) -> "Table":
    """A rich table of plain strings; columns empty (or all "added") in every row are left out."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    def useful(i: int, name: str) -> bool:  # a status column that only says "added" tells nothing
        return name in ("id", "title") or any(r[i] and (name != "status" or r[i] != "added") for r in rows)

    keep = [i for i, name in enumerate(columns) if useful(i, name)]
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for i in keep:
        name = columns[i]
        if name == "title":  # the title wraps; short values (ids, dates, counts) stay whole
            table.add_column(name, overflow="fold", min_width=16)
        else:
            table.add_column(name, no_wrap=True, max_width=24 if name == "source" else None,
                             justify="right" if name in ("chars", "removed") else "left")
    for row in rows:
        table.add_row(*(escape(row[i]) for i in keep))
    return table



# the command modules register themselves on ``app`` / ``eval_app`` when imported
from accord.cli import bench, briefs, engines, library  # noqa: E402,F401


def main() -> None:
    """Entry point: runs the app, turning AccordError into a message and an exit code."""
    try:
        app()
    except AccordError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
