"""accord: many outlets, one story. Briefs with citations, aligned facts and disagreements.

    import accord
    b = accord.brief(["../shared/samples/kazakhstan-2022"])
    print(b.to_markdown())
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["brief", "ingest", "group", "batch", "Options"]


def __getattr__(name: str) -> Any:
    """Import the API lazily: ``accord --help`` should not load NLP libraries."""
    if name in {"brief", "ingest", "group", "batch", "articles", "article"}:
        from accord import api

        return getattr(api, name)
    if name == "Options":
        from accord.options import Options

        return Options
    raise AttributeError(f"module 'accord' has no attribute {name!r}")
