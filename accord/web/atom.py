"""The library's stories as an Atom feed (``/feeds/stories.atom``), so readers can follow accord."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from urllib.parse import quote
from xml.sax.saxutils import escape

from accord.options import Options
from accord.store import Library

ATOM_ENTRIES = 50  # the most recently updated stories


def stories_feed(lib: Library, options: Options, base_url: str) -> str:
    """Atom XML: one entry per story (title, its brief's summary, a link to its page), newest first."""
    base = base_url.rstrip("/")
    rows = lib.db.execute(
        "SELECT story, version, updated, title, data FROM briefs "
        "WHERE story IN (SELECT DISTINCT story FROM articles) ORDER BY updated DESC, story LIMIT ?",
        (ATOM_ENTRIES,)).fetchall()
    updated = rows[0]["updated"] if rows else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>accord: stories</title>", f'<link rel="self" href="{escape(base)}/feeds/stories.atom"/>',
           f'<link href="{escape(base)}/stories"/>', f"<id>{escape(base)}/stories</id>",
           f"<updated>{escape(updated)}</updated>", "<generator>accord</generator>"]
    for row in rows:
        brief = json.loads(row["data"])
        link = f"{base}/stories/{quote(row['story'], safe='')}"
        summary = " ".join(c["text"] for c in brief.get("summary", []))
        sources = len(brief.get("articles", []))
        out += ["<entry>", f"<title>{escape(row['title'] or '(untitled story)')}</title>",
                f'<link href="{escape(link)}"/>', f"<id>{escape(link)}</id>",
                f"<updated>{escape(row['updated'])}</updated>",
                f"<summary>{escape(summary or f'{sources} articles')}</summary>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
