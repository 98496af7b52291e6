"""Which values of two articles fill the same slot: candidate pairs, their features, and a learned
decision.

Two values are compared only when they are of one type and nothing in their frames sets them apart
(a different counted noun or event, a different person, a different place or day). Among the rest,
every value is matched with at most one value of each other article — the one whose context is most
alike (its masked sentence, the words either side of it, the sentence's meaning, its noun, event and
person) — and a pair counts only when the match is mutual. So an article that states the same figure
elsewhere is matched there, and a figure of another sub-event finds its own counterpart: the pair
of the same slot wins over a loosely similar one. Each mutual pair of different values then gets a
probability of being one slot from a logistic regression over the same features
(``accord/models/disagree_pairs*.json``, trained by ``scripts/train_disagree.py``).
"""
from __future__ import annotations

import json
import math
import re
from datetime import date
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from accord import embed, tfidf
from accord.disagree.values import EVENT_CLASSES, Value
from accord.errors import AccordError
from accord.model import Sentence
from accord.options import PACKAGE_DIR

FEATURES = (
    "sent", "win", "emb", "fact", "noun_same", "event_same", "anchor_same", "ent_jacc", "ratio", "overlap",
    "qual", "cross", "crowd", "words_same", "prev_same", "next_same", "place_same", "place_one", "day_same", "lead",
    "total_one", "listed", "vague_word",
    "t_count", "t_age", "t_money", "t_percent", "t_duration", "t_distance", "t_day", "t_year", "t_time",
)
PLACES = {"GPE", "LOC", "FAC"}
# Past-tense event verbs a day right after names the day of ("died Thursday", "arrested Friday").
EVENT_WORDS = set("""died killed arrested shot born married released freed charged indicted convicted
sentenced injured wounded resigned fired hired elected appointed opened closed announced signed crashed
exploded struck collapsed disappeared vanished found discovered returned arrived left launched
checked""".split())
WINDOW = 5  # content words either side of a value
MAX_RATIO = 10.0  # amounts, shares, durations further apart than this are different things
# weights of the match score that picks each value's counterpart in another article
MATCH = {"sent": 0.5, "win": 0.5, "emb": 0.3, "noun_same": 0.3, "event_same": 0.2, "anchor_same": 0.5,
         "ent_jacc": 0.2, "prev_same": 0.2, "next_same": 0.2}


@dataclass
class Pair:
    """Two values of different articles that are each other's best counterpart."""

    a: int  # index into the values
    b: int
    features: np.ndarray
    match: float
    event_day: bool = False  # two days of one event told the same way ("X died Thursday" / "X died Friday")


def _masked(sentence: Sentence, values: Sequence[Value]) -> str:
    """The sentence with each value replaced by its type: what is said of the value, not the value."""
    text = sentence.text
    for v in sorted(values, key=lambda v: -v.mention.start):
        if v.mention.end > v.mention.start:
            text = f"{text[:v.mention.start]} qq{v.type.split(':')[0]} {text[v.mention.end:]}"
    return text


def _window(v: Value) -> str:
    text = v.sentence.text
    if v.mention.end <= v.mention.start:
        return text
    before, after = tfidf.terms(text[:v.mention.start]), tfidf.terms(text[v.mention.end:])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def _cosines(texts: list[str]) -> np.ndarray:
    try:
        m = tfidf.matrix(texts)
    except ValueError:
        return np.zeros((len(texts), len(texts)))
    return (m @ m.T).toarray()


def _entities(s: Sentence) -> tuple[set[str], set[str], set[str], set[str]]:
    """(names that are not places, places, resolved days, years) a sentence states."""
    names, places, days, years = set(), set(), set(), set()
    for m in s.mentions:
        if m.kind == "entity" and m.value:
            (places if m.label in PLACES else names).add(str(m.value))
        elif m.kind == "date" and m.value:
            if m.label == "day":
                days.add(str(m.value))
            years.add(str(m.value)[:4])
    return names, places, days, years


TIME_CONTEXT = 0.3  # masked-sentence cosine two times of day need outside one fact
AGE_DRIFT_DAYS = 180  # ages in articles published further apart than this may both be right


def _days_apart(a: str | None, b: str | None) -> float:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return 0.0


def _vague_word(v: Value) -> bool:
    """A quantity in words only ("dozens", "more than two decades"), no figure."""
    return bool(v.mention.qualifier) and not any(c.isdigit() for c in v.mention.text)


class Frames(dict):
    """Each sentence's (names, places, days, years), read once per sentence key."""

    def of(self, s: Sentence) -> tuple[set[str], set[str], set[str], set[str]]:
        if s.key not in self:
            self[s.key] = _entities(s)
        return self[s.key]


