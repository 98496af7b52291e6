"""``accord eval serve``: the library is built from the eval sets and the server answers the loop."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "multinews" / "validation.jsonl").is_file(), reason="../shared/eval not beside the repo")
def test_a_small_serving_benchmark_runs(tmp_path: Path) -> None:
    from accord.eval import serve
    from accord.options import DEFAULT
    from accord.store import Library

    db = tmp_path / "serve.db"
    assert serve.build_library(db, DATA, 4, DEFAULT) == 4
    with Library(db) as lib:
        assert len(lib.brief_stats()) == 4  # every brief stored
    timings = serve.measure(db, requests=3)
    assert [t.name for t in timings] == ["story page", "story JSON", "stories page", "stories search"]
    assert all(len(t.seconds) == 3 and t.errors == 0 and t.p50 <= t.p99 for t in timings)
    base = serve.baseline(db, 2, DEFAULT)
    assert len(base.seconds) == 2
