"""Direct quotes (“…”, "…", ‘…’ of at least ``options.quote_min_words`` words) and who said them.

The speaker is the subject of a speech verb outside the quoted words ("…,” Putin said; X warned
that “…”), read from spaCy's parse here (``find``) or from word patterns (``accord.analyse.rules``),
both through ``spans`` and ``attribute``; a pronoun subject ("he added") or a bare quote takes the last
speaker, else the last person who was a sentence subject, of the same article. ``label`` is the
speaker entity's key, so ``merge_variants`` can rewrite it along with the entity values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.model import Mention
from accord.options import DEFAULT, Options
from accord.words import SPEECH_VERBS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]+)[”\"]|‘(?P<s>[^‘’]+?)’(?!\w)")
PRONOUNS = frozenset("he she they we i".split())
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")


@dataclass
class Context:
    """What earlier sentences of the same article tell about who is speaking."""

    speaker: str | None = None  # the speaker of the last attributed quote
    subject: str | None = None  # the last person that was a sentence subject
    since_speaker: int = 99  # sentences since ``speaker`` was set
    since_subject: int = 99  # sentences since ``subject`` was set
    pronoun_window: int = 3  # a "he said" looks back this many sentences
    # recall70: a quotation cut by a line or sentence break (``run_on``): the next sentence's words up to
    # its closing mark, read as the end of this sentence's open quote; and how many characters at the
    # start of this sentence closed the previous one's (read there, never again here)
    tail: str = ""
    skip: int = 0

    def tick(self) -> None:
        """One sentence passed."""
        self.since_speaker += 1
        self.since_subject += 1

    def recent(self, window: int) -> str | None:
        """The last speaker, else the last subject, if set within ``window`` sentences."""
        if self.speaker and self.since_speaker <= window:
            return self.speaker
        if self.subject and self.since_subject <= window:
            return self.subject
        return None


def _entity_of(tok: "Token", entities: list[Mention]) -> Mention | None:
    for ent in entities:
        if ent.start <= tok.idx < ent.end and ent.label in SPEAKER_LABELS:
            return ent
    return None


def _under_possessive(tok: "Token", top: "Token") -> bool:
    """Whether ``tok`` hangs from ``top`` through a possessive or a prepositional object."""
    while tok.i != top.i and tok.head.i != tok.i:  # spaCy makes a new Token per access: compare indices
        if tok.dep_ in ("poss", "pobj"):
            return True
        tok = tok.head
    return False


def _is_title(words: str) -> bool:
    """A quoted title or name ("Good Morning America"), not speech: every word capitalised, no verb-ish punctuation."""
    tokens = [w for w in re.split(r"[\s-]+", words) if w]
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "by", "or"}
    return all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in tokens) and not re.search(r"[.!?,;]", words)


def _subject_speaker(doc: "Doc", quotes: list[tuple[int, int]], entities: list[Mention],
                     ctx: Context) -> tuple[str | None, bool]:
    """(speaker key, whether a speech verb was found) from the parse of the sentence."""
    inside = lambda t: any(s <= t.idx < e for s, e in quotes)  # noqa: E731
    verbs = [t for t in doc if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not inside(t)]
    for verb in verbs:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        head = verb
        while subj is None and head.dep_ == "conj" and head.head.i != head.i:  # "X has framed ... and said"
            head = head.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.lower_ in PRONOUNS:
            return ctx.recent(ctx.pronoun_window), True
        ent = _entity_of(subj, entities)
        if ent is None:  # "Hayes's attorney, John Fuller": the name sits in the subject's subtree
            for tok in subj.subtree:
                if _under_possessive(tok, subj):
                    continue  # "Hayes's attorney" is not Hayes
                cand = _entity_of(tok, entities)
                if cand is not None and cand.label in ("PERSON", "ORG"):
                    ent = cand
                    break
        if ent is not None:
            return str(ent.value), True
        return None, True
    for tok in doc:  # "…,” according to the ministry"
        if tok.lower_ == "according" and not inside(tok):
            for to in (c for c in tok.children if c.lower_ == "to"):
                for obj in (c for c in to.children if c.dep_ == "pobj"):
                    for t in obj.subtree:
                        ent = _entity_of(t, entities)
                        if ent is not None and not _under_possessive(t, obj):
                            return str(ent.value), True
    return None, bool(verbs)


def update_subject(doc: "Doc | None", entities: list[Mention], ctx: Context) -> None:
    """Remember the last person that was a sentence subject (for bare quotes that follow)."""
    people = [e for e in entities if e.label == "PERSON"]
    if not people:
        return
    if doc is not None and doc.has_annotation("DEP"):
        for tok in doc:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                ent = _entity_of(tok, people)
                if ent is not None:
                    ctx.subject = str(ent.value)
                    ctx.since_subject = 0
                    return
        return
    ctx.subject = str(people[0].value)
    ctx.since_subject = 0


def find(text: str, doc: "Doc | None", entities: list[Mention], ctx: Context,
         options: Options = DEFAULT) -> list[Mention]:
    """Quote mentions of one sentence, speakers read from spaCy's parse; updates ``ctx``."""
    found = spans(text, options, ctx.tail, ctx.skip)
    if not found:
        return []
    speaker: str | None = None
    found_verb = False
    parsed = doc is not None and doc.has_annotation("DEP")
    if parsed:
        speaker, found_verb = _subject_speaker(doc, [(s, e) for s, e, _ in found], entities, ctx)  # type: ignore[arg-type]
    return attribute(text, found, speaker, found_verb, entities, ctx, nearest_person=not parsed)


