"""Page leftovers: sheets to read what reaches summaries, and what cleaning drops.

Two measurements, both read by a person (a leftover is a judgement, so the numbers come from the
reading, not from these heuristics):

- ``sample``: seeded summaries of a predictions file (``accord eval summaries --predictions DIR``),
  every sentence listed with a mark when it looks like a page leftover (caption, credit, link line,
  byline, editor's note, promo, headline without a full stop). The marks only point the reader's eye:
  they are a wide net, not the cleaner's rules.
- ``dump`` then ``drops``: every article of the dev sets cleaned, its removed lines saved; two dumps
  (main's code, a branch's) compared, the lines only the branch removes counted by reason and a
  seeded sample written with two lines of context each — to check that no real sentence goes.

``python -m accord.eval.leftovers sample|dump|drops --help``.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from accord.model import Article

# A wide net for the reader's eye (not cleaning's rules): what protocol C readers mark as page text.
LEFTOVER_HINTS: list[tuple[str, re.Pattern[str]]] = [
    ("picture", re.compile(r"\b(?:photo|image|picture|caption|getty|shutterstock|credit|pictured|file)\b", re.I)),
    ("link line", re.compile(r"\b(?:related|read more|also read|click|see also|watch|video)\b|>>|»", re.I)),
    ("byline or dateline", re.compile(r"^(?:By\s+[A-Z]|[A-Z][A-Z .,]{2,}\s*(?:\([^)]*\))?\s*[-–—])|\((?:AP|Reuters|AFP|CNN)\)")),
    ("editor's note", re.compile(r"\b(?:update[ds]?|editor'?s? note|correction|clarification)\b\s*:?", re.I)),
    ("promo", re.compile(r"\b(?:subscribe|newsletter|sign up|follow (?:us|@)|twitter|facebook|email|download)\b", re.I)),
    ("no full stop", re.compile(r"[^.!?\"'”’)\]]\s*$")),
]


def hints(sentence: str) -> list[str]:
    """The leftover hints a sentence carries (names of ``LEFTOVER_HINTS``)."""
    return [name for name, rx in LEFTOVER_HINTS if rx.search(sentence)]


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sample(predictions: Path, n: int, seed: int) -> Iterator[str]:
    """Lines of a reading sheet: ``n`` seeded summaries, each sentence numbered, marked with its hints."""
    from accord.analyse.sentences import split

    rows = _rows(predictions)
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    for row in chosen:
        yield f"## {row['id']}"
        for k, s in enumerate(split(row.get("summary", ""))):
            h = hints(s)
            yield f"{k:2d} {'[' + ','.join(h) + '] ' if h else ''}{s}"
        yield ""


# -- what cleaning drops ---------------------------------------------------------------------------

def articles(data: Path, samples: Path | None) -> Iterator[tuple[str, Article]]:
    """(where it comes from, the article as batch reads it, not cleaned) for every article of the
    Multi-News and NeuS dev sets, and of a folder of sample articles."""
    from accord.jobs import story_articles

    for rel in ("multinews/validation.jsonl", "neus/val.jsonl"):
        path = data / rel
        if not path.exists():
            continue
        for row in _rows(path):
            for a in story_articles(row):
                yield f"{path} id={row['id']} doc={a.id.rsplit('/', 1)[1]}", a
    if samples is not None and samples.exists():
        from accord import api

        for a in api.read_articles([str(samples)]):
            yield f"{samples}/{a.id}", a


def dump(data: Path, samples: Path | None, out: Path) -> int:
    """Clean every article, write ``{"where", "removed": [[line, reason], ...], "raw"}`` per line."""
    from accord.clean import clean

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for where, a in articles(data, samples):
            c = clean(a)
            fh.write(json.dumps({"where": where, "removed": [[r.line, r.reason] for r in c.removed],
                                 "raw": c.raw_text}, ensure_ascii=False) + "\n")
            count += 1
    return count


def context(raw: str, line: str) -> tuple[str, str]:
    """The non-blank lines of ``raw`` before and after the one holding ``line`` ("" at an end)."""
    lines = [x.strip() for x in raw.splitlines() if x.strip()]
    needle = " ".join(line.split())[:60]
    for i, x in enumerate(lines):
        if needle and needle in " ".join(x.split()):
            return (lines[i - 1] if i else ""), (lines[i + 1] if i + 1 < len(lines) else "")
    return "", ""


def new_drops(before: Path, after: Path) -> list[dict[str, str]]:
    """Lines the ``after`` dump removes that the ``before`` dump keeps, with where and why."""
    old = {r["where"]: r for r in _rows(before)}
    out = []
    for row in _rows(after):
        gone = {line for line, _ in old.get(row["where"], {}).get("removed", [])}
        for line, reason in row["removed"]:
            if line not in gone and not any(line in g for g in gone):
                out.append({"where": row["where"], "line": line, "reason": reason, "raw": row["raw"]})
    return out


def drops_sheet(drops: list[dict[str, str]], n: int, seed: int) -> Iterator[str]:
    """A markdown reading sheet: counts by reason, then ``n`` seeded drops with two lines of context."""
    by = Counter(d["reason"] for d in drops)
    yield f"{len(drops)} lines removed by the branch and kept by main: " + ", ".join(f"{r} {c}" for r, c in by.most_common())
    yield ""
    chosen = random.Random(seed).sample(drops, min(n, len(drops)))
    for k, d in enumerate(chosen, 1):
        prev, nxt = context(d["raw"], d["line"])
        yield f"### {k}. `{d['where']}`"
        yield f"- before: {prev[:400]}"
        yield f"- **removed**: {d['line']}"
        yield f"- after: {nxt[:400]}"
        yield ""


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m accord.eval.leftovers", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="seeded summaries' sentences with leftover hints")
    s.add_argument("predictions", type=Path)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=13)
    d = sub.add_parser("dump", help="clean every dev article and save what is removed")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=Path("../shared/eval"))
    d.add_argument("--samples", type=Path, default=Path("../shared/samples/kazakhstan-2022"))
    r = sub.add_parser("drops", help="lines AFTER removes and BEFORE keeps, a seeded sheet of them")
    r.add_argument("before", type=Path)
    r.add_argument("after", type=Path)
    r.add_argument("--n", type=int, default=40)
    r.add_argument("--seed", type=int, default=13)
    r.add_argument("--reason", default="", help="only drops whose reason contains this")
    a = p.parse_args(argv)
    if a.cmd == "sample":
        for line in sample(a.predictions, a.n, a.seed):
            print(line)
    elif a.cmd == "dump":
        print(dump(a.data, a.samples, a.out), "articles")
    else:
        found = [x for x in new_drops(a.before, a.after) if a.reason in x["reason"]]
        for line in drops_sheet(found, a.n, a.seed):
            print(line)


if __name__ == "__main__":
    main()
