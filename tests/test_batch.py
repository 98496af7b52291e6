"""`accord batch`: one output line per input line, in order; bad lines become error lines."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord import api
from accord.jobs import story_articles
from accord.cli import app
from accord.errors import AccordError

DOC1 = ("A storm flooded three towns in the northern valley on Monday, officials said.\n\n"
        "Rescue teams evacuated about 400 residents overnight as the river rose.\n\n"
        "Officials expect the river to fall by Wednesday, the regional governor said.")
DOC2 = {"title": "Valley towns flooded after storm", "text": (
    "Three valley towns were flooded by a storm on Monday. About 400 people were evacuated by rescue "
    "teams. Schools in the region will stay closed until Thursday, the education office said."),
    "url": "https://example.org/flood", "source": "Example News"}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("batch")
    src = _write(tmp, [
        json.dumps({"id": "good", "documents": [DOC1, DOC2]}),
        "{not json",
        json.dumps({"id": "empty", "documents": []}),
        json.dumps({"id": "blank", "documents": ["", {"title": "", "text": "  "}]}),
        json.dumps({"id": "odd", "documents": [42]}),
        json.dumps(["a list"]),
        json.dumps({"id": "single", "documents": [DOC1]}),
    ])
    ok, bad = api.batch(src, tmp / "out.jsonl", words=20)
    assert (ok, bad) == (2, 5)
    return [json.loads(x) for x in (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()]


def test_one_line_per_input_in_order(outputs: list[dict]) -> None:
    assert [o.get("id") for o in outputs] == ["good", None, "empty", "blank", "odd", None, "single"]


def test_bad_lines_get_an_error_naming_them(outputs: list[dict]) -> None:
    errors = {o.get("id") or o["error"].split(":")[0]: o["error"] for o in outputs if "error" in o}
    assert "invalid JSON" in errors["line 2"] and "line 2" in errors["line 2"]
    assert "empty" in errors["empty"] and "documents" in errors["empty"]
    assert "blank" in errors["blank"]
    assert "odd/0" in errors["odd"]
    assert "JSON object" in errors["line 6"]


def test_summary_is_cut_to_the_budget_and_cited(outputs: list[dict]) -> None:
    good = outputs[0]
    assert 0 < len(good["summary"].split()) <= 20
    brief = good["brief"]
    ids = {a["id"] for a in brief["articles"]}
    assert ids == {"good/0", "good/1"}
    assert brief["summary"] and all(set(c["citations"]) and set(c["citations"]) <= ids for c in brief["summary"])
    assert next(a for a in brief["articles"] if a["id"] == "good/1")["url"] == "https://example.org/flood"


def test_bare_string_documents_have_no_title() -> None:
    arts = story_articles({"id": "s", "documents": ["First line\n\nSecond line."]})
    assert arts[0].title == "" and arts[0].text.startswith("First line")


def test_missing_input_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="nope.jsonl"):
        api.batch(tmp_path / "nope.jsonl", tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_batch(tmp_path: Path) -> None:
    src = _write(tmp_path, [json.dumps({"id": "s1", "documents": [DOC1, DOC2]}), "oops"])
    res = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "o.jsonl"), "--words", "15"])
    assert res.exit_code == 1, res.output  # a bad line: every good one is written, the exit code says so
    rows = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert rows[0]["id"] == "s1" and len(rows[0]["summary"].split()) <= 15
    assert "error" in rows[1]


@pytest.mark.slow  # starts worker processes that each load the models
def test_workers_give_the_same_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"s{i}", "documents": [DOC1, DOC2]}) for i in range(2)] + ["bad"]
    src = _write(tmp_path, lines)
    api.batch(src, tmp_path / "one.jsonl", words=20)
    api.batch(src, tmp_path / "two.jsonl", words=20, workers=2)
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()


STORY = [
    ("Storm floods three valley towns - Example News",
     "May 2, 2024\nA storm flooded three towns in the northern valley on Thursday, officials said.\n"
     "Rescue teams evacuated about 400 residents overnight as the river rose.\n"
     "Governor Ann Lee said the water would fall by Saturday.\n"
     "She said schools would stay closed until Monday."),
    ("Valley towns under water after storm",
     "Three valley towns were flooded by a storm on Thursday. About 400 people were evacuated by rescue "
     "teams, the regional government said. Roads to the valley remain closed to traffic."),
    ("Hundreds evacuated as river bursts its banks",
     "Hundreds of residents left their homes in the northern valley after a storm on Thursday. "
     "The river burst its banks near the town hall, police said. Lee said she would visit on Friday."),
]


def test_batch_and_brief_give_the_same_title_and_summary(tmp_path: Path) -> None:
    """The same articles as text files (`accord brief FOLDER`) and as a batch line give one title
    and one summary: headlines are cleaned and datelines read the same way on both paths."""
    folder = tmp_path / "story"
    folder.mkdir()
    for i, (title, text) in enumerate(STORY):
        (folder / f"{i}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
    src = _write(tmp_path, [json.dumps({"id": "s", "documents": [{"title": t, "text": x} for t, x in STORY]})])
    api.batch(src, tmp_path / "out.jsonl", words=60)
    batch = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])["brief"]
    brief = api.brief([str(folder)], words=60).to_dict()
    assert batch["title"] == brief["title"] == "Storm floods three valley towns"
    assert [c["text"] for c in batch["summary"]] == [c["text"] for c in brief["summary"]]
    assert batch["summary"]


def test_untitled_articles_get_the_same_title_by_batch_and_brief(tmp_path: Path) -> None:
    """Articles without headlines (bare batch strings; a JSONL file read by `accord brief`, which
    names each article by its first words) get the same title: the summary's lead."""
    docs = [x.split("\n", 1)[1] for _, x in STORY[:1]] + [x for _, x in STORY[1:]]
    src = _write(tmp_path, [json.dumps({"id": "s", "documents": docs})])
    api.batch(src, tmp_path / "out.jsonl", words=60)
    batch = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])["brief"]
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps({"id": f"a{i}", "text": d}) for i, d in enumerate(docs)) + "\n")
    brief = api.brief([str(articles)], words=60).to_dict()
    assert batch["title"] == brief["title"] == batch["summary"][0]["text"]
    assert [c["text"] for c in batch["summary"]] == [c["text"] for c in brief["summary"]]


