"""Ingest readers: every input kind and every bad-input case, with fixtures made here (no network)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest

from accord.errors import IngestError
from accord.ingest import Fetcher, expand, read
from accord.ingest import html as html_reader
from accord.ingest import meta
from accord.ingest.decode import to_text
from accord.model import Article
from accord.options import Options
from conftest import write_warc

BODY = [
    "The city council approved the new harbour budget on Tuesday after a long debate about costs.",
    "Officials said the plan would add two ferry lines and repair the old northern pier by spring.",
    "Residents who spoke at the meeting asked for more frequent buses to the waterfront district.",
    "The mayor said the first contracts would be signed before the end of the month, officials added.",
]


def page(title: str = "Council approves harbour budget", *, site: str = "Harbour Times",
         date: str = "2023-03-14", body: list[str] = BODY) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:site_name' content='{site}'>"
        f"<meta name='author' content='Ann Writer'><meta property='article:published_time' content='{date}'>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article><footer>Copyright notice</footer></body></html>"
    )


def items(results: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    arts = [r for r in results if isinstance(r, Article)]
    errs = [r for r in results if isinstance(r, IngestError)]
    return arts, errs


def mock_fetcher(routes: dict[str, httpx.Response | Exception], **opts: object) -> Fetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        got = routes.get(str(request.url))
        if got is None:
            return httpx.Response(404)
        if isinstance(got, Exception):
            raise got
        return got

    return Fetcher(Options().with_(**opts), transport=httpx.MockTransport(handler))


# -- plain text ------------------------------------------------------------------------------------
def test_text_file_headline_body_dateline_and_stem_id(tmp_path: Path) -> None:
    f = tmp_path / "007_abc.txt"
    f.write_text("\n\nBridge reopens after repairs\nMarch 3, 2023\n" + "\n".join(BODY) + "\n", encoding="utf-8")
    (art,), errs = items(list(read([str(f)])))
    assert not errs
    assert art.id == "007_abc"
    assert art.title == "Bridge reopens after repairs"
    assert art.published == "2023-03-03"
    assert art.source is None  # a plain file's name is its id, never its outlet
    assert art.text == art.raw_text and art.raw_text.startswith("March 3, 2023\n")
    assert art.origin == str(f)


def test_a_headline_cut_from_a_longer_raw_line_is_recorded_as_cut(tmp_path: Path) -> None:
    """A headline a harness or a site cut at a length (inside a word, or at a space) repeats the start of
    the body's first raw line: recorded as cut, and no headline candidate even once the cleaner has
    dropped that line, so no summary cites half a sentence as a whole one."""
    from accord.summarize.features import title_facts

    f = tmp_path / "c1.txt"
    f.write_text("Key points Mayor Lena Ortiz said the harbour plan for Tarlow would under\n"
                 "Key points Mayor Lena Ortiz said the harbour plan for Tarlow would undercut the fishing fleet\n\n"
                 "TARLOW (Reuters) The city council voted on Monday to delay the harbour plan.\n", encoding="utf-8")
    (art,), _ = items(list(read([str(f)])))
    assert art.title_cut
    art.text = "TARLOW (Reuters) The city council voted on Monday to delay the harbour plan."  # the teaser dropped
    assert title_facts([art]) == []
    # cut at a space, and cut at an abbreviation's stop: the line goes on with more words
    assert meta.cut_title("Mayor Lena Ortiz said the harbour plan", "Mayor Lena Ortiz said the harbour plan would wait.")
    assert meta.cut_title("Crowds in Tarlow wait for Sen", "Crowds in Tarlow wait for Sen. Ruiz to speak.")


def test_a_whole_headline_the_body_repeats_is_no_cut(tmp_path: Path) -> None:
    """Near cases: a headline that is a whole short sentence the body also writes — alone on its line,
    followed by another sentence, or inside a later sentence rather than at a line's start — stays a
    headline, as does one whose longer line comes only after the first line."""
    body = "Storm hits the coast. Thousands fled inland on Monday.\nStorm hits the coast\n"
    assert not meta.cut_title("Storm hits the coast.", body)
    assert not meta.cut_title("Storm hits the coast", "Officials said: Storm hits the coast harder than feared.")
    assert not meta.cut_title("Storm hits the coast", "By Jane Doe\nStorm hits the coast of Tarlow hard.")
    assert not meta.cut_title("", body) and not meta.cut_title("Storm hits the coast", "")
    f = tmp_path / "c2.txt"
    f.write_text("Storm hits the coast\nStorm hits the coast. Thousands fled inland on Monday.\n", encoding="utf-8")
    (art,), _ = items(list(read([str(f)])))
    assert not art.title_cut


def test_text_without_dateline_has_no_date(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    long_sentence = "The report, published on January 6, 2022, said " + " ".join(["many"] * 20) + " things."
    f.write_text("Title\n" + long_sentence + "\n" + BODY[0], encoding="utf-8")
    (art,), _ = items(list(read([str(f)])))
    assert art.published is None  # a long sentence mentioning a date is not a dateline


def test_a_short_sentence_with_a_date_near_the_top_is_no_dateline(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Pin-up star dies\nThe actress died on Thursday after a heart attack on Dec. 2.\n"
                 "She was born on April 22, 1923, in Nashville, Tenn.\n" + BODY[0], encoding="utf-8")
    (art,), _ = items(list(read([str(f)])))
    assert art.published is None  # a birth date is not the day the article was published
    from accord.ingest import meta

    assert meta.date_near_top(["Last updated on January 13, 2022 at 10:32 am"]) == "2022-01-13"
    assert meta.date_near_top(["ALMATY, Jan. 13, 2022"]) == "2022-01-13"
    assert meta.date_near_top(["Published on Jan. 13, 2022"], Options().with_(dateline_prose_words=0)) is None


def test_a_dateline_opening_the_lede_beats_a_date_line_further_down(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Judge approves sale of steel mill\n"
                 "PITTSBURGH, May 10, 2018 - A judge approved the sale of the Harmon mill on Tuesday.\n"
                 "The buyer said it would rehire 300 workers.\nKey dates\nMarch 3, 2014\n"
                 "The mill files for bankruptcy.\n", encoding="utf-8")
    (art,), _ = items(list(read([str(f)])))
    assert art.published == "2018-05-10"  # the lede's dateline, not the fact box's first date
    from accord.ingest import meta

    assert meta.date_near_top(["LONDON, 10 May 2018 — Prices rose again in April, official figures showed."]) == "2018-05-10"
    # a sentence opening on a date, or a long opening before a dash, is no dateline
    assert meta.date_near_top(["On January 6, 2022 - the day of the riot - police were outnumbered."]) is None
    assert meta.date_near_top(["The council, which last met on January 6, 2022 and voted to close the pool and "
                               "the library, met again - and reversed itself."]) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("January 13, 2022", "2022-01-13"),
        ("Thursday, Jan. 13, 2022 10:05 GMT", "2022-01-13"),
        ("13 Jan 2022", "2022-01-13"),
        ("Updated 2022-01-13", "2022-01-13"),
        ("Posted 2022/1/13 at noon", "2022-01-13"),
        ("2022-01/13", None),
        ("13th of September 2021", "2021-09-13"),
        ("February 30, 2022", None),
        ("January 13", None),
    ],
)
def test_find_date(line: str, expected: str | None) -> None:
    assert meta.find_date(line) == expected


# -- encodings and bad files ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data, expected",
    [
        ("Caf\u00e9 owners said \u201cyes\u201d \u2014 twice.".encode("cp1252"), "Caf\u00e9 owners said \u201cyes\u201d \u2014 twice."),
        ("S\u00e3o Paulo se\u00f1or d\u00e9j\u00e0 vu na\u00efve fa\u00e7ade".encode("latin-1"), "S\u00e3o Paulo se\u00f1or d\u00e9j\u00e0 vu na\u00efve fa\u00e7ade"),
        ("\ufeffK\u00f6ln news \u2019quoted\u2019".encode("utf-16"), "K\u00f6ln news \u2019quoted\u2019"),
        ("\ufeffplain utf-8 \u00e9".encode("utf-8"), "plain utf-8 \u00e9"),
    ],
)
def test_decode_encodings(data: bytes, expected: str) -> None:
    assert to_text(data, "x") == expected


def test_wrong_encodings_read_as_articles(tmp_path: Path) -> None:
    text = "Headline caf\u00e9\n" + "\n".join(BODY) + "\nHe said \u201cit\u2019s done\u201d."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    arts, errs = items(list(read([str(tmp_path)])))
    assert not errs and len(arts) == 2
    assert all(a.title == "Headline caf\u00e9" and "\u201cit\u2019s done\u201d" in a.text for a in arts)


def test_bad_files_each_one_error_rest_still_read(tmp_path: Path) -> None:
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_blank.txt").write_text("  \n\n ")
    (tmp_path / "3_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "4_title_only.txt").write_text("Just a headline\n")
    (tmp_path / "5_good.txt").write_text("Good one\n" + BODY[0])
    big = tmp_path / "6_big.txt"
    with open(big, "wb") as fh:  # sparse 500 MB file: refused by its size, never read
        fh.truncate(500 * 1024 * 1024)
    results = list(read([str(tmp_path), str(tmp_path / "missing.txt")]))
    arts, errs = items(results)
    assert [a.id for a in arts] == ["5_good"]
    by_item = {Path(e.item).name: e.reason for e in errs}
    assert by_item["1_empty.txt"] == "empty file"
    assert by_item["2_blank.txt"] == "empty file"
    assert "binary" in by_item["3_binary.txt"]
    assert "headline" in by_item["4_title_only.txt"]
    assert "too large" in by_item["6_big.txt"]
    assert "no such file" in by_item["missing.txt"]
    assert len(errs) == 6


def test_expand_folders_sorted_recursive_known_kinds(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "c.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "d.warc.gz").write_bytes(b"")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])]
    assert got == ["a.html", "d.warc.gz", "b/z.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8")
    (err,) = list(read([str(empty)]))
    assert isinstance(err, IngestError) and err.item == str(empty) and "no readable files" in err.reason


# -- HTML ------------------------------------------------------------------------------------------
def test_html_parse_metadata() -> None:
    art = html_reader.parse(page(), "https://www.harbour-times.co.uk/news/1", "item")
    assert art.title == "Council approves harbour budget"
    assert art.source == "Harbour Times"
    assert art.author == "Ann Writer"
    assert art.published == "2023-03-14"
    assert art.url == "https://www.harbour-times.co.uk/news/1"
    assert BODY[1] in art.text and "Home" not in art.text
    assert not art.text.startswith("Council approves")  # the headline is not repeated in the body
    assert art.id == meta.stable_id(art.url, "")


def test_html_source_falls_back_to_registered_domain() -> None:
    html = page().replace("<meta property='og:site_name' content='Harbour Times'>", "")
    art = html_reader.parse(html.encode("utf-8"), "https://news.example.co.uk/a", "item")
    assert art.source in ("example.co.uk", "news.example.co.uk")


def test_html_file_uses_stem_and_declared_charset(tmp_path: Path) -> None:
    html = page(title="Caf\u00e9 reopens").replace("charset='utf-8'", "charset='windows-1252'")
    f = tmp_path / "cafe.html"
    f.write_bytes(html.encode("cp1252"))
    (art,), errs = items(list(read([str(f)])))
    assert not errs and art.id == "cafe" and art.title == "Caf\u00e9 reopens"


def test_truncated_and_empty_html(tmp_path: Path) -> None:
    full = page()
    (tmp_path / "cut.html").write_text(full[: full.index(BODY[2]) + 40])  # cut mid-paragraph
    (tmp_path / "nothing.html").write_text("<html><body><div></div></body></html>")
    arts, errs = items(list(read([str(tmp_path)])))
    assert [a.id for a in arts] == ["cut"] and BODY[1] in arts[0].text
    assert len(errs) == 1 and errs[0].item.endswith("nothing.html") and "no article text" in errs[0].reason


# -- JSONL -----------------------------------------------------------------------------------------
def test_jsonl_lines_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"title": "One", "text": "\n".join(BODY), "url": "https://www.example.org/one",
                    "published": "2023-03-14T10:00:00Z"}),
        "",
        "{not json",
        json.dumps({"title": "Two", "html": page(), "source": "Given Source", "id": "given-id"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "No text"}),
        json.dumps({"text": "An untitled article whose first line names it in the listing.\nSecond line."}),
        json.dumps({"title": "Bad date", "text": "x", "published": "someday"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    arts, errs = items(list(read([str(f)])))
    assert [a.title for a in arts][:2] == ["One", "Two"]
    one, two, untitled = arts
    assert untitled.title.startswith("An untitled article") and untitled.text.startswith("An untitled article")
    assert one.source == "example.org" and one.published == "2023-03-14"
    assert one.id == meta.stable_id("https://www.example.org/one", "") and one.origin == f"{f}:1"
    assert two.id == "given-id" and two.source == "Given Source" and two.published == "2023-03-14"
    assert [e.item for e in errs] == [f"{f}:3", f"{f}:5", f"{f}:6", f"{f}:8"]
    assert "invalid JSON" in errs[0].reason


def test_invalid_json_message_reads_once(tmp_path: Path) -> None:
    """user69: json's "Invalid control character at" came out as "... at at column 54"."""
    f = tmp_path / "batch.jsonl"
    f.write_text('{"title": "Ok", "text": "The council met on Monday."}\n{"title": "Broken", "text": "cut\n',
                 encoding="utf-8")
    arts, errs = items(list(read([str(f)])))
    assert [a.title for a in arts] == ["Ok"] and [e.item for e in errs] == [f"{f}:2"]
    assert " at at " not in errs[0].reason and errs[0].reason.startswith("invalid JSON (") and "column" in errs[0].reason


