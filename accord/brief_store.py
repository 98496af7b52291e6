"""Stored briefs: rebuilt when a story's articles change, each version with a digest of what a
returning reader is told changed (its sources, facts and disagreements)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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


def disagreement_changes(before: Sequence[Any], now: Sequence[dict[str, Any]]) -> list[list[str] | None]:
    """Per disagreement of ``now`` (``disagreement_key``s), what a returning reader is told of it
    against the stored ``before``: ``None`` when it is new, else the values not reported before (empty
    when none). A slot whose wording changed (a newer accord names slots otherwise) with the same kind
    and the same values is the same disagreement, not a new one."""
    known = {k["slot"]: set(k["values"]) for k in before if isinstance(k, dict)}
    renamed = {(k["slot"].split(": ", 1)[0], frozenset(k["values"])) for k in before if isinstance(k, dict)}
    out: list[list[str] | None] = []
    for key in now:
        if key["slot"] in known:
            out.append(sorted(set(key["values"]) - known[key["slot"]]))
        elif (key["slot"].split(": ", 1)[0], frozenset(key["values"])) in renamed:
            out.append([])
        else:
            out.append(None)
    return out


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
