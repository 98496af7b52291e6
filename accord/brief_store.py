"""Stored briefs: rebuilt when a story's articles change, each version with a digest of what a
returning reader is told changed (its sources, facts and disagreements)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from accord.options import Options
from accord.store import Library


def brief_digest(brief: dict[str, Any]) -> dict[str, Any]:
    """What a returning reader is told changed: the brief's sources, facts and disagreements."""
    return {
        "articles": [a["id"] for a in brief.get("articles", [])],
        "facts": [f["text"] for f in brief.get("facts", [])],
        "disagreements": [disagreement_key(d) for d in brief.get("disagreements", [])],
    }


def disagreement_key(d: dict[str, Any]) -> dict[str, Any]:
    """A disagreement as its slot (kind and what it is about) and the values reported."""
    return {"slot": f"{d.get('kind')}: {d.get('about')}",
            "values": sorted(str(s.get("value", "")) for s in d.get("values", []))}


def refresh(lib: Library, opts: Options, *, stories: Iterable[str] | None = None,
            progress: Callable[[str, int, int], None] | None = None,
            on_error: Callable[[str, Exception], None] | None = None) -> list[str]:
    """Rebuild the stored brief of every story whose key (member ids, copy marks, titles, dates)
    differs from the one its brief was stored under (only ``stories``, when given); returns those
    rebuilt. A brief that fails to build goes to ``on_error`` and the others are still built."""
    from accord.briefing import build

    done: list[str] = []
    if stories is None:
        keys, have = lib.story_keys(), lib.brief_keys()
    else:  # only these stories' rows are read (an ingest into a big library changes a few)
        wanted = sorted(set(stories))
        keys = {}
        for sid in wanted:
            keys.update(lib.story_keys(sid))
        have = lib.brief_keys(wanted)
    for gone in set(have) - set(keys):  # merged away or emptied by moves
        lib.delete_brief(gone)
    todo = [sid for sid, key in keys.items() if have.get(sid) != key]
    for n, sid in enumerate(todo, start=1):
        if progress:
            progress(sid, n, len(todo))
        arts = lib.articles(sid)
        try:
            data = build(arts, opts).to_dict()
        except Exception as exc:  # noqa: BLE001 - one story's failure must not stop the others
            if on_error:
                on_error(sid, exc)
            continue
        lib.put_brief(sid, keys[sid], data, brief_digest(data))
        done.append(sid)
    return done