# -- WARC ------------------------------------------------------------------------------------------
def test_warc_html_responses(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, [
        ("https://www.harbour-times.com/a", "text/html; charset=utf-8", page().encode(), "200 OK"),
        ("https://www.harbour-times.com/logo.png", "image/png", b"\x89PNG\x00", "200 OK"),
        ("https://www.harbour-times.com/gone", "text/html", b"<html>gone</html>", "404 Not Found"),
    ])
    arts, errs = items(list(read([str(f)])))
    assert len(arts) == 1 and arts[0].url == "https://www.harbour-times.com/a"
    assert arts[0].title == "Council approves harbour budget"
    assert len(errs) == 1 and "404" in errs[0].reason and errs[0].reason.startswith("https://www.harbour-times.com/gone:")
    assert errs[0].item.startswith(f"{f}@")  # the archive and the record's byte offset in it


def test_warc_non_html_responses_are_told_and_unlabelled_pages_read(tmp_path: Path) -> None:
    from accord.ingest import Fetcher

    f = tmp_path / "mixed.warc"
    write_warc(f, [
        ("https://www.harbour-times.com/logo.png", "image/png", b"\x89PNG\x00" * 50, "200 OK"),
        ("https://www.harbour-times.com/a", "application/octet-stream", page().encode(), "200 OK"),
        ("https://www.harbour-times.com/r.pdf", "", b"%PDF-1.4\x00\x01", "200 OK"),
    ])
    notes: list[tuple[str, str]] = []
    with Fetcher(on_note=lambda item, message: notes.append((item, message))) as fetcher:
        arts, errs = items(list(read([str(f)], fetcher=fetcher)))
    assert [a.title for a in arts] == ["Council approves harbour budget"] and not errs  # read by its bytes
    assert [m.split(": not read")[0] for _, m in notes] == ["https://www.harbour-times.com/logo.png",
                                                           "https://www.harbour-times.com/r.pdf"]
    assert "(image/png)" in notes[0][1] and all(item.startswith(f"{f}@") for item, _ in notes)


