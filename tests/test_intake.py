"""Ingest's last step: one article's failure is its own error, the others are stored."""
from __future__ import annotations

from pathlib import Path

from accord import intake
from accord.errors import IngestError
from accord.model import Article
from accord.options import make
from accord.store import Library


def test_a_bad_item_and_an_empty_page_fail_alone(tmp_path: Path) -> None:
    opts = make(None, db=str(tmp_path / "lib.db"))
    good = Article(id="a1", title="Bridge opens", text="The new bridge over the river opened on Monday after "
                   "three years of work, the city said.", raw_text="")
    good.raw_text = good.text
    empty = Article(id="a2", title="Login", text="Advertisement", raw_text="Advertisement")
    results: list = []
    with Library(opts.db_path) as lib, lib.writing():
        changed = intake.store_all([IngestError("feed.xml#3", "bad date"), empty, good], lib, opts, results)
        stored = [a.id for a in lib.articles()]
    assert [r.status for r in results] == ["error", "error", "added"]
    assert "feed.xml#3" in results[0].item and "no article text left" in results[1].message
    assert stored == ["a1"] and len(changed) == 1