def compatible(a: Value, b: Value, frames: Frames, published: dict[str, str], max_ratio: float = 4.0) -> bool:
    """Whether nothing in the frames of ``a`` and ``b`` sets them apart (see the module docstring)."""
    if a.type != b.type or a.article == b.article:
        return False
    if a.type == "count":
        if a.noun != b.noun or (a.noun is None and not a.event):
            return False  # "two counts" and "one day"; bare numbers with nothing to say what they count
    if a.type == "age":
        if not (a.anchor and a.anchor == b.anchor):
            return False  # the ages of two people, or of someone unnamed
        if _days_apart(published.get(a.article), published.get(b.article)) > AGE_DRIFT_DAYS:
            return False
    if a.numeric:
        lo, hi = sorted((abs(float(a.point)), abs(float(b.point))))
        if hi > (max_ratio if a.type == "count" else MAX_RATIO) * max(lo, 1e-9):
            return False
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if a.event and b.event and a.event != b.event and (a.event in EVENT_CLASSES or b.event in EVENT_CLASSES):
        return False  # killed / injured, sent / passed; two other verbs ("comprise", "sing") say too little
    if a.anchor and b.anchor and a.anchor != b.anchor:
        return False
    if _vague_word(a) and _vague_word(b):
        return False  # "dozens" and "scores": neither can be checked against the other
    if a.owner and b.owner and a.owner != b.owner:
        return False  # Carter's 14 points and VanDeest's 13; one team's offer and another's
    fa, fb = frames.of(a.sentence), frames.of(b.sentence)
    if a.place and b.place and a.place != b.place:
        return False  # "in Idaho" / "in Ohio"
    if a.type not in ("day", "time") and fa[2] and fb[2] and not fa[2] & fb[2]:
        return False  # a toll per day, or one that has since grown
    if a.type not in ("day", "year", "time") and fa[3] and fb[3] and not fa[3] & fb[3]:
        return False  # figures of different years
    return True


def same_value(a: Value, b: Value) -> bool:
    """Equal values are never a disagreement: the same point ("19" / "at least 19"), the same
    figure rounded ("89%" / "89.4%"), or, for days, the same day or the same unresolved words
    ("Thursday" / "Thursday")."""
    if a.numeric:
        x, y = float(a.point), float(b.point)
        if math.isclose(x, y, rel_tol=1e-9):
            return True
        whole = [v for v in (x, y) if v.is_integer()]
        return len(whole) == 1 and abs(x - y) < 0.5 and round(x + y - whole[0]) == whole[0]
    if a.point == b.point or a.words == b.words:
        return True
    resolved = [v for v in (a, b) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(v.point))]
    if a.type == "day" and len(resolved) == 1:
        return a.weekday == b.weekday  # "Tuesday" and "Dec. 16" (a Tuesday): one day told two ways
    return False


_TOTAL = re.compile(r"\b(?:total|in all|overall|altogether|across|nationwide|so far|to date|combined)\b", re.I)
_LIST_AFTER = re.compile(r"^\s*[\w-]*\s*(?:[\w-]+\s+)?(?:and|or)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|\d)", re.I)
_LIST_BEFORE = re.compile(r"(?:\band|\bor|,)\s+$", re.I)


def _totalish(v: Value) -> bool:
    """Whether the words near a value call it a total ("in all", "across Syria", "so far")."""
    text = v.sentence.text
    return bool(_TOTAL.search(text[max(0, v.mention.start - 40):v.mention.end + 40]))


def _listed(v: Value) -> bool:
    """A value in a list of counts ("two women and a man", "7 rifles, 12 magazines and 300 rounds")."""
    text = v.sentence.text
    return bool(_LIST_AFTER.match(text[v.mention.end:v.mention.end + 30])
                or (_LIST_BEFORE.search(text[max(0, v.mention.start - 6):v.mention.start])
                    and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                                  text[max(0, v.mention.start - 30):v.mention.start])))


def _keys(v: Value) -> tuple[object, ...]:
    """What ``same_value`` compares, as lookup keys: the point (and the whole number a decimal rounds
    to), or a day's date and its words."""
    if v.numeric:
        point = float(v.point)
        return ("p", point), ("r", float(round(point)) if not point.is_integer() else point)
    return ("p", v.point), ("w", v.words)


def _neighbours(v: Value) -> tuple[str, str]:
    """The content words right before and right after a value."""
    text = v.sentence.text
    before, after = tfidf.terms(text[:v.mention.start]), tfidf.terms(text[v.mention.end:])
    return (before[-1] if before else ""), (after[0] if after else "")


