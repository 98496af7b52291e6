"""The library's stories as an Atom feed (``/feeds/stories.atom``), so readers can follow accord."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from urllib.parse import quote
from xml.sax.saxutils import escape as _escape

from accord import __version__
from accord.options import Options
from accord.store import Library

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # outside XML 1.0's Char


def escape(text: str) -> str:
    """Text for XML content or a double-quoted attribute; characters XML 1.0 cannot carry are dropped."""
    return _escape(_NOT_XML.sub("", text), {'"': "&quot;"})


def stories_feed(lib: Library, options: Options, base_url: str) -> str:
    """Atom XML: one entry per story (title, its brief's summary, a link to its page), newest first."""
    base = base_url.rstrip("/")
    rows = lib.db.execute(
        "SELECT story, version, updated, title, data FROM briefs "
        "WHERE story IN (SELECT DISTINCT story FROM articles) ORDER BY updated DESC, story LIMIT ?",
        (options.atom_entries,)).fetchall()
    updated = rows[0]["updated"] if rows else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # RFC 4287: a feed needs id, title, updated and an author (unless every entry has one); an
    # entry needs id, title, updated, and a summary when it has no content
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>accord: stories</title>",
           "<subtitle>Stories of this accord library, most recently updated first, with their briefs' summaries</subtitle>",
           f'<link rel="self" type="application/atom+xml" href="{escape(base)}/feeds/stories.atom"/>',
           f'<link rel="alternate" type="text/html" href="{escape(base)}/stories"/>', f"<id>{escape(base)}/stories</id>",
           f"<updated>{escape(updated)}</updated>", "<author><name>accord</name></author>",
           f'<generator version="{escape(__version__)}">accord</generator>']
    for row in rows:
        brief = json.loads(row["data"])
        link = f"{base}/stories/{quote(row['story'], safe='')}"
        summary = " ".join(c["text"] for c in brief.get("summary", []))
        sources = len(brief.get("articles", []))
        out += ["<entry>", f"<title>{escape(row['title'] or '(untitled story)')}</title>",
                f'<link rel="alternate" type="text/html" href="{escape(link)}"/>', f"<id>{escape(link)}</id>",
                f"<updated>{escape(row['updated'])}</updated>",
                f"<summary>{escape(summary or f'{sources} articles')}</summary>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
