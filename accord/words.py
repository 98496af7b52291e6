"""Word tables the stages share, each written once: stop words, the calendar's names, reporting verbs.

One stop-word list, sklearn's English list (what ``accord.tfidf`` drops, and so alignment, support
and the summary's features), with named additions where a stage compares something else than topic
words: grouping also ignores the words every news story uses ("said", "told"); quotes are compared
on their wording, so only glue and function words are dropped there ("fire", "system" and "find",
stop words to sklearn, are content in a quote); cleaning judges a block's topic on a compact list
with news and site words.
"""
from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)  # sklearn's English list (318 words)
# Words every news story uses: no evidence that two articles report one event (grouping's terms)
NEWS_WORDS: frozenset[str] = frozenset({"said", "says", "say", "told", "according", "just", "like", "new"})
# Dropped when deciding that two quotes say the same words ("the Russians" = "Russians")
QUOTE_GLUE: frozenset[str] = frozenset({"the", "a", "an", "and", "of", "to", "in", "on", "that", "this", "is", "are", "be"})
# Dropped from a quote's content words: what two renderings of one remark must share besides these
FUNCTION_WORDS: frozenset[str] = frozenset(
    "a an the and or but nor of to in on at for with by from as into about that this these those is are "
    "was were be been being am do does did have has had will would shall should can could may might i "
    "you he she it we they me him her us them my your his its our their there here so not no if then "
    "than just also very really oh well".split()
)

# Helping verbs: a word right after one is a verb or a predicate ("are unacceptable", "have had"), not a
# noun a following word could extend
AUXILIARIES: frozenset[str] = frozenset(
    "is are was were be been being am do does did have has had will would shall should can could may might must"
    .split())
# Words that place, time or grade a whole sentence, or address its hearer, when said after its last word
# ("… under control now.", "… came out tonight.", "… safe to use again.", "…, folks."): besides the stop words
# (now, again, still, together, ever, yet, too, here), an editor adds or drops them with no change to what the
# sentence is about; so do the adjectives said after a noun ("the man responsible", "the families involved")
# (disagree.quotes: a sentence closed on another word must extend a noun, not the sentence)
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """soon anymore whatsoever today tonight tomorrow yesterday later earlier ago lately overnight instead
    meanwhile period folks sir madam ma'am guys please thanks home abroad overseas ahead apart aside
    tho anyhow either altogether alike regardless nonetheless nevertheless anyways okay ok right sure yes
    responsible involved concerned affected available possible present needed included""".split())
# Words that place a time relative to the moment of reading ("5 days ago", "today", "last Friday"): a
# ``published`` holding one is no date an outlet gave (dateparser reads it as the day of the run)
RELATIVE_TIME: frozenset[str] = frozenset(
    "ago today tonight tomorrow yesterday now hence last next recently lately earlier later".split())
