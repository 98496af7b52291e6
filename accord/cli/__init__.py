"""The ``accord`` command: thin Typer commands that parse input, call ``accord.api`` and render.

No NLP happens here. Errors reach the user as one line (``error: ...``), never as a traceback.
Commands live in modules by what they serve: ``library`` (ingest, articles, show, stories),
``briefs`` (brief, batch, group) and ``bench`` (the ``accord eval`` benchmarks); ``output`` holds
everything about printing (consoles, error lines, listings, JSON); this module holds the app, the
options several commands share and the checks of option values.
"""
from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Sequence
from typing import Optional

import typer
from typer.core import TyperArgument, TyperOption

from accord import __version__
from accord.cli.output import Listing, err, fail, out, safe, waiting
from accord.errors import AccordError
from accord.options import DEFAULT, Options

__all__ = ["app", "eval_app", "main", "State", "out", "err", "fail", "safe", "needs"]



def _value_name(option: TyperOption, ctx: object) -> str | None:
    """What an option's help shows for its value: its METAVAR (--db FILE, --words N), else a plain
    word for its kind; nothing for a flag."""
    if option.metavar or option.is_flag or option.count:
        return option.metavar
    return {"int": "N", "float": "NUMBER"}.get(option.bare_type(), "TEXT")


# Typer's help puts a Python type tag ("<str>", "<bool>", "<list[str]>") beside each parameter; a
# user needs the value's name, and an argument's name is already shown.
TyperOption.display_type_rich = _value_name  # type: ignore[method-assign,assignment]
TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]

# One line per paragraph: typer keeps the line breaks of every paragraph after the first, so a
# wrapped source line would show as a ragged break in a wide terminal.
HELP = "\n\n".join((
    "accord reads news articles from many outlets and writes, for each story they tell, a brief you "
    "can check: a summary whose every sentence cites its sources, the facts outlets agree on, where "
    "they disagree (every side with its evidence), claims only one outlet makes, and a timeline. "
    "Everything runs offline on your machine.",
    "Articles can be files, folders, web pages, RSS/Atom feeds, WARC archives or JSON lines. Brief "
    "them directly (accord brief PATHS...), or add them to a library that sorts them into stories as "
    "they arrive (accord ingest, then accord stories and accord brief --story ID).",
))

EPILOG = """\b
[bold]Examples[/bold]
  accord brief articles/                      brief a folder of articles as one story
  accord ingest https://example.com/rss.xml   add a feed's articles to the library
  accord stories                              list the library's stories
  accord brief --story s3 -f html -o s3.html  one story's brief as a web page
  accord serve                                browse the library in a web browser
  accord watch https://example.com/rss.xml    keep adding a feed's new articles

The library is ./accord.db unless --db FILE or $ACCORD_DB says otherwise.
Add -h to any command for its options."""

app = typer.Typer(add_completion=False, no_args_is_help=True, help=HELP, epilog=EPILOG,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  pretty_exceptions_enable=False)  # ``main`` turns any error into one line
eval_app = typer.Typer(no_args_is_help=True, help="Benchmarks: accord beside its baselines, on the "
                       "evaluation data, in one run.")
app.add_typer(eval_app, name="eval")


class State:
    """Options given before the command (``accord --db lib.db ingest ...``), set afresh on every run."""

    options: Options = DEFAULT


def _version(value: bool) -> None:
    if value:
        out.print(f"accord {__version__}", highlight=False)
        raise typer.Exit()


# Options several commands take. Typer copies an option's declaration for each command that uses it.
DB_HELP = "The library file (default: $ACCORD_DB, else ./accord.db)."
DB = typer.Option(None, "--db", metavar="FILE", help=DB_HELP)
JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
FETCH_PANEL = "Fetching web pages"  # the options of commands that read URLs and feeds, shown together
FETCH_LINKS = typer.Option(True, "--fetch-links/--no-fetch-links", rich_help_panel=FETCH_PANEL,
                           help="For a feed, fetch each entry's web page (else use the feed's own text).")
TIMEOUT = typer.Option(None, "--timeout", metavar="SECONDS", rich_help_panel=FETCH_PANEL,
                       help="Give up on a web request after this long, redirects included.")
ALLOW_PRIVATE = typer.Option(False, "--allow-private", rich_help_panel=FETCH_PANEL,
                             help="Also fetch from localhost and private networks (refused by default, so a "
                                  "URL in a feed cannot reach them).")
WORDS_HELP = "Summary length in words."
ANALYSER_HELP = ("How sentences are read: rules (the default: word rules, fast) or spacy (spaCy's "
                 "named entities and parse, ~10x slower; needs the spacy extra).")
ANALYSER = typer.Option(None, "--analyser", metavar="rules|spacy", help=ANALYSER_HELP)


