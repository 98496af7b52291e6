"""(timeline8) Entries of one day that tell one happening are shown once (accord.briefing._merge_told), on invented
news: two outlets' tellings, a "said" line and the event line merge; two happenings of one day stay two."""
from __future__ import annotations

import pytest

from accord.briefing import _happening, _merge_told, _one_happening, _two_happenings, build
from accord.model import Article, Dated, SentenceRef

ONE = [
    ("Police arrested Tom Reed in Dayton on Friday.",
     "The sheriff's office said on Friday that deputies had detained Tom Reed at a motel in Dayton."),
    ("French troops left Mali on Monday.",
     "French soldiers left Mali on Monday after nine years, the army said."),
    ("The Senate approved the Clean Water Act on Tuesday.",
     "Lawmakers in the Senate passed the Clean Water Act on Tuesday, 61-39."),
    # one named person undergoes it once on a day, whatever else each telling names
    ("Esther Moll died early Thursday in her sleep, according to her publicist.",
     "Moll, whose films made swimming a Hollywood genre, died yesterday in Palm Springs at the age of 91."),
    ("Premier Dana Kroll resigned on Monday after the vote.", "Kroll stepped down on Monday, her office said in a statement."),
    # the days each names are the entries' one day, not a difference ("early Monday" / "on March 6, 2023")
    ("Carlo Vitti died early Monday at a prison hospital in Milan, officials said.",
     "Carlo 'The Tailor' Vitti died in prison custody on March 6, 2023."),
]
TWO = [
    ("Police arrested Tom Reed in Dayton on Friday.", "Tom Reed appeared in a Dayton court on Friday."),
    ("Police arrested Tom Reed on Friday.", "Police arrested Tom Reed's brother on Friday."),
    ("A bomb exploded at the Kabul airport on Thursday.", "Officials evacuated the Kabul airport on Thursday."),
    ("The parliament of Peru voted to remove the president on Monday.",
     "Thousands protested outside the parliament of Peru on Monday."),
    ("Police found a body in the river on Sunday.", "Police found a stolen car on Sunday."),
    ("Police arrested Tom Reed on Friday.", "Police arrested Ann Cole on Friday."),
    ("Firefighters rescued 12 hikers from Mount Hood on Saturday.",
     "Firefighters rescued 3 climbers from Mount Hood on Saturday."),
    ("The Senate approved the budget bill on Tuesday.",
     "The Senate approved the nomination of Judge Ellen Park on Tuesday."),
    ("Russian troops left Kherson on Friday.", "Russian troops attacked Kherson on Friday."),
    ("The company launched its new phone in Berlin on Monday.",
     "The company fired its chief executive, Tom Reed, on Monday."),
    ("Two people were killed in a crash on Highway 9 on Monday.",
     "Two people were killed in a fire on Elm Street on Monday."),
    ("Tom Reed was arrested on Friday.", "Ann Reed was arrested on Friday."),
    ("Ann Cole died on Monday.", "Ann Cole's husband died on Monday."),
    ("Tom Reed was arrested on Friday.", "Tom Reed was released on Friday."),
    ("Ann Cole resigned from the board on Monday.", "Ann Cole was elected mayor on Monday."),
    ("Greek police said a bomb in Athens killed three people on Wednesday.",
     "Greek police said a bomb in Athens killed a guard on Wednesday."),
    # what a named person did, not underwent: the shooting and the suicide, two arrests, two sentences
    ("Gunman Tom Reed killed two people in a Dayton bar on Friday.", "Tom Reed killed himself in Dayton on Friday."),
    ("Sheriff Tom Reed arrested two men on Friday.", "Sheriff Tom Reed arrested a woman on Friday."),
    ("Judge Ann Cole sentenced two men on Monday.", "Judge Ann Cole sentenced a woman on Monday."),
]


@pytest.mark.parametrize(("a", "b"), ONE)
def test_one_happening_told_two_ways_is_one(a: str, b: str) -> None:
    assert _one_happening(a, b) and _one_happening(b, a)


@pytest.mark.parametrize(("a", "b"), TWO)
def test_two_happenings_of_one_day_stay_two(a: str, b: str) -> None:
    assert not _one_happening(a, b) and not _one_happening(b, a)


