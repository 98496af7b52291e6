"""One options object shared by the CLI, the Python API, the web UI and batch runs.

Every threshold and limit lives here, once, grouped by the stage that reads it, so a measured value
is changed in one place and a user can override any of them (``accord.brief(paths, words=150)``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent


def default_db() -> str:
    """The library path: ``$ACCORD_DB`` if set, else ``./accord.db``."""
    return os.environ.get("ACCORD_DB", "accord.db")


@dataclass(frozen=True)
class Options:
    # -- library ---------------------------------------------------------------------------------
    db: str = ""  # empty means default_db()
    # an article sharing more than this share of a new article's line keys is a copy of it (same
    # wire text), so its lines don't count towards "recurring across unrelated articles"
    recurring_related_share: float = 0.3
    recurring_copy_share: float = 0.5  # sharing most of its lines makes a copy, whatever else it shares

    # -- ingest ----------------------------------------------------------------------------------
    timeout: float = 20.0  # seconds for a whole fetch: connect, every redirect, headers and body
    max_bytes: int = 20_000_000  # larger files/responses are refused, not truncated
    max_redirects: int = 5
    user_agent: str = "accord/0.1 (+https://github.com/accord-news/accord)"
    fetch_feed_links: bool = True  # fetch each feed entry's link for the full article
    # fetch loopback, private, link-local (cloud metadata) and other non-public addresses; off so a
    # URL from a feed or a web form can never reach the machine's own network (see ingest/policy.py)
    allow_private: bool = False
    # entry links fetched per feed; later entries keep the feed's own text. Real news feeds carry
    # 10-100 entries; the cap stops one feed URL from becoming thousands of requests
    feed_max_links: int = 100
    # seconds for all of one feed's entry links; entries not fetched by then keep the feed's own
    # text. A few slow pages at the default timeout fit; 300 stalling links cannot hold a run
    feed_timeout: float = 120.0
    fetch_workers: int = 4  # entry links fetched at once (a few: polite to one site, 4x less waiting)

    # -- clean -----------------------------------------------------------------------------------
    recurring_min_articles: int = 3  # a line in this many unrelated library articles is junk

    # -- analyse ---------------------------------------------------------------------------------
    entity_labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
    name_similarity: float = 85.0  # rapidfuzz ratio (0-100) for two name words to be one spelling
    number_approx: float = 0.1  # "around/about X" → X ± this share; "nearly X" → [X - share, X]
    number_over_factor: float = 2.0  # "more than X" → [X, X * factor]
    quote_min_words: int = 3  # shorter quoted text is a scare quote, not a quote
    quote_lookback: int = 3  # "he said": the speaker is looked for this many sentences back
    nlp_batch_size: int = 64  # sentences per spaCy batch
    parse_all: bool = False  # run the parser on every sentence, not only those with numbers/dates/quotes
    analyser: str = "rules"  # "rules" (capitalisation and word rules, no model) or "spacy" (NER + parse, ~10x slower)

    # -- group -----------------------------------------------------------------------------------
    copy_threshold: float = 0.2  # 3-shingle containment (share of the shorter text) for a copy
    copy_shingle: int = 3  # words per shingle
    copy_sample: int = 4  # index 1 in N shingle hashes (hash-mod sample) for candidate lookup
    copy_min_shared: int = 40  # and at least this many shared shingles (short leads share by chance)
    copy_max_df: int = 200  # a sampled shingle in more articles than this is boilerplate: ignored
    copy_candidates: int = 5  # candidates checked exactly per new article
    story_threshold: float = 0.1  # combined similarity to join a story (tuned on ECB+ odd topics)
    story_name_weight: float = 0.7  # weight of names+numbers cosine vs content-word cosine
    story_decay_days: float = 365.0  # similarity halves per this many days between dates (when known; measured on ECB+ datelines)
    story_candidates: int = 10  # candidate stories (from the term index) scored per article
    story_index_terms: int = 30  # a story is indexed under its top-weighted terms
    story_novel_penalty: float = 0.1  # taken off when the story never names the article's lead name
    story_split_threshold: float = 0.7  # split when between-halves / within-half similarity (Ward halves) is under this
    story_split_min: int = 10  # stories are checked for a split from this size on
    story_split_min_part: int = 4  # ... and split only into parts of at least this size
    story_split_growth: float = 1.25  # next check when the story has grown by this factor
    story_split_sample: int = 300  # Ward runs on at most this many members (the rest follow)
    story_recut: bool = True  # when no split: re-cut the story with its nearest neighbour story (Ward)
    story_lead_weight: float = 0.2  # split check: weight of the centred lead-embedding cosine (title + opening words)
    story_year_weight: float = 0.1  # split check: + this for a shared year, - when both name years, none shared
    # grouping at scale (accord.group.partitioned: ``--engine ray``, ``accord pipeline``)
    partition_days: int = 7  # time window of one partition (publication dates); a story longer than this spans partitions
    partition_max: int = 20_000  # articles per partition at most (a bigger window is cut in reading order): large
    # partitions keep the one-machine stories (on 9,867 undated eval texts, 5 partitions of 2,000 gave B-cubed 0.61
    # against one machine), and the reconcile, which is sequential, sees fewer fragments

    # -- align / disagree ------------------------------------------------------------------------
    # fact similarity = w0 * centred-embedding cosine + w1 * TF-IDF cosine + w2 * shared mentions
    align_weights: tuple[float, float, float] = (0.45, 0.35, 0.2)
    fact_threshold: float = 0.4  # average-linkage similarity at which sentences form one fact
    align_same_article: float = -1.0  # similarity forced between two sentences of one article
    quote_threshold: float = 0.6  # quote similarity (same speaker) at which two quotes are one
    name_quote_min_words: int = 12  # words a quote needs before two speakers of it are a disagreement (short ones recur)
    quote_length_ratio: float = 2.0  # differently worded quotes this many times longer than the other are not one remark
    slot_magnitude_ratio: float = 4.0  # counts further apart than this count different things (several hundred / 2,500)
    # a pair of values is one slot when the pair model (accord/models/<disagree_model>.json, trained
    # by scripts/train_disagree.py) gives it at least this probability; set for precision on the dev
    # sets, each scored with the model trained on the other (BENCHMARKS.md)
    disagree_model: str = "disagree_pairs"
    disagree_threshold: float = 0.1
    # days, years and times of day need more: two sentences of one story name many days, and which
    # event a day is of is read from context alone (most candidate pairs were two events' days)
    disagree_date_threshold: float = 0.5
    # quote wordings sharing at least this share of content words are one wording edited (a name or
    # a word swapped for its opposite is then a disagreement); fewer shared words are two renderings
    # (translations), compared only for negations and numbers
    quote_edit_overlap: float = 0.7
    # -- support (accord/support.py): when an article states a claim ------------------------------
    # share of a claim's content-word stems its supporting sentence(s) must have, on top of every
    # figure, date, quotation and named party; set by reading links of the dev sets (BENCHMARKS.md)
    support_coverage: float = 0.8  # (content words weighted by their story IDF)
    support_related_coverage: float = 0.3  # below this share a sentence is not about the same event
    # ... or this share, told in other words: sentence-embedding cosine at least the next value
    support_paraphrase_coverage: float = 0.7
    support_paraphrase_similarity: float = 0.85
    support_party_sentences: int = 2  # a party may be named this many sentences before ("he said")
    support_synonym: float = 0.75  # word-vector cosine at which a lower-case word says another ("troops"/"soldiers")
    # a short claim (this many words or fewer, articles and attribution verbs aside), or one with fewer
    # than ``support_min_details`` content words besides its names ("John Carmack would be there"),
    # says little besides its words: the supporting sentence must write this share of them close
    # together and in the same order (longest common subsequence); set by reading dev links
    support_short_words: int = 8
    support_short_order: float = 0.8
    support_min_details: int = 2
    support_quote_context: int = 8  # a quotation this long may have its attribution in the sentence before
    support_count_noun: float = 0.6  # word-vector cosine at which two counted nouns count one thing (troop/soldier 0.67)
    support_candidates: int = 3  # sentences per article compared with a claim (most shared content words)
    support_quote_sentences: int = 2  # a quotation may run on over this many following sentences
    support_max_tellings: int = 8  # tellings of one fact checked when choosing the best-supported one
    brief_max_facts: int = 25  # facts told by two or more articles shown in a brief
    brief_max_single: int = 20  # single-source claims shown
    brief_max_timeline: int = 20  # timeline entries shown

    # -- summary / brief -------------------------------------------------------------------------
    words: int = 100  # summary budget in whitespace words
    summary_scorer: str = "centroid"  # accord.summarize.scorers.REGISTRY name
    summary_redundancy: float = 1.0  # MMR: score minus this × similarity to the closest chosen fact
    summary_max_similarity: float = 0.6  # TF-IDF cosine at or above which a fact repeats a chosen one
    summary_one_headline: bool = True
    summary_novelty: float = 0.4  # share of its content words a fact must add to the summary (else a near-repeat)
    summary_fill: bool = False  # let one last fact cross the budget (for readers that cut at it)
    summary_order: str = "article"  # "article": leads first, as read; "score": best first
    summary_titles: bool = True  # headlines are candidates too (an outlet's own one-line summary)
    # share of the budget the lead article's opening block may fill, in its own order, before other
    # articles add what it lacks (one account's opening reads as news by construction: the "lead"
    # baseline read 3.32 for coherence against 2.66 for free MMR picks, protocol C, 2026-12-02)
    summary_backbone: float = 0.3
    # share of its content words a leading sentence of another article must add: its opening
    # restates the main event ("a second lede"), so it gets in only with much that is new
    summary_lede_novelty: float = 0.5

    # -- web UI and feed watching (accord serve / accord watch) ---------------------------------
    store_briefs: bool = True  # rebuild a story's stored brief when ingest/watch/fix changes it (the web UI serves those)
    rank_half_life_days: float = 3.0  # stories ranking: recency weight halves per this many days behind the newest story (news interest fades over days)
    page_size: int = 50  # stories per page in the web UI and /api/stories
    watch_every: float = 900.0  # seconds between polls of one feed (accord watch --every)
    watch_max_backoff: float = 86_400.0  # after failures a feed is polled every × 2^failures, at most this often

    def __post_init__(self) -> None:
        """Every value checked against its field's type (and limits) as the options are made, so a
        wrong type fails once, before a run, not once per article deep inside a stage."""
        for f in fields(self):
            check(f.name, getattr(self, f.name), f.default)

    def with_(self, **changes: Any) -> "Options":
        """A copy with ``changes``; unknown names and wrong types are errors that name them."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown option(s): {', '.join(unknown)}")
        return replace(self, **changes)

    @property
    def db_path(self) -> str:
        return self.db or default_db()