@app.callback()
def _global(
    db: Optional[str] = DB,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print accord's version and exit."),
) -> None:
    State.options = DEFAULT.with_(db=db) if db else DEFAULT


def library_options(db: Optional[str]) -> Options:
    """The run's options with a ``--db`` given after the command (it wins over one given before).
    A library made by an older accord is migrated here, with a progress bar (once; it can take a
    while in a big library), before the command opens it."""
    options = State.options.with_(db=db) if db else State.options
    _upgrade(options)
    return options


def _upgrade(options: Options) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from accord import api

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("migrating the library", total=None)

        def progress(what: str, done: int, total: int) -> None:
            bar.update(task, description=f"migrating {safe(options.db_path[-40:])}: {what}", completed=done,
                       total=total or None)

        try:
            migrated = api.upgrade(options=options, progress=progress, on_wait=waiting)
        except AccordError as exc:
            raise fail(str(exc)) from None
    if migrated:
        err.print(f"migrated {safe(options.db_path)} to this accord's library format", highlight=False)


def at_least(name: str, value: Optional[float], least: float, unit: str = "") -> None:
    """A usage error (exit 2) when an option's number is below ``least``: ``--words 0`` is a mistake
    to report, not a reason to fall back to the default or to print nothing."""
    if value is not None and value < least:
        raise fail(f"{name} must be at least {least:g}{unit}, not {value:g}", 2)


def positive(name: str, value: Optional[float], unit: str = "") -> None:
    """A usage error (exit 2) when an option's number is zero or negative (a timeout, a length)."""
    if value is not None and value <= 0:
        raise fail(f"{name} must be more than 0{unit}, not {value:g}", 2)


def fetch_options(options: Options, timeout: Optional[float], *, fetch_links: bool = True,
                  allow_private: bool = False) -> Options:
    """``options`` with the fetch options every command that reads URLs and feeds shares (``ingest``,
    ``brief``): one place to add another, each passed by name."""
    positive("--timeout", timeout, " seconds")
    changes: dict[str, object] = {"fetch_feed_links": fetch_links, "allow_private": allow_private}
    if timeout is not None:
        changes["timeout"] = timeout
    return options.with_(**changes)


def needs(extra: str, what: str) -> None:
    """Stop with one line saying which extra to install when ``what`` needs one that is missing."""
    from accord.errors import MissingExtra, require

    try:
        require(extra, what)
    except MissingExtra as exc:
        raise fail(str(exc)) from None


def _with_analyser(options: Options, analyser: Optional[str]) -> Options:
    """``options`` with ``--analyser`` applied; an unknown name is a usage error that lists the known ones."""
    if analyser is None:
        return options
    from accord.analyse import ANALYSERS

    if analyser not in ANALYSERS:
        raise fail(f"unknown analyser {analyser!r} (use one of: {', '.join(ANALYSERS)})", 2)
    if analyser == "spacy":
        needs("spacy", "--analyser spacy")
    return options.with_(analyser=analyser)


PROGRESS_MIN_ITEMS = 4  # smaller batches finish before a bar would be worth drawing


def _table(title: str, columns: list[str], rows: Sequence[Sequence[object]]) -> Listing:
    """Rows of strings laid out for the terminal (see ``output.Listing``); print it with ``out.print``."""
    return Listing(title, columns, rows)


# the command modules register themselves on ``app`` / ``eval_app`` when imported
from accord.cli import bench, briefs, engines, library, settings, web  # noqa: E402,F401


def unwrap(text: str | None) -> str | None:
    """Each paragraph of a help text on one line (``\\b`` blocks kept as written): typer rewraps the
    first paragraph but keeps the line breaks of the others, which then show as ragged breaks."""
    if not text:
        return text
    paras = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(p if p.startswith("\b") else " ".join(p.split("\n")) for p in paras)


for _typer in (app, eval_app):
    for _info in _typer.registered_commands:
        _info.help = unwrap(_info.help or inspect.getdoc(_info.callback))


def main() -> None:
    """Entry point: runs the app, turning AccordError into a message and an exit code."""
    from accord.errors import MissingExtra, extra_for

    try:
        app()
    except AccordError as exc:
        err.print(f"[red]error:[/red] {safe(exc)}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug still reaches the user as one line, never a traceback
        extra = extra_for(exc.name) if isinstance(exc, ModuleNotFoundError) else None
        if extra is not None:  # an optional part used without its extra
            err.print(f"[red]error:[/red] {safe(MissingExtra('this command', extra))}", highlight=False, soft_wrap=True)
            sys.exit(1)
        if os.environ.get("ACCORD_DEBUG"):
            raise
        err.print(f"[red]error:[/red] unexpected {type(exc).__name__}: {safe(exc)} (a bug: please report it; "
                  "ACCORD_DEBUG=1 shows the traceback)", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