_MARKS = re.compile(r"[“”\"]")
# a straight mark that opens: at the start or after a space, before the first word (an inner ' may stand
# between: "' Mommy"); tokenised text writes closing marks after a space too ("my back . "), so the
# word after the mark, on its own line, is what tells them apart
_OPENS_QUOTE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[—–-]))\"[ \t'‘’]*[^\W_]")


def _opens(text: str, mark: re.Match[str]) -> bool:
    """Whether a double quotation mark opens a quotation (“, or a straight one before its words)."""
    return mark.group() == "“" or (mark.group() == '"' and bool(_OPENS_QUOTE.match(text, mark.start())))


def _open_mark(text: str, skip: int = 0) -> int | None:
    """Where a double quotation mark left open at the end of ``text`` stands (none closes it)."""
    marks = [m for m in _MARKS.finditer(text, skip)]
    if not marks or not _opens(text, marks[-1]):
        return None
    if marks[-1].group() == "“" or sum(m.group() == '"' for m in marks) % 2:
        return marks[-1].start()
    return None


def run_on(text: str, skip: int, following: str, limit: int | None = None) -> tuple[str, int]:
    """(tail, characters of ``following`` it takes) when a quotation opened in ``text`` and left open
    is closed by the first mark of the next sentence (``following``: the text after ``text`` up to the
    sentence after the next; a closing mark stands before ``limit``, the end of the marks that sentence
    opens with, as the splitter may hand a closing mark on to it): one quotation cut by a line break ("Mommy, I got hit.⏎Somebody hit me,"
    she said), to be read whole. Nothing when that first mark opens a new quotation (a paragraph
    convention re-opening every paragraph) or no mark comes: narration after a quote left unclosed is
    never joined."""
    if _open_mark(text, skip) is None:
        return "", 0
    first = _MARKS.search(following)
    if first is None or _opens(following, first) or (limit is not None and first.start() >= limit):
        return "", 0
    tail = following[:first.start()].strip()
    return (tail, first.end()) if tail else ("", 0)


def spans(text: str, options: Options = DEFAULT, tail: str = "", skip: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, quoted words) of the direct quotes of one sentence (titles and scare quotes left out).
    ``tail``: the next sentence's words that close a quotation left open here (``run_on``); ``skip``:
    characters at the start that closed the previous sentence's one."""
    spans = []
    for m in QUOTE.finditer(text, skip):
        group = "q" if m.group("q") is not None else "s"
        words = m.group(group).strip().strip(",").strip()
        if len(words.split()) >= options.quote_min_words and not _is_title(words):
            spans.append((m.start(), m.end(), words))
    opened = _open_mark(text, skip) if tail else None
    if opened is not None:
        words = f"{text[opened + 1:].strip()} {tail}".strip(" ,'‘’")  # "' Mommy": a quote inside opens
        if len(words.split()) >= options.quote_min_words and not _is_title(words):
            spans.append((opened, len(text), words))
        return spans
    if not spans and not skip and text[:1] in "“\"" and not re.search(r"[”\"]", text[1:]):
        words = text[1:].strip()  # a quote that runs on into the next paragraph has no closing mark
        if len(words.split()) >= options.quote_min_words:
            spans.append((0, len(text), words))
    return spans


def attribute(text: str, spans: list[tuple[int, int, str]], speaker: str | None, found_verb: bool,
              entities: list[Mention], ctx: Context, nearest_person: bool) -> list[Mention]:
    """Quote mentions for ``spans`` with ``speaker`` (when the sentence named one), else the nearest
    person outside the quotes (``nearest_person``, when no speech verb was seen) or, for a bare
    quote, the previous sentence's speaker; updates ``ctx`` for the sentences after it."""
    quoted = [(s, e) for s, e, _ in spans]
    if speaker is None and not found_verb:
        outside = [e for e in entities if e.label == "PERSON" and not any(s <= e.start < q for s, q in quoted)]
        if outside and nearest_person:  # no speech verb read: the nearest person outside the quote
            speaker = str(outside[-1].value)
        elif not ctx.tail and sum(e - s for s, e in quoted) >= 0.6 * len(text.strip()):  # a bare quote
            # the previous sentence's speaker or subject; never for a quotation closed on the next line,
            # whose speaker that line names, if anyone (mend111: ``analyse._closing_speaker``)
            speaker = ctx.recent(1)
    if speaker is not None:
        ctx.speaker = speaker
        ctx.since_speaker = 0
    return [Mention(kind="quote", text=text[s:e], value=words, label=speaker, start=s, end=e)
            for s, e, words in spans]


def open_at_end(text: str) -> bool:
    """Whether a quotation opened in ``text`` is left open at its end (it may close in the next sentence)."""
    return _open_mark(text) is not None
