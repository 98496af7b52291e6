"""Does a summary sentence stand on what the summary said before it?

A summary is read alone: a sentence that opens with "He", that reports what "she said", or that
opens with a quotation nobody is named for, needs a person the reader has been introduced to.
``read(texts)`` flags, sentence by sentence in summary order, what such a sentence leaves open;
selection (``accord.summarize.choose``) skips or resolves flagged sentences, and ``accord eval
summaries`` counts them over every story of a set (the mechanical check of issue 13).

How it decides (text only, so any summary can be checked, a baseline's too):

- **person pronoun**: the sentence opens with he/she/his/her/him (outside a quotation) and no
  earlier sentence of the summary names a person;
- **pronoun speaker**: "…, he said" / "she added" / "said he" outside the quoted words, with no
  person named earlier in the summary or earlier in the sentence;
- **unattributed quote**: the sentence opens with a direct quotation (``quotes.spans``: three or
  more words, not a title) and no speech verb or "according to" outside the quoted words gives a
  speaker (a pronoun speaker is judged as above) — unless the sentence before it in the summary
  holds an attributed quotation, which it then continues ("“…,” Duffy said. “…”");
- **first-person voice**: the summary's first sentence speaks as "I", "me", "my" or "we" outside
  quotation marks (``features.first_person``) — a columnist's, a reviewer's or a commenter's
  line, whose "I" the reader meets before anyone is named ("I spent 5 hours with Alan…"), unless
  the sentence names who says it ("…, Mitt Romney wrote"); later in a summary it is left to
  selection, which scores such lines down;
- **writer's we** (coherence24): a later sentence speaks as "we" outside quotation marks, even once a
  person is named ("Plus, we have delicious logistical questions …", "And since the chair is picked by
  seniority, we know who they will be"), unless it names its speaker or the sentence before it gives a
  speaker's words it goes on with ("“…,” said Mayor Ann Lee." / "We at the council will miss him.")
  or presents the text it comes from ("The firm issued a statement on Monday."), nor once an earlier
  first-person line stood unflagged (an op-ed's voice, then the summary's own); its speaker is named
  beside the speech verb ("Ann Lee told", "said Ann Lee"); selection keeps this flag where it allows
  the writer's "I" after the opening;
- **writer's I** (coherence38): a later sentence speaks as "I"/"me"/"my" outside quotation marks right
  after a sentence that reports what a group or a party said with no one speaker beside its verb
  ("Resort officials claimed that … McDowell was on top of the woman …" / "When they got up …, my
  emotions took over."), or after such an "I" line: the reader takes the "I" for that report's —
  unless a name beside a speech verb owns the sentence's words ("…, Roe wrote in a statement"); after
  a named speaker ("Roe told deputies …", "“…,” she said.") or a text presented ("… in a statement:")
  the "I" goes on with their words and stands; a column's own "I" once a person is named stays;
- **unnamed speaker** (coherence24): a role written where a name belongs, with no name and no article
  ("…, according to spokeswoman.");
- **name spelt two ways** (coherence24): a two-word name an earlier sentence spelt one slip apart
  ("Jonathan Magwood" … "coach Jonathon Magwood", "Jeffery"/"Jeffrey"; ``_one_slip``);
- **other pronoun**: it opens with they/them/their/it/its, or with this/these/those pointing back
  ("This is…") — only the summary's first sentence is flagged for it, since any earlier sentence
  may hold the antecedent;
- **unintroduced name**: a surname alone — after a title ("Mr. Buell", "Dr. Meyer"), or a lone
  word the analyser reads as the surname of a person named in full only later — when no earlier
  sentence of the summary (nor the sentence itself, before it) gives the full name;
- **back-pointing description**: the summary's first sentence opens with a definite description
  that points back at something it never introduced ("The video shows…", "The woman was…",
  "This study…"), or a later one opens with "This/These <noun>" whose noun the summary has not
  used ("This speed…");
- **also, with no first**: "Investigators also arrested …", "Two guards were also shot" when no
  earlier sentence told an arrest or a shooting (``ALSO_FAMILIES``: happenings to a person);
- (read, not flagged past the first sentence: selection asks them) an opening that leans on the
  sentence before ("When he didn't, …", "Worse, …", "To figure that out, …": ``other_open``), an
  epithet speaker ("the Kentucky Republican said", "one user responded": ``presupposed``);
- **a dateline mid-text** ("WASHINGTON —", "(CNN)"): another outlet's opening, a second lede;
- **page junk**: a sentence cleaning drops as a line of the page (``accord.clean.page_sentence``:
  captions, credits, players, stamps, bylines) — cleaning removes these from the text, the check
  still flags them in any summary it reads (a baseline's); and a dateline ("WASHINGTON —")
  anywhere but the first sentence, where a wire lede carries it.

A person is named when a run of capitalised words is read as a PERSON by the rules analyser (a
title or office before it, two or more plain capitalised words), or when a capitalised name is the
subject of a speech verb ("Putin said"), within the summary itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Callable, Iterable, Sequence

from accord import verbs
from accord.analyse import quotes, rules
from accord.clean import page_sentence
from accord.model import Mention
from accord.patterns import Screened, folds_as_lower
from accord.summarize.features import first_person
from accord.summarize.given_names import GIVEN_NAMES
from accord.words import FUNCTION_WORDS, IRREGULAR_VERBS, REPORT_VERBS, SPEECH_VERBS, STOP_WORDS, reporting

# he/she opening the sentence, or its clause after a short opening phrase ("On Tuesday, he was put on
# the disabled list", "Later that day, she …"): the same pronoun with nothing before it to name
# ... or as the object of an opening preposition ("For him it will be a long journey"; not "With his
# wife beside him, the mayor …", whose "his" points ahead)
PERSON_OPEN = re.compile(r"^\(?(?:(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s+)?(he|she|his|her|him)"
                         r"|(?:for|to|with|about|like|unlike|against|without|from)\s+(him|her)(?=\s+[a-z]))\b(?!\s*[-–—])", re.I)
OTHER_OPEN = re.compile(r"^\(?(they|them|their|it|its)\b(?!\s*[-–—])", re.I)
# a demonstrative followed by a noun phrase names its thing ("This week", "These troops"); one
# followed by a verb points back ("This is", "These were")
POINTING_OPEN = re.compile(r"^\(?(?:this|these|those|that)\s+(?:is|was|are|were|has|had|have|will|would|"
                           r"could|can|may|might|should|comes?|came|means?|meant|includes?|included|"
                           r"follows?|followed|marks?|marked|leaves?|left|makes?|made)\b", re.I)
# A subordinate clause whose verb phrase is left out ("When he didn't, one of the officers fired.", "If
# they do, …", "When she refused, …"): it answers the sentence before it in its article ("He said the
# officers told the man to drop his weapon."), which a summary that skipped it leaves unsaid (protocol
# C17, coherence21). Read as an opening that leans back, like "They …". Not "When he didn't show up, …"
# (the verb is there), "If so, …", nor "If the president can, with impunity, remove …" (an aside).
ELLIPTICAL_OPEN = re.compile(
    r"^[\"“‘']?(?:(?:and|but|so)\s+)?(?:when|if|unless|because|since|although|though|once|until|after|before|as)\s+"
    r"(?:he|she|they|it|we|I|you|that|this|[A-Z][\w'’-]+|the\s+[a-z][\w-]*)\s+"
    r"(?:(?:did|does|do|would|could|will|can|should|might|must|had|has|have|was|were|is|are)(?:\s+not|n['’]t)?|"
    r"didn['’]t|doesn['’]t|don['’]t|won['’]t|can['’]t|refused|declined|wouldn['’]t|couldn['’]t|wasn['’]t|weren['’]t|"
    r"hadn['’]t|hasn['’]t|haven['’]t|isn['’]t|aren['’]t)\s*,"
    # ... not an aside before the verb ("If the president can, with impunity, remove …")
    r"(?!(?:\s+[\w'’-]+){1,5},)", re.I)
# ... and a comparative that weighs the sentence against the one before ("Worse, Colbert has a skill set
# …", "More seriously, …", "Even better, …") or an infinitive whose object points back ("To figure that
# out, …"): C17's readers named both as dangling once the sentence before was left out. Not "More than
# 100 people …" (no comma), "To figure out the cause, …" (its object is said).
COMPARING_OPEN = re.compile(
    r"^[\"“‘']?(?:(?:even|much|far|worse|better)\s+)?(?:worse|better|more|most|less|least)"
    r"(?:\s+(?:still|yet|seriously|importantly|significantly|troubling|troublingly|alarming|alarmingly|"
    r"surprisingly|notably|interestingly|curiously|oddly|strangely))?\s*,"
    r"|^To\s+[a-z]+\s+(?:that|this|it|them)(?:\s+(?:out|up|off|down|over))?\s*,", re.I)
QUOTE_MARKS = "“\"‘'"
FIRST_PERSON = "first-person voice"  # the reason given for a summary opening in the writer's own voice
ALSO_UNTOLD = "also, with no first"  # "Investigators also arrested …" before any arrest
WRITERS_WE = "writer's we"  # "Plus, we have a few questions …" after the opening, no speaker before it
WRITERS_I = "writer's I"  # "… my emotions took over." after a report of what officials claimed
UNNAMED_SPEAKER = "unnamed speaker"  # "…, according to spokeswoman." with no name
SPELT_TWICE = "name spelt two ways"  # "Jonathan Magwood" … "coach Jonathon Magwood"
# "our list", "told us": an outlet speaking of itself ("the 10 women on our Highest-Paid list") reads
# as the publication's voice; "I", "my" and "we" are a person the reader has not met (measured on
# Multi-News val, 2026-12-03: flagging "our" too moved one opening to a weaker line and left one
# one-sentence story with no summary)
_OUTLET_VOICE = frozenset({"our", "ours", "us"})
PRONOUN_SUBJECTS = frozenset({"he", "she"})
# a title before a surname: the surname alone then names a person the reader must know already
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\.?\s+(?P<name>[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z][a-z])")
# (coherence27) a beauty pageant's title, not a woman's surname: "Miss Delaware 2014", "Miss America",
# "the Miss Ohio pageant" — "Miss" before a place a year or a pageant word follows, or before a
# country-wide title; its place (group "place") is then no surname anywhere in the story either
PAGEANT = re.compile(r"Miss\s+(?:(?:America|USA|Universe|World|International|Earth)\b"
                     r"|(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:\d{4}\b|(?:pageant|competition|title|crown|"
                     r"organization|contestant|winner|runner-up|hopeful)s?\b|(?:Pageant|Competition|Organization)\b))")

# the summary's first words point back at a thing or person it never introduced: "The video shows",
# "The woman was", "The hitch:" (a lower-case noun, then a verb, an auxiliary or a clause mark) ...
_DEFINITE = re.compile(r"^\(?The\s+(?:[a-z0-9][\w-]*(?:[,.]\d[\w-]*)*\s+){0,2}?(?P<noun>[a-z][a-z-]+)(?:'s|’s)?(?:\s*[,:;—–]|\s+(?:is|was|are|were|has|had|have|"
                       r"will|would|could|can|may|might|should|did|does|do|also|then|now|still|had|who|which|that|"
                       r"[a-z]+ed|[a-z]+[^s]s)\b)")
# ... but not one a relative clause defines there ("The young woman who is alleging that Anthony
# Weiner …", "The company that makes the pods …"): the news lede's way of introducing (coherence15)
_RELATIVE = re.compile(r"\s+(?:who|whose|that|which)\b")
# ... or a demonstrative with a noun ("This study", "These findings"); "This week" names its time
_DEMONSTRATIVE = re.compile(r"^\(?(?:This|These|Those|That)\s+(?P<noun>[a-z][a-z-]+)\b"
                            # (coherence21) ... or in the sentence's opening phrase ("Based on that concern,
                            # …", "Despite this setback, …": C17, after a summary that never told the concern)
                            r"|^(?:Based\s+on|Because\s+of|Due\s+to|Despite|Given|Following|After|Amid|Besides|"
                            r"Beyond|Unlike|Like|With|Without|Under|From|Since)\s+(?:this|these|those|that)\s+"
                            r"(?P<noun2>[a-z][a-z-]{2,})(?:\s+[a-z][a-z-]+)?\s*,")
_TIME_NOUNS = frozenset({"week", "weekend", "year", "month", "morning", "afternoon", "evening", "night", "summer",
                         "spring", "fall", "autumn", "winter", "season", "time", "past", "decade", "century",
                         "day", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
                         "may", "might", "should", "comes", "came", "means", "meant", "includes", "included",
                         "follows", "followed", "marks", "marked", "leaves", "left", "makes", "made", "one",
                         "kind", "sort", "type", "much", "many", "way", "to", "in", "on", "of", "for", "and"})
# a wire dateline opening the sentence: "WASHINGTON —", "NEW YORK (AP) —", "LONDON (Reuters) -"
# (clean70) also with the day it was filed: "PORT MARA, March 4, 2026 —", "WASHINGTON, Jan. 5 (Reuters) -"
_FILED_ON = (r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)?")
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?" + _FILED_ON + r"\s*"
                      r"(?:\([^)]{1,30}\)\s*)?(?:[-–—]{1,2}|:)\s"
                      # an outlet's tag opening its story: "(CNN) A Detroit man …", "(Reuters) - …"
                      r"|^\((?:[A-Z][A-Za-z0-9.&]*)(?:\s+[A-Z][A-Za-z0-9.&]*){0,2}\)\s*(?:[-–—]{1,2}\s*)?(?=[A-Z“\"])")
# A person the sentence takes as known by a role, not a name: "…, the official said", "said the
# source", "the victim was …", "the suspect fled". Left alone in a summary whose earlier sentences never
# speak of an official or a victim, the reader asks "which official?" (C6: "the official said" with
# no antecedent). A role a sentence introduces itself ("A gunman … the gunman") or defines ("the
# suspect who …", "the victim, Jane Doe,") is no presupposition. Selection asks it of every sentence
# but the opening one: a lede's "(including the shooter)" or "banning those troops" points inside
# itself, and the opening check (``judge``) already reads its definite descriptions.
_ROLE = (r"official|source|spokesman|spokeswoman|spokesperson|aide|victim|suspect|gunman|shooter|attacker|"
         r"woman|man|boy|girl|teen|teenager|couple|driver|officer|witness|pilot|passenger|patient|"
         # (coherence15) a rank or office, and a paper that speaks ("the general said", "the statement
         # said", "the document says"): C14 readers named these as speakers nothing introduced
         r"general|commander|colonel|prosecutor|lawyer|attorney|"
         r"statement|document|memo|filing|complaint|release|email|"
         # (coherence16) a report that speaks ("according to the report", "the report said"): C15's
         # readers asked "which report?" when the summary had told none
         r"report")
# the verbs by which a speaker known only by a role speaks ("the spokesman said", "the official told")
_ROLE_SAYS = "|".join(reporting("say tell add explain write note recall", now="say tell"))
_ROLE_SPEAKER = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<a>{_ROLE})s?\s+(?:{_ROLE_SAYS})\b|"
                           rf"\b(?:said|says|added)\s+the\s+(?:[a-z]+\s+)?(?P<b>{_ROLE})s?(?=\s*[.,;!?]|\s*$)"
                           # "…, according to the report." / "According to the statement, …": a source the
                           # sentence names by a pointing "the" (not "the report of the inspector", "the
                           # report released Friday", whose modifier says which)
                           rf"|\b[Aa]ccording\s+to\s+the\s+(?:[a-z]+\s+)?(?P<d>{_ROLE})s?(?=\s*[.,;!?]|\s*$)"
                           rf"|(?<!\bof )(?<!\bamong )(?<!\bfor )(?<!\bto )(?<!\bwith )\b[Tt]he\s+(?P<c>victim|suspect|gunman|shooter|attacker)\b"
                           r"(?!,?\s+(?:who|whom|whose|that|which|[A-Z]))")
# "these cells", "those documents" after a sentence's opening: a thing an earlier sentence described
# (its first word: "these primordial germ cells" leans on a sentence that spoke of primordial ones)
_THESE = re.compile(r"(?<=\s)(?:these|those)\s+(?P<n>[a-z][a-z-]{2,})\b")


# (coherence21) a speaker known by an epithet: "…,” the Kentucky Republican said" (a state and a party
# or an office: the senator the account named as "Mitch McConnell (R-Ky.)" a sentence before), and "one
# user responded" (a forum or a thread the account described): protocol C17's readers asked who. The
# epithet presupposes its place ("kentucky"), the role its noun ("user"); not "the Republican leader
# Mitch McConnell said" (a name follows), nor "one user said" once the summary spoke of users. A state's
# two words presuppose the second ("the South Carolina Republican said" needs "Carolina"; coherence31;
# not "the New York Democrat", which coherence21 left alone).
_EPITHET = re.compile(r"\b[Tt]he\s+(?:(?:North|South|West|Rhode)\s+)?(?P<e>(?!(?:New|North|South|East|West|United)\b)[A-Z][a-z]{2,})(?:\s+[A-Z][a-z]+)?\s+"
                      r"(?:Republican|Democrat|Independent|senator|lawmaker|congressman|congresswoman|governor|"
                      r"native|legislator|representative)\s+(?:"
                      + "|".join(reporting("say tell add write note argue insist", now="say")) + r")\b"
                      r"|\b[Oo]ne\s+(?P<u>user|commenter|poster|reader|follower|viewer|fan|member|redditor)s?\s+"
                      r"(?:" + "|".join(reporting("say respond reply write comment post tweet add note joke", now="say write"))
                      + r")\b")


_WE = frozenset({"we", "we're", "we've", "we'll", "we'd"})
# the singular forms ``features.first_person`` gives: one writer's "I", not a group's "we"
_SINGULAR = frozenset({"i", "i'm", "i've", "me", "my"})


def collective_voice(text: str) -> bool:
    """Whether ``text`` speaks as "we" outside quotation marks (``features.first_person``): a
    statement's or a group's voice ("We sincerely apologize to …", "We all flew down …"), which needs
    the sentence that says whose it is."""
    return bool(first_person(text) & _WE)


# (coherence21) a wire video's title from a page's list of clips ("Raw: Extreme cold temperatures in much
# of U.S."): its abbreviation's point reads as a stop, so it passed for a sentence (protocol C, the
# reading of coherence21: "boilerplate video title read as a sentence"). Not "Raw sewage flowed …".
_RAW_VIDEO = re.compile(r"^Raw:\s+[A-Z0-9]")


# (coherence44) a group quantifier over a noun opening the sentence ("Both men were wearing wet suits",
# "Each woman …"): the pair or set a sentence the summary dropped listed (issue 13's reading: "The two
# men", "Both", "Each achieved their own …"). Not "Both sides" (a dispute's two parties), "Each year".
_GROUP = re.compile(r"^[\"“‘']?(?:Both|Each|Neither|Either)\s+(?P<g>(?!sides?\b)[a-z][a-z-]{2,})\b")
# ... and one standing alone as the subject ("Both were diagnosed …", "Each was born …"): a pronoun, read
# like "They" (``Reading.other_open``). Not "Some, particularly the buildings, …": flagged too, it moved
# mn-val-158 to a worse summary (read blind, sheet 1)
GROUP_OPEN = re.compile(r"^[\"“‘']?(?:(?:Both|Each|Neither|Either)\s+(?:was|were|is|are|has|have|had|will|would|"
                        r"could|can|did|does|do|said|say|says|told|got|went|came|made|took|[a-z]+ed)\b)")
# measures and units a number counts that are no group of people or things
_UNITS = ("inch(?:es)?", "feet", "foot", "miles?", "yards?", "met(?:er|re)s?", "(?:kilo|centi|milli)met(?:er|re)s?",
          "pounds?", "ounces?", "tons?", "tonnes?", "gallons?", "lit(?:er|re)s?", "degrees?", "percent", "points?",
          "years?", "months?", "weeks?", "days?", "hours?", "minutes?", "seconds?", "decades?", "centur(?:y|ies)",
          "acres?", "dollars?", "cents?", "euros?", "(?:kilo)?grams?", "mph", "[mb]illion", "trillion", "times")
# (coherence45, review65 #1) what introduces such a group without its noun: a count or a pair word before
# a noun ("two men", "a pair of climbers", "the couple") or two names joined ("Jane Doe and John Roe",
# "The Lakers beat the Celtics", "The House and Senate")
# (review67 #5) a number in digits counts only 2–99 of a plural noun, not a date ("On May 5 police"), a measure
# ("3 inches"), a year or money ("$2 billion")
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)(?:\s+[a-z][a-z-]+){1,2}"
                      r"|(?<![\d$€£¥.,:/-])" + "".join(rf"(?-i:(?<![A-Z][a-z]{{{n}}} )(?<![A-Z][a-z]{{{n}}}\. ))" for n in range(2, 9)) + r"\b[1-9]\d?(?:\s+[a-z][a-z-]+)?\s+(?!(?:" + "|".join(_UNITS) + r")\b)"
                      r"(?:[a-z][a-z-]*[^s\W]s|men|women|people|children)\b|\b(?:pair|couple|duo|trio|twins|both)\b", re.I)
_NAMES_JOINED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,?\s+(?:and|or|&|beat|defeated|vs\.?|versus)\s+"
                     r"(?:the\s+)?[A-Z]"
                     # (review67 #3) two people joined without names: "a man and a woman", "Jane Doe and a friend"
                     r"|\b(?:[Aa]n?\s+(?:[a-z-]+\s+){1,2}|[A-Z][\w'’.-]*,?\s+|\d+,\s+)and\s+(?:a|an|another|his|her|their)\s+[a-z]")


def names_group(text: str, people: Sequence[int]) -> bool:
    """Whether ``text`` brings in a group a later "Both men" / "Each team" can point at: two people it
    names, a count or pair word, or two names joined by "and" (review65: "Both men" after "Jane Doe and
    John Roe" or "two men" had been refused)."""
    return len(people) >= 2 or _group_written(text)


@lru_cache(maxsize=8192)
def _group_written(text: str) -> bool:
    """A count or pair word, or two names joined by "and" (``names_group``; kept per text, speed30)."""
    return bool(_COUNTED.search(text)) or bool(_NAMES_JOINED.search(text))


# (coherence44) "this" with a noun after a sentence's opening ("Milly continues to perform this gesture",
# "Paula shared this picture of her back", "Cold rock lurks under this active volcano"): a thing a
# sentence the summary dropped showed or described (issue 13's reading: "this Eurasian ancestry", a
# photo's line). ``points_back`` reads it in the lede; later sentences need its noun said before.
_THIS_LATER = re.compile(r"(?<=\s)this\s+(?P<n>[a-z][a-z-]{2,})\b")
# (coherence45, review65 #3) times, amounts and idioms "this" opens, none a thing shown before ("at this
# stage", "this quarter", "this election cycle", "this past weekend", "this coming Monday")
_THIS_TIMES = frozenset("stage point moment instance juncture quarter semester term session cycle round go-round "
                        "generation era hour minute holiday coming past next last early late far".split())
# ... places and powers a speaker or a writer calls their own ("Lee said this country deserves better",
# "the mayor said this city will rebuild"): "country" and "nation" always, the rest beside a speech verb
_OWN_ALWAYS = frozenset({"country", "nation"})
_OWN_SPOKEN = frozenset("city town state county province region community island continent world planet society "
                        "neighborhood neighbourhood administration government congress".split())
# "this" standing for a degree ("it was this big", "this far, it has worked", "this early in the season")
_DEGREE = frozenset("big long far much many early late little bad good high low close hard soon large small fast "
                    "old young tall deep strong often".split())
# (review65 #4) "this" as a pronoun before a verb ("this helps explain", "this amounts to", "this prompted
# calls"): a verb's -s or -ed, not a noun's ("this news", "this process", "this crisis", "this need")
_NOUN_S = re.compile(r"(?:ss|us|is|ics|ws|as|os)$|^(?:series|species|lens|news)$")
# (not ``words.IRREGULAR_VERBS``: its participles and base-form pasts are nouns after "this" too, "this shot",
# "this quit", "this set": review73)
_PAST_VERBS = frozenset("came led made went took gave got meant brought became began sent put set cost hit drew "
                        "left kept won lost told said saw showed knew felt paid found thought held stood ran spent "
                        # (review67 #4) more irregular pasts
                        "drove rose fell grew broke shut struck hurt bought caught fought taught sought sold spread "
                        "threw wrote stole shook woke froze swept sank blew bit hid".split())
# (review67 #4) "this" after "like" or after a causative before a word that ends the clause ("making this work.")
# is a pronoun; (review71 #2) a determiner after "this NOUN" is no sign of a verb ("Critics called this decision
# a betrayal"): only the explicit verb forms (``_PAST_VERBS``, a verb's -s) make "this" a pronoun
_PRONOUN_THIS = re.compile(r"\blike $")
_CAUSATIVE_THIS = re.compile(r"\b(?:make|makes|made|making|let|lets|letting|help|helps|helped|helping) $")
_CLAUSE_END = re.compile(r"[.,;:!?]|$")
_RUN_ON = re.compile(r" ([A-Za-z][a-z-]{2,})\b")
# a word that only narrows the noun after it ("this particular case", "this newest release", "this little
# fibreglass boat"), not the head a summary must have said
_ADJECTIVE_END = re.compile(r"(?:ing|al|ive|ous|ful|ic|ent|ant|ary|ible|able|est)$|^(?:particular|very|same|new|whole|"
                            r"entire|little|current|special|old|big|small|tiny|quiet|huge|young|great|former)$")
# "this program or cutting that tax": a generic this-or-that, no thing pointed at (sheet 1, mn-val-107)
_THIS_OR_THAT = re.compile(r"(?:\s+[a-z-]+){0,2}\s+or\s+(?:[a-z-]+\s+)?that\b")


def _verbal(word: str) -> bool:
    """Whether ``word`` after a noun-less "this" is a verb ("this helps", "this sparked", "this came")."""
    return (word in _PAST_VERBS or (word.endswith("s") and not _NOUN_S.search(word))
            or (word.endswith("ed") and not word.endswith("eed") and len(word) > 4))


def _phrase(first: str, after: str) -> list[str]:
    """The words of the noun phrase "this" opens, from its first word and the text after it: up to four
    words, ending before a word of grammar, an adverb or a verb ("this little fibreglass boat, …" →
    little, fibreglass, boat; "this gesture went viral" → gesture)."""
    words = [first]
    while len(words) < 4 and (m := _RUN_ON.match(after)):
        w = m.group(1)
        if w.lower() in STOP_WORDS or w in FUNCTION_WORDS or w.endswith("ly") or _verbal(w):
            break
        words.append(w)
        after = after[m.end():]
    return words


def _this_heads(first: str, after: str, spoken: bool) -> tuple[str, ...]:
    """Stems of the words any of which an earlier sentence must have said for "this <first> <after>" to
    point at something the summary told: its head (the last noun: "this little fibreglass boat" → boat)
    and the nouns of a compound before it; none when "this" opens no thing (a time, an amount, an
    idiom, the speaker's own country, a pronoun before a verb, a contraction)."""
    if (first in _TIME_NOUNS or first[:-1] in _TIME_NOUNS or first in _IDIOMS or first in STOP_WORDS
            or first in _THIS_TIMES or first in _OWN_ALWAYS or (spoken and first in _OWN_SPOKEN)
            or first.endswith("ly") or after[:1] in "'’" or _THIS_OR_THAT.match(after) or _verbal(first)
            or (first in _DEGREE and not _RUN_ON.match(after))
            or (first.endswith(("men", "people", "children")) and not after.startswith("-"))):
        return ()
    words = _phrase(first, after)
    if any(w in _TIME_NOUNS or w in _THIS_TIMES or w in _IDIOMS for w in words[1:]):
        return ()  # "this holiday season", "this election cycle", "this particular case"
    words = [w for w in words if w.split("-")[0].rstrip("s") not in _TIME_NOUNS]  # "this weeks-long strike" → strike
    nouns = [w for w in words[:-1] if w.islower() and not _ADJECTIVE_END.search(w)] + words[-1:]
    return tuple(dict.fromkeys(stem(w.lower()) for w in nouns))


def _presupposed(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """Stems of the nouns ``text`` presupposes known (``_ROLE_SPEAKER``, ``_THESE``), outside
    quotations and not used earlier in the sentence itself."""
    out: list[str] = []
    for pattern, screened in _PRESUPPOSING:
        for m in screened.finditer(text):
            if not outside(spans, m.start()):
                continue
            group = next(g for g in ("a", "b", "c", "d", "n", "e", "u") if g in m.re.groupindex and m.group(g))
            noun = m.group(group)
            if pattern is _THESE and (noun in _TIME_NOUNS or noun in STOP_WORDS):  # "those who", "these are"
                continue
            st = stem(noun)
            if st not in _stems(text[: m.start()]):
                out.append(st)
    return tuple(dict.fromkeys(out))


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _STEM_WORD.findall(text.lower())}


def _grouped(text: str) -> tuple[str, ...]:
    """The stem of the noun a "Both/Each/Neither + noun" opening takes as a group told before (``_GROUP``)."""
    m = _GROUP.match(text)
    noun = m.group("g") if m and not GROUP_OPEN.match(text) else ""  # not "Each achieved …"
    return (stem(noun),) if noun and not (noun in _TIME_NOUNS or noun in _THIS_TIMES or noun in STOP_WORDS
                                          or noun in _PAIRED) else ()


# what comes in pairs of itself: "Both parents were killed", "Both hands were tied" name no group told before
_PAIRED = frozenset("parents eyes hands arms legs feet ears lungs kidneys knees shoulders sides ends".split())


def _pointed(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[tuple[str, ...], ...]:
    """For each later "this + noun" outside quotations (``_THIS_LATER``), the stems of which an earlier
    sentence must have said one (``_this_heads``); not a noun the sentence itself used before it."""
    if "this " not in text:
        return ()
    spoken = bool(_SPEECH_WORD.search(text))
    out = []
    for m in _THIS_LATER.finditer(text):
        after = text[m.end():]
        before = text[:m.start()]
        pronoun = (bool(_PRONOUN_THIS.search(before)) or (before.endswith("at ") and m.group("n") == "rate")
                   or bool(_CAUSATIVE_THIS.search(before) and _CLAUSE_END.match(after)))
        heads = (_this_heads(m.group("n"), after, spoken)
                 if outside(spans, m.start()) and not pronoun else ())
        if heads and not _stems(text[: m.start()]) & set(heads):
            out.append(heads)
    return tuple(out)


# (speed28) each with its screen: a sentence without "these"/"those" is not searched for them (16 µs a sentence)
_PRESUPPOSING = tuple((p, Screened(p)) for p in (_ROLE_SPEAKER, _THESE, _EPITHET))


# ... and "this" with a noun past the sentence's first word ("With this study, researchers …")
_THIS = re.compile(r"(?<=\s)this\s+(?P<n>[a-z][a-z-]{2,})\b")


# ... and "that" as a determiner, after a preposition or an -ing verb that is no verb of saying or
# knowing ("the President is giving that strategy one more try"), with no verb right after its noun
# (not "showing that people are …", "in that case")
_THAT = re.compile(r"(?<=\s)(?:in|of|on|at|for|with|about|from|to|by|into|under|over|against|(?!(?:say|show|suggest|argu|claim|not|find|add|report|know|think|believ|mean|insist|warn|explain|stat|acknowledg|admit|realiz|ensur|announc|confirm|indicat|reveal|prov|decid|assum|hop|fear|learn|hear|argu)ing)[a-z]{2,}ing)"
                   r"\s+that\s+(?P<n>[a-z][a-z-]{2,})\b(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|do|does|did)\b)")
_IDIOMS = frozenset("case end matter point way time day year week month regard respect sense".split())


def points_back(text: str) -> bool:
    """Whether ``text`` speaks of "these"/"those"/"this" things it never names first ("… vigorously
    denied those allegations", "With this study, …"): as a summary's lede it leans on a sentence the reader never read. Not "those
    who", a time ("these days"), nor a noun the sentence used before ("troops … those troops")."""
    spans = _spans(text)
    for m in [*_THESE.finditer(text), *_THIS.finditer(text), *_THAT.finditer(text)]:
        noun = m.group("n")
        if m.re is _THAT and noun in _IDIOMS:  # "in that case", "to that end"
            continue
        if not outside(spans, m.start()) or noun in _TIME_NOUNS or noun[:-1] in _TIME_NOUNS or noun in STOP_WORDS:
            continue
        if stem(noun) not in {stem(w) for w in _STEM_WORD.findall(text[: m.start()].lower())}:
            return True
    return False


# (coherence28) an article's opening that brings in its subject as a person it does not name yet ("A
# convicted sex predator who served 3 years in prison is now a multi-millionaire.", "A wedding crasher
# ruined a couple's big day …", "An officer reported that his police vehicle was shot at …"): the lede
# of an account that names its subject later. After a summary's lead has named that subject, such an
# opening restarts the story with a stranger the reader has already met. Not a thing or a group ("A
# ferry company offered …": ``anonymous_thing`` reads those), a count or an ordinal ("A second man has
# died", "A total of 12 …"), which go on with what the summary told.
_PERSON_HEADS = ("man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|mother|father|mom|dad|son|daughter|"
                 "grandmother|grandfather|grandma|grandpa|wife|husband|widow|bride|groom|girlfriend|boyfriend|"
                 "couple|officer|cop|deputy|trooper|soldier|veteran|student|teacher|doctor|nurse|driver|pilot|"
                 "passenger|worker|employee|artist|actor|actress|singer|rapper|athlete|player|coach|lawyer|"
                 "attorney|lawmaker|politician|priest|pastor|neighbor|neighbour|resident|homeowner|tourist|"
                 "hiker|climber|swimmer|fisherman|hunter|farmer|predator|offender|crasher|thief|robber|burglar|"
                 "gunman|shooter|suspect|victim|survivor|inmate|prisoner|fugitive|patient|mom-to-be|parent|"
                 "sister|brother|cousin|uncle|aunt|kid|youngster|retiree|owner|manager|founder|firefighter|"
                 "paramedic|chef|writer|author|scientist|researcher|professor|activist|protester|candidate|"
                 "motorist|cyclist|pedestrian|runner|stranger|immigrant|migrant|refugee|billionaire|millionaire|"
                 "[a-z]*(?:man|woman)|"
                 "\\d+-year-old|[a-z]+-year-old")
PERSON_HEADS = _PERSON_HEADS  # (coherence33) what a description before a full name presents: selection's ``_DESCRIBED``
_ANONYMOUS = re.compile(r"^[\"“]?An?\s+(?!(?:second|third|fourth|fifth|further|final|last|total|number|"
                        r"majority|minority|few|couple\s+of|handful|half)\b)(?:[\w’'.-]+,?\s+){0,5}?"
                        r"(?:" + _PERSON_HEADS + r")\b(?![-’'])")


# ... or as a thing that happened ("A suspected Russian hack that is rippling across federal agencies
# …", "A frigid blast of winter weather plunged Texas into …", "A special election … was too close to
# call"): not a time, a count or a share, nor background or what comes next ("A recall election had been
# set for June …", "A hearing is set for March 3 …", "A vote will follow …": ``_NOT_NEWS``)
_ANONYMOUS_THING = re.compile(r"^[\"“]?An?\s+(?!(?:second|third|fourth|fifth|further|final|last|total|number|"
                              r"majority|minority|lot|few|couple|handful|half|day|week|month|year|decade|hour|"
                              r"minute|moment|night|morning|afternoon|evening|while|little|bit)\b)[\w’'-]+")
_TIME_HEAD = re.compile(r"^[\"“]?An?\s+(?:[\w’'-]+\s+){0,2}?(?:days?|weeks?|months?|years?|decades?|hours?|"
                        r"minutes?|nights?|moments?|times?)\s+(?:after|before|later|earlier|ago|since|into|when|on|of)\b")


def anonymous_lede(text: str) -> bool:
    """Whether ``text`` opens on an indefinite noun phrase for a person as its subject, the way a lede
    brings in someone it names later ("A 40-year-old woman from Shawnee had to …", "An officer
    reported …"): out of the first place it restarts the story (``_ANONYMOUS``)."""
    return bool(_ANONYMOUS.match(text.strip()))


_NOT_NEWS = re.compile(r"\b(?:had|will|would|shall)\b|\b(?:is|are|was|were)\s+(?:set|scheduled|expected|due|"
                       r"planned|slated|likely|to)\b")


def anonymous_thing(text: str) -> bool:
    """Whether ``text`` opens on an indefinite noun phrase for a thing or an event that happened ("A
    suspected Russian hack …"), not a time ("A day after the vote, …"), a count or a share, nor told in
    the past perfect or as what is to come (``_ANONYMOUS_THING``, ``_NOT_NEWS``: its first 15 words)."""
    text = text.strip()
    return (bool(_ANONYMOUS_THING.match(text)) and not _TIME_HEAD.match(text) and not anonymous_lede(text)
            and not _NOT_NEWS.search(" ".join(text.split()[:15])))


# An event or a document the sentence takes as known ("…, he denied the charges", "at the meeting",
# "the deal was signed", "the two met"): each with the word beginnings an earlier sentence of the
# summary tells it by ("charged", "met", "agreement"). C7/C8 readers named these as references with
# no antecedent when another account's sentence was taken alone. Not when a modifier after it says
# which ("the deal with Iran", "the charges against him", "the meeting between …").
_EVENTS: dict[str, tuple[str, ...]] = verbs.known()  # ``accord.verbs``: the families' known nouns
_EVENTS_ONLY = "|".join(_EVENTS)
_EVENTS |= {
    # a person known by a role the summary must have set up: "the judge" needs a court, a trial or a
    # charge before it; "the model" a model or a person named (C9: "the model's hulking diamond ring"
    # before Upton was named; "the judge" with no case told)
    "judge": ("judg", "court", "trial", "jury", "jurie", "hearing", "sentenc", "charg", "lawsuit", "sue", "case",
              "convict", "plea", "pleaded", "indict", "ruling", "ruled"),
    "model": ("model",),
}
_EVENT = re.compile(r"\b[Tt]he\s+(?:(?:new|latest|proposed|alleged|original|first|recent|fatal|deadly|secret|"
                    r"planned|controversial|entire|whole|same)\s+)?(?P<n>" + _EVENTS_ONLY + r")\b"
                    r"(?!['’]|\s+(?:of|between|with|to|over|for|against|about|involving|that|which|who|whom|where|"
                    r"[a-z]+ing)\b|\s+on\s+(?![A-Z][a-z]+day\b|[A-Z][a-z]{2}|\d)|\s+[A-Z0-9]|-)")

# a person known by a role (``_EVENTS``' "judge", "model"), possessive too ("the model's ring"); not
# when a name or a clause says who ("the judge, Mary Lee,", "the judge who …", "the judge in the case")
ROLES = ("judge", "model")
_ROLE_EVENT = re.compile(r"\b[Tt]he\s+(?P<n>judge|model)\b(?!,?\s+[A-Z]|\s+(?:who|whom|whose|that|which|in|of|for|at|on)\b|-)")


def _events(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """The events and documents (``_EVENTS`` keys) ``text`` takes as known, outside quotations and
    not told earlier in the sentence itself ("was charged … the charges")."""
    out = []
    for m in [*_EVENT.finditer(text), *_ROLE_EVENT.finditer(text)]:
        noun = m.group("n")
        if outside(spans, m.start()) and not told(noun, _STEM_WORD.findall(text[: m.start()].lower())):
            out.append(noun)
    return tuple(dict.fromkeys(out))


def told(noun: str, words: "Sequence[str] | set[str] | frozenset[str]", people: int = 0) -> bool:
    """Whether earlier words (or their stems) tell the event ``noun`` names (``_EVENTS``); "the two"
    is also told by two people named before it."""
    if noun in ("two", "pair") and people >= 2:
        return True
    if noun == "model" and people >= 1:  # "Kate Upton … the model"
        return True
    starts = _EVENTS.get(noun, (noun,))
    return any(w.startswith(starts) for w in words)


# "Investigators also arrested 23-year-old Terry Brown …" in a summary that told no first arrest (the
# account's arrest of Kenneth White was left out): "also" adds a second instance of a happening the
# reader never met (protocol C17, coherence21). Only happenings to a person whose "also" points at
# another person (an arrest, a death, a shooting, a firing, a lawsuit, a rescue; ``verbs.FAMILIES``):
# "The company also launched a service" after its earnings adds an action, not a second launch.
ALSO_FAMILIES = frozenset({"arrest", "die", "shoot", "fire", "sue", "rescue"})
_ALSO_VERB = re.compile(r"\balso\s+(?:(?:was|were|been|be|has|have|had|is|are|being|reportedly|allegedly)\s+){0,2}"
                        r"(?P<v>[a-z]+)(?:\s+(?P<p>[a-z]+))?")
_WORD_PAIRS = re.compile(r"(?=\b([a-z]+)(?:\s+([a-z]+))?)")


def _told_actions(text: str) -> frozenset[str]:
    """The ``ALSO_FAMILIES`` happenings ``text`` tells by any word ("arrested", "in custody", "death")."""
    lower = text.lower()
    if not any(t in lower for t in ("arrest", "detain", "apprehend", "nab", "custody", "die", "dead", "death",
                                    "kill", "slay", "slain", "murder", "shoot", "shot", "gunned", "fire", "dismiss",
                                    "sack", "oust", "sue", "suing", "lawsuit", "rescu", "save")):
        return frozenset()
    out = set()
    for m in _WORD_PAIRS.finditer(lower):
        family = verbs.action(m.group(1), m.group(2) or "")
        if family in ALSO_FAMILIES:
            out.add(family)
    return frozenset(out)


def _also(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """The ``ALSO_FAMILIES`` happening the sentence adds with "also" ("… also arrested …", "… were also
    killed"), outside quotations and not told earlier in the sentence itself; "" if none."""
    if "also" not in text:
        return ""
    for m in _ALSO_VERB.finditer(text):
        if not outside(spans, m.start()) or re.search(r"\bbut\s+$", text[: m.start()]):  # "not only … but also"
            continue
        family = verbs.action(m.group("v"), m.group("p") or "")
        if family in ALSO_FAMILIES and family not in _told_actions(text[: m.start()]):
            return family
    return ""


_ADVERBS = frozenset({"also", "then", "later", "has", "had", "once", "again", "previously", "reportedly"})


@dataclass(frozen=True)
class Flag:
    """What a summary sentence leaves open ("" = nothing)."""

    reason: str = ""

    def __bool__(self) -> bool:
        return bool(self.reason)


@dataclass(frozen=True)
class Reading:
    """What one sentence needs from the sentences before it, and what it offers those after it."""

    person_open: bool  # opens with he/she/his/her/him
    other_open: bool  # opens with they/it/… or a pointing this/these/those
    quote_open: bool  # opens with a direct quotation
    verb: bool  # a speech verb (or "according to") outside the quotation marks
    pronoun: int | None  # offset of a he/she that speaks ("he said", "said she")
    people: tuple[int, ...]  # offsets where the sentence names a person
    attributed_quote: bool  # holds a quotation with a speaker it names or describes
    surnames: tuple[tuple[int, str], ...] = ()  # (offset, folded surname) of a person named by surname alone
    full_names: tuple[tuple[int, str], ...] = ()  # (offset, folded surname) of a person named in full
    description: str = ""  # the noun of an opening definite description that may point back ("The video")
    demonstrative: str = ""  # the noun of an opening "This/These <noun>" ("This study")
    junk: bool = False  # a line of the page, not of the story (caption, credit, player, stamp, byline)
    dateline: bool = False  # opens with a wire dateline ("WASHINGTON —")
    stems: frozenset[str] = frozenset()  # its lower-case words, for what a later description can point back at
    # stems of nouns it takes as known ("…, the official said", "the victim", "these cells") and does
    # not introduce itself: a summary must have used the noun before it (``presupposed``)
    presupposed: tuple[str, ...] = ()
    # (coherence44/45) the noun of an opening "Both/Each/Neither + noun": a group told before, by that noun
    # or by ``names_group``
    group: tuple[str, ...] = ()
    # (coherence44/45) per later "this + noun", the stems an earlier sentence must have said one of
    pointed: tuple[tuple[str, ...], ...] = ()
    groups: bool = False  # brings in a group (``names_group``): two people, a count, two names joined
    first_person: bool = False  # speaks as I/me/my/we/our outside quotation marks (the writer's voice)
    # speaks as "we" outside quotation marks (``collective_voice``): a writer's, an outlet's or a
    # statement's voice, which no earlier person named in the summary makes theirs
    collective: bool = False
    # (coherence38) speaks as "I"/"me"/"my" outside quotation marks: one person's voice, not a group's
    singular: bool = False
    # (coherence38) a name beside a speech verb and no quotation: the sentence's own words are that
    # speaker's ("I have been wrong before, Romney wrote"), not those of "…, as Jane Roe wrote, “…”"
    owned: bool = False
    # (coherence38) a person named before its first speech verb outside quotations ("Mr. Lee's remarks
    # drew applause", "Lee told …"): the report's own source, whose "I" a next sentence may go on in
    source: bool = False
    # (offset, folded name) of a given name standing alone ("Jimmy said", "Monica's mother"), outside
    # quotations: a person the reader must have met by full name before (``GIVEN_NAMES``)
    given: tuple[tuple[int, str], ...] = ()
    events: tuple[str, ...] = ()  # events it takes as known ("the charges", "the two"): ``_EVENTS``
    forenames: frozenset[str] = frozenset()  # folded words of the sentence's multi-word names ("jimmy carter")
    also: str = ""  # a happening it adds with "also" ("also arrested"): ``ALSO_FAMILIES``
    actions: frozenset[str] = frozenset()  # the ``ALSO_FAMILIES`` happenings it tells
    # (folded first word, folded last word) of its two-word-or-longer names outside quotations
    # ("Jonathan Magwood": ("jonathan", "magwood")): a later sentence must not spell them otherwise
    pairs: tuple[tuple[str, str], ...] = ()
    bare_role: bool = False  # "…, according to spokeswoman." — a role as a name, its person left out
    presents: bool = False  # presents a text whose words may follow: "issued a statement", "… wrote:"
    speaker: bool = False  # a name right beside a speech verb outside quotations ("…, Ann Lee told reporters")


def outside(spans: Sequence[tuple[int, int] | tuple[int, int, str]], pos: int) -> bool:
    """Whether ``pos`` lies outside every span (start, end, …) of ``spans``: quotations, titles. Shared by
    ``pointers``, ``roles`` and selection."""
    return not any(span[0] <= pos < span[1] for span in spans)


@lru_cache(maxsize=16384)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(quotes.spans(text))


# any finite inflection of a speech verb ("said", "tells"; not "saying"), and a he/she speaking
_VERBS = "|".join(sorted((f for f in rules.SPEECH if not f.endswith("ing")), key=len, reverse=True))
_SPEECH_WORD = re.compile(rf"(?i)\b(?:{_VERBS})\b")
_SPEECH_SET = frozenset(f for f in rules.SPEECH if not f.endswith("ing"))
_LOWER_WORD = re.compile(r"[a-z]+")
_PRONOUN_SPEAKS = re.compile(
    rf"(?i)\b(?P<a>he|she)\s+(?:(?:{'|'.join(sorted(_ADVERBS))})\s+)?(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?P<b>he|she)\b")

_WORD_RUN = re.compile(r"\w+")


def _speech_words(text: str) -> Iterable[re.Match[str]]:
    """``_SPEECH_WORD.finditer(text)``: in ASCII text the same matches are the words whose lower case is
    a speech verb, found by one pass of ``\\w+`` (the verbs' case-folded alternation, tried at every
    position, cost ~40 µs a sentence). Other text is searched with the pattern ("ſaid" folds to "said")."""
    if not text.isascii():
        return _SPEECH_WORD.finditer(text)
    return (m for m in _WORD_RUN.finditer(text) if m.group().lower() in _SPEECH_SET)


@lru_cache(maxsize=16384)  # (speed25) a sentence is read whole and alone: ``reading`` and ``leaning`` ask again
def _speech(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[bool, int | None]:
    """(whether a speech verb or "according to" stands outside the quotes, the offset of a pronoun
    he/she that is its subject or follows it: "he said", "said she")."""
    lower = _LOWER_WORD.findall(text.lower())
    found = bool(_SPEECH_SET.intersection(lower)) \
        and any(outside(spans, m.start()) for m in _speech_words(text))
    if not found:
        at = text.find("according to")
        return at >= 0 and outside(spans, at), None
    if text.isascii() and "he" not in lower and "she" not in lower:
        return True, None  # no word "he" or "she": _PRONOUN_SPEAKS cannot match (it costs ~45 µs a sentence)
    for m in _PRONOUN_SPEAKS.finditer(text):
        at = m.start("a") if m.group("a") else m.start("b")
        if outside(spans, at):
            return True, at
    return True, None


def _people(text: str, spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]) -> tuple[int, ...]:
    """Offsets where the sentence names a person (see the module docstring)."""
    out = {m.start for m in mentions if m.kind == "entity" and m.label == "PERSON" and outside(spans, m.start)}
    return tuple(sorted(out | set(_speakers(text, spans, mentions))))


def _speakers(text: str, spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]) -> tuple[int, ...]:
    """Offsets of the names right beside a speech verb outside quotations: "Putin said", "said Putin"."""
    out: set[int] = set()
    ents = [m for m in mentions if m.kind == "entity" and outside(spans, m.start)]
    if ents and _SPEECH_SET.intersection(_LOWER_WORD.findall(text.lower())):
        for v in _speech_words(text):
            if not outside(spans, v.start()):
                continue
            for e in ents:
                if e.end <= v.start() and not text[e.end:v.start()].strip(" ,"):
                    out.add(e.start)  # "Putin said"
                elif e.start >= v.end() and not text[v.end():e.start].strip():
                    out.add(e.start)  # "said Putin"
    return tuple(sorted(out))


def _fold(name: str) -> str:
    return _POSSESSIVE_END.sub("", name).casefold()


_POSSESSIVE_END = re.compile(r"(?:'s|’s|')$")


def _names(text: str, spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]
           ) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """(surnames used alone, surnames of full names), each with its offset, outside quotations.

    A surname alone is one after a title ("Mr. Buell") or a one-word PERSON mention (the analyser
    reads a lone word as a person only when it is the surname of a person named in full in the same
    text); a full name is a PERSON mention of two or more words, "Thomas Herzog" giving "herzog"."""
    alone: dict[int, str] = {}
    full: dict[int, str] = {}
    for m in mentions:
        if m.kind != "entity" or m.label != "PERSON" or not outside(spans, m.start):
            continue
        words = str(m.text or m.value).split()
        if len(words) >= 2 and not _TITLE_WORD.match(words[-2]):
            full[m.start] = _fold(words[-1])
        elif len(words) == 1 and (_NAME_PART.search(text[:m.start]) or _JOINED.match(text[m.end:])):
            # "former Saints player Will Smith" (the analyser took "Will" for a verb), "Abigail "Abby"
            # Williams", "Jo and Brett Dolezal": the name in full, here
            full[m.start] = _fold(words[0])
        elif (len(words) == 1 and words[0][:1].isupper() and not _ACRONYM.match(words[0])
              and not _ATTRIBUTIVE.search(text[:m.start]) and not _IN_TITLE.search(text[:m.start])
              and not _AMPERSAND.match(text, m.end)):
            alone[m.start] = _fold(words[0])
    for t in _TITLED.finditer(text):
        if outside(spans, t.start()) and not PAGEANT.match(text, t.start()):
            full.pop(t.start("name"), None)
            alone[t.start("name")] = _fold(t.group("name"))
    return tuple(sorted(alone.items())), tuple(sorted(full.items()))


# (coherence43, issue 13) A capitalised word standing alone (no capitalised word or "the" just before it, none
# after it): where the analyser tags no PERSON on it ("Dozens have reached out to Hjort for help", "…, says Riese,
# …": no mention, or a NORP), ``lone_surnames`` asks the story whether it is a person's surname.
_LONE_WORD = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][a-z][\w'’-]*)(?![\w'’-]|\s+[A-Z]|\s*&)")
# (mend64, review64) a sentence's first word read as the common word only before a preposition or an article ("Hunt
# for the gunman …", "Young at heart …"); before a verb ("Young told investigators", "Hunt said") it is the surname
_AS_NOUN = re.compile(r"\s+(?:for|of|in|on|at|to|into|over|after|from|with|without|against|among|across|near|"
                      r"the|a|an)\b")
