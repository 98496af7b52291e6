"""The ``accord`` command: thin Typer commands that parse input, call ``accord.api`` and render.

No NLP happens here. Errors reach the user as one line (``error: ...``), never as a traceback.
Everything printed that comes from data (titles, texts, ids, URLs, error messages naming items)
goes through ``safe`` (rich markup) or ``plain`` (raw text): terminal escape sequences and control
characters are removed and markup in data is shown, never interpreted; the consoles never turn
``:x:`` codes into emoji.
Commands live in modules by what they serve: ``library`` (ingest, articles, show, stories),
``briefs`` (brief, batch, group) and ``bench`` (the ``accord eval`` benchmarks); this module holds
the app, the global options and the helpers they share.
"""
from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console

from accord.errors import AccordError
from accord.options import DEFAULT, Options

if TYPE_CHECKING:
    from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0],
                  pretty_exceptions_enable=False)
eval_app = typer.Typer(no_args_is_help=True, help="Benchmarks: accord beside its baselines, in one run.")
app.add_typer(eval_app, name="eval")

out = Console(emoji=False)
err = Console(stderr=True, emoji=False)

# ANSI/VT escape sequences (CSI, OSC such as clipboard writes and title changes, DCS/PM/APC strings,
# their 8-bit C1 forms), then any single control character left: C0 but tab and newline (a carriage
# return can overwrite what a line seems to say), DEL, C1, and the bidi overrides that reorder text.
_ESCAPES = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]?|\x1b[\\]PX^_][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\\\|\x9c)|\x1b.?"
    "|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]{0,4096}(?:\x07|\x9c)",
    re.S,
)  # a string sequence without its terminator loses only its introducer (the text after it stays)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(value: object) -> str:
    """``value`` as text that is safe on a terminal: escape sequences and control characters removed
    (tabs and line breaks kept). For text written as is (``sys.stdout.write``)."""
    text = str(value)
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


def safe(value: object) -> str:
    """``value`` ready to put in rich markup: ``plain`` plus escaped markup (``[bold]`` in a title is
    shown, not applied). Every data value a command prints goes through this or ``plain``."""
    from rich.markup import escape

    return escape(plain(value))


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
    err.print(f"[red]error:[/red] {safe(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


TIMEOUT_HELP = "Seconds for each fetch in all: connect, redirects, headers and body (options.timeout)."
ALLOW_PRIVATE_HELP = ("Also fetch loopback, private-network, link-local and other non-public addresses "
                      "(refused by default: a URL from a feed must not reach your own network).")


def fetch_options(options: Options, timeout: Optional[float], allow_private: bool) -> Options:
    """``options`` with the fetch flags every fetching command shares (``--timeout``, ``--allow-private``)."""
    if timeout is not None:
        if timeout <= 0:
            raise fail(f"--timeout must be more than 0 seconds, not {timeout:g}", 2)
        options = options.with_(timeout=timeout)
    return options.with_(allow_private=True) if allow_private else options


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
    from rich.table import Table

    def useful(i: int, name: str) -> bool:  # a status column that only says "added" tells nothing
        return name in ("id", "title") or any(r[i] and (name != "status" or r[i] != "added") for r in rows)

    keep = [i for i, name in enumerate(columns) if useful(i, name)]
    table = Table(title=safe(title), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for i in keep:
        name = columns[i]
        if name == "title":  # the title wraps; short values (ids, dates, counts) stay whole
            table.add_column(name, overflow="fold", min_width=16)
        else:
            table.add_column(name, no_wrap=True, max_width=24 if name == "source" else None,
                             justify="right" if name in ("chars", "removed") else "left")
    for row in rows:
        table.add_row(*(safe(row[i]) for i in keep))
    return table



# the command modules register themselves on ``app`` / ``eval_app`` when imported
from accord.cli import bench, briefs, library  # noqa: E402,F401


def main() -> None:
    """Entry point: runs the app, turning AccordError into a message and an exit code."""
    try:
        app()
    except AccordError as exc:
        err.print(f"[red]error:[/red] {safe(exc)}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug still reaches the user as one line, not a traceback
        import os

        if os.environ.get("ACCORD_DEBUG"):
            raise
        err.print(f"[red]error:[/red] unexpected {type(exc).__name__}: {safe(exc)} "
                  "(please report it; ACCORD_DEBUG=1 shows the traceback)", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