def test_a_said_line_tells_the_clause_it_reports() -> None:
    assert _happening("The ministry on Thursday said the first units had left Almaty.") == "the first units had left Almaty."
    assert _happening("Police arrested Tom Reed on Friday, the sheriff said.") == \
        "Police arrested Tom Reed on Friday, the sheriff said."


def _ref(article: str, index: int) -> SentenceRef:
    return SentenceRef(article=article, index=index, start=0, end=10)


def test_merged_entries_keep_the_best_supported_telling_and_every_citation() -> None:
    """One happening told three ways (a lede, a "said" line, another outlet) is one entry citing all three articles; the
    court hearing of that day stays; another day's arrest is not merged."""
    entries = [
        Dated(date="2023-03-10", text="The sheriff's office said on Friday that deputies had detained Tom Reed at a motel "
              "in Dayton.", citations=["a"], sentences=[_ref("a", 4)]),
        Dated(date="2023-03-10", text="Police arrested Tom Reed in Dayton on Friday.", citations=["b", "c"],
              sentences=[_ref("b", 0), _ref("c", 2)]),
        Dated(date="2023-03-10", text="Officers arrested Tom Reed at his Dayton motel room on Friday.", citations=["d"],
              sentences=[_ref("d", 1)]),
        Dated(date="2023-03-10", text="Tom Reed appeared in a Dayton court on Friday.", citations=["b"],
              sentences=[_ref("b", 3)]),
        Dated(date="2023-03-17", text="Police arrested Tom Reed in Dayton again on Friday.", citations=["e"],
              sentences=[_ref("e", 0)]),
    ]
    out = _merge_told(entries)
    assert [e.text for e in out] == ["Police arrested Tom Reed in Dayton on Friday.",
                                     "Tom Reed appeared in a Dayton court on Friday.",
                                     "Police arrested Tom Reed in Dayton again on Friday."]
    assert out[0].citations == ["b", "c", "a", "d"]
    assert [(r.article, r.index) for r in out[0].sentences] == [("b", 0), ("c", 2), ("a", 4), ("d", 1)]


def test_an_article_both_tellings_cite_keeps_the_shown_tellings_sentence() -> None:
    """(lead65) Two tellings that cite one article in two of its sentences (a lede and its later recap) merge into
    one entry listing that article's sentence once, the shown telling's: two sentences of one article in a citation
    mean one claim told over two of them."""
    entries = [
        Dated(date="2023-03-10", text="Police arrested Tom Reed in Dayton on Friday.", citations=["b", "c"],
              sentences=[_ref("b", 0), _ref("c", 2)]),
        Dated(date="2023-03-10", text="The sheriff's office said on Friday that deputies had detained Tom Reed at a motel "
              "in Dayton.", citations=["b", "a"], sentences=[_ref("b", 7), _ref("a", 4)]),
    ]
    (out,) = _merge_told(entries)
    assert out.citations == ["b", "c", "a"]
    assert [(r.article, r.index) for r in out.sentences] == [("b", 0), ("c", 2), ("a", 4)]


def test_two_happenings_sharing_most_words_stay_two() -> None:
    """The word rule (60% of the shorter entry's content words) took two people's arrests, or a conviction and the
    sentence, for one event; entries it merges still tell one ("Police arrested Tom Reed in Dayton on Friday" /
    "Police arrested Tom Reed at a Dayton motel on Friday")."""
    assert _two_happenings("Tom Reed was arrested on Friday in Tulsa.", "Ann Reed was arrested on Friday in Wichita.")
    assert _two_happenings("A jury convicted Tom Reed of robbery on Friday.", "A judge sentenced Tom Reed on Friday.")
    assert not _two_happenings("Police arrested Tom Reed in Dayton on Friday.",
                               "Police arrested Tom Reed at a Dayton motel on Friday.")
    assert not _two_happenings("Tom Reed was arrested on Friday.", "Reed was arrested on Friday in Tulsa.")
    assert not _two_happenings("Maria Soto, 71, was killed by a speeding driver in Elmhurst on Friday.",
                               "A 71-year-old grandmother was struck and killed by a speeding driver in Elmhurst on Friday.")
    text = "Tom Reed was arrested on Friday in Tulsa. Ann Reed was arrested on Friday in Wichita."
    days = [(e.date, e.text) for e in build([Article(id="a", title="", text=text, raw_text=text,
                                                     published="2023-03-11")]).timeline]
    assert days == [("2023-03-10", "Tom Reed was arrested on Friday in Tulsa."),
                    ("2023-03-10", "Ann Reed was arrested on Friday in Wichita.")]


