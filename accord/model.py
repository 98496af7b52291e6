"""The one data model of accord: articles, sentences, mentions, stories, facts, disagreements, briefs.

Plain dataclasses with no behaviour that needs a library, so every stage, the store, the CLI and the
web UI can share them. Each class round-trips through ``to_dict``/``from_dict`` (JSON-safe dicts):
the store, ``batch`` and the web UI all use that one serialisation.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar

from accord.outlets import outlet as outlet_key

T = TypeVar("T")

# Version of the brief's JSON (README "Brief JSON"). Raised when a field changes meaning; new fields
# with defaults keep old readers working. 2: sentence references, disagreement types, anchors, times.
SCHEMA = 2


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for this model's values, without its deep copy of every leaf: the
    leaves here are str, numbers, bools and None (immutable), and a brief has thousands of them."""
    names = _FIELD_NAMES.get(type(value))
    if names is None and hasattr(type(value), "__dataclass_fields__"):
        names = _FIELD_NAMES.setdefault(type(value), tuple(f.name for f in fields(value)))
    if names is not None:
        return {n: plain(getattr(value, n)) for n in names}
    if isinstance(value, (list, tuple)):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    return value


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build ``cls`` from a dict, ignoring unknown keys (forward compatible stored rows)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Removed:
    """A line the cleaner dropped, with the signal that caused it (shown by ``show --removed``)."""

    line: str
    reason: str


# (mend57) the reason of a ``Removed`` that keeps a page's whole title when ingest cut a label off its front
# ("Opinion | The levee is a $40 million mistake" stored as "The levee is a $40 million mistake"): the article is a
# column, which summarize reads (``summarize.column_articles``); cleaning keeps it
TITLE_LABEL = "label cut off the headline"
# (coherence45) the reason of a ``Removed`` that is a broadcast transcript's speaker tag ("OPAL LEE:"): the
# article is a transcript, whose "I" lines are its speakers' (``summarize.transcript_articles``)
SPEAKER_TAG = "speaker tag"


@dataclass
class Article:
    """One news article after ingest (and, once cleaned, with ``text`` holding the kept text).

    ``raw_text`` is the extracted text before cleaning; ``removed`` says what cleaning dropped.
    ``published`` is an ISO date (``YYYY-MM-DD``) or None when no date could be found: never guessed
    from a file's mtime.
    """

    id: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    origin: str | None = None  # the file path, URL or "file.jsonl:LINE" it came from
    raw_text: str = ""
    removed: list[Removed] = field(default_factory=list)
    story: str | None = None
    copy_of: str | None = None

    @property
    def title_cut(self) -> bool:
        """Whether the headline is only the start of a longer line of ``raw_text`` (a title cut at a
        length: ``accord.ingest.meta.cut_title``), so no summary may cite it as a sentence. Read from
        the title and the raw text, which every reader sets and the store keeps, so an article read
        back from a library answers as it did when ingested."""
        from accord.ingest.meta import cut_title

        return cut_title(self.title, self.raw_text)

    @property
    def outlet(self) -> str | None:
        """The outlet as one comparable key (``accord.outlets.outlet``: the named outlet, else the
        URL's registered domain; "CNN", "cnn.com" and edition.cnn.com's pages are one), or None when
        the article names neither: two articles of one outlet are one independent source (issue 12)."""
        return outlet_key(self.source, self.url)

    def to_dict(self) -> dict[str, Any]:
        return plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        art = _from_dict(cls, data)
        art.removed = [r if isinstance(r, Removed) else Removed(**r) for r in art.removed]
        return art


@dataclass
class Ingested:
    """What ingest did with one item: ``added`` (article stored), ``duplicate`` (``message`` names the
    stored article it repeats) or ``error`` (``message`` is the reason). The CLI prints these.
    ``article`` is the article as stored: for a duplicate the library's copy (user70: its cleaned length,
    not the repeat's raw one)."""

    item: str
    status: Literal["added", "duplicate", "error"]
    article: Article | None = None
    message: str = ""


