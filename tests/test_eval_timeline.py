"""`accord eval timeline`: the timelines of the gold clusters' briefs counted, and a protocol-T sheet."""
import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.eval import timeline as tl

# An invented story: two accounts of a storm, no publication date, full dates that give the year.
DOCS = [
    {"title": "Storm floods valley", "text": "A storm flooded three towns in the valley on March 3, 2019, "
     "officials said. Rescue teams evacuated 400 residents on March 4, 2019, the governor said. "
     "The governor will visit the shelters on March 9, her office said."},
    {"title": "Valley flooded", "text": "Three towns were flooded by a storm on March 3, 2019. "
     "About 400 residents were evacuated on March 4, 2019, rescue teams said."},
]


def entry(day: str, text: str, cites: tuple[str, ...] = ("C1",)) -> dict:
    return {"date": day, "text": text, "citations": list(cites),
            "sentences": [{"article": c, "index": 0} for c in cites]}


def test_counts_repeats_far_days_single_articles_and_markup() -> None:
    story = tl.Story("s1", [
        entry("2019-06-02", "Lists his release as Sept. 2, three months after his booking date, June 2."),
        entry("2019-09-02", "Lists his release as Sept. 2, three months after his booking date, June 2."),
        entry("2001-09-11", "The protest recalled the attacks of Sept. 11, 2001.", ("C1", "C2")),
        entry("2019-09-03", 'Police <a href="x">arrested</a> him on Tuesday.', ("C1", "C2")),
        entry("2020-01-10", "The trial was set for Jan. 10.", ("C2",)),
    ], reference="2019-09-04")
    f = tl.figures("set", [story, tl.Story("s2", [])])
    assert (f.stories, f.with_timeline, f.entries, f.per_story) == (2, 1, 5, 2.5)
    assert (f.repeated, f.same_day_twice, f.before, f.after) == (2, 0, 1, 1)
    assert (f.single, f.markup, f.undated, f.span_days) == (3, 1, 0, [(date(2020, 1, 10) - date(2001, 9, 11)).days])
    undated = tl.figures("set", [tl.Story("s3", [entry("2019-09-02", "x on Monday.")], reference=None)])
    assert (undated.undated, undated.before, undated.after) == (1, 0, 0)


def test_sheet_draws_whole_timelines_skips_excluded_and_merges_other_code_unmarked(tmp_path: Path) -> None:
    mine = {"a": [entry("2019-03-03", "Storm hit."), entry("2019-03-04", "Teams evacuated 400.")],
            "b": [entry("2019-05-01", "Vote held.")], "c": [entry("2019-01-01", "Old.")]}
    theirs = {"a": [entry("2019-03-03", "Storm hit."), entry("2019-06-02", "Teams evacuated 400.")]}
    text, key = tl.sheet([("multinews", mine)], tmp_path / "arts", 10, 1, skip={"c"}, other={"multinews": theirs})
    assert "## Story c" not in text and "## Story a (Multi-News)" in text and "## Story b" in text
    whose = sorted((v[0], v[1], v[3]) for v in key.values())
    assert whose == [("a", "2019-03-03", "both"), ("a", "2019-03-04", "this"), ("a", "2019-06-02", "other"),
                     ("b", "2019-05-01", "this")]
    assert "this" not in text.split("\n", 3)[-1].lower().replace("this code", "")  # nothing says whose
    assert "C1 (sentence 0)" in text


def test_excluded_reads_a_key_a_list_or_lines(tmp_path: Path) -> None:
    (tmp_path / "key.json").write_text(json.dumps({"1": ["mn-1", "2019-01-01", "x"], "2": ["e-2", "d", "y"]}))
    (tmp_path / "list.json").write_text(json.dumps(["mn-1"]))
    (tmp_path / "ids.txt").write_text("mn-1\n\ne-2\n")
    assert tl.excluded(tmp_path / "key.json") == tl.excluded(tmp_path / "ids.txt") == {"mn-1", "e-2"}
    assert tl.excluded(tmp_path / "list.json") == {"mn-1"}


def test_cli_briefs_the_cluster_counts_and_writes_a_sheet(tmp_path: Path) -> None:
    (tmp_path / "multinews").mkdir()
    (tmp_path / "disagreements").mkdir()
    (tmp_path / "multinews" / "validation.jsonl").write_text(json.dumps({"id": "c1", "documents": DOCS}) + "\n")
    (tmp_path / "disagreements" / "multinews-val.jsonl").write_text(json.dumps({"id": "c1", "disagreements": []}) + "\n")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["eval", "timeline", "--set", "multinews", "--data", str(tmp_path), "--sheet", "5",
                                   "--seed", "3", "--out", str(out), "--briefs", str(tmp_path / "briefs")])
    assert res.exit_code == 0, res.output
    assert "multinews" in res.output and "one sentence, two days" in res.output
    brief = json.loads((tmp_path / "briefs" / "multinews-accord" / "c1.json").read_text())
    days = [e["date"] for e in brief["timeline"]]
    assert "2019-03-03" in days and "2019-03-04" in days
    sheet = (out / "sheet.md").read_text()
    assert "## Story c1 (Multi-News)" in sheet and "**2019-03-03**" in sheet
    assert (out / "arts" / "c1" / "C1.txt").read_text().startswith("Storm floods valley\n")
    assert len(json.loads((out / "key.json").read_text())) == len(brief["timeline"])
    again = CliRunner().invoke(app, ["eval", "timeline", "--set", "multinews", "--data", str(tmp_path), "--sheet", "5",
                                     "--out", str(tmp_path / "o2"), "--against", str(tmp_path / "briefs")])
    assert again.exit_code == 0, again.output
    assert {v[3] for v in json.loads((tmp_path / "o2" / "key.json").read_text()).values()} == {"both"}


def test_cli_names_an_unknown_set_and_missing_briefs(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "timeline", "--set", "nope"])
    assert res.exit_code == 2 and "unknown set" in res.output
    res = CliRunner().invoke(app, ["eval", "timeline", "--set", "sample", "--data", str(tmp_path / "eval"),
                                   "--against", str(tmp_path)])
    assert res.exit_code == 1 and "no briefs of sample" in res.output and "Traceback" not in res.output


def test_labels_are_counted_per_set_and_code(tmp_path: Path) -> None:
    key = {"1": ["a", "d", "t", "both", "multinews"], "2": ["a", "d", "t", "this", "multinews"],
           "3": ["a", "d", "t", "other", "multinews"], "4": ["e", "d", "t", "this", "ecbplus"]}
    labelled = ("1. right — the day of the vote.\n2. wrong, dup — the week before.\n3. partly — background.\n"
                "4. right dup — the same vote.\n2. right — a second line for 2 is not counted.\n")
    got = tl.tally(labelled, key)
    assert got[("multinews", "this")] == {"right": 1, "partly": 0, "wrong": 1, "dup": 1}
    assert got[("multinews", "other")] == {"right": 1, "partly": 1, "wrong": 0, "dup": 0}
    assert got[("ecbplus", "this")] == {"right": 1, "partly": 0, "wrong": 0, "dup": 1}
    (tmp_path / "key.json").write_text(json.dumps(key))
    (tmp_path / "labels.md").write_text(labelled)
    res = CliRunner().invoke(app, ["eval", "timeline", "--labels", str(tmp_path / "labels.md"), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "--against code" in res.output and "0.50" in res.output
    res = CliRunner().invoke(app, ["eval", "timeline", "--labels", str(tmp_path / "none.md"), "--out", str(tmp_path)])
    assert res.exit_code == 2 and "none.md" in res.output and "Traceback" not in res.output
