"""coherence32 (issue 13): no teaser and no page furniture inside a summary sentence — a listicle's
promise, the page telling its reader to look, a section label, a press release's end mark, a paper's
reference numbers. Invented texts, with near cases that are news and must stay usable."""
import pytest

from accord.model import Article, Fact, Sentence
from accord.options import DEFAULT
from accord.summarize import TEASER, _TEASER, select, teaser, usable

FIRES = [
    # a listicle's promise after its lead-in, and the writer's (or a site's) compiled best-of
    "From her stand-up debut to her talk-show years, here are 12 of Garner's sharpest lines.",
    "With the vote a week away, here's a look at the races that matter.",
    "Here are ten things to know about the new parking law.",
    "Here are 10 things to know about the new parking law.",
    "To mark the band's 30th anniversary, we've collected their best live moments.",
    "We have rounded up some of the funniest reactions to the royal baby's name.",
    "Glossday has compiled some of the best looks from the gala.",
    "The site has put together a list of the top 25 songs of the decade.",
    # the page telling its reader to look or to go on reading
    "Take a look at the photos below.",
    "Meanwhile, have a peek at the new stadium's seating plan.",
    "Keep reading for the full list of winners.",
    # section labels and link lines run into the text
    "PHOTOS: Floodwaters sweep through the valley town",
    "VIDEO: The mayor answers questions on the budget",
    "The council approved the budget. ► Related: Mayor vows new parks",
    "The council approved the budget. Related: Mayor vows new parks",
    # a credit line run into the text or standing alone
    "The mayor resigned on Friday. Copyright 2015 The Associated Press.",
    "Copyright 2016 Brightline Media, LLC. All rights reserved.",
    "The mayor resigned. © 2014 Harbour News Network.",
    # a press release's end mark with its boilerplate after it
    "The firm will open two plants in 2021. ### About Brixco Brixco makes garden tools.",
    # a paper's reference numbers left by the splitter
    "17, 18 A later trial found no effect on mood.",
    "17 , 18 A later trial found no effect on memory.",
    "Short sleep raises the risk of stroke 17 , 18 A later trial found no effect.",
]

NEAR = [
    "There are 20 candidates on the ballot this year.",
    "The people here are angry about the closure of the plant.",
    "Here is a man who has lost everything, his neighbour said.",
    "Police have compiled a list of suspects in the robbery.",
    "Researchers have collected samples from 300 patients.",
    "The committee has gathered testimony from 40 witnesses.",
    "Officials will take a look at the data next week.",
    "Inspectors who take a look at the bridge must file a report.",
    "He watched videos of the crash on his phone.",
    "The photos show the mayor at the scene.",
    "The Related Companies said it would build a tower on the site.",
    "Prosecutors said the charges were related: both involve the same account.",
    "He sued the studio over copyright in 2015 and won.",
    "The band reserved all rights to the name, its lawyer said.",
    "The #MeToo movement gained strength in the film industry.",
    "The three victims were aged 41, 42 and 45.",
    "In 2012, 42 senators voted against the bill.",
    "25,000 National Guard troops deployed to the capital.",
    "9-11 Commission members met on Monday.",
    "The scores were 3 , 4 and 5 on the three tests.",
]


@pytest.mark.parametrize("text", FIRES)
def test_teasers_and_page_furniture_are_teasers(text: str) -> None:
    assert TEASER.search(text) and _TEASER.found(text) and teaser(text)


@pytest.mark.parametrize("text", NEAR)
def test_news_with_the_same_words_is_no_teaser(text: str) -> None:
    assert not TEASER.search(text) and not _TEASER.found(text) and not teaser(text)
    assert usable(text)


def _story(texts: list[str]) -> tuple[list[Fact], list[Article]]:
    facts = [Fact(id=f"a{k}", text=t, sentences=[Sentence("a", k, t)], support=["a"], independent=1)
             for k, t in enumerate(texts)]
    return facts, [Article(id="a", title="", text="\n".join(texts))]


def test_a_summary_takes_no_teaser_while_the_story_has_news() -> None:
    texts = ["The comedian Dana Garner turns 50 on Friday, and her old show will air a tribute the same night.",
             "To celebrate, we've collected her funniest moments on the show.",
             "From her first sketch to her farewell, here are 12 of Garner's sharpest lines.",
             "Garner joined the show in 1995 and left it in 2003 to make films.",
             "Her latest film, a comedy about a failing bakery, opens in cinemas next month."]
    facts, arts = _story(texts)
    out = [c.text for c in select(facts, arts, DEFAULT.with_(words=120, summary_titles=False))]
    assert out and texts[0] in out
    assert texts[1] not in out and texts[2] not in out


def test_a_page_that_is_all_teaser_keeps_it() -> None:
    texts = ["To mark the band's 30th anniversary, we've collected their best live moments.",
             "From the first club gig to the stadium tours, here are 20 of the band's greatest songs."]
    facts, arts = _story(texts)
    out = [c.text for c in select(facts, arts, DEFAULT.with_(words=120, summary_titles=False))]
    assert out and set(out) <= set(texts)
