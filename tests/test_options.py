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
from accord.model import Article, Mention
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
    assert CliRunner().invoke(app, ["options", "dateline"]).output.count("dateline_") == 3


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


def test_moved_cleaning_and_ingest_thresholds_take_effect() -> None:
    """The tail, teaser, platform, decoding, headline and record-title thresholds (once module
    constants) are read from the options a caller passes; the defaults keep the old behaviour."""
    from accord.clean import judge
    from accord.clean.tail import topical
    from accord.ingest import decode, record

    assert topical({"troops", "leave", "almaty"}, {"troops", "leave"})  # 2 of 3 shared ≥ 0.3
    assert not topical({"troops", "leave", "almaty"}, {"troops", "leave"}, DEFAULT.with_(clean_topical_share=0.9))
    teasers = ["Storm hits the coast", "",
               "Crews worked through the night to restore power to the town, officials said.", "",
               "More than a thousand homes were still without power on Sunday morning, the utility said.", "",
               "Later the mayor visits the flooded streets and promises...", "",  # (junk29: "Read next:" is a link label)
               "Also: how the town prepared for the storm that...", "",
               "The utility said repairs would take several days and asked residents to stay patient."]
    dropped = {line for line, why in judge("\n".join(teasers)) if why}
    assert not any("mayor" in line for line in dropped)  # two cut lines in a row: a writer's ellipses
    dropped = {line for line, why in judge("\n".join(teasers), options=DEFAULT.with_(clean_teaser_run=2)) if why}
    assert any("mayor" in line for line in dropped)
    data = b"plain text " * 20 + b"\x01\x02\x03\x04\x05\x06"  # 6 control bytes in 226: under 5%
    assert not decode.looks_binary(data)
    assert decode.looks_binary(data, DEFAULT.with_(decode_binary_share=0.01))
    words = " ".join(f"w{i}" for i in range(30))
    assert record.article({"text": words}, "r").title.count(" ") == 15
    assert record.article({"text": words}, "r", options=DEFAULT.with_(record_title_words=4)).title == "w0 w1 w2 w3…"
    title = "Storm hits the coast as crews work | Daily Coast News"
    assert meta.clean_title(title) == "Storm hits the coast as crews work"
    assert meta.clean_title(title, options=DEFAULT.with_(headline_brand_max_words=2)) == title
    assert meta.clean_title(title, options=DEFAULT.with_(headline_min_words=9)) == title


def test_web_limits_are_options(sample_library: Path) -> None:
    """The Atom feed's length and the move/merge targets offered come from the options."""
    from accord.store import Library
    from accord.web import atom, views

    with Library(sample_library) as lib:
        assert atom.stories_feed(lib, DEFAULT, "http://x").count("<entry>") == 2
        assert atom.stories_feed(lib, DEFAULT.with_(atom_entries=1), "http://x").count("<entry>") == 1
        assert len(views.others(lib, DEFAULT, None)) == 2
        assert views.others(lib, DEFAULT.with_(move_targets=1), None) == views.others(lib, DEFAULT, None)[:1]


def test_summary_and_timeline_thresholds_are_options() -> None:
    """The untitled story's title length and the timeline's same-event share come from the options."""
    from accord import tfidf
    from accord.briefing import _same_words, neutral_title
    from accord.model import Cited

    lead = Cited(text="A storm flooded three towns in the northern valley on Monday, officials said.", citations=["a"])
    untitled = [Article(id="a", title="", text="x")]
    assert neutral_title(untitled, [lead]) == lead.text
    assert neutral_title(untitled, [lead], DEFAULT.with_(title_max_words=4)) == lead.text.split(",")[0]  # a clause
    assert neutral_title(untitled, [lead], DEFAULT.with_(title_max_words=2)) == "A storm…"  # no clause end near
    a, b = "Troops fired on protesters in Almaty", "Troops fired at crowds in Almaty's main square"
    wa, wb = set(tfidf.terms(a)), set(tfidf.terms(b))
    assert _same_words(wa, wb, DEFAULT.timeline_same_event) and not _same_words(wa, wb, 0.99)


