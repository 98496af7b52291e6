"""`accord eval support`: is every citation of the dev sets' briefs backed by the article it cites?

Two measures, as ``../shared/eval/README.md`` and ``READING.md`` define them:

- the **mechanical floor** (``check_support.py``): every link — a summary sentence and one article it
  cites, or a fact and one article it counts as support — passes when the article's text writes every
  figure of two or more digits and every quotation of four or more words the sentence holds. The
  rules here are the reference script's, on the same files, so the figures are its figures; a brief
  that fails is counted, never skipped.
- a **reading sheet** for protocol S: 100 links per set drawn with a fixed seed, each with the
  sentence, the article's file and the sentence the brief says states it, to be labelled yes /
  partly / no by a reader.

Beside them, so that passing by citing less would show: citations per summary sentence and the
facts with two or more independent sources; and the single-source claims the briefs show (a claim
flagged as resting on one outlet is a claim too: fewer of them, with the same stories, means the
check found more of them told elsewhere).

And a **citation recall** reading (cite28): the floor and protocol S read the links a brief gives, so
a brief citing less would pass them as well. The recall sheet draws summary sentences with a fixed
seed and lists, for each, every article of the story it does NOT cite with the article's closest
sentences, for a reader to label by protocol S whether the article states the claim. Citation recall
= cited / (cited + uncited read yes): of the articles that state a sentence's claim, the share cited.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.eval import clusters, ratio
from accord.options import DEFAULT, Options

# The reference floor's reading of a text (check_support.py), kept identical.
NUM = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d{2,}(?:\.\d+)?")
QUOTE = re.compile(r"[“\"]([^”\"]{15,})[”\"]|``(.{15,}?)''")
PARTS = (("summary", "citations"), ("facts", "support"))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUM.findall(text)}


def _quote_in(quote: str, hay: str) -> bool:
    parts = [p for p in re.split(r"\.\.\.|…|\[.*?\]", quote) if len(_words(p)) >= 4]
    return all(" " + " ".join(_words(p)) + " " in hay for p in parts) if parts else True


@dataclass
class Link:
    """One support link of a brief: a summary sentence or fact, and one article it cites."""

    set: str
    cluster: str
    part: str  # "summary" or "facts"
    position: int  # the item's position in its part
    text: str
    article: str
    sentence: dict[str, Any] | None  # the (first) SentenceRef the brief gives for this article, if any
    passes: bool  # the mechanical floor
    missing: str = ""
    pointed: str = ""  # the text of the sentence(s) the brief points at in this article (cleaned text; " … " between two)


@dataclass
class Told:
    """One summary sentence of a brief: the articles it cites and the story's other articles."""

    set: str
    cluster: str
    position: int
    text: str
    cited: list[str]
    uncited: list[str]


@dataclass
class SetResult:
    """The floor and the counts of one set."""

    name: str
    clusters: int = 0
    failed: list[str] = field(default_factory=list)  # "<cluster>: <error>"
    links: list[Link] = field(default_factory=list)
    sentences: int = 0  # summary sentences
    citations: int = 0  # summary citations
    facts: int = 0  # facts shown
    facts_multi: int = 0  # facts with >= 2 independent sources
    single: int = 0  # single-source claims shown (the briefs' "single_source" lists)
    folder: Path | None = None
    told: list[Told] = field(default_factory=list)  # every summary sentence, with what it cites and not

    @property
    def passing(self) -> int:
        return sum(link.passes for link in self.links)

    @property
    def share(self) -> float:
        return ratio(self.passing, len(self.links))

    def failing(self, part: str) -> int:
        return sum(1 for link in self.links if not link.passes and link.part == part)

    @property
    def per_sentence(self) -> float:
        return ratio(self.citations, self.sentences)


def _cleaned(folder: Path) -> dict[str, str]:
    """The cleaned text of each article of a cluster folder, as the brief read it (what a
    ``SentenceRef``'s character span indexes)."""
    from accord import api, clean

    return {a.id: clean.clean(a).text for a in api.read_articles([str(folder)], on_error=lambda exc: None)}


