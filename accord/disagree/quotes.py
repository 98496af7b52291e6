"""Quotes: one remark in several wordings, and what makes two wordings a disagreement.

A remark quoted by several outlets comes in wordings: trimmed, lightly edited, translated twice.
Those that say the same thing are shown together (``Wordings``, like the variants of a name), never as
a disagreement. Two wordings disagree only when the difference changes what was said: a negation
present in one and not the other, a different number, a different name, or — in wordings that are
otherwise the same words (``options.quote_edit_overlap``) — a word swapped for its opposite ("raise" /
"cut", ``OPPOSITES``), a degree word of another strength ("very" / "fairly shortly"), a modal of
another certainty ("will" / "may"), a qualifier dropped inside ("almost"), content words added inside
it ("trying to break a record" / "the record", ``options.quote_inner_words``) or a phrase rewritten.
Elision marks, brackets, contractions, punctuation, tokenisation, a dropped or added word at either end
(a trim), words missing where an elision is marked, a name and its initials, a verb and its particle
for one verb ("get away" / "escape"), or one word swapped for another are no difference: two
translations, or two editors, choose different words for the same thing ("task" / "mission"). A sentence both
wordings give whole, capital to full stop, closed on another word that extends its last noun ("no community." /
"no community center.") is another remark, not a trim (recall73, ``_closed_apart``); one timing, grading or
addressing the whole sentence ("… now.", "…, frankly.") is a light edit (mend112, ``_compound``). The
same words attributed to two different named speakers are a ``name`` disagreement, and so is one
statement told without quotation marks that two articles give to two named people (``said_speakers``).
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from accord import embed
from accord.analyse.entities import TITLES
from accord.analyse.rules import OFFICES
from accord.align import content_words, quote_pairs, quote_similarity, quote_words, same_words
from accord.disagree.slots import Order
from accord.model import Disagreement, Mention, Sentence, Side, Wordings
from accord.words import AUXILIARIES, FUNCTION_WORDS, NAME_SUFFIXES, SENTENCE_ADVERBS, STOP_WORDS
from accord.options import Options
from accord.patterns import fold

NEGATIONS = {"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot"}
# digits that are a count or an amount: not a time of day ("18:41") nor an ordinal ("11th")
# (a figure ends on a digit: "down 14-0." and "down 14-0," state the same 0)
_NUMBER = re.compile(r"(?<![\d:])(?<!:\s)\d(?:[\d,.]*\d)?(?![\d:]|\s?:\s?\d|st\b|nd\b|rd\b|th\b)")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_SPACED_CLITIC = re.compile(r"\s*([’'])\s*(?=(?:s|m|re|ve|ll|d|t)\b)", re.I)
_SPACED_HYPHEN = re.compile(r"(?<=\w)\s+-\s+(?=\w)")
# Words that mean the opposite of each other: one swapped for the other changes what was said. A
# general lexicon (a static embedding cannot tell "raise"/"cut" from "task"/"mission": both far).
_OPPOSITES = [
    ("win", "lose"), ("won", "lost"), ("guilty", "innocent"), ("increase", "decrease"), ("raise", "cut"),
    ("raise", "lower"), ("rise", "fall"), ("rose", "fell"), ("up", "down"), ("more", "less"), ("more", "fewer"),
    ("higher", "lower"), ("always", "never"), ("yes", "no"), ("support", "oppose"), ("supported", "opposed"),
    ("accept", "reject"), ("accepted", "rejected"), ("approve", "reject"), ("approved", "rejected"),
    ("agree", "disagree"), ("legal", "illegal"), ("true", "false"), ("before", "after"), ("open", "closed"),
    ("best", "worst"), ("first", "last"), ("strong", "weak"), ("success", "failure"), ("possible", "impossible"),
    ("likely", "unlikely"), ("can", "cannot"), ("will", "won't"), ("did", "didn't"), ("safe", "dangerous"),
    ("alive", "dead"), ("friend", "enemy"), ("start", "end"), ("started", "ended"), ("love", "hate"),
    ("right", "wrong"), ("good", "bad"), ("better", "worse"), ("would", "wouldn't"),
]
OPPOSITES = {frozenset(p) for p in _OPPOSITES}
# words that say when: a wording stating one and another wording another ("yesterday" / "this
# morning", "Friday" / "Saturday") puts what was said on another day (one only dropping it is a trim)
DAY_WORDS = frozenset("""today tonight yesterday tomorrow morning afternoon evening night monday tuesday wednesday
thursday friday saturday sunday""".split())
_NUMBER_WORDS = set("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                    "hundred thousand million billion".split())  # not "one": as often a pronoun


def quote_groups(sentences: Sequence[Sentence], options: Options) -> list[list[tuple[Mention, Sentence]]]:
    """Quote mentions from different articles that render one utterance.

    Pairs are matched best first; a pair joins two groups only if no article would then hold two
    different quotes in one group (one article's several remarks are not one utterance), which
    keeps a chain of loosely similar remarks from becoming one quote.
    """
    quotes = [(q, s) for s in sentences for m in s.of_kind("quote") for q in (m, *nested(m, options))]
    if len(quotes) < 2:
        return []
    texts = [str(m.value or m.text) for m, _ in quotes]
    vectors = embed.encode(texts)

    def match(i: int, j: int) -> float | None:
        score = quote_similarity(quotes[i][0], quotes[j][0], vectors[i], vectors[j], options)
        if score >= options.quote_threshold and (score == 1.0 or _comparable(quotes[i][0], quotes[j][0], options)):
            return score
        if reopened(quotes[i][0], quotes[j][0], options):
            return options.quote_threshold  # a short remark of one named speaker with another opening
        return None

    # the pairs that can match (``quote_pairs``: a shared content word, compared once per distinct
    # wording), not every pair of quotes: a story of 20,000 sentences has thousands of quotes
    pairs = [(score, i, j) for i, j, score in quote_pairs([(m.label, t) for (m, _), t in zip(quotes, texts)], texts,
                                                          match, every_pair=options.quote_threshold <= 0)
             if quotes[i][1].article != quotes[j][1].article]
    members: dict[int, list[int]] = {i: [i] for i in range(len(quotes))}
    group_of = list(range(len(quotes)))
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        arts_i = {quotes[k][1].article: k for k in members[gi]}
        clash = any(quotes[k][1].article in arts_i
                    and not same_words(str(quotes[k][0].value), str(quotes[arts_i[quotes[k][1].article]][0].value), options)
                    for k in members[gj])
        if clash:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi] += members.pop(gj)
    return [[quotes[k] for k in ks] for ks in members.values()
            if len({quotes[k][1].article for k in ks}) > 1]


# a remark quoted inside a quote ("Everything I hear is Tavin saying, 'Mommy, am I going to be all
# right?'"): single quotation marks, the opening one after a space or a comma
_NESTED = re.compile(r"(?:(?<=\s)|(?<=,))['‘](?P<words>(?:[^'‘’]|(?<=[A-Za-z])['’](?=[A-Za-z])){10,}?)['’](?![A-Za-z])")


def nested(quote: Mention, options: Options) -> list[Mention]:
    """The remarks a quote recounts inside it, each a wording of its own: one article quotes a mother
    recounting her son's words, another quotes the son's words alone. Too short a remark
    (``options.quote_min_content`` content words) is a title or a term, not a remark."""
    text = str(quote.value or quote.text)
    out = []
    for m in _NESTED.finditer(text):
        words = m.group("words").strip()
        if len(content_words(words)) >= options.quote_min_content and len(words) < len(text) * 0.9:
            out.append(Mention(kind="quote", text=words, value=words, label=quote.label,
                               start=quote.start, end=quote.end))
    return out


def reopened(a: Mention, b: Mention, options: Options) -> bool:
    """One named speaker's remark given with another opening ("I was stopped by an officer" / "This
    morning I was stopped by an officer" / "Yesterday I was stopped by an officer"): the words end the
    same for at least ``options.quote_reopened_words`` and differ only in at most
    ``options.quote_inner_words`` words before them. Too short for ``quote_similarity`` (few content
    words), but the same words from the same mouth; two remarks that open alike and end apart ("I
    don't know what happened" / "I don't know what to say") are not this."""
    if not a.label or a.label != b.label:
        return False
    wa, wb = quote_words(str(a.value or a.text)), quote_words(str(b.value or b.text))
    run = 0
    while run < min(len(wa), len(wb)) and wa[-1 - run] == wb[-1 - run]:
        run += 1
    return run >= options.quote_reopened_words and max(len(wa), len(wb)) - run <= options.quote_inner_words


def _comparable(a: Mention, b: Mention, options: Options) -> bool:
    """Two wordings of one remark are about as long; a short quote that shares its words with a long
    passage (a dateline inside a letter, one line of a longer statement) is not that remark reworded."""
    la, lb = len(quote_words(str(a.value or a.text))), len(quote_words(str(b.value or b.text)))
    return max(la, lb) <= options.quote_length_ratio * max(min(la, lb), 1)


def _negated(words: Sequence[str]) -> bool:
    """Whether a wording negates (an odd number of negations: "did not win" but not "not … no")."""
    return sum(w in NEGATIONS or w.endswith("n't") for w in words) % 2 == 1


# precision65: set phrases holding a negation word that negate nothing the speaker claims ("Make no
# mistake, COVID has not suddenly disappeared" / "To be clear, COVID has not suddenly disappeared"; "not
# only … but", "no matter what"): left out when counting a wording's negations. mend84: only phrases that
# never carry the claim; "no doubt", "no question", "no wonder" do ("no doubt" / "some doubt" is a reversal,
# "no doubt" / "never any doubt" is one remark): their negation is counted on both sides as written
_EMPHATIC_NEGATION = re.compile(r"\b(?:make\s+no\s+mistake|not\s+only|no\s+matter)\b", re.I)


def _negation_words(text: str) -> list[str]:
    """A wording's words as ``_negated`` counts them: set phrases of emphasis left out."""
    return [w.replace("’", "'") for w in re.findall(r"[\w'’]+", _EMPHATIC_NEGATION.sub(" ", text).lower())]


def _numbers(text: str, words: Sequence[str]) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)} | {w for w in words if w in _NUMBER_WORDS}


