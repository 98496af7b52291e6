"""The coherence check: which summary sentences lean on a person or speaker the summary never named."""
from __future__ import annotations

import pytest

from accord.summarize import coherence


def reasons(*texts: str) -> list[str]:
    return [f.reason for f in coherence.read(list(texts))]


@pytest.mark.parametrize("first", [
    "He said the troops would leave on Friday.",
    "She was elected in 2019 and took office a month later.",
    "His lawyer said the charges would be contested.",
])
def test_person_pronoun_opening_a_summary_is_unresolved(first: str) -> None:
    assert reasons(first) == ["unresolved pronoun"]


def test_person_pronoun_after_a_named_person_is_resolved() -> None:
    assert reasons("Russian President Vladimir Putin met his defence minister on Thursday.",
                   "He said the troops would leave on Friday.") == ["", ""]
    assert reasons("Shoigu said the withdrawal was under way.", "He added that it would end soon.") == ["", ""]


def test_pronoun_after_a_sentence_naming_no_person_stays_unresolved() -> None:
    assert reasons("The troops began leaving on Thursday.", "He said they would be gone by Friday.") \
        == ["", "unresolved pronoun"]


def test_he_said_needs_a_named_speaker() -> None:
    assert reasons("The troops left on Thursday, he said.") == ["unresolved pronoun"]
    assert reasons("Governor Ann Lee visited the shelter.", "The water is falling, she said.") == ["", ""]
    # a person named earlier in the same sentence resolves it
    assert reasons("Sergei Shoigu met the generals, and he said the pullout would end soon.") == [""]


def test_opening_quote_needs_its_speaker() -> None:
    assert reasons("“We have completed our task,” Putin said.") == [""]
    assert reasons("“I am innocent,” the defendant told reporters.") == [""]
    assert reasons("“We have completed our task.”") == ["unattributed quote"]
    assert reasons("“We have completed our task,” he said.") == ["unattributed quote"]
    assert reasons("Mayor Ann Lee spoke at the shelter.", "“The water is falling,” she said.") == ["", ""]
    # a quoted title is not a quotation
    assert reasons("“Game of Thrones” star dies at 40 after a long illness.") == [""]


def test_other_pronouns_only_flagged_first() -> None:
    assert reasons("They were deployed amid deadly protests.") == ["unresolved pronoun"]
    assert reasons("This is the first time the alliance has sent troops.") == ["unresolved pronoun"]
    assert reasons("This week, troops began leaving the country.") == [""]
    assert reasons("Troops began leaving the country.", "They were deployed amid deadly protests.") == ["", ""]