def floor(set_name: str, cluster_id: str, brief: dict[str, Any], folder: Path) -> list[Link]:
    """Every link of one brief, judged by the reference floor against the cluster's files."""
    cleaned = _cleaned(folder)
    texts: dict[str, tuple[set[str], str]] = {}
    for f in folder.glob("*.txt"):
        t = f.read_text(encoding="utf-8")
        texts[f.stem] = (_numbers(t), " " + " ".join(_words(t)) + " ")
    links = []
    for part, key in PARTS:
        for pos, item in enumerate(brief.get(part, [])):
            s = item["text"]
            nums = _numbers(s)
            quotes = [a or b for a, b in QUOTE.findall(s)]
            refs: dict[str, list[dict[str, Any]]] = {}  # an article may state it over two sentences (cite33)
            for r in item.get("sentences", []):
                refs.setdefault(r["article"], []).append(r)
            for art in item.get(key, []):
                anums, hay = texts.get(art, (set(), ""))
                bad_quotes = [q for q in quotes if not _quote_in(q, hay)]
                good = art in texts and nums <= anums and not bad_quotes
                missing = "" if good else ("unknown article" if art not in texts else
                                           ", ".join(sorted(nums - anums)) + (" quote" if bad_quotes else ""))
                mine = refs.get(art, [])
                ref = mine[0] if mine else None
                pointed = " … ".join(cleaned.get(art, "")[r["start"]:r["end"]] if r["index"] >= 0
                                     else "(the headline)" for r in mine)
                links.append(Link(set_name, cluster_id, part, pos, s, art, ref, good, missing.strip(", "), pointed))
    return links


def run(set_name: str, data: str | Path, folder: Path, options: Options = DEFAULT, limit: int | None = None,
        progress: Callable[[int], None] | None = None) -> SetResult:
    """Brief the set's gold clusters under ``folder`` and judge every link."""
    result = SetResult(set_name, folder=folder)
    for done in clusters.brief_all(set_name, data, folder, options, limit, progress):
        result.clusters += 1
        if done.brief is None:
            result.failed.append(f"{done.cluster.id}: {done.error}")
            continue
        b = done.brief
        result.links += floor(set_name, done.cluster.id, b, done.folder)
        result.sentences += len(b.get("summary", []))
        result.citations += sum(len(c.get("citations", [])) for c in b.get("summary", []))
        result.facts += len(b.get("facts", []))
        result.facts_multi += sum(1 for f in b.get("facts", []) if f.get("independent", 0) >= 2)
        result.single += len(b.get("single_source", []))
        result.told += told(set_name, done.cluster.id, b, done.folder)
    return result


def told(set_name: str, cluster_id: str, brief: dict[str, Any], folder: Path) -> list[Told]:
    """Each summary sentence of one brief with the articles it cites and those of the cluster's
    folder it does not (the story's every article: what a citation recall reading is about)."""
    ids = sorted((f.stem for f in folder.glob("*.txt")), key=lambda a: (len(a), a))
    out = []
    for pos, item in enumerate(brief.get("summary", [])):
        cited = list(item.get("citations", []))
        out.append(Told(set_name, cluster_id, pos, item["text"], cited, [a for a in ids if a not in cited]))
    return out


def closest(claim: str, text: str, k: int = 2) -> list[str]:
    """The ``k`` sentences of an article's text sharing most of the claim's content words (in the
    article's order): what a reader checks first whether the article states the claim."""
    from accord.analyse.sentences import split
    from accord.support import content

    want = content(claim)
    sents = [s for line in text.splitlines() for s in split(line)]
    scored = [(len(want & content(s)) / max(1, len(want)), -i, i) for i, s in enumerate(sents)]
    best = sorted((i for share, _, i in sorted(scored, reverse=True)[:k] if share > 0))
    return [sents[i] for i in best]


def recall_draw(result: SetResult, n: int = 40, seed: int = 28) -> list[Told]:
    """``n`` summary sentences of the set drawn at random with ``seed``, in draw order."""
    picked = random.Random(seed).sample(range(len(result.told)), min(n, len(result.told)))
    return [result.told[i] for i in picked]


def recall_sheet(results: list[SetResult], n: int = 40, seed: int = 28) -> str:
    """A citation recall reading sheet: per set, ``n`` seeded summary sentences, each with every
    article of its story it does not cite, the article's closest sentences and its file, to be
    labelled by protocol S (does the article state the claim?)."""
    out = ["# Citation recall reading sheet (accord eval support; protocol S of `../shared/eval/READING.md`)", "",
           "Each item is a summary sentence and the articles of its story it does NOT cite. For each article",
           "label whether it states the sentence's claim, as protocol S: **yes** (its figures, dates,",
           "quotations and named parties, in the same or compatible words), **partly** (same event, but a",
           "detail the sentence asserts is missing), **no** (does not say it, or says something else). The",
           "sentences shown are the article's closest by shared words; open the file when they are not enough.",
           f"Sample: {n} summary sentences per set, drawn with random.Random({seed}).", ""]
    k = 0
    for r in results:
        for t in recall_draw(r, n, seed):
            k += 1
            d = (r.folder or Path(".")) / t.cluster
            out += [f"### R{k} · {r.name} · {t.cluster} · summary sentence {t.position + 1} · cites {len(t.cited)}",
                    f"- claim: {t.text}",
                    f"- cited: {', '.join(t.cited) or '(none)'}; folder `{d}/`", ""]
            if not t.uncited:
                out += ["(cites every article of the story: nothing to read)", ""]
            for art in t.uncited:
                f = d / f"{art}.txt"
                text = f.read_text(encoding="utf-8") if f.is_file() else ""
                out += [f"#### R{k} {art} (`{f}`)"]
                out += [f"> {s}" for s in closest(t.text, text)] or ["> (no sentence shares a content word)"]
                out += [f"- {art} label: ", ""]
    return "\n".join(out)


