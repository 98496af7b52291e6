"""The JSON of each ``/api/`` page as Pydantic models: what ``/openapi.json`` and ``/docs`` show.

The routes return the views' dicts directly (no validation pass on the way out, so serving stays
fast); the tests validate real responses against these models, so the schema cannot drift from
what is served. The brief itself is the data model's ``Brief`` (``Brief.to_dict()``).
"""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict

from accord.model import ArticleRef, Brief, Disagreement, SentenceRef


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Snippet(_Model):
    text: str
    match: bool


class Match(_Model):
    article: str
    snippet: list[Snippet]


class _Paged(_Model):
    """Where a listing page stands: its position, the total, and links to its neighbours."""

    total: int
    page: int
    per_page: int
    pages: int
    next: Optional[str]
    prev: Optional[str]


class StoryRow(_Model):
    """One story in the list; ``score`` and ``why`` explain its rank."""

    id: str
    title: str
    articles: int
    independent: int
    outlets: list[str]
    disagreements: Optional[int]
    facts: Optional[int]
    first: Optional[str]
    last: Optional[str]
    updated: Optional[str]
    version: Optional[int]
    score: float
    why: str
    url: str
    match: Optional[Match] = None


class StoriesPage(_Paged):
    stories: list[StoryRow]
    query: dict[str, str]
    outlets: list[str]
    ranking: str


class StoryMeta(_Model):
    id: str
    title: str
    articles: int
    independent: int
    first: Optional[str]
    last: Optional[str]
    version: int
    updated: str
    stale: bool


class Cell(_Model):
    outlet: str
    state: str  # reports, related, omits, silent
    articles: list[str]


class GridRow(_Model):
    fact: int
    text: str
    independent: int
    cells: list[Cell]


class Grid(_Model):
    """``note``: why the grid is empty (the brief has no fact to compare), else null."""

    outlets: list[str]
    rows: list[GridRow]
    note: Optional[str]


class Said(_Model):
    """Articles' own sentence for one side of a disagreement, cut from their cleaned text by the
    side's sentence references; articles whose sentences read the same share one entry."""

    text: Optional[str]
    articles: list[str]
    sentences: list[SentenceRef]


class DisagreementView(_Model):
    """A disagreement of the brief in reading order: ``position`` in ``brief.disagreements``, what
    its ``type`` means, the facts stating one of its values (positions in ``brief.facts``), and per
    side (same order as its ``values``) each article's sentence."""

    position: int
    type: str
    meaning: str
    facts: list[int]
    sides: list[list[Said]]


class Copy(_Model):
    number: int
    article: ArticleRef
    copies: list[Any]


class Source(_Model):
    """An article of the brief (``number``: its citation [k]) with its wire copies under it."""

    number: int
    article: ArticleRef
    copies: list[Copy]


class NewValue(_Model):
    disagreement: Disagreement
    values: list[str]


class Changes(_Model):
    """What is new in a story since brief version ``since``."""

    since: int
    version: int
    new_sources: list[ArticleRef]
    new_facts: list[str]
    new_disagreements: list[Disagreement]
    new_values: list[NewValue]
    note: Optional[str]


class StoryRef(_Model):
    id: str
    title: str


class StoryPage(_Model):
    story: StoryMeta
    brief: Brief
    citations: dict[str, int]
    outlets: dict[str, str]
    disagreements: list[DisagreementView]
    facts_note: Optional[str]
    grid: Grid
    sources: list[Source]
    changes: Optional[Changes]
    others: list[StoryRef]


class Segment(_Model):
    """A piece of a paragraph: ``used`` by the brief (``uses``: what uses it), ``cited`` (the
    sentence a citation pointed at)."""

    text: str
    used: bool
    uses: list[str]
    cited: bool


class ArticleMeta(_Model):
    id: str
    title: str
    source: Optional[str]
    url: Optional[str]
    published: Optional[str]
    author: Optional[str]
    origin: Optional[str]
    story: Optional[str]
    story_title: Optional[str]
    copy_of: Optional[str]
    copies: list[str]
    chars: int
    raw_chars: int


class CitedSpan(_Model):
    start: int
    end: int
    text: str


class RemovedLine(_Model):
    line: str
    reason: str


class ArticlePage(_Model):
    """The cleaned text as paragraphs of segments (``used``: the brief uses it; ``cited``: the
    sentence a citation pointed at), and what cleaning removed."""

    article: ArticleMeta
    paragraphs: list[list[Segment]]
    used: int
    cited: Optional[CitedSpan]
    cited_title: bool
    cited_missing: bool
    removed: list[RemovedLine]


class Ingested(_Model):
    item: str
    status: str  # added, duplicate, error
    message: str
    article: Optional[str]
    title: Optional[str]
    story: Optional[str]


class AddResult(_Model):
    results: list[Ingested]


class FixRow(_Model):
    id: int
    at: str
    action: str
    args: dict[str, Any]
    undone: Optional[str]
    moves: list[dict[str, Optional[str]]]
    removed_before: Optional[int] = None
    removed_after: Optional[int] = None


class FixesPage(_Paged):
    fixes: list[FixRow]


class FixRecord(_Model):
    """A fix as recorded: what was asked (``args``), the stories or text before and after, and the
    stories it touched (their briefs are rebuilt)."""

    id: int
    at: str
    action: str
    args: dict[str, Any]
    before: dict[str, Any]
    after: dict[str, Any]
    undone: Optional[Any]
    stories: list[str]


class Feed(_Model):
    url: str
    added: str
    title: Optional[str]
    etag: Optional[str]
    last_modified: Optional[str]
    last_poll: Optional[str]
    status: Optional[str]
    message: Optional[str]
    failures: int
    next_poll: Optional[str]
    added_articles: int


class FeedsPage(_Model):
    feeds: list[Feed]
    watching: bool


def doc(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route that returns this model's JSON without validating it."""
    return {200: {"model": model}}