MentionKind = Literal["entity", "number", "date", "quote"]


@dataclass
class Mention:
    """Something a sentence states that can be compared across outlets.

    - entity: ``value`` is the canonical key shared by name variants (Tokaev = Tokayev),
      ``label`` the entity type (PERSON, ORG, GPE, ...).
    - number: ``value`` the point value, ``low``/``high`` the range it stands for (approximate values
      such as "around 2,000" or "dozens" are ranges), ``qualifier`` the words that made it a range,
      ``label`` what it counts (head noun, lemmatised: "troop", "people"), ``predicate`` the verb or
      event noun it is attached to (lemmatised: "kill", "arrest", "send"), when there is one.
    - date: ``value`` an ISO date resolved against the article's publication date.
    - quote: ``value`` the quoted words, ``label`` the speaker's canonical key when known.
    """

    kind: MentionKind
    text: str
    value: Any = None
    label: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    predicate: str | None = None
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        return _from_dict(cls, data)


@dataclass
class Sentence:
    """One sentence of one article, with what analysis found in it. ``start``/``end`` are its
    character span in the article's cleaned text (0/0 when unknown)."""

    article: str
    index: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    start: int = 0
    end: int = 0

    @property
    def ref(self) -> "SentenceRef":
        return SentenceRef(article=self.article, index=self.index, start=self.start, end=self.end)

    @property
    def key(self) -> tuple[str, int]:
        return (self.article, self.index)

    def of_kind(self, kind: MentionKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


@dataclass
class SentenceRef:
    """Where an article states a claim: its sentence's position among the article's analysed
    sentences and its character span in the cleaned text, so a reader (or the web page) can open it."""

    article: str
    index: int
    start: int = 0
    end: int = 0


@dataclass
class Story:
    """Articles about the same event. ``independent`` counts wire copies once."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    independent: int = 0
    first: str | None = None
    last: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Story":
        return _from_dict(cls, data)


@dataclass
class Fact:
    """One thing several sentences say: the sentences that tell it and who supports it."""

    id: str
    text: str  # the representative sentence
    sentences: list[Sentence] = field(default_factory=list)
    support: list[str] = field(default_factory=list)  # article ids, in brief order
    independent: int = 0


@dataclass
class Side:
    """One value in a disagreement, with the articles that report it and their own sentence.

    ``sentences`` point at the sentence of each article that states the value; ``time`` is when
    the value was reported (an ISO date or datetime: the article's publication time, or a time the
    text gives, "by Saturday"; "at an unknown time" when neither dates it), set for evolving figures.
    ``fits``: in a conflict of three or more sides, the ``value`` of each other side this one does not
    exclude ("More than 300" beside "312", when another side says "250").
    """

    value: str
    normalized: str | float | None
    articles: list[str]
    evidence: str
    sentences: list[SentenceRef] = field(default_factory=list)
    time: str | None = None
    fits: list[str] = field(default_factory=list)


DisagreementKind = Literal["number", "date", "name", "quote", "place", "other"]
DisagreementType = Literal["conflict", "evolving", "vague"]


@dataclass
class Disagreement:
    """Outlets that report different values for the same slot. Never picks a winner.

    ``type``: ``conflict`` (the values cannot both be true), ``evolving`` (a running figure
    reported at different times: each side carries its ``time``) or ``vague`` (an approximation or
    range that overlaps the other side). ``anchor`` names who or what the slot belongs to (a person,
    an organisation, or one event); ``about`` names the slot for a reader. ``compatible`` is kept
    for readers of schema 1: True when the type is not ``conflict``.
    """

    kind: DisagreementKind
    about: str
    values: list[Side]
    compatible: bool = False
    type: DisagreementType = "conflict"
    anchor: str | None = None


@dataclass
class Wordings:
    """One remark quoted in several wordings that say the same thing (trimmed, lightly edited,
    translated twice): shown together, like the variants of a name, never as a disagreement.
    ``speaker`` is the speaker's name key when known; each wording is a ``Side`` (its words, the
    articles that quote it that way, their sentences)."""

    speaker: str | None
    wordings: list[Side]


@dataclass
class Cited:
    """A sentence of the brief with the article ids that support it (``citations``) and, for each,
    the sentence of that article that states it (``sentences``)."""

    text: str
    citations: list[str]
    sentences: list[SentenceRef] = field(default_factory=list)


@dataclass
class Dated:
    """A timeline entry."""

    date: str
    text: str
    citations: list[str]
    sentences: list[SentenceRef] = field(default_factory=list)


@dataclass
class SingleSource:
    text: str
    article: str


@dataclass
class ArticleRef:
    id: str
    title: str
    source: str | None
    url: str | None
    published: str | None
    copy_of: str | None = None

    @property
    def outlet(self) -> str | None:
        """The article's outlet key, as ``Article.outlet`` reads it (the scope line counts outlets by it)."""
        return outlet_key(self.source, self.url)


