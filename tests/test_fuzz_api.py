"""Property-based fuzzing of the JSONL inputs of ``accord batch`` and ``accord group`` (hypothesis).

Whatever a line holds (any JSON value, nesting past the parser's limit, invalid UTF-8, huge integers,
control characters), each input line gives exactly one output line, bad lines say which line they
are, and the good lines around them still get their summary or story.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord import api
from accord.options import Options
from conftest import examples

pytestmark = pytest.mark.fuzz

DOCS = [
    "The port authority opened a new ferry terminal on the northern shore on Tuesday. About 2,000 people came.",
    "A new ferry terminal opened on Tuesday, the port authority said. Officials expect 2,000 passengers a day.",
]
# text with lone surrogates too (JSON "\ud800" escapes): invalid Unicode no file or database accepts
strings = st.text(max_size=20) | st.builds(lambda a, b: a + b, st.text(max_size=10),
                                           st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=3))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | strings,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
hostile_lines = st.one_of(
    json_values.map(json.dumps).map(str.encode),
    st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published", "documents"]), json_values | strings,
                    max_size=5).map(json.dumps).map(str.encode),
    st.just(b"[" * 5000 + b"]" * 5000),
    st.just(b'{"id": "x", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    st.binary(max_size=40).map(lambda b: b"{" + b.replace(b"\n", b" ").replace(b"\r", b" ")),
    st.integers(4400, 6000).map(lambda n: b'{"id": "n", "text": "x", "v": ' + b"9" * n + b"}"),
)


def _write(lines: list[bytes]) -> tuple[tempfile.TemporaryDirectory, Path]:
    tmp = tempfile.TemporaryDirectory()
    path = Path(tmp.name) / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return tmp, path


@settings(max_examples=examples(12))
@given(lines=st.lists(st.tuples(st.booleans(), hostile_lines), min_size=1, max_size=6))
def test_group_one_output_per_line_good_ones_grouped(lines: list[tuple[bool, bytes]]) -> None:
    raw, good_ids = [], []
    for n, (good, bad) in enumerate(lines):
        if good:
            raw.append(json.dumps({"id": f"good{n}", "text": DOCS[n % 2]}).encode())
            good_ids.append(f"good{n}")
        else:
            raw.append(bad)
    tmp, path = _write(raw)
    with tmp:
        results = api.group(path, Path(tmp.name) / "out.jsonl")
        written = (Path(tmp.name) / "out.jsonl").read_text(encoding="utf-8").splitlines()
    expected = [line for line in raw if line.strip()]
    assert len(results) == len(expected) == len(written)
    for res in results:
        assert "error" in res or ("story" in res and isinstance(res["id"], str))
    stories = {r["story"] for r in results if r.get("id") in good_ids}
    assert {r["id"] for r in results if "story" in r} >= set(good_ids)
    assert len(stories) <= len(good_ids)


@settings(max_examples=examples(6))
@given(lines=st.lists(st.tuples(st.booleans(), hostile_lines), min_size=1, max_size=4))
def test_batch_one_output_per_line_good_ones_summarised(lines: list[tuple[bool, bytes]]) -> None:
    raw, good = [], []
    for n, (is_good, bad) in enumerate(lines):
        if is_good:
            raw.append(json.dumps({"id": f"story{n}", "documents": DOCS}).encode())
            good.append(f"story{n}")
        else:
            raw.append(bad)
    tmp, path = _write(raw)
    with tmp:
        out = Path(tmp.name) / "out.jsonl"
        ok, bad_count = api.batch(path, out, Options(words=20))
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len([line for line in raw if line.strip()]) == ok + bad_count
    # a summarised row always has its id; an error row has one only when its line gave one (user70)
    assert all(("error" in r) != ("summary" in r) and ("id" in r or "error" in r) for r in rows)
    assert [r["id"] for r in rows if "summary" in r and r["id"] in good] == good
