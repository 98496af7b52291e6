"""People's ranks and names: the slots of a person rather than of a figure.

- **Rank or title**: a person named with a rank of one ladder ("assistant professor" / "associate
  professor", "Lt. Col." / "lieutenant", "sergeant" / "captain") in one article and another rank of
  the same ladder in another. Ranks come from the words right before the name ("Sgt. Hoyt Teasley")
  or its apposition ("Matthew Kanan, an associate professor of chemistry"); different ladders
  (a professor who is also a lieutenant) are never compared.
  An actor named in brackets after a rank ("Lt. Colonel Packard (Samuel L. Jackson)", "an irascible
  lieutenant (Samuel L. Jackson)") gives the rank of the part the actor plays, compared the same way.
- **Name in a role**: two articles that give one role, in the same words, to two people who share
  a first name or a surname and differ in the other part ("police arrested Daniel Harrison" /
  "police arrested Daniel Morrison", Dale / David Stevens), when no article names both: a different
  name, not a spelling or a short form (Catherine/Katherine, Jon/Jonathan are never one). Names
  are compared as each mention writes them: a name merged with another into one person ("Brian
  Dalton" into "Bryant Dalton") is still its own side. The same post written right before both names
  ("FBI director Herbert Hoover" / "founding director J. Edgar Hoover") is one role however unlike the
  sentences are otherwise; kinship ("his grandson Nick Jones") is no post, and a name written with
  it is one of a family: another given name with the same surname is another relative (two
  grandsons), never the same person named two ways; so are two given names of one surname each written with
  an age ("Driver Paul Marsh, 29" / "Dean Marsh, 29, was also hurt": precision71).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from accord import tfidf
from accord.analyse.entities import age_beside
from accord.disagree.slots import Order
from accord.disagree.record import Record
from accord.model import Disagreement, Sentence, Side
from accord.options import DEFAULT, Options
from accord.words import FUNCTION_WORDS, MONTHS, NAME_SUFFIXES, WEEKDAYS, same_given_name

# Ladders of ranks, lowest first. Each entry: the rank's name and the spellings that mean it.
LADDERS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "academic": [("lecturer", ("lecturer",)), ("assistant professor", ("assistant professor",)),
                 ("associate professor", ("associate professor",)),
                 ("professor", ("full professor", "professor", "prof."))],
    "military": [("private", ("private", "pvt.")), ("corporal", ("corporal", "cpl.")),
                 ("sergeant", ("sergeant", "sgt.", "staff sergeant")),
                 ("lieutenant", ("lieutenant", "lt.", "second lieutenant", "first lieutenant")),
                 ("captain", ("captain", "capt.")), ("major", ("major", "maj.")),
                 ("lieutenant colonel", ("lieutenant colonel", "lt. colonel", "lt. col.", "lt col")),
                 ("colonel", ("colonel", "col.")), ("general", ("general", "gen.", "brigadier general",
                                                                 "major general", "lieutenant general"))],
    "naval": [("commander", ("commander", "cmdr.", "cdr.")), ("commodore", ("commodore", "cdre.")),
              ("rear admiral", ("rear admiral", "rear adm.")), ("vice admiral", ("vice admiral", "vice adm.")),
              ("admiral", ("admiral", "adm."))],
    "prosecutor": [("assistant district attorney", ("assistant district attorney", "deputy district attorney",
                                                    "assistant da", "assistant d.a.")),
                   ("district attorney", ("district attorney", "d.a.")),
                   ("assistant U.S. attorney", ("assistant u.s. attorney", "assistant united states attorney")),
                   ("U.S. attorney", ("u.s. attorney", "united states attorney"))],
    # a company's chief officers: one person is one of them at a time (not a ladder, but two of them
    # for one person in two articles cannot both be true; "president" is left out: "president and CEO")
    "executive": [("chief financial officer", ("chief financial officer", "cfo")),
                  ("chief operating officer", ("chief operating officer", "coo")),
                  ("chief executive", ("chief executive officer", "chief executive", "ceo"))],
}
_RANKS = sorted(((spelling, ladder, name) for ladder, ranks in LADDERS.items() for name, spellings in ranks
                 for spelling in spellings), key=lambda r: -len(r[0]))
_RANK = "|".join(re.escape(s) for s, _, _ in _RANKS)
_BEFORE = re.compile(rf"(?:^|[^\w.])({_RANK})\s*$", re.I)  # "Lt. Col. Packard", "Sgt. Teasley"
_INSIDE = re.compile(rf"^({_RANK})\s+", re.I)
# "Kanan, an associate professor", "Munro, who is the COO", "Munro is chief executive"
_APPOSITION = re.compile(rf"^\s*(?:,\s*(?:who\s+(?:is|was)\s+)?(?:an?|the)\s+|,\s*who\s+(?:is|was)\s+|\s+(?:is|was)\s+"
                         rf"(?:(?:an?|the)\s+)?)(?:[\w-]+\s+){{0,2}}?({_RANK})\b", re.I)


def _rank(spelling: str) -> tuple[str, str] | None:
    low = " ".join(spelling.lower().split())
    for s, ladder, name in _RANKS:
        if s == low:
            return ladder, name
    return None


_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z]\.")


def _titled(name: str) -> bool:
    """"CEO Larry Munro": a person a name reader took for an organisation because an acronym title
    opens it (only the chief officers' titles; "General Electric Co" is a company)."""
    inside = _INSIDE.match(name)
    rank = _rank(inside.group(1)) if inside else None
    rest = name[inside.end():].split() if inside else []
    return bool(rank and rank[0] == "executive" and 2 <= len(rest) <= 3
                and all(_NAME_WORD.fullmatch(w) for w in rest))


# the body a rank is of, written after it ("associate professor of chemistry at Westbrook University",
# "CEO Larry Munro of Hartwell Foods") or right before it ("Hartwell Foods chief operating officer").
# Not "in": "Professor Kanan in Boston", "took command in March" name a place or a time, not a body.
_ORG_AFTER = re.compile(r"\s+(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*)*)")
_ORG_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w&'’-]*\s+)*[A-Z][\w&'’-]*?)(?:'s|’s|')?\s+$")
# capitalised words that name no body: a sentence's opening connective or time word ("But Commodore
# Royce", "Yesterday Capt. Royce", "When Capt. Royce"), a weekday or a month
_NOT_BODY = frozenset("""a an the and but or nor so yet then when while after before since as if though although
because however meanwhile also still now today yesterday tonight earlier later last next this that these those
he she it they we i his her their its in on at by for from with to of""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def _org(before: str, after: str) -> frozenset[str]:
    """The words of the body a rank is held at, from the words right ``before`` the rank and ``after``
    it (or after the name the rank is written before), up to the clause's end. A lone capitalised word
    opening the sentence is not known to be a name ("Police", "Prosecutors"), and connectives, weekdays
    and months are never a body's words (review127)."""
    words: set[str] = set()
    m = _ORG_BEFORE.search(before)
    if m:
        run = m.group(1).split()
        if not before[:m.start(1)].strip() and len(run) == 1:
            run = []  # the sentence's first word: capitalised because it opens the sentence
        words |= {w.lower() for w in run}
    clause = re.split(r"[,;]|\s(?:and|who|which|said|says)\s", after[:100])[0]
    for o in _ORG_AFTER.finditer(clause):
        words |= {w.lower() for w in o.group(1).split()}
    return frozenset(words - _NOT_BODY)


def _two_bodies(a: frozenset[str], b: frozenset[str]) -> bool:
    """Ranks at two bodies: both named, neither's words within the other's ("Westbrook University" /
    "Westbrook" are one body; "Hartwell Foods" / "Dayton Mills" two)."""
    return bool(a and b and not a <= b and not b <= a)


def ranks(sentences: Sequence[Sentence]) -> list[tuple[str, str, str, Sentence, str, frozenset[str]]]:
    """(person key, ladder, rank, sentence, words as written, body it is held at) for every person named
    with a rank."""
    out = []
    for s in sentences:
        for e in s.of_kind("entity"):
            if not e.value or not (e.label == "PERSON" or (e.label == "ORG" and _titled(str(e.value)))):
                continue
            key = str(e.value)
            found = _BEFORE.search(s.text[max(0, e.start - 30):e.start]) or \
                _APPOSITION.match(s.text[e.end:e.end + 60])
            inside = _INSIDE.match(key)  # "Commodore Ravi Menon": a rank the name reader kept in the name
            if inside and len(key[inside.end():].split()) >= 2:
                found, key = found or inside, key[inside.end():]
            if found:
                rank = _rank(found.group(1))
                base = e.start if found is inside else e.end if found.re is _APPOSITION else max(0, e.start - 30)
                start, end = base + found.start(1), base + found.end(1)
                if rank and not _not_now(s, s.text[:start]):
                    after = s.text[end:] if found.re is _APPOSITION else s.text[e.end:]
                    out.append((key, rank[0], rank[1], s, found.group(1), _org(s.text[:start], after)))
            played = _PLAYED.search(s.text[max(0, e.start - 60):e.start]) if s.text[e.end:e.end + 1] == ")" else None
            rank = _rank(played.group(1)) if played else None
            if rank:  # "an irascible lieutenant (Samuel L. Jackson)": the rank of the part an actor plays
                assert played is not None  # ``rank`` is read from it
                out.append((f"the part {key} plays", rank[0], rank[1], s, played.group(1), frozenset()))
    return out


# a rank that is not the person's now, or only for a while ("former CEO", "then-Commander", "acting
# district attorney", "retired Col."), or one a verb of a change of post governs ("became commodore",
# "served as COO", "was named chief operating officer"): never compared. "new" in lower case only:
# "New York University Associate Professor" is a place's name.
_NOT_NOW_RANK = re.compile(r"(?:^|[^\w])(?:former|ex|then|onetime|one-time|retired|late|acting|interim|outgoing"
                           r"|incoming|future|(?-i:new)|previous|previously|formerly|once)[\s-]+(?:[\w.]+\s+){0,2}$",
                           re.I)
_CHANGE = re.compile(r"\b(?:promoted|demoted|elevated|appoint\w*|became|become|becomes|becoming|rose|risen"
                     r"|succeed\w*|replac\w*|resign\w*|retir\w*|served|serving|until)\b|\bfrom\s+(?:an?\s+|the\s+)?"
                     r"(?:" + _RANK + r")\b.{0,40}\bto\b|\b(?:named|made|served|serving|appointed|installed|elected|hired"
                     r"|chosen|took\s+over|stepped\s+in|sworn\s+in)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
                     re.I)
# a sentence telling a change of post: a verb of promotion governing a rank ("was promoted from
# assistant professor to associate professor", "promoted Kanan to associate professor", "was named
# chief operating officer"); not any word of that stem ("promoting a fake drug", "promotional contracts")
_PROMOTION = re.compile(r"\b(?:promoted|demoted|elevated|appointed|(?:was|were|been|being|is|be)\s+named)\b"
                        r"(?:\s+[\w.'’-]+){0,3}?\s+(?:(?:to|from|as)\s+)?(?:the\s+(?:rank|post|position|job|role)\s+of\s+)?"
                        r"(?:an?\s+|the\s+)?(?:" + _RANK + r")\b|\bfrom\s+(?:an?\s+|the\s+)?(?:" + _RANK
                        + r")\b.{0,60}\bto\s+", re.I)


def _not_now(s: Sentence, before: str) -> bool:
    """Whether a rank near a name in ``s``, ``before`` written right before it, is not the person's
    present one: a past, acting or coming post, or one the sentence tells a change to or from."""
    if _PROMOTION.search(s.text):
        return True  # "was promoted from assistant professor to associate professor"
    return bool(_NOT_NOW_RANK.search(before[-40:]) or _CHANGE.search(before[-40:]))


# a rank, perhaps a character's name after it, then the actor in brackets: "Lt. Colonel Packard (Samuel
# L. Jackson", "an irascible lieutenant (Samuel L. Jackson"
_PLAYED = re.compile(rf"(?:^|[^\w.])({_RANK})(?:\s+[A-Z][\w'’-]+){{0,2}}\s*\(\s*$", re.I)


def rank_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT
                       ) -> list[Disagreement]:
    """One person given two ranks of one ladder, or two titles that cannot both be true
    (``title_disagreements``), by different articles."""
    by_person: dict[tuple[str, str], dict[str, list[tuple[Sentence, str]]]] = {}
    bodies: dict[tuple[str, str], dict[str, set[frozenset[str]]]] = {}
    for person, ladder, rank, s, words, body in ranks(sentences):
        by_person.setdefault((person, ladder), {}).setdefault(rank, []).append((s, words))
        bodies.setdefault((person, ladder), {}).setdefault(rank, set()).add(body)
    out = []
    for (person, ladder), per_rank in by_person.items():
        if len(per_rank) < 2:
            continue
        held = list(bodies[(person, ladder)].values())
        if any(_two_bodies(x, y) for i, a in enumerate(held) for b in held[i + 1:] for x in a for y in b):
            continue  # ranks at two bodies: two posts, perhaps at two times ("COO of Dayton Mills")
        articles = [{s.article for s, _ in items} for items in per_rank.values()]
        if len(set().union(*articles)) < 2 or any(a & b for i, a in enumerate(articles) for b in articles[i + 1:]):
            continue  # one article giving two ranks: a promotion told, not a disagreement
        sides = [_side(rank, items, order) for rank, items in per_rank.items()]
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        what = "title" if ladder == "executive" else "rank"  # a CEO and a COO: two titles, not ranks
        out.append(Disagreement(kind="other", about=f"{what} of {person}", values=sides, compatible=False,
                                type="conflict", anchor=person))
    ranked = {d.anchor for d in out if d.anchor is not None}  # each a rank's person
    return out + title_disagreements(sentences, order, ranked, options.title_surname_share)


