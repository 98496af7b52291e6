"""A reader's fixes: move an article, split or merge stories, clean an article again.

Grouping is automatic and sometimes wrong; a reader who knows better corrects it from the web UI
(or ``accord.api``). Every fix is one row of the library's audit trail (``fixes``: what was asked,
what was before, what is after), can be undone, and survives later grouping: the story index is
corrected too (so later articles join the corrected stories), and the articles a fix moved are
*pinned*: the index's own revisions (splits, re-cuts) leave them where the reader put them
(``StoryIndex.pinned``). Only the front doors call this module (through ``accord.api``).
"""
from __future__ import annotations

from typing import Any

from accord import grouper
from accord.errors import AccordError, NotFound
from accord.grouper import pins  # noqa: F401 - tests and tools read a library's pins here
from accord.group import StoryIndex
from accord.model import TITLE_LABEL, Article
from accord.options import Options
from accord.store import Library


_load = grouper.load


def _save(index: StoryIndex) -> None:
    index.save()  # type: ignore[attr-defined]  # LibraryStoryIndex: the rows the moves changed


def _known_story(lib: Library, sid: str) -> None:
    if not lib.articles(sid):
        raise NotFound(f"no story {sid!r} in {lib.path}")


def _article(lib: Library, aid: str) -> Article:
    art = lib.get(aid)
    if art is None:
        raise NotFound(f"no article {aid!r} in {lib.path}")
    return art


def _new_story_id(lib: Library, index: StoryIndex) -> str:
    """A story id the index and the library have never used."""
    n = index.next_id
    while f"s{n}" in index.stories or lib.db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1",
                                                     (f"s{n}",)).fetchone():
        n += 1
    index.next_id = n + 1
    return f"s{n}"


def _apply_moves(lib: Library, index: StoryIndex, moves: dict[str, tuple[str | None, str]]) -> set[str]:
    """Move each article (library row and index); returns every story touched."""
    touched: set[str] = set()
    for aid, (frm, to) in moves.items():
        _article(lib, aid)
        if index.home.get(aid) is not None:
            index.move(aid, to)
        lib.set_story(aid, to)
        touched |= {s for s in (frm, to) if s}
    return touched


def _record(lib: Library, action: str, args: dict[str, Any], before: dict[str, Any], after: dict[str, Any],
            stories: set[str]) -> dict[str, Any]:
    fix_id = lib.add_fix(action, args, before, after)
    fix = next(f for f in lib.fixes() if f["id"] == fix_id)
    return {**fix, "stories": sorted(stories)}


def move(lib: Library, options: Options, article_ids: list[str], to: str | None, action: str = "move",
         args: dict[str, Any] | None = None) -> dict[str, Any]:
    """Move articles to story ``to`` (an existing story; ``None``: a new story of their own)."""
    if not article_ids:
        raise AccordError("no article given to move")
    arts = [_article(lib, aid) for aid in dict.fromkeys(article_ids)]
    if to is not None:
        _known_story(lib, to)
    with lib.transaction():  # the moves, the index rows and the audit record commit together
        index = _load(lib, options)
        target = to if to is not None else _new_story_id(lib, index)
        moves = {a.id: (a.story, target) for a in arts if a.story != target}
        if not moves:
            raise AccordError(f"nothing to move: {', '.join(a.id for a in arts)} already in story {target!r}")
        touched = _apply_moves(lib, index, moves)
        _save(index)
        args = args or {"articles": list(moves), "to": to}
        return _record(lib, action, args, {"moves": {a: m[0] for a, m in moves.items()}},
                       {"moves": {a: list(m) for a, m in moves.items()}}, touched)


def split(lib: Library, options: Options, story: str, article_ids: list[str]) -> dict[str, Any]:
    """Split ``article_ids`` off ``story`` into a new story (at least one article stays)."""
    members = [a.id for a in lib.articles(story)]
    if not members:
        raise NotFound(f"no story {story!r} in {lib.path}")
    chosen = list(dict.fromkeys(article_ids))
    if not chosen:
        raise AccordError(f"choose the articles of story {story!r} to split off")
    stray = [aid for aid in chosen if aid not in members]
    if stray:
        raise AccordError(f"not in story {story!r}: {', '.join(stray)}")
    if len(chosen) == len(members):
        raise AccordError(f"a split must leave at least one article in story {story!r}")
    return move(lib, options, chosen, None, action="split", args={"story": story, "articles": chosen})


