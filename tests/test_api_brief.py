"""accord.brief() and `accord brief`: sources, formats, errors per item, library stories."""
import json

import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.errors import AccordError, IngestError
from accord.model import Article

STORY = {
    "a.txt": "Quake hits northern Peru\nA magnitude 6.1 earthquake struck the northern coast of Peru on Monday.\n"
             "At least 12 people were killed, officials said.\nRescue teams searched collapsed houses overnight.\n",
    "b.txt": "Strong earthquake shakes Peru\nAn earthquake of magnitude 6.1 hit Peru's northern coast early on Monday.\n"
             "Around 20 people were killed, the health ministry said.\nPower was cut in several towns.\n",
    "c.txt": "Peru earthquake kills dozens\nOn Monday a 6.1-magnitude quake shook the north coast of Peru.\n"
             "Overnight, rescue teams searched the collapsed houses of the port town.\n",
}


@pytest.fixture()
def folder(tmp_path):
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_api_brief_from_folder_and_from_articles(folder):
    b = accord.brief([str(folder)], words=40)
    assert [a.id for a in b.articles] == ["a", "b", "c"]
    assert b.summary and all(s.citations for s in b.summary)
    assert len(" ".join(s.text for s in b.summary).split()) <= 40
    killed = [d for d in b.disagreements if d.kind == "number" and d.about == "people killed"]
    assert killed and {v.normalized for v in killed[0].values} == {12, 20}
    arts = [Article(id="x", title="T", text="A magnitude 6.1 earthquake struck the coast of Peru on Monday."),
            Article(id="y", title="U", text="An earthquake of magnitude 6.1 hit the coast of Peru on Monday.")]
    b2 = accord.brief(arts)
    assert b2.facts and b2.facts[0].support == ["x", "y"]


def test_api_brief_errors(folder, tmp_path):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(IngestError, match="empty.txt"):
        accord.brief([str(folder)])
    seen = []
    b = accord.brief([str(folder)], on_error=seen.append)
    assert len(seen) == 1 and len(b.articles) == 3
    with pytest.raises(ValueError, match="unknown option"):
        accord.brief([str(folder)], no_such_option=1)
    with pytest.raises(AccordError):
        accord.brief(story="nope", db=str(tmp_path / "missing.db"))


def test_cli_brief_formats_and_exit_codes(folder, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["brief", str(folder), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert {a["id"] for a in data["articles"]} == {"a", "b", "c"}
    out = tmp_path / "b.html"
    res = runner.invoke(app, ["brief", str(folder), "-f", "html", "--out", str(out)])
    assert res.exit_code == 0 and "<html" in out.read_text(encoding="utf-8").lower()
    res = runner.invoke(app, ["brief", str(folder), "-f", "pdf"])
    assert res.exit_code == 2 and "unknown format" in res.output
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(app, ["brief", str(folder)])
    assert res.exit_code == 1
    assert "junk.txt" in res.stderr and "# " in res.stdout  # the brief of the rest is still printed


def test_cli_brief_of_a_library_story(folder, tmp_path):
    db = str(tmp_path / "lib.db")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "ingest", str(folder)]).exit_code == 0
    stories = accord.api.stories(db=db)
    assert len(stories) == 1  # three reports of one earthquake are one story
    sid = stories[0].id
    res = runner.invoke(app, ["--db", db, "brief", "--story", sid, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["articles"]


def test_a_library_article_keeps_its_cleaning():
    from accord.briefing import build
    from accord.model import Removed

    art = Article(id="a", title="T", raw_text="Shared site line seen everywhere.\nThe dam burst on Monday, flooding the valley.",
                  text="The dam burst on Monday, flooding the valley.",
                  removed=[Removed("Shared site line seen everywhere.", "recurs across unrelated articles")])
    other = Article(id="b", title="U", text="The dam burst on Monday and flooded the valley below.")
    from accord.options import DEFAULT

    b = build([art, other], DEFAULT.with_(words=500))  # room for every sentence
    assert b.summary
    assert all("Shared site line" not in s.text for s in b.summary)
    assert all("Shared site line" not in f.text for f in b.facts)


def test_the_same_text_from_two_files_is_kept_as_a_copy_and_one_file_read_twice_once(tmp_path):
    """(lead64) A wire story two outlets ran whole reaches the brief from both files: the second is marked a copy
    of the first and the pair counts as one independent source, never silently dropped. The same file given
    twice is one article."""
    wire = STORY["a.txt"]
    for name in ("wire-outlet-1.txt", "wire-outlet-2.txt"):
        (tmp_path / name).write_text(wire, encoding="utf-8")
    (tmp_path / "other.txt").write_text(STORY["b.txt"], encoding="utf-8")
    b = accord.brief([str(tmp_path / "wire-outlet-1.txt"), str(tmp_path / "wire-outlet-2.txt"),
                      str(tmp_path / "other.txt")], words=40)
    assert len(b.articles) == 3
    copies = {a.id: a.copy_of for a in b.articles}
    assert sorted(v for v in copies.values() if v) == [b.articles[0].id]
    once = accord.brief([str(tmp_path / "other.txt"), str(tmp_path / "other.txt"),
                         f"{tmp_path}/./other.txt"], words=40)
    assert len(once.articles) == 1


def test_api_brief_refuses_a_budget_of_no_words(folder):
    """user71: `--words 0` is an error on the command line, but accord.brief(words=0) (or -5) gave a
    brief with an empty summary and no word of why."""
    for words in (0, -5):
        with pytest.raises(ValueError, match="option words must be greater than 0"):
            accord.brief([str(folder)], words=words)


def test_cli_brief_to_a_path_it_cannot_write_is_one_error_line(folder, tmp_path):
    """user71: `accord brief DIR -o missing/dir/b.html` printed "unexpected FileNotFoundError … (a bug:
    please report it)" after all the work; now one `error:` line naming the file (as batch and group)."""
    for target in (tmp_path / "no" / "such" / "b.html", folder):  # a missing folder; a folder given as FILE
        result = CliRunner().invoke(app, ["brief", str(folder), "-o", str(target)])
        assert result.exit_code == 1
        assert f"{target}: cannot write" in result.output and "a bug" not in result.output
    # mend116: a path under a regular file says so
    result = CliRunner().invoke(app, ["brief", str(folder), "-o", str(folder / "a.txt" / "b.html")])
    assert result.exit_code == 1 and "cannot write (Not a directory)" in result.output