# Numeric module constants that are not thresholds: they bound memory or batch sizes (the results
# are the same at any value), follow a format or a library's limit, version a schema, or define an
# evaluation baseline (a published method's own parameter, not accord's). Anything else is a
# threshold and belongs in Options.
NOT_THRESHOLDS = {
    "accord/model.py:SCHEMA": "the brief JSON's schema version",
    "accord/store.py:MAX_VARIABLES": "SQLite's limit on ids per IN (...) list",
    "accord/store.py:_CHROME_KEPT": "cache size (chrome line keys a handle remembers)",
    "accord/store_index.py:_WIDTH": "bytes of a posting window's story code (its array's item size)",
    "accord/store_index.py:_SCAN_CODES": "speed only (windows searched code by code, not as bytes: the same answer)",
    "accord/summarize/features.py:ECHO_CELLS": "memory bound (cells held at once)",
    "accord/engines/pipeline.py:BRIEF_CHUNKS": "work units of a resumable run",
    "accord/engines/pipeline.py:BRIEF_CHUNK_MIN": "work units of a resumable run",
    "accord/disagree/__init__.py:_BLOCK": "memory bound (pairs scored at once)",
    "accord/linkage.py:PAIR_CHUNK": "memory bound (pairs computed at once)",
    "accord/linkage.py:BLOCK_CELLS": "memory bound (cells of one block)",
    "accord/group/stories.py:_STACKED_MAX": "memory bound (cells of one stacked product)",
    "accord/group/stories.py:_NEAR": "rounding margin: a placement within it is recomputed exactly (decides nothing)",
    "accord/support.py:_PREFETCH_ROWS": "memory bound (claims per matrix product)",
    "accord/support.py:_WORD_VECTORS_MAX": "cache size",
    "accord/eval/timeline.py:BEFORE": "a window the timeline eval counts entries in, not a rule of accord's",
    "accord/eval/timeline.py:AFTER": "a window the timeline eval counts entries in, not a rule of accord's",
    "accord/embed.py:_VECTOR_CACHE_MAX": "cache size",
    "accord/embed.py:_VECTOR_CACHE_CHARS": "cache admission (texts longer are not cached)",
    "accord/embed.py:_CHUNK_CACHE_MAX": "cache size",
    "accord/embed.py:_YOUNG_COLLECT": "garbage-collector threshold (process resources, no output depends on it)",
    "accord/cli/output.py:UNBOUNDED": "terminal width for unwrapped output",
    "accord/cli/output.py:MIN_TEXT_COLUMN": "terminal layout",
    "accord/cli/__init__.py:PROGRESS_MIN_ITEMS": "when a progress bar is drawn",
    "accord/ingest/feed.py:_PROLOG_SCAN": "bytes of XML prolog read to find the root element",
    "accord/ingest/parquet.py:BATCH_ROWS": "memory bound (rows decoded at once)",
    "accord/ingest/warc.py:TRAILING_SLACK": "the WARC format's trailing blank lines",
    "accord/eval/summaries.py:CENTROID_LAMBDA": "the centroid baseline's own parameter",
    "accord/eval/masked_pair.py:LINK": "the masked-pair baseline's own parameter",
    "accord/eval/masked_pair.py:WINDOW": "the masked-pair baseline's own parameter",
    "accord/disagree/clock.py:_BOXING_ROUND": "a rule of the sport: a professional boxing round lasts three minutes",
}


def test_no_threshold_lives_outside_options() -> None:
    """Every UPPER_CASE module constant holding a number is either in Options or listed above with
    the reason it is not a threshold (issue 15: every threshold in Options, once)."""
    import ast
    import re

    root = Path(__file__).resolve().parent.parent
    found = set()
    for path in sorted((root / "accord").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel == "accord/options.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
                node.target if isinstance(node, ast.AnnAssign) else None)
            value = getattr(node, "value", None)
            if isinstance(value, ast.UnaryOp):
                value = value.operand
            if (isinstance(target, ast.Name) and re.fullmatch(r"_?[A-Z][A-Z0-9_]*", target.id)
                    and isinstance(value, ast.Constant) and type(value.value) in (int, float)):
                found.add(f"{rel}:{target.id}")
    assert found - set(NOT_THRESHOLDS) == set(), "numeric module constants: move them into Options"
    assert set(NOT_THRESHOLDS) - found == set(), "listed here but gone: drop them from NOT_THRESHOLDS"


# Modules whose inline numbers were moved into Options: a comparison with a number above 2 in them is a
# threshold written inline again (0, 1 and 2 count structure: no words, one word, two pipes of a bar).
NO_INLINE_THRESHOLDS = ("accord/clean/signals.py",)


