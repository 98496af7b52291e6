"""`accord eval support`: the gold clusters briefed as brief_clusters.sh does, and the floor's figures
equal to check_support.py's on the same briefs (a failed brief counted, never skipped)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.eval import clusters, support

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
REFERENCE = SHARED / "check_support.py"
DOCS = [
    {"title": "Storm floods valley towns",
     "text": "A storm flooded three towns in the northern valley on Monday, officials said. "
             "Rescue teams evacuated about 400 residents overnight as the river rose.\n"
             "“We have never seen water this high in the valley,” the mayor said."},
    "Three valley towns were flooded by a storm on Monday. About 400 people were evacuated. "
    "The river rose 12 feet, officials said.",
    "Officials said 350 people were evacuated from three valley towns after Monday's storm.",
]


def _data(tmp_path: Path) -> Path:
    for sub in ("multinews", "ecbplus", "disagreements"):
        (tmp_path / sub).mkdir(parents=True)
    rows = [{"id": "mn-1", "documents": DOCS, "summary": "x"},
            {"id": "mn-2", "documents": ["   ", ""], "summary": "x"},  # nothing to read: a failed brief
            {"id": "mn-3", "documents": DOCS[1:], "summary": "x"}]
    (tmp_path / "multinews" / "validation.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    gold = [{"id": "mn-1"}, {"id": "mn-2"}]  # mn-3 is not in the gold file: not briefed
    (tmp_path / "disagreements" / "multinews-val.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    articles = [{"id": f"e{k}", "topic": "1", "story": "1_a", "text": d if isinstance(d, str) else d["text"]}
                for k, d in enumerate(DOCS)]
    (tmp_path / "ecbplus" / "dev.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    (tmp_path / "disagreements" / "ecbplus-dev.jsonl").write_text(json.dumps({"id": "1_a"}) + "\n")
    return tmp_path


def _reference(folder: Path) -> str:
    done = subprocess.run([sys.executable, str(REFERENCE), str(folder), str(folder)], capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def _ours(result: support.SetResult) -> str:
    return (f"support links passing {result.share:.3f} ({result.passing}/{len(result.links)}); failing: summary "
            f"{result.failing('summary')}, facts {result.failing('facts')}; failed briefs {len(result.failed)}")


def test_clusters_are_written_as_brief_clusters_sh_writes_them(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    found = clusters.load("multinews", data)
    assert [c.id for c in found] == ["mn-1", "mn-2"]
    folder = clusters.write(found[0], tmp_path / "out")
    assert sorted(p.name for p in folder.iterdir()) == ["C1.txt", "C2.txt", "C3.txt"]
    assert (folder / "C1.txt").read_text().splitlines()[0] == "Storm floods valley towns"  # the title
    # no title: the first sentence (up to ". " and the first line break), cut to 90 characters
    assert (folder / "C2.txt").read_text().splitlines()[0] == "Three valley towns were flooded by a storm on Monday"
    assert clusters.headline({"text": "x" * 200}) == "x" * 90
    assert [len(c.documents) for c in clusters.load("ecbplus", data)] == [3]
    with pytest.raises(Exception, match="unknown set"):
        clusters.load("nope", data)


@pytest.mark.skipif(not REFERENCE.is_file(), reason="../shared/eval/check_support.py not beside the repository")
def test_floor_equals_the_reference_script_and_counts_failed_briefs(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    result = support.run("multinews", data, tmp_path / "mn")
    assert result.clusters == 2 and len(result.failed) == 1 and result.failed[0].startswith("mn-2")
    assert result.links and result.sentences and result.citations >= result.sentences
    assert _ours(result) == _reference(tmp_path / "mn")
    # the single-source claims the briefs show are counted (fewer of them is no hidden gain)
    assert result.single == sum(len(json.loads(f.read_text(encoding="utf-8")).get("single_source", []))
                                for f in (tmp_path / "mn").glob("*.json"))
    # every link names its article's file and the sentence the brief points at
    for link in result.links:
        assert (tmp_path / "mn" / link.cluster / f"{link.article}.txt").is_file()
        assert link.pointed


@pytest.mark.skipif(not (REFERENCE.is_file() and (SHARED / "disagreements").is_dir()),
                    reason="../shared/eval not beside the repository")
def test_floor_equals_the_reference_script_on_the_dev_sets(tmp_path: Path) -> None:
    for name in ("multinews", "ecbplus"):
        result = support.run(name, SHARED.parent / "eval", tmp_path / name, limit=2)
        assert result.clusters == 2
        assert _ours(result) == _reference(tmp_path / name)


def test_the_command_prints_the_floor_and_writes_the_reading_sheet(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    res = CliRunner().invoke(app, ["eval", "support", "--data", str(data), "--out", str(tmp_path / "out"),
                                   "--sample", "5", "--show"])
    assert res.exit_code == 1, res.output  # mn-2 failed: reported, and the exit code says so
    assert "multinews" in res.output and "ecbplus" in res.output and "mn-2" in res.output
    assert "single-source claims" in res.output
    sheet = (tmp_path / "out" / "reading-S.md").read_text()
    assert sheet.count("- label: ") == 10  # five links per set
    recall = (tmp_path / "out" / "reading-R.md").read_text()
    assert recall.startswith("# Citation recall reading sheet") and "### R1 · multinews · mn-1 · " in recall
    assert re.search(r"article: `.*/mn-1/C\d\.txt`", sheet)
    assert (tmp_path / "out" / "links.jsonl").read_text().strip()
    res = CliRunner().invoke(app, ["eval", "support", "--data", str(data), "--set", "neus"])
    assert res.exit_code == 2 and "unknown set" in res.output


# -- citation recall (cite28) ------------------------------------------------------------------------
def _told_result(tmp_path: Path) -> support.SetResult:
    folder = tmp_path / "mn"
    for cid, docs in (("s1", DOCS), ("s2", DOCS[1:])):
        clusters.write(clusters.Cluster(cid, [d if isinstance(d, dict) else {"title": "", "text": d}
                                              for d in docs]), folder)
    brief = {"summary": [{"text": "A storm flooded three towns in the northern valley on Monday, officials said.",
                          "citations": ["C1"]},
                         {"text": "About 400 people were evacuated.", "citations": ["C2", "C1"]}]}
    result = support.SetResult("multinews", folder=folder)
    result.told += support.told("multinews", "s1", brief, folder / "s1")
    result.told += support.told("multinews", "s2", {"summary": [{"text": "Three valley towns were flooded by a "
                                                                 "storm on Monday.", "citations": ["C1", "C2"]}]},
                                folder / "s2")
    return result


def test_each_summary_sentence_lists_the_articles_it_does_not_cite(tmp_path: Path) -> None:
    result = _told_result(tmp_path)
    assert [(t.cluster, t.cited, t.uncited) for t in result.told] == [
        ("s1", ["C1"], ["C2", "C3"]), ("s1", ["C2", "C1"], ["C3"]), ("s2", ["C1", "C2"], [])]


def test_closest_sentences_share_most_of_the_claims_words_in_the_articles_order() -> None:
    text = ("Storm hits valley\nThe mayor praised volunteers. About 400 residents were evacuated overnight. "
            "The river rose as the storm flooded towns.\nSchools stay closed on Tuesday.")
    got = support.closest("About 400 residents were evacuated as the river rose.", text)
    assert got == ["About 400 residents were evacuated overnight.", "The river rose as the storm flooded towns."]
    assert support.closest("About 400 residents were evacuated.", text, k=1) == [
        "About 400 residents were evacuated overnight."]
    # no sentence shares a content word: nothing is shown as close
    assert support.closest("Parliament passed the budget.", text) == []


def test_the_recall_sheet_lists_every_uncited_article_and_its_labels_give_the_recall(tmp_path: Path) -> None:
    result = _told_result(tmp_path)
    sheet = support.recall_sheet([result], n=3, seed=1)
    assert len(re.findall(r"(?m)^### R", sheet)) == 3 and sheet.count(" label: ") == 3  # C2, C3 of one sentence, C3 of another
    assert "cites every article of the story: nothing to read" in sheet
    assert re.search(r"#### R\d C3 \(`.*/s1/C3\.txt`\)", sheet)
    assert "> Officials said 350 people were evacuated from three valley towns after Monday's storm." in sheet
    # the same draw for the same seed; unlabelled items are counted as such
    assert support.recall_sheet([result], n=3, seed=1) == sheet
    (empty,) = support.score_recall(sheet)
    assert (empty.sentences, empty.cited, empty.unlabelled, empty.recall) == (3, 5, 3, 1.0)
    labels = iter(["yes", "**partly**", "no"])
    labelled = re.sub(r"(?m)^(- C\d label:) $", lambda m: f"{m.group(1)} {next(labels)}", sheet)
    (got,) = support.score_recall(labelled)
    assert (got.name, got.cited, got.yes, got.partly, got.no, got.unlabelled) == ("multinews", 5, 1, 1, 1, 0)
    assert got.recall == 5 / 6 and got.with_partly == 5 / 7
    # a label word inside a note is no label ("- C2 label: not sure" is unlabelled)
    (odd,) = support.score_recall(sheet.replace("label: ", "label: maybe yes", 1))
    assert odd.yes == 0 and odd.unlabelled == 3


def test_the_command_scores_a_labelled_recall_sheet_without_briefing(tmp_path: Path) -> None:
    result = _told_result(tmp_path)
    sheet = support.recall_sheet([result], n=3, seed=1).replace("label: ", "label: yes", 1)
    path = tmp_path / "labelled.md"
    path.write_text(sheet, encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "support", "--recall-labels", str(path)])
    assert res.exit_code == 0, res.output
    assert "multinews" in res.output and "0.833" in res.output  # 5 cited / (5 + 1 read yes)
    # the labels as a reader's own table, for the unlabelled sheet's items
    bare = tmp_path / "sheet.md"
    bare.write_text(support.recall_sheet([result], n=3, seed=1), encoding="utf-8")
    item = re.search(r"(?m)^#### R(\d) (C\d) ", bare.read_text()).groups()
    table = tmp_path / "labels.md"
    table.write_text(f"| item | label | reason |\n|---|---|---|\n| R{item[0]} {item[1]} | partly | a date missing |\n")
    res = CliRunner().invoke(app, ["eval", "support", "--recall-labels", str(bare), "--recall-table", str(table)])
    assert res.exit_code == 0, res.output
    assert re.search(r"multinews\s+3\s+5\s+0\s+1\s+0\s+2\s+1\.000\s+0\.833", res.output), res.output
    path.write_text("nothing here", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "support", "--recall-labels", str(path)])
    assert res.exit_code == 2 and "no recall sheet items" in res.output


def test_a_link_over_two_sentences_points_at_both(tmp_path: Path) -> None:
    # (cite33) an article may state a claim over two of its sentences: the brief's `sentences` names both,
    # and the link shows them in the order the brief gives, the floor reading the article as before
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "C1.txt").write_text("Bus crash\nTwo people were hurt when a bus crashed. The crash happened on Friday.\n")
    text = support._cleaned(folder)["C1"]
    refs = [{"article": "C1", "index": i, "start": text.find(s), "end": text.find(s) + len(s)}
            for i, s in ((0, "Two people were hurt when a bus crashed."), (1, "The crash happened on Friday."))]
    brief = {"summary": [{"text": "Two people were hurt when a bus crashed on Friday.", "citations": ["C1"],
                          "sentences": refs}]}
    [link] = support.floor("multinews", "c", brief, folder)
    assert link.passes and link.sentence == refs[0]
    assert link.pointed == "Two people were hurt when a bus crashed. … The crash happened on Friday."
