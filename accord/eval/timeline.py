"""``accord eval timeline``: mechanical figures of the briefs' timelines, and a protocol-T reading sheet.

A timeline entry is a claim: "this happened on this day, say these articles". Its precision needs a
reader (protocol T, docs/evaluation.md); what can be counted without one is counted here, on the same
briefs ``accord eval disagreements`` makes of the gold clusters (``disagreements.run``: one briefing,
not a second copy). The story's date an entry is compared with is the one the timeline itself is
built around (``briefing.timeline_reference``), so "far" counts the entries the background rule and
the reference inference let through, not days the eval guesses.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.eval import disagreements as ev
from accord.eval import ratio
from accord.options import DEFAULT, Options

SET_NAMES = ev.SET_NAMES
SET_LABELS = {"multinews": "Multi-News", "ecbplus": "ECB+", "sample": "sample"}
# an entry more than this many days before the story's date is history, more than ``AFTER`` after it
# a day the story cannot have reported (the "a 2010 protest dated 2001-09-11")
# (mend80) the eval's own windows, not the briefing's options: tied to them, tuning the options would change what the
# eval counts (the same 365 and 31 days as the defaults today, fixed here so a tuned run is measured as before)
BEFORE = 365
AFTER = 31
# markup left in a sentence: a tag, an entity, an attribute (issue 13's "raw HTML attributes")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>|&(?:[a-z]+|#\d+);|\b[a-z-]+=\s*[\"'][^\"']*[\"']")


@dataclass
class Story:
    """One story's timeline as the brief shows it, with the date the timeline was built around."""

    id: str
    entries: list[dict[str, Any]]
    reference: str | None = None  # ISO day, or None when nothing dates the story


