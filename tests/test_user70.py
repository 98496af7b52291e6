"""user70: a lone title-like line is the news, platform deeds are news, and the CLI tells what it did:
one id rule for batch and group error rows, a duplicate's stored length, a feed entry's fallback text."""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from accord.cli import State, app
from accord.clean import clean, judge
from accord.ingest import Fetcher, read
from accord.model import Article
from accord.options import DEFAULT

NEWS = ["The Harlow Creek council voted 7-4 on Tuesday to close the town's only public pool.",
        "Council leader Amy Stokes said the pool lost £400,000 last year."]


@pytest.fixture(autouse=True)
def reset_state() -> None:
    State.options = DEFAULT


def reasons(text: str, title: str = "") -> list[str | None]:
    return [r for line, r in judge(text, title=title) if line]


# -- cleaning: a lone title-like line --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BREAKING: Harlow Creek Mayor Ellen Okafor resigns amid water crisis",
    "Magnitude 5.8 earthquake strikes off coast of northern Chile, USGS says",
    "March 3, 2026\n\nBREAKING: Harlow Creek Mayor Ellen Okafor resigns amid water crisis",  # a date line is no site text
    "Quake rattles northern Chile\n\nMagnitude 5.8 earthquake strikes off coast of northern Chile, USGS says",
])
def test_a_wire_alert_or_a_standfirst_that_is_all_the_article_has_is_kept(text: str) -> None:
    got = judge(text, title="Okafor resigns")
    assert [line for line, r in got if line and not r and line != "March 3, 2026"] == \
        [line for line in text.split("\n\n") if line != "March 3, 2026"]
    art = Article(id="a", title="Okafor resigns", text=text, raw_text=text)
    assert clean(art).text  # ingest and brief no longer refuse it as "no article text left"


@pytest.mark.parametrize("text", [
    "Get the morning briefing\n\nSign up for our newsletter to get the latest news in your inbox.",  # heading over junk
    "\n\n".join(NEWS) + "\n\nMore from the Harlow Gazette",  # a heading closing an article
    "This website uses cookies to improve your experience. Accept all cookies.\n\nHarlow Creek Gazette",
    "Mayor resigns amid water crisis\n\nCouncil approves budget for new library\n\nStorm knocks out power to 4,000 homes",
])
def test_a_heading_before_removed_text_or_closing_a_page_still_goes(text: str) -> None:
    assert reasons(text)[-1] is not None


@pytest.mark.parametrize("widget", ["Send tweet", "Share this"])
def test_a_share_button_alone_is_a_widget_not_a_one_line_article(widget: str) -> None:
    assert reasons(widget) == ["share or navigation widget"]


# -- cleaning: deeds on a platform ----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "He deleted the tweets on Friday after complaints from fans and removed the clip from his website.",
    "She sent tweets attacking the judge and linked the ruling from her website.",
    "The senator shared the petition in a series of tweets and linked it from her campaign website.",
    "The club deleted the tweets and took its website offline within an hour of the backlash.",
    "Hackers took over the council's website and used its account to send tweets promoting a crypto scam.",
    "The post was shared 40,000 times on Twitter and copied to dozens of websites before it was removed.",
])
def test_what_someone_did_with_tweets_and_websites_is_news(line: str) -> None:
    for text in (line, "\n\n".join([NEWS[0], line, NEWS[1]])):
        assert line in clean(Article(id="a", title="Tweets row", text=text, raw_text=text)).text


@pytest.mark.parametrize("line", [
    "Log in to share tweets and embed them on third-party sites from any browser.",
    "Tap the icon to send tweets from any browser or third-party app.",
    "Tweets that break the rules are deleted and embeds stop working in browsers and third-party apps.",
    "Tweets posted by this account may include location information and can be embedded in third-party sites.",
])
def test_platform_text_with_a_deed_verb_still_goes(line: str) -> None:
    text = "\n\n".join([NEWS[0], line, NEWS[1]])
    assert line not in clean(Article(id="a", title="Council votes to close pool", text=text, raw_text=text)).text


# -- CLI ------------------------------------------------------------------------------------------------------