_BEFORE_NAME = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b[Tt]he)\s+$")  # a capitalised word or "the" right before


# (mend65) the lower-case word after a sentence's first word ("Young people rallied …")
_NEXT_WORD = re.compile(r"\s+(?P<next>[a-z][a-z'’-]*)\b")


def _opening_word(text: str, m: re.Match[str], common: "Callable[[str], bool]") -> bool:
    """Whether the sentence's first word (``m``) is the common word ``common`` says the story writes in lower case:
    before a preposition or an article ("Hunt for the gunman …", mend62), or before the lower-case word the story
    writes right after it elsewhere ("Young people rallied …" where it writes "young people", mend65)."""
    word = _fold(m.group("w"))
    if not common(word):
        return False
    after = _NEXT_WORD.match(text, m.end())
    return bool(_AS_NOUN.match(text, m.end())) or (after is not None and not _verb_like(after["next"])
                                                   and common(f"{word} {after['next']}"))


# (mend67, review68) the words after a sentence's first word that make it the subject, never a noun's adjective:
# "Price has defended …", "Price said …" in a story that also writes "the price has doubled"
_SPOKEN_FORMS = frozenset(reporting(" ".join(sorted(SPEECH_VERBS | REPORT_VERBS)),
                                    now=" ".join(sorted(SPEECH_VERBS | REPORT_VERBS))))


