"""``--engine ray`` gives the local engine's outputs: a local Ray with 2 CPUs, real ECB+/NeuS data.

Marked ``ray`` (``pytest -m ray`` selects them). They skip, loudly, only when Ray is not installed.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

ray = pytest.importorskip(
    "ray", reason="RAY NOT INSTALLED: `pip install 'accord[ray]'` failed or was not run; the Ray engine is UNTESTED here")
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from accord import api  # noqa: E402
from accord.engines import engine, grouping, pipeline  # noqa: E402
from accord.engines.work import Featurize, article_row  # noqa: E402
from accord.eval.grouping import bcubed, load_ecb  # noqa: E402
from accord.group import assign  # noqa: E402
from accord.options import DEFAULT  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
pytestmark = [pytest.mark.ray,
              pytest.mark.skipif(not (DATA / "ecbplus" / "dev.jsonl").is_file(), reason="../shared/eval not found")]


@pytest.fixture(scope="module")
def ray_engine():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with engine("ray") as eng:  # joins the Ray started above
            assert eng.workers == 2
            yield eng
    finally:
        ray.shutdown()


def _renamed(story: dict[str, str]) -> set[frozenset[str]]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for aid, sid in story.items():
        groups[sid].add(aid)
    return {frozenset(g) for g in groups.values()}


def test_grouping_on_ray_is_the_local_engines_and_the_one_machine_runs(ray_engine) -> None:
    arts = load_ecb(DATA).articles[:200]  # ECB+ dev in file order, 4 partitions of 50
    opts = DEFAULT.with_(partition_max=60)
    with engine("local") as local:
        want, _ = grouping.run(local, local.rows([article_row(a, i) for i, a in enumerate(arts)], "article"), opts)
    got, errors = grouping.run(ray_engine, ray_engine.rows([article_row(a, i) for i, a in enumerate(arts)], "article"), opts)
    assert not errors and got.partitions == 4
    assert _renamed(got.story) == _renamed(want.story)  # the same stories, up to renaming
    assert got.copy_of == want.copy_of
    assert bcubed(got.story, assign(arts).story)[2] >= 0.99  # vs one machine, file order


def test_a_bad_record_in_a_ray_task_is_an_error_row(ray_engine) -> None:
    arts = load_ecb(DATA).articles[:3]
    rows = [article_row(a, i) for i, a in enumerate(arts)]
    rows[1]["position"] = None  # fails inside the worker
    out = ray_engine.collect(ray_engine.map(ray_engine.rows(rows, "article"), Featurize, {"options": DEFAULT}, "features"))
    assert [r["id"] for r in out if not r["error"]] == [arts[0].id, arts[2].id]
    assert [r["item"] for r in out if r["error"]] == [arts[1].id]


def test_pipeline_on_ray_writes_the_local_engines_tables(ray_engine, tmp_path: Path) -> None:
    rows = [json.loads(x) for x in (DATA / "ecbplus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"id": r["id"], "text": r["text"]}) for r in rows[:50]] + ["[1, 2]"]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist([{"id": r["id"], "text": r["text"]} for r in rows[50:]]), folder / "b.parquet")
    opts = DEFAULT.with_(partition_max=20)
    tables = {}
    for name, eng in (("ray", ray_engine), ("local", engine("local"))):
        res = pipeline.run([str(folder)], str(tmp_path / name), eng, opts, say=lambda _: None)
        assert res.partitions > 1  # dated (datelines) and undated partitions: the reconcile is exercised
        tables[name] = {t: pq.read_table(tmp_path / name / t).to_pylist() for t in ("articles", "stories", "briefs", "errors")}
    ray_t, local_t = tables["ray"], tables["local"]
    strip = lambda rows: [{k: v for k, v in r.items() if k != "story"} for r in rows]  # noqa: E731
    assert strip(ray_t["articles"]) == strip(local_t["articles"])  # same text, removed lines, copies, order
    assert _renamed({a["id"]: a["story"] for a in ray_t["articles"]}) == _renamed({a["id"]: a["story"] for a in local_t["articles"]})
    assert ray_t["errors"] == local_t["errors"] and ray_t["errors"][0]["item"].endswith("a.jsonl:51")
    # identical briefs for identical stories (story ids may differ)
    members = {name: {s["id"]: frozenset(s["articles"]) for s in t["stories"]} for name, t in tables.items()}
    local_by_members = {members["local"][b["story"]]: b for b in local_t["briefs"]}
    assert len(ray_t["briefs"]) == len(local_t["briefs"]) >= 3
    for b in ray_t["briefs"]:
        twin = local_by_members[members["ray"][b["story"]]]
        assert (b["brief"], b["summary"], b["title"]) == (twin["brief"], twin["summary"], twin["title"])


def test_batch_and_group_on_ray(ray_engine, tmp_path: Path) -> None:
    stories = [json.loads(x) for x in (DATA / "neus" / "val.jsonl").read_text(encoding="utf-8").splitlines()[:3]]
    src = tmp_path / "stories.jsonl"
    src.write_text("\n".join(json.dumps({"id": s["id"], "documents": s["documents"]}) for s in stories) + "\n{oops\n",
                   encoding="utf-8")
    assert api.batch(src, tmp_path / "local.jsonl") == api.batch(src, tmp_path / "ray.jsonl", engine=ray_engine) == (3, 1)
    assert (tmp_path / "local.jsonl").read_text() == (tmp_path / "ray.jsonl").read_text()
    arts = tmp_path / "articles.jsonl"
    arts.write_text("\n".join(json.dumps({"id": f"{s['id']}/{i}", **d}) for s in stories for i, d in enumerate(s["documents"]))
                    + "\n", encoding="utf-8")
    one = api.group(arts)  # the one-machine run
    on_ray = api.group(arts, engine=ray_engine)  # one partition at this size: the same stories
    assert _renamed({r["id"]: r["story"] for r in on_ray}) == _renamed({r["id"]: r["story"] for r in one})
    assert [r["copy_of"] for r in on_ray] == [r["copy_of"] for r in one]
