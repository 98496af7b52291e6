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
