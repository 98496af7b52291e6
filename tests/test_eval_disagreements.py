"""`accord eval disagreements`: clusters briefed as brief_clusters.sh does, scored as score.py does."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.eval import disagreements as ev
from accord.eval import masked_pair

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE_PY = SHARED / "eval" / "disagreements" / "score.py"

DOCS = [
    {"title": "Flood hits valley", "text": "A storm flooded three towns on Monday. At least 12 people were killed, "
     "officials said. Mayor Ann Lee, 52, said 400 homes were destroyed."},
    "Three towns were flooded by a storm on Monday. Nine people were killed, police said. "
    "Mayor Ann Lee, 53, said 400 homes were lost.",
]
GOLD = {"id": "c1", "disagreements": [
    {"slot": "people killed in the flood", "kind": "number", "type": "vague",
     "values": [{"value": "at least 12", "docs": [0], "evidence": "At least 12 people were killed"},
                {"value": "nine", "docs": [1], "evidence": "Nine people were killed"}]},
    {"slot": "age of Mayor Ann Lee", "kind": "number", "type": "conflict",
     "values": [{"value": "52", "docs": [0], "evidence": "Ann Lee, 52"},
                {"value": "53", "docs": [1], "evidence": "Ann Lee, 53"}]}],
    "traps": [{"what": "homes vs people", "values": ["400", "12"], "docs": [0, 1]}]}


def side(value, normalized, articles):
    return {"value": value, "normalized": normalized, "articles": articles, "evidence": ""}


# Briefs that exercise every rule of the scorer: a match, a duplicate, a trap, a catch-all (impure),
# docs that do not overlap, a number given as text, a quote matched by shared words, a missing brief.
BRIEFS = {
    "c1": {"disagreements": [
        {"kind": "number", "about": "killed", "values": [side("At least 12", 12, ["C1"]), side("Nine", 9, ["C2"])]},
        {"kind": "number", "about": "killed again", "values": [side("12", "12", ["C1"]), side("nine", None, ["C2"])]},
        {"kind": "number", "about": "homes", "values": [side("400", 400, ["C1"]), side("12", 12, ["C2"])]},
        {"kind": "number", "about": "pool", "values": [side("52", 52, ["C1"]), side("53", 53, ["C2"]),
                                                       side("7", 7, ["C1"]), side("8", 8, ["C2"]),
                                                       side("9", 9, ["C2"])]},
        {"kind": "number", "about": "age, wrong docs", "values": [side("52", 52, ["C2"]), side("53", 53, ["C1"])]},
    ]},
    "c2": {"disagreements": [
        {"kind": "quote", "about": "words", "values": [
            side("we need to return home now", "we need to return home now", ["C1"]),
            side("we must come home soon", "we must come home soon", ["C2"])]}]},
}
GOLD2 = {"id": "c2", "disagreements": [
    {"slot": "words of the minister", "kind": "quote", "type": "conflict",
     "values": [{"value": "we need to return home now", "docs": [0], "evidence": ""},
                {"value": "we must come home soon", "docs": [1], "evidence": ""}]}], "traps": []}
GOLD3 = {"id": "c3", "disagreements": [
    {"slot": "day of the flood", "kind": "date", "type": "conflict",
     "values": [{"value": "Monday", "docs": [0], "evidence": ""}, {"value": "Tuesday", "docs": [1], "evidence": ""}]}],
    "traps": []}


def _score_py(gold_rows, briefs, tmp_path: Path) -> str:
    tmp_path.mkdir(parents=True, exist_ok=True)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in gold_rows))
    folder = tmp_path / "briefs"
    folder.mkdir(exist_ok=True)
    for cid, b in briefs.items():
        (folder / f"{cid}.json").write_text(json.dumps(b))
    res = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(folder)], capture_output=True, text=True,
                         check=True)
    return res.stdout.strip().splitlines()[-1]


def test_scorer_counts_matches_duplicates_traps_and_catch_alls():
    sc = ev.score([GOLD, GOLD2, GOLD3], BRIEFS)
    assert (sc.reported, sc.correct, sc.duplicates, sc.traps) == (6, 2, 1, 1)
    assert (sc.gold, sc.found, sc.core, sc.core_found) == (4, 2, 3, 1)
    assert sc.by_type == {"vague": [1, 1], "conflict": [3, 1]}
    assert any("MISS c1 [conflict] age" in m for m in sc.missed)  # the right values, the wrong docs
    assert sum("MISS c3" in m for m in sc.missed) == 1  # the missing brief found nothing
    assert any("'pool'" in w for w in sc.wrong)  # five sides, two of the item: a catch-all


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared (the reference scorer) is not beside the repo")
def test_scorer_prints_what_score_py_prints_for_the_same_briefs(tmp_path: Path):
    assert ev.score([GOLD, GOLD2, GOLD3], BRIEFS).line() == _score_py([GOLD, GOLD2, GOLD3], BRIEFS, tmp_path)


@pytest.mark.slow  # briefs ten real clusters
@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared (the reference scorer) is not beside the repo")
def test_real_gold_and_real_briefs_score_as_score_py_scores_them(tmp_path: Path):
    """Ten Multi-News gold clusters, briefed by both systems, scored both ways."""
    data = SHARED / "eval"
    clusters, gold = ev.load("multinews", data)
    clusters, gold = clusters[:10], gold[:10]
    from accord.briefing import build

    for name, make in (("accord", lambda arts: build(arts).to_dict()),
                       ("masked", lambda arts: {"disagreements": masked_pair.find(arts)})):
        briefs = {c.id: make(ev.read_cluster(c)) for c in clusters}
        briefs = json.loads(json.dumps(briefs))  # exactly what a brief file holds
        assert ev.score(gold, briefs).line() == _score_py(gold, briefs, tmp_path / name), name


def test_clusters_are_written_as_brief_clusters_sh_writes_them(tmp_path: Path):
    (tmp_path / "multinews").mkdir()
    (tmp_path / "disagreements").mkdir()
    (tmp_path / "multinews" / "validation.jsonl").write_text(json.dumps({"id": "c1", "documents": DOCS}) + "\n")
    (tmp_path / "disagreements" / "multinews-val.jsonl").write_text(json.dumps(GOLD) + "\n")
    (cluster,), gold = ev.load("multinews", tmp_path)
    assert [n for n, _ in cluster.files] == ["C1.txt", "C2.txt"]
    assert cluster.files[0][1].startswith("Flood hits valley\nA storm")
    assert cluster.files[1][1].startswith("Three towns were flooded by a storm on Monday\nThree towns")
    arts = ev.read_cluster(cluster)
    assert [a.id for a in arts] == ["C1", "C2"] and arts[0].title == "Flood hits valley"


def test_ecbplus_stories_are_clusters_in_file_order(tmp_path: Path):
    (tmp_path / "ecbplus").mkdir()
    (tmp_path / "disagreements").mkdir()
    rows = [{"id": f"a{k}", "story": "s1" if k != 1 else "s2", "text": f"Text number {k}. More words here."}
            for k in range(3)]
    (tmp_path / "ecbplus" / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "disagreements" / "ecbplus-dev.jsonl").write_text(json.dumps({"id": "s1", "disagreements": []}) + "\n")
    (cluster,), _ = ev.load("ecbplus", tmp_path)
    assert [c for _, c in cluster.files] == ["Text number 0\nText number 0. More words here.",
                                             "Text number 2\nText number 2. More words here."]


def test_a_gold_cluster_missing_from_the_set_is_an_error_naming_it(tmp_path: Path):
    (tmp_path / "multinews").mkdir()
    (tmp_path / "disagreements").mkdir()
    (tmp_path / "multinews" / "validation.jsonl").write_text(json.dumps({"id": "c1", "documents": DOCS}) + "\n")
    (tmp_path / "disagreements" / "multinews-val.jsonl").write_text(json.dumps({"id": "c9"}) + "\n")
    res = CliRunner().invoke(app, ["eval", "disagreements", "--set", "multinews", "--data", str(tmp_path)])
    assert res.exit_code == 1 and "c9" in res.output and "Traceback" not in res.output


def test_cli_scores_both_systems_and_shows_unmatched_items(tmp_path: Path):
    (tmp_path / "multinews").mkdir()
    (tmp_path / "disagreements").mkdir()
    (tmp_path / "multinews" / "validation.jsonl").write_text(json.dumps({"id": "c1", "documents": DOCS}) + "\n")
    (tmp_path / "disagreements" / "multinews-val.jsonl").write_text(json.dumps(GOLD) + "\n")
    res = CliRunner().invoke(app, ["eval", "disagreements", "--set", "multinews", "--data", str(tmp_path), "--show",
                                   "--briefs", str(tmp_path / "out"), "--reading", str(tmp_path / "sheet.md")],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "accord" in res.output and "masked-pair" in res.output and "score.py: precision" in res.output
    assert "type agrees with gold's on" in res.output
    assert "multinews / accord:" in res.output and "multinews / masked-pair:" in res.output
    assert "MISS c1" in res.output or "FP c1" in res.output or " 0 missed, 0 wrong" in res.output
    assert json.loads((tmp_path / "out" / "multinews-accord" / "c1.json").read_text())["articles"]
    assert "Protocol D" in (tmp_path / "sheet.md").read_text()


def test_reading_sheet_shows_each_value_as_the_brief_does():
    """A reader of the D sheet sees the date an offset resolves to, as the brief's reader does; a
    value that already shows its number gets nothing added."""
    brief = {"disagreements": [
        {"kind": "date", "type": "conflict", "about": "day X arrested", "values": [
            {"value": "A day later", "normalized": "June 18", "articles": ["C2"], "evidence": "A day later, X was arrested."},
            {"value": "June 17", "normalized": "June 17", "articles": ["C3"], "evidence": "X was arrested June 17."}]},
        {"kind": "number", "type": "conflict", "about": "troops sent", "values": [
            {"value": "Roughly 2,300", "normalized": 2300, "articles": ["C1"], "evidence": "Roughly 2,300 troops."}]}]}
    result = ev.Result(set="multinews", system="accord", score=None, briefs={"c1": brief}, seconds=0.0)  # type: ignore[arg-type]
    sheet = ev.reading_sheet([result])
    assert "- A day later (= June 18) [C2]" in sheet
    assert "- June 17 [C3]" in sheet and "(= June 17)" not in sheet
    assert "- Roughly 2,300 [C1]" in sheet and "(= 2" not in sheet


def test_unknown_set_is_a_usage_error():
    res = CliRunner().invoke(app, ["eval", "disagreements", "--set", "nope"])
    assert res.exit_code == 2 and "unknown set" in res.output


def test_sample_gold_ships_with_the_repository_and_names_real_evidence():
    rows = [json.loads(line) for line in ev.SAMPLE_GOLD.read_text().splitlines() if line.strip()]
    assert [r["id"] for r in rows] == [ev.SAMPLE_ID] and rows[0]["disagreements"] and rows[0]["traps"]
    folder = SHARED / "samples" / ev.SAMPLE_ID
    if not folder.is_dir():
        pytest.skip("../shared/samples is not beside the repo")
    docs = [p.read_text() for p in sorted(folder.iterdir())]
    for item in rows[0]["disagreements"]:
        for v in item["values"]:
            assert any(v["evidence"] in docs[k] for k in v["docs"]), v["evidence"]


def test_masked_pair_finds_values_by_type():
    found = masked_pair.values("On Monday at 10:30 a.m., 2,300 troops, 40% of them aged 25, got $2 million on Jan. 19.")
    assert [(v.type, v.normalized) for v in found] == [
        ("weekday", "monday"), ("time", "10:30"), ("count", 2300), ("percent", 40), ("age", 25),
        ("money", 2e6), ("date", "01-19")]


def test_masked_pair_links_values_in_alike_contexts():
    from accord.model import Article

    arts = [Article(id="a", title="", text="The storm killed 12 people in the valley towns on Monday."),
            Article(id="b", title="", text="The storm killed 9 people in the valley towns on Monday.")]
    (d,) = masked_pair.find(arts)
    assert sorted(s["normalized"] for s in d["values"]) == [9, 12]


def test_type_agreement_counts_right_reports_whose_type_is_gold_s():
    # c1's first report matches the vague toll item but is typed conflict; c2's quote matches as conflict;
    # the duplicate and the wrong reports are not counted, whatever their type
    typed = {"c1": {"disagreements": [dict(d, type="conflict") for d in BRIEFS["c1"]["disagreements"]]},
             "c2": {"disagreements": [dict(d, type="conflict") for d in BRIEFS["c2"]["disagreements"]]}}
    sc = ev.score([GOLD, GOLD2, GOLD3], typed)
    assert (sc.correct, sc.typed) == (2, 1)
    assert sc.mistyped == {"vague → conflict": 1}
    assert sc.types_line() == ("type agrees with gold's on 1/2 right reports (0.50); "
                               "gold → reported: vague → conflict 1")
    pooled = ev.Score()
    pooled.add(sc)
    pooled.add(sc)
    assert (pooled.typed, pooled.mistyped) == (2, {"vague → conflict": 2})
    untyped = ev.score([GOLD2], {"c2": BRIEFS["c2"]})  # no type: a conflict, as the brief's default
    assert (untyped.typed, untyped.type_agreement) == (1, 1.0)