def candidates(values: Sequence[Value], fact_of: dict[tuple[str, int], str],
               published: dict[str, str] | None = None, max_ratio: float = 4.0) -> list[Pair]:
    """Mutual best counterparts between articles, equal values included (they say which article
    agrees), each with its features (``FEATURES``)."""
    if len(values) < 2 or len({v.article for v in values}) < 2:
        return []
    sentences = list({v.sentence.key: v.sentence for v in values}.values())
    row = {s.key: i for i, s in enumerate(sentences)}
    per_sentence: dict[tuple[str, int], list[Value]] = {}
    for v in values:
        per_sentence.setdefault(v.sentence.key, []).append(v)
    n_s = len(sentences)
    sims = _cosines([_masked(s, per_sentence[s.key]) for s in sentences] + [_window(v) for v in values])
    sent_sim, win_sim = sims[:n_s, :n_s], sims[n_s:, n_s:]
    vectors = embed.encode([s.text for s in sentences])
    if n_s > 2:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    emb_sim = vectors @ vectors.T
    frames = Frames()
    stated: dict[tuple[str, object], set[str]] = {}  # (type, value key) → articles stating it
    for v in values:
        for k in _keys(v):
            stated.setdefault((v.type, k), set()).add(v.article)

    def states(article: str, v: Value) -> bool:
        return any(article in stated.get((v.type, k), ()) for k in _keys(v))

    keys = [v.sentence.key for v in values]
    by_type: dict[str, list[int]] = {}
    for x, v in enumerate(values):
        by_type.setdefault(v.type, []).append(x)
    neighbours = [_neighbours(v) for v in values]
    sure: set[int] = set()  # "died Thursday" / "died Friday" of one named person: the day of one event
    totals = [_totalish(v) for v in values]
    listed = [_listed(v) for v in values]
    raw: list[tuple[int, int, np.ndarray, float]] = []
    pairs = ((x, y) for group in by_type.values() for n, x in enumerate(group) for y in group[n + 1:]
             if values[x].article != values[y].article)
    for x, y in pairs:
        a, b = values[x], values[y]
        if not compatible(a, b, frames, published or {}, max_ratio):
            continue
        i, j = row[keys[x]], row[keys[y]]
        f = dict.fromkeys(FEATURES, 0.0)
        f["sent"], f["win"], f["emb"] = float(sent_sim[i, j]), float(win_sim[x, y]), float(emb_sim[i, j])
        f["fact"] = float(fact_of.get(keys[x], "a") == fact_of.get(keys[y], "b"))
        f["noun_same"] = float(bool(a.noun) and a.noun == b.noun)
        f["event_same"] = float(bool(a.event) and a.event == b.event)
        f["anchor_same"] = float(bool(a.anchor) and a.anchor == b.anchor or bool(a.owner) and a.owner == b.owner)
        na, nb = frames.of(a.sentence)[0], frames.of(b.sentence)[0]
        f["ent_jacc"] = len(na & nb) / max(1, len(na | nb))
        if a.numeric:
            f["ratio"] = min(abs(math.log(max(abs(float(a.point)), 1e-9) / max(abs(float(b.point)), 1e-9))), 3.0)
            f["overlap"] = float(a.low <= b.high and b.low <= a.high)
            f["qual"] = float(bool(a.mention.qualifier) or bool(b.mention.qualifier))
        f["cross"] = float(not same_value(a, b) and (states(b.article, a) or states(a.article, b)))
        f["crowd"] = min(max(len(per_sentence[keys[x]]), len(per_sentence[keys[y]])) - 1, 4) / 4
        f["words_same"] = float(a.words == b.words)
        (pa, xa), (pb, xb) = neighbours[x], neighbours[y]
        f["prev_same"] = float(bool(pa) and pa == pb)
        fa, fb = frames.of(a.sentence), frames.of(b.sentence)
        f["place_same"] = float(bool(fa[1] & fb[1]))
        f["place_one"] = float((a.place is None) != (b.place is None))
        f["day_same"] = float(bool(fa[2] & fb[2]))
        f["lead"] = float(max(a.sentence.index, b.sentence.index) < 3)
        f["total_one"] = float(totals[x] != totals[y])
        f["listed"] = float(listed[x] or listed[y])
        f["vague_word"] = float(not a.mention.text[:1].isdigit() and bool(a.mention.qualifier)
                                or not b.mention.text[:1].isdigit() and bool(b.mention.qualifier))
        f["next_same"] = float(bool(xa) and xa == xb)
        f["t_" + a.type.split(":")[0]] = 1.0
        if a.type == "time" and not (f["fact"] or f["sent"] >= TIME_CONTEXT):
            continue  # a time of day is of one moment: only in sentences telling the same thing
        match = sum(w * f[k] for k, w in MATCH.items())
        raw.append((x, y, np.array([f[k] for k in FEATURES]), match))
        if a.type == "day" and f["prev_same"] and f["ent_jacc"] > 0 and neighbours[x][0] in EVENT_WORDS:
            sure.add(len(raw) - 1)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for n, (x, y, _, match) in enumerate(raw):
        for me, other in ((x, values[y].article), (y, values[x].article)):
            if (me, other) not in best or match > best[(me, other)][0]:
                best[(me, other)] = (match, n)
    return [Pair(x, y, f, match, n in sure) for n, (x, y, f, match) in enumerate(raw)
            if best[(x, values[y].article)][1] == n and best[(y, values[x].article)][1] == n]


