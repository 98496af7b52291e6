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
        json.dumps({"id": "copy", "text": texts.wire_copy}),
        json.dumps({"id": "when", "text": texts.wire_copy, "published": "not a date"}),  # refused, named (user72)
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
    assert [r.get("id") for r in errors] == ["when", None, "empty", None, "p0"]
    assert errors[0]["error"].startswith("line 9 (when): 'published' is not a date: 'not a date'")
    assert "line 10" in errors[1]["error"] and "duplicate id" in errors[4]["error"]


def test_group_command_names_a_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["group", str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl")])
    assert result.exit_code != 0
    assert not (tmp_path / "out.jsonl").exists()


def test_group_hostile_lines_are_error_lines(tmp_path: Path, texts) -> None:
    """A line nested 5,000 deep, an invalid UTF-8 byte, a huge integer: error lines, never a traceback."""
    good = [json.dumps({"id": f"q{i}", "text": t}) for i, t in enumerate(texts.quake_a[:2])]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join([
        good[0].encode(),
        b'{"id": "deep", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"id": "bad-byte", "text": "caf\xff"}',
        b'{"id": "big", "text": "x", "n": ' + b"9" * 5000 + b"}",
        json.dumps({"id": "esc\u001b]0;x\u0007", "text": ""}).encode(),
        json.dumps({"id": ["a", "list"], "text": "t", "published": [[[]]]}).encode(),
        good[1].encode(),
    ]) + b"\n")
    result = CliRunner().invoke(app, ["group", str(src), str(dst)])
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None)))
    assert "Traceback" not in result.output and "\x1b" not in result.stderr
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["q0", None, None, None, "esc\u001b]0;x\u0007", None, "q1"]
    errors = [r["error"] for r in rows if "error" in r]
    assert errors[0] == "line 2: invalid JSON (nested too deeply)"
    assert errors[1].startswith("line 3: not UTF-8 (byte 0xff")
    assert errors[2].startswith("line 4: invalid JSON")
    assert "line 6: 'id' must be" in errors[4]
    assert rows[0]["story"] == rows[-1]["story"]  # the good lines around the bad ones are grouped


def test_group_and_batch_lone_surrogates(tmp_path: Path, texts) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a\\ud800", "text": "x"}\n' + json.dumps({"id": "b", "text": texts.quake_a[0] + " \ud800"})
                   + "\n", encoding="utf-8", errors="surrogatepass")
    result = CliRunner().invoke(app, ["group", str(src), str(dst)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert "must be valid Unicode" in rows[0]["error"] and rows[1]["id"] == "b" and "story" in rows[1]
    src.write_text('{"id": "s\\ud800", "documents": ["x"]}\n{"id": "t", "documents": ["A storm hit the coast on '
                   'Monday, officials said. \\ud800 About 400 people left their homes."]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(src), str(dst), "--words", "20"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert "id" not in rows[0] and "must be valid Unicode" in rows[0]["error"] and "summary" in rows[1]


def test_unwritable_output_is_one_error_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """Through the ``accord`` entry point (``main`` turns errors into one line and an exit code)."""
    import sys

    import pytest

    from accord.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "documents": ["x"], "text": "x"}) + "\n", encoding="utf-8")
    for command in ("group", "batch"):
        monkeypatch.setattr(sys, "argv", ["accord", command, str(src), str(tmp_path)])  # OUT is a folder
        with pytest.raises(SystemExit) as info:
            main()
        err = capsys.readouterr().err
        assert info.value.code == 1 and "cannot write (Is a directory)" in err
        assert "Traceback" not in err and "unexpected" not in err


def test_group_writes_to_stdout_with_a_dash(tmp_path: Path) -> None:
    """user69: OUT "-" is standard output (it made a file named "-")."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "title": "Ferry evacuated", "text": "About 300 passengers left the ferry Nordic Star on Wednesday."},
        {"id": "b"},
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["group", str(src), "-"])
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 1 and [r.get("id") for r in rows] == ["a", "b"] and rows[0]["story"]
    assert "error: line 2 (b)" in result.stderr and not (Path.cwd() / "-").exists()


def test_a_binary_input_is_one_error_for_group_and_batch(tmp_path: Path, monkeypatch, capsys) -> None:
    # (user72) random bytes split at newline bytes used to give one "not UTF-8" error per "line"
    import random
    import sys

    import pytest

    from accord.cli import main

    rng = random.Random(3)
    junk = tmp_path / "photo.jsonl"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(20_000)))
    for command in ("group", "batch"):
        monkeypatch.setattr(sys, "argv", ["accord", command, str(junk), str(tmp_path / "out.jsonl")])
        with pytest.raises(SystemExit) as info:
            main()
        said = "".join(capsys.readouterr().err.splitlines())  # (a long path may be wrapped)
        assert info.value.code == 1 and not (tmp_path / "out.jsonl").exists()
        assert said.count("error:") == 1 and f"error: {junk}: a PNG image, not JSONL text" in said


def test_group_reads_or_refuses_a_published_date_naming_the_line(tmp_path: Path, texts) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": "e", "text": texts.quake_a[0], "published": 1642068000},
            {"id": "w", "text": texts.quake_a[1], "published": "whenever"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    CliRunner().invoke(app, ["group", str(src), str(out)])
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert "story" in got[0] and got[1] == {"id": "w", "error": "line 2 (w): 'published' is not a date: 'whenever' "
                                                                 "(give YYYY-MM-DD, a written date or a Unix time)"}
