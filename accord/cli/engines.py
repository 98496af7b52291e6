"""Engine commands: ``accord pipeline`` (files in, Parquet tables out), and the ``--engine`` option
that ``batch`` and ``group`` share."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Any, ContextManager, Optional

import typer

from accord.cli import ANALYSER, State, _with_analyser, app, at_least, needs
from accord.cli.output import err, fail, plural, safe

ENGINE_HELP = "Where the work runs: local (this process) or ray (a Ray cluster; needs the ray extra)."
ADDRESS_HELP = "Ray cluster to join: auto (one started with `ray start` here) or ray://HOST:PORT; default: start Ray here."
ENGINE = typer.Option("local", "--engine", metavar="local|ray", help=ENGINE_HELP)
ADDRESS = typer.Option(None, "--address", metavar="auto|ray://HOST:PORT", help=ADDRESS_HELP)


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
    at_least("--workers", workers, 1)
    needs("ray", "--engine ray")
    with err.status(f"starting Ray{f' ({address})' if address else ''}…") if err.is_terminal else nullcontext():
        return engines.engine(name, address=address, workers=workers)


@app.command()
def pipeline(
    sources: list[str] = typer.Argument(..., metavar="INPUTS...", help="Files, folders or globs: WARC, JSONL, Parquet (and HTML, text)."),
    out_dir: str = typer.Option(..., "--out", "-o", metavar="DIR", help="Folder for the tables (articles, stories, briefs, errors)."),
    engine: str = ENGINE,
    address: Optional[str] = ADDRESS,
    workers: Optional[int] = typer.Option(None, "--workers", metavar="N", help="Ray: workers (CPUs) to use; default all."),
    min_articles: int = typer.Option(2, "--min-articles", metavar="N", help="Brief the stories of at least N articles."),
    restart: bool = typer.Option(False, "--restart", help="Start again instead of resuming the run in DIR."),
    analyser: Optional[str] = ANALYSER,
) -> None:
    """Read, clean, group and brief many files into Parquet tables, here or on Ray.

    Reads WARC, JSONL and Parquet files (folders and globs too) and writes the tables articles,
    stories, briefs and errors under DIR. Running the same command again resumes a run that stopped.

    Example: accord pipeline 'crawl/*.warc.gz' --out tables/ --engine ray
    """
    from accord.engines import pipeline as runner
    from accord.engines.local import LocalEngine

    at_least("--min-articles", min_articles, 1)
    needs("ray", "accord pipeline (Parquet tables)")
    opts = _with_analyser(State.options, analyser)
    files = runner.inputs(sources)  # a missing input is named before anything starts
    with open_engine(engine, address, workers) as ray_engine, (ray_engine or LocalEngine()) as eng:
        err.print(f"pipeline: {plural(len(files), 'file')} → {safe(out_dir)} (engine {eng.name}, "
                  f"{plural(eng.workers, 'worker')})", highlight=False)
        res = runner.run(sources, out_dir, eng, opts, min_articles=min_articles, restart=restart,
                         say=lambda line: err.print(safe(line), highlight=False))
    err.print(f"{plural(res.articles, 'article')}, {plural(res.stories, 'story', 'stories')}, "
              f"{plural(res.briefs, 'brief')}, {plural(res.errors, 'error')} → {safe(out_dir)}", highlight=False)
    if res.errors:
        raise typer.Exit(1)
