"""``accord group`` JSONL round trip: one output line per input line, bad lines become error lines."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app


def test_group_command_round_trip_and_bad_lines(tmp_path: Path, texts) -> None:
    lines = [json.dumps({"id": f"p{i}", "text": t, "published": "2023-03-0" + str(i + 1)}) for i, t in enumerate(texts.quake_a)]
    lines += [json.dumps({"id": f"t{i}", "title": "Quake", "text": t}) for i, t in enumerate(texts.quake_b)]
    lines += [
        json.dumps({"id": "wire", "text": texts.wire, "published": "2022-01-13", "url": "https://example.org/a"}),
        json.dumps({"id": "copy", "text": texts.wire_copy, "published": "not a date"}),
        "{not json",
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "p0", "text": "a duplicate id"}),
    ]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["group", str(src), str(dst)])
    assert result.exit_code == 1, result.output  # bad lines: the good ones are all written, exit code 1
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines)
    good = {r["id"]: r for r in rows if "error" not in r}
    assert set(good) == {"p0", "p1", "p2", "t0", "t1", "t2", "wire", "copy"}
    assert len({good[f"p{i}"]["story"] for i in range(3)}) == 1
    assert len({good[f"t{i}"]["story"] for i in range(3)}) == 1
    assert good["p0"]["story"] != good["t0"]["story"]
    assert good["copy"] == {"id": "copy", "story": good["wire"]["story"], "copy_of": "wire"}
    assert good["wire"]["copy_of"] is None
    errors = [r for r in rows if "error" in r]
    assert [r.get("id") for r in errors] == [None, "empty", None, "p0"]
    assert "line 9" in errors[0]["error"] and "duplicate id" in errors[3]["error"]


def test_group_command_names_a_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["group", str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl")])
    assert result.exit_code != 0
    assert not (tmp_path / "out.jsonl").exists()
