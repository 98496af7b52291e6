"""Dates resolved against the article's publication date: "on Thursday", "Jan. 19", "last week".

Weekdays and month-day dates are resolved here, not by dateparser: with a Thursday as base it reads
"Thursday" as the week before, and "Jan. 19" as the previous year (see NOTES-dependencies.md).

Each mention's ``label`` says its precision and ``value`` is an ISO string of that precision:
``day`` → ``YYYY-MM-DD``; ``week`` → the ``YYYY-MM-DD`` of that week's Monday ("last week",
"this week": weeks start on Monday); ``month`` → ``YYYY-MM``; ``year`` → ``YYYY``; ``time`` → ``HH:MM``
(a time of day, "11:45 a.m.", "noon", "midnight", with no day). A date that
needs a reference date when none is known keeps ``value`` None, and so does a month named without
a year ("in August": the year a writer meant is a guess; ``disagree.events`` compares it by name).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from accord.model import Mention
from accord.options import Options
from accord.patterns import fold
from accord.words import MONTH_ABBREVIATIONS, MONTHS, US_TIME_ZONES, WEEKDAYS  # noqa: F401 - WEEKDAYS: read from here by the analysers

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from accord.model import Article

# A capitalised month name from the one table (accord.words), longest first; abbreviations may take a
# full stop ("Jan. 13", "Sept. 5").
_MON = "(?P<mon>" + "|".join(n.capitalize() + (r"\.?" if n in MONTH_ABBREVIATIONS else "")
                             for n in sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# a 24-hour time's zone ("2045 GMT", "1430 EDT"): the world's and the North American ones from the one list
# (accord.words), save its two-letter ones, which also abbreviate other things ("2013 CT scans", "MT")
_CLOCK_ZONES = ("GMT", "UTC", "IST", "CET", "CEST", "BST") + tuple(z for z in US_TIME_ZONES if len(z) > 2)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    # (a month after a day number is the day's: "10 Nov 11" is 10 November 2011, never "Nov 11")
    ("mdy", re.compile(rf"(?<!\d\s)\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:\b|(?<=\.))(?:,?\s+{_YEAR}\b|\s+(?P<yy>\d\d)(?=\s*(?:[,.;)]|$)))?")),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b")),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?{_WD}(?:['’]s)?\b(?:\s+(?P<wk>next|last|this)\s+week\b)?")),
    ("relday", re.compile(r"\b(?P<rd>yesterday|today|tomorrow|tonight|last night)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>day|week)s?\s+ago\b", re.I)),
    ("relperiod", re.compile(r"\b(?P<rp>last|this|next)\s+(?P<unit>week|month|year)\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|by|until|from|of|before|after|early|late|during)\s+{_YEAR}\b(?!['’]?s\b|-)", re.I)),
    # a month named with no day or year ("proposed in August", "early December"): kept unresolved
    # (``value`` None): which year a writer meant is a guess, so it is compared by its name only
    ("bare_month", re.compile(rf"\b(?:in|since|by|until|till|during|through|early|late|mid-?|end\s+of|"
                              rf"beginning\s+of)\s+(?:the\s+month\s+of\s+)?{_MON}(?:\b|(?<=\.))(?!['’]s|\.?\s*\d|-)")),
    # disagree41: the end or middle of a month written as one hyphenated word, as Indian and British
    # papers write it ("the order ships in November-end", "by end-March", "since mid-July"):
    # that month, compared by its name like any month named without a year
    ("month_end", re.compile(rf"\b(?:(?P<pre>end|mid)-)?{_MON}(?(pre)(?:\b|(?<=\.))(?!['’]s|\.?\s*\d)|-end\b)")),
    # a time of day: "11:45 a.m.", "9 pm", "1: 30 a. m." (as tokenised text writes it),
    # and "8.40pm" as British papers write it
    ("clock", re.compile(r"\b(?P<h>[01]?\d)(?:[:.]\s?(?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?", re.I)),
    # "noon", "midnight": times of day in words ("at around noon", "just before midnight")
    ("noon", re.compile(r"\b(?P<nm>noon|midnight)\b", re.I)),
    # a 24-hour time as wires and armed forces write it: "2045 GMT", "20:45 GMT", "14.30 local time",
    # "at about 1100 hrs" (four digits with "hrs" only after a preposition of time: "1100 hrs of
    # flying" is a duration)
    ("clock24", re.compile(r"\b(?P<hh>[01]\d|2[0-3])[:.]?\s?(?P<mm>[0-5]\d)(?=\s*(?:" + "|".join(_CLOCK_ZONES)
                           + r"|local\s+time)\b)"
                           r"|(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "about", "around", "by", "until", "till",
                                                                        "since", "before", "after", "from")) + ")"
                           r"(?P<hh2>[01]\d|2[0-3])[:.]?(?P<mm2>[0-5]\d)\s*hrs\b\.?")),
]
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# (timeline15) a schedule told in the present: "the vote is set for Monday", "are now planned for Tuesday" (a past
# "was set for" keeps the past reading: often a plan undone). Only with the day right after "for" (mend117: "the
# stage is set for a clash after talks failed Monday" sets no day)
_SET_FOR = (r"(?:is|are|['’]s|remains?)\s+(?:now\s+|still\s+|tentatively\s+|provisionally\s+)?"
            r"(?:set|planned)\s+for\b")
_SET_FOR_DAY = re.compile(_SET_FOR + r"\s+(?:(?:next|this|on)\s+)?$", re.I)
# mend117: "a playoff game looming Saturday", "the upcoming Monday session": only right before the day ("with a
# deadline looming, negotiators met on Friday" is last Friday)
_LOOMING_DAY = re.compile(r"\b(?:looming|upcoming)\s+(?:on\s+)?$", re.I)
# "is to be voted on Thursday", "are to meet on Monday" (not "is to blame")
_IS_TO = r"\b(?:is|are)\s+(?:now\s+|also\s+|still\s+)?to\s+(?!blame\b)[a-z]"
_FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|'ll|’ll|due|scheduled|slated|expected|set to|plans? to|going to)\b|"
                           + _IS_TO, re.I)
_FUTURE_LEMMAS = {"will", "would", "shall", "schedule", "expect", "due", "plan", "slate"}
# a past verb: "-ed" or a common irregular past
_IRREGULAR_PAST = (r"was|were|had|met|took|got|made|left|came|went|saw|held|gave|found|won|lost|fell|ran|began|broke|"
                   r"spoke|sent|kept|brought|thought|shut|struck|hit|cut|put|drew|rose|sold|paid|led|beat|bought|caught|"
                   r"chose|drove|flew|fought|grew|knew|laid|quit|rang|sank|shot|stole|threw|tore|wrote")
_PAST = r"(?:\w{2,}[^e\W]ed|" + _IRREGULAR_PAST + r"|told|said|froze|swore|wore)"
# (timeline15) a future word that tells no future: "due to" of a cause ("the delay is due to bad weather", "closed
# due to a strike"; a schedule's "due to" takes a verb: "is due to arrive"), a schedule or expectation it is
# measured against ("earlier than expected", "as planned") and "scheduled" as an adjective of a past event ("the
# airline's scheduled flights resumed"). mend117: no word-ending guesses for the cause ("due to sing", "due to
# bring" are schedules), only long "-ness/-tion/-ment/-ity" nouns; an adjectival "scheduled" only with a past verb
# after it ("ahead of the scheduled launch on Friday" is a schedule); "due to the council" after a payment is owed
_NOT_AHEAD = re.compile(r"\bdue\s+to\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|no|"
                        r"poor|bad|heavy|high|low|strong|severe|technical|lack|concerns?|fears?|safety|security|"
                        r"weather|rain|snow|fog|ice|wind|winds|illness|injury|injuries|\d[\d,.]*|"
                        r"\w{4,}(?:ness|tion|tions|ment|ments|ity|ities)"
                        # (timeline16) a gerund, a plural or a name after "due to" is a cause, not a schedule ("arrested
                        # due to speeding", "closed due to protests", "cancelled due to Covid"); a schedule's "due to"
                        # takes a verb ("is due to bring", "due to address", "due to focus")
                        r"|(?!(?:bring|sing|ring|swing|sting|fling|spring|string|wring|cling|sling)\b)\w{2,}ing"
                        r")\b"
                        # (mend118) a plural or a name after "due to" is a cause only after a past or passive verb
                        # ("flights were cancelled due to strikes", "closed due to Covid"); after "is/are due" it is
                        # whom a deadline is owed to ("bids are due to ministers on Thursday"), and a title-case
                        # headline ("Minister Due To Visit Kyiv") is no cause
                        r"|\b(?!(?:was|were|had|is|are)\b)" + _PAST + r"\s+(?:(?:off|out|down|up|back|\w+ly)\s+)?due\s+to\s+"
                        r"(?:\w+[^su\W]s|(?-i:[A-Z])\w*(?!\s+(?-i:[A-Z])))\b"
                        r"|\b(?:than|as)\s+(?:\w+ly\s+)?(?:expected|scheduled|planned|slated)\b"
                        r"|(?:\b(?:the|a|an|its|their|his|her|our|regularly|regular)|['’]s)\s+scheduled\b"
                        r"(?=(?:\s+(?!(?:on|at|in|for|by|to|next|this|until|from|\w+day)\b)[\w'’-]+){0,3}?\s+" + _PAST
                        + r"\b)", re.I)
# what is owed, not caused: "the final payment is due to the council on Friday"
_OWED = re.compile(r"\b(?:payments?|repayments?|instalments?|installments?|bills?|rent|fees?|loans?|debts?|"
                   r"taxes|tax|dues|money|sums?|amounts?|million|billion)\b", re.I)


# where a clause opens: a weekday after one belongs to that clause, not to a future word before it
# ("appear before Marlow magistrates", "before the court": a place, no clause). mend117: a second time phrase
# closes the scheduled clause too ("is due to reopen next month after a fire shut it down on Monday")
_CLAUSE_OPEN = re.compile(r"[,;:()\"“”—–]|\b(?:and|but|or|when|while|because|since|until|although|though|"
                          r"which|who|whom|that|where|said|says|told|as|if|once|under|with)\b"
                          r"|\b(?:after|before)\b(?!\s+(?:[A-Z]|the\b|a\b|an\b))"
                          r"|\b(?:next|last|this|later|earlier)\s+(?:week|month|year|spring|summer|autumn|fall|"
                          r"winter|decade|season)\b|\b(?:today|tomorrow|yesterday|tonight|ago)\b"
                          r"|\bin\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\b"
                          # a past verb opens a past clause ("the fine it received on Monday", "the deputies met"),
                          # save a participle after "be" ("is due to be sentenced") and the plan words themselves
                          r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
                          r"\b(?!(?:expected|scheduled|slated|planned)\b)\w{2,}[^e\W]ed\b"
                          r"|\b(?:" + _IRREGULAR_PAST + r")\b")


def tells_ahead(clause: str) -> bool:
    """Whether ``clause`` holds a future word that tells a future ("is due to arrive", not "is due to rain")."""
    return _ahead(clause, 0, len(clause))


def _ahead(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a future word that tells a future (not one of ``_NOT_AHEAD``)."""
    masked = _NOT_AHEAD.sub(lambda m: m.group() if _owed(text, m) else " " * len(m.group()), text)
    return bool(_FUTURE_WORDS.search(masked[lo:hi]))  # the window read alone, as before timeline15