def _names(text: str) -> set[str]:
    """Capitalised words not opening a sentence: the names a wording states."""
    out = set()
    for m in re.finditer(r"(?<![.!?“\"‘(]\s)(?<!^)\b([A-Z][a-z’'-]{2,})", text.strip()):
        out.add(m.group(1).lower())
    return out


# Words that are one word in two spellings: an editor's or a translator's choice, never a change
# of what was said ("someone young" / "somebody young")
SAME_WORDS = {"somebody": "someone", "anybody": "anyone", "everybody": "everyone", "nobody": "no one",
              "towards": "toward", "afterwards": "afterward", "amongst": "among", "whilst": "while",
              "till": "until", "ok": "okay", "alright": "all right"}
_SAME_WORD = re.compile(r"\b(" + "|".join(SAME_WORDS) + r")\b", re.I)


def _tidy(text: str) -> str:
    """A wording without editors' insertions ("[The police]", "(...)"), with tokenised text
    re-joined ("I ’ m" → "I’m", "eleventh - hour" → "eleventh-hour") and one spelling of words
    written two ways ("somebody" → "someone")."""
    text = _BRACKETED.sub(" ", text)
    text = _SAME_WORD.sub(lambda m: _cased(SAME_WORDS[fold(m.group(1))], m.group(1)), text)
    return _SPACED_HYPHEN.sub("-", _SPACED_CLITIC.sub(r"\1", text))


