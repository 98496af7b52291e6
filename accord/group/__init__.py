"""Grouping: wire copies (``copies``) and online story assignment (``stories``).

``assign`` runs both over a batch in one pass, oldest article first; front doors that ingest one
article at a time use ``CopyIndex`` and ``StoryIndex`` directly and persist their state.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from accord.group.copies import CopyIndex, article_text, chronological, find_copies
from accord.group.stories import StoryIndex
from accord.model import Article
from accord.options import DEFAULT, Options

__all__ = ["CopyIndex", "StoryIndex", "Grouping", "article_text", "assign", "find_copies"]


@dataclass
class Grouping:
    """The result of grouping a batch: story and copy_of per article id, and the index with stories."""

    story: dict[str, str]
    copy_of: dict[str, str]
    index: StoryIndex


def assign(articles: Iterable[Article], options: Options = DEFAULT,
           progress: Callable[[int], None] | None = None) -> Grouping:
    """Group a batch online (oldest first): document frequencies are counted over the batch first.

    ``progress(1)`` is called after each article (for a progress bar).
    """
    arts = chronological(articles)
    copies = CopyIndex(options)
    stories = StoryIndex(options)
    stories.observe(arts)
    copy_of: dict[str, str] = {}
    for art in arts:
        original = copies.add(art.id, article_text(art))
        if original is not None:
            copy_of[art.id] = original
        stories.add(art, root=original, counted=True)  # a copy joins wherever its original is now
        stories.moved.clear()  # nothing to persist: the final story of each article is read below
        if progress:
            progress(1)
    story = {aid: sid for sid, st in stories.stories.items() for aid in st.members}  # after splits
    return Grouping(story=story, copy_of=copy_of, index=stories)