def test_one_death_told_by_three_outlets_is_one_entry_citing_each_that_states_it() -> None:
    """Each merged citation is the support check's: an article is cited when its own telling states the death on
    that day (the third's telling, already merged by words, is not found stating the shown one: main's behaviour)."""
    texts = {"a": "Esther Moll died early Friday in her sleep, according to her publicist. She was 91.",
             "b": "Moll, whose films made swimming a Hollywood genre, died on Friday in Palm Springs at the age of 91.",
             "c": "Hollywood swimming star Esther Moll died Friday at her home in Palm Springs, her family said."}
    timeline = build([Article(id=k, title="", text=t, raw_text=t, published="2023-03-11") for k, t in texts.items()]).timeline
    assert [(e.date, e.text, e.citations) for e in timeline] == [
        ("2023-03-10", "Esther Moll died early Friday in her sleep, according to her publicist.", ["a", "b"])]
    assert [r.article for r in timeline[0].sentences] == ["a", "b"]


# (mend85, review119) a place is never the shared party: two arrests in one city, two soldiers killed in one province,
# two strikes in one city are two happenings; the one-surname check runs before any return; a denial tells nothing
PLACE_ONLY = [
    ("A suspect was arrested in Dayton on Friday in the killing of a schoolteacher.",
     "A suspect was arrested in Dayton on Friday in the robbery of a downtown bank."),
    ("Two men were arrested in Leeds on Friday over the stabbing.", "Two men were arrested in Leeds on Friday over a burglary."),
    ("A British soldier was killed in Helmand on Monday when a roadside bomb struck his patrol.",
     "A Danish soldier was killed in Helmand on Monday during a firefight with insurgents."),
    ("Israeli aircraft struck a UN-run school in Gaza City on Tuesday.",
     "Israeli aircraft also struck al-Shifa hospital in Gaza City on Tuesday, doctors said."),
    ("Police found the body of a woman in Riverside Park on Sunday.", "Police found a stolen car in Riverside Park on Sunday."),
    ("Police said on Friday that a man was arrested in Dayton.", "A man was arrested in Dayton on Friday after a shooting."),
    # one happening, but only a place in common: missed by design (the price of never merging two by a place)
    ("French troops began withdrawing from Mali on Monday.",
     "French soldiers left Mali on Monday after nine years, the army said."),
]
OTHER_PERSON = [
    ("Ann Reed was arrested in Tulsa on Friday on charges of defrauding investors.",
     "Tom Reed was arrested in Tulsa on Friday after a crash that injured a cyclist."),
    ("Police arrested Mara Quist in Fresno on Friday.", "Police arrested Leo Quist in Fresno on Friday."),
    ("Lt. Reed was arrested on Friday.", "Sgt. Reed was arrested on Friday."),
    ("John Smith was sentenced to 25 years in prison on Friday.", "John Smith Jr. was sentenced to 25 years in prison on Friday."),
    ("Mark Oduya Sr. resigned on Wednesday.", "Mark Oduya Jr. resigned on Wednesday."),
]
NOT_TOLD = [
    ("Israeli aircraft struck al-Ahli hospital in Gaza City on Tuesday, health officials said.",
     "Israel said on Tuesday that its aircraft did not strike al-Ahli hospital in Gaza City."),
    ("Israeli aircraft struck al-Ahli hospital in Gaza City on Tuesday.",
     "The army denied that its aircraft struck al-Ahli hospital in Gaza City on Tuesday."),
    ("The ministry said on Friday that Ana Ruiz was not arrested.", "Ana Ruiz was arrested on Friday."),
    ("John Smith was sentenced to life in prison on Friday.", "John Smith was sentenced to 10 years on Friday."),
    ("Judge Ruth Amari sentenced Paul Dern to life in prison on Monday.", "A judge sentenced Paul Dern to 15 years on Monday."),
]
STILL_ONE = [  # review119's "what held"
    ("Mayor Ann Ortiz died on Monday.", "Former mayor Ann Ortiz died on Monday in Springfield."),
    ("Hurricane Ida struck Louisiana on Sunday, killing two people.", "Hurricane Ida hit Louisiana on Sunday, killing two people."),
    ("The board fired John Hale on Monday.", "The board ousted John Hale on Monday."),
    ("Sgt. Ivo Kent was arrested on Thursday.", "Sgt. Ivo Kent was arrested on Thursday at his home, police said."),
    ("Paul Dern was sentenced to 15 years in prison on Monday.", "Paul Dern was sentenced on Monday to 15 years."),
    ("Former governor Hal Brandt died on Sunday in Boise.", "Hal Brandt, who led Idaho through two floods, died Sunday at 88."),
]


