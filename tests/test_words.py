"""``accord/words.py``: the one month table, and the regexes every reader builds from it."""
from __future__ import annotations

import re

import pytest

from accord.analyse import quotes, rules
from accord.clean.signals import DATE_LINE
from accord.eval import masked_pair
from accord.ingest import meta
from accord.words import (IRREGULAR_VERBS, MONTH_NAMES, MONTH_NAMES_CAPITALISED, MONTHS, REPORT_VERBS, SPEECH_VERBS,
                          reporting, third_person)


def test_the_month_regexes_are_the_table() -> None:
    assert {w for w in MONTHS if re.fullmatch(MONTH_NAMES, w)} == set(MONTHS)
    assert {w for w in MONTHS if re.fullmatch(MONTH_NAMES_CAPITALISED, w.capitalize())} == set(MONTHS)
    assert not re.fullmatch(MONTH_NAMES_CAPITALISED, "may")  # the modal verb is no month


def test_every_reader_knows_the_same_months() -> None:
    for line in ("Sept. 5, 2022", "5 September 2022", "Published: Jan 13, 2022", "Febuary 5, 2022"):
        assert DATE_LINE.match(line), line  # a date line of the page (a misspelt month still reads)
    assert not DATE_LINE.match("Marching 5, 2022 and more")
    assert meta.date_near_top(["SEPT. 5, 2022"]) == "2022-09-05"
    dates = {v.text for v in masked_pair.values("Talks began Sept. 5 and ended Jul. 7, while troops may 5 times retreat.")
             if v.type == "date"}
    assert dates == {"Sept. 5", "Jul. 7"}


def test_the_analyser_and_other_readers_take_months_from_the_table() -> None:
    """The analyser's date patterns, the place reader's non-places and the page-sentence by-line all
    come from the one table: every month name and abbreviation is read, a full stop only after an
    abbreviation ("Jan. 13"), so "in June. 5 people" is no date."""
    from datetime import date

    from accord.analyse import dates
    from accord.clean.signals import PAGE_SENTENCE
    from accord.disagree import places
    from accord.words import MONTH_ABBREVIATIONS, MONTHS_FULL

    ref = date(2022, 1, 20)
    for name, number in MONTHS.items():
        found = dates.find(f"Talks began {name.capitalize()} 5.", ref)
        assert [int(m.value.split("-")[1]) for m in found] == [number], name
    assert [m.value for m in dates.find("Troops arrived on Jan. 13, 2022 and Sept. 5.", ref)] == ["2022-01-13", "2021-09-05"]
    assert dates.find("It ended in June. 5 people died.", ref) == []
    assert "may" not in MONTH_ABBREVIATIONS and {"jan", "sep", "sept"} <= MONTH_ABBREVIATIONS
    assert MONTHS_FULL[0] == "January" and MONTHS_FULL[11] == "December"
    assert set(MONTHS_FULL) <= places._NOT_PLACE
    assert PAGE_SENTENCE.search("By Ann Lee and Bo Chen") and not PAGE_SENTENCE.search("By March 5 the troops left")


def test_given_names_and_their_short_forms_are_one_table() -> None:
    """Support ("Bill Hakim" named by "William Hakim") and the name-in-a-role check read one table."""
    from accord.words import same_given_name

    assert same_given_name("bill", "william") and same_given_name("hank", "henry")
    assert same_given_name("pat", "patrick") and same_given_name("pat", "patricia")
    assert not same_given_name("patrick", "patricia") and not same_given_name("bill", "robert")
    assert not same_given_name("katherine", "catherine")  # a spelling, which the spelling rules judge


def test_a_time_stamp_alone_is_told_from_a_sentence_with_a_time() -> None:
    """A page's stamp scraped as a headline or a sentence states nothing; a sentence giving a time does."""
    from accord.words import is_timestamp

    for stamp in ("updated 8: 41 p.", "May 2, 2013 1: 35 pm.", "Friday, March 08, 2013",
                  "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12: 46 PM / UPDATED AT 12: 48 PM", "Posted Tue 4 Jun 2019 10:05 GMT"):
        assert is_timestamp(stamp), stamp
    for sentence in ("Updated figures came at 8 p.m.", "He was born May 2, 2013.", "Lindsay Lohan Checks Out Of Rehab..",
                     "Friday", "Troops left on Friday"):  # words a stamp lacks, or no figure
        assert not is_timestamp(sentence), sentence