def _cased(word: str, written: str) -> str:
    """``word`` capitalised as ``written`` was: "Nobody was hurt." stays a sentence ("No one was hurt."), whose
    capital ``_WHOLE`` and ``_SENTENCE_END`` look for (mend112)."""
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def material(a: str, b: str, options: Options) -> str | None:
    """Why two wordings of one remark say different things, or None when they say the same."""
    elided = bool(_ELISION.search(a) or _ELISION.search(b))
    a, b = _tidy(a), _tidy(b)
    closed = _closed_apart(a, b, options) or _closed_apart(b, a, options)
    if closed:
        return closed
    if same_words(a, b, options) or _selected(a, b, options) or _selected(b, a, options):
        return None
    wa, wb = quote_words(a), quote_words(b)
    raw_a = [w.replace("’", "'") for w in re.findall(r"[\w'’]+", a.lower())]
    raw_b = [w.replace("’", "'") for w in re.findall(r"[\w'’]+", b.lower())]
    if _negated(_negation_words(a)) != _negated(_negation_words(b)):
        return "a negation"
    na, nb = _numbers(a, wa), _numbers(b, wb)
    if na - nb and nb - na:
        return "a number"  # each states a figure the other does not (one only dropping it is a trim)
    da, db = set(raw_a) & DAY_WORDS, set(raw_b) & DAY_WORDS
    if da - db and db - da:
        return "a day"  # "Yesterday I was stopped" / "This morning I was stopped": when it happened
    shared = content_words(a) & content_words(b)
    smaller = min(len(content_words(a)), len(content_words(b))) or 1
    if len(shared) / smaller < options.quote_edit_overlap:
        return None  # worded apart throughout: two renderings (translations), not an edit
    if (_names(a) - _names(b)) and (_names(b) - _names(a)):
        return "a name"
    matcher = difflib.SequenceMatcher(a=list(wa), b=list(wb), autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    inner = [op for op in ops if not (op[0] in ("delete", "insert") and (op[1] == 0 or op[2] == len(wa)
                                                                         or op[3] == 0 or op[4] == len(wb)))]
    for tag, i1, i2, j1, j2 in inner:
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and frozenset((wa[i1], wb[j1])) in OPPOSITES:
            return f"“{wa[i1]}” / “{wb[j1]}”"  # one word swapped for its opposite
    swapped = _meaning_edit(wa, wb, matcher, inner, options)
    if swapped:
        return swapped
    # one wording edited (most content words shared): content words added inside it ("bleeding to
    # death" / "bleeding") or a phrase rewritten ("you need someone young, someone conservative" /
    # "somebody conservative") changes what the speaker is quoted as saying. One word swapped for
    # another is a near-synonym or a house spelling ("time" / "day", "realised" / "realized"), a word
    # cut at either end a trim, and words missing where a wording marks an elision ("…") are elided.
    for tag, i1, i2, j1, j2 in inner:
        if _joined(wa[i1:i2]) == _joined(wb[j1:j2]):
            continue  # "middle man" / "middleman", "health care" / "healthcare": one word written apart
        gone = [w for w in wa[i1:i2] if _contentful(w) and w not in wb and w not in FILLERS]
        added = [w for w in wb[j1:j2] if _contentful(w) and w not in wa and w not in FILLERS]
        if _initials(gone, added) or _initials(added, gone):
            continue  # "Internet Explorer" / "IE"
        if (_phrasal(wa[i1:i2]) and len(added) == 1) or (_phrasal(wb[j1:j2]) and len(gone) == 1):
            continue  # "get away" / "escape": a verb put another way (quotes46)
        changed = len(gone) + len(added)
        if tag == "replace" and gone and added and changed > options.quote_inner_words:
            return f"“{' '.join(wa[i1:i2])}” / “{' '.join(wb[j1:j2])}”"
        if tag != "replace" and not elided and changed >= options.quote_inner_words:
            return f"“{' '.join(wa[i1:i2]) or '…'}” / “{' '.join(wb[j1:j2]) or '…'}”"
    return None


# how strongly a word grades what it qualifies: "very shortly" / "fairly shortly" say different things,
# "very" / "really" (both strong) the same; a word of neither class is no degree word
_STRONG = frozenset({"very", "extremely", "really", "highly", "incredibly", "truly", "totally", "completely",
                     "absolutely", "fully", "entirely", "hugely", "deeply"})
_WEAK = frozenset({"fairly", "rather", "somewhat", "slightly", "pretty", "relatively", "reasonably",
                   "moderately", "partly", "partially", "mildly"})
# how sure a speaker is: "will" / "may" is another claim ("would", "can", "did" belong to neither)
_SURE = frozenset({"will", "must", "shall"})
_UNSURE = frozenset({"may", "might", "could"})
# a qualifier that narrows or weakens a claim: dropped or added inside a wording it changes what was
# said ("we almost lost" / "we lost", "it will probably show up" / "it will show up")
QUALIFIERS = frozenset({"almost", "nearly", "hardly", "barely", "scarcely", "partly", "partially", "mostly",
                        "largely", "rarely", "seldom", "probably", "possibly"})


# recall69: closed-class words that name what a clause is about: a person for a thing ("Somebody hit me" /
# "Something hit me": "somebody" is read as "someone", ``SAME_WORDS``), or the thing, reason or manner asked about
# ("that's what I tried to do" / "that's why I tried to do"). One swapped for another of its set changes what was
# said; "when" / "where" are left out ("a night when" / "a night where" say the same)
REFERENTS = {"someone": "person", "anyone": "person", "everyone": "person",
             "something": "thing", "anything": "thing", "everything": "thing", "nothing": "thing",
             "what": "what", "why": "why", "how": "how"}


def _referent(words: Sequence[str], other: Sequence[str]) -> set[str]:
    """The referent classes (``REFERENTS``) of ``words`` that ``other`` does not hold."""
    return {REFERENTS[w] for w in words if w in REFERENTS and w not in other}


def _degree(word: str) -> int:
    return 2 if word in _STRONG else 1 if word in _WEAK else 0


def _sure(word: str) -> int:
    return 2 if word in _SURE else 1 if word in _UNSURE else 0


def _meaning_edit(wa: Sequence[str], wb: Sequence[str], matcher: difflib.SequenceMatcher,
                  inner: Sequence[tuple[str, int, int, int, int]], options: Options) -> str | None:
    """A word of a closed class that changes what an otherwise identical wording says (quotes46): a
    degree word of another strength ("very" / "fairly shortly"), a "will" for a "may", or a qualifier
    dropped or added inside it ("almost", "probably"). Only in one utterance lightly edited: at least
    ``options.quote_same_utterance`` of the shorter wording's words shared in order (trims at the ends
    aside). One content word swapped for another stays a wording: no word list or word vector at hand
    tells a near-synonym ("improve" / "strengthen", "organization" / "company") from another word."""
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if shared < options.quote_same_utterance * min(len(wa), len(wb)):
        return None
    for _, i1, i2, j1, j2 in inner:
        gone, added = wa[i1:i2], wb[j1:j2]
        said = f"“{' '.join(gone) or '…'}” / “{' '.join(added) or '…'}”"
        dropped = {w for w in gone if w in QUALIFIERS and w not in wb}
        put = {w for w in added if w in QUALIFIERS and w not in wa}
        if bool(dropped) != bool(put):
            return said  # "we almost lost" / "we lost" (not "almost" / "nearly", nor one moved)
        a_ref, b_ref = _referent(gone, wb), _referent(added, wa)
        if len(a_ref) == 1 and len(b_ref) == 1 and a_ref != b_ref and len(gone) == len(added) == 1 \
                and not any(op[1] <= i2 + options.quote_referent_window and op[2] >= i1 - options.quote_referent_window
                            for op in inner if op[1:] != (i1, i2, j1, j2)):
            # "Somebody hit me" / "Something hit me", "what I tried" / "why I tried" (recall69). Only one word
            # for one word, the words around it unchanged (mend111): "what to say" / "how to say it", "what
            # happened" / "how it happened" are one idiom reworded, not another remark
            return said
        for grade in (_degree, _sure):
            a, b = {grade(w) for w in gone} - {0}, {grade(w) for w in added} - {0}
            if len(a) == 1 and len(b) == 1 and a != b:
                return said  # "very shortly" / "fairly shortly", "it will" / "it may"
    return None


# the particle of a phrasal verb ("bring about", "get away", "set up"): a verb and its particle
# against one word is the same action put another way, an editor's or a translator's choice
_PARTICLES = frozenset({"about", "up", "out", "off", "away", "down", "over", "back", "on", "in", "through"})


def _phrasal(words: Sequence[str]) -> bool:
    return len(words) == 2 and words[1] in _PARTICLES and _contentful(words[0])


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _selected(short: str, long: str, options: Options) -> bool:
    """``short`` quotes some of ``long``'s sentences whole, in order, and leaves the others out ("We
    played well. It was a funny game." / "We played well."): an outlet choosing what to quote, not a
    different remark. Each kept sentence must be the same words as one of the long wording's; a
    sentence of its own, or one with words added or changed, is not a selection."""
    kept, told = _SENTENCE_END.split(short.strip()), _SENTENCE_END.split(long.strip())
    if len(told) < 2 or len(kept) >= len(told):
        return False
    def within(part: str, whole: str) -> bool:  # the same words, or some of them in a row (a trim)
        wp, ww = " ".join(quote_words(part)), " ".join(quote_words(whole))
        return bool(wp) and f" {wp} " in f" {ww} "

    at = 0
    for sentence in kept:
        while at < len(told) and not within(sentence, told[at]):
            at += 1
        if at == len(told):
            return False
        at += 1
    return True


# a sentence of a remark given whole: its first word capitalised, its last followed by a full stop
_WHOLE = re.compile(r"^[\"“‘']?\s*[A-Z].*[.!?][\"”’']?$", re.S)


def _closed_apart(short: str, long: str, options: Options) -> str | None:
    """Both wordings give one sentence of the remark whole, capital to full stop, and end it on different
    words: ``short``'s ends where ``long``'s goes on for a word or so (``options.quote_closed_words``) extending
    its last noun (``_compound``) before its own full stop ("no outlets, no community." / "no outlets, no community center."). A trim leaves
    a sentence open or cuts into the reporter's own sentence; two outlets each closing the speaker's sentence
    at another word quote two sentences, and "no community" is not "no community center"."""
    if _ELISION.search(short) or _ELISION.search(long):
        return None
    told = [t for t in _SENTENCE_END.split(long.strip()) if _WHOLE.match(t.strip())]
    for kept in _SENTENCE_END.split(short.strip()):
        wk = _raw_words(kept)
        if not _WHOLE.match(kept.strip()) or any(_raw_words(t) == wk for t in told):
            continue  # not whole, or given whole by the other wording too ("It's been draining. It's been draining on …")
        for t in told:
            wt = _raw_words(t)
            extra = wt[len(wk):]  # every word counted: "at the moment." / "at the moment and say that." is a trim
            if len(wk) >= options.quote_min_words and wt[:len(wk)] == wk \
                    and 0 < len(extra) <= options.quote_closed_words and _compound(t, len(wk)):
                return f"“{' '.join(wk[-2:])}” / “{' '.join(wt[len(wk) - 2:])}”"
    return None


def _compound(sentence: str, kept: int) -> bool:
    """The words of ``sentence`` after its first ``kept`` extend its last kept word into a longer noun ("no
    community" / "no community center", "the parking lot" / "the parking lot entrance"): then the two closings
    name two things. A word that places, times or grades the whole sentence or addresses its hearer ("… under
    control now.", "… safe to use again.", "…, frankly.", "…, folks.", "Martin Lewis Jr.") is an editor's light
    touch, not another remark (mend112). Without a parser: no mark between the words (a comma sets off a
    vocative or a sentence adverb), the kept word a noun's place (not after "to" or a helping verb, not a stop
    word), each added word written small, not a stop word, time or sentence adverb, "-ly" or "-ed" word, name
    suffix or filler."""
    tokens = list(re.finditer(r"[\w'’]+", sentence))
    words = [_raw_words(m.group())[0] for m in tokens]
    if kept < 2 or kept >= len(words):
        return False
    last, before = words[kept - 1], words[kept - 2]
    if last in STOP_WORDS or last in FUNCTION_WORDS or last.endswith("ly") or before == "to" or before in AUXILIARIES:
        return False
    for i in range(kept, len(words)):
        gap, word = sentence[tokens[i - 1].end():tokens[i].start()], words[i]
        if gap.strip(" -") or not tokens[i].group()[:1].islower() or not _contentful(word) or word in FILLERS \
                or word in STOP_WORDS or word in SENTENCE_ADVERBS or word in DAY_WORDS or word in NAME_SUFFIXES \
                or word.endswith("ly") or (word.endswith("ed") and len(word) > 5):
            return False
    return True


def _raw_words(text: str) -> list[str]:
    """A wording's words as written, none left out (``quote_words`` drops function words)."""
    return [w.replace("’", "'") for w in re.findall(r"[\w'’]+", text.lower())]


def closed_apart(a: str, b: str, options: Options) -> bool:
    """Whether one wording closes a sentence of the remark on other words than the other (``_closed_apart``):
    neither is then a fragment of the other."""
    a, b = _tidy(a), _tidy(b)
    return bool(_closed_apart(a, b, options) or _closed_apart(b, a, options))


_ELISION = re.compile(r"\.\s?\.\s?\.|…|\[\s*\.\.\.\s*\]")


def _contentful(word: str) -> bool:
    """A word that carries content: not a function word, not a figure or clock time (compared as
    numbers above)."""
    return word not in FUNCTION_WORDS and not any(c.isdigit() for c in word)


# words a speaker leans on and an editor drops ("we were just middle men" / "we were middlemen"): no
# difference in what was said (a figure they qualify is compared as a number; precision45)
FILLERS = frozenset({"just", "really", "very", "actually", "simply", "basically", "literally", "so", "quite"})


def _joined(words: Sequence[str]) -> str:
    """Words run together without spaces or hyphens, fillers left out: a compound written closed, open or
    hyphened is one word ("middle man" / "middleman" / "middle-man"; precision45)."""
    return "".join(w for w in words if w not in FILLERS).replace("-", "")


def _initials(long: Sequence[str], short: Sequence[str]) -> bool:
    """"internet explorer" / "ie": a name and its initials."""
    return len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long)


