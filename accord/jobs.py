"""The JSONL jobs behind ``accord batch`` (stories → summaries) and ``accord group`` (articles →
stories): reading their inputs record by record, and running the per-story work in local processes.

Every record goes through ``accord.ingest.record`` (the reader all JSON front doors share), in its
as-given contract; a bad line or item becomes one output row ``{"id"?, "error": "line N: ..."}``
naming it, and every other one is still done. ``accord.api.batch`` and ``accord.api.group`` are the
public calls; the engines (``accord.engines``) run ``summarise_line`` on their workers.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from accord.errors import AccordError, IngestError
from accord.ingest import meta, record
from accord.ingest.decode import strip_controls, valid_unicode
from accord.model import Article
from accord.options import DEFAULT, Options, make

count_lines = record.count_lines
input_lines = record.input_lines


class _Stdout:
    """Standard output as ``output("-")`` gives it: written and flushed, never closed."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def close(self) -> None:
        sys.stdout.flush()

    def __enter__(self) -> _Stdout:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def output(path: str | os.PathLike[str]) -> Any:
    """``path`` opened for writing UTF-8 text (``-``: standard output, as Unix tools read it); an
    ``AccordError`` naming it when it cannot be."""
    if str(path) == "-":
        return _Stdout()
    try:
        return Path(path).open("w", encoding="utf-8")
    except OSError as exc:
        raise AccordError(f"{path}: cannot write ({exc.strerror or exc})") from None


# -- batch: one story a line ----------------------------------------------------------------------

def story_articles(story: dict[str, Any], options: Options = DEFAULT) -> list[Article]:
    """Articles of one batch story ``{"id", "documents": [str | {"title", "text", ...}]}``.

    A bare string document has no title: scraped texts (Multi-News) open with junk as often as with
    a headline, so guessing one would put junk in the brief's title. Give ``{"title", "text"}`` when
    titles are known. An empty document is skipped; the others still make the story.
    """
    sid = str(story.get("id", "story"))
    if not valid_unicode(sid):
        raise AccordError("a story 'id' must be valid Unicode (a lone surrogate escape such as \\ud800)")
    docs = story.get("documents")
    if not isinstance(docs, list) or not docs:
        raise AccordError(f"{sid}: 'documents' must be a non-empty list")
    arts = []
    for i, doc in enumerate(docs):
        aid = f"{sid}/{i}"
        if isinstance(doc, str):
            doc = {"text": doc}
        elif not isinstance(doc, dict) or not isinstance(doc.get("text", ""), str):
            raise AccordError(f"{aid}: a document must be a string or an object with 'text'")
        if not any(isinstance(doc.get(k), str) and strip_controls(doc[k]).strip() for k in ("title", "text")):
            continue  # an empty document says nothing; the others still make a story
        art = record.article({**doc, "id": aid}, aid, derive=False)
        if art.published is None and not doc.get("published"):  # a dateline near the top, as `accord brief` reads one
            art.published = meta.date_near_top(art.text.split("\n"), options)
        arts.append(art)
    if not arts:
        raise AccordError(f"{sid}: every document is empty")
    return arts


def summarize_story(story: dict[str, Any], options: Options | None = None) -> dict[str, Any]:
    """One batch output line: ``{"id", "summary", "brief"}`` (summary cut at ``options.words``), and
    ``"left_out"`` naming each document that is only site text (``briefing.site_text_only``, the rule
    ``accord brief`` follows: the same documents give the same brief)."""
    articles = story_articles(story, options or DEFAULT)  # input errors first, named by story and document
    from accord.briefing import build, with_text

    opts = options or make(None)
    kept, left_out = [], []
    for art, why in with_text(articles, opts):
        if why is None:
            kept.append(art)
        else:  # the id is "STORY/i", i counted from 0
            left_out.append(f"document {int(art.id.rsplit('/', 1)[-1]) + 1}: {why}")
    if not kept:
        raise AccordError(f"{story.get('id', 'story')}: no document has article text ({'; '.join(left_out)})")
    brief = build(kept, opts, cleaned_already=True)
    out = {"id": story.get("id"), "summary": brief.summary_text(opts.words), "brief": brief.to_dict()}
    if left_out:
        out["left_out"] = left_out
    return out


def summarise_line(item: tuple[int, str | AccordError, Options]) -> str:
    """Turn one input line into one output line; every failure becomes ``{"id"?, "error"}`` (the id when
    the line gave one)."""
    number, line, options = item
    sid: Any = f"line {number}"
    given = False
    try:
        if isinstance(line, AccordError):
            raise line
        story = record.loads(line, f"line {number}")
        if not isinstance(story, dict):
            raise AccordError(f"line {number}: a line must be a JSON object")
        if "id" in story and (isinstance(story["id"], (int, float)) and not isinstance(story["id"], bool)
                              or isinstance(story["id"], str) and valid_unicode(story["id"])):
            sid, given = story["id"], True
        out = summarize_story(story, options)
        if "left_out" in out:
            out["left_out"] = [_line_message(m, number, sid, given) for m in out["left_out"]]
    except AccordError as exc:
        out = {"error": _line_message(str(exc), number, sid, given)}
    except RecursionError:
        out = {"error": f"line {number}: story nested too deeply"}
    except Exception as exc:  # one bad story must not stop the run; the message names it
        out = {"error": f"line {number}: {type(exc).__name__}: {exc}"}
    if "error" in out and given:  # (user70) an error row has the id its line gave, or none, as `group`'s rows:
        out = {"id": sid, **out}  # never a made-up "line N" (a story may itself be called "line 2")
    return json.dumps(out, ensure_ascii=False)