def test_batch_and_group_name_a_broken_line_alike(tmp_path: Path) -> None:
    """One rule: an error row has the id its line gave, or no id (batch wrote a made-up "line N")."""
    broken = '{"id": "cut", "documents": [{"title": "x", "text": "y"'
    for cmd in ("batch", "group"):
        src, dst = tmp_path / f"{cmd}.jsonl", tmp_path / f"{cmd}.out.jsonl"
        src.write_text(broken + "\nnot json\n", encoding="utf-8")
        result = CliRunner().invoke(app, [cmd, str(src), str(dst)])
        assert result.exit_code == 1 and "Traceback" not in result.output
        rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
        assert rows == [{"error": "line 1: invalid JSON (Expecting ',' delimiter at column 55)"},
                        {"error": "line 2: invalid JSON (Expecting value at column 1)"}], cmd
        assert "error: line 1: invalid JSON" in result.stderr


def test_a_duplicate_row_shows_the_stored_length_not_the_raw_one(tmp_path: Path) -> None:
    text = ("Ferry aground off Port Selby\n\nA passenger ferry ran aground off Port Selby on Monday morning, the "
            "coastguard said.\n\nAll 212 passengers were taken off safely by lifeboat crews.\n\n"
            "Sign up for our daily newsletter to get the latest news in your inbox.\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "lib.db")
    result = CliRunner().invoke(app, ["--db", db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                      "--no-briefs", "--json"])
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows] == ["added", "already in library"]
    assert rows[1]["chars"] == rows[0]["chars"] < len(text) and rows[1]["removed"] == rows[0]["removed"] == 1


FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Selby Courier</title>'
        b"<item><title>Ferry aground off Port Selby</title><link>https://courier.example/ferry</link>"
        b"<description>A passenger ferry ran aground off Port Selby on Monday. All 212 passengers were taken off "
        b"safely, the coastguard said.</description></item></channel></rss>")


def test_a_feed_entry_read_from_the_feeds_own_text_is_told(tmp_path: Path) -> None:
    notes: list[tuple[str, str]] = []

    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text="Service Unavailable")

    (tmp_path / "feed.rss").write_bytes(FEED)
    with Fetcher(DEFAULT, transport=httpx.MockTransport(down), on_note=lambda *n: notes.append(n)) as fetcher:
        got = list(read([str(tmp_path / "feed.rss")], DEFAULT, fetcher=fetcher))
    assert isinstance(got[0], Article) and got[0].text.startswith("A passenger ferry")
    assert len(notes) == 1 and notes[0][0].endswith("feed.rss#1")
    assert "https://courier.example/ferry" in notes[0][1] and "feed's own summary text is used" in notes[0][1]
    # asked not to fetch: nothing to tell
    notes.clear()
    with Fetcher(DEFAULT.with_(fetch_feed_links=False), on_note=lambda *n: notes.append(n)) as fetcher:
        list(read([str(tmp_path / "feed.rss")], DEFAULT.with_(fetch_feed_links=False), fetcher=fetcher))
    assert notes == []