# The generation after a personal name ("Martin Lewis Jr."): part of the name, never another thing named
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Irregular verb forms and their plain form ("began", "begun" → "begin"; "shot" → "shoot"): support's
# stems and the event words of disagreements meet across outlets through it
IRREGULAR_VERBS: dict[str, str] = {form: lemma for lemma, forms in (
    ("arise", "arose"), ("bear", "born"), ("beat", "beat beaten"), ("become", "became"),
    ("begin", "began begun"), ("bite", "bit"), ("break", "broke broken"), ("bring", "brought"),
    ("build", "built"), ("buy", "bought"), ("catch", "caught"), ("choose", "chose chosen"),
    ("come", "came"), ("deal", "dealt"), ("die", "died dying"), ("dig", "dug"), ("draw", "drew drawn"),
    ("drive", "drove driven"), ("fall", "fell fallen"), ("feed", "fed"), ("feel", "felt"),
    ("fight", "fought"), ("find", "found"), ("flee", "fled fleeing"), ("fly", "flew flown"),
    ("freeze", "froze"), ("get", "got gotten"), ("give", "gave given"), ("go", "went gone"),
    ("grow", "grew grown"), ("hang", "hung"), ("hear", "heard"), ("hide", "hid hidden"), ("hit", "hit"),
    ("hold", "held"), ("hurt", "hurt"), ("keep", "kept"), ("know", "knew known"), ("lay", "laid"),
    ("lead", "led"), ("leave", "left"), ("lose", "lost"), ("make", "made"), ("mean", "meant"),
    ("meet", "met"), ("pay", "paid"), ("put", "put"), ("quit", "quit"), ("ride", "rode ridden"),
    ("rise", "rose risen"), ("run", "ran"), ("see", "saw seen"), ("seek", "sought"), ("seize", "seized"),
    ("sell", "sold"), ("send", "sent"), ("set", "set"), ("shoot", "shot"), ("sing", "sang sung"),
    ("sink", "sank sunk"), ("sit", "sat"), ("slay", "slain slew"), ("sleep", "slept"),
    ("speak", "spoke spoken"), ("spend", "spent"), ("stand", "stood"), ("steal", "stole stolen"),
    ("strike", "struck stricken"), ("swear", "swore sworn"), ("swim", "swam"), ("take", "took taken"),
    ("teach", "taught"), ("tell", "told"), ("think", "thought"), ("throw", "threw thrown"),
    ("understand", "understood"), ("wake", "woke woken"), ("wear", "wore worn"), ("win", "won"),
    ("withdraw", "withdrew withdrawn"), ("write", "wrote written"),
) for form in forms.split()}