def compare(sentences: Sequence[Sentence], order: Order, options: Options
            ) -> tuple[list[Disagreement], list[Wordings]]:
    """Quote disagreements (material differences) and the wordings of every multi-wording remark."""
    disagreements, wordings = [], []
    for group in quote_groups(sentences, options):
        forms: list[list[tuple[Mention, Sentence]]] = []
        for m, s in sorted(group, key=lambda x: (order.key(x[1].article), x[1].index)):
            text = str(m.value or m.text)
            for w in forms:
                if same_words(text, str(w[0][0].value or w[0][0].text), options) \
                        and not closed_apart(text, str(w[0][0].value or w[0][0].text), options):
                    w.append((m, s))
                    break
            else:
                forms.append([(m, s)])
        if len(forms) < 2:
            continue
        speaker = next((m.label for m, _ in group if m.label), None)
        sides = [_side(w, order) for w in forms]
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        texts = [str(w[0][0].value or w[0][0].text) for w in forms]
        reasons = [material(texts[i], texts[j], options) for i in range(len(texts)) for j in range(i + 1, len(texts))]
        about = f"words of {speaker}" if speaker else "wording of a quote"
        if any(reasons):
            disagreements.append(Disagreement(kind="quote", about=about, values=sides, compatible=False,
                                              type="conflict", anchor=speaker))
        else:
            wordings.append(Wordings(speaker=speaker, wordings=sides))
    return disagreements, wordings


