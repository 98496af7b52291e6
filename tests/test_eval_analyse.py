"""`accord eval analyse`: both analysers timed on a tiny Multi-News folder, with agreement and briefs."""
import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.eval import analyse

DOCS = [
    "A storm flooded three towns in the northern valley on Monday, Governor Jane Doe said. "
    "Rescue teams evacuated about 400 residents overnight as the river rose.",
    "Three valley towns were flooded by a storm on Monday. About 400 people were evacuated, "
    "according to the Red Cross.",
]


def _data(tmp_path: Path, n: int = 2) -> Path:
    (tmp_path / "multinews").mkdir()
    with (tmp_path / "multinews" / "validation.jsonl").open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"mn-{i}", "documents": DOCS, "summary": "Storm floods towns."}) + "\n")
    return tmp_path


def test_run_reads_the_same_sentences_with_both_analysers(tmp_path: Path) -> None:
    rep = analyse.run(_data(tmp_path), limit=2, briefs=False)
    assert rep.stories == 2 and [r.analyser for r in rep.results] == ["spacy", "rules"]
    spacy, rules = rep.results
    assert spacy.sentences == rules.sentences == 8
    assert rules.per_second > 0 and spacy.per_second > 0
    assert spacy.found["number"] == 1.0  # spaCy against itself
    assert rules.mentions["number"] >= 2 and rules.mentions["date"] == spacy.mentions["date"]
    assert rep.lexrank_s is None and spacy.brief_s is None


def test_cli_prints_both_analysers_and_lexrank(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "analyse", "--data", str(_data(tmp_path, 1)), "--limit", "1"],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    for word in ("spacy", "rules", "lexrank", "sent/s", "brief s/story"):
        assert word in res.output


def test_disagreements_are_counted_per_analyser_with_the_shared_ones(tmp_path: Path) -> None:
    docs = ["Floods in the valley killed 40 people on Monday, officials said.",
            "Officials said 55 people were killed in the valley floods on Monday."]
    (tmp_path / "multinews").mkdir()
    (tmp_path / "multinews" / "validation.jsonl").write_text(
        json.dumps({"id": "mn-0", "documents": docs, "summary": "Floods."}) + "\n")
    rep = analyse.run_disagreements(tmp_path, "multinews", 1)
    assert rep.stories == 1 and set(rep.found) == {"spacy", "rules"}
    for name in ("spacy", "rules"):
        (sid, d), = rep.found[name]
        assert sid == "mn-0" and d.kind == "number" and {v.normalized for v in d.values} == {40, 55}
        assert rep.shared(name) == 1 and rep.only(name) == []
    rep.found["rules"][0][1].values[0].articles = ["elsewhere"]  # other sides: no longer shared
    assert rep.shared("rules") == 0 and len(rep.only("rules")) == 1 and len(rep.only("spacy")) == 1
    res = CliRunner().invoke(app, ["eval", "analyse", "--disagreements", "--data", str(tmp_path), "--limit", "1"],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "only this analyser" in res.output and "rules" in res.output
