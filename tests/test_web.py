"""The web UI and JSON API (FastAPI TestClient): every route, bad ids, safety, fixes, changes."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from accord.model import Brief  # noqa: E402
from accord.options import DEFAULT  # noqa: E402
from accord.web import Config, create_app  # noqa: E402
from tests.conftest import HOSTILE, article_html, rss  # noqa: E402

BASE = "http://127.0.0.1:8000"


def client_for(db: Path, **config: Any) -> TestClient:
    options = config.pop("options", DEFAULT).with_(db=str(db))
    return TestClient(create_app(Config(options=options, **config)), base_url=BASE)


def csrf(client: TestClient) -> str:
    """The CSRF cookie a page visit sets (forms send it back in a hidden field)."""
    client.get("/add")
    return client.cookies["accord_csrf"]


@pytest.fixture(scope="module")
def reader(sample_library: Path) -> TestClient:
    """A client for read-only tests on the shared sample library."""
    return client_for(sample_library)


def sample_story(client: TestClient) -> dict[str, Any]:
    stories = client.get("/api/stories").json()["stories"]
    return next(s for s in stories if s["articles"] == 5)


def hostile_story(client: TestClient) -> str:
    return client.get("/api/articles/hostile").json()["article"]["story"]


# -- reading ---------------------------------------------------------------------------------------

def test_stories_json_and_page_show_the_same(reader: TestClient) -> None:
    data = reader.get("/api/stories").json()
    assert data["total"] == 2 and data["page"] == 1 and data["pages"] == 1
    assert {"stories", "total", "page", "per_page", "pages", "next", "prev", "query", "outlets", "ranking"} <= set(data)
    top = sample_story(reader)
    assert top["independent"] >= 3 and top["disagreements"] > 0 and top["first"] == "2022-01-13"
    assert "outlet" in top["why"] and "recency" in top["why"]
    # user71: the sample's files name no outlet; the score's factor said "4 outlets" beside an empty list
    # and (mend116) without "0 outlets and": only the sources that name none
    assert top["outlets"] == [] and top["why"].startswith(f"{top['independent']} sources naming no outlet → ")
    page = reader.get("/stories").text
    for s in data["stories"]:
        assert f'href="/stories/{s["id"]}"' in page
    assert data["ranking"].split(":")[0] in page  # the ranking explained, in the tooltip


def test_stories_are_ranked_and_paginated(reader: TestClient) -> None:
    ranked = reader.get("/api/stories").json()["stories"]
    assert [s["score"] for s in ranked] == sorted((s["score"] for s in ranked), reverse=True)
    first = reader.get("/api/stories", params={"per_page": 1}).json()
    assert first["pages"] == 2 and first["next"] and first["prev"] is None
    second = reader.get("/api/stories", params={"per_page": 1, "page": 2}).json()
    assert second["stories"][0]["id"] != first["stories"][0]["id"] and second["prev"]
    newest = reader.get("/api/stories", params={"sort": "newest"}).json()["stories"]
    assert newest[0]["last"] == "2022-02-01"  # the hostile article's story is the newer one
    assert reader.get("/api/stories", params={"sort": "bogus"}).status_code == 400


def test_full_text_search_filters_and_snippets(reader: TestClient) -> None:
    found = reader.get("/api/stories", params={"q": "Tokayev CSTO"}).json()
    assert [s["articles"] for s in found["stories"]] == [5]
    snippet = found["stories"][0]["match"]["snippet"]
    assert any(p["match"] for p in snippet)
    assert reader.get("/api/stories", params={"q": "zzyzxqq"}).json()["total"] == 0
    # FTS5 syntax in a query is inert, never an error
    for q in ['"unbalanced', "AND OR NOT", "Tokayev*", "a:b", "(", "NEAR("]:
        assert reader.get("/api/stories", params={"q": q}).status_code == 200
    page = reader.get("/stories", params={"q": "Tokayev"}).text
    assert "<mark>Tokayev</mark>" in page or "<mark>tokayev</mark>" in page.lower()


def test_outlet_and_date_filters(reader: TestClient) -> None:
    outlet = HOSTILE["source"]
    data = reader.get("/api/stories").json()
    assert outlet in data["outlets"]
    only = reader.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert [s["id"] for s in only] == [hostile_story(reader)]
    dated = reader.get("/api/stories", params={"from": "2022-01-20"}).json()["stories"]
    assert [s["id"] for s in dated] == [hostile_story(reader)]
    early = reader.get("/api/stories", params={"to": "2022-01-20"}).json()["stories"]
    assert [s["articles"] for s in early] == [5]
    bad = reader.get("/api/stories", params={"from": "last week"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["detail"]


def test_story_json_is_the_stored_brief(reader: TestClient, sample_library: Path) -> None:
    from accord import api

    sid = sample_story(reader)["id"]
    data = reader.get(f"/api/stories/{sid}").json()
    stored = api.stored_brief(sid, db=str(sample_library))
    assert data["brief"] == stored["brief"]
    assert Brief.from_dict(data["brief"]).to_dict() == data["brief"]  # the one serialisation
    assert data["story"]["version"] == stored["version"] and not data["story"]["stale"]
    assert {"grid", "sources", "outlets", "citations", "changes", "others"} <= set(data)


def test_story_page_renders_the_brief(reader: TestClient) -> None:
    sid = sample_story(reader)["id"]
    data = reader.get(f"/api/stories/{sid}").json()
    brief = data["brief"]
    html = reader.get(f"/stories/{sid}").text
    assert html.count('<table class="disagreement') == len(brief["disagreements"])
    troops = next(d for d in brief["disagreements"] if "troop" in d["about"])
    section = html[html.index(troops["about"]):]
    for side in troops["values"]:
        assert side["value"] in section
    assert f'type-{troops["type"]}' in html
    for fact in brief["facts"]:
        assert f'{fact["independent"]} independent source' in html
    if brief["facts"]:  # the grid has a row per fact (its logic: test_grid_marks_who_reports_and_who_leaves_out)
        assert 'class="fact-grid"' in html and html.count("<tr><th scope=\"row\">") >= len(brief["facts"])
    else:
        assert "Who reports what" in html and "None found." in html
    assert "Single-source claims" in html and "Timeline" in html
    from accord.render import SECTIONS  # the brief's sections, named as in Markdown and the HTML page

    assert all(f"<h2>{title}</h2>" in html for title in SECTIONS.values())
    # every citation marker opens its article at a sentence
    # every citation opens its sentence; "also told without this detail" links open the article
    # (no sentence of it states the fact)
    cited = re.sub(r'<span class="related">.*?</span>', "", html, flags=re.S)
    hrefs = re.findall(r'class="ref" href="([^"]+)"', cited)
    bad = [h for h in hrefs if not (h.startswith("/articles/") and "#cited" in h)]
    assert hrefs and not bad, bad


def test_grid_marks_who_reports_and_who_leaves_out() -> None:
    from accord.web.views import grid, sources

    brief = {"articles": [{"id": "a", "source": "A", "title": "t"}, {"id": "b", "source": "B", "title": "t"},
                          {"id": "c", "source": "C", "title": "t", "copy_of": "a"}],
             "facts": [{"text": "f1", "support": ["a", "b"], "related": [], "independent": 2},
                       {"text": "f2", "support": ["a"], "related": ["b"], "independent": 1}]}
    g = grid(brief)
    assert g["outlets"] == ["A", "B", "C"]
    assert [c["state"] for c in g["rows"][0]["cells"]] == ["reports", "reports", "omits"]
    assert [c["state"] for c in g["rows"][1]["cells"]] == ["reports", "related", "silent"]
    grouped = sources(brief)
    assert [e["article"]["id"] for e in grouped] == ["a", "b"]
    assert [c["article"]["id"] for c in grouped[0]["copies"]] == ["c"] and grouped[0]["copies"][0]["number"] == 3


def test_article_page_marks_used_and_cited_sentences(reader: TestClient, sample_library: Path) -> None:
    from accord.store import Library

    with Library(sample_library) as lib:
        art = next(a for a in lib.articles() if a.id.startswith("001_"))
    data = reader.get(f"/api/articles/{art.id}").json()
    assert data["used"] > 0 and data["cited"] is None
    assert "".join(seg["text"] for p in data["paragraphs"] for seg in p) == art.text.replace("\n", "")
    start = art.text.index("Kazakh")
    end = art.text.index(".", start) + 1
    cited = reader.get(f"/api/articles/{art.id}", params={"s": f"{start}-{end}"}).json()
    assert cited["cited"]["text"] == art.text[start:end]
    html = reader.get(f"/articles/{art.id}", params={"s": f"{start}-{end}"}).text
    assert 'id="cited"' in html and 'class="used"' in html
    quoted = reader.get(f"/api/articles/{art.id}", params={"quote": art.text[start:end]}).json()
    assert quoted["cited"]["start"] == start
    headline = reader.get(f"/api/articles/{art.id}", params={"s": "title"}).json()
    assert headline["cited_title"] and headline["cited"] is None and not headline["cited_missing"]
    assert 'h1 id="cited" class="cited"' in reader.get(f"/articles/{art.id}", params={"s": "title"}).text
    assert reader.get(f"/api/articles/{art.id}", params={"s": "5-1"}).status_code == 400
    assert reader.get(f"/api/articles/{art.id}", params={"s": "0-99999999"}).status_code == 400
    assert "Cleaning removed" in html and "<details" in html


def test_bad_ids_are_404_with_a_message(reader: TestClient) -> None:
    for path in ["/stories/s999", "/articles/nope", "/no/such/page"]:
        r = reader.get(path)
        assert r.status_code == 404 and "<h1>Not found</h1>" in r.text
    for path in ["/api/stories/s999", "/api/stories/s999/changes?since=1", "/api/articles/nope"]:
        r = reader.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"] or "s999" in r.json()["detail"]
    assert reader.post("/api/fixes/999/undo", json={}).status_code == 404
    assert reader.delete("/api/feeds", params={"url": "http://nowhere.example/feed"}).status_code == 404
    assert reader.get("/api/stories", params={"page": 0}).status_code == 422
    bad_page = reader.get("/stories", params={"page": "x"})
    assert bad_page.status_code == 422 and "page" in bad_page.text and "<h1>Error 422</h1>" in bad_page.text


def test_other_routes(reader: TestClient) -> None:
    import feedparser

    assert reader.get("/", follow_redirects=False).headers["location"] == "/stories"
    for path in ["/add", "/fixes", "/feeds", "/login", "/brief.css", "/static/app.css", "/feeds/export.txt",
                 "/feeds/export.opml", "/api/fixes", "/api/feeds", "/api/health"]:
        assert reader.get(path).status_code == 200, path
    atom = feedparser.parse(reader.get("/feeds/stories.atom").content)
    assert len(atom.entries) == 2 and all(e.link.startswith(BASE + "/stories/") for e in atom.entries)
    assert any(e.summary for e in atom.entries)
    health = reader.get("/api/health").json()
    assert health["articles"] == 6 and health["stories"] == 2


def test_openapi_and_docs_are_local(reader: TestClient) -> None:
    schema = reader.get("/openapi.json").json()
    for path in ["/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/changes",
                 "/api/articles/{article_id}", "/api/fixes", "/api/feeds", "/api/articles"]:
        assert path in schema["paths"], path
    for page in ["/docs"]:
        html = reader.get(page).text
        assert not re.search(r"(src|href)=\"(https?:)?//", html), page  # nothing from outside
        for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert reader.get(asset).status_code == 200, asset


# -- safety ----------------------------------------------------------------------------------------

def test_untrusted_text_is_escaped_everywhere(reader: TestClient) -> None:
    sid = hostile_story(reader)
    pages = [reader.get("/stories"), reader.get(f"/stories/{sid}"), reader.get("/articles/hostile"),
             reader.get("/stories", params={"q": "Vexley"})]
    for r in pages:
        assert r.status_code == 200
        assert "<script>window" not in r.text and "onerror=" not in r.text.replace("onerror=&#34;", "")
        assert "<img src=x" not in r.text and "javascript:" not in r.text.replace("javascript:window", "")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
    article = reader.get("/articles/hostile").text
    assert "&lt;script&gt;" in article and "Evil &lt;i&gt;Times&lt;/i&gt;" in article
    assert 'href="javascript' not in article


def test_writes_need_a_form_token_and_the_same_site(library_copy: Path) -> None:
    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    form = {"action": "reclean", "article": "hostile"}
    assert client.post("/fixes", data=form).status_code == 403  # no CSRF token
    assert client.post("/fixes", data={**form, "csrf": "forged"}).status_code == 403
    token = csrf(client)
    r = client.post("/fixes", data={**form, "csrf": token}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "cross-site" in r.text
    moved = client.post("/fixes", data={"action": "move", "article": "hostile", "to": sid, "csrf": token},
                        follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"].startswith(f"/stories/{sid}")
    # a page that is not loopback's own name (DNS rebinding) is refused
    assert client.get("/stories", headers={"Host": "evil.example:8000"}).status_code == 400


def test_a_server_beyond_loopback_needs_its_token(library_copy: Path) -> None:
    client = client_for(library_copy, host="0.0.0.0", token="s3cret")
    assert client.get("/stories").status_code == 200  # reading needs no token
    assert "Sign in to add and fix" in client.get("/stories").text
    r = client.post("/api/fixes", json={"action": "reclean", "article": "hostile"})
    assert r.status_code == 401 and "token" in r.json()["detail"]
    bearer = {"Authorization": "Bearer s3cret"}
    assert client.post("/api/fixes", json={"action": "bogus"}, headers=bearer).status_code == 400
    token = csrf(client)
    assert client.post("/login", data={"token": "wrong", "csrf": token}).status_code == 401
    assert client.post("/login", data={"token": "s3cret", "csrf": token}, follow_redirects=False).status_code == 303
    assert "Sign in to add and fix" not in client.get("/stories").text
    sid = sample_story(client)["id"]
    r = client.post("/fixes", data={"action": "move", "article": "hostile", "to": sid, "csrf": token},
                    follow_redirects=False)
    assert r.status_code == 303


# -- fixes, changes, add, feeds --------------------------------------------------------------------

def test_fixes_are_recorded_undone_and_listed(library_copy: Path) -> None:
    client = client_for(library_copy)
    sample = sample_story(client)["id"]
    members = [a["id"] for a in client.get(f"/api/stories/{sample}").json()["brief"]["articles"]]
    split = client.post("/api/fixes", json={"action": "split", "story": sample, "articles": members[:2]})
    assert split.status_code == 200, split.text
    new = split.json()["after"]["moves"][members[0]][1]
    assert len(client.get(f"/api/stories/{new}").json()["brief"]["articles"]) == 2
    assert len(client.get(f"/api/stories/{sample}").json()["brief"]["articles"]) == 3
    listed = {r["id"]: r["articles"] for r in client.get("/api/stories").json()["stories"]}
    assert listed[new] == 2 and listed[sample] == 3  # the cached listing saw the change
    merge = client.post("/api/fixes", json={"action": "merge", "story": new, "into": sample}).json()
    assert client.get(f"/api/stories/{new}").status_code == 404
    assert len(client.get(f"/api/stories/{sample}").json()["brief"]["articles"]) == 5
    # undo in the wrong order is refused with the reason; in order it works
    r = client.post(f"/api/fixes/{split.json()['id']}/undo", json={})
    assert r.status_code == 400 and "undo the later fixes first" in r.json()["detail"]
    assert client.post(f"/api/fixes/{merge['id']}/undo", json={}).status_code == 200
    assert len(client.get(f"/api/stories/{new}").json()["brief"]["articles"]) == 2
    assert client.post(f"/api/fixes/{split.json()['id']}/undo", json={}).status_code == 200
    assert len(client.get(f"/api/stories/{sample}").json()["brief"]["articles"]) == 5
    log = client.get("/api/fixes").json()
    assert [f["action"] for f in log["fixes"]] == ["merge", "split"] and all(f["undone"] for f in log["fixes"])
    page = client.get("/fixes").text
    assert "undone" in page and f'id="fix-{merge["id"]}"' in page
    # invalid fixes name the problem
    assert client.post("/api/fixes", json={"action": "split", "story": sample, "articles": members}).status_code == 400
    assert client.post("/api/fixes", json={"action": "merge", "story": sample, "into": sample}).status_code == 400
    assert client.post("/api/fixes", json={"action": "move", "article": "nope"}).status_code == 404


def test_what_changed_since_the_last_visit(library_copy: Path) -> None:
    from accord import api
    from accord.store import Library

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    first = client.get(f"/stories/{sid}")
    assert "Since your last visit" not in first.text  # a first visit has nothing to compare
    assert "accord_seen" in client.cookies
    assert "Since your last visit" in client.get(f"/stories/{sid}").text  # nothing new: says so
    with Library(library_copy) as lib:
        base = next(a for a in lib.articles(sid) if a.id.startswith("000_"))
    copy = library_copy.parent / "reprint.txt"  # a wire reprint: a new source for the same story
    copy.write_text(base.title + "\n\n" + base.text.replace("Moscow", "the Kremlin") +
                    "\nThis report was updated with new figures.\n", encoding="utf-8")
    assert api.ingest([str(copy)], db=str(library_copy))[0].status == "added"
    html = client.get(f"/stories/{sid}").text
    assert "Since your last visit" in html and "New source" in html and "reprint" in html.lower()
    data = client.get(f"/api/stories/{sid}/changes", params={"since": 1}).json()
    assert data["since"] == 1 and data["version"] == 2
    assert [a["id"] for a in data["new_sources"]] == ["reprint"]
    assert "Since your last visit" in client.get(f"/stories/{sid}").text
    assert "New source" not in client.get(f"/stories/{sid}").text  # seen now


def test_uploads_ingest_through_the_worker_threads_kept_library_handle(library_copy: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The server ingests an upload through its worker thread's open library handle (its page cache
    stays warm for the next request) and leaves it open."""
    from accord import api
    from accord.store import Library

    used: list[Library] = []
    real = api.ingest_files

    def spy(files: Any, **kw: Any) -> Any:
        used.append(kw["library"])
        return real(files, **kw)

    monkeypatch.setattr(api, "ingest_files", spy)
    client = client_for(library_copy)
    token = csrf(client)
    r = client.post("/add/upload", data={"csrf": token}, follow_redirects=False,
                    files={"files": ("note.txt", b"Dorvik note\n\nThe Dorvik harbour reopened on Friday, officials said.\n",
                                     "text/plain")})
    assert r.status_code == 303
    (lib,) = used
    assert isinstance(lib, Library) and Path(lib.path) == library_copy
    assert lib.db.execute("SELECT COUNT(*) FROM articles WHERE origin = 'upload:note.txt'").fetchone()[0] == 1  # still open


