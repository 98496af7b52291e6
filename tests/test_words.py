"""``accord/words.py``: the one month table, and the regexes every reader builds from it."""
from __future__ import annotations

import re

from accord.clean.signals import DATE_LINE
from accord.eval import masked_pair
from accord.ingest import meta
from accord.words import MONTH_NAMES, MONTH_NAMES_CAPITALISED, MONTHS


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
