"""The grouping benchmark's own pieces: B-cubed, the copy editor, and a run on a tiny ECB+-shaped set."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from accord.errors import AccordError
from accord.eval.grouping import bcubed, edit_copy, grouping_table
from accord.group.copies import containment
from accord.group.features import shingle_hashes


def test_bcubed_known_values() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, f = bcubed({"a": "1", "b": "1", "c": "1", "d": "1"}, gold)
    assert (p, r) == (0.5, 1.0) and f == pytest.approx(2 / 3)
    p, r, _ = bcubed({"a": "1", "b": "2", "c": "3", "d": "4"}, gold)
    assert (p, r) == (1.0, 0.5)


def test_edit_copy_trims_and_rewords_but_stays_a_copy(texts) -> None:
    text = "\n".join([texts.wire] * 2)
    light = edit_copy(text, random.Random(1))
    heavy = edit_copy(text, random.Random(1), heavy=True)
    assert light != text and heavy != text and len(heavy.split()) < len(text.split())
    base = shingle_hashes(text, 3)
    assert containment(base, shingle_hashes(heavy, 3)) < containment(base, shingle_hashes(light, 3))
    assert containment(base, shingle_hashes(heavy, 3)) > 0.3


def test_grouping_table_on_a_tiny_set(tmp_path: Path, texts) -> None:
    rows = [{"id": f"p{i}", "topic": 1, "story": "1a", "url": "", "text": t} for i, t in enumerate(texts.quake_a + texts.more_a)]
    rows += [{"id": f"t{i}", "topic": 1, "story": "1b", "url": "", "text": t} for i, t in enumerate(texts.quake_b + texts.more_b)]
    (tmp_path / "ecbplus").mkdir()
    (tmp_path / "ecbplus" / "dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    table = grouping_table(tmp_path)
    assert table[0][0].startswith("accord online")
    assert table[0][1].split("/")[-1] == "1.000"  # both quakes found, kept apart, K not given
    assert table[0][-1] == "2"


def test_missing_eval_data_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="evaluation file not found"):
        grouping_table(tmp_path)