# Limits that make no sense at zero or below (a zero timeout or cap would refuse everything).
_POSITIVE = {"timeout", "max_bytes", "feed_timeout", "fetch_workers", "nlp_batch_size"}


def _type_ok(value: Any, default: Any) -> bool:
    """``value`` fits the field whose default is ``default`` (an int is a float; a bool is no number)."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, tuple):
        return isinstance(value, tuple) and all(
            _type_ok(v, default[0]) for v in value) if default else isinstance(value, tuple)
    return isinstance(value, type(default))


def check(name: str, value: Any, default: Any) -> None:
    """A ``TypeError``/``ValueError`` naming the option when ``value`` cannot be its value (judged by
    the field's ``default``)."""
    if not _type_ok(value, default):
        want = "a tuple" if isinstance(default, tuple) else type(default).__name__
        if isinstance(default, float):
            want = "a number"
        raise TypeError(f"option {name} must be {want}, not {type(value).__name__} ({value!r:.40})")
    if name in _POSITIVE and value <= 0:
        raise ValueError(f"option {name} must be greater than 0, not {value!r}")


DEFAULT = Options()


def make(options: Options | None = None, **overrides: Any) -> Options:
    """Options from an optional base plus keyword overrides (the API's ``**options``)."""
    return (options or DEFAULT).with_(**overrides) if overrides else (options or DEFAULT)
