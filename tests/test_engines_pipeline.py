"""``accord pipeline`` on the local engine: tables, error rows, resuming, loading into a library."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="the pipeline's tables need pyarrow (the ray extra)")
import pyarrow.parquet as pq  # noqa: E402

from accord import api  # noqa: E402
from accord.engines import pipeline  # noqa: E402
from accord.engines.local import LocalEngine  # noqa: E402
from accord.errors import AccordError  # noqa: E402
from accord.options import DEFAULT  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (DATA / "ecbplus" / "dev.jsonl").is_file(), reason="../shared/eval not found")]


def _inputs(tmp: Path, n: int = 40) -> Path:
    """ECB+ dev's first articles as JSONL (with one bad line) and three as a Parquet table."""
    folder = tmp / "in"
    folder.mkdir()
    rows = [json.loads(line) for line in (DATA / "ecbplus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:n]]
    lines = [json.dumps({"id": r["id"], "text": r["text"], "url": r.get("url")}) for r in rows[:-3]]
    lines.insert(5, "{not json")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist([{"id": r["id"], "text": r["text"]} for r in rows[-3:]]), folder / "b.parquet")
    _warc(folder / "c.warc.gz", rows[:2])  # two of the same articles again, as pages of a crawl
    return folder


def _warc(path: Path, rows: list[dict]) -> None:
    """A crawl: an HTML page per row (the text as paragraphs) and one 404 response."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        pages = [(f"https://news.example.org/{r['id']}", "200 OK",
                  "<html><head><title>Report</title></head><body><article>"
                  + "".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n") if p.strip())
                  + "</article></body></html>") for r in rows]
        for uri, status, page in [*pages, ("https://news.example.org/gone", "404 Not Found", "<html>gone</html>")]:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page.encode()),
                                                          http_headers=headers))


def _table(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def _run(folder: Path, out: Path, **kw) -> pipeline.Summary:
    with LocalEngine() as eng:
        return pipeline.run([str(folder)], str(out), eng, DEFAULT.with_(partition_max=15), say=lambda _: None, **kw)


def test_tables_errors_and_ingest(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    out = tmp_path / "out"
    res = _run(folder, out)
    arts = _table(out / "articles")
    assert len(arts) == res.articles == 42  # 37 JSONL lines, 3 Parquet rows, 2 WARC pages
    assert sum(a["origin"].startswith(str(folder / "c.warc.gz")) for a in arts) == 2
    assert all(a["story"] for a in arts) and [a["position"] for a in arts] == sorted(a["position"] for a in arts)
    assert any(a["removed"] for a in arts) or all(a["text"] == a["raw_text"] for a in arts)
    stories = _table(out / "stories")
    assert sorted(i for s in stories for i in s["articles"]) == sorted(a["id"] for a in arts)
    bad_line, gone = _table(out / "errors")
    assert bad_line["stage"] == "read" and bad_line["item"].endswith("a.jsonl:6") and "JSON" in bad_line["error"]
    assert gone["item"].startswith(str(folder / "c.warc.gz") + "@") and "404" in gone["error"]  # by byte offset
    briefs = _table(out / "briefs")
    assert {b["story"] for b in briefs} == {s["id"] for s in stories if s["size"] >= 2}
    brief = json.loads(briefs[0]["brief"])
    assert brief["schema"] >= 2 and brief["summary"] and len(brief["articles"]) == briefs[0]["articles"]
    # the articles table loads into a library (re-cleaned and grouped there like any input)
    added = api.ingest([str(out / "articles")], db=str(tmp_path / "lib.db"))
    assert sum(r.status == "added" for r in added) == 40  # the WARC pages are duplicates there: same text
    assert sum(r.status == "duplicate" for r in added) == 2


def test_a_run_that_dies_resumes_where_it_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _inputs(tmp_path)
    whole = tmp_path / "whole"
    _run(folder, whole)
    calls = {"n": 0}
    real = pipeline.BriefStory

    class Dies(real):  # the process is killed while briefing the third story
        def __call__(self, rows):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt
            return super().__call__(rows)

    out = tmp_path / "out"
    monkeypatch.setattr(pipeline, "BRIEF_CHUNK_MIN", 2)  # several chunks: resume skips those written
    monkeypatch.setattr(pipeline, "BriefStory", Dies)
    with pytest.raises(KeyboardInterrupt):
        _run(folder, out)
    monkeypatch.setattr(pipeline, "BriefStory", real)
    state = json.loads((out / "_state.json").read_text())
    assert "briefs/chunk-00000" in state["done"] and "briefs" not in state["done"]
    res = _run(folder, out)
    assert res.resumed[:3] == ["clean", "group", "tables"]  # done stages are not run again
    assert sorted(_table(out / "briefs"), key=lambda b: b["story"]) == sorted(_table(whole / "briefs"), key=lambda b: b["story"])
    assert _run(folder, out).resumed == ["clean", "group", "tables", "briefs"]
    with pytest.raises(AccordError, match="other inputs or options"):
        _run(folder, out, min_articles=3)
    assert _run(folder, out, min_articles=3, restart=True).resumed == []


def test_inputs_name_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="no file matches"):
        pipeline.inputs([str(tmp_path / "*.warc.gz")])
    with pytest.raises(AccordError, match="no such file"):
        pipeline.inputs([str(tmp_path / "nothing.jsonl")])