def _owed(text: str, m: re.Match[str]) -> bool:
    """Whether a masked "due to the …" is a sum owed to someone ("the payment is due to the council on Friday")."""
    return m.group().lower().startswith("due") and bool(_OWED.search(text[max(0, m.start() - 50):m.start()]))


def _masked_at(text: str, idx: int) -> bool:
    """Whether the word at ``idx`` lies in a future word that tells no future (``_NOT_AHEAD``)."""
    return any(m.start() <= idx < m.end() and not _owed(text, m) for m in _NOT_AHEAD.finditer(text))


# (timeline16) a plan told in the past ("had been scheduled to open on Friday", "was due to fly out Tuesday", "had planned
# to meet Thursday", "was set for Saturday"): a plan as of a past time, often undone. Its weekday is the coming one
# only when the text says so ("next Tuesday", "Tuesday next week"); else which week it meant is a guess, and a
# plan undone must not be dated as a happening
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|also|still|then|now|already|"
                        r"tentatively|provisionally|supposedly|\w+ly)\s+)?(?:(?:due|scheduled|slated|expected)\s+"
                        r"(?:to|for|on)|(?:set|planned)\s+(?:to|for)|(?:supposed|meant|intended)\s+to)\b"
                        r"|\bhad\s+(?:(?:originally|initially|first|also|already)\s+)?(?:planned|hoped|intended|"
                        r"expected|wanted|scheduled|arranged|agreed|promised|vowed|pledged)\s+to\b", re.I)


