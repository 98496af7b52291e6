"""What each page shows, as plain JSON-safe dicts: the page renders this dict, ``/api/`` returns it.

One function per page (``stories``, ``story``, ``article``, ``changes``, ``fixes``, ``feeds``), each
reading the library (never running NLP: briefs come stored). The templates add markup only, so a
reader of the API sees exactly what a reader of the page sees.
"""
from __future__ import annotations

import json
import math
import re
import threading
import weakref
from collections import Counter
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from accord.errors import AccordError, NotFound
from accord.outlets import outlet as outlet_key, outlet_groups
from accord.model import SCHEMA, Brief, Story
from accord.options import Options
from accord.store import Library


SORTS = ("rank", "newest", "articles", "relevance")
RANKING = ("Ranked by coverage × independence × recency: log2(1 + outlets) × log2(1 + independent "
           "sources) × 0.5^(days behind the newest story / {half_life:g}). Wire copies count once; "
           "articles with no known outlet count as separate outlets.")


# -- stories --------------------------------------------------------------------------------------

_listing_lock = threading.Lock()
# per connection (each server thread has its own): its signature and the listing it saw
_listing_cache: "weakref.WeakKeyDictionary[Library, tuple[tuple[Any, ...], list[dict[str, Any]], list[str]]]" = \
    weakref.WeakKeyDictionary()


def _signature(lib: Library) -> tuple[Any, ...]:
    """Changes since this connection last looked: SQLite's ``data_version`` moves whenever another
    connection commits (an ingest, the watcher, a fix, a rebuilt brief) and ``total_changes`` when
    this one writes, so equal signatures mean the listing is still right."""
    return (lib.db.execute("PRAGMA data_version").fetchone()[0], lib.db.total_changes)


def _stories(lib: Library) -> list[Story]:
    """Every story of the library (its id, title, articles, independent sources, first/last date)."""
    return lib.stories()


def _story(lib: Library, sid: str) -> Story | None:
    return lib.story(sid)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return (date.fromisoformat(str(b)[:10]) - date.fromisoformat(str(a)[:10])).days
    except (TypeError, ValueError):
        return None


def _listing(lib: Library, options: Options) -> tuple[list[dict[str, Any]], list[str]]:
    """Every story with what the list shows and its ranking score (cached until the library changes)."""
    sig = _signature(lib)
    with _listing_lock:
        cached = _listing_cache.get(lib)
        if cached and cached[0] == sig:
            return cached[1], cached[2]
    stats = lib.brief_stats()
    members = lib.story_outlets()
    stories = [s for s in _stories(lib) if s.id in members]
    newest = max((s.last for s in stories if s.last), default=None)
    rows = []
    outlets_all: Counter[str] = Counter()
    for s in stories:
        arts = members[s.id]
        # outlets counted as a brief counts them (mend119): one per outlet key (``outlets.outlet``, a name and
        # its domain united only where safe by ``outlets.outlet_groups``), shown by the first name it is given
        same = outlet_groups((src, url) for _, src, _, url in arts)
        shown: dict[str, str] = {}
        unknown = 0
        for _, src, _, url in arts:
            key = outlet_key(src, url)
            if key is None:
                unknown += 1
                continue
            name = (src or "").strip()  # the source as given, unless it says less than the key ("go.com")
            shown.setdefault(same.get(key, key), name if name and outlet_key(name, None) == key else key)
        outlets = sorted(shown.values())
        outlets_all.update(outlets)
        # coverage breadth: distinct outlets; articles with no known outlet (plain files, aggregator pages)
        # count as their independent sources instead, so a pile of files is not ranked as one outlet
        unnamed = min(unknown, max(s.independent, 1)) if unknown else 0
        breadth = len(outlets) + unnamed or 1
        # the factor as the row's outlet list reads: "3 outlets" beside a list of none misled (user71)
        # and "0 outlets and …" (mend116) read as a fault: only the named outlets, then the others
        named = f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
        told = (f"{named + ' and ' if outlets else ''}{unnamed} source{'s' if unnamed != 1 else ''} naming no outlet"
                if unnamed else f"{breadth} outlet{'s' if breadth != 1 else ''}")
        independent = max(s.independent, 1)
        behind = _days(s.last, newest) if s.last and newest else None
        recency = 0.5 ** (max(behind, 0) / options.rank_half_life_days) if behind is not None else 0.5
        score = math.log2(1 + breadth) * math.log2(1 + independent) * recency
        st = stats.get(s.id, {})
        rows.append({
            "id": s.id,
            "title": st.get("title") or s.title,
            "articles": len(arts),
            "independent": s.independent,
            "outlets": outlets,
            "disagreements": st.get("disagreements"),
            "facts": st.get("facts"),
            "first": s.first,
            "last": s.last,
            "updated": st.get("updated"),
            "version": st.get("version"),
            "score": round(score, 4),
            "why": (f"{told} → {math.log2(1 + breadth):.2f} × "
                    f"{independent} independent → {math.log2(1 + independent):.2f} × recency "
                    + (f"{recency:.2f} ({behind} day{'s' if behind != 1 else ''} behind the newest story)"
                       if behind is not None else "0.50 (no date)") + f" = {score:.2f}"),
            "url": f"/stories/{quote(s.id)}",
        })
    for r in rows:
        r["title"] = r["title"] or "(untitled story)"
    outlets = [o for o, _ in sorted(outlets_all.items(), key=lambda kv: (-kv[1], kv[0].lower()))]
    with _listing_lock:
        _listing_cache[lib] = (sig, rows, outlets)
    return rows, outlets