def _side(items: list[tuple[Mention, Sentence]], order: Order) -> Side:
    seen: dict[str, Sentence] = {}
    for _, s in items:
        seen.setdefault(s.article, s)
    arts = order.sort(list(seen))
    m0, s0 = items[0]
    return Side(value=str(m0.value or m0.text), normalized=" ".join(quote_words(str(m0.value or m0.text))),
                articles=arts, evidence=s0.text, sentences=[seen[a].ref for a in arts])


def same_person(a: str, b: str) -> bool:
    """"Lehmkuhl" and "Kim Lehmkuhl" name one person (one name's words are the other's), and so do
    "Jon Hubbard" and "Jonathan Hubbard" (one surname, first names with one initial: a short form)."""
    wa, wb = a.lower().split(), b.lower().split()
    if not (wa and wb):
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    return len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1] and wa[0][0] == wb[0][0]


def _named_here(quote: Mention, sentence: Sentence) -> bool:
    """The quote's speaker is a person the sentence names (in any variant merged to the same key)
    outside the quoted words: a name inside the quote is what is spoken of, not who speaks."""
    inside = [(q.start, q.end) for q in sentence.of_kind("quote") if q.end > q.start]
    return any(e.label == "PERSON" and str(e.value) == quote.label
               and not any(s <= e.start < t for s, t in inside) for e in sentence.of_kind("entity"))


