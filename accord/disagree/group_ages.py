"""Group ages: the ages of one group of people listed together, as each article tells them ("two girls,
ages 6 and 8" / "the 8- and 10-year-old girls"; recall56).

News lists the ages of a group it does not name (two children who saw a shooting, two women found dead,
three brothers hurt) in a few rigid frames: "<people>, ages 6 and 8", "<people> age 6 and 8",
"the 8- and 10-year-old <people>", "<people> -- 68 and 48-years-old". No name anchors such a group, and the
value pipeline reads each age alone (an age with no name belongs to no one), so two outlets listing
different ages for one group were never compared.

One group is the same people noun ("girls" / "girls"; "sisters" and "girls" may be two groups) listing as
many ages, the lists sharing all but one age ("6 and 8" / "6 and 9": one age told differently): two lists
sharing none are as likely two groups of one story (the victims' children, the witnesses), and two lists whose
every age moved by the same years are one group told at two times ("6 and 8" at a shooting / "8 and 10" at the
sentencing two years on: recall56's reader read that pair F). An article
giving one noun two lists tells of two groups and is left out. Two lists of one group cannot both be
true: a ``conflict``.

A list may also meet the same people named with their ages in another article's sentence ("the bodies of two
women -- 68 and 48-years-old -- were found" / "the bodies of Ann Lee, 48, and Mary Cole, 61, were found"): as
many people, all ages but one shared, and the two sentences telling one happening (``group_age_shared_words`` content
words in common, names and figures left out). The one age left over on each side is then the named person's,
told two ways: "age of Mary Cole", 61 / 68 (``named_disagreements``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from accord import tfidf
from accord.disagree.record import Record, one_value_each
from accord.disagree.slots import Order
from accord.disagree.values import Value
from accord.model import Disagreement, Sentence, Side
from accord.options import DEFAULT, Options

# a list of two or more ages: "6 and 8", "2, 4 and 7" (a hyphen the tokeniser spaced out is read too:
# "8 - and 10 - year - old")
_HY = r"\s*-\s*"
_AGE = r"\d{1,3}"
_LIST = rf"(?P<ages>{_AGE}(?:(?:{_HY})?,\s*{_AGE})*(?:{_HY})?,?\s+and\s+{_AGE})"
# people a group of them is: plural nouns news lists by age
_PEOPLE = (r"(?P<noun>girls|boys|children|kids|sons|daughters|sisters|brothers|siblings|women|men|teenagers|teens|"
           r"victims|students|toddlers|infants|babies|grandchildren|twins)")
# "two girls, ages 6 and 8", "girls age 6 and 8", "two women -- aged 68 and 48"; never "between (the) ages of
# 6 and 8" (a range) nor "ages 6 and up"
_AGES_AFTER = re.compile(rf"\b{_PEOPLE}\s*(?:,|\(|--|[-–—]+)?\s*(?:ages?|aged)\s+{_LIST}\b(?!{_HY}(?:year|month))",
                         re.I)
# "the 8- and 10-year-old girls", "two sisters - 8 - and 10 - year - old girls"
_AGES_BEFORE = re.compile(rf"\b{_LIST}{_HY}years?{_HY}old\s+{_PEOPLE}\b", re.I)
# "two women -- 68 and 48-years-old", "two boys, 12 and 14 years old"
_AGES_TAIL = re.compile(rf"\b{_PEOPLE}\s*(?:,|\(|--|[-–—]+)\s*{_LIST}(?:{_HY}|\s+)years?{_HY}old\b", re.I)
# a range of ages, not a group's: "between the ages of 6 and 8", "aged between 6 and 8"
_RANGE_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:ages?\s+(?:of\s+)?)?$", re.I)


@dataclass
class GroupAges(Record):
    """The ages a sentence lists for one group of people, with the noun the group is written with."""

    sentence: Sentence
    noun: str  # "girls"
    ages: tuple[int, ...]  # sorted: (6, 8)
    written: str  # "6 and 8"


def _ages(listed: str) -> tuple[int, ...]:
    return tuple(sorted(int(a) for a in re.findall(r"\d{1,3}", listed)))


def read(sentences: Sequence[Sentence]) -> list[GroupAges]:
    """Every list of a group's ages ``sentences`` write in one of the frames above; ages over 120 and a
    range ("between the ages of 6 and 8") are not read."""
    out: list[GroupAges] = []
    for s in sentences:
        if not re.search(r"\d\s*(?:-\s*)?,?\s+and\s+\d", s.text):
            continue  # every frame lists "<n> and <m>"
        seen: set[int] = set()
        for pattern in (_AGES_AFTER, _AGES_BEFORE, _AGES_TAIL):
            for hit in pattern.finditer(s.text):
                start = hit.start("ages")
                if start in seen or _RANGE_BEFORE.search(s.text[:hit.start()] if pattern is _AGES_BEFORE
                                                         else s.text[:start]):
                    continue
                ages = _ages(hit.group("ages"))
                if max(ages) > 120:
                    continue
                seen.add(start)
                written = " ".join(re.sub(rf"{_HY}(?=,|\s+and\b)", "", hit.group("ages")).split())
                out.append(GroupAges(s, hit.group("noun").lower(), ages, written))
    return out


def _one_group(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Two lists of as many ages that may be one group told differently at one time: all ages but one shared,
    and not every age moved by the same years ("6 and 8" at the shooting / "8 and 10" at the sentencing two
    years on: the same girls grown older, recall56's reader)."""
    if len(a) != len(b) or a == b:
        return False
    if len({y - x for x, y in zip(sorted(a), sorted(b), strict=True)}) == 1:
        return False  # the whole group older or younger by the same years: told at two times
    return sum((Counter(a) & Counter(b)).values()) == len(a) - 1