def _verb_like(word: str) -> bool:
    """Whether ``word`` reads as a verb or a function word (an auxiliary, a reporting verb, an irregular past, a
    regular past in -ed): the word before it is then its subject."""
    return word in STOP_WORDS or word in _SPOKEN_FORMS or word in IRREGULAR_VERBS or word.endswith("ed")


def lone_surnames(text: str, known: "Callable[[str], bool]", taken: Iterable[int] = (),
                  common: "Callable[[str], bool] | None" = None) -> tuple[tuple[int, str], ...]:
    """(offset, folded surname) of each lone capitalised word of ``text`` outside quotations that ``known`` (the
    story: a person it names in full and shows as one) takes for a person's surname, beyond the offsets ``taken``
    (what the analyser already read): the summary must introduce such a person before naming them by surname alone.
    A name in full ("Tracey Riese"), a family ("the Kennedy family"), a run of capitals ("Kennedy Center") and a
    quoted title ("the biopic titled “Thatcher”") are not alone. (mend62) Nor is the sentence's first word when
    ``common`` (the story writes it in lower case) says it is a common word and a preposition or an article follows
    it (``_AS_NOUN``): "Hunt for the gunman continued …", not "Young told investigators …"; nor (mend65) before the
    word the story writes after it in lower case ("Young people rallied …" in a story writing "young people")."""
    spans = _spans(text)
    seen = set(taken)
    out = []
    for m in _LONE_WORD.finditer(text):
        name = _fold(m.group("w"))
        if name in STOP_WORDS or m.start() in seen:  # (speed29: first the tests that read no text before the word:
            continue  # "But", "The", "He" open most sentences, and each search below reads all the text before it)
        if not outside(spans, m.start()) or _BEFORE_NAME.search(text, 0, m.start()):
            continue
        if common is not None and not text[:m.start()].strip(" \"“‘'([") and _opening_word(text, m, common):
            continue
        if _ATTRIBUTIVE.search(text[:m.start()]) or _IN_TITLE.search(text[:m.start()]):  # as ``_names``: "a Hjort
            continue  # fan", a quoted title "“Thatcher” will focus on …"
        if known(name):
            out.append((m.start(), name))
    return tuple(out)


