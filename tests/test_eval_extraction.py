"""``accord eval extraction``: the scorer's convention and a smoke run on three tiny pages."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.eval import extraction

BODIES = [
    "The river rose by two metres overnight after three days of heavy rain in the valley. "
    "Rescue teams reached families stranded on rooftops before dawn, officials said.",
    "The council approved a new budget on Tuesday that raises spending on schools and roads. "
    "The vote was seven to two after a long debate in the town hall.",
    "A rare bird was seen in the city park for the first time in forty years, local watchers said. "
    "Dozens of people came with cameras to photograph it on Sunday morning.",
]


def page(body: str) -> str:
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (f"<html><head><title>Story</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a>"
            f"</nav><article><h1>Story</h1>{paras}</article><footer>All rights reserved.</footer></body></html>")


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    root = tmp_path / "extraction"
    (root / "html").mkdir(parents=True)
    truth = {}
    for i, body in enumerate(BODIES):
        pid = f"p{i}"
        (root / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(page(body).encode()))
        truth[pid] = {"articleBody": body, "url": f"https://example.org/{pid}"}
    (root / "ground-truth.json").write_text(json.dumps(truth))
    return tmp_path


def test_match_counts_shingles_with_multiplicity() -> None:
    assert extraction.match("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = extraction.match("a b c d e", "a b c d")  # gold 2 shingles, pred 1 (shared)
    assert (tp, fp, fn) == pytest.approx((0.5, 0.0, 0.5))
    assert extraction.match("x y z w", "") == (0.0, 0.0, 1.0)
    # unigram mode: plain token matching
    assert extraction.match("a a b", "a b c", n=1) == pytest.approx((0.5, 0.25, 0.25))


def test_score_averages_per_document() -> None:
    # doc 1 perfect, doc 2 empty prediction: precision ignores doc 2, recall counts it as 0
    p, r, f = extraction.score([(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)])
    assert (p, r) == (1.0, 0.5)
    assert f == pytest.approx(2 / 3)


def test_run_scores_all_systems(data: Path) -> None:
    results = extraction.run(data, limit=3)
    assert [r.system for r in results] == ["accord", "accord-raw", "trafilatura"]
    for r in results:
        assert r.pages == 3 and r.failures == 0
        assert r.recall > 0.8 and r.precision > 0.8


def test_missing_data_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="ground truth not found"):
        extraction.load(tmp_path)


def test_cli_smoke(data: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "extraction", "--limit", "3", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "accord" in result.output and "trafilatura" in result.output
    assert "3 pages" in result.output
