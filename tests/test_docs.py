"""Every Python example in README.md and docs/*.md runs as written (datasette-style tested docs).

The examples of one file run in order in one namespace, in a scratch folder laid out as the docs
assume: ``../shared`` (the sample), ``articles/`` (the sample's articles) and ``out/sample.db`` (the
sample ingested, as ``make run`` leaves it).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from accord import api

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def examples(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def test_the_docs_have_examples() -> None:
    """The pages a user reads first show Python, so this test cannot pass vacuously."""
    counted = {p.name: len(examples(p)) for p in PAGES}
    assert counted["README.md"] >= 3 and sum(counted.values()) >= 6, counted


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory, sample: Path) -> Path:
    base = tmp_path_factory.mktemp("docs")
    (base / "shared" / "samples").mkdir(parents=True)
    (base / "shared" / "samples" / sample.name).symlink_to(sample)
    work = base / "work"
    shutil.copytree(sample, work / "articles")
    (work / "out").mkdir()
    api.ingest([str(sample)], db=str(work / "out" / "sample.db"), briefs=False)
    return work


@pytest.mark.slow
@pytest.mark.parametrize("page", [p for p in PAGES if examples(p)], ids=lambda p: p.name)
def test_python_examples_run(page: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(scratch)
    namespace: dict = {"__name__": "__docs__"}
    for n, block in enumerate(examples(page), 1):
        exec(compile(block, f"{page.name} example {n}", "exec"), namespace)
    capsys.readouterr()