def _line_message(message: str, number: int, sid: Any, given: bool) -> str:
    """An error as ``line N (ID): ...``, like ``accord group``'s: the story's own messages name it by
    its id alone ("s3: 'documents' must be ...", "story: ..." when it has none), which a reader of a
    long file cannot find. ``given``: the line gave ``sid`` (an id "line 5" too, mend100)."""
    for prefix in ((f"{sid}: ",) if given else ()) + ("story: ",):
        if message.startswith(prefix):
            message = message[len(prefix):]
            break
    else:
        if message.startswith(f"line {number}:"):  # (the line's own JSON)
            return message
    return f"line {number} ({sid}): {message}" if given else f"line {number}: {message}"


def run(in_path: Path, out_path: Path, options: Options, workers: int = 1,
        progress: Callable[[int], None] | None = None, engine: Any = None,
        report: Callable[[dict[str, Any]], None] | None = None) -> tuple[int, int]:
    """``accord.api.batch``: every line of ``in_path`` summarised into ``out_path`` in input order,
    here (``workers`` 1), in local processes that each load the models once, or on ``engine``.
    ``report`` gets each row with an ``error`` or ``left_out`` as it is written (OUT is never read
    back: it may be a pipe, mend100)."""
    count_lines(in_path)  # names a missing input before OUT is created
    ok = errors = 0
    items = ((number, line, options) for number, line in input_lines(in_path))
    with output(out_path) as out:
        lines: Iterator[str]
        if engine is not None:
            from accord.engines.grouping import lines as engine_lines

            pool, lines = None, iter(engine_lines(engine, items, options))
        elif workers > 1:
            import multiprocessing as mp

            pool = mp.get_context("spawn").Pool(workers)
            lines = pool.imap(summarise_line, items, chunksize=1)
        else:
            pool, lines = None, map(summarise_line, items)
        try:
            for line in lines:
                out.write(line + "\n")
                row = json.loads(line)
                if "error" in row:
                    errors += 1
                else:
                    ok += 1
                if report and ("error" in row or "left_out" in row):
                    report(row)
                if progress:
                    progress(1)
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    return ok, errors


# -- group: one article a line (or a list of Articles and dicts) ---------------------------------

def group_inputs(source: str | os.PathLike[str] | Iterable[Any]) -> tuple[list[Article], list[dict[str, Any]]]:
    """The articles of ``accord group``'s input and one result row per line or item, in order:
    ``{"id"}`` for an article, ``{"id"?, "error"}`` for a bad one (named ``line N`` or ``item N``).

    A JSONL path is read line by line; a list holds Articles (taken as they are) and dicts (read as
    a line is: same fields, same checks).
    """
    if isinstance(source, (dict, bytes)):
        raise AccordError("group() takes a JSONL path or a list of Articles or dicts, not a single "
                          f"{type(source).__name__}")
    arts: list[Article] = []
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item, given, got in _group_records(source):
        try:
            if isinstance(got, AccordError):
                raise got
            if got.id in seen:
                raise AccordError(f"{item}: duplicate id {got.id!r}")
        except AccordError as exc:
            rows.append(_error_row(given, exc))
            continue
        seen.add(got.id)
        arts.append(got)
        rows.append({"id": got.id})
    return arts, rows


def _group_records(source: str | os.PathLike[str] | Iterable[Any]) -> Iterator[tuple[str, Any, Article | AccordError]]:
    """(name, the raw line or item, its Article or the error naming it) for each line or item."""
    if isinstance(source, (str, os.PathLike)):
        count_lines(source)  # names a missing input
        for number, line in input_lines(source):
            item = f"line {number}"
            if isinstance(line, AccordError):
                yield item, None, line
                continue
            try:
                yield item, line, record.line(line, item, derive=False)
            except IngestError as exc:
                yield item, line, exc
        return
    for number, given in enumerate(source, 1):
        item = f"item {number}"
        if isinstance(given, Article):
            yield item, given, given
        elif isinstance(given, dict):
            try:
                json.dumps(given, ensure_ascii=False)  # what a line could hold, and nothing else
            except (TypeError, ValueError, RecursionError) as exc:
                yield item, given, AccordError(f"{item}: not JSON data ({exc})")
                continue
            try:
                yield item, given, record.article(given, item, derive=False)
            except IngestError as exc:
                yield item, given, exc
        else:
            yield item, given, AccordError(f"{item}: expected an Article or a dict with 'id' and 'text', "
                                           f"not {type(given).__name__}")


def _error_row(given: Any, exc: AccordError) -> dict[str, Any]:
    """A bad line's or item's output row: its id when one can be read (a string or number), and the error."""
    rid = None
    if isinstance(given, Article):
        rid = given.id
    elif isinstance(given, dict):
        rid = given.get("id")
    elif isinstance(given, str):
        try:
            row = json.loads(given)
            rid = row.get("id") if isinstance(row, dict) else None
        except (ValueError, RecursionError):
            rid = None
    if isinstance(rid, bool) or not isinstance(rid, (str, int, float)) or isinstance(rid, str) and not valid_unicode(rid):
        rid = None
    return {"id": rid, "error": str(exc)} if rid is not None else {"error": str(exc)}
