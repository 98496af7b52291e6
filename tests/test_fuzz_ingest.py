"""Property-based fuzzing of every reader (hypothesis): random and mutated real inputs.

Properties: no reader raises, whatever the bytes; every result is an Article or an IngestError naming
the item; articles carry no control characters; and in a JSONL file, feed or WARC the good records
around bad ones are all kept, in order, with one error per bad record. ``make test`` runs a few
derandomised examples of each; ``make fuzz`` many random ones (see conftest.examples).
"""
from __future__ import annotations

import gzip
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import IngestError
from accord.ingest import decode, meta, policy, read
from accord.model import Article
from accord.options import Options
from conftest import examples, html_page, warc_bytes

pytestmark = pytest.mark.fuzz

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "kazakhstan-2022"
SENTENCES = [
    "The port authority opened a new ferry terminal on the northern shore on Tuesday.",
    "Officials said about 2,000 passengers a day would use it by the summer of 2024.",
    "\u201cWe waited ten years for this,\u201d said Mayor Ann Lee, who cut the ribbon.",
    "Shops near the pier expect more visitors once the second line starts in June.",
]
OPTS = Options(fetch_feed_links=False, max_bytes=200_000)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Byte strings that have broken readers: NULs, invalid UTF-8, terminal escapes, deep nesting,
# DTD and entity openers, WARC/HTTP line breaks, BOMs.
NASTY = [b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\xff\xfe", b"\x1b]52;c;eA==\x07", b"\x1b[2J", b"\x9b",
         b"[" * 3000, b"{\"a\":" * 50, b"<!DOCTYPE x [<!ENTITY e \"&e;\">]>", b"&e;", b"\r\n\r\n",
         b"WARC/1.0\r\n", b"Content-Length: 999999\r\n", b"0000-00-00T00:00:00Z", b"January 45, 2022",
         b"<script>", b"]]>", b"\n", "\u202e".encode()]


def _seeds() -> list[bytes]:
    """Real inputs to mutate: the sample's articles (when ../shared is beside the repo) and a page."""
    seeds = [html_page("Ferry terminal opens", SENTENCES)]
    if SAMPLE.is_dir():
        seeds += [p.read_bytes()[:6000] for p in sorted(SAMPLE.glob("*.txt"))[:3]]
    else:
        seeds.append(("Ferry terminal opens\n" + "\n".join(SENTENCES)).encode())
    return seeds


def mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    """``seed`` with a few random edits: bytes flipped, nasty or random chunks inserted, ranges cut."""
    chunk = st.sampled_from(NASTY) | st.binary(max_size=24)
    # positions are drawn independently of the seed's length (a WARC's length varies with its date
    # and record ids) and taken modulo it, so hypothesis replays the same edits
    edit = st.tuples(st.sampled_from(["flip", "insert", "delete", "truncate"]), st.integers(0, 1 << 20), chunk)

    def apply(edits: list[tuple[str, int, bytes]]) -> bytes:
        data = bytearray(seed)
        for kind, at, piece in edits:
            at = at % (len(data) + 1)
            if kind == "flip" and at < len(data):
                data[at] ^= 0xFF
            elif kind == "insert":
                data[at:at] = piece
            elif kind == "delete":
                del data[at:at + len(piece) + 1]
            elif kind == "truncate":
                del data[at:]
        return bytes(data)

    return st.lists(edit, max_size=6).map(apply)


