"""Briefing: the one function that turns a story's articles into what a reader gets.

clean → wire copies → analyse → align → disagree → summarize, then the parts that need the whole
picture: a neutral title, single-source claims and a timeline. Every front door (CLI, API, batch,
web) calls ``build`` and serialises the same ``Brief``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from accord import analyse, clean, support, tfidf, verbs
from accord.align import align, independent, roots
from accord.analyse import dates, numbers
from accord.disagree import compare
from accord.group.copies import find_copies
from accord.ingest import meta
from accord.model import TITLE_LABEL, Article, ArticleRef, Brief, Cited, Dated, Fact, Mention, Sentence, SingleSource, Variant
from accord.options import DEFAULT, Options
from accord.patterns import fold
from accord.threads import one_blas_thread
from accord.summarize import coherence, select, usable
from accord.summarize.events import Frame, frame
from accord.summarize.features import neutral_headline
from accord.words import MONTH_NAMES, is_timestamp, reporting


# (mend28) What makes a sentence lean on the one its article put before it, shown alone as a key fact:
# what the summary's check flags in an opening (a he/she/they nobody named, a quotation or "he said" with
# no named speaker, a writer's "I" or "we", a role where a name belongs) ...
_LEANS_BACK = frozenset({"unresolved pronoun", "unattributed quote", coherence.FIRST_PERSON, coherence.WRITERS_WE,
                         coherence.UNNAMED_SPEAKER})
# ... but an "it" that stands for the clause after it ("It is expected the elections will be monitored …",
# "It was not clear whether …", "It is time to …"), which names what it is about
_EXPLETIVE_IT = re.compile(r"^It\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|"
                           r"appeared|remains|remained)\s+(?:not\s+)?(?:(?:yet|still|now|also|widely)\s+)?"
                           r"(?:[a-z]+ed\b|(?:clear|unclear|likely|unlikely|possible|impossible|important|"
                           r"necessary|hard|difficult|easy|true|time|too\s+early|not\s+known)\b"
                           r"(?=\s+(?:that|to|whether|if|how|why|when|who|what|for|the|a|an|this|he|she|they)\b))")
# ... a "then" that orders the event after one told before ("The Hummer then follows.", "By then, …");
# never "then-President" (a title), an "if … then" nor a "then" inside quotation marks
_THEN = re.compile(r"\b(?:[Tt]hen)\b(?![-‐–])(?!\s+(?:[A-Z]|\d))")  # not "then Governor Jerry Brown", "then 24" (lead63)
# ... nor "Tom Weller, then a member of the House, …": an apposition saying what he was at the time (lead63)
_THEN_APPOSITION = re.compile(r",\s+then\s+(?:a|an|the)\s+[^,]{1,60},")
# ... but a "then" that orders the sentence's second clause after its own first ("… took two officers hostage on
# Monday and then escaped", "… stopped at the reception, then entered"): the event before it is told, not untold
_THEN_WITHIN = re.compile(r"(?<=\w)(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)then\b(?![-‐–])")
_IF_BEFORE = re.compile(r"\b(?:[Ii]f|[Oo]nce|[Ww]hen)\b")
# ... and a post's handle or hashtag in the sentence's own words ("Rest In Paradise young Blood
# @PRODIGYMOBBDEEP …", "#RIP legend"): an embedded post's fragment, not a sentence of the story
_POST_MARK = re.compile(r"(?<![\w.])(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)[@#][A-Za-z_]\w{1,}")  # (lead63) not "the #MeToo movement"
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# ... a quotation in single marks closed ("…,' said the neighbour."), an opening that points at the sentence before
# ("Other hits …", "Another …", "This would …"), and a speaker given only as a description or "one" ("…," says one.",
# "…," the comedian added.", "…,' said the neighbour."): a reader of the list cannot tell who
_SINGLE_CLOSE = re.compile(r"[,.!?]['’](?:\s|$)")
# ... though a quotation its named speaker opens ("Police said: \"The fire progressed …") is theirs, closed or not
_NAMED_OPENS_QUOTE = re.compile(r"^(?!(?:A|An|The|One|Another)\s)[A-Z][^\"“”]{0,60}?\b(?:"
                                + "|".join(reporting("say tell add write state", now="say"))
                                + r")\b[^\"“”]{0,20}?[:,]?\s*[\"“]")
# ... and a short opening phrase before an "it" or a "they" ("Ultimately, it will be …", "Still, they …")
_LEAD_IN = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(?=(?:it|its|they|them|their)\b)")
_OTHER_OPEN = re.compile(r"^(?:Other|Another)\s+[a-z]|^The\s+others\b|^Others\b(?!\s+(?:who|that|which|in|at|of|on|from)\b)"
                         r"|^The\s+same\s+(?!-)[\w-]+\b(?!.*\bas\b)")
# (lead64) ... "The others …", "The same day, …" (not "The same rules as …"), "The first flights are …" (of what: the
# set the sentence before told; not "The first woman to …", "The next few days"), a "Some" standing for a group told before ("Some were injured", "Some said …"), a quotation whose first word is a person the line never
# names ("\"He was incredibly bright,\" said a friend."), and a sentence cut where a list or a quotation was to
# follow ("… part of which read:") or inside a web address ("… on the USGS website, www."): each leans on words the
# reader of a list does not have
_SOME_OPEN = re.compile(r"^Some\s+(?:(?:have|had|are|were|will|would|could|can|may|might|also|even|still)\b|"
                        + "|".join(reporting("say argue claim", now="say argue claim", plain="say argue claim"))
                        + r"\b)")
_ORDINAL_OPEN = re.compile(r"^The\s+(?:first|second|third|next|remaining|latter)\s+(?:[a-z-]+\s+)?(?!(?:days?|weeks?|months?|years?"
                           r"|decades?|hours?|minutes?|times?)\b)[a-z-]+\s+(?:is|are|was|were|will|would|has|have|had|[a-z]+ed)\b")
# ... (a quotation's "He" followed by a verb, not a title in quotation marks: "Her" director, "His Dark Materials"; and
# not when the line says whom it is about: "…," Tom Hanks said of Jean Harlow.)
_QUOTE_OPENS_ON_SOMEONE = re.compile(r"^[\"“‘']\s*(?:He|She|His|Her|Him|They|Their|Them)\s+[a-z]")
_CUT_SHORT = re.compile(r"(?::|\bwww\.|https?:/*)\s*[\"”'’]?\s*$")
_POINTING = re.compile(r"^(?:This|That|These|Those)\s+(?:would|could|will|can|may|might|should|must|is|was|are|were|has|had|have)\b")
# the verbs by which a line names its speaker beside a quotation (told, not credited: no "reported")
_SPEECH = "(?:" + "|".join(reporting("say add tell write explain note recall", now="say add tell write")) + ")"
_SAID_OF = re.compile(r"\b" + _SPEECH + r"\s+(?:[\w,]+\s+){0,3}?(?:of|about)\s+(?:(?:the\s+late|former|late)\s+)?[A-Z][\w'’-]+")
_DESCRIBED_SPEAKER = re.compile(r"[,.!?][\"”'’]\s+(?:" + _SPEECH + r"\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+|" + _SPEECH + r"\s+one"
                                r"|(?:the|a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+" + _SPEECH + r"|one\s+" + _SPEECH + r")\b"
                                r"(?!,?\s+[A-Z][a-z]+)")  # (not "…," said the mayor, Jane Doe.)
# ... or by kin or tie to someone the line never names ("…," said his brother.", "…," her lawyer said."): read
# alone, whose brother is nobody's (lead63). Not when a full name stands in the line ("'Tom Reed was gentle,'
# said his brother."), nor with the speaker named after it ("…," said his brother, Sam Reed.")
_TIED_SPEAKER = re.compile(r"[,.!?]\s?[\"”'’]\s+(?:" + _SPEECH + r"\s+(?:his|her|their)\s+(?:[a-z]+\s+){0,1}[a-z]+"
                           r"|(?:his|her|their)\s+(?:[a-z]+\s+){0,1}[a-z]+\s+" + _SPEECH + r")\b(?!,?\s+[A-Z][a-z]+)")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+")

# ... and (cite36) an opening that dates the event by one told before ("That same year, …", "The next day, …",
# "Later that month, …", "Two days later, …", "At the time, …"): a reader of the list cannot check when, unless
# the sentence itself names that year, month or day ("That same year, 1957, …")
_UNIT = r"(day|night|morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|fall|autumn|decade)"
# "At the time of his arrest", "On the same day as the election": the sentence names its own time (mend59)
_OWN_TIME = r"(?!\s+(?:of|as|that)\b)"
_CONTEXT_TIME = re.compile(
    r"^\W*(?:(?:(?:Later|Earlier|Early|Late)\s+(?:in\s+)?(?:that|the\s+same|that\s+same)\s+" + _UNIT + r")"
    r"|(?:(?:On|In|By|During|Within|Over|Later|Earlier)\s+)?(?:[Tt]hat|[Tt]he)\s+(?:same|next|following|previous|prior|"
    r"preceding|very\s+same)\s+" + _UNIT + _OWN_TIME +
    r"|[Tt]hat\s+" + _UNIT + r"(?![-'’\w])"
    r"|(?:(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A\s+few|\d+)\s+" + _UNIT + r"s?|"
    r"(Hour|Day|Week|Month|Year|Minute|Moment)s)\s+(?:later|earlier|afterwards?|after\s+that|before\s+that)\b"
    r"|At\s+(?:that|the)\s+time\b" + _OWN_TIME + r"|Since\s+then\b|Until\s+then\b)")
_A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_A_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                    r"\s+\d{1,2}\b|May\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)")
_A_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _dated_by_context(text: str) -> bool:
    """Whether ``text`` opens on a time told only by the sentence before ("That same year he shot …", "The next
    day, …"), naming no such time itself (a year for a year, a month for a month, a day or date for a day)."""
    m = _CONTEXT_TIME.match(text)
    if not m:
        return False
    unit = next((g for g in m.groups() if g), "").lower()  # "Years later" reads as a year (mend59)
    if unit in ("year", "decade", "season", "summer", "winter", "spring", "fall", "autumn"):
        return not _A_YEAR.search(text)
    if unit == "month":
        return not _A_MONTH.search(text)
    return not _A_DAY.search(text)


# ... and (lead63) a person given only by age as the subject ("The 58-year-old is at her home …", "The 23-year-old
# was charged …", "The 41-year-old mother of three was …"): in a list, apart from the sentence that named them,
# nobody is named. Not a thing's age ("The 50-year-old bridge collapsed …", "The 27-year-old treaty bans …": a noun
# that is no person's), a name after the age ("The 58-year-old actor Tom Hanks", "The 58-year-old, Dariga
# Nazarbayeva, …", "The 34-year-old, named locally as Jane Cole, …") nor an indefinite lede ("A 41-year-old man …")
_AGE_SUBJECT = re.compile(r"^[\"“]?The\s+(?:[a-z-]+\s+)?(?:1[01]\d|\d{1,2})-year-old\b(?![-‐])")
_AGE_STOP = frozenset("is was were are has had have will would could can may might must should said says told "
                      "who whose which that in at on of from for with to by and but after before as".split())
_AGE_PERSON = re.compile(r"(?:" + coherence.PERSON_HEADS + r")s?")
_NAMED_LATER = re.compile(r"\b(?:named|identified|known|described)\b(?:\s+[\w.]+){0,3}?\s+as\s+[A-Z]|,\s+[A-Z][\w'’-]+\s+[A-Z]")


def _age_only(text: str) -> bool:
    """Whether ``text`` opens on "The N-year-old" for a person it never names (``_AGE_SUBJECT``): the words after
    the age up to its verb name no one, and are either none ("The 58-year-old is …") or hold a person's noun."""
    m = _AGE_SUBJECT.match(text.strip())
    if not m:
        return False
    rest = text.strip()[m.end():]
    if _NAMED_LATER.search(rest):
        return False  # "The 34-year-old, named locally as Jane Cole, …"
    person = nouns = False
    for word in rest.split()[:6]:
        bare = word.strip(",;:()\"“”'’")
        if bare[:1].isupper():
            return False  # a name follows the age
        if bare in _AGE_STOP or bare.endswith("ed") or not bare:
            break
        if _AGE_PERSON.fullmatch(bare):
            person = True
        else:
            nouns = True
        if word.endswith(","):
            break
    return person or not nouns


def stands_alone(text: str) -> bool:
    """Whether a sentence says what it says without the sentence before it: a key fact is read in
    a list, apart from the article that told it, so one whose subject or speaker is a pronoun
    nobody named ("He said it was true."), whose event is ordered after an untold one ("The
    Hummer then follows."), that is one sentence of a longer quotation (a quotation mark left open or
    closed alone) or a post's fragment ("… @handle …") tells the reader nothing
    they can check (issue 13, mend28). Names, figures and a speaker named in it are enough."""
    if (text.count('"') % 2 or text.count("“") != text.count("”") or (text[:1] in "'‘" and not _SINGLE_CLOSE.search(text))) \
            and not _NAMED_OPENS_QUOTE.match(text):
        return False  # one sentence of a longer quotation ("… naked as jaybirds. \""): its speaker is in another
    lead = _LEAD_IN.match(text)
    if lead and not _EXPLETIVE_IT.match(text[lead.end():].strip().capitalize()):
        return False  # "Ultimately, it will be difficult …": the "it" of the sentence before
    if _age_only(text):
        return False  # "The 58-year-old is at her home …": the sentence before named her (lead63)
    if _dated_by_context(text):
        return False  # "That same year he shot …": the year is the sentence before's (cite36)
    if _OTHER_OPEN.match(text) or _POINTING.match(text.lstrip("'‘\"“ ")):
        return False  # "Other hits included …", "This would typically occur when …": what came before
    if _QUOTE_OPENS_ON_SOMEONE.match(text) and not _SAID_OF.search(_QUOTED.sub(" ", text)):
        return False  # "\"He was …,\" said a friend." (lead64)
    if _SOME_OPEN.match(text) or _ORDINAL_OPEN.match(text) or _CUT_SHORT.search(text):
        return False  # "Some said …", "The first flights are …", "… part of which read:" (lead64)
    if (_QUOTED.search(text) or text[:1] in "'‘") and _DESCRIBED_SPEAKER.search(text):
        return False  # "'It sounded like …,' said the neighbour.", "…," says one.": a speaker nobody named
    if (_QUOTED.search(text) or text[:1] in "'‘\"“") and _TIED_SPEAKER.search(text) and not _FULL_NAME.search(text[1:]):
        return False  # "\"He spoke a few languages,\" said his brother.": whose brother (lead63)
    own = _THEN_WITHIN.sub(" and", _THEN_APPOSITION.sub(",", _QUOTED.sub(" ", text)))  # "… and then released" (lead63)
    for m in _THEN.finditer(own):
        if not _IF_BEFORE.search(own[:m.start()]):
            return False
    if _POST_MARK.search(own):
        return False
    # the summary's check last: it costs most of this test, and a sentence the patterns above turn down
    # needs no reading (speed23)
    reason = coherence.leaning(text)
    return not (reason in _LEANS_BACK and not (reason == "unresolved pronoun" and _EXPLETIVE_IT.match(text.strip())))


def story_date(articles: Sequence[Article]) -> date | None:
    """The story's reference date: the most common publication date among its articles.

    Articles without a date (plain scraped text) resolve "on Thursday" or "Jan. 19" against it;
    an article's own date always wins. (timeline11) A web archive's crawl log (``_logs``: "Crawl start date: 09 March,
    2011") is no report: the day its crawl began dates no other article's "Thursday".
    """
    logs = _logs(articles)
    days = Counter(a.published[:10] for a in articles if a.published and a.id not in logs)
    for value, _ in days.most_common():
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    return None


def headline(article: Article) -> str:
    """The article's headline as a reader should see it: without the outlet's name, section or
    slogan the page appended (``meta.clean_title``; never half of a hyphenated word it took for one);
    "" when the title is only the opening words or the opening sentence of the text (a reader that
    found no headline named the article by them) or only a time stamp (``words.is_timestamp``)."""
    title = meta.clean_title(article.title, article.source, article.url)
    text = article.raw_text or article.text or ""
    first = " ".join(next((line for line in text.splitlines() if line.strip()), "").split())
    cut = title.endswith("…") and " ".join(text.split()).startswith(title.rstrip("…").strip())
    if not title or cut or (title == first and first[-1:] in ".!?") or is_timestamp(title):
        # the text's opening words or sentence, or a page's time stamp scraped as the title ("updated 8:41 p.m.")
        return ""
    return title


def neutral_title(articles: Sequence[Article], summary: Sequence[Cited] = (), options: Options = DEFAULT) -> str:
    """The headline closest to all the others: what the outlets share, not one outlet's angle.

    With no headline at all, the summary's lead (its first clause when the sentence is long), so
    that a story read from files and the same story read from a batch line get the same title. A
    headline cut at a length (``Article.title_cut``: "… Megan Rapinoe,", "Ms") names no story: readers
    took such titles for page debris.
    """
    titles = [t for t in (headline(a) for a in articles if not a.title_cut) if t]
    k = neutral_headline(titles)
    if k is None:
        lead = next((c.text for c in summary if c.text.strip()), "")
        return _shorten(lead, options.title_max_words)
    return titles[k]


def _shorten(sentence: str, most: int) -> str:
    """A long lead cut at its first clause boundary after six words (within ``most`` + 8 words,
    ``options.title_max_words``), else after ``most`` words with an ellipsis."""
    words = sentence.split()
    if len(words) <= most:
        return sentence.strip()
    head = " ".join(words[:most + 8])
    start = len(" ".join(words[:6]))
    cuts = [i for i in (head.find(", ", start), head.find(" — ", start), head.find("; ", start)) if i >= 0]
    if cuts:
        return head[:min(cuts)].strip()
    return " ".join(words[:most]) + "…"


def _claims(evidence: support.Evidence, facts: Sequence[support.Checked], limit: int) -> list[SingleSource]:
    """Facts that one independent source states (checked: no other article does) and that state
    something checkable.

    Checkable = a figure, a date, a quote or two named entities: the claims a careful reader wants
    flagged as resting on one outlet. Wire copies of one source count as one, and so do two articles of
    one outlet (issue 12: a claim only an outlet's live page and its follow-up tell is single-source).
    Taken in turn from each article (by position) so one long article cannot fill the list. A fact another outlet
    tells in part, or gives another value for, is not flagged: "only this source" is a claim too.
    """
    per_article: dict[str, list[Sentence]] = {}
    for fact in facts:
        if fact.independent != 1 or fact.related or fact.differs or fact.disagreements:
            continue
        s = fact.sentence
        if not support.checkable(s) or not evidence.reads_as_claim(s):
            continue  # nothing to flag, or a fragment ("An earthquake with a magnitude of at least 5.")
        source = evidence.source(s.article)  # a wire copy's (or its outlet's other article's) claims queue together
        per_article.setdefault(source, []).append(s)
    out: list[SingleSource] = []
    queues = list(per_article.values())
    while queues and len(out) < limit:
        for q in queues:
            while q and len(out) < limit:  # checked only when its turn comes: most never are
                claim = q.pop(0)
                # (lead63) shown in a list apart from its article, a claim must read alone as a key fact does
                # ("The 58-year-old is at her home …", "He was later released."): checked only at its turn
                if stands_alone(claim.text) and clean.page_sentence(claim.text) is None \
                        and not evidence.told_elsewhere(claim):
                    out.append(SingleSource(text=claim.text, article=claim.article))
                    break
        queues = [q for q in queues if q]
    return out


_MONTH_DAY = (re.compile(rf"^{dates._MON}\s+{dates._DAY}$"), re.compile(rf"^{dates._DAY}\s+(?:of\s+)?{dates._MON}$"))


_BORN = re.compile(r"\b(?:born|birthday)\b[^.;]*$", re.I)


def timeline_reference(facts: Sequence[Fact], published: date | None) -> date | None:
    """The story's date for its timeline: the publication date, else inferred from the full dates
    (day, month and year) its sentences state. Each date counts once per article that states it: the
    year the most articles' dates fall in, then in it the date the most articles state (the day of
    the events the accounts share), the latest on a tie. A background date one account recalls (a
    2001 attack in a 2010 story) is outvoted by the story's own; a birth date is never one (an
    undated obituary's "Dec. 2" resolved against it to 1922)."""
    if published is not None:
        return published
    told: dict[date, set[str]] = {}  # a full date -> the articles that state it
    for article, day in _full_dates(facts):
        told.setdefault(day, set()).add(article)
    if not told:
        return None
    years: dict[int, set[str]] = {}
    for d, arts in told.items():
        years.setdefault(d.year, set()).update(arts)
    year = max(years, key=lambda y: (len(years[y]), sum(len(a) for d, a in told.items() if d.year == y), y))
    return max((d for d in told if d.year == year), key=lambda d: (len(told[d]), d))


def _full_date_mentions(facts: Sequence[Fact]) -> Iterator[tuple[Sentence, Mention, date]]:
    """Every full date (day, month and year) the sentences state, with its sentence and mention; a birth date is
    never one ("born on April 22, 1923": a life's start, not the story's day), nor (timeline11) a web archive's log line's
    (``_ARCHIVE_LINE``: "Crawl start date: 09 March, 2011"): the day the page was copied, not written. A page's own
    publication line ("This piece was written on March 3, 2015") counts: its day is the writer's, the story's."""
    for fact in facts:
        for s in fact.sentences:
            if _archive_line(s.text):
                continue
            for m in s.of_kind("date"):
                if m.start >= 0 and _BORN.search(s.text[max(0, m.start - 60):m.start]):
                    continue
                if m.label == "day" and m.value and _YEAR_WRITTEN.search(m.text or "") \
                        and (day := _iso(str(m.value))) is not None:
                    yield s, m, day


def _full_dates(facts: Sequence[Fact]) -> list[tuple[str, date]]:
    """Every full date the sentences state (``_full_date_mentions``), with the article that states it."""
    return [(s.article, day) for s, _, day in _full_date_mentions(facts)]


# (timeline10, mend90) A document's or a message's full date lends no year to another sentence's day without one: "in a
# March 13, 2015, email", "the utility's March 2, 2015, notice", "an email dated Feb. 26, 2015" (a closed list of
# documents: email, letter, memo, report, filing, post, tweet, notice, message, press release), nor a caption's, an
# anniversary's origin's or an edition's. Such a date is of a paper quoted, older than the news: its year, lent to "Jan.
# 13" two months away, dated a 2016 press conference in 2015. A date naming an event lends as before, however it is
# written ("the Aug. 3, 2019, shooting", "Her Jan. 14, 2021, arrest", "which started on July 13, 2021", "said that Jan.
# 22, 2016, was"): in follow-up news it is the story's own event, and its later days are the story's. The date itself
# still dates its own sentence.
_DOCUMENT = (r"(?:e-?mails?|letters?|memos?|memorand(?:um|a)|reports?|filings?|posts?|tweets?|notices?|messages?|"
             r"press\s+releases?)")
_DOCUMENT_AFTER = re.compile(r"^,?\s*[\"“'‘]?(?:[a-z][a-z-]+\s+){0,2}?" + _DOCUMENT + r"\b(?![-–]|\s+office)")
_DOCUMENT_BEFORE = re.compile(r"(?:\b(?i:a|an|the|his|her|its|their|our|my|your)|['’]s)\s+$")
_DOCUMENT_DATED = re.compile(r"\b" + _DOCUMENT + r"\s+dated\s+(?:on\s+)?$", re.I)


def _lending_dates(facts: Sequence[Fact]) -> list[tuple[str, date]]:
    """(timeline10) The full dates (``_full_date_mentions``) that may lend their year: written in a sentence's text and
    not a document's (``_in_passing``)."""
    return [(s.article, day) for s, m, day in _full_date_mentions(facts) if m.start >= 0 and not _in_passing(s.text, m)]


def _first_told(facts: Sequence[Fact]) -> dict[str, dict[tuple[int, int], tuple[int, int]]]:
    """(timeline12) article -> each month and day it names, with its year or without -> where it first names it
    (sentence index, start)."""
    first: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}
    for fact in facts:
        for s in fact.sentences:
            for m in s.of_kind("date"):
                if m.label not in ("day", None) or m.start < 0:
                    continue
                if (day := _iso(str(m.value))) is not None and m.value and _YEAR_WRITTEN.search(m.text or ""):
                    key = (day.month, day.day)
                elif (found := next((f for p in _MONTH_DAY if (f := p.match((m.text or "").strip()))), None)):
                    key = (dates.MONTHS[fold(found.group("mon")).rstrip(".")], int(found.group("day")))
                else:
                    continue
                seen = first.setdefault(s.article, {})
                if _YEAR_WRITTEN.search(m.text or "") and _in_quote(s.text, m.start) and _FILING_SAYS.search(s.text):
                    # a quoted filing or speaker writes every year ("'On or about March 3, 2017, the union …,' the
                    # complaint says"): no sign of another year than the writer's; the day is named before everything
                    seen[key] = (-1, -1)
                elif key not in seen or (s.index, m.start) < seen[key]:
                    seen[key] = (s.index, m.start)
    return first