# -- titles: a job named around a person ("Dave Marcus, security research manager for McAfee"; "Felt was
# deputy associate director of the FBI") -----------------------------------------------------------------
# the word a job title ends in
TITLE_HEADS = frozenset("""director manager president chairman chairwoman chair officer inspector marshal
secretary spokesman spokeswoman spokesperson commissioner superintendent supervisor coordinator editor
administrator chief treasurer dean principal counsel adviser advisor analyst researcher""".split())
# heads that are steps of one unit's hierarchy: the same words before two of them are two jobs
# ("communications manager" / "communications director")
_STEP_HEADS = frozenset("manager director president chairman supervisor coordinator chief administrator".split())
# words that make a title another, lower post ("deputy associate director" is not the associate director)
_LOWER = frozenset("deputy assistant associate vice under".split())
# words that say the title is not the person's now, or only for a while: never compared
_NOT_NOW = frozenset("former ex then onetime one-time retired late later acting interim outgoing incoming "
                     "new future".split())
_NOT_TITLE_WORD = r"(?!(?:a|an|the|with|of|for|at|in|on|to|from|by|who|which|whose|was|is|as)\s)"
_TITLE = (rf"(?P<title>(?:{_NOT_TITLE_WORD}[a-z][\w&'’-]*\s+){{0,5}}?(?P<head>" + "|".join(sorted(TITLE_HEADS))
          + r"))\b")