# No surname: an acronym or a ticker in capitals ("KKK", "COH", "MPs", "U.N.", "RMSF"), which the
# analyser may read as a person's lone name; a name has lower-case letters
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}(?:s|['’]s)?$")
# ... nor a word in the first words of a quotation too short to be a quote (a title, a nickname:
# "“Kong: Skull Island”", "“Abortion Barbie”"), nor one before "&" ("Life & Style"): a company's name
_IN_TITLE = re.compile(r"[“\"‘](?:[\w'’:,-]+\s+){0,4}$")
_AMPERSAND = re.compile(r"\s*&\s*[A-Z]")
# a capitalised word right before it in mid-sentence: its first name ("… Saints player Will Smith"), written here in full though the analyser read "Will" as a verb; a title ("Mr.") is
# ``_TITLED``'s, and a sentence's first word may be an opener ("Will Smith attend?")
_NAME_PART = re.compile(r"(?<=[a-z,;])\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\b)[A-Z][a-z]+\s$"
                        r"|\b[A-Z][a-z]+\s+[\"“‘'][A-Z][a-z]+[\"”’']\s+$")  # ... or a nickname between


_STEM_WORD = re.compile(r"[a-z][a-z-]+")
# "the Trump administration", "the Harding kids": a name used as a modifier names a family or an
# office holder's team, and news writes it so without the first name
# ... and a first name right after the relation that introduces it ("her brother, Burke,", "his wife
# Jane") names someone the sentence has just presented: "Burke" needs no "Burke Ramsey" before it
_KIN = ("brother|sister|son|daughter|wife|husband|mother|father|mom|dad|friend|girlfriend|boyfriend|partner|"
        "fiancée?|cousin|uncle|aunt|niece|nephew|grandson|granddaughter|grandmother|grandfather|stepson|"
        "stepdaughter|widow|widower|twin|child|baby")
_ATTRIBUTIVE = re.compile(r"(?i)\b(?:the|a|an)\s+$"
                          rf"|\b(?:his|her|their|its|whose)\s+(?:[\w-]+\s+){{0,2}}(?:{_KIN}),?\s+$")


# A run of capitalised words ("Jimmy Carter", "Prince Harry", "Hurricane Sandy"), and a capitalised
# word with what stands beside it: a given name is alone when neither neighbour is a capitalised word
# of a name (a capitalised stop word, "But Monica said", is none), unless it is joined to a full name
# ("Jimmy and Rosalynn Carter") or presented ("a boy named Jimmy")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*[\w]|\b[A-Z]\b")
_PRESENTED = re.compile(r"(?i)\b(?:named|called|nicknamed|dubbed|known as|aka)\s+$")
# ... or followed by what presents it: an apposition or an age ("Lena, a member of the council,",
# "Jimmy, 12, …", "Lena, who lives …")
_APPOSED = re.compile(r"^(?:['’]s)?,\s+(?:a|an|the|one|who|whose|\d{1,3})\b")
# capitalised words that open a sentence or a clause and are no part of a name ("But Monica said")
_OPENERS = FUNCTION_WORDS | frozenset(
    "when while after before since although though because as at on in for with by from of to but and or so yet "
    "then now here there this that these those it its he she they we you his her their our my your what who why how "
    "where which not no yes all some many most every each according during despite like unlike including even also "
    "just only still once later today yesterday meanwhile however instead".split())
_JOINED = re.compile(r"^\s+(?:and|&)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# ... or after a relation or an age that presents it ("Scalia's widow, Maureen,", "daughters Becky and
# Bella", "15-year-old Emily")
_KIN_BEFORE = re.compile(rf"(?i)\b(?:(?:{_KIN})s?|twins|\d{{1,3}}-year-old),?\s+(?:[A-Z][\w'’-]+\s+and\s+)?$")
# a name's particle or epithet inside a run: "Oscar de la Renta", "Jack the Cat", "Ali bin Hassan"
_PARTICLES = re.compile(r"^\s+(?:(?:de|la|del|della|di|da|du|le|van|von|der|den|bin|ibn|al|el|the)\s+)+$")


@lru_cache(maxsize=16384)  # (speed25) ``reading`` and ``read``'s story names ask it of the same sentences
def _given(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[tuple[tuple[int, str], ...], frozenset[str]]:
    """(given names standing alone, the words of the sentence's multi-word names), outside quotations.

    A capitalised word that is part of a run with another capitalised word that is no stop word is
    part of a name ("Jimmy Carter", "Prince Harry": both words then name the person for later
    sentences); a ``GIVEN_NAMES`` word with no such neighbour, not presented ("named Jimmy", "her
    brother, Burke,") nor joined to a full name ("Jimmy and Rosalynn Carter"), stands alone."""
    words = [m for m in _CAPITALISED.finditer(text) if outside(spans, m.start())]
    name = [w.group().lower() not in _OPENERS for w in words]
    runs: list[list[int]] = []
    for k, w in enumerate(words):
        gap = text[words[k - 1].end():w.start()] if k else ""
        joined = (k > 0 and name[k] and name[k - 1] and runs and runs[-1][-1] == k - 1
                  and (not gap.strip(" .") or bool(_PARTICLES.match(gap))))
        if joined:
            runs[-1].append(k)
        elif name[k]:
            runs.append([k])
    alone: list[tuple[int, str]] = []
    forenames: set[str] = set()
    for run in runs:
        if len(run) > 1:
            forenames.update(_fold(words[k].group()) for k in run)
            continue
        w = words[run[0]]
        folded = _fold(w.group())
        if folded.capitalize() not in GIVEN_NAMES or not w.group()[1:].islower():
            continue
        if _JOINED.match(text[w.end():]):
            forenames.add(folded)  # "Jimmy and Rosalynn Carter" names Jimmy Carter
        elif (not _PRESENTED.search(text[:w.start()]) and not _ATTRIBUTIVE.search(text[:w.start()])
              and not _KIN_BEFORE.search(text[:w.start()]) and not _APPOSED.match(text[w.end():])):
            alone.append((w.start(), folded))
    return tuple(alone), frozenset(forenames)


# (coherence24) a speaker's role written where a name belongs, with neither a name nor an article:
# "…, according to spokeswoman." (a page that dropped the name; protocol C18: "'according to
# spokeswoman' unnamed"). Not "according to spokeswoman Ann Lee", "said a spokeswoman", "the official said"
_BARE_ROLE = re.compile(r"\b(?:[Aa]ccording\s+to|said|says|told|added)\s+(?:spokes(?:wo)?man|spokesperson|official|aide|"
                        r"source|officer|representative)\s*(?=[.,;:!?]|$)")


# a text a sentence presents, whose "we" lines may follow it ("The firm issued a statement on Monday.")
_PRESENTS = re.compile(r"\b(?:statement|letter|message|memo|note|post|email|e-mail|announcement|video|tweet)s?\b")
_MARKED = re.compile(r"[“\"][^“”\"]*[”\"]")


def _pairs(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[tuple[str, str], ...]:
    """(first word before the last, last word) of each run of two or more capitalised name words
    outside quotations ("Judge Jeffery Minehart" gives ("jeffery", "minehart")), folded."""
    # ... and outside any pair of quotation marks, however short: a misspelling the story reports
    # ("the jerseys read “Jonathon Brasher”") is no second spelling of the brief's
    marked = [(m.start(), m.end()) for m in _MARKED.finditer(text)]
    words = [m for m in _CAPITALISED.finditer(text)
             if outside(spans, m.start()) and not any(a <= m.start() < b for a, b in marked)]
    out: list[tuple[str, str]] = []
    run: list[re.Match[str]] = []
    for w in [*words, None]:
        if (w is not None and w.group().lower() not in _OPENERS and w.group()[1:].islower() and w.group().isalpha()
                and run and not text[run[-1].end():w.start()].strip()):
            run.append(w)
            continue
        if len(run) >= 2:
            out.append((_fold(run[-2].group()), _fold(run[-1].group())))
        run = [w] if w is not None and w.group().lower() not in _OPENERS and w.group()[1:].islower() and w.group().isalpha() else []
    return tuple(out)


def _one_slip(a: str, b: str) -> bool:
    """Whether two spellings of a name differ by one slip a writer makes: a letter left out or added
    (at five letters or more: "Pool"/"Poole" is four), two neighbours swapped ("Jeffery"/"Jeffrey"), or
    one letter changed in a long name ("Jonathan"/"Jonathon", six letters or more). Not "Mark"/"Mary",
    "Carl"/"Carla": short names so near are two people's."""
    if a == b or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return len(a) >= 6
        return (len(a) >= 5 and len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1 or len(short) < 5:
        return False
    # ... inside the word: a letter added at its end makes another word ("Korea"/"Korean", "Hart"/"Harts")
    return any(long[:k] + long[k + 1:] == short for k in range(len(long) - 1))


def _misspelt(pairs: Sequence[tuple[str, str]], seen: set[tuple[str, str]]) -> bool:
    """Whether a name of ``pairs`` is one of ``seen`` spelt another way: the same surname with a first
    name one slip away ("Jonathan Magwood" … "Jonathon Magwood"), or the same first name with a
    surname one slip away ("Timothy Poole" … "Timothy Pooles"). A reader takes them for two people,
    or the brief for careless; two people who share a surname ("Mark Kelly", "Scott Kelly") differ more."""
    for g, s in pairs:
        if (g, s) in seen:
            continue
        if any((s2 == s and _one_slip(g, g2)) or (g2 == g and _one_slip(s, s2)) for g2, s2 in seen):
            return True
    return False


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEM_END.sub("", word.lower())[:6]


_STEM_END = re.compile(r"(?:ies|es|s)$")


def reading(text: str, mentions: Sequence[Mention]) -> Reading:
    """What ``text`` needs and offers (``mentions``: its entity mentions)."""
    text = text.strip()
    spans = _spans(text)
    alone, full = _names(text, spans, mentions)
    opening = _opening(text, spans, mentions)
    return Reading(**opening, groups=names_group(text, opening["people"]), surnames=alone, full_names=full,
                   **_text_fields(text))


@lru_cache(maxsize=8192)
def _text_fields(text: str) -> MappingProxyType[str, Any]:
    """The fields of ``text``'s ``Reading`` read from its words alone (not its mentions), kept per text
    (speed30): a brief reads the same sentence again in each selection context and as another fact's
    telling (1,007 readings of 478 texts in 30 Multi-News stories). Read only: every value is immutable."""
    spans = _spans(text)
    definite = _DEFINITE.match(text)
    demonstrative = _DEMONSTRATIVE.match(text)
    noun = (demonstrative.group("noun") or demonstrative.group("noun2")) if demonstrative else ""
    demo = noun if noun and noun not in _TIME_NOUNS and noun not in _IDIOMS and noun not in STOP_WORDS else ""
    given, forenames = _given(text, spans)
    return MappingProxyType(dict(
        description=definite.group("noun") if definite and not _RELATIVE.match(text, definite.end("noun")) else "",
        demonstrative=demo,
        junk=page_sentence(text) is not None or bool(_RAW_VIDEO.match(text)),
        dateline=bool(DATELINE.match(text)),
        stems=frozenset(stem(w) for w in _STEM_WORD.findall(text.lower())),
        presupposed=_presupposed(text, spans),
        group=_grouped(text),
        pointed=_pointed(text, spans),
        given=given,
        forenames=forenames,
        events=_events(text, spans),
        also=_also(text, spans),
        actions=_told_actions(text),
        pairs=_pairs(text, spans),
        presents=bool(_PRESENTS.search(text)) or text.rstrip(" “\"").endswith(":"),
    ))


def _opening(text: str, spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]) -> dict[str, Any]:
    """The fields of ``text``'s ``Reading`` that ``_reason`` reads (how it opens, who speaks in it, its
    voice): the whole of what ``leaning`` needs (speed23), kept in one place with ``reading``."""
    fields, first_verb = _opening_words(text, tuple(spans))
    verb, pronoun = fields["verb"], fields["pronoun"]
    people = _people(text, spans, mentions)
    return dict(
        fields,
        people=people,
        speaker=bool(verb and mentions and _speakers(text, spans, mentions)),
        # mend54: a he/she beside the verb owns the words too ("…, my emotions took over, she wrote")
        owned=bool(verb and not spans and (pronoun is not None or (mentions and _speakers(text, spans, mentions)))),
        source=first_verb is not None and any(p < first_verb for p in people),
    )


@lru_cache(maxsize=8192)
def _opening_words(text: str, spans: tuple[tuple[int, int, str], ...]) -> tuple[MappingProxyType[str, Any], int | None]:
    """``_opening``'s fields its words alone give (not the mentions), and where its first speech verb stands
    outside quotations: kept per text (speed30, as ``_text_fields``). Read only."""
    verb, pronoun = _speech(text, spans)
    voice = first_person(text) - _OUTLET_VOICE
    first_verb = next((m.start() for m in _speech_words(text) if outside(spans, m.start())), None) if verb else None
    lead = text.lstrip(" (")
    quote_open = text[:1] in QUOTE_MARKS and bool(spans) and spans[0][0] == 0
    demonstrative = bool(re.match(r"(?i)^\(?(?:this|these|those)\b", lead))
    return MappingProxyType(dict(
        person_open=not quote_open and bool(PERSON_OPEN.match(lead)),
        other_open=not quote_open and (bool(OTHER_OPEN.match(lead)) or (demonstrative and bool(POINTING_OPEN.match(lead)))
                                       or bool(ELLIPTICAL_OPEN.match(lead)) or bool(COMPARING_OPEN.match(lead))
                                       or bool(GROUP_OPEN.match(lead))),
        quote_open=quote_open,
        verb=verb,
        pronoun=pronoun,
        attributed_quote=bool(spans) and verb,
        first_person=bool(voice),
        collective=bool(voice & _WE),
        singular=bool(voice & _SINGULAR),
        bare_role=any(outside(spans, m.start()) for m in _BARE_ROLE.finditer(text)),
    )), first_verb


def leaning(text: str) -> str:
    """``read([text])[0].reason`` when ``_reason`` gives it — a he/she, a quotation, a voice or a role
    nobody named: what a sentence shown alone leans on (``briefing.stands_alone``) — else "".

    The same answer for less work (speed23; ``stands_alone`` read every telling of every fact whole and
    ran the rules analyser on a third of them): only the fields ``_reason`` reads, and the analyser's
    names only for a sentence its own words already flag. Names only add people before a pronoun and
    speakers beside a verb, which clear such a reason and never raise one (read alone, a sentence has
    no person to point back at), so a sentence its own words do not flag stays unflagged."""
    text = text.strip()
    spans = _spans(text)
    if not _reason(Reading(**_opening(text, spans, ())), 0, False, None):
        return ""
    return _reason(Reading(**_opening(text, spans, analyse([text])[0])), 0, False, None)


def judge(readings: Sequence[Reading], writers_i: bool = True) -> list[Flag]:
    """One ``Flag`` per sentence, the sentences read in the given order. ``writers_i`` off
    (``summary_writers_i``): no "I" is flagged for going on from a group's claim (``WRITERS_I``), and
    no later line is read as going on from one — the flags of the code before coherence38 (mend54)."""
    named = False  # a person named by an earlier sentence
    known: set[str] = set()  # surnames of people named in full by earlier sentences
    said: set[str] = set()  # stems of the words of earlier sentences
    met: set[str] = set()  # words of the multi-word names of earlier sentences ("jimmy", "carter")
    happened: set[str] = set()  # ``ALSO_FAMILIES`` happenings earlier sentences told
    voiced = False  # the sentence before gives a speaker's words (or goes on with them)
    # (coherence38) ... with no one speaker beside its verb ("Resort officials claimed that …"), or the
    # sentence before is an "I" flagged for going on from such a report. (mend54: ``_speaks`` asks a speech verb
    # with a person or a he/she in the sentence, so a group's claim that names nobody — "Resort officials
    # claimed that the guest was attacked" — sets up nothing; kept narrow, as widening it to any claim is a
    # rule no reading has checked)
    hearsay = False
    own_voice = False  # an earlier sentence speaks in the first person, unflagged
    spelt: set[tuple[str, str]] = set()  # names as earlier sentences spell them (``Reading.pairs``)
    out: list[Flag] = []
    for i, r in enumerate(readings):
        out.append(Flag(_reason(r, i, named, readings[i - 1] if i else None, voiced or own_voice, hearsay and not own_voice)
                        or _introduced(r, i, known, said, met)
                        or (ALSO_UNTOLD if r.also and r.also not in happened else "")
                        or (SPELT_TWICE if _misspelt(r.pairs, spelt) else "")))
        spelt.update(r.pairs)
        voiced = _speaks(r) or (voiced and r.first_person and not out[-1])
        hearsay = writers_i and ((_speaks(r) and not _quotes_someone(r)) or (hearsay and out[-1].reason == WRITERS_I))
        # a first-person line the check let stand (a column's "I" once a person is named): that voice
        # is the summary's, and its later "we" lines are the same voice (read blind, coherence24: an
        # op-ed's summary lost its "we" lines and kept its "I" lines, and read worse)
        own_voice = own_voice or (r.first_person and not out[-1])
        named = named or bool(r.people)
        known.update(s for _, s in r.full_names)
        said |= r.stems
        met |= r.forenames
        happened |= r.actions
    return out


def _introduced(r: Reading, i: int, known: set[str], said: set[str], met: set[str]) -> str:
    """Whether the sentence's names and pointing descriptions were introduced, and it is news text."""
    if r.junk:
        return "page junk"
    if r.dateline and i > 0:
        return "mid-text dateline"
    for at, name in r.surnames:
        if name not in known and not any(s == name and o < at for o, s in r.full_names):
            return "unintroduced name"
    if any(name not in met and name not in r.forenames for _, name in r.given):
        return "unintroduced name"  # "Jimmy said …" with no "Jimmy Carter" before it
    if i == 0 and (r.description or r.demonstrative):
        return "back-pointing description"
    if r.demonstrative and stem(r.demonstrative) not in said:
        return "back-pointing description"
    return ""


def _speaks(r: Reading) -> bool:
    """Whether the sentence gives someone's words: a quotation with a speech verb, or a speech verb
    with a person or a he/she as its speaker ("…,” the president said.", "Smith wrote in a letter"),
    or it presents a text ("The firm issued a statement on Monday.", "… in a letter to staff:") — a
    first-person line right after it reads as theirs going on."""
    return r.attributed_quote or (r.verb and (bool(r.people) or r.pronoun is not None)) or r.presents


speaks = _speaks  # (selection25) the same test for selection: whose words a "we" line goes on with


def _quotes_someone(r: Reading) -> bool:
    """(coherence38) Whether the sentence gives the words of one speaker it names, whose "I" a next
    sentence may go on in: a quotation with its speaker ("…,” she said."), a name or a he/she beside a
    speech verb ("Smith wrote", "he said"), a person named before the verb ("Mayor Lee's remarks at the
    council drew …"), or a text it presents ("… in a statement:") — not a
    report of what a group claimed ("Resort officials claimed that …", after which "my emotions took
    over" is nobody's the reader has met)."""
    return r.attributed_quote or r.speaker or r.source or (r.verb and r.pronoun is not None) or r.presents


def _reason(r: Reading, i: int, named: bool, before: Reading | None, voiced: bool = False,
            hearsay: bool = False) -> str:
    speaker_unnamed = r.pronoun is not None and not named and not any(p < r.pronoun for p in r.people)
    if r.quote_open:
        if not r.verb:
            return "" if before is not None and before.attributed_quote else "unattributed quote"
        return "unattributed quote" if speaker_unnamed else ""
    if r.person_open and not named:
        return "unresolved pronoun"
    if r.bare_role:
        return UNNAMED_SPEAKER
    if i == 0 and r.other_open:
        return "unresolved pronoun"
    if (i == 0 or not named) and r.first_person and not (r.verb and r.people and r.pronoun is None):
        # unless a named speaker says it ("I was wrong, Romney wrote"); later, before the summary has
        # named anyone, the writer's "I" is as unplaced ("I opened Safari and lost 2%" after a line
        # about forum users); once a person is named, an "I" line reads as theirs (a transcript's)
        return FIRST_PERSON
    if r.first_person and r.collective and not voiced and not (r.speaker and r.pronoun is None):
        # (coherence24) a "we" anywhere later: a column's, an outlet's or a statement's voice ("Plus, we
        # have delicious logistical questions", protocol C18), which no person named earlier makes
        # theirs — unless the sentence before gives a speaker's words, which it goes on with ("“…,” said
        # Mayor Ann Lee." / "We at the council …"). A named person's "I" stays theirs: flagging it too
        # cost Multi-News 230 0.12 R2 over 17 summaries (coherence24, measured and dropped)
        return WRITERS_WE
    if i > 0 and r.first_person and r.singular and hearsay and not r.owned:
        # (coherence38) a writer's "I" that goes on from a sentence reporting what a group or a party said
        # with no one speaker beside the verb ("Resort officials claimed that … McDowell was on top of the
        # woman …" / "When they got up … my emotions took over."): the reader takes the "I" for that
        # report's, whose speaker the summary never gave — unless a name beside a speech verb owns its
        # words ("…, Romney wrote"; not "I wonder …, as Jane Roe wrote, “…”", whose Roe speaks the
        # quotation). A column's own "I" once a person is named stays (read blind, coherence38: leaving
        # a reviewer's, a reporter's or an op-ed's "I" lines out of their run read worse, 4 of 6 items)
        return WRITERS_I
    return "unresolved pronoun" if speaker_unnamed else ""


def read(texts: Sequence[str], mentions: Sequence[Sequence[Mention]] | None = None,
         single: frozenset[str] = frozenset(), writers_i: bool = True) -> list[Flag]:
    """One ``Flag`` per sentence of a summary, in summary order (``writers_i``: as ``judge``).

    ``mentions`` are the sentences' entity mentions when the caller has them; without them the
    summary is read alone with the rules analyser (what ``accord eval summaries`` checks).
    ``single``: given names (folded) the story itself never writes with a surname ("Jack the cat",
    an activist who gives one name): how the story names them, so no sentence is flagged for them.
    """
    texts = [t.strip() for t in texts]
    if mentions is None:
        # names resolve a pronoun, and a lone surname is read as a person only beside its full name:
        # read the names only when something is flagged without them or a name may come too early
        flags = judge([_single(_text_reading(t), single) for t in texts], writers_i)
        if not any(flags) and not _surname_first(texts):
            return flags
        mentions = analyse(texts)
    return judge([_single(reading(t, m), single) for t, m in zip(texts, mentions)], writers_i)


def full_surnames(mentions: Iterable[Mention], story: str = "") -> frozenset[str]:
    """Folded surnames of the people ``mentions`` name in full (a PERSON of two or more words, not
    "Mr. Buell"): a lone surname needs its full name first only when the story gives one. A name the
    story never writes in full ("Nola" the rhino, "Petlexa", "Balenciaga", a word the analyser took
    for a surname: "Holocaust", "Newsweek") is how the story names it, and a summary can do no better.

    With ``story`` (its text), a run of capitals whose word before the last is no forename is no full
    name (coherence27): a people's word ("German Nazi", "Canadian Embassy") or a word the story writes
    in lower case ("Outgoing Northwestern", "Perhaps Apple", "Planet Facebook", "Team Nola") — the
    analyser's runs that made a lede such as "Facebook is buying Oculus VR …" or "Northwestern
    football players qualify …" read as naming someone by surname alone, so the main event could not
    open the summary. A given name ("Mark", "Will") always counts."""
    lower = frozenset(_LOWER_WORD.findall(story)) if story else frozenset()
    out = set()
    for m in mentions:
        if m.kind == "entity" and m.label == "PERSON":
            words = str(m.text or m.value).split()
            if len(words) >= 2 and not _TITLE_WORD.match(words[-2]):
                if story and not _forename(words[-2], lower):
                    continue
                out.add(_fold(words[-1]))
    return frozenset(out)


# a people's or a party's word ("German", "Canadian", "Spanish"), never a forename
_PEOPLE_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:ican|ian|ean|ese|ish|ch|crat)|German|Thai|Greek|Israeli|Iraqi|Pakistani|"
                          r"Saudi|Afghan|Swiss|Scots|Cuban|Nazi|Soviet|Muslim|Jewish|Christian|Catholic)s?$")
# given names English also writes in lower case, which ``GIVEN_NAMES`` leaves out ("Mark Zuckerberg"
# in a story that says "the mark was set"): still forenames before a surname
_LOWER_FORENAMES = frozenset("Mark Will Bill Rose Hope June Grace Faith Joy Dawn Frank Drew Dean Rich Pat Sue Ray "
                             "Guy Max Chase Hunter Wade Miles Rob Don Grant Lance Bob Jack Jay Jean Earl Carol Gene "
                             "Sandy Rusty".split())


def _forename(word: str, lower: frozenset[str]) -> bool:
    """Whether ``word``, before a surname, may be a forename: a given name, an initial, a name part,
    or a capitalised word that is no people's word and that the story never writes in lower case."""
    bare = word.strip(".,'’\"“”")
    if bare in GIVEN_NAMES or bare in _LOWER_FORENAMES or len(bare) <= 2 or not bare[:1].isupper():
        return True
    return not (_PEOPLE_WORD.match(bare) or bare.lower() in lower)


_TITLE_WORD = re.compile(r"(?i)^(?:mr|mrs|ms|miss|dr|mme)\.?$")


def fold_name(name: str) -> str:
    """A name's word as ``full_surnames`` folds it ("Trump's" → "trump")."""
    return _fold(name)


# a personal title and what follows it up to a name (``titled``)
_PERSONAL_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\.?\s+")


@lru_cache(maxsize=256)
def _after_titles(text: str) -> frozenset[str]:
    """The characters that follow a personal title and its spaces in ``text`` (a story's text, read once
    for all its surnames): a name after a title opens with one of them."""
    return frozenset(text[m.end():m.end() + 1] for m in _PERSONAL_TITLE.finditer(text))


def titled(surname: str, text: str) -> bool:
    """Whether ``text`` writes the lone capitalised word ``surname`` (folded) after a personal title
    ("Mr. Parr", "Dr. Kolb"): a person's name, whatever else the story does with it. (speed29) A name
    whose capital follows no title cannot match: no pattern is compiled for it (a third of the
    patterns a brief compiled were these, one per surname)."""
    first = surname[:1].upper()
    if len(first) == 1 and not first.isspace() and first not in _after_titles(text):
        return False  # (a title's dot and spaces are taken whole before a name that opens with a non-space)
    name = rf"{re.escape(first)}(?i:{re.escape(surname[1:])})"
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\.?\s+{name}\b", text))


# (speed65) ``is_person``'s pattern read in parts that need no name: what follows a name that speaks ("'s said"), a
# speech verb and its spaces before a name, what may follow the name a verb's object is, and a word's edge
_SPEAKS_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{_VERBS})\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_VERBS})\s+")
_OBJECT_ENDS = re.compile(r"\b(?![\w'’-]|\s+[A-Z])")
_EDGE = re.compile(r"\b")