# (timeline12) a paper quoted that writes every date with its year (a closed list): not a speaker recalling the past
_FILING = re.compile(r"\b(?:complaint|(?:law)?suit|filing|indictment|affidavit|motion|petition|court\s+(?:papers|documents|"
                     r"records|order)|order|ruling|judgment|verdict|contract|agreement|statement|release|letter|memo)s?\b",
                     re.I)


# (mend101) ... only as the quotation's speaker ("… ,' the complaint says", "according to the filing"): not a word of the
# sentence ("Cantrell said in a statement", "in order to")
_FILING_SAYS = re.compile(r"(?:\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}" + _FILING.pattern +
                          r"\s+(?:says|said|states|stated|reads|read|alleges|alleged|claims|claimed|charges|charged)\b|"
                          r"\baccording\s+to\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}" + _FILING.pattern + ")",
                          re.I)
# (mend101) a full date's clause that tells background (a founding, a birth, a first, a term's start): positive sign that
# it is of another year than a day told before it
_BACKGROUND = re.compile(r"\b(?:founded|co-founded|born|built|established|incorporated|since|first|took\s+office|"
                         r"(?:was|were)\s+elected|sworn\s+in|(?:which|that|when)\s+(?:[\w-]+\s+){0,3}opened)\b", re.I)
# (mend101) an anniversary's sign: an article that counts years back, or the day's own sentence that mourns
_ANNIVERSARY_ART = re.compile(r"\banniversar|\byears\s+(?:ago|since|after|to\s+the\s+day)\b", re.I)
_MOURNING = re.compile(r"\b(?:remember(?:ed|s|ing)?|mourn(?:ed|s|ing)?|commemorat\w*|memorial|wreaths?|vigil|tribute|"
                       r"in\s+memory)\b", re.I)


def _background(facts: Sequence[Fact]) -> dict[str, frozenset[date]]:
    """(mend101) article -> the full dates it tells in a background clause (``_BACKGROUND`` in the 80 characters before)."""
    found: dict[str, set[date]] = {}
    for s, m, day in _full_date_mentions(facts):
        if m.start >= 0 and _BACKGROUND.search(s.text[max(0, m.start - 80):m.start].rsplit(";", 1)[-1]):
            found.setdefault(s.article, set()).add(day)
    return {k: frozenset(v) for k, v in found.items()}


def _mourning(facts: Sequence[Fact]) -> tuple[frozenset[str], frozenset[tuple[str, int]]]:
    """(mend101) The articles that count years back, and the sentences (article, index) that mourn or remember."""
    articles: set[str] = set()
    sentences: set[tuple[str, int]] = set()
    for fact in facts:
        for s in fact.sentences:
            if _ANNIVERSARY_ART.search(s.text):
                articles.add(s.article)
            if _MOURNING.search(s.text):
                sentences.add((s.article, s.index))
    return frozenset(articles), frozenset(sentences)


def _in_quote(text: str, at: int) -> bool:
    """Whether place ``at`` of ``text`` lies inside a quotation (an open quotation mark before it)."""
    head = text[:at]
    return head.count('"') % 2 == 1 or head.rfind("“") > head.rfind("”")


def _in_passing(text: str, m: Mention) -> bool:
    """(timeline10, mend90) Whether full date ``m`` is a document's or a message's ("in a March 13, 2015, email", "an email
    dated Feb. 26, 2015"), a caption's, an anniversary's origin's or an edition's: a day older than the news."""
    before, after = text[:max(m.start, 0)], text[m.end:]
    if _DOCUMENT_BEFORE.search(before) and _DOCUMENT_AFTER.match(after) or _DOCUMENT_DATED.search(before):
        return True
    return bool(_ANNIVERSARY_OF.search(before) or _COUNTED_FROM.search(before) or _EDITION.match(after)
                or _captioned(text, m))


# (timeline11) a full date the sentence counts years from: "Ten years after Hurricane Katrina struck on Aug. 29, 2005, …",
# "two decades since the plant closed on June 3, 1998", "Five years ago, on Sept. 2, 2010, …": an older happening by the
# sentence's own count, whose year lent to "On Sept. 2" of an undated account put this year's day in that year (and,
# counted "after" or "since", it dates no sentence either: ``event_day``). Not a day counted to ("Five years later, on June 3, 2010, he …", "by Sept. 11, 2021, 20 years to the day after the attacks")
_COUNT_WORD = r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|" \
              r"fifty|a\s+few|several|many)"
# (mend94) only a date inside the counted clause itself: no comma between the count and the date ("Two years after it
# was rebuilt, the bridge collapsed on March 3, 2015", "Built more than 50 years ago, the dam failed on May 19, 2020",
# "A year after he took office, on Jan. 20, 2018, the government shut down": the main clause's day, which lends its
# year), save "N years ago, on <day>" (the count's own day)
# (an abbreviation's period does not end the clause: "hit the U.S. Gulf Coast on Aug. 29, 2005", "Gov. Reed")
_CLAUSE_CHAR = r"(?:[^;:.!?,]|(?-i:(?<=\b[A-Z])\.|(?<=\b(?:St|Mt|Ft|Dr|Co|Jr|Sr|Lt))\.|(?<=\b(?:Gov|Sen|Rep|Inc|Gen|Col))\.|" \
               r"(?<=\bCorp)\.))"
_COUNTED_FROM = re.compile(rf"\b{_COUNT_WORD}\s+(?:full\s+)?(?:years?|decades?)\s+(?:to\s+the\s+day\s+)?"
                           rf"(?:(?P<word>after|since)\s+{_CLAUSE_CHAR}{{1,80}}?\s(?:on|in)\s+|ago\s*,?\s*(?:on\s+)?"
                           rf"|ago\s+{_CLAUSE_CHAR}{{1,80}}?\s(?:on|in)\s+)$", re.I)


# (timeline13) a count of years back to a full date in the counted clause itself (``_COUNTED_FROM``: "It is 25 years since
# the Estonia sank on Sept. 28, 1994", "Five years after the river burst its banks on July 14, 2016, …", "Twenty years ago,
# on March 14, 1998, …", and "Ten years ago today, on Aug. 29, 2005, …"), or an anniversary's "of" right before it ("the
# anniversary of the Sept. 28, 1994 sinking"): that date is the anniversary's origin. Not a date counted to ("On July 14,
# 2021, five years after the flood, …"), nor a main clause's after a counted one ("Two years after it was rebuilt, the
# bridge collapsed on March 3, 2015"), nor an anniversary's celebration ("marked the 10th anniversary of its founding on
# March 3, 2019")
_AGO_TODAY = re.compile(rf"\b{_COUNT_WORD}\s+(?:full\s+)?(?:years?|decades?)\s+ago\s+(?:today|this\s+(?:week|month))\s*,?\s*"
                        r"(?:on\s+)?$", re.I)


def _origins(facts: Sequence[Fact]) -> dict[str, frozenset[date]]:
    """(timeline13) article -> the full dates it tells as an anniversary's origin (``_COUNTED_FROM``, ``_AGO_TODAY``,
    ``_ANNIVERSARY_OF`` right before it). The article is written years after that date: the origin's year dates none of
    its days told without one ("Ten years ago today, on Aug. 29, 2005, … On Aug. 30, survivors unveiled a memorial wall"
    is no 2005 wall; "It is 25 years since … Sept. 28, 1994 … On Sept. 28 relatives laid wreaths")."""
    found: dict[str, set[date]] = {}
    for s, m, day in _full_date_mentions(facts):
        before = s.text[:max(m.start, 0)]
        if m.start >= 0 and (_COUNTED_FROM.search(before) or _AGO_TODAY.search(before) or _ANNIVERSARY_OF.search(before)):
            found.setdefault(s.article, set()).add(day)
    return {k: frozenset(v) for k, v in found.items()}


# (timeline6) A year the sentence tells as past or present ("in March 2017", "since 2010", "on April 1, 1990"): only one
# the text writes out (a relative "last year" was resolved against a borrowed date), not a limit's ("by 2030", "until
# 2025"), a birth date's, nor one of a clause telling what is to come, aimed at, hoped for or run for ("will open in
# 2016", "aims to double sales in 2020", "is running for president in 2016")
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NOT_PAST = re.compile(r"\b(?:aims?|aimed|hopes?|hoped|intends?|targets?|goals?|forecasts?|projects?|projected|seeks?|"
                       r"wants?|promised?|pledged?|vowed?|(?-i:could|may|might|should|must)|next|running|run|bid|candidacy|"
                       r"campaign|election|race|season|fiscal|budget|plans?|planned|expects?|"
                       r"expires?|expiring|ends|term|lease|contract|class)\b", re.I)  # (review113) "a lease that expires in 2042"
_LIMIT_YEAR = re.compile(r"\b(?:by|until|till|through|before)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?"
                         r"(?:(?:early|late|mid-?)\s*)?(?:(?:noon|midnight|[\d:.]+\s*[ap]\.?m\.?)\s+)?(?:on\s+)?$", re.I)


# (timeline6) A sentence that counts the years from another time to its day ("marked the 169th anniversary of …", "its
# 50th-anniversary shows", "20 years after the band split"): the day's year is that time's plus the count
_COUNTED = re.compile(r"\b(?P<num>\d{1,3})(?:st|nd|rd|th)[\s-]+(?:birthday\s+and\s+)?anniversary\b"
                      r"|\b(?P<n>\d{1,3})\s+years\s+(?:to\s+the\s+day\s+)?(?:after|later|since)\b|\b(?P<cent>(?:bi)?centennial)\b", re.I)
_COUNT_CUE = re.compile(r"anniversar|\byears\b|centennial", re.I)  # a sentence that may count years: only it is read


def _years_counted(text: str) -> int:
    """The count of years a sentence puts between another time and its day (0 when it counts none); its number
    words are read as the analyser reads them (``numbers.in_digits``: "fiftieth", "twenty years")."""
    if not _COUNT_CUE.search(text):
        return 0
    for m in _COUNTED.finditer(numbers.in_digits(re.sub(r"-(?=anniversary)", " ", text, flags=re.I))):  # "fiftieth-anniversary"
        if m["cent"]:
            return 200 if fold(m["cent"]).startswith("bi") else 100
        return int(m["num"] or m["n"])
    return 0