_OF = r"(?:\s+(?:of|for|at|with|in)\s+(?:the\s+)?(?P<org>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.&'’-]*)*))?"
# "Marcus, security research manager for McAfee", "Felt, an associate director at the FBI",
# "Felt, who was associate director", "Felt was deputy associate director of the FBI"
_AFTER_NAME = re.compile(r"^\.?(?:\s*,\s*(?:who\s+(?:is|was|has\s+been)\s+)?|\s+(?:is|was|has\s+been)\s+)"
                         r"(?:(?:an?|the)\s+)?" + _TITLE + _OF)


@dataclass
class Title(Record):
    """One job title given to a person in one sentence."""

    person: str  # the surname
    given: str  # the given name written with it, if any
    words: tuple[str, ...]  # the title's words, lower case
    org: frozenset[str]  # the body it is a title of, as words
    sentence: Sentence
    written: str


_SUFFIX = NAME_SUFFIXES | {"jr.", "sr."}


def _surname(name: str) -> tuple[str, str]:
    """(surname, given name) of a person's name, a suffix ("Sr.") left out."""
    words = [w for w in name.split() if w.lower() not in _SUFFIX]
    return (words[-1], words[-2] if len(words) >= 2 else "") if words else ("", "")


def titles(sentences: Sequence[Sentence]) -> list[Title]:
    """Every job title told right after a person's name (an apposition or "is"/"was"). A surname
    the story names a person by elsewhere counts where a name reader missed it ("Felt was ...": a
    verb to a tagger at the start of a sentence)."""
    known = {_surname(str(e.value))[0] for s in sentences for e in s.of_kind("entity")
             if e.label == "PERSON" and len(str(e.value or "").split()) >= 2}
    known = {k for k in known if k[:1].isupper() and len(k) > 2}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(known)) + r")\b") if known else None
    out: list[Title] = []
    for s in sentences:
        spans = {(e.start, e.end) for e in s.of_kind("entity") if e.label == "PERSON" and e.value}
        if pattern is not None:
            spans |= {(m.start(), m.end()) for m in pattern.finditer(s.text)}
        ends: set[int] = set()
        for start, end in sorted(spans, key=lambda x: (x[1], x[0])):
            if end in ends:
                continue
            m = _AFTER_NAME.match(s.text[end:end + 160])
            if not m:
                continue
            ends.add(end)
            words = tuple(m.group("title").lower().split())
            if set(words) & _NOT_NOW or any(w == "and" and words[k - 1] in TITLE_HEADS for k, w in enumerate(words)):
                continue  # a title of the past, or two jobs in one ("president and chief executive")
            surname, given = _surname(" ".join(s.text[start:end].split()))
            if not surname[:1].isupper():
                continue
            org = frozenset(w.lower() for w in re.findall(r"[A-Za-z]{2,}", m.group("org") or ""))
            out.append(Title(surname, given, words, org, s, m.group("title")))
    return out