def test_a_file_that_is_not_a_warc_is_named_so(tmp_path: Path) -> None:
    f = tmp_path / "x.warc"
    f.write_bytes(b"\x00\x01PNG junk\r\n\r\n" * 20)
    arts, errs = items(list(read([str(f)])))
    assert not arts and [e.reason for e in errs] == ["not a WARC archive (no WARC record header here)"]


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(bytes(rng.randrange(256) for _ in range(40_000)))  # hundreds of "lines"
    zipped = tmp_path / "z.jsonl"
    zipped.write_bytes(gzip.compress(b'{"title": "T", "text": "x"}\n'))
    damaged = tmp_path / "d.jsonl"  # a real JSONL with a broken line is still read line by line
    damaged.write_bytes(b"\x00\xff\x01\x02\n" + b'{"title": "Ok", "text": "Some words."}\n')
    arts, errs = items(list(read([str(junk), str(zipped), str(damaged)])))
    assert [(e.item, e.reason.split(",")[0]) for e in errs] == [
        (str(junk), "binary data"), (str(zipped), "gzip-compressed data"), (f"{damaged}:1", "binary data")]
    assert [a.title for a in arts] == ["Ok"]


def test_a_small_truncated_jsonl_gz_keeps_its_good_lines(tmp_path: Path) -> None:
    # (mend120) the binary sniff read the head through gzip and lost every line when the file was cut short
    lines = b"".join(b'{"title": "Line %d", "text": "The ferry ran late on line %d."}\n' % (k, k) for k in range(3))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(lines)[:-12])  # the end (checksum, part of the data) lost
    arts, errs = items(list(read([str(cut)])))
    assert [a.title for a in arts] == ["Line 0", "Line 1", "Line 2"][: len(arts)] and len(arts) >= 2
    assert len(errs) == 1 and "cannot read further" in errs[0].reason


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-32-le", "utf-16-be"])
def test_jsonl_with_a_utf16_or_utf32_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    import codecs

    bom = {"utf-32-be": codecs.BOM_UTF32_BE, "utf-32-le": codecs.BOM_UTF32_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    text = '{"title": "Quay reopens", "text": "The quay reopened on Monday."}\n'
    f = tmp_path / "w.jsonl"
    f.write_bytes(bom.get(codec, b"") + text.encode(codec))
    arts, errs = items(list(read([str(f)])))
    assert [a.title for a in arts] == ["Quay reopens"] and not errs


def test_broken_warc_is_one_error(tmp_path: Path) -> None:
    f = tmp_path / "broken.warc.gz"
    f.write_bytes(gzip.compress(b"this is not a warc file at all\r\n\r\n"))
    arts, errs = items(list(read([str(f)])))
    assert not arts and len(errs) == 1 and errs[0].item == str(f)


# -- URLs ------------------------------------------------------------------------------------------
def test_url_fetch_and_failures() -> None:
    base = "https://www.harbour-times.com"
    fetcher = mock_fetcher({
        f"{base}/ok": httpx.Response(200, html=page()),
        f"{base}/moved": httpx.Response(301, headers={"Location": f"{base}/ok"}),
        f"{base}/loop": httpx.Response(302, headers={"Location": f"{base}/loop"}),
        f"{base}/err": httpx.Response(500),
        f"{base}/big": httpx.Response(200, headers={"Content-Length": "999999999"}, content=b"x"),
        f"{base}/stream": httpx.Response(200, content=iter([b"<html>" + b"x" * 4000] * 10)),
        f"{base}/slow": httpx.ReadTimeout("slow"),
        f"{base}/down": httpx.ConnectError("refused"),
        f"{base}/pdf": httpx.Response(200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}),
    }, max_bytes=20_000, max_redirects=3, timeout=2.0)
    names = ("ok", "moved", "loop", "err", "big", "stream", "slow", "down", "missing", "pdf")
    urls = [f"{base}/{p}" for p in names]
    arts, errs = items(list(read(urls, fetcher.options, fetcher=fetcher)))
    assert [a.url for a in arts] == [f"{base}/ok", f"{base}/ok"]
    assert arts[0].source == "Harbour Times" and arts[0].id == arts[1].id
    reasons = {e.item.rsplit("/", 1)[-1]: e.reason for e in errs}
    assert "more than 3 redirects" in reasons["loop"]
    assert "HTTP 500" in reasons["err"]
    assert "too large" in reasons["big"] and "too large" in reasons["stream"]
    assert "timed out" in reasons["slow"]
    assert "cannot fetch" in reasons["down"]
    assert "404" in reasons["missing"]
    assert "application/pdf" in reasons["pdf"]


