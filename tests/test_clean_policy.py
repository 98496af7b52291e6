"""(clean70, issue 13) Site-policy phrases are chrome only in the site's own sentence, never in news reporting them."""
from __future__ import annotations

import pytest

from accord.clean import clean, judge
from accord.model import Article
from accord.summarize.coherence import DATELINE
from accord.summarize.events import _DATELINE as EVENT_DATELINE

_AROUND = ("The city council met on Tuesday to discuss the budget for next year in a long session.\n\n{}\n\n"
           "The mayor's office declined to comment on the plan on Friday afternoon.")


def _kept(line: str) -> bool:
    return any(line in kept and reason is None for kept, reason in judge(_AROUND.format(line)))


# one pair a rule: the news that reports the phrase, the page's own line with it
@pytest.mark.parametrize("news, chrome", [
    ("Meta changed its privacy policy on Monday after European regulators fined the company 1.2 billion euros.",
     "Use of this site constitutes acceptance of our User Agreement and Privacy Policy."),
    ("A class action filed on Monday claims Twitter changed its terms of service without notice to 200 million users.",
     "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
    ("The Girl Scouts said the cookies would cost $6 a box this year, up from $5.",
     "This site uses cookies to ensure you get the best experience."),
    ("Regulators in France fined Google 150 million euros over its use of cookies on YouTube.",
     "By continuing to browse, you accept our use of cookies."),
    ("The new cookie consent rules take effect in January across the European Union.", "Manage cookie preferences"),
    ("The judge said the photographer had all rights reserved to the images, and dismissed the suit.",
     "All rights reserved."),
    ("Finland applied on Wednesday to become a member of NATO, ending decades of neutrality.",
     "Become a member today and help fund the newsroom."),
    ("YouTube disabled comments on millions of videos of children after advertisers pulled out.",
     "Comments have been disabled for this article."),
    ("Health officials urged residents to download the app, which alerts users who were near an infected person.",
     "Download the free app for breaking news alerts."),
    ("The Morning Brew daily newsletter now has 4 million readers, its founder told investors.",
     "Get the best of the week in your free weekly newsletter."),
    ("The retired teacher made a donation of $2 million to the hospital in March.", "Make a donation."),
    ("The foundation was set up in 2019 to support independent journalism in Hungary.",
     "Support independent journalism: give what you can."),
    ("The article was published in the journal Nature on Thursday and drew wide criticism.",
     "This article was originally published on The Conversation."),
    ("Originally published in 1851, the novel sold poorly during its author's lifetime.", "Originally published at Vox."),
    ("The names of the victims may not be published under state law, the prosecutor added.",
     "This material may not be published, broadcast, rewritten or redistributed."),
    ("Liverpool scored twice after the break to win the match 3-1.", "More after the break!"),
    ("Hot meals are delivered each day to 300 seniors in the county.", "The Morning Report, delivered every weekday."),
    ("More than 40,000 residents signed up for the county's emergency alerts after the flood.",
     "Sign up for daily alerts from the newsroom."),
    ("'We hope to become a member within a year,' the foreign minister told reporters.", "Become a member"),
])
def test_a_policy_phrase_is_chrome_only_in_the_sites_own_sentence(news: str, chrome: str) -> None:
    assert _kept(news)
    assert not _kept(chrome)


def test_a_warning_to_the_reader_in_a_story_about_it_is_news() -> None:
    news = "If you accept cookies, regulators warn, your browsing data can be sold to brokers."
    text = ("Regulators fined three data brokers on Monday for selling browsing data without consent.\n\n" + news
            + "\n\nThe brokers said they would appeal the fines.\n\n"
            "By signing up, you agree to the Terms of Use and Privacy Policy.")
    out = clean(Article(id="a", title="Data brokers fined", text=text))
    assert news in out.text and "Terms of Use" not in out.text


@pytest.mark.parametrize("page", [
    "We use cookies to improve your experience. By continuing to browse, you accept our use of cookies.",
    "Subscribe to continue reading. Already a subscriber? Log in",
    "Sorry, the page you are looking for cannot be found.",
    "Please enable JavaScript to view this page.",
])
def test_pages_of_chrome_are_still_cleaned(page: str) -> None:
    out = clean(Article(id="a", title="Harbour news", text=page))
    assert out.text == ""


def test_a_cookie_notice_taken_as_the_headline_goes_with_its_title() -> None:
    notice = "We use cookies to improve your experience. By continuing to browse, you accept our use of cookies."
    out = clean(Article(id="a", title=notice, text=notice))  # a page with no <title>: its first paragraph is the title
    assert (out.title, out.text) == ("", "")
    story = "Meta changes its privacy policy after EU fine"  # a headline naming the phrase stays
    out = clean(Article(id="b", title=story, text=story + "\n\nMeta changed its privacy policy on Monday, the company said."))
    assert out.title == story and out.text.startswith(story)


@pytest.mark.parametrize("text, dateline", [
    ("PORT MARA, March 4, 2026 — A fire broke out on a ferry on Wednesday.", True),
    ("WASHINGTON, Jan. 5 (Reuters) - The Senate voted on Friday.", True),
    ("NEW YORK (AP) — A man was arrested.", True),
    ("The council met, March 4, 2026 — the vote was close.", False),
])
def test_a_dateline_with_its_day_is_a_dateline(text: str, dateline: bool) -> None:
    assert bool(DATELINE.match(text)) is dateline
    assert bool(EVENT_DATELINE.match(text)) is dateline