def _counted_dates(facts: Sequence[Fact]) -> Iterable[tuple[date, int]]:
    """Each full date a sentence states with a count of years to it ("by Sept. 11, 2021, 20 years to the day after")."""
    for fact in facts:
        for s in fact.sentences:
            if count := _years_counted(s.text):
                for m in s.of_kind("date"):
                    if m.label == "day" and m.value and m.text and _YEAR_WRITTEN.search(m.text) \
                            and (d := _iso(str(m.value))) is not None:
                        yield d, count


def _stated_years(facts: Sequence[Fact]) -> Iterable[tuple[str, int, date, bool]]:
    """(article, sentence index, earliest day, told as past) of every time with a year the sentences write out ("in
    March 2017": March 1, 2017); a birth date's is never past evidence, nor (timeline11) a web archive's log line's."""
    for fact in facts:
        for s in fact.sentences:
            if _archive_line(s.text):
                continue
            for m in s.of_kind("date"):
                if m.label not in ("day", "month", "year") or not m.value or not (m.text and _YEAR_WRITTEN.search(m.text)):
                    continue
                if (start := _iso(str(m.value) + "-01-01")) is None:  # a year or a month: its first day
                    continue
                clause = _clause(s.text, m)
                before = s.text[max(0, m.start - 60):max(m.start, 0)]
                past = not (_BORN.search(before) or _LIMIT_YEAR.search(before) or _to_come(clause) or _NOT_PAST.search(clause))
                yield s.article, s.index, start, past


# (mend103) a month with its year that opens its sentence and sets its time ("In November 1973, …", "In late March 2015,
# …"); not one named further on, of a comparison's base ("compared with March 2020", "up from April 2019"), a bound
# ("since March 2018") or something else's attribute ("launched in March 2018 as a pilot"): those say nothing of the
# year of a day told beside them
_OPENS_TIME = re.compile(r"^\W*(?i:(?:in|during)\s+)?(?:(?i:early|late|mid-?)\s*)?$")
_OPENS_AFTER = re.compile(r"^\s*,")


def _months(facts: Sequence[Fact]) -> dict[str, tuple[tuple[int, date], ...]]:
    """(timeline13) article -> (sentence index, first day) of each month the article names with its year, in text
    order: (mend103) only one that opens its sentence as the time it tells ("In November 1973, students …")."""
    found: dict[str, list[tuple[int, date]]] = {}
    for fact in facts:
        for s in fact.sentences:
            for m in s.of_kind("date"):
                if m.label == "month" and m.value and m.text and _YEAR_WRITTEN.search(m.text) and m.start >= 0 \
                        and _OPENS_TIME.match(s.text[:m.start]) and _OPENS_AFTER.match(s.text[m.end:]) \
                        and (start := _iso(str(m.value)[:7] + "-01")) is not None:
                    found.setdefault(s.article, []).append((s.index, start))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _told_past(facts: Sequence[Fact]) -> date | None:
    """(timeline9) The latest time (a year's or a month's first day) a sentence writes out with its year and tells in
    the past tense ("was found in March 2015", "in 2013 he was charged"): its writer wrote then or after. Only a clause
    with a past verb counts ("the law takes effect in 2020" may be ahead), and not a birth date, a limit or a plan
    (``_stated_years``), nor (timeline11) a web archive's log line's ("Captured: 3 March 2015")."""
    latest = None
    for fact in facts:
        for s in fact.sentences:
            if _archive_line(s.text):
                continue
            for m in s.of_kind("date"):
                if m.label not in ("day", "month", "year") or not m.value or not (m.text and _YEAR_WRITTEN.search(m.text)):
                    continue
                if (start := _iso(str(m.value) + "-01-01")) is None or (latest is not None and start <= latest):
                    continue
                clause = _clause(s.text, m)
                before = s.text[max(0, m.start - 60):max(m.start, 0)]
                if _BORN.search(before) or _LIMIT_YEAR.search(before) or _to_come(clause) or _NOT_PAST.search(clause) \
                        or not _PAST_TENSE.search(clause) or re.search(r"\b(?:would|could|should|might|may)\b", clause, re.I):
                    continue
                # (mend86) nor a clause that points ahead from its past verb to the time: "was postponed to January
                # 2017", "was set for", "adjourned to", "moved to", an infinitive before the time ("slated to be rebuilt
                # in 2018", "ordered to pay … in 2017", "wanted to build … in 2017"): the time may be after the telling,
                # no bound on the writing date. One after it is a purpose ("its partnership with the FBI in March 2017
                # to check fingerprints")
                head = clause.split(m.text, 1)[0] if m.text and m.text in clause else clause
                if _POINTS_AHEAD.search(head) or _INFINITIVE.search(head):
                    continue
                latest = start
    return latest


_POINTS_AHEAD = re.compile(r"\b(?:to|for|until|till|through|by)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|life|death|prison|jail|"
                         r"court|trial|power|office)\b)[a-z]+\b")
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b|\b(?!(?:need|seed|feed|speed|bed|red|shed|hundred)\b)[a-z]{2,}ed\b")


@dataclass(frozen=True)
class _Years:
    """(timeline2) What gives a year to a day named without one in an article with no date of its own: the same
    day stated with its year ("June 20, 2005" in another account), or a full date the story's articles state, or
    a dated article's date, within ``options.timeline_year_days`` of it (the days around one event). Any other year is a guess (one
    account's history taken for the story's date: Comey's firing "on May 9" put in Watergate's 1974, a lab's
    "April 9" put beside a 2007 photo caption), and the day is left out; so is one whose year would be earlier than
    a year its article tells as past (``since``, timeline6)."""

    dated: frozenset[str]  # the articles with a date of their own
    stated: dict[tuple[int, int], set[int]]  # (month, day) -> the years full dates give it
    full: tuple[date, ...]  # every full date the articles state, and the dated articles' dates
    published: tuple[date, ...] = ()  # the dated articles' dates
    own: dict[str, tuple[date, ...]] = field(default_factory=dict)  # article -> the full dates it states (timeline10: that date their sentences)
    # (timeline6) article -> (sentence index, earliest day) of each time it tells as past, in text order
    since: dict[str, tuple[tuple[int, date], ...]] = field(default_factory=dict)
    written: frozenset[int] = frozenset()  # (timeline6) every year the story's sentences write out
    counted: frozenset[tuple[date, int]] = frozenset()  # (timeline6) a full date stated with a count of years to it
    # (timeline10) article -> every full date it states, also those named in passing (``own`` holds only the days that
    # date their sentences: the lenders)
    every: dict[str, frozenset[date]] = field(default_factory=dict)
    # (timeline12) article -> month and day -> where the article first names it (sentence index, start)
    first: dict[str, dict[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)
    # (mend101) article -> its full dates told in a background clause; articles that count years back; sentences
    # (article, index) that mourn
    background: dict[str, frozenset[date]] = field(default_factory=dict)
    anniversary: frozenset[str] = frozenset()
    mourning: frozenset[tuple[str, int]] = frozenset()
    origins: dict[str, frozenset[date]] = field(default_factory=dict)  # (timeline13) article -> its anniversaries' origins
    # (timeline13) article -> (sentence index, first day) of each month it names with its year ("In November 1973, …")
    months: dict[str, tuple[tuple[int, date], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Sequence[Fact], dated: dict[str, str]) -> _Years:
        stated: dict[tuple[int, int], set[int]] = {}
        own: dict[str, set[date]] = {}
        every: dict[str, set[date]] = {}
        for article, day in _full_dates(facts):  # the same day stated with its year: any full date
            stated.setdefault((day.month, day.day), set()).add(day.year)
            every.setdefault(article, set()).add(day)
        for article, day in _lending_dates(facts):  # (timeline10) a day near it: only one that dates its sentence
            own.setdefault(article, set()).add(day)
        told = {day for days in own.values() for day in days}
        published = {d for v in dated.values() if (d := _iso(v)) is not None}
        since: dict[str, set[tuple[int, date]]] = {}
        years: set[int] = set()
        for article, index, start, past in _stated_years(facts):
            years.add(start.year)
            if past:
                since.setdefault(article, set()).add((index, start))
        return cls(frozenset(dated), stated, tuple(sorted(told | published)), tuple(sorted(published)),
                   {k: tuple(sorted(v)) for k, v in own.items()}, {k: tuple(sorted(v)) for k, v in since.items()},
                   frozenset(years), frozenset(_counted_dates(facts)), {k: frozenset(v) for k, v in every.items()},
                   _first_told(facts), _background(facts), *_mourning(facts), _origins(facts), _months(facts))

    @staticmethod
    def _by_other(told: Mapping[str, Collection[date]], day: date, article: str) -> bool:
        """Whether an article other than ``article`` states ``day`` (in ``told``: article -> its full dates)."""
        return any(day in days for a, days in told.items() if a != article)

    def _after(self, article: str, day: date, at: tuple[int, int] | None, month: int, number: int) -> bool:
        """(timeline12) Whether ``article`` names full date ``day``'s month and day only after the place ``at`` (sentence
        index, start): a writer leaves the year out for days of the year he writes in and writes it for another year's,
        so a full date told after a day without one ("Acme said on Sept. 2 it would cut 200 jobs. … It was founded on
        July 20, 2009.", "Reed died on Jan. 14 … He took office on Dec. 1, 1987") is of another year than that day: it
        lends none. Told before it, it sets the narrative's year ("On Oct. 18, 1944, … On Oct. 24, …"), and so does a
        day the article named before without its year and states later with it (a suit quoted: "on Feb. 27 … On Feb.
        28, … 'On or about February 27, 2018, …'": the story's own day), and a year the article told as past before
        the day ("arrested in July 2018 … questioned him on March 3 … disappeared on Feb. 20, 2018")."""
        told = self.first.get(article, {}).get((day.month, day.day))
        if at is None or told is None or told < at:  # (the day itself first: named before it nowhere)
            return False
        # a year the article told as past before the day set the narrative's year ("was arrested in July 2018 … had
        # first questioned him on March 3 … disappeared on Feb. 20, 2018")
        if any(i < at[0] and d.year == day.year for i, d in self.since.get(article, ())):
            return False
        # (mend101) only on positive evidence that the full date is background, and never one later than the day it
        # would date (a deadline, an effective date: "voted on March 3 … takes effect on April 1, 2021"); the story's own
        # sequence ("pulled two miners on Nov. 12 … had caved in on Nov. 10, 2016") and the same event restated with its
        # year ("crashed on March 10 … the March 10, 2019, crash") still lend
        near = min((c for y in (day.year - 1, day.year, day.year + 1) if (c := _date(y, month, number)) is not None),
                   key=lambda c: abs((c - day).days), default=None)
        if near is None or day > near:
            return False
        if day in self.background.get(article, ()):  # "founded on July 20, 2009", "took office on Dec. 1, 1987"
            return True
        if day == near and (article in self.anniversary or (article, at[0]) in self.mourning):  # an anniversary
            return True
        # a year the story gives otherwise (a dated article, another account's own date) later than the full date's
        return any(d.year > day.year + 1 for d in self.published) or \
            any(d.year > day.year + 1 for a, days in self.own.items() if a != article for d in days)

    def day(self, month: int, number: int, within: int, article: str = "", index: int | None = None,
            start: int = 0) -> date | None:
        """The day ``month``/``number`` names in ``article`` (one with no date), None when its year is a guess. (mend80) A
        dated article's date near it comes first: "founded on June 20, 1998" recalled in a 2021-06-22 article gives no
        1998 to another's "stepped down on June 20"; (mend81) as does a full date of its own article, the nearer of
        the two ("reported a loss on June 18, 2020 … resigned on June 20" is 2020 beside a 2021 article's date)."""
        at = (index, start) if index is not None else None
        origins = self.origins.get(article, frozenset())  # (timeline13) an anniversary's origin lends its article no year
        own = tuple(d for d in self.own.get(article, ()) if not self._after(article, d, at, month, number)
                    and d not in origins)
        day = self._near(self.published + own, month, number, within)
        if day is not None and self._background_year(day, month, number, within, article, own):
            return None
        if day is None:
            # (timeline12) not the year of a full date its own article tells only after it, unless another account
            # states it too
            years = {y for y in self.stated.get((month, number), set()) if (d := _date(y, month, number)) is None
                     or d not in origins and (not self._after(article, d, at, month, number)
                                              or self._by_other(self.every, d, article))}
            full = tuple(d for d in self.full if d in self.published or d not in origins
                         and (not self._after(article, d, at, month, number) or self._by_other(self.own, d, article)))
            day = _date(next(iter(years)), month, number) if len(years) == 1 else \
                self._near(full, month, number, within)
        # (timeline6) an article that has told a later year as past, before the sentence ``index``, was written in it or
        # after: a day it names then without its year is of its own year (a writer leaves the year out for this year's
        # days), never of an earlier one a background date gives ("killed on April 1, 1990" … "its partnership with the
        # FBI in March 2017" … "identified on May 4": no 1990 day). A later year told only after the day is a look
        # ahead from the narrative's year ("On October 18, 1944 … on October 24 …" before "founded Microsoft in 1975"),
        # and so is one in the day's own sentence (review113: "On Nov. 6, he named a chief of staff who served until
        # his death in 2015");
        # one within ``within`` days is the turn of the year ("Dec. 30" in a report of Jan. 2, 2018)
        latest = max((d for i, d in self.since.get(article, ()) if index is None or i < index), default=None)
        # (mend86: timeline9's same-year bound dropped: "arrested in July 2018 … had first questioned him on March 3" is
        # an earlier step of the same year, told after, as often as "in November 2015 … Snyder's Jan. 13 press
        # conference" is the January after it; the two read alike)
        if day is not None and latest is not None and day.year < latest.year and (latest - day).days > within:
            return None
        # (timeline13) the same month named with another year in this sentence or the one before ("In November 1973,
        # students barricaded themselves inside … . Fearful that the revolt would spread, on Nov. 17 the police moved in
        # with tanks", in a 2008 story): the day is of that month, not of the year lent
        if day is not None and index is not None and any(
                index - 1 <= i <= index and d.month == month and d.year != day.year for i, d in self.months.get(article, ())):
            return None
        # (mend103) nor the year of its own anniversary's origin, whoever lends it (a dated report from the origin's time
        # in the story: "It is 25 years since the Estonia sank on Sept. 28, 1994 … On Sept. 28 relatives laid wreaths"
        # beside a 1994-09-29 report): the article was written years later
        if day is not None and any(o.year == day.year for o in origins):
            return None
        return day

    def _background_year(self, day: date, month: int, number: int, within: int, article: str,
                         own: Sequence[date]) -> bool:
        """(timeline14) Whether ``day`` took its year from a background full date of its own article that no publication
        date bears out: the story has dated articles, none within ``within`` days of the day, the reading nearest each of
        them is another year, and every full date of its article near the day is background (a founding, a term's start:
        ``background``) or its article counts years back (``anniversary``): "He founded the harbour company on May 20,
        2018. On June 3 the authority fired its director." in a story of March 2019 is 2018 or 2019, a guess. (mend108) A
        full date the article tells as its own news lends its year to the days after it ("The mine caved in on Nov. 10,
        2023, … On Nov. 12 rescuers pulled two miners …": the narrative's sequence), and so does every day of a story
        with no dated article (the narrative's year: "On Oct. 18, 1944, … On Oct. 24, …")."""
        if not self.published or any(abs((day - p).days) <= within for p in self.published):
            return False
        lenders = [d for d in own if abs((day - d).days) <= within]
        if article not in self.anniversary and any(d not in self.background.get(article, ()) for d in lenders):
            return False
        return all((near := dates.month_day(month, number, p)) is not None and near.year != day.year
                   for p in self.published)

    def other_year(self, article: str, day: date) -> bool:
        """(timeline9) Whether ``article`` states ``day``'s month and day with another year ("The April 25, 2015
        earthquake …" on a page dated 2016 whose older posts say "since the quake on April 25"): the year the day
        was given is one of two, a guess, and the day is left out."""
        return any(d.month == day.month and d.day == day.day and d.year != day.year for d in self.every.get(article, ()))

    @staticmethod
    def _near(days: Sequence[date], month: int, number: int, within: int) -> date | None:
        near = [(abs((d - f).days), d) for f in days if (d := dates.month_day(month, number, f))]
        return min(near)[1] if near and min(near)[0] <= within else None


def _day(m: Mention, ref: date | None, ahead: int | None = None) -> str | None:
    """The day a date mention names: its resolved value, else (a month and day with no year, in an
    article with no date) the year that puts it nearest the story's date; a month and day with no year in
    a sentence that tells what is to come ("She will host the March 2 broadcast"), resolved to a day more
    than ``ahead`` days before the story's date, is the next one."""
    if m.label not in ("day", None) or (m.value and m.label != "day"):
        return None
    found = next((f for p in _MONTH_DAY if (f := p.match((m.text or "").strip()))), None)
    if found is None or ref is None:
        return str(m.value)[:10] if m.value else None
    month, number = dates.MONTHS[fold(found.group("mon")).rstrip(".")], int(found.group("day"))
    day = _iso(str(m.value)) if m.value else dates.month_day(month, number, ref)
    if day is not None and ahead is not None and day < ref - timedelta(days=ahead):
        # (a dated article's "March 2" was resolved to the nearest March 2 too: the same holds for it)
        day = next((d for y in (day.year + 1, day.year + 2) if (d := _date(y, month, number)) is not None), day)
    return day.isoformat() if day else (str(m.value)[:10] if m.value else None)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# (timeline1) A sentence that tells what is to come: a day it names without a year is the next one, not
# the nearest ("will make her second appearance ... on the March 2 broadcast", told in August, is next March)
_TO_COME = r"will|shall|(?:is|are)\s+(?:set|scheduled|due|expected|slated)\s+to"  # a verb telling what is to come
_AHEAD = re.compile(rf"\b(?:{_TO_COME}|(?:is|are)\s+to\s+be|upcoming)\b", re.I)
# ... when the nearest lies more than ``options.timeline_ahead_days`` before the story's date (a day just past,
# told as to come, is the story's date inferred a little late: "will be mailed on January 2" in mid-January)
# (timeline2) ... in the clause that names the day: "Police arrested Tom Reed on March 2 and he will stand trial" told
# in August is last March. A clause ends at a punctuation mark, a conjunction or a reporting verb ("said on March 2
# that the mine will reopen", "On March 2 the owner said the mine will reopen")
_CLAUSE_END = re.compile(r"[,;:—–()]|\b(?:and|but|or|that|while|whereas|who|which|whom|said|says|told|tells|"
                         r"announced|added|stated)\b", re.I)


# (mend80) A fronted time phrase ("From March 1, smoking will be banned …") belongs to the clause after its comma
_FRONTED = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}$")
# (mend81) ... only when the clause's subject is short and its own verb tells what is to come ("smoking will be
# banned"), never a later clause's "will" ("On March 2, the council approved a budget the mayor will sign": past)
_MAIN_AHEAD = re.compile(rf"\s*(?:[\w'’$.-]+\s+){{1,4}}?(?:{_TO_COME})\b", re.I)


def _clause(text: str, m: Mention) -> str:
    """The clause of ``text`` that names date mention ``m``: from the last clause break before it to the next after;
    a phrase that opens the sentence with the day and a few words before it runs on to the clause after its comma."""
    start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, max(m.start, 0))), default=0)
    after = _CLAUSE_END.search(text, m.end)
    if after and after.group() == "," and start == 0 and _FRONTED.match(text[:max(m.start, 0)]):
        main = _MAIN_AHEAD.match(text, after.end())  # (mend81) the main verb's "will", not a later clause's
        if main:
            return text[start:main.end()]
    return text[start:after.start() if after else len(text)]