_UNDONE = re.compile(r"\b(?:but|cancell?ed|called\s+off|postponed|delayed|scrapped|shelved|abandoned|dropped|moved|"
                     r"pushed\s+back|put\s+off|rescheduled|adjourned|instead|never|now|originally|initially)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_start(text: str, idx: int) -> int:
    """Where the sentence holding ``idx`` starts."""
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, idx):
        last = m.end()
    return last


def _sentence_end(text: str, idx: int) -> int:
    """Where the sentence holding ``idx`` ends."""
    m = _SENTENCE_END.search(text, idx)
    return m.start() if m else len(text)


_DONE_CLAUSE = re.compile(r"\b(?!(?:was|were|had|is|are|moved|pushed|postponed|delayed|put|rescheduled|brought|"
                          r"adjourned|deferred|expected|scheduled|planned|slated|set|due)\b)" + _PAST + r"\b", re.I)


def past_plan(text: str, start: int, options: Options) -> bool:
    """Whether the weekday at ``start`` is the day of a plan told in the past (``_PAST_PLAN``), in the plan's own
    clause: no clause opens between the plan words and the day ("was due to fly out Tuesday", not "was due to
    start, but the strike began on Tuesday")."""
    lo = max(0, start - options.weekday_clause_window)
    last = None
    for m in _PAST_PLAN.finditer(text, lo, start):
        last = m
    if last is None or _masked_at(text, last.end() - 2):
        return False
    if any(c.start() >= last.end() for c in _CLAUSE_OPEN.finditer(text, last.end(), start)):
        return False
    if last.group().lower().startswith("had"):
        return True
    # (mend118) a plain past plan is reported speech's backshift ("the leaders were set to sign on Monday, officials
    # said"): the coming day, unless the sentence says the plan was undone
    return bool(_UNDONE.search(text, _sentence_start(text, start), _sentence_end(text, start)))