@lru_cache(maxsize=64)
def _person_marks(text: str) -> tuple[str, frozenset[int], frozenset[int]] | None:
    """A story text's lower case and where a name may start right after a speech verb and its spaces, and after
    a personal title ("said ", "Mr. "): read once for all its surnames. None for a text holding a letter
    ``re.IGNORECASE`` matches with an ASCII one that ``str.lower()`` does not give (``patterns.folds_as_lower``)."""
    if not folds_as_lower(text):
        return None
    return (text.lower(), frozenset(m.end() for m in _VERB_BEFORE.finditer(text)),
            frozenset(m.end() for m in _PERSONAL_TITLE.finditer(text)))


def _person_written(surname: str, text: str) -> bool | None:
    """``is_person`` without a pattern per surname (speed65: each was compiled afresh, two copies of the speech
    verbs in each, some 1.7 ms a story), or None when only the pattern answers: a name not all ASCII or not opening
    with a word character, a text ``_person_marks`` cannot read. The name is written where its capital opens it and
    the rest of its letters match in any case (what ``(?i:…)`` matches of ASCII letters in such a text); each branch of
    the pattern is then asked where the name stands: a speech verb after it, a verb or a title right before it."""
    first = surname[:1].upper()
    if not surname.isascii() or not (first.isalnum() or first == "_"):
        return None
    marks = _person_marks(text)
    if marks is None:
        return None
    low, after_verb, after_title = marks
    key, n = surname.lower(), len(surname)
    i = low.find(key)
    while i >= 0:
        if text[i] == first:
            end = i + n
            if (_EDGE.match(text, i) and _SPEAKS_AFTER.match(text, end)) \
                    or (i in after_verb and _OBJECT_ENDS.match(text, end)) \
                    or (i in after_title and _EDGE.match(text, end)):
                return True
        i = low.find(key, i + 1)
    return False


