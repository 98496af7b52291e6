"""``accord.ingest.record``: the one JSON → Article reader behind ingest, ``accord group`` and
``accord batch``: the same checks and messages at every front door, each naming the record."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord import api
from accord.errors import IngestError
from accord.ingest import record
from accord.jobs import story_articles

TEXT = "Troops left Almaty on Thursday, the defence ministry said.\nThe airport reopened."


@pytest.mark.parametrize("bad, message", [
    (["a", "list"], "expected a JSON object, got list"),
    ({"id": True, "text": TEXT}, "'id' must be a string or a number, not bool"),
    ({"id": "x", "text": TEXT, "url": 5}, "'url' must be a string"),
    ({"id": "x", "text": 5}, "'text' must be a string, not int"),
    ({"id": "\ud800", "text": TEXT}, "'id' must be valid Unicode"),
])
def test_one_check_for_every_contract(bad: object, message: str) -> None:
    for derive in (True, False):
        with pytest.raises(IngestError, match=message) as got:
            record.article(bad, "in.jsonl:3", derive=derive)
        assert got.value.item.startswith("in.jsonl:3")


def test_ingest_derives_what_a_record_leaves_out() -> None:
    art = record.article({"text": "ALMATY, Jan 13, 2022\n" + TEXT, "url": "https://www.example.org/a"}, "f:1")
    assert art.id and art.source == "example.org" and art.published == "2022-01-13"
    assert art.title.startswith("ALMATY") and art.origin == "f:1"
    with pytest.raises(IngestError, match="'published' is not a date"):
        record.article({"text": TEXT, "published": "soon"}, "f:2")


def test_group_and_batch_take_the_record_as_given() -> None:
    art = record.article({"id": 7, "text": "ALMATY, Jan 13, 2022\n" + TEXT, "source": " Reuters "}, "line 2", derive=False)
    assert (art.id, art.title, art.published, art.source) == ("7", "", None, "Reuters")  # nothing guessed
    assert record.article({"id": "h", "title": "Headline only"}, "line 3", derive=False).text == ""
    with pytest.raises(IngestError, match=r"^line 4: 'id' must be a non-empty string"):
        record.article({"text": TEXT}, "line 4", derive=False)
    with pytest.raises(IngestError, match=r"^line 5 \(e\): 'text' must be a non-empty string"):
        record.article({"id": "e", "text": " "}, "line 5", derive=False)


def test_the_same_bad_record_reads_the_same_through_every_front_door(tmp_path: Path) -> None:
    bad = {"id": "x", "text": TEXT, "url": 5}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(bad) + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n", encoding="utf-8")
    ingested = api.ingest(src, db=str(tmp_path / "lib.db"), briefs=False)
    assert ingested[0].status == "error" and ingested[0].item.endswith("in.jsonl:1 (x)")
    assert ingested[0].message == "'url' must be a string"
    assert ingested[1].status == "added"
    grouped = api.group(src)
    assert grouped[0] == {"id": "x", "error": "line 1 (x): 'url' must be a string"} and "story" in grouped[1]
    assert api.group([bad])[0] == {"id": "x", "error": "item 1 (x): 'url' must be a string"}
    with pytest.raises(IngestError, match=r"^s/0: 'url' must be a string"):
        story_articles({"id": "s", "documents": [bad]})


@pytest.mark.parametrize("given", ["2022-01-13", "Jan 13, 2022", "13 January 2022", 1642068000, 1642068000123,
                                   "1642068000", "2022-01-13T10:00:00+06:00", "Thu, 13 Jan 2022 10:00:00 GMT"])
def test_every_door_reads_the_same_dates(given: object) -> None:
    for derive in (True, False):
        assert record.article({"id": "a", "text": TEXT, "published": given}, "line 1", derive=derive).published == "2022-01-13"


@pytest.mark.parametrize("given", ["soon", "today", "5 days ago", "1e+300", True, 2022, 0, -5, [2022], {"y": 2022},
                                   float("nan"), 10**40, "x" * 500])
def test_a_published_that_is_no_date_is_refused_by_every_door(given: object) -> None:
    # (user72) group and batch dropped such a date silently (an epoch number too, which is now read);
    # "today" was read as the day of the run: a date no outlet gave
    for derive in (True, False):
        with pytest.raises(IngestError, match=r"^line 1 \(a\): 'published' is not a date: .{1,60} \(give YYYY-MM-DD"):
            record.article({"id": "a", "text": TEXT, "published": given}, "line 1", derive=derive)


# (mend120, review162) digits are a compact date stamp first, a Unix time only at 10 or 13 digits from
# 2001 on; two-digit years and JSON integers YYYYMMDD are read; relative words and day/month swaps refused
@pytest.mark.parametrize("given, day", [
    ("202201131030", "2022-01-13"), ("2022011310", "2022-01-13"), ("20220113103000", "2022-01-13"),
    ("20220113", "2022-01-13"), (20220113, "2022-01-13"), ("Jan 13, 22", "2022-01-13"), ("13 Jan 22", "2022-01-13"),
    ("13/01/2022", "2022-01-13"), ("01/01/2022", "2022-01-01"), (1642068000.5, "2022-01-13")])
def test_compact_stamps_and_short_years_are_read_as_the_dates_they_name(given: object, day: str) -> None:
    for derive in (True, False):
        assert record.article({"id": "a", "text": TEXT, "published": given}, "line 1", derive=derive).published == day


@pytest.mark.parametrize("given", ["123456789", 123456789, 987654321, "20221399", "202201132599", "1 hour ago, 2022",
                                   "in 2 days", "yesterday", "99999999999", "20990101", 4_102_444_800, "978307199"])
def test_ids_bad_stamps_relative_and_future_dates_are_refused(given: object) -> None:
    # a nine-digit id was read as 1973, "202201131030" as milliseconds of 1976, "2022011310" as 2034
    with pytest.raises(IngestError, match=r"'published' is not a date: .* \(give YYYY-MM-DD"):
        record.article({"id": "a", "text": TEXT, "published": given}, "line 1")


def test_a_day_and_month_that_can_swap_are_refused_with_the_reason() -> None:
    # "03/04/2022" is 3 April in London, March 4 in New York: never guessed
    for given in ("03/04/2022", "03/04/22"):
        with pytest.raises(IngestError, match=r"^line 1 \(a\): 'published' is not a date: .* \(day and month can swap"):
            record.article({"id": "a", "text": TEXT, "published": given}, "line 1")


def test_the_epoch_bounds_are_options() -> None:
    from accord.options import Options

    later = Options(published_epoch_from=1_100_000_000)
    assert record.article({"id": "a", "text": TEXT, "published": 1_000_000_000}, "l").published == "2001-09-09"
    with pytest.raises(IngestError):
        record.article({"id": "a", "text": TEXT, "published": 1_000_000_000}, "l", options=later)