# (timeline16) evidence a court heard ("The court heard police were called … on Saturday", "the jury was told she left
# on Friday", "he told the inquest"): its weekdays are relative to the happenings the hearing recalls, weeks or months
# before the article, whose own date is the hearing's; the week is a guess (the hearing's own day, right after the
# words, "The court heard on Monday that …", still resolves)
_HEARD = re.compile(r"\b(?:court|jury|jurors|inquest|hearing|tribunal|magistrates|trial)\s+(?:(?:was|were|had\s+been|"
                    r"has\s+been)\s+told|(?:had\s+|has\s+|have\s+)?heard)\b"
                    r"|\btold\s+(?:the\s+|an\s+)?(?:court|jury|jurors|inquest|hearing|tribunal|magistrates)\b", re.I)
_HEARING_DAY = re.compile(r"^\s*(?:(?:on|late|early|last|this)\s+)?$", re.I)
# (mend118) what a court hears on its own day: "The Supreme Court heard arguments on Tuesday" is the hearing's day
_HEARD_OBJECT = re.compile(r"^\s*(?:(?:the|closing|opening|final|oral|further|fresh|new)\s+)?(?:arguments|evidence|"
                           r"submissions|testimony|statements|speeches|appeals?|case|challenge|pleas?)\s+"
                           r"(?:(?:on|late|early|last|this)\s+)?$", re.I)