def speakers(sentences: Sequence[Sentence], order: Order, options: Options) -> list[Disagreement]:
    """The same quoted words attributed to different speakers.

    Only speakers the sentence itself names as a person count: a speaker carried over from an
    earlier sentence ("he adds", a bare quote) or a nationality ("the German wrote") is a guess of
    the analyser, and two guesses that differ are not two outlets that disagree.
    """
    quotes = [(m, s) for s in sentences for m in s.of_kind("quote") if m.label and _named_here(m, s)
              and len(quote_words(str(m.value or m.text))) >= options.name_quote_min_words]
    out, used = [], set()
    later: list[list[int]] = [[] for _ in quotes]  # the later quotes with the same words (compared once per wording)
    texts = [str(m.value) for m, _ in quotes]
    for i, j, _ in quote_pairs(texts, texts, lambda x, y: same_words(texts[x], texts[y], options) or None):
        later[i].append(j)
    for i, (a, sa) in enumerate(quotes):
        if i in used:
            continue
        same = [(a, sa)]
        for j in later[i]:
            b, sb = quotes[j]
            if sb.article != sa.article and same_words(str(a.value), str(b.value), options):
                same.append((b, sb))
                used.add(j)
        by_speaker: dict[str, list[tuple[Mention, Sentence]]] = {}
        for m, s in same:
            name = next((k for k in by_speaker if same_person(k, str(m.label))), str(m.label))
            by_speaker.setdefault(name, []).append((m, s))
        if len(by_speaker) > 1:
            sides = []
            for name, items in by_speaker.items():
                side = _side(items, order)
                side.value = side.normalized = name
                sides.append(side)
            sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
            out.append(Disagreement(kind="name", about=f"who said “{a.value}”", values=sides,
                                    compatible=False, type="conflict", anchor=str(a.value)))
    return out