# -- feeds -----------------------------------------------------------------------------------------
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Feed</title><link>https://www.harbour-times.com/</link>
<item><title>Council approves harbour budget</title><link>https://www.harbour-times.com/a</link>
<pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Dead link story</title><link>https://www.harbour-times.com/dead</link>
<pubDate>Wed, 15 Mar 2023 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The ferry timetable changes next week.&lt;/p&gt;&lt;p&gt;Two new stops are planned.&lt;/p&gt;</description></item>
<item><title>Nothing at all</title><link>https://www.harbour-times.com/empty</link></item>
</channel></rss>"""


def test_feed_url_entries_fetched_with_fallback() -> None:
    fetcher = mock_fetcher({
        "https://www.harbour-times.com/rss": httpx.Response(200, content=RSS.encode(), headers={"Content-Type": "application/rss+xml"}),
        "https://www.harbour-times.com/a": httpx.Response(200, html=page()),
        "https://www.harbour-times.com/dead": httpx.Response(503),
    })
    arts, errs = items(list(read(["https://www.harbour-times.com/rss"], fetcher.options, fetcher=fetcher)))
    assert [a.title for a in arts] == ["Council approves harbour budget", "Dead link story"]
    full, fallback = arts
    assert BODY[2] in full.text and full.published == "2023-03-14" and full.source == "Harbour Times"
    assert fallback.text == "The ferry timetable changes next week.\nTwo new stops are planned."
    assert fallback.published == "2023-03-15" and fallback.source == "Harbour Feed"
    assert len(errs) == 1 and errs[0].item == "https://www.harbour-times.com/rss#3"  # the feed and its entry
    assert errs[0].reason.startswith("https://www.harbour-times.com/empty: feed entry has no text (HTTP 404")


def test_feed_file_without_fetching(tmp_path: Path) -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom News</title><entry><title>Entry one</title><link href="https://example.net/1"/>
    <updated>2023-04-01T00:00:00Z</updated><content type="html">&lt;p&gt;Body of entry one.&lt;/p&gt;</content></entry></feed>"""
    f = tmp_path / "news.atom"
    f.write_text(atom, encoding="utf-8")

    def no_network(request: httpx.Request) -> httpx.Response:
        raise AssertionError("fetched although fetch_feed_links is off")

    opts = Options(fetch_feed_links=False)
    fetcher = Fetcher(opts, transport=httpx.MockTransport(no_network))
    (art,), errs = items(list(read([str(f)], opts, fetcher=fetcher)))
    assert not errs and art.title == "Entry one" and art.text == "Body of entry one."
    # the feed names no site of its own, so its title is not the entry's outlet (mend119): the link's domain is
    assert art.url == "https://example.net/1" and art.published == "2023-04-01" and art.source == "example.net"