# (timeline2) A named day ("on Easter Sunday", "on Black Friday") is the news of the sentence. A weekday is resolved to
# the article's week: the day that bears the name is reckoned instead, from Easter or from Thanksgiving (the fourth
# Thursday of November), in the year of that week or the one before (an article a month after Easter).
# (mend80) A named day that cannot be reckoned ("Super Tuesday", "Bloody Sunday": often a day of history) or that is
# part of a longer name ("the Good Friday Agreement") never dates a sentence by the article's week: it is left out
_EASTER_DAYS = {"palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "good friday": -2, "holy saturday": -1,
                "easter sunday": 0, "easter monday": 1, "ash wednesday": -46, "shrove tuesday": -47,
                "mothering sunday": -21, "whit sunday": 49, "pentecost sunday": 49, "whit monday": 50,
                "trinity sunday": 56}
_THANKSGIVING_DAYS = {"thanksgiving thursday": 0, "black friday": 1, "cyber monday": 4, "giving tuesday": 5}
_NAMED_DAY = re.compile(r"\b(?P<name>Oscars?|Easter|Palm|Super\s+Bowl|Selection|Bloody|Black|Good|Holy|Cyber|Ash|Maundy|"
                        r"Shrove|Super|Giving|Whit|Pentecost|Trinity|Mothering|Thanksgiving)\s+$")
_LONGER_NAME = re.compile(r"^(?:['’]s)?\s+(?:Agreements?|Accords?|Massacres?|Uprising|Rising|Offensive|Riots?|Protests?|"
                          r"Treaty|Deal|Revolution|Attacks?|Bombings?|Marches|March\b(?!\s+\d)|Parade|Act)\b")
# (mend81) not any capital: "at Easter Sunday Mass", "on Good Friday Pope Francis …" are the day itself


def _easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _named_on(name: str, year: int) -> date | None:
    """The day ``name`` ("good friday", "black friday") falls on in ``year``; None for a name not reckoned."""
    if name in _EASTER_DAYS:
        return _easter(year) + timedelta(days=_EASTER_DAYS[name])
    if name in _THANKSGIVING_DAYS:
        first = date(year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + timedelta(days=_THANKSGIVING_DAYS[name])
    return None


def _named_day(text: str, m: Mention, undated: _Years | None = None, within: int = 0) -> str | None:
    """The day a named weekday ("on Easter Sunday") names: "" when it is no named day, None when it names one whose
    day cannot be told (left out: the sentence's other days may still date it). ``undated``: the story's year
    evidence, for a named day of an article with no date (its week is another article's: the day is kept only
    where ``_Years`` gives it that year)."""
    found = _NAMED_DAY.search(text[:max(m.start, 0)])
    if found is None or not _WEEKDAY.match((m.text or "").strip()) or not m.value:
        return ""
    week = _iso(str(m.value))
    name = " ".join([found.group("name"), (m.text or "").strip().rstrip("s'’").split()[-1]]).casefold()
    if week is None or _AHEAD.search(_clause(text, m)) or _LONGER_NAME.match(text[m.end:]):
        return None
    day = next((d for y in (week.year, week.year - 1) if (d := _named_on(name, y)) is not None and d <= week), None)
    if day is not None and undated is not None and undated.day(day.month, day.day, within) != day:
        return None
    return day.isoformat() if day else None


# A day that names a deadline ("ahead of a January 22 deadline", "the deadline of Jan. 22", "a May 19 due date") dates
# no event of the sentence (timeline4: also when the sentence names no other day; it was only then before).
_DEADLINE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:deadline|target date|due date|cut-?off)\b", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:deadline|target date|due date|cut-?off)\s+(?:of|on|set for|for)\s+(?:the\s+)?$", re.I)
# (mend83) ... but "rejected the deadline on Tuesday", "missed the deadline on Friday": a day after "deadline on" is
# when something was done to the deadline, when a past verb acting on it comes right before ("the hospital's" between)
_DONE_TO_DEADLINE = re.compile(r"\b(?:rejected|accepted|met|missed|beat|extended|ignored|defied|dismissed|scrapped|"
                               r"dropped|lifted|waived|postponed|delayed|relaxed|suspended|withdrew|agreed\s+to|"
                               r"pushed\s+back|brought\s+forward|moved\s+up)\s+(?:(?:the|a|an|its|his|her|their|this|"
                               r"that|[\w.-]+['’]s?)\s+){0,3}(?:[\w-]+\s+)?(?:deadline|target date|due date|cut-?off)"
                               r"\s+on\s+(?:the\s+)?$", re.I)
# A relative clause still open before the day ("…, commander of the contingent which sent troops
# from Russia, Belarus and Armenia on January 6"): the day dates the clause, not what the sentence
# reports (a remark made a week later). The clause is closed by a semicolon, a colon, a dash, a
# parenthesis or a comma before a lower-case word (", appeared in court"); a comma before a capital
# ("Russia, Belarus") is a list's.
_OPEN_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b(?:(?![;:—–()]|,\s+[a-z]).)*$")


# (timeline1) A day named as a bound, not as the day something happened: "since", "after", "before",
# "ahead of" right before it ("games played after January 1", "before Tuesday's default deadline"). Not
# "by" nor "until": "completed by Wednesday", "closed until Monday" date what is to happen then
_BOUND_WORD = r"\b(?i:since|after|before|prior\s+to|ahead\s+of|preceding|following)\s+"
_BOUND = re.compile(_BOUND_WORD + r"(?:(?:its|his|her|their|this|that|last|early|late|mid-?)\s+)?$", re.I)
# ... though a day that names an event ("after Monday's robbery", "after the Saturday shooting": "the" keeps it
# out of the pattern above) dates what came right after it, unless what it names is a deadline
_OWNS = re.compile(r"^['’]s\b")
# (timeline13) but a day that names an event after "before", "ahead of", "prior to", "preceding" ("were told to move their
# cars before Sunday's high tide", "handed out sandbags ahead of Sunday's storm") dates nothing the sentence tells: what it
# reports came before that day, and the day is often still to come (the week's next Sunday, resolved as last Sunday)
_BEFORE_WORD = re.compile(r"(?i:before|prior\s+to|ahead\s+of|preceding)\b")
# (mend103) ... but "hours/minutes/shortly/just before Sunday's final" is that same day: the sentence's day, as before
_JUST_BEFORE = re.compile(r"\b(?i:hours?|minutes?|moments?|seconds?|shortly|just|right|immediately|an\s+hour)\s+$")
_DEADLINE_NAMED = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:deadline|due\s+date|cut-?off)\b", re.I)
# ... or a few words after the bound, when the sentence names another day ("a third strike since its
# deployment on November 2", told of the strike "on November 19")
# (timeline2) but "after midnight on Friday", "before dawn on Tuesday" name a time of the day, not a bound: the day
# is the day of what the sentence reports ("Gunmen stormed the hotel shortly after midnight on Friday"); (mend80) only
# with "on", "at" or a comma right after it: "after dawn raids on Tuesday" is a bound
_TIME_OF_DAY = (r"(?:midnight|dawn|daybreak|sunrise|sunup|noon|midday|lunch(?:time)?|dusk|sunset|sundown|nightfall|dark)"
                r"(?:\s+(?:local\s+time|[A-Z]{2,4}|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?(?:\s+(?:on|at)\b|\s*,)")
_BOUND_NEAR = re.compile(_BOUND_WORD + rf"(?!{_TIME_OF_DAY})(?:[a-z][\w'’-]*\s+){{1,3}}(?:on|of|in)\s+$")
# ... a day whose year another sentence gave ("On April 18 of that year", "March 3 the following year"): no
# year this sentence or the article's date can give
_THAT_YEAR = re.compile(r"^\s*,?\s*(?:of\s+|in\s+)?(?:that|the\s+(?:same|following|next|previous|prior))\s+year\b", re.I)
# ... and a weekday that the date after it names in full ("Oscar Sunday, March 2, 2014", "died Tuesday (June 20)"): the date is the day
_WEEKDAY = re.compile(rf"^(?:(?:on|last|next|this|coming|past)\s+)?{dates._WD}(?:['’]s)?$", re.I)
_MON_DAY = (rf"(?:{dates._MON}\s+{dates._DAY}|{dates._DAY}\s+(?:of\s+)?{dates._MON})").replace("(?P<mon>", "(?:").replace(
    "(?P<day>", "(?:")
_DATE_AFTER = re.compile(rf"^\s*[,(]?\s*(?:the\s+)?{_MON_DAY}\b")


# (timeline4) A limit, not a day something happens: "has until Friday to respond", "a wind chill advisory until noon
# Jan. 2", "must withdraw by September 11", "were ordered to leave by Monday" (a time of day may stand between:
# "by 5 p.m. Friday"). "until" always names one; "by" when the clause binds someone to it (must, has to, ordered,
# required, given …) or the sentence names another day: "decided to withdraw all troops by September 11, officials
# said on Tuesday" tells the decision, not the withdrawal. A lone "by" is still the day a plan is set to end ("the
# pullout would be completed by Jan. 19", timeline1).
_CLOCK_TIME = r"(?:(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?|close\s+of\s+business)\s+(?:on\s+)?)?"
_UNTIL = re.compile(r"\b(?:until|till|til|up\s+to)\s+(?:(?:this|next|the\s+end\s+of|the\s+close\s+of)\s+)?"
                    + _CLOCK_TIME + r"$", re.I)
_BY = re.compile(r"\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+(?:(?:this|next|the\s+end\s+of)\s+)?"
                 + _CLOCK_TIME + r"$", re.I)
_BOUND_TO = re.compile(r"\b(?:must|has\s+to|have\s+to|had\s+to|needs?\s+to|required|ordered|told\s+to|asked\s+to|"
                       r"given|obliged|obligated|deadline|ultimatum)\b", re.I)
