"""The README's Python API example runs as written (docs are tested)."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


@pytest.mark.slow
def test_python_api_example_runs(monkeypatch, capsys, sample):  # the example briefs the sample
    blocks = re.findall(r"```python\n(.*?)```", _section("Python API"), re.S)
    assert blocks
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    b = namespace["b"]
    printed = capsys.readouterr().out
    assert b.title in printed
    assert namespace["json_text"].startswith("{") and "<html" in namespace["html"].lower()
    assert len(" ".join(s.text for s in b.summary).split()) <= 120
