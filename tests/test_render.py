"""Markdown and HTML renderers: same content as Brief.to_dict(), escaped, every citation resolves."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from accord.model import (
    ArticleRef,
    Brief,
    Cited,
    Dated,
    Disagreement,
    FactRef,
    Side,
    SingleSource,
    Variant,
    Wordings,
)
from accord.render import NONE_FOUND, html, markdown

SECTIONS = ["Summary", "Facts outlets agree on", "Disagreements", "Quotes in several wordings",
            "Single-source claims", "Timeline", "Name variants", "Articles"]


def make_brief() -> Brief:
    """All sections filled; a wire copy; disagreements of each type (a vague one first, to be shown
    after the conflicts); a quote in two wordings; hostile text."""
    return Brief(
        title="Storm <floods> valley & town",
        articles=[
            ArticleRef("w1", "Storm floods valley", "Wire One", "https://wire.example/s?id=1&x=2",
                       "2024-05-02"),
            ArticleRef("p2", "Storm floods valley", "Paper Two", "https://paper.example/story",
                       "2024-05-02", copy_of="w1"),
            ArticleRef("d3", "<img src=x onerror=alert(1)> Valley *under* water", "Daily_Three",
                       "javascript:alert('x')", "2024-05-03"),
            ArticleRef("n4", "Rescue [update]", None, None, None),
        ],
        summary=[
            Cited("Heavy rain flooded the valley on Thursday.", ["w1", "d3"]),
            Cited("# Officials said <script>alert('s')</script> roads were shut.", ["n4"]),
        ],
        facts=[
            FactRef("Heavy rain flooded the valley.", ["w1", "p2", "d3"], 2),
            FactRef("1. Schools closed & buses stopped.", ["d3", "n4"], 2),
        ],
        disagreements=[
            Disagreement("number", "people evacuated", [
                Side("about 2,000", 2000.0, ["w1", "p2"], "About 2,000 people were evacuated."),
                Side("over fifteen hundred", 1500.0, ["d3"], "Over fifteen hundred left <their> homes."),
            ], compatible=True, type="vague"),
            Disagreement("number", "people rescued", [
                Side("40", 40.0, ["w1"], "Rescuers had pulled 40 people out by noon.", time="2024-05-02"),
                Side("65", 65.0, ["d3"], "By Friday 65 people had been rescued.", time="2024-05-03"),
            ], compatible=True, type="evolving"),
            Disagreement("number", "people missing", [
                Side("dozens", 61.5, ["w1"], "Dozens of people are missing."),
                Side("12", 12.0, ["d3"], "Twelve people are missing, 12 in all."),
            ]),
            Disagreement("quote", "words of the mayor", [
                Side("We will rebuild", "we will rebuild", ["w1"], '"We will rebuild," the mayor said.'),
                Side("We shall rebuild everything", "we shall rebuild everything", ["d3"],
                     'The mayor said: "We shall rebuild everything."'),
            ]),
            Disagreement("date", "dam breach", [
                Side("Wednesday", "2024-05-01", ["w1"], "The dam broke on Wednesday."),
                Side("Thursday", "2024-05-02", ["n4"], "The dam gave way on Thursday."),
                Side("Friday", None, ["d3"], "A breach was reported on Friday."),
            ]),
        ],
        single_source=[SingleSource("A bridge collapsed near the mill.", "d3")],
        timeline=[
            Dated("2024-05-01", "Dam breach reported", ["w1"]),
            Dated("2024-05-02", "Evacuations begin", ["w1", "n4"]),
        ],
        variants=[Variant("kyiv", ["Kyiv", "Kiev"])],
        wordings=[Wordings("Mayor <Lee>", [
            Side("We are all in this together", "we all in together", ["w1"], '"We are all in this together."'),
            Side("We're all in this *together*", "we all in together", ["n4"], '"We\'re all in this together."'),
        ])],
    )


class _Page(HTMLParser):
    """Collects what a browser would show and link: text, ids, hrefs, tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in ("meta", "br", "link", "img", "input"):
            self.stack.append(tag)
        for k, v in attrs:
            if k == "id" and v:
                self.ids.append(v)
            if k == "href" and v:
                self.hrefs.append(v)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> in {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "style":
            return
        self.text.append(data)

    @property
    def joined(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed tags: {parser.stack}"
    return parser


def md_plain(text: str) -> str:
    """What a Markdown reader sees once backslash escapes are applied."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def brief_strings(brief: Brief) -> list[str]:
    """Every piece of text of ``Brief.to_dict()`` a reader must be shown."""
    out = [brief.title]
    out += [a.title for a in brief.articles]
    out += [a.source for a in brief.articles if a.source]
    out += [a.published for a in brief.articles if a.published]
    out += [c.text for c in brief.summary] + [f.text for f in brief.facts]
    for d in brief.disagreements:
        out.append(d.about)
        for s in d.values:
            out += [s.value, s.evidence]
    out += [s.text for s in brief.single_source]
    for t in brief.timeline:
        out += [t.date, t.text]
    for v in brief.variants:
        out += [v.name, *v.variants]
    for w in brief.wordings:
        out += [w.speaker or "", *(x.value for x in w.wordings)]
    return out


# -- HTML ---------------------------------------------------------------------------------------

def test_html_is_a_complete_page_without_external_assets() -> None:
    page = html.render(make_brief())
    assert page.lstrip().startswith("<!DOCTYPE html>")
    doc = parse(page)
    assert {"html", "head", "body", "title", "style"} <= set(doc.tags)
    assert "script" not in doc.tags and "img" not in doc.tags and "link" not in doc.tags
    assert not [a for a in doc.attrs if a[0] in ("src", "onerror", "onclick", "onload")]
    assert "@import" not in page and "url(" not in page


def test_html_escapes_untrusted_text() -> None:
    brief = make_brief()
    doc = parse(html.render(brief))
    # the hostile strings are shown as text, never interpreted as markup
    assert "<script>alert('s')</script>" in doc.joined
    assert "<img src=x onerror=alert(1)> Valley *under* water" in doc.joined
    assert all(not h.lower().startswith("javascript:") for h in doc.hrefs)
    assert "https://wire.example/s?id=1&x=2" in doc.hrefs  # & escaped in source, intact as a link


def test_html_shows_everything_in_to_dict() -> None:
    brief = make_brief()
    text = parse(html.render(brief)).joined
    for s in brief_strings(brief):
        assert " ".join(s.split()) in text, s


def test_html_every_citation_resolves() -> None:
    brief = make_brief()
    doc = parse(html.render(brief))
    refs = [h for h in doc.hrefs if h.startswith("#")]
    assert refs
    for h in refs:
        assert h[1:] in doc.ids, h
    # every cited article is linked as [k], k its position in the article list
    assert "#src-4" in refs and "#src-3" in refs
    assert doc.ids.count("src-1") == 1


def test_html_marks_copy_names_each_type_and_shows_conflicts_first() -> None:
    page = html.render(make_brief())
    assert re.search(r'copy of <a href="#src-1">\[1\]</a>', page)
    doc = parse(page).joined
    assert doc.count("vague") == 1 and doc.count("evolving figure") == 1 and doc.count("conflict") == 3
    order = [page.index(a) for a in ("people missing", "dam breach", "people rescued", "people evacuated")]
    assert order == sorted(order)  # conflicts, then the evolving figure, then the vague one
    assert "reported 2024-05-03" in doc


def test_html_fragment_is_the_same_content_without_the_page() -> None:
    brief = make_brief()
    fragment = html.render_fragment(brief)
    assert fragment.startswith("<article") and "<html" not in fragment and "<style" not in fragment
    assert fragment.strip() in html.render(brief)


# -- Markdown -----------------------------------------------------------------------------------

def test_markdown_shows_everything_in_to_dict() -> None:
    brief = make_brief()
    shown = md_plain(markdown.render(brief))
    for s in brief_strings(brief):
        assert s in shown, s


def test_markdown_escapes_structure() -> None:
    text = markdown.render(make_brief())
    assert not re.search(r"(?<!\\)<(script|img)", text)  # raw tags only ever appear escaped
    assert r"\<script\>" in text
    assert r"\*under\*" in text and r"Daily\_Three" in text
    assert r"Rescue \[update\]" in text
    # a fact starting "1." must not become an ordered list; "#" must not become a heading
    assert "- 1\\. Schools" in text
    assert r"\# Officials" in text
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert all(h.split(" ", 1)[0] in ("#", "##", "###") for h in headings)
    assert "](javascript" not in text and "<javascript" not in text
    assert "<https://wire.example/s?id=1&x=2>" in text


def test_markdown_every_citation_resolves_and_sides_in_order() -> None:
    brief = make_brief()
    text = markdown.render(brief)
    cited = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", text)}
    listed = {int(n) for n in re.findall(r"^- \[(\d+)\] ", text, flags=re.M)}
    assert listed == {1, 2, 3, 4}
    assert cited <= listed
    assert "copy of [1]" in text
    # sides listed in order, each with its refs and evidence
    lines = text.splitlines()
    i = lines.index("### Date, conflict: dam breach")
    assert lines[i + 2].startswith("- **Wednesday**") and lines[i + 2].endswith("[1]")
    assert lines[i + 3] == "  > The dam broke on Wednesday."
    assert lines[i + 4].startswith("- **Thursday**") and lines[i + 4].endswith("[4]")
    assert lines[i + 6].startswith("- **Friday**") and "(=" not in lines[i + 6]
    assert "### Number, vague: people evacuated" in lines
    assert lines.index("### Number, conflict: people missing") < lines.index("### Number, evolving figure: people rescued") \
        < lines.index("### Number, vague: people evacuated")  # conflicts first
    assert "- **65** (reported 2024-05-03) — [3]" in lines
    # a normalised value is shown only when it adds something true: not for "about 2,000" (already
    # shown), not the midpoint of "dozens", never a quote's matching key
    assert "- **over fifteen hundred** (= 1,500) — [3]" in lines
    assert "- **about 2,000** — [1] [2]" in lines
    assert "- **dozens** — [1]" in lines and "61.5" not in text
    assert "- **We will rebuild** — [1]" in lines
    assert "- **Wednesday** (= 2024-05-01) — [1]" in lines
    assert "- Mayor \\<Lee\\>, in 2 wordings that say the same:" in lines
    assert "  - “We're all in this \\*together\\*” [4]" in lines


def test_markdown_fact_support_and_single_source() -> None:
    text = markdown.render(make_brief())
    assert "- Heavy rain flooded the valley. [1] [2] [3] (2 independent sources)" in text
    assert "- A bridge collapsed near the mill. [3] (only this source)" in text
    assert "- **2024-05-02** — Evacuations begin [1] [4]" in text


# -- both ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("render", [markdown.render, html.render])
def test_empty_sections_say_none_found(render) -> None:
    out = render(Brief(title="Nothing yet"))
    for section in SECTIONS:
        assert section in out
    assert out.count(NONE_FOUND) == len(SECTIONS)
    full = render(make_brief())
    assert NONE_FOUND not in full


@pytest.mark.parametrize("render", [markdown.render, html.render])
def test_sections_come_from_the_one_table_in_its_order(render) -> None:
    """Markdown and HTML take their headings from ``accord.render.SECTIONS`` (the web story page
    too: tests/test_web.py), one per field of the brief's JSON, in the table's order."""
    from accord.render import SECTIONS as TABLE

    assert list(TABLE.values()) == SECTIONS and set(TABLE) <= set(Brief(title="").to_dict())
    out = render(make_brief())
    positions = [out.index(title) for title in TABLE.values()]
    assert positions == sorted(positions)


@pytest.mark.parametrize("render", [markdown.render, html.render])
def test_unknown_citation_is_shown_not_dropped(render) -> None:
    brief = make_brief()
    brief.single_source.append(SingleSource("An unlisted claim.", "ghost-9"))
    out = render(brief)
    assert "ghost-9" in out


@pytest.mark.parametrize("render", [markdown.render, html.render])
def test_round_trip_through_json_renders_the_same(render) -> None:
    brief = make_brief()
    again = Brief.from_dict(brief.to_dict())
    assert render(again) == render(brief)


def test_brief_methods_use_the_renderers() -> None:
    brief = make_brief()
    assert brief.to_markdown() == markdown.render(brief)
    assert brief.to_html() == html.render(brief)


def test_markdown_structure_survives_a_real_markdown_parser() -> None:
    """CommonMark (markdown-it, which rich uses) sees only our structure, and the text verbatim."""
    from markdown_it import MarkdownIt

    brief = make_brief()
    doc = parse(MarkdownIt("commonmark").render(markdown.render(brief)))
    assert "script" not in doc.tags and "img" not in doc.tags
    assert doc.tags.count("h1") == 1
    assert doc.tags.count("h2") == len(SECTIONS)
    assert doc.tags.count("h3") == len(brief.disagreements)
    assert "ol" not in doc.tags  # "1. Schools closed" stayed a sentence
    assert doc.tags.count("blockquote") == sum(len(d.values) for d in brief.disagreements)
    assert not [h for h in doc.hrefs if not h.startswith("https://")]
    for s in brief_strings(brief):
        assert " ".join(s.split()) in doc.joined, s


def test_scope_line_tells_articles_that_name_no_outlet() -> None:
    """user71: two text files and one page of a named outlet read "3 articles from 1 outlet", as if all
    three came from it; the articles naming no outlet are counted apart."""
    from accord.render import counts
    refs = [ArticleRef("a", "Ferry sinks", None, None, None), ArticleRef("b", "Ferry lost", None, None, None),
            ArticleRef("c", "Ferry down", "Harbour Times", None, None)]
    assert counts(Brief(title="Ferry sinks", articles=refs)) == "3 articles from 1 outlet (2 with no outlet named)"
    assert counts(Brief(title="Ferry sinks", articles=refs[2:])) == "1 article from 1 outlet"
    assert counts(Brief(title="Ferry sinks", articles=refs[:2])) == "2 articles"


def test_scope_line_counts_one_outlet_however_it_is_named() -> None:
    """Issue 12: "CNN", a page on edition.cnn.com and "cnn.com" are one outlet; an article with only a
    URL names its outlet through it."""
    from accord.render import counts
    refs = [ArticleRef("a", "Ferry sinks", "CNN", None, None),
            ArticleRef("b", "Ferry lost", None, "https://edition.cnn.com/ferry", None),
            ArticleRef("c", "Ferry down", "cnn.com", None, None), ArticleRef("d", "Ferry gone", "BBC", None, None),
            ArticleRef("e", "Ferry sank", None, None, None)]
    assert counts(Brief(title="Ferry sinks", articles=refs)) == "5 articles from 2 outlets (1 with no outlet named)"
