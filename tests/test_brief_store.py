"""Stored briefs: only a story whose articles changed is rebuilt; its digest says what changed."""
from __future__ import annotations

from pathlib import Path

from accord import api, brief_store
from accord.options import make
from accord.store import Library


def test_refresh_rebuilds_only_stale_stories(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    (tmp_path / "a.txt").write_text("Flood closes valley road\nHeavy rain flooded the valley road on Monday, "
                                    "and 400 residents were moved to safety, officials said.\n")
    api.ingest([str(tmp_path / "a.txt")], db=db, briefs=False)
    opts = make(None, db=db)
    with Library(db) as lib, lib.writing():
        first = brief_store.refresh(lib, opts)
        again = brief_store.refresh(lib, opts)
        row = lib.get_brief(first[0])
    assert len(first) == 1 and again == []
    digest = brief_store.brief_digest({"articles": [{"id": "x"}], "facts": [], "disagreements": [
        {"kind": "number", "about": "people moved", "values": [{"value": "400"}, {"value": "300"}]}]})
    assert digest["disagreements"] == [{"slot": "number: people moved", "values": ["300", "400"]}]
    assert row is not None


def test_a_renamed_slot_with_the_same_values_is_no_new_disagreement() -> None:
    """An upgrade that words slots otherwise must not tell a returning reader every disagreement is new."""
    before = [{"slot": "number: people killed in Israeli", "values": ["37", "over two dozen"]},
              {"slot": "date: day: “were indicted … for”", "values": ["Thursday", "Tuesday"]}]
    now = [{"slot": "number: people killed", "values": ["37", "over two dozen"]},  # renamed, same values
           {"slot": "date: day: “were indicted … for”", "values": ["Thursday", "Tuesday", "Wednesday"]},
           {"slot": "date: day the staffers were indicted", "values": ["Friday", "Tuesday"]},  # new values: new
           {"slot": "number: people killed", "values": ["37", "over two dozen"]}]
    assert brief_store.disagreement_changes(before, now) == [[], ["Wednesday"], None, []]
    # the same values under another kind are another disagreement
    assert brief_store.disagreement_changes(before, [{"slot": "place: x", "values": ["37", "over two dozen"]}]) == [None]
