"""Web and live-feed commands: ``accord serve`` (the web UI and JSON API) and ``accord watch``."""
from __future__ import annotations

import os
import secrets
import threading
from typing import Optional

import typer

from accord.cli import DB, app, library_options, needs
from accord.cli.output import Listing, err, fail, out, plural, safe
from accord.errors import AccordError
from accord.options import Options

EVERY_HELP = "Time between polls of each feed: 90s, 15m, 1h (failing feeds back off from there)."
PRIVATE_HELP = "Also fetch URLs on private or loopback addresses (off: such URLs are refused)."


def _options(db: Optional[str], allow_private: bool) -> Options:
    opts = library_options(db)
    if allow_private:
        if "allow_private" not in Options.__dataclass_fields__:
            raise fail("--allow-private: this accord has no address policy to relax (every address is fetched)", 2)
        opts = opts.with_(allow_private=True)
    return opts


def write_token(host: str, given: Optional[str]) -> tuple[Optional[str], bool]:
    """The server's write token and whether it was generated: ``--token``, else ``ACCORD_TOKEN``,
    else (listening beyond loopback) a new random one; on loopback with neither, none."""
    from accord.web.app import is_loopback

    token = given or os.environ.get("ACCORD_TOKEN") or None
    if token is None and not is_loopback(host):
        return secrets.token_urlsafe(18), True
    return token, False


def _every(every: Optional[str], options: Options) -> float:
    from accord.watch import parse_every

    try:
        return parse_every(every, options) if every else options.watch_every
    except AccordError as exc:
        raise fail(str(exc), 2) from None


@app.command()
def serve(
    db: Optional[str] = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (beyond loopback, writes need a token)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    watch: Optional[str] = typer.Option(None, "--watch", metavar="FEEDS_FILE",
                                        help="Poll these feeds (text: one URL a line, or OPML) and every feed added."),
    every: Optional[str] = typer.Option(None, "--every", help=EVERY_HELP),
    token: Optional[str] = typer.Option(None, "--token", help="Write token (default $ACCORD_TOKEN; generated when "
                                        "listening beyond loopback)."),
    allow_private: bool = typer.Option(False, "--allow-private", help=PRIVATE_HELP),
    access_log: bool = typer.Option(False, "--access-log", help="Log every request."),
) -> None:
    """Browse stories in a web browser: briefs, citations, disagreements, fixes, feeds; JSON under /api/."""
    needs("web", "accord serve")
    import uvicorn

    from accord.web import Config, create_app
    from accord import api
    from accord.watch import Watcher, read_feed_list

    options = _options(db, allow_private)
    interval = _every(every, options)
    token, generated = write_token(host, token)
    config = Config(options=options, host=host, token=token, watching=watch is not None)
    fresh = options.db_path != ":memory:" and not os.path.exists(options.db_path)
    try:
        application = create_app(config)
        if watch is not None:
            Watcher(options, every=interval).add(read_feed_list(watch))
    except AccordError as exc:
        raise fail(str(exc)) from None
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def refresh() -> None:  # briefs deferred by `accord ingest --no-briefs` (or an older library)
        try:
            done = api.refresh_briefs(options=options, on_error=lambda sid, exc: err.print(
                f"[red]error:[/red] brief of story {sid}: {exc}", highlight=False))
            if done:
                err.print(f"{len(done)} stored briefs brought up to date", highlight=False)
        except AccordError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)

    threads.append(threading.Thread(target=refresh, name="accord-briefs", daemon=True))
    if watch is not None:
        watcher = Watcher(options, every=interval, log=lambda line: err.print(line, highlight=False, soft_wrap=True,
                                                                                markup=False))
        threads.append(threading.Thread(target=watcher.run, args=(stop,), kwargs={"wake": config.wake},
                                        name="accord-watch", daemon=True))
    shown = f"[{host}]" if ":" in host else host
    out.print(f"accord: serving {safe(options.db_path)} at http://{shown}:{port}/ (Ctrl-C to stop)", highlight=False)
    if fresh:
        out.print("(a new, empty library: add articles at /add, or with accord ingest)", highlight=False)
    if token is not None:
        where = "generated; set --token or ACCORD_TOKEN to choose one" if generated else "as given"
        out.print(f"write token ({where}): {token}  — sign in at http://{shown}:{port}/login", highlight=False)
    if watch is not None:
        out.print(f"watching feeds every {_duration(interval)}", highlight=False)
    for t in threads:
        t.start()
    try:
        uvicorn.run(application, host=host, port=port, log_level="warning", access_log=access_log)
    finally:
        stop.set()
        config.wake.set()


