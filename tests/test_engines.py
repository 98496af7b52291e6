"""Engines: the local engine's work, and Ray staying optional (never imported unless asked for)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from accord.engines import engine
from accord.engines.work import Featurize, article_row
from accord.errors import AccordError
from accord.model import Article
from accord.options import DEFAULT


def test_base_imports_never_import_ray() -> None:
    code = ("import sys, accord, accord.api, accord.cli, accord.engines, accord.engines.pipeline, "
            "accord.engines.local, accord.group.partitioned; "
            "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_engine_and_address_without_ray_are_errors() -> None:
    with pytest.raises(AccordError, match="unknown engine"):
        engine("spark")
    with pytest.raises(AccordError, match="--address is for --engine ray"):
        engine("local", address="auto")


def test_a_bad_record_becomes_an_error_row() -> None:
    good = article_row(Article(id="a", title="Quake", text="An earthquake hit Aceh on Tuesday."), 0)
    bad = {**article_row(Article(id="b", title="x", text="y"), 1), "position": None}  # cannot be ordered
    with engine("local") as eng:
        out = eng.map(eng.rows([good, bad], "article"), Featurize, {"options": DEFAULT}, "features")
    assert [r.get("id") for r in out if not r.get("error")] == ["a"]
    [err] = [r for r in out if r.get("error")]
    assert err["stage"] == "group" and err["item"] == "b" and "TypeError" in err["error"]


def test_cli_engine_options_are_checked_before_any_work(tmp_path) -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "An earthquake hit Aceh."}\n', encoding="utf-8")
    for args, message in ((["group", str(src), str(tmp_path / "o.jsonl"), "--engine", "spark"], "unknown engine"),
                          (["group", str(src), str(tmp_path / "o.jsonl"), "--address", "auto"], "--address is for"),
                          (["pipeline", str(tmp_path / "*.warc"), "--out", str(tmp_path / "t")], "no file matches")):
        result = CliRunner().invoke(app, args)
        assert result.exit_code != 0
        assert message in (result.output + str(result.exception or ""))
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "t").exists()
