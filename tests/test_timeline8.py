"""(timeline8) Entries of one day that tell one happening are shown once (accord.briefing._merge_told), on invented
news: two outlets' tellings, a "said" line and the event line merge; two happenings of one day stay two."""
from __future__ import annotations

import pytest

from accord.briefing import _happening, _merge_told, _one_happening, _two_happenings, build
from accord.model import Article, Dated, SentenceRef

ONE = [
    ("Police arrested Tom Reed in Dayton on Friday.",
     "The sheriff's office said on Friday that deputies had detained Tom Reed at a motel in Dayton."),
    ("French troops began withdrawing from Mali on Monday.",
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
