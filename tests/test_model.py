"""model: the one serialisation (``to_dict``) every front door shares."""
from dataclasses import asdict
from pathlib import Path

import pytest

import accord
from accord.model import Article, Mention, Removed, Story, plain


def test_plain_is_asdict_for_every_model_class() -> None:
    art = Article(id="a", title="T", text="x", removed=[Removed(line="Ad", reason="vocabulary")])
    m = Mention(kind="number", text="2,000", value=2000, label="troop", low=1800.0, high=2200.0)
    story = Story(id="s1", title="T", articles=["a", "b"], independent=2)
    for value in (art, m, story):
        assert value.to_dict() == asdict(value)
        assert type(value).from_dict(value.to_dict()) == value
    assert plain({"k": [m, (1, 2)]}) == {"k": [asdict(m), (1, 2)]}


@pytest.mark.slow
def test_brief_to_dict_is_asdict_and_copies_nothing_shared(sample: Path) -> None:
    b = accord.brief([str(sample)], analyser="rules")
    d = b.to_dict()
    assert d == asdict(b)
    d["disagreements"][0]["values"][0]["articles"].append("x")  # lists are new, not the brief's
    assert "x" not in b.disagreements[0].values[0].articles


@pytest.mark.slow
def test_brief_round_trips_through_its_json_and_carries_the_schema(sample: Path) -> None:
    from accord.model import SCHEMA, Brief

    b = accord.brief([str(sample)], analyser="rules")
    d = b.to_dict()
    assert d["schema"] == SCHEMA
    assert Brief.from_dict(d) == b
    old = dict(d, disagreements=[{k: v for k, v in x.items() if k not in ("type", "anchor")}
                                 for x in d["disagreements"]])
    del old["schema"]
    assert Brief.from_dict(old).schema == 1  # a schema-1 brief (no version, no types) still loads