def test_no_word_cap_is_written_inline_where_they_were_moved() -> None:
    import ast

    root = Path(__file__).resolve().parent.parent
    found = []
    for rel in NO_INLINE_THRESHOLDS:
        for node in ast.walk(ast.parse((root / rel).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                for side in (node.left, *node.comparators):
                    if (isinstance(side, ast.Constant) and type(side.value) in (int, float)
                            and side.value > 2):
                        found.append(f"{rel}:{node.lineno}: {ast.unparse(node)}")
    assert found == [], "inline thresholds: move them into Options"


def test_disagreement_and_support_thresholds_are_read_from_the_options() -> None:
    """The thresholds moved from module constants (disagree, events, roles, support, linkage) are
    the options' values: the defaults keep the old behaviour, another value changes what is read."""
    from accord import support
    from accord.disagree import roles, slots

    assert not roles._other_name(["Katherine", "Stevens"], ["Catherine", "Stevens"])  # ratio 89 >= 80: one name spelt two ways
    assert roles._other_name(["Katherine", "Stevens"], ["Catherine", "Stevens"], DEFAULT.with_(role_spelling=95.0))
    assert support.phrases('He warned of "colour revolutions" abroad.') == (" colour revolutions ",)
    assert support.phrases('He warned of "colour revolutions" abroad.', DEFAULT.with_(support_quote_min_words=2)) == ()
    assert slots.DEFAULT.disagree_vague_approx == 0.05


def _compare_story(options: Options, *texts: str):
    """The disagreements of one-paragraph articles a, b, … compared as a brief does, under ``options``."""
    from accord.analyse import analyse_story
    from accord.disagree import compare

    arts = [Article(id=chr(97 + k), title="", text=t) for k, t in enumerate(texts)]
    sentences, _ = analyse_story(arts, options)
    return compare(align.align(arts, sentences, options=options), options, articles=[a.id for a in arts]).disagreements


def test_changed_options_reach_their_rules_through_the_stage_functions() -> None:
    """A value given with ``Options.with_`` (what ``accord --option`` and ``api.brief(options=...)``
    build) is the one the rule reads, not the module default: the options are passed down."""
    from accord import api, support, watch
    from accord.analyse import analyse_many, analyse_story
    from accord.disagree import read

    # disagree_max_figures: a sentence with this many figures is a list whose figures are not compared
    told = ("Police said 12 people were killed in the attack on the market.",
            "Police said 15 people were killed in the attack on the market.")
    assert _compare_story(DEFAULT, *told)
    assert not _compare_story(DEFAULT.with_(disagree_max_figures=1), *told)
    stories = [[Article(id=chr(97 + k), title="Attack on the market", text=t) for k, t in enumerate(told)]
               for _ in range(2)]
    assert len(api.brief(stories[0]).disagreements) == 1
    assert api.brief(stories[1], options=DEFAULT.with_(disagree_max_figures=1)).disagreements == []

    # disagree_owner_window: how far before a figure its owner may be named
    art = Article(id="a", title="", text="Kevin Carter scored 14 points in the second half of the game.")
    sentences = [s for ss in analyse_story([art], DEFAULT)[0].values() for s in ss]
    assert [v.owner for v in read(sentences)] == ["Kevin Carter"]
    assert [v.owner for v in read(sentences, options=DEFAULT.with_(disagree_owner_window=2))] == [None]

    # support_quote_min_words: reaches the claims an Evidence reads under its options
    arts = [Article(id="a", title="", text='He said "we will rebuild the town" on Monday.')]
    for options, quoted in ((DEFAULT, (" we will rebuild the town ",)),
                            (DEFAULT.with_(support_quote_min_words=6), ())):
        ev = support.Evidence(arts, analyse_many(arts), options=options)
        assert ev.claim('He said "we will rebuild the town" on Monday.').unit.quotes == quoted

    # watch_min_every: the shortest polling interval ``--every`` accepts
    assert watch.parse_every("2s") == 2.0
    try:
        watch.parse_every("2s", DEFAULT.with_(watch_min_every=5.0))
    except watch.AccordError as exc:
        assert "at least 5 s" in str(exc)
    else:
        raise AssertionError("--every 2s accepted under watch_min_every=5")
