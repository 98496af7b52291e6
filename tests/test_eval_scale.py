"""The size benchmarks' generated inputs and runners (small sizes; the figures live in BENCHMARKS.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from accord.eval import scale
from accord.store import Library


def test_generated_articles_are_seeded_varied_and_carry_site_chrome() -> None:
    a = list(scale.synthetic_articles(60, seed=1))
    assert [x.text for x in a] == [x.text for x in scale.synthetic_articles(60, seed=1)]
    assert len({x.text for x in a}) == 60 and len({x.url for x in a}) == 60
    footers = [x.text.rsplit("\n", 1)[-1] for x in a]
    assert len(set(footers)) < 25 and all(f.endswith(".") for f in footers)  # one per site, recurring
    assert len({x.title for x in a}) < 40  # several articles per event


def test_generated_story_has_the_sentences_asked_for() -> None:
    arts = scale.synthetic_story(500, seed=2, per_article=40)
    assert len(arts) == 13
    from accord.analyse.sentences import split

    n = sum(len(split(a.text)) for a in arts)
    assert 450 <= n <= 550


def test_library_growth_reports_each_mark_and_one_more(tmp_path: Path) -> None:
    res = scale.library_growth(30, tmp_path / "lib.db", chunk=10, marks=(10, 20))
    assert [k for k, *_ in res.checkpoints] == [10, 20, 30]
    assert all(rate > 0 and ms > 0 for _, _, rate, ms, _ in res.checkpoints)
    assert 0 < res.one_more_s and 0 < res.one_more_cpu_s and 0 < res.one_more_brief_s and res.library_mb > 0
    with Library(tmp_path / "lib.db") as lib:  # the runs stored no briefs; the last one stored its story's
        assert len(lib.brief_keys()) == 1


def test_library_sizes_feeds_the_same_new_articles_to_each_kept_library(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    scale.library_growth(30, tmp_path / "lib.db", chunk=10, marks=(10, 20), keep=kept)
    libraries = {int(p.stem.split("-")[1]): p for p in kept.glob("library-*.db")}
    assert sorted(libraries) == [10, 20, 30]  # each mark and the end
    before = {k: p.stat().st_size for k, p in libraries.items()}
    opened: list[str] = []
    init = Library.__init__

    def tracked(self: Library, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        opened.append(Path(self.path).name)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Library, "__init__", tracked)
        sizes = scale.library_sizes(libraries, tmp_path, new=6, batch=3)
    assert sorted(opened) == ["sizes-10.db", "sizes-20.db", "sizes-30.db"]  # each copy opened once, kept open
    assert [c.size for c in sizes] == [10, 20, 30]
    assert all(c.cpu_ms > 0 and c.wall_ms > 0 and c.one_s > 0 and c.one_cpu_s > 0 and c.first_s > 0 for c in sizes)
    assert all(0 < c.bcubed[0] <= 1 and 0 < c.bcubed[1] <= 1 for c in sizes)  # the new articles' stories scored
    assert {k: p.stat().st_size for k, p in libraries.items()} == before  # copies were used
    assert not list(tmp_path.glob("sizes-*"))  # and removed


def test_library_sizes_gives_each_library_its_own_streams_next_articles_or_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """By default every library continues its own stream (its events go on in it); ``same``: the
    articles after the largest library's, identical for every size."""
    import json

    from accord import api

    kept = tmp_path / "kept"
    scale.library_growth(20, tmp_path / "lib.db", chunk=10, marks=(10,), keep=kept)
    libraries = {int(p.stem.split("-")[1]): p for p in kept.glob("library-*.db")}
    fed: dict[str, list[str]] = {}
    real = api.ingest

    def ingest(sources: list[str], library: Library, **kw: object) -> object:
        with open(sources[0], encoding="utf-8") as fh:
            fed.setdefault(Path(library.path).name, []).extend(json.loads(line)["id"] for line in fh)
        return real(sources, library=library, **kw)

    monkeypatch.setattr(api, "ingest", ingest)
    scale.library_sizes(libraries, tmp_path, new=4, batch=3)
    assert fed == {"sizes-10.db": [f"a{k}" for k in range(10, 16)], "sizes-20.db": [f"a{k}" for k in range(20, 26)]}
    fed.clear()
    scale.library_sizes(libraries, tmp_path, new=4, batch=3, same=True)
    assert fed["sizes-10.db"] == fed["sizes-20.db"] == [f"a{k}" for k in range(20, 26)]


def test_library_sizes_new_events_gives_every_library_the_same_articles_of_events_none_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``new_events``: identical new articles for every size, from another seed's stream (their
    events are in no library), dated after the largest library's."""
    import json

    from accord import api

    kept = tmp_path / "kept"
    scale.library_growth(20, tmp_path / "lib.db", chunk=10, marks=(10,), keep=kept)
    libraries = {int(p.stem.split("-")[1]): p for p in kept.glob("library-*.db")}
    fed: dict[str, list[tuple[str, str]]] = {}
    real = api.ingest

    def ingest(sources: list[str], library: Library, **kw: object) -> object:
        with open(sources[0], encoding="utf-8") as fh:
            fed.setdefault(Path(library.path).name, []).extend((r["title"], r["text"]) for r in map(json.loads, fh))
        return real(sources, library=library, **kw)

    monkeypatch.setattr(api, "ingest", ingest)
    scale.library_sizes(libraries, tmp_path, new=4, batch=3, new_events=True)
    assert fed["sizes-10.db"] == fed["sizes-20.db"] and len(fed["sizes-10.db"]) == 6
    stored = {a.title.split(" (")[0] for a in scale.synthetic_articles(26, seed=0)}  # every event of seed 0
    assert not stored & {title for title, _ in fed["sizes-10.db"]}
    names = {w for title, text in fed["sizes-10.db"] for w in re.findall(r"\b[A-Z][a-z]+\b", f"{title} {text}")}
    made = names - _FIXED  # names of people, places, organisations and sites: spelled from _FRESH
    assert made and all(set(w.lower()) & set("cjy") for w in made)
    with pytest.raises(ValueError, match="pick one"):
        scale.library_sizes(libraries, tmp_path, new=4, batch=3, same=True, new_events=True)