def _differ(a: Title, b: Title) -> bool:
    """Two titles one person cannot hold at once: the same job but for a word that makes it a lower
    post ("deputy associate director" / "associate director"), or the same words before two steps of
    one hierarchy ("communications manager" / "communications director"). Any other two titles may
    both be true (a spokesman who is also a senior adviser): never compared."""
    if a.words == b.words or (a.org and b.org and not a.org & b.org):
        return False  # the same title, or titles at two bodies
    x, y = set(a.words), set(b.words)
    if a.words[-1] == b.words[-1] and (x ^ y) and (x ^ y) <= _LOWER:
        return True
    return a.words[:-1] == b.words[:-1] and len(a.words) >= 2 and a.words[-1] != b.words[-1] and \
        {a.words[-1], b.words[-1]} <= _STEP_HEADS


def title_disagreements(sentences: Sequence[Sentence], order: Order, ranked: set[str] | None = None,
                        share: float = 0.67) -> list[Disagreement]:
    """One person given two titles that cannot both be true, by different articles; an article that
    gives the person both is left out (a promotion told, or two posts). A surname written alone is the
    person the story names by it most (``share`` of its mentions with a given name), else nobody's:
    "Felt" is Mark Felt in a story that also names his children once. ``ranked``: people whose ranks
    (``rank_disagreements``) already disagree."""
    found = titles(sentences)
    counts: dict[str, dict[str, int]] = {}
    for s in sentences:
        for e in s.of_kind("entity"):
            if e.label == "PERSON" and e.value:
                surname, first = _surname(str(e.value))
                if first and first[:1].isupper() and not first.endswith(".") and len(first) > 1:
                    per = counts.setdefault(surname, {})
                    key = next((g for g in per if same_given_name(g, first.lower())), first.lower())
                    per[key] = per.get(key, 0) + 1

    def who(t: Title) -> str | None:
        per = counts.get(t.person, {})
        if t.given and not t.given.endswith(".") and len(t.given) > 1:
            return next((g for g in per if same_given_name(g, t.given.lower())), t.given.lower())
        top = max(per.items(), key=lambda kv: kv[1], default=None)
        return top[0] if top and top[1] >= share * sum(per.values()) else None

    done = {_surname(name)[0] for name in ranked or ()}
    people: dict[tuple[str, str], list[Title]] = {}
    for t in found:
        given = who(t)
        if given is not None and t.person not in done:
            people.setdefault((t.person, given), []).append(t)
    out = []
    for (person, given), mine in sorted(people.items()):
        by_title: dict[tuple[str, ...], list[Title]] = {}
        for t in mine:
            by_title.setdefault(t.words, []).append(t)
        clash = [(a, b) for i, a in enumerate(by_title) for b in list(by_title)[i + 1:]
                 if _differ(by_title[a][0], by_title[b][0])]
        if not clash:
            continue
        values = sorted({w for pair in clash for w in pair}, key=lambda w: -len(by_title[w]))
        articles = [{t.article for t in by_title[w]} for w in values]
        if len(set().union(*articles)) < 2 or any(a & b for i, a in enumerate(articles) for b in articles[i + 1:]):
            continue  # one article giving two titles: a promotion told, or two posts
        sides = [_side(" ".join(w), [(t.sentence, t.written) for t in by_title[w]], order) for w in values]
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        full = max((f"{t.given} {person}".strip() for t in mine), key=len) if any(t.given for t in mine) \
            else f"{given.capitalize()} {person}"
        out.append(Disagreement(kind="other", about=f"title of {full}", values=sides, compatible=False,
                                type="conflict", anchor=full))
    return out


# -- credits: the people a work is written or directed by ("written by Dan Gilroy, Max Borenstein and
# Derek Connolly" / "from a script by Dan Gilroy and Max Borenstein") ----------------------------------
_CREDIT_NAME = r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+"
_CREDIT = re.compile(rf"\b(?P<role>co-written|written|co-wrote|scripted|script|screenplay|co-directed|directed)\s+by\s+"
                     rf"(?P<names>{_CREDIT_NAME}(?:\s*,\s*{_CREDIT_NAME})*(?:\s*,?\s+and\s+{_CREDIT_NAME})?)")