@dataclass(frozen=True)
class Model:
    """P(two values are one slot) from ``FEATURES``: a logistic regression (``kind`` "logistic":
    ``coef``/``intercept`` over standardised features) or boosted trees (``kind`` "trees": the sum
    of the trees' leaf values plus ``intercept``, through the logistic function)."""

    kind: str
    features: tuple[str, ...]
    intercept: float
    threshold: float
    trained_on: tuple[str, ...]
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None
    coef: np.ndarray | None = None
    trees: tuple[dict[str, np.ndarray], ...] = ()

    def probability(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0)
        if self.kind == "logistic":
            z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        else:
            z = self.intercept + _forest_values(self._forest(), rows)
        return 1.0 / (1.0 + np.exp(-z))

    def _forest(self) -> dict[str, np.ndarray]:
        """The trees as (tree × node) arrays, padded, built once: every tree is walked at once."""
        cached = _FORESTS.get(id(self))
        if cached is None:
            width = max(len(t["value"]) for t in self.trees)

            def stack(name: str, fill: float) -> np.ndarray:
                return np.array([np.pad(np.asarray(t[name], dtype=float), (0, width - len(t[name])),
                                        constant_values=fill) for t in self.trees])

            cached = {"feature": stack("feature", 0).astype(np.int64), "threshold": stack("threshold", 0.0),
                      "left": stack("left", 0).astype(np.int64), "right": stack("right", 0).astype(np.int64),
                      "leaf": stack("leaf", 1).astype(bool), "value": stack("value", 0.0)}
            _FORESTS[id(self)] = cached
        return cached

    def to_json(self) -> str:
        data: dict[str, object] = {"kind": self.kind, "features": list(self.features),
                                   "intercept": round(self.intercept, 6), "threshold": self.threshold,
                                   "trained_on": list(self.trained_on)}
        if self.kind == "logistic":
            data.update(mean=np.round(self.mean, 6).tolist(), scale=np.round(self.scale, 6).tolist(),
                        coef=np.round(self.coef, 6).tolist())
        else:
            data["trees"] = [{k: (np.round(v, 6) if v.dtype.kind == "f" else v).tolist() for k, v in t.items()}
                             for t in self.trees]
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Model":
        d = json.loads(text)
        kind = d.get("kind", "logistic")
        if kind not in ("logistic", "trees"):
            raise ValueError(f"unknown model kind {kind!r}")
        arrays = {k: np.array(d[k]) for k in ("mean", "scale", "coef") if k in d}
        trees = tuple({k: np.array(v) for k, v in t.items()} for t in d.get("trees", ()))
        return cls(kind, tuple(d["features"]), float(d["intercept"]), float(d["threshold"]),
                   tuple(d.get("trained_on", ())), trees=trees, **arrays)


_FORESTS: dict[int, dict[str, np.ndarray]] = {}


def _forest_values(forest: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """The sum over trees of the leaf each row reaches (``x <= threshold`` goes left), every row and
    every tree at once, one tree level per step."""
    trees = np.arange(forest["value"].shape[0])[None, :]
    node = np.zeros((len(rows), trees.shape[1]), dtype=np.int64)
    row = np.arange(len(rows))[:, None]
    for _ in range(64):  # deeper than any tree trained here
        leaf = forest["leaf"][trees, node]
        if leaf.all():
            break
        x = rows[row, forest["feature"][trees, node]]
        step = np.where(x <= forest["threshold"][trees, node], forest["left"][trees, node],
                        forest["right"][trees, node])
        node = np.where(leaf, node, step)
    return forest["value"][trees, node].sum(axis=1)


MODELS = PACKAGE_DIR / "models"


@lru_cache(maxsize=8)
def load_model(name: str) -> Model:
    """``accord/models/<name>.json`` (or a path); an error naming it when missing or not a model."""
    path = Path(name) if name.endswith(".json") else MODELS / f"{name}.json"
    try:
        model = Model.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AccordError(f"disagreement model {path} could not be read: {exc}") from None
    if model.features != FEATURES:
        raise AccordError(f"disagreement model {path} was trained on other features; rebuild it with "
                          "scripts/train_disagree.py")
    return model
