"""``accord/options.py`` is the one place every threshold lives, each with its help text; the
generated reference (docs/options.md) and ``accord options`` show exactly that."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from typer.testing import CliRunner

from accord import align
from accord.cli import app
from accord.ingest import meta, text
from accord.model import Mention
from accord.options import DEFAULT, Options, describe, markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "options.md"


def test_every_option_is_documented_once() -> None:
    described = [name for _, name, _, _ in describe()]
    assert described == [f.name for f in fields(Options)]
    undocumented = [name for _, name, _, text in describe() if len(text.split()) < 3]
    assert not undocumented, f"options without a help comment in accord/options.py: {undocumented}"


def test_the_options_reference_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == markdown(), \
        "docs/options.md is stale: python -m accord.options > docs/options.md"


def test_accord_options_lists_them_all() -> None:
    result = CliRunner().invoke(app, ["options", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["name"] for r in rows] == [f.name for f in fields(Options)] and all(r["help"] for r in rows)
    assert CliRunner().invoke(app, ["options", "dateline"]).output.count("dateline_") == 2


def test_moved_thresholds_take_effect() -> None:
    """Thresholds that were module constants are read from the options a caller passes."""
    lines = ["Kazakhstan unrest", "By a staff writer", "Photo: Reuters", "ALMATY, Jan. 13, 2022"]
    assert meta.date_near_top(lines) == "2022-01-13"
    assert meta.date_near_top(lines, DEFAULT.with_(dateline_top_lines=3)) is None
    art = text.parse("Headline\n" + "\n".join(lines), "t.txt", options=DEFAULT.with_(dateline_max_words=2))
    assert art.published is None
    a = "the troops will leave within ten days"
    assert align.same_words(a, f"He said {a}, officials added.")
    assert not align.same_words(a, f"He said {a}, officials added.", DEFAULT.with_(quote_min_content=9))
    q1 = Mention("quote", "troops will leave the country within ten days", value="troops will leave the country within ten days")
    q2 = Mention("quote", "troops are leaving the country within days", value="troops are leaving the country within days")
    v = align.embed.encode([q1.text, q2.text])
    assert align.quote_similarity(q1, q2, v[0], v[1]) > 0
    assert align.quote_similarity(q1, q2, v[0], v[1], DEFAULT.with_(quote_unattributed_overlap=0.99)) == 0.0