CREDIT_ROLES = {"co-written": "writers", "written": "writers", "co-wrote": "writers", "scripted": "writers",
                "script": "writers", "screenplay": "writers", "co-directed": "directors", "directed": "directors"}


def credits(sentences: Sequence[Sentence]) -> list[tuple[str, tuple[str, ...], str, Sentence]]:
    """(role, the credited people's surnames, the names as written, sentence) for every credit list of
    two or more people: who wrote or directed a work is one list, every name on it credited."""
    out = []
    for s in sentences:
        for m in _CREDIT.finditer(s.text):
            names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip()]
            if len(names) >= 2:
                out.append((CREDIT_ROLES[m.group("role")], tuple(sorted(n.split()[-1].lower() for n in names)),
                            ", ".join(names[:-1]) + " and " + names[-1], s))
    return out


def credit_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One work's writers (or directors) listed with a name more or less by different articles: the
    lists share a name (one work) and one holds the other; an article giving two lists (two works) is
    left out, and so is a story whose lists of one role share no name."""
    by_role: dict[str, dict[tuple[str, ...], list[tuple[Sentence, str]]]] = {}
    for role, names, written, s in credits(sentences):
        by_role.setdefault(role, {}).setdefault(names, []).append((s, written))
    out = []
    for role, lists in sorted(by_role.items()):
        if len(lists) != 2:
            continue  # one list everywhere, or three or more: two works, or more than one credit told apart
        (a, items_a), (b, items_b) = lists.items()
        if not (set(a) < set(b) or set(b) < set(a)):
            continue
        arts_a, arts_b = {x.article for x, _ in items_a}, {x.article for x, _ in items_b}
        if arts_a & arts_b:
            continue
        sides = [_side(items_a[0][1], items_a, order), _side(items_b[0][1], items_b, order)]
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        out.append(Disagreement(kind="name", about=f"{role} credited", values=sides, compatible=False,
                                type="conflict", anchor=f"credit:{role}"))
    return out


def _side(value: str, items: list[tuple[Sentence, str]], order: Order) -> Side:
    seen: dict[str, Sentence] = {}
    for s, _ in items:
        seen.setdefault(s.article, s)
    arts = order.sort(list(seen))
    return Side(value=items[0][1] if value != items[0][1].lower() else value, normalized=value, articles=arts,
                evidence=items[0][0].text, sentences=[seen[a].ref for a in arts])




def name_disagreements(sentences: Sequence[Sentence], order: Order, options: Options = DEFAULT) -> list[Disagreement]:
    """One role given to two people who share a first name and not the surname (see the module
    docstring): each article names only one of them, in sentences that say the same thing."""
    people: dict[str, list[Sentence]] = {}
    names_in: dict[str, set[str]] = {}
    merged: dict[str, str] = {}  # a name as written → the person it was merged into
    for s in sentences:
        for e in s.of_kind("entity"):
            written = " ".join(s.text[e.start:e.end].split())
            if e.label == "ORG" and _INITIALS.fullmatch(written) and len(written.split()) >= 2:
                name = written  # "A.J. Smith": a person a name reader took for a company by the initials
            elif e.label == "PERSON" and e.value and len(str(e.value).split()) >= 2:
                name = _as_written(str(e.value), s.text[e.start:e.end])
            else:
                continue
            if name:
                merged[name] = str(e.value) if e.label == "PERSON" else name
                people.setdefault(name, []).append(s)
                names_in.setdefault(s.article, set()).add(name)
    sharing: dict[tuple[int, str], list[str]] = {}  # (which part, the word) → names with it
    for key in sorted(people):
        words = key.lower().split()
        sharing.setdefault((0, words[-2]), []).append(key)
        sharing.setdefault((1, words[-1]), []).append(key)
    pairs = sorted({(a, b) for names in sharing.values() for i, a in enumerate(names) for b in names[i + 1:]})
    out = []
    told: set[frozenset[tuple[str, ...]]] = set()  # the names (given name, surname) already set apart
    for a, b in pairs:
        wa, wb = a.split(), b.split()
        if not _other_name(wa, wb, options):
            continue
        names = frozenset({tuple(w.lower() for w in wa[-2:]), tuple(w.lower() for w in wb[-2:])})
        if names in told:
            continue  # "Manager A.J. Smith" / "A.J. Butler" after "A.J. Smith" / "A.J. Butler": one slot
        if any(a in names and b in names for names in names_in.values()):
            continue  # one article names both: two people
        if wa[-1].lower() == wb[-1].lower() and (_kin(people[a], a) or _kin(people[b], b)):
            continue  # "Felt's grandson Nick Jones" / "Rob Jones, Felt's grandson": a family, two people
        if wa[-1].lower() == wb[-1].lower() and _two_of_a_family(people[a], people[b], wa[-2:], wb[-2:]):
            continue  # "Driver Paul Marsh, 29" / "Dean Marsh, 29, was also hurt": two people of one family
        # one person to the name merger (a given name written two ways): alike sentences are enough
        context = options.role_variant_context if merged.get(a) == merged.get(b) else options.role_context
        pair = _same_role(people[a], people[b], a, b, context, options) or _same_post(people[a], people[b], a, b) \
            or _same_company(people[a], people[b], a, b, options)
        if pair is None:
            continue
        sa, sb = pair
        told.add(names)
        sides = [_named_side(a, sa, people[a], order), _named_side(b, sb, people[b], order)]
        sides.sort(key=lambda x: order.key(x.articles[0]))
        out.append(Disagreement(kind="name", about=f"name in the same role: {a} / {b}",
                                values=sides, compatible=False, type="conflict", anchor=wa[0]))
    return out






# a given name in initials and a surname ("A.J. Smith", "J. R. Ewing")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’-]+")

# words before a surname that are a title, not a given name ("Mr. Dalton")
_TITLES = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. sgt sgt. lt lt. capt capt.
col col. det det. officer judge president sir lady lord""".split())


