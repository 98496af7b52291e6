"""``accord eval disagreements``: briefs of hand-annotated clusters scored against their gold.

The gold (``../shared/eval/disagreements/``, GUIDELINES.md there) lists, per cluster, every slot on
which articles state different values, and traps: figures that look comparable but are not. Each
cluster is briefed exactly as ``brief_clusters.sh`` does it — doc k becomes ``C<k+1>.txt`` whose
first line is a headline (its title, else its first sentence cut to 90 characters), read as
``accord brief DIR`` reads a folder — but in this process, one brief after another. Scoring is
``score.py``'s, reimplemented here (a test checks the figures are equal): a system disagreement is
right when it matches a gold item not matched before (two of its sides state two different values of
the item, in overlapping docs, and at least half its sides state values of the item), further
matches of one item are duplicates, a failed brief found nothing.

Systems: ``accord`` (the brief's disagreements) and ``masked-pair``, the reference baseline of
``accord.eval.masked_pair``, run on the same articles in the same run. accord's pair model is
cross-fitted (``CROSS_FIT``): Multi-News is scored with the model trained on ECB+ only and ECB+ with
the one trained on Multi-News only, so no figure comes from a model that saw its own gold.
"""
from __future__ import annotations

import json
import random
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.eval import clusters, ratio
from accord.model import Article
from accord.options import DEFAULT, PACKAGE_DIR, Options
from accord.render import show_normalized

# set name → (articles file, gold file) under the data folder: the dev sets of accord.eval.clusters
SETS = clusters.GOLD
# The Kazakhstan sample: its articles are the sample folder beside the data folder
# (``../shared/samples/kazakhstan-2022``), its gold ships with the repository's test data.
SAMPLE_ID = "kazakhstan-2022"
SAMPLE_GOLD = PACKAGE_DIR.parent / "tests" / "data" / f"{SAMPLE_ID}.gold.jsonl"
SET_NAMES = ("multinews", "ecbplus", "sample")
SYSTEMS = ("accord", "masked-pair")
# Cross-fit: each dev set is scored with the pair model trained on the other one only (its own gold
# never seen); the sample and any other set with the shipped model, trained on both dev sets.
CROSS_FIT = {"multinews": "disagree_pairs_ecbplus", "ecbplus": "disagree_pairs_multinews"}


def options_for(set_name: str, options: Options) -> Options:
    """The options a set is scored with: the cross-fit pair model for a dev set, unless the caller
    chose a model of their own."""
    if set_name in CROSS_FIT and options.disagree_model == DEFAULT.disagree_model:
        return options.with_(disagree_model=CROSS_FIT[set_name])
    return options


# -- the clusters, as brief_clusters.sh writes them -------------------------------------------------
@dataclass
class Cluster:
    """One gold cluster: its id and its docs as files (``C1.txt``… with a headline first line)."""

    id: str
    files: list[tuple[str, str]]  # (file name, content), doc k = C<k+1>.txt


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise AccordError(f"{path}: not found (give the evaluation folder with --data)")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    raise AccordError(f"{path}:{n}: not JSON ({exc})") from None
    return rows


def headline_file(doc: dict[str, Any]) -> str:
    """A doc as brief_clusters.sh writes it: a headline line (title, else the first sentence cut
    to 90 characters), then the text."""
    return clusters.headline(doc) + "\n" + str(doc.get("text") or "").strip()


def load(set_name: str, data: str | Path) -> tuple[list[Cluster], list[dict[str, Any]]]:
    """The clusters of a set (in gold order) and its gold rows."""
    data = Path(data)
    if set_name == "sample":
        folder = data.parent / "samples" / SAMPLE_ID
        if not folder.is_dir():
            raise AccordError(f"{folder}: sample not found (give the evaluation folder with --data)")
        if not SAMPLE_GOLD.exists():
            raise AccordError(f"{SAMPLE_GOLD}: the sample's gold is missing from this checkout")
        paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
        files = [(f"C{k + 1}.txt", p.read_text(encoding="utf-8")) for k, p in enumerate(paths)]
        return [Cluster(SAMPLE_ID, files)], _jsonl(SAMPLE_GOLD)
    if set_name not in SETS:
        raise AccordError(f"unknown set {set_name!r}; choose one of: {', '.join(SET_NAMES)}, all")
    gold = _jsonl(data / SETS[set_name][1])
    found = clusters.load(set_name, data)
    return [Cluster(c.id, [(f"C{k + 1}.txt", headline_file(d)) for k, d in enumerate(c.documents)])
            for c in found], gold