# (timeline9) "urged lawmakers to pass the budget by Friday": the "by" binds the urged act, as "asked to" does.
# (mend86) Only when the "by" is in the urged infinitive's own clause: "urged calm after the outbreak was contained by
# Sunday", "pressed the company to reopen talks, which had collapsed by Monday" tell a past state of that day
_URGED_TO = re.compile(r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)|call(?:s|ed|ing)?\s+on)\s+(?:[\w'’-]+\s+){0,5}?"
                       r"to\s+(?P<rest>[a-z][^,;:()\"“”]*)$", re.I)
_URGED_BREAK = re.compile(r"\b(?:after|when|while|as|because|since|before|until|once|which|that|who|where|and|but|was|"
                          r"were|had|has|have)\b", re.I)
# (timeline4) A wire dateline dates the report, not what the sentence tells: "WASHINGTON, May 3 (Reuters) -",
# "NEW YORK, May 18 (UPI) --", "LONDON, Jan 5 —", "NEW YORK (AP) — Jan. 5 —"
_DATELINE_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
_DATELINE_OPEN = re.compile(rf"^\W{{0,3}}{_DATELINE_PLACE}\s*,\s*$")
_DATELINE_CLOSE = re.compile(r"^\s*(?:,?\s*(?:1[89]|20)\d\d)?\s*(?:\(\s*[A-Za-z][\w .&/-]{0,30}\)\s*)?(?:-{1,2}|[–—])")
_DATELINE_AGENCY = re.compile(rf"^\W{{0,3}}{_DATELINE_PLACE}\s*\(\s*[A-Za-z][\w .&/-]{{0,30}}\)\s*(?:-{{1,2}}|[–—])\s*$")
# (timeline4) A day that comes back every year or week is no event: "May 1 is a public holiday in 66 countries", "May
# Day, or May 1, is also known as International Workers' Day", "is celebrated on Nov. 11", "every July 4", "Every
# year people wear poppies leading up to Nov. 11", "each Sunday", "annually on March 3"
_RECURS = re.compile(r"\b(?:every|each)\s+(?:year|week|month|spring|summer|autumn|fall|winter|(?:Mon|Tues|Wednes|Thurs|"
                     r"Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\bannually\b|\byear\s+after\s+year\b",
                     re.I)
# (mend83) ... qualifying the day: "every July 4", "each Sunday", "every year on", "annually on the", "on March 3 each
# year", "the second Tuesday of every month", "on Nov. 11, annually"
_RECURS_BEFORE = re.compile(r"\b(?:(?:every|each)(?:\s+(?:other|single))?(?:\s+(?:year|week|month))?|annually|"
                            r"year\s+after\s+year)\s+(?:on\s+|in\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+)?"
                            r"(?:(?-i:[A-Z][a-z]+)\s+)?$",  # "every Easter Monday"
                            re.I)
_RECURS_AFTER = re.compile(r"^\s*,?\s*(?:(?:of|in)\s+)?(?:(?:every|each)\s+(?:year|week|month)\b|annually\b|"
                           r"year\s+after\s+year\b)", re.I)
# ... or opening the sentence ("Every year people wear poppies …": no comma closes the phrase)
_RECURS_OPENING = re.compile(r"^\W{0,3}(?:every|each)\s+(?:year|week|month|spring|summer|autumn|fall|winter)\b", re.I)
_OBSERVED = r"(?:celebrated|observed|commemorated|marked|recogni[sz]ed)"
_RECURRING_SUBJECT = re.compile(rf"^\s*(?:,\s*)?(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:(?:known|{_OBSERVED})\b|"
                                r"an?\s+(?:[\w-]+\s+){0,2}holiday\b)", re.I)
_RECURRING_ON = re.compile(rf"(?:\b(?:is|are)\s+(?:\w+\s+)?{_OBSERVED}\s+(?:each\s+year\s+|annually\s+)?on|"
                           r"\b(?:public|national|bank|official|federal)\s+holiday\s+(?:on|of))\s+(?:the\s+)?$", re.I)


# (timeline13) A day that names a group of people by what they did or suffered on it ("helped 10 of the 12 Sept. 11
# attackers travel", "including September 11, 2001 attackers", "the July 7 bombers", "the Dec. 26 tsunami's victims"
# is not: a possessive names the happening): the sentence tells something else, done on another day; "the Dec. 6
# killing" (a happening) still dates its sentence
_DAY_PEOPLE = re.compile(r"^\s*(?:(?:terror(?:ist)?|suicide|would-be|alleged)\s+)?(?:attackers|hijackers|plotters|bombers|"
                         r"gunmen|victims|survivors|widows|widowers|orphans|first\s+responders|responders|rescuers|"
                         r"families|relatives|conspirators|defendants)\b")
# (mend103) only a day used directly as the group's attribute: after an article, a number, a possessive, "including",
# "for", "among" ("the 12 Sept. 11 attackers", "Lawyers for the Jan. 6 defendants"); a time phrase's day ("On March 3
# attackers set fire", "In the early hours of Feb. 7 rescuers pulled …", "By the morning of March 11 relatives had …",
# "Late in the evening of Nov. 26 gunmen stormed …") is the sentence's
# (timeline14) ... or opening the sentence, where nothing stands before it ("Sept. 11 hijackers trained at a flight school
# in Florida", "Jan. 6 defendants have asked …": the group's label, as "the Sept. 11 hijackers" is; a time phrase opens
# with "On", "In", "By" …)
_PEOPLE_OF = re.compile(r"(?:\b(?i:the|these|those|their|his|her|its|our|including|for|among|two|three|four|five|six|"
                        r"seven|eight|nine|ten|eleven|twelve|nineteen|twenty|dozens|hundreds)|\d|['’]s)[\"”’']?\s+$"
                        r"|^[\"“‘'(\s]*$")


def event_day(text: str, m: Mention, others: int) -> bool:
    """Whether date mention ``m`` of ``text`` dates what the sentence reports (for the timeline).

    ``others``: how many other days the sentence names. Not a day inside a relative clause
    (``_OPEN_RELATIVE``), nor a bound ("since", "after", "ahead of" … the day: ``_BOUND``, ``_BOUND_NEAR``), a day of
    "that year" (``_THAT_YEAR``), a weekday the full date after it names (a named day: ``_named_day``), nor (timeline4)
    a limit (``_limit``: a deadline's day, "until Friday", a binding "by Monday"), a wire dateline's day
    (``_dateline``) or a day that comes back (``_recurring``: "May 1 is a public holiday", "every July 4")."""
    before, after = text[:m.start], text[m.end:]
    owns = (m.text or "").endswith(("'s", "’s")) or bool(_OWNS.match(after))
    if (bound := _BOUND.search(before)) and (not owns or _DEADLINE_NAMED.match(after) or _BEFORE_WORD.match(bound[0])
                                             and not _JUST_BEFORE.search(before[:bound.start()])):
        return False
    if _OPEN_RELATIVE.search(before) or _THAT_YEAR.match(after):
        return False
    if others and _BOUND_NEAR.search(before):
        return False
    if _WEEKDAY.match((m.text or "").strip()) and _DATE_AFTER.match(text[m.end:]):
        return False
    if _ANNIVERSARY_OF.search(before) or _EDITION.match(after):  # (timeline9; a caption: ``_sentence_day``)
        return False
    if _DAY_PEOPLE.match(after) and _PEOPLE_OF.search(before):  # (timeline13) "the Sept. 11 hijackers": a group
        return False
    # (timeline11) nor the origin of a count of years ("Ten years after Katrina struck on Aug. 29, 2005, the city is still
    # rebuilding": the day is the storm's); "Five years ago, on Sept. 2, 2010, a gas explosion …" is the sentence's day
    if (counted := _COUNTED_FROM.search(before)) and counted["word"]:
        return False
    if _FIELDWORK.search(before) or _polled(before, m, after):  # (timeline10, mend90, timeline11, mend94)
        return False
    if (_IN_PERSON.search(before) or _INTERVIEWS.search(before)) and _span(m, before, after) \
            and _POLL_CONTEXT.search(text):  # (timeline12; mend101: a poll's only)
        return False
    return not (_limit(text, m, others) or _dateline(text, m) or _recurring(text, m))


# (timeline10, mend90) A poll's or a survey's fieldwork day ("the poll was conducted June 3-6", "The survey, conducted
# from Sept. 2 to Sept. 5, …", "The poll surveyed 1,000 adults from Oct. 2 to 5"): what the sentence reports is its
# answers, gathered over the days, not a day's happening. Only when the clause's subject is the poll or survey: not
# "Flynn was interviewed on Jan. 24 by FBI agents", "Engineers surveyed the damage on March 4", "A poll worker said the
# attack was carried out on …" (each one day's news), nor "the poll was held on Sunday" (an election). A period's first
# or last day stays news ("Registration will run from October 26 to November 20": a scheduled step)
# (timeline11) how the answers were gathered, between the verb and the day ("was conducted by telephone from Aug. 6 to 10",
# "were interviewed by cellphone and landline Oct. 1-4"); (mend94) not "in person" after a poll, an election's word too
# ("The mayoral poll was conducted in person on Nov. 5 at 212 stations")
_PHONE = r"(?:(?:tele|cell|land-?\s?line\s+|mobile\s+)?phones?|cellular\s+phones?|land-?\s?lines?|mail|internet|online)"
_FIELD_MODE = rf"(?:(?i:(?:by|via)\s+{_PHONE}(?:\s+(?:and|or)\s+{_PHONE})*|online(?:\s+and\s+by\s+{_PHONE})?|by\s+mail)\s+)?"
_FIELD_DAY = r"(?:(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:,\s*\d{4})?,?\s*(?:-|–|—|to|through|until|and)\s*)?"
_FIELDWORK = re.compile(r"\b(?i:polls?|surveys?|polling)(?:\s+(?:of|among|by|for)\s+[^.;:]{1,60}?|\s*,)?\s+"
                        r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
                        r"(?:(?i:conducted|taken|carried\s+out|fielded)\s+"
                        r"|(?i:polled|surveyed|interviewed|sampled)\s+(?:more\s+than\s+|about\s+|nearly\s+)?[\d,]+\s+"
                        r"(?:[\w-]+\s+){0,3}?)" + _FIELD_MODE +
                        r"(?i:on\s+|from\s+|between\s+|in\s+)?(?i:(?:early|late|mid-?)\s*)?" + _FIELD_DAY + "$")
# (timeline11, mend94) ... also told with the people asked as the subject, only a poll's (voters, likely or
# registered voters, adults, respondents; residents polled or surveyed) with a poll verb, and only with a span of
# days or a poll's method ("Voters were polled June 3-6", "1,002 adults were surveyed from Oct. 2 to Oct. 5",
# "Respondents were interviewed online March 2": ``_polled``). Not a jury polled, a levee or a wreck surveyed, union
# members polled on a contract (a vote), nor "Two adults were interviewed on Wednesday by detectives" (a police step)
_POLLED = re.compile(r"\b(?:(?i:likely|registered|eligible|adult)\s+)?(?i:voters|adults|respondents|residents)\s+"
                     r"(?i:were|had\s+been|have\s+been)\s+(?P<verb>(?i:polled|surveyed|interviewed))\s+"
                     r"(?P<mode>(?i:in\s+person\s+)|" + _FIELD_MODE + r")(?i:on\s+|from\s+|between\s+|in\s+)?"
                     r"(?i:(?:early|late|mid-?)\s*)?(?P<start>" + _FIELD_DAY + ")$")
# (timeline12) ... and fieldwork told in person or face to face, or as interviews made by a method ("The Gallup poll was
# conducted in person from Sept. 20 to Sept. 30", "Face-to-face interviews were conducted Oct. 2-9", "based on telephone
# interviews conducted March 3-6"), only over a span of days (``_span``): an election's poll held in person is one day
# ("The mayoral poll was conducted in person on Nov. 5"), and interviews with no method may be a police step
_IN_PERSON_MODE = r"(?i:in[-\s]person|face[-\s]to[-\s]face|door[-\s]to[-\s]door)"
_IN_PERSON = re.compile(r"\b(?i:polls?|surveys?|polling|fieldwork|interviews)(?:\s+(?:of|among|by|for|with)\s+[^.;:]{1,60}?|\s*,)?\s+"
                        r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?i:conducted|carried\s+out|done|taken|fielded)\s+"
                        + _IN_PERSON_MODE + r"\s+(?i:on\s+|from\s+|between\s+)?(?i:(?:early|late|mid-?)\s*)?" + _FIELD_DAY + "$")
_INTERVIEWS = re.compile(r"\b(?:" + _IN_PERSON_MODE + r"|(?i:tele|cell|mobile\s+)?(?i:phone)|(?i:landline|online|telephone))\s+"
                         r"(?i:interviews)\s+(?:(?:was|were|had\s+been)\s+)?(?i:conducted|carried\s+out|done)\s+"
                         r"(?i:on\s+|from\s+|between\s+)?(?i:(?:early|late|mid-?)\s*)?" + _FIELD_DAY + "$")
# (mend101) a poll's context: only there is a span in person or by interviews fieldwork ("The Gallup survey …", "… among
# 1,000 adults, with a margin of error …"), never an election held over days ("Polling was conducted in person from
# Sept. 17 to Sept. 19"), a damage survey, job or witness interviews
_POLL_CONTEXT = re.compile(r"\b(?:(?<!at\s)(?<!the\s)polls?\b(?!\s+(?:opened|closed|were\s+open|stations?|places?))|pollsters?\b|"
                           r"opinion\s+(?:survey|research)|respondents\b|margin\s+of\s+(?:sampling\s+)?error|"
                           r"sampling\s+error|(?:adults|voters|residents|people|households)\s+(?:were\s+)?(?:polled|surveyed|"
                           r"interviewed)|(?:among|of|with)\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,]*\s+(?:\w+\s+){0,2}"
                           r"(?:adults|voters|respondents|residents|people|households|Americans)\b|Gallup|Ipsos|YouGov|"
                           r"Pew\b|Quinnipiac|Marist|Rasmussen|Harris|Morning\s+Consult|Levada|Afrobarometer|"
                           r"Eurobarometer|SurveyUSA|Monmouth)", re.I)
_SPAN_ON = re.compile(r"^\s*(?:-|–|—|to|through|until|and)\s*(?:[A-Z][a-z]+\.?\s+)?\d")
_SPAN_IN = re.compile(r"\d\s*(?:-|–|—|to|through|until|and)\s*(?:[A-Z][a-z]+\.?\s+)?\d")


def _polled(before: str, m: Mention, after: str) -> bool:
    """(timeline11, mend94) Whether the day ``m`` is a poll's fieldwork told with the people asked as the subject
    (``_POLLED``): a method named, or a span of days (in the mention, before it or after it)."""
    found = _POLLED.search(before)
    if not found:
        return False
    if found["verb"].casefold() == "interviewed" and "residents" in found[0].casefold().split()[:2]:
        return False
    return bool(found["mode"].strip() or found["start"] or _SPAN_IN.search(m.text or "") or _SPAN_ON.match(after))


def _span(m: Mention, before: str, after: str) -> bool:
    """(timeline12) Whether the day ``m`` is, opens or closes a span of days ("Oct. 2-9", "from Sept. 20 to Sept. 30")."""
    return bool(_SPAN_IN.search(m.text or "") or _SPAN_ON.match(after) or _SPAN_END.search(before))


_SPAN_END = re.compile(r"\d(?:,\s*\d{4})?,?\s*(?:-|–|—|to|through|until|and)\s*$")


# (timeline9) A day that names another time than the sentence's news: the origin of an anniversary ("The FBI ended the
# 20th anniversary of the Sept. 11, 2001 attacks by releasing …", "marked the first anniversary of the Oct. 7 raid":
# the day is the attacks', the sentence tells the release), and a newspaper's or a magazine's edition ("in the July 9,
# 1901 edition of the Chronicle", "the March 3 issue of Time": a publication's date, not an event's)
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|anniversaries)\s+of\s+(?:the\s+|this\s+|that\s+|its\s+|his\s+|her\s+|their\s+)?$",
                             re.I)
_EDITION = re.compile(r"^(?:,\s*(?:1[89]|20)\d\d)?,?\s+(?:print\s+|online\s+|morning\s+|evening\s+|weekend\s+|Sunday\s+)?"
                      r"(?:edition|issue)\b", re.I)
# (timeline9) A photo caption written into the text: the present tense with a past day's full date at the sentence's end
# ("E85 fuel is pumped into a car at a gas station in Nevada, Iowa, on Dec. 6, 2007.", "Smith speaks to reporters in
# Dover on Jan. 5, 2016."): it dates a picture, often reused years later. Not a clause that tells what is to come,
# what is believed, alleged or charged ("is scheduled to", "is believed to have died on", "is charged with killing"),
# nor one with a past verb ("was", "had", "-ed" outside a present passive)
_CAPTION_END = re.compile(r"^\s*[.!]?\s*(?:\((?:[^()]{0,80})\))?\s*[.!]?\s*$")
_CAPTION_PRESENT = re.compile(r"^[^,;:\"“”]{2,120}?\b(?:(?:is|are)\s+(?:[a-z]+ly\s+)?(?:being\s+)?(?:[a-z]{2,}(?:ed|wn|ld|ght)|seen|taken|given|driven|"
                              r"shaken|beaten|ridden|written)\b|(?<!\bto\s)(?:speaks|talks|walks|arrives|leaves|looks|gestures|stands|sits|waits|holds|attends|"
                              r"poses|smiles|waves|greets|listens|delivers|addresses|shakes|celebrates|reacts|"
                              r"answers|takes|gives|watches|displays|shows|carries|rides|drives|signs|prays|"
                              r"marches|protests|plays|performs|kisses|hugs|cries|crosses|enters|exits|leads|"
                              r"speak|talk|walk|arrive|look|stand|sit|wait|hold|attend|pose|wave|gather|march|"
                              r"protest|play|perform|carry|ride|pray|react|celebrate|watch|listen|cross|battles|battle|fights|fight|"
                              r"works|work|searches|search|inspects|inspect|surveys|survey|clears|clear|wades|wade)\b)")
_CAPTION_NOT = re.compile(r"\b(?:was|were|had|has|have|did|will|would|shall|could|should|may|might|must|to\s+be|"
                          r"scheduled|set|due|expected|slated|planned|plans?|believed|thought|said|alleged|reported|"
                          r"accused|suspected|charged|wanted|sought|known|feared|understood|presumed|estimated|"
                          r"considered|supposed|likely|since|until|after|before|because|when|where|who|which|that)\b",
                          re.I)


def _captioned(text: str, m: Mention) -> bool:
    """(timeline9) Whether date mention ``m`` is a photo caption's date: a full date with its year ending a sentence told
    in the present tense ("… is pumped into a vehicle … on Dec. 6, 2007.")."""
    if not (m.text and _YEAR_WRITTEN.search(m.text) and _NAMES_MONTH.search(m.text)) or not _CAPTION_END.match(text[m.end:]):
        return False
    before = text[:max(m.start, 0)]
    return bool(_CAPTION_PRESENT.match(before)) and not _CAPTION_NOT.search(before) and not _PAST_VERB.search(before)


def _old_caption(s: Sentence, m: Mention, day: str, ref: date | None, years: _Years, options: Options) -> bool:
    """(mend86) Whether ``m`` is a photo caption's date (``_captioned``) of a picture taken before the news: in a dated
    article only when the day lies more than ``timeline_year_days`` before the story's date (a 2007 photo in a 2016
    story); a present-tense line on or near the story's date is news ("The new law takes effect on Jan. 1, 2020.",
    "The governor signs the budget into law on Feb. 23, 2016.", a photo of the story's own march)."""
    if not day or not _captioned(s.text, m):
        return False
    if s.article not in years.dated:
        return True  # (timeline9) an undated article: the story's date may be inferred from the caption itself
    return ref is not None and (d := _iso(day)) is not None and (ref - d).days > options.timeline_year_days


_PAST_VERB = re.compile(r"\b(?<!is\s)(?<!are\s)(?<!being\s)[a-z]{3,}ed\b(?!\s+by\b)")


_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b")
_FRONT = re.compile(r"^[^,;:]{3,60},")  # a phrase that opens the sentence ("Every year since 2001, …")


def _limit(text: str, m: Mention, others: int) -> bool:
    """(timeline4) Whether date mention ``m`` names a limit ("has until Friday", "must leave by Monday", "the deadline of
    March 1"), not the day something happens."""
    before, after = text[:m.start], text[m.end:]
    if (m.text or "").endswith(("'s", "’s")) or _OWNS.match(after):
        return bool(_DEADLINE_NAMED.match(after))  # "by Monday's vote" names an event; "by Monday's deadline" a limit
    if _DEADLINE_AFTER.match(after) or _DEADLINE_BEFORE.search(before) and not _DONE_TO_DEADLINE.search(before):
        return True
    if _UNTIL.search(before) and not _WHEN_AFTER.match(after):  # "held until Thursday, when fighting resumed": an event
        # (mend83) also a past state's "until" ("remained closed until Monday"): its day is the state's last day or
        # the day after, as the writer counts, and the entry reads as the state, not as what ended it
        return True
    if _BY_OPENING.match(before) and _reached(text, m):  # "By Sunday, the toll had risen to 40": the state of Sunday
        return False
    return bool(_BY.search(before)) and (others > 0 or bool(_BOUND_TO.search(_clause(text, m)))
                                         or bool((u := _URGED_TO.search(before)) and not _URGED_BREAK.search(u["rest"])))


# (mend83) A sentence that opens with "By <day>," and tells in the past what was so by then ("By Sunday, the wildfire
# was fully contained, officials said on Tuesday", "By Wednesday evening, 14 ships had sailed") dates that state, not
# a limit; "By Friday, all residents must leave", "By Monday, the crews will have finished" are limits
_BY_OPENING = re.compile(r"^\W{0,3}(?:by|no\s+later\s+than)\s+(?:(?:this|next|the\s+end\s+of|last|early|late)\s+)?"
                         + _CLOCK_TIME + r"$", re.I)
_PAST = re.compile(r"\b(?:had|was|were|did)\b|\b[a-z]{2,}ed\b", re.I)
_OPENING_END = re.compile(r"(?:\s+(?:morning|afternoon|evening|night|noon|midnight))?\s*,")


def _reached(text: str, m: Mention) -> bool:
    """(mend83) Whether the clause after an opening "By <day>," tells in the past what was so by then, binding
    nobody and telling nothing to come."""
    comma = _OPENING_END.match(text, m.end)
    if comma is None:
        return False
    end = _CLAUSE_END.search(text, comma.end())
    main = text[comma.end():end.start() if end else len(text)]
    return bool(_PAST.search(main)) and not _BOUND_TO.search(main) and not _to_come(main) \
        and not re.search(r"\b(?:would|could|should|must|might)\b", main, re.I)


def _dateline(text: str, m: Mention) -> bool:
    """(timeline4) Whether date mention ``m`` is a wire dateline's ("WASHINGTON, May 3 (Reuters) -"): the report's
    date, not an event's."""
    if not _NAMES_MONTH.search(m.text or ""):
        return False
    before, after = text[:max(m.start, 0)], text[m.end:]
    return bool(_DATELINE_OPEN.match(before) and _DATELINE_CLOSE.match(after) or _DATELINE_AGENCY.match(before))