def _as_written(value: str, written: str) -> str:
    """The name a mention gives: as written when the merged entity's name (``value``) has the same
    surname and a given name that sounds different ("Brian Dalton" merged into "Bryant Dalton": a
    per-mention comparison finds it), else the entity's name (a spelling, an accent, a middle name:
    "Raúl" / "Raul", "Bettie Mae" / "Betty", "Kathryn" / "Catherine" are one name)."""
    words, parts = value.split(), " ".join(written.split()).split()
    if len(parts) < 2 or parts == words or _fold(parts[-1]) != _fold(words[-1]):
        return value
    given = parts[-2]
    if given.lower() in _TITLES or not given[:1].isupper() or not given.replace("-", "").isalpha():
        return value
    if any(_skeleton(g) == _skeleton(v) for g in parts[:-1] for v in words[:-1]):
        return value
    return " ".join(parts[-2:])


def _fold(word: str) -> str:
    """Lower case without accents ("Raúl" → "raul")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _skeleton(word: str) -> str:
    """A given name's consonants as they sound: one for spellings of one name (Catherine / Kathryn,
    Robin / Robyn, Bettie / Betty), two for two names (Bryant / Brian, LaTonya / Latoya)."""
    w = _fold(word).replace("ph", "f").replace("c", "k").replace("q", "k")
    w = re.sub(r"(?<=[^aeiouy])h", "", w)
    w = re.sub(r"[aeiouy'’-]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _other_name(wa: list[str], wb: list[str], options: Options = DEFAULT) -> bool:
    """Two names that share one part (first name or surname) and differ in the other by more than
    spelling or a short form (Daniel Harrison / Daniel Morrison, Dale / David Stevens). Words before
    the first name (an office, a nationality: "Moviemaker Gary Ross") are not part of the name."""
    if set(map(str.lower, wa)) <= set(map(str.lower, wb)) or set(map(str.lower, wb)) <= set(map(str.lower, wa)):
        return False
    (fa, la), (fb, lb) = (wa[-2].lower(), wa[-1].lower()), (wb[-2].lower(), wb[-1].lower())
    if (fa == fb) == (la == lb):
        return False  # both parts shared, or neither: the same person or two unrelated people
    x, y = (la, lb) if fa == fb else (fa, fb)
    return not (x.startswith(y) or y.startswith(x) or fuzz.ratio(x, y) >= options.role_spelling
                or same_given_name(x, y))


def _same_role(xs: list[Sentence], ys: list[Sentence], a: str, b: str, context: float,
               options: Options = DEFAULT) -> tuple[Sentence, Sentence] | None:
    """The most alike pair of sentences naming ``a`` and ``b`` (names masked), if alike enough."""
    best: tuple[float, Sentence, Sentence] | None = None
    for x in xs[:options.role_sentences]:
        for y in ys[:options.role_sentences]:
            if x.article == y.article:
                continue
            sim = _likeness(x, y, a, b)
            if sim is not None and sim >= context and (best is None or sim > best[0]):
                best = (sim, x, y)
    return (best[1], best[2]) if best else None


def _likeness(x: Sentence, y: Sentence, a: str, b: str) -> float | None:
    """TF-IDF cosine of ``x`` and ``y`` with the names ``a`` and ``b`` masked (what the sentences say
    around the two names); None when they hold no word to weigh."""
    try:
        m = tfidf.matrix([_mask(x.text, a), _mask(y.text, b)])
    except ValueError:
        return None
    return float((m[0] @ m[1].T).toarray()[0, 0])


def _others(s: Sentence, a: str, b: str) -> set[str]:
    """The names a sentence gives besides ``a`` and ``b`` (and any name sharing a word with them)."""
    own = {w.lower() for w in (a + " " + b).split()}
    return {str(e.value) for e in s.of_kind("entity") if e.value and e.label in _COMPANY
            and not own & {w.lower() for w in str(e.value).split()}}


_COMPANY = ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC")


def _same_company(xs: list[Sentence], ys: list[Sentence], a: str, b: str, options: Options = DEFAULT
                  ) -> tuple[Sentence, Sentence] | None:
    """Two sentences of different articles that put ``a`` and ``b`` among the same other named people
    or works (``options.role_shared_names`` of them: "stars Robert Pattinson and Kristen Stewart" /
    "adapted by Melissa Rosenberg with Robert Pattinson and Kristen Bell"), worded alike at least
    ``options.role_company_context``: one place in one story, two names. A place is no company (a
    whole story happens in one town)."""
    for x in xs[:options.role_sentences]:
        for y in ys[:options.role_sentences]:
            if x.article == y.article or len(_others(x, a, b) & _others(y, a, b)) < options.role_shared_names:
                continue
            sim = _likeness(x, y, a, b)
            if sim is not None and sim >= options.role_company_context:
                return x, y
    return None


def _named_side(name: str, shown: Sentence, told: list[Sentence], order: Order) -> Side:
    """A side of a name disagreement: every article writing ``name`` (no article writes both), the
    sentence the roles were compared in as its evidence."""
    first: dict[str, Sentence] = {shown.article: shown}
    for s in told:
        first.setdefault(s.article, s)
    arts = order.sort(list(first))
    return Side(value=name, normalized=name, articles=arts, evidence=shown.text, sentences=[first[a].ref for a in arts])


def _same_post(xs: list[Sentence], ys: list[Sentence], a: str, b: str) -> tuple[Sentence, Sentence] | None:
    """Two sentences of different articles that write the same post right before each name ("FBI
    director Herbert Hoover" / "founding director J. Edgar Hoover", "general manager A.J. Smith" /
    "general manager A.J. Butler"): one post, two names, whatever else the sentences say. Words of
    kinship are no post (a man has several grandsons)."""
    for x in xs:
        post = _post_before(x.text, a)
        if not post:
            continue
        for y in ys:
            if y.article != x.article and _post_before(y.text, b) == post:
                return x, y
    return None


# a lower-case noun right before a name, after a determiner, a possessive, a body or an adjective
_POST = re.compile(r"(?:^|\s)([a-z]{4,})\s+(?:[A-Z]\.\s?){0,3}$")  # "director J. Edgar Hoover"
_KIN = frozenset("""son sons daughter daughters brother brothers sister sisters father mother parent parents
wife husband widow widower grandson granddaughter grandfather grandmother grandchild uncle aunt nephew niece
cousin child children stepson stepdaughter stepfather stepmother fiance fiancee partner girlfriend boyfriend
friend friends neighbor neighbour colleague""".split())


# a kinship word written for a name: right before it ("his grandson Nick Jones", "son, Rob Jones") or
# in the apposition after it ("Rob Jones, Felt's grandson,", "Rob Jones, the victim's brother")
_KIN_WORDS = "|".join(sorted(_KIN, key=len, reverse=True))  # longest first: "grandson" before "son"
_KIN_BEFORE = re.compile(r"\b(" + _KIN_WORDS + r"),?\s+$", re.I)
_KIN_AFTER = re.compile(r"^,\s+(?:(?:his|her|their|the|a|an|one|another)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s?\s+)"
                        r"(?:[\w'’-]+\s+)?(" + _KIN_WORDS + r")\b")


def _kin(sentences: list[Sentence], name: str) -> bool:
    """Whether any sentence writes ``name`` with a kinship word ("his grandson Nick Jones", "Rob Jones,
    Felt's grandson"): a relative is one of a family sharing a surname, so another given name with
    that surname is another relative, not the same person written two ways."""
    for s in sentences:
        at = s.text.find(name)
        while at >= 0:
            if _KIN_BEFORE.search(s.text[max(0, at - 30):at]) or _KIN_AFTER.match(s.text[at + len(name):at + len(name) + 60]):
                return True
            at = s.text.find(name, at + 1)
    return False


# precision71/mend109: a sentence telling of a second person of one surname ("Dean Marsh, 29, was also hurt")
_ANOTHER = re.compile(r"\b(?:also|another|second|too|as well)\b", re.I)


def _aged(sentences: list[Sentence], name: Sequence[str]) -> tuple[set[int], bool, set[str]]:
    """The ages written beside a name (given name and surname; ``age_beside``, the analyse stage's reading), whether
    a sentence so writing it tells of another person (``_ANOTHER``), and the posts written before it."""
    written = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name) + r"\b")
    ages: set[int] = set()
    another = False
    posts: set[str] = set()
    for s in sentences:
        for hit in written.finditer(s.text):
            age = age_beside(s.text, hit.start(), hit.end())
            if age is None:
                continue
            ages.add(age)
            another = another or bool(_ANOTHER.search(s.text))
            post = _post_before(s.text, hit.group(0))
            if post:
                posts.add(post.lower())
    return ages, another, posts


def _two_of_a_family(a: list[Sentence], b: list[Sentence], name_a: Sequence[str], name_b: Sequence[str]) -> bool:
    """Whether two given names of one surname, each written with an age, are two people: the text says so —
    other ages, other posts ("Driver Paul Marsh, 29" / "passenger Dean Marsh, 29"), or a sentence telling of a
    second person ("Dean Marsh, 29, was also hurt"). The same age and post with nothing more ("Driver Eric
    Walden, 42, of Oakdale" / "Driver Derek Walden, 42, of Oakdale") is one person named two ways: a name
    disagreement. A short form (Jon / Jonathan) never reaches here (``_other_name``)."""
    ages_a, another_a, posts_a = _aged(a, name_a)
    ages_b, another_b, posts_b = _aged(b, name_b)
    if not ages_a or not ages_b:
        return False
    return not ages_a & ages_b or another_a or another_b or bool(posts_a and posts_b and not posts_a & posts_b)


def _post_before(text: str, name: str) -> str:
    """The post a sentence writes right before ``name`` ("director" in "FBI director Herbert Hoover"),
    or "" (a function word, a verb such as "said", kinship)."""
    at = text.find(name)
    hit = _POST.search(text[max(0, at - 30):at]) if at > 0 else None
    word = hit.group(1) if hit else ""
    if not word or word in _KIN or word in FUNCTION_WORDS or word.endswith(("ed", "ing", "ly")) or \
            word in _NOT_POSTS:
        return ""
    return word


_NOT_POSTS = frozenset("""said says told with against about from after before when where while whom whose which
that than then also including like unlike""".split())


def _mask(text: str, name: str) -> str:
    for part in name.split():
        if part not in text:  # nothing to mask (and no pattern to compile)
            continue
        text = re.sub(rf"\b{re.escape(part)}\b", " ", text)
    return text


# -- the body one person heads, named with one word swapped ("Mike Reavey, director of the Microsoft
# Security Response Center" / "Security Response Alliance director Mike Reavey") ------------------------
# posts one person holds at one body at a time (a member, a fellow or a professor may be one of several)
BODY_POSTS = frozenset("""director chairman chairwoman chair president head chief commissioner superintendent
spokesman spokeswoman spokesperson""".split())
_POSTS = "|".join(sorted(BODY_POSTS, key=len, reverse=True))
_BODY = r"(?P<body>(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){2,7}[A-Z][\w&'’-]*)"
# "Reavey, director of the Microsoft Security Response Center", "Reavey, the center's director" is no body
_BODY_AFTER = re.compile(rf"^,\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<post>{_POSTS})\s+(?:of|at|for)\s+(?:the\s+)?{_BODY}"
                         r"(?![\w&'’-]|\s+[A-Z])")
# "Security Response Alliance director Mike Reavey"
_BODY_BEFORE = re.compile(rf"{_BODY}\s+(?P<post>{_POSTS})\s+$")
_BODY_TRIM = frozenset({"the", "The", "of", "for", "and", "on"})


@dataclass
class Post(Record):
    """One person's post at a named body, as one sentence writes it."""

    sentence: Sentence
    surname: str
    post: str  # "director"
    body: tuple[str, ...]  # the body's capitalised words ("Microsoft", "Security", "Response", "Center")
    written: str  # "director of the Microsoft Security Response Center"


def posts(sentences: Sequence[Sentence]) -> list[Post]:
    """Every "<name>, <post> of the <body>" and "<body> <post> <name>" of ``sentences`` (a post of
    ``BODY_POSTS`` at a body of three or more capitalised words)."""
    out = []
    for s in sentences:
        for e in s.of_kind("entity"):
            if e.label != "PERSON" or not e.value or e.end <= e.start:
                continue
            surname = str(e.value).split()[-1].lower()
            after = _BODY_AFTER.match(s.text[e.end:e.end + 120])
            before = _BODY_BEFORE.search(s.text[max(0, e.start - 100):e.start])
            for hit, written in ((after, lambda h: h.group(0).lstrip(", ").strip()),
                                 (before, lambda h: h.group(0).strip())):
                if hit is None:
                    continue
                body = tuple(w for w in hit.group("body").split() if w not in _BODY_TRIM)
                owner = [k for k, w in enumerate(body) if re.search(r"['’]s?$", w)]
                if owner:  # "Union of Concerned Scientists' Scientific Integrity Program": the owner's
                    body = body[owner[-1] + 1:]  # name (or its initials, "UCS's") is not the body's
                if len(body) >= 3:
                    out.append(Post(s, surname, hit.group("post").lower(), body, written(hit)))
    return out


def _one_word_swapped(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one body with one word swapped for another word, matched from the end ("Microsoft
    Security Response Center" / "Security Response Alliance"): not a spelling (one word in two spellings,
    "Centre" / "Center"), not a name and a shorter form of it (a word more or less)."""
    n = min(len(a), len(b))
    if n < 3:
        return False
    x, y = a[-n:], b[-n:]
    diff = [k for k in range(n) if x[k].lower() != y[k].lower()]
    return len(diff) == 1 and fuzz.ratio(x[diff[0]].lower(), y[diff[0]].lower()) < 80


def _ends_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One body's name written in full and without its first words ("Microsoft Security Response
    Alliance" / "Security Response Alliance")."""
    n = min(len(a), len(b))
    return [w.lower() for w in a[-n:]] == [w.lower() for w in b[-n:]]


def body_disagreements(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One person's post (the same post) at one body that articles name with one word swapped
    ("director of the Microsoft Security Response Center" / "Security Response Alliance director"): the
    same person heads one body. An article naming both bodies anywhere holds two bodies (two units of one
    company, two committees) and no slot is made; two posts, or bodies apart by more than one word, are
    never compared."""
    texts: dict[str, str] = {}
    for s in sentences:
        texts[s.article] = texts.get(s.article, "") + " " + s.text
    found: list[Disagreement] = []
    told: set[tuple[str, str]] = set()
    items = posts(sentences)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.article == b.article or a.surname != b.surname or a.post != b.post or \
                    not _one_word_swapped(a.body, b.body) or (a.surname, a.post) in told:
                continue
            n = min(len(a.body), len(b.body))
            ka, kb = " ".join(a.body[-n:]), " ".join(b.body[-n:])
            if any(ka in t and kb in t for t in texts.values()):
                continue  # one article names both bodies: two bodies
            same_a = [p for p in items if p.surname == a.surname and p.post == a.post and _ends_alike(p.body, a.body)]
            same_b = [p for p in items if p.surname == a.surname and p.post == a.post and _ends_alike(p.body, b.body)]
            sides = []
            for side in (same_a, same_b):
                seen: dict[str, Post] = {}
                for p in side:
                    seen.setdefault(p.article, p)
                arts = order.sort(list(seen))
                first = seen[arts[0]]
                sides.append(Side(value=first.written, normalized=" ".join(first.body[-n:]), articles=arts,
                                  evidence=first.sentence.text, sentences=[seen[x].sentence.ref for x in arts]))
            sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
            told.add((a.surname, a.post))
            name = a.surname.capitalize()
            found.append(Disagreement(kind="other", about=f"body {name} is {a.post} of", values=sides,
                                      compatible=False, type="conflict", anchor=name))
    return found