def test_xml_file_that_is_not_a_feed(tmp_path: Path) -> None:
    f = tmp_path / "data.xml"
    f.write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>")
    _, errs = items(list(read([str(f)])))
    assert len(errs) == 1 and "not an RSS/Atom feed" in errs[0].reason


def test_jsonl_streamed_line_cap_and_encodings(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    good = json.dumps({"title": "Caf\u00e9", "text": "Short text about a caf\u00e9."}, ensure_ascii=False)
    huge = json.dumps({"title": "Huge", "text": "word " * 5000})
    latin = json.dumps({"title": "Na\u00efve", "text": "Latin-1 encoded line, na\u00efve."}, ensure_ascii=False)
    f.write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n" + huge.encode() + b"\n" + latin.encode("latin-1") + b"\n")
    arts, errs = items(list(read([str(f)], Options(max_bytes=5000))))
    assert [a.title for a in arts] == ["Caf\u00e9", "Na\u00efve"]
    assert [e.item for e in errs] == [f"{f}:2"] and "too large" in errs[0].reason
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes(good.encode("utf-16"))
    (art,), errs = items(list(read([str(u16)])))
    assert not errs and art.title == "Caf\u00e9"


def test_gzipped_files(tmp_path: Path) -> None:
    (tmp_path / "v1.2.html.gz").write_bytes(gzip.compress(page().encode()))
    (tmp_path / "lines.jsonl.gz").write_bytes(gzip.compress(json.dumps({"title": "Zipped", "text": "Body."}).encode()))
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(("Title\n" + BODY[0]).encode())[:-12])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"Title\n" + b"a" * 50_000))
    arts, errs = items(list(read([str(tmp_path)], Options(max_bytes=20_000))))
    assert sorted(a.id for a in arts) == sorted(["v1.2", meta.stable_id(None, "Body.")])
    by_name = {Path(e.item).name: e.reason for e in errs}
    assert set(by_name) == {"cut.txt.gz", "bomb.txt.gz"}
    assert "max_bytes" in by_name["bomb.txt.gz"] and "cannot read" in by_name["cut.txt.gz"]