def test_hostile_lines_are_error_lines(tmp_path: Path) -> None:
    """A story nested 5,000 deep, an invalid UTF-8 byte: error lines naming them, never a traceback."""
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join([
        json.dumps({"id": "a", "documents": [DOC1]}).encode(),
        b'{"id": "deep", "documents": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"id": "byte", "documents": ["caf\xff"]}',
        json.dumps({"id": {"nested": "id"}, "documents": [[[["x"]]]]}).encode(),
        json.dumps({"id": "b", "documents": [DOC1]}).encode(),
    ]) + b"\n")
    result = CliRunner().invoke(app, ["batch", str(src), str(dst), "--words", "20"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, None, None, "b"]  # (no line gave an id it could read)
    assert rows[1]["error"] == "line 2: invalid JSON (nested too deeply)"
    assert rows[2]["error"].startswith("line 3: not UTF-8 (byte 0xff")
    assert "summary" in rows[0] and "summary" in rows[4]


# (mend82) one article whose title rule once read a compound word ("hours-long") by set order
STANDOFF = {"title": "Gunman surrenders after wounding three deputies in hours-long Tucson standoff",
            "text": "A gunman surrendered early Friday after wounding three deputies at a Tucson apartment complex, "
                    "ending a standoff that lasted for hours. The deputies are expected to recover, Sheriff "
                    "Maria Ortiz said."}

_SUMMARISE_UNDER_SEED = """
import json, sys
from pathlib import Path
from accord import api
from accord.jobs import summarize_story
from accord.options import make
a, b, folder = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
opts = make(None)
alone = summarize_story(a, opts)
summarize_story(b, opts)
again = summarize_story(a, opts)
brief = api.brief([folder]).to_dict()
print(json.dumps([alone, again, {"title": brief["title"], "summary": [c["text"] for c in brief["summary"]]}]))
"""


@pytest.mark.slow  # three processes that each load the models
def test_a_story_is_summarised_the_same_alone_after_another_and_under_any_hash_seed(tmp_path: Path) -> None:
    """A story's summary and brief are a function of its input and options: the same alone, after another
    story in the same process (``accord batch``, ``accord eval summaries``), under any PYTHONHASHSEED, and
    through ``accord brief FOLDER``. (mend82: the title above its lede followed the hash seed.)"""
    import os
    import subprocess
    import sys

    folder = tmp_path / "standoff"
    folder.mkdir()
    (folder / "0.txt").write_text(f"{STANDOFF['title']}\n{STANDOFF['text']}\n", encoding="utf-8")
    a = json.dumps({"id": "standoff", "documents": [STANDOFF]})
    b = json.dumps({"id": "flood", "documents": [DOC1, DOC2]})
    runs = []
    for seed in ("0", "1", "2"):  # under the old stem pick, 0 kept the title and 1, 2 dropped it
        env = dict(os.environ, PYTHONHASHSEED=seed, HF_HUB_OFFLINE="1")
        done = subprocess.run([sys.executable, "-c", _SUMMARISE_UNDER_SEED, a, b, str(folder)], env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        alone, again, brief = json.loads(done.stdout)
        assert alone == again  # another story in between changes nothing
        assert brief == {"title": alone["brief"]["title"], "summary": [c["text"] for c in alone["brief"]["summary"]]}
        runs.append(alone)
    assert runs[0] == runs[1] == runs[2]
    assert runs[0]["summary"].startswith(STANDOFF["title"])  # the title tells "hours-long": it stays


def test_every_error_line_names_its_input_line(tmp_path: Path) -> None:
    """user69: a story without documents said "story: ..." or "s3: ...", a line cut short "at line 2 column 1";
    each error now opens "line N" (and the story's id when it has one), as `accord group`'s do."""
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "ok", "documents": [DOC1]}),
        '{"id": "cut", "documents": [',
        json.dumps({"documents": []}),
        json.dumps({"id": "s3"}),
        json.dumps({"id": 7, "documents": [5]}),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(src), str(dst), "--words", "20"])
    assert result.exit_code == 1
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["ok", None, None, "s3", 7]
    assert rows[1]["error"] == "line 2: invalid JSON (Expecting value at column 29)"
    assert rows[2]["error"] == "line 3: 'documents' must be a non-empty list"
    assert rows[3]["error"] == "line 4 (s3): 'documents' must be a non-empty list"
    assert rows[4]["error"] == "line 5 (7): 7/0: a document must be a string or an object with 'text'"


