"""Live feeds: conditional GET against a loopback server whose feed grows, backoff, feed lists."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from accord.errors import AccordError
from accord.store import Library
from accord.watch import Watcher, duration, parse_every, parse_feed_list, to_opml
from tests.conftest import article_html, rss

PAGES = {
    "/n/1": ("Vell river floods close Lorvania railway", [
        "Floods in northern Lorvania closed the main railway line on Monday after the Vell river burst its banks, "
        "the national rail operator said in a statement.",
        "About 1,200 residents of the town of Carst were moved to shelters overnight, regional officials said, and "
        "schools across the district were closed."]),
    "/n/2": ("Carst residents return as Vell floodwaters recede", [
        "Residents of Carst began returning home on Wednesday as floodwaters from the Vell river receded, regional "
        "officials in northern Lorvania said.",
        "The rail operator said the northern line would reopen within a week once engineers had checked two "
        "bridges damaged by the floods."]),
    "/n/3": ("Lorvania sets aside 40 million for Vell flood repairs", [
        "The government of Lorvania set aside 40 million for repairs after the Vell river floods, the finance "
        "ministry said on Friday.",
        "Officials said about 1,200 people from Carst had been sheltered at the height of the floods and most had "
        "now returned home."]),
}


def serve_pages(site: Any, paths: list[str]) -> None:
    for path in paths:
        title, paras = PAGES[path]
        site.pages[path] = ("text/html", article_html(title, paras))
    site.pages["/feed.xml"] = ("application/rss+xml",
                               rss([(f"guid{p}", PAGES[p][0], site.url + p) for p in paths], "Lorvania news"))


def test_a_growing_feed_is_polled_with_conditional_gets(tmp_path: Path, site: Any, private_options: Any) -> None:
    db = tmp_path / "lib.db"
    lines: list[str] = []
    watcher = Watcher(private_options(db=str(db)), every=60, log=lines.append)
    feed = site.url + "/feed.xml"
    serve_pages(site, ["/n/1", "/n/2"])
    first = watcher.poll(feed)
    assert (first.status, first.http, first.entries, first.new, first.added) == ("ok", 200, 2, 2, 2)
    assert first.stories
    second = watcher.poll(feed)  # unchanged: the server answers the conditional GET with 304
    assert second.status == "not modified" and second.http == 304 and second.added == 0
    sent = [h for path, h in site.headers if path == "/feed.xml"][-1]
    assert sent.get("if-none-match")
    serve_pages(site, ["/n/1", "/n/2", "/n/3"])  # the feed grows
    third = watcher.poll(feed)
    assert (third.status, third.entries, third.new, third.added) == ("ok", 3, 1, 1)
    assert site.hits["/n/1"] == 1 and site.hits["/n/3"] == 1  # seen entries are not fetched again
    assert len(lines) == 3 and "304" in lines[1] and "1 new: 1 added" in lines[2]
    with Library(db) as lib:
        assert len(lib) == 3
        state = lib.get_feed(feed)
        assert state["title"] == "Lorvania news" and state["added_articles"] == 3 and state["status"] == "ok"
        stories = {a.story for a in lib.articles()}
        assert all(lib.get_brief(s) for s in stories)  # the changed stories' briefs are stored
    watcher.close()


def test_last_modified_is_sent_back(tmp_path: Path, site: Any, private_options: Any) -> None:
    watcher = Watcher(private_options(db=str(tmp_path / "lib.db"), fetch_feed_links=False), every=60, log=lambda _: None)
    site.etags = False
    serve_pages(site, ["/n/1"])
    with Library(tmp_path / "lib.db") as lib:
        lib.put_feed(site.url + "/feed.xml", last_modified="Thu, 03 Feb 2022 10:00:00 GMT")
    watcher.poll(site.url + "/feed.xml")
    sent = [h for path, h in site.headers if path == "/feed.xml"][-1]
    assert sent.get("if-modified-since") == "Thu, 03 Feb 2022 10:00:00 GMT"
    watcher.close()


def test_failing_feeds_back_off_and_recover(tmp_path: Path, site: Any, private_options: Any) -> None:
    db = tmp_path / "lib.db"
    lines: list[str] = []
    watcher = Watcher(private_options(db=str(db), watch_max_backoff=300.0), every=60, log=lines.append)
    feed = site.url + "/feed.xml"
    site.status["/feed.xml"] = 503
    waits = [watcher.poll(feed).next_in for _ in range(4)]
    assert waits == [120, 240, 300, 300]  # doubling, capped
    assert "error: HTTP 503" in lines[0] and "retry in 2m" in lines[0]
    with Library(db) as lib:
        assert lib.get_feed(feed)["failures"] == 4
    del site.status["/feed.xml"]
    site.pages["/feed.xml"] = ("text/html", b"<html><body>not a feed</body></html>")
    assert watcher.poll(feed).message == "not an RSS/Atom feed"
    serve_pages(site, ["/n/1"])
    ok = watcher.poll(feed)
    assert ok.status == "ok" and ok.next_in == 60
    with Library(db) as lib:
        assert lib.get_feed(feed)["failures"] == 0
    watcher.close()


def test_run_polls_due_feeds_until_stopped(tmp_path: Path, site: Any, private_options: Any) -> None:
    serve_pages(site, ["/n/1"])
    watcher = Watcher(private_options(db=str(tmp_path / "lib.db")), every=1, log=lambda _: None)
    watcher.add([site.url + "/feed.xml"])
    stop = threading.Event()
    watcher.run(stop, max_polls=2)
    assert watcher.polls == 2 and site.hits["/feed.xml"] == 2


def test_run_keeps_one_library_handle_open_between_polls(tmp_path: Path, site: Any, private_options: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A running watcher opens its library once (SQLite's page cache stays warm between polls) and
    closes it when it stops."""
    serve_pages(site, ["/n/1"])
    watcher = Watcher(private_options(db=str(tmp_path / "lib.db")), every=1, log=lambda _: None)
    watcher.add([site.url + "/feed.xml"])
    opened: list[Library] = []
    init, close = Library.__init__, Library.close

    def tracked(self: Library, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        opened.append(self)

    closed: list[Library] = []
    monkeypatch.setattr(Library, "__init__", tracked)
    monkeypatch.setattr(Library, "close", lambda self: (closed.append(self), close(self))[1])
    watcher.run(threading.Event(), max_polls=3)
    assert watcher.polls == 3 and site.hits["/feed.xml"] == 3
    assert len(opened) == 1 and closed == opened  # one handle for every poll, closed at the end
    serve_pages(site, ["/n/1", "/n/2"])
    assert watcher.poll(site.url + "/feed.xml").added == 1  # outside ``run``: a handle for the call
    assert len(opened) == 2 and len(closed) == 2


def test_intervals_and_feed_lists() -> None:
    assert parse_every("15m") == 900 and parse_every("1h30m") == 5400 and parse_every("90") == 90
    assert duration(900) == "15m" and duration(5400) == "1h30m" and duration(45) == "45s"
    for bad in ["soon", "0s", "15x", ""]:
        with pytest.raises(AccordError):
            parse_every(bad)
    text = "# my feeds\nhttps://a.example/rss\n\nhttp://b.example/atom.xml\nhttps://a.example/rss\n"
    assert parse_feed_list(text) == ["https://a.example/rss", "http://b.example/atom.xml"]
    opml = to_opml([{"url": "https://a.example/rss?x=1&y=2", "title": "A & B"}])
    assert parse_feed_list(opml) == ["https://a.example/rss?x=1&y=2"]
    with pytest.raises(AccordError, match="feeds.txt:2: not a feed URL: 'not a url'; no feed of the file was added"):
        parse_feed_list("https://ok.example/rss\nnot a url\n", "feeds.txt")
    with pytest.raises(AccordError, match="OPML"):
        parse_feed_list("<?xml version='1.0'?><opml><body><outline", "x.opml")


def test_watch_command_polls_once(tmp_path: Path, site: Any) -> None:
    from typer.testing import CliRunner

    from accord.cli import app
    from accord.options import Options

    serve_pages(site, ["/n/1"])
    args = ["watch", site.url + "/feed.xml", "--db", str(tmp_path / "lib.db"), "--once", "--every", "30s"]
    if "allow_private" in Options.__dataclass_fields__:
        args.append("--allow-private")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 new: 1 added" in result.output
    bad = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "lib.db"), "--every", "soon"])
    assert bad.exit_code == 2 and "duration" in bad.output


def test_a_saved_feed_is_no_feed_list_and_the_error_says_how_to_read_it() -> None:
    """user69: ``accord feeds import news.rss`` with a saved feed said "0 feeds listed" and exit 0."""
    rss = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Coast News</title>'
           '<item><title>Ferry evacuated</title><link>https://coast.example/ferry</link></item></channel></rss>')
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            '<entry><title>Fire out</title><link href="https://wire.example/fire"/></entry></feed>')
    for data, name in ((rss, "coast.rss"), (atom, "wire.atom")):
        with pytest.raises(AccordError, match=f"{name}: an RSS/Atom feed, not a list of feeds .*accord ingest {name}"):
            parse_feed_list(data, name)
    # an OPML list, even an empty one (what exporting no feeds writes), is still a list
    assert parse_feed_list(to_opml([])) == []