@dataclass
class FactRef:
    """A fact as the brief shows it. ``support``: articles verified to state it; ``independent``:
    how many independent sources those are (wire copies once); ``related``: articles telling the same
    event without the detail (never counted); ``sentences``: the supporting sentence of each article;
    ``disagreements``: positions in ``Brief.disagreements`` of the disagreements on its values."""

    text: str
    support: list[str]
    independent: int
    related: list[str] = field(default_factory=list)
    sentences: list[SentenceRef] = field(default_factory=list)
    disagreements: list[int] = field(default_factory=list)


@dataclass
class Variant:
    """Spellings of one name merged as the same entity (Tokaev = Tokayev)."""

    name: str
    variants: list[str]


@dataclass
class Brief:
    """What a reader gets for one story. ``to_dict`` is the JSON every front door returns."""

    title: str
    schema: int = SCHEMA
    articles: list[ArticleRef] = field(default_factory=list)
    summary: list[Cited] = field(default_factory=list)
    facts: list[FactRef] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    single_source: list[SingleSource] = field(default_factory=list)
    timeline: list[Dated] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    wordings: list[Wordings] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return plain(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from accord.render import markdown  # render depends on model, not the other way round

        return markdown.render(self)

    def to_html(self) -> str:
        from accord.render import html

        return html.render(self)

    def summary_text(self, words: int | None = None) -> str:
        """The summary sentences joined, cut to at most ``words`` whitespace words."""
        text = " ".join(c.text for c in self.summary)
        if words is None:
            return text
        return " ".join(text.split()[:words])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Brief":
        """The inverse of ``to_dict`` (a stored or served brief read back); schema-1 briefs load too."""

        def refs(item: Any) -> Any:  # sentence references back to SentenceRef
            item.sentences = [_from_dict(SentenceRef, r) for r in item.sentences]
            return item

        return cls(
            title=data["title"],
            schema=data.get("schema", 1),
            articles=[_from_dict(ArticleRef, a) for a in data.get("articles", [])],
            summary=[refs(_from_dict(Cited, c)) for c in data.get("summary", [])],
            facts=[refs(_from_dict(FactRef, f)) for f in data.get("facts", [])],
            disagreements=[
                Disagreement(
                    kind=d["kind"],
                    about=d["about"],
                    values=[refs(_from_dict(Side, s)) for s in d["values"]],
                    compatible=d.get("compatible", False),
                    type=d.get("type", "vague" if d.get("compatible") else "conflict"),
                    anchor=d.get("anchor"),
                )
                for d in data.get("disagreements", [])
            ],
            single_source=[_from_dict(SingleSource, s) for s in data.get("single_source", [])],
            timeline=[refs(_from_dict(Dated, t)) for t in data.get("timeline", [])],
            variants=[_from_dict(Variant, v) for v in data.get("variants", [])],
            wordings=[Wordings(speaker=w.get("speaker"), wordings=[refs(_from_dict(Side, s)) for s in w["wordings"]])
                      for w in data.get("wordings", [])],
        )