# -- one statement told without quotation marks, attributed to two people ("…, Sheriff X said" / "…,
# Undersheriff Y said"): a wire's write-through that moved the words to another official (recall52) -----
# the attribution that closes a sentence: ", <who> said." or ", said <who>." (a person's name ends ``who``)
# (what may follow the verb: a day, "in a statement"; "told reporters", "told The Associated Press")
_SAID_WHEN = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
              r"in\s+a\s+statement|in\s+an\s+interview|at\s+a\s+news\s+conference))?")
_SAID_AFTER = re.compile(r",\s+(?P<who>[^,;\"“”]{2,90}?)\s+(?:(?:said|says)" + _SAID_WHEN +
                         r"|told\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))\s*[.!]?\s*$")
_SAID_BEFORE = re.compile(r",\s+(?:said|says)\s+(?P<who>[^,;\"“”]{2,90}?)\s*[.!]?\s*$")
# an office written before a person's name ("Sheriff Robert J. Pickell", "Undersheriff James Gage")
SPEAKER_OFFICES = TITLES | OFFICES | frozenset(
    "undersheriff superintendent commissioner sergeant sgt trooper inspector prosecutor lieutenant constable "
    "spokesperson deputy chief".split())
_NAME_WORD = re.compile(r"[A-Z](?:[a-z][\w'’-]*|\.)?")


def _titled_name(who: str) -> str | None:
    """The name after the last office in ``who`` ("Genesee County Undersheriff James Gage" → "James
    Gage"): two to four capitalised words, a middle initial allowed; None without an office before them."""
    words = who.split()
    offices = [k for k, w in enumerate(words) if w.lower().rstrip(".") in SPEAKER_OFFICES]
    if not offices:
        return None
    name = words[offices[-1] + 1:]
    if not 2 <= len(name) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in name) or len(name[-1]) < 2:
        return None
    return " ".join(name)
_QUOTE_MARKS = re.compile(r"[\"“”]|(?:^|\s)[‘']\w")