def find(sentences: Sequence[Sentence], order: Order) -> list[Disagreement]:
    """One group of people given two lists of ages by different articles ("girls age 6 and 8" / "the 8- and
    10-year-old girls"); an article giving the noun two lists, and lists that share too few ages (two
    groups), are left out."""
    by_noun: dict[str, list[GroupAges]] = {}
    for g in read(sentences):
        by_noun.setdefault(g.noun, []).append(g)
    out: list[Disagreement] = []
    for noun, items in sorted(by_noun.items()):
        items = one_value_each(items, lambda g: g.ages)
        lists = sorted({g.ages for g in items})
        if len(lists) != 2 or not _one_group(*lists):
            continue  # one list (agreement), or three lists of one noun: which two are one group is a guess
        sides = []
        for ages in lists:
            side = [g for g in items if g.ages == ages]
            arts, refs = order.cited(side)
            first = min(side, key=lambda g: (order.key(g.article), g.sentence.index))
            sides.append(Side(value=first.written, normalized=", ".join(map(str, ages)), articles=arts,
                              evidence=first.sentence.text, sentences=refs))
        sides.sort(key=lambda x: (-len(x.articles), order.key(x.articles[0])))
        out.append(Disagreement(kind="number", about=f"ages of the {len(lists[0])} {noun}", values=sides,
                                compatible=False, type="conflict", anchor=noun))
    return out


@dataclass
class _Named(Record):
    """A named person's age as the value reader anchors it."""

    sentence: Sentence
    name: str
    age: int


def _happening(a: Sentence, b: Sentence, names: set[str], shared: int) -> bool:
    """Whether two sentences share ``shared`` content words (their first five letters), names,
    figures and age words left out: the words of one happening ("the bodies … were found")."""
    def words(s: Sentence) -> set[str]:
        return {w[:5] for w in tfidf.terms(s.text) if w.isalpha() and w not in names
                and w not in {"year", "years", "old", "age", "ages", "aged"}}
    return len(words(a) & words(b)) >= shared


def named_disagreements(sentences: Sequence[Sentence], values: Sequence[Value], order: Order,
                        options: Options = DEFAULT) -> list[Disagreement]:
    """One named person's age told in another article only inside a list of a group's ages ("two women -- 68
    and 48-years-old" / "Ann Lee, 48, and Mary Cole, 61"): the same number of people, all ages but one shared,
    the sentences telling one happening; the person's age must be one value wherever a name gives it, and the
    list's article must not give it. ``values``: the story's read figures (``values.read``), whose ages
    anchored to a person ("Mary Cole, 61", "61-year-old Mary Cole") are the named ages; ``options``:
    ``group_age_shared_words``."""
    named = [_Named(v.sentence, str(v.anchor), int(v.point)) for v in values
             if v.type == "age" and v.anchor and float(v.point).is_integer()]
    age_of: dict[str, set[int]] = {}
    for n in named:
        age_of.setdefault(n.name, set()).add(n.age)
    in_sentence: dict[tuple[str, int], list[_Named]] = {}
    for n in named:
        in_sentence.setdefault(n.sentence.key, []).append(n)
    out: list[Disagreement] = []
    done: set[str] = set()
    for g in read(sentences):
        for people in in_sentence.values():
            if people[0].article == g.article or len({p.name for p in people}) != len(people) \
                    or len(people) != len(g.ages) or not _one_group(tuple(sorted(p.age for p in people)), g.ages):
                continue
            left = Counter(g.ages) - Counter(p.age for p in people)
            odd = [p for p in people if p.age not in g.ages]
            names = {w.lower() for p in people for w in p.name.split()}
            if len(odd) != 1 or len(age_of[odd[0].name]) != 1 or odd[0].name in done \
                    or not _happening(g.sentence, people[0].sentence, names, options.group_age_shared_words) \
                    or any(n.article == g.article and n.name == odd[0].name for n in named):
                continue
            person, other = odd[0], next(iter(left))
            told = [n for n in named if n.name == person.name]
            arts, refs = order.cited(told)
            first = min(told, key=lambda n: (order.key(n.article), n.sentence.index))
            mine = Side(value=str(person.age), normalized=float(person.age), articles=arts,
                        evidence=first.sentence.text, sentences=refs)
            listed = Side(value=str(other), normalized=float(other), articles=[g.article], evidence=g.sentence.text,
                          sentences=[g.sentence.ref])
            done.add(person.name)
            sides = sorted([mine, listed], key=lambda x: (-len(x.articles), order.key(x.articles[0])))
            out.append(Disagreement(kind="number", about=f"age of {person.name}", values=sides, compatible=False,
                                    type="conflict", anchor=person.name))
    return out
