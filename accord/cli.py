"""The ``accord`` command: thin Typer commands that parse input, call ``accord.api`` and render.

No NLP happens here. Errors reach the user as one line (``error: ...``), never as a traceback.
"""
from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.console import Console

from accord.errors import AccordError
from accord.options import DEFAULT, Options

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
