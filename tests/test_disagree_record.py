"""Every slot reading cites the article of the sentence it was read in (accord/disagree/record.py)."""
from __future__ import annotations

import dataclasses

from accord.disagree.clock import Play
from accord.disagree.details import Phone
from accord.disagree.record import Record
from accord.model import Sentence


def test_a_reading_cites_its_sentences_article() -> None:
    s = Sentence(article="reuters-1", index=3, text="Call police on 555 0100.")
    phone = Phone(sentence=s, written="555 0100", digits="5550100")
    assert phone.article == "reuters-1"
    # a reading moved to another sentence follows it: the article is never stored twice
    phone.sentence = Sentence(article="ap-2", index=0, text="Call 555 0100.")
    assert phone.article == "ap-2"


def test_the_base_adds_no_field_so_records_keep_their_own_order() -> None:
    play = Play(Sentence(article="a", index=0, text="with 2:13 left"), 5, 9, 133, None)
    assert [f.name for f in dataclasses.fields(play)][0] == "sentence"
    assert isinstance(play, Record) and "article" not in {f.name for f in dataclasses.fields(play)}
