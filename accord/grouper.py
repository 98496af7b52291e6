"""A library's grouping, continued across runs: the story index saved in the library, and the
grouper that ``accord ingest``, the feed watcher and uploads feed each stored article to.

Grouping itself (``accord.group``) is a stage and knows nothing of storage; this module is where its
state meets the store. The story index is saved as one JSON state row (``STATE``); the copy index is
rebuilt from the stored texts (fast: shingle hashing). A reader's fixes (``accord.fixes``) load and
save the same state, with the articles they moved pinned.
"""
from __future__ import annotations

import json

from accord.group import CopyIndex, StoryIndex
from accord.group.copies import article_text, chronological
from accord.model import Article
from accord.options import Options
from accord.store import Library

STATE = "story_index"  # the library state row holding the story index


def pins(lib: Library) -> dict[str, str]:
    """Article → story it was last moved to by a fix still in force (oldest fixes first)."""
    pinned: dict[str, str] = {}
    for fix in lib.fixes(active_only=True):
        for aid, (_, to) in fix["after"].get("moves", {}).items():
            pinned[aid] = to
    return pinned


def load(lib: Library, options: Options) -> StoryIndex | None:
    """The library's saved story index (its fixed articles pinned), or None before any grouping."""
    state = lib.get_state(STATE)
    if not state:
        return None
    index = StoryIndex.from_dict(json.loads(state), options)
    index.pinned = set(pins(lib))
    return index


def save(lib: Library, index: StoryIndex | None) -> None:
    if index is not None:
        lib.put_state(STATE, json.dumps(index.to_dict(), ensure_ascii=False))


class Grouper:
    """Online story assignment and copy detection for a library, continued across ingest runs.

    Articles stored but never indexed (an interrupted run) are indexed first, so a crash never
    leaves an article without a story.
    """

    def __init__(self, lib: Library, options: Options) -> None:
        self.lib, self.options = lib, options
        self.stories = load(lib, options) or StoryIndex(options)
        self.copies = CopyIndex(options)
        indexed = {a for s in self.stories.stories.values() for a in s.articles}
        for art in chronological(lib.articles()):
            if art.id in indexed:
                self.copies.add(art.id, article_text(art))
            else:
                self.add(art)

    def add(self, article: Article) -> set[str]:
        """Set ``article.story``/``copy_of``, store them and the story's summary row; returns the
        stories that changed. Articles a reader moved (``accord.fixes``) are pinned: the index's own
        splits and re-cuts leave them where they were put."""
        original = self.copies.add(article.id, article_text(article))
        article.copy_of = original
        article.story = self.stories.add(article, root=original)  # a copy joins its original's story
        self.lib.update(article)
        changed = {article.story}
        for moved_id, new_story in self.stories.moved:  # a split moved earlier articles
            stored = self.lib.get(moved_id)
            if stored is not None and stored.story != new_story:
                changed.update(s for s in (stored.story, new_story) if s is not None)
                stored.story = new_story
                self.lib.update(stored)
        self.stories.moved.clear()
        for sid in changed:
            if sid in self.stories.stories:
                story = self.stories.story(sid)
                self.lib.put_story(story.id, story.title, story.to_dict())
        return changed

    def save(self) -> None:
        save(self.lib, self.stories)