def any_input(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.sampled_from(seeds).flatmap(mutations) | st.binary(max_size=3000) | \
        st.lists(st.sampled_from(NASTY), max_size=12).map(b"".join)


def read_bytes(data: bytes, name: str, opts: Options = OPTS) -> list[Article | IngestError]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        results = list(read([str(path)], opts))
        for r in results:
            check_result(r, str(path))
        return results


def check_result(r: object, path: str) -> None:
    assert isinstance(r, (Article, IngestError)), r
    if isinstance(r, IngestError):
        assert r.item.startswith(path) and r.reason
        return
    assert r.text.strip() and r.text == r.raw_text
    for value in (r.title, r.text, r.source or "", r.author or "", r.url or ""):
        assert not CONTROL.search(value.replace("\n", "").replace("\t", "").replace("\r", "")), repr(value)
    assert r.published is None or re.fullmatch(r"\d{4}-\d\d-\d\d", r.published)


# -- single-article files ---------------------------------------------------------------------------
@settings(max_examples=examples(30))
@given(data=any_input(_seeds()), name=st.sampled_from(["a.txt", "a.html", "a", "a.md", "a.xml", "a.json"]))
def test_any_bytes_as_any_single_file(data: bytes, name: str) -> None:
    results = read_bytes(data, name)
    assert len(results) >= 1 and (name == "a.json" or name == "a.xml" or len(results) == 1)


@settings(max_examples=examples(20))
@given(data=any_input(_seeds()), cut=st.integers(0, 4000), name=st.sampled_from(["a.txt.gz", "a.html.gz"]))
def test_gzip_files_whole_or_cut(data: bytes, cut: int, name: str) -> None:
    packed = gzip.compress(data)
    (result,) = read_bytes(packed[: max(cut, len(packed) // 2)] if cut % 2 else packed, name)
    assert isinstance(result, (Article, IngestError))


@settings(max_examples=examples(60))
@given(data=st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_never_raises_anything_but_ingest_error(data: bytes) -> None:
    try:
        text = decode.to_text(data, "x", html=True)
    except IngestError:
        return
    assert not CONTROL.search(text.replace("\n", "").replace("\t", "").replace("\r", ""))


@settings(max_examples=examples(40))  # dateparser, the last resort, takes ~0.1 s a string
@given(text=st.text(max_size=80) | st.sampled_from(["0000-00-00T00:00:00Z", "January 45, 2022", "9999-99-99",
                                                       "Feb 30 2022", "31/31/2022", "1e400", "-1"]))
def test_date_readers_give_real_dates_or_none(text: str) -> None:
    for found in (meta.iso(text), meta.find_date(text), *meta.all_dates(text)):
        assert found is None or re.fullmatch(r"\d{4}-\d\d-\d\d", found)


@settings(max_examples=examples(80))
@given(url=st.text(max_size=60) | st.from_regex(r"https?://[0-9a-fA-Fx.:\[\]]{0,30}(:\d{1,6})?/?", fullmatch=True))
def test_url_checks_never_raise(url: str) -> None:
    assert policy.check_url(url, allow_private=False) is None or isinstance(policy.check_url(url, False), str)
    host = url.split("//", 1)[-1].split("/", 1)[0]
    ip = policy.literal_host(host)
    assert ip is None or isinstance(policy.refusal(ip), (str, type(None)))


# -- multi-record files: the good records around bad ones are all kept -----------------------------
good_records = st.builds(lambda n, k, odd: {"title": f"Good {n}", "text": " ".join(SENTENCES[: k + 1]) + odd},
                         st.integers(0, 10_000), st.integers(0, 3),
                         st.sampled_from(["", " \ud800", " \x00\x1b[2J", " \u202e"]))  # kept, cleaned
bad_lines = st.one_of(
    st.just("[" * 5000 + "]" * 5000),
    st.builds(lambda d: json.dumps({"text": 1, "deep": d}), st.recursive(st.none(), st.lists, max_leaves=30)),
    st.builds(lambda n: '{"text": "x", "n": ' + "9" * n + "}", st.integers(4400, 6000)),
    st.builds(lambda t: "}" + t.replace("\n", " ").replace("\r", " "), st.text(max_size=60)),
    st.builds(json.dumps, st.lists(st.integers(), max_size=3) | st.text(max_size=20) | st.integers()),
    st.builds(lambda t: json.dumps({"title": t, "text": "  "}), st.text(max_size=20)),
    st.builds(lambda t: json.dumps({"title": "T", "text": "x", "published": t}),
              st.sampled_from(["0000-00-00T00:00:00Z", "not a date", "9999-99-99"])),
)


@settings(max_examples=examples(25))
@given(lines=st.lists(st.tuples(st.booleans(), good_records, bad_lines), min_size=1, max_size=12),
       junk=st.lists(st.sampled_from([b"\xff\xfe\x00", b"\x1b[2J", b"\x00"]), max_size=2))
def test_jsonl_good_lines_around_bad_ones_kept(lines: list[tuple[bool, dict, str]], junk: list[bytes]) -> None:
    raw: list[bytes] = []
    want_titles: list[str] = []
    bad_numbers: list[int] = []
    for n, (good, record, bad) in enumerate(lines, start=1):
        if good:
            raw.append(json.dumps(record).encode())
            want_titles.append(record["title"])
        else:
            raw.append(bad.encode("utf-8", "surrogatepass") + b"".join(junk))
            bad_numbers.append(n)
    results = read_bytes(b"\n".join(raw) + b"\n", "batch.jsonl")
    arts = [r for r in results if isinstance(r, Article)]
    errs = [r for r in results if isinstance(r, IngestError)]
    assert [a.title for a in arts] == want_titles
    if not want_titles and len(errs) == 1 and errs[0].item.endswith("/batch.jsonl"):  # (user72) no JSON object line
        assert errs[0].reason.startswith("binary data, not JSONL text")  # and it looks binary: one error
        return
    assert [int(e.item.rsplit(":", 1)[1]) for e in errs] == bad_numbers


@settings(max_examples=examples(20))
@given(entries=st.lists(st.tuples(st.booleans(), st.text(min_size=1, max_size=30), st.sampled_from(
    ["", "0000-00-00T00:00:00Z", "Tue, 14 Mar 2023 09:00:00 GMT", "9999-99-99", "yesterday", "2023-13-45"])),
    min_size=1, max_size=10))
def test_feed_good_entries_around_bad_ones_kept(entries: list[tuple[bool, str, str]]) -> None:
    from xml.sax.saxutils import escape

    xml, want = [], []
    for n, (good, title, when) in enumerate(entries):
        clean_title = " ".join(CONTROL.sub("", title).split()) or "untitled"
        body = escape(" ".join(SENTENCES[: n % 4 + 1])) if good else ""
        xml.append(f"<item><title>{escape(clean_title)}</title><link>https://example.net/{n}</link>"
                   f"<pubDate>{escape(when)}</pubDate><description>{body}</description></item>")
        if good:
            want.append(n + 1)
    data = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Port</title>'
            + "".join(xml) + "</channel></rss>").encode()
    results = read_bytes(data, "feed.xml")
    arts = [r for r in results if isinstance(r, Article)]
    errs = [r for r in results if isinstance(r, IngestError)]
    assert len(arts) == len(want) and len(errs) == len(entries) - len(want)
    assert all("feed entry has no text" in e.reason for e in errs)


@settings(max_examples=examples(15))
@given(data=st.sampled_from([b""]).flatmap(lambda _: mutations(
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>' + b"".join(
        f"<item><title>Entry {n}</title><link>https://example.net/{n}</link><description>{SENTENCES[n % 4]}"
        f"</description></item>".encode() for n in range(4)) + b"</channel></rss>")))
def test_mutated_feeds_never_raise(data: bytes) -> None:
    read_bytes(data, "feed.xml")


warc_records = st.lists(st.tuples(
    st.sampled_from(["good", "image", "404", "empty", "junk"]), st.integers(0, 3)), min_size=1, max_size=6)


def _warc(records: list[tuple[str, int]], compress: bool) -> tuple[bytes, int]:
    rows, good = [], 0
    for n, (kind, k) in enumerate(records):
        uri = f"https://news.example/{n}"
        if kind == "good":
            rows.append((uri, "text/html", html_page(f"Story {n}", SENTENCES[: k + 1] * 2), "200 OK"))
            good += 1
        elif kind == "image":
            rows.append((uri, "image/png", b"\x89PNG\x00\x01", "200 OK"))
        elif kind == "404":
            rows.append((uri, "text/html", b"<html>gone</html>", "404 Not Found"))
        elif kind == "empty":
            rows.append((uri, "text/html", b"<html><body></body></html>", "200 OK"))
        else:
            rows.append((uri, "text/html; charset=utf-8", b"\x00\xff" * 40, "200 OK"))
    return warc_bytes(rows, compress=compress), good


@settings(max_examples=examples(15))
@given(records=warc_records, compress=st.booleans())
def test_warc_good_records_around_bad_ones_kept(records: list[tuple[str, int]], compress: bool) -> None:
    data, good = _warc(records, compress)
    results = read_bytes(data, "crawl.warc.gz" if compress else "crawl.warc")
    arts = [r for r in results if isinstance(r, Article)]
    assert len(arts) == good
    html_bad = sum(kind in ("404", "empty", "junk") for kind, _ in records)
    errs = [r for r in results if isinstance(r, IngestError)]
    assert len(errs) == html_bad + (0 if good or html_bad else 1)  # + "no HTML records" when none


@settings(max_examples=examples(20))
@given(records=warc_records, compress=st.booleans(), edits=st.data())
def test_mutated_warcs_never_raise(records: list[tuple[str, int]], compress: bool, edits: st.DataObject) -> None:
    data, _ = _warc(records, compress)
    read_bytes(edits.draw(mutations(data)), "crawl.warc.gz" if compress else "crawl.warc")
