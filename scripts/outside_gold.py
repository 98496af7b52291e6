"""Disagreements on news the rules were never written from: brief clusters outside the gold, then read.

    .venv/bin/python scripts/outside_gold.py OUT [--data ../shared/eval] [--parity odd|even]
        [--train N] [--train-rest] [--sheet N] [--seed S] [--union OTHER_OUT]

The dev gold (``../shared/eval/disagreements/``) has been read for many rounds, so its precision says
little about held-out news. This briefs the Multi-News val clusters outside the gold and the NeuS val
stories (and, with ``--train N``, N NeuS train stories drawn with ``--seed``) exactly as
``brief_clusters.sh`` writes clusters (``OUT/arts/<id>/C<k>.txt``, first line a headline) and as
``accord brief --format json`` briefs them (``OUT/briefs/<id>.json``, the shipped pair model), then writes
a protocol-D reading sheet (``../shared/eval/READING.md``) of ``--sheet`` reported disagreements drawn
with ``--seed`` (``OUT/sheet.md``; which cluster each item comes from in ``OUT/key.json``).

Keep a check set out of all tuning: ``--parity odd --train 400`` is the set BENCHMARKS.md reports; rules
are diagnosed on ``--parity even --train 1000 --train-rest`` (NeuS train stories outside the check set's
400). ``--union OTHER_OUT`` writes one shuffled sheet of every disagreement reported in OUT or in
OTHER_OUT (two versions of the code on the same clusters), each once, with no hint of which version
reported it, so one reading scores both (``OUT/union.md``, ``OUT/union.key.json``).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.eval import clusters
from accord.render import show_normalized

CHECK_SEED = 20261205
CHECK_TRAIN = 400


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise AccordError(f"{path}: not found (give the evaluation folder with --data)")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _keep(cid: str, parity: str | None) -> bool:
    """Whether a val cluster's id number has the parity asked for (all of them with none)."""
    return parity is None or int(cid.rsplit("-", 1)[1]) % 2 == (1 if parity == "odd" else 0)


def pick(data: Path, parity: str | None, train: int, train_rest: bool, seed: int
         ) -> list[tuple[str, clusters.Cluster]]:
    """(set, cluster) of every cluster to brief: val clusters outside the gold of the parity, and
    ``train`` NeuS train stories (outside the check set's when ``train_rest``)."""
    gold = {str(r["id"]) for r in _rows(data / "disagreements" / "multinews-val.jsonl")}
    out: list[tuple[str, clusters.Cluster]] = []
    for name, rel in (("multinews", "multinews/validation.jsonl"), ("neus", "neus/val.jsonl")):
        for r in _rows(data / rel):
            if str(r["id"]) not in gold and _keep(str(r["id"]), parity):
                docs = [d if isinstance(d, dict) else {"title": "", "text": d} for d in r["documents"]]
                out.append((name, clusters.Cluster(str(r["id"]), docs)))
    if train:
        rows = _rows(data / "neus" / "train.jsonl")
        ids = [str(r["id"]) for r in rows]
        held = set(random.Random(CHECK_SEED).sample(ids, CHECK_TRAIN))
        pool = [i for i in ids if i not in held] if train_rest else ids
        chosen = set(random.Random(seed + (1 if train_rest else 0)).sample(pool, min(train, len(pool))))
        out += [("neus-train", clusters.Cluster(str(r["id"]), list(r["documents"])))
                for r in rows if str(r["id"]) in chosen]
    return out


def _item(n: int, cid: str, d: dict[str, Any]) -> list[str]:
    lines = [f"{n}. [{cid}] {d.get('kind')} ({d.get('type', '')}) — {d.get('about')}"]
    for s in d.get("values", []):
        norm = show_normalized(str(d.get("kind")), str(s.get("value")), s.get("normalized"))
        shown = f"{s.get('value')}" + (f" (= {norm})" if norm else "")
        lines.append(f"   - {shown} [{', '.join(s.get('articles', []))}]: {s.get('evidence')}")
    return lines + ["   - label: ", ""]


