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


@app.command()
def batch(
    in_path: str = typer.Argument(..., metavar="IN.jsonl", help='One story a line: {"id", "documents": [...]}.'),
    out_path: str = typer.Argument(..., metavar="OUT.jsonl", help='One line a story: {"id", "summary", "brief"}.'),
    words: int = typer.Option(100, "--words", help="Summary budget in whitespace words."),
    workers: int = typer.Option(1, "--workers", help="Local worker processes (each loads the models once)."),
) -> None:
    """Summarise many stories: bad lines get {"id", "error"} in OUT and the run goes on."""
    from rich.progress import Progress

    from accord import api

    total = api.count_lines(in_path)
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("stories", total=total)
        ok, bad = api.batch(in_path, out_path, State.options.with_(words=words), workers=workers,
                            progress=lambda n: bar.advance(task, n))
    err.print(f"{ok} stories summarised, {bad} errors → {out_path}", highlight=False)


@eval_app.command("summaries")
def eval_summaries(
    set_: str = typer.Option("multinews", "--set", help="multinews (230 words) or neus (65 words)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K stories."),
    data: str = typer.Option("../shared/eval", "--data", help="Evaluation folder (relative to CWD)."),
    systems: str = typer.Option("accord,lead,lexrank,textrank", "--systems", help="Comma-separated: "
                                "accord, sentences (scorer on raw sentences), lead, lexrank, textrank."),
    scorer: Optional[str] = typer.Option(None, "--scorer", help="Summary scorer (options.summary_scorer)."),
    predictions: Optional[str] = typer.Option(None, "--predictions", help="Write DIR/SET-SYSTEM.jsonl "
                                              "for score.py."),
) -> None:
    """ROUGE-1/2/Lsum and seconds per story for accord and its baselines, in one run."""
    from rich.table import Table

    from accord.eval import summaries

    options = State.options.with_(summary_scorer=scorer) if scorer else State.options
    results = summaries.run(set_, data, limit, [s.strip() for s in systems.split(",") if s.strip()], options)
    table = Table(title=f"{set_} ({len(results[0].predictions) if results else 0} stories)")
    for col in ("system", "R1", "R2", "RLsum", "s/story", "errors"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for r in results:
        table.add_row(r.system, f"{r.r1:.2f}", f"{r.r2:.2f}", f"{r.rl:.2f}", f"{r.seconds:.3f}", str(r.errors))
    out.print(table)
    if predictions:
        for p in summaries.write_predictions(results, predictions, set_):
            out.print(f"wrote {p}", highlight=False)


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
