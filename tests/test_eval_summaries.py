"""`accord eval summaries` runs every system on a tiny data folder and scores like score.py."""
import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.eval import summaries

DOCS = [
    "Share this\n\nA storm flooded three towns in the northern valley on Monday, officials said. "
    "Rescue teams evacuated about 400 residents overnight as the river rose.",
    "Three valley towns were flooded by a storm on Monday. About 400 people were evacuated.",
]


def _data(tmp_path: Path) -> Path:
    (tmp_path / "multinews").mkdir()
    (tmp_path / "neus").mkdir()
    with (tmp_path / "multinews" / "validation.jsonl").open("w") as fh:
        for i in range(4):
            fh.write(json.dumps({"id": f"mn-{i}", "documents": DOCS, "summary": "– A storm flooded towns."}) + "\n")
    with (tmp_path / "neus" / "val.jsonl").open("w") as fh:
        for i in range(4):
            docs = [{"title": "Storm floods towns.", "text": d} for d in DOCS]
            fh.write(json.dumps({"id": f"n-{i}", "documents": docs,
                                 "summary": {"title": "Storm floods valley.", "text": "Towns flooded."}}) + "\n")
    return tmp_path


def test_eval_summaries_runs_with_limit(tmp_path: Path) -> None:
    data = _data(tmp_path)
    res = CliRunner().invoke(app, ["eval", "summaries", "--set", "multinews", "--limit", "3", "--data", str(data),
                                   "--predictions", str(tmp_path / "pred")])
    assert res.exit_code == 0, res.output
    for system in ("accord", "lead", "lexrank", "textrank"):
        assert system in res.output
        rows = (tmp_path / "pred" / f"multinews-{system}.jsonl").read_text().splitlines()
        assert len(rows) == 3 and all(json.loads(r)["summary"] for r in rows)


def test_protocol_reference_and_cut() -> None:
    assert summaries.reference({"summary": "– Text here."}) == "Text here."
    assert summaries.reference({"summary": {"title": "A title.", "text": "Body."}}) == "A title. Body."
    assert summaries.cut("a b  c\nd", 3) == "a b c"


def test_missing_data_is_one_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "summaries", "--data", str(tmp_path / "none")])
    assert res.exit_code != 0
    assert "not found" in str(res.exception) or "not found" in res.output


def test_lead_matches_the_protocol(tmp_path: Path) -> None:
    rows, budget = summaries.load("neus", _data(tmp_path), limit=1)
    assert budget == 65
    assert summaries.lead(rows[0], 5) == "Storm floods towns. Share this"


def test_analyser_option(tmp_path: Path) -> None:
    """accord runs with the rules analyser by default and `--analyser spacy` switches to spaCy; an
    unknown name is a usage error."""
    from accord.options import DEFAULT

    assert DEFAULT.analyser == "rules"
    data = _data(tmp_path)
    seen: list[str] = []
    real = summaries._accord

    def spy(row, options):  # noqa: ANN001, ANN202
        seen.append(options.analyser)
        return real(row, options)

    summaries._accord = spy
    try:
        res = CliRunner().invoke(app, ["eval", "summaries", "--limit", "2", "--data", str(data),
                                       "--systems", "accord", "--analyser", "spacy"])
    finally:
        summaries._accord = real
    assert res.exit_code == 0, res.output
    assert seen and set(seen) == {"spacy"}  # the warm-up and both stories
    bad = CliRunner().invoke(app, ["eval", "summaries", "--data", str(data), "--analyser", "bogus"])
    assert bad.exit_code == 2 and "spacy, rules" in bad.output
    bad = CliRunner().invoke(app, ["brief", str(tmp_path), "--analyser", "bogus"])
    assert bad.exit_code == 2


def test_centroid_baseline_takes_central_sentences_in_input_order() -> None:
    row = {"documents": [
        "A storm flooded the valley towns on Monday. The local choir sang at a wedding.",
        "Storm waters flooded three valley towns. Residents of the valley towns fled the storm.",
    ]}
    out = summaries.centroid_mmr(row, 12)
    assert "choir" not in out
    assert out.startswith("A storm flooded the valley towns on Monday.")
    assert len(out.split()) <= 12


def test_coherence_check_counts_flagged_sentences(tmp_path: Path) -> None:
    res = summaries.Result("x")
    res.check("s1", ["He said the storm had passed.", "Governor Ann Lee visited the towns."])
    res.check("s2", ["Governor Ann Lee visited the towns.", "She said the water was falling."])
    assert (res.summaries, res.sentences, res.opens_flagged, res.flagged) == (2, 4, 1, 1)
    assert res.open_share == 0.5 and res.flagged_share == 0.25
    assert res.examples == [("s1", "unresolved pronoun", "He said the storm had passed.")]
    assert summaries.within(["a b c", "d e", "f g h"], 4) == ["a b c", "d e"]


def test_words_option_sets_the_budget(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "summaries", "--limit", "2", "--data", str(_data(tmp_path)),
                                   "--systems", "lead,centroid", "--words", "5", "--predictions", str(tmp_path / "p")])
    assert res.exit_code == 0, res.output
    assert "5 words" in res.output and "flagged" in res.output
    for line in (tmp_path / "p" / "multinews-centroid.jsonl").read_text().splitlines():
        assert len(json.loads(line)["summary"].split()) <= 5


def test_accord_is_scored_in_whole_sentences_unless_fill_is_asked(tmp_path: Path, monkeypatch) -> None:
    """(coherence72) The eval scores accord's summary as a user's brief gives it (whole sentences within
    the budget); ``summary_fill`` (``--fill``) gives the eval before coherence72."""
    seen: list[bool] = []
    monkeypatch.setattr(summaries, "warm_up", lambda opts: None)
    monkeypatch.setattr(summaries, "_accord", lambda row, opts: seen.append(opts.summary_fill) or "A storm.")
    data = _data(tmp_path)
    summaries.run("multinews", data, 1, ["accord"], progress=False)
    assert seen == [False]
    res = CliRunner().invoke(app, ["eval", "summaries", "--limit", "1", "--data", str(data), "--systems", "accord",
                                   "--fill"])
    assert res.exit_code == 0, res.output
    assert seen == [False, True]
