"""The web UI in real Chromium (Debian's, driven by Playwright from PyPI; never ``playwright install``).

Starts ``accord serve`` on a loopback port over a library holding the sample story (and a hostile
article), then reads it as a person would: stories, the story, a citation, an upload. Screenshots
go to ``out/browser-*.png``. Without Chromium these tests skip, and say so loudly.
"""
from __future__ import annotations

import re
import sys
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from accord.eval.serve import serving

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
OUT = Path(__file__).resolve().parents[1] / "out"

pytestmark = pytest.mark.browser


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: run `make test` as root (it installs Debian's chromium) or apt-get install chromium"
    return None


if (_reason := _missing()) is not None:
    warnings.warn(f"BROWSER TESTS SKIPPED: {_reason}", stacklevel=1)
    print(f"\n*** BROWSER TESTS SKIPPED: {_reason} ***", file=sys.stderr)
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason=f"BROWSER TESTS SKIPPED: {_reason}")]


@pytest.fixture(scope="module")
def server(sample_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``accord serve`` in its own process on a loopback port, over a copy of the sample library."""
    import shutil

    from accord.store import Library

    with Library(sample_library) as lib:
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = tmp_path_factory.mktemp("served") / "library.db"
    shutil.copy(sample_library, db)
    with serving(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A page that records every request leaving for another origin (there must be none)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.outside = []  # type: ignore[attr-defined]
    pg.on("request", lambda req: pg.outside.append(req.url) if not req.url.startswith((server, "data:", "blob:")) else None)
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    try:
        yield pg
    finally:
        context.close()


def _shot(pg: Any, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    pg.screenshot(path=str(OUT / f"browser-{name}.png"), full_page=True)


def test_read_a_story_and_follow_a_citation(page: Any, server: str) -> None:
    import json

    page.goto(server + "/")
    assert page.url == server + "/stories"
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == 2
    _shot(page, "stories")
    sample_row = rows.filter(has_text="(4 independent)")
    sample_row.locator("a.story-link").click()
    page.wait_for_url("**/stories/*")
    sid = page.url.rsplit("/", 1)[-1]
    brief = json.loads(urllib.request.urlopen(f"{server}/api/stories/{sid}").read())["brief"]
    # the disagreement on troops: every value, with the outlets that report it
    troops = next(d for d in brief["disagreements"] if "troop" in d["about"])
    table = page.locator(f"table#disagreement-{brief['disagreements'].index(troops) + 1}")
    assert table.count() == 1 and table.is_visible()
    assert troops["about"] in table.locator("caption").inner_text()
    values = table.locator("tr.values td").all_inner_texts()
    outlets = table.locator("tr.outlets td").all_inner_texts()
    numbers = {a["id"]: k for k, a in enumerate(brief["articles"], start=1)}
    assert len(values) == len(troops["values"]) == len(outlets)
    for side, shown, who in zip(troops["values"], values, outlets):
        assert side["value"] in shown
        for aid in side["articles"]:
            assert f"[{numbers[aid]}]" in who
    assert {"2,300", "2,000"} <= {v for s in troops["values"] for v in [s["value"].split()[-1]]}
    _shot(page, "story")
    # a citation opens the cited article at the cited sentence, highlighted
    links = page.locator("section.summary a.ref")
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    chosen = None
    for n, href in enumerate(hrefs):
        query = parse_qs(urlsplit(href).query)
        if re.fullmatch(r"\d+-\d+", query.get("s", [""])[0]):  # a sentence reference's character span: the contract
            chosen = n
            break
    assert chosen is not None, "the summary's citations carry sentence references (Cited.sentences)"
    href = hrefs[chosen]
    expected = json.loads(urllib.request.urlopen(server + href.replace("/articles/", "/api/articles/", 1).split("#")[0]).read())
    links.nth(chosen).click()
    page.wait_for_url("**/articles/**")
    cited = page.locator("#cited")
    assert cited.count() == 1
    assert "cited" in (cited.get_attribute("class") or "")
    assert cited.is_visible() and cited.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    shown = " ".join(page.locator("div.text mark.cited").all_inner_texts())
    assert " ".join(shown.split()) == " ".join(expected["cited"]["text"].split())
    background = cited.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    _shot(page, "cited-sentence")
    assert page.outside == [] and page.dialogs == []


def test_no_script_from_an_article_runs(page: Any, server: str) -> None:
    page.goto(server + "/articles/hostile")
    story = page.locator("a[href^='/stories/']").first.get_attribute("href")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    visited = [server + "/articles/hostile", server + story, server + "/stories?q=Vexley", server + "/stories"]
    for url in visited:
        page.goto(url)
        page.mouse.move(400, 300)
        page.locator("body").hover()
        assert page.evaluate("() => window.__pwned") is None, url
        assert page.locator("script:not([src])").count() == 0
    _shot(page, "hostile-article")
    assert page.dialogs == [] and page.outside == []


def test_add_an_article_through_the_form(page: Any, server: str, tmp_path: Path) -> None:
    upload = tmp_path / "dorvik-quake.txt"
    upload.write_text("Quake shakes Dorvik harbour\n\nA magnitude 5.9 earthquake shook the harbour city of Dorvik "
                      "early on Thursday, the national seismology institute said.\nHarbour officials said two cranes "
                      "were toppled and ferry services to the islands were suspended.\n", encoding="utf-8")
    page.goto(server + "/add")
    page.set_input_files("input[name=files]", str(upload))
    page.locator("form[action='/add/upload'] button").click()
    page.wait_for_url(re.compile(r".*/articles/dorvik-quake\?.*"), timeout=90_000)  # cleaning, grouping, brief
    assert "added" in page.locator(".flash").inner_text()
    assert page.locator("h1").inner_text() == "Quake shakes Dorvik harbour"
    _shot(page, "added-article")
    page.locator("a[href^='/stories/']").first.click()
    page.wait_for_url("**/stories/*")
    assert "Quake shakes Dorvik harbour" in page.locator("section.articles").inner_text()
    page.goto(server + "/stories")
    assert page.locator("table.stories tbody tr").count() == 3
    assert page.outside == []


def test_api_docs_load_from_this_server_only(page: Any, server: str) -> None:
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".opblock").count() >= 8
    _shot(page, "docs")
    assert page.outside == []


def test_each_side_of_a_disagreement_opens_its_own_sentence(page: Any, server: str) -> None:
    page.goto(server + "/stories")
    page.locator("table.stories tbody tr").filter(has_text="(4 independent)").locator("a.story-link").click()
    page.wait_for_url("**/stories/*")
    assert page.locator("section.disagreements p.legend").inner_text().count(":") >= 3  # the types, in words
    quotes = page.locator("tr.evidence blockquote").filter(has=page.locator("a.ref[href*='?s=']"))
    assert quotes.count() > len(page.locator("table.disagreement").all())  # more than one sentence per table
    chosen = quotes.last  # a later article's sentence, not the side's stored evidence
    ref = chosen.locator("a.ref").first
    label = ref.inner_text()
    said = " ".join(chosen.inner_text().replace(label, "").split())
    _shot(page, "disagreement-evidence")
    ref.click()
    page.wait_for_url("**/articles/**")
    cited = " ".join(" ".join(page.locator("div.text mark.cited").all_inner_texts()).split())
    assert cited == said
    assert page.locator("#cited").evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert page.outside == []


def test_a_keyboard_reader_gets_around(page: Any, server: str) -> None:
    page.goto(server + "/stories")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert page.evaluate("() => document.activeElement.className") == "skip"
    assert skip.bounding_box()["x"] >= 0  # shown when focused
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")  # a same-page jump: the address changes a moment later
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "q"  # straight to the search box
    explain = page.locator("details.explain")
    explain.locator("summary").focus()
    page.keyboard.press("Enter")
    assert explain.get_attribute("open") is not None and "log2" in explain.inner_text()
    score = page.locator(".score").first
    score.focus()
    shown = score.evaluate("e => getComputedStyle(e, '::after').content")
    assert "independent" in shown  # the score's factors appear on focus, not only on hover
    # from the story list to a cited sentence with the keyboard alone
    page.locator("table.stories a.story-link").filter(has_text="Kazakhstan").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/stories/*")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('ref')"):
            break
    else:
        raise AssertionError("no citation reachable by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**")
    assert page.locator("#cited").count() == 1
    _shot(page, "keyboard-cited")


def test_a_fix_is_undone_from_its_message(page: Any, server: str) -> None:
    import json

    page.goto(server + "/stories")
    page.locator("table.stories tbody tr").filter(has_text="(4 independent)").locator("a.story-link").click()
    page.wait_for_url("**/stories/*")
    sid = page.url.rsplit("/", 1)[-1]
    before = json.loads(urllib.request.urlopen(f"{server}/api/stories/{sid}").read())["brief"]["articles"]
    moved = before[-1]["id"]
    page.goto(f"{server}/articles/{moved}")
    page.locator("form:has(input[value=move]) button").click()  # to a story of its own
    page.wait_for_url("**/stories/*")
    assert page.url.split("?")[0].rsplit("/", 1)[-1] != sid
    flash = page.locator(".flash")
    assert "done (move)" in flash.inner_text()
    _shot(page, "fix-message")
    flash.locator("button").click()
    page.wait_for_url("**/fixes?**")
    assert "undone" in page.locator(".flash").inner_text()
    assert "undone" in page.locator("table.fixes tbody tr").first.inner_text()
    after = json.loads(urllib.request.urlopen(f"{server}/api/articles/{moved}").read())["article"]["story"]
    assert after == sid
    assert page.outside == [] and page.dialogs == []


def test_pages_fit_a_phone_screen(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    pg = context.new_page()
    try:
        pg.goto(server + "/stories")
        story = pg.locator("table.stories a.story-link").filter(has_text="Kazakhstan").first.get_attribute("href")
        article = None
        for path in ["/stories", story, "/add", "/fixes", "/feeds"]:
            pg.goto(server + path)
            width = pg.evaluate("() => document.documentElement.scrollWidth - innerWidth")
            assert width <= 0, f"{path} is {width}px wider than the screen"
            if path == story:
                article = pg.locator("section.articles a[href^='/articles/']").first.get_attribute("href")
        assert article is not None
        pg.goto(server + article)
        assert pg.evaluate("() => document.documentElement.scrollWidth - innerWidth") <= 0
        _shot(pg, "phone-article")
    finally:
        context.close()