def is_person(surname: str, text: str) -> bool:
    """Whether ``text`` (a story's sentences) shows the lone capitalised word ``surname`` (folded) to
    be a person though it gives no full name: the subject or the object of a speech verb ("Lauer
    asked", "said Pasztor") or after a title ("Mr. Parr"). Such a surname alone still needs an
    introduction, which the summary cannot give: a sentence with it does not read where it stands (a
    reader asks "who is Lauer?"). Asked per surname, only of the few a summary's candidates use."""
    found = _person_written(surname, text)
    if found is not None:
        return found
    return _person_pattern(surname, text)


def _person_pattern(surname: str, text: str) -> bool:
    """``is_person`` by its pattern, compiled for the surname."""
    name = rf"{re.escape(surname[:1].upper())}(?i:{re.escape(surname[1:])})"  # as written: "McDaniel"
    pattern = re.compile(rf"\b{name}(?:['’]s)?\s+(?:{_VERBS})\b|\b(?:{_VERBS})\s+{name}\b(?![\w'’-]|\s+[A-Z])"
                         rf"|\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Messrs)\.?\s+{name}\b")
    return bool(pattern.search(text))


def _single(r: Reading, single: frozenset[str]) -> Reading:
    """``r`` less the given names in ``single`` (see ``read``)."""
    if not r.given or not single:
        return r
    return replace(r, given=tuple((o, g) for o, g in r.given if g not in single))