def heard_in_court(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` lies in evidence a court heard (``_HEARD``), not on the hearing's own day."""
    found = None
    for m in _HEARD.finditer(text, 0, start):
        found = m
    if found is None:
        return False
    gap = text[found.end():start]
    return not (_HEARING_DAY.match(gap) or (found.group().lower().endswith("heard") and _HEARD_OBJECT.match(gap)))


# (timeline16) a day told as past by the verb right before it ("O'Brien, fired on June 8", "the patch issued Jan. 14"):
# a happening the article reports as done is not after the article's date, so a day without its year that the
# nearest year would put after it is the year before's (not a plan's words: "scheduled on", "postponed", "set", nor
# a release's participle, which previews write of days to come: "the film, released on June 8, stars …")
_DONE_BEFORE = re.compile(r"\b(?!(?:scheduled|rescheduled|expected|planned|slated|postponed|delayed|moved|pushed|"
                          r"set|put|cut|hit|shut|quit|released|launched|opened|published|premiered|aired|unveiled|"
                          r"held|hosted|staged|played|screened|broadcast|hold)\b)" + _PAST + r"\s+(?:on\s+)?$", re.I)
# (mend118) a participle after a present or future "be" tells no done happening ("to be held on", "is being fired
# on", "will be played on"), nor does a sentence whose verb after the date is future ("held on Jan. 5, will settle")
_BE_NOT_PAST = re.compile(r"\b(?:to\s+be|being|is|are|am|be|will\s+be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                          + _PAST + r"\s+(?:on\s+)?$", re.I)
_FUTURE_AFTER = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to)|going\s+to)\b|['’]ll\b",
                           re.I)


def publication_date(article: "Article", reference: date | None = None) -> date | None:
    """The date relative dates of ``article`` resolve against: its own ``published``, else ``reference``."""
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    return reference


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def month_day(month: int, day: int, ref: date) -> date | None:
    """A month and day without a year: the year that puts it nearest ``ref``."""
    best: date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def weekday(wd: int, ref: date, rel: str | None, week: str | None, future: bool) -> date:
    """Resolve a weekday name against ``ref`` (see the module docstring and README for the rules)."""
    if week == "next":
        return monday(ref) + timedelta(days=7 + wd)
    if week == "last":
        return monday(ref) + timedelta(days=-7 + wd)
    if week == "this" or rel == "this":
        return monday(ref) + timedelta(days=wd)
    if rel in ("next", "coming"):
        delta = (wd - ref.weekday()) % 7 or 7
        return ref + timedelta(days=delta)
    if rel in ("last", "past"):
        delta = (ref.weekday() - wd) % 7 or 7
        return ref - timedelta(days=delta)
    if future:  # "will leave on Friday": the next such day (today counts)
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)  # most recent, today included


def _is_future(text: str, start: int, doc: "Doc | None", options: Options) -> bool:
    """Whether the clause holding the date at ``start`` speaks of the future ("would leave on Friday")."""
    if doc is not None and doc.has_annotation("DEP"):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            tok = span[0]
            for _ in range(6):
                if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep",):
                    words = [tok] + list(tok.children)
                    if tok.head.i != tok.i and tok.dep_ in ("xcomp",):
                        words += [tok.head] + list(tok.head.children)
                    if tok.lemma_.lower() in ("set", "plan") and _SET_FOR_DAY.search(text[max(0, start - 60):start]):
                        return True
                    return any((w.lemma_.lower() in _FUTURE_LEMMAS or w.lower_ in ("'ll", "’ll"))
                               and not _masked_at(doc.text, w.idx) for w in words
                               if w.dep_ in ("aux", "auxpass", "ROOT", "xcomp", "acomp") or w.i == tok.i)
                if tok.head.i == tok.i:
                    break
                tok = tok.head
            return False
    # (mend118) a plan told in the past tells no future to a later clause whose own verb tells a done happening
    # ("was due to start, but the storm hit on Monday" is last Monday); a day the plan was moved to keeps its future
    # ("was pushed back to Thursday", "now vote on Thursday", "delayed until Thursday")
    clause_lo = max([0, *[c.end() for c in _CLAUSE_OPEN.finditer(text, 0, start)
                          if not re.fullmatch(_PAST, c.group(), re.I)]])
    if clause_lo and _DONE_CLAUSE.search(text, clause_lo, start):
        text = _PAST_PLAN.sub(lambda p: " " * len(p.group()), text[:clause_lo]) + text[clause_lo:]
    lo = max(0, start - options.weekday_future_window)
    if _ahead(text, lo, start) or _SET_FOR_DAY.search(text[lo:start]) or _LOOMING_DAY.search(text[lo:start]):
        return True
    # (timeline15) a long clause: "is due to appear before the town's magistrates' court on Tuesday" — the future
    # word farther back, within the weekday's own clause (no comma, no second time phrase, no other verb's clause
    # opening between)
    lo = max(0, start - options.weekday_clause_window)
    bounds = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, start)]
    return _ahead(text, max([lo, *bounds]), start)


def find(text: str, ref: date | None, doc: "Doc | None" = None, options: Options | None = None) -> list[Mention]:
    """Date mentions of one sentence, resolved against ``ref`` when they need it."""
    options = options or _DEFAULTS
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    digit = bool(_DIGIT.search(text))
    low = text.lower()
    for kind, pattern in PATTERNS:
        if not _could_match(kind, text, low, digit):
            continue
        for m in pattern.finditer(text):
            s, e = m.span("year") if kind == "year" else m.span("mon") if kind in ("bare_month", "month_end") else m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            value, label = _resolve(kind, m, ref, text, doc, options)
            if label is None:
                continue
            taken.append((s, e))
            out.append(Mention(kind="date", text=text[s:e], value=value, label=label, start=s, end=e))
    out.sort(key=lambda m: m.start)
    return out


_DIGIT = re.compile(r"\d")
_DEFAULTS = Options()


def _could_match(kind: str, text: str, low: str, digit: bool) -> bool:
    """A cheap necessary condition for ``PATTERNS[kind]`` to match: most sentences hold no date,
    and running nine patterns on each was a tenth of a brief with the rules analyser."""
    if kind in ("iso", "mdy", "dmy", "my", "year"):
        return digit
    if kind == "weekday":
        return "day" in text
    if kind == "relday":
        return "day" in low or "night" in low or "tomorrow" in low
    if kind == "ago":
        return "ago" in low
    if kind == "month_end":
        return "-" in text
    if kind == "relperiod":
        return "week" in low or "month" in low or "year" in low
    if kind == "clock":
        return digit and "m" in low
    if kind == "noon":
        return "noon" in low or "midnight" in low
    if kind == "clock24":
        return digit and ("hrs" in low or "local time" in low or any(z in text for z in _CLOCK_ZONES))
    return True



def _month(m: re.Match[str]) -> int:
    return MONTHS[fold(m.group("mon")).rstrip(".")]


def _resolve(kind: str, m: re.Match[str], ref: date | None, text: str, doc: "Doc | None",
             options: Options) -> tuple[str | None, str | None]:
    """(ISO value or None, precision label), or (None, None) when the match is not a date."""
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(int(g["year"]), int(g["mnum"]), int(g["day"])).isoformat(), "day"
        if kind in ("mdy", "dmy"):
            month, day = _month(m), int(g["day"])
            if not 1 <= day <= 31:
                return None, None
            if g.get("year") or g.get("yy"):
                return date(int(g["year"] or 2000 + int(g["yy"])), month, day).isoformat(), "day"
            resolved = month_day(month, day, ref) if ref else None
            if resolved is not None and ref is not None and resolved > ref and _DONE_BEFORE.search(text, 0, m.start()) \
                    and not _BE_NOT_PAST.search(text, 0, m.start()) \
                    and not _FUTURE_AFTER.search(text, m.end(), _sentence_end(text, m.end())) \
                    and not _ahead(text, max(0, m.start() - options.weekday_future_window), m.start()):
                resolved = month_day(month, day, date(resolved.year - 1, month, 1))  # (timeline16) a year back
            return (resolved.isoformat() if resolved else None), "day"
        if kind == "my":
            return f"{int(g['year']):04d}-{_month(m):02d}", "month"
        if kind == "weekday":
            wd = WEEKDAYS.index(g["wd"].lower())
            if ref is None:
                return None, "day"
            if not g["rel"] and not g["wk"] and (past_plan(text, m.start("wd"), options)
                                                 or heard_in_court(text, m.start("wd"))):
                return None, "day"  # (timeline16) a plan's day told in the past, evidence heard: the week is a guess
            return weekday(wd, ref, (g["rel"] or "").lower() or None, g["wk"],
                           _is_future(text, m.start("wd"), doc, options)).isoformat(), "day"
        if kind == "relday":
            if g["rd"].isupper():  # "TODAY": a programme's name in capitals, not a date
                return None, None
            if ref is None:
                return None, "day"
            shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1}[g["rd"].lower()]
            return (ref + timedelta(days=shift)).isoformat(), "day"
        if kind == "ago":
            n = _SMALL.get(g["n"].lower()) or int(g["n"])
            if ref is None:
                return None, "day"
            return (ref - timedelta(days=n * (7 if g["unit"].lower() == "week" else 1))).isoformat(), "day"
        if kind == "relperiod":
            unit, rp = fold(g["unit"]), fold(g["rp"])
            step = {"last": -1, "this": 0, "next": 1}[rp]
            if ref is None:
                return None, unit
            if unit == "week":
                return (monday(ref) + timedelta(days=7 * step)).isoformat(), "week"
            if unit == "month":
                y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
                return f"{y:04d}-{mo + 1:02d}", "month"
            return f"{ref.year + step:04d}", "year"
        if kind == "year":
            return g["year"], "year"
        if kind in ("bare_month", "month_end"):
            return None, "month"
        if kind == "clock":
            hour = int(g["h"])
            if not 1 <= hour <= 12:
                return None, None
            hour = hour % 12 + (12 if g["ap"].lower() == "p" else 0)
            return f"{hour:02d}:{g['mi'] or '00'}", "time"
        if kind == "noon":
            return ("12:00" if g["nm"].lower() == "noon" else "00:00"), "time"
        if kind == "clock24":
            return f"{g['hh'] or g['hh2']}:{g['mm'] or g['mm2']}", "time"
    except ValueError:
        return None, None
    return None, None
