"""Named entities of a sentence (spaCy NER + a capitalised-acronym rule) and the name key they start with.

The key made here is only a normalised spelling ("Mr Tokayev's" → "Tokayev"); ``merge_variants``
later rewrites keys of spellings of the same name to one canonical key across articles.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from accord.analyse import features
from accord.graph import Groups
from accord.model import Mention, Sentence, Variant
from accord.words import NAME_SUFFIXES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Honorifics and offices written in front of a name: not part of the name itself.
TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady prof professor president premier chancellor minister "
    "gen general col colonel lt maj major capt captain sen senator rep gov governor secretary speaker "
    "king queen prince princess pope saint st".split()
)
# All-caps words that are not names of organisations (units, times, formats).
NOT_ACRONYMS = frozenset("OK TV AM PM AD BC GMT UTC CEO PDF FAQ ID VIP DIY".split())
ACRONYM = re.compile(r"(?<![\w./-])[A-Z]{2,6}(?![\w/-]|\.\w)")
ROMAN = re.compile(r"^[IVXLCDM]+$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_EDGE = " ,;:•·*-–—/|\"'“”‘’()[]"
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)


@lru_cache(maxsize=65536)
def display_name(text: str) -> str:
    """A mention's name without a leading "the", titles or a possessive ("Mr Tokayev's" → "Tokayev")."""
    name = " ".join(text.split()).strip(_EDGE)
    name = _POSSESSIVE.sub("", name).strip(_EDGE)
    name = _LEADING_THE.sub("", name)
    words = name.split(" ")
    # "Kazakh President Kassym-Jomart Tokayev" → "Kassym-Jomart Tokayev": drop up to the last title
    cut = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES), default=-1)
    rest = words[cut + 1:]
    if cut >= 0 and rest and rest[0][:1].isupper():
        words = rest
    return " ".join(words).strip(_EDGE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, dots or punctuation: the form names are compared in."""
    if text.isascii() and text.isalnum():  # a plain word (most calls: every word of the story's
        return text.lower()                  # texts written in lower case) has nothing else to fold
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace(".", "")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def find(text: str, doc: "Doc", labels: Collection[str]) -> list[Mention]:
    """Entity mentions of one sentence, in text order: spaCy's entities plus unlabelled acronyms."""
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        name = display_name(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        out.append(Mention(kind="entity", text=ent.text, value=name, label=ent.label_,
                           start=ent.start_char, end=ent.end_char))
    return with_acronyms(text, out)


def with_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` plus the capitalised acronyms outside it (labelled ORG), in text order.

    Taggers miss many acronyms ("CSTO"); a sentence in capitals (a heading) has none."""
    out = list(found)
    taken = [(m.start, m.end) for m in found]
    if not text.isupper():
        for m in ACRONYM.finditer(text):
            word = m.group()
            if word in NOT_ACRONYMS or ROMAN.match(word):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            out.append(Mention(kind="entity", text=word, value=word, label="ORG",
                               start=m.start(), end=m.end()))
    out.sort(key=lambda m: m.start)
    return out


# -- merging spellings of one name across articles ------------------------------------------------
_DEFINITION = re.compile(r"((?:[A-Z][\w’'-]*\s+)(?:(?:of|the|and|for|on|in|&|[A-Z][\w’'-]*)\s+){1,8}?)\(([A-Z]{2,6})\)")
_MINOR = frozenset("of the and for on in at to & de la le du des".split())
PERSONAL = ("PERSON",)


_SKELETON = [("ks", "x"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("y", "i"), ("j", "i"), ("w", "v")]
_DOUBLED = re.compile(r"(.)\1+")  # (speed22: constants, not looked up in ``re``'s cache per word)
_NOT_WORD = re.compile(r"[^\w]+")


def skeleton(word: str) -> str:
    """A spelling-neutral form of a folded word, for transliteration variants (Sergey/Sergei,
    Aleksei/Alexei, Zelenskyy/Zelensky): common digraphs simplified, y → i, doubled letters single."""
    for a, b in _SKELETON:
        word = word.replace(a, b)
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=65536)
def _tokens(key: str) -> tuple[str, ...]:
    """Folded, spelling-neutral words of a name (kept per name: every merge compares them)."""
    return tuple(skeleton(t) for t in fold(key.replace("-", " ")).split())


@lru_cache(maxsize=65536)
def _written(key: str) -> tuple[str, ...]:
    """Folded words of a name as written (no spelling-neutral fold): an acronym's letters are the
    written initials, "World Health Organization" → "who" (the skeleton would give "vho", w → v)."""
    return tuple(fold(key.replace("-", " ")).split())


def _initials(tokens: Sequence[str], minor: bool) -> str:
    return "".join(t[0] for t in tokens if minor or t not in _MINOR)


# Endings that make another word from a name, not another spelling of it: plurals, demonyms and
# adjectives (Russian/Russians, Malays/Malaysia, Central Asia/Central Asian, Democrat/Democratic).
FORM_ENDINGS = frozenset("s es n an ans ns ian ians ia ic ics ese ish i is ite ites er ers al ist ists ism isms "
                         "ize ise".split())
_NUMERAL = re.compile(r"^(?:[ivxlcdm]+|\w*\d\w*)$")
_FORM_ENDS = FORM_ENDINGS | {""}  # (an ending, or none: built once, tested per word pair)


def _same_numbers(a: str, b: str) -> bool:
    """Names holding numbers hold the same ones (Led Zeppelin II ≠ III, Denver ≠ Denver7): compared
    before spelling is neutralised, which would fold "ii" and "iii" alike."""
    def numbers(n: str) -> list[str]:
        return [w for w in fold(n).split() if _NUMERAL.match(w) and (any(c.isdigit() for c in w) or len(w) <= 4)]
    return numbers(a) == numbers(b)


def _same_short(a: str, b: str) -> bool:
    """Names of equal length hold the same words of up to three letters, as written: the skeleton
    would make codes and abbreviations one ("NJ" = "NY", "Fri" = "Fry": "j" and "y" both → "i").
    Three-letter words may differ in their middle letter between vowels and "y" alone (mend87): a
    transliteration, "Ain" = "Ayn" (al-Asad), "Mir" = "Myr"."""
    def short(n: str) -> list[str]:
        return [w for w in fold(n.replace("-", " ")).split() if len(w) <= 3]

    def same(x: str, y: str) -> bool:
        return x == y or (len(x) == len(y) == 3 and x[0] == y[0] and x[2] == y[2]
                          and x[1] in _VOWEL_Y and y[1] in _VOWEL_Y)
    sa, sb = short(a), short(b)
    return len(sa) == len(sb) and all(map(same, sa, sb))


_VOWEL_Y = frozenset("aeiouy")


def _shared_start(a: str, b: str) -> int:
    """How many first letters two words share (the stem their endings are compared after)."""
    return len(os.path.commonprefix((a, b)))


def _form(a: str, b: str) -> bool:
    """Whether two folded words are different words rather than spellings of one: one stem with
    different endings of ``FORM_ENDINGS`` (Russian/Russians, Texas/Texans), or different numbers
    (Denver/Denver7, II/III)."""
    if a == b:
        return False
    if _NUMERAL.match(a) or _NUMERAL.match(b):
        return True
    cp = _shared_start(a, b)
    if cp >= 3 and {a[cp:], b[cp:]} == {"an", "en"} and a[cp - 1] == "m":  # Klansman/Klansmen: an English plural
        return True
    return cp >= 3 and a[cp:] in _FORM_ENDS and b[cp:] in _FORM_ENDS  # Texas/Texans: "s" and "ns" on one stem


def _place_form(a: str, b: str) -> bool:
    """``_form`` with "a" as one more ending, for names that are not people's only (mend87): Somali /
    Somalia / Somalis are a nationality, its country and its plural. Never for people: Kuznetsov /
    Kuznetsova, Aliyev / Aliyeva are two people, but each still joins its own full name, and "Chin" is a
    judge beside "China". "a" against "ia" is a letter dropped (Alexandria/Alexandra), no form."""
    if a == b:
        return False
    cp = _shared_start(a, b)
    ends = {a[cp:], b[cp:]}
    return cp >= 3 and "a" in ends and ends <= _FORM_ENDS | {"a"} and ends != {"a", "ia"}


# variants68: a fuzzy ratio alone joins different names of near spelling (Austria/Australia,
# Clayton/Clinton, Hivites/Hittites). Spellings of one name differ in known ways only: after the
# skeleton (y/i/j, ph/f, th/t, kh/h, doubled letters) these fold the rest of the known
# transliteration and English/American differences (x/ks, c/k/q, soft c/s, s/z, sch/sh, ck, -re/-er,
# -off/-ov, Greek g before i: Giannis/Yiannis); a word-initial g/k and b/v are one transliteration
# class (Gurbanguly/Kurbanguly, Alishvandi/Alishbandi). Then the consonants must be the same — vowels may
# differ, be added or dropped (Mohammed/Muhammad, Tokayev/Tokaev, -our/-or) — or differ by one
# consonant dropped, added or two swapped with the vowels the same, written once beside the other
# spelling written more (a typo: Woodward/Woodard, Brownsville/Browsnville). A consonant changed (Hivites/Hittites) or a syllable added
# (Austria/Australia: a consonant and a vowel) is another name.
_SOUND = [(re.compile(r"x"), "ks"), (re.compile(r"sch"), "sh"), (re.compile(r"tch"), "ch"), (re.compile(r"ch"), "h"),
          (re.compile(r"ck"), "k"), (re.compile(r"c(?=[eiy])"), "s"),
          (re.compile(r"[cq]"), "k"), (re.compile(r"([dg])h"), r"\1"), (re.compile(r"z"), "s"),
          (re.compile(r"(?<=[^aeiou])re$"), "er"),
          (re.compile(r"of$"), "ov"), (re.compile(r"g(?=i[aeou])"), ""), (re.compile(r"^g"), "k"),
          (re.compile(r"(?<=[aeiou])g(?=[aeiou])"), "h"), (re.compile(r"^d(?=i[aeou])"), ""),
          (re.compile(r"b"), "v"), (re.compile(r"(?<=[aeiou])v(?![aeiouvlr])"), "u")]
# mend88: "zh" is "z" in one transliteration (Prigozhin/Prigozin) and "j" in another (Ahmadinezhad/
# Ahmadinejad; the skeleton has made that "j" an "i"): a word holding it is read both ways.
_ZH = ((re.compile(r"zh"), "z"), (re.compile(r"zh"), "i"))
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def _folded(word: str) -> tuple[str, ...]:
    """A skeleton word with the known spelling differences folded (``_SOUND``), one reading per way of
    writing "zh"."""
    out = []
    for pat, rep in (_ZH if "zh" in word else _ZH[:1]):
        w = pat.sub(rep, word)
        for p, r in _SOUND:
            w = p.sub(r, w)
        out.append(_DOUBLED.sub(r"\1", w))
    return tuple(out)


@lru_cache(maxsize=65536)
def _sound(word: str) -> tuple[tuple[str, str], ...]:
    """A skeleton word's consonants and vowels after folding the known spelling differences (one
    reading per way of writing "zh")."""
    return tuple(("".join(c for c in w if c not in _VOWELS), "".join(c for c in w if c in _VOWELS))
                 for w in _folded(word))


# precision71: a transliteration writes the back vowel after a surname's first consonant as a, o or u (Parubiy/
# Porubiy, Morsi/Mursi, Soleimani/Suleimani): spellings the blocking on the first two letters (``_start``) never
# compares. Only that letter may differ, every other letter the same after the folds (``_folded``): no vowel added
# or dropped (Dean/Dan, Marsh/Marsha), no later vowel changed (Marian/Marion, Mullen/Mallon); never two spellings
# one article writes (``spread``: Carson and Corson in one article are two families). mend109: read only on the
# surnames of two full names whose given names are one (``merge_keys``) — English names whose second letter
# differs are other names (Carrie/Corrie, Barton/Burton, Larson/Lorson, Dalton/Dolton), so never a given name, a
# lone word or a place.
_BACK_VOWELS = frozenset("aou")


def _vowel_class_spelling(a: str, b: str, min_letters: int,
                          spread: Mapping[str, Collection[str]] | None = None) -> bool:
    """Whether two skeleton words are one name whose second letter, a back vowel, is transliterated two ways (see
    ``_BACK_VOWELS``); ``min_letters``: the shortest word read (Dan/Don are other names); ``spread``: the
    articles writing each word."""
    if min(len(a), len(b)) < min_letters or a[:1] != b[:1] or a[1:2] == b[1:2] or not {a[1:2], b[1:2]} <= _BACK_VOWELS:
        return False
    if spread is not None and set(spread.get(a, ())) & set(spread.get(b, ())):
        return False
    return any(len(x) == len(y) and x[:1] == y[:1] and x[1:2] != y[1:2] and {x[1:2], y[1:2]} <= _BACK_VOWELS
               and x[2:] == y[2:] for x in _folded(a) for y in _folded(b))


def _one_typo(a: str, b: str) -> bool:
    """One letter dropped or added, or two neighbours swapped (not a letter changed)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) == len(a) + 1:
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
    return len(a) == len(b) and any(a[:i] + a[i + 1] + a[i] + a[i + 2:] == b for i in range(len(a) - 1))


# A given name's feminine and masculine forms differ in the last letters only (Roberta/Roberto, Christina/
# Christine, Alexandra/Alexander): two people, not a vowel of one spelling. Given names only: a surname's
# ending is a transliteration as often (Lukashenko/Lukashenka). ("" against "e" is not listed: Cheryl/Cheryle
# and Bern/Berne are one name as often as Daniel/Danielle are two.)
_GENDER_ENDS = ({"a", "o"}, {"a", "e"}, {"ra", "er"})


# variants69/mend89: a given name's "ch" inside the word is also a Greek "k" written "c" (Nicholas/Nicolas);
# ``_SOUND`` reads it as the "kh" of Russian and German (Mikhail/Michail). Two given names are read as one
# when one is the other with only the "h" of such a "ch" added: never a "ch" at the start (Charlie/Carlie,
# Chelsey/Kelsey, Christina/Kristin are relatives' names as often) and nothing of the other name changed
# (its "c"/"k" stays itself: Rachel/Raquel, Michael/Michele). Only beside one surname: as a surname's
# letters "ch" and "c" are other families (Richards/Rickards).
_INNER_CH = re.compile(r"(?<=\w)ch")


def _greek_h(a: str, b: str) -> bool:
    """Whether two given names of five letters or more differ only by the "h" of a "ch" inside one of
    them (short ones are other names as often: Chen/Ken). Not that "ch" written "k" (mend98, variants70's
    Nicholas/Nikolas taken out): it also joins Michael/Mikael and Richard/Rikard, other people's names, and
    a false merge shows a false disagreement where a split only misses a variant."""
    if min(len(a), len(b)) < 5 or a == b:
        return False
    return any(_INNER_CH.sub("c", x) == y for x, y in ((a, b), (b, a)))


# variants71/mend102: one given name's spellings that the folds above do not reach, beside one surname: a closed
# list only — a "ch" written "k" in Nicholas/Nikolas and Zachary/Zakary (as a rule it also made Michael/Mikael and
# Richard/Rikard one, other men's names, mend98) and a final "h" in Sara/Sarah, Hannah/Hanna, Deborah/Debora (as a
# rule it also made Maria/Mariah one, a mother and her daughter: review134).
_GIVEN_K = {"nikolas": "nicholas", "nickolas": "nicholas", "nikolaus": "nicholas", "zakary": "zachary",
            "zackary": "zachary", "zakery": "zachary", "zachery": "zachary", "sarah": "sara", "hannah": "hanna",
            "deborah": "debora", "susannah": "susanna", "savannah": "savanna",
            # mend109: Arabic given names transliterated with a back vowel second (the vowel rule reads surnames only)
            "moammar": "muammar", "mohammad": "muhammad", "mohammed": "muhammad", "mostafa": "mustafa",
            "hossein": "hussein"}
_GIVEN = {skeleton(k): skeleton(v) for k, v in _GIVEN_K.items()}

# ... but a relative of one surname is named beside a kin word: "his cousin Nikolas Pruitt", "Her daughter,
# 19-year-old Mariah Lopez", "Nikolas Pruitt, 19, a cousin of the passenger" — then two people.
_KIN_WORDS = (r"(?:brother|sister|cousin|son|daughter|father|mother|dad|mom|mum|wife|husband|uncle|aunt|nephew|niece|"
              r"twin|grandson|granddaughter|grandfather|grandmother|sibling|stepson|stepdaughter|stepfather|"
              r"stepmother|child|children|parent|fianc[ée]e?|girlfriend|boyfriend|partner|widow|widower|relative)s?")
_KIN_BEFORE = re.compile(rf"\b{_KIN_WORDS},?\s+(?:\d{{1,3}}-year-old\s+)?$", re.I)
_KIN_AFTER = re.compile(rf"^(?:\s*,\s*\d{{1,3}})?\s*,\s*(?:(?:a|an|the|his|her|their)\s+)?(?:(?:older|younger|elder|"
                        rf"twin|first|second)\s+)?{_KIN_WORDS}\b", re.I)
_KIN_ANY = re.compile(rf"\b{_KIN_WORDS}\b", re.I)
# a person's age written beside the name ("Maria Lopez, 45," / "19-year-old Mariah Lopez"): two ages, two people
# for the spelling rules of this round (an outlet's wrong age of one person is still joined by the folds above)
_AGE_AFTER = re.compile(r"^\s*,\s*(\d{1,3})\s*[,.;]")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")


def age_beside(text: str, start: int, end: int) -> int | None:
    """The age a sentence writes beside the name at ``text[start:end]`` ("Maria Lopez, 45," / "19-year-old Mariah
    Lopez"), or None: one reading for the name merger (``ages``) and the disagree stage's names of one family."""
    age = _AGE_AFTER.search(text[end:end + 60]) or _AGE_BEFORE.search(text[max(0, start - 40):start])
    return int(age.group(1)) if age else None


def _one_given_name(a: str, b: str) -> bool:
    """Whether two (skeleton) given names are listed spellings of one (``_GIVEN``)."""
    return a != b and _GIVEN.get(a, a) == _GIVEN.get(b, b)


# variants71: two common English surnames are two families, not one name's spellings, however near their letters
# (Sanders/Saunders, Thompson/Thomson, Clark/Clarke, Fischer/Fisher, Hayes/Harris): a different name is a
# disagreement of names (issue 11), never a variant. A closed list of common surnames that the folds above would
# read as a twin's spelling (a vowel changed, or a letter dropped where the counts make it a slip);
# the transliterations a writer varies (Tokayev/Tokaev, Gaddafi/Gadhafi, Zelensky/Zelenskyy) and a writer's
# misspelling of a rarer name (Tolkein) are in no such list and merge as before. Read on lone words only (a lone
# surname against another or against a full name's last word): two full names of one given name are one person's
# misspelt surname (a hospital's spokeswoman "Ilene Wolfe" / "Ilene Wolff"), and of two given names never joined.
_COMMON_SURNAMES = frozenset(skeleton(w) for w in (
    "sanders saunders thompson thomson clark clarke fischer fisher davidson davison dickens dickins dixon dickson "
    "cohen cohn frank franck gallagher gallager graham grahame green greene brown browne hart harte hayes hays "
    "harris haines hanes jeffries jeffreys jenkins jenkens kean keane keene kearney kearny kearns kerns kelly kelley "
    "lane laine levy levi levin levine meyers myers mayers mueller muller murray murry read reade rhodes rhoades "
    "schwartz schwarz swartz simmonds simons smith smythe stein steen wolf wolfe burke burk baker barker "
    "carter cartier carey cary carney marsh mars".split()))


def _two_surnames(a: str, b: str) -> bool:
    """Whether two (skeleton) words are two different common surnames (``_COMMON_SURNAMES``)."""
    return a != b and a in _COMMON_SURNAMES and b in _COMMON_SURNAMES


def _gendered(a: str, b: str) -> bool:
    cp = _shared_start(a, b)
    return cp >= 3 and {a[cp:], b[cp:]} in _GENDER_ENDS


def _spelling(a: str, b: str, uses: Mapping[str, int] | None = None,
              spread: Mapping[str, Collection[str]] | None = None, kin: Collection[str] = ()) -> bool:
    """Whether two skeleton words differ only as spellings of one name do (see ``_SOUND``). A typo
    (one consonant dropped, added or swapped) is written once beside a spelling written more often
    (``uses``: mentions per skeleton word), or by one article that does not write the other spelling,
    which other articles write (``spread``: articles per skeleton word; one writer's misspelling is
    often repeated, "Daniel Whitfied … Whitfied, 61"): two spellings each written again by several
    articles, or both by one article ("I'll Tase you! … Taser!"), are two names (Carson/Carlson). ``kin``:
    the skeleton words written as a -son/-sen surname (``_patronymics``)."""
    pairs = [(x, y) for x in _sound(a) for y in _sound(b)]
    if any(x[0] == y[0] for x, y in pairs):
        if not (a in kin and b in kin) or any(x == y for x, y in pairs):
            return True
        return _typo(a, b, uses, spread)  # Peterson/Paterson: two families unless one is a slip
    if not any(x[1] == y[1] and _one_typo(x[0], y[0]) for x, y in pairs):
        return False
    return _typo(a, b, uses, spread)


# variants69: English and Nordic patronymic surnames (-son, -sen) keep one vowel spelling per family:
# Peterson/Paterson, Hanson/Hansen, Nilsson/Nielsen are different families, not spellings of one name (the
# transliterations whose vowels vary, Mohammed/Mohammad, Hormozgan/Hormuzgan, Tokayev/Tokaev, never end so).
# mend89: read on the written word, not the skeleton (whose "ks" → "x" hid Henriksen/Henrikson).
_PATRONYMIC = re.compile(r"s[eo]n$")


def _patronymics(written: Mapping[str, Sequence[str]], skeletons: Mapping[str, Sequence[str]]) -> set[str]:
    """The skeleton words of names whose written word ends in -son/-sen (``_spelling``'s ``kin``)."""
    return {t for n, ws in written.items() for w, t in zip(ws, skeletons[n]) if _PATRONYMIC.search(w)}


def _typo(a: str, b: str, uses: Mapping[str, int] | None, spread: Mapping[str, Collection[str]] | None) -> bool:
    """Whether one of two spellings is a slip: written once beside the other written more (``uses``), or by
    one article that does not write the other spelling, which other articles write (``spread``); with no
    counts (a lone pair of words) it is taken to be one."""
    if uses is None or min(uses.get(a, 0), uses.get(b, 0)) <= 1 < max(uses.get(a, 0), uses.get(b, 0)):
        return True
    if spread is None:
        return False
    (_, one), (_, more) = sorted(((len(spread.get(w, ())), w) for w in (a, b)))
    return len(spread.get(one, ())) <= 1 < len(spread.get(more, ())) \
        and not set(spread.get(one, ())) & set(spread.get(more, ()))


def _close(a: str, b: str, threshold: float, uses: Mapping[str, int] | None = None,
           spread: Mapping[str, Collection[str]] | None = None, kin: Collection[str] = ()) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and not _form(a, b) and fuzz.ratio(a, b) >= threshold
                      and _spelling(a, b, uses, spread, kin))


def _seq_match(short: Sequence[str], long: Sequence[str], threshold: float,
               uses: Mapping[str, int] | None = None, spread: Mapping[str, Collection[str]] | None = None,
               kin: Collection[str] = ()) -> bool:
    """Each token of ``short`` matches a token of ``long`` in order, and the last tokens match."""
    if not short or not long or not _close(short[-1], long[-1], threshold, uses, spread, kin):
        return False
    j = 0
    for tok in short[:-1]:
        while j < len(long) - 1 and not _close(tok, long[j], threshold, uses, spread, kin):
            j += 1
        if j >= len(long) - 1:
            return False
        j += 1
    return True


def _acronymish(name: str) -> bool:
    """Whether a name is or holds an abbreviation ("U.N.", "U.S. Navy", "NATO forces")."""
    return "." in name or any(len(w) >= 2 and w.isupper() for w in re.split(r"[\s-]+", name))


# variants69: a known transliteration of a word's first letters, folded before the blocking below reads
# them (Ghaddafi/Gaddafi, Tchaikovsky/Chaikovsky); the skeleton already made kh/h, y/j, ph/f, th/t, w/v one.
# Nothing else: names whose first consonants differ otherwise are never compared (Chandler/Handler, Dhillon/
# Dillon, Bass/Vass are different surnames).
_START = (("tch", "ch"), ("gh", "g"))


@lru_cache(maxsize=65536)
def _start(word: str) -> str:
    """A skeleton word's first two letters, known transliterations of them folded: the blocking key."""
    for a, b in _START:
        if word.startswith(a):
            return (b + word[len(a):])[:2]
    return word[:2]


def _prefix_index(words: Iterable[str]) -> dict[str, set[str]]:
    """Words by their (folded) first two letters: fuzzy spellings of a name almost always share them."""
    out: dict[str, set[str]] = {}
    for w in words:
        out.setdefault(_start(w), set()).add(w)
    return out


def _pairs(items: list[str], block: Callable[[str], object]) -> Iterator[tuple[str, str]]:
    """Pairs of items that share a blocking key, so merging stays fast on thousands of names."""
    blocks: dict[object, list[str]] = {}
    for item in items:
        blocks.setdefault(block(item), []).append(item)
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                yield a, b


def _compatible(a: str, b: str, words: int) -> bool:
    """Entity types whose names may be one name: the same type, or (for names of several words)
    any two types except a nationality with a place (spaCy often swaps ORG/GPE/FAC on long names)."""
    return a == b or (words >= 2 and "NORP" not in (a, b))


# mend91: two letters spell too many names. A dotted pair that is a two-word US state's abbreviation and that the
# texts write after a place and a comma ("Troy, N.Y.": a state there) joins only that state's name, never another
# name of its initials ("New Haven", "New Moon", "New Year"); written otherwise it may be a city's ("the show in
# S.D.", San Diego), and undotted pairs are as often a body's ("SC", the Supreme Court): both keep the type rule.
_STATE_INITIALS = {"nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
                   "nc": "north carolina", "nd": "north dakota", "sc": "south carolina", "sd": "south dakota",
                   "ri": "rhode island", "wv": "west virginia"}
# ... and a name whose head is a calendar word is a holiday's or a date's ("New Year", "Election Day", "Opening
# Night"), which a two-letter abbreviation never spells (the rules analyser reads "New" as a place's first word).
_CALENDAR = frozenset("year years day days eve night nights week weekend month".split())


def merge_keys(names: dict[str, tuple[str, int]], definitions: dict[str, str], threshold: float,
               lower: Collection[str] = (), articles: dict[str, int] | None = None,
               words: dict[str, int] | None = None, where: Mapping[str, Collection[str]] | None = None,
               larger: Collection[tuple[str, str]] = (),
               together: Collection[frozenset[str]] = (), alike: Collection[frozenset[str]] = (),
               relatives: Collection[str] = (), kinned: Collection[frozenset[str]] = (),
               ages: Mapping[str, Collection[int]] | None = None, vowel_min_letters: int | None = None) -> dict[str, str]:
    """Map each name (display spelling → (entity type, count)) to a canonical spelling.

    Only spellings of one name merge — transliterations, initials, a surname alone — never two
    words (plural, demonym, adjective: Russian ≠ Russians, Malays ≠ Malaysia; ``_form``).
    People: full names (2+ words) merge when every word matches fuzzily (Sergey = Sergei Shoigu);
    a shorter form joins the one full name it fits as surname/containment ("Tokayev" →
    "Kassym-Jomart Tokayev"), exact surname first, and stays alone when it fits several — but not
    when the texts also write that word in lower case (``lower``: "House" of "White House", "Day" of
    "Election Day" are head nouns, not surnames) nor when the word has a plural or adjective among
    the names ("Democrats" of "House Democrats": a class of people). Other names merge when
    every word matches fuzzily (Organisation = Organization); an acronym joins the name whose
    initials it spells or that the text defines as "Long Name (ACR)". The canonical spelling has the
    most words, is not in capitals, then is the most used (``articles``: in most articles, then most
    mentions, then ``words``: its rarest word most often in the texts, inside other names too) — a
    typo is rarer than the name — then the longest. ``larger`` (``larger_places_in``): places whose
    abbreviation the texts write after them and a comma, a larger place ("New York, N.Y."), not them.
    A two-letter abbreviation never spells a holiday ("New Year"); a dotted state's written after a place and a
    comma ("Troy, N.Y.") only the state. ``together``: pairs of names written in one sentence; two people's
    names of as many words, or two lone words, so written are two names ("Michael Russo and his brother Michele
    Russo"; ``merge_variants`` leaves out a sentence about spelling and one giving them as alternatives), unless
    one is a slip written once. Two common surnames (``_COMMON_SURNAMES``: Sanders/Saunders), one of them written
    alone, are two families, unless a sentence gives them as one name's spellings (``alike``). ``relatives``: names written after a kin
    word ("his cousin Nikolas Pruitt"), which a listed given-name spelling (``_one_given_name``) does not join;
    ``kinned``: pairs of ``together`` written in a sentence with a kin word, never one name's slip; ``ages``: the
    ages written beside a name — two names with no age in common are never joined by those two rules (mend102).
    ``vowel_min_letters``: the shortest surname whose second letter, a back vowel, may be transliterated two ways
    (``_vowel_class_spelling``; ``options.name_back_vowel_min_letters``; None: the default options').
    """
    groups: Groups[str] = Groups()  # union-find: SciPy connected components (accord.graph)
    toks = {n: _tokens(n) for n in names}
    uses: Counter[str] = Counter()  # mentions per spelling-neutral word (a typo is written once: ``_spelling``)
    for n, (_, count) in names.items():
        for t in set(toks[n]):
            uses[t] += count
    # articles per spelling-neutral word (``where``: the articles writing each name), for a typo one writer repeats
    spread: dict[str, set[str]] | None = None
    if where is not None:
        spread = {}
        for n in names:
            for t in set(toks[n]):
                spread.setdefault(t, set()).update(where.get(n, ()))
    kin = _patronymics({n: _written(n) for n in names}, toks)
    lower = {fold(w) for w in lower}
    singles = _prefix_index(toks[n][0] for n in names if len(toks[n]) == 1)

    def may_be_surname(word: str) -> bool:
        """Not a word the texts also write in lower case, nor one whose plural or adjective is a
        name too (Republican/Republicans, Democrat/Democratic: a class of people, not a surname)."""
        t = toks[word][0]
        return fold(word) not in lower and not any(_form(t, o) for o in singles.get(_start(t), ()) if o != t)
    people = [n for n, (label, _) in names.items() if label in PERSONAL and toks[n]]
    surnames = _prefix_index(toks[n][-1] for n in people if len(toks[n]) >= 2)
    # spaCy often tags a bare surname as ORG: "Nazarbayev" joins the people when a full name ends so
    people += [n for n, (label, _) in names.items()
               if label == "ORG" and len(toks[n]) == 1 and len(toks[n][0]) >= 4 and not _acronymish(n)
               and may_be_surname(n)
               and any(_close(toks[n][0], w, threshold, uses, spread, kin) for w in surnames.get(_start(toks[n][0]), ()))]
    # ... and a two- or three-word ORG ending in a person's lone surname is that person's full name
    lone = _prefix_index(toks[n][0] for n in people if len(toks[n]) == 1)
    listed = set(people)
    people += [n for n, (label, _) in names.items()
               if label == "ORG" and 2 <= len(toks[n]) <= 3 and n not in listed
               and all(w[:1].isupper() for w in n.replace("-", " ").split())
               and any(_close(toks[n][-1], w, threshold, uses, spread, kin) for w in lone.get(_start(toks[n][-1]), ()))]
    people_set = set(people)

    def once(a: str) -> bool:
        """(mend102) a lone surname written by one article only: near the one full name it fits, that outlet's
        slip ("Mr. Saunders" beside "Sen. Bernie Sanders"); written by two or more, another family."""
        return where is not None and len(where.get(a, ())) == 1
    others = [n for n in names if n not in people_set and toks[n]]

    def two_ages(a: str, b: str) -> bool:
        """Whether both names have an age written beside them and none in common ("Maria Lopez, 45" / "Mariah
        Lopez, 19"): two people of one surname."""
        x, y = (ages or {}).get(a, ()), (ages or {}).get(b, ())
        return bool(x) and bool(y) and not set(x) & set(y)

    def apart(a: str, b: str) -> bool:
        """Written in one sentence (``together``), so two people — unless one spelling is a slip of the other
        written once in the whole story beside the other written more (variants71: "Jacinda Ardern said …, and
        Jacinda Arden added"): one word of five letters or more differs by one letter dropped, added or swapped."""
        if frozenset((a, b)) not in together:
            return False
        ta, tb = toks[a], toks[b]
        diff = [i for i, (x, y) in enumerate(zip(ta, tb)) if x != y]
        # (mend102) only a surname's slip — the last word, the given names the same — never two given names
        # (Daniel/Daniela, Louis/Louise Martin), nor in a sentence with a kin word, nor of two ages
        if len(ta) != len(tb) or diff != [len(ta) - 1] or frozenset((a, b)) in kinned or two_ages(a, b):
            return True
        i = diff[0]
        wa, wb = _written(a), _written(b)
        if len(wa) != len(ta) or len(wb) != len(tb) or min(len(wa[i]), len(wb[i])) < 5 or not _one_typo(wa[i], wb[i]):
            return True
        return not min(uses[ta[i]], uses[tb[i]]) <= 1 < max(uses[ta[i]], uses[tb[i]])
    # people: full names first
    full = [n for n in people if len(toks[n]) >= 2]
    for a, b in _pairs(full, lambda n: _start(toks[n][-1])):  # same surname start: the only pairs that can match
        ta, tb = toks[a], toks[b]
        if len(ta) == len(tb) and ta != tb and apart(a, b):
            continue  # one sentence naming both: two people ("Michael Russo and his brother Michele Russo")
        short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if short[-1] == long[-1] and (_greek_h(short[0], long[0]) or (
                _one_given_name(short[0], long[0]) and a not in relatives and b not in relatives
                and not two_ages(a, b))):
            short = (long[0],) + short[1:]  # Nicholas/Nicolas Maduro, Nikolas/Nicholas Cruz, Sara/Sarah Lopez
        # one given name: the surnames' vowels are a slip, not two families (Magnus Carlsen/Carlson)
        fam = () if short[0] == long[0] else kin
        if _close(short[0], long[0], threshold, uses, spread, fam) and not _gendered(short[0], long[0]) \
                and _seq_match(short, long, threshold, uses, spread, fam) and _same_numbers(a, b):
            groups.join(a, b)
    # precision71/mend109: one given name, the surname's second letter a back vowel written two ways (Andriy
    # Parubiy/Porubiy, Mohamed Morsi/Mursi): blocked on the given names and the surname but that letter. Every
    # guard of the loop above holds: the whole names' similarity (``threshold``), one sentence naming both
    # (``apart``), two ages, a kin word, a -son/-sen family (``kin``: Larson/Lorson)
    if vowel_min_letters is None:
        from accord.options import DEFAULT
        vowel_min_letters = DEFAULT.name_back_vowel_min_letters

    def given_and_surname(n: str) -> object:
        t = toks[n]
        return tuple(_GIVEN.get(w, w) for w in t[:-1]), t[-1][:1] + t[-1][2:]
    for a, b in _pairs(full, given_and_surname):
        ta, tb = toks[a], toks[b]
        if groups.find(a) == groups.find(b) or len(ta) != len(tb) or apart(a, b) or two_ages(a, b) \
                or a in relatives or b in relatives or ta[-1] in kin or tb[-1] in kin \
                or fuzz.ratio(" ".join(ta), " ".join(tb)) < threshold or not _same_numbers(a, b):
            continue
        if _vowel_class_spelling(ta[-1], tb[-1], vowel_min_letters, spread):
            groups.join(a, b)
    by_surname: dict[str, list[str]] = {}
    for b in full:
        by_surname.setdefault(_start(toks[b][-1]), []).append(b)
    for a in people:
        if len(toks[a]) >= 2 or not may_be_surname(a) or "." in a:
            continue  # (variants70) a dotted abbreviation is no surname: "U.N." is not Kim Jong-un's "un"
        word = toks[a][0]
        near = by_surname.get(_start(word), [])
        exact = {groups.find(b) for b in near if toks[b][-1] == word}
        fuzzy = {groups.find(b) for b in near if _close(word, toks[b][-1], threshold, uses, spread, kin)
                 and not (_two_surnames(word, toks[b][-1]) and frozenset((a, b)) not in alike and not once(a))}
        target = exact if exact else fuzzy
        if len(target) == 1:
            groups.join(next(iter(target)), a)
    single_names = [a for a in people if len(toks[a]) == 1]
    full_roots = {groups.find(b) for b in full}
    attached = {a for a in single_names if groups.find(a) in full_roots}  # joined to a full name above
    for a, b in _pairs(single_names, lambda n: _start(toks[n][0])):  # spellings of a lone surname (Tokaev = Tokayev)
        if (a in attached and b in attached) or "." in a + b \
                or (toks[a] != toks[b] and apart(a, b)) \
                or (_two_surnames(toks[a][0], toks[b][0]) and frozenset((a, b)) not in alike) \
                or not _close(toks[a][0], toks[b][0], threshold, uses, spread, kin) \
                or not _same_short(a, b):
            continue  # never glue two different full names through their surnames
        groups.join(a, b)
        attached |= {a, b} if (a in attached or b in attached) else set()
    # other names: word-by-word fuzzy match of equal length
    for a, b in _pairs(others, lambda n: (len(toks[n]), _start(toks[n][0]))):
        ta, tb = toks[a], toks[b]
        if len(ta) == 1 and ta != tb and (apart(a, b) or (_two_surnames(ta[0], tb[0]) and frozenset((a, b)) not in alike)):
            continue  # a lone surname spaCy read as an organisation: "Sanders …, but Saunders disagreed"
        if _compatible(names[a][0], names[b][0], len(ta)) \
                and all(_close(x, y, threshold, uses, spread, kin) for x, y in zip(ta, tb)) \
                and _same_numbers(a, b) and _same_short(a, b) and not any(map(_place_form, ta, tb)):
            groups.join(a, b)
    # acronyms
    folded = {fold(n): n for n in names}
    after_places = {acr for _, acr in larger}  # abbreviations the texts write as a place's state ("Troy, N.Y.")
    by_initials: dict[str, set[str]] = {}
    for b in names:
        if len(toks[b]) >= 2 and not _acronymish(b):  # "U.S. Navy" does not spell "UN"
            for minor in (False, True):
                by_initials.setdefault(_initials(_written(b), minor), set()).add(b)
    for a in names:
        if not ACRONYM.fullmatch(a.replace(".", "")):
            continue
        acr = a.replace(".", "").lower()
        long_name = definitions.get(a.replace(".", ""))
        if long_name is not None and fold(long_name) in folded:
            groups.join(folded[fold(long_name)], a)
            continue
        state = _STATE_INITIALS.get(acr) if "." in a and acr in after_places else None
        cands = {groups.find(b) for b in by_initials.get(acr, ()) if b != a
                 and (len(acr) > 2 or (names[b][0] == names[a][0]  # two letters: same entity type too,
                                       and _written(b)[-1] not in _CALENDAR))  # never a holiday's name
                 and (state is None or " ".join(_written(b)) == state)  # "N.Y.": only the state
                 and not (names[b][0] in ("GPE", "LOC") and (fold(b), acr) in larger)}
        if len(cands) == 1:
            groups.join(next(iter(cands)), a)
    # canonical spelling per group (see the docstring); never an acronym when a long name exists
    members: dict[str, list[str]] = {}
    for n in names:
        members.setdefault(groups.find(n), []).append(n)
    spread_n, freq = articles or {}, words or {}

    def used(n: str) -> int:
        return min((freq.get(w, 0) for w in n.lower().split()), default=0)

    out: dict[str, str] = {}
    for group in members.values():
        if len(group) == 1:  # (a name of one spelling is its own canonical one: nothing to weigh)
            out[group[0]] = group[0]
            continue
        best = min(group, key=lambda n: (-len(toks[n]), n.isupper() and len(n) > 6, -spread_n.get(n, 0),
                                         -names[n][1], -used(n), -len(n), n))
        for n in group:
            out[n] = best
    return out


def definitions_in(texts: list[str]) -> dict[str, str]:
    """Acronyms the texts define as "Long Name (ACR)", mapped to the long name."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINITION.finditer(text):
            words = m.group(1).split()
            acr = m.group(2)
            # keep the trailing words whose initials spell the acronym, when they do; else all
            for k in range(len(words), 0, -1):
                tail = words[-k:]
                if _initials(_written(" ".join(tail)), False) == acr.lower() or _initials(_written(" ".join(tail)), True) == acr.lower():
                    out.setdefault(acr, display_name(" ".join(tail)))
                    break
    return out


# mend89: "New York, N.Y.", "Kansas City, Mo.": a place, a comma, then an abbreviation is the city and its
# state (the larger place), even when the abbreviation spells the city's initials.
_PLACE_THEN_ABBREVIATION = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*),\s+((?:[A-Z]\.){2,}|[A-Z]{2,6}\b)")


def larger_places_in(texts: list[str]) -> set[tuple[str, str]]:
    """(folded name, acronym in lower case) for each "Name, ABBR" the texts write, every tail of the name."""
    out: set[tuple[str, str]] = set()
    for text in texts:
        for m in _PLACE_THEN_ABBREVIATION.finditer(text):
            words, acr = m.group(1).split(), m.group(2).replace(".", "").lower()
            out.update((fold(" ".join(words[-k:])), acr) for k in range(1, len(words) + 1))
    return out


# A sentence about a name's spelling writes its spellings side by side ('spelled her name "Betty," … "Bettie"',
# "the Berenstain Bears, not Berenstein"): no sign of two people.
_SPELLING_TALK = re.compile(r"\b(?:mis)?spel(?:l|ls|led|t|ling|lings)\b", re.I)


_ALTERNATE_GAP = re.compile(r"\s*(?:/|\((?:or |aka |also )?|\bor\b|\baka\b|\ba\.k\.a\.)\s*")
_ALTERNATE_MARK = re.compile(r"[/(]|\bor\b|\baka\b|\ba\.k\.a\.")


def _alternates(text: str, a: str, b: str) -> bool:
    """Whether a sentence gives two names as alternatives ("the Berenstein Bears/Berenstain Bears debate",
    "Tokayev (or Tokaev)"): one name's spellings, not two people. Read with one compiled pattern at each
    place the first name ends (a pattern built per pair of names overflowed the regex cache: +25% of a brief)."""
    if not _ALTERNATE_MARK.search(text):
        return False
    for x, y in ((a, b), (b, a)):
        at = text.find(x)
        while at >= 0:
            gap = _ALTERNATE_GAP.match(text, at + len(x))
            if gap and text.startswith(y, gap.end()):
                return True
            at = text.find(x, at + 1)
    return False


def _copy_roots(copies: Mapping[str, str]) -> Callable[[str], str]:
    """The original article of a wire copy (following copies of copies), else the article itself."""
    def root(a: str) -> str:
        seen = {a}
        while a in copies and copies[a] not in seen:
            a = copies[a]
            seen.add(a)
        return a
    return root


def merge_variants(sentences: "Iterable[Sentence]", threshold: float | None = None,
                   copies: Mapping[str, str] | None = None, vowel_min_letters: int | None = None) -> list[Variant]:
    """Rewrite entity values (and quote speaker labels) to one canonical key per name, across all
    ``sentences``; return the names written more than one way (``copies``: wire copy -> original, read
    as one article when counting a typo).

    Idempotent: names are matched on each mention's surface text, so calling it again (for
    instance once per story after ``analyse_many`` already merged) gives the same keys.
    """
    from accord.options import DEFAULT

    sentences = list(sentences)
    threshold = DEFAULT.name_similarity if threshold is None else threshold
    labels: dict[str, Counter[str]] = {}
    for sent in sentences:
        for m in sent.mentions:
            if m.kind == "entity":
                name = display_name(m.text) or str(m.value)
                labels.setdefault(name, Counter())[m.label or ""] += 1
    names = {n: ("PERSON" if c["PERSON"] else c.most_common(1)[0][0], sum(c.values())) for n, c in labels.items()}
    spread: dict[str, set[str]] = {}
    for sent in sentences:
        for m in sent.mentions:
            if m.kind == "entity":
                spread.setdefault(display_name(m.text) or str(m.value), set()).add(sent.article)
    root = _copy_roots(copies or {})
    written: dict[str, set[str]] = {}  # articles writing each name, a wire copy as its original (a typo's count)
    for n, arts in spread.items():
        written[n] = {root(a) for a in arts}
    relatives: set[str] = set()  # full names written beside a kin word (``_one_given_name``)
    ages: dict[str, set[int]] = {}  # ages written beside a full name ("Maria Lopez, 45,")
    for sent in sentences:
        for m in sent.mentions:
            if m.kind != "entity" or " " not in m.text or m.label != "PERSON" or m.end <= m.start:
                continue
            before, after = sent.text[max(0, m.start - 40):m.start], sent.text[m.end:m.end + 60]
            if _KIN_BEFORE.search(before) or _KIN_AFTER.search(after):
                relatives.add(display_name(m.text))
            age = age_beside(sent.text, m.start, m.end)
            if age is not None:
                ages.setdefault(display_name(m.text), set()).add(age)
    together: set[frozenset[str]] = set()  # names written in one sentence (two people: ``merge_keys``)
    kinned: set[frozenset[str]] = set()  # ... in a sentence with a kin word ("Daniel Ortiz and his daughter Daniela")
    alike: set[frozenset[str]] = set()  # ... or given as one name's spellings ("A/B", "misspelled B")
    for sent in sentences:
        here = {display_name(m.text) or str(m.value) for m in sent.mentions if m.kind == "entity"}
        if len(here) < 2:
            continue
        talk = bool(_SPELLING_TALK.search(sent.text))
        kin_here = bool(_KIN_ANY.search(sent.text))
        for x in here:
            for y in here:
                if x < y:
                    pair = frozenset((x, y))
                    (alike if talk or _alternates(sent.text, x, y) else together).add(pair)
                    if kin_here:
                        kinned.add(pair)
    texts = [s.text for s in sentences]
    counts = features.story_words(tuple(texts))  # (read by analysis too) each distinct word once below
    lower = {t for t in counts if t[0].islower()}
    freq: dict[str, int] = {}  # (a plain dict: a Counter's += calls a Python method per new word)
    for t, c in counts.items():
        w = t.lower()
        freq[w] = freq.get(w, 0) + c
    canon = merge_keys(names, definitions_in(texts), threshold, lower=lower,
                       articles={n: len(a) for n, a in spread.items()}, words=freq, where=written,
                       larger=larger_places_in(texts), together=together, alike=alike, relatives=relatives,
                       kinned=kinned, ages=ages, vowel_min_letters=vowel_min_letters)
    group_labels: dict[str, Counter[str]] = {}
    for n, kinds in labels.items():
        group_labels.setdefault(canon.get(n, n), Counter()).update(kinds)
    person_groups = {canon.get(n, n) for n, (label, _) in names.items() if label == "PERSON"}
    old_to_new: dict[str, str] = {}
    for sent in sentences:
        for m in sent.mentions:
            if m.kind == "entity":
                name = display_name(m.text) or str(m.value)
                new = canon.get(name, name)
                old_to_new[str(m.value)] = new
                old_to_new[name] = new
                m.value = new
                m.label = "PERSON" if new in person_groups else group_labels[new].most_common(1)[0][0] or m.label
    for sent in sentences:
        for m in sent.mentions:
            if m.kind == "quote" and m.label is not None:
                m.label = old_to_new.get(m.label, m.label)
    spellings: dict[str, list[str]] = {}
    for name, key in canon.items():
        spellings.setdefault(key, []).append(name)
    # a nationality is read only against a place's name (Asia/Asian), never a person's (Vardan/Vardanyan)
    places = {t for n, (label, _) in names.items() if label in ("GPE", "LOC") for t in _tokens(n)}
    # a surname-like head noun, alone or ending a name, written after "the" is an institution's (the White House)
    joined = " ".join(texts)
    the_names = {n for n in names if fold(n.split()[-1]) in SURNAME_HEADS and (f"the {n}" in joined or f"The {n}" in joined)}
    shown = (_shown(key, v, key in person_groups, {n: names[n][0] for n in v}, places, the_names)
             for key, v in sorted(spellings.items()))
    return [g for g in shown if g is not None]


# -- what the brief shows as one name's spellings (variants67) ---------------------------------------
# The merge above also feeds quotes' speakers, disagreements' anchors and support's parties, where a
# role word glued on or a head noun read as a surname does no harm; the "Name variants" list tells the
# reader that its strings are spellings of one name, so it shows only those (a display filter: keys stay).
# Words written before a person's name that say what the person is, not who (a closed list: offices,
# ranks, church titles, parties, sports positions; their plurals too: "Republican Senators Cory Gardner").
ROLE_WORDS = TITLES | frozenset(
    "president-elect vice-president deputy acting interim former independent special chief senior assistant "
    "undersheriff sheriff monsignor msgr sister "
    "brother father fr rev reverend bishop archbishop cardinal rabbi imam sheikh counsel attorney inspector "
    "detective det officer sgt sergeant cpl corporal pvt lieutenant commander admiral judge justice mayor "
    "executive manager owner coach chairman chairwoman chair director ambassador spokesman spokeswoman "
    "spokesperson mp mep democrat republican liberal conservative fullback quarterback linebacker "
    "cornerback receiver pitcher goalkeeper striker team "
    # variants69: military ranks of several words ("Senior Airman", "Airman First Class", "Petty Officer 2nd
    # Class", "Staff Sgt."): cut whole, never half ("Airman Ivan Cooper"). Not "lance" (Lance Armstrong),
    # nor "marine" (Marine Le Pen), nor "marshal" alone (Marshal Yanda: ``_MARSHAL``).
    "airman seaman trooper ensign private pfc specialist spc petty staff master technical warrant gunnery "
    "brigadier first second third class 1st 2nd 3rd apprentice "
    "councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman "
    "commissioner superintendent trustee constable warden".split())
# A lone word that ends a longer name as its head noun (a place's, a body's, a work's), not a surname:
# "White House" / "House", "State Route" / "Route". Common surnames (Hill, Park, Church) are not listed;
# those that are surnames too (``SURNAME_HEADS``: Bruce Arena, Picabo Street) are a head noun only when the
# longer name is an institution's (mend87).
HEAD_NOUNS = frozenset(
    "house route road street avenue boulevard highway freeway center centre bureau office department agency "
    "ministry committee council commission school college university hospital clinic club games class scale "
    "act company corporation airport station stadium arena museum cathedral square county province district "
    "award awards prize festival league conference".split())
SURNAME_HEADS = frozenset("house street arena road games hall".split()) & HEAD_NOUNS
GENERATIONAL = NAME_SUFFIXES  # "Mark Felt Sr" / "Sr": a suffix, not the name
# "Taliban-controlled", "Kremlin-connected", "rebel-held": a participle glued on, not part of the name; a closed
# list of heads (mend87), so a hyphenated given name stays (Ya-ting Chen, Wei-ming Lin, Mei-ling Soong)
_MODIFIER = re.compile(r"^[A-Z][\w.]*-(?:controlled|led|backed|based|born|connected|held|run|owned|funded|linked|"
                       r"allied|aligned|affiliated|supported|sponsored|occupied|ruled|governed|dominated|"
                       r"bound|made|built|hit|torn|ravaged|stricken|leaning|friendly|era|style)$")
# Honorifics that are the usual part of a person's name: "Sheikh Hasina" is her name, not a title before it
NAME_TITLES = frozenset("sheikh sheik sheikha shaikh".split())


def _demonym_of(word: str, place: str) -> bool:
    """Whether a (spelling-neutral) word is the demonym of another: Asia/Asian, Korea/Korean
    (-n after a vowel), Italy/Italian (-an after i), Iran/Iranian, Japan/Japanese; not Jord/Jordan."""
    if len(place) < 4 or not word.startswith(place) or word == place:
        return False
    end = word[len(place):]
    return (end == "n" and place[-1] in "aeiou") or (end == "an" and place[-1] == "i") or end in ("ian", "ese")


def _role(w: str) -> bool:
    w = w.lower().rstrip(".")
    return w in ROLE_WORDS or (w.endswith("s") and w[:-1] in ROLE_WORDS)


# mend89: "Marshal" is a rank only after the words of a rank of several (Field Marshal, Air (Chief/Vice)
# Marshal, Fire Marshal, U.S. Marshal, Provost Marshal, Deputy Marshal); alone it is as often a given name
# (Marshal Yanda), and then it stays in the list.
_MARSHAL = frozenset("marshal marshals vice-marshal".split())
_MARSHAL_OF = frozenset("field air fire us provost fleet federal grand sky town city county state deputy chief "
                        "vice".split())


def _roles(words: Sequence[str]) -> list[bool]:
    """Which words are role words (``_role``), a rank's "Marshal" and the words before it in that rank too."""
    out = [_role(w) for w in words]
    for i, w in enumerate(words):
        if i and w.lower() in _MARSHAL and words[i - 1].lower().replace(".", "") in _MARSHAL_OF:
            out[i] = True
            j = i - 1
            while j >= 0 and (out[j] or words[j].lower().replace(".", "") in _MARSHAL_OF):
                out[j] = True
                j -= 1
    return out


def shown_name(name: str, person: bool, others: Collection[str] = ()) -> str:
    """A spelling as the brief shows it: without a leading "Taliban-controlled"-like modifier and, for a
    person, without the role words before the name ("Owner Arte Moreno" → "Arte Moreno") when another
    spelling of the group ends as the name does ("Moreno") and the name ends in no head noun (not
    "Conservative Political Action Conference")."""
    words = name.split(" ")
    if len(words) >= 2 and _MODIFIER.match(words[0]) and words[1][:1].isupper():
        words = words[1:]
    last = fold(words[-1])
    if person and last not in HEAD_NOUNS and any(o != name and fold(o).split()[-1:] == [last] for o in others):
        cut = 0  # a leading run only (never "Bishop" in "Sanford Bishop Jr")
        roles = _roles(words)
        while cut < len(words) - 1 and roles[cut]:
            cut += 1
        rest = words[cut:]
        if cut and rest[0][:1].isupper() and fold(rest[0]) not in GENERATIONAL \
                and not (len(rest) == 1 and words[cut - 1].lower() in NAME_TITLES):
            words = rest
    return " ".join(words)


def _lone_word_of_another_thing(word: str, label: str, longer: list[str], places: Collection[str],
                                labels: dict[str, str] | None = None, the_names: Collection[str] = ()) -> bool:
    """Whether a one-word member of a group with longer names is no spelling of them: a generational
    suffix ("Sr", "J.R."), the head noun that ends one of them ("House" of "White House"), or a
    nationality: typed so, or a word of another name of the story with a demonym ending ("Asian" of
    "Central Asia"; never a plural's: "Williams" of "William Barr" stays a surname). A head noun that is a
    surname too ends an institution's name only if that name is not typed a person's, holds only role words
    before it ("Conservative House"), or it or the word is written after "the" (``the_names``): "House" of
    "the White House" goes, "Arena" of "Bruce Arena" stays."""
    if " " in word:
        return False
    f = fold(word)
    if f in GENERATIONAL:
        return True
    if _acronymish(word):
        return False
    if f in HEAD_NOUNS and any(fold(n).split()[-1] == f and (
            f not in SURNAME_HEADS or word in the_names or n in the_names
            or (labels or {}).get(n, "PERSON") != "PERSON" or all(_role(w) for w in n.split()[:-1])) for n in longer):
        return True
    t = skeleton(f)
    return label == "NORP" or any(_demonym_of(t, p) for p in places if p[:3] == t[:3])


def _shown(key: str, spellings: list[str], person: bool, labels: dict[str, str],
           places: Collection[str] = (), the_names: Collection[str] = ()) -> Variant | None:
    """The group as the brief lists it, or None when fewer than two spellings of one name are left."""
    longer = [n for n in spellings if " " in n.strip()]
    out: list[str] = []
    for n in spellings:
        if longer and _lone_word_of_another_thing(n, labels.get(n, ""), longer, places, labels, the_names):
            continue
        s = shown_name(n, person, spellings)
        if s not in out:
            out.append(s)
    name = shown_name(key, person, spellings)
    if len(out) < 2 or name not in out or fold(name) in GENERATIONAL:  # never a suffix as the name ("Jr")
        return None
    return Variant(name=name, variants=sorted(out, key=lambda n: (n != name, n)))