def merge(lib: Library, options: Options, story: str, into: str) -> dict[str, Any]:
    """Move every article of ``story`` into ``into``."""
    if story == into:
        raise AccordError(f"cannot merge story {story!r} into itself")
    members = [a.id for a in lib.articles(story)]
    if not members:
        raise NotFound(f"no story {story!r} in {lib.path}")
    _known_story(lib, into)
    return move(lib, options, members, into, action="merge", args={"story": story, "into": into})


def reclean(lib: Library, options: Options, article_id: str) -> dict[str, Any]:
    """Clean an article again from its extracted text, with the lines that recur in the library now
    (site boilerplate learnt since it was stored) and its story's articles set aside."""
    from accord import clean as cleaner

    art = _article(lib, article_id)
    keys = cleaner.line_keys(art.raw_text)
    recurring = lib.recurring(keys, options.recurring_min_articles, story=art.story,
                              related_share=options.recurring_related_share,
                              copy_share=options.recurring_copy_share, holders_cap=options.recurring_holders_cap)
    # the page's labelled title ingest kept (model.TITLE_LABEL) is no cleaner's line: kept, or a column stops
    # being one (mend59)
    labels = [r.__dict__ for r in art.removed if r.reason == TITLE_LABEL]
    fresh = cleaner.clean(Article.from_dict({**art.to_dict(), "text": art.raw_text, "removed": labels}),
                          recurring=recurring, options=options)
    if fresh.text == art.text and [r.line for r in fresh.removed] == [r.line for r in art.removed]:
        raise AccordError(f"cleaning {article_id!r} again changes nothing")
    before = {"article": art.id, "text": art.text, "removed": [r.__dict__ for r in art.removed]}
    after = {"article": art.id, "text": fresh.text, "removed": [r.__dict__ for r in fresh.removed]}
    art.text, art.removed = fresh.text, fresh.removed
    lib.update(art)
    stories = {art.story} if art.story else set()
    lib.mark_brief_stale(stories)
    return _record(lib, "reclean", {"article": art.id}, before, after, stories)


def undo(lib: Library, options: Options, fix_id: int) -> dict[str, Any]:
    """Undo fix ``fix_id``, when what it changed is still as it left it (else say what to undo first)."""
    from accord.model import Removed

    fix = next((f for f in lib.fixes() if f["id"] == fix_id), None)
    if fix is None:
        raise NotFound(f"no fix {fix_id} in {lib.path}")
    if fix["undone"]:
        raise AccordError(f"fix {fix_id} was already undone ({fix['undone']})")
    if fix["action"] == "reclean":
        art = _article(lib, fix["after"]["article"])
        if art.text != fix["after"]["text"]:
            raise AccordError(f"cannot undo fix {fix_id}: article {art.id!r} changed since; undo later fixes first")
        art.text = fix["before"]["text"]
        art.removed = [Removed(**r) for r in fix["before"]["removed"]]
        lib.update(art)
        lib.mark_brief_stale({art.story} if art.story else set())
        lib.mark_fix_undone(fix_id)
        return {**fix, "undone": True, "stories": [art.story] if art.story else []}
    moves = {aid: (to, frm) for aid, (frm, to) in fix["after"]["moves"].items()}
    moved_since = [f"{aid} (now in {cur!r})" for aid, (to, _) in moves.items()
                   if (cur := _article(lib, aid).story) != to]
    if moved_since:
        raise AccordError(f"cannot undo fix {fix_id}: moved since: {', '.join(moved_since)}; "
                          "undo the later fixes first")
    with lib.transaction():
        lib.mark_fix_undone(fix_id)  # first: its pins no longer hold
        index = _load(lib, options)
        back = {aid: (to, frm if frm is not None else _new_story_id(lib, index)) for aid, (to, frm) in moves.items()}
        touched = _apply_moves(lib, index, back)
        _save(index)
    return {**fix, "undone": True, "stories": sorted(touched)}
