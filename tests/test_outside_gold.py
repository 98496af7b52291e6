"""scripts/outside_gold.py: which clusters it briefs, and a blind union sheet of two runs."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "outside_gold.py"


@pytest.fixture(scope="module")
def og():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("outside_gold", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_the_check_set_and_the_diagnosis_set_never_share_a_cluster(og, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = {"title": "Floods close the Dunmore bridge", "text": "Floods closed the bridge on Monday."}
    _jsonl(tmp_path / "disagreements" / "multinews-val.jsonl", [{"id": "mn-val-2", "disagreements": []}])
    _jsonl(tmp_path / "multinews" / "validation.jsonl",
           [{"id": f"mn-val-{i}", "documents": ["Floods closed the bridge."]} for i in range(1, 7)])
    _jsonl(tmp_path / "neus" / "val.jsonl", [{"id": f"neus-val-{i}", "documents": [doc]} for i in range(4)])
    _jsonl(tmp_path / "neus" / "train.jsonl", [{"id": f"neus-train-{i}", "documents": [doc]} for i in range(900)])
    check = {c.id for _, c in og.pick(tmp_path, "odd", 400, False, og.CHECK_SEED)}
    diag = {c.id for _, c in og.pick(tmp_path, "even", 300, True, og.CHECK_SEED)}
    assert not check & diag
    assert "mn-val-2" not in diag  # a gold cluster is never outside the gold
    assert {"mn-val-1", "mn-val-3", "mn-val-5", "neus-val-1", "neus-val-3"} <= check
    assert sum(c.startswith("neus-train") for c in check) == 400
    assert sum(c.startswith("neus-train") for c in diag) == 300


def test_the_union_sheet_holds_each_report_once_and_says_nothing_of_its_run(og, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = {"kind": "number", "type": "conflict", "about": "troops sent",
           "values": [{"value": "2,000", "articles": ["C1"], "evidence": "2,000 troops were sent."},
                      {"value": "2,300", "articles": ["C2"], "evidence": "2,300 troops were sent."}]}
    two = {"kind": "date", "type": "conflict", "about": "day the bridge closed",
           "values": [{"value": "Monday", "articles": ["C1"], "evidence": "It closed Monday."},
                      {"value": "Tuesday", "articles": ["C3"], "evidence": "It closed Tuesday."}]}
    for name, found in (("a", [one, two]), ("b", [one])):
        (tmp_path / name / "briefs").mkdir(parents=True)
        (tmp_path / name / "briefs" / "x-1.json").write_text(json.dumps({"disagreements": found}))
    assert og.union(tmp_path / "a", tmp_path / "b", 1) == 2
    sheet = (tmp_path / "a" / "union.md").read_text()
    assert sheet.count("- label:") == 2 and "this" not in sheet and "other" not in sheet
    key = json.loads((tmp_path / "a" / "union.key.json").read_text())
    assert sorted(len(k["in"]) for k in key) == [1, 2]