def single_names(texts: Sequence[str]) -> frozenset[str]:
    """Given names (folded) that ``texts`` use alone and never in a multi-word name: a story that
    calls its cat "Jack" or an activist "Lena" names them so, and a summary can do no better."""
    alone: set[str] = set()
    full: set[str] = set()
    for t in texts:
        given, forenames = _given(t, _spans(t))
        alone.update(g for _, g in given)
        full |= forenames
    return frozenset(alone - full)


@lru_cache(maxsize=16384)
def _text_reading(text: str) -> Reading:
    """``reading`` of a text alone (no mentions), memoised: selection re-reads each candidate summary
    it tries, mostly the same sentences (a ``Reading`` is frozen, so sharing one is safe)."""
    return reading(text, ())


_PAIR = re.compile(r"\b[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?(?=([A-Z][\w'’-]+))")
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]+")


def _surname_first(texts: Sequence[str]) -> bool:
    """Whether a capitalised word that ends a run of two capitalised words ("Lindsey Graham") stands
    alone before that run (a cheap test for the analyser's lone-surname reading)."""
    text = " ".join(texts)
    pairs = {m.group(1): m.start(1) for m in reversed(list(_PAIR.finditer(text)))}
    return any(pairs.get(m.group(), -1) > m.start() for m in _CAPITAL.finditer(text))


def analyse(texts: Sequence[str]) -> list[list[Mention]]:
    """Entity mentions of sentences read together (rules analyser, no story context)."""
    from accord.options import DEFAULT

    state = rules.prepare(list(texts), DEFAULT)
    return [list(ents) for ents, _, _ in state]


__all__ = ["DATELINE", "FIRST_PERSON", "SPELT_TWICE", "UNNAMED_SPEAKER", "WRITERS_I", "WRITERS_WE", "Flag", "Reading", "analyse", "fold_name", "full_surnames", "is_person", "judge", "leaning", "points_back", "read", "reading", "speaks", "stem", "titled"]