@pytest.mark.parametrize(("a", "b"), PLACE_ONLY + OTHER_PERSON + NOT_TOLD)
def test_a_place_another_person_a_denial_or_another_term_is_no_one_happening(a: str, b: str) -> None:
    assert not _one_happening(a, b) and not _one_happening(b, a)


@pytest.mark.parametrize(("a", "b"), STILL_ONE)
def test_one_named_party_in_common_still_merges(a: str, b: str) -> None:
    assert _one_happening(a, b) and _one_happening(b, a)


def test_the_word_rule_keeps_a_denial_another_term_and_a_son_apart() -> None:
    assert _two_happenings("Police said on Friday that Tom Reed was not arrested in Dayton.",
                           "Tom Reed was arrested in Dayton on Friday.")
    assert _two_happenings("John Smith was sentenced to life in prison on Friday.",
                           "John Smith was sentenced to 10 years in prison on Friday.")
    assert _two_happenings("John Smith was sentenced to 8 years in prison on Friday for the fraud.",
                           "John Smith Jr. was sentenced to 3 years in prison on Friday for the fraud.")
    # a "not" of another action is no denial of this one (the word rule still decides)
    assert not _two_happenings("Fans asked why the sequel might not make its May 2, 2025 release date.",
                               "The studio set a May 2, 2025 release date for the sequel last year.")
    assert not _two_happenings("John Smith was sentenced to 8 years in prison on Friday.",
                               "John Smith was sentenced to 8 years on Friday for the fraud.")


def _briefed(texts: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    return [(e.date, e.text, e.citations) for e in build([Article(id=k, title="", text=t, raw_text=t, published="2023-03-11")
                                                          for k, t in texts.items()]).timeline]


def test_two_arrests_in_one_city_stay_two_entries() -> None:
    """review119 finding 2: Ann Reed's fraud arrest was cited under Tom Reed's arrest after a crash (the city shared)."""
    timeline = _briefed({
        "a": "Ann Reed was arrested in Tulsa on Friday on charges of defrauding elderly investors, prosecutors said.",
        "b": "Tom Reed was arrested in Tulsa on Friday after a crash that injured a cyclist, police said.",
        "c": "Former councilman Tom Reed was arrested in Tulsa on Friday after a crash that injured a cyclist."})
    assert sorted(e[1].split()[0] for e in timeline) == ["Ann", "Tom"]
    assert all("a" not in e[2] for e in timeline if e[1].startswith("Tom"))


def test_two_strikes_in_one_city_stay_two_entries() -> None:
    """review119 finding 4: the hospital strike was merged into the school strike (Gaza City shared), its article cited
    for the school."""
    timeline = _briefed({
        "a": "Israeli aircraft struck a UN-run school in Gaza City on Friday, where hundreds of displaced families were "
             "sheltering, the civil defence agency said. Hours later, Israeli jets struck al-Quds hospital in Gaza City, "
             "damaging its emergency ward. The military said militants were using both sites.",
        "b": "Israeli warplanes hit a school run by the United Nations in Gaza City on Friday, rescuers said. Israeli "
             "aircraft also struck al-Quds hospital in Gaza City on Friday, doctors said, and patients were moved to the "
             "basement."})
    assert [e[2] for e in timeline if "UN-run" in e[1]] == [["a"]]
    assert [e[2] for e in timeline if "hospital" in e[1]] == [["b"]]
