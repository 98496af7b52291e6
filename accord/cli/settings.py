"""``accord options``: every option with its default and what it is (the help of ``accord/options.py``)."""
from __future__ import annotations

from typing import Optional

import typer

from accord.cli import JSON, app
from accord.cli.output import Listing, fail, out, plural, print_json


@app.command("options")
def list_options(
    name: Optional[str] = typer.Argument(None, metavar="[WORD]", help="Only options whose name contains WORD."),
    as_json: bool = JSON,
) -> None:
    """List every option: name, default and what it is.

    Override them in Python (accord.brief(paths, words=150)); the common ones are flags of the
    commands. The same list: docs/options.md.
    """
    from accord.options import describe

    rows = [(n, d, h, s) for s, n, d, h in describe() if not name or name.lower() in n]
    if as_json:
        print_json([{"name": n, "default": list(d) if isinstance(d, tuple) else d, "help": h, "section": s}
                    for n, d, h, s in rows])
        return
    if not rows:
        raise fail(f"no option name contains {name!r} (accord options lists them all)")
    out.print(Listing(plural(len(rows), "option"), ["option", "default", "help"], [(n, repr(d), h) for n, d, h, _ in rows]))
