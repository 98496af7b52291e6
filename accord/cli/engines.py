"""Engine commands: ``accord pipeline`` (files in, Parquet tables out), and the ``--engine`` option
that ``batch`` and ``group`` share."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Any, ContextManager, Optional

import typer

from accord.cli import ANALYSER_HELP, State, _with_analyser, app, err, fail

ENGINE_HELP = "local (this process) or ray (Ray cluster; pip install 'accord\\[ray]')."
ADDRESS_HELP = "Ray cluster: auto (one running on this machine) or ray://HOST:PORT; default: start Ray here."


def open_engine(name: str, address: Optional[str], workers: Optional[int] = None) -> ContextManager[Any]:
    """The engine for ``--engine NAME``: ``None`` for the default local run (the commands keep their
    one-machine code path), else an engine to use in a ``with`` block."""
    from accord import engines

    if name not in engines.ENGINES:
        raise fail(f"unknown engine {name!r} (use one of: {', '.join(engines.ENGINES)})", 2)
    if address and name != "ray":
        raise fail("--address is for --engine ray", 2)
    if name == "local":
        return nullcontext(None)
    if workers is not None and workers < 1:
        raise fail("--workers must be at least 1", 2)
    with err.status(f"starting Ray{f' ({address})' if address else ''}…") if err.is_terminal else nullcontext():
        return engines.engine(name, address=address, workers=workers)


@app.command()
def pipeline(
    sources: list[str] = typer.Argument(..., metavar="INPUTS...", help="Files, folders or globs: WARC, JSONL, Parquet (and HTML, text)."),
    out_dir: str = typer.Option(..., "--out", "-o", help="Folder for the tables (articles, stories, briefs, errors)."),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    address: Optional[str] = typer.Option(None, "--address", help=ADDRESS_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", help="Ray: workers (CPUs) to use; default all."),
    min_articles: int = typer.Option(2, "--min-articles", help="Brief stories of at least this many articles."),
    restart: bool = typer.Option(False, "--restart", help="Start again instead of resuming the run in OUT."),
    analyser: Optional[str] = typer.Option(None, "--analyser", help=ANALYSER_HELP),
) -> None:
    """Read → clean → group → brief many files into Parquet tables; resumes a run that stopped."""
    from accord.engines import pipeline as runner
    from accord.engines.local import LocalEngine

    if min_articles < 1:
        raise fail("--min-articles must be at least 1", 2)
    opts = _with_analyser(State.options, analyser)
    files = runner.inputs(sources)  # a missing input is named before anything starts
    with open_engine(engine, address, workers) as ray_engine, (ray_engine or LocalEngine()) as eng:
        err.print(f"pipeline: {len(files)} files → {out_dir} (engine {eng.name}, {eng.workers} workers)", highlight=False)
        res = runner.run(sources, out_dir, eng, opts, min_articles=min_articles, restart=restart,
                         say=lambda line: err.print(line, highlight=False))
    err.print(f"{res.articles} articles, {res.stories} stories, {res.briefs} briefs, {res.errors} errors → {out_dir}",
              highlight=False)
    if res.errors:
        raise typer.Exit(1)