# capitalised words every stream shares (fixed vocabulary, not made from syllables)
_FIXED = {"Council", "Ministry", "Group", "Union", "Agency", "Times", "Post", "Herald", "News", "Ledger", "Media",
          "Monday", "Tuesday", "Friday"}


def test_fresh_syllables_spell_no_word_of_the_default_stream() -> None:
    """A stream of ``_FRESH`` syllables shares no name, place or topic word with the default stream,
    however long (each of its syllables holds a letter none of the default's has); with the default
    syllables, another seed's 300 articles already share words with 3,000 of seed 0."""
    def made(arts: object) -> set[str]:
        fixed = {w.lower() for w in _FIXED} | {w for phrase in scale._VERBS + scale._NOUNS + scale._FILLER
                                                for w in phrase.lower().split()}
        fixed |= {"the", "in", "with", "involved", "and", "is", "published", "by", "of", "since"}
        return {w for a in arts for w in re.findall(r"[a-z]+", f"{a.title} {a.text}".lower())} - fixed

    base = made(scale.synthetic_articles(3000, seed=0))
    assert not base & made(scale.synthetic_articles(300, seed=1, syllables=scale._FRESH))
    assert base & made(scale.synthetic_articles(300, seed=1))


def test_brief_cost_runs_in_its_own_process() -> None:
    res = scale.brief_cost(120, per_article=20)
    assert res.error == "" and res.articles == 6 and res.seconds > 0 and res.cpu_s > 0 and res.peak_mb > 50


@pytest.mark.slow
def test_a_story_of_thousands_of_sentences_is_briefed_in_bounded_memory() -> None:
    """5,000 sentences in one story: the n × n path ran out of memory here (a 5,000 × 5,000 float64
    matrix); the capped process has 900 MB of address space in all (imports and models included)."""
    res = scale.brief_cost(5000, per_article=40, limit_mb=900)
    assert res.error == "" and res.facts > 0


def test_eval_library_refuses_two_ways_and_an_empty_keep_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    res = CliRunner().invoke(app, ["eval", "library", "--reuse", "--same", "--new-events", "--keep", str(tmp_path)])
    assert res.exit_code == 2 and "give one" in res.output
    res = CliRunner().invoke(app, ["eval", "library", "--reuse", "--keep", str(tmp_path)])
    assert res.exit_code == 1 and "no kept libraries" in res.output and "unexpected" not in res.output


def test_the_uniform_stream_is_the_one_kept_libraries_were_built_from() -> None:
    """Adding the zipf vocabulary changed no article of the default stream (kept libraries continue it)."""
    import hashlib

    digest = hashlib.md5()
    for a in scale.synthetic_articles(3000, seed=0):
        digest.update((a.title + a.text + a.published).encode())
    assert digest.hexdigest() == "5023bb468e584119f04ab47eae661c20"  # the stream of main before the option
    events = [k for k, _ in scale.synthetic_stream(300, seed=0)]
    assert min(events) == 0 and len(set(events)) >= 40  # ``active`` events from the start


def test_zipf_names_are_reused_as_real_news_reuses_them() -> None:
    """Over a long zipf stream a few places recur in many events and most occur in one; over the uniform
    stream no place is common and a reused place is as rare as any other."""
    from collections import Counter

    def places(vocabulary: str) -> Counter[str]:
        seen: dict[int, str] = {}
        for k, a in scale.synthetic_stream(12_000, seed=0, vocabulary=vocabulary):
            seen[k] = a.title.rsplit(" in ", 1)[1]
        return Counter(seen.values())

    zipf, uniform = places("zipf"), places("uniform")
    events = sum(zipf.values())
    assert zipf.most_common(1)[0][1] > 0.03 * events  # a capital: in more than 3% of the events
    assert sum(1 for c in zipf.values() if c == 1) > 0.5 * len(zipf)  # most places in one event only
    assert uniform.most_common(1)[0][1] <= 3
    pools = scale.ZipfVocabulary.shared().words
    assert sum(map(len, pools.values())) == len(set().union(*pools.values()))  # no word in two pools
    with pytest.raises(ValueError, match="unknown vocabulary"):
        next(scale.synthetic_articles(1, vocabulary="latin"))


def test_new_articles_bcubed_scores_their_stories_against_the_events() -> None:
    import sqlite3

    class Lib:
        db = sqlite3.connect(":memory:")

    Lib.db.execute("CREATE TABLE articles (id TEXT, story TEXT)")
    # old o1 (event 1) and new n1 (event 2) wrongly in s1; n2, n3 (event 3) right in s2
    Lib.db.executemany("INSERT INTO articles VALUES (?, ?)", [("o1", "s1"), ("n1", "s1"), ("n2", "s2"), ("n3", "s2")])
    p, r = scale._new_bcubed(Lib, ["n1", "n2", "n3"], {"o1": 1, "n1": 2, "n2": 3, "n3": 3})
    assert (round(p, 3), round(r, 3)) == (round((0.5 + 1 + 1) / 3, 3), 1.0)
