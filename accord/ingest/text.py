"""Plain-text articles: the first non-empty line is the headline, the rest is the body."""
from __future__ import annotations

from accord.errors import IngestError
from accord.ingest import meta
from accord.model import Article
from accord.options import DEFAULT, Options


def parse(text: str, item: str, article_id: str | None = None, options: Options = DEFAULT) -> Article:
    """An Article from already-extracted text. ``article_id`` defaults to a hash of the text.

    No outlet is invented for a plain file (its name is its id, not its source); the date is taken
    only from a dateline near the top, never from the file's mtime.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise IngestError(item, "no text")
    title = " ".join(lines[0].split())
    body = "\n".join(line.rstrip() for line in lines[1:]).strip("\n")
    if not body.strip():
        raise IngestError(item, "only a headline, no article text")
    return Article(
        id=article_id or meta.stable_id(None, body),
        title=title,
        text=body,
        raw_text=body,
        published=meta.date_near_top(body.split("\n"), options),
        origin=item,
    )
