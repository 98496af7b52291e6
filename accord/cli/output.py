"""What the ``accord`` command prints, in one place: the two consoles, error lines, listings that fit
the terminal, JSON listings, counted nouns and a brief's Markdown shown in a terminal.

Data (titles, ids, URLs, messages naming an item) goes into rich markup only through ``safe``, so a
``[bold]`` in a headline is shown, not applied. Machine-readable output (``--json``, a brief written
as Markdown/JSON/HTML) is written as is, never through rich, but through ``plain`` when it goes to
stdout. Both remove terminal escape sequences and control characters, so a headline cannot write to
the clipboard (OSC 52), clear the screen or reset the terminal; the consoles never turn ``:x:`` codes
in data into emoji.
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import typer
from rich.console import Console, ConsoleDimensions, ConsoleOptions, RenderResult
from rich.measure import Measurement

# Piped or redirected, stdout has no width: a listing is printed as wide as its longest row (ids,
# dates and titles whole) instead of being cut to a guessed 80 columns. $COLUMNS still wins.
UNBOUNDED = 100_000
# A listing falls back to one "name: value" line per field when the terminal cannot give its text
# columns (titles, sources) this many characters beside the ids, dates and counts kept whole.
MIN_TEXT_COLUMN = 16
# Columns whose values are prose: they wrap. Every other column (ids, dates, counts, statuses,
# scores) is kept whole on one line.
TEXT_COLUMNS = frozenset({"title", "source", "line", "reason", "message", "about", "evidence", "item", "help", "default"})
# Text columns that never need more than this (an outlet's name): the rest of the width goes to titles.
NARROW_TEXT = {"source": 24}


class _Stdout(Console):
    """stdout: the terminal's width in a terminal; piped or redirected, unbounded (see UNBOUNDED)."""

    @property
    def size(self) -> ConsoleDimensions:
        dims = super().size
        if self._width is None and not self.is_terminal and not self._environ.get("COLUMNS", "").isdigit():
            return ConsoleDimensions(UNBOUNDED, dims.height)
        return dims

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size


out: Console = _Stdout(emoji=False)
err = Console(stderr=True, emoji=False)

# ANSI/VT escape sequences (CSI; OSC such as clipboard writes and title changes; DCS/PM/APC strings;
# their 8-bit C1 forms), then any control character left: C0 but tab and newline (a carriage return
# can overwrite what a line seems to say), DEL, C1, and the bidi overrides that reorder what is shown.
# A string sequence without its terminator loses only its introducer (the text after it stays).
_ESCAPES = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]?|\x1b[\\]PX^_][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\\\|\x9c)|\x1b.?"
    "|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]{0,4096}(?:\x07|\x9c)",
    re.S,
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_SURROGATES = re.compile("[\ud800-\udfff]")  # a file name's undecodable bytes: unprintable as they are


def plain(value: object) -> str:
    """``value`` as text safe on a terminal: escape sequences and control characters removed (tabs and
    line breaks kept), lone surrogates shown as U+FFFD. For data written as is (``sys.stdout.write``,
    ``--json``)."""
    text = str(value)
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


def safe(value: object) -> str:
    """``value`` as text to put in rich markup: terminal-safe (``plain``), and markup characters in it
    are shown, not applied. Every data value a command prints goes through this or ``plain``."""
    from rich.markup import escape

    return escape(plain(value))


def waiting(message: object) -> None:
    """Another writer holds the library: say so (on stderr), then the caller waits."""
    err.print(f"{safe(message)}…", highlight=False, soft_wrap=True)


def error(message: object) -> None:
    """One ``error: ...`` line on stderr."""
    err.print(f"[red]error:[/red] {safe(message)}", highlight=False, soft_wrap=True)


def note(item: str, message: str) -> None:
    """Something a reader should know about an item that was still read, as one ``note:`` line on stderr
    (user70: a feed entry whose page could not be fetched keeps the feed's own text)."""
    err.print(f"note: {safe(item)}: {safe(message)}", highlight=False, soft_wrap=True)


def fail(message: object, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise (code 2: the command line was wrong)."""
    error(message)
    return typer.Exit(code)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``"1 story"``, ``"2 stories"``, ``"0 articles"``: the count and the noun in the right number."""
    if count == 1:
        return f"{count} {noun}"
    if many is None:
        many = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u") else noun + "s"
    return f"{count} {many}"


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout (UTF-8 text as is), for ``--json``."""
    sys.stdout.write(plain(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")  # raw C1/bidi characters out


class Listing:
    """Rows of plain strings under a title, laid out for the width it is printed in.

    Cells are shown as ``str(value)`` (None as nothing). Ids, dates and counts are never cut; prose columns (``TEXT_COLUMNS``) wrap in the width left.
    Where even that does not fit, each row is printed as ``name: value`` lines. Columns empty in
    every row (or a status that only says "added") are left out.
    """

    def __init__(self, title: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        self.title = title
        self.rows = [["" if v is None else str(v) for v in r] for r in rows]  # None: nothing to show

        def useful(i: int, name: str) -> bool:  # a status column that only says "added" tells nothing
            return name in ("id", "title") or any(r[i] and (name != "status" or r[i] != "added") for r in self.rows)

        self.keep = [i for i, name in enumerate(columns) if useful(i, name)]
        self.columns = list(columns)

    def _natural(self, i: int) -> int:
        from rich.cells import cell_len

        return max([cell_len(self.columns[i])] + [cell_len(r[i]) for r in self.rows])

    def _fixed_width(self) -> int:
        """Width of the columns kept whole, their padding and the narrowest text columns."""
        fixed = 0
        for i in self.keep:
            name = self.columns[i]
            fixed += min(self._natural(i), MIN_TEXT_COLUMN) if name in TEXT_COLUMNS else self._natural(i)
        return fixed + 2 * (len(self.keep) - 1)  # one space either side of each inner column border

    def _table(self) -> Any:
        from rich import box
        from rich.table import Table

        table = Table(title=safe(self.title), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        for i in self.keep:
            name = self.columns[i]
            right = name in ("chars", "removed", "articles", "independent")
            if name in TEXT_COLUMNS:
                table.add_column(name, overflow="fold", max_width=NARROW_TEXT.get(name))
            else:
                table.add_column(name, no_wrap=True, width=self._natural(i), justify="right" if right else "left")
        for row in self.rows:
            table.add_row(*(safe(row[i]) for i in self.keep))
        return table

    def _records(self) -> Iterator[str]:
        yield f"[bold]{safe(self.title)}[/bold]"
        for row in self.rows:
            yield ""
            for i in self.keep:
                if row[i]:
                    yield f"[dim]{safe(self.columns[i])}:[/dim] {safe(row[i])}"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.rows:  # a table of no rows (and perhaps no column kept) would print nothing at all
            from rich.text import Text

            yield Text(safe(self.title))
            return
        if self._fixed_width() <= options.max_width:
            yield self._table()
            return
        from rich.text import Text

        for line in self._records():
            yield Text.from_markup(line, overflow="fold")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._table())


def markdown_for_terminal(text: str, width: int | None = None, color: bool = True) -> str:
    """A brief's Markdown as a reader sees it rendered: headings, lists and quotes laid out, no
    backslash escapes, wrapped to ``width``; without ``color``, plain text (no escape sequences)."""
    from rich.markdown import Markdown

    buffer = io.StringIO()
    console = Console(file=buffer, width=width or 100, force_terminal=color, color_system="standard" if color else None,
                      emoji=False, highlight=False)
    console.print(Markdown(text, hyperlinks=True))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip("\n") + "\n"