def test_batch_names_each_bad_line_on_stderr_and_writes_to_stdout_with_a_dash(tmp_path: Path) -> None:
    """user69: `batch` said only "1 error → OUT" (group prints each); OUT "-" made a file named "-"."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "ok", "documents": [DOC1]}) + "\n" + json.dumps({"id": "empty"}) + "\n",
                   encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), str(dst), "--words", "20"])
    assert result.exit_code == 1
    assert "error: line 2 (empty): 'documents' must be a non-empty list" in result.stderr
    result = CliRunner().invoke(app, ["batch", str(src), "-", "--words", "20"])
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 1 and [r["id"] for r in rows] == ["ok", "empty"] and "summary" in rows[0]
    assert not (Path.cwd() / "-").exists()


COOKIE = {"title": "Valley Herald", "text": "We use cookies to improve your experience on our site. By continuing to "
          "browse you agree to our use of cookies."}


def test_batch_into_a_pipe_reads_nothing_back_and_reports_rows_as_written(tmp_path: Path) -> None:
    """mend100: with a bad line, batch read OUT back to print its errors; OUT /dev/stdout piped on (or a
    FIFO) then gave it the pipe's own rows, which the reader never got, and it hung. Rows go out once."""
    import os
    import threading

    src = _write(tmp_path, [json.dumps({"id": "ok", "documents": [DOC1]}), json.dumps({"id": "bad"})])
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.extend(fifo.read_text(encoding="utf-8").splitlines()), daemon=True)
    reader.start()
    reported: list[dict] = []
    assert api.batch(src, fifo, words=20, report=reported.append) == (1, 1)
    reader.join(timeout=60)
    assert [json.loads(x)["id"] for x in got] == ["ok", "bad"]
    assert [r["error"] for r in reported] == ["line 2 (bad): 'documents' must be a non-empty list"]