def _snippet(lib: Library, article_id: str, match: str) -> list[dict[str, Any]]:
    """Where a search matched one article: text pieces, ``match`` True on the matched words."""
    row = lib.db.execute(
        "SELECT snippet(articles_fts, -1, char(2), char(3), ' … ', 16) FROM articles_fts "
        "JOIN articles a ON a.rowid = articles_fts.rowid WHERE a.id = ? AND articles_fts MATCH ?",
        (article_id, match)).fetchone()
    if not row or not row[0]:
        return []
    parts = []
    for piece in re.split(r"(\x02[^\x03]*\x03)", row[0]):
        if piece.startswith("\x02"):
            parts.append({"text": piece.strip("\x02\x03"), "match": True})
        elif piece:
            parts.append({"text": piece, "match": False})
    return parts


def stories(lib: Library, options: Options, *, q: str = "", outlet: str = "", since: str = "",
            until: str = "", sort: str = "", page: int = 1, per_page: int | None = None) -> dict[str, Any]:
    """The stories page: ranked, searched (FTS5), filtered by outlet and date, paginated."""
    per_page = max(1, min(per_page or options.page_size, 500))
    sort = sort or ("relevance" if q.strip() else "rank")
    if sort not in SORTS:
        raise AccordError(f"unknown sort {sort!r} (use one of: {', '.join(SORTS)})")
    for name, value in (("from", since), ("to", until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise AccordError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None
    rows, outlets = _listing(lib, options)
    matches: dict[str, tuple[float, str]] = {}
    match_expr = ""
    if q.strip():
        for story, aid, rank in lib.search(q):
            if story is not None and (story not in matches or rank < matches[story][0]):
                matches[story] = (rank, aid)
        rows = [r for r in rows if r["id"] in matches]
        match_expr = " ".join('"' + w.replace('"', "") + '"' for w in re.findall(r"\w+", q)[:32])
    elif sort == "relevance":
        sort = "rank"
    if outlet:
        rows = [r for r in rows if outlet in r["outlets"]]
    if since:
        rows = [r for r in rows if (r["last"] or r["first"] or "") >= since]
    if until:
        rows = [r for r in rows if r["first"] and r["first"] <= until]
    key = {
        "rank": lambda r: (-r["score"], -r["articles"], r["id"]),
        "newest": lambda r: (r["last"] or "", r["articles"]),
        "articles": lambda r: (-r["articles"], -r["independent"], r["id"]),
        "relevance": lambda r: (matches[r["id"]][0], -r["score"]),
    }[sort]
    rows = sorted(rows, key=key, reverse=(sort == "newest"))
    total = len(rows)
    pages = max(1, math.ceil(total / per_page))
    page = max(1, min(page, pages))
    shown = [dict(r) for r in rows[(page - 1) * per_page: page * per_page]]
    for r in shown:
        if r["id"] in matches:
            aid = matches[r["id"]][1]
            r["match"] = {"article": aid, "snippet": _snippet(lib, aid, match_expr)}
    query = {"q": q, "outlet": outlet, "from": since, "to": until, "sort": sort}

    def link(p: int) -> str:
        params = {k: v for k, v in query.items() if v}
        if params.get("sort") in ("rank", "relevance"):
            params.pop("sort")
        return "/stories?" + urlencode({**params, "page": p, "per_page": per_page})

    return {
        "stories": shown,
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": pages,
        "next": link(page + 1) if page < pages else None,
        "prev": link(page - 1) if page > 1 else None,
        "query": query,
        "outlets": outlets,
        "ranking": RANKING.format(half_life=options.rank_half_life_days),
    }


# -- one story ------------------------------------------------------------------------------------

def story(lib: Library, options: Options, sid: str, since: int | None = None) -> dict[str, Any]:
    """The story page: the stored brief (``Brief.to_dict()``) and the views made from it."""
    from accord import api

    row = _story(lib, sid)
    if row is None or not lib.articles(sid):
        raise NotFound(f"no story {sid!r} in this library" + _where_it_went(lib, sid))
    stored = api.stored_brief(sid, options=options, library=lib)
    brief = stored["brief"]
    if brief.get("schema") != SCHEMA:  # stored by an older accord: every field of this schema, defaulted
        brief = Brief.from_dict(brief).to_dict()
    texts = {a.id: a.text for a in lib.articles(sid)}
    return {
        "story": {"id": sid, "title": brief.get("title") or row.title, "articles": len(texts),
                  "independent": row.independent, "first": row.first, "last": row.last,
                  "version": stored["version"], "updated": stored["updated"], "stale": stored["stale"]},
        "brief": brief,
        "citations": {a["id"]: k for k, a in reversed(list(enumerate(brief.get("articles", []), start=1)))},
        "outlets": labels(brief),
        "disagreements": disagreements(brief, texts),
        "facts_note": None if brief.get("facts") else no_facts(row.independent),
        "grid": grid(brief),
        "sources": sources(brief),
        "changes": changes_between(lib, sid, since, stored["version"], brief) if since is not None else None,
        "others": others(lib, options, sid),
    }


# The disagreement types (model.Disagreement.type) in reading order, each with what it tells a reader.
TYPES = {
    "conflict": "the values cannot both be true",
    "evolving": "a running figure (a toll, a count) reported at different times",
    "vague": "an approximation or a range that overlaps the other side",
}


def said(side: dict[str, Any], texts: dict[str, str]) -> list[dict[str, Any]]:
    """Each article's own sentence for one side of a disagreement, cut from its cleaned text by the
    side's sentence references (a reader sees what every outlet wrote, not only the first one's
    evidence); articles whose sentences read the same (wire copies) share one entry. ``text`` is
    None for an article whose sentence is not known."""
    refs = {r["article"]: r for r in reversed(side.get("sentences", []))}
    out: list[dict[str, Any]] = []
    by_text: dict[str | None, dict[str, Any]] = {}
    for n, aid in enumerate(dict.fromkeys(side.get("articles", []))):
        ref = refs.get(aid)
        text = texts.get(aid, "")
        sentence: str | None = None
        if ref and 0 <= ref.get("start", 0) < ref.get("end", 0) <= len(text):
            sentence = " ".join(text[ref["start"]:ref["end"]].split())
        elif n == 0 and side.get("evidence"):  # the side's evidence is its first article's sentence
            sentence = " ".join(str(side["evidence"]).split())
        entry = by_text.get(sentence)
        if entry is None:
            entry = by_text[sentence] = {"text": sentence, "articles": [], "sentences": []}
            out.append(entry)
        entry["articles"].append(aid)
        if ref:
            entry["sentences"].append(ref)
    return out


def disagreements(brief: dict[str, Any], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The brief's disagreements in reading order (conflicts, then evolving figures, then vague
    ones), each with its ``position`` in ``brief.disagreements``, what its type means, the facts
    that state one of its values (``facts``: positions in ``brief.facts``) and, per side,
    its articles' sentences (``sides``, from ``said``)."""
    items = brief.get("disagreements", [])
    facts: dict[int, list[int]] = {}
    for i, fact in enumerate(brief.get("facts", [])):
        for k in fact.get("disagreements", []):
            if isinstance(k, int) and 0 <= k < len(items):
                facts.setdefault(k, []).append(i)
    order = list(TYPES)
    ranked = sorted(range(len(items)),
                    key=lambda k: order.index(items[k]["type"]) if items[k].get("type") in order else len(order))
    return [{"position": k, "type": items[k].get("type", "conflict"),
             "meaning": TYPES.get(items[k].get("type", "conflict"), ""),
             "facts": facts.get(k, []),
             "sides": [said(s, texts) for s in items[k].get("values", [])]} for k in ranked]


def no_facts(independent: int) -> str:
    """Why a brief shows no fact: said on the page and in the API, so an empty grid is never a puzzle."""
    if independent < 2:
        return ("This story has one independent source (wire copies count once), so no fact can be "
                "confirmed by another outlet yet.")
    return (f"No statement is made by two or more of its {independent} independent sources in words accord "
            "could check (a fact is shown only when each supporting article's own sentence states it). What "
            "one source alone says is under Single-source claims; where outlets give different values, under "
            "Disagreements.")


def merged_into(lib: Library, sid: str) -> tuple[str, int] | None:
    """The story a merged-away story went to, following later merges (a bookmark still leads
    somewhere), and the fix that merged it; None when no standing merge took it."""
    merges = {f["args"].get("story"): (f["args"].get("into"), f["id"])
              for f in lib.fixes(active_only=True) if f["action"] == "merge"}
    found = None
    seen = {sid}
    while sid in merges:
        into, fix = merges[sid]
        found = (into, found[1] if found else fix)
        if into in seen:
            break
        seen.add(into)
        sid = into
    return found


def _where_it_went(lib: Library, sid: str) -> str:
    went = merged_into(lib, sid)
    return f": fix {went[1]} merged it into story {went[0]!r}" if went else ""


def others(lib: Library, options: Options, sid: str | None) -> list[dict[str, str]]:
    """The best-ranked other stories (``options.move_targets``): the likely targets of a move or a merge."""
    rows, _ = _listing(lib, options)
    best = sorted(rows, key=lambda r: (-r["score"], r["id"]))
    return [{"id": r["id"], "title": r["title"]} for r in best if r["id"] != sid][:options.move_targets]


def outlet_name(ref: dict[str, Any], number: int | None = None) -> str:
    """The outlet an article stands for (grid columns, disagreement sides): its source, else (a
    plain file has none) its citation number and the start of its title."""
    if ref.get("source"):
        return str(ref["source"])
    title = " ".join(str(ref.get("title") or ref["id"]).split())
    short = title if len(title) <= 32 else title[:31].rstrip() + "…"
    return f"[{number}] {short}" if number is not None else short


def grid(brief: dict[str, Any]) -> dict[str, Any]:
    """Fact × outlet: which outlet reports which fact (``reports``), tells the event without the
    detail (``related``), or leaves out a fact most outlets report (``omits``). ``note`` says why
    the grid is empty (the brief has no fact to compare), None when it is not."""
    by_id = {a["id"]: a for a in brief.get("articles", [])}
    label = labels(brief)
    outlets = list(dict.fromkeys(label.values()))
    rows = []
    for i, fact in enumerate(brief.get("facts", [])):
        holders: dict[str, list[str]] = {}
        related: dict[str, list[str]] = {}
        for aid in fact.get("support", []):
            if aid in by_id:
                holders.setdefault(label[aid], []).append(aid)
        for aid in fact.get("related", []):
            if aid in by_id:
                related.setdefault(label[aid], []).append(aid)
        most = len(holders) * 2 > len(outlets)
        cells = []
        for o in outlets:
            if o in holders:
                cells.append({"outlet": o, "state": "reports", "articles": holders[o]})
            elif o in related:
                cells.append({"outlet": o, "state": "related", "articles": related[o]})
            else:
                cells.append({"outlet": o, "state": "omits" if most else "silent", "articles": []})
        rows.append({"fact": i, "text": fact["text"], "independent": fact.get("independent", 0), "cells": cells})
    note = None
    if not rows:  # one row per fact: empty exactly when the brief has none
        note = ("Empty because the brief has no fact that two or more independent sources state (see "
                "Facts outlets agree on), so there is nothing to compare outlet by outlet.")
    return {"outlets": outlets, "rows": rows, "note": note}


def labels(brief: dict[str, Any]) -> dict[str, str]:
    """Article id → the outlet label the page shows for it."""
    return {a["id"]: outlet_name(a, k) for k, a in enumerate(brief.get("articles", []), start=1)}


def sources(brief: dict[str, Any]) -> list[dict[str, Any]]:
    """The brief's articles with wire copies listed under their original (``number``: citation [k])."""
    arts = brief.get("articles", [])
    numbers = {a["id"]: k for k, a in enumerate(arts, start=1)}
    ids = set(numbers)
    out: list[dict[str, Any]] = []
    under: dict[str, list[dict[str, Any]]] = {}
    for a in arts:
        entry = {"number": numbers[a["id"]], "article": a, "copies": []}
        if a.get("copy_of") and a["copy_of"] in ids:
            under.setdefault(a["copy_of"], []).append(entry)
        else:
            out.append(entry)
    for entry in out:
        entry["copies"] = under.get(entry["article"]["id"], [])
    return out


def changes_between(lib: Library, sid: str, since: int, current: int, brief: dict[str, Any]) -> dict[str, Any]:
    """What is new in the story since the reader saw version ``since`` of its brief."""
    from accord import api

    now = api.brief_digest(brief)
    result: dict[str, Any] = {"since": since, "version": current, "new_sources": [], "new_facts": [],
                              "new_disagreements": [], "new_values": [], "note": None}
    if since >= current:
        result["note"] = "nothing new since your last visit"
        return result
    old = lib.brief_digest(sid, since)
    if old is None:
        oldest = lib.oldest_brief_version(sid)
        if oldest is None:
            result["note"] = "no earlier version of this brief is kept"
            return result
        old = lib.brief_digest(sid, oldest)
        result["note"] = f"your last visit is older than the versions kept; changes since version {oldest}"
        result["since"] = oldest
    assert old is not None
    by_id = {a["id"]: a for a in brief.get("articles", [])}
    result["new_sources"] = [by_id[a] for a in now["articles"] if a not in set(old["articles"]) and a in by_id]
    result["new_facts"] = [f for f in now["facts"] if f not in set(old["facts"])]
    changes = api.disagreement_changes(old["disagreements"], now["disagreements"])
    for d, added in zip(brief.get("disagreements", []), changes):
        if added is None:
            result["new_disagreements"].append(d)
        elif added:  # a known disagreement with a value not reported before
            result["new_values"].append({"disagreement": d, "values": added})
    if not (result["new_sources"] or result["new_facts"] or result["new_disagreements"] or result["new_values"]) \
            and not result["note"]:
        result["note"] = "the brief was rebuilt, with no new sources, facts or disagreements"
    return result


def changes(lib: Library, options: Options, sid: str, since: int) -> dict[str, Any]:
    """``/api/stories/{id}/changes?since=VERSION``."""
    data = story(lib, options, sid, since)
    return data["changes"]


# -- one article ----------------------------------------------------------------------------------

def _spans_of(brief: dict[str, Any], article_id: str) -> list[tuple[int, int, str]]:
    """Character spans of the article's sentences the brief uses (from its sentence references),
    each with what uses it (the summary, a fact, a side of a disagreement...)."""
    spans: list[tuple[int, int, str]] = []

    def add(item: dict[str, Any], use: str) -> None:
        for ref in item.get("sentences", []):
            if ref.get("article") == article_id and ref.get("end", 0) > ref.get("start", 0):
                spans.append((ref["start"], ref["end"], use))

    for c in brief.get("summary", []):
        add(c, "the summary")
    for n, f in enumerate(brief.get("facts", []), start=1):
        add(f, f"fact {n}")
    for d in brief.get("disagreements", []):
        for side in d.get("values", []):
            add(side, f"disagreement on {d.get('about')}: {side.get('value')}")
    for w in brief.get("wordings", []):
        for side in w.get("wordings", []):
            add(side, f"a quote of {w.get('speaker') or 'an unnamed speaker'} in several wordings")
    for t in brief.get("timeline", []):
        add(t, f"the timeline ({t.get('date')})")
    return spans


def _texts_of(brief: dict[str, Any], article_id: str) -> list[str]:
    """Sentences the brief quotes that cite the article (used where references are missing)."""
    texts = [c["text"] for c in brief.get("summary", []) if article_id in c.get("citations", [])]
    texts += [f["text"] for f in brief.get("facts", []) if article_id in f.get("support", [])]
    texts += [t["text"] for t in brief.get("timeline", []) if article_id in t.get("citations", [])]
    texts += [s["text"] for s in brief.get("single_source", []) if s.get("article") == article_id]
    texts += [s["evidence"] for d in brief.get("disagreements", []) for s in d.get("values", [])
              if article_id in s.get("articles", []) and s.get("evidence")]
    texts += [s["evidence"] for w in brief.get("wordings", []) for s in w.get("wordings", [])
              if article_id in s.get("articles", []) and s.get("evidence")]
    return texts


_WORD = re.compile(r"\w+")


def find_sentence(text: str, wanted: str) -> tuple[int, int] | None:
    """Span of ``wanted`` in ``text``: verbatim (whitespace-insensitive), else the line-sentence of
    ``text`` sharing the most words with it (a fact worded differently by this outlet)."""
    wanted = " ".join(wanted.split())
    if not wanted:
        return None
    pattern = r"\s+".join(re.escape(w) for w in wanted.split())
    m = re.search(pattern, text)
    if m:
        return m.start(), m.end()
    want = {w.lower() for w in _WORD.findall(wanted)}
    best, best_score = None, 0.0
    for m in re.finditer(r"[^\n.!?]+[.!?]*[\"'”’]?", text):
        words = {w.lower() for w in _WORD.findall(m.group())}
        if not words:
            continue
        score = len(want & words) / math.sqrt(len(want) * len(words))
        if score > best_score:
            best, best_score = (m.start() + len(m.group()) - len(m.group().lstrip()), m.end()), score
    return best if best_score >= 0.3 else None


def _segments(text: str, used: list[tuple[int, int, str]], cited: tuple[int, int] | None) -> list[list[dict[str, Any]]]:
    """Paragraphs (lines of the cleaned text) as pieces flagged ``used`` (with ``uses``: what in
    the brief uses them) / ``cited``."""
    marks = sorted({0, len(text), *[p for s in used for p in s[:2]], *(cited or ())})
    paragraphs: list[list[dict[str, Any]]] = [[]]
    for a, b in zip(marks, marks[1:]):
        if a >= b:
            continue
        uses = list(dict.fromkeys(use for s, e, use in used if s <= a and b <= e))
        is_cited = cited is not None and cited[0] <= a and b <= cited[1]
        for n, line in enumerate(text[a:b].split("\n")):
            if n:
                paragraphs.append([])
            if line:
                paragraphs[-1].append({"text": line, "used": bool(uses), "uses": uses, "cited": is_cited})
    return [p for p in paragraphs if p]


def article(lib: Library, options: Options, aid: str, span: str = "", quote_text: str = "") -> dict[str, Any]:
    """The article page: cleaned text with the brief's sentences marked, the cited one highlighted,
    and what cleaning removed with the reasons."""
    if not aid:
        raise NotFound("give an article id: /articles/ID (ids are listed by `accord articles` and on each story page)")
    art = lib.get(aid)
    if art is None:
        raise NotFound(f"no article {aid!r} in this library")
    brief: dict[str, Any] = {}
    if art.story:
        row = lib.get_brief(art.story)
        brief = json.loads(row["data"]) if row else {}
    text = art.text
    used = [(s, e, use) for s, e, use in _spans_of(brief, aid) if e <= len(text)]
    if not used:  # a brief without sentence references: its sentences found by their text
        used = [(*s, "the brief") for t in _texts_of(brief, aid) if (s := find_sentence(text, t))]
    cited = None
    cited_title = span == "title"
    if span and not cited_title:
        m = re.fullmatch(r"(\d+)-(\d+)", span)
        if not m or not int(m.group(1)) < int(m.group(2)) <= len(text):
            raise AccordError(f"s={span!r} is not a sentence span of article {aid!r} (START-END within "
                              f"its {len(text)} characters)")
        cited = (int(m.group(1)), int(m.group(2)))
    if not span and quote_text:
        cited_title = " ".join(quote_text.split()).lower() == " ".join(art.title.split()).lower()
        cited = None if cited_title else find_sentence(text, quote_text)
    copies = [r[0] for r in lib.db.execute("SELECT id FROM articles WHERE copy_of = ? ORDER BY rowid", (aid,))]
    story_title = None
    if art.story:
        known = _story(lib, art.story)
        story_title = brief.get("title") or (known.title if known else None)
    return {
        "article": {"id": art.id, "title": art.title, "source": art.source, "url": art.url,
                    "published": art.published, "author": art.author, "origin": art.origin,
                    "story": art.story, "story_title": story_title, "copy_of": art.copy_of, "copies": copies,
                    "chars": len(text), "raw_chars": len(art.raw_text)},
        "paragraphs": _segments(text, used, cited),
        "used": len({(s, e) for s, e, _ in used}),
        "cited": {"start": cited[0], "end": cited[1], "text": text[cited[0]:cited[1]]} if cited else None,
        "cited_title": cited_title,
        "cited_missing": bool(quote_text or span) and cited is None and not cited_title,
        "removed": [{"line": r.line, "reason": r.reason} for r in art.removed],
    }


def cite_href(article_id: str, refs: list[dict[str, Any]] | None, text: str | None) -> str:
    """Where a citation marker leads: the cited article at the cited sentence (its reference's
    character span), else at the sentence found by its text."""
    for ref in refs or []:
        if ref.get("article") != article_id:
            continue
        if ref.get("end", 0) > ref.get("start", 0):
            return f"/articles/{quote(article_id, safe='')}?s={ref['start']}-{ref['end']}#cited"
        if ref.get("index") == -1:  # the article's headline states it
            return f"/articles/{quote(article_id, safe='')}?s=title#cited"
    if text:
        return f"/articles/{quote(article_id, safe='')}?{urlencode({'quote': text[:600]})}#cited"
    return f"/articles/{quote(article_id, safe='')}"


# -- fixes and feeds ------------------------------------------------------------------------------

def fixes(lib: Library, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """The audit trail, newest first, paginated."""
    every = list(reversed(lib.fixes()))
    per_page = max(1, min(per_page, 500))
    pages = max(1, math.ceil(len(every) / per_page))
    page = max(1, min(page, pages))
    rows = []
    for f in every[(page - 1) * per_page: page * per_page]:
        row = {k: f[k] for k in ("id", "at", "action", "args", "undone")}
        moves = f["after"].get("moves")
        row["moves"] = [{"article": a, "from": m[0], "to": m[1]} for a, m in moves.items()] if moves else []
        if f["action"] == "reclean":
            row["removed_before"] = len(f["before"]["removed"])
            row["removed_after"] = len(f["after"]["removed"])
        rows.append(row)
    return {"fixes": rows, "total": len(every), "page": page, "per_page": per_page, "pages": pages,
            "next": f"/fixes?page={page + 1}&per_page={per_page}" if page < pages else None,
            "prev": f"/fixes?page={page - 1}&per_page={per_page}" if page > 1 else None}


def feeds(lib: Library, watching: bool) -> dict[str, Any]:
    """The feeds being watched: last poll, status, next poll, articles added."""
    return {"feeds": lib.feeds(), "watching": watching}
