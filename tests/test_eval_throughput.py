"""``accord eval throughput`` on a tiny evaluation folder written for the test."""
from __future__ import annotations

import json
from pathlib import Path

from accord.eval import throughput
from accord.options import DEFAULT


def _data(tmp_path: Path, texts) -> Path:
    """An eval folder whose ECB+ file holds two similar events; the other sets are empty."""
    (tmp_path / "ecbplus").mkdir()
    (tmp_path / "multinews").mkdir()
    (tmp_path / "neus").mkdir()
    doubled = [t + " " + t for pair in zip(texts.quake_a, texts.quake_b) for t in pair]  # ≥ 50 words each
    (tmp_path / "ecbplus" / "dev.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in doubled))
    (tmp_path / "multinews" / "validation.jsonl").write_text("")
    (tmp_path / "neus" / "val.jsonl").write_text("")
    return tmp_path


def test_every_story_of_two_or_more_is_briefed_with_its_final_members(tmp_path: Path, monkeypatch, texts) -> None:
    """Stories split after articles join (here everything joins one story first): the briefs must
    cover the stories as they end, not the story each article joined first."""
    import accord.briefing

    briefed: list[set[str]] = []
    real = accord.briefing.build
    monkeypatch.setattr(accord.briefing, "build", lambda arts, o: briefed.append({a.id for a in arts}) or real(arts, o))
    options = DEFAULT.with_(analyser="rules", story_threshold=-1.0)  # join anything; the split check separates
    res = throughput.run(_data(tmp_path, texts), 36, options, brief=True)
    event = {f"a{i}": i % 2 for i in range(36)}  # the texts alternate between the two events
    assert briefed and all(len({event[i] for i in b}) == 1 for b in briefed)  # no brief mixes them
    assert res.multi >= 2  # the two events end as two stories
    assert (res.briefed, res.briefed_articles) == (res.multi, res.multi_articles)
    assert [c[0] for c in res.checkpoints] == [36]
    assert res.copies > 0  # cycled texts come back as edited copies


def test_engine_throughput_runs_the_pipeline_on_distinct_texts(tmp_path: Path, texts) -> None:
    import pytest

    pytest.importorskip("pyarrow", reason="the pipeline's tables need pyarrow (the ray extra)")
    data = _data(tmp_path, texts)
    (data / "neus" / "train.jsonl").write_text(json.dumps({"documents": [{"title": "T", "text": texts.quake_a[0]}]}) + "\n")
    rows = throughput.distinct_texts(data)
    assert len(rows) == len({r["text"] for r in rows}) == len(texts.quake_a) + len(texts.quake_b) + 1
    runs = throughput.engines(data, [4, 100], [1], ray=False)
    assert [(r.engine, r.n) for r in runs] == [("local", 4), ("local", len(rows))]  # capped at what exists
    assert all(r.seconds > 0 and r.stories >= 1 for r in runs)
    assert throughput.projection([(1, 2.0), (2, 3.0)], 10) == pytest.approx(11.0)
    assert throughput.projection([(1, 2.0)]) is None