def test_a_doubled_final_stop_of_a_headline_is_made_single() -> None:
    """Some feeds and datasets end every title with a full stop, so a question or a title with its
    own stop ends on two marks ("…Mueller?.", "…happen.."); a headline printed as a summary sentence
    shows one. An ellipsis, a single mark and a stop inside the title stay as written."""
    from accord.summarize.features import headline_sentence
    from accord.words import one_stop

    assert one_stop("What might Michael Cohen tell Robert Mueller?.") == "What might Michael Cohen tell Robert Mueller?"
    assert one_stop("Now it may not happen..") == "Now it may not happen."
    assert one_stop("Stop the presses!.") == "Stop the presses!"
    for same in ("Lindsay Lohan checks out of rehab...", "Is it over?", "Talks resume.", "U.S. talks resume",
                 "Talks resume in the U.S."):
        assert one_stop(same) == same, same
    assert headline_sentence("What might Michael Cohen tell Robert Mueller?.") == "What might Michael Cohen tell Robert Mueller?"


# -- reporting verbs (tidy53): one list every stage's attribution patterns select from --------------------------------

@pytest.mark.parametrize(("lemma", "third", "past"), [
    ("say", "says", "said"), ("tell", "tells", "told"), ("write", "writes", "wrote"), ("put", "puts", "put"),
    ("quip", "quips", "quipped"), ("testify", "testifies", "testified"), ("reply", "replies", "replied"),
    ("publish", "publishes", "published"), ("announce", "announces", "announced"), ("add", "adds", "added"),
    ("post", "posts", "posted"), ("cry", "cries", "cried"), ("argue", "argues", "argued"),
])
def test_a_reporting_verb_is_spelt_by_one_rule(lemma: str, third: str, past: str) -> None:
    assert reporting(lemma, now=lemma, plain=lemma) == (past, third, lemma)
    assert third_person(lemma) == third
    if lemma in SPEECH_VERBS:  # the rule analyser's lookup forms of a speech verb hold them too
        assert {third, past} <= rules.forms(lemma)


def test_a_stage_names_the_verbs_its_pattern_reads_in_its_order() -> None:
    assert reporting("say tell add", now="say") == ("said", "says", "told", "added")
    assert reporting("say report", plain="say report") == ("said", "say", "reported", "report")
    assert reporting("") == ()


@pytest.mark.parametrize(("lemmas", "now", "plain"), [
    ("say kill", "", ""),  # "killed" reports nothing
    ("say", "tell", ""),  # a third person of a verb not read at all
    ("say", "", "sayy"),  # a misspelt lemma
], ids=["no-reporting-verb", "now-outside-lemmas", "misspelt"])
def test_a_lemma_outside_the_list_is_an_error(lemmas: str, now: str, plain: str) -> None:
    with pytest.raises(ValueError):
        reporting(lemmas, now=now, plain=plain)


def test_the_irregular_pasts_agree_with_the_verb_table() -> None:
    """The reporting verbs' irregular pasts are the verb table's, but for "said" (which support does not stem to
    "say") and "quipped" (a doubled letter, no irregular form)."""
    for lemma in SPEECH_VERBS | REPORT_VERBS:
        past = reporting(lemma)[0]
        assert IRREGULAR_VERBS.get(past, lemma) == lemma or lemma in ("say", "quip"), lemma
    for lemma in SPEECH_VERBS:
        assert set(reporting(lemma, now=lemma)) <= rules.forms(lemma), lemma


def test_the_analysers_read_the_one_lemma_list() -> None:
    assert quotes.SPEECH_VERBS is SPEECH_VERBS
    assert set(rules.SPEECH.values()) == SPEECH_VERBS
    assert not SPEECH_VERBS & REPORT_VERBS  # a verb is in one of the two lists


def test_a_reporting_verbs_past_doubles_its_consonant_where_english_does() -> None:
    """mend57: "admit" → "admitted" (its stressed last syllable: listed), "quip" → "quipped" (one syllable, one
    vowel, one consonant); "visit", "post", "shout" do not double."""
    from accord.words import _past

    assert reporting("admit", now="admit") == ("admitted", "admits")
    assert reporting("quip post shout") == ("quipped", "posted", "shouted")
    assert [_past(v) for v in ("nod", "chat", "visit", "edit", "row", "fix", "say")] == [
        "nodded", "chatted", "visited", "edited", "rowed", "fixed", "said"]
    assert "admitted" in rules.forms("admit")