def test_unexpected_reader_failure_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.html").write_text(page())
    (tmp_path / "b.txt").write_text("Fine\n" + BODY[0])

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(html_reader.trafilatura, "bare_extraction", broken)
    arts, errs = items(list(read([str(tmp_path)])))
    assert [a.id for a in arts] == ["b"]
    assert len(errs) == 1 and errs[0].item.endswith("a.html") and "extractor bug" in errs[0].reason


def test_json_file_object_or_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "Single", "text": "Only one article here."}))
    (tmp_path / "many.json").write_text(json.dumps([{"title": "First", "text": "A."}, {"title": "Bad"}]))
    (tmp_path / "broken.json").write_text("[{")
    arts, errs = items(list(read([str(tmp_path)])))
    assert sorted(a.title for a in arts) == ["First", "Single"]
    assert sorted(Path(e.item).name for e in errs) == ["broken.json", "many.json[1]"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-01-13T10:00:00+01:00", "2022-01-13"),
        ("Thu, 13 Jan 2022 09:00:00 GMT", "2022-01-13"),
        ("13.01.2022", "2022-01-13"),
        ("Jan 13 2022", "2022-01-13"),
        ("someday", None),
        ("", None),
    ],
)
def test_iso(value: str, expected: str | None) -> None:
    assert meta.iso(value) == expected


