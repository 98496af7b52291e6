"""``accord.api.ingest``: read → clean (with the library's recurring lines) → store, per article."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord import api
from accord.store import Library

TOPICS = [
    ("Harbour budget approved", "The council approved the harbour budget after a long debate on Tuesday.",
     "Two ferry lines will be added and the old northern pier repaired by spring."),
    ("Storm closes schools", "Heavy snow closed schools across the valley for a second day on Friday.",
     "Road crews worked through the night to clear the main routes into town."),
    ("Museum reopens", "The city museum reopened its east wing after three years of restoration work.",
     "Visitors queued for hours to see the restored ceiling paintings in the great hall."),
    ("Rail strike ends", "Train drivers ended their strike after the union accepted a new pay offer.",
     "Services are expected to return to the normal timetable by Monday morning."),
]
CHROME = "The Valley Chronicle is owned by a charitable trust based in the north of the county."


def test_recurring_site_line_removed_once_seen_in_enough_unrelated_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    for i, (title, first, second) in enumerate(TOPICS):
        f = tmp_path / f"{i}_story.txt"
        f.write_text(f"{title}\n{first}\n{CHROME}\n{second}\n", encoding="utf-8")
        (res,) = api.ingest([str(f)], db=db, recurring_min_articles=3)
        assert res.status == "added" and res.article is not None
        recurring_removed = [r for r in res.article.removed if r.line == CHROME]
        if i < 3:  # seen in fewer than 3 earlier unrelated articles: kept
            assert CHROME in res.article.text
        else:
            assert CHROME not in res.article.text and recurring_removed
        assert first in res.article.text and second in res.article.text
    with Library(db) as lib:
        assert len(lib) == 4
        stored = lib.get("3_story")
        assert stored is not None and CHROME not in stored.text and CHROME in stored.raw_text


def test_ingest_results_duplicates_errors_and_progress(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    a = tmp_path / "a.txt"
    a.write_text("Title A\n" + TOPICS[0][1] + "\n")
    b = tmp_path / "b.txt"
    b.write_text("Title B\n" + TOPICS[0][1] + "\n")  # same body as a: a duplicate by text
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    seen: list[tuple[int, int, str, int]] = []
    results = api.ingest([str(a), str(b), str(bad)], db=db, progress=lambda d, t, i, n: seen.append((d, t, i, n)))
    assert [r.status for r in results] == ["added", "duplicate", "error"]
    assert results[1].message == "already in library as a" and results[2].message == "empty file"
    assert [(s[0], s[1], s[3]) for s in seen] == [(0, 3, 1), (1, 3, 1), (1, 3, 2), (2, 3, 2), (2, 3, 3), (3, 3, 3)]
    assert [x.id for x in api.articles(db=db)] == ["a"]
    assert api.article("a", db=db).title == "Title A"


# -- misuse of the API: clear errors before anything runs -----------------------------------------
def _article_file(tmp_path: Path, name: str = "a.txt") -> Path:
    f = tmp_path / name
    f.write_text(f"{TOPICS[0][0]}\n{TOPICS[0][1]}\n{TOPICS[0][2]}\n", encoding="utf-8")
    return f


def test_one_path_string_or_path_object_is_one_source(tmp_path: Path) -> None:
    f = _article_file(tmp_path)
    db = tmp_path / "lib.db"
    (res,) = api.ingest(str(f), db=str(db))  # not iterated character by character
    assert res.status == "added" and res.item == str(f)
    (res,) = api.ingest(f, db=db)  # Path source and Path library
    assert res.status == "duplicate"
    results = api.ingest([f, tmp_path / "missing.txt"], db=db)
    assert [r.status for r in results] == ["duplicate", "error"]


def test_wrong_types_fail_before_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    f = _article_file(tmp_path)
    with pytest.raises(TypeError, match="option timeout must be a number, not str"):
        api.ingest([f], db="lib.db", timeout="5")
    with pytest.raises(TypeError, match="option allow_private must be bool"):
        api.ingest([f], db="lib.db", allow_private="yes")
    with pytest.raises(ValueError, match="option max_bytes must be greater than 0"):
        api.ingest([f], db="lib.db", max_bytes=0)
    with pytest.raises(ValueError, match="unknown option"):
        api.ingest([f], db="lib.db", timeuot=5)
    with pytest.raises(TypeError, match="db must be a library path"):
        api.ingest([f], db=123)
    with pytest.raises(TypeError, match="a source must be a path or URL"):
        api.ingest([f, 42], db="lib.db")
    with pytest.raises(TypeError, match="sources must be"):
        api.ingest(42, db="lib.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no library (and no file "123") made


def test_brief_and_read_articles_take_one_path(tmp_path: Path) -> None:
    f = _article_file(tmp_path)
    assert [a.title for a in api.read_articles(str(f))] == [TOPICS[0][0]]
    assert [a.title for a in api.read_articles(f)] == [TOPICS[0][0]]


def test_empty_cleaned_text_is_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "cookies.txt").write_text(
        "Cookies\nWe use cookies to improve your experience. Accept all cookies\nManage preferences\n")
    (tmp_path / "login.html").write_text(
        "<html><head><title>Login</title></head><body><form><p>Username</p><input><p>Password</p><input>"
        "<p>Forgot your password?</p></form></body></html>")
    results = api.ingest([str(tmp_path)], db=str(tmp_path / "lib.db"))
    assert [r.status for r in results] == ["error", "error"]
    assert all(r.message.startswith("no article text left after cleaning") for r in results)
    with Library(str(tmp_path / "lib.db")) as lib:
        assert len(lib) == 0


def test_brief_refuses_an_article_cleaning_leaves_empty_as_ingest_does(tmp_path: Path) -> None:
    """user69: ``accord brief page.html`` of a page that is only a cookie notice briefed an article with no
    sentence (exit 0, "Summary: None found"); it is now the error ``ingest`` gives, and the rest is briefed."""
    (tmp_path / "consent.html").write_text(
        "<html><head><title>Harbour ferry fire</title></head><body><p>Cookies help us deliver our services. "
        "By using our services, you agree to our use of cookies.</p></body></html>", encoding="utf-8")
    (tmp_path / "ferry.txt").write_text(
        "Ferry evacuated after engine fire\n\nAbout 300 passengers were taken off the ferry Nordic Star on "
        "Wednesday after a fire broke out in its engine room, the coast guard said.\n", encoding="utf-8")
    seen: list[str] = []
    b = api.brief([str(tmp_path / "consent.html"), str(tmp_path / "ferry.txt")], on_error=lambda e: seen.append(str(e)))
    assert [a.id for a in b.articles] == ["ferry"]
    assert len(seen) == 1 and seen[0].startswith(f"{tmp_path / 'consent.html'}: no article text left after cleaning")
    with pytest.raises(api.IngestError, match="no article text left after cleaning"):
        api.brief([str(tmp_path / "consent.html")])
    # an article with text keeps exactly the brief it had: cleaning before build is the cleaning build does
    alone = api.brief([str(tmp_path / "ferry.txt")])
    assert [s.text for s in alone.summary][-1].startswith("About 300 passengers were taken off")


def test_brief_keeps_the_callers_own_article_and_a_one_line_alert(tmp_path: Path) -> None:
    """mend100: ``accord.brief([Article, ...])`` raised for an Article cleaning emptied, and a one-line wire
    alert the cleaner removes as a lone heading was refused with its date. Only site text is left out,
    and without ``on_error`` a caller's own Article is kept, as before."""
    from accord.model import Article

    story = Article(id="ferry", title="Ferry evacuated after engine fire", text=(
        "About 300 passengers were taken off the ferry Nordic Star on Wednesday after a fire broke out in its "
        "engine room, the coast guard said."))
    alert = Article(id="alert", title="Nordic Star fire", published="2026-04-01",
                    text="FLASH: Fire reported aboard ferry Nordic Star off Skarvik, coast guard says")
    cookie = Article(id="cookie", title="Skarvik Post", text=(
        "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies."))
    assert [a.id for a in api.brief([story, alert, cookie]).articles] == ["ferry", "alert", "cookie"]
    seen: list[str] = []
    b = api.brief([story, alert, cookie], on_error=lambda e: seen.append(str(e)))
    assert [a.id for a in b.articles] == ["ferry", "alert"] and seen[0].startswith("cookie: no article text left")


