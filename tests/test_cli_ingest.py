"""The ingest / articles / show commands through Typer's CliRunner: output, errors, exit codes."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import State, app
from accord.options import DEFAULT

BODY = (
    "The regional parliament voted on Monday to extend the night train service to the coast.\n"
    "Advertisement\n"
    "Supporters said the trains would cut road traffic during the summer holiday season.\n"
    "Opponents argued the subsidy was too high for a service used by few passengers in winter.\n"
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "001_train.txt").write_text("Night train extended\nMay 2, 2023\n" + BODY, encoding="utf-8")
    (d / "002_other.txt").write_text("Second headline\n" + BODY.replace("Monday", "Tuesday"), encoding="utf-8")
    (d / "003_empty.txt").write_bytes(b"")
    return d


@pytest.fixture(autouse=True)
def reset_state() -> None:
    State.options = DEFAULT


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_table_errors_and_exit_codes(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    code, out, err = run("--db", db, "ingest", str(folder))
    assert code == 1  # one item failed
    assert "003_empty.txt: empty file" in err and err.count("error:") == 1
    assert "001_train" in out and "002_other" in out and "2 added, 0 already in library, 1 failed" in out
    assert "2023-05-02" in out

    code, out, err = run("--db", db, "ingest", str(folder / "001_train.txt"), str(folder / "002_other.txt"))
    assert code == 0 and err == ""
    assert "0 added, 2 already in library, 0 failed" in out and "already in library" in out
    # user69: each duplicate row names the input that repeated a stored article, not only the stored id
    assert "001_train.txt" in out and "002_other.txt" in out and " item " in out


def test_two_copies_of_one_file_are_told_apart_in_the_table(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    text = (folder / "001_train.txt").read_text(encoding="utf-8")
    for name in ("copy_one.txt", "copy_two.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, _ = run("--db", db, "ingest", str(folder / "001_train.txt"), str(tmp_path / "copy_one.txt"),
                       str(tmp_path / "copy_two.txt"), "--no-briefs")
    assert code == 0 and "1 added, 2 already in library, 0 failed" in out
    rows = [line for line in out.splitlines() if "already in library" in line and "001_train" in line]
    assert len(rows) == 2 and "copy_one.txt" in rows[0] and "copy_two.txt" in rows[1]


def test_same_stem_gets_unique_id(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "001_train.txt").write_text("A different story\nCompletely different text about a harbour.\n")
    assert run("--db", db, "ingest", str(folder / "001_train.txt"))[0] == 0
    code, out, _ = run("--db", db, "ingest", str(other / "001_train.txt"))
    assert code == 0 and "001_train-2" in out


def test_articles_and_show(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    run("--db", db, "ingest", str(folder))
    code, out, _ = run("--db", db, "articles")
    assert code == 0 and "2 articles" in out and "001_train" in out and "Night train extended" in out

    code, out, _ = run("--db", db, "show", "001_train")
    assert code == 0 and "Night train extended" in out and "published: 2023-05-02" in out
    assert "Supporters said the trains" in out

    code, out, _ = run("--db", db, "show", "001_train")
    assert "Advertisement" not in out  # cleaned text is shown
    code, out, _ = run("--db", db, "show", "001_train", "--removed")
    assert code == 0 and "removed lines" in out
    assert out.count("Advertisement") == 1  # listed once, as a removed line with its reason


def test_show_unknown_and_missing_library(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    code, _, err = run("--db", db, "articles")
    assert code == 1 and "no library" in err and not Path(db).exists()
    (tmp_path / "a.txt").write_text("Head\nBody text line.\n")
    run("--db", db, "ingest", str(tmp_path / "a.txt"))
    code, _, err = run("--db", db, "show", "nope")
    assert code == 1 and "no article 'nope'" in err


def test_env_db(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("ACCORD_DB", str(db))
    code, _, _ = run("ingest", str(folder / "001_train.txt"))
    assert code == 0 and db.exists()


# -- terminal-safe output: nothing from data is interpreted by the terminal or by rich --------------
EVIL = "Evil\x1b]52;c;cHduZWQ=\x07 [bold red]title[/bold red] :x: \x1b[2J\x1bc\x9b31m\r\u202eend"


def _no_escapes(text: str) -> None:
    assert not any(c in text for c in "\x1b\x07\x9b\r\u202e"), repr(text)


def test_data_never_reaches_the_terminal_raw(tmp_path: Path) -> None:
    from accord.model import Article
    from accord.store import Library

    db = str(tmp_path / "lib.db")
    with Library(db) as lib:  # a library written by older code or the API: fields hold raw controls
        lib.add(Article(id="evil\x1b[31m", title=EVIL, text=f"Body line one. {EVIL}\nLine two.", raw_text="x",
                        source="Src\x1b]0;title\x07", url="https://example.org/\x1b[2J"), [])
    code, out, _ = run("--db", db, "articles")
    assert code == 0 and "[bold red]title[/bold red]" in out and ":x:" in out and "\u274c" not in out
    _no_escapes(out)
    code, out, _ = run("--db", db, "show", "evil\x1b[31m")
    assert code == 0 and out.count("[bold red]title[/bold red]") == 2 and ":x:" in out and "\u274c" not in out
    _no_escapes(out)
    code, _, err = run("--db", db, "show", "nope\x1b]0;x\x07")
    assert code == 1 and "no article" in err
    _no_escapes(err)


def test_ingest_errors_and_table_are_terminal_safe(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\x1b]0;pwned\x07name.txt").write_bytes(b"")
    (folder / "ok.jsonl").write_text('{"title": "T\\u001b[2J [blink]x[/blink] :x:", "text": "Body \\u009b31m text."}\n')
    code, out, err = run("--db", str(tmp_path / "lib.db"), "ingest", str(folder))
    assert code == 1 and "empty file" in err and "[blink]x[/blink]" in out and ":x:" in out
    _no_escapes(out + err)


def test_loopback_refused_unless_allow_private(tmp_path: Path, http_server: object) -> None:
    page = ("<html><head><title>Local page</title></head><body><article><h1>Local page</h1>"
            + "".join(f"<p>{line}</p>" for line in BODY.splitlines()) + "</article></body></html>").encode()
    http_server.routes["/a"] = (200, {"Content-Type": "text/html"}, page)  # type: ignore[attr-defined]
    url = http_server.url("/a")  # type: ignore[attr-defined]
    db = str(tmp_path / "lib.db")
    code, _, err = run("--db", db, "ingest", url)
    assert code == 1 and "refused to fetch 127.0.0.1 (loopback address)" in err and "--allow-private" in err
    assert http_server.hits == []  # type: ignore[attr-defined]
    code, out, err = run("--db", db, "ingest", "--allow-private", "--timeout", "5", url)
    assert code == 0 and "1 added" in out and http_server.hits == ["/a"]  # type: ignore[attr-defined]
    code, out, err = run("brief", url)
    assert code == 1 and "--allow-private" in err
    code, out, err = run("brief", "--allow-private", url)
    assert code == 0 and "Local page" in out
    code, _, err = run("--db", db, "ingest", "--timeout", "0", url)
    assert code == 2 and "--timeout must be more than 0" in err


QUAKE = ("A magnitude 6.1 earthquake struck the mountain province of Kerman early on Sunday, officials said.\n"
         "Rescue teams searched collapsed houses in three villages near the epicentre.\n"
         "The provincial governor said at least 12 people were injured and taken to hospital.\n")


def test_ingest_rebuilds_only_the_briefs_of_the_stories_it_changed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Not every story of the library is looked at after a run (a 100,000-article library has
    tens of thousands): only those the run added to, split or re-cut; a brief left stale by
    ``--no-briefs`` waits for ``accord serve``."""
    from accord import api
    from accord.store import Library

    db = str(tmp_path / "lib.db")
    for name, title, text in (("train0", "Night train extended", BODY), ("quake0", "Earthquake in Kerman", QUAKE)):
        (tmp_path / f"{name}.txt").write_text(f"{title}\n{text}", encoding="utf-8")
    assert run("--db", db, "ingest", str(tmp_path / "train0.txt"), str(tmp_path / "quake0.txt"))[0] == 0
    story = {a.id: a.story for a in api.articles(db=db)}
    assert story["train0"] != story["quake0"]
    (tmp_path / "train1.txt").write_text("Night train to the coast\n" + BODY.replace("Monday", "Friday"), encoding="utf-8")
    (tmp_path / "quake1.txt").write_text("Kerman earthquake injures 12\n" + QUAKE.replace("three", "four"),
                                         encoding="utf-8")
    assert run("--db", db, "ingest", "--no-briefs", str(tmp_path / "train1.txt"))[0] == 0
    asked: list[str | None] = []
    keys = Library.story_keys
    monkeypatch.setattr(Library, "story_keys", lambda self, story=None: asked.append(story) or keys(self, story))
    code, _, stderr = run("--db", db, "ingest", str(tmp_path / "quake1.txt"))
    assert code == 0
    story = {a.id: a.story for a in api.articles(db=db)}
    assert story["quake1"] == story["quake0"] and story["train1"] == story["train0"]
    assert asked == [story["quake0"]]  # the one story this run changed; never every story's key
    assert f"1 stored brief rebuilt ({story['quake0']})" in stderr
    with Library(db) as lib:
        now, stored = lib.story_keys(), lib.brief_keys()
    assert stored[story["quake0"]] == now[story["quake0"]]
    assert stored[story["train0"]] != now[story["train0"]]  # left stale by --no-briefs: accord serve's work