def _recurring(text: str, m: Mention) -> bool:
    """(timeline4) Whether date mention ``m`` names a day that comes back ("May 1 is a public holiday", "every July 4",
    "is celebrated on Nov. 11"): no event of one day.

    (mend83) The recurrence must qualify the day itself: right before it ("every July 4", "each year on March 3"),
    right after it ("on March 3 each year", "the second Tuesday of every month"), or opening the sentence whose clause
    names the day ("Every year since 2001, the city marks …", "Every year people wear poppies … up to Nov. 11"). Not
    "each year" anywhere in the clause: "a virus that kills 200,000 children each year was approved on Monday"."""
    before, after = text[:max(m.start, 0)], text[m.end:]
    for front in (_FRONT.match(text), _RECURS_OPENING.match(text)):
        if front and front.end() <= m.start and _RECURS.search(front.group()) \
                and not _CLAUSE_END.search(text, front.end(), m.start):  # the day is in the clause the opening qualifies
            return True
    if not _YEAR_WRITTEN.search(m.text or "") and _HOLIDAY_OF.search(before):  # (timeline9)
        return True
    return bool(_RECURS_BEFORE.search(before) or _RECURS_AFTER.match(after) or _RECURRING_SUBJECT.match(after)
                or _RECURRING_ON.search(before))


# (timeline9) A day named without its year as what a holiday means or how it is kept ("the great importance of July 3 to
# Virgin Islanders", "the meaning of June 19", "the traditions of Nov. 11"): a day of every year, not the day of an event.
# (mend86) Not "celebrations / observances / commemorations of May 9": this year's events held on that day, where news
# happens ("A car bomb exploded near the celebrations of May 9")
_HOLIDAY_OF = re.compile(r"\b(?:importance|significance|meaning|spirit|origins?|traditions?|customs?)\s+of\s+$", re.I)


# (timeline9) A page's line about the report itself, not the story: its publication ("Published on March 3, 2016",
# "Posted Tuesday at 5 p.m.", "Updated: June 2"), a correspondent's credit ("Jane Doe reports for the Channel 4 News at 5
# p.m. on June 23, 2015", "… contributed to this report"), a review's credits ("Reviewed at the Berlin Film Festival,
# Feb. 9, 2013") or a teaser of an earlier report ("PREVIOUSLY: …"): the day is the report's
_PUBLISHED_LINE = re.compile(r"^\W{0,3}(?i:(?:(?:story|article|page|post|entry|video|photo)\s+)?"  # (timeline10) "Story posted …"
                             r"(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|uploaded|filed)"
                             r"(?:\s+(?:on|at))?\s*:?\s*(?=\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))")
# (mend86) ... only when the line is about the page: the rest up to its end or a separator (| • · — – /) is the date, a
# clock time, a zone, a name ("Posted by Jane Doe") or another such stamp ("Updated: …"), not a sentence that goes on
# ("Filed Monday in federal court, the lawsuit accuses …": the filing is the news)
_STAMP_WORD = re.compile(r"(?i:on|at|by|and|of|the|a\.?m\.?|p\.?m\.?|am|pm|noon|midnight|published|posted|updated|"
                         r"story|article|page|post|entry|video|photo|"
                         r"uploaded|filed|last|first|originally)|[A-Z][\w.'’-]*|[\d:.,/-]+(?:st|nd|rd|th)?")
_STAMP_SEPARATOR = re.compile(r"\s[|•·—–/]\s|\s--\s|\s-\s")
_REPORT_LINE = re.compile(r"^\W{0,3}(?:"
                          r"(?i:reviewed\s+(?:at|on|in)\b)|(?i:previously\s*:)|"
                          r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:reports|reporting|reported)\s+for\s+(?:the\s+)?[A-Z0-9])"
                          r"|\bcontributed\s+(?:reporting\s+)?to\s+(?:this|the)\s+(?:report|story|article)\b"
                          # (timeline10) the page telling its own printing or update ("A version of this article appears in
                          # print on Sept. 2, 2014, on Page A12", "This story was originally published on March 3", "This
                          # page was last updated on …", "Last modified on Tue 3 Mar 2015"), and a web archive's crawl log
                          # ("Crawl start date: 09 March, 2011"): the page's day, never the news's. (mend90) Only a line that
                          # opens with it, and not "this report" (a report is often the news: "This report was published
                          # on March 3, 2017, by the inspector general"; "Investigators said this post was first posted
                          # on …" is news)
                          r"|^\W{0,3}(?i:this)\s+(?i:article|story|post|page|piece|column|item|entry|blog\s+post|version)"
                          r"\s+(?i:(?:was|has\s+been|is|were)\s+)?(?:(?i:first|originally|last|also)\s+)?"
                          r"(?i:published|posted|updated|modified|revised|printed|appeared|appears|ran|written)\b"
                          r"|^\W{0,3}(?i:a\s+version\s+of\s+this\s+[a-z]+\s+(?:appears|appeared)\s+in\s+print\b)"
                          r"|^\W{0,3}(?i:(?:page\s+)?last\s+(?:updated|modified|edited|reviewed)|modified)\s*(?i:on|at)?\s*:?\s*"
                          r"(?=\d|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\b|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))")
# (timeline10) a web archive's log line ("Crawl start date: 09 March, 2011", "Captured: …", "Retrieved on: …"): (timeline11)
# its day is the archive's, not the writer's, so unlike a page's publication line it gives no year and no story date
_ARCHIVE_LINE = re.compile(r"^\W{0,3}(?i:crawl\s+(?:start|end)\s+date|captured|archived|retrieved|accessed)\s*(?i:on)?\s*:")


# (mend94) a word of a date or a clock and nothing else ("Tuesday, March 8, 2016, 9:45 PM", "3 March 2015 at 12:04 GMT")
_DATE_WORD = re.compile(r"(?i:on|at|of|the|a\.?m\.?|p\.?m\.?|am|pm|noon|midnight|gmt|utc|[ecmp][sd]?t|bst|cet|cest|"
                        r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)"
                        r"|[\d:.,/-]+(?:st|nd|rd|th)?")
# (mend94) a word that makes "By <capitalised words>" a time, not a name ("By Election Day, Nov. 8, 2016", "By Christmas
# Eve, …", "By Mid-March, Prices Had Doubled")
_NOT_NAME = re.compile(r"(?i:day|days|eve|week|weekend|month|year|night|morning|evening|afternoon|noon|midnight|time|then|"
                       r"now|law|order|end|mid-?\w*|early|late|christmas|easter|thanksgiving|halloween|new|spring|summer|"
                       r"fall|autumn|winter|tonight|today|tomorrow|yesterday)")


def _date_only(text: str) -> bool:
    """(mend94) Whether ``text`` holds nothing but a date (with its year) and a clock time."""
    words = [w.rstrip(".") for w in re.sub(r"[():,;|•·—–]", " ", text).split() if w.rstrip(".")]
    return bool(words) and bool(re.search(r"\b\d{4}\b", text)) and all(_DATE_WORD.fullmatch(w) for w in words)


def _archive_line(text: str) -> bool:
    """(mend94) Whether ``text`` is a web archive's log line: its label and a date or time, nothing else ("Captured: 3
    March 2015", "Crawl start date: 09 March, 2011"; not a caption's "Captured: Joaquin Guzman is led to a helicopter
    after his arrest … on Feb. 22, 2014"). Its day is the archive's copy, no year evidence."""
    label = _ARCHIVE_LINE.match(text)
    if not label:
        return False
    line = _ARCHIVE_LINE.split(text[label.end():].split("\n", 1)[0], 1)[0]  # up to the log's next line
    return _date_only(line)


# (timeline11, mend94) a byline or a "Date:" label with the page's date and nothing else: "By Jane Doe | March 3, 2016",
# "By Jane Doe, Associated Press, March 3, 2016, 8:00 am" (a name, an outlet, a date and a clock), "Date: March 3, 2016,
# 9:45 PM" (a date and a clock). Not "Date: June 12, 2021, 10 AM - 2 PM, Lincoln Park" (an event's notice), nor "By
# Election Day, Nov. 8, 2016" or "By Order of the Governor, March 3, 2016"
_DATE_LABEL = re.compile(r"^\W{0,3}(?i:date|dated)\s*:\s*")
_BYLINE = re.compile(r"^\W{0,3}By\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:[|•·—–,]|\s-{1,2}\s)\s*")


def _byline_stamp(text: str) -> bool:
    """(mend94) Whether ``text`` is a page's byline or "Date:" stamp (``_BYLINE``, ``_DATE_LABEL``)."""
    text = text.strip().rstrip(".")
    if label := _DATE_LABEL.match(text):
        return _date_only(re.sub(r"\s-{1,2}\s", " ", text[label.end():]))
    byline = _BYLINE.match(text)
    if not byline or any(_NOT_NAME.fullmatch(w) or _DATE_WORD.fullmatch(w.rstrip(".")) for w in byline["name"].split()):
        return False
    parts = [p.strip() for p in re.split(r"\s[|•·—–]\s|\s-{1,2}\s", text[byline.end():]) if p.strip()]
    if not parts:
        return False
    stamp = ""
    while parts and (_date_only(parts[-1]) or not re.search(r"\b\d{4}\b", parts[-1]) and _date_only(parts[-1] + " 2000")):
        stamp = f"{parts.pop()} {stamp}"  # "… | Oct. 4, 2019 | 6:15 a.m.": the date and its clock
    outlets = parts
    if not stamp and outlets:
        stamp = outlets.pop()
    if not outlets and "," in stamp:  # "By Jane Doe, Associated Press, March 3, 2016, 8:00 am"
        head, _, _ = stamp.partition(",")
        while head and not _date_only(stamp) and not _DATE_WORD.fullmatch(head.split()[0].rstrip(".")):
            outlets.append(head)
            stamp = stamp[len(head) + 1:].strip()
            head, _, _ = stamp.partition(",")
    return _date_only(stamp) and all(re.fullmatch(r"[A-Z][\w'’.&-]*(?:\s+(?:of|the|and|[A-Z][\w'’.&-]*))*", o) for o in outlets)


def _report_line(text: str) -> bool:
    """(timeline9) Whether a sentence is a line about the report (its publication, a credit, a teaser), not news."""
    if _PUBLISHED_LINE.match(text):
        line = _STAMP_SEPARATOR.split(text, 1)[0]
        if all(_STAMP_WORD.fullmatch(w.rstrip(".")) for w in re.sub(r"[():,;]", " ", line).split() if w.rstrip(".")):
            return True
    if _byline_stamp(text):
        return True
    return bool(_REPORT_LINE.search(text) or _ARCHIVE_LINE.match(text))


# (timeline9) A page that carries several dated posts (a charity's or a blog's page: "April 10th, 2016" over this
# year's post, "June 4th, 2015", "April 13, 2015" over older ones), each post's date alone on its line in the text as
# read: cleaning drops such lines, so a post's "yesterday's quake", "on May 15th" is resolved against the page's date
# (the latest post's), a year late. Its days told without a year are left out when its posts' dates span more than
# ``timeline_year_days``; a full date with its year still stands
_POST_DATE = re.compile(r"(?im)^[ \t]*"
                        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                        rf"(?:(?P<mon>{MONTH_NAMES})[a-z]*\.?\s+(?P<day>\d{{1,2}})"
                        rf"(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_NAMES})[a-z]*\.?),?\s+"
                        r"(?P<year>(?:19|20)\d\d)[ \t]*$")


def _posts(articles: Sequence[Article], within: int, words: int) -> frozenset[str]:
    """(timeline9) The articles whose text as read carries dated posts' lines more than ``within`` days apart. (mend86)
    Each date line heads a post: a body of at least ``words`` words before the next date line. A fact box's dates
    ("Key dates / March 3, 2014 / Harmon Steel files for bankruptcy.") head one short line each, and a page's
    "Published: …" / "Updated: …" stamps (no longer read as post dates) head no post."""
    out = set()
    for a in articles:
        text = a.raw_text or a.text
        found = list(_POST_DATE.finditer(text))
        days = set()
        for k, m in enumerate(found):
            body = text[m.end():found[k + 1].start() if k + 1 < len(found) else len(text)]
            if len(body.split()) < words:
                continue
            month = dates.MONTHS[(m["mon"] or m["mon2"]).casefold()]
            if (d := _date(int(m["year"]), month, int(m["day"] or m["day2"]))) is not None:
                days.add(d)
        if len(days) > 1 and (max(days) - min(days)).days > within:
            out.add(a.id)
    return frozenset(out)


_CRAWL_LOG = re.compile(r"(?im)^\W{0,3}crawl\s+(?:start|end)\s+date\s*:")


def _logs(articles: Sequence[Article]) -> frozenset[str]:
    """(timeline10) The articles that are a web archive's crawl log, not news: their dates place no weekday."""
    return frozenset(a.id for a in articles if _CRAWL_LOG.search(a.raw_text or a.text))


def _timeline(facts: Sequence[Fact], limit: int, reference: date | None = None,
              options: Options = DEFAULT, dated: dict[str, str] | None = None,
              copies: dict[str, str] | None = None, posts: frozenset[str] = frozenset(),
              logs: frozenset[str] = frozenset()) -> list[Dated]:
    """Dated events, oldest first: the sentence that states the day, citing every article whose
    sentence in the same fact gives that day.

    A sentence is shown once, under the first day it names that dates what it reports (``_sentence_day``):
    a day the sentence names only in passing (``event_day``: a relative clause's, a deadline's, a bound's)
    is not its date. Captions and sentences cut short are left out (``summarize.usable``: "Tokayev (pictured above in
    2019) on Wednesday…" dates a reused photo, not the event), and so are days more than
    ``options.background_days`` before the story's date (``timeline_reference``): history the story recalls.
    Two entries of one day telling the same event (``options.timeline_same_event`` of their content words) are one,
    citing the articles of both. ``dated``: the articles' publication days (article id -> ISO day); a
    weekday or "yesterday" of an article with none was resolved against another article's date, and is
    kept only on a day the dated articles give (their publication days, the days their sentences date), or when
    the article is tied to the week of the date it was resolved against, from the earliest day of the facts it
    shares with the dated articles on (``_tied``; ``copies``: copy -> original).
    """
    ref = timeline_reference(facts, reference)
    oldest = ref - timedelta(days=options.background_days) if ref else None
    # (timeline9) a story with no date of its own whose accounts tell a later time as past ("the wreck was found in
    # March 2015") was written then or after: a full date over a year before that time is history it recalls, even when
    # its own dates, all of that history, made the story's date ("the Musashi sank on October 24, 1944")
    # (mend86) only a day ``timeline_history_years`` before it: history recalled is decades old, while a follow-up's later
    # time ("was sentenced in March 2016" in a cluster on a 2014 shooting) is months or a few years after the news
    later = _told_past(facts) if reference is None else None
    if later is not None:
        bound = later.replace(year=later.year - options.timeline_history_years)  # a year's or a month's first day
        if oldest is None or bound > oldest:
            oldest = bound
    dated = dated or {}
    years = _Years.of(facts, dated)
    told = [(fact, s, found) for fact in facts for s in fact.sentences
            if usable(s.text) and not _report_line(s.text)
            and (found := _sentence_day(s, ref, oldest, years, options)) is not None]
    # (timeline10) a web archive's crawl log carries a date of its own ("Crawl start date: 09 March, 2011"), but it is no
    # news: no weekday of another article is placed by it
    news = {a: d for a, d in dated.items() if a not in logs}
    anchors = set(news.values()) | {day for _, s, (day, _) in told if s.article in news} if news else set()
    tied = _tied(facts, told, news, reference, copies or {}, options) if anchors else {}
    tellings: dict[tuple[str, str], list[Sentence]] = {}
    for fact, s, (day, m) in told:
        if dated and s.article not in dated and _relative(m) and day not in anchors \
                and (s.article not in tied or day < tied[s.article]):
            continue  # a weekday of an undated article, resolved against another article's date: a guess
        if s.article in posts and not _YEAR_WRITTEN.search(m.text or ""):
            continue  # (timeline9) a day without its year on a page of older posts: resolved against the latest post
        tellings.setdefault((day, fact.id), []).append(s)
    made = [_entry(day, said) for (day, _), said in tellings.items()]
    entries = [e for e, _ in made]
    # (timeline3) a fact no telling of which reads alone keeps its place until the cap, then leaves it empty, as
    # does a telling merged into another: a weaker entry below the cap does not take the slot (read: such refills
    # were wrong 5 times of 10)
    unshown = {id(e) for e, alone in made if not alone}
    out: list[Dated] = []
    # the entries kept so far, by day, with their words (a story of 500 articles has thousands of dated
    # sentences: each compared with every kept entry, re-reading both, made this step quadratic)
    kept: dict[str, list[tuple[Dated, set[str]]]] = {}
    for entry in sorted(_once(entries), key=lambda d: (d.date, -len(d.citations))):
        words = set(tfidf.terms(entry.text))
        # (mend80) not one happening in other words (``summarize.events.same_event``, timeline3): it took "Tom Reed"
        # and "Tom Reed's brother" for one party, merging two arrests of two people
        same = next((o for o, seen in kept.get(entry.date, ())
                     if _same_words(seen, words, options.timeline_same_event)
                     and _possessed(o.text) == _possessed(entry.text) and not _two_happenings(o.text, entry.text)), None)
        if same is None:
            out.append(entry)
            if id(entry) not in unshown:  # nothing merges into an entry that is not shown
                kept.setdefault(entry.date, []).append((entry, words))
        else:  # the better-supported telling stays (first: sorted by support), citing both
            same.citations.extend(c for c in entry.citations if c not in same.citations)
            out.append(entry)  # (timeline3) its slot under the cap stays, empty: merging brings in no weaker entry
            unshown.add(id(entry))
    if len(out) > limit:  # keep the best-supported entries, still in date order
        keep = sorted(out, key=lambda d: -len(d.citations))[:limit]
        out = sorted(keep, key=lambda d: (d.date, -len(d.citations)))
    return [e for e in out if id(e) not in unshown]


# (timeline8) a reporting clause that opens the sentence ("Russia's defense ministry on Thursday said the first units
# had taken off", "On Friday police confirmed that …"): the happening is the clause it reports
_REPORTS = re.compile(r"^[^,;:\"“”]{0,80}?\b(?:said|says|announced|confirmed|reported|told\s+reporters)\s+"
                      r"(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that\s+)?(?=[A-Za-z])")