# Cleaning's content words: a compact English list with the words of news and site talk ("said",
# "week", "thanks"); they decide whether a tail block is on topic, and the words every text shares
# would make unrelated blocks look related
TOPIC_STOP_WORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours yourself yourselves said says
    say told one two new like get got us may might must shall also last first week year years
    still even many much well back way since per via according help thank thanks see seen
    main make made take know let want need use used""".split()
)

# The kinds of street an address ends on ("3000 block of West Florence Avenue", "5012 Powell Drive"), as a
# regex alternation: where on one street something happened (disagree.places), the place "the home" names
# (summarize.pointers).
STREET_TYPES = r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Way|Place|Court|Highway|Parkway)"

# Month names and their abbreviations (lower case) → month number; weekdays from Monday.
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# The table as a regex alternation, longest first ("september" before "sep"), for every pattern that
# reads month names: lower case for use with re.I; capitalised where "may" or "march" must be a name.
MONTH_NAMES = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
MONTH_NAMES_CAPITALISED = "(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) + ")"
WEEKDAYS: list[str] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Each month's full name, capitalised ("January" … "December"), from the same table.
MONTHS_FULL: list[str] = [max((n for n in MONTHS if MONTHS[n] == k), key=len).capitalize() for k in range(1, 13)]
# The abbreviations ("jan", "sep", "sept"): a name that starts another name of its month. Only these
# take a full stop in dates ("Jan. 13"): "May." ends a sentence.
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    n for n in MONTHS if any(o != n and o.startswith(n) and MONTHS[o] == MONTHS[n] for o in MONTHS))

# North American time zones as datelines and air times write them ("11:10 am EDT", "8 p.m. ET"): a time
# written with one is US/Canadian usage (so is a month-first date beside it)
US_TIME_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
                 "AKST", "AKDT", "HST")
# ... and the zones written after times elsewhere ("9 a.m. GMT"), for readers of any time's zone
TIME_ZONES = US_TIME_ZONES + ("GMT", "UTC", "BST", "CET", "CEST", "IST", "JST")
# The exchange codes Reuters writes after a ticker ("CHOO.L", "KORS.N", "7203.T"), as a regex alternation: one
# list for cleaning, which drops a printed code in brackets, and for sentence splitting, which must not cut
# "Jimmy Choo CHOO.L for …" after its point
EXCHANGE_CODES = r"(?:N|O|OQ|L|T|HK|DE|PA|TO|AS|SS|SZ|KS|KQ|BO|NS|MI|MC|SW|ST|AX|F|SI|CO|HE|OL|BR|LS|VI|MX|SA|TW|BK|JK|KL|NZ|PK|Q|V)"


# The words a page's time stamp is made of ("updated 8:41 p.m.", "PUBLISHED FRIDAY, MARCH 8, 2013 AT
# 12:46 PM / UPDATED AT 12:48 PM", "May 2, 2013 1:35 pm."): scraped as a headline or a sentence, such a
# line states nothing a reader could check, so it is neither a summary sentence nor a timeline entry
_STAMP_WORDS: frozenset[str] = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(d[:3] for d in WEEKDAYS) | frozenset(
    "updated update published posted modified last at on am pm a p m et est edt gmt utc bst pt pst pdt ct cst cdt".split())


# A headline's end mark doubled by a feed or dataset that adds a full stop to every title ("What
# might Cohen tell Mueller?.", "Now it may not happen.."); an ellipsis ("...") is a mark of its own
_DOUBLED_STOP = re.compile(r"(?<![.])([.!?])\.$")


def one_stop(text: str) -> str:
    """``text`` with a doubled final stop made single ("…Mueller?." → "…Mueller?", "…happen.." →
    "…happen."); an ellipsis and a single mark stay as written."""
    return _DOUBLED_STOP.sub(r"\1", text)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def unpossessed(word: str) -> str:
    """A word less its possessive ending only ("Ross's" → "Ross", "Jones'" → "Jones"; "Ross" stays "Ross", where
    stripping every trailing s and quote made "Ro"): a name written with and without it names one person or thing."""
    return _POSSESSIVE_END.sub("", word)


_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def is_timestamp(text: str) -> bool:
    """Whether ``text`` is only a date or time stamp: figures and the words of one (``_STAMP_WORDS``),
    at least one figure. "Updated 8:41 p.m." is; "Updated figures came at 8 p.m." is not."""
    tokens = _STAMP_TOKEN.findall(text)
    return (any(t.isdigit() for t in tokens)
            and all(t.isdigit() or t.lower() in _STAMP_WORDS for t in tokens))

# Given names and their short forms ("Bill" / "William", "Katie" / "Kathryn"): one person when the
# rest of the name is the same (support's names, disagreements' names in a role, the verify gate's one name
# written two ways). A general list, not a story's.
_NICKNAMES = (
    "william bill billy will willie", "robert bob bobby rob robbie bert", "james jim jimmy jamie", "michael mike mikey",
    "thomas tom tommy", "joseph joe joey", "richard rick ricky dick rich", "anthony tony", "david dave",
    "steven stephen steve", "christopher chris", "daniel dan danny", "edward ed eddie ted teddy ned", "charles charlie chuck",
    "john jack johnny", "katherine kathryn kathy katie kate", "catherine cathy kate", "elizabeth liz beth betty betsy",
    "margaret maggie peggy meg", "jennifer jen jenny", "patricia pat patty", "susan sue", "deborah deb debbie",
    "rebecca becky", "alexander alex", "benjamin ben", "nicholas nick", "matthew matt", "andrew andy",
    "samuel sam", "timothy tim", "gregory greg", "jonathan jon", "ronald ron ronnie", "donald don donnie", "kenneth ken kenny",
    "lawrence larry", "gerald jerry", "jerrold jerry", "raymond ray", "frederick fred", "peter pete", "philip phil",
    "douglas doug", "jeffrey jeff", "joshua josh", "theodore ted teddy", "victoria vicky",
    "henry hank harry", "patrick pat", "rudolph rudy", "andrew drew", "mitchell mitch", "zachary zach")
_NICKNAME: dict[str, set[int]] = {}
for _k, _group in enumerate(_NICKNAMES):
    for _name in _group.split():
        _NICKNAME.setdefault(_name, set()).add(_k)


def same_given_name(a: str, b: str) -> bool:
    """Two lower-case given names that are one name, one a short form of the other ("bill" /
    "william"); "pat" is Patrick's and Patricia's, yet Patrick is not Patricia."""
    return a == b or bool(_NICKNAME.get(a, set()) & _NICKNAME.get(b, set()))

# Spans of time that open a sentence ("Hours after police arrested …", "Moments later, …", "Days
# before …"): never a name, though a tagger reads the capitalised first word as one
TIME_SPANS: frozenset[str] = frozenset(
    "moments seconds minutes hours days weeks months years decades moment second minute hour day week month "
    "year decade".split()
)

# the kinds of firearm news names by noun (a revolver is no pistol): what a count or a calibre of a gun is of
GUN_NOUNS: tuple[str, ...] = ("revolver", "pistol", "handgun", "rifle", "shotgun", "carbine")


# -- reporting verbs ------------------------------------------------------------------------------------
# Verbs that tell who said something, as lemmas: the analysers find a quotation's speaker by them (spaCy's
# lemma in ``analyse.quotes``, any inflection in ``analyse.rules``)
SPEECH_VERBS: frozenset[str] = frozenset(
    "say tell add warn claim state announce insist note explain write declare stress argue ask reply "
    "respond acknowledge admit deny comment suggest urge accuse describe tweet post hint quote "
    "recall conclude vow promise predict caution complain confirm remark continue".split()
)
# ... and the verbs by which news credits a statement, a finding or a figure without a quotation ("police
# reported", "officials estimated", "the filing revealed") or says how words were said ("shouted",
# "quipped"): only the patterns that read attributions as text read these
REPORT_VERBS: frozenset[str] = frozenset(
    "report testify inform reveal disclose allege estimate count record put release publish shout yell joke "
    "exclaim quip cry".split()
)
# the pasts of reporting verbs no spelling rule gives (``IRREGULAR_VERBS`` has "told", "wrote", "put" too, but
# not "said", which support would then stem as "say"); "admitted" doubles its last letter on a stressed last
# syllable, which no spelling shows ("visited", "edited" do not: mend57)
_REPORTED_PAST = {"say": "said", "tell": "told", "write": "wrote", "put": "put", "admit": "admitted"}
# a one-syllable verb ending in one vowel and one consonant doubles it ("quip" → "quipped", "nod" → "nodded"; not
# "shout", "post", "yell", nor a "w", "x" or "y": "row" → "rowed"); "qu" is a consonant ("quip")
_DOUBLES = re.compile(r"^(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]$")


def _past(lemma: str) -> str:
    if lemma in _REPORTED_PAST:
        return _REPORTED_PAST[lemma]
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"  # testify → testified
    if _DOUBLES.match(lemma):
        return lemma + lemma[-1] + "ed"  # quip → quipped
    return lemma + ("d" if lemma.endswith("e") else "ed")


def third_person(lemma: str) -> str:
    """A verb's third person singular by the spelling rules ("says", "replies", "pushes"; not "be", "have",
    "do" or "go", which no caller inflects)."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"  # reply → replies
    return lemma + ("es" if re.search(r"(?:s|sh|ch|x|z)$", lemma) else "s")