def test_add_by_upload_and_by_url(library_copy: Path, site: Any, private_options: Any) -> None:
    client = client_for(library_copy, options=private_options())
    token = csrf(client)
    text = ("Lorvania floods close the northern railway\n\nFloods in northern Lorvania closed the main railway "
            "line on Monday, the national rail operator said, after the Vell river burst its banks.\n"
            "About 1,200 residents of the town of Carst were moved to shelters, officials said.\n")
    r = client.post("/add/upload", data={"csrf": token}, files={"files": ("floods.txt", text.encode(), "text/plain")},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/articles/floods?")
    art = client.get("/api/articles/floods").json()["article"]
    assert art["origin"] == "upload:floods.txt" and art["story"]
    again = client.post("/add/upload", data={"csrf": token}, files={"files": ("floods.txt", text.encode(), "text/plain")})
    assert "already in library" in again.text
    site.pages["/news/quake"] = ("text/html", article_html("Quake shakes Dorvik harbour", [
        "A magnitude 5.9 earthquake shook the harbour city of Dorvik early on Thursday, the national seismology "
        "institute said, damaging several old warehouses along the waterfront.",
        "Harbour officials said two cranes were toppled and that ferry services to the islands were suspended "
        "until engineers had inspected the piers.",
        "No deaths were reported, but the regional hospital said it had treated 14 people for minor injuries."]))
    added = client.post("/api/articles", json={"url": site.url + "/news/quake"})
    assert added.status_code == 200, added.text
    from accord.web import schema

    schema.AddResult.model_validate(added.json())
    result = added.json()["results"][0]
    assert result["status"] == "added" and result["story"]
    assert client.get(f"/api/stories/{result['story']}").status_code == 200
    bad = client.post("/api/articles", json={"url": "ftp://example.com/x"})
    assert bad.status_code == 400 and "http(s)" in bad.json()["detail"]
    missing = client.post("/api/articles", json={"url": site.url + "/gone"}).json()["results"][0]
    assert missing["status"] == "error" and "404" in missing["message"]


def test_feeds_are_added_listed_exported_and_removed(library_copy: Path, site: Any, private_options: Any) -> None:
    client = client_for(library_copy, options=private_options(fetch_feed_links=False))
    feed = site.url + "/feed.xml"
    site.pages["/feed.xml"] = ("application/rss+xml", rss([("g1", "Dorvik ferries resume after quake", site.url + "/a")]))
    r = client.post("/api/feeds", json={"url": feed})
    assert r.status_code == 200, r.text
    from accord.web import schema

    schema.FeedsPage.model_validate(r.json())
    listed = r.json()["feeds"]
    assert [f["url"] for f in listed] == [feed] and listed[0]["status"] == "ok" and listed[0]["added_articles"] == 1
    assert feed in client.get("/feeds").text
    assert client.get("/feeds/export.txt").text == feed + "\n"
    assert f'xmlUrl="{feed}"' in client.get("/feeds/export.opml").text
    token = csrf(client)
    opml = client.get("/feeds/export.opml").content.replace(b"/feed.xml", b"/other.xml")
    r = client.post("/feeds/import", data={"csrf": token}, files={"file": ("feeds.opml", opml, "text/xml")},
                    follow_redirects=False)
    assert r.status_code == 303
    assert len(client.get("/api/feeds").json()["feeds"]) == 2
    r = client.post("/feeds/remove", data={"csrf": token, "url": feed}, follow_redirects=False)
    assert r.status_code == 303
    assert client.delete("/api/feeds", params={"url": site.url + "/other.xml"}).json()["feeds"] == []
    bad = client.post("/feeds/import", data={"csrf": token}, files={"file": ("f.txt", b"not a url\n", "text/plain")})
    assert bad.status_code == 400 and "f.txt:1" in bad.text


def test_docs_web_python_example_runs(library_copy: Path) -> None:
    section = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")  # was README's
    block = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    namespace: dict[str, Any] = {}
    exec(compile(block.replace("out/sample.db", str(library_copy)), "docs/web.md", "exec"), namespace)
    assert namespace["fix"]["action"] == "split" and namespace["stored"]["brief"]["articles"]
    client = client_for(library_copy)
    assert len(client.get(f"/api/stories/{namespace['sid']}").json()["brief"]["articles"]) == \
        len(namespace["stored"]["brief"]["articles"])


def test_a_stale_brief_is_served_and_rebuilt(library_copy: Path) -> None:
    import time

    from accord import api
    from accord.store import Library

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    extra = library_copy.parent / "late.txt"
    with Library(library_copy) as lib:
        base = next(a for a in lib.articles(sid) if a.id.startswith("001_"))
    extra.write_text(base.title + "\n\n" + base.text + "\nA late paragraph.\n", encoding="utf-8")
    assert api.ingest([str(extra)], db=str(library_copy), briefs=False)[0].status == "added"
    data = client.get(f"/api/stories/{sid}").json()
    assert data["story"]["stale"] and "late" not in [a["id"] for a in data["brief"]["articles"]]
    assert "being made" in client.get(f"/stories/{sid}").text
    for _ in range(100):  # the server rebuilds it in the background
        data = client.get(f"/api/stories/{sid}").json()
        if not data["story"]["stale"]:
            break
        time.sleep(0.2)
    assert not data["story"]["stale"] and "late" in [a["id"] for a in data["brief"]["articles"]]


def test_the_write_token_of_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.cli.web import write_token

    monkeypatch.delenv("ACCORD_TOKEN", raising=False)
    assert write_token("127.0.0.1", None) == (None, False)
    assert write_token("::1", None) == (None, False)
    token, generated = write_token("0.0.0.0", None)
    assert generated and len(token or "") >= 20
    assert write_token("0.0.0.0", "mine") == ("mine", False)
    monkeypatch.setenv("ACCORD_TOKEN", "from-env")
    assert write_token("192.168.1.5", None) == ("from-env", False)
    assert write_token("localhost", None) == ("from-env", False)  # given on loopback: required too


def test_form_routes_for_url_feed_and_undo(library_copy: Path, site: Any, private_options: Any) -> None:
    client = client_for(library_copy, options=private_options(fetch_feed_links=False))
    token = csrf(client)
    site.pages["/story"] = ("text/html", article_html("Dorvik ferries resume after inspection", [
        "Ferry services between Dorvik and the islands resumed on Saturday after engineers inspected the piers "
        "damaged by Thursday's earthquake, the harbour authority said.",
        "The authority said two of the four piers would stay closed for repairs until the end of the month."]))
    r = client.post("/add/url", data={"csrf": token, "url": site.url + "/story"}, follow_redirects=False)
    assert r.status_code == 303 and "/articles/" in r.headers["location"]
    assert "added" in client.get(r.headers["location"]).text
    missing = client.post("/add/url", data={"csrf": token, "url": site.url + "/nothing"})
    assert missing.status_code == 200 and "HTTP 404" in missing.text  # the results table names the failure
    assert client.post("/add/url", data={"csrf": token, "url": ""}).status_code == 400
    uploaded = client.post("/api/articles/upload", files={"files": ("note.txt", b"Dorvik note\n\nThe Dorvik harbour "
                                                                    b"authority reopened pier three on Monday.\n",
                                                                    "text/plain")}, data={"csrf": token})
    assert uploaded.status_code == 200 and uploaded.json()["results"][0]["status"] == "added"
    site.pages["/feed.xml"] = ("application/rss+xml", rss([("x1", "Dorvik harbour reopens", site.url + "/x")]))
    r = client.post("/feeds/add", data={"csrf": token, "url": site.url + "/feed.xml"}, follow_redirects=False)
    assert r.status_code == 303 and "feed added" in client.get(r.headers["location"]).text
    sid = sample_story(client)["id"]
    fix = client.post("/api/fixes", json={"action": "move", "article": "hostile", "to": sid}).json()
    r = client.post(f"/fixes/{fix['id']}/undo", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 303 and f"fix {fix['id']} undone" in client.get(r.headers["location"]).text
    again = client.post(f"/fixes/{fix['id']}/undo", data={"csrf": token})
    assert again.status_code == 400 and "already undone" in again.text
    assert client.post("/fixes/999/undo", data={"csrf": token}).status_code == 404


def test_oversized_uploads_are_refused_before_reading(library_copy: Path) -> None:
    client = client_for(library_copy, options=DEFAULT.with_(max_bytes=1000))
    token = csrf(client)
    big = b"x" * 6000
    r = client.post("/add/upload", data={"csrf": token}, files={"files": ("big.txt", big, "text/plain")})
    assert r.status_code == 413 and "too large" in r.text
    r = client.post("/add/upload", data={"csrf": token}, files={"files": ("mid.txt", b"Title\n\n" + b"y " * 800, "text/plain")})
    assert r.status_code == 400 and "file too large" in r.text


def test_the_watcher_and_the_server_write_together(library_copy: Path, site: Any, private_options: Any) -> None:
    """A watcher thread ingests a growing feed while web requests add and fix: nothing is lost or mixed."""
    import threading

    from accord.store import Library
    from accord.watch import Watcher

    options = private_options(db=str(library_copy), fetch_feed_links=False)
    news = ["the Vell river rose past the old stone bridge at Carst overnight",
            "volunteers filled sandbags outside the Carst fire station until dawn",
            "the regional council closed two schools in the lower town",
            "a freight train was halted north of Carst after water covered the tracks",
            "farmers moved cattle from the flooded meadows east of the river",
            "the water agency said the crest would pass the town by Friday evening"]
    items = [(f"g{k}", f"Vell flood bulletin {k}", site.url + f"/b{k}",
              f"Lorvania water agency bulletin: {line}, officials said.") for k, line in enumerate(news)]
    site.pages["/feed.xml"] = ("application/rss+xml", rss(items[:2]))
    watcher = Watcher(options, every=1, log=lambda _: None)
    watcher.add([site.url + "/feed.xml"])
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    client = client_for(library_copy, options=options)
    token = csrf(client)
    sid = sample_story(client)["id"]
    try:
        for k in range(4):
            site.pages["/feed.xml"] = ("application/rss+xml", rss(items[:k + 3]))
            subject = ["crane repairs", "ferry timetables", "a fuel spill", "new mooring fees"][k]
            text = f"Dorvik note {k}\n\nThe Dorvik harbour authority wrote to skippers about {subject} on day {k}.\n"
            r = client.post("/add/upload", data={"csrf": token},
                            files={"files": (f"note{k}.txt", text.encode(), "text/plain")}, follow_redirects=False)
            assert r.status_code == 303, r.text
            moved = client.post("/api/fixes", json={"action": "move", "article": f"note{k}", "to": sid})
            # after the first move, later notes may join the sample story by themselves (the index learnt)
            assert moved.status_code == 200 or "already in story" in moved.text, moved.text
        for _ in range(100):
            with Library(library_copy) as lib:
                if len(lib.feed_entries(site.url + "/feed.xml")) == 6:
                    break
            threading.Event().wait(0.2)
    finally:
        stop.set()
        thread.join(timeout=30)
    with Library(library_copy) as lib:
        arts = lib.articles()
        assert len(arts) == 6 + 4 + 6  # sample + hostile, the uploads, every feed entry once
        assert all(a.story for a in arts)
        assert all(lib.get(f"note{k}").story == sid for k in range(4))  # the fixes held
        rows = {s.id: s for s in lib.stories()}
        for a in arts:
            assert a.id in rows[a.story].articles  # the story rows agree with the articles


def test_ids_with_slashes_and_spaces_have_working_pages(tmp_path: Path) -> None:
    from accord import api

    rows = tmp_path / "odd.jsonl"
    rows.write_text(json.dumps({"id": "wire/2022 01#a?b", "title": "Odd id", "text": "An article whose id has a slash, "
                                "a space, a hash and a question mark in it, stored from a JSON line."}) + "\n",
                    encoding="utf-8")
    db = tmp_path / "odd.db"
    assert api.ingest([str(rows)], db=str(db))[0].status == "added"
    client = client_for(db)
    sid = client.get("/api/stories").json()["stories"][0]["id"]
    html = client.get(f"/stories/{sid}").text
    href = re.search(r'<a href="(/articles/[^"]+)">Odd id</a>', html).group(1)
    assert "%2F" in href and "%23" in href and "%3F" in href
    page = client.get(href)
    assert page.status_code == 200 and "wire/2022 01#a?b" in page.text
    assert client.get(href.replace("/articles/", "/api/articles/")).json()["article"]["id"] == "wire/2022 01#a?b"


def test_changes_name_new_sources_facts_disagreements_and_values(tmp_path: Path) -> None:
    from accord import api
    from accord.store import Library
    from accord.web.views import changes_between

    def side(value: str, aid: str) -> dict[str, Any]:
        return {"value": value, "normalized": None, "articles": [aid], "evidence": "", "sentences": [], "time": None}

    def brief(arts: list[str], facts: list[str], troops: list[str], extra: bool) -> dict[str, Any]:
        ds = [{"kind": "number", "about": "troops", "values": [side(v, "a") for v in troops]}]
        if extra:
            ds.append({"kind": "date", "about": "withdrawal", "values": [side("Jan 19", "a"), side("Jan 21", "b")]})
        return {"title": "t", "articles": [{"id": a, "title": a} for a in arts],
                "facts": [{"text": f} for f in facts], "disagreements": ds}

    with Library(tmp_path / "lib.db") as lib:
        old = brief(["a", "b"], ["f1"], ["2,000", "2,300"], False)
        new = brief(["a", "b", "c"], ["f1", "f2"], ["2,000", "2,300", "2,500"], True)
        assert lib.put_brief("s1", "k1", old, api.brief_digest(old)) == 1
        assert lib.put_brief("s1", "k1b", old, api.brief_digest(old)) == 1  # same digest: no new version
        assert lib.put_brief("s1", "k2", new, api.brief_digest(new)) == 2
        got = changes_between(lib, "s1", 1, 2, new)
        assert [a["id"] for a in got["new_sources"]] == ["c"] and got["new_facts"] == ["f2"]
        assert [d["about"] for d in got["new_disagreements"]] == ["withdrawal"]
        assert got["new_values"][0]["values"] == ["2,500"]
        assert changes_between(lib, "s1", 2, 2, new)["note"] == "nothing new since your last visit"
        assert "older than the versions kept" in (changes_between(lib, "s1", 0, 2, new)["note"] or "")


def test_the_openapi_models_describe_what_is_served(library_copy: Path) -> None:
    from accord.web import schema

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    art = client.get(f"/api/stories/{sid}").json()["brief"]["articles"][1]["id"]
    schema.StoriesPage.model_validate(client.get("/api/stories").json())
    schema.StoriesPage.model_validate(client.get("/api/stories", params={"q": "Tokayev"}).json())
    schema.StoryPage.model_validate(client.get(f"/api/stories/{sid}").json())
    schema.StoryPage.model_validate(client.get(f"/api/stories/{sid}", params={"since": 1}).json())
    schema.Changes.model_validate(client.get(f"/api/stories/{sid}/changes", params={"since": 1}).json())
    schema.ArticlePage.model_validate(client.get(f"/api/articles/{art}").json())
    schema.ArticlePage.model_validate(client.get(f"/api/articles/{art}", params={"s": "0-10"}).json())
    fix = client.post("/api/fixes", json={"action": "move", "article": art}).json()
    schema.FixRecord.model_validate(fix)
    schema.FixRecord.model_validate(client.post(f"/api/fixes/{fix['id']}/undo", json={}).json())
    schema.FixesPage.model_validate(client.get("/api/fixes").json())
    schema.FeedsPage.model_validate(client.get("/api/feeds").json())
    names = set(client.get("/openapi.json").json()["components"]["schemas"])
    assert {"StoryPage", "Brief", "Disagreement", "StoriesPage", "ArticlePage", "FeedsPage"} <= names


def test_a_story_has_one_title_everywhere(reader: TestClient) -> None:
    sid = sample_story(reader)["id"]
    title = reader.get(f"/api/stories/{sid}").json()["brief"]["title"]
    assert sample_story(reader)["title"] == title
    assert reader.get(f"/api/stories/{sid}").json()["story"]["title"] == title


def test_pasted_urls_follow_the_address_policy(library_copy: Path, site: Any) -> None:
    from accord.options import Options

    if "allow_private" not in Options.__dataclass_fields__:
        pytest.skip("no address policy in this accord")
    site.pages["/x"] = ("text/html", article_html("Local page", ["A page on this machine, not on the web."]))
    client = client_for(library_copy)  # default options: private addresses refused
    result = client.post("/api/articles", json={"url": site.url + "/x"}).json()["results"][0]
    assert result["status"] == "error" and "allow" in result["message"].lower()
    assert site.hits.get("/x") is None  # refused before connecting


# -- the brief's schema 2 on the story page --------------------------------------------------------

def _sentence_ref(text: str, aid: str, sentence: str) -> dict[str, Any]:
    start = text.index(sentence)
    return {"article": aid, "index": 0, "start": start, "end": start + len(sentence)}


@pytest.fixture
def rich_story(library_copy: Path) -> tuple[TestClient, str, dict[str, Any], dict[str, str]]:
    """The sample story with a stored brief that uses every schema-2 field: a fact linked to a
    disagreement (and related articles), an evolving figure with times, an anchor, a side whose
    second article has no sentence reference, a quote in two wordings."""
    from accord import api
    from accord.store import Library

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    with Library(library_copy) as lib:
        texts = {a.id: a.text for a in lib.articles(sid)}
        brief = json.loads(lib.get_brief(sid)["data"])
        ids = [a["id"] for a in brief["articles"]]
        a, b, c = ids[0], ids[1], ids[2]

        def first_sentence(aid: str, skip: int = 0) -> str:
            lines = [ln for ln in texts[aid].split("\n") if len(ln.split()) > 6]
            return lines[skip].split(". ")[0].rstrip(".") + "."

        sa, sb, sc = first_sentence(a), first_sentence(b), first_sentence(c, 1)
        evolving = {"kind": "number", "about": "people killed", "type": "evolving", "compatible": True,
                    "anchor": "unrest",
                    "values": [{"value": "164", "normalized": 164, "articles": [a], "evidence": sa,
                                "sentences": [_sentence_ref(texts[a], a, sa)], "time": "2022-01-13"},
                               {"value": "225", "normalized": 225, "articles": [b, c], "evidence": sb,
                                "sentences": [_sentence_ref(texts[b], b, sb)], "time": "2022-01-16"}]}
        conflict = {"kind": "number", "about": "troops sent", "type": "conflict", "compatible": False,
                    "anchor": "CSTO",
                    "values": [{"value": "2,300", "normalized": 2300, "articles": [a], "evidence": sa,
                                "sentences": [_sentence_ref(texts[a], a, sa)], "time": None},
                               {"value": "2,000", "normalized": 2000, "articles": [c], "evidence": sc,
                                "sentences": [_sentence_ref(texts[c], c, sc)], "time": None}]}
        brief["disagreements"] = [evolving, conflict]  # stored in that order; shown conflicts first
        brief["facts"] = [{"text": sa, "support": [a, b], "independent": 2, "related": [c],
                           "sentences": [_sentence_ref(texts[a], a, sa), _sentence_ref(texts[b], b, sb)],
                           "disagreements": [1]}]
        brief["wordings"] = [{"speaker": "Vladimir Putin", "wordings": [
            {"value": "we have completed our task", "normalized": None, "articles": [a], "evidence": sa,
             "sentences": [_sentence_ref(texts[a], a, sa)], "time": None},
            {"value": "we completed our mission", "normalized": None, "articles": [c], "evidence": sc,
             "sentences": [_sentence_ref(texts[c], c, sc)], "time": None}]}]
        lib.put_brief(sid, lib.story_keys(sid)[sid], brief, api.brief_digest(brief))
    return client, sid, brief, texts


def test_story_json_shows_every_side_sentence_by_sentence(rich_story: Any) -> None:
    from accord.web import schema

    client, sid, brief, texts = rich_story
    data = client.get(f"/api/stories/{sid}").json()
    schema.StoryPage.model_validate(data)
    assert data["brief"] == brief  # the stored brief, untouched
    shown = data["disagreements"]
    assert [d["position"] for d in shown] == [1, 0] and [d["type"] for d in shown] == ["conflict", "evolving"]
    assert shown[0]["facts"] == [0] and shown[1]["facts"] == []
    assert "cannot both be true" in shown[0]["meaning"]
    # each article's own sentence, cut from its text by the reference; one with no reference: null
    evolving = shown[1]["sides"]
    first = evolving[0][0]
    ref = first["sentences"][0]
    assert first["text"] == " ".join(texts[ref["article"]][ref["start"]:ref["end"]].split())
    b, c = brief["disagreements"][0]["values"][1]["articles"]
    assert [(e["articles"], e["text"] is None) for e in evolving[1]] == [([b], False), ([c], True)]
    assert data["facts_note"] is None and data["grid"]["note"] is None and len(data["grid"]["rows"]) == 1


def test_story_page_shows_types_anchors_times_evidence_wordings_and_links(rich_story: Any) -> None:
    client, sid, brief, texts = rich_story
    html = client.get(f"/stories/{sid}").text
    conflict_at, evolving_at = html.index('id="disagreement-2"'), html.index('id="disagreement-1"')
    assert conflict_at < evolving_at  # conflicts first
    evolving = html[evolving_at:html.index("</table>", evolving_at)]
    assert "evolving figure" in evolving and "anchor: <em>unrest</em>" in evolving
    assert '<tr class="times">' in evolving and "2022-01-13" in evolving and "2022-01-16" in evolving
    assert "sentence not located" in evolving  # the side's second article has no reference
    side = brief["disagreements"][0]["values"][1]
    ref = side["sentences"][0]
    assert f'/articles/{ref["article"]}?s={ref["start"]}-{ref["end"]}#cited' in evolving
    conflict = html[conflict_at:html.index("</table>", conflict_at)]
    assert '<tr class="facts">' in conflict and 'href="#fact-0"' in conflict
    assert "the values cannot both be true" in html  # the types explained in words, not only a tooltip
    facts = html[html.index('<section class="facts">'):html.index('<section class="grid">')]
    assert 'href="#disagreement-2"' in facts and "outlets differ: troops sent (conflict)" in facts
    assert "also told without this detail" in facts
    wordings = html[html.index('<section class="wordings">'):html.index('<section class="single-source">')]
    assert "Vladimir Putin" in wordings and "in 2 wordings" in wordings
    assert "we completed our mission" in wordings and "?s=" in wordings
    assert 'class="fact-grid"' in html


def test_an_empty_fact_grid_says_why(library_copy: Path) -> None:
    from accord import api
    from accord.store import Library

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    with Library(library_copy) as lib:
        brief = json.loads(lib.get_brief(sid)["data"])
        brief["facts"] = []
        lib.put_brief(sid, lib.story_keys(sid)[sid], brief, api.brief_digest(brief))
    data = client.get(f"/api/stories/{sid}").json()
    assert data["grid"]["rows"] == [] and "no fact that two or more independent sources state" in data["grid"]["note"]
    assert "Single-source claims" in data["facts_note"]
    html = client.get(f"/stories/{sid}").text
    assert data["grid"]["note"] in html.replace("&#39;", "'") or "nothing to compare outlet by outlet" in html
    single = client.get(f"/api/stories/{hostile_story(client)}").json()  # one source: a different reason
    assert "one independent source" in single["facts_note"]


def test_a_schema_1_brief_still_renders(library_copy: Path) -> None:
    from accord import api
    from accord.store import Library

    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    with Library(library_copy) as lib:
        brief = json.loads(lib.get_brief(sid)["data"])
        old = {"title": brief["title"], "articles": brief["articles"],
               "summary": [{"text": c["text"], "citations": c["citations"]} for c in brief["summary"]],
               "facts": [], "single_source": brief["single_source"], "timeline": [],
               "disagreements": [{"kind": d["kind"], "about": d["about"], "compatible": d["compatible"],
                                  "values": [{k: s[k] for k in ("value", "normalized", "articles", "evidence")}
                                             for s in d["values"]]} for d in brief["disagreements"]]}
        lib.put_brief(sid, lib.story_keys(sid)[sid], old, api.brief_digest(old))
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and page.text.count('<table class="disagreement') == len(old["disagreements"])
    assert client.get(f"/api/stories/{sid}").json()["brief"]["schema"] == 1


# -- what a demanding first user ran into (QA of the follow-up to issue 16) --------------------------

def test_the_atom_feed_is_valid_atom(reader: TestClient) -> None:
    """RFC 4287's required elements, checked by hand (no validator ships on PyPI), and feedparser."""
    import xml.etree.ElementTree as ET

    import feedparser

    r = reader.get("/feeds/stories.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(r.content)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    rfc3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"a:{name}", ns)) == 1, name
    assert rfc3339.match(feed.findtext("a:updated", namespaces=ns) or "")
    assert feed.find("a:author/a:name", ns) is not None  # else every entry would need one
    assert feed.find("a:link[@rel='self']", ns).get("href") == BASE + "/feeds/stories.atom"
    entries = feed.findall("a:entry", ns)
    assert len(entries) == 2
    assert len({e.findtext("a:id", namespaces=ns) for e in entries}) == len(entries)
    for e in entries:
        for name in ("id", "title", "updated", "summary"):
            assert len(e.findall(f"a:{name}", ns)) == 1, name
        assert rfc3339.match(e.findtext("a:updated", namespaces=ns) or "")
        link = e.find("a:link[@rel='alternate']", ns).get("href")
        assert reader.get(link.replace(BASE, "")).status_code == 200
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo and parsed.feed.author == "accord"
    # hostile text stays text: it parses back to exactly the stored title, and no element came of it
    hostile = reader.get(f"/api/stories/{hostile_story(reader)}").json()["brief"]["title"]
    assert "<" in hostile and hostile in [e.findtext("a:title", namespaces=ns) for e in entries]
    assert not list(feed.iter("{http://www.w3.org/2005/Atom}script")) and b"<script" not in r.content


def test_a_merged_story_says_where_it_went(library_copy: Path) -> None:
    client = client_for(library_copy)
    sample, hostile = sample_story(client)["id"], hostile_story(client)
    fix = client.post("/api/fixes", json={"action": "merge", "story": hostile, "into": sample}).json()
    r = client.get(f"/api/stories/{hostile}")
    assert r.status_code == 404 and f"merged it into story {sample!r}" in r.json()["detail"]
    page = client.get(f"/stories/{hostile}")
    assert page.status_code == 404 and f'<a href="/stories/{sample}">Go to story {sample}</a>' in page.text
    client.post(f"/api/fixes/{fix['id']}/undo", json={})
    assert client.get(f"/stories/{hostile}").status_code == 200
    assert "Go to story" not in client.get("/stories/s999").text  # never merged: no such link


def test_an_error_page_leads_back_and_a_fix_can_be_undone_from_its_message(library_copy: Path) -> None:
    client = client_for(library_copy)
    sid = sample_story(client)["id"]
    token = csrf(client)
    came = {"Referer": f"{BASE}/stories/{sid}"}
    r = client.post("/fixes", data={"csrf": token, "action": "split", "story": sid}, headers=came)
    assert r.status_code == 400 and "choose the articles" in r.text
    assert f'<a href="/stories/{sid}">Back to the page you came from</a>' in r.text
    outside = client.post("/fixes", data={"csrf": token, "action": "split", "story": sid},
                          headers={"Referer": "http://elsewhere.example/x"})
    assert "Back to the page you came from" not in outside.text  # only pages of this server
    moved = client.post("/fixes", data={"csrf": token, "action": "move", "article": "hostile", "to": sid},
                        follow_redirects=False)
    page = client.get(moved.headers["location"]).text
    fix = client.get("/api/fixes").json()["fixes"][0]["id"]
    assert f'action="/fixes/{fix}/undo"' in page and f"Undo fix {fix}" in page
    assert client.get("/api/articles/").json()["detail"].startswith("give an article id")


def test_adding_a_failing_feed_says_its_first_poll_failed(library_copy: Path, site: Any, private_options: Any) -> None:
    client = client_for(library_copy, options=private_options(fetch_feed_links=False))
    token = csrf(client)
    site.status["/broken.xml"] = 503
    r = client.post("/feeds/add", data={"csrf": token, "url": site.url + "/broken.xml"}, follow_redirects=False)
    shown = client.get(r.headers["location"]).text
    assert "feed added" in shown and "first poll failed" in shown and "503" in shown
    assert "when a watcher runs" in shown  # this server does not poll: no promise of a next poll
    again = client.post("/feeds/add", data={"csrf": token, "url": site.url + "/broken.xml"}, follow_redirects=False)
    assert "already followed" in client.get(again.headers["location"]).text


def test_the_article_page_says_what_uses_each_marked_sentence(rich_story: Any) -> None:
    from accord.web import schema

    client, sid, brief, texts = rich_story
    aid = brief["disagreements"][1]["values"][0]["articles"][0]  # 2,300 troops, fact 1 and a wording
    data = client.get(f"/api/articles/{aid}").json()
    schema.ArticlePage.model_validate(data)
    ref = brief["disagreements"][1]["values"][0]["sentences"][0]
    marked = [seg for p in data["paragraphs"] for seg in p if seg["used"]]
    inside = [seg for seg in marked if seg["text"] in texts[aid][ref["start"]:ref["end"]]]
    assert inside and set(inside[0]["uses"]) >= {"fact 1", "disagreement on troops sent: 2,300",
                                                 "a quote of Vladimir Putin in several wordings"}
    assert all(seg["uses"] for seg in marked)
    assert all(not seg["uses"] for p in data["paragraphs"] for seg in p if not seg["used"])
    html = client.get(f"/articles/{aid}").text
    assert 'title="used in ' in html and "disagreement on troops sent: 2,300" in html


def test_the_listing_counts_outlets_as_a_brief_does(tmp_path: Path, texts) -> None:
    """mend119 (review161 fault 4): the stories list counts outlet keys (``accord.outlets.outlet``), not source
    strings: "Lakeside Herald" and its own lakesideherald.com page are one outlet, shown once; a page on a
    portal names no outlet."""
    from accord import api

    rows = [{"title": "Earthquake kills 14 in Peru", "text": texts.quake_a[0], "source": "Lakeside Herald"},
            {"title": "Peru quake toll rises", "text": texts.quake_a[1], "url": "https://www.lakesideherald.com/q"},
            {"title": "Quake in Peru", "text": texts.quake_a[2], "url": "https://www.msn.com/en-gb/news/q/ar-AA1"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "lib.db"
    api.ingest([str(tmp_path / "a.jsonl")], db=str(db))
    (story,) = [s for s in client_for(db).get("/api/stories").json()["stories"] if s["articles"] == 3]
    assert story["outlets"] == ["Lakeside Herald"]
    assert story["why"].startswith("1 outlet and 1 source naming no outlet")