# -- hostile input: one bad record never costs the others ------------------------------------------
def test_jsonl_bad_lines_never_end_the_file(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    good = [json.dumps({"title": f"Good {n}", "text": BODY[n]}) for n in range(3)]
    lines = [
        good[0],
        '{"text": ' + "[" * 5000 + "]" * 5000 + "}",  # deeper than the JSON parser's recursion limit
        '{"title": "x", "text": "y", "n": ' + "9" * 5000 + "}",  # an integer Python refuses to convert
        good[1],
        json.dumps({"title": "Odd id", "text": BODY[3], "id": {"nested": [1, 2]}}),
        json.dumps({"title": "Bad date", "text": BODY[3], "published": "0000-00-00T00:00:00Z"}),
        good[2],
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = items(list(read([str(f)])))
    assert [a.title for a in arts] == ["Good 0", "Good 1", "Good 2"]
    assert [e.item for e in errs] == [f"{f}:2", f"{f}:3", f"{f}:5", f"{f}:6"]
    assert "nested too deeply" in errs[0].reason and "'id' must be" in errs[2].reason


def test_json_file_nested_too_deeply(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "ok.txt").write_text("Fine\n" + BODY[0])
    arts, errs = items(list(read([str(tmp_path)])))
    assert [a.id for a in arts] == ["ok"] and len(errs) == 1 and "nested too deeply" in errs[0].reason


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_truncated_warc_is_reported(tmp_path: Path, name: str) -> None:
    from conftest import warc_bytes

    records = [(f"https://news.example/{n}", "text/html", page(f"Story {n}", body=BODY).encode(), "200 OK")
               for n in range(3)]
    data = warc_bytes(records, compress=name.endswith(".gz"))
    f = tmp_path / name
    for cut in (len(data) - 60, len(data) // 2):  # inside the last record; inside the middle one
        f.write_bytes(data[:cut])
        arts, errs = items(list(read([str(f)])))
        assert arts and [a.title for a in arts] == [f"Story {n}" for n in range(len(arts))]
        assert len(errs) == 1 and errs[0].item.startswith(f"{f}@") and "truncated" in errs[0].reason


def test_warc_record_error_names_its_offset(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc"
    write_warc(f, [("https://news.example/a", "text/html", b"<html><body></body></html>", "200 OK"),
                   ("https://news.example/b", "text/html", page().encode(), "200 OK")])
    arts, errs = items(list(read([str(f)])))
    assert len(arts) == 1 and errs[0].item == f"{f}@0" and errs[0].reason.startswith("https://news.example/a: ")


# -- hostile input: quiet data problems -------------------------------------------------------------
def test_nul_and_escape_bytes_never_stored(tmp_path: Path) -> None:
    text = "Harbour news\n" + "\n".join(BODY * 40)
    data = text.encode()
    data = data[:9000] + b"\x00\x00" + data[9000:9500] + b"\x1b]52;c;cHduZWQ=\x07\x1b[2J" + data[9500:]
    (tmp_path / "nul.txt").write_bytes(data)
    (tmp_path / "tail.txt").write_bytes(text.encode()[:9000] + bytes(range(32)) * 200)  # a binary tail
    arts, errs = items(list(read([str(tmp_path)])))
    assert [a.id for a in arts] == ["nul"] and "\x00" not in arts[0].text and "\x1b" not in arts[0].text
    assert arts[0].text.replace("]52;c;cHduZWQ=[2J", "") == text.split("\n", 1)[1]  # only the controls went
    assert [(Path(e.item).name, e.reason) for e in errs] == [("tail.txt", "binary data, not text")]


def test_symlinks_out_of_a_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\nroot:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Inside\n" + BODY[0])
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    (folder / "sub" / "alias.txt").symlink_to(folder / "a.txt")  # a link inside the folder is fine
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    arts, errs = items(list(read([str(folder)])))
    assert sorted(a.title for a in arts) == ["Inside", "Inside"]
    assert all("root:x" not in a.text for a in arts)
    reasons = {Path(e.item).name: e.reason for e in errs}
    assert set(reasons) == {"passwd.txt", "elsewhere"}
    assert "symlink to a file outside the folder" in reasons["passwd.txt"] and "not followed" in reasons["passwd.txt"]
    assert "symlink to a folder outside the folder" in reasons["elsewhere"]
    (art,), _ = items(list(read([str(folder / "passwd.txt")])))  # named explicitly: the user asked for it
    assert art.title == "Secret"


@pytest.mark.parametrize("data, expected", [
    ("Le caf\u00e9 est bon ".encode() + b"\xff" + " et calme, dit-il.".encode(), "Le caf\u00e9 est bon \ufffd et calme, dit-il."),
    ("caf\u00e9".encode("latin-1") + b" " + "na\u00efve".encode("latin-1"), "caf\u00e9 na\u00efve"),
    ("caf\u00e9".encode("latin-1"), "caf\u00e9"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u0441\u0440\u0435\u0434\u0443, \u0447\u0442\u043e \u0441\u0438\u0442\u0443\u0430\u0446\u0438\u044f \u0441\u0442\u0430\u0431\u0438\u043b\u044c\u043d\u0430.".encode("cp1251"),
     "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u0441\u0440\u0435\u0434\u0443, \u0447\u0442\u043e \u0441\u0438\u0442\u0443\u0430\u0446\u0438\u044f \u0441\u0442\u0430\u0431\u0438\u043b\u044c\u043d\u0430."),
])
def test_damaged_utf8_and_sparse_accents(data: bytes, expected: str) -> None:
    assert to_text(data, "x") == expected


@pytest.mark.parametrize("extra, expected", [
    ("<p>The law, number 1995 of the series, passed with a large majority of the votes cast.</p>", None),
    ("<p>January 45, 2022 was the day the officials said the harbour would open to ferries.</p>", None),
    ("<p>\u00a9 2021 Harbour Times. All rights reserved by the owners of the newspaper.</p>", None),
    ("<p>Posted January 15, 2022 by the harbour desk of the newspaper staff writers.</p>", "2022-01-15"),
])
def test_dates_are_stated_not_invented(extra: str, expected: str | None) -> None:
    html = ("<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + extra + "</article></body></html>")
    assert html_reader.parse(html, None, "x").published == expected


def test_control_characters_stripped_from_every_field(tmp_path: Path) -> None:
    f = tmp_path / "esc.jsonl"
    f.write_text(json.dumps({"title": "Evil\x1b]52;c;cHduZWQ=\x07 title\x1b[2J", "text": "Body\x00 text\x9b31m here.",
                             "source": "Src\x07", "author": "A\x1bc"}) + "\n")
    (art,), _ = items(list(read([str(f)])))
    assert art.title == "Evil]52;c;cHduZWQ= title[2J" and art.text == "Body text31m here."
    assert art.source == "Src" and art.author == "Ac" and art.raw_text == art.text


def test_invalid_unicode_is_replaced_not_fatal(tmp_path: Path) -> None:
    """Lone surrogates (JSON ``\\ud800`` escapes, undecodable file names) cannot be stored or printed:
    text keeps a U+FFFD in their place; an explicit id that holds one is an error naming the line."""
    f = tmp_path / "sur.jsonl"
    f.write_text('{"title": "Bad \\ud800 title", "text": "Body \\udfff text."}\n'
                 '{"id": "x\\ud800", "title": "T", "text": "Body."}\n'
                 '{"title": "Good", "text": "Fine text."}\n', encoding="utf-8")
    (tmp_path / b"name\xff.txt".decode("utf-8", "surrogateescape")).write_text("Named badly\nBody of it.\n")
    arts, errs = items(list(read([str(tmp_path)])))
    assert sorted(a.title for a in arts) == ["Bad \ufffd title", "Good", "Named badly"]
    assert "name\ufffd" in {a.id for a in arts} and "Body \ufffd text." in {a.text for a in arts}
    assert [e.item for e in errs] == [f"{f}:2"] and "must be valid Unicode" in errs[0].reason


def test_a_hyphenated_word_written_apart_is_not_cut_as_a_slogan() -> None:
    """Some feeds write "Court-Ordered" as "Court - Ordered": the part after the hyphen opens with a
    participle, which no outlet's name or slogan does, so the headline keeps it; a slogan still goes."""
    assert meta.clean_title("Lindsay Lohan Checks Into Court - Ordered Rehab") == "Lindsay Lohan Checks Into Court - Ordered Rehab"
    assert meta.clean_title("Lindsay Lohan checks into rehab - Breaking News") == "Lindsay Lohan checks into rehab"
    assert meta.clean_title("Storm floods three towns in the valley - Ordered Evacuations | CNN", "CNN") \
        == "Storm floods three towns in the valley - Ordered Evacuations"  # the outlet goes, the half word stays


def test_a_dateline_in_figures_is_read_only_when_its_order_is_certain() -> None:
    from accord.ingest import meta

    assert meta.date_near_top(["Last updated 13:26 14/09/2013"]) == "2013-09-14"  # 14 can only be a day
    assert meta.date_near_top(["Posted 12/19/2005 3:36 PM"]) == "2005-12-19"  # 19 can only be a day
    assert meta.date_near_top(["Posted: 08 / 02 / 2013 11: 10 am EDT"]) == "2013-08-02"  # a US zone: month first
    assert meta.date_near_top(["Article posted on 08. 07. 2012"]) == "2012-07-08"  # dots: day first
    assert meta.date_near_top(["First posted 05/05/2010"]) == "2010-05-05"  # either order
    # near cases: no zone and both parts could be the month, or a version-like "1.2.2013": no date
    assert meta.date_near_top(["Updated 4/9/2007 6:04 PM"]) is None
    assert meta.date_near_top(["Version 1.2.2013"]) is None
    assert meta.date_near_top(["Filed 31/02/2013"]) is None  # no such day


def test_a_title_label_ingest_cuts_is_kept_with_the_article() -> None:
    """mend57: "Opinion | …" loses its section label as the stored headline, and the page's whole title is kept as
    a ``Removed`` (``TITLE_LABEL``), which cleaning keeps, so that summarize still knows a column. Near case: an
    outlet cut at the end keeps nothing."""
    from accord.clean import clean
    from accord.model import TITLE_LABEL

    art = html_reader.parse(page("Opinion | The harbour budget is a costly mistake"),
                            "https://www.harbour-times.co.uk/news/1", "item")
    assert art.title == "The harbour budget is a costly mistake"
    assert [(r.line, r.reason) for r in art.removed] == [("Opinion | The harbour budget is a costly mistake", TITLE_LABEL)]
    assert [r.line for r in clean(art).removed if r.reason == TITLE_LABEL] == [
        "Opinion | The harbour budget is a costly mistake"]
    assert meta.title_label("Council approves harbour budget | Harbour Times", "Council approves harbour budget") == []



def test_a_title_label_is_kept_when_the_outlet_is_cut_off_the_end_too() -> None:
    """mend59: ``clean_title`` cuts the outlet off the end as well as the label off the front; the title is found inside
    the raw one and only what comes before it is read for a separator. Near cases: an outlet cut off the end alone, and
    a title that opens the raw one, keep nothing."""
    from accord.model import TITLE_LABEL

    for raw in ("Opinion | The levee is a $40 million mistake - The New York Times",
                "Opinion | The levee is a $40 million mistake | Harbour Times"):
        title = meta.clean_title(raw)
        assert title == "The levee is a $40 million mistake"
        assert [(r.line, r.reason) for r in meta.title_label(raw, title)] == [(raw, TITLE_LABEL)]
    assert meta.title_label("The levee is a $40 million mistake - The New York Times",
                            "The levee is a $40 million mistake") == []
    assert meta.title_label("The levee is a $40 million mistake", "The levee is a $40 million mistake") == []
    assert meta.title_label("Opinion | The levee", "") == []


AGGREGATOR = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Top stories - Newsroll</title><link>https://news.google.com/</link>
<item><title>Dam gives way</title><link>https://news.google.com/rss/articles/A1</link>
<source url="https://www.lakeside-herald.com">Lakeside Herald</source>
<description>The dam gave way on Monday, officials said.</description></item>
<item><title>Valley flooded</title><link>https://news.google.com/rss/articles/B2</link>
<source url="https://www.valley-echo.com">Valley Echo</source>
<description>The valley flooded on Monday, officials said.</description></item>
<item><title>No source given</title><link>https://news.google.com/rss/articles/C3</link>
<description>Rescuers arrived on Tuesday, officials said.</description></item>
</channel></rss>"""


def test_an_aggregator_feeds_items_keep_their_own_outlets(tmp_path: Path) -> None:
    """mend119: each item's own <source> is its outlet; the aggregator feed's title is never every
    item's outlet (that made three outlets one, and two outlets' figures one outlet's update)."""
    f = tmp_path / "top.xml"
    f.write_text(AGGREGATOR, encoding="utf-8")
    opts = Options(fetch_feed_links=False)
    arts, errs = items(list(read([str(f)], opts, fetcher=Fetcher(opts))))
    assert not errs
    assert [a.source for a in arts] == ["Lakeside Herald", "Valley Echo", "google.com"]
    assert [a.outlet for a in arts] == ["lakesideherald", "valleyecho", None]