def _duration(seconds: float) -> str:
    from accord.watch import duration

    return duration(seconds)


@app.command()
def watch(
    feeds: Optional[list[str]] = typer.Argument(None, metavar="FEED_URL...",
                                                help="Feeds to poll (default: every feed listed in the library)."),
    db: Optional[str] = DB,
    every: Optional[str] = typer.Option(None, "--every", help=EVERY_HELP),
    feeds_file: Optional[str] = typer.Option(None, "--feeds", metavar="FILE",
                                             help="Also poll the feeds of this file (one URL a line, or OPML)."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and stop."),
    allow_private: bool = typer.Option(False, "--allow-private", help=PRIVATE_HELP),
) -> None:
    """Poll RSS/Atom feeds and ingest new entries as they appear (one log line per poll; Ctrl-C stops)."""
    from accord.watch import Watcher, read_feed_list

    options = _options(db, allow_private)
    interval = _every(every, options)
    watcher = Watcher(options, every=interval, log=lambda line: err.print(line, highlight=False, soft_wrap=True,
                                                                            markup=False))
    try:
        urls = list(feeds or [])
        if feeds_file:
            urls += read_feed_list(feeds_file)
        if urls:
            urls = watcher.add(urls)
        else:
            from accord.store import Library

            with Library(options.db_path) as lib:
                if not lib.feeds():
                    raise AccordError("no feeds to watch: give FEED_URL... or --feeds FILE")
        targets = urls or None
        err.print(f"watching {len(urls) if urls else 'every listed'} feed{'s' if len(urls) != 1 else ''} every "
                  f"{_duration(interval)} into {options.db_path}", highlight=False)
        if once:
            due = targets if targets is not None else [str(f["url"]) for f in _listed_feeds(options)]
            results = [watcher.poll(url) for url in due]
            watcher.close()
            if any(r.status == "error" for r in results):
                raise typer.Exit(1)
            return
        watcher.run(threading.Event(), targets)
    except AccordError as exc:
        raise fail(str(exc)) from None


def _listed_feeds(options: Options) -> list[dict[str, object]]:
    from accord.store import Library

    with Library(options.db_path) as lib:
        return lib.feeds()


feeds_app = typer.Typer(no_args_is_help=True, help="The library's feed list: list, import, export, remove.")
app.add_typer(feeds_app, name="feeds")


@feeds_app.command("list")
def feeds_list(db: Optional[str] = DB) -> None:
    """Each feed with its last poll, status and articles added."""
    feeds = _listed_feeds(_options(db, False))
    rows = [[f["url"], str(f.get("last_poll") or "never"), str(f.get("status") or ""), str(f.get("added_articles") or 0),
             str(f.get("message") or "")] for f in feeds]
    out.print(Listing(plural(len(feeds), "feed"), ["url", "last poll", "status", "added", "message"], rows))


@feeds_app.command("import")
def feeds_import(path: str = typer.Argument(..., metavar="FILE", help="One URL a line, or OPML."),
                 db: Optional[str] = DB) -> None:
    """Add the feeds of a file to the library's list (polled by `accord watch` / `serve --watch`)."""
    from accord.watch import Watcher, read_feed_list

    try:
        urls = Watcher(_options(db, False)).add(read_feed_list(path))
    except AccordError as exc:
        raise fail(str(exc)) from None
    out.print(f"{plural(len(urls), 'feed')} listed", highlight=False)


@feeds_app.command("export")
def feeds_export(fmt: str = typer.Option("opml", "--format", help="opml or text."),
                 db: Optional[str] = DB) -> None:
    """Print the feed list as OPML (or text, one URL a line)."""
    import sys

    from accord.watch import to_opml

    feeds = _listed_feeds(_options(db, False))
    if fmt not in ("opml", "text"):
        raise fail(f"unknown format {fmt!r} (use opml or text)", 2)
    sys.stdout.write(to_opml(feeds) if fmt == "opml" else "".join(f"{f['url']}\n" for f in feeds))


@feeds_app.command("remove")
def feeds_remove(url: str = typer.Argument(..., metavar="FEED_URL"),
                 db: Optional[str] = DB) -> None:
    """Stop watching a feed (its articles stay in the library)."""
    from accord.store import Library

    with Library(_options(db, False).db_path) as lib:
        if not lib.remove_feed(url):
            raise fail(f"no feed {url!r} in {lib.path}")
    out.print(f"removed {safe(url)}", highlight=False)