@dataclass
class Figures:
    """The counts of one set's timelines."""

    name: str
    stories: int = 0
    with_timeline: int = 0
    entries: int = 0
    repeated: int = 0  # entries whose sentence is also shown under another day of the same timeline
    same_day_twice: int = 0  # entries after the first of one sentence at one day (a merge missed)
    before: int = 0  # more than BEFORE days before the story's date
    after: int = 0  # more than AFTER days after it
    undated: int = 0  # stories with entries but no date to judge them by
    single: int = 0  # entries citing one article only
    markup: int = 0  # entries whose sentence holds markup
    span_days: list[int] = field(default_factory=list)  # per story with ≥ 2 entries: first to last day

    @property
    def per_story(self) -> float:
        return ratio(self.entries, self.stories)

    def add(self, story: Story) -> None:
        """Count one story's timeline."""
        self.stories += 1
        tl = story.entries
        if not tl:
            return
        self.with_timeline += 1
        self.entries += len(tl)
        days_of: dict[str, list[str]] = {}
        for e in tl:
            days_of.setdefault(_norm(e.get("text", "")), []).append(str(e.get("date")))
        for ds in days_of.values():
            if len(set(ds)) > 1:
                self.repeated += len(ds)
            self.same_day_twice += len(ds) - len(set(ds))
        ref = _iso(story.reference)
        if ref is None:
            self.undated += 1
        for e in tl:
            d = _iso(str(e.get("date")))
            if ref is not None and d is not None:
                gap = (d - ref).days
                self.before += gap < -BEFORE
                self.after += gap > AFTER
            self.single += len(e.get("citations", [])) < 2
            self.markup += bool(_MARKUP.search(str(e.get("text", ""))))
        days = sorted(d for e in tl if (d := _iso(str(e.get("date")))) is not None)
        if len(days) > 1:
            self.span_days.append((days[-1] - days[0]).days)

    def row(self) -> list[str]:
        """The table row: every count with its share of the entries."""
        def share(n: int) -> str:
            return f"{n} ({ratio(n, self.entries):.2f})"
        spans = sorted(self.span_days)
        median = str(spans[len(spans) // 2]) if spans else "-"
        return [self.name, str(self.stories), str(self.with_timeline), str(self.entries), f"{self.per_story:.2f}",
                share(self.repeated), share(self.same_day_twice), share(self.before), share(self.after),
                str(self.undated), share(self.single), share(self.markup), median]


COLUMNS = ["set", "stories", "with timeline", "entries", "per story", "one sentence, two days", "same day twice",
           f"> {BEFORE} d before", f"> {AFTER} d after", "undated stories", "one article", "markup",
           "median span (d)"]


def _norm(text: str) -> str:
    return " ".join(str(text).split()).lower()


def _iso(day: str | None) -> date | None:
    try:
        return date.fromisoformat(str(day)[:10]) if day else None
    except ValueError:
        return None


def reference_of(articles: Sequence[Any], options: Options = DEFAULT) -> str | None:
    """The date a story's timeline is built around (publication date, else inferred from its full dates)."""
    from accord.briefing import timeline_reference

    facts, reference, _ = ev.story_facts(articles, options)
    found = timeline_reference(facts, reference)
    return found.isoformat() if found else None


def run(set_name: str, data: str | Path, options: Options = DEFAULT, limit: int | None = None,
        progress: Callable[[int], None] | None = None) -> tuple[list[Story], dict[str, dict[str, Any]], list[str]]:
    """Brief every gold cluster of ``set_name`` as ``accord eval disagreements`` does (accord only);
    (stories, briefs by id, failures)."""
    found, _ = ev.load(set_name, data)
    options = ev.options_for(set_name, options)
    keep = {c.id for c in found[:limit]} if limit is not None else None
    result = ev.run(set_name, data, ("accord",), options, progress=progress, only=keep)[0]
    stories = []
    for cluster in found:
        if keep is not None and cluster.id not in keep:
            continue
        brief = result.briefs.get(cluster.id)
        if brief is None:
            continue
        tl = list(brief.get("timeline", []))
        ref = reference_of(ev.read_cluster(cluster, options), options) if tl else None
        stories.append(Story(cluster.id, tl, ref))
    return stories, result.briefs, result.failed


def figures(name: str, stories: Iterable[Story]) -> Figures:
    """The counts of ``stories``' timelines."""
    f = Figures(name)
    for s in stories:
        f.add(s)
    return f


# -- the protocol-T reading sheet ---------------------------------------------------------------------
def excluded(path: str | Path) -> set[str]:
    """Story ids to leave off a sheet: a sheet's key (JSON: number -> [story, ...]), a JSON list, or one
    id a line."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError:
        return {line.strip() for line in text.splitlines() if line.strip()}
    if isinstance(data, dict):
        return {str(v[0]) for v in data.values() if isinstance(v, list) and v}
    if isinstance(data, list):
        return {str(v) for v in data}
    raise AccordError(f"{path}: neither a key, a list nor one id a line")


def load_briefs(folder: str | Path, set_name: str) -> dict[str, dict[str, Any]]:
    """Briefs written by ``--briefs`` (``FOLDER/SET-accord/<id>.json``), by story id."""
    d = Path(folder) / f"{set_name}-accord"
    if not d.is_dir():
        raise AccordError(f"{d}: no briefs of {set_name} there (write them with --briefs)")
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.json"))}


def write_articles(set_name: str, data: str | Path, ids: set[str], folder: Path) -> None:
    """Each story's docs as ``FOLDER/<story>/C<k>.txt``, as the brief read them (first line a headline)."""
    found, _ = ev.load(set_name, data)
    for cluster in found:
        if cluster.id in ids:
            d = folder / cluster.id
            d.mkdir(parents=True, exist_ok=True)
            for name, content in cluster.files:
                (d / name).write_text(content, encoding="utf-8")


def _cites(e: dict[str, Any]) -> str:
    return ", ".join(f"{c} (sentence {s['index']})" for c in e.get("citations", [])
                     for s in e.get("sentences", []) if s.get("article") == c) or ", ".join(e.get("citations", []))


def sheet(sets: Sequence[tuple[str, dict[str, list[dict[str, Any]]]]], arts: Path, size: int, seed: int,
          skip: set[str] = frozenset(),  # type: ignore[assignment]
          other: dict[str, dict[str, list[dict[str, Any]]]] | None = None) -> tuple[str, dict[str, list[str]]]:
    """A protocol-T sheet: stories drawn (seeded) per set until the set has ``size`` entries, every entry of
    a drawn story listed in day order (so repeats inside one timeline can be seen). ``sets``: (set name,
    story id -> timeline). ``other``: the same sets' timelines from other code (set -> story -> timeline):
    their entries join the drawn stories' unmarked (one entry when day and text are equal), and the key says
    whose each is ("this", "other" or "both"). Returns (sheet, key: number -> [story, day, text, whose, set])."""
    rng = random.Random(seed)
    lines = ["# Timeline entries to read (protocol T)\n",
             f"Each story's timeline is listed whole. Article files: `{arts}/<story>/C<k>.txt` (first line a "
             "headline; the articles carry no publication date).\n"]
    key: dict[str, list[str]] = {}
    n = 0
    for name, timelines in sets:
        theirs = (other or {}).get(name, {})
        ids = sorted(set(timelines) | set(theirs))
        rng.shuffle(ids)
        got = 0
        for sid in ids:
            if got >= size:
                break
            if sid in skip:
                continue
            merged = _merge(timelines.get(sid, []), theirs.get(sid, []) if other is not None else None)
            if not merged:
                continue
            lines.append(f"\n## Story {sid} ({SET_LABELS.get(name, name)})\n")
            for e, whose in merged:
                n += 1
                got += 1
                lines.append(f"{n}. **{e.get('date')}** — {e.get('text')}  \n   cites: {_cites(e)}\n")
                key[str(n)] = [sid, str(e.get("date")), str(e.get("text", ""))[:80], whose, name]
    return "\n".join(lines), key


def _merge(mine: list[dict[str, Any]], theirs: list[dict[str, Any]] | None) -> list[tuple[dict[str, Any], str]]:
    """One story's entries of this code and of the other, in day order; equal day and text are one."""
    if theirs is None:
        return [(e, "this") for e in mine]
    at: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for e in mine:
        at[(str(e.get("date")), _norm(e.get("text", "")))] = (e, "this")
    for e in theirs:
        k = (str(e.get("date")), _norm(e.get("text", "")))
        at[k] = (at[k][0], "both") if k in at else (e, "other")
    return [at[k] for k in sorted(at)]


# -- a labelled sheet ---------------------------------------------------------------------------------
LABELS = ("right", "partly", "wrong")
_LABEL = re.compile(r"^\s*(?:\|\s*)?(\d+)[.)]?\s*(?:\|\s*)?\**\s*(right|partly|wrong)\b(.*)$", re.I | re.M)


def tally(labelled: str, key: dict[str, list[str]]) -> dict[tuple[str, str], dict[str, int]]:
    """A reader's labels (one "N. right|partly|wrong …" line an entry, the first line of a number only; "dup"
    after the label counted too) per (set, code): code "this" counts the entries the sheet's code showed
    ("this" and "both" in the key), "other" those the other code showed ("other" and "both")."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    seen: set[str] = set()
    for m in _LABEL.finditer(labelled):
        row = key.get(m.group(1))
        if row is None or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        whose = row[3] if len(row) > 3 else "this"
        label = m.group(2).lower()
        for code in ("this", "other"):
            if whose in (code, "both"):
                counts = out.setdefault((row[4] if len(row) > 4 else "?", code), dict.fromkeys((*LABELS, "dup"), 0))
                counts[label] += 1
                counts["dup"] += bool(re.match(r"\W*dup\b", m.group(3), re.I))
    return out