def _said(sentence: Sentence) -> tuple[list[str], str, str, str] | None:
    """The words of a statement ``sentence`` tells without quotation marks and closes by naming the
    person who said it, with that person (the name's key and the attribution as written) and the
    statement as written: "Deputies
    chased him for 30 miles, Sheriff Robert Pickell said." A speaker not named as a person ("police
    said", "he said") is none: a pronoun or an office is no name two outlets can set against each other."""
    if sentence.of_kind("quote") or _QUOTE_MARKS.search(sentence.text):
        return None
    text = sentence.text.rstrip()
    hit = _SAID_AFTER.search(text) or _SAID_BEFORE.search(text)
    if not hit:
        return None
    start, end = hit.start("who"), hit.end("who")
    if _JOINT.search(text[start:end]) or _listed(sentence, text, hit.start()):
        return None  # mend53: "…, Sheriff Robert Pickell and Undersheriff James Gage said": both said it
    person = next((str(e.value) for e in sentence.of_kind("entity") if e.label == "PERSON" and e.value
                   and start <= e.start and e.end == end), None)
    if person is None:  # "Genesee County Undersheriff James Gage": an office before a name (the analyser's
        person = _titled_name(text[start:end])  # entity may hold the county as a place)
    if person is None:
        return None
    words = person.split()  # mend53: the name without an office the analyser's entity holds ("Undersheriff …")
    while len(words) > 1 and words[0].lower().rstrip(".") in SPEAKER_OFFICES:
        words = words[1:]
    return quote_words(text[:hit.start()]), " ".join(words), text[start:end], text[:hit.start()]


# two people joined in one attribution ("Sheriff Robert Pickell and Undersheriff James Gage said")
_JOINT = re.compile(r"\s(?:and|&)\s+[A-Z]")


def _listed(sentence: Sentence, text: str, at: int) -> bool:
    """Whether the words between the comma before the attribution at ``at`` and the one before that are
    a person too (a comma list of speakers: "…, Sheriff Robert Pickell, Undersheriff James Gage said")."""
    before = text[:at].rstrip()
    comma = before.rfind(",")
    part = before[comma + 1:].strip()
    if comma < 0 or not part or not part[0].isupper():
        return False
    lead = comma + 1 + len(before[comma + 1:]) - len(before[comma + 1:].lstrip())
    return _titled_name(part) is not None or any(
        e.label == "PERSON" and e.value and e.start <= lead and e.end >= len(before) for e in sentence.of_kind("entity"))


def said_speakers(sentences: Sequence[Sentence], order: Order, options: Options) -> list[Disagreement]:
    """One statement told without quotation marks that two articles give to two different people.

    The statements are one when they open on the same ``options.said_head_words`` words and close on
    the same ``options.said_tail_words``, word for word (a wire's copy edited inside, "Deputies chased
    him for 30 miles … before he finally pulled over after about 15 minutes" / "Deputies chased him at
    speeds of more than 100 mph before he finally pulled over after about 15 minutes"); two people who
    both said it (an article giving it to both) are no disagreement, nor are two statements that share
    only their close (two people each ending their own account on one detail: "the fire was lit at the
    entrance as a small group of women were working on crafts" / "the fire broke out Friday night while
    a small group of women were working on crafts").
    """
    k, h = options.said_tail_words, options.said_head_words
    told = []
    for s in sentences:
        said = _said(s)
        if said and len(said[0]) >= k + h:
            told.append(((*said[0][:h], "…", *said[0][-k:]), said[1], said[2], s, said[3]))
    by_tail: dict[tuple[str, ...], list[tuple[str, str, Sentence]]] = {}
    statement: dict[tuple[str, ...], str] = {}
    for tail, name, written, s, words in told:
        by_tail.setdefault(tail, []).append((name, written, s))
        statement.setdefault(tail, _closing(words, k))
    out = []
    for tail, items in by_tail.items():
        by_speaker: dict[str, list[tuple[str, Sentence]]] = {}
        for name, written, s in items:
            key = next((n for n in by_speaker if same_person(n, name)), name)
            by_speaker.setdefault(key, []).append((written, s))
        if len(by_speaker) < 2:
            continue
        arts = [{s.article for _, s in group} for group in by_speaker.values()]
        if any(a & b for i, a in enumerate(arts) for b in arts[i + 1:]):
            continue  # one article gives the statement to both: both said it
        sides = []
        for name, group in by_speaker.items():
            seen: dict[str, Sentence] = {}
            for _, s in sorted(group, key=lambda x: (order.key(x[1].article), x[1].index)):
                seen.setdefault(s.article, s)
            cited = order.sort(list(seen))
            sides.append(Side(value=max((w for w, _ in group), key=len), normalized=name, articles=cited,
                              evidence=seen[cited[0]].text, sentences=[seen[a].ref for a in cited]))
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        out.append(Disagreement(kind="name", about=f"who said “… {statement[tail]}”", values=sides,
                                compatible=False, type="conflict", anchor=" ".join(tail[h + 1:])))
    return out


def _closing(statement: str, k: int) -> str:
    """The last words of ``statement`` as written that hold its last ``k`` words of a quote."""
    words = statement.split()
    for n in range(k, len(words) + 1):
        if len(quote_words(" ".join(words[-n:]))) >= k:
            return " ".join(words[-n:])
    return statement
