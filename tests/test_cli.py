"""The ``accord`` command as a user meets it (Typer's CliRunner): help, version, options, messages."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord import errors
from accord.cli import app, main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
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