def _header(arts: Path) -> list[str]:
    return ["# Protocol D reading sheet (news never tuned on)", "",
            "Label each item T (the sides really report different values of one slot), M (a true "
            "disagreement with unrelated sides mixed in) or F (different things, a misread, the same value, "
            "a spelling variant); one line of reason per F and M; say whether the type (conflict / evolving "
            "/ vague) is right. GUIDELINES.md counts a vague value against a compatible exact one (\"more "
            "than 2,000\" vs 2,300) as a disagreement typed vague. Articles: "
            f"`{arts}/<story id>/C<k>.txt` (first line a headline).", ""]


def _signature(d: dict[str, Any]) -> str:
    """A disagreement's kind and sides (values with their articles): the same report in two runs."""
    return json.dumps([d.get("kind"), sorted((str(s.get("value")), sorted(s.get("articles", [])))
                                             for s in d.get("values", []))])


def union(out: Path, other: Path, seed: int) -> int:
    """One blind sheet of every report in ``out`` or ``other`` (each once); returns its size."""
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for tag, folder in (("this", out), ("other", other)):
        for f in sorted((folder / "briefs").glob("*.json")):
            for d in json.loads(f.read_text(encoding="utf-8")).get("disagreements", []):
                items.setdefault((f.stem, _signature(d)), {"d": d, "in": []})["in"].append(tag)
    keys = sorted(items)
    random.Random(seed + 1).shuffle(keys)
    lines, key = _header((out / "arts").resolve()), []
    for n, k in enumerate(keys, 1):
        lines += _item(n, k[0], items[k]["d"])
        key.append({"n": n, "id": k[0], "in": items[k]["in"]})
    (out / "union.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "union.key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(keys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--parity", choices=("odd", "even"))
    ap.add_argument("--train", type=int, default=0)
    ap.add_argument("--train-rest", action="store_true")
    ap.add_argument("--sheet", type=int, default=40)
    ap.add_argument("--seed", type=int, default=CHECK_SEED)
    ap.add_argument("--union", type=Path)
    a = ap.parse_args()
    try:
        todo = pick(a.data, a.parity, a.train, a.train_rest, a.seed)
        found: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        (a.out / "briefs").mkdir(parents=True, exist_ok=True)
        failed = 0
        for name, cluster in todo:
            try:
                brief = clusters.brief(clusters.write(cluster, a.out / "arts"))
            except AccordError:
                failed += 1  # nothing readable: reported in the count, never silently dropped
                continue
            (a.out / "briefs" / f"{cluster.id}.json").write_text(json.dumps(brief, ensure_ascii=False, indent=1),
                                                                 encoding="utf-8")
            found.setdefault(name, []).extend((cluster.id, d) for d in brief.get("disagreements", []))
        total = sum(len(v) for v in found.values())
        rng = random.Random(a.seed)
        picked = [x for v in found.values() for x in rng.sample(v, min(len(v), round(a.sheet * len(v) / total)))
                  ] if total else []
        rng.shuffle(picked)
        lines = _header((a.out / "arts").resolve())
        for n, (cid, d) in enumerate(picked, 1):
            lines += _item(n, cid, d)
        (a.out / "sheet.md").write_text("\n".join(lines), encoding="utf-8")
        (a.out / "key.json").write_text(json.dumps({"clusters": len(todo), "failed": failed,
                                                    "reported": {k: len(v) for k, v in found.items()},
                                                    "items": [c for c, _ in picked]}, indent=1), encoding="utf-8")
        print(f"{len(todo)} clusters, {failed} failed; reported: "
              + ", ".join(f"{k} {len(v)}" for k, v in found.items()))
        if a.union:
            print(f"union sheet: {union(a.out, a.union, a.seed)} reports")
    except AccordError as exc:
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()