def test_batch_to_stdout_with_a_dash_still_names_each_bad_line_on_stderr(tmp_path: Path) -> None:
    """mend100: with OUT "-" the error lines went to stdout only; `group -` prints them on stderr too."""
    src = _write(tmp_path, [json.dumps({"id": "ok", "documents": [DOC1]}), "{\"id\": \"cut\", \"documents\": ["])
    result = CliRunner().invoke(app, ["batch", str(src), "-", "--words", "20"])
    assert result.exit_code == 1
    assert [json.loads(x).get("id") for x in result.stdout.splitlines()] == ["ok", None]
    assert "error: line 2: invalid JSON" in result.stderr


def test_a_story_whose_id_reads_like_line_n_keeps_it_in_the_message(tmp_path: Path) -> None:
    """mend100: {"id": "line 2"} on line 2 read as no id ("line 2: ..."); the id given is told."""
    src = _write(tmp_path, [json.dumps({"id": "ok", "documents": [DOC1]}), json.dumps({"id": "line 2", "documents": 3}),
                            json.dumps({"documents": 3})])
    api.batch(src, tmp_path / "out.jsonl", words=20)
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert rows[1]["error"] == "line 2 (line 2): 'documents' must be a non-empty list"
    assert rows[2]["error"] == "line 3: 'documents' must be a non-empty list"


def test_batch_and_brief_leave_out_the_same_site_text_and_keep_a_one_line_alert(tmp_path: Path) -> None:
    """mend100: `brief` left out a page cleaning emptied, `batch` kept it (README: one brief). One rule now
    (``briefing.site_text_only``): a cookie notice goes from both, named; a one-line wire alert the cleaner
    empties is news and stays in both, with its date."""
    alert = {"title": "Valley dam spillway opened", "text": "ALERT: Operators open Kessel dam spillway as river nears record",
             "published": "2026-05-04"}
    docs = [DOC2, {"title": "Storm floods valley", "text": DOC1}, alert, COOKIE]
    api.batch(_write(tmp_path, [json.dumps({"id": "flood", "documents": docs})]), tmp_path / "out.jsonl", words=60)
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert row["left_out"] == ["line 1 (flood): document 4: no article text left after cleaning (1 line removed as "
                               "boilerplate, e.g. 'We use cookies to improve your experience on our site. By co')"]
    assert [a["title"] for a in row["brief"]["articles"]] == [DOC2["title"], "Storm floods valley", alert["title"]]
    page = tmp_path / "flood.jsonl"
    page.write_text("".join(json.dumps({**d, "id": f"d{i}"}) + "\n" for i, d in enumerate(docs)), encoding="utf-8")
    seen: list[str] = []
    brief = api.brief([str(page)], words=60, on_error=lambda e: seen.append(str(e))).to_dict()
    assert len(seen) == 1 and "flood.jsonl:4: no article text left after cleaning" in seen[0]
    strip = lambda b: json.dumps({k: v for k, v in b.items() if k != "articles"}).replace("flood/", "d")  # noqa: E731
    assert strip(brief) == strip(row["brief"])
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "-", "--words", "60"])
    assert result.exit_code == 0 and "note: line 1 (flood): document 4: no article text left" in result.stderr


def test_a_story_of_only_site_text_is_an_error_line(tmp_path: Path) -> None:
    """As `accord brief` says "no readable article" when every page is site text."""
    api.batch(_write(tmp_path, [json.dumps({"id": "c", "documents": [COOKIE]})]), tmp_path / "out.jsonl")
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert row["error"].startswith("line 1 (c): no document has article text (document 1: no article text left")


def test_each_document_is_cleaned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (lead) `with_text` cleans every document to decide what is only site text; the brief reuses that
    # cleaning (cleaning twice cost about a tenth of a brief) and is the same brief as a fresh build's
    from accord import briefing, clean, jobs
    from accord.options import DEFAULT

    calls: list[str] = []
    real = clean.clean

    def counting(article, *args, **kwargs):
        calls.append(article.id)
        return real(article, *args, **kwargs)

    story = {"id": "flood", "documents": [DOC1, DOC2]}
    fresh = briefing.build(story_articles(story, DEFAULT), DEFAULT).to_dict()
    monkeypatch.setattr(clean, "clean", counting)
    out = jobs.summarize_story(story, DEFAULT)
    assert len(calls) == 2 and len(set(calls)) == 2
    assert out["brief"] == fresh