def reporting(lemmas: str, now: str = "", plain: str = "") -> tuple[str, ...]:
    """The word forms of reporting verbs (``SPEECH_VERBS`` and ``REPORT_VERBS``) a text pattern reads, one list
    for every stage: for each of ``lemmas`` its past ("said", "testified"), then its third person if the lemma is
    in ``now`` ("says") and the lemma itself if it is in ``plain`` ("say"). Each stage names the verbs its pattern
    reads (why it reads fewer is said where the pattern is); a lemma of no reporting verb is an error, so that
    the lists cannot drift apart in spelling."""
    names, present, bare = lemmas.split(), set(now.split()), set(plain.split())
    unknown = (set(names) | present | bare) - SPEECH_VERBS - REPORT_VERBS
    if unknown or not (present | bare) <= set(names):
        raise ValueError(f"no reporting verb or not in lemmas: {sorted(unknown or (present | bare) - set(names))}")
    out: list[str] = []
    for lemma in names:
        out += [_past(lemma)] + [third_person(lemma)] * (lemma in present) + [lemma] * (lemma in bare)
    return tuple(out)


# precision65: a sentence opening with an adverbial clause of time or cause, up to its comma ("Just hours
# after a gunman killed 10 people at a Texas school, …", "When the storm destroyed 40 homes, …")
_OPENING_CLAUSE = re.compile(r"^\W*(?:(?:just|only|even|shortly|moments|minutes|hours|days|weeks|months|"
                            r"(?:a|one|two|three|four|five|several|a\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?))\s+)*"
                            r"(?:after|before|when|whenever|while|since|because|although|though|once|until)\s+"
                            r"[^,;:()\[\]“”\"—–]{3,160},", re.I)