_FAMILIES = frozenset(f.name for f in verbs.FAMILIES)


def _happening(text: str) -> str:
    """The clause of a timeline entry that tells what happened: the sentence, or the clause its opening reporting
    verb reports ("The ministry said on Thursday that troops had left Almaty" tells the troops' leaving)."""
    if frame(text) is None and (m := _REPORTS.match(text)) is not None:
        return text[m.end():]
    return text


def _one_happening(a: str, b: str) -> bool:
    """(timeline8) Whether two entries of one day tell one happening: their happenings' clauses tell the same action
    of a verb family (``verbs``: "began leaving" / "began withdrawing from") by the same actor
    (``_same_event``: no figure or person named after the verb that differs), and (mend85) the same named party: for
    a death, resignation, arrest, conviction or sentence told as undergone, the same named person in both subjects;
    else a party named after the verb in common, no place ("in Dayton", "in Gaza City": two arrests or two strikes of
    one city are two happenings; ``_parties``). An arrest and a court hearing, a blast and the evacuation, a vote and a
    protest are other actions; "police found a body" / "police found a car" name no one in common; "Tom Reed" / "Tom
    Reed's brother" (``_possessed``), "Tom Reed" / "Ann Reed", "Lt. Reed" / "Sgt. Reed", "John Smith" / "John Smith
    Jr." (``_other_person``) are two parties; a negated or denied action tells no happening (``_NEGATED``); "to life"
    / "to 10 years" are two sentences (``_terms``)."""
    ha, hb = _happening(a), _happening(b)
    fa, fb = frame(ha), frame(hb)
    if fa is None or fb is None or fa.action not in _FAMILIES or not _same_event(fa, fb, ha + " " + hb) \
            or _possessed(a) != _possessed(b) or _negated(ha) or _negated(hb) or _other_terms(fa.action, ha, hb) \
            or any(_other_person(ha, hb, n) for n in _names(ha) & _names(hb)):
        return False
    if fa.action in _ONCE and _UNDERGONE.search(ha) is not None and _UNDERGONE.search(hb) is not None:
        return bool(_names(ha) & _names(hb) & fa.actor & fb.actor)  # the same named person underwent it
    pa, pb = _parties(ha, fa), _parties(hb, fb)
    return bool(pa & pb) and not (pa - pb and pb - pa)  # "struck a school" / "struck al-Shifa hospital": two targets


def _parties(text: str, f: Frame) -> set[str]:
    """(mend85) The names after ``f``'s verb that name a party, not a place: a capitalised run a preposition opens
    ("in Gaza City", "near Kathmandu", "from Mali") is where, not whom."""
    places: set[str] = set()
    for m in re.finditer(r"\b(?:in|at|near|outside|inside|from|into|across|around|off|over|through|throughout|toward|"
                         r"towards|to|on)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+)", text):
        places |= {re.sub(r"['’]s?$", "", w.lower().rstrip(".")) for w in m[1].split()}
    return {n for n in f.named if n.rstrip(".") not in places} & _names(text)


# (mend85) a telling that negates or denies its action tells no happening ("Israel said its aircraft did not strike
# the hospital", "Police denied that Reed was arrested"): looked for in its first clause, where its verb is
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|den(?:y|ies|ied|ying)|rejects?|rejected)\b|n['’]t\b", re.I)


def _negated(text: str) -> bool:
    return _NEGATED.search(re.split(r"[,;:]", text, maxsplit=1)[0]) is not None


# (mend85) a sentence's term ("to life in prison", "to 10 years", "to death"): two terms are two sentences, or a
# disagreement the timeline should not hide under one telling
_TERM = re.compile(r"\b(life|death|[\w.-]+\s+(?:years?|months?|weeks?|days?))\b", re.I)


def _terms(text: str) -> set[str]:
    return {m[1].lower() for m in _TERM.finditer(text)}


def _other_terms(action: str, a: str, b: str) -> bool:
    """Whether two tellings of a sentence give it two terms ("to life" / "to 10 years")."""
    if action != "sentence":
        return False
    ta, tb = _terms(a), _terms(b)
    return bool(ta and tb and not ta & tb)


# (timeline8) what happens to one person once on a day: one named person who died, resigned, was arrested, convicted
# or sentenced on a day is one happening, whatever else each telling names ("Gigante died early Monday … in
# Springfield" / "Vincent Gigante died today in federal prison"). Told as what the person underwent (``_UNDERGONE``),
# not did: "Sheriff Tom Reed arrested two men" / "… arrested a woman", "Reed killed two people" / "Reed killed himself"
# are two happenings
_ONCE = frozenset({"die", "resign", "arrest", "convict", "sentence"})
_UNDERGONE = re.compile(r"\b(?:died|dies|passed\s+away|resign(?:s|ed)|step(?:s|ped)\s+down|(?:was|were|been|is|are|being)"
                        r"\s+(?:\w+ly\s+)?(?:arrested|detained|killed|slain|murdered|shot\s+dead|found\s+dead|"
                        r"pronounced\s+dead|convicted|sentenced|jailed|found\s+guilty|taken\s+into\s+custody))\b")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
_NOT_NAMES = frozenset(dates.MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday on in at the a an "
                                                 "after before".split())


def _other_person(a: str, b: str, name: str) -> bool:
    """Whether ``a`` and ``b`` give the shared ``name`` two other first names or ranks ("Tom Reed" / "Ann Reed",
    "Lt. Reed" / "Sgt. Reed") or a generation only one names ("John Smith" / "John Smith Jr."): two people.
    Not a nickname's ("Carlo Vitti" / "Carlo 'The Tailor' Vitti"): a first name the other also names."""
    before = [{re.sub(r"['’]s?$", "", m[1].lower()) for m in re.finditer(r"\b([A-Z][\w'’-]+)\.?\s+" + re.escape(name) + r"\b", t, re.I)
               if m[1][0].isupper()} for t in (a, b)]
    after = [{m[1].lower() for m in re.finditer(r"\b" + re.escape(name) + r",?\s+(Jr|Sr|II|III|IV)\b", t, re.I)}
             for t in (a, b)]
    if after[0] != after[1]:
        return True
    return bool(before[0] and before[1] and not before[0] & before[1] and not before[0] & _names(b)
                and not before[1] & _names(a))


def _names(text: str) -> set[str]:
    """The capitalised words of ``text`` (folded as ``summarize.events`` folds an actor's), no month, weekday,
    opening word or place after a preposition ("a bomb in Athens killed …"): the names a telling's actor may share
    with another's."""
    return {w for m in _NAME.finditer(text) if (w := re.sub(r"['’]s?$", "", m.group().lower())) not in _NOT_NAMES
            and not _PLACE_BEFORE.search(text, 0, m.start())}


_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|from|near|outside|inside|to|on)\s+(?:the\s+)?$", re.I)  # a place's name, not a person's


# a number that is part of a date ("December 19, 2005", "8 June"): the entries' day, no figure of the happening
_DATE_NUMBER = re.compile(r"\b" + MONTH_NAMES + r"\.?\s+(\d{1,2})\b|"
                          r"\b(\d{1,2})\s+" + MONTH_NAMES + r"\b|"
                          r"\b((?:1[89]|20)\d\d)\b", re.I)


def _same_event(fa: Frame, fb: Frame, text: str) -> bool:
    """``summarize.events.same_event`` for two entries of one day: the same action by the same actor, no figure and
    no person named after the verb that differ; the days they name are not compared (the timeline gave both the
    same one: "died early Monday" / "died … on December 19, 2005"), nor the numbers of a date in ``text``."""
    if fa.action != fb.action or not fa.actor & fb.actor:
        return False
    of_dates = {n for m in _DATE_NUMBER.finditer(text) for n in m.groups() if n}
    figures_a, figures_b = fa.figures - of_dates, fb.figures - of_dates
    if figures_a and figures_b and not figures_a & figures_b:
        return False
    return not (fa.named and fb.named and not fa.named & fb.named)


def _two_happenings(a: str, b: str) -> bool:
    """(timeline8) Whether two entries sharing most words still tell two happenings: their happenings' clauses tell
    actions of two verb families, neither naming the other's ("A jury convicted Tom Reed of robbery on Friday" / "…
    sentenced Tom Reed …"; not "was hit and killed" / "was killed"), or
    two people of one name undergo it ("Tom Reed was arrested on Friday in Tulsa" / "Ann Reed was arrested …")."""
    ha, hb = _happening(a), _happening(b)
    fa, fb = frame(ha), frame(hb)
    if _other_terms(_sentenced(ha, hb), ha, hb):
        return True  # (mend85) "to life" / "to 10 years"
    if fa is None or fb is None:
        return False
    if fa.action == fb.action and _negated(ha) != _negated(hb):
        return True  # (mend85) "was arrested" / "was not arrested"; not a "not" of another clause's action
    if fa.action in _FAMILIES and fb.action in _FAMILIES and fa.action not in _actions(hb) and fb.action not in _actions(ha):
        return True  # neither tells the other's action anywhere ("was hit and killed" / "was killed" is one)
    return any(_other_person(ha, hb, n) for n in _names(ha) & _names(hb) & fa.actor & fb.actor)


def _sentenced(a: str, b: str) -> str:
    """"sentence" when both tellings tell a sentence anywhere ("was sentenced to life"), for ``_other_terms``."""
    return "sentence" if "sentence" in _actions(a) and "sentence" in _actions(b) else ""


