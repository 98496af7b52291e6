"""The dev sets' gold clusters as folders of articles, briefed exactly as ``accord brief DIR`` does.

``../shared/eval/disagreements/brief_clusters.sh`` is the reference: for every cluster id of a gold
file, the cluster's documents become ``C1.txt``, ``C2.txt``… (document k is ``C<k+1>``), each opening
with a headline line — the document's title, else its first sentence (text up to the first ". " and
the first line break) cut to 90 characters — and the brief is ``accord brief --format json`` of the
folder. Here the same folders are written and briefed in-process (one model load for all clusters),
so the support and disagreement benchmarks score the same briefs the reference scripts would.
"""
from __future__ import annotations

import collections
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.options import DEFAULT, Options

# set name -> (articles file, gold file), both under the evaluation folder
GOLD: dict[str, tuple[str, str]] = {
    "multinews": ("multinews/validation.jsonl", "disagreements/multinews-val.jsonl"),
    "ecbplus": ("ecbplus/dev.jsonl", "disagreements/ecbplus-dev.jsonl"),
}


@dataclass
class Cluster:
    """One gold cluster: its id and documents (``{"title", "text"}``) in the set's order."""

    id: str
    documents: list[dict[str, str]]


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise AccordError(f"{path}: not found (give the evaluation folder with --data)")
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AccordError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc


def load(name: str, data: str | Path) -> list[Cluster]:
    """The gold clusters of set ``name`` (``multinews`` or ``ecbplus``), in the gold file's order.

    Multi-News rows are clusters (``documents``); ECB+ rows are articles whose ``story`` is the
    cluster, in file order.
    """
    if name not in GOLD:
        raise AccordError(f"unknown set {name!r}; choose one of: {', '.join(GOLD)}")
    set_rel, gold_rel = GOLD[name]
    data = Path(data)
    want = [str(row["id"]) for row in _read_jsonl(data / gold_rel)]
    clusters: dict[str, list[dict[str, str]]] = collections.OrderedDict()
    for row in _read_jsonl(data / set_rel):
        if "documents" in row:
            clusters[str(row["id"])] = [d if isinstance(d, dict) else {"title": "", "text": d}
                                        for d in row["documents"]]
        else:
            clusters.setdefault(str(row["story"]), []).append({"title": "", "text": row["text"]})
    missing = [cid for cid in want if cid not in clusters]
    if missing:
        raise AccordError(f"{data / gold_rel}: cluster(s) not in {data / set_rel}: {', '.join(missing[:5])}")
    return [Cluster(cid, clusters[cid]) for cid in want]


def headline(doc: dict[str, str]) -> str:
    """The headline line brief_clusters.sh writes: the title, else the first sentence, ≤ 90 characters."""
    text = (doc.get("text") or "").strip()
    return (doc.get("title") or text.split(". ")[0].split("\n")[0])[:90]


def write(cluster: Cluster, folder: Path) -> Path:
    """Write ``folder/<id>/C<k>.txt`` as brief_clusters.sh does; returns the cluster's folder."""
    d = folder / cluster.id
    d.mkdir(parents=True, exist_ok=True)
    for k, doc in enumerate(cluster.documents):
        text = (doc.get("text") or "").strip()
        (d / f"C{k + 1}.txt").write_text(headline(doc) + "\n" + text, encoding="utf-8")
    return d


def brief(folder: Path, options: Options = DEFAULT) -> dict[str, Any]:
    """The brief JSON of one cluster folder, as ``accord brief --format json FOLDER`` prints it (an
    unreadable file is left out, as the command does; a folder with nothing readable raises)."""
    from accord import api

    return api.brief([str(folder)], options=options, on_error=lambda exc: None).to_dict()


@dataclass
class Briefed:
    """A cluster, its folder, and its brief (None with ``error`` when briefing failed)."""

    cluster: Cluster
    folder: Path
    brief: dict[str, Any] | None
    error: str = ""


def brief_all(name: str, data: str | Path, folder: Path, options: Options = DEFAULT,
              limit: int | None = None, progress: Callable[[int], None] | None = None) -> list[Briefed]:
    """Write and brief every gold cluster of set ``name`` under ``folder``; each brief is also written
    as ``folder/<id>.json`` (the layout check_support.py reads). A failed brief is kept with its error,
    never skipped: the caller counts it."""
    out = []
    for cluster in load(name, data)[:limit]:
        d = write(cluster, folder)
        try:
            b = brief(d, options)
            (folder / f"{cluster.id}.json").write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
            out.append(Briefed(cluster, d, b))
        except Exception as exc:  # noqa: BLE001 - one failed brief is reported, the others still count
            (folder / f"{cluster.id}.json").unlink(missing_ok=True)
            out.append(Briefed(cluster, d, None, f"{type(exc).__name__}: {exc}"))
        if progress:
            progress(1)
    return out