def opening_clause_end(text: str) -> int:
    """Where a sentence's opening adverbial clause of time or cause ends (after its comma), else 0: a
    verb inside it tells what happened in that clause, never to a figure of the main clause after it."""
    hit = _OPENING_CLAUSE.match(text)
    return hit.end() if hit else 0



# mend119 (what counts as one outlet): hosts whose pages are not the host's own reporting. An aggregator,
# syndication portal, archive, link shortener or social network carries many outlets' pages, so its
# domain names no outlet: such a page gives no outlet key (counted alone, as on a plain file).
NOT_OUTLET_HOSTS: frozenset[str] = frozenset({
    "msn.com", "yahoo.com", "yahoo.co.jp", "yahoo.co.uk", "aol.com", "google.com", "news.google.com",
    "archive.org", "archive.today", "archive.ph", "archive.is", "archive.li", "archive.md", "archive.vn",
    "ampproject.org", "googleusercontent.com", "feedburner.com", "feedproxy.google.com",
    "apple.news", "flipboard.com", "newsbreak.com", "smartnews.com", "ground.news", "newsnow.co.uk",
    "pressreader.com", "inkl.com", "headtopics.com", "newsbreakapp.com", "bing.com",
    "facebook.com", "fb.com", "twitter.com", "x.com", "t.co", "youtube.com", "youtu.be", "instagram.com",
    "tiktok.com", "linkedin.com", "lnkd.in", "reddit.com", "threads.net", "bsky.app", "telegram.org", "t.me",
    "bit.ly", "ow.ly", "tinyurl.com", "buff.ly", "dlvr.it", "trib.al",
})
# hosts where each sub-domain is one author's own site (foo.substack.com, bar.blogspot.com): the full host
# is that author's outlet; the bare platform (substack.com, www.medium.com/@someone) names no outlet
AUTHOR_HOSTS: frozenset[str] = frozenset({
    "substack.com", "medium.com", "blogspot.com", "wordpress.com", "tumblr.com", "github.io", "typepad.com",
    "livejournal.com", "ghost.io", "beehiiv.com", "wixsite.com", "weebly.com", "squarespace.com",
    "blogger.com", "over-blog.com", "hashnode.dev", "mataroa.blog", "bearblog.dev", "posthaven.com",
})
# umbrella domains whose sub-domains are distinct outlets (abcnews.go.com is not espn.go.com): the full host
# (without "www.") is the outlet
UMBRELLA_HOSTS: frozenset[str] = frozenset({"go.com", "cbslocal.com", "sinclairstoryline.com"})
# source fields that name no outlet: placeholders and platform names (compared case-, space- and
# punctuation-blind, like every outlet name)
NOT_OUTLET_NAMES: frozenset[str] = frozenset({
    "unknown", "unknown source", "staff", "staff writer", "staff reporter", "staff report", "admin",
    "administrator", "editor", "editors", "editorial", "editorial staff", "editorial team", "news desk",
    "web desk", "desk", "newsroom", "reporter", "correspondent", "our correspondent", "our reporter",
    "agencies", "agency", "wire", "wires", "wire services", "wire service", "news agencies",
    "press release", "press", "guest", "contributor", "anonymous", "n/a", "na", "none", "null", "nil",
    "source", "sources", "news", "feed", "rss", "home", "untitled", "-",
    "msn", "msn news", "yahoo", "yahoo news", "google news", "apple news", "flipboard", "newsbreak",
    "smartnews", "substack", "medium", "wayback machine", "internet archive", "archive today",
    "facebook", "twitter", "x", "youtube", "reddit", "telegram",
})
