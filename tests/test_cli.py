"""The ``accord`` command as a user meets it (Typer's CliRunner): help, version, options, messages."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord import errors
from accord.cli import app, main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), prog_name="accord")
    return result.exit_code, result.stdout, result.stderr


def _without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    monkeypatch.setattr(errors, "_installed", lambda module: module not in modules)


def test_eval_without_the_eval_extra_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _without(monkeypatch, "rouge_score")
    code, out, err = run("eval", "summaries", "--data", str(tmp_path))
    assert code == 1 and out == ""
    assert err == "error: accord eval needs the eval extra: pip install 'accord[eval]'\n"


def test_spacy_analyser_without_the_spacy_extra_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _without(monkeypatch, "spacy")
    code, _, err = run("brief", str(tmp_path), "--analyser", "spacy")
    assert code == 1
    assert err == "error: --analyser spacy needs the spacy extra: pip install 'accord[spacy]'\n"


def test_main_turns_a_missing_optional_module_into_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from accord import api

    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")

    monkeypatch.setattr(api, "articles", missing)
    monkeypatch.setattr(sys, "argv", ["accord", "--db", str(tmp_path / "lib.db"), "articles"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 1
    assert capsys.readouterr().err == "error: this command needs the web extra: pip install 'accord[web]'\n"


# -- help, version, -h ----------------------------------------------------------------------------
def _commands() -> list[list[str]]:
    """Every command path: ["ingest"], ..., ["eval", "summaries"], ..."""
    import typer.main

    root = typer.main.get_command(app)
    paths: list[list[str]] = []
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        paths += [[name, sub] for sub in subs] if subs else [[name]]
    return paths


def test_help_speaks_to_users_in_every_command_with_h_and_no_type_tags() -> None:
    code, out, _ = run("-h")
    assert code == 0
    assert "news articles" in out and "brief" in out and "Examples" in out and "--version" in out
    assert "Typer" not in out and "accord.api" not in out and "``" not in out
    paths = _commands()
    assert ["ingest"] in paths and ["eval", "summaries"] in paths
    for path in [[]] + [["eval"]] + paths:
        code, out, _ = run(*path, "-h")
        assert code == 0, path
        assert "Usage: accord" in out, path
        assert not re.search(r"<(str|bool|int|float|list)", out), (path, out)
        assert "--help" in out and "-h" in out


def test_options_that_take_a_value_name_it() -> None:
    _, out, _ = run("brief", "-h")
    for shown in ("--db", "FILE", "--words", "--timeout", "SECONDS", "--no-fetch-links", "md|text|json|html"):
        assert shown in out, shown


def test_version() -> None:
    import accord

    code, out, _ = run("--version")
    assert code == 0 and out == f"accord {accord.__version__}\n"


# -- the library: --db anywhere, listings that fit, --json ----------------------------------------
LONG = "A headline long enough that a table cut to eighty columns would have to drop the end of it"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    body = ("The regional parliament voted on Monday to extend the night train service to the coast.\n"
            "Supporters said the trains would cut road traffic during the summer holiday season.\n")
    (d / "001_a_rather_long_file_name_for_an_id.txt").write_text(f"{LONG}\nMay 2, 2023\n{body}", encoding="utf-8")
    return d


def test_db_after_the_command_and_before_it(folder: Path, db: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("ingest", str(folder), "--db", db)[0] == 0
    for args in (["articles", "--db", db], ["--db", db, "articles"], ["--db", "elsewhere.db", "articles", "--db", db]):
        code, out, err = run(*args)
        assert code == 0 and "001_a_rather_long_file_name_for_an_id" in out, (args, err)
    code, out, _ = run("show", "001_a_rather_long_file_name_for_an_id", "--db", db)
    assert code == 0 and LONG in out
    code, out, _ = run("stories", "--db", db)
    assert code == 0 and "1 story in" in out
    sid = json.loads(run("stories", "--db", db, "--json")[1])[0]["id"]
    assert sid in out
    code, out, _ = run("brief", "--story", sid, "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)["articles"][0]["title"] == LONG
    monkeypatch.setenv("ACCORD_DB", db)  # and from the environment
    code, out, _ = run("articles")
    assert code == 0 and "1 article in" in out
    code, _, err = run("articles", "--db", str(tmp_path / "none.db"))  # the option wins over $ACCORD_DB
    assert code == 1 and "no library" in err


def test_listings_keep_ids_dates_and_titles_whole(folder: Path, db: str) -> None:
    code, out, _ = run("ingest", str(folder), "--db", db)
    assert code == 0
    for line in (LONG, "001_a_rather_long_file_name_for_an_id", "2023-05-02"):
        assert line in out  # piped: as wide as the rows, nothing cut at 80 columns
    code, out, _ = run("articles", "--db", db)
    assert LONG in out and "1 article in" in out


def test_a_narrow_terminal_gets_one_line_per_field(folder: Path, db: str) -> None:
    run("ingest", str(folder), "--db", db)
    result = CliRunner().invoke(app, ["articles", "--db", db], env={"COLUMNS": "50"})
    assert result.exit_code == 0
    assert "id: 001_a_rather_long_file_name_for_an_id" in result.stdout  # the id whole, on its own line
    assert "date: 2023-05-02" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 50
    wide = CliRunner().invoke(app, ["articles", "--db", db], env={"COLUMNS": "100"})
    assert "001_a_rather_long_file_name_for_an_id   2023-05-02" in wide.stdout  # a table, the title wrapped
    assert max(len(line) for line in wide.stdout.splitlines()) <= 100


def test_json_listings(folder: Path, db: str) -> None:
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = run("ingest", str(folder), "--db", db, "--json")
    assert code == 1 and "empty.txt" in err  # the error line still goes to stderr
    rows = json.loads(out)
    assert [r["status"] for r in rows] == ["added", "error"]
    assert rows[0]["id"] == "001_a_rather_long_file_name_for_an_id" and rows[0]["title"] == LONG
    assert rows[0]["published"] == "2023-05-02" and rows[0]["chars"] > 0 and rows[1]["message"] == "empty file"
    code, out, _ = run("ingest", str(folder / "001_a_rather_long_file_name_for_an_id.txt"), "--db", db, "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "already in library"
    arts = json.loads(run("articles", "--db", db, "--json")[1])
    assert arts[0]["id"] == rows[0]["id"] and arts[0]["story"] and "text" not in arts[0]
    stories = json.loads(run("stories", "--db", db, "--json")[1])
    assert stories[0]["articles"] == [rows[0]["id"]] and stories[0]["id"] == arts[0]["story"]
    shown = json.loads(run("show", rows[0]["id"], "--db", db, "--json")[1])
    assert shown["title"] == LONG and "Supporters said" in shown["text"]


def test_plural() -> None:
    from accord.cli.output import plural

    assert plural(1, "story", "stories") == "1 story" and plural(2, "story") == "2 stories"
    assert plural(0, "article") == "0 articles" and plural(1, "wire copy") == "1 wire copy"
    assert plural(3, "wire copy") == "3 wire copies" and plural(2, "day") == "2 days"


# -- option values are checked --------------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["brief", "x", "--words", "0"], "--words must be at least 1, not 0"),
    (["brief", "x", "--words", "-3"], "--words must be at least 1, not -3"),
    (["brief", "x", "--timeout", "0"], "--timeout must be more than 0 seconds, not 0"),
    (["ingest", "x", "--timeout", "-1"], "--timeout must be more than 0 seconds, not -1"),
    (["batch", "in.jsonl", "out.jsonl", "--words", "0"], "--words must be at least 1, not 0"),
    (["batch", "in.jsonl", "out.jsonl", "--workers", "0"], "--workers must be at least 1, not 0"),
])
def test_bad_option_values_are_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err == f"error: {message}\n"
    assert not (tmp_path / "out.jsonl").exists()


def test_brief_takes_the_fetch_options_of_ingest(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    from accord import api

    seen: list[object] = []
    real = api.brief

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs["options"])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "brief", spy)
    code, out, _ = run("brief", str(sample), "--timeout", "3.5", "--no-fetch-links", "--words", "40")
    assert code == 0 and out.startswith("# ")
    opts = seen[0]
    assert (opts.timeout, opts.fetch_feed_links, opts.words) == (3.5, False, 40)  # type: ignore[attr-defined]


# -- brief in a terminal: rendered, no Markdown escapes ---------------------------------------------
BRIEF_ARTICLES = {
    "a": "Dam bursts in valley [update]\nThe dam burst on Monday, flooding the valley, officials said. "
         "At least 12 people were killed, the regional governor said on Tuesday.\n",
    "b": "Valley flood kills 12\nThe dam burst on Monday and flooded the valley, officials said. "
         "The flood killed at least 12 people, according to the governor of the region.\n",
}


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    d.mkdir()
    for name, text in BRIEF_ARTICLES.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    return d


def test_brief_markdown_when_piped_rendered_in_a_terminal(story: Path) -> None:
    piped = CliRunner().invoke(app, ["brief", str(story)])
    assert piped.exit_code == 0
    assert "\\[update\\]" in piped.stdout and piped.stdout.startswith("# ")  # Markdown, escaped for Markdown
    shown = CliRunner().invoke(app, ["brief", str(story)], env={"TTY_COMPATIBLE": "1", "COLUMNS": "80"})
    assert shown.exit_code == 0
    assert "[update]" in shown.stdout and "\\[" not in shown.stdout and "# " not in shown.stdout
    assert "\x1b[" in shown.stdout  # styled for the terminal
    assert max(len(re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\\\", "", line))
               for line in shown.stdout.splitlines()) <= 80


def test_brief_as_plain_text(story: Path, tmp_path: Path) -> None:
    code, out, _ = run("brief", str(story), "-f", "text")
    assert code == 0
    assert "[update]" in out and "\\" not in out and "\x1b" not in out and "**" not in out
    assert "Summary" in out and "Articles" in out and "[1]" in out
    assert all(len(line) <= 100 and line == line.rstrip() for line in out.splitlines())
    target = tmp_path / "brief.txt"
    code, out, err = run("brief", str(story), "-f", "text", "-o", str(target))
    assert code == 0 and out == "" and "brief written to" in err
    assert "\\" not in target.read_text(encoding="utf-8")


def test_help_paragraphs_are_not_broken_mid_sentence():
    """Typer keeps the line breaks of every paragraph after the first: each paragraph is one line."""
    import inspect

    from accord.cli import app, eval_app, unwrap

    assert unwrap("First line\nwraps here.\n\nSecond para\nwraps too.\n\n\b\nkept\n  as is") == (
        "First line wraps here.\n\nSecond para wraps too.\n\n\b\nkept\n  as is")
    for typer_app in (app, eval_app):
        for info in typer_app.registered_commands:
            shown = info.help or inspect.getdoc(info.callback) or ""  # what typer prints
            for para in shown.split("\n\n"):
                assert para.startswith("\b") or "\n" not in para, (info.callback.__name__, para)


# -- user69: what a new user types --------------------------------------------------------------
def test_brief_format_takes_the_long_name_markdown(folder: Path) -> None:
    short = run("brief", str(folder), "-f", "md")
    for spelled in ("markdown", "Markdown", "MD"):
        code, out, err = run("brief", str(folder), "--format", spelled)
        assert code == 0 and out == short[1], (spelled, err)
    code, out, err = run("brief", str(folder), "-f", "pdf")
    assert code == 2 and "unknown format 'pdf' (use one of: md, text, json, html)" in err


def test_options_word_that_matches_nothing_says_so(tmp_path: Path) -> None:
    code, out, err = run("options", "no_such_option_word")
    assert code == 1 and out.strip() == ""
    assert "no option name contains 'no_such_option_word' (accord options lists them all)" in err
    assert run("options", "no_such_option_word", "--json")[:2] == (0, "[]\n")  # a program gets an empty list
    code, out, _ = run("options", "story_threshold")
    assert code == 0 and out.splitlines()[0].strip() == "1 option" and "story_threshold" in out


def test_an_empty_listing_still_prints_its_title(db: str, folder: Path) -> None:
    assert run("ingest", str(folder), "--db", db, "--no-briefs")[0] == 0
    code, out, _ = run("feeds", "list", "--db", db)
    assert code == 0 and out.strip() == "0 feeds"