_ITEM = re.compile(r"^### R(\d+) · (\S+) · (\S+) · summary sentence \d+ · cites (\d+)\s*$")
_LABEL = re.compile(r"^- (\S+) label:[ \t]*(?:\**(yes|partly|no)\b)?", re.IGNORECASE)


@dataclass
class Recall:
    """A labelled citation recall sheet's counts for one set."""

    name: str
    sentences: int = 0
    cited: int = 0
    yes: int = 0
    partly: int = 0
    no: int = 0
    unlabelled: int = 0

    @property
    def recall(self) -> float:
        """Cited / (cited + uncited articles read yes)."""
        return ratio(self.cited, self.cited + self.yes)

    @property
    def with_partly(self) -> float:
        """The same with the articles read partly counted as stating the claim (a lower bound)."""
        return ratio(self.cited, self.cited + self.yes + self.partly)


# a reader's table row: "| R7 C2 | yes | reason |"
_ROW = re.compile(r"^\|\s*R(\d+)\s+(\S+?)\s*\|\s*\**(yes|partly|no)\b", re.IGNORECASE)


def table_labels(text: str) -> dict[tuple[int, str], str]:
    """Labels a reader gave as table rows (``| R7 C2 | yes | … |``), by (item, article)."""
    return {(int(m.group(1)), m.group(2)): m.group(3).lower()
            for m in (_ROW.match(line.strip()) for line in text.splitlines()) if m}


def score_recall(sheet_text: str, labels: dict[tuple[int, str], str] | None = None) -> list[Recall]:
    """The counts of a labelled recall sheet, per set in the sheet's order; ``labels`` (by item and
    article, ``table_labels``) stand for the labels on the sheet's own lines when given."""
    sets: dict[str, Recall] = {}
    current: Recall | None = None
    item = 0
    for line in sheet_text.splitlines():
        m = _ITEM.match(line)
        if m:
            current = sets.setdefault(m.group(2), Recall(m.group(2)))
            current.sentences += 1
            current.cited += int(m.group(4))
            item = int(m.group(1))
            continue
        m = _LABEL.match(line.strip())
        if m and current is not None:
            label = (m.group(2) or "").lower() if labels is None else labels.get((item, m.group(1)), "")
            if label in ("yes", "partly", "no"):
                setattr(current, label, getattr(current, label) + 1)
            else:
                current.unlabelled += 1
    return list(sets.values())


def sample(result: SetResult, n: int = 100, seed: int = 12) -> list[Link]:
    """``n`` links drawn at random with ``seed`` (protocol S), in cluster order."""
    links = list(result.links)
    picked = random.Random(seed).sample(range(len(links)), min(n, len(links)))
    return [links[i] for i in sorted(picked)]


def sheet(results: list[SetResult], n: int = 100, seed: int = 12) -> str:
    """A reading sheet for protocol S: per set, ``n`` seeded random links, each with its sentence, the
    article's file and the sentence the brief points at, and an empty label to fill."""
    out = ["# Protocol S reading sheet (accord eval support)", "",
           "For each link open the article file and label: **yes** (the article states the claim — its",
           "figures, dates, quotations and named parties, in the same or compatible words), **partly** (same",
           "event, but a detail the sentence asserts is missing from the article), **no** (the article does",
           "not say it, or says something else: another figure, another speaker). `../shared/eval/READING.md`.",
           f"Sample: {n} links per set, drawn with random.Random({seed}) from every link of the set's briefs.", ""]
    for r in results:
        out += [f"## {r.name} ({len(r.links)} links; articles in `{r.folder}/<cluster>/<article>.txt`)", ""]
        picked = sample(r, n, seed)
        for k, link in enumerate(picked, 1):
            out += [f"### {r.name} {k}: {link.cluster} {link.part} → {link.article}",
                    f"- claim: {link.text}",
                    f"- article: `{r.folder}/{link.cluster}/{link.article}.txt`",
                    f"- the brief points at: {link.pointed or '(no sentence given)'}",
                    "- label: ", "- note: ", ""]
    return "\n".join(out)


def write_json(results: list[SetResult], path: Path) -> None:
    """Every link with its floor verdict (for --show and for reading)."""
    rows = [link.__dict__ for r in results for link in r.links]
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