def read_cluster(cluster: Cluster, options: Options = DEFAULT) -> list[Article]:
    """The cluster's articles exactly as ``accord brief DIR`` reads its folder (sorted file names,
    first line the headline, a dateline as the date); unreadable docs are left out, as there."""
    from accord.api import read_articles

    with tempfile.TemporaryDirectory(prefix="accord-eval-") as tmp:
        for name, content in cluster.files:
            (Path(tmp) / name).write_text(content, encoding="utf-8")
        return read_articles([tmp], options=options, on_error=lambda e: None)


def story_facts(articles: Sequence[Article], options: Options = DEFAULT
                ) -> tuple[list[Any], Any, dict[str, str]]:
    """(facts, reference date, publication dates) of a story, as ``briefing.build`` makes them
    before it compares them: what ``scripts/train_disagree.py`` trains the pair model on."""
    from accord.briefing import prepare

    arts, _, reference, _, _, facts = prepare(articles, options)
    return facts, reference, {a.id: a.published for a in arts if a.published}


def plain_disagreement(d: Any) -> dict[str, Any]:
    """A Disagreement as the brief's JSON holds it."""
    from accord.model import plain

    return plain(d)


# -- the scorer (score.py, reimplemented) -----------------------------------------------------------
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                      "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90, "hundred": 100, "thousand": 1000, "a hundred": 100, "dozen": 12})
CORE_KINDS = {"number", "date", "name", "quote", "place"}
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def numbers(text: Any) -> set[float]:
    """Every number a value string states ("52-3, 46 KOs" → {52, 3, 46}); empty if none."""
    t = str(text).lower().replace(",", "")
    found = {float(m.group(1)) * _MULT.get(m.group(2) or "", 1)
             for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", t)}
    for w, v in _WORDS.items():
        m = re.search(rf"\b{w}\b\s*(thousand|million|billion)?", t)
        if m:
            found.add(v * _MULT.get(m.group(1) or "", 1))
    return found


def _norm(text: Any) -> list[str]:
    return re.sub(r"[^a-z0-9 ]", " ", str(text).lower()).split()


def same_value(side: dict[str, Any], gold_value: Any) -> bool:
    """A system side states a gold value: numbers as numbers, else text contained or mostly shared."""
    g = str(gold_value)
    for cand in (side.get("normalized"), side.get("value")):
        if cand is None:
            continue
        a = {float(cand)} if isinstance(cand, (int, float)) else numbers(cand)
        b = numbers(g)
        if a and b:
            if any(abs(x - y) <= 1e-6 * max(1, abs(y)) for x in a for y in b):
                return True
            continue
        x, y = _norm(cand), _norm(g)
        if x and y and (" ".join(x) in " ".join(y) or " ".join(y) in " ".join(x)):
            return True
        if x and y and len(set(x) & set(y)) / max(1, min(len(set(x)), len(set(y)))) >= 0.6:
            return True
    return False


def _pure(d: dict[str, Any], values: list[dict[str, Any]]) -> bool:
    """At least half of d's sides state a value of the gold item (a catch-all slot is no match)."""
    sides = d.get("values", [])
    return sum(any(same_value(s, v["value"]) for v in values) for s in sides) * 2 >= len(sides)


def matches(d: dict[str, Any], values: list[dict[str, Any]]) -> bool:
    """Two sides of ``d`` state two different gold values, in overlapping docs, and d is pure."""
    sides = d.get("values", [])
    if not _pure(d, values):
        return False
    for i, s1 in enumerate(sides):
        for s2 in sides[i + 1:]:
            for a, v1 in enumerate(values):
                for v2 in values[a + 1:]:
                    for x, y in ((s1, s2), (s2, s1)):
                        if same_value(x, v1["value"]) and same_value(y, v2["value"]) and \
                                set(x.get("articles", [])) & v1["docs"] and set(y.get("articles", [])) & v2["docs"]:
                            return True
    return False


@dataclass
class Score:
    """One system on one set, as score.py counts it (plus recall and precision per kind)."""

    gold: int = 0
    found: int = 0
    reported: int = 0
    correct: int = 0
    traps: int = 0  # wrong ones that match a trap
    duplicates: int = 0
    core: int = 0
    core_found: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type → [items, found]
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # gold kind → [items, found]
    reported_kind: dict[str, list[int]] = field(default_factory=dict)  # system kind → [reported, correct]
    typed: int = 0  # right reports (score.py's matching) whose ``type`` equals their gold item's
    mistyped: dict[str, int] = field(default_factory=dict)  # "gold type → reported type" → right reports
    missed: list[str] = field(default_factory=list)  # gold items no disagreement matched
    wrong: list[str] = field(default_factory=list)  # system disagreements that match no free item

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.reported)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def core_recall(self) -> float:
        return ratio(self.core_found, self.core)

    def add(self, other: "Score") -> None:
        """Pool another score into this one (sets pooled: counts add up)."""
        for name in ("gold", "found", "reported", "correct", "traps", "duplicates", "core", "core_found", "typed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, n in other.mistyped.items():
            self.mistyped[k] = self.mistyped.get(k, 0) + n
        for mine, theirs in ((self.by_type, other.by_type), (self.by_kind, other.by_kind),
                             (self.reported_kind, other.reported_kind)):
            for k, (a, b) in theirs.items():
                cur = mine.setdefault(k, [0, 0])
                cur[0] += a
                cur[1] += b
        self.missed += other.missed
        self.wrong += other.wrong

    @property
    def type_agreement(self) -> float:
        """The share of right reports whose type (conflict, evolving, vague) is their gold item's."""
        return ratio(self.typed, self.correct)

    def types_line(self) -> str:
        """How often a right report carries its gold item's type, and the disagreeing pairs (not score.py's:
        it matches items without their type, so a wrong type never shows in precision or recall)."""
        wrong = ", ".join(f"{k} {n}" for k, n in sorted(self.mistyped.items(), key=lambda kv: (-kv[1], kv[0])))
        return (f"type agrees with gold's on {self.typed}/{self.correct} right reports "
                f"({self.type_agreement:.2f}){'; gold → reported: ' + wrong if wrong else ''}")

    def line(self) -> str:
        """score.py's summary line, word for word."""
        types = " ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(self.by_type.items()))
        conf = self.by_type.get("conflict", [0, 0])
        rc = ratio(conf[1], conf[0])
        return (f"precision {self.precision:.2f} ({self.correct}/{self.reported}, traps hit {self.traps}, "
                f"duplicates {self.duplicates}) recall {self.recall:.2f} ({self.found}/{self.gold}) "
                f"conflict recall {rc:.2f} [{types}] core conflict recall {self.core_recall:.2f} "
                f"({self.core_found}/{self.core})")


def _side_values(d: dict[str, Any]) -> str:
    return " / ".join(str(s.get("value")) for s in d.get("values", []))


def score_cluster(gold: dict[str, Any], brief: Any, into: Score | None = None) -> Score:
    """Score one cluster's brief (a brief dict; anything else found nothing) against its gold row."""
    sc = into if into is not None else Score()
    ds = brief.get("disagreements", []) if isinstance(brief, dict) else []
    gid = gold["id"]
    items = []
    for it in gold.get("disagreements", []):
        vals = [{"value": v["value"], "docs": {f"C{k + 1}" for k in v["docs"]}} for v in it["values"]]
        items.append((it, vals))
    traps = [[{"value": v, "docs": {f"C{k + 1}" for k in t.get("docs", [])}} for v in t.get("values", [])]
             for t in gold.get("traps", [])]
    for it, vals in items:
        hit = any(matches(d, vals) for d in ds)
        tp = it.get("type", "conflict")
        sc.by_type.setdefault(tp, [0, 0])
        sc.by_type[tp][0] += 1
        sc.by_type[tp][1] += hit
        kind = sc.by_kind.setdefault(it.get("kind", "other"), [0, 0])
        kind[0] += 1
        kind[1] += hit
        sc.gold += 1
        sc.found += hit
        if tp == "conflict" and it.get("kind") in CORE_KINDS:
            sc.core += 1
            sc.core_found += hit
        if not hit:
            sc.missed.append(f"MISS {gid} [{tp}] {it['slot']}: " + " / ".join(v["value"] for v in it["values"]))
    used: set[int] = set()  # each gold item validates one system disagreement; more are duplicates
    for d in ds:
        hits = [k for k, (_, vals) in enumerate(items) if matches(d, vals)]
        free = [k for k in hits if k not in used]
        ok = bool(free)
        if ok:
            used.add(free[0])
            gold_type, own = items[free[0]][0].get("type", "conflict"), str(d.get("type") or "conflict")
            if own == gold_type:
                sc.typed += 1
            else:
                sc.mistyped[f"{gold_type} → {own}"] = sc.mistyped.get(f"{gold_type} → {own}", 0) + 1
        dup = bool(hits) and not ok
        trap = any(matches(d, t) for t in traps)
        sc.reported += 1
        sc.correct += ok
        sc.traps += trap and not ok
        sc.duplicates += dup
        rk = sc.reported_kind.setdefault(str(d.get("kind")), [0, 0])
        rk[0] += 1
        rk[1] += ok
        if not ok:
            tag = " (duplicate)" if dup else " (trap)" if trap else ""
            sc.wrong.append(f"FP {gid} {d.get('kind')} '{d.get('about')}'{tag}: {_side_values(d)}")
    return sc


def score(gold: Sequence[dict[str, Any]], briefs: dict[str, Any]) -> Score:
    """Every gold cluster against its brief in ``briefs`` (by cluster id; missing = found nothing)."""
    sc = Score()
    for g in gold:
        score_cluster(g, briefs.get(str(g["id"])), sc)
    return sc


# -- running the systems ----------------------------------------------------------------------------
@dataclass
class Result:
    """One system on one set: its score, its briefs (cluster id → brief dict) and seconds/cluster."""

    set: str
    system: str
    score: Score
    briefs: dict[str, dict[str, Any]]
    seconds: float
    failed: list[str] = field(default_factory=list)


def _accord(articles: list[Article], options: Options) -> dict[str, Any]:
    from accord.briefing import build

    return build(articles, options).to_dict()


def _masked_pair(articles: list[Article], options: Options) -> dict[str, Any]:
    from accord.eval import masked_pair

    return {"disagreements": masked_pair.find(articles)}


RUNNERS: dict[str, Callable[[list[Article], Options], dict[str, Any]]] = {
    "accord": _accord, "masked-pair": _masked_pair}


def run(set_name: str, data: str | Path, systems: Sequence[str] = SYSTEMS, options: Options = DEFAULT,
        progress: Callable[[int], None] | None = None, only: set[str] | None = None) -> list[Result]:
    """Brief every cluster of ``set_name`` with each system and score it; one Result per system.
    ``only``: brief just these clusters (the others count as found nothing)."""
    unknown = [s for s in systems if s not in RUNNERS]
    if unknown:
        raise AccordError(f"unknown system(s) {', '.join(unknown)}; choose from: {', '.join(RUNNERS)}")
    found, gold = load(set_name, data)
    options = options_for(set_name, options)
    results = {s: Result(set_name, s, Score(), {}, 0.0) for s in systems}
    for cluster in found:
        if only is not None and cluster.id not in only:
            continue
        articles = read_cluster(cluster, options)
        for s in systems:
            res = results[s]
            start = time.perf_counter()
            try:
                if not articles:
                    raise AccordError("no readable article")
                res.briefs[cluster.id] = RUNNERS[s]([_copy(a) for a in articles], options)
            except Exception as exc:  # noqa: BLE001 - a failed brief found nothing, as in score.py
                res.failed.append(f"{cluster.id}: {exc}")
            res.seconds += time.perf_counter() - start
        if progress:
            progress(1)
    for res in results.values():
        res.score = score(gold, res.briefs)
        res.seconds /= max(len(found), 1)
    return list(results.values())


def _copy(article: Article) -> Article:
    """A fresh copy per system: a brief cleans and may rewrite its articles."""
    return Article.from_dict(article.to_dict())


def count(set_name: str, data: str | Path) -> int:
    """How many clusters a set holds (for a progress bar)."""
    return len(load(set_name, data)[1])


def write_briefs(results: Sequence[Result], folder: str | Path) -> list[Path]:
    """Each system's briefs as ``FOLDER/SET-SYSTEM/<cluster id>.json`` (score.py reads these)."""
    written = []
    for r in results:
        d = Path(folder) / f"{r.set}-{r.system}"
        d.mkdir(parents=True, exist_ok=True)
        for cid, brief in r.briefs.items():
            (d / f"{cid}.json").write_text(json.dumps(brief, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(d)
    return written


def reading_sheet(results: Sequence[Result], size: int = 40, seed: int = 0, systems: Sequence[str] = ("accord",)
                  ) -> str:
    """Protocol D (../shared/eval/READING.md): a seeded random sample of ``size`` reported
    disagreements per set of each of ``systems``, each side with its articles (``C<k>``: doc k-1 of
    the cluster, as brief_clusters.sh numbers them) and evidence, to label T/M/F."""
    lines = ["# Protocol D reading sheet", "",
             "Label each item T (the sides really report different values of one slot), M (a true "
             "disagreement with unrelated sides mixed in) or F (different things, a misread, the same "
             "value, a spelling variant); one line of reason per F and M.", ""]
    for r in results:
        if r.system not in systems:
            continue
        items = [(cid, d) for cid, b in sorted(r.briefs.items()) for d in b.get("disagreements", [])]
        rng = random.Random(seed)
        pick = rng.sample(items, min(size, len(items)))
        lines += [f"## {r.set} / {r.system}: {len(pick)} of {len(items)} reported", ""]
        for n, (cid, d) in enumerate(pick, 1):
            lines.append(f"{n}. [{cid}] {d.get('kind')} ({d.get('type', '')}) — {d.get('about')}")
            for s in d.get("values", []):  # the value as the brief shows it: "A day later (= June 18)"
                norm = show_normalized(str(d.get("kind")), str(s.get("value")), s.get("normalized"))
                shown = f"{s.get('value')}" + (f" (= {norm})" if norm else "")
                lines.append(f"   - {shown} [{', '.join(s.get('articles', []))}]: {s.get('evidence')}")
            lines.append("   - label: ")
        lines.append("")
    return "\n".join(lines)