@pytest.mark.parametrize("title, text, left_out", [
    ("Harbour news", "We use cookies to improve your experience on our site. By continuing to browse you agree to our "
     "use of cookies.", True),
    ("Port Mara Times", "Subscribe to continue reading. Already a subscriber? Log in", True),
    ("Page not found", "Sorry, the page you are looking for cannot be found.", True),
    ("Skarvik Post", "Please enable JavaScript to view this page.", True),
    ("Okafor resigns as Harlow Creek mayor", "Harlow Creek Mayor Ellen Okafor resigns amid water crisis", False),
    ("Quake off Chile", "Magnitude 5.8 earthquake strikes off coast of northern Chile, USGS says", False),
    ("Port Selby harbour wall breached", "WATCH: Drone footage shows the breached harbour wall at Port Selby", False),
    ("Nurses strike", "BREAKING: Nurses at St Anne's walk out over pay, union says", False),
    ("Bakery record", "The Main Street bakery sold 5,000 cookies on Saturday, a record for the shop, its owner said.", False),
])
def test_only_a_page_of_site_text_is_left_out(title: str, text: str, left_out: bool) -> None:
    """mend100: ``site_text_only`` is the rule of brief and batch: a page cleaning empties goes only when
    all it removed is the site talking; news the cleaner misjudged (a lone alert, a teaser) stays."""
    from accord.briefing import with_text
    from accord.model import Article

    [(_, why)] = with_text([Article(id="a", title=title, text=text)])
    assert (why is not None) is left_out


def test_stories_show_the_title_of_their_stored_brief(tmp_path: Path) -> None:
    """user71: `accord stories` listed a story under its first article's headline while its brief (and
    `accord serve`'s list) used another: one story, two titles. Once a brief is stored, its title is
    the story's title everywhere."""
    texts = {"0_a.txt": "Lighthouse keeper retires\nResidents of Carrow gathered at the harbour on Tuesday to thank "
                        "the lighthouse keeper. The keeper of the Carrow lighthouse stepped down on Monday after "
                        "forty years, the harbour board said.\n",
             "1_b.txt": "Carrow lighthouse keeper steps down after forty years\nThe keeper of the Carrow "
                        "lighthouse stepped down on Monday after forty years, the harbour board said. A new keeper "
                        "will be named in May.\n",
             "2_c.txt": "Carrow keeper leaves post\nThe keeper of the Carrow lighthouse stepped down on Monday "
                        "after 40 years, the board said.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "lib.db")
    api.ingest([str(tmp_path / n) for n in texts], db=db, briefs=False)
    (before,) = api.stories(db=db)  # no stored brief yet: the library's own title
    brief = api.stored_brief(before.id, db=db)["brief"]
    (after,) = api.stories(db=db)
    assert after.title == brief["title"]
    assert before.title != brief["title"]  # (the two differ here, so the check above tells something)