def _actions(text: str) -> set[str]:
    """The verb families (``verbs.action``) every word of ``text`` tells."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    return {a for k, w in enumerate(words) if (a := verbs.action(w, words[k + 1] if k + 1 < len(words) else ""))}


def _merge_told(entries: Sequence[Dated]) -> list[Dated]:
    """(timeline8) Entries of one day that tell one happening (``_one_happening``: two outlets' tellings, one
    outlet's lede and its later recap, a "said" line and the event line) shown once: the telling more articles
    state (the earlier one on a tie: the timeline lists a day's best-supported first), citing every article the
    support check found stating any of the tellings merged (``support.date_citations``: each states the
    happening with its day, in its own words). An article both tellings cite keeps the sentence of the telling
    shown: two sentences of one article mean one claim told over two of them (``Link.refs``), not two tellings."""
    out: list[Dated] = []
    for entry in entries:
        k = next((i for i, o in enumerate(out) if o.date == entry.date and _one_happening(o.text, entry.text)), None)
        if k is None:
            out.append(entry)
            continue
        kept, other = (out[k], entry) if len(out[k].citations) >= len(entry.citations) else (entry, out[k])
        out[k] = Dated(date=kept.date, text=kept.text,
                       citations=list(dict.fromkeys([*kept.citations, *other.citations])),
                       sentences=[*kept.sentences, *(r for r in other.sentences if r.article not in kept.citations)])
    return out


def _tied(facts: Sequence[Fact], told: Sequence[tuple[Fact, Sentence, tuple[str, Mention]]], dated: dict[str, str],
          reference: date | None, copies: dict[str, str], options: Options) -> dict[str, str]:
    """(timeline4) The undated articles whose weekdays ("on Wednesday", "would leave on Friday") may stand on their own
    day: their relative days were resolved against ``reference``, the date of dated articles they are tied to. An
    article (with its wire copies) is tied when it tells ``options.timeline_tie_facts`` of the same facts as an
    article dated ``reference``, one of them on the same day by a weekday of its own ("began leaving on Thursday" in
    both: the same week's news), and nothing in it contradicts that week: no weekday of it puts a fact it shares with
    a dated article on another day than that article does ("arrested on Monday" a week later), and no day named by
    its month falls after ``reference`` unless told as to come (an article of a later day: "the funeral on January
    15" beside a January 13 report). Sharing facts is not enough: a 2011 report of a shooting tells the facts the
    2013 trial's reports recount, and its "arrested on Tuesday" would fall in April 2013.

    (mend83) Each tied article maps to the earliest day of a shared fact it tells on the dated day: only its weekdays
    on or after that day stand. A follow-up written days later recounts the week's facts by the same weekdays, and
    its new events ("began their strike on Friday", after Tuesday's vote) fall a week early when resolved against
    ``reference``; one written before the shared fact's weekday came round again (so its weekday agrees) resolves a
    weekday from that day on to the day it meant."""
    if reference is None:
        return {}
    day_of = reference.isoformat()
    same = {a for a, d in dated.items() if d == day_of}
    if not same:
        return {}
    root_of = roots(copies)  # a copy -> the article it copies

    def root(a: str) -> str:
        return root_of.get(a, a)

    shared: dict[str, int] = {}
    for fact in facts:
        arts = {s.article for s in fact.sentences}
        if arts & same:
            for r in {root(a) for a in arts - set(dated)}:
                shared[r] = shared.get(r, 0) + 1
    candidates = {r for r, n in shared.items() if n >= options.timeline_tie_facts}
    by_same: dict[str, set[str]] = {}  # a fact -> the days the articles dated ``reference`` give it
    by_dated: dict[str, set[str]] = {}  # ... and the days any dated article gives it
    for fact, s, (day, _) in told:
        if s.article in dated:
            by_dated.setdefault(fact.id, set()).add(day)
            if s.article in same:
                by_same.setdefault(fact.id, set()).add(day)
    agree: dict[str, str] = {}  # a tied article's root -> the earliest day of a shared fact it tells as the dated do
    against: set[str] = set()
    for fact, s, (day, m) in told:
        r = root(s.article)
        if r in candidates and s.article not in dated and _relative(m):
            if day in by_same.get(fact.id, ()):
                agree[r] = min(day, agree.get(r, day))
            elif by_dated.get(fact.id):
                against.add(r)  # a weekday that puts a shared fact on another day than the dated account
    tied = set(agree) - against
    for fact in facts:  # a day named by its month after the reference, not told as to come: a later article
        for s in fact.sentences:
            if root(s.article) not in tied or s.article in dated:
                continue
            for m in s.of_kind("date"):
                later = m.label == "day" and m.value and not _relative(m) and (d := _iso(str(m.value))) is not None \
                    and d > reference
                if later and not _to_come(_clause(s.text, m)) and not _limit(s.text, m, 0):
                    tied.discard(root(s.article))
    return {a: agree[root(a)] for a in {s.article for f in facts for s in f.sentences} - set(dated) if root(a) in tied}


def _to_come(clause: str) -> bool:
    """Whether a clause tells what is to come ("will", "would", "is due to", "plans to")."""
    return bool(_AHEAD.search(clause) or dates.tells_ahead(clause))


# (mend80) ... only when a verb of saying, thinking or intending follows the he/she: "The coroner said he died …" is
# the dead man, "The coroner said he believes …" the coroner ("will be"/"would be" is someone else's fate as often)
_OWN_VERB = (r"(?:(?:has|had)\s+)?(?:(?:believ|hop|decid|fear|lov|lik)(?:e|es|ed)|(?:think|expect|plan(?!t)|want|intend|wish|"
             r"know|feel|worr|suspect|doubt|recall|remember|regrett?|agre|refus|vow)\w*|tr(?:y|ies|ied|ying)|"
             r"thought|felt|knew|(?:will|would)(?!\s+(?:be|face|stand|serve|receive|get|appear|remain|undergo)\b))\b")
# (mend81) "will/would" + a fate ("would face murder charges", "will stand trial") is what awaits someone else


# (timeline3) one speaker the sentence names, by role or by name, and the he/she of its own clause ("The coroner
# said he believes LaRue died Saturday", "King said he decided on Saturday …"): the pronoun is that speaker. Not
# a group or several ("Police said he …", "The officers said he …", "The family said she …": he is someone else)
_SPEAKER_HE = re.compile(r"^(?P<opening>[A-Z][^,\"“”]{0,120},\s+)?"  # "At a news conference last night, King said he …"
                         r"(?P<who>(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,3}?|(?:[A-Z][a-z][\w'’.-]*\s+){1,3}?)"
                         + _SPEECH + r"\s+(?:that\s+)?(?:(?:when|after|as|because|if)\s+)?(?:he|she)\s+" + _OWN_VERB)
_GROUP = re.compile(r"(?:[^s]s|police|government|family|team|military|army|company|department|agency|office|court|"
                    r"board|council|committee|staff|media|paper|newspaper|report|statement)\s*$", re.I)


def _reads_alone(text: str) -> bool:
    """Whether a timeline entry can be read apart from its article: a key fact's test (``stands_alone``: no
    he/she nobody named, no "He said …", no one sentence of a longer quote, no time told by the sentence
    before), except that a speaker the sentence names by role may be its own clause's he/she, and a "then"
    may order the sentence's own two clauses."""
    text = _THEN_WITHIN.sub(" and", text)
    if stands_alone(text):
        return True
    m = _SPEAKER_HE.match(text)  # read as "The coroner believes LaRue died …": the rest must stand alone too
    return m is not None and not _GROUP.search(m["who"]) and stands_alone(m["who"].strip().capitalize() + text[m.end():])


def _entry(day: str, said: Sequence[Sentence]) -> tuple[Dated, bool]:
    """One fact's entry under ``day``, citing every article whose telling gives that day, and whether it reads
    alone: in the first telling a reader can read alone (``_reads_alone``: "Jane Doe, 34, was hit around 5 a.m.
    Sunday" rather than "She was hit around 5 a.m. Sunday"), else in its first telling, not to be shown."""
    # (mend80) a telling that names its person before one read through a speaker's he/she
    shown = next((s for s in said if stands_alone(_THEN_WITHIN.sub(" and", s.text))), None) \
        or next((s for s in said if _reads_alone(s.text)), None)
    told = shown or said[0]
    # its own article first: the support check reads the telling as that article's
    return Dated(date=day, text=told.text, citations=list(dict.fromkeys([told.article, *(s.article for s in said)]))), \
        shown is not None


# (timeline13) a modal of what may happen, not of what happened ("may have", "might well have") nor of what may not be;
# the month "May" is not one
# (mend103) "might" as a noun ("its military might in a parade", "with all his might") is none: a modal is followed by a
# verb or an adverb, never a preposition, a conjunction, a verb in the past or a determiner
_MAY_HAPPEN = re.compile(r"\b(?:may|[Mm]ight)\s+(?!(?:(?:also|still|even|well|yet)\s+)?(?:not|never|have|only)\b)"
                         r"(?!(?:in|of|on|at|and|or|but|to|with|from|for|as|into|against|by|was|were|is|are|has|had|"
                         r"the|a|an|that|this|its|their|his|her)\b)[a-z]+")
# (mend103) a telling verb before the weekday with no modal between them governs it ("Police said Monday the suspect
# may be armed", "The regulator warned on Monday it may fine the airline"): the day is the telling's, which is past
_TELLING = re.compile(r"\b(?i:" + "|".join(
    reporting("say warn tell announce add state confirm report disclose reveal write tweet post insist caution predict "
              "acknowledge admit suggest declare claim hint argue estimate", now="say")
    + ("conceded", "indicated", "signalled", "signaled", "forecast")) + r")\b")


def _told_on(before: str) -> bool:
    """(mend103) Whether a telling verb governs the weekday that follows ``before``: the last one before it, with no
    modal between them ("said Monday the suspect may be armed" is Monday's saying; "said gusts may reach 80 mph on
    Sunday" is not; timeline14: nor "said gusts could reach 60 mph on Sunday")."""
    verb = max((v.end() for v in _TELLING.finditer(before)), default=None)
    return verb is not None and not _MAY_HAPPEN.search(before[verb:]) and not _COULD_HAPPEN.search(before[verb:])


# (timeline14) "could" of what may happen ("gusts could reach 60 mph on Sunday"), as ``_MAY_HAPPEN`` reads "may": not "could
# have", "could not", "could only", "could no longer", "could hardly" (a past ability or a past one denied)
_COULD_HAPPEN = re.compile(r"\b[Cc]ould\s+(?!(?:(?:also|still|even|well|yet)\s+)?(?:not|never|have|only|no\s+longer|hardly|barely|"
                           r"scarcely)\b)(?!(?:in|of|on|at|and|or|but|to|with|from|for|as|into|against|by|was|were|is|are|has|"
                           r"had|the|a|an|that|this|its|their|his|her)\b)[a-z]+")
# (timeline14, mend108) ... but a "could" is a past ability as often ("Drivers could cross the bridge again on
# Wednesday"): these marks tell one, and the day keeps the analyser's reading: a past ability's mark in its clause
# ("again", "finally", "at last"), a sense's past ("Smoke could be seen across the city on Sunday")
_ABLE_AGAIN = re.compile(r"\b(?:again|finally|at\s+last|once\s+more|for\s+the\s+first\s+time|"
                         r"could\s+(?:\w+\s+)?be\s+(?:seen|heard|felt|smelled|smelt|spotted|watched|observed))\b", re.I)
# (mend108) ... or a past in its sentence: a past perfect ("Forecasters had warned that gusts could reach 60 mph on
# Sunday", a recap of a forecast; "sooner than officials had predicted") or a clause of a time past ("after the river
# fell", "once the water receded")
_PAST_AROUND = re.compile(r"\bhad\b|\b(?:after|once|when|because|since)\s+(?:[\w'’-]+\s+){0,5}?(?:[a-z]{2,}ed|fell|rose|went|"
                          r"came|began|broke|ran|left|took|gave|made|saw|won|lost|found|got|drove|flew|froze|sank|shook|"
                          r"struck|swept|tore|burst|held|kept|met|paid|sent|spent|stood|told|said|hit|cut|put)\b", re.I)
# (timeline14) a telling verb right after the weekday governs it ("President Reed on Wednesday predicted the court may
# decide …", "Officials on Monday warned that …"): the day is the telling's
_TOLD_AFTER = re.compile(r"(?:['’]s)?\s*,?\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:\w+ly\s+)?" + _TELLING.pattern)


def _hedged_day(s: Sentence, m: Mention) -> bool:
    """(timeline13, timeline14, mend108) Whether weekday ``m`` is told in a clause of what may happen: under "may" or
    "might" (timeline13), or "could" with no mark of a past ability or a past around it (``_ABLE_AGAIN``,
    ``_PAST_AROUND``). Its week is a guess (the analyser reads no modal as ahead: last Sunday, where a forecast means the
    coming one), so it is left out, never moved: a timeline that says less beats one with a wrong date. A telling verb
    that governs the day, before it (``_told_on``) or right after it (``_TOLD_AFTER``), makes it the telling's day."""
    if not _WEEKDAY.match((m.text or "").strip()):
        return False
    if _told_on(s.text[:max(m.start, 0)]) or _TOLD_AFTER.match(s.text, m.end):
        return False
    clause = _clause(s.text, m)
    if _MAY_HAPPEN.search(clause):
        return True
    return _COULD_HAPPEN.search(clause) is not None and not _ABLE_AGAIN.search(clause) \
        and not _PAST_AROUND.search(s.text)


def _mention_day(s: Sentence, m: Mention, ref: date | None, years: _Years, options: Options) -> str | None:
    """The day a date mention of ``s`` names for the timeline: None when it names none, "" when its year would be
    a guess (it still counts as a day the sentence names: "since its deployment on November 2" stays a bound)."""
    named = _named_day(s.text, m, None if s.article in years.dated else years, options.timeline_year_days)
    if named != "":
        return named
    found = next((f for p in _MONTH_DAY if (f := p.match((m.text or "").strip()))), None)
    if found is not None and m.label in ("day", None) and s.article not in years.dated:
        month, number = dates.MONTHS[fold(found.group("mon")).rstrip(".")], int(found.group("day"))
        day = years.day(month, number, options.timeline_year_days, s.article, s.index, max(m.start, 0))
        # (timeline6) "July 3 marked the 169th anniversary of Emancipation": no year the story states + 169 gives the
        # year lent, nor does an account state this day with it and the same count ("by Sept. 11, 2021, 20 years to
        # the day after the attacks"): its year is a guess (the same day stated with the origin's year is no help)
        if day is not None and (count := _years_counted(s.text)) and not any(y + count == day.year for y in years.written) \
                and (day, count) not in years.counted:
            day = None
        if day is not None and years.other_year(s.article, day):
            day = None
        return day.isoformat() if day else ""  # a day whose year would be a guess: still a day the sentence names
    # (timeline13) a weekday in a clause that tells what may happen ("Forecasters said gusts may reach 80 mph on Sunday",
    # "the vote might be held on Tuesday"): its week is a guess (the analyser reads no "may" as ahead: last Sunday);
    # (timeline14, mend108) so is one under "could" of what may happen, save a past ability's (``_hedged_day``)
    if _hedged_day(s, m):  # (timeline14, mend108) "could" of what may happen too
        return ""
    told = _day(m, ref, options.timeline_ahead_days if _AHEAD.search(_clause(s.text, m)) else None)
    # (mend86) a dated article's day told without its year is resolved by the article's date, even when the article
    # states the same day with another year: that is how an anniversary is written ("gathered on April 25 to mourn the
    # victims of the April 25, 2015 earthquake", "This year … on July 4" after "Last year's parade, held on July 4, 2015")
    # a weekday no date resolves (an article with none, and none in the story): the sentence's day is not known, and
    # a later day it names is not its day ("made landfall on Tuesday, …, forecasters said on September 8, 2021")
    return "" if told is None and m.label == "day" and not m.value else told


def _sentence_day(s: Sentence, ref: date | None, oldest: date | None, years: _Years, options: Options = DEFAULT
                  ) -> tuple[str, Mention] | None:
    """The one day a sentence is shown under, with the mention that names it: the first it names that dates
    what it reports (``event_day``) and is not history (before ``oldest``). A sentence shown under each day it
    names told one event twice ("lists his release as Sept. 2 — three months after his booking date, June 2";
    "On October 1 - 2 …"). A day named without a year in an article with no date of its own takes a year only
    from ``years``."""
    days = [(m, d) for m in sorted(s.of_kind("date"), key=lambda m: m.start)
            if (d := _mention_day(s, m, ref, years, options)) is not None]
    found = next(((d, m) for m, d in days if (not d or oldest is None or d >= oldest.isoformat())
                  and event_day(s.text, m, len(days) - 1) and not _old_caption(s, m, d, ref, years, options)), None)
    return found if found and found[0] else None  # the day of what it reports has no sure year: left out


# (timeline1) a day named by its month ("Sept. 2", "2 March 2014"), not relative to the article's date
_NAMES_MONTH = re.compile(r"\b(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b", re.I)


def _relative(m: Mention) -> bool:
    """Whether a date mention is resolved against its article's date ("Saturday", "yesterday", "last
    night") rather than naming its month."""
    return not _NAMES_MONTH.search(m.text or "")


def _once(entries: Iterable[Dated]) -> list[Dated]:
    """Each sentence once: a sentence two facts (or two copies resolved against different days) put under
    two days keeps the day more articles give (the earlier on a tie)."""
    best: dict[str, Dated] = {}
    for e in sorted(entries, key=lambda d: (-len(d.citations), d.date)):
        best.setdefault(" ".join(e.text.split()).casefold(), e)
    return list(best.values())


# (mend80) a name's possession ("Tom Reed's brother", "Reed's accomplice"): another party than the name itself
_POSSESSED = re.compile(r"\b([A-Z][\w-]*)['’]s\s+([a-z][\w-]*)")


def _possessed(text: str) -> set[tuple[str, str]]:
    """The named possessors and their heads a timeline entry names: two tellings of one day whose sets differ ("Police
    arrested Tom Reed" / "Police arrested Tom Reed's brother") are about two parties, never merged."""
    return {(m[1].casefold(), m[2].casefold()) for m in _POSSESSED.finditer(text)}


def _same_words(wa: set[str], wb: set[str], share: float) -> bool:
    """Two timeline entries' content words: one event when they share ``share`` of the fewer."""
    return bool(wa and wb) and len(wa & wb) >= share * min(len(wa), len(wb))


def build(articles: Sequence[Article], options: Options = DEFAULT, *, cleaned_already: bool = False) -> Brief:
    """A brief of ``articles`` taken as one story (ids must be unique; order is kept). ``cleaned_already``:
    the articles are ``with_text``'s, cleaned once (cleaning again costs a tenth of a brief)."""
    with one_blas_thread():  # small matrices (accord.threads); `batch --workers` runs a process per core
        return _build(list(articles), options, cleaned_already)


def cleaned(article: Article, options: Options = DEFAULT) -> Article:
    """``article`` cleaned, unless it was before (by ingest, with the library's recurring lines): then
    it keeps that cleaning. A title's label ingest kept (mend57) is no cleaning."""
    if any(r.reason != TITLE_LABEL for r in article.removed) or (article.raw_text and article.text != article.raw_text):
        return article
    return clean.clean(article, options=options)


def nothing_left(article: Article) -> str | None:
    """Why a cleaned article holds no text (a login page, a cookie notice: every line was chrome), as
    the error that names it says it; None when text is left. ``ingest`` refuses such an article."""
    if article.text.strip():
        return None
    why = ""
    if article.removed:
        first = " ".join(article.removed[0].line.split())[:60]
        n = len(article.removed)
        why = f" ({n} line{'s' if n != 1 else ''} removed as {article.removed[0].reason}, e.g. {first!r})"
    return f"no article text left after cleaning{why}"


def site_text_only(article: Article) -> str | None:
    """Why ``brief`` and ``batch`` leave a cleaned ``article`` out (``nothing_left``'s message), or None.
    Only a page that is the site talking goes: no text left, and every line cleaning removed was site
    text (a cookie notice, a paywall prompt, an error page, a crawl notice) or a heading above it. A
    one-line wire alert or a "WATCH: ..." teaser the cleaner removes as a lone heading or a link is news
    it misjudged: it stays, as it did before user69 (mend100), with its date and headline."""
    why = nothing_left(article)
    reasons = [r.reason for r in article.removed if r.reason != TITLE_LABEL]
    if why is None or not any(r in SITE_TEXT for r in reasons):
        return None
    return why if all(r in SITE_TEXT or r.endswith(" before removed text") for r in reasons) else None


# the cleaner's reasons that mean "the site talking, not the story" (its ``SITE_REASONS`` and prompts, less
# what may be news it cut: a truncated teaser, an off-topic tail): a page of only these holds no news
SITE_TEXT = (clean.SITE_REASONS - {"end", "truncated text", "off-topic tail"}) | {
    "site prompt", "share or navigation widget", "site listing page", "page widget"}


def with_text(articles: Iterable[Article], options: Options = DEFAULT) -> list[tuple[Article, str | None]]:
    """Each article cleaned (as ``build`` would), with ``site_text_only``'s reason to leave it out: the
    one rule of ``accord brief`` and ``accord batch``, so the same articles give the same brief."""
    out: list[tuple[Article, str | None]] = []
    for art in articles:
        done = cleaned(art, options)
        out.append((done, site_text_only(done)))
    return out


def prepare(articles: Sequence[Article], options: Options = DEFAULT, cleaned_already: bool = False
            ) -> tuple[list[Article], dict[str, str], date | None, dict[str, list[Sentence]], list[Variant], list[Fact]]:
    """The stages before any comparison: (cleaned articles, copies, reference date, sentences, name
    variants, facts). One function, so the disagreement benchmark and the pair model's training see
    exactly the facts a brief compares."""
    arts = list(articles) if cleaned_already else [cleaned(a, options) for a in articles]
    copies = find_copies(arts, options)
    reference = story_date(arts)
    sentences, variants = analyse.analyse_story(arts, options, reference=reference, copies=copies)
    return arts, copies, reference, sentences, variants, align(arts, sentences, copies, options)


class Stated:
    """How many independent outlets the support check finds stating a summary candidate as it
    stands (called with the candidate): selection prefers, among sentences of like value, what more
    accounts state (and so cite), asking only of the few it weighs."""

    def __init__(self, evidence: support.Evidence) -> None:
        self.evidence = evidence
        # (speed24) answers per (text, own article): selection weighs a candidate again in each of its passes
        self._counts: dict[tuple[str, str | None], int] = {}
        self._most: dict[tuple[str, str | None], int] = {}

    @staticmethod
    def _key(candidate: Fact) -> tuple[str, str | None]:
        return candidate.text, candidate.sentences[0].article if candidate.sentences else None

    def __call__(self, candidate: Fact) -> int:
        key = self._key(candidate)
        if key not in self._counts:
            links = support.supported(self.evidence.check(self.evidence.claim(*key)))
            self._counts[key] = self.evidence.independent(x.article for x in links)
        return self._counts[key]

    def at_most(self, candidate: Fact) -> int:
        """The most the call can give (``Evidence.reach``: the outlets its check compares the candidate with,
        one row of word overlap, no sentence compared): selection need not check a candidate that cannot be
        stated by more outlets than the one it weighs it against (speed24: 72 of 514 checks fewer on 50
        Multi-News stories)."""
        key = self._key(candidate)
        if key in self._counts:
            return self._counts[key]
        if key not in self._most:
            self._most[key] = self.evidence.reach(self.evidence.claim(*key))
        return self._most[key]


def stated(evidence: support.Evidence) -> Stated:
    """``Stated`` of ``evidence``: the count selection weighs summary candidates by."""
    return Stated(evidence)


def _build(articles: list[Article], options: Options, cleaned_already: bool = False) -> Brief:
    articles = list(articles)
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"article ids must be unique in a brief: {', '.join(dupes)}")
    articles, copies, reference, sentences, variants, facts = prepare(articles, options, cleaned_already)
    compared = compare(facts, options, reference=reference, articles=ids,
                       published={a.id: a.published for a in articles if a.published},
                       titles={a.id: a.title for a in articles if a.title},
                       outlets={a.id: key for a in articles if (key := a.outlet) is not None})
    disagreements = compared.disagreements
    # every citation, support count and single-source claim below passes through the one check
    evidence = support.Evidence(articles, sentences, copies, options, reference)
    summary = support.cite(evidence, select(facts, [replace(a, title=headline(a)) for a in articles], options,
                                            stated(evidence)))
    checked = support.check_facts(evidence, facts, alone=stands_alone)
    support.link_disagreements(evidence, checked, disagreements)
    refs = [ArticleRef(id=a.id, title=a.title, source=a.source, url=a.url, published=a.published,
                       copy_of=copies.get(a.id)) for a in articles]
    # (mend27) a post the page embeds is kept in the text but is the poster's words, not the story told: never a
    # key fact ("QB RIP King P. Prodigy 4 Ever A post shared by …", as summaries already leave it out)
    # (mend28) and a key fact stands alone: no pronoun nobody named, no "then" after an untold event
    multi = support.shown_once([c for c in checked if c.independent > 1 and clean.page_sentence(c.sentence.text) is None
                                and stands_alone(c.sentence.text)], disagreements)
    return Brief(
        title=neutral_title(articles, summary, options),
        articles=refs,
        summary=summary,
        facts=[c.ref() for c in multi[: options.brief_max_facts]],
        disagreements=disagreements,
        single_source=_claims(evidence, checked, options.brief_max_single),
        timeline=_merge_told(support.date_citations(evidence, _timeline(
            facts, options.brief_max_timeline, reference, options, {a.id: a.published[:10] for a in articles if a.published},
            copies, _posts(articles, options.timeline_year_days, options.timeline_post_words), _logs(articles)))),
        variants=variants,
        wordings=compared.wordings,
    )


__all__ = ["build", "prepare", "story_date", "neutral_title", "headline", "independent", "Cited"]