def test_the_cli_prints_the_fallback_note_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_bytes(FEED)
    # (no network here, or a 0.5 s timeout: the page is not read either way)
    result = CliRunner().invoke(app, ["brief", str(tmp_path / "feed.rss"), "--timeout", "0.5", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "note: " in result.stderr and "feed.rss#1" in result.stderr and "Traceback" not in result.output


def test_a_login_page_is_no_lone_heading() -> None:
    """A question or a label alone is page text, not a one-line article ("Forgot your password?")."""
    assert reasons("Username\nPassword\nForgot your password?", title="Login")[-1] is not None


def test_a_page_cleaning_empties_is_refused_saying_what_happens(tmp_path: Path) -> None:
    page = tmp_path / "cookie.html"
    page.write_text("<html><body><p>We use cookies to improve your experience on our site. By continuing to browse, "
                    "you agree to our use of cookies. Accept all cookies.</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "lib.db"), "ingest", str(page), "--no-briefs"])
    assert result.exit_code == 1 and "cookie.html: no article text left after cleaning" in result.stderr
    assert "; not stored" in result.stderr
    story = tmp_path / "ferry.txt"
    story.write_text("Ferry aground off Port Selby\n\nA passenger ferry ran aground off Port Selby on Monday, the "
                     "coastguard said. All 212 passengers were taken off safely.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(page), str(story), "-f", "json"])
    assert result.exit_code == 1 and "cookie.html: no article text left" in result.stderr
    assert "; left out of the brief" in result.stderr and json.loads(result.stdout)["articles"]


# -- mend105: a dead page is no one-line alert; orders and embed text are no deeds ------------------------------

@pytest.mark.parametrize("text", [
    "Selby Courier\n\nShare | Tweet | Email\n\nThis story has been removed",
    "Selby Courier\n\nHome | News | Sport | Business | Weather\n\nThis content is no longer available",
    "Home | News | Sport | Business | Weather\n\nStory unavailable in your region",
    "Selby Courier\n\nRead more: Harbour wall breached at Port Selby\n\nThis page has been withdrawn",
])
def test_a_notice_on_a_page_with_a_nav_or_share_bar_is_no_article(text: str) -> None:
    notice = text.split("\n\n")[-1]
    assert reasons(text, title="Selby Courier")[-1] is not None  # as on main: the notice goes with the page's bars
    assert notice not in clean(Article(id="a", title="Selby Courier", text=text, raw_text=text)).text


@pytest.mark.parametrize("line", [
    "Support for the pause grew after dock workers posted tweets and a petition on a website set up by the union.",
    "Select Committee chair Nia Hughes wrote in tweets on Monday that the ministry website had hidden the costs.",
    "Check Point Software announced in tweets that its website had blocked the attack on the hospital.",
    "Open Harbour, the campaign group, posted tweets linking to a website listing the bidders.",
    "Review panels wrote in tweets and on their website that the bids were incomplete.",
    "Visit Selby, the tourism board, deleted its tweets and paused its website on Wednesday.",
    "Try Harder, the protest band, shared the clip in tweets and linked it from its website.",
])
def test_a_deed_whose_verb_has_a_subject_is_news_though_the_line_opens_with_a_verb_form(line: str) -> None:
    text = "\n\n".join([NEWS[0], line, NEWS[1]])
    assert line in clean(Article(id="a", title="Council votes to close pool", text=text, raw_text=text)).text


@pytest.mark.parametrize("line", [
    "Click here to send tweets and share stories from our website with friends.",
    "Use the button below to send tweets or embed this story on your website.",
    "Select a tweet and send it to your followers or embed it on a website.",
    "The author has deleted this tweet, so the embed cannot be shown.",
    "Embedded tweet deleted: the media player and embeds failed to load.",
    "Tweets sent from third-party apps may not display in the embed.",
])
def test_an_order_or_the_embeds_own_error_text_is_no_deed(line: str) -> None:
    text = "\n\n".join([NEWS[0], line, NEWS[1]])
    assert line not in clean(Article(id="a", title="Council votes to close pool", text=text, raw_text=text)).text


def test_a_telling_verb_before_this_tweet_stays_news_as_on_main() -> None:
    line = "The senator posted this tweet on Monday, hours after the vote, and linked it from her website."
    text = "\n\n".join([NEWS[0], line, NEWS[1]])
    assert line in clean(Article(id="a", title="Council votes to close pool", text=text, raw_text=text)).text


def test_the_api_without_on_error_does_not_say_left_out_of_the_brief(tmp_path: Path) -> None:
    from accord import api
    from accord.errors import IngestError
    page = tmp_path / "cookie.html"
    page.write_text("<html><body><p>We use cookies to improve your experience on our site. By continuing to browse, "
                    "you agree to our use of cookies. Accept all cookies.</p></body></html>", encoding="utf-8")
    story = tmp_path / "ferry.txt"
    story.write_text("Ferry aground off Port Selby\n\nA passenger ferry ran aground off Port Selby on Monday, the "
                     "coastguard said. All 212 passengers were taken off safely.\n", encoding="utf-8")
    with pytest.raises(IngestError) as exc:
        api.brief([str(page), str(story)])
    assert "left out of the brief" not in str(exc.value) and "no brief made" in str(exc.value)
    got: list[IngestError] = []
    assert api.brief([str(page), str(story)], on_error=got.append).articles
    assert "; left out of the brief" in str(got[0])
